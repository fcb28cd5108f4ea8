"""Round 32: a Bolivian carnet with its department, the part of a number a caller remembers ("empieza con …"), an
English possessive before a relative, a first name that is also a word in a self-introduction, and a place told by
"la que tiene …". Phrasings are our own, not the sets' the round was tuned on."""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a Bolivian carnet: its department's letters, a duplicate's complement, or a bare number after its cue
        ("La chica me dijo que su carnet es 5923184 CB y que se lo quitaron.", "5923184 CB"),
        ("Anote mi ci: 7.204.118 SC, por favor.", "7.204.118 SC"),
        ("el carnet de mi sobrina es 4417820-1A LP nomás", "4417820-1A LP"),
        ("Mi carnet de identidad 6312907, expedido en Oruro.", "6312907"),
        # the part of a number someone remembers
        ("tengo su celular pero solo me acuerdo que empieza con nueve ocho cuatro y lo demás no", "nueve ocho cuatro"),
        ("Her phone number? I only know it ends in 4471, sorry.", "4471"),
        ("O número do patrão começa com noventa e dois, o resto perdi.", "noventa e dois"),
        # an English possessive before a relative or a thing of one's own
        ("Yuliana's brother drove them to the border that night.", "Yuliana"),
        ("We stayed two weeks at Nayeli's place near the market.", "Nayeli"),
        ("i only talked to maricielo's aunt, she knows where they are", "maricielo"),
        # a first name that is also a word, in a self-introduction
        ("buenas noches yo soy rosario de la línea, en qué le ayudo", "rosario"),
        ("Eu sou Vitória e trabalho na feira do porto.", "Vitória"),
        ("mire yo soy consuelo mi número es nueve nueve dos uno", "consuelo"),
        # a place told by what it has with "la que tiene / a que tem", beside a found place
        (
            "Vive en la calle Los Pinos, la que tiene la reja verde con macetas, al frente del parque Zonal.",
            "la que tiene la reja verde con macetas",
        ),
    ],
)
def test_round32_hidden(redactor, text, phrase):
    assert covered(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a number after "empieza con" that is a count, a date or no one's number
        ("me dio su número y el trabajo empieza con dos semanas de prueba", "dos semanas"),
        ("la reunión empieza con una oración y termina en la plaza", "una oración"),
        ("su número lo tiene mi tía, el contrato termina en dos mil veintiséis", "dos mil veintiséis"),
        # a possessive of a common noun or a pronoun
        ("Peru's police never came and the boss's wife laughed.", "boss"),
        ("Everyone's family was waiting outside.", "Everyone"),
        # an adjective or a word no list has as a name after "soy"
        ("yo soy cristiana y voy a la iglesia los domingos", "cristiana"),
        ("yo soy blanca y mi hermana es más morena", "blanca"),
    ],
)
def test_round32_readable(redactor, text, phrase):
    assert readable(redactor, text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        # a count or a sum beside a department's name, with no carnet talked about, is no carnet
        "Eran como 120000 la paz entera estaba en la calle.",
        "Ganaba 25000 al año en La Paz, en un taller de costura.",
    ],
)
def test_round32_no_carnet(redactor, text):
    _, entities = redactor.analyze(text, language="auto")
    assert not [e for e in entities if e.type == "ID_NUMBER"]


def test_round32_possessive_of_a_place_or_noun_is_no_name():
    import redact.recognizers  # noqa: F401  (registers the recognizers)
    from redact.recognizers.possessive_name import PossessiveNameRecognizer
    from redact.registry import default_config

    entry = default_config().recognizers["possessive_name"]
    recognizer = PossessiveNameRecognizer("en", entry.score, **entry.params)
    for text in ("We called Peru's police and Lima's family court.", "the boss's wife", "Everyone's family"):
        assert list(recognizer.find(text, None)) == []
    assert [m.start for m in recognizer.find("Then Dayana's mum came.", None)] == [5]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # an e-mail's local part split in two words by the recogniser after a spoken dot
        ("me escribió de recursos punto grupo norte arroba gmail punto com para la entrevista", "recursos punto grupo"),
        # a spelled local part is no two-word piece: it stays one address
        (
            "su correo es ele u ka a guion bajo eme ere noventa y dos arroba gmail punto com",
            "ele u ka a guion bajo eme ere noventa y dos arroba gmail punto com",
        ),
        # a page named for its country ends on its code
        ("en instagram sale como arroba modelos trujillo pe y ahí ponen las fotos", "modelos trujillo pe"),
        # a link's host said after a relative clause after the cue
        ("the website they sent her is sunny jobs dot com slash apply", "sunny jobs"),
        # the mark that ends a place: a colour, a building's letter, a sign after a brand
        ("la tienen en el campamento, al fondo del río, donde está la carpa azul. No sale nunca.", "carpa azul"),
        ("trabaja en el mercado central el puesto doce del bloque jota al fondo", "bloque jota"),
        (
            "She lives by the river, the one with the big red Coca-Cola banner on it.",
            "the one with the big red Coca-Cola banner",
        ),
        # a stall's section after its number
        ("la señora tiene el puesto ciento doce de los pescados en el mercado modelo", "de los pescados"),
        ("He works at the central market, stall 14 in the fish section, every morning.", "in the fish section"),
        # a facility named after a person, right before a found place
        ("Vende en el mercado Hipólito Unanue, el puesto 32 del pasadizo de frutas.", "mercado Hipólito Unanue"),
    ],
)
def test_round32_part2_hidden(redactor, text, phrase):
    assert covered(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # talk after an English looks adjective is no sign's name
        ("They left her near the old market, the one with the big yellow and then they drove off.", "drove off"),
        # a page's code is not a verb that follows it
        ("su perfil es arroba chambas lima es lo que me pasó mi prima", "lo que me pasó"),
    ],
)
def test_round32_part2_readable(redactor, text, phrase):
    assert readable(redactor, text, phrase)


def test_round32_marks_stop_at_words():
    from redact.place_marks import mark_places
    from redact.types import Entity

    def grown(text: str, place: str) -> str:
        start = text.index(place)
        out = mark_places(text, [Entity("ADDRESS", start, start + len(place), 0.6)])
        return text[out[0].start : out[0].end]

    # a letter name that is also a word ("de", "a", "ese") is no building's letter
    assert grown("queda en el pabellón de carnes", "el pabellón") == "el pabellón"
    assert grown("vive en el bloque ese que te dije", "el bloque") == "el bloque"
    assert grown("vive en el bloque jota, al fondo", "el bloque") == "el bloque jota"
    # a colour after a function word is no mark; after the thing it is
    assert grown("en la casa de la verde esquina", "la casa de la") == "la casa de la"
    assert grown("onde tem uma lona preta. Depois", "onde tem uma lona") == "onde tem uma lona preta"
    # a stall's section is taken up to talk, and only after the stall's number
    assert grown("el puesto 9 de las que venden jugo", "el puesto 9") == "el puesto 9"
    assert grown("la tienda grande de las señoras", "la tienda grande") == "la tienda grande"
