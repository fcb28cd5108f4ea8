"""Audio redaction: a copy of the call in which every redacted span is a tone or silence.

Word timestamps from the transcript map each text entity to a time interval; the interval is
widened by a small margin (word timestamps are approximate) and replaced on every channel, so
neither speaker's channel leaks an identifier. The output is 16-bit WAV at the file's own rate.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from callnotes.errors import InputError
from redact.types import Entity

TONE_HZ = 1000.0
TONE_LEVEL = 0.2  # well below clipping, clearly audible


@dataclass(slots=True)
class AudioRedaction:
    out_path: str
    sample_rate: int
    intervals: list[tuple[float, float]] = field(default_factory=list)  # seconds replaced

    @property
    def redacted_seconds(self) -> float:
        return sum(end - start for start, end in self.intervals)


def entity_intervals(transcript, entities: list[Entity], margin_s: float = 0.08) -> list[tuple[float, float]]:
    """Time intervals (seconds) covering the words of each entity, merged."""
    spans = transcript.word_spans()
    intervals = []
    for e in entities:
        words = [w for s, t, w in spans if s < e.end and t > e.start]
        if words:
            intervals.append((min(w.start for w in words) - margin_s, max(w.end for w in words) + margin_s))
            continue
        # The entity's words were normalised away in the text: cover the gap between neighbours.
        before = [w for s, t, w in spans if t <= e.start]
        after = [w for s, t, w in spans if s >= e.end]
        start = before[-1].end if before else 0.0
        end = after[0].start if after else transcript.duration
        intervals.append((start - margin_s, end + margin_s))
    merged: list[tuple[float, float]] = []
    for start, end in sorted((max(0.0, s), e) for s, e in intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(samples.shape[0])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.T.tobytes())


def redact_audio(audio_path, transcript, entities: list[Entity], out_path, fill: str = "tone") -> AudioRedaction:
    """Write ``out_path`` (WAV): the call with each entity's words replaced by a tone or silence."""
    from asr.audio import decode_audio

    out = Path(out_path)
    if fill not in ("tone", "silence"):
        raise InputError(out, f"unknown fill {fill!r} (use tone or silence)")
    if out.suffix.lower() != ".wav":
        raise InputError(out, "the redacted copy is written as WAV: use a .wav file name")
    if Path(audio_path).resolve() == out.resolve():
        raise InputError(out, "refusing to overwrite the original recording")
    audio = decode_audio(audio_path, sample_rate=None)
    samples = audio.samples.copy()
    rate = audio.sample_rate
    intervals = entity_intervals(transcript, entities)
    for start_s, end_s in intervals:
        a, b = int(start_s * rate), min(samples.shape[1], int(np.ceil(end_s * rate)))
        if b <= a:
            continue
        if fill == "tone":
            t = np.arange(b - a) / rate
            samples[:, a:b] = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)
        else:
            samples[:, a:b] = 0.0
    out.parent.mkdir(parents=True, exist_ok=True)
    _write_wav(out, samples, rate)
    return AudioRedaction(str(out), rate, intervals)
