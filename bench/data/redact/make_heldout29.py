#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 29: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py's conventions and the builder's markup were read.
Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts with fillers,
self-corrections and numbers said in words (a sister in Comas, a farm worker in Virú, a
girl locked in a flat in Arequipa); two cased, punctuated Spanish calls (an obstetrician in
the central jungle, a hostel receptionist at the Ecuadorian border); one English call in
second-language English (an Indian garment worker locked in a workshop in Lima); one
Brazilian Portuguese call (a woman held in a "spa" in Miraflores); one Venezuelan Spanish
call (a cousin in Los Olivos); one Andean Spanish call with Quechua words (a grandfather in
Apurímac whose grandson works in a brick kiln); and one call of the writer's choice (a truck
driver parked on the Interoceánica).

All people, phone numbers, ID numbers, addresses, plates, accounts, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions.
"""

CALLS = [
    (
        "h29-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita eh este le llamo por mi hermana la menor que se fue a trabajar y ya no regresa
O: entiendo tranquila está llamando al lugar correcto cuénteme cómo se llama su hermana
C: se llama [[PERSON|flor]] o sea [[PERSON|flor de maría ticona apaza]] tiene [[AGE|dieciséis]] no perdón ya tiene [[AGE|diecisiete]] los cumplió [[DATE_TIME|el veintidós de marzo]]
O: [[AGE|diecisiete años]] y dónde estaba trabajando ella
C: acá en [[LOCATION|comas]] en una cevichería de la avenida pero le pagaban poquito y una señora que le dicen la [[PERSON|gringa]] le ofreció trabajo de moza en [[LOCATION|huacho]] que le iban a pagar mil doscientos soles más propinas con cuarto y comida
O: y cuándo viajó
C: se fue [[DATE_TIME|el jueves catorce]] temprano en el carro de la señora una station plomo la placa la tengo porque le tomé foto es [[OTHER_ID|be ce de cuatro siete uno]]
O: muy bien hizo en tomar la foto y después de que se fue se ha comunicado con usted
C: sí los primeros días me mandaba fotos todo normal pero [[DATE_TIME|el domingo]] en la madrugada me mandó un audio llorando que no era restaurante que era un night que se llama [[ORGANIZATION|las musas]] que la hacen tomar con los clientes hasta las cinco de la mañana y que la señora le dice que le debe el pasaje y la ropa trescientos cincuenta soles y que no puede salir hasta que pague
O: eso que me cuenta es muy grave sabe dónde queda ese local
C: ella me mandó su ubicación pero se borró el mensaje eh lo que me dijo es que está en [[LOCATION|huacho]] por la salida a [[LOCATION|sayán]] [[ADDRESS|pasando el óvalo del caballito entra un callejón de tierra a mano derecha y el local está al fondo]] tiene la fachada negra con una luna pintada
O: perfecto eso nos ayuda mucho tiene el número de su hermana
C: sí su número es [[PHONE_NUMBER|nueve cuatro siete dos ocho]]
O: ajá [[PHONE_NUMBER|nueve cuatro siete dos ocho]] y
C: [[PHONE_NUMBER|tres cero uno seis]] pero desde ayer sale apagado
O: le repito [[PHONE_NUMBER|nueve cuatro siete dos ocho tres cero uno seis]] y tiene su dni
C: sí acá tengo la foto de su dni es [[ID_NUMBER|setenta y seis ochenta y uno cero cuatro noventa y dos]]
O: gracias y de la señora que le dicen la [[PERSON|gringa]] sabe algo más su nombre su número
C: se llama [[PERSON|maribel]] eh [[PERSON|maribel valverde]] creo que es de [[LOCATION|barranca]] su número es el mismo de su yape [[PHONE_NUMBER|novecientos noventa seiscientos doce trescientos cuarenta y cinco]] y en tiktok sale como [[OTHER_ID|arroba chamba punto norte punto ya]] ahí pone ofertas para chicas jovencitas
O: lo que describe puede ser trata de personas con fines de explotación sexual y su hermana es menor de edad así que vamos a actuar hoy mismo vamos a pasar el caso a la policía especializada y a la fiscalía de [[LOCATION|huaura]]
C: ay gracias señorita y yo qué hago voy para allá
O: no vaya usted sola porque puede ser peligroso para usted y para ella mejor acérquese a la comisaría a poner la denuncia con la foto de la placa y del dni me puede decir su nombre
C: yo soy [[PERSON|yesenia]] [[PERSON|yesenia ticona apaza]] soy su hermana mayor tengo [[AGE|veinticuatro años]]
O: y dónde la podemos ubicar si la policía necesita hablar con usted
C: vivo acá en [[LOCATION|comas]] [[ADDRESS|bajando en el paradero la balanza la tercera calle a la izquierda la casa que tiene una bodega abajo con rejas verdes]] y mi número es [[PHONE_NUMBER|nueve uno cinco ocho ocho dos cero siete tres]]
O: gracias [[PERSON|yesenia]] ahora mismo registro todo y la llamo en una hora si su hermana le vuelve a escribir dígale que puede llamar gratis al cero ochocientos dos treinta y dos treinta y dos o si está en peligro al ciento cinco
C: ya señorita eh una cosa más ella también tiene un correo por si acaso lo revisa es [[EMAIL_ADDRESS|florcita punto ticona arroba gmail punto com]]
O: anotado eso también se lo pasamos a la policía no está sola [[PERSON|yesenia]] vamos a estar en contacto
C: gracias gracias señorita que dios la bendiga
""",
    ),
    (
        "h29-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita eh disculpe la hora es que recién salgo del campo quería denunciar algo pero no sé si ustedes ven esto
O: claro cuénteme con confianza cómo se llama usted
C: eh mi nombre es [[PERSON|wilmer]] [[PERSON|wilmer chuquilín terrones]] soy de [[LOCATION|cajabamba]] de [[LOCATION|cajamarca]] tengo [[AGE|diecinueve años]]
O: gracias [[PERSON|wilmer]] desde dónde me llama
C: desde [[LOCATION|virú]] estamos en un campamento de la cosecha de arándano nos trajo un enganchador don [[PERSON|segundo]] [[PERSON|segundo bazán]] nos dijo cuarenta y cinco soles diarios con comida y cuarto pero ya vamos un mes y medio y no nos pagan nada
O: cuántas personas están en esa situación
C: somos veintitrés que vinimos en el mismo bus llegamos [[DATE_TIME|el dos de enero]] y entre nosotros hay tres chibolos de [[AGE|quince]] y [[AGE|dieciséis años]] uno es mi primo [[PERSON|edwin]] el de la casaca rosa
O: les han quitado algún documento
C: sí el primer día don [[PERSON|segundo]] recogió todos los dni para el contrato dijo y no los devuelve el mío es [[ID_NUMBER|cuatro siete ocho dos cero uno tres cinco]] yo me lo sé de memoria
O: muy bien y dónde exactamente queda el campamento
C: es eh espere un segundo que me estoy alejando para que no me escuchen ya es [[ADDRESS|pasando el kilómetro quinientos diecisiete de la panamericana norte entra una trocha frente a un restaurante de pollo a la brasa y sigue derecho como diez minutos en moto hasta unos cuartos de estera azul al costado del reservorio]]
O: quién los tiene ahí quién es el encargado
C: el capataz le dicen el [[PERSON|tigrillo]] él nos cuenta las jabas y si no llegas a ochenta jabas te descuenta y dice que le debemos el pasaje del bus y la comida y el que se quiere ir tiene que pagar quinientos soles
O: los han amenazado o agredido
C: a un compañero que reclamó lo botaron de noche sin su dni y el [[PERSON|tigrillo]] nos dijo que así nos iba a pasar a todos
O: y la empresa para la que trabajan tiene nombre
C: en la boleta del bus decía [[ORGANIZATION|servicios agrícolas el norteño]] con ruc [[ID_NUMBER|20604418273]] y el bus era blanco con franjas rojas la placa [[OTHER_ID|te cinco a novecientos doce]]
O: y les abrieron alguna cuenta para pagarles
C: sí nos hicieron firmar para una cuenta sueldo pero la tarjeta la tiene don [[PERSON|segundo]] el número de mi cuenta sale en el papelito [[OTHER_ID|0011 0243 0200184567]]
O: esto que describe puede ser trabajo forzoso y trata con fines de explotación laboral que está en el artículo ciento veintinueve a del código penal y hay menores de edad así que vamos a derivar el caso a la fiscalía y a la policía de [[LOCATION|trujillo]] y también a la sunafil tiene un número donde lo podamos llamar
C: sí es el [[PHONE_NUMBER|nueve cinco dos]] no no perdón ese es el chip antiguo el nuevo es [[PHONE_NUMBER|nueve cinco tres cuarenta y cuatro dieciocho ochenta y siete]]
O: le repito [[PHONE_NUMBER|nueve cinco tres cuatro cuatro uno ocho ocho siete]] a qué hora lo puedo llamar sin que lo escuchen
C: después de las siete de la noche cuando regresamos del campo o si no escríbame nomás
O: perfecto y don [[PERSON|segundo]] tiene algún número
C: sí él nos llamaba del [[PHONE_NUMBER|nueve nueve ocho cero cero cuatro dos uno tres]] y su esposa es la que cocina la señora [[PERSON|rosa]] pero ella tampoco nos deja salir ni al pueblo
O: [[PERSON|wilmer]] hizo muy bien en llamar no se enfrente al capataz y si alguien está en peligro llame al ciento cinco o aquí mismo a cualquier hora
C: ya señorita una cosa mi mamá está en [[LOCATION|cajabamba]] preocupada su número es [[PHONE_NUMBER|nueve siete seis uno dos ocho cero cero cinco]] por si no me encuentran a mí se llama [[PERSON|julia terrones]] vive en el [[ADDRESS|jirón lloque yupanqui cuatrocientos ochenta y dos a una cuadra del mercado]]
O: anotado mañana lo llamamos para contarle cómo avanza y recuerde que usted no ha hecho nada malo
C: gracias señorita ya me voy que ahí viene el camión del [[PERSON|tigrillo]]
""",
    ),
    (
        "h29-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches
C: aló aló señorita me escucha disculpe que hable bajito
O: sí te escucho bien estás en peligro ahora
C: estoy encerrada en el baño de un departamento en [[LOCATION|arequipa]] no me dejan salir ni a mí ni a las otras chicas
O: tranquila vamos a ayudarte cómo te llamas
C: [[PERSON|milagros]] pero me dicen [[PERSON|mila]] [[PERSON|milagros ccori quispe]] tengo [[AGE|diecisiete]] pero a ellos les dije que tenía [[AGE|dieciocho]] porque así me pidieron
O: gracias [[PERSON|mila]] sabes la dirección de ese departamento
C: la dirección exacta no pero es en [[LOCATION|cerro colorado]] en la [[ADDRESS|variante de uchumayo al frente de un grifo que tiene un minimarket]] es un edificio de cinco pisos de ladrillo sin tarrajear y estamos en el [[ADDRESS|departamento cuatrocientos dos del cuarto piso]] la puerta tiene un candado por fuera
O: cuántas chicas son hay otras menores de edad
C: somos cuatro hay una chica [[PERSON|dayeli]] que tiene [[AGE|dieciséis]] este celular es de ella se lo escondió a la señora
O: quién las tiene ahí
C: un tal [[PERSON|brayan]] y su pareja la señora [[PERSON|kiara]] nos captaron por tiktok la cuenta es [[OTHER_ID|arroba modelos guion bajo arequipa guion bajo vip]] decían que era para modelar ropa y ganar dos mil soles semanales pero nos hacen conectar en cámara con hombres y a veces nos llevan a hoteles casi siempre al [[ORGANIZATION|hostal mirador del chachani]] que está por la [[ADDRESS|avenida ejército a la espalda del cine]]
O: cuánto tiempo llevas ahí
C: tres semanas llegué de [[LOCATION|ilo]] [[DATE_TIME|el sábado cuatro]] y nos quitaron el dni y el celular todos los días nos hacen conectar de ocho de la noche a cuatro de la mañana
O: sabes tu número de dni
C: sí [[ID_NUMBER|siete cuatro dos tres cero uno uno ocho]] y nací [[DATE_TIME|el nueve de noviembre del dos mil siete]] por si lo necesitan
O: [[PERSON|mila]] voy a mandar a la policía ahora mismo al edificio hay alguien más ahí contigo ahora
C: la señora [[PERSON|kiara]] está en la sala viendo tele y el [[PERSON|brayan]] dijo que viene a [[DATE_TIME|las dos de la mañana]] a llevar a dos chicas a un hotel
O: entendido la policía va a llegar antes tiene algún carro ese señor
C: una camioneta roja tipo pickup pero no vi la placa
O: y el dinero que pagan los clientes a dónde va
C: todo va al yape de la señora [[PHONE_NUMBER|nueve siete cero doce treinta y cuatro cincuenta y seis]] y a una cuenta a nombre de [[PERSON|kiara mendoza]] la cuenta es [[OTHER_ID|ocho nueve ocho tres uno cuatro cinco seis siete dos cero uno nueve]] la vi en la pantalla de su celular
O: muy bien eso es importante y a ti cómo te podemos contactar después
C: mi celular lo tiene ella pero tengo mi correo [[EMAIL_ADDRESS|mila punto ccori dos mil siete arroba gmail punto com]] y el número de mi mamá en [[LOCATION|ilo]] es [[PHONE_NUMBER|nueve cinco uno cuatro cero ocho siete siete dos]] se llama [[PERSON|luz quispe mamani]]
O: gracias [[PERSON|mila]] escúchame quédate en el baño o con [[PERSON|dayeli]] en un solo cuarto cuando escuches a la policía di tu nombre fuerte nosotros vamos a avisar a tu mamá y a la fiscalía
C: ya ya ay la señora apagó la luz del pasadizo creo que viene
O: tranquila no cuelgues si no puedes hablar solo quédate en silencio la patrulla ya está saliendo
C: ya señorita gracias voy a guardar el celular
""",
    ),
    (
        "h29-cased-es-01",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla la obstetra [[PERSON|Karina Rojas Meza]], trabajo en el puesto de salud de [[LOCATION|Pichanaki]], en [[LOCATION|Chanchamayo]]. Llamo por una paciente adolescente que me tiene preocupada.
O: Gracias por llamar, licenciada. Cuénteme, por favor.
C: Ayer, [[DATE_TIME|lunes 3 de marzo]], vino a su control una chica de la comunidad nativa de [[LOCATION|Alto Sancachari]]. Se llama [[PERSON|Yaneth Camaiteri Quinchori]], tiene [[AGE|15 años]] y está de 20 semanas de gestación. La trajo un señor que dice ser su tío, pero ella casi no hablaba delante de él.
O: ¿Qué le contó ella?
C: Cuando él salió a la farmacia, me dijo que desde los [[AGE|13 años]] la tienen trabajando en una chacra de café y en la casa de una familia, sin pago, y que el dueño es el papá de su bebé. Me pidió que no le diga nada al tío, que la van a castigar.
O: Lo que me cuenta es muy grave: hay explotación laboral y violencia sexual contra una menor. ¿Sabe el nombre del dueño?
C: Ella lo llama el [[PERSON|Inge]]. Se llama [[PERSON|Wilfredo Paucar Salas]] y tiene una empresa que exporta café, [[ORGANIZATION|Agroexportadora Selva Alta S.A.C.]]; el RUC sale en una boleta que ella traía en la mochila: [[ID_NUMBER|20487156320]].
O: ¿Y el señor que dice ser su tío?
C: Se registró como [[PERSON|Eusebio Camaiteri]], con DNI [[ID_NUMBER|20947561]]. Vinieron en una mototaxi azul, la placa es [[OTHER_ID|4521-8W]]. La anoté desde la ventana.
O: Muy bien hecho. ¿Sabe dónde queda la chacra?
C: Ella me explicó, y yo conozco la zona porque hacemos visitas. Es por el lado de [[LOCATION|Mazamari]]. En [[ADDRESS|el desvío del kilómetro 9 se entra a la izquierda por una trocha, se cruza el puente colgante y es la segunda casa de madera con techo de calamina, pasando la capilla adventista]].
O: Gracias. ¿Dónde está la adolescente ahora?
C: Se fueron juntos ayer en la tarde. Le di cita para [[DATE_TIME|el martes 11 a las 9 de la mañana]], para su ecografía. Si vuelve con el tío, no sé qué hacer.
O: Hoy mismo derivamos el caso a la Fiscalía de Familia y a la Policía Nacional en [[LOCATION|Satipo]], y coordinamos con el Centro Emergencia Mujer para que la acompañen. No le diga nada al señor. Si él viene a la cita, usted nos llama y la policía puede intervenir ahí mismo.
C: Está bien. Ella también me dio el número de una prima que vive en [[LOCATION|Satipo]], por si acaso: [[PHONE_NUMBER|942 63 18 07]]. Se llama [[PERSON|Rosaura]] y vive en el [[ADDRESS|jirón Los Cedros, frente al colegio secundario, la casa donde venden helados]].
O: ¿Me lo repite, por favor?
C: [[PHONE_NUMBER|Nueve cuatro dos, sesenta y tres, dieciocho, cero siete]].
O: [[PHONE_NUMBER|942 631 807]]. Gracias. ¿Y sus datos de contacto, licenciada?
C: Mi celular es [[PHONE_NUMBER|964 075 218]] y mi correo es [[EMAIL_ADDRESS|krojas.obst@gmail.com]]. Al puesto también pueden llamar, pero ahí contesta cualquiera.
O: Perfecto. ¿Sabe si hay otros menores trabajando en esa chacra?
C: Ella dijo que en la cosecha, de abril a julio, suben chicos de su comunidad, de [[AGE|12]], [[AGE|14 años]], que duermen en un almacén. Les pagan S/ 15 por lata y les descuentan la comida.
O: Eso lo incluimos en la derivación. Lo que hace ese señor es delito aunque digan que ella "está de acuerdo"; la trata está en el artículo 129-A del Código Penal y en la Ley 28950, y la fiscalía puede actuar sin que la familia denuncie.
C: Entiendo. ¿Y la chica puede ir a un albergue con su bebé?
O: Sí. El Ministerio de la Mujer tiene centros de acogida para adolescentes gestantes; el juez o la fiscalía lo disponen. ¿Ella tiene DNI?
C: Sí, lo vi en la historia clínica: [[ID_NUMBER|78530214]]. Nació [[DATE_TIME|el 11 de agosto de 2009]].
O: Perfecto. La llamo esta tarde con el nombre de la fiscal a cargo. Gracias por su compromiso, licenciada [[PERSON|Rojas]].
C: Gracias a ustedes. Ah, y la línea es gratuita, ¿no? Para dársela a la chica si la vuelvo a ver.
O: Sí, el 0800-2-3232, gratis y las 24 horas. También puede marcar el 105 si hay peligro inmediato.
C: Listo, lo anoto en su carné de control. Hasta luego.
""",
    ),
    (
        "h29-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Disculpe, trabajo en la recepción de un hostal en [[LOCATION|Aguas Verdes]] y acaba de pasar algo que no me gustó nada. No sé si exagero.
O: Hizo bien en llamar. ¿Me dice su nombre y en qué hostal trabaja?
C: Me llamo [[PERSON|Sandra]], [[PERSON|Sandra Cruz Olaya]]. Es el [[ORGANIZATION|Hostal Brisas del Zarumilla]], en la [[ADDRESS|Avenida República del Perú 318, a media cuadra del puente internacional]]. La fachada es celeste, con rejas blancas.
O: Gracias, [[PERSON|Sandra]]. ¿Qué pasó?
C: Hace como veinte minutos, a [[DATE_TIME|las 4 y 20]], llegó un señor con dos chicas que hablan como ecuatorianas. Pidió una sola habitación para los tres. Las chicas se veían bien chiquitas, de [[AGE|14 o 15 años]], pero él me mostró unas cédulas ecuatorianas donde dicen que tienen [[AGE|19]].
O: ¿Le quedó algún dato de las cédulas?
C: Sí, las fotocopiamos, es obligatorio. Una dice [[PERSON|Daniela Cedeño Vera]], cédula [[ID_NUMBER|0705834129]]. La otra es [[PERSON|Mayra Jaramillo]], [[ID_NUMBER|0706219574]]. Pero en la de [[PERSON|Mayra]] se nota que la foto está pegada.
O: ¿Y el señor?
C: Se registró con DNI peruano, [[ID_NUMBER|43917258]], a nombre de [[PERSON|Jhonny Leal Cornejo]]. Vino en un carro negro, un Kia, placa [[OTHER_ID|EAK-583]]; lo dejó en la puerta.
O: ¿Dónde están ahora?
C: Subieron a la [[ADDRESS|habitación 204, segundo piso, la del fondo]]. Él bajó hace un rato a comprar cerveza y la más chiquita le pidió un cargador a mi compañero, y le dijo bajito que no la dejan llamar a su mamá.
O: Esto puede ser trata con fines de explotación sexual de menores. Voy a alertar ahora mismo a la Policía Nacional en [[LOCATION|Zarumilla]] para que vayan al hostal. ¿Está usted segura en la recepción?
C: Sí, estoy con mi compañero, [[PERSON|Ronald]]. ¿Les digo algo a las chicas?
O: No, no las confronte ni le diga nada al señor. Solo procure ver si salen del hostal. ¿Sabe si él es conocido en la zona?
C: [[PERSON|Ronald]] dice que ya vino otras veces, siempre con chicas distintas, que primero las tiene al otro lado de la frontera, en [[LOCATION|Huaquillas]], en [[ADDRESS|un cuarto encima de la cabina de internet de la calle Bolívar]]; la última vez fue [[DATE_TIME|el 28 de diciembre]], para Año Nuevo. Le dicen el [[PERSON|Profe]]. Tiene un Facebook donde ofrece trabajos en [[LOCATION|Tumbes]], el link es [[OTHER_ID|facebook.com/jhonny.leal.empleos]].
O: Muy útil. ¿Me puede dar un número donde la llame la policía?
C: Mi celular, [[PHONE_NUMBER|+51 972 305 118]]. O el fijo del hostal, [[PHONE_NUMBER|072 56 4421]], pero ese lo contesta cualquiera.
O: Perfecto. ¿Le dijo la chica cómo se llama su mamá o de dónde es?
C: Dijo que es de [[LOCATION|Machala]] y que su mamá se llama [[PERSON|Gloria]]. El número se lo anotó a [[PERSON|Ronald]] en una servilleta: [[PHONE_NUMBER|593 98 741 2256]].
O: Gracias. La patrulla está en camino; cuando llegue, dígale al suboficial que usted llamó a la línea. Pase lo que pase, no se ponga en riesgo.
C: Ya regresó él, con dos latas de cerveza y una bolsa. Está subiendo.
O: Tranquila. ¿Tiene un correo del hostal por si la fiscalía pide las fotocopias?
C: Sí, [[EMAIL_ADDRESS|reservas.brisaszarumilla@hotmail.com]]. Ahí las escaneo y las mando.
O: Excelente. Esas cédulas pueden ser falsas, así que la fiscalía y Migraciones las van a necesitar. La llamo en media hora para saber si llegó la patrulla.
C: Gracias, señorita. Le cobré 60 soles por la noche, ¿le devuelvo la plata?
O: No haga nada distinto a lo de siempre; la policía se encarga. Gracias, [[PERSON|Sandra]].
""",
    ),
    (
        "h29-en-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hello? Sorry, English? Please, English? I can talk only some minutes, everybody is sleeping. My name is [[PERSON|Rajesh]], [[PERSON|Rajesh Menon]]. I am from [[LOCATION|India]], from [[LOCATION|Kerala]], near [[LOCATION|Kochi]]. I am [[AGE|26 years]].
O: Yes, I speak English. Okay, [[PERSON|Rajesh]]. Where are you now, and what is happening?
C: I am in [[LOCATION|Lima]], in a garment workshop in [[LOCATION|La Victoria]], near the big clothes market. An agency in [[LOCATION|Kochi]], [[ORGANIZATION|Sunrise Overseas Manpower]], sent me and three more boys. They said supervisor job, 900 dollars each month. I paid them 3,200 dollars; my father took a loan on our land.
O: And what happened when you arrived?
C: We came on [[DATE_TIME|the 3rd of February]]. The owner, Mr. [[PERSON|Efraín]], took our passports, he said for the work permit. We sew from 7 in the morning to 1 at night, every day, no Sunday. He paid us only 150 soles, one time. He says we owe him for the room and food.
O: Can you go out of the building?
C: No. The door of the floor is locked with a chain, only Mr. [[PERSON|Efraín]] and his son [[PERSON|Kevin]] have the key. We sleep there also, on the floor, between the machines.
O: I'm very sorry. Do you know the address of the building?
C: Not the number. It is on [[ADDRESS|Jirón Hipólito Unanue, between a parking lot and the corner with Sebastián Barranca]]. Grey building, a shop for zippers and buttons at the bottom. We are on [[ADDRESS|the seventh floor, the room in the back, behind the cutting tables]]. My friend shared the location on WhatsApp one time, I have it: [[ADDRESS|minus 12.0668, minus 77.0164]].
O: Thank you, that helps a lot. What is the name of the company?
C: On the labels it says [[ORGANIZATION|Confecciones Torres e Hijos]]. He is Mr. [[PERSON|Efraín Torres]]. His son shows the clothes on TikTok, [[OTHER_ID|@kevin.torres.moda]].
O: Do you remember your passport number?
C: Yes. [[ID_NUMBER|R as in Romeo, three zero five nine four seven one]].
O: [[ID_NUMBER|R3059471]]. And the other three workers, are they also from [[LOCATION|India]]?
C: Yes. [[PERSON|Suresh]], he is only [[AGE|19]], [[PERSON|Arun]] and [[PERSON|Vishnu]]. [[PERSON|Suresh]] is sick, he has fever two days, but Mr. [[PERSON|Torres]] says no doctor.
O: We will send the police tonight, and a doctor for [[PERSON|Suresh]]. Which phone are you calling from?
C: This phone is [[PERSON|Arun]]'s. Number is [[PHONE_NUMBER|nine four one, five]]... sorry, [[PHONE_NUMBER|nine four one, six zero two, seven seven three]].
O: [[PHONE_NUMBER|941 602 773]]. Can we send messages to this number?
C: Yes, WhatsApp, but only in the night. My Indian number does not work here, it is [[PHONE_NUMBER|plus 91 98470 21365]].
O: And the agency in [[LOCATION|Kochi]], do you have a contact?
C: The agent is Mr. [[PERSON|Biju Varghese]]. His WhatsApp is [[PHONE_NUMBER|+91 94460 38127]], and his Instagram is [[OTHER_ID|@biju_jobs_abroad]]. He is still sending other boys, I saw it.
O: That's important for the investigation. Do you have an email where we can send you information?
C: Yes, [[EMAIL_ADDRESS|rajesh dot menon ninety seven at gmail dot com]].
O: Got it. [[PERSON|Rajesh]], I'm passing this to the police anti-trafficking unit now. When they arrive, they will call out in English. Keep the phone with you, on silent.
C: Okay. My father is also worried, his name is [[PERSON|Gopalan]]. The agency took the loan money from his bank account, number [[OTHER_ID|3719 0042 8815]]. Can the police get it back?
O: A lawyer can help with that later, with the embassy and the prosecutor. For now, the most important thing is that you are all safe. Is anyone else awake?
C: No. Mr. [[PERSON|Efraín]] comes at 6 in the morning to open.
O: Then the police will come before that. If something changes, call 0800 2 3232 again, it's free, or 105 for the police.
C: Thank you, madam. Thank you so much.
""",
    ),
    (
        "h29-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde... a senhora fala português? Desculpa, meu espanhol é muito ruim.
O: Falo um pouco, sim. Pode falar com calma, eu entendo. Você está em perigo agora?
C: Agora não, saí para comprar pão, estou na padaria da [[ADDRESS|esquina da Larco com a Schell]]. Tenho uns quinze minutos. Meu nome é [[PERSON|Thaís]], [[PERSON|Thaís Aparecida Moura]]. Sou de [[LOCATION|Manaus]], tenho [[AGE|24 anos]].
O: Tudo bem, [[PERSON|Thaís]]. O que está acontecendo?
C: Uma agência me chamou pelo Instagram, [[OTHER_ID|@agencia.lumen.models]], para trabalhar de massagista num spa em [[LOCATION|Lima]]. Disseram que eu ia ganhar 1.500 dólares por mês. Cheguei [[DATE_TIME|dia 5 de abril]]. O spa se chama [[ORGANIZATION|Spa Lótus Dourado]], fica em [[LOCATION|Miraflores]].
O: E no spa, o que acontece?
C: Não é massagem, é programa. Eles obrigam a gente a atender clientes, do meio-dia até as quatro da manhã. A dona, a Dona [[PERSON|Celeste]], pegou meu passaporte e diz que eu devo 4 mil dólares da passagem e do apartamento.
O: Você sabe o número do seu passaporte?
C: Sei, [[ID_NUMBER|FX482913]]. E meu CPF é [[ID_NUMBER|418.276.593-07]], se precisar.
O: Obrigada. Onde fica exatamente o spa?
C: O endereço eu não sei, mas é [[ADDRESS|a rua de trás do parque dos gatos, do lado de uma farmácia, terceiro andar, interfone 302]]. O prédio é cinza, com portão de vidro escuro.
O: Tem outras meninas com você? Alguma menor de idade?
C: Somos seis. Tem uma menina, a [[PERSON|Rayssa]], de [[LOCATION|Belém]], que tem [[AGE|17]]. Ela chora toda noite. As outras são colombianas e venezuelanas.
O: Quem mais trabalha lá além da dona?
C: O marido dela, um peruano que chamam de [[PERSON|Flaco]]. Ele tem um carro branco, a placa é [[OTHER_ID|AVQ-318]]. E tem o segurança, o [[PERSON|Jhon]], que fica na porta.
O: E a dívida, eles cobram como?
C: Tudo que o cliente paga fica com eles. E a minha mãe já mandou R$ 800 por Pix pra [[PERSON|Celeste]], a chave é o e-mail [[EMAIL_ADDRESS|celeste.lumen@outlook.com]]. Ela ameaça mandar fotos minhas pra minha família se eu fugir.
O: Isso é tráfico de pessoas, [[PERSON|Thaís]], e você é vítima, não culpada. Nós podemos mandar a polícia e levar você e a [[PERSON|Rayssa]] para um abrigo. Você quer sair de lá?
C: Quero, mas hoje não dá, ela tá desconfiada. Amanhã, [[DATE_TIME|sexta]], ela vai no banco de manhã cedo. Aí dá.
O: Combinado. Qual número é seguro para a gente falar com você?
C: O chip peruano que ela me deu, ela olha. Melhor o WhatsApp da minha mãe em [[LOCATION|Manaus]]: [[PHONE_NUMBER|noventa e dois, nove nove um três quatro, vinte e dois zero sete]]. Ela se chama [[PERSON|Rosângela]].
O: Repito: [[PHONE_NUMBER|(92) 99134-2207]], [[PERSON|Rosângela]]. E você tem algum número próprio?
C: Tenho o peruano, [[PHONE_NUMBER|961 874 230]], mas só mensagem, por favor, nunca ligação.
O: Entendido. Amanhã de manhã a polícia e uma colega nossa vão estar perto do prédio. Quando a [[PERSON|Celeste]] sair, você manda uma mensagem só com a palavra "pão". O consulado brasileiro também pode ajudar com o passaporte depois.
C: "Pão". Tá bom. Meu Deus, obrigada.
O: Se acontecer alguma coisa antes, liga para este número, 0800 2 3232, é grátis, ou para o 105, que é a polícia daqui. Aqui não funciona o 190.
C: Entendi. Preciso voltar, senão ela desconfia. Obrigada, de verdade.
""",
    ),
    (
        "h29-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Epa, buenas noches, mi amor. Disculpe, ¿aquí es donde uno denuncia lo de las chamas que ponen a trabajar en la calle?
O: Sí, aquí puede reportarlo. Cuénteme con calma.
C: Mire, yo soy [[PERSON|Oriana]], [[PERSON|Oriana Mendoza]], venezolana, vivo en [[LOCATION|Los Olivos]] hace tres años. Es por mi prima, [[PERSON|Génesis]]. La chama tiene [[AGE|17 añitos]], se vino de [[LOCATION|Valencia]] [[DATE_TIME|el 20 de diciembre]] con un tipo que le dicen el [[PERSON|Catire]].
O: ¿Y qué pasó cuando llegó al [[LOCATION|Perú]]?
C: El [[PERSON|Catire]] le dijo que le iba a conseguir chamba en una peluquería, pero nada, vale. La tiene en un cuarto con otras tres chamas y las pone a trabajar en la calle en las noches. Dice que le deben dos mil dólares del pasaje por [[LOCATION|Cúcuta]] y [[LOCATION|Tumbes]], y que hasta que no paguen no se van.
O: ¿Usted la ha visto en ese lugar?
C: Sí, anoche pasé en el bus y la vi, burda de flaca, con una falda chiquitica. Es en la [[ADDRESS|Panamericana Norte, bajando del puente peatonal amarillo que está frente al centro comercial, del lado que va para el norte, por donde están las llanterías]].
O: ¿Y sabe dónde está el cuarto donde la tienen?
C: Ella me mandó la ubicación una vez. Es en el [[ADDRESS|pasaje San Judas Tadeo, la quinta del portón marrón, el último cuarto del fondo a mano izquierda, al lado de los lavaderos]].
O: Eso es muy útil. ¿Sabe el nombre real del [[PERSON|Catire]]?
C: Él se hace llamar [[PERSON|Yonathan]], [[PERSON|Yonathan Rivas]], pero quién sabe si es verdad. Tiene un Instagram, [[OTHER_ID|@catire.viajes.seguros]], ahí ofrece viajes "seguros" pa' [[LOCATION|Perú]] y [[LOCATION|Chile]]. Y anda en un carro negro, un Accent, placa [[OTHER_ID|BDL-742]].
O: ¿Tiene algún documento de su prima?
C: La cédula de ella me la sé porque le hice el trámite del pasaporte allá: [[ID_NUMBER|ve, treinta y un millones, doscientos cuatro mil, quinientos setenta y ocho]]. El pasaporte se lo quitó él.
O: Le repito: [[ID_NUMBER|V-31.204.578]]. ¿Correcto?
C: Eso, mi amor, ese mismo.
O: ¿Su prima tiene teléfono?
C: Tenía, pero él se lo quitó. A veces me escribe del celular de otra chama, de este número: [[PHONE_NUMBER|926-418-537]]. Y el WhatsApp venezolano de ella era [[PHONE_NUMBER|más cincuenta y ocho, cuatro doce, siete siete tres, cero uno nueve cinco]].
O: ¿Y sus datos, señora [[PERSON|Oriana]]? Por si la policía o la fiscalía necesitan hablar con usted.
C: Mi número es [[PHONE_NUMBER|951 330 864]] y mi correo [[EMAIL_ADDRESS|oriana.mendoza.ve@gmail.com]]. Vivo en la [[ADDRESS|calle Las Magnolias 557, interior B]]. Tengo carné de extranjería, el [[ID_NUMBER|003518764]]. Y le digo una cosa: yo le mandé 300 soles a ese tipo pensando que eran pa' ella, a una cuenta que me pasó, la [[OTHER_ID|0134 0472 8147 2003 9185]], a nombre de [[PERSON|Yonathan Rivas]].
O: Guarde el comprobante de esa transferencia; sirve como prueba. Lo que me describe es trata con fines de explotación sexual de una menor. Vamos a derivar el caso a la policía especializada y a la fiscalía. ¿Ella quiere salir de ahí?
C: Sí, mi amor, ella quiere, pero está muerta de miedo. El [[PERSON|Catire]] le dijo que si habla le hace daño a su mamá en [[LOCATION|Valencia]], que él sabe dónde vive. La mamá es mi tía [[PERSON|Yelitza]].
O: Entiendo. La policía puede hacer un operativo en la quinta, y a su prima la llevaríamos a un albergue para adolescentes. ¿Sabe cuándo está el [[PERSON|Catire]] allí?
C: Los domingos nunca, porque se va a jugar bolas criollas. Los demás días llega como a las diez de la noche a llevárselas.
O: Perfecto. Voy a pasar todo ahora y mañana la llamo. Si ve a su prima en peligro, llame al 105.
C: Dale, chévere. Ah, y el cumpleaños de ella es [[DATE_TIME|el 14 de agosto]], cumple [[AGE|18]]. Yo le digo: chama, aguanta un poquito.
O: Gracias, [[PERSON|Oriana]]. Hizo muy bien en llamar. No vaya sola a la quinta.
C: No, no, yo no me meto allá ni loca. Gracias, mi amor, Dios te bendiga.
""",
    ),
    (
        "h29-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Aló, ¿mamita? Imaynalla, buenas tardes. Disculpe, mamay, yo no hablo bien el castellano. Llamo de la comunidad de [[LOCATION|Qochapampa]], de [[LOCATION|Pacucha]], [[LOCATION|Andahuaylas]].
O: Buenas tardes, papá. Le entiendo bien, hable con calma. ¿Cómo se llama usted?
C: [[PERSON|Teodoro Huillca Ccorahua]], mamita. Soy abuelo del [[PERSON|Rubén]], mi nietito. Por él llamo. Mi hija ha fallecido, yo lo estoy criando al wawa.
O: ¿Qué le pasó a [[PERSON|Rubén]]?
C: Un contratista, don [[PERSON|Máximo Sullca]], vino a la comunidad buscando chicos para la ladrillera en [[LOCATION|Cusco]]. Me dijo: "Taytay, le voy a pagar 400 soles al mes y va a estudiar en la noche". El [[PERSON|Rubén]] quería ayudarme. Se fue [[DATE_TIME|el 29 de junio]], para San Pedro, en el camión de don [[PERSON|Máximo]].
O: ¿Cuántos años tiene [[PERSON|Rubén]]?
C: [[AGE|Catorce añitos]], mamay. Ha nacido [[DATE_TIME|el 2 de febrero del 2011]], en la fiesta de la Candelaria.
O: ¿Y usted ha hablado con él desde que se fue?
C: Una vez, mamita, del celular de otro chico. Llorando me ha dicho: "Papá [[PERSON|Teodoro]], manam munanichu kaypi kayta", no quiero estar aquí. Que trabajan desde las cuatro de la mañana sacando el barro, que no le pagan nada, que don [[PERSON|Máximo]] dice que tiene que pagar el pasaje y la comida. Que le ha pegado con soga. Y colegio no hay, nada.
O: Lo que me cuenta es muy grave, papá. ¿Sabe dónde queda esa ladrillera?
C: En [[LOCATION|San Jerónimo]], dice, en [[LOCATION|Cusco]]. El [[PERSON|Rubén]] me ha explicado: [[ADDRESS|de la carretera, donde está el grifo de la salida al valle, se baja hacia el río, la ladrillera que tiene el horno grande y el portón de calamina verde, al costado de un eucalipto quemado]]. Ahí duermen, en un cuarto de adobe sin puerta.
O: Muy bien. ¿Cuántos chicos hay allí?
C: Seis, dice, de [[LOCATION|Andahuaylas]] y de [[LOCATION|Chincheros]]. Hay uno más chiquito, el [[PERSON|Uchu]] le dicen, de [[AGE|12 años]] nomás, pobrecito. Le dicen así porque come harto uchu, el rocoto.
O: ¿Tiene algún número de don [[PERSON|Máximo]], o los datos del camión?
C: Su número, mamita, mi nuera lo ha apuntado en la pared: [[PHONE_NUMBER|nueve ocho cuatro, dos siete]]... espere, ya, [[PHONE_NUMBER|nueve ocho cuatro, dos siete uno, cero cuatro seis]]. El camión es azul, un Volvo viejo, placa [[OTHER_ID|X3A-915]].
O: Gracias. ¿Y [[PERSON|Rubén]] tiene su DNI con él?
C: Don [[PERSON|Máximo]] se lo ha llevado, dice para el contrato. Pero tengo la copia aquí: [[ID_NUMBER|80451127]]. Se llama [[PERSON|Rubén Quispe Huillca]].
O: Papá [[PERSON|Teodoro]], vamos a pasar esto a la policía y a la fiscalía de [[LOCATION|Cusco]] para que vayan a la ladrillera y saquen a los chicos. Esto es trata de menores. ¿A qué número lo podemos llamar?
C: Yo no tengo celular, mamita. Llame a mi nuera, [[PERSON|Justina Ccopa]], al [[PHONE_NUMBER|951 208 437]]. O a la profesora [[PERSON|Nélida]], del colegio, ella me ha ayudado a llamar. Su correo es [[EMAIL_ADDRESS|nélida punto huamaní arroba hotmail punto com]].
O: Anotado. Y si no contestan, ¿cómo lo ubicamos a usted en la comunidad?
C: Pregunte por [[PERSON|Teodoro]], todos me conocen. El teniente gobernador, don [[PERSON|Florencio]], también sabe. [[ADDRESS|De la plaza se sube por el camino de herradura, pasando el ojo de agua, la casita de adobe con la cruz de fierro en el techo, al lado del molino]]. Ahí vivo con mis ovejitas.
O: Gracias, papá. Usted no ha hecho nada malo; el que se llevó a su nieto sí. Mañana lo llama alguien de la fiscalía o de nosotros, y le avisamos cuando tengamos noticias de [[PERSON|Rubén]]. También vamos a avisar a la DEMUNA.
C: Diospagrasunki, mamita. Sulpayki. Que el taytacha te bendiga. Mi urpichay, mi [[PERSON|Rubén]], que vuelva nomás.
O: Así será, papá. Cualquier cosa, su nuera puede llamar gratis a este número, las 24 horas.
C: Ya, mamita. Allinllam. Hasta luego.
""",
    ),
    (
        "h29-trucker-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Mire, soy camionero, estoy en ruta de [[LOCATION|Cusco]] a [[LOCATION|Puerto Maldonado]] y acabo de ver algo que no me deja tranquilo. Disculpe el ruido, hay motores prendidos.
O: No se preocupe, le escucho. ¿Me puede decir su nombre?
C: [[PERSON|Luis Alberto Sánchez Pinto]], pero en la ruta todos me dicen [[PERSON|Lucho]]. Manejo para [[ORGANIZATION|Transportes Kallpa Sur]].
O: Gracias, señor [[PERSON|Luis]]. ¿Dónde se encuentra ahora?
C: Estacionado a la altura del [[ADDRESS|kilómetro 163 de la Interoceánica, en el grifo donde paran los cisternas]], pasando [[LOCATION|Mazuco]]. Aquí dormimos los camioneros.
O: ¿Qué fue lo que vio?
C: [[ADDRESS|Al frente del grifo, cruzando la pista]], hay un local de madera que se llama [[ORGANIZATION|La Chocita del Amor]], con luces rojas. Entré a comer algo y hay chicas atendiendo que son niñas, señorita, de [[AGE|14]], [[AGE|15 años]], maquilladas como mayores. Una se me acercó y me dijo bajito "ayúdeme, soy de [[LOCATION|Sicuani]], no me dejan ir".
O: ¿Le dijo su nombre?
C: [[PERSON|Sheyla]], me dijo. Tiene [[AGE|15]], me contó. Y me dio un papelito doblado, lo tengo aquí. Dice "mamá [[PERSON|Agripina]]" y un número.
O: ¿Me puede leer el número, por favor?
C: [[PHONE_NUMBER|Nueve siete cuatro, cinco cero]]... no, es un seis, la letra está corrida... [[PHONE_NUMBER|nueve siete cuatro, seis cero uno, ocho ocho dos]]. Y abajo hay ocho números más, debe ser su DNI: [[ID_NUMBER|78012694]].
O: Le repito el número de la mamá: [[PHONE_NUMBER|974 601 882]]. Y el DNI, [[ID_NUMBER|78012694]]. ¿Correcto?
C: Correcto, señorita.
O: ¿Quién administra ese local?
C: Una señora gorda que le dicen la tía [[PERSON|Elva]], ella cobra. Y hay un hombre con una camioneta Hilux plateada, placa [[OTHER_ID|V5R-629]], que a eso de [[DATE_TIME|las once y cuarto]] se llevó a dos de las chicas para el lado de las minas.
O: Señor [[PERSON|Luis]], lo que describe es explotación sexual de menores y posiblemente trata. Voy a comunicarme ahora con la comisaría de [[LOCATION|Mazuco]] y con la unidad especializada de [[LOCATION|Puerto Maldonado]]. ¿Usted está seguro ahí?
C: Sí, estoy en mi cabina con la puerta cerrada. Mi camión es un Volvo blanco con carreta, placa [[OTHER_ID|C4T-817]], por si la policía me busca.
O: Gracias. ¿Me da un número donde la policía lo pueda llamar?
C: Mi celular es [[PHONE_NUMBER|+51 984 730 226]], pero aquí la señal va y viene. Si no, la base de la empresa en [[LOCATION|Cusco]], [[PHONE_NUMBER|084 24 6391]], o el correo [[EMAIL_ADDRESS|operaciones@kallpasur.com.pe]]; ellos me ubican por el GPS.
O: Perfecto. Para el registro, ¿me dice su DNI o su brevete?
C: Mi brevete es [[ID_NUMBER|Q43871529]], el DNI es el mismo sin la Q. Y el RUC de la empresa, si le sirve, [[ID_NUMBER|20601839475]].
O: Muy bien. No vuelva a entrar al local ni confronte a nadie. La policía va a tardar un poco, la comisaría está a unos 40 minutos.
C: Entendido. Normalmente salimos de madrugada para [[LOCATION|Puerto]], pero hoy me quedo hasta que lleguen, aunque me descuenten el día. Llevo 30 toneladas de cemento.
O: Se lo agradezco mucho. ¿Ha visto a [[PERSON|Sheyla]] otra vez?
C: No, la tía [[PERSON|Elva]] la metió para adentro cuando vio que hablábamos. Por eso me preocupa.
O: Vamos a llamar también a la mamá de [[PERSON|Sheyla]]. Señor [[PERSON|Luis]], si ve que se llevan a más chicas, llámenos al toque, al 0800-2-3232, o al 105.
C: Ya, señorita. Yo tengo una hija de [[AGE|13]], ¿sabe? Por eso no podía quedarme callado.
O: Hizo lo correcto. En media hora lo llamo para confirmar que la patrulla salió.
C: Aquí espero. Gracias, señorita.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h29-", "heldout29.jsonl")
