"""Round 24: the thing a place relation locates, IDs' hyphened letters and place codes, "ca" spelled."""

from __future__ import annotations

import pytest

from redact.number_edges import widen_number_edges
from redact.place_lead import lead_places
from redact.spelling import letter_of
from redact.types import Entity


def _address(text: str, part: str) -> Entity:
    start = text.index(part)
    return Entity("ADDRESS", start, start + len(part), 0.6)


def _spans(text: str, entities: list[Entity]) -> list[str]:
    return [text[e.start : e.end] for e in entities if e.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "found", "whole"),
    [
        ("Ahí mismo, en el contenedor azul que está atrás de la obra.", "atrás de la obra",
         "el contenedor azul que está atrás de la obra"),
        ("They sleep on the lower deck, at the stern, the three hammocks right next to the engine room.",
         "next to the engine room", "the lower deck, at the stern, the three hammocks right next to the engine room"),
    ],
)  # fmt: skip
def test_grows_over_the_thing_located(text, found, whole):
    assert whole in _spans(text, lead_places(text, [_address(text, found)]))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nos quedamos en una casa detrás del terminal", "detrás del terminal"),  # a kind of house, not one
        ("dormía en el almacén, detrás de la cocina", "detrás de la cocina"),  # a comma: annotators leave it out
        ("dormía en el almacén  detrás de la cocina", "detrás de la cocina"),  # the comma speech output dropped
    ],
)
def test_leaves_what_annotators_leave(text, found):
    assert _spans(text, lead_places(text, [_address(text, found)])) == [found]


def test_finds_a_described_thing_and_its_relation():
    text = "es la puerta de chapa gris entre una verdulería y un lavadero. Nosotros dormimos ahí."
    assert "la puerta de chapa gris entre una verdulería y un lavadero" in _spans(text, lead_places(text, []))
    text = "sí duermen en el campamento de calaminas azules al costado de la bocamina santa rosa en unos camarotes"
    assert "el campamento de calaminas azules al costado de la bocamina santa rosa" in _spans(
        text, lead_places(text, [])
    )


def test_no_new_place_without_looks_or_someone_kept():
    text = "pasando el puente entramos por una trocha de tierra, la casa al lado de la iglesia no sé"
    assert _spans(text, lead_places(text, [])) == []


def test_id_letter_glued_by_hyphen_and_place_code():
    text = "Y el CPP es C-0482913. Su cédula boliviana: número 7845123 LP."
    start = text.index("0482913")
    phone = text.index("7845123")
    out = widen_number_edges(
        text, [Entity("OTHER_ID", start, start + 7, 0.6), Entity("PHONE_NUMBER", phone, phone + 7, 0.6)]
    )
    assert [text[e.start : e.end] for e in out] == ["C-0482913", "7845123 LP"]
    assert out[1].type == "ID_NUMBER"


def test_phone_before_other_capitals_stays_a_phone():
    text = "llámame al 987654321 OK y listo"
    phone = text.index("987654321")
    out = widen_number_edges(text, [Entity("PHONE_NUMBER", phone, phone + 9, 0.6)])
    assert [(e.type, text[e.start : e.end]) for e in out] == [("PHONE_NUMBER", "987654321")]


def test_ca_is_k():
    assert letter_of("ca") == "k"
