"""The part of a plate someone saw, after the plate's cue (redact/recognizers/plate.py, part_cues): "la placa
empezaba con v1m", "plate started with VBK", "… y terminaba en novecientos tres". Callers rarely see a whole plate."""

from __future__ import annotations

import pytest


def _ids(redactor, text: str, language: str) -> list[str]:
    _, entities = redactor.analyze(text, language=language)
    return [text[e.start : e.end] for e in entities if e.type in ("OTHER_ID", "ID_NUMBER")]


@pytest.mark.parametrize(
    ("language", "text", "piece"),
    [
        ("es", "anda en una camioneta gris la placa empieza con v1m no vi lo demas", "v1m"),
        ("es", "Una camioneta gris con placa que empezaba con VBK y un sticker de la Virgen", "VBK"),
        ("es", "una camioneta plomo la placa empieza con z cuatro algo no vi bien", "z cuatro"),
        ("es", "la placa empezaba con a cinco jota y terminaba en novecientos tres y se fue", "novecientos tres"),
        ("en", "a white van, the plate ended in four seven two, I think", "four seven two"),
    ],
)
def test_a_piece_of_a_plate_is_hidden(redactor, language, text, piece):
    assert any(piece in found for found in _ids(redactor, text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "la placa empieza con la letra de mi nombre y termina en un número"),
        ("es", "lo de la placa termina en tres horas de trámite"),
        ("en", "the plate started with the letters and ended with a sticker"),
    ],
)
def test_words_after_the_cue_are_no_plate(redactor, language, text):
    assert _ids(redactor, text, language) == []


def test_a_whole_plate_said_before_a_part_cue_is_still_found(redactor):
    text = "la placa es pe uno efe siete tres ocho y termina en ocho"
    assert any("pe uno efe siete tres ocho" in found for found in _ids(redactor, text, "es"))
