"""A spelled run that is a clock time or the hotline's number is no code (recognizers/spelled.py): with a vehicle
talked about earlier, "de siete de la noche" read as the letters D, 7, D and "uno ocho uno ocho" as a plate."""

from __future__ import annotations

import pytest

from redact.registry import build


@pytest.fixture(scope="module")
def spelled():
    by_language = {r.supported_language: r for r in build(["es", "pt"]) if r.name == "spelled"}
    return lambda text, language="es": [(m.type, text[m.start : m.end]) for m in by_language[language].find(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "el carro los recoge, su turno es de siete de la noche a siete de la mañana",
        "vino en una combi y trabajan de cuatro de la mañana a cuatro de la tarde",
        "la camioneta sale desde las seis hasta las dos tres de la madrugada",
        "anotó la placa y le dije cualquier cosa llámenos al uno ocho uno ocho",
    ],
)
def test_clock_times_and_the_hotline_number_are_no_codes(spelled, text):
    assert [t for t, _ in spelled(text) if t == "OTHER_ID"] == []


def test_a_plate_spelled_after_its_cue_is_still_a_code(spelled):
    text = "la placa del carro es be ge hache dos dos siete, de color rojo"
    assert any(t == "OTHER_ID" and "be ge hache dos dos siete" in s for t, s in spelled(text))


def test_a_plate_before_a_time_of_day_is_still_a_code_when_the_run_does_not_touch_it(spelled):
    text = "la placa es a be ce uno dos tres y pasó a las diez de la noche"
    assert any(t == "OTHER_ID" and "uno dos tres" in s for t, s in spelled(text))
