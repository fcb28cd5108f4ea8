# ruff: noqa: E501
"""Held-out set h37: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py (annotation conventions) and
make_heldout.py (the [[TYPE|surface]] builder used here via write_set). Nothing else on
the machine was opened. All people, numbers, handles, plates, accounts and businesses
are invented; real towns and public institutions appear only as places and referral
points.

Mix of styles (one call each unless said):
  * 4 lowercase, unpunctuated, Whisper-style Spanish calls (h37-01..04): fillers (eh,
    este, ajá), self-corrections, numbers spelled in words or in mixed groups, a
    few misrecognised words (and misrecognised names/places);
  * 1 cased, punctuated Spanish call (hospital social worker, Iquitos);
  * 2 English calls: a consular officer at a foreign embassy (ship's cook on a
    fishing vessel) and an aunt in the US (niece in Lima);
  * 1 Brazilian Portuguese call (lorry driver on the Interoceánica);
  * 1 Venezuelan Spanish call (bus-company ticket clerk in Tumbes);
  * 1 Spanish call with Quechua words (grandmother raising grandchildren, Apurímac;
    her 12-year-old grandson takes the phone for the numbers, so two caller turns
    follow each other).
Identifiers are given in many ways: digits grouped oddly (9 65 12 04 88, 0531 8442),
words digit by digit or in pairs/hundreds, with country codes (+51, +55, +57, +62,
"plus one", "más cincuenta y uno"), split over two turns, repeated back by the
operator; DNI, carné/cédula, passports, a seaman's book, a CPF, a medical-record
number; e-mails and handles spelled aloud; Peruvian and Brazilian plates; a bank
account; addresses as landmarks, stalls, km markers, camps, boats and a berth.
Callers: a karaoke-bar worker, a fish-market porter, a student whose classmate vanished
after a job ad, a gold-mining camp cook, a social worker, an embassy staffer, a US
relative, a lorry driver, a bus-company clerk, a grandmother.

Labelling follows make_dev.py (titles/articles outside PERSON, cue words such as
"DNI", "placa", "cuenta", "CPF" outside ID/phone/plate spans, AGE with its unit,
DATE_TIME keeps its article, relative time words and routine schedules unlabelled,
nationality adjectives unlabelled, hotline number 1818 and emergency number 105
unlabelled). Choices beyond make_dev.py:
  * Misrecognised identifiers are labelled as transcribed ("tapu lima" is a PERSON
    surname, not the city; "la aurora" stands for La Oroya and is a LOCATION).
  * A self-corrected identifier: the abandoned fragment and the corrected reading are
    two spans of the same type; the correction words ("no perdón") stay outside.
  * A number read with a filler inside it ("cuatro uno cero ocho eh siete...") is one
    span; a number split across two turns is one span per turn.
  * Spoken e-mails and handles are labelled over their whole spoken form, including
    "arroba", "punto", "guion bajo" and letter names; the platform name (TikTok,
    Facebook, Instagram) stays outside.
  * Phone spans include a spoken country code ("más cincuenta y uno", "+55").
  * A "la"/"el" that is part of a place's proper name stays inside LOCATION ("la banda
    de shilcayo"); a descriptive ADDRESS keeps its leading article as in make_dev.py.
  * Km markers, stalls in a row, camps, a spot inside a bus terminal, a vessel at its
    berth and a boat where people are kept are ADDRESS (the boat's name inside the
    span, as it is what locates them). Place descriptions with no street, landmark
    or district that pins them ("un edificio alto frente a un parque con pileta")
    stay unlabelled, as make_dev.py does for house appearances.
  * Bank account numbers are OTHER_ID; bank and money-transfer names (BCP, Western
    Union) and public institutions (fiscalía, comisaría, DEMUNA, Migraciones, the
    regional hospital, an embassy, a consulate, a public fish terminal) are not
    labelled, though a place name inside them is LOCATION ("Hospital Regional de
    Loreto"). Small private businesses (a karaoke, a bus company, a truck stop, a
    manning agency, an institute) are ORGANIZATION. A hospital medical-record number (historia clínica) is ID_NUMBER, a
    seaman's book number and a CPF too.
  * Named weekdays with a relative modifier ("el jueves pasado") are DATE_TIME; a
    birth date is DATE_TIME; a departure time of a specific trip is DATE_TIME while the
    same clock time in a timetable is not.
  * Quechua kinship/address words (mamay, wawa, ñaña, taytay) are not PERSON; Quechua
    numbers used for an age ("chunka suqtayuq") are AGE; "killa" meaning month is not
    a name even where a person named Killa appears.
  * Nicknames that are also ordinary words (chalaco, gringo, chino, cabezón, Careca,
    Jefa) are PERSON when used as a name; the same word used as an ordinary word
    ("no era gringo", "luces rojas" next to a caller surnamed Rojas) is not.
    "Taytacha" (the Lord) is not a PERSON.
  * An age falsely claimed for a person ("dieciocho, ya es mayor") is still AGE.
  * Portuguese contractions before a date/place ("na quinta-feira", "no quilômetro")
    stay outside the span, like Spanish prepositions.
  * Recurring events are routine schedules ("la feria del domingo", "duas vezes por
    mês", "de lunes a sábado"), not DATE_TIME.
  * Digit sequences that are not identifiers stay unlabelled: money, seat numbers,
    legal articles ("artículo 153", "ciento cincuenta y tres"), the hotline 1818
    (also "uno ocho uno ocho" / "mil ochocientos dieciocho") and 105; a phone number
    that merely contains 105 (983 105 442) is labelled whole as PHONE_NUMBER.

Run:  python3 make_heldout37.py   (writes heldout37.jsonl next to this script)
"""

from make_heldout import write_set

CALLS = []

# ------------------------------------------------ lowercase Whisper-style Spanish ----

CALLS.append(
    (
        "h37-01",
        "es",
        """
O: línea mil ochocientos dieciocho contra la trata de personas buenas noches en qué le puedo ayudar
C: aló aló señorita eh disculpe que hable bajito es que estoy en el baño del local recién me han devuelto el celular
O: tranquila la escucho bien está en un lugar seguro para hablar unos minutos
C: sí unos minutos nomás eh este yo trabajo en un cara oque acá en [[LOCATION|tarapoto]] en [[LOCATION|la banda de shilcayo]] se llama [[ORGANIZATION|karaoke la jarana de oro]] pero no es trabajo señorita nos tienen obligadas
O: cómo se llama usted y cuántos años tiene
C: [[PERSON|yésica]] bueno [[PERSON|yésica tapullima]] eh tengo [[AGE|veinte años]] soy de [[LOCATION|yurimaguas]]
O: ya [[PERSON|jessica]] cuénteme qué pasa en ese local
C: una señora nos captó por facebook a mí y a mi prima decía se busca señoritas para atender mesas ochocientos soles mensual con cuarto y comida la página se llama [[OTHER_ID|chamba selva punto empleos]] y cuando llegamos la dueña la tía [[PERSON|charo]] nos dijo que teníamos que tomar con los clientes y salir con ellos a los cuartos de atrás
O: su prima también está ahí con usted
C: sí mi prima [[PERSON|deysi]] ella tiene [[AGE|dieciséis]] nomás es menor y la tía le dice que si viene la policía diga que es mayor de edad
O: les han quitado sus documentos
C: sí los dni los tiene la tía en su cartera y dice que le debemos el pasaje y el cuarto ya son como mil doscientos soles cada una y que no salimos hasta pagar eso
O: eso que le hacen no es legal y ustedes no tienen ninguna deuda me puede decir su número de dni para registrar el caso
C: eh sí es [[ID_NUMBER|cuatro siete tres]] no no perdón ese es el de mi mamá el mío es [[ID_NUMBER|siete dos ocho uno cero cuatro seis nueve]]
O: [[ID_NUMBER|setenta y dos ochenta y uno cero cuatro sesenta y nueve]] correcto y dónde queda exactamente el local
C: ajá eso es el local está en el [[ADDRESS|jirón los cedros cuadra cuatro al costadito de una ferretería amarilla]] es una casa de dos pisos con foquitos morados en la puerta y nosotras dormimos arriba al fondo somos cinco chicas contando a mi prima dos son de [[LOCATION|iquitos]] y este la tía dice que [[DATE_TIME|el sábado]] nos van a llevar a una fiesta de unos señores en [[LOCATION|moyobamba]] y a mí me da miedo
O: tiene un número donde le podamos escribir sin llamarla
C: sí anote [[PHONE_NUMBER|nueve cuatro dos seis uno]]
O: [[PHONE_NUMBER|nueve cuatro dos seis uno]] sí
C: [[PHONE_NUMBER|cero ocho siete cinco]] pero escríbame por whatsapp nomás porque la tía revisa las llamadas
O: entendido ahora mismo paso el caso a la policía y a la fiscal ya de [[LOCATION|tarapoto]] para que vayan al local lo que le hacen es trata está en el artículo ciento cincuenta y tres del código penal y ustedes son víctimas no han hecho nada malo
C: y no nos van a botar a la calle porque no tenemos ni para el pasaje
O: no las vamos a dejar solas las llevamos a un albergue queda registrado a nombre de [[PERSON|yésica tapu lima]] y si pasa algo antes llame al ciento cinco o a este mismo número el mil ochocientos dieciocho
C: ya señorita gracias ya me están tocando la puerta chau
""",
    )
)

CALLS.append(
    (
        "h37-02",
        "es",
        """
O: línea uno ocho uno ocho buenas tardes le escuchamos
C: buenas eh mire yo le llamo porque ya no aguanto ver esto todas las noches
O: cuénteme con confianza desde dónde nos llama
C: de [[LOCATION|chimbote]] yo soy estibador cargo cajas en el terminal pesquero de [[LOCATION|nuevo chimbote]] mi nombre no se lo voy a dar ahí todos me dicen [[PERSON|chalaco]] nomás
O: está bien puede quedar anónimo qué es lo que ha visto
C: hay unos chibolos chiquitos que trabajan de noche de tripando pescado en [[ADDRESS|el tercer puesto de la fila de los congeladores entrando por la puerta dos]] el puesto de un tal [[PERSON|pacherres]] que le dicen [[PERSON|cabezón]] entran a las once de la noche y salen a las seis de la mañana todos los días y duermen ahí mismo debajo del mostrador en cartones
O: cuántos niños son y qué edad tendrán
C: son cuatro eh este el más grande tendrá [[AGE|catorce]] y el más chiquito uno que se llama [[PERSON|elmer]] me dijo que tiene [[AGE|once añitos]] son de [[LOCATION|cajabamba]] de la sierra de [[LOCATION|cajamarca]] dice que el [[PERSON|cabezón]] los trajo diciendo a sus papás que iban a estudiar acá
O: les pagan algo
C: qué van a pagar veinte soles a la semana les da y encima les cobra la comida y [[DATE_TIME|el jueves pasado]] como a [[DATE_TIME|las dos de la mañana]] el [[PERSON|elmer]] se cortó la mano con el cuchillo y el [[PERSON|cabezón]] no lo llevó a la posta le amarró un trapo nomás y lo puso a seguir trabajando
O: eso es muy grave sabe cómo los traen y los llevan
C: en una camioneta azul doble cabina la placa es [[OTHER_ID|te cinco ge ochocientos cuarenta y uno]] este no perdón [[OTHER_ID|ochocientos catorce]] la deja estacionada en [[ADDRESS|la esquina de la avenida los pescadores con el pasaje seis al lado del grifo]]
O: tiene algún otro dato del señor [[PERSON|pacherres]]
C: se llama [[PERSON|teodoro pacherres]] creo y tiene un cartel pegado en el puesto para pedidos con su número [[PHONE_NUMBER|nueve cinco uno cuarenta setenta y tres veintiocho]]
O: le repito [[PHONE_NUMBER|951 40 73 28]]
C: eso es ese mismo
O: cuánto tiempo llevan los niños ahí
C: yo los veo hace como tres meses ya antes de la campaña de la anchoveta
O: gracias vamos a pasar esto a la policía a la demuna y a la fiscalía de familia son niños trabajando de noche con cuchillos y eso es explotación usted tiene un número donde lo podamos llamar
C: no mejor no señorita yo trabajo ahí de lunes a sábado de diez de la noche a seis de la mañana y si me ven hablando con policías ya fui yo vuelvo a llamar otro día
O: está bien no confronte al señor y si ve que a algún niño le pasa algo grave llame al ciento cinco de inmediato gracias por llamar
C: ya señorita gracias esos chibolos no tienen a nadie acá
""",
    )
)

CALLS.append(
    (
        "h37-03",
        "es",
        """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: hola buenas noches eh este no sé si es acá pero mi compañera de clase ha desaparecido hace dos semanas y su mamá ya no sabe qué hacer
O: ha llamado bien cómo se llama usted
C: me llamo [[PERSON|katherine rojas quispe]] pero todos me dicen [[PERSON|katy]] estudio en fermería técnica en el [[ORGANIZATION|instituto andino del centro]] acá en [[LOCATION|huancayo]]
O: y su compañera cómo se llama
C: [[PERSON|milagros ccente]] le decimos [[PERSON|mili]] tiene [[AGE|diecinueve años]] ella vio un anuncio en tic toc de una cuenta [[OTHER_ID|arroba chamba segura pe]] decía que buscaban anfitrionas para eventos en [[LOCATION|la aurora]] ciento cincuenta soles por noche con pasajes pagados y [[DATE_TIME|el viernes doce]] se fue en la tarde y desde ahí no contesta
O: en [[LOCATION|la oroya]] dice
C: sí eso en [[LOCATION|la oroya]] eso decía el anuncio
O: sabe con quién se fue
C: con un señor que la recogió en [[ADDRESS|el paradero de la calle real frente a la catedral]] en un carro plomo le decían el [[PERSON|gringo]] pero no era gringo era peruano nomás
O: tiene el número de ese anuncio o del señor
C: sí en el anuncio salía un whatsapp [[PHONE_NUMBER|más cincuenta y uno nueve ocho cero cuatro cuatro siete uno dos seis]]
O: y el número de [[PERSON|milagros]]
C: eh [[PHONE_NUMBER|novecientos sesenta y cuatro trescientos veinte ciento quince]] pero sale apagado
O: sabe si tiene redes sociales donde haya publicado algo
C: su instagram es [[OTHER_ID|mili punto ccente punto noventa y nueve]] y [[DATE_TIME|el sábado]] subió una historia desde un sitio oscuro con luces rojas como bar y después ya nada
O: su mamá ha puesto la denuncia
C: no porque en la comisaría le dijeron que es mayor de edad y que seguro se fue con el enamorado su mamá es la señora [[PERSON|hermelinda]] vende jugos en [[ADDRESS|el puesto cuarenta y dos del mercado modelo]] ella no tiene celular
O: la denuncia por desaparición se recibe siempre aunque sea mayor de edad no hay que esperar veinticuatro horas eso es un mito vamos a pasar el caso a la policía de [[LOCATION|junín]] y a la fiscalía especializada en trata me deja un correo o un número para contactarla
C: mi correo es [[EMAIL_ADDRESS|ka a te i griega guion bajo ere cu noventa y ocho arroba hotmail punto com]] y mi número es [[PHONE_NUMBER|nueve nueve siete eh cero cero dos ocho cuatro uno]]
O: gracias [[PERSON|katy]] mañana la llamamos para coordinar con la señora [[PERSON|hermelinda]] y si [[PERSON|mili]] se comunica con alguien avísenos al toque
C: ya gracias señorita es que ella siempre contestaba nunca se desaparecía así
""",
    )
)

CALLS.append(
    (
        "h37-04",
        "es",
        """
O: línea mil ochocientos dieciocho buenas noches
C: aló aló se escucha señorita acá la señal es malita
O: sí la escucho un poco cortado hable nomás
C: eh yo soy cocinera en un campamento minero acá en [[LOCATION|madre de dios]] por [[LOCATION|huepetuhe]] eh no no más allá por [[LOCATION|delta uno]] cocino para los mineros y ya no puedo callarme lo que veo
O: tranquila cómo se llama
C: [[PERSON|nelly]] nomás señorita [[PERSON|nelly huarcaya]]
O: qué está pasando [[PERSON|nelly]]
C: el dueño de la chupa dera el señor [[PERSON|ñaupari]] ha traído chicas para el prosti bar del campamento y chicos para trabajar en la chupadera también los chicos son menores de [[AGE|catorce]] [[AGE|quince añitos]] trabajan en el agua con el mercurio desde las cinco de la mañana hasta que oscurece y a las chicas las hacen atender a los mineros en el bar que está al lado del comedor
O: cuántas chicas y cuántos chicos son
C: chicas son tres eh una es de [[LOCATION|puno]] la [[PERSON|rosmery]] que tiene [[AGE|quince]] las otras no sé de dónde son y chicos son como seis siete
O: dónde queda el campamento exactamente
C: se entra por [[ADDRESS|el kilómetro ciento siete de la interoceánica ahí donde está el letrero de la posta]] de ahí se va en moto como una hora por la trocha luego se cruza el río en el peque peque del señor [[PERSON|ñaupari]] y el campamento es [[ADDRESS|el de los toldos azules al pie de la segunda quebrada]]
O: la mina tiene algún nombre
C: dicen que es de la [[ORGANIZATION|minera señor de los milagros]] pero es informal no tiene nada de papeles y el que trae a las chicas es un tal [[PERSON|chino]] que tiene una camioneta roja placa [[OTHER_ID|ve de uno cuatro dos seis]]
O: a usted le pagan
C: a mí me prometieron mil quinientos al mes y en cuatro meses me han dado seiscientos nomás me dicen que descuentan la comida que yo misma cocino imagínese
O: tiene su dni con usted
C: sí eso sí lo tengo es [[ID_NUMBER|cuatro uno cero ocho eh siete cinco dos tres]]
O: le repito [[ID_NUMBER|41087523]] y a qué número la podemos llamar [[PERSON|nelly]]
C: ajá ese es y acá no hay señal solo en la loma mejor llame a mi hermana [[PERSON|marleni]] en [[LOCATION|cusco]] ella me pasa la voz su número es [[PHONE_NUMBER|nueve ocho cuatro setecientos dos cero sesenta y uno]]
O: usted va a salir del campamento en algún momento
C: sí yo bajo a [[LOCATION|puerto maldonado]] [[DATE_TIME|el quince de este mes]] a comprar víveres con el [[PERSON|chino]] en la camioneta
O: bien vamos a pasar esto a la fiscalía especializada de [[LOCATION|madre de dios]] y a la policía para que planifiquen un operativo no comente con nadie que llamó y si la amenazan o ve que alguien está en peligro llame al ciento cinco
C: ya gracias señorita esos chicos dan pena parecen mis hijos
""",
    )
)

# ----------------------------------------------------------- cased Spanish ----

CALLS.append(
    (
        "h37-05",
        "es",
        """
O: Línea 1818 contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla la licenciada [[PERSON|Rocío Arévalo Pinedo]], trabajadora social del Hospital Regional de [[LOCATION|Loreto]], en [[LOCATION|Iquitos]]. Llamo para reportar el caso de una paciente menor de edad.
O: Gracias, licenciada. Cuénteme.
C: [[DATE_TIME|El martes 14]], a [[DATE_TIME|las 11:40 de la noche]], ingresó por emergencia una adolescente de [[AGE|15 años]], [[PERSON|Kiara Yumbato Sinarahua]]. Nació [[DATE_TIME|el 3 de noviembre de 2009]], su historia clínica es la [[ID_NUMBER|0041587]]. Llegó con una infección, desnutrida y con moretones. La trajo una señora que dijo ser su tía y se fue apenas la dejamos en observación.
O: ¿Qué le ha contado la menor?
C: Que es de [[LOCATION|Caballococha]], en [[LOCATION|Mariscal Ramón Castilla]], y que un señor al que le dicen [[PERSON|Loro]] le ofreció trabajo de ayudante de cocina en un restaurante de [[LOCATION|Iquitos]], con 900 soles al mes. Viajó con él tres días en lancha, y desde que llegó la tienen en la [[ORGANIZATION|Discoteca Tropical Kiss]], en [[LOCATION|Belén]]. La obligan a tomar con los clientes y a estar con ellos. Duerme con otras cuatro chicas en un cuarto sin ventanas detrás del escenario.
O: ¿Sabe dónde queda exactamente la discoteca?
C: Ella dice que es en [[ADDRESS|el pasaje San Román, bajando hacia el puerto, la tercera casa después de la iglesia de madera]]. Tiene la puerta negra y un letrero de neón rosado.
O: ¿Y del señor "[[PERSON|Loro]]" tiene algún dato?
C: Ella guardó el número, porque él le escribía: [[PHONE_NUMBER|9 65 12 04 88]]. Y la lancha en la que la trajo sigue en el puerto; es [[ADDRESS|la lancha Reina del Marañón II, la que atraca al fondo del puerto de Masusa]]. Dice que ahí hay otras dos chicas esperando que las lleven.
O: ¿La señora que la trajo dejó algún dato en el hospital?
C: Sí, dejó su DNI en admisión: [[ID_NUMBER|0531 8442]], a nombre de [[PERSON|Zoila Vásquez]]. Pero la menor dice que no es su tía, que es la administradora de la discoteca, y que todas le dicen la [[PERSON|Jefa]].
O: ¿La menor tiene familia a quien podamos avisar?
C: Su mamá vive en [[LOCATION|Caballococha]]; la menor me dio su celular: [[PHONE_NUMBER|+51 942 077 613]]. Todavía no la llamamos porque queríamos coordinar primero con ustedes. Mientras esté aquí nadie se la va a llevar, ya avisé a vigilancia que no la entreguen a nadie.
O: Muy bien hecho. Es un caso de trata con fines de explotación sexual de una menor, artículo 153 del Código Penal, con agravantes por la edad. Vamos a informar ahora a la Policía y a la Fiscalía de Familia para que vayan al hospital, y a la Unidad de Protección Especial para el albergue. ¿Cuál es su número directo?
C: Mi celular es el [[PHONE_NUMBER|987 40 21 56]], y mi correo es [[EMAIL_ADDRESS|rarevalo.ts@hrloreto-salud.pe]]. Trabajo de 7:30 a 13:30, de lunes a viernes, pero para esto pueden llamarme a cualquier hora.
O: Perfecto, licenciada [[PERSON|Rocío]]. En la próxima hora la llamará la fiscal de turno. Si la señora vuelve al hospital o alguien pregunta por [[PERSON|Kiara]], llame al 105.
C: Así lo haré. Gracias.
O: Gracias a usted. Su intervención puede cambiar la vida de esa chica.
""",
    )
)

# ---------------------------------------------------------------- English ----

CALLS.append(
    (
        "h37-06",
        "en",
        """
O: Línea 1818, buenas tardes.
C: Good afternoon. Do you speak English? I'm calling from the Embassy of [[LOCATION|Indonesia]] in [[LOCATION|Lima]], the consular section.
O: Yes, I can help you in English. Go ahead.
C: Thank you. My name is [[PERSON|Ratna Wulandari]], I'm a consular officer. Last night we received a WhatsApp message from one of our nationals, a cook on a foreign fishing vessel. I think it may be a trafficking case and we need support from the Peruvian side.
O: Of course. What did he say?
C: His name is [[PERSON|Agus Setiawan]], he's [[AGE|thirty-four]], he's the ship's cook on [[ADDRESS|the Lian Sheng 27, moored at berth 5 of the north pier]], in [[LOCATION|Callao]]. He wrote at [[DATE_TIME|3:40 a.m.]] on [[DATE_TIME|October 2nd]]. He says the crew have been at sea for eleven months without landing, they haven't been paid since they left, and the captain keeps all the passports in his cabin.
O: How many crew members are there?
C: Sixteen. Fourteen Indonesians and two Filipinos. One of the Filipinos, [[PERSON|Jomar]], is only [[AGE|19]]. [[PERSON|Agus]] says the bosun, a man called [[PERSON|Chen]], beats the young ones with a rope when they are slow, and that [[PERSON|Jomar]] has an untreated wound on his leg.
O: That's very serious. Do you know who recruited them?
C: A manning agency in [[LOCATION|Tegal]], [[ORGANIZATION|PT Samudra Jaya Crewing]]. They charged each man a deposit of about 600 dollars and promised 450 dollars a month. The vessel belongs to [[ORGANIZATION|Lian Sheng Ocean Fishery]]. We have his passport number from our records, it's [[ID_NUMBER|C 4471820]], and his seaman's book is [[ID_NUMBER|B 083317]].
O: Thank you. Can we contact him directly?
C: Only when the ship is close enough to pick up a signal. His WhatsApp is [[PHONE_NUMBER|+62 812 3390 4471]]. Please write in simple English, or we can translate.
O: Do you know how long the vessel will stay in port?
C: He thinks they leave again on [[DATE_TIME|Friday]], after loading fuel and supplies. That's why we are calling now.
O: Understood. This has the signs of forced labour at sea, which can be trafficking under Peruvian law. We'll alert the police anti-trafficking unit and the prosecutor today, and the maritime authority so the vessel can be inspected before it sails. The embassy can join the inspection as a consular visit. Could I have your direct contact?
C: Yes. My mobile is a Peruvian number, [[PHONE_NUMBER|nine four seven, three one, two oh, five eight]]. And my e-mail is [[EMAIL_ADDRESS|ratna.w.consular@gmail.com]].
O: Thank you, [[PERSON|Ratna]]. I'll call you back within two hours. If anything changes, for example if the ship starts leaving, call us or the police on 105 immediately.
C: Thank you very much. We will keep trying to reach [[PERSON|Agus]].
""",
    )
)

CALLS.append(
    (
        "h37-07",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, hello, sorry, do you speak English? I understand Spanish but I speak it bad.
O: Yes, I can help you in English. What's going on?
C: Okay, thank God. My name is [[PERSON|Gladys Paredes]], I live in [[LOCATION|Paterson]], [[LOCATION|New Jersey]]. I'm calling about my niece in [[LOCATION|Peru]], my sister's daughter. She's [[AGE|seventeen]]. Her name is [[PERSON|Dulce Abigail Zavaleta]], we call her [[PERSON|Abi]].
O: What happened to her?
C: She met a guy on Instagram, he calls himself [[OTHER_ID|@bryan.oficial.pro]], and he said he had a cashier job for her in a restaurant in [[LOCATION|Lima]]. She left [[LOCATION|Trujillo]] on [[DATE_TIME|March 3rd]] without telling her mom. Now she messages me, not her mom, because she's ashamed. She says they keep her in an apartment with other girls, they take pictures of them, they make them do video calls with men, and they don't let her go out.
O: When was the last message?
C: [[DATE_TIME|Sunday]], at [[DATE_TIME|two in the morning]]. She wrote "tía, help me, don't call, only text".
O: Do you know where the apartment is?
C: She sent me a photo from the window and described it. It's in [[LOCATION|Los Olivos]], on [[ADDRESS|Calle Los Jazmines, the green building with the pharmacy downstairs, third floor, door on the left]].
O: That's very helpful. Has anyone asked your family for money?
C: Yes, that's the other thing. They told her she owes them for the bus ticket and the photos, and the guy sent me a bank account to pay her debt, 1,500 soles. I already sent 400 dollars by Western Union last week, I'm so stupid. The account is at BCP, number [[OTHER_ID|191-29384750-1-63]], under the name [[PERSON|Brayan Yupanqui Lazo]].
O: You're not stupid, you were trying to help her. Please don't send any more money. Do you have her phone number?
C: Her Peruvian number is [[PHONE_NUMBER|nine-five-three, eight-eight-zero, four-one-seven]]. And I have a picture of her DNI, wait... [[ID_NUMBER|7 6 0 9 2 4 1 8]].
O: Thank you. And how can we reach you?
C: My number is [[PHONE_NUMBER|plus one, nine seven three, five five five, zero one four two]], and my e-mail is [[EMAIL_ADDRESS|gladysparedes.nj at yahoo dot com]]. Her mom, my sister [[PERSON|Nancy]], lives in [[LOCATION|La Esperanza]], but she has no internet.
O: We'll report this right now to the police anti-trafficking unit and the prosecutor in [[LOCATION|Lima]], with the address, the account and the Instagram profile. Please keep every message and the Western Union receipt. If [[PERSON|Abi]] can, she can call 1818 for free, or 105 if she's in danger.
C: I'll tell her. Please, she's just a baby.
O: We'll do everything we can, [[PERSON|Gladys]]. We'll call you tomorrow morning, your time.
""",
    )
)

# ---------------------------------------------------- Brazilian Portuguese ----

CALLS.append(
    (
        "h37-08",
        "pt",
        """
O: Línea 1818 contra la trata, buenas noches.
C: Boa noite. A senhora fala português? Sou brasileiro, falo pouco espanhol.
O: Un poquito, hable despacio y le entiendo. Pode falar.
C: Obrigado. Meu nome é [[PERSON|Edivaldo Souza Lima]], sou caminhoneiro. Faço a rota de [[LOCATION|Rio Branco]] até o porto de [[LOCATION|Matarani]] pela Interoceânica, duas vezes por mês.
O: Sí, señor [[PERSON|Edivaldo]]. ¿Qué pasó?
C: Ontem à noite parei para dormir no [[ORGANIZATION|Grifo Los Pioneros]], no [[ADDRESS|quilômetro 164, logo depois da ponte]], perto de [[LOCATION|Mazuco]]. Atrás do posto tem um barzinho de madeira com luz vermelha, e tinha umas meninas lá, novinhas, oferecendo programa pros caminhoneiros por 50 soles.
O: ¿Qué edad tenían?
C: Umas [[AGE|14]], [[AGE|15 anos]] no máximo. Uma delas veio falar comigo em português. É brasileira, de [[LOCATION|Brasiléia]], no [[LOCATION|Acre]]. Disse que se chama [[PERSON|Kauane]] e que tem [[AGE|treze anos]]. Treze anos, senhora!
O: ¿Ella le contó cómo llegó allí?
C: Contou. Uma mulher, a dona [[PERSON|Socorro]], levou ela e uma prima de [[LOCATION|Assis Brasil]] até [[LOCATION|Iñapari]], prometendo trabalho de babá em [[LOCATION|Puerto Maldonado]], e depois deixou as duas nesse bar. O dono é um peruano que chamam de [[PERSON|Careca]]. Ela pediu para eu levar ela embora, mas fiquei com medo de ser acusado, entende?
O: Hizo bien en llamar y no llevársela usted. ¿Vio algún vehículo?
C: Vi sim. Uma caminhonete prata trouxe mais duas meninas lá pela [[DATE_TIME|meia-noite]], anotei a placa: [[OTHER_ID|X2F-739]]. E tinha um carro com placa do [[LOCATION|Acre]] parado do lado, [[OTHER_ID|QLK 5E27]].
O: Muy bien. ¿Me deja un número para contactarlo?
C: Meu celular é brasileiro, [[PHONE_NUMBER|+55 68 99214-3570]], tem WhatsApp. Se precisar, meu CPF é [[ID_NUMBER|482.115.903-27]], e a placa do meu caminhão é [[OTHER_ID|NXR 7C41]], pra polícia não achar que eu sou um deles.
O: Gracias. Vamos a avisar ahora a la policía y a la fiscalía de [[LOCATION|Madre de Dios]], y también al consulado de [[LOCATION|Brasil]], porque hay una niña brasileña. ¿Usted va a volver a pasar por ahí?
C: Volto na [[DATE_TIME|quinta-feira, dia 21]], descendo de [[LOCATION|Matarani]] com a carga para [[LOCATION|Lima]]... não, desculpa, para [[LOCATION|Rio Branco]]. A carga de [[LOCATION|Lima]] é só no mês que vem.
O: Por favor no se acerque al bar ni intente sacarlas. Si ve que las están golpeando o se las llevan, llame al 105 o aquí, al 1818, que es gratis.
C: Tá bom. Obrigado, senhora. Eu tenho uma filha dessa idade, não consegui dormir.
O: Gracias a usted, señor [[PERSON|Edivaldo]]. Lo llamamos mañana por WhatsApp.
""",
    )
)

# -------------------------------------------------------- Venezuelan Spanish ----

CALLS.append(
    (
        "h37-09",
        "es",
        """
O: Línea 1818, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, mi amor. Mira, disculpa, yo no sé si esto es para acá, pero estoy burda de preocupada, vale.
O: Tranquila, cuénteme con calma.
C: Yo trabajo en la boletería de [[ORGANIZATION|Transportes Cruz del Pacífico]], aquí en el terminal de [[LOCATION|Tumbes]]. Soy venezolana, de [[LOCATION|Barquisimeto]]. Me llamo [[PERSON|Yusmary]], [[PERSON|Yusmary Colmenares]].
O: Gracias, [[PERSON|Yusmary]]. ¿Qué ha visto?
C: Hace un ratico vino un tipo a comprar cuatro pasajes para [[LOCATION|Lima]], para unas chamas venezolanas que recién pasaron de [[LOCATION|Ecuador]] por la trocha de [[LOCATION|Aguas Verdes]]. Chamitas, chica, de [[AGE|quince]], [[AGE|dieciséis años]] cuando mucho. Ninguna traía cédula, solo una tenía una partida de nacimiento toda arrugada. Y el tipo me dio un pasaporte colombiano para él y me dijo que eran sus sobrinas. Una de ellas me miraba como pidiendo ayuda, ¿me entiendes?
O: ¿Recuerda los datos del pasaporte?
C: Sí, porque lo tuve que meter en el sistema: [[ID_NUMBER|AU482915]], a nombre de [[PERSON|Jhon Fredy Cárdenas]]. Y de contacto dejó el [[PHONE_NUMBER|+57 311 408 2296]].
O: ¿Le dijo cómo se llaman las chicas?
C: Las puse como él me las dictó: [[PERSON|Génesis]], [[PERSON|Oriana]], [[PERSON|Yeimy]] y [[PERSON|Daniela]], todas con el apellido [[PERSON|Cárdenas]], ¿tú crees? A la más chiquita le pregunté la edad y me dijo "[[AGE|catorce]]", y él la corrigió al toque: "[[AGE|dieciocho]], ya es mayor".
O: ¿A qué hora sale el bus?
C: Hoy, en el de [[DATE_TIME|las 9:40 de la noche]]. Tenemos salidas a [[LOCATION|Lima]] a las 8, a las 9:40 y a las 11 todos los días, y él escogió esa porque llega de madrugada. Van en los asientos 13, 14, 15 y 16 del segundo piso, y la placa del bus es [[OTHER_ID|T3K-965]].
O: Esto es muy importante. Vamos a avisar a la policía para que intervenga antes de que suban o en el control de carretera. ¿Dónde están ellas ahora?
C: Sentaditas en [[ADDRESS|la banca del fondo, al lado del baño de mujeres, frente al counter de encomiendas]]. El tipo se fue a comprar comida al frente, pero ya regresa.
O: Le pido que no lo enfrente ni le diga nada. ¿Tiene un número donde la podamos llamar?
C: Sí, mi celular es el [[PHONE_NUMBER|907 45 61 90]]. Y si te hace falta, mi cédula es [[ID_NUMBER|V-24.918.306]], que el carné todavía está en trámite en Migraciones.
O: Gracias, [[PERSON|Yusmary]]. La policía va a ir al terminal en los próximos minutos; si el señor intenta salir antes con ellas, llame al 105 de inmediato.
C: Ay, Dios mío, qué arrecho esto. Listo, mi amor, yo me quedo pendiente. Si se van antes te vuelvo a llamar.
O: Gracias por llamar. Usted puede estar salvando a esas niñas.
""",
    )
)

# --------------------------------------------------- Spanish with Quechua ----

CALLS.append(
    (
        "h37-10",
        "es",
        """
O: Línea 1818 contra la trata, buenas tardes.
C: Imaynalla, mamitay. Disculpe, señorita, yo no hablo bien castellano. Mi nieto me está ayudando.
O: Allillanmi, mamá. No se preocupe, la entiendo. ¿Qué ha pasado?
C: Mi nieta, señorita, mi wawa. Kimsa killa, tres meses ya que se la han llevado. Yo la crío desde chiquita; su mamá se fue a [[LOCATION|Argentina]] a trabajar y no ha vuelto. Crío a mis tres nietos solita, con la chacra nomás.
O: ¿Cómo se llama su nieta y cuántos años tiene?
C: [[PERSON|Killa]]. [[PERSON|Killa Huamaní Ccoyllo]]. [[AGE|Chunka suqtayuq]]... [[AGE|dieciséis añitos]] tiene.
O: ¿Quién se la llevó?
C: Una señora de [[LOCATION|Andahuaylas]], la mama [[PERSON|Efe]], [[PERSON|Eufemia]] se llama. Vino a la comunidad en la feria del domingo, dijo que en [[LOCATION|Lima]] necesitaban chicas para cuidar wawas en una casa, que le iban a pagar seiscientos soles y que la iban a hacer estudiar de noche. Manam, nada de eso.
O: ¿Ha hablado con su nieta?
C: Una vez nomás llamó, llorando. Dijo que trabaja desde las cinco de la mañana hasta la noche, que la señora de la casa le grita y le pega, que no le pagan, que no la dejan salir ni a la tienda. Dijo que es un edificio alto frente a un parque con pileta, en el piso siete, en [[LOCATION|Surco]].
O: ¿Tiene el número de la señora [[PERSON|Eufemia]] o de su nieta?
C: Mi nieto le va a dictar, señorita. Ya, wawa, dile.
C: Aló, señorita, soy su nieto, [[PERSON|Inti]], tengo [[AGE|doce años]]. El número de la señora [[PERSON|Eufemia]] es [[PHONE_NUMBER|nueve cinco tres, uno cero cero, siete ocho cuatro]]. De mi ñaña no tenemos, ella llamó de otro celular, este: [[PHONE_NUMBER|914 662 038]].
O: Muy bien, [[PERSON|Inti]]. ¿Tienen el DNI de tu hermana?
C: Sí, acá está la copia: [[ID_NUMBER|setenta y uno, cuatrocientos cuarenta y ocho, seiscientos dos]].
O: ¿Y saben dónde vive la señora en [[LOCATION|Andahuaylas]]?
C: Mi abuelita dice que tiene [[ADDRESS|la tienda de abarrotes al lado del grifo, bajando de la plaza de Talavera]]. Y dice que también se llevó a la hija de la vecina, a la [[PERSON|Sisa]], de [[AGE|quince]], el mismo día, [[DATE_TIME|el 8 de julio]].
O: Gracias. Mamá, lo que le pasa a [[PERSON|Killa]] es trata, la están explotando en una casa. Vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Lima]] y de [[LOCATION|Apurímac]], y le vamos a pedir una intérprete de quechua. ¿Cómo se llama usted y a qué número la llamamos?
C: Yo soy [[PERSON|Paulina Ccoyllo Quispe]]. Celular no tengo, señorita, llame a mi vecino, don [[PERSON|Celestino]]: [[PHONE_NUMBER|983 105 442]]. Él me avisa, pero en la mañana, porque en la tarde está en la chacra.
O: Sulpayki, mamá [[PERSON|Paulina]]. Mañana en la mañana la llamamos. Si [[PERSON|Killa]] vuelve a llamar, díganle que marque gratis el 1818.
C: Sulpayki, mamitay. Taytacha la proteja a mi wawa.
""",
    )
)

if __name__ == "__main__":
    write_set(CALLS, "h37-", "heldout37.jsonl")
