"""The place bridge (redact/place_bridge.py): a place description the recognizers found in pieces is hidden whole.

On heldout19-22 most leaked addresses were partly hidden: "⟦toldo⟧ azul después de ⟦la capilla⟧", "⟦berth 3⟧ of the
fishermen's pier", "⟦room 6⟧, the one with the balcony over the courtyard". The sentences below are our own (other
words, places and languages than the sets); the first group was run before the bridge was switched on (see the
module's README bullet for the counts), the unit tests pin each of the three moves and where it stops."""

from __future__ import annotations

import pytest

from redact.place_bridge import bridge_places
from redact.types import Entity
from tests.redact_helpers import covered, spans

WHOLE = [
    (
        "c: la tienen en el segundo kiosko verde pasando la losa deportiva del barrio cerca de la feria",
        "kiosko verde pasando la losa deportiva",
    ),
    (
        "C: Vive en el pasaje Los Nogales 33, la que tiene la puerta de madera.",
        "pasaje Los Nogales 33, la que tiene la puerta de madera",
    ),
    ("C: They keep her in room 12, the one facing the parking lot.", "room 12, the one facing the parking lot"),
    (
        "C: Ela mora na rua das Palmeiras 80, aquela que tem muro azul.",
        "rua das Palmeiras 80, aquela que tem muro azul",
    ),
    (
        "c: queda en la avenida los incas cuadra cuatro pasando el grifo la casa del medio",
        "avenida los incas cuadra cuatro pasando el grifo la casa del medio",
    ),
    # round 16's strict xfail, which the bridge took (the relative after the landmark)
    (
        "C: ela fica numa casinha de madeira depois da serraria, a que tem o telhado de zinco vermelho",
        "a que tem o telhado de zinco vermelho",
    ),
    pytest.param(
        "C: Los chicos duermen en el galpón de atrás, el que tiene techo de calamina.",
        "galpón de atrás, el que tiene techo de calamina",
        marks=pytest.mark.xfail(
            strict=True, reason="the bridge only grows a place found; this shed has no number or name"
        ),
    ),
]


@pytest.mark.parametrize(("text", "part"), WHOLE)
def test_bridge_hides_the_description_whole(redactor, text, part):
    assert covered(redactor, text, part)


TRAPS = [
    # a sentence ends between two places: the words after the first are the caller's own
    "C: Vivo en el jirón Tacna 210. Mañana voy a la comisaría con mi mamá.",
    # a town is not an address, and "la ciudad de" does not make it one
    "C: Ella se fue a la ciudad de Tarapoto con su tío hace dos años.",
    "O: puede llamar al 0800-2-3232 o acercarse a la Fiscalía, según el artículo 153 del código penal",
]


@pytest.mark.parametrize("text", TRAPS)
def test_bridge_traps(redactor, text):
    found = spans(redactor, text, "ADDRESS")
    assert not any("Mañana" in s or "ciudad" in s or "artículo" in s for s in found), found


# --- the three moves on given spans (no models) ----------------------------------------------------------------------


def _texts(text: str, entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in bridge_places(text, entities)]


def _at(text: str, kind: str, part: str) -> Entity:
    start = text.index(part)
    return Entity(kind, start, start + len(part), 0.5)


def test_words_between_two_addresses_on_a_line_are_hidden():
    text = "es el quinto puesto rojo al fondo de la galería central y ahí atiende"
    got = _texts(text, [_at(text, "ADDRESS", "puesto"), _at(text, "ADDRESS", "la galería central")])
    assert got == [("ADDRESS", "el quinto puesto rojo al fondo de la galería central")]


def test_no_bridge_across_a_sentence_end_or_over_many_words():
    text = "Vive en el jirón Tacna 210. La iglesia grande queda lejos."
    got = _texts(text, [_at(text, "ADDRESS", "jirón Tacna 210"), _at(text, "ADDRESS", "La iglesia grande")])
    assert ("ADDRESS", "el jirón Tacna 210") in got and len(got) == 2
    text = "vive en el jirón tacna 210 y todas las noches sale a trabajar a la avenida grau"
    got = _texts(text, [_at(text, "ADDRESS", "jirón tacna 210"), _at(text, "ADDRESS", "avenida grau")])
    assert len(got) == 2


def test_a_town_and_an_address_stay_apart():
    text = "vivo en huaraz señorita en el pasaje los olivos 12"
    got = _texts(text, [_at(text, "LOCATION", "huaraz"), _at(text, "ADDRESS", "pasaje los olivos 12")])
    assert got == [("LOCATION", "huaraz"), ("ADDRESS", "el pasaje los olivos 12")]


def test_left_edge_takes_place_nouns_and_articles_not_a_town_or_an_indefinite():
    text = "la recogen en el paradero del puente Santa Rosa"
    got = _texts(text, [_at(text, "ADDRESS", "puente Santa Rosa")])
    assert got == [("ADDRESS", "el paradero del puente Santa Rosa")]
    text = "se fue a la ciudad de Tarapoto"  # a town is left as it is found
    assert _texts(text, [_at(text, "LOCATION", "Tarapoto")]) == [("LOCATION", "Tarapoto")]
    text = "la tienen en una casa detrás del grifo"  # a house anywhere: the landmark alone is the place
    assert _texts(text, [_at(text, "ADDRESS", "detrás del grifo")]) == [("ADDRESS", "detrás del grifo")]
    text = "vive al lado de la posta"  # a bare joiner opens nothing
    assert _texts(text, [_at(text, "ADDRESS", "la posta")]) == [("ADDRESS", "la posta")]


def test_right_edge_takes_a_relative_phrase_up_to_punctuation_and_a_few_words():
    text = "Está en la habitación 9, la que da al patio. Llegó ayer."
    got = _texts(text, [_at(text, "ADDRESS", "habitación 9")])
    assert got == [("ADDRESS", "la habitación 9, la que da al patio")]
    text = "esta en el cuarto 9 el que tiene la ventana rota hacia la calle y no la dejan salir nunca"
    got = _texts(text, [_at(text, "ADDRESS", "cuarto 9")])
    assert got == [("ADDRESS", "el cuarto 9 el que tiene la ventana rota hacia la")]  # six words at most


def test_other_findings_keep_their_type_and_extent():
    text = "Rosa Quispe, la del puesto 4 del mercado"
    person = _at(text, "PERSON", "Rosa Quispe")
    got = _texts(text, [person, _at(text, "ADDRESS", "puesto 4 del mercado")])
    assert got[0] == ("PERSON", "Rosa Quispe")
    assert got[1][0] == "ADDRESS" and "Rosa" not in got[1][1]


# --- round 18 (on heldout23/24, whose addresses leaked most at a description's tail or before its left edge): eight
# sentences of our own, of which 6 leaked before the tail and belongs-to moves and 4 after (strict xfails, with why) --

TAIL_AND_BELONGS = [
    (
        "C: It's the last house on Jirón Ucayali 310, next to the school, with a broken gate and a red door.",
        "Jirón Ucayali 310, next to the school, with a broken gate and a red door",
    ),
    (
        "C: Trabaja en el almacén de la avenida Colonial cuadra 20, la puerta negra.",
        "el almacén de la avenida Colonial",
    ),
    (
        "c: a la chica la tienen en la trastienda de la avenida los incas 560 nomas",
        "la trastienda de la avenida los incas 560",
    ),
    ("C: Ela dorme na cozinha da Rua Amazonas 300, atrás do freezer.", "cozinha da Rua Amazonas 300"),
    pytest.param(
        "C: La tienen en la casa de dos pisos del pasaje Las Gardenias 45, pintada de celeste, con rejas blancas y un "
        "árbol de mango en la vereda.",
        "y un árbol de mango en la vereda",
        marks=pytest.mark.xfail(strict=True, reason="a tail of eight words: more than tail.max_words"),
    ),
    # the rules on purpose do not walk left of an address opened by an anchor; the address tagger (extend) does
    (
        "c: el cuarto queda en el tercer piso del edificio amarillo encima de la panaderia del jiron moquegua",
        "tercer piso del edificio amarillo",
    ),
    pytest.param(
        "C: Fica na Rua São Jorge, 88, casa azul do fundo, com um portão de ferro.",
        "casa azul do fundo, com um portão de ferro",
        marks=pytest.mark.xfail(strict=True, reason="after a comma, a house by its looks with no joining word"),
    ),
    # passes since place_article: the article before a described place is the place's
    (
        "C: They keep him in the back office of Calle Mercaderes 215, behind the counter.",
        "the back office of Calle Mercaderes 215",
    ),
]


@pytest.mark.parametrize(("text", "part"), TAIL_AND_BELONGS)
def test_round18_tails_and_what_an_address_belongs_to_are_hidden(redactor, text, part):
    assert covered(redactor, text, part)


TAIL_TRAPS = [
    ("C: Vive en el jirón Los Cedros 340, cerca del parque con su mamá y sus hermanos.", "mamá"),
    ("C: La casa está en la calle Bolívar 120 al lado de la botica pero ahí ya no vive nadie.", "nadie"),
    ("C: Yo no sé de la calle Bolívar 120 nada más.", "sé"),
    ("C: Ella vive en la avenida Grau 450 al costado del grifo y trabaja de noche.", "trabaja"),
]


@pytest.mark.parametrize(("text", "word"), TAIL_TRAPS)
def test_round18_the_talk_after_an_address_stays_readable(redactor, text, word):
    assert not any(word in s for s in spans(redactor, text, "ADDRESS"))


def test_tail_only_after_a_long_description_and_before_the_sentence_ends():
    text = "Queda en la casa de tres pisos pintada de verde con un portón negro. Ahí la tienen."
    got = _texts(text, [_at(text, "ADDRESS", "la casa de tres pisos pintada de verde")])
    assert got == [("ADDRESS", "la casa de tres pisos pintada de verde con un portón negro")]
    text = "Queda en jirón Lima 12 con un portón negro."  # three words: a street, not yet a description
    assert _texts(text, [_at(text, "ADDRESS", "jirón Lima 12")]) == [("ADDRESS", "jirón Lima 12")]
    text = "vive en la casa de tres pisos pintada de verde con su tío ramiro"
    got = _texts(text, [_at(text, "ADDRESS", "la casa de tres pisos pintada de verde"), _at(text, "PERSON", "ramiro")])
    assert got[0] == ("ADDRESS", "la casa de tres pisos pintada de verde")


def test_what_an_address_belongs_to_but_never_another_finding():
    text = "la vieron en la cocina del jirón Tacna 210"
    assert _texts(text, [_at(text, "ADDRESS", "jirón Tacna 210")]) == [("ADDRESS", "la cocina del jirón Tacna 210")]
    text = "el domingo pasado del jirón Tacna 210 salió el bus"
    got = _texts(text, [_at(text, "DATE_TIME", "el domingo pasado"), _at(text, "ADDRESS", "jirón Tacna 210")])
    assert got[0] == ("DATE_TIME", "el domingo pasado") and "domingo" not in got[1][1]


# --- round 19 (on heldout25): a number after a place noun is a place, and a named settlement before its address is
# part of it; of the two sentences written for it both leaked before, one after (strict xfail) ----------------------


def test_a_number_after_a_place_noun_joins_the_address_it_belongs_to():
    text = "vende en el jiron huallaga la segunda fila de las frutas el puesto ochenta y dos el que tiene toldo verde"
    got = _texts(
        text,
        [_at(text, "ADDRESS", "jiron huallaga la segunda fila"), _at(text, "OTHER_ID", "puesto ochenta y dos")],
    )
    assert got == [
        ("ADDRESS", "el jiron huallaga la segunda fila de las frutas el puesto ochenta y dos el que tiene toldo verde")
    ]
    text = "la placa es ABC-123"  # a plate is no place: it keeps its type
    assert _texts(text, [_at(text, "OTHER_ID", "ABC-123")]) == [("OTHER_ID", "ABC-123")]


def test_a_named_settlement_right_before_its_address_is_one_place():
    text = "Vive en la Cooperativa Santa Elena, manzana C lote 4, con sus hijos."
    got = _texts(
        text,
        [_at(text, "ORGANIZATION", "Cooperativa Santa Elena"), _at(text, "ADDRESS", "manzana C lote 4")],
    )
    assert got == [("ADDRESS", "la Cooperativa Santa Elena, manzana C lote 4")]
    text = "Trabaja en Textiles Andinos. Jirón Lima 12 es su casa."  # a sentence between: two findings
    got = _texts(text, [_at(text, "ORGANIZATION", "Textiles Andinos"), _at(text, "ADDRESS", "Jirón Lima 12")])
    assert [kind for kind, _ in got] == ["ORGANIZATION", "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an xfail until round 28: place_tail now takes the unit after a floor of a found place
        (
            "c: la tienen en la galeria el sol segundo piso la tienda doscientos cuatro de ropa",
            "tienda doscientos cuatro",
        ),
        ("C: Vive en la Asociación Virgen de Chapi, manzana B lote 11, al fondo.", "la Asociación Virgen de Chapi"),
    ],
)
def test_round19_sentences(redactor, text, part):
    assert covered(redactor, text, part)


# --- what the bridge grows is listed by the second look (the sweep's score), unless only an article was taken --------


def test_a_span_grown_by_words_is_listed_by_the_second_look_and_one_grown_by_an_article_is_not():
    from redact.second_look import SWEEP_SCORE

    text = "Está en la habitación 9, la que da al patio. Llegó ayer."
    (grown,) = bridge_places(text, [_at(text, "ADDRESS", "habitación 9")])
    assert grown.score == SWEEP_SCORE
    text = "Vive en el jirón Tacna 210."
    (kept,) = bridge_places(text, [Entity("ADDRESS", text.index("jirón"), text.index("210") + 3, 0.75)])
    assert (text[kept.start : kept.end], kept.score) == ("el jirón Tacna 210", 0.75)


def test_the_bridges_guess_reaches_the_review_list(redactor):
    from redact.second_look import SWEEP_SCORE

    text = "C: Mi hermana está en el pasaje Los Nogales 33, la que tiene la puerta de madera, no la dejan salir."
    _, entities = redactor.analyze(text)
    listed = [text[e.start : e.end] for e in entities if e.score == SWEEP_SCORE]
    assert any("la que tiene la puerta de madera" in s for s in listed)
