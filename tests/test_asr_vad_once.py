"""Silero VAD runs once per side of a call, and handing its spans to faster-whisper
transcribes exactly what faster-whisper's own ``vad_filter`` would (same words, same times)."""

from __future__ import annotations

import numpy as np
import pytest
from faster_whisper import transcribe as fw_transcribe
from faster_whisper import vad as fw_vad

from asr import transcriber as asr_transcriber
from asr.audio import decode_audio
from asr.types import TranscriptWarning
from callnotes.errors import InputError
from tests.audio_factory import write_audio
from tests.conftest import SAMPLES

RATE = 16_000


@pytest.fixture(scope="module")
def sequential():
    from callnotes.config import AsrSettings

    return asr_transcriber.Transcriber(AsrSettings(batch_size=1))


@pytest.fixture
def vad_calls(monkeypatch):
    """Every Silero pass, whoever makes it (our code or faster-whisper's vad_filter)."""
    calls: list[int] = []
    real = fw_vad.get_speech_timestamps

    def counting(audio, *args, **kwargs):
        calls.append(len(audio))
        return real(audio, *args, **kwargs)

    for module in (asr_transcriber, fw_transcribe, fw_vad):
        monkeypatch.setattr(module, "get_speech_timestamps", counting)
    return calls


@pytest.fixture(scope="module")
def gappy(tmp_path_factory):
    """Speech, 4 s of silence, more speech: times after the gap must be mapped back across it."""
    en = decode_audio(SAMPLES / "en-call.mp3").samples[0]
    samples = np.concatenate([en[: 8 * RATE], np.zeros(4 * RATE, np.float32), en[20 * RATE : 27 * RATE]])
    return write_audio(tmp_path_factory.mktemp("vad") / "gappy.wav", samples[None], RATE)


def _words(segments):
    return [(w.word, round(float(w.start), 3), round(float(w.end), 3)) for s in segments for w in s.words]


@pytest.mark.parametrize("mode", ["batched", "sequential"])
def test_vad_runs_once_per_call(transcriber, sequential, vad_calls, gappy, mode):
    model = transcriber if mode == "batched" else sequential
    result = model.transcribe(gappy)
    assert "trafficking" in result.text.lower()
    assert len(vad_calls) == 1, f"Silero ran {len(vad_calls)} times on a one-sided call"


def test_vad_runs_once_per_side_of_a_two_channel_call(transcriber, vad_calls, tmp_path):
    es = decode_audio(SAMPLES / "es-call.wav").samples[:, : 15 * RATE]
    result = transcriber.transcribe(write_audio(tmp_path / "two.wav", es, RATE))
    assert result.channels == 2 and result.segments
    assert len(vad_calls) == 2, f"Silero ran {len(vad_calls)} times on a two-sided call"


def test_a_language_outside_the_set_reruns_whisper_but_not_vad(vad_calls, tmp_path):
    from callnotes.config import AsrSettings

    restricted = asr_transcriber.Transcriber(AsrSettings(languages=["es", "pt"]))
    clip = write_audio(tmp_path / "en.wav", decode_audio(SAMPLES / "en-call.mp3").samples[:, : 6 * RATE], RATE)
    result = restricted.transcribe(clip)
    assert TranscriptWarning.unexpected_language in result.warnings  # English detected, then decoded as es/pt
    assert len(vad_calls) == 1


@pytest.mark.parametrize("mode", ["batched", "sequential"])
def test_our_spans_transcribe_exactly_as_faster_whispers_own_vad_filter(transcriber, sequential, gappy, mode):
    model = transcriber if mode == "batched" else sequential
    samples = decode_audio(gappy).samples[0]
    speech = asr_transcriber.get_speech_timestamps(samples, asr_transcriber.VAD)
    ours, our_info = model._raw(samples, speech, None)
    options = dict(
        beam_size=model.config.beam_size,
        vad_filter=True,
        vad_parameters=asr_transcriber.VAD,
        condition_on_previous_text=False,
        word_timestamps=True,
        language_detection_segments=2,
    )
    if mode == "batched":
        theirs, their_info = model.batched.transcribe(samples, batch_size=model.config.batch_size, **options)
    else:
        theirs, their_info = model.model.transcribe(samples, **options)
    ours, theirs = list(ours), list(theirs)
    assert (our_info.language, our_info.language_probability) == (their_info.language, their_info.language_probability)
    assert [s.text for s in ours] == [s.text for s in theirs]
    assert [(s.start, s.end) for s in ours] == [(s.start, s.end) for s in theirs]
    assert _words(ours) == _words(theirs)
    assert any(w[1] > 12 for w in _words(ours)), "words after the silent gap keep their place in the call"


def test_silence_is_flagged_without_running_whisper(transcriber, vad_calls, tmp_path, monkeypatch):
    def no_whisper(*args, **kwargs):
        raise AssertionError("Whisper ran on a silent call")

    monkeypatch.setattr(transcriber, "_raw", no_whisper)
    path = write_audio(tmp_path / "quiet.wav", np.random.default_rng(0).normal(0, 1e-4, (2, 40 * RATE)), RATE)
    result = transcriber.transcribe(path)
    assert result.segments == [] and result.speech_duration == 0.0
    assert TranscriptWarning.silence in result.warnings and TranscriptWarning.empty in result.warnings
    assert len(vad_calls) == 2  # once per side, and nothing more


def test_empty_file_is_a_clear_error(transcriber, vad_calls, tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        transcriber.transcribe(path)
    assert vad_calls == []
