#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout45.jsonl: 16 more fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and make_heldout.py
(the builder whose call()/note()/build() and [[TYPE|surface]] markup are reused here).
Nothing else in the project (code, prompts, rules, other data) was looked at.

Mix (16 calls):
  * 6 lowercase, unpunctuated Whisper-style Spanish ("lowercase_asr"): fillers,
    self-corrections and a few misheard words (padrón/patrón, pasa porte, de muna...)
  * 4 cased Spanish ("plain")
  * 2 English ("plain")
  * 1 Brazilian Portuguese ("portuguese")
  * 1 Venezuelan Spanish ("venezuelan")
  * 1 Spanish/English code-switching ("code_switching")
  * 1 Andean Spanish with Quechua words ("andean_quechua")

Notes vary caller roles, call types (report, help request, information request,
follow-up, not relevant), exploitation types and mixes, indirect victim counts,
minors told by age, grade or words, regions told by towns, rivers, border
crossings, mining zones or abroad, ongoing/past/at-risk situations, urgency, and
actions taken or promised versus offers the caller refused (refused offers are
not listed as actions). Annotation conventions follow make_dev.py: PERSON spans
exclude titles/articles, AGE keeps the unit when said, DATE_TIME only for explicit
dates, named weekdays and clock times tied to an event, nationality adjectives are
not labelled, the hotline's own name/number is not PII. Summaries carry no digits
and no labelled surface. All people, numbers, businesses and addresses are invented.

Run: python3 make_heldout45.py   (writes heldout45.jsonl next to this script)
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout45.jsonl")
CALLS.clear()  # importing make_heldout registers its own calls; keep only ours


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h45-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita eh disculpe la hora yo soy estibador trabajo en el muelle de [[LOCATION|paita]] y le llamo porque tengo a un muchacho acá en mi casa que se escapó de una embarcación
O: gracias por llamar señor usted y el muchacho están en un lugar seguro ahora
C: sí sí estamos en mi casa en [[LOCATION|la tortuga]] no perdón en [[LOCATION|paita alta]] acá nomás arriba del puerto mi señora le ha dado sopa
O: qué le ha contado el muchacho
C: que está en la bolichera [[ORGANIZATION|santa rosalía tres]] que está fondeada frente al muelle eh desde hace como cuatro meses no baja a tierra que los trajeron de [[LOCATION|cajamarca]] de la sierra pues diciendo que iban a ganar por campaña de bota y hasta ahora no les pagan ni un sol dice que el padrón o sea el patrón les dice que la plata es al final y que todavía deben la comida
O: cuántas personas más están en esa embarcación en las mismas condiciones
C: él dice que eran siete muchachos contándolo a él y aparte el patrón y el motorista que esos sí son de acá
O: hay menores de edad entre ellos
C: él mismo tiene [[AGE|diecisiete]] dice y hay otro más chibolo que todavía estaba en el colegio cuando lo trajeron ese no sabe nadar por eso no se tiró
O: el muchacho está herido necesita atención médica
C: no herido no está nada más tiene frío porque se vino nadando hasta el muelle y está flaquito pero está bien
O: sabe si les han quitado sus documentos o si hay armas a bordo
C: los dni se los tiene el patrón guardados en la cabina armas no ha visto dice pero al que reclama le pegan con una soga mojada y lo dejan sin comer
O: sabe cuándo sale otra vez la embarcación
C: eso es lo que me preocupa señorita que zarpa esta madrugada a [[DATE_TIME|las cuatro]] dice y se van como un mes mar adentro
O: entiendo voy a alertar ahora mismo a la policía y a la capitanía del puerto para que intervengan la embarcación antes de que zarpe me puede dar un número donde le podamos llamar
C: sí mi número es [[PHONE_NUMBER|nueve cuatro ocho tres uno cero]] no espere me equivoqué es [[PHONE_NUMBER|nueve cuatro ocho tres dos cero seis siete uno]]
O: gracias señor y su nombre si desea darlo
C: [[PERSON|teodoro]] nomás señorita [[PERSON|teodoro]] pero no quiero que los del muelle sepan que fui yo
O: su identidad queda reservada don [[PERSON|teodoro]] al muchacho lo vamos a llevar a un albergue esta misma noche cuando llegue la policía que no salga de su casa y que nadie se acerque al muelle en un rato le devuelvo la llamada
C: ya señorita gracias ahí lo tengo tomando su sopa pobrecito
""",
    note(
        "witness",
        "report",
        ["labour"],
        7,
        True,
        ["male"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Un estibador reporta que un adolescente escapó nadando de una embarcación pesquera donde él y otros "
        "seis jóvenes traídos de la sierra trabajan desde hace meses sin pago y sin bajar a tierra, con sus "
        "documentos retenidos y castigos; la nave zarpa de madrugada. Se alertó a la policía y a la capitanía "
        "para intervenir antes del zarpe y se coordina un albergue para el muchacho, con seguimiento.",
    ),
)

call(
    "h45-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: aló eh buenas tardes señorita es que una señora que compra pan me dio este número me dijo que aquí ayudan a los chicos que trabajan
O: sí claro aquí te escuchamos es gratis y no tienes que dar tu nombre si no quieres cuántos años tienes
C: tengo [[AGE|quince]] bueno ya voy a cumplir [[AGE|dieciséis]]
O: y dónde estás ahorita estás trabajando
C: sí en una panadería en [[LOCATION|tarma]] la [[ORGANIZATION|panificadora el trigal]] es de mi padrino don [[PERSON|eusebio]] él me trajo de [[LOCATION|huasahuasi]] hace un año diciendo que me iba a poner al colegio noc turno y que me iba a pagar
O: y vas al colegio
C: no desde que llegué no he ido ni un día trabajo desde las tres de la mañana no miento desde las dos y media amaso hago el pan después reparto en triciclo hasta la tarde y en la noche limpio el horno
O: te pagan algo
C: no nada dice que mi plata me la guarda para mi mamá pero mi mamá dice que no le ha mandado nada y mi celular me lo quitó dice que me distraigo
O: dónde duermes
C: en el almacén encima de los sacos de harina y en la noche mi padrino cierra la puerta de la calle con candado hasta que él baja en la mañana
O: te ha pegado o te ha hecho daño alguna vez
C: no pegarme no nunca me ha pegado solo me grita me dice que soy un malagradecido que si me voy le tengo que devolver todo lo que he comido
O: lo que me cuentas no está bien tienes derecho a estudiar a que te paguen y a hablar con tu mamá y nadie te puede encerrar quieres salir de ahí
C: sí quiero regresar con mi mamá pero no quiero que vengan policías porque mi padrino es compadre de mi mamá y se van a pelear
O: te podemos llevar hoy mismo a un lugar seguro un albergue donde hay otros chicos de tu edad mientras hablamos con tu mamá
C: no al albergue no señorita yo quiero ir a mi casa nomás a [[LOCATION|huasahuasi]] con mi mamá
O: está bien no te vamos a obligar pero como eres menor de edad vamos a pasar tu caso a la fiscalía de familia para que hablen con tu mamá y te ayuden a volver a tu casa tienes algún número donde te pueda llamar
C: el de la señora [[PERSON|nélida]] la de la tienda del frente ella me presta su celular es [[PHONE_NUMBER|nueve seis cuatro dos ocho uno siete cero tres]]
O: gracias yo te llamo mañana en la tarde a ese número y si tu padrino te pega o no te deja salir llama otra vez a esta línea es gratis desde cualquier teléfono
C: ya señorita gracias ya me voy porque me está llamando
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Junín",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un adolescente llama a escondidas desde la panadería de su padrino, quien lo trajo de su pueblo con la "
        "promesa de estudiar y pagarle y ahora lo hace trabajar de madrugada a noche sin pago, sin colegio, sin "
        "su celular y encerrado con candado por las noches. Rechazó la intervención policial y el albergue; se le "
        "explicaron sus derechos, se deriva el caso a la fiscalía de familia para contactar a su madre y se le "
        "volverá a llamar.",
    ),
)

call(
    "h45-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: hola eh señorita es que es por mi mamá
O: hola cómo te llamas y cuántos años tienes
C: [[PERSON|thiago]] tengo [[AGE|once]] estoy en sexto grado
O: muy bien [[PERSON|thiago]] estás con algún adulto ahorita
C: con mi abuelita pero ella ya se durmió no sabe que estoy llamando este número lo vi en la tele
O: hiciste bien en llamar cuéntame qué le pasa a tu mamá
C: mi mamá se fue a trabajar a [[LOCATION|chile]] a [[LOCATION|santiago]] hace cuatro meses a cuidar a una señora viejita eh la señora [[PERSON|gladys]] de acá de [[LOCATION|tacna]] le consiguió el trabajo y le pagó el pasaje
O: y qué te ha dicho tu mamá
C: que no le pagan que primero tiene que pagar el pasaje dice y la señora de la casa le quitó su pasa porte y no la deja salir ni los domingos trabaja todo el día y en la noche también porque la viejita se despierta
O: tu mamá te ha dicho si le pegan o le hacen daño
C: no eso no dice que no le pegan pero la señora le grita y ella duerme en el cuarto donde lavan la ropa me manda audios llorando y a veces no me contesta varios días
O: cómo se llama tu mamá
C: [[PERSON|yesenia quispe]] bueno [[PERSON|yesenia quispe mamani]] y no le van a hacer nada a mi mamá no porque ella no tiene papeles allá
O: no [[PERSON|thiago]] tu mamá no ha hecho nada malo nadie la va a meter presa tienes el número de tu mamá
C: sí es [[PHONE_NUMBER|más cinco seis nueve ocho dos dos uno cuatro siete tres cero]]
O: gracias vamos a pasar el caso de tu mamá a las autoridades que pueden ayudarla allá y mañana en la mañana voy a llamar a tu abuelita para hablar con ella me das su número
C: ya es [[PHONE_NUMBER|nueve cinco dos cuatro uno ocho tres cero siete]] se llama [[PERSON|hermelinda]] pero no le diga que llamé sin permiso se va a molestar
O: no te preocupes le voy a decir que fuiste muy valiente ahora ve a dormir y si tu mamá te llama dile que ella también puede llamar a esta línea
C: ya gracias señorita buenas noches
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Chile",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un niño llama sin que lo sepa su abuela porque su madre, que viajó al extranjero por una oferta para "
        "cuidar a una anciana, trabaja día y noche sin pago ni descanso, con el pasaporte retenido por la "
        "empleadora y sin poder salir por una supuesta deuda del pasaje. Se deriva el caso a las autoridades "
        "para coordinar su protección en el país de destino y se llamará a la abuela al día siguiente.",
    ),
)

call(
    "h45-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita eh no sé cómo empezar este hace siete años no miento ya van a ser ocho a mí me llevaron a un bar en [[LOCATION|bagua grande]] cuando tenía [[AGE|dieciséis]] me dijeron que era para atender en un restaurante y me tuvieron atendiendo a los clientes ya sabe cómo
O: lamento mucho lo que vivió gracias por confiar en nosotros está usted segura ahora
C: sí sí eso ya pasó yo ya tengo mi familia mi trabajo pero hoy en el terminal de [[LOCATION|tarapoto]] la he visto a la misma señora la que me llevó a mí la tía [[PERSON|chela]]
O: qué estaba haciendo la señora
C: estaba conversando con dos chicas que bajaron de la combi de [[LOCATION|yurimaguas]] con su buzo de colegio todavía y su mochila les estaba diciendo lo mismo que a mí que hay trabajo en un restaurante en [[LOCATION|juanjuí]] que pagan bien que ella les pone el pasaje
O: qué edad cree que tienen las chicas
C: chiquitas son señorita [[AGE|quince dieciséis]] más no tendrán una le decía a la otra que su mamá la iba a matar si sabía que no había ido al colegio
O: sabe si las chicas ya se fueron con ella
C: no todavía no la tía [[PERSON|chela]] les dijo que se queden en su cuarto y que salen [[DATE_TIME|el sábado]] temprano en la combi
O: sabe dónde se está quedando la señora
C: antes paraba en [[ADDRESS|el hostal amarillo del jirón los cedros cuadra cinco]] ahí las ha llevado creo porque las vi caminar para ese lado
O: ella la reconoció a usted
C: no no creo yo estaba con gorra y lentes y me alejé rápido
O: hizo muy bien voy a pedir ahora mismo que la policía especializada vaya al terminal y a ese hostal a ubicar a la señora y a las chicas antes de que viajen también quería ofrecerle a usted apoyo sicológico gratuito y orientación si algún día quiere denunciar lo que le pasó
C: no gracias señorita eso ya lo conversé con mi sicóloga del centro de salud ya estoy bien y denunciar no todavía no ahorita lo que quiero es que a esas chiquitas no les pase lo mismo
O: entiendo me deja un número para contarle cómo va
C: sí [[PHONE_NUMBER|nueve cuatro dos siete siete cero uno ocho seis]] me llamo [[PERSON|rocío]]
O: gracias [[PERSON|rocío]] la llamo mañana en la tarde y si ve que las suben a un carro llámenos enseguida
C: ya señorita gracias
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "San Martín",
        "at_risk",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Una mujer que fue explotada sexualmente en su adolescencia reporta haber visto a la misma reclutadora "
        "ofreciendo un falso trabajo de restaurante en otra ciudad a dos escolares, con quienes planea viajar en "
        "pocos días. Se pidió a la policía especializada ubicar a la reclutadora y a las adolescentes antes del "
        "viaje, con seguimiento; la llamante declinó el apoyo psicológico y la orientación para denunciar su "
        "propio caso.",
    ),
)

call(
    "h45-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita eh mire mi vecina la [[PERSON|charo]] ella trabaja con ustedes de voluntaria creo me dio este número me dijo llama ahí te van a orientar
O: claro señora dígame en qué la podemos orientar
C: es que el papá de mis hijos no me pasa la pensión ya van seis meses señorita tengo dos hijos uno de [[AGE|ocho]] y la chiquita de [[AGE|cuatro]] y él ni un sol y encima ayer me llamó gritando que si lo demando me va a quitar a los chicos
O: entiendo señora para orientarla bien le hago unas preguntas alguien la obliga a usted o a sus hijos a trabajar o les ha quitado sus documentos
C: no no nada de eso señorita yo trabajo en mi puesto de jugos en el mercado de [[LOCATION|comas]] y mis hijos están conmigo van al colegio
O: el papá de los niños o alguien más le ha pegado o los tiene amenazados de otra forma
C: pegarme no ya no vivimos juntos hace dos años solo grita por teléfono
O: gracias por contarme esta línea atiende casos de trata de personas es decir cuando a alguien lo captan o lo trasladan para explotarlo lo suyo no es trata pero sí tiene derecho a reclamar la pensión puede ir a la de muna de su municipalidad que es gratuita o presentar la demanda de alimentos en el juzgado de paz y si las amenazas siguen o empeoran puede llamar a la línea cien que atiende violencia familiar las 24 horas
C: ah ya o sea no es aquí disculpe la [[PERSON|charo]] me dijo que aquí era para todo eso de la demuna queda en la municipalidad nomás
O: sí en la municipalidad de su distrito no se preocupe hizo bien en llamar y si algún día sabe de alguien a quien están explotando puede llamarnos gratis a cualquier hora
C: ya señorita muchas gracias que tenga buen día
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
        "Una mujer llama por recomendación de una vecina porque el padre de sus hijos no paga la pensión de "
        "alimentos y la amenazó por teléfono; no hay indicios de trata ni de explotación. Se le explicó el "
        "propósito de la línea y se le orientó sobre la defensoría municipal del niño, la demanda de alimentos "
        "y la línea de atención de violencia familiar.",
    ),
)

call(
    "h45-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita le habla el profesor [[PERSON|wilber condori]] soy tutor de tercero de secundaria en el [[ORGANIZATION|colegio josé antonio encinas]] de [[LOCATION|juliaca]] yo llamé [[DATE_TIME|el viernes]] por dos alumnas mías que se habían ido a trabajar a [[LOCATION|la rinconada]]
O: sí profesor ya ubiqué su reporte qué novedades tiene
C: bueno la buena noticia es que ya están acá ayer la policía las sacó de un campamento cerca de [[LOCATION|ananea]] eh junto con la fiscalía y ya están con sus familias las dos
O: qué buena noticia gracias por avisarnos cómo están ellas
C: ahí está el problema señorita físicamente más o menos pero la más chiquita la de [[AGE|catorce]] no quiere salir de su casa no come llora todo el día y la de [[AGE|quince]] no quiere hablar con nadie ni con su mamá
O: le contaron algo de lo que vivieron allá
C: a la de [[AGE|quince]] la tenían en la cocina del campamento desde las cuatro de la mañana cocinando y lavando para los mineros sin pagarle nada y a la chiquita la pusieron en la cantina a tomar con los mineros y la hacían pasar a los cuartos eh eso me contó su mamá llorando
O: lo siento mucho profesor eso es explotación laboral y sexual de menores de edad ellas necesitan acompañamiento ya tienen fecha para declarar en la fiscalía
C: sí nos han dicho que van a declarar en cámara gessel la próxima semana y las mamás están asustadas no saben qué hacer por eso llamo quería saber si hay algún apoyo de sicólogo
O: sí vamos a coordinar hoy con el centro de salud mental comunitario para que una sicóloga las atienda a las dos y a sus mamás y también les vamos a asignar una abogada que las acompañe en la declaración
C: ah qué bien señorita eso les va a dar tranquilidad las mamás no tienen plata para abogado
O: no tiene ningún costo profesor me confirma su número para coordinar
C: sí el mismo [[PHONE_NUMBER|951 604 287]] ya lo tienen creo
O: sí es el mismo lo llamo pasado mañana para confirmarle las citas y si alguna de las chicas dice algo que le preocupe como hacerse daño llámenos a cualquier hora
C: ya señorita muchas gracias de verdad
""",
    note(
        "professional",
        "follow_up",
        ["labour", "sexual"],
        2,
        True,
        ["female"],
        "Puno",
        "past",
        "medium",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Un tutor escolar llama en seguimiento de su reporte: sus dos alumnas adolescentes fueron rescatadas de "
        "un campamento minero, donde a una la obligaban a cocinar y lavar sin pago y a la otra a acompañar a "
        "mineros en una cantina con explotación sexual. Ya están con sus familias pero muy afectadas, por lo que "
        "se coordina atención psicológica y una abogada para acompañar su declaración, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h45-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Disculpe, no sé si ustedes atienden a chicas como yo. Soy una chica trans.
O: Claro que sí, esta línea es para todas las personas. La escucho. ¿Está en un lugar seguro para hablar?
C: Sí, ahorita sí. Estoy en el cuarto de una amiga en [[LOCATION|Breña]]. Anoche me escapé de la casa de la madrina.
O: ¿De la madrina? Cuénteme, por favor. ¿Cómo la llamo a usted?
C: [[PERSON|Luana]], nomás. La madrina se hace llamar [[PERSON|Samantha]]. Hace un año me trajo de [[LOCATION|Pucallpa]] diciendo que en [[LOCATION|Lima]] me iba a ayudar con el cuarto y las hormonas, y que iba a trabajar en su salón de belleza. Pero no hay ningún salón. Nos tiene en una casa en [[LOCATION|Los Olivos]] y todas las noches nos manda a pararnos en [[ADDRESS|la avenida Naranjal, por el óvalo]], a trabajar en la calle con los clientes.
O: ¿Qué pasa con el dinero que ganan?
C: Todo se lo lleva ella. Dice que le debemos el pasaje, el cuarto, las hormonas, las siliconas... A mí me dice que le debo 7000 soles y cada semana sube. Si no llevamos 200 soles en la noche, sus chicos nos pegan. Y tiene nuestros DNI guardados en su cuarto.
O: ¿Cuántas chicas viven en esa casa?
C: Éramos seis, conmigo. Ahora quedan cinco. La más chiquita, [[PERSON|Kiara]], tiene [[AGE|diecisiete]], llegó de [[LOCATION|Iquitos]] hace dos meses, y a ella la tiene peor, no la deja ni contestar el celular.
O: ¿Usted está herida?
C: La mano. [[DATE_TIME|El domingo]] uno de sus chicos me la torció porque llegué con poca plata, y está hinchada, no la puedo cerrar. Y hoy [[PERSON|Samantha]] me escribió al WhatsApp que sabe dónde estoy y que me va a encontrar.
O: Lo que me cuenta es trata con fines de explotación sexual, y usted es víctima. Lo primero es su seguridad. Podemos enviar a la policía a esa casa para sacar a las demás chicas.
C: No, a la policía no, por favor. Unos policías de la zona también le cobran a la madrina, nos conocen. Si van ellos, nos va peor a todas.
O: Entiendo. Entonces no vamos a avisar a la comisaría. Lo que sí puedo hacer es pasar el caso directamente a la fiscalía especializada en trata, que trabaja con otra unidad. ¿Está de acuerdo?
C: Eso sí. Pero que no pongan mi nombre todavía.
O: Así será, su identidad queda reservada. Y para esta noche podemos llevarla a un albergue. Trabajamos con uno que recibe a mujeres trans, y allí un médico le puede ver la mano.
C: ¿De verdad me van a recibir? Ya, sí, por favor. Aquí donde mi amiga no me puedo quedar, ella también tiene miedo.
O: Sí, la van a recibir. ¿Me da un número para coordinar la recogida?
C: [[PHONE_NUMBER|923 418 067]]. Es el de mi amiga, el mío lo apagué.
O: Perfecto. En media hora la llamo a ese número con la dirección y la hora. No salga del cuarto ni responda a los mensajes de la madrina.
C: Gracias, de verdad. Nunca pensé que alguien me iba a escuchar.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        6,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "referral_health", "follow_up_call"],
        "Una mujer trans que escapó anoche cuenta que una proxeneta a la que llaman madrina la trajo de otra "
        "región con falsas promesas y la obligaba, junto con otras cinco mujeres trans, entre ellas una "
        "adolescente, a prostituirse en la calle para pagar una deuda impuesta, con documentos retenidos, golpes "
        "y amenazas. Rechazó la intervención policial por temor a agentes coludidos, por lo que se deriva a la "
        "fiscalía especializada y se coordina un albergue con atención médica para su mano lesionada.",
    ),
)

call(
    "h45-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Quiero informar algo, pero le pido que no me pregunte mi nombre. Soy ingeniero agrónomo, trabajo en un proyecto de cacao, y la semana pasada estuve en el valle del [[LOCATION|Apurímac]], por [[LOCATION|Santa Rosa]], del lado de [[LOCATION|Ayacucho]].
O: No hay problema, puede quedar en el anonimato. ¿Qué vio?
C: Un productor me llevó a ver una parcela más arriba y en el camino pasamos por una poza de maceración. Había muchachos pisando hoja de coca con kerosene, metidos hasta la rodilla, sin botas. Conté once. Por lo menos cuatro eran escolares; a dos los reconocí porque los había visto en el desfile del colegio de la comunidad.
O: ¿Qué edad les calcula a los más jóvenes?
C: [[AGE|Catorce, quince años]]. Uno tenía las piernas llenas de llagas por el kerosene.
O: ¿Supo de dónde venían o por qué estaban ahí?
C: El hijo del productor habló con uno. Le dijo que los trajeron de [[LOCATION|Huanta]] para la cosecha de hoja, de raspachines, pagados por cada saco de hoja. Pero a los pocos días los pasaron a la poza, de noche, y ya no los dejan irse hasta que termine la campaña; dicen que deben la comida y el pasaje.
O: ¿Vio a alguien armado, o que les pegaran?
C: Había dos hombres con escopetas cuidando el camino. Pegarles no, eso no lo vi, no le voy a mentir. Pero los chicos ni levantaban la cabeza.
O: ¿Podría ubicar el lugar?
C: Es [[ADDRESS|subiendo por la quebrada Sachapuquio, como dos horas a pie desde el puente colgante]]. El productor dice que la campaña dura hasta fin de mes.
O: Lo que me describe es trata con fines de explotación laboral y para actividades delictivas, y esos chicos son víctimas, no delincuentes. ¿Me puede dejar un número para que la fiscalía lo contacte?
C: No, eso no. Si se sabe que fui yo, no puedo volver a trabajar en el valle, y los productores que me ayudan quedan marcados. Yo ya estoy de regreso en [[LOCATION|Huamanga]].
O: Lo entiendo. Entonces vamos a derivar su información, tal como me la ha dado, a la fiscalía especializada en trata y a la policía, sin ningún dato suyo. No podremos llamarlo, pero si recuerda algo más, vuelva a llamar cuando quiera.
C: Gracias. Yo tengo hijos de esa edad, no podía quedarme callado.
""",
    note(
        "witness",
        "report",
        ["forced_criminality", "labour"],
        11,
        True,
        ["male"],
        "Ayacucho",
        "ongoing",
        "high",
        ["referral_legal"],
        "Un agrónomo anónimo reporta haber visto en un valle cocalero a once muchachos, varios de ellos escolares, "
        "obligados a pisar hoja de coca en una poza de maceración y a trabajar en la cosecha sin poder irse por una "
        "supuesta deuda, vigilados por hombres armados. Se deriva la información a la fiscalía especializada y a "
        "la policía; el llamante no dejó contacto para seguimiento.",
    ),
)

call(
    "h45-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días, hermana. Le habla [[PERSON|Eliseo Tuesta]]. Soy pastor de una iglesita en [[LOCATION|Yarinacocha]], la [[ORGANIZATION|Iglesia Evangélica Monte Horeb]]. Bueno, pastor de la congregación nomás; de lunes a sábado soy pescador.
O: Buenos días, hermano [[PERSON|Eliseo]]. ¿En qué le podemos ayudar?
C: Es por una niña de la congregación, [[PERSON|Nayeli]]. Su familia es de una comunidad del [[LOCATION|Ucayali]], río abajo, y venían a la iglesia cuando bajaban a [[LOCATION|Pucallpa]]. Ella tiene [[AGE|trece años]], estaba en primero de secundaria.
O: ¿Qué le ha pasado?
C: Su padrastro le debía plata a un comerciante de madera, un señor [[PERSON|Gumercindo]], que le dicen [[PERSON|Cuchi]]. Como no podía pagar, le entregó a la niña "como su mujer", para saldar la deuda. Hace tres meses que vive en la casa de ese señor, y él tendrá unos [[AGE|cincuenta]].
O: ¿La niña puede salir, ir al colegio?
C: No, ya no va al colegio. [[DATE_TIME|El domingo]] la dejó venir al culto, pero vino con la hermana de él, que no la soltaba ni un momento. Mi esposa logró hablar con ella en el baño, y la niña le dijo llorando que está embarazada y que no quiere estar ahí, que él le dice que ya es su mujer y que su padrastro ya recibió el pago.
O: ¿Y la mamá de la niña qué dice?
C: La mamá tiene miedo. El padrastro dice que así es la costumbre, que no es asunto de nadie.
O: Hermano, eso no es una costumbre: es un delito grave. Una niña de esa edad no puede ser entregada a nadie, y menos para pagar una deuda. ¿Sabe dónde vive el señor?
C: En [[ADDRESS|el jirón Libertad, a la espalda del aserradero del puerto, la casa de madera con techo de calamina azul]].
O: ¿Tiene algún otro dato de él?
C: Su número lo tengo, porque una vez nos vendió madera para el templo: [[PHONE_NUMBER|965 203 418]].
O: Gracias. Vamos a derivar el caso hoy mismo a la fiscalía de familia, que es la que dispone la protección de la niña. También vamos a coordinar con el centro de salud para que la atiendan por el embarazo, porque necesita sus controles. ¿A qué número lo llamamos a usted?
C: Al [[PHONE_NUMBER|942 617 530]], hermana. En la mañana estoy en el río, pero en la tarde contesto.
O: Lo llamo mañana en la tarde, hermano [[PERSON|Eliseo]]. Y le pido que ni usted ni su esposa se enfrenten al señor.
C: Así lo haremos. Que Dios la bendiga.
""",
    note(
        "acquaintance",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "referral_health", "follow_up_call"],
        "Un pastor laico reporta que una niña de su congregación fue entregada por su padrastro a un comerciante "
        "adulto como pareja para saldar una deuda; vive en su casa sin ir al colegio, está embarazada y dice que "
        "no quiere estar allí. Se deriva el caso a la fiscalía de familia y se coordina su atención prenatal en "
        "el centro de salud, con seguimiento.",
    ),
)

call(
    "h45-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Le llamo de [[LOCATION|Máncora]], tengo un hospedaje, el [[ORGANIZATION|Hospedaje Brisa Marina]]. Quizá no sea nada, pero no me quedo tranquila.
O: Hizo bien en llamar. Cuénteme.
C: Esta tarde llegó un señor en una van con seis chicas venezolanas, jovencitas. Eran tres parejas de hermanas, eso me dijeron. Pidió tres cuartos para una noche y me dio todos los pasaportes para el registro, pero apenas los anoté me los pidió de vuelta y se los guardó en su mochila.
O: ¿Las chicas tienen sus celulares?
C: No, eso es lo raro. Al entrar les recogió los celulares, dijo que "para que no gasten datos". Y dice que salen mañana a [[DATE_TIME|las cuatro de la mañana]], al norte.
O: ¿Le dijeron en qué van a trabajar?
C: Le pregunté a una, la más callada, mientras le daba las toallas. Me dijo que ni ella sabe, que el señor les dijo que allá verían, que era buena plata.
O: ¿Alguna parece menor de edad?
C: No, menores no. Vi los pasaportes al registrarlas: la más joven tiene [[AGE|veinte años]].
O: ¿Alguna le pidió ayuda directamente?
C: Ayuda no me pidieron. Pero hace un rato una estaba llorando en el patio y él la agarró del brazo y la hizo entrar al cuarto.
O: ¿Tiene los datos del señor?
C: Sí, se registró como [[PERSON|Ronald Meza Saavedra]], DNI [[ID_NUMBER|41876230]]. La van es plateada, placa [[OTHER_ID|M3D-915]]. Él está en el [[ADDRESS|cuarto 8]] y ellas en los dos cuartos del fondo.
O: Voy a pedir ahora mismo que la policía vaya a su hospedaje esta noche, antes de que salgan, para verificar los documentos y hablar con las chicas por separado. Por favor, no le diga nada al señor ni le haga notar que llamó.
C: No, no le voy a decir nada. Yo estoy en la recepción toda la noche.
O: ¿Me da un número para que la policía la ubique?
C: Sí, el fijo del hospedaje es [[PHONE_NUMBER|073 258 614]], o mi celular, [[PHONE_NUMBER|969 412 385]]. Me llamo [[PERSON|Marleny]].
O: Gracias, señora [[PERSON|Marleny]]. En un rato la llamo para confirmarle que la patrulla va en camino.
C: Ya, señorita. Ojalá me equivoque, pero esas chicas tenían miedo.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        6,
        False,
        ["female"],
        "Piura",
        "at_risk",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "La dueña de un hospedaje reporta que un hombre llegó con seis mujeres jóvenes extranjeras, todas adultas, "
        "les retuvo los pasaportes y los celulares y planea partir con ellas de madrugada hacia el norte sin "
        "decirles en qué trabajarán; una lloraba y él la obligó a entrar al cuarto. Se pidió a la policía acudir "
        "esa misma noche para verificar la situación antes de la salida y se le indicó no alertar al hombre.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h45-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, good evening. Do you speak English? My Spanish is fine for the clinic, but not for this.
O: Yes, I can help you in English. Go ahead.
C: Thanks. My name is [[PERSON|Siobhan Kelly]], I'm a nurse with [[ORGANIZATION|Medicus Andes]]. We run a small clinic in [[LOCATION|Desaguadero]], across the bridge, in [[LOCATION|Bolivia]]. This afternoon a Peruvian boy came in with a bad chest infection, and he told our social worker he ran away from a sewing workshop in [[LOCATION|El Alto]].
O: How old is he?
C: He says [[AGE|sixteen]]. His name is [[PERSON|Edwin]], from a village near [[LOCATION|Ilave]]. He was in his third year of secondary school when a man offered him a job sewing jeans, with room and board.
O: What did he tell you about the workshop?
C: He worked from six in the morning until midnight, seven days a week, for eight months. They locked the door at night and he slept under the machines. He was never paid; the owner said he owed for the bus fare and his food. Three days ago someone left the door open and he walked out, and he's been hitchhiking to the border since.
O: Were there other young people in the same situation?
C: I asked that. He says no, the other workers were the owner's nephews, they went home every night and got paid. He was the only one from outside.
O: How is he now? Is he in any danger?
C: He's stable. Antibiotics, fluids, he's eating. He's not in danger here, the owner has no idea where he is. He just wants to go home to his mum, but he doesn't know her number by heart, they took his phone.
O: Thank you, that's very clear. Because he's a minor, he can't just cross alone. The child protection office on your side has to be informed, and the Peruvian consulate can issue him a travel document. On our side, we'll ask the child protection unit in [[LOCATION|Puno]] to receive him at the border and place him in a temporary shelter while they find his mother.
C: Okay. So I should call the child protection office here first thing tomorrow?
O: Yes, tomorrow morning is fine; tonight he's safe with you. Do you know the name of his village? It will help to find his mother.
C: He said [[LOCATION|Camicachi]]. His mother is [[PERSON|Felicitas]], she sells fish at the market in [[LOCATION|Ilave]].
O: That helps a lot. Can I have your number?
C: [[PHONE_NUMBER|+591 712 48305]]. And my email is [[EMAIL_ADDRESS|s.kelly@medicusandes.org]].
O: Thank you, [[PERSON|Siobhan]]. I'll call you tomorrow around midday, once I've spoken with the team in [[LOCATION|Puno]].
C: Great. Thank you, he'll be so relieved.
""",
    note(
        "professional",
        "help_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Bolivia",
        "past",
        "medium",
        ["information_given", "referral_shelter", "follow_up_call"],
        "A nurse at a clinic across the border reports that a teenage boy arrived after escaping from a sewing "
        "workshop where he was locked in at night and worked unpaid for months to repay an imposed debt. He is "
        "stable and safe at the clinic; the caller was told how his return works, and child protection services "
        "in his home region will receive him at the border and place him in a shelter, with follow-up.",
    ),
)

call(
    "h45-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hello? Sorry, English? I'm calling from [[LOCATION|Ecuador]].
O: Yes, I speak English. How can I help?
C: My name is [[PERSON|Greg Halvorsen]], I live in [[LOCATION|Cuenca]]. My daughter [[PERSON|Maddie]], she's [[AGE|twenty]], went to [[LOCATION|Peru]] two months ago to volunteer at a plant-medicine retreat near [[LOCATION|Iquitos]]. It was a work exchange: she helps in the kitchen, they give her a room and the ceremonies.
O: Okay. What's worrying you?
C: At first she was happy. Then the owner, they call him Maestro [[PERSON|Ignacio]], took her passport "for the visa extension" and never gave it back. She's been working fourteen hours a day, cooking for thirty guests, and now he says she owes eighteen hundred dollars for the ceremonies and her room, and that she can't leave until she pays. The place is [[ADDRESS|an hour upriver from the Nauta port]], and the only way out is their boat.
O: When did you last hear from her?
C: Five days ago. She sent a voice note at night, whispering: "Dad, they won't take me to town, they say the boat is only for guests." Since then, nothing. Her phone goes straight to voicemail.
O: Has she said that anyone has hurt her or touched her?
C: I asked her straight out. She said no, nobody has touched her, it's the work and the passport and the money. But now I can't reach her at all.
O: Do you know the exact name of the retreat?
C: [[ORGANIZATION|Sacha Runa Healing Center]]. Their Instagram is [[OTHER_ID|@sacharuna.healing]]. And I have her passport number here: [[ID_NUMBER|A03518842]].
O: Thank you. Withholding her passport and keeping her there over a debt are signs of forced labour. We'll ask the police in [[LOCATION|Loreto]] to go to the retreat and check on her in person. You should also notify the [[LOCATION|US]] embassy in [[LOCATION|Lima]]; they have a duty officer for citizens in trouble.
C: I already emailed them, but nobody answered. I'll call them.
O: Please do. Can I have your number?
C: My WhatsApp is [[PHONE_NUMBER|+593 98 417 2260]].
O: Thank you, [[PERSON|Greg]]. As soon as the police report back, I'll call you. And if [[PERSON|Maddie]] contacts you, tell her she can call this line for free.
C: Thank you. I just need to know she's okay.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        False,
        ["female"],
        "Loreto",
        "ongoing",
        "high",
        ["police_dispatch", "information_given", "follow_up_call"],
        "A father living abroad reports that his adult daughter, volunteering at a jungle retreat in a work-exchange "
        "arrangement, had her passport withheld, works long unpaid hours and is told she cannot leave until she "
        "repays an alleged debt; he has not heard from her in days. Police were asked to check on her in person, "
        "he was advised to contact his embassy, and follow-up was agreed.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h45-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde. Desculpa, eu não falo espanhol. Você entende português?
O: Sí, entiendo portugués, pode falar devagar. ¿Qué pasó?
C: Meu nome é [[PERSON|Jaqueline Souza]], eu moro em [[LOCATION|Epitaciolândia]], no [[LOCATION|Acre]]. É sobre minha prima, a [[PERSON|Daiane]], e os dois filhos dela. Eles foram para [[LOCATION|Cusco]] faz dois meses com um homem, o [[PERSON|Wanderley]], que prometeu para ela trabalho de cozinheira num restaurante, com casa e comida.
O: ¿Y qué está pasando ahora?
C: Ela trabalha na cozinha do restaurante desde as seis da manhã até tarde da noite e não recebe nada. Ele diz que está descontando a passagem, o quarto, a comida. E os meninos... ele obriga os meninos a vender artesanato e pedir dinheiro para os turistas na praça, todo dia, até meia-noite. Se não trazem dinheiro, ficam sem jantar.
O: ¿Cuántos años tienen los niños?
C: O [[PERSON|Davi]] tem [[AGE|nove]] e o [[PERSON|Caio]] tem [[AGE|sete]]. Não estão indo à escola.
O: ¿Ella tiene sus documentos? ¿Puede salir?
C: Sair ela sai, mas ele ficou com os documentos dos três, o RG dela e as certidões dos meninos. Sem documento e sem dinheiro, como ela vai voltar?
O: ¿Le han pegado a ella o a los niños?
C: Bater não, ela disse que não bateram. Mas ele falou que se ela reclamar, ele denuncia ela para a polícia e tiram os filhos dela. Ela tem muito medo disso.
O: Eso no es verdad: ella no ha cometido ningún delito y nadie le va a quitar a sus hijos por denunciar. ¿Sabe el nombre del restaurante?
C: [[ORGANIZATION|Picantería Los Andenes]], perto do [[ADDRESS|mercado de San Pedro]]. Eles dormem num quarto em cima da cozinha.
O: Vamos a derivar el caso hoy mismo a la fiscalía especializada y a la unidad de protección de menores en [[LOCATION|Cusco]], para que intervengan y los protejan. ¿Tiene el número de su prima?
C: Tenho: [[PHONE_NUMBER|+55 68 99214 3087]]. Mas ela só atende quando ele não está perto. O meu é [[PHONE_NUMBER|+55 68 99937 1620]].
O: Gracias, señora [[PERSON|Jaqueline]]. Le escribiremos a su prima con cuidado, y a usted la llamo en dos días para contarle cómo avanza.
C: Muito obrigada. Eu só quero eles de volta em casa.
""",
    note(
        "family_member",
        "report",
        ["labour", "forced_begging"],
        3,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar desde el extranjero reporta que su prima y los dos hijos pequeños de esta fueron llevados a otra "
        "ciudad con una oferta de trabajo como cocinera: ella trabaja sin pago en un restaurante y los niños son "
        "obligados a vender y pedir dinero a turistas hasta la medianoche, sin ir a la escuela. El hombre retiene los "
        "documentos de los tres y amenaza con quitarle a los hijos si denuncia; se deriva el caso a la fiscalía "
        "especializada y a protección de menores, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h45-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, buenas noches, mi amor. Disculpa, ¿esta es la línea de la trata? Es que estoy burda de asustada, vale.
O: Sí, aquí es. Tranquila, la escucho. ¿Está en un lugar seguro ahora?
C: Más o menos. Estoy en un hospedaje en [[LOCATION|Tumbes]] con mi sobrina. Ayer pasamos desde [[LOCATION|Ecuador]] por la trocha, por [[LOCATION|Aguas Verdes]], con un chamo que cobraba por pasarnos, le dicen el [[PERSON|Gocho]].
O: ¿Cuántos años tiene su sobrina?
C: [[AGE|Quince]]. Es la hija de mi hermana; ella se quedó en [[LOCATION|Maracay]] y me la mandó conmigo pa' que estudie aquí.
O: ¿Qué pasó con ese hombre?
C: Mira, él nos dijo cien dólares por las dos, y ahora dice que son quinientos, por el cruce, el cuarto y la comida. Nos agarró las cédulas y la partida de nacimiento de la niña, "pa' guardarlas", dice. Y esta tarde me dijo, delante de ella, que la chama es bonita y que en una semana trabajando con unos amigos suyos en una casa paga toda la deuda. Qué vaina, chica, ¿tú sabes lo que eso significa?
O: Sí, lo entiendo, y es muy grave. ¿Ya le hizo algo a la niña? ¿Se la ha llevado a algún sitio?
C: No, no, gracias a Dios no. Ella no se ha despegado de mí. Pero él dijo que viene a buscarla hoy a [[DATE_TIME|las diez]], y ya falta poquito.
O: ¿Dónde queda el hospedaje?
C: Es el [[ORGANIZATION|Hospedaje El Faro]], [[ADDRESS|en la calle detrás del mercado, la de la puerta verde]]. Estamos en el [[ADDRESS|cuarto 6]], en el segundo piso.
O: Voy a enviar ahora mismo a la policía al hospedaje. No le abran la puerta a nadie que no sea la policía. Después las vamos a llevar a las dos a un albergue, donde van a estar seguras.
C: ¿Y no nos van a deportar? Nosotras no tenemos papeles, pana.
O: No. Ustedes son víctimas, no han cometido ningún delito, y la policía va a ayudarlas. ¿Me da su nombre y un número?
C: [[PERSON|Yusmary]]. Mi teléfono me lo quitó también; este es de la señora de la recepción: [[PHONE_NUMBER|972 603 158]].
O: Gracias, [[PERSON|Yusmary]]. La patrulla ya está avisada. Quédense en el cuarto y vuelva a llamar si el hombre llega antes.
C: Dale, dale. Gracias, mi amor, que Dios te bendiga.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        True,
        ["female"],
        "Tumbes",
        "at_risk",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una mujer migrante que cruzó la frontera de forma irregular con su sobrina adolescente cuenta que el hombre "
        "que las pasó les retuvo los documentos, les exige una deuda inflada y anunció que esa misma noche se llevará "
        "a la menor para explotarla sexualmente y saldar la deuda. Se envió a la policía al hospedaje y se coordina "
        "un albergue para ambas.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h45-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, hola, sorry, I grew up in [[LOCATION|Miami]], so mi español es medio mixed, ¿okay? Solo tengo una pregunta, it's not an emergency.
O: No hay problema, hable como le sea más cómodo. ¿Cuál es su pregunta?
C: So, I saw an ad en Facebook de una agencia, [[ORGANIZATION|Sakura Staffing Perú]], para trabajar en una fábrica de autopartes en [[LOCATION|Japón]], in [[LOCATION|Hamamatsu]]. Pagan like two thousand five hundred dollars al mes, con vivienda. I'm [[AGE|twenty-six]], tengo mi título, and honestly estaba súper emocionada. I just want to know if it's real.
O: Entiendo. ¿Qué le han pedido para postular?
C: Un "fee" de 1,800 dólares por el visado y el training. And the visa is a student visa, for a language school; they said they "fix it" once you're there. And they told me when you land, they keep your pasaporte "por tu seguridad", como un locker.
O: ¿Ya pagó algo o firmó algún documento?
C: No, nothing yet. No he pagado nada. They keep texting me, but I told them I'm not deciding until next year, la verdad.
O: Muy bien. ¿Le pidieron fotos o datos personales?
C: No, just my CV and a copy of my DNI, which I haven't sent.
O: ¿Tiene ascendencia japonesa?
C: No, none. They said it doesn't matter, que cualquiera puede ir.
O: Le explico por qué pregunto. Hay varias señales de alerta: cobrar por adelantado, entrar con visa de estudiante para trabajar en una fábrica, que allá es irregular, y sobre todo que le retengan el pasaporte, eso nunca es legal. Así empiezan muchos casos de trabajo forzoso en el extranjero: llegas debiendo, sin documentos y sin poder reclamar.
C: Wow, okay. That's... yeah. Sounds sketchy now que lo dices.
O: Antes de decidir, verifique si la agencia está en el registro de agencias privadas de empleo del Ministerio de Trabajo, y consulte con la embajada de [[LOCATION|Japón]] qué visa corresponde para ese trabajo. No pague ni envíe documentos hasta verificarlo.
C: Got it. ¿Y si resulta que es fake, can I report them here?
O: Sí, con el enlace del anuncio y los mensajes puede reportarlo a esta misma línea. Es gratuita y atiende las 24 horas.
C: Perfect. Thank you, de verdad, me salvaste de una.
""",
    note(
        "victim",
        "information_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Japón",
        "at_risk",
        "low",
        ["information_given"],
        "Una joven consulta si es real una oferta de trabajo en una fábrica en el extranjero que recibió ella misma "
        "por redes sociales, que exige un pago adelantado, una visa de estudiante y la entrega del pasaporte al "
        "llegar; no ha pagado ni enviado documentos y no piensa decidir pronto. Se le explicaron las señales de "
        "alerta de captación para trabajo forzoso y cómo verificar la agencia y el tipo de visa.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h45-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Imaynalla. Disculpe, castellano poquito nomás hablo. Estoy llamando de [[LOCATION|Chincheros]], de la comunidad de [[LOCATION|Ccollpa]], mamay.
O: Allillanmi, señor. Hable con calma, yo le entiendo. ¿Qué ha pasado?
C: Mis wawakuna, mamita. Mis dos hijitos se han ido con un contratista, [[PERSON|Pascual]] se llama, [[PERSON|Misti]] le dicen. Ha venido con su camión a la feria, "cosecha de café hay en la selva, cuarenta soles diario voy a pagar" diciendo. Así diciendo se los ha llevado, y también al hijo de mi compadre.
O: ¿Cuántos años tienen sus hijos?
C: El mayorcito, [[PERSON|Wilfredo]], en tercero de secundaria está. El menorcito, [[PERSON|Alcides]], quinto grado nomás, mamita, chiquito todavía. Por las vacaciones nomás decían que iban a ir.
O: ¿Y el hijo de su compadre?
C: [[PERSON|Edgar]]. Ese ya es jovencito, ya ha terminado su colegio, ya es mayor de edad pues.
O: ¿Adónde se los llevaron?
C: A [[LOCATION|Villa Rica]] dice, en [[LOCATION|Oxapampa]]. [[ORGANIZATION|Finca San Gabriel]] dice que se llama, por el camino a [[LOCATION|Puerto Bermúdez]].
O: ¿Usted ha podido hablar con ellos?
C: Arí, mamita. Anteayer el [[PERSON|Wilfredo]] me ha llamado de un celular prestado, llorando. "Papay, no nos pagan" diciendo. "Pasaje deben, comida deben, hasta que termine la cosecha no van a salir", así les dice el contratista. En la noche con perros los cuidan para que no se escapen. Achachau, mamita, mi corazón duele.
O: ¿Les han pegado a sus hijos?
C: Manam, pegar no, dice. Pero gritan, insultan. Y el menorcito está con fiebre, con tos también, y no le dan ni una pastilla. Trabajando nomás lo hacen, cargando su costal.
O: Señor, lo que me cuenta es explotación laboral de niños, y es trata. Vamos a derivar el caso hoy mismo a la fiscalía especializada de [[LOCATION|Pasco]], que es donde está la finca, para que intervengan. Usted también puede poner la denuncia en la comisaría de [[LOCATION|Chincheros]]; lleve las partidas de nacimiento de sus hijos y su DNI.
C: Arí, mamita, mañana mismo voy a bajar. ¿Pero van a volver mis wawas?
O: Vamos a hacer todo para que vuelvan. ¿A qué número lo llamo?
C: De mi sobrina es, ella me lee los mensajes: [[PHONE_NUMBER|nueve ocho tres cinco cero dos siete uno cuatro]]. Yo soy [[PERSON|Teófilo Huamaní]].
O: Gracias, don [[PERSON|Teófilo]]. Pasado mañana lo llamo para contarle qué ha hecho la fiscalía. Si sus hijos vuelven a llamar, dígales que pueden marcar gratis a esta línea.
C: Sulpayki, mamita, sulpayki. Diospagarasunki.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Pasco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un padre de una comunidad andina reporta que un contratista se llevó a sus dos hijos, escolares de primaria "
        "y secundaria, y al hijo mayor de edad de un compadre a cosechar café en una finca de la selva, donde no les "
        "pagan, les dicen que deben el pasaje y la comida y los vigilan con perros de noche; el menor está enfermo "
        "sin atención. Se deriva el caso a la fiscalía especializada de la región de la finca, se le orientó para "
        "denunciar y se le volverá a llamar.",
    ),
)


# ------------------------------------------------------------- self-checks ----
# Same checks as ../../shared/eval/make_dev.py applies to its own calls (offsets,
# every occurrence of a labelled surface labelled, digit runs inside spans,
# enums, summaries without digits or labelled surfaces, 2-3 sentences).

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
STYLES = {
    "lowercase_asr",
    "plain",
    "portuguese",
    "venezuelan",
    "code_switching",
    "andean_quechua",
}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine)"


def covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def name_tokens(spans):
    toks = set()
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    return toks


def check(rec):
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert rec["style"] in STYLES, cid
    assert "\n".join(t["text"] for t in rec["turns"]) == text, cid
    assert 8 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
    assert 150 <= len(text.split()) <= 600, (cid, len(text.split()))
    prev_end = -1
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert (
            text[p["start"] : p["end"]] == p["text"] and p["text"] == p["text"].strip()
        ), (cid, p)
        assert p["start"] >= prev_end, (cid, "overlap", p)
        prev_end = p["end"]
    if rec["style"] == "lowercase_asr":
        assert text == text.lower() and not re.search(r"[.,;:?¿!¡\"]", text), (
            cid,
            "not lowercase/unpunctuated",
        )
    surfaces = {
        p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")
    } | name_tokens(spans)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert covered(spans, m.start(), m.end()), (
                cid,
                "unlabelled occurrence",
                s,
                m.start(),
            )
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        assert covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(
        r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text
    ):
        assert covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert covered(spans, m.start(), m.end()), (cid, "@", m.start())
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
    assert len(ids) == len(set(ids)) == 16 and all(i.startswith("h45-") for i in ids), (
        ids
    )
    for r in recs:
        check(r)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} calls to {OUT}")
