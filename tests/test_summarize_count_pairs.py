"""n37: a pair of victims told as a pair counts two.

How people say two people: a word for "both" or "these two" standing for people, one and the other told apart by their
ages, two people joined as one (a pronoun and one more, the personal "a" twice). A companion who is not a victim, the
caller beside one victim, "dos horas", "dos veces" and the operator's "¿son dos?" answered no stay one.
"""

from __future__ import annotations

import pytest

from summarize.backends.rules import RulesBackend


@pytest.fixture(scope="module")
def rules():
    return RulesBackend()


def count(rules, text: str) -> int:
    return rules.decide(text)["victims"].value.count


OPEN = "operator: Línea contra la trata, buenas tardes.\n"


@pytest.mark.parametrize(
    "text",
    [
        "caller: Mi hijo se fue con un señor a trabajar en la mina y no le pagan. Los dos todavía están allá, "
        "los amenazan.",
        "caller: En el bar obligan a salir con clientes a unas chicas, uno tiene dieciséis y el otro diecisiete.",
        "caller: Bajan de una camioneta a un señor que no tiene una pierna y a una chica, los obligan a pedir "
        "plata y les quitan todo.",
        "caller: Me escapé de un karaoke donde nos obligaban a salir con los clientes. Otras no había, solo "
        "nosotras dos.",
        "caller: They are held in a scam compound and beaten if they don't meet targets. Both are adults.",
        "caller: She and the little girl are locked in a room, the man makes them work without pay.",
        "caller: En un taller encierran a trabajar sin pago a unos chicos, esos dos siguen allá encerrados.",
        # the elder and the younger told in turn with their ages, over two sentences
        "caller: Mis hijos se han ido con un señor a la chacra de coca, no les pagan y los amenazan.\n"
        "operator: ¿Cuántos años tienen?\n"
        "caller: El mayor, Hilario, tiene dieciocho. El menorcito, Wilber, quince nomás.",
    ],
)
def test_a_pair_counts_two(rules, text):
    assert count(rules, OPEN + text) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one victim with a companion who is not a victim
        "caller: A mi sobrina la tienen en un bar obligándola a atender clientes. Su amiga me acompañó a la comisaría, "
        "ella está bien en su casa.",
        # the caller and one victim
        "caller: Yo llamo por mi hija, la tienen encerrada en una casa y la hacen trabajar sin pagarle.",
        # "dos horas", "dos veces"
        "caller: A mi hija la tienen encerrada en un bar, estuvo dos horas llorando por teléfono. Ya fui dos veces "
        "a la comisaría.",
        # the men who took him, told one and the other
        "caller: A mi hijo lo llevaron a una mina y no le pagan. A uno le dicen Zambo y el otro no sé su nombre.",
        # "la otra noche" is a time
        "caller: A una chica la obligan a salir con clientes en el bar de al lado. Una se oye llorando, la otra noche "
        "también.",
        # "both sides"
        "caller: My niece is forced to work in a house without pay. Both sides of the family are worried.",
        # the eldest of a family, no younger one told
        "caller: My niece is forced to work in a house without pay. The oldest is 16. She lives there.",
    ],
)
def test_one_victim_stays_one(rules, text):
    assert count(rules, OPEN + text) == 1


def test_the_operator_asking_two_answered_no_is_one(rules):
    text = (
        OPEN + "caller: A mi sobrina la tienen trabajando en un bar sin pagarle.\n"
        "operator: ¿Son dos?\n"
        "caller: No, es una sola, mi sobrina.\n"
    )
    assert count(rules, text) == 1
