#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout41.jsonl: 16 more fictional, labelled hotline calls with gold case notes.

Written by an outside test-data writer who read only three files: LABELS.md and
make_dev.py (in shared/eval) and make_heldout.py (this folder). Same builder,
markup and conventions: [[TYPE|surface]] marks PII, O:/C: mark the speaker,
PERSON spans exclude titles and articles, AGE keeps the unit when said,
nationality adjectives are not labelled, summaries carry no identifiers or digits.

Mix (16 calls):
  * 6 lowercase unpunctuated Whisper-style Spanish ("lowercase_asr")
  * 4 cased Spanish ("plain")
  * 2 English ("plain")
  * 1 Brazilian Portuguese ("portuguese")
  * 1 Venezuelan Spanish ("venezuelan")
  * 1 Spanish/English code-switching ("code_switching")
  * 1 Andean Spanish with Quechua words ("andean_quechua")

Label choices worth knowing: victims.count is 0 when the caller cannot say how
many people are involved (or there is no case); region is the department (or
foreign country) where the exploitation happens or, for at_risk calls, where
the person would be taken; actions list only what the operator actually does or
promises, not offers the caller turned down. All people, numbers, plates and
businesses are invented.

Run: python3 make_heldout41.py   (writes heldout41.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout41.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h41-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita le hablo del puerto de [[LOCATION|iquitos]] yo vendo pasajes en la agencia [[ORGANIZATION|expreso fluvial amazonas]] y acabo de ver algo que no me gusta
O: cuénteme con calma qué vio
C: hace media hora vino un señor y compró cuatro pasajes para la lancha que va a [[LOCATION|santa rosa]] en la frontera uno para él y tres para unas chicas que estaban con él
O: qué le hizo pensar que algo está mal
C: son chiquitas señorita una me dijo bajito que recién está en primero de secundaria y que iban a trabajar de anfitrionas en un bar allá en la frontera el señor pagó todo en efectivo y tenía los dni de las tres en su mano no las dejaba hablar con nadie
O: las chicas siguen ahí en el puerto
C: sí están sentadas en la sala de espera con él la lancha sale a las [[DATE_TIME|nueve de la noche]] falta menos de una hora
O: tiene algún dato del señor
C: en el manifiesto puso [[PERSON|segundo tapullima]] con dni [[ID_NUMBER|41 803 527]] a las chicas les puso nombres nomás sin apellido
O: usted ha hecho muy bien en llamar voy a avisar ahora mismo a la policía del puerto y a la unidad contra la trata para que lleguen antes de que salga la lancha no se acerque al señor ni le diga nada
C: ya señorita yo me quedo acá en la ventanilla
O: me deja un número para que la policía la ubique
C: sí apunte [[PHONE_NUMBER|nueve seis cinco cero cuatro uno siete dos ocho]]
O: gracias señora en un rato la llamamos para saber cómo fue
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Loreto",
        "at_risk",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una vendedora de pasajes fluviales reporta que un hombre que tenía en la mano los documentos de tres "
        "adolescentes les compró pasajes para viajar esa misma noche a una zona de frontera, donde supuestamente "
        "trabajarían de anfitrionas en un bar. Se alertó de inmediato a la policía para que intervenga antes de "
        "la salida de la embarcación, con seguimiento.",
    ),
)

call(
    "h41-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: hola señorita disculpe puedo hablar con usted aunque sea menor de edad
O: claro que sí esta línea es gratuita y es para todos cuántos años tienes
C: tengo [[AGE|quince años]] vivo en [[LOCATION|bambamarca]] y mi padrastro quiere mandarme a trabajar a la casa de una señora en [[LOCATION|cajamarca]] para cuidar a sus hijitos cocinar lavar todo y dice que ya no voy a estudiar
O: tú quieres ir
C: no yo no quiero quiero terminar el colegio pero él ya recibió plata de la señora dice que le dio quinientos soles adelantado y que yo voy a trabajar un año sin sueldo para pagar eso
O: te dijeron cuándo podrías volver o salir
C: no dice que la señora me va a dar de comer y un cuartito y que no voy a salir a la calle porque la ciudad es peligrosa
O: cuándo quieren llevarte
C: [[DATE_TIME|el domingo]] viene la señora a recogerme en su carro
O: lo que me cuentas es muy serio si quieres puedo pedir que la policía vaya ahora mismo a tu casa
C: no no por favor que no vaya la policía mi mamá se va a meter en problemas y mi padrastro se va a enojar conmigo
O: está bien entonces vamos a pasar tu caso a la demuna y a la fiscalía de familia para que te protejan antes del [[DATE_TIME|domingo]] sin que llegue un patrullero a tu casa tienes un número donde te pueda llamar
C: este es el celular de mi tía [[PERSON|rosaura]] ella sí me cree [[PHONE_NUMBER|nueve cuatro ocho dos uno seis cero siete tres]]
O: mañana te llamo a ese número y si antes te quieren llevar llama de nuevo a cualquier hora
C: ya gracias señorita
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Cajamarca",
        "at_risk",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una adolescente llama por sí misma porque su padrastro recibió dinero adelantado de una mujer para "
        "enviarla a trabajar en su casa sin sueldo, sin estudiar y sin salir, y pasarán a recogerla en pocos días. "
        "No aceptó que la policía vaya a su casa, por lo que se deriva el caso a la defensoría municipal del niño "
        "y a la fiscalía de familia, con seguimiento.",
    ),
)

call(
    "h41-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días joven le llamo desde [[LOCATION|san jerónimo]] en [[LOCATION|cusco]] por una vecina que trabaja en las ladrilleras de la parte alta
O: la escucho cuénteme
C: la señora [[PERSON|justina]] es mi comadre conversamos siempre ella y su esposo trabajan en la ladrillera de don [[PERSON|fortunato]] hace dos años y no les paga dice que le deben el adelanto que les dio cuando los trajo de [[LOCATION|paruro]] y cada mes la deuda crece porque les cobra el cuarto y la comida
O: hay niños con ellos
C: sí sus tres hijos el mayorcito está en cuarto grado y los otros son más chiquitos van al colegio en la mañana pero en la tarde todos cargan adobe y ladrillo hasta que oscurece
O: les han quitado sus documentos o los amenazan
C: documentos no no les quitó nada sus dni los tienen ellos pero don [[PERSON|fortunato]] les ha dicho que si se van sin pagar los denuncia y que la policía es su amiga por eso no se van
O: alguien los ha golpeado
C: no eso no nunca he visto que les peguen
O: lo que usted describe puede ser trabajo forzoso por deudas y además hay niños trabajando vamos a derivarlo a la fiscalía y a la inspección de trabajo me puede dar un número para llamarla y contarle cómo avanza
C: no joven mi número no prefiero no dar nada si se enteran que fui yo me botan del cuarto yo vuelvo a llamar
O: está bien puede llamar cuando quiera su identidad queda reservada
C: ya gracias joven
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        5,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "medium",
        ["referral_legal"],
        "Una vecina y comadre de la familia reporta que una pareja y sus tres hijos pequeños trabajan en una "
        "ladrillera sin pago por una deuda que crece con cobros de cuarto y comida, y que el dueño los amenaza "
        "con denunciarlos si se van. No hay retención de documentos ni violencia física; se deriva a la fiscalía "
        "y a la inspección de trabajo, y la persona no quiso dejar contacto para seguimiento.",
    ),
)

call(
    "h41-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló señorita buenas noches yo soy cocinera en un restaurante de paso en la panamericana en [[LOCATION|casma]] el [[ORGANIZATION|parador los tres hermanos]] y tengo acá a una niñita sola y no sé qué hacer
O: tranquila dígame qué pasó
C: anoche paró un camionero a comer y la dejó acá dijo que era su sobrina y que volvía a recogerla hoy a las [[DATE_TIME|diez de la noche]] después de descargar en [[LOCATION|huarmey]] pero la niña me dice que no es su tío que lo conoce recién de una semana
O: cuántos años tiene la niña
C: no sabe bien cuántos años tiene dice que estaba en tercer grado en su pueblo es chiquita flaquita
O: le dijo a dónde la llevaban
C: dice que el señor le dijo a su mamá que la iba a llevar a [[LOCATION|chimbote]] a vivir con una señora que tiene otros niños que venden caramelos y piden plata a los carros y que todo lo que juntan se lo dan a la señora y su mamá le recibió doscientos soles
O: la niña está con usted ahora
C: sí está acá en la cocina comiendo la he tenido todo el día conmigo pero ya está oscureciendo y el señor va a venir
O: ha hecho muy bien en cuidarla ahora mismo voy a avisar a la comisaría de [[LOCATION|casma]] para que vayan al restaurante antes de que llegue el camionero y la unidad de protección de menores la va a llevar a un albergue por esta noche no se la entregue a nadie más
C: ya señorita y si el señor llega antes
O: no discuta con él dígale que la niña está en el baño y vuelva a llamar de inmediato sabe algo del camión
C: es un camión rojo la placa es [[OTHER_ID|a4x 917]] y él se hace llamar el [[PERSON|chino]]
O: gracias me da su número para que la policía la ubique
C: [[PHONE_NUMBER|nueve cinco siete tres tres cero uno ocho dos]]
O: la vuelvo a llamar apenas salga el patrullero
""",
    note(
        "witness",
        "help_request",
        ["forced_begging"],
        1,
        True,
        ["female"],
        "Áncash",
        "at_risk",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una cocinera de un restaurante de carretera cuida a una niña pequeña que un camionero dejó allí sola y "
        "que piensa recoger esa noche para llevarla con una mujer que pone a niños a vender dulces y pedir dinero, "
        "tras pagarle una suma a la madre. Se alertó a la policía para que llegue antes que el hombre y se "
        "coordina un albergue para la niña, con seguimiento.",
    ),
)

call(
    "h41-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes señorita le llamo desde [[LOCATION|santiago de chile]] yo soy peruana vivo acá hace años y es por mi prima [[PERSON|yesenia]] y su esposo que se vinieron de [[LOCATION|tacna]] hace tres meses a trabajar en un fundo de cerezas por [[LOCATION|curicó]]
O: qué le preocupa de su prima
C: el contratista un tal [[PERSON|reynaldo]] les pagó el pasaje y ahora les dice que le deben un millón de pesos les quitó los pasaportes para guardarlos dice trabajan de sol a sol y en la noche los encierran en un galpón con candado con otros trabajadores
O: usted ha podido hablar con ella
C: sí ayer me mandó un audio llorando del celular de otro compañero porque el suyo también se lo quitaron dice que no les han pagado nada en tres meses
O: su prima y su esposo son mayores de edad
C: sí ella tiene [[AGE|veintiséis]] y él [[AGE|treinta]]
O: y hay más personas en ese galpón
C: dice que hay otros pero no sé cuántos ni de dónde son
O: como están en [[LOCATION|chile]] nosotros no podemos mandar a la policía allá pero vamos a pasar el caso a la fiscalía y a cancillería para que el consulado peruano coordine con la policía chilena y le voy a dar el número del consulado en [[LOCATION|santiago]] para que usted también ponga la denuncia allá
C: ya anoto
O: me da un número para llamarla en unos días y saber si hay novedades
C: sí es el [[PHONE_NUMBER|+56 9 7284 1503]]
O: perfecto la llamamos esta semana y si su prima le dice que están en peligro avísenos enseguida
C: gracias señorita
""",
    note(
        "family_member",
        "report",
        ["labour"],
        2,
        False,
        ["female", "male"],
        "Chile",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una mujer que vive en el extranjero reporta que su prima y el esposo de esta trabajan sin pago en un fundo "
        "agrícola de ese país, con pasaportes y celular retenidos, una deuda por el pasaje y encerrados de noche. "
        "Se deriva el caso a la fiscalía y a cancillería para que el consulado coordine con la policía local, se "
        "le dio el contacto consular y habrá seguimiento.",
    ),
)

call(
    "h41-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita quería poner una denuncia contra mi exjefe de la panadería acá en [[LOCATION|huacho]] no me quiere pagar el último mes
O: entiendo cuénteme un poco más usted sigue trabajando ahí
C: no ya no trabajo ahí renuncié hace dos semanas me fui porque quise y él dice que me va a pagar a fin de mes pero no le creo
O: mientras trabajaba la dejaban salir o le retenían algún documento
C: no no nada de eso mi dni lo tengo yo no me quitaron nada entraba temprano salía a mediodía y me iba a mi casa normal solo que me debe ochocientos soles
O: alguien la amenazó o la obligó a hacer algo que no quería
C: no señorita nada de eso solo es la plata
O: bien por lo que me cuenta no es un caso de trata sino un problema de pago de sueldo eso lo ve la sunafil la superintendencia de fiscalización laboral puede ir a sus oficinas o llamar a su línea gratuita y también puede pedir una conciliación en el ministerio de trabajo
C: ah ya la sunafil ya voy a ir entonces
O: y si alguna vez sabe de alguien a quien no dejan irse de un trabajo o le quitan sus documentos puede llamarnos
C: ya gracias señorita
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
        "Una extrabajadora de una panadería llama porque su exempleador le debe el sueldo de un mes; dejó el "
        "trabajo por voluntad propia, conserva su documento y no hubo amenazas ni restricciones. No es un caso de "
        "trata y se le orientó a acudir a la autoridad de fiscalización laboral.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h41-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Soy técnica de enfermería en el puesto de salud de [[LOCATION|Retamas]], en [[LOCATION|Pataz]]. Anoche nos bajaron de la mina a un muchacho con la mano aplastada.
O: ¿Cómo está el muchacho ahora?
C: Estable, ya lo suturamos, pero perdió la punta de un dedo. Dice que tiene [[AGE|18]], pero es un chibolo todavía, ni bigote tiene, y cuando le pedí su DNI me dijo que se lo tiene el contratista. Yo creo que no llega ni a [[AGE|16]].
O: ¿Le contó cómo llegó a la mina?
C: Sí. Lo trajeron de [[LOCATION|Huamachuco]] con su primo, que es más chico que él, para trabajar en un socavón de un contratista informal. Les prometieron mil soles al mes, pero les dicen que primero tienen que pagar el pasaje, las botas y la comida, y en dos meses no les han dado nada.
O: ¿Y el primo dónde está?
C: Sigue arriba, en el socavón. Nadie baja sin permiso del contratista, hay un hombre en la tranquera que controla. A este muchacho lo bajaron solo porque sangraba mucho.
O: ¿Él quiere volver a la mina?
C: No, no quiere, pero dice que si no vuelve el contratista le va a cargar su deuda al primo.
O: Lo que describe puede ser trata con fines de explotación laboral de menores. ¿El muchacho aceptaría ir a un albergue mientras tanto?
C: Ya le pregunté, y no quiere ningún albergue. Quiere que su mamá venga a recogerlo; ya la llamamos y llega pasado mañana.
O: Está bien, respetamos eso. Vamos a derivar el caso a la fiscalía especializada y a la policía de la zona para que intervengan en el socavón y saquen al primo. ¿Sabe cómo se llama el contratista?
C: Le dicen [[PERSON|Chalaco]]. Trabaja dentro de la concesión [[ORGANIZATION|Aurífera Santa Filomena]], pero por su cuenta, con unos treinta mineros.
O: Gracias. ¿Me deja un número para llamarla mañana y saber cómo sigue el muchacho?
C: El del puesto: [[PHONE_NUMBER|044 830 219]]. Pregunte por la técnica de turno.
O: Perfecto, mañana la llamo. Por favor, que el muchacho no salga del puesto si no es con su mamá.
""",
    note(
        "professional",
        "report",
        ["labour"],
        2,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una técnica de enfermería informa que atendió a un adolescente herido en una mina informal, adonde fue "
        "llevado con su primo menor para trabajar sin pago por una deuda de pasaje y equipo, con su documento "
        "retenido; el primo sigue en el socavón. El joven no aceptó ir a un albergue y espera a su madre, y el caso "
        "se deriva a la fiscalía especializada y a la policía, con seguimiento.",
    ),
)

call(
    "h41-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes. Le habla [[PERSON|Giuliana Ramos]], psicóloga de la [[ORGANIZATION|Institución Educativa Javier Heraud]], en [[LOCATION|Tingo María]]. Llamo por una alumna.
O: Dígame, licenciada.
C: Esta mañana vino a mi oficina una alumna de segundo de secundaria. Me contó que su mamá y su padrastro la quieren "juntar" con un señor de la chacra, un hombre de [[AGE|cuarenta y tantos]], y que él ya les dio plata y dos chanchos.
O: ¿Ella le dijo cuándo sería?
C: Para la fiesta del caserío, a fin de mes. Le han dicho que se va a ir a vivir con él como su mujer y que ya no va a venir al colegio. Ella llora, no quiere.
O: ¿Corre peligro hoy? ¿Vuelve esta tarde a su casa?
C: Sí, vuelve a su casa. Dice que nadie le pega, que solo le repiten que ya está grande. Hoy no creo que le pase nada; lo que me preocupa es la fecha.
O: Entiendo. Entregar a una menor a cambio de dinero o animales para una unión forzada es una forma de trata. Vamos a derivar el caso hoy a la fiscalía de familia y a la DEMUNA para que tomen medidas de protección antes de esa fecha. ¿Sabe quién es el señor?
C: Solo que le dicen don [[PERSON|Eulogio]], del caserío [[LOCATION|Pucayacu]]. La alumna se llama [[PERSON|Kiara]]; en el colegio tenemos todos sus datos.
O: Gracias. Le pido que el colegio no confronte a la familia por ahora. ¿Puedo llamarla la próxima semana para saber cómo está ella?
C: Sí, claro. Mi celular es [[PHONE_NUMBER|962 417 350]].
O: Muy bien, licenciada [[PERSON|Giuliana]]. Si adelantan la fecha o la sacan del colegio, llámenos de inmediato.
C: Así lo haré. Gracias.
""",
    note(
        "professional",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Huánuco",
        "at_risk",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una psicóloga escolar informa que la madre y el padrastro de una alumna adolescente recibieron dinero y "
        "animales de un hombre adulto para entregarle a la menor en una unión forzada prevista para fin de mes. "
        "Se deriva el caso a la fiscalía de familia y a la defensoría municipal del niño para medidas de protección, "
        "con seguimiento.",
    ),
)

call(
    "h41-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Yo llamé hace como diez días por mi hija, la que estaba en un karaoke en [[LOCATION|Pucallpa]]. Me dijeron que volviera a llamar para contar cómo seguía.
O: Sí, señora. ¿Me recuerda su nombre para ubicar el caso?
C: [[PERSON|Hermelinda Sáenz]]. Mi hija es [[PERSON|Yadira]].
O: Ya lo tengo. ¿Qué ha pasado desde entonces?
C: Gracias a Dios ya está aquí conmigo, en [[LOCATION|Tocache]]. Ya no está con esa gente. [[DATE_TIME|El jueves]] se escapó cuando la dueña salió, tomó un carro y llegó [[DATE_TIME|el viernes en la mañana]].
O: Qué alivio. ¿Cómo está ella?
C: De salud bien, pero no duerme, llora mucho, no quiere salir de la casa. Le quitaron... no, mentira, no le quitaron nada, su DNI lo tenía escondido en el zapato. Pero me contó que la obligaban a estar con los clientes en los cuartos de atrás.
O: ¿Alguien la ha buscado o amenazado desde que llegó?
C: No, nadie. La dueña no sabe de dónde somos, creo.
O: ¿Cuántos años tiene ahora su hija?
C: [[AGE|Veinte]]. Cumplió allá en el karaoke nomás, pobrecita.
O: Podemos derivarla a una psicóloga del Centro Emergencia Mujer para que la acompañe, y también a una abogada gratuita para que ponga la denuncia contra la dueña del local.
C: La psicóloga sí, por favor. La denuncia todavía no; ella dice que no quiere saber nada de eso por ahora, que después.
O: Está bien, es su decisión. Le coordino la atención psicológica en [[LOCATION|Tocache]], y si más adelante quiere denunciar, nos llama. ¿Su número sigue siendo el mismo?
C: Sí, el mismo: [[PHONE_NUMBER|942 085 613]].
O: La llamo la próxima semana para saber cómo sigue ella.
C: Gracias, señorita, Dios se lo pague.
""",
    note(
        "family_member",
        "follow_up",
        ["sexual"],
        1,
        False,
        ["female"],
        "Ucayali",
        "past",
        "low",
        ["referral_health", "follow_up_call"],
        "Una madre llama en seguimiento de un caso previo para informar que su hija adulta escapó del local donde "
        "la obligaban a prostituirse y ya está en casa, con su documento y sin amenazas posteriores. Se coordina "
        "atención psicológica; la joven no quiere denunciar por ahora, por lo que no se deriva a asesoría legal, y "
        "habrá seguimiento.",
    ),
)

call(
    "h41-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Quería consultar algo, no sé si es aquí. Me han ofrecido trabajo en un barco pesquero y mi esposa me dijo que llame antes de aceptar.
O: Hizo bien. ¿Qué le ofrecen?
C: Un señor en el muelle de [[LOCATION|Paita]] está juntando gente para un barco calamarero extranjero. Son seis meses en alta mar, sin bajar a puerto, y la paga es al final, todo junto; dice que dos mil dólares al mes. Tengo que darle mi DNI original y pagarle trescientos soles para el "carné de pescador".
O: ¿Le dieron un contrato por escrito?
C: No. Dice que el contrato se firma ya en el barco, que está en inglés, y que me llevan en una lancha hasta donde está anclado, afuera.
O: ¿Ya le entregó el DNI o el dinero?
C: No, todavía no, nada. Quedé en llevarle todo [[DATE_TIME|el viernes]].
O: Hay varias señales de alerta: que le pidan el DNI original, que le cobren por darle trabajo, que no haya contrato antes de embarcar y que le paguen recién al final. En barcos así ha habido pescadores que no pueden bajar en meses y terminan sin cobrar. Le recomiendo no entregar su documento ni dinero, y pedir el nombre de la empresa y del barco para verificar en la capitanía de puerto y en el Ministerio de Trabajo si la agencia está autorizada.
C: Ya. Entonces mejor no voy [[DATE_TIME|el viernes]].
O: ¿Quiere que pasemos los datos de ese señor a la policía?
C: No, señorita, mejor no. Acá en el muelle todos nos conocemos. Yo nomás no voy a ir.
O: Lo entiendo. Si cambia de idea, o sabe de alguien que ya se embarcó así, puede llamarnos gratis a cualquier hora.
C: Gracias, señorita, me ha aclarado bastante.
""",
    note(
        "victim",
        "information_request",
        ["labour"],
        1,
        False,
        ["male"],
        "Piura",
        "at_risk",
        "low",
        ["information_given"],
        "Un hombre consulta por una oferta que recibió para trabajar meses en alta mar en un barco pesquero "
        "extranjero, con pago solo al final, cobro por un carné, entrega de su documento original y contrato "
        "recién a bordo. Se explicaron las señales de alerta y cómo verificar la oferta; decidió no aceptarla y no "
        "quiso que se pasaran los datos del reclutador a la policía.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h41-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Hi, good morning. Do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Great, thanks. This is just a quick question, nothing urgent. If someone wanted to report a possible trafficking case, how would they do it? Would they have to give their name?
O: No, reports can be anonymous. Anyone can call this line for free, 24 hours a day, from any phone, or go to a police station or the prosecutor's office.
C: Okay. And what kind of information is actually useful?
O: Whatever they have: where it's happening, what they saw, how many people, whether there are children, vehicle plates, names or nicknames. They don't need proof; we pass it on to the police and prosecutors.
C: Got it, thanks.
O: Can I ask if you're calling about a particular situation? Are you worried about someone?
C: No, not at all, nothing like that. I manage a small hostel in [[LOCATION|Huaraz]], and I'm putting together a one-page guide for my staff so they know what to do if they ever see something odd.
O: That's a great idea. You could include common warning signs: someone who doesn't hold their own ID, who seems to be controlled by the person they're travelling with, young people who say they're going to a job they know nothing about, or who don't know where they're staying.
C: Perfect, that's exactly what I needed. And this number works from anywhere in the country?
O: Yes, from anywhere, and it's free.
C: Thank you so much.
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
        "A hostel manager asks how a suspected trafficking case can be reported, whether it can be done "
        "anonymously and what information is useful, to prepare a guide for staff. There is no specific case; "
        "the reporting channels and common warning signs were explained.",
    ),
)

call(
    "h41-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good evening.
C: Hi, good evening. Sorry, my Spanish isn't good enough for this. Can we do it in English?
O: Of course. What's happening?
C: My name is [[PERSON|Tom Keller]], I coordinate the volunteers at the [[ORGANIZATION|Casa Refugio Caminantes]] migrant shelter in [[LOCATION|Tacna]]. Two women who stayed with us left last week with a man who offered them jobs as cooks at a mining camp near [[LOCATION|Ananea]]. One of them just texted our shelter phone.
O: What did she say?
C: I'll read it: "they make us cook all day and at night we have to serve beer and go with the miners, they took our phones, this is a client's phone, please help". That was twenty minutes ago. She says they lock their room from outside.
O: Do you know where exactly they are?
C: She says it's a bar called [[ORGANIZATION|El Socavón de Oro]], [[ADDRESS|next to the fuel station at the entrance of the town]]. The women are [[PERSON|Yuleisy]], who's [[AGE|nineteen]], and her friend [[PERSON|Andreína]], [[AGE|twenty-three]] I think. Neither of them is a minor; we checked their documents when they arrived.
O: Thank you, that's very helpful. I'm alerting the police in [[LOCATION|Puno]] right now so they can go to the bar tonight, and we'll arrange a shelter for both of them afterwards. Can you give me the number she texted from?
C: Yes, it's [[PHONE_NUMBER|+51 973 206 418]]. Should I reply to her?
O: Only a short message saying help is on the way, nothing more, and don't call that phone. What's your number?
C: [[PHONE_NUMBER|+51 952 730 664]].
O: I'll call you back as soon as the police report in.
C: Thank you. Please hurry.
""",
    note(
        "professional",
        "report",
        ["sexual", "labour"],
        2,
        False,
        ["female"],
        "Puno",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "A migrant shelter coordinator reports that two adult women who left with a recruiter offering cooking jobs "
        "at a mining camp are forced to work in the kitchen and to have sex with miners at a bar, with their phones "
        "taken and their room locked. One of them has just asked for help, so police were alerted to go tonight and "
        "a shelter will be arranged, with follow-up.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h41-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, desculpe, eu falo português. Sou brasileiro, moro em [[LOCATION|Cruzeiro do Sul]], no [[LOCATION|Acre]]. Estou muito preocupado com o meu filho.
O: Puede hablar en portugués, le entiendo. ¿Qué pasó con su hijo?
C: Ele se chama [[PERSON|Davi]], tem [[AGE|dezessete anos]], joga futebol. Um empresário, o [[PERSON|Marcelo]], levou ele e mais três meninos da escolinha para fazer testes num clube em [[LOCATION|Lima]]. Já faz cinco semanas.
O: ¿Y los chicos hicieron las pruebas en el club?
C: Não! Nunca teve teste nenhum. Eles estão numa casa em [[LOCATION|Los Olivos]], e o empresário põe eles para lavar carros num lava-rápido o dia todo, sem pagar nada, diz que é para pagar a casa e a comida. E ficou com os passaportes "para a inscrição no clube".
O: ¿Los otros tres chicos también son menores de edad?
C: Sim, todos. O mais novo tem [[AGE|quinze]].
O: ¿Su hijo puede salir de la casa o llamarle?
C: Ele me liga escondido, de noite, do celular de um vizinho. Sair sozinhos eles não podem, o empresário fica com a chave. E agora o [[PERSON|Marcelo]] me pede dois mil reais para comprar a passagem de volta do [[PERSON|Davi]].
O: Por favor, no le envíe ese dinero. Lo que describe es trata con fines de explotación laboral de menores. ¿Sabe dónde está la casa o el lavadero?
C: O lava-rápido se chama [[ORGANIZATION|Super Brillo]], fica na [[ADDRESS|Avenida Naranjal, quadra 8]]. A casa é ali perto. O telefone do [[PERSON|Marcelo]] é [[PHONE_NUMBER|+55 68 99214 3307]].
O: Vamos a derivar el caso hoy a la fiscalía y a la policía especializada en [[LOCATION|Lima]] para que ubiquen a los chicos. Le recomiendo también llamar al consulado de su país, que puede ayudar con los pasaportes y el retorno. ¿A qué número lo llamamos mañana?
C: Este mesmo, [[PHONE_NUMBER|+55 68 98407 1196]]. Obrigado, muito obrigado.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        4,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un padre extranjero reporta que su hijo adolescente y otros tres menores fueron llevados por un supuesto "
        "representante deportivo con la promesa de pruebas en un club, y ahora los obligan a lavar autos sin pago, "
        "sin poder salir de la casa y con los pasaportes retenidos, mientras el hombre le pide dinero a la familia. "
        "Se deriva a la fiscalía y a la policía especializada, se le recomendó no pagar y contactar a su consulado, "
        "con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h41-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi vida. Mira, yo quería preguntarte una cosa nada más, sin dar mi nombre, ¿se puede?
O: Claro que sí, puede ser anónimo. Dígame.
C: Hace como un año yo llegué a [[LOCATION|Arequipa]] con una muchacha que me ofreció trabajo en una peluquería, y no era peluquería, chama, era un sitio donde te ponían a atender hombres y te cobraban una deuda que nunca bajaba. Yo estuve ahí cuatro meses.
O: ¿Usted sigue en ese lugar?
C: No, no, ya no estoy con ellos, gracias a Dios. Me fui en [[DATE_TIME|diciembre]] y ahorita vivo en [[LOCATION|Chiclayo]], trabajo en una tienda de ropa, tengo mi cuartico, todo bien.
O: Me alegra mucho. ¿La han buscado o amenazado desde entonces?
C: No, nada, ni saben dónde estoy. Ya cambié de número. Lo que quiero saber es si yo denuncio ahora, ¿me pueden deportar? Porque mi permiso está vencido, vale.
O: No. Usted es víctima de un delito, y a las víctimas de trata no se las sanciona por su situación migratoria; incluso pueden pedir una calidad migratoria especial. La denuncia se puede hacer en la fiscalía y tiene derecho a un abogado gratuito. Si quiere, ahora mismo la derivo a una abogada y a una psicóloga, sin costo.
C: No, mi amor, por ahora no. Déjame pensarlo, que todavía me da cosa. Yo solo quería saber.
O: Está bien, es su decisión. Guarde este número, y cuando usted quiera la derivamos, sin compromiso.
C: Dale, gracias, de verdad. Qué alivio saber eso, chama.
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Arequipa",
        "past",
        "low",
        ["information_given"],
        "Una mujer migrante cuenta que hace un año fue explotada sexualmente durante meses en un local, bajo una "
        "deuda, tras una falsa oferta de trabajo, y que ya salió de allí, vive en otra ciudad y no ha recibido "
        "amenazas. Preguntó si denunciar podría llevar a su deportación; se le explicó que como víctima no sería "
        "sancionada y rechazó por ahora la derivación a asesoría legal y psicológica.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h41-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches.
C: Hi, buenas noches. Perdón, I'm not sure if this is the right number. Tengo un departamento en [[LOCATION|Jesús María]] y le alquilo un cuarto a un tipo, and something feels really off, you know?
O: Sí, es el número correcto. Cuénteme qué ha visto.
C: Okay, so, el inquilino se llama [[PERSON|Renzo Aldana]], he's been there like three months. Every week llegan chicas nuevas, jovencitas, with suitcases, se quedan dos o tres noches y después él se las lleva en una van, he says "al norte, a trabajar en un restaurante". They never come back.
O: ¿Cuántas chicas ha visto?
C: Honestly, no sé. Muchas. I stopped counting. Right now creo que hay gente en el cuarto, I can hear voices, pero no sé cuántas son.
O: ¿Son menores de edad?
C: No sé, really. Se ven jóvenes, pero no podría decirte. They never talk to me, always looking down.
O: ¿Ha visto algo más?
C: Yes. La semana pasada entré a arreglar una fuga en el baño, con su permiso, and there was a bag on the table full of passports y cédulas. Like ten, maybe more. And he got super nervous.
O: Eso es una señal de alerta importante. ¿Sabe cuándo sale la próxima vez?
C: Me dijo que se va [[DATE_TIME|this Friday]], early, y me pidió dejar el garaje abierto. La van es gris, placa [[OTHER_ID|C8R-552]].
O: Vamos a pasar toda esta información a la policía especializada en trata para que investiguen antes de esa salida. No lo confronte ni le comente que llamó. ¿Me deja un número?
C: Sure, sí, es el [[PHONE_NUMBER|998 316 047]]. Please, que no sepa que fui yo, I live upstairs.
O: Su identidad queda reservada. Lo llamamos [[DATE_TIME|el jueves]] para contarle cómo va.
C: Thanks, gracias.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        0,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un propietario sospecha que su inquilino recibe cada semana a mujeres jóvenes que se quedan pocos días y "
        "luego son trasladadas en una camioneta con supuestas ofertas de trabajo en otra región, y vio numerosos "
        "pasaportes y documentos de identidad en su cuarto. No se sabe cuántas son, su edad ni el fin de la "
        "explotación; se pasa la información a la policía especializada antes del próximo traslado, con seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua words ----
call(
    "h41-aq-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Yo soy de [[LOCATION|Kishuará]], de [[LOCATION|Andahuaylas]]. Le llamo por mi nieto, mi [[PERSON|Wilber]], mi wawa.
O: Allinllam, mamá. Cuénteme, ¿qué le pasó a su nieto?
C: Un señor llegó a la comunidad en su camioneta, pues, diciendo que hay trabajo en la selva, en la cosecha de cacao, cien soles diario. Mi [[PERSON|Wilber]] con el hijo de mi comadre se fueron con él hace un mes, sin avisar. Los dos todavía están en el colegio, en cuarto de secundaria.
O: ¿Sabe adónde se los llevaron?
C: Allá abajo, por el río [[LOCATION|Apurímac]], dice [[LOCATION|Llochegua]]. Ayer llamó mi nieto de un celular prestado, llorando, "mamay, mamay" diciendo. Dice que no es cacao, que es coca, que raspan la hoja todo el día, y en la noche les hacen cargar mochilas con paquetes por el monte, caminando hasta que amanece. Manam pagan nada, dice.
O: ¿Le dijo si los amenazan?
C: Arí, señorita, dice que hay hombres con armas, que si se escapan los van a matar, y a la familia también. Yo tengo miedo, pues.
O: Entiendo, mamá. Lo que me cuenta es muy grave. A los chicos los obligan a trabajar y a cargar droga, y ellos son víctimas, no delincuentes. Vamos a pasar el caso a la fiscalía especializada y a la policía que trabaja en esa zona del río.
C: ¿Y yo qué hago, señorita? En la comunidad no hay comisaría.
O: Usted o su hija pueden ir a la fiscalía en [[LOCATION|Andahuaylas]] con una foto de [[PERSON|Wilber]] y su DNI, y decir que ya llamaron a esta línea. ¿Tiene un número donde la podamos llamar?
C: El celular de mi hija, la mamá de [[PERSON|Wilber]]: [[PHONE_NUMBER|nueve ocho tres, cuatro cero siete, dos seis uno]]. Yo no sé leer bien los números, ella me lo ha escrito en un papelito.
O: Gracias. La llamamos mañana por la tarde, cuando esté su hija. Tupananchikkama, mamá.
C: Tupananchikkama, señorita. Diospagarasunki.
""",
    note(
        "family_member",
        "report",
        ["labour", "forced_criminality"],
        2,
        True,
        ["male"],
        "Ayacucho",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una abuela reporta que su nieto y el hijo de una comadre, ambos escolares, fueron llevados con una oferta "
        "de cosecha a una zona cocalera, donde los obligan a trabajar sin pago en la hoja de coca y a cargar "
        "paquetes de droga de noche, bajo amenazas armadas. Se deriva a la fiscalía especializada y a la policía "
        "de la zona, se orientó a la familia para denunciar y habrá seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
