"""Decoding call recordings and rejecting bad input, without the model."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from asr.audio import channels_differ, decode_audio, probe_audio
from callnotes.errors import InputError
from tests.audio_factory import FORMATS, write_audio, write_format
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def speech_16k():
    return decode_audio(SAMPLES / "en-call.mp3").samples[:, : 16000 * 6]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_call_format_decodes_to_16k(tmp_path, speech_16k, name):
    path = write_format(tmp_path / "call", speech_16k, name)
    audio = decode_audio(path)
    assert audio.sample_rate == 16000
    assert audio.channels == 1
    assert audio.duration == pytest.approx(6.0, abs=0.15)
    assert not audio.truncated
    # The speech survives the codec: not silence, not clipped noise.
    assert 0.01 < float(np.abs(audio.samples).mean()) < 0.5
    info = probe_audio(path)
    assert info.channels == 1 and info.duration == pytest.approx(6.0, abs=0.15)


def test_stereo_is_kept_as_two_channels(tmp_path, speech_16k):
    stereo = np.vstack([speech_16k[0], np.zeros_like(speech_16k[0])])
    audio = decode_audio(write_audio(tmp_path / "s.wav", stereo, 16000))
    assert audio.channels == 2
    assert channels_differ(audio.samples)
    same = decode_audio(write_audio(tmp_path / "d.wav", np.vstack([speech_16k[0]] * 2), 16000))
    assert not channels_differ(same.samples)


def test_native_rate_is_kept_when_asked(tmp_path, speech_16k):
    path = write_format(tmp_path / "tel", speech_16k, "wav-mulaw-8k")
    assert decode_audio(path, sample_rate=None).sample_rate == 8000


def _error(path, **kw) -> str:
    with pytest.raises(InputError) as info:
        decode_audio(path, **kw)
    assert str(path) in str(info.value)
    return info.value.problem


def test_missing_file(tmp_path):
    assert _error(tmp_path / "nope.wav") == "file not found"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    assert "empty" in _error(path)


def test_directory(tmp_path):
    assert "directory" in _error(tmp_path)


def test_non_audio_file(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("this is a text file pretending to be audio\n" * 50)
    assert "not an audio file" in _error(path)


def test_zero_length_audio(tmp_path):
    path = tmp_path / "zero.wav"
    with wave.open(str(path), "wb") as out:  # a valid header and no samples
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
    assert "no audio" in _error(path)


def test_truncated_file_decodes_what_is_there(tmp_path, speech_16k):
    full = write_audio(tmp_path / "full.wav", speech_16k, 16000)
    cut = tmp_path / "cut.wav"
    data = full.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    audio = decode_audio(cut)
    assert audio.truncated
    assert audio.duration == pytest.approx(3.0, abs=0.2)
    assert audio.declared_duration == pytest.approx(6.0, abs=0.1)


def test_too_long_is_refused_before_decoding(tmp_path, speech_16k):
    path = write_audio(tmp_path / "long.wav", speech_16k, 16000)
    problem = _error(path, max_duration_s=5)
    assert "limit" in problem and "asr.max_duration_s" in problem
    with pytest.raises(InputError):
        probe_audio(path, max_duration_s=5)
