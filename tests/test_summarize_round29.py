"""Round 29 (heldout42/43 misses): how people count aloud, on short calls written for this round, with negatives.

- Groups told by number and size ("cuatro grupos de cinco personas cada uno") are the product.
- A group told by its parts of different origin adds up ("eighteen Indonesians and six Filipinos").
- "N more" that reconciles a part seen with a total told ("I saw three ... we are five ... so two more") adds no one.
- "ese otro chico" / "that other girl" is one told before; "otra, que le dicen la Flaca" and "hay otro, un primo" are
  one more, with no noun after.
- The noun may come before "más" ("y a dos chicas más de mi facultad").
- The companions of a departure count with the one who left ("se fue con dos chicas de su pueblo").
- Someone and her own kin told together are two ("ella y su sobrina"); not with a spouse or partner.
- Those the victims cook or wash for ("cocinaban para cuarenta mineros") are no victims.
"""

from __future__ import annotations

import pytest

from tests.summarize_helpers import call as _call

HARM = "No les pagan, les quitaron los documentos y no los dejan salir."
HARM_EN = "They are not paid, their passports were taken and they cannot leave."
HARM_PT = "Não pagam nada, tiraram os documentos e não deixam sair."


def _count(rules, text: str) -> int | None:
    return rules.decide(text)["victims"].value.count


def _one(line: str, harm: str = HARM) -> str:
    return _call("Línea contra la trata, buenas tardes.", f"{line} {harm}", "Vamos a derivar el caso a la fiscalía.")


# --- groups by number and size ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,n",
    [
        (_one("En seis meses salieron cuatro grupos, de cinco personas cada uno, casi todas chicas."), 20),
        (_one("mandaron tres grupos de seis chicos a la chacra"), 18),
        (_one("They brought two families of four from the highlands.", HARM_EN), 8),
        (_one("Trouxeram três grupos de cinco rapazes.", HARM_PT), 15),
    ],
)
def test_groups_of_a_size_multiply(rules, text, n):
    assert _count(rules, text) == n


def test_groups_of_years_are_no_people(rules):
    assert _count(rules, _one("Hay dos chicas ahí, en grupos de dos años ya.")) == 2


# --- a group told by its parts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,n",
    [
        (_one("The deckhands are eighteen Indonesians and six Filipinos, all men.", HARM_EN), 24),
        (_one("en el barco hay doce haitianos y tres ecuatorianos"), 15),
    ],
)
def test_parts_by_origin_add_up(rules, text, n):
    assert _count(rules, text) == n


# --- "N more" that reconciles two counts ----------------------------------------------------------------------------


def test_more_that_reconciles_a_part_with_a_total(rules):
    text = _call(
        "Hotline, good evening.",
        "I saw three girls get on the boat. One dropped a note: somos cinco. So there must be two more already on it.",
        "We are alerting the police now.",
    )
    assert _count(rules, text) == 5


def test_more_after_a_group_still_adds(rules):
    assert _count(rules, _one("Son tres chicas en la casa, y ayer trajeron dos más.")) == 5


# --- "the other" told before, "otra" standing for one more ----------------------------------------------------------


def test_that_other_one_is_no_one_more(rules):
    text = _one("Con sus dos primos se fue, los tres juntitos están. A ese otro chico sí lo han golpeado.")
    assert _count(rules, text) == 3


@pytest.mark.parametrize(
    "line,n",
    [
        ("Viene Kiara con un señor. A veces viene con ella otra, que le dicen la Flaca.", 2),
        ("mi hijo está en la mina hay otro, un primo", 2),
    ],
)
def test_other_without_noun_is_one_more(rules, line, n):
    assert _count(rules, _one(line)) == n


def test_the_other_without_noun_is_no_one_more(rules):
    assert _count(rules, _one("Mi hija está ahí. La otra, que le dicen la Flaca, ya se fue.")) == 1


# --- the noun before "más" ------------------------------------------------------------------------------------------


def test_noun_before_more_adds_to_the_one_named(rules):
    text = _one("Okay, so, a mi roommate, Ariana, y a dos chicas más de mi facultad les ofrecieron ese trabajo.")
    assert _count(rules, text) == 3


def test_more_or_less_after_a_noun_is_no_addition(rules):
    assert _count(rules, _one("Son dos chicas más o menos.")) == 2


# --- companions of a departure --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,harm,n",
    [
        ("Mi hija se fue con dos chicas de su pueblo a Lima.", HARM, 3),
        ("mi sobrina se escapó con tres amigas", HARM, 4),
        ("My daughter left with two other girls from school.", HARM_EN, 3),
        ("Minha filha foi com duas amigas para a mina.", HARM_PT, 3),
    ],
)
def test_companions_of_a_departure(rules, line, harm, n):
    assert _count(rules, _one(line, harm)) == n


# --- someone and her own kin ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,harm",
    [
        ("El año pasado ella y su sobrina fueron llevadas a un campamento.", HARM),
        ("She and her cousin were taken to a farm.", HARM_EN),
    ],
)
def test_someone_and_her_kin_are_two(rules, line, harm):
    assert _count(rules, _one(line, harm)) == 2


def test_someone_and_her_husband_are_not_two(rules):
    assert _count(rules, _one("Ella y su esposo la trajeron a Lima y la obligan a trabajar.")) == 1


# --- those served ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,harm",
    [
        ("Mi hermana cocinaba para cuarenta mineros sin sueldo.", HARM),
        ("My sister cooked for thirty workers at the camp.", HARM_EN),
    ],
)
def test_those_cooked_for_are_no_victims(rules, line, harm):
    assert _count(rules, _one(line, harm)) == 1


def test_workers_held_still_count(rules):
    assert _count(rules, _one("Tienen a treinta trabajadores en el campamento.")) == 30


# === exploitation: the work or harm described, not named ============================================================


def _forms(rules, text: str) -> list[str]:
    return [e.value for e in rules.decide(text)["exploitation_types"].value]


def _told(*lines: str) -> str:
    return _call("Línea contra la trata, buenas tardes.", *lines)


@pytest.mark.parametrize(
    "text",
    [
        _told(
            "El año pasado mi prima fue llevada a un campamento minero para cocinar, sin sueldo, y en las noches el "
            "dueño la obligaba a estar con los trabajadores.",
            "¿Sigue ahí?",
            "Ya salió.",
        ),
        _told(
            "un señor trajo a una niña de puno y anoche la obligó a estar con un hombre por plata",
            "dónde está ahora",
            "en el hostal",
        ),
    ],
)
def test_made_to_be_with_the_men_is_sexual(rules, text):
    assert "sexual" in _forms(rules, text)


def test_sent_to_stand_on_the_avenue_is_sexual(rules):
    text = _told(
        "Mi hermana vive con un tipo que la empezó a mandar a pararse en la avenida con otras chicas y le quita "
        "toda la plata. Ahora la tiene encerrada.",
        "¿Dónde?",
        "En Chimbote.",
    )
    assert "sexual" in _forms(rules, text)


def test_standing_at_the_corner_herself_is_not_sexual(rules):
    text = _told(
        "Estaba parada en la esquina esperando el bus y un señor me ofreció trabajo en su chacra, pero no me pagó nada "
        "y me quitó el DNI.",
        "¿Dónde fue?",
        "En Ica.",
    )
    assert "sexual" not in _forms(rules, text)


@pytest.mark.parametrize(
    "line",
    [
        "los mandan a ranchar celulares en el paradero y si no llevan tres no les dan comida",
        "The man sends the boys to snatch phones at the bus stops and beats them if they bring nothing.",
    ],
)
def test_sent_to_snatch_is_forced_criminality(rules, line):
    assert "forced_criminality" in _forms(rules, _told(line, "¿Cuántos son?", "Seis."))


def test_coca_charged_like_food_is_no_crime(rules):
    text = _told(
        "Mi hijo está en la mina de oro. El contratista no le paga, le cobra la comida, la coca, el cuarto, y no lo "
        "deja salir hasta que pague su deuda.",
        "¿Desde cuándo?",
        "Tres meses.",
    )
    assert _forms(rules, text) == ["labour"]


def test_coca_fields_are_still_a_crime(rules):
    text = _told(
        "Mi hijo está en una chacra de coca en la selva, no le pagan y no lo dejan salir.", "¿Dónde?", "En Pichari."
    )
    assert "forced_criminality" in _forms(rules, text)


def test_chores_listed_with_commas_for_a_relative_are_domestic(rules):
    text = _told(
        "She was working for my aunt in Surco, cooking, cleaning, taking care of my cousins, no school, no pay.",
        "Is she still there?",
        "Yes.",
    )
    assert _forms(rules, text) == ["domestic_servitude"]


def test_unpaid_work_told_in_the_same_turn_as_a_named_form(rules):
    text = _told(
        "Soy repartidor de un chifa en Chimbote. Me trajeron de Huari, no me pagan nada y dicen que les debo la moto. "
        "Y el dueño me hace llevar paquetitos de droga con la comida.",
        "¿Tienes tu DNI?",
        "No, me lo quitó.",
    )
    assert _forms(rules, text) == ["labour", "forced_criminality"]


def test_live_in_maid_abused_is_domestic_and_sexual(rules):
    text = _told(
        "Trabajó cuatro años como empleada cama adentro en una casa de San Isidro. No le pagaban y le quitaron el DNI. "
        "Y el dueño de casa abusaba sexualmente de ella.",
        "¿Sigue ahí?",
        "No, salió.",
    )
    assert _forms(rules, text) == ["sexual", "domestic_servitude"]


def test_unpaid_at_a_bar_stays_one_story(rules):
    text = _told(
        "A mi sobrina la tienen en un bar de Juliaca. No le pagan nada y la obligan a atender a los clientes.",
        "¿Cuántos años tiene?",
        "Dieciséis.",
    )
    assert _forms(rules, text) == ["sexual"]


def test_a_baby_offered_for_money_is_other(rules):
    text = _call(
        "Hotline, good evening.",
        "A woman from a Facebook group offered us a newborn. No agency, no court, just ten thousand dollars in cash. "
        "She took us to a house with a young girl and a baby boy. It's buying a baby.",
        "Did you pay anything?",
        "No, nothing.",
    )
    assert "other" in _forms(rules, text)


# === minors: the word for children denied by a "no" after it =======================================================


def _minors(rules, *answer: str) -> bool:
    text = _call(
        "Línea contra la trata.",
        "A mi hermana la tienen encerrada en un bar y la obligan a atender a los clientes, no le pagan.",
        *answer,
        "Vamos a derivar el caso.",
    )
    return rules.decide(text)["victims"].value.minors_involved


@pytest.mark.parametrize(
    "question,answer",
    [
        ("¿Hay otras personas en la casa? ¿Niños?", "No, niños no. Ella no tiene hijos."),
        ("hay niños con ellos", "niños no solo ellos dos"),
        ("hay algún menor de edad", "no menores no porque todos son mayorcitos"),
        ("Tem crianças lá?", "Crianças não, só ela."),
    ],
)
def test_children_denied_after_the_word(rules, question, answer):
    assert _minors(rules, question, answer) is False


def test_children_told_with_a_negated_verb_still_count(rules):
    assert _minors(rules, "¿Hay niños?", "Sí, hay dos niños, los niños no van a la escuela.") is True


# --- companions of a departure, with the where and when between -----------------------------------------------------


def test_companions_after_where_and_when(rules):
    line = "Mi sobrina se fue hace tres meses a trabajar a un restaurante en Tingo María, con dos chicas de su pueblo."
    assert _count(rules, _one(line)) == 3


def test_a_man_who_went_in_with_girls_is_not_counted(rules):
    text = _call(
        "Hotline, good evening.",
        "An older foreign guy just went into his room with two girls who look like they're maybe 14.",
        "We are sending the police.",
    )
    assert _count(rules, text) == 2
