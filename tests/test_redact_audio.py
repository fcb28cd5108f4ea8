"""Audio redaction on a real synthesized call: espeak-ng speaks it, the real Whisper model
transcribes it, the redactor finds the identifiers, and their audio is replaced."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from callnotes.errors import InputError

pytestmark = pytest.mark.slow

SCRIPT = (
    "Buenas tardes. Me llamo Rosa Quispe y vivo en Huaral. "
    "Mi número de celular es nueve ocho siete, seis cinco cuatro, tres dos uno. Gracias."
)


@pytest.fixture(scope="module")
def synthesized_call(tmp_path_factory):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    path = tmp_path_factory.mktemp("audio") / "call.wav"
    subprocess.run(["espeak-ng", "-v", "es", "-s", "140", "-w", str(path), SCRIPT], check=True)
    return path


@pytest.fixture(scope="module")
def redacted_call(synthesized_call, transcriber):
    from redact import Redactor

    transcript = transcriber.transcribe(synthesized_call, language="es")
    _, entities = Redactor().analyze(transcript.text, language="es")
    return transcript, entities


def _covered(t0: float, t1: float, intervals) -> bool:
    return any(a <= t0 and t1 <= b for a, b in intervals)


def _overlaps(t0: float, t1: float, intervals) -> bool:
    return any(a < t1 and t0 < b for a, b in intervals)


@pytest.mark.parametrize("fill", ["silence", "tone"])
def test_identifiers_are_replaced_and_the_rest_untouched(synthesized_call, redacted_call, tmp_path, fill):
    from asr.audio import decode_audio
    from redact.audio import TONE_HZ, TONE_LEVEL, redact_audio

    transcript, entities = redacted_call
    text = transcript.text
    # espeak's voice is rough for Whisper ("Rosa Quise"), but the name after "me llamo" is found
    named = [e for e in entities if e.type == "PERSON" and "llamo" in text[max(0, e.start - 8) : e.start].lower()]
    assert named, "the caller's name must be found in the transcript"

    out = tmp_path / f"redacted-{fill}.wav"
    result = redact_audio(synthesized_call, transcript, entities, out, fill=fill)
    original = decode_audio(synthesized_call, sample_rate=None)
    redacted = decode_audio(out, sample_rate=None)
    rate = original.sample_rate
    assert redacted.sample_rate == rate and redacted.samples.shape == original.samples.shape
    assert result.intervals and result.redacted_seconds > 0.3

    # every word inside an entity lies in a replaced interval ...
    spans = transcript.word_spans()
    entity_words = [w for s, t, w in spans if any(s < e.end and t > e.start for e in entities)]
    assert entity_words and all(_covered(w.start, w.end, result.intervals) for w in entity_words)
    for start_s, end_s in result.intervals:
        a, b = int(start_s * rate) + 1, int(end_s * rate) - 1
        segment = redacted.samples[:, a:b]
        if fill == "silence":
            assert np.abs(segment).max() < 1e-3
        else:
            spectrum = np.abs(np.fft.rfft(segment[0]))
            peak_hz = np.argmax(spectrum) * rate / segment.shape[1]
            assert abs(peak_hz - TONE_HZ) < 20 and abs(np.abs(segment).max() - TONE_LEVEL) < 0.01

    # ... and words outside every interval are unchanged (up to 16-bit rounding)
    others = [w for _, _, w in spans if not _overlaps(w.start, w.end, result.intervals)]
    assert others, "some words must stay audible"
    for w in others:
        a, b = int(w.start * rate), int(w.end * rate)
        assert np.allclose(redacted.samples[:, a:b], original.samples[:, a:b], atol=2e-4)


def test_refuses_to_overwrite_the_original(synthesized_call, redacted_call):
    from redact.audio import redact_audio

    transcript, entities = redacted_call
    with pytest.raises(InputError, match="overwrite"):
        redact_audio(synthesized_call, transcript, entities, synthesized_call)
