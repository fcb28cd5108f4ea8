# ruff: noqa: E501
"""Held-out set h41: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md
(types and format), shared/eval/make_dev.py (annotation conventions) and make_heldout.py
(the [[TYPE|surface]] builder and write_set). Nothing else in the project was consulted, and
nothing here was tuned against any recognizer. All people, numbers, accounts, handles, plates,
addresses and businesses are invented (public roads, towns and countries are real).

Mix of styles
  * 4 lowercase, unpunctuated speech-recogniser ("Whisper-style") Spanish calls with fillers
    (eh, este, o sea), self-corrections, numbers in words and misheard words
    (h41-01 chicha-bar neighbour in Ayacucho, h41-02 night watchman at a timber yard in
    Ucayali, h41-03 municipal street sweeper in Lima, h41-04 colectivo driver on the
    Huaraz-Lima route);
  * 1 cased, punctuated Spanish call (h41-05 Chinese-Peruvian shopkeeper interpreting for a
    Cantonese-speaking kitchen worker);
  * 2 English calls (h41-06 volunteer doctor in Iquitos, h41-07 brother calling from Texas);
  * 1 Brazilian Portuguese call (h41-08 mother in a shelter, follow-up);
  * 1 Venezuelan Spanish call (h41-09 delivery rider);
  * 1 Spanish call with Quechua words (h41-10 cook at an informal mining camp near Nazca).
The suggested "girl offered a hostess job" appears as the sister in h41-07; an internet
café owner was not used as a caller.
Identifiers are given in varied ways: phones in digits, digit words and number words
("novecientos cincuenta y dos ciento catorce trescientos ocho"), with country codes
(+51, +57, +58, +591, +55, +44, +1), split across turns and corrected; DNI, carné de
extranjería, passport, cédula, CPF; e-mails and TikTok/Facebook/Instagram/WeChat handles
spelled letter by letter or read out; plates (car, truck, mototaxi, motorbike, partial);
bank accounts; addresses as directions and descriptions.

Conventions: those of make_dev.py (titles/articles outside PERSON spans; cue words such as
"DNI", "placa", "mi número es" outside ID/phone spans; AGE with its unit when said; DATE_TIME
for explicit dates, named weekdays and clock times tied to an event, article kept; relative
words and routine schedules unlabelled; nationality adjectives unlabelled, country names
LOCATION; hotline number and 105 unlabelled). Choices beyond make_dev.py:
  * Lowercase names, nicknames and Quechua/Aymara names are PERSON exactly as in cased text;
    Quechua words for kin, children or God (mamay, ñañay, wawas, warmakuna, pasña,
    taytacha) are not; nor are ethnonyms and languages (asháninkas, aymara, cantonés).
  * A phone number dictated across two turns is two PHONE_NUMBER spans (spans never cross a
    turn); the operator's read-back is labelled too. "más" / "plus" read for "+" and a
    country code said together with the number are inside the span.
  * Self-corrections: the abandoned attempt (if it already gives digits or letters of the
    identifier) and the corrected one are separate spans; the correction words
    ("no perdón", "no espere") sit between them, outside. A filler inside an otherwise
    continuous dictation ("nueve siete cuatro eh tres dos ocho") stays inside the one span.
  * E-mails and handles spelled letter by letter: one span from the first letter to the
    domain ending ("punto com", "dot com"), misheard pieces included as transcribed
    ("a roba", "jimeil"); a spoken "arroba" opening a handle is inside; cue words
    ("su cuenta es", "my email is") outside. A partial plate is still OTHER_ID. Other
    misheard cue words ("de ene i", "feis", "tic toc") are left as transcribed, unlabelled.
  * Spoken directions given in answer to "where?" are one ADDRESS span from the first
    locating word to the last, motion words included ("subiendo por la calle del mercadito
    pasando la capillita la puerta azul ..."); rooms, floors, stalls, moored boats, camps
    and km markers are ADDRESS; vague places ("de la sierra", "la vía expresa", "una cabina
    del centro") are not.
  * Bank accounts and app user names are OTHER_ID; bank names, apps (WhatsApp, TikTok,
    Yape, WeChat), money-transfer firms, and public institutions (fiscalía, DEMUNA, SUNAFIL,
    Migraciones, municipalidad, Women's Emergency Centre, a consulate named by adjective)
    are unlabelled. Legal articles ("artículo 129-A", "artículo ciento veintinueve a"),
    money, durations, counts and the numbers 1818 and 105 are unlabelled traps.
  * A date or time after a contraction ("del jueves", "no dia 9", "às seis") keeps the
    contraction outside; a full article stays inside ("el 28 de julio", "o dia 12 de abril").
    A weekday+time said together is one span ("Sunday at two a.m."); a date of birth is
    DATE_TIME; an age about to be reached ("faz quinze") is AGE.
  * A bare apartment or room number that points back to the place ("soy la del 402") is
    ADDRESS, like "room 12" in make_dev.py.

Run:  python3 make_heldout41.py   (writes heldout41.jsonl next to this script)
"""

import re

from make_heldout import build, write_set

CALLS = [
    # ------------------------------------------------ Whisper-style Spanish ----
    (
        "h41-01",
        "es",
        """
O: línea contra la trata buenas noches le escucho
C: aló sí buenas noches señorita este llamo por lo de la chichería que está al lado de mi casa o sea no sé si aquí es donde se llama para eso
O: sí señora está llamando bien cuénteme con calma qué pasa en la chichería
C: ya mire en la chichería de la señora [[PERSON|eulogia]] hay dos chiquitas que atienden en la noche sirviendo la chicha a los borrachitos eh una tendrá [[AGE|trece]] y la otra [[AGE|catorce quince años]] máximo y no son de acá dicen que las trajeron de [[LOCATION|huanta]] no de [[LOCATION|huancavelica]] de por ahí
O: entiendo y dónde queda la chichería
C: en [[LOCATION|huamanga]] en [[LOCATION|carmen alto]] este [[ADDRESS|subiendo por la calle del mercadito pasando la capillita la puerta azul que tiene la banderita roja en un palo]] esa es la única que tiene banderita en esa cuadra
O: y usted ha visto que las maltraten o que no las dejen salir
C: sí pues señorita no van al colegio nada desde las seis de la tarde hasta las dos tres de la mañana atienden y de día lavan los baldes pelan papa y [[DATE_TIME|el sábado]] la más chiquita estaba llorando en la puerta porque un señor borracho la agarró y la señora [[PERSON|eulogia]] en vez de defenderla le dijo déjate nomás que el caballero paga
O: sabe cómo se llaman las niñas
C: a la grandecita le dicen [[PERSON|yoli]] [[PERSON|yolanda]] será y a la chiquita no sé su nombre la señora le grita nomás oye pasña ven acá
O: tiene alguna foto o algo donde se vea a las niñas
C: la señora sube videos al tic toc de las chicas bailando con los clientes su cuenta es [[OTHER_ID|arroba ce hache i ce hache a guion bajo e u ele o ge i a]] así con guion bajo tiene como tres mil seguidores
O: y de la señora [[PERSON|eulogia]] sabe el apellido o quién más está en el local
C: [[PERSON|eulogia huamaní]] creo o [[PERSON|huamán]] no estoy segura y su marido es el que trae a las chicas de la sierra le dicen el [[PERSON|tuerto]] tiene una mototaxi roja la placa es [[OTHER_ID|tres siete dos ocho guion dos be]] eso sí lo he visto bien porque la deja en mi puerta
O: muy bien señora eso ayuda mucho me podría dejar un número para que la llamemos con discreción
C: sí anote es [[PHONE_NUMBER|nueve siete cuatro eh tres dos ocho]]
O: [[PHONE_NUMBER|nueve siete cuatro tres dos ocho]] ajá y lo que sigue
C: [[PHONE_NUMBER|cero cinco uno]] ese es el celular de mi hijo pero yo lo tengo siempre
O: le repito [[PHONE_NUMBER|nueve siete cuatro tres dos ocho cero cinco uno]] y su nombre si desea darlo
C: no mejor no señorita acá todos se conocen si se enteran que fui yo me queman la casa
O: no se preocupe puede quedar anónima lo que usted cuenta es muy grave son niñas vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|ayacucho]] y también a la demuna para que las rescaten
C: ya señorita pero que vayan de noche porque de día la puerta está cerrada y parece que no hay nadie
O: así lo vamos a indicar si ve que lastiman a las niñas llame al ciento cinco o aquí mismo a la línea las veinticuatro horas
C: ya señorita dios se lo pague
""",
    ),
    (
        "h41-02",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: buenas noches señorita disculpe la hora este yo trabajo de guachimán en un aserradero acá en [[LOCATION|pucallpa]] y no sé si ustedes ven estos casos de chicos que trabajan en la madera
O: sí señor cuénteme con confianza
C: ya mire el aserradero se llama [[ORGANIZATION|maderas el shihuahuaco]] es del señor [[PERSON|ruperto saavedra]] y hace como tres semanas trajeron en un bote a seis chicos de una comunidad de por [[LOCATION|atalaya]] asháninkas son chiquitos señorita el más chico tendrá [[AGE|doce años]] y el mayor [[AGE|dieciséis]] más o menos
O: y qué trabajo hacen los chicos
C: cargan las trozas apilan las tablas meten la viruta en costales de seis de la mañana hasta que oscurece y dicen que les pagan veinte soles a la semana pero el patrón les descuenta la comida y las botas o sea no les queda nada
O: dónde queda exactamente el aserradero
C: en [[LOCATION|yarinacocha]] no perdón en [[LOCATION|manantay]] es en el [[ADDRESS|kilómetro siete y medio de la federico basadre entrando por la trocha el portón de calamina verde frente a la cancha de fulbito]]
O: y los chicos duermen ahí mismo
C: duermen en [[ADDRESS|la chata vieja que está amarrada atrás del aserradero en el caño]] y de noche el patrón me hace cerrar con candado señorita a mí no me gusta eso pero si no lo hago me bota
O: sabe quién trae a los chicos
C: un tal [[PERSON|wilder]] le dicen [[PERSON|motelo]] él va a las comunidades y les dice a los papás que los chicos van a estudiar en [[LOCATION|pucallpa]] y que van a mandar plata y se los trae en el camión de la maderera la placa es [[OTHER_ID|be cinco ele guion nueve ocho cuatro]] un camión azul
O: alguno de los chicos está herido o enfermo
C: el chiquito se cortó la mano con la sierra hace como cuatro días y le han puesto trapo nomás no lo han llevado a la posta y tiene fiebre
O: eso es urgente señor vamos a pedir que la policía vaya con personal de salud me puede dar su nombre y algún documento por si la fiscalía necesita su declaración
C: sí me llamo [[PERSON|arquímedes pinedo tapullima]] mi de ene i es [[ID_NUMBER|cuatro cero siete uno dos seis nueve]] no espere me faltó uno es [[ID_NUMBER|cuatro cero siete uno dos seis nueve ocho]]
O: le repito [[ID_NUMBER|40712698]] y un número de celular
C: [[PHONE_NUMBER|nueve seis uno cuatro cuatro siete cero dos tres]] pero llámeme después de las seis que a esa hora ya se va el patrón
O: muy bien usted tiene alguna foto de los chicos o del camión
C: sí tengo fotos en mi celular si quiere se las mando al correo de mi hija que ella me ayuda con eso es [[EMAIL_ADDRESS|ka a ere i ene a punto pe i ene e de o a roba jimeil punto com]]
O: gracias señor [[PERSON|arquímedes]] lo que usted describe es trata con fines de explotación laboral de menores eso está en el artículo ciento veintinueve a del código penal vamos a derivarlo a la fiscalía especializada de [[LOCATION|ucayali]] a la policía y a la sunafil no le diga a nadie que llamó
C: ya señorita y a los chicos los van a devolver a su comunidad
O: primero los van a atender y proteger y luego se ve con sus familias cualquier cosa nueva llámenos al uno ocho uno ocho
C: ya gracias señorita buenas noches
""",
    ),
    (
        "h41-03",
        "es",
        """
O: línea contra la trata buenos días
C: buenos días joven disculpe yo soy barrendera de la municipalidad trabajo en el turno de la madrugada de cuatro a doce y hoy me ha pasado algo que no me deja tranquila
O: la escucho señora qué pasó
C: estaba barriendo cuando a eso de [[DATE_TIME|las cuatro y media]] salieron de una discoteca unas chicas jovencitas cinco chicas y un señor las estaba subiendo a una combi y una de ellas se me acercó corriendo y me dijo señora ayúdeme llame a mi mamá y me dictó el número
O: dónde fue esto exactamente
C: en [[LOCATION|lince]] en la [[ADDRESS|avenida arequipa cuadra veintiocho]] la discoteca se llama [[ORGANIZATION|la jaula vip]] es [[ADDRESS|la de las lunas negras al costado de la farmacia que está abierta toda la noche]]
O: la chica le dijo su nombre o su edad
C: sí se llama [[PERSON|nayeli]] [[PERSON|nayeli choque]] tiene [[AGE|dieciséis años]] me dijo y que es de [[LOCATION|bolivia]] que la trajeron hace dos meses de [[LOCATION|cochabamba]] diciendo que iba a trabajar en una tienda de ropa
O: y el número que le dio la chica
C: ella me lo dijo rapidito y yo lo apunté con lapicero en mi mano es [[PHONE_NUMBER|más cinco nueve uno siete uno cuatro]]
O: [[PHONE_NUMBER|más cinco nueve uno siete uno cuatro]] ya y qué más
C: [[PHONE_NUMBER|ocho dos seis cero tres]] eso es lo que alcancé a escribir se me borró un poquito con el sudor pero creo que está bien
O: muy bien y la combi la pudo ver
C: era plomo con una franja amarilla la placa empezaba con [[OTHER_ID|a ce ere]] no alcancé a ver los números y el señor era gordo con casaca de cuero las chicas le decían [[PERSON|tiburón]] vamos [[PERSON|tiburón]] así
O: vio hacia dónde se fueron
C: voltearon hacia el lado de la vía expresa nomás no sé más
O: señora me da su nombre y un número por si la policía quiere hablar con usted
C: me llamo [[PERSON|hermelinda]] [[PERSON|hermelinda cusi]] no tengo saldo ahorita pero mi número es [[PHONE_NUMBER|nueve cuatro ocho cero cero uno siete seis dos]] y en las tardes estoy ayudando a mi hermana en [[ADDRESS|el puesto ciento doce del segundo piso del mercado de frutas]]
O: gracias señora [[PERSON|hermelinda]] hizo muy bien en llamar vamos a pasar el caso a la policía especializada y a la fiscalía y vamos a intentar ubicar a la mamá de [[PERSON|nayeli]] con el número que usted anotó
C: ay joven ojalá la encuentren era una niña todavía tenía su carita de niña
O: si la vuelve a ver o ve otra vez la combi llame enseguida al ciento cinco y después a nosotros
C: ya joven gracias que dios lo bendiga
""",
    ),
    (
        "h41-04",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita eh mire yo soy chofer de colectivo hago la ruta de [[LOCATION|huaraz]] a [[LOCATION|lima]] todos los días salgo a las cinco de la mañana y este o sea me ha pasado algo en el viaje del [[DATE_TIME|jueves veintiuno]] que no me gustó nada
O: cuénteme por favor
C: en [[LOCATION|carhuaz]] subió una señora con dos chicas dijo que eran sus sobrinas que las llevaba a trabajar de ayudantes en un restaurante en [[LOCATION|lima]] pero las chicas no hablaban nada la más chiquita tendrá [[AGE|catorce]] y la otra [[AGE|dieciséis diecisiete]] y la chiquita lloraba todo el camino y la señora le decía en quechua upallay upallay o sea que se calle
O: pasó algo más en el viaje
C: sí en el control de [[LOCATION|pativilca]] la señora enseñó unos papeles y dijo que tenía permiso de los papás y cuando llegamos a [[LOCATION|lima]] las recogió un taxi amarillo en [[ADDRESS|la esquina de la panamericana con la avenida naranjal al frente del grifo]] y se fueron rápido
O: y usted cómo sabe que algo estaba mal
C: porque cuando limpié el carro encontré un papelito en el asiento de atrás con letra de niña que dice ayúdenme me llamo [[PERSON|maribel]] y abajo su feis escrito es [[OTHER_ID|eme a ere i be e ele guion bajo ce a ere uno cinco]] y dice nos llevan a una discoteca no a un restaurante
O: eso es muy importante guarde ese papel por favor tiene los datos de los pasajeros
C: sí señorita nosotros apuntamos el de ene i de todos en la lista de pasajeros la señora se llama [[PERSON|teodora]] a ver [[PERSON|teodora villafuerte ramos]] y su dni es [[ID_NUMBER|cuatro dos ocho]] no espere leo bien [[ID_NUMBER|cuatro cuatro ocho uno nueve cero tres siete]] y las chicas figuran como [[PERSON|maribel carhuapoma]] y [[PERSON|yeni carhuapoma]] pero sin dni la señora dijo que eran menores y que los dnis los tenía la mamá
O: le repito el dni de la señora [[ID_NUMBER|44819037]]
C: sí eso es y también dejó un celular [[PHONE_NUMBER|novecientos cincuenta y dos]] eh [[PHONE_NUMBER|novecientos cincuenta y dos ciento catorce trescientos ocho]]
O: [[PHONE_NUMBER|952 114 308]] muy bien y usted me puede dar su nombre la placa de su carro y un número
C: me llamo [[PERSON|efraín]] [[PERSON|efraín jamanca]] trabajo con la empresa [[ORGANIZATION|colectivos virgen de las mercedes]] mi placa es [[OTHER_ID|a de te guion cuatro cinco siete]] y mi número es [[PHONE_NUMBER|nueve cuatro tres dos uno cero ocho ocho siete]]
O: gracias señor [[PERSON|efraín]] lo que usted cuenta tiene todas las señales de trata de menores vamos a derivar ahora mismo a la policía especializada de [[LOCATION|lima]] y a la fiscalía y también a [[LOCATION|áncash]] por si la familia de [[PERSON|maribel]] está allá
C: ya señorita yo cobro veinticinco soles el pasaje por persona nomás no sabía que esa señora hacía eso si no yo no la llevaba
O: usted no tiene la culpa señor al contrario ha hecho bien en llamar si vuelve a ver a la señora en su ruta no la enfrente llame al ciento cinco o a esta línea
C: ya señorita aquí estoy para lo que necesiten
""",
    ),
    # -------------------------------------------------------- cased Spanish ----
    (
        "h41-05",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Mi nombre es [[PERSON|Manuel Chong Lau]], tengo una bodega en el [[LOCATION|Cercado de Lima]], la [[ORGANIZATION|Bodega Hermanos Chong]]. Le llamo por una muchacha china que trabaja en el chifa de al lado.
O: Lo escucho, señor [[PERSON|Chong]]. ¿Qué ha pasado?
C: Ella no habla castellano, solo cantonés, y como yo lo hablo un poco, porque mi papá era de [[LOCATION|Guangdong]], viene a mi bodega y me cuenta. Se llama [[PERSON|Wu Meiling]], pero en el chifa le dicen [[PERSON|Mei]]. Tiene [[AGE|veinte años]], dice.
O: ¿Y qué le ha contado?
C: Llegó hace ocho meses con visa de turista. Le prometieron 800 dólares al mes como ayudante de cocina y le pagan 300 soles, cuando le pagan. Trabaja de siete de la mañana a medianoche, todos los días. El dueño le tiene el pasaporte "para los trámites", y no la deja salir sola.
O: ¿Cómo se llama el chifa y dónde queda exactamente?
C: [[ORGANIZATION|Chifa Gran Dragón Dorado]], en el [[ADDRESS|Jirón Paruro 1043]]. Ella duerme ahí mismo, en [[ADDRESS|el cuartito del fondo del segundo patio, al lado del depósito de los balones de gas]]. Yo he visto el colchón cuando fui a dejarles agua.
O: ¿Sabe el nombre del dueño?
C: Es el señor [[PERSON|Fung]], [[PERSON|Alberto Fung]]. Su esposa es la que la maltrata, le grita, una vez le tiró una olla. [[DATE_TIME|El domingo 3]], cuando vino a comprar arroz, me enseñó el brazo quemado con aceite.
O: ¿Ella tiene algún documento o algún contacto?
C: Tiene una foto del pasaporte en su celular, me la enseñó: [[ID_NUMBER|EH4829107]]. Su número es peruano, [[PHONE_NUMBER|926 514 083]], pero el señor [[PERSON|Fung]] revisa el celular. Mejor por WeChat, su usuario es [[OTHER_ID|meiling_gz98]].
O: Gracias. Lo que describe, la retención del pasaporte, jornadas de diecisiete horas, un pago muy por debajo de lo prometido, puede ser trata con fines de explotación laboral, que está en el artículo 129-A del Código Penal. ¿Ella quiere salir de ahí?
C: Sí, pero tiene miedo de Migraciones. Dice que la van a meter presa porque su visa ya venció.
O: Ella es víctima, no la van a detener por eso. Vamos a coordinar con la policía especializada y la fiscalía, y pediremos un intérprete de cantonés. Mientras tanto, ¿usted podría ser el contacto con ella?
C: Claro. El fijo de la bodega es [[PHONE_NUMBER|01 428 7765]] y mi celular [[PHONE_NUMBER|+51 987 320 114]]. Mi DNI es [[ID_NUMBER|09817354]], por si lo piden. Yo atiendo de lunes a sábado, de ocho a diez de la noche.
O: Perfecto, señor [[PERSON|Manuel]]. No le diga nada todavía al señor [[PERSON|Fung]]. Si ve que la golpean o que se la quieren llevar, llame enseguida al 105 y luego a nosotros.
C: Así lo haré. Es una chica buena, muy trabajadora. Da pena verla así.
O: Gracias por ayudarla. Lo llamamos mañana por la tarde para coordinar.
""",
    ),
    # -------------------------------------------------------------- English ----
    (
        "h41-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, good evening. Sorry, is there someone who speaks English? My Spanish is fine for patients, but not for this.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm Dr. [[PERSON|Aisha Okafor]], a volunteer doctor with [[ORGANIZATION|Amazon Bridge Health]]. We run a floating clinic out of [[LOCATION|Iquitos]]. Earlier today I saw a patient I can't stop thinking about. She said she's [[AGE|fifteen]], but honestly she looks younger.
O: What happened during the consultation?
C: An older woman brought her in, paid fifty soles in cash and did all the talking. She asked for a contraceptive injection "so the girl doesn't miss work". The girl had bruises on both wrists and an infection that's been untreated for weeks. When the woman stepped out to take a call, the girl told me her name is [[PERSON|Kelly]], that she's from [[LOCATION|Caballococha]], and that she works on the boats at night.
O: Did she tell you where exactly?
C: A floating bar in [[LOCATION|Belén]] called [[ORGANIZATION|La Sirenita]]. [[ADDRESS|The green and yellow raft moored past the last fish stalls of the port, with a mermaid painted on the roof]]. She said four other girls live there, they sleep in [[ADDRESS|the back cabin of the raft]], and the men come by canoe.
O: Do you know anything about the woman who brought her?
C: The girl called her tía [[PERSON|Chela]]. At reception she gave the name [[PERSON|Graciela Pezo]] and a phone number, [[PHONE_NUMBER|+57 312 448 9061]], which I think is Colombian. She had a Colombian accent, too.
O: Did the girl give any identification?
C: Our register asks for an ID, and the woman read out a DNI, [[ID_NUMBER|76214598]], but I'm not sure it's really the girl's. They came in today around [[DATE_TIME|4 p.m.]] The girl also said she was brought to [[LOCATION|Iquitos]] on [[DATE_TIME|January 2nd]], "for a job in a restaurant".
O: Is the girl still with you?
C: No, they left together. I gave her a week of antibiotics and asked her to come back on [[DATE_TIME|Friday]] for a check-up. I wrote my number on the medicine box, just in case.
O: You did the right thing. This is very likely sexual exploitation of a minor, which is trafficking. We'll alert the police and the prosecutor in [[LOCATION|Loreto]] so they can intervene at the raft, and the Women's Emergency Centre can support her afterwards. Please don't go there yourself.
C: I won't. We're on the river for a three-week rotation, and we move upriver next week, so I'd like this to happen soon.
O: Understood. Can I have your contact details?
C: Sure. My Peruvian number is [[PHONE_NUMBER|nine four one, three zero two, seven seven five]], and WhatsApp on my British one, [[PHONE_NUMBER|plus four four, seven seven zero zero, nine zero zero, three one eight]]. Email is [[EMAIL_ADDRESS|a dot o, k, a, f, o, r at protonmail dot com]].
O: Thank you, Dr. [[PERSON|Okafor]]. We'll call you tomorrow morning. If [[PERSON|Kelly]] comes back on [[DATE_TIME|Friday]], call us straight away, or the police on 105.
C: I will. Thank you for taking this seriously.
""",
    ),
    (
        "h41-07",
        "en",
        """
O: Línea contra la trata, buenos días.
C: Hi, good morning, sorry, is English okay? I understand Spanish, but after twenty years abroad I explain things better in English.
O: Of course, go ahead.
C: My name is [[PERSON|Javier Yupanqui]], I'm calling from [[LOCATION|Houston]], [[LOCATION|Texas]]. It's about my little sister, [[PERSON|Rocío]]. [[PERSON|Rocío Yupanqui Saldaña]]. She's [[AGE|nineteen]]. She's in [[LOCATION|Arequipa]], and I think she's in trouble.
O: Tell me what happened.
C: She was living with our mom in [[LOCATION|Chimbote]]. About a month ago she got a message on Instagram offering a job as a hostess, "anfitriona", in a lounge in [[LOCATION|Arequipa]]: 2,500 soles a month, tips, room included. The account is, let me spell it, [[OTHER_ID|k, a, n, d, e, l, a, underscore, s, t, a, f, f, underscore, a, q, p]].
O: When did she travel?
C: She left on [[DATE_TIME|March 2nd]], by bus. The first week she was happy, sending pictures. Then she told me they say she owes them 1,200 soles for the ticket and the uniform, that she has to "drink with clients" to pay it back, and that the manager took her DNI. Her last voice note was on [[DATE_TIME|Sunday at two a.m.]], crying, saying she wants to leave but they don't let the girls out.
O: Do you know the name of the place?
C: [[ORGANIZATION|Kandela Lounge & Karaoke]]. She shared her location once: [[ADDRESS|the third floor above a shoe store, on the street right behind the Terrapuerto bus terminal]]. The manager is a guy they call [[PERSON|Loco Renzo]].
O: Do you have her phone number?
C: Yes, it's [[PHONE_NUMBER|plus five one, nine five seven, six one eight]]
O: Go on.
C: [[PHONE_NUMBER|zero four seven]]. But it goes straight to voicemail since [[DATE_TIME|Sunday]].
O: So that's [[PHONE_NUMBER|+51 957 618 047]]. Do you have her DNI number?
C: I have a photo of it: [[ID_NUMBER|71592046]]. Her date of birth is [[DATE_TIME|June 4th, 2005]], if that helps.
O: It does. A debt she can't pay, her ID taken, being forced to drink with clients: these are signs of trafficking for sexual exploitation. We'll alert the police and the prosecutor in [[LOCATION|Arequipa]] today. Has anyone asked you for money?
C: Yes. A woman wrote to me on WhatsApp that if I send 1,200 soles to a BCP account, [[OTHER_ID|193-2847561-0-38]], they'll let her go. I already sent 300 dollars by Western Union last week.
O: Please don't send more money, and keep every message, they are evidence. How can we reach you?
C: My cell is [[PHONE_NUMBER|+1 832 555 0147]], and my email is [[EMAIL_ADDRESS|javi dot yupanqui eighty eight at gmail dot com]].
O: Thank you, [[PERSON|Javier]]. We'll call you back today, after we speak with the police. Is any time bad for you, with the time difference?
C: Anytime. I work nights, my phone is always on. Please find her.
O: We'll do everything we can. Thank you for calling.
""",
    ),
    # ------------------------------------------------ Brazilian Portuguese ----
    (
        "h41-08",
        "pt",
        """
O: Línea contra la trata, boa tarde. Em que posso ajudar?
C: Boa tarde, moça. Graças a Deus, alguém que fala português. Eu já liguei antes, meu nome é [[PERSON|Francisca Aparecida Souza]]. Eu tô no abrigo com a minha filha desde que a polícia tirou a gente daquele bar.
O: Dona [[PERSON|Francisca]], que bom que a senhora ligou. Como vocês estão?
C: A gente tá bem, dentro do possível. A [[PERSON|Ana Clara]] já tá comendo melhor, a psicóloga vem toda terça e quinta. Mas eu liguei por duas coisas.
O: Pode falar, estou ouvindo.
C: Primeiro, a [[PERSON|Neide]], aquela que levou a gente de [[LOCATION|Rio Branco]] pro bar do [[ADDRESS|quilômetro noventa e oito da Interoceânica]], tá mandando áudio no meu WhatsApp. Diz que se eu falar com a promotora ela vai atrás do meu filho em [[LOCATION|Cruzeiro do Sul]]. O número dela é brasileiro, [[PHONE_NUMBER|+55 68 99214-3870]].
O: Isso é muito sério, é uma ameaça. A senhora guardou os áudios?
C: Guardei tudo. Ela mandou três ontem e mais um hoje às [[DATE_TIME|seis da manhã]].
O: Vou passar isso hoje mesmo pra promotoria e pedir medidas de proteção pra senhora e pro seu filho. Como ele se chama e qual é o telefone dele?
C: [[PERSON|Wesley]], [[PERSON|Wesley Souza Pereira]], tem [[AGE|dezenove anos]]. O número dele é [[PHONE_NUMBER|zero sessenta e oito, nove nove oito três um, quatro quatro zero dois]].
O: Anotado. E a segunda coisa?
C: Os documentos. A [[PERSON|Neide]] ficou com a nossa identidade. Eu quero voltar pro [[LOCATION|Brasil]], mas sem documento não dá. Meu CPF eu sei de cabeça: [[ID_NUMBER|482.917.306-51]]. O da [[PERSON|Ana Clara]] é [[ID_NUMBER|731.058.224-09]].
O: Com o CPF fica mais fácil, o consulado brasileiro pode emitir um documento de viagem. Quantos anos a [[PERSON|Ana Clara]] tem mesmo?
C: [[AGE|Catorze]]. Ela faz [[AGE|quinze]] no [[DATE_TIME|dia 9 de agosto]], e queria tanto fazer a festa em casa.
O: Vou pedir à assistente social do abrigo para acompanhar vocês ao consulado. A senhora continua no abrigo de [[LOCATION|Puerto Maldonado]]?
C: Tô sim, naquela [[ADDRESS|casa amarela de portão alto atrás do hospital, a do muro com os desenhos de criança]].
O: Dona [[PERSON|Francisca]], por segurança, é melhor não dizer onde fica o abrigo por telefone, tá bom? Eu já tenho no sistema.
C: Ai, desculpa, eu não sabia. É que eu fico nervosa.
O: Tudo bem, não se preocupe. Tem mais alguma coisa que a senhora queira contar?
C: Só que a [[PERSON|Neide]] dizia que a gente devia quinhentos reais de passagem, e a gente trabalhou três semanas sem ver um real. No dia que a polícia entrou, [[DATE_TIME|o dia 12 de abril]], ela fugiu, e dizem que passou pra [[LOCATION|Bolívia]].
O: Vou registrar tudo no seu caso e ligo de volta amanhã de manhã com a resposta da promotora. Se a [[PERSON|Neide]] aparecer por perto, liga pro 105 ou avisa a equipe do abrigo.
C: Obrigada, moça. Deus te abençoe.
""",
    ),
    # -------------------------------------------------- Venezuelan Spanish ----
    (
        "h41-09",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Mire, yo soy venezolano, trabajo de delivery en moto, y anoche me pasó una vaina que no me deja dormir, chamo.
O: Cuénteme, lo escucho.
C: Llevé un pedido a un edificio en [[LOCATION|San Miguel]], como a [[DATE_TIME|las diez y cuarto]]. Me abrió una chama, una muchachita, venezolana también por el acento. Flaquita, asustada. Cuando le di la bolsa me dijo bajito: "pana, ayúdame, no me dejan salir". Y de atrás salió un tipo y le cerró la puerta en la cara.
O: ¿Me puede decir la dirección del edificio?
C: En la [[ADDRESS|calle Los Cedros 318]], [[ADDRESS|el edificio de ladrillo con las rejas verdes, cuarto piso, el departamento del fondo, el 402]].
O: ¿Sabe a nombre de quién estaba el pedido?
C: En la app salía [[PERSON|Giancarlo Mendoza]], y el teléfono del pedido era [[PHONE_NUMBER|+51 934 770 215]]. Pagó con Yape, 48 soles, dos pizzas familiares.
O: ¿La chica le dijo su nombre?
C: No le dio chance, vale. Pero cuando ya me iba me llegó un mensaje al Instagram, de la cuenta [[OTHER_ID|arroba yuli punto zambrano punto cero siete]]. Decía: "soy la del [[ADDRESS|402]], me llamo [[PERSON|Yulimar]], tengo [[AGE|17]], aquí nos tienen a cuatro, nos ponen a dar masajes y otras cosas". Creo que vio mi nombre en el chaleco. Y me mandó foto de su cédula: [[ID_NUMBER|V-31.207.648]].
O: Es una menor, eso es muy grave. ¿Le dijo algo más?
C: Que le avise a su mamá en [[LOCATION|Barquisimeto]], y que el tipo les dice que le deben 2.000 dólares del viaje por [[LOCATION|Colombia]] y [[LOCATION|Ecuador]]. Me pasó el número de la mamá, [[PHONE_NUMBER|+58 412 605 3391]], y una cuenta de Banesco donde la mamá le mandaba reales: [[OTHER_ID|0134-0419-37-0008215573]].
O: Voy a pasar esto ya mismo a la policía para que vayan al edificio. ¿Usted está en un lugar seguro?
C: Sí, estoy en mi cuarto en [[LOCATION|Breña]]. Pero chamo, el tipo me vio la cara, y vio la moto.
O: ¿Me da su nombre y un documento? Quedan reservados.
C: [[PERSON|Yorman Alexander Piñango]]. Tengo carné de extranjería, el [[ID_NUMBER|003918472]], y el pasaporte venezolano, [[ID_NUMBER|142076395]]. Mi número es el [[PHONE_NUMBER|nueve uno cero, cuatro cuatro siete, dos nueve uno]]. Y la placa de la moto es [[OTHER_ID|8431-4C]], por si la ven rondando.
O: Gracias, [[PERSON|Yorman]]. Lo que cuenta es trata con fines de explotación sexual de una menor, y la policía va a intervenir esta noche. No se acerque al edificio ni le conteste a ese tipo si lo busca. Si lo amenazan, llame al 105.
C: Ta' bien, ta' bien. Y dígale a la chama que no está sola, vale. Uno también pasó lo suyo cruzando por la trocha.
O: Se lo haremos saber. Mañana lo llamo para contarle cómo fue.
C: Dale, muchas gracias. Chao.
""",
    ),
    # ------------------------------------------ Spanish with Quechua words ----
    (
        "h41-10",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Allillanchu, señorita, buenas tardes. Disculpe, mi castellano no es muy bien. Yo soy cocinera en un campamento minero, acá por [[LOCATION|Nazca]].
O: No se preocupe, señora, la entiendo bien. Cuénteme con calma.
C: Ya, mamay. Yo cocino para los mineros, hay como cuarenta hombres. Pero también hay warmakuna, jovencitos, de [[LOCATION|Andahuaylas]], de [[LOCATION|Chalhuanca]]. El más chiquito tendrá [[AGE|catorce añitos]]. Trabajan en el socavón, cargan el mineral en su espalda, y de noche lloran, señorita, extrañan a su mamá.
O: ¿Les pagan por ese trabajo?
C: Manam, nada. El ingeniero dice que les paga al final, con mineral, pero ya van tres meses. Les descuenta la comida que yo cocino. Y hay dos chicas en la cantina del campamento, esas atienden a los mineros en la noche, pobrecitas, una es de [[AGE|dieciséis]] nomás.
O: ¿Quién está a cargo?
C: El ingeniero [[PERSON|Cárdenas]], [[PERSON|Rolando Cárdenas]], y su capataz, que le dicen [[PERSON|Waqra]] porque tiene una cicatriz en la frente. La mina se llama [[ORGANIZATION|Minera Aurífera Qori Pampa]].
O: ¿Dónde queda exactamente el campamento?
C: En el [[ADDRESS|kilómetro 462 de la Panamericana Sur, el desvío de tierra que sube al cerro, las carpas azules al lado del quimbalete]]. De ahí es una hora en camioneta.
O: ¿Usted está segura ahora?
C: Sí, los jueves bajo a [[LOCATION|Nazca]] a comprar víveres. Estoy llamando de una cabina del centro.
O: ¿Sabe los nombres de los chicos?
C: Uno es mi sobrino, [[PERSON|Amaru]], [[PERSON|Amaru Quispe Ccoyllo]], tiene [[AGE|quince]]. Se lo trajeron [[DATE_TIME|el 28 de julio]], en plena fiesta; el [[PERSON|Waqra]] fue al pueblo y les prometió cincuenta soles diarios. Su DNI me mandó mi ñañay, su mamá, en foto: [[ID_NUMBER|seis uno ocho, cuatro siete, dos cero nueve]]. El otro es [[PERSON|Willka]], de [[LOCATION|Puno]], ese habla aymara nomás, no entiende castellano.
O: Gracias, señora. ¿Me puede dar su nombre y un número para llamarla?
C: [[PERSON|Saturnina Ccoyllo Huamaní]]. Mi celular es el [[PHONE_NUMBER|nueve ocho cuatro]]... manam, manam, me equivoqué, es [[PHONE_NUMBER|nueve cinco cuatro, dos dos siete, uno ocho seis]]. Arriba no hay señal, solo cuando bajo los jueves.
O: Le repito: [[PHONE_NUMBER|954 227 186]]. Señora [[PERSON|Saturnina]], lo que me cuenta es trata de menores con fines de explotación laboral y sexual. Vamos a avisar a la fiscalía y a la policía de [[LOCATION|Ica]] para un operativo, y también a la Sunafil. No le diga a nadie en el campamento que llamó.
C: Ya, señorita. Yanapawaychik, ayúdennos, por favor. Taytacha sabe que esas wawas no deben estar ahí.
O: Vamos a ayudarlos. La próxima vez que baje, llámenos al 1818 o a esta línea, y le contamos cómo va el caso.
C: Ya, mamay. Sulpayki, gracias.
""",
    ),
]


# --------------------------------------------------------------- self-checks ----

DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine|oh|um|dois|três|sete|oito|nove)"


def _covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def check(rec):
    """Light checks in the spirit of make_dev.py: no unlabelled repeat of a labelled surface
    or name token, no unlabelled digit run or spelled digit run, sane sizes."""
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert 8 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
    assert 150 <= len(text.split()) <= 650, (cid, len(text.split()))
    prev = -1
    for p in spans:
        assert p["text"] == p["text"].strip() and p["text"], (cid, p)
        assert p["start"] >= prev, (cid, "overlap", p)
        prev = p["end"]
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
    for p in spans:
        if p["type"] == "PERSON":
            surfaces.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    for s in surfaces:
        for m in re.finditer(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert _covered(spans, m.start(), m.end()), (
                cid,
                "unlabelled occurrence",
                s,
                m.start(),
            )
    for m in re.finditer(r"\d(?:[ .\-]?\d){4,}", text):
        assert _covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(
        r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[ ,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text
    ):
        assert _covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert _covered(spans, m.start(), m.end()), (cid, "@", m.start())


if __name__ == "__main__":
    for rec in build(CALLS):
        check(rec)
    write_set(CALLS, "h41-", "heldout41.jsonl")
