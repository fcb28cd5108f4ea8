#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout55.jsonl: 16 fictional, labelled counter-trafficking hotline calls (Peru).

Theme: labour exploitation and its neighbours (mining, agriculture, fishing, brick
kilns, logging, construction, domestic work, street vending), plus look-alike calls
that are NOT trafficking (a wage dispute, a worker who left freely) and calls where
the picture is uncertain (a labour-rights question with one warning sign, children
seen working on a pier, teenagers in a van with unknown destination of exploitation).

Mix:
  * styles: 6 lowercase unpunctuated Whisper-style Spanish, 4 cased Spanish (one
    Venezuelan, one Andean with Quechua words), 3 English, 3 Brazilian Portuguese
    (Portuguese calls get Spanish summaries, as in the builder's own examples).
  * caller roles: victim, family member, acquaintance (fellow domestic worker),
    witness (anonymous mototaxi driver, employer-side site engineer, tourist, trucker),
    professional (nurse technician, NGO nurse), general public (incl. an employer).
  * call types: report, help_request, information_request, follow_up, not_relevant.
  * exploitation: labour, domestic_servitude, forced_begging, unknown, none.
  * victims: 0 to 12, some counts told in parts or corrected mid-call; adults,
    minors and mixed; situations ongoing / past / at_risk / none; urgency from
    immediate to low; regions across coast, Andes and Amazon, plus none.

Everything (people, numbers, plates, addresses, businesses) is invented. Written by
an outside writer who read only LABELS.md, make_dev.py and the builder
(make_heldout.py); same markup: [[TYPE|surface]] marks PII, O:/C: mark speakers.

Run: cd /work/private_h55/notes && python3 make_heldout55.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout55.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h55-lw-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches le hablo de un teléfono de una bodega en [[LOCATION|putina]] acabo de bajar de la mina de [[LOCATION|ananea]]
O: dígame lo escucho está usted bien
C: estoy bien nomás cansado pero mis compañeros siguen arriba señorita el contratista no nos paga ya son cuatro meses trabajando en el socavón y dice que el cachorreo recién va a ser a fin de año
O: cuántas personas están trabajando con usted
C: somos ocho conmigo ah no nueve porque está también el chibolo [[PERSON|yony]] que tiene [[AGE|quince años]] él carga el mineral en la espalda
O: los dejan salir de la mina cuando quieren
C: no señorita hay un guardián con escopeta en la bocamina y el contratista que le dicen el [[PERSON|puma]] dice que le debemos la comida la coca las botas y que si alguien se va lo busca y lo entierra en el socavón
O: y usted cómo pudo salir
C: me mandaron a comprar guía y mecha aquí al pueblo y ya no regresé pues tengo miedo que me encuentre
O: hizo bien tiene dónde quedarse esta noche
C: sí en la casa de un paisano aquí en [[LOCATION|putina]]
O: vamos a pasar el caso ahora mismo a la policía y a la fiscalía para que intervengan en la mina y mañana lo llamamos a este número para hacer seguimiento usted no regrese allá
C: ya señorita gracias pero apúrense por el chibolo que está mal de la tos ya no puede ni cargar
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        9,
        True,
        ["male"],
        "Puno",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Un minero que acaba de salir de una mina informal pide ayuda porque él y otros ocho trabajadores, "
        "entre ellos un adolescente, llevan meses sin pago bajo una deuda impuesta y vigilados por un guardián "
        "armado que impide su salida. Se alerta a la policía y a la fiscalía para intervenir, con seguimiento.",
    ),
)

call(
    "h55-lw-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita disculpe la molestia trabajo de albañil en una obra en [[LOCATION|san juan de lurigancho]] y el maestro de obra no me quiere pagar dos semanas
O: entiendo cuénteme un poco más usted vive en la obra o regresa a su casa
C: no no yo vivo con mi señora en [[LOCATION|canto grande]] voy y vengo todos los días
O: le han quitado su dni o algún documento
C: no señorita mi dni lo tengo yo
O: lo amenazan o le impiden dejar el trabajo
C: no nada de eso yo ya le dije que no voy a volver si no me paga y me dice que el ingeniero no le ha depositado que espere hasta fin de mes pero así me tiene desde hace un mes y medio
O: mire lo que usted me cuenta es un problema laboral un incumplimiento de pago no es un caso de trata de personas para reclamar su pago puede acudir a la sunafil o al ministerio de trabajo ahí le orientan gratis para presentar su denuncia
C: ah ya y tengo que llevar algo
O: lleve su dni y si tiene fotos de la obra mensajes con el maestro o el nombre de la empresa constructora eso ayuda bastante
C: ya señorita muchas gracias por la orientación
O: de nada que le vaya bien
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
        "Un albañil consulta porque el maestro de obra le adeuda dos semanas de pago; vive en su casa, conserva "
        "su documento y puede dejar el trabajo libremente. Se le explicó que es un conflicto laboral y no un caso "
        "de trata, y se le orientó a acudir a la inspección de trabajo.",
    ),
)

call(
    "h55-lw-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches no le voy a dar mi nombre ya soy mototaxista acá en [[LOCATION|baños del inca]] en [[LOCATION|cajamarca]]
O: no se preocupe puede quedar en el anonimato qué ha visto
C: por la salida a [[LOCATION|llacanora]] hay una ladrillera [[ADDRESS|al costado del grifo abandonado pasando el puente]] y ahí trabajan niños de noche señorita los veo cuando paso tarde moldeando barro echando ladrillos al horno
O: cuántos niños ha visto
C: cuatro chiquitos ah no cinco porque hay uno más grandecito que maneja la carretilla ese tendrá [[AGE|trece]] los otros son chiquitos de [[AGE|ocho nueve años]] hay una niña también
O: sabe si están con sus papás
C: no creo a los papás nunca los he visto el dueño vive en [[LOCATION|celendín]] y viene en una camioneta el otro día vi que le jaló de la oreja al más chico y lo tiró al suelo porque se había quedado dormido
O: sabe si los niños van al colegio o si viven ahí
C: viven ahí en un cuartito de calamina al lado del horno de día los veo durmiendo nunca los he visto con uniforme
O: gracias por avisar lo que cuenta es muy preocupante vamos a derivar el caso a la fiscalía de familia para que verifiquen la situación de los niños si ve algo nuevo puede volver a llamar
C: ya señorita pero que no digan que fue un mototaxista que ahí todos me conocen
O: no se preocupe su llamada es reservada
""",
    note(
        "witness",
        "report",
        ["labour"],
        5,
        True,
        ["male", "female"],
        "Cajamarca",
        "ongoing",
        "high",
        ["referral_legal"],
        "Un testigo anónimo reporta que cinco niños, entre ellos una niña, trabajan de noche en una ladrillera y "
        "viven junto al horno sin sus padres ni ir al colegio, y que el dueño agredió al más pequeño. Se deriva "
        "el caso a la fiscalía de familia para que verifique.",
    ),
)

call(
    "h55-lw-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo llamé la semana pasada por mi hijo [[PERSON|elmer]] el que se llevaron a [[LOCATION|lima]] a vender caramelos en los carros
O: sí señora me puede recordar su nombre para buscar su caso
C: [[PERSON|dionisia huamaní]] señorita de [[LOCATION|huanta]] [[LOCATION|ayacucho]]
O: ya ubiqué su caso señora [[PERSON|dionisia]] qué novedades tiene
C: mi hijo me llamó anoche de un celular prestado dice que el señor [[PERSON|gálvez]] lo tiene en un cuarto en [[LOCATION|la victoria]] en el [[ADDRESS|jirón huánuco al lado de una cochera verde]] y que tiene que vender cincuenta soles de caramelos cada día en los micros si no llega no le da de comer
O: su hijo sigue teniendo [[AGE|trece años]] verdad está solo ahí
C: sí [[AGE|trece]] tiene y no está solo hay otros dos chicos de mi comunidad uno de [[AGE|doce]] y otro más grande de [[AGE|quince]] también los trajo el mismo señor diciendo que iban a estudiar en [[LOCATION|lima]]
O: eso es muy importante señora vamos a pasar la dirección a la policía y a la fiscalía para que vayan a rescatar a los tres chicos y la vamos a llamar apenas tengamos noticias
C: ya señorita por favor que no le hagan nada a mi hijo ese señor le ha dicho que si habla lo bota a la calle
O: vamos a actuar con cuidado tenga su celular prendido
C: gracias señorita dios se lo pague
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        3,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una madre llama en seguimiento de su reporte: su hijo y otros dos chicos de su comunidad "
        "fueron llevados con engaños a la capital y obligados a vender golosinas en buses con una cuota diaria, "
        "bajo amenaza de no comer. Aporta la dirección del cuarto y se pasa a policía y fiscalía para el rescate, "
        "con seguimiento.",
    ),
)

call(
    "h55-lw-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló señorita ayúdeme por favor estoy en el muelle de [[LOCATION|chimbote]] y la lancha sale esta noche y yo no quiero ir
O: tranquilo te escucho cuántos años tienes
C: [[AGE|dieciséis]] señorita
O: qué es lo que pasa con la lancha
C: trabajo en una embarcación de pota hace tres meses el patrón no me paga dice que le debo la comida y el adelanto que le dio a mi mamá y tiene mi dni guardado en su mochila
O: estás solo o hay otros chicos contigo
C: está mi primo [[PERSON|josué]] de [[AGE|catorce]] él ya está adentro de la lancha yo bajé a comprar hielo y me escapé a llamar el patrón dice que si no regreso en diez minutos me va a buscar y me va a pegar como la otra vez
O: dónde estás exactamente ahora
C: en la [[ADDRESS|caseta de la esquina del desembarcadero artesanal frente a las cámaras de frío]] la lancha tiene matrícula [[OTHER_ID|ce 21874 bm]] es azul con blanco
O: quédate ahí donde hay gente no regreses a la lancha ya estoy avisando a la policía y a la capitanía para que no salga la embarcación y saquen a tu primo luego los vamos a llevar a un lugar seguro
C: ya ya me quedo aquí
O: este número del que llamas es tuyo
C: no es de la señora de la caseta me lo prestó
O: bien no cuelgues me quedo contigo en la línea hasta que llegue la policía
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        2,
        True,
        ["male"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Un adolescente que trabaja sin pago en una embarcación pesquera, con su documento retenido, una deuda "
        "impuesta y golpes, pide ayuda antes de que zarpe la lancha donde sigue su primo menor de edad. Se envía "
        "a la policía y a la autoridad portuaria de inmediato y se coordinará un lugar seguro.",
    ),
)

call(
    "h55-lw-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita yo trabajo de empleada en un edificio en [[LOCATION|cayma]] [[LOCATION|arequipa]] y en el departamento del frente hay una chiquita que también trabaja de empleada
O: qué le preocupa de ella
C: es una chiquita de [[AGE|quince años]] de [[LOCATION|azángaro]] se llama [[PERSON|yeni]] nos vemos cuando sacamos la basura me ha contado que la señora la trajo hace un año prometiendo que la iba a hacer estudiar pero no va al colegio trabaja todo el día cuida al bebé cocina lava y no le pagan dice que la señora le manda plata a su mamá pero su mamá le ha dicho que no le llega nada
O: ella puede salir del departamento
C: no sale nunca solo a botar la basura cuando se van la dejan con llave y su celular se lo quitaron porque dice que se distraía
O: la maltratan
C: me dijo que la señora le grita y una vez le tiró una cachetada hoy estaba llorando en la escalera
O: gracias por contarnos vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial para que la visiten me puede dar la dirección del edificio
C: es el [[ADDRESS|edificio de ladrillo al lado del parque la tomilla departamento 302]]
O: y un número para llamarla y contarle cómo avanza
C: sí anote [[PHONE_NUMBER|958 614 307]] pero llámeme tarde que mi patrona no sabe que llamé
O: perfecto la llamaremos por la tarde gracias por preocuparse
""",
    note(
        "acquaintance",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una trabajadora del hogar reporta que una adolescente traída de otra región con la promesa de estudiar "
        "trabaja sin pago en una vivienda vecina, no va al colegio, la dejan encerrada, le quitaron el celular y "
        "ha sido golpeada. Se deriva a la fiscalía de familia y a protección especial, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h55-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes, mi amor. Mira, yo no sé si es aquí donde tengo que llamar, pero una amiga me pasó el número. Es una pregunta nada más.
O: Claro, dígame, para eso estamos.
C: Yo soy venezolana, trabajo en un puesto de ropa en [[LOCATION|Gamarra]] desde hace cinco meses. La dueña, la señora [[PERSON|Nelly]], me pidió mi carné de extranjería cuando entré, dizque para hacerme el contrato, y nunca me lo devolvió. Y me paga 900 soles al mes por doce horas, de lunes a sábado.
O: Entiendo. ¿Usted vive en el puesto o en casa de la señora?
C: No, no, chama, yo vivo con mi esposo en [[LOCATION|San Martín de Porres]], yo voy y vengo. Pero cuando le pedí el carné me dijo que me lo devuelve cuando le avise con un mes de anticipación, que es para que no me vaya con la competencia. ¿Eso se puede?
O: No. Nadie puede retener su documento de identidad, tampoco el empleador; es suyo y se lo tienen que devolver cuando lo pida. Además, por doce horas diarias le corresponde por lo menos el sueldo mínimo y el pago de horas extras.
C: Ajá, ¿y qué hago? Porque tampoco quiero perder el trabajo, vale.
O: Puede pedirle el carné por escrito, y si no se lo devuelve, puede denunciarlo en la comisaría y presentar una queja en la SUNAFIL, que también atiende a trabajadores extranjeros. Si la señora la amenaza, no la deja irse o le deja de pagar, vuelva a llamar a esta línea.
C: Dale, qué fino. ¿Y la llamada es gratis?
O: Sí, es gratuita y atendemos las 24 horas.
C: Listo, muchas gracias, mi amor, que Dios te bendiga.
""",
    note(
        "victim",
        "information_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Lima",
        "at_risk",
        "low",
        ["information_given"],
        "Una trabajadora migrante consulta si su empleadora puede retener su carné de extranjería, que no le "
        "devuelve para que no cambie de trabajo, y le paga poco por jornadas largas; vive en su casa y se moviliza "
        "libremente. Se le explicó que la retención del documento es ilegal, sus derechos laborales y cómo "
        "reclamar, y que vuelva a llamar si hay amenazas.",
    ),
)

call(
    "h55-qu-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Allinllachu, señorita, buenos días. Disculpe, poquito nomás hablo castellano. Le llamo de [[LOCATION|Colcabamba]], [[LOCATION|Huancavelica]]. Es por mis hijos, mis wawas.
O: Buenos días, señor, no se preocupe, hable tranquilo. ¿Qué ha pasado con sus hijos?
C: Un enganchador, don [[PERSON|Crisóstomo]], vino a la comunidad hace dos meses, ha llevado a mis hijos a cosechar café a [[LOCATION|Satipo]]. Cincuenta soles diario, ha dicho. Mi hijo mayor tiene [[AGE|diecinueve]], el menorcito [[AGE|dieciséis años]].
O: ¿Y qué le han contado sus hijos?
C: Anoche me ha llamado el menorcito, llorando. "Taytay, yanapaway", me dice, ayúdame. Nada les pagan, señorita. Dice que les cobran el pasaje, la comida, todo es deuda. En un campamento duermen, en la chacra, y no los dejan salir hasta que termine la cosecha. Al mayor lo ha pegado el capataz con palo porque quería regresar.
O: ¿Solo sus dos hijos están allá?
C: Manam, no, señorita. Otros jóvenes de la comunidad también. Siete son... ah, no, ocho, con el hijo de mi compadre [[PERSON|Fortunato]], ese también ha ido. Todos varones, paisanokuna.
O: ¿Hay otros menores de edad, aparte de su hijo?
C: El hijo de mi compadre también, creo de [[AGE|diecisiete]]. Los demás ya son grandes.
O: ¿Sabe el nombre del fundo o el lugar exacto?
C: [[ORGANIZATION|Fundo Santa Rosa]] dice, río arriba de [[LOCATION|Río Negro]]. Mi hijo ha dicho que hay un letrero grande de café en la entrada.
O: Gracias, señor. Lo que cuenta es muy grave. Vamos a pasar el caso ahora a la policía y a la fiscalía de [[LOCATION|Satipo]] para que vayan al fundo. ¿A qué número le podemos llamar?
C: A este nomás, señorita, es de mi hija: [[PHONE_NUMBER|964 205 718]]. Sulpayki, señorita, gracias.
O: Mañana lo llamamos para contarle, señor. Si su hijo vuelve a llamar, avísenos.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        8,
        True,
        ["male"],
        "Junín",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Un padre reporta que sus dos hijos, uno adolescente, y otros seis jóvenes de su comunidad fueron llevados "
        "por un enganchador a la cosecha de café, donde no les pagan, les imponen una deuda, no los dejan salir y "
        "uno fue golpeado. Se pasa el caso a la policía y la fiscalía para que acudan al fundo, con seguimiento.",
    ),
)

call(
    "h55-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes, señorita. Le habla [[PERSON|Elías Tapullima]], técnico de enfermería del puesto de salud de [[LOCATION|Intuto]], en el río [[LOCATION|Tigre]], [[LOCATION|Loreto]].
O: Buenas tardes, ¿en qué lo podemos ayudar?
C: Ayer llegó en un peque-peque un muchacho con un corte en la pierna, de motosierra. Tiene [[AGE|veinte años]]. Dice que se escapó de un campamento maderero, dos días río arriba, en la quebrada [[LOCATION|Pucacuro]].
O: ¿Qué le contó del campamento?
C: Que los enganchó un señor de [[LOCATION|Iquitos]] que le dicen [[PERSON|Shapaja]]. Les dio un adelanto de 300 soles y después todo se lo cobran: el arroz, el aceite, la gasolina de la motosierra. Nunca terminan de pagar. Trabajan de sol a sol tumbando cedro, y el patrón tiene escopeta y se queda con los DNI.
O: ¿Cuántas personas hay en el campamento?
C: Él dice que eran doce con él, todos hombres. O sea, quedan once allá.
O: ¿Hay menores de edad?
C: Sí, dos chibolos, de [[AGE|quince]] y [[AGE|dieciséis]], que son hermanos. También hay una señora que cocina, pero ella es la mujer del patrón.
O: ¿Cómo está el muchacho ahora?
C: Ya le cosimos la herida, está estable. Pero no tiene documentos ni plata, y quiere regresar a su casa en [[LOCATION|Nauta]]. Tiene miedo de que el patrón lo busque.
O: Entendido. Vamos a derivar el caso a la fiscalía especializada de [[LOCATION|Loreto]] y a la policía para que intervengan el campamento, y coordinamos un albergue temporal para el joven mientras da su declaración. ¿Tiene un número de contacto?
C: Aquí la señal es mala; el teléfono fijo del puesto es [[PHONE_NUMBER|065 812 447]].
O: Gracias, lo llamamos mañana para coordinar su traslado.
""",
    note(
        "professional",
        "report",
        ["labour"],
        12,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Un técnico de salud informa que atendió a un joven herido que escapó de un campamento maderero donde él y "
        "otros once hombres, dos de ellos adolescentes, trabajan sin pago por una deuda impuesta, con documentos "
        "retenidos y un patrón armado. Se deriva a fiscalía y policía y se coordina un albergue para el joven, con "
        "seguimiento.",
    ),
)

call(
    "h55-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Prefiero no dar mi nombre. Soy ingeniero residente en una obra en [[LOCATION|Víctor Larco]], en [[LOCATION|Trujillo]]. Trabajo para la constructora principal, o sea, estoy del lado de la empresa, pero hay algo que no me parece correcto.
O: Le escuchamos, su identidad queda en reserva.
C: Tenemos un subcontratista de encofrado, [[ORGANIZATION|Encofrados del Norte]], que trajo a cinco venezolanos hace un mes. Bueno, seis; ayer me enteré de que hay uno más que hace de guardián en la noche. Duermen en el almacén de la obra, en colchones, y el subcontratista cierra el portón con candado desde afuera en la noche.
O: ¿Les pagan?
C: Eso es lo que me preocupa. Uno de ellos, [[PERSON|Yeferson]], me contó que el señor [[PERSON|Carranza]] les tiene los pasaportes "para tramitar el permiso" y que les paga todo junto al terminar la obra, descontando el pasaje desde [[LOCATION|Tumbes]] y la comida. No les ha dado ni un sol. Hoy uno me pidió prestado para comprar pastillas.
O: ¿Ha visto amenazas o violencia?
C: Golpes no. Pero les dice que si se quejan los denuncia a Migraciones y los deportan.
O: ¿Son todos adultos?
C: Sí, todos hombres, ninguno es menor.
O: Gracias por llamar. Lo que describe tiene varias señales de trabajo forzoso: documentos retenidos, encierro en la noche, deuda y falta de pago. Vamos a derivar el caso a la fiscalía especializada y a la SUNAFIL para una inspección. ¿Podemos contactarlo para seguimiento?
C: Sí, pero solo por correo: [[EMAIL_ADDRESS|residente.obra.vl@gmail.com]].
O: Perfecto, le escribiremos la próxima semana.
""",
    note(
        "witness",
        "report",
        ["labour"],
        6,
        False,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un ingeniero del lado de la empresa reporta que un subcontratista mantiene a seis trabajadores migrantes "
        "durmiendo en el almacén de una obra, encerrados de noche, sin pago, con pasaportes retenidos, una deuda "
        "por pasaje y comida y amenazas de denuncia migratoria. Se deriva a la fiscalía y a la inspección laboral, "
        "con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h55-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, sorry, do you speak English?
O: Yes, go ahead, I can help you in English.
C: Okay, great. I'm not even sure this is the right number. I live in [[LOCATION|Miraflores]], and our nanny, [[PERSON|Marleni]], left on [[DATE_TIME|Sunday night]] without telling us. Her room's empty. I'm worried something's happened to her, you hear all these stories about trafficking.
O: I understand. How old is she, and how long had she worked with you?
C: She's [[AGE|twenty-eight]]. Almost two years. She lived in, had weekends off, we paid her into her bank account, she had her own phone, her DNI, everything.
O: Have you heard from her since she left?
C: Yes, actually, she sent a WhatsApp on [[DATE_TIME|Monday]] saying she was sorry, she's gone back to her mum in [[LOCATION|Cajamarca]] because her mum is ill, and she'll send someone for her last pay. Then she stopped answering.
O: Did she mention anyone offering her another job, or anyone pressuring her to go?
C: No, nothing like that. She'd said she was homesick for months. I guess I just panicked.
O: From what you're telling me, she's an adult who decided to leave on her own, she has her documents and she's in touch with her family, so nothing points to trafficking. Make sure her final pay and benefits are settled, and if you ever learn that she is being held or threatened, you can call us again.
C: Right, that's a relief. Thank you, and sorry to take up your time.
O: No problem at all. Have a good afternoon.
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
        "An employer calls worried because her adult live-in nanny left suddenly, but the nanny kept her own "
        "documents and phone, was paid, and messaged that she had gone home to her ill mother. The operator explained "
        "that nothing indicates trafficking and advised settling her final pay.",
    ),
)

call(
    "h55-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning. I'm a tourist, I'm staying in [[LOCATION|Paracas]], and I'm honestly not sure if this is something for you, but it's been bothering me.
O: Please tell me, that's what we're here for.
C: Every morning I walk along the fishing pier in [[LOCATION|El Chaco]], and there are kids working on the boats and at the cleaning tables. Gutting fish, hauling crates of anchovy. Yesterday I counted three... no, four. Three boys for sure, the fourth had a hood up, I couldn't tell.
O: How old do they look?
C: Maybe [[AGE|ten]], [[AGE|twelve]]. And they're still there at noon on a school day, so they're clearly not in school. One of the men shouted at a boy and shoved him when he dropped a crate.
O: Do you know if they're with their families?
C: No idea. It could be their dads, honestly, it's a fishing town. I asked one of them in my bad Spanish and he just said "trabajo para el patrón" and walked off.
O: Thank you. It might be child labour within families, or something more serious; we can't tell from here. We'll pass this to the child protection services and the prosecutor's office in [[LOCATION|Pisco]] so they can check on the children. Would you like to leave a contact?
C: I'd rather not, I'm leaving tomorrow. Is that okay?
O: That's fine. Thank you for caring enough to call.
""",
    note(
        "witness",
        "report",
        ["labour"],
        4,
        True,
        ["male"],
        "Ica",
        "ongoing",
        "medium",
        ["referral_legal"],
        "A tourist reports seeing four children, at least three of them boys, working on fishing boats and cleaning "
        "tables during school hours, one of them shoved by an adult; it is unclear whether they work for their "
        "families or for a boss. The case is passed to child protection and the prosecutor's office to check.",
    ),
)

call(
    "h55-en-03",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello, good evening, do you speak English? I called on [[DATE_TIME|Monday]] about a girl in [[LOCATION|Cusco]]. I'm a nurse with a medical NGO here.
O: Yes, I can help in English. Can you give me your name so I can find the case?
C: [[PERSON|Hannah Vogel]]. It was about the girl who asks tourists for money in the main square late at night, with a baby lamb for photos.
O: Yes, I have it here. What's new?
C: She came to our clinic today with a burn on her arm. She told us she's [[AGE|fourteen]], not [[AGE|sixteen]] like we thought. And she's not alone: she shares a room with her two cousins, they're [[AGE|eleven]] and [[AGE|twelve]], girls too, and they all have to do the same thing.
O: Did she say who makes them do it?
C: A woman they call tía [[PERSON|Rufina]]. She brought them from [[LOCATION|Paruro]] saying they'd go to school in the city. Each of them has to bring sixty soles a night, and if they don't, they don't eat, and she hits them. The burn is from a pot; she says the woman pushed her.
O: Where is she now?
C: Still at the clinic, she doesn't want to go back. The cousins are in the room, [[ADDRESS|behind the San Pedro market, the door painted blue next to the tyre shop]].
O: Thank you. This is urgent because the cousins are still there. I'm alerting the police and the family prosecutor now so they can go to the room tonight, and we'll arrange a shelter for the three girls. Please keep her at the clinic until they arrive.
C: Of course. She's scared, but she said okay.
O: I'll call you back within the hour.
""",
    note(
        "professional",
        "follow_up",
        ["forced_begging"],
        3,
        True,
        ["female"],
        "Cusco",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
        "An NGO nurse follows up on an earlier report: the girl forced to beg from tourists at night is younger than "
        "thought, was injured by the woman who exploits her, and two younger cousins are held in the same room under "
        "daily quotas and beatings. Police and the family prosecutor are alerted to go tonight, and shelter is "
        "arranged for the three girls.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h55-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite, moça, fala português? Eu sou do [[LOCATION|Acre]], de [[LOCATION|Brasiléia]]. Eu fugi de um castanhal aqui no [[LOCATION|Peru]], perto de [[LOCATION|Iberia]].
O: Sí, le entiendo, pode falar devagar. ¿Dónde está usted ahora?
C: Tô na rodoviária de [[LOCATION|Puerto Maldonado]], com meu irmão. A gente chegou hoje de tarde, de carona num caminhão.
O: ¿Qué pasó en el castañal?
C: Um homem, o [[PERSON|Baiano]], chamou a gente em [[LOCATION|Brasiléia]] pra colher castanha, disse que pagava por lata. Chegando lá, ele pegou nossos documentos e cobrava tudo, a comida, o facão, a lanterna. Três meses no mato e ninguém recebeu nada. Quem reclamava apanhava.
O: ¿Cuántas personas estaban con ustedes?
C: Éramos cinco: eu, meu irmão e mais três rapazes de [[LOCATION|Assis Brasil]]. Os três ficaram lá. O [[PERSON|Baiano]] tem espingarda e disse que se alguém fugir ele vai atrás.
O: ¿Alguno es menor de edad?
C: Não, o mais novo é meu irmão, que tem [[AGE|dezenove]]. Eu tenho [[AGE|vinte e seis]].
O: Entiendo. Vamos a avisar ahora a la policía para que vaya al castañal por los tres que quedan, y esta noche los llevamos a un albergue a usted y a su hermano. Mañana lo llamamos para la orientación legal y para coordinar con el consulado.
C: Obrigado, moça, a gente não tem nem dinheiro pra comer.
O: En el albergue van a tener comida. No se muevan de la terminal, ya le envío la dirección.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        5,
        False,
        ["male"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
        "Un recolector extranjero que escapó con su hermano de un castañal pide ayuda: allí trabajaron meses sin pago, "
        "con documentos retenidos, deudas por la comida y herramientas y golpes, y otros tres hombres siguen retenidos "
        "por un patrón armado. Se alerta a la policía, se lleva a los hermanos a un albergue y se dará orientación legal, "
        "con seguimiento.",
    ),
)

call(
    "h55-pt-02",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Eu sou caminhoneiro brasileiro, tô parado num posto em [[LOCATION|Mazuco]], na estrada. Quero avisar uma coisa que eu tô vendo agora mesmo.
O: Sí, dígame, le entiendo.
C: Tem uma van branca aqui no posto, placa [[OTHER_ID|V4K-612]], com uns seis adolescentes dentro. Não, deixa eu contar... sete: quatro meninas e três meninos. Parecem ter uns [[AGE|catorze, quinze anos]]. O motorista foi comer e deixou eles trancados na van.
O: ¿Habló con ellos?
C: Falei pela janela com uma menina. Ela disse que são de [[LOCATION|Cusco]], que um homem prometeu trabalho, mas não disse que trabalho, só que era perto da mina, em [[LOCATION|Huepetuhe]]. E que o homem ficou com os documentos de todos.
O: ¿La van sigue ahí? ¿Dónde exactamente?
C: Sim, ainda tá aqui, no [[ADDRESS|posto de gasolina da entrada do povoado, do lado da balança]].
O: Voy a alertar ahora mismo a la policía de la zona para que intervenga la van antes de que salga. Por favor no se enfrente con el chofer; si la van se va, llámenos y díganos hacia dónde.
C: Tá bom, vou ficar de olho daqui da cabine.
O: ¿Me deja un número para que la policía lo llame?
C: [[PHONE_NUMBER|+55 68 99214 3870]].
O: Gracias, señor, la policía ya está en camino.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        7,
        True,
        ["female", "male"],
        "Madre de Dios",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Un camionero reporta en este momento una van con siete adolescentes encerrados, trasladados hacia una zona "
        "minera con una oferta de trabajo no especificada y con sus documentos en poder del hombre que los lleva. "
        "Se alertó a la policía para intervenir la van de inmediato.",
    ),
)

call(
    "h55-pt-03",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia, moça. Eu sou de [[LOCATION|Manaus]]. Minha filha [[PERSON|Thaís]], de [[AGE|vinte anos]], foi pra [[LOCATION|Lima]] trabalhar de babá na casa de uma família brasileira, e ontem ela conseguiu sair de lá.
O: ¿Dónde está ella ahora?
C: Ela tá no consulado do [[LOCATION|Brasil]]. Passou a noite lá, mas disseram que hoje ela precisa de outro lugar pra ficar.
O: ¿Qué le pasó en esa casa?
C: Oito meses, moça. Pegaram o passaporte dela no aeroporto, ela cuidava de três crianças e da casa inteira, dormia num quartinho da lavanderia, nunca recebeu salário, só diziam que estavam guardando pra ela. Não deixavam ela sair sozinha, nem ligar pra mim, só quando a patroa, a dona [[PERSON|Solange]], estava do lado.
O: ¿Está herida o enferma?
C: Ela emagreceu muito e tá muito nervosa, não dorme. Ela quer voltar pra casa, mas sem passaporte não pode.
O: Entiendo. Vamos a coordinar hoy mismo un albergue para ella en [[LOCATION|Lima]], con atención psicológica, y derivar el caso a la fiscalía para que pueda denunciar y recuperar su pasaporte. ¿Tiene un número de su hija?
C: Sim, o número peruano dela é [[PHONE_NUMBER|927 403 518]].
O: La llamaremos ahora a ella y después la llamamos a usted para contarle.
C: Obrigada, moça, Deus te abençoe.
""",
    note(
        "family_member",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Lima",
        "past",
        "high",
        ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
        "Una madre extranjera pide ayuda para su hija, que escapó de una casa donde trabajó meses como niñera y "
        "empleada sin salario, con el pasaporte retenido, sin poder salir sola ni comunicarse libremente. Se coordina "
        "un albergue con atención psicológica y se deriva a la fiscalía para denunciar y recuperar el pasaporte, con "
        "seguimiento.",
    ),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
