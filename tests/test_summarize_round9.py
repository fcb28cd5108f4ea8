"""Round 9 of issue 4: broad mechanisms from the misses of heldout17, each kept only where it fixed calls in at
least two other sets. Each mechanism has a case that must fire (in two languages where it can) and one that must
not (negated, said by the operator, a past plan, a look-alike)."""

from __future__ import annotations

import pytest

from summarize.model import ExploitationType, Situation, Urgency


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


# ------------------------------------------------ the harm told as still ahead (tense and aspect) is at risk


@pytest.mark.parametrize(
    "call",
    [
        # a periphrastic future of a move, with the recruiter holding the papers (a sign that reads as happening)
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: En el terminal hay un señor con tres chicos de catorce años, van a subir al bus de las cinco.\n"
        "caller: Dicen que el señor les va a dar trabajo en la cosecha de café, él tiene todos sus DNI.\n",
        # a plan to hand a child over, told in the future
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi nieta tiene trece años. Su papá quiere darle a un señor mayor, y para la fiesta va a venir ese "
        "señor a llevársela.\n",
        # English: a plan and a move not yet made
        "operator: Anti-trafficking hotline, good afternoon.\n"
        "caller: My neighbour's daughter, she's sixteen, got a message from a modelling studio in Lima.\n"
        "caller: She wants to travel there next week. She hasn't gone yet.\n",
    ],
)
def test_harm_ahead_is_at_risk(rules, call):
    assert decide(rules, call)["situation"] == Situation.at_risk


@pytest.mark.parametrize(
    "call",
    [
        # a past plan ("la iba a recoger") in a case going on now
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Mi hija se fue a trabajar a un restaurante en Pucallpa, la señora la iba a recoger en el terminal.\n"
        "caller: Ahora no la dejan salir y no le pagan, la tienen encerrada.\n",
        # the future said by the operator is an action, not the harm ahead
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: A mi hermano lo tienen trabajando en una chacra, no le pagan y le quitaron el DNI.\n"
        "operator: Vamos a ir con la policía, van a ir mañana temprano.\n",
        # English: still held, the caller says so
        "operator: Anti-trafficking hotline.\n"
        "caller: My sister is still with them in the bar, they took her passport and she is forced to drink "
        "with clients. They want to move her to another city.\n",
    ],
)
def test_harm_not_ahead_stays_ongoing(rules, call):
    assert decide(rules, call)["situation"] == Situation.ongoing


# ------------------------------------------------ back in safe hands, in any person, is past


@pytest.mark.parametrize(
    "call",
    [
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Llamé la semana pasada por mi hija, la que estaba en el karaoke. La obligaban a tomar con los "
        "clientes.\n"
        "caller: Ya está conmigo, señorita, la policía entró el viernes. Ahora está acá en la casa.\n",
        "operator: Anti-trafficking hotline.\n"
        "caller: My son was made to carry drugs by a gang that took his passport and locked him in a flat.\n"
        "caller: They took him to hospital, he's out of danger now.\n",
    ],
)
def test_back_in_safe_hands_is_past(rules, call):
    assert decide(rules, call)["situation"] == Situation.past


@pytest.mark.parametrize(
    "call",
    [
        # where she is held is no safe home
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi sobrina de catorce años ahora está en la casa de una señora, la tiene de empleada y no le "
        "paga.\n",
        # asked, not told
        "operator: Anti-trafficking hotline.\n"
        "caller: My sister works in a bar, the owner took her passport and she is forced to drink with clients.\n"
        "operator: Is she safe now?\n"
        "caller: I don't know, she is still there.\n",
    ],
)
def test_not_in_safe_hands_stays_ongoing(rules, call):
    assert decide(rules, call)["situation"] == Situation.ongoing


# ------------------------------------------------ a person handed over for a price is the form "other"


@pytest.mark.parametrize(
    "call",
    [
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Soy obstetra. Una paciente dio a luz ayer y la escuché: la pareja ya tiene la plata lista, 3000 "
        "soles, y vienen a recoger a la bebé cuando le den el alta.\n",
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi nietecita tiene catorce años. Su papá quiere darle a un señor de la mina, para su mujer.\n"
        "caller: Ese señor le ha dado plata a mi hijo, y dos vaquitas también.\n",
        "operator: Anti-trafficking hotline.\n"
        "caller: My neighbour is seventeen and pregnant. A woman pays her room and told her to hand over the baby "
        "at birth.\n"
        "caller: The woman will give her 5,000 dollars.\n",
    ],
)
def test_person_for_a_price_is_other(rules, call):
    assert ExploitationType.other in decide(rules, call)["exploitation_types"]


@pytest.mark.parametrize(
    "call",
    [
        # fetched from school, with pay for work in the next sentence: no transfer of a person
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Mi vecino va a recoger a la niña del colegio todos los días.\n"
        "caller: A ella la tienen trabajando en su tienda y no le pagan ni un sol de plata.\n",
        # denied
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi hermana tiene una bebita. No quiere entregar a la bebé, aunque le ofrecen plata por adopción, "
        "ella dice que no.\n",
    ],
)
def test_no_price_for_a_person_is_not_other(rules, call):
    assert ExploitationType.other not in decide(rules, call)["exploitation_types"]


# ------------------------------------------------ a handover, marriage or organ sale still ahead is urgent (high)


@pytest.mark.parametrize(
    "call",
    [
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Mi prima tiene veinte años y sus papás la quieren casar con un señor mayor a cambio de plata, el "
        "domingo. Todavía está en la casa.\n",
        "operator: Anti-trafficking hotline.\n"
        "caller: A man is offering my brother 5,000 dollars for a kidney, he is thinking of accepting.\n"
        "caller: He is an adult, he has not travelled yet.\n",
    ],
)
def test_other_form_ahead_is_high(rules, call):
    d = decide(rules, call)
    assert d["situation"] == Situation.at_risk and d["urgency"] == Urgency.high


def test_job_offer_ahead_stays_medium(rules):
    d = decide(
        rules,
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: A mi hermana de veinte años le ofrecieron un trabajo de moza en Lima, quiere viajar "
        "la próxima semana. ¿Es seguro?\n",
    )
    assert d["situation"] == Situation.at_risk and d["urgency"] != Urgency.high
