#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 27: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py's conventions and the builder's markup were read.
Styles: three lowercase, unpunctuated speech-recogniser Spanish transcripts with fillers,
self-corrections and numbers said in words (a mototaxi driver in Lima Norte, a sister calling
from Huancayo about a textile workshop, a young woman who has just escaped a "spa");
two cased, punctuated Spanish calls (a night receptionist at a hostel in Cusco, a bank clerk
in Tacna reading out accounts and IDs); one English call from a Peruvian living in the United
States about a cousin's fake job offer; one Brazilian Portuguese call from a mother in Acre;
one Venezuelan Spanish call from a woman locked in above a bar in Lima; one Andean Spanish
call with Quechua words from a father in Ayacucho; one call from a river boat in Loreto.

All people, phone numbers, ID numbers, addresses, plates, accounts, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions.
Deliberate traps left unlabelled: money, durations, counts, routine schedules, the
hotline number (also in words), 105 / 911 / the US hotline, article and law numbers,
public institutions, and common words that are also names in the same call
(luz, esperanza, milagro, flores, segundo, Santiago as a saint's feast).
"""

CALLS = [
    (
        "h27-lower-es-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló buenas noches eh señorita mire yo soy mototaxista acá en [[LOCATION|carabayllo]] y este quería contarle algo que vengo viendo hace como dos semanas ya
O: claro le escucho con calma está en un lugar donde pueda hablar tranquilo
C: sí sí estoy en mi moto estacionado nomás eh hay un local que se llama [[ORGANIZATION|video pub la cabaña]] que de día es restaurante de menú y en la noche o sea desde las diez ya es otra cosa ponen música entran puro hombre y adentro hay chicas bien chibolas
O: por qué piensa que son menores de edad
C: porque yo las llevo pues a veces me toman la carrera para ir a la botica y una de ellas la más flaquita me dijo que tenía [[AGE|catorce añitos]] y que es de [[LOCATION|pucallpa]] que la trajeron para trabajar de moza en un restaurante
O: sabe cómo se llama ella
C: le dicen [[PERSON|milagros]] pero no sé si es su nombre de verdad y la otra la que siempre anda con ella es [[PERSON|kiara]] esa ya es más grandecita tendrá [[AGE|diecisiete]] más o menos
O: me puede decir dónde queda el local la dirección o cómo se llega
C: ya mire usted viene por la [[ADDRESS|avenida túpac amaru hasta el kilómetro veintidós y en el grifo voltea a la derecha y es la segunda calle de tierra a mano izquierda]] es una casa de tres pisos sin tarrajear con un toldo verde no tiene número
O: las chicas viven ahí mismo
C: sí en [[ADDRESS|el cuarto del fondo del tercer piso el que tiene la ventana tapada con triplay]] ahí duermen todas yo las he visto asomarse cuando paso
O: quién está a cargo del local
C: la dueña es una señora que le dicen la tía [[PERSON|charo]] eh [[PERSON|rosario]] creo que se llama y el que cuida la puerta es un flaco alto le dicen [[PERSON|cuchillo]] ese anda en una camioneta plomo
O: llegó a ver la placa de la camioneta
C: sí la tengo anotada en mi cuaderno a ver es [[OTHER_ID|be ocho ka cuatro cinco uno]] no no miento es [[OTHER_ID|be ocho ka cuatro cinco siete]] eso
O: [[OTHER_ID|b8k 457]] correcto
C: ajá eso mismo
O: ha visto si las maltratan o si las amenazan
C: una vez la [[PERSON|milagros]] subió a mi moto llorando tenía el brazo morado y me dijo que le deben plata a la tía que le cobran el pasaje y la comida mil doscientos soles dice y que hasta que no pague no sale y otra cosa señorita ayer a una de ellas se le cayó su dni en mi moto y lo tengo acá guardado
O: me puede leer el número y el nombre que aparece
C: sí dice [[ID_NUMBER|siete siete cuatro cero ocho dos nueve uno]] nombre [[PERSON|yesenia ruth pinedo sangama]] y nació [[DATE_TIME|el veintitrés de junio del dos mil ocho]] o sea es menor pues no sé si es la [[PERSON|kiara]] o es otra porque en la foto sale chiquita
O: ya anoto [[ID_NUMBER|77408291]] a nombre de [[PERSON|yesenia pinedo]] guarde ese documento no lo devuelva al local se lo entrega a la policía y me puede dejar un número para que lo contacten
C: ya apunte [[PHONE_NUMBER|nueve cuatro siete dos cero]] aló aló se escucha
O: sí le escucho se cortó después del [[PHONE_NUMBER|nueve cuatro siete dos cero]] y luego
C: [[PHONE_NUMBER|cinco ocho uno seis]] ese es mi celular me llamo [[PERSON|edwin]] nomás y si me buscan paro en [[ADDRESS|el paradero de motos frente a la posta de san pedro]] la moto azul con calcomanías del alianza
O: gracias [[PERSON|edwin]] lo que me cuenta es muy grave puede ser trata con fines de explotación sexual de menores vamos a mandar a la policía al local no se acerque ni diga nada a las chicas y si ve que se las llevan llame al cero ochocientos dos tres dos tres dos o al ciento cinco
C: ya señorita de milagro me animé a llamar porque acá uno tiene miedo
O: hizo lo correcto mañana en la mañana lo llamamos para contarle qué se hizo buenas noches
""",
    ),
    (
        "h27-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita disculpe eh llamo desde [[LOCATION|huancayo]] de [[LOCATION|el tambo]] es por mi hermanito que se fue a [[LOCATION|lima]] a trabajar y este ya no sé qué hacer
O: tranquila señora cuénteme cómo se llama su hermano y qué edad tiene
C: se llama [[PERSON|jhon franklin]] [[PERSON|jhon franklin huamán poma]] tiene [[AGE|dieciséis años]] recién ha cumplido [[DATE_TIME|el nueve de agosto]]
O: y a qué se fue a [[LOCATION|lima]]
C: un señor [[PERSON|teodoro]] que le dicen [[PERSON|teo]] vino al barrio ofreciendo trabajo de costura en [[LOCATION|gamarra]] ochocientos soles al mes con cuarto y comida y mi mamá lo dejó ir porque dijo ahí va a aprender un oficio se fueron [[DATE_TIME|el quince de mayo]] en la noche
O: y qué le ha contado su hermano
C: que trabaja de siete de la mañana hasta las doce de la noche no lo dejan salir ni el domingo duerme debajo de las máquinas en un colchoncito y en tres meses ni un sol le han pagado dice que ni luz hay en el baño y que el señor le dice que primero tiene que pagar el pasaje y una máquina que malogró
O: sabe dónde está el taller
C: sí él me mandó la dirección por whatsapp a ver es [[ADDRESS|jirón gamarra seiscientos noventa y dos galería el porvenir del sur cuarto piso puesto cuatrocientos doce]] pero no es en el puesto que se ve hay que pasar por [[ADDRESS|la puerta negra detrás del ascensor de carga hasta el fondo del pasadizo]] ahí está el taller sin letrero
O: el taller tiene algún nombre o razón social
C: en las bolsas dice [[ORGANIZATION|confecciones teo kids]] y en un recibo que le dieron sale el ruc [[ID_NUMBER|20605184736]] eso lo saqué de una foto que me mandó
O: ha hablado usted con el señor [[PERSON|teodoro]]
C: sí lo llamé y me dijo que mi hermano le debe mil quinientos soles y que si quiero que regrese le deposite a su cuenta del bcp [[OTHER_ID|191 3458 9217 0 62]] y que con eso lo suelta
O: no deposite nada señora retener a alguien por una deuda así es un delito tiene el número del señor
C: sí es el [[PHONE_NUMBER|novecientos treinta y uno cuatrocientos veinte ochocientos diecisiete]] y el de mi hermano es [[PHONE_NUMBER|nueve seis cuatro eh tres tres ocho cero cinco uno]] pero ahorita está apagado
O: el señor ofrece el trabajo en alguna red social
C: sí en tiktok sube videos de los chicos cosiendo su cuenta es [[OTHER_ID|arroba teo punto confecciones]] ahí pone se necesita personal con o sin experiencia
O: muy bien y usted cómo se llama señora
C: [[PERSON|luz marina]] [[PERSON|luz marina huamán poma]] soy su hermana mayor
O: tiene un número o un correo donde la llamemos
C: este número nomás que es de mi esposo [[PHONE_NUMBER|nueve ocho cuatro cero dos]] no perdón [[PHONE_NUMBER|nueve ocho cuatro cero tres siete siete uno dos]] y mi correo es [[EMAIL_ADDRESS|luzmarina guion bajo hp arroba hotmail punto com]] todo junto
O: gracias señora [[PERSON|luz marina]] lo que le pasa a su hermano puede ser trata con fines de explotación laboral está en el código penal artículo ciento veintinueve a y como es menor de edad hoy mismo lo derivamos a la fiscalía a la policía y a la sunafil para que intervengan el taller
C: y me lo van a traer de vuelta
O: cuando la policía lo rescate lo recibe la unidad de protección especial del ministerio de la mujer y ellos coordinan con ustedes el retorno a [[LOCATION|huancayo]] usted también puede ir al centro emergencia mujer de su zona
C: ya señorita y mi mamá también quiere hablar pero ella quechua nomás entiende poco castellano
O: no se preocupe tenemos compañeras que hablan quechua mañana en la mañana la llamamos a este número
C: ya gracias señorita que dios le pague
""",
    ),
    (
        "h27-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita eh ayúdeme por favor es que me escapé o sea no sé si me escapé pero ya estoy afuera
O: tranquila te escucho dónde estás ahora estás en un lugar seguro
C: estoy en el terminal de [[ORGANIZATION|transportes chimú express]] en [[LOCATION|trujillo]] sentada en [[ADDRESS|la última banca del fondo al lado de la ventanilla ocho frente a los baños]] el celular es de una señora que me lo prestó
O: muy bien quédate ahí donde hay gente cómo te llamas y cuántos años tienes
C: me llamo [[PERSON|deysi]] eh [[PERSON|deysi marleni chuquilín chávez]] tengo [[AGE|diecinueve]] soy de [[LOCATION|celendín]] [[LOCATION|cajamarca]]
O: qué te pasó [[PERSON|deysi]]
C: una chica por tiktok me ofreció trabajo de recepcionista en un spa aquí en [[LOCATION|trujillo]] su cuenta era [[OTHER_ID|arroba belleza punto norte punto empleos]] o algo así me mandaron el pasaje y cuando llegué [[DATE_TIME|el lunes doce]] me quitaron mi celular y mi dni y me dijeron que tenía que hacer masajes con final o sea ya sabe
O: te obligaron a estar con clientes
C: sí señorita todas las noches eh y si no quería me dejaban sin comer dicen que debo dos mil soles del pasaje el cuarto y la ropa
O: siento mucho lo que te ha pasado no es tu culpa me puedes decir dónde queda ese spa
C: es en la [[ADDRESS|urbanización la merced calle los geranios]] el número no sé pero es [[ADDRESS|la casa de la esquina que da al parque de la pileta seca]] tiene las lunas oscuras y un letrero de uñas y pestañas se llama [[ORGANIZATION|spa divina piel]]
O: hay otras chicas ahí
C: éramos cuatro eh no cinco conmigo hay una de [[LOCATION|venezuela]] la [[PERSON|yuleisy]] y una chiquita de [[LOCATION|chota]] que dice que tiene [[AGE|quince]] pero le hacen decir que tiene [[AGE|dieciocho]]
O: quién las controla
C: la dueña la señora [[PERSON|gladys]] y su hijo que le dicen el [[PERSON|zorro]] él es el que cierra la reja con candado y se queda con la plata de los clientes
O: cómo pudiste salir
C: hoy el [[PERSON|zorro]] se olvidó de cerrar bien la reja como a [[DATE_TIME|las cinco y cuarto de la tarde]] y salí corriendo con lo que tenía puesto no traje nada ni mi dni
O: recuerdas el número de tu dni
C: sí es [[ID_NUMBER|setenta y uno cero cuatro cinco seis ocho nueve]]
O: [[ID_NUMBER|71045689]] gracias tienes familia aquí en [[LOCATION|trujillo]]
C: mi tía [[PERSON|esperanza]] que vive en [[LOCATION|la esperanza]] pero su número estaba en mi celular solo me acuerdo más o menos dónde vive es [[ADDRESS|manzana jota lote veinte sector jerusalén a tres casas de la iglesia adventista]] y mi hermana [[PERSON|rocío]] en [[LOCATION|celendín]] su correo es [[EMAIL_ADDRESS|rocio punto chuquilin noventa y ocho arroba gmail punto com]] ella sí me contesta
O: me dices el número de este celular que te prestaron para que la policía te ubique
C: a ver la señora me dice [[PHONE_NUMBER|nueve siete nueve cero cero uno cuatro cuatro tres]] ay no [[PHONE_NUMBER|cuatro tres cuatro]] es al final
O: [[PHONE_NUMBER|979 001 434]] bien ahora mismo pido que un patrullero vaya al terminal y te lleven a un lugar seguro del ministerio de la mujer ahí te atienden y nadie te va a cobrar nada
C: y si viene el [[PERSON|zorro]] a buscarme
O: si lo ves acércate al personal de seguridad del terminal o a la ventanilla y diles que llamaste a la línea también puedes marcar el ciento cinco no cuelgues todavía
C: ya señorita gracias ya no tenía esperanza de salir de ahí
O: fuiste muy valiente [[PERSON|deysi]] la policía ya está en camino
""",
    ),
    (
        "h27-es-04",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, señorita. Le llamo del [[ORGANIZATION|Hostal Qori Inti]], acá en [[LOCATION|Wanchaq]], [[LOCATION|Cusco]]. Soy el recepcionista de noche. Ha pasado algo que no me gusta nada.
O: Gracias por llamar. Cuénteme con calma.
C: Hace como media hora, a [[DATE_TIME|las 11:40]], llegó un señor con dos chicas y pidió una sola habitación, matrimonial. Las chicas no tendrán más de [[AGE|14]] o [[AGE|15 años]]; una tenía la falda del uniforme del colegio debajo de la casaca.
O: ¿Le dieron algún documento?
C: Él sí, su DNI. Dijo que eran sus sobrinas y que los documentos de ellas estaban en la maleta. En el cuaderno de registro anoté: [[PERSON|Wilber Alejandro Sutta Cjuro]], DNI [[ID_NUMBER|40718253]].
O: ¿En qué habitación están?
C: Les di la [[ADDRESS|habitación 204, la última del pasillo del segundo piso, al lado de la lavandería]]. Desde la recepción veo la escalera y nadie ha bajado.
O: ¿Llegaron en algún vehículo?
C: En un taxi, un station wagon plomo que se quedó esperando afuera unos diez minutos. Alcancé a ver la placa: [[OTHER_ID|X2A-718]]. El taxista le dijo "Don [[PERSON|Wilber]], mañana a [[DATE_TIME|las seis]] lo recojo".
O: ¿El señor dijo a dónde iban?
C: Preguntó a qué hora sale el primer bus a [[LOCATION|Puerto Maldonado]]. Dijo que las chicas van a trabajar en un restaurante en [[LOCATION|Mazuco]], "por la mina". Pagó 80 soles en efectivo y pidió factura con RUC [[ID_NUMBER|10407182537]], a nombre de [[ORGANIZATION|Transportes y Servicios Sutta]], y dejó su correo para mandársela: [[EMAIL_ADDRESS|wsutta.transportes@yahoo.es]].
O: ¿Pudo hablar con alguna de las chicas?
C: Una bajó a pedir papel higiénico. Le pregunté su nombre y me dijo [[PERSON|Nayeli]], de [[LOCATION|Paruro]]. Me dijo bajito que su mamá no sabe que se vino, que el señor le prometió 1,500 soles al mes. La otra se llama [[PERSON|Flor]], creo; así la llamó él en la escalera.
O: Lo que me describe tiene señales claras de trata de menores. Voy a alertar ahora mismo a la Policía Nacional y a la Fiscalía de turno para que vayan al hostal. ¿Me confirma la dirección exacta?
C: [[ADDRESS|Av. Tomasa Tito Condemayta 1126, a media cuadra del óvalo]]. Es la puerta de madera con un letrero de neón que dice "Hostal", al costado de una farmacia.
O: Perfecto. ¿Usted está solo en la recepción?
C: Sí, yo entro a las diez de la noche y salgo a las siete de la mañana; el dueño no contesta a esta hora.
O: No intente retenerlos ni subir a la habitación. Si salen antes de que llegue la policía, fíjese hacia dónde van y llámenos o marque el 105. ¿Me da su nombre y un celular?
C: [[PERSON|Rubén Choquehuanca]]. Mi celular es [[PHONE_NUMBER|974 05 12 38]]. Y el señor dejó en el registro otro número, el suyo: [[PHONE_NUMBER|984-301-672]].
O: Gracias, [[PERSON|Rubén]]. ¿Este señor había venido antes?
C: Revisé el cuaderno: vino [[DATE_TIME|el sábado 11 de mayo]] con otra chica, que registró como [[PERSON|Katherine Sutta]], de [[AGE|18 años]], sin documento. Mi compañero del turno dice que se veía mucho más chiquita.
O: Es un dato muy importante y lo agregamos al reporte. Esto es un delito grave, el del artículo 129-A del Código Penal, y a las chicas las va a atender la Fiscalía de Familia con el Ministerio de la Mujer.
C: Ya. ¿Le mando foto de la hoja del registro?
O: No hace falta por aquí; guárdela para la policía. ¿Llegó a ver si las chicas usan alguna red social?
C: [[PERSON|Nayeli]] me pidió la clave del wifi y vi que entró a Facebook. Su perfil es [[OTHER_ID|facebook.com/naye.ccoyllur.14]], tenía la foto de perfil con un peluche.
O: Gracias. Ya va en camino un patrullero de la comisaría de [[LOCATION|Wanchaq]]. Lo llamamos en unos minutos a su celular.
C: Ya, señorita. Aquí espero, en la recepción.
""",
    ),
    (
        "h27-es-05",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Quisiera reportar algo, pero sin dar mi nombre completo, si se puede. Trabajo en atención al cliente en la [[ORGANIZATION|Financiera Altiplano Sur]], en la agencia de [[LOCATION|Gregorio Albarracín]], en [[LOCATION|Tacna]]. Dígame [[PERSON|Marlene]] nomás.
O: Claro que sí, [[PERSON|Marlene]], su identidad queda reservada. Cuénteme.
C: Desde hace un mes viene un señor con chicas jóvenes a abrir cuentas de ahorro. Ya van seis chicas. Él habla por ellas, tiene los DNI de todas en un sobre manila, y después él mismo saca la plata en el cajero con las tarjetas de ellas.
O: ¿Tiene los datos del señor?
C: Sí, porque firma como apoderado. Se llama [[PERSON|Hernán Quenta Alanoca]], DNI [[ID_NUMBER|00498271]]. Se presenta como gerente de [[ORGANIZATION|Servicios Generales Andes del Sur E.I.R.L.]], RUC [[ID_NUMBER|20532917468]].
O: ¿Y de las chicas?
C: Tengo las tres de esta semana. [[PERSON|Sheyla Mamani Coaquira]], de [[AGE|18 años]]; nació [[DATE_TIME|el 2 de abril de 2007]], o sea recién cumplidos. [[PERSON|Naomi Ticona Flores]], de [[AGE|19]]. Y una boliviana, de [[LOCATION|El Alto]], con cédula de identidad [[ID_NUMBER|9384112 LP]]; se llama [[PERSON|Wara Choque]].
O: ¿Por qué cree que se trata de algo más que cuentas de ahorro?
C: No hablan, miran al piso. [[PERSON|Sheyla]] tenía un moretón en el cuello. Y [[PERSON|Wara]], mientras él firmaba, me dijo bajito "no me deja salir de la casa" y me dejó un papelito debajo del lapicero.
O: ¿Qué decía el papelito?
C: Decía: "[[ADDRESS|Asoc. de Vivienda Villa Los Ángeles, Mz. F, Lt. 12]]", y abajo, con otra letra: "[[ADDRESS|portón plomo frente a la cancha de fulbito, la casa que tiene una antena de cable en el techo]]".
O: ¿Qué movimientos tienen esas cuentas?
C: Les llegan transferencias de [[LOCATION|Chile]], siempre de la misma persona, y él saca todo el mismo día. En un mes, entre las seis cuentas, más de 12 000 soles. La de [[PERSON|Sheyla]] es la [[OTHER_ID|105-2098-4471-03]] y la de [[PERSON|Naomi]], la [[OTHER_ID|105-2098-4479-11]].
O: ¿El señor llega en algún vehículo?
C: En una minivan blanca, placa [[OTHER_ID|Z3F-904]]. Siempre lo espera un chofer al que él llama "[[PERSON|Chino]]". Una vez hasta le trajo flores a la cajera para caerle bien, imagínese.
O: ¿Dejó algún teléfono o correo?
C: En la ficha dejó dos números: [[PHONE_NUMBER|952 61 40 88]] y uno chileno, [[PHONE_NUMBER|+56 9 8741 2265]]. Y el correo [[EMAIL_ADDRESS|hquenta.andesdelsur@gmail.com]].
O: Esto tiene señales de explotación sexual con control del dinero de las víctimas, lo que sanciona la Ley 28950. Lo vamos a derivar a la Fiscalía Especializada en Trata de Personas y a la Policía. Además, su entidad puede enviar un reporte de operación sospechosa a la Unidad de Inteligencia Financiera.
C: Eso lo ve el oficial de cumplimiento, ya le avisé. ¿Y si el señor vuelve?
O: ¿Sabe cuándo va a volver?
C: Dijo que vuelve [[DATE_TIME|el viernes a las 10]] con dos chicas más, para abrirles cuenta.
O: Eso nos ayuda a coordinar con la policía. ¿A qué número la podemos llamar?
C: Mejor a mi casa, es fijo: [[PHONE_NUMBER|cero cincuenta y dos, cuatro dos, treinta y uno, diecisiete]]. A la agencia no, por favor.
O: Le repito: [[PHONE_NUMBER|052 42 3117]]. ¿Correcto?
C: Correcto. Después de las seis de la tarde siempre estoy.
O: Gracias, [[PERSON|Marlene]]. Hoy mismo hacemos la derivación. No confronte al señor ni le comente nada a las chicas delante de él.
C: Ya. Gracias, señorita.
""",
    ),
    (
        "h27-en-06",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, hola, sorry, can I speak in English? I'm Peruvian but I've lived in [[LOCATION|New Jersey]] since I was nine, my Spanish is, like, más o menos.
O: Of course, go ahead in English. How can I help?
C: My name's [[PERSON|Karina Lozano]], I live in [[LOCATION|Paterson]]. I'm calling about my cousin in [[LOCATION|Lima]], [[PERSON|Brenda Lozano Ayala]]. She's [[AGE|20]]. An agency is telling her they can get her a job in the [[LOCATION|US]], and I'm pretty sure it's a scam, or worse.
O: Thank you for calling. What exactly did they offer her?
C: A restaurant job in [[LOCATION|Houston]], 2,500 dollars a month, no visa needed, they "handle everything". She has to fly to [[LOCATION|Cancún]] first, stay in a house with other girls for a couple of weeks, and then "someone drives them across". She already paid them 1,800 dollars.
O: Do you know the name of the agency?
C: [[ORGANIZATION|Global Staff Perú Consultores]]. The woman who talks to her is a Miss [[PERSON|Yoselin]], on WhatsApp, from a Mexican number: [[PHONE_NUMBER|+52 998 214 0736]].
O: Has your cousin been to their office?
C: Once. It's downtown, [[ADDRESS|Avenida Abancay, block five, on the second floor above a chifa]]. There's no sign, you go in through [[ADDRESS|the grey door between the photocopy shop and the shoe repair]] and ring the bell with a little airplane sticker.
O: And how did she pay?
C: A deposit at Interbank, to an account in [[PERSON|Yoselin]]'s name, [[PERSON|Yoselin Paredes Cueva]]. The account number is [[OTHER_ID|898 3217450162]]. I have a photo of the voucher.
O: Has she sent them any documents?
C: Yes, that's what scares me. A photo of her passport, it's number [[ID_NUMBER|120459873]], and her DNI, which is [[ID_NUMBER|seven two six one, zero four eight eight]]. And they asked for full-body photos "for the uniform".
O: When is she supposed to travel?
C: The flight is [[DATE_TIME|the 28th at 6:15 in the morning]], out of [[LOCATION|Lima]].
O: These are classic warning signs of trafficking: a job abroad with no visa, fees up front, a stop in a third country in a house with other women, and someone taking you across a border. She shouldn't travel.
C: That's what I told her! But she's like, "you just don't want me to make it". Can someone from your side talk to her?
O: Yes, we can call her, and if she agrees, the agency can be reported to the police and the prosecutor. Can I have her number?
C: It's [[PHONE_NUMBER|nine eight one, five five two, zero four seven]]. Her Instagram is [[OTHER_ID|@brendita.lozano20]], that's actually where the agency found her.
O: And where can she be reached in person, if the police want to take her statement?
C: She lives with my aunt [[PERSON|Gladys]] in [[LOCATION|Los Olivos]], [[ADDRESS|Jirón Las Gardenias 455, Urbanización Villa Sol]]. It's the green house with a little bakery on the ground floor.
O: Thank you. And your contact details?
C: My cell is [[PHONE_NUMBER|+1 (973) 555-0142]], and my email is [[EMAIL_ADDRESS|karina dot lozano dot nj at gmail dot com]].
O: Got it. Just so you know, in the [[LOCATION|US]] there's also a national trafficking hotline, 1-888-373-7888, and here in [[LOCATION|Peru]] anyone can call us free at 0800-2-3232, or the police at 105 in an emergency.
C: Okay. Should she ask them for the money back?
O: Not directly, and she shouldn't meet them alone. Keep the voucher and the chats; with a report, the prosecutor can look into the account. IOM also supports people who were deceived by fake job offers.
C: Thank you so much. I'll tell her to expect your call, and I'll tell my aunt too.
O: We'll call [[PERSON|Brenda]] this afternoon and then write to you.
""",
    ),
    (
        "h27-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, desculpa, eu não falo espanhol direito. A senhora fala português?
O: Falo sim, um pouco. Pode falar com calma, estou ouvindo.
C: Meu nome é [[PERSON|Rosângela Ferreira da Silva]], eu moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre minha filha, a [[PERSON|Kauane]]. Ela tem [[AGE|17 anos]] e foi pro [[LOCATION|Peru]] com um homem que prometeu trabalho de modelo.
O: Entendo. Quem é esse homem?
C: Um tal de [[PERSON|Wellington Souza Barbosa]], que todo mundo chama de [[PERSON|Gringo]]. Ele disse que ia levar ela pra fazer fotos em [[LOCATION|Cusco]]. Eles atravessaram por [[LOCATION|Assis Brasil]] pra [[LOCATION|Iñapari]] no [[DATE_TIME|dia 3 de outubro]], numa Hilux prata, placa [[OTHER_ID|QLT4B27]].
O: E depois, o que aconteceu?
C: Nos primeiros dias ela mandava foto, tudo bonito. Depois de uma semana mandou um áudio chorando, dizendo que não era [[LOCATION|Cusco]], que estava em [[LOCATION|Puerto Maldonado]], numa boate, que o [[PERSON|Gringo]] pegou o RG dela e que ela tinha que "pagar a viagem", uns 3 mil reais. Que tem que beber com os clientes e... o resto a senhora imagina.
O: Sinto muito, senhora. Ela disse onde fica essa boate?
C: Ela mandou a localização, mas depois apagou. Só que ela falou assim: "mãe, é [[ADDRESS|atrás do posto de gasolina da saída pra Cusco, a casa de dois andares com portão de grade vermelho]]". E o nome é [[ORGANIZATION|Night Club La Sirena]], tem uma sereia pintada na parede.
O: E ela dorme lá mesmo?
C: Dorme. Disse que o quarto dela é [[ADDRESS|o último do corredor dos fundos, depois da lavanderia, o que não tem janela]]. São quatro meninas no mesmo quarto.
O: A senhora tem algum documento dela? CPF, RG?
C: Tenho. O CPF é [[ID_NUMBER|048.312.957-20]] e o RG [[ID_NUMBER|1.284.553]], do [[LOCATION|Acre]]. Ela nasceu [[DATE_TIME|dia 21 de dezembro de 2007]], ainda nem fez [[AGE|18]].
O: E telefone? Ela tem algum número?
C: O dela do [[LOCATION|Brasil]] é [[PHONE_NUMBER|(68) 99214-3087]], mas tá desligado. O áudio veio de um número peruano: [[PHONE_NUMBER|nove quatro três, dois zero um, seis seis oito]]. E o Instagram dela é [[OTHER_ID|@kauane.fsilva]], mas ela não posta nada desde que foi.
O: E o [[PERSON|Wellington]], a senhora tem o contato dele?
C: Ele me pediu dinheiro por Pix pra "liberar" ela! A chave é o telefone dele, [[PHONE_NUMBER|+55 68 98403-1176]]. E tem um e-mail que ele usava pros "books", [[EMAIL_ADDRESS|gringo.eventos.ac@gmail.com]].
O: Não mande dinheiro. O que a senhora está descrevendo é tráfico de pessoas para exploração sexual de uma adolescente. Aqui no [[LOCATION|Peru]] é crime pelo artigo 129-A do Código Penal, e no [[LOCATION|Brasil]] também, pelo artigo 149-A. Vamos acionar agora a Polícia e a Fiscalía em [[LOCATION|Madre de Dios]].
C: Meu Deus. E eu, faço o que daqui?
O: Registre um boletim de ocorrência na Polícia Federal em [[LOCATION|Rio Branco]] e procure o consulado brasileiro em [[LOCATION|Lima]]. Nós também vamos passar os dados para a OIM, que apoia o retorno. Qual é o seu número?
C: Meu WhatsApp é [[PHONE_NUMBER|68 9 9977 0412]]. E meu e-mail é [[EMAIL_ADDRESS|rosangela ponto ferreira arroba hotmail ponto com]].
O: Obrigada, dona [[PERSON|Rosângela]]. Se a [[PERSON|Kauane]] ligar de novo, diga pra ela ligar grátis no 0800-2-3232, a qualquer hora, ou mandar a localização de novo, e a senhora manda pra nós.
C: Tá bom. Ela é só uma menina, só queria ser modelo.
O: Vamos fazer todo o possível. Eu ligo pra senhora ainda hoje à noite com notícias.
""",
    ),
    (
        "h27-ve-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor, disculpa la hora. Mira, yo soy venezolana, estoy aquí en [[LOCATION|Los Olivos]] y... no sé ni cómo empezar, chama.
O: Tranquila, tómate tu tiempo. ¿Estás en un lugar seguro para hablar?
C: Más o menos, estoy en el baño del restobar. Ya va, déjame cerrar bien... Listo. Me llamo [[PERSON|Yusmary]], [[PERSON|Yusmary del Valle Colmenares]], tengo [[AGE|24 años]], soy de [[LOCATION|Barquisimeto]], estado [[LOCATION|Lara]].
O: Gracias, [[PERSON|Yusmary]]. Cuéntame qué está pasando.
C: Un pana de allá, [[PERSON|Keiber]], me dijo que aquí en [[LOCATION|Lima]] había trabajo de mesonera, burda de bien pagado, que hasta me pagaban el pasaje. Yo llegué [[DATE_TIME|el 14 de febrero]], y el dueño, el señor [[PERSON|Omar Lizárraga]], me dijo que le debía 1.500 soles del pasaje y del cuarto. Y ahora me obliga a hacer "salidas" con los clientes, vale. Si no, no me da comida ni para mi chamo.
O: ¿Tienes un hijo contigo?
C: Sí, mi bebé, [[PERSON|Santiago]], tiene [[AGE|dos añitos]]. Se queda en el cuarto con otra muchacha mientras yo trabajo. El señor me dice que si me voy llama a Migraciones y me quitan al niño. ¿Eso puede ser, chama?
O: No, no te lo pueden quitar por eso. Tú no has cometido ningún delito y tienes derechos aunque tus papeles no estén al día. ¿Él tiene tus documentos?
C: Sí, mi cédula y el CPP. La cédula es [[ID_NUMBER|V-25.873.440]]... ya va, veinticinco millones... sí, [[ID_NUMBER|veinticinco millones ochocientos setenta y tres mil cuatrocientos cuarenta]]. El CPP no me lo sé, lo tiene él en la caja fuerte.
O: ¿Dónde queda el restobar?
C: Se llama [[ORGANIZATION|Restobar La Mamacita]], en la [[ADDRESS|Av. Alfredo Mendiola cuadra 38, el edificio amarillo al frente del Tambo]]. Abajo es el bar y nosotras vivimos arriba.
O: ¿Cómo se llega al cuarto donde viven?
C: Hay que subir [[ADDRESS|la escalera de caracol de metal que está al costado del bar, y es la puerta del fondo del segundo piso, la que tiene el candado por fuera]]. Él nos cierra con candado cuando se va, a las cuatro de la mañana, y abre como a las doce.
O: ¿Cuántas personas viven ahí contigo?
C: Somos cuatro muchachas, todas venezolanas menos una colombiana, [[PERSON|Leidy]], de [[LOCATION|Cúcuta]], que tiene carné de extranjería, el [[ID_NUMBER|001284736]], y también se lo quitó. Y hay una chamita nueva que llegó [[DATE_TIME|el domingo]], [[PERSON|Oriana]], que dice que tiene [[AGE|dieciocho]] pero yo te juro que no pasa de [[AGE|quince]], es una niña.
O: Eso es muy grave. ¿El señor [[PERSON|Omar]] publica a las chicas en alguna red social?
C: Sí, hay un Instagram, [[OTHER_ID|@lasmusasdelnorte_vip]], ahí salen nuestras fotos con otros nombres. Y los clientes le pagan a él por Yape o a su cuenta del BBVA, la [[OTHER_ID|0011-0175-0200418893]]; yo la he visto en el papelito que tiene pegado en la caja.
O: ¿Tienes el número del señor?
C: Sí: [[PHONE_NUMBER|920 48 17 35]]. Y el de [[PERSON|Keiber]] es venezolano, [[PHONE_NUMBER|0414-5529031]].
O: ¿Y a qué número te podemos escribir a ti sin ponerte en riesgo?
C: A mi WhatsApp venezolano, que él no revisa: [[PHONE_NUMBER|cero cuatro doce, siete siete tres, cero uno]]... no, espérate, [[PHONE_NUMBER|cero cuatro doce, siete siete tres, cero uno nueve cuatro]]. Escríbeme nomás, no me llames, o al correo, [[EMAIL_ADDRESS|yusmary punto dv arroba gmail punto com]]. O a mi mamá en [[LOCATION|Barquisimeto]], la señora [[PERSON|Carmen Yolanda Colmenares]], al [[PHONE_NUMBER|0251-4412896]].
O: Entendido, solo mensajes. Lo que describes es trata con fines de explotación sexual, y hay una posible menor. Vamos a coordinar con la Policía un operativo y con el Ministerio de la Mujer un albergue donde puedas estar con tu hijo.
C: ¿Y eso es con el 911? Porque allá en [[LOCATION|Venezuela]] uno llama al 911.
O: Aquí la emergencia policial es el 105, y nosotros somos el 0800-2-3232, gratis, las 24 horas. Si el señor te golpea o ves que se llevan a [[PERSON|Oriana]], llama al 105 de una vez.
C: Na' guará, chama, gracias. Qué arrecho todo esto. Yo solo vine a trabajar.
O: Lo sé. No estás sola. Esta noche te escribimos para coordinar, ¿ya? Y borra esta llamada del registro del teléfono.
C: Dale, mi amor. Gracias.
""",
    ),
    (
        "h27-qu-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Buenas tardes. De [[LOCATION|Vilcashuamán]] estoy llamando, de la comunidad de [[LOCATION|Pomacocha]]. Por mi wawa estoy llamando, mamay.
O: Allillanmi, taytay. Tranquilo, aquí le escucho. Si quiere, me puede hablar en quechua también. ¿Cómo se llama usted?
C: [[PERSON|Teófilo Huamaní Ccori]] me llamo. Mi hija es [[PERSON|Maribel]], [[PERSON|Maribel Huamaní Tacas]].
O: ¿Hayk'a watayuq wawaykiri? ¿Cuántos años tiene su hija?
C: [[AGE|Chunka pichqayuq watayuq]], [[AGE|quince añitos]] nomás tiene, señorita. Segundo de secundaria estaba estudiando.
O: ¿Qué pasó con ella?
C: Para la fiesta de Santiago, [[DATE_TIME|el 25 de julio]], una señora ha venido de [[LOCATION|Nasca]], comadre de mi cuñado. "En mi restaurante va a trabajar, seiscientos soles le voy a pagar, en la noche va a estudiar también" diciendo. Así engañando se la ha llevado pues a mi wawa, con otras dos chicas de acá, la [[PERSON|Sisa]] y la hija de don [[PERSON|Melecio]]. Kimsa warmakuna eran.
O: ¿Cómo se llama esa señora?
C: [[PERSON|Eulogia Pariona]]. Mamá [[PERSON|Ulucha]] le dicen. En un camión azul se las ha llevado; mi sobrino ha anotado la placa, [[OTHER_ID|V6Q-217]].
O: ¿Y su hija se ha comunicado con ustedes?
C: Primero llamaba, de ahí ya no. [[DATE_TIME|El domingo]] recién ha llamado llorando: "Taytay, hamuy, recógeme" diciendo. Que no es restaurante, que es cantina, que a los mineros tiene que atender, tomar con ellos. Que la señora le pega con correa. "Manam puñunichu", no duermo, diciendo lloraba.
O: Ay, taytay, eso es muy grave. ¿Le dijo dónde está la cantina?
C: En [[LOCATION|Tulin]], más arriba de [[LOCATION|Nasca]], donde sacan oro. Así me ha explicado: [[ADDRESS|bajando del carro en el paradero de los mineros, pasando el puentecito de palo, a mano izquierda, al costado del molino de piedra]]. En la puerta dice [[ORGANIZATION|Recreo Sumaq Tika]], con letras rojas.
O: ¿Y dónde duermen las chicas?
C: [[ADDRESS|Atrás, pasando el corral, en el cuarto de calamina sin ventana]]; ahí duermen en el suelo, con pellejo nomás. Chiriwan, con frío.
O: ¿Tiene el DNI de su hija?
C: Sí, acá tengo su papelito, le voy a leer despacio: [[ID_NUMBER|siete, tres, cero, cuatro, nueve, nueve, uno, seis]].
O: [[ID_NUMBER|73049916]]. Gracias. ¿Y algún número de la señora [[PERSON|Eulogia]]?
C: De ese número llamaba mi hija: [[PHONE_NUMBER|956 703 118]]. Ahora ya no contesta, apagado nomás.
O: ¿Y a usted cómo le podemos llamar, tiene celular?
C: De mi sobrino [[PERSON|Wilmer]] nomás. Ya, le voy a dictar: [[PHONE_NUMBER|nueve, seis, seis, uno, cuatro, cero]]... ama, ama, así no es. [[PHONE_NUMBER|Nueve, seis, seis, cuatro, uno, cero, dos, ocho, siete]].
O: [[PHONE_NUMBER|966 410 287]]. ¿Así es?
C: Arí, así es, señorita. Y si vienen a buscarme acá a la comunidad, preguntando nomás me encuentran: mi casa es [[ADDRESS|la última antes de la subida al apu, al lado del pukyu, el ojo de agua, la del corral de piedra]].
O: Taytay, lo que le han hecho a su hija es trata de personas, y como es menor de edad es más grave todavía. Ahora mismo vamos a avisar a la Policía y a la Fiscalía de [[LOCATION|Nasca]] para que la rescaten a ella y a las otras chicas, y el Ministerio de la Mujer va a coordinar para que vuelva con ustedes.
C: Sulpayki, mamay, sulpayki. ¿Tengo que ir yo hasta allá?
O: No tiene que ir solo. Acérquese al Centro Emergencia Mujer de [[LOCATION|Vilcashuamán]] o a la comisaría para poner la denuncia; ellos le ayudan si tiene que viajar. Nosotros lo llamamos mañana al celular de [[PERSON|Wilmer]].
C: Ya, señorita. Mañana temprano a la chacra me voy, pero en la tarde estoy. Diosllaña pagasunki.
O: Gracias a usted, taytay [[PERSON|Teófilo]]. Vamos a hacer todo para que [[PERSON|Maribel]] vuelva a su casa.
""",
    ),
    (
        "h27-boat-10",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Aló, señorita, buenas noches. Disculpe si se corta, estoy en el río, en la lancha, y la señal va y viene.
O: Le escucho. ¿Está en un lugar seguro para hablar?
C: Sí, estoy en la cocina, en la popa; con el ruido del motor nadie me escucha. Trabajo de ayudante de cocina en la motonave [[ORGANIZATION|Gran Capitán IV]]. Salimos de [[LOCATION|Yurimaguas]] [[DATE_TIME|el martes a las seis de la tarde]] y vamos para [[LOCATION|Iquitos]], son tres días de viaje.
O: ¿Qué es lo que está pasando en la lancha?
C: Hay un señor que viaja con cuatro chicas. Subieron en [[LOCATION|Lagunas]]. Son chiquitas, de [[AGE|trece]], [[AGE|catorce años]] se ven. Él dice a todo el mundo que son sus hijas, pero ellas le dicen "señor". Y no las deja bajar ni a comer al comedor; él les sube el plato.
O: ¿Dónde están ubicados dentro de la lancha?
C: Él tiene el [[ADDRESS|camarote 6, el que está pegadito a la sala de máquinas en la primera cubierta]], y las chicas están en [[ADDRESS|la segunda cubierta, en la parte de atrás, entre la escalera y el baño de mujeres]], en cuatro hamacas rojas amarradas juntitas. De noche él les tapa el paso con su maleta.
O: ¿Sabe el nombre del señor?
C: En el manifiesto de pasajeros sale como [[PERSON|Segundo Arévalo Tuesta]], DNI [[ID_NUMBER|05387162]]. Los de la tripulación le dicen [[PERSON|Sapo]]. Y puso un celular: [[PHONE_NUMBER|965-418-207]].
O: ¿Y las chicas figuran en el manifiesto?
C: No, señorita, ninguna. Una sola vez hablé con una, cuando vino a la cocina por agua. Se llama [[PERSON|Jhenifer]], es de un caserío cerca de [[LOCATION|Lagunas]], [[LOCATION|San Antonio de Samiria]]. Me dijo que el señor les prometió trabajo de empleadas en un hospedaje en [[LOCATION|Iquitos]], y que después las iba a llevar a la frontera, a [[LOCATION|Santa Rosa]] y de ahí a [[LOCATION|Leticia]], en [[LOCATION|Colombia]].
O: ¿Usted ha visto que les haga daño?
C: Anoche, como a [[DATE_TIME|la una de la mañana]], escuché que una lloraba y él le decía que se calle, que si habla la deja botada en el monte. Pucha, señorita, atatay, me dio cólera, pero tengo miedo de perder mi trabajo.
O: Hizo muy bien en llamar. ¿Alguien de la tripulación sabe algo? ¿El capitán?
C: El capitán, [[PERSON|Rengifo]], es compadre de él, por eso no le he dicho nada. Él mismo le hizo precio: el pasaje en hamaca cuesta 90 soles y él pagó 60 por cada chica.
O: ¿Cuándo llegan a [[LOCATION|Iquitos]] y a qué puerto?
C: Si no hay mal tiempo llegamos [[DATE_TIME|el jueves como a las cuatro de la mañana]] al puerto de [[LOCATION|Masusa]]; la lancha atraca en [[ADDRESS|el embarcadero de tablas que está después de los flotantes de combustible]]. La lancha es de dos pisos, blanca con franja verde, y tiene el nombre pintado adelante. La matrícula es [[OTHER_ID|IQ-18472-BM]].
O: Eso nos permite coordinar para que la policía espere la lancha en el puerto. ¿El señor tiene alguna red social?
C: Uno de la tripulación me enseñó su Facebook, ahí ofrece trabajo para chicas: [[OTHER_ID|facebook.com/segundo.empleos.iquitos]]. Y ahí sale un correo: [[EMAIL_ADDRESS|arevalo.sapo77@gmail.com]].
O: ¿Me puede dar su nombre y un número, para que la policía lo ubique a bordo sin que se note?
C: Me llamo [[PERSON|Jairo]], [[PERSON|Jairo Pacaya]]. Mi número es [[PHONE_NUMBER|+51 9 6172 0384]], pero solo agarra señal cuando pasamos por los pueblos.
O: Entendido. ¿Hay alguna parada antes de [[LOCATION|Iquitos]]?
C: Un segundo, señorita, que viene alguien... Ya, era el motorista nomás. Sí, paramos en [[LOCATION|Nauta]] un ratito para dejar carga.
O: Si ve que el señor intenta bajar con las chicas en [[LOCATION|Nauta]], llámenos o mándenos un mensaje de inmediato. No lo confronte. La Policía y la Fiscalía van a estar esperando en el puerto.
C: Ya. Cuando lleguemos yo me pongo en [[ADDRESS|la baranda de la cocina, en la popa]], con mi mandil azul, para que me vean.
O: Perfecto, [[PERSON|Jairo]]. Gracias por cuidar a esas chicas. Guarde nuestro número, el 0800-2-3232; si se corta, vuelva a llamar.
C: Ya, señorita. Gracias, buenas noches.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h27-", "heldout27.jsonl")
