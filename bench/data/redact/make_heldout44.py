# ruff: noqa: E501
"""Held-out set 44: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and make_heldout.py (whose write_set builds and checks the markup).
All people, numbers, IDs, e-mails, handles, plates, boats and businesses are invented.

Mix (10 calls, 8-16 turns each): h44-01..04 lowercase unpunctuated Whisper-style Spanish
(nurse in a health post, interprovincial bus driver, fisherman, hotel receptionist);
h44-05 cased Spanish (lawyer); h44-06 Venezuelan Spanish (market stall vendor);
h44-07 Andean Spanish with Quechua words (cook in a mining camp); h44-08 and h44-09
English (volunteer doctor on a river medical boat, school teacher); h44-10 Brazilian
Portuguese (truck driver). Settings: Ucayali, Loreto, Madre de Dios, Piura, Tumbes,
Lambayeque, told mostly through towns and described places.

Annotation follows make_dev.py (PERSON without titles/articles, "tío", "Don", "Dr.",
"dona" outside the span; cue words such as DNI/placa/matrícula outside ID/plate/phone
spans; AGE with its unit when said; DATE_TIME for explicit dates, named weekdays and
clock times tied to an event, article kept, relative words and routines unlabelled;
nationality adjectives unlabelled; hotline name/number and 105 not PII). Choices beyond it:
  * A number dictated in pieces (across turns, or with a self-correction) gets one span per
    contiguous piece; a wrong piece that the speaker then corrects is still labelled, and
    the operator's read-back is labelled too, even when it is wrong.
  * Numbers said in words (and in groups: "cincuenta y ocho", "double four", "oh") are
    labelled like digits; a phone extension ("anexo 12") is left outside the span.
  * E-mails spelled out ("punto", "arroba", "guion bajo", "at", "dot") are one
    EMAIL_ADDRESS span from the first to the last spelled part.
  * Partial plates ("empezaba con eme dos") are OTHER_ID. A boat's name and its
    registration number are OTHER_ID (vehicle identifiers, like a plate), including a boat
    named like a person ("Gilmer IX"). A Facebook page URL of a person is OTHER_ID.
  * A named health post, school, bar, hostal, bus company, law firm, restaurant or
    disco is ORGANIZATION (span includes its type word when part of the name:
    "puesto de salud villa primavera", "hostal ..."); public institutions (Policía,
    Fiscalía, DEMUNA, CEM, Ministerio de la Mujer, OIM, SUNAFIL, capitanía,
    Unidad de Protección Especial) are not labelled, but a place name inside them is LOCATION
    ("el cem de [[LOCATION|yarinacocha]]").
  * Described places (which house, stall, room, boat at which mooring, which tent after
    which raft, which bar by which landing) are one ADDRESS span, from the first word that
    starts to locate to the last; a hotel room number alone ("la doscientos ocho") is ADDRESS.
  * A lawyer's bar registration number is ID_NUMBER. Legal article and law numbers,
    money, durations, counts, routines, pregnancy weeks are not labelled.
  * Common-word names and nicknames (flor, moreno, delfín, tiburón, Bravo, Consuelo,
    Catire, Génesis, Careca, Junior, Sumaq) are PERSON only where they name someone;
    descriptive uses ("la flaquita", "patrón", "tío") are not labelled.
  * Rivers and named communities inside a place description stay inside the ADDRESS span;
    a highway named only as a route ("pela Interoceânica") is not labelled.
  * Intentional unlabelled traps: the same word used descriptively next to a nickname
    ("catire, así, blanco" in h44-06, "um cara careca" in h44-10), "la flaquita",
    the hotline number spelled out in words (h44-01) and 1818, Ley 28950, artículo 153 /
    168-B, "38 400 soles", routine schedules ("de 5 a 1", "a eso de las seis").

Run: python3 make_heldout44.py   (writes heldout44.jsonl next to this script)
"""

from make_heldout import write_set

CALLS = []

CALLS += [
    (
        "h44-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: buenas noches señorita eh mire yo le llamo del [[ORGANIZATION|puesto de salud villa primavera]] acá en [[LOCATION|yarinacocha]] soy técnica de enfermería [[PERSON|rocío]] este [[PERSON|rocío tapullima sangama]] y o sea hoy atendí a una niña que me ha dejado muy preocupada
O: gracias por llamar señora [[PERSON|rocío]] qué pasó con la niña
C: la trajeron en la mañana con dolor de barriga y sangrado dijo que tiene [[AGE|trece años]] no perdón [[AGE|catorce]] que cumplió [[DATE_TIME|el veinte de enero]] se llama [[PERSON|flor]] nomás el apellido no me quiso dar y el doctor dice que está embarazada de como ocho semanas y tiene moretones en los brazos
O: quién la trajo
C: un señor que dice que es su tío pero ella no le decía tío le decía patrón y no la dejaba sola ni un ratito en la ficha puso que se llama [[PERSON|teodoro]] eh [[PERSON|teodoro pinedo]] y su dni [[ID_NUMBER|cuatro dos cinco ocho]] y después no sé si es [[ID_NUMBER|uno tres seis cero]] o [[ID_NUMBER|uno tres seis ocho]] porque escribe bien feo y dejó un celular [[PHONE_NUMBER|nueve cuatro tres ocho ocho uno]]
O: no se preocupe eso ayuda bastante y los últimos tres números del celular
C: [[PHONE_NUMBER|cero siete cuatro]] no espere al revés [[PHONE_NUMBER|cero cuatro siete]]
O: le repito [[PHONE_NUMBER|nueve cuatro tres ocho ocho uno cero cuatro siete]] correcto y la niña le contó algo más
C: sí cuando el señor salió a pagar a caja me dijo bajito que trabaja en el [[ORGANIZATION|bar el tucunaré]] que es [[ADDRESS|el bar de tablas al costado del embarcadero de los peque peques el último antes del aserradero]] que atiende a los clientes desde las siete de la noche hasta las tres de la mañana y que duerme en un cuartito atrás con otras dos chicas más chiquitas que ella
O: la niña sigue en el puesto
C: no se la llevó a [[DATE_TIME|las cuatro de la tarde]] en un motocarro rojo la placa era [[OTHER_ID|cuatro cinco seis uno u ce]] creo yo le dije que vuelva [[DATE_TIME|el lunes]] para su control pero no sé si la va a traer
O: lo que me cuenta es muy grave es una menor y puede ser explotación sexual vamos a pasar el caso ahora mismo a la policía y a la fiscalía y también al cem de [[LOCATION|yarinacocha]] usted me deja un número para que la llamen
C: sí mi celular es [[PHONE_NUMBER|nueve siete uno seis cero dos cuatro cuatro ocho]] porque el puesto no tiene teléfono fijo solo radio
O: gracias si la niña vuelve o ve algo más llámenos al cero ochocientos dos tres dos tres dos es gratis las veinticuatro horas
C: ya señorita gracias ojalá la encuentren a la flaquita
""",
    ),
    (
        "h44-02",
        "es",
        """
O: línea contra la trata buenas tardes
C: aló buenas tardes señorita le hablo de la carretera soy chofer de [[ORGANIZATION|turismo los algarrobos]] hago la ruta [[LOCATION|chiclayo]] [[LOCATION|olmos]] [[LOCATION|jaén]] y mire eh hoy en la mañana en [[LOCATION|mórrope]] subió un señor con tres chicas chiquitas de la sierra de [[LOCATION|cañaris]] hablaban quechua entre ellas y él tenía los dni de las tres en su casaca no las dejaba ni bajar al baño en la parada
O: cuántos años cree que tienen
C: una dice que tiene [[AGE|quince]] las otras menos o sea [[AGE|trece]] [[AGE|catorce]] por ahí y en el manifiesto salen como mayores de edad con otros nombres acá tengo la copia una sale como [[PERSON|yolanda]] [[PERSON|yolanda chuquihuanca]] con dni [[ID_NUMBER|setenta y uno cero cuatro cuarenta y ocho dieciséis]] y el señor puso [[PERSON|eusebio carranza]] pero las chicas le decían tío [[PERSON|chemo]]
O: dónde se van a bajar
C: todavía no se han bajado o sea estamos parados en [[LOCATION|olmos]] almorzando yo estoy afuera llamando y él dijo que se bajan pasando [[LOCATION|olmos]] en [[ADDRESS|el kilómetro ochenta y dos de la antigua panamericana frente a la ramada donde venden cabrito]] que ahí los espera una camioneta gris doble cabina la placa la anotó en un papel yo vi que empezaba con [[OTHER_ID|eme dos ve ocho cuatro]] y algo más no alcancé
O: y el bus en que van cómo lo reconocemos
C: el bus de dos pisos blanco con verde la placa es [[OTHER_ID|te ocho ce nueve cuatro uno]] salimos de [[LOCATION|chiclayo]] a [[DATE_TIME|las once y media]] y todavía nos faltan como cinco horas de viaje
O: muy bien vamos a avisar a la policía de carreteras para que intervengan el bus antes de ese kilómetro no le diga nada al señor me dice su nombre y un número por favor
C: [[PERSON|moreno]] me dicen [[PERSON|moreno]] nomás [[PERSON|wilmer moreno]] mi número es [[PHONE_NUMBER|nueve cincuenta y ocho cuatrocientos setenta y tres doscientos diecinueve]]
O: le repito [[PHONE_NUMBER|nueve cinco ocho cuatro siete tres dos nueve uno]]
C: no al final es [[PHONE_NUMBER|doscientos diecinueve]] y que sea por whatsapp porque manejando no contesto
O: perfecto señor [[PERSON|moreno]] usted siga normal y si se bajan antes llámenos al uno ocho uno ocho de inmediato
C: ya señorita pobres chibolas lloraban calladitas todo el camino
""",
    ),
]

CALLS += [
    (
        "h44-03",
        "es",
        """
O: línea contra la trata buenos días le escuchamos
C: buenos días eh yo soy pescador artesanal de [[LOCATION|puerto pizarro]] acá en [[LOCATION|tumbes]] me llamo [[PERSON|delfín]] [[PERSON|delfín chiroque]] y le llamo por unos chibolos que trabajan en una lancha
O: gracias señor [[PERSON|delfín]] cuénteme qué pasa
C: hay dos chicos de [[LOCATION|sullana]] uno tendrá [[AGE|quince]] el otro dice que tiene [[AGE|dieciséis años]] pero parece menos trabajan en la lancha [[OTHER_ID|santa rosalía dos]] la de casco amarillo salen a las tres de la mañana y vuelven a las cinco de la tarde a veces se quedan tres días mar adentro y no les pagan les dicen que les descuentan la comida y la deuda del pasaje
O: dónde está la lancha ahora y quién es el dueño
C: ahorita está [[ADDRESS|amarrada al final del muelle artesanal la tercera después del grifo flotante frente a los manglares]] y los chicos duermen ahí mismo en la bodega del pescado el armador le dicen [[PERSON|tiburón]] su nombre de verdad creo que es [[PERSON|saavedra]] y su mujer la señora [[PERSON|nelly]] tiene la cevichería [[ORGANIZATION|el cangrejo feliz]] en el malecón ahí también trabaja una chiquita de [[AGE|trece]] lavando platos hasta la medianoche
O: ha visto la matrícula de la lancha
C: sí está pintada al costado [[OTHER_ID|te a guion cuarenta y ocho doscientos once guion ce eme]] y [[DATE_TIME|el sábado]] el más chiquito se cayó al agua cuando jalaban la red y el [[PERSON|tiburón]] lo sacó a patadas le dijo que si se quejaba lo botaba en alta mar al chiquito le dicen [[PERSON|cuy]] y al otro [[PERSON|jhordy]]
O: lo que me cuenta puede ser trata con fines de explotación laboral y son menores vamos a avisar a la policía a la capitanía y a la fiscalía me deja un número
C: yo no tengo celular es de mi hijo [[PERSON|jhampier]] [[PHONE_NUMBER|nueve seis dos]]
O: sí le sigo
C: [[PHONE_NUMBER|cinco cero tres]] y [[PHONE_NUMBER|uno uno ocho]]
O: le repito [[PHONE_NUMBER|nueve seis dos cinco cero tres uno uno ocho]]
C: eso es pero llamen después de las seis que a esa hora ya estoy en tierra y no le digan a nadie del muelle que fui yo porque acá todos se conocen
O: quédese tranquilo señor [[PERSON|delfín]] su nombre no va a salir en ningún lado gracias por llamar
""",
    ),
    (
        "h44-04",
        "es",
        """
O: línea contra la trata buenas noches
C: hola buenas noches disculpe que hable despacito estoy en recepción trabajo en el [[ORGANIZATION|hostal frontera real]] en [[LOCATION|aguas verdes]] y o sea acaba de entrar un señor con dos chicas que no me parecen mayores de edad
O: hizo bien en llamar usted está segura qué edad les calcula
C: sí estoy sola él subió hace diez minutos una tendrá [[AGE|catorce]] [[AGE|quince]] la otra un poquito más las dos con uniforme de colegio debajo de la casaca hablaban con acento de [[LOCATION|ecuador]] él dijo que eran sus sobrinas y que venían de [[LOCATION|huaquillas]]
O: a qué habitación subieron
C: a [[ADDRESS|la doscientos ocho segundo piso al fondo la que da al callejón]]
O: el señor se registró
C: sí con dni [[ID_NUMBER|cuatro cuatro nueve uno siete dos cero seis]] a nombre de [[PERSON|arístides gonzales]] no perdón dice [[PERSON|gonzalo]] [[PERSON|arístides gonzalo]] a ellas no las registró entró a [[DATE_TIME|las once y cuarenta]] pagó ochenta soles en efectivo por dos noches hasta [[DATE_TIME|el domingo]] y vino en un auto negro con placa ecuatoriana [[OTHER_ID|ge ele be cuatro tres dos uno]] no es la primera vez el otro fin de semana también vino con otra chica
O: me puede dar su nombre y un correo o número para contactarla
C: soy [[PERSON|jenny]] [[PERSON|jenny zapata]] mi correo es [[EMAIL_ADDRESS|jenny guion bajo zapata ochenta y nueve arroba gmail punto com]]
O: le repito [[EMAIL_ADDRESS|jenny_zapata89@gmail.com]]
C: sí y mi celular es [[PHONE_NUMBER|novecientos catorce setecientos setenta trescientos cincuenta y dos]]
O: [[PHONE_NUMBER|914 770 352]] la policía de [[LOCATION|aguas verdes]] ya va para allá no suba no toque la puerta y si el señor intenta salir con las chicas no lo detenga solo fíjese hacia dónde van
C: ya y mi jefe no sabe que estoy llamando él siempre dice que no nos metamos
O: su identidad queda reservada señorita [[PERSON|jenny]] la llamamos en media hora
""",
    ),
]

CALLS += [
    (
        "h44-05",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla la doctora [[PERSON|Consuelo Bravo Ñiquen]], abogada de [[ORGANIZATION|Estudio Bravo & Asociados]], en [[LOCATION|Chiclayo]]. Mi registro en el Colegio de Abogados de [[LOCATION|Lambayeque]] es el [[ID_NUMBER|4725]]. Llamo para pedir orientación sobre una clienta.
O: Con gusto, doctora [[PERSON|Bravo]]. Cuénteme.
C: Es una joven de [[AGE|18 años]], [[PERSON|Yesenia Llontop]]. Desde los [[AGE|14]] trabajó cama adentro en una casa de la [[ADDRESS|urbanización Los Portales del Chaparrí, Mz. K, Lote 17]], con la familia [[PERSON|Vílchez Arrascue]]. Nunca le pagaron, no la dejaban estudiar ni salir, y los domingos además la hacían trabajar de 5 a 1 en la panadería de la familia, [[ORGANIZATION|Panificadora San Remo]].
O: ¿Ella ya salió de esa casa?
C: Sí, se escapó [[DATE_TIME|el 9 de marzo]], de madrugada, y ahora está con una tía en [[LOCATION|Ferreñafe]]. Pero la señora [[PERSON|Arrascue]] la llama, la amenaza con denunciarla por el robo de unas joyas y le retiene el DNI. El número es [[ID_NUMBER|76 301 852]]... perdón, [[ID_NUMBER|76 310 852]], acabo de revisar la copia.
O: Gracias. Lo que describe puede configurar trata con fines de explotación laboral y servidumbre doméstica; como era menor cuando empezó, su consentimiento no cuenta.
C: Eso pensaba. En la comisaría me dijeron que era solo un tema laboral. ¿La denuncia va por el artículo 153 del Código Penal o por el 168-B, trabajo forzoso?
O: La calificación la hace la Fiscalía; lo importante es denunciar ante la Fiscalía Especializada en Delitos de Trata de Personas de [[LOCATION|Lambayeque]] y no solo ante SUNAFIL. La Ley 28950 la reconoce como víctima, así que puede pedir medidas de protección, y el CEM le da acompañamiento psicológico. Hoy mismo derivamos el caso.
C: Perfecto. Y por mi cálculo le deben unos 38 400 soles de sueldos de cuatro años. Otra cosa, más urgente: la familia tiene ahora otra chica, de [[LOCATION|Incahuasi]], de unos [[AGE|12 o 13 años]]. [[PERSON|Yesenia]] la vio antes de irse; se llama [[PERSON|Marleny]].
O: Eso es urgente, es una menor en la misma casa. Vamos a informar a la policía y a la Unidad de Protección Especial para que verifiquen hoy. ¿La casa tiene alguna seña?
C: Es [[ADDRESS|la casa esquinera de rejas doradas, frente al parque de la manzana K]], la única con cámara en la puerta.
O: ¿Me deja sus datos de contacto?
C: Mi oficina es el [[PHONE_NUMBER|074 238 416]], anexo 12, y mi celular el [[PHONE_NUMBER|+51 979 054 336]]. El correo es [[EMAIL_ADDRESS|cbravo@estudiobravo.pe]]. Mi clienta prefiere que la contacten a través de mí.
O: Muy bien, doctora [[PERSON|Bravo]]. La llamamos mañana para coordinar la denuncia y la visita a la casa.
C: Muchas gracias. Es la primera vez que llevo un caso así.
""",
    ),
    (
        "h44-06",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi amor. Mire, yo soy venezolana, tengo un puestico de arepas en el mercado de [[LOCATION|Sullana]], y le llamo por una chamita que me tiene preocupada, vale. Ella se llama [[PERSON|Génesis]], tiene [[AGE|15 añitos]], es de [[LOCATION|Maturín]]. Todas las mañanas, a eso de las seis, la deja un señor en [[ADDRESS|el pasillo de las juguerías, el tercer puesto después de la escalera, el del toldo naranja]], y ahí vende jugos hasta las dos. No ve un sol, el señor le quita todo.
O: ¿Sabe quién es el señor?
C: Le dicen el [[PERSON|Catire]], es venezolano también, catire, así, blanco de pelo amarillo. Su nombre es [[PERSON|Yonathan]], creo, [[PERSON|Yonathan Briceño]]. Y en la noche se la lleva a la [[ORGANIZATION|Discoteca Rumba Caribe]], [[ADDRESS|la de la salida a Paita, pasando el óvalo, al lado del taller de motos]].
O: ¿Ella le ha contado qué pasa en la discoteca? ¿Tiene sus documentos?
C: Me dijo llorando que la ponen a "acompañar" a los clientes, que la hacen tomar, y que el [[PERSON|Catire]] dice que le debe 800 dólares del pasaje desde [[LOCATION|Cúcuta]]. Y [[DATE_TIME|el jueves]] llegó con el labio roto, burda de hinchado. Él le tiene el pasaporte. Ella me dio el número de su cédula por si le pasaba algo: [[ID_NUMBER|V-31.204.667]]. Y la reclutaron por Instagram, una cuenta que se llama [[OTHER_ID|@chambas.sullana.vzla]], ahí ofrecen trabajo de anfitriona con 1500 soles al mes.
O: Gracias, eso es muy útil. ¿Ella sigue en el mercado ahora?
C: Sí, ahorita está en el puesto, yo la veo desde aquí. El [[PERSON|Catire]] la viene a buscar a las dos en una moto azul, placa [[OTHER_ID|8814-1P]].
O: Vamos a pedir a la policía y a la fiscalía de familia que intervengan hoy, y la OIM puede apoyar porque es migrante. ¿Me da su nombre y un número?
C: Yo soy [[PERSON|Yusmary]], [[PERSON|Yusmary Pernía]]. Mi número peruano es [[PHONE_NUMBER|924 087 561]]; el venezolano, [[PHONE_NUMBER|+58 412 663 0914]], lo tengo apagado.
O: Le repito: [[PHONE_NUMBER|924 087 651]].
C: No, mi amor, [[PHONE_NUMBER|561]] al final.
O: Perdón, [[PHONE_NUMBER|924 087 561]]. Gracias, señora [[PERSON|Yusmary]]. No se acerque al señor; si se la lleva antes, llámenos al 0800-2-3232 o al 105.
C: Dale, gracias. Esa chama podría ser mi hija, chamo.
""",
    ),
]

CALLS += [
    (
        "h44-07",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Allillanchu, señorita... buenas noches. Disculpe, yo no hablo bien castellano. Me llamo [[PERSON|Hilaria]], [[PERSON|Hilaria Ccoa]], soy de [[LOCATION|Ocongate]], pero hace tres años estoy acá en la selva, de cocinera en un campamento minero en [[LOCATION|Huepetuhe]]. Le llamo por dos sipaskuna, dos chicas, de mi pueblo.
O: No se preocupe, señora [[PERSON|Hilaria]], la entiendo bien. Tómese su tiempo. ¿Qué pasó con las chicas?
C: La señora que le dicen [[PERSON|Ch'uspi]] las trajo de la comunidad de [[LOCATION|Q'ollpa Pampa]]. A sus mamás les dijo que era para la cocina, para ayudarme a mí. Pero no, mamitay, las tiene en la cantina atendiendo a los mineros con cerveza, toda la noche. Una es [[PERSON|Sumaq]], tiene [[AGE|catorce]]; la otra es [[PERSON|Yeni Huillca]], de [[AGE|dieciséis años]].
O: ¿Dónde queda esa cantina?
C: Es [[ADDRESS|en el campamento de la quebrada Yunkawasi, pasando la tercera balsa, la carpa de plástico azul al lado del motor grande]]. Se llama [[ORGANIZATION|Bar Las Gemelas]].
O: ¿Las chicas le han dicho algo?
C: [[PERSON|Sumaq]] llora, me dice "mamay, kutichiway", llévame a mi casa. Manam pueden salir: la [[PERSON|Ch'uspi]] les dice que deben 600 soles del pasaje y de la ropa. Y [[DATE_TIME|el domingo]] un minero le pegó a [[PERSON|Yeni]] con la correa.
O: Eso es muy grave, son menores. ¿Sabe el nombre completo de la señora o algún teléfono?
C: [[PERSON|Cusi]]... no, [[PERSON|Cusihuamán]], [[PERSON|Teófila Cusihuamán]], creo. Su celular es [[PHONE_NUMBER|nueve ocho cinco]]... espere, en mi cuaderno tengo... [[PHONE_NUMBER|nueve ocho cinco, tres cero dos, seis seis uno]].
O: [[PHONE_NUMBER|985 302 661]]. ¿Y la familia de las chicas sabe algo?
C: No saben todavía. Yo conozco a la mamá de [[PERSON|Sumaq]], doña [[PERSON|Paulina]], su número es [[PHONE_NUMBER|nueve cuatro cero, siete siete dos, uno cinco ocho]]. Ay, taytay, ella va a llorar.
O: Vamos a informar a la policía y a la fiscalía especializada para que hagan un operativo, y el Ministerio de la Mujer va a contactar a la familia. ¿Usted está segura ahí? ¿A qué número la llamamos?
C: Yo estoy en la cocina del campamento. Mi celular no tiene señal, solo en la tarde cuando subo al cerro, a eso de las cinco. Llámeme al [[PHONE_NUMBER|nueve siete tres, cuatro uno uno, cero dos nueve]].
O: La llamamos mañana a esa hora. No le diga nada a la señora, por favor.
C: Ya, señorita. Yusulpayki, Diospagrasunki.
""",
    ),
    (
        "h44-08",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, sorry, English? I'm calling from a medical boat on the river, the signal is bad.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm Dr. [[PERSON|Emily Sorensen]], a volunteer doctor with [[ORGANIZATION|Riverlight Medical Mission]]. We're moored near [[LOCATION|Nauta]]. This morning a father brought his daughter for a check-up because she's leaving on [[DATE_TIME|Thursday]] to work as a maid in [[LOCATION|Yurimaguas]]. She's [[AGE|twelve]].
O: Thank you, doctor. What worries you about it?
C: A woman called [[PERSON|Rosalinda]] recruits girls from the communities along the river. She paid the father 300 soles "in advance" and promised school and 250 a month. The girl told me two cousins went with [[PERSON|Rosalinda]] last year and nobody has heard from them since. And she asked me for a certificate saying the girl is healthy, "for the employer".
O: Do you know the girl's name and where the family lives?
C: She's [[PERSON|Kelly]], [[PERSON|Kelly Ahuanari]], her father is [[PERSON|Rider Ahuanari]]. They live in [[ADDRESS|the community of Nueva Unión, about forty minutes downriver from the port, on the left bank, the stilt house with the green roof next to the school]].
O: And how will they travel?
C: On the cargo boat [[OTHER_ID|Gilmer IX]], from [[LOCATION|Nauta]], [[DATE_TIME|Thursday at 6 a.m.]] [[PERSON|Rosalinda]] also advertises on Facebook, the page is [[OTHER_ID|facebook.com/empleos.selva.rosalinda]].
O: Thank you, that's very useful. This looks like recruitment of a child for domestic servitude. We'll alert the police and the prosecutor in [[LOCATION|Loreto]] and the DEMUNA so they can check before the boat leaves. Can I have your contact details?
C: My Peruvian number is [[PHONE_NUMBER|nine four seven, seven oh five, two three one]].
O: Let me read it back: [[PHONE_NUMBER|947 705 321]].
C: No, the end is [[PHONE_NUMBER|two three one]]. And my email is [[EMAIL_ADDRESS|e dot sorensen at riverlight med dot org]], "riverlightmed" all one word.
O: [[EMAIL_ADDRESS|e.sorensen@riverlightmed.org]]. Got it. Please don't sign that certificate, and if the father agrees, the girl can stay with her family until the authorities arrive.
C: I won't sign anything. We stay here three more days, so I can talk to whoever comes. Thank you.
""",
    ),
]

CALLS += [
    (
        "h44-09",
        "en",
        """
O: Línea contra la trata, buenos días.
C: Good morning, do you speak English? My Spanish is okay, but this is important and I want to get it right.
O: Yes, of course. Go ahead.
C: My name's [[PERSON|Grant Holloway]], I teach English at [[ORGANIZATION|Pacific Bridge Academy]] in [[LOCATION|Talara]]. One of my students, [[PERSON|Kiara]], she's [[AGE|sixteen]], hasn't been to school since [[DATE_TIME|Friday]], and her mum came to see me this morning in tears.
O: I'm sorry to hear that. What do you know so far?
C: She has an older boyfriend, maybe [[AGE|twenty-five]], who goes by [[PERSON|Junior]]. He picked her up on [[DATE_TIME|Friday at 3:40 p.m.]] [[ADDRESS|outside the side gate of the school, by the ice-cream cart]]. Her friends say he promised her a job at a "spa" in [[LOCATION|Guayaquil]], 600 dollars a week. His TikTok is [[OTHER_ID|@junior.lks_oficial]], full of photos with girls and cash.
O: Did anyone see the vehicle?
C: A silver Hyundai, plate [[OTHER_ID|P3D-592]]. Two of the kids wrote it down.
O: Has the family reported her missing?
C: Her mum tried yesterday, but at the station they told her to wait 24 hours. That's not right, is it?
O: No. A missing minor must be reported immediately, there is no waiting period. We'll alert the police and the prosecutor now, and flag a possible border crossing. Do you have the family's details?
C: Her mum is [[PERSON|Maribel Querevalú]], they live at [[ADDRESS|Mz. C, Lote 9, Asentamiento Humano Nueva Esperanza]], the blue house behind the water tank. [[PERSON|Kiara]]'s DNI is on her enrolment form: [[ID_NUMBER|seven two nine oh, double four, one six]].
O: Thank you. And phone numbers for the mother and for you?
C: Her mum's is [[PHONE_NUMBER|nine six six]]... hold on, I wrote it on my hand... [[PHONE_NUMBER|four eight oh, two two seven]]. Mine is [[PHONE_NUMBER|+51 913 552 860]].
O: So the mother's is [[PHONE_NUMBER|966 480 227]]. If [[PERSON|Kiara]] messages anyone, they should keep the messages and call us, the line is free from any phone.
C: I'll tell her friends. Thank you, I didn't know who else to call.
""",
    ),
    (
        "h44-10",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite, a senhora fala português? Desculpa, meu espanhol é fraco.
O: Sim, posso falar em português. Pode falar, senhor.
C: Eu sou caminhoneiro, brasileiro, faço a rota de [[LOCATION|Rio Branco]] até a costa pela Interoceânica. Tô parado em [[LOCATION|Iberia]], num posto de gasolina, e vi uma coisa que não tá certa.
O: Diga, por favor.
C: Tem uma boate atrás do posto, a [[ORGANIZATION|Boate Estrela do Acre]], [[ADDRESS|aquela de porta vermelha, depois da ponte, do lado da borracharia]]. Chegou agora uma caminhonete com quatro meninas brasileiras, de [[LOCATION|Assis Brasil]] pelo sotaque. Uma delas não tem mais de [[AGE|14 anos]], moça. Tava chorando.
O: Quem levou as meninas?
C: Um cara careca, grandão, que todo mundo chama de [[PERSON|Careca]] mesmo, e a dona da boate, dona [[PERSON|Lourdes]]. Ouvi o [[PERSON|Careca]] falar que elas vão ficar lá "até pagar a viagem", 200 reais cada uma.
O: O senhor viu a placa?
C: Vi. Caminhonete branca, placa brasileira [[OTHER_ID|QXT-4B17]]. Chegaram [[DATE_TIME|às dez e quinze]], mais ou menos.
O: Obrigada. Vamos avisar agora a polícia de [[LOCATION|Iberia]] e a fiscalía. O senhor está em lugar seguro?
C: Tô na cabine, no [[ADDRESS|bitrem azul parado no fundo do pátio do posto]]. Meu nome é [[PERSON|Valdir]], [[PERSON|Valdir Schneider]]. WhatsApp [[PHONE_NUMBER|+55 68 99214-3706]].
O: Repito: [[PHONE_NUMBER|+55 68 99214-3706]]. Não entre na boate, senhor [[PERSON|Valdir]]; a polícia vai chegar. Se levarem as meninas para outro lugar, ligue de novo.
C: Tá bom. E [[DATE_TIME|sexta-feira]] eu passo de novo por aqui, se precisarem de testemunha. Deus abençoe, moça.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h44-", "heldout44.jsonl")
