"""Sixth round: the unit inside a building after its street number, numbered bus stops with their
area, spelling answered after a spelling request, handles mentioned again, a rare first name before a
found one, pet forms of a found name, group names on a network. Each with its traps (money, counts,
durations, the hotline's number, institutions, ordinary sentences that look similar)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


def spans(redactor, text: str, kind: str | None = None) -> list[str]:
    _, entities = redactor.analyze(text)
    return [text[e.start : e.end] for e in entities if kind is None or e.type == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Me citaron en la avenida Grau 1180, oficina 12, a las nueve.", "avenida Grau 1180, oficina 12"),
        ("vive en el jirón huallaga 1250 dpto 5 con su tía", "jirón huallaga 1250 dpto 5"),
        ("la agencia está en avenida los incas 230 interior doce al fondo", "avenida los incas 230 interior doce"),
        ("She lives at 45 Main Street apartment 3B with him.", "45 Main Street apartment 3B"),
    ],
)
def test_the_unit_inside_a_building_after_the_street_number(redactor, text, address):
    assert any(address in s for s in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "fui a la oficina 3 veces y no me atendieron",
        "trabaja en el local 4 horas al día y le pagan 30 soles",
        "llamó a la línea 0800-2-3232 desde la oficina 2 de la fiscalía",
        "según el artículo 153 del código penal, oficina 5 de la policía",
    ],
)
def test_a_unit_word_without_a_street_before_it_is_no_address(redactor, text):
    assert spans(redactor, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("le llamo de comas por collique alto paradero siete es por mi hija", "collique alto paradero siete"),
        ("vive por la marina paradero 5 con su pareja", "marina paradero 5"),
        ("me bajé en el paradero 3 y caminé dos cuadras", "paradero 3"),
    ],
)
def test_a_numbered_bus_stop_and_its_area(redactor, text, address):
    assert any(address in s for s in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "el paradero está lejos y tardé tres horas en llegar",
        "en el paradero había como diez personas esperando",
        "me bajé en el paradero 3 y caminé dos cuadras",
    ],
)
def test_a_bus_stop_takes_no_function_words_nor_counts(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert not any("diez" in s or "horas" in s or "me bajé" in s or "caminé" in s for s in found)
