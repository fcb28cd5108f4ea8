# ruff: noqa: E501
"""Generate heldout39.jsonl: 16 fictional, labelled hotline calls with gold case notes.

Written by an outside test-data writer who read only three files:
../shared/eval/LABELS.md, ../shared/eval/make_dev.py and make_heldout.py (this
folder). Same markup as the builder: [[TYPE|surface]] marks PII, O:/C: mark the
speaker; output format: LABELS.md. All people, numbers, places of business are
invented.

Mix: 6 lowercase unpunctuated Whisper-style Spanish ("lowercase_asr", with
fillers, self-corrections and misheard words), 4 cased Spanish ("plain"),
2 English ("plain"), 1 Brazilian Portuguese ("portuguese"), 1 Venezuelan Spanish
("venezuelan"), 1 Spanish/English code-switching ("code_switching"), 1 Andean
Spanish with Quechua words ("andean_quechua"). Notes cover every caller_role and
call_type, single and mixed exploitation types (incl. "other" and "unknown"),
counts given in pieces, minors given by age, school grade or words, regions
given via small towns, camps, rivers or abroad, and actions that are carried
out vs. merely offered and refused.

Run: cd /work/private_h39/notes && python3 make_heldout39.py
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout39.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h39-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita eh me escucha es que acá la señal es malita estoy llamando de un campamento minero en [[LOCATION|pataz]] arriba por el [[LOCATION|marañón]]
O: sí la escucho dígame
C: este yo soy cocinera acá le cocino a los mineros y al lado de la boca mina hay un bar que le dicen el [[ORGANIZATION|rincón de la tía]] y ahí hay unas chibolas que las trajeron hace como un mes eh dos chibolas no no tres son tres porque anteayer llegó otra más
O: cómo sabe que son menores de edad
C: porque una de ellas la más flaquita vino a la cocina a pedirme pan y me dijo que estaba en segundo de secundaria en [[LOCATION|huamachuco]] o sea que la sacaron del colegio nomás y las otras igualito tienen carita de niñas yo no las conozco bien las veo cuando pasan
O: sabe qué hacen ellas en el bar
C: las hacen tomar con los mineros y después los mineros se las llevan a los cuartos de atrás y la señora les cobra a ellos ellas no ven nada de plata
O: entiendo están ahí ahora mismo
C: sí señorita y hoy es peor porque hoy es día de pago bajan todos los de la beta y se llena esto y encima la señora [[PERSON|chabuca]] dijo que [[DATE_TIME|el lunes]] temprano se las lleva río abajo a otro campamento ay se me está acabando la batería me queda poquito
O: no se preocupe voy a avisar ahora mismo a la policía para que suban al campamento dígame rápido cómo se llama
C: campamento [[ORGANIZATION|santa filomena]] de la [[ORGANIZATION|minera cerro morado]]
O: la policía ya va a ir no se acerque al bar ni le diga nada a la señora mañana en la mañana la llamo a este número para saber cómo están
C: ya señorita pero no diga que fui yo porque acá me quedo sin trabajo se está cortando
O: aló sí la escucho tranquila su nombre no va a salir
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "La Libertad",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una cocinera de un campamento minero reporta que tres adolescentes, una de ellas una escolar sacada "
        "de su colegio, son obligadas a beber con mineros y a tener relaciones con ellos en un bar junto a la "
        "bocamina, sin recibir pago. Esa noche es día de pago en el campamento y la encargada planea "
        "trasladarlas a otro campamento; se alertó a la policía y se hará seguimiento.",
    ),
)

call(
    "h39-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: hola señorita eh disculpe no sé si es acá pero una amiga me dijo que llame
O: sí claro cuénteme con confianza desde dónde me llama
C: de [[LOCATION|arequipa]] de [[LOCATION|cayma]] estoy en el mercado me mandaron a comprar pan así que tengo poquito tiempo
O: está bien vamos rápido qué le está pasando
C: yo trabajo en una casa cama adentro hace ya ocho meses este la señora me trajo de [[LOCATION|camaná]] diciendo que me iba a pagar ochocientos soles y que los domingos podía estudiar en el instituto pero o sea no me paga nada dice que me está guardando la plata y mi de ene i lo tiene ella
O: usted puede salir de la casa cuando quiere
C: no solo cuando me mandan al mercado y en la noche cierran la puerta con llave y se llevan la llave a su cuarto trabajo desde las cinco hasta las once cocino lavo cuido a la abuelita
O: cuántos años tiene usted
C: tengo [[AGE|veinte]] eh no [[AGE|veintiuno]] recién cumplí el mes pasado
O: alguien le ha hecho daño le han pegado
C: no pegarme no pero me grita y me dice que si me voy me va a denunciar por robo
O: lo que me cuenta es grave y no es legal que le retengan su documento ni su sueldo si usted quiere ahora mismo aviso a la policía para que vaya a la casa
C: no no policía no por favor todavía no mis cosas están ahí y la señora es comadre de un comandante
O: está bien no vamos a hacer nada sin su permiso le explico usted tiene derecho a su sueldo a su documento y a salir de la casa cuando quiera y le podemos poner una abogada gratuita que la oriente para recuperar su plata y su de ene i
C: ya eso sí quiero
O: a qué hora la podemos llamar sin que la señora se dé cuenta
C: mañana a esta misma hora cuando salgo al pan a este número [[PHONE_NUMBER|nueve siete tres cuatro cero cinco uno ocho dos]]
O: perfecto mañana a esta hora la llama la abogada y yo también la vuelvo a llamar cuídese mucho
C: gracias señorita ya me tengo que ir
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una joven trabajadora del hogar cama adentro llama a escondidas y cuenta que no le pagan desde hace "
        "meses, le retienen el documento, la encierran de noche y la amenazan con denunciarla por robo si se va. "
        "No aceptó por ahora la intervención policial; se le informó de sus derechos y se coordina asesoría "
        "legal gratuita, con seguimiento.",
    ),
)

call(
    "h39-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo ya había llamado hace dos semanas por mi hijo el que se lo llevaron al [[LOCATION|vraem]]
O: sí señor me puede recordar su nombre para ubicar el caso
C: [[PERSON|teodoro huamaní]] de [[LOCATION|huanta]] mi hijo es [[PERSON|edwin]] el que está en cuarto de media
O: ya lo ubiqué qué novedades tiene
C: este ya regresó señorita [[DATE_TIME|el jueves]] regresó a la casa se escapó de [[LOCATION|pichari]] vino caminando y después en carro
O: qué bueno señor y cómo está él
C: flaco está pues y casi no quiere hablar dice que lo tenían de mochi lero o sea cargando la pasta por el monte de noche tres cuatro días caminando y si no cargaba le decían que a nosotros nos iban a hacer algo
O: alguien lo ha vuelto a buscar o lo han amenazado desde que volvió
C: no nadie ha venido no ha llamado nadie tampoco eh el número de ese señor ya ni existe
O: y él está yendo al colegio
C: todavía no de noche no duerme grita se despierta por eso le llamaba quería saber si hay un psicólogo o algo para él porque la posta de acá no tiene
O: sí señor lo vamos a derivar al centro de salud mental comunitario de [[LOCATION|huamanga]] que atiende gratis y ahí lo ve un psicólogo lo que me ha contado queda registrado en su caso
C: ya señorita y el psicólogo me llama a mí
O: sí lo llaman a este mismo número y la próxima semana yo también lo vuelvo a llamar para saber cómo sigue [[PERSON|edwin]]
C: ya gracias señorita dios le pague
""",
    note(
        "family_member",
        "follow_up",
        ["forced_criminality"],
        1,
        True,
        ["male"],
        "Cusco",
        "past",
        "low",
        ["referral_health", "follow_up_call"],
        "Un padre llama en seguimiento de un caso previo para informar que su hijo escolar, obligado por un grupo "
        "a transportar droga a pie bajo amenazas contra la familia, logró escapar y ya está en casa. No ha habido "
        "nuevas amenazas; se le deriva a atención psicológica gratuita y se hará seguimiento.",
    ),
)

call(
    "h39-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita eh es para el bono este el bono de la tarjeta de mi mamá que no le han depositado
O: señora esta es la línea contra la trata de personas no vemos temas de bonos
C: ah no es la línea de la tarjeta o sea a mí me dieron este número en la municipalidad
O: no señora nosotros atendemos casos de personas que son engañadas captadas o explotadas usted o alguien que conoce está en una situación así
C: no no nada de eso es solo el bono de mi mamá que tiene [[AGE|ochenta y dos años]] y no le llega ya van tres meses
O: entiendo para el bono tiene que comunicarse con el programa que lo paga disculpe que no la pueda ayudar con eso
C: ya pues señorita gracias disculpe la molestia
O: no se preocupe que tenga buena tarde
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
        "Una señora llamó por el pago atrasado de un bono social de su madre, confundiendo la línea con otro "
        "servicio. Se le aclaró el propósito de la línea y confirmó que no conoce ninguna situación de trata.",
    ),
)

call(
    "h39-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches joven eh le llamo del hostal donde trabajo en [[LOCATION|juliaca]] soy la recepcionista del turno noche
O: dígame señorita qué pasó
C: hace una hora llegó un señor con tres chicas eh dos chicas y un chico perdón y pidió un solo cuarto para todos dijo que eran sus sobrinos
O: qué edad cree que tienen
C: chiquitos son el chico tendrá unos [[AGE|trece]] y las chicas unos [[AGE|quince]] más o menos una me dijo que está en tercero de secundario
O: cómo es que conversó con ella
C: este bajó a pedirme que le cargue su celular y me dijo bajito que el señor les tiene sus de ene i y que no las deja llamar a sus mamás que les dijo que van a trabajar en una chacra en [[LOCATION|la rinconada]] pero joven en [[LOCATION|la rinconada]] no hay chacras es pura mina
O: tiene razón sabe cuándo se van
C: el señor me preguntó a qué hora sale el primer carro para allá y le dije a [[DATE_TIME|las cinco de la mañana]] y ha dejado pagado solo hasta esa hora o sea se van tempranito
O: sabe el nombre del señor
C: se registró como [[PERSON|félix condori]] con de ene i [[ID_NUMBER|cuatro dos siete uno cinco ocho tres nueve]] pero no sé si será verdad
O: dígame el nombre y la dirección del hostal
C: hostal [[ORGANIZATION|los andes del sur]] en el [[ADDRESS|jirón san román cuatrocientos doce]] están en el [[ADDRESS|cuarto veinte del segundo piso]]
O: voy a pedir a la policía que vaya ahora mismo al hostal no le diga nada al señor ni a los chicos y no trate de detenerlos usted
C: ya joven y si baja el señor qué le digo
O: actúe normal como con cualquier huésped la policía ya va para allá
C: ya ya gracias
""",
    note(
        "witness",
        "report",
        ["unknown"],
        3,
        True,
        ["female", "male"],
        "Puno",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "La recepcionista de un hostal reporta que un hombre llegó con dos adolescentes mujeres y un adolescente "
        "varón a quienes presenta como sobrinos, les retiene los documentos y no les deja llamar a sus familias. "
        "Planea llevarlos de madrugada a una zona minera con el pretexto de un trabajo agrícola; se pidió a la "
        "policía que acuda de inmediato al hostal.",
    ),
)

call(
    "h39-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes mire yo tengo un gimnasio acá en [[LOCATION|trujillo]] y eh quería consultar algo no sé si es trata o no pero me da mala espina
O: claro lo escucho
C: una de mis instructoras una chica de [[AGE|veinticuatro años]] le han ofrecido trabajo de más ajista perdón de masajista en un spa en [[LOCATION|italia]] en [[LOCATION|milán]] le pagan el pasaje le dan alojamiento todo
O: cómo la contactaron
C: por el insta gram una señora que dice que es dueña del spa se llama [[PERSON|giuliana]] algo y le ha pedido fotos este en ropa interior dice que para ver la postura o sea si tiene buena postura para los masajes y eso no me cuadra
O: le han pedido algún pago o le hablan de alguna deuda
C: sí que el pasaje y el alojamiento se lo descuentan allá del sueldo cuatro mil euros y que el pasaporte lo tiene que entregar al llegar para hacer el contrato
O: ya viajó ella
C: no todavía no tiene pasaje para el próximo mes pero ya está ilusionada y ya mandó las fotos
O: le explico todo eso son señales de alerta de captación con fines de explotación sexual pedir fotos en ropa interior una deuda grande que se descuenta del sueldo y quitarle el pasaporte al llegar le recomiendo que ella no viaje que no mande más fotos ni documentos y que guarde los mensajes
C: ya y ustedes pueden hablar con ella porque a mí no me va a hacer caso soy su jefe nomás
O: ella nos puede llamar directamente a este mismo número es gratuito y la orientamos
C: ya le voy a pasar el número gracias joven
""",
    note(
        "acquaintance",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Italia",
        "at_risk",
        "medium",
        ["information_given"],
        "El dueño de un gimnasio consulta por una oferta de trabajo como masajista en el extranjero que una de "
        "sus instructoras recibió por redes sociales, con pedido de fotos en ropa interior, una deuda por pasaje y "
        "alojamiento y la entrega del pasaporte al llegar. Se explicaron las señales de alerta de captación y se "
        "recomendó que no viaje ni envíe más fotos o documentos.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h39-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, hijita. Le habla la hermana [[PERSON|Clotilde]], soy religiosa y dirijo un internado de niñas en [[LOCATION|San Lorenzo]], en el [[LOCATION|Datem del Marañón]].
O: Buenos días, hermana. La escucho.
C: Tenemos una alumna de sexto grado, de una comunidad del río [[LOCATION|Pastaza]]. Ayer vino su papá a decir que la va a sacar del internado porque ya la "comprometió" con un señor de [[LOCATION|Nauta]]. El señor le ha dado un motor peque peque y dos mil soles, y se la quiere llevar cuando pase la lancha.
O: ¿Qué edad tiene la niña?
C: [[AGE|Doce años]] recién cumplidos. El señor tendrá más de cuarenta. El papá dice que "cuando crezca" será su mujer, pero se la lleva ya. La niña llora, no quiere ir.
O: ¿La niña está ahora con ustedes?
C: Sí, está aquí con nosotras, segura por ahora. El papá volvió a su comunidad y dijo que regresa a recogerla cuando llegue la lancha, [[DATE_TIME|el jueves 21]].
O: Hermana, lo que me describe es la venta de una niña para un matrimonio forzado, y eso es una forma de trata. ¿Sabe cómo se llama el señor?
C: Le dicen don [[PERSON|Lizardo]], tiene un aserradero en [[LOCATION|Nauta]]. El papá se llama [[PERSON|Isaías]]; la niña es [[PERSON|Rut]].
O: Vamos a derivar el caso hoy mismo a la fiscalía de familia y a la Unidad de Protección Especial, para que dicten una medida de protección antes de que llegue la lancha. ¿Necesitan un albergue para ella?
C: No, hijita, albergue no hace falta, aquí la cuidamos. Lo que necesito es que alguien con autoridad hable con el papá.
O: Entendido. La fiscalía se va a comunicar con usted. ¿A qué número la llamamos?
C: Al [[PHONE_NUMBER|965 218 430]], es el teléfono del internado. La señal es mala; si no contesto, insistan.
O: Muy bien, hermana. Yo la vuelvo a llamar en dos días para saber si ya la contactaron.
C: Dios se lo pague, hijita.
""",
    note(
        "professional",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Loreto",
        "at_risk",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una religiosa que dirige un internado reporta que el padre de una alumna, una niña, la entregó a un "
        "hombre adulto a cambio de dinero y un motor para que sea su pareja, y piensa llevársela en pocos días. "
        "La niña sigue a salvo en el internado; se deriva el caso a la fiscalía de familia y a la unidad de "
        "protección especial para una medida urgente, con seguimiento.",
    ),
)

call(
    "h39-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Mire, yo soy camionero, cargo café de la selva central a [[LOCATION|Lima]]. No le voy a dar mi nombre, ¿ya? Pero tengo que contar algo.
O: No hay problema, puede quedar en el anonimato. ¿Qué vio?
C: Ayer fui a recoger carga a una finca por [[LOCATION|Río Tambo]], en [[LOCATION|Satipo]]. Mientras cargábamos, unos chibolos se acercaron al camión a pedirme comida. Cinco eran... no, seis, porque había otro echado en el galpón, con fiebre.
O: ¿Qué edad cree que tienen?
C: Ninguno pasa de [[AGE|catorce]], le digo. Uno me contó que es de [[LOCATION|Pampas]], de [[LOCATION|Tayacaja]], que un señor los trajo para la cosecha y que no les pagan porque deben el pasaje y la comida. Duermen en el galpón con candado por fuera.
O: ¿Le dijeron si alguien los maltrata?
C: Al que estaba con fiebre no lo llevan a la posta. Y el capataz los hace trabajar con machete desde que amanece. Cuando me vio conversando con ellos, los botó a gritos.
O: ¿Sabe cómo se llama la finca o el dueño?
C: [[ORGANIZATION|Finca La Esperanza]], del señor [[PERSON|Ordóñez]]. Está [[ADDRESS|pasando el puente colgante, a mano izquierda, la del portón verde]].
O: Lo que describe es explotación laboral de niños y puede ser trata. Vamos a pedir a la policía y a la fiscalía que vayan a la finca. ¿Me deja un número para llamarlo si necesitan más datos?
C: No, número no, discúlpeme. Yo paso por ahí cada semana, no quiero problemas. Si vuelvo a ver algo, llamo yo.
O: Entiendo, respetamos su decisión. Gracias por llamar; lo que ha hecho puede ayudar mucho a esos chicos.
C: Ya, señorita. Que vayan pronto, el chiquito estaba bien mal.
""",
    note(
        "witness",
        "report",
        ["labour"],
        6,
        True,
        ["male"],
        "Junín",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal"],
        "Un camionero anónimo reporta que en una finca cafetalera seis niños traídos de otra región trabajan sin "
        "pago por una supuesta deuda de pasaje y comida y duermen en un galpón cerrado con candado. Uno de ellos "
        "tiene fiebre y no recibe atención; se pidió a la policía y a la fiscalía que acudan a la finca.",
    ),
)

call(
    "h39-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le llamo desde [[LOCATION|Madrid]], en [[LOCATION|España]]. Disculpe, no sé si ustedes atienden llamadas de afuera.
O: Sí, señora, la escuchamos. ¿Qué ocurre?
C: Es por mi sobrina, [[PERSON|Yesenia]]. Se fue hace tres meses a trabajar a un restaurante en [[LOCATION|Tingo María]], con dos chicas de su pueblo, de [[LOCATION|Panao]]. Les dijeron que era de ayudantes de cocina.
O: ¿Y qué le ha contado su sobrina?
C: Me escribió anoche por WhatsApp. De día cocinan y atienden las mesas sin sueldo, porque dicen que deben el pasaje. Y en la noche el local se vuelve discoteca y las obligan a acompañar a los clientes, a tomar con ellos, y a veces a irse con ellos a los cuartos. La más chiquita, [[PERSON|Maribel]], todavía estaba en quinto de secundaria cuando se fue.
O: ¿Qué edad tiene su sobrina?
C: [[AGE|Dieciocho]]. La otra chica tiene [[AGE|diecinueve]], creo. [[PERSON|Maribel]] es la menor.
O: ¿Sabe el nombre del local?
C: [[ORGANIZATION|Recreo Turístico La Cascada]], está [[ADDRESS|en la carretera, a la salida hacia la Cueva de las Lechuzas]].
O: ¿Ellas pueden salir del local?
C: No, viven arriba, les quitaron los celulares; mi sobrina me escribió del celular de un cliente. El dueño les dice que si se escapan las denuncia por robo.
O: Señora, esto es trata con fines de explotación sexual y laboral. Vamos a derivar el caso a la fiscalía especializada y a la policía de [[LOCATION|Huánuco]]. Usted también puede denunciar desde [[LOCATION|España]] en el consulado del [[LOCATION|Perú]]: lleve su documento y capturas de los mensajes de su sobrina, y pida que lo remitan a la fiscalía.
C: ¿Y a mí quién me llama? Aquí son siete horas más.
O: Nosotros la llamamos mañana por WhatsApp a la hora que me diga. ¿Su número?
C: [[PHONE_NUMBER|+34 612 884 073]], por la tarde de aquí, que es la mañana allá.
O: Perfecto. Mañana la llamamos.
C: Gracias, señorita. Por favor ayúdelas.
""",
    note(
        "family_member",
        "report",
        ["sexual", "labour"],
        3,
        True,
        ["female"],
        "Huánuco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una tía que vive en el extranjero reporta que su sobrina y otras dos jóvenes de su pueblo, una de ellas "
        "adolescente, trabajan sin sueldo en un restaurante por una supuesta deuda y de noche son obligadas a "
        "acompañar a clientes, sin celulares ni libertad para salir. Se deriva a la fiscalía especializada y a la "
        "policía, se le explicó cómo denunciar desde el consulado y se hará seguimiento.",
    ),
)

call(
    "h39-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Yo llamé hace como tres semanas por un niño de mi cuadra, en [[LOCATION|José Leonardo Ortiz]], en [[LOCATION|Chiclayo]], que lo tenían vendiendo caramelos en las combis hasta la medianoche.
O: Sí, señora. ¿Me recuerda su nombre para ubicar el caso?
C: [[PERSON|Nelly Saavedra]]. El niño es [[PERSON|Josué]], el que vivía con su padrino, don [[PERSON|Cirilo]].
O: Ya lo tengo. ¿Qué novedades hay?
C: Primero lo bueno: vino la DEMUNA con la policía, y a [[PERSON|Josué]] lo devolvieron con su mamá a [[LOCATION|Cutervo]]. Eso ya está. Pero hace cuatro días don [[PERSON|Cirilo]] ha traído a otros dos chiquitos, dice que son sus sobrinos, y ya los manda igualito a las combis, con sus bolsitas de caramelos, a pedir.
O: ¿Qué edad tienen los niños?
C: Una nenita de unos [[AGE|ocho]] y un varoncito más chico, de [[AGE|seis]] o [[AGE|siete]]. Salen a las seis de la mañana y regresan de noche. Ayer el varoncito lloraba en la puerta porque no había juntado lo que le piden.
O: ¿Van al colegio?
C: No, no van. Y no son de acá, hablan poquito castellano.
O: Gracias, señora [[PERSON|Nelly]]. Voy a añadir esta información al caso y enviarla hoy a la fiscalía y a la DEMUNA, para que verifiquen la situación de estos dos niños. ¿Su número sigue siendo el mismo?
C: Sí, el mismo de la otra vez.
O: Entonces la llamo en unos días para contarle cómo va.
C: Ya, gracias. Es que no puede ser, otra vez lo mismo.
""",
    note(
        "acquaintance",
        "follow_up",
        ["forced_begging"],
        3,
        True,
        ["female", "male"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una vecina llama en seguimiento de un caso previo: el niño reportado fue devuelto a su madre tras la "
        "intervención de las autoridades, pero el mismo hombre trajo a otros dos niños pequeños, a quienes "
        "presenta como sobrinos, y los obliga a pedir y vender caramelos en el transporte público. Se añade la "
        "información al caso y se envía a la fiscalía y a la defensoría del niño, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h39-en-001",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening. How can I help you?
C: Hi, um, is this like... anonymous? I don't want to say my name.
O: Yes, you don't have to give your name. What's going on?
C: Okay. So I'm in tenth grade, at a school in [[LOCATION|Lima]]. A few weeks ago this modelling agency followed me on Instagram, [[OTHER_ID|@novastar.models.co]], and they said I'm exactly the kind of girl they're looking for, and they want to sign me for a campaign in [[LOCATION|Medellín]].
O: What have they asked you to do so far?
C: At first just normal pictures. Then they asked for pictures in a bikini, and I sent two, which, yeah, I know. Now they say they'll pay my flight and a "chaperone" will pick me up at the airport, but I can't tell my parents until the contract is signed because it's "confidential".
O: Thank you for telling me. Have you agreed to travel, or given them your passport details?
C: No. I didn't send my passport. They keep asking, though. They say the spot is only open until the end of the month.
O: None of this is your fault. But an agency asking a minor for bikini photos, telling you to keep it secret from your parents and pushing you with a deadline are serious warning signs of grooming for sexual exploitation. Please don't send anything else, don't delete the messages, take screenshots, and talk to an adult you trust. If you want, we can also help you report the account to the police cybercrime unit today.
C: No, not the police. Not yet. My parents would freak out. I think I'll just block them.
O: That's your decision, and blocking is okay, but save the screenshots first. If they contact you again or threaten you, call us, any time. Would you consider talking to your school counsellor?
C: Maybe. Yeah, maybe the counsellor. Thanks, really.
O: You did the right thing by calling. Take care.
""",
    note(
        "victim",
        "information_request",
        ["sexual"],
        1,
        True,
        ["female"],
        "Colombia",
        "at_risk",
        "medium",
        ["information_given"],
        "A teenage girl asks about a supposed modelling agency that contacted her on social media, obtained "
        "bikini photos and offered to fly her abroad while keeping it secret from her parents. Warning signs of "
        "grooming were explained and she was advised to stop sending anything, keep evidence and talk to a "
        "trusted adult; she declined a police report for now.",
    ),
)

call(
    "h39-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, good afternoon.
C: Good afternoon, sir. Please, do you speak English? My Spanish is small.
O: Yes, I speak English. How can I help?
C: My name is [[PERSON|Chinedu Okafor]], I am from [[LOCATION|Nigeria]]. I am [[AGE|twenty]] years. Last year a man called Mr. [[PERSON|Bassey]] told my family he is a football agent, that a club in [[LOCATION|Lima]] wants me for trials. My family paid him four thousand dollars.
O: What happened when you arrived?
C: There was no club, no trials. He took my passport at the airport. He put me and three other players in a house in [[LOCATION|Ate]], and we worked in a warehouse loading trucks, twelve hours, no pay. He said we owe him for the flight.
O: Are you still there?
C: No, no. I ran away four months ago, and the other three ran with me the same night. Two went back home, one is in [[LOCATION|Brazil]] now. They are all older than me. I stay with a brother from my church in [[LOCATION|Chorrillos]]. I am safe. But he says I must leave at the end of the month, his wife is having a baby.
O: Did you report it to the police?
C: No. I have no passport, my visa is finished. I am afraid they will put me in prison.
O: You will not go to prison for this. You are a victim. Here is what we can do: a free lawyer can help you file a report and get a new passport through your embassy, and we will find a shelter for you before the end of the month. There is also a programme that helps migrants who want to return home voluntarily; it pays the ticket and gives some support when you arrive.
C: Yes, please. I want to go home to my mother. I am finished with football.
O: I understand. The lawyer will call you this week, and the shelter too. What number can they use?
C: [[PHONE_NUMBER|926 318 704]]. WhatsApp also.
O: Thank you, [[PERSON|Chinedu]]. Keep your phone charged.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        4,
        False,
        ["male"],
        "Lima",
        "past",
        "low",
        ["referral_legal", "referral_shelter", "information_given"],
        "A young migrant man recruited abroad with a fake football trial reports that his passport was taken and "
        "that he and three other players were made to work unpaid in a warehouse to repay their flights, until "
        "they escaped months ago. He is safe but undocumented and must leave his temporary lodging soon; legal "
        "aid and a shelter were arranged and voluntary return was explained.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h39-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, moça, desculpa, eu falo português. Sou caminhoneiro brasileiro, estou na Interoceânica voltando pro [[LOCATION|Acre]]. Dei carona pra um menino peruano e acho que ele precisa de ajuda.
O: Sí, podemos hablar, le entiendo. ¿Dónde están ahora?
C: Parei num posto de gasolina em [[LOCATION|Mazuco]]. Ele está aqui na cabine comigo, dormindo. Encontrei ele andando sozinho na estrada, descalço, com os pés machucados.
O: ¿Qué le contó el niño?
C: Ele fala pouco. Disse que tem [[AGE|catorze anos]], que um homem trouxe ele de [[LOCATION|Urcos]], lá do [[LOCATION|Cusco]], pra trabalhar num garimpo aqui perto, lavando ouro na beira do rio [[LOCATION|Inambari]], e que não pagavam nada, só a comida. Fugiu ontem à noite.
O: ¿Había otros niños con él en ese lugar?
C: Perguntei. Ele disse que não, que os outros eram homens grandes, e que ninguém era da idade dele.
O: ¿Cómo está de salud?
C: Acho que está com febre, tá quente. E os pés estão sangrando.
O: Muy bien. Voy a avisar ahora mismo a la comisaría de [[LOCATION|Mazuco]] para que un patrullero vaya a recogerlo, lo lleven al centro de salud y después a un albergue para menores. ¿Puede esperar con él?
C: Posso sim, moça. Não vou deixar o menino sozinho. O posto se chama [[ORGANIZATION|Grifo San Cristóbal]], o caminhão é um Volvo azul, placa [[OTHER_ID|QAB2F47]].
O: Gracias, señor. La policía va para allá. Si el niño se despierta, dígale que está seguro.
C: Tá bom. Obrigado, moça.
""",
    note(
        "witness",
        "help_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Madre de Dios",
        "past",
        "high",
        ["police_dispatch", "referral_health", "referral_shelter"],
        "Un camionero extranjero informa que recogió en la carretera a un adolescente descalzo y con fiebre que "
        "escapó de un lavadero de oro donde trabajaba sin pago tras ser llevado desde otra región. Está a salvo "
        "con el conductor en un grifo; se envió a la policía para recogerlo, llevarlo al centro de salud y luego "
        "a un albergue para menores.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h39-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, disculpa, yo no sé si esto es para acá, pero una vecina me dio este número. Yo soy venezolana, vivo en [[LOCATION|San Martín de Porres]] con mis dos chamos.
O: Cuénteme, con confianza.
C: Chama, la cosa está fea, vale. Me quedé sin trabajo y la dueña del cuarto me dijo que [[DATE_TIME|el lunes]] me saca. Y un señor del grupo de WhatsApp de venezolanos, un tal [[PERSON|Richard]], me ofreció llevarme a [[LOCATION|Chile]] con los niños, gratis, en bus, y que allá me da trabajo en un restaurante de un pana de él en [[LOCATION|Santiago]].
O: ¿Le pidió algo a cambio?
C: Eso es lo raro, mi vida. Que yo lleve en el bus unas encomiendas, dos maletas de él, que son "ropa para vender", y que no las abra. Y que en la frontera él me guarda los pasaportes de todos para pasar más rápido. El bus sale mañana a [[DATE_TIME|las ocho de la noche]] y me dijo que si no le confirmo hoy, pierdo el puesto.
O: ¿Qué edad tienen sus hijos?
C: La hembrita tiene [[AGE|ocho]] y el varoncito [[AGE|cinco]].
O: Señora, le voy a ser clara: llevar maletas cerradas de otra persona por la frontera es muy peligroso, pueden tener droga y usted podría terminar presa u obligada a seguir haciéndolo. Y que le quiten los pasaportes es una forma de control. Son señales de captación para trata. Le recomiendo no viajar ni aceptar esas maletas.
C: Ay, qué vaina. Yo me lo estaba oliendo, chama. Pero es que no tengo nada, y ¿dónde me meto con los chamos [[DATE_TIME|el lunes]]? No sé, todavía no le he dicho ni que sí ni que no.
O: Podemos buscarle un albergue temporal para usted y sus hijos.
C: No, mi amor, albergue no, gracias. Una pana de [[LOCATION|Los Olivos]] me dijo que me puedo quedar unos días en su casa.
O: Está bien. ¿Me deja un número? La llamo mañana temprano, antes de la hora del bus, para ver cómo está.
C: Dale, es el [[PHONE_NUMBER|951 772 046]]. Gracias, de verdad.
O: Gracias a usted por llamar antes de decidir.
""",
    note(
        "victim",
        "information_request",
        ["forced_criminality"],
        3,
        True,
        ["female", "male"],
        "Chile",
        "at_risk",
        "high",
        ["information_given", "follow_up_call"],
        "Una madre migrante consulta por la oferta de un conocido de llevarla gratis al extranjero con sus dos "
        "hijos pequeños a cambio de transportar maletas cerradas y entregarle los pasaportes en la frontera; el "
        "bus sale al día siguiente, ella enfrenta un desalojo y aún no ha decidido. Se le explicaron las señales "
        "de captación y el riesgo de ser usada para transportar droga, rechazó un albergue y se la llamará antes "
        "de la salida del bus.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h39-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hi, buenas tardes. Soy [[PERSON|Marisol Fuentes]], school social worker en un distrito escolar de [[LOCATION|Paterson]], [[LOCATION|New Jersey]]. Perdón, my Spanish is a little rusty, pero I'll try.
O: No se preocupe, hable como le sea más cómodo.
C: Okay. Tengo un estudiante peruano, de [[LOCATION|Chimbote]], he's in ninth grade. Llegó hace seis meses y vive con un "tío" que no es su tío, I checked. El tío lo hace trabajar en un restaurante from six p.m. to two a.m., todos los días, y se queda con todo el sueldo. Dice que es para pagar la deuda del viaje, like fifteen thousand dollars.
O: ¿El chico está solo con ese señor o hay más personas?
C: Hay otro, un primo, or so they say, de como [[AGE|twenty]]. Same restaurant, same deal, y el primo ni siquiera tiene day off. The kid se duerme en clase every single day.
O: ¿Ustedes ya informaron a las autoridades de allá?
C: Not yet, that's the thing. Quería hablar primero con su mamá, pero no tengo su número, and the kid is scared que si hablamos, el tío le va a hacer algo a su familia en [[LOCATION|Perú]].
O: Entiendo. Lo que describe tiene señales claras de trata laboral de un menor. Como ocurre en [[LOCATION|Estados Unidos]], ustedes deben reportarlo a la línea nacional contra la trata de allá y a los servicios de protección infantil; como escuela, además, están obligados. Si consigue el número de la mamá en [[LOCATION|Chimbote]], nos lo pasa y vemos cómo apoyarla desde aquí.
C: Okay, that makes sense. CPS first, then the hotline. My number es [[PHONE_NUMBER|+1 973 555 0142]].
O: Perfecto. La llamo en dos días para saber cómo va.
C: Thank you so much, de verdad.
""",
    note(
        "professional",
        "report",
        ["labour"],
        2,
        True,
        ["male"],
        "Estados Unidos",
        "ongoing",
        "medium",
        ["information_given", "follow_up_call"],
        "Una trabajadora social escolar en el extranjero reporta que un estudiante adolescente vive con un falso "
        "tío que lo hace trabajar de noche en un restaurante y se queda con su sueldo por una deuda del viaje, "
        "igual que a otro joven. Se le explicó que debe reportarlo a la línea nacional y a protección infantil de "
        "ese país, y se hará seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h39-aq-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allinllachu, mamita. Buenos días. Disculpe mi castellano, pues. Llamo de [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Pampachiri]].
O: Allinllam, mamita. La escucho, hable tranquila.
C: Es por mi nieto, mi [[PERSON|Wilber]], mamita. Un enganchador ha venido a la comunidad el mes pasado y se ha llevado a mi nieto con otros maqtakuna, jóvenes pues, a trabajar en el espárrago, en [[LOCATION|Ica]]. Diciendo ochocientos soles mensual, comida, cuarto, todo.
O: ¿Cuántos jóvenes se llevó?
C: Mi nieto y otros cuatro maqtas de acá arriba, y también dos sipaskuna, chicas, de la comunidad de al lado. Siete ya son, mamita.
O: ¿Qué edad tiene su nieto?
C: [[AGE|Dieciséis]] nomás tiene, y otro más igualito, del colegio todavía. Los demás ya son jóvenes.
O: ¿Y qué le ha contado su nieto?
C: Ayer me ha llamado llorando, "hatun mamay", me dice, "aquí no nos pagan, nos cobran la comida, dormimos en un galpón y el capataz no nos deja salir del fundo". Y las chicas están en la casa del patrón, cocinan y lavan para su familia, tampoco les pagan. Ñuqa manam yachanichu, mamita... yo no sé qué hacer. Atatau, mi wawa.
O: ¿Sabe el nombre del fundo o del enganchador?
C: El enganchador se llama [[PERSON|Santos Huillca]], de [[LOCATION|Chincheros]]. El fundo, mi nieto dice [[ORGANIZATION|Agroexportadora Los Médanos]], por [[LOCATION|Villacurí]] dice.
O: Mamita, lo que le pasa a su nieto y a los otros jóvenes es trata con fines de explotación, no es culpa de ellos. Hoy mismo vamos a pasar el caso a la fiscalía y a la inspección de trabajo de [[LOCATION|Ica]] para que vayan al fundo.
C: Sulpayki, mamita, sulpayki.
O: ¿A qué número la llamamos?
C: Al celular de mi hija, [[PHONE_NUMBER|nueve ocho tres, cinco cero uno, seis seis dos]]. Yo no tengo celular.
O: Mañana la llamamos a ese número, y le hablo en quechua si quiere. Manam sapallaykichu kanki, mamita.
C: Ya, mamita, gracias.
""",
    note(
        "family_member",
        "report",
        ["labour", "domestic_servitude"],
        7,
        True,
        ["female", "male"],
        "Ica",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una abuela reporta que un enganchador se llevó de su comunidad a su nieto adolescente, a otros cuatro "
        "jóvenes y a dos chicas para trabajar en un fundo agroexportador, donde no les pagan, les cobran la comida "
        "y no los dejan salir, mientras las chicas cocinan y lavan sin pago en la casa del patrón. Se deriva a la "
        "fiscalía y a la inspección de trabajo, con seguimiento.",
    ),
)


# ------------------------------------------------ self-checks + main ----
ENUM = {
    "caller_role": {"victim", "family_member", "acquaintance", "witness", "professional", "general_public"},
    "call_type": {"report", "help_request", "information_request", "follow_up", "not_relevant"},
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
DIGIT_WORDS = (
    r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine)"
)


def covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def check(rec):
    cid, text, spans, n = rec["id"], rec["text"], rec["pii"], rec["note"]
    assert cid.startswith("h39-"), cid
    assert "[[" not in text and "]]" not in text, cid
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert p["text"] == p["text"].strip() and p["text"], (cid, p)
    # every other occurrence of a labelled surface (and of each name token) is labelled too
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
    for p in spans:
        if p["type"] == "PERSON":
            surfaces.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert covered(spans, m.start(), m.end()), (cid, "unlabelled occurrence", s)
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        assert covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text):
        assert covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert covered(spans, m.start(), m.end()), (cid, "@")
    # case note
    assert n["caller_role"] in ENUM["caller_role"] and n["call_type"] in ENUM["call_type"], cid
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
    for p in spans:
        toks = {p["text"]} | (set(re.split(r"[\s']+", p["text"])) if p["type"] == "PERSON" else set())
        for t in toks:
            if len(t) >= 3:
                assert not re.search(r"(?i)(?<!\w)" + re.escape(t) + r"(?!\w)", summ), (cid, "PII in summary", t)
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3, (cid, "summary sentences")


if __name__ == "__main__":
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16, ids
    for r in recs:
        check(r)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} calls to {OUT}")
