"""The pieces beside an identifier's digits that give part of it away.

- letters said before the digits with no hyphen (spoken_ids.py): "boleto f cero cero tres", "pe a cero dos …", the
  outermost never a word of the sentence ("llame a cero …", "número de cero …");
- a phone's extension after it (number_edges.py): "extension 312", "anexo doscientos doce";
- a number after a business whose name holds an amount word (second_look.py's sweep): the "Real" of "Expreso
  Amazonas Real" is no currency.
"""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("el pasaje es el boleto k cero cero siete guion doscientos doce del bus", "k cero cero siete"),
        ("el envío fue con el giro número ge cuarenta y dos cero nueve cincuenta y uno", "ge cuarenta y dos"),
        ("el pasaporte de mi amigo el número es pe a cero dos cuatro siete nueve uno tres", "pe a cero dos"),
    ],
)
def test_letters_said_before_an_identifier_are_part_of_it(redactor, text, code):
    assert covered(redactor, text, code)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("por favor llame a cero dos cuatro siete nueve uno tres ocho mañana", "llame a"),
        ("el número de cero dos cuatro siete nueve uno tres ocho no contesta", "número de"),
    ],
)
def test_a_word_of_the_sentence_before_the_digits_stays_readable(redactor, text, word):
    assert readable(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("You can reach me at 044 48 6200 extension 417, any morning.", "extension 417"),
        ("llame al 01 425 3344 anexo doscientos doce y pregunte por mí", "anexo doscientos doce"),
        ("el número de la oficina es 987654321, interno 45.", "interno 45"),
    ],
)
def test_a_phones_extension_is_part_of_the_phone(redactor, text, extension):
    assert covered(redactor, text, extension)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("mi número es 987 654 321 y anexo la foto del contrato", "anexo la foto"),
        ("llame al 01 425 3344 anexo y pregunte por la doctora", "anexo y pregunte"),
    ],
)
def test_an_extension_word_with_no_number_after_it_stays_readable(redactor, text, word):
    assert readable(redactor, text, word)


def test_a_ticket_number_after_a_business_whose_name_holds_an_amount_word(redactor):
    text = "Tengo los pasajes de la empresa Transportes Camino Real, boletos número 004512 y 004513, del martes."
    assert covered(redactor, text, "004512")
    assert covered(redactor, text, "004513")
