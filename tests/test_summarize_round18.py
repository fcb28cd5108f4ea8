"""Round 18 (from the misses of heldout26/27's mono runs), on short calls written for this round before any rule
changed (none phrased like a bench line), in es cased / lowercase ASR / en / pt, each cause with negatives:

- A caller who introduces themselves by an occupation is a professional, whatever the opener and whatever the job:
  "le habla <nombre>, trabajadora social de la municipalidad", "soy contadora", "I'm the site supervisor at a
  construction company", "sou engenheira agrônoma", "soy jefa de planta", in apposition after a name or unpunctuated;
  so is one who works with or for a project, programme or organisation ("I work with a clean water project",
  "trabajo con un programa de nutrición", "trabalho num projeto"). Not a relative's job ("mi hija es enfermera"), not
  "soy peruana, ama de casa", not the operator's own introduction, not a mototaxi driver who saw something, not a
  cook who is the one exploited, and not the manager of a hostel who sees guests come in (a witness, as in two of
  the three such calls in gold).
- The form named by a verb: "la están explotando sexualmente", "explorada sexualmente"; being made to scam strangers
  online ("lo obligan a estafar por internet", "a scam compound", "obrigam ele a aplicar golpes"). Not the caller's
  "creo que es una estafa", nor the operator speaking in general of "explotan laboralmente y a las chicas
  sexualmente".
- A call-back at a delay ("en media hora la llamo para contarle", "dentro de dos días lo llamo para ver"), and one
  promised after a polite command that closes the condition ("si llegan, quédese lejos y el lunes lo llamamos",
  "no se exponga identifíquese nomás y nosotros lo llamaremos"). Not the caller's "le llamo para avisarle", nor a
  call-back still inside its condition, nor our own act joined to a command by "y" ("escríbanos y enviamos a la
  policía").

On the rules before this round 19 of the 31 checks failed (9 of the occupation cause's 15, 6 of the form cause's 8,
4 of the call-back cause's 8). Three checks were written with a fix, after a run showed the need: the hostel
manager (a witness) and the plant manager (a professional, one of the 9) after the first full bench run, when
heldout21/23 hotel managers, witnesses in gold, turned professional; and the command joined by "y" after round 12's
"llámenos y mandamos" check failed (both guards passed on the old rules). After: none fails, none xfail. Also in the
README (Round 18)."""

from __future__ import annotations

import pytest


def role(rules, text: str) -> str:
    value = rules.decide(text)["caller_role"].value
    return getattr(value, "value", value)


# ------------------------------------------------------------------ an occupation or a project is a professional

PRO_APPOSITION_ES = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Le habla Marisol Quispe Huamán, trabajadora social de la Municipalidad de Juliaca. Quería "
    "informar de una situación.\n"
    "La escucho.\n"
    "En una visita a un taller de costura encontré a tres chicas de quince años que trabajan de noche y no salen "
    "del local, la dueña les guarda los documentos.\n"
    "Gracias por avisar, vamos a coordinar con la policía.\n"
)
PRO_LOWER_ES = (
    "linea contra la trata buenas tardes\n"
    "buenas tardes mi nombre es hector ccama contador de una cooperativa cafetalera en quillabamba y en la cosecha "
    "vi a unos chicos de trece años cargando sacos todo el dia sin pago el capataz dice que deben el pasaje\n"
    "entiendo gracias por llamar\n"
)
PRO_ACCOUNTANT_ES = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Soy contadora, llevo las cuentas de un restaurante en Chiclayo, y revisando la planilla me di "
    "cuenta de que dos chicas venezolanas trabajan todos los días sin sueldo y duermen en el almacén.\n"
    "¿Ellas pueden salir?\n"
    "Dicen que el dueño tiene sus pasaportes.\n"
)
PRO_SUPERVISOR_EN = (
    "Anti-trafficking hotline, good morning.\n"
    "Good morning. I'm the site supervisor at a construction company in Arequipa. One of our subcontractors "
    "brought in five young men who sleep in a container on site, and they told me they haven't been paid in two "
    "months and their boss holds their IDs.\n"
    "Thank you, can you tell me the address?\n"
)
PRO_PROJECT_EN = (
    "Hotline, good afternoon.\n"
    "Hi. My name is Tom Becker, I work with a clean water project in villages around Puno. In one village a woman "
    "keeps taking teenage girls to work in a bar in Juliaca, and they don't come back.\n"
    "How old are the girls?\n"
    "Fourteen, fifteen.\n"
)
PRO_PROGRAMME_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Trabajo con un programa de nutrición infantil en Huancavelica. En una de las familias que "
    "visitamos la niña de doce años ya no está, dicen que se la llevaron a Lima a trabajar en una casa y no le "
    "pagan.\n"
    "¿Sabe con quién está?\n"
)
PRO_ENGINEER_PT = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Eu sou engenheira agrônoma, faço assistência técnica numa fazenda perto de Iñapari, e lá tem uns "
    "rapazes que trabalham sem salário e não podem sair porque o gerente ficou com os documentos deles.\n"
    "Quantos são?\n"
    "Uns seis.\n"
)
PRO_PROJECT_PT = (
    "Línea contra la trata, bom dia.\n"
    "Bom dia. Trabalho num projeto de alfabetização em Tabatinga e uma aluna de catorze anos me contou que um homem "
    "leva meninas de barco para trabalhar em bares do outro lado da fronteira.\n"
    "Entendo. Ela está em perigo agora?\n"
)
# a hostel's manager sees guests come in like its receptionist: a witness (as two of three such calls in gold)
NEG_HOSTEL_MANAGER_LOWER_EN = (
    "hotline good evening\n"
    "hi this is carla i'm the duty manager at a hostel in cusco and a man just checked in with two girls who look "
    "about thirteen he has their passports and they won't talk\n"
    "thank you for calling which room are they in\n"
)
PRO_PLANT_LOWER_ES = (
    "linea contra la trata buenos dias\n"
    "buenos dias soy jefa de planta de una agroexportadora en ica y un contratista nos trae cuadrillas con chicos de "
    "catorce años que duermen en el campo y no les paga dice que le deben el transporte\n"
    "gracias por llamar\n"
)
PROFESSIONAL = [
    PRO_APPOSITION_ES,
    PRO_LOWER_ES,
    PRO_ACCOUNTANT_ES,
    PRO_SUPERVISOR_EN,
    PRO_PROJECT_EN,
    PRO_PROGRAMME_ES,
    PRO_ENGINEER_PT,
    PRO_PROJECT_PT,
    PRO_PLANT_LOWER_ES,
]


@pytest.mark.parametrize("text", PROFESSIONAL)
def test_occupation_or_project_is_professional(rules, text):
    assert role(rules, text) == "professional"


# a relative's job, a nationality or motherhood, the operator's own introduction, a bystander's job
NEG_RELATIVE_JOB = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hija es enfermera y se fue a Tacna por un trabajo que le ofrecieron, pero ahora no me contesta "
    "y una amiga dice que la tienen encerrada en un hostal.\n"
    "¿Desde cuándo no sabe de ella?\n"
)
NEG_NATIONALITY = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Soy peruana, ama de casa, y en el cuarto de al lado de mi casa en Ate he visto a "
    "unas chicas que entran y salen con hombres, y la señora las encierra con llave.\n"
    "¿Cuántas chicas son?\n"
)
NEG_OPERATOR_INTRO = (
    "Línea contra la trata, le habla Andrea, psicóloga de la línea, buenas tardes.\n"
    "Buenas tardes. En la chacra de al lado he visto a unos niños trabajando todo el día, no van al colegio y el "
    "dueño les grita.\n"
    "¿Cuántos niños son?\n"
)
NEG_DRIVER_LOWER = (
    "linea contra la trata buenas\n"
    "buenas soy mototaxista en iquitos y cada noche llevo a unas chicas menores a un bar del puerto el dueño las "
    "espera en la puerta y no las deja irse\n"
    "gracias por avisar\n"
)
NEG_VICTIM_JOB_EN = (
    "Hotline, good evening.\n"
    "Hi. I work as a cook in a restaurant in Lima and they don't pay me, the owner keeps my passport and I can't "
    "leave.\n"
    "Are you safe right now?\n"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (NEG_RELATIVE_JOB, "family_member"),
        (NEG_NATIONALITY, "witness"),
        (NEG_OPERATOR_INTRO, "witness"),
        (NEG_DRIVER_LOWER, "witness"),
        (NEG_VICTIM_JOB_EN, "victim"),
        (NEG_HOSTEL_MANAGER_LOWER_EN, "witness"),
    ],
)
def test_not_an_occupation_of_the_caller(rules, text, expected):
    assert role(rules, text) == expected


# ------------------------------------------------------------------ the form named by a verb, and forced scamming


def types(rules, text: str) -> set[str]:
    return {getattr(v, "value", v) for v in rules.decide(text)["exploitation_types"].value}


SEX_VERB_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi sobrina de dieciséis años anda con un señor de Huánuco que le compra de todo, y en su celular "
    "vi que él le manda nombres de hombres y la hora a la que tiene que verlos.\n"
    "Señora, eso que cuenta es que la están explotando sexualmente. ¿Dónde vive su sobrina?\n"
    "En Amarilis, con su abuela.\n"
)
SEX_VERB_LOWER = (
    "linea contra la trata buenas noches\n"
    "buenas noches llamo por una vecina de catorce años su padrastro la explota sexualmente la saca de noche y "
    "vuelve con plata\n"
    "entiendo gracias por avisar\n"
)
SEX_VERB_PT = (
    "Línea contra la trata, boa noite.\n"
    "Boa noite. Acho que a minha prima está sendo explorada sexualmente por um homem em Tabatinga, ele fica com o "
    "dinheiro que os clientes pagam.\n"
    "Quantos anos ela tem?\n"
)
SCAM_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. A mi hermano lo llevaron a Myanmar con una oferta de trabajo en informática y ahora me escribe "
    "que lo obligan a estafar a gente por internet doce horas al día, que le quitaron el pasaporte.\n"
    "¿Puede comunicarse con él?\n"
)
SCAM_EN = (
    "Hotline, good morning.\n"
    "Good morning. My cousin took a customer service job in Cambodia and it turned out to be a scam compound, they "
    "force him to scam people online and beat those who don't reach the target.\n"
    "When did you last hear from him?\n"
)
SCAM_LOWER_PT = (
    "linea contra la trata bom dia\n"
    "bom dia o meu filho foi para a tailandia por um emprego e agora diz que obrigam ele a aplicar golpes pela "
    "internet e não deixam sair do prédio\n"
    "entendo senhora\n"
)
# the word alone is no form: an offer the caller thinks is a fraud, a scam done to the caller
NEG_SCAM_FRAUD = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Me ofrecieron un trabajo en Chile por Facebook y me pidieron 300 soles para el trámite, creo que "
    "es una estafa.\n"
    "Hace bien en desconfiar. No deposite nada.\n"
)
NEG_SEX_GENERAL_OPERATOR = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hijo de diecisiete años se fue a trabajar a una mina en Madre de Dios y no le pagan, el "
    "dueño le guarda el DNI.\n"
    "Entiendo. A veces a los jóvenes los explotan laboralmente y a las chicas sexualmente en esos campamentos. "
    "¿Su hijo puede salir?\n"
    "No, dice que no lo dejan.\n"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        (SEX_VERB_ES, "sexual"),
        (SEX_VERB_LOWER, "sexual"),
        (SEX_VERB_PT, "sexual"),
        (SCAM_ES, "forced_criminality"),
        (SCAM_EN, "forced_criminality"),
        (SCAM_LOWER_PT, "forced_criminality"),
    ],
)
def test_form_named_by_a_verb_or_forced_scamming(rules, text, expected):
    assert expected in types(rules, text)


def test_a_scam_done_to_the_caller_is_no_forced_criminality(rules):
    assert "forced_criminality" not in types(rules, NEG_SCAM_FRAUD)


def test_operator_speaking_in_general_names_no_sexual_form(rules):
    assert types(rules, NEG_SEX_GENERAL_OPERATOR) == {"labour"}


# ------------------------------------------------------------------ a call-back at a time, or after an instruction


def actions(rules, text: str) -> set[str]:
    return {getattr(a, "value", a) for a in rules.decide(text)["actions"].value}


CALLBACK_IN_AN_HOUR = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Soy la directora del colegio de Lamas, una alumna de trece años nos contó que su tío la hace "
    "trabajar en un bar de noche.\n"
    "Vamos a avisar a la policía para que vayan al bar. En media hora la llamo para contarle qué coordinamos.\n"
    "Gracias.\n"
)
CALLBACK_LOWER_DAYS = (
    "linea contra la trata buenas noches\n"
    "buenas noches en la chacra de mi cuñado tienen a dos chicos de quince años trabajando sin pago y no los dejan "
    "salir\n"
    "ya tomé los datos dentro de dos días lo llamo para ver cómo siguen los chicos\n"
    "ya señorita gracias\n"
)
CALLBACK_OPERATOR_PARA = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. A mi vecina de diecisiete años la tienen en un karaoke de Pucallpa y no la dejan salir.\n"
    "Entiendo. Voy a pasar el caso a la fiscalía. Mañana la llamo para confirmarle que lo recibieron.\n"
)
CALLBACK_AFTER_IMPERATIVE = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. En el aserradero de mi pueblo hay chicos de catorce años trabajando de noche sin pago.\n"
    "Ya está avisada la policía. Si llegan mientras usted está ahí, quédese lejos y el lunes lo llamamos a este "
    "número.\n"
    "Ya, gracias.\n"
)
CALLBACK_AFTER_IMPERATIVE_LOWER = (
    "linea contra la trata buenas\n"
    "buenas en el puerto de yurimaguas hay niñas de trece años que atienden en una cantina hasta la madrugada y el "
    "dueño no las deja irse\n"
    "ya avisamos a la comisaría si la policía llega no se exponga identifíquese nomás y nosotros lo llamaremos el "
    "martes\n"
    "ya\n"
)
# the caller's own reason for the call, and a call-back still inside its condition
NEG_CALLER_PARA = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes, le llamo para avisarle que en un taller de Gamarra tienen a chicos de catorce años encerrados "
    "cosiendo sin pago.\n"
    "Gracias, vamos a avisar a la policía para que vayan.\n"
)
NEG_STILL_CONDITIONAL = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. A mi sobrina le ofrecen trabajo en una casa en Lima, pero le piden su DNI antes.\n"
    "Le explico: no entregue su documento. Si ella decide viajar, usted nos llama y la llamamos a ella.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        CALLBACK_IN_AN_HOUR,
        CALLBACK_LOWER_DAYS,
        CALLBACK_OPERATOR_PARA,
        CALLBACK_AFTER_IMPERATIVE,
        CALLBACK_AFTER_IMPERATIVE_LOWER,
    ],
)
def test_callback_at_a_time_or_after_an_instruction(rules, text):
    assert "follow_up_call" in actions(rules, text)


@pytest.mark.parametrize("text", [NEG_CALLER_PARA, NEG_STILL_CONDITIONAL])
def test_no_callback(rules, text):
    assert "follow_up_call" not in actions(rules, text)


# a command joined by "y" to what follows leaves that inside the condition
NEG_COMMAND_AND = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. En la mina de mi pueblo hay chicos de quince años que trabajan sin pago y duermen en el socavón.\n"
    "Vamos a pasar el caso a la fiscalía. Si vuelve a verlos, escríbanos y enviamos a la policía.\n"
    "Ya, gracias.\n"
)


def test_command_joined_by_and_stays_supposed(rules):
    assert "police_dispatch" not in actions(rules, NEG_COMMAND_AND)
