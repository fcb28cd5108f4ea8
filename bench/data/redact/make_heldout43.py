# ruff: noqa: E501
"""Held-out set h43: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and redact/make_heldout.py (whose write_set builds and writes these
calls). All people, numbers, accounts, plates, handles, boats and businesses are invented.

Mix (10 calls): 4 lowercase, unpunctuated Whisper-style Spanish with fillers ("eh", "este",
"o sea"), self-corrections, numbers in words and misheard words (h43-01..04); 1 cased
Spanish (h43-05); 2 English (h43-06 backpacker, h43-07 sister in Canada); 1 Brazilian
Portuguese (h43-08); 1 Venezuelan Spanish (h43-09); 1 Spanish with Quechua words (h43-10).
Callers: a juice-stall owner in a Huancayo market, a taxi driver in Juliaca, a cook on a
fishing boat in Chimbote, a hardware-store clerk in Huaycán, a nun running a shelter in
Puno, a New Zealand backpacker at a Huacachina hostel, a sister calling from Winnipeg, a
Brazilian dock guard in Iquitos, a Venezuelan arepa seller in Lima, an evangelical pastor
in Satipo.

Conventions of make_dev.py are kept (titles/articles outside PERSON; cue words outside
ID/phone/plate spans; AGE with its unit; DATE_TIME with its article; relative dates and
routine schedules unlabelled; hotline/105 not PII). Choices beyond make_dev.py:
  * Surfaces are labelled as transcribed, lowercase or misheard: "julia ca" is LOCATION.
  * A number dictated half in one turn and half in the next is two spans, one per turn.
    A false start and its correction are separate spans ("nueve seis cuatro cero dos" /
    the full number; "nine five two, eight" / the full number); operator read-backs too.
  * Country codes are inside PHONE spans, spoken or "+"; grouped number words
    ("cincuenta y uno nueve setenta y tres ...") are one span; a landline with its area
    code is PHONE_NUMBER.
  * Spelled-aloud e-mails/handles are one span from the first letter to the last, with
    spoken "arroba"/"at", "punto"/"dot", "guion bajo"/"underscore" and the commas between
    groups inside; cue words ("mi correo es", "su tic toc es", "It's") outside.
  * Bank account / CCI is OTHER_ID; the bank (BCP) and the cue "CCI" are not labelled.
  * A fishing boat's or riverboat's name is ORGANIZATION, its registration (matrícula)
    OTHER_ID, and where it is moored ADDRESS.
  * Market stalls (by number), km markers, rooms, camps, a floating dock, "the room at
    the back of the second patio" are ADDRESS. Street-type addresses keep the preceding
    article outside ("en la [[avenida ...]]", "en el [[Jirón Sucre 418, ...]]"); free
    descriptions that start with an article keep it inside ("[[el cuartito del fondo del
    segundo patio]]", "[[la esquina de la avenida ...]]"). Portuguese contractions (no,
    num, às) stay outside the span.
  * An article that is part of a place name stays inside LOCATION (el tambo, la
    rinconada, Los Olivos). Streets and towns named after people or saints (avenida josé
    carlos mariátegui, Benjamin Constant, San Cristóbal, San Martín de Porres) are not
    PERSON.
  * RUC of a business, CPF, Venezuelan cédula, carné de extranjería (pt "carnê de
    estrangeiro") and passports are ID_NUMBER.
  * A date and clock time said together is one DATE_TIME span; after a contraction only
    the weekday is labelled ("antes del [[jueves]]"). A self-corrected age ("trece no
    catorce años") is two AGE spans; a future age ("turns eighteen") is AGE.
  * Quechua honorifics/kinship words (mamay, wawa, wawakuna), Portuguese "seu",
    "hermana", "pastor" are titles, outside PERSON; nicknames (zorro, canucho, Gocho,
    Chuspi, Careca, Tuco) are PERSON.
  * A named shelter, church or school is ORGANIZATION; public bodies are not (fiscalía,
    "de muna" = DEMUNA misheard, "sun a fil" = SUNAFIL, Unidad de Protección Especial,
    capitanía de puerto, Migraciones, tourist police, consulado do [[Brasil]]).
  * Unlabelled traps: money (soles, dólares, reais), durations, counts, weights
    ("cuarenta y dos kilos", "quince soles la arroba de café"), legal articles ("artículo
    ciento veintinueve a"), a Bible verse ("Isaías 58"), the hotline 1818 in digits and
    words, 105, routine schedules, "el terminal", "the bus terminal", "la Virgen", house
    appearance alone ("una casa de tres pisos de ladrillo").

Run: cd redact && python3 make_heldout43.py  (writes heldout43.jsonl next to it)
"""

from make_heldout import write_set

CALLS = [
    # 1. Whisper-style lowercase Spanish: juice-stall owner in a market in Huancayo.
    (
        "h43-01",
        "es",
        """
O: línea mil ochocientos dieciocho contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló buenas tardes señorita eh este le llamo porque o sea no sé si es aquí pero hay una chiquita en el mercado que la tienen trabajando todo el día y ya no aguanto verla
O: está llamando al lugar correcto señora cuénteme con calma puede hablar tranquila ahorita
C: sí ahorita no hay clientes yo tengo mi juguería en el [[ADDRESS|puesto ciento cuarenta y dos del pasadizo de jugos del mercado los andes]] acá en [[LOCATION|huancayo]] en [[LOCATION|el tambo]] y la chiquita trabaja en el puesto de al lado el [[ADDRESS|ciento cuarenta y tres]] que es de comida
O: cuántos años tiene la niña
C: eh me dijo [[AGE|trece]] no [[AGE|catorce años]] cumplió hace poquito le dicen [[PERSON|yeni]] su nombre completo no sé es de [[LOCATION|lircay]] de [[LOCATION|huancavelica]] la trajeron hace como ocho meses
O: y quién la tiene a cargo
C: la dueña del puesto la señora [[PERSON|doris]] [[PERSON|doris ccente]] dice que es su sobrina pero no es nada su sobrina o sea la trajo de su pueblo diciendo que la iba a hacer estudiar y la chiquita no va al colegio señorita desde las cinco de la mañana pela papa lava platos atiende y en la noche duerme ahí mismo en el puesto debajo del mostrador en unos cartones
O: ella le ha contado si le pagan o si la maltratan
C: cincuenta soles al mes dice que le da y eso ni siquiera a ella se lo manda a la mamá y [[DATE_TIME|el lunes]] la vi llorando tenía el brazo morado y la señora le gritaba inútil serrana así le dice delante de todos
O: eso que me cuenta es muy serio señora puede ser trata con fines de explotación laboral de una menor tiene algún dato de la señora [[PERSON|doris]] un número
C: sí tengo su número porque a veces le yapeo cuando me compra fruta es el [[PHONE_NUMBER|nueve cuatro siete dos ocho]] eh espérese que lo estoy buscando en el celular
O: sí la espero
C: [[PHONE_NUMBER|uno cero tres cuatro]] ya eso es
O: le repito [[PHONE_NUMBER|947 281 034]] correcto
C: sí así es
O: vamos a comunicar esto a la policía a la fiscalía y a la de muna para que intervengan con cuidado sin que la señora sepa quién llamó me puede dar su nombre y un número para llamarla puede quedar reservado
C: ya me llamo [[PERSON|eulalia huamán]] pero todos me dicen doña [[PERSON|lala]] mi número es [[PHONE_NUMBER|nueve seis cuatro cero dos]] no no perdón [[PHONE_NUMBER|nueve seis cuatro cero tres uno siete siete dos]] ese es
O: gracias doña [[PERSON|lala]] no se acerque a la señora ni le diga nada si ve que golpean a la niña llame al ciento cinco o aquí mismo al mil ochocientos dieciocho mañana la llamamos para contarle
C: ya señorita gracias diosito le pague es que esa chiquita me da mucha pena es una wawa todavía
""",
    ),
    # 2. Whisper-style lowercase Spanish: taxi driver in Juliaca (place name misheard once).
    (
        "h43-02",
        "es",
        """
O: línea contra la trata buenas noches le escuchamos
C: buenas noches señorita le habla un taxista de [[LOCATION|julia ca]] este quería denunciar algo que me pasó con una carrera porque no puedo dormir pensando
O: lo escucho señor cuénteme qué pasó
C: [[DATE_TIME|el sábado veinte]] eh a eso de [[DATE_TIME|las cuatro de la mañana]] me tomaron en el terminal un señor con tres chicas jovencitas querían que los lleve hasta [[LOCATION|la rinconada]] y yo le dije que solo llego hasta [[LOCATION|putina]] y me pagó trescientos soles adelantado
O: qué edad tenían las chicas
C: jovencitas pues una me dijo que tenía [[AGE|quince]] nomás que se llamaba [[PERSON|nayeli]] y que era de [[LOCATION|sicuani]] las otras no hablaban estaban llorando calladitas y el señor les quitó los celulares en el carro
O: sabe cómo se llama el señor
C: no sé su nombre las chicas le decían el [[PERSON|zorro]] eh un tipo gordo con casaca de cuero y en el camino habló por teléfono que llevaba tres nuevas para el [[ORGANIZATION|video pub la cueva del minero]]
O: dónde los dejó exactamente
C: en el [[ADDRESS|kilómetro ochenta y dos antes de putina donde está el grifo abandonado]] ahí los estaba esperando una camioneta hilux plomo placa [[OTHER_ID|v1k 843]] y se las llevaron para arriba a [[LOCATION|la rinconada]]
O: ha hecho muy bien en llamar señor lo que describe podría ser captación para explotación sexual de menores tiene algún número del señor
C: sí me llamó para la carrera de este número a ver le dicto [[PHONE_NUMBER|cincuenta y uno nueve setenta y tres cuarenta ochenta y dos quince]]
O: perfecto vamos a pasar todo a la policía de [[LOCATION|juliaca]] y a la fiscalía especializada de [[LOCATION|puno]] para que busquen a las chicas en [[LOCATION|la rinconada]] me puede dar sus datos por si la fiscalía necesita su declaración
C: ya pero que no salga mi nombre eh soy [[PERSON|wílber ticona apaza]] mi dni es [[ID_NUMBER|cuatro dos ocho uno siete seis cero tres]] y mi celular es este mismo del que llamo [[PHONE_NUMBER|951 604 238]]
O: gracias señor [[PERSON|wílber]] su identidad queda reservada si vuelve a ver al señor o la camioneta no lo siga solamente llame al ciento cinco o a esta línea
C: ya señorita de acuerdo esas chiquitas eran unas niñas nomás
""",
    ),
    # 3. Whisper-style lowercase Spanish: cook on a fishing boat in Chimbote.
    (
        "h43-03",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le ayudamos
C: buenas noches señorita eh disculpe la hora es que recién bajo a tierra yo trabajo de cocinero en una bolichera acá en [[LOCATION|chimbote]] y hay dos chibolos en la tripulación que no me parece bien
O: gracias por llamar señor cuénteme qué pasa con los muchachos
C: son dos hermanos de [[LOCATION|tingo maría]] uno tiene [[AGE|quince]] y el otro [[AGE|dieciséis años]] los trajo un enganchador les dijo que iban a ganar buena plata en la pesca y llevan ya cuatro meses sin cobrar nada dicen que primero tienen que pagar el enganche y la comida duermen en la bodega con el olor a pescado y cuando llegamos a puerto el patrón no los deja bajar
O: sabe sus nombres
C: al mayor le decimos [[PERSON|luchito]] [[PERSON|luis]] se llama [[PERSON|luis alvarado ponce]] y al menor [[PERSON|jhampier]] el apellido igual
O: y quién es el dueño de la embarcación
C: el dueño es el señor [[PERSON|teófilo carranza]] la bolichera se llama [[ORGANIZATION|mar bravo dos]] matrícula [[OTHER_ID|ce-21784-cm]] y a la mamá de los chicos le dijo que si quiere que vuelvan tiene que depositar dos mil soles a la cuenta del bcp [[OTHER_ID|191-34528761-0-42]] que está a nombre de su señora
O: dónde está amarrada ahora la embarcación
C: en el muelle eh no en el [[ADDRESS|muelle artesanal la tercera bolichera contando desde la punta la azul con franja amarilla]] pero zarpamos [[DATE_TIME|el jueves a las diez de la noche]] y son veinte días en altamar
O: entiendo lo que usted describe puede ser trata con fines de explotación laboral está en el artículo ciento veintinueve a del código penal y con menores es más grave vamos a avisar a la policía y a la capitanía de puerto antes del [[DATE_TIME|jueves]] usted cómo se llama
C: [[PERSON|nicanor]] pero en el muelle me dicen [[PERSON|canucho]] mi celular es el [[PHONE_NUMBER|nueve uno dos tres cuatro cinco seis siete ocho]]
O: le repito [[PHONE_NUMBER|912 345 678]]
C: no no es [[PHONE_NUMBER|nueve uno dos tres cinco cuatro seis siete ocho]] me confundí
O: [[PHONE_NUMBER|912 354 678]] entonces
C: eso señorita y por favor que no sepan que fui yo porque en altamar uno no tiene dónde correr
O: no se preocupe señor [[PERSON|nicanor]] su nombre no va a aparecer mañana lo llamamos antes de que zarpen
""",
    ),
    # 4. Whisper-style lowercase Spanish: hardware-store clerk in Huaycán; TikTok handle and
    #    e-mail spelled letter by letter; RUC; a street named after a person (not PERSON).
    (
        "h43-04",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita eh quería consultar algo es que no sé si esto es trata o qué cosa es pero yo trabajo en una ferretería y hay un chico menor de edad que lo tienen como burro de carga
O: claro joven cuénteme sin problema dónde trabaja usted
C: en la [[ORGANIZATION|ferretería el constructor andino]] en [[LOCATION|huaycán]] en la [[ADDRESS|avenida josé carlos mariátegui cuadra ocho frente al paradero de la posta]]
O: y el chico qué edad tiene
C: se llama [[PERSON|edison]] tiene [[AGE|quince añitos]] el dueño lo trajo de su pueblo de [[LOCATION|vilcashuamán]] en [[LOCATION|ayacucho]] llegó [[DATE_TIME|el dos de enero]] me acuerdo porque ese día hicimos inventario y desde ahí carga las bolsas de cemento de cuarenta y dos kilos los fierros todo de lunes a sábado de siete de la mañana a nueve de la noche
O: le pagan algo va al colegio
C: no nada el dueño dice que le manda ochocientos soles al mes a su papá pero el chico dice que su papá nunca recibe nada y al colegio no va y duerme en [[ADDRESS|el cuartito del fondo del segundo patio]] donde guardan los sacos ahí no hay ni cama ni baño señorita con el frío que hace
O: cómo se llama el dueño
C: el señor [[PERSON|fortunato llanos]] le decimos don [[PERSON|fortu]] y lo peor es que sube videos del chico cargando como si fuera chiste en su tic toc es [[OTHER_ID|arroba efe o erre te u guion bajo ele ele a ene o ese]]
O: le repito [[OTHER_ID|arroba fortu guion bajo llanos]] correcto
C: sí ese es y el ruc de la ferretería sale en las boletas es el [[ID_NUMBER|20604817325]] por si lo necesitan
O: muy bien lo que usted cuenta puede ser explotación laboral de un menor y también trata si lo trajeron engañado vamos a derivarlo a la fiscalía de familia a la unidad de protección especial y a la sun a fil para que inspeccionen tiene usted cuántos años
C: [[AGE|diecinueve]] yo estoy con contrato eh bueno sin contrato pero me pagan no es como él
O: me puede dar su nombre y un correo para enviarle la información
C: soy [[PERSON|jhordan mayta]] mi correo es [[EMAIL_ADDRESS|jota hache o erre de a ene punto eme a i griega te a noventa y ocho arroba gmail punto com]]
O: [[EMAIL_ADDRESS|jhordan punto mayta noventa y ocho arroba gmail punto com]]
C: eso es señorita pero que el señor no se entere porque me bota
O: su nombre queda reservado [[PERSON|jhordan]] no grabe al señor ni lo enfrente y si ve que le pegan al chico llame al ciento cinco gracias por llamar
""",
    ),
    # 5. Cased Spanish: a nun in Puno; birth date, landline, DNI, house appearance (unlabelled).
    (
        "h43-05",
        "es",
        """
O: Línea 1818, contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, hijita. Le habla la hermana [[PERSON|Hermelinda Coaquira]], de la [[ORGANIZATION|Casa de Acogida Santa Clara de Asís]], aquí en [[LOCATION|Puno]]. Anoche nos llegó una jovencita que se ha escapado de un restaurante en [[LOCATION|Desaguadero]], y quería reportarlo y pedir orientación.
O: Gracias por llamar, hermana. ¿Cómo está la joven ahora?
C: Asustada, pero ya comió y durmió un poco. Se llama [[PERSON|Wara]], [[PERSON|Wara Choque Calisaya]], es aimara, de una comunidad de [[LOCATION|Huacullani]]. Dice que tiene [[AGE|16 años]], y en su partida que trajo doblada en el zapato dice que nació [[DATE_TIME|el 14 de mayo de 2009]], así que sí, es menor.
O: ¿Qué le pasó en ese restaurante?
C: Una señora la llevó diciendo que iba a ser ayudante de cocina, con 600 soles al mes. Pero en las noches la obligaban a atender a los camioneros en el segundo piso, a tomar con ellos, y después... bueno, usted me entiende. Dice que hay otras dos chicas más, una de ellas de [[LOCATION|Bolivia]]. La dueña es doña [[PERSON|Justa]], y su hijo, al que le dicen [[PERSON|Tuco]], es el que cobra a los clientes.
O: ¿Sabe el nombre y la dirección del local?
C: Se llama [[ORGANIZATION|Restaurant Turístico El Lago Sagrado]], en el [[ADDRESS|Jirón Sucre 418, a media cuadra del puente internacional]]. Es una casa de tres pisos de ladrillo sin tarrajear, con un letrero de cerveza.
O: ¿Cómo logró salir?
C: [[DATE_TIME|El domingo 9]], de madrugada, dejaron la puerta sin candado. Caminó hasta la carretera y un señor de una combi la trajo hasta aquí sin cobrarle. Y ayer el tal [[PERSON|Tuco]] vino a preguntar por ella en el terminal, en un auto rojo de placa [[OTHER_ID|Z2R-614]]; eso nos contó el señor de la combi.
O: ¿Ella tiene algún documento?
C: El DNI se lo quitó doña [[PERSON|Justa]], pero ella se sabe el número: [[ID_NUMBER|78042916]]. Su mamá, [[PERSON|Basilia]], no tiene teléfono, vive en la comunidad y pastorea.
O: Lo que me describe es trata con fines de explotación sexual de una menor. Vamos a informar hoy a la fiscalía especializada y a la policía de [[LOCATION|Puno]], y a la Unidad de Protección Especial para que ella quede con ustedes de manera formal. También conviene que la vea un médico y una psicóloga. ¿A qué número la llamamos?
C: El fijo de la casa es [[PHONE_NUMBER|051 364822]], y mi celular, [[PHONE_NUMBER|+51 951 207 634]]. Si no contesto, es que estamos en la capilla; rezamos a las seis y a las doce todos los días.
O: ¿Y un correo para enviarle la constancia del reporte?
C: Sí, anote: [[EMAIL_ADDRESS|hna.hermelinda@santaclarapuno.org.pe]].
O: Muchas gracias, hermana [[PERSON|Hermelinda]]. Si el joven de la placa o la señora se acercan a la casa, no abran y llamen de inmediato al 105 o a la línea 1818. Hoy en la tarde la llamo.
C: Que Dios le pague, hijita. La chiquita solo quiere volver con su mamá.
""",
    ),
    # 6. English: a backpacker at a hostel in Huacachina; Instagram handle spelled letter by
    #    letter, WhatsApp number split across turns, passport, room description unprompted.
    (
        "h43-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, um, sorry, do you speak English? Someone at the tourist police gave me this number.
O: Yes, I speak English. Go ahead, I'm listening.
C: Okay. So I'm staying at a hostel in [[LOCATION|Huacachina]], the oasis near [[LOCATION|Ica]]. It's called [[ORGANIZATION|Duna Roja Backpackers]]. There's a girl who works here, cleaning rooms and at the bar, and I'm pretty sure she's underage and something really bad is going on.
O: Thank you for calling. Are you safe right now? Can you talk?
C: Yeah, I'm on the rooftop, nobody's up here. Her name's [[PERSON|Yesica]], she told me she's [[AGE|sixteen]], she's from [[LOCATION|Pucallpa]]. The manager, [[PERSON|Renzo]], brought her here three months ago. She doesn't get paid, she says she still owes him for the bus.
O: What makes you think something worse is happening?
C: On [[DATE_TIME|Thursday at 1 a.m.]] I saw [[PERSON|Renzo]] take her to the room of two older guys who'd been drinking all day. She came out crying about an hour later. And this morning she told me he "rents" her out, that's the word she used, and that she's not the only one.
O: Where does she sleep? Is she in the hostel now?
C: She sleeps in [[ADDRESS|the room at the back of the second patio, the one with the blue door next to the water tank]]. She's there now, I think. He locks the patio gate at night, and everyone else goes on the sandboarding tour every day at four, so that's when it's quiet.
O: Do you have any information about [[PERSON|Renzo]]? Full name, phone, social media?
C: Just [[PERSON|Renzo]]. But he has an Instagram where he posts the "party nights", hang on. It's [[OTHER_ID|at r-e-n-z-o, underscore, d-u-n-a-s, underscore, v-i-p]]. And he drives a dune buggy, the plate's [[OTHER_ID|C9H-114]], I took a photo of it.
O: Thank you, that's very useful. This could be sexual exploitation of a minor, which is trafficking. We'll ask the police to go tonight. Can I have your name and a number?
C: Sure, it's [[PERSON|Freya Lindqvist]], I'm from [[LOCATION|New Zealand]]. My WhatsApp is [[PHONE_NUMBER|plus 64 21]], um, sorry, the signal's terrible up here.
O: I got [[PHONE_NUMBER|plus sixty-four, twenty-one]]. Go on.
C: [[PHONE_NUMBER|348 9172]].
O: Thank you, [[PERSON|Freya]]. Would you mind giving me your passport number, in case the police need a statement from you?
C: No worries, it's [[ID_NUMBER|LM204817]]. I paid forty soles a night here, I really didn't expect this.
O: The police will come tonight. Please don't say anything to [[PERSON|Renzo]], and don't tell [[PERSON|Yesica]] you called, so she isn't punished. If you feel unsafe, move to another hostel; you can call 105 or call us back on 1818 at any time.
C: Okay. Thank you, honestly. I'll stay up here until they come.
""",
    ),
    # 7. English: an older sister in Canada; phone with a false start, DNI in words, e-mail
    #    spelled letter by letter, future age ("turns eighteen") labelled as AGE.
    (
        "h43-07",
        "en",
        """
O: Línea contra la trata, good afternoon. How can I help you?
C: Hi, hello. I'm calling from [[LOCATION|Winnipeg]], in [[LOCATION|Canada]]. It's about my little sister, she's in [[LOCATION|Peru]] and I think she's in trouble. Sorry, I haven't slept at all.
O: I'm sorry to hear that. Take your time and tell me what's happening.
C: My name is [[PERSON|Daniela Ccori]]. My sister is [[PERSON|Kiara]], [[PERSON|Kiara Ccori Palomino]], she's [[AGE|seventeen]], she turns [[AGE|eighteen]] on [[DATE_TIME|June 2]]. She lives with our mom in [[LOCATION|Chiclayo]]. On [[DATE_TIME|March 3rd]] she left with a guy she met on TikTok, he calls himself [[PERSON|Kike]], and now she's in [[LOCATION|Aguas Verdes]], in [[LOCATION|Tumbes]], right by the border.
O: Why do you think she's in trouble?
C: She told mom she got a job as a waitress, but it's a karaoke bar, [[ORGANIZATION|Karaoke La Frontera]]. Last night she sent me a voice note, whispering, that she has to drink with the clients until four in the morning, that [[PERSON|Kike]] keeps the money and her ID, and that she can't leave because she owes him for the room. Then she deleted it.
O: Do you know where the bar is?
C: She sent me a pin once. It's [[ADDRESS|upstairs from a phone repair shop, the green building two blocks before the international bridge]]. She sleeps in [[ADDRESS|room 5]], on the third floor, with two other girls.
O: Do you have her phone number?
C: Yes, her Peruvian number is [[PHONE_NUMBER|nine five two, eight]], sorry, no, no, it's [[PHONE_NUMBER|nine five three, eight zero one, four four seven]].
O: And her DNI, if you have it?
C: I have a photo of it. It's [[ID_NUMBER|seven two five five, zero one eight three]].
O: Do you know anything else about [[PERSON|Kike]]? His real name, his account?
C: Not his real name. His TikTok is [[OTHER_ID|k-i-k-e, dot, t-u-m-b-e-s, dot, one]], he posts videos in a mototaxi, the plate is [[OTHER_ID|4821-2P]]. I sent her three hundred dollars for a bus home two weeks ago, and he took it.
O: Thank you, that helps a lot. This has clear signs of trafficking for sexual exploitation of a minor. We will alert the police and the prosecutor's office in [[LOCATION|Tumbes]] tonight. Please don't send more money. Does your mother know?
C: Yes, but she doesn't have a smartphone. Her name is [[PERSON|Rosalía Palomino]], her number is [[PHONE_NUMBER|+51 978 114 602]].
O: And your own contact details?
C: My cell is [[PHONE_NUMBER|+1 204 555 0187]], and my email is [[EMAIL_ADDRESS|d-a-n-i, dot, c-c-o-r-i, at gmail dot com]].
O: Thank you, [[PERSON|Daniela]]. We'll call your mother today, and we'll write to you as soon as the police have been to the bar. If [[PERSON|Kiara]] contacts you again, tell her she can call 1818 for free, or 105 in an emergency.
C: Thank you. Please just get her out of there.
""",
    ),
    # 8. Brazilian Portuguese: a Brazilian dock guard in Iquitos; CPF, carné de extranjería,
    #    phone with country code in words; a town named after a person (Benjamin Constant).
    (
        "h43-08",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Alô, boa noite. Desculpa, eu falo português, sou brasileiro. A senhora entende?
O: Sim, senhor, pode falar em português, eu entendo. O que está acontecendo?
C: Meu nome é [[PERSON|Josimar Batista]], sou vigia no porto aqui em [[LOCATION|Iquitos]], trabalho de noite no [[ADDRESS|flutuante azul do lado do posto de gasolina, no porto de Masusa]]. Hoje chegou um barco com umas meninas brasileiras e colombianas, e eu acho que elas estão sendo levadas contra a vontade.
O: Quantas meninas são? Qual a idade delas?
C: Contei cinco. Muito novinhas. Uma me disse que tem [[AGE|quinze]] e a outra [[AGE|dezesseis anos]]. A de quinze se chama [[PERSON|Thaís]], é de [[LOCATION|Benjamin Constant]], lá do [[LOCATION|Amazonas]]. Elas vieram de [[LOCATION|Tabatinga]] no barco [[ORGANIZATION|Yaguas Express]], que chegou às [[DATE_TIME|onze da noite]].
O: Quem está com elas?
C: Um brasileiro que chamam de [[PERSON|Careca]], e um peruano que fala pouco. O [[PERSON|Careca]] pegou os documentos delas e fala que elas devem quinhentos reais da passagem. Ouvi ele dizer no telefone que vão trabalhar em boate em [[LOCATION|Lima]], e que saem amanhã às [[DATE_TIME|cinco da manhã]] numa van branca, placa [[OTHER_ID|L4B-732]].
O: Onde elas estão agora?
C: Trancadas num [[ADDRESS|quarto em cima da oficina de motores, a terceira casa de madeira depois da escada do porto]]. Dá pra ver a luz acesa daqui.
O: O senhor fez muito bem em ligar. Isso pode ser tráfico de pessoas com fins de exploração sexual, com menores. Vou acionar agora a polícia daqui e também informar o consulado do [[LOCATION|Brasil]]. O senhor pode me passar um documento e um telefone?
C: Posso. Meu CPF é [[ID_NUMBER|412.687.309-55]], e aqui tenho carnê de estrangeiro, número [[ID_NUMBER|001937482]].
O: E o telefone?
C: É o meu WhatsApp do [[LOCATION|Brasil]], [[PHONE_NUMBER|mais cinquenta e cinco noventa e sete nove nove um oito quatro três zero dois sete]]. Aqui o sinal é ruim, mas a mensagem chega.
O: Obrigada, seu [[PERSON|Josimar]]. Não se aproxime do quarto nem do [[PERSON|Careca]]. Se a van chegar antes da polícia, me ligue de novo no 1818 ou no 105.
C: Tá bom. Eu fico de olho aqui no flutuante. Três dias de barco com essas meninas, ninguém fez nada, eu não consigo ficar calado.
O: O senhor está ajudando muito. Daqui a pouco ligo de volta.
""",
    ),
    # 9. Venezuelan Spanish (cased): an arepa seller in Lima; cédula, carné, bank CCI, a
    #    Venezuelan number corrected, a city that is also a saint's name (San Cristóbal).
    (
        "h43-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Epa, buenas tardes, mi amor. Disculpa, es que no sé si ustedes ven esto, pero una pana me dijo que llamara. Yo soy venezolana, vendo arepas aquí en [[LOCATION|Los Olivos]], y el señor que me alquila el carrito me tiene fregada, vale.
O: Claro, cuénteme. ¿Está en un lugar seguro para hablar?
C: Sí, sí, estoy en el carrito, en [[ADDRESS|la esquina de la avenida Naranjal con Izaguirre, al lado de la farmacia]]. Ahorita no hay clientela.
O: ¿Qué es lo que pasa con ese señor?
C: Se llama [[PERSON|Leandro]], pero todo el mundo le dice el [[PERSON|Gocho]], porque es de [[LOCATION|San Cristóbal]]. Él nos trajo desde [[LOCATION|Maracay]] a mí y a mi sobrina, nos pagó el pasaje, y ahora dice que le debemos dos mil dólares. Me tiene la cédula y el carné guardados "para que no se pierdan", chamo. Yo vendo de seis de la mañana a diez de la noche y él se queda con casi todo; todas las noches tengo que depositarle a su cuenta.
O: ¿Tiene el número de esa cuenta?
C: Sí, el CCI que me dio es [[OTHER_ID|00219100456378102954]], está a nombre de él.
O: Usted mencionó a su sobrina. ¿Cuántos años tiene?
C: [[AGE|Dieciséis]]. Se llama [[PERSON|Yorbelis]]. Ella vende chupetas y cigarros en la calle para él, y ahora el [[PERSON|Gocho]] dice que [[DATE_TIME|este viernes]] se la va a llevar a trabajar en una discoteca en [[LOCATION|Cusco]], que allá gana más. Eso no me gusta nada, mi vida, ella es una niña. Burda de miedo tengo.
O: ¿Dónde viven ustedes?
C: En un cuarto que él mismo nos alquila, en [[LOCATION|San Martín de Porres]], en el [[ADDRESS|Jirón Los Cipreses 1140, cuarto piso, la puerta del fondo]]. Él vive en el primer piso y ve todo lo que entra y sale.
O: Entiendo. ¿Me puede dar su nombre y, si los recuerda, los números de sus documentos?
C: Me llamo [[PERSON|Yusmary Colmenares]]. Mi cédula es [[ID_NUMBER|V-25.917.448]], y el carné de extranjería, déjame ver que tengo la foto... [[ID_NUMBER|003816275]].
O: ¿Y un teléfono donde la podamos llamar?
C: Tengo el venezolano, que lo uso con wifi, el [[PHONE_NUMBER|+58 412 7730]]... ay no, espérate, me equivoqué: [[PHONE_NUMBER|+58 412 773 0591]]. Y el de aquí es [[PHONE_NUMBER|926 418 305]], ese es mejor.
O: Señora [[PERSON|Yusmary]], lo que le pasa a usted y a su sobrina puede ser trata: la deuda, los documentos retenidos, el control del dinero. Y llevar a una menor a una discoteca es muy grave. Vamos a informar a la policía y a la fiscalía antes del [[DATE_TIME|viernes]], y la podemos orientar para recuperar sus documentos en Migraciones, aunque su PTP esté vencido.
C: ¿Y no me van a botar del país por estar irregular?
O: No. Usted es víctima, no ha cometido ningún delito. No le diga nada al señor [[PERSON|Leandro]]. Si intenta llevarse a [[PERSON|Yorbelis]] antes, llame al 105 o aquí al 1818, a cualquier hora.
C: Ay, gracias, mi amor. Uno viene a echarle pichón, a trabajar honrado, y mira con lo que se consigue.
""",
    ),
    # 10. Spanish with Quechua words (cased): an evangelical pastor in Satipo; "arroba" as a
    #     unit of coffee and "Isaías 58" are traps; km-marker camp; Quechua honorific "mamay".
    (
        "h43-10",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué podemos ayudarle?
C: Allinllachu, señorita, buenas noches. Le habla el pastor [[PERSON|Teodoro Huamaní Ccorahua]], de la [[ORGANIZATION|Iglesia Evangélica Pentecostal Monte Horeb]] de [[LOCATION|Río Negro]], en [[LOCATION|Satipo]]. Disculpe, mi castellano no es muy bueno, yo soy de [[LOCATION|Huanta]], quechuahablante.
O: No se preocupe, pastor, le entiendo bien. Cuénteme.
C: [[DATE_TIME|El domingo]], después del culto, vino a verme mamay [[PERSON|Felícitas]], llorando. Sus wawakuna, su hijito [[PERSON|Waldir]] de [[AGE|trece añitos]] y su sobrina [[PERSON|Sisa]] de [[AGE|quince]], se los llevó un enganchador a la cosecha de café. Le dijo "yo les voy a pagar bien, mamay, ama llakikuychu", pero ya pasaron dos meses y no vuelven, ni un sol han mandado.
O: ¿Sabe quién es el enganchador?
C: Se llama [[PERSON|Máximo Rojas]], pero aquí le dicen [[PERSON|Chuspi]], que en quechua es mosca, porque anda metido en todas partes. Tiene una camioneta guinda, placa [[OTHER_ID|W3F-590]].
O: ¿Y sabe dónde están los chicos?
C: Sí, un hermano de la iglesia que fue a vender pan los ha visto. Están en [[ADDRESS|el campamento del fundo de arriba, a la altura del kilómetro 14 de la carretera a Pangoa, subiendo por la trocha donde está el letrero de la Virgen]]. Duermen en un tambo de palos, con plástico nomás, y trabajan desde que amanece. Les pagan quince soles la arroba de café, pero el [[PERSON|Chuspi]] les descuenta todo: la comida, las botas, el pasaje. Ya dicen que deben.
O: ¿La mamá ha puesto una denuncia?
C: Tiene miedo, señorita. Ella casi no habla castellano, y el [[PERSON|Chuspi]] le dijo que si denuncia, a los chicos les va a pasar algo. Por eso llamo yo. Como dice Isaías 58, hay que desatar las ligaduras de impiedad.
O: Hizo muy bien, pastor. Esto es trata con fines de explotación laboral de menores. Vamos a informar a la fiscalía y a la policía de [[LOCATION|Satipo]], y a la Unidad de Protección Especial. ¿Tiene los nombres completos de los chicos?
C: [[PERSON|Waldir Quispe Huamaní]], y la niña es [[PERSON|Sisa Ccorahua Quispe]]. Los dos se fueron [[DATE_TIME|el 15 de marzo]], el día de la feria.
O: ¿Y sus datos, pastor, para que la fiscalía lo pueda contactar?
C: Mi DNI es [[ID_NUMBER|20 48 71 35]]. Mi celular, [[PHONE_NUMBER|964 08 12 57]]. Mamay [[PERSON|Felícitas]] no tiene celular, pero la pueden encontrar en [[ADDRESS|la casita de adobe detrás del local de la iglesia, la que tiene las calaminas nuevas]]. Hacemos culto todos los domingos a las cuatro, ahí también me encuentran.
O: Gracias, pastor [[PERSON|Teodoro]]. Mañana lo llamamos. Si ve la camioneta o al señor [[PERSON|Máximo]], no lo enfrente; llame al 105 o aquí al 1818.
C: Sulpayki, señorita. Diosllaña yanapawasun.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h43-", "heldout43.jsonl")
