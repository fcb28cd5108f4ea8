"""Round 16 (from the misses of heldout23/24's first runs), on short calls written for this round before any rule
changed (none phrased like a bench line), each broad cause with negatives:

- Counting when several people are told: one more said "otro / otra / another / outra" ("hay otra chica igual",
  "there's another boy"), more of them with a number later ("there are other girls too, maybe three"), and a bare
  number answering the operator's "¿cuántos…? / how many…? / quantos…?" ("Como seis." "Siete son."); not "otra vez",
  "otro señor", an age or hours asked.
- Minors told with words around the age ("tiene solo quince", "tem só dezesseis", "tiene dieciséis también") or with
  diminutives ("se ven menorcitos"); a duration ("about two years ago") or a head count ("maybe four") is no age;
  the employer's children the worker takes to school are no victims.
- Forms told in other words: a man with girls at a lodging, man first ("a room for himself and two girls", "llegó un
  señor con dos chiquitas al hostal") is sexual, a father with his daughters is not; people kept shut in at a
  workshop ("los tenían trabajando encerrados", "nunca salían") is labour, the caller shut in out of fear is not.
- Region abroad and after a move: a place abroad the gazetteer lacked (Portugal: Odemira, Alentejo, Lisboa), "se fue a
  trabajar a Arica"; the town someone moved to after escaping ("moved to Lima", "me vine a Lima") is not where it
  happened.

Failures on the old rules are recorded in the README (Round 16)."""

from __future__ import annotations

import pytest


def victims(rules, text: str):
    return rules.decide(text)["victims"].value


def forms(rules, text: str) -> list[str]:
    return [getattr(v, "value", v) for v in rules.decide(text)["exploitation_types"].value]


def region(rules, text: str):
    return rules.decide(text)["region"].value


# ------------------------------------------------------------------ counting: one more, more with a number, "how many"

ANOTHER_ES = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes yo trabajo en una ladrillera en huaral y el dueño no me paga nada dice que le debo la comida y "
    "tiene mi dni hay otro muchacho de mi pueblo que está igual que yo\n"
    "los dejan salir\n"
    "no nos deja salir\n"
    "vamos a avisar a la fiscalía\n"
)
ANOTHER_EN = (
    "Hotline against trafficking, good afternoon.\n"
    "Hi. I'm a nurse at a clinic in Cusco. A girl of fifteen came in today, she works in a bar and they keep her "
    "papers. She told me there is another girl there, younger than her.\n"
    "Is she with you now?\n"
    "Yes, she's here with me.\n"
    "I'm sending the police to the clinic now.\n"
)
ANOTHER_PT = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Meu primo trabalha numa fazenda em Madre de Dios, não recebe nada e o patrão ficou com o "
    "documento dele. Tem outro rapaz lá também, do mesmo jeito.\n"
    "Eles podem sair?\n"
    "Não, não deixam.\n"
    "Vamos avisar a polícia.\n"
)
OTHERS_THEN_NUMBER = (
    "Hotline against trafficking, good evening.\n"
    "Hi. My sister works at a karaoke bar in Juliaca, they make her go with the clients and they took her ID. "
    "There are other girls there too, she said maybe three.\n"
    "Can she talk now?\n"
    "Only by messages.\n"
    "We will alert the police in Juliaca today.\n"
)
HOW_MANY_ES = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. En la chacra de al lado tienen a unos chicos cosechando desde la madrugada, no les pagan y "
    "duermen en un corral.\n"
    "¿Cuántos chicos son?\n"
    "Como seis, todos de la sierra.\n"
    "Vamos a pasar el caso a la policía.\n"
)
HOW_MANY_LOWER = (
    "línea contra la trata buenos días\n"
    "buenos días señorita en el taller de mi vecino los tienen cosiendo hasta la noche y no los dejan salir\n"
    "cuántas personas son\n"
    "siete son señorita\n"
    "vamos a avisar a la policía\n"
)
HOW_MANY_PT = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Numa boate perto do porto tem umas meninas que obrigam a sair com os clientes.\n"
    "Quantas meninas são?\n"
    "Umas quatro, eu acho.\n"
    "Vamos avisar a polícia agora.\n"
)
# negatives: "otra vez" and "otro señor" add nobody; an age or hours asked is no head count
OTHER_TIME = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi hija trabaja en un restaurante en ica y otra vez no le pagaron y el dueño tiene su dni "
    "ayer vino otro señor a buscarla\n"
    "la dejan salir\n"
    "no la dejan salir\n"
    "vamos a avisar a la fiscalía\n"
)
HOW_OLD = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi sobrino trabaja en una mina en Puno y no le pagan nada, le quitaron su DNI.\n"
    "¿Cuántos años tiene?\n"
    "Quince.\n"
    "¿Cuántas horas trabaja?\n"
    "Catorce, todos los días.\n"
    "Vamos a avisar a la policía.\n"
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (ANOTHER_ES, 2),
        (ANOTHER_EN, 2),
        (ANOTHER_PT, 2),
        (OTHERS_THEN_NUMBER, 4),
        (HOW_MANY_ES, 6),
        (HOW_MANY_LOWER, 7),
        (HOW_MANY_PT, 4),
    ],
    ids=[
        "another-es-lower",
        "another-en",
        "another-pt",
        "others-then-number",
        "how-many-es",
        "how-many-lower",
        "how-many-pt",
    ],
)
def test_several_people_told_are_counted(rules, text, count):
    assert victims(rules, text).count == count


@pytest.mark.parametrize("text", [OTHER_TIME, HOW_OLD], ids=["otra-vez-otro-senor", "age-and-hours-asked"])
def test_no_one_more_without_a_person(rules, text):
    assert victims(rules, text).count == 1


# ------------------------------------------------------------------ minors told with words around the age

ONLY_ES = (
    "línea contra la trata buenas noches\n"
    "buenas noches mi sobrina trabaja en un bar en pucallpa la obligan a tomar con los clientes y tiene solo "
    "quince nomás\n"
    "dónde está ahora\n"
    "allá en el bar\n"
    "vamos a avisar a la policía\n"
)
ONLY_PT = (
    "Línea contra la trata, boa noite.\n"
    "Boa noite. Minha vizinha trabalha numa boate em Iquitos, obrigam ela a sair com clientes. Ela tem só "
    "dezesseis.\n"
    "Ela está lá agora?\n"
    "Sim.\n"
    "Vamos avisar a polícia.\n"
)
AGE_THEN_WORD = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes en el barco donde trabajo no nos pagan y el patrón tiene los dni hay un chico que tiene "
    "diecisiete también de mi pueblo\n"
    "pueden bajarse\n"
    "no nos dejan bajar\n"
    "vamos a avisar a la capitanía y a la policía\n"
)
DIMINUTIVE = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. En el taller de mi cuadra tienen a unos chicos cosiendo encerrados, no salen nunca. "
    "Algunos se ven menorcitos.\n"
    "¿Desde cuándo?\n"
    "Hace meses.\n"
    "Vamos a avisar a la policía.\n"
)
# negatives: a duration, a head count, the employer's children, an adult said with "solo"
YEARS_AGO = (
    "Hotline against trafficking, good morning.\n"
    "Good morning. I'm calling for a friend, a woman of 30. About two years ago she was forced to work in a bar in "
    "Tacna with the clients, she got out and now she wants to report it.\n"
    "Is she safe now?\n"
    "Yes, she is.\n"
    "She can report it at the prosecutor's office, we can refer her to a free lawyer.\n"
)
MAYBE_FOUR = (
    "Hotline against trafficking, good evening.\n"
    "Hi, I'm a nurse. A woman of 24 came in with bruises, she says they force her to see clients at a massage "
    "place and keep her ID. There are other women there too, she said maybe four.\n"
    "Where is she now?\n"
    "Here with me.\n"
    "I'm sending the police now.\n"
)
EMPLOYERS_KIDS = (
    "Línea contra la trata, buenos días.\n"
    "Buenos días. Trabajo en una casa de empleada, tengo 22 años. Cocino, limpio, llevo a los niños al colegio y "
    "no me pagan desde hace cuatro meses, la señora tiene mi DNI.\n"
    "¿Puede salir?\n"
    "No me deja salir.\n"
    "Vamos a coordinar con la policía y un albergue.\n"
)
ADULT_ONLY = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi hija trabaja en un restaurante en ica no le pagan nada y el dueño tiene su dni tiene solo "
    "veinte años\n"
    "la dejan salir\n"
    "no la dejan salir\n"
    "vamos a avisar a la fiscalía\n"
)


@pytest.mark.parametrize(
    "text", [ONLY_ES, ONLY_PT, AGE_THEN_WORD, DIMINUTIVE], ids=["solo-es-lower", "so-pt", "age-then-word", "menorcitos"]
)
def test_minor_told_with_words_around(rules, text):
    assert victims(rules, text).minors_involved is True


@pytest.mark.parametrize(
    "text",
    [YEARS_AGO, MAYBE_FOUR, EMPLOYERS_KIDS, ADULT_ONLY],
    ids=["years-ago", "maybe-four", "employers-kids", "adult-solo"],
)
def test_no_minor_from_durations_counts_or_others_children(rules, text):
    assert victims(rules, text).minors_involved is False


def test_others_with_a_hedged_number_count_not_age(rules):
    assert victims(rules, MAYBE_FOUR).count == 5


# ------------------------------------------------------------------ forms told in other words

ROOM_EN = (
    "Hotline against trafficking, good evening.\n"
    "Hi, I work at the front desk of a small hostel in Cusco. A man just asked for one room for himself and two "
    "girls, they look twelve or thirteen, and he had no papers for them.\n"
    "Are they still there?\n"
    "They went up to the room.\n"
    "I'm sending the police now, don't go up.\n"
)
MAN_FIRST_ES = (
    "línea contra la trata buenas noches\n"
    "buenas noches estoy al frente de un hostal en ayacucho y acaba de llegar un señor mayor con dos chiquitas "
    "de colegio y entraron por atrás\n"
    "siguen ahí\n"
    "sí siguen adentro\n"
    "vamos a mandar a la policía ahora\n"
)
MAN_FIRST_PT = (
    "Línea contra la trata, boa noite.\n"
    "Boa noite. Trabalho numa pousada em Puno. Um homem chegou com duas meninas de uns treze anos e pediu um "
    "quarto só para eles.\n"
    "Eles ainda estão aí?\n"
    "Sim.\n"
    "Vamos mandar a polícia agora.\n"
)
FATHER_DAUGHTERS = (
    "Línea contra la trata, buenas noches.\n"
    "Buenas noches. Trabajo en un hotel en Cusco. Un señor llegó con su esposa y sus dos hijas, pidieron dos "
    "cuartos, todo normal, solo quería preguntar si tengo que pedir los documentos de las niñas.\n"
    "Sí, es bueno pedirlos siempre.\n"
)
SHUT_IN_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Llamo por el taller de confección de al lado de mi casa, en Comas. Tenían a unas chicas "
    "trabajando encerradas, nunca salían.\n"
    "¿Siguen ahí?\n"
    "Sí, las sigo escuchando.\n"
    "Vamos a avisar a la policía.\n"
)
SHUT_IN_EN = (
    "Hotline against trafficking, good afternoon.\n"
    "Hi. There's a sewing workshop next to my shop in Lima, the young men work there all day and they're locked "
    "in, they never come out.\n"
    "Are they there now?\n"
    "Yes.\n"
    "We will alert the police.\n"
)
AFRAID_INSIDE = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi expareja me pegaba y ahora estoy encerrada en mi cuarto porque tengo miedo de salir quiero "
    "saber a dónde ir\n"
    "está en peligro ahora\n"
    "no ahorita no\n"
    "puede ir al centro emergencia mujer o llamar a la línea cien\n"
)


@pytest.mark.parametrize(
    "text", [ROOM_EN, MAN_FIRST_ES, MAN_FIRST_PT], ids=["room-en", "man-first-es-lower", "man-first-pt"]
)
def test_a_man_with_girls_at_a_lodging_is_sexual(rules, text):
    assert "sexual" in forms(rules, text)


def test_a_father_with_his_daughters_at_a_hotel_is_no_form(rules):
    assert "sexual" not in forms(rules, FATHER_DAUGHTERS)


@pytest.mark.parametrize("text", [SHUT_IN_ES, SHUT_IN_EN], ids=["encerradas-es", "locked-in-en"])
def test_kept_shut_in_at_a_workshop_is_labour(rules, text):
    assert forms(rules, text) == ["labour"]


def test_the_caller_shut_in_out_of_fear_is_no_labour(rules):
    assert "labour" not in forms(rules, AFRAID_INSIDE)


# ------------------------------------------------------------------ region abroad and after a move

ABROAD_PT = (
    "Línea contra la trata, bom dia.\n"
    "Bom dia. Sou assistente social em Odemira, no Alentejo. Temos aqui três peruanos que trabalhavam numa "
    "estufa, sem salário, e o encarregado ficou com os passaportes.\n"
    "¿Siguen allí?\n"
    "Sim, ainda estão lá.\n"
    "Vamos a derivar a la fiscalía.\n"
)
WENT_TO_WORK_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes, soy de Tacna. Mi hija se fue a trabajar a Arica hace dos meses y ahí la obligan a estar con "
    "los clientes, le quitaron el pasaporte.\n"
    "¿Sigue allá?\n"
    "Sí.\n"
    "Vamos a informar al consulado y a la policía.\n"
)
MOVED_EN = (
    "Hotline against trafficking, good morning.\n"
    "Good morning. A client of mine, a woman of 28, was forced to work in a bar in Tumbes last year. She escaped "
    "and moved to Lima, and she wants to report it.\n"
    "Is she safe?\n"
    "Yes.\n"
    "We can refer her to a free lawyer.\n"
)
# negative: where the work goes on now is still the region
WORKS_IN_LIMA = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes mi hermana se vino a lima y ahora trabaja en un taller en comas no le pagan y le quitaron el "
    "dni\n"
    "la dejan salir\n"
    "no\n"
    "vamos a avisar a la policía\n"
)


@pytest.mark.parametrize(
    ("text", "where"),
    [(ABROAD_PT, "Portugal"), (WENT_TO_WORK_ES, "Chile"), (MOVED_EN, "Tumbes"), (WORKS_IN_LIMA, "Lima")],
    ids=["odemira-pt", "went-to-work-at-arica", "moved-after", "works-there-now"],
)
def test_region_abroad_and_after_a_move(rules, text, where):
    assert region(rules, text) == where


# ------------------------------------------------------------------ chores for a business's guests are labour

GUESTS_EN = (
    "Hotline against trafficking, good evening.\n"
    "Hi. I came as a volunteer to an eco lodge near Puerto Maldonado. Now I do the cooking and cleaning for the "
    "guests fourteen hours a day, they haven't paid me anything and the owner keeps my passport.\n"
    "Can you leave?\n"
    "No, there's no road and he has the boat.\n"
    "We will send the police to you.\n"
)
GUESTS_ES = (
    "línea contra la trata buenas noches\n"
    "buenas noches yo cocino y limpio para los huéspedes de un retiro en la selva desde la madrugada y no me pagan "
    "nada el dueño tiene mi dni\n"
    "puede salir\n"
    "no no me deja salir\n"
    "vamos a avisar a la policía\n"
)
# negative: the same chores for a family at its home stay domestic servitude
FAMILY_HOME = (
    "línea contra la trata buenas noches\n"
    "buenas noches mi hermana trabaja en una casa cocina y limpia para la familia desde la madrugada y no le pagan "
    "nada la señora tiene su dni\n"
    "la dejan salir\n"
    "no la dejan salir\n"
    "vamos a avisar a la policía\n"
)


@pytest.mark.parametrize("text", [GUESTS_EN, GUESTS_ES], ids=["lodge-en", "retiro-es-lower"])
def test_chores_for_guests_are_labour(rules, text):
    assert forms(rules, text) == ["labour"]


def test_chores_for_a_family_stay_domestic(rules):
    assert forms(rules, FAMILY_HOME) == ["domestic_servitude"]


# ------------------------------------------------------------------ a foreign police or authority names the country

FOREIGN_POLICE_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes, soy de Tacna. Mi sobrina estaba en un local donde la obligaban a estar con clientes y ayer la "
    "policía chilena entró y la sacó. Ahora está en un albergue allá.\n"
    "¿Ya regresó?\n"
    "No, todavía no.\n"
    "Vamos a coordinar con el consulado.\n"
)
FOREIGN_POLICE_PT = (
    "Línea contra la trata, bom dia.\n"
    "Bom dia. Sou de Puno. Minha irmã trabalhava numa fazenda sem salário e a polícia boliviana foi lá e tirou "
    "ela ontem.\n"
    "¿Dónde está ahora?\n"
    "Num abrigo.\n"
    "Vamos a derivar a la fiscalía.\n"
)
# negative: a person's nationality is no place
CHILEAN_GIRL = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes en un bar en tacna hay una chica chilena que la obligan a estar con los clientes y le quitaron "
    "el pasaporte\n"
    "sigue ahí\n"
    "sí\n"
    "vamos a avisar a la policía\n"
)


@pytest.mark.parametrize(
    ("text", "where"),
    [(FOREIGN_POLICE_ES, "Chile"), (FOREIGN_POLICE_PT, "Bolivia"), (CHILEAN_GIRL, "Tacna")],
    ids=["policia-chilena", "policia-boliviana", "chica-chilena"],
)
def test_a_foreign_police_names_the_country(rules, text, where):
    assert region(rules, text) == where


# ------------------------------------------------------------------ a place the operator asks about, confirmed

CONFIRMED_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes, ya llamé antes por mi sobrino. Soy de Puno.\n"
    "¿Su sobrino es el muchacho que se fue a trabajar a una mina en Bolivia?\n"
    "Sí, él. Sigue allá, no le pagan y no lo dejan salir.\n"
    "Vamos a informar al consulado y a la fiscalía.\n"
)
DENIED_ES = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes, mi hija trabaja en un restaurante en Piura, no le pagan y el dueño tiene su DNI.\n"
    "¿El restaurante está en Sullana o en Lima?\n"
    "No, en Piura mismo, en el centro.\n"
    "Vamos a avisar a la policía.\n"
)


@pytest.mark.parametrize(
    ("text", "where"), [(CONFIRMED_ES, "Bolivia"), (DENIED_ES, "Piura")], ids=["confirmed", "denied"]
)
def test_a_place_asked_and_confirmed(rules, text, where):
    assert region(rules, text) == where


# ------------------------------------------------------------------ guards added after the first full bench run
# (written with the guard, not before: the pair, the contrasted other and the possessor)

PAIR_IN_GROUP = (
    "línea contra la trata buenas tardes\n"
    "buenas tardes en la chacra son tres muchachos que no les pagan nada y el patrón tiene sus dni menores son dos "
    "mi primo y otro chico de quince\n"
    "los dejan salir\n"
    "no\n"
    "vamos a avisar a la policía\n"
)
OTHER_GONE = (
    "Línea contra la trata, buenas tardes.\n"
    "Buenas tardes. Mi hijo trabaja en un aserradero, no le pagan y le quitaron el DNI. Había otro chico, pero ya "
    "se fue a su casa.\n"
    "¿Su hijo sigue ahí?\n"
    "Sí.\n"
    "Vamos a avisar a la policía.\n"
)
WHOSE_PHONE = (
    "Línea contra la trata, boa tarde.\n"
    "Boa tarde. Minha filha está numa boate em Iquitos, obrigam ela a sair com clientes. Ela me liga do celular "
    "de outra menina.\n"
    "Ela está lá agora?\n"
    "Sim.\n"
    "Vamos avisar a polícia.\n"
)


@pytest.mark.parametrize(
    ("text", "count"),
    [(PAIR_IN_GROUP, 3), (OTHER_GONE, 1), (WHOSE_PHONE, 1)],
    ids=["pair-in-group", "other-gone", "whose-phone"],
)
def test_one_more_guards(rules, text, count):
    assert victims(rules, text).count == count
