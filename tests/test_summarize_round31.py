"""Round 31 (heldout46-48 misses): the operator's verdict and what follows it, in phrasings other than the sets', each
with negatives:

- The operator's verdict told as the signs that are missing ("no veo indicios de explotación", "I don't see any signs
  of trafficking") or as what it is, then "not trafficking" ("es un problema de su casero, no de trata."): no case.
  Said by the caller it is no verdict.
- After such a verdict, the operator telling what would make it a case, as a condition with its own content ("si algún
  día le quitan los papeles, nos llama") is information given; a bare "si ves algo así, llamas" is not.
"""

from __future__ import annotations

import pytest

from tests.summarize_helpers import call as _call


def _note(rules, text: str) -> dict:
    d = rules.decide(text)
    return {k: (v.value if k != "actions" else [a.value for a in v.value]) for k, v in d.items()}


_STORY_ES = (
    "Buenas, llamo porque en la chacra de al lado trabajan unos muchachos desde temprano hasta la tarde, todos los "
    "días, y mi esposo dice que eso puede ser explotación, yo la verdad no sé qué pensar y por eso llamo."
)
_STORY_EN = (
    "Hi, I'm staying at a hostel and the girl at the desk works there every day, long shifts, she told me she gets "
    "room and board and some pay, and my friend said it could be trafficking so I thought I should call."
)


# --- the verdict as the signs that are missing -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "verdict",
    [
        "Por lo que me dice no veo indicios de explotación, ellos cobran y regresan a su casa.",
        "no hay ninguna señal de trata ellos vuelven a su casa y cobran",
        "Pelo que a senhora conta, não vejo sinais de tráfico.",
    ],
)
def test_missing_signs_verdict_es(rules, verdict):
    text = _call("Línea contra la trata, buenas tardes.", _STORY_ES, "¿Cobran? ¿Vuelven a su casa?", "Sí, sí.", verdict)
    assert _note(rules, text)["call_type"].value == "not_relevant"


@pytest.mark.parametrize(
    "verdict",
    [
        "From what you say, I don't see any signs of trafficking here.",
        "This sounds like an ordinary job with long hours, not trafficking.",
        "There's no indication that anyone is controlling her.",
    ],
)
def test_missing_signs_verdict_en(rules, verdict):
    text = _call("Anti-trafficking line, good evening.", _STORY_EN, "Does she keep her passport?", "Yes.", verdict)
    assert _note(rules, text)["call_type"].value == "not_relevant"


def test_missing_signs_said_by_caller_is_no_verdict(rules):
    story = _STORY_ES + " No hay señales de trata, dice mi vecino, pero yo no le creo."
    text = _call("Línea contra la trata, buenas tardes.", story, "Entiendo, cuénteme más.", "Eso nomás.")
    assert _note(rules, text)["call_type"].value != "not_relevant"


def test_not_trafficking_needs_the_break(rules):
    # "no trata bien" is the verb, not the verdict
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _STORY_ES,
        "Entiendo. ¿El patrón los trata bien?",
        "El patrón no trata bien a los chicos, les grita y no les deja salir del fundo.",
    )
    assert _note(rules, text)["call_type"].value != "not_relevant"


# --- what would make it a case, after the verdict ---------------------------------------------------------------------
def test_signs_to_watch_after_verdict_is_information(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _STORY_ES,
        "¿Cobran? ¿Vuelven a su casa?",
        "Sí, sí.",
        "Entonces no veo indicios de explotación. Si algún día les quitan los documentos o no los dejan irse, "
        "nos llama.",
        "Ya, gracias.",
    )
    note = _note(rules, text)
    assert note["call_type"].value == "not_relevant"
    assert note["actions"] == ["information_given"]


def test_signs_to_watch_en(rules):
    text = _call(
        "Anti-trafficking line, good evening.",
        _STORY_EN,
        "Does she keep her passport?",
        "Yes.",
        "This sounds like an ordinary job with long hours, not trafficking. If you ever notice that she cannot leave "
        "the hostel or someone takes her wages, call us again.",
        "Okay, thanks.",
    )
    assert _note(rules, text)["actions"] == ["information_given"]


def test_vague_condition_is_no_information(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _STORY_ES,
        "¿Cobran? ¿Vuelven a su casa?",
        "Sí, sí.",
        "Entonces no veo indicios de explotación. Si algún día ves algo que te preocupa, llamas.",
        "Ya, gracias.",
    )
    assert _note(rules, text)["actions"] == ["none"]


# --- oversight and care roles introduce a professional; the embassy as a destination does not ----------------------
def _role(rules, text: str) -> str:
    return rules.decide(text)["caller_role"].value.value


_SEEN = "Hay cuatro chicas que no cobran hace meses y el encargado les guarda los documentos, no las deja salir."


@pytest.mark.parametrize(
    "intro",
    [
        "Buenas, soy supervisora de la Dirección Regional de Trabajo, vengo de una visita.",
        "Le habla la veedora del programa social, estuve hoy en el local.",
        "Good evening, I'm a factory auditor, I was on site today.",
        "Hi, we run the migrant workers' drop-in centre by the market.",
    ],
)
def test_oversight_role_is_professional(rules, intro):
    text = _call("Línea contra la trata, buenas noches.", intro + " " + _SEEN, "¿Dónde es?", "En el centro.")
    assert _role(rules, text) == "professional"


def test_driver_who_saw_it_is_no_professional(rules):
    text = _call(
        "Línea contra la trata, buenas noches.",
        "Buenas, soy taxista, hago carreras de noche. " + _SEEN,
        "¿Dónde es?",
        "En el centro.",
    )
    assert _role(rules, text) != "professional"


def test_embassy_as_destination_is_no_professional(rules):
    text = _call(
        "Anti-trafficking line, good evening.",
        "Please help, the boss locked me and two other men in the storeroom, we asked to go to the embassy and he "
        "got angry. He doesn't pay us.",
        "Where are you?",
        "In the warehouse by the port.",
    )
    assert _role(rules, text) == "victim"


def test_embassy_as_the_callers_office_is_professional(rules):
    text = _call(
        "Anti-trafficking line, good evening.",
        "Good evening, I'm calling from the consulate, two of our nationals came in today. " + _SEEN,
        "Where are they?",
        "Here with us.",
    )
    assert _role(rules, text) == "professional"


# --- the form the signs are signs of; work in someone's house; chores for someone beside an eatery ---
def _types(rules, text: str) -> list[str]:
    return [t.value for t in rules.decide(text)["exploitation_types"].value]


def test_signs_of_a_form_name_it(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Buenas, a mi sobrina le ofrecieron ir a una fábrica en Chile, le cobran el viaje y le retienen el carnet.",
        "Le explico: cobrar el viaje y retener el carnet son señales de alerta de explotación laboral.",
        "Ay, ya veo.",
    )
    assert _types(rules, text) == ["labour"]


def test_examples_before_the_warning_are_no_form(rules):
    # the form told as an example before "señales de alerta" is the operator's lesson, not this case
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Buenas, a mi sobrina le ofrecieron un trabajo en Chile y quería saber si es seguro.",
        "La explotación sexual y los bares son señales de alerta comunes, pero cuénteme más.",
        "No sé más, señorita.",
    )
    assert "sexual" not in _types(rules, text)


def test_work_in_someones_house_is_domestic(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi hermana estuvo trabajando en la casa de unos señores en Arequipa, no le pagaron nada en un año.",
        "¿Sigue allá?",
        "Sí, todavía.",
    )
    assert _types(rules, text) == ["domestic_servitude"]


def test_work_in_a_guest_house_is_no_home(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi hermana trabaja en la casa de huéspedes del pueblo, no le pagaron nada en un año.",
        "¿Sigue allá?",
        "Sí, todavía.",
    )
    assert _types(rules, text) != ["domestic_servitude"]


def test_chores_for_someone_beside_an_eatery_landmark(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "A la niña la llevaron donde la patrona para que le cuide a los bebés y le lave la ropa, no la mandan al "
        "colegio.",
        "¿Sabe dónde es?",
        "Al lado de una pollería, en la avenida principal.",
    )
    assert _types(rules, text) == ["domestic_servitude"]


def test_chores_at_the_eatery_stay_labour(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi prima trabaja en una pollería, lavando ollas y cocinando, y no le pagan nada, dice que le debe el pasaje.",
        "¿Desde cuándo?",
        "Desde enero.",
    )
    assert _types(rules, text) == ["labour"]


# --- who will call back; "get" someone to a doctor ---
def _actions(rules, text: str) -> list[str]:
    return [a.value for a in rules.decide(text)["actions"].value]


_CASE = "Mi hijo está en una mina en Puno, no le pagan y el patrón le guarda el DNI, no lo deja salir."


def test_colleague_will_call(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _CASE,
        "Vamos a pasar el caso a la fiscalía. Un colega del equipo aimara lo va a llamar mañana.",
        "Gracias, señorita.",
    )
    assert "follow_up_call" in _actions(rules, text)


def test_another_body_calling_is_the_referral(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _CASE,
        "Vamos a pasar el caso a la fiscalía. La defensa pública lo va a llamar esta semana.",
        "Gracias, señorita.",
    )
    assert "follow_up_call" not in _actions(rules, text)


def test_call_back_asked_and_declined(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        _CASE,
        "Voy a avisar ahora mismo a la policía. ¿Le puedo devolver la llamada a este número?",
        "No, no, mejor no me llamen.",
    )
    assert "follow_up_call" not in _actions(rules, text)


def test_get_someone_to_a_doctor(rules):
    text = _call(
        "Anti-trafficking line, good evening.",
        "My cousin escaped from a farm where they never paid him, his foot is badly cut.",
        "We'll refer the case to the prosecutor and get your cousin to a doctor tomorrow.",
        "Thank you.",
    )
    assert "referral_health" in _actions(rules, text)


def test_health_as_a_state_is_no_referral(rules):
    text = _call(
        "Anti-trafficking line, good evening.",
        "My cousin escaped from a farm where they never paid him, a doctor already saw his foot.",
        "We'll refer the case to the prosecutor.",
        "Thank you.",
    )
    assert "referral_health" not in _actions(rules, text)
