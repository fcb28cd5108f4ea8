"""Structural mechanisms of the rules backend (second round of issue 4): who the caller is relative to
the victim, victims counted from enumerations, ages after a person noun, forced-work signs said in words,
job offers for a workplace, and denials. Each with a positive case and cases that must not fire
(negated, hypothetical, operator-said)."""

from __future__ import annotations

import pytest

from summarize.model import CallerRole, ExploitationType, Situation

GREETING = "operator: Línea contra la trata, buenas noches.\n"


def decide(rules, *lines: str) -> dict:
    return {name: d.value for name, d in rules.decide(GREETING + "\n".join(lines)).items()}


# ------------------------------------------------ caller among the exploited -> victim


@pytest.mark.parametrize(
    "line",
    [
        "caller: Mi hermano y yo trabajamos en una obra y el maestro no nos pagó nada.",
        "caller: My cousin and I work on a farm, they don't pay us and keep our passports.",
        "caller: Eu e meu irmão trabalhamos numa fazenda e não nos pagam há meses.",
    ],
)
def test_caller_among_the_exploited_is_the_victim(rules, line):
    got = decide(rules, line)
    assert got["caller_role"] == CallerRole.victim
    assert got["victims"].count == 2


def test_relative_who_is_not_among_the_exploited_stays_family(rules):
    got = decide(rules, "caller: Llamo por mi hermano, trabaja en una obra y no le pagan, le deben tres meses.")
    assert got["caller_role"] == CallerRole.family_member
    assert got["victims"].count == 1


def test_pair_needs_a_person(rules):
    # "my passport and I" is not two people
    got = decide(rules, "caller: They took my passport and I can't leave the farm, they don't pay me.")
    assert got["caller_role"] == CallerRole.victim
    assert got["victims"].count == 1


def test_offer_made_to_the_caller_is_the_victim_and_labour(rules):
    got = decide(
        rules,
        "caller: Oi, eu sou brasileiro, um homem me ofereceu trabalho numa madeireira do lado "
        "peruano, mas quer que eu entregue meu documento antes. Isso é normal?",
    )
    assert got["caller_role"] == CallerRole.victim
    assert got["situation"] == Situation.at_risk
    assert got["exploitation_types"] == [ExploitationType.labour]


def test_offer_said_by_the_operator_does_not_make_the_caller_a_victim(rules):
    got = decide(
        rules,
        "operator: ¿Le ofrecieron trabajo en una madeireira? ¿Le pidieron su documento?",
        "caller: No, no, yo solo he visto a unos chicos que trabajan en el aserradero de al lado.",
    )
    assert got["caller_role"] != CallerRole.victim


def test_offer_for_a_home_job_is_not_labour(rules):
    got = decide(rules, "caller: A mi hija le ofrecieron trabajo de niñera en una casa en Chile, le pagan el pasaje.")
    assert ExploitationType.labour not in got["exploitation_types"]


# ------------------------------------------------ kin beyond the nuclear family


@pytest.mark.parametrize(
    "line",
    [
        "caller: Es mi cuñada, trabaja en una lavandería doce horas diarias y le pagan la mitad.",
        "caller: It's about my sister-in-law, she works twelve hours a day and they keep her passport.",
        "caller: É a minha cunhada, ela não recebe nada há meses.",
    ],
)
def test_in_laws_are_family(rules, line):
    got = decide(rules, line)
    assert got["caller_role"] == CallerRole.family_member
    assert got["victims"].count == 1


def test_running_a_small_business_is_not_an_institution(rules):
    got = decide(
        rules,
        "caller: I run a small guesthouse. I saw two porters, teenage boys, carrying heavy loads; "
        "they get no pay and the agency keeps their ID cards.",
    )
    assert got["caller_role"] != CallerRole.professional
    assert got["victims"].count == 2 and got["victims"].minors_involved


def test_running_an_ngo_is_professional(rules):
    got = decide(rules, "caller: I run an NGO in Lima. We have identified a girl who is not paid and is locked in.")
    assert got["caller_role"] == CallerRole.professional


# ------------------------------------------------ enumerations


def test_enumeration_adds_up(rules):
    got = decide(
        rules,
        "caller: En el paradero hay una señora con un bebé de brazos y dos niñitos que piden "
        "limosna todo el día, un hombre se lleva la plata.",
    )
    assert got["victims"].count == 4
    assert got["victims"].minors_involved


def test_the_man_with_them_is_not_counted(rules):
    got = decide(
        rules,
        "caller: Vi a un hombre con tres chicas de quince años, las obligan a estar con los "
        "mineros en un bar y no las dejan salir.",
    )
    assert got["victims"].count == 3


def test_enumeration_in_a_question_does_not_count(rules):
    got = decide(
        rules,
        "operator: ¿Hay una señora con un bebé y dos niñitos?",
        "caller: No sé, yo vi a una chica sola que pide limosna y un señor se queda con la plata.",
    )
    assert got["victims"].count == 1


# ------------------------------------------------ ages after a person noun


@pytest.mark.parametrize(
    "line, minors",
    [
        ("caller: Tenemos a una chica de catorce que rescataron de un bar la semana pasada.", True),
        ("caller: A mi sobrina de diecisiete le ofrecieron trabajo de anfitriona en un karaoke.", True),
        ("caller: A mi sobrina de veinticinco le ofrecieron trabajo de anfitriona en un karaoke.", False),
        ("caller: La hija de mi vecina trabaja en un bar y no la dejan salir, ya es mayor de edad.", False),
    ],
)
def test_age_after_person_noun(rules, line, minors):
    assert decide(rules, line)["victims"].minors_involved is minors


def test_rescued_last_week_is_past(rules):
    got = decide(
        rules,
        "caller: Soy psicóloga de un albergue. A una chica de catorce la rescataron la semana "
        "pasada de un bar. Necesita un abogado para el juicio.",
    )
    assert got["situation"] == Situation.past
    assert got["caller_role"] == CallerRole.professional


# ------------------------------------------------ forced-work signs said in words


@pytest.mark.parametrize(
    "line",
    [
        "caller: Mi cuñada trabaja en una lavandería doce horas diarias y le pagan la mitad de lo prometido.",
        "caller: Ela me disse no elevador que não recebe nada há um ano, a patroa grita com ela.",
        "caller: My neighbour's maid has not received her salary for eight months.",
    ],
)
def test_forced_work_signs_in_words(rules, line):
    assert decide(rules, line)["exploitation_types"] != [ExploitationType.unknown]


@pytest.mark.parametrize(
    "lines",
    [
        ["operator: ¿Le pagan la mitad? ¿Trabaja doce horas diarias?", "caller: No sé nada de eso, solo la vi triste."],
        ["caller: No es que le paguen la mitad, le pagan completo, es solo que la tratan mal."],
    ],
)
def test_forced_work_signs_not_from_operator_or_denied(rules, lines):
    got = decide(rules, *lines)["exploitation_types"]
    assert ExploitationType.labour not in got and ExploitationType.domestic_servitude not in got


def test_portuguese_no_before_a_self_negated_cue_is_not_a_denial(rules):
    got = decide(
        rules,
        "caller: Uma moça trabalha como empregada no prédio e me disse no elevador que não "
        "recebe nada, ela não sai nunca.",
    )
    assert got["exploitation_types"] == [ExploitationType.domestic_servitude]


def test_denial_after_the_cue(rules):
    # "encerrada no está": confinement denied after the word
    got = decide(
        rules,
        "caller: No, encerrada no está, y es mayor. Es mi cuñada, trabaja doce horas diarias y le pagan la mitad.",
    )
    assert got["urgency"].value != "immediate"
    hits = rules.decide(GREETING + "caller: encerrada no está, le pagan la mitad.")["urgency"].hits
    assert not any(h.value == "high" for h in hits)


# ------------------------------------------------ a victim who only asks consults


def test_victim_who_only_asks_is_an_information_request(rules):
    got = decide(
        rules,
        "caller: Yo soy venezolano. Mi hermano y yo trabajamos en una construcción y el maestro "
        "no nos pagó, pero no nos tienen encerrados, nos podemos ir. "
        "Solo quería saber a dónde reclamar.",
    )
    assert got["caller_role"] == CallerRole.victim
    assert got["call_type"].value == "information_request"


def test_victim_who_asks_for_help_is_a_help_request(rules):
    got = decide(
        rules, "caller: Quería saber si ustedes me pueden ayudar, porque aquí nos tienen encerrados y no nos pagan."
    )
    assert got["call_type"].value == "help_request"


def test_whether_is_not_a_condition(rules):
    # "saber si ... me pueden ayudar" asks for help; "si la encierran" stays hypothetical
    cond = decide(rules, "caller: Mi hija se va a trabajar a un bar en Juliaca. Si la encierran, ¿qué hago?")
    assert cond["urgency"].value != "immediate"
    assert not any(
        h.value == "high" for h in rules.decide(GREETING + "caller: Si la encierran, ¿qué hago?")["urgency"].hits
    )


# ------------------------------------------------ region: where the caller lives as a fallback


def test_residence_is_the_fallback_region(rules):
    got = decide(rules, "caller: Yo vivo en Piura. Mi hermano y yo trabajamos en una obra y no nos pagan.")
    assert got["region"] == "Piura"


def test_origin_still_never_counts_and_a_named_place_wins(rules):
    origin = decide(rules, "caller: Soy de Piura. Mi hermano y yo trabajamos en una obra y no nos pagan.")
    assert origin["region"] is None
    got = decide(rules, "caller: Vivo en Piura, pero mi hija trabaja en un bar en Juliaca y no la dejan salir.")
    assert got["region"] == "Puno"


def test_operator_question_is_not_a_residence(rules):
    got = decide(
        rules, "operator: ¿Usted vive en Piura?", "caller: Mi hermano y yo trabajamos en una obra y no nos pagan."
    )
    assert got["region"] is None


# ------------------------------------------------ follow-up call proposed in passing or as a question


@pytest.mark.parametrize(
    "line",
    [
        "operator: We'll refer the case to the prosecutor and call you on Friday to check.",
        "operator: I'll explain her rights. Can we call you back next week to follow up?",
        "operator: We'll arrange the shelter and confirm by phone within the hour.",
    ],
)
def test_follow_up_call_in_passing(rules, line):
    got = decide(rules, "caller: My neighbour's maid is not paid and they keep her passport.", line)
    assert "follow_up_call" in [a.value for a in got["actions"]]


def test_caller_asking_to_be_called_is_not_a_follow_up(rules):
    got = decide(
        rules,
        "caller: My neighbour's maid is not paid and they keep her passport. Can you call me back?",
        "operator: We'll refer the case to the prosecutor.",
    )
    assert "follow_up_call" not in [a.value for a in got["actions"]]


# ------------------------------------------------ taken to a bar / to "serve" the men of a camp


@pytest.mark.parametrize(
    "line",
    [
        "caller: Llamo por mi sobrina, la que se llevaron a un bar en Camaná, todavía no vuelve.",
        'caller: Las subieron a un bote y él decía que iban a "atender" a los trabajadores del campamento.',
    ],
)
def test_sexual_from_where_they_are_taken(rules, line):
    assert ExploitationType.sexual in decide(rules, line)["exploitation_types"]


def test_bar_asked_by_operator_or_denied_is_not_sexual(rules):
    got = decide(
        rules,
        "operator: ¿La llevaron a un bar? ¿Van a atender a los clientes?",
        "caller: No, no la llevaron a un bar. Mi hija trabaja en una chacra y no le pagan, le deben meses.",
    )
    assert ExploitationType.sexual not in got["exploitation_types"]


# ------------------------------------------------ heldout9 round: diminutives, roles at institutions, places


def test_diminutive_kin_is_family(rules):
    got = decide(rules, "caller: Es por mi nietecita, una señora se la llevó a trabajar a un restaurante y no le paga.")
    assert got["caller_role"] == CallerRole.family_member


def test_diminutive_kin_asked_by_operator_is_not_family(rules):
    got = decide(
        rules,
        "operator: ¿Es por su nietecita? ¿Por su hijito?",
        "caller: No, yo he visto a una niña que trabaja en un restaurante y no le pagan.",
    )
    assert got["caller_role"] != CallerRole.family_member


@pytest.mark.parametrize(
    "line",
    [
        "caller: Eu sou agente de saúde em Assis Brasil. Atendi um rapaz que fugiu de um garimpo sem pagamento.",
        "caller: i'm the school counsellor at an international school one of our students told me he is not paid",
        "caller: Soy inspectora de trabajo en Trujillo, encontramos trabajadores sin pago en una granja.",
    ],
)
def test_role_at_an_institution_is_professional(rules, line):
    assert decide(rules, line)["caller_role"] == CallerRole.professional


def test_denied_role_is_not_professional(rules):
    got = decide(rules, "caller: No soy inspectora de trabajo, yo vivo al lado y veo que a las chicas no les pagan.")
    assert got["caller_role"] != CallerRole.professional


def test_age_after_a_diminutive_and_a_name(rules):
    assert decide(rules, "caller: Mi hijito Wilmer de quince se fue con un enganchador y no lo dejan volver.")[
        "victims"
    ].minors_involved
    assert not decide(rules, "caller: Mi hijito Wilmer de veinte se fue con un enganchador y no lo dejan volver.")[
        "victims"
    ].minors_involved


def test_caller_and_her_own_children_count(rules):
    got = decide(
        rules,
        "caller: Un señor nos tiene a mí y a mis dos chamitos vendiendo caramelos en los buses y "
        "se queda con toda la plata.",
    )
    assert got["victims"].count == 3
    assert got["exploitation_types"] == [ExploitationType.forced_begging]
    assert "male" in [s.value for s in got["victims"].sexes]


def test_people_left_behind_keep_the_case_ongoing(rules):
    got = decide(
        rules, "caller: Ele fugiu de um garimpo perto de Laberinto, não recebia nada, e lá ficaram mais quatro meninos."
    )
    assert got["situation"] == Situation.ongoing
    assert got["victims"].count == 5
    assert got["region"] == "Madre de Dios"


def test_place_the_call_comes_from_is_not_the_region(rules):
    got = decide(
        rules,
        "caller: Llamo de Lircay. Mi hijito se fue a Pichari, le hacen pisar la hoja para sacar "
        "la pasta y no lo dejan volver.",
    )
    assert got["region"] == "Cusco"
    assert got["exploitation_types"] == [ExploitationType.forced_criminality]


def test_offer_with_words_in_between_is_at_risk(rules):
    got = decide(
        rules,
        "caller: Uma senhora ofereceu para minha filha, que tem dezenove anos, um trabalho de babá em "
        "Lima. Ela paga a passagem. Isso é normal?",
    )
    assert got["situation"] == Situation.at_risk


@pytest.mark.parametrize(
    "line, form",
    [
        (
            "caller: A little girl is asking tourists for money all day and a woman takes all the coins from her.",
            ExploitationType.forced_begging,
        ),
        (
            "caller: her boyfriend takes photos of her and sells them online "
            "and wants her to meet friends of his for money",
            ExploitationType.sexual,
        ),
    ],
)
def test_forms_described_not_named(rules, line, form):
    assert form in decide(rules, line)["exploitation_types"]


def test_forms_described_by_the_operator_only_do_not_count(rules):
    got = decide(
        rules,
        "operator: ¿Le piden pisar la hoja? ¿Venden fotos de ella?",
        "caller: No sé, solo sé que trabaja en una chacra y no le pagan.",
    )
    assert ExploitationType.forced_criminality not in got["exploitation_types"]
    assert ExploitationType.sexual not in got["exploitation_types"]


def test_caller_introducing_the_call_is_not_a_call_back(rules):
    text = (
        "línea contra la trata buenos días en qué le puedo ayudar\n"
        "buenos días le llamo desde abancay es por mi nietecita tiene trece años no le pagan y no la dejan salir\n"
        "vamos a derivar el caso a la fiscalía"
    )
    got = {n: d.value for n, d in rules.decide(text).items()}
    assert got["caller_role"] == CallerRole.family_member
    assert "follow_up_call" not in [a.value for a in got["actions"]]


def test_a_question_mark_opens_only_the_clause_it_asks():
    from summarize.taxonomy import load_taxonomy
    from summarize.transcript import parse

    t = parse("caller: una consulta nomás, mi sobrina de 16 quiere trabajar en una chacra, ¿es legal?", load_taxonomy())
    asked = [t.text[s.start : s.end] for s in t.sentences if s.is_question]
    stated = [t.text[s.start : s.end] for s in t.sentences if not s.is_question]
    assert asked == ["¿es legal?"]
    assert stated == ["una consulta nomás, mi sobrina de 16 quiere trabajar en una chacra"]
    # a plain question stays one question
    t = parse("operator: ¿Su sobrina tiene 16, verdad?", load_taxonomy())
    assert [s.is_question for s in t.sentences] == [True]


def _speakers(text: str) -> list[str | None]:
    from summarize.taxonomy import load_taxonomy
    from summarize.transcript import parse

    t = parse(text, load_taxonomy())
    return [s.speaker for s in t.sentences]


def test_mono_segments_the_facts_of_a_case_are_the_callers():
    text = (
        "Línea contra la trata, buenas noches.\nBuenas noches, señorita.\n"
        "Llamo por mi hermana, tiene veinticinco.\n"
        "Está en un fundo, el capataz no la deja salir del fundo y le ha quitado su DNI.\n¿Sabe si le pagan algo?"
    )
    assert _speakers(text) == ["operator", "caller", "caller", "caller", "operator"]


def test_mono_segments_offers_and_acknowledgements_are_the_operators_acceptance_the_callers():
    text = (
        "Línea contra la trata, buenos días.\nEu trabalho numa padaria e o dono não me paga há quatro meses.\n"
        "Entiendo.\nLe podemos ofrecer un albergue y una abogada.\nSim, por favor."
    )
    assert _speakers(text) == ["operator", "caller", "operator", "operator", "caller"]


def test_mono_an_operators_service_hours_are_no_sign_of_forced_work():
    text = (
        "Línea contra la trata, good afternoon.\nI just have a question about job ads. And is this line free?\n"
        "Yes, it's free and available 24 hours, from any phone."
    )
    assert _speakers(text)[-1] == "operator"


# ------------------------------------------------ fourth round: declined offers are no action

CASE = "caller: Trabajo cama adentro en una casa y no me pagan hace cinco meses, la señora me amenaza."


@pytest.mark.parametrize(
    "reply",
    [
        "caller: No, no señorita, ahorita no, me voy donde mi prima.",
        "caller: No gracias, prefiero quedarme con mi tía.",
        "caller: Não obrigado, amanhã minha mãe vem me buscar.",
        "caller: No, not tonight, I'm fine where I am.",
        "caller: Me dice que ahorita no, que primero quiere hablar con su mamá.",
    ],
)
def test_declined_offer_is_no_action(rules, reply):
    got = decide(rules, CASE, "operator: Si quiere hoy mismo podemos coordinar un albergue para usted.", reply)
    assert "referral_shelter" not in [a.value for a in got["actions"]]


@pytest.mark.parametrize(
    "reply",
    [
        "caller: Sí, por favor, eso sí.",
        "caller: Ya señorita, gracias, mañana voy.",
        "caller: Okay, she says no problem, a shelter is better.",
    ],
)
def test_accepted_offer_is_an_action(rules, reply):
    got = decide(rules, CASE, "operator: Si quiere hoy mismo podemos coordinar un albergue para usted.", reply)
    assert "referral_shelter" in [a.value for a in got["actions"]]


def test_declined_offer_then_arranged_later_still_counts(rules):
    got = decide(
        rules,
        CASE,
        "operator: ¿Quiere ir a un albergue esta noche?",
        "caller: No, no quiero.",
        "operator: Está bien. Vamos a coordinar un albergue para mañana temprano.",
        "caller: Ya, gracias.",
    )
    assert "referral_shelter" in [a.value for a in got["actions"]]


def test_where_to_report_is_information_not_referral(rules):
    got = decide(rules, CASE, "operator: Usted puede denunciar aquí mismo, en la comisaría o en la fiscalía.")
    assert "referral_legal" not in [a.value for a in got["actions"]]
    got = decide(rules, CASE, "operator: Vamos a derivar su caso a la fiscalía y usted puede denunciar después.")
    assert "referral_legal" in [a.value for a in got["actions"]]


@pytest.mark.parametrize(
    "line",
    [
        "operator: Ella no tiene que devolver nada ni firmar nada.",
        "operator: You don't have to sign anything they give you.",
        "operator: Le doy el número del consulado para su documento.",
        "operator: La comisaría está obligada a recibirle la denuncia, no hay que esperar.",
    ],
)
def test_rights_and_contacts_explained_are_information(rules, line):
    assert "information_given" in [a.value for a in decide(rules, CASE, line)["actions"]]


def test_passing_remark_is_not_information(rules):
    got = decide(rules, CASE, "operator: Lo que me cuenta es trata. Vamos a derivar el caso a la fiscalía.")
    assert "information_given" not in [a.value for a in got["actions"]]


# ------------------------------------------------ fourth round: the form from the workplace or the task


def _forms(got) -> list[str]:
    return [e.value for e in got["exploitation_types"]]


@pytest.mark.parametrize(
    "line, form",
    [
        (
            "caller: Mi hijo se fue a sacar madera, no le pagaron nada y le decían que debía la comida y las botas.",
            "labour",
        ),
        (
            "caller: Mi hija trabaja todo el día cocinando, lavando, "
            "cuidando a los niños de la señora, y nada le pagan.",
            "domestic_servitude",
        ),
        ("caller: Hi, there's a man at the beach bars offering a girl to foreign guys, she looks fourteen.", "sexual"),
        ("caller: Quieren que mi amiga entregue la bebé y le van a dar cinco mil dólares.", "other"),
    ],
)
def test_form_from_pay_kit_debt_offer_or_sale(rules, line, form):
    assert form in _forms(decide(rules, line))


@pytest.mark.parametrize(
    "line, form",
    [
        ("caller: Trabaja en una fábrica, le pagan bien, sale los domingos y tiene su DNI.", "labour"),
        ("caller: Le ofrecieron un trabajo a una chica en el mercado, una amiga mía.", "sexual"),
        ("caller: Mañana en el hospital le van a entregar la bebé a mi hija, ya nació bien.", "other"),
    ],
)
def test_form_not_from_paid_work_jobs_or_births(rules, line, form):
    assert form not in _forms(decide(rules, line))


def test_taken_to_the_bars_and_to_a_workplace_in_one_sentence_is_both(rules):
    got = decide(
        rules,
        "caller: Hay una van con seis adolescentes, meninos e meninas.",
        "caller: O homem disse no restaurante que leva os meninos para trabalhar no garimpo e as meninas "
        "para os bares da mineração.",
    )
    assert set(_forms(got)) == {"labour", "sexual"}


def test_a_bar_in_another_sentence_is_no_destination(rules):
    got = decide(
        rules,
        "caller: Un señor se llevó a mi sobrino para trabajar en una chacra en la selva.",
        "caller: El señor también tiene bares en Lima, es conocido.",
    )
    assert _forms(got) == ["labour"]


def test_portuguese_no_is_in_the_but_spanish_no_denies(rules):
    got = decide(
        rules,
        "caller: Aqui do lado tem uma van com quatro meninos de catorze anos.",
        "caller: O homem disse no restaurante que leva os meninos para trabalhar no garimpo.",
    )
    assert _forms(got) == ["labour"]
    got = decide(rules, "caller: Mi sobrino vive en Puno. No lo llevaron a trabajar a la mina, está en el colegio.")
    assert "labour" not in _forms(got)


# ------------------------------------------------ fourth round: a job abroad happens in its country


def test_country_of_a_job_offered_abroad_is_the_region(rules):
    got = decide(
        rules,
        "caller: Mi hermana está en Comas y le ofrecieron por Instagram un trabajo en una plantación "
        "de fresas en España, tiene que entregar su pasaporte al agente.",
    )
    assert got["region"] == "España"


def test_country_merely_named_is_not_the_region(rules):
    got = decide(
        rules,
        "caller: Mi hermana está en Comas, su esposo es de España, y no le pagan en la fábrica donde trabaja en Comas.",
    )
    assert got["region"] == "Lima"


# ------------------------------------------------ fourth round: who the caller is


@pytest.mark.parametrize(
    "line",
    [
        "caller: Mi warmi wawa hace dos años se fue a Lima con una señora, trabaja cocinando y nada le pagan.",
        "caller: Imaynalla señorita, mi wawa se fue con un contratista a la mina y no lo dejan salir.",
    ],
)
def test_quechua_kin_is_family(rules, line):
    assert decide(rules, line)["caller_role"] == CallerRole.family_member


def test_worried_caller_telling_of_others_is_not_the_victim(rules):
    got = decide(
        rules,
        "caller: Quería contarle algo que me tiene preocupada, en mi barrio hay una casa donde "
        "viven tres chicas que nunca salen y en las noches entran hombres.",
    )
    assert got["caller_role"] != CallerRole.victim
    got = decide(rules, "caller: El patrón me tiene encerrada en la casa y no me paga.")
    assert got["caller_role"] == CallerRole.victim


def test_kin_who_owns_the_phone_is_not_the_case(rules):
    got = decide(
        rules,
        "caller: Hay un señor con cinco jovencitos de catorce en el terminal, tiene sus DNI.",
        "operator: ¿La puedo volver a llamar a este número?",
        "caller: Sí, a este mismo número, es de mi hija.",
    )
    assert got["caller_role"] == CallerRole.witness
    got = decide(rules, "caller: Mi hermano recibió una oferta por WhatsApp para trabajar en una mina, no le pagan.")
    assert got["caller_role"] == CallerRole.family_member


def test_being_told_to_call_back_is_no_victim_sign(rules):
    got = decide(
        rules,
        "caller: Llamé la semana pasada por una amiga mía que la tenían en un local, me dijeron que "
        "volviera a llamar si había algo.",
    )
    assert got["caller_role"] != CallerRole.victim


@pytest.mark.parametrize(
    "line",
    [
        "caller: aló señorita eh no sé si llamo al lugar correcto mi hija no aparece desde el sábado",
        "caller: no se si llamo al lugar correcto mi hija no aparece desde el sábado",
    ],
)
def test_not_knowing_whether_is_no_condition(rules, line):
    assert decide(rules, line)["caller_role"] == CallerRole.family_member


def test_a_real_condition_still_hides_the_clause(rules):
    got = decide(
        rules,
        "caller: Llamo por una vecina, trabaja en una chacra.",
        "caller: Si le quitan el DNI no sabría qué hacer.",
    )
    assert "labour" not in _forms(got)


# ------------------------------------------------ fourth round: victims' sexes and counts


def test_a_little_boy_among_girls_makes_both_sexes(rules):
    got = decide(
        rules,
        "caller: Hay tres niños pidiendo plata en la esquina, dos niñitas de seis y un varoncito de "
        "cuatro, una señora les quita todo lo que juntan.",
    )
    assert set(s.value for s in got["victims"].sexes) == {"female", "male"}


def test_the_operator_addressed_is_no_victim(rules):
    got = decide(
        rules,
        "caller: Eu trabalhei três meses numa serraria e não me pagaram nada, meu primo ficou lá.",
        "caller: Obrigado moça.",
    )
    assert [s.value for s in got["victims"].sexes] == ["male"]


def test_men_girls_are_offered_to_are_the_clients(rules):
    got = decide(rules, "caller: There's a man at the beach bars offering a girl to foreign guys, she looks fourteen.")
    assert [s.value for s in got["victims"].sexes] == ["female"]
    got = decide(rules, "caller: My brother and two other guys work on a farm and they don't pay them.")
    assert "male" in [s.value for s in got["victims"].sexes]


def test_children_looked_after_are_not_counted(rules):
    got = decide(rules, "caller: Trabajo cama adentro y no me pagan, cocino, lavo y cuido a los dos niños.")
    assert got["victims"].count == 1
    got = decide(rules, "caller: En la chacra trabajan dos niños y no les pagan nada.")
    assert got["victims"].count == 2


# ------------------------------------------------ fourth round: past or ongoing

PROF = "caller: Soy fiscalizador de la municipalidad, en un hospedaje encontramos a dos chicas de 16 y 17 años."


def test_a_confirmed_still_there_question_is_ongoing(rules):
    got = decide(rules, PROF, "operator: ¿Las chicas siguen en el hospedaje?", "caller: Sí, yo estoy afuera ahorita.")
    assert got["situation"] == Situation.ongoing


def test_a_denied_still_there_question_is_not_ongoing_evidence(rules):
    got = decide(
        rules,
        PROF,
        "operator: ¿Las chicas siguen en el hospedaje?",
        "caller: No, ya las sacamos, están con nosotros en la oficina.",
    )
    assert got["situation"] == Situation.past


def test_brought_by_the_police_and_here_now_is_past(rules):
    got = decide(
        rules,
        "caller: Le habla la responsable de la DEMUNA. Ayer la policía nos trajo a un niño de trece "
        "años que trabajaba en una mina doce horas al día.",
        "caller: Sí, está aquí en la oficina.",
    )
    assert got["situation"] == Situation.past
    got = decide(
        rules,
        "caller: Le habla la responsable de la DEMUNA. Un niño de trece años trabaja en una mina doce "
        "horas al día, la policía no va.",
    )
    assert got["situation"] == Situation.ongoing


# ------------------------------------------------ fourth round: a self-introduction by a profession is the caller's


@pytest.mark.parametrize(
    "intro",
    [
        "Le habla una inspectora de trabajo de Chimbote.",
        "Soy enfermera del centro de salud de Morales.",
        "Le habla Rocío Chávez, responsable de la DEMUNA de la municipalidad.",
    ],
)
def test_mono_segments_professional_introduction_is_the_callers(intro):
    text = f"Línea contra la trata, buenos días.\nBuenos días.\n{intro}\nCuénteme."
    assert _speakers(text)[2] == "caller"


def test_mono_segments_operator_introducing_herself_stays_operator():
    text = "Línea contra la trata, buenos días, le habla Ana, operadora de la línea.\nBuenos días señorita."
    assert _speakers(text)[0] == "operator"


# ------------------------------------------------ fourth round: help for oneself or a report about others


def test_a_relatives_cry_for_help_about_someone_held_elsewhere_reports(rules):
    from summarize.model import CallType

    got = decide(
        rules, "caller: I need help, my sister is held in a house in Lima, they took her passport and she can't leave."
    )
    assert got["call_type"] == CallType.report
    got = decide(
        rules,
        "caller: I need help, my sister escaped from a house where they took her passport, she is "
        "with me now at my house.",
    )
    assert got["call_type"] == CallType.help_request


def test_the_friend_whose_home_one_stays_in_is_a_host(rules):
    got = decide(
        rules,
        "caller: Eu preciso de ajuda. Eu trabalhava numa boate, me obrigavam a fazer programa.",
        "caller: Ontem consegui fugir e estou na casa de uma amiga.",
    )
    assert got["caller_role"] == CallerRole.victim
    got = decide(rules, "caller: Llamo por una amiga, la obligan a prostituirse en un bar.")
    assert got["caller_role"] == CallerRole.acquaintance


@pytest.mark.parametrize(
    "line",
    [
        "caller: Hay niños y niñas pidiendo plata en el semáforo, una señora les quita todo.",
        "caller: Tem meninas e meninos vendendo doces na rua, um homem fica com o dinheiro.",
    ],
)
def test_a_mixed_pair_names_both_sexes(rules, line):
    assert set(s.value for s in decide(rules, line)["victims"].sexes) == {"female", "male"}


def test_girls_alone_stay_female(rules):
    got = decide(rules, "caller: Hay unas niñas pidiendo plata en el semáforo, una señora les quita todo.")
    assert [s.value for s in got["victims"].sexes] == ["female"]


def test_a_reply_opening_with_unaccented_si_is_yes(rules):
    text = (
        "operator: estas en un lugar donde puedas hablar\n"
        "caller: si estoy bajito en el cuarto somos cuatro chicas una de las chicas es menor tiene dieciseis"
    )
    got = {n: d.value for n, d in rules.decide("operator: linea contra la trata buenas noches\n" + text).items()}
    assert got["victims"].minors_involved is True


def test_a_condition_inside_the_callers_turn_is_still_hypothetical(rules):
    got = decide(
        rules,
        "caller: Mi hermana trabaja en una chacra, le pagan bien, sale los domingos.",
        "caller: Pero si le quitan el DNI no sé qué hacer.",
    )
    assert "labour" not in _forms(got)


def test_men_coming_in_where_girls_are_kept_is_sexual(rules):
    got = decide(rules, "caller: En un hospedaje hay dos chicas de 16 años, los cuartos tienen cama, entran mineros.")
    assert "sexual" in _forms(got)
    got = decide(rules, "caller: En la mina trabajan dos chicos de 16 años, no les pagan, entran a las seis.")
    assert "sexual" not in _forms(got)


def test_mono_segments_weighing_up_and_what_one_need_not_do_are_the_operators():
    text = (
        "Línea contra la trata, buenos días.\nMi amiga tiene una bebé y le ofrecen plata por ella.\n"
        "She's scared.\nPor lo que cuenta hay indicios de venta de niños.\n"
        "Ella no tiene que devolver nada ni firmar nada."
    )
    assert _speakers(text)[3:] == ["operator", "operator"]


def test_material_sent_is_information(rules):
    got = decide(rules, CASE, "operator: Le envío el protocolo para identificar víctimas y derivamos el caso.")
    assert "information_given" in [a.value for a in got["actions"]]
    got = decide(rules, CASE, "operator: Derivamos el caso a la fiscalía.")
    assert "information_given" not in [a.value for a in got["actions"]]
