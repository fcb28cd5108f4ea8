"""Second look (redact/second_look.py): after redaction, hints at what may still identify someone.

Sentences here are new (written for these tests, in none of the bench sets); the real redactor runs first,
as it does for a stored call.
"""

from __future__ import annotations

import pytest

from redact.second_look import REASONS, Hint, config, hints


def look(redactor, text: str) -> tuple[list[Hint], list]:
    result = redactor.redact(text, "auto")
    return hints(text, result.entities, result.language), result.entities


def shown(text: str, found: list[Hint]) -> list[tuple[str, str]]:
    return [(h.reason, text[h.start:h.end]) for h in found]


def assert_outside(found: list[Hint], entities) -> None:
    for h in found:
        for e in entities:
            assert h.end <= e.start or e.end <= h.start, (h, e)


# -- what it points at ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("ella dice que la guardan en el almacén del fondo, al costado del tanque de agua celeste", "tanque"),
        ("dice que su cuarto es el que está junto a la bomba de agua del patio, el de la cortina verde", "bomba"),
    ],
)
def test_an_address_told_by_a_landmark_that_the_redactor_left_gets_a_place_hint(redactor, text, word):
    found, entities = look(redactor, text)
    assert any(h.reason == "place" and word in text[h.start:h.end] for h in found), shown(text, found)
    assert_outside(found, entities)


def test_a_number_read_in_words_that_the_redactor_left_gets_a_number_hint(redactor):
    text = "su casillero en la fábrica era el ocho ocho tres nomás"
    found, entities = look(redactor, text)
    assert ("number", "ocho ocho tres") in shown(text, found)
    assert_outside(found, entities)


def test_a_room_or_berth_with_its_number_is_a_place():
    text = "la tienen en el camarote doscientos once de la embarcación"
    found = hints(text, [])
    assert any(h.reason == "place" and "camarote doscientos once" in text[h.start:h.end] for h in found)


def test_what_runs_on_after_a_hidden_span_is_pointed_at():
    # the redactor took "la carretera central" and left the kilometre's side and a surname's last part
    text = "la recogen en la carretera central margen izquierda y el dueño es don ruperto quillatupa c"
    road = text.index("la carretera central")
    name = text.index("ruperto quillatupa")
    entities = [("ADDRESS", road, road + len("la carretera central")),
                ("PERSON", name, name + len("ruperto quillatupa"))]
    found = hints(text, entities)
    assert any("margen" in text[h.start:h.end] for h in found), shown(text, found)
    assert any(text[h.start:h.end] == "c" for h in found), shown(text, found)
    assert_outside_tuples(found, entities)


def test_a_page_name_after_its_cue_and_a_nickname_are_name_cues():
    text = "lo vio en un grupo de facebook que se llama chamba segura oxapampa ya y al jefe le dicen el tucán"
    found = hints(text, [])
    texts = shown(text, found)
    assert ("name_cue", "chamba segura oxapampa ya") in texts or any("oxapampa" in t for _, t in texts), texts
    assert any(r == "name_cue" and "tucán" in t for r, t in texts), texts


def test_a_name_hidden_once_but_said_again_plainly_is_a_repeat():
    text = "mi sobrina yulisa mamani se fue el martes y desde entonces yulisa no contesta"
    start = text.index("yulisa mamani")
    found = hints(text, [("PERSON", start, start + len("yulisa mamani"))])
    assert ("repeat", "yulisa") in shown(text, found)


def test_a_spoken_email_is_a_contact():
    text = "me escribió desde flor punto silvestre arroba yahoo punto com y nunca más"
    found = hints(text, [])
    assert any(h.reason == "contact" and "arroba" in text[h.start:h.end] for h in found)


def test_a_capitalised_word_no_dictionary_knows_mid_sentence_is_pointed_at():
    text = "Vive en Lima con su tía. La que la recogió fue una tal Wendolyn, según dijo su amiga."
    found = hints(text, [])
    assert ("capitalised", "Wendolyn") in shown(text, found)


# -- what it leaves alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le cobraron 350 soles por el pasaje y el viaje duró 12 horas; llegó a las 830 de la noche.",
        "le pagaban trescientos cincuenta soles al mes y trabajaba catorce horas diarias desde hace dos años",
        "Puede llamar gratis al 0800-2-3232 o a la Línea 100, las 24 horas.",
        "si quiere marque al cero ochocientos dos treinta y dos treinta y dos",
        "La Fiscalía, la Policía Nacional y la DEMUNA la pueden ayudar según el artículo 153 del Código Penal.",
        "Eran cerca de quince chicas y las tuvieron 3 semanas; la trajeron en 2023.",
        "buenas tardes quería preguntar cómo funciona la línea para denunciar un caso, gracias",
        "Good evening, I would like to know how to report a case to the hotline. Thank you.",
    ],
)
def test_money_durations_times_the_hotline_institutions_and_clean_calls_get_no_hint(redactor, text):
    found, _ = look(redactor, text)
    assert found == [], shown(text, found)


def test_an_already_redacted_span_never_gets_a_hint(redactor):
    text = (
        "me llamo rosaura tiquillahuanca mi celular es nueve ocho siete seis cinco cuatro tres dos uno "
        "vivo en el jirón ayacucho 455 al costado de la panadería el triunfo y mi dni es 45879632"
    )
    found, entities = look(redactor, text)
    assert entities
    assert_outside(found, entities)
    # and nothing redacted is pointed at even when the cues sit right before it
    for e in entities:
        assert not any(h.start < e.end and e.start < h.end for h in found)


def test_offsets_point_at_the_original_text(redactor):
    body = "la tienen en el cuarto del fondo, detrás del horno de ladrillos de la familia"
    for prefix in ("", "Señorita,  ", "ñañita   áé — "):
        text = prefix + body
        found, _ = look(redactor, text)
        assert found, text
        for h in found:
            assert 0 <= h.start < h.end <= len(text)
            assert text[h.start].isalnum() and text[h.end - 1].isalnum()
            assert text[h.start:h.end] in body
        assert any("horno" in text[h.start:h.end] for h in found)


def test_hints_are_few_strongest_first_and_in_text_order():
    text = ". ".join(f"la guardan al costado del galpón número {n} de la familia" for n in range(20))
    found = hints(text, [])
    assert 0 < len(found) <= config().max_hints
    assert [h.start for h in found] == sorted(h.start for h in found)
    assert all(h.reason in REASONS for h in found)
    assert len(hints(text, [], max_hints=2)) == 2


def test_entities_may_be_dicts_tuples_or_the_redactors_own():
    text = "vive detrás del grifo con su hijo brayhan"
    start = text.index("brayhan")
    as_dict = hints(text, [{"start": start, "end": len(text), "type": "PERSON"}])
    as_tuple = hints(text, [("PERSON", start, len(text))])
    assert as_dict == as_tuple
    assert all(h.end <= start for h in as_dict)
    assert hints("", []) == []


def assert_outside_tuples(found: list[Hint], entities: list[tuple[str, int, int]]) -> None:
    for h in found:
        for _, s, e in entities:
            assert h.end <= s or e <= h.start, (h, s, e)
