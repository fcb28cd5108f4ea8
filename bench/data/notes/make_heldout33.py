# ruff: noqa: E501, RUF100
"""Generate heldout33.jsonl: 16 fictional, labelled hotline calls held out from the drafter.

Written by an outside test-data writer who never saw the drafter's code, rules, tests or
results. Files read: ../../shared/eval/LABELS.md (fields, allowed values, PII types),
../../shared/eval/make_dev.py (annotation conventions, example calls and notes) and
make_heldout.py (the builder: call(), note(), build()). Same markup: [[TYPE|surface]]
marks PII, "O: " / "C: " mark operator and caller. All people, phone numbers, IDs,
addresses, plates and businesses are invented; towns, districts, provinces, regions and
countries are real.

Mix of styles: 5 lowercase unpunctuated ASR Spanish (fillers, self-corrections, numbers
in words), 5 cased Spanish, 2 English, 1 Brazilian Portuguese, 1 Venezuelan Spanish,
1 Spanish/English code-switching, 1 Andean Spanish with Quechua words.
Callers: professionals (bus driver, teacher called back by the operator, hotel
receptionist, midwife, consular officer), victims (in Peru and abroad), relatives,
a co-worker, witnesses (neighbour, lorry driver) and members of the public.
Call types: 8 reports, 2 help requests, 2 information requests, 2 follow-ups (one the
operator's own call-back, one caller-initiated) and 2 not relevant (labour dispute with
no trafficking signs, consumer complaint).
Exploitation: sexual (minors and adults, in Peru and abroad), labour (fishing boat,
garment workshop, hostel, coffee farm), domestic servitude abroad, forced begging,
forced criminality (drug mule, drug carrying by minors), other (forced child marriage,
organ sale), unknown (minors in transit); one call has two types.
Regions: named directly, inferred from a town/district/province only, foreign
countries, caller and victim in different regions, and calls with no place (null).
Situations: ongoing, past, at_risk, and null for the two not-relevant calls.
Urgencies: 3 immediate, 6 high, 4 medium, 3 low, decided by the facts told.

Run: cd notes && python3 make_heldout33.py   (writes heldout33.jsonl next to this file)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout33.jsonl")


# ------------------------------------------------ lowercase ASR, Spanish ----

call(
    "h33-asr-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches eh mire yo soy chofer de la empresa [[ORGANIZATION|transportes selva andina]] hago la ruta desde [[LOCATION|pucallpa]] y ahorita estamos en la parada de [[LOCATION|tingo maría]]
O: sí le escucho dígame qué pasa
C: tengo tres chibolitas en el bus que viajan con un señor y este no me cuadra nada señorita las chicas son menores se nota
O: por qué le parece raro
C: porque el señor compró los cuatro pasajes pagó en efectivo y los dnis de las tres los tiene él en su casaca no los suelta y las chicas no hablan con nadie ni han comido ya llevamos como ocho horas de viaje
O: ha podido hablar con alguna de ellas
C: sí en el baño del paradero la más grandecita le contó a mi terramoza que tiene [[AGE|quince años]] que el señor no es su familiar que lo conocieron hace una semana en su comunidad y que les ofreció trabajo pero no les dijo de qué
O: sabe a dónde las llevan
C: eso es lo raro ella no sabe el señor les dijo a la costa a una chacra o a un restaurante algo así no no les dijo a dónde exactamente
O: las chicas han sufrido algún daño alguien las ha tocado
C: no eso no nadie les ha pegado nada de eso o sea todavía no han trabajado recién las están llevando pero la chica dice que tiene miedo porque el señor le quitó el celular apenas subieron
O: cuántos años calcula que tienen las otras dos
C: una parece de [[AGE|catorce]] y la otra de [[AGE|quince]] también más o menos
O: cuánto tiempo va a estar el bus en la parada
C: veinte minutos nomás señorita eh veinticinco salimos a las [[DATE_TIME|once y media]]
O: bien escúcheme voy a avisar ahora mismo a la comisaría de [[LOCATION|tingo maría]] para que vayan al paradero antes de que salga el bus me da la placa del bus
C: sí es [[OTHER_ID|a cuatro ere guion nueve siete uno]] un bus de dos pisos blanco con verde
O: y cómo es el señor
C: gordito de casaca negra de unos [[AGE|cuarenta años]] las chicas le dicen tío [[PERSON|beto]] eso le escuchó mi terramoza
O: usted no lo confronte no le diga nada solo retrase la salida si puede hasta que llegue la policía
C: ya ya yo digo que estamos revisando las llantas
O: muy bien me deja un número para que el policía se comunique con usted
C: sí es el [[PHONE_NUMBER|nueve siete uno cuatro cero tres ocho ocho dos]]
O: gracias la policía ya está avisada en unos minutos le devuelvo la llamada para confirmar que llegaron
C: ya señorita gracias ojalá lleguen rápido
""",
    note(
        "professional",
        "report",
        ["unknown"],
        3,
        True,
        ["female"],
        "Huánuco",
        "at_risk",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un chofer de bus interprovincial reporta que tres adolescentes viajan con un hombre que no es su familiar, "
        "que retiene sus documentos y el celular de una de ellas y les ofreció un trabajo sin decir cuál ni dónde. "
        "Se alertó a la policía para que intervenga en la parada antes de la salida del bus y se devolverá la llamada.",
    ),
)

call(
    "h33-asr-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señor disculpe la molestia eh quería saber si ustedes ven casos de de pescadores o sea de trabajo en el mar
O: sí también vemos esos casos cuénteme qué le pasó
C: yo me llamo [[PERSON|wilmer]] eh [[PERSON|wilmer ccori tapia]] tengo [[AGE|veinticuatro años]] y hace cuatro meses me embarqué en una lancha acá en [[LOCATION|ilo]] de un señor que le dicen don [[PERSON|chebo]]
O: qué le ofrecieron
C: cincuenta soles diarios más la parte de la pesca eso me dijo el patrón pero en cuatro meses no me pagó ni un sol dice que le debo la comida las botas el adelanto que le dio a mi mamá
O: le dio un adelanto a su mamá
C: sí doscientos soles no trescientos trescientos le dio cuando me fui y ahora dice que le debo más de dos mil
O: le quitaron algún documento
C: mi dni se lo quedó desde el primer día dijo que era para el zarpe para la capitanía y nunca me lo devolvió
O: cómo eran las horas de trabajo
C: en altamar trabajábamos casi todo el día dieciocho veinte horas dormíamos en la cubierta nomás y cuando reclamé el patrón me dijo que en el mar nadie se entera si uno se cae
O: eso es una amenaza grave dónde está usted ahora
C: ya me salí [[DATE_TIME|el sábado]] no [[DATE_TIME|el viernes]] en la noche cuando atracamos en el muelle me bajé y me fui donde mi primo acá en [[LOCATION|ilo]] mismo ahí estoy tranquilo
O: alguien lo ha buscado o lo ha amenazado desde que salió
C: no nadie nadie me ha buscado creo que ni se han dado cuenta o no les importa
O: había otras personas en su situación en la lancha
C: no los demás eran familia del patrón sus sobrinos a ellos sí les pagaban el único de fuera era yo
O: está usted herido
C: la mano derecha la tengo hinchada se me chancó con el winche hace como tres semanas y no me dejaron bajar a curarme
O: ya le explico señor [[PERSON|wilmer]] que le retengan el dni y no le paguen no es legal usted no le debe nada al patrón y tiene derecho a reclamar su pago mientras tanto puede sacar un duplicado de su dni en el reniec
C: ya o sea no le debo nada
O: no le debe nada vamos a derivar su caso a la fiscalía para que investiguen al patrón y para lo de la mano yo coordino con el centro de salud para que lo atiendan hoy mismo
C: ya señor gracias yo lo que quiero es mi plata y volver a mi tierra a [[LOCATION|juli]]
O: entendido la fiscalía lo va a llamar al número desde donde llama es suyo
C: no es de mi primo pero ahí me ubican
O: perfecto cuídese mucho y cualquier cosa vuelva a llamar
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["male"],
        "Moquegua",
        "past",
        "medium",
        ["information_given", "referral_legal", "referral_health"],
        "Un joven pescador relata que trabajó meses en una embarcación sin recibir pago, con su documento retenido, "
        "una deuda impuesta y amenazas del patrón, y que sufrió una lesión en la mano sin atención. Ya salió y está a "
        "salvo con un familiar; se le informó sobre sus derechos y el duplicado del documento, se deriva a la fiscalía "
        "y se coordina su atención de salud.",
    ),
)

call(
    "h33-asr-03",
    "es",
    "lowercase_asr",
    """
O: buenas tardes le llamo de la línea contra la trata hablo con la profesora [[PERSON|yesenia]]
C: sí sí con ella buenas tardes
O: profesora usted nos llamó [[DATE_TIME|el jueves]] por su alumna la que trabajaba de noche en la discoteca le llamo para hacer el seguimiento cómo está la situación
C: ay sí señorita justo quería llamarles eh [[DATE_TIME|el viernes]] en la noche la policía entró a la [[ORGANIZATION|discoteca kallpa]] y sacó a mi alumna y a otra chica más de [[AGE|dieciséis]] que no es del colegio
O: qué bueno que intervinieron y ellas dónde están ahora
C: las llevaron a un albergue del estado acá en [[LOCATION|abancay]] eh de la unidad de protección creo mi alumna me llamó ayer del teléfono de la tutora está tranquila dice que la tratan bien
O: y el dueño del local
C: a él lo detuvieron y a la señora que les conseguía los clientes no no la encontraron dicen que se escapó
O: ya esa información la tiene la fiscalía dígame hay algo que le preocupe ahora
C: sí señorita dos cosas una que la mamá de la chica vino al colegio molesta diciendo que por mi culpa le quitaron a su hija y la otra que si me van a llamar a declarar porque tengo miedo
O: la mamá la ha amenazado
C: no no amenazarme no solo gritó en la dirección y se fue nadie más me ha dicho nada
O: le explico profesora su identidad como denunciante es reservada la mamá no tiene por qué saber que fue usted y usted no está obligada a darle explicaciones si la fiscalía la cita a declarar es como testigo y puede pedir reserva de su identidad
C: ah ya ya eso me tranquiliza un poco
O: si la mamá vuelve a ir o si la amenaza avise al director y a nosotros y su alumna ya no tiene contacto con la gente de la discoteca
C: no ya no está en el albergue bien cuidada la tutora dice que va a seguir estudiando ahí mismo en dos o tres semanas ve lo del colegio
O: muy bien también le informo que en el colegio pueden pedir apoyo a la ugel para hablar del tema con los alumnos sin dar nombres
C: ya eso lo voy a conversar con el director mañana
O: perfecto la volvemos a llamar en dos semanas para ver cómo sigue todo le parece
C: sí señorita claro muchas gracias por llamar
O: gracias a usted profesora que tenga buena tarde
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        2,
        True,
        ["female"],
        "Apurímac",
        "past",
        "low",
        ["information_given", "follow_up_call"],
        "En una llamada de seguimiento de la línea, una docente informa que la policía intervino el local nocturno "
        "donde explotaban sexualmente a su alumna y a otra adolescente, que ahora están en un albergue estatal, y que "
        "la madre de la alumna fue a reclamarle sin amenazarla. Se le informó sobre la reserva de su identidad y su "
        "posible declaración como testigo, y se hará un nuevo seguimiento.",
    ),
)

call(
    "h33-asr-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita eh me dieron este número en la municipalidad no sé si es acá pero quiero denunciar a mi jefe
O: claro cuénteme qué pasó
C: yo trabajaba en una ferretería de despachador dos años no dos años y medio y [[DATE_TIME|el lunes]] el dueño me botó así nomás sin aviso y no me quiere pagar el último mes ni mis vacaciones nada
O: entiendo le hago unas preguntas en ese trabajo le quitaron su dni o algún documento
C: no no mi dni lo tengo yo siempre
O: podía salir cuando terminaba su turno irse a su casa
C: sí claro entraba a las ocho salía a las seis y me iba a mi casa con mi familia
O: le pagaban normalmente antes de esto
C: sí siempre me pagaba a fin de mes a veces se atrasaba unos días pero pagaba el problema es ahora que me botó
O: alguien lo ha amenazado o le ha dicho que usted le debe algo
C: no amenazas no solo me dijo que ya no había trabajo y que no tenía plata para pagarme que vuelva en dos semanas
O: ya señor por lo que me cuenta esto no es un caso de trata de personas es un conflicto laboral un despido sin pago de beneficios
C: ah y entonces a dónde voy
O: puede ir a la sunafil la superintendencia de fiscalización laboral ahí presenta su denuncia gratis lleve sus boletas o cualquier prueba de que trabajaba ahí y también puede pedir una conciliación en el ministerio de trabajo
C: boletas no tengo me pagaba en efectivo pero tengo los mensajes del whatsapp donde me dice a qué hora entrar
O: eso le sirve como prueba también y si tiene compañeros que puedan decir que usted trabajaba ahí mejor
C: ya señorita entonces voy a la sunafil muchas gracias disculpe la molestia
O: no se preocupe que le vaya bien
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Un trabajador llama por un despido sin pago de su último sueldo ni beneficios, sin indicios de trata: "
        "conserva su documento, salía libremente y no hay deuda ni amenazas. Se le explicó que es un conflicto "
        "laboral y se le orientó para presentar su denuncia ante la inspección de trabajo.",
    ),
)

call(
    "h33-asr-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata de personas buenas noches
C: aló buenas noches eh señorita quiero contar algo pero no quiero dar mi nombre se puede
O: sí claro puede quedar anónima la escucho
C: yo trabajo en un taller de costura en [[LOCATION|gamarra]] en [[LOCATION|la victoria]] soy remalladora yo entro en la mañana y me voy a mi casa en la tarde pero hay unos chicos que viven ahí adentro en el taller
O: cuántos son esos chicos
C: son siete cuatro chicas y tres muchachos los trajeron de [[LOCATION|huancavelica]] de una comunidad dicen dos son menores de edad una chica de [[AGE|dieciséis]] y un chico de [[AGE|diecisiete]] creo
O: qué es lo que a usted le preocupa de cómo viven
C: duermen en el tercer piso encima de los rollos de tela en colchones en el suelo y en la noche cuando nos vamos el dueño cierra la reja con candado por fuera dice que es para que no se roben la tela
O: o sea en la noche no pueden salir
C: no no pueden se quedan encerrados hasta que él abre a las siete de la mañana y trabajan hasta las diez once de la noche de lunes a sábado y el domingo medio día
O: les pagan algo
C: a mí sí me paga por prenda pero a ellos les dice que primero tienen que pagar el pasaje y la comida que les trajo y que todavía deben les da veinte soles a la semana para sus cosas
O: tienen sus documentos
C: eso no sé bien eh creo que no la chica de [[AGE|dieciséis]] me dijo que el señor le guardó su dni bueno que se lo pidió para hacerle un contrato y no se lo devolvió
O: los ha visto golpeados o les ha oído decir que los amenazan
C: golpes no he visto pero les grita feo y les dice que si se van la policía los va a buscar porque le deben plata
O: me puede dar la dirección del taller
C: es en el [[ADDRESS|jirón gamarra cuadra siete el edificio de la puerta amarilla tercer piso]] el taller se llama [[ORGANIZATION|confecciones killa]]
O: y el dueño cómo se llama
C: le dicen don [[PERSON|fausto]] el apellido no sé
O: gracias es muy importante lo que me cuenta vamos a pasar el caso a la policía especializada en trata y a la fiscalía para que hagan una intervención en el taller
C: pero que no sepan que fui yo porque me quedo sin trabajo
O: su identidad está protegida nadie sabrá que llamó puedo llamarla a este número en unos días para saber si hay novedades
C: sí a este mismo pero en la noche mejor
O: ya la llamamos en la noche gracias por llamar
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        7,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una compañera de trabajo reporta que siete jóvenes traídos de otra región, dos de ellos menores, viven y "
        "trabajan en un taller de confecciones donde los encierran con candado por las noches, les imponen una deuda "
        "por el traslado y casi no les pagan. Se deriva a la policía especializada y a la fiscalía para una "
        "intervención en el taller, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----

call(
    "h33-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Le hablo desde la recepción de un hospedaje en [[LOCATION|Jaén]], el [[ORGANIZATION|Hostal Los Cafetales]]. Disculpe que hable rápido, tengo que volver al mostrador.
O: No se preocupe, dígame.
C: Hace como veinte minutos entró un señor con una niña. Pidió una habitación matrimonial, pagó en efectivo y no quiso dar el documento de ella. Dijo que es su sobrina y que el DNI lo tenía en el carro.
O: ¿Qué edad aparenta la niña?
C: Es una niña, señorita, tendrá [[AGE|12 o 13 años]]. Todavía con la falda plomo del colegio. Cuando el señor salió a estacionar, se me acercó y me dijo bajito "no soy su sobrina", y se quedó mirando el piso.
O: ¿Le dijo algo más?
C: No, nada más, porque él volvió enseguida. La agarró del brazo y subieron. Están en la [[ADDRESS|habitación 204, en el segundo piso]].
O: ¿Tiene los datos del señor?
C: Sí, él sí dejó su DNI para registrarse: [[PERSON|Genaro Villacorta Ruiz]], DNI [[ID_NUMBER|41807736]]. Tendrá unos [[AGE|cincuenta años]]. Vino en una camioneta gris, la placa es [[OTHER_ID|M3T-615]].
O: ¿Lo ha visto antes en el hostal?
C: Sí, ha venido otras dos veces este mes, siempre con una chica diferente, pero esas eran mayores, creo. Esta vez es una niña, por eso llamo.
O: Hizo muy bien en llamar. Voy a comunicarme ahora mismo con la comisaría para que vayan al hostal. ¿Cuál es la dirección exacta?
C: [[ADDRESS|Jirón Los Tulipanes 412]], a media cuadra de la plaza.
O: Gracias. No suba a la habitación ni lo enfrente. Si él intenta salir con la niña antes de que llegue la policía, no lo detenga; fíjese hacia dónde van y llámenos.
C: Está bien. ¿Y si me pregunta algo?
O: Actúe normal, como con cualquier huésped. ¿Me da un número para que la policía la ubique?
C: Es el [[PHONE_NUMBER|976 552 018]], el celular de la recepción. Yo soy [[PERSON|Kelly]].
O: Gracias, [[PERSON|Kelly]]. La policía ya está avisada y va para allá. En unos minutos la llamo para confirmar que llegaron.
C: Gracias, señorita. Ojalá lleguen a tiempo.
""",
    note(
        "professional",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Cajamarca",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una recepcionista de hospedaje reporta que un adulto acaba de subir a una habitación con una niña en "
        "uniforme escolar que le dijo en voz baja no ser su sobrina; el hombre no presentó el documento de ella y "
        "antes había llegado con otras jóvenes. Se alertó de inmediato a la policía para que acuda al local y se "
        "devolverá la llamada.",
    ),
)

call(
    "h33-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy obstetra del centro de salud de [[LOCATION|Bagua Grande]]. Llamo por una paciente; no sé si esto les corresponde a ustedes o a otra institución, pero prefiero reportarlo.
O: Hizo bien. Cuénteme, la escucho.
C: Es una adolescente de [[AGE|13 años]], está de cinco meses de embarazo. Vino a su control con un señor de [[AGE|36]] que dice que es su esposo. Él contestaba todo por ella, no la dejaba hablar.
O: ¿Pudo conversar con ella a solas?
C: Sí, le pedí a él que esperara afuera durante la ecografía. Ella me contó que su papá la "entregó" a este señor el año pasado, a cambio de que le perdonara una deuda por un terreno y de unas cabezas de ganado. Vive con él en su chacra, en un caserío a dos horas de acá.
O: ¿Sigue yendo al colegio?
C: No, dejó de ir desde que se la llevaron. Me dijo que él no le pega, que eso no, pero que no la deja salir sola ni visitar a su mamá, y que le repite que su papá ya recibió lo suyo y que ella ahora es de él.
O: ¿Ella quiere salir de esa situación?
C: Me dijo llorando que quiere volver con su mamá. La mamá nunca estuvo de acuerdo; vive en [[LOCATION|Cajaruro]], pero el papá no la deja intervenir.
O: Lo que describe es una unión forzada de una niña, que además es violencia sexual y puede configurar trata. Hay que activar la protección cuanto antes. ¿La adolescente sigue en el establecimiento?
C: No, se fueron hace una hora. Tiene control en quince días, y en la historia clínica tengo sus datos.
O: ¿Me puede dar el nombre de ella y del señor?
C: Ella es [[PERSON|Yanelí Tuesta Ramos]]. Él se llama [[PERSON|Abelardo Chuquizuta]]. El caserío es [[LOCATION|Nuevo Edén]], por la carretera a [[LOCATION|Cumba]].
O: Gracias. Hoy mismo vamos a comunicar el caso a la fiscalía de familia y a la Unidad de Protección Especial para que dicten una medida de protección, y a la fiscalía penal por la violencia sexual. Es probable que la llamen a usted para coordinar. ¿Me da su nombre y un número?
C: [[PERSON|Nélida Pizarro]]. Mi celular es [[PHONE_NUMBER|942 318 670]].
O: Gracias, obstetra [[PERSON|Pizarro]]. Mañana la llamamos para confirmarle qué fiscalía tomó el caso. Si la adolescente vuelve antes o la busca, avísenos de inmediato.
C: Así lo haré. Gracias, no sabía a quién llamar.
""",
    note(
        "professional",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Amazonas",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una profesional de salud reporta que una adolescente embarazada fue entregada por su padre a un hombre "
        "adulto a cambio de saldar una deuda, vive con él, ya no asiste al colegio y no la dejan salir sola ni ver a "
        "su madre. Se comunica el caso a la fiscalía de familia, a la unidad de protección y a la fiscalía penal, "
        "con seguimiento.",
    ),
)

call(
    "h33-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Disculpe, tengo una pregunta, no sé si es para acá. ¿Ustedes ven lo de la venta de órganos?
O: Sí, la captación de personas para extraerles órganos también es un tema que atendemos. ¿Qué pasó?
C: Mi hermano está desesperado por unas deudas, le debe a unos prestamistas "gota a gota", y en un grupo de Facebook vio un anuncio: "compramos riñón, pago inmediato, 20 mil dólares". Y les escribió.
O: ¿Qué le han respondido?
C: Le pidieron su tipo de sangre, una foto de su DNI y que se haga unos análisis en un laboratorio que ellos le indican. Dicen que todo es legal, que la operación es en una clínica privada, que él no paga nada, y que viaje solo, sin avisar a la familia. Le pasaron un WhatsApp, el [[PHONE_NUMBER|+51 913 448 207]].
O: ¿Ya viajó o se hizo esos análisis?
C: No, todavía no. Solo ha chateado con ellos. Él tiene [[AGE|34 años]], tres hijos, y dice que es la única salida. Yo le dije que no, pero no me hace caso.
O: Le explico. La venta de órganos está prohibida por ley; solo se puede donar, sin pago y con controles médicos estrictos. Un anuncio así es ilegal, y hay casos en que a la persona la trasladan, la operan en malas condiciones y después no le pagan o la dejan con secuelas graves.
C: ¿O sea que además lo pueden estafar?
O: Sí, y puede poner en riesgo su vida. Le recomiendo que su hermano no envíe más datos, que no se haga análisis en el laboratorio que le indican y que no viaje a encontrarse con nadie. Que guarde los mensajes.
C: Es que ya les mandó la foto del DNI.
O: Entonces conviene que lo reporte en la comisaría o en la división de delitos de alta tecnología de la policía, con capturas de los mensajes, por si usan su identidad. Y los préstamos "gota a gota" también se pueden denunciar.
C: ¿Y él podría llamar aquí directamente?
O: Claro. La línea es gratuita, atiende las 24 horas y puede llamar sin dar su nombre. Le explicamos todo con más detalle.
C: Ya, le voy a decir que llame. Gracias, señorita.
O: Gracias a usted por llamar y por cuidar a su hermano.
""",
    note(
        "family_member",
        "information_request",
        ["other"],
        1,
        False,
        ["male"],
        None,
        "at_risk",
        "medium",
        ["information_given"],
        "Una mujer consulta porque su hermano, agobiado por deudas, contactó por redes sociales a un grupo que ofrece "
        "comprarle un riñón y le pide análisis, una copia de su documento y viajar sin avisar a la familia. Se "
        "explicó que la venta de órganos es ilegal y sus riesgos, y se recomendó no enviar más datos, guardar los "
        "mensajes y denunciar.",
    ),
)

call(
    "h33-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... ¿Es la línea del [[LOCATION|Perú]]? ¿La que ayuda a las personas que llevan a trabajar engañadas?
O: Sí, es la línea contra la trata de personas. Dígame, ¿está usted a salvo en este momento?
C: Ahorita sí. Estoy en una iglesia, el padre me dejó entrar. Estoy en [[LOCATION|Santa Cruz]], en [[LOCATION|Bolivia]]. Me escapé hoy en la mañana.
O: Hizo bien en llamar. ¿De dónde se escapó?
C: De un karaoke, el [[ORGANIZATION|Karaoke Luna Roja]], [[ADDRESS|por el cuarto anillo, a la vuelta de una gomería]]. Una señora de [[LOCATION|Desaguadero]] me ofreció trabajo en una tienda de ropa acá y me pagó el pasaje. Cuando llegué, me dijeron que la tienda ya no había y que tenía que atender en el karaoke, tomar con los clientes y "salir" con ellos.
O: ¿Cuánto tiempo estuvo ahí?
C: Casi tres meses. Me quitaron mi DNI, dijeron que les debía el pasaje y la comida, y si no salía con los clientes me descontaban. No me dejaban salir sola ni a la esquina.
O: ¿Hay otras chicas en esa situación en el karaoke?
C: No como yo. Las demás son de acá, viven en sus casas y entran y salen cuando quieren.
O: ¿Está herida o necesita atención médica?
C: Estoy bien, solo me duele la cabeza porque no he dormido. No me han pegado. Pero tengo miedo de que me busquen; el dueño decía que tiene amigos en la policía de acá.
O: ¿Me puede decir su nombre y su edad?
C: [[PERSON|Roxana]]. [[PERSON|Roxana Apaza Quiroz]]. Tengo [[AGE|26 años]]. Soy de [[LOCATION|Juliaca]].
O: Gracias, [[PERSON|Roxana]]. Lo que le pasó es trata de personas y usted es la víctima, no ha hecho nada malo. Ahora mismo me voy a comunicar con el consulado peruano en [[LOCATION|Santa Cruz]] para que la recojan y la lleven a un albergue seguro esta noche, y para que le tramiten un documento de viaje. ¿Tiene un número donde la podamos llamar?
C: Es el celular del padre, [[PHONE_NUMBER|+591 7 164 2385]]. El mío me lo quitaron.
O: Perfecto. Quédese en la iglesia y no salga. En una hora como máximo la llamo a ese número para decirle quién la va a recoger. También la va a orientar una abogada para que pueda denunciar, allá o aquí, cuando se sienta lista.
C: ¿Y me van a ayudar a volver a mi casa?
O: Sí, el consulado puede apoyarla con el retorno. ¿Su familia sabe algo?
C: No, mi mamá cree que estoy trabajando en la tienda. No quiero que se preocupe.
O: Lo entiendo, eso lo vemos con calma mañana. Ahora lo importante es que esté segura.
C: Gracias, señorita. De verdad, gracias.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Bolivia",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Una mujer llama desde el extranjero tras escapar de un local nocturno donde, después de una falsa oferta de "
        "trabajo, la obligaban a acompañar y salir con clientes, con su documento retenido y una deuda impuesta; "
        "teme que la busquen. Se coordina con el consulado un albergue para esa misma noche y orientación legal, con "
        "una llamada de seguimiento.",
    ),
)

call(
    "h33-es-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Quiero poner una queja. Compré un televisor en cuotas hace un mes y ya no prende, y en la tienda me dicen que la garantía no lo cubre.
O: Señor, disculpe, esta es la línea contra la trata de personas.
C: ¿Trata? Yo pensé que era para el buen trato al consumidor. Me dieron el número anotado en un papelito.
O: No, señor. Aquí atendemos casos de personas explotadas, obligadas a trabajar o llevadas con engaños.
C: Pero es que esto también es un engaño, señorita. Me siguen cobrando las cuotas y el televisor no sirve.
O: Lo entiendo, y es un problema serio, pero no es un caso de trata de personas.
C: ¿Y no me pueden pasar con la oficina que ve eso?
O: No podemos transferir la llamada desde esta línea, señor.
C: Ya, ya entendí. Entonces es Indecopi, ¿no? Ahí tengo su número en la factura, ahorita los llamo.
O: Está bien, señor.
C: ¿Y ustedes son del Estado también?
O: Sí, es una línea gratuita del Estado, para casos de trata de personas.
C: Bueno, disculpe la molestia, señorita.
O: No se preocupe. Que tenga buena tarde.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "Un señor llama para quejarse de un televisor defectuoso comprado a plazos, creyendo que era una línea de "
        "atención al consumidor. Se le aclaró el propósito de la línea y que su reclamo no es un caso de trata.",
    ),
)

# ------------------------------------------------ English ----

call(
    "h33-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Good morning, do you speak English? Sorry, my Spanish is really basic.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I live in [[LOCATION|Huaraz]], I've been here about a year, I run a small climbing gear rental. Something is going on in the house across the street from mine and it's been bothering me for weeks.
O: Tell me what you've noticed.
C: A woman lives there with three kids. Every morning around six a man in a red mototaxi picks them all up, and they come back after eleven at night. During the day I see the kids in the main square and outside the restaurants, asking tourists for money and selling sweets. The smallest one can't be more than [[AGE|five]].
O: How old do the other two look?
C: A girl of maybe [[AGE|seven]] and a boy of about [[AGE|nine]]. They're never in school, not even on weekdays.
O: Do you know if the woman is their mother?
C: I don't think so. The older boy told my assistant that their mum is back in their village and that the "señora" brought them here to work. And the man with the mototaxi takes the money from the woman every night, I've seen him counting it at the door.
O: Have you seen any violence?
C: Yes, that's why I'm calling today. Last night the little one came back crying and the man slapped him, hard, right in the street, because he hadn't sold enough. Then they all went inside.
O: I'm sorry you had to see that. Do you have the address?
C: It's [[ADDRESS|Jirón Los Nogales 318]], in [[LOCATION|Independencia]], a blue house with a metal door. The mototaxi's plate is [[OTHER_ID|4521-8A]].
O: Thank you. Do the woman or the man know you've noticed?
C: I don't think so. I just wave at the kids sometimes and give them fruit.
O: Please don't confront them. What you describe looks like children being exploited for begging, which is a form of trafficking. I'm passing this on right now to the police and child protection services so they go and check on the children. Can I have a number to reach you?
C: Sure, it's [[PHONE_NUMBER|943 207 615]]. My name's [[PERSON|Ingrid]].
O: Thank you, [[PERSON|Ingrid]]. We'll call you in a couple of days to tell you whether they were able to intervene. If you see the children being hurt again, call us right away, day or night.
C: I will. Thank you, I feel better just having told someone.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        3,
        True,
        ["female", "male"],
        "Áncash",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "A neighbour reports that three young children are taken out every day by a woman and a man to beg and sell "
        "sweets until late at night, do not attend school, and that the man keeps the money and slapped the youngest. "
        "The case is passed to the police and child protection services to check on the children, with follow-up.",
    ),
)

call(
    "h33-en-02",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon.
C: Good afternoon. My name is [[PERSON|Marcus Bell]], I'm a consular officer at the Canadian embassy. I called yesterday evening about one of our citizens, a young woman, and your colleague said to call back if anything changed. Something has changed.
O: Of course. Can you remind me of the case?
C: [[PERSON|Emily Hargreaves]], [[AGE|24]]. She met a man online who invited her to [[LOCATION|Peru]]. When she arrived, he and two other men took her passport and told her she has to take a suitcase on a flight to Europe, or they'll hurt her family. They showed her photos of her parents' house.
O: Yes, I have the notes here. What's new?
C: Yesterday she was in a hotel in [[LOCATION|Miraflores]] and could still message us. This morning she wrote that they moved her to an apartment, she thinks in [[LOCATION|Surquillo]], and that her flight is tonight at [[DATE_TIME|11:40 p.m.]] She's locked in, and one of the men stays with her all the time.
O: Did she send a location?
C: A live location, about an hour ago. It shows [[ADDRESS|Calle Las Magnolias 742, apartment 5B]]. And she sent a photo of the suitcase: the lining has been cut and sewn back up.
O: Can she talk now?
C: No, only text, and only when the man is in the bathroom. Her battery is almost dead. Her last message was "please hurry, I'm scared".
O: Has she been hurt?
C: She says they haven't hit her, but one of them showed her a knife yesterday.
O: I'm contacting the police anti-trafficking unit right now so they go to that address before she's taken to the airport, and we'll alert the airport police in case they move her earlier. Do you have her passport details?
C: Passport number [[ID_NUMBER|AK 518 204]], full name [[PERSON|Emily Rose Hargreaves]].
O: Thank you. When she's out, she'll be treated as a victim, not a suspect. We'll arrange a safe shelter for her tonight and tell you which one, so someone from the embassy can meet her there.
C: That's exactly what I needed to hear. She's terrified she'll be arrested.
O: She won't be treated as a criminal. I'll call you as soon as the police confirm they're on their way. Which number should I use?
C: My direct line, [[PHONE_NUMBER|+51 1 319 4420]]. It's staffed all night.
O: Perfect. I'll call you within thirty minutes.
C: Thank you. I'll keep messaging her and tell her help is coming.
""",
    note(
        "professional",
        "follow_up",
        ["forced_criminality"],
        1,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "A consular officer follows up on an earlier report: a young foreign woman lured by an online contact is now "
        "locked in an apartment with her passport taken, threatened, and forced to carry a suitcase, likely with "
        "drugs, on a flight that night. Police were alerted to intervene before the flight and a shelter will be "
        "arranged, with a call-back.",
    ),
)

# ------------------------------------------------ Portuguese ----

call(
    "h33-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpa, a senhora fala português? Eu sou caminhoneiro, brasileiro.
O: Sí, un poco. Pode falar devagar, eu entendo.
C: Obrigado. Eu faço a rota do [[LOCATION|Acre]] para o [[LOCATION|Peru]], levo carga pela Interoceânica. Semana passada, na [[DATE_TIME|quinta-feira]], eu parei para jantar num restaurante em [[LOCATION|Iberia]], na beira da estrada.
O: ¿Qué pasó en ese restaurante?
C: Atrás do restaurante tem uns quartinhos. Tinha duas meninas servindo cerveja para os caminhoneiros, novinhas demais, uma com cara de [[AGE|quatorze]], a outra talvez [[AGE|quinze]]. A dona veio me oferecer "uma menina para a noite", por cinquenta soles.
O: ¿Usted habló con las chicas?
C: Com uma delas, rapidinho. Ela disse que é de [[LOCATION|Pucallpa]], que veio para trabalhar de garçonete e que a dona fica com todo o dinheiro, que ela não pode ir embora porque deve a passagem. Eu não aceitei nada, paguei a janta e fui embora. Mas não consigo esquecer.
O: ¿Y ahora dónde está usted?
C: Já estou em casa, em [[LOCATION|Rio Branco]]. Volto na semana que vem pela mesma estrada.
O: ¿Sabe el nombre del restaurante o cómo es?
C: Chama [[ORGANIZATION|Parador El Castañal]]. Fica na saída de [[LOCATION|Iberia]], indo para a fronteira: [[ADDRESS|o parador com a lona azul, do lado esquerdo da estrada]].
O: ¿Vio hombres armados o algo así?
C: Não, arma não vi. Só a dona e um rapaz que fica na porta.
O: ¿Sabe cómo se llama la señora?
C: Os caminhoneiros chamam ela de dona [[PERSON|Fofa]].
O: Muchas gracias, señor. Lo que usted vio es explotación sexual de menores. Vamos a avisar a la policía para que intervenga el local y a la fiscalía de la zona.
C: Eles vão saber que fui eu?
O: No, su identidad es reservada. ¿Nos deja un número por si la policía necesita más detalles?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 99214 3870]]. Meu nome é [[PERSON|Edivaldo]].
O: Gracias, [[PERSON|Edivaldo]]. Si vuelve a pasar por ahí, no intervenga usted; si ve a las chicas, llámenos.
C: Tá bom. Obrigado, viu. Eu tenho uma filha dessa idade.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal"],
        "Un camionero extranjero reporta que en un restaurante de carretera dos adolescentes atienden a los clientes "
        "y la dueña las ofrece sexualmente; una de ellas contó que llegó engañada con un trabajo de mesera y que no "
        "puede irse por una deuda. Se avisa a la policía para que intervenga el local y a la fiscalía.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----

call(
    "h33-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi pana, disculpa la hora. Te llamo por mi hermana, que está en [[LOCATION|Tacna]]. Yo estoy aquí en [[LOCATION|San Juan de Lurigancho]]. La tienen trabajando en un hostal y ya no sé qué hacer, vale.
O: Cuénteme con calma. ¿Cómo llegó su hermana a ese hostal?
C: Mira, un primo del dueño la contactó por WhatsApp cuando ella estaba todavía en [[LOCATION|Barquisimeto]]. Le dijo que había chamba de recepcionista, novecientos treinta soles, con cuarto y comida. Le pagaron el pasaje en bus hasta allá.
O: ¿Y qué pasa ahora?
C: Que la tienen limpiando cuartos, lavando sábanas, en la recepción de noche, todo, chamo, de siete de la mañana hasta medianoche, todos los días, sin un día libre. Y le dan doscientos soles, porque le descuentan el pasaje, "la deuda", dicen. Ya van cuatro meses y esa deuda nunca baja. Qué vaina.
O: ¿Dónde duerme ella?
C: En un depósito al lado de la lavandería, en un colchón.
O: ¿Puede salir del hostal?
C: Sí, salir sí sale, no está encerrada, va a la bodega, me llama. Pero el dueño le tiene el carné de extranjería guardado en la caja fuerte, "para que no se pierda", y le dice que si se va sin pagar la deuda la denuncia a migraciones.
O: ¿Alguien la ha golpeado o la ha amenazado de otra forma?
C: No, golpes no, nadie le ha puesto una mano encima. Pero le grita, le dice que es una malagradecida.
O: ¿Cómo se llama su hermana y cuántos años tiene?
C: [[PERSON|Yusmary]], [[PERSON|Yusmary Colmenárez]]. Tiene [[AGE|veintinueve]]. El hostal se llama [[ORGANIZATION|Hostal Mirador del Sur]], está en la [[ADDRESS|calle Los Cedros 219]].
O: ¿Hay otras personas en la misma situación en ese hostal?
C: Que yo sepa no, vale. Los otros que trabajan ahí son de la ciudad, se van a sus casas.
O: Lo que me cuenta tiene señales de explotación laboral: la deuda que nunca baja, el documento retenido y las amenazas con migraciones. Le explico para que se lo diga a ella: no debe esa deuda, el carné es suyo y tienen que devolvérselo, y tiene derecho a que le paguen lo acordado, aunque sea extranjera.
C: Eso le voy a decir, porque ella cree que si reclama la botan del país.
O: Vamos a derivar el caso a la fiscalía y a que una abogada la oriente para recuperar su documento y lo que le deben. ¿Puede darme el número de ella?
C: Sí, es el [[PHONE_NUMBER|952 641 308]]. Mejor escríbele primero, porque en el turno de noche el dueño anda cerca.
O: De acuerdo, le escribimos mañana temprano. Y a usted también lo llamamos para contarle cómo va. ¿A este número?
C: Sí, a este mismo. Gracias, de verdad, mi pana.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        False,
        ["female"],
        "Tacna",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Un hermano reporta que una mujer migrante, captada con una oferta de recepcionista, trabaja jornadas muy "
        "largas sin descanso en un hospedaje, con un pago mínimo por una supuesta deuda del pasaje que no baja, "
        "duerme en un depósito y tiene su documento retenido bajo amenaza de denunciarla a migración. Se le "
        "explicaron sus derechos, se deriva a la fiscalía con orientación legal y se hará seguimiento.",
    ),
)

# ------------------------------------------------ Spanish/English code-switching ----

call(
    "h33-cs-01",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hola, buenas tardes. Sorry, estoy llamando desde el [[LOCATION|US]], ¿sí se puede llamar desde afuera? Me pasaron este número en un grupo de peruanos.
O: Sí, puede hablar tranquila. ¿En qué la ayudo?
C: Okay. Mira, yo vine a [[LOCATION|Miami]] hace un año como au pair, con una agencia, y la verdad no sé si lo que me está pasando es normal o no. I just want information, no quiero denunciar a nadie todavía.
O: Claro, para eso estamos. Cuénteme.
C: Se supone que eran cuarenta y cinco horas a la semana cuidando a los kids, two kids. Pero ahora hago todo: cleaning the whole house, cocinar, laundry, sacar a los perros, de seis de la mañana hasta las diez de la noche. Y me pagan cien dólares a la semana, like less than half of what the program says.
O: ¿Tiene días libres? ¿Puede salir de la casa?
C: Sí, los domingos salgo, voy a la iglesia, veo a mis amigas. I'm not locked in or anything. Y nadie me pega tampoco, eh. Pero la host mom tiene mi pasaporte, dice que "for safekeeping", y cuando le pedí que me lo devuelva me dijo que si me quejo con la agencia she'll call ICE, porque mi visa se venció hace dos meses.
O: ¿Tiene contacto con la agencia?
C: The agency stopped answering me. Creo que la familia les dijo que yo me salí del programa.
O: ¿Cuántos años tiene usted?
C: Tengo [[AGE|veintitrés]].
O: Le explico algunas cosas. Que le retengan el pasaporte, que le paguen muy por debajo de lo acordado y que la amenacen con la deportación son señales de explotación, y en algunos casos de trata con fines de servidumbre doméstica. Su pasaporte es suyo y tienen que devolvérselo. En [[LOCATION|Estados Unidos]] hay una línea nacional contra la trata, gratuita, que atiende en español, y hay visas especiales para víctimas, aunque su visa esté vencida.
C: Wait, really? ¿Aunque esté sin papeles?
O: Sí. Y el consulado del [[LOCATION|Perú]] en [[LOCATION|Miami]] también puede orientarla y ayudarla con un documento si no le devuelven el pasaporte. Le recomiendo que guarde los mensajes con la familia y con la agencia, y que anote sus horarios.
C: Okay, okay. That's a lot. Déjame pensarlo, no quiero meterme en problemas.
O: Entiendo, usted decide. No tiene que hacer nada hoy. ¿Quiere que la llamemos en unos días para ver cómo sigue y si quiere apoyo para contactar al consulado?
C: Sí, please. Llámame por WhatsApp al [[PHONE_NUMBER|+1 786 555 0142]], pero solo en las noches, después de las diez, when the kids are asleep.
O: Perfecto. La llamamos el fin de semana en la noche. ¿Cómo la llamo?
C: [[PERSON|Fiorella]] nomás.
O: Muy bien, [[PERSON|Fiorella]]. Y si en algún momento la encierran o la amenazan de otra forma, llámenos o llame al 911.
C: Okay. Thank you so much, de verdad.
""",
    note(
        "victim",
        "information_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Estados Unidos",
        "ongoing",
        "medium",
        ["information_given", "follow_up_call"],
        "Una joven que trabaja como cuidadora de niños en el extranjero consulta porque además hace todas las tareas "
        "de la casa en jornadas muy largas, le pagan mucho menos de lo pactado y la familia retiene su pasaporte y la "
        "amenaza con la deportación; puede salir y nadie la agrede. Se le explicaron las señales de explotación, sus "
        "derechos y los recursos disponibles, y se acordó una llamada de seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua words ----

call(
    "h33-qu-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Buenos días. Disculpe, yo no hablo bien castellano. Le llamo de [[LOCATION|Vilcashuamán]], de una comunidad. Es por mis wawas, mis dos hijos.
O: No se preocupe, señora, hable tranquila. Si prefiere, también tenemos colegas que hablan quechua. ¿Qué les pasó a sus hijos?
C: Así nomás está bien, mamita. Mi compadre [[PERSON|Hilario]], el padrino de mi hijo mayor, se los ha llevado después de carnavales, en [[DATE_TIME|febrero]], para trabajar en chacra de café, allá en la selva, en [[LOCATION|Pichari]]. "Yo los cuido, comadre, van a ganar su platita para sus cuadernos", me dijo.
O: ¿Cuántos años tienen sus hijos?
C: El mayor, [[PERSON|Wilber]], tiene [[AGE|quince años]], y el menorcito, [[PERSON|Edison]], [[AGE|trece]] nomás.
O: ¿Desde cuándo no sabe de ellos?
C: Primeros días llamaban al celular de la tienda de la comunidad. Después ya no. Tres meses ya, mamita. Nada de plata han mandado. Y el otro día ha regresado un chico de acá, hijo de mi vecina, que también estaba allá, y me ha contado... ay, achakáw, mamita.
O: ¿Qué le contó el chico?
C: Que no es café nomás. Que de noche los hacen cargar bultos, mochilas pesadas, por el monte, caminando hasta el río, y que es droga, pasta dice. Que el patrón tiene armas y dice que si alguno se escapa lo va a buscar, a él y a su familia. Ese chico se escapó de noche, dos días ha caminado.
O: ¿Le dijo cómo están sus hijos?
C: Flaquitos dice, poca comida les dan, arroz nomás. Que a mi [[PERSON|Edison]] lo hacen cargar igual que a los grandes. Y que el compadre [[PERSON|Hilario]] ya no está allá, que los ha dejado con el patrón y se ha regresado con plata.
O: ¿Sabe cómo se llama el patrón o dónde queda exactamente esa chacra?
C: Al patrón le dicen [[PERSON|Carachupa]]. El lugar no sé bien, mamita, el chico sabe, él puede decir.
O: Señora, lo que me cuenta es muy grave. A sus hijos los están explotando en el trabajo y los obligan a transportar droga; eso es trata de personas, y ellos son víctimas, no delincuentes. Hoy mismo vamos a pasar el caso a la fiscalía especializada y a la policía. ¿Usted ya fue a la comisaría?
C: No, mamita, tengo miedo. El compadre es de acá, su familia es de acá. Y mi esposo dice que no hay que meterse.
O: La entiendo. Le explico: puede poner la denuncia en la comisaría o en la fiscalía de su provincia, es gratis. Lleve el DNI o la partida de sus hijos y, si se puede, que el chico que regresó cuente lo que vio. Nosotros avisamos a la fiscalía para que la atiendan con reserva.
C: Ya, mamita. El DNI de los chicos aquí lo tengo guardado. Y el chico, su mamá tal vez lo deja hablar.
O: ¿A qué número la podemos llamar?
C: Al celular de mi hija mayor, [[PHONE_NUMBER|nueve cinco nueve, tres cero uno, cuatro siete dos]]. Yo me llamo [[PERSON|Justina]]. [[PERSON|Justina Ccoyllo]].
O: Gracias, señora [[PERSON|Justina]]. Mañana la llamamos para decirle qué fiscalía lleva el caso. Y si sus hijos se comunican, dígales que pueden llamar gratis a esta línea.
C: Sulpayki, mamita. Diosllapa pagasunki. Que vuelvan mis wawas nomás.
""",
    note(
        "family_member",
        "report",
        ["labour", "forced_criminality"],
        2,
        True,
        ["male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre reporta que sus dos hijos adolescentes fueron llevados por un compadre a trabajar en una chacra de "
        "café en la selva, donde no les pagan, los alimentan mal y los obligan a cargar droga por el monte bajo "
        "amenazas de un patrón armado. Se deriva el caso a la fiscalía especializada y a la policía, se le orientó "
        "sobre cómo denunciar y se hará seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
