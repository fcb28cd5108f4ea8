"""Transcription with the real embedded Whisper base model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types

import numpy as np
import pytest

from asr import hallucination
from asr.audio import decode_audio
from asr.types import Speaker, TranscriptWarning
from tests.audio_factory import FORMATS, write_audio, write_format
from tests.conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def es_call(transcriber):
    return transcriber.transcribe(SAMPLES / "es-call.wav")


@pytest.fixture(scope="module")
def en_call(transcriber):
    return transcriber.transcribe(SAMPLES / "en-call.mp3")


def test_two_channel_call_is_labelled_and_merged_by_time(es_call):
    assert es_call.channels == 2
    assert es_call.language == "es"
    speakers = {s.speaker for s in es_call.segments}
    assert speakers == {Speaker.operator, Speaker.caller}
    starts = [s.start for s in es_call.segments]
    assert starts == sorted(starts)
    # The script's first turn is the operator's greeting, the caller answers next.
    assert es_call.segments[0].speaker is Speaker.operator
    operator_text = " ".join(s.text for s in es_call.segments if s.speaker is Speaker.operator).lower()
    caller_text = " ".join(s.text for s in es_call.segments if s.speaker is Speaker.caller).lower()
    assert "policía" in operator_text and "policía" not in caller_text
    assert "julio" in caller_text and "julio" not in operator_text
    assert all(s.channel == (0 if s.speaker is Speaker.operator else 1) for s in es_call.segments)
    assert es_call.text.splitlines()[0].startswith("operator: ")


def test_telephone_band_two_channel_call(transcriber):
    """8 kHz G.711 µ-law, one side per channel, as a telephony system records it."""
    call = transcriber.transcribe(SAMPLES / "en-phone.wav")
    assert call.language == "en" and call.channels == 2
    by_speaker = {
        sp: " ".join(s.text for s in call.segments if s.speaker is sp).lower()
        for sp in (Speaker.operator, Speaker.caller)
    }
    assert "hotline" in by_speaker[Speaker.operator] and "hotline" not in by_speaker[Speaker.caller]
    assert "passport" in by_speaker[Speaker.caller] and "passport" not in by_speaker[Speaker.operator]


def test_words_carry_timestamps_inside_their_segment(es_call):
    for seg in es_call.segments:
        assert seg.words, seg
        assert all(seg.start - 0.01 <= w.start <= w.end <= seg.end + 0.01 for w in seg.words)
        assert all(0.0 <= w.probability <= 1.0 for w in seg.words)
    # word_spans point at the words' own characters in Transcript.text
    spans = es_call.word_spans()
    assert len(spans) == len(es_call.words)
    for start, end, word in spans:
        assert es_call.text[start:end] == word.word.strip()


def test_mono_call_stays_unlabelled(en_call):
    assert en_call.channels == 1
    assert en_call.language == "en" and en_call.language_probability > 0.8
    assert {s.speaker for s in en_call.segments} == {Speaker.unknown}
    assert all(s.channel is None for s in en_call.segments)
    assert "passport" in en_call.text.lower()
    assert not en_call.warnings
    assert en_call.speech_duration > 20


@pytest.mark.parametrize("name", ["wav-mulaw-8k", "ogg-opus", "m4a-aac", "flac"])
def test_formats_transcribe_alike(transcriber, tmp_path, name):
    clip = decode_audio(SAMPLES / "en-call.mp3").samples[:, int(16000 * 0.0) : int(16000 * 5.5)]
    path = write_format(tmp_path / "clip", clip, name)
    text = transcriber.transcribe(path).text.lower()
    assert "trafficking" in text, (FORMATS[name], text)


def test_silence_gives_an_empty_flagged_transcript(transcriber, tmp_path):
    path = write_audio(tmp_path / "silence.wav", np.zeros((1, 16000 * 8), np.float32), 16000)
    result = transcriber.transcribe(path)
    assert result.segments == []
    assert TranscriptWarning.silence in result.warnings
    assert TranscriptWarning.empty in result.warnings
    assert result.duration == pytest.approx(8.0)


def test_stereo_with_the_same_voice_twice_is_treated_as_mono(transcriber, tmp_path):
    clip = decode_audio(SAMPLES / "en-call.mp3").samples[0, : 16000 * 5]
    path = write_audio(tmp_path / "dup.wav", np.vstack([clip, clip]), 16000)
    result = transcriber.transcribe(path)
    assert result.channels == 2
    assert {s.speaker for s in result.segments} == {Speaker.unknown}


def test_truncated_file_is_transcribed_with_a_warning(transcriber, tmp_path):
    full = write_audio(tmp_path / "full.wav", decode_audio(SAMPLES / "en-call.mp3").samples[:, : 16000 * 10], 16000)
    data = full.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    result = transcriber.transcribe(cut)
    assert TranscriptWarning.truncated in result.warnings
    assert result.duration == pytest.approx(5.0, abs=0.2)
    assert "trafficking" in result.text.lower()


def test_forced_language_skips_detection(transcriber):
    result = transcriber.transcribe(SAMPLES / "en-call.mp3", language="en")
    assert result.language == "en" and result.language_probability == 1.0


def test_lazy_stream_yields_segments_one_by_one(transcriber):
    stream = transcriber.stream(SAMPLES / "en-call.mp3")
    assert isinstance(stream.segments, types.GeneratorType)
    assert stream.language == "en" and stream.duration > 30
    first = next(stream.segments)
    assert "hotline" in first.text.lower()


def test_unsupported_forced_language_is_a_clear_error(transcriber):
    from callnotes.errors import CallnotesError

    with pytest.raises(CallnotesError, match="xx"):
        transcriber.transcribe(SAMPLES / "en-call.mp3", language="xx")


# -- hallucination guard (pure text) -------------------------------------------------


def test_looping_text_is_detected():
    assert hallucination.is_looping("You " * 20)
    assert hallucination.is_looping("Gracias por llamar. " * 8)
    assert not hallucination.is_looping("No, no, no, por favor, ayúdenme, ya no aguanto más aquí.")
    assert not hallucination.is_looping("Yo he visto cuatro chicas, una de doce años y las otras de quince.")


def test_subtitle_credits_over_silence_are_detected():
    credit = "Subtítulos realizados por la comunidad de Amara.org"
    assert hallucination.is_silence_credit(credit, no_speech_prob=0.7, avg_logprob=-0.3)
    assert not hallucination.is_silence_credit(credit, no_speech_prob=0.01, avg_logprob=-0.2)
    assert not hallucination.is_silence_credit("Mi hija tiene quince años", 0.9, -1.2)


def test_a_sentence_repeated_segment_after_segment_is_detected():
    assert hallucination.is_repeat_of_previous("Gracias.", ["Gracias.", "gracias"])
    assert not hallucination.is_repeat_of_previous("Gracias.", ["Hola", "Gracias."])


# -- CLI --------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "callnotes", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300
    )


def test_cli_json_gives_labelled_segments_with_words():
    proc = _cli("transcribe", str(SAMPLES / "es-call.wav"), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.strip().splitlines()[0])
    assert data["language"] == "es" and data["channels"] == 2
    assert {s["speaker"] for s in data["segments"]} == {"operator", "caller"}
    word = data["segments"][0]["words"][0]
    assert set(word) == {"start", "end", "word", "probability"}
    assert data["text"].startswith("operator: ")


def test_cli_bad_inputs_name_the_file_and_never_show_a_traceback(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "notes.mp3"
    text.write_text("not audio at all\n" * 40)
    silent = write_audio(tmp_path / "silent.wav", np.zeros((1, 16000 * 3), np.float32), 16000)
    proc = _cli("transcribe", str(tmp_path / "missing.wav"), str(empty), str(text), str(silent))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"{tmp_path / 'missing.wav'}: file not found" in proc.stderr
    assert f"{empty}: file is empty" in proc.stderr
    assert f"{text}: not an audio file" in proc.stderr
    assert f"{silent}: no speech found" in proc.stderr


def test_language_is_restricted_to_the_configured_set_and_flagged():
    from asr.transcriber import Transcriber
    from callnotes.config import AsrSettings

    restricted = Transcriber(AsrSettings(languages=["es", "pt"]))
    result = restricted.transcribe(SAMPLES / "en-call.mp3")
    assert result.language in {"es", "pt"}
    assert TranscriptWarning.unexpected_language in result.warnings


def test_sequential_decoding_gives_the_same_words_as_batched(transcriber, tmp_path):
    from asr.transcriber import Transcriber
    from callnotes.config import AsrSettings

    clip = write_audio(tmp_path / "clip.wav", decode_audio(SAMPLES / "en-call.mp3").samples[:, : 16000 * 12], 16000)
    sequential = Transcriber(AsrSettings(batch_size=1))
    assert sequential.batched is None and transcriber.batched is not None
    one_by_one, batched = sequential.transcribe(clip), transcriber.transcribe(clip)
    assert "trafficking" in one_by_one.text.lower() and "trafficking" in batched.text.lower()
    assert one_by_one.language == batched.language == "en"
