# ruff: noqa: E501
"""Generate heldout43.jsonl: 16 fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and make_heldout.py
(the builder reused here: call(), note(), build(), [[TYPE|surface]] markup).
Nothing else in the project was read; the calls were not tuned to any system.

Mix (16 calls):
  * 6 lowercase, unpunctuated Whisper-style Spanish ("lowercase_asr"): fillers
    (eh, este, o sea), self-corrections and a few misheard words left in;
  * 4 cased Spanish ("plain");
  * 2 English ("plain");
  * 1 Brazilian Portuguese ("portuguese");
  * 1 Venezuelan Spanish ("venezuelan");
  * 1 Spanish/English code-switching ("code_switching");
  * 1 Andean Spanish with Quechua words ("andean_quechua").

Annotation conventions follow make_dev.py: PERSON spans exclude titles and
articles (doña, Don, el); AGE includes the unit when said; DATE_TIME marks
explicit dates, named weekdays/months and clock times tied to an event, not
routines or relative words; nationality adjectives are not labelled; the
hotline's own name, 0800-2-3232 and 105 are not PII. Summaries carry no
personal identifiers, place names or digits. All people, phone numbers,
addresses, vessels and businesses are invented.

Run: cd notes && python3 make_heldout43.py   (writes heldout43.jsonl here)
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout43.jsonl")
CALLS.clear()  # importing make_heldout registers its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h43-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes eh yo le llamo de [[LOCATION|desaguadero]] tengo mi puesto de fruta en la feria de acá del lado peruano al ladito del puente
O: la escucho señora dígame qué pasa
C: este mire hay una señora que cada feria cruza del lado de [[LOCATION|bolivia]] con unos chiquitos y los pone a pedir plata entre los puestos y a vender caramelos y si no juntan les pega con una correa
O: cuántos niños son y qué edad cree que tienen
C: son cuatro eh tres varoncitos no perdón dos varoncitos y dos mujercitas wawitas nomás todavía ni llegan al mostrador de mi puesto el más grandecito tendrá [[AGE|siete]] u [[AGE|ocho años]]
O: sabe si la señora es la mamá de los niños
C: no pues eso es lo que le digo la mayorcita me dijo que su mamá está en [[LOCATION|el alto]] y que la señora la alquila o sea que le paga a su mamá por llevarla a pedir
O: y en este momento la señora y los niños están ahí en la feria
C: sí ahorita está al frente de la casa de campo con los chiquitos y hace rato le jaló la oreja al más chiquito porque lloraba de hambre no les da ni un pancito
O: me puede describir a la señora
C: es una señora de pollera verde con sombrero negro le dicen doña [[PERSON|tomasa]] y en la tarde como a las cinco se regresa con ellos por el puente
O: gracias señora lo que me cuenta puede ser explotación de niños en mendicidad voy a comunicar ahora mismo a la comisaría de [[LOCATION|desaguadero]] para que vayan a la feria antes de que crucen me puede dejar un número para llamarla después y contarle qué se hizo
C: no no señorita mejor no me llame eh no quiero problemas la [[PERSON|tomasa]] conoce a todos acá yo nomás quería avisar
O: está bien no es necesario que deje su número ni su nombre no se acerque a la señora ni le diga nada y si ve algo más puede volver a llamar gratis a esta línea
C: ya señorita gracias que dios le pague
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        4,
        True,
        ["female", "male"],
        "Puno",
        "ongoing",
        "high",
        ["police_dispatch"],
        "Una vendedora de una feria fronteriza reporta que una mujer cruza la frontera con cuatro niños pequeños "
        "que no son suyos, los obliga a pedir dinero y vender golosinas y los castiga físicamente; en ese momento "
        "estaban en la feria. Se alertó a la policía para que intervenga antes de que regresen al otro lado, y la "
        "persona que llamó prefirió no dejar contacto.",
    ),
)

call(
    "h43-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches con quién hablo
C: buenas noches eh mi nombre es [[PERSON|yesenia]] este le llamo porque ayer me escapé de un restaurante donde trabajaba de cocinera en [[LOCATION|huamanga]]
O: gracias por llamar [[PERSON|yesenia]] está usted en un lugar seguro ahora
C: sí ahorita estoy en la casa de mi prima en [[LOCATION|huanta]] ella me está ayudando
O: cuénteme qué pasaba en el restaurante
C: o sea yo entré en [[DATE_TIME|enero]] al restaurante [[ORGANIZATION|el fogón de la abuela]] la dueña la señora [[PERSON|benigna]] me dijo que me iba a pagar 900 soles pero nunca me pagó decía que me descontaba el cuarto la comida y los platos que se rompían trabajaba desde las cinco de la mañana hasta medianoche todos los días y en la noche cerraba con candado la puerta de la calle y se llevaba la llave
O: le quitaron algún documento
C: sí mi de ene i lo tiene ella dice que se lo di para la planilla pero nunca me puso en planilla
O: cuántos años tiene usted y había otras personas trabajando en esas condiciones
C: tengo [[AGE|diecinueve años]] había otra chica la ayudante pero ella no vivía ahí a ella sí le pagaban y se iba a su casa eh solamente yo dormía en el depósito
O: la señora la ha amenazado
C: me mandó un mensaje diciendo que si no vuelvo me va a denunciar por robo que me llevé plata de la caja pero es mentira yo no me llevé nada ni mi ropa pude sacar
O: lo que usted cuenta es explotación laboral y puede ser trata usted no ha cometido ningún delito y esa amenaza no tiene valor si lo necesita le podemos ofrecer un al bergue temporal
C: no gracias señorita estoy bien donde mi prima lo que quiero es recuperar mi de ene i y que me pague lo que me debe
O: entiendo vamos a derivar su caso a la fiscal ya y a un abogado gratuito que la va a orientar para recuperar su documento y su sueldo guarde el mensaje de la señora no lo borre me da un número para llamarla
C: sí es el [[PHONE_NUMBER|nueve tres ocho cuatro cero uno siete dos seis]]
O: le repito [[PHONE_NUMBER|938 401 726]] mañana la llamamos con el nombre del abogado
C: ya señorita gracias de verdad pensé que nadie me iba a creer
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Ayacucho",
        "past",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una joven cuenta que escapó de un restaurante donde trabajaba como cocinera sin pago y con jornadas "
        "extenuantes, encerrada con candado por las noches y con su documento retenido; la dueña la amenaza con "
        "denunciarla por robo. Rechazó el albergue porque está con una familiar; se le explicaron sus derechos y "
        "se deriva a fiscalía y defensa legal gratuita para recuperar su documento y su salario, con seguimiento.",
    ),
)

call(
    "h43-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días eh señorita una consulta nomás yo trabajo de estimador cargando camiones en el mercado mayorista
O: sí dígame en qué le puedo orientar
C: este hay un señor que viene a la playa de camiones y les habla a los muchachos más jóvenes les dice que les da quince mil no perdón diez mil dólares si donan un riñón que la operación es afuera en otro país y que él paga el pasaje y todo
O: sabe a qué país los quiere llevar
C: no no dice dice que eso se sabe después cuando ya tienen el pasaporte o sea primero él mismo les saca el pasaporte
O: alguien ha aceptado
C: un compañero mío que le decimos el [[PERSON|chispa]] tiene [[AGE|veintitrés]] está endeudado con un prestamista y dice que va a ir [[DATE_TIME|el sábado]] a hablar con el señor para lo del pasaporte
O: hay algún menor de edad entre los muchachos que busca ese señor
C: no menores no porque dice que para el pasaporte y la operación tienen que ser mayores de edad todos son mayorcitos
O: tiene algún dato del señor un nombre un número
C: dice que se llama [[PERSON|ernesto]] y reparte un papelito con su número [[PHONE_NUMBER|nueve cinco dos siete siete uno cero ocho tres]] ahí les escribe por whatsapp
O: lo que usted describe puede ser captación para trata con fines de extracción de órganos que es un delito grave y muy peligroso para la salud de su compañero le recomiendo que hable con él que no entregue su pasaporte ni sus datos y que no vaya solo a esa reunión
C: ya eh eso le voy a decir pero él necesita la plata pues
O: lo entiendo vamos a pasar el número del señor a la policía especializada y a la fiscalía para que investiguen y si su compañero quiere puede llamarnos directamente es gratuito
C: ya señorita pero mi nombre no lo van a poner no
O: no hace falta su nombre la información queda reservada
C: gracias entonces
""",
    note(
        "acquaintance",
        "information_request",
        ["other"],
        1,
        False,
        ["male"],
        None,
        "at_risk",
        "medium",
        ["information_given", "referral_legal"],
        "Un trabajador de carga consulta porque un hombre ofrece dinero a jóvenes cargadores para viajar al "
        "extranjero a vender un riñón, tramitándoles él mismo el pasaporte, y un compañero suyo endeudado piensa "
        "reunirse con él. Se explicó que puede tratarse de captación para extracción de órganos, se recomendó no "
        "entregar documentos y el contacto del reclutador se pasa a la policía y la fiscalía.",
    ),
)

call(
    "h43-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló buenas noches señorita eh disculpe la hora yo soy guardián de noche en una obra una construcción en [[LOCATION|chiclayo]] por la [[ADDRESS|avenida bolognesi cuadra 14]]
O: no se preocupe para eso estamos las veinticuatro horas qué ha visto
C: este todas las noches como a las once llega una camioneta y bajan unos chibolos que duermen en el edificio de al lado el que está abandonado sin ventanas y en la madrugada el mismo señor los recoge
O: cuántos chicos son y qué edad tienen
C: eh son cinco no espérese hoy conté bien seis seis varoncitos el más chiquito tendrá [[AGE|nueve]] años el más grande unos [[AGE|catorce]]
O: sabe a dónde los lleva ese señor
C: uno de ellos el que le dicen [[PERSON|pulga]] me pidió agua una noche y me contó que de día los hacen pedir plata en los semáforos y en la noche los mandan a ranchar celulares en el paradero y si no llevan tres celulares no les dan comida
O: los chicos le dijeron de dónde son
C: de la sierra de [[LOCATION|cajamarca]] creo que los trajeron diciendo que iban a estudiar acá
O: ha visto si el señor tiene armas o si los maltrata
C: armas no he visto pero sí les grita y anoche le dio una patada al [[PERSON|pulga]] porque se quería quedar durmiendo la placa de la camioneta la anoté es [[OTHER_ID|m4p 715]]
O: muy bien eso es muy útil y ahora los chicos están en el edificio
C: sí ahorita están durmiendo ahí el señor viene a las cinco y media de la mañana
O: lo que me describe es explotación de niños en mendicidad y para cometer robos eso es trata y ellos son víctimas voy a coordinar ahora mismo con la policía y con la unidad de protección para que intervengan antes de que el señor los recoja usted no se acerque ni le diga nada al señor
C: ya señorita yo no me meto pero me da pena pues son chiquitos
O: me deja un número para que la policía lo ubique y para llamarlo mañana
C: sí mi número es [[PHONE_NUMBER|979 552 140]] me llamo [[PERSON|teodoro]]
O: gracias señor [[PERSON|teodoro]] mañana lo llamamos para contarle
""",
    note(
        "witness",
        "report",
        ["forced_begging", "forced_criminality"],
        6,
        True,
        ["male"],
        "Lambayeque",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un vigilante nocturno de una obra reporta que seis niños traídos de la sierra son dejados cada noche en un "
        "edificio abandonado y recogidos de madrugada por un hombre que los obliga a pedir dinero de día y a robar "
        "celulares de noche, dejándolos sin comida si no cumplen. Aportó la placa del vehículo y se coordinó una "
        "intervención policial antes del amanecer, con seguimiento.",
    ),
)

call(
    "h43-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: hola buenas tardes eh quería preguntar algo es que a mí me ofrecieron un trabajo de niñera en [[LOCATION|españa]] y mi tía me dijo que llame acá antes de aceptar
O: hizo muy bien en llamar cuénteme cómo le llegó la oferta
C: por feisbuk una señora que se llama [[PERSON|mercedes]] no [[PERSON|mónica]] [[PERSON|mónica]] algo así dice que tiene una agencia en [[LOCATION|madrid]] y que las familias pagan 1200 euros al mes para cuidar bebés
O: le han pedido algo dinero documentos fotos
C: eh no plata no me han pedido dicen que ellos me pagan el pasaje y después me lo descuentan del sueldo pero sí me pidieron foto de mi pasaporte cuando lo tenga y que viaje como tourista que allá me arreglan los papeles
O: cuántos años tiene usted
C: [[AGE|dieciocho]] recién cumplí en [[DATE_TIME|marzo]]
O: y cuándo sería el viaje
C: no todavía nada todavía estoy juntando para sacar el pasaporte ella dice que cuando esté lista le avise o sea el próximo año quizás
O: le explico hay algunas señales que nos preocupan viajar como turista para trabajar no es legal y la deja sin protección que le descuenten el pasaje del sueldo crea una deuda y que le pidan el pasaporte antes de tener un contrato firmado tampoco es normal una oferta seria le da un contrato y una visa de trabajo antes de viajar
C: ah ya o sea que puede ser mentira
O: puede ser un engaño para captarla no le mande fotos de su pasaporte ni de su documento y si quiere podemos revisar juntas la conversación le podemos llamar la próxima semana
C: sí llámeme por favor mi número es [[PHONE_NUMBER|961 704 385]] pero en la tarde porque en la mañana estoy en el instituto
O: perfecto la llamamos [[DATE_TIME|el lunes]] en la tarde y recuerde que esta línea es gratuita puede llamar a cualquier hora
C: gracias señorita
""",
    note(
        "victim",
        "information_request",
        ["unknown"],
        1,
        False,
        ["female"],
        "España",
        "at_risk",
        "low",
        ["information_given", "follow_up_call"],
        "Una joven consulta por una oferta de trabajo como niñera en el extranjero recibida por redes sociales, con "
        "pasaje adelantado a descontar del sueldo, viaje como turista y pedido de copia del pasaporte. Aún no tiene "
        "fecha de viaje; se explicaron las señales de alerta de captación y se acordó llamarla para revisar la "
        "conversación.",
    ),
)

call(
    "h43-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches eh es del banco es que me bloquearon la tarjeta y no puedo sacar plata del cajero
O: no señora esta es la línea gratuita contra la trata de personas no es el banco
C: ay disculpe o sea marqué mal entonces es que el número del banco empieza parecido
O: no se preocupe para el bloqueo de la tarjeta tiene que llamar al número que está atrás de su tarjeta
C: ya ya gracias y ustedes qué ven trata de qué
O: atendemos casos de personas que son captadas o explotadas por ejemplo con ofertas de trabajo falsas hay algo así que usted o alguien que conozca esté pasando
C: no no nada de eso gracias a dios este nomás era lo de la tarjeta
O: está bien que tenga buena noche
C: igualmente señorita disculpe la molestia
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
        "Llamada equivocada de una señora que buscaba comunicarse con su banco por una tarjeta bloqueada. Se le "
        "explicó el propósito de la línea y confirmó que no tenía ningún caso que reportar.",
    ),
)

# ------------------------------------------------ plain Spanish ----
call(
    "h43-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Mire, yo tengo una peluquería en [[LOCATION|Tarapoto]], en [[LOCATION|Morales]], y le llamo por una clienta. No sé si es para acá, pero ya no puedo estar tranquila.
O: Hizo bien en llamar. Cuénteme.
C: Hay una chica, [[PERSON|Kiara]], que viene todos los sábados con un señor mayor, y él paga todo: uñas, tinte, extensiones. El señor se queda afuera en la moto esperándola. Él dice que es su tío, pero la semana pasada, mientras le hacía el tinte, ella se puso a llorar y me dijo que no es su tío, que él la lleva a un karaoke y la hace "atender" a los clientes, a hombres grandes.
O: ¿Sabe qué edad tiene?
C: Me dijo que estaba en cuarto de secundaria, pero que ya no va al colegio desde el año pasado. Es una niña, señorita, se le nota.
O: ¿Le contó si hay otras chicas en la misma situación?
C: A veces viene con ella otra, que le dicen la [[PERSON|Flaca]], un poquito mayor. [[PERSON|Kiara]] me contó que viven las dos en un cuarto encima del karaoke, que se llama [[ORGANIZATION|Karaoke La Cumbia Loca]], en la carretera a [[LOCATION|Lamas]].
O: ¿Las tienen encerradas?
C: No, encerradas no. Salen, vienen a la peluquería, pero siempre con él. Y ella me dijo que le debe plata por la ropa y el celular, que no se puede ir hasta que pague.
O: ¿Sabe cómo se llama el señor?
C: Le dicen [[PERSON|Chino]]... no, perdón, [[PERSON|Chino]] es el que me vende las extensiones. A él le dicen Don [[PERSON|Rolo]]. Tiene una moto roja, pero no me fijé en la placa.
O: Lo que me cuenta es muy grave: puede ser explotación sexual de una menor, y eso es trata. Vamos a derivarlo hoy a la fiscalía y a la policía especializada de [[LOCATION|San Martín]]. ¿Ella va a volver este sábado?
C: Sí, tiene cita el [[DATE_TIME|sábado a las cuatro]].
O: Es importante que usted no lo confronte a él ni le diga a ella que nos llamó, para no ponerla en riesgo. Si ese día ella le pide ayuda o la ve golpeada, llámenos en ese momento. ¿Me deja un número?
C: Sí, es el [[PHONE_NUMBER|942 617 380]]. Soy [[PERSON|Gladys]].
O: Gracias, señora [[PERSON|Gladys]]. La vamos a llamar antes del sábado para coordinar.
C: Gracias. Yo solo quiero que esa chiquita esté bien.
""",
    note(
        "acquaintance",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "San Martín",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una peluquera reporta que una clienta adolescente, que dejó el colegio, es llevada por un hombre mayor a "
        "un local nocturno donde la obliga a atender a clientes varones, y que vive con otra joven encima del local "
        "bajo una supuesta deuda. Se deriva a la fiscalía y a la policía especializada, y se la llamará antes de la "
        "próxima cita de la adolescente.",
    ),
)

call(
    "h43-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Le habla [[PERSON|Lidia Sánchez Tuesta]], soy profesora de primero de secundaria en un colegio de [[LOCATION|Yarinacocha]], en [[LOCATION|Pucallpa]]. Llamé hace dos semanas por una alumna, y me dijeron que volviera a llamar si había novedades.
O: Sí, profesora, gracias por volver a llamar. ¿Me recuerda el caso?
C: Es una alumna de [[AGE|13 años]], [[PERSON|Shirley]]. Vive con una señora que dicen que es su madrina, pero la tiene de empleada: lava, cocina y atiende la bodega de la señora hasta la noche. La mamá la entregó desde su comunidad, en el río [[LOCATION|Tamaya]].
O: Sí, ya lo ubico. ¿Qué ha pasado desde entonces?
C: Dos cosas. Ayer vino con un moretón en el brazo y otro en el cuello, y me dijo que la madrina le pegó porque se quedó dormida. Y me contó que el [[DATE_TIME|sábado]] la van a mandar a [[LOCATION|Lima]] a trabajar en la casa de la hija de la señora, y que allá ya no va a estudiar.
O: ¿La niña sigue asistiendo al colegio esta semana?
C: Hoy sí vino. La madrina no sabe que ella me contó. La niña tiene miedo de volver a la casa.
O: ¿Alguien de la familia de la niña puede recibirla?
C: No. La mamá está lejos, a dos días en bote, y según la niña fue la misma mamá quien la mandó, por una deuda con la señora.
O: Entiendo. Con estas novedades el caso es más urgente. Hoy mismo vamos a enviar esta información a la fiscalía de familia y a la Unidad de Protección Especial, para que evalúen retirarla de esa casa y ubicarla en un centro de acogida antes del viaje. También le recomiendo que el colegio registre las lesiones en el libro de incidencias.
C: ¿Y qué hago si hoy la vienen a recoger temprano?
O: No la retenga usted. Llame a esta línea o al 105 y avisamos a la policía de inmediato. ¿Sigue con el mismo número?
C: Sí, el [[PHONE_NUMBER|961 085 427]].
O: La llamamos esta tarde para contarle qué respondió la fiscalía.
C: Gracias. No quiero que se la lleven.
""",
    note(
        "professional",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una docente llama en seguimiento de un caso previo: su alumna, una niña que vive con una supuesta madrina "
        "haciendo labores domésticas y atendiendo su bodega, llegó con moretones y será enviada a otra ciudad el fin "
        "de semana para trabajar en otra casa. Se envía la información a la fiscalía de familia y a la unidad de "
        "protección para retirarla y acogerla antes del viaje, con seguimiento esa misma tarde.",
    ),
)

call(
    "h43-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy psicóloga en un hogar de refugio temporal para mujeres en [[LOCATION|Arequipa]], mi nombre es [[PERSON|Verónica Zegarra]]. Necesito orientación y apoyo para una usuaria.
O: Claro, licenciada. La escucho.
C: Es una señora de [[AGE|31 años]] que llegó hace un mes por violencia de pareja. Pero en las sesiones me ha contado algo más: el año pasado ella y su sobrina fueron llevadas a un campamento minero en la provincia de [[LOCATION|Caravelí]], supuestamente para cocinar. Cocinaban para cuarenta mineros sin sueldo, y en las noches el dueño del campamento las obligaba a estar con los trabajadores. Les decían que así pagaban el pasaje y la comida.
O: ¿Cuánto tiempo estuvieron ahí?
C: Casi cuatro meses. Se escaparon en [[DATE_TIME|diciembre]], bajando de noche escondidas en un camión de mineral.
O: ¿Y la sobrina dónde está ahora? ¿Qué edad tiene?
C: Está con su abuela en [[LOCATION|Camaná]]. Ahora está en quinto de secundaria; cuando pasó todo, estaba en cuarto.
O: ¿Alguna de las dos sigue en contacto con esa gente, o ha recibido amenazas?
C: No, ninguna. Según ella, el campamento lo cerraron después de un derrumbe. Aquí está tranquila, no corre peligro. Lo que quiere ahora es denunciar, y necesita una revisión médica, porque nadie la vio después de eso. La sobrina tampoco.
O: Entiendo. Lo que describe es trata con fines de explotación laboral y sexual. Vamos a derivar el caso a la fiscalía especializada en trata y a la defensa pública de víctimas para que la acompañen en la denuncia, y a coordinar con el centro de salud una evaluación médica para ella y para la sobrina. ¿Quiere que la llamemos la próxima semana para ver cómo avanza?
C: No es necesario, gracias. Yo tengo contacto con la fiscalía; si algo se complica, los llamo yo.
O: Perfecto. Le envío por correo los datos de la defensora pública y del centro de salud. ¿A qué dirección?
C: A [[EMAIL_ADDRESS|vzegarra.psico@hrtsur.pe]].
O: Listo, licenciada. Gracias por acompañarla.
C: Gracias a ustedes. Hasta luego.
""",
    note(
        "professional",
        "help_request",
        ["sexual", "labour"],
        2,
        True,
        ["female"],
        "Arequipa",
        "past",
        "medium",
        ["referral_legal", "referral_health"],
        "Una psicóloga de un refugio informa que una usuaria le reveló que el año anterior ella y su sobrina "
        "adolescente fueron llevadas a un campamento minero, donde cocinaban sin pago y eran obligadas por las "
        "noches a tener relaciones con los trabajadores bajo una supuesta deuda. Ambas escaparon y están a salvo; "
        "se deriva a la fiscalía y a la defensa pública para la denuncia y a un centro de salud para su evaluación.",
    ),
)

call(
    "h43-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Le llamo desde [[LOCATION|Argentina]], desde [[LOCATION|Mendoza]]. Es urgente, es por mi hermana, que está en [[LOCATION|Chimbote]].
O: Lo escucho. ¿Qué está pasando?
C: Mi hermana se llama [[PERSON|Yuliana]], tiene [[AGE|22 años]]. Vive hace un año con un tipo, un tal [[PERSON|Kevin Aldave]], que le dicen [[PERSON|Zorro]]. Al principio era su enamorado, pero después la empezó a mandar a la calle, a pararse en la avenida con otras chicas, y le quita toda la plata. Y también la hace llevarles paquetitos de droga a los clientes.
O: ¿Por qué dice que es urgente ahora?
C: Hace veinte minutos me mandó un audio llorando. Dice que él la golpeó, que le rompió el celular y que la ha dejado encerrada con llave en el cuarto mientras él salió. El audio lo mandó del celular de una vecina, por la ventana. Dice que cuando él vuelva la va a matar, porque le escondió plata.
O: ¿Tiene la dirección?
C: Sí, es en [[LOCATION|Nuevo Chimbote]], en el [[ADDRESS|asentamiento humano Los Cedros, manzana F, lote 9]], al fondo del pasaje, el segundo cuarto.
O: ¿Hay otras personas en la casa? ¿Niños?
C: No, niños no. Ella no tiene hijos. Ahí viven ellos dos nomás; la vecina es de la casa del costado.
O: Voy a alertar ahora mismo a la policía de [[LOCATION|Nuevo Chimbote]] para que vaya a la casa. ¿Tiene el número de la vecina?
C: Sí: [[PHONE_NUMBER|943 270 618]]. La señora se llama [[PERSON|Rosaura]].
O: ¿Y un número suyo?
C: Mi número argentino es [[PHONE_NUMBER|+54 9 261 438 2095]]. Me llamo [[PERSON|Julio César Paredes]].
O: Gracias, [[PERSON|Julio César]]. La patrulla ya está avisada. En cuanto tengamos noticias lo llamamos a este número por WhatsApp. Si su hermana vuelve a escribirle, dígale que no abra la puerta a nadie que no sea la policía.
C: Gracias, señorita. Por favor, que vayan rápido.
""",
    note(
        "family_member",
        "help_request",
        ["sexual", "forced_criminality"],
        1,
        False,
        ["female"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un hermano que vive en el extranjero pide ayuda porque la pareja de su hermana la explota sexualmente en "
        "la calle, se queda con el dinero y la obliga a entregar droga a los clientes; acaba de golpearla, la dejó "
        "encerrada y la amenazó de muerte. Se alertó de inmediato a la policía con la dirección y se le llamará con "
        "novedades.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h43-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, do you speak English? Sorry, it's a bad line, I'm on a boat.
O: Yes, I speak English. Go ahead, I can hear you.
C: My name is [[PERSON|Ingrid Solberg]], I'm from [[LOCATION|Norway]]. I'm on a river cruise on the [[LOCATION|Marañón]], we left [[LOCATION|Nauta]] this morning. At the port, before we sailed, I saw something that really worried me.
O: What did you see?
C: There was a big cargo boat next to ours, the [[ORGANIZATION|Estrella de Oriente]]. A man was taking girls on board, I think five... no, wait, I only saw three get on. They were wearing school skirts, one had braces. He was holding a stack of ID cards, and he pushed one girl who stopped on the plank.
O: Did anyone speak to you?
C: Yes. The smallest one dropped a piece of paper near my feet when he wasn't looking. It says, in Spanish, "ayúdenos nos llevan somos cinco". Our guide translated it for me. So there must be two more already on that boat.
O: That's very important. Do you know where the cargo boat was going?
C: Our guide asked one of the crew. They said to [[LOCATION|Iquitos]] first and then on to [[LOCATION|Santa Rosa]], at the border with [[LOCATION|Colombia]] and [[LOCATION|Brazil]]. They should dock in [[LOCATION|Iquitos]] tonight, around [[DATE_TIME|ten p.m.]]
O: Did you see the man clearly?
C: Heavy, maybe fifty, red cap, a gold tooth. The crew called him [[PERSON|Panchito]].
O: Thank you, [[PERSON|Ingrid]]. I'm alerting the river police and the police in [[LOCATION|Iquitos]] right now so they can check the boat when it docks. Please keep the note, don't throw it away. Can you send me a photo of it?
C: Yes, and I took a photo of the boat too. How do I send them?
O: By WhatsApp. Can you give me your number? We'll also call you tomorrow in case the police need a statement from you.
C: It's [[PHONE_NUMBER|+47 912 34 567]]. The signal comes and goes on the river, but I'll send them as soon as I can.
O: Perfect. You did the right thing by calling.
C: Thank you. I really hope they find them.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        5,
        True,
        ["female"],
        "Loreto",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "A tourist on a river cruise reports seeing a man put several schoolgirls on a cargo boat while holding "
        "their ID cards; one girl slipped her a note asking for help and saying there were five of them. The boat "
        "was due to dock in the regional capital that night, so police were alerted immediately to inspect it, "
        "with a follow-up call for a statement.",
    ),
)

call(
    "h43-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello, please, English? I am sorry, my Spanish is very little.
O: Yes, I speak English. Are you safe to talk right now?
C: Yes, some minutes. My name is [[PERSON|Jomar Villaflor]], from the [[LOCATION|Philippines]]. I am a fisherman on a squid ship, the [[ORGANIZATION|Hai Long 27]]. We are in the port of [[LOCATION|Paita]] for two days only, to unload. I borrowed this phone from a man at the dock, the officers are in town.
O: Okay, [[PERSON|Jomar]]. Tell me what is happening on the ship.
C: Ma'am, we are not paid for eleven months. The captain keeps all our passports. Some days we work twenty hours, and when we are slow the bosun hits us with a rope. Last month one friend got sick and died on the ship, and they kept his body in the freezer with the fish.
O: I'm so sorry. How many of you are in this situation?
C: Me and eleven others. Seven Indonesians and five Filipinos, counting me. The Chinese crew are okay, they are paid.
O: Is anyone under eighteen?
C: No, no. The youngest is [[PERSON|Dede]], he is [[AGE|twenty-one]]. We are all men.
O: Do you want to leave the ship?
C: Yes, all of us want to go home. But if the captain finds out, he will take us far out to sea again. The ship leaves on [[DATE_TIME|Thursday morning]].
O: Listen carefully. We will ask the police and the port authority to go on board tomorrow and take you all off the ship, with your passports. There will be a shelter for you, and a lawyer to help you claim your wages.
C: Thank you. Please do not call this phone back, the man needs it, and if the captain sees a call he will know.
O: Understood, we won't call this number. Can you tell me exactly where the ship is moored?
C: At the [[ADDRESS|fishing pier, third berth, next to the ice plant]]. It is a white and blue ship with red letters.
O: Thank you. Tell the others to stay together tomorrow morning. You and your friends are victims, you have done nothing wrong.
C: Thank you, ma'am. God bless you.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        12,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "referral_legal"],
        "A migrant fisherman calls from a borrowed phone while his squid-fishing vessel is briefly in port: he and "
        "eleven other foreign crew members have gone unpaid for months, have their passports held by the captain "
        "and are beaten, and a crewmate died on board. Police and port authorities are to board the ship the next "
        "day to take the crew off, with shelter and legal help; the caller asked not to be called back.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h43-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Bom dia. Desculpa, eu não falo espanhol muito bem. Eu trabalho na assistência social da prefeitura de [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]], na fronteira com [[LOCATION|Iñapari]].
O: Sí, la entiendo. Pode falar em português, devagar.
C: Meu nome é [[PERSON|Cláudia Menezes]]. Ontem à noite a polícia trouxe para nós um menino peruano que atravessou a ponte sozinho, a pé. Ele tem [[AGE|quinze anos]]. Ele contou que trabalhava na coleta de castanha num acampamento do lado peruano, perto de [[LOCATION|Iberia]], e que não pagavam nada para ele.
O: ¿Qué más le contó el chico? ¿Lo maltrataban?
C: Sim. Ele disse que o levaram de [[LOCATION|Puerto Maldonado]] prometendo um salário, mas o dono do acampamento dizia que ele devia a comida e as botas. Trabalhava desde a madrugada carregando sacos de castanha, e quando reclamou levou uma surra com um pau. Tem marcas nas costas. Ele fugiu pela mata até a estrada.
O: ¿Había otros menores en el campamento?
C: Ele disse que não, que os outros eram homens adultos e que eles recebiam. Só ele não recebia, porque era "o pagamento da dívida do pai".
O: Entiendo. ¿Dónde está el chico ahora? ¿Está seguro?
C: Está aqui com a gente, num abrigo municipal. Está bem, já comeu e já foi examinado no posto de saúde. Ele quer voltar para a mãe em [[LOCATION|Puerto Maldonado]], mas diz que tem medo do pai.
O: Muy bien. Vamos a coordinar con la Unidad de Protección Especial y la fiscalía de [[LOCATION|Madre de Dios]] para que lo reciban en la frontera y lo ubiquen en un albergue mientras se evalúa a la familia, y lo del campamento se deriva a la fiscalía especializada. ¿Me da un teléfono para coordinar?
C: Sim, o telefone do CRAS é [[PHONE_NUMBER|+55 68 3548 1294]]. E o meu celular é [[PHONE_NUMBER|+55 68 99912 4731]].
O: Obrigada, [[PERSON|Cláudia]]. Hoje à tarde a gente liga de volta com os nomes das pessoas que vão receber o menino.
C: Perfeito, obrigada. Ele está assustado, mas é um menino muito educado.
""",
    note(
        "professional",
        "help_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Madre de Dios",
        "past",
        "medium",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Una trabajadora municipal de asistencia social del país vecino informa que recibió a un adolescente que "
        "cruzó solo la frontera tras escapar de un campamento de recolección de castaña, donde trabajaba sin pago "
        "por una supuesta deuda de su padre y fue golpeado. Está a salvo en un refugio; se coordina su recepción y "
        "acogida del lado peruano y se deriva el caso a la fiscalía, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h43-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Épale, buenas tardes, mi reina. Disculpa, es una consulta nada más. Yo soy venezolana, vivo en [[LOCATION|Los Olivos]] y manejo un grupo de WhatsApp de paisanos, pa' compartir trabajos, alquileres, esas cosas, ¿me entiendes?
O: Sí, claro. Dígame.
C: Bueno, desde hace una semana un número está montando en el grupo un aviso que dice: "se buscan chamas de 18 a 25 años, buena presencia, para anfitrionas en restobar en [[LOCATION|Tingo María]], sueldo 3000 soles más propinas, pasaje y cuarto pagados, sin experiencia". Y yo como que no, vale, eso me huele feo.
O: Hace bien en desconfiar. ¿Sabe si alguna chica del grupo ya respondió o viajó?
C: Que yo sepa no, nadie ha viajado. Unas dos o tres le escribieron preguntando, pero no sé más. Por eso te llamo antes, pues, que después es tarde.
O: ¿Les han pedido algo a las que escribieron?
C: Una me enseñó los mensajes: le pidieron fotos "de cuerpo entero, con ropa ajustada", y que viajara ya, ese mismo fin de semana, que el pasaje se lo descontaban del primer sueldo. El número es [[PHONE_NUMBER|+51 927 403 618]], y en el perfil sale [[PERSON|Yhoel]].
O: Esas son señales típicas de captación para explotación sexual: sueldo alto sin experiencia, fotos de cuerpo entero y un viaje inmediato con pasaje adelantado que se vuelve deuda. Le recomiendo sacar el aviso del grupo y avisar a las chicas que no viajen ni manden fotos ni documentos.
C: Ay, qué vaina. ¿Y ustedes pueden hacer algo con ese número?
O: Sí, vamos a pasar el número y el aviso a la policía especializada para que lo investiguen. Si puede, mándenos capturas del aviso. Y puede compartir en el grupo esta línea: es gratuita y atiende a extranjeros aunque no tengan papeles.
C: Dale, chévere, eso hago. ¿Y a mí no me va a pasar nada por llamar?
O: No, usted no ha hecho nada malo, al contrario. Si alguna chica ya viajó o le pide ayuda, vuelva a llamar.
C: Listo, mi amor, mil gracias.
""",
    note(
        "general_public",
        "information_request",
        ["sexual"],
        0,
        False,
        [],
        "Huánuco",
        "at_risk",
        "medium",
        ["information_given", "referral_legal"],
        "La administradora de un grupo de mensajería para migrantes consulta por un aviso que busca mujeres jóvenes "
        "como anfitrionas de un restobar en la selva, con sueldo alto, pasaje adelantado y pedido de fotos de cuerpo "
        "entero; nadie ha viajado aún. Se explicaron las señales de captación para explotación sexual, se recomendó "
        "retirar el aviso y el número del reclutador se deriva a la policía especializada.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h43-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hi, hola, sí. Llamé [[DATE_TIME|el lunes 3]], about the girl que trabaja en la casa de mi tía. Me dijeron que llamara if anything changed, and, well, it did.
O: Gracias por volver a llamar. ¿Me recuerda los datos del caso?
C: Sure. Soy [[PERSON|Ashley Delgado]], I grew up in [[LOCATION|Houston]], estoy de visita en [[LOCATION|Lima]]. The girl is [[PERSON|Marleni]], she's [[AGE|fifteen]], from a community in [[LOCATION|Amazonas]]. She was working for my aunt in [[LOCATION|Surco]], cooking, cleaning, taking care of my cousins, no school, no pay, sleeping in the laundry room.
O: Sí, lo tengo registrado. ¿Qué cambió?
C: So, after I called, I think my aunt got nervous. On [[DATE_TIME|Friday]] she put [[PERSON|Marleni]] on a bus to [[LOCATION|Chachapoyas]]. She told the family she "sent her home", pero no es verdad. [[PERSON|Marleni]] me escribió ayer from another phone: she's working now at the house of my aunt's sister-in-law, en [[LOCATION|Chachapoyas]], same thing, todo el día, and they took her phone.
O: ¿Ella está con su familia, en su comunidad?
C: No, no. Her family is like eight hours from there, en el campo. Ella no ha visto a su mamá. She said the lady told her she owes them for the bus ticket.
O: ¿Tiene la dirección de esa casa?
C: Only what she sent me: a blue house on [[ADDRESS|Jirón Triunfo, cuadra 11]], next to a bakery. And the lady is [[PERSON|Elsa Cachay]].
O: Muy bien. Vamos a enviar esta información nueva a la fiscalía de familia de [[LOCATION|Amazonas]] para que la ubiquen en esa casa, junto con la policía especializada. ¿La podemos llamar al mismo número?
C: Yeah, same number, [[PHONE_NUMBER|+1 832 555 0147]], WhatsApp. And please, my aunt can't know it was me... well, she probably already suspects, whatever.
O: Su identidad sigue reservada. La llamamos en dos días con novedades. Si [[PERSON|Marleni]] vuelve a escribirle diciendo que la maltratan, llame de inmediato.
C: Okay, gracias, really.
""",
    note(
        "acquaintance",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Amazonas",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una joven llama en seguimiento de un caso previo sobre una adolescente que trabajaba sin pago ni "
        "escolaridad como empleada doméstica en la casa de su tía. Tras la primera denuncia, la tía la envió a otra "
        "ciudad a trabajar en las mismas condiciones en casa de una pariente, sin teléfono y con una supuesta deuda "
        "por el pasaje. La nueva información se envía a la fiscalía de familia, con seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h43-qu-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, mamitay, buenas tardes. Disculpe, castellano poquito nomás hablo. De [[LOCATION|Vinchos]] estoy llamando, de la comunidad.
O: Buenas tardes, señor. Hable tranquilo, le entiendo. ¿Qué ha pasado?
C: Mi churi, mi hijito, a él se lo han llevado, mamita. Un señor había venido a la comunidad en su camioneta plomo, "trabajo hay en chacra de coca en la selva, cincuenta soles diario", diciendo. Mi [[PERSON|Wilber]] con de mi compadre su hijo se han ido, en [[DATE_TIME|febrero]], para carnavales.
O: ¿Cuántos años tiene su hijo?
C: [[AGE|Trece años]] nomás tiene. Recién la primaria ha terminado. De mi compadre su hijo, [[PERSON|Edwin]], ese más grandecito es, [[AGE|dieciséis]] creo.
O: ¿Sabe a qué lugar se los llevaron?
C: Al [[LOCATION|VRAEM]] dice, por [[LOCATION|Pichari]]. Primero llamaba, "papá, allinmi kachkani", diciendo. Después ya no. La semana pasada de otro número ha llamado llorando: "taytay, de día en la chacra nos hacen trabajar sin pagar, de noche mochila cargando nos hacen caminar por el cerro, droga dice que es, si no cargamos nos pegan, escaparme no puedo, con escopeta están cuidando".
O: ¿Su hijo le dijo si está con [[PERSON|Edwin]]? ¿Están bien de salud?
C: Ari, juntos están, dice. [[PERSON|Edwin]] su pie se ha lastimado, igual lo hacen cargar. Mi wawa flaquito está dice, poquito comida les dan.
O: ¿Ha puesto una denuncia, señor?
C: Manam, mamita. A la comisaría he ido, "hay que esperar, seguro se ha ido con su enamorada", me han dicho. [[AGE|Trece años]] tiene, ¿qué enamorada va a tener?
O: Lo que me cuenta es muy grave. A su hijo y al otro chico los están obligando a trabajar y a cargar droga: eso es trata, y ellos son víctimas, no delincuentes. Hoy vamos a pasar el caso a la fiscalía especializada y a la policía de esa zona. Y usted tiene derecho a que le reciban la denuncia: vaya a la fiscalía de [[LOCATION|Huamanga]] con su DNI y una foto de su hijo, y diga que llamó a esta línea.
C: Ari, mamita. El señor que se lo ha llevado, [[PERSON|Cirilo]] le dicen, de la selva es.
O: Ese dato sirve mucho, lo paso a la fiscalía. ¿Hay un número donde lo podamos llamar?
C: Celular no tengo. De mi vecina, la señora [[PERSON|Eulalia]], su número nomás: [[PHONE_NUMBER|nueve siete cuatro, seis cero dos, uno ocho tres]].
O: Le repito: [[PHONE_NUMBER|974 602 183]]. [[DATE_TIME|El jueves]] lo llamamos a ese número.
C: Sulpayki, mamitay. Yanapaway, a mi wawa tráemelo pues.
O: Vamos a hacer todo lo posible, señor. Si su hijo vuelve a llamar, pídale que diga dónde está y avísenos.
""",
    note(
        "family_member",
        "report",
        ["forced_criminality", "labour"],
        2,
        True,
        ["male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un padre de una comunidad altoandina reporta que su hijo, que recién terminó la primaria, y otro adolescente "
        "fueron llevados con una oferta de cosecha de hoja de coca y ahora trabajan sin pago y son obligados de noche, "
        "bajo vigilancia armada, a cargar droga. La comisaría no le recibió la denuncia; se deriva el caso a la "
        "fiscalía especializada y a la policía, se le orientó sobre cómo denunciar y se le llamará a un teléfono vecino.",
    ),
)


# ------------------------------------------------ self-checks and output ----
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
MIX = {
    "lowercase_asr": 6,
    "plain": 6,
    "portuguese": 1,
    "venezuelan": 1,
    "code_switching": 1,
    "andean_quechua": 1,
}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine)"


def _covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def _name_tokens(spans):
    toks = set()
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    return toks


def check(rec):
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert cid.startswith("h43-"), cid
    assert "\n".join(t["text"] for t in rec["turns"]) == text, cid
    assert "[[" not in text and "]]" not in text, cid
    prev = -1
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert (
            text[p["start"] : p["end"]] == p["text"] and p["text"] == p["text"].strip()
        ), (cid, p)
        assert p["start"] >= prev, (cid, "overlap", p)
        prev = p["end"]
    surfaces = {
        p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")
    } | _name_tokens(spans)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert _covered(spans, m.start(), m.end()), (
                cid,
                "unlabelled occurrence",
                s,
                m.start(),
            )
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        if m.group(0) != "0800-2-3232":
            assert _covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(
        r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text
    ):
        assert _covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert _covered(spans, m.start(), m.end()), (cid, "@", m.start())
    if rec["style"] == "lowercase_asr":
        assert text == text.lower() and not re.search(r"[.,;:?!¿¡\"]", text), (
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
    assert ("none" in n["actions"]) == (n["actions"] == ["none"]), cid
    if n["call_type"] == "not_relevant":
        assert n["situation"] is None and n["exploitation_types"] == [], cid
    else:
        assert n["situation"] in ENUM["situation"] and n["exploitation_types"], cid
    v = n["victims"]
    assert isinstance(v["count"], int) and isinstance(v["minors_involved"], bool), cid
    assert set(v["sexes"]) <= {"female", "male"} and (
        v["count"] > 0 or not v["sexes"]
    ), cid
    summ = n["summary"]
    assert not re.search(r"\d", summ), (cid, "digit in summary")
    for s in {p["text"] for p in spans} | _name_tokens(spans):
        if len(s) >= 3:
            assert not re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ), (
                cid,
                "PII in summary",
                s,
            )
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3, (cid, "summary sentences")


def main():
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16, ids
    styles = {}
    for r in recs:
        check(r)
        styles[r["style"]] = styles.get(r["style"], 0) + 1
    assert styles == MIX, styles
    langs = [r["language"] for r in recs]
    assert langs.count("en") == 2 and langs.count("pt") == 1, langs
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} calls to {OUT}")


if __name__ == "__main__":
    main()
