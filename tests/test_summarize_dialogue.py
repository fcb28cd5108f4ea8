"""How the exchange between operator and caller shapes the note: answers to questions, offers turned
down, proposals, the operator's redirects and advice, and who is speaking in unlabelled (mono) text.
Each mechanism has a case that must fire and one that must not."""

from __future__ import annotations

import pytest

from summarize.model import Action, CallType, Situation
from summarize.transcript import parse


def decide(rules, text: str) -> dict:
    return {name: d.value for name, d in rules.decide(text).items()}


def speakers(rules, text: str) -> list[tuple[str, bool]]:
    t = parse(text, rules.taxonomy)
    return [(s.speaker, s.is_question) for s in t.sentences]


# ------------------------------------------------ unpunctuated operator questions


@pytest.mark.parametrize(
    "line", ["usted todavía está en el fundo", "y la niña va al colegio", "usted sabe dónde queda la casa"]
)
def test_unpunctuated_operator_question(rules, line):
    text = f"línea contra la trata buenos días\naló mire mi primo trabaja en un fundo y no le pagan\n{line}"
    assert speakers(rules, text)[-1] == ("operator", True)


def test_a_callers_statement_opening_with_y_stays_a_statement(rules):
    text = (
        "operator: línea contra la trata buenos días\ncaller: y la señora tiene a la chica encerrada no la deja salir"
    )
    assert speakers(rules, text)[-1] == ("caller", False)


def test_asking_whether_she_is_still_there_is_no_fact(rules):
    # before: "usted todavía está en el fundo" counted as "still there" and the escape was lost
    text = (
        "línea contra la trata buenos días\n"
        "aló una consulta mire yo trabajaba en un fundo y el enganchador se quedó con mi dni y no me ha pagado\n"
        "usted todavía está en el fundo\n"
        "no no ya me salí hace dos semanas estoy donde mi tío"
    )
    assert decide(rules, text)["situation"] == Situation.past


def test_still_there_as_the_callers_fact_is_ongoing(rules):
    text = (
        "línea contra la trata buenos días\n"
        "aló mire mi hermano trabaja en un fundo el enganchador se quedó con su dni y no le pagan\n"
        "y ahora dónde está su hermano\n"
        "todavía está en el fundo señorita no lo dejan salir"
    )
    assert decide(rules, text)["situation"] == Situation.ongoing


def test_answer_no_then_a_negated_fact_stays_negated(rules):
    # "ya" opens a new clause after the answer "no no"; a "no" right before the verb still denies it
    text = (
        "operator: ¿La tienen encerrada?\n"
        "caller: no no ya no la encierran, sale los domingos, pero no le pagan y le quitaron el dni"
    )
    assert decide(rules, "operator: Línea contra la trata.\n" + text)["situation"] != Situation.past


# ------------------------------------------------ the wrong service


def test_operator_saying_this_is_another_line_makes_it_not_relevant(rules):
    text = (
        "línea contra la trata buenas tardes en qué le puedo ayudar\n"
        "aló sí buenas tardes este es el número del bono\n"
        "no señora esta es otra línea aquí no vemos temas de bonos\n"
        "ay ya y no sabe a dónde tengo que llamar porque a mi mamá no le sale en la lista y vive solita\n"
        "tendría que averiguar en la municipalidad de su distrito\n"
        "ah ya ya disculpe la molestia gracias chau"
    )
    assert decide(rules, text)["call_type"] == CallType.not_relevant


def test_a_case_told_after_the_greeting_is_not_redirected(rules):
    text = (
        "línea contra la trata buenas tardes en qué le puedo ayudar\n"
        "aló sí mire mi hija está en un bar en la rinconada y no la dejan salir le quitaron su dni\n"
        "aquí no es seguro que hable por teléfono\n"
    )
    assert decide(rules, text)["call_type"] != CallType.not_relevant


# ------------------------------------------------ offers turned down, proposals, advice


def test_decline_drops_only_the_offer_it_answers(rules):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Al lado tienen a una niña de empleada, no va al colegio, ahorita la han pegado.\n"
        "operator: gracias voy a avisar ahora mismo a la policía para que vayan a la casa le puedo dejar "
        "un número para devolverle la llamada después\n"
        "caller: no no mejor no me llame señorita tengo miedo"
    )
    acts = decide(rules, text)["actions"]
    assert Action.police_dispatch in acts and Action.follow_up_call not in acts


def test_declined_police_offer_is_no_dispatch(rules):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Me obligan a atender clientes y me quitaron el pasaporte.\n"
        "operator: ¿Quiere que avisemos ahora mismo a la policía para que vayan a buscarla?\n"
        "caller: No, no, ahorita no, tengo miedo."
    )
    assert Action.police_dispatch not in decide(rules, text)["actions"]


def test_refusal_after_thanks_and_a_reason(rules):
    text = (
        "operator: Anti-trafficking line, good evening.\n"
        "caller: There are kids begging every night and a woman takes all their coins and slaps them.\n"
        "operator: We'll pass this to the child protection unit. Would you like us to call you back?\n"
        "caller: I'd love that, but I'm flying to Lima tomorrow and my phone won't work. So no, it's fine."
    )
    acts = decide(rules, text)["actions"]
    assert Action.follow_up_call not in acts and Action.referral_legal in acts


def test_accepted_call_back_after_thanks(rules):
    text = (
        "operator: Anti-trafficking line, good evening.\n"
        "caller: There are kids begging every night and a woman takes all their coins and slaps them.\n"
        "operator: We'll pass this to the child protection unit. Would you like us to call you back?\n"
        "caller: I'd love that, thank you. This number is fine."
    )
    assert Action.follow_up_call in decide(rules, text)["actions"]


@pytest.mark.parametrize(
    "proposal", ["¿Le parece si lo llamamos el viernes?", "¿Le parece que la llamemos mañana a la misma hora?"]
)
def test_proposed_call_back_accepted(rules, proposal):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Mi amigo trabaja en una balsa de garimpo y no le pagan, dicen que debe la comida.\n"
        f"operator: Pasamos el caso a la fiscalía. {proposal}\n"
        "caller: Pode ser, sí."
    )
    assert Action.follow_up_call in decide(rules, text)["actions"]


def test_if_we_call_you_as_a_condition_is_no_call_back(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Mi amigo trabaja en una balsa y no le pagan, dicen que debe la comida.\n"
        "operator: Si lo llamamos y no contesta, no se preocupe. Pasamos el caso a la fiscalía.\n"
        "caller: Ya, gracias."
    )
    assert Action.follow_up_call not in decide(rules, text)["actions"]


@pytest.mark.parametrize(
    "advice",
    [
        "No, no es legal. Una donación no se paga.",
        "Hace bien en desconfiar, esa oferta tiene varias señales de engaño.",
        "Para volver sin pasaporte, el consulado le puede dar un documento de viaje.",
        "Le doy el horario de atención de la defensa pública.",
    ],
)
def test_operator_advice_is_information_given(rules, advice):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi primo le ofrecieron plata por viajar a trabajar afuera, le pagan el pasaje. ¿Es legal?\n"
        f"operator: {advice}\n"
        "caller: Ya, gracias."
    )
    assert Action.information_given in decide(rules, text)["actions"]


def test_caller_saying_it_is_illegal_is_no_advice(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi primo le quitaron el dni en la mina y no le pagan, eso es ilegal, ¿no?\n"
        "operator: Vamos a pasar el caso a la fiscalía.\n"
        "caller: Ya, gracias."
    )
    assert Action.information_given not in decide(rules, text)["actions"]


# ------------------------------------------------ forms described, not named


def forms(rules, caller_line: str) -> list:
    text = "operator: Línea contra la trata, buenas noches.\ncaller: " + caller_line
    return decide(rules, text)["exploitation_types"]


@pytest.mark.parametrize(
    "line, form",
    [
        (
            "Al lado tienen a una chiquita de doce años, la tienen de empleada, lavando, cocinando.",
            "domestic_servitude",
        ),
        ("Trabajé cuatro años puertas adentro en una casa y la señora nunca me dejó salir.", "domestic_servitude"),
        (
            "Mi hijo me llamó: no es cacao, me hacen cargar unas mochilas pesadas de noche por el cerro.",
            "forced_criminality",
        ),
        ("Una señora la lleva de noche a los hoteles a estar con extranjeros y a la mamá le dan plata.", "sexual"),
        (
            "Four kids ask tourists for photos and coins until midnight and give the money to a woman who slaps them.",
            "forced_begging",
        ),
        ("Una señora le paga el cuarto a la gestante y cuando nazca el bebé se lo tiene que entregar.", "other"),
        ("Un tipo por Facebook le ofrece quince mil dólares si vende un riñón, dice que es una donación.", "other"),
        ("Su papá la quiere juntar con un señor de cuarenta ya mayor, le ha dado plata y dos vaquitas.", "other"),
    ],
)
def test_form_described_not_named(rules, line, form):
    assert form in forms(rules, line)


@pytest.mark.parametrize(
    "line, form",
    [
        ("No es que me hagan cargar mochilas, yo llevo mi mochila al colegio nomás.", "forced_criminality"),
        ("Mi hermana trabaja de empleada en una casa, le pagan bien y sale sus domingos.", "domestic_servitude"),
        ("Estuve con unos turistas en la plaza tomando fotos, todo tranquilo.", "sexual"),
        ("Mi hija va a tener su bebé en marzo y lo vamos a cuidar entre todos.", "other"),
        ("Mi tío necesita un riñón y está en lista de espera en el hospital.", "other"),
    ],
)
def test_ordinary_life_is_no_form(rules, line, form):
    assert form not in forms(rules, line)


# ------------------------------------------------ counts


@pytest.mark.parametrize(
    "line, count",
    [
        ("Mi hijo está allá y dijo que son como cinco más, todos chibolos de su edad.", 6),
        ("Hay una chica venezolana encerrada y dos más en el local, no las dejan salir.", 3),
    ],
)
def test_n_more_adds_to_the_one_told_of(rules, line, count):
    text = "operator: Línea contra la trata.\ncaller: " + line + " No les pagan."
    assert decide(rules, text)["victims"].count == count


@pytest.mark.parametrize(
    "line",
    [
        "I'm still in Peru for two more weeks, my friend works there unpaid.",
        "Mi amigo trabaja en la mina sin pago, se queda dos más o menos semanas.",
    ],
)
def test_more_time_is_no_people(rules, line):
    text = "operator: Anti-trafficking line.\ncaller: " + line
    assert decide(rules, text)["victims"].count in (None, 1)


# ------------------------------------------------ where, who, how old


def test_place_she_is_to_be_moved_to_does_not_outvote_where_she_is(rules):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Estoy en un hostal en Tacna, me dejaron con llave, nos hacían tomar con los clientes.\n"
        "caller: Y dice que en la noche me va a pasar a Chile a Arica, ella tiene mi dni."
    )
    assert decide(rules, text)["region"] == "Tacna"


def test_destination_of_an_offer_not_taken_is_the_region(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi prima le ofrecieron trabajo, la van a llevar a Chile la próxima semana, le pagan el pasaje. "
        "¿Es confiable?"
    )
    assert decide(rules, text)["region"] == "Chile"


@pytest.mark.parametrize(
    "line, role",
    [
        (
            "So I'm a tourist staying near the main square, and every night some kids beg until midnight; my friend "
            "heard the woman say they don't eat until they make fifty soles.",
            "witness",
        ),
        (
            "I work in compliance for a mining company. Workers at a contractor's camp say the recruiter holds their "
            "ID cards and they owe a debt for food.",
            "professional",
        ),
    ],
)
def test_caller_role_from_who_they_say_they_are(rules, line, role):
    text = "operator: Anti-trafficking line.\ncaller: " + line
    assert decide(rules, text)["caller_role"].value == role


def test_complying_with_a_request_is_no_corporate_role(rules):
    text = (
        "operator: Anti-trafficking line.\n"
        "caller: My sister is in a bar in Cusco and they keep her passport, she can't leave. "
        "I'm in compliance with what you asked, I'll send her address."
    )
    assert decide(rules, text)["caller_role"].value != "professional"


def test_years_spent_somewhere_are_no_age(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Ya salí. En los cuatro años que estuve ahí la señora me pagaba la mitad y tiene mi pasaporte."
    )
    assert decide(rules, text)["victims"].minors_involved is False


def test_an_age_in_years_still_counts(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Mi sobrina tiene cuatro años y la tienen pidiendo plata en los semáforos."
    )
    assert decide(rules, text)["victims"].minors_involved is True


def test_a_pregnant_girl_is_female(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Tengo una gestante de diecisiete años; una señora le paga el cuarto y cuando nazca el bebé "
        "se lo tiene que entregar."
    )
    assert "female" in [s.value for s in decide(rules, text)["victims"].sexes]


# ------------------------------------------------ the caller as the one held

VICTIM_WITH_FAMILY = (
    "operator: Línea contra la trata.\n"
    "caller: Vine por trabajo de anfitriona, pero la señora me dijo que tenía que pasar con los "
    "clientes al cuarto. Ella dice que le debo mil ochocientos soles, y tiene fotos de mi niña, "
    "que está en Maracay con mi mamá, dice que sabe dónde viven. Yo no estoy encerrada, ¿ves?, pero "
    "tampoco me puedo ir."
)


def test_family_used_as_leverage_does_not_make_the_caller_a_relative(rules):
    assert decide(rules, VICTIM_WITH_FAMILY)["caller_role"].value == "victim"


def test_a_relative_telling_of_her_daughter_stays_family(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Llamo por mi hija, está en un local en Tarapoto, la señora dice que le debe mil soles y no la "
        "deja salir. Mi hija me manda mensajes llorando."
    )
    assert decide(rules, text)["caller_role"].value == "family_member"


def test_a_quoted_first_person_is_the_quoted_persons(rules):
    text = (
        "operator: Anti-trafficking line.\n"
        'caller: My friend works at a restaurant in Miraflores. She says "no puedo irme, le debo plata al '
        'dueño", and they keep her passport.'
    )
    assert decide(rules, text)["caller_role"].value != "victim"


def test_tag_question_then_statement_is_a_statement(rules):
    t = parse("operator: Hola.\ncaller: Yo no estoy encerrada, ¿ves?, pero tampoco me puedo ir.", rules.taxonomy)
    assert t.sentences[-1].is_question is False
    t = parse("operator: ¿Ves la casa desde ahí?\ncaller: Sí.", rules.taxonomy)
    assert t.sentences[0].is_question is True


@pytest.mark.parametrize(
    "line",
    [
        "Eu liguei na segunda-feira sobre o meu amigo que está numa balsa de garimpo.",
        "Yo llamé el martes por mi hermana, la que no dejan salir del bar.",
        "I called on Monday about the boys on the fishing boat.",
    ],
)
def test_a_call_named_by_its_day_is_a_follow_up(rules, line):
    text = "operator: Línea contra la trata.\ncaller: " + line + " No les pagan nada."
    assert decide(rules, text)["call_type"] == CallType.follow_up


def test_a_day_without_an_earlier_call_is_no_follow_up(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: El martes vi que llevaron a unas chicas al bar de la esquina y no las dejan salir."
    )
    assert decide(rules, text)["call_type"] != CallType.follow_up


# ------------------------------------------------ what the operator arranged


def test_operator_handing_the_case_on_is_the_operator_even_when_naming_the_crime(rules):
    text = (
        "línea contra la trata buenas noches en qué le ayudo\n"
        "señorita ayúdeme mi hijo se fue a la mina y no le pagan dice que debe el pasaje\n"
        "señora lo que le pasa a su hijo es explotación laboral de un menor y es un delito vamos a pasar el "
        "caso a la fiscalía de puno\n"
        "ya señorita por favor"
    )
    t = parse(text, rules.taxonomy)
    assert t.sentences[2].speaker == "operator"
    assert Action.referral_legal in decide(rules, text)["actions"]


def test_a_care_home_is_a_shelter(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Tengo aquí a una chica de quince que la obligan a salir con clientes en un bar.\n"
        "operator: Se coordina con la Unidad de Protección Especial para llevarla a un centro de acogida."
    )
    assert Action.referral_shelter in decide(rules, text)["actions"]


def test_the_health_centre_the_police_go_to_is_no_health_referral(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Soy la obstetra, tengo aquí a una chica de quince que la obligan a salir con clientes.\n"
        "operator: Vamos a alertar ahora mismo a la policía para que vaya al centro de salud. "
        "¿Me confirma la dirección del centro de salud?"
    )
    acts = decide(rules, text)["actions"]
    assert Action.police_dispatch in acts and Action.referral_health not in acts


def test_a_health_referral_still_counts(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Me escapé de la mina, no me pagaban y me duele mucho la espalda.\n"
        "operator: Le vamos a derivar a un centro de salud para que la atiendan mañana."
    )
    assert Action.referral_health in decide(rules, text)["actions"]


@pytest.mark.parametrize(
    "line",
    [
        "I am going to alert the police and the port authority now so they can inspect the ship.",
        "Como salen de madrugada, voy a alertar ahora a la policía para que verifique la situación.",
    ],
)
def test_alerting_the_police_now_is_dispatch(rules, line):
    text = (
        "operator: Anti-trafficking line.\n"
        "caller: The captain keeps our passports and we have no salary for nine months.\n"
        f"operator: {line}"
    )
    assert Action.police_dispatch in decide(rules, text)["actions"]


def test_police_told_about_it_later_is_no_dispatch(rules):
    text = (
        "operator: Anti-trafficking line.\n"
        "caller: The captain keeps our passports and we have no salary for nine months.\n"
        "operator: We will pass the case to the prosecutor, and the police will be informed next week."
    )
    assert Action.police_dispatch not in decide(rules, text)["actions"]


def test_operator_weighing_up_what_was_seen_is_the_operator(rules):
    text = (
        "Línea contra la trata, good afternoon. How can I help you?\n"
        "Hi, I'm a tourist. On a river tour the boat driver offered two young girls to my friend for money.\n"
        "This is very useful. What you saw is sexual exploitation of children. I will pass this information "
        "today to the specialised police and the prosecutor's office so they can investigate.\n"
        "Okay, thank you."
    )
    t = parse(text, rules.taxonomy)
    assert [s.speaker for s in t.sentences if "useful" in text[s.start : s.end]] == ["operator"]
    assert Action.referral_legal in decide(rules, text)["actions"]


def test_the_doctor_treating_the_caller_does_not_make_her_a_professional(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Ahí estuve tres años sin sueldo, la señora no me dejaba salir y se quedó con mi dni. "
        "Ya me está viendo el doctor de la posta."
    )
    got = decide(rules, text)
    assert got["caller_role"].value == "victim" and got["victims"].minors_involved is False


def test_a_receptionist_who_sees_it_is_a_witness(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Trabajo en la recepción de un hostal y llegó un señor con tres chicas, él tenía sus pasaportes "
        "y dos parecen menores de quince; no las deja salir ni hablar."
    )
    assert decide(rules, text)["caller_role"].value == "witness"


def test_no_thats_no_longer_needed_declines_the_offer(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: Trabajé cama adentro tres años sin sueldo y la señora se quedó con mi dni, ya salí.\n"
        "operator: Le vamos a conectar con un abogado gratuito. También le puedo dar una referencia a un centro "
        "de salud.\n"
        "caller: no eso ya no ya me está viendo el doctor, con el abogado sí por favor"
    )
    acts = decide(rules, text)["actions"]
    assert Action.referral_legal in acts and Action.referral_health not in acts


# ------------------------------------------------ not yet


@pytest.mark.parametrize(
    "question, answer",
    [
        ("la niña ya vive con ese señor", "no todavía no dicen que después de la fiesta del pueblo se la lleva"),
        ("¿Ya viajó o ya recibió dinero?", "No, no, todavía no viaja. El viaje sería la otra semana."),
    ],
)
def test_not_yet_answered_is_a_risk_ahead(rules, question, answer):
    text = (
        "línea contra la trata buenas tardes en qué le puedo ayudar\n"
        "soy profesora y una alumna de trece años dejó de venir sus papás la van a juntar con un señor mayor "
        "a cambio de una moto y plata ella no contesta su celular\n"
        f"{question}\n{answer}"
    )
    got = decide(rules, text)
    assert got["situation"] == Situation.at_risk and "other" in got["exploitation_types"]


def test_not_yet_for_a_trip_of_people_already_taken_stays_ongoing(rules):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Soy mototaxista. Llevé a un señor con cuatro chicas de quince al puerto, las subieron a un bote "
        "y él decía que iban a atender a los mineros.\n"
        "operator: ¿El bote ya salió?\n"
        "caller: Todavía no, sale a las diez."
    )
    assert decide(rules, text)["situation"] == Situation.ongoing


def test_a_friend_reporting_a_risk_ahead_reports_it(rules):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Te llamo porque un pana mío está a punto de hacer una locura: un tipo le ofrece cinco mil "
        "dólares por un riñón, lo llevan a Guayaquil.\n"
        "operator: ¿Ya viajó?\n"
        "caller: No, todavía no viaja."
    )
    got = decide(rules, text)
    assert got["call_type"] == CallType.report and "other" in got["exploitation_types"]


@pytest.mark.parametrize(
    "line",
    [
        "La semana pasada se ha escapado, solito ha venido en carro.",
        "Mi hijo se ha fugado de la ladrillera y ahora está conmigo.",
    ],
)
def test_has_escaped_is_past(rules, line):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi hijo de catorce lo tenían en una ladrillera cargando ladrillo sin pagarle. " + line
    )
    assert decide(rules, text)["situation"] == Situation.past


def test_photos_asked_of_a_daughter_are_no_leverage(rules):
    text = (
        "línea contra la trata buenas tardes\n"
        "boa tarde minha filha tem quinze anos e conheceu um homem pelo instagram que quer pagar a passagem "
        "dela e pediu fotos de biquíni\n"
        "ella ya viajó\n"
        "não ainda não ela está em casa comigo eu queria saber se isso é normal"
    )
    assert decide(rules, text)["caller_role"].value == "family_member"


def test_portuguese_but_after_a_number_adds_nobody(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: eu e mais duas meninas somos obrigadas a fazer programa num bar eu tenho vinte e quatro mas o "
        "dono tem arma"
    )
    assert decide(rules, text)["victims"].count == 3


# ------------------------------------------------ signs said plainly, who is a victim


@pytest.mark.parametrize(
    "line, form",
    [
        (
            "En el mercado encontramos a cinco menores cargando sacos y durmiendo sobre los costales; ninguno está "
            "matriculado y a ellos no les da nada.",
            "labour",
        ),
        (
            "Mi hijo está en una embarcación pesquera, no lo dejan bajar porque el patrón dice que debe el adelanto.",
            "labour",
        ),
        (
            "Mi alumna de trece limpia y cocina todo el día en una casa, no sale nunca, la señora cierra con llave.",
            "domestic_servitude",
        ),
    ],
)
def test_forced_work_said_plainly(rules, line, form):
    assert form in forms(rules, line)


def test_a_lone_relative_is_no_victim_among_many_mentions_of_the_other_sex(rules):
    text = (
        "operator: Anti-trafficking line.\n"
        "caller: My son was deceived, they took his passport and forced him to carry drugs. My son is in jail "
        "now, his passport is with them. I'm calling from my sister's phone."
    )
    assert [s.value for s in decide(rules, text)["victims"].sexes] == ["male"]


def test_two_boys_named_once_still_count(rules):
    text = (
        "operator: Anti-trafficking line.\n"
        "caller: Four little kids, two boys and two girls, ask tourists for coins until midnight; a woman takes "
        "the money. One of the girls got slapped, the girls looked scared, the little girls cried."
    )
    assert sorted(s.value for s in decide(rules, text)["victims"].sexes) == ["female", "male"]


@pytest.mark.parametrize(
    "verdict",
    [
        "Le explico: por lo que me cuenta no parece un caso de trata, porque no hay captación ni explotación; es "
        "violencia familiar. Para eso está la Línea 100.",
        "Por lo que me cuenta no es trata: usted puede irse y tiene sus documentos. Es un incumplimiento laboral.",
    ],
)
def test_operator_verdict_that_it_is_not_trafficking(rules, verdict):
    text = (
        "operator: Línea contra la trata, buenas noches.\n"
        "caller: Mi vecina vive encerrada, su esposo le pone candado a la puerta y no le pagan nada en el "
        "restaurante donde ayuda.\n"
        f"operator: {verdict}\n"
        "caller: Ah ya, gracias."
    )
    assert decide(rules, text)["call_type"] == CallType.not_relevant


def test_explaining_that_an_organ_sale_is_trafficking_is_no_verdict(rules):
    text = (
        "operator: Línea contra la trata.\n"
        "caller: A mi amigo le ofrecen cinco mil dólares por un riñón, lo llevan a Guayaquil la otra semana.\n"
        "operator: Captar a alguien por su necesidad para sacarle un órgano es trata de personas, aunque él "
        "diga que acepta. Vamos a pasar el caso a la fiscalía."
    )
    assert decide(rules, text)["call_type"] != CallType.not_relevant
