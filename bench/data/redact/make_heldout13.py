#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 13: ten labelled hotline calls for a one-off generalisation check of the redactor.

Written by an outside writer who never saw the redactor's code, tests or results; all people,
numbers, accounts, handles, plates, addresses and businesses are invented. Markup
[[TYPE|surface]] follows ../shared/eval/LABELS.md and the annotation conventions of
make_dev.py (PERSON without titles/articles such as "la señora", "don", "el"; IDs, phones and
plates without their cue words; AGE with its unit when said; DATE_TIME only for dates, named
weekdays and clock times tied to a person or an event, never for relative words or routine
schedules; nationality adjectives unlabelled, country names LOCATION; public institutions,
money, durations, counts, legal article numbers, the hotline's name and number (0800-2-3232)
and the emergency number 105 unlabelled). Social-media page and group names, like handles,
are OTHER_ID; a boat's registration is OTHER_ID like a plate; a company's RUC and a Brazilian
CPF are ID_NUMBER; a Yape payment number is a PHONE_NUMBER.

Styles:
  * h13-es-asr-01..04: lowercase speech-recogniser output without punctuation or accents,
    numbers as digits or words, dictated in pieces and corrected, fillers ("este", "o sea",
    "ya"), a name spelled letter by letter, nicknames, a caller who will not give a surname.
  * h13-es-pro-01/02: cased, punctuated calls from professionals (an obstetrician at a rural
    health post in Amazonas, a municipal licensing inspector at the Tumbes border).
  * h13-en-01: English (a sister in the UK; drug-mule recruitment held in a Callao hotel).
  * h13-pt-01: Brazilian Portuguese (a mother in Manaus; football-trial recruitment in Loreto).
  * h13-ve-01: Venezuelan Spanish (loan-shark debt turned into sexual exploitation, Chiclayo).
  * h13-qu-01: Andean Spanish with Quechua words (a father from Apurímac; harvest work in Ica).

Traps left unlabelled on purpose: money (soles, dólares, reales, libras), durations, counts,
weights, weeks of pregnancy, routine schedules, legal and ordinance numbers, public
institutions (Policía, Fiscalía, DEMUNA, CEM, Minsa, Migraciones, embassies), the hotline and
its number, the words "luz" and "milagro" used as common nouns.

Run: PYTHONPATH=/work/main python make_heldout13.py  (writes heldout13.jsonl next to it)
"""

CALLS = [
    (
        "h13-es-asr-01",
        "es",
        """
O: linea contra la trata buenas noches en que le puedo ayudar
C: ya buenas noches señorita este disculpe la hora es que recien salgo del trabajo llamo de [[LOCATION|chimbote]] es por mi sobrino
O: no se preocupe señora para eso estamos cuenteme con calma
C: mi sobrino se llama [[PERSON|jhon kevin salazar]] pero todos le dicen [[PERSON|cachito]] tiene [[AGE|quince años]] recien ha cumplido [[DATE_TIME|el veinte de octubre]] y hace como dos meses un señor que le dicen el [[PERSON|chino]] se lo llevo a trabajar en su lancha una bolichera de anchoveta
O: y que le ofrecieron
C: cincuenta soles por faena y que iba a seguir estudiando en la noche pero nada ni le pagan ni estudia o sea duerme en la misma lancha y no lo dejan bajar ni un ratito dice que el [[PERSON|chino]] le pega con una soga cuando se queja
O: sabe donde esta la lancha ahorita
C: esta amarrada en [[ADDRESS|el muelle artesanal al fondo al costado de la chata azul frente al mercadillo de los pescadores]] la matricula la tengo anotada es [[OTHER_ID|ce 21874 bm]]
O: muy bien y sabe el nombre del señor
C: este [[PERSON|eusebio]] algo porque mi hermana le yapeo trescientos soles que el pedia para soltarlo y en el yape salia [[PERSON|eusebio lalupu c]] el numero del yape es [[PHONE_NUMBER|916 402 553]] y despues que le pagamos dijo que todavia debe la comida y las botas y no lo suelta el [[PERSON|cachito]] sigue ahi señorita
O: tiene algun numero de su sobrino
C: si pero casi no tiene señal en el mar anote [[PHONE_NUMBER|nueve cuatro cinco]]
O: ya
C: [[PHONE_NUMBER|doce treinta]] no perdon [[PHONE_NUMBER|doce treinta y ocho]]
O: ya le escucho
C: [[PHONE_NUMBER|setenta y uno]]
O: le repito [[PHONE_NUMBER|945 123 871]] ya vamos a comunicar el caso a la policia y a la fiscalia de [[LOCATION|chimbote]] y tambien a la capitania del puerto como se llama usted y a que numero la llamamos
C: me llamo [[PERSON|marleni ramos]] vivo en [[ADDRESS|el pueblo joven la union manzana f lote doce]] mi celular se malogro asi que llameme al fijo de mi casa [[PHONE_NUMBER|043 351820]] despues de las siete
O: gracias señora [[PERSON|marleni]] la llamamos mañana no le de mas plata al señor y si ve que le hacen daño a su sobrino llamenos al toque a este numero o al 105
C: ya señorita gracias que dios le bendiga
""",
    ),
    (
        "h13-es-asr-02",
        "es",
        """
O: linea contra la trata buenas tardes le escucho
C: alo buenas tardes señorita este queria denunciar algo que me paso a mi y a otras chicas ya estoy en mi casa en [[LOCATION|ica]] me escape [[DATE_TIME|el viernes]] en la madrugada
O: me alegra que este a salvo me puede decir su nombre
C: [[PERSON|yanet huaccha]] [[PERSON|yanet]] con ye griega y [[PERSON|huaccha]] se escribe [[PERSON|hache u a ce ce hache a]]
O: gracias [[PERSON|yanet]] que edad tiene
C: [[AGE|diecinueve]] pero cuando me llevaron tenia [[AGE|diecisiete]] o sea ya casi dos años
O: cuenteme que paso
C: vi un anuncio en una pagina de facebook que se llama [[OTHER_ID|chambas ica nasca al toque]] buscaban anfitrionas para una discoteca en [[LOCATION|nasca]] la discoteca se llama [[ORGANIZATION|kalimba dance]] esta en [[ADDRESS|la panamericana sur kilometro cuatrocientos cuarenta y seis pasando el grifo]] y ahi nos hacian tomar con los clientes y si no saliamos con ellos nos cobraban multa de cincuenta soles
O: quien manejaba el local
C: la señora [[PERSON|fiorella]] le dicen la [[PERSON|gringa]] y su pareja un tal [[PERSON|renzo]] el tiene una camioneta roja placa [[OTHER_ID|d4k 719]] con esa nos recogian del terminal
O: quedan otras chicas ahi
C: si quedan como cinco y dos son menores una se llama [[PERSON|milagros]] tiene [[AGE|dieciseis]] es de [[LOCATION|pisco]] ella siempre decia que solo un milagro nos iba a sacar de ahi
O: lo que me cuenta es muy grave vamos a pasarlo a la policia y a la fiscalia de [[LOCATION|nasca]] para que intervengan el local necesito un contacto suyo
C: mi numero es [[PHONE_NUMBER|novecientos cincuenta y seis cero cuarenta y uno trescientos veinte]] y mi correo es [[EMAIL_ADDRESS|yanet guion bajo huaccha noventa y nueve arroba gmail punto com]]
O: le repito el correo [[EMAIL_ADDRESS|yanet_huaccha99@gmail.com]]
C: si eso es
O: y su dni lo tiene con usted
C: no la señora se quedo con el original pero ya saque duplicado es [[ID_NUMBER|setenta y dos cuarenta y ocho diecinueve cero tres]]
O: gracias [[PERSON|yanet]] tambien la podemos derivar al centro emergencia mujer para que tenga apoyo psicologico y una abogada gratis
C: ya señorita eso si quisiera gracias
""",
    ),
    (
        "h13-es-asr-03",
        "es",
        """
O: linea contra la trata buenos dias
C: alo si buenos dias llamo por lo de un campamento minero donde he estado trabajando
O: lo escucho señor me puede decir su nombre
C: [[PERSON|wilber]] nomas
O: y su apellido señor [[PERSON|wilber]]
C: no el apellido no prefiero no decirle porque ahi conocen a mi familia con el nombre nomas ya
O: no hay problema su identidad queda reservada donde queda el campamento
C: en [[LOCATION|arequipa]] por [[LOCATION|chala]] se entra por [[ADDRESS|el kilometro seiscientos diez de la panamericana sur por la trocha a mano derecha]] y es como una hora subiendo en camioneta el campamento se llama [[ORGANIZATION|minera señor de los milagros]] y el dueño es un ingeniero que le dicen el [[PERSON|tuerto cardenas]] el es el que manda ahi
O: cuanta gente trabaja en el campamento
C: somos como cuarenta en el socavon y hay chicos de [[AGE|dieciseis]] [[AGE|diecisiete años]] nos pagan con mineral un quintal cada treinta dias pero nos descuentan la comida y la dinamita y el que se quiere ir no lo dejan bajar hay dos guachimanes con escopeta
O: y usted como salio
C: me baje escondido en el camion del mineral [[DATE_TIME|el martes]] en la noche
O: hay extranjeros trabajando ahi
C: si unos venezolanos a uno le quitaron su carne de extranjeria yo le habia sacado foto el numero es [[ID_NUMBER|001928475]] se llama [[PERSON|yorman]] es un chamo de [[AGE|veinte años]]
O: tiene algun otro dato del dueño
C: la camioneta del [[PERSON|tuerto]] es una hilux blanca placa [[OTHER_ID|v1r 826]] y tiene una tienda de abarrotes en [[LOCATION|chala]] [[ADDRESS|al costado del paradero de los buses frente a la plaza]]
O: señor [[PERSON|wilber]] lo que usted cuenta es trabajo forzoso y con menores de edad eso esta en el codigo penal articulo 129 a vamos a derivar a la fiscalia y a la policia de [[LOCATION|arequipa]] a que numero lo podemos llamar
C: al [[PHONE_NUMBER|+51 958 304 712]] pero llameme de noche nomas
O: gracias señor [[PERSON|wilber]] si se acuerda de algo mas llame a este mismo numero el 0800 2 3232 es gratis
C: ya gracias señorita
""",
    ),
    (
        "h13-es-asr-04",
        "es",
        """
O: linea contra la trata buenas noches
C: señorita ayudeme mi hija se ha ido con un hombre y no me contesta
O: tranquila señora estoy para ayudarla desde donde llama
C: de [[LOCATION|tingo maria]] [[LOCATION|huanuco]]
O: como se llama su hija y que edad tiene
C: se llama [[PERSON|luz clarita tarazona]] tiene [[AGE|14 años]] nacio [[DATE_TIME|el 9 de febrero del 2012]] ya
O: cuenteme que paso
C: [[DATE_TIME|el sabado]] salio diciendo que iba donde su amiga y como se fue la luz en todo el barrio yo pense que ya habia vuelto y estaba en su cuarto pero no o sea se fue con un chico que conocio por tiktok su cuenta es [[OTHER_ID|@brayan.dj.oficial]] se hace llamar [[PERSON|brayan]] dice que tiene [[AGE|20]] pero la vecina dice que es mayor
O: alguien los vio salir
C: si la señora [[PERSON|rosa]] mi vecina los vio en [[ADDRESS|el paradero de los autos a aguaytia frente al mercado modelo]] como a [[DATE_TIME|las cinco y media]] subiendose a un colectivo placa [[OTHER_ID|l2c 914]]
O: sabe a donde la llevaba
C: a [[LOCATION|aguaytia]] le dijo que a trabajar en un restaurante de su tio que le iba a pagar 1500 soles mensual y le iba a comprar un celular nuevo
O: tiene el numero del chico o de su hija
C: de mi hija es [[PHONE_NUMBER|962 058]] este [[PHONE_NUMBER|417]] y el chico le llamaba de este numero [[PHONE_NUMBER|nueve siete cero cuatro cinco uno ocho dos seis]] yo lo vi en su celular
O: le repito el de su hija [[PHONE_NUMBER|962 058 417]] y el del chico [[PHONE_NUMBER|970 451 826]]
C: ya eso es
O: señora usted tiene que poner la denuncia por desaparicion en la comisaria ahora mismo no tiene que esperar 24 horas lleve una foto de ella y nosotros vamos a alertar a la policia de [[LOCATION|tingo maria]] y de [[LOCATION|aguaytia]] como se llama usted
C: [[PERSON|hermelinda ponce]] vivo en [[ADDRESS|el jiron monzon 718 segundo piso]] y mi numero es este mismo [[PHONE_NUMBER|nueve cuatro ocho cero tres tres seis uno dos]]
O: gracias señora [[PERSON|hermelinda]] la llamamos en una hora si su hija se comunica digale que puede llamar gratis a este numero
C: ya señorita por favor encuentrenla
""",
    ),
    (
        "h13-es-pro-01",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué podemos ayudarle?
C: Buenos días. Le habla [[PERSON|Edith Tuesta Bardales]], obstetra del puesto de salud de [[LOCATION|Imacita]], en [[LOCATION|Bagua]], [[LOCATION|Amazonas]]. Llamo por una paciente adolescente y quisiera saber cómo proceder.
O: Gracias por llamar, licenciada. La escucho.
C: Ayer, [[DATE_TIME|el 29 de noviembre]], vino a su control prenatal una chica de [[AGE|15 años]], [[PERSON|Nelly Wajush Ampam]], de la comunidad de [[LOCATION|Nuevo Kanam]]. Tiene 22 semanas de gestación y pesa 46 kilos. La trajo un señor que dijo ser su tío.
O: ¿Y usted notó algo raro?
C: Él no la dejaba hablar, respondía todo por ella. Cuando lo mandé a sacar copia del DNI, ella me contó a solas que no es su tío, que la llevó hace seis meses para trabajar en un restaurante en [[LOCATION|Bagua Grande]], y que en realidad la hace atender a clientes en el [[ORGANIZATION|Bar Karaoke El Tucán]], en el [[ADDRESS|jirón Los Cedros, cuadra 4, al costado de la ferretería]]. Me pidió que por favor no le diga nada a él.
O: ¿Sabe cómo se llama ese señor?
C: En el registro puso [[PERSON|Hilario Vásquez Mori]], y ella dice que en el bar le dicen [[PERSON|Cuto]]. Dejó como contacto el [[PHONE_NUMBER|+51 941 227 308]]. Vinieron en una mototaxi roja, placa [[OTHER_ID|4518-1A]].
O: ¿Tiene los datos de la adolescente?
C: Sí, su DNI es [[ID_NUMBER|78140562]]. Le di cita para [[DATE_TIME|el martes 8 de diciembre]], pero no sé si él la va a traer.
O: Licenciada, por la edad y lo que relata, esto es trata con fines de explotación sexual de una menor, y además un embarazo que debe ser evaluado como posible violación. No hace falta esperar a la cita. Vamos a comunicarlo hoy a la Fiscalía de Familia y a la Policía de [[LOCATION|Bagua]], y a la DEMUNA. ¿Usted ya informó a su jefatura?
C: Sí, a la jefa de la microrred y al Centro Emergencia Mujer, como dice la norma del Minsa. Pero acá todos se conocen y tengo miedo de que él se entere de que fui yo.
O: Su identidad queda reservada. ¿A qué número la podemos llamar?
C: A mi celular, [[PHONE_NUMBER|942 615 077]], o al teléfono del puesto, [[PHONE_NUMBER|(041) 47-8213]], de ocho a dos. Y mi correo es [[EMAIL_ADDRESS|etuesta.obstetra@gmail.com]].
O: Gracias, licenciada [[PERSON|Tuesta]]. Si [[PERSON|Nelly]] vuelve antes, trate de retenerla en el establecimiento y llámenos o al 105 de inmediato.
C: Así lo haré. Gracias.
""",
    ),
    (
        "h13-es-pro-02",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla [[PERSON|Jorge Luis Zapata Infante]], inspector de la Subgerencia de Fiscalización de la Municipalidad Distrital de [[LOCATION|Aguas Verdes]], en [[LOCATION|Tumbes]]. Necesito orientación urgente.
O: Dígame, señor [[PERSON|Zapata]].
C: Hoy, a [[DATE_TIME|las 10:40 de la mañana]], en un operativo de licencias en el [[ORGANIZATION|Hostal Frontera Real]], en la [[ADDRESS|avenida República de Panamá 318]], encontramos en el [[ADDRESS|tercer piso, habitaciones 305 y 307]] a cuatro chicas que no estaban registradas. Dos dicen tener [[AGE|16]] y [[AGE|17 años]]; son ecuatorianas, de [[LOCATION|Machala]] y [[LOCATION|Huaquillas]].
O: ¿Qué le dijeron ellas?
C: Que las trajo una señora que le dicen la [[PERSON|Colocha]], que les prometió trabajo en una tienda de ropa y que ahora trabajan de nueve de la noche a cuatro de la mañana en el hostal. Les cobran 80 soles diarios por el cuarto. Una tenía un moretón en el brazo.
O: ¿Tiene algún documento de ellas?
C: La menor me mostró su cédula ecuatoriana: [[ID_NUMBER|0706284519]], a nombre de [[PERSON|Dayerli Nazareno Quiñónez]]. La otra menor dice que se llama [[PERSON|Génesis]], no tiene documentos.
O: ¿Y del hostal?
C: El RUC es [[ID_NUMBER|20604418237]]. El administrador es un señor [[PERSON|Ulises Correa]], y en la puerta había una camioneta con placa ecuatoriana [[OTHER_ID|OBA-2716]] y un taxi amarillo, placa [[OTHER_ID|T2F-615]], que según las chicas es el que las recoge.
O: ¿Dónde están ahora las chicas?
C: En el local, con dos serenos. Por la Ordenanza Municipal N.° 012-2019 podemos clausurar, pero no quiero que el administrador se las lleve a otro sitio.
O: Hizo bien en llamar. Vamos a alertar ahora mismo a la Policía y a la Fiscalía de Familia de [[LOCATION|Tumbes]], y a la Unidad de Protección Especial para las menores. Mantenga a las chicas juntas y no deje salir a nadie del hostal hasta que llegue la Policía.
C: Entendido. Mi celular es [[PHONE_NUMBER|972 118 450]] y el de la oficina, [[PHONE_NUMBER|072 56 1190]]. Mi correo institucional es [[EMAIL_ADDRESS|jzapata.fiscalizacion@muniaguasverdes.gob.pe]].
O: Gracias, señor [[PERSON|Zapata]]. En diez minutos lo llama el comisario. Si la [[PERSON|Colocha]] aparece, no la confronte, solo avísenos.
C: De acuerdo, quedo atento.
""",
    ),
    (
        "h13-en-01",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hi, hello, do you speak English? I'm calling from the [[LOCATION|UK]], it's about my little brother, he's in [[LOCATION|Lima]] and I think he's in serious trouble.
O: Yes, I can help you in English. Tell me what's happening.
C: His name is [[PERSON|Callum Barnett]], he's [[AGE|21]], he only turned [[AGE|21]] on the [[DATE_TIME|3rd of October]]. He owed some money back home and a guy on Telegram, the account was [[OTHER_ID|@quickcash_travel_uk]], offered him five thousand pounds to "bring back a suitcase" from [[LOCATION|Peru]]. He flew out on [[DATE_TIME|November 18th]].
O: Where is he now?
C: In a hotel in [[LOCATION|Callao]], near the airport. It's called the [[ORGANIZATION|Hotel Los Faroles Inn]], on [[ADDRESS|Avenida Los Halcones 1425, across from a petrol station]]. He's in [[ADDRESS|room 214, on the second floor]].
O: Is he free to leave?
C: No. A man called [[PERSON|Marco]] took his passport when he landed, and there's always another guy outside the door, they call him [[PERSON|Flaco]]. Now they're telling him he has to swallow about eighty capsules and fly to [[LOCATION|Madrid]] on [[DATE_TIME|Friday]], and that if he refuses they'll hurt him and tell the police he's a dealer.
O: Thank you. What he describes is being forced to commit a crime, and he should be treated as a victim. Do you know his passport number?
C: Yes, I've got a copy. It's [[ID_NUMBER|562781904]].
O: And can we reach him?
C: He's only got wifi on his own phone, messages only: [[PHONE_NUMBER|+44 7700 900 482]]. Please don't call it, [[PERSON|Marco]] checks it sometimes. I'm [[PERSON|Chloe]], [[PERSON|Chloe Barnett]], my number is [[PHONE_NUMBER|+44 7824 615 930]] and my email is [[EMAIL_ADDRESS|chloe.barnett93@hotmail.co.uk]].
O: Thank you, [[PERSON|Chloe]]. We'll alert the police anti-trafficking unit now so they can go to the hotel tonight, and we'll inform the British Embassy. Please tell [[PERSON|Callum]] by message not to swallow anything and to stay in the room if he can.
C: Okay. He said they come back at [[DATE_TIME|ten tonight]] with the capsules.
O: Then we'll move quickly. Keep your phone on, I'll call you back within the hour.
C: Thank you, thank you so much.
""",
    ),
    (
        "h13-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite, moça. Desculpa, eu não falo espanhol. Você entende português?
O: Sí, entiendo. Pode falar, devagar, por favor.
C: Meu nome é [[PERSON|Rosângela Pereira da Silva]], eu sou de [[LOCATION|Manaus]]. Meu filho [[PERSON|Kauã]], de [[AGE|dezessete anos]], foi para o [[LOCATION|Peru]] com um empresário de futebol, um tal de [[PERSON|Marcão]], que prometeu uma peneira num clube de [[LOCATION|Iquitos]]. Ele viajou no dia [[DATE_TIME|15 de agosto]] com mais cinco meninos.
O: ¿Y qué pasó?
C: Não teve teste nenhum. Eles estão numa casa em [[LOCATION|Yurimaguas]], [[ADDRESS|a casa amarela do lado da serraria, na rua que desce para o porto]], e o [[PERSON|Marcão]] faz eles trabalharem na serraria de um peruano, carregando madeira o dia todo, sem receber. Ele pegou os passaportes de todos.
O: ¿Tiene los datos de su hijo?
C: Tenho. O passaporte dele é [[ID_NUMBER|FX482736]] e o CPF é [[ID_NUMBER|702.318.446-15]].
O: ¿Y de ese señor?
C: O nome dele é [[PERSON|Marcos Antônio Lira]]. Ele tem um Instagram, [[OTHER_ID|@marcao.agenciamento.fc]], cheio de fotos de meninos com camisa de time. Eu mandei dois mil reais por Pix pra ele, para a passagem, e a chave Pix era o CPF dele: [[ID_NUMBER|815.604.227-30]].
O: ¿Su hijo tiene teléfono?
C: Tem um chip peruano que o [[PERSON|Marcão]] deu: [[PHONE_NUMBER|931 572 048]]. Ontem ele me mandou áudio chorando, disse que o [[PERSON|Marcão]] falou que vai levar eles de lancha para outro lugar, que sai [[ADDRESS|do cais do porto onde ficam os barcos de carga]] no [[DATE_TIME|domingo]].
O: Señora, vamos a avisar ahora a la Policía y a la Fiscalía de [[LOCATION|Loreto]], y también al Consulado de [[LOCATION|Brasil]]. ¿Su número?
C: [[PHONE_NUMBER|+55 92 99318-2047]], tem WhatsApp. E meu e-mail é [[EMAIL_ADDRESS|ro.pereira.manaus@gmail.com]]. Já falei com o Conselho Tutelar aqui e com a Polícia Federal.
O: Muy bien, señora [[PERSON|Rosângela]]. La llamamos mañana temprano. Dígale a [[PERSON|Kauã]] que no suba a ninguna lancha.
C: Obrigada, moça. Pelo amor de Deus, ajuda meu filho.
""",
    ),
    (
        "h13-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mire, disculpe, yo no sé si esto es con ustedes, pero ya no sé a quién llamar, vale. Estoy aquí en [[LOCATION|Chiclayo]].
O: Tranquilo, cuénteme. ¿Cómo se llama usted?
C: [[PERSON|Deivis Alejandro Montilla]], venezolano, de [[LOCATION|Valencia]]. Mire, nosotros pedimos un préstamo gota a gota, 500 soles, para pagar el cuarto, y ahora esa gente dice que les debemos 4000, una vaina loca.
O: ¿Y qué ha pasado?
C: El que cobra es un colombiano que le dicen el [[PERSON|Paisa]]. Como no teníamos para pagar, se llevó a mi esposa, a [[PERSON|Mariangel]], a "trabajar" en una discoteca para pagar la deuda, en la [[ORGANIZATION|Discoteca Tentación VIP]], en [[LOCATION|La Victoria]], por la [[ADDRESS|avenida Los Ficus cuadra 9, al lado de un lavacarro]]. Allá la obligan a estar con clientes, chamo, y no la dejan venir a la casa.
O: ¿Desde cuándo está allí?
C: Desde [[DATE_TIME|el 2 de noviembre]]. Ella tiene [[AGE|veinticuatro años]]. Su cédula es [[ID_NUMBER|V-25.117.834]] y el carné del CPP, el [[ID_NUMBER|003184470]], pero el [[PERSON|Paisa]] se los quitó.
O: ¿Han recibido amenazas?
C: Burda de amenazas. Dice que si no pagamos [[DATE_TIME|el viernes]] se llevan también a la niña, a [[PERSON|Valeska]], que tiene [[AGE|cinco añitos]]. Me escribe de un número colombiano, el [[PHONE_NUMBER|+57 312 448 9061]], y el yape para los pagos es el [[PHONE_NUMBER|979 330 162]]. Y a veces pide que deposite en la cuenta [[OTHER_ID|305-98213476-0-41]] del BCP.
O: Señor [[PERSON|Deivis]], lo que le están haciendo a su esposa es explotación sexual por una deuda, y eso es trata. Usted no le debe nada a esa gente. Vamos a mandar esta información a la Policía y a la Fiscalía de [[LOCATION|Lambayeque]]. ¿Dónde está usted y la niña?
C: En el cuarto, en [[ADDRESS|la calle San Martín 512, interior 4]], en [[LOCATION|José Leonardo Ortiz]]. Esos tipos saben dónde vivimos, pana.
O: ¿Tiene algún familiar o amigo donde pueda quedarse esta noche con la niña?
C: Sí, la comadre, la señora [[PERSON|Yusmary]], vive cerca.
O: Vaya para allá. ¿A qué número le podemos llamar?
C: A este, el [[PHONE_NUMBER|+51 925 663 108]], o al de [[LOCATION|Venezuela]] por WhatsApp, [[PHONE_NUMBER|+58 416 772 0935]].
O: Muy bien. No haga más pagos. En una hora le devuelvo la llamada.
C: Gracias, mi reina, Dios la bendiga. Yo solo quiero a mi esposa de vuelta.
""",
    ),
    (
        "h13-qu-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Allillanchu, señorita. Buenas tardes. Disculpe, mamay, yo llamo de [[LOCATION|Andahuaylas]], de [[LOCATION|Apurímac]]. Es por mi hijita, pues.
O: Allillanmi, papay. Lo escucho, cuénteme tranquilo.
C: De mi hijita su nombre es [[PERSON|Soledad Pillaca Taipe]], [[AGE|dieciséis años]] tiene. Don [[PERSON|Teófilo]] había venido a la feria del domingo, diciendo dice que en [[LOCATION|Ica]] hay trabajo en la uva, que van a ganar 50 soles diario, y se la ha llevado con otros jóvenes de la comunidad. Se fue [[DATE_TIME|el 28 de julio]].
O: ¿Y ahora cómo está ella?
C: Manam, no está bien, señorita. Llamó llorando, dice que trabajan en el campo desde oscuro hasta oscuro, que no les pagan, que duermen en el suelo, en un galpón. Don [[PERSON|Teófilo]] dice que le deben el pasaje y la comida. Chaymi, llakisqa estamos, su mamá no come.
O: ¿Sabe el nombre del fundo o de la empresa?
C: [[ORGANIZATION|Agrícola Santa Inés]] dice que se llama, por [[LOCATION|Santiago]], de [[LOCATION|Ica]]. Se los llevaron en un bus de la empresa [[ORGANIZATION|Turismo Ampay Express]].
O: ¿Y el señor [[PERSON|Teófilo]] sabe su apellido?
C: [[PERSON|Teófilo Huillca]]. Su casa es [[ADDRESS|pasando el puente, la casa de ladrillo con tienda, frente a la losa deportiva de Chumbao]]. Su celular es [[PHONE_NUMBER|nueve siete cinco, ochenta y dos, catorce, sesenta]].
O: ¿Tiene el DNI de su hija?
C: Acá tengo su copia, señorita. [[ID_NUMBER|7 1 9 3]]... [[ID_NUMBER|0 5 2 8]]. Su celular de ella es [[PHONE_NUMBER|983 417 256]], pero no le dejan tener, solo a veces contesta.
O: Le repito el DNI: [[ID_NUMBER|71930528]]. Papay, lo que me cuenta es explotación laboral de una menor, y vamos a pasarlo a la Fiscalía y a la Policía de [[LOCATION|Ica]]. ¿Cómo se llama usted?
C: [[PERSON|Félix Pillaca Quispe]]. Vivimos en la comunidad de [[LOCATION|Pampahuasi]], [[ADDRESS|la casita de adobe con techo de calamina, al lado de la capilla, subiendo del puquio]]. Ahí no hay señal, señorita. Mejor llame al teléfono de la tienda de la señora [[PERSON|Justina]], [[PHONE_NUMBER|083 42 1536]].
O: Muy bien, don [[PERSON|Félix]]. La llamamos a la tienda mañana en la tarde. Si [[PERSON|Soledad]] vuelve a llamar, dígale que puede llamar gratis a este número, desde cualquier teléfono.
C: Ya, señorita. Sulpayki, mamay. Dios pagarasunki.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h13-", "heldout13.jsonl")
