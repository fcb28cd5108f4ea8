#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h30: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py (annotation conventions) and make_heldout.py (markup and
write_set); none of the redactor's code, tests, data or results were seen.

Styles: three lowercase, unpunctuated speech-recogniser transcripts in Spanish (fillers,
self-corrections, repetitions, numbers in words, digits one by one or in pairs, a number
split across turns); two cased, punctuated Spanish calls; one second-language English
call (a fisherman on a foreign vessel); one Brazilian Portuguese call; one Venezuelan
Spanish call; one Andean Spanish call with Quechua words; one Colombian-Spanish
professional caller (a psychologist at a shelter in Loreto).

All people, phone numbers, IDs, addresses, plates, accounts, e-mails, handles, boats and
businesses are invented; towns, districts, regions and countries are real.

Conventions follow make_dev.py: PERSON spans exclude titles and articles ("la [[china]]",
"don [[fortunato]]"); ID/plate/phone spans exclude the cue word; AGE includes the unit
when said; DATE_TIME covers explicit dates, named weekdays and clock times tied to an
event (article kept), not relative words or routine schedules; named street addresses are
labelled without the leading preposition/article, descriptive place phrases keep their
article; a ship or boat that is the place where people are held is an ADDRESS; self-
corrected and split fragments of an identifier are each labelled. Traps left unlabelled:
money, durations, counts, seat-free schedules, article 129-A, the hotline number
(0800-2-3232 in digits or words), 105, Línea 100, public institutions, banks and apps,
nationality adjectives, and common words that equal a name in the same call (rosa, luz,
paz, dolores, segundo, colorado, paisa, soledad).

Run: python3 make_heldout30.py  (writes heldout30.jsonl next to it)
"""

CALLS = [
    # ------------------------------------------------------------------ lowercase 1 ----
    (
        "h30-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló sí buenas noches eh señorita este le llamo porque o sea no sé si es acá pero en mi cuadra hay algo raro con unas chicas
O: sí señora está llamando al lugar correcto cuénteme con calma está usted en un lugar seguro
C: sí sí estoy en mi casa mi esposo está trabajando eh mire yo vivo en [[LOCATION|carabayllo]] y al frente de mi casa en la [[ADDRESS|manzana ce lote doce]] no perdón en la [[ADDRESS|manzana ce lote trece del asentamiento humano villa los jazmines]] hay una casa que alquila cuartos
O: ya [[ADDRESS|manzana c lote trece]] y qué es lo que pasa en esa casa
C: ahí vive una señora que le dicen la [[PERSON|china]] eh [[PERSON|china rosales]] creo que se apellida y ella trae chicas jovencitas de la selva de [[LOCATION|pucallpa]] dice y las tiene en los cuartos de arriba en el tercer piso
O: cuántas chicas ha visto usted
C: eh tres a veces cuatro cinco van cambiando hay una bien chiquita que se llama [[PERSON|rosa]] le dicen [[PERSON|rosita]] siempre anda con un polo rosa y ella me dijo que tiene [[AGE|quince]] no [[AGE|catorce años]] me dijo [[AGE|catorce]]
O: y cómo es que usted habló con ella
C: porque la [[PERSON|rosita]] sale a comprar pan a la bodega de mi hermana y ahí me contó que vino a trabajar de niñera y que la [[PERSON|china]] le dijo que le debe el pasaje y la comida que le debe como ochocientos soles y que no puede irse hasta pagar
O: entiendo y ha visto algo más que le preocupe
C: sí señorita en la noche llegan hombres pe llegan en mototaxi en carro y la [[PERSON|china]] cobra en la puerta cincuenta soles yo la he visto contar la plata y a veces se escucha llorar a las chicas la calle es oscura no hay luz en el poste pero igual se ve
O: ha podido ver algún vehículo que llegue seguido
C: sí una camioneta plomo que viene todos los viernes la maneja un señor gordo que le dicen [[PERSON|tigrillo]] la placa es [[OTHER_ID|a cinco x cuatro cinco nueve]] la tengo anotada en mi cuaderno
O: [[OTHER_ID|a cinco equis cuatro cinco nueve]] perfecto y sabe el nombre de ese señor
C: [[PERSON|jhony]] creo [[PERSON|jhony ramos]] en el facebook sale como [[OTHER_ID|tigrillo punto ramos noventa]] ahí sube fotos con las chicas
O: muy bien cuándo fue la última vez que vio llegar a los hombres
C: [[DATE_TIME|el sábado]] como a [[DATE_TIME|las once de la noche]] llegaron como seis y se quedaron hasta tarde y ayer también
O: señora lo que usted describe puede ser trata con fines de explotación sexual y hay una menor de edad vamos a informar a la policía para que intervengan usted ha hecho alguna denuncia antes
C: yo llamé al ciento cinco hace como dos semanas pero no vinieron pues por eso una vecina me pasó este número el cero ochocientos dos treinta y dos treinta y dos
O: hizo muy bien en llamar me podría dejar un número de contacto no vamos a dar su nombre a nadie
C: ya es el [[PHONE_NUMBER|nueve ochenta y siete]]
O: ajá
C: [[PHONE_NUMBER|cuarenta y cinco doce treinta]] ese es mi celular
O: le repito [[PHONE_NUMBER|987 451 230]] es correcto
C: sí eso es y si no contesto este el de mi hija es [[PHONE_NUMBER|nueve cuatro cero]] eh [[PHONE_NUMBER|nueve cuatro cero dos dos uno siete siete ocho]]
O: y cómo se llama usted señora si desea decirme
C: me llamo [[PERSON|luz marina]] nomás pues señorita no quiero dar mi apellido
O: gracias señora [[PERSON|luz marina]] y la [[PERSON|rosita]] le ha dicho de dónde es exactamente
C: de [[LOCATION|pucallpa]] de [[LOCATION|yarinacocha]] me dijo y que su mamá se llama [[PERSON|milagros]] pero no tiene su número porque la [[PERSON|china]] le quitó el celular
O: muy bien vamos a pasar esta información ahora mismo a la policía y a la fiscalía le pido que no se acerque a la casa ni le diga nada a la señora
C: no no ni loca esa señora es brava ya gracias señorita que dios le pague
O: gracias a usted señora mañana la llamamos para contarle si la policía fue
C: ya señorita buenas noches
""",
    ),
    # ------------------------------------------------------------------ lowercase 2 ----
    (
        "h30-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: aló sí hola eh buenas tardes este no sé si me puede ayudar es que o sea yo trabajo en un mercado y mi jefe no me deja irme
O: claro que sí te escucho estás bien puedes hablar ahorita
C: sí o sea ahorita estoy en el baño del mercado porque el don no me deja usar el celular normal me lo quita
O: entiendo cómo te llamas y cuántos años tienes
C: [[PERSON|kevin]] [[PERSON|kevin huamán castro]] tengo [[AGE|dieciséis]] o sea cumplo [[AGE|diecisiete]] [[DATE_TIME|el veinte de octubre]]
O: ya [[PERSON|kevin]] de dónde eres y dónde estás ahora
C: soy de [[LOCATION|pampas]] de [[LOCATION|tayacaja]] en [[LOCATION|huancavelica]] y ahora estoy en [[LOCATION|huancayo]] trabajo en el [[ADDRESS|puesto ciento doce del segundo piso del mercado modelo al fondo al lado de la escalera]] vendemos ropa de bebé
O: quién es tu jefe
C: don [[PERSON|fortunato]] [[PERSON|fortunato llacza]] y su señora la [[PERSON|mery]] ellos me trajeron de mi pueblo le dijeron a mi mamá que me iban a hacer estudiar en la noche y pagar cuatrocientos soles al mes
O: y te pagan
C: no nada o sea los primeros dos meses me dieron cincuenta soles y después dijeron que ya no porque les debo el pasaje la comida el cuarto y ya van a ser ocho meses que estoy acá
O: dónde duermes [[PERSON|kevin]]
C: en el mismo puesto o sea en la noche bajan la reja y yo duermo atrás encima de los fardos de ropa con una frazada y me dejan encerrado con candado hasta las seis de la mañana y ya tengo dolores de espalda de tanto cargar fardos
O: te han pegado o amenazado
C: sí don [[PERSON|fortunato]] me pegó con la correa cuando se perdió un paquete y dice que si me escapo va a denunciar que le robé y la policía me va a llevar al correccional
O: eso no es cierto [[PERSON|kevin]] tú no has hecho nada malo eres menor de edad y lo que te hacen es un delito tienes tu dni contigo
C: no lo tiene la señora [[PERSON|mery]] pero me sé el número es [[ID_NUMBER|siete cuatro ocho ocho]] no no espere [[ID_NUMBER|siete cuatro ocho nueve cero dos uno cinco]]
O: [[ID_NUMBER|74890215]] a ver confírmame
C: sí ese es
O: tienes algún número de tu mamá o de algún familiar
C: mi mamá se llama [[PERSON|dolores]] [[PERSON|dolores castro]] su celular es [[PHONE_NUMBER|nueve cinco uno]] eh [[PHONE_NUMBER|nueve cinco uno tres tres ocho cero cuatro dos]] pero allá en la chacra casi no hay señal
O: y este número desde el que llamas es tuyo
C: no es de un amigo el [[PERSON|brayan]] que trabaja en el puesto de al lado él me ayudó a buscar el número de ustedes
O: podemos escribirte a algún lado sin que se entere tu jefe
C: o sea tengo tiktok y correo mi tiktok es [[OTHER_ID|arroba kevin hc cero ocho]] y mi correo es [[EMAIL_ADDRESS|kevin guion bajo hc dos mil ocho arroba gmail punto com]] pero el correo lo reviso cuando el [[PERSON|brayan]] me presta el celular
O: muy bien y a qué hora hay menos gente para que la policía pueda ir a buscarte
C: en la mañana tempranito don [[PERSON|fortunato]] se va al mayorista a comprar y me deja solo con la señora [[PERSON|mery]]
O: y sabes dónde vive don [[PERSON|fortunato]]
C: sí en [[LOCATION|el tambo]] es [[ADDRESS|la casa de ladrillo con cochera verde al costado de la botica dos cuadras para arriba de la plaza]] ahí he ido a cargar fardos
O: ya vamos a coordinar con la policía y con la fiscalía de familia para que vayan mañana temprano al mercado tú no tienes que hacer nada solo quédate en el puesto y cuando llegue la policía diles que llamaste a la línea
C: ya ya pero no le van a hacer nada a mi mamá no
O: no a tu mamá la vamos a llamar para que sepa que estás bien y a ti te vamos a llevar a un lugar seguro también hay psicólogos que te pueden ayudar
C: ya gracias señorita es que a veces ya no aguanto
O: lo estás haciendo muy bien [[PERSON|kevin]] si pasa algo antes llama al cero ochocientos dos treinta y dos treinta y dos es gratis o a la línea cien
C: ya ya gracias chau
""",
    ),
    # ------------------------------------------------------------------ lowercase 3 ----
    (
        "h30-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches amiga mire le llamo de de de [[LOCATION|tumbes]] de [[LOCATION|aguas verdes]] yo soy mototaxista y hay una cosa que que me tiene preocupado
O: gracias por llamar cuénteme qué ha pasado
C: mire anoche en [[ADDRESS|la puerta del hostal de tres pisos detrás del grifo de la entrada]] me tomaron una carrera dos chicas jovencitas ecuatorianas tendrían [[AGE|dieciséis diecisiete años]] por ahí y me pidieron que las lleve al al puente internacional que se querían regresar a [[LOCATION|huaquillas]] y lloraban
O: y qué pasó
C: que a media cuadra nos cerró un carro un yaris blanco y se bajó un tipo grandazo que le dicen el [[PERSON|colorado]] y las bajó a la fuerza a las dos y a mí me dijo que me olvide de lo que vi o me quema el mototaxi y eso que mi mototaxi es colorado igualito que él se va a acordar
O: vio la placa del carro
C: sí sí la vi clarito [[OTHER_ID|t1k cuatro siete ocho]] la placa del yaris
O: y sabe a dónde las llevaron
C: sí pues todos los mototaxistas sabemos es el night club [[ORGANIZATION|las gaviotas]] en la [[ADDRESS|panamericana norte kilómetro mil doscientos sesenta y ocho entrando por la trocha al costado de la llantería]]
O: las chicas le dijeron algo de su situación
C: la más chiquita me dijo que se llama [[PERSON|paz]] [[PERSON|paz mendoza]] de [[LOCATION|machala]] que tiene [[AGE|quince]] y que las trajeron con engaños para trabajar en una pollería y que el [[PERSON|colorado]] les quitó la cédula a las dos y ella ella me decía yo solo quiero que me dejen en paz quiero ir a mi casa
O: le dijo el nombre de la otra chica
C: [[PERSON|génesis]] nomás y la [[PERSON|génesis]] me pasó un papelito con el número de su mamá en [[LOCATION|ecuador]]
O: lo tiene a la mano
C: sí aquí está es [[PHONE_NUMBER|más cinco nueve tres]] eh [[PHONE_NUMBER|nueve ocho siete]] no espere la letra es fea [[PHONE_NUMBER|más cinco nueve tres nueve ocho uno siete dos cuatro seis cero cinco]]
O: le repito [[PHONE_NUMBER|+593 98 172 4605]]
C: eso es eso es
O: y de la cédula de las chicas recuerda algo o algún otro dato
C: no pero la [[PERSON|paz]] me dijo que su mamá ya puso la denuncia allá en la dinapen de [[LOCATION|machala]] y que está su foto en facebook de desaparecida
O: eso es muy importante a qué hora pasó todo esto
C: fue [[DATE_TIME|el jueves]] como a [[DATE_TIME|las diez y cuarenta de la noche]] yo estaba saliendo de mi último turno
O: usted está a salvo ese hombre sabe quién es usted
C: sí me conoce pues me ha visto en [[ADDRESS|el paradero de la esquina del mercado de aguas verdes con la avenida república del perú]] ahí ahí paramos todos los mototaxis
O: le pido que tenga cuidado y no vuelva a pasar por ese local vamos a informar a la policía de [[LOCATION|tumbes]] y a la división de trata para que vayan hoy mismo y también vamos a avisar a las autoridades de [[LOCATION|ecuador]] por la menor me deja su nombre y un número
C: [[PERSON|segundo]] me llamo [[PERSON|segundo alama peña]] y mi número es [[PHONE_NUMBER|más cincuenta y uno nueve seis ocho]]
O: sí
C: [[PHONE_NUMBER|dos cero tres cuatro cuatro uno]]
O: un segundo que lo anoto [[PHONE_NUMBER|968 203 441]] listo
C: eso es amiga y mi dni si quiere es [[ID_NUMBER|cuarenta y seis treinta y ocho veintidós diecinueve]] para que vea que no es broma
O: gracias don [[PERSON|segundo]] lo anoto si vuelve a ver el carro no lo siga llame al ciento cinco o a nosotros
C: ya amiga ojalá encuentren a esas chiquitas pobrecitas lloraban
O: hizo muy bien en llamar lo vamos a llamar mañana para contarle
C: ya gracias buenas noches
""",
    ),
    # ------------------------------------------------------------------- cased es 1 ----
    (
        "h30-es-04",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Mi nombre es [[PERSON|Wilmer Chuquilín Tasilla]], llamo desde [[LOCATION|Cajamarca]], de [[LOCATION|Bambamarca]]. Es por mi hermano menor, que está trabajando en un taller de costura en [[LOCATION|Lima]] y creo que lo tienen encerrado.
O: Gracias por llamar, señor [[PERSON|Wilmer]]. ¿Cómo se llama su hermano y cuántos años tiene?
C: [[PERSON|Elmer Chuquilín Tasilla]]. Tiene [[AGE|17 años]], los cumplió [[DATE_TIME|el 3 de enero]]. Se fue hace cinco meses con un señor que vino al pueblo ofreciendo trabajo.
O: ¿Quién es ese señor?
C: Se llama [[PERSON|Teodoro Rojas]], pero en el pueblo le dicen "[[PERSON|Profe]]" porque antes enseñaba. Tiene una empresa, [[ORGANIZATION|Confecciones Teo Rojas S.A.C.]], el RUC está en la boleta que le mandó a mi mamá: [[ID_NUMBER|20604871235]].
O: ¿Dónde queda el taller?
C: En [[LOCATION|La Victoria]]. Mi hermano me mandó su ubicación: es en el [[ADDRESS|Jirón Antonio Bazo 1148, interior 7, cuarto piso]]; es una puerta de fierro sin letrero.
O: ¿Qué le ha contado su hermano?
C: Que trabajan de siete de la mañana a once de la noche, que son como doce chicos, varios menores, cosiendo polos. Les prometieron 900 soles, pero les pagan 150 y les descuentan el cuarto. Duermen en el mismo taller, debajo de las máquinas, y el señor cierra con llave cuando se va. Los polos los venden en el [[ADDRESS|stand 318 del tercer piso de la galería Santa Lucía]], que también es de él.
O: ¿Alguno está herido o enfermo?
C: Mi hermano se cortó la mano con una máquina hace dos semanas y no lo llevaron a la posta. Le amarraron un trapo nomás.
O: ¿Cuándo fue la última vez que habló con él?
C: [[DATE_TIME|El domingo 18]], en la noche. Me llamó del celular de un compañero, un chico que se llama [[PERSON|Ángel]], del [[PHONE_NUMBER|926 381 047]]. Desde ahí no sé nada.
O: ¿Su hermano tiene su DNI?
C: No, el señor se lo quitó "para la planilla". Pero yo tengo la foto: es el [[ID_NUMBER|75812406]].
O: ¿Y ustedes han tenido que pagar algo?
C: Sí, eso también. El señor [[PERSON|Rojas]] le dijo a mi mamá que mi hermano le debe 2,400 soles por los pasajes y por una máquina que malogró, y que si no paga, no lo suelta. Mi mamá ya le depositó 500 soles a su cuenta del BCP, la [[OTHER_ID|193-45871236-0-48]]. Y le sigue pidiendo más.
O: Esa deuda no es legal y no deben seguir depositando. Lo que me describe es trata con fines de explotación laboral, que está penada en el artículo 129-A del Código Penal, y además hay menores de edad. ¿Tiene algún mensaje de ese señor?
C: Sí, le escribe a mi mamá por WhatsApp, del [[PHONE_NUMBER|+51 944 720 518]]. Y en Facebook tiene una página donde ofrece trabajo, [[OTHER_ID|facebook.com/confecciones.teo.rojas]]; ahí sale su foto.
O: Muy bien, todo eso sirve como prueba. ¿Usted está en [[LOCATION|Cajamarca]] ahora?
C: Sí, pero puedo viajar a [[LOCATION|Lima]]. Tengo una prima que vive en [[LOCATION|San Juan de Lurigancho]], en la [[ADDRESS|Av. Próceres de la Independencia cuadra 25, al frente del paradero Los Postes]]; ahí me podría quedar.
O: Perfecto. ¿A qué número lo llamamos?
C: Es un fijo, el [[PHONE_NUMBER|076-352198]], de la tienda de mi tío. Mi celular es [[PHONE_NUMBER|976 540 312]], pero en la chacra no entra la señal. Y mi correo es [[EMAIL_ADDRESS|wilmer.chuquilin@hotmail.com]].
O: Gracias. Vamos a informar ahora mismo a la Policía Nacional, a la Fiscalía especializada en trata y a SUNAFIL para que intervengan el taller. ¿Su hermano sabe que usted nos llamó?
C: No, no he podido hablar con él. ¿Le van a hacer algo a él por trabajar ahí?
O: No, su hermano es víctima. Lo van a rescatar y, como es menor, el Ministerio de la Mujer lo va a proteger hasta que usted o su mamá vayan a recogerlo.
C: Gracias, señorita. Mi mamá no duerme desde hace semanas.
O: Lo entiendo. Mañana le devolvemos la llamada, y si su hermano se comunica, dígale que puede llamar gratis al 0800-2-3232.
C: Ya, así le digo. Muchas gracias.
""",
    ),
    # ------------------------------------------------------------------- cased es 2 ----
    (
        "h30-es-05",
        "es",
        """
O: Línea contra la trata de personas, buenas noches.
C: Buenas noches, señorita. Le habla [[PERSON|Milagros Zegarra]], trabajo en la boletería de [[ORGANIZATION|Transportes Misti Express]] en el terminal terrestre de [[LOCATION|Arequipa]]. Creo que es urgente.
O: La escucho, señora [[PERSON|Milagros]].
C: Hay un señor que ha comprado pasajes para él y tres chicas para [[LOCATION|Tacna]], en el bus de [[DATE_TIME|las 21:30]]. Las chicas se ven muy jovencitas, tienen uniforme de colegio debajo de las casacas, no hablan y ni lo miran. Una estaba llorando en el baño.
O: ¿Las chicas le mostraron documentos?
C: Sí, para el manifiesto. Una tiene [[AGE|15]], otra [[AGE|16]] y la mayor [[AGE|17]], según sus DNI. El señor presentó un permiso notarial de viaje, pero la firma y el sello se ven raros, y dice que es tío de las tres, pero las tres tienen apellidos distintos.
O: ¿Me puede dar los nombres que figuran en el manifiesto?
C: Sí. El señor es [[PERSON|Renzo Alarcón Peña]], DNI [[ID_NUMBER|41927730]]. Las chicas: [[PERSON|Yesenia Mamani Ccori]], DNI [[ID_NUMBER|78203451]]; [[PERSON|Flor de María Ticona]], DNI [[ID_NUMBER|77619023]]; y [[PERSON|Angie Luque]], DNI [[ID_NUMBER|79034418]].
O: Gracias. ¿Dónde están en este momento?
C: Sentados en [[ADDRESS|la sala de espera del segundo nivel, frente al andén 7]]. El bus ya está estacionado, es el de placa [[OTHER_ID|V2F-957]].
O: ¿El señor le ha dicho algo más?
C: Que las lleva a trabajar a una chifa de un familiar en [[LOCATION|Tacna]], por vacaciones. Pero lo escuché hablar por celular y decía "las tres están listas para pasar [[DATE_TIME|el lunes]]", y algo de [[LOCATION|Arica]]. Y pagó los cuatro pasajes en efectivo, con billetes de 200.
O: Eso es muy preocupante. ¿El bus ya salió?
C: No, sale en cuarenta minutos. Yo puedo demorar el embarque un poco, pero no puedo retenerlos.
O: No se ponga en riesgo. Voy a comunicarme ahora mismo con la División de Trata de la Policía en [[LOCATION|Arequipa]] para que intervengan antes del embarque. ¿Hay policía en el terminal?
C: Hay un módulo de la Policía Nacional en el primer piso, pero a esta hora a veces no hay nadie.
O: Los vamos a llamar directamente. ¿El señor dejó algún teléfono en la reserva?
C: Sí, el [[PHONE_NUMBER|958-330-174]], un correo, [[EMAIL_ADDRESS|renzo_alarcon.tours@yahoo.es]], y como dirección puso [[ADDRESS|Calle Mercaderes 410, oficina 3]], en el [[LOCATION|Cercado]]. Dijo que trabaja en una agencia de turismo, [[ORGANIZATION|Sol Andino Travel]].
O: Perfecto. ¿Vio si alguien más acompaña al grupo?
C: Afuera, en el estacionamiento, hay una camioneta negra esperando con un hombre adentro, placa [[OTHER_ID|BHK-206]]. El señor [[PERSON|Alarcón]] salió dos veces a hablar con él.
O: Muy bien. ¿Me deja su número para que la policía la ubique al llegar?
C: Sí, mi celular es [[PHONE_NUMBER|+51 951 207 668]].
O: Gracias. Lo que describe son señales de trata de menores: un adulto que no es familiar, un permiso dudoso y un destino en la frontera. La policía va a llegar en unos minutos. Si el señor intenta salir del terminal con las chicas, vuelva a llamarnos o llame al 105.
C: Ya. Ay, ya están llamando a embarcar el bus de las 21:00 a [[LOCATION|Puno]]; el de ellos es el siguiente.
O: Avísele al conductor, con discreción, que el bus no debe salir hasta que llegue la policía.
C: Sí, el conductor es don [[PERSON|Pancho]], es de confianza. Ya le aviso.
O: Gracias, señora [[PERSON|Milagros]]. En cuanto la policía llegue, la llamamos.
C: Gracias. Espero que lleguen a tiempo, son unas niñas.
O: Hizo lo correcto al llamar. Nos mantenemos en contacto.
""",
    ),
    # ---------------------------------------------------------------------- English ----
    (
        "h30-en-06",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hello, hello. Sorry, my English not so good. You help for workers, yes? Somebody give me this number.
O: Yes, I can help you in English. Take your time. Are you safe right now?
C: Now yes, safe. Captain is sleeping. My name is [[PERSON|Budi Santoso]], I am from [[LOCATION|Indonesia]], from [[LOCATION|Tegal]]. I work on fishing ship, Chinese ship, for squid.
O: Thank you, [[PERSON|Budi]]. Where is the ship now?
C: Now we are in [[LOCATION|Callao]]. Ship name is [[ADDRESS|Hai Xiang 628]]. We are not inside the port, we are [[ADDRESS|anchor in the bay, maybe two kilometre from the pier with the yellow cranes]].
O: How many workers are on the ship?
C: Twenty-six crew. Eleven from [[LOCATION|Indonesia]], some from [[LOCATION|Philippines]], and Chinese officers. We are at sea fourteen month, never go to land. They say we cannot go down from ship in [[LOCATION|Peru]], only captain and officer.
O: What is happening on the ship?
C: We work eighteen, twenty hours. Salary is 350 dollar a month, but agency take everything for debt, I never receive. My friend [[PERSON|Agus]], he is sick, his leg is very swollen, like black, three weeks now, and captain say no doctor, keep working. Captain [[PERSON|Zhang]] hit him with iron when he fall down.
O: That sounds very serious. Is your friend still on the ship?
C: Yes. He is only [[AGE|nineteen]], very young. His full name [[PERSON|Agus Prasetyo]]. He is lying in [[ADDRESS|the small cabin under the kitchen, at the back of the ship]]. I am afraid he will die.
O: We're going to help. Do they have your passports?
C: Yes, captain keep all passport and seaman book in his cabin. My passport number I remember because I write in my phone: [[ID_NUMBER|C 4829163]]. Seaman book [[ID_NUMBER|F 285730]].
O: And who sent you to this job? An agency?
C: Agency in [[LOCATION|Pemalang]], name [[ORGANIZATION|PT Samudra Jaya Manning]]. The man is Mister [[PERSON|Darto]], his WhatsApp [[PHONE_NUMBER|+62 812 2746 9031]]. He say if I go home before contract, I pay 2,000 dollar penalty.
O: Can you tell me the ship's registration number? It may be painted on the side.
C: I read from the paper on the bridge: IMO [[OTHER_ID|9781264]]. Flag is Chinese.
O: That helps a lot. What phone are you calling from?
C: It is phone from a man on small boat, he sell cigarette and SIM card to the ships. We call him Don [[PERSON|Lucho]]. His number is [[PHONE_NUMBER|nine four three, two zero eight, one five five]].
O: Is there another way to contact you?
C: My WhatsApp from [[LOCATION|Indonesia]], only work with wifi: [[PHONE_NUMBER|+62 857 4013 2288]]. And Facebook, [[OTHER_ID|budi.santoso.tegal]]. Email also I have: [[EMAIL_ADDRESS|budisantoso88@yahoo.co.id]].
O: Thank you. Is there someone in your family we can contact?
C: My wife, [[PERSON|Dewi]], in [[LOCATION|Tegal]]. She know everything. Her number is same like my WhatsApp but last number is five: [[PHONE_NUMBER|+62 857 4013 2285]].
O: Thank you. We will alert the port authority, the police and the prosecutor, and we'll also contact the International Organization for Migration and your embassy.
C: Please, fast. Captain say we leave [[LOCATION|Peru]] again [[DATE_TIME|Friday the 14th]], early morning.
O: Understood. When the authorities come, will the captain let them on board?
C: They must. Please don't say my name to captain. If he know I call, very big problem.
O: We will protect your identity. Can you be near the phone tomorrow?
C: The small boat come every day around ten in the morning. I try to be there.
O: Okay. We will call [[PERSON|Lucho]]'s number tomorrow morning and say the word "[[PERSON|Dewi]]", so you know it's us.
C: Yes, yes. Thank you, sister. [[PERSON|Agus]] need doctor, please.
O: We'll ask for medical help first of all. You did the right thing, [[PERSON|Budi]].
C: Thank you. I must go now, someone is coming.
""",
    ),
    # ------------------------------------------------------------------- Portuguese ----
    (
        "h30-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde. Desculpa, eu não falo espanhol. A senhora fala português?
O: Sim, falo um pouco de português. Pode falar devagar. Em que posso ajudar?
C: Graças a Deus. Meu nome é [[PERSON|Rosângela Ferreira da Silva]], eu moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Minha filha foi trabalhar no [[LOCATION|Peru]] e agora ela me mandou uma mensagem pedindo socorro.
O: Sinto muito. Como se chama a sua filha e quantos anos ela tem?
C: [[PERSON|Ketlyn Ferreira da Silva]], ela tem [[AGE|dezessete anos]]. Nasceu em [[DATE_TIME|9 de maio de 2008]].
O: Para onde ela foi?
C: Pra [[LOCATION|Puerto Maldonado]]. Uma mulher chamada [[PERSON|Sheila]] ofereceu pra ela trabalho de garçonete num restaurante, mil e quinhentos reais por mês. Elas atravessaram a fronteira por [[LOCATION|Assis Brasil]] e [[LOCATION|Iñapari]] de carro, em [[DATE_TIME|2 de setembro]], num Gol prata, placa [[OTHER_ID|QWE2F41]].
O: E o que ela disse na mensagem?
C: Que não é restaurante, é uma boate. Que obrigam ela a beber com os homens e a fazer programa, que tiraram o RG e o celular dela. Ela mandou escondido, do celular de uma colega, de madrugada. Disse: "mãe, me tira daqui, tô com medo".
O: Ela disse onde fica a boate?
C: Mandou um áudio. Disse que fica numa [[ADDRESS|rua de terra atrás do terminal de ônibus]], uma casa de madeira pintada de azul com um letreiro de cerveja, e que o nome é [[ORGANIZATION|Boate Estrela do Sul]]. Elas dormem num quartinho nos fundos.
O: A senhora tem o número de onde ela mandou a mensagem?
C: Tenho, é do [[LOCATION|Peru]]: [[PHONE_NUMBER|+51 982 640 317]]. Mas não liga, por favor, se a dona pegar o celular a menina apanha.
O: Não vamos ligar. E os documentos da sua filha, a senhora sabe os números?
C: O RG é [[ID_NUMBER|1.284.736-0]] e o CPF é [[ID_NUMBER|047.392.618-25]].
O: E dessa mulher, a [[PERSON|Sheila]], a senhora tem algum dado?
C: Ela se chama [[PERSON|Sheila Nogueira]], acho. Tem Instagram, [[OTHER_ID|@sheila.viagens.ac]], onde posta vagas de emprego no [[LOCATION|Peru]]. E pediu pra eu mandar duzentos reais por Pix pra pagar a hospedagem da minha filha; a chave é o CPF dela, [[ID_NUMBER|812.530.447-09]].
O: A senhora mandou esse dinheiro?
C: Mandei, [[DATE_TIME|segunda-feira]]. Tenho o comprovante.
O: Guarde o comprovante, é uma prova importante. O que a senhora descreve é tráfico de pessoas para exploração sexual de uma menor de idade. Vamos avisar agora a Polícia Nacional e a Fiscalía de [[LOCATION|Madre de Dios]] para que vão até o local, e também o consulado do [[LOCATION|Brasil]]. A senhora tem uma foto dela?
C: Tenho, posso mandar. Pra onde?
O: Vamos mandar um contato para a senhora. Qual é o seu telefone?
C: Meu celular é [[PHONE_NUMBER|(68) 99214-3387]], é WhatsApp também. E o meu e-mail é [[EMAIL_ADDRESS|rosangela.fsilva@bol.com.br]].
O: Obrigada. E o seu endereço no [[LOCATION|Brasil]], para o consulado?
C: [[ADDRESS|Rua Benjamin Constant, 1420, bairro Bosque]], [[LOCATION|Rio Branco]], CEP [[ADDRESS|69900-160]].
O: Perfeito. A senhora pode vir ao [[LOCATION|Peru]]?
C: Posso, vou pegar o ônibus hoje pra [[LOCATION|Assis Brasil]]. Meu irmão, o [[PERSON|Josué]], vai comigo. São umas três horas de estrada.
O: Não vá sozinha até a boate. Quando chegar a [[LOCATION|Puerto Maldonado]], ligue para nós no 0800-2-3232, é grátis, ou procure a Polícia ou o Centro Emergencia Mujer.
C: Tá bom. Por favor, salvem a minha filha. Ela é só uma menina.
O: Vamos fazer todo o possível. Eu ligo de volta para a senhora ainda hoje.
C: Obrigada, obrigada, moça. Deus te abençoe.
""",
    ),
    # -------------------------------------------------------------------- Venezuela ----
    (
        "h30-ve-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, buenas noches, mi amor. Disculpe, ¿esto es lo de la trata? Es que una pana me pasó el número, y yo no sé si lo mío es eso, pero estoy metida en un peo grandísimo.
O: Sí, está llamando a la línea correcta. Cuénteme, ¿está en un lugar seguro ahora?
C: Más o menos. Estoy en el baño del apartamento, con la ducha abierta para que no me escuchen. Yo soy venezolana, de [[LOCATION|Maracay]]. Llegué a [[LOCATION|Chiclayo]] hace como cuatro meses.
O: ¿Cómo se llama?
C: [[PERSON|Yusmary]]. [[PERSON|Yusmary del Valle Colmenares]]. Tengo [[AGE|veintitrés]].
O: ¿Qué está pasando, [[PERSON|Yusmary]]?
C: Mira, una chama que conocí por Instagram, la [[PERSON|Gocha]], me dijo que aquí había trabajo de anfitriona en un restobar, que se ganaba burda de plata, y me pagó el pasaje desde [[LOCATION|Cúcuta]]. Cuando llegué, la vaina era otra: nos tienen en un apartamento y nos mandan a hoteles con clientes. Ella cobra todo y dice que le debo 4.000 dólares del pasaje, la comida y el cuarto.
O: ¿Sabe el nombre completo de esa señora?
C: Se llama [[PERSON|Rosibel Gómez]], creo, pero todo el mundo le dice [[PERSON|Gocha]]. En Instagram es [[OTHER_ID|@gocha.empleos.peru]], ahí pone ofertas de trabajo chéveres, todo mentira.
O: ¿Cuántas son ustedes en el apartamento?
C: Somos cuatro chamas. Una es chamita, [[PERSON|Oriana]], tiene [[AGE|dieciséis]] nada más, vale, y a ella la mandan igualito. Está flaquita, no come.
O: ¿Le han quitado algún documento?
C: Sí, la [[PERSON|Gocha]] me agarró la cédula y el carné de extranjería "para guardarlos". Mi cédula es la [[ID_NUMBER|veintiséis millones cuatrocientos treinta y ocho mil novecientos doce]]. Y el carné, ese sí me lo sé de memoria: [[ID_NUMBER|cero cero tres cinco uno ocho dos siete cuatro]].
O: ¿Sabe la dirección del apartamento?
C: El número no, pero te digo: es en [[LOCATION|La Victoria]], aquí en [[LOCATION|Chiclayo]]. [[ADDRESS|Un edificio verde de cinco pisos en la esquina de la avenida Chinchaysuyo con la calle Los Nogales, encima de una farmacia]]. Nosotras estamos en el [[ADDRESS|apartamento 402 del cuarto piso]].
O: Eso me ayuda mucho. ¿Quién más está con la señora?
C: Su marido, un peruano que le dicen [[PERSON|Cuchillo]]. Él maneja el carro que nos lleva a los hoteles, un Kia gris, placa [[OTHER_ID|M4T-615]]. Los clientes le yapean a ella, al [[PHONE_NUMBER|947 315 820]], y la plata grande la mete en una cuenta del Interbank, la [[OTHER_ID|898-3127745610]]; yo vi el voucher.
O: ¿La han golpeado o amenazado?
C: Sí, a mí me dio una cachetada cuando dije que me quería ir. Y dice que si me voy le manda fotos mías a mi familia en [[LOCATION|Venezuela]], que ella sabe dónde vive mi mamá, en [[ADDRESS|la calle Páez del barrio San José, al lado de la bodega de los portugueses]]. Eso me tiene loca.
O: Esa amenaza también es un delito. Usted no ha cometido ningún delito y no la van a deportar por denunciar. ¿Tiene un número donde podamos comunicarnos?
C: Este celular es mío, pero lo escondo. Es el [[PHONE_NUMBER|nueve uno cero... cuatro siete dos... cinco ocho ocho]]. Escríbeme por WhatsApp nada más, no me llames, porque ella revisa. Y mi hermana [[PERSON|Yuleisy]] está en [[LOCATION|Colombia]], su número es [[PHONE_NUMBER|+57 312 584 7091]], por si acaso.
O: Perfecto, solo por mensaje. ¿Cuándo es el mejor momento para que llegue la policía?
C: Mañana, [[DATE_TIME|el sábado]], la [[PERSON|Gocha]] se va a [[LOCATION|Piura]] en la mañana y se queda [[PERSON|Cuchillo]] solo con nosotras.
O: Muy bien. Vamos a coordinar con la Policía y la Fiscalía especializada en trata de [[LOCATION|Lambayeque]]. Como hay una menor, esto es prioritario. ¿[[PERSON|Oriana]] sabe que usted llamó?
C: Sí, ella fue la que me dijo que llamara, ¿tú sabes? Está desesperada. Su mamá vive en [[LOCATION|Lima]], en [[LOCATION|San Martín de Porres]], y ni sabe que ella está aquí.
O: Cuando llegue la policía no van a estar solas. Las llevarán a un lugar seguro, y la OIM puede apoyarlas como migrantes. Si antes pasa algo grave, llame al 105.
C: Ay, mi amor, gracias. Yo solo quería trabajar y mandarle plata a mi chamo, que tiene [[AGE|cinco años]] y está con mi mamá.
O: Lo sé, y lo va a poder hacer. Le escribimos mañana temprano por WhatsApp. Borre esta llamada del registro, por seguridad.
C: Sí, ya la borro. Chao, gracias, de verdad.
""",
    ),
    # ------------------------------------------------------------- Andean / Quechua ----
    (
        "h30-andean-09",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Aló, aló... ¿señorita? Imaynalla, mamay. Yo estoy llamando de [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Ccollpa]], en [[LOCATION|Pampachiri]].
O: Buenos días, señora, la escucho. Puede hablar tranquila.
C: Mi nieta pues, señorita, de mi hija su hija, la [[PERSON|Soledad]]. Se lo han llevado a la costa a trabajar, diciendo. Ya no regresa, ya no llama. Llakisqa estoy, señorita, no puedo dormir.
O: La entiendo, señora. ¿Cuántos años tiene su nieta?
C: [[AGE|Catorce]] nomás, todavía es wawa. Su partida dice que ha nacido [[DATE_TIME|el 25 de julio del 2011]].
O: ¿Quién se la llevó?
C: Una señora de acá nomás, la comadre [[PERSON|Eulogia]], [[PERSON|Eulogia Huamaní]]. Ella lleva a los jóvenes cada año a la cosecha de uva, a [[LOCATION|Ica]]. Trescientos soles a la semana van a ganar, diciendo. Con mi nieta se ha llevado también a dos chicos, al [[PERSON|Wilber]] de la señora [[PERSON|Sulca]] y al [[PERSON|Jhon]].
O: ¿Sabe dónde están en [[LOCATION|Ica]]?
C: Un fundo grande por [[LOCATION|Villacurí]], dice. [[ORGANIZATION|Agroexportadora Los Huarangos]] se llama. Mi nieta la última vez ha llamado del celular de otra chica, llorando. "Mamay", me ha dicho, "aquí duermo en [[ADDRESS|el campamento de esteras al fondo del fundo, pasando el canal, donde están los tanques azules]], con los hombres juntos, no hay puerta". Ni le pagan, señorita, les cobran la comida, y trabaja desde oscuro hasta oscuro.
O: ¿Cuándo fue esa llamada?
C: [[DATE_TIME|El domingo]], en la noche. Desde esa vez mucha soledad hay en la casa, señorita.
O: ¿Tiene el número desde el que llamó?
C: Mi hijo lo ha apuntado en su cuaderno. Ahorita le paso... A ver, ¿aló? Señorita, soy [[PERSON|Nilo]], su hijo. Le dicto: [[PHONE_NUMBER|nueve cinco cuatro, cero seis uno, siete ocho dos]].
O: Gracias, [[PERSON|Nilo]]. ¿Y la señora [[PERSON|Eulogia]] tiene teléfono?
C: Sí, el [[PHONE_NUMBER|983 117 406]], pero ya no contesta. Su hijo de ella maneja el camión que los lleva, un camión rojo de placa [[OTHER_ID|D3S-882]].
O: ¿Tienen el DNI de [[PERSON|Soledad]]?
C: Sí, aquí tengo la foto de su DNI: [[ID_NUMBER|80453192]]. Su nombre completo es [[PERSON|Soledad Ccori Pariona]].
O: ¿Dónde viven ustedes, por si la policía o la DEMUNA necesita visitarlos?
C: En la comunidad no hay calles, señorita. Es [[ADDRESS|la casa de adobe con techo de calamina, subiendo del puente colgante, al costado de la capilla]]. Todos nos conocen. Y si no contestamos, puede llamar al teniente gobernador, don [[PERSON|Saturnino Quispe]], al [[PHONE_NUMBER|951 208 337]].
O: Gracias. Lo que me cuentan es grave: su sobrina es menor, trabaja sin pago y duerme con adultos. Vamos a informar hoy a la Fiscalía de Familia y a la Policía en [[LOCATION|Ica]], y también a SUNAFIL para que vayan al fundo.
C: Ya, señorita. Mi mamá quiere hablar otra vez, le paso.
C: Señorita... ay, taytacha. Mi [[PERSON|Sole]], mi urpicha. Manam mikhunchu, dice, no come bien. Ayúdenos, pues.
O: Vamos a ayudarlas, señora. ¿Cómo se llama usted?
C: [[PERSON|Paulina Pariona Huillca]]. Yo no tengo celular, señorita, mi hijo nomás tiene.
O: No se preocupe, llamaremos a [[PERSON|Nilo]]. ¿Alguien de la familia puede viajar a [[LOCATION|Ica]]?
C: Mi hijo pues. A ver, [[PERSON|Nilo]]... Aló, señorita, sí, yo puedo ir. Tengo un tío en [[LOCATION|Parcona]], vive en [[ADDRESS|la tercera cuadra de la calle Las Flores, frente a la losa deportiva]]. Ahí puedo llegar.
O: Perfecto. Cuando llegue, acérquese a la fiscalía, pero no vaya solo al fundo. Mañana lo llamamos. Si [[PERSON|Soledad]] vuelve a llamar, díganle que puede llamar gratis al 0800-2-3232, de cualquier celular.
C: Ya, señorita. Mi mamá dice sulpayki, Dios se lo pague.
O: Gracias a ustedes. Vamos a hacer todo lo posible por [[PERSON|Soledad]].
""",
    ),
    # ---------------------------------------------- Colombian professional (choice) ----
    (
        "h30-co-pro-10",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes, qué pena con usted, ¿me regala un momentico? Le habla [[PERSON|Natalia Restrepo Gaviria]], soy psicóloga de la [[ORGANIZATION|Fundación Manos del Amazonas]], acá en [[LOCATION|Iquitos]]. Le cuento que tenemos una situación con unas niñas colombianas y es urgente.
O: Claro, doctora, la escucho.
C: Esta mañana llegaron a nuestra casa de acogida dos niñas, [[PERSON|Daniela]], de [[AGE|catorce]], y [[PERSON|Luz Adriana]], de [[AGE|quince]], las dos de [[LOCATION|Leticia]]. Una señora las encontró llorando en el puerto y nos las trajo. Se escaparon anoche de una lancha.
O: ¿Qué le contaron las niñas?
C: Que un señor les ofreció trabajo cuidando niños en [[LOCATION|Iquitos]], les pagó el pasaje desde [[LOCATION|Santa Rosa]] y las subió a una lancha. Ya acá les dijeron que no era para cuidar niños, que las iban a llevar por el [[LOCATION|Napo]] a un campamento maderero "a atender a los trabajadores". Cuando la lancha paró a cargar combustible, se bajaron y salieron corriendo. Ni luz había en ese muelle, dicen.
O: ¿Quedaron más niñas en esa lancha?
C: Sí, eso es lo urgente. Quedaron otras cuatro, dos peruanas y dos colombianas, una de ellas de [[AGE|doce años]]. La lancha se llama [[ADDRESS|Doña Nelly II]], es de casco blanco con una franja verde, y según ellas zarpa hoy a [[DATE_TIME|las cinco de la tarde]] desde [[LOCATION|Masusa]].
O: ¿Saben quién es el señor?
C: Le dicen el [[PERSON|Paisa]], aunque no es paisa, es de [[LOCATION|Tumaco]]. En la lista de pasajeros de la lancha figura como [[PERSON|Hernán Darío Cuesta]], cédula colombiana [[ID_NUMBER|1.087.416.293]]. Las niñas tienen su WhatsApp: [[PHONE_NUMBER|+57 321 406 8815]].
O: ¿Las niñas tienen documentos?
C: [[PERSON|Daniela]] tiene su tarjeta de identidad, la [[ID_NUMBER|1.121.845.306]]. [[PERSON|Luz Adriana]] no tiene nada, él se los quitó.
O: ¿Cómo están de salud?
C: Asustadas y deshidratadas; [[PERSON|Luz Adriana]] tiene una herida infectada en el pie. Ya las vio el médico, comieron y están durmiendo.
O: Voy a alertar de inmediato a la Policía, a la Capitanía de Puerto y a la Fiscalía de [[LOCATION|Loreto]] para detener la lancha antes de que zarpe. ¿Tiene el nombre del dueño o del motorista?
C: El motorista es un señor [[PERSON|Panduro]], le dicen [[PERSON|Chullachaqui]]. La lancha es de [[ORGANIZATION|Transportes Fluviales El Dorado E.I.R.L.]]; en el boleto que guardó [[PERSON|Daniela]] sale el RUC, [[ID_NUMBER|20493817264]].
O: ¿Y a dónde las iban a llevar exactamente?
C: A un campamento maderero de un señor [[PERSON|Tapullima]], en [[ADDRESS|la quebrada Sábalo, como a tres horas en peque peque río arriba de Mazán, a mano izquierda, donde hay un tambo grande con techo de irapay]].
O: Muy bien. ¿Me da sus datos de contacto, doctora?
C: Listo. Mi celular peruano es [[PHONE_NUMBER|965 302 118]] y el fijo de la fundación es [[PHONE_NUMBER|(065) 23-4517]]. Mi correo es [[EMAIL_ADDRESS|nrestrepo@manosdelamazonas.org]]. La casa de acogida queda en la [[ADDRESS|calle Nanay 742]], en [[LOCATION|Punchana]], por si la policía necesita venir a tomar la declaración.
O: Gracias. ¿Tienen contacto con las familias de las niñas?
C: La mamá de [[PERSON|Daniela]], la señora [[PERSON|Marleny Ahué]], vive en [[LOCATION|Leticia]], celular [[PHONE_NUMBER|313 772 0491]]. Ya hablé con ella y viene mañana en el primer bote. De la familia de [[PERSON|Luz Adriana]] todavía no sabemos nada.
O: También vamos a avisar al consulado de [[LOCATION|Colombia]] y al ICBF para ubicar a la familia. Lo que nos cuenta es trata de menores con fines de explotación sexual; el caso va directo a la Fiscalía especializada.
C: De una. Ah, y las niñas dicen que el [[PERSON|Paisa]] les prometió 50 soles diarios y que ya había hecho ese viaje otras tres veces; se lo digo para la denuncia.
O: Todo eso ayuda. Por favor, que las niñas no salgan de la casa de acogida hoy. La vuelvo a llamar en cuanto la policía llegue al puerto.
C: Mil gracias, y qué pena la molestia. Quedo atenta al celular.
O: Gracias a usted, doctora. Hablamos en un rato.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h30-", "heldout30.jsonl")
