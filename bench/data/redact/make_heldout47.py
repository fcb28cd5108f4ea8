# ruff: noqa: E501
"""Held-out set h47: 10 new fictional, labelled hotline calls (southern Andes and highland jungle).

Written by an outside test-data writer who read only three files: ../shared/eval/LABELS.md,
../shared/eval/make_dev.py and make_heldout.py (whose write_set builds these calls). All people,
numbers, IDs, accounts, plates, handles and businesses are invented.

Mix: h47-01..04 lowercase unpunctuated Whisper-style Spanish (fillers, self-corrections, numbers in
words, misheard words): miner's wife (Puno), market vendor (Junín), bus-terminal dispatcher
(Ayacucho), runaway teenage domestic worker (Apurímac); h47-05 cased Spanish, church volunteer
(Huánuco); h47-06 Venezuelan Spanish, cook near La Merced (Junín); h47-07 English, tourist guide
(Sacred Valley); h47-08 English, schoolboy's uncle abroad (Satipo, Junín); h47-09 Brazilian
Portuguese, truck driver on the Interoceánica (Puno); h47-10 Andean Spanish with Quechua words,
a comunero father (Ayacucho).

Annotation conventions: those of make_dev.py (titles/articles outside PERSON; cue words outside
ID/plate/phone spans; AGE with its unit when said; DATE_TIME only for dates, named weekdays and
clock times tied to an event, article kept, routine hours not labelled; nationality adjectives
and non-locating house descriptions unlabelled; hotline name/number not PII). Choices beyond them:
  * Numbers dictated in pieces (across a pause, a filler or several turns) are labelled piece by
    piece, fillers between pieces left out; a piece the caller then corrects ("cero cuatro siete
    no perdón cero siete cuatro") is labelled too, as is the operator's read-back.
  * A business name the caller says wrongly and then corrects is labelled ORGANIZATION both times.
  * An article that belongs to a town's proper name is inside the LOCATION ("la rinconada",
    "el tambo"); otherwise articles stay out.
  * A place described rather than addressed (which curve, which house after which bridge or
    chapel, which stall of which market, which floor above which shop, which bench of which
    square) is one ADDRESS span covering the whole locating description; names inside it
    (a chapel, a market, a street) are not labelled separately. Mz./Lote, km and cuadra
    addresses likewise; a district named next to it is a separate LOCATION.
  * A community's name (comunidad de X) is LOCATION (the name only).
  * A person's name inside a business name stays inside the ORGANIZATION span.
  * Names and nicknames that are common words (flor, puma, esperanza, blanca, chivo, nieves,
    Consuelo, Chiquita, Pollito, Loro, Cuy, Killa) are PERSON only where they name a person:
    "mototaxi blanca" (a colour) and "kimsa killa" (Quechua "three months") stay unlabelled,
    deliberately, as traps. "sandia" is the province (LOCATION), lowercase as Whisper writes it.
    Quechua kinship/address words (taytay, wawa, mamita, paisano) are not PERSON.
  * Misheard or respelled variants of one name ("rutilio"/"rutilo", "yeni"/"yeny") are each PERSON.
  * Named regions and valleys used as places (Sacred Valley, VRAEM, Patacancha valley's name)
    are LOCATION, including after an institution ("Fiscalía del VRAEM", "Fiscalía de Chanchamayo");
    a highway named without a km or landmark ("la Interoceánica") is not labelled.
  * Plates are OTHER_ID whoever owns the vehicle (the caller's own truck included), also when
    dictated in two pieces ("zeta uno be" ... "nueve uno dos").
  * E-mails and handles spelled out ("punto", "arroba", "underscore", "dot") are one span.
    A bank account number is OTHER_ID; a Brazilian plate is OTHER_ID.
  * Public institutions (Policía, Fiscalía, DEMUNA, CEM, Ministerio de la Mujer, OIM,
    SUNAFIL), the hotline's numbers (0800-2-3232, 1818), money, weights, durations, counts,
    seat numbers and legal article numbers are not labelled. A school or parish that is named is
    ORGANIZATION.
  * AGE spans also cover ages said in Quechua ("chunka tawayuq watayuq").

Run: cd redact && python3 make_heldout47.py  (writes heldout47.jsonl next to it)
"""

from make_heldout import write_set

CALLS = []

CALLS.append(
    (
        "h47-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló señorita eh buenas noches este le llamo de [[LOCATION|la rinconada]] o sea arriba de [[LOCATION|ananea]] mi esposo trabaja en la mina y yo tengo una tiendita
O: la escucho señora está en un lugar seguro para hablar
C: sí estoy sola mi esposo el [[PERSON|fermín]] entra a las seis de la tarde y sale a las seis de la mañana o sea doce horas así que no hay nadie es por unas chicas señorita del bar de al frente
O: cuénteme con calma qué ha visto
C: el bar se llama [[ORGANIZATION|la cueva del minero]] no no perdón [[ORGANIZATION|la cueva dorada]] es [[ADDRESS|el local de calamina azul bajando la segunda curva después de la capilla del señor de la exaltación]] ahí tienen chicas jovencitas de [[AGE|quince]] [[AGE|dieciséis años]] las traen de [[LOCATION|sandia]] de [[LOCATION|san juan del oro]] dicen
O: alguna de ellas le ha hablado
C: sí una viene a comprar a mi tienda le dicen [[PERSON|flor]] no sé su nombre de verdad me dijo que tiene [[AGE|quince]] que le quitaron su dni y que le cobran ochocientos soles del pasaje y que hasta no pagar no sale y [[DATE_TIME|el viernes]] en la noche la vi llorando en la puerta con la cara golpeada
O: sabe quién maneja el bar
C: le dicen el [[PERSON|puma]] es un señor alto con diente de oro y la que cobra es la señora [[PERSON|tomasa]] de apellido [[PERSON|apaza]] creo él tiene una camioneta plomo la placa empieza con [[OTHER_ID|zeta uno be]] y luego [[OTHER_ID|nueve uno dos]] creo
O: muy bien señora esto puede ser trata con fines de explotación sexual de menores el artículo ciento cincuenta y tres del código penal lo castiga vamos a pasar el caso a la policía de [[LOCATION|putina]] y a la fiscalía me deja un número
C: ya es [[PHONE_NUMBER|nueve cinco uno]] eh [[PHONE_NUMBER|cero cuatro siete]] no perdón [[PHONE_NUMBER|cero siete cuatro]] y [[PHONE_NUMBER|dos dos nueve]]
O: le repito [[PHONE_NUMBER|nueve cinco uno cero siete cuatro dos dos nueve]] y su nombre señora si desea darlo
C: [[PERSON|eusebia]] nomás señorita [[PERSON|eusebia]] no ponga mi apellido porque acá todos se conocen
O: gracias señora [[PERSON|eusebia]] nadie va a saber que usted llamó si ve que se llevan a las chicas vuelva a llamar a esta línea o a la mil ochocientos dieciocho es gratis las veinticuatro horas
C: ya señorita gracias que diosito le pague
""",
    )
)

CALLS.append(
    (
        "h47-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señorita este yo vendo en el mercado o sea tengo mi puesto de verduras en el [[ADDRESS|puesto ciento doce del pabellón be del mercado modelo]] de [[LOCATION|huancayo]] y al costado hay una niña que me da pena
O: cuénteme qué pasa con la niña
C: se llama [[PERSON|esperanza]] eh trabaja en la juguería de la señora [[PERSON|blanca]] la [[ORGANIZATION|juguería la tarmeñita]] desde las cuatro de la mañana hasta las nueve de la noche todos los días y duerme ahí mismo en el puesto entre las cajas de fruta
O: cuántos años tiene la niña
C: me dijo [[AGE|trece]] pero parece de [[AGE|once]] es flaquita la trajeron de [[LOCATION|pichanaqui]] de una comunidad de la selva a su mamá le dijeron que la iban a poner en el colegio y nada no va no le pagan dice que la señora le manda cien soles a su mamá cada tres meses
O: ha visto que la maltraten
C: sí la señora le grita le dice floja y [[DATE_TIME|el martes]] le jaló las orejas delante de todos y el hijo de la señora el [[PERSON|chivo]] le dicen a veces se la lleva en su mototaxi blanca a la casa de ellos en la noche eso me preocupa ellos viven en [[LOCATION|el tambo]] en la [[ADDRESS|manzana jota lote catorce de la asociación los claveles]] atrás del colegio parece una casa de ladrillo sin tarrajear
O: gracias señora esto es muy importante puede ser explotación de una menor vamos a comunicar a la demuna y a la policía me puede dar su nombre y dni para registrar
C: [[PERSON|saturnina ccora]] y el dni es [[ID_NUMBER|cuatro cero ocho uno]]
O: sí [[ID_NUMBER|cuatro cero ocho uno]]
C: [[ID_NUMBER|siete tres dos cinco]]
O: [[ID_NUMBER|cuatro cero ocho uno siete tres dos cinco]] y un teléfono señora [[PERSON|saturnina]]
C: el de mi hija nomás porque yo no tengo es [[PHONE_NUMBER|novecientos sesenta y tres]] [[PHONE_NUMBER|doscientos ocho]] [[PHONE_NUMBER|cuatrocientos quince]]
O: gracias vamos a ir con la demuna y la policía en estos días y la llamamos no le diga nada a la señora para no ponerla en riesgo
C: ya señorita gracias ojalá la saquen a la chiquita
""",
    )
)

CALLS.append(
    (
        "h47-03",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches señorita le habla el despachador de la [[ORGANIZATION|empresa expreso wari wayra]] en el terminal terrestre de [[LOCATION|huamanga]] eh quería consultar una cosa que me parece rara
O: sí dígame lo escucho
C: hay un señor que ha comprado cuatro pasajes para [[LOCATION|pichari]] en el bus de [[DATE_TIME|las ocho y media]] asientos trece catorce quince y dieciséis y viaja con tres chicas que se ven de [[AGE|catorce]] [[AGE|quince años]] pero en el mani fiesto o sea en el manifiesto todas dicen mayores de edad
O: por qué le parece raro
C: porque las chicas no hablan nada están asustaditas y el señor tiene los dnis de todas en su casaca una de ellas me preguntó bajito si [[LOCATION|pichari]] queda lejos de [[LOCATION|lima]] o sea ni sabe a dónde va le dijeron que iban a trabajar de meseras en un restaurante que pagan mil doscientos mensual
O: tiene el nombre del señor
C: en el manifiesto puso [[PERSON|rutilio huamaní]] eh [[PERSON|rutilo]] dice aquí no sé si está mal escrito y el dni es [[ID_NUMBER|dos ocho tres cuatro]] [[ID_NUMBER|cero cero siete uno]]
O: [[ID_NUMBER|dos ocho tres cuatro cero cero siete uno]] y las chicas qué nombres pusieron
C: una [[PERSON|yeni]] otra [[PERSON|maribel]] y la tercera [[PERSON|nieves]] con apellidos iguales [[PERSON|cusi]] las tres como si fueran hermanas pero no se parecen nada
O: a qué hora sale el bus exactamente
C: a [[DATE_TIME|las ocho y media]] de la noche señorita falta una hora y cuarto la placa del bus es [[OTHER_ID|a dos ve]] guion [[OTHER_ID|setecientos cuarenta]] y va a parar en [[LOCATION|san francisco]] y en [[LOCATION|llochegua]]
O: muy bien esto puede ser trata voy a avisar ahora mismo a la policía para que intervengan antes de la salida no diga nada al señor ni retrase el bus de su parte me deja un número para que la policía lo ubique
C: sí mi celular es [[PHONE_NUMBER|nueve siete cero]] [[PHONE_NUMBER|cuatro cuatro uno]] eh no espere ese es el de la oficina el mío es [[PHONE_NUMBER|nueve siete cero]] [[PHONE_NUMBER|cuatro uno cuatro]] [[PHONE_NUMBER|seis cero tres]] y me llamo [[PERSON|ulises]] pregunten por [[PERSON|ulises]] en la ventanilla o si no al correo [[EMAIL_ADDRESS|ulises guion bajo despacho arroba hotmail punto com]]
O: gracias señor [[PERSON|ulises]] la policía va en camino le volvemos a llamar en un rato
C: ya señorita acá estoy gracias
""",
    )
)

CALLS.append(
    (
        "h47-04",
        "es",
        """
O: línea contra la trata de personas buenas tardes en qué le ayudo
C: aló señorita eh yo este me escapé de la casa donde trabajaba no sé a dónde ir
O: tranquila hiciste bien en llamar estás en un lugar seguro ahora
C: estoy en [[LOCATION|tamburco]] sentada en [[ADDRESS|la banca de la plaza al lado de la pileta frente a la iglesia]] una señora de los emoliente me prestó su celular
O: muy bien cómo te llamas y cuántos años tienes
C: [[PERSON|yeni]] no perdón [[PERSON|yeny]] con y griega [[PERSON|yeny ccoyllo]] tengo [[AGE|dieciséis]] nací [[DATE_TIME|el veintidós de junio del dos mil ocho]]
O: gracias [[PERSON|yeny]] qué pasó en esa casa
C: trabajé ahí dos años cocinaba lavaba cuidaba a los hijos de la señora [[PERSON|doris]] y del señor [[PERSON|cárdenas]] me pagaban cincuenta soles al mes y a veces nada no me dejaban ir al colegio y anoche el señor entró a mi cuarto y por eso me escapé en la madrugada
O: lo que te pasó no es tu culpa y vamos a ayudarte sabes la dirección de la casa
C: es en [[LOCATION|abancay]] en el [[ADDRESS|jirón los molles ciento cuarenta]] o sea [[ADDRESS|la casa de portón verde pasando el puente después de la botica]] tercer piso ahí vivía yo en el cuarto de la azotea
O: tienes tus documentos contigo
C: no la señora tiene mi dni y mi celular se lo quedó también mi mamá vive en [[LOCATION|chalhuanca]] en la comunidad de [[LOCATION|pisquicocha]] su número es [[PHONE_NUMBER|nueve ocho tres]] este [[PHONE_NUMBER|seis cinco]] [[PHONE_NUMBER|uno dos cero nueve]]
O: le repito [[PHONE_NUMBER|nueve ocho tres seis cinco uno dos cero nueve]] y tienes facebook o algo donde tu mamá te escriba
C: sí mi face es [[OTHER_ID|yeny punto ccoyllo punto ocho]] pero no tengo celular para entrar
O: [[PERSON|yeny]] quédate en esa banca ahora mismo va la policía con una persona del cem para llevarte a un lugar seguro y luego llamamos a tu mamá no vuelvas a esa casa
C: ya señorita aquí me quedo gracias
""",
    )
)

CALLS.append(
    (
        "h47-05",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, hijita. Soy la hermana [[PERSON|Consuelo]], voluntaria del [[ORGANIZATION|Comedor Parroquial Buen Pastor]] de [[LOCATION|Tingo María]]. Le llamo por unas chicas que vienen a almorzar al comedor.
O: Gracias por llamar, hermana. Cuénteme.
C: Son tres chicas de la sierra, de [[LOCATION|Llata]], una se llama [[PERSON|Marleni]] y a otra le dicen [[PERSON|Chiquita]]. Trabajan de "damas de compañía" en la [[ORGANIZATION|Discoteca Selva Azul]]. Viven en el [[ADDRESS|Jr. Los Cedros 417, segundo piso, encima de la ferretería]], en un cuartito con una sola cama para las tres.
O: ¿Sabe qué edad tienen?
C: [[PERSON|Marleni]] me dijo que cumplió [[AGE|17]] [[DATE_TIME|el 3 de mayo]], aquí en el comedor le hicimos su torta. Las otras dos no sé, pero son menores, hijita, se les nota.
O: ¿Cómo llegaron a trabajar ahí?
C: Por un anuncio en Instagram, la cuenta [[OTHER_ID|@chambas_tingo_ya]]. Ofrecían 1500 soles como anfitrionas. Ahora les dicen que deben 2000 por el pasaje y la ropa, y el administrador, un tal [[PERSON|Jara]], no les deja salir solas. Solo al comedor, porque es gratis, y siempre las trae un muchacho en moto y las espera afuera.
O: ¿Ha pasado algo más que le preocupe?
C: Sí. [[DATE_TIME|El jueves 17]] [[PERSON|Marleni]] vino con un moretón en el brazo y me dijo que el señor [[PERSON|Jara]] las hace beber con los clientes hasta las cuatro de la mañana.
O: Hermana, eso es trata con fines de explotación sexual, con menores; está en el artículo 153 del Código Penal. Vamos a derivar a la Fiscalía y a la Policía especializada, y también al CEM. ¿Me deja un teléfono o correo?
C: Mi celular es [[PHONE_NUMBER|962 518 304]] y el correo es [[EMAIL_ADDRESS|consuelo.buenpastor@gmail.com]], con "b" de burro.
O: Gracias, hermana [[PERSON|Consuelo]]. Le pido que no las confronte ni avise a nadie del local. Si vuelven a venir, trate de que se queden en el comedor y llame de inmediato.
C: Así lo haré. Dios la bendiga, hija.
""",
    )
)

CALLS.append(
    (
        "h47-06",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿Cómo le puedo ayudar?
C: Buenas noches, mi amor. Mira, yo soy venezolana, vivo en [[LOCATION|La Merced]] y trabajo de cocinera. Te llamo por una pana mía, [[PERSON|Yusleidy]], que está metida en una vaina muy fea.
O: Cuénteme, por favor.
C: Ella se vino de [[LOCATION|Barquisimeto]] hace seis meses. Aquí un señor, [[PERSON|Benigno]], le ofreció trabajo de mesera en su restaurante, el [[ORGANIZATION|Recreo Campestre El Trapiche de Benigno]], que queda en el [[ADDRESS|kilómetro 4 de la carretera a San Ramón, pasando el puente colgante, la entrada con los dos toros pintados]].
O: ¿Y qué pasa en ese trabajo?
C: Que no es de mesera, chama. Los fines de semana la ponen a atender a los camioneros en unos cuartitos de atrás. Trabaja de siete de la mañana a once de la noche, y [[PERSON|Benigno]] le quitó el pasaporte y la cédula "para guardarlos". Le dice que si se va la denuncia por robo.
O: ¿Usted sabe el número de su documento?
C: Sí, yo tengo foto. La cédula es [[ID_NUMBER|V-28.613.940]]... no, espérate, es [[ID_NUMBER|V-28.631.940]], el tres antes del uno.
O: [[ID_NUMBER|V-28.631.940]]. ¿Y cuántos años tiene ella?
C: [[AGE|Veinte]]. Pero hay otra chamita ahí, peruana, que le dicen la [[PERSON|Gocha]], que no tiene ni [[AGE|dieciséis]].
O: ¿Cómo se comunica con ella?
C: Por WhatsApp, pero [[PERSON|Benigno]] le revisa el teléfono. Su número de aquí es [[PHONE_NUMBER|+51 925 730 148]], y el venezolano [[PHONE_NUMBER|0412 7395026]], ese ya casi no lo usa.
O: Gracias. Vamos a enviar el caso a la Policía y a la Fiscalía de [[LOCATION|Chanchamayo]]; retener documentos y obligarla a eso es delito, y ella no se mete en problemas con migraciones por denunciar. ¿Cómo se llama usted y a qué número la llamamos?
C: [[PERSON|Marbelis]], y este mismo número, el [[PHONE_NUMBER|951 046 372]]. Pero llámame después de las diez, que estoy en la cocina.
O: Muy bien, señora [[PERSON|Marbelis]]. La llamamos mañana después de las diez. Si ve que a la menor la sacan de ahí, llame enseguida.
C: Dale, mi amor, gracias. Ojalá la saquen rapidito.
""",
    )
)

CALLS.append(
    (
        "h47-07",
        "en",
        """
O: Línea contra la trata, good afternoon. How can I help you?
C: Hi, good afternoon. My name is [[PERSON|Wilber Huallpa]], I'm a tour guide in the [[LOCATION|Sacred Valley]], I work mostly out of [[LOCATION|Ollantaytambo]]. I want to report something I keep seeing on the trek.
O: Thank you, [[PERSON|Wilber]]. Please tell me.
C: There's an agency, [[ORGANIZATION|Qhapaq Trails Expeditions]], they hire porters from the communities up the [[LOCATION|Patacancha]] valley. Some of them are kids, like [[AGE|fourteen]], [[AGE|fifteen]]. They carry twenty-five kilos, they sleep under the dining tent, and they get maybe thirty soles for a four-day trek, if they get paid at all.
O: Do you know any of the boys?
C: One of them, [[PERSON|Saturnino]], but everybody calls him [[PERSON|Pollito]]. He told me he's [[AGE|14]] and that the agency's coordinator, a guy called [[PERSON|Efraín]], keeps their DNIs "so they don't run off", and that they owe him for the boots and the ponchos.
O: Where do the boys get picked up?
C: At [[ADDRESS|the bridge at kilometre 82, by the porters' checkpoint, the blue van parked behind the tamale stall]]. And they come down on [[DATE_TIME|Sunday]] with the group I'm guiding, so you'd find them there around [[DATE_TIME|2 pm]].
O: That's very helpful. Does the van have a plate you remember?
C: [[OTHER_ID|X1K-604]]. And the agency's office is in [[LOCATION|Calca]]... sorry, no, in [[LOCATION|Urubamba]], [[ADDRESS|Jirón Mariscal Castilla 233, upstairs from the pharmacy]].
O: Thank you. Child labour in portering and withholding documents could be labour trafficking. We'll refer it to the labour inspectors, SUNAFIL, and to the prosecutor's office. Can I have a contact number?
C: Sure, it's [[PHONE_NUMBER|nine eight four]]... [[PHONE_NUMBER|five zero two]]... [[PHONE_NUMBER|seven one six]]. Or on Instagram I'm [[OTHER_ID|wilber underscore guide underscore sacred valley]], all together.
O: I'll read that back: [[PHONE_NUMBER|984 502 716]]. Thank you, [[PERSON|Wilber]]. Please don't confront the coordinator; we'll call you before the weekend.
C: Okay, thanks. I just don't want to see another kid fall on those steps.
""",
    )
)

CALLS.append(
    (
        "h47-08",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hi, sorry, is this the number from the IOM website? For trafficking in Peru?
O: Yes, this is the free hotline. How can I help?
C: My name is [[PERSON|Teodoro Llanos]], I'm Peruvian but I live in [[LOCATION|New Jersey]]. I'm calling about my nephew, [[PERSON|Jhosep]]. He's [[AGE|twelve]], he lives with my sister in [[LOCATION|Satipo]].
O: What happened to your nephew?
C: He stopped going to school, the [[ORGANIZATION|Institución Educativa 30712]], about three weeks ago. A man from the market, they call him [[PERSON|Loro]], told my sister he'd take the boy to work at a coffee farm near [[LOCATION|Pangoa]] for the harvest, 20 soles a day, and bring him back in a week. He never came back. He called my sister once, crying, from the man's phone. He said they work from five in the morning until dark, they sleep on the floor, and the man hits them if they stop. My sister doesn't have much money, so I've been sending her 200 dollars a month, and now this man is asking for 500 soles to "release" him.
O: Do you know where the farm is?
C: My sister says it's the [[ORGANIZATION|Fundo Cafetalero Las Tres Marías]], [[ADDRESS|past the second bridge on the road to Pangoa, the wooden house on stilts next to the school]].
O: And the man's number?
C: Yes, it's [[PHONE_NUMBER|nine four seven]], [[PHONE_NUMBER|two six one]]... sorry, [[PHONE_NUMBER|two one six]], [[PHONE_NUMBER|eight zero five]].
O: So [[PHONE_NUMBER|947 216 805]]. Is that right?
C: That's right. And he wants the money deposited into an account at the Banco de la Nación, number [[OTHER_ID|04-381-552906]]. My sister's name is [[PERSON|Rocío Llanos]], her cell is [[PHONE_NUMBER|916 482 037]].
O: Thank you. Please tell your sister not to pay. This is child labour exploitation, possibly trafficking. We'll report it to the police and the Fiscalía in [[LOCATION|Satipo]], and contact the DEMUNA. Can I have your e-mail to send you an update?
C: It's [[EMAIL_ADDRESS|teodoro dot llanos seventy-one at yahoo dot com]].
O: Thank you, Mr. [[PERSON|Llanos]]. We'll call your sister tomorrow morning.
""",
    )
)

CALLS.append(
    (
        "h47-09",
        "pt",
        """
O: Línea contra la trata, boa noite. Pode falar em português, eu entendo.
C: Boa noite, moça. Meu nome é [[PERSON|Claudinei]], sou caminhoneiro brasileiro, trabalho na [[ORGANIZATION|Transportes Serra Verde Ltda]], faço a rota da Interoceânica levando soja até o porto. Eu vi uma coisa que não sai da minha cabeça.
O: Pode contar, senhor [[PERSON|Claudinei]].
C: Tem um restaurante de beira de estrada perto de [[LOCATION|Ollachea]], o [[ORGANIZATION|Parador Huaynapata]], [[ADDRESS|no quilômetro 312, logo depois da curva do túnel, o galpão de telhado vermelho atrás das bombas de gasolina]]. Ali oferecem meninas para os motoristas. Na [[DATE_TIME|quinta-feira]] um cara veio bater na cabine do meu caminhão às [[DATE_TIME|onze da noite]] oferecendo uma menina por cinquenta soles.
O: O senhor viu a menina?
C: Vi. Ela falou que tem [[AGE|catorze anos]], que se chama [[PERSON|Rosário]], e que é de [[LOCATION|Crucero]]. Chorava. Disse que trouxeram ela pra trabalhar de cozinheira e que agora não deixam ela sair. Tem mais umas quatro meninas lá dentro.
O: E o homem que ofereceu, o senhor viu como ele é?
C: Baixinho, de boné, chamam ele de [[PERSON|Cuy]]. Ele anda num carro prata com placa brasileira, anotei: [[OTHER_ID|RKT4F17]]. Eu fiquei com medo e fui embora.
O: O senhor fez bem em ligar. Isso é exploração sexual de menores, e aqui no [[LOCATION|Peru]] é crime de tráfico de pessoas. Vou passar agora para a Polícia e a Fiscalía de [[LOCATION|Puno]]. O senhor ainda está na região?
C: Estou em [[LOCATION|Macusani]], parado no posto, volto pra lá amanhã cedo de volta pro [[LOCATION|Brasil]].
O: Pode me deixar um número?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 69 9 8123-4507]]. Meu sobrenome é [[PERSON|Pacheco]], se precisar. E o meu caminhão é aquele Scania azul, placa [[OTHER_ID|QJB-2E81]].
O: Obrigada, senhor [[PERSON|Claudinei]]. Não volte a falar com esse homem. Se vir a menina de novo, ligue pra gente ou pro 105 da polícia.
C: Pode deixar. Obrigado, moça, Deus abençoe.
""",
    )
)

CALLS.append(
    (
        "h47-10",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allinllachu, mamita. Imaynalla. Disculpe, castellanuta pisillata rimani, poquito nomás hablo castellano.
O: No se preocupe, taytay, hable con calma. ¿Desde dónde nos llama?
C: Desde [[LOCATION|Vilcashuamán]], de la comunidad de [[LOCATION|Ccollpapampa]], del teléfono de mi vecino, el profesor [[PERSON|Anccasi]]. Es por mi wawa, mi hija [[PERSON|Killa]].
O: ¿Qué pasó con su hija, taytay?
C: Una señora, doña [[PERSON|Pascuala]], vino en la fiesta del pueblo y dijo que va a llevar a trabajar a [[LOCATION|Kimbiri]], para su restaurante. Kimsa killa ña, ya tres meses, mamita, y no vuelve. Nada manda, ni una carta.
O: ¿Cuántos años tiene [[PERSON|Killa]]?
C: [[AGE|Chunka tawayuq watayuq]], [[AGE|catorce años]]. Mi esposa llora todos los días. La señora dijo que le va a pagar 300 soles al mes, pero nada hemos recibido.
O: ¿Ha sabido algo de ella?
C: Un paisano que volvió de allá dice que la vio en un bar, no en restaurante, en [[ADDRESS|la casa de madera al lado del embarcadero, subiendo del río Apurímac, donde venden cerveza con música fuerte]]. Dice que estaba con hombres grandes, borrachos. Manam allinchu, mamita, no está bien eso.
O: Lo que me cuenta es grave, taytay. ¿Sabe el apellido de doña [[PERSON|Pascuala]] o su teléfono?
C: Le dicen [[PERSON|Pascuala Ñahui]]. Su número tengo anotado en cartón: [[PHONE_NUMBER|nueve seis cinco]], [[PHONE_NUMBER|tres tres cero]], [[PHONE_NUMBER|ocho siete dos]].
O: [[PHONE_NUMBER|965 330 872]]. ¿Y el DNI de su hija?
C: Su DNI es [[ID_NUMBER|ochenta y uno, cuarenta y cinco, setenta y siete, doce]]. Su nombre completo es [[PERSON|Killa Rimachi Ccorahua]]. Yo soy [[PERSON|Faustino Rimachi]].
O: Gracias, don [[PERSON|Faustino]]. Vamos a avisar a la Policía y a la Fiscalía del [[LOCATION|VRAEM]] para que la busquen en ese bar, y al Ministerio de la Mujer. Mañana lo llamamos al teléfono del profesor, ¿a qué número?
C: Al [[PHONE_NUMBER|nueve ocho ocho, cero cuatro uno, seis dos siete]], mamita. Yusulpayki, Dios se lo pague.
""",
    )
)

if __name__ == "__main__":
    write_set(CALLS, "h47-", "heldout47.jsonl")
