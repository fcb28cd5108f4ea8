# ruff: noqa: E501
"""Generate heldout48.jsonl: 16 NEW fictional, labelled hotline calls for measuring generalisation.

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and notes/make_heldout.py (whose call()/note()/build() and
[[TYPE|surface]] markup are reused here). No code of the drafting tool was read.
All people, phone numbers, businesses and addresses are invented; towns are real
places but the events are fiction.

Mix (16): 6 lowercase unpunctuated Whisper-style Spanish (lw), 4 cased Spanish (es),
2 English (en), 1 Brazilian Portuguese (pt), 1 Venezuelan Spanish (ve),
1 Spanish/English code-switching (cs), 1 Andean Spanish with Quechua words (qu).

Annotation choices (on top of make_dev.py's conventions):
  * Lowercase calls keep the PII surface exactly as transcribed (lowercase, numbers
    in words); self-corrected ages are two AGE spans ("dieciséis no quince").
  * Quechua numerals said as an age ("chunka kimsayuq") are AGE.
  * victims.count counts the people being exploited, not the caller's other relatives
    or a baby who only lives there; a caller who got out counts together with those
    still inside, and situation is then "ongoing".
  * minors_involved is true when a victim was a minor while exploited, even if the
    caller is an adult today.
  * An offer the caller turns down (shelter, legal referral, giving a number for a
    call-back, passing an ad to police) is not an action.
  * In the not-relevant call the operator only says the line cannot help; actions = none.
  * region: the department (or country) where the exploitation happens or would
    happen, not where the caller lives.

Run: python3 make_heldout48.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout48.jsonl")
CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h48-lw-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: aló buenas tardes señorita este llamo porque eh yo soy mototaxista en [[LOCATION|baños del inca]] y por la la drillera que está saliendo a [[LOCATION|llacanora]] hay una familia que trabaja ahí
O: qué es lo que ha visto usted
C: trabajan todos el papá la mamá y los chiquitos cuatro chiquitos no no miento son tres tres chiquitos y el bebé que lo tienen ahí echadito en una manta
O: qué edad tienen los niños
C: el mayorcito estará en quinto de primaria creo los otros más chicos pero ya cargan adobe también desde que sale el sol hasta que oscurece
O: los niños van al colegio
C: no este año no van el mayorcito me dijo que el patrón no les deja porque tienen que terminar los mil ladrillos del día
O: sabe si les pagan algo
C: no sé señorita eso no sé el papá dice que le debe al dueño por un préstamo que le dio para la casa para el para el velorio de su suegra creo
O: ellos pueden salir de la ladrillera cuando quieren
C: salir salen pero el dueño don [[PERSON|eusebio]] les ha dicho que si se van sin pagar la deuda los denuncia y viven ahí mismo en un cuartito de adobe
O: ha visto que les peguen o los amenacen
C: no pegar no he visto gritar sí gritar bastante
O: sabe el nombre de la ladrillera
C: no tiene nombre señorita le dicen la ladrillera de don [[PERSON|eusebio]] nomás está [[ADDRESS|pasando el puente de tablas a mano izquierda]]
O: quiere dejarnos un número para llamarle después
C: no no prefiero que no es que acá todos se conocen
O: está bien queda anónimo lo que nos cuenta puede ser explotación laboral de niños vamos a derivar el caso a la fiscalía y a la inspección de trabajo para que vayan a verificar
C: ya gracias señorita que sea rápido porque los chiquitos están bien flaquitos
""",
    note(
        "witness",
        "report",
        ["labour"],
        5,
        True,
        ["female", "male"],
        "Cajamarca",
        "ongoing",
        "high",
        ["referral_legal"],
        "Un mototaxista anónimo reporta que una familia con tres niños trabaja en una ladrillera desde el amanecer "
        "hasta el anochecer para pagar una deuda con el dueño, vive en el mismo lugar y los niños no van a la escuela. "
        "No quiso dejar contacto; se deriva el caso a la fiscalía y a la inspección de trabajo.",
    ),
)

call(
    "h48-lw-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló señorita ayuda por favor hablo despacito porque los demás están durmiendo
O: te escucho bien tranquilo estás en peligro ahora
C: nos encierra con candado en la noche señorita y hoy le ha pegado a un compañero con el con el fierro de la plancha le ha abierto la cabeza y está sangrando y no le quiere llevar a la posta
O: dónde están
C: en un taller de costura en [[LOCATION|villa el salvador]] no sé la dirección exacta es un tercer piso arriba de una ferretería que se llama [[ORGANIZATION|ferretería san cayetano]]
O: cuántas personas están ahí contigo
C: somos ocho nueve conmigo nueve
O: son hombres y mujeres
C: hombres nomás hay una señora que cocina pero ella no está encerrada ella se va a su casa
O: hay menores de edad
C: no sé creo que sí uno de [[LOCATION|putina]] dice que tiene [[AGE|dieciséis]] no [[AGE|quince]] quince tiene
O: y tú cuántos años tienes
C: [[AGE|diecinueve]]
O: les pagan por el trabajo
C: no nada todavía dicen que primero tenemos que pagar el pasaje desde [[LOCATION|putina]] y la comida cosemos de seis de la mañana hasta la medianoche
O: cómo se llama el encargado
C: le dicen el [[PERSON|tito]] él tiene las llaves
O: voy a mandar ahora mismo a la policía para que abran el taller y lleven a tu compañero al hospital después podemos llevarlos a un albergue
C: a albergue no señorita yo quiero regresar a mi pueblo nomás pero que vengan rápido
O: está bien la policía ya va en camino no cuelgues quédate conmigo
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        9,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_health"],
        "Un joven llama a escondidas desde un taller de costura donde él y otros hombres, al menos uno adolescente, "
        "son encerrados de noche y trabajan sin pago por una supuesta deuda de pasaje y comida. Hoy el encargado "
        "hirió a un compañero; se envió a la policía y se pide atención médica, y el joven rechazó ir a un albergue.",
    ),
)

call(
    "h48-lw-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita le llamo de [[LOCATION|chota]] es por mi hijo que se fue a trabajar a una mina y ya no sé nada de él
O: cuénteme cómo se llama su hijo y cuántos años tiene
C: [[PERSON|wilmer]] se llama tiene [[AGE|veinte años]] no [[AGE|veintiuno]] ya cumplió
O: a qué mina se fue
C: no sé señorita él dijo por [[LOCATION|pataz]] por [[LOCATION|retamas]] pero el nombre de la mina no me dijo
O: con quién se fue
C: con un señor que vino a reclutar a la plaza le dicen el enganchador se llevó a varios muchachos en una camioneta
O: sabe cuántos muchachos
C: no sé bien dicen que de acá del caserío eran dos contando a mi hijo pero en la camioneta iban más de otros sitios
O: cuándo fue la última vez que habló con él
C: hace tres semanas me llamó de un número prestado y me dijo mamá acá no nos pagan lo que dijeron nos cobran todo la comida las botas y no nos dejan bajar dijo que hay unos con armas que cuidan y se cortó
O: le dijo si estaba herido o enfermo
C: no eso no me dijo
O: tiene el número desde donde la llamó
C: no señorita era de otro muchacho y ya no contesta
O: ha puesto una denuncia en la comisaría
C: no no quiero ir a la comisaría acá dicen que el enganchador es compadre del teniente
O: entiendo no está obligada a ir vamos a pasar su caso directamente a la fiscalía especializada y a la policía contra la trata de [[LOCATION|la libertad]] y la llamaremos en unos días me deja un número
C: sí anote [[PHONE_NUMBER|nueve siete tres cuatro cero ocho uno dos seis]]
O: gracias señora si su hijo la vuelve a llamar pídale que le diga el nombre de la mina o del campamento
C: ya señorita gracias dios le pague
""",
    note(
        "family_member",
        "report",
        ["labour"],
        2,
        False,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre reporta que su hijo y otro muchacho de su caserío fueron llevados por un enganchador a un "
        "campamento minero, y que en su última llamada el hijo dijo que no les pagan, les cobran la comida y hombres "
        "armados no los dejan salir. No quiere acudir a la comisaría; se deriva a la fiscalía especializada y a la "
        "policía, con seguimiento.",
    ),
)

call(
    "h48-lw-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: aló buenos días joven es para preguntar por mi pensión de la de la onp que no me han depositado este mes
O: señor esta es la línea contra la trata de personas no es la onp
C: ah y ustedes no ven eso de los jubilados
O: no señor esta línea atiende casos de trata y explotación de personas no le puedo ayudar con su pensión
C: ah ya es que mi nieto me marcó este número yo no veo bien los números
O: no se preocupe señor
C: ya disculpe joven que tenga buen día
O: igualmente señor hasta luego
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
        "Un señor mayor llamó por error para preguntar por el depósito de su pensión de jubilación. Se le indicó "
        "que la línea atiende solo casos de trata y explotación de personas.",
    ),
)

call(
    "h48-lw-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches mire yo soy chofer de bus interprovincial y en el terminal de [[LOCATION|huánuco]] todas las noches hay unos chibolos vendiendo caramelos y pidiendo plata a los pasajeros hasta la una dos de la mañana
O: cuántos niños son
C: dos tres no eran cuatro anoche conté cuatro
O: qué edad tendrán
C: chiquitos el más chiquito ni habla bien tendrá [[AGE|tres añitos]] y el más grande unos [[AGE|nueve]] [[AGE|diez]]
O: están con algún adulto
C: hay una señora que se sienta en la esquina del paradero y los chibolos le llevan la plata a cada rato si no llevan bastante les jala la oreja
O: sabe si la señora es la mamá
C: no sé eso no sé unos dicen que es la mamá otros dicen que los alquila
O: ha visto que se los lleven en algún carro
C: no eso no he visto
O: son varones o mujercitas
C: tres varoncitos y una niñita bueno la más chiquita es la niñita
O: me puede dar un número para contarle después lo que se hizo
C: no señorita yo estoy viajando todo el tiempo mejor no
O: está bien lo que usted describe puede ser explotación de niños en la mendicidad vamos a informar a la policía y a la unidad de protección de menores para que intervengan en el terminal
C: ya ojalá porque en la noche hace frío y los chiquitos andan sin zapatos
O: gracias por llamar señor
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        4,
        True,
        ["female", "male"],
        "Huánuco",
        "ongoing",
        "high",
        ["police_dispatch"],
        "Un chofer de bus reporta que cada noche varios niños pequeños venden caramelos y piden dinero en un terminal "
        "hasta la madrugada y entregan lo recaudado a una mujer que los castiga si traen poco. No dejó contacto; se "
        "informa a la policía y a protección de menores para que intervengan.",
    ),
)

call(
    "h48-lw-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes señorita yo llamé el otro día por mi hermanita la que se llevaron a trabajar a una casa en [[LOCATION|chimbote]] le llamo porque ya tengo más datos
O: sí claro me recuerda su nombre para buscar el caso
C: [[PERSON|rómulo tafur]] de [[LOCATION|lamud]] mi hermana es [[PERSON|yesenia]]
O: ya ubiqué su caso usted dijo que su hermana tiene [[AGE|trece años]] correcto
C: no [[AGE|catorce]] señorita [[AGE|catorce]] ya cumplió estaba en segundo de secundaria bueno estaba porque allá ya no estudia
O: qué datos nuevos tiene
C: ella me llamó [[DATE_TIME|el domingo]] del celular de la señora cuando la señora se estaba bañando dice que la casa es en el [[ADDRESS|jirón los pescadores 772]] al lado de una panadería y que la señora se llama [[PERSON|nelly]] no sabe el apellido
O: ella le dijo cómo está
C: dice que lava cocina cuida a dos chiquitos todo el día y duerme en la cocina y que no le pagan nada la señora le dice que la plata se la manda a mi mamá pero a mi mamá no le llega nada
O: le ha dicho si la maltratan
C: no eso no me dijo solo lloraba y decía que quiere volver
O: ella puede salir de la casa
C: no sé señorita creo que no porque dijo que la puerta siempre está con llave
O: gracias esta información es muy importante la voy a añadir a su caso y hoy mismo la envío a la fiscalía de familia de [[LOCATION|áncash]] para que vayan a la casa lo vuelvo a llamar en unos días
C: ya señorita gracias mi mamá está bien preocupada
""",
    note(
        "family_member",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un hermano llama en seguimiento de un caso previo: su hermana adolescente, llevada a trabajar a una casa en "
        "otra ciudad, hace las tareas domésticas y cuida niños todo el día sin pago, ya no estudia y la mantienen con "
        "la puerta cerrada con llave. Aporta la dirección de la casa; se envía a la fiscalía de familia, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h48-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Yo quería saber si es delito que no le paguen a uno. He trabajado tres meses en un campamento de madera y no me han pagado nada.
O: Le escucho. ¿Dónde está usted ahora? ¿Está en un lugar seguro?
C: Sí, ya estoy en [[LOCATION|Nauta]], en casa de mi tía. Me escapé hace cuatro días, bajé por el río en el bote de unos pescadores.
O: Me alegra que esté a salvo. ¿Dónde queda el campamento?
C: Por el [[LOCATION|río Tigre]], arriba, como tres días en bote desde [[LOCATION|Intuto]]. El patrón es un señor que le dicen [[PERSON|Cumbia]]. No sé si es empresa, pero en los troncos ponen [[ORGANIZATION|Maderas Yanayacu]].
O: ¿Cómo llegó usted ahí?
C: Me ofrecieron 50 soles diarios en la plaza de [[LOCATION|Nauta]]. Al llegar nos dijeron que debíamos el viaje, la comida, la motosierra, todo. Nos pagaban con anotaciones en un cuaderno, nunca plata.
O: ¿Quedan otras personas en el campamento?
C: Sí, quedan siete... no, seis. Seis, me equivoqué, conté al cocinero, pero él es gente del patrón.
O: ¿Son hombres, mujeres? ¿Hay algún menor de edad?
C: Todos hombres, todos mayores.
O: ¿Le hicieron daño?
C: El patrón no pega, pero tiene escopeta y dice que el que se va sin pagar no llega vivo al pueblo. Yo me corté la mano con la motosierra y no me curaron; ahorita está hinchada.
O: Sobre su pregunta: sí. Hacer trabajar a alguien con una deuda inventada, sin pagarle y sin dejarlo irse, es trabajo forzoso y puede ser trata; las dos cosas son delito. Usted tiene derecho a denunciar y a reclamar su pago. ¿Cómo se llama usted?
C: [[PERSON|Alcides Huaymacari]]. Tengo [[AGE|32 años]].
O: Señor [[PERSON|Alcides]], vamos a derivar el caso a la fiscalía especializada de [[LOCATION|Loreto]] para que vayan por los que quedan. Y hay que ver esa mano: le vamos a coordinar atención en el centro de salud. Si necesita, también hay un albergue.
C: Albergue no, gracias, estoy bien con mi tía. Pero la mano sí, ya me duele bastante.
O: Muy bien. ¿A qué número lo llamamos?
C: Al de mi tía: [[PHONE_NUMBER|965 380 417]].
O: Mañana lo llamamos para decirle a qué hora lo atienden y cómo va el caso.
""",
    note(
        "victim",
        "report",
        ["labour"],
        7,
        False,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "referral_health", "follow_up_call"],
        "Un hombre que escapó de un campamento maderero cuenta que trabajó meses sin pago por una deuda impuesta, "
        "bajo amenaza de un patrón armado, y que otros seis hombres siguen allí. Se le explicó que es un delito, se "
        "deriva a la fiscalía especializada y se coordina atención para una herida en la mano; rechazó el albergue.",
    ),
)

call(
    "h48-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Le habla [[PERSON|Marleny Chunga]], trabajo en la DEMUNA de [[LOCATION|Paita]]. Quería hacer una consulta, más que una denuncia.
O: Claro, dígame.
C: Acá en la caleta hay chicos de [[AGE|catorce]], [[AGE|quince años]] que salen de noche en las lanchas de pesca de pota. Vuelven en la mañana y ya no van al colegio. El dueño de la lancha les paga con pescado, a veces con nada. Quería saber si eso es trata o es trabajo infantil nomás, para saber a dónde derivarlo.
O: ¿Sabe cuántos chicos son?
C: Yo conozco tres con nombre y apellido. Dicen que hay más, pero no me consta.
O: ¿Los chicos viven con sus familias?
C: Dos sí, viven con sus papás. El otro no, él es de [[LOCATION|Sechura]], lo trajo el mismo dueño de la lancha y duerme en el depósito de redes.
O: ¿Sabe si los obligan, si los amenazan, si les retienen algo?
C: No sé. Del chico de [[LOCATION|Sechura]] dicen que le debe el pasaje al dueño, pero eso lo dicen los otros chicos, no él.
O: Le explico. El trabajo nocturno en el mar está prohibido para menores de edad, es trabajo peligroso. Y si a un chico lo trasladan de su lugar para explotarlo aprovechando su situación, como al que duerme en el depósito, eso puede ser trata, aunque él diga que acepta: por ser menor, su consentimiento no cuenta.
C: Ya. ¿Y a dónde lo mando?
O: Lo puede derivar a la fiscalía de familia y a la inspección de trabajo. Si quiere, nosotros también registramos el caso y lo pasamos a la fiscalía especializada en trata de [[LOCATION|Piura]].
C: Sí, por favor, regístrenlo. El dueño es conocido acá, le dicen [[PERSON|Chivo]], la lancha es una celeste con franja blanca.
O: Gracias. Queda registrado y le envío por correo la ruta de derivación para menores. Gracias por consultar.
""",
    note(
        "professional",
        "information_request",
        ["labour"],
        3,
        True,
        ["male"],
        "Piura",
        "ongoing",
        "medium",
        ["information_given", "referral_legal"],
        "Una funcionaria de protección de menores consulta por adolescentes que salen de noche en lanchas de pesca, "
        "dejan el colegio y reciben poco o ningún pago; uno fue traído de otra localidad por el dueño y dormiría en un "
        "depósito por una supuesta deuda. Se le explicó la diferencia entre trabajo infantil peligroso y trata, y el "
        "caso se registra y se pasa a la fiscalía especializada.",
    ),
)

call(
    "h48-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Disculpe, no sé si es aquí. Es por mi sobrina, y no sé bien qué está pasando, solo sé lo que me cuenta mi hermana.
O: Sí, es aquí. Cuénteme lo que sepa, aunque sea poco.
C: Mi sobrina se llama [[PERSON|Nayeli]], tiene [[AGE|diecisiete]]... no, [[AGE|dieciséis]], todavía no cumple. Se fue hace un mes con un chico que conoció en TikTok, dice que es su enamorado. Se fueron a [[LOCATION|Desaguadero]].
O: ¿Siguen en [[LOCATION|Desaguadero]]?
C: No, creo que pasaron al lado boliviano. Le mandó un audio a mi hermana diciendo que está en [[LOCATION|El Alto]], o por ahí cerca, no sé, y que trabaja en un karaoke.
O: ¿Le dijo qué hace en el karaoke?
C: Que atiende a los clientes y que tiene que tomar con ellos, que le pagan por cada cerveza que le invitan. Y que el dueño no la deja salir sola. El chico ese ya no aparece.
O: ¿Le han pedido dinero a la familia?
C: No, plata no han pedido.
O: ¿Tienen el número desde donde manda los audios?
C: Es un número boliviano, mi hermana lo tiene, yo no.
O: ¿Su hermana ha denunciado la desaparición?
C: No, porque dice que la chica se fue por su voluntad.
O: Aunque se haya ido por su voluntad, es menor de edad, y lo que describe son señales de trata con fines de explotación sexual. Su hermana debe poner la denuncia en la comisaría, con una foto y los audios. Nosotros vamos a pasar el caso a la fiscalía especializada, que coordina con las autoridades de [[LOCATION|Bolivia]]. ¿Me puede dar el número de su hermana?
C: Sí, es [[PHONE_NUMBER|951 726 304]]. Ella se llama [[PERSON|Rosalía]]. Yo soy la tía, pero prefiero no dar mi nombre.
O: Está bien. Llamaremos a su hermana mañana para pedirle los audios y el número.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Bolivia",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una tía que solo conoce parte de la historia reporta que su sobrina adolescente se fue con un enamorado "
        "conocido en redes, cruzó la frontera y ahora trabaja en un karaoke donde debe beber con clientes y no la "
        "dejan salir sola. Se orientó sobre la denuncia, se deriva a la fiscalía especializada y se llamará a la madre.",
    ),
)

call(
    "h48-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué la puedo ayudar?
C: Buenas tardes. Quería preguntar algo. Si a una le pasó algo hace años, ¿todavía se puede denunciar?
O: En muchos casos sí se puede. ¿Me puede contar qué pasó? Solo lo que usted quiera.
C: Cuando yo tenía [[AGE|dieciséis años]] una señora me llevó de mi pueblo a [[LOCATION|Chala]], a trabajar en un restaurante, me dijo. Era un bar para mineros. Me tuvieron casi un año con hombres, hasta que me escapé. Ahora tengo [[AGE|veinticuatro]], tengo mi hijita, vivo tranquila.
O: Gracias por confiar en nosotros. ¿Está a salvo ahora? ¿Esa señora la ha buscado?
C: No, nunca más la vi. Estoy bien. Es que ayer la vi en Facebook, sigue con su bar, y me dio cólera.
O: ¿Sabe si todavía hay chicas ahí?
C: No sé. En las fotos salen chicas, pero no sé quiénes son ni qué edad tienen.
O: Le explico: la trata es un delito grave, y como usted era menor de edad, puede denunciar aunque hayan pasado años. La fiscalía especializada recibe la denuncia y usted tendría un abogado gratuito. ¿Quiere que la derivemos?
C: Todavía no. Lo voy a pensar. Mi esposo no sabe nada de esto.
O: Está bien, es su decisión. Lo que sí le puedo ofrecer es atención psicológica gratuita y reservada en un centro de salud mental.
C: Eso sí, eso me ayudaría. Yo vivo en [[LOCATION|Camaná]].
O: Le paso la dirección del centro de salud mental de [[LOCATION|Camaná]] y les aviso para que la esperen. ¿La llamamos en unos días para ver cómo le fue?
C: No, mejor no me llamen. Yo los llamo cuando esté lista.
O: Muy bien. Puede llamar cuando quiera; es gratuito y atendemos las 24 horas.
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        1,
        True,
        ["female"],
        "Arequipa",
        "past",
        "low",
        ["information_given", "referral_health"],
        "Una mujer cuenta que de adolescente fue llevada con engaños a un bar de una zona minera y explotada "
        "sexualmente durante casi un año, y pregunta si aún puede denunciar. Se le explicó que sí puede hacerlo; por "
        "ahora no quiso la derivación a fiscalía ni llamadas de seguimiento, y aceptó atención psicológica.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h48-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, good evening.
C: Hi, good evening. Do you speak English? Sorry, my Spanish is very basic.
O: Yes, go ahead, I can help you in English.
C: My name is [[PERSON|Ingrid Solberg]], I'm a fisheries observer, I work on the docks in [[LOCATION|Ilo]]. There's a foreign squid vessel in port and I've been talking to the crew. I think they're being held on board.
O: What makes you think that?
C: They're all men from [[LOCATION|Indonesia]], and two of them told me they haven't been paid in eight months. The captain keeps all their passports in his cabin. They're not allowed ashore, not even to buy a phone card. One of them showed me a burn on his back, he said it was from the boatswain.
O: How many crew members are in that situation?
C: The crew is about twenty... well, minus the officers. Sixteen. I counted sixteen deckhands this morning.
O: Are there any minors?
C: I don't think so. One looks really young, but he told me he's [[AGE|nineteen]].
O: Do you know when the vessel is leaving?
C: Tomorrow at dawn, that's why I'm calling now. The vessel's IMO number is [[OTHER_ID|9284716]], if that helps.
O: It helps a lot. This may be forced labour at sea. I'm alerting the port authority and the police anti-trafficking unit right now so they can board and inspect before it sails, and we'll refer it to the prosecutor. Are you safe? Does the captain know you talked to the crew?
C: I don't think he knows. I'm at my hotel.
O: Good. Please don't go back on board tonight. Can I have a number to reach you?
C: Sure, it's [[PHONE_NUMBER|+47 912 55 308]].
O: Thank you, [[PERSON|Ingrid]]. I'll call you back tonight once the police confirm.
""",
    note(
        "professional",
        "report",
        ["labour"],
        16,
        False,
        ["male"],
        "Moquegua",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "A fisheries observer reports that the foreign deckhands of a fishing vessel in port have not been paid for "
        "months, have their passports held by the captain, are not allowed ashore and one shows signs of abuse. The "
        "vessel sails at dawn, so police and the port authority are alerted to inspect it now and the case is referred "
        "to the prosecutor.",
    ),
)

call(
    "h48-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hello, do you speak English? I'm calling from [[LOCATION|Leeds]], in [[LOCATION|England]]. It's about my daughter.
O: Yes, I speak English. Tell me what's happening.
C: Her name is [[PERSON|Poppy Hale]], she's [[AGE|twenty-two]]. She came to [[LOCATION|Peru]] for a retreat, a plant medicine retreat, near a place called [[LOCATION|Chazuta]]. She was meant to be home six weeks ago.
O: When did you last hear from her?
C: Eleven days ago. She sent a voice note saying she was "staying on as a volunteer", cooking and cleaning for the guests, and that the man who runs the place, they call him Maestro [[PERSON|Inti]], was keeping her passport "so it wouldn't get lost". She sounded flat, not like herself. Since then, nothing. Her phone goes straight to voicemail.
O: Did she say she couldn't leave?
C: I don't know. No, she didn't say that. She said she was fine.
O: Has she asked you for money?
C: No. Well, actually, yes, once, for "her room". I sent it.
O: Is she being paid for the work?
C: I don't think so, she said it was in exchange for the ceremonies.
O: Do you know the name of the retreat?
C: [[ORGANIZATION|Sacha Runa Healing Centre]]. They've gone quiet on their website too.
O: Are there other foreigners there with her?
C: I've no idea, sorry.
O: With her passport held, unpaid work and no contact, we should check on her now. I'll ask the police in [[LOCATION|San Martín]] to go to the centre and check on her. Do you have her passport number?
C: I'd rather not give that over the phone.
O: That's fine. Can I have your number, so we can call you once the police have been?
C: Yes, [[PHONE_NUMBER|+44 7700 918 264]]. I'm [[PERSON|Martin]], her dad.
O: Thank you, [[PERSON|Martin]]. We'll call you as soon as we hear back.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        False,
        ["female"],
        "San Martín",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "A father abroad, who only knows part of the story, reports that his adult daughter stayed on at a retreat "
        "doing unpaid cooking and cleaning, that the leader holds her passport and that she has not been reachable "
        "for days. Police are asked to check on her at the centre, with a call-back to the father.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h48-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, a senhora fala português? Eu sou de [[LOCATION|Manaus]], é sobre o meu filho.
O: Sí, hablamos portugués. Pode falar.
C: O meu filho [[PERSON|Davi]] tem [[AGE|dezesseis anos]]. Um empresário apareceu aqui dizendo que era olheiro de um clube de futebol no [[LOCATION|Peru]], em [[LOCATION|Chorrillos]], e levou ele e mais dois meninos para fazer teste.
O: ¿Cuándo viajaron?
C: Faz dois meses. Mas não tem clube nenhum. Ele me contou ontem, chorando, que não treinam, que trabalham num lava-rápido do empresário das sete da manhã às nove da noite, e que o homem ficou com os passaportes "para a inscrição na federação".
O: ¿Les pagan algo?
C: Nada. Ele diz que eles devem a passagem e o hotel. E que dormem os três num quartinho atrás do lava-rápido.
O: ¿Los otros dos chicos también son menores?
C: Um tem [[AGE|quinze]], o outro eu não sei, acho que já tem [[AGE|dezoito]].
O: ¿Sabe el nombre del lavadero o del empresário?
C: O empresário chama [[PERSON|Everton]], o lava-rápido é o [[ORGANIZATION|Lava Car Brilho Total]].
O: Señora, esto es explotación laboral de adolescentes y puede ser trata. Vamos a derivar el caso a la fiscalía especializada y a la policía en [[LOCATION|Lima]]. También podemos llevar a su hijo a un albergue mientras tanto.
C: Albergue não, obrigada, o tio dele mora em [[LOCATION|Lima]] e vai buscar ele amanhã. Mas os outros meninos ficam lá.
O: Entiendo. Entonces la llamaremos mañana para saber si su hijo ya está con su tío y seguir con el caso de los otros dos. ¿Me da un número?
C: Sim, [[PHONE_NUMBER|+55 92 98147 3620]], é WhatsApp.
O: Obrigada, señora. Hablamos mañana.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre extranjera reporta que su hijo adolescente y otros dos muchachos fueron llevados con la promesa "
        "de probarse en un club de fútbol y trabajan sin pago en un lavadero de autos, con los pasaportes retenidos y "
        "una supuesta deuda. Se deriva a fiscalía y policía, con seguimiento; la madre rechazó el albergue porque un "
        "familiar recogerá al hijo.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h48-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi vida. Disculpa, ¿tú me puedes decir dónde hay un albergue? Estoy en la plaza de [[LOCATION|Huacho]] con mi chamo y no tengo dónde dormir esta noche.
O: Claro que sí la ayudo. ¿Está usted en peligro ahora mismo?
C: No, ahorita no. Yo me salí hoy de la casa donde trabajaba, vale. Me fui sin nada, nada más con el niño y el bolso.
O: ¿Qué le pasaba en esa casa?
C: Una señora me trajo desde [[LOCATION|Cúcuta]] hace ocho meses para cuidar a su mamá y limpiar. Me dijo que me pagaba 900, y nunca me pagó completo, decía que le debía el pasaje. Trabajaba de cinco de la mañana a once de la noche, no me dejaba salir sino a la bodega, y me tenía la cédula guardada.
O: ¿Y su niño trabajaba también?
C: No, qué va, él tiene [[AGE|tres años]], estaba conmigo nomás. Pero la señora le gritaba y no le daba comida si yo no terminaba.
O: ¿Usted cuántos años tiene?
C: [[AGE|Veintiséis]].
O: Lo que usted vivió puede ser servidumbre doméstica, que es una forma de trata. Usted tiene derecho a recuperar su cédula y a reclamar lo que le deben, aunque sus papeles no estén al día. ¿Quiere que la derive a una abogada para denunciar?
C: No, chamo, denunciar no. Yo no quiero problemas con migraciones, yo lo que quiero es dormir con mi chamo en un sitio seguro.
O: Está bien, es su decisión. Ahora mismo le coordino un albergue para usted y su hijo; en un rato la llamo con la dirección. ¿A qué número?
C: Al [[PHONE_NUMBER|924 617 503]], tiene poquita batería.
O: La llamo en diez minutos. Quédese en la plaza, cerca de la iglesia, donde haya gente.
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Lima",
        "past",
        "high",
        ["referral_shelter", "information_given", "follow_up_call"],
        "Una mujer migrante salió hoy de una casa donde trabajaba en tareas domésticas y cuidados jornadas muy largas, "
        "casi sin pago por una supuesta deuda, con su documento retenido y sin poder salir, y ahora está en la calle "
        "con su hijo pequeño. Se le explicaron sus derechos y se coordina un albergue para ambos; no quiso denunciar.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h48-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hi, hola, buenas tardes. Sorry, I grew up in [[LOCATION|Houston]], so I mix, ¿ya? Quería hacer una pregunta, it's not an emergency.
O: No hay problema, puede hablar como le sea más cómodo.
C: Okay. So, los hijos de mi vecina, and another guy from the barrio, tres chicos, got this offer por WhatsApp para trabajar en una mina de oro en [[LOCATION|Surinam]]. Supposedly they pay 2,000 dollars a month, pero primero tienen que pagar 500 soles "for the medical exam" y viajar en lancha desde [[LOCATION|Iquitos]] hasta la frontera, where someone picks them up.
O: ¿Ya pagaron o ya viajaron?
C: No, not yet. They're supposed to leave next week. El que los contacta se hace llamar Ingeniero [[PERSON|Paredes]], but honestly I don't think he's an engineer.
O: ¿Qué edad tienen los chicos?
C: The twins are [[AGE|nineteen]], y el otro... he's still in school, quinto de secundaria. He says his mom already said yes.
O: Le explico. Pagar por adelantado, viajar de forma irregular por la frontera con alguien que los recoge y un sueldo tan alto sin contrato son señales típicas de captación para trabajo forzoso en minería. Y un chico que todavía está en el colegio es menor de edad: nadie puede llevarlo a trabajar a una mina. Les recomiendo no pagar y no viajar, y pedir un contrato y la empresa por escrito.
C: Makes sense. That's what I told them.
O: Si quiere, nos puede mandar el mensaje de WhatsApp y lo pasamos a la policía para que investiguen al reclutador.
C: Nah, mejor no, I don't want drama with my neighbours, you know? I'll just show them what you said.
O: Está bien. Si cambian de opinión, o si alguno viaja, pueden llamar gratis a este mismo número.
C: Cool, thank you so much, gracias.
""",
    note(
        "acquaintance",
        "information_request",
        ["labour"],
        3,
        True,
        ["male"],
        "Surinam",
        "at_risk",
        "medium",
        ["information_given"],
        "Una vecina consulta por una oferta recibida por mensajería para que tres jóvenes del barrio, uno de ellos "
        "todavía escolar, trabajen en una mina de oro en el extranjero, con pago adelantado y cruce irregular de "
        "frontera. Se explicaron las señales de captación y se recomendó no pagar ni viajar; no quiso que se pase el "
        "mensaje a la policía.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua words ----
call(
    "h48-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamay. Buenos días. Yo llamo de [[LOCATION|Pampachiri]], de la comunidad. Es por mi wawa, mi hijita.
O: Allillanmi, señora. Cuénteme con calma, también podemos hablar en quechua si prefiere.
C: Castellano nomás, mamita, poquito entiendo. Mi hijita [[PERSON|Yanet]] se fue con su madrina a [[LOCATION|Nasca]], diciendo que iba a estudiar allá y ayudar en la casa.
O: ¿Cuántos años tiene su hija?
C: [[AGE|Chunka kimsayuq]], [[AGE|trece añitos]] tiene... no, [[AGE|doce]] todavía, en la fiesta de la Virgen recién cumple.
O: ¿Y qué sabe de ella ahora?
C: Mi cuñado fue a [[LOCATION|Nasca]] a vender papa y la vio en el mercado cargando bultos de la madrina, descalza, flaquita. Le dijo que no va al colegio, que cocina, lava, vende en el puesto, y que la madrina le pega con la correa cuando se equivoca con la plata.
O: ¿Sabe dónde vive la madrina?
C: Manam yachanichu, no sé, mamita. Mi cuñado dice que tiene puesto de abarrotes en el mercado, el puesto se llama [[ORGANIZATION|Abarrotes Señor de Qoyllur Rit'i]].
O: ¿Cómo se llama la madrina?
C: [[PERSON|Eulogia]], su apellido no sé. Es de acá mismo, se fue a la costa hace años.
O: ¿Su hija le ha dicho que quiere volver?
C: Sí, waqaspa, llorando le dijo a mi cuñado que quiere volver a la chacra con su mamá.
O: Señora, lo que me cuenta es explotación de una niña en trabajo doméstico y es un delito. Vamos a pasar el caso hoy a la fiscalía de familia y a la policía de [[LOCATION|Ica]] para que la busquen en el mercado. ¿Tiene un número donde la llamemos?
C: De la señora de la tienda nomás, de acá de la comunidad: [[PHONE_NUMBER|983 540 162]].
O: Muy bien. La llamamos en dos días a ese número, y si prefiere, le hablará una compañera en quechua.
C: Sulpayki, mamita, gracias. Diosllay.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Ica",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre de una comunidad andina reporta que su hija niña fue llevada por su madrina a una ciudad de la "
        "costa con la promesa de estudiar, y que allí no va al colegio, hace tareas domésticas y trabaja en un puesto "
        "de mercado, y recibe golpes. Se deriva a la fiscalía de familia y a la policía, con seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
