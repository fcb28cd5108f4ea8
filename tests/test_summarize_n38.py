"""n38: general mechanisms found on heldout59-60 (how people say things), each with a negative case.

- a shelter the caller says the person is in already, named again by the operator, is no referral the hotline made;
- back from the place ("regresaron el mes pasado de una mina") and "con sus familias" (plural) tell a past case;
- a total said with who it counts ("son nueve, contándolo a él") is the count;
- "los cuatro" standing for tickets or papers named before it counts no people;
- in an ongoing case seen on the way, the stop the caller is at now ("el terminal de Chimbote") is the region;
- a child at work kept from school is held to the work (domestic servitude at a home);
- a victim staying now at a friend's or a relative's home is out of reach (past case: medium, not high).
"""

from __future__ import annotations

import pytest

from summarize.backends.rules import RulesBackend


@pytest.fixture(scope="module")
def rules():
    return RulesBackend()


def _v(d, field):
    v = d[field].value
    return getattr(v, "value", v)


SHELTER_FOLLOW_UP = (
    "operator: Línea contra la trata, buenas tardes.\n"
    "caller: Buenas tardes, soy psicóloga de un colegio, llamé hace un mes por una alumna de trece años que trabajaba "
    "en una casa sin pago.\n"
    "operator: Sí, tengo el caso. ¿Qué novedades tiene?\n"
    "caller: {told}\n"
    "operator: {said}\n"
)


def test_a_shelter_she_is_in_already_is_no_referral(rules):
    text = SHELTER_FOLLOW_UP.format(
        told="La fiscalía la sacó de esa casa y ahora está en un centro de acogida, ya está bien.",
        said="Muy bien, el centro de acogida también coordina con la familia y la fiscalía sigue el caso.",
    )
    assert "referral_shelter" not in [a.value for a in rules.decide(text)["actions"].value]


def test_a_shelter_found_by_the_operator_is_a_referral(rules):
    text = SHELTER_FOLLOW_UP.format(
        told="La fiscalía la sacó de esa casa pero no tiene dónde quedarse.",
        said="Vamos a conseguirle un lugar en un centro de acogida esta semana.",
    )
    assert "referral_shelter" in [a.value for a in rules.decide(text)["actions"].value]


def test_a_shelter_the_caller_only_asks_about_is_still_offered(rules):
    text = SHELTER_FOLLOW_UP.format(
        told="¿Hay algún albergue donde pueda estar?",
        said="Sí, vamos a coordinar un albergue para ella hoy mismo.",
    )
    assert "referral_shelter" in [a.value for a in rules.decide(text)["actions"].value]


BACK_FROM = (
    "operator: Línea contra la trata, buenos días.\n"
    "caller: Soy trabajador social. Atendemos a cinco adolescentes que {back} de una mina informal en Pataz.\n"
    "operator: ¿Qué les pasó?\n"
    "caller: Los tenían cargando mineral sin pago, dos meses así.\n"
)


def test_back_from_the_place_is_past(rules):
    d = rules.decide(BACK_FROM.format(back="regresaron el mes pasado"))
    assert _v(d, "situation") == "past"


def test_going_to_the_place_is_not_past(rules):
    d = rules.decide(BACK_FROM.format(back="trabajan todavía dentro"))
    assert _v(d, "situation") != "past"


def test_with_their_families_plural_is_past(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Los chicos estaban en un taller sin pago, no los dejaban salir. Hubo un operativo. "
        "Ya están con sus familias.\n"
    )
    assert _v(rules.decide(text), "situation") == "past"


COUNTING = (
    "operator: Línea contra la trata.\n"
    "caller: Mi hijo de diecisiete se fue a la cosecha, no les pagan y el portón lo cierran con cadena.\n"
    "operator: ¿Cuántos chicos son con él?\n"
    "caller: De acá de la comunidad se fueron cuatro, pero él dice que en su cuarto {total}.\n"
)


def test_a_total_said_with_who_it_counts_is_the_count(rules):
    d = rules.decide(COUNTING.format(total="son nueve, contándolo a él"))
    assert d["victims"].value.count == 9


def test_a_total_counting_in_english(rules):
    text = (
        "operator: Anti-trafficking hotline.\n"
        "caller: My brother is at a farm, they don't pay them and they can't leave. "
        "There are seven, including him.\n"
    )
    assert rules.decide(text)["victims"].value.count == 7


def test_a_number_without_who_it_counts_is_not_read_as_that_total(rules):
    d = rules.decide(COUNTING.format(total="no sabe cuántos hay, contándolo a él dicen que muchos"))
    assert d["victims"].value.count != 9


TICKETS = (
    "operator: Línea contra la trata, buenas noches.\n"
    "caller: Trabajo en la boletería del terminal de Chimbote. Hay un señor con unas chicas que van a Lima, "
    "tiene sus DNI y no se los quiere dar.\n"
    "operator: ¿Cuántas chicas son?\n"
    "caller: Son tres. Se ven menores, de quince, dieciséis años.\n"
    "caller: {last}\n"
    "operator: Estoy comunicando ahora mismo a la policía para que lleguen al terminal.\n"
)


def test_the_four_tickets_are_no_fourth_person(rules):
    d = rules.decide(TICKETS.format(last="Los pasajes salieron a nombre de él, ese compró los cuatro."))
    assert d["victims"].value.count == 3


def test_the_four_people_still_count(rules):
    d = rules.decide(TICKETS.format(last="Perdón, ahora veo que son cuatro chicas, las cuatro están con él."))
    assert d["victims"].value.count == 4


def test_the_stop_the_caller_is_at_is_the_region(rules):
    d = rules.decide(TICKETS.format(last="El bus sale a las diez."))
    assert _v(d, "region") == "Áncash"


def test_in_english_stopped_at_the_terminal(rules):
    text = (
        "operator: Anti-trafficking hotline.\n"
        "caller: I'm on an overnight bus from Tumbes to Lima, we're stopped at the terminal in Piura. There's a man "
        "with three teenage girls, one told me they are taking them to work in a club in Lima and he has their IDs.\n"
        "operator: I'm alerting the police right now.\n"
    )
    assert _v(rules.decide(text), "region") == "Piura"


def test_a_destination_without_a_stop_stays_the_destination(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Mi hermana está en un bar en Lima, la obligan a atender a los clientes, tiene dieciséis.\n"
        "caller: Ella es de Chimbote.\n"
    )
    assert _v(rules.decide(text), "region") == "Lima"


SCHOOL = (
    "operator: Línea contra la trata.\n"
    "caller: Soy profesora. Una alumna de doce años trabajaba en una casa de familia y {kept}.\n"
)


def test_a_child_working_in_a_home_kept_from_school_is_domestic_servitude(rules):
    d = rules.decide(SCHOOL.format(kept="no la dejaban venir al colegio"))
    assert [e.value for e in d["exploitation_types"].value] == ["domestic_servitude"]


def test_a_child_let_go_to_school_is_no_such_sign(rules):
    d = rules.decide(SCHOOL.format(kept="sí la dejaban venir al colegio todos los días"))
    assert "domestic_servitude" not in [e.value for e in d["exploitation_types"].value]


ESCAPED = (
    "operator: Línea contra la trata, buenas noches.\n"
    "caller: Vine hace un año, trabajaba en un taller de costura de siete a medianoche y nunca me pagaron, "
    "me decían que tenía que devolver el pasaje.\n"
    "operator: ¿Sigue usted en ese taller?\n"
    "caller: No, ya me escapé hace dos semanas. {now}\n"
    "operator: Una abogada la va a orientar sobre la denuncia. Mañana la llamamos.\n"
)


def test_staying_at_a_friends_home_now_is_out_of_reach(rules):
    d = rules.decide(ESCAPED.format(now="Ahora estoy en la casa de una amiga de la iglesia, pero no tengo mi DNI."))
    assert _v(d, "situation") == "past"
    assert _v(d, "urgency") == "medium"


def test_the_exploiters_house_is_no_safe_place(rules):
    d = rules.decide(ESCAPED.format(now="Pero ahora estoy en la casa de la señora otra vez, me encontró."))
    assert _v(d, "urgency") != "low"


def test_the_operator_saying_a_friends_home_is_not_the_callers_word(rules):
    d = rules.decide(
        ESCAPED.format(now="No tengo mi DNI.").replace(
            "Una abogada", "Si ahora está en la casa de una amiga quédese ahí. Una abogada"
        )
    )
    assert _v(d, "situation") == "past"
    assert _v(d, "urgency") == "high"  # the operator's words tell nothing of where she is


def test_the_callers_own_shelter_named_far_before_is_no_shelter_she_is_in(rules):
    # "My name is ... I coordinate the volunteers at the shelter": the caller's workplace, then a shelter arranged
    text = (
        "operator: Anti-trafficking hotline.\n"
        "caller: My name is Tom, I coordinate the volunteers at the Casa Refugio migrant shelter in Tacna. Two women "
        "who stayed with us left with a man who offered them jobs; now they are locked in a bar in Puno.\n"
        "operator: I'm alerting the police in Puno right now, and we'll arrange a shelter for both of them "
        "afterwards.\n"
    )
    assert "referral_shelter" in [a.value for a in rules.decide(text)["actions"].value]
