"""A name's run of words in lowercase speech: the words the lists lack beside the ones they know.

- after a title, a rare word no dictionary knows is a name even when the tagger calls it a verb ("la señora
  agripina": spaCy reads a form of "agripinar");
- a run opens earlier at a word no dictionary knows, over the listed surnames and particles between ("yusmary del
  valle ochoa", where the lists know "valle" and "ochoa");
- after a run holding a first name, a word rare in running text is its surname even if a dictionary has it ("nelly
  chunga"), but no verb form the dictionary knows.
"""

from __future__ import annotations

import pytest

from tests.redact_helpers import covered, readable


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la mamá la señora agripina ayvar vino llorando a la oficina", "agripina ayvar"),
        ("ayer vino doña eulogia lloraba en la puerta de la casa", "eulogia"),
    ],
)
def test_a_rare_word_after_a_title_is_a_name_whatever_the_tagger_says(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "la señora dijo que no sabía nada de su hija",
        "el señor trabajaba en la chacra y la señora cocinaba para todos",
    ],
)
def test_a_verb_after_a_title_stays_readable(redactor, text):
    assert readable(redactor, text, "dijo" if "dijo" in text else "cocinaba")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("es una muchacha venezolana yusmary del valle ochoa tiene veinte años", "yusmary del valle ochoa"),
        ("mi vecina dayanis cordero me contó todo anoche", "dayanis cordero"),
    ],
)
def test_a_name_run_opens_at_an_unknown_word_before_the_listed_surnames(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


def test_an_ordinary_word_before_a_surname_stays_outside_the_name(redactor):
    text = "la chica trabaja en la casa de la familia ochoa desde marzo"
    assert covered(redactor, text, "ochoa", "PERSON")
    assert readable(redactor, text, "la casa de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nelly chunga mi número de aquí es el que le di", "nelly chunga"),
        ("mi sobrina kiara nicol ramos chunga tiene quince años", "kiara nicol ramos chunga"),
    ],
)
def test_a_rare_word_after_a_first_name_is_its_surname(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("habla con nelly rápido por favor que ya se va", "rápido"),
        ("la chica se llamaba nelly y lloraba mucho en la esquina", "lloraba"),
    ],
)
def test_a_common_word_or_a_verb_after_a_first_name_stays_readable(redactor, text, word):
    assert readable(redactor, text, word)
