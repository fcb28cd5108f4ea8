# ruff: noqa: E501, RUF100
"""Held-out set h33: ten fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py (annotation conventions) and make_heldout.py (markup and
write_set); no redactor code, tests, data or results were seen.

Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (fillers,
self-corrections, repetitions, numbers in words, digits one by one or in pairs, a number
split across turns); two cased, punctuated Spanish calls; one English call; one Brazilian
Portuguese call; one Venezuelan Spanish call; one Andean Spanish call with Quechua words;
one call from a Peruvian woman abroad (Buenos Aires).

All people, phone numbers, IDs, addresses, plates, accounts, e-mails, handles and
businesses are invented; towns, districts and regions are real. Conventions follow
make_dev.py: titles/articles outside PERSON spans, cue words ("DNI", "placa") outside
ID/plate/phone spans, AGE with its unit when said, DATE_TIME with its article, street
names without the preceding article but descriptive places with it, nationality adjectives,
public institutions, money, durations, counts, article numbers, the hotline number
(0800-2-3232) and 105 left unmarked.

Run: python3 make_heldout33.py  (writes heldout33.jsonl next to make_heldout.py)
"""

CALLS = []

# ------------------------------------------------- lowercase Whisper-style ----

CALLS.append(
    (
        "h33-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches le saluda la operadora en qué le puedo ayudar
C: aló señorita buenas noches eh llamo llamo por mi hija que se ha ido se ha ido con un chico que conoció por internet
O: ya señora tranquila cuénteme cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|milagros]] [[PERSON|milagros del pilar huamán vega]] tiene [[AGE|quince]] no perdón [[AGE|dieciséis años]] recién cumplió el mes pasado
O: ya y desde cuándo no sabe de ella
C: desde [[DATE_TIME|el sábado]] salió como a [[DATE_TIME|las siete de la mañana]] diciendo que iba a hacer un trabajo donde su amiga [[PERSON|yesenia]] y ya no volvió llevaba su casaca rosa y su mochila nomás
O: y quién es el chico que usted dice
C: es un chico que le habla por tiktok señorita dice que se llama [[PERSON|brayan]] pero no sé si será su nombre de verdad la cuenta es [[OTHER_ID|arroba brayan guion bajo love dos mil siete]]
O: [[OTHER_ID|arroba brayan guion bajo love dos mil siete]] ya lo anoto usted ha visto los mensajes
C: sí su hermanito me enseñó en la tablet ahí él le decía mi amor vente a [[LOCATION|trujillo]] que acá te doy todo que vas a trabajar en una tienda conmigo y que no le diga nada a la vieja o sea a mí
O: le mandó dinero o pasajes
C: sí le mandó cincuenta soles por yape para el pasaje y el número de donde le yapeó es el [[PHONE_NUMBER|nueve cuatro ocho cinco uno]]
O: ajá [[PHONE_NUMBER|nueve cuatro ocho cinco uno]] y
C: [[PHONE_NUMBER|tres seis siete dos]] ese es y sale a nombre de otra persona de una tal [[PERSON|kiara]]
O: o sea [[PHONE_NUMBER|nueve cuatro ocho cinco uno tres seis siete dos]] correcto
C: correcto sí
O: señora dónde viven ustedes
C: en [[LOCATION|nuevo chimbote]] en el [[ADDRESS|pueblo joven los cedros manzana ce lote veintidós]] a la espalda del colegio
O: ya y su hija tiene celular
C: tenía pero lo dejó acá lo dejó en la cama con el chip sacado por eso eso es lo que más me asusta señorita
O: me dice que él la invitó a [[LOCATION|trujillo]] sabe a qué parte
C: en los mensajes dice [[LOCATION|alto trujillo]] que ahí él vive en [[ADDRESS|el barrio cuatro al frente de la cancha de tierra la casa que tiene el portón guinda]] y que trabaja en una discoteca en la noche
O: su hija tiene dni me puede dar el número
C: sí acá tengo la copia es [[ID_NUMBER|setenta y dos cuarenta y uno ochenta y ocho cero nueve]]
O: le repito [[ID_NUMBER|siete dos cuatro uno ocho ocho cero nueve]]
C: así es
O: señora ha puesto la denuncia por desaparición
C: fui a la comisaría de [[LOCATION|buenos aires]] y me dijeron que espere veinticuatro horas que seguro se fue con el enamorado que ya va a volver
O: eso no es así la denuncia por desaparición de una menor se recibe de inmediato no tiene que esperar nada vamos a pasar el caso a la policía y a la fiscalía de [[LOCATION|santa]] y también a la división de trata en [[LOCATION|la libertad]]
C: ay gracias señorita gracias yo ya no sé qué hacer he llorado toda la noche
O: cómo se llama usted y a qué número la llamamos
C: me llamo [[PERSON|haydée vega rodríguez]] mi celular no tiene saldo mejor a mi fijo [[PHONE_NUMBER|cero cuatro tres treinta y cinco veintiuno cuarenta]]
O: perfecto señora [[PERSON|haydée]] anote también el número de la línea es gratuito cero ochocientos dos treinta y dos treinta y dos y si su hija aparece o la llama avísenos enseguida o si ve peligro marque al ciento cinco
C: ya ya lo anoté cero ochocientos dos treinta y dos treinta y dos
O: y por favor guarde la tablet no borre nada esos mensajes son pruebas
C: sí no voy a borrar nada dios quiera que la encuentren es mi única hija
O: la vamos a llamar mañana temprano señora [[PERSON|haydée]] no está sola
""",
    )
)

CALLS.append(
    (
        "h33-lower-es-02",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches mire yo soy taxista trabajo con aplicativo y anoche llevé a un pasajero que no sé me dejó con mal presentimiento
O: gracias por llamar señor cuénteme qué pasó
C: a ver eh me salió un servicio como a [[DATE_TIME|las once y cuarto de la noche]] en [[LOCATION|carabayllo]] en [[ADDRESS|el paradero del kilómetro veintidós de la túpac amaru]] ahí subió un señor con dos chiquitas
O: qué edad tendrían las chicas
C: chiquitas pues unos [[AGE|catorce]] [[AGE|quince años]] máximo y el señor tendrá unos [[AGE|cuarenta y tantos]] gordo con gorrita
O: y qué le llamó la atención
C: que las chicas no hablaban nada y una lloraba calladita y él les quitó los celulares apenas subieron y les decía que eran sus sobrinas que iban a trabajar cuidando a una señora en [[LOCATION|lurín]] pero a esa hora señorita a trabajar
O: escuchó algún nombre
C: a una le dijo [[PERSON|flor]] [[PERSON|flor]] quédate quieta así le dijo y la otra me preguntó a mí bajito si ya estábamos en [[LOCATION|lima]] que ellas venían de [[LOCATION|pucallpa]] que habían llegado en bus ese día
O: y a él cómo le decían
C: él contestó el teléfono y dijo aló sí habla el tío [[PERSON|cucho]] ya estoy llegando con las dos encomiendas así dijo encomiendas
O: a dónde las llevó exactamente
C: el destino estaba puesto en [[LOCATION|lurín]] pero me hizo seguir más allá pasando el puente entramos por una trocha de tierra a mano izquierda y era [[ADDRESS|un portón verde con alambre de púas el tercer lote después de la granja de pollos]] ahí había un carro esperando
O: vio la placa de ese carro
C: sí porque me alumbró con las luces es un station wagon plomo la placa [[OTHER_ID|a ocho ere nueve uno dos]] [[OTHER_ID|a ocho ere guion nueve uno dos]]
O: [[OTHER_ID|a ocho ere guion nueve uno dos]] ya
C: y el pasajero tiene que estar registrado en el aplicativo porque pidió el servicio con su número sale [[PHONE_NUMBER|más cincuenta y uno nueve siete cero cuatro cuatro dos]]
O: un momento que anoto
C: [[PHONE_NUMBER|seis uno nueve]] eso es todo el número y el nombre en la aplicación sale [[PERSON|r castañeda]] nomás
O: [[PHONE_NUMBER|más cincuenta y uno nueve siete cero cuatro cuatro dos seis uno nueve]] perfecto y cuánto le pagó
C: treinta y cinco soles en efectivo y me dio diez más y me dijo tú no has visto nada compadre eso es lo que me dejó pensando toda la noche
O: hizo muy bien en llamar usted recuerda qué día fue exactamente
C: fue [[DATE_TIME|el jueves veintisiete]] anoche pues el viaje duró como una hora y cuarenta minutos
O: señor me puede dar sus datos quedan reservados
C: ya mi nombre es [[PERSON|wilber ccori]] [[PERSON|ccori]] con dos ce [[PERSON|ce ce o ere i]] mi dni es [[ID_NUMBER|cuarenta y cuatro cero dos diecinueve setenta y tres]]
O: y su celular
C: [[PHONE_NUMBER|nueve uno dos sesenta y uno cero cuatro ochenta y tres]]
O: gracias señor [[PERSON|wilber]] lo que me describe puede ser un caso de trata de menores la captación y el traslado están en el artículo ciento cincuenta y tres del código penal voy a pasar ahora mismo la información a la policía para que vayan a ese lote
C: ya señorita pero que no sepan que fui yo porque ese señor tiene mi placa también
O: su identidad es reservada si él lo vuelve a contactar no acepte el servicio y llámenos al cero ochocientos dos treinta y dos treinta y dos o al ciento cinco
C: ya está bien y otra cosa en el carro quedó una pulserita de hilo de una de las chiquitas la tengo guardada
O: guárdela en una bolsa sin tocarla mucho puede servir a la policía lo llamamos hoy en la tarde
C: gracias señorita ojalá lleguen a tiempo
""",
    )
)

CALLS.append(
    (
        "h33-lower-es-03",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita disculpe que le moleste llamo por mi nieto mi nieto lo tienen vendiendo droga unos muchachos
O: no es ninguna molestia señora para eso estamos cómo se llama su nieto
C: [[PERSON|jhon franco]] [[PERSON|jhon franco quispe sulca]] pero le decimos [[PERSON|chiquito]] tiene [[AGE|trece años]] nomás [[AGE|trece]]
O: dónde viven ustedes
C: en [[LOCATION|huaycán]] en [[LOCATION|ate]] en la [[ADDRESS|zona ere u ce uve doscientos diez lote cinco]] yo vivo con él y con su hermanita su mamá está trabajando en [[LOCATION|arequipa]]
O: qué es lo que le obligan a hacer
C: lo mandan a vender en [[ADDRESS|la losa deportiva de la zona jota al costado de la capilla]] en las noches le dan bolsitas y tiene que entregar la plata le dan veinte soles nomás y si falta algo le pegan el otro día llegó con el ojo morado
O: quién lo manda sabe el nombre
C: le dicen el [[PERSON|gringo]] no es gringo pues es morenito pero así le dicen y su verdadero nombre creo que es [[PERSON|renzo]] [[PERSON|renzo taipe]] él anda en una moto roja
O: tiene la placa de la moto
C: sí mi vecina la anotó es [[OTHER_ID|cuatro ocho nueve uno i ce]] [[OTHER_ID|cuatro mil ochocientos noventa y uno i ce]]
O: y dónde se reúnen ellos
C: en [[ADDRESS|la casa de dos pisos sin tarrajear la que tiene la puerta de calamina azul a la espalda del mercadito de la zona jota]] ahí guardan todo dicen que ahí también tienen a otros chicos más chicos de [[AGE|diez]] [[AGE|once años]]
O: su nieto ha querido dejar de hacerlo
C: sí llora me dice abuelita ya no quiero pero dice que si se sale el [[PERSON|gringo]] va a hacerle algo a su hermanita a la [[PERSON|luz clarita]] que tiene [[AGE|ocho añitos]] y ya no va al colegio tampoco
O: en qué colegio estudiaba
C: en la [[ORGANIZATION|institución educativa los jazmines de huaycán]] en primero de secundaria la profesora [[PERSON|noemí]] vino a preguntar por qué faltaba
O: señora esto que me cuenta es muy grave su nieto es una víctima lo están explotando para cometer delitos eso también es trata no es un delincuente
C: eso mismo le digo yo a la gente que lo mira mal
O: cómo se llama usted
C: [[PERSON|teodora sulca]] [[PERSON|teodora sulca de quispe]]
O: y tiene un número señora [[PERSON|teodora]]
C: sí es el [[PHONE_NUMBER|nueve setenta y tres dieciocho cuarenta y dos sesenta]] o sea [[PHONE_NUMBER|nueve siete tres uno ocho cuatro dos seis cero]]
O: ya lo tengo vamos a derivar el caso a la fiscalía de familia y a la policía especializada y también a un centro de emergencia mujer para que los apoyen a los dos niños
C: pero que no vengan patrulleros a la casa porque me van a quemar la casa esa gente
O: entiendo le voy a pedir a la policía que actúen con discreción y que la contacten primero por teléfono usted a qué hora puede hablar tranquila
C: en las mañanas cuando él está durmiendo porque llega a las tres cuatro de la mañana
O: muy bien la llamamos mañana en la mañana y si esta noche lo ve en peligro llame al ciento cinco o aquí al cero ochocientos dos treinta y dos treinta y dos
C: gracias mamita que dios le bendiga
""",
    )
)

# ------------------------------------------------------- cased Spanish ----

CALLS.append(
    (
        "h33-es-cased-01",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, señorita. Le llamo desde [[LOCATION|Ica]], de un fundo. Somos varios trabajadores y no nos pagan, ya van tres quincenas.
O: Entiendo. ¿Me puede decir su nombre? Si prefiere reservarlo, no hay problema.
C: Sí, no hay problema. Soy [[PERSON|Elmer Ñaupari Huamaní]], vengo de [[LOCATION|Lircay]], [[LOCATION|Huancavelica]]. Mi DNI es [[ID_NUMBER|43 870 215]].
O: Gracias, señor [[PERSON|Elmer]]. ¿Para qué empresa trabajan?
C: El fundo es de la [[ORGANIZATION|Agroexportadora Sol de Pachacútec S.A.C.]], pero a nosotros nos contrató una service, [[ORGANIZATION|Servicios Generales J&M Ramos E.I.R.L.]] El dueño de la service es el señor [[PERSON|Javier Ramos Tello]], le dicen el [[PERSON|Zorro]].
O: ¿Qué les prometieron cuando los contrataron?
C: Cincuenta y cinco soles diarios, con almuerzo y cuarto. Nos trajeron en bus desde [[LOCATION|Lircay]] y [[LOCATION|Acobamba]], unos cuarenta, [[DATE_TIME|el 3 de enero]]. Dijeron que pagaban cada quince días en la cuenta sueldo.
O: ¿Y qué ha pasado con el pago?
C: La primera quincena nos pagaron la mitad. Después, nada. Dicen que descuentan el pasaje, el cuarto, las herramientas, hasta los guantes. A mí me dicen que todavía debo 380 soles. Yo tengo la cuenta, mire, es la [[OTHER_ID|191-38475620-0-47]], y ahí no ha entrado ni un sol desde hace dos meses.
O: ¿Les han retenido documentos? ¿Pueden salir del fundo?
C: Los DNI los tiene el capataz, "para la planilla", dice. En la noche cierran el portón con candado y un vigilante con perro no deja salir. Solo los domingos nos sacan en grupo al mercado, y vuelven a contar.
O: ¿Dónde duermen?
C: En [[ADDRESS|los cuartos de esteras detrás del reservorio, el tercer módulo, el que tiene el techo de plástico azul]]. Dormimos doce en un cuarto, en el suelo.
O: ¿Me puede indicar dónde queda el fundo?
C: En [[LOCATION|Santiago]], provincia de [[LOCATION|Ica]]. Es en el [[ADDRESS|kilómetro 312 de la Panamericana Sur]], entrando por [[ADDRESS|la trocha que sale al costado del paradero Cruz Blanca, unos dos kilómetros hacia el cerro]]. El portón es grande, de color verde, y tiene el letrero de la empresa.
O: ¿Hay menores de edad trabajando?
C: Sí, hay dos chicas de [[AGE|16 años]], primas, [[PERSON|Yeny]] y [[PERSON|Rocío Taipe]]. Ellas trabajan en el empaque de noche, hasta las cuatro de la mañana. Y un muchacho, [[PERSON|Wilfredo]], que tiene [[AGE|quince]], carga las jabas.
O: ¿Ha habido maltrato o amenazas?
C: El [[PERSON|Zorro]] dijo que al que se queje lo denuncia por robo de uva. Y [[DATE_TIME|el martes 11]] a un compañero, [[PERSON|Lucio]], le pegaron porque pidió su plata para mandar a su familia.
O: Lo que usted describe puede ser trabajo forzoso y trata con fines de explotación laboral, que está en el artículo 153 del Código Penal, y además hay menores. No es legal retener DNI ni sueldos. ¿Conoce el RUC de la service o de la agroexportadora?
C: Tengo la boleta de la service: el RUC es [[ID_NUMBER|20604718932]].
O: Muy bien. ¿El bus en el que los trajeron sigue ahí?
C: Sí, es un bus blanco con franjas naranjas, de placa [[OTHER_ID|VAX-718]]. Está parado al lado de las oficinas.
O: Vamos a informar a la Policía Nacional, a la Fiscalía especializada en trata y a la Sunafil para que hagan una intervención. ¿A qué número lo podemos llamar?
C: A mi celular, [[PHONE_NUMBER|+51 956-203-718]]. Pero llámeme después de las siete, cuando salimos del campo, porque el capataz revisa.
O: Entendido: [[PHONE_NUMBER|956 203 718]], después de las siete de la noche. Y si encierran o golpean a alguien, llame de inmediato al 105 o a esta línea, el 0800-2-3232.
C: Ya, señorita. Muchas gracias. Aquí la gente tiene miedo, pero ya no se puede más.
O: Ustedes tienen derechos, señor [[PERSON|Elmer]]. Lo llamamos esta noche.
""",
    )
)

CALLS.append(
    (
        "h33-es-cased-02",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola... buenas noches. Estoy llamando del celular de una amiga. Quiero salir de la casa donde trabajo y no me dejan.
O: Te escucho. ¿Estás en un lugar seguro para hablar?
C: Sí, estoy en el parque con los perros de la señora. Tengo como diez minutos.
O: Está bien. ¿Cómo te llamas y cuántos años tienes?
C: Me llamo [[PERSON|Esperanza]], [[PERSON|Esperanza Chuquilín Vásquez]]. Tengo [[AGE|17]], cumplo [[AGE|18]] [[DATE_TIME|el 9 de agosto]].
O: ¿De dónde eres, [[PERSON|Esperanza]]?
C: De [[LOCATION|Celendín]], en [[LOCATION|Cajamarca]]. Me trajo una agencia, [[ORGANIZATION|Agencia de Empleos Manos Serviciales]], me dijeron que iba a estudiar en las tardes y ganar 900 soles.
O: ¿Y dónde estás trabajando ahora?
C: En [[LOCATION|Surco]], en la casa de la señora [[PERSON|Giuliana Ferrand]]. Es la [[ADDRESS|Calle Los Tulipanes 482, departamento 301]]... no, perdón, [[ADDRESS|302]], el del tercer piso. Es el edificio crema con rejas negras, [[ADDRESS|al frente del parque de los patos]].
O: ¿Te pagan lo que te prometieron?
C: No. Me dijo que me paga cuando cumpla el año, que ahorita me descuenta la agencia. Desde que llegué, [[DATE_TIME|el 20 de diciembre]], no he recibido nada. Trabajo desde las cinco y media hasta medianoche, cocino, limpio, cuido a los dos niños.
O: ¿Puedes salir de la casa? ¿Tienes tu DNI?
C: Solo salgo a pasear a los perros, media hora. El DNI me lo quitó la señora el primer día, lo guarda en su escritorio. Y duermo en [[ADDRESS|el cuarto de servicio de la azotea, al lado de la lavandería]], no tiene ventana.
O: ¿Alguien te ha hecho daño?
C: Me grita, me dice india, y una vez me tiró el plato porque la comida estaba fría. Y el señor, su esposo, entra al cuarto en la noche a "revisar", dice. Eso me da miedo.
O: Gracias por contármelo, no es tu culpa. Eres menor de edad y lo que pasa es grave: te quitaron el documento, no te pagan, y no puedes irte. Vamos a ayudarte. ¿De quién es este celular?
C: De mi amiga [[PERSON|Flor de María]], trabaja en la casa de al lado. Ella me dio el número de ustedes. Su número es [[PHONE_NUMBER|987 41 22 65]].
O: ¿Y tienes a alguien de tu familia en [[LOCATION|Celendín]] a quien podamos llamar?
C: A mi mamá, [[PERSON|Rosa Vásquez]]. Su celular es el [[PHONE_NUMBER|976 55 40 12]]. Ella no sabe nada, la señora no me deja llamarla.
O: ¿Tienes algún otro dato de la señora, un teléfono o correo?
C: El teléfono de la casa es [[PHONE_NUMBER|(01) 448-2317]]. Y su correo lo vi en unos papeles: [[EMAIL_ADDRESS|g.ferrand.arq@gmail.com]].
O: Muy bien. Lo que vamos a hacer es comunicar a la Fiscalía de Familia y a la Policía para que vayan a la casa y te lleven a un lugar seguro, un albergue del Ministerio de la Mujer, mientras ubicamos a tu mamá. ¿Estás de acuerdo?
C: Sí. ¿Pero hoy mismo? Mañana es [[DATE_TIME|sábado]] y la señora se va a la playa con los niños, a [[LOCATION|Asia]].
O: Si se van mañana, ¿te quedas sola en la casa?
C: Con el señor. Por eso... por eso llamo hoy.
O: Entonces lo coordinamos esta misma noche. Cuando lleguen, di que llamaste a la línea. Si pasa algo antes, llama al 105 o aquí, al 0800-2-3232, es gratis.
C: Ya. Gracias. Mi abuelita siempre decía que no hay que perder la esperanza.
O: Tenía razón, [[PERSON|Esperanza]]. Regresa con los perros con calma y no le cuentes a nadie de la casa. Vamos a llamar a [[PERSON|Flor]] en media hora para confirmarte.
""",
    )
)

# ------------------------------------------------------------- English ----

CALLS.append(
    (
        "h33-en-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, good evening, sorry, do you speak English? I got this number from a poster at the port.
O: Yes, I can help you in English. What's happening?
C: I'm on a riverboat going from [[LOCATION|Pucallpa]] down to [[LOCATION|Iquitos]]. The boat's called the [[ADDRESS|Gloria del Ucayali II]]. There's a man travelling with three girls, and something is really wrong.
O: Thank you for calling. Are you safe where you are? Can anyone hear you?
C: I'm fine, I'm up on the top deck by the water tanks, nobody's here. My name is [[PERSON|Siobhan Mulcahy]], I'm a birding guide, I'm Irish.
O: Okay, [[PERSON|Siobhan]]. Tell me about the girls.
C: They look about [[AGE|fourteen]], maybe [[AGE|fifteen]], the smallest one maybe [[AGE|twelve]]. They got on at [[LOCATION|Contamana]] yesterday with this man. They sleep in hammocks on [[ADDRESS|the lower deck, at the stern, the three hammocks right next to the engine room]], and he has [[ADDRESS|cabin 7 on the upper deck]]. He doesn't let them talk to anyone.
O: Has anyone told you anything about where they're going?
C: One of them, she said her name is [[PERSON|Nayeli]], she asked me to buy her a biscuit at the kitchen. She told me he promised them jobs in a restaurant in [[LOCATION|Iquitos]], but tonight he told the captain they're getting off in [[LOCATION|Requena]], around [[DATE_TIME|5 a.m.]], with a man who's meeting them there. She started crying when she heard that.
O: Do you know the man's name?
C: The crew calls him Don [[PERSON|Lucho]]. But on the passenger list I saw "[[PERSON|Segundo Pezo Arirama]]". He's maybe [[AGE|fifty]]. He paid the girls' fares in cash, 90 soles each, I saw it.
O: Did he give a phone number on that list?
C: Yes, I took a photo. It says [[PHONE_NUMBER|9 4 3 - 5 1 8 - 0 7 2]].
O: Let me repeat: [[PHONE_NUMBER|943 518 072]].
C: That's it.
O: And did the girls give you any other details? A surname, a family member?
C: [[PERSON|Nayeli]] wrote her mum's number on a napkin and gave it to me. It's [[PHONE_NUMBER|nine six five, zero one eight, three three seven]]. Her mum is called [[PERSON|Delia]], she said, and they live in [[ADDRESS|the blue wooden house by the football pitch in Nuevo Paraíso]], a village just upriver from [[LOCATION|Contamana]].
O: That's very useful. Which company runs the boat?
C: It's [[ORGANIZATION|Transportes Fluviales Hermanos Pinedo]], it's painted on the side. The captain seems to know this man, they were drinking together.
O: Okay. Here is what we'll do. We'll alert the police and the port authority in [[LOCATION|Requena]] so they're at the dock when the boat arrives, and the prosecutor's office will be informed. Please don't confront him or the crew.
C: I won't. Should I stay near the girls?
O: Only if it's safe. If he tries to take them off somewhere before [[LOCATION|Requena]], call us again immediately. Can I have a number where we can reach you?
C: My phone is Irish, with roaming: [[PHONE_NUMBER|+353 87 614 2290]]. The signal comes and goes on the river, so you can also email me, [[EMAIL_ADDRESS|siobhan.mulcahy.birds@protonmail.com]].
O: Thank you. And in case the police need to identify you, do you have your passport number?
C: Yes, it's [[ID_NUMBER|PX4471829]].
O: Perfect. We'll call the girl's mother as well, carefully. You did the right thing, [[PERSON|Siobhan]].
C: I just keep thinking about her face. She's a child.
O: We'll call you back within the hour. If the signal drops, we'll send a message. The number of this line is free, 0800-2-3232, and the emergency number is 105.
C: Okay. Thank you. I'll keep an eye on the hammocks.
""",
    )
)

# ------------------------------------------------- Brazilian Portuguese ----

CALLS.append(
    (
        "h33-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde. Desculpa, eu falo português, sou do [[LOCATION|Brasil]]. A senhora entende?
O: Sim, entendo um pouco, pode falar devagar, por favor.
C: Obrigada. Meu nome é [[PERSON|Janaína Souza Lima]], eu moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre a minha irmã, ela foi trabalhar no [[LOCATION|Peru]] e agora não deixam ela voltar.
O: Entendo. Como se chama sua irmã e quantos anos tem?
C: [[PERSON|Kelly Cristina Souza]], a gente chama de [[PERSON|Kellyzinha]]. Ela tem [[AGE|dezenove anos]]. Ela saiu de casa [[DATE_TIME|no dia 2 de março]], atravessou por [[LOCATION|Assis Brasil]] e [[LOCATION|Iñapari]].
O: Quem ofereceu o trabalho a ela?
C: Foi pelo Instagram, uma conta que se chama [[OTHER_ID|@vagas.garconete.fronteira]]. Prometeram mil e quinhentos reais por mês para ser garçonete num restaurante em [[LOCATION|Puerto Maldonado]]. Quem foi buscar ela na fronteira foi uma peruana que chamam de [[PERSON|Nena]].
O: E onde ela está agora?
C: Não é restaurante, é uma boate, [[ORGANIZATION|Discoteca Luna Roja]], em [[LOCATION|Laberinto]]. Ela mandou um áudio escondida. Disse que fica [[ADDRESS|na rua de terra atrás do posto de gasolina, a casa de madeira amarela com luzinhas vermelhas na porta]], e que as meninas dormem [[ADDRESS|no quarto dos fundos, em cima do depósito de cerveja]].
O: Ela disse se está sendo obrigada a alguma coisa?
C: Sim. Obrigam a beber com os garimpeiros e a sair com eles. Dizem que ela deve a passagem, a comida, a roupa, que a dívida já está em dois mil soles. E pegaram o documento dela, o RG.
O: Você tem o número do documento?
C: Tenho. O RG é [[ID_NUMBER|1.084.552-7]], e o CPF é [[ID_NUMBER|418.273.956-20]].
O: Há outras meninas com ela? Alguma menor de idade?
C: Ela falou que tem mais quatro, duas brasileiras e duas peruanas. Uma peruana é bem novinha, tem [[AGE|quinze]], chamam ela de [[PERSON|Paloma]].
O: Qual é o número de telefone da sua irmã?
C: O número brasileiro dela é [[PHONE_NUMBER|+55 68 99214-3870]], mas ela só usa quando pega o wi-fi. E a tal [[PERSON|Nena]] ligou para a minha mãe de um número peruano, [[PHONE_NUMBER|+51 982 334 601]], dizendo que se a gente der queixa a [[PERSON|Kelly]] vai presa.
O: Isso não é verdade. Ela é vítima, não vai ser presa. Quando foi o último contato?
C: Foi ontem à noite, lá pelas [[DATE_TIME|onze horas]]. Ela chorava muito.
O: Vamos comunicar agora à Polícia e à Fiscalía em [[LOCATION|Madre de Dios]] para fazer uma intervenção no local, e também ao consulado brasileiro. Como podemos falar com você?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 98107-5524]]. E meu e-mail é [[EMAIL_ADDRESS|janaina ponto souza arroba bol ponto com ponto br]].
O: Repito: [[EMAIL_ADDRESS|janaina.souza@bol.com.br]]. Certo?
C: Certo. Minha mãe, dona [[PERSON|Aparecida]], está desesperada, ela tem pressão alta.
O: Entendo. Se a [[PERSON|Kelly]] mandar outra mensagem, peça que ela fique com as outras meninas e, se puder, mande a localização pelo WhatsApp.
C: Vou pedir. Muito obrigada, de verdade. A gente não sabia para quem ligar.
O: Pode ligar a qualquer hora, é gratuito. Vamos ligar para você hoje à noite com notícias.
""",
    )
)

# ---------------------------------------------------- Venezuelan Spanish ----

CALLS.append(
    (
        "h33-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, buenas noches, mi amor. Disculpa, ¿ahí ayudan a las venezolanas también, o es solo para peruanos?
O: Ayudamos a todas las personas, de cualquier país. ¿Qué está pasando?
C: Mira, chama, te voy a echar el cuento rápido porque no tengo saldo. Yo me vine de [[LOCATION|Maracay]] con mi bebé y una amiga, y un señor que le dicen el [[PERSON|Catire]] nos pasó por la trocha en [[LOCATION|Tumbes]], y ahora dice que le debemos mil doscientos dólares cada una.
O: ¿Dónde están ahora?
C: En [[LOCATION|Lima]], en [[LOCATION|Los Olivos]]. Nos tiene en un residencial, [[ADDRESS|avenida Naranjal cuadra 3, el residencial de rejas mostaza, habitación 204 del segundo piso]]. La dueña es una señora [[PERSON|Yajaira]], venezolana también, ella es la que cobra.
O: ¿Y cómo les están haciendo pagar esa deuda?
C: Nos ponen a trabajar en la calle, tú sabes, con hombres, en [[ADDRESS|la esquina del grifo de la avenida Izaguirre con la calle 12]]. Toda la plata se la queda ella, y si no llevamos cien soles cada noche nos dejan sin comida. Eso es burda de feo, vale, yo no vine pa' esto.
O: Lo siento mucho. ¿Cómo se llama usted?
C: [[PERSON|Yusmelis]]. [[PERSON|Yusmelis del Valle Briceño]]. Tengo [[AGE|veinticuatro años]].
O: ¿Y su amiga?
C: Ella se llama [[PERSON|Paz]], [[PERSON|Paz Andreína Colmenares]], tiene [[AGE|diecinueve]]. Y hay otra chamita nueva que trajeron [[DATE_TIME|el lunes]], de [[LOCATION|Barquisimeto]], que no debe tener ni [[AGE|dieciséis]], la pobre no para de llorar.
O: ¿Tienen sus documentos?
C: No, el [[PERSON|Catire]] agarró las cédulas y el CPP. Yo me sé mi cédula: [[ID_NUMBER|V-25.118.462]]. Y el CPP es [[ID_NUMBER|C-0482913]].
O: ¿Y su bebé está con usted?
C: Sí, mi chamo [[PERSON|Santiago]], tiene [[AGE|ocho meses]]. Cuando salgo me lo cuida la señora [[PERSON|Yajaira]], y me dice que si me porto mal se queda con él y lo regala. Ay, no, qué arrecho me pone eso.
O: Esa es una amenaza muy grave, y no es legal. Ustedes son víctimas, no han cometido ningún delito. ¿Sabe el nombre completo del señor?
C: [[PERSON|Jhonny Alexander Urdaneta]], eso vi en un papel. Anda en un carro negro, placa [[OTHER_ID|AKR-391]]. Y la plata de la "deuda" nuestras familias se la mandan a una cuenta en [[LOCATION|Venezuela]], por pago móvil, la cuenta es [[OTHER_ID|0102-0558-11-0000734219]].
O: ¿Tiene un número donde la podamos contactar sin ponerla en riesgo?
C: Mi número de allá, que uso con wifi: [[PHONE_NUMBER|cero cuatro doce, siete setenta y tres, cero nueve, quince]]. O sea, [[PHONE_NUMBER|+58 412-7730915]]. Escríbeme nomás, no me llames, porque ella revisa.
O: Entendido, le vamos a escribir. ¿Cuándo estarán todas juntas en la habitación?
C: Hoy salimos a [[DATE_TIME|las diez de la noche]]. Antes de eso estamos todas, con los bebés.
O: Vamos a comunicar ahora mismo a la Policía Nacional y a la Fiscalía para que intervengan antes de esa hora, y coordinaremos un albergue para ustedes y para el bebé. Cuando lleguen, diga que llamó a la línea.
C: Ay, Dios te bendiga, mi amor. Yo solo quiero trabajar honrado y vivir en paz con mi chamo.
O: Eso es lo que queremos para usted. Si la cambian de lugar, escríbanos o llame gratis al 0800-2-3232, o al 105.
C: Dale, chévere. Gracias, de verdad. Chao, chao.
""",
    )
)

# --------------------------------------------- Andean Spanish with Quechua ----

CALLS.append(
    (
        "h33-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, mamita. Buenas tardes. Disculpe, yo no hablo bien castellano. Es por mi wawa, mi hijita.
O: Imaynalla, mamá. No se preocupe, hable con calma, yo la entiendo. ¿Qué ha pasado con su hija?
C: Se la han llevado a la selva, mamita. A [[LOCATION|Pichari]]. Una señora [[PERSON|Marleni]] vino a la comunidad, dijo que va a trabajar en restaurante, que le va a pagar ochocientos soles. Ahora mi hijita llora por teléfono, dice que es karaoke, que le hacen tomar con los hombres.
O: ¿Cómo se llama su hija y cuántos años tiene?
C: [[PERSON|Yolanda]], [[PERSON|Yolanda Huillca Ccahuana]]. La [[PERSON|Yola]] le decimos. Tiene [[AGE|quince años]] nomás, mamita, warmacha todavía.
O: ¿Me puede deletrear el apellido, por favor?
C: [[PERSON|Huillca]]: [[PERSON|hache, u, i, doble ele, ca, a]]. Y [[PERSON|Ccahuana]] con doble ce.
O: Gracias. ¿De qué comunidad son ustedes?
C: De [[LOCATION|Chumbibamba]], en [[LOCATION|Andahuaylas]], [[LOCATION|Apurímac]]. Se fue [[DATE_TIME|el 8 de septiembre]], día de la fiesta de la Virgen, mamita. Yo estaba en la chacra, cuando regresé ya no estaba.
O: ¿Sabe el nombre del karaoke o dónde queda?
C: Mi hijita dice que se llama [[ORGANIZATION|Karaoke Los Ángeles del Ene]]. Dice que es [[ADDRESS|bajando al puerto, pasando el puente, en el segundo piso de madera encima de una bodega, con letrero de luces verdes]]. Ahí duermen, en [[ADDRESS|un cuartito al fondo, detrás del escenario]], todas juntas.
O: ¿Hay más chicas con ella?
C: Arí, dice que hay otras chicas, de [[LOCATION|Huanta]], de [[LOCATION|Kimbiri]], una de [[AGE|trece]] nomás. No les dejan salir. La señora [[PERSON|Marleni]] les dice que deben su pasaje, su ropa, y que si se escapan los militares las van a agarrar.
O: ¿Tiene el DNI de su hija?
C: Arí, acá tengo en mi bolsita. [[ID_NUMBER|Siete, uno, ocho, dos, cero, cuatro, cinco, seis]].
O: Le repito: [[ID_NUMBER|71820456]].
C: Ya, mamita, así es.
O: ¿Y de la señora [[PERSON|Marleni]] sabe algo más? ¿Su apellido, su teléfono?
C: [[PERSON|Marleni Quicaño]] dicen que se llama, es de [[LOCATION|San Francisco]], de allá del río. Su teléfono lo tiene mi hija de la sobrina: [[PHONE_NUMBER|nueve cuarenta y uno, cero siete, ochenta y ocho, treinta y dos]].
O: [[PHONE_NUMBER|941 07 88 32]]. Muy bien. ¿Su hija tiene un celular donde podamos ubicarla?
C: No tiene, mamita. Llama de un celular de una cliente, a escondidas. Ayer llamó, a [[DATE_TIME|las dos de la madrugada]], y me dijo "mamay, apúrate, sácame de aquí". Achachaw, mi sonqo se ha roto, mamita.
O: La entiendo, mamá. Lo que le pasa a su hija es trata de personas, ella es una niña y la están explotando. Vamos a avisar ahora mismo a la Policía y a la Fiscalía en [[LOCATION|Pichari]] para que vayan al karaoke y la rescaten.
C: Ama hina kaychu, mamita, que no le hagan nada malo a mi wawa cuando entren.
O: Ellos saben cómo hacerlo, con cuidado. ¿Cómo se llama usted y a qué número la llamamos?
C: [[PERSON|Justina Ccahuana]]. Yo no tengo celular. Llame a mi hermana [[PERSON|Soledad]], ella vive en [[LOCATION|Andahuaylas]], en el [[ADDRESS|jirón Ramos, frente a la posta, la casa de adobe con puerta celeste]]. Su número es [[PHONE_NUMBER|983 071 542]].
O: ¿Y si su hermana no contesta?
C: Llame al presidente de la comunidad, don [[PERSON|Eulogio Challco]], [[PHONE_NUMBER|cero ochenta y tres, cuarenta y dos, diecisiete, cero cinco]], es el teléfono de la tienda.
O: Perfecto, mamá [[PERSON|Justina]]. Mañana temprano la llamamos por su hermana [[PERSON|Soledad]]. Su hija no está sola.
C: Sulpayki, mamita. Tanta soledad siento sin mi wawa. Diosllataq pagachun.
O: Cuídese, mamá. Si su hija vuelve a llamar, dígale que llame gratis al 0800-2-3232.
""",
    )
)

# ------------------------------ own choice: a Peruvian woman abroad (Argentina) ----

CALLS.append(
    (
        "h33-abroad-es-01",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Hola, buenos días. ¿Es la línea del [[LOCATION|Perú]]? Estoy llamando por WhatsApp desde [[LOCATION|Argentina]], no sé si se escucha.
O: Sí, se escucha bien. Esta es la línea contra la trata del [[LOCATION|Perú]]. Cuénteme.
C: Me llamo [[PERSON|Luz Mery Apaza Chambi]], soy de [[LOCATION|Juliaca]]. Estoy en [[LOCATION|Buenos Aires]], en un taller de costura, y quiero que me ayuden a salir. No me dejan irme.
O: ¿Está segura ahora para hablar, [[PERSON|Luz Mery]]?
C: Sí, es domingo, el dueño se fue a la feria. Pero vuelve a [[DATE_TIME|las dos]].
O: Tenemos tiempo. ¿Cómo llegó a ese taller?
C: Una señora de [[LOCATION|Juliaca]], la tía [[PERSON|Nati]], tiene una agencia, [[ORGANIZATION|Titicaca Tours Express]], en [[ADDRESS|el jirón Mariano Núñez 618, segundo piso, al costado de la pollería]]. Ella me dijo que en [[LOCATION|Argentina]] se gana bien en costura, seiscientos dólares, con cama y comida. Me pagó el pasaje. Llegué [[DATE_TIME|el 15 de octubre del año pasado]].
O: ¿Y qué pasó cuando llegó?
C: Me trajeron a este taller en [[LOCATION|Flores]]. Trabajamos de siete de la mañana a once de la noche, catorce horas, todos los días menos el domingo a la tarde. Pagan ochenta pesos por prenda, pero dicen que descuentan el pasaje y la comida, y nunca me dan nada. Ya son casi siete meses.
O: ¿Le han quitado sus documentos?
C: El pasaporte lo tiene el dueño, don [[PERSON|Rolando]], [[PERSON|Rolando Mamani Flores]]. Yo solo tengo una copia de mi DNI, el [[ID_NUMBER|70 31 92 84]].
O: ¿Me puede dar la dirección del taller?
C: Es en la [[ADDRESS|calle Bogotá al 3400]]. No tiene número en la puerta, es [[ADDRESS|la puerta de chapa gris entre una verdulería y un lavadero]]. Nosotros dormimos en [[ADDRESS|el entrepiso, arriba de las máquinas]], en colchones.
O: ¿Cuántas personas trabajan ahí?
C: Somos once. Hay dos chicos de [[AGE|dieciséis]], hermanos, de [[LOCATION|Potosí]], y una chica de [[LOCATION|Puno]], [[PERSON|Flor]], que tiene [[AGE|diecisiete años]]. A ella le pegó la esposa de don [[PERSON|Rolando]] porque se le rompió una aguja.
O: ¿Les dejan salir a la calle?
C: La puerta está con llave siempre. Solo el domingo a la tarde, una hora, y con uno de ellos. Dicen que si vamos a la policía nos deportan.
O: Eso no es así. Usted es víctima de trata con fines de explotación laboral, y en [[LOCATION|Argentina]] también la protegen. Vamos a coordinar con el consulado peruano, con la OIM y con la Línea 145 de allá, que es la línea de ellos contra la trata. ¿Tiene un número argentino?
C: Sí, este mismo, el [[PHONE_NUMBER|+54 9 11 5832-0417]]. Es un chip que me prestó una vecina.
O: ¿Y alguien de su familia en el [[LOCATION|Perú]] que esté al tanto?
C: Mi mamá, [[PERSON|Hilda Chambi]]. Vive en [[LOCATION|Juliaca]], en el [[ADDRESS|barrio Santa Adriana, jirón Los Incas 512]]. Su celular es [[PHONE_NUMBER|951 ochenta y dos, cuarenta y cuatro, diecinueve]].
O: Repito: [[PHONE_NUMBER|951 82 44 19]].
C: Sí. También me pueden buscar en Facebook, así le escribo a mi mamá: [[OTHER_ID|facebook.com/luzmery.apaza.77]].
O: Muy bien. ¿Tiene correo electrónico?
C: [[EMAIL_ADDRESS|luzmery_apaza97@hotmail.com]]. Lo hizo mi prima.
O: Gracias. Le vamos a escribir a ese WhatsApp con cuidado. Cuando la llamen del consulado o de la OIM, le van a preguntar por la dirección del taller. Si la cambian de sitio o le pegan, llame al 911 de allá, que es la emergencia.
C: ¿Y la tía [[PERSON|Nati]]? Ella sigue llevando chicas, mamita. La semana pasada llegaron dos más.
O: También vamos a informar a la Fiscalía en [[LOCATION|Puno]] sobre la agencia. Usted ha hecho muy bien en llamar.
C: Gracias. Yo solo quiero volver a mi casa con mi mamá.
O: Vamos a trabajar para eso. La llamamos hoy mismo, antes de [[DATE_TIME|las dos]].
""",
    )
)

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h33-", "heldout33.jsonl")
