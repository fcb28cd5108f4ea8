#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout22.jsonl: 16 fictional, labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: shared/eval/LABELS.md (fields, allowed values),
shared/eval/make_dev.py (annotation conventions, examples, its check()) and the
builder copy make_heldout.py in this folder (call()/note()/build() and markup only;
none of its calls' wording is reused).

Mix, meant to look like an ordinary shift: third-party reports (neighbours,
a mototaxi driver, a truck driver, a school psychologist, an embassy officer,
a Brazilian child-protection counsellor, a grandmother, a co-worker), victims
asking for help (one escaped, one still inside, one threatened after escaping),
consultations about job offers, a follow-up on a rescued teenager, and two
calls that are not trafficking (an unpaid-wages dispute, a child-support
question). Exploitation: domestic servitude, labour (farm, workshop, fishing
vessel, mining offer), sexual, forced begging, forced criminality.
Regions: north (Lambayeque, Piura, La Libertad/Cajamarca, Áncash), south
(Cusco, Tacna, Arequipa), centre (Huánuco, Junín, Ayacucho, Lima), Amazon
(Loreto, Madre de Dios) and one abroad (Brasil).
Styles: 6 lowercase unpunctuated Whisper-style Spanish (with a few recogniser
slips), 4 cased Spanish, 2 English (one embassy officer), 2 Portuguese,
1 Venezuelan Spanish, 1 Andean Spanish with Quechua words.

All people, phone numbers, IDs, e-mails, plates, vessels, businesses and street
addresses are invented. PII is marked [[TYPE|surface]] following make_dev.py's
conventions.

Run: python make_heldout22.py   (writes heldout22.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout22.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h22-low-01", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes le saluda la operadora en qué le puedo ayudar
C: aló sí buenas tardes señorita eh disculpe no sé si es acá donde tengo que llamar es por una niña que vive al lado de mi casa
O: sí señora puede contarme con confianza qué pasa con la niña
C: mire yo vivo en [[LOCATION|chiclayo]] en [[LOCATION|la victoria]] y al costado vive una familia la señora [[PERSON|yolanda]] con su esposo y a ser como cuatro meses trajeron a una chiquita de la sierra de [[LOCATION|cajamarca]] creo que es de [[LOCATION|chota]]
O: qué edad cree que tiene la niña
C: chiquita es pues tendrá [[AGE|doce trece años]] nomás la mandan al mercado de madrugada lava la ropa de toda la familia cocina cuida al bebe y en las noches la escucho que llora
O: sabe si la niña va al colegio
C: no no va yo le pregunté una vez en la tienda y me dijo que la señora le prometió que la iba a matricular cuando empiecen las clases pero ya empezaron hace rato y nada
O: entiendo y la niña duerme en esa casa
C: sí duerme atrás en el patio en un cuartito de calamina la otra vez la vi con el brazo morado y cuando le pregunté se asustó y se fue corriendo
O: sabe si le pagan o si su familia recibe algo
C: ella me dijo que la señora le manda plata a su mamá a veces pero que a ella no le dan nada ni para sus zapatos anda con sus sandalias rotas
O: me podría dar la dirección de la casa
C: es en la [[ADDRESS|calle los tumbos cuadra seis la casa de rejas verdes al lado de la bodega]] pero señorita yo no quiero problemas eh esa gente es conocida acá
O: no se preocupe su identidad queda reservada lo que me cuenta es muy serio una niña trabajando de empleada sin ir al colegio y con señales de maltrato vamos a derivar el caso a la fiscalía de familia y a la policía especializada para que verifiquen
C: ya ya está bien
O: le puedo pedir un número para llamarla y contarle cómo avanza
C: ya anote es el [[PHONE_NUMBER|nueve siete ocho cuatro cinco uno dos cero tres]] pero llámeme en la noche que a esa hora ya estoy sola
O: perfecto señora la llamaremos en la noche muchas gracias por preocuparse por la niña
C: gracias a usted señorita que dios la bendiga
""", note("witness", "report", ["domestic_servitude"], 1, True, ["female"], "Lambayeque", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta que una niña traída de la sierra trabaja como empleada doméstica en la casa contigua, "
          "sin ir al colegio, sin pago, durmiendo en un cuarto precario y con un moretón visible. Se deriva el caso "
          "a la fiscalía de familia y a la policía especializada, con seguimiento."))

call("h22-low-02", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches eh señorita llamo porque una amiga me dio este número no sé si me pueden ayudar a mí
O: claro que sí cuénteme con calma cómo se llama usted
C: me llamo [[PERSON|nélida]] [[PERSON|nélida choque mamani]] tengo [[AGE|veinte años]] soy de [[LOCATION|azángaro]] de [[LOCATION|puno]]
O: dónde está ahora [[PERSON|nélida]]
C: ahorita estoy en [[LOCATION|cusco]] en el cuarto de mi prima en [[LOCATION|san jerónimo]] me escapé [[DATE_TIME|el domingo]] de la casa donde trabajaba en [[LOCATION|wanchaq]]
O: qué pasaba en esa casa
C: yo trabajaba de empleada cama a dentro hace dos años una señora me trajo de mi pueblo me dijo que me iba a pagar seiscientos soles y que iba a estudiar en las noches pero nunca me pagó decía que me estaba guardando la plata y no me dejaba salir ni los domingos
O: y sus documentos los tenía usted
C: no mi dni lo tiene ella la señora [[PERSON|beatriz]] dice que lo guardaba para que no se pierda y cuando le pedí mi sueldo me gritó que yo le debía por la comida y que me iba a denunciar por robo
O: alguna vez le hicieron daño físico
C: me jalaba el pelo a veces y me encerraba en la cocina cuando venían visitas eh pero ya no quiero volver señorita solo quiero mi dni y mi plata para regresar a mi casa
O: hizo bien en salir y en llamar lo que me cuenta no es un trabajo normal es explotación y usted tiene derecho a reclamar está segura en el cuarto de su prima
C: sí mi prima me está ayudando pero tengo miedo que la señora me busque porque sabe dónde vive mi prima
O: le explico la deuda que le dice no existe y no la pueden denunciar por irse para su dni puede sacar un duplicado en el re niec mientras tanto y vamos a derivarla a una abogada gratuita para que la acompañe a poner la denuncia y reclamar sus sueldos
C: y cuánto me va a costar la abogada yo no tengo plata
O: nada es gratuito y si la señora la busca o la amenaza llame al ciento cinco o a esta línea me da un número para que la llame la abogada
C: es el celular de mi prima [[PHONE_NUMBER|nueve cinco uno tres cero siete seis ocho dos]]
O: muy bien mañana la llama la abogada y yo la vuelvo a llamar en unos días para ver cómo va
C: gracias señorita de verdad gracias
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Cusco", "past", "medium",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una joven cuenta que escapó de una casa donde trabajó dos años como empleada cama adentro sin recibir "
          "sueldo, sin poder salir, con su documento retenido, maltrato y una supuesta deuda. Se le explicaron sus "
          "derechos y cómo recuperar su documento, y se deriva a asistencia legal gratuita, con seguimiento."))

call("h22-low-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días señorita mire quería hacer una consulta es que en la obra donde trabajo no nos han pagado dos quincenas
O: cuénteme qué trabajo hace usted
C: soy albañil oficial trabajo en la construcción de un edificio y el con tratista nos dice que la empresa no le pagó a él y que esperemos pero ya van como treinta días
O: entiendo le hago unas preguntas usted puede salir de la obra cuando termina su jornada
C: sí sí yo vivo en mi casa con mi familia entro a las siete y salgo a las cinco
O: tiene sus documentos con usted nadie le ha quitado su dni
C: no no mi dni lo tengo yo
O: lo han amenazado o le han dicho que no puede irse o que les debe algo
C: amenazas no solo que si reclamamos mucho nos sacan de la obra pero irnos sí podemos varios ya se fueron a otra obra
O: ya le explico esta línea atiende casos de trata de personas o sea cuando a alguien lo captan con engaños y lo explotan sin dejarlo irse lo suyo por lo que me cuenta es un problema laboral un incumplimiento de pago que también es grave pero lo ve otra institución
C: ah ya y dónde tengo que ir entonces
O: puede presentar una denuncia en la sunafil que es la superintendencia de fiscalización laboral o ir al ministerio de trabajo donde le dan consulta gratuita tiene boletas o algún contrato
C: contrato no tenemos solo nos apuntan en un cuaderno la asistencia
O: igual sirve tome fotos del cuaderno guarde los mensajes del con tratista y si pueden vayan varios compañeros juntos
C: ya y si nos botan por reclamar
O: eso también lo puede denunciar en la sunafil y si en algún momento le retienen sus documentos o no lo dejan salir de la obra ahí sí llámenos a esta línea
C: ya señorita muchas gracias entonces mañana voy al ministerio
O: de nada que tenga buen día
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador de construcción consulta porque su contratista le adeuda varias semanas de pago, aunque "
          "conserva sus documentos y puede irse libremente. Se le explicó que no es un caso de trata y se le orientó "
          "a acudir a la inspección laboral y al ministerio de trabajo."))

call("h22-low-04", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes señorita yo había llamado el mes pasado por mi hijo el que estaba en la chacra en [[LOCATION|tingo maría]]
O: sí señora me recuerda su nombre y el de su hijo para buscar el caso
C: yo soy [[PERSON|eusebia]] [[PERSON|eusebia ponce]] y mi hijo es [[PERSON|wílmer rojas ponce]] de [[AGE|dieciséis años]]
O: ya ubiqué su caso señora [[PERSON|eusebia]] a su hijo lo sacaron de la chacra de café [[DATE_TIME|el tres de octubre]] verdad
C: sí señorita ya está en la casa conmigo acá en [[LOCATION|huánuco]] gracias a dios pero quería saber cómo va la denuncia porque nadie me llama y dicen que el señor ese el [[PERSON|bigote]] sigue allá en su chacra como si nada
O: entiendo su preocupación el caso está en la fiscalía yo voy a consultar hoy el estado de la investigación y le devuelvo la llamada para contarle
C: ya y otra cosa señorita el [[PERSON|wílmer]] no está bien no duerme se levanta gritando en las noches no quiere ir al colegio dice que todos lo miran
O: lo que vivió su hijo fue muy duro trabajar meses sin pago y sin poder salir deja huella es normal que esté así y necesita apoyo lo vamos a derivar al centro de salud mental comunitario para que lo atienda un psicólogo gratis
C: ya y dónde queda eso
O: ellos la van a llamar para darle la cita tiene el mismo número
C: sí el mismo señorita el [[PHONE_NUMBER|nueve seis dos cuatro cero uno siete tres ocho]]
O: correcto también le vamos a asignar un abogado gratuito de la defensa pública para que la represente en el proceso y le explique cada paso así no tiene que estar esperando que la llamen
C: ah eso sí porque yo no entiendo esos papeles y el [[PERSON|bigote]] tiene su abogado
O: no se preocupe ya no va a estar sola en eso los han vuelto a molestar o amenazar
C: no eso no gracias a dios
O: bien entonces hoy mismo le devuelvo la llamada con lo de la fiscalía
C: gracias señorita que dios se lo pague
""", note("family_member", "follow_up", ["labour"], 1, True, ["male"], "Huánuco", "past", "medium",
          ["referral_health", "referral_legal", "follow_up_call"],
          "Una madre llama en seguimiento del caso de su hijo adolescente, rescatado de una chacra donde trabajaba "
          "sin pago y sin poder salir, para saber cómo avanza la denuncia y porque el chico presenta secuelas "
          "emocionales. Se le deriva a salud mental y a defensa legal gratuita, con seguimiento."))

call("h22-low-05", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches señorita quería consultar algo nomás es por mi hermano menor
O: sí dígame con confianza
C: mi hermanito [[PERSON|deyvi]] tiene [[AGE|diecisiete]] y le han ofrecido trabajo en una mina en [[LOCATION|pataz]] por face un señor le escribió que pagan dos mil quinientos al mes más comida y que el pasaje lo ponen ellos
O: su hermano ya viajó
C: no todavía dice que se va la otra semana con otros chicos de acá de [[LOCATION|bambamarca]] en [[LOCATION|cajamarca]] que los recogen en una camioneta
O: le pidieron algo documentos o dinero
C: le pidieron foto de su dni y que no le diga a nadie de la mina porque es in formal dice que cuando llegue le dan el contrato ahí mismo
O: sabe quién es el señor que le escribe
C: se hace llamar don [[PERSON|teófilo]] nomás no tiene foto en su perfil
O: le explico hay varias señales de alerta un menor de edad no puede trabajar en minería es un trabajo peligroso y está prohibido además le ofrecen mucho dinero sin contrato le pagan el pasaje y le piden que guarde secreto
C: ay señorita eso me temía
O: en esas zonas muchos jóvenes llegan y les dicen que deben el pasaje y la comida y terminan trabajando sin pago y sin poder salir del campamento
C: pero él no me hace caso dice que es su oportunidad que acá no hay nada
O: le recomiendo que hablen con sus papás que no viaje y que guarden los mensajes del señor si quiere el mismo [[PERSON|deyvi]] puede llamarnos gratis y le explicamos también pueden denunciar el perfil
C: ya mis papás están en la chacra pero voy a hablar con ellos y si igual se va
O: si ven que se está yendo avísenos de inmediato a esta línea
C: ya señorita gracias por la información
""", note("family_member", "information_request", ["labour"], 1, True, ["male"], "La Libertad", "at_risk", "medium",
          ["information_given"],
          "Un hermano consulta por una oferta de trabajo en una mina informal recibida por redes sociales por un "
          "adolescente, con pasaje pagado, sin contrato y con pedido de secreto. Se explicaron las señales de alerta "
          "y se recomendó que no viaje y que guarden los mensajes."))

call("h22-low-06", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: aló señorita buenas noches soy mototaxista acá en [[LOCATION|iquitos]] le llamo porque acabo de dejar a dos chiquitas con un gringo en un hospedaje y no me gustó nada
O: gracias por llamar dónde está usted ahora
C: estoy afuerita nomás en la esquina en [[LOCATION|belén]] el hospedaje se llama [[ORGANIZATION|hospedaje el paiche dorado]] en el [[ADDRESS|pasaje las castañas dos catorce]]
O: qué edad cree que tienen las chicas
C: chiquitas son señorita de [[AGE|trece catorce años]] una todavía con su falda del colegio el hombre las recogió en la plaza les compró cerveza y me dijo lleva al hotel
O: hace cuánto entraron
C: hace diez minutos nomás a las [[DATE_TIME|diez y cuarto]] más o menos yo me quedé mirando y el de la re sección le dio la llave sin preguntar nada
O: cómo es el hombre
C: alto blanco de pelo amarillo con polo rojo hablaba poquito castellano y en el moto una de las chicas le dijo a la otra no quiero y él se rió
O: las chicas parecían asustadas o mareadas
C: la más chiquita sí estaba como mareada se apoyaba en la otra para caminar
O: voy a comunicar ahora mismo a la policía para que vayan al hospedaje por favor no entre ni se enfrente con el hombre puede quedarse a distancia
C: ya ya me quedo acá en mi moto
O: me da su número por si la policía lo necesita ubicar
C: [[PHONE_NUMBER|nueve cuatro siete dos dos ocho uno cinco cero]] pero que no salga mi nombre
O: no va a salir su nombre la policía ya va en camino si ve que las sacan del hospedaje o se las llevan a otro sitio vuelva a llamar enseguida
C: ya señorita apúrense por favor que esas chiquitas son unas criaturas
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Loreto", "ongoing", "immediate",
          ["police_dispatch"],
          "Un mototaxista reporta que acaba de llevar a dos niñas, una de ellas aparentemente mareada, con un "
          "hombre extranjero adulto a un hospedaje donde entraron sin control alguno. Se alertó de inmediato a la "
          "policía y se le indicó no intervenir."))

# ------------------------------------------------ cased Spanish ----

call("h22-es-01", "es", "cased", """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días. Soy [[PERSON|Milagros Cutipa]], psicóloga de la [[ORGANIZATION|I.E. Nuevo Amanecer]], en [[LOCATION|Ciudad Nueva]], [[LOCATION|Tacna]]. Quería reportar la situación de dos hermanitos, alumnos nuestros.
O: Gracias por llamar. Cuénteme qué ha notado.
C: El niño, [[PERSON|Josué]], tiene [[AGE|diez años]], y su hermana [[PERSON|Abigail]], [[AGE|ocho]]. Desde hace unas semanas llegan dormidos, con la ropa sucia, y faltan días enteros. Ayer [[PERSON|Josué]] me contó, después de mucho rato, que en las tardes y noches un señor al que llaman tío [[PERSON|Fredy]] los lleva al terminal y a los buses a pedir plata.
O: ¿Qué más le contó?
C: Que les hace cantar en los buses, y que si no juntan cincuenta soles no les da de comer y les pega con la correa. Hoy le vi marcas en la espalda, unas rayas moradas.
O: ¿Ese señor es familiar de ellos?
C: No. La mamá trabaja en una chacra en el valle y pasa la semana fuera; los dejó con él porque le alquila un cuarto. Él dice que lo que juntan es para el alquiler.
O: ¿La mamá sabe lo que está pasando?
C: No estoy segura. La llamé al número de la ficha y no contesta.
O: Lo que describe es explotación de niños para mendicidad, con maltrato físico. ¿Los niños están ahora en el colegio?
C: Sí, hasta la una. Después el señor los recoge en la puerta.
O: Bien. Vamos a derivar el caso hoy a la fiscalía de familia y a la Unidad de Protección Especial, para que evalúen a los niños y decidan con quién se quedan, y también a la policía especializada. Es importante que el colegio deje por escrito lo que usted vio.
C: De acuerdo, ya hice un informe. ¿Necesita mis datos?
O: Sí, por favor, un número de contacto.
C: Mi celular es [[PHONE_NUMBER|952 184 367]], y mi correo, [[EMAIL_ADDRESS|mcutipa.psico@gmail.com]].
O: Gracias, [[PERSON|Milagros]]. La llamará la fiscalía, y nosotros la llamamos mañana para saber cómo están los niños. Si el señor se pone agresivo en el colegio, llame al 105.
C: Así lo haré. Muchas gracias.
""", note("professional", "report", ["forced_begging"], 2, True, ["male", "female"], "Tacna", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una psicóloga escolar reporta que dos hermanos pequeños son obligados por el hombre que les alquila un "
          "cuarto a pedir dinero en buses y en el terminal, con castigos físicos y privación de comida si no "
          "alcanzan una cuota. Se deriva el caso a la fiscalía de familia, a protección de menores y a la policía, "
          "con seguimiento."))

call("h22-es-02", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. ¿Ahí es donde ayudan con abogados gratis? Me dieron este número en la municipalidad.
O: Esta es la línea contra la trata de personas. Cuénteme qué necesita y vemos cómo la podemos orientar.
C: Es que el papá de mis hijos no me pasa la pensión desde hace ocho meses. Tengo dos niños, de [[AGE|cinco]] y [[AGE|tres años]], y él trabaja, tiene su taxi, pero dice que no tiene.
O: Entiendo, señora. Le hago unas preguntas para ver si es un caso que atendemos. ¿Sus hijos viven con usted?
C: Sí, conmigo, en mi casa. Están bien, gracias a Dios, solo que la plata no alcanza.
O: ¿Alguien la está obligando a usted o a los niños a trabajar, o les han ofrecido algún trabajo raro?
C: No, no, nada de eso. Yo vendo desayunos en la mañana. Es solo lo de la pensión.
O: Ya. Lo suyo es un tema de pensión de alimentos, que no es trata, pero tiene solución. Puede pedir orientación gratuita en los centros de asistencia legal del Ministerio de Justicia, donde hay defensores públicos que presentan la demanda de alimentos.
C: ¿Y eso cuesta?
O: No, es gratuito. También puede ir a la DEMUNA de su distrito, donde pueden citar al papá para una conciliación.
C: ¿Y qué tengo que llevar?
O: Su DNI, las partidas de nacimiento de los niños y, si tiene, algún mensaje donde él reconozca que no está pagando.
C: Ah, ya, ya. Es que me han mandado de un lado a otro y ya no sabía a quién llamar.
O: La entiendo. Anote: centro de asistencia legal gratuita o DEMUNA. Y si algún día usted o alguien que conoce está en una situación de explotación, puede llamar a esta línea gratis, las 24 horas.
C: Muchas gracias, señorita, muy amable.
O: De nada, señora, que le vaya bien.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Una madre llama buscando ayuda legal porque el padre de sus hijos no paga la pensión de alimentos. Se le "
          "explicó que no es un caso de trata y se le orientó a los servicios de asistencia legal gratuita y a la "
          "defensoría municipal del niño."))

call("h22-es-03", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches... perdón, estoy llamando del celular de una señora, en una bodega. No tengo mucho tiempo.
O: No se preocupe, la escucho. ¿Está en peligro ahora mismo?
C: Ahorita no, los domingos nos dejan salir dos horas a comprar. Trabajo en un taller de costura en [[LOCATION|La Victoria]], cerca de [[LOCATION|Gamarra]]. Somos cinco chicas, todas de provincia, de [[LOCATION|Puno]] y de [[LOCATION|Cusco]].
O: Cuénteme cómo es el trabajo.
C: Trabajamos desde las siete de la mañana hasta medianoche, a veces más. El dueño, el señor [[PERSON|Edwin]], nos dijo que nos iba a pagar 900 soles, pero en cinco meses a mí solo me ha dado 150; dice que lo demás es por la comida y el cuarto. Y en la noche cierra la puerta con candado por fuera y se lleva la llave. Dormimos arriba, en colchones, al lado de las máquinas.
O: ¿Cuántos años tiene usted? ¿Hay alguna menor de edad?
C: Yo tengo [[AGE|diecinueve]]. Hay una chica, [[PERSON|Marleny]], que tiene [[AGE|dieciséis]]; la trajo su madrina.
O: ¿Tiene usted su DNI?
C: No, nos pidió los DNI al llegar, "para la planilla", dijo, y nunca los devolvió. Yo quiero irme, pero no tengo plata ni documento, y dice que le debo, que si me voy me denuncia.
O: Esa deuda no es legal y usted no ha hecho nada malo. ¿Me dice su nombre?
C: [[PERSON|Yesenia]]. [[PERSON|Yesenia Huarachi]].
O: [[PERSON|Yesenia]], ¿sabe la dirección del taller?
C: Es en el [[ADDRESS|pasaje Los Telares 318, tercer piso, la puerta marrón]].
O: Vamos a pasar el caso a la fiscalía y a la policía especializada en trata para que entren al taller y las saquen a todas, y luego las llevaremos a un albergue. Si usted decide no volver hoy, le conseguimos albergue esta misma noche.
C: No, si no vuelvo se van a desquitar con las otras, con [[PERSON|Marleny]]. Prefiero volver y esperar.
O: Entiendo. ¿Hay algún número donde podamos comunicarnos sin riesgo?
C: No tengo celular, me lo quitó. Doña [[PERSON|Rufina]], la de la bodega, dice que puedo dejar su número: [[PHONE_NUMBER|981 526 740]].
O: Muy bien. En cuanto tengamos novedades la llamamos a ese número. Si en algún momento las golpean o pasa algo grave, pida ayuda y que marquen el 105.
C: Ya. Gracias, señorita. Tengo que volver.
""", note("victim", "help_request", ["labour"], 5, True, ["female"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
          "Una joven llama a escondidas en su salida semanal para contar que ella y otras cuatro jóvenes, una de "
          "ellas adolescente, trabajan jornadas extenuantes en un taller de costura casi sin pago, encerradas por "
          "las noches y con sus documentos retenidos por una supuesta deuda. Se deriva a fiscalía y policía "
          "especializada para una intervención y se ofrece albergue."))

call("h22-es-04", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Mire, no sé si estoy exagerando, pero prefiero llamar. Es por la sobrina de una compañera de trabajo.
O: Hizo bien en llamar. Cuénteme.
C: Yo trabajo en un mercado en [[LOCATION|Huancayo]]. Mi compañera, la señora [[PERSON|Teodora]], tiene una sobrina de [[AGE|quince años]], [[PERSON|Kiara]]. Hace como dos meses un señor le ofreció trabajo de moza en una cevichería en [[LOCATION|La Merced]], en [[LOCATION|Chanchamayo]], y la chica se fue sin avisar a nadie.
O: ¿Tienen contacto con ella?
C: A veces manda audios. En el último, que la señora me hizo escuchar, decía que en la noche el local se vuelve otra cosa, que le hacen ponerse minifalda y sentarse con los clientes a tomar, y que le pagan por cada cerveza que le invitan. Y que el dueño le dijo que si se va tiene que devolver el pasaje y todo lo que ha comido.
O: ¿Ella ha dicho si la obligan a algo más con los clientes?
C: Eso no lo dijo claro, pero lloraba, decía "tía, ya no quiero estar acá". Y en una foto que mandó tiene un moretón en el brazo.
O: ¿Saben el nombre del local?
C: [[ORGANIZATION|Cevichería El Tunki]], creo, por la salida a [[LOCATION|San Ramón]].
O: ¿Y los padres de la chica han denunciado?
C: Su mamá está en [[LOCATION|Lima]] trabajando y el papá no está con ellas. La señora [[PERSON|Teodora]] tiene miedo de ir a la policía porque dice que no es la mamá.
O: Cualquier persona puede denunciar. Lo que me cuenta es muy serio: una adolescente a la que obligan a acompañar a clientes y a beber está siendo explotada sexualmente, aunque no haya dicho más. Vamos a derivar el caso hoy a la fiscalía y a la policía especializada. ¿La señora [[PERSON|Teodora]] podría hablar con nosotros?
C: Sí, le doy su número: [[PHONE_NUMBER|964 702 118]]. Y el número de la chica, el de los audios, es [[PHONE_NUMBER|927 450 391]].
O: Gracias. A la señora la llamaremos hoy mismo. Y usted, ¿nos deja un contacto?
C: Prefiero que no, si no le importa. Yo solo quería que alguien hiciera algo.
O: No hay problema. Gracias por llamar; a veces una llamada así cambia todo.
""", note("acquaintance", "report", ["sexual"], 1, True, ["female"], "Junín", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una compañera de trabajo de la tía reporta que una adolescente captada con una oferta de moza es obligada "
          "a acompañar y beber con clientes en un local nocturno, bajo una supuesta deuda, y pide ayuda llorando. "
          "Se deriva el caso a la fiscalía y a la policía especializada y se contactará a la tía."))

# ------------------------------------------------ English ----

call("h22-en-01", "en", "english", """
O: Línea contra la trata, buenos días.
C: Good morning. Do you speak English? I'm calling from the consular section of the [[ORGANIZATION|Embassy of Indonesia]] in [[LOCATION|Lima]].
O: Yes, we can continue in English. How can I help?
C: My name is [[PERSON|Rina Hartono]], I'm a consular officer. Last night we got a call from two of our nationals, fishermen. They left a squid fishing vessel that is docked in [[LOCATION|Paita]], and they're hiding in a small hotel in the town.
O: Thank you for calling. What did they tell you?
C: They were recruited in [[LOCATION|Jakarta]] by a manning agency, [[ORGANIZATION|PT Samudra Jaya Crew]], on a two-year contract. They say they've been at sea for fourteen months, working eighteen, sometimes twenty hours a day, and they haven't received any salary. The agency says it's all deducted for the "placement fee".
O: Do they have their documents?
C: No. The captain keeps all the passports and seaman's books. And one of them, [[PERSON|Agus]], was hit by the bosun with a metal hook. He has a hand injury that was never treated, it looks infected.
O: Are there other crew members still on board?
C: Yes. The crew is fourteen in total, including these two, all men. Most are Indonesian, two are from [[LOCATION|Vietnam]]. The vessel is the [[OTHER_ID|Hai Feng 718]], and the men heard it's going to sail again in a few days.
O: That sounds like forced labour, and possibly trafficking. Are the two men safe right now?
C: For now. But they have almost no money, and they're afraid the agency's local contact will find them. They only know him as Mister [[PERSON|Lim]].
O: We can arrange a shelter for both of them today and medical care for the injured man. We'll also refer the case to the prosecutor's office and the maritime authority, so the vessel is inspected before it leaves.
C: That would be very helpful. They don't speak Spanish; I can interpret by phone if needed.
O: That's perfect. Can you give me your direct number and a contact for the men?
C: My direct line is [[PHONE_NUMBER|+51 1 442 8375]]. The men share one phone: [[PHONE_NUMBER|+62 812 4471 9026]].
O: Thank you, Ms [[PERSON|Hartono]]. I'll call you back within the hour with the shelter details, and we'll keep you updated on the inspection.
C: Thank you so much. We'll inform the ambassador as well.
""", note("professional", "report", ["labour"], 14, False, ["male"], "Piura", "ongoing", "high",
          ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
          "A consular officer reports that two foreign fishermen escaped from a fishing vessel in port where the "
          "whole crew works extreme hours without pay, with passports withheld and physical abuse, and one man has "
          "an untreated injury. Shelter and medical care are arranged for the two, and the case is referred to "
          "prosecutors and the maritime authority to inspect the vessel before it sails."))

call("h22-en-02", "en", "english", """
O: Línea contra la trata, buenas noches.
C: Hi, um, sorry... English?
O: Yes, I can help you in English.
C: Okay, great. So, I'm travelling, I'm staying at a hostel in [[LOCATION|Arequipa]], and I got talking with two girls who work at the reception. They're from [[LOCATION|Venezuela]]. I'm not even sure this is the right number, I just want to ask if something is, like, normal.
O: Of course. What's worrying you?
C: There's this guy who's come to the hostel a couple of times, they call him el [[PERSON|Flaco]]. He's offering them jobs at a bar in a mining area near [[LOCATION|Chala]]. He says they'll make three times what they make here, "just serving drinks and keeping the miners company", and they get paid per drink. Room included.
O: When are they supposed to go?
C: Next week, I think. And he said he'd pay the bus and they can pay him back from their first wages.
O: Did he ask them for anything?
C: Yeah, full-body photos, and copies of their IDs. They already sent them. One of them, [[PERSON|Génesis]], she's about [[AGE|twenty]], she's really excited about it. The other one is a bit older, she's less sure.
O: I'll be honest with you: those are typical signs of recruitment for sexual exploitation. A job in a remote mining area, "keeping clients company", pay per drink, photos, and a debt for the trip from day one. Often women arrive and are told they owe money and can't leave.
C: Yeah... that's kind of what I was afraid of. What should I tell them? I don't want to be the gringo telling them what to do.
O: You can just share what I've told you and give them this number. The call is free, 24 hours, and we can talk to them in Spanish and check the offer with them. They shouldn't send anything else or accept the bus ticket until they've talked to us.
C: Okay. And should I report the guy?
O: If they agree, we can register it. For now the most important thing is that they have the information. If they do go and then can't leave or have problems, they or you can call us right away.
C: Got it. Thank you, this really helps. I'll talk to them tomorrow morning.
O: Thank you for caring about them. Take care.
""", note("acquaintance", "information_request", ["sexual"], 2, False, ["female"], "Arequipa", "at_risk", "medium",
          ["information_given"],
          "A traveller asks about a job offer that a recruiter made to two young migrant women working at a hostel: "
          "a bar job in a mining area keeping miners company, paid per drink, with travel advanced as a debt and "
          "photos and IDs already sent. The operator explained the warning signs of sexual exploitation and how "
          "the women can contact the line."))

# ------------------------------------------------ Portuguese ----

call("h22-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpe, eu não falo espanhol. Alguém fala português?
O: Sí, pode falar, eu entendo português.
C: Obrigada. Meu nome é [[PERSON|Cláudia Ferreira]], sou conselheira tutelar em [[LOCATION|Porto Velho]], [[LOCATION|Rondônia]], no [[LOCATION|Brasil]]. Estamos com uma adolescente peruana aqui, e o consulado nos passou este número.
O: Entendo. O que aconteceu com ela?
C: Ela chegou ontem à noite numa igreja do bairro, sozinha, descalça. Disse que se chama [[PERSON|Sheyla]], tem [[AGE|dezesseis anos]] e é de [[LOCATION|Puerto Maldonado]]. Um homem prometeu trabalho numa loja de roupas aqui e trouxe ela de ônibus, mas levou ela para uma boate e obrigou a fazer programa.
O: Quanto tempo ela ficou lá?
C: Quase um mês. Ela fugiu quando deixaram a porta dos fundos aberta.
O: Ela está em segurança agora?
C: Sim, está num abrigo do município, com a gente. Foi atendida no hospital, fizeram os exames. Ela não tem documento nenhum, o homem ficou com a identidade dela.
O: Ela sabe o nome do homem?
C: Só o apelido, chamam ele de [[PERSON|Baiano]]. A polícia federal daqui já foi avisada.
O: Muito bem. Ela tem família no [[LOCATION|Peru]]?
C: A mãe. Ela deu o número: [[PHONE_NUMBER|982 615 403]]. Diz que a mãe não sabe onde ela está, que saiu sem avisar.
O: Vamos avisar a mãe com cuidado e encaminhar o caso à fiscalía aqui, para investigar quem recrutou ela, e coordenar com o consulado o retorno seguro dela.
C: Perfeito. Ela só pergunta quando vai voltar para casa.
O: Vamos trabalhar para que seja o quanto antes. Pode me dar seu contato?
C: Meu celular é [[PHONE_NUMBER|+55 69 99214 3870]], e o e-mail é [[EMAIL_ADDRESS|claudia.ferreira.ct@gmail.com]].
O: Obrigada, [[PERSON|Cláudia]]. Ligamos amanhã para contar como ficou a conversa com a mãe.
C: Combinado. Obrigada pela atenção.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Brasil", "past", "high",
          ["referral_legal", "follow_up_call"],
          "Una consejera de protección infantil del extranjero informa que una adolescente peruana, llevada con una "
          "falsa oferta de trabajo en una tienda, fue explotada sexualmente en un local nocturno durante casi un mes "
          "y logró escapar; está en un albergue, sin documentos. Se contactará a la madre, se deriva el caso a la "
          "fiscalía y se coordinará su retorno con el consulado."))

call("h22-pt-02", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Boa noite, senhora, fala português? Sou caminhoneiro brasileiro, estou na estrada aqui no [[LOCATION|Peru]], na Interoceânica.
O: Sim, pode falar, entendo português. O que está acontecendo?
C: Eu parei para jantar num restaurante em [[LOCATION|Iberia]], e tinha uma van branca com quatro meninas novinhas, de uns [[AGE|catorze, quinze anos]], com um homem. Ele pagou a comida, mas as meninas não falavam nada, só olhavam pro chão.
O: O que mais chamou sua atenção?
C: Uma delas me pediu o celular emprestado perto do banheiro, queria ligar pra mãe, mas o homem veio e puxou ela pelo braço. Depois ouvi ele falando no telefone que ia "entregar as quatro" em [[LOCATION|Puerto Maldonado]] hoje à noite, no bar.
O: Sabe se elas têm documentos?
C: Ele tem os documentos de todas numa pochete, eu vi quando ele pagou.
O: Para onde foram e há quanto tempo?
C: Saíram agora, faz uns dez minutos, na direção de [[LOCATION|Puerto Maldonado]]. A placa da van é [[OTHER_ID|V4K-851]], tem um adesivo de turismo do lado.
O: Como é o homem?
C: Uns quarenta anos, gordo, boné preto, camisa de time de futebol. Falava espanhol.
O: Isso é muito importante. Vou avisar a polícia agora mesmo para interceptar a van na estrada. Por favor, não tente segui-los.
C: Não, não, estou parado aqui no posto.
O: Me dá um número para a polícia entrar em contato, se precisar?
C: Meu celular brasileiro: [[PHONE_NUMBER|+55 68 99937 1452]]. Meu nome é [[PERSON|Edvaldo]].
O: Obrigada, [[PERSON|Edvaldo]]. A polícia já está sendo avisada. Se lembrar de mais alguma coisa, ligue de novo.
C: Tomara que peguem esse cara. Boa noite.
""", note("witness", "report", ["sexual"], 4, True, ["female"], "Madre de Dios", "ongoing", "immediate",
          ["police_dispatch"],
          "Un camionero extranjero reporta que vio a cuatro adolescentes viajando en una van con un hombre que "
          "retiene sus documentos, les impidió pedir ayuda y habló de entregarlas esa noche en un bar. Aportó la "
          "placa y la dirección del vehículo, y se alertó a la policía para interceptarlo."))

# ------------------------------------------------ Venezuelan Spanish ----

call("h22-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hola, buenas tardes, mi amor. Mira, disculpa, no sé ni cómo empezar. Yo estuve en una situación fea hace tiempo y ahora me están molestando otra vez.
O: Tómese su tiempo. ¿Está en un lugar seguro?
C: Sí, sí, estoy en mi casa, en [[LOCATION|Chimbote]]. Vivo con mi pareja, él sabe todo.
O: Cuénteme qué pasó.
C: Bueno, yo llegué de [[LOCATION|Maracay]] hace dos años y una chama que conocí en el terminal me consiguió "trabajo" en un night de aquí, el [[ORGANIZATION|Night Club Zafiro]]. Me dijeron que era de anfitriona, ¿sabes?, y cuando llegué era pa' estar con los clientes. Me quitaron el pasaporte y me decían que debía mil quinientos soles del pasaje y del cuarto.
O: ¿Cuánto tiempo estuvo ahí?
C: Como cuatro meses, chamo, hasta que me escapé con una compañera. Eso fue el año pasado.
O: Lo siento mucho. Hizo muy bien en salir. ¿Qué está pasando ahora?
C: Que el encargado, un tipo que le dicen el [[PERSON|Gocho]], consiguió mi número nuevo y me escribe por WhatsApp. Dice que todavía le debo, que con intereses ya son cinco mil, y que si no pago le manda a mi familia en [[LOCATION|Venezuela]] unas fotos mías de allá del local. Y ayer me mandó una foto de la puerta de mi edificio, vale. Eso sí me asustó.
O: ¿Desde qué número le escribe?
C: Del [[PHONE_NUMBER|936 418 207]].
O: Lo que usted vivió fue trata con fines de explotación sexual, y lo que él hace ahora es extorsión y amenaza, que también son delitos. Esa deuda no existe. Le recomiendo no pagar nada, no borrar los mensajes y guardar capturas.
C: Ya las tengo guardadas. Pero, ¿y si denuncio me van a deportar? Porque mis papeles están vencidos.
O: No. Como víctima tiene derecho a protección y puede regularizar su situación; estar sin papeles no le impide denunciar. Vamos a derivarla con una abogada gratuita que la acompañe a poner la denuncia en la fiscalía.
C: Dale, gracias. ¿Me pueden llamar a este número? Es el de mi pareja: [[PHONE_NUMBER|953 270 864]]. Yo me llamo [[PERSON|Yusmary]].
O: Perfecto, [[PERSON|Yusmary]]. La abogada la llama mañana y yo la llamo en unos días. Si ve a ese hombre cerca de su casa, llame al 105 de inmediato.
C: Listo, mi vida, gracias de verdad.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Áncash", "past", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una mujer migrante que fue explotada sexualmente en un local nocturno bajo una supuesta deuda y escapó "
          "meses atrás denuncia que el encargado la extorsiona con fotos y le mostró que conoce su domicilio. Se le "
          "orientó sobre sus derechos y la conservación de pruebas, y se deriva a asistencia legal gratuita, con "
          "seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----

call("h22-an-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Aló, mamita, buenos días. ¿Aquí es para denunciar? A mi nietito se lo han llevado, pues.
O: Sí, mamita, aquí la escuchamos. ¿Desde dónde nos llama?
C: De [[LOCATION|Huanta]], de la comunidad de [[LOCATION|Ccaccamarca]]. Del celular de la profesora estoy llamando, yo no tengo celular.
O: Cuénteme, ¿cómo se llama su nieto y cuántos años tiene?
C: [[PERSON|Ronaldo]], [[PERSON|Ronaldo Quispe Yupanqui]]. [[AGE|Quince años]] tiene, mamita, todavía es wawa. Su mamá está en [[LOCATION|Lima]] trabajando, conmigo nomás vive.
O: ¿Quién se lo llevó?
C: Un señor de la selva, de por allá de [[LOCATION|Llochegua]]. A la feria ha venido en su camioneta, a los jóvenes les ha dicho que en la chacra de coca van a ganar bien, cincuenta soles diario, para pallar la hoja. Así se ha ido mi nieto con otros dos chicos de la comunidad, sin avisarme, hace tres semanas.
O: ¿Ha sabido algo de él desde entonces?
C: Una vez nomás ha llamado, llorando, mamita. "Hatun mamay", me ha dicho, "no es chacra, nos hacen cargar mochila por el monte, de noche caminamos, con paquetes". Que si no cargan les pegan, que al otro chico le han pegado con palo. Y que no le dejan volver, que debe su pasaje y su comida. Manchakuni, mamita, tengo miedo. Dicen que a esos mochileros los matan o los meten presos.
O: Entiendo, mamita. Lo que le pasa a su nieto es muy grave: lo están obligando a transportar droga, y él es víctima, no delincuente. ¿Sabe cómo se llama el señor?
C: Le dicen tío [[PERSON|Chino]]. Su camioneta es plomo, la placa no sé.
O: ¿Y los otros dos chicos cuántos años tienen?
C: Uno es de [[AGE|diecisiete]], el hijo de mi comadre, y el otro ya es mayor, de [[AGE|veinte]] creo.
O: Vamos a comunicar el caso ahora a la fiscalía y a la policía especializada para que los busquen. También es importante que usted ponga la denuncia; la profesora la puede acompañar a la comisaría de [[LOCATION|Huanta]]. Lleve una foto de su nieto y su DNI si lo tiene.
C: Su DNI tengo, acá está, mamita: [[ID_NUMBER|seis uno cero cuatro siete dos ocho tres]].
O: Gracias. ¿A qué número la podemos llamar?
C: A la profesora nomás, la profesora [[PERSON|Gladys]], su número es [[PHONE_NUMBER|966 103 582]]. Yo voy a entender mejor si ella me explica.
O: Muy bien, mamita. Mañana llamamos a la profesora para contarle qué se ha hecho. Si [[PERSON|Ronaldo]] vuelve a llamar, pregúntele dónde está y avísenos.
C: Ya, mamita, sulpayki, gracias. Que Diosito le ayude a mi wawa.
""", note("family_member", "report", ["forced_criminality"], 3, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela reporta que su nieto adolescente y otros dos jóvenes de su comunidad fueron captados con una "
          "oferta de trabajo agrícola y son obligados a transportar droga por el monte, con golpes y una supuesta "
          "deuda que les impide volver. Se deriva a fiscalía y policía especializada, se le orienta para poner la "
          "denuncia y se hará seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
