"""Round 27 (heldout38/39 misses): how people count aloud. On short calls written for this round, each with negatives:

- An age is never a head count ("el chico tendrá unos doce y las chicas ..." is no "doce chicas").
- A number corrected with a bare "no" ("Eran cuatro... no, cinco", "Nine. No, eight now") counts the second number
  only; an age or a duration corrected is no head count.
- A total with its verb after it, closing the clause ("Nueve ya son, señorita."), as "son nueve"; not "dos son menores".
- One more told as the reason for a count ("son cuatro porque llegó otra más") is already in it; one more right after
  an age answered ("Quince tiene, y otro más igualito") is another of the group's ages.
- Every kin plural counts ("mis tres nietos", "my two nephews", "meus dois netos"), and the personal "a" may join two
  people ("a su hijo y a su sobrino").
"""

from __future__ import annotations

import pytest

from tests.summarize_helpers import call as _call


def _count(rules, text: str) -> int | None:
    return rules.decide(text)["victims"].value.count


# --- an age is never a head count ---------------------------------------------------------------------------------


def test_age_before_a_noun_is_no_count_lowercase(rules):
    text = _call(
        "línea contra la trata buenas noches",
        "le llamo de un hospedaje en puno llegó un señor con dos chicas y un chico y pidió un solo cuarto",
        "qué edad tienen",
        "el chico tendrá unos doce y las chicas unos dieciséis les quitaron los celulares",
        "vamos a avisar a la policía ahora mismo",
    )
    assert _count(rules, text) == 3


def test_a_count_before_its_noun_still_counts(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "En la chacra de mi vecino trabajan doce chicos sin pago y duermen en un galpón con candado.",
        "Vamos a pasar el caso a la fiscalía.",
    )
    assert _count(rules, text) == 12


# --- a number corrected with a bare "no" ---------------------------------------------------------------------------

CORRECTED = [
    # es cased: the correction, then one more given as its reason
    (
        "Línea contra la trata, buenas noches.",
        "En la parte de atrás de la pollería tienen a unos muchachos trabajando de noche. Eran cuatro... no, cinco, "
        "porque ayer trajeron a otro chico más.",
    ),
    # lowercase ASR
    (
        "línea contra la trata buenas tardes",
        "en el taller de mi cuadra hay unos chibolos cosiendo toda la noche tres chibolos no no cinco son cinco no les "
        "pagan nada",
    ),
    # en: a how-many answer corrected in the next sentence
    (
        "Línea contra la trata, good evening. How many workers are with you?",
        "Six of us. No, five now, one ran away last week. The boss keeps our passports and we work without pay, "
        "he says we owe him for the trip.",
    ),
    # pt
    (
        "Línea contra la trata, boa tarde. Quantas pessoas estão com você?",
        "Quatro, não, cinco. O patrão pegou nossos documentos, não paga nada e diz que a gente deve a viagem.",
    ),
]


@pytest.mark.parametrize("turns", CORRECTED)
def test_bare_no_corrects_a_count(rules, turns):
    assert _count(rules, _call(*turns, "Vamos a avisar a la policía.")) == 5


def test_corrected_age_is_no_count(rules):
    text = _call(
        "línea contra la trata buenas tardes",
        "trabajo cama adentro en una casa y la señora no me paga y tiene mi de ene i",
        "cuántos años tiene usted",
        "tengo diecinueve eh no veinte cumplí el mes pasado",
        "le vamos a poner una abogada gratuita",
    )
    assert _count(rules, text) == 1


def test_corrected_duration_is_no_count(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi hermano trabaja en una ladrillera. Le hacen trabajar diez horas, no, doce horas, y no le pagan.",
        "¿Está allá ahora?",
        "Sí, no lo dejan salir.",
    )
    assert _count(rules, text) == 1


def test_no_more_is_no_correction(rules):
    """ "dos nomás" / "dos no más" is "only two": the number after it is something else."""
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "En el bar de la esquina hay dos chicas no más, de unos quince años, y el dueño no las deja salir.",
        "Vamos a avisar a la policía.",
    )
    assert _count(rules, text) == 2


# --- a total said with its verb after it ---------------------------------------------------------------------------


def test_total_with_verb_after(rules):
    text = _call(
        "Línea contra la trata, buenos días.",
        "Un enganchador se llevó a mi hijo y a otros chicos de la comunidad a una mina. Nueve ya son, señorita.",
        "Vamos a pasar el caso a la fiscalía.",
    )
    assert _count(rules, text) == 9


def test_part_of_a_group_is_no_total(rules):
    text = _call(
        "Línea contra la trata, buenos días.",
        "En el restaurante de mi tío trabajan muchachas que vinieron de la selva y no les pagan, dos son de Iquitos.",
        "Vamos a avisar a la fiscalía.",
    )
    assert _count(rules, text) != 2


# --- one more as a reason or as another age ------------------------------------------------------------------------


def test_one_more_given_as_the_reason(rules):
    text = _call(
        "Línea contra la trata, buenas noches.",
        "En la discoteca del puerto tienen a cuatro chicas encerradas, son cuatro porque el sábado llegó otra chica "
        "más.",
        "Vamos a avisar a la policía.",
    )
    assert _count(rules, text) == 4


def test_one_more_told_after_a_group_adds(rules):
    text = _call(
        "Línea contra la trata, buenas noches.",
        "En la discoteca del puerto tienen a cuatro chicas encerradas. El sábado el dueño trajo a otra chica más.",
        "Vamos a avisar a la policía.",
    )
    assert _count(rules, text) == 5


def test_one_more_beside_an_age_is_another_age(rules):
    text = _call(
        "Línea contra la trata, buenos días.",
        "Se llevaron a seis chicos de mi comunidad a una chacra en la selva, a mi hijo también.",
        "¿Qué edad tiene su hijo?",
        "Quince nomás tiene, y otro más igualito. Los demás son mayores.",
        "Vamos a pasar el caso a la fiscalía.",
    )
    assert _count(rules, text) == 6


# --- kin plurals and the personal "a" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said, n",
    [
        ("Mis tres nietos se fueron con un señor a trabajar a una mina y no les pagan.", 3),
        ("My two nephews went with a man to work in a mine, he took their IDs and does not pay them.", 2),
        ("Meus dois netos estão trabalhando numa mina sem pagamento, o patrão ficou com os documentos deles.", 2),
    ],
)
def test_kin_plurals_count(rules, said, n):
    assert _count(rules, _call("Línea contra la trata, buenos días.", said, "Vamos a avisar a la fiscalía.")) == n


def test_personal_a_joins_two_people(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Un señor se llevó a mi hijo a Pucallpa y ahora lo obligan a vender droga.",
        "Señora, a su hijo y a su sobrino, si también está allá, los están obligando a cometer delitos.",
        "Sí, el sobrino está con él.",
    )
    assert _count(rules, text) == 2


# --- the caller and N others ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The agent put me and two other cooks in a back room, took our passports and never paid us.",
        "El capataz nos encerró a mí y a otras dos en un cuarto, nos quitó el DNI y no nos paga.",
        "O gato trouxe eu e mais dois para a fazenda, ficou com nossos documentos e não paga nada.",
    ],
)
def test_caller_and_others(rules, said):
    assert _count(rules, _call("Línea contra la trata, buenas noches.", said, "Vamos a avisar a la policía.")) == 3


def test_caller_and_a_number_without_other_adds_nobody(rules):
    """ "me and two hours" is no group: only "other / otros / mais" says the rest share the caller's plight."""
    text = _call(
        "Línea contra la trata, good night.",
        "The boss keeps my passport and never pays me. Between me and two hours of walking there is only forest.",
        "We will call the police.",
    )
    assert _count(rules, text) == 1
