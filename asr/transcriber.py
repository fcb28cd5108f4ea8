"""Transcription with faster-whisper, tuned for call audio.

Defaults measured on real and telephone-band speech: beam search 5 (greedy decoding
can return nothing on phone-band audio), Silero VAD always on (without it long
silences come back as "You You You…"), no conditioning on previous text (stops one
hallucination from seeding the next), and a loop detector on every segment.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel
from faster_whisper.transcribe import restore_speech_timestamps
from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

from asr import hallucination
from asr.audio import WHISPER_RATE, DecodedAudio, channels_differ, decode_audio
from asr.models import resolve
from asr.types import Segment, Speaker, Transcript, TranscriptWarning, Word
from callnotes.config import AsrSettings, settings
from callnotes.errors import CallnotesError

# Normal speech runs at 2–3 words a second; far fewer words than that over the speech
# the VAD found means Whisper dropped most of it.
MIN_WORDS_PER_SPEECH_SECOND = 0.4
MIN_SPEECH_FOR_SHORT_CHECK_S = 3.0
# A language outside the configured set that the detector is this sure of is reported.
UNEXPECTED_LANGUAGE_PROB = 0.6
VAD = VadOptions(min_silence_duration_ms=500, speech_pad_ms=200)
# The VAD glues one side's speech chunks together, so a segment can straddle the other
# side's turn; splitting at long pauses between words keeps the merged dialogue in order.
SPLIT_AT_PAUSE_S = 1.0


@dataclass(slots=True)
class SegmentStream:
    """A transcription in progress: facts known up front, segments produced lazily."""

    path: str
    language: str
    language_probability: float
    duration: float
    speech_duration: float
    channels: int
    model: str
    warnings: list[TranscriptWarning]
    segments: Iterator[Segment] = field(repr=False)
    dropped: int = 0  # looping/hallucinated segments removed so far


class Transcriber:
    """Loads one model and transcribes many calls with it (load once per worker)."""

    def __init__(self, config: AsrSettings | None = None, *, model: str | None = None, models_dir: Path | None = None):
        self.config = config or settings().asr
        resolved = resolve(model or self.config.model, models_dir or settings().models_dir)
        self.model_name = resolved.name
        self.model = WhisperModel(
            str(resolved.path),
            device=self.config.device,
            compute_type=self.config.compute_type,
            cpu_threads=self.config.cpu_threads,
            local_files_only=True,
        )
        # Decoding the VAD's speech chunks in batches measured ~1.6x faster on 2 cores, with the
        # same WER (2-min real Spanish: 11.1x vs 6.7x real time, WER 0.081 vs 0.111).
        self.batched = BatchedInferencePipeline(self.model) if self.config.batch_size > 1 else None

    # -- public API -----------------------------------------------------------------

    def stream(self, path: str | Path, language: str | None = None) -> SegmentStream:
        """Decode and detect language now; transcribe lazily as segments are consumed."""
        audio = decode_audio(path, max_duration_s=self.config.max_duration_s)
        warnings: list[TranscriptWarning] = []
        if audio.truncated:
            warnings.append(TranscriptWarning.truncated)
        sides = self._sides(audio)
        speech = {ch: get_speech_timestamps(samples, VAD) for ch, samples in sides.items()}
        speech_s = sum(ts["end"] - ts["start"] for spans in speech.values() for ts in spans) / WHISPER_RATE
        forced = language or self.config.language
        if speech_s == 0:
            warnings += [TranscriptWarning.silence, TranscriptWarning.empty]
            return SegmentStream(
                str(path),
                forced or self.config.languages[0],
                0.0,
                audio.duration,
                0.0,
                audio.channels,
                self.model_name,
                warnings,
                iter(()),
            )
        result = SegmentStream(
            str(path), forced or "", 1.0, audio.duration, speech_s, audio.channels, self.model_name, warnings, iter(())
        )
        two_sided = len(sides) > 1
        # Detect the language on the caller's side when there is one: it is the side that matters.
        talking = sorted((ch for ch in sides if speech[ch]), key=lambda ch: ch == self.config.operator_channel)
        raws = {}
        if forced:
            if forced not in self.model.supported_languages:
                raise CallnotesError(f"language {forced!r} is not one Whisper knows")
        else:
            # faster-whisper detects the language inside transcribe(); reusing that saves a
            # second pass of the encoder. Only a language outside the set costs a re-run.
            raw, info = self._raw(sides[talking[0]], speech[talking[0]], None)
            result.language, result.language_probability = self._restrict(info, warnings)
            if result.language == info.language:
                raws[talking[0]] = raw
        for ch in talking:
            if ch not in raws:
                raws[ch] = self._raw(sides[ch], speech[ch], result.language)[0]
        per_side = [self._side_segments(raws[ch], ch, result, two_sided) for ch in sorted(raws)]
        result.segments = heapq.merge(*per_side, key=lambda s: s.start) if len(per_side) > 1 else per_side[0]
        return result

    def transcribe(self, path: str | Path, language: str | None = None, on_segment=None) -> Transcript:
        """Whole transcript; ``on_segment(segment, stream)`` is called as each one arrives."""
        stream = self.stream(path, language)
        segments = []
        for seg in stream.segments:
            segments.append(seg)
            if on_segment is not None:
                on_segment(seg, stream)
        warnings = list(stream.warnings)
        if stream.dropped:
            warnings.append(TranscriptWarning.hallucination_dropped)
        n_words = sum(len(s.words) or len(s.text.split()) for s in segments)
        if stream.speech_duration > 0 and not segments:
            warnings.append(TranscriptWarning.empty)
        elif (
            stream.speech_duration >= MIN_SPEECH_FOR_SHORT_CHECK_S
            and n_words < MIN_WORDS_PER_SPEECH_SECOND * stream.speech_duration
        ):
            warnings.append(TranscriptWarning.suspiciously_short)
        return Transcript(
            path=stream.path,
            language=stream.language,
            language_probability=stream.language_probability,
            duration=stream.duration,
            speech_duration=stream.speech_duration,
            channels=stream.channels,
            model=stream.model,
            segments=segments,
            warnings=warnings,
        )

    # -- internals ------------------------------------------------------------------

    def _sides(self, audio: DecodedAudio) -> dict[int, np.ndarray]:
        """Channel index -> samples; a stereo file with one voice copied twice counts as mono."""
        if audio.channels == 2 and channels_differ(audio.samples):
            return {0: audio.samples[0], 1: audio.samples[1]}
        return {0: audio.samples.mean(axis=0).astype(np.float32)}

    def _raw(self, samples: np.ndarray, speech: list[dict], language: str | None):
        """faster-whisper on the spans ``speech`` that our VAD found in ``samples``.

        Its own ``vad_filter`` would run Silero a second time on the same audio with the same
        options (0.3 s on a 37 s call, ~10% of ASR time on 2 cores), so this does what it does
        with that result instead: keep only the speech, decode it, and map the times back.
        """
        options = dict(
            language=language,
            beam_size=self.config.beam_size,
            vad_filter=False,
            condition_on_previous_text=False,
            word_timestamps=True,
            language_detection_segments=2,
        )
        if self.batched is not None:
            # vad_filter packs the spans into windows of at most chunk_length seconds and decodes
            # each window; the same windows, as clips of the speech-only audio, are the same
            # samples at the same offsets. faster-whisper floors clip_seconds * rate, so each
            # boundary is given half a sample late to land on its exact sample.
            windows, _ = collect_chunks(samples, speech, max_duration=self.model.feature_extractor.chunk_length)
            ends = np.cumsum([len(w) for w in windows]).tolist()
            clips = [
                {"start": (start + 0.5) / WHISPER_RATE, "end": (end + 0.5) / WHISPER_RATE}
                for start, end in zip([0, *ends[:-1]], ends, strict=True)
            ]
            raw, info = self.batched.transcribe(
                np.concatenate(windows), batch_size=self.config.batch_size, clip_timestamps=clips, **options
            )
        else:
            speech_only = np.concatenate([samples[span["start"] : span["end"]] for span in speech])
            raw, info = self.model.transcribe(speech_only, **options)
        return restore_speech_timestamps(raw, speech, WHISPER_RATE), info

    def _restrict(self, info, warnings: list) -> tuple[str, float]:
        """The most likely language within the configured set, renormalised over that set."""
        allowed = {lang: p for lang, p in (info.all_language_probs or []) if lang in self.config.languages}
        if not allowed:
            return info.language, info.language_probability
        if info.language not in allowed and info.language_probability >= UNEXPECTED_LANGUAGE_PROB:
            warnings.append(TranscriptWarning.unexpected_language)
        best = max(allowed, key=allowed.get)
        mass = sum(allowed.values())
        return best, (allowed[best] / mass if mass else 0.0)

    def _side_segments(self, raw, channel: int, stream: SegmentStream, two_sided: bool) -> Iterator[Segment]:
        if two_sided:
            speaker = Speaker.operator if channel == self.config.operator_channel else Speaker.caller
        else:
            speaker, channel = Speaker.unknown, None
        previous: list[str] = []
        for seg in raw:
            text = seg.text.strip()
            if not text:
                continue
            if (
                hallucination.is_looping(text)
                or hallucination.is_silence_credit(text, seg.no_speech_prob, seg.avg_logprob)
                or hallucination.is_repeat_of_previous(text, previous)
            ):
                stream.dropped += 1
                previous.append(text)
                continue
            previous.append(text)
            words = [
                Word(round(float(w.start), 3), round(float(w.end), 3), w.word, round(float(w.probability), 4))
                for w in (seg.words or [])
            ]
            for part in _split_at_pauses(words) if words else [[]]:
                yield Segment(
                    start=part[0].start if part else round(float(seg.start), 3),
                    end=part[-1].end if part else round(float(seg.end), 3),
                    text="".join(w.word for w in part).strip() if part else text,
                    speaker=speaker,
                    channel=channel,
                    avg_logprob=seg.avg_logprob,
                    no_speech_prob=seg.no_speech_prob,
                    compression_ratio=seg.compression_ratio,
                    words=part,
                )


def _split_at_pauses(words: list[Word]) -> list[list[Word]]:
    parts = [[words[0]]]
    for prev, word in zip(words, words[1:], strict=False):
        if word.start - prev.end > SPLIT_AT_PAUSE_S:
            parts.append([])
        parts[-1].append(word)
    return parts


@lru_cache(maxsize=2)
def _default(model: str | None) -> Transcriber:
    return Transcriber(model=model)


def transcribe(path: str | Path, language: str | None = None, model: str | None = None) -> Transcript:
    """Transcribe one recording with the configured (cached) model."""
    return _default(model).transcribe(path, language)


def iter_segments(path: str | Path, language: str | None = None, model: str | None = None) -> Iterator[Segment]:
    """Lazy variant for long calls: segments as they are recognised."""
    return _default(model).stream(path, language).segments
