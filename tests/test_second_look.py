"""Second look (redact/second_look.py): after redaction, hints at what may still identify someone.

Sentences here are new (written for these tests, in none of the bench sets); the real redactor runs first,
as it does for a stored call.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from redact.second_look import REASONS, Hint, config, hints


def look(redactor, text: str) -> tuple[list[Hint], list]:
    result = redactor.redact(text, "auto")
    return hints(text, result.entities, result.language), result.entities


def shown(text: str, found: list[Hint]) -> list[tuple[str, str]]:
    return [(h.reason, text[h.start : h.end]) for h in found]


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
def test_an_address_told_by_a_landmark_that_the_redactor_left_gets_a_place_hint(text, word):
    # no entities: the redactor has learnt these very sentences, and a hint is for what it leaves
    found = hints(text, [])
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)


def test_a_number_read_in_words_that_the_rules_only_left_gets_a_number_hint(rules_only):
    text = "su casillero en la fábrica era el ocho ocho tres nomás"
    found, entities = look(rules_only, text)
    assert ("number", "ocho ocho tres") in shown(text, found)
    assert_outside(found, entities)


def test_a_room_or_berth_with_its_number_is_a_place():
    text = "la tienen en el camarote doscientos once de la embarcación"
    found = hints(text, [])
    assert any(h.reason == "place" and "camarote doscientos once" in text[h.start : h.end] for h in found)


def test_what_runs_on_after_a_hidden_span_is_pointed_at():
    # the redactor took "la carretera central" and left the kilometre's side and a surname's last part
    text = "la recogen en la carretera central margen izquierda y el dueño es don ruperto quillatupa c"
    road = text.index("la carretera central")
    name = text.index("ruperto quillatupa")
    entities = [
        ("ADDRESS", road, road + len("la carretera central")),
        ("PERSON", name, name + len("ruperto quillatupa")),
    ]
    found = hints(text, entities)
    assert any("margen" in text[h.start : h.end] for h in found), shown(text, found)
    assert any(text[h.start : h.end] == "c" for h in found), shown(text, found)
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
    assert any(h.reason == "contact" and "arroba" in text[h.start : h.end] for h in found)


def test_a_capitalised_word_no_dictionary_knows_mid_sentence_is_pointed_at():
    text = "Vive en Lima con su tía. La que la recogió fue una tal Wendolyn, según dijo su amiga."
    found = hints(text, [])
    assert ("capitalised", "Wendolyn") in shown(text, found)


def test_a_number_dictated_in_pieces_with_commas_letters_and_doubles_is_one_number_hint():
    text = "la placa es b, siete, ce, dos, nueve y el otro número es nueve nueve ocho, doble cuatro, tres siete"
    found = shown(text, hints(text, []))
    assert ("number", "siete, ce, dos, nueve") in found
    assert ("number", "nueve nueve ocho, doble cuatro, tres siete") in found


def test_a_name_after_se_llama_that_no_dictionary_knows_is_a_name_cue():
    text = "la chica se llama keyla y la otra se llama así nomás"
    assert shown(text, hints(text, [])) == [("name_cue", "keyla")]


def test_spelled_out_letters_left_by_the_redactor_are_pointed_at():
    text = "me deletrea el apellido sí jota u erre a ene y ya está"
    assert any(r == "spelled" for r, _ in shown(text, hints(text, [])))


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
        "eran 2, 3 chicas, les pagaban 15, 20 soles y vive cerca de mi casa, a dos cuadras",
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


def test_offsets_point_at_the_original_text():
    body = "la tienen en el cuarto del fondo, detrás del horno de ladrillos de la familia"
    for prefix in ("", "Señorita,  ", "ñañita   áé — "):
        text = prefix + body
        found = hints(text, [])
        assert found, text
        for h in found:
            assert 0 <= h.start < h.end <= len(text)
            assert text[h.start].isalnum() and text[h.end - 1].isalnum()
            assert text[h.start : h.end] in body
        assert any("horno" in text[h.start : h.end] for h in found)


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


# -- version 2: classes of heldout16's misses, in new words (entities given, so the redactor's changes do not
# move them) --------------------------------------------------------------------------------------------------


def _spans(text: str, *pieces: tuple[str, str]) -> list[tuple[str, int, int]]:
    out = []
    for kind, piece in pieces:
        start = text.index(piece)
        out.append((kind, start, start + len(piece)))
    return out


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        # a place noun left in front of a hidden span
        (
            "he waits for them at the roundabout Plaza Bolognesi every night",
            ("LOCATION", "Plaza Bolognesi"),
            "roundabout",
        ),
        ("ela mora na travessa do Comércio com o dono do bar", ("ADDRESS", "do Comércio"), "travessa"),
        # a place noun said in the diminutive, a few words before a hidden landmark
        (
            "duerme en el cuartito de atrás, encima de la ferretería del chino",
            ("ADDRESS", "encima de la ferretería"),
            "cuartito",
        ),
        (
            "fica numa casinha dos fundos, atrás da oficina mecânica",
            ("ADDRESS", "atrás da oficina mecânica"),
            "casinha",
        ),
    ],
)
def test_a_place_noun_left_before_a_hidden_place_is_pointed_at(text, hidden, word):
    entities = _spans(text, hidden)
    found = hints(text, entities)
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)
    assert_outside_tuples(found, entities)


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        (
            "la tienen en la manzana F lote 3, la que tiene el portón negro oxidado",
            ("ADDRESS", "la manzana F lote 3"),
            "portón",
        ),
        ("fica no beco do sapo com uma antena azul no telhado", ("ADDRESS", "beco do sapo"), "antena"),
        ("she is kept at the last house on Mill Lane, the one with a red gate", ("ADDRESS", "Mill Lane"), "gate"),
    ],
)
def test_a_description_running_on_after_a_hidden_address_is_a_place(text, hidden, word):
    entities = _spans(text, hidden)
    found = hints(text, entities)
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)
    assert_outside_tuples(found, entities)


def test_the_rest_of_a_dotted_handle_after_a_hidden_name_is_a_contact():
    text = "le escribía la cuenta jhoselyn.modelos.peru todos los días"
    entities = _spans(text, ("PERSON", "jhoselyn"))
    found = hints(text, entities)
    assert any(h.reason == "contact" and "modelos" in text[h.start : h.end] for h in found), shown(text, found)
    assert_outside_tuples(found, entities)
    other = "a conta dela era garotas_vip.manaus no instagram"
    assert any(h.reason == "contact" and "manaus" in other[h.start : h.end] for h in hints(other, []))


def test_the_rest_of_an_id_read_in_words_after_its_hidden_start_is_a_number():
    text = "su carnet es cuarenta y dos millones quinientos mil ciento ocho y nada más"
    entities = _spans(text, ("ID_NUMBER", "cuarenta y dos millones"))
    found = hints(text, entities)
    assert any(h.reason == "number" and "ciento ocho" in text[h.start : h.end] for h in found), shown(text, found)
    whole = "el documento de él es treinta y un millones doscientos veintiun mil cuatrocientos nueve"
    assert any(h.reason == "number" and "doscientos" in whole[h.start : h.end] for h in hints(whole, []))


@pytest.mark.parametrize(
    "text, word",
    [
        ("la dueña es doña consuelo ccahuana y ella cobra a las chicas", "ccahuana"),
        ("ahí manda un señor primitivo huallpacuna que tiene camioneta", "huallpacuna"),
    ],
)
def test_a_title_with_a_common_word_first_name_and_a_surname_is_a_name_cue(text, word):
    found = hints(text, [])
    assert any(h.reason == "name_cue" and word in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, hidden, said",
    [
        (
            "la señora vende en la esquina del mercado el progreso todos los días",
            ("ADDRESS", "en la esquina del mercado"),
            "el progreso",
        ),
        ("she works nights at the bar The Golden Anchor by the docks", ("ORGANIZATION", "at the bar"), "The Golden"),
    ],
)
def test_the_name_after_a_hidden_kind_of_business_is_a_place(text, hidden, said):
    found = hints(text, _spans(text, hidden))
    assert any(said in text[h.start : h.end] for h in found), shown(text, found)


def test_a_name_that_is_a_word_too_hidden_once_and_said_again_is_a_repeat():
    text = "mi nieta amparo quispe salió el lunes y desde entonces no sabemos nada de amparo"
    found = hints(text, _spans(text, ("PERSON", "amparo quispe")))
    assert ("repeat", "amparo") in shown(text, found)
    plain = "la hija luz quispe dice que vio la luz del cuarto prendida"
    assert hints(plain, _spans(plain, ("PERSON", "luz quispe"))) == []


@pytest.mark.parametrize(
    "text, entities",
    [
        ("le debían cuarenta y cinco mil y nunca le pagaron", []),
        ("eso fue en dos mil veintidós, en el verano", []),
        ("entre a www.gob.pe para ver la norma, a las 3.30 p.m. abren", []),
        ("vive en el jirón Junín 450 con su mamá y sus hermanos", [("ADDRESS", "jirón Junín 450")]),
        ("la llevaron a una casa en Huaycán, donde la tuvieron un mes", [("LOCATION", "Huaycán")]),
        ("dice que su hija de quince no vuelve desde el lunes, gracias señorita", []),
    ],
)
def test_version_2_negatives_get_no_hint(text, entities):
    found = hints(text, _spans(text, *entities))
    assert found == [], shown(text, found)


# -- version 3: classes left by version 2 on heldout17 (new sentences, other words and languages) ---------


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        # a place that goes on after a hidden address: a relative description, a neighbour, an ordinal thing
        (
            "la tienen en el pasaje Los Pinos 220, la casa de la esquina donde arreglan bicicletas",
            ("ADDRESS", "pasaje Los Pinos 220"),
            "esquina",
        ),
        ("me quedo en Punchana, la tercera canoa amarrada junto al grifo flotante", ("LOCATION", "Punchana"), "canoa"),
        (
            "o bar fica na rua Sete de Setembro, pertinho de uma borracharia",
            ("ADDRESS", "rua Sete de Setembro"),
            "borracharia",
        ),
        (
            "they sleep in the shed at the back, the one that faces the yard behind the chapel",
            ("ADDRESS", "in the shed at the back"),
            "faces",
        ),
        (
            "dice que vive en la parte alta del cerro, en el callejón sin nombre de tierra",
            ("ADDRESS", "en la parte alta del cerro"),
            "callejón",
        ),
    ],
)
def test_v3_a_place_running_on_after_a_hidden_place_is_pointed_at(text, hidden, word):
    entities = _spans(text, hidden)
    found = hints(text, entities)
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)
    assert_outside_tuples(found, entities)


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        # a district-like name left before a hidden street
        (
            "me mandó la ubicación: Barrio Esperanza, pasaje Tres número 88",
            ("ADDRESS", "pasaje Tres número 88"),
            "Esperanza",
        ),
        # the landmark's name between two hidden pieces, and the word that makes it a turn-off
        (
            "on the coast road, the green door just past the Lobitos turn-off, near the school",
            ("ADDRESS", "the green door just past"),
            "turn-off",
        ),
    ],
)
def test_v3_a_name_or_turn_off_around_a_hidden_place_is_pointed_at(text, hidden, word):
    entities = _spans(text, hidden, ("LOCATION", "Lobitos")) if "Lobitos" in text else _spans(text, hidden)
    found = hints(text, entities)
    assert any(word in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, word",
    [
        ("eles ficavam numa sala sem luz ao fundo da garagem do nono andar", "nono andar"),
        ("we were locked in a room at the end of the hall on the seventh floor", "seventh floor"),
        ("las tenían en un depósito al fondito del patio del octavo piso", "octavo piso"),
    ],
)
def test_v3_a_room_told_by_a_far_floor_or_the_back_of_a_corridor_is_a_place(text, word):
    found = hints(text, [])
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        # a first name or surname said right next to the hidden rest of the name
        ("el capataz es un tal nicanor tuesta, siempre anda armado", ("PERSON", "nicanor"), "tuesta"),
        ("en la nota decía su nombre sol anyeli y nada más", ("PERSON", "anyeli"), "sol"),
        ("a man they call Coyote and his wife run the place", (), "Coyote"),
        ("a patroa, a quem chamam Baixinha, guarda os documentos", (), "Baixinha"),
    ],
)
def test_v3_a_name_piece_next_to_a_hidden_name_or_after_a_calling_cue_is_a_name_cue(text, hidden, word):
    entities = _spans(text, hidden) if hidden else []
    found = hints(text, entities)
    assert any(h.reason == "name_cue" and word in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, hidden, said",
    [
        (
            "su celular es nueve ocho siete seis cinco cuatro tres dos uno, no, perdón, termina en cuatro uno",
            ("PHONE_NUMBER", "nueve ocho siete seis cinco cuatro tres dos uno"),
            "cuatro uno",
        ),
        ("my number is 949 203 556, sorry, the last ones are six two", ("PHONE_NUMBER", "949 203 556"), "six two"),
    ],
)
def test_v3_a_correction_of_a_hidden_number_is_a_number(text, hidden, said):
    found = hints(text, _spans(text, hidden))
    assert any(h.reason == "number" and said in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, entities",
    [
        ("ella es de Trujillo, y vino sola a trabajar", [("LOCATION", "Trujillo")]),
        ("vivo en el jirón Ayacucho 310. Ahora estoy con mi hermana", [("ADDRESS", "jirón Ayacucho 310")]),
        ("el señor Ramírez dijo que volvería el lunes", [("PERSON", "Ramírez")]),
        ("se fue hace dos semanas y no vuelve; el final es lo peor", []),
        ("los tenían al fondo, en un cuarto, tres días sin comer", []),
        ("la chica dice que le dicen que se calle", []),
        ("mi sobrina me llamó antier llorando y ya no contesta", []),
    ],
)
def test_version_3_negatives_get_no_hint(text, entities):
    found = hints(text, _spans(text, *entities))
    assert found == [], shown(text, found)


@pytest.mark.parametrize(
    "text, hidden, word",
    [
        # a kind of firm and the name after it that the redactor left (or left half of)
        ("trabajaba cosiendo para textiles yanapay en el segundo piso", (), "yanapay"),
        ("el barco es de la naviera san [ciriaco] y sale de noche", ("ORGANIZATION", "ciriaco"), "naviera"),
        ("she was hired by a cleaning firm, Servicios Integrales Quilla, last year", (), "Quilla"),
    ],
)
def test_v3_a_kind_of_firm_with_a_name_the_redactor_left_is_a_name_cue(text, hidden, word):
    text = text.replace("[", "").replace("]", "")
    entities = _spans(text, hidden) if hidden else []
    found = hints(text, entities)
    assert any(word in text[h.start : h.end] for h in found), shown(text, found)
    assert_outside_tuples(found, entities)


@pytest.mark.parametrize(
    "text",
    [
        "trabajaba en una empresa de limpieza por dos meses",
        "the agency said the job was in a restaurant downtown",
        "la universidad queda lejos y no tengo pasaje",
    ],
)
def test_v3_a_kind_of_firm_without_a_name_gets_no_hint(text):
    assert hints(text, []) == [], shown(text, hints(text, []))


@pytest.mark.parametrize(
    "text, word",
    [
        ("la casa está pegadita a la chanchería del compadre, la de calamina", "chanchería"),
        ("o galpão fica colado ao posto de gasolina abandonado", "posto"),
        ("it's the yellow hut a few metres from the fish landing", "landing"),
        ("queda a unos pasos de la capilla de los mineros", "capilla"),
    ],
)
def test_v3_more_ways_of_saying_next_to_are_places(text, word):
    found = hints(text, [])
    assert any(h.reason == "place" and word in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text, said",
    [
        ("mi prima tiene diecisiete y trabaja ahí de noche", "diecisiete"),
        ("the boy looked twelve, thirteen at most", "twelve"),
        ("a menina diz ter quinze anos e não estuda", "quinze"),
    ],
)
def test_v3_an_age_said_of_a_person_is_a_number(text, said):
    found = hints(text, [])
    assert any(h.reason == "age" and said in text[h.start : h.end] for h in found), shown(text, found)


@pytest.mark.parametrize(
    "text",
    ["trabajó ahí tres años y se fue", "tiene seis hijos y no tiene trabajo", "esperé cerca de dos horas"],
)
def test_v3_a_duration_or_a_count_is_no_age(text):
    assert hints(text, []) == [], shown(text, hints(text, []))


# -- the service: the call's own operator only, and a hidden hint is gone ---------------------------------


def _service_workspace(tmp_path, monkeypatch):
    from argon2 import PasswordHasher

    from callnotes.config import Settings
    from callnotes.security import passwords
    from callnotes.security.crypto import generate_key
    from callnotes.services import Actor, Role
    from callnotes.services.workspace import Workspace
    from callnotes.store import open_store

    monkeypatch.setenv("CALLNOTES_KEY", generate_key())
    monkeypatch.delenv("CALLNOTES_DB_URL", raising=False)
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    store = open_store(Settings(data_dir=tmp_path / "data"))
    workspace = Workspace.over(store)
    admin = Actor.system("test")
    for name, role in (
        ("ana", Role.operator),
        ("bea", Role.operator),
        ("rosa", Role.reviewer),
        ("tomas", Role.trainer),
        ("admin", Role.admin),
    ):
        workspace.users.create(admin, name, role, "a long enough passphrase")
    return workspace


@pytest.fixture
def sws(tmp_path, monkeypatch):
    workspace = _service_workspace(tmp_path, monkeypatch)
    yield workspace
    workspace.store.close()


def _who(ws, name: str):
    return ws.users.authenticate(name, "a long enough passphrase")


def _add_call(ws, operator_id: int, received_at=None) -> int:
    from asr.types import Speaker
    from tests import stored_call
    from tests.test_manual_redaction import silence_wav

    lines = [
        (Speaker.operator, "Línea contra la trata, buenas noches."),
        (Speaker.caller, "Mi hermana Yesenia Choque trabaja en un restaurante, su número es 987 123 456."),
        (Speaker.caller, "La tienen en el depósito al costado del tanque de agua celeste, en el cuarto 14."),
        (Speaker.caller, "Le pagan 300 soles al mes y trabaja doce horas, dice la Fiscalía."),
    ]
    found = [("PERSON", "Yesenia Choque", "<PERSON_1>"), ("PHONE_NUMBER", "987 123 456", "<PHONE_NUMBER_1>")]
    spec = stored_call.CallSpec(
        lines,
        found,
        {
            "call_type": "report",
            "urgency": "high",
            "region": "Lima",
            "summary": "Una joven retenida en un restaurante.",
        },
        raw_audio=silence_wav(),
    )
    return stored_call.add_call(ws.store, spec, operator_id, "7" * 64, received_at)


def test_the_operator_gets_the_hints_with_context_and_a_type_to_hide_them_as(sws):
    ana = _who(sws, "ana")
    call_id = _add_call(sws, ana.id)
    raw = sws.calls.unredacted_transcript(ana, call_id).text
    found = sws.second_look.hints(ana, call_id)
    assert found
    for h in found:
        assert raw[h.start : h.end] == h.text
        assert "Yesenia" not in h.text and "987" not in h.text  # what is hidden is never pointed at
        assert "Yesenia" not in h.before + h.after and "987" not in h.before + h.after
        shown = h.before.lstrip("…") + h.text + h.after.rstrip("…")
        assert shown in raw or "<" in shown
    places = [h for h in found if h.reason == "place"]
    assert any("tanque" in h.text for h in places) and all(h.suggested_type == "ADDRESS" for h in places)
    assert not any("300" in h.text or "doce" in h.text or "Fiscal" in h.text for h in found)


def test_what_the_sweep_hid_is_listed_to_check_around_it_not_to_hide_again(sws):
    from asr.types import Speaker
    from tests import stored_call
    from tests.test_manual_redaction import silence_wav

    ana = _who(sws, "ana")
    lines = [
        (Speaker.caller, "Vive en el jirón Tacna 340, la casa con el portón de calamina oxidada al fondo del pasaje."),
        (Speaker.caller, "Le pagan 300 soles al mes."),
    ]
    found = [("ADDRESS", "el jirón Tacna 340", "<ADDRESS_1>"), ("ADDRESS", "portón de calamina", "<ADDRESS_2>")]
    spec = stored_call.CallSpec(
        lines,
        found,
        {"call_type": "report", "urgency": "high", "region": "Tacna", "summary": "Una joven retenida."},
        raw_audio=silence_wav(),
        guessed=("portón de calamina",),
    )
    call_id = stored_call.add_call(sws.store, spec, ana.id, "8" * 64)
    found_hints = sws.second_look.hints(ana, call_id)
    swept = [h for h in found_hints if h.reason == "swept"]
    assert [h.text for h in swept] == ["portón de calamina"]
    assert swept[0].suggested_type == "ADDRESS" and swept[0].before.endswith("la casa con el ")
    assert "<ADDRESS>" in swept[0].before and "Tacna" not in swept[0].before  # the rules' span shows as its type
    # the rules' own span is no swept item, and items come in text order
    assert not any(h.reason == "swept" and "Tacna" in h.text for h in found_hints)
    assert [h.start for h in found_hints] == sorted(h.start for h in found_hints)


def test_an_item_the_operator_checked_is_not_listed_again_and_the_audit_has_no_text(sws):
    from sqlalchemy import select

    from callnotes.services.access import NotFound
    from callnotes.store import AuditEvent

    ana = _who(sws, "ana")
    call_id = _add_call(sws, ana.id)
    before = sws.second_look.hints(ana, call_id)
    place = next(h for h in before if "tanque" in h.text)
    sws.second_look.check(ana, call_id, place.start, place.end)
    after = sws.second_look.hints(ana, call_id)
    assert [(h.start, h.end) for h in after] == [(h.start, h.end) for h in before if h != place]
    assert "tanque" in sws.calls.redacted_transcript(ana, call_id).text  # kept as it is, not hidden
    with pytest.raises(NotFound):  # only what is listed can be checked, and only once
        sws.second_look.check(ana, call_id, place.start, place.end)
    with sws.store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "second_look_checked")).all()
    assert [e.outcome for e in events] == ["ok"]
    assert events[0].detail == {"reason": "place", "checked": 1}


@pytest.mark.parametrize("name", ["bea", "rosa"])
def test_only_the_calls_own_operator_may_check_an_item(sws, name):
    from callnotes.services import PermissionDenied

    ana, other = _who(sws, "ana"), _who(sws, name)
    call_id = _add_call(sws, ana.id)
    place = next(h for h in sws.second_look.hints(ana, call_id) if "tanque" in h.text)
    with pytest.raises(PermissionDenied):
        sws.second_look.check(other, call_id, place.start, place.end)
    assert any(h.start == place.start for h in sws.second_look.hints(ana, call_id))


def test_the_context_of_a_hint_shows_what_is_redacted_as_its_type():
    from callnotes.services.second_look import _context

    text = "Mi hermana Yesenia Choque vive detrás del grifo de la avenida, su número es 987 123 456.\nSí."
    name, phone = text.index("Yesenia Choque"), text.index("987 123 456")
    spans = [(name, name + len("Yesenia Choque"), "PERSON"), (phone, phone + len("987 123 456"), "PHONE_NUMBER")]
    start = text.index("detrás")
    end = text.index(", su")
    before, after = _context(text, start, end, spans)
    assert before == "Mi hermana <PERSON> vive "
    assert after == ", su número es <PHONE_NUMBER>."


@pytest.mark.parametrize("name", ["bea", "rosa", "tomas", "admin"])
def test_only_the_calls_own_operator_gets_hints_and_the_refusal_is_audited(sws, name):
    from sqlalchemy import select

    from callnotes.services import PermissionDenied
    from callnotes.store import AuditEvent

    ana, other = _who(sws, "ana"), _who(sws, name)
    call_id = _add_call(sws, ana.id)
    with pytest.raises(PermissionDenied):
        sws.second_look.hints(other, call_id)
    with sws.store.transaction() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.actor == name, AuditEvent.action == "second_look")
        ).all()
    assert [e.outcome for e in events] == ["denied"]


def test_past_retention_there_are_no_hints_for_anyone(sws):
    from datetime import UTC, datetime, timedelta

    from callnotes.services import PermissionDenied

    ana = _who(sws, "ana")
    old = datetime.now(UTC) - timedelta(days=sws.store.retention_days + 1)
    call_id = _add_call(sws, ana.id, received_at=old)
    with pytest.raises(PermissionDenied):
        sws.second_look.hints(ana, call_id)


def test_a_hint_hidden_with_redact_span_is_gone_and_the_audit_keeps_counts_only(sws):
    from sqlalchemy import select

    from callnotes.store import AuditEvent

    ana = _who(sws, "ana")
    call_id = _add_call(sws, ana.id)
    before = sws.second_look.hints(ana, call_id)
    place = next(h for h in before if "tanque" in h.text)
    sws.redaction.redact_span(ana, call_id, place.start, place.end, place.suggested_type)
    after = sws.second_look.hints(ana, call_id)
    assert not any(h.start < place.end and place.start < h.end for h in after)
    assert len(after) == len(before) - 1
    assert "tanque" not in sws.calls.redacted_transcript(ana, call_id).text
    with sws.store.transaction() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "second_look")).all()
    assert [e.detail["hints"] for e in events] == [len(before), len(after)]
    for e in events:
        assert all(isinstance(v, int) for v in e.detail.values())
        assert "tanque" not in str(e.detail)


# -- the review page (Streamlit's AppTest over the UI tests' store of really processed samples) ---------------


@contextmanager
def review_page(ui_gold):
    """Ana's Review a draft page open on the sample call: the workspace, Ana, the items listed before the page
    ran, and the page (AppTest)."""
    from callnotes.config import load_settings
    from callnotes.services.workspace import Workspace
    from callnotes.store import open_store
    from tests.test_ui import open_page, sign_in

    store = open_store(load_settings())
    try:
        ws = Workspace.over(store)
        ana = ws.users.authenticate("ana", ui_gold.passwords["ana"])
        before = ws.second_look.hints(ana, ui_gold.ready_call)
        at = sign_in(ui_gold, "ana")
        at.session_state["open_call"] = ui_gold.ready_call
        open_page(at, "pages/operator/review.py")
        yield ws, ana, before, at
    finally:
        store.close()


def test_the_review_page_lists_the_hints_and_hides_one_with_a_click(ui_gold, ui_store):
    with review_page(ui_gold) as (ws, ana, before, at):
        labels = [e.label for e in at.expander if e.label.startswith("Segunda mirada")]
        assert labels == [f"Segunda mirada: {len(before)} lugar(es) que aún podrían identificar a alguien"]
        hide = [b for b in at.button if b.label == "Ocultar"]
        assert len(hide) == len([h for h in before if h.reason != "swept"])  # what the sweep hid has no Hide
        if not before:
            assert [c.value for c in at.caption if c.value.startswith("Nada más parece")]
            return
        # each hint shows its context and a type to hide it as, preset from its reason
        first = before[0]
        kinds = [s for s in at.selectbox if s.key == f"sl{ui_gold.ready_call}_{first.start}_{first.end}_type"]
        assert kinds and kinds[0].value == first.suggested_type
        hide[0].click()
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        after = ws.second_look.hints(ana, ui_gold.ready_call)
        assert not any(h.start < first.end and first.start < h.end for h in after)
        assert first.text not in ws.calls.redacted_transcript(ana, ui_gold.ready_call).text


def test_the_review_page_marks_an_item_checked_with_a_click(ui_gold, ui_store):
    with review_page(ui_gold) as (ws, ana, before, at):
        assert before, "the sample call should give the second look something to list"
        first = before[0]
        button = [b for b in at.button if b.key == f"sl{ui_gold.ready_call}_{first.start}_{first.end}_checked"]
        assert button and button[0].label in ("No identifica", "Revisado")
        button[0].click()
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        after = ws.second_look.hints(ana, ui_gold.ready_call)
        assert [(h.start, h.end) for h in after] == [(h.start, h.end) for h in before[1:]]
        assert first.text in ws.calls.unredacted_transcript(ana, ui_gold.ready_call).text


@pytest.fixture(scope="session")
def ui_gold():
    pytest.importorskip("streamlit")
    from tests.e2e.golden import golden

    return golden()


@pytest.fixture
def ui_store(ui_gold, tmp_path, monkeypatch):
    from tests.test_ui import store_dir

    return store_dir.__wrapped__(ui_gold, tmp_path, monkeypatch)


def test_an_age_and_a_firm_are_offered_to_hide_as_their_own_types():
    from callnotes.services.second_look import SUGGESTED_TYPE
    from redact.second_look import REASONS
    from redact.types import LABELS

    assert SUGGESTED_TYPE["age"] == "AGE" and SUGGESTED_TYPE["firm"] == "ORGANIZATION"
    firm = "trabajaba cosiendo para textiles yanapay en el segundo piso"
    assert ("firm", "textiles yanapay") in shown(firm, hints(firm, []))
    assert set(REASONS) <= set(SUGGESTED_TYPE) and set(SUGGESTED_TYPE.values()) <= set(LABELS)


def test_every_reason_has_a_label_in_both_languages():
    from pathlib import Path

    import yaml

    from redact.second_look import REASONS

    i18n = Path(__file__).resolve().parents[1] / "ui" / "i18n"
    for lang in ("en", "es"):
        labels = yaml.safe_load((i18n / f"{lang}.yaml").read_text(encoding="utf-8"))["second_look"]["reasons"]
        assert set(REASONS) <= set(labels), (lang, set(REASONS) - set(labels))
