#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout62.jsonl: 16 new fictional, labelled counter-trafficking hotline calls.

Theme: Peru's north coast and the Ecuadorian border (Tumbes, Piura, Lambayeque,
La Libertad) plus Ecuador/Colombia: beach hotels, bars at the border market, rice
fields, fishing boats and the fishing terminal, a shrimp farm, a teenage boy
recruited for football abroad, Ecuadorian, Colombian and Brazilian women, a hotel
receptionist, a pharmacist, a lorry driver at the border crossing, a mother whose
two daughters left together.

Mix: 6 lowercase unpunctuated Whisper-style Spanish (lowercase_asr), 4 cased
Spanish (2 plain, 1 colombian, 1 ecuadorian), 3 English (plain), 3 Brazilian
Portuguese (portuguese). Caller roles: victim, family_member, acquaintance,
witness, professional, general_public. Call types: report, help_request,
information_request (1), follow_up (1), not_relevant (2: a lost document, a
neighbours' quarrel). Urgency over all four levels; past, ongoing and at-risk
cases; minors and adults; female, male and mixed victims; three calls with two
victims named together, several groups whose number is told in pieces or corrected.

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py and ./make_heldout.py (builder and markup). All people,
phone numbers, IDs, e-mails, handles, plates, businesses and addresses are invented.

Run: python3 make_heldout62.py   (writes heldout62.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout62.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h62-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches disculpe le hablo bajito porque estoy en la recepción soy recepcionista de un hotel en [[LOCATION|máncora]]
O: la escucho bien dígame qué está pasando
C: hace como veinte minutos entró un señor extranjero con dos chiquitas y pidió una sola habitación matrimonial
O: qué edad cree que tienen las niñas
C: una tendrá [[AGE|catorce]] y la otra [[AGE|quince años]] máximo todavía tenían la mochila del colegio y una estaba llorando
O: le pidió documentos de las niñas
C: le pedí y me dijo que eran sus sobrinas que los papeles estaban en el carro y me dejó cien dólares encima del mostrador para que no pregunte
O: sabe el nombre del señor
C: se registró como [[PERSON|richard keller]] con pasaporte [[ID_NUMBER|c8841207]] dijo que era de [[LOCATION|canadá]]
O: en qué habitación están
C: en la [[ADDRESS|214 del segundo piso]] el hotel se llama [[ORGANIZATION|hotel brisas del pacífico]] está en la [[ADDRESS|antigua panamericana norte frente a la playa las pocitas]]
O: ha visto si alguien más lo acompaña
C: afuera hay una camioneta gris con un chofer esperando la placa es [[OTHER_ID|m3k 927]] y el chofer no se ha movido
O: muy bien voy a pasar el aviso ahora mismo a la policía para que vayan al hotel no suba a la habitación ni lo enfrente
C: ya pero mi jefe no sabe que estoy llamando me pueden botar
O: su nombre no va a aparecer en ningún lado me deja un número por si la policía necesita ubicarla
C: sí es [[PHONE_NUMBER|nueve cuatro tres dos uno ocho cinco cero siete]] me llamo [[PERSON|yesenia]]
O: gracias [[PERSON|yesenia]] la policía ya está avisada si el señor sale con las niñas fíjese hacia dónde van y vuelva a llamar
C: ya señorita ahorita pidió hielo a la habitación tengo miedo por esas chiquitas
O: hizo muy bien en llamar en un rato la llamamos para saber qué pasó
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una recepcionista de un hotel de playa reporta que un hombre extranjero acaba de registrarse en una "
        "habitación con dos niñas de unos catorce y quince años, sin documentos de ellas, y le ofreció dinero "
        "para que no preguntara. Se alertó a la policía para una intervención inmediata y se le devolverá la llamada.",
    ),
)

call(
    "h62-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escuchamos
C: buenas tardes señorita llamo de [[LOCATION|chiclayo]] es por mis dos hijitas que se fueron juntas a trabajar al [[LOCATION|ecuador]]
O: cuénteme señora cómo se llaman y qué edad tienen
C: la mayor es [[PERSON|milagros]] tiene [[AGE|diecinueve]] y la menor [[PERSON|kiara]] tiene [[AGE|diecisiete años]] las dos se apellidan [[PERSON|chapoñán]]
O: cuándo se fueron y con quién
C: se fueron [[DATE_TIME|el 3 de mayo]] con una señora que le dicen la [[PERSON|flaca rocío]] les ofreció trabajo en una cevichería en [[LOCATION|guayaquil]] les dijo que ganaban quinientos dólares
O: han podido hablar con ellas
C: al principio sí pero anteayer la menor me mandó un audio llorando que no es cevichería que es un bar que las hacen tomar con los clientes y acompañarlos a los cuartos
O: le dijeron si pueden salir de ese lugar
C: no las dejan salir dicen que deben el pasaje y la comida y la flaca tiene sus dni
O: tiene los números de sus hijas
C: el de [[PERSON|kiara]] es [[PHONE_NUMBER|+593 98 415 2276]] le compraron un chip de allá pero desde ayer no me contesta el de [[PERSON|milagros]] ya no lo tengo
O: sabe cómo se llama el bar
C: en el audio dice [[ORGANIZATION|bar la herradura]] por el [[LOCATION|guasmo]] nada más sé
O: señora lo que me cuenta es grave vamos a derivar el caso a la fiscalía y pedir que se coordine con la policía de ecuador usted también debe ir a la comisaría a poner la denuncia lleve fotos de ellas y ese audio no lo borre
C: ya señorita yo tengo guardado el audio
O: me da un número para llamarla
C: este mismo [[PHONE_NUMBER|978 552 104]] me llamo [[PERSON|santos chapoñán]]
O: señora [[PERSON|santos]] mañana la llamamos para contarle qué avanzamos si sus hijas se comunican avísenos enseguida
C: gracias señorita que dios me las traiga de vuelta
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Ecuador",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre reporta que sus dos hijas, una de ellas adolescente, viajaron juntas al extranjero con una "
        "reclutadora por una oferta de trabajo en un restaurante y las obligan a beber y acompañar a clientes en "
        "un bar, sin dejarlas salir, con una supuesta deuda y sus documentos retenidos. Se deriva a la fiscalía, "
        "se le orientó sobre la denuncia y se hará seguimiento.",
    ),
)

call(
    "h62-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días señorita yo soy mototaxista en [[LOCATION|guadalupe]] en [[LOCATION|la libertad]] y quería contarle algo de unos muchachos que trabajan en el arrozal
O: claro cuénteme
C: hay una chacra de arroz por el [[ADDRESS|desvío a pakatnamú pasando el puente de fierro]] ahí trabajan unos muchachos que trajeron de [[LOCATION|cajamarca]] yo a veces los llevo al pueblo
O: cuántos son más o menos
C: yo conté ocho no espere con los que llegaron el lunes son doce todos hombres jóvenes de veinte treinta años
O: hay algún menor de edad entre ellos
C: no creo todos son mayores ya hay uno que le dicen [[PERSON|cholo]] que es el más joven pero tiene [[AGE|veintiuno]] me dijo
O: qué le han contado ellos
C: que el capataz el señor [[PERSON|benites]] les dijo que les paga todo al final de la campaña pero que ya van tres meses y no les da nada les descuenta la comida y el cuarto
O: dónde duermen
C: en un galpón de calamina todos juntos en el suelo y el señor les guardó el dni dice que para la planilla
O: pueden salir del lugar
C: sí salen el domingo al pueblo no están encerrados pero dicen que si se van pierden todo lo que han trabajado y no tienen plata ni para el pasaje
O: gracias por avisar lo que describe son señales de explotación laboral vamos a derivarlo a la fiscalía y a la inspección de trabajo
C: ya pero que no sepan que fui yo porque el capataz me conoce
O: su identidad queda reservada si quiere deje un número y le contamos cómo va
C: [[PHONE_NUMBER|962 110 483]] nomás llámeme en la tarde
O: perfecto la próxima semana lo llamamos gracias por su llamada
""",
    note(
        "witness",
        "report",
        ["labour"],
        12,
        False,
        ["male"],
        "La Libertad",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un mototaxista reporta que doce jóvenes traídos de otra región trabajan en un arrozal sin recibir pago "
        "desde hace meses, con descuentos por comida y alojamiento, durmiendo en un galpón y con sus documentos "
        "retenidos por el capataz, aunque pueden salir. Se deriva a la fiscalía y a la inspección laboral, con seguimiento.",
    ),
)

call(
    "h62-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes mire yo he perdido mi dni en el terminal de [[LOCATION|tumbes]] y quería saber si ustedes me lo pueden sacar de nuevo
O: señora esta es la línea contra la trata de personas no vemos trámites de documentos
C: ah pero me dieron este número en el terminal dijeron que aquí ayudaban
O: qué le pasó exactamente alguien le quitó el documento o la están obligando a algo
C: no no nada de eso se me cayó la billetera cuando bajé del bus de [[ORGANIZATION|transportes el dorado]] [[DATE_TIME|el viernes en la noche]] tenía mi dni y treinta soles
O: entiendo entonces fue una pérdida
C: sí pues mi dni es [[ID_NUMBER|43 907 218]] a nombre de [[PERSON|rosa elvira purizaca]] por si alguien lo entrega
O: le recomiendo ir a la comisaría a sentar la denuncia por pérdida y luego a una oficina del reniec para el duplicado nosotros no podemos recibir documentos
C: ah ya ya entonces voy a la comisaría mañana
O: muy bien señora que tenga buena tarde
C: gracias señorita disculpe la molestia
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "Una señora llamó porque perdió su documento de identidad al bajar de un bus y pensó que la línea hacía "
        "trámites de documentos. No hay indicios de trata; se le indicó el propósito de la línea.",
    ),
)

call(
    "h62-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches señor le llamo de una botica en [[LOCATION|aguas verdes]] acá al lado del mercado de la frontera soy químico farmacéutico
O: dígame en qué lo podemos ayudar
C: mire desde hace unas semanas vienen unas chicas de los bares del mercado a comprar pastillas y pruebas de embarazo siempre acompañadas de una señora que paga y no las deja hablar
O: cuántas chicas ha visto
C: dos vienen casi siempre y otra vino una sola vez o sea en total tres que yo haya visto
O: qué edad cree que tienen
C: dos son ecuatorianas de unos veinte años por el acento y la otra es peruanita se ve de [[AGE|quince dieciséis]] con cara de niña todavía
O: pasó algo que le hizo pensar que están en peligro
C: sí hoy en la tarde la chiquita me dejó un papelito entre la plata decía ayúdeme no me dejan salir y el nombre del bar [[ORGANIZATION|bar el cangrejo]]
O: guarde ese papel por favor es importante sabe dónde está el bar
C: es en la [[ADDRESS|calle la merced frente a la puerta de fierro del mercado con el letrero rojo]] la señora que las trae le dicen doña [[PERSON|chela]]
O: la chica tenía alguna lesión o le contó algo más
C: tenía un moretón en el brazo y la señora la jaló cuando la vio hablando conmigo
O: voy a pasar la información ahora a la policía para que intervengan en el bar y lo vamos a llamar para hacer seguimiento me deja un contacto
C: sí [[PHONE_NUMBER|951 784 302]] me llamo [[PERSON|edwin]] pero no quiero líos con esa gente
O: su identidad queda reservada [[PERSON|edwin]] si vuelven las chicas no les diga nada delante de la señora solo avísenos
C: ya entendido gracias
""",
    note(
        "professional",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Tumbes",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Un farmacéutico de la zona fronteriza reporta que tres chicas de un bar del mercado, una de ellas "
        "adolescente, acuden a comprar anticonceptivos siempre vigiladas por una mujer; la menor le dejó una nota "
        "pidiendo ayuda porque no la dejan salir y tenía un moretón. Se alertó a la policía y se hará seguimiento.",
    ),
)

call(
    "h62-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo llamé hace dos semanas por mi hermano el que estaba en la lancha de pesca en [[LOCATION|paita]] me dieron un código de caso
O: sí dígame el código por favor
C: es el [[OTHER_ID|tp 2231]] mi hermano es [[PERSON|josé luis yovera]] de [[AGE|veintidós años]]
O: ya encontré su caso qué novedades hay
C: la lancha regresó al muelle [[DATE_TIME|el domingo]] y mi hermano se bajó y ya no volvió a subir ahorita está en mi casa en [[LOCATION|sechura]] está bien gracias a dios
O: qué bueno escuchar eso él le contó cómo estuvo allá
C: dice que estuvo cuarenta días en alta mar trabajando casi sin dormir que el patrón le decía que debía el adelanto y no le pagó nada y que le tiene su libreta de embarque y su dni
O: ha recibido amenazas desde que bajó
C: no el patrón solo le mandó un mensaje diciendo que le debe pero nadie lo ha buscado está tranquilo
O: entiendo lo que le pasó a su hermano es explotación laboral y tiene derecho a reclamar su pago y sus documentos voy a actualizar el caso y derivarlo a la defensa pública para que le den asesoría legal gratuita
C: y él tiene que ir a algún sitio
O: sí que vaya a la oficina de la defensa pública en [[LOCATION|piura]] con el número de caso y que no firme nada que le dé el patrón sin asesoría
C: ya le digo él quiere recuperar su libreta para volver a trabajar pero en otra lancha
O: está bien con la denuncia se puede pedir que le devuelvan los documentos cualquier novedad vuelva a llamar
C: gracias señorita muy amable
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        1,
        False,
        ["male"],
        "Piura",
        "past",
        "medium",
        ["referral_legal", "information_given"],
        "Un familiar llama en seguimiento de un caso previo: el joven que trabajaba sin pago en una embarcación "
        "pesquera bajo una supuesta deuda ya desembarcó y está a salvo en casa, pero el patrón retiene sus "
        "documentos. Se actualizó el caso, se derivó a defensa legal gratuita y se le orientó sobre los pasos a seguir.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h62-07",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, jefe. Soy transportista, manejo un tráiler de carga y estoy en la cola para pasar la frontera, en el CEBAF de [[LOCATION|Aguas Verdes]].
O: Lo escucho. ¿Qué ha visto?
C: Hace media hora se me acercó un tipo y me ofreció 800 dólares para que le pase unas chicas escondidas en la carga, de [[LOCATION|Huaquillas]] para acá. Le dije que no, pero ahorita lo estoy viendo, está metiendo a las chicas en una furgoneta blanca aquí en la playa de estacionamiento.
O: ¿Cuántas chicas son?
C: Cuatro... no, espere, son cinco. Hay una chiquita que estaba detrás, no la había visto. Esa tendrá unos [[AGE|13 años]], las demás se ven de [[AGE|15]], [[AGE|16]].
O: ¿Sabe de dónde son o a dónde las llevan?
C: Por cómo hablan son colombianas, creo. El tipo dijo que las lleva a [[LOCATION|Piura]], pero para qué, no sé, no dijo nada de trabajo.
O: ¿Cómo es el hombre? ¿Está solo?
C: Es un flaco moreno, con gorra de Barcelona, el otro que maneja le dijo [[PERSON|Memo]]. La furgoneta tiene la placa [[OTHER_ID|TBX-418]], la tengo anotada.
O: ¿Las chicas están retenidas? ¿Ha visto que las obliguen?
C: La chiquita no quería subir, lloraba, y el flaco la empujó de la espalda. Las otras tenían la cabeza agachada, ni hablaban. Ya van a salir, jefe, están cerrando la puerta.
O: Ahora mismo aviso a la policía del control fronterizo para que detengan la furgoneta. ¿Ve hacia dónde sale?
C: Está saliendo para la Panamericana, dirección [[LOCATION|Tumbes]].
O: Perfecto, ya va el aviso con la placa. No la siga usted. ¿Me deja un número por si la policía lo llama?
C: Sí, [[PHONE_NUMBER|+51 944 208 367]]. Me llamo [[PERSON|Hernán Zapata]], pero que no me metan en problemas, que yo cruzo por acá todas las semanas.
O: No se preocupe, señor [[PERSON|Hernán]], sus datos quedan reservados. Gracias por no aceptar y por llamar. En un rato lo llamamos.
C: Ya, gracias a usted. Ojalá las encuentren.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        5,
        True,
        ["female"],
        "Tumbes",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un conductor de carga en el paso de frontera reporta que un hombre le ofreció dinero por pasar chicas "
        "escondidas y que en ese momento está subiendo a cinco niñas y adolescentes extranjeras, una de ellas muy "
        "pequeña y forzada, a una furgoneta rumbo al sur. Se alertó a la policía con la placa para interceptarla "
        "y se le devolverá la llamada.",
    ),
)

call(
    "h62-08",
    "es",
    "colombian",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, qué pena con usted, ¿sí es la línea para denunciar lo de la trata? Es que yo soy colombiana y no sé bien cómo es acá.
O: Sí, es aquí. Puede contarme con tranquilidad. ¿Está en un lugar seguro?
C: Sí, sí, ahorita estamos en un hostal en [[LOCATION|Chiclayo]], yo y mi amiga [[PERSON|Leidy]]. Nos volamos la semana pasada de una discoteca en [[LOCATION|Trujillo]] donde nos tenían.
O: Me alegra que estén fuera. ¿Cómo se llama usted?
C: [[PERSON|Yuliana Restrepo]]. Tengo [[AGE|23 años]] y [[PERSON|Leidy]] tiene [[AGE|20]]. Somos de [[LOCATION|Pereira]].
O: ¿Qué les pasó en esa discoteca?
C: Nos trajeron diciendo que era de meseras, y allá el dueño, un señor que le dicen el [[PERSON|Chino Alvarado]], nos puso a hacer pases con los clientes, a la fuerza, y nos quitó los pasaportes. Decía que le debíamos dos mil dólares del viaje.
O: ¿Cómo se llama la discoteca?
C: [[ORGANIZATION|Discoteca Zafiro]], queda en la [[ADDRESS|avenida América Norte, al lado de un grifo]]. Allá quedan otras niñas, pero nosotras solo podemos hablar por nosotras dos.
O: Entiendo. ¿Las están buscando o las han amenazado?
C: Pues sí, mija, eso es lo que me tiene nerviosa. Él me escribe al WhatsApp que sabe dónde estamos, que nos va a denunciar a migraciones y que a mi mamá en [[LOCATION|Colombia]] le van a hacer algo. Y [[PERSON|Leidy]] tiene una herida en la pierna que se hizo saltando la pared y se le está poniendo fea.
O: Vamos a hacer tres cosas. Primero, coordinamos un albergue para que ustedes dos estén seguras. Segundo, que un centro de salud le vea la herida a [[PERSON|Leidy]]. Y tercero, las derivamos a la fiscalía para la denuncia; ustedes no han cometido ningún delito.
C: Ay, gracias. ¿Y los pasaportes? Sin eso no podemos volver.
O: Les damos orientación legal para eso; el consulado de su país también puede ayudarlas. ¿A qué número las contactamos?
C: Al mío, [[PHONE_NUMBER|+57 312 845 6091]]. Pero escríbame antes de llamar, por favor.
O: Muy bien, [[PERSON|Yuliana]]. No respondan a esos mensajes, guárdenlos. En una hora la llamo para decirle adónde las llevan.
C: Listo, muchas gracias. Que Dios le pague.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        False,
        ["female"],
        "La Libertad",
        "past",
        "high",
        ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
        "Una mujer extranjera cuenta que ella y una amiga escaparon la semana pasada de una discoteca donde las "
        "obligaban a prostituirse con los pasaportes retenidos y una supuesta deuda; el dueño las amenaza por "
        "mensajes y la amiga tiene una herida infectándose. Se coordina un albergue, atención de salud y derivación "
        "a la fiscalía, con seguimiento.",
    ),
)

call(
    "h62-09",
    "es",
    "ecuadorian",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, mi señorita, ¿sí me escucha? Le llamo desde [[LOCATION|Machala]], del [[LOCATION|Ecuador]]. Es por mi primo, que está trabajando allá en [[LOCATION|Perú]], en una camaronera de [[LOCATION|Zarumilla]].
O: La escucho. Cuénteme, ¿qué edad tiene su primo?
C: [[PERSON|Byron]] tiene [[AGE|16 añitos]] no más. [[PERSON|Byron Cedeño Loor]]. Se fue hace como dos meses con un señor que vino al barrio buscando guambras para trabajar en las piscinas de camarón.
O: ¿Cómo está él ahora?
C: Verá, él me escribió anoche a escondidas. Dice que trabajan desde las cuatro de la mañana, metidos en el agua, dando de comer a los camarones y sacando la cosecha, y que no les han pagado ni un dólar. Que el capataz les dice que primero tienen que pagar el transporte y la comida.
O: ¿Puede salir de la camaronera?
C: No pues, mi señorita. Duermen ahí mismo en un cuarto de caña, y el capataz, un tal don [[PERSON|Segundo]], le guardó la cédula. Dice que si se va, lo entrega a migración por estar ilegal.
O: ¿Hay otros chicos con él?
C: Él dice que hay más, pero no sé cuántos; él solo me habló de él.
O: ¿Sabe el nombre de la camaronera?
C: Se llama [[ORGANIZATION|Langostinera Santa Rosa del Mar]]. Está pasando el [[ADDRESS|puente de Bocapán, entrando por el camino de tierra a mano izquierda]], eso me dijo.
O: ¿Le han hecho daño físico?
C: Le pegaron una vez con una manguera porque se quedó dormido. Ya le digo, chuta, me da una pena.
O: Gracias por llamar. Lo que describe es explotación laboral de un menor de edad. Vamos a derivar el caso a la fiscalía especializada y a la policía en [[LOCATION|Tumbes]] para que vayan a la camaronera. ¿Tiene el número de [[PERSON|Byron]]?
C: Sí, es [[PHONE_NUMBER|+593 99 602 4781]], pero casi no tiene saldo, y el mío es [[PHONE_NUMBER|+593 96 318 5520]]. Me llamo [[PERSON|Mayra]].
O: Muy bien, [[PERSON|Mayra]]. Dígale a [[PERSON|Byron]] que guarde los mensajes y que no le cuente al capataz. La llamaremos en dos días para contarle cómo va.
C: Ya, Diosito le pague, señorita.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        True,
        ["male"],
        "Tumbes",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar desde el país vecino reporta que su primo adolescente trabaja sin pago en una granja de "
        "langostinos bajo una supuesta deuda, duerme en el lugar, tiene su documento retenido por el capataz, "
        "es amenazado con ser entregado a migraciones y fue golpeado. Se deriva a la fiscalía y la policía, con seguimiento.",
    ),
)

call(
    "h62-10",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Quería hacer una consulta, no sé si ustedes ven esto. Es sobre mi hijo, que juega fútbol.
O: Sí, cuénteme, con gusto le orientamos.
C: Mi hijo [[PERSON|Anderson]] tiene [[AGE|15 años]], juega en la academia del barrio en [[LOCATION|Lambayeque]]. Hace dos semanas vino un señor que se presenta como representante de jugadores, [[PERSON|Julio Montalván]], y dice que lo quiere llevar a una prueba en un club de [[LOCATION|Argentina]].
O: ¿Qué condiciones le han dicho?
C: Que tenemos que pagar 2500 dólares por los trámites y el hospedaje, que el chico viaja solo con él, y que allá le tienen que guardar el pasaporte "por seguridad". Y que no le contemos nada a la academia porque nos pueden malograr la oportunidad.
O: ¿Tiene algún documento del club o un contrato?
C: Solo un PDF con un escudo que me mandó por WhatsApp, y su número es [[PHONE_NUMBER|987 330 615]]. En Instagram sale como [[OTHER_ID|@julio_scouting_pro]]. Mi hijo está feliz, pero a mí algo no me cuadra.
O: Hace bien en consultar. Hay varias señales de alerta: cobrar dinero por una prueba, que un menor viaje solo con un desconocido, que le retengan el pasaporte y que le pidan guardar el secreto. Los clubes serios no cobran por las pruebas y tratan con la familia y con la academia.
C: ¿Entonces no lo dejo ir?
O: Le recomendaría no pagar nada ni dejarlo viajar hasta confirmar directamente con el club, por su página oficial. Además, para que un menor salga del país sin sus padres se necesita un permiso notarial; nadie debería pedirle que lo firme sin saber con quién va.
C: Ya, entiendo. Y si el señor insiste, ¿qué hago?
O: Guarde los mensajes y el PDF. Si insiste o presiona, puede denunciarlo en la comisaría o llamarnos otra vez y lo orientamos.
C: Muchas gracias, señorita. Voy a hablar con el entrenador de la academia.
O: A usted. Que le vaya bien a su hijo.
""",
    note(
        "family_member",
        "information_request",
        ["unknown"],
        1,
        True,
        ["male"],
        "Argentina",
        "at_risk",
        "medium",
        ["information_given"],
        "Un padre consulta por un supuesto representante de jugadores que ofrece llevar a su hijo adolescente a una "
        "prueba en un club del extranjero, cobrando dinero, viajando solo con él, reteniendo el pasaporte y pidiendo "
        "secreto. Se explicaron las señales de alerta y se recomendó no pagar ni dejarlo viajar sin verificar.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h62-11",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon. How can I help you?
C: Hi, good afternoon. Do you speak English? My Spanish is really basic.
O: Yes, we can speak English. Go ahead.
C: Thanks. My name's [[PERSON|Martin Hollis]], I run a small surf hostel in [[LOCATION|Pimentel]], near [[LOCATION|Chiclayo]]. This is about something that happened last summer, so I'm not sure if it still matters.
O: It can still matter. Please tell me what you saw.
C: There was a guy, a Peruvian guy around fifty, who used to book a room every couple of weekends, always with young girls. Three girls... no, actually, thinking about it, it was always the same two, I just confused one of them at first.
O: How old did the girls look?
C: Young. Like [[AGE|fourteen]], maybe [[AGE|fifteen]]. They said they were his nieces. One of them once asked my cleaner if she could borrow a phone, and he got really angry and took her upstairs.
O: Do you have any details about the man?
C: He paid cash, but he gave an ID when he checked in. I kept the register: [[PERSON|Gonzalo Ñique Sosa]], DNI [[ID_NUMBER|16742085]]. He drove a red pickup, plate [[OTHER_ID|M1Z-603]]. The last time he came was around [[DATE_TIME|the 20th of February]].
O: Have you seen him or the girls since then?
C: No, not since then. I've asked around and nobody's seen them. It's been eating at me, so I thought I should finally report it.
O: Thank you for doing so. Nobody seems to be in danger at your hostel right now, but this information can help an investigation. I'll record it and pass it to the prosecutor's office that handles trafficking cases, with the name, ID and plate.
C: Do you need anything else from me? I can send a photo of the register page.
O: That would be useful if they contact you. Can I take a number?
C: Sure, it's [[PHONE_NUMBER|+51 955 071 248]], or e-mail [[EMAIL_ADDRESS|martin@olasdelnorte.pe]].
O: Thank you, [[PERSON|Martin]]. If he comes back with any girl, call us or the police at once.
C: Will do. Thanks for listening.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Lambayeque",
        "past",
        "low",
        ["referral_legal"],
        "A hostel owner reports that, months ago, a middle-aged man repeatedly stayed at his beach hostel with two "
        "apparent young teenage girls he called his nieces and stopped one of them from using a phone; he has not "
        "been seen since. The details, including the man's identity and vehicle, are passed to the prosecutor's office.",
    ),
)

call(
    "h62-12",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening.
C: Yeah, hi, evening. Is this the number for complaints? I need someone to come and deal with my neighbours.
O: This line is for cases of human trafficking. What's happening?
C: Right, well, I live in [[LOCATION|Máncora]], in the [[ADDRESS|blue house behind the Los Órganos petrol station]], and the family next door, the [[PERSON|Carrascos]], have been blasting music every night and their dogs keep getting into my garden.
O: Is anyone being forced to work, held against their will, or hurt?
C: No, no, nothing like that. It's just the noise and the dogs. Tonight Mr [[PERSON|Carrasco]] shouted at me over the wall because I threw a dog's toy back, and now his wife says I broke their flower pots.
O: I understand it's frustrating, but that's a neighbour dispute, not something this line handles.
C: So who do I call? I've been here two years and I still don't get who does what.
O: For noise and arguments you can go to the municipality or the local police station. If there's any violence, call 105.
C: Okay. Sorry, somebody at the market gave me this number.
O: No problem. Have a good evening.
C: You too, cheers.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "A resident called to complain about a quarrel with his neighbours over loud music, dogs and a broken flower "
        "pot. There is no sign of trafficking; the purpose of the line was explained.",
    ),
)

call(
    "h62-13",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning. How can I help?
C: Good morning. I work as a fisheries observer, I'm at the artisanal fishing terminal in [[LOCATION|Santa Rosa]], [[LOCATION|Lambayeque]], and I want to report some boys working on one of the boats.
O: Thank you. What have you seen?
C: There's a boat called the [[ORGANIZATION|Virgen de la Puerta II]]. At night, when it comes in, boys unload the catch, heavy crates, until sunrise. Two boys at first, that's what I noticed last week. Then this morning I saw three more, so five in total.
O: How old do they look?
C: The youngest can't be more than [[AGE|fourteen]]. The others, fifteen, sixteen. All boys.
O: Have you spoken to any of them?
C: One of them, they call him [[PERSON|Pelusa]], told me they come from the highlands, that the skipper paid their bus and now they owe him, so they work for food and sleep on the deck or under the tarp on the dock. He says they don't go to school and they haven't been home in months.
O: Do you know who the skipper or owner is?
C: The skipper is a man they call Tío [[PERSON|Lalo]]. The owner, I checked the boat registration, is [[PERSON|Wilmer Chero]]. The registration number on the hull is [[OTHER_ID|CE-21874-BM]].
O: Are the boys hurt or threatened in any way?
C: I saw the skipper kick one of them yesterday because he dropped a crate. And the boys say if they leave, he'll go after their families for the debt.
O: That's very serious: minors in debt bondage, working at night, and violence. I'll refer this to the prosecutor's office and the police unit for trafficking cases today, and ask for labour and child-protection services to intervene.
C: Good. The boat goes out again tomorrow night, I think, so the boys will be on board.
O: I'll include that. Could you give me a contact number?
C: Yes, [[PHONE_NUMBER|979 214 660]]. My name is [[PERSON|Claire Dubois]].
O: Thank you, [[PERSON|Claire]]. We'll call you back tomorrow to see how things are.
C: Thank you.
""",
    note(
        "witness",
        "report",
        ["labour"],
        5,
        True,
        ["male"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A fisheries observer reports that five boys from another region work at night unloading a fishing boat to "
        "pay off a travel debt to the skipper, sleep on the dock, do not attend school and have been kicked and "
        "threatened. The case is referred to the prosecutor's office and the police, with follow-up.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h62-14",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Alô, boa noite, por favor, fala português? Eu preciso de ajuda, é urgente.
O: Sí, hablo portugués. Pode falar, estou ouvindo. Você está em perigo agora?
C: Estou. Eu tô no quintal dos fundos do bar, escondida atrás dos tambores de água. Eu e minha amiga [[PERSON|Thaís]], a gente é brasileira, de [[LOCATION|Manaus]].
O: Onde fica esse bar?
C: Em [[LOCATION|Aguas Verdes]], na fronteira, perto do mercado. Chama [[ORGANIZATION|Bar Tropicana]], é [[ADDRESS|o sobrado amarelo na esquina da rua do câmbio]].
O: O que está acontecendo com vocês?
C: A gente veio pra trabalhar de dançarina, mas o dono, o [[PERSON|Paco]], obriga a gente a fazer programa todo dia. Ele pegou nossos passaportes. E hoje ele disse que de madrugada vai levar nós duas pro outro lado, pro [[LOCATION|Equador]], numa caminhonete.
O: Qual é o seu nome e quantos anos vocês têm?
C: Eu sou [[PERSON|Jéssica Nogueira]], tenho [[AGE|vinte e dois]]. A [[PERSON|Thaís Almeida]] tem [[AGE|vinte]]. Ela tá lá dentro agora, com um cliente.
O: Ele já machucou vocês?
C: Ontem ele bateu na [[PERSON|Thaís]] com o cinto porque ela chorou na frente de um cliente. E ele tem arma, guarda na gaveta do balcão.
O: [[PERSON|Jéssica]], vou avisar a polícia agora mesmo para ir ao bar. Depois vocês vão para um abrigo, num lugar seguro. Você tem como receber mensagem?
C: Tenho, meu número é [[PHONE_NUMBER|+55 92 99184 3307]], mas o wi-fi do bar é fraco.
O: Tudo bem. Fique escondida aí se puder. Quando a polícia chegar, diga que você ligou para a linha.
C: E a [[PERSON|Thaís]]? Ela não sabe que eu liguei.
O: A polícia vai tirar as duas. Não fale com o [[PERSON|Paco]] sobre isso.
C: Tá bom. Tô ouvindo alguém na porta, vou desligar.
O: Já está avisado, eles estão a caminho. Força, [[PERSON|Jéssica]].
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        False,
        ["female"],
        "Tumbes",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una mujer extranjera llama escondida desde un bar de la zona fronteriza donde ella y una amiga son "
        "obligadas a prostituirse con los pasaportes retenidos; el dueño, que tiene un arma y golpeó a la amiga, "
        "planea trasladarlas al país vecino esa madrugada. Se envió a la policía y se coordinará un albergue.",
    ),
)

call(
    "h62-15",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite. Desculpa, sou brasileiro, turista, estou em [[LOCATION|Huanchaco]], perto de [[LOCATION|Trujillo]]. Não sei se é aqui que eu ligo.
O: Sí, puede hablar en portugués. O que aconteceu?
C: Tem um menino, deve ter uns [[AGE|oito anos]], que vende bala no calçadão até meia-noite, todo dia. E hoje eu percebi que tem também uma menininha com ele, a irmã, pequenininha, uns [[AGE|cinco]]. Então são duas crianças.
O: Eles estão sozinhos?
C: Não. Tem um homem que fica sentado no banco da praça olhando. Toda hora o menino leva o dinheiro pra ele. Hoje o menino voltou com pouco e o homem deu um tapa na cabeça dele.
O: Sabe como se chama o homem ou as crianças?
C: O menino disse que se chama [[PERSON|Jhair]]. O homem, ouvi a menina chamar de tio [[PERSON|Richi]]. Ele usa uma jaqueta do Universitario... não, não sei se isso ajuda.
O: Ajuda, sim. Onde exatamente eles ficam?
C: Na [[ADDRESS|frente do restaurante Caballito de Totora, no calçadão]], entre o píer e a praça.
O: As crianças parecem estar em perigo agora, nesta hora?
C: Agora não, o homem já levou eles embora de mototáxi. Mas amanhã eles vão estar lá de novo, com certeza.
O: Entendo. Vamos passar o caso para a polícia e para a proteção de crianças, para que avaliem a situação no calçadão. Pode deixar um contato?
C: Claro, [[PHONE_NUMBER|+55 11 97730 4518]]. Meu nome é [[PERSON|Rafael]]. Fico aqui até sábado.
O: Obrigada, [[PERSON|Rafael]]. Se voltar a ver o homem batendo nas crianças, ligue para a polícia, 105.
C: Combinado. Obrigado.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        2,
        True,
        ["male", "female"],
        "La Libertad",
        "ongoing",
        "medium",
        ["referral_legal", "information_given"],
        "Un turista extranjero reporta que dos niños pequeños, hermanos, venden golosinas hasta la medianoche en un "
        "paseo costero vigilados por un hombre que se queda con el dinero y golpeó al niño. No están en peligro en "
        "este momento; se deriva a la policía y a protección de menores y se le orientó sobre qué hacer.",
    ),
)

call(
    "h62-16",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Bom dia. Eu falo português, tudo bem? Estou ligando do [[LOCATION|Brasil]], de [[LOCATION|Fortaleza]].
O: Tudo bem, pode falar em português.
C: Meu nome é [[PERSON|Francisca Lima]]. Há dois anos eu trabalhei numa casa de família em [[LOCATION|Piura]], como empregada. Eu queria saber se ainda posso denunciar o que aconteceu.
O: Pode sim. O que aconteceu?
C: A senhora, a dona [[PERSON|Marlene Arámbulo]], me trouxe dizendo que ia pagar trezentos dólares por mês. Eu trabalhei um ano e meio, de cinco da manhã até onze da noite, cuidando das crianças e da casa, e ela nunca me pagou. Ela ficou com meu passaporte e eu não podia sair sozinha.
O: Como você saiu de lá?
C: Uma vizinha me ajudou a fugir, em [[DATE_TIME|dezembro de 2022]], e o consulado me deu um documento para voltar. Agora estou em casa, com minha mãe, estou bem. Ninguém me procura.
O: Fico feliz que você esteja segura. O que você gostaria de fazer agora?
C: Eu quero denunciar ela e, se der, receber o que ela me deve. Mas eu não tenho dinheiro para advogado nem para viajar.
O: Vou explicar: a denúncia pode ser feita mesmo com você no Brasil, pelo consulado ou com um advogado público daqui, e você não precisa viajar no começo. Vou derivar o seu caso para a defesa legal gratuita.
C: Eu tenho ainda umas mensagens dela no WhatsApp, onde ela fala do salário.
O: Guarde essas mensagens, são importantes. Me passa um contato?
C: Meu e-mail é [[EMAIL_ADDRESS|francisca.lima82@gmail.com]] e o telefone [[PHONE_NUMBER|+55 85 98812 0764]].
O: Obrigada, [[PERSON|Francisca]]. Alguém da defesa legal vai entrar em contato por e-mail.
C: Muito obrigada, de verdade.
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Piura",
        "past",
        "low",
        ["referral_legal", "information_given"],
        "Una mujer extranjera, ya de regreso y a salvo en su país, cuenta que hace dos años trabajó como empleada "
        "doméstica interna durante un año y medio sin pago, con jornadas excesivas, el pasaporte retenido y sin poder "
        "salir sola. Se le explicó cómo denunciar desde el extranjero y se derivó a defensa legal gratuita.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
