# ruff: noqa: E501
"""Held-out set 52: ten NEW fictional labelled hotline calls.

Written by an outside writer who read only /work/shared/eval/LABELS.md,
/work/shared/eval/make_dev.py and make_heldout.py (this folder). All people, phone
numbers, IDs, transfer codes, businesses, shelters and addresses are invented.
Theme: migrants and people on the move (Venezuelans, Colombians, Haitians in Lima,
Tumbes, Tacna, Piura) and Peruvians abroad calling about relatives in Peru.

Mix:
  h52-01  es  lowercase Whisper-style, no punctuation   Venezuelan mother in Tumbes (AAHH), daughter taken past Aguas Verdes
  h52-02  es  lowercase Whisper-style, no punctuation   Haitian man in Tacna, friend held in a room rented by the night; Western Union code
  h52-03  es  lowercase Whisper-style, no punctuation   Peruvian aunt calling from Santiago de Chile (+56) about niece in Piura
  h52-04  es  lowercase Whisper-style, no punctuation   Peruvian calling from Madrid (+34) about cousin in an asentamiento humano in Piura
  h52-05  es  cased Venezuelan Spanish                   young Venezuelan woman in Lima, bar in San Juan de Lurigancho, PTP and cédula
  h52-06  es  cased Venezuelan Spanish                   Venezuelan man in Tumbes, rice-field work, brother's CPP; sister in Argentina
  h52-07  es  cased Colombian Spanish                    Colombian woman from Cali in Piura (Sullana), +57 phone, cédula de ciudadanía
  h52-08  es  Spanish-English code-switching             Peruvian woman in New Jersey (+1) about her sister in Tacna
  h52-09  en  English                                    Haitian man in Lima (Los Olivos), shelter, passport numbers
  h52-10  pt  Brazilian Portuguese                       Haitian woman who lived in Brazil, now in Tacna on the way to Chile

Annotation choices beyond make_dev.py (make_dev.py conventions otherwise kept):
  * Asentamiento humano / manzana / lote: a settlement name said with block/lot (or a
    street) is ONE ADDRESS span ("asentamiento humano los algarrobos manzana f lote
    doce"); a settlement or sector name said alone is LOCATION.
  * Landmark place descriptions that locate a house on their own ("la casa de dos pisos
    sin pintar detrás de la losa deportiva") are ADDRESS; room numbers in a hostel or
    rented room ("cuarto 7", "room 4") are ADDRESS as in make_dev ("room 12").
  * Named border posts, bridges and crossing towns (Aguas Verdes, Santa Rosa,
    Chacalluta) are LOCATION; a bus terminal with its street is ADDRESS; bus companies,
    hostels, shelters, churches, bars and farms with a name are ORGANIZATION.
  * Western Union / money-transfer control numbers (MTCN) are OTHER_ID; money amounts
    and durations are never labelled.
  * PTP, CPP, carné de extranjería, cédula (V-/E- kept inside the span as in make_dev),
    Colombian cédula and passport numbers are ID_NUMBER; the cue word is outside.
  * Numbers said in words with a self-correction ("nueve siete no perdón nueve cuatro
    ...") are one span from the first digit word to the last one, correction included.
  * Phone spans include the spoken country code ("más cinco ocho ..." / "+58").
  * Lowercase Whisper text: names, places and misheard names keep their labels
    ("guillermina" lowercase is still PERSON); misheard cue words (e.g. "pe te pe")
    stay outside the span.
  * Nationality adjectives/demonyms (venezolana, haitiano, haitiana) are not labelled;
    state agencies named generically (Migraciones, la fiscalía, la policía) are not ORGANIZATION.
  * A Facebook page/account name used by a recruiter ("Pasajes Seguros Tacna Arica",
    "kiara ramos chunga punto veintiuno") is one OTHER_ID span; place names inside it are
    not labelled separately. A named bus terminal with its street is one ADDRESS span.
  * Clock times of a routine ("cierra la reja a las 4 de la mañana", "volta toda noite às
    onze horas") are not labelled, as in make_dev; a birth date or the day of an event is.
  * Partial licence plates ("t d j") are OTHER_ID; a false or stated age ("19" on a fake
    paper) is still AGE.
"""

from make_heldout import write_set

CALLS = [
    (
        "h52-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita este mire yo soy venezolana estoy aquí en [[LOCATION|tumbes]] y llamo por mi hija que se la llevaron eh no sé dónde está
O: la escucho señora tranquila cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|yusmary]] [[PERSON|yusmary alejandra pernía]] tiene [[AGE|dieciséis años]] bueno [[AGE|dieciséis]] cumplió [[DATE_TIME|el tres de febrero]]
O: cuándo fue la última vez que la vio
C: [[DATE_TIME|el domingo en la tarde]] salió con una muchacha que le dicen la [[PERSON|flaca]] que le ofreció trabajo de despachadora en una tienda en [[LOCATION|aguas verdes]] y de ahí nada ya no volvió y el teléfono lo tiene apagado
O: tiene el número de su hija
C: sí es un número de allá de [[LOCATION|venezuela]] [[PHONE_NUMBER|más cinco ocho cuatro uno dos seis siete no perdón cuatro uno seis seis siete tres cero dos ocho uno]] ese lo usa con el wifi nada más
O: entiendo y dónde viven ustedes señora
C: en el [[ADDRESS|asentamiento humano los algarrobos manzana f lote doce]] es [[ADDRESS|la casa de dos pisos sin pintar detrás de la losa deportiva]] al lado de la bodega de la señora [[PERSON|chela]] y por si acaso mi hija tiene el pe te pe el número es [[ID_NUMBER|cero cero cuatro siete uno dos ocho cinco nueve]] y la cédula [[ID_NUMBER|v treinta y un millones cuatrocientos dos mil seiscientos diecisiete]] eso lo tengo yo aquí en fotocopia
O: y de la muchacha que le dicen [[PERSON|flaca]] sabe algo más
C: que anda con un señor colombiano que le dicen el [[PERSON|paisa]] nada más y que tiene un carro gris la placa empieza con [[OTHER_ID|t d j]] no vi lo demás
O: señora vamos a comunicar esto ahora mismo a la policía y a la división de trata en [[LOCATION|tumbes]] cómo se llama usted y a qué número la llamamos
C: [[PERSON|mariela pernía]] mi número es [[PHONE_NUMBER|nueve cinco dos tres cuatro ocho uno siete cero]] por favor ayúdeme es mi única hija
O: señora [[PERSON|mariela]] la vamos a llamar en una hora y si su hija se comunica avísenos enseguida al 0800-2-3232
""",
    ),
    (
        "h52-02",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: buenas tarde sí señora disculpe mi español yo soy haitiano me llamo [[PERSON|jean robert saintil]] estoy en [[LOCATION|tacna]] y es por mi amigo
O: no se preocupe señor [[PERSON|jean robert]] le entiendo bien qué le pasa a su amigo
C: mi amigo [[PERSON|wilner]] [[PERSON|wilner dorvil]] él tiene [[AGE|veinticuatro años]] llegamos juntos del [[LOCATION|brasil]] por [[LOCATION|puerto maldonado]] y un señor le dijo que lo pasa a [[LOCATION|chile]] por [[LOCATION|chacalluta]] sin problema pero ahora lo tienen en un cuarto y no lo deja salir
O: dónde está ese cuarto
C: es un hospedaje que alquilan por noche cerca del terminal se llama [[ORGANIZATION|hospedaje los andes del sur]] en la [[ADDRESS|avenida collpa numero cuatrocientos diez]] él está en el [[ADDRESS|cuarto siete]] en el segundo piso eh tercer piso perdón tercer piso
O: quién lo tiene ahí
C: el señor que le dicen [[PERSON|choclo]] dice que mi amigo debe quinientos dólar más del pasaje y que la familia tiene que mandar la plata por guester unión y si no no lo deja ir
O: la familia ya mandó dinero
C: sí la hermana de él de [[LOCATION|miami]] mandó ayer el código es [[OTHER_ID|ocho tres cinco dos cero uno siete cuatro nueve seis]] a nombre de [[PERSON|elmer quispe ticona]] pero igual no lo suelta y ahora pide más
O: eso que describe es grave y podemos mandar a la policía al hospedaje su amigo tiene algún documento
C: su pasaporte haitiano el señor lo tiene el número es [[ID_NUMBER|pe a cero dos cuatro siete nueve uno tres]] yo tengo la foto en mi teléfono
O: a qué número le podemos llamar señor [[PERSON|jean robert]]
C: a mi número peruano [[PHONE_NUMBER|nueve tres ocho cuatro cero siete dos seis uno]] y el de mi amigo es [[PHONE_NUMBER|más cinco cinco once nueve ocho siete seis cinco cuatro tres dos uno]] es del [[LOCATION|brasil]] pero no contesta
O: muy bien ahora mismo alertamos a la policía de [[LOCATION|tacna]] no vaya usted solo al hospedaje lo llamamos en media hora
C: gracias señora muchas gracias
""",
    ),
    (
        "h52-03",
        "es",
        """
O: línea contra la trata buenos días
C: aló buenos días señorita le llamo desde [[LOCATION|santiago de chile]] eh es por mi sobrina que está en [[LOCATION|piura]] y estoy preocupada
O: la escucho señora cuénteme
C: mi sobrina [[PERSON|kiara]] [[PERSON|kiara nicol ramos chunga]] tiene [[AGE|quince]] no ya tiene [[AGE|dieciséis]] está viviendo con su papá en [[LOCATION|veintiséis de octubre]] y me dice que un señor la recoge en la noche en una moto y la lleva a un sitio que se llama [[ORGANIZATION|karaoke el tumi de oro]] por la [[ADDRESS|avenida sánchez cerro cuadra veinte]]
O: qué le ha contado ella de ese lugar
C: que la hacen tomar con los clientes y que le pagan veinte soles la noche y que el señor se llama [[PERSON|robert]] le dicen [[PERSON|cholo robert]] y que le dijo que si no va le pega a su hermanito
O: su papá sabe de esto
C: el papá trabaja de noche en el mercado y no sabe nada o no quiere saber la casa es en el [[ADDRESS|asentamiento humano nueva esperanza manzana ce lote catorce]] [[ADDRESS|la casa de esteras con techo de calamina al frente del pozo de agua]]
O: tiene el número de su sobrina
C: sí es [[PHONE_NUMBER|nueve seis nueve cero cuatro cuatro siete uno tres]] y ella tiene facebook también [[OTHER_ID|kiara ramos chunga punto veintiuno]] ahí sube fotos con ese señor
O: y usted cómo se llama y a qué número la llamamos
C: [[PERSON|nelly chunga]] mi número de aquí es [[PHONE_NUMBER|más cinco seis nueve cuatro cuatro uno ocho dos siete cero tres]] y también tengo correo [[EMAIL_ADDRESS|nelly chunga sesenta y ocho arroba gmail punto com]]
O: señora [[PERSON|nelly]] esto es explotación sexual de una menor vamos a avisar a la fiscalía de familia y a la policía de [[LOCATION|piura]] hoy mismo
C: gracias señorita yo le mando plata a [[PERSON|kiara]] cada mes por western pero igual no alcanza
O: la llamamos mañana para contarle qué se hizo y si ella quiere puede llamar gratis al 0800-2-3232
""",
    ),
    (
        "h52-04",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches llamo desde [[LOCATION|madrid]] desde [[LOCATION|españa]] mi nombre es [[PERSON|wilfredo]] [[PERSON|wilfredo jiménez alburqueque]] y es por mi prima en [[LOCATION|piura]] mm en [[LOCATION|castilla]]
O: buenas noches señor [[PERSON|wilfredo]] qué pasa con su prima
C: mi prima [[PERSON|roxana alburqueque]] tiene [[AGE|treinta y dos]] vive en el [[ADDRESS|asentamiento humano talarita manzana jota lote tres]] y ha metido a su casa a unas chicas venezolanas dice que les da cuarto pero yo creo que las hace trabajar en la calle
O: por qué lo cree
C: porque mi tía me manda audios dice que las chicas salen a las diez de la noche y regresan de madrugada y [[PERSON|roxana]] les cobra todo el cuarto la comida y una de ellas es chiquita dice que tiene [[AGE|catorce]] [[AGE|quince]] años se llama [[PERSON|génesis]] o [[PERSON|yénesis]] algo así
O: entiendo su tía vive cerca de esa casa
C: sí al costado mi tía es doña [[PERSON|petronila]] no perdón [[PERSON|petronila]] nomás [[PERSON|petronila alburqueque]] ella tiene miedo de llamar porque [[PERSON|roxana]] tiene un marido que es bravo le dicen el [[PERSON|tuerto]]
O: sabe dónde trabajan las chicas
C: dicen que en la [[ADDRESS|esquina del grifo primax de la avenida progreso]] y también en un night que se llama [[ORGANIZATION|la cueva del zorro]] en [[LOCATION|castilla]] mismo
O: puede darnos un número para comunicarnos con usted o con su tía
C: el mío es [[PHONE_NUMBER|más tres cuatro seis uno dos cuatro cinco ocho nueve cero tres]] tengo whatsapp y el de mi tía es [[PHONE_NUMBER|nueve siete tres uno cero dos seis cinco ocho]] pero llámela en la mañana cuando [[PERSON|roxana]] no está
O: gracias señor [[PERSON|wilfredo]] vamos a derivar esto a la policía de [[LOCATION|piura]] para que verifiquen y se protejan a las chicas sobre todo a la menor
C: ya gracias ojalá no le pase nada a mi tía
O: su nombre y el de su tía quedan en reserva lo llamaremos por whatsapp mañana
""",
    ),
    (
        "h52-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor, disculpe la hora. Yo soy venezolana, estoy en [[LOCATION|Lima]], en [[LOCATION|San Juan de Lurigancho]], y necesito ayuda porque me tienen trabajando en un bar y no me dejan irme.
O: Gracias por llamar. ¿Está en un lugar seguro ahora mismo?
C: Más o menos, estoy en el cuarto donde dormimos, arriba del local. El bar se llama [[ORGANIZATION|Disco Bar La Caraqueña]], queda en la [[ADDRESS|avenida Próceres de la Independencia 2190]], al ladito de una ferretería.
O: ¿Me puede decir su nombre y su edad?
C: [[PERSON|Oriana Valentina Guédez Colmenares]], tengo [[AGE|20 años]]. Llegué [[DATE_TIME|el 28 de diciembre]] por [[LOCATION|Tumbes]], con una chama de [[LOCATION|Barquisimeto]] que me ofreció trabajo de cajera.
O: ¿Qué pasó cuando llegó?
C: La dueña, la señora [[PERSON|Yolanda Cárdenas]], me dijo que le debía 2.500 soles del pasaje y del hotel, y que tenía que pagarlo "acompañando" a los clientes. Me quitó el PTP y la cédula. El PTP es [[ID_NUMBER|001928374]] y la cédula [[ID_NUMBER|V-28.615.402]], me los sé de memoria, chamo.
O: ¿Hay otras chicas con usted? ¿Alguna menor de edad?
C: Somos cuatro. Hay una chamita, [[PERSON|Daniela]], que dice que tiene [[AGE|diecisiete]], pero la señora le consiguió un papel que dice que tiene [[AGE|19]]. A ella la tienen peor, vale.
O: Vamos a enviar a la policía al local. ¿Tienen armas las personas que las cuidan?
C: Hay un vigilante, le dicen el [[PERSON|Gocho]], y tiene una pistola en la cintura. Él es el que cierra la reja a las 4 de la mañana.
O: Entendido, eso se lo informo a la policía. ¿A qué número le podemos escribir?
C: A mi WhatsApp venezolano, [[PHONE_NUMBER|+58 412 709 3365]]. Y si no contesto, a mi mamá en [[LOCATION|Valencia]], [[PHONE_NUMBER|+58 241 866 0413]], se llama [[PERSON|Carmen Colmenares]].
O: Muy bien, [[PERSON|Oriana]]. La policía va en camino. Quédese con las demás chicas en el cuarto, y cuando lleguen, diga que usted llamó a la línea. Luego las llevamos a un albergue.
C: Gracias, de verdad, Dios te bendiga.
""",
    ),
    (
        "h52-06",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Mire, le hablo desde [[LOCATION|Tumbes]], de [[LOCATION|Zarumilla]]. Yo soy venezolano y quería denunciar lo que le están haciendo a mi hermano y a otros panas en un arrozal.
O: Gracias por llamar. ¿Cómo se llama usted?
C: [[PERSON|Luis Alfredo Briceño]]. Tengo carné de extranjería, [[ID_NUMBER|003615288]].
O: Cuénteme, señor [[PERSON|Luis]].
C: Mi hermano [[PERSON|Yonaiker Briceño]], de [[AGE|23 años]], se fue hace como un mes a trabajar en el arroz con un contratista que le dicen [[PERSON|Chivo]]. Es en el [[ORGANIZATION|Fundo Santa Lucía]], por [[LOCATION|Papayal]], [[ADDRESS|pasando el puente, la entrada de tierra al lado del molino abandonado]].
O: ¿Qué le ha contado su hermano?
C: Que trabajan de 5 de la mañana hasta que oscurece, metidos en el agua, que duermen en un depósito con los sacos de urea, y que no les han pagado nada. El [[PERSON|Chivo]] les guarda el CPP a todos "para la planilla". El de mi hermano es CPP [[ID_NUMBER|0784 5512]]... no, el número es [[ID_NUMBER|07845512]] nomás.
O: ¿Hay menores de edad trabajando ahí?
C: Sí, hay dos chamos que no pasan de [[AGE|16]], uno se llama [[PERSON|Brayan]], del estado [[LOCATION|Zulia]]. Y a mi hermano le pegaron [[DATE_TIME|el viernes 9]] porque pidió su pago para mandarle a nuestra hermana en [[LOCATION|Argentina]], en [[LOCATION|Córdoba]], que está enferma.
O: Eso es muy grave. ¿Su hermano tiene teléfono?
C: Se lo quitaron. Yo hablo con él por el teléfono de otro trabajador, el señor [[PERSON|Medina]]: [[PHONE_NUMBER|972 440 186]]. El mío es [[PHONE_NUMBER|+58 416 302 7751]], pero también tengo uno peruano, el [[PHONE_NUMBER|951 008 624]].
O: Vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Tumbes]], y también a la inspección de trabajo. Lo llamamos esta tarde, señor [[PERSON|Luis]].
C: Gracias, pues. Ojalá que rápido, mire que el [[PERSON|Chivo]] anda armado.
""",
    ),
    (
        "h52-07",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, qué pena con usted. Yo soy colombiana, de [[LOCATION|Cali]], y estoy en [[LOCATION|Sullana]], en [[LOCATION|Piura]]. Le quería consultar una cosita, porque estoy como amarrada aquí.
O: Con gusto. Cuénteme qué le pasa.
C: Vea, a mí me trajo una señora que conocí en [[LOCATION|Jamundí]], [[PERSON|Doris]], [[PERSON|Doris Mosquera]]. Me dijo que acá había trabajo de manicurista en un spa y que ella me pagaba el tiquete. Y cuando llegué era un prostíbulo, el [[ORGANIZATION|Club Privado Las Gardenias]], en la [[ADDRESS|carretera a Bellavista, kilómetro 2]].
O: ¿Desde cuándo está ahí?
C: Desde [[DATE_TIME|el 15 de enero]]. Ella dice que le debo cuatro millones de pesos, que son como 4.000 soles, y cada semana me suma más por la comida y el cuarto. Y me tiene el pasaporte, el número es [[ID_NUMBER|AV382615]].
O: ¿Puede salir del lugar?
C: Solo con ella o con el marido, don [[PERSON|Hernán]]. Y me dicen que si me voy, le mandan fotos mías a mi familia en [[LOCATION|Colombia]]. Mi mamá no sabe nada, ella cree que yo trabajo en un spa.
O: Eso que le hacen es un delito, y usted es víctima. ¿Me dice su nombre?
C: [[PERSON|Leidy Johana Valencia Ortiz]], cédula [[ID_NUMBER|1.144.208.563]]. Tengo [[AGE|24 años]]. Y hay otra muchacha, [[PERSON|Stefany]], de [[LOCATION|Buenaventura]], que es menor, tiene [[AGE|17]].
O: ¿A qué número la podemos contactar con seguridad?
C: A mi WhatsApp colombiano, [[PHONE_NUMBER|+57 315 482 9067]]. Escríbame como si fuera mi prima [[PERSON|Yesenia]], ¿listo?
O: Listo, [[PERSON|Leidy]]. Voy a coordinar con la policía de [[LOCATION|Sullana]] y un albergue. Le escribo en diez minutos como [[PERSON|Yesenia]].
C: Bueno, mil gracias, de verdad. Que Dios le pague.
""",
    ),
    (
        "h52-08",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, buenas tardes. Sorry, mi español is a little rusty. I'm calling from [[LOCATION|New Jersey]], from the [[LOCATION|United States]], y es por mi hermana que está en [[LOCATION|Tacna]].
O: No hay problema, puede hablar en inglés o en español, como le sea más cómodo. ¿Qué le pasa a su hermana?
C: Okay, so my sister, [[PERSON|Milagros]], [[PERSON|Milagros Ticona Mamani]], she's [[AGE|twenty-six]]. Ella quería cruzar a [[LOCATION|Chile]] para trabajar en [[LOCATION|Arica]], y un tipo en Facebook le ofreció pasarla por la frontera. The account is [[OTHER_ID|Pasajes Seguros Tacna Arica]], con una foto de un bus.
O: ¿Y qué pasó?
C: She went to meet him at the [[ADDRESS|terminal internacional Manuel A. Odría, on Avenida Circunvalación]], on [[DATE_TIME|Monday]], y desde ahí la llevaron a una casa. Now they're saying she owes them like eight hundred dollars, y que no la sueltan hasta que yo pague. They sent me a Western Union name, [[PERSON|Rómulo Flores Apaza]], and she's crying on the phone, she says there's other girls there too.
O: ¿Sabe dónde queda la casa?
C: She sent me a location pin antes de que le quitaran el celular. It's in [[LOCATION|Ciudad Nueva]], [[ADDRESS|asociación de vivienda Las Vilcas, manzana B, lote 9]], like a brown house with a blue garage door.
O: ¿Usted ya envió algún dinero?
C: Yes, two hundred dollars last night. The MTCN is [[OTHER_ID|574 209 3318]]. I know, I know, I shouldn't have, I panicked.
O: Es comprensible. No envíe más dinero. Lo que describe parece trata de personas, y vamos a avisar a la policía de [[LOCATION|Tacna]] para que vayan a esa dirección. ¿Tiene el número de su hermana y su DNI?
C: Her DNI is [[ID_NUMBER|46093718]]. Her phone was [[PHONE_NUMBER|952 713 408]], pero ahora contesta un hombre. And I'm [[PERSON|Rocío Ticona]], my cell is [[PHONE_NUMBER|+1 201 555 0187]], and email [[EMAIL_ADDRESS|rocio.ticona.nj@gmail.com]].
O: Gracias, [[PERSON|Rocío]]. Guarde todos los mensajes y el recibo del envío. La llamo en cuanto tenga noticias de la policía.
C: Thank you so much. Please, please find her.
""",
    ),
    (
        "h52-09",
        "en",
        """
O: Línea contra la trata, good evening. How can I help you?
C: Good evening, thank you. I speak English better than Spanish. I am from [[LOCATION|Haiti]], from [[LOCATION|Cap-Haïtien]], and I live in [[LOCATION|Lima]] now, in [[LOCATION|Los Olivos]]. My name is [[PERSON|Frantz Joseph]].
O: Thank you, [[PERSON|Frantz]]. What's happening?
C: It is about my cousin [[PERSON|Nadège]], [[PERSON|Nadège Pierre-Louis]]. She is [[AGE|19]]. A woman from our church, Madame [[PERSON|Rose]]... I mean, we call her Manmi [[PERSON|Rose]], she said she has a job for her cleaning houses in [[LOCATION|Miraflores]]. But since [[DATE_TIME|March 4]] my cousin lives in that woman's house and she cleans and cooks for fourteen people, no salary, and she cannot go out alone.
O: Where is the house?
C: It is in [[LOCATION|Puente Piedra]], [[ADDRESS|the yellow three-storey house at the end of Pasaje Los Jazmines, next to the Adventist church]]. My cousin sleeps in [[ADDRESS|room 4]] on the roof, with two other girls.
O: Are the other girls adults?
C: One I think is [[AGE|fifteen]], her name is [[PERSON|Guerline]]. The woman took their passports. My cousin's passport number is [[ID_NUMBER|RD4471902]], I have the copy from when we did the papers at Migraciones.
O: Does your cousin want to leave?
C: Yes, she wants to leave, but she is afraid, because the woman says she will call immigration and they will send her back to [[LOCATION|Port-au-Prince]]. I told her about the [[ORGANIZATION|Casa del Migrante San José]], the shelter in [[LOCATION|Breña]], but she has no money for the bus.
O: She won't be deported for being a victim. We can coordinate with the police and a shelter so she can leave safely. Do you have a phone number for her?
C: She uses my aunt's phone, [[PHONE_NUMBER|+509 3712 4480]], with WhatsApp. My number is [[PHONE_NUMBER|nine one seven, two zero four, five five three]].
O: Thank you. Can you tell me the full name of the woman who keeps her?
C: [[PERSON|Rose-Marie Célestin]]. She has a small shop, [[ORGANIZATION|Boutique Bèl Fanm]], in the [[ORGANIZATION|Mercado Unicachi]].
O: Okay, [[PERSON|Frantz]]. I'll pass this to the police and the shelter tonight, and I'll call you back within the hour.
C: Thank you. God bless you.
""",
    ),
    (
        "h52-10",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite, desculpa, eu não falo bem espanhol. Posso falar em português?
O: Sí, puede hablar en portugués, le entiendo. ¿Qué pasa?
C: Meu nome é [[PERSON|Fabienne Jean-Baptiste]], sou haitiana, mas morei seis anos em [[LOCATION|São Paulo]], no [[LOCATION|Brasil]]. Agora estou em [[LOCATION|Tacna]] com meu filho de [[AGE|oito anos]], a gente queria passar pro [[LOCATION|Chile]] para encontrar meu marido em [[LOCATION|Antofagasta]].
O: ¿Y qué le ha pasado en [[LOCATION|Tacna]]?
C: Um homem, o [[PERSON|Careca]], disse que cruzava a gente pela fronteira por trezentos dólares. Paguei, e ele levou a gente pra uma casa, e agora não deixa sair. Diz que tem que pagar mais mil dólares, e que eu tenho que trabalhar à noite num bar dele pra pagar. Ontem ele levou duas meninas daqui pro bar.
O: ¿Sabe dónde está la casa?
C: Não sei o nome da rua. É em [[LOCATION|Alto de la Alianza]], [[ADDRESS|uma casa de tijolo sem reboco atrás do mercadinho, com um portão verde]]. Tem mais umas oito pessoas aqui, venezuelanos e haitianos, tem criança também.
O: ¿Tiene algún documento?
C: Ele pegou meu passaporte e o RNM do [[LOCATION|Brasil]]. O passaporte é [[ID_NUMBER|HT2208457]], e o RNM é [[ID_NUMBER|F739551-K]]. Meu filho se chama [[PERSON|Samuel]], nasceu no [[DATE_TIME|dia 2 de maio]].
O: ¿Está en peligro ahora?
C: Ele volta toda noite, às onze horas, mais ou menos. Agora ele não está.
O: Vamos a enviar a la policía a esa casa. ¿A qué número le podemos escribir?
C: Meu WhatsApp é do [[LOCATION|Brasil]], [[PHONE_NUMBER|mais cinco cinco, onze, nove sete três dois, oito um quatro zero]]. E do meu marido no [[LOCATION|Chile]] é [[PHONE_NUMBER|+56 9 8215 4093]], ele se chama [[PERSON|Wesner]].
O: Muy bien, [[PERSON|Fabienne]]. La policía de [[LOCATION|Tacna]] va para allá. No le diga nada al hombre, y cuando lleguen, diga que usted llamó.
C: Obrigada, muito obrigada.
""",
    ),
]

write_set(CALLS, "h52-", "heldout52.jsonl")
