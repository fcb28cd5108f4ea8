#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout36.jsonl: 16 fictional, labelled hotline calls (held-out set h36).

Written by an outside test-data writer who read ONLY three files:
/work/shared/eval/LABELS.md, /work/shared/eval/make_dev.py and
/work/private_h36/notes/make_heldout.py (whose call()/note()/build() and
[[TYPE|surface]] markup are reused here). The drafter under test was never seen.

Mix (16 calls): 5 lowercase unpunctuated Whisper-style Spanish, 5 cased Spanish,
2 English, 1 Brazilian Portuguese, 1 Venezuelan Spanish, 1 Spanish/English
code-switching, 1 Andean Spanish with Quechua words. Labels are spread over all
caller roles, all call types (2 not about trafficking), several exploitation
types, situations ongoing/past/at_risk and urgencies immediate..low.
PII conventions follow make_dev.py. All people, numbers, plates, handles and
businesses are invented.

Run: cd /work/private_h36/notes && python3 make_heldout36.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout36.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h36-lower-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes disculpe no sé si es aquí donde tengo que llamar
O: sí dígame con confianza qué pasó
C: es que yo vendo pasajes en el terminal terrestre de [[LOCATION|tacna]] y hay un señor con dos chicas que me parece raro raro
O: qué es lo que le parece raro cuénteme
C: las chicas son menores se nota pues tendrán [[AGE|catorce]] [[AGE|quince años]] más o menos y el señor me preguntó cómo se puede pasar sin el permiso notarial de los papás
O: usted le vendió algún pasaje
C: no no le vendí le dije que sin permiso no se puede y se molestó me dijo que es su tío pero las chicas le dicen señor no le dicen tío
O: las chicas le dijeron algo a usted
C: una se acercó al baño conmigo digamos que coincidimos y me dijo que van a trabajar atendiendo en un restaurante que les van a pagar bien y que el señor tiene sus dnis él los guarda
O: siguen en el terminal ahora
C: sí están sentados al fondo por la zona de los colectivos el señor está hablando por celular y parece que está buscando otro carro
O: cómo es el señor cómo está vestido
C: es gordito de casaca roja con gorra negra las chicas tienen mochilas rosadas las dos
O: muy bien lo que usted me cuenta tiene señales de alerta de trata menores viajando sin permiso con un adulto que no es familiar y que les guarda los documentos voy a avisar ahora mismo a la policía para que se acerquen al terminal
C: ay pero que no sepa que fui yo señorita porque yo trabajo acá todos los días
O: su identidad queda reservada usted no tiene que acercarse a ellos ni decirles nada
C: ya es que yo tengo una hija de esa edad y dije si fuera mi hija me gustaría que alguien haga algo
O: hizo muy bien en llamar me puede dejar un número para que la policía la ubique si necesita
C: mejor no prefiero no dar mi número yo estoy en la ventanilla siete ahí pueden preguntar por la señora de los pasajes nomás
O: está bien la policía ya está avisada si el señor se lleva a las chicas en un carro trate de fijarse la placa sin exponerse y vuelva a llamar a este mismo número
C: ya señorita gracias
""",
    note(
        "witness",
        "report",
        ["unknown"],
        2,
        True,
        ["female"],
        "Tacna",
        "at_risk",
        "immediate",
        ["police_dispatch"],
        "Una vendedora de pasajes reporta que un adulto que no parece ser familiar intenta trasladar a dos "
        "adolescentes sin permiso de los padres, les retiene los documentos y les ofreció trabajo en un "
        "restaurante. Se alertó de inmediato a la policía para que intervenga en el terminal.",
    ),
)

call(
    "h36-lower-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: buenas noches joven una consulta nomás este yo trabajo en una lancha de pesca acá en [[LOCATION|chimbote]] y no sé si esto es normal
O: claro cuénteme cómo es su trabajo
C: yo vine de [[LOCATION|cajabamba]] hace tres meses un señor que le dicen [[PERSON|cholo]] [[PERSON|vílchez]] me dijo que en la pesca se gana bien y me trajo en su carro
O: y cuánto le pagan
C: nada pues hasta ahora nada el patrón dice que le debo mil doscientos soles por el enganche por el pasaje por la comida y que cuando termine de pagar recién me va a dar mi parte
O: el patrón tiene algún documento suyo
C: sí mi dni lo tiene él dice que es para el seguro pero no me lo devuelve ya le he pedido dos veces
O: los demás pescadores están en la misma situación
C: no los otros son de acá de [[LOCATION|chimbote]] ellos sí cobran normal se van a su casa yo nomás duermo en la lancha porque no tengo dónde
O: ha recibido amenazas o le han pegado
C: pegar no bueno una vez el patrón me empujó y me dijo que si me voy sin pagar me denuncia por robo y que en altamar cualquiera se cae al agua así me dijo riéndose
O: ahora mismo dónde está usted
C: estoy en una cabina en el muelle la lancha sale mañana en la noche como a [[DATE_TIME|las diez]] y son como quince días afuera
O: lo que usted me cuenta no es normal esa deuda no es legal retenerle el dni tampoco y trabajar sin pago por una deuda es una forma de explotación laboral usted tiene derecho a irse y a que le paguen
C: pero si me voy a dónde me voy no tengo plata
O: le podemos conseguir un albergue temporal si lo necesita
C: no tengo un primo en [[LOCATION|nuevo chimbote]] que me puede recibir unos días él trabaja en construcción
O: está bien vamos a derivar su caso a la fiscalía y a la inspección de trabajo para que recuperen su dni y su pago me puede dar un número donde llamarlo
C: el de mi primo [[PHONE_NUMBER|nueve cuatro tres seis uno ocho dos cero siete]] porque mi celular lo tiene el patrón también
O: le repito [[PHONE_NUMBER|943 618 207]] y cómo se llama usted
C: [[PERSON|elmer]] nomás [[PERSON|elmer]]
O: [[PERSON|elmer]] le vamos a llamar mañana en la mañana antes de que salga la lancha no se embarque hasta hablar con nosotros
C: ya joven ya gracias
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["male"],
        "Áncash",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un pescador llegado de otra provincia trabaja desde hace meses en una embarcación sin recibir pago "
        "por una supuesta deuda de enganche, con su documento retenido y amenazas si se va. Se le informó de "
        "sus derechos, se deriva a fiscalía e inspección laboral y se le llamará antes del próximo zarpe.",
    ),
)

call(
    "h36-lower-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: sí buenas tardes quiero poner una queja del bar de la esquina de mi casa
O: cuénteme qué está pasando con ese bar
C: todas las noches ponen la música a todo volumen hasta las tres cuatro de la mañana y los borrachos se orinan en mi puerta ya no se puede dormir
O: entiendo señora esta línea es para casos de trata de personas le pregunto en ese bar ha visto menores de edad trabajando o personas que no puedan salir
C: no menores no hay atienden las hijas del dueño que son grandes ya tienen sus hijos y se van a su casa en la madrugada ellas mismas cierran
O: y ha visto que alguien esté encerrado o que lo obliguen a estar con clientes
C: no no nada de eso es un bar normal nomás el problema es la bulla y que no tiene licencia creo
O: en ese caso no es un tema de trata para el ruido y la licencia tiene que hacer la queja a la municipalidad de su distrito o llamar a serenazgo en la noche
C: ah ya y ustedes no pueden mandar a alguien
O: no señora nosotros atendemos casos de trata y explotación de personas pero si algún día ve algo así puede llamar gratis a esta línea
C: ya ya está bien disculpe la molestia gracias
O: no se preocupe buenas tardes
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
        "Una vecina llama para quejarse del ruido de un bar cercano; al indagar no se identifican indicios de "
        "trata. Se le indicó el propósito de la línea y dónde presentar su queja.",
    ),
)

call(
    "h36-lower-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo ya he llamado antes es por mi hija la que está en el bar
O: sí señora me puede recordar su nombre o el de su hija para ubicar el caso
C: soy [[PERSON|nilda]] [[PERSON|nilda pinedo]] mi hija es [[PERSON|yesenia]] la de [[AGE|dieciséis años]] llamé hace dos semanas más o menos
O: sí aquí está el registro de [[LOCATION|nauta]] qué novedades tiene
C: la policía me dijo que fueron al bar y que estaba cerrado que no había nadie y ya después no me llaman
O: ha sabido algo de su hija desde entonces
C: sí ayer en la noche me mandó un audio de otro número llorando me dice mamá ya no estoy en [[LOCATION|nauta]] me han llevado a [[LOCATION|yurimaguas]] en lancha a otro local
O: le dijo cómo se llama el local o con quién está
C: dice que es un karaoke que se llama [[ORGANIZATION|la sirenita]] por el puerto y que la señora [[PERSON|rocío]] es la misma que la llevó la primera vez la que le dicen [[PERSON|la charapa]]
O: el número desde donde le escribió lo tiene
C: sí es el [[PHONE_NUMBER|nueve cinco dos cuatro cuatro uno siete tres ocho]] pero ya no contesta yo le he llamado como diez veces
O: no vuelva a llamar a ese número por ahora porque podría ponerla en riesgo si lo revisa otra persona
C: ay no sabía yo pensé
O: no se preocupe usted no hizo nada malo guarde el audio no lo borre porque sirve de prueba
C: sí lo tengo guardado también mi otro hijo le sacó copia
O: señora [[PERSON|nilda]] voy a pasar esta nueva información hoy mismo a la fiscalía y a la unidad de policía que lleva el caso para que busquen en [[LOCATION|yurimaguas]] y le vamos a llamar mañana para contarle
C: por favor señorita ya son tres semanas que no la veo a mi hijita
O: entiendo lo difícil que es le llamamos al mismo número de la vez pasada
C: sí al mismo
""",
    note(
        "family_member",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre da seguimiento a su denuncia previa: su hija adolescente, explotada en un local nocturno, "
        "fue trasladada a otra ciudad y logró enviarle un audio desde otro número. La nueva información se "
        "pasa a la fiscalía y a la policía que llevan el caso, con seguimiento.",
    ),
)

call(
    "h36-lower-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: buenas tardes señor mire yo no sé si es para ustedes esto pero quería preguntar algo
O: claro pregunte con confianza
C: yo tengo un comedor en [[LOCATION|ventanilla]] y viene a comer un chico el hijo de una señora que conozco de la iglesia tiene [[AGE|quince años]] ya va a cumplir [[AGE|dieciséis]]
O: ajá y qué le preocupa del chico
C: que unos muchachos mayores de la zona lo buscan le invitan gaseosa lo pasean en moto y la otra vez le dijeron para que lleve un paquete a otra cuadra y le iban a dar cincuenta soles
O: él lo llevó
C: no que yo sepa no él me dijo que no quiso pero ahora le dicen que si no lo hace él lo va a hacer su hermanito el menor que tiene [[AGE|once]]
O: eso es una amenaza sabe si le han pedido algo más como vigilar o cobrar a alguien
C: creo que quieren que les avise cuando pasa el patrullero o sea que haga de campana y que después les ayude a cobrar a las mototaxis eso que le dicen el cupo
O: y la mamá del chico sabe esto
C: sabe algo pero tiene miedo ella trabaja todo el día en el mercado y el papá no vive con ellos
O: le explico lo que usted describe es una forma de captación de menores para obligarlos a cometer delitos y eso puede ser trata con fines de explotación en actividades delictivas el que está mal es el que lo capta no el chico
C: y si el chico ya hubiera llevado algo digamos lo meten preso a él
O: un menor que fue captado o amenazado para eso es considerado víctima y tiene protección no se le trata como a un delincuente lo importante es que no esté solo
C: ya eso le voy a decir a la señora porque ella piensa que si denuncia se lo llevan al chico
O: la mamá puede acudir a la demuna de su distrito o a la fiscalía de familia y también puede llamar a esta línea directamente nosotros la orientamos paso a paso
C: ya y esto que le cuento queda entre nosotros porque esos muchachos viven ahí mismo
O: sí todo es reservado si algún día ve que lo obligan o que le hacen daño llame enseguida
C: ya señor muchas gracias por la paciencia
""",
    note(
        "acquaintance",
        "information_request",
        ["forced_criminality"],
        1,
        True,
        ["male"],
        "Callao",
        "at_risk",
        "medium",
        ["information_given"],
        "Una conocida consulta porque un grupo de jóvenes mayores intenta captar a un adolescente para llevar "
        "paquetes, vigilar y cobrar cupos, con amenazas hacia su hermano menor. Se explicó que el menor sería "
        "víctima y se orientó sobre cómo la madre puede pedir protección.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h36-plain-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla la asistenta social de la municipalidad de [[LOCATION|Bambamarca]], en [[LOCATION|Cajamarca]]. Quería reportar un caso que nos llegó esta semana, aunque no sé bien si califica como trata.
O: Cuénteme, por favor, y lo vemos juntas.
C: Es un señor de... tendrá [[AGE|32]], no, perdón, [[AGE|34 años]], lo tengo en la ficha. Tiene discapacidad intelectual. Se llama [[PERSON|Isidro]]. Hace como diez años vive en un establo de una familia, en el caserío [[LOCATION|Llaucán]], y ordeña las vacas, pastea, carga la leche.
O: ¿Le pagan por ese trabajo?
C: Nada. Bueno, le dan de comer y ropa usada. El dueño, el señor [[PERSON|Lucano]], dice que lo tiene "de caridad", que si no fuera por él estaría en la calle.
O: ¿Dónde duerme él?
C: En un cuartito al lado del corral, de adobe, sin puerta. Y lo que más nos preocupa: el señor [[PERSON|Lucano]] tiene su DNI y su carné de CONADIS, y cobra la pensión por discapacidad de él en el banco. Eso lo supimos por el banco mismo.
O: ¿[[PERSON|Isidro]] puede salir, ir a otros lugares?
C: Sale al campo con las vacas, pero solo no va a ningún lado. Él no sabe leer y dice que el patrón es como su papá. No, golpes no vimos, y los hijos del señor también trabajan en el establo, pero ellos sí van y vienen, tienen su casa.
O: ¿Y su familia de origen?
C: Tiene una hermana en [[LOCATION|Chota]], que fue la que vino a la municipalidad. Ella dice que se lo llevaron de jovencito con la promesa de que le iban a enseñar un oficio.
O: Gracias por el detalle. Lo que describe tiene elementos de explotación laboral de una persona en situación de vulnerabilidad: trabajo sin pago durante años, retención de documentos y apropiación de su pensión. Vamos a derivar el caso a la fiscalía especializada.
C: ¿Y si lo sacan de ahí? ¿A dónde va a ir? Eso es lo que pregunta la hermana, ella no tiene mucho espacio.
O: Eso se evalúa con la fiscalía y con el programa de discapacidad; hay opciones de acogida si hace falta. Por ahora no es necesario que ustedes intervengan solos. ¿Me deja un contacto?
C: Sí, el teléfono de la oficina es [[PHONE_NUMBER|076 553 218]], anexo 14, y pregunte por [[PERSON|Betty Chuquilín]].
O: Perfecto, señora [[PERSON|Betty]]. La llamaremos la próxima semana para saber cómo avanza.
C: Muchas gracias, quedo atenta.
""",
    note(
        "professional",
        "report",
        ["labour"],
        1,
        False,
        ["male"],
        "Cajamarca",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Una trabajadora social municipal reporta que un hombre adulto con discapacidad intelectual trabaja desde "
        "hace años sin pago en un establo, duerme junto al corral y el empleador le retiene los documentos y "
        "cobra su pensión. Se deriva a la fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h36-plain-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué la puedo ayudar?
C: Buenas noches. Disculpe, es que no sé a quién más llamar. Es por mi hermana, que está en [[LOCATION|España]].
O: Tranquila, cuénteme. ¿Qué le pasa a su hermana?
C: Ella se fue hace cinco meses a trabajar de interna, cuidando a un señor mayor en [[LOCATION|Murcia]]. La contactó una agencia de acá, de [[LOCATION|Lima]], que se llama [[ORGANIZATION|Europa Asistencia Familiar]]. Le pagaron el pasaje y le dijeron que eran 900 euros al mes.
O: ¿Y qué ha pasado desde que llegó?
C: Que no le pagan. Nada, desde que llegó. El hijo del señor le quitó el pasaporte al llegar, "para los papeles", dice. Ella cuida al papá día y noche, cocina, limpia toda la casa, y no tiene ni un día libre. No la dejan salir sola; dice que la puerta la cierran con llave cuando el hijo se va.
O: ¿Cómo se comunica con ella?
C: Por WhatsApp, en la noche, cuando el señor duerme. Ella quiere regresar, pero le dicen que tiene que pagar el pasaje primero, que son 1.500 euros de deuda.
O: ¿Cuántos años tiene su hermana y cómo se llama?
C: [[PERSON|Gladys]], [[PERSON|Gladys Huamaní Ortiz]]. Tiene [[AGE|41]]. Yo soy [[PERSON|Marleny]], la menor.
O: ¿Ella ha sufrido agresiones?
C: Golpes, no. Bueno, una vez el hijo le tiró un plato, pero no le cayó. Le grita mucho. Y la amenaza con que la van a meter presa por estar ilegal.
O: Señora [[PERSON|Marleny]], lo que describe es servidumbre doméstica: le retienen el pasaporte, no le pagan, la encierran y le imponen una deuda. Eso es un delito en [[LOCATION|España]] y en el [[LOCATION|Perú]], y ella no va a ir presa por denunciarlo.
C: ¿Y qué hago? ¿Cómo la saco de ahí?
O: Vamos a pasar el caso a la fiscalía especializada y a la Cancillería para que el consulado peruano coordine con la policía española. Le voy a enviar los datos del consulado para que su hermana pueda escribirles directamente, sin que nadie en la casa se entere.
C: Ya. ¿Y la agencia? Siguen poniendo anuncios en Facebook, yo los he visto.
O: También se incluye en la denuncia. Si puede, guarde capturas de los anuncios y los mensajes de su hermana. ¿A qué número la llamamos?
C: Al [[PHONE_NUMBER|987 402 116]]. Pero en la mañana, porque en la tarde trabajo.
O: La llamamos mañana en la mañana para confirmarle lo del consulado.
C: Gracias, señorita. De verdad, gracias.
""",
    note(
        "family_member",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "España",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una mujer pide ayuda para su hermana, que trabaja como empleada interna en el extranjero sin recibir pago "
        "desde hace meses, con el pasaporte retenido, encerrada en la casa y con una deuda impuesta por la agencia. "
        "Se deriva a la fiscalía y a la Cancillería para coordinar con el consulado, con seguimiento.",
    ),
)

call(
    "h36-plain-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola... Mire, yo... no sé cómo empezar.
O: Tómese su tiempo. Estoy aquí para escucharla. ¿Está en un lugar seguro ahora?
C: Sí, creo que sí. Estoy en el cuarto de una amiga. Yo me escapé de un departamento en [[LOCATION|Lince]], hace dos noches.
O: Me alegra que haya podido salir. ¿Qué pasaba en ese departamento?
C: Yo vine de [[LOCATION|Pucallpa]] porque un chico, [[PERSON|Jhon]], me dijo que había trabajo de recepcionista en un hotel. Cuando llegué, me llevó al departamento y me dijo que tenía que atender a clientes, que él los conseguía por una página. Me quitó el celular. Estuve así casi dos meses.
O: ¿Había otras personas con usted?
C: No, solo yo. Él vivía en otro sitio, venía a traer a los clientes y a llevarse la plata. Ese día se olvidó de cerrar con llave y salí.
O: Fue muy valiente. ¿Cuántos años tiene usted?
C: [[AGE|Veintitrés]].
O: ¿Se siente bien de salud? ¿Tiene algún dolor o necesita que la vea un médico?
C: Me duele abajo, desde hace días. No he ido a ningún lado, tengo vergüenza. Y mi amiga me dijo que la dueña del cuarto no quiere que me quede, que unos días más nomás.
O: Podemos conseguirle un lugar en un albergue, donde va a estar segura, y que la atienda un médico y una psicóloga. Ahí no le van a cobrar nada.
C: ¿Y tengo que ir a la policía? Porque él tiene fotos mías y me dijo que si hablo las va a mandar a mi familia.
O: No está obligada a denunciar hoy. Usted decide cuándo, y si decide hacerlo la acompañamos con un abogado. Y sepa que amenazarla con publicar sus fotos también es un delito.
C: Ya... Primero quiero estar tranquila, después veo.
O: Me parece bien. ¿Me da un número o la dirección donde está para coordinar el traslado?
C: El número de mi amiga, [[PHONE_NUMBER|912 770 483]]. Se llama [[PERSON|Karina]].
O: Gracias. En una hora la llama una compañera del equipo para ir a recogerla, y yo la vuelvo a llamar mañana para saber cómo está.
C: Gracias, de verdad.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Lima",
        "past",
        "high",
        ["referral_shelter", "referral_health", "information_given", "follow_up_call"],
        "Una mujer joven escapó hace dos días de un departamento donde fue explotada sexualmente durante meses tras "
        "una falsa oferta de empleo; tiene dolencias, no tiene dónde quedarse y teme que el captor difunda sus fotos. "
        "Se coordina albergue y atención médica, se le informa que puede denunciar cuando lo decida y se hará seguimiento.",
    ),
)

call(
    "h36-plain-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Una pregunta, nada más, no sé si será tontería.
O: No se preocupe, pregunte con confianza.
C: Estoy en [[LOCATION|Wanchaq]], en [[LOCATION|Cusco]], y por aquí, por la avenida, cerca de la universidad, han pegado unos papelitos en los postes. Dicen "Se necesitan señoritas de 18 a 25 años, buena presencia, trabajo en provincia, sueldo 3.000 soles, pasajes y alojamiento pagados, sin experiencia".
O: ¿Dice qué tipo de trabajo es?
C: No, eso es lo raro. No dice ni restaurante, ni tienda, nada. Solo "atención al público". Y un WhatsApp: [[PHONE_NUMBER|958 331 062]].
O: ¿Usted o alguien que conoce ha escrito a ese número?
C: No, no. Yo tengo una hija, pero es chiquita, tiene [[AGE|doce]]. Es que pasan muchas chicas de la universidad por ahí, y me dio mala espina. Mi señora me dijo "llama, qué pierdes".
O: Hizo bien en llamar. Ese anuncio tiene varias señales de alerta que se usan para captar a mujeres jóvenes: un sueldo alto sin experiencia, todo pagado, un destino que no se dice, el tipo de trabajo poco claro, y que pidan "buena presencia".
C: Eso pensé. ¿Y es ilegal pegar eso?
O: El anuncio en sí no prueba un delito, pero sí se puede denunciar para que la policía lo investigue. Puede tomarle una foto y presentarla en la comisaría, o en la fiscalía. También puede enviarnos la foto y la dejamos registrada.
C: Ya. ¿Y cómo sabe uno si una agencia de empleo es formal?
O: Las agencias de empleo formales están registradas en el Ministerio de Trabajo y le dan un contrato por escrito con la dirección del trabajo. Si no dicen dónde ni para qué, hay que desconfiar.
C: Ya, ya entendí. Voy a sacarle foto mañana, porque ahorita ya está oscuro.
O: Muy bien. Y si conoce a alguna chica que piense postular, que llame a esta línea antes de viajar; es gratuita y atendemos las 24 horas.
C: Gracias, joven. Buenas tardes.
""",
    note(
        "general_public",
        "information_request",
        ["unknown"],
        0,
        False,
        [],
        "Cusco",
        "at_risk",
        "low",
        ["information_given"],
        "Un ciudadano consulta por anuncios en la vía pública que ofrecen a mujeres jóvenes trabajo bien pagado "
        "en provincia, sin precisar el lugar ni la actividad. Se explicaron las señales de alerta de captación, "
        "cómo verificar agencias de empleo y cómo denunciar el anuncio.",
    ),
)

call(
    "h36-plain-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Yo vendo emoliente por la catedral, en [[LOCATION|Arequipa]], en la mañanita. Y hay algo que quería contar desde hace tiempo.
O: La escucho. ¿Qué ha visto?
C: Hay un abuelito ciego, don [[PERSON|Fortunato]], que pide limosna en la esquina de la [[ADDRESS|calle Mercaderes con San Francisco]], y un niñito que lo guía, [[PERSON|Alexis]]. Yo los conozco, les invito emoliente y conversamos.
O: ¿Qué edad tiene el niño?
C: Me dijo [[AGE|nueve años]]. Pero está chiquito, flaquito. No va al colegio, está ahí desde las siete hasta la noche, con frío.
O: ¿El niño es familiar del señor?
C: No, eso es lo que me preocupa. Al principio pensé que era su nieto, pero el niño me dijo que lo trajeron de [[LOCATION|Ilave]], que su mamá lo dio a una señora para que "trabaje" en la ciudad. Y el abuelito tampoco es de aquí.
O: ¿Quién los lleva y los recoge?
C: Una pareja, en una mototaxi azul. En la noche vienen y les quitan la plata. El abuelito me dijo "todo se llevan, a mí me dan mi pan nomás". Y una vez vi que la señora le jaló la oreja al niño porque había poca plata.
O: ¿Sabe dónde viven?
C: No sé. Creo que por [[LOCATION|Cerro Colorado]], porque la mototaxi va para allá. La placa no la he visto bien.
O: Lo que cuenta es explotación de dos personas para la mendicidad, y uno es un niño. Vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial, para que evalúen la situación del niño y del señor.
C: Y yo, ¿puedo llevarme al niño a mi casa? Digamos unos días, mientras.
O: Entiendo su buena intención, pero no lo haga, porque podría tener problemas y también ponerlo en riesgo. Deje que intervengan las autoridades. Lo que sí ayuda es que nos avise si cambian de lugar o si ve que lo maltratan.
C: Ya, está bien. Mi número es el [[PHONE_NUMBER|958 604 127]], soy la señora [[PERSON|Eulalia]].
O: Gracias, señora [[PERSON|Eulalia]]. La llamaremos esta semana para contarle cómo va.
C: Ya, señorita. Dios la bendiga.
""",
    note(
        "acquaintance",
        "report",
        ["forced_begging"],
        2,
        True,
        ["male"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una vendedora ambulante reporta que un adulto mayor ciego y un niño traído de otra provincia son "
        "obligados a pedir limosna todo el día por una pareja que se queda con el dinero; el niño no va a la "
        "escuela y ha sido maltratado. Se deriva a la fiscalía de familia y a la unidad de protección, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h36-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, uh, hello? Do you speak English?
O: Yes, I can help you in English. This is the anti-trafficking hotline. What can I do for you?
C: Oh, okay, great. So I booked a trek to [[LOCATION|Machu Picchu]] with an agency here in [[LOCATION|Cusco]], paid 400 dollars cash, and today they just told me the trek is cancelled and they won't refund me. I got this number from a poster at the hostel.
O: I'm sorry that happened. Just to check: is anyone being forced to work, or being held somewhere, or is anyone under threat?
C: No, no, nothing like that. It's just the money. The guy at the office was rude, but that's all.
O: Then this isn't a trafficking case, so it's not something this line handles. For a problem with a tour agency you can go to the tourist police or to the consumer protection office.
C: Ah, got it. Sorry, I thought this was a general help line.
O: No problem. If you ever see someone who seems to be forced to work, you can call us for free, any time.
C: Will do. Thanks, have a good one.
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
        "A tourist called about a cancelled tour and a refused refund; screening found no trafficking "
        "indicators. The purpose of the line was explained and the caller was pointed to the appropriate offices.",
    ),
)

call(
    "h36-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening.
C: Good evening. My name is [[PERSON|Priya Raman]], I'm a caseworker with an anti-trafficking organisation in [[LOCATION|Bangkok]]. I'm calling about two Peruvian nationals we've been in contact with.
O: Thank you for calling. Where are they?
C: In a scam compound across the border in [[LOCATION|Myanmar]], near [[LOCATION|Myawaddy]]. They reached us on Telegram three days ago. They were recruited online for "customer service jobs" in [[LOCATION|Thailand]], flew to [[LOCATION|Bangkok]], and were driven across the river.
O: What are they being made to do?
C: Online fraud. Romance scams, fake crypto investments, targeting people in other countries. Fourteen hours a day. If they don't meet their targets, they get beaten, or they're made to stand all night. The man said a guard hit him with a baton last week.
O: Are they adults? Can you tell me more about them?
C: Yes, both adults. A man, [[PERSON|Renzo]], he's [[AGE|27]], and a woman, [[PERSON|Milagros]], [[AGE|24]]. I don't have full surnames yet. Sorry, actually, the woman gave her surname, it's [[PERSON|Salas]]. Their passports were taken on arrival, and the company says they each owe eight thousand dollars to leave.
O: Do their families in [[LOCATION|Peru]] know?
C: The woman's mother knows, she's in [[LOCATION|Trujillo]], I think. The man hasn't told his family, he's ashamed. There are other nationalities in the compound too, but I only have details for these two.
O: Understood. We'll refer this today to the prosecutor's office and to the Foreign Ministry, so the Peruvian embassy can coordinate with the authorities there. Can you send us what you have in writing?
C: Of course. My email is [[EMAIL_ADDRESS|p.raman@freedomlinkasia.org]], and they contact us from the Telegram account [[OTHER_ID|@rz_lima93]].
O: Thank you. Please tell them not to take any risks trying to escape on their own. We'll call you back tomorrow with the embassy contact.
C: I will. Thank you, this helps a lot.
""",
    note(
        "professional",
        "report",
        ["forced_criminality"],
        2,
        False,
        ["female", "male"],
        "Myanmar",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A caseworker abroad reports that two Peruvian adults recruited with a fake job offer are held in an "
        "online scam compound, forced to commit fraud under beatings, with passports taken and a debt imposed. "
        "The case is referred to prosecutors and the Foreign Ministry to coordinate with the embassy, with follow-up.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h36-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Alô? Alô, moça, por favor, você fala português? Eu preciso de ajuda, rápido.
O: Sí, un poco, falo português. Fale devagar. Onde você está?
C: Estou em [[LOCATION|Pucallpa]], escondida dentro de uma igreja, atrás do altar. Eu fugi faz uma hora de uma boate onde me obrigavam a fazer programa.
O: Você está sozinha? Tem alguém te procurando?
C: Sim, os homens do dono estão rodando de mototáxi pela rua, eu vi pela janela. Se me acham, me levam de volta. Ele já falou que se eu fugisse ia me bater até eu não andar.
O: Você sabe o nome da igreja ou da rua?
C: É a igreja grande, amarela, perto do mercado... espera, tem uma placa... [[ADDRESS|Paróquia São José, na rua Tarapacá]]. O padre não está, só uma senhora limpando.
O: Muito bem. Estou avisando a polícia agora para ir até aí. Não saia da igreja. Como você se chama e quantos anos tem?
C: [[PERSON|Thaís]]. Tenho [[AGE|vinte e dois]]. Eu sou de [[LOCATION|Cruzeiro do Sul]], no [[LOCATION|Acre]]. Um cara que conheci no Facebook, o [[PERSON|Maicon]], me trouxe dizendo que era trabalho de garçonete num restaurante.
O: Há mais mulheres nessa boate na mesma situação?
C: Tem outras meninas, mas são daqui, peruanas, elas vão para casa delas de noite, elas trabalham lá porque querem, acho. Só eu dormia lá trancada, porque eu "devia" a passagem. Ele pegou minha identidade.
O: Está ferida?
C: Cortei o pé pulando o muro, está sangrando um pouco, mas dá para andar.
O: A polícia já está a caminho. Quando chegarem, diga que você ligou para a linha contra o tráfico. Depois vamos te levar para um abrigo, onde vão cuidar do seu pé e você vai estar segura.
C: E o meu documento? Eu não tenho nada, nem celular, este é o telefone da senhora da limpeza.
O: Não se preocupe com isso agora. Depois ajudamos com o consulado do [[LOCATION|Brasil]]. Fique na linha comigo até a polícia chegar, está bem?
C: Está bem. Obrigada, obrigada.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Ucayali",
        "past",
        "immediate",
        ["police_dispatch", "referral_shelter", "referral_health"],
        "Una mujer extranjera acaba de escapar de un local nocturno donde la obligaban a prostituirse, encerrada y "
        "con su documento retenido por una supuesta deuda; está escondida, herida leve y la están buscando. Se envió "
        "a la policía de inmediato y se coordina un albergue con atención de salud.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h36-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Épale, buenas noches. Mira, chamo, yo soy delivery, ando en moto, y acabo de entregar un pedido en una casa que... no, vale, eso no está bien.
O: Cuénteme tranquilo qué vio. ¿Dónde está usted ahora?
C: Estoy en [[LOCATION|Chiclayo]], en [[LOCATION|La Victoria]], a una cuadra de la casa. Me paré en una bodega. Me abrió la puerta una chamita, venezolana también, por el acento, tendrá [[AGE|trece]], [[AGE|catorce años]], burda de flaquita, y me dijo bajito "ayúdame, no nos dejan salir, nos hacen estar con señores".
O: ¿Vio a otras personas dentro de la casa?
C: Sí, atrás había otras dos chamas, también chamitas, sentadas en un mueble. Y ahí mismo salió un tipo, un gordo, me arrancó la bolsa de la mano, me pagó y me cerró la puerta en la cara.
O: ¿Me puede dar la dirección exacta?
C: Es la [[ADDRESS|calle Los Naranjos 450]]... no, espérate, es la [[ADDRESS|Los Naranjos 540]], la de rejas negras y la ventana con papel periódico. El pedido salió a nombre de un tal [[PERSON|Wilmer]], lo tengo en la app, y el teléfono [[PHONE_NUMBER|979 213 846]].
O: ¿Hay algún vehículo frente a la casa?
C: Una camioneta gris, la placa es [[OTHER_ID|M4K-219]]. Y ahorita mismo está llegando otro carro, se están bajando dos tipos. Qué arrecho, chamo, yo tengo una hermanita de esa edad allá en [[LOCATION|Maracaibo]].
O: Le entiendo. Estoy avisando en este momento a la policía para que vaya a esa dirección. Por favor, no se acerque ni vuelva a tocar la puerta.
C: No, no, tranquilo, yo no me meto. Pero, ¿y si se las llevan antes de que llegue la policía?
O: Si ve que salen con ellas, fíjese hacia dónde van y nos vuelve a llamar enseguida. ¿Me deja un número para que la policía pueda ubicarlo?
C: Dale. [[PHONE_NUMBER|nueve uno cinco, cuatro ocho ocho, tres cero dos]]. Me llamo [[PERSON|Yorman]]. Pero no quiero problemas con migraciones, ¿oíste? Mis papeles están en trámite.
O: Usted está ayudando, señor [[PERSON|Yorman]], eso no le va a traer problemas migratorios. Su identidad queda reservada.
C: Listo, pana. Aquí me quedo en la bodega.
O: Gracias. En un rato le devolvemos la llamada.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un repartidor reporta que una niña extranjera le pidió ayuda al entregar un pedido en una casa donde ella y "
        "otras dos menores no pueden salir y son obligadas a estar con hombres. Aportó la dirección y la placa de un "
        "vehículo, y se alertó de inmediato a la policía.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h36-cs-01",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Hola, buenos días. Mi nombre es [[PERSON|Claudia Benavides]], soy counselor, consejera, en el área de bienestar de la [[ORGANIZATION|Universidad Andina del Rímac]]. Llamé el mes pasado por una alumna, [[PERSON|Andrea]], la del programa de Work and Travel. I'm calling to follow up.
O: Sí, buenos días. ¿Me recuerda los datos del caso para ubicarlo?
C: Claro. Ella estuvo el verano pasado en [[LOCATION|Estados Unidos]], en [[LOCATION|Wisconsin]], en una planta de queso. The employer kept her passport, les cobraban 600 dólares al mes por un trailer con ocho personas, y le decían que si se quejaba la deportaban. Ella regresó hace unos meses.
O: Ya lo tengo. El caso se derivó a la fiscalía especializada. ¿Qué novedades hay?
C: So, la fiscalía la llamó para que dé su declaración, y ella entró en pánico, honestly. No quiere ir sola, no duerme bien, ha dejado de ir a clases. I'm worried about her.
O: Es comprensible. La declaración se puede hacer acompañada, y hay una entrevista única para no tener que repetir su historia varias veces.
C: Okay, that's good to know. ¿Puedo acompañarla yo, o tiene que ser un familiar?
O: Puede ir acompañada de una persona de confianza, y además tiene derecho a un abogado gratuito. También le podemos derivar a atención psicológica especializada en víctimas de trata, aparte de lo que ustedes le dan en la universidad.
C: Yes, please. Nosotros le damos sesiones, pero no somos especialistas en trauma. Ah, y otra cosa: otro alumno, [[PERSON|Sebastián]], fue por la misma agencia a otro estado, a [[LOCATION|Colorado]], y a él le fue bien, o sea, le pagaron normal, he's fine. Te lo digo por si sirve.
O: Gracias, lo anotamos como contexto. ¿La agencia sigue ofreciendo el programa?
C: Sí, siguen haciendo charlas en el campus, ¿puedes creer? [[ORGANIZATION|Global Steps Exchange]] se llama.
O: Eso también se lo informamos a la fiscalía. Voy a coordinar la derivación a psicología y la llamo pasado mañana para confirmarle la cita y la fecha de la declaración.
C: Perfect, gracias. Mi número es el mismo, [[PHONE_NUMBER|981 064 732]].
O: Perfecto, hablamos pronto.
""",
    note(
        "professional",
        "follow_up",
        ["labour"],
        1,
        False,
        ["female"],
        "Estados Unidos",
        "past",
        "medium",
        ["information_given", "referral_health", "follow_up_call"],
        "Una consejera universitaria da seguimiento al caso de una estudiante que fue explotada laboralmente en el "
        "extranjero durante un programa de intercambio, con el pasaporte retenido y amenazas de deportación; ya "
        "regresó pero está afectada ante su declaración. Se informó sobre sus derechos en el proceso, se deriva a "
        "atención psicológica y se hará seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h36-andean-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Allinllachu, señorita. Buenas tardes. Yo estoy llamando de [[LOCATION|Andahuaylas]], de la comunidad. Una consultita nomás quería hacer.
O: Buenas tardes, señor, dígame nomás.
C: Es que mi sipas, mi hija mayor, ya tiene [[AGE|diecinueve años]], acabó su colegio. Y un señor enganchador viene cada año a la comunidad, en su combi, y lleva jóvenes para la cosecha de uva, para [[LOCATION|Ica]], pues.
O: Ya. ¿Su hija quiere ir con ese señor?
C: Ari, ella quiere ir, para juntar su platita, dice, para estudiar. El señor dice 50 soles diario, cuarto y comida. Pero yo tengo miedo, señorita, imaynataq, no sé cómo será allá.
O: ¿Conoce a otras personas que hayan ido con él?
C: Mi sobrino fue el año pasado, regresó bien nomás, con su platita. Pero el hijo de mi vecino, el [[PERSON|Wilber]], regresó sin nada, dice que le descontaron todo, el pasaje, la comida, el cuarto, y que le tenían su DNI. Manam pagasqachu, no le pagaron.
O: ¿Cuándo piensa viajar su hija?
C: Dice que en dos meses, cuando empieza la cosecha. Todavía no le ha dado nada al señor, ni su DNI.
O: Está bien que me consulte antes. Le doy algunos consejos: que no entregue su DNI a nadie, que pida un contrato escrito con el nombre de la empresa y la dirección del fundo, y que sepa cuánto le van a pagar y si le van a descontar algo.
C: Ya, ya. ¿Y si el señor no quiere dar contrato?
O: Entonces es una señal de alerta y es mejor que no vaya con él. También es bueno que ella lleve un celular con saldo, que ustedes tengan el nombre y el número del señor, y que ella llame a la familia cada semana.
C: Ari, ari. Y si allá le pasa algo, ¿a dónde llama?
O: A esta misma línea, el 0800-2-3232. Es gratuita, desde cualquier celular, a cualquier hora, y también puede hablar en quechua si lo prefiere, tenemos compañeras que hablan.
C: Añay, sulpayki, señorita. Voy a conversar con mi wawa esta noche.
O: De nada, señor. Cualquier duda, vuelva a llamar.
""",
    note(
        "family_member",
        "information_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Ica",
        "at_risk",
        "low",
        ["information_given"],
        "Un padre consulta porque su hija mayor de edad piensa viajar con un reclutador informal para trabajar en una "
        "cosecha en otra región, y otro joven de la comunidad regresó sin pago y con su documento retenido. Se dieron "
        "recomendaciones para verificar la oferta y se informó cómo pedir ayuda.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
