#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h60: 10 fictional, labelled counter-trafficking hotline calls (Peruvian
hotline 1818) for measuring a PII redactor on calls it has never seen.

Theme: the north coast and the Ecuadorian border (Tumbes, Zarumilla, Aguas Verdes, Máncora,
Piura, Sullana, Talara, Chiclayo, Trujillo): bars at the border market, beach hotels, rice
fields, fishing terminals, a shrimp farm, the CEBAF border crossing.

Styles: five lowercase unpunctuated Whisper-style Spanish transcripts (north coast speech,
fillers, self-corrections, numbers in words and in pairs, operator reading numbers back),
two cased Spanish (one Colombian caller), two English, one Brazilian Portuguese. Traps that
are not PII: money, durations, counts, routine hours, the hotline number 1818, law article
numbers, public institutions (Policía Nacional, Fiscalía, DEMUNA, Migraciones, OIM).

Written by an outside test-data writer who read only LABELS.md, make_dev.py and
make_heldout.py; annotation follows make_dev.py's conventions (every PII occurrence marked,
titles/articles outside PERSON spans, cue words outside ID/phone/plate spans). Every person,
number, account, handle, plate, business and address here is invented.

Run: python3 make_heldout60.py  (writes heldout60.jsonl next to it)
"""

CALLS = [
    (
        "h60-01",
        "es",
        """
O: línea dieciocho dieciocho contra la trata de personas buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita eh mire le llamo de [[LOCATION|aguas verdes]] yo soy mototaxista y quería contarle algo que estoy viendo ya varias semanas
O: claro señor lo escucho está en un lugar donde pueda hablar tranquilo
C: sí estoy en mi moto estoy parado lejos ya este mire yo hago carreras al mercado de la frontera y ahí hay un bar que se llama [[ORGANIZATION|la frontera de oro]] está en [[ADDRESS|el puesto del fondo al costado del cambista]] del que le dicen [[PERSON|cholo manuel]]
O: ajá un bar dentro del mercado y qué es lo que ha visto
C: que ahí tienen chibolas guá chiquitas de [[AGE|catorce quince años]] será las hacen atender a los clientes tomar con ellos y después los pasan al cuarto de atrás
O: cuántas chicas ha visto usted
C: cuatro eh no tres fijas son tres una le dicen la [[PERSON|flaca]] y otra se llama [[PERSON|yesenia]] esa me dijo que es de [[LOCATION|machala]] o sea ecuatoriana
O: le dijo algo más [[PERSON|yesenia]]
C: una vez la llevé en la moto a la farmacia con el señor que las cuida un tal don [[PERSON|beto]] don [[PERSON|beto ruiz]] y ella me dijo bajito que no le pagan que le deben no sé cuánto del pasaje
O: ese señor [[PERSON|beto]] es el dueño del bar
C: no no el dueño es otro es un gordo que vive en [[LOCATION|zarumilla]] le dicen el [[PERSON|tiburón]] yo lo he visto llegar en una camioneta plomo la placa es [[OTHER_ID|be seis ka dos nueve cuatro]]
O: a ver le repito la placa [[OTHER_ID|b6k doscientos noventa y cuatro]] es así
C: así es señorita y anoche a eso de las [[DATE_TIME|once y media]] trajeron otra chica nueva de [[LOCATION|huaquillas]] en esa misma camioneta
O: gracias señor lo que me cuenta puede ser trata con fines de explotación sexual y hay menores vamos a comunicarlo a la policía nacional y a la fiscalía me podría dar su nombre y un número por si necesitamos ubicarlo
C: ya pero que no salga mi nombre eh me llamo [[PERSON|wilmer]] [[PERSON|wilmer sernaqué]] y mi celular es el [[PHONE_NUMBER|nueve cuatro siete doce treinta y ocho cincuenta y seis]]
O: le repito [[PHONE_NUMBER|nueve cuatro siete uno dos tres ocho cinco seis]] correcto
C: correcto y mi moto es la [[OTHER_ID|cuatro cinco uno dos guion tres pe]] por si la policía me quiere ubicar en el paradero
O: perfecto señor [[PERSON|wilmer]] le pido que no se acerque al bar ni pregunte nada a las chicas si ve que las mueven vuelva a llamar al dieciocho dieciocho o al ciento cinco
C: ya señorita ahí cobran cincuenta soles por media hora dicen y las chicas no ven nada de esa plata
O: anotado la policía va a intervenir en las próximas horas muchas gracias por llamar
C: gracias a usted buenas noches
""",
    ),
    (
        "h60-02",
        "es",
        """
O: línea dieciocho dieciocho buenas tardes le escuchamos
C: buenas tardes disculpe señorita yo le estoy llamando desde [[LOCATION|ecuador]] desde [[LOCATION|santa rosa]] provincia de [[LOCATION|el oro]] es por mi hija
O: la escucho señora qué pasó con su hija
C: ella se fue para el [[LOCATION|perú]] a trabajar en un hotel de playa en [[LOCATION|máncora]] y ya no sé nada de ella ya van a ser tres semanas
O: cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|nayeli]] [[PERSON|nayeli ortiz cedeño]] tiene [[AGE|diecisiete]] recién cumple los [[AGE|dieciocho]] [[DATE_TIME|el veinte de diciembre]]
O: y con quién se fue
C: con una señora que le dicen mami [[PERSON|rosa]] mami [[PERSON|rosa]] [[PERSON|vilela]] creo es peruana la contactó por instagram la cuenta es [[OTHER_ID|arroba mancora punto staff punto hoteles]]
O: le repito [[OTHER_ID|arroba mancora punto staff punto hoteles]] es correcto
C: sí eso es le dijeron que era de recepcionista en el [[ORGANIZATION|hostal brisas del pacífico]] que le pagaban cuatrocientos dólares al mes con comida y cuarto
O: sabe dónde queda ese hostal
C: ella me dijo que es [[ADDRESS|la bajada a la playa las pocitas frente al grifo]] y que a ella la tienen en [[ADDRESS|el cuarto de arriba de la lavandería]] encerrada con otra chica
O: qué más le contó su hija
C: me mandó un audio llorando que no es de recepcionista que la hacen salir con los turistas que le quitaron la cédula y que le dicen que debe ochocientos dólares del pasaje y la ropa
O: tiene el número de cédula de su hija
C: sí acá lo tengo es [[ID_NUMBER|cero siete cero cuatro cinco seis ocho nueve uno dos]]
O: a ver se lo leo de dos en dos [[ID_NUMBER|cero siete cero cuatro cincuenta y seis ochenta y nueve doce]]
C: así mismo y el celular de ella es ecuatoriano [[PHONE_NUMBER|cero nueve nueve tres uno siete cuatro ocho dos seis]] pero ya no contesta desde [[DATE_TIME|el viernes]]
O: y usted cómo se llama señora y a qué número la podemos llamar
C: yo soy [[PERSON|gladys]] [[PERSON|gladys cedeño]] mi número es [[PHONE_NUMBER|más cinco nueve tres nueve ocho cuatro dos seis uno cero siete cinco]]
O: señora [[PERSON|gladys]] vamos a pasar esto a la policía nacional de [[LOCATION|máncora]] y a la fiscalía y también a migraciones y a la oim para la protección de su hija por ser extranjera y menor de edad
C: ay gracias señorita yo no tengo plata para ir hasta allá
O: no se preocupe la oim puede apoyar con el retorno y el consulado ecuatoriano también la vamos a llamar mañana para contarle cómo va
C: ya señorita dios le pague
""",
    ),
    (
        "h60-03",
        "es",
        """
O: línea dieciocho dieciocho buenos días en qué le podemos ayudar
C: aló buenos días eh mire señorita le llamo de [[LOCATION|sullana]] es que mi hijo se fue con un profesor de fútbol y ahora me dice que no lo dejan regresar
O: tranquila señora cuénteme cómo se llama su hijo y qué edad tiene
C: mi hijo es [[PERSON|ángel]] [[PERSON|ángel mogollón]] de [[AGE|quince años]] y se fue también su primo [[PERSON|kevin]] de [[AGE|dieciséis]] y otro churre del barrio [[PERSON|piero]] de [[AGE|catorce]]
O: tres chicos entonces y quién se los llevó
C: un señor que vino a la cancha del barrio a ver los partidos dijo que era captador de una academia la [[ORGANIZATION|academia deportiva cracks del norte]] que los iba a probar en un club grande allá en [[LOCATION|trujillo]] se llama [[PERSON|jhonatan]] pero le dicen el [[PERSON|pulpo]]
O: cuándo se fueron los chicos
C: se fueron el [[DATE_TIME|domingo veintitrés]] no no miento el [[DATE_TIME|sábado veintidós]] en la noche en el bus de las diez
O: y qué le ha dicho su hijo
C: que no hay ninguna academia que los tienen en [[LOCATION|el porvenir]] en [[ADDRESS|la casa de al costado de la cancha de tierra detrás del colegio]] y que los hacen llevar paquetes en moto de un sitio a otro y que si no quieren les pegan
O: entiendo señora eso es muy grave puede ser explotación de menores para cometer delitos le han pedido dinero a usted
C: sí pues el [[PERSON|pulpo]] me hizo yapear trescientos soles para el hospedaje al número [[PHONE_NUMBER|nueve cinco uno cuarenta y siete veintidós ochenta y tres]]
O: le repito [[PHONE_NUMBER|nueve cinco uno cuatro siete dos dos ocho tres]] y ese yape a nombre de quién salía
C: salía a nombre de [[PERSON|jhonatan p]] nada más y después me pidió otros quinientos a una cuenta del bcp la [[OTHER_ID|cuatro siete cinco treinta y ocho noventa y uno dos cero seis uno]]
O: a ver [[OTHER_ID|cuatro siete cinco tres ocho nueve uno dos cero seis uno]] correcto
C: sí correcto
O: al [[PERSON|pulpo]] usted lo conoce por otro nombre o apellido
C: no señorita ah pero en el facebook sale como [[OTHER_ID|pulpo scouting peru]] ahí sube fotos de los chicos con camisetas
O: tiene el número de su hijo
C: sí el celular de [[PERSON|ángel]] es [[PHONE_NUMBER|nueve ochenta y nueve doce cero cuatro cincuenta y siete]] pero a veces se lo quitan
O: señora vamos a avisar a la policía nacional de [[LOCATION|trujillo]] y a la fiscalía de familia y también a la demuna para que los chicos sean protegidos cómo se llama usted
C: [[PERSON|rosa elvira mogollón]] mi dni es [[ID_NUMBER|cuatro dos ocho uno seis siete tres nueve]]
O: gracias señora [[PERSON|rosa elvira]] la llamamos en la tarde no vuelva a mandar plata a nadie
C: ya señorita gracias que me traigan a mi hijo por favor
""",
    ),
    (
        "h60-04",
        "es",
        """
O: línea dieciocho dieciocho contra la trata buenas tardes
C: buenas tardes mire yo soy químico farmacéutica tengo una botica en [[LOCATION|pítipo]] cerca de [[LOCATION|ferreñafe]] acá en [[LOCATION|lambayeque]] y quería consultar algo que me tiene preocupada
O: claro la escucho
C: vienen a mi botica unos muchachitos que trabajan en los arrozales del fundo [[ORGANIZATION|agrícola la esperanza del norte]] son de la sierra de [[LOCATION|cajamarca]] de [[LOCATION|cutervo]] y vienen con las manos llagadas con hongos en los pies y no tienen ni para las pastillas
O: cuántos chicos serán más o menos
C: a mi botica han venido unos seis pero dicen que en el campamento son como veinte uno de ellos se llama [[PERSON|segundo]] [[PERSON|segundo huamán]] dice que tiene [[AGE|dieciséis]] pero se ve de [[AGE|catorce]]
O: qué le han contado
C: que un enganchador los trajo en una combi les dijo que iban a ganar cincuenta soles diarios y les pagan quince porque les descuentan la comida y el pasaje y les tiene guardado el dni a todos le dicen el [[PERSON|cuervo]] el señor [[PERSON|cuervo]] se apellida [[PERSON|carrasco]] creo
O: sabe dónde está el campamento
C: es [[ADDRESS|el galpón de calamina pasando el molino de arroz a la mano izquierda del canal]] ahí duermen en el suelo trabajan de cinco de la mañana a siete de la noche
O: ha visto algún vehículo
C: sí la combi blanca que los recoge placa [[OTHER_ID|eme uno te quinientos ochenta y tres]]
O: le repito [[OTHER_ID|m1t quinientos ochenta y tres]]
C: exacto y [[PERSON|segundo]] me dejó una fotocopia de su dni para que le guarde dice porque el original lo tiene el [[PERSON|cuervo]]
O: puede leerme el número
C: sí [[ID_NUMBER|siete tres cero nueve cuatro uno cinco ocho]]
O: le repito de dos en dos [[ID_NUMBER|setenta y tres cero nueve cuarenta y uno cincuenta y ocho]]
C: así es
O: lo que usted describe puede ser trata con fines de explotación laboral y hay menores el trabajo forzoso también está en el artículo ciento sesenta y ocho b del código penal vamos a informar a la fiscalía y a la policía nacional y también a la sunafil su nombre por favor
C: [[PERSON|maribel]] [[PERSON|maribel santisteban]] mi botica se llama [[ORGANIZATION|botica san judas tadeo]] está en la [[ADDRESS|calle real frente a la plaza]] mi celular es [[PHONE_NUMBER|nueve siete nueve treinta y tres cero ocho sesenta y uno]]
O: [[PHONE_NUMBER|nueve siete nueve tres tres cero ocho seis uno]] gracias señora [[PERSON|maribel]]
C: gracias a usted señorita
""",
    ),
    (
        "h60-05",
        "es",
        """
O: línea dieciocho dieciocho contra la trata de personas buenas noches
C: aló oiga buenas noches eh yo trabajo de estibador en el desembarcadero de [[LOCATION|talara]] y quería avisar de unos churres que están trabajando en las lanchas
O: lo escucho señor desde dónde llama
C: de acá del terminal pesquero pues estoy saliendo de turno mire hay una lancha amarilla que siempre amarra en [[ADDRESS|el tercer amarradero del muelle chico al costado de la caseta de hielo]] y lleva chibolos de [[AGE|doce]] [[AGE|trece años]] a la pesca
O: cuántos niños ha visto y sabe cómo se llaman
C: son tres cuatro uno es [[PERSON|jefferson]] de [[AGE|trece]] otro [[PERSON|luchito]] que tiene [[AGE|doce]] nomás y uno más grandecito que le dicen [[PERSON|camarón]] de [[AGE|quince]] dicen que los traen de [[LOCATION|sechura]] y de [[LOCATION|paita]]
O: y qué pasa con ellos en la lancha
C: salen a las cuatro de la mañana y regresan a los tres días cuatro días los tienen jalando la red y durmiendo en la bodega con el pescado les dan veinte soles por marea y a veces ni eso y el patrón les pega
O: quién es el patrón o el dueño de la lancha
C: el armador es don [[PERSON|pancho ayala]] pero el que va en la lancha es su sobrino le dicen [[PERSON|gringo]] [[PERSON|gringo]] [[PERSON|ayala]] también
O: tiene la matrícula de la embarcación
C: sí está pintada al costado [[OTHER_ID|pe te guion cuatro seis uno ocho guion be eme]]
O: le repito [[OTHER_ID|pt cuatro seis uno ocho bm]] correcto
C: correcto esa es y anoche no mentira antenoche el [[DATE_TIME|martes]] como a las [[DATE_TIME|diez de la noche]] el [[PERSON|luchito]] se cayó al agua y lo sacaron y al toque lo volvieron a subir llorando
O: qué terrible gracias por avisarnos los niños no pueden trabajar en la pesca y menos así vamos a comunicar a la policía nacional a la capitanía de puerto y a la fiscalía de familia sabe cuándo vuelve a salir la lancha
C: dicen que sale el [[DATE_TIME|jueves]] de madrugada
O: me puede dejar un número para que la policía lo contacte no es necesario su nombre
C: ya anote [[PHONE_NUMBER|nueve sesenta y dos once ochenta cuarenta y siete]]
O: [[PHONE_NUMBER|nueve seis dos uno uno ocho cero cuatro siete]] así es
C: así es y si quiere puede preguntar por mí en la [[ORGANIZATION|cevichería el cachalote]] que está a la entrada del terminal ahí me conocen como [[PERSON|chema]]
O: muy bien señor [[PERSON|chema]] no se exponga nosotros coordinamos y lo llamamos mañana
C: ya gracias señorita
""",
    ),
    (
        "h60-06",
        "es",
        """
O: Línea 1818 contra la trata de personas, buenas noches. ¿En qué la puedo ayudar?
C: Aló, buenas noches. Qué pena con usted, ¿sí me escucha? Es que estoy hablando pasito.
O: Sí, la escucho bien. ¿Está en un lugar seguro?
C: Estoy en el baño. Mire, yo soy colombiana, de [[LOCATION|Cali]]. Me trajeron acá a [[LOCATION|Sullana]] hace como dos meses diciéndome que era para trabajar de modelo de impulso en ferias, y me tienen en un night club.
O: Entiendo. ¿Sabe cómo se llama el local o dónde queda?
C: Se llama [[ORGANIZATION|Tropicana Night Club]], queda en [[ADDRESS|la carretera a Tambogrande, pasando el grifo Primax, el local con luces moradas]]. Nosotras dormimos en [[ADDRESS|los cuartos de atrás, al lado de la cochera]].
O: ¿Cuántas mujeres están con usted?
C: Somos seis. Cuatro colombianas y dos venezolanas. Está mi amiga [[PERSON|Yuli]], [[PERSON|Yulieth Ramos]], que tiene [[AGE|19]], y hay una pelada que dice que tiene [[AGE|17]] pero yo creo que es menor, le dicen [[PERSON|Muñeca]].
O: ¿Cómo llegaron hasta aquí?
C: Nos contactó una muchacha por Instagram, la cuenta es [[OTHER_ID|@agencia.sol.de.piura]]. Entramos por [[LOCATION|Ecuador]], por [[LOCATION|Huaquillas]], y en [[LOCATION|Tumbes]] nos recogió un señor que le dicen el [[PERSON|Paisa]]. Llegamos [[DATE_TIME|el 4 de febrero]]. Ahí la señora [[PERSON|Estela]] nos quitó los pasaportes y dice que le debemos 1.500 dólares a cada una.
O: Esa deuda no es legal. Usted no ha cometido ningún delito. ¿Me puede decir su nombre?
C: [[PERSON|Karen Vanessa Vargas]]. Mi cédula es [[ID_NUMBER|1.144.052.873]] y el pasaporte, me acuerdo del número, es [[ID_NUMBER|AR451209]].
O: Gracias, [[PERSON|Karen]]. ¿Tiene un número donde le podamos escribir?
C: Mi WhatsApp es colombiano, [[PHONE_NUMBER|+57 315 482 9061]]. Pero escríbame, no me llame, que la señora [[PERSON|Estela]] revisa los celulares. O escríbale a mi hermana, ella está en [[LOCATION|Colombia]], su correo es [[EMAIL_ADDRESS|lina.vargas.cali@hotmail.com]].
O: Le repito: [[PHONE_NUMBER|+57 315 482 9061]], solo mensajes. ¿Es correcto?
C: Sí, señorita. Ay, es que tengo miedo. El [[PERSON|Paisa]] dice que si vamos a la policía nos deportan.
O: Eso no es así. Esto es trata de personas, está en el artículo 129-A del Código Penal, y ustedes son víctimas. Vamos a coordinar ahora con la Policía Nacional y la Fiscalía de [[LOCATION|Sullana]], y después con la OIM y Migraciones para que las protejan y les devuelvan los documentos.
C: ¿Y hoy vienen? Los sábados cierran a las 4 de la mañana.
O: Vamos a pedir la intervención lo antes posible. Quédense juntas si pueden, y si la policía llega diga que usted llamó al 1818.
C: Listo, mil gracias. Ya me tengo que ir.
""",
    ),
    (
        "h60-07",
        "es",
        """
O: Línea 1818 contra la trata de personas, buenas tardes.
C: Buenas tardes, señorita. Le hablo desde la frontera, desde el CEBAF de [[LOCATION|Zarumilla]]. Soy transportista, estoy en la cola de camiones para pasar a [[LOCATION|Ecuador]].
O: Dígame, señor, le escucho.
C: Mire, hace una hora se me acercó un tipo y me ofreció 200 dólares para llevar a dos chiquillas escondidas en la cabina de mi tráiler hasta [[LOCATION|Piura]]. Que sin papeles, que no pasen por Migraciones. Yo le dije que no, pero las chicas siguen ahí.
O: Hizo bien en llamar. ¿Dónde están las chicas ahora?
C: En una minivan gris parada en [[ADDRESS|la playa de estacionamiento de camiones, detrás de la garita de la SUNAT, al lado del puesto de jugos]]. La van tiene placa ecuatoriana, [[OTHER_ID|OBC-7215]].
O: Le repito: [[OTHER_ID|O B C 7215]]. ¿Correcto?
C: Correcto. Las chicas son ecuatorianas, se les nota. Una dijo que se llama [[PERSON|Dayanna]] y que tiene [[AGE|15]]; la otra es más chiquita, [[AGE|13]], [[AGE|14 años]] a lo mucho, no habla nada.
O: ¿Y el hombre que le hizo la oferta?
C: Le dicen [[PERSON|Chino]]. Es flaco, de gorra roja. Estaba conversando con el cambista de la esquina, uno que le dicen [[PERSON|Chalaco]], ese que cambia dólares frente a la [[ORGANIZATION|Farmacia Santa Rosa de Aguas Verdes]]. Me dio su número por si me animaba: [[PHONE_NUMBER|+593 96 281 4470]].
O: Ese número es ecuatoriano, ¿no? [[PHONE_NUMBER|096 281 4470]].
C: Sí, ecuatoriano. Y me dijo que en [[LOCATION|Piura]] las iba a recibir una señora, doña [[PERSON|Fela]]... o [[PERSON|Rafaela]], no sé, en un hotel de la [[ADDRESS|avenida Sánchez Cerro, el que está al costado del paradero de combis]].
O: Señor, esto puede ser trata de menores. Vamos a alertar ahora mismo a la Policía Nacional del CEBAF y a la Fiscalía de [[LOCATION|Tumbes]]. ¿Me da su nombre y los datos de su vehículo, por si los agentes quieren hablar con usted?
C: Sí, me llamo [[PERSON|Hernán Chunga Purizaca]], DNI [[ID_NUMBER|02874519]]. Trabajo para [[ORGANIZATION|Transportes Nor Pacífico]], el tráiler es blanco con la cabina azul, placa [[OTHER_ID|T4R-917]].
O: Gracias, señor [[PERSON|Chunga]]. ¿Un teléfono?
C: [[PHONE_NUMBER|968 204 771]]. Llevo cuatro horas en la cola, voy a estar aquí hasta la noche seguro.
O: Perfecto. No se acerque a la van ni al señor de la gorra. Si la van se mueve, llámenos al 1818 o al 105 y díganos hacia dónde va.
C: Ya, señorita. Ojalá lleguen rápido. Eran las [[DATE_TIME|3 y 20]] cuando me habló el tipo.
O: Anotado. Gracias por su llamada, señor [[PERSON|Hernán]].
""",
    ),
    (
        "h60-08",
        "en",
        """
O: Hello, you've reached the 1818 anti-trafficking line. How can I help you?
C: Hi, sorry, do you speak English? My Spanish isn't great.
O: Yes, I can help you in English. Go ahead.
C: Okay. So, I'm working as a receptionist at a surf hostel in [[LOCATION|Máncora]], the [[ORGANIZATION|Punta Sal Surf Lodge]], it's a volunteer thing, work for accommodation. And I think something really bad is going on here.
O: I'm listening. Are you somewhere safe to talk?
C: Yeah, I'm on the beach, nobody's around. There's a guest, a Canadian guy, [[PERSON|Derek]], [[PERSON|Derek Holloway]]. He's been here two weeks, paying like $80 a night in cash, and he has local girls coming to his room. Young girls. Like, really young.
O: How young do you think they are?
C: One of them told me her name was [[PERSON|Milagros]]. She said she was [[AGE|fourteen]]. Another one, her friend, they call her [[PERSON|Flaca]], maybe [[AGE|fifteen]]. They come in with a mototaxi driver, same one every time, I think his name is [[PERSON|Jairo]].
O: Which room is he staying in?
C: [[ADDRESS|Room 7]], it's [[ADDRESS|the room above the reception]], at the end of the wooden stairs. And when I told the manager, Mr. [[PERSON|Palacios]], he told me to mind my own business and that the guy is a good client.
O: Thank you. Do you have any details of the guest from the check-in?
C: I do, I took a photo of the passport. The number is [[ID_NUMBER|GA483920]]. And the booking e-mail is [[EMAIL_ADDRESS|derek.h.travels@protonmail.com]].
O: Let me read that back: [[ID_NUMBER|G-A-4-8-3-9-2-0]], and [[EMAIL_ADDRESS|derek dot h dot travels at protonmail dot com]].
C: That's right. Also, the mototaxi, it's red, and the plate is [[OTHER_ID|2291-4P]], I wrote it down on [[DATE_TIME|Thursday night]] when they dropped [[PERSON|Milagros]] off around [[DATE_TIME|11]].
O: This is very important information. Sexual exploitation of children is a serious crime in [[LOCATION|Peru]] and we'll pass this to the Policía Nacional and the Fiscalía today. Can I take your name and a contact number?
C: [[PERSON|Sophie]]. [[PERSON|Sophie Brennan]]. My Peruvian number is [[PHONE_NUMBER|+51 944 318 207]]. But please, I don't want [[PERSON|Palacios]] to know it was me, I need this place to stay for another month.
O: Your identity will be protected. Please don't confront the guest or the manager. If the girls come back tonight, call us again or call 105.
C: Okay. He said he's checking out on [[DATE_TIME|Sunday the 16th]], so there isn't much time.
O: Understood, I'm marking it as urgent. Thank you, [[PERSON|Sophie]]. Someone will call you back within 24 hours.
C: Thanks. Bye.
""",
    ),
    (
        "h60-09",
        "en",
        """
O: 1818 anti-trafficking hotline, good morning. How can I help?
C: Good morning. My name is [[PERSON|Rachel Okafor]], I'm a social compliance auditor. I was at a shrimp farm near [[LOCATION|Zorritos]], in [[LOCATION|Tumbes]], yesterday and I want to report what I saw. I'm not sure if it counts as trafficking.
O: Thank you for calling, Ms. [[PERSON|Okafor]]. Please tell me what you saw.
C: The farm is [[ORGANIZATION|Langostinera Bahía Azul]]. Officially everything looks fine, but at [[ADDRESS|the pumping station at the end of the dirt road, past the mangrove boardwalk]] there's a camp nobody showed us. About thirty workers live in two containers. Mostly Venezuelans and Ecuadorians.
O: Did you speak with any of them?
C: With two. A man called [[PERSON|Wilson]], [[PERSON|Wilson Arteaga]], he's [[AGE|34]], from [[LOCATION|Venezuela]]. And a woman, [[PERSON|Carmen]], about [[AGE|50]], who cooks for them. Her son is there too, [[PERSON|Junior]], he's [[AGE|16]] and works the night harvest.
O: What did they tell you about their conditions?
C: Their passports are kept in the office "for safekeeping". They work 14-hour shifts, seven days a week, and they're paid $1.20 per kilo, but the supervisor deducts rent, food and a transport debt, so most weeks they get nothing. The supervisor is a man called [[PERSON|Tito Benites]]. They say he threatens to call Migraciones if anyone complains.
O: Do you know where their wages are paid?
C: [[PERSON|Wilson]] showed me. The farm pays into an account at Caja Sullana that's in [[PERSON|Benites]]'s name, not the workers'. The account number is [[OTHER_ID|106-42-2087315]]. [[PERSON|Wilson]] has a screenshot.
O: I'll read that back: [[OTHER_ID|1 0 6, 4 2, 2 0 8 7 3 1 5]].
C: Correct. And [[PERSON|Wilson]]'s passport number, he gave it to me in case it helps: [[ID_NUMBER|148726305]].
O: Thank you. What you describe — document retention, debt, threats, a minor working nights — are strong indicators of forced labour and possibly trafficking under article 129-A of the Peruvian Penal Code. We'll refer it to the Fiscalía, the labour inspectorate and IOM. Does [[PERSON|Wilson]] have a phone?
C: Yes, a Venezuelan number with WhatsApp, [[PHONE_NUMBER|+58 412 603 1189]]. He asked to be contacted only after 8 p.m., when the supervisor leaves.
O: Noted. And how can we reach you?
C: My e-mail is [[EMAIL_ADDRESS|r.okafor@ethiqa-audits.com]], and my mobile is [[PHONE_NUMBER|+44 7700 914 362]]. I'm flying back to [[LOCATION|Lima]] on [[DATE_TIME|Friday]].
O: Thank you, Ms. [[PERSON|Okafor]]. We'll open a case today and follow up by e-mail. Please don't share this with the company until the authorities act.
C: Understood. Thank you.
""",
    ),
    (
        "h60-10",
        "pt",
        """
O: Línea 1818 contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Oi, boa noite. Desculpa, eu sou brasileira, falo português. Você me entende?
O: Sí, hablo un poco de portugués. Pode falar devagar.
C: Tá bom. Eu estou num hostel em [[LOCATION|Huanchaco]], perto de [[LOCATION|Trujillo]]. Eu viajava com a minha amiga [[PERSON|Bia]], [[PERSON|Beatriz Moura]], ela tem [[AGE|vinte anos]]. A gente conheceu um cara em [[LOCATION|Aguas Verdes]], um cambista, que troca dinheiro na rua.
O: Sí, entiendo. ¿Qué pasó con su amiga?
C: Ele ofereceu trabalho pra ela num hotel em [[LOCATION|Tumbes]], de recepcionista, mil reais por semana. Ela foi com ele [[DATE_TIME|no dia 12]]. Agora ela me mandou mensagem dizendo que não é hotel, é um bar, que tiraram o passaporte dela e que ela tem que sair com os clientes.
O: ¿Sabe el nombre del hombre o del bar?
C: O cambista se chama [[PERSON|Toninho]]... não, é o apelido, o nome é [[PERSON|Antonio]], [[PERSON|Antonio Zapata]]. O bar é o [[ORGANIZATION|Bar Copacabana]], ela disse que fica [[ADDRESS|em cima de uma loja de celulares, atrás do mercado, na rua do ponto de mototáxis]].
O: ¿Tiene el número de teléfono de su amiga?
C: Tenho, é brasileiro: [[PHONE_NUMBER|+55 21 98476-3120]]. E o número do [[PERSON|Toninho]] é peruano, [[PHONE_NUMBER|nove sete dois, cinco oito um, quatro zero três]].
O: Le repito: [[PHONE_NUMBER|972 581 403]]. ¿Correcto?
C: Isso. O Instagram dela é [[OTHER_ID|@bia.mochileira]], ela postou uma foto do bar três dias atrás e depois apagou.
O: ¿Y el pasaporte de su amiga, sabe el número?
C: Eu tenho uma foto. É [[ID_NUMBER|FX582041]]. E o CPF dela é [[ID_NUMBER|418.273.965-20]].
O: Gracias. Esto puede ser trata de personas con fines de explotación sexual. Vamos a avisar a la Policía Nacional y a la Fiscalía de [[LOCATION|Tumbes]], y también al consulado brasileño y a la OIM. ¿Cómo se llama usted?
C: [[PERSON|Larissa]]. [[PERSON|Larissa Fontes]]. Meu WhatsApp é [[PHONE_NUMBER|+55 21 99132-6478]] e meu e-mail [[EMAIL_ADDRESS|larissa.fontes@uol.com.br]].
O: Gracias, [[PERSON|Larissa]]. No vaya sola a [[LOCATION|Tumbes]] ni le escriba al señor [[PERSON|Zapata]]. Si [[PERSON|Beatriz]] le escribe, pídale que diga dónde está exactamente y llámenos al 1818.
C: Tá bom. Obrigada, de verdade. Ela tá com muito medo.
O: La llamaremos mañana en la mañana. Buenas noches.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h60-", "heldout60.jsonl")
