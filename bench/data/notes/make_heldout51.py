# ruff: noqa: E501
"""Generate heldout51.jsonl: held-out notes set 51.

Sixteen NEW fictional hotline calls written by an outside writer who read only
three files: shared/eval/LABELS.md, shared/eval/make_dev.py and
notes/make_heldout.py. Theme: labour exploitation away from the cities (coastal
farms and packing plants, fishing boats and fish-meal plants, Amazon logging
and sawmills, brick kilns, coca and coffee harvests), plus two calls that turn
out not to be trafficking. All people, numbers, boats and businesses are invented.

Mix:
  h51-lw-01  lowercase ASR es  victim locked in a farm barracks right now (13 workers)      La Libertad
  h51-lw-02  lowercase ASR es  truck driver picked up two boys who fled a coca plot         Huánuco
  h51-lw-03  lowercase ASR es  mother: teenage son held on a squid boat, debt, no DNI        Piura
  h51-lw-04  lowercase ASR es  unpaid-wage dispute at a mango plant, free movement, no trafficking   none
  h51-lw-05  lowercase ASR es  logger who escaped a camp; nine still there; shelter declined Loreto
  h51-lw-06  lowercase ASR es  young man asks about a coffee-harvest offer for him and cousin Junín
  h51-es-01  cased es          labour inspector: family in debt bondage at a brick kiln     Cusco
  h51-es-02  cased es          priest: two boys fled a coca farm, ~18 more under armed guard Ayacucho
  h51-es-03  cased es          workmate follow-up: women moved from a packing plant          Ica
  h51-es-04  cased es          woman asks how to check a fish-meal plant job offer (info)    Áncash
  h51-en-01  English           foreign crewman on a squid jigger, passports held, sails soon Callao
  h51-en-02  English           lodge manager: teenage cook escaped a logging camp (past)     Madre de Dios
  h51-en-03  English           buyer's auditor: ~30 coffee pickers with IDs held by a contractor Cajamarca
  h51-pt-01  pt-BR             Brazilian truck driver: young men driven to a logging camp now Madre de Dios
  h51-pt-02  pt-BR             wife in Brazil: husband unpaid at a sawmill, RG kept           Ucayali
  h51-pt-03  pt-BR             Brazilian cook escaped a river fishing boat, wants wages back  Loreto

Labelling choices:
  * PII markup and span conventions as in make_dev.py / make_heldout.py
    (titles outside PERSON spans, cue words outside ID/phone spans, AGE with
    unit when said; spelled and self-corrected ages each get their own AGE span;
    boat names are ORGANIZATION; nationality adjectives not labelled).
  * victims.count includes the caller when the caller is one of the workers;
    an approximate number said by the caller ("unos veinte", "around thirty")
    is taken at face value; after a self-correction the corrected number counts.
  * region = Peruvian department (or country) where the exploitation happens,
    not where the caller is; a town or port is mapped to its department.
  * situation: "past" when the named victims have already left and nobody is
    said to remain; "ongoing" if anyone is still held; "at_risk" for offers not
    yet taken up.
  * The unpaid-wage dispute (free to leave, documents kept, paid late) is
    not_relevant with no victims, no region and situation null; the
    information given about the labour authority is information_given.
  * A person asking about a risky offer for themselves is general_public (the
    victim role is kept for people already exploited); the at-risk people,
    caller included, are counted. A truck driver or passer-by who only reports
    what he saw or was told is witness; a lodge manager who took a girl in is
    acquaintance; inspector, priest, auditor are professional.
  * actions list only what the operator actually did or set in motion; offers
    the caller declined (shelter, police) are not listed. Referral to
    prosecutors, labour inspectorate or specialised police = referral_legal;
    sending police/port patrol to a place now = police_dispatch.
  * Summaries are in Spanish for Spanish and Portuguese calls, English for
    English calls; no names, places, numbers or digits.
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout51.jsonl")

CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h51-lw-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches le escucho
C: aló aló señorita por favor ayúdenos nos tienen encerrados en el galpón del fundo eh acá en [[LOCATION|virú]] no nos dejan salir
O: tranquilo estoy aquí para ayudarle puede hablar ahora está en peligro
C: sí puedo hablar bajito el capataz cerró el portón con candado por afuera y se fue dice que mañana a las cinco nos saca para la cosecha de arándanos y que nadie sale hasta que paguemos el pasaje y la comida
O: cuántas personas están ahí con usted
C: somos doce no trece conmigo trece eh hay cuatro mujeres y los demás somos varones todos mayores de edad somos de [[LOCATION|cajamarca]] nos trajo un en ganchador que le dicen el [[PERSON|colorao]]
O: alguien está herido o necesita atención ahora mismo
C: una señora está con fiebre desde ayer y no le dan nada y agua no hay ya se acabó el bidón este no hay baño tampoco
O: sabe cómo se llama el fundo o cómo se llega
C: el fundo es [[ORGANIZATION|agrícola los médanos]] el galpón es [[ADDRESS|el de calamina al costado del reservorio pasando el puente del canal madre]]
O: voy a pedir ahora mismo que la policía vaya al fundo me deja un número donde lo puedan ubicar
C: sí este mismo [[PHONE_NUMBER|nueve cinco dos cuatro ocho uno siete cero tres]] pero tengo poca batería señorita
O: bien guarde la batería la policía ya va en camino cuando lleguen diga que llamó a la línea y en un rato le devolvemos la llamada para saber cómo están
C: ya señorita gracias que diosito le pague
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        13,
        False,
        ["female", "male"],
        "La Libertad",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un trabajador agrícola llama desde un galpón donde él y otros doce jornaleros adultos, hombres y mujeres, "
        "están encerrados con candado por el capataz, que los obliga a trabajar en la cosecha para pagar una supuesta "
        "deuda de pasaje y comida. Se envió a la policía de inmediato y se le devolverá la llamada.",
    ),
)

call(
    "h51-lw-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita eh mire yo soy chofer de camión hago la ruta de [[LOCATION|tingo maría]] a [[LOCATION|lima]] y hace una hora he recogido a dos chibolos en la carretera caminando descalzos este dicen que se escaparon de una chacra de coca
O: gracias por llamar los chicos están con usted ahora
C: sí están aquí en la cabina les he dado pan y gaseosa uno dice que tiene [[AGE|quince años]] y el otro [[AGE|dieciséis]] no perdón el otro dice [[AGE|catorce]] son hermanitos
O: qué le han contado de la chacra
C: que un señor los trajo de [[LOCATION|huancavelica]] hace tres meses a cosechar hoja les dijo que iban a ganar bien pero no les pagaban nada comían una vez al día dormían en un tambo y el patrón tiene escopeta dicen que al mayorcito lo amarró una noche porque se quiso ir
O: dónde está usted ahora exactamente
C: estoy parado en [[ADDRESS|el grifo a la salida de aucayacu]] eh yo no los puedo llevar a [[LOCATION|lima]] pues señorita no tengo permiso para llevar menores me pueden multar
O: están heridos los chicos
C: tienen los pies con ampollas y el chiquito tose harto
O: le propongo esto un patrullero con personal de protección va a ir al grifo a recogerlos para llevarlos a un albergue y que los vea un médico puede esperar con ellos
C: ya ya espero pero no quiero dar mi nombre ni salir en nada
O: no necesita dar su nombre déjeme un número solo para ubicarlo cuando lleguen
C: [[PHONE_NUMBER|nueve siete cero tres tres uno ocho ocho dos]]
O: gracias en unos cuarenta minutos llegan y yo lo llamo antes para confirmar
""",
    note(
        "witness",
        "report",
        ["labour"],
        2,
        True,
        ["male"],
        "Huánuco",
        "past",
        "high",
        ["police_dispatch", "referral_shelter", "referral_health", "follow_up_call"],
        "Un chofer de carga anónimo recogió en la carretera a dos hermanos adolescentes que escaparon de una chacra "
        "de coca donde los hacían trabajar sin pago, con poca comida y bajo amenaza de un patrón armado. Se envió un "
        "patrullero con personal de protección para trasladarlos a un albergue y a atención médica.",
    ),
)

call(
    "h51-lw-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días señorita este llamo por mi hijo [[PERSON|jhon carlos yovera]] tiene [[AGE|diecisiete años]] se fue a trabajar en una lancha de pota en [[LOCATION|paita]] hace tres meses y no lo dejan bajar de la lancha
O: cuénteme con calma qué sabe usted
C: la lancha se llama [[ORGANIZATION|virgen de las mercedes]] el dueño eh el armador es don [[PERSON|lucho]] dice que mi hijo le debe dos mil soles por las botas el equipo y la comida y que hasta que no pague no se baja salen quince veinte días al mar y cuando llegan al muelle los tienen ahí adentro nomás
O: su hijo se ha comunicado con usted
C: sí me llamó llorando del celular de un compañero dice que trabajan casi sin dormir que el patrón le pega con una soga cuando se duerme y que no le pagan nada
O: su hijo tiene su dni con él
C: no don [[PERSON|lucho]] se lo quitó para que no se vaya a otra lancha eso me dijo
O: sabe cuándo vuelve la lancha al puerto
C: dicen que llegan [[DATE_TIME|el jueves]] en la madrugada
O: señora lo que me cuenta es explotación laboral de un menor de edad vamos a pasar el caso hoy a la fiscalía y a la policía especializada para que lo esperen en el muelle me deja un número
C: sí es [[PHONE_NUMBER|nueve cuatro ocho cero seis dos uno cinco siete]] yo vivo en [[LOCATION|sullana]] pero puedo ir a [[LOCATION|paita]] si hace falta
O: gracias señora la llamamos mañana para contarle y si su hijo vuelve a llamar dígale que puede marcar gratis a esta línea
C: ya señorita gracias por favor que lo saquen de ahí
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        True,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre reporta que su hijo adolescente trabaja en una embarcación pesquera sin pago, sin descanso y con "
        "golpes, retenido a bordo por una supuesta deuda y sin su documento de identidad. Se deriva el caso a la "
        "fiscalía y a la policía especializada para intervenir cuando la nave llegue a puerto, con seguimiento.",
    ),
)

call(
    "h51-lw-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes eh señorita quería hacer una denuncia contra la empacadora de mango donde trabajo en [[LOCATION|motupe]] no nos pagan
O: cuénteme qué está pasando
C: trabajamos en la campaña desde noviembre y nos deben dos semanas no dos semanas y media de jornal el supervisor dice que la empresa no ha cobrado de los exportadores y que ya van a pagar pero nada
O: le hago unas preguntas usted puede salir de la planta cuando termina su turno
C: sí sí salgo yo vivo en mi casa con mi familia entro a las seis y salgo a las cuatro de la tarde
O: tiene su dni con usted alguien le ha quitado documentos o lo amenazan si se va
C: no no el dni lo tengo yo nadie me amenaza es que nomás no pagan y varios compañeros ya se fueron a otra planta nomás
O: entiendo por lo que me cuenta no es un caso de trata de personas es un problema laboral de pago de salarios eso lo ve la su na fil la superintendencia de fiscalización laboral puede poner su denuncia gratis en la oficina de [[LOCATION|chiclayo]] o por internet
C: y puedo ir yo solo o tiene que ir con todos los compañeros
O: puede ir solo o en grupo lleve su dni su foto check y si tiene sus boletas o anote los días que trabajó
C: ya ya el foto check sí tengo y los días los tengo en un cuaderno
O: muy bien y si en algún momento no los dejan salir les quitan documentos o los amenazan vuelva a llamar a esta línea
C: ya señorita muchas gracias por la información
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
        "Un trabajador de una empacadora reclama por jornales impagos, pero conserva su documento, vive en su casa y "
        "sale libremente, sin amenazas, por lo que no hay indicios de trata. Se le orientó para presentar su reclamo "
        "ante la autoridad de fiscalización laboral.",
    ),
)

call(
    "h51-lw-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches le escucho
C: buenas noches señorita mire yo quiero denunciar eh yo estaba trabajando en un campamento maderero por el río [[LOCATION|napo]] arriba y me escapé hace cuatro días en el bote de un pescador ahorita estoy en [[LOCATION|iquitos]]
O: qué bueno que salió de ahí está usted en un lugar seguro ahora
C: sí estoy donde mi primo tranquilo nomás
O: qué pasaba en el campamento
C: el patrón que le dicen [[PERSON|nilo]] nos llevó a tumbar cedro y tornillo dijo cincuenta soles diarios pero todo nos descontaba la fariña el arroz las botas el combustible de la motosierra al final yo debía más de lo que ganaba y decía que si alguien se iba lo buscaba con su gente él tiene escopeta y un hermano suyo también
O: cuántas personas quedan allá
C: quedan ocho nueve más o menos nueve sí nueve éramos diez conmigo son varones todos mayores y una señora que cocina
O: sabe el nombre de la empresa o cómo se llega al campamento
C: el campamento está en [[ADDRESS|la quebrada yanayacu a dos días de surcada desde mazán]] y la madera la lleva al [[ORGANIZATION|aserradero el tigrillo]]
O: vamos a derivar el caso a la fiscalía especializada y a la policía y también le puedo ofrecer un albergue mientras tanto y orientación legal para cobrar lo que le deben
C: albergue no señorita gracias estoy bien con mi primo pero lo de la fiscalía sí yo puedo declarar lo que vi
O: está bien le explico usted no debe nada esa deuda no es legal y puede declarar como víctima la fiscal lo va a llamar a qué número
C: al [[PHONE_NUMBER|nueve seis cinco cero cuatro uno dos siete ocho]] es de mi primo [[PERSON|wilder]]
O: gracias lo llamamos pasado mañana para ver cómo avanza y si ve a la gente del patrón por ahí llame enseguida
""",
    note(
        "victim",
        "report",
        ["labour"],
        10,
        False,
        ["female", "male"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un trabajador maderero que escapó de un campamento en la selva denuncia que él y otros nueve adultos, entre "
        "ellos una cocinera, trabajaban por una deuda impagable bajo amenazas de un patrón armado, y que los demás "
        "siguen allí. Rechazó el albergue; se deriva a fiscalía y policía, con orientación legal y seguimiento.",
    ),
)

call(
    "h51-lw-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días este quería preguntar nomás una cosita escuché en la radio un aviso para la cosecha de café en [[LOCATION|satipo]] pagan sesenta soles la lata dan adelanto y el pasaje
O: claro dígame qué quiere saber
C: es que yo quiero ir con mi primo él tiene [[AGE|dieciséis]] eh el señor del aviso dice que tenemos que dejarle el dni cuando lleguemos para la planilla que el adelanto se descuenta después y que no llevemos celular porque allá no hay señal
O: ya viajaron o todavía no
C: no todavía salimos [[DATE_TIME|el lunes]] en la noche estamos en [[LOCATION|huancayo]]
O: le explico dejar el dni con el empleador no es normal nadie puede quedarse con su documento un adelanto que se descuenta puede volverse una deuda que no se acaba y que les pidan no llevar celular es una señal de alerta además su primo es menor de edad y no puede viajar a trabajar sin permiso de sus papás
C: ah ya mm entonces mejor no vamos o cómo es
O: si deciden ir pidan un contrato por escrito con el nombre de la empresa no entreguen el dni lleven celular avisen a su familia dónde van a estar y su primo mejor que no viaje
C: ya pues señorita el número del señor es [[PHONE_NUMBER|nueve uno dos ocho ocho siete cuatro cero uno]] por si acaso lo quieren revisar
O: gracias lo anotamos y si estando allá pasa algo pueden llamar gratis a esta línea las veinticuatro horas
C: ya gracias señorita
""",
    note(
        "general_public",
        "information_request",
        ["labour"],
        2,
        True,
        ["male"],
        "Junín",
        "at_risk",
        "medium",
        ["information_given"],
        "Un joven consulta por una oferta de cosecha de café escuchada en la radio para él y su primo adolescente, "
        "que exige dejar el documento al empleador, descontar un adelanto y no llevar celular. Se explicaron las "
        "señales de alerta, se recomendó que el menor no viaje y cómo protegerse.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h51-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla [[PERSON|Óscar Huillca]], soy inspector de trabajo de la intendencia regional. Hoy en la mañana hicimos una inspección en una ladrillera artesanal en [[LOCATION|San Jerónimo]], en [[LOCATION|Cusco]], y encontramos algo que creo que les corresponde a ustedes.
O: Gracias por llamar, inspector. ¿Qué encontraron?
C: Una familia completa trabajando: el papá, la mamá y cuatro hijos, dos niñas y dos niños. Los chicos tienen entre [[AGE|8]] y [[AGE|13 años]]. Moldean ladrillos desde las cuatro de la mañana, descalzos, al lado del horno. Viven en una choza de plástico dentro del terreno.
O: ¿Les pagan algo?
C: El dueño, el señor [[PERSON|Quispe Mayta]], dice que les adelantó 4000 soles cuando los trajo de [[LOCATION|Paruro]], y que le van pagando con ladrillos: por cada millar les descuenta. El papá me dijo que llevan dos años y la deuda nunca baja. Además el dueño tiene sus DNI "guardados".
O: ¿Pueden salir del lugar cuando quieren?
C: El papá dice que una vez quisieron irse y el dueño los amenazó con denunciarlos por robo y con que les iban a quitar a los niños. Los niños no van al colegio.
O: ¿Eso quedó en el acta de inspección?
C: Sí, está todo en el acta, pero yo solo puedo multar. Lo que me preocupa es que, apenas nos fuimos, los castiguen por haber hablado.
O: Hizo muy bien en llamar. Esto es trata con fines de explotación laboral, con servidumbre por deudas y con menores de edad. Hoy mismo lo derivamos a la fiscalía especializada y a la unidad de protección especial para los niños, y vamos a coordinar un albergue para la familia. ¿Me puede enviar el acta?
C: Sí, se la mando escaneada. Mi correo es [[EMAIL_ADDRESS|ohuillca.inspector@gmail.com]] y mi celular, [[PHONE_NUMBER|984 562 017]].
O: Perfecto, inspector. Mañana lo llamo para coordinar la visita con la fiscalía.
C: De acuerdo. Gracias, señorita.
""",
    note(
        "professional",
        "report",
        ["labour"],
        6,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Un inspector de trabajo reporta que en una ladrillera artesanal una pareja y sus cuatro hijos menores "
        "trabajan por una deuda que nunca baja, con los documentos retenidos por el dueño y amenazas si se van; los "
        "niños no estudian. Se deriva a la fiscalía especializada y a protección de menores, y se coordina un albergue.",
    ),
)

call(
    "h51-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes, hija. Soy el padre [[PERSON|Anselmo]], párroco de [[LOCATION|Llochegua]], aquí en el valle. Anoche llegaron a la parroquia dos muchachos que se escaparon de una chacra de coca. Están aquí conmigo.
O: Gracias por llamar, padre. ¿Cómo están los muchachos?
C: Asustados y flacos. Uno tiene [[AGE|15 años]] y el otro [[AGE|17]]. El mayor tiene una herida infectada en la mano, de machete. Los trajeron de [[LOCATION|Huanta]] diciéndoles que era para la cosecha de cacao, y los pusieron a pallar coca.
O: ¿Le contaron si hay más personas allá?
C: Dicen que se quedaron unos dieciocho, todos varones, hombres y muchachos, varios menores como ellos. Los vigilan hombres con armas largas y de noche los encierran en un almacén. No les pagan; les dicen que primero tienen que devolver el pasaje.
O: ¿Saben dónde queda la chacra?
C: Arriba del centro poblado de [[LOCATION|Unión Mantaro]], a unas tres horas de camino. Al encargado le dicen el [[PERSON|Tigre]].
O: Padre, esto es muy grave. Voy a alertar ahora mismo a la policía y a la fiscalía para que organicen el rescate de los demás, teniendo en cuenta que hay armas. A los dos muchachos los va a ver un médico y después irán a un albergue. ¿Pueden quedarse en la parroquia hasta que llegue el equipo?
C: Sí, aquí se quedan, no hay problema. Pero que la policía no venga con sirena, aquí todo se sabe.
O: Lo voy a indicar así. ¿A qué número lo llamamos?
C: Al [[PHONE_NUMBER|966 318 240]], es el de la parroquia.
O: Gracias, padre. Lo llamo esta noche para confirmar a qué hora llegan.
""",
    note(
        "professional",
        "report",
        ["labour"],
        20,
        True,
        ["male"],
        "Ayacucho",
        "ongoing",
        "immediate",
        [
            "police_dispatch",
            "referral_legal",
            "referral_health",
            "referral_shelter",
            "follow_up_call",
        ],
        "Un párroco informa que acoge a dos adolescentes que escaparon de una chacra de coca, donde unos dieciocho "
        "varones más, varios menores, trabajan sin pago por una supuesta deuda, encerrados de noche y vigilados por "
        "hombres armados. Se alertó a la policía y la fiscalía para el rescate y se coordina atención médica y albergue.",
    ),
)

call(
    "h51-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Yo llamé [[DATE_TIME|el viernes]] por las chicas de la planta de espárragos, en [[LOCATION|Santiago]], [[LOCATION|Ica]]. Me dijeron que si sabía algo más volviera a llamar.
O: Sí, claro. ¿Me recuerda su nombre para ubicar el caso?
C: [[PERSON|Norma]]. [[PERSON|Norma Huamaní]]. Yo trabajo en la faja de selección con ellas.
O: Ya lo tengo, señora [[PERSON|Norma]]. ¿Qué ha pasado desde entonces?
C: Ayer en la madrugada las subieron a un bus y se las llevaron. Eran veintitantas, veintiséis creo, todas mujeres de la selva, y dos de ellas son chiquitas, de [[AGE|dieciséis]]. Una, [[PERSON|Kelly]], me escribió que las llevaron a otro fundo de la misma empresa, en [[LOCATION|Villacurí]], y que ahí las encierran en el galpón igual que acá.
O: ¿Le dijo algo más?
C: Que el contratista, el de la service, se quedó con sus DNI y les dijo que si hablan con alguien no les paga el mes. La empresa es [[ORGANIZATION|Agroexportadora Valle Sur]] y la service se llama [[ORGANIZATION|Servicios Generales Kantu]].
O: ¿Tiene el número desde donde le escribió?
C: Sí, [[PHONE_NUMBER|951 736 204]]. Pero no la llamen, por favor, le revisan el celular.
O: Entendido, no la vamos a llamar. Voy a agregar esto al caso y enviarlo hoy a la fiscalía y a la inspección de trabajo con la nueva ubicación. ¿Y usted está bien? ¿Alguien sabe que usted llamó?
C: No, nadie sabe. Yo sigo trabajando normal.
O: Bien, cuídese. La llamo en dos días para contarle cómo va.
""",
    note(
        "acquaintance",
        "follow_up",
        ["labour"],
        26,
        True,
        ["female"],
        "Ica",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una compañera de trabajo llama en seguimiento de un reporte previo: unas veintiséis trabajadoras de una "
        "planta agroexportadora, dos de ellas adolescentes, fueron trasladadas de madrugada a otro fundo donde las "
        "encierran, con los documentos retenidos por el contratista. La nueva ubicación se envía a la fiscalía y a la "
        "inspección de trabajo, con seguimiento.",
    ),
)

call(
    "h51-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Disculpe, no sé si es aquí, quería consultar algo. Me ofrecieron trabajo en una planta de harina de pescado en [[LOCATION|Chimbote]], por una agencia.
O: Sí, puede consultarnos. Cuénteme.
C: Vi el anuncio en Facebook, de la agencia [[ORGANIZATION|Empleos Costa Norte]]. Me piden 150 soles para el examen médico y el fotocheck, y una copia de mi DNI. Dicen que la planta da alojamiento y que el primer mes se paga al final de la temporada.
O: ¿Ya pagó algo o entregó algún documento?
C: No, todavía nada. Yo vivo en [[LOCATION|Huaraz]] y tendría que bajar la próxima semana. Tengo [[AGE|24 años]], sería mi primer trabajo fuera.
O: Le doy algunas recomendaciones. Las agencias de empleo formales no cobran por adelantado a los trabajadores, y puede verificar si la agencia está registrada en el Ministerio de Trabajo. Pida el nombre de la planta y un contrato por escrito antes de viajar, y nunca entregue su DNI original. Que el pago de todo un mes se deje para el final de la temporada tampoco es normal.
C: Ya. ¿Y si no está registrada?
O: Entonces no viaje, y puede denunciar el anuncio a la policía. Si decide ir, deje a su familia la dirección exacta donde va a estar, lleve su celular y guarde este número: es gratuito y atiende las 24 horas.
C: Ya, muchas gracias. Voy a averiguar primero.
O: A usted. Cuídese mucho.
""",
    note(
        "general_public",
        "information_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Áncash",
        "at_risk",
        "low",
        ["information_given"],
        "Una joven consulta por una oferta de una agencia para trabajar en una planta pesquera que le cobra por "
        "adelantado, pide copia de su documento y difiere el pago del primer mes. Se explicaron las señales de "
        "alerta y cómo verificar la agencia antes de viajar.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h51-en-01",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening. How can I help you?
C: Hello, yes, please, my English is not so good. I am fisherman on a squid boat, the [[ORGANIZATION|Hai Feng 27]]. We are in the port of [[LOCATION|Callao]] now, but the captain say we go out again tomorrow morning.
O: Thank you for calling. Are you safe to talk right now?
C: Yes, I am in the toilet on the deck. I am from [[LOCATION|Indonesia]]. We are eleven from [[LOCATION|Indonesia]] and two from [[LOCATION|Vietnam]], all men. The youngest is [[AGE|nineteen]].
O: What is happening on the boat?
C: The captain keeps all our passports. Eight months no salary, the agency in [[LOCATION|Jakarta]] says money comes at the end of contract. We work twenty hours every day. When my friend [[PERSON|Agus]] was sick, the bosun hit him with a pipe, now he cannot move his arm.
O: Are you allowed to leave the boat while you are in port?
C: No, nobody can go down. There is a guard at the ladder all the time.
O: Do you know exactly where the boat is moored?
C: [[ADDRESS|At the far end of the fishing pier, next to the blue crane]].
O: I'm going to alert the police and the port authority right now so they can board the boat before it leaves. Can I have a number for you?
C: WhatsApp [[PHONE_NUMBER|+62 812 4471 9035]]. Please only message, don't call.
O: Understood, only messages. When the police come, stay with your friends and tell them you called the hotline. [[PERSON|Agus]] will be taken to a doctor, and we will arrange a safe place for all of you. I will message you later tonight.
C: Thank you, thank you very much.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        13,
        False,
        ["male"],
        "Callao",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_health", "referral_shelter", "follow_up_call"],
        "A migrant fisherman calls from a foreign squid vessel in port where he and twelve other adult crew are "
        "kept on board by a guard, unpaid for months, with passports held by the captain; one was beaten and is "
        "injured. Police and the port authority were alerted to board before the vessel sails, with medical care "
        "and shelter arranged.",
    ),
)

call(
    "h51-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning. My name is [[PERSON|Claire Dubois]], I manage an eco-lodge on the [[LOCATION|Tambopata]] river, near [[LOCATION|Puerto Maldonado]]. Three days ago a girl arrived at our dock in a fisherman's canoe. She ran away from a logging camp upriver.
O: Thank you for calling. Is she with you now, and is she safe?
C: Yes, she's staying with our cook's family. She says she's [[AGE|fifteen]]. A man recruited her in [[LOCATION|Cusco]] to cook for the loggers and promised her 800 soles a month. She cooked for about twenty men, from four in the morning, and never got paid. And she told our cook that the camp boss made her sleep in his hut, and that some nights other men came in too.
O: I'm very sorry to hear that. Did she say if anyone else is still at the camp, any other women or children?
C: She says she was the only girl there. The men were adult workers, she doesn't know more about them.
O: Does she have any injuries or health problems?
C: Insect bites, a skin infection, and she's very withdrawn. We haven't taken her to a clinic yet, we weren't sure whom to trust.
O: You did the right thing by calling. We'll refer her case to child protection and the prosecutor's office, and arrange a shelter and a medical check. Someone from the team will come to the lodge to meet her. Can I have your number?
C: Of course, [[PHONE_NUMBER|+51 982 704 613]]. Or e-mail, [[EMAIL_ADDRESS|claire@tambopatariverlodge.pe]].
O: Thank you, [[PERSON|Claire]]. I'll call you tomorrow to confirm when the team arrives.
C: Thank you. She's a sweet kid, she just wants to go home to her grandmother.
""",
    note(
        "acquaintance",
        "report",
        ["labour", "sexual"],
        1,
        True,
        ["female"],
        "Madre de Dios",
        "past",
        "high",
        ["referral_legal", "referral_shelter", "referral_health", "follow_up_call"],
        "A lodge manager reports that a teenage girl escaped from a remote logging camp where she was recruited to "
        "cook for the workers without pay and was sexually abused by the camp boss and other men. She is now safe "
        "with the caller; the case is referred to child protection and prosecutors, with shelter and a medical check arranged.",
    ),
)

call(
    "h51-en-03",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon.
C: Good afternoon. My name is [[PERSON|Dana Whitaker]], I'm the sourcing manager at a coffee importer in [[LOCATION|Portland]]. I just got back from auditing one of our supplier co-ops near [[LOCATION|Jaén]], in [[LOCATION|Cajamarca]], and I saw something I think I should report.
O: Thank you, please go ahead.
C: At one of the member farms there were around thirty seasonal pickers, men and women, brought in by a labour contractor from the highlands of [[LOCATION|Piura]]. Some of them looked like teenagers; two told me they were [[AGE|fifteen]]. The contractor was holding all their ID cards "for safekeeping", and they only get paid at the end of the harvest, minus transport and food.
O: Are the pickers free to leave the farm?
C: They can walk into town on Sundays, nobody's locked in. But several said they can't go home without their IDs and their pay, and the contractor told them anyone who leaves early loses everything.
O: Did you see any violence or threats beyond that?
C: No violence that I saw. They sleep in a shed with a tin roof, all of them in one space.
O: What you describe has several indicators of forced labour: withheld documents, deferred wages and a penalty for leaving, and there are minors involved. We'll refer it to the labour inspectorate and the prosecutor's office. I can also send you information on what your company can require from the co-op.
C: Yes, please, that would help. Our contract lets us suspend purchases, but I don't want the workers to pay for that.
O: That's a good point; the priority is that the workers get their documents and wages. Could I have a contact?
C: Sure, [[EMAIL_ADDRESS|dana.whitaker@summitbeans.com]], or my phone, [[PHONE_NUMBER|+1 503 555 0148]].
O: Thank you. We'll e-mail you that information today and call you back next week.
""",
    note(
        "professional",
        "report",
        ["labour"],
        30,
        True,
        ["female", "male"],
        "Cajamarca",
        "ongoing",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "A buyer's auditor reports that about thirty seasonal coffee pickers, including teenagers, have their ID "
        "cards held by a labour contractor and will only be paid at the end of the harvest, losing everything if "
        "they leave early. The case is referred to the labour inspectorate and prosecutors, and information on "
        "supplier requirements was given.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h51-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite, moça, desculpa, eu só falo português. Sou caminhoneiro brasileiro, faço a Interoceânica, e acabei de ver uma coisa muito errada aqui na estrada.
O: Pode falar em português, eu entendo. O que o senhor viu?
C: Eu parei pra abastecer em [[LOCATION|Iberia]], e do lado tinha um caminhão baú com uns rapazes fechados lá atrás. A porta estava com cadeado, eles batiam e pediam água. Um deles falou comigo pela fresta, disse que estavam levando eles pra cortar madeira e que tinham tomado os documentos de todo mundo.
O: Quantos rapazes o senhor acha que eram?
C: Uns oito, nove... acho que nove. Todos homens, bem novinhos, uns dois com cara de [[AGE|quinze anos]], no máximo.
O: O caminhão ainda está aí?
C: Saiu faz uns dez minutos, sentido [[LOCATION|Iñapari]]. Caminhão branco com baú azul, placa peruana [[OTHER_ID|D4R-917]]. O motorista era um gordo de boné vermelho.
O: Muito obrigada. Vou avisar a polícia agora mesmo para parar o caminhão no posto de controle da estrada. O senhor pode me dar um número de contato?
C: Posso, é meu celular do Brasil, [[PHONE_NUMBER|+55 68 99214 3807]]. Meu nome não precisa, né?
O: Não precisa. Por favor, não siga o caminhão, deixe com a polícia. Se vir esse caminhão de novo, ligue pra nós.
C: Tá certo. Deus proteja esses meninos.
O: O senhor fez a coisa certa. Mais tarde eu mando uma mensagem contando o que aconteceu.
""",
    note(
        "witness",
        "report",
        ["labour"],
        9,
        True,
        ["male"],
        "Madre de Dios",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un camionero extranjero reporta que acaba de ver a unos nueve jóvenes, al menos dos aparentemente menores, "
        "encerrados con candado en la caja de un camión que los lleva a trabajar en la tala, sin sus documentos. "
        "Aportó la placa y el rumbo del vehículo; se alertó a la policía para interceptarlo en un control.",
    ),
)

call(
    "h51-pt-02",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. A senhora fala português?
O: Falo, sim. Pode falar tranquila.
C: Eu me chamo [[PERSON|Josiane]], moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Meu marido, [[PERSON|Edvaldo Santos]], foi trabalhar numa serraria em [[LOCATION|Pucallpa]] faz cinco meses. Prometeram mil e quinhentos reais por mês.
O: E o que está acontecendo com ele?
C: Ele não recebeu nada até agora. O dono, um tal de [[PERSON|Rengifo]], ficou com o RG dele e diz que ele deve a passagem, a comida e o alojamento. Ele dorme dentro da serraria, num quartinho com mais três brasileiros que estão do mesmo jeito.
O: Ele pode sair da serraria?
C: Pode sair pra comprar alguma coisa ali perto, mas sem documento e sem dinheiro não tem como voltar pra casa. E o dono falou que, se ele for embora, denuncia ele na migração.
O: Entendo. Isso pode ser trabalho forçado. Vamos encaminhar o caso para a promotoria e para a inspeção do trabalho em [[LOCATION|Ucayali]], e podemos oferecer um abrigo para ele e os colegas enquanto isso.
C: Ele não quer sair sem o dinheiro, moça. Diz que se sair agora perde tudo. Abrigo ele não vai aceitar.
O: Tudo bem, respeitamos. Então explique pra ele: ninguém pode ficar com o documento dele, e essa dívida não é legal. O consulado do Brasil também pode ajudar com um documento novo. Qual é o número dele?
C: O dele é [[PHONE_NUMBER|+51 936 408 152]], ele usa um chip peruano. O meu é [[PHONE_NUMBER|+55 68 98133 5620]].
O: Obrigada, [[PERSON|Josiane]]. Vamos ligar pra senhora nos próximos dias pra dar notícias.
C: Obrigada, que Deus abençoe.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        4,
        False,
        ["male"],
        "Ucayali",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una esposa desde el extranjero reporta que su marido y otros tres compatriotas trabajan en un aserradero "
        "sin recibir pago, con el documento retenido, una supuesta deuda y amenazas de denuncia migratoria si se van. "
        "Se deriva a la fiscalía y a la inspección laboral y se explicaron sus derechos; el albergue fue rechazado.",
    ),
)

call(
    "h51-pt-03",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpa, eu sou brasileiro, posso falar em português?
O: Pode sim, pode falar devagar que eu entendo.
C: Meu nome é [[PERSON|Raimundo]]. Eu trabalhei três meses de cozinheiro num barco de pesca no rio, perto de [[LOCATION|Caballococha]]. Fugi faz uma semana, quando o barco parou em [[LOCATION|Santa Rosa]]. Hoje estou em [[LOCATION|Iquitos]], num albergue da igreja.
O: Que bom que o senhor está seguro. O que aconteceu no barco?
C: O dono, o [[PERSON|Careca]], prometeu quarenta soles por dia. Nunca pagou nada. Eu cozinhava pra doze pescadores, das três da manhã até a noite, e ele dizia que eu devia a viagem desde [[LOCATION|Tabatinga]]. Não me deixava descer nos portos.
O: Ainda tem gente trabalhando nessas condições no barco?
C: Os pescadores são peruanos, eles recebem por produção e descem na cidade, é diferente. Só eu que era preso assim.
O: O senhor está com seus documentos?
C: Estou, eu escondi a carteira de identidade no fundo da mochila, ele nunca achou.
O: Que bom. O senhor precisa de atendimento médico ou de outro lugar pra ficar?
C: Não, estou bem de saúde, e na igreja me deixam ficar. O que eu quero é receber o que ele me deve e denunciar, pra ele não fazer isso com outro.
O: Entendo. Vamos encaminhar o seu caso para a promotoria especializada e para um advogado gratuito, que pode ajudar a cobrar o salário. Me passa um número de contato?
C: [[PHONE_NUMBER|+51 965 203 781]], é do padre do albergue.
O: Obrigada, seu [[PERSON|Raimundo]]. O advogado vai ligar essa semana, e eu ligo depois pro senhor pra acompanhar.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["male"],
        "Loreto",
        "past",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un hombre extranjero cuenta que trabajó meses como cocinero en una embarcación pesquera fluvial sin pago, "
        "por una supuesta deuda de viaje y sin poder bajar en los puertos, y que escapó hace una semana. Está seguro "
        "y con sus documentos; se deriva a la fiscalía y a asesoría legal gratuita para denunciar y cobrar, con seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
