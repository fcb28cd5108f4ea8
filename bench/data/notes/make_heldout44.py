#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout44.jsonl: 16 more fictional, labelled hotline calls.

Written by an outside test-data writer who read only three files:
../shared/eval/LABELS.md, ../shared/eval/make_dev.py and make_heldout.py (this
folder). Same markup and builder as make_heldout.py ([[TYPE|surface]] marks PII;
O:/C: mark the speaker); output format: LABELS.md.

Mix (16 calls): 5 lowercase unpunctuated Whisper-style Spanish ("lowercase_asr"),
5 cased Spanish ("plain"), 2 English ("plain"), 1 Brazilian Portuguese
("portuguese"), 1 Venezuelan Spanish ("venezuelan"), 1 Spanish/English
code-switching ("code_switching"), 1 Andean Spanish with Quechua words
("andean_quechua"). Every caller_role, call_type, exploitation type (with mixes),
situation, urgency level and action appears at least once.

All people, phone numbers, IDs, plates, handles, businesses and addresses are
invented.

Run: cd /work/private_h44/notes && python3 make_heldout44.py
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout44.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h44-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches le hablo del grifo del [[ADDRESS|kilómetro 512 de la panamericana norte]] pasando [[LOCATION|virú]] hay una cúster parada acá con unas chicas y algo no está bien
O: gracias por llamar está usted en un lugar seguro para hablar
C: sí estoy en la caseta del grifo el chofer y otro señor están comiendo en el restaurante del costado
O: qué es lo que ha visto
C: una de las chicas vino al baño y me pidió mi celular para llamar a su mamá lloraba me dijo que tiene [[AGE|quince años]] que la sacaron de su casa en [[LOCATION|huari]] diciendo que iba a trabajar en una tienda de ropa pero en el carro el señor les dijo que van a atender a los hombres en un night de [[LOCATION|trujillo]] que se tienen que dejar tocar y que si no le pagan lo del pasaje
O: cuántas chicas hay en el vehículo
C: cuatro he contado cuatro en los asientos de atrás ah no espere cinco hay una que está echada dormida en el último asiento
O: todas parecen menores de edad
C: sí señorita son chibolitas dos están con buzo de colegio la mayor tendrá [[AGE|diecisiete]] como mucho
O: tiene la placa del vehículo
C: sí la cúster es blanca con franja verde la placa es [[OTHER_ID|t4x 918]]
O: los señores tienen armas o le han amenazado a usted
C: no armas no he visto y a mí no me han dicho nada no saben que estoy llamando
O: voy a pasar esto ahora mismo a la policía de carreteras para que lleguen al grifo antes de que el vehículo se vaya no se acerque al chofer y si arrancan fíjese hacia dónde van
C: ya señorita la chica se ha vuelto a subir al carro qué hago
O: nada más quédese en la caseta la policía ya va en camino le voy a devolver la llamada en unos minutos a este número para saber qué pasó
C: ya ya gracias señorita apúrense por favor
""",
    note(
        "witness",
        "report",
        ["sexual"],
        5,
        True,
        ["female"],
        "La Libertad",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un trabajador de un grifo en la carretera reporta que una adolescente le pidió ayuda desde un vehículo "
        "detenido en el que trasladan a cinco chicas, varias de ellas menores, captadas con una oferta de trabajo "
        "en una tienda y llevadas en realidad a un local nocturno para atender a hombres. Se alertó de inmediato "
        "a la policía de carreteras para intervenir el vehículo antes de que parta, con seguimiento.",
    ),
)

call(
    "h44-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: hola señorita disculpe es que mi amigo está en un problema y no sé a quién decirle
O: tranquilo hiciste bien en llamar cuántos años tienes tú
C: [[AGE|catorce]] bueno voy a cumplir [[AGE|quince]] estoy en tercero de secundaria en [[LOCATION|huanta]]
O: qué le pasa a tu amigo
C: se llama [[PERSON|yoel]] es de mi salón hace un mes un señor que le dicen el [[PERSON|chino]] le dijo que había trabajo en una chacra por [[LOCATION|llochegua]] que le iban a pagar cien soles diarios y se fue con su primo [[PERSON|edwin]] que está en primero
O: y qué sabes de ellos ahora
C: anoche me escribió por whatsapp de un celular prestado dice que no es chacra que los tienen en unas pozas pisando la hoja con kerosene toda la noche y que ahora les quieren hacer cargar mochilas por el monte
O: les pagan algo
C: nada dice que el [[PERSON|chino]] les cobra la comida y que si se escapan los van a matar que a uno que se quiso ir le dispararon
O: hay otros chicos con ellos
C: no otros chicos no solo ellos dos los demás son los que trabajan para el [[PERSON|chino]] los que cuidan con escopeta
O: sabes dónde queda ese lugar exactamente
C: no sé bien él dice que es monte adentro pasando el río cerca de un caserío que se llama [[LOCATION|nueva esperanza]] su mamá sabe pero tiene miedo de ir a la comisaría dice que el [[PERSON|chino]] tiene gente en todas partes
O: lo que me cuentas es muy grave tu amigo y su primo son víctimas no han hecho nada malo vamos a pasar el caso hoy mismo a la fiscalía y a la policía especializada para que los busquen tú no vayas a buscarlo ni le contestes a ese señor
C: y no le va a pasar nada a [[PERSON|yoel]] por lo que dije
O: tu identidad y la de tu amigo quedan reservadas me dejas un número para llamarte mañana
C: sí es el [[PHONE_NUMBER|nueve siete uno cuatro cero dos ocho ocho seis]] es el celular de mi hermana mayor
O: gracias mañana te llamamos y si [[PERSON|yoel]] te vuelve a escribir dile que puede llamar gratis a esta línea
""",
    note(
        "acquaintance",
        "report",
        ["labour", "forced_criminality"],
        2,
        True,
        ["male"],
        "Ayacucho",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un adolescente reporta que su compañero de colegio y el primo de este, ambos menores, fueron llevados con "
        "engaños a una zona cocalera donde los obligan a pisar hoja de coca en pozas y a cargar mochilas por el "
        "monte, sin pago y bajo amenazas de muerte. Se deriva el caso a la fiscalía y a la policía especializada, "
        "con seguimiento.",
    ),
)

call(
    "h44-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo soy repartidor de agua en triciclo reparto bidones por [[LOCATION|villa el salvador]] y hay una casa donde hay una niñita que me da pena
O: cuénteme qué ha visto
C: dos veces por semana llevo bidones a una casa en el [[ADDRESS|sector tres grupo catorce manzana k lote nueve]] y siempre me abre una niñita chiquita tendrá [[AGE|diez once años]] todavía de primaria se le ve
O: por qué le preocupa
C: porque nunca está en el colegio ni en la mañana ni en la tarde siempre está lavando o con el bebé cargado y la reja está con candado ella me pasa la plata por la reja dice que la señora se lleva la llave
O: ha hablado con ella
C: una vez le pregunté si era hija de la señora y me dijo que no que la trajeron de [[LOCATION|andahuaylas]] para que la hagan estudiar pero no la mandan y que duerme en la azotea
O: ha visto si la golpean o si tiene marcas
C: no eso no golpes no le he visto nada pero está bien flaquita y siempre descalza
O: sabe el nombre de la señora de la casa
C: la señora [[PERSON|yolanda]] creo le dicen [[PERSON|yoli]] tiene una bodega en otro sitio sale temprano y regresa de noche
O: hay otros niños en esa situación en la casa
C: no solo ella el bebé es de la señora
O: lo que describe puede ser servidumbre doméstica de una niña vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial para que hagan una visita no le diga nada a la señora
C: ya pero la próxima semana tengo que volver a llevar el agua
O: siga normal con su reparto sin preguntarle nada y si ve algo nuevo nos vuelve a llamar le dejo registrado y lo llamo en unos días para contarle cómo va
C: ya señorita gracias es que tengo una hija de la misma edad
""",
    note(
        "witness",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un repartidor reporta que una niña traída de otra región vive tras una reja con candado en una casa donde "
        "lava y cuida a un bebé, sin asistir al colegio y durmiendo en la azotea. No ha visto golpes; se deriva el "
        "caso a la fiscalía de familia y a la unidad de protección especial, con seguimiento.",
    ),
)

call(
    "h44-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: hola buenas tardes quería consultar algo es que me salió un video en tiktok ofreciendo trabajo y me pareció raro
O: claro cuénteme qué decía el video
C: era una chica bailando y decía trabajo en el extranjero para chicas y chicos desde dieciséis años sin experiencia te pagan el pasaje y el hospedaje y ganas dos mil dólares al mes
O: decía en qué país o qué tipo de trabajo
C: no eso es lo raro no dice el país dice que te lo dicen cuando pasas la entrevista y que es atención al público que solo mandes una foto de cuerpo entero y la copia de tu dni por interno
O: sabe el nombre de la cuenta
C: sí es [[OTHER_ID|@chamba_internacional_ya]] tiene como ochenta mil likes
O: usted o alguien que conoce ha mandado sus datos o ha conversado con ellos
C: no no yo no he mandado nada solo lo vi pero en los comentarios hay un montón de chicas poniendo info info
O: hizo muy bien en no mandar nada le explico que pidan fotos de cuerpo entero que acepten menores de edad que no digan el país ni la empresa y que paguen todo por adelantado son señales típicas de captación para trata
C: ah ya y qué puedo hacer yo
O: puede reportar el video en la misma aplicación y si quiere hacer la denuncia puede ir a la división de alta tecnología de la policía con capturas de pantalla también puede compartir este número que es gratuito y atiende las veinticuatro horas
C: ya voy a tomar captura antes que lo borren
O: muy bien y si alguien que conoce ya se comunicó con ellos que nos llame para orientarlo
C: ya gracias señorita muy amable
""",
    note(
        "general_public",
        "information_request",
        ["unknown"],
        0,
        False,
        [],
        None,
        "at_risk",
        "low",
        ["information_given"],
        "Una persona consulta por un video en redes sociales que ofrece trabajo en el extranjero sin indicar país "
        "ni empresa, acepta menores de edad y pide fotos de cuerpo entero y copia del documento. Nadie de su entorno "
        "envió datos; se explicaron las señales de captación y cómo reportar y denunciar la publicación.",
    ),
)

call(
    "h44-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló buenas noches se escucha le llamo desde [[LOCATION|santiago de chile]] es por mi sobrina
O: sí la escucho bien qué le pasa a su sobrina
C: ella vivía en [[LOCATION|tacna]] con mi hermana y un muchacho que conoció por facebook le ofreció trabajo de mesera en un restaurante en [[LOCATION|iquique]] le dijo que iba a ganar un millón de pesos al mes y se fue con él hace tres semanas
O: cuántos años tiene su sobrina
C: [[AGE|dieciocho]] no espere [[AGE|diecinueve]] ya cumplió hace poco [[AGE|diecinueve]] tiene
O: y qué le ha contado ella
C: que no es restaurante es una schopería que la hacen tomar con los clientes y salir con ellos a unos cuartos de atrás que el muchacho le quitó el carnet y le dice que le debe el pasaje y el hospedaje y que si se va la denuncia por ilegal
O: está sola o hay otras chicas con ella
C: hay otra chica boliviana más chiquita que ella pero mayor de edad también dice y las dos duermen en un cuarto del mismo local
O: su sobrina puede salir del local cuando quiere
C: no sola no el muchacho la lleva y la trae ella me escribe de noche cuando él se duerme
O: sabe el nombre del local o del muchacho
C: el local se llama [[ORGANIZATION|schopería el farolito]] queda en el [[ADDRESS|pasaje los molles al lado de una ferretería]] y el muchacho se hace llamar [[PERSON|maicol]]
O: como está fuera del [[LOCATION|perú]] vamos a comunicar el caso al consulado peruano y a la fiscalía que coordina con las autoridades de [[LOCATION|chile]] usted también puede denunciar allá en la policía de investigaciones o llamar a carabineros
C: ya yo mañana voy a la policía de acá
O: muy bien lleve las capturas de los mensajes de su sobrina y si tiene copia de su carnet también me da un número para llamarla
C: sí mi celular es [[PHONE_NUMBER|+56 9 8315 2206]]
O: gracias la llamamos mañana para ver cómo le fue y dígale a su sobrina que no está sola
C: gracias señorita que dios le pague
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        2,
        False,
        ["female"],
        "Chile",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una tía que vive en el extranjero reporta que su sobrina, mayor de edad, fue captada por redes sociales con "
        "una oferta de mesera y es obligada a beber y prostituirse en un bar fuera del país junto con otra joven, con "
        "su documento retenido, una supuesta deuda y sin poder salir sola. Se comunica el caso al consulado y a la "
        "fiscalía, se le orientó sobre cómo denunciar ante la policía local y se hará seguimiento.",
    ),
)

# ------------------------------------------------------- plain Spanish ----
call(
    "h44-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Soy enfermera del servicio de maternidad de la [[ORGANIZATION|Clínica Materno Infantil Santa Inés]], en [[LOCATION|Huánuco]]. Quería reportar algo que nos tiene preocupadas.
O: La escucho, ¿qué ha pasado?
C: Anteayer dio a luz una chica de [[AGE|16 años]], una bebita sanita. Ella vino sola desde [[LOCATION|Tingo María]] y nos contó que una señora la recogió cuando estaba de cinco meses, le paga el cuarto y la comida, y le dijo que cuando nazca la bebé se la tiene que dar a una pareja que ya pagó.
O: ¿La joven está de acuerdo con entregar a su bebé?
C: No. Llora cada vez que se lo mencionamos. Dice que la señora le ha dicho que si no entrega a la bebé tiene que devolverle todo lo que gastó, como tres mil soles, y que la va a denunciar.
O: ¿La bebé ya salió del hospital o fue entregada a alguien?
C: No, no, las dos siguen aquí. La bebé está en alojamiento conjunto con la mamá. Pero el alta es mañana temprano y la señora dijo que viene a recogerlas.
O: ¿Saben cómo se llama esa señora?
C: Dice que se llama [[PERSON|Ofelia]], [[PERSON|Ofelia Tarazona]]. Vino ayer en la hora de visita con un sobre, y dejó un número: [[PHONE_NUMBER|962 470 183]].
O: ¿La joven tiene familia que la pueda recibir?
C: Su papá la botó de la casa cuando supo del embarazo. No tiene a dónde ir.
O: Lo que describe puede ser venta de una recién nacida, aprovechando la situación de una adolescente, y eso es una forma de trata. Hoy mismo derivamos el caso a la fiscalía de familia para que dicte medidas de protección antes del alta, y coordinamos un albergue para madres adolescentes donde pueda ir con su bebé.
C: Perfecto. ¿Avisamos a la trabajadora social de la clínica?
O: Sí, por favor, y que no entreguen a la bebé a nadie que no sea la madre. ¿Me da un número para coordinar?
C: Mi celular es [[PHONE_NUMBER|943 118 572]]. Estoy de turno toda la noche.
O: Gracias. La llamo en unas horas para confirmarle el albergue y quién va a ir mañana.
C: Muchas gracias, señorita.
""",
    note(
        "professional",
        "report",
        ["other"],
        2,
        True,
        ["female"],
        "Huánuco",
        "at_risk",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una enfermera informa que una adolescente que acaba de dar a luz es presionada por una mujer que la mantuvo "
        "durante el embarazo para entregar a su recién nacida a una pareja que ya habría pagado, bajo amenaza de "
        "cobrarle una deuda. La bebé aún no ha sido entregada y el alta es inminente; se deriva a la fiscalía de "
        "familia para medidas de protección y se coordina un albergue para madre e hija.",
    ),
)

call(
    "h44-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Le habla el dueño de [[ORGANIZATION|Transportes Señor de Ánimas]], de [[LOCATION|Andahuaylas]]. Yo llamé [[DATE_TIME|el lunes]] por un señor que quería comprar pasajes para unos chicos sin autorización de sus papás.
O: Sí, señor, ¿me da su nombre para ubicar el registro?
C: [[PERSON|Teodoro Alarcón]]. Ese día yo no le vendí, pero hoy ha vuelto y en la agencia de al frente ha comprado tres pasajes para [[LOCATION|Puerto Maldonado]], en el bus de [[DATE_TIME|las ocho de la noche]]. Tres chicos, varoncitos los tres.
O: ¿Los chicos están ahí ahora?
C: Sí, están sentados en la sala de espera del terminal con él. Uno me mostró su DNI cuando le pregunté, tiene [[AGE|15 años]]. Los otros dos dicen que tienen [[AGE|dieciocho]], pero no tienen ni bigote, señorita, son unos niños.
O: ¿Sabe para qué los llevan?
C: Uno me dijo que a lavar oro en [[LOCATION|Huepetuhe]], que les han prometido dos mil soles al mes y que el señor les ha dado cien soles a sus mamás como adelanto.
O: ¿Alguno de los papás está con ellos?
C: No, ninguno. Y el señor no tiene ninguna autorización notarial ni nada. Es el mismo de la otra vez, un gordo con casaca de cuero, le dicen el tío [[PERSON|Lucas]].
O: Muy bien hecho, señor [[PERSON|Teodoro]]. Voy a avisar ahora mismo a la comisaría de [[LOCATION|Andahuaylas]] y a la policía de carreteras para que intervengan en el terminal antes de que salga el bus. No se enfrente al señor.
C: Ya. ¿Y si el bus sale antes de que lleguen?
O: Recuérdele a la otra agencia que no puede embarcar menores sin autorización. Y si el bus igual sale, con la placa la policía lo detiene en el camino. ¿La tiene?
C: Sí, es un bus de [[ORGANIZATION|Expreso Wari Sur]], placa [[OTHER_ID|V3N-947]].
O: Perfecto. ¿A qué número lo llamo?
C: Al [[PHONE_NUMBER|983 506 214]].
O: En diez minutos lo llamo para confirmar que la policía está llegando.
C: Gracias, señorita, aquí espero.
""",
    note(
        "witness",
        "follow_up",
        ["labour"],
        3,
        True,
        ["male"],
        "Madre de Dios",
        "at_risk",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "El dueño de una empresa de transportes llama en seguimiento de un reporte previo: el mismo hombre volvió y "
        "compró pasajes para tres adolescentes varones, sin autorización de sus padres, para llevarlos a trabajar "
        "en la minería aurífera. Se alertó de inmediato a la policía para intervenir en el terminal antes de la "
        "salida del bus, con seguimiento.",
    ),
)

call(
    "h44-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Soy ecuatoriano, de [[LOCATION|Machala]]. Estoy en [[LOCATION|Sullana]], me acabo de escapar de una chacra de arroz y no sé a dónde ir.
O: ¿Está en un lugar seguro ahora?
C: Estoy en la plaza, en una banca. Nadie me sigue, creo.
O: Cuénteme qué pasó.
C: Un señor nos trajo a mi hermano y a mí hace cuatro meses, nos dijo que íbamos a ganar cincuenta soles diarios en la cosecha. Los dos trabajábamos desde las cuatro de la mañana hasta que oscurece, en el agua, fumigando sin nada en la cara. Nunca nos pagó. Dice que le debemos el pasaje, la comida y el cuarto.
O: ¿Le quitaron sus documentos?
C: Sí, la cédula de los dos la tiene él, el señor [[PERSON|Crisanto]]. Dice que si nos vamos nos denuncia a migraciones.
O: ¿Su hermano está con usted?
C: No, él se quedó. Solo pude salir yo porque me mandaron a comprar. Allá quedan mi hermano y otros tres muchachos... bueno, dos, porque uno es sobrino del señor, ese no trabaja, ese nos vigila.
O: ¿Alguno es menor de edad?
C: No, todos mayores. Mi hermano tiene [[AGE|veinte]], yo [[AGE|veintitrés]], los otros también son jóvenes pero mayores.
O: ¿Está herido o necesita atención médica?
C: Tengo las manos llenas de heridas por el químico, me arden, pero puedo caminar.
O: Vamos a buscarle un albergue para esta noche y que lo vea un médico por las manos. También pasamos el caso a la fiscalía para que rescaten a su hermano y a los otros. ¿Sabe dónde queda la chacra?
C: En [[LOCATION|Querecotillo]], el [[ADDRESS|fundo pasando el canal, el que tiene el molino viejo]].
O: ¿Tiene un número donde lo pueda llamar?
C: Este, [[PHONE_NUMBER|+593 98 713 2450]]. Es ecuatoriano, solo funciona con el wifi de la plaza.
O: Quédese en la plaza. En media hora lo llamo para decirle a qué albergue ir. Usted no ha hecho nada malo.
C: Gracias, señorita. Solo quiero sacar a mi hermano.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        4,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
        "Un migrante extranjero cuenta que escapó de un campo de arroz donde él, su hermano y otros dos jóvenes "
        "trabajaban sin pago por una supuesta deuda, con los documentos retenidos y amenazas de denuncia a "
        "migraciones; los otros tres siguen allí. Tiene heridas en las manos por químicos; se coordina albergue, "
        "atención médica y derivación a la fiscalía, con seguimiento.",
    ),
)

call(
    "h44-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Yo soy zapatero, tengo mi puesto de remiendos en la [[ADDRESS|esquina del pasaje Santa Marta con la calle Moral]], en el centro de [[LOCATION|Arequipa]]. Quería contarles de un señor que pide limosna acá al frente.
O: Cuénteme, por favor.
C: Es un señor mayor, le falta una pierna. Lo traen todos los días temprano en una mototaxi, lo sientan en la vereda con un cartel y en la noche lo recogen. Una pareja joven. Al mediodía vienen, le sacan todas las monedas del tarrito y se van.
O: ¿Sabe si son familiares de él?
C: Ellos dicen que son sus sobrinos. Pero un día el señor me trajo su sandalia para arreglar y me contó bajito que no, que lo sacaron de un asilo en [[LOCATION|Puno]], que no son nada suyo, y que él quiere volver allá.
O: ¿Le dan de comer? ¿Lo maltratan?
C: Golpes no he visto, no. Pero comida no le dan, yo a veces le invito de mi almuerzo. Está todo el día al sol, sin agua, y no lo llevan al baño, se tiene que aguantar.
O: ¿Sabe su nombre o el de ellos?
C: A él le dicen don [[PERSON|Fortunato]]. A ella le dicen [[PERSON|Gladys]]. La mototaxi es roja, placa [[OTHER_ID|4521-4V]].
O: ¿Traen a alguien más de la misma manera?
C: No, a él solo, que yo sepa.
O: ¿Él quiere salir de esa situación?
C: Sí, me ha dicho que quiere volver al asilo, pero que ellos tienen su DNI y le cobran su pensión.
O: Esto puede ser explotación de una persona adulta mayor en la mendicidad, que es una forma de trata. Vamos a derivar el caso a la fiscalía y a la oficina de protección de personas adultas mayores para que lo evalúen. ¿Me deja su número?
C: Sí, [[PHONE_NUMBER|958 240 631]]. Pero no me nombren, que tengo que seguir trabajando acá.
O: Su identidad queda reservada. Lo llamamos la próxima semana para contarle. Si lo ve mal de salud, llame al 106 o a nosotros.
C: Ya, gracias. Es un buen señor, no merece eso.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        1,
        False,
        ["male"],
        "Arequipa",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un zapatero reporta que un adulto mayor con discapacidad es llevado cada día por una pareja que no es su "
        "familia a pedir limosna en la calle, sin comida ni agua, mientras ellos se quedan con el dinero, su "
        "documento y su pensión. Se deriva el caso a la fiscalía y a la oficina de protección de personas adultas "
        "mayores, con seguimiento.",
    ),
)

call(
    "h44-es-005",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes, hermana. Yo soy artesana shipiba, vendo mis telas bordadas aquí en [[LOCATION|Cantagallo]], en el [[LOCATION|Rímac]]. Llamo por mi sobrina, necesito orientación.
O: Claro, cuénteme.
C: Mi sobrina [[PERSON|Metsa]] vino de la comunidad, de [[LOCATION|San Francisco de Yarinacocha]], cuando tenía [[AGE|trece años]]. Una señora de [[LOCATION|Surco]] le dijo a su mamá que la iba a hacer estudiar a cambio de ayudar en la casa.
O: ¿Y qué pasó?
C: Dos años la tuvo limpiando, cocinando, cuidando a los hijos de la señora. Nunca la mandó al colegio, no le pagaba, no la dejaba llamar a su mamá. Dormía en la lavandería. Hace dos semanas se escapó y llegó donde mí, caminando, preguntando por los shipibos.
O: ¿Ahora está con usted? ¿Está segura?
C: Sí, está conmigo, tranquila. La señora no sabe dónde estamos, no nos ha buscado.
O: ¿Cuántos años tiene ahora?
C: [[AGE|Quince]]. Pero casi no habla, no come bien, de noche se despierta llorando. Y le duele una muela desde hace meses.
O: Ha hecho muy bien en recibirla. ¿Qué quisiera hacer la familia?
C: Yo quiero saber si se puede denunciar a esa señora y que le pague lo que trabajó. Y que la vea un psicólogo. Su mamá quiere que regrese a la comunidad, pero no hay plata para el pasaje.
O: Lo que vivió su sobrina es servidumbre doméstica, y como era una niña es un delito grave. La vamos a derivar a un centro de salud mental comunitario y a un dentista, y a la defensa pública para víctimas, que le pone un abogado gratuito para la denuncia. ¿Sabe dónde queda la casa?
C: Ella dice que es una casa grande con portón de madera en [[ADDRESS|la calle Los Halcones, cerca del parque de las palomas]]. La señora se llama [[PERSON|Marisol]], el apellido no lo sabe.
O: Con eso se puede empezar. ¿Me da un número para que la llamen?
C: Mi celular es [[PHONE_NUMBER|921 385 907]]. Me llamo [[PERSON|Ranin]].
O: Gracias, señora [[PERSON|Ranin]]. Mañana la llama la abogada, y yo la llamo la próxima semana para ver cómo sigue su sobrina.
C: Gracias, hermana. Irake.
""",
    note(
        "family_member",
        "help_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "past",
        "medium",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Una tía pide orientación para su sobrina indígena, quien de niña fue llevada a la ciudad con la promesa de "
        "estudiar y pasó dos años haciendo trabajo doméstico sin pago, sin colegio y sin contacto con su familia, "
        "hasta escapar. Ahora está a salvo con la tía; se deriva a atención psicológica y dental y a defensa legal "
        "gratuita, con seguimiento.",
    ),
)

# -------------------------------------------------- Venezuelan Spanish ----
call(
    "h44-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días, mi reina. Mira, yo quería preguntarte algo, porque me da cosa, ¿sabes? Yo soy venezolana y me pasó una vaina el año pasado y no sé si puedo denunciar.
O: Claro que sí, cuénteme con confianza.
C: Yo llegué a [[LOCATION|Tacna]] con una pana, [[PERSON|Yuleisy]], las dos juntas. Una señora nos ofreció trabajo en un spa, de recepcionistas, y cuando llegamos era un sitio de masajes donde nos obligaban a atender a los hombres, tú sabes, a acostarnos con ellos. Nos quitaron los pasaportes y nos decían que debíamos el pasaje.
O: ¿Ustedes eran mayores de edad en ese momento?
C: Sí, sí, yo tenía [[AGE|veintiuno]] y ella [[AGE|veinticuatro]].
O: ¿Siguen en ese lugar?
C: No, no, gracias a Dios no. Nosotras dos nos escapamos hace como ocho meses, una noche que dejaron la puerta abierta. Ahorita estamos en [[LOCATION|Lima]], trabajamos en una panadería, estamos bien.
O: ¿Esa gente las ha vuelto a buscar o las ha amenazado?
C: No, nada, chama. Ni saben dónde estamos. Pero los pasaportes nunca los recuperamos, y yo sin papeles no puedo sacar el carnet, ¿me entiendes?
O: ¿Qué le gustaría hacer ahora?
C: Mira, yo quiero saber si puedo denunciar sin que me boten del país. Y sacar mis papeles. A [[PERSON|Yuleisy]] le da más miedo, ella no quiere saber nada de eso.
O: Le explico: a las víctimas de trata no las expulsan por denunciar, y pueden pedir una calidad migratoria especial como víctimas. La denuncia se hace en la fiscalía, y hay abogados gratuitos que la acompañan. Su amiga no está obligada a denunciar.
C: Ah, qué bueno, no sabía eso. ¿Y dónde consigo un abogado?
O: La voy a derivar a la defensa pública de víctimas; ellos la llaman para acompañarla a la fiscalía y al trámite migratorio. ¿Me da un número?
C: Sí, mi WhatsApp es [[PHONE_NUMBER|+51 927 641 038]]. Me llamo [[PERSON|Yusmary]].
O: Gracias, [[PERSON|Yusmary]]. Y si alguna vez esa gente la contacta, llámenos enseguida.
C: Dale, mi amor, mil gracias. Me quitaste un peso de encima.
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        2,
        False,
        ["female"],
        "Tacna",
        "past",
        "low",
        ["information_given", "referral_legal"],
        "Una migrante consulta si puede denunciar sin ser expulsada: el año pasado ella y una amiga fueron engañadas "
        "con un trabajo de recepcionistas y obligadas a prostituirse en un local de masajes, con los pasaportes "
        "retenidos, hasta que escaparon. Están a salvo y sin amenazas; se le explicaron sus derechos como víctima y "
        "se deriva a la defensa pública.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h44-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite... desculpa, eu sou brasileiro, falo português. Por favor, preciso de ajuda, mas tenho que falar baixinho.
O: Pode falar em português, eu entendo. Você está em perigo agora?
C: Agora não, tá todo mundo dormindo. Eu vim de [[LOCATION|Recife]] faz dois meses para trabalhar num call center em [[LOCATION|Lima]], atendimento ao cliente em português. Mas não é isso. Eles obrigam a gente a enganar pessoas no [[LOCATION|Brasil]] pela internet, fingir namoro, pedir dinheiro, investimento falso. Catorze horas por dia.
O: Vocês podem sair do lugar?
C: Não. É um apartamento, a porta fica trancada e tem dois seguranças. Pegaram nossos passaportes no primeiro dia. Quem não bate a meta não come, e falaram que se alguém for à polícia vai ser preso por estelionato.
O: Quantas pessoas estão com você?
C: Somos cinco brasileiros: eu, dois rapazes de [[LOCATION|Pernambuco]] e duas moças de [[LOCATION|Goiás]].
O: Tem alguém menor de idade?
C: Não, não. O mais novo tem [[AGE|dezenove]].
O: Você sabe o endereço?
C: Sei o prédio, vi pela janela. Fica em [[LOCATION|San Borja]], [[ADDRESS|um prédio cinza de doze andares na frente de um parque com uma fonte]]. A gente está no nono andar.
O: Você consegue ligar de novo desse telefone?
C: É um celular velho que eu escondi, só de noite. Amanhã, [[DATE_TIME|às dez da manhã]], eles levam duas pessoas ao supermercado; eu vou estar nessa saída.
O: Vocês não são criminosos, são vítimas. Vou passar agora o caso para a polícia especializada, para que preparem uma intervenção no prédio, e vamos deixar um abrigo pronto para vocês cinco. Qual é o número desse celular?
C: [[PHONE_NUMBER|+55 81 99734 5120]]. Mas não liga, por favor, só mensagem.
O: Combinado, só mensagem. Amanhã cedo te escrevo com as instruções. Se alguém machucar vocês antes disso, liga de novo na hora.
C: Obrigado, obrigado mesmo. Meu nome é [[PERSON|Thiago]].
O: Força, [[PERSON|Thiago]]. Você fez a coisa certa.
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        5,
        False,
        ["male", "female"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Un migrante extranjero llama a escondidas desde un departamento donde él y otras cuatro personas adultas "
        "están encerradas, con los pasaportes retenidos, y son obligadas a cometer estafas por internet durante "
        "jornadas extenuantes. Se pasa el caso a la policía especializada para una intervención en el edificio y se "
        "prepara un albergue, con contacto por mensaje al día siguiente.",
    ),
)

# ------------------------------------------------------ code-switching ----
call(
    "h44-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hola, buenas. Mira, soy DJ, trabajo los fines de semana en un club en [[LOCATION|Cusco]], y honestly no sé si esto es para ustedes, pero ya no puedo seguir haciéndome el loco.
O: Lo escuchamos, cuénteme.
C: El club se llama [[ORGANIZATION|Inka Beats Lounge]], es [[ADDRESS|un segundo piso encima de una casa de cambio, a media cuadra de la plaza]]. The owner, un tal [[PERSON|Renzo]], trae chicas para "animar" a los gringos en el VIP. Y no es solo bailar, bro, he makes them go with the clients to a hostel next door, y él cobra.
O: ¿Cuántas chicas son y qué edad tienen?
C: Three girls... bueno, cuatro, contando a la venezolana, que es la mayor, tendrá [[AGE|veinticinco]]. Pero dos de las otras are clearly minors, una me contó que está en cuarto de media, que se escapa del colegio para venir.
O: ¿Y la cuarta?
C: Esa no sé, she doesn't talk much. Tendrá [[AGE|dieciocho, diecinueve]].
O: ¿Sabe si les pagan o si pueden dejar de ir?
C: He says they owe him for the clothes and the room where they stay, so they can't quit. Y también las hace vender tusi, pink cocaine, a los turistas, y si no venden todo les descuenta. [[DATE_TIME|Last Saturday]] una estaba llorando en el baño, me dijo "si no vendo me pega".
O: ¿Las chicas viven en el club?
C: No, en un cuarto que él alquila, no sé dónde. Ahorita el club está cerrado, abre recién el fin de semana.
O: Gracias, esto es muy serio: hay menores a las que explotan sexualmente y obligan a vender droga. Vamos a derivar el caso hoy a la fiscalía especializada y a la policía de trata de [[LOCATION|Cusco]] para que investiguen antes del fin de semana. ¿Estaría dispuesto a dar su testimonio de forma reservada?
C: Sí, pero anonymous, please. Si [[PERSON|Renzo]] se entera, I'm done in this city.
O: Su identidad queda reservada. ¿Me deja un número para que lo llamemos?
C: Mi WhatsApp, [[PHONE_NUMBER|984 712 035]]. Y mi nombre artístico es DJ [[PERSON|Kuntur]], con eso basta.
O: Gracias. Lo llamamos en dos o tres días para contarle cómo avanza, y si ve que les hacen daño a las chicas, llame en ese momento.
C: Okay, thanks. De verdad, gracias.
""",
    note(
        "witness",
        "report",
        ["sexual", "forced_criminality"],
        4,
        True,
        ["female"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un DJ reporta que el dueño de un club nocturno obliga a cuatro chicas, dos de ellas menores, a tener "
        "relaciones con clientes extranjeros y a vender droga, reteniéndolas con una supuesta deuda y con "
        "agresiones. Se deriva a la fiscalía especializada y a la policía de trata, con reserva de identidad y "
        "seguimiento.",
    ),
)

# ---------------------------------------- Andean Spanish, Quechua words ----
call(
    "h44-aq-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita, buenas tardes. Yo soy catequista de la comunidad de [[LOCATION|Ccollpa]], en [[LOCATION|Chumbivilcas]]. Le llamo por los jóvenes, pues, que se han ido.
O: Buenas tardes. Cuénteme, ¿qué ha pasado con los jóvenes?
C: Hace quince días ha venido un señor en su camioneta, le dicen [[PERSON|Puma]]. Ha dicho que en la mina de [[LOCATION|La Rinconada]] hay trabajo, que paga bien. Se ha llevado a tres maqtas, jovencitos, y dos sipaskuna, chicas, pues, para cocinar dice.
O: ¿Usted conoce a esos jóvenes?
C: Sí, señorita, a todos los conozco desde wawas, yo los he preparado para su primera comunión. El más chiquito, [[PERSON|Wilber]], está en segundo de secundaria nomás. Ah, y después se ha ido también la [[PERSON|Nilda]], solita, detrás de ellos. Seis son entonces, no cinco.
O: ¿Han sabido algo de ellos desde que se fueron?
C: La [[PERSON|Nilda]] ha llamado a su mamá llorando, atatay. Dice que a los chicos los hacen trabajar en el socavón día y noche sin pagarles, que el señor dice que primero tienen que pagar el pasaje y la comida. Y a las chicas no las han puesto a cocinar, señorita; las tienen en una cantina, les hacen tomar con los mineros y las hacen ir con ellos. Así ha dicho.
O: ¿Las familias han puesto denuncia?
C: No, señorita, tienen miedo, y la comisaría está lejos, a un día de camino. Las mamás lloran nomás. Por eso yo, con permiso del padrecito, estoy llamando.
O: ¿Sabe el nombre de la cantina o del lugar donde están?
C: Dice que en la parte de arriba, cerca del nevado, una cantina que se llama [[ORGANIZATION|El Cóndor de Oro]]. Más no sabe, pues.
O: Lo que me cuenta es trata de jóvenes, y hay menores de edad. Hoy mismo pasamos el caso a la fiscalía y a la policía especializada de [[LOCATION|Puno]] para que los ubiquen. Las familias también pueden denunciar la desaparición en cualquier comisaría, no tiene que ser la de su comunidad, y no les pueden cobrar nada.
C: Ya, señorita, voy a decir a las mamás en la misa.
O: ¿Me deja un número para llamarlo?
C: Mi celular es [[PHONE_NUMBER|951 604 287]], pero acá la señal es en el cerro nomás, a veces no contesto. Me llamo [[PERSON|Eusebio Huillca]].
O: Gracias, don [[PERSON|Eusebio]]. La próxima semana lo llamamos para contarle. Si la [[PERSON|Nilda]] vuelve a llamar, dígale que llame gratis a este número, de cualquier teléfono.
C: Diospagarasunki, señorita. Que el taytacha los cuide.
""",
    note(
        "acquaintance",
        "report",
        ["labour", "sexual"],
        6,
        True,
        ["male", "female"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un catequista reporta que seis jóvenes de su comunidad, entre ellos menores, fueron llevados por un "
        "reclutador a una zona minera, donde los varones trabajan sin pago en la mina por una supuesta deuda y las "
        "chicas son obligadas a beber y acompañar sexualmente a mineros en una cantina. Se deriva a la fiscalía y a "
        "la policía especializada, se orientó sobre la denuncia por desaparición y se hará seguimiento.",
    ),
)

# ------------------------------------------------------------- English ----
call(
    "h44-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, good morning.
C: Good morning. Do you speak English? I'm a welfare worker with the [[ORGANIZATION|Harbour Light Seafarers' Mission]] in [[LOCATION|Callao]].
O: Yes, go ahead. How can I help?
C: I visited a fishing vessel yesterday, a squid boat under a foreign flag, docked at [[ADDRESS|pier five of the fishing terminal]]. The crew told me they haven't been paid for eleven months, they work twenty hours a day when they're fishing, and the captain holds all their passports.
O: How many crew members are affected?
C: There are twenty-two on board. Six are officers, they're fine, they're the captain's people. The other sixteen are deckhands from [[LOCATION|Indonesia]] and [[LOCATION|Myanmar]], all men.
O: Are any of them minors?
C: The crew list says everyone is over eighteen. But one boy told me quietly he's [[AGE|seventeen]], that the agency changed his papers. Honestly, he looks [[AGE|fifteen]].
O: Has anyone been hurt or threatened?
C: Two of them showed me scars. One was hit with a metal hook by the bosun. And they said a man died at sea [[DATE_TIME|in March]] and his body was kept in the freezer. They're terrified of going back out.
O: When is the ship due to leave?
C: [[DATE_TIME|Thursday night]], after refuelling. The owner is [[ORGANIZATION|Ocean Star Fishery]], and the IMO number is [[OTHER_ID|9734512]].
O: Thank you. This sounds like forced labour at sea, possibly involving a child. We'll refer it today to the labour inspectorate, the prosecutor's office and the port authority so they can inspect the vessel before it sails. Could the crew talk to investigators safely?
C: Yes, if it's done away from the officers. I can bring an interpreter.
O: That would help. Can I have your contact details?
C: I'm [[PERSON|Gareth Pryce]], mobile [[PHONE_NUMBER|+51 946 208 317]], email [[EMAIL_ADDRESS|g.pryce@harbourlight-mission.org]].
O: Thank you, [[PERSON|Gareth]]. We'll also ask for a medical check for the injured men, and I'll call you this afternoon to confirm who will go on board.
C: Brilliant, thank you. I'll tell them help is coming, discreetly.
""",
    note(
        "professional",
        "report",
        ["labour"],
        16,
        True,
        ["male"],
        "Callao",
        "ongoing",
        "high",
        ["referral_legal", "referral_health", "follow_up_call"],
        "A seafarers' welfare worker reports that the foreign deckhands on a fishing vessel in port have gone unpaid "
        "for months, work extreme hours, have their passports held by the captain and have suffered violence; one "
        "says he is a minor. The case is referred to the labour inspectorate, prosecutors and port authority before "
        "the ship sails, with medical checks and follow-up.",
    ),
)

call(
    "h44-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon.
C: Hi, yeah, good afternoon. Is this [[ORGANIZATION|Quick Airport Cabs]]? I need a car to the airport at [[DATE_TIME|5 a.m.]] tomorrow.
O: No, sir, this is the anti-trafficking hotline. I think you have the wrong number.
C: Oh, really? Hang on... the card from my hotel... oh no, I see, I read the wrong line. There are two numbers on this card, and one of them is yours.
O: That's okay, it happens. This line is for reporting human trafficking or exploitation. Is there anything like that you'd like to tell us?
C: No, no, nothing like that. I just need a taxi. Sorry for taking up your time.
O: No problem at all. And you're safe where you are? Nobody is holding your passport or making you do anything?
C: Ha, no, all good. I'm at my hotel, just packing for my flight.
O: Great. For the taxi, it should be the other number on your card.
C: Yes, here it is, I can see it now. Cheers.
O: You're welcome. Have a safe flight.
C: Thanks, bye.
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
        "A caller dialled the line by mistake while trying to book a taxi. The operator explained the purpose of the "
        "line and confirmed that no trafficking situation was involved.",
    ),
)

# ---------------------------------------------------------- end of calls ----

ENUM = {
    "caller_role": {
        "victim",
        "family_member",
        "acquaintance",
        "witness",
        "professional",
        "general_public",
    },
    "call_type": {
        "report",
        "help_request",
        "information_request",
        "follow_up",
        "not_relevant",
    },
    "exploitation_types": {
        "sexual",
        "labour",
        "domestic_servitude",
        "forced_begging",
        "forced_criminality",
        "other",
        "unknown",
    },
    "situation": {"ongoing", "past", "at_risk"},
    "urgency": {"immediate", "high", "medium", "low"},
    "actions": {
        "police_dispatch",
        "referral_shelter",
        "referral_legal",
        "referral_health",
        "information_given",
        "follow_up_call",
        "none",
    },
}
PII_TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "ID_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "AGE",
    "DATE_TIME",
    "OTHER_ID",
}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine|um|dois|três|quatro|sete|oito|nove)"


def covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def name_tokens(spans):
    toks = set()
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    return toks


def check(rec):
    """Self-checks in the spirit of make_dev.py's, adapted to 12-20 turn calls."""
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert 12 <= len(rec["turns"]) <= 20, (cid, len(rec["turns"]))
    prev_end = -1
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert p["text"] == p["text"].strip() and p["start"] >= prev_end, (cid, p)
        prev_end = p["end"]
    surfaces = {
        p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")
    } | name_tokens(spans)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert covered(spans, m.start(), m.end()), (cid, "unlabelled occurrence", s)
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        assert covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(
        r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text
    ):
        assert covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert covered(spans, m.start(), m.end()), (cid, "@")
    if rec["style"] == "lowercase_asr":
        assert text == text.lower() and not re.search(r"[.,;:¿?¡!\"]", text), (
            cid,
            "not lowercase/unpunctuated",
        )
    n = rec["note"]
    assert (
        n["caller_role"] in ENUM["caller_role"] and n["call_type"] in ENUM["call_type"]
    ), cid
    assert set(n["exploitation_types"]) <= ENUM["exploitation_types"], cid
    assert n["urgency"] in ENUM["urgency"], cid
    assert n["actions"] and set(n["actions"]) <= ENUM["actions"], cid
    if n["call_type"] == "not_relevant":
        assert n["situation"] is None and n["exploitation_types"] == [], cid
    else:
        assert n["situation"] in ENUM["situation"] and n["exploitation_types"], cid
    v = n["victims"]
    assert isinstance(v["count"], int) and isinstance(v["minors_involved"], bool), cid
    assert set(v["sexes"]) <= {"female", "male"}, cid
    summ = n["summary"]
    assert not re.search(r"\d", summ), (cid, "digit in summary")
    for s in {p["text"] for p in spans} | name_tokens(spans):
        if len(s) >= 3:
            assert not re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ), (
                cid,
                "PII in summary",
                s,
            )
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3, (cid, "summary sentences")


if __name__ == "__main__":
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) and all(i.startswith("h44-") for i in ids), ids
    for r in recs:
        check(r)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} calls to {OUT}")
