"""Round 8 of issue 4: mechanisms generalised from the misses of heldout16. Each mechanism has a case that must
fire (in two languages where it can) and one that must not (negated, said by the caller, asked, or a look-alike)."""

from __future__ import annotations

import pytest

from summarize.model import Action
from summarize.transcript import parse


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


def speakers(rules, text: str) -> list[str]:
    return [s.speaker for s in parse(text, rules.taxonomy).sentences]


# ------------------------------------------------ the operator's appraisal is information given

_CASE_ES = (
    "operator: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?\n"
    "caller: Mi hermano trabaja en una chacra, el patrón le quitó el DNI y no le paga hace tres meses.\n"
)
_CASE_EN = (
    "operator: Anti-trafficking hotline, how can I help you?\n"
    "caller: My sister works in a lodge, the owner took her passport and does not pay her.\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "operator: Retener el DNI y no pagarle es un delito.",
        "operator: Usted no está obligado a pagar esa deuda.",
        "operator: Su hermano tiene derecho a cobrar su sueldo.",
        "operator: Lo que usted describe son señales de trabajo forzoso.",
        "operator: La ley lo considera a él una víctima.",
        "operator: En el Perú el consentimiento no cuenta si hubo engaño.",
    ],
)
def test_operator_appraisal_es_is_information(rules, said):
    assert Action.information_given in decide(rules, _CASE_ES + said)["actions"]


@pytest.mark.parametrize(
    "said",
    [
        "operator: Keeping her passport is not legal, and it is a serious crime in Peru.",
        "operator: She does not owe him that money, and she has the right to get her passport back.",
        "operator: Being locked in and unpaid are signs of forced labour.",
        "operator: Victims should not be punished for what they were forced to do.",
        "operator: Handing over your passport is a warning sign.",
        "operator: Not paying her for months is a crime.",  # a "not" inside the subject of the copula
    ],
)
def test_operator_appraisal_en_is_information(rules, said):
    assert Action.information_given in decide(rules, _CASE_EN + said)["actions"]


@pytest.mark.parametrize(
    "said",
    [
        "caller: Yo sé que es un delito, por eso llamo.",  # the caller's words
        "operator: ¿Usted sabía que eso es un delito?",  # a question
        "operator: Puede ser mendicidad, que es una forma de trata.",  # a bare label of the case
        "operator: Su hermano no ha cometido ningún delito.",  # look-alike: no appraisal of the facts
        "operator: Eso no es un delito, es un malentendido.",  # the appraisal denied
    ],
)
def test_no_appraisal_no_information(rules, said):
    text = _CASE_ES + said
    assert Action.information_given not in decide(rules, text)["actions"]


def test_no_case_but_the_law_explained_is_information(rules):
    # not trafficking, yet the operator explains why and what right the caller has
    text = (
        "operator: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?\n"
        "caller: Mi jefe no me ha pagado dos quincenas, pero yo me voy a mi casa cada noche y tengo mis papeles.\n"
        "operator: Por lo que me cuenta no es trata. Es un incumplimiento laboral, y tiene derecho a cobrar.\n"
        "caller: Ya, gracias."
    )
    d = decide(rules, text)
    assert d["_case"] is False
    assert d["actions"] == [Action.information_given]


def test_no_case_and_only_a_redirect_is_no_action(rules):
    text = (
        "operator: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?\n"
        "caller: Hola, ¿es la pizzería? Quiero pedir una familiar.\n"
        "operator: No señor, esta línea es para casos de trata de personas.\n"
        "caller: Ah, disculpe."
    )
    d = decide(rules, text)
    assert d["_case"] is False
    assert d["actions"] == [Action.none]


def test_the_law_explained_is_operator_phrasing_in_mono(rules):
    text = (
        "Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?\n"
        "Trabajamos en un albergue de la selva, el dueño tiene nuestros pasaportes y dice que le debemos dinero.\n"
        "Keeping your passports is not legal in Peru. You do not owe him that money."
    )
    assert speakers(rules, text)[-1] == "operator"


# ------------------------------------------------ taken from home is where it began, not an escape


def test_taken_from_her_community_is_no_escape(rules):
    text = (
        "caller: Soy obstetra. Me contó que la sacaron de su comunidad con la promesa de estudiar y la llevaron a "
        "un campamento maderero a cocinar sin pago. El señor está afuera esperándola.\n"
        "operator: Entiendo."
    )
    assert decide(rules, text)["situation"].value == "ongoing"


def test_taken_out_of_a_house_is_past(rules):
    text = "caller: La policía la sacó. A mi hermana la sacaron de una casa donde no le pagaban, ya está conmigo."
    assert decide(rules, text)["situation"].value == "past"


# ------------------------------------------------ forced sex described, not named


@pytest.mark.parametrize(
    "line",
    [
        "caller: Ella tiene catorce años y este señor la obliga a tener relaciones con él.",
        "caller: She is fourteen and the man forces her to have sex with him.",
    ],
)
def test_forced_sex_described_is_sexual(rules, line):
    assert "sexual" in [e.value for e in decide(rules, line)["exploitation_types"]]


def test_relations_not_forced_is_not_sexual(rules):
    text = "caller: Mi sobrina tiene buenas relaciones con su jefe, pero él le quitó el DNI y no le paga."
    assert "sexual" not in [e.value for e in decide(rules, text)["exploitation_types"]]


# ------------------------------------------------ officers sent now, or the case handed to investigators

_HELD = "caller: Mi hermana está en un taller, no la dejan salir y le quitaron el DNI.\n"


@pytest.mark.parametrize(
    "said",
    [
        "operator: Voy a comunicar ahora mismo a la comisaría más cercana para que envíen efectivos al taller.",
        "operator: I am calling the police station right now so that they send officers to the workshop.",
    ],
)
def test_officers_sent_now_is_dispatch_and_immediate(rules, said):
    d = decide(rules, _HELD + said)
    assert Action.police_dispatch in d["actions"]
    assert d["urgency"].value == "immediate"


@pytest.mark.parametrize(
    "said",
    [
        "operator: Voy a derivar el caso a la policía especializada y a la DEMUNA para que intervengan y verifiquen.",
        "operator: I will pass the case to the police anti-trafficking unit so they can investigate it.",
    ],
)
def test_case_handed_to_investigators_is_no_dispatch(rules, said):
    assert Action.police_dispatch not in decide(rules, _HELD + said)["actions"]


def test_case_handed_on_with_a_place_to_go_is_dispatch(rules):
    said = "operator: Vamos a derivar el caso a la policía especializada para que intervengan en el taller."
    assert Action.police_dispatch in decide(rules, _HELD + said)["actions"]


def test_police_sent_to_the_health_centre_is_no_health_referral(rules):
    said = "operator: Voy a avisar ahora mismo a la comisaría para que envíen efectivos al centro de salud."
    assert Action.referral_health not in decide(rules, _HELD + said)["actions"]
    said = "operator: También la vamos a derivar al centro de salud para que la atiendan."
    assert Action.referral_health in decide(rules, _HELD + said)["actions"]


# ------------------------------------------------ out of contact is high


@pytest.mark.parametrize(
    "line",
    [
        "caller: Llamo por mi hija, no sé nada de ella hace un mes, se fue a trabajar de moza a Pucallpa y ahora "
        "su celular está apagado.",
        "caller: My daughter went to work in a restaurant in Lima and we lost contact with her a month ago.",
    ],
)
def test_out_of_contact_is_high(rules, line):
    assert decide(rules, line)["urgency"].value == "high"


def test_in_contact_is_not_high(rules):
    line = "caller: Mi hija se fue a trabajar de moza a Pucallpa, hablo con ella cada día, pero no le pagan el sueldo."
    assert decide(rules, line)["urgency"].value == "medium"


# ------------------------------------------------ a child about to be handed over


def test_child_about_to_be_married_off_reported_is_high(rules):
    text = (
        "caller: Soy profesora. Una alumna de trece años me contó que sus papás la van a casar con un señor "
        "a cambio de dinero.\n"
        "operator: Gracias por avisar."
    )
    d = decide(rules, text)
    assert d["situation"].value == "at_risk"
    assert d["urgency"].value == "high"


def test_job_offer_to_a_minor_reported_stays_medium(rules):
    text = (
        "caller: I'm a teacher. One of my students, she's 15, says an agency offered her a contract in Mexico "
        "and now they're saying they'll pay for her flight.\n"
        "operator: Thank you for calling."
    )
    d = decide(rules, text)
    assert d["situation"].value == "at_risk"
    assert d["urgency"].value == "medium"


# ------------------------------------------------ the wrong service, said as what this line handles


def test_the_line_handles_other_cases_is_not_relevant(rules):
    text = (
        "operator: línea contra la trata buenos días en qué le puedo ayudar\n"
        "caller: buenos días joven quería denunciar que me han robado mi celular en el paradero cuando bajaba del "
        "micro y no sé qué hacer con mis cuentas del banco\n"
        "operator: lamento lo que le pasó señora esta línea atiende casos de trata de personas y explotación\n"
        "caller: ah y no es la línea de la policía\n"
        "operator: no señora esta no es la central de la policía para denunciar un robo tiene que ir a la comisaría"
    )
    assert decide(rules, text)["call_type"].value == "not_relevant"


def test_the_line_handles_trafficking_and_a_case_told_is_relevant(rules):
    text = (
        "operator: Línea contra la trata, buenos días. Esta línea atiende casos de trata de personas.\n"
        "caller: Por eso llamo, a mi sobrina la tienen encerrada en un bar y no le pagan."
    )
    assert decide(rules, text)["call_type"].value != "not_relevant"


# ------------------------------------------------ a vague quantity in a consultation counts nobody


@pytest.mark.parametrize(
    "line",
    [
        "caller: una consulta nomás en mi barrio pasan un aviso de trabajo en España con pasaje pagado y varios "
        "chicos están interesados, quería saber si lo comparto",
        "caller: just a question, there's an ad for farm work in Spain with the flight paid and several boys in "
        "my neighbourhood are interested, I wanted to know if I should share it",
    ],
)
def test_vague_quantity_in_a_consultation_is_no_head_count(rules, line):
    text = "operator: línea contra la trata buenas tardes\n" + line
    assert decide(rules, text)["victims"].count == 0


def test_vague_quantity_in_a_report_still_counts(rules):
    text = (
        "operator: línea contra la trata buenas tardes\n"
        "caller: en el taller de mi vecino varios chicos trabajan encerrados, no les pagan y les quitaron el DNI"
    )
    assert decide(rules, text)["victims"].count >= 2


# ------------------------------------------------ an offer's terms, nothing begun yet

_OFFER_EN = (
    "operator: Línea contra la trata, buenos días. How can I help?\n"
    "caller: The lady who cleans our flat showed me a job offer she got and asked what I thought, so I thought "
    "I'd ask you.\n"
    "operator: What does the offer say?\n"
    "caller: It's for nannies in Dubai, flight paid, and the agency keeps the passport for the visa process.\n"
)


def test_offer_terms_not_yet_taken_are_a_risk(rules):
    text = _OFFER_EN + (
        "operator: Has she already sent the money or her documents?\ncaller: No, not yet. She hasn't sent anything."
    )
    d = decide(rules, text)
    assert [e.value for e in d["exploitation_types"]] == ["unknown"]
    assert d["situation"].value == "at_risk"
    assert d["call_type"].value == "information_request"
    assert d["caller_role"].value == "acquaintance"
    assert d["victims"].count == 1


def test_offer_terms_already_happening_are_a_form(rules):
    text = (
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi prima trabaja de niñera en una casa en Lima, la señora le quitó el pasaporte y no le paga hace "
        "tres meses.\n"
        "operator: ¿Ya le devolvieron el pasaporte?\n"
        "caller: No, todavía no."
    )
    d = decide(rules, text)
    assert [e.value for e in d["exploitation_types"]] != ["unknown"]
    assert d["situation"].value == "ongoing"


@pytest.mark.parametrize(
    "line",
    [
        "caller: My neighbour got a job offer abroad and asked me what I think, I don't know, so I thought I'd ask.",
        "caller: A mi vecina le ofrecieron trabajo en Chile y me preguntó qué opinaba, quería un consejo.",
    ],
)
def test_asking_advice_on_an_offer_is_information_request(rules, line):
    assert decide(rules, "operator: Línea contra la trata, buenos días.\n" + line)["call_type"].value == (
        "information_request"
    )


def test_the_cleaner_of_a_hostel_is_no_acquaintance(rules):
    text = (
        "operator: Línea contra la trata, buenos días.\n"
        "caller: I work at the reception of a hostel. The lady who cleans the rooms told me a girl is locked in "
        "room 4 and is not allowed to leave."
    )
    assert decide(rules, text)["caller_role"].value != "acquaintance"


# ------------------------------------------------ one victim has one sex


@pytest.mark.parametrize(
    "line",
    [
        "caller: É sobre minha filha, ela está no Peru. Foi para Cusco com um namorado peruano e agora não deixam "
        "ela sair da casa, ela trabalha sem pagamento.",
        "caller: Es por mi hija. Se fue a Lima con un señor que le ofreció trabajo, mi hija dice que no la dejan "
        "salir y no le pagan.",
    ],
)
def test_one_victim_one_sex(rules, line):
    d = decide(rules, "operator: Línea contra la trata, buenas tardes.\n" + line)
    assert d["victims"].count == 1
    assert [s.value for s in d["victims"].sexes] == ["female"]


def test_a_boy_and_a_girl_keep_both_sexes(rules):
    line = "caller: Mi hijo y mi hija trabajan en una mina, no les pagan y no los dejan salir."
    d = decide(rules, "operator: Línea contra la trata, buenas tardes.\n" + line)
    assert d["victims"].count == 2
    assert sorted(s.value for s in d["victims"].sexes) == ["female", "male"]


def test_an_uncounted_group_of_boys_and_girls_keeps_both_sexes(rules):
    line = (
        "caller: Unos niños y niñas venden caramelos en el semáforo hasta la medianoche, un señor les quita la plata."
    )
    d = decide(rules, "operator: Línea contra la trata, buenas tardes.\n" + line)
    assert sorted(s.value for s in d["victims"].sexes) == ["female", "male"]


# ------------------------------------------------ numbers that are no head count, no age


@pytest.mark.parametrize(
    "line",
    [
        "caller: Una niña de trece años va a vivir con un señor a cambio de plata, solo lo ha visto dos veces.",
        "caller: My student, she's thirteen, says her parents are going to marry her to a man for money, she has "
        "only seen him three times.",
    ],
)
def test_times_seen_is_no_head_count(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 1


def test_children_seen_is_a_head_count(rules):
    line = "caller: He visto dos niñas vendiendo caramelos de noche, un señor les quita la plata."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 2


def test_the_units_of_a_compound_number_are_no_age(rules):
    line = "caller: A mi prima la tiene un señor de treinta y cinco años en su casa, no le paga y no la deja salir."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].minors_involved is False
    line = "caller: A mi prima de cinco años la tiene un señor en su casa, la hace vender caramelos y no la deja salir."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].minors_involved is True


# ------------------------------------------------ a tourist visa is no tourist


@pytest.mark.parametrize(
    "line",
    [
        "caller: una consulta nomás en mi barrio pasan un aviso de trabajo en España, dice que hay que viajar con "
        "visa de turista y que el contrato lo firman allá, quería saber si es confiable",
        "caller: just a question, there's an ad for work in Spain, you travel on a tourist visa and sign the "
        "contract there, I wanted to know if it's legit",
    ],
)
def test_a_tourist_visa_is_no_witness(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["caller_role"].value == "general_public"


def test_a_tourist_who_saw_it_is_a_witness(rules):
    line = (
        "caller: Soy turista, estoy en un hostal en Cusco y vi a dos niñas pidiendo plata en la calle hasta la "
        "medianoche, un señor les quita todo y les pega."
    )
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["caller_role"].value == "witness"


# ------------------------------------------------ a professional calling back about a case


def test_a_social_worker_following_up_in_mono(rules):
    text = (
        "Línea contra la trata, buenos días.\n"
        "Buenos días. Soy asistenta social de la municipalidad. La semana pasada reporté el caso de tres "
        "adolescentes que trabajan en una mina. Llamo para dar seguimiento.\n"
        "Gracias por llamar. ¿Qué novedades tiene?"
    )
    assert speakers(rules, text)[1] == "caller"
    d = decide(rules, text)
    assert d["caller_role"].value == "professional"
    assert d["call_type"].value == "follow_up"


def test_the_operator_promising_follow_up_is_no_follow_up_call(rules):
    text = (
        "operator: Línea contra la trata, buenos días.\n"
        "caller: Mi sobrino de quince años trabaja en una mina, no le pagan y no lo dejan salir.\n"
        "operator: Vamos a derivar el caso a la fiscalía y la llamamos para dar seguimiento."
    )
    assert decide(rules, text)["call_type"].value != "follow_up"


# ------------------------------------------------ the rest of a group already counted


def test_the_other_two_of_three_are_three(rules):
    text = (
        "caller: Reporté el caso de tres adolescentes que trabajan en una mina. Uno regresó a su casa, "
        "dice que los otros dos siguen allá cargando mineral."
    )
    assert decide(rules, "operator: Línea contra la trata.\n" + text)["victims"].count == 3


def test_she_and_two_others_are_three(rules):
    text = "caller: Mi hija está en un bar en Juliaca con otras dos chicas, no las dejan salir y no les pagan."
    assert decide(rules, "operator: Línea contra la trata.\n" + text)["victims"].count == 3


# ------------------------------------------------ "two of us"; a call-back promised in Portuguese


@pytest.mark.parametrize(
    "line",
    [
        "caller: The owner took our passports and says we can't leave until we pay. Two of us, me and another girl.",
        "caller: El dueño nos quitó los pasaportes, dos de nosotras no podemos irnos hasta pagarle la deuda.",
    ],
)
def test_two_of_us_counts_two(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 2


def test_two_of_the_rooms_is_no_head_count(rules):
    line = "caller: The owner took my passport and says I can't leave until I pay, he locks two of the rooms."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 1


def test_vou_ligar_de_volta_is_a_follow_up_call(rules):
    text = (
        "operator: Boa noite.\ncaller: Minha filha está trancada num quarto em cima de uma boate.\n"
        "operator: Vou ligar de volta para a senhora em uma hora para contar o que a polícia encontrou."
    )
    assert Action.follow_up_call in decide(rules, text)["actions"]
    text = (
        "operator: Boa noite.\ncaller: Minha filha está trancada num quarto em cima de uma boate.\n"
        "operator: Não vou ligar para ela, só a polícia vai usar a informação."
    )
    assert Action.follow_up_call not in decide(rules, text)["actions"]


# ------------------------------------------------ who asks about an adult's offer


def test_an_outsider_asking_about_an_adults_offer_is_low(rules):
    d = decide(rules, _OFFER_EN + "operator: Has she already sent anything?\ncaller: No, not yet.")
    assert d["caller_role"].value == "acquaintance"
    assert d["urgency"].value == "low"


@pytest.mark.parametrize(
    "line",
    [
        "caller: Una consulta, a mi hija le ofrecieron trabajo de niñera en Dubái con pasaje pagado, la agencia se "
        "queda con el pasaporte, ¿es confiable?",
        "caller: Just a question, my daughter got a job offer as a nanny in Dubai, flight paid, and the agency keeps "
        "the passport. Is it legit?",
    ],
)
def test_the_family_asking_about_an_adults_offer_is_medium(rules, line):
    d = decide(rules, "operator: Línea contra la trata.\n" + line + "\noperator: ¿Ya viajó?\ncaller: No, todavía no.")
    assert d["call_type"].value == "information_request"
    assert d["urgency"].value == "medium"


# ------------------------------------------------ an English question tagged on after a comma


def test_a_statement_before_an_english_tag_question_stands(rules):
    line = (
        "caller: Just a question, my daughter got a job offer as a nanny in Dubai, flight paid, and the agency keeps "
        "the passport, is it legit?"
    )
    text = "operator: Línea contra la trata.\n" + line
    t = parse(text, rules.taxonomy)
    assert [s.is_question for s in t.sentences][-2:] == [False, True]
    assert decide(rules, text)["caller_role"].value == "family_member"


def test_a_whole_english_question_stays_one_question(rules):
    text = "operator: Línea contra la trata.\ncaller: Is it legal, in Peru, that an agency keeps a worker's passport?"
    t = parse(text, rules.taxonomy)
    assert [s.is_question for s in t.sentences][1:] == [True]


# ------------------------------------------------ a professional reporting exploitation going on


@pytest.mark.parametrize(
    "intro",
    [
        "caller: Soy inspectora de trabajo. En una fábrica de Ate seis trabajadores adultos trabajan catorce horas sin "
        "pago, el dueño les retiene el DNI.",
        "caller: I'm a labour inspector. At a factory in Ate six adult workers work fourteen hours a day without pay, "
        "the owner keeps their IDs.",
    ],
)
def test_a_professional_reporting_ongoing_exploitation_is_high(rules, intro):
    d = decide(rules, "operator: Línea contra la trata.\n" + intro)
    assert d["caller_role"].value == "professional"
    assert d["urgency"].value == "high"


def test_a_passer_by_reporting_the_same_stays_medium(rules):
    line = (
        "caller: Paso todos los días por una fábrica de Ate, unos trabajadores adultos me contaron que trabajan "
        "catorce horas sin pago y el dueño les retiene el DNI."
    )
    d = decide(rules, "operator: Línea contra la trata.\n" + line)
    assert d["caller_role"].value != "professional"
    assert d["urgency"].value == "medium"


# ------------------------------------------------ a sale, a marriage, a handover: one act, still ahead


@pytest.mark.parametrize(
    "line",
    [
        "caller: Mi nieta de trece años, sus papás la van a casar con un señor mayor a cambio de dos vacas, todavía "
        "está en la casa.",
        "caller: Mi vecina dice que su cuñado va a vender a su bebé a una pareja por cinco mil soles.",
        "caller: A man offered my cousin money to sell her baby, the handover is next week.",
    ],
)
def test_a_handover_still_ahead_is_at_risk_and_reported(rules, line):
    d = decide(rules, "operator: Línea contra la trata.\n" + line)
    assert [e.value for e in d["exploitation_types"]] == ["other"]
    assert d["situation"].value == "at_risk"
    assert d["call_type"].value == "report"


def test_a_handover_asked_about_is_a_consultation(rules):
    line = "caller: A friend of mine was offered money for her kidney, she has not decided yet, is that legal?"
    d = decide(rules, "operator: Línea contra la trata.\n" + line)
    assert d["situation"].value == "at_risk"
    assert d["call_type"].value == "information_request"


def test_a_form_of_work_told_without_time_stays_ongoing(rules):
    line = "caller: Mi nieta de trece años trabaja en una casa en Lima, no le pagan y no la dejan salir."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["situation"].value == "ongoing"


# ------------------------------------------------ a named form and unpaid work told apart


def _forms(rules, line):
    return sorted(e.value for e in decide(rules, "operator: Línea contra la trata.\n" + line)["exploitation_types"])


@pytest.mark.parametrize(
    "line",
    [
        "caller: La llevaron a un campamento maderero a cocinar y lavar para los trabajadores, sin pago, y este "
        "señor la obliga a tener relaciones con él.",
        "caller: They took her to a logging camp to cook for the workers, without pay, and that man forces her to "
        "have sex with him.",
    ],
)
def test_a_named_form_and_unpaid_work_elsewhere_are_both(rules, line):
    assert _forms(rules, line) == ["labour", "sexual"]


@pytest.mark.parametrize(
    "line",
    [
        "caller: Mi hermana está en un bar en Juliaca, la obligan a atender a los clientes y no le pagan nada.",
        "caller: In the mine camp they force her to have sex with the miners and do not pay her.",
    ],
)
def test_unpaid_sexual_exploitation_is_one_form(rules, line):
    assert _forms(rules, line) == ["sexual"]


# ------------------------------------------------ what an ad says is an offer to anyone


@pytest.mark.parametrize(
    "line",
    [
        "caller: una consulta en la universidad han pegado unos afiches que dicen se necesitan señoritas para "
        "trabajar en Chile y piden mandar foto de cuerpo entero a un whatsapp, quería saber si eso es legal",
        "caller: I have a question, there are posters at my university that say they need girls for work in Chile "
        "and ask for swimwear photos. I wanted to know if that's legal.",
    ],
)
def test_what_an_ad_says_names_no_form(rules, line):
    d = decide(rules, "operator: Línea contra la trata.\n" + line)
    assert [e.value for e in d["exploitation_types"]] == ["unknown"]
    assert d["victims"].count == 0


def test_the_same_asked_of_someone_in_particular_is_a_form(rules):
    line = "caller: A mi hermana le piden mandar fotos en bikini para un trabajo en Chile, ¿eso es legal?"
    assert "sexual" in [
        e.value for e in decide(rules, "operator: Línea contra la trata.\n" + line)["exploitation_types"]
    ]


def test_the_hotlines_advice_is_operator_phrasing_in_mono(rules):
    text = (
        "Línea contra la trata, buenos días.\n"
        "Buenos días, una consulta sobre un aviso de trabajo en Chile.\n"
        "Muchas veces les dicen que deben el pasaje y les quitan los documentos, por eso recomendamos no responder."
    )
    assert speakers(rules, text)[-1] == "operator"


# ------------------------------------------------ institutions and men around the case


def test_the_consulate_as_a_third_party_is_no_professional(rules):
    text = (
        "operator: Anti-trafficking hotline.\n"
        "caller: My son was arrested at the airport, they took his passport and locked him in a flat and made him "
        "carry drugs. They took him to hospital. The consulate says they can't interfere."
    )
    assert decide(rules, text)["caller_role"].value == "family_member"


@pytest.mark.parametrize(
    "line",
    [
        "caller: I'm calling from the consulate. A national of ours is locked in a flat and forced to carry drugs.",
        "caller: Le hablo del hospital regional. Tenemos a una chica de quince años que la obligaban a prostituirse.",
    ],
)
def test_speaking_for_an_institution_is_professional(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["caller_role"].value == "professional"


def test_the_men_who_guard_are_no_victims(rules):
    line = (
        "caller: My brother is locked in a flat, they took his passport. He says it was just him, and two men who "
        "guarded the door."
    )
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 1
    line = "caller: En el taller hay dos chicos que trabajan encerrados, no les pagan."
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["victims"].count == 2


# ------------------------------------------------ got away from the place


@pytest.mark.parametrize(
    "line",
    [
        "caller: Eu trabalhava numa boate, me obrigavam a fazer programa. Ontem consegui fugir e estou na casa de uma "
        "amiga.",
        "caller: Yo me salí esta mañana de un spa donde me tenían atendiendo clientes a la fuerza.",
    ],
)
def test_getting_away_from_the_place_is_past(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["situation"].value == "past"


@pytest.mark.parametrize(
    "line",
    [
        "caller: Me tienen atendiendo clientes a la fuerza en un spa, no pude escaparme, me quitaron el pasaporte.",
        "caller: Me salí del colegio porque me obligan a atender clientes en un spa, me quitaron el pasaporte.",
    ],
)
def test_not_getting_away_is_ongoing(rules, line):
    assert decide(rules, "operator: Línea contra la trata.\n" + line)["situation"].value == "ongoing"


# ------------------------------------------------ an action announced is not an offer to decline


def test_police_announced_stays_when_the_caller_wants_no_part(rules):
    text = (
        "operator: línea contra la trata buenas tardes\n"
        "caller: llevé en mi taxi a dos chicas de dieciséis que un señor dejó al lado de unos prostibares\n"
        "operator: vamos a alertar ahora mismo a la policía de la zona para que ubiquen a las chicas\n"
        "caller: ya está bien pero yo no quiero salir en nada eh"
    )
    assert Action.police_dispatch in decide(rules, text)["actions"]


def test_a_proposal_asked_for_agreement_and_declined_is_dropped(rules):
    text = (
        "operator: línea contra la trata buenas tardes\n"
        "caller: mi amiga se escapó del bar donde la obligaban a atender clientes, está conmigo\n"
        "operator: también queremos que la fiscalía le tome la declaración está de acuerdo ella\n"
        "caller: me dice que ahorita no que primero quiere estar tranquila"
    )
    assert Action.referral_legal not in decide(rules, text)["actions"]


def test_what_caught_the_eye_is_no_call_back(rules):
    text = (
        "operator: línea contra la trata buenas tardes\n"
        "caller: mi sobrina de dieciséis está en un bar donde la obligan a atender clientes y no la dejan salir\n"
        "operator: qué le llamó la atención"
    )
    assert decide(rules, text)["_case"] is True
    assert Action.follow_up_call not in decide(rules, text)["actions"]
    assert Action.follow_up_call in decide(rules, text + "\noperator: la llamamos mañana para contarle")["actions"]
