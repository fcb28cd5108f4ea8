#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h54: 10 labelled counter-trafficking hotline calls (Peru line) about workplaces
and the coast: artisanal and industrial fishing boats in Paita and Chimbote, agro-export farms
in Ica and Virú, a textile workshop in Gamarra, a hotel in Máncora, a call-centre scam
compound in Myanmar with a Peruvian held there, a Colombian woman in a Trujillo bar and a
Chinese-Peruvian shop.

Styles: 4 lowercase, unpunctuated Whisper-style Spanish transcripts (fillers, self-corrections,
numbers said in words, names in lowercase); 2 cased Spanish calls (one Colombian caller, one
Venezuelan caller); 2 English calls (a foreign fisherman; an NGO caseworker abroad); 2 Brazilian
Portuguese calls. Callers are victims, mothers and aunts, a co-worker, a neighbour/witness and
professionals.

Everything here (people, numbers, IDs, vessels, businesses, addresses, handles) is invented.
Written by an outside test-data writer who read only LABELS.md, make_dev.py and the builder
(make_heldout.py); markup [[TYPE|surface]] follows make_dev.py's conventions (titles and cue
words outside spans, AGE with its unit, country names are LOCATION, nationality adjectives,
money, durations and the hotline number are not labelled). Choices for kinds LABELS.md does not
name: a vessel's name is ORGANIZATION and its registration (matrícula, IMO) is OTHER_ID;
employer-issued worker codes, payroll and contract numbers, bank accounts, PIX keys and
links are OTHER_ID; state-issued numbers (DNI, carné de extranjería, passport, cédula, CPF,
RUC, seafarer's book) are ID_NUMBER; a Yape number is a phone number and is PHONE_NUMBER;
a phone extension is kept inside the phone span; a wrong number said and then corrected is
labelled too.

Run: python3 make_heldout54.py  (writes heldout54.jsonl next to it)
"""

CALLS = [
    (
        "h54-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches este le llamo de [[LOCATION|paita]] es por mi hijo que se fue a la pesca y ya no regresa
O: la escucho señora tranquila dígame cómo se llama su hijo y cuántos años tiene
C: se llama [[PERSON|jhon kevin ayala purizaca]] tiene [[AGE|dieciséis años]] no perdón [[AGE|diecisiete]] recién cumplió [[DATE_TIME|el veinte de enero]]
O: y en qué embarcación está
C: en una lancha que se llama [[ORGANIZATION|virgen de la puerta dos]] la matrícula es [[OTHER_ID|pe te cero nueve ocho siete cinco ce eme]] eso lo tengo apuntado del zarpe salió [[DATE_TIME|el sábado tres]] de madrugada y me dijeron que eran cinco días nomás y ya van como tres semanas
O: ha podido comunicarse con él
C: una vez nomás por la radio de otra lancha me dijo que el patrón no los deja bajar en ningún puerto que trabajan de día y de noche que a los chicos les pegan y que la plata de la campaña se la descuentan toda el patrón es un tal [[PERSON|eleuterio chunga]] le dicen el [[PERSON|tiburón]]
O: hay otros menores a bordo
C: sí hay otro chico de [[LOCATION|la tortuga]] el [[PERSON|brayan]] que tiene [[AGE|quince]] y dos más que no conozco en total son como ocho tripulantes
O: sabe de quién es la lancha o a quién le vende la pesca
C: el dueño es el armador [[PERSON|wilmer querevalú]] tiene su oficina en [[ADDRESS|la subida del muelle fiscal al costado de la cevichería el bucanero]] y le vende la pota a la [[ORGANIZATION|procesadora mar del norte sac]]
O: señora cómo se llama usted y a qué número la puedo llamar
C: yo soy [[PERSON|rosa purizaca]] mi número es [[PHONE_NUMBER|nueve siete tres cuatro cuatro uno cero ocho dos]] no espere ese es el de mi cuñada el mío es [[PHONE_NUMBER|nueve siete tres cuatro cuatro uno cero ocho cinco]]
O: le repito [[PHONE_NUMBER|nueve siete tres cuatro cuatro uno cero ocho cinco]] y el dni de su hijo lo tiene a la mano
C: sí acá está en su partida es [[ID_NUMBER|siete cero dos tres uno cinco cuatro ocho]]
O: señora lo que me cuenta es grave su hijo es menor de edad y lo estarían obligando a trabajar sin dejarlo bajar vamos a avisar a la capitanía de puerto y a la policía para que ubiquen la embarcación y también a la fiscalía de [[LOCATION|piura]]
C: ya señorita gracias eh la lancha normalmente descarga en el desembarcadero de [[LOCATION|yacila]] o acá en [[LOCATION|paita]] mismo al costado del terminal
O: perfecto eso nos ayuda mucho mañana temprano la llamo para contarle qué se avanzó y si su hijo se comunica avísenos de inmediato
C: ya mamita gracias que dios la bendiga
""",
    ),
    (
        "h54-02",
        "es",
        """
O: línea contra la trata buenas tardes le escucho
C: hola buenas tardes eh mire llamo porque estoy trabajando en un fundo de arándanos en [[LOCATION|virú]] y no nos quieren pagar y eh no nos dejan salir del campamento
O: entiendo está usted en un lugar seguro para hablar
C: sí estoy en los baños del campamento me llamo [[PERSON|yesenia]] [[PERSON|yesenia carhuas]] tengo [[AGE|diecinueve años]] vengo de [[LOCATION|huamachuco]]
O: gracias [[PERSON|yesenia]] quién la contrató
C: una contratista que se llama [[ORGANIZATION|servicios agrícolas el buen sembrador eirl]] ellos nos traen para el fundo de la [[ORGANIZATION|agroexportadora valle verde del norte]] el que recluta es un señor [[PERSON|nilo]] le dicen [[PERSON|carretilla]] nos dijo cincuenta soles diarios y ya van tres quincenas que no pagan nada
O: le han dado algún contrato o boleta
C: nos hicieron firmar un papel pero no nos dieron copia eh en el fotocheck mi código de trabajadora es [[OTHER_ID|bs 74021]] y en la planilla salgo con el número [[OTHER_ID|cero cero cuatro cinco ocho uno dos]] eso vi en la lista que pegaron
O: y qué pasa si alguien quiere irse
C: el portón lo cierran a las seis y el vigilante no deja salir a nadie dicen que debemos el pasaje del bus y la comida y a una chica de [[AGE|dieciséis]] que vino con nosotras la tienen en el packing toda la noche
O: cuántas personas son en el campamento
C: somos como cuarenta la mayoría de la sierra de [[LOCATION|la libertad]] y de [[LOCATION|cajamarca]] hay chicos menores también como cinco o seis
O: me puede decir dónde queda el campamento
C: en el [[ADDRESS|kilómetro quinientos dieciséis de la panamericana norte entrando por el desvío del grifo que tiene el letrero verde]] de ahí como dos kilómetros por la trocha
O: y cómo llegaron hasta ahí
C: en un bus de la contratista blanco con franjas verdes la placa es [[OTHER_ID|t6r cuatro cinco siete]] creo y ahora para soltarnos el señor [[PERSON|nilo]] nos pide que le yapeemos doscientos soles cada una al [[PHONE_NUMBER|nueve cinco uno dos cero tres siete ocho cuatro]] a nombre de [[PERSON|nilo vásquez]]
O: no yapeen nada esa deuda no es legal me deja su número y su dni por favor
C: mi celular es el [[PHONE_NUMBER|novecientos cuarenta y dos trescientos dieciocho seiscientos setenta]] y mi dni [[ID_NUMBER|75432109]]
O: le repito [[PHONE_NUMBER|942 318 670]] vamos a pasar el caso a la policía a la fiscalía de [[LOCATION|trujillo]] y a la inspección de trabajo para que vayan al fundo esta misma semana y si las encierran o alguien sale herido llame enseguida
C: ya señorita pero rapidito por favor porque el [[PERSON|carretilla]] revisa los celulares en la noche
O: entonces borre esta llamada del registro y la llamamos solo si usted nos escribe primero está bien
C: ya gracias chau
""",
    ),
    (
        "h54-03",
        "es",
        """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita eh yo vendo menú acá en [[LOCATION|gamarra]] en [[LOCATION|la victoria]] y quería avisar de un taller de costura donde tienen a unos chicos trabajando encerrados
O: gracias por llamar me puede decir su nombre si no quiere no es obligatorio
C: ya no hay problema soy [[PERSON|doris]] [[PERSON|doris ñahui]]
O: gracias señora [[PERSON|doris]] dónde queda el taller
C: es en [[ADDRESS|el jirón sebastián barranca mil ciento cuarenta y dos]] dentro de la [[ORGANIZATION|galería virgen de chapi]] en el [[ADDRESS|quinto piso la puerta amarilla al fondo del pasadizo al lado de la tienda de botones]] el taller se llama [[ORGANIZATION|confecciones kely]]
O: qué es lo que ha visto
C: yo les subo el almuerzo y eh son como seis chicos y chicas jovencitas algunas tendrán [[AGE|catorce o quince años]] cosen desde las seis de la mañana hasta la medianoche y duermen ahí mismo debajo de las mesas en cartones y cuando se va la dueña les cierran la puerta con candado por fuera
O: quién es la dueña
C: la señora [[PERSON|kely]] [[PERSON|kely mendoza]] y su esposo que le dicen el [[PERSON|gringo]] los chicos son de [[LOCATION|huánuco]] de [[LOCATION|panao]] creo la señora los trae con el cuento de que van a estudiar en las noches
O: alguno de los chicos le ha contado algo
C: una chiquita que se llama [[PERSON|maribel]] me dijo [[DATE_TIME|el jueves]] llorando que no le pagan que todo se lo mandan a su mamá dice pero que su mamá no recibe nada y que el [[PERSON|gringo]] le quitó su dni
O: tiene algún dato del negocio un teléfono o una página
C: sí acá tengo la tarjeta que me dieron dice [[ORGANIZATION|confecciones kely]] ruc [[ID_NUMBER|10457863219]] teléfono [[PHONE_NUMBER|cero uno tres dos cuatro cinco ocho ocho siete anexo ciento doce]] y el correo es [[EMAIL_ADDRESS|confecciones kely arroba hotmail punto com]] y atrás dice [[OTHER_ID|facebook punto com barra confecciones kely moda]]
O: perfecto eso nos sirve mucho ha visto algún vehículo
C: sí eh los sábados en la noche viene una camioneta gris a sacar la mercadería y a veces se lleva a dos de las chicas no sé a dónde la placa es [[OTHER_ID|a8k novecientos doce]] o [[OTHER_ID|a8k novecientos veintiuno]] no me acuerdo bien
O: señora [[PERSON|doris]] lo que describe puede ser trata con fines de explotación laboral de menores vamos a pasar el caso a la policía especializada y a la fiscalía para que intervengan el taller me deja un número para llamarla
C: sí mi número es [[PHONE_NUMBER|nueve ocho ocho cero cero uno cuatro seis tres]] pero llámeme después de las tres cuando ya terminé de vender y por favor que no sepan que fui yo porque ahí todos se conocen
O: su identidad queda reservada no se acerque a la dueña ni les diga nada a los chicos y si ve que se los llevan llámenos enseguida
C: ya señorita muchas gracias
""",
    ),
    (
        "h54-04",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches eh señorita llamo desde [[LOCATION|chimbote]] quería saber si ustedes ven casos de pescadores porque a nosotros nos tienen trabajando sin pagar
O: sí claro cuénteme cómo se llama usted
C: me dicen [[PERSON|chino]] pero mi nombre es [[PERSON|luis alberto sernaqué]] tengo [[AGE|veintitrés]]
O: en qué embarcación trabaja
C: en la bolichera [[ORGANIZATION|don pancho uno]] matrícula [[OTHER_ID|ce e veintiún mil trescientos cuarenta y cinco pm]] es del armador [[PERSON|gonzalo ruesta]] y descarga en la planta de [[ORGANIZATION|pesquera costa brava]] en [[LOCATION|coishco]]
O: qué es lo que está pasando
C: la temporada terminó [[DATE_TIME|el quince de julio]] y hasta ahora no nos liquidan eh el armador [[PERSON|ruesta]] dice que nos descontó el petróleo las redes la comida somos catorce tripulantes y hay dos chamos venezolanos que no tienen papeles y a ellos los tienen durmiendo en la embarcación cuidándola nadie los deja bajar les dicen que si bajan los agarra migraciones y uno de ellos es menor tiene [[AGE|dieciséis años]] [[PERSON|yohandri]] se llama
O: les han quitado documentos
C: al [[PERSON|yohandri]] le quitaron su pasaporte y al otro al [[PERSON|deiby]] su carné de extranjería lo tiene el patrón de pesca un tal [[PERSON|cacho]] el número lo tengo en una foto es [[ID_NUMBER|cero cero uno ocho tres cuatro siete dos seis]]
O: a usted le han pagado algo
C: a mí me depositaron cien soles nomás a mi cuenta del bcp la [[OTHER_ID|uno nueve uno tres cinco ocho dos siete cuatro seis uno cero cinco dos]] y el resto dice que en diciembre pero eso dijeron el año pasado también
O: dónde está ahora la embarcación
C: fondeada frente al [[ADDRESS|muelle de la caleta el dorado al frente del mercado de pescadores]] los chicos están ahí adentro y [[DATE_TIME|el martes]] el [[PERSON|cacho]] le pegó al menor porque pidió bajar a llamar a su mamá
O: lo que describe es grave sobre todo por el menor vamos a avisar a la policía y a la capitanía de puerto para que suban a la embarcación y a la inspección de trabajo por los pagos me deja un número
C: sí es el [[PHONE_NUMBER|nueve cuatro tres seis cero dos uno uno ocho]] no disculpe es [[PHONE_NUMBER|nueve cuatro tres seis cero dos uno ocho uno]] y si no le contesto mi correo es [[EMAIL_ADDRESS|lucho sernaque noventa y ocho arroba gmail punto com]]
O: le repito [[PHONE_NUMBER|943 602 181]] y [[EMAIL_ADDRESS|luchosernaque98 arroba gmail punto com]] correcto
C: sí correcto eh pero que no sepan que fui yo que si no ya no me embarcan en ninguna lancha
O: su identidad queda reservada señor [[PERSON|luis]] mañana lo llamo para contarle cómo va y si ve que al menor lo vuelven a golpear llame enseguida
C: ya gracias señorita
""",
    ),
    (
        "h54-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Qué pena con usted, ¿sí me escucha? Es que estoy hablando pasito, porque estoy en el trabajo.
O: Sí, la escucho. Tranquila, hable como pueda. ¿Está en peligro ahora mismo?
C: Pues, peligro, peligro... no sé. Yo soy colombiana, de [[LOCATION|Pereira]]. Me trajeron a [[LOCATION|Trujillo]] para trabajar de mesera en un restaurante, y resulta que es un bar, y el dueño nos obliga a salir con los clientes. Y dice que le debo 2.500 dólares del viaje.
O: Eso no es legal, y usted no tiene la culpa de nada. ¿Me dice su nombre?
C: [[PERSON|Leidy Johana Ospina]]. Tengo [[AGE|24 años]]. Llegué [[DATE_TIME|el 3 de febrero]], por tierra, por [[LOCATION|Ecuador]].
O: ¿Cómo se llama el bar y dónde queda?
C: Se llama [[ORGANIZATION|Bar Karaoke Luna Roja]], queda en [[LOCATION|La Esperanza]], en [[ADDRESS|la avenida José Gabriel Condorcanqui, cuadra 14, al frente de una ferretería grande que tiene el techo azul]]. Nosotras dormimos en [[ADDRESS|el segundo piso, en los cuartos de atrás]].
O: ¿Quién las contactó para venir?
C: Una muchacha por Facebook, se hace llamar [[PERSON|Yuli]], la cuenta es [[OTHER_ID|Yuli Empleos Perú Colombia]], y después me escribía de este número: [[PHONE_NUMBER|+57 318 447 2093]]. Ella nos entregó en la terminal a don [[PERSON|Fercho]], el dueño. El nombre completo de él es [[PERSON|Fernando Alcántara]], lo vi en una factura.
O: ¿Tiene usted sus documentos?
C: No. Él tiene mi pasaporte, el número es [[ID_NUMBER|AV482193]], y la cédula me la dejó porque dice que no sirve acá. La cédula es [[ID_NUMBER|1.088.345.712]].
O: ¿Hay otras mujeres con usted? ¿Alguna menor de edad?
C: Somos cuatro. Hay una venezolana, [[PERSON|Mariangel]], que dice que tiene [[AGE|18]], pero yo creo que tiene como [[AGE|16]], se le nota. Ella es la que más sufre, llora todas las noches.
O: [[PERSON|Leidy]], lo que me cuenta es trata con fines de explotación sexual. Podemos enviar a la policía al local. ¿Quiere que lo hagamos esta noche?
C: Sí, pero que no se note que fui yo. Ay, y mi mamá... yo le mando plata a mi mamá a una cuenta de ahorros de Bancolombia, la [[OTHER_ID|912-345678-01]], y don [[PERSON|Fercho]] me dijo que sabe dónde vive ella. Eso me da mucho miedo.
O: Entiendo. Vamos a pedir también que alguien se comunique con su mamá. ¿A qué número la contacto a usted?
C: Por WhatsApp, a mi número colombiano, el [[PHONE_NUMBER|+57 312 448 9051]]. Solo mensajes, por fa. Y el de mi mamá, [[PERSON|Gloria]], es [[PHONE_NUMBER|tres uno cinco, seis seis dos, cero nueve, ocho cuatro]].
O: Muy bien. La policía va a ir al local en las próximas horas. Cuando lleguen, acérquese a ellos y diga que llamó a la línea. Después la llevamos a un albergue, y el consulado de [[LOCATION|Colombia]] la puede ayudar con el pasaporte.
C: Listo. Gracias, de verdad. Dios le pague.
""",
    ),
    (
        "h54-06",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Mire, yo soy venezolano, estoy en [[LOCATION|Máncora]], y quería ver si ustedes me pueden orientar, porque en el hotel donde trabajo nos tienen como esclavos, vale.
O: Claro que sí, con gusto. ¿Me dice su nombre?
C: [[PERSON|Yonaiker Rafael Bracho]]. Tengo el CPP, el número es [[ID_NUMBER|E-4417-2290-31]]... no, espérese, ese es el trámite; el carné es [[ID_NUMBER|004378215]].
O: Gracias, señor [[PERSON|Yonaiker]]. ¿En qué hotel trabaja?
C: En el [[ORGANIZATION|Hotel Arena Dorada]], a la entrada de [[LOCATION|Máncora]] viniendo de [[LOCATION|Los Órganos]], [[ADDRESS|el que tiene los bungalows de techo de palma al lado del grifo Santa Rosa]]. Trabajo en la cocina y mi esposa, [[PERSON|Oriana]], en la limpieza.
O: ¿Qué es lo que está pasando?
C: Nos prometieron 1.300 soles a cada uno, con cuarto y comida. Pero trabajamos de seis a doce de la noche, sin día libre, y nos pagan 300, por Yape, y a veces ni eso. El gerente, un tal [[PERSON|Renzo Paredes]], le dicen [[PERSON|Chiquito]], nos tiene los pasaportes "en la caja fuerte". El mío es [[ID_NUMBER|136842097]].
O: ¿Pueden salir del hotel cuando quieren?
C: Salir, sí, pero él nos dice que si nos vamos nos acusa de robo y llama a migraciones. Y hay un chamo, mi sobrino [[PERSON|Jeanpierre]], que tiene [[AGE|17 años]], lo pusieron de jalador en la playa hasta las dos de la mañana, y le dijo que le debe el pasaje desde [[LOCATION|Tumbes]].
O: ¿Les han hecho firmar algún contrato?
C: Un papel que dice "contrato de locación de servicios", número [[OTHER_ID|CLS-0214-2024]]. Y las transferencias de Yape me llegan del número de la esposa del gerente, el [[PHONE_NUMBER|969 113 402]].
O: Señor [[PERSON|Yonaiker]], lo que describe puede ser trabajo forzoso, y con un menor, trata. Retener pasaportes es ilegal. Vamos a derivar el caso a la fiscalía de [[LOCATION|Talara]] y a la inspección de trabajo, y le puedo dar orientación legal. ¿Cómo lo contactamos?
C: Al [[PHONE_NUMBER|nueve cero cuatro, siete siete uno, ocho seis dos]]. Y el correo de mi esposa es [[EMAIL_ADDRESS|oriana.bracho.2019@gmail.com]]. Ah, y el hotel tiene Instagram, [[OTHER_ID|@arenadorada.mancora]], ahí sale la foto del gerente con su camioneta, la placa es [[OTHER_ID|P4C-672]].
O: Le repito: [[PHONE_NUMBER|904 771 862]]. Lo llamamos esta tarde, cuando salga de la cocina. Si le hacen daño a su sobrino o lo encierran, llame de inmediato.
C: Gracias, mi pana, digo, señorita. Uno no se vino de [[LOCATION|Venezuela]] para esto.
""",
    ),
    (
        "h54-07",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hello? Hello, sorry, English? My Spanish very little. A man here give me this number.
O: Yes, I speak English. Go ahead, take your time. Are you safe right now?
C: Yes, now safe. I am in the house of Don [[PERSON|Julio]], a fisherman, he help me. I run from the ship two days ago, in [[LOCATION|Paita]].
O: I'm glad you're safe. What is your name, and where are you from?
C: My name [[PERSON|Ardiansyah]]. Only one name, in [[LOCATION|Indonesia]] is normal. I am [[AGE|27]]. I come from [[LOCATION|Tegal]], [[LOCATION|Central Java]].
O: Thank you, [[PERSON|Ardiansyah]]. Tell me about the ship.
C: Squid ship, the name [[ORGANIZATION|Hai Feng 718]]. The IMO number, wait, I have photo... [[OTHER_ID|9784215]]. It come into port for repair the engine. Since [[DATE_TIME|March 2]] I am on this ship, fourteen months no see land. The agency in [[LOCATION|Jakarta]], [[ORGANIZATION|PT Samudra Jaya Manning]], they promise 450 dollar every month. But nothing come to my family. Nothing.
O: Did anyone take your documents?
C: Yes, captain keep the passport and the seaman book. Passport number [[ID_NUMBER|C4829173]], seaman book [[ID_NUMBER|E 118374]]. I have only the copy on my phone. The contract number is [[OTHER_ID|SJM/2023/0417]].
O: Was there violence on the ship?
C: Yes. The boatswain, we call him [[PERSON|Lao Wang]], he hit with iron pipe. My friend [[PERSON|Budi Santoso]] still on the ship, his arm very bad, no doctor. And there is one boy, [[PERSON|Rizky]], the paper say [[AGE|19]] but he tell me he is [[AGE|sixteen]]. Ship go out again on [[DATE_TIME|Friday]].
O: That is very serious. We need to tell the police and the port authority before [[DATE_TIME|Friday]]. Where is the ship now?
C: At the [[ADDRESS|shipyard dock behind the big fish factory, where the cranes are yellow]], in [[LOCATION|Paita]].
O: Can you give me a number where we can reach you?
C: My WhatsApp [[LOCATION|Indonesia]], [[PHONE_NUMBER|+62 812 3390 4471]], it work with the wifi of Don [[PERSON|Julio]]. And his phone is [[PHONE_NUMBER|nine six eight, two two five, one four oh]].
O: Let me repeat: [[PHONE_NUMBER|968 225 140]]. Thank you. Does your family know where you are?
C: My wife, yes. Her name is [[PERSON|Siti Rahmawati]], phone [[PHONE_NUMBER|+62 857 4120 6638]]. Please, can you help me go home? And [[PERSON|Budi]], please, help [[PERSON|Budi]].
O: We will report the ship today so that the police and the port captain board it before it leaves, and we will contact your embassy for your documents and your return. We will also find you a safe place to stay. I'll call you back on WhatsApp within the hour.
C: Thank you. Thank you very much.
""",
    ),
    (
        "h54-08",
        "en",
        """
O: Línea contra la trata, good evening.
C: Good evening. My name is [[PERSON|Margaret Okafor]], I'm a caseworker with [[ORGANIZATION|Borderline Freedom Network]], we're an NGO based in [[LOCATION|Mae Sot]], in [[LOCATION|Thailand]]. I'm calling about a Peruvian national who is being held in a scam compound across the border, in [[LOCATION|Myanmar]].
O: Thank you for calling. Please go ahead.
C: His name is [[PERSON|Diego Armando Cárdenas Loayza]], he's [[AGE|26]], from [[LOCATION|Callao]]. He answered an ad for a Spanish-speaking customer service job in [[LOCATION|Bangkok]], flew out on [[DATE_TIME|14 August]], and was driven straight across the river to [[LOCATION|Myawaddy]]. He's in a compound the workers call [[ADDRESS|Phoenix Garden, the one with the blue glass towers just south of the Friendship Bridge]].
O: How did you hear from him?
C: He messaged our hotline on Telegram from a phone he borrowed. They force him to work fifteen hours a day running romance and crypto scams on Spanish speakers, and he's been beaten with a stick for missing targets. They're now demanding 8,000 dollars for his release.
O: Do you have his passport details?
C: The compound took the passport, but his sister sent us a scan. Number [[ID_NUMBER|121583907]], and his DNI is [[ID_NUMBER|47195203]].
O: And the recruiter?
C: The ad was on a job site, the link is [[OTHER_ID|jobs-latam-asia.com/apply/cs-spanish]], and the recruiter used the Telegram handle [[OTHER_ID|@hr_asia_latam_jobs]]. A Peruvian woman called [[PERSON|Fiorella]] did the first interview by video; she used the number [[PHONE_NUMBER|+51 951 027 338]].
O: Are there other Peruvians with him?
C: He says two more, a young woman from [[LOCATION|Chiclayo]] and a man from [[LOCATION|Ica]], but he only knows their first names, [[PERSON|Milagros]] and [[PERSON|Junior]].
O: We need to bring in the Ministry of Foreign Affairs and the specialised prosecutor. Is the family in touch with anyone?
C: His sister, [[PERSON|Katherine Cárdenas]], is in [[LOCATION|Callao]]. Her number is [[PHONE_NUMBER|+51 987 330 162]]. Please ask her not to pay anything; in our experience payment doesn't guarantee release.
O: Understood. What's the best way to reach you?
C: My mobile is [[PHONE_NUMBER|+66 81 442 9057]], or the office line, [[PHONE_NUMBER|+66 55 532 180 extension 14]], and my e-mail is [[EMAIL_ADDRESS|m.okafor@borderlinefreedom.org]].
O: Thank you, [[PERSON|Margaret]]. I'll register the case tonight, call the sister, and pass everything to the consular team and the prosecutor. I'll e-mail you the case reference tomorrow morning, our time.
C: Thank you. I'll keep you updated if he contacts us again.
""",
    ),
    (
        "h54-09",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpa, eu não falo espanhol direito. A senhora entende português?
O: Sí, entiendo. Puede hablar en portugués, yo le entiendo. ¿Qué pasa?
C: Tá bom, obrigado. Meu nome é [[PERSON|Wellington da Silva Souza]], tenho [[AGE|31 anos]], sou de [[LOCATION|Cruzeiro do Sul]], no [[LOCATION|Acre]]. Eu tô trabalhando numa fazenda de uva aqui em [[LOCATION|Ica]], e a gente tá numa situação muito ruim, cara.
O: ¿Quién lo trajo a trabajar aquí?
C: Um brasileiro que chamam de [[PERSON|Gaúcho]], o nome dele é [[PERSON|Cleiton Ferraz]]. Ele recrutou a gente lá no [[LOCATION|Acre]] pelo WhatsApp, dizendo que era colheita de uva, 70 soles por dia, com alojamento. A gente veio de ônibus, oito brasileiros, chegamos [[DATE_TIME|no dia 10 de outubro]].
O: ¿Y qué pasó al llegar?
C: Ele trabalha de empreiteiro pra [[ORGANIZATION|Agroindustrial Dunas del Sur]], em [[LOCATION|Salas]]. A gente trabalha no packing das cinco da manhã até as dez da noite. Ele ficou com os nossos documentos, falou que era pra fazer o contrato. Meu RG é [[ID_NUMBER|0.412.387-6]] e o CPF é [[ID_NUMBER|418.227.903-56]], ainda bem que eu tenho foto.
O: ¿Les pagan?
C: Nada, só vale pra comida. Ele diz que a gente deve a passagem e o alojamento. No crachá meu código é [[OTHER_ID|ADS-3381]], mas na empresa dizem que nosso nome nem aparece na folha, que quem recebe é ele.
O: ¿Dónde duermen ustedes?
C: Num [[ADDRESS|galpão atrás da granja de frangos, na estrada pra Guadalupe, do lado do reservatório de água pintado de verde]]. Sem banheiro, só um balde. E o [[PERSON|Gaúcho]] fica com a chave do portão.
O: ¿Hay menores o alguien herido?
C: Tem um menino, o [[PERSON|Kauã]], de [[AGE|dezessete]], sobrinho de um colega. Ele desmaiou de calor [[DATE_TIME|sexta-feira]] e ninguém levou no médico.
O: Esto puede ser trabajo forzoso y trata. Vamos a avisar a la policía, a la fiscalía y a la inspección de trabajo. ¿Cómo lo contactamos?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 99214-7730]]. Aqui no [[LOCATION|Peru]] eu tenho um chip, [[PHONE_NUMBER|nove cinco dois, quatro zero um, seis meia oito]]. Ah, e se precisar mandar alguma coisa pra minha irmã, a chave PIX dela é o e-mail [[EMAIL_ADDRESS|rosangela.souza.ac@gmail.com]], a conta é do Nubank, conta [[OTHER_ID|7723418-5]].
O: No necesitamos dinero, no se preocupe. Le repito el número peruano: [[PHONE_NUMBER|952 401 668]]. ¿Es correcto?
C: Isso, correto. O ônibus da empreiteira ainda tá aqui, placa [[OTHER_ID|V3H-218]], se ajudar.
O: Ayuda mucho. Lo llamamos esta noche. Si los encierran o alguien se enferma, llame enseguida.
C: Valeu, senhora. Muito obrigado mesmo.
""",
    ),
    (
        "h54-10",
        "pt",
        """
O: Línea contra la trata, buenos días.
C: Bom dia. A senhora fala português? Eu tô ligando do [[LOCATION|Brasil]], de [[LOCATION|Rio Branco]].
O: Sí, la entiendo. Hable tranquila.
C: É sobre a minha sobrinha, a [[PERSON|Ana Júlia]]. Ela tem [[AGE|15 anos]]. Ela foi pra [[LOCATION|Puerto Maldonado]] [[DATE_TIME|no dia 2 de janeiro]], pra trabalhar numa loja, e agora não deixam ela voltar.
O: ¿Qué loja? ¿Sabe el nombre y dónde queda?
C: É um bazar de uma família chinesa-peruana, o [[ORGANIZATION|Bazar y Bodega Hermanos Chong]], fica na [[ADDRESS|avenida León Velarde, a duas quadras da praça, do lado de uma farmácia grande de esquina]]. A dona é a dona [[PERSON|Lucía Chong]], e o marido, o seu [[PERSON|Wilfredo]], que todo mundo chama de [[PERSON|Chino Fredy]].
O: ¿Quién la llevó?
C: Um motorista de van que faz a linha de [[LOCATION|Assis Brasil]] até [[LOCATION|Iñapari]], chamam ele de [[PERSON|Baiano]]. A van é branca, placa [[OTHER_ID|MZN4B21]]. Ele disse pra minha irmã que era pra cuidar de criança e estudar à noite.
O: ¿Y qué le ha contado la niña?
C: Que trabaja na loja das sete da manhã às onze da noite, limpa, carrega caixa, e dorme no depósito em cima dos sacos de arroz. Não recebe nada. A dona [[PERSON|Lucía]] pegou o celular dela, ela só fala comigo escondida pelo Instagram de uma colega, [[OTHER_ID|@anajuh.rb]] é o dela, mas quem responde às vezes é a dona. E [[DATE_TIME|domingo]] ela me disse chorando que o seu [[PERSON|Wilfredo]] entra no depósito à noite.
O: Señora, esto es muy grave, es una menor y hay riesgo de abuso sexual. Vamos a enviar a la policía hoy mismo. ¿Tiene algún documento de ella?
C: O RG dela é [[ID_NUMBER|1.327.590-4]], e a certidão tá comigo. O nome completo é [[PERSON|Ana Júlia Nascimento Rocha]]. O número peruano que ela tinha é [[PHONE_NUMBER|nove quatro um, três sete sete, zero dois cinco]].
O: ¿Y los datos de usted?
C: Meu nome é [[PERSON|Francisca Nascimento]], meu celular é [[PHONE_NUMBER|+55 68 98107-3349]], e o e-mail [[EMAIL_ADDRESS|fran.nascimento.rb@hotmail.com]].
O: Gracias, señora [[PERSON|Francisca]]. Vamos a pedir que la policía y la fiscalía de familia de [[LOCATION|Madre de Dios]] vayan a la tienda y la lleven a un lugar seguro, y coordinamos con el consulado de [[LOCATION|Brasil]] para el retorno. La llamo por WhatsApp esta tarde.
C: Obrigada, obrigada. Pelo amor de Deus, tirem ela de lá.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h54-", "heldout54.jsonl")
