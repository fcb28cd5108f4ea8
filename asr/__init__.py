"""Local speech recognition with faster-whisper.

Public API::

    from asr import transcribe, iter_segments, Transcript
    t = transcribe("call.wav")            # -> Transcript
    for seg in iter_segments("long.wav"):  # lazy, for long calls
        ...
"""

from asr.types import Segment, Speaker, Transcript, TranscriptWarning, Word

__all__ = ["Segment", "Speaker", "Transcript", "TranscriptWarning", "Word", "transcribe", "iter_segments"]


def __getattr__(name: str):
    # Import the engine lazily: loading ctranslate2 is slow and most callers only need the types.
    if name in {"transcribe", "iter_segments", "Transcriber"}:
        from asr import transcriber

        return getattr(transcriber, name)
    raise AttributeError(name)
