#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout29.jsonl: 16 fictional, labelled hotline calls for a one-off held-out measurement.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning data or
results. Files read: /work/shared/eval/LABELS.md, /work/shared/eval/make_dev.py, and the builder
copy make_heldout.py next to this file (call()/note()/build() and markup only).

Mix: 5 lowercase unpunctuated ASR-style Spanish, 5 cased Spanish, 2 English, 1 Brazilian
Portuguese, 1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish with
Quechua words.
Callers: victims in Peru and abroad (3), relatives incl. one calling back about a case already
reported (4), friends (2), neighbours (2), professionals: obstetrician, school psychologist,
NGO caseworker (3), public with calls not about trafficking (2).
Call types: reports, help requests, consultations, one follow-up, two not about trafficking.
Exploitation: sexual, labour (fishing boat, coca harvest, textile workshop, car wash, hostel,
retreat lodge, asparagus fields), domestic servitude, forced begging, forced criminality (drug
carrying, online scam compound), sale of a newborn (other); three calls with two types.
Situations ongoing / past / at risk, urgency immediate to low. All people, numbers, businesses,
handles and addresses are invented.

Annotation follows make_dev.py: PERSON without titles; cue words outside ID/plate/phone spans;
AGE with its unit when said; DATE_TIME for named days, months and clock times tied to an event
(routine schedules and relative words unlabelled); nationality adjectives and public agencies
unlabelled; the hotline's own name and number and emergency lines (105, 145) are not PII.

Run: python make_heldout29.py  (writes heldout29.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout29.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----

call("h29-lower-01", "es", "lowercase_asr", """
O: línea contra la trata buenas noches te escucho
C: aló aló señorita me escucha hay bastante viento acá estoy en [[LOCATION|paita]] escondido atrás de unos puestos del mercado cerca del muelle
O: sí te escucho estás en peligro en este momento
C: sí porque el patrón me está buscando hace ratito pasó su camioneta despacito mirando esta noche sale la embarcación y él quiere que yo suba otra vez
O: cuántos años tienes y cómo te llamas el nombre no es obligatorio
C: [[AGE|dieciséis años]] me llamo [[PERSON|yeison]] [[PERSON|yeison chunga ruiz]]
O: cuéntame [[PERSON|yeison]] qué pasa en la embarcación
C: un señor que le dicen el [[PERSON|cabezón]] fue a mi caserío en [[LOCATION|sechura]] y le dio un adelanto a mi mamá dijo que yo iba a aprender a pescar pota y que me pagaban por cada viaje pero ya van tres viajes y nada dice que todavía debo el adelanto y la comida de a bordo
O: cuánto tiempo pasan en el mar
C: quince veinte días y allá no hay horario se trabaja de día y de noche el que se queda dormido lo despiertan a baldazos o con la soga a mí me reventaron acá la ceja en el último viaje
O: hay otros chicos menores de edad en la embarcación
C: había otro chibolo de mi edad pero se quedó en [[LOCATION|sechura]] ya no regresó ahora solo yo los demás son pescadores grandes a ellos sí les pagan aunque sea algo
O: tienes tu dni contigo
C: no el dni lo tiene el patrón dice que es para la lista de tripulantes a los otros se los devuelve al bajar a mí no
O: sabes cómo se llama el patrón o la embarcación
C: el patrón es don [[PERSON|wilmer]] [[PERSON|wilmer sernaqué]] y la lancha tiene pintado al costado [[OTHER_ID|pt 21487 cm]]
O: muy bien [[PERSON|yeison]] eres menor de edad y nadie puede obligarte a trabajar así voy a pedir ahora mismo a la policía que vaya a buscarte hay algún sitio cerca con gente donde puedas esperar
C: eh al frente está [[ADDRESS|la capilla que está al costado del mercado de abastos]] ahí siempre hay señoras rezando
O: anda a la capilla y quédate adentro no vuelvas al muelle la policía te va a recoger ahí y te van a llevar a un hogar de protección donde vas a estar seguro
C: y a mi mamá no le va a pasar nada porque ella recibió la plata
O: eso lo verá después la fiscalía lo importante ahora es que tú estés a salvo tienes un número donde te pueda llamar
C: este celular es de una señora que vende jugos el mío se me mojó es el [[PHONE_NUMBER|nueve cuatro nueve dos cero siete tres uno cinco]]
O: te llamo en diez minutos para confirmar que ya llegaron los policías si ves al patrón antes no salgas de la capilla
C: ya señorita gracias ya me estoy yendo
""", note("victim", "help_request", ["labour"], 1, True, ["male"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Un adolescente llama escondido cerca del muelle: trabaja sin pago en una embarcación pesquera por un "
          "adelanto entregado a su madre, le retienen el documento, ha sido golpeado a bordo y el patrón lo busca "
          "para hacerlo zarpar esa noche. Se envió a la policía a recogerlo en un lugar seguro para llevarlo a un "
          "hogar de protección, con llamada de confirmación."))

call("h29-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señorita yo ya llamé antes hace como diez días por mi hijo me dijeron que si sabía algo más vuelva a llamar
O: claro señor dígame su nombre y el de su hijo para buscar el caso
C: [[PERSON|teodoro cusi]] hablo de [[LOCATION|huanta]] mi hijo es [[PERSON|elmer cusi palomino]] tiene [[AGE|dieciséis años]]
O: un momentito ya lo encontré usted nos contó que su hijo se fue a cosechar hoja de coca a [[LOCATION|llochegua]] con un enganchador y que no le pagaban ni lo dejaban volver es así
C: así es señorita con ese [[PERSON|marcial]] que recluta a los jóvenes en la feria
O: qué ha pasado desde entonces
C: anoche me llamó de otro número hablaba bajito dice que ya no está en la chacra que el [[PERSON|marcial]] lo ha entregado a otra gente y ahora le hacen cargar mochilas de noche por el monte él sabe que es droga señorita
O: le dijo si lo amenazan
C: sí dice que van con un hombre armado adelante y otro atrás y que si alguno se quiere regresar le dicen que van a ir a buscar a su familia a la casa
O: su hijo está herido o enfermo
C: tiene los pies llagados y tos y no lo dejan bajar al pueblo ni para la posta
O: su hijo ha tenido antes algún problema con la policía o lo han detenido alguna vez
C: no no nunca señorita mi hijo es sano estaba en cuarto de secundaria jugaba en el equipo del colegio
O: tiene anotado el número desde el que llamó
C: sí es el [[PHONE_NUMBER|931 408 627]] pero cuando devolví la llamada ya estaba apagado
O: le dijo por dónde está ahora
C: dijo que por [[LOCATION|canayre]] cerca del río pero que cada rato los cambian de sitio
O: señor [[PERSON|teodoro]] esto es muy grave a su hijo lo están obligando a cometer un delito y él es víctima no delincuente voy a agregar todo esto al caso y hoy mismo lo envío a la fiscalía especializada que ya está investigando
C: la vez pasada dijeron que me iban a llamar y nadie me llamó señorita
O: tiene razón y le pido disculpas le voy a pasar su número directamente al fiscal y yo misma lo llamo [[DATE_TIME|el lunes]] para contarle qué se avanzó
C: ya y si mi hijo vuelve a llamar qué le digo
O: dígale que esconda bien el celular que no intente escaparse solo de noche por el monte y que si puede le mande su ubicación y también que cuando salga de ahí nadie lo va a tratar como delincuente
C: ya señorita añaychay gracias
""", note("family_member", "follow_up", ["forced_criminality", "labour"], 1, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Un padre llama en seguimiento de un caso ya reportado: su hijo adolescente, llevado por un enganchador "
          "a cosechar hoja de coca, ahora es obligado bajo amenaza armada a cargar droga de noche y está lastimado. "
          "Se añadió la nueva información al caso y se remitió a la fiscalía, se orientó al padre sobre qué decirle "
          "al hijo y se programó una nueva llamada."))

call("h29-lower-03", "es", "lowercase_asr", """
O: línea contra la trata de personas buenos días le escucho
C: buenos días señorita una consulta nomás es que no me quieren pagar
O: cuénteme qué pasó
C: yo trabajaba de ayudante en una obra un edificio de departamentos de la [[ORGANIZATION|inmobiliaria vista sur]] y el maestro de obra nos debe dos semanas a mí y a otros tres compañeros
O: usted sigue trabajando en esa obra
C: no ya me retiré [[DATE_TIME|el sábado]] me cansé porque cada viernes decían la otra semana la otra semana
O: le retuvieron algún documento o le impidieron retirarse
C: no no el dni lo tengo yo nadie me ha retenido me fui nomás
O: le dijeron que usted les debe algo o lo amenazaron
C: deuda ninguna al contrario ellos me deben a mí como setecientos soles amenaza tampoco el maestro [[PERSON|hugo]] dice que la empresa no le deposita
O: usted dormía en la obra o vivía en su casa
C: en mi casa con mi señora y mis hijos de ahí iba todos los días
O: por lo que me cuenta esto no es un caso de trata de personas es un problema laboral de pago de salarios que igual es un derecho suyo
C: y entonces a dónde voy
O: puede presentar su denuncia en la sunafil que es la superintendencia de fiscalización laboral es gratis y en el ministerio de trabajo hay asesoría gratuita donde le calculan cuánto le deben
C: pero no tengo contrato ni boleta nada todo era de palabra
O: igual puede reclamar sirven los mensajes de whatsapp con el maestro los audios y sus compañeros pueden ser testigos
C: ya ya y eso cuánto demora
O: depende del caso pero le recomiendo ir pronto y con sus compañeros y si alguna vez alguien lo obliga a trabajar le quita sus documentos o lo amenaza ahí sí nos llama
C: ya señorita gracias por la información
O: de nada que le vaya bien
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador de construcción consulta por dos semanas de salario impago tras retirarse de una obra; "
          "conserva sus documentos y no hubo amenazas ni deuda impuesta. Se le explicó que no es un caso de trata "
          "y se le orientó a presentar su reclamo ante la autoridad de inspección laboral."))

call("h29-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches joven no sé si llamo al lugar correcto es por unos niños que viven al frente de mi casa
O: sí señora cuénteme con calma
C: yo vivo en [[LOCATION|chilca]] en [[LOCATION|huancayo]] al frente alquila un cuarto una señora y ahí viven cinco niños no perdón cuatro porque el bebito es hijito de ella
O: qué edades tendrán los niños
C: el mayorcito tendrá [[AGE|once]] hay dos niñitas de [[AGE|ocho y nueve años]] más o menos y un varoncito chiquito de unos [[AGE|cinco]]
O: qué es lo que le preocupa de ellos
C: que todos los días de madrugada la señora los sube a una combi y los va dejando al mayorcito en [[ADDRESS|la puerta del mercado mayorista]] a las niñitas en [[ADDRESS|la real con giráldez]] con un vasito pidiendo plata y vendiendo caramelos y recién en la noche los recoge
O: la señora es su mamá o familiar de ellos
C: ella dice que son sus sobrinos que los ha traído de [[LOCATION|pampas]] de [[LOCATION|huancavelica]] pero la niñita mayor le contó a mi hija que su mamá está allá en la chacra y que la señora le manda plata a veces
O: los niños van al colegio
C: no joven ninguno va a la escuela ni el mayorcito que ya debería estar en quinto
O: ha visto que les peguen o los maltraten
C: pegarles no he visto pero la semana pasada escuché que le gritaba al mayorcito porque trajo poca plata y lo dejó sin comer y lo tuvo afuera en el patio hasta tarde con el frío
O: los tiene encerrados
C: encerrados no pero nunca salen a jugar ni los domingos siempre están trabajando o durmiendo
O: sabe cómo se llama la señora y la dirección exacta
C: le dicen doña [[PERSON|rufi]] creo que es [[PERSON|rufina huamán]] del apellido no estoy segura y es en el [[ADDRESS|pasaje los álamos 148]] un cuarto al fondo de una casa de dos pisos
O: señora lo que me describe puede ser explotación de niños en la mendicidad que es una forma de trata vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial para que evalúen a los niños y los protejan
C: pero no quiero que sepan que fui yo porque la señora es bien pleitista
O: su identidad se mantiene en reserva me deja un número para llamarla y contarle cómo avanza
C: ya es el [[PHONE_NUMBER|964 557 018]]
O: gracias señora la llamamos en unos días y si ve que les hacen daño llámenos a cualquier hora
C: ya joven gracias que dios lo bendiga
""", note("witness", "report", ["forced_begging"], 4, True, ["female", "male"], "Junín", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta que una mujer trajo a cuatro niños de una comunidad rural y cada madrugada los reparte "
          "por la ciudad para pedir dinero y vender caramelos, castigándolos si traen poco; ninguno va a la escuela. "
          "El caso se deriva a la fiscalía de familia y a la unidad de protección especial, con seguimiento."))

call("h29-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: hola señorita buenas tardes quería preguntar algo no sé si es normal
O: claro pregunte nomás
C: mi amiga [[PERSON|yaneth]] vio un aviso pegado en un poste acá en [[LOCATION|juliaca]] dice se necesita señoritas de buena presencia para atención en restaurante zona minera sueldo tres mil soles con cama adentro y ella ya llamó
O: y qué le dijeron cuando llamó
C: que el trabajo es en [[LOCATION|secocha]] en [[LOCATION|arequipa]] que es para atender a los mineros de noche que tiene que ser simpática y acompañarlos y que el pasaje se lo descuentan del primer sueldo
O: cuántos años tiene su amiga
C: [[AGE|dieciocho]] recién ha cumplido bueno eso dice su dni
O: le han pedido algo fotos documentos dinero
C: le pidieron una foto de cuerpo entero y su dni por los dos lados eso ya lo mandó por whatsapp
O: le dijeron cómo va a viajar
C: que [[DATE_TIME|el viernes]] sale una camioneta de [[ADDRESS|el grifo que está saliendo al terminal]] con otras chicas y que el señor [[PERSON|efraín]] las lleva y que no le cuente a su mamá porque su mamá no la va a dejar
O: ella ya aceptó el trabajo
C: todavía no le ha dicho que sí pero está bien ilusionada porque acá no hay trabajo yo le digo que no vaya pero no me hace caso por eso le llamo
O: mire hay varias señales de alerta en lo que me cuenta un sueldo alto sin pedir experiencia atender a hombres de noche cobrarle el pasaje como deuda pedirle fotos de cuerpo entero y decirle que no avise a su familia así captan a muchas chicas que después terminan en bares de campamentos donde las obligan a tomar y a estar con clientes y no las dejan salir por la deuda
C: ay no y su dni que ya mandó qué hace
O: eso ya no se puede recuperar pero que no mande nada más que guarde los mensajes y el número del aviso y que no suba a esa camioneta si quieren también pueden denunciar el aviso en la comisaría
C: puedo pasarle este número a ella para que le expliquen
O: claro que sí la llamada es gratis desde cualquier celular y atendemos las veinticuatro horas
C: ya señorita voy a hablar con ella hoy mismo gracias
O: gracias a usted por cuidar a su amiga
""", note("acquaintance", "information_request", ["sexual"], 1, False, ["female"], "Arequipa", "at_risk", "medium",
          ["information_given"],
          "Una joven consulta por una oferta que recibió su amiga para atender de noche a mineros en un campamento de "
          "otra región, con sueldo alto, pasaje cobrado como deuda, pedido de fotos de cuerpo entero y consigna de no "
          "avisar a la familia. Se explicaron las señales de captación para explotación sexual y se recomendó no "
          "viajar, no enviar más datos y guardar los mensajes."))


# ------------------------------------------------------------ cased Spanish ----

call("h29-es-01", "es", "plain", """
O: Línea contra la trata de personas, buenas tardes. ¿En qué la puedo ayudar?
C: Buenas tardes. Soy obstetra en el [[ORGANIZATION|Hospital Materno Santa Lucía]] de [[LOCATION|Chiclayo]]. No sé bien si esto les corresponde a ustedes, pero mi jefa me dijo que llame.
O: Cuénteme, por favor, y vemos juntas.
C: Anteayer dio a luz una paciente, una chica de [[AGE|22 años]] que llegó sola. Ayer vino a visitarla una señora muy bien vestida, que no es familiar, y hoy la paciente le contó a una técnica que esa señora le va a dar dinero por la bebita.
O: ¿Ella lo dijo así, que le van a pagar por la bebé?
C: Al principio dijo que la señora era su madrina. Después se puso a llorar y contó que no tiene cómo mantenerla, que ya tiene dos hijitos en [[LOCATION|Jaén]] con su mamá, y que la señora le ofreció cuatro mil soles y le pagó el alquiler de estos meses. Dice que la bebita va a estar "con una familia de plata en [[LOCATION|Lima]]".
O: ¿Se ha hablado de papeles, de inscribir a la bebé a nombre de otra persona?
C: Eso es lo más raro. La señora preguntó en admisión si ella podía recoger el certificado de nacido vivo, y dejó su DNI: [[ID_NUMBER|41973502]], a nombre de [[PERSON|Gladys Tapia Olano]]. Dijo que el papá de la bebé es su hijo. La paciente dice que no, que el papá se fue cuando supo del embarazo.
O: ¿Cuándo le dan el alta?
C: Mañana en la mañana, si todo sigue bien. La bebita está sana, en alojamiento conjunto con la mamá.
O: ¿La mamá está convencida, o siente que la presionan?
C: Dice que ella lo decidió. Pero la señora la llama a cada rato, hoy se quedó toda la tarde y no nos dejaba hablar a solas con ella.
O: Le explico: entregar a un bebé a cambio de dinero es venta de niños, y está dentro de la trata de personas, aunque la madre esté de acuerdo. Lo importante ahora es que nadie que no sea la madre se lleve a la bebé ni recoja su certificado, y que el hospital comunique el caso hoy mismo a la fiscalía de familia.
C: ¿O sea que no le demos el alta?
O: El alta médica la deciden ustedes. Pero la bebé no debe salir con esa señora. Nosotros también remitimos el caso esta tarde a la fiscalía de turno. ¿Tienen trabajadora social?
C: Sí, la licenciada [[PERSON|Chozo]], pero hoy está de descanso. Mañana temprano le paso todo.
O: Está bien. Y sería bueno que alguien converse con la mamá sin la señora delante, que sepa que no está obligada a nada y que hay programas de apoyo para madres solas.
C: Ya. ¿Me avisan si va a venir alguien de la fiscalía?
O: Sí. ¿A qué número la llamo?
C: A mi celular, [[PHONE_NUMBER|978 230 614]]. Soy [[PERSON|Liz Carranza]].
O: Gracias, [[PERSON|Liz]]. La llamo en un par de horas para decirle qué fiscal está a cargo.
C: Perfecto. Estoy de turno hasta las ocho de la noche.
""", note("professional", "report", ["other"], 1, True, ["female"], "Lambayeque", "at_risk", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una obstetra reporta que una mujer ajena a la familia ha pagado gastos a una madre que acaba de dar a luz y le "
          "ofrece dinero para llevarse a su bebé, e intentó recoger la documentación de nacimiento. Se explicó que se "
          "trata de venta de niños, se recomendó no entregar a la bebé a terceros y el caso se remite a la fiscalía de "
          "familia, con seguimiento."))

call("h29-es-02", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: ¿Aló? ¿Es la línea del [[LOCATION|Perú]]? Le estoy llamando desde [[LOCATION|Argentina]], por WhatsApp. Una amiga me pasó este número.
O: Sí, es la línea peruana contra la trata. Se escucha bien. ¿Está en un lugar donde pueda hablar?
C: Sí, estoy en la azotea, los demás están durmiendo.
O: Cuénteme qué está pasando.
C: Yo soy de [[LOCATION|Sicuani]]. Hace ocho meses vine a trabajar de costurera a [[LOCATION|Buenos Aires]], a un taller en [[LOCATION|Villa Celina]]. Nos trajo una paisana, la señora [[PERSON|Eusebia]], ella es la dueña con su esposo. Nos dijo que íbamos a ganar bien, que íbamos a mandar plata a la familia.
O: ¿Y cómo es el trabajo?
C: Cosemos polos y casacas de siete de la mañana hasta medianoche, todos los días menos el domingo en la tarde. Nos pagan por prenda, poquísimo, y de eso nos descuentan el pasaje, la comida, el cuarto. Dice que yo sigo debiendo, después de ocho meses.
O: ¿Cuántas personas trabajan en ese taller?
C: Somos seis, cuatro mujeres y dos varones, todos de allá, de [[LOCATION|Cusco]] y de [[LOCATION|Puno]]. Mi cuñado también está.
O: ¿Hay algún menor de edad?
C: No, no, todos somos mayores. El más joven tiene [[AGE|diecinueve]].
O: ¿Tienen sus documentos?
C: No. La señora guardó los DNI al llegar, "para que no se pierdan". El mío no lo veo desde entonces.
O: ¿Los tienen encerrados? ¿Alguien les ha pegado?
C: Encerrados no, el domingo podemos salir un rato. Pegar tampoco, pero grita, y al que se enferma no le paga el día. Y dice que si vamos a la policía nos van a deportar porque no tenemos papeles, y que ella nos va a denunciar por la deuda. Acá no conocemos a nadie.
O: Lo que me cuenta tiene señales de trata con fines de explotación laboral: los engañaron, les retienen el documento y les imponen una deuda. Desde aquí no podemos mandar a la policía allá, pero le voy a dar dos contactos: en [[LOCATION|Argentina]] hay una línea gratuita contra la trata, el 145, que atiende las 24 horas, y el consulado peruano en [[LOCATION|Buenos Aires]] les puede dar un documento de viaje y apoyo para volver.
C: ¿Y si llamo al 145 no nos van a deportar?
O: No. Allá, igual que aquí, a las víctimas de trata no se las castiga por no tener papeles, y denunciar no hace que las expulsen.
C: Ya. Tengo miedo por mi cuñado también, él es el que más reclama.
O: Entiendo. ¿Me da un número donde le podamos escribir?
C: Este mismo WhatsApp: [[PHONE_NUMBER|+54 9 11 3872 4419]]. Me llamo [[PERSON|Nilda]].
O: Gracias, [[PERSON|Nilda]]. Mañana en la noche le escribo para saber si pudo comunicarse. Si cree que revisan su teléfono, borre esta llamada.
C: Ya, señorita, gracias. Me da valor saber que alguien sabe.
""", note("victim", "help_request", ["labour"], 6, False, ["female", "male"], "Argentina", "ongoing", "medium",
          ["information_given", "follow_up_call"],
          "Una mujer que migró al extranjero llama desde un taller textil donde ella y otros cinco connacionales adultos "
          "cosen jornadas de diecisiete horas por un pago mínimo, con una deuda impuesta por la dueña y los documentos "
          "retenidos; no están encerrados pero temen ser deportados. Se le dieron los contactos de la línea contra la "
          "trata de ese país y del consulado, y se acordó un seguimiento por mensaje."))

call("h29-es-03", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señor. Disculpe, ¿aquí se puede avisar cuando maltratan a una niña que no es de la familia?
O: Sí, señora, dígame. ¿Qué está pasando?
C: Ahorita mismo, en la casa de enfrente, han subido a la chiquita a la azotea y la han dejado amarrada del pie a la baranda. Hace frío y está llorando, se escucha desde mi ventana.
O: ¿Dónde es, exactamente?
C: En [[LOCATION|Comas]], en [[LOCATION|Collique]]. Es el [[ADDRESS|Jirón Los Cedros 512]], la casa de rejas verdes. Yo vivo al frente.
O: ¿Qué edad tiene la niña?
C: Unos [[AGE|diez, once años]]. Es flaquita, chiquita. Le gritan [[PERSON|Maribel]].
O: ¿Por qué me dice que no es de la familia?
C: Porque la trajeron de [[LOCATION|Cutervo]] hace como un año. La señora dice que es su ahijada, pero la tiene de sirvienta: lava, cocina, cuida a los dos hijos de la señora, y al colegio no va.
O: ¿Ha visto algo más?
C: Sí, eso es lo otro. En las tardes la mandan con un táper de gelatinas y un cartón que dice que su mamá está enferma, a pedir plata en [[ADDRESS|el paradero de la Túpac Amaru con la Revolución]]. Yo la he visto. Y si no trae veinte soles, la castigan.
O: ¿Ahora hay adultos en la casa?
C: El señor y la señora. El señor ha estado tomando toda la tarde, él la subió.
O: Voy a pedir ahora mismo que un patrullero vaya a la casa. ¿Usted está segura donde está?
C: Sí, estoy en mi casa, con la puerta cerrada. ¿No van a saber que fui yo?
O: No vamos a dar sus datos. No salga ni se acerque; mire desde la ventana, y si la bajan o la sacan de la casa, vuelva a llamar.
C: Ya. Sigue llorando, pobrecita.
O: ¿Me deja un número por si los policías necesitan indicaciones para llegar?
C: [[PHONE_NUMBER|994 017 352]]. Mi nombre no, por favor.
O: Está bien, no hace falta. Además de la policía, el caso va a ir a la fiscalía de familia, para que la niña quede protegida y no la devuelvan a esa casa. Mañana la llamo para contarle.
C: Gracias, señor. Que lleguen rápido, por favor.
""", note("witness", "report", ["domestic_servitude", "forced_begging"], 1, True, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una vecina anónima reporta que una niña traída de provincia hace las tareas domésticas de una familia sin ir "
          "a la escuela, es enviada además a pedir dinero en la calle y en ese momento está atada en la azotea como "
          "castigo. Se envió un patrullero de inmediato y el caso se remite a la fiscalía de familia, con seguimiento."))

call("h29-es-04", "es", "plain", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. ¿Hablo con la empresa de buses?
O: No, señor. Esta es la línea gratuita contra la trata de personas.
C: ¿Cómo? Es que este número estaba en un cartelito en el bus, arriba del asiento, y yo pensé que era para reclamos.
O: Ah, sí, en algunos buses interprovinciales hay afiches de la línea. Pero este número es solo para casos de trata de personas.
C: Ay, qué pena. Es que ayer vine de [[LOCATION|Huaraz]] a [[LOCATION|Lima]] en un bus de [[ORGANIZATION|Transportes Cóndor Blanco]] y me olvidé mi maletín en la rejilla. Ahí tenía mis pastillas de la presión y unos papeles de mi terreno.
O: Lo siento mucho, señor. Eso lo tendría que ver directamente con la empresa de buses.
C: ¿Y usted no tiene su número? Yo no sé manejar internet, mi nieta es la que me ayuda con eso, y ella está trabajando.
O: No, señor, desde aquí no tengo los datos de las empresas de transporte.
C: Ya pues. ¿Y qué es eso de la trata, dice? ¿Es de los que venden cosas robadas?
O: No, señor. Es una línea para avisar cuando a alguien lo engañan o lo obligan a trabajar, o lo explotan. Si algún día sabe de un caso así, puede llamar gratis.
C: Ah, ya, ya. No, gracias a Dios, nada de eso por mi barrio. Yo solo quiero mi maletín, señorita, las pastillas me las dan en la posta pero los papeles no.
O: Ojalá lo encuentre, señor. ¿Hay algo más en lo que le pueda ayudar?
C: No, nada más. Disculpe la molestia, señorita, ya me voy a la agencia nomás.
O: No se preocupe. Que tenga buen día.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Un señor llamó creyendo que el número, visto en un afiche dentro de un bus, era de la empresa de transporte, "
          "para reclamar un maletín olvidado en el viaje. Se le aclaró el propósito de la línea."))

call("h29-es-05", "es", "plain", """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le habla [[PERSON|Rocío Espinoza Tello]], soy psicóloga del [[ORGANIZATION|Colegio Bella Durmiente]], en [[LOCATION|Tingo María]]. Llamo por dos alumnas... bueno, en realidad creo que son tres.
O: Gracias por llamar. Cuénteme qué ha pasado.
C: Hace dos semanas una profesora vio a una alumna de segundo de secundaria, de [[AGE|13 años]], con un celular nuevo, de los caros. Cuando hablé con ella me dijo que se lo había regalado un tío. Pero ayer vino sola a mi oficina y me contó que un señor le deposita por Yape a cambio de fotos, y que los sábados la lleva a ella y a otra compañera a un hospedaje donde hay otros hombres.
O: ¿La otra compañera también es menor de edad?
C: Sí, tiene [[AGE|14]]. Y quien las lleva es una chica de quinto, de [[AGE|16]], que les presentó al señor. No sé si ella es cómplice o qué.
O: Por su edad y por lo que cuenta, lo más probable es que también sea víctima; es frecuente que usen a una adolescente para captar a otras. ¿Saben quién es el hombre?
C: Le dicen [[PERSON|Cheche]]. Maneja una mototaxi roja, la alumna se fijó en la placa: [[OTHER_ID|4582-2W]]. Y el Yape viene del número [[PHONE_NUMBER|951 604 228]].
O: ¿Saben dónde queda el hospedaje?
C: Dicen que es el [[ORGANIZATION|Hospedaje Los Tulipanes]], por [[ADDRESS|la bajada al puerto, detrás del grifo]]. No sé más.
O: ¿Las familias ya saben?
C: La mamá de la más chiquita vino hoy, está destrozada. A la otra familia no la ubicamos, el papá trabaja en el campo y no contesta.
O: ¿Las alumnas siguen en contacto con él?
C: Él les sigue escribiendo. Ayer le puso a la de segundo que [[DATE_TIME|este sábado]] hay "una fiesta" y que lleve a una amiga más.
O: Lo que describe es explotación sexual de menores. Le pido que guarden los mensajes, que no los borren, y que nadie del colegio confronte al hombre. Hoy mismo derivamos el caso a la fiscalía de familia y a la policía especializada en trata de [[LOCATION|Huánuco]], para que actúen antes del [[DATE_TIME|sábado]]. También vamos a pedir que el Centro de Emergencia Mujer dé atención psicológica a las tres chicas y a sus familias.
C: ¿Y el colegio? Tenemos un protocolo, tengo que informar a la UGEL.
O: Sí, sigan su protocolo, pero con reserva, para que él no se entere. ¿Me da un número para que la fiscalía la contacte?
C: Mi celular es [[PHONE_NUMBER|962 381 047]].
O: Gracias, [[PERSON|Rocío]]. Mañana la llamo para saber si ya se comunicaron con usted.
C: Gracias. Y por favor, que nadie sepa que las chicas hablaron; tienen mucho miedo.
""", note("professional", "report", ["sexual"], 3, True, ["female"], "Huánuco", "ongoing", "high",
          ["referral_legal", "referral_health", "information_given", "follow_up_call"],
          "Una psicóloga escolar reporta que dos alumnas adolescentes reciben dinero de un hombre a cambio de fotos y son "
          "llevadas a un hospedaje con otros hombres, captadas por una estudiante mayor que también sería víctima. Se "
          "orientó sobre conservar los mensajes y el caso se deriva a la fiscalía de familia y a la policía "
          "especializada, con atención psicológica para las adolescentes y seguimiento."))


# ------------------------------------------------------------------ English ----

call("h29-en-01", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hello? Hi, sorry, do you speak English? Someone at the embassy gave me this number.
O: Yes, I can help you in English. What's happening?
C: It's my daughter. She's in [[LOCATION|Peru]], in the Amazon, and I think she's being... I don't know if "held" is the word. Her name is [[PERSON|Abigail Morrow]], she's [[AGE|twenty-three]].
O: Thank you. Where is she exactly, and what is she doing there?
C: She went in [[DATE_TIME|March]] to volunteer at a retreat, a plant medicine place, outside [[LOCATION|Iquitos]]. It's called [[ORGANIZATION|Sacha Runa Healing Lodge]]. You can only get there by boat, three hours up the [[LOCATION|Napo]].
O: What has she told you?
C: At first she loved it. Then the volunteers ended up doing everything, cooking, cleaning cabins, laundry for the guests, twelve hours a day, and the little stipend they promised stopped after the first month. And last week she called me crying. The man who runs it, they call him maestro [[PERSON|Lucio]], has been coming to her cabin at night, saying it's part of the "healing", touching her, pushing her to sleep with him.
O: I'm so sorry. Is she free to leave?
C: Not really. Nobody locks her in, no, she can walk around, but the only boat is his, and he keeps the volunteers' passports "in the safe". He told her if she leaves early she owes him two thousand dollars for food and lodging.
O: Is anyone else there in the same situation?
C: There's another volunteer, a German girl, [[PERSON|Lena]]. [[PERSON|Abigail]] says he does the same to her.
O: When did you last hear from [[PERSON|Abigail]]? Is she in danger right now?
C: This morning, on WhatsApp. There's only signal by the kitchen. She wrote "please get me out". He's behaving because there's a group of guests, but they leave on [[DATE_TIME|Sunday]], and she's terrified of what happens after that.
O: Do you have her phone number and an exact location?
C: Her Peruvian number is [[PHONE_NUMBER|+51 965 203 884]]. And she dropped a pin once: [[ADDRESS|minus 3.2871, minus 72.9054]].
O: Thank you. This is what we'll do: we'll alert the police in [[LOCATION|Loreto]] and the anti-trafficking prosecutor so they can go to the lodge and bring her and the other volunteer out before the guests leave. In the meantime, tell her to stay near other people, keep her phone charged and hidden, and not to confront him.
C: Okay. Okay. Should I fly down there?
O: Not for now; we'll keep you updated. When you speak to the embassy again, tell them about the passport. Can I have your name and number?
C: [[PERSON|Karen Morrow]]. My cell is [[PHONE_NUMBER|+1 541 555 0127]], I'm in [[LOCATION|Oregon]].
O: Thank you, [[PERSON|Karen]]. I'll call you back today as soon as the police confirm, and we'll message [[PERSON|Abigail]] carefully.
C: Thank you. Please, just get her out.
""", note("family_member", "report", ["sexual", "labour"], 2, False, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_legal", "information_given", "follow_up_call"],
          "A mother abroad reports that her adult daughter, volunteering at a remote jungle retreat, works long unpaid "
          "hours, has had her passport taken, is told she owes a debt if she leaves and is sexually pressured by the man "
          "who runs it; another foreign volunteer is in the same situation. Police and the prosecutor are asked to reach "
          "the lodge and bring both women out, with safety advice and a call back the same day."))

call("h29-en-02", "en", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Sorry, would it be okay to do this in English? My Spanish is fine for shopping, not for legal stuff.
O: Of course, go ahead in English.
C: Thanks. I'm [[PERSON|Tom Verhoeven]], I'm a caseworker at [[ORGANIZATION|Puentes de Acogida]], we support migrant women in [[LOCATION|Lima]]. Nothing urgent, I just have a question about one of our clients.
O: Sure. What's the situation?
C: She's Colombian, [[AGE|thirty-one]]. About two years ago she was recruited for a waitressing job and ended up in a nightclub in [[LOCATION|Tacna]], where they made her sleep with clients to pay off a so-called travel debt. She got out on her own after a few months. It was never reported.
O: Is she still in contact with those people, or has anyone threatened her since?
C: No, nothing. She changed her number, she's been in [[LOCATION|Lima]] for over a year, she works at a bakery, she's doing well, honestly.
O: Good to hear. What's your question?
C: Her residence card expired, and someone told her victims of trafficking can get a humanitarian migration status. Is that true? And would she have to file a criminal complaint first? She really doesn't want to go through that.
O: Yes, it's true. [[LOCATION|Peru]] has a humanitarian migration status that victims of trafficking can apply for. Filing a criminal complaint is not a condition, although she will need to be recognised as a victim, for example through a report from the public defence service.
C: Okay, and who writes that report?
O: The easiest route is a free public defender for victims from the Ministry of Justice. They can assess her case, prepare the paperwork for the migration office and explain her options, including whether she wants to report later. I can refer her today if she agrees.
C: She agreed before I called, yes. Her first name is [[PERSON|Yuliana]], but I'd rather give her full details to the lawyer directly.
O: That's fine. Can I have your contact details so the defender's office can reach you first?
C: My mobile is [[PHONE_NUMBER|947 381 260]] and my email is [[EMAIL_ADDRESS|tverhoeven@puentesdeacogida.org]].
O: Thank you, [[PERSON|Tom]]. The defender's office usually calls within two or three working days. If anything changes, or if those people contact her, call us straight away.
C: Will do. Thanks, that's clearer than anything I found online.
""", note("professional", "information_request", ["sexual"], 1, False, ["female"], "Tacna", "past", "low",
          ["information_given", "referral_legal"],
          "A caseworker from a migrant support organisation asks about residence options for a foreign woman who was "
          "forced to have sex with clients in a nightclub two years ago, escaped on her own and is now safe. The operator "
          "explained the humanitarian migration status and that a criminal complaint is not required, and referred her "
          "to free public legal defence for victims."))


# -------------------------------------------------------- Brazilian Portuguese ----

call("h29-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde! Desculpa, eu não falo espanhol. É a linha contra o tráfico de pessoas do [[LOCATION|Peru]]?
O: Sí, señor. Puede hablar en portugués, despacio, yo le entiendo.
C: Obrigado. Meu nome é [[PERSON|Cláudio Ferreira]], moro em [[LOCATION|Porto Velho]], em [[LOCATION|Rondônia]]. É sobre meu filho, [[PERSON|Kauã]], de [[AGE|dezesseis anos]]. Ele foi para [[LOCATION|Lima]] em [[DATE_TIME|janeiro]] com um empresário de futebol, para fazer teste num clube daí.
O: ¿Y qué pasó cuando llegó?
C: Não teve teste nenhum. O empresário, um tal de [[PERSON|Wanderley]], pegou o passaporte dos meninos "para a inscrição na federação" e botou eles para trabalhar num lava-jato. De tarde eles ainda vendem água nos semáforos. Ele fica com todo o dinheiro e diz que eles devem a passagem, a comida e o aluguel.
O: ¿Cuántos chicos son?
C: Quatro, contando o [[PERSON|Kauã]]. Todos brasileiros, de [[AGE|quinze, dezesseis anos]]. Um é de [[LOCATION|Rio Branco]], os outros de [[LOCATION|Porto Velho]] mesmo.
O: ¿Dónde duermen? ¿Están encerrados?
C: Trancados, não... Eles dormem num quarto em cima do lava-jato, no chão. Podem sair, mas sem documento, sem dinheiro, sem falar espanhol, vão para onde? E o [[PERSON|Wanderley]] diz que se forem à polícia vão ser presos por estar ilegais.
O: ¿Alguien los ha golpeado?
C: Ontem meu filho me mandou um áudio chorando. Um dos meninos pediu para ligar para a mãe e o [[PERSON|Wanderley]] deu um tapa nele, derrubou no chão.
O: Entiendo. Señor [[PERSON|Cláudio]], son menores de edad y esto es trata con fines de explotación laboral. Vamos a pedir a la policía que vaya hoy mismo al lavadero para sacar a los cuatro chicos, y los llevarán a un centro de acogida para menores mientras se coordina su regreso con el consulado de [[LOCATION|Brasil]]. ¿Tiene la dirección?
C: Tenho. O lava-jato se chama [[ORGANIZATION|Lavacar Turbo]], fica na [[ADDRESS|avenida Naranjal, quadra 4]], em [[LOCATION|San Martín de Porres]]. Meu filho me mandou a localização.
O: ¿Y un número de su hijo?
C: O WhatsApp dele é [[PHONE_NUMBER|+55 69 98421 3307]]. Mas o [[PERSON|Wanderley]] às vezes pega o celular dele, então melhor mandar mensagem.
O: De acuerdo, le escribiremos con cuidado. ¿Y su número?
C: [[PHONE_NUMBER|+55 69 99213 5480]]. Por favor, me liga a qualquer hora.
O: Lo llamo hoy en cuanto la policía confirme que los chicos están a salvo. Y si el señor lo llama, no le comente nada.
C: Pode deixar. Muito obrigado, de coração. Eu só quero meu filho de volta.
""", note("family_member", "report", ["labour"], 4, True, ["male"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Un padre extranjero reporta que su hijo adolescente y otros tres menores fueron traídos con la promesa de una "
          "prueba en un club de fútbol y son obligados a trabajar en un lavadero de autos y a vender en la calle, con los "
          "pasaportes retenidos, una supuesta deuda y agresiones. Se pide a la policía que los rescate ese mismo día y se "
          "coordina un centro de acogida para menores, con seguimiento."))


# -------------------------------------------------------- Venezuelan Spanish ----

call("h29-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué la puedo ayudar?
C: Buenas noches. Mira, disculpa, no sé si es aquí. Una muchacha de la iglesia me pasó este número, vale.
O: Sí, es aquí. Cuénteme con confianza.
C: Yo me llamo [[PERSON|Yusmary Colmenares]], tengo [[AGE|veintiséis años]], soy de [[LOCATION|Barquisimeto]]. Estoy en [[LOCATION|Puno]], en la ciudad.
O: ¿Qué le pasó?
C: Yo estuve trabajando cinco meses en un hostal, el [[ORGANIZATION|Hostal Mirador del Altiplano]]. Limpiaba los cuartos, lavaba sábanas a mano, atendía la recepción de noche... Desde las seis de la mañana hasta las once, y a veces me levantaban a las tres de la madrugada para recibir a los turistas del bus. Me ofrecieron ochocientos soles y cuarto, y me pagaban la mitad, cuando pagaban, porque el señor [[PERSON|Anco]] me descontaba todo: la comida, lo que se rompía, hasta el agua caliente.
O: ¿Sigue trabajando ahí?
C: No, no, ya me fui, gracias a Dios. Me fui [[DATE_TIME|el lunes]]. Ahorita estoy en casa de una pana, pero es un cuartico y ella tiene sus dos chamos, no me puedo quedar mucho.
O: Mientras estuvo ahí, ¿la dejaban salir? ¿Estaba encerrada?
C: Encerrada no, chamo, yo salía al mercado. Pero el señor me tenía el pasaporte desde el primer día, que para registrarme con la policía de turismo, y nunca me lo devolvió. Cuando le pedí lo que me debía, me dijo que si me iba, me iba sin pasaporte y sin un sol. Y así me fui, sin nada. Qué vaina.
O: ¿La golpearon o la amenazaron?
C: Golpe no. Gritos sí, todos los días, que las venezolanas somos flojas, que agradezca que me dio trabajo. Y me dijo que si lo denunciaba, él me denunciaba a mí por robo.
O: ¿Cómo está de salud ahora?
C: Tengo una tos que no se me quita, con este frío, y en el hostal nunca me dejaron ir a la posta.
O: [[PERSON|Yusmary]], lo que vivió puede ser trabajo forzoso: le retuvieron el documento, no le pagaban lo acordado y la amenazaron. Podemos ayudarla de tres formas: un albergue temporal aquí en [[LOCATION|Puno]], que la vea un médico por esa tos, y un abogado gratuito para recuperar su pasaporte y reclamar lo que le deben.
C: ¿Y eso no me mete en un rollo con Migraciones? Porque mi permiso está vencido.
O: No. Ser víctima no es un delito, y denunciar no hace que la expulsen. El abogado también la va a orientar con su situación migratoria.
C: Dale, pues, sí quiero. ¿Qué tengo que hacer?
O: Mañana temprano la llamo para decirle a dónde ir para el albergue y la consulta. ¿A qué número?
C: Al [[PHONE_NUMBER|925 880 413]], es el de mi pana, el mío no tiene saldo.
O: Perfecto. Y si alguien del hostal la busca o la amenaza, llámenos enseguida, a cualquier hora.
C: Gracias, de verdad. Qué alivio, chamo.
""", note("victim", "help_request", ["labour"], 1, False, ["female"], "Puno", "past", "medium",
          ["referral_shelter", "referral_health", "referral_legal", "information_given", "follow_up_call"],
          "Una mujer migrante cuenta que trabajó meses en un hostal con jornadas muy largas, pago parcial por descuentos "
          "abusivos, su pasaporte retenido y amenazas de una denuncia falsa, y que se fue hace pocos días sin documento "
          "ni dinero. Se le ofrecieron albergue temporal, atención médica y asesoría legal gratuita, se le explicó que "
          "denunciar no afecta su situación migratoria y se la llamará al día siguiente."))


# ------------------------------------------------- Spanish/English code-switching ----

call("h29-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hola, buenas tardes. Sorry, mi español es un poco... I grew up in [[LOCATION|Houston]], so si me trabo, perdón.
O: No se preocupe, hable como le sea más cómodo, le entiendo en inglés también. ¿Qué pasó?
C: Es por mi amigo [[PERSON|Renzo]]. He's like my best friend desde el colegio. En [[DATE_TIME|agosto]] le salió una oferta en LinkedIn, customer service para una empresa de crypto en [[LOCATION|Tailandia]], mil ochocientos dólares al mes, pasaje pagado, all in English. Y [[PERSON|Renzo]] habla inglés perfecto, so he thought it was a dream job.
O: ¿Y qué pasó cuando llegó?
C: Lo recogieron en el aeropuerto de [[LOCATION|Bangkok]], lo llevaron en una van horas y horas al norte, cruzaron un río en bote, and now he's in [[LOCATION|Myanmar]]. Está en un compound, con muros, guards con armas. No puede salir.
O: ¿Qué le obligan a hacer ahí?
C: Scams. Romance scams, crypto, todo eso. Le dieron como diez celulares con perfiles falsos y tiene que chatear con gente de [[LOCATION|Estados Unidos]] y convencerlos de invertir. Tiene una cuota, and if he doesn't hit it, le pegan o lo dejan sin comer. He told me they use a taser on people.
O: ¿Le han dicho que debe algo?
C: Yeah, dicen que debe el pasaje y el "training", como ocho mil dólares, y que si no paga lo venden a otro compound.
O: ¿Cómo se comunica con usted?
C: Por Telegram, a escondidas, de madrugada. His handle is [[OTHER_ID|@renzo_vq]]. Me dijo que hay otra peruana en su mismo piso, una chica de [[LOCATION|Arequipa]], [[PERSON|Milagros]] o algo así, y un montón de gente de otros países.
O: ¿Sabe el nombre del lugar?
C: Él le dice [[ORGANIZATION|Golden Lotus Park]], cerca de [[LOCATION|Myawaddy]].
O: ¿La familia de [[PERSON|Renzo]] ya sabe?
C: Su mamá sí, she's freaking out. Fue a la comisaría y le dijeron que como es mayor de edad y viajó por su voluntad no pueden hacer nada. That's why I'm calling you.
O: Eso no es así. Aunque haya viajado por su voluntad, si lo engañaron y ahora lo obligan bajo amenazas, es víctima de trata. Vamos a registrar el caso y derivarlo hoy a la policía especializada en trata y a la fiscalía, que coordinan con Cancillería en estos casos. Y la mamá puede escribir al servicio de asistencia consular de Cancillería; le doy el dato ahora.
C: Okay. And what do I tell him? Is it safe to keep texting?
O: Que borre los mensajes después de leerlos, que no se arriesgue a que lo vean, y que si puede mande su ubicación. No le pidan que intente escaparse solo; eso puede ser muy peligroso. ¿Me da su nombre completo y, si lo tiene, su número de pasaporte?
C: [[PERSON|Renzo Valdivia Quiroz]], [[AGE|24]]. El pasaporte se lo quitaron al llegar, pero su mamá tiene una foto: [[ID_NUMBER|120477391]].
O: Gracias. ¿Y sus datos?
C: Soy [[PERSON|Bruno]], mi cel es [[PHONE_NUMBER|987 112 540]]. El número de la señora [[PERSON|Quiroz]] te lo mando por WhatsApp, si quieres.
O: Perfecto. Lo llamo [[DATE_TIME|el jueves]] para contarle en qué va, y si [[PERSON|Renzo]] le cuenta algo nuevo, llámenos antes.
C: Thanks, de verdad. I feel so useless desde acá.
""", note("acquaintance", "report", ["forced_criminality"], 2, False, ["male", "female"], "Myanmar", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Un amigo reporta que un joven captado con una falsa oferta de atención al cliente en el extranjero está "
          "retenido en un complejo de estafas en línea, donde lo obligan a estafar bajo amenazas, castigos físicos y una "
          "supuesta deuda; menciona a otra connacional en la misma situación. El caso se deriva a la policía "
          "especializada y a la fiscalía, se orientó sobre cómo comunicarse con él sin ponerlo en riesgo y sobre la "
          "asistencia consular, con seguimiento."))


# ------------------------------------------------ Andean Spanish with Quechua ----

call("h29-qu-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días.
C: Allinllachu, mamay. Buenos días. Disculpe, señorita, castellano poquito nomás hablo.
O: Allinmi, mamá. No se preocupe, despacio nomás. ¿De dónde me llama?
C: De [[LOCATION|Andahuaylas]], de una comunidad de [[LOCATION|Pacucha]] llamo. Por mi wawa, mi hija [[PERSON|Delia]].
O: ¿Qué le ha pasado a su hija, mamá?
C: El año pasado una paisana, la [[PERSON|Justina]], le ha dicho: vamos a [[LOCATION|Ica]], ahí hay trabajo en chacra de espárrago, vas a ganar bien, vas a estudiar también. Mi hija [[AGE|catorce años]] tenía. Yo no quería, pero mi esposo dijo ya, que vaya, aquí no hay plata pues.
O: ¿Y cómo le fue allá?
C: Mal, mamay. En [[LOCATION|Villacurí]] de madrugada cosechaba en el campo, y en la tarde en la casa de la [[PERSON|Justina]] lavaba, cocinaba para todos, para sus hijos también. Plata nunca le ha dado. Decía que le debía el pasaje, la comida, el cuarto. Celular le ha quitado, no le dejaba llamar. Achachau, mi wawa sufría.
O: ¿Dónde está su hija ahora? ¿Sigue en esa casa?
C: Manam, ya está aquí conmigo. Hace dos semanas se ha escapado. Una señora del campo le ha prestado para el pasaje y ha llegado a la casa, flaquita, flaquita. [[AGE|Quince]] ya tiene ahora.
O: Qué bueno que ya está con usted. ¿Y cómo está ella?
C: No está bien, señorita. No come, de noche llora, no quiere salir. Dice que la [[PERSON|Justina]] le ha dicho que si se va, la va a denunciar por robo.
O: ¿Esa señora ha venido a buscarla o ha llamado?
C: Manam, no ha venido. Pero su mamá de ella vive aquí en la comunidad, por eso mi hija tiene miedo.
O: ¿Había otros chicos trabajando así, sin pago?
C: En el campo había otros, pero grandes, de otro sitio, a ellos sí les pagaban, dice. En la casa solo mi hija.
O: Mamá, lo que le ha pasado a su hija es trata de personas, es explotación, y ella no ha hecho nada malo. Vamos a pasar el caso a la fiscalía para que investiguen a esa señora. Y en [[LOCATION|Andahuaylas]] hay un Centro de Emergencia Mujer donde una psicóloga puede atender a su hija gratis, en quechua si ella quiere. ¿Quiere que la derivemos?
C: Ari, mamay, eso sí. Pero yo no sé escribir bien.
O: No importa, ellas la llaman. ¿Tiene un número?
C: El celular de mi hijo mayor: [[PHONE_NUMBER|nueve ocho tres, cuatro cero uno, dos seis siete]].
O: Le repito: [[PHONE_NUMBER|983 401 267]]. ¿Y su nombre, mamá?
C: [[PERSON|Faustina Huamaní]]. Mi hija es [[PERSON|Delia Quispe Huamaní]].
O: Gracias, mamá [[PERSON|Faustina]]. La próxima semana la llamo para saber cómo está la [[PERSON|Delia]]. Y si esa señora aparece o las amenaza, llame a este número, es gratis, a cualquier hora.
C: Ya, mamay. Diospagarasunki.
""", note("family_member", "report", ["labour", "domestic_servitude"], 1, True, ["female"], "Ica", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una madre reporta que su hija adolescente fue llevada por una conocida de su comunidad a cosechar en el campo "
          "en la costa y a hacer además las tareas domésticas de la reclutadora, sin pago, con una deuda impuesta y sin "
          "poder comunicarse; la joven escapó y ya está en casa, pero está afectada y teme represalias. Se deriva el caso "
          "a la fiscalía y a atención psicológica en su localidad, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
