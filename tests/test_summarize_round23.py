"""Round 23 (from the misses of every set's mono run, grouped by cause; causes that recur across writers, not calls).
On short calls written for this round, in es cased / lowercase ASR / en / pt, each cause with negatives (a time of
day, a thing counted, a question, the other one already told):

- A group's size said without a noun: "los documentos de las tres", "a nosotros dos nos dejaron", "both of them",
  "the three of you", "das duas" count that many (not "a las tres de la tarde", "los cuatro pasajes").
- Any person noun in its diminutive counts like the noun: "tres mujercitas", "dos hermanitos", "tres chibolitas",
  "menorcitos" (not "dos semanitas", "tres vaquitas").
- "y a otra chica más": the Spanish "a" before "otra" marks the person, so it is one more (Portuguese "a outra" is
  still "the other one").
"""

from __future__ import annotations

import pytest


def count(rules, text: str) -> int:
    return rules.decide(text)["victims"].value.count


CALL = "Línea contra la trata, buenas tardes.\n{line}\n¿Qué más sabe?\n{more}\n"
LOCKED = "No les pagan y no las dejan salir, el dueño las encierra de noche."


# --- a group's size said without a noun ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "more", "n"),
    [
        ("Hay unas chicas en el bar de la esquina, vienen de Iquitos.", "Los DNI de las tres los tiene el dueño.", 3),
        (
            "aló señorita anoche nos hemos escapado de una chacra con mi primo",
            "a ellos los mandaron a su casa y a nosotros dos nos dejaron trabajando sin pago",
            2,
        ),
        (
            "Some girls from my village work in a bar in Puerto Maldonado.",
            "The owner keeps the passports of both of them.",
            2,
        ),
        ("My cousins are working on a boat and they are not paid.", "The three of them sleep in the storeroom.", 3),
        ("Minhas sobrinhas trabalham numa casa em Lima.", "O patrão ficou com os passaportes das duas.", 2),
    ],
)
def test_a_groups_size_said_without_a_noun_counts(rules, line, more, n):
    assert count(rules, CALL.format(line=line, more=more + " " + LOCKED)) == n


@pytest.mark.parametrize(
    ("line", "more"),
    [
        # times of day
        (
            "Mi hija trabaja en un restaurante en Chiclayo.",
            "Trabaja desde las seis de la mañana hasta las diez de la noche.",
        ),
        ("mi sobrina está en una casa en lima", "la recogen a las tres y la traen a las once"),
        ("mi hija trabaja en una casa en lima", "mañana a las tres la llama la abogada"),
        ("Mi hija trabaja en un bar en Tumbes.", "Sale en el carro de las diez."),
        # things counted, not people
        (
            "Hay una chica en el bus que viaja con un señor.",
            "El señor compró los cuatro pasajes y tiene el DNI de ella.",
        ),
        # a room for the party counts whoever travels with them
        ("Llegó un señor con una chica al hostal.", "Pidió un solo cuarto para los dos."),
        # the operator's question
        ("Mi hermana trabaja en una discoteca en Tumbes.", "¿Las dos están ahí ahora?"),
        ("My daughter works in a hotel in Cusco.", "She starts at two and finishes at ten."),
    ],
)
def test_times_things_and_questions_are_no_group_size(rules, line, more):
    assert count(rules, CALL.format(line=line, more=more + " " + LOCKED)) == 1


HOSPITAL = (
    "Línea contra la trata, buenas tardes.\n"
    "Soy obstetra del hospital. Una paciente dio a luz ayer y una pareja le va a pagar por la bebé.\n"
    "¿{who} siguen en el hospital?\n"
    "Sí, las dos están acá. Vienen a recogerla mañana.\n"
)


def test_a_group_answering_for_a_mother_and_her_baby_counts_the_baby(rules):
    assert count(rules, HOSPITAL.format(who="La mamá y la bebé")) == 1


def test_a_group_answering_for_two_girls_counts_two(rules):
    assert count(rules, HOSPITAL.format(who="La paciente y su hermanita")) == 2


# --- diminutives of person nouns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("Hay tres mujercitas trabajando en el bar de la carretera.", 3),
        ("dos hermanitos venden caramelos en la calle todo el día", 2),
        ("tengo tres chibolitas en el bus que viajan con un señor", 3),
        ("En la chacra hay cuatro menorcitos cargando sacos.", 4),
    ],
)
def test_a_diminutive_person_noun_counts(rules, line, n):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == n


@pytest.mark.parametrize(
    "line",
    [
        "Mi sobrina está hace dos semanitas en un bar de Tumbes.",
        "Al papá de la chica le dieron tres vaquitas por ella.",
        "Le compró dos cositas a la chica que trabaja en el bar.",
        # someone's own children at home are a family described, in the diminutive too
        "Ella ya tiene sus dos hijitas en Jaén, trabaja en el bar.",
    ],
)
def test_a_diminutive_of_no_person_or_denied_counts_no_group(rules, line):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 1


# --- one more after the Spanish "a" ---------------------------------------------------------------------------------


def test_y_a_otra_chica_mas_is_one_more(rules):
    line = "El viernes la policía entró a la discoteca y sacó a mi alumna y a otra chica más de dieciséis."
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 2


def test_those_one_lives_with_are_no_more_of_the_group(rules):
    line = "son dos hermanitas viven con su tía en la casa de la esquina todas las noches se las llevan a un karaoke"
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 2


@pytest.mark.parametrize(
    "line",
    [
        # Portuguese "a outra" is the other one, already told
        "Minha filha trabalha numa boate em Lima; a outra menina que foi com ela já voltou para casa.",
        # "la otra" is the other one too
        "Sacaron a mi alumna de la discoteca, la otra chica ya se había ido antes.",
    ],
)
def test_the_other_one_is_not_one_more(rules, line):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 1


# --- people a sex noun names who are not the victims ---------------------------------------------------------------


def sexes(rules, text: str) -> list[str]:
    return sorted(s.value for s in rules.decide(text)["victims"].value.sexes)


BOYS = (
    "Línea contra la trata, buenas tardes.\n"
    "Mi nieto Wilber y otros chicos trabajan en una mina en Madre de Dios, no les pagan y no los dejan salir.\n"
    "¿A qué número lo podemos llamar?\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Al celular de mi hija mayor, ella sabe todo.",
        "este número es de mi nuera, ella me ayuda",
    ],
)
def test_kin_as_the_phones_owner_or_the_one_in_charge_names_no_victims_sex(rules, line):
    assert sexes(rules, BOYS.format(line=line)) == ["male"]


@pytest.mark.parametrize(
    "line",
    [
        # another girl whose phone it is may be one of them
        "Este celular es de otra chica que trabaja con ellos en la mina.",
        # the daughter named otherwise is one of them
        "Mi hija también trabaja ahí, tiene el celular apagado.",
    ],
)
def test_other_girls_named_beside_the_phone_still_count(rules, line):
    assert sexes(rules, BOYS.format(line=line)) == ["female", "male"]


GIRLS = (
    "Línea contra la trata, buenas noches.\n"
    "Mi sobrina y otras chicas trabajan en un bar en Tumbes, no les pagan y las hacen salir con clientes.\n"
    "¿Quién está a cargo?\n"
    "{line}\n"
)


@pytest.mark.parametrize("line", ["El dueño es un muchacho de Piura.", "a dona é um rapaz que fica na porta"])
def test_the_one_in_charge_described_names_no_victims_sex(rules, line):
    assert sexes(rules, GIRLS.format(line=line)) == ["female"]


@pytest.mark.parametrize(
    "line",
    [
        # the one in charge holds a boy too
        "El dueño tiene un muchacho de mesero sin pago.",
        # the boy is described, not the boss
        "Hay un muchacho que también trabaja ahí sin pago.",
    ],
)
def test_a_boy_held_beside_the_one_in_charge_still_counts(rules, line):
    assert sexes(rules, GIRLS.format(line=line)) == ["female", "male"]


# --- a health word is a referral only as the object of an act of care ----------------------------------------------


def actions(rules, text: str) -> list[str]:
    return [a.value for a in rules.decide(text)["actions"].value]


HEALTH = (
    "Línea contra la trata, buenas tardes.\n"
    "Mi hija escapó de un bar en Tumbes, la obligaban a atender clientes y no le pagaban, ahora está conmigo en la "
    "casa.\n"
    "Entiendo, señora. Vamos a pasar el caso a la fiscalía. {line}\n"
    "Gracias, señorita.\n"
)
HEALTH_EN = (
    "Anti-trafficking hotline, good afternoon.\n"
    "My daughter escaped from a bar in Tumbes, they forced her to go with clients and never paid her. She is with me "
    "now.\n"
    "I understand. We'll pass the case to the prosecutor. {line}\n"
    "Thank you.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Vamos a coordinar con el centro de salud para que la revisen por los golpes.",
        "Y que a su hija la vean en el hospital por la mano, yo mañana la llamo.",
        "En Tumbes hay un centro donde una psicóloga puede atender a su hija.",
        "Vamos encaminhar ela para o posto de saúde ainda hoje.",
    ],
)
def test_a_health_word_after_an_act_of_care_is_a_health_referral(rules, line):
    assert "referral_health" in actions(rules, HEALTH.format(line=line))


def test_care_named_by_its_kind_in_english_is_a_health_referral(rules):
    line = "I'll ask for medical care for your daughter today."
    assert "referral_health" in actions(rules, HEALTH_EN.format(line=line))


def test_a_doctor_as_the_one_she_stays_with_is_no_referral(rules):
    line = "Keep her with the doctor and don't let anyone take her out."
    assert "referral_health" not in actions(rules, HEALTH_EN.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        # a place the police go to
        "Voy a pedir ahora mismo a la policía que vaya al puesto de salud.",
        # a party that talks to another
        "Mañana la llamo para confirmar que la fiscalía se comunicó con el hospital.",
        # a state
        "Eso lo pongo en el caso porque su salud está en riesgo.",
        # where she was seen before, a rule, what the law asks
        "Sirven los nombres de sus compañeros o la posta donde la atendieron.",
        "Solo se puede donar sin pago y con controles médicos estrictos.",
    ],
)
def test_a_health_word_as_a_place_a_party_or_a_state_is_no_referral(rules, line):
    assert "referral_health" not in actions(rules, HEALTH.format(line=line))


# --- a total before its breakdown, a compound number before a unit, thousands ------------------------------------


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("cuántos son esos chicos son siete cuatro chicas y tres muchachos los trajeron de huancavelica", 7),
        ("En el taller hay cuatro chicas y tres muchachos cosiendo.", 7),
        ("En mi carro va una señora con tres chicas de Sandia.", 4),
        ("somos cinco y nos tienen encerrados en el taller", 5),
    ],
)
def test_a_total_said_before_its_breakdown_is_not_added_to_it(rules, line, n):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == n


@pytest.mark.parametrize(
    "line",
    [
        "Mi hija trabaja en un call center. Se supone que eran cuarenta y cinco horas a la semana.",
        "Mi hija trabaja en un bar. El dueño dice que le debe, que con intereses ya son cinco mil.",
        "My sister works in a restaurant in Lima. He says she owes him, it's two thousand now.",
    ],
)
def test_hours_and_thousands_are_no_head_count(rules, line):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 1


# --- someone's children listed after "tiene" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A mi hija le escribe un señor por internet. Él tiene 34 años, tres hijos, y le ofreció trabajo en Lima.",
        "Mi sobrina trabaja para una señora que tiene una pollería en Ate, dice, y dos hijos chiquitos.",
    ],
)
def test_someones_children_listed_after_tiene_are_no_victims(rules, line):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == 1


@pytest.mark.parametrize(
    ("line", "n"),
    [
        # put to work right after
        ("Mi vecino tiene una ladrillera grande, y tres hijos trabajando ahí sin pago.", 3),
        # not children of anyone
        ("El dueño tiene cuatro chicas en el bar de la carretera.", 4),
    ],
)
def test_children_put_to_work_or_other_people_held_still_count(rules, line, n):
    assert count(rules, CALL.format(line=line, more=LOCKED)) == n
