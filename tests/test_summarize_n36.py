"""n36 (issue 4): a past case followed up by the caller, the victim out of it and nothing new told, is medium.

First runs over heldout23-50 (bench/results/notes_first_runs.md) drafted such follow-ups high where the writers gave
medium 5 times to 1; heldout51-58 agree (1 to 0). A threat told now, or the police or a shelter sent, keeps it high.
"""

from __future__ import annotations

import pytest

from summarize.backends.rules import RulesBackend


@pytest.fixture(scope="module")
def rules():
    return RulesBackend()


CALLER_FOLLOW_UP = (
    "operator: Línea contra la trata, buenas tardes.\n"
    "caller: Buenas tardes, yo llamé hace dos semanas por mi sobrina de quince años, la tenían en un bar sin pagarle.\n"
    "operator: Sí, tengo su caso. ¿Cómo está ella?\n"
    "caller: Ya volvió a la casa, está con nosotros. {now}\n"
    "operator: Vamos a derivarla a apoyo psicológico y a la fiscalía.\n"
)


def test_a_settled_follow_up_by_the_caller_is_medium(rules):
    d = rules.decide(CALLER_FOLLOW_UP.format(now="Estamos tranquilos."))
    assert d["call_type"].value.value == "follow_up"
    assert d["situation"].value.value == "past"
    assert d["urgency"].value.value == "medium"


def test_a_threat_told_keeps_the_callers_follow_up_high(rules):
    d = rules.decide(CALLER_FOLLOW_UP.format(now="Pero ayer el dueño del bar vino a amenazarnos a la casa."))
    assert d["call_type"].value.value == "follow_up"
    assert d["urgency"].value.value != "medium"


def test_an_ongoing_case_followed_up_stays_high(rules):
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Yo llamé la semana pasada por mi sobrina de quince años, sigue en el bar, no la dejan salir.\n"
        "operator: Sí, tengo su caso. Vamos a avisar a la policía.\n"
    )
    d = rules.decide(text)
    assert d["urgency"].value.value in ("high", "immediate")
