# ruff: noqa: E501
"""Held-out notes set 54: sixteen NEW fictional hotline calls by an outside writer.

The writer read only three files: shared/eval/LABELS.md, shared/eval/make_dev.py and
notes/make_heldout.py, and nothing else (no drafter code, no other sets). All people,
numbers, places of business and addresses are invented. Theme: several people and
cross-border cases (relatives calling from Spain, Chile, Argentina, the USA, Bolivia,
Brazil), count corrections, calls cut short, frightened callers, an unwitting recruiter,
and three calls that are not trafficking.

Mix (16):
  h54-lw-01  lowercase ASR es: mother in Spain, "mis dos hijas y la sobrina" in a bar in Cusco
  h54-lw-02  lowercase ASR es: escaped farmhand, "unos quince veinte" corrected to eighteen, Ica
  h54-lw-03  lowercase ASR es: girl hiding in a karaoke bar, call cut short, San Martín
  h54-lw-04  lowercase ASR es: woman unwittingly recruiting five girls for "anfitrionas" in Argentina
  h54-lw-05  lowercase ASR es: prank call by kids (not relevant)
  h54-lw-06  lowercase ASR es: wife in Tacna, husband and three others in a farm in Chile, count corrected
  h54-es-01  cased es, Bolivian: mother in Bolivia, son and nephew in a mining camp in Puno
  h54-es-02  cased es, Argentine: uncle in Argentina, niece (corrected age) as live-in maid in La Libertad
  h54-es-03  cased es: frightened taxi driver, "unas diez" women, refuses location and number
  h54-es-04  cased es: follow-up from Chile, forced begging in Arequipa, count corrected to three, shelter declined
  h54-en-01  English: US volunteer, 14-year-old girl in domestic servitude in Lima
  h54-en-02  English: smuggling question, brother crossed into the USA, no exploitation
  h54-en-03  English: backpacker who quit a hostel job freely and wants unpaid wages
  h54-pt-01  Portuguese: sister in Brazil, brother and four others in a gold camp in Madre de Dios
  h54-pt-02  Portuguese: boatman reports two Peruvian teens in a club in Brazil, cut short
  h54-pt-03  Portuguese: mother asks about a hotel job offer in Cusco for two young women, declines report

Labelling choices:
  * Counts: the last figure the caller settles on ("unos quince, veinte... dieciocho" -> 18,
    "unas diez" -> 10). A caller still held is counted (lw-03); an escaped caller reporting
    those left behind (lw-02) is not. A mother made to beg with her children counts (es-04).
  * minors_involved is true only when a minor's age or minority is said; an operator's
    question ("¿hay menores?") answered "no sé" is not a fact -> false.
  * Region: Peruvian department of where the exploitation happens (Quillabamba -> Cusco,
    Tarapoto -> San Martín), or the country in Spanish (Argentina, Chile, Brasil); null when
    the caller refuses to say where.
  * Actions are what the operator actually does or commits to; offers the caller declines
    (shelter, a follow-up call, filing a report) are not listed.
  * Non-trafficking: prank -> not_relevant with count 0, situation null, actions ["none"].
    Smuggling question and freely-quit worker wanting wages -> information_request,
    caller general_public, no exploitation types, count 0, region null, situation null,
    urgency low, actions ["information_given"].
  * A call cut short is labelled from what was said before it dropped; "voy a avisar a la
    policía" said before the cut counts as police_dispatch.
  * "Derivar/informar a la fiscalía" or coordinating with a consulate or foreign authorities
    is referral_legal; police_dispatch only when the operator sends police to a place.
  * Summaries: Spanish for Spanish and Portuguese calls (as make_heldout.py does), English
    for English calls; no names, numbers or places finer than "a department"/"abroad".

Run: cd notes && python make_heldout54.py   (writes heldout54.jsonl next to this script)
"""

from make_heldout import CALLS, build, call, note

CALLS.clear()

import json  # noqa: E402
from pathlib import Path  # noqa: E402

OUT = Path(__file__).with_name("heldout54.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h54-lw-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes señorita le llamo desde [[LOCATION|españa]] desde [[LOCATION|murcia]] es que eh es por mis dos hijas y la sobrina que se quedaron allá en el perú con mi hermana
O: la escucho señora cuénteme con calma qué les ha pasado
C: ya mire eh una señora que le dicen la [[PERSON|chola rita]] se las llevó a [[LOCATION|quillabamba]] diciendo que era para atender en un restaurante de pollos y este y ahora mi hija la mayor me escribe que no es restaurante es un bar y que las hacen tomar con los clientes y que se vayan con ellos
O: qué edades tienen las chicas
C: la mayor tiene [[AGE|dieciséis]] la menor [[AGE|catorce]] no perdón [[AGE|quince]] ya cumplió en julio y mi sobrina [[AGE|diecinueve]] ella es mayorcita
O: sabe cómo se llama el bar o dónde queda
C: se llama eh [[ORGANIZATION|el rincón cusqueño]] algo así dice que está por el [[ADDRESS|paradero de la salida a quellouno]] y que no las dejan salir ni al mercado les quitaron los celulares mi hija me escribe del celular de un cliente
O: señora lo que me cuenta es muy grave vamos a derivar el caso ahora a la policía especializada y a la fiscalía de [[LOCATION|cusco]] tiene algún familiar allá que pueda poner la denuncia presencial
C: sí mi hermana [[PERSON|elena]] está en [[LOCATION|sicuani]] ella puede ir
O: que vaya a la comisaría o a la fiscalía con las partidas de nacimiento y fotos de las chicas le explico yo le paso el número de la fiscalía y la llamamos mañana para ver cómo avanza
C: ya señorita mi número es el [[PHONE_NUMBER|más tres cuatro seis uno dos cuatro cinco ocho siete nueve uno]] por whatsapp mejor
O: anotado la llamamos por whatsapp mañana en la mañana de aquí
C: gracias señorita que dios le pague
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre que vive en el extranjero reporta que sus dos hijas adolescentes y una sobrina joven fueron "
        "llevadas por una reclutadora con una oferta de restaurante a un bar donde las obligan a beber y salir "
        "con clientes, sin dejarlas salir y sin celulares. Se deriva a policía especializada y fiscalía, se "
        "orientó sobre la denuncia presencial de un familiar y se hará seguimiento.",
    ),
)

call(
    "h54-lw-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: buenas noches este yo quería denunciar porque yo me escapé del fundo donde estaba trabajando en [[LOCATION|villacurí]] allá en [[LOCATION|ica]]
O: está usted en un lugar seguro ahora
C: sí ya estoy en la casa de mi primo en [[LOCATION|ica]] pero allá se quedaron los demás
O: cuántas personas se quedaron allá
C: unos quince veinte no sé eh no mejor dicho dieciocho contando a las señoras que cocinan y dos chiquillos de [[AGE|dieciséis]] que vinieron con nosotros de [[LOCATION|huánuco]]
O: qué les pasa en ese fundo
C: nos dijeron que pagaban cuarenta soles diarios en el espárrago pero no nos pagan nada dicen que debemos el pasaje y la comida y de noche cierran el portón con candado y hay un guardián con perro el capataz le dicen [[PERSON|el tuerto]] [[PERSON|saldaña]]
O: le quitaron sus documentos
C: sí el dni lo tiene el capataz a todos nos lo quitaron al llegar
O: vamos a alertar ahora a la policía para que vaya al fundo y a la fiscalía por el trabajo forzoso sabe el nombre del fundo
C: fundo [[ORGANIZATION|agrícola santa rosalía]] a la altura del [[ADDRESS|kilómetro dos cuarenta y cinco de la panamericana]]
O: si usted necesita un albergue mientras tanto se lo podemos conseguir
C: no no gracias estoy bien con mi primo nomás
O: está bien le dejo nuestro número y mañana le llamamos para contarle qué pasó tiene un número
C: sí el [[PHONE_NUMBER|nueve cinco uno tres tres ocho cero siete dos]]
""",
    note(
        "victim",
        "report",
        ["labour"],
        18,
        True,
        ["male", "female"],
        "Ica",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Un trabajador que escapó de un fundo agrícola reporta que allí quedan dieciocho personas, entre ellas "
        "dos adolescentes, trabajando sin pago por una deuda impuesta, encerradas de noche y con sus documentos "
        "retenidos. Se alertó a la policía y a la fiscalía; el llamante rechazó el albergue ofrecido y se hará "
        "seguimiento.",
    ),
)

call(
    "h54-lw-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches le escuchamos
C: aló señorita ayúdeme por favor hablo bajito estoy en el baño de un karaoke
O: te escucho bien tranquila dónde estás en qué ciudad
C: en [[LOCATION|tarapoto]] en la [[ADDRESS|morales cerca del puente]] el karaoke se llama [[ORGANIZATION|luna azul]] o luna algo
O: qué te está pasando
C: nos trajeron de [[LOCATION|yurimaguas]] para vender cerveza y ahora nos obligan a estar con los clientes somos tres yo y dos chicas más
O: cuántos años tienes tú
C: [[AGE|quince]] y las otras [[AGE|dieciséis]] y [[AGE|diecisiete]] creo
O: voy a avisar ahora mismo a la policía para que vaya al karaoke quédate en el baño si puedes
C: ya ya ay alguien está tocando la puerta
O: aló aló me escuchas sigue en línea
C: [[PERSON|kiara]] sal ya pe qué haces ahí
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        3,
        True,
        ["female"],
        "San Martín",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Una adolescente llama escondida desde un karaoke donde ella y otras dos adolescentes, traídas con la "
        "promesa de vender cerveza, son obligadas a estar con clientes. La llamada se cortó cuando alguien la "
        "buscaba; se alertó a la policía para una intervención inmediata.",
    ),
)


call(
    "h54-lw-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita una consultita nomás qué papeles necesita una chica de [[AGE|diecisiete]] para viajar a [[LOCATION|argentina]] es que ya tenemos los pasajes
O: claro le explico pero primero cuénteme para qué viaja la chica
C: ah es que un señor el señor [[PERSON|cristian]] de una agencia me pidió que le junte chicas de acá del barrio en [[LOCATION|villa el salvador]] para trabajar de anfitrionas en un restaurante en [[LOCATION|buenos aires]] y por cada chica que junto me da doscientos soles ya tengo cinco
O: qué le han dicho del trabajo a las chicas
C: que es de anfitrionas que tienen que ser bonitas y delgaditas eh me pidió que les tome fotos en ropa de baño y se las mande y que el pasaporte se lo van a guardar allá en la agencia para que no se pierda
O: señora le tengo que ser sincera eso que usted me describe son señales muy claras de captación para trata con fines de explotación sexual
C: no cómo va a ser el señor es bien amable ay dios mío yo no sabía
O: entiendo que usted no lo sabía por eso es importante que las chicas no viajen cuándo salen
C: el jueves en la noche salen las cinco dos son hermanas y una es la de diecisiete las otras tienen [[AGE|dieciocho]] [[AGE|veinte]] y [[AGE|veintidós]]
O: vamos a pasar el caso a la fiscalía para que investiguen a ese señor y la agencia le recomiendo avisar a las chicas y a sus familias y no mandarle más fotos ni cobrar nada usted no va a ser tratada como culpable por haber llamado
C: ya ya ahorita les aviso tengo su número del señor también es el [[PHONE_NUMBER|nueve cuatro cero dos dos siete uno seis tres]]
O: gracias eso ayuda mucho
""",
    note(
        "acquaintance",
        "information_request",
        ["sexual"],
        5,
        True,
        ["female"],
        "Argentina",
        "at_risk",
        "high",
        ["information_given", "referral_legal"],
        "Una vecina consulta por los documentos de viaje de una adolescente y revela que, a pedido de un supuesto "
        "agente que le paga por cada chica, reunió a cinco jóvenes para trabajar de anfitrionas en el extranjero, "
        "con fotos en ropa de baño y retención del pasaporte. Se le explicaron las señales de captación, se le "
        "recomendó que no viajen y se deriva el caso a la fiscalía.",
    ),
)

call(
    "h54-lw-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló eh sí quiero denunciar a mi profesor de matemática porque nos deja mucha tarea
O: esta es una línea para casos de trata de personas
C: es que es explotación pe jajaja nos explota con la tarea
O: entiendo que están bromeando esta línea es para emergencias reales de personas explotadas
C: ya ya causa pásale a mi pata [[PERSON|jeanpier]] que quiere hablar
O: por favor no usen la línea para bromas si alguna vez saben de alguien en peligro pueden llamar
C: ya señorita chau jajaja
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
        "Llamada de broma de unos adolescentes que dicen querer denunciar a su profesor por dejar tareas. "
        "Se les recordó el propósito de la línea.",
    ),
)

call(
    "h54-lw-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes señorita llamo de [[LOCATION|tacna]] es por mi esposo que se fue a trabajar a [[LOCATION|chile]] con otros dos amigos al valle de [[LOCATION|azapa]] en [[LOCATION|arica]]
O: cuénteme qué está pasando con ellos
C: se fueron hace tres meses a la aceituna con un contratista que le dicen el [[PERSON|compadre lucho]] y les dijo que iban a ganar bien en pesos pero no les paga dice que primero tienen que pagar el pasaje y el cuarto y les tiene los carnets
O: pueden salir del lugar donde trabajan
C: no los tienen en un galpón en el mismo campo y el patrón dice que si se van los denuncia a carabineros por ilegales a mi esposo le pegaron la semana pasada
O: entonces son tres personas
C: tres no perdón cuatro también se fue el hijo de mi comadre el [[PERSON|brayan]] que tiene [[AGE|diecisiete]] no le dije todavía
O: gracias por aclararlo vamos a derivar el caso a la fiscalía y coordinar con el consulado del perú en [[LOCATION|arica]] le doy el número del consulado para que también los llamen ellos
C: ya señorita anoto
O: es el que aparece en la página de cancillería le explico cómo llegar a él y le volvemos a llamar el lunes para saber si su esposo se comunicó
C: ya mi celular es [[PHONE_NUMBER|nueve siete dos cero uno cinco cuatro cuatro ocho]] muchas gracias
""",
    note(
        "family_member",
        "report",
        ["labour"],
        4,
        True,
        ["male"],
        "Chile",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una esposa reporta que su marido y otros tres peruanos, uno de ellos adolescente, trabajan sin pago en "
        "un campo agrícola en el extranjero por una deuda impuesta, con documentos retenidos, amenazas y una "
        "agresión. Se deriva a la fiscalía, se le dio información del consulado y se hará seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h54-es-01",
    "es",
    "bolivian",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Le estoy llamando desde [[LOCATION|El Alto]], de [[LOCATION|Bolivia]] siempre. Es por mi hijo y mi sobrino, pues, que se han ido a trabajar a la mina allá al lado peruano.
O: La escucho, señora. ¿A qué lugar se fueron?
C: A [[LOCATION|Ananea]], en [[LOCATION|Puno]], dice. Un caballero que le dicen don [[PERSON|Fausto]] les ha llevado en su camión, les ha dicho que iban a ganar harto en el oro, ¿ya?
O: ¿Qué edades tienen los chicos?
C: Mi hijo [[PERSON|Wilmer]] tiene [[AGE|quince años]] nomás, y mi sobrino [[AGE|diecisiete]]. Jovencitos siempre son, señorita.
O: ¿Qué le han contado de su situación?
C: Mi hijito me ha llamado llorando de un celular prestado. Dice que trabajan dentro del socavón todo el día, que no les pagan, que les descuentan la comida y la coca, y que don [[PERSON|Fausto]] les tiene sus carnets y no les deja volver. Ya no sé qué hacer, pues.
O: Señora, eso es explotación laboral de menores y vamos a actuar. Voy a derivar el caso a la fiscalía especializada y a la policía de [[LOCATION|Puno]]. ¿Tiene el número desde donde la llamó su hijo?
C: Sí, es este: [[PHONE_NUMBER|951 604 327]]. Pero no le vayan a llamar ahí, porque es del capataz creo.
O: No lo vamos a llamar, solo lo pasamos a la fiscalía. ¿A qué número la podemos llamar a usted?
C: A mi número de acá, [[PHONE_NUMBER|más 591 7 248 3615]].
O: La llamaremos en unos días para contarle cómo avanza. Si su hijo vuelve a llamar, pregúntele el nombre del campamento.
C: Ya, señorita. Gracias, pues, Diosito le pague.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        2,
        True,
        ["male"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre que llama desde el extranjero reporta que su hijo y su sobrino, ambos adolescentes, fueron "
        "llevados a una zona minera donde trabajan en socavón sin pago, con descuentos y documentos retenidos, "
        "y no los dejan volver. Se deriva a la fiscalía especializada y a la policía, con seguimiento.",
    ),
)

call(
    "h54-es-02",
    "es",
    "argentine",
    """
O: Línea contra la trata, buenas noches.
C: Hola, buenas noches. Te llamo desde [[LOCATION|Buenos Aires]], [[LOCATION|Argentina]]. Mirá, mi señora es peruana, de [[LOCATION|Cajamarca]], y estamos preocupados por una sobrina de ella.
O: Cuénteme, ¿qué le pasa a su sobrina?
C: La nena, [[PERSON|Yesenia]], tiene [[AGE|dieciséis]]... no, perdoname, [[AGE|quince]], los cumplió hace poco. Una familia de [[LOCATION|Trujillo]] se la llevó el año pasado con la promesa de que iba a estudiar y ayudar un poco en la casa.
O: ¿Y qué está pasando ahora?
C: No la mandan al colegio, che. Limpia, cocina, cuida a dos chicos de la familia, desde las cinco de la mañana hasta la medianoche, y no le pagan un peso. No la dejan salir sola y le sacaron el celular; habló con mi señora a escondidas desde el teléfono de una vecina.
O: ¿Sabe la dirección de la casa?
C: Sé que es en la [[ADDRESS|urbanización Los Jardines, cerca del óvalo Papal]], una casa blanca con rejas. La señora se llama [[PERSON|Nelly Rabanal]], es profesora, creo.
O: Lo que describe es servidumbre doméstica de una menor de edad. Vamos a derivar el caso a la fiscalía de familia y a la policía de [[LOCATION|La Libertad]]. Les recomiendo que la mamá de la niña, si está en el Perú, ponga también la denuncia.
C: Dale, la mamá está en [[LOCATION|Cajamarca]], le aviso. ¿Me van a llamar?
O: Sí, ¿a qué número?
C: [[PHONE_NUMBER|+54 9 11 5872 3094]], por WhatsApp mejor. Soy [[PERSON|Gustavo]].
O: Perfecto, [[PERSON|Gustavo]]. Le escribimos la próxima semana para contarle cómo avanza.
C: Bárbaro, muchas gracias.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un familiar que vive en el extranjero reporta que una adolescente llevada por una familia con la promesa "
        "de estudiar trabaja como empleada doméstica sin pago, jornadas de casi veinte horas, sin ir al colegio ni "
        "poder salir sola. Se deriva a la fiscalía y a la policía, se orientó sobre la denuncia de la madre y se "
        "hará seguimiento.",
    ),
)

call(
    "h54-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Mire, no le voy a dar mi nombre, ¿ya? Solo quiero contar algo.
O: Está bien, puede llamar de forma anónima. Le escucho.
C: Yo soy taxista, aquí en [[LOCATION|Lima]]. Hay un señor que me contrata todas las noches para llevar chicas venezolanas de una casa a hoteles. Son unas diez, no sé exacto, van rotando.
O: ¿Qué le hace pensar que están siendo explotadas?
C: El señor cobra la plata en el hotel, ellas no tocan nada. Una vez una lloraba y le dijo que si no trabajaba le iba a pasar lo de la otra. Nunca salen solas, él las lleva y las trae.
O: ¿Sabe si hay menores de edad entre ellas?
C: No sé, no le podría decir. No les he preguntado.
O: ¿Me puede decir en qué distrito está la casa? Con eso podemos mandar a la policía.
C: No, señorita, eso no. Si llega la policía, el señor sabe que fui yo, soy el único taxista que va ahí. Tengo familia.
O: Entiendo su miedo. ¿Puedo tomar un número para volver a llamarle más adelante, cuando se sienta seguro?
C: No, tampoco. Yo vuelvo a llamar si puedo.
O: Está bien. Le explico: puede hacer la denuncia de forma reservada en la fiscalía o llamarnos cuando quiera, y su identidad queda protegida. Si alguna vez ve que una chica está en peligro inmediato, llame al 105.
C: Ya, gracias. Lo voy a pensar.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        10,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["information_given"],
        "Un taxista anónimo reporta que un hombre lo contrata para trasladar a unas diez mujeres extranjeras a "
        "hoteles, donde cobra por ellas, las controla y las amenaza. Por miedo no dio la ubicación ni un número "
        "de contacto; se le informó cómo denunciar de forma reservada.",
    ),
)

call(
    "h54-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Yo llamé hace una semana desde [[LOCATION|Santiago]], de [[LOCATION|Chile]], por mi hermana y sus hijos que están en [[LOCATION|Arequipa]]. Me dijeron que vuelva a llamar si había novedades.
O: Sí, señora, gracias por volver a llamar. ¿Qué novedades tiene?
C: Primero, quiero corregir algo: la vez pasada le dije que eran dos, mi hermana y la niña, pero son tres. El más chiquito, [[PERSON|Josué]], de [[AGE|cinco años]], también lo sacan. La niña tiene [[AGE|ocho]].
O: Anotado, son tres: su hermana y los dos niños. ¿Qué está pasando ahora?
C: El conviviente de mi hermana, [[PERSON|Rolando]], los sigue mandando a vender caramelos y pedir plata en el [[ADDRESS|mercado San Camilo]] desde las seis de la mañana hasta la noche. Si no llevan cincuenta soles, no comen. Y el sábado le pegó a la niña con la correa.
O: Eso es muy grave. ¿Su hermana quiere salir de esa casa?
C: Ella tiene miedo, dice que no tiene a dónde ir con los chicos.
O: Podemos ofrecerle un albergue para ella y los niños, donde estarían seguros. ¿Usted cree que aceptaría?
C: Ya le pregunté cuando hablamos ayer y me dijo que no, que no quiere dejar su cuarto. Por ahora no.
O: Entiendo. Vamos a pasar los nuevos datos a la fiscalía que ve el caso, sobre todo la agresión a la niña, y la volveremos a llamar el viernes.
C: Ya, señorita. Al mismo número, por favor.
""",
    note(
        "family_member",
        "follow_up",
        ["forced_begging"],
        3,
        True,
        ["female", "male"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar que llama desde el extranjero da seguimiento a su reporte y corrige que son tres las víctimas: "
        "su hermana y dos niños, obligados por la pareja de ella a pedir dinero y vender en un mercado bajo "
        "amenaza de no comer, con agresión física a la niña. La hermana rechazó el albergue ofrecido; se pasan los "
        "datos a la fiscalía y se hará seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h54-en-01",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening. How can I help you?
C: Hi, good evening. I'm calling from [[LOCATION|Ohio]], in the [[LOCATION|US]]. I volunteered last year in a school in [[LOCATION|Cusco]], and one of my students just messaged me and I'm really worried.
O: Thank you for calling. What did the student tell you?
C: Her name is [[PERSON|Maribel]], she's [[AGE|fourteen]]. She says her aunt sent her to [[LOCATION|Lima]] to live with a family, supposedly to study. But she's not in school. She cooks, cleans, washes clothes for the whole family, and they don't pay her anything.
O: Can she leave the house or contact her family?
C: No. They keep the door locked when they go out and they took her phone. She wrote to me on Facebook from the kids' tablet. She said the lady yells at her and pulls her hair.
O: Do you know where in [[LOCATION|Lima]] the house is?
C: She said [[LOCATION|San Borja]], near a park, but she doesn't know the street. The family name is [[PERSON|Castañeda]].
O: What you describe is domestic servitude of a child. We're going to refer this to the family prosecutor and the specialised police. Could you forward us the messages?
C: Yes, of course. My email is [[EMAIL_ADDRESS|kate.whitmore88@gmail.com]].
O: Thank you. We'll call you back in a few days to let you know what has happened. If she writes again, ask her for the street name or a nearby shop.
C: Okay, I will. Thank you so much.
""",
    note(
        "acquaintance",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A former volunteer calling from abroad reports that a 14-year-old girl sent to live with a family works "
        "all day as an unpaid maid, does not attend school, is locked in and is mistreated. The case is referred "
        "to the prosecutor and specialised police, with follow-up.",
    ),
)

call(
    "h54-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon.
C: Hi, um, I have a question, I'm not sure this is the right place. I live in [[LOCATION|New Jersey]]. My brother came from [[LOCATION|Peru]] last year through [[LOCATION|Mexico]]. We paid a guy, a coyote, to get him across the border.
O: Okay. Is your brother safe now? Is anyone holding him or making him work?
C: No, no, he's fine. He lives with me and works in construction, he gets paid every Friday, he can quit whenever he wants. The coyote was paid in full, nobody owes anybody.
O: Thank you. What would you like to know?
C: A friend told me what we did was human trafficking and that my brother is a victim. Is that true? And can you help him get papers?
O: From what you describe, that was migrant smuggling, which is different from trafficking: your brother chose to travel, he is not being exploited and nobody controls him. We don't handle immigration papers; for that he should talk to the Peruvian consulate or an immigration lawyer.
C: Okay, that makes sense. So there's nothing to report.
O: Not from what you've told me. If anyone ever threatens him, takes his documents or makes him work to pay a debt, call us back.
C: Got it. Thanks a lot.
""",
    note(
        "general_public",
        "information_request",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "A caller asks whether their brother's paid irregular crossing into another country counts as trafficking; "
        "he works freely, is paid and owes no debt. It was explained that this is migrant smuggling, not "
        "trafficking, and the caller was directed to the consulate for immigration questions.",
    ),
)

call(
    "h54-en-03",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning. I'm a traveller from [[LOCATION|Australia]], I've been working at a hostel in [[LOCATION|Cusco]] for two months in exchange for a bed and a small wage.
O: Okay. Are you safe right now?
C: Yes, totally. I actually quit last Monday, I just packed my bag and left, I'm staying with a friend now. The thing is the owner never paid me the last month. It's about four hundred dollars.
O: Did the owner keep your passport or stop you from leaving?
C: No, nothing like that. I had my passport the whole time and nobody stopped me. He just keeps saying "next week".
O: Thank you. From what you describe, this is a wage dispute, not trafficking, because you were free to leave and nobody forced you to work. You can file a complaint for unpaid wages with the labour inspection office, and I can tell you how.
C: Yes please.
O: Go to the regional labour office in [[LOCATION|Cusco]] with any messages or proof of your hours and the agreed pay. You can also ask your embassy for advice.
C: Great, thanks, that helps.
""",
    note(
        "general_public",
        "information_request",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "A foreign traveller who freely quit a hostel job asks how to recover a month of unpaid wages. It was "
        "explained that this is a wage dispute, not trafficking, and how to complain to the labour inspection "
        "office.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h54-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, moça. Eu falo do [[LOCATION|Acre]], do [[LOCATION|Brasil]]. É sobre meu irmão e uns amigos dele que foram trabalhar num garimpo aí no [[LOCATION|Peru]].
O: Sí, puede hablar en portugués, la entiendo. ¿Dónde está el garimpo?
C: Em [[LOCATION|Madre de Dios]], perto de um lugar chamado [[LOCATION|Huepetuhe]]. Um aliciador, o [[PERSON|Baiano]], levou eles de [[LOCATION|Assis Brasil]] prometendo dois mil reais por mês.
O: ¿Cuántas personas son?
C: São quatro... não, cinco, esqueci do meu cunhado [[PERSON|Edivaldo]], que foi junto. Todos homens, todos maiores, o mais novo tem [[AGE|vinte e um]].
O: ¿Qué le contó su hermano?
C: Ele ligou ontem de um rádio, falando baixinho. Disse que não recebem nada, que o dono diz que eles devem a viagem e a comida, e que tem homens armados vigiando o acampamento à noite. Ninguém pode sair.
O: Lo que describe es trata con fines de explotación laboral. Vamos a derivar el caso a la fiscalía especializada de [[LOCATION|Madre de Dios]]. ¿Tiene algún número de contacto de su hermano?
C: Não, só o rádio do acampamento, eu não tenho o número. O meu é [[PHONE_NUMBER|+55 68 99214 3870]].
O: Muy bien. La vamos a llamar la próxima semana para contarle cómo avanza. Si su hermano llama otra vez, pregúntele el nombre del dueño del campamento.
C: Tá bom, muito obrigada, moça.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        5,
        False,
        ["male"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar que llama desde el extranjero reporta que su hermano y otros cuatro hombres adultos fueron "
        "llevados a un campamento minero donde trabajan sin pago por una deuda impuesta, vigilados por hombres "
        "armados y sin poder salir. Se deriva a la fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h54-pt-02",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite. Eu sou barqueiro, faço a linha entre [[LOCATION|Santa Rosa]] e [[LOCATION|Tabatinga]]. Quero avisar de duas meninas peruanas.
O: Le escucho. ¿Qué ha visto?
C: Semana passada eu trouxe duas meninas no meu barco, com uma mulher. Elas falavam espanhol, pareciam ter [[AGE|quinze]], [[AGE|dezesseis]] anos no máximo. Agora eu vi as duas numa boate em [[LOCATION|Tabatinga]], a [[ORGANIZATION|Boate Estrela do Rio]], servindo os homens, de roupa curta.
O: ¿Las chicas le dijeron algo?
C: Uma delas me reconheceu e disse baixinho "tio, não deixam a gente ir embora". A mulher que veio com elas é a dona, chamam de [[PERSON|Dona Cida]].
O: Gracias. Vamos a informar a la fiscalía y coordinar con las autoridades de Brasil. Usted también puede llamar al Disque 100, que es la línea de Brasil para estos casos. ¿Me puede dar un número?
C: Olha, eu não posso falar muito, essa gente me conhece aqui no porto. Tenho que desligar.
O: Entiendo, no le pedimos su nombre. Solo recuerde el Disque 100.
C: Tá, tchau.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Brasil",
        "ongoing",
        "high",
        ["referral_legal", "information_given"],
        "Un barquero informa que dos adolescentes peruanas que transportó con una mujer son explotadas sexualmente "
        "en un local nocturno del otro lado de la frontera y que una le dijo que no las dejan irse. Se deriva a la "
        "fiscalía y a las autoridades del país vecino y se le informó la línea local; cortó sin dar contacto.",
    ),
)

call(
    "h54-pt-03",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu sou de [[LOCATION|Porto Velho]], no [[LOCATION|Brasil]]. Minha filha [[PERSON|Tainá]], de [[AGE|dezenove]] anos, e uma amiga dela de [[AGE|dezoito]] receberam uma proposta para trabalhar num hotel em [[LOCATION|Cusco]]. Queria saber se é seguro.
O: Cuénteme qué les ofrecen.
C: Uma agência pelo Instagram, [[OTHER_ID|@turismo.andes.jobs]]. Pagam a passagem de avião, salário de mil e quinhentos dólares, mas disseram para não contar para ninguém e que o passaporte fica com a agência "para os trâmites".
O: ¿Ya viajaron?
C: Não, a viagem é daqui a quinze dias.
O: Hay varias señales de alerta: pedir secreto, pagar todo y quedarse con el pasaporte. Ninguna empresa seria retiene el pasaporte. Le recomiendo que no viajen hasta verificar la empresa y que guarden los mensajes. Si quiere, podemos registrar una denuncia con los datos de la agencia para que la investiguen.
C: Não, por enquanto não. Eu só queria saber, vou conversar com elas primeiro.
O: Está bien. Si deciden denunciar o si ya viajaron y algo pasa, llámenos a este número.
C: Obrigada, moça, ajudou muito.
""",
    note(
        "family_member",
        "information_request",
        ["unknown"],
        2,
        False,
        ["female"],
        "Cusco",
        "at_risk",
        "medium",
        ["information_given"],
        "Una madre que llama desde el extranjero consulta por una oferta de trabajo en un hotel para su hija y una "
        "amiga, ambas jóvenes adultas, con pasaje pagado, pedido de secreto y retención del pasaporte por la "
        "agencia. Se explicaron las señales de alerta; la madre rechazó registrar una denuncia por ahora.",
    ),
)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
