"""Web addresses with any domain, typed or said aloud (web_address.py), and e-mail domains the recogniser split
into words (spoken_email.py)."""

from __future__ import annotations

import pytest

from redact.registry import build


@pytest.fixture(scope="module")
def web_address():
    by_language = {r.supported_language: r for r in build(["es", "en", "pt"]) if r.name == "web_address"}
    return lambda text, language: [text[m.start : m.end] for m in by_language[language].find(text, None)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "They made her use a page, linktr.ee/karla_trux_vip.", "linktr.ee/karla_trux_vip"),
        ("es", "el perfil decía beacons.ai/modelos.norte y nada más", "beacons.ai/modelos.norte"),
        (
            "es",
            "le pasaron un link bit punto ly barra chamba arequipa dos mil y ella entró",
            "bit punto ly barra chamba arequipa dos mil",
        ),
        (
            "pt",
            "o link era trampo fácil ponto com ponto br barra inscrição e ela se inscreveu",
            "trampo fácil ponto com ponto br barra inscrição",
        ),
        (
            "en",
            "the link is easy jobs dot net slash apply dash peru and then she paid",
            "easy jobs dot net slash apply dash peru",
        ),
        (
            "es",
            "me escribió de tinyurl punto com barra ofertas guion cusco, eso era",
            "tinyurl punto com barra ofertas guion cusco",
        ),
    ],
)
def test_web_addresses_are_found_whole(web_address, language, text, expected):
    assert expected in web_address(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "el punto es que no nos pagaron nada"),
        ("es", "tú eres mi punto de apoyo, punto me dijo la señora"),
        ("en", "it was that dot com thing everyone talked about"),
        ("es", "cobraban 10.5/hora y/o por día, a las 3 p.m."),
        ("pt", "o ponto é que ela não voltou"),
        ("en", "the price was 20/30 dollars, the km/h sign was broken"),
    ],
)
def test_words_that_only_look_like_addresses_are_left(web_address, language, text):
    assert web_address(text, language) == []


def test_a_spoken_path_stops_at_the_talk_after_it(web_address):
    text = "entra a bit punto ly barra empleos lima y después te llaman"
    assert web_address(text, "es") == ["bit punto ly barra empleos lima"]


def test_a_host_said_in_words_after_a_link_cue(web_address):
    text = "the link was sunny jobs abroad dot com, she said"
    assert web_address(text, "en") == ["sunny jobs abroad dot com"]


def test_a_spoken_email_with_its_domain_split_in_words(redactor):
    text = "You can write to me at m dot larsen at blue harbor med dot org, all one word."
    _, entities = redactor.analyze(text, language="en")
    phrase = "m dot larsen at blue harbor med dot org"
    start = text.index(phrase)
    assert any(e.start <= start and e.end >= start + len(phrase) for e in entities if e.type == "EMAIL_ADDRESS")
