# ruff: noqa: E501
"""Held-out set h36: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md
(types and format), shared/eval/make_dev.py (annotation conventions) and make_heldout.py
(the [[TYPE|surface]] builder used here through write_set). Nothing else was consulted; the
calls were written without seeing any recognizer or its output. All people, phone numbers,
IDs, e-mails, handles, plates, accounts and businesses are invented.

Mix of styles:
  h36-01..03  lowercase, unpunctuated Whisper-style Spanish: fillers (eh, este, ya),
              self-corrections, numbers said in words (digit by digit and in groups),
              misheard words ("cali guarma", "de ene i", "yurimawas", "de muna").
  h36-04..05  cased Spanish.                      h36-06  English.
  h36-07      Brazilian Portuguese.               h36-08  Venezuelan Spanish.
  h36-09      Andean Spanish with Quechua words.  h36-10  Spanish/English code-switching.
Callers: a mototaxi driver (Tarapoto), a school cook (Huanta), a security guard at a mine
(Pataz), a hairdresser (Los Olivos), a Polish-born parish priest (Chiclayo), a retired Irish
teacher (Arequipa), a shop clerk in a Brazilian border town, a Venezuelan nurse's aide
(Trujillo), a Quechua-speaking grandmother (Huancavelica) and a cousin abroad (New Jersey).

Conventions are make_dev.py's (titles/articles outside PERSON, cue words such as DNI, placa,
CPF, "carné de extranjería" outside ID/plate spans, AGE with its unit, DATE_TIME keeps the
article but not a preceding preposition, named weekdays and clock times tied to an event are
labelled, relative words and routine schedules are not). Choices beyond make_dev.py:
  * A self-corrected number: the abandoned fragment and the corrected number are separate
    spans of the same type, the correction words ("no perdón", "sorry") outside; a lone
    corrected digit ("el último es ocho") is not labelled. A number split over turns is one
    span per piece. A filler inside one continuous number ("nueve cuarenta y uno eh
    doscientos...") stays inside the span.
  * E-mails and handles said aloud are labelled whole, "arroba"/"at"/"dot" included; a
    Facebook page name or profile URL is OTHER_ID; a bank account is OTHER_ID; a Yape number
    is a phone number, so PHONE_NUMBER. Platforms and banks (Yape, BCP, Facebook, Instagram,
    WhatsApp, TikTok) are not labelled.
  * Named private places that point to people (a school, a parish, a private clinic, a shop,
    a salon, a bar, a brick kiln) are ORGANIZATION; public bodies (fiscalía, comisaría,
    DEMUNA, Migraciones, SUNAFIL, Qali Warma, Polícia Federal, Conselho Tutelar) are not.
    Place names inside them ("la policía de [[LOCATION|Huaral]]") are LOCATION as in make_dev.
  * Surfaces are labelled as transcribed, misheard or not ("yurimawas" is LOCATION).
  * An age range said as one phrase ("quince dieciséis años", "6 o 7 años") is one AGE span;
    a day and clock time said together ("el viernes a las once de la noche") is one DATE_TIME.
    The caller's own age is AGE; durations ("22 años en el Perú", "40 years") are not.
  * A name spelled letter by letter ("S-I-O-B-H-A-N") is PERSON.
  * Names that are common words are labelled only where they name someone: "justo" (name)
    vs "justo ayer", "Dulce" vs "dulces", "Pastor" (surname) vs "el pastor", "Puma" vs
    "puma", "Catire" (nickname) vs "catire" (blond), "La Esperanza" (district) vs hope.
  * Traps left unlabelled: money, durations, counts, the hotline 1818 and emergency 105 (in
    digits and words), legal articles and laws, public institutions, routine schedules,
    nationality adjectives, feast names ("la fiesta de Santiago", "Fiestas Patrias").
  * VRAEM (a named region) and an anexo (hamlet) name are LOCATION.
  * An article that is a fixed part of a name stays inside ("La Esperanza", "Los Olivos",
    a bar called "la chispa"); a plain determiner stays outside ("la [[ORGANIZATION|Tropicana Mix]]").
    Portuguese contractions (no, na) stay outside DATE_TIME and ADDRESS spans.

Run:  cd /work/private_h36r/redact && python3 make_heldout36.py   (writes heldout36.jsonl)
"""

from make_heldout import write_set

CALLS = []

# ------------------------------------------- Whisper-style Spanish (lowercase) ----

CALLS.append(
    (
        "h36-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita este mire yo soy mototaxista acá en [[LOCATION|tarapoto]] bueno en [[LOCATION|morales]] y quería avisar de algo que estoy viendo ya hace como dos meses
O: lo escucho con calma está en un lugar seguro para hablar
C: sí sí estoy en mi casa ya guardé la moto mire eh yo paro en [[ADDRESS|el paradero de la esquina del mercadito al costado del grifo]] y hay una señora que casi todas las noches me contrata para llevar a unas chicas jovencitas a un hospedaje por la carretera a [[LOCATION|lamas]] se llama [[ORGANIZATION|huayruro dorado]] o algo así [[ORGANIZATION|hospedaje el huayruro]]
O: cuántas chicas son y qué edad cree que tienen
C: son tres a veces cuatro no pasan de [[AGE|dieciséis años]] señorita se nota que son chiquillas todavía una me contó que tiene [[AGE|catorce]] y que es de [[LOCATION|yurimawas]] le dicen la [[PERSON|flaca]] y la señora le jala el pelo cuando no quiere subir a la moto
O: eso es muy grave sabe cómo se llama la señora
C: le dicen doña [[PERSON|chela]] su nombre es [[PERSON|graciela]] eh [[PERSON|graciela pinedo]] creo ella me paga quince soles la carrera y a veces me da cinco más de propina para que no pregunte nada
O: hay algún hombre que las reciba en el hospedaje
C: sí un señor gordito con una camioneta plateada que siempre está parqueada afuera la placa es [[OTHER_ID|be ka jota cuatro cinco ocho]] yo la he anotado en mi cuaderno porque ya me dio mala espina
O: muy bien y cuándo fue la última vez que las llevó
C: [[DATE_TIME|el viernes a las once de la noche]] más o menos la [[PERSON|flaca]] iba llorando todo el camino y me dijo señor ayúdeme no quiero ir y yo no supe qué hacer pues
O: hizo bien en llamar lo que usted describe es explotación sexual de menores eso es trata según la ley veintiocho mil novecientos cincuenta y vamos a pasar el caso ahora mismo a la policía y a la fiscalía de [[LOCATION|san martín]]
C: ya pero yo no quiero problemas señorita esa gente me conoce sabe dónde paro
O: su identidad queda en reserva me puede dejar un número por si la policía necesita ubicarlo
C: ya mi número es [[PHONE_NUMBER|nueve siete ocho dos]] no no perdón ese es el de mi señora el mío es [[PHONE_NUMBER|nueve siete cinco dos uno cero cuatro seis tres]]
O: le repito [[PHONE_NUMBER|nueve siete cinco dos uno cero cuatro seis tres]] y cómo lo llamo
C: [[PERSON|wilder]] nomás ponga [[PERSON|wilder sangama]] si quiere pero que no salga en ningún lado
O: gracias señor [[PERSON|wilder]] no se acerque al hospedaje ni confronte a la señora si ve a las chicas en peligro llame al ciento cinco o a esta misma línea el mil ochocientos dieciocho que es gratuita
C: ya señorita gracias mañana salgo a las seis como siempre si la señora me vuelve a llamar le aviso
O: perfecto cualquier dato nuevo nos llama gracias por su llamada
""",
    )
)

CALLS.append(
    (
        "h36-02",
        "es",
        """
O: línea contra la trata buenas tardes le escucho
C: aló buenas tardes señorita disculpe que la moleste eh yo soy cocinera en un colegio acá en [[LOCATION|huanta]] en el [[ORGANIZATION|colegio virgen de cocharcas]] cocino para los chicos del cali guarma el desayuno y el almuerzo
O: no es molestia señora cuénteme qué pasó
C: hay una niña la [[PERSON|yanet]] que siempre venía a ayudarme a servir a sus compañeritos bien trabajadora era y desde [[DATE_TIME|el veinte de marzo]] ya no viene su hermanito me dijo que una señora que dice que es su madrina se la ha llevado a [[LOCATION|lima]] para trabajar en una casa y que allá la iban a hacer estudiar
O: qué edad tiene la niña
C: [[AGE|doce añitos]] no perdón ya cumplió [[AGE|trece]] es chiquita flaquita
O: y sabe algo de cómo está ella
C: [[DATE_TIME|el domingo]] me llamó al celular bien bajito llorando dice que trabaja desde las cinco de la mañana lavando cocinando cuidando a un bebito que no la dejan salir ni a la tienda y que la señora le dice que le debe el pasaje y la ropa que no le pagan ni los trescientos soles que le habían ofrecido y que no está estudiando nada
O: sabe cómo se llama la madrina y dónde vive
C: [[PERSON|nelly]] le dicen la señora [[PERSON|nelly ayala]] vive en [[LOCATION|ate]] por [[ADDRESS|la avenida nicolás ayllón cerca del paradero la curva una casa de reja verde con un taller de costura abajo]] eso me dijo la [[PERSON|yanet]] y en el facebook tiene su página pone anuncios de trabajo para chicas de la sierra sale como [[OTHER_ID|nelly ayala empleos lima]]
O: tiene algún documento de la niña su dni
C: sí porque yo le ayudé con su matrícula tengo la copia acá en mi cuaderno su de ene i es [[ID_NUMBER|siete dos nueve cero cuatro uno uno seis]]
O: le repito [[ID_NUMBER|siete dos nueve cero cuatro uno uno seis]]
C: no perdón el último es ocho no seis ay mis ojos ya no ven bien
O: entonces [[ID_NUMBER|72904118]] y cómo se llama completo la niña
C: [[PERSON|yanet ccorahua huamaní]] su mamá es la señora [[PERSON|teodora huamaní]] pero ella no habla mucho castellano y tiene miedo de la madrina porque dice que le prestó plata quinientos soles para la chacra
O: señora lo que me cuenta es grave una niña de [[AGE|trece años]] trabajando en una casa sin pago y sin estudiar es trata con fines de explotación doméstica vamos a derivarlo a la fiscalía de familia y a la policía en [[LOCATION|lima]] para que la ubiquen y también avisaremos a la de muna de [[LOCATION|huanta]]
C: ay ya gracias mamita es que yo la quiero como a mi hija pues veinticinco chicos les cocino y ella era la única que me ayudaba
O: me puede dar su nombre y un número para llamarla
C: [[PERSON|eulogia]] me llamo [[PERSON|eulogia pariona]] mi celular es [[PHONE_NUMBER|nueve seis cuatro ocho cero dos]]
O: ajá
C: [[PHONE_NUMBER|cinco cinco uno]] pero en las mañanas no contesto porque estoy en la cocina de seis a dos
O: entonces la llamo en la tarde señora [[PERSON|eulogia]] si la niña vuelve a llamar dígale que puede marcar gratis el uno ocho uno ocho desde cualquier celular
C: ya señorita le voy a decir gracias dios le pague
""",
    )
)

CALLS.append(
    (
        "h36-03",
        "es",
        """
O: línea contra la trata de personas buenas noches
C: buenas noches señorita eh le hablo de [[LOCATION|pataz]] bueno de [[LOCATION|retamas]] no sé si me escucha aquí la señal es malísima
O: lo escucho entrecortado pero sí lo escucho siga nomás
C: ya yo trabajo de vigilante en la mina en la [[ORGANIZATION|minera cerro dorado]] por la empresa de seguridad [[ORGANIZATION|halcón andino]] hago turno de doce horas de seis a seis y en la noche desde la garita se ve todo lo que pasa abajo en el pueblo
O: y qué es lo que ve
C: hay unas cantinas señorita y ahí tienen chicas bien jovencitas de [[AGE|quince dieciséis años]] que atienden a los mineros las traen de [[LOCATION|cajamarca]] de [[LOCATION|huamachuco]] en la combi de los jueves y ya no salen la peor es una cantina que se llama [[ORGANIZATION|la chispa]]
O: sabe quién es el dueño
C: le dicen el [[PERSON|cuervo]] un señor [[PERSON|tito]] no sé el apellido una de las chicas vino a la garita a pedir agua y me contó que tiene que pagar cincuenta soles diarios por el cuarto y si no junta no come y le paga por yape al [[PERSON|cuervo]] al [[PHONE_NUMBER|nueve cuarenta y uno eh doscientos treinta cero ochenta y siete]] me enseñó su celular
O: esa chica le dijo su nombre o su edad
C: dijo que se llama [[PERSON|rosmery]] que tiene [[AGE|dieciséis]] y que es de [[LOCATION|cajabamba]] tenía el brazo morado señorita
O: cuándo fue que vino a la garita
C: [[DATE_TIME|el sábado veintidós]] como a [[DATE_TIME|las tres de la mañana]] después se la llevó una señora
O: hay otros menores además de las chicas
C: sí también muchachos en los socavones informales arriba del cerro chicos de [[AGE|diecisiete años]] que cargan mineral en sacos les pagan diez soles por saco y el contratista un tal [[PERSON|mallqui]] les ha quitado el de ene i para que no se vayan uno se llama [[PERSON|justo]] justo ayer lo vi pasar bien flaquito tosiendo
O: lo que describe es explotación sexual y laboral con menores de edad vamos a informar a la fiscalía especializada y a la policía de [[LOCATION|trujillo]] porque ahí está la unidad contra la trata me puede dar un número para contactarlo
C: sí pero aquí casi no agarra señal mejor por whatsapp [[PHONE_NUMBER|novecientos treinta y dos ciento catorce setecientos cinco]]
O: y su nombre
C: [[PERSON|edwin]] [[PERSON|edwin llanos]] pero no diga que soy de seguridad porque me botan
O: gracias señor [[PERSON|edwin]] por su seguridad no comente esto con sus compañeros si ve algo urgente llame al ciento cinco
C: ya señorita es que acá la comisaría más cerca está a dos horas por trocha somos como cuarenta vigilantes y nadie dice nada
O: entiendo igual hacemos el reporte hoy y lo llamamos en la semana por whatsapp
""",
    )
)

# ------------------------------------------------------------ cased Spanish ----

CALLS.append(
    (
        "h36-04",
        "es",
        """
O: Línea 1818, contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Mire, yo tengo una peluquería en [[LOCATION|Los Olivos]], el [[ORGANIZATION|Salón Brillo y Color]], y le llamo por una clienta, una chiquita que me tiene preocupada.
O: Gracias por llamar. Cuénteme, ¿qué ha pasado?
C: Se llama [[PERSON|Brisa]], tiene [[AGE|16 años]]. Viene desde hace un mes con un señor de unos [[AGE|40 años]] que le dicen [[PERSON|Kike]]. Él paga todo: tinte, uñas, extensiones; ayer me pagó 380 soles de una sola vez. Y la chica me contó que ya tiene contrato con una agencia de modelos, que viaja a [[LOCATION|Chile]] [[DATE_TIME|el 28 de julio]], por Fiestas Patrias.
O: ¿Le dijo el nombre de la agencia?
C: Me enseñó el Instagram: [[OTHER_ID|@starsmodels.castingperu]]. Puras fotos de chicas en ropa interior, señorita. Y le pidieron que no le cuente nada a su mamá hasta que esté allá, que es "sorpresa".
O: ¿Sabe con quién vive la chica?
C: Con su mamá, la señora [[PERSON|Marleni]], que trabaja en el mercado todo el día, de 5 de la mañana a 8 de la noche. Viven en la [[ADDRESS|manzana F, lote 12, de la asociación Los Jazmines]], a tres cuadras del salón.
O: ¿Y del señor [[PERSON|Kike]] sabe algo más?
C: Viene en un carro negro, un Kia, la placa es [[OTHER_ID|BFR-629]]. Una vez lo escuché hablar por teléfono y decía "la mercadería sale [[DATE_TIME|el 28]], son tres". Ay, me dio escalofríos.
O: ¿Tiene el número de [[PERSON|Brisa]] o el de su mamá?
C: El de [[PERSON|Brisa]] sí, porque le separo sus citas: [[PHONE_NUMBER|951 307 842]]. El de la mamá no lo tengo.
O: Lo que me describe tiene señales claras de captación para explotación sexual: una menor, un adulto que le hace regalos, una oferta en el extranjero y el pedido de que no le cuente a su familia. Eso es trata según el artículo 129-A del Código Penal, aunque la chica diga que quiere ir. Vamos a alertar a la Policía, a la Fiscalía y a Migraciones para que no salga del país.
C: Ay, qué bueno. Yo no sabía si llamar, porque la chica está feliz, dice que va a ser famosa.
O: Hizo muy bien. ¿Me da su nombre y un número de contacto?
C: [[PERSON|Yesenia Tafur]]. El teléfono del salón es el [[PHONE_NUMBER|01 528 4417]], no, espere, [[PHONE_NUMBER|01 528 4471]], siempre me confundo. Y mi correo es [[EMAIL_ADDRESS|yesenia punto tafur punto 82 arroba gmail punto com]].
O: Gracias, señora [[PERSON|Yesenia]]. Le pido que no le diga nada al señor ni lo enfrente. Si la chica vuelve al salón, trate de que nos llame, o llámenos usted. Y si ve que la suben al carro con maletas, llame al 105.
C: Ya, señorita. Ella tiene cita [[DATE_TIME|el jueves a las 4]] para el planchado.
O: Perfecto, eso nos ayuda mucho. La llamamos antes de esa cita para coordinar.
C: Gracias. Yo atiendo de lunes a sábado, de 10 a 8, ahí me encuentra.
""",
    )
)

CALLS.append(
    (
        "h36-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, hija. Le habla el padre [[PERSON|Marek Nowicki]], soy párroco de la [[ORGANIZATION|Parroquia San Judas Tadeo]], en [[LOCATION|José Leonardo Ortiz]], [[LOCATION|Chiclayo]]. Aquí todos me dicen padre [[PERSON|Marcos]].
O: Buenas noches, padre. Dígame.
C: Hay un grupo de niños que venden dulces en la puerta de la parroquia después de la misa de 7, y luego en el parque hasta medianoche. Son cinco. Los más chiquitos tendrán [[AGE|6 o 7 años]]. Una niña, [[PERSON|Dulce]], me dijo que tiene [[AGE|siete]], y su hermano [[PERSON|Josué]], [[AGE|9 años]]. Vienen de [[LOCATION|Cutervo]], en [[LOCATION|Cajamarca]].
O: ¿Por qué cree que están siendo explotados?
C: Porque una mujer los trae y se lleva la plata. Se llama [[PERSON|Rosaura Pastor]], dice que es su tía. Si no juntan 80 soles cada uno, no les da de comer, eso me contó [[PERSON|Josué]]. [[DATE_TIME|El domingo 13]] la niña se desmayó en la vereda, de hambre, y la señora [[PERSON|Pastor]] la levantó a jalones y la subió a una mototaxi. Hasta el pastor de la iglesia evangélica de enfrente lo vio y vino a hablarme.
O: ¿Sabe dónde viven?
C: Los seguí una vez, Dios me perdone. Viven en [[ADDRESS|un cuarto alquilado detrás del taller de mecánica, a media cuadra del mercado Moshoqueque, por la puerta 5]]. La mototaxi es roja, placa [[OTHER_ID|4827-2C]].
O: ¿Los niños van al colegio?
C: No, hija. Le ofrecí a la señora matricularlos gratis en nuestro colegio parroquial y me dijo que no, que los niños trabajan. Llamé al 105 [[DATE_TIME|el lunes]] y me dijeron que no era emergencia.
O: Entiendo, padre. Lo que describe es explotación de niños en la mendicidad y la venta ambulante, que es una forma de trata. Vamos a derivar el caso a la Unidad de Protección Especial, a la Fiscalía de Familia y a la policía de [[LOCATION|Chiclayo]].
C: Gracias. ¿Necesitan algún dato mío?
O: Sí, un número y, si puede, un correo.
C: Mi celular es [[PHONE_NUMBER|944 270 183]]. El correo de la parroquia es [[EMAIL_ADDRESS|sanjudas.jlo@gmail.com]]. Y por si lo piden, mi carné de extranjería es el [[ID_NUMBER|001284573]]; soy polaco, pero llevo 22 años en el [[LOCATION|Perú]].
O: Gracias, padre [[PERSON|Marcos]]. ¿Alguien tiene el número de la señora?
C: Sí, una catequista lo tiene, porque le vende los caramelos al por mayor: [[PHONE_NUMBER|978 402 615]]. La señora [[PERSON|Rosaura]] le compra tres cajas cada viernes.
O: Muy bien. Le pido que no la confronte. Mañana lo llamamos para coordinar con la fiscalía.
C: Que Dios la bendiga, hija. Esos niños deberían estar jugando, no vendiendo dulces a medianoche.
""",
    )
)

# ------------------------------------------------------------------ English ----

CALLS.append(
    (
        "h36-06",
        "en",
        """
O: Línea contra la trata, good afternoon. How can I help?
C: Hello, good afternoon. I hope I have the right number, a neighbour gave me 1818. My name is [[PERSON|Siobhán Keane]], I'm a retired schoolteacher, Irish, living in [[LOCATION|Arequipa]], in [[LOCATION|Cayma]].
O: You have the right number, Ms [[PERSON|Keane]]. Go ahead.
C: I volunteer at a reading club on Tuesdays and Thursdays. One of the boys, [[PERSON|Elmer]], about [[AGE|twelve]], stopped coming a month ago. On [[DATE_TIME|Sunday]] I went looking for him, and I found him working at a brick kiln in [[LOCATION|Cerro Colorado]], covered in clay, carrying bricks on his back.
O: Was he alone?
C: No, there were at least eight children there, and their parents. The family told me the owner lent them money for a funeral two years ago, 3,000 soles, and now the whole family works to pay it back. They get 20 soles per thousand bricks, and the owner deducts food and the rent of the hut. [[PERSON|Elmer]]'s father said they can't leave until the debt is paid, and it never goes down.
O: Do you know the owner's name, or the name of the kiln?
C: It's [[ORGANIZATION|Ladrillera San Fermín]]. The owner is a Mr. [[PERSON|Lucio Huarca]], and there's a foreman they call [[PERSON|Chino]] who shouts at the children. The kiln is [[ADDRESS|the last one on the dirt track behind the cemetery, with a red water tank on a tower]].
O: Did you see any violence?
C: [[PERSON|Elmer]] had burns on his hands. And his cousin, [[PERSON|Nilton]], who is [[AGE|fourteen]], told me the foreman hits them with a hose if they drop bricks. They start at five in the morning and work about twelve hours a day.
O: That sounds like forced labour through debt bondage, with children involved. We'll report it to the prosecutor's office, the police, the labour inspectorate, SUNAFIL, and child protection services.
C: Thank you. I'm [[AGE|seventy-one]], I taught for 40 years, and I've never seen anything like it.
O: Can I have a phone number and an ID number for the report?
C: My mobile is [[PHONE_NUMBER|nine five nine, two four]]... sorry, no, [[PHONE_NUMBER|nine five nine, two one four, six zero three]]. My carné de extranjería is [[ID_NUMBER|000593127]], or my passport, [[ID_NUMBER|PX4417290]].
O: And an e-mail?
C: [[EMAIL_ADDRESS|siobhan dot keane at eircom dot net]]. That's [[PERSON|S-I-O-B-H-A-N]], no accent in the e-mail.
O: Thank you, Ms [[PERSON|Keane]]. Please don't go back to the kiln or confront the owner. If you see a child in danger, call 105. We'll call you back later this week.
C: Thank you. I'll keep the reading club open for [[PERSON|Elmer]], every Tuesday, in case he comes back.
""",
    )
)

# ------------------------------------------------------ Brazilian Portuguese ----

CALLS.append(
    (
        "h36-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, moça. Desculpa, eu não falo espanhol direito. Você entende português?
O: Sim, falo um pouco de português. Pode falar devagar, por favor.
C: Tá bom. Meu nome é [[PERSON|Rosângela]], sou balconista numa loja de roupa em [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]], bem na fronteira com [[LOCATION|Iñapari]]. Me passaram esse número, o 1818, no rádio.
O: Muito bem, [[PERSON|Rosângela]]. O que aconteceu?
C: Tem uma menina que sempre compra na loja, a [[PERSON|Kauane]], de [[AGE|16 anos]], lá de [[LOCATION|Rio Branco]]. No [[DATE_TIME|dia 9 de junho]] ela veio toda feliz, falou que um peruano ia levar ela pra trabalhar de garçonete em [[LOCATION|Puerto Maldonado]], ganhando mil e quinhentos reais por mês. Ela atravessou a ponte com ele no mesmo dia, de carro.
O: E depois disso, teve notícias dela?
C: Ela me mandou mensagem no Instagram, do perfil dela, [[OTHER_ID|@kauane.rb_oficial]], dizendo que não era restaurante, que é uma boate, que tomaram o documento dela e que ela tem que "pagar a passagem" ficando com os clientes. Depois apagou a mensagem.
O: Sabe como se chama o homem ou o lugar?
C: Chamam ele de [[PERSON|Lobão]]. O carro é uma caminhonete cinza com placa peruana, [[OTHER_ID|V2K-815]], eu vi pela vitrine. Ele passa na loja todo sábado de manhã pra comprar roupa curta pra outras meninas. A boate, ela disse que se chama [[ORGANIZATION|Kalambú Night]], perto do aeroporto.
O: Você tem algum documento dela?
C: Tenho, ela fez crediário na loja. O CPF dela é [[ID_NUMBER|528.374.190-62]]. A mãe dela, dona [[PERSON|Socorro]], está desesperada, mas tem medo da Polícia Federal porque a menina atravessou sem autorização.
O: A menina é vítima, não fez nada errado. Vamos passar o caso para a polícia especializada e para a promotoria em [[LOCATION|Madre de Dios]], e também para o consulado do [[LOCATION|Brasil]]. O Conselho Tutelar de [[LOCATION|Assis Brasil]] também deve ser avisado. Tem um telefone para contato?
C: Meu WhatsApp é [[PHONE_NUMBER|mais cinquenta e cinco, sessenta e oito, nove nove dois um quatro, trinta, setenta e seis]]. A loja é a [[ORGANIZATION|Fronteira Modas]], na [[ADDRESS|rua principal, do lado da farmácia, quase em frente à ponte]].
O: Obrigada, [[PERSON|Rosângela]]. Não comente nada com o homem. Se ele aparecer com outras meninas, ligue de novo. A gente te retorna amanhã.
C: Tá bom, moça. Deus te abençoe. A [[PERSON|Kauane]] é uma menina boa, só queria ajudar a mãe com as contas, que são uns oitocentos reais de aluguel.
""",
    )
)

# -------------------------------------------------------- Venezuelan Spanish ----

CALLS.append(
    (
        "h36-08",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor. Disculpe la hora, es que salgo ahorita de la guardia. Yo soy técnica de enfermería en la [[ORGANIZATION|Clínica Santa Lucía]] de [[LOCATION|Trujillo]], y vale, pasó algo que no me deja tranquila.
O: La escucho. Cuénteme.
C: Mire, [[DATE_TIME|el martes 3]], como a [[DATE_TIME|las 4 de la madrugada]], llegó a emergencia una chama venezolana, [[PERSON|Oriana]], de [[AGE|20 años]], con los brazos morados y una herida en la cabeza. La trajo un tipo catire, alto, que no se le despegaba ni un segundo. Cuando él salió a pagar, ella me agarró la mano y me dijo "pana, ayúdame, no me dejan salir".
O: ¿Le contó algo más?
C: Burda de cosas, en dos minutos. Que la trajeron de [[LOCATION|Valencia]] con la promesa de trabajar en una heladería, y que la tienen en una discoteca, la [[ORGANIZATION|Tropicana Mix]], en [[LOCATION|La Esperanza]]. Que le quitaron el pasaporte, que le cobran 50 soles diarios de "multa" si no hace suficientes pases, y que el tipo dice que le debe 4.000 dólares del viaje. Qué arrechera, señorita, una chama así.
O: ¿Sabe dónde duermen?
C: Ella dijo que en [[ADDRESS|la casa de rejas amarillas detrás de la discoteca, la que tiene un tanque azul en el techo]]. Son como seis muchachas, y hay una de [[AGE|17]], [[PERSON|Yoselin]], que es la que más sufre.
O: ¿Tiene algún dato para identificar a [[PERSON|Oriana]]?
C: Sí, porque la registramos. Dio su cédula, [[ID_NUMBER|V-30.115.482]], y el nombre completo, [[PERSON|Oriana Mendoza Briceño]]. El teléfono que dejó es el del tipo, claro: [[PHONE_NUMBER|923 640 158]].
O: ¿Y del hombre?
C: Se hace llamar el [[PERSON|Catire]]. Una compañera lo buscó y tiene un Instagram, [[OTHER_ID|@catire.vip.trujillo]], donde sube fotos de las muchachas como si fueran "modelos". Qué ladilla, de verdad.
O: Lo que me describe es trata con fines de explotación sexual, y hay una posible menor. Vamos a derivarlo a la policía especializada y a la fiscalía de [[LOCATION|La Libertad]] para una intervención. ¿Ella sigue en la clínica?
C: No, le dieron de alta a [[DATE_TIME|las 7]] y se la llevó. Yo tengo miedo, mi amor, porque ese tipo me vio la cara. Aquí uno vive de la esperanza, pero así no se puede.
O: Su identidad queda protegida. ¿Me deja su nombre y un número?
C: [[PERSON|Yusmary Carrasquel]]. Mi número peruano es [[PHONE_NUMBER|9 1 2, 4 0 7, 3 3 9]], y si no le contesto, escríbame al WhatsApp venezolano, [[PHONE_NUMBER|+58 412 703 2281]]. Tengo mi CPP vigente, por si lo piden: [[ID_NUMBER|C0158832]].
O: Gracias, [[PERSON|Yusmary]]. Y no se preocupe por su situación migratoria, llamar aquí no la afecta. Si la vuelve a ver, llame al 105 o a esta línea.
C: Dale, mi vida. Ojalá la saquen pronto. Uno se viene para acá a echarle pichón, no para esto.
""",
    )
)

# ----------------------------------------- Andean Spanish with Quechua words ----

CALLS.append(
    (
        "h36-09",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Buenos días. Disculpe, castellano poquito nomás hablo. ¿Acá es para avisar de mi nieto?
O: Sí, mamá, aquí la escuchamos. Hable tranquila. ¿De dónde me llama?
C: De [[LOCATION|Paucará]], de [[LOCATION|Acobamba]], [[LOCATION|Huancavelica]]. Del celular de mi vecina estoy llamando, de la señora [[PERSON|Sabina]]. Yo no tengo celular, mamita.
O: No se preocupe. ¿Qué le ha pasado a su nieto?
C: Mi nieto [[PERSON|Rubén]], mi wawa, [[AGE|dieciséis años]] tiene. Para la fiesta de Santiago, [[DATE_TIME|el 25 de julio]], ha venido un señor de [[LOCATION|Huanta]], contratista dice que es, [[PERSON|Faustino Puma]] se llama. "Vamos a la chakra de coca, cosecha nomás, 80 soles diario vas a ganar", así le ha dicho. Con otros cuatro jóvenes se ha ido al [[LOCATION|VRAEM]], a [[LOCATION|Pichari]] dice.
O: ¿Y después qué pasó?
C: Iskay killañam, mamita, dos meses ya. Primero me llamaba. Después llorando me ha dicho: "Mamay, no es cosecha, mochila nos hacen cargar de noche por el monte, droga dice que es, y si no cargamos nos pegan". A otro joven, de [[LOCATION|Ccollpa]] nomás también, le han disparado dice. Atatay, mamita, yo ya no duermo.
O: Qué terrible, mamá. ¿Cuándo fue la última vez que habló con él?
C: [[DATE_TIME|El domingo]] en la noche ha llamado, de otro número, uno que no conozco: [[PHONE_NUMBER|931 582 046]]. Bajito hablaba. Manam sabe dónde está exactamente, monte nomás hay, ahí andan puma, oso, dice.
O: ¿Tiene el DNI de su nieto?
C: Arí, mamita, acá tengo la copia guardadito. [[ID_NUMBER|Cuarenta y siete, cero ocho, treinta y uno, noventa y dos]].
O: Le repito: [[ID_NUMBER|47083192]]. ¿Y el nombre completo de él?
C: [[PERSON|Rubén Quispe Ccora]]. Su papá ya no está, mi hija trabaja en [[LOCATION|Ica]] en la uva. Yo nomás lo he criado, urpichay.
O: ¿Y del señor [[PERSON|Puma]] tiene algún dato?
C: Su número mi nieto me había dejado apuntado en el cuaderno: [[PHONE_NUMBER|nueve cuatro seis, doscientos diecinueve, setecientos tres]]. En [[LOCATION|Huanta]] tiene su tienda dice, [[ADDRESS|la ferretería de puerta verde que está frente al mercado]].
O: Mamá, lo que le pasa a su nieto es trata: lo han llevado engañado y lo obligan a transportar droga. Él es víctima, no delincuente. Vamos a pasar el caso a la policía y a la fiscalía especializada, y a la DEMUNA. Usted también puede ir a la comisaría de [[LOCATION|Paucará]] con la copia del DNI.
C: Ya, mamita. Pero el policía de acá dice que ya es mayorcito, que solito se ha ido.
O: No, mamá, su nieto tiene [[AGE|dieciséis años]], es menor de edad, y aunque él haya aceptado ir, es trata. ¿Cómo se llama usted y a qué número la llamamos?
C: [[PERSON|Justina Ccora Huamán]] me llamo. A este número nomás llámeme, de la señora [[PERSON|Sabina]]: [[PHONE_NUMBER|nueve seis dos, cuatro cero uno, ocho ocho siete]]. En la tarde estoy, en la mañana pasteo mis ovejitas en el cerro.
O: Ya, mamá [[PERSON|Justina]]. La llamamos en la tarde.
C: Sulpayki, mamita. Diosllañataq pagasunki. Yanapaykuway a mi wawa, por favor.
""",
    )
)

# --------------------------------------------- Spanish/English code-switching ----

CALLS.append(
    (
        "h36-10",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hi, hola, sorry, ¿habla inglés? My Spanish is, like, so-so.
O: Sí, I speak English. Puede hablar como le sea más cómodo.
C: Okay, thank God. Mira, I'm calling from [[LOCATION|New Jersey]], from [[LOCATION|Paterson]]. It's about my prima, my cousin, [[PERSON|Cielo]]. Bueno, we call her [[PERSON|Cielito]]. She's [[AGE|seventeen]], she lives in [[LOCATION|Iquitos]] with my tía.
O: ¿Qué le pasó a su prima?
C: So a guy on Facebook offered her a job en un restaurante in [[LOCATION|Pucallpa]], like "ayudante de cocina, 1,200 soles, cuarto y comida incluido". She left on [[DATE_TIME|March 3rd]], [[DATE_TIME|el tres de marzo]]. And yesterday she sent me an audio crying, que no es restaurante, que es un bar, que la obligan a tomar con los clientes, and the owner says she owes him for the bus ticket and the room.
O: ¿Tiene el perfil de la persona que la contactó?
C: Yes, I took screenshots. It's [[OTHER_ID|facebook.com/jhony.mendoza.7731]], he goes by [[PERSON|Jhony Mendoza]], but I don't know if that's his real name. The bar is [[ORGANIZATION|Karaoke Los Delfines]], en la carretera al aeropuerto, [[ADDRESS|kilómetro seis, the blue door beside the grifo]].
O: ¿Le han pedido dinero a la familia?
C: Sí, that's the craziest part. The guy wrote my tía that if we deposit 2,000 soles, they let her go. He sent a BCP account, [[OTHER_ID|191-48302716-0-58]], and also said "o yapéame al [[PHONE_NUMBER|nine three seven, cuatro cinco ocho, two one zero]]".
O: Por favor, no depositen nada y guarden las capturas. Esto es trata con fines de explotación sexual de una menor, y pedir dinero así también es delito. Vamos a pasar el caso a la policía y a la fiscalía de [[LOCATION|Ucayali]].
C: Okay, okay. Should I call the embassy or something? I'm a US citizen.
O: No hace falta, the case is in [[LOCATION|Peru]], we handle it here. ¿Tiene el DNI de su prima?
C: Let me check... mi tía me mandó foto. [[ID_NUMBER|Seven one four four, nine zero two eight]]. Wait, sorry, the last one is a six, not an eight. [[ID_NUMBER|71449026]].
O: Gracias. ¿Y su nombre completo y un contacto?
C: [[PERSON|Katherine Rengifo]], everybody calls me [[PERSON|Kathy]]. My cell is [[PHONE_NUMBER|+1 973 555 0142]], WhatsApp too. And my email, [[EMAIL_ADDRESS|kathy.rengifo.nj@gmail.com]]. Her full name is [[PERSON|Cielo Pinedo Rengifo]], and my tía is [[PERSON|Nancy Rengifo]], her number is [[PHONE_NUMBER|965 118 274]].
O: Perfecto, [[PERSON|Kathy]]. Dígale a su tía que no le responda al hombre ni mande plata. Hoy mismo informamos a la policía de [[LOCATION|Pucallpa]]. Si [[PERSON|Cielo]] le escribe, que llame gratis al 1818, o al 105 si está en peligro.
C: Okay. Gracias, de verdad. I've been freaking out for like three days, I work double shifts, eight to eight, and I can't think of anything else.
""",
    )
)

if __name__ == "__main__":
    write_set(CALLS, "h36-", "heldout36.jsonl")
