"""Round 29: how people dictate and correct what identifies someone, and places announced or told from above.

- a handle or an e-mail said piece by piece, the signs said as words, is one identifier (redact/spoken_handles.py);
- a found name said again in another spelling after a correction or "o" is the name (redact/name_repairs.py);
- where_answer: a place announced in the caller's own turn ("la dirección es …"), a place over or under a landmark
  that opens the answer ("upstairs from …"), a relative "donde está …" naming the landmark, a rank in a row counted
  from a landmark, a later relation after an aside;
- a door "at the end" closes a place (place_tail); allowed institutions, and money written with cents, are no PII.

Sentences written for these tests, in other words than the sets the round was tuned on."""

from __future__ import annotations

import pytest

from redact.name_repairs import repair_names, sounds_alike
from redact.spoken_handles import join_handles
from redact.types import Entity
from redact.where_answer import answer_places
from tests.redact_helpers import covered, spans


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    return Redactor()


# ------------------------------------------------------------------ handles and e-mails said piece by piece


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Her Instagram is at m-a-y-r-a, underscore, l-u-z, underscore, oficial, she posts every night.",
         "at m-a-y-r-a, underscore, l-u-z, underscore, oficial"),
        ("Write to him at d-e-r-e-k, dot, h-o-l-t, at yahoo dot com, he answers fast.",
         "d-e-r-e-k, dot, h-o-l-t, at yahoo dot com"),
        ("su cuenta es arroba ka a te i guion bajo ere o ese a y ahí sube las fotos",
         "arroba ka a te i guion bajo ere o ese a"),
        ("o instagram dele é arroba j-o-a-o, ponto, v-i-t-o-r, ponto, oficial e ele posta fotos",
         "arroba j-o-a-o, ponto, v-i-t-o-r, ponto, oficial"),
    ],
)  # fmt: skip
def test_a_handle_said_piece_by_piece_is_one(redactor, text, handle):
    assert covered(redactor, text, handle), spans(redactor, text)


def test_pieces_joined_by_a_spoken_sign_become_one_entity():
    text = "es zoila punto quispe, Q-U-I-S-P-E, arroba gmail punto com"
    pieces = [
        Entity("PERSON", text.index("zoila"), text.index("zoila") + 5, 0.6),
        Entity("PERSON", text.index("quispe"), text.index("quispe") + 6, 0.6),
        Entity("PERSON", text.index("Q-U"), text.index("Q-U") + 11, 0.7),
        Entity("EMAIL_ADDRESS", text.index("arroba"), len(text), 0.35),
    ]
    joined = join_handles(text, pieces)
    assert [(e.type, text[e.start : e.end]) for e in joined] == [("EMAIL_ADDRESS", text[3:])]


@pytest.mark.parametrize(
    "text",
    [
        "Mi hermana Maria y Juan punto, eso es todo.",  # names with "y" and a full stop said aloud
        "I saw Maria, Juan, Pedro at the corner.",  # names in a list: no sign between them
        "Rosa, guion de la obra, no vino.",  # a sign word not between two pieces
    ],
)
def test_names_without_a_sign_between_them_stay_apart(text):
    names = [w for w in ("Maria", "Juan", "Pedro", "Rosa") if w in text]
    pieces = [Entity("PERSON", text.index(w), text.index(w) + len(w), 0.6) for w in names]
    assert all(e.type == "PERSON" for e in join_handles(text, pieces))


# ------------------------------------------------------------------ a name said again in another spelling


@pytest.mark.parametrize(
    ("said", "again"),
    [("yesenia", "jessenia"), ("huayta", "guaita"), ("Brittany", "Britney"), ("wendy", "wendi"), ("quispe", "kispe")],
)
def test_spellings_of_one_name_sound_alike(said, again):
    assert sounds_alike(said, again)


@pytest.mark.parametrize(("said", "again"), [("juan", "julia"), ("rosa", "rosa"), ("ana", "anita")])
def test_other_names_do_not(said, again):
    assert not sounds_alike(said, again)


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("la chica se llama maribel no marivel con ve", "marivel"),
        ("el apellido es ccahuana o cahuana no estoy segura", "cahuana"),
        ("Her name is Jhoselyn, sorry, Joselin, she is new", "Joselin"),
        ("o nome dela é Suelen ou Suellen, não sei", "Suellen"),
    ],
)
def test_the_name_said_again_is_hidden(text, again):
    first = next(w.strip(",") for w in text.split() if w.strip(",") != again and sounds_alike(w.strip(","), again))
    start = text.index(first)
    found = repair_names(text, [Entity("PERSON", start, start + len(first), 0.6)])
    assert again in [text[e.start : e.end] for e in found]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("se llama rosa no roja es la camioneta", "rosa"),  # an ordinary word is no spelling of the name
        ("vino con marta o más gente", "marta"),
        ("le dicen toño no tengo su número", "toño"),
    ],
)
def test_an_ordinary_word_after_a_name_stays(text, first):
    start = text.index(first)
    found = repair_names(text, [Entity("PERSON", start, start + len(first), 0.6)])
    assert len(found) == 1


# ------------------------------------------------------------------ where_answer


def _hidden(text: str) -> list[str]:
    return [text[e.start : e.end] for e in answer_places(text, [])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # announced in the caller's own turn, no question before it
        ("¿Y la chica te escribió?\nSí, me pasó la dirección: es la quinta de esteras, bajando del reservorio, el "
         "cuarto de triplay pegado a la chanchería.", "el cuarto de triplay pegado a la chanchería"),
        ("Did she tell you anything else?\nShe texted her location, it's the white trailer behind the sawmill.",
         "the white trailer behind the sawmill"),
        # a place over or under a landmark opens the answer
        ("Where do they keep them?\nIt's above a pharmacy, the yellow house across from the school.",
         "above a pharmacy, the yellow house across from the school"),
        ("¿dónde las tienen?\nes encima de una ferretería el cuarto del fondo", "encima de una ferretería"),
        # a relative "where there is" names the landmark
        ("¿dónde la bajaron?\nen el desvío antes del puente donde está el paradero de mototaxis ahí la esperaban",
         "donde está el paradero de mototaxis"),
        # a rank in a row counted from a landmark
        ("¿dónde vive?\nen la quinta casa contando desde la esquina la de portón negro",
         "la quinta casa contando desde la esquina"),
        ("Which room is she in?\nThe third door counting from the stairs, the one with a lock.",
         "The third door counting from the stairs"),
    ],
)  # fmt: skip
def test_places_found_by_the_answer(text, place):
    hidden = _hidden(text)
    assert any(place.lower() in h.lower() for h in hidden), hidden


@pytest.mark.parametrize(
    "text",
    [
        "¿dónde trabajaba?\nel segundo día contando desde el lunes ya no vino",  # a day counted, no place
        "¿Y la dirección?\nLa dirección es importante pero no la sé.",  # announced, but nothing located
        "¿Dónde la vio?\nEstaba en la Defensoría, la segunda vez desde que llegó.",  # an institution, a count
        "Did she tell you where?\nNo, it's above my pay grade to ask.",  # no landmark
        "¿Su dirección?\nEs 1.500,00 soles lo que me pidió, al mes.",  # money
    ],
)
def test_answer_traps(text):
    assert not any(len(h.split()) > 2 for h in _hidden(text)), _hidden(text)


# ------------------------------------------------------------------ closing pieces and precision


def test_a_door_at_the_end_closes_a_place(redactor):
    text = "She lives at 42 Harbor Road, third floor, the door at the end, with her aunt."
    assert covered(redactor, text, "42 Harbor Road, third floor, the door at the end")


@pytest.mark.parametrize(
    "text",
    [
        "Le pidieron 1.500,00 soles por el pasaje y se los mandó por Western Union.",
        "He sent 2,300.50 dollars by Western Union.",
        "La llevaron al Centro de Emergencia Mujer para la entrevista en Cámara Gesell.",
        "Llame al 1818 o al Centro de Emergencia Mujer, es gratis.",
        "Fueron tres semanas y cuarenta personas en la Defensoría.",
    ],
)
def test_money_institutions_and_the_hotline_are_no_pii(redactor, text):
    assert not spans(redactor, text), spans(redactor, text)


def test_an_id_with_dots_is_still_an_id(redactor):
    assert covered(redactor, "Su DNI es 12.345.678 y su CPF 123.456.789-09.", "12.345.678")
    assert covered(redactor, "Su DNI es 12.345.678 y su CPF 123.456.789-09.", "123.456.789-09")
