#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 25: ten fictional, labelled hotline calls for the redaction benchmark.

Written by an outside test-data writer who never saw the redactor's code, tests or results;
only LABELS.md, make_dev.py (conventions) and the builder make_heldout.py were read.
Styles: three lowercase unpunctuated speech-recogniser Spanish transcripts (juice seller at a
market in Iquitos, a boy on a fishing boat in Chimbote, a grandmother in Abancay), two cased
Spanish calls (municipal social worker in Huaraz, hotel receptionist in Máncora), an English
call from an American volunteer in Puno, a Brazilian Portuguese call from Assis Brasil, a
Venezuelan Spanish call from San Martín de Porres, Andean Spanish with Quechua words from a
mine camp in Arequipa, and a bus driver describing drop-off points along a road in Junín.

All people, phone numbers, IDs, addresses, e-mails, handles, plates, accounts and businesses
are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions (titles and cue words
outside spans; hotline name/number, institutions, money, durations, counts and article
numbers are not PII).
"""

CALLS = [
    (
        "h25-lower-es-01",
        "es",
        """
O: linea contra la trata buenas noches en que le puedo ayudar
C: aló buenas noches señorita disculpe la hora recien cierro mi puesto yo vendo jugos en el mercado de [[LOCATION|belen]] aca en [[LOCATION|iquitos]] y le llamo por una chiquita que trabaja al lado
O: gracias por llamar señora esta usted en un lugar tranquilo para hablar
C: si ya estoy en mi casa mire la niña le dicen [[PERSON|pocha]] pero su nombre es [[PERSON|rosaura]] creo que [[PERSON|rosaura tapayuri]] me contó que la trajeron de [[LOCATION|nauta]] en la lancha
O: sabe que edad tiene
C: ella dice [[AGE|once años]] pero es flaquita chiquita parece de [[AGE|nueve]] no va al colegio señorita desde las cuatro de la mañana carga las cajas de pescado salado
O: quien la tiene a cargo
C: una señora que vende pescado salado le dicen doña [[PERSON|chela]] [[PERSON|graciela urquia]] se llama le paga diez soles a la semana y le grita todo el dia [[DATE_TIME|el sabado veintiuno]] le pegó con una manguera delante de todos
O: donde queda el puesto de esa señora
C: entrando por [[ADDRESS|el jiron nueve de diciembre la tercera fila de los salados el puesto ciento cuarenta y siete el que tiene la lona amarilla parchada]] yo estoy al frente en el [[ADDRESS|puesto ciento cincuenta y dos]] mi jugueria se llama [[ORGANIZATION|jugos el camu camu]]
O: y la niña donde duerme
C: en la noche la lleva a su casa es por [[ADDRESS|la calle cabo pantoja cuadra seis la casa de madera sobre pilotes pasando el aserradero]] pero a veces la deja dormir debajo de la mesa del puesto encima de los costales
O: sabe si la señora tiene algun numero o alguna cuenta
C: si la señora cobra por yape al [[PHONE_NUMBER|nueve cuatro dos cero cinco uno siete siete ocho]] no perdon al final es [[PHONE_NUMBER|siete siete nueve]] y en el facebook vende como [[OTHER_ID|chela salados belen oficial]]
O: muy bien le repito [[PHONE_NUMBER|942 051 779]] es correcto
C: si eso es señorita y el marido de la señora es un motocarrista le dicen [[PERSON|chancho]] su motocarro tiene placa [[OTHER_ID|ae quinientos treinta y uno ocho]]
O: gracias vamos a comunicar esto a la policia y a la unidad de proteccion especial para que vayan al mercado me puede dar su nombre y un numero
C: me llamo [[PERSON|zoila]] [[PERSON|zoila rios pinedo]] mi celular es [[PHONE_NUMBER|nueve sesenta y cinco treinta y ocho once cero dos]] pero que no sepan que fui yo porque estamos puesto con puesto
O: su identidad queda reservada señora [[PERSON|zoila]] mañana en la tarde la llamamos y si ve que se llevan a la niña llame al cero ochocientos dos treinta y dos treinta y dos es gratis
C: ya señorita gracias dios le pague
""",
    ),
    (
        "h25-lower-es-02",
        "es",
        """
O: linea contra la trata buenas tardes le escuchamos
C: aló señorita puedo hablar rapido nomas estoy con el celular de un compañero
O: si claro dime estas bien
C: mas o menos me llamo [[PERSON|yoel]] tengo [[AGE|quince]] trabajo en una bolichera aca en [[LOCATION|chimbote]] y no me quieren pagar ni dejarme ir a mi casa
O: cuantos son los chicos que trabajan ahi
C: somos tres menores yo y otro de [[AGE|catorce]] que le dicen [[PERSON|cuy]] y [[PERSON|maicol]] que tiene [[AGE|dieciseis años]] los demas son grandes
O: para quien trabajan
C: la lancha es de la [[ORGANIZATION|pesquera hermanos saldarriaga]] la matricula esta pintada en la proa [[OTHER_ID|ce veintiun mil ochocientos cuarenta y siete pm]] el patron es don [[PERSON|eleuterio]] le dicen [[PERSON|cabezon]]
O: que les hace el patron
C: salimos tres dias al mar trabajamos como veinte horas y nos dice cincuenta soles por marea pero despues nos descuenta la comida y las botas y nos dice que debemos [[DATE_TIME|el jueves]] a [[PERSON|maicol]] le pegó con un cabo porque se quedó dormido
O: donde estan ahorita
C: la lancha esta atracada en [[ADDRESS|el desembarcadero artesanal el tercer amarradero pasando los botes amarillos de la ex fabrica]] y nos dejan bajar un ratito nomas
O: tienes tu dni contigo
C: no lo tiene el patron pero me lo sé es [[ID_NUMBER|setenta y uno cuarenta y ocho noventa y dos cero tres]]
O: y tu familia donde vive
C: mi mama vive en [[LOCATION|coishco]] en [[ADDRESS|el asentamiento dos de mayo manzana ka lote doce]] se llama [[PERSON|gladis cotrina]] su numero es [[PHONE_NUMBER|nueve cuatro tres seiscientos diez cero ocho cinco]]
O: le repito [[PHONE_NUMBER|943 610 085]] verdad
C: si ese y el celular de mi compañero es [[PHONE_NUMBER|nueve cero siete dos dos uno cuatro seis seis]] pero no me llame ahi porque el patron le revisa
O: [[PERSON|yoel]] vamos a avisar a la policia y a la fiscalia de [[LOCATION|ancash]] para que vayan al muelle y tambien a tu mama a que hora vuelven a zarpar
C: [[DATE_TIME|el domingo a las cinco de la madrugada]] dice el patron
O: muy bien antes de eso van a ir no le digas a nadie que llamaste cuidate mucho
""",
    ),
    (
        "h25-lower-es-03",
        "es",
        """
O: linea contra la trata buenos dias en que la podemos ayudar
C: aló mamitay buenos dias yo soy abuelita le llamo de [[LOCATION|abancay]] mi nieto me está marcando el numero porque yo no veo bien
O: no se preocupe abuelita hable con calma digame
C: mi nietecita la [[PERSON|yeni]] se la han llevado a trabajar a [[LOCATION|lima]] una señora que le dicen la [[PERSON|gringa]] vino a la comunidad dijo que la iba a hacer estudiar y que me iba a mandar cien soles cada mes
O: cuantos años tiene su nieta
C: [[AGE|trece añitos]] nomas mamita se fue [[DATE_TIME|el dieciseis de julio]] el dia de la fiesta y ya no me manda nada ni me llama
O: como se llama completo su nieta
C: [[PERSON|yeni rocio ccorahua huamani]] su dni lo tengo aca en la bolsita a ver hijo leele a la señorita
C: ya señorita soy el nieto el dni es [[ID_NUMBER|seis ocho siete cero dos cinco uno cuatro]]
O: gracias sabe en que parte de [[LOCATION|lima]] esta
C: en [[LOCATION|ate]] dice en [[ADDRESS|la avenida los cedros al fondo del mercadillo la casa de tres pisos con el porton de madera donde hacen queque]] ahi la tienen cocinando y lavando dice que duerme en la azotea
O: y la señora [[PERSON|gringa]] tiene algun nombre o numero
C: se llama [[PERSON|marleni]] dice el apellido [[PERSON|orosco]] su numero es [[PHONE_NUMBER|nueve noventa y ocho cuatrocientos doce treinta y siete]] y la plata dijo que manda a la cuenta de la caja [[OTHER_ID|cuatro cero uno guion cero cero siete dos guion uno cinco]]
O: ya le dio dinero usted a la señora
C: si mamita le di cuatrocientos soles para el pasaje manam yanapawanchu ya no contesta
O: abuelita esto lo vamos a pasar a la fiscalia y a la policia en [[LOCATION|lima]] para que vayan a buscar a [[PERSON|yeni]] como se llama usted y donde vive
C: [[PERSON|eustaquia huamani]] vivo en [[LOCATION|tamburco]] [[ADDRESS|mas arriba del cementerio la casita de adobe con techo de calamina al lado del molle grande]]
O: y a que numero la llamamos
C: al de mi nieto [[PERSON|wilber]] [[PHONE_NUMBER|nueve ocho tres cero cuarenta y uno seis sesenta y seis]]
O: gracias señora [[PERSON|eustaquia]] la llamamos [[DATE_TIME|el viernes]] y si la [[PERSON|yeni]] la llama digale que marque gratis al cero ochocientos dos treinta y dos treinta y dos
C: ya mamita diosolpagarasunki
""",
    ),
    (
        "h25-cased-es-04",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla [[PERSON|Milagros Vega Tinoco]], trabajadora social de la DEMUNA de la municipalidad provincial de [[LOCATION|Huaraz]]. Quería reportar un caso y pedir orientación.
O: Adelante, licenciada.
C: Ayer vino a la oficina una chica de [[AGE|16 años]], [[PERSON|Nayeli Sáenz]], natural de [[LOCATION|Carhuaz]]. Nos contó que una prima la trajo a trabajar como "anfitriona" en un restobar, el [[ORGANIZATION|Restobar Killa Lounge]].
O: ¿Dónde queda el local?
C: En [[ADDRESS|la cuadra 7 del jirón José Olaya, el segundo piso encima de la ferretería, se sube por una escalera lateral sin letrero]]. Las chicas viven en [[ADDRESS|los cuartos de la azotea del mismo edificio]].
O: ¿Qué le contaron que hacían ahí?
C: Atender a los clientes, tomar con ellos y, si el cliente paga 150 soles, acompañarlos arriba. Trabajan de nueve de la noche a cinco de la mañana. Según [[PERSON|Nayeli]], hay por lo menos otras cuatro, una de ellas venezolana, [[PERSON|Génesis]], con carné de extranjería [[ID_NUMBER|003184627]].
O: ¿Quiénes están a cargo?
C: El administrador es [[PERSON|Rómulo Cacha]], le dicen [[PERSON|Tigrillo]], DNI [[ID_NUMBER|43.917.208]] según una boleta que ella fotografió. La prima que la captó es [[PERSON|Yaneth]], que recluta por la página [[OTHER_ID|facebook.com/empleos.callejon.huaylas]].
O: ¿Desde cuándo está ahí la menor?
C: Desde [[DATE_TIME|el viernes 4 de octubre]]. Se escapó [[DATE_TIME|el martes a las 6 de la mañana]], cuando cerraron. Está ahora en casa de su tía, en [[ADDRESS|el pasaje Las Retamas 140, en Independencia, frente a la losa deportiva]].
O: Vamos a derivar el caso a la fiscalía especializada en trata y a la policía. ¿La menor tiene un teléfono?
C: Le quitaron el suyo. El de la tía es [[PHONE_NUMBER|943 77 12 05]]. El suyo era [[PHONE_NUMBER|nueve cuatro cuatro, ocho uno, nueve dos, seis tres]], por si lo activan.
O: ¿Y sus datos de contacto, licenciada?
C: El fijo de la oficina, [[PHONE_NUMBER|(043) 421187, anexo 214]], o mi correo [[EMAIL_ADDRESS|mvega.demuna@munihuaraz.gob.pe]]. La oficina está en el [[ADDRESS|tercer piso del palacio municipal, la puerta 305]].
O: Muchas gracias, licenciada [[PERSON|Vega]]. Según el artículo 153-A del Código Penal esto es explotación sexual de una menor; hoy se comunica con usted la fiscalía.
C: Perfecto, quedo atenta.
""",
    ),
    (
        "h25-cased-es-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le ayudo?
C: Buenas noches. Le llamo del [[ORGANIZATION|Hotel Arena Dorada]], en [[LOCATION|Máncora]]. Soy la recepcionista de noche. Tengo una situación con un huésped y no sé qué hacer.
O: Cuénteme. ¿Está en un lugar donde pueda hablar?
C: Sí, estoy en la recepción, sola. Hace media hora llegó un mototaxi con dos chicas que no tendrán más de [[AGE|14 o 15 años]], y subieron directo al [[ADDRESS|bungalow 6, el último junto a la piscina, pegado al muro de la playa]].
O: ¿Quién está alojado en ese bungalow?
C: Un extranjero, se registró como [[PERSON|Dale Wexford]], estadounidense, pasaporte [[ID_NUMBER|5 8 2 0 4 1 7 3 9]], y dejó un celular de allá, [[PHONE_NUMBER|+1 305 555 0127]]. Llegó [[DATE_TIME|el domingo 12]] y ya es la tercera vez que trae chicas. Pagó 350 soles la noche en efectivo, y antes con una tarjeta que termina en [[OTHER_ID|4417]].
O: ¿Vio al que las trajo?
C: Sí, el mototaxista es conocido aquí, le dicen [[PERSON|Chino Ruperto]]. El mototaxi es rojo, placa [[OTHER_ID|MB-4471]]. Una de las chicas dijo que se llama [[PERSON|Brisa]] y que es de [[LOCATION|Los Órganos]]. A la otra la he visto vendiendo pulseras en [[ADDRESS|la esquina de la Panamericana con el pasaje Piura, al lado de la cevichería de la rotonda]].
O: ¿A qué hora llegaron?
C: A [[DATE_TIME|las 11:40]], lo tengo en la cámara de la entrada. El gerente, el señor [[PERSON|Neyra]], me dijo que no me meta, que el huésped es buen cliente.
O: Usted hizo bien en llamar. ¿Me confirma la dirección del hotel?
C: [[ADDRESS|Antigua Panamericana Norte, kilómetro 1164, la entrada de tablas con las antorchas]], a unos tres minutos del centro.
O: Ahora mismo paso el aviso a la comisaría para que vayan. ¿Me da su nombre y un número?
C: [[PERSON|Karla]]. [[PERSON|Karla Purizaca]]. Mi celular es el [[PHONE_NUMBER|+51 969 302 518]]. Por favor no llamen al fijo del hotel.
O: Entendido, [[PERSON|Karla]]. No suba al bungalow ni confronte al huésped. Si salen del hotel con las chicas, llame al 105 o a esta línea.
C: Ya. Él también tiene una camioneta alquilada en el estacionamiento, la placa es [[OTHER_ID|BKT-620]].
O: Muy bien, se lo paso a la policía también. Gracias, [[PERSON|Karla]].
""",
    ),
    (
        "h25-en-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, hello, sorry, do you speak English? My Spanish is really basic.
O: Yes, I can help you in English. What's happening?
C: My name's [[PERSON|Caitlin Brooks]], I'm an American volunteer with [[ORGANIZATION|Manos Abiertas Puno]], we run a homework club in [[LOCATION|Puno]]. Two of the girls from the club are working nights at a bar, and I'm really worried.
O: Thank you for calling, [[PERSON|Caitlin]]. How old are the girls?
C: [[PERSON|Mayra]] is [[AGE|sixteen]], I know because we had her birthday at the club on [[DATE_TIME|September 30th]]. Her friend [[PERSON|Luz Clarita]] is [[AGE|fifteen]]. They're both from [[LOCATION|Juli]] and live with an aunt here.
O: What's the bar called and where is it?
C: It's called [[ORGANIZATION|Karaoke El Cóndor de Oro]]. It's on [[ADDRESS|Jirón Deustua, half a block up from the plaza, a blue metal door with no sign, next to the photocopy shop]]. The girls work in [[ADDRESS|the back room on the second floor, where the pool table is]].
O: What have you seen?
C: On [[DATE_TIME|Friday the 8th, around 1 a.m.]], I saw them come out with two older men, drunk, and get into a taxi, plate [[OTHER_ID|Z5B-093]]. [[PERSON|Mayra]] told me the owner, Don [[PERSON|Fermín]], makes them drink with miners for 20 soles a bottle, and that they "have to go with clients" to pay back a debt.
O: Do you know the owner's full name?
C: [[PERSON|Fermín Quisocala]], I think. His wife does the money, they call her [[PERSON|Pelusa]].
O: Thank you. Can I take your contact details?
C: Sure. My Peruvian number is [[PHONE_NUMBER|nine five one, three zero four, seven seven two]], my US one is [[PHONE_NUMBER|+1 (720) 555-0163]], and email is [[EMAIL_ADDRESS|caitlin underscore brooks at gmail dot com]]. Or Instagram, [[OTHER_ID|@cait.in.puno]].
O: And do you have a number for the girls?
C: [[PERSON|Mayra]] has WhatsApp on [[PHONE_NUMBER|973 118 460]], but the owner checks it.
O: We'll pass this to the police anti-trafficking unit and the family prosecutor in [[LOCATION|Puno]] tonight. Please don't go to the bar yourself.
C: Okay. Thank you so much. The club is at [[ADDRESS|the parish hall on Jirón Ilave 512]], if anyone needs to find me.
""",
    ),
    (
        "h25-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça, desculpa, eu falo português, dá pra entender?
O: Sí, entiendo un poco. Hable despacio, por favor.
C: Meu nome é [[PERSON|Edivaldo Nascimento]], eu moro em [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]], bem na fronteira. É sobre a minha sobrinha, a [[PERSON|Thaís]], ela tem [[AGE|dezesseis anos]].
O: ¿Qué pasó con ella?
C: Uma mulher chamada [[PERSON|Rosimeire]], que a gente chama de [[PERSON|Meire]], levou ela pra [[LOCATION|Puerto Maldonado]] prometendo trabalho de babá. Elas atravessaram por [[LOCATION|Iñapari]] no [[DATE_TIME|dia 3 de novembro]], num carro de placa [[OTHER_ID|QLU4F27]].
O: ¿Y ahora dónde está?
C: Ela mandou áudio chorando. Disse que está numa casa de madeira [[ADDRESS|depois da ponte, na segunda rua à esquerda passando o posto de gasolina, a casa com toldo vermelho e cachorro preto amarrado]]. De noite levam ela pra um bar chamado [[ORGANIZATION|Bar Estrela do Sul]] e obrigam a ficar com homens.
O: ¿Tiene un número de ella?
C: Tem, mas o chip é brasileiro: [[PHONE_NUMBER|sessenta e oito, nove nove nove oito sete, catorze zero dois]]. Ela só responde quando tem wi-fi.
O: ¿Y algún documento de ella?
C: O RG dela é [[ID_NUMBER|1.284.503-7]], e o CPF, espera, é [[ID_NUMBER|zero três nove, quatro sete um, oito dois seis, traço quinze]].
O: ¿Y la señora [[PERSON|Rosimeire]] tiene cuenta o teléfono?
C: Ela pediu que a mãe mandasse 300 reais pelo Pix, a chave é o e-mail [[EMAIL_ADDRESS|meire.agencia.babas@gmail.com]]. E o Instagram é [[OTHER_ID|@meire_empregos_fronteira]].
O: Vamos avisar a la policía y a la fiscalía de [[LOCATION|Madre de Dios]] ahora. ¿Su teléfono?
C: O meu é [[PHONE_NUMBER|(68) 9 9923-5581]]. E a mãe dela, minha irmã [[PERSON|Lucineide]], mora na [[ADDRESS|Rua Dom Giocondo, 88, atrás da igreja]], aqui em [[LOCATION|Assis Brasil]].
O: Gracias, señor [[PERSON|Edivaldo]]. Lo llamamos esta noche.
C: Obrigado, moça. Pelo amor de Deus, acha ela.
""",
    ),
    (
        "h25-ve-es-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Disculpe, estoy nerviosísima. Yo soy venezolana, de [[LOCATION|Maracay]], vivo en [[LOCATION|San Martín de Porres]], y es por mi hija, que no ha vuelto a la casa.
O: Tranquila, señora. ¿Cómo se llama su hija y qué edad tiene?
C: [[PERSON|Yuleisy Andreína Colmenares]], tiene [[AGE|quince años]], chama todavía. Salió [[DATE_TIME|el sábado 24]] diciendo que iba a casa de una amiga, la [[PERSON|Daniela]], que vive [[ADDRESS|en el pasaje 7 de Junio, por la cancha de fulbito]], y no ha vuelto. Estudia en la [[ORGANIZATION|I.E. Los Próceres de Condevilla]].
O: ¿Sabe con quién se fue?
C: Con un chamo que conoció por TikTok, se hace llamar [[OTHER_ID|@eljhonny.vzla]], y en la calle le dicen el [[PERSON|Flaco]]. Le prometió trabajo de impulsadora en [[LOCATION|Trujillo]], 80 dólares la semana, y que le pagaba el pasaje.
O: ¿Ha sabido algo de ella?
C: Me escribió ayer desde otro número, [[PHONE_NUMBER|+51 927 445 310]], que la tienen en un cuarto con otras muchachas y que le quitaron el celular. Después la llamé y me salió un hombre que me dijo que si quería verla le depositara 500 soles a la cuenta [[OTHER_ID|191-3840527-0-66]] del BCP.
O: ¿Depositó algo?
C: No, vale, no tengo esa plata. Mire, yo anoté el nombre que salió en la cuenta: [[PERSON|Jhonny Alexander Useche]].
O: Eso es muy útil. ¿Tiene los documentos de su hija?
C: Sí, su cédula es [[ID_NUMBER|V-31.602.458]] y el permiso, el CPP, es [[ID_NUMBER|cero cero cuatro siete dos uno ocho ocho tres]].
O: ¿Me da su dirección, por si la policía necesita ir a su casa?
C: Vivimos en [[ADDRESS|la Asociación Los Jazmines, manzana F lote 9, la casa de la reja verde, el cuarto del fondo del tercer piso]], cerquita del [[ADDRESS|paradero La Curva de Condevilla]].
O: ¿Cuál es su nombre y su número?
C: [[PERSON|Marbelis Colmenares]]. Mi número es [[PHONE_NUMBER|nueve uno dos, cero cero tres, cinco ocho cuatro]], y mi WhatsApp venezolano [[PHONE_NUMBER|+58 416 207 9934]].
O: Señora [[PERSON|Marbelis]], vamos a derivar esto ahora a la policía de trata y a la fiscalía. No deposite nada. Vaya a la comisaría a poner la denuncia por desaparición, no necesita esperar 24 horas.
C: Gracias, mi reina. Ay, Dios, que aparezca mi muchacha.
""",
    ),
    (
        "h25-andean-es-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Allinllachu, señorita. Disculpe, la señal es poquito, estoy subido en el cerro nomás para llamar. Estoy en un campamento minero de [[LOCATION|Caravelí]], en [[LOCATION|Arequipa]].
O: Lo escucho. ¿Cómo se llama y qué está pasando?
C: Me llamo [[PERSON|Wilfredo Huillca]], tengo [[AGE|diecinueve años]]. Nos trajeron de [[LOCATION|Chumbivilcas]] a varios jóvenes, dijeron 1800 soles al mes, pero ya van cuatro meses y manam nos pagan nada, dicen que debemos de la comida y las herramientas.
O: ¿Hay menores de edad con usted?
C: Sí, mi primo [[PERSON|Yuri]], de [[AGE|dieciséis]], y otro chibolo que le dicen [[PERSON|Ukuku]], tendrá [[AGE|quince]]. Trabajan en el socavón igual que nosotros, doce horas.
O: ¿Dónde está exactamente el campamento?
C: Del [[ADDRESS|kilómetro 618 de la Panamericana Sur se entra por la quebrada seca, como dos horas en camioneta, donde están las carpas azules y el tanque de agua negro]]. Nosotros dormimos en [[ADDRESS|la tercera carpa, al lado del quimbalete]].
O: ¿Cómo se llama la empresa o el dueño?
C: Dicen [[ORGANIZATION|Contrata Minera Qori Ñan]]. El jefe es el ingeniero [[PERSON|Zevallos]], y el que nos vigila es un tal [[PERSON|Puma]], tiene escopeta. Taytay, a uno que se quiso escapar lo amarraron.
O: ¿Tienen sus documentos?
C: El [[PERSON|Puma]] los tiene. Mi DNI es [[ID_NUMBER|siete cero, nueve uno, cuatro cuatro, dos seis]]. El de mi primo no me acuerdo.
O: ¿A qué número lo podemos ubicar?
C: A este, [[PHONE_NUMBER|958 31 72 40]], pero solo hay señal en la tarde, arriba en el cerro. Si no, a mi mamá en [[LOCATION|Santo Tomás]], [[PERSON|Teófila]], [[PHONE_NUMBER|nueve ocho cuatro, quinientos seis, cero noventa y uno]].
O: ¿Cuándo los trajeron?
C: Salimos de [[LOCATION|Santo Tomás]] [[DATE_TIME|el 15 de agosto]] en una camioneta blanca, placa [[OTHER_ID|V2H-718]].
O: [[PERSON|Wilfredo]], vamos a informar a la fiscalía y a la policía de [[LOCATION|Arequipa]] para que hagan un operativo, y también a inspección de trabajo. No diga a nadie que llamó.
C: Yanapawayku, señorita. Sulpayki.
""",
    ),
    (
        "h25-bus-es-10",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Yo soy chofer de bus interprovincial, de [[ORGANIZATION|Transportes Huaytapallana Express]], hago la ruta [[LOCATION|Huancayo]], [[LOCATION|La Merced]], [[LOCATION|Satipo]]. Le llamo porque en el último viaje vi algo que no me gustó.
O: Gracias por llamar. Cuénteme.
C: [[DATE_TIME|El miércoles, en la salida de las 5:20 de la mañana]], subió un señor con cuatro chicas, jovencitas, de [[AGE|catorce, quince años]] a lo mucho. Él pagó los cinco pasajes, 45 soles cada uno, y las chicas no hablaban nada, ni un documento tenían.
O: ¿Dónde bajaron?
C: Ahí está lo raro. Dos bajaron en [[ADDRESS|el desvío a Pampa Hermosa, antes del puente colgante, donde hay una capillita blanca y un letrero de gaseosa oxidado]], y las otras dos siguieron con el señor hasta [[ADDRESS|el kilómetro 87, en el paradero de la curva, frente al grifo abandonado]]. Ahí las esperaba una camioneta plomo, placa [[OTHER_ID|W3F-552]].
O: ¿Sabe el nombre del señor?
C: En la lista de pasajeros figura como [[PERSON|Abelardo Quinto Rojas]], DNI [[ID_NUMBER|20 481 775]], y las chicas a su nombre, con apellidos [[PERSON|Quinto]] también, pero no se parecían. El boleto es el [[OTHER_ID|B004-0318562]].
O: ¿Le dio algún teléfono?
C: En la boletería dejó [[PHONE_NUMBER|964 820 137]]. Y una de las chicas, la más chiquita, me pidió mi celular prestado y llamó a alguien que le decía mami [[PERSON|Chabu]], desde [[LOCATION|Ocobamba]].
O: ¿Tiene ese número?
C: Quedó en mi registro, a ver, empieza con [[PHONE_NUMBER|nueve tres ocho, dos cuatro cuatro]]...
O: ¿Y los últimos tres?
C: [[PHONE_NUMBER|Uno cero nueve]]. Con [[PHONE_NUMBER|938]] adelante, sí.
O: Muy bien. ¿Qué bus maneja usted?
C: El bus es el de placa [[OTHER_ID|F5K-964]], número interno 27. Mi licencia es [[ID_NUMBER|Q-42817365]], por si la policía quiere verificar.
O: ¿Cómo se llama usted y a qué número lo llamamos?
C: [[PERSON|Teodoro Ninahuanca]]. Mi número es el [[PHONE_NUMBER|957 604 221]]. Estoy en el terminal de [[ADDRESS|la avenida Ferrocarril, paradero 3 del patio de buses]] hasta las diez.
O: Gracias, señor [[PERSON|Teodoro]]. Vamos a informar a la policía de [[LOCATION|Junín]] y a la fiscalía para que busquen en esos dos puntos. Si vuelve a ver al señor, llame al 105.
C: Ya, señorita. Ojalá las encuentren, eran unas criaturas.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h25-", "heldout25.jsonl")
