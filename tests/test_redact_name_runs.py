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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hace un mes el patrón de la chacra don segundo le dijo a mi cuñado que se fuera", "segundo"),
        ("es por mi hijo señorita mi hijo segundo de dieciséis años", "segundo"),
        ("el que manda en la chacra es segundo chimpén todos lo conocen", "segundo chimpén"),
        ("The driver's papers said Segundo Yaipén Ruiz, I think.", "Segundo Yaipén Ruiz"),
    ],
)
def test_a_first_name_that_is_also_a_word_after_a_title_or_before_a_rare_surname(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("espere un segundo que lo busco en mi cuaderno", "segundo"),
        ("ella vive en el segundo piso con su mamá", "segundo piso"),
        ("mi segundo hijo también se fue a trabajar", "segundo hijo"),
    ],
)
def test_the_ordinal_stays_readable(redactor, text, word):
    assert readable(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("y cuando le yapeé salió wilmer t ccahuana nomás", "wilmer t ccahuana"),
        ("en la aplicación sale r castañeda nomás", "r castañeda"),
        ("le pagaron a nombre de heriberto c", "heriberto c"),
    ],
)
def test_an_initial_inside_beside_or_after_a_name_is_part_of_it(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")


def test_a_letter_that_is_a_word_is_no_initial(redactor):
    text = "fui con rosa quispe y luego con la señora"
    assert readable(redactor, text, "y luego")
