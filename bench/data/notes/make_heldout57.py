#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout57.jsonl: 16 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only LABELS.md, make_dev.py and the
builder make_heldout.py, to measure a case-note drafter on calls it has never seen.
Same markup ([[TYPE|surface]] marks PII; O:/C: mark the speaker) and output format.

Mix:
  * styles: 6 lowercase unpunctuated Whisper-style Spanish, 4 cased Spanish (one
    Venezuelan, one from Puno with Quechua words), 3 English, 3 Brazilian Portuguese;
  * caller roles: victims calling for themselves (7), family members, acquaintances,
    witnesses, professionals (Peru and abroad), a member of the public;
  * call types: help_request, report, information_request, follow_up, not_relevant;
  * exploitation: forced criminality (theft rings, drug courier), forced begging,
    domestic servitude, debt bondage (labour), forced marriage of a minor (other);
    plus migrant smuggling and document fraud with no exploitation, labelled
    not_relevant (no trafficking case: exploitation [], count 0, situation null);
  * situations: ongoing, past, at_risk; urgency immediate to low; victim counts
    from 1 to 7, some told in parts or corrected mid-call; adults and minors;
    regions across Peru and abroad (United States, Brasil), one unknown;
  * callers who hang up early or are afraid to give details.
Everything (people, numbers, addresses, businesses, handles) is invented.

Run: python3 make_heldout57.py   (writes heldout57.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout57.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h57-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: hola señorita este no sé si aquí es pero quiero salirme de algo y no sé cómo
O: tranquilo cuéntame con calma estás en un lugar seguro para hablar
C: sí estoy en una cabina de internet en [[LOCATION|san juan de lurigancho]] nadie me está viendo
O: muy bien cómo te llamas y cuántos años tienes si quieres decirme
C: me dicen [[PERSON|tuki]] tengo [[AGE|dieciséis años]] hay un señor acá que me hace robar celulares en las combis y en el paradero de la [[ADDRESS|estación los postes]]
O: quién es ese señor
C: le dicen el [[PERSON|cholo mauro]] nos quita todo lo que sacamos y si no llevamos cien soles al día nos pega con una correa
O: desde cuándo estás con él
C: hace como cuatro meses al principio era para cuidar motos y me daba propina ya después me dijo que le debía y que tenía que trabajar para él
O: te ha quitado algún documento
C: sí tiene mi dni y dice que si me voy le va a hacer algo a mi mamá que sabe dónde vive
O: lo que me cuentas es muy serio y quiero que sepas que tú eres una víctima no un delincuente hay alguien más contigo
C: sí mi primo también él tiene [[AGE|quince]] entró conmigo a los dos nos tiene igual
O: tu primo está contigo ahora
C: no él está en su casa pero mañana el [[PERSON|cholo mauro]] nos espera a [[DATE_TIME|las seis]] en el paradero
O: vamos a hacer esto voy a pasar tu caso ahora a la fiscalía de familia y a la policía especializada para que los protejan a ti y a tu primo y si lo necesitan les buscamos un lugar seguro donde quedarse
C: ya pero mi mamá no sabe nada
O: no te preocupes una abogada y una psicóloga del programa te van a acompañar para hablar con tu mamá me das un número para llamarte
C: es el [[PHONE_NUMBER|nueve cinco dos cuatro uno ocho siete tres cero]] es de mi mamá
O: perfecto te llamo hoy en la noche y mañana no vayas al paradero de acuerdo
C: ya señorita gracias
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "referral_health", "follow_up_call"],
        "Un adolescente pide ayuda porque un hombre lo obliga, junto con su primo también menor de edad, a robar "
        "celulares en el transporte público, se queda con lo robado, los golpea, le retiene el documento y amenaza "
        "a su madre. Se deriva el caso a la fiscalía de familia y a la policía especializada, con opción de albergue, "
        "acompañamiento legal y psicológico y llamada de seguimiento.",
    ),
)

call(
    "h57-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita hablo bajito porque me pueden escuchar
O: sí te escucho bien habla como puedas estás en peligro ahora
C: no sé estoy en una casa trabajando me trajeron de [[LOCATION|cajamarca]] hace como un año para cuidar a los niños y estudiar pero no me dejan estudiar ni salir
O: cuántos años tienes
C: [[AGE|quince]] cumplí hace poco
O: sabes en qué ciudad estás o alguna dirección
C: no sé la ciudad es grande hace calor hay mar cerca creo la señora nunca me deja salir sola siempre cierra la puerta con llave cuando se va
O: te pagan algo te han hecho daño
C: no me pagan dice que todo se lo manda a mi papá pero mi papá dice que no recibe nada y la señora me pega con la escoba cuando algo se rompe
O: lo que te está pasando no está bien y no es tu culpa vamos a ayudarte puedo llamarte a este número
C: no no este celular es de la señora lo agarré cuando se metió a bañar no me llame porfa ella va a ver
O: está bien no te llamo dime el nombre de la señora o algo que haya cerca de la casa lo que sepas
C: se llama [[PERSON|gladys]] la casa está al lado de un colegio que se llama [[ORGANIZATION|san josé obrero]]
O: muy bien voy a pasar estos datos a la policía especializada para que te ubiquen y tú puedes volver a llamar gratis a esta línea a cualquier hora
C: ya ya salió del baño chau
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        None,
        "ongoing",
        "immediate",
        ["referral_legal", "information_given"],
        "Una adolescente llama a escondidas desde la casa donde trabaja cuidando niños sin pago, encerrada con llave, "
        "sin poder estudiar y con maltrato físico, y no sabe en qué ciudad se encuentra. La llamada se cortó antes de "
        "obtener una dirección; se pasaron los datos a la policía especializada y se le indicó que puede volver a "
        "llamar gratis.",
    ),
)

call(
    "h57-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días le escucho
C: buenos días joven yo tengo un puesto de emoliente en la puerta del [[ORGANIZATION|mercado san camilo]] en [[LOCATION|arequipa]] y quería contar algo que veo todos los días
O: claro cuénteme con confianza
C: hay un señor mayor que no tiene una pierna y una señora ciega que piden limosna acá en la esquina desde las seis de la mañana hasta la noche
O: cuántas personas son las que piden
C: son tres bueno no dos porque el tercero es un joven que los trae en un mototaxi y en la tarde viene a cobrarles toda la plata ese no pide él es el que manda
O: entiendo usted ha hablado con ellos
C: sí la señora me dijo que son de [[LOCATION|espinar]] del [[LOCATION|cusco]] que el joven les dijo que los iba a llevar a un centro para que los curen y ahora los tiene acá y no les da ni para comer yo les invito emoliente a veces
O: el joven los ha amenazado o les ha hecho daño
C: el señor me contó que si no juntan ochenta soles no les da cena y los encierra en un cuarto en [[LOCATION|cerro colorado]] y una vez la señora se quiso quedar a dormir en la iglesia y él la jaló del brazo
O: sabe cómo se llaman o cómo le dicen al joven
C: a ella le dicen mamá [[PERSON|justa]] y al joven le dicen [[PERSON|chino]] tiene una mototaxi roja la placa no la he visto bien
O: lo que usted describe puede ser explotación de personas con discapacidad en la mendicidad vamos a informar a la policía para que vayan a verificar hoy mismo
C: ya joven pero a mí no me metan en problemas yo trabajo acá
O: su identidad queda reservada puedo llamarla mañana para saber qué pasó
C: sí llámeme a este mismo número nomás en la tarde
O: muy bien señora gracias por avisar
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        2,
        False,
        ["female", "male"],
        "Arequipa",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Una vendedora de un mercado reporta que un hombre mayor con discapacidad física y una mujer ciega son obligados "
        "a mendigar a diario por un joven que los traslada, se queda con todo lo recaudado, los encierra y los deja sin "
        "comer si no juntan una cuota. Se informa a la policía para que verifique hoy mismo, con llamada de seguimiento.",
    ),
)

call(
    "h57-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes mire le llamo porque me han estafado con unos papeles y no sé a quién acudir
O: cuénteme qué le pasó
C: yo soy colombiano estoy en [[LOCATION|lima]] hace un año y un señor en la [[ADDRESS|avenida españa frente a migraciones]] me dijo que me sacaba el carné de extranjería rápido sin hacer cola le pagué ochocientos soles
O: y qué pasó después
C: me dio un carné pero cuando fui al banco me dijeron que es falso que ese número no existe y ahora tengo miedo que me boten del país
O: entiendo usted está trabajando en algún lugar donde lo obliguen a algo le retengan documentos o le cobren una deuda
C: no no yo trabajo de repartidor en mi moto me pagan normal vivo con mi esposa nadie me obliga a nada solo que perdí la plata y tengo ese carné trucho
O: ya le explico esta línea atiende casos de trata de personas lo suyo es una estafa y una falsificación de documentos no es trata le recomiendo denunciar en la comisaría y acercarse a migraciones para regularizar su situación con el trámite oficial
C: y no me van a meter preso por tener ese carné
O: lo mejor es que usted mismo denuncie la estafa y entregue el documento falso explicando lo que pasó también puede pedir orientación gratuita en un consultorio jurídico
C: ya listo muchas gracias señorita
O: de nada y si algún día ve que a alguien lo obligan a trabajar o le quitan sus papeles llámenos
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
        ["information_given"],
        "Un migrante cuenta que pagó a un tramitador por un documento de extranjería que resultó falso; no hay indicios "
        "de explotación ni de trata. Se le explicó que es una estafa y una falsificación, y se le orientó a denunciar y a "
        "regularizar su situación por la vía oficial.",
    ),
)

call(
    "h57-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches señorita llamo desde [[LOCATION|celendín]] es por mi hermano [[PERSON|wilmer]] que se fue a trabajar a una mina en [[LOCATION|pataz]]
O: cuénteme qué ha pasado
C: un enganchador vino al pueblo y les ofreció mil quinientos soles al mes les pagó el pasaje y les dio un adelanto ahora dice que le deben el pasaje la comida las botas la linterna y no les paga nada dice que primero tienen que pagar la deuda
O: cuántas personas se fueron con su hermano
C: se fueron seis muchachos del pueblo contando a mi hermano bueno siete porque también se fue mi sobrino [[PERSON|deyvis]] que tiene [[AGE|diecisiete años]] él se fue escondido de su mamá
O: han podido comunicarse con ellos
C: mi hermano me llamó ayer de un celular prestado me dijo que trabajan doce horas dentro del socavón que a los que quieren irse los amenazan con escopeta y que hay un señor que guarda los dni de todos
O: sabe el nombre de la mina o del enganchador
C: la mina se llama [[ORGANIZATION|minera cóndor de oro]] y al enganchador le dicen tío [[PERSON|beto]]
O: señora lo que me cuenta es trabajo forzoso por deudas que es una forma de trata y hay un menor de edad voy a derivar el caso ahora a la fiscalía especializada y a la policía de [[LOCATION|la libertad]] para que intervengan
C: ya pero que no les hagan nada a ellos porque esa gente es mala
O: la intervención se hace con cuidado para protegerlos me puede dejar su número para llamarla
C: sí [[PHONE_NUMBER|nueve siete seis tres cero cinco uno dos ocho]]
O: le repito [[PHONE_NUMBER|976 305 128]] la llamo pasado mañana y si su hermano vuelve a llamar pídale más datos del lugar
C: ya señorita gracias que dios se lo pague
""",
    note(
        "family_member",
        "report",
        ["labour"],
        7,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una mujer reporta que su hermano, su sobrino adolescente y otros cinco jóvenes de su pueblo fueron llevados por "
        "un enganchador a una mina, donde trabajan sin pago por una deuda impuesta, con los documentos retenidos y bajo "
        "amenazas con arma. Se deriva el caso a la fiscalía especializada y a la policía, con llamada de seguimiento.",
    ),
)

call(
    "h57-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló
O: aló sí buenas noches le escuchamos
C: perdón no sé si debería llamar tengo miedo
O: no se preocupe puede hablar con confianza no necesita decirme su nombre está usted a salvo en este momento
C: estoy en un hospedaje en el [[LOCATION|callao]] cerca del aeropuerto me trajeron de [[LOCATION|pucallpa]] una señora me ofreció trabajo de cocinera en [[LOCATION|españa]] pero ahora me dicen que tengo que tragar unas cápsulas y llevarlas en el avión
O: usted quiere hacerlo
C: no no quiero pero me quitaron el pasaporte y me dicen que si no viajo le hacen daño a mis hijos que están con mi mamá ellos saben dónde viven el vuelo es mañana a [[DATE_TIME|las seis de la mañana]]
O: está sola en el cuarto ahora
C: sí pero hay un hombre en el cuarto de al lado que me vigila le dicen [[PERSON|flaco]] estoy en el baño con el caño abierto para que no escuche
O: usted no ha hecho nada malo si la obligan usted es víctima me puede decir el nombre del hospedaje
C: se llama [[ORGANIZATION|hostal el dorado]] está en la [[ADDRESS|avenida faucett al frente de un grifo]] segundo piso
O: voy a pedir ahora mismo que la policía vaya al hostal con discreción no salga del cuarto ni trague nada y si el hombre entra corte y guarde el celular
C: y mis hijos
O: también vamos a avisar para que protejan a su familia y después la vamos a llevar a un lugar seguro y una abogada le va a explicar sus derechos cuántos años tiene usted
C: [[AGE|veintiséis]] ya señorita voy a esperar pero rápido por favor
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        1,
        False,
        ["female"],
        "Callao",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "referral_legal"],
        "Una mujer llama con miedo desde un hospedaje donde la retienen tras engañarla con un trabajo de cocinera en el "
        "extranjero, y donde la obligan a transportar droga ingerida en un vuelo bajo amenazas contra sus hijos y con el "
        "pasaporte retenido. Se envió a la policía de inmediato y se coordinan un lugar seguro y asesoría legal.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h57-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes, mi vida. Mira, disculpa, no sé si es aquí, pero una pana me pasó este número. Yo soy venezolana, vivo en [[LOCATION|Los Olivos]] y quiero traerme a mi mamá y a mis dos chamos, que están en [[LOCATION|Maracay]].
O: Claro, cuénteme.
C: Bueno, es que sin pasaporte no los dejan entrar, vale, y un señor de un grupo de WhatsApp me dice que por 250 dólares cada uno los pasa por la trocha de [[LOCATION|Huaquillas]] hasta [[LOCATION|Tumbes]], y de ahí agarran el bus. Yo los espero aquí. ¿Eso es trata? Porque una amiga me dijo que me pueden acusar de trata.
O: ¿Ese señor les ha ofrecido trabajo, o les pide que le paguen trabajando cuando lleguen?
C: No, no, nada de eso. Ellos vienen a vivir conmigo, yo trabajo en una peluquería y los mantengo. Solo es pagarle por pasarlos, la mitad antes y la mitad cuando lleguen.
O: Entiendo. Lo que usted describe se llama tráfico de migrantes: pagar para que alguien cruce una frontera de forma irregular. No es trata, porque no hay explotación. Igual es un delito para quien los pasa, y es peligroso, sobre todo con niños: en las trochas hay robos, abusos y a veces los dejan abandonados.
C: Ay, qué vaina. ¿Y entonces qué hago? Los chamos tienen [[AGE|nueve]] y [[AGE|doce años]].
O: Le recomiendo averiguar en Migraciones y en las oficinas de ACNUR o de la OIM qué opciones hay de ingreso regular o de reunificación familiar para menores. Le puedo dar sus teléfonos de atención.
C: Dale, sí, por favor, ya anoto.
O: Se los dicto en un momento. Y si en algún momento alguien les ofrece trabajo, les quita los documentos o les cobra una deuda al llegar, llame de inmediato, porque ahí sí podría ser trata.
C: Listo, mi amor, muchísimas gracias. Tú sí me aclaraste.
""",
    note(
        "family_member",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Una migrante consulta si pagar a una persona para que su madre y sus hijos crucen la frontera por un paso "
        "irregular es trata; no hay indicios de explotación. Se le explicó la diferencia entre tráfico de migrantes y "
        "trata, los riesgos del cruce irregular y las vías de ingreso regular.",
    ),
)

call(
    "h57-puno-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, señorita. Disculpe, yo llamo desde [[LOCATION|Azángaro]], de una comunidad de arriba. Es por mi ñañacha, mi hermanita menor.
O: Buenos días, la escucho. ¿Qué le pasa a su hermanita?
C: Mi taytay la quiere casar con un señor de [[LOCATION|Putina]]. Ella tiene [[AGE|catorce añitos]] nomás, señorita, todavía es una wawa, está en segundo de secundaria. El señor ya tiene como [[AGE|treinta y cinco]], es viudo.
O: ¿Por qué su papá quiere casarla?
C: Porque mi taytay le debe plata, por unas alpacas que le fió el año pasado y no pudo pagar. El señor le ha dicho que si le da a mi hermanita, la deuda se acaba, y que ella va a ser su mujer y le va a atender la casa. Ya han hecho el trato con trago y con coca, como se hace acá.
O: ¿Y su hermanita qué dice?
C: Ella llora, no quiere, dice que se va a escapar. Mi mamá tampoco quiere, pero mi taytay manda. Dice que [[DATE_TIME|este sábado]], después de la feria, el señor viene a llevársela a su estancia.
O: ¿Cómo se llaman ella y el señor?
C: Mi hermanita se llama [[PERSON|Yeni]]. Al señor le dicen Don [[PERSON|Fortunato]], de apellido [[PERSON|Ccallo]], creo. Yo soy [[PERSON|Roxana]], tengo [[AGE|22]], vivo en [[LOCATION|Juliaca]], pero la semana pasada subí a la comunidad y ahí me enteré.
O: [[PERSON|Roxana]], hizo muy bien en llamar. Entregar a una niña para casarla o para que viva con un adulto a cambio de una deuda está prohibido y puede ser trata. Vamos a derivar el caso hoy mismo a la fiscalía de familia y a la DEMUNA de [[LOCATION|Azángaro]], para que protejan a su hermanita antes del fin de semana.
C: Ama hina kaychu, señorita, que no lo metan preso a mi taytay, solo que no se la lleven.
O: Lo primero es proteger a su hermanita; la fiscalía verá lo demás. ¿Me deja un número para llamarla?
C: Sí, es el [[PHONE_NUMBER|951 742 806]]. En la comunidad casi no hay señal, pero en la tarde bajo a la plaza.
O: Perfecto, la llamo mañana en la tarde. Y si el señor llega antes, llame enseguida para que vaya la policía.
C: Sulpayki, señorita. Ya me voy más tranquila.
""",
    note(
        "family_member",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Puno",
        "at_risk",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una mujer reporta que su padre pretende entregar a su hermana adolescente en matrimonio a un hombre adulto para "
        "saldar una deuda, y que este vendrá a llevársela en pocos días. Se deriva el caso a la fiscalía de familia y a "
        "la defensoría municipal del niño para protegerla, con llamada de seguimiento.",
    ),
)

call(
    "h57-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Yo llamé hace como un mes, cuando me salí de la casa donde trabajaba en [[LOCATION|Piura]]. Ustedes me llevaron al albergue.
O: Sí, claro. ¿Me recuerda su nombre para ubicar su caso?
C: [[PERSON|Marleni Yovera Chunga]].
O: Ya ubiqué su caso, señora [[PERSON|Marleni]]. ¿Cómo está?
C: Bien, ya estoy trabajando en un restaurante y vivo con mi prima en [[LOCATION|Sullana]]. Pero le llamo porque la señora [[PERSON|Elsa]], la de la casa, me está llamando y mandando audios. Dice que le robé, que me va a denunciar si no retiro mi denuncia, y que sabe dónde trabajo.
O: ¿Le ha hecho algo más? ¿Ha ido a buscarla?
C: No, todavía no. Pero tengo miedo. Cuatro años trabajé en esa casa sin sueldo, desde los [[AGE|diecinueve]], sin salir, y ella todavía tiene mi DNI.
O: Lo que hace la señora es intimidación, y usted no tiene que retirar nada. Guarde todos los audios y mensajes, no los borre. ¿Desde qué número la llama?
C: Me llama del [[PHONE_NUMBER|969 315 240]].
O: Voy a pasar esta información a la fiscal que lleva su caso para que pida medidas de protección, y le voy a pedir a la abogada del programa que la llame esta semana. ¿Su número sigue siendo el mismo?
C: No, cambié de chip. Ahora es el [[PHONE_NUMBER|937 608 114]].
O: Anotado. La abogada la llama en estos días, y yo la vuelvo a llamar después para ver cómo sigue. Si la señora aparece en su trabajo o en su casa, llame al 105 o aquí mismo.
C: Gracias, señorita. Es que una todavía tiene miedo, ¿no?
O: Es normal. Usted hizo lo correcto y no está sola.
""",
    note(
        "victim",
        "follow_up",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Piura",
        "past",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una mujer que escapó de una situación de servidumbre doméstica y ya fue atendida por la línea llama en "
        "seguimiento: su antigua empleadora la amenaza con una denuncia falsa si no retira la suya y aún retiene su "
        "documento. Se le aconsejó conservar las pruebas, se pasa la información a la fiscalía para pedir medidas de "
        "protección y una abogada la contactará.",
    ),
)

call(
    "h57-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches. Quería hacer una consulta, no sé si esto les corresponde. Es sobre una compañera de trabajo.
O: Claro, dígame.
C: Trabajamos juntas en una tienda en [[LOCATION|Chiclayo]]. Ella tiene [[AGE|28 años]]. Hace unos días me contó llorando que su pareja la obliga a robar en los centros comerciales, ropa, perfumes, y que él lo vende todo. Si no trae cosas, le pega. Y no es solo ella: también obliga a su cuñada, que es menor, de [[AGE|dieciséis]].
O: ¿Ella le dijo si la encierra o si le quita su dinero?
C: Le quita todo el sueldo, dice que es para la casa. Y le controla el celular, por eso me pidió que llame yo. No quiere denunciar porque tienen una bebita y él dice que si lo denuncia se la quita.
O: Entiendo. Lo que usted cuenta puede ser explotación para cometer delitos, además de violencia. Ella y la adolescente son víctimas, no delincuentes, aunque hayan robado. ¿Qué quiere saber exactamente?
C: Qué puedo hacer yo, cómo la ayudo sin que él se entere.
O: Puede decirle que llame gratis a esta línea, desde su celular o el de usted, a cualquier hora; nadie la va a obligar a denunciar si no quiere. También puede ir al Centro Emergencia Mujer, donde le dan apoyo legal y psicológico. Y si algún día está en peligro, que llame al 105.
C: ¿Y lo de la chica menor?
O: En el caso de la adolescente, si usted quiere, podemos registrar lo que nos cuenta y pasarlo a la fiscalía de familia, aunque sea sin nombres. ¿Sabe cómo se llama la pareja?
C: Prefiero no decir nombres todavía, señorita, me da miedo. Primero voy a hablar con ella.
O: Está bien, lo respetamos. Cuando ella esté lista, puede llamarnos, o usted vuelve a llamar.
C: Gracias, voy a decirle.
""",
    note(
        "acquaintance",
        "information_request",
        ["forced_criminality"],
        2,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "medium",
        ["information_given"],
        "Una compañera de trabajo consulta cómo ayudar a una mujer cuya pareja la obliga, junto con una adolescente de la "
        "familia, a robar en tiendas, la golpea y le quita el sueldo. Se explicó que son víctimas de explotación para "
        "cometer delitos y cómo pueden buscar ayuda; la consultante prefirió no dar nombres por miedo.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h57-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello? Sorry, English? I don't speak Spanish.
O: Yes, I can speak English. Are you okay?
C: I'm okay, I'm in the laundry room, I have to be quick. My name is [[PERSON|Marites]], I'm from the [[LOCATION|Philippines]]. I work as a nanny for a family in [[LOCATION|La Molina]]. They brought me from [[LOCATION|Dubai]] when they moved here.
O: Thank you for calling, [[PERSON|Marites]]. What's happening?
C: Ma'am has had my passport since we arrived, eight months now. They say they send my salary to my agency, but my family says they received nothing. I work from five in the morning until midnight, every day. I'm not allowed to go out, the guard at the gate doesn't let me.
O: Has anyone hurt you or threatened you?
C: Sir shouts a lot. Last week he pushed me against the wall because the baby was crying. He said if I complain he will call immigration and I will go to jail.
O: That is not true. You have not committed any crime, and keeping your passport is illegal here. How old are you?
C: [[AGE|Thirty-four]].
O: If you want, we can send the police to the house right now and take you to a safe place.
C: No, no police, please. If police come and I am not ready, Ma'am will know it was me. I need to think.
O: I understand, it's your decision. Is there a safe way or a safe time to reach you?
C: They check my phone. You can message me on WhatsApp after ten at night, just say it's [[PERSON|Joy]] from church.
O: Okay. I'll message you tonight with the contact of a lawyer who can help you get your passport back, and whenever you're ready we can plan to get you out safely.
C: Thank you, ma'am. I have to go, somebody is coming.
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "A migrant nanny calls secretly to report that her employers have kept her passport for months, do not pay her, "
        "do not let her leave the house and have pushed and threatened her. She declined an immediate police visit for "
        "fear of reprisals; she was told her rights, will be put in touch with a lawyer and will be contacted discreetly.",
    ),
)

call(
    "h57-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Good morning, do you speak English? I'm an immigration attorney in [[LOCATION|Houston]], [[LOCATION|Texas]].
O: Yes, of course. How can I help?
C: My name is [[PERSON|Rebecca Lindqvist]], I work with [[ORGANIZATION|Gulf Coast Immigrant Justice]]. I represent a young Peruvian man, he's [[AGE|24]], from [[LOCATION|Chimbote]]. He was recruited by an agency in [[LOCATION|Lima]] that promised him a construction job here, with a work visa.
O: What happened when he arrived?
C: There was no visa. They flew him to [[LOCATION|Mexico]], someone took him across the border, and then he was told he owed fifteen thousand dollars. He and three other Peruvian men were kept in a trailer and worked on roofing crews for almost a year without pay, and the boss kept their passports.
O: Where are they now?
C: All of them are out. There was a labor raid two months ago, and they're in a shelter here, cooperating with federal investigators. Nobody's in danger right now.
O: I'm glad to hear that. Are any of them minors?
C: No, all adults, between twenty and thirty. Oh, and I said four men, sorry, it's three men and a woman. She was cooking for the crews, same debt, same conditions.
O: Understood, four people. What do you need from us?
C: The agency is still posting ads in [[LOCATION|Peru]]. It's called [[ORGANIZATION|Andes Global Empleos]]. I'd like to know how to report them there, so other people don't get hurt.
O: We'll register the case and send it to the prosecutor's office specialised in trafficking, which can coordinate with the American authorities. I'll also email you the procedure for sending them the victims' statements. Can I have your contact details?
C: Sure, it's [[EMAIL_ADDRESS|rlindqvist@gcijustice.org]], and my office number is [[PHONE_NUMBER|+1 713 555 0142]].
O: Thank you, [[PERSON|Rebecca]]. I'll write to you today, and we'll call you in two weeks with the case number.
C: Perfect, thank you so much.
""",
    note(
        "professional",
        "report",
        ["labour"],
        4,
        False,
        ["male", "female"],
        "United States",
        "past",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "An immigration attorney abroad reports that four adults, three men and a woman, were recruited with a false work "
        "visa offer, taken across a border and forced to work without pay for about a year to repay an imposed debt, with "
        "their passports withheld. They have been freed, and the recruiting agency, which is still advertising, is "
        "referred to the specialised prosecutor, with follow-up.",
    ),
)

call(
    "h57-en-003",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, do you speak English?
O: Yes, go ahead.
C: I'm a tourist, I'm in [[LOCATION|Cusco]], in the [[ADDRESS|Plaza de Armas]]. I'm not sure if this is anything, but there's a group of little kids in traditional clothes, holding baby lambs, asking tourists for money for photos.
O: What made you worried?
C: There are four of them, three girls and a boy, maybe [[AGE|six or seven years old]]. Wait, five, there's a smaller one sitting behind the fountain, a little boy, he looks about [[AGE|three]]. It's almost ten at night and it's freezing, and they've been out since this morning, I saw them at breakfast.
O: Is there an adult with them?
C: Yes, a woman on the bench who takes the money from them every time. When the little one sat down, she pulled him up by the arm and pushed him towards us.
O: Did you talk to the children?
C: My Spanish is basic, but one of the girls told me the woman isn't their mother, she's their "tía", that they come from [[LOCATION|Ocongate]], and that they can't go home until they make fifty soles each.
O: Thank you, that's useful. Making children beg under an adult's control can be exploitation. I'm notifying the tourist police and the child protection office now, so they can go and check on the children. Please don't confront the woman.
C: Okay. Should I stay here?
O: If you can stay at a distance until the police arrive, that helps, but your safety comes first. Can I have a number in case the officers need to find you?
C: Sure, my WhatsApp is [[PHONE_NUMBER|+44 7700 900318]]. I'm leaving for [[LOCATION|Aguas Calientes]] tomorrow, though.
O: That's fine. Thank you for caring about them.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        5,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["police_dispatch"],
        "A tourist reports that five young children, the youngest a toddler, are made to ask tourists for money for photos "
        "late into a freezing night, while a woman who is not their mother collects the money and handles them roughly. "
        "The tourist police and child protection services were notified to check on the children at once.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h57-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, a senhora fala português? Sou brasileiro, estou em [[LOCATION|Iñapari]], na fronteira.
O: Sí, le entiendo, hable tranquilo. ¿Qué pasó?
C: Eu trabalhava num castanhal, lá dentro da mata, perto de [[LOCATION|Iberia]]. Um homem chamado [[PERSON|Valdeci]] levou a gente de [[LOCATION|Brasiléia]] prometendo pagar por lata de castanha. Mas lá ele vendia tudo pra gente, arroz, óleo, bota, remédio, pelo triplo do preço, e no fim a gente sempre devia mais.
O: ¿Cuántas personas estaban con usted?
C: Eu e meu primo [[PERSON|Tiago]] fugimos anteontem, andamos dois dias pela mata. Lá ficaram mais quatro: três homens e um menino de [[AGE|dezesseis anos]], filho de um deles.
O: ¿Les impedían salir?
C: Sim, ele dizia que quem fugisse sem pagar ia levar tiro, e o capataz andava com espingarda. Ele também ficou com as nossas carteiras de identidade.
O: ¿Están heridos? ¿Dónde están ahora?
C: Meu primo está com o pé machucado, inflamado de tanto andar. A gente está na praça, sem dinheiro, sem documento. Eu tenho [[AGE|trinta e um]], ele [[AGE|vinte e seis]].
O: Vamos a coordinar ahora un albergue para ustedes esta noche y atención médica para su primo. También derivamos el caso a la fiscalía para que rescaten a las cuatro personas que quedaron allá. ¿Tiene un número donde lo podamos llamar?
C: Esse celular é emprestado de um senhor da loja. O meu é [[PHONE_NUMBER|+55 68 99214 3870]], mas está sem bateria.
O: Muy bien. Quédense en la plaza; en media hora lo llamamos a este número con los datos del albergue.
C: Obrigado, obrigado mesmo.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        6,
        True,
        ["male"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
        "Un hombre extranjero cuenta que escapó con su primo de un campamento de recolección de castañas donde trabajaban "
        "sin pago por una deuda inflada con la venta de víveres, con documentos retenidos y amenazas con arma, y que allí "
        "siguen otros cuatro, entre ellos un adolescente. Se coordinan albergue y atención médica para ambos y se deriva "
        "el caso a la fiscalía para el rescate de los demás.",
    ),
)

call(
    "h57-pt-002",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Meu nome é [[PERSON|Cláudia Ferraz]], sou assistente social num centro de referência da assistência social em [[LOCATION|Manaus]], no [[LOCATION|Brasil]]. Estou ligando por causa de uma senhora peruana.
O: Buenos días. Sí, la escucho, ¿qué pasó?
C: Uma vizinha denunciou e ontem fizemos uma visita. A senhora se chama [[PERSON|Nilda Tapullima]], tem [[AGE|quarenta e um anos]] e é de [[LOCATION|Iquitos]]. Ela trabalha há seis anos como doméstica para uma família aqui, sem salário. Dorme na área de serviço, não sai sozinha e quase não fala português.
O: ¿Tiene sus documentos?
C: Não, o passaporte dela está vencido e fica trancado com a patroa. E tem mais uma coisa: a filha dela também mora lá. Tem [[AGE|doze anos]], não vai à escola e também faz faxina e cuida das crianças da família.
O: Entonces son dos personas, la madre y la niña. ¿Las han maltratado?
C: A patroa grita muito, e a menina disse que uma vez levou um tapa. Elas querem voltar para [[LOCATION|Iquitos]], a senhora tem uma irmã lá.
O: Muy bien. Vamos a derivar el caso a la fiscalía especializada en trata y a coordinar con el consulado peruano en esa ciudad para los documentos y el retorno, y ubicaremos a la familia. ¿Tiene un correo para enviarle la información?
C: Sim, [[EMAIL_ADDRESS|claudia.ferraz.suas@gmail.com]]. E o meu celular é [[PHONE_NUMBER|+55 92 98127 4406]].
O: Gracias, [[PERSON|Cláudia]]. La llamaremos la próxima semana para hacer seguimiento.
C: Obrigada, fico aguardando.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude"],
        2,
        True,
        ["female"],
        "Brasil",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una trabajadora social del extranjero informa que una mujer peruana trabaja desde hace años como empleada "
        "doméstica sin salario para una familia, sin salir sola y con el pasaporte retenido, y que su hija, una niña, "
        "también hace tareas domésticas y no va a la escuela. Se deriva el caso a la fiscalía especializada y se coordina "
        "con el consulado los documentos y el retorno, con seguimiento.",
    ),
)

call(
    "h57-pt-003",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Alô? Alô? Moça, me ajuda, por favor, eu não sei falar espanhol direito.
O: Sí, tranquila, te entiendo. ¿Dónde estás?
C: Em [[LOCATION|Iquitos]]. Eu vim com meu namorado de [[LOCATION|Tabatinga]], ele disse que a gente ia abrir um restaurante aqui. Mas ele me obriga a roubar carteira e celular dos turistas no [[ADDRESS|Malecón Tarapacá]], todo dia.
O: ¿Cuántos años tienes? ¿Estás sola con él?
C: Tenho [[AGE|dezenove]]. Tem outra menina também, a [[PERSON|Kelly]], ela é daqui, acho que tem [[AGE|quinze]], ele obriga ela também. Se a gente não traz nada, ele bate, e ele ficou com o meu RG.
O: ¿Estás en un lugar seguro ahora?
C: Estou no banheiro de um bar, ele está lá fora bebendo. Ele fica com o meu celular, esse aqui é do garçom.
O: Escúchame: tú no has hecho nada malo, eres víctima. Puedo mandar a la policía ahora. ¿Cómo se llama el bar?
C: Não sei o nome, fica na esquina, perto da praça, tem música alta.
O: Voy a avisar ahora mismo a la policía para que vaya a la zona del malecón y de la plaza. Si puedes, quédate en el baño.
C: Ai, ele está vindo, tenho que desligar.
O: ¿Aló? ¿Aló? ¿Me escuchas?
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Una joven extranjera llama a escondidas porque su pareja la obliga, junto con una adolescente, a robar a turistas, "
        "las golpea si no traen nada y le retiene el documento. La llamada se cortó cuando el hombre se acercó; se alertó "
        "a la policía para que acuda a la zona indicada.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
