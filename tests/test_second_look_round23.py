"""Second look, round 23: hints for the operator only, around what the redactor hid.

The redactor's spans are given by hand here (no models run), so these tests are fast and deterministic. Sentences
are new, written for these tests (in none of the bench sets).
"""

from __future__ import annotations

from redact.second_look import hints, sweep


def span(text: str, part: str, kind: str) -> tuple[str, int, int]:
    start = text.index(part)
    return (kind, start, start + len(part))


def shown(text: str, entities: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    return [(h.reason, text[h.start : h.end]) for h in hints(text, entities)]


# -- the rest of a description after a hidden address --------------------------------------------------------


def test_continuation_after_a_hidden_address_is_pointed_at():
    text = "Queda en la cuadra 4 del jirón Ucayali, se entra por una puerta verde sin número. Ahí duermen."
    found = shown(text, [span(text, "la cuadra 4 del jirón Ucayali", "ADDRESS")])
    assert any(reason == "place" and part.startswith("se entra por una puerta verde") for reason, part in found)


def test_relative_clause_after_a_hidden_address_is_pointed_at():
    text = "viven en el fondo del pasaje tres donde hay un tanque de agua celeste y un perro amarrado"
    found = shown(text, [span(text, "el fondo del pasaje tres", "ADDRESS")])
    assert any(reason == "place" and part.startswith("donde hay un tanque") for reason, part in found)


def test_next_sentence_after_a_hidden_address_is_not():
    text = "Vive en la avenida Grau 1200. Tiene dos hijos y trabaja de noche."
    found = shown(text, [span(text, "la avenida Grau 1200", "ADDRESS")])
    assert not any("hijos" in part for _, part in found)


def test_continuation_only_after_an_address():
    text = "Habló con Rocío Quispe donde hay un tanque de agua."
    assert not any("tanque" in part for _, part in shown(text, [span(text, "Rocío Quispe", "PERSON")]))


# -- the head of a place before a hidden address ---------------------------------------------------------------


def test_article_led_head_before_a_hidden_address_is_pointed_at():
    text = "La tienen en la caseta de vigilancia de al lado del grifo abandonado."
    found = shown(text, [span(text, "al lado del grifo abandonado", "ADDRESS")])
    assert any(reason == "place" and part.startswith("la caseta de vigilancia") for reason, part in found)


def test_institution_before_a_hidden_address_is_not_pointed_at():
    text = "Ya fui a la Fiscalía de la provincia en la avenida Arequipa 500."
    found = shown(text, [span(text, "la avenida Arequipa 500", "ADDRESS")])
    assert not any("Fiscal" in part for _, part in found)


def test_a_time_or_the_callers_own_home_before_an_address_is_not_a_head():
    text = "la vi en la noche de ayer por el mercado central y en mi casa de siempre por el mercado central"
    entities = [("ADDRESS", m, m + len("el mercado central")) for m in _all(text, "el mercado central")]
    found = shown(text, entities)
    assert not any("noche" in part or "casa" in part for _, part in found)


def _all(text: str, part: str) -> list[int]:
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


# -- number words beside a hidden number -----------------------------------------------------------------------


def test_number_words_beside_a_hidden_code_are_pointed_at():
    text = "la placa es ce quinientos treinta ABX-221 ocho y se fue"
    found = shown(text, [span(text, "ABX-221", "OTHER_ID")])
    assert ("number", "quinientos treinta") in found
    assert ("number", "ocho") in found


def test_money_and_counts_beside_a_hidden_number_are_not():
    text = "mi número es 987654321 doscientos soles me cobraron y la placa BTR-442 dos chicas iban"
    entities = [span(text, "987654321", "PHONE_NUMBER"), span(text, "BTR-442", "OTHER_ID")]
    found = shown(text, entities)
    assert not any(reason == "number" for reason, _ in found)


def test_number_words_beside_a_hidden_name_are_not():
    text = "se llama Rocío Quispe dos veces la llamé"
    assert not any(reason == "number" for reason, _ in shown(text, [span(text, "Rocío Quispe", "PERSON")]))


def test_the_hotline_number_is_never_pointed_at():
    text = "llame al 0800-2-3232 o al 100, la placa era BTR-442 nomás"
    found = shown(text, [span(text, "BTR-442", "OTHER_ID")])
    assert not any("0800" in part or "100" in part for _, part in found)


# -- the sweep never sees them -----------------------------------------------------------------------------------


def test_operator_only_hints_are_not_swept():
    text = "Queda en la cuadra 4 del jirón Ucayali, se entra por una puerta verde sin número. Ahí duermen."
    entities = [span(text, "la cuadra 4 del jirón Ucayali", "ADDRESS")]
    swept = {text[h.start : h.end] for h in sweep(text, entities)}
    assert "se entra por una puerta verde sin número" not in swept
    plain = hints(text, entities, operator_only=False)
    assert all("puerta verde" not in text[h.start : h.end] for h in plain)


def test_neighbours_of_a_span_hidden_by_hand_are_not_pointed_at_again():
    text = "Queda en la cuadra 4 del jirón Ucayali, se entra por una puerta verde sin número. Ahí duermen."
    start = text.index("la cuadra 4")
    by_hand = {"type": "ADDRESS", "start": start, "end": start + 29, "score": 1.0, "source": "manual"}
    assert not any("puerta verde" in text[h.start : h.end] for h in hints(text, [by_hand]))
