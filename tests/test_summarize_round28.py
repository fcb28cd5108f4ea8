"""Round 28 (heldout40/41 misses): who the caller is relative to the victim, and what is at stake and when.
On short calls written for this round, each with negatives:

- Kin who act on the caller are not the one the call is about: the kin who sends, sells or forces the caller ("mi
  padrastro quiere mandarme a trabajar") makes the caller the victim; the kin who told the caller to ring ("my wife
  told me to call") or whom the victim confided in ("le contó a mi esposa") passed the story on. The phone named with
  its owner ("el celular de mi tía") is no one the call is about.
- A caller who received people ("nos trajeron gente de la sierra") is the one they were brought to, not a victim.
- A role, not a name, after "le habla" with an article ("le habla el químico farmacéutico ..."), and someone else's
  friend ("her friend") is no tie of the caller's.
- A "no" that the speaker restates with "o sea" / "I mean" takes back a word, not what the restatement says.
- An offer made to the caller in any tense ("me han ofrecido trabajo").
"""

from __future__ import annotations

import pytest

from tests.summarize_helpers import call as _call


def _role(rules, text: str) -> str:
    return rules.decide(text)["caller_role"].value.value


# --- kin who act on the caller --------------------------------------------------------------------------------------

KIN_HARMS_ME = [
    # es cased
    _call(
        "Línea contra la trata, buenas noches.",
        "Tengo catorce años. Mi tío quiere venderme a un señor de la mina para que le cocine, dice que ya le pagaron.",
        "¿Dónde estás ahora?",
        "En mi casa, en Juliaca.",
    ),
    # lowercase ASR
    _call(
        "línea contra la trata buenas tardes",
        "señorita mi madrastra me quiere mandar a trabajar a una casa en arequipa y ya no voy a ir al colegio",
        "cuántos años tienes",
        "trece",
    ),
    # en
    _call(
        "Hotline, good evening.",
        "My stepfather sold me to a man who runs a bar in Cusco. I serve drinks every night and I cannot leave.",
        "Are you safe to talk?",
        "For a few minutes.",
    ),
    # pt
    _call(
        "Linha contra o tráfico, boa tarde.",
        "Meu padrasto quer me mandar para trabalhar numa fazenda em Madre de Dios sem salário, ele já recebeu "
        "dinheiro do dono e vou ter que pagar a dívida trabalhando.",
        "Quantos anos você tem?",
        "Quinze.",
    ),
]


@pytest.mark.parametrize("text", KIN_HARMS_ME)
def test_kin_who_sends_or_sells_the_caller_makes_the_caller_the_victim(rules, text):
    assert _role(rules, text) == "victim"


def test_kin_who_does_not_send_the_caller_leaves_a_family_member(rules):
    # the aunt is the one taken away, and the denied "no me obliga" is no harm to the caller
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi sobrina de quince años se fue con un señor a Madre de Dios. Mi hermano no me obliga a nada, "
        "pero no quiere denunciar.",
        "¿Cuándo se fue?",
        "El lunes, y no contesta el celular.",
    )
    assert _role(rules, text) == "family_member"


TOLD_ME_TO_CALL = [
    _call(
        "Línea contra la trata, buenos días.",
        "Buenos días. Me han ofrecido trabajo en una lancha en Iquitos y mi esposa me dijo que llame antes de ir.",
        "¿Qué le ofrecen?",
        "Tres meses río arriba, la paga al final, y tengo que dejarle mi DNI al patrón.",
    ),
    _call(
        "Hotline, good morning.",
        "Hi. A man at the port offered me a job on a fishing boat and my wife told me to call you before I sign.",
        "What did he offer?",
        "Six months at sea, paid at the end, and he wants my passport first.",
    ),
]


@pytest.mark.parametrize("text", TOLD_ME_TO_CALL)
def test_kin_who_told_the_caller_to_ring_is_not_the_one_at_risk(rules, text):
    assert _role(rules, text) == "victim"


def test_kin_the_victim_confided_in_passed_the_story_on(rules):
    text = _call(
        "Línea contra la trata, buenas noches.",
        "Buenas noches. Una chica de catorce que vive al frente le contó a mi esposa que su papá la quiere "
        "entregar a un señor.",
        "¿La chica está ahora en su casa?",
        "Sí, pero el señor viene el sábado por ella.",
    )
    assert _role(rules, text) != "family_member"


def test_a_phone_named_with_its_owner_is_no_kin_in_the_case(rules):
    text = _call(
        "línea contra la trata buenas tardes",
        "tengo dieciséis años el señor del taller nos hace trabajar de noche y no nos paga",
        "me dejas un número",
        "este es el celular de mi tía ella sí me cree",
    )
    assert _role(rules, text) == "victim"


def test_a_daughters_message_still_makes_a_family_member(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Mi hija me escribió anoche: no nos pagan y nos tienen encerradas en un restaurante en Puerto Maldonado.",
        "¿Cuántos años tiene su hija?",
        "Diecisiete.",
    )
    assert _role(rules, text) == "family_member"


# --- the caller who received people ---------------------------------------------------------------------------------


def test_the_caller_people_were_brought_to_is_not_a_victim(rules):
    text = _call(
        "Línea contra la trata, buenos días.",
        "Buenos días, tengo una chacra de palta en Chincha. Para la cosecha nos trajeron gente de Huancavelica, "
        "dieciocho personas, y el contratista les tiene los DNI y les descuenta todo.",
        "¿Usted lo ha visto?",
        "Sí, yo he visto cómo los encierran de noche en el galpón.",
    )
    assert _role(rules, text) == "witness"


def test_the_caller_brought_from_a_place_is_still_a_victim(rules):
    text = _call(
        "línea contra la trata buenas noches",
        "a mí y a otros dos nos trajeron de pucallpa para trabajar en un aserradero y no nos pagan nada",
        "pueden salir de ahí",
        "no nos dejan salir",
    )
    assert _role(rules, text) == "victim"


# --- a role after "le habla", someone else's friend -----------------------------------------------------------------

ROLE_AFTER_SPEAKING = [
    _call(
        "línea contra la trata buenas tardes",
        "buenas tardes le habla la farmacéutica de una botica en huacho ya son tres veces que viene un señor a comprar "
        "pastillas para unas chicas que tiene en un local",
        "qué más ha visto",
        "las chicas son menores se nota",
    ),
    _call(
        "Línea contra la trata, buenos días.",
        "Buenos días, le habla la asistenta social del hospital de Abancay. Atendimos a una adolescente que trabaja "
        "en un bar y no le pagan.",
        "¿Cuántos años tiene?",
        "Dieciséis.",
    ),
    _call(
        "Hotline, good afternoon.",
        "Hello, this is the school dentist in Puno. A girl of twelve told me she works every night in a restaurant, "
        "the owner does not pay her and locks her in.",
        "Is she in school now?",
        "Only some days.",
    ),
]


@pytest.mark.parametrize("text", ROLE_AFTER_SPEAKING)
def test_a_role_with_its_article_after_le_habla_is_professional(rules, text):
    assert _role(rules, text) == "professional"


def test_a_name_after_le_habla_is_not_a_role(rules):
    text = _call(
        "Línea contra la trata, buenas tardes.",
        "Le habla la mamá de Yesenia. Mi hija se fue a trabajar a una discoteca en Tumbes y no la dejan volver.",
        "¿Desde cuándo?",
        "Desde hace dos semanas.",
    )
    assert _role(rules, text) == "family_member"


def test_someone_elses_friend_is_no_tie_of_the_callers(rules):
    text = _call(
        "Hotline, good evening.",
        "I coordinate the volunteers at a migrant shelter in Tumbes. A woman who stayed with us and her friend were "
        "taken to a camp and they lock their room from outside.",
        "Do you know where?",
        "Near the border.",
    )
    assert _role(rules, text) == "professional"


def test_the_callers_own_friend_is_still_an_acquaintance(rules):
    text = _call(
        "Hotline, good evening.",
        "A friend of mine went to work at a karaoke in Lima and now they keep her passport and she cannot leave.",
        "How old is she?",
        "Twenty.",
    )
    assert _role(rules, text) == "acquaintance"


# --- a "no" taken back with "o sea" ---------------------------------------------------------------------------------


def test_a_no_restated_with_o_sea_does_not_deny_what_follows(rules):
    text = _call(
        "línea contra la trata buenas tardes",
        "yo estoy en un mercado cargando bultos bueno trabajo no o sea nos hacen trabajar y no nos pagan",
        "quién los hace trabajar",
        "un señor que nos trajo de la sierra",
    )
    assert _role(rules, text) == "victim"


def test_a_plain_no_still_denies(rules):
    from summarize.matching import Matcher
    from summarize.taxonomy import load_taxonomy
    from summarize.transcript import parse

    tax = load_taxonomy()
    t = parse("caller: no nos hacen trabajar de noche\n", tax)
    s = t.sentences[0]
    start = t.folded.index("nos hacen")
    assert Matcher(tax).negated(t, s, start, start + len("nos hacen trabajar"))


# --- the police offered on the caller's wish and turned down --------------------------------------------------------


def _urgency(rules, text: str) -> str:
    return rules.decide(text)["urgency"].value.value


REFUSED = [
    _call(
        "línea contra la trata buenas noches",
        "tengo dieciséis años mi tío me tiene trabajando en su chifa sin pago y no me deja salir",
        "si quieres ahora mismo aviso a la policía para que vaya al chifa",
        "no no por favor la policía no mi mamá se va a enterar",
        "está bien entonces pasamos tu caso a la fiscalía de familia",
    ),
    _call(
        "Hotline, good evening.",
        "I'm seventeen. The man who brought me here keeps my passport and makes me work in his bar at night.",
        "If you want, I can call the police right now so they go to the bar.",
        "No, not the police, please. Not yet.",
        "All right. We'll pass your case to the prosecutor for minors tomorrow.",
    ),
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_police_offer_turned_down_is_no_dispatch(rules, text):
    assert _urgency(rules, text) == "high"


def test_a_police_offer_taken_is_still_immediate(rules):
    text = _call(
        "Hotline, good evening.",
        "I'm seventeen. The man who brought me here keeps my passport and makes me work in his bar at night.",
        "If you want, I can call the police right now so they go to the bar.",
        "Yes, please, I'm in the back room now.",
        "I'm alerting the police right now. Stay on the line.",
    )
    assert _urgency(rules, text) == "immediate"


def test_a_dispatch_without_an_offer_is_still_immediate(rules):
    text = _call(
        "línea contra la trata buenas noches",
        "tengo dieciséis años mi tío me tiene trabajando en su chifa sin pago y no me deja salir",
        "ahora mismo aviso a la policía para que vaya al chifa",
        "no sé si van a llegar rápido",
    )
    assert _urgency(rules, text) == "immediate"
