# ruff: noqa: E501
"""Generate heldout50.jsonl: 16 NEW fictional, labelled hotline calls for measuring generalisation.

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and private_h50/notes/make_heldout.py. No tool code, no other data.
All people, numbers, businesses and addresses are invented; no call, name or place of
make_dev.py or make_heldout.py is reused (department/country names may coincide).

Mix (16): 6 lowercase unpunctuated Whisper-style Spanish (fillers, self-corrections,
misheard words such as "cama a dentro", "su nafil", "de muna"), 4 cased Spanish, 2 English,
1 Brazilian Portuguese, 1 Venezuelan Spanish, 1 Spanish/English code-switching,
1 Andean Spanish with Quechua words (caller phoning from abroad).
Themes: live-in ("cama adentro") domestic workers, highland adolescents sent to a relative's
shop, migrants with a travel "debt", sea and river fishing crews, Amazon logging, a child
selling candy at night under an adult's watch, a woman who escaped and wants her children
back, calls from Chile, Argentina, Spain and Japan.

Annotation choices (same markup and conventions as make_dev.py):
  * [[TYPE|surface]] marks PII; O:/C: mark the speaker. PERSON excludes titles/articles
    ("la señora [[...]]", "don [[...]]"), AGE keeps the unit when said, relative times
    ("ayer", "el otro mes") are not DATE_TIME; nationality adjectives are not LOCATION.
  * region: Peruvian department where the exploitation happens, or the country (in
    Spanish: "Chile", "Argentina", "España", "Japón") when it happens abroad; the caller's
    own location does not count.
  * victims.count counts the people described as exploited or targeted (including those
    said indirectly: "él y su primo", "los otros cuatro"), not bystanders or the caller's
    other relatives; sexes lists the sexes among them.
  * actions list only what the operator does or commits to; offers the caller refuses
    (shelter, police, lawyer, call-back) are NOT actions. Explaining rights or warning
    signs is information_given. "mandar a la policía al lugar" is police_dispatch;
    "derivar a la fiscalía / inspección / coordinar con autoridades" is referral_legal;
    psychologist or doctor is referral_health.
  * h50-es-002: the woman escaped (her exploitation is past) but her two children are
    still held by the exploiter, so situation is "ongoing" and the children are victims.
  * h50-lw-004: the friend is back home, so situation is "past" even though the boat
    sails again soon with a new crew (not counted: nobody is identified).
  * h50-pt-001: "falou baixinho" (= whispered) is the ordinary Portuguese adverb, not the
    nickname [[PERSON|Baixinho]], and is deliberately left unlabelled.
  * summaries: two or three sentences, no digits and no labelled surface.

Run: cd /work/private_h50/notes && python3 make_heldout50.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout50.jsonl")
CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h50-lw-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita disculpe eh le hablo bajito porque estoy en la casa donde trabajo estoy cama a dentro o sea vivo aquí
O: la escucho bien tranquila está sola en este momento
C: sí los señores se fueron a trabajar y me dejan con llave siempre cierran la reja por fuera yo llamo del teléfono fijo de la casa
O: cuánto tiempo lleva trabajando ahí
C: ocho no nueve meses ya nueve meses en [[LOCATION|jesús maría]] vine de [[LOCATION|bambamarca]] la señora [[PERSON|fabiola]] me dijo que me iba a pagar novecientos soles y solo me pagó el primer mes después dice que me guarda la plata para que no la gaste
O: sale usted los domingos tiene días de descanso
C: no señorita no me dejan salir nunca dice que afuera me van a robar y que soy del campo y no conozco y mi dni también lo tiene ella en su cartera
O: la han maltratado alguna vez
C: me grita nomás eh bueno una vez me tiró el plato caliente en el brazo todavía tengo la marca
O: qué edad tiene usted
C: [[AGE|treinta y un años]]
O: lo que me cuenta no es legal nadie puede encerrarla ni quedarse con su sueldo ni con su documento usted quiere salir de esa casa
C: sí quiero irme pero no tengo a dónde ir mi familia está lejos
O: podemos llevarla a un albergue donde va a estar segura y una abogada la va a ayudar a recuperar su dni y lo que le deben le parece bien
C: ya señorita sí sí acepto
O: dígame la dirección de la casa por favor
C: es en el [[ADDRESS|jirón huiracocha mil doscientos ocho]] tercer piso la puerta marrón
O: mañana temprano cuando ellos salgan la vamos a llamar a este mismo teléfono para coordinar que la recojan con la policía no le cuente a nadie que llamó
C: ya gracias señorita que dios le bendiga
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
        ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
        "Una trabajadora del hogar que vive en la casa de sus empleadores llama a escondidas: la dejan encerrada, "
        "no le pagan desde hace meses, le retienen el documento y la han agredido. Aceptó ir a un albergue y se "
        "coordina su salida con la policía, con asesoría legal y una llamada al día siguiente.",
    ),
)

call(
    "h50-lw-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días eh señorita una consulta nomás es que mi cuñado quiere llevarse a mi hijito a la ciudad
O: claro cuénteme desde dónde nos llama
C: de [[LOCATION|chalhuanca]] señorita de la provincia mi hijo tiene [[AGE|trece]] ya va a cumplir [[AGE|catorce]] está en primero de secundaria
O: y a dónde se lo quiere llevar su cuñado
C: a [[LOCATION|huamanga]] tiene una ferretería y dice que le va a hacer estudiar en la noche y de día que le ayude en la tienda nomás despachando que le va a dar su propina
O: su hijo ya viajó
C: no no todavía dice que después de la cosecha se lo lleva pero la vecina me dijo que su sobrino estuvo con él el año pasado y que lo tenía durmiendo en el almacén encima de los sacos de cemento y no lo mandaba al colegio
O: entiendo su preocupación le voy a explicar un niño de esa edad no puede trabajar jornadas largas ni dejar de estudiar aunque sea un familiar si no va al colegio y no le pagan eso ya es explotación
C: ah ya pero él es familia pues es el hermano de mi esposo
O: igual cuenta muchas veces empieza así con un familiar que promete estudios antes de mandarlo pregunte en qué colegio lo va a matricular y hable con su hijo todas las semanas y si ve algo raro puede llamar aquí o ir a la de muna
C: a la de muna ya ya le voy a decir a mi esposo que mejor lo dejamos aquí hasta que termine el colegio
O: me parece bien quiere que le volvamos a llamar más adelante
C: no señorita ya está gracias ya me aclaró
""",
    note(
        "family_member",
        "information_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Ayacucho",
        "at_risk",
        "low",
        ["information_given"],
        "Una madre de una provincia andina consulta porque un familiar quiere llevarse a su hijo adolescente a la "
        "ciudad para trabajar en su tienda con la promesa de estudiar, y le contaron que a otro chico lo tuvo sin "
        "colegio y durmiendo en un almacén. Se explicaron los riesgos y las señales de explotación; no quiso una "
        "llamada de seguimiento.",
    ),
)

call(
    "h50-lw-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches mire yo soy vigilante de una discoteca aquí en [[LOCATION|chimbote]] en la [[ADDRESS|avenida pardo por el óvalo de la familia]] mi nombre no se lo voy a dar ya
O: no hay problema puede quedar anónimo qué está pasando
C: hay una niñita vendiendo caramelos a los que salen de la disco es [[DATE_TIME|la una de la mañana]] señorita y ella está aquí desde [[DATE_TIME|las nueve]]
O: cuántos años tendrá la niña
C: chiquita es tendrá [[AGE|siete ocho años]] será de segundo grado más o menos y hay otro chiquito más chiquito que está durmiendo en una caja de cartón al lado del poste
O: hay algún adulto con ellos
C: sí un hombre está parado en la esquina con su gorra mirando todo el rato cada vez que la niña vende se acerca y le quita la plata hace un rato la jaló del brazo porque se sentó a descansar
O: sabe si es el papá
C: no sé eh creo que no porque la niña le dice tío pero no no sé la semana pasada vino con otra señora
O: los ha visto otras noches
C: todos los fines de semana viernes sábado siempre hasta las tres cuatro de la mañana y hace frío y la niña está con sandalias nomás
O: gracias por llamar lo que usted describe es muy grave voy a avisar ahora mismo a la policía para que vaya al lugar con personal de protección de menores no se acerque al hombre
C: ya ya yo me quedo en la puerta mirando
O: si el hombre se lleva a los niños antes de que lleguen vuelva a llamar le vamos a devolver la llamada en media hora a este número
C: ya señorita apúrense por favor
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        2,
        True,
        ["female", "male"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un vigilante anónimo reporta que una niña pequeña vende golosinas de madrugada a la salida de una discoteca "
        "mientras un hombre la vigila, le quita el dinero y la maltrata, y que un niño aún más pequeño duerme en la "
        "calle a su lado. Se envía a la policía con personal de protección de menores y se le devolverá la llamada.",
    ),
)

call(
    "h50-lw-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes este no sé si es aquí llamo por un amigo mío que es pescador en [[LOCATION|paita]]
O: sí dígame qué le pasó a su amigo
C: mire él se embarcó en una lancha de pesca de pota con su primo le dijeron que eran veinte días y estuvieron como dos meses en el mar no los dejaban bajar porque otro barco venía a recoger la pesca y les traía comida
O: y les pagaron
C: nada señorita el patrón dice que le deben el adelanto que les dio y la comida y el petróleo o sea salieron debiendo encima y a su primo que reclamó lo dejaron sin comer un día entero
O: ahora dónde están ellos
C: ya están en tierra llegaron la semana pasada están en su casa pero mi amigo está mal no duerme no quiere hablar de eso
O: qué edad tienen
C: mi amigo [[AGE|veintiséis]] y el primo creo que [[AGE|treinta]] ahí nomás
O: sabe el nombre de la embarcación
C: se llama [[ORGANIZATION|don julián ii]] y [[DATE_TIME|el jueves]] sale otra vez con gente nueva eso es lo que me preocupa
O: le explico lo que les hicieron no es legal no pueden retenerlos en el mar ni cobrarles la comida hasta dejarlos sin sueldo ellos pueden denunciar ante la su nafil y ante la fiscalía podemos ponerlos en contacto con un abogado gratuito
C: no no eso no él me dijo que no quiere abogado ni nada tiene miedo que no le den trabajo en ningún barco
O: entiendo igual nosotros vamos a pasar los datos de la embarcación a la fiscalía y a la inspección de trabajo sin dar el nombre de su amigo
C: ya eso sí está bien
O: si su amigo cambia de opinión puede llamar él mismo es gratuito
C: ya le digo gracias señorita
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        2,
        False,
        ["male"],
        "Piura",
        "past",
        "medium",
        ["information_given", "referral_legal"],
        "Un hombre cuenta que un amigo pescador y su primo pasaron semanas en altamar sin poder desembarcar y "
        "volvieron sin pago y endeudados con el patrón, que además castigó a uno sin comida. Se explicaron sus "
        "derechos; el amigo no quiere abogado, pero los datos de la embarcación se derivan a la fiscalía y a la "
        "inspección de trabajo.",
    ),
)

call(
    "h50-lw-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: aló aló mamá
O: hola con quién hablo
C: ja ja ja mi mamá está en la cocina
O: hola pequeño esta es una línea para ayudar a personas estás con un adulto
C: sí mi abuelita eh abuelita una señora
O: gracias por pasarle el teléfono señora buenos días
C: ay disculpe señorita el niño agarró mi celular y estaba apretando los números no pasa nada aquí
O: no se preocupe señora esta es la línea gratuita contra la trata de personas si algún día sabe de un caso puede llamar
C: ya señorita disculpe la molestia que tenga buen día
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
        "Un niño marcó por error jugando con el teléfono de su abuela. La abuela se disculpó y se le indicó el "
        "propósito de la línea.",
    ),
)

call(
    "h50-lw-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches señorita eh me dijeron que aquí ayudan yo me escapé de un campamento de madera
O: qué bueno que llamó está usted en un lugar seguro ahora
C: sí estoy en [[LOCATION|requena]] en la casa de mi tía llegué ayer en la tarde bajé en canoa dos días por el río [[LOCATION|tapiche]]
O: cuénteme qué pasó en el campamento
C: un señor que le dicen [[PERSON|cumpa]] nos llevó de [[LOCATION|tamshiyacu]] dijo que íbamos a ganar cincuenta soles diarios sacando tablas pero allá nos cobraba todo el arroz el aceite la motosierra y nunca nos pagó dice que le debemos y nadie puede salir hasta terminar la deuda
O: cuántas personas quedan allá
C: somos cinco bueno éramos cinco conmigo ahora quedan los otros cuatro y uno es un chibolo de [[AGE|catorce años]] el hijo de una señora de mi barrio
O: usted qué edad tiene
C: [[AGE|diecinueve]]
O: los tenían vigilados tenían armas
C: el [[PERSON|cumpa]] tiene escopeta y de noche se llevaba la canoa para que nadie se vaya yo me escapé porque se olvidó de amarrarla
O: está usted herido
C: tengo una herida en el pie se me está hinchando me corté con el machete hace una semana
O: vamos a avisar a la policía y a la fiscalía de [[LOCATION|loreto]] para que entren al campamento a sacar a los otros y le vamos a conseguir atención médica para su pie también le puedo ofrecer un albergue
C: albergue no señorita gracias aquí con mi tía estoy bien pero lo del pie sí
O: entendido mañana lo llama una persona de salud y yo le vuelvo a llamar para tomar los datos del campamento con calma
C: ya gracias señorita por favor sáquenlo al chibolo primero
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        5,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "referral_health", "follow_up_call"],
        "Un joven cuenta que escapó de un campamento maderero en la selva donde lo retenían con otros trabajadores, "
        "entre ellos un adolescente, por una deuda impuesta y bajo vigilancia armada. Se alerta a la policía y a la "
        "fiscalía para intervenir y se coordina atención médica; rechazó el albergue porque se queda con un familiar.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h50-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Disculpe, yo solo quiero preguntar algo. Soy colombiana, de [[LOCATION|Cali]], y estoy acá en [[LOCATION|Los Olivos]] con mi prima.
O: Claro, pregunte con confianza. ¿Está en un lugar donde pueda hablar?
C: Sí, salí a comprar, estoy en la calle. Es que a nosotras nos trajeron por [[LOCATION|Ecuador]] con un señor que nos pasó la frontera, y la dueña del spa donde trabajamos pagó todo. Ahora dice que le debemos dos mil quinientos dólares cada una.
O: ¿Qué trabajo hacen en el spa?
C: Masajes, supuestamente. Pero el masaje no es solo masaje, usted me entiende. Si un cliente quiere algo más, tenemos que hacerlo, y la plata se la queda ella para la deuda. Mi prima tiene [[AGE|diecinueve años]] y yo [[AGE|veintitrés]].
O: ¿Las dejan salir?
C: Salir salimos un rato, pero nos tiene los pasaportes y dice que si nos vamos nos denuncia a migraciones. Mi pregunta es si nos pueden meter presas por irnos sin pagar.
O: No. Esa deuda no es legal y ustedes no han cometido ningún delito. Lo que describe es explotación sexual, y ustedes son víctimas, aunque no tengan los papeles en regla. Podemos ofrecerles un albergue hoy mismo.
C: No, hoy no. Mi prima está allá adentro y no la voy a dejar sola.
O: Entiendo. ¿Quiere que una abogada de nuestra red la llame para explicarle cómo denunciar y cómo recuperar los pasaportes?
C: Eso sí. Pero que me escriba primero, no que me llame de una.
O: De acuerdo. ¿A qué número le escribimos?
C: Al [[PHONE_NUMBER|+57 318 604 2297]], es mi WhatsApp.
O: Mañana temprano le escribe la abogada, y yo le escribo en la tarde para saber cómo siguen. Si en algún momento se sienten en peligro, llamen aquí y mandamos a la policía.
C: Listo, gracias. No sabía que uno tenía derechos así.
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        2,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una migrante pregunta si puede irse sin pagar la deuda del viaje que les cobra la dueña del local de masajes "
        "donde ella y su prima son obligadas a prestar servicios sexuales, con los pasaportes retenidos y amenazas de "
        "denuncia a migraciones. Se le explicó que son víctimas y que la deuda no es legal; rechazó el albergue por no "
        "dejar sola a su prima, y aceptó que una abogada la contacte, con seguimiento.",
    ),
)

call(
    "h50-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. Le escuchamos.
C: Buenos días, señorita. Yo necesito ayuda para recuperar a mis hijos. Me escapé hace cuatro días y ellos se han quedado allá.
O: Tranquila, vamos a ver cómo ayudarla. ¿Usted está a salvo ahora?
C: Sí, estoy en [[LOCATION|Huánuco]], en el cuarto de una amiga. Me escapé de [[LOCATION|Tingo María]], de un bar donde la dueña me tenía trabajando. Me llamo [[PERSON|Yesenia]].
O: Gracias, [[PERSON|Yesenia]]. ¿Qué trabajo la obligaban a hacer?
C: Al comienzo era de cocinera, pero después me dijo que tenía que salir con los clientes para pagar el cuarto y la comida de mis hijos. Si no quería, no les daba de comer a ellos. Así estuve más de un año.
O: ¿Dónde están sus hijos ahora?
C: Con ella, con la señora [[PERSON|Rosalía]], en el mismo local, el [[ORGANIZATION|Bar El Encanto Huallaguino]]. Mi hijita tiene [[AGE|seis años]] y mi bebito [[AGE|tres]]. Ella me mandó un mensaje diciendo que si quiero a mis hijos tengo que volver y pagarle lo que le debo.
O: ¿Le ha dicho que les va a hacer daño?
C: No me dijo eso, no. Bueno, me dijo que los va a regalar, que nadie va a saber dónde están. Por eso no puedo esperar.
O: Usted no le debe nada y no tiene que volver. Lo que le hicieron es explotación sexual, y retener a sus hijos para obligarla también es un delito. Ahora mismo voy a pedir a la policía que vaya al local con la fiscalía de familia para sacar a los niños.
C: ¿Y me los van a entregar a mí?
O: Una abogada gratuita la va a acompañar para que se los entreguen a usted. También le ofrezco un albergue donde podría estar con ellos.
C: No, albergue no, mi amiga me va a dejar quedarme con los niños acá.
O: Está bien. ¿Le gustaría conversar con una psicóloga? Lo que ha vivido es muy duro.
C: Sí, eso sí quiero, porque no duermo, señorita.
O: Le vamos a conseguir la cita. ¿A qué número la llamo para contarle cómo va el operativo?
C: Al [[PHONE_NUMBER|962 073 418]]. Es de mi amiga, yo no tengo celular, ella me lo quitó.
O: La llamo en cuanto tenga noticias, hoy mismo.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        3,
        True,
        ["female", "male"],
        "Huánuco",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "referral_health", "follow_up_call"],
        "Una mujer que escapó de un bar donde la obligaban a prostituirse, usando la comida de sus hijos como "
        "amenaza, pide ayuda porque la dueña retiene a sus dos niños pequeños y la presiona para volver. Se pide a la "
        "policía y a la fiscalía de familia que rescaten a los niños, con abogada y apoyo psicológico; rechazó el "
        "albergue.",
    ),
)

call(
    "h50-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le llamo desde [[LOCATION|España]], de [[LOCATION|Murcia]]. Soy [[PERSON|Inmaculada Ferrer]], trabajadora social de la [[ORGANIZATION|Asociación Puerto Abierto]]. Estamos atendiendo a una mujer peruana y necesitamos coordinar con ustedes su regreso.
O: Buenas tardes, con gusto. ¿Qué le ha pasado?
C: Vino hace un año y medio con un contrato de cuidadora interna para un señor mayor. La agencia de allá le cobró el pasaje y luego se lo descontaban del sueldo. En realidad le pagaban apenas cien euros al mes, no tenía ni un día libre, dormía en el sofá del salón y la hija del señor le guardaba el pasaporte.
O: ¿Ella sigue en esa casa?
C: No, no. Salió hace dos semanas, cuando falleció el señor. Ya está con nosotras, en un piso de acogida, y ha puesto la denuncia aquí. Ahora quiere volver con su familia.
O: ¿Qué edad tiene?
C: [[AGE|Cuarenta y cuatro años]]. Su madre vive en [[LOCATION|Chachapoyas]], pero ella no quiere llegar directamente allá todavía, está muy afectada.
O: Entiendo. Podemos coordinar que a su llegada a [[LOCATION|Lima]] la reciba personal de un hogar de acogida, y que tenga atención psicológica desde el primer día. ¿Ya tiene fecha de vuelo?
C: Sale [[DATE_TIME|el 19 de noviembre]], en el vuelo de la noche.
O: Perfecto. ¿Me deja un correo para enviarle la ficha de derivación?
C: Sí, [[EMAIL_ADDRESS|i.ferrer@puertoabierto-murcia.org]]. Y mi teléfono, [[PHONE_NUMBER|+34 611 274 903]].
O: Gracias. La llamo la próxima semana para confirmar quién la recibirá en el aeropuerto.
C: Estupendo. Muchas gracias, de verdad.
""",
    note(
        "professional",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "España",
        "past",
        "medium",
        ["referral_shelter", "referral_health", "follow_up_call"],
        "Una trabajadora social de una organización en el extranjero informa de una mujer peruana que trabajó como "
        "cuidadora interna casi sin sueldo, sin descanso y con el pasaporte retenido, y que ya salió de esa casa. Se "
        "coordina su acogida en un albergue y atención psicológica a su regreso al país, con seguimiento.",
    ),
)

call(
    "h50-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Le hablo desde [[LOCATION|Buenos Aires]]. Yo llamé hace diez días por mi sobrino, el que trabaja en un taller de costura. Me dijeron que vuelva a llamar si sabía algo más.
O: Sí, señor. ¿Me da su nombre para ubicar el caso?
C: [[PERSON|Teodoro Ancasi]]. Mi sobrino es [[PERSON|Ronald]], de [[AGE|diecisiete años]], vino de [[LOCATION|Juli]] con un señor que le ofreció trabajo de ayudante.
O: Ya ubiqué su caso. ¿Qué novedades tiene?
C: [[DATE_TIME|El domingo]] pude verlo en la feria, diez minutos nomás, porque el encargado lo acompañaba. Me contó que ya no está en el primer taller, los han cambiado a otro en [[LOCATION|Flores]], en una casa con las ventanas tapiadas. Duermen ocho chicos en un cuarto, al lado de las máquinas, y trabajan de siete de la mañana hasta la medianoche.
O: ¿Le han pagado algo?
C: Nada. Le dicen que primero tiene que devolver el pasaje y la comida. Y el señor tiene su DNI. Me dijo que dos de los chicos son más chicos que él, de [[AGE|quince]], [[AGE|dieciséis]].
O: ¿Sabe la dirección del nuevo taller?
C: Sí, la anoté: [[ADDRESS|calle Morón al 3100, la casa de portón gris]].
O: Muy bien. Vamos a sumar esta información al caso y enviarla hoy a la fiscalía, que está coordinando con las autoridades argentinas y con el consulado. ¿Su número sigue siendo el mismo?
C: Sí, el [[PHONE_NUMBER|+54 9 11 5832 6041]].
O: Le devolvemos la llamada [[DATE_TIME|el jueves]] para contarle. Y si su sobrino logra salir, que vaya al consulado o llame aquí.
C: Gracias, señorita. Su mamá no duerme, allá en la chacra.
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        8,
        True,
        ["male"],
        "Argentina",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un familiar que vive en el extranjero llama en seguimiento de un caso previo sobre su sobrino adolescente, "
        "que trabaja sin pago en un taller de costura por una supuesta deuda del viaje y con su documento retenido. "
        "Aporta que lo trasladaron a otro taller donde duermen varios chicos, algunos menores, y los nuevos datos se "
        "envían a la fiscalía, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h50-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Good afternoon, sorry, do you speak English? I'm calling from [[LOCATION|Japan]].
O: Yes, I can help you in English. Please go ahead.
C: Thank you. My name is [[PERSON|Keiko Araki]], I'm a caseworker at a migrant support centre in [[LOCATION|Hamamatsu]]. Three Peruvian men came to us this week. They work at a car parts factory through a dispatch company, and they're in a difficult situation.
O: What's happening to them?
C: They were recruited in [[LOCATION|Lima]] by an agency called [[ORGANIZATION|Sol Naciente Empleos]]. Each of them paid around four thousand dollars for the visa and the flight, and they signed a loan with the agency. Now the dispatch company takes most of their salary for the loan, the dormitory and the uniforms. They get maybe two hundred dollars a month.
O: Do they have their passports?
C: No, the dormitory manager keeps them, "for safety". And they work twelve hours, six days a week. When one of them, the youngest, he's [[AGE|twenty-four]], asked to change jobs, the manager told him he'd be sent back with the whole debt still on him.
O: Are they in any physical danger?
C: No, nobody has been hurt. They're mostly worried about the debt and their families.
O: Thank you. What you describe has several signs of forced labour: debt from recruitment fees, retained passports, wage deductions. We can refer the agency in [[LOCATION|Peru]] to the prosecutor's office and the labour ministry, since the recruitment happened here. I can also explain what the men can do locally.
C: That would help a lot. Is there any way to get the fees back?
O: That would be part of the legal process here. I'll send you an e-mail with the steps. What's your e-mail?
C: [[EMAIL_ADDRESS|k.araki@hama-migrant.jp]].
O: Thank you, [[PERSON|Keiko]]. We'll call you back next week to tell you how the referral is going.
C: Thank you very much. They'll be relieved to hear that.
""",
    note(
        "professional",
        "report",
        ["labour"],
        3,
        False,
        ["male"],
        "Japón",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "A caseworker abroad reports that three Peruvian men recruited by an agency at home work long hours at a "
        "factory while most of their wages go to repay a recruitment loan, and their passports are kept by the "
        "dormitory manager. Information on the signs of forced labour was given and the recruiting agency is referred "
        "to prosecutors and the labour ministry, with follow-up.",
    ),
)

call(
    "h50-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, hello, sorry, English? I'm on a cargo boat on the river and I'm not sure who else to call.
O: Yes, I speak English. Are you safe? Where are you?
C: I'm fine. I'm on the [[ORGANIZATION|Reina del Huallaga]], we left [[LOCATION|Yurimaguas]] this afternoon and we're supposed to reach [[LOCATION|Nauta]] tomorrow morning. There's a man travelling with a group of boys, and it just feels wrong.
O: Tell me what you've seen.
C: There are five of them, no, six, one was asleep under the hammocks. They're kids. The youngest told me he just finished sixth grade, the oldest maybe [[AGE|fifteen]]. The man keeps all their ID cards in a plastic bag and he won't let them talk to other passengers.
O: Did the boys say where they're going?
C: One of them said they're going to work on a fishing boat for three months, salting fish, and that the man paid their parents in advance. He said they can't call home until the season is over because "there's no signal there".
O: Did you see the man threaten or hit them?
C: Not hit, no. But when the small one started crying, he grabbed him by the neck and told him to shut up. He calls himself [[PERSON|Chuchín]], that's what the boys call him.
O: Thank you, this is very important. It sounds like the children may be taken for labour exploitation. I'm going to alert the police so that officers meet the boat when it docks in [[LOCATION|Nauta]]. Please don't confront him.
C: Okay. I won't. Should I do anything else?
O: If he gets off earlier, at another port, call us right away. Can you give me a number, even without your name?
C: My WhatsApp is [[PHONE_NUMBER|+44 7700 918 352]]. I'd rather not give my name.
O: That's fine. I'll call you back before you dock to confirm the police will be there.
C: Thank you. I couldn't just sit here.
""",
    note(
        "witness",
        "report",
        ["labour"],
        6,
        True,
        ["male"],
        "Loreto",
        "at_risk",
        "high",
        ["police_dispatch", "follow_up_call"],
        "An anonymous passenger on a river cargo boat reports a man travelling with several young boys whose ID cards "
        "he keeps, taking them to work on a fishing boat for months after paying their parents, and who roughly "
        "silenced one of them. Police were alerted to meet the boat at the next port and the caller will be called "
        "back.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h50-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, moça. Desculpa, eu não falo espanhol. Eu estou ligando do [[LOCATION|Acre]], de [[LOCATION|Cruzeiro do Sul]]. É sobre o meu filho, ele foi trabalhar no [[LOCATION|Peru]].
O: Sí, entiendo portugués. Pode falar, senhora.
C: Meu filho se chama [[PERSON|Wesley]], tem [[AGE|dezessete anos]]. Um homem que chamam de [[PERSON|Baixinho]] levou ele e mais dois amigos para tirar madeira do lado peruano, perto do rio [[LOCATION|Breu]]. Disse que ia pagar por metro de tábua.
O: ¿Cuándo se fueron?
C: Faz quatro meses. No começo ele ligava pelo rádio toda semana. Agora ele disse que o [[PERSON|Baixinho]] não paga ninguém, que cobra a comida, a gasolina da motosserra, e que eles devem mais do que ganham. E que quem tenta ir embora apanha.
O: ¿Los amigos también son menores?
C: Não, os amigos são maiores, de vinte e poucos. Só o meu é menor. Ele falou baixinho no rádio: mãe, me tira daqui.
O: Señora, lo que me cuenta es trabajo forzoso, y con un menor de edad. Vamos a derivar el caso hoy mismo a la fiscalía y a la policía especializada en [[LOCATION|Ucayali]], y a coordinar con las autoridades brasileñas. ¿Tem um número de telefone?
C: Tenho, é [[PHONE_NUMBER|+55 68 99214 7730]]. Eu sou [[PERSON|Rosângela]].
O: Obrigada, senhora [[PERSON|Rosângela]]. ¿Sabe el nombre del campamento o del patrón?
C: Só o apelido. O acampamento fica a dois dias de barco subindo o rio, é o que ele disse.
O: Muy bien. La llamamos en dos días para contarle cómo va, y si su hijo vuelve a comunicarse, por favor avísenos.
C: Muito obrigada, moça. Deus abençoe.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre extranjera reporta que su hijo adolescente y dos amigos adultos fueron llevados a extraer madera en "
        "un campamento de la selva del lado peruano, donde no les pagan, les cobran una deuda por comida y "
        "combustible y castigan a quien intenta irse. Se deriva a la fiscalía y a la policía especializada y se "
        "coordina con las autoridades del país vecino, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h50-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días, mi reina. Mira, te llamo para preguntarte una vaina, porque un pana me pasó este número.
O: Claro, dígame.
C: Yo soy de [[LOCATION|Barquisimeto]], vale. Mi esposa y yo nos vinimos el año pasado, pasamos por la trocha de [[LOCATION|Aguas Verdes]] con un muchacho, y el dueño de una granja de pollos en [[LOCATION|Chincha]] pagó el viaje. El señor [[PERSON|Benavides]]. Nos dijo que se lo íbamos pagando poquito a poquito con el trabajo.
O: ¿Y cómo ha sido el trabajo?
C: Mira, chamo, yo estoy en los galpones de cinco de la mañana a siete de la noche, todos los días, y mi esposa le limpia la casa al señor y le cocina a la familia, también sin descanso. Al mes nos da cien soles a los dos, y dice que todavía le debemos mil ochocientos dólares, que con los intereses la deuda sube. Ya va para un año y nunca baja.
O: ¿Los dejan salir de la granja?
C: Salir, salimos al pueblo el domingo un ratico. Pero él tiene nuestros pasaportes guardados, dice que es para que no nos vayamos sin pagar. Lo que yo quiero saber es si nos podemos ir así, sin pagarle, o si nos puede denunciar.
O: Le explico. Esa deuda, con intereses que nunca terminan y con los pasaportes retenidos, no es legal, y lo que usted describe puede ser trabajo forzoso. Ustedes no cometen delito si se van. Si quiere, podemos avisar a la policía para que acompañe a recuperar sus pasaportes.
C: No, no, policía no, mi amor. Nosotros no tenemos los papeles al día, nos deportan.
O: Entiendo su miedo. La policía no los va a deportar por ser víctimas, pero respetamos su decisión. ¿Le parece si lo derivo a un abogado gratuito que atiende a migrantes? Él le puede explicar cómo salir y recuperar los documentos.
C: Eso sí, dale, un abogado sí.
O: ¿Me da un número para que lo llame el abogado?
C: Mejor no, porque el señor [[PERSON|Benavides]] a veces agarra mi teléfono. Pásame el número del abogado y yo lo llamo.
O: Claro. Anote: es la oficina de orientación legal para migrantes, el [[PHONE_NUMBER|01 714 2260]]. Dígales que lo deriva la línea contra la trata.
C: Listo, anotado. Gracias, de verdad, ya estábamos perdiendo la fe.
""",
    note(
        "victim",
        "information_request",
        ["labour", "domestic_servitude"],
        2,
        False,
        ["male", "female"],
        "Ica",
        "ongoing",
        "medium",
        ["information_given", "referral_legal"],
        "Un migrante pregunta si él y su esposa pueden dejar la granja donde trabajan casi sin pago, él en los "
        "galpones y ella en la casa del dueño, por una deuda del viaje que crece con intereses y con los pasaportes "
        "retenidos. Se le explicó que la deuda no es legal y que son víctimas; rechazó la intervención policial y que lo "
        "llamen, y se le dio el contacto de un abogado gratuito.",
    ),
)

# ------------------------------------------------ Spanish/English code-switching ----
call(
    "h50-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Hi, buenas noches, sorry, mi español is a little rusty. Yo vivo en [[LOCATION|Houston]] y llamo por mi mamá, she's in [[LOCATION|Lima]], trabajando en una casa.
O: No se preocupe, le entiendo. ¿Qué le pasa a su mamá?
C: Okay, so, ella trabaja cama adentro para una familia en [[LOCATION|San Isidro]] desde hace como un año. At first it was fine, pero ahora no la dejan salir ni los domingos. They took her phone, y solo la dejan llamarme diez minutos on Sundays, con la señora al lado.
O: ¿Le pagan su sueldo?
C: No, not for four months. La señora dice que le está descontando el uniforme y unas medicinas que le compró cuando se enfermó. Like, seriously? Y hoy me dijo llorando que le levantaron la mano, well, the husband did, he pushed her against the wall.
O: ¿Qué edad tiene su mamá?
C: She's [[AGE|fifty-two]]. Es de [[LOCATION|Chota]], she doesn't know anyone in [[LOCATION|Lima]], that's the problem.
O: Lo que describe es servidumbre doméstica, y es un delito. Podemos ofrecerle a su mamá un albergue mientras se resuelve su situación.
C: I already asked her, she said no, no quiere ir a un albergue, she just wants to go back home to [[LOCATION|Chota]]. Can you help with that?
O: Sí. Vamos a derivar el caso a la fiscalía para que intervenga y recupere lo que le deben, y ellos pueden coordinar su salida de la casa. ¿Sabe la dirección?
C: Yes, hold on. Es [[ADDRESS|calle Los Nogales 470, departamento 802]].
O: Gracias. ¿Me deja un número o un correo para contactarla?
C: Sure, mi WhatsApp es [[PHONE_NUMBER|+1 832 555 0164]]. I'm [[PERSON|Kiara]].
O: Gracias, [[PERSON|Kiara]]. La llamaremos en dos días para contarle qué hizo la fiscalía.
C: Thank you so much, de verdad, I've been so worried.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una hija que vive en el extranjero reporta que su madre, trabajadora del hogar que vive en la casa de sus "
        "empleadores, no recibe sueldo desde hace meses, no puede salir, le quitaron el teléfono y el esposo la "
        "empujó. La madre no quiere ir a un albergue y solo desea volver a su pueblo; se deriva el caso a la fiscalía, "
        "con seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h50-an-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Imaynalla, señorita, buenas tardes. Yo estoy llamando desde [[LOCATION|Calama]], de [[LOCATION|Chile]], pues. Soy de [[LOCATION|Azángaro]], acá trabajo de años ya.
O: La escucho, señora. ¿Qué ha pasado?
C: Mi sobrinita, la [[PERSON|Nilda]], la wawa de mi hermana, ha llegado acá. Una comadre, la señora [[PERSON|Ticona]], le ha traído diciendo que va a trabajar en cocina, en una pensión para los mineros. Ella está en cuarto de media nomás, [[AGE|dieciséis añitos]] tiene.
O: ¿Usted la ha visto?
C: Sí, pues, en la feria la he visto, ayer nomás. Flaquita está, señorita. Despacito me ha dicho: tía, de día cocino y de noche la señora me hace acompañar a los mineros, me hace tomar. Manam munanichu, no quiero, diciendo lloraba. Añañaw, mi corazón.
O: ¿Ella puede salir de la pensión?
C: No puede, pues. La señora le ha quitado su DNI, dice que le debe el pasaje, la comida. A la feria nomás sale con otra chica que le vigila.
O: ¿Sabe dónde queda la pensión?
C: Por el terminal de buses, al lado de una llantería, [[ADDRESS|la pensión de techo azul en la calle Vivar]].
O: Gracias, señora. Lo que me cuenta es trata de una menor. Vamos a derivar el caso a la fiscalía y al consulado del [[LOCATION|Perú]] en [[LOCATION|Chile]] para que coordinen con la policía de allá. Y usted también puede ir directamente a la PDI o a Carabineros; le explico qué decir.
C: Ya, señorita. ¿No le van a hacer nada a mi sobrina por estar sin papeles?
O: No. Ella es víctima y es menor, la van a proteger. ¿A qué número la podemos llamar?
C: A este, pues, [[PHONE_NUMBER|+56 9 7381 2049]]. Soy [[PERSON|Eusebia]]. En la noche llámeme, de día estoy en la chacra, digo, en el trabajo.
O: La llamo mañana en la noche, señora [[PERSON|Eusebia]].
C: Sulpayki, señorita. Gracias, Diosllay.
""",
    note(
        "family_member",
        "report",
        ["sexual", "labour"],
        1,
        True,
        ["female"],
        "Chile",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una tía que vive en el extranjero reporta que su sobrina adolescente fue llevada por una conocida con la "
        "promesa de trabajar en una cocina, y ahora trabaja de día y es obligada de noche a acompañar y beber con "
        "mineros, con su documento retenido por una supuesta deuda. Se deriva a la fiscalía y al consulado para "
        "coordinar con la policía local, se le explicó cómo denunciar allí y se hará seguimiento.",
    ),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
