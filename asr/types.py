"""Typed results of transcription (plain dataclasses, like faster-whisper's own)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Speaker(StrEnum):
    """Who spoke a segment. Mono recordings stay ``unknown``."""

    operator = "operator"
    caller = "caller"
    unknown = "unknown"


class TranscriptWarning(StrEnum):
    empty = "empty"  # nothing was recognised
    silence = "silence"  # the voice detector found no speech at all
    suspiciously_short = "suspiciously_short"  # few words for the speech detected
    truncated = "truncated"  # the file ended early; only part of it was decoded
    hallucination_dropped = "hallucination_dropped"  # looping segments were removed
    unexpected_language = "unexpected_language"  # the audio sounds like a language outside the set


@dataclass(slots=True)
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass(slots=True)
class Segment:
    start: float
    end: float
    text: str
    speaker: Speaker = Speaker.unknown
    channel: int | None = None
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 0.0
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class Transcript:
    path: str
    language: str
    language_probability: float
    duration: float  # seconds of audio decoded
    speech_duration: float  # seconds the voice detector kept
    channels: int
    model: str
    segments: list[Segment] = field(default_factory=list)
    warnings: list[TranscriptWarning] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Plain text, one line per segment; speaker labels prefixed on two-channel calls."""
        lines = []
        for seg in self.segments:
            prefix = f"{seg.speaker.value}: " if seg.speaker is not Speaker.unknown else ""
            lines.append(prefix + seg.text.strip())
        return "\n".join(lines)

    @property
    def words(self) -> list[Word]:
        return [w for seg in self.segments for w in seg.words]

    def word_spans(self) -> list[tuple[int, int, Word]]:
        """Each word with its ``[start, end)`` character offsets in :attr:`text`.

        Lets text-level results (redacted entities) be mapped back to audio time.
        Words are located left to right, so repeated words map to the right place.
        """
        spans: list[tuple[int, int, Word]] = []
        offset = 0
        for seg in self.segments:
            prefix = f"{seg.speaker.value}: " if seg.speaker is not Speaker.unknown else ""
            line = prefix + seg.text.strip()
            cursor = len(prefix)
            for word in seg.words:
                token = word.word.strip()
                if not token:
                    continue
                found = line.find(token, cursor)
                if found < 0:
                    continue  # the word's text was normalised away in the segment text
                spans.append((offset + found, offset + found + len(token), word))
                cursor = found + len(token)
            offset += len(line) + 1  # the "\n" joining lines
        return spans

    def to_dict(self) -> dict:
        data = asdict(self)
        data["text"] = self.text
        return data
