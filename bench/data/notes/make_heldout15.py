#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout15.jsonl: 16 fictional labelled hotline calls, used once to measure generalisation.

Written by an outside test-data writer who never saw the drafter's code, rules or results.
The set mimics an ordinary shift on a Peruvian counter-trafficking line: six lowercase,
unpunctuated Whisper-style Spanish transcripts, four cased Spanish, two English, one
Portuguese, one Spanish/English mix, one Andean Spanish with Quechua words and one
Venezuelan Spanish. Situations: a victim whispering from a locked textile workshop, a taxi
driver unsure about what he saw, a prank call, a municipal inspector, a mother calling back
about a son on a fishing boat, a question about a job poster, a teacher, an obstetrician,
a neighbour whose case turns out to be domestic violence, a priest worried about the sale
of a baby, a tourist, a father abroad whose son was forced to carry drugs, a wife who lost
contact with loggers, a student asking about the law, a grandmother facing a forced
marriage and a worker whose unpaid wages are a labour dispute, not trafficking. Callers
decline some offers, correct themselves and answer "no" to questions.
Markup as in make_heldout.py ([[TYPE|surface]] marks PII; O:/C: mark the speaker); output
format: LABELS.md. All people, numbers, accounts and places of business are invented.

Run: python make_heldout15.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout15.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h15-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita hablo bajito porque no me pueden escuchar
O: está bien te escucho habla tranquila estás en peligro ahora
C: estoy en el taller donde trabajo en [[LOCATION|la victoria]] nos tienen encerradas cosiendo no nos dejan salir ni el domingo
O: cuántas personas están contigo
C: somos cuatro conmigo no perdón somos tres conmigo la otra chica se fue ayer con el señor y ya no volvió
O: qué edades tienen
C: yo tengo [[AGE|diecinueve]] la [[PERSON|maribel]] tiene [[AGE|quince]] y la otra chica [[AGE|veinte]] creo
O: sabes la dirección del taller
C: es en el [[ADDRESS|jirón hipólito unanue mil quinientos cuarenta tercer piso]] encima de una tienda de telas
O: les pagan algo tienen sus documentos
C: no nos pagan dice que primero tenemos que pagar el pasaje desde [[LOCATION|cajamarca]] y la comida y el señor [[PERSON|efraín]] nos quitó el dni a todas
O: alguna de ustedes está herida
C: la [[PERSON|maribel]] se cortó la mano con la máquina hace dos días y no la llevan a la posta está hinchada
O: escucha vamos a avisar ahora mismo a la policía para que vayan al taller y las saquen a las tres después las van a llevar a un lugar seguro y a tu compañera la van a atender en un centro de salud
C: ya pero que no se entere el señor él viene en la mañana
O: la policía va a ir esta noche pon el teléfono en silencio el número que me sale en pantalla es el tuyo
C: sí es mi celular el [[PHONE_NUMBER|nueve cuatro uno tres cero dos ocho cinco siete]]
O: bien no cuelgues todavía estoy avisando a la policía
C: ya gracias señorita
""", note("victim", "help_request", ["labour"], 3, True, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_health"],
          "Una joven llama en voz baja desde un taller textil donde ella y otras dos mujeres, una de ellas "
          "adolescente, son encerradas y obligadas a coser sin pago por una supuesta deuda de pasaje, con los "
          "documentos retenidos; una compañera tiene una herida sin atender. Se alertó a la policía para su "
          "rescate inmediato y se coordinan albergue y atención médica."))

call("h15-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes mire yo soy taxista en [[LOCATION|puerto maldonado]] no sé si esto es para ustedes pero me quedé preocupado
O: cuénteme con confianza qué pasó
C: hoy temprano hice una carrera desde el terminal hasta el [[ADDRESS|kilómetro ciento ocho]] por [[LOCATION|la pampa]] llevé a un señor con dos chicas jovencitas que venían de [[LOCATION|cusco]]
O: qué le llamó la atención
C: el señor les decía que iban a trabajar de meseras en un bar que les iban a pagar bien y que no hablen con nadie y ellas ni sabían dónde estaban
O: las chicas parecían menores de edad
C: sí pues una me dijo que tenía [[AGE|dieciséis]] y el señor al toque dijo que no que tiene [[AGE|dieciocho]] que no hable tonterías
O: recuerda el nombre del local donde las dejó
C: el señor dijo [[ORGANIZATION|bar el dorado]] yo las dejé en la carretera al lado de unos prostibares ahí todo el mundo sabe lo que pasa con las chicas
O: vio si les quitaron los celulares o los documentos
C: eso no sé señorita no vi eso
O: gracias por avisar vamos a alertar ahora mismo a la policía de la zona para que ubiquen a las chicas
C: ya está bien pero yo no quiero salir en nada eh
O: su llamada es anónima podemos llamarlo después por si necesitamos algún dato más
C: no no mejor no me llamen yo ya cumplí con avisar
O: entendido muchas gracias por llamar
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Madre de Dios", "at_risk", "immediate",
          ["police_dispatch"],
          "Un taxista reporta que trasladó a un hombre con dos chicas, al menos una aparentemente menor de edad, "
          "a una zona de bares de un área minera con la promesa de trabajar como meseras. Se alertó a la policía "
          "para ubicarlas; el llamante no quiso que se le devolviera la llamada."))

call("h15-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: mmm
O: aló aló no le escucho puede hablar más fuerte
C: jajaja
O: aló me escucha en qué le puedo ayudar
C: eh sí buenas es que quiero denunciar a mi amigo porque me vendió una gaseosa caliente jajaja
O: esta es una línea para casos de trata de personas si usted o alguien que conoce necesita ayuda puede contarme
C: ya ya disculpe señora jaja no pasa nada
O: le pido que no haga llamadas de broma porque esta línea la necesitan personas en peligro
C: ya ya chau
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada de broma: tras un silencio inicial, un joven se ríe e inventa una denuncia sin relación con "
          "la trata. Se le explicó el propósito de la línea y se le pidió no hacer llamadas falsas."))

call("h15-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata de personas buenos días
C: buenos días le habla [[PERSON|jorge luis paredes]] soy inspector de la municipalidad de [[LOCATION|santa anita]] llamo por algo que vimos en el [[ADDRESS|mercado mayorista]]
O: dígame señor qué encontraron
C: en un operativo de madrugada encontramos a cinco menores trabajando en un puesto de papas cargando sacos y durmiendo ahí mismo sobre los costales
O: qué edades tienen más o menos
C: entre [[AGE|once]] y [[AGE|catorce años]] tres varoncitos y dos mujercitas
O: con quién están los menores
C: con una señora que dice que es su tía los trajo de [[LOCATION|ayacucho]] hace unos meses pero los chicos dicen que no es su tía que la conocieron en la feria y ella les prometió a sus papás que iban a estudiar en [[LOCATION|lima]]
O: los niños están estudiando
C: no ninguno está matriculado y uno nos dijo que ella les pega con la correa si no venden toda la papa
O: les pagan algo
C: dicen que la señora manda plata a sus papás cada mes pero a ellos no les da nada
O: los niños siguen en el mercado ahora
C: sí siguen ahí el puesto es el [[ADDRESS|doscientos catorce del pabellón b]] nosotros no tenemos competencia para sacarlos por eso llamo
O: quiere que enviemos a la policía ahora mismo
C: no ahorita no porque la señora se puede asustar y llevárselos mejor que vayan con fiscalía y con la unidad de protección
O: entendido vamos a derivar el caso de inmediato a la fiscalía de familia y a la unidad de protección especial para que intervengan y le llamamos para coordinar
C: perfecto mi número es el [[PHONE_NUMBER|nueve nueve cuatro ocho siete uno dos cero tres]]
O: gracias señor lo llamamos hoy mismo
""", note("professional", "report", ["labour"], 5, True, ["female", "male"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un inspector municipal reporta que cinco niños y niñas traídos de otra región con la promesa de "
          "estudiar trabajan cargando sacos en un puesto de mercado, duermen allí, no van al colegio, no reciben "
          "pago y son golpeados por la mujer que los tiene a cargo. El llamante prefirió que no se enviara a la "
          "policía en ese momento; se deriva a la fiscalía de familia y a la unidad de protección, con seguimiento."))

call("h15-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita yo llamé la semana pasada por mi hijo el que está en la embarcación pesquera en [[LOCATION|paita]] me dijeron que vuelva a llamar si sabía algo más
O: sí señora me recuerda su nombre por favor
C: soy [[PERSON|norma chunga]] la mamá de [[PERSON|kevin]]
O: gracias señora [[PERSON|norma]] qué novedades tiene
C: ayer mi hijo me llamó de un celular prestado dice que siguen teniéndolo en el barco veinte días en altamar y cuando llegan a puerto no lo dejan bajar porque el patrón dice que debe el adelanto
O: recuérdeme cuántos años tiene su hijo
C: [[AGE|diecisiete]] recién cumple [[AGE|dieciocho]] en [[DATE_TIME|marzo]]
O: sabe el nombre de la embarcación
C: sí se llama [[ORGANIZATION|don santos segundo]] matrícula [[OTHER_ID|pt guion cuatro cinco dos uno cm]]
O: y sabe cuándo vuelve a puerto
C: [[DATE_TIME|el lunes]] dijo no perdón me equivoqué [[DATE_TIME|el jueves]] [[DATE_TIME|el jueves en la madrugada]] llega a [[LOCATION|paita]]
O: su hijo le dijo si le han hecho daño
C: no pegarle no le han pegado pero lo amenazan que si se baja lo denuncian por robo y que no le van a pagar nada
O: hay otros chicos con él en esa situación
C: no sé señorita él no me dijo eso solo me habló de él
O: muy bien señora voy a pasar estos datos a la fiscalía que ve el caso para que coordine la intervención cuando llegue la embarcación y la vuelvo a llamar antes para confirmar
C: ya señorita que dios le pague
""", note("family_member", "follow_up", ["labour"], 1, True, ["male"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre llama en seguimiento de un reporte previo: su hijo adolescente sigue retenido en una "
          "embarcación pesquera, sin pago, sin poder bajar en puerto por una supuesta deuda y con amenazas de una "
          "denuncia falsa. Aporta los datos de la embarcación y su fecha de llegada, que se pasan a la fiscalía, "
          "con seguimiento."))

call("h15-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenos días con quién tengo el gusto
C: buenos días no quisiera dar mi nombre solo quiero hacer una consulta
O: no hay problema puede ser anónima dígame
C: en la universidad aquí en [[LOCATION|juliaca]] han pegado unos afiches que dicen se necesitan señoritas de dieciocho a veinticinco años para trabajar en [[LOCATION|chile]] atención al público sueldo mil dólares pasaje y alojamiento gratis sin experiencia y piden mandar foto de cuerpo entero a un whatsapp
O: usted o alguna conocida ha escrito a ese número
C: no nadie todavía yo no he escrito es que me pareció raro y quería saber si eso es legal
O: hizo bien en llamar ese anuncio tiene varias señales de alerta un sueldo muy alto sin experiencia pasaje pagado pedir fotos de cuerpo entero y no decir el nombre de la empresa son formas comunes de captación
C: y qué pasa si una va y después no le gusta puede regresar
O: muchas veces les dicen que deben el pasaje y el alojamiento y les quitan los documentos y así no pueden regresar por eso recomendamos no responder y verificar cualquier oferta de trabajo en el extranjero en el ministerio de trabajo
C: y cómo puedo denunciar el afiche
O: puede denunciar en cualquier comisaría o en la fiscalía y también puede pasarnos el número del whatsapp ahora y nosotros lo derivamos
C: no tengo el número aquí mejor voy yo a la comisaría con una foto del afiche
O: perfecto y puede volver a llamar cuando quiera la línea es gratuita las veinticuatro horas
C: ya muchas gracias señorita
""", note("general_public", "information_request", ["unknown"], 0, False, [], "Chile", "at_risk", "low",
          ["information_given"],
          "Una estudiante consulta por unos afiches que ofrecen trabajo en el extranjero a mujeres jóvenes, con "
          "sueldo alto, pasaje gratis y pedido de fotos de cuerpo entero. Se explicaron las señales de captación, "
          "cómo verificar ofertas y cómo denunciar; la llamante prefirió denunciar ella misma en una comisaría."))

# ------------------------------------------------ cased Spanish ----
call("h15-es-001", "es", "plain", """
O: Línea contra la trata de personas, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes. Soy profesora de una escuela en [[LOCATION|Panao]], en [[LOCATION|Huánuco]]. Llamo por una alumna; no sé si esto es trata o qué es, pero estoy preocupada.
O: Cuénteme, profesora. ¿Qué le pasó a su alumna?
C: Se llama [[PERSON|Yesenia]], tiene [[AGE|13 años]]. Dejó de venir al colegio hace tres semanas. Fui a su casa y la mamá me dijo que la había mandado a [[LOCATION|Lima]] con una señora que le iba a dar estudios a cambio de que ayude en la casa.
O: ¿Usted ha tenido contacto con la niña desde entonces?
C: Yo no, pero hace unos días la niña llamó a una compañera desde el celular de la señora, llorando. Le dijo que limpia y cocina todo el día, que cuida a dos bebés, que duerme en la cocina y que no la han matriculado en ningún colegio.
O: ¿Le dijo si la dejan salir o si le pagan algo?
C: Que no sale nunca, que la señora cierra con llave cuando se va. Pago, nada. La señora le dio a la mamá 500 soles al llevársela y le dijo que era un adelanto.
O: ¿Sabe en qué parte de [[LOCATION|Lima]] está?
C: Solo que es en [[LOCATION|San Juan de Lurigancho]]. La compañera tiene el número de la señora, me lo pasó: [[PHONE_NUMBER|962 418 705]].
O: ¿Sabe el nombre completo de la señora?
C: No, la mamá solo le dice "la señora [[PERSON|Chela]]", no sabe más. Y la mamá no quiere problemas, me pidió que no denuncie.
O: Entiendo. Lo que describe, una niña llevada con la promesa de estudiar que hace trabajo doméstico sin pago, sin ir al colegio y encerrada, son señales de explotación. Vamos a derivar el caso a la fiscalía para que ubiquen a la niña con ese número, y la llamaremos para hacer seguimiento.
C: ¿Y a la mamá le va a pasar algo? Es una señora humilde, no sabía.
O: La fiscalía evaluará eso; lo primero es proteger a la niña. Usted hizo bien en llamar, y como docente también puede informar a la UGEL sobre la deserción.
C: Está bien. Gracias, espero su llamada.
""", note("professional", "report", ["domestic_servitude"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una docente reporta que una alumna menor de edad fue entregada por su madre a una mujer en otra ciudad con "
          "la promesa de estudiar, y ahora hace trabajo doméstico sin pago, no va al colegio y permanece encerrada. "
          "Se deriva a la fiscalía para ubicar a la niña, se orienta a la docente y se hará seguimiento."))

call("h15-es-002", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, le llamo del centro de salud de [[LOCATION|Belén]], en [[LOCATION|Iquitos]]. Soy obstetra. Quiero reportar algo que me contó una paciente.
O: Dígame, por favor. ¿La paciente está con usted ahora?
C: Sí, está en el consultorio, yo salí un momento para llamar. Tiene [[AGE|16 años]], vino sola por dolor abdominal y tiene moretones en los brazos.
O: ¿Qué le contó?
C: Que hace dos meses un señor la trajo de una comunidad del [[LOCATION|río Napo]] para trabajar en un restaurante, pero era un bar en el puerto donde la hacían tomar con los clientes y luego irse con ellos. Si no quería, la encerraban sin comida.
O: ¿Ella sigue en ese bar?
C: No, se escapó hace tres días por una ventana y desde entonces duerme en el mercado. No quiere volver a su comunidad porque el señor conoce a su familia.
O: ¿Había otras menores en el bar?
C: Ella dice que no, que las demás eran meseras mayores que vivían afuera; solo a ella la tenían encerrada.
O: ¿Sabe el nombre del bar?
C: Le decían [[ORGANIZATION|La Tipishca]], está al lado del embarcadero.
O: Gracias. Como ya no está en el bar pero no tiene dónde quedarse, vamos a coordinar un albergue para hoy mismo con la Unidad de Protección Especial y derivar el caso a la fiscalía. ¿Pueden mantenerla en el centro de salud hasta que la recojan?
C: Sí, la dejamos en observación. También le vamos a hacer los exámenes.
O: Muy bien, y dejen constancia de las lesiones. ¿Me da un número para coordinar?
C: El de obstetricia es [[PHONE_NUMBER|065 23 4417]].
O: Perfecto, la llamaremos en una hora para confirmar el traslado.
C: Gracias, aquí la esperamos.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Loreto", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una obstetra reporta que atiende a una adolescente traída de su comunidad con una oferta de trabajo en "
          "un restaurante, que fue explotada sexualmente y encerrada en un bar y escapó hace unos días; ahora no "
          "tiene dónde quedarse. Se coordina un albergue para el mismo día y se deriva a la fiscalía, con "
          "seguimiento."))

call("h15-es-003", "es", "plain", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, señorita. No sé si llamo al lugar correcto. Mi vecina vive encerrada; su esposo le pone candado a la puerta cuando se va a trabajar.
O: Gracias por llamar. ¿En qué ciudad ocurre esto?
C: En [[LOCATION|Chimbote]]. La dirección no se la voy a dar todavía, primero quiero saber.
O: Está bien. ¿Sabe si a su vecina la obligan a trabajar, o si alguien se queda con su dinero?
C: No, trabajar no, ella está en su casa con sus hijitos. Él es el que trabaja, es mototaxista.
O: ¿Ella es de la zona, o la trajeron de otro lugar con alguna promesa?
C: No, no, es de aquí, se conocen de toda la vida, se casaron hace como diez años.
O: ¿Le han quitado sus documentos, o la obligan a hacer algo para otras personas?
C: No, eso no. Lo que sí, él le grita, le pega, yo escucho los golpes en la noche, y ella me ha dicho que él es celoso y por eso la encierra.
O: Le explico: por lo que me cuenta no parece un caso de trata, porque no hay captación ni explotación; es violencia familiar, que también es un delito y es grave. Para eso está la Línea 100, que es gratuita, y el Centro Emergencia Mujer de su distrito. Si escucha que la están golpeando en ese momento, llame al 105 para que vaya la policía.
C: Ah ya, la Línea 100. ¿Y yo puedo llamar aunque no sea de la familia?
O: Sí, cualquier persona puede llamar, y su identidad se reserva. ¿Quiere dejarme su nombre por si hace falta ubicarla?
C: No, prefiero que no. Voy a llamar a la Línea 100 ahora mismo.
O: Muy bien, hizo bien en preocuparse por su vecina. Buenas noches.
""", note("witness", "not_relevant", [], 0, False, [], None, None, "medium", ["information_given"],
          "Una vecina llama porque una mujer es encerrada con candado y golpeada por su esposo. No hay captación "
          "ni explotación, por lo que no es un caso de trata sino de violencia familiar; se le orientó a la línea "
          "especializada, al centro de atención a la mujer y al número de emergencia policial."))

call("h15-es-004", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, hija. Le habla el padre [[PERSON|Teodoro]], soy párroco en [[LOCATION|Juliaca]]. Quería consultar algo, y quizás denunciar, no estoy seguro.
O: Claro, padre, dígame.
C: Una muchacha de la parroquia, de [[AGE|diecinueve años]], está embarazada de ocho meses. Ayer me contó que una señora que no es de aquí le ofreció tres mil soles por el bebé cuando nazca. Le dijo que ella se encarga de los papeles en la clínica, para que salga como hijo de otra pareja.
O: ¿La muchacha aceptó?
C: Me dijo que lo está pensando, porque el papá del bebé la abandonó y no tiene trabajo. Ya le recibió 200 soles "para sus controles".
O: ¿Sabe quién es la señora, o cómo se comunican?
C: Por WhatsApp. La muchacha me enseñó el número: [[PHONE_NUMBER|951 330 862]]. La señora dice que trabaja para una pareja de [[LOCATION|Arequipa]] que no puede tener hijos.
O: Lo que usted describe es muy grave: ofrecer dinero por un bebé es venta de niños, y es un delito. ¿La muchacha estaría dispuesta a hablar con nosotros o con la fiscalía?
C: Tiene miedo. Me preguntó si ella iría a la cárcel por haber recibido la plata.
O: En general, la fiscalía toma en cuenta la situación de la madre; lo importante es que no entregue al bebé. Vamos a derivar el caso a la fiscalía de familia y a la Unidad de Protección Especial, y coordinaremos con el centro de salud de su zona para que la acompañen en sus controles y en el parto.
C: Eso sería una bendición. ¿Ustedes me llaman o yo les llamo?
O: Nosotros lo llamamos en dos días para contarle cómo va. ¿A este mismo número?
C: Sí, es el celular de la parroquia.
O: Perfecto, padre. Gracias por llamar.
""", note("professional", "report", ["other"], 1, True, [], "Puno", "at_risk", "high",
          ["referral_legal", "referral_health", "information_given", "follow_up_call"],
          "Un párroco reporta que a una joven embarazada en situación de pobreza le ofrecieron dinero por su bebé "
          "cuando nazca, con la promesa de arreglar los papeles para otra pareja, y ya recibió un adelanto. Se "
          "explicó que es venta de niños, se deriva a la fiscalía de familia y a la unidad de protección, y se "
          "coordina acompañamiento de salud, con seguimiento."))

# ------------------------------------------------ English ----
call("h15-en-001", "en", "plain", """
O: Anti-trafficking hotline, good evening, how can I help you?
C: Hi, um, I'm not sure I should be calling. I'm a tourist in [[LOCATION|Cusco]]. I just want some information, I don't want to make a big formal complaint or anything.
O: That's fine, you can stay anonymous. What's worrying you?
C: There are these three little girls on [[ADDRESS|the steps by the San Blas church]]. They sell bracelets and ask tourists to take photos with a baby lamb. They look [[AGE|six, maybe seven]].
O: Is there an adult with them?
C: Yes, a woman sits at the corner. Every time someone gives them money, the girls run over and hand it to her. I've watched for two nights now, they're out there until almost midnight, and it's freezing.
O: Have you seen the woman hurt or threaten them?
C: Tonight one of the girls sat down crying, and the woman pulled her by the hair and slapped her. That's why I'm calling, honestly.
O: Do you know if they go to school, or where they live?
C: No idea. I asked one of them and she just said "mi tía" and ran off.
O: Thank you. Small children made to ask for money until midnight, with an adult taking the money and hitting them, are signs of forced begging. With your permission, I'd like to alert the police now so they can check on the girls tonight.
C: Okay... I said I didn't want a formal report, but yes, go ahead, please send someone.
O: We will. Please don't confront the woman, and don't give the girls money, because that keeps them on the street. Can we call you tomorrow in case the police need more details?
C: I'd rather not, I fly out early tomorrow. You have everything I know.
O: That's fine. Thank you for calling.
""", note("witness", "report", ["forced_begging"], 3, True, ["female"], "Cusco", "ongoing", "high",
          ["police_dispatch", "information_given"],
          "Un turista reporta que tres niñas pequeñas piden dinero y venden pulseras hasta la medianoche mientras una "
          "mujer recoge todo lo que reciben y esta noche golpeó a una de ellas. Se alertó a la policía y se aconsejó "
          "no confrontar a la mujer ni dar dinero; el llamante no quiso que se le devolviera la llamada."))

call("h15-en-002", "en", "plain", """
O: Anti-trafficking hotline, good morning.
C: Good morning. I'm calling from [[LOCATION|Toronto]], [[LOCATION|Canada]]. My name is [[PERSON|Daniel Okafor]]. My son [[PERSON|Michael]] was arrested at the [[LOCATION|Lima]] airport four days ago with drugs in his stomach. I need help, I don't know who else to call.
O: I'm sorry, sir. We'll help however we can. Do you know how he ended up carrying the drugs?
C: He's [[AGE|nineteen]]. Someone on Instagram offered him a paid trip to work as a "travel content creator". When he landed in [[LOCATION|Lima]] they took his passport, kept him locked in a rented flat for a week, and then made him swallow capsules. They showed him photos of our house and his little sister and said they'd kill her if he refused.
O: Was anyone else held with him?
C: No, he says it was just him, and two men who guarded the door.
O: Is he getting medical care?
C: Yes, they took him to hospital to pass the capsules, he's out of danger now. He's in a police cell.
O: Does he have a lawyer?
C: Only a public defender he met for five minutes. The consulate says they can't interfere.
O: I understand. Being deceived, having his passport taken, being locked up and forced to carry drugs under threats are signs that your son may be a victim of trafficking for forced criminality, and victims should not be punished for crimes they were forced to commit. We'll refer the case to the specialised prosecutor's office so they assess him as a possible victim, and to the public defence service. Can I have a number to call you back?
C: Yes, it's [[PHONE_NUMBER|plus one, four one six, five five five, zero one nine two]].
O: Thank you. Please also keep every message, and the Instagram account they used.
C: The account was [[OTHER_ID|@travelwithvibes.pe]]. It's been deleted now, but I have screenshots.
O: Good, you can send the screenshots to the prosecutor when they contact you. We'll call you within two days.
C: Thank you. Thank you so much.
""", note("family_member", "help_request", ["forced_criminality"], 1, False, ["male"], "Lima", "past", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Un padre que vive en el extranjero pide ayuda porque su hijo, captado por redes sociales con una oferta de "
          "viaje, fue encerrado, despojado de su pasaporte y obligado bajo amenazas a transportar droga, y ahora está "
          "detenido. Se explicó que podría ser víctima de trata con fines de criminalidad forzada y se deriva a la "
          "fiscalía especializada y a la defensa pública, con seguimiento."))

# ------------------------------------------------ Portuguese ----
call("h15-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Boa tarde, a senhora fala português? Eu sou do [[LOCATION|Acre]], de [[LOCATION|Assis Brasil]], na fronteira.
O: Sí, un poco, puede hablar despacio. ¿Qué pasó?
C: Meu marido, [[PERSON|Raimundo]], e o sobrinho dele, [[PERSON|Wesley]], que tem [[AGE|dezesseis anos]], foram trabalhar no corte de madeira no [[LOCATION|Peru]], perto de [[LOCATION|Pucallpa]]. Um homem chamado [[PERSON|Tonhão]] levou eles faz dois meses, prometeu pagar no final de cada mês.
O: ¿Cuándo habló con ellos por última vez?
C: Há três semanas. Meu marido ligou de um rádio, disse que não pagaram nada, que tudo é descontado da comida e das botas, que a dívida só cresce e que o patrão não deixa ninguém sair do acampamento. Depois disso, nada.
O: ¿Le dijo si alguien los amenaza o si hay armas?
C: Ele disse que tem homens com espingarda vigiando o rio. E o [[PERSON|Wesley]] está doente, com febre, acho que é malária.
O: ¿Sabe el nombre del campamento o de la empresa?
C: Não, ele só falou "o acampamento do [[PERSON|seu Lauro]]", rio acima, umas dez horas de barco.
O: ¿Usted ya hizo una denuncia en [[LOCATION|Brasil]]?
C: Não, eu tenho medo, o [[PERSON|Tonhão]] é daqui e conhece todo mundo.
O: Entiendo. Vamos a derivar el caso a la fiscalía especializada de [[LOCATION|Ucayali]] para que busquen el campamento, y le voy a dar el contacto del consulado de [[LOCATION|Brasil]] en [[LOCATION|Perú]], que también puede ayudarla. La llamaremos para contarle cómo va.
C: Por favor. Meu número é [[PHONE_NUMBER|+55 68 99912 4470]], com WhatsApp.
O: Muy bien, señora. La llamamos esta semana.
C: Obrigada, que Deus abençoe.
""", note("family_member", "report", ["labour"], 2, True, ["male"], "Ucayali", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una mujer extranjera reporta que su esposo y un sobrino adolescente fueron llevados a trabajar en la tala "
          "de madera, no reciben pago por una deuda que crece, no pueden salir del campamento vigilado por hombres "
          "armados y no tiene noticias de ellos hace semanas. Se deriva a la fiscalía especializada y se le da el "
          "contacto consular, con seguimiento."))

# ------------------------------------------------ Spanish / English mix ----
call("h15-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hi, hola, sorry, mi español is okay-ish. I'm an exchange student at a university in [[LOCATION|Lima]], and I have some questions about the law here?
O: Claro, no hay problema, I can speak a little English too. ¿Qué quiere saber?
C: Okay so, first, if a girl says yes to the job, like she agrees, is it still trafficking? My roommate says if she consented then it's not a crime.
O: En el Perú, el consentimiento no cuenta si hubo engaño, amenaza o abuso de su situación, y si es menor de 18 años nunca cuenta. So consent doesn't matter in those cases.
C: Wow, okay. And the penalty, is it serious?
O: Sí, son penas de cárcel largas, y más altas si la víctima es menor de edad. ¿Hay alguna situación concreta que le preocupa?
C: Kind of, yeah. My roommate's little sister, she's [[AGE|sixteen]], got a DM from an account called [[OTHER_ID|@modelstudio.mira]] offering her "webcam modelling", like 200 dólares a week, in a studio in [[LOCATION|Miraflores]]. They told her not to tell her parents.
O: ¿Ella respondió o fue al estudio?
C: No, no, she hasn't gone. She only replied once asking what it was, then her sister took the phone.
O: Hicieron bien. Eso es una forma de captación de menores para explotación sexual. Recomiendo que no responda más, que guarden capturas de pantalla y que sus padres denuncien la cuenta en la policía, en la división de delitos informáticos.
C: Okay, great, I'll tell them. Do you need my name or anything?
O: No es necesario. ¿Quiere que la llamemos en unos días?
C: No, it's fine, no need. Thank you, gracias, really.
""", note("acquaintance", "information_request", ["sexual"], 1, True, ["female"], "Lima", "at_risk", "medium",
          ["information_given"],
          "Una estudiante extranjera consulta sobre el consentimiento y las penas por trata, y cuenta que la hermana "
          "adolescente de una conocida recibió por redes sociales una oferta de trabajo como modelo por cámara web "
          "con pedido de secreto. Se explicó la ley y las señales de captación y se recomendó guardar pruebas y "
          "denunciar la cuenta; la llamante no quiso seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h15-qu-001", "es", "andean_quechua", """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Allinllachu, señorita. Disculpe, yo poco castellano hablo. Llamo de [[LOCATION|Chincheros]], de [[LOCATION|Apurímac]], por mi nieta.
O: Allinmi, mamita. Hable tranquila, la entiendo. ¿Qué le pasa a su nieta?
C: Mi nieta [[PERSON|Luzmila]], mi wawa, tiene [[AGE|catorce añitos]] nomás. Su papá, mi hijo, la quiere dar a un señor de [[LOCATION|Andahuaylas]] para que sea su warmi. Ese señor ya tiene como [[AGE|cuarenta años]].
O: ¿Ese señor le ha dado algo a su hijo a cambio?
C: Arí, qullqita le ha dado, dos mil soles dice, y le va a dar dos vaquitas también. Mi hijo es borrachito, por el trago hace eso.
O: ¿La niña ya está con ese señor o todavía está con ustedes?
C: Manam, todavía está conmigo, en mi casa. Pero [[DATE_TIME|el domingo]] el señor viene a llevarla, dice, para la fiesta del pueblo, ahí hacen el compromiso.
O: ¿La niña sigue yendo al colegio?
C: Sí, está en segundo de secundaria. Ella llora, no quiere, me dice "mamay, manam risaqchu", no quiero ir.
O: Usted ha hecho muy bien en llamar. Entregar a una niña a un adulto a cambio de dinero o animales es un delito, aunque digan que es costumbre. Vamos a comunicar el caso a la fiscalía de familia y a la DEMUNA de [[LOCATION|Chincheros]] para que intervengan antes del [[DATE_TIME|domingo]].
C: ¿Y a mi hijo lo van a llevar preso? Es mi hijo pues, señorita.
O: Eso lo decide la fiscalía; lo más importante es proteger a la niña. Si ella no está segura en casa, podemos buscarle un albergue.
C: Manam, albergue no, que se quede conmigo nomás, yo la cuido, a mi casa no entra ese señor.
O: Está bien, mamita. ¿Tiene un número donde la podamos llamar?
C: El celular de mi vecina nomás, [[PERSON|doña Justina]], [[PHONE_NUMBER|983 507 214]].
O: Muy bien, la llamaremos en dos días para saber cómo sigue. Cualquier cosa, vuelva a llamar a esta línea, es gratis.
C: Añay, señorita, Diospagarasunki.
""", note("family_member", "report", ["other"], 1, True, ["female"], "Apurímac", "at_risk", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela reporta que su hijo ha recibido dinero y le prometieron animales a cambio de entregar a su "
          "nieta adolescente como pareja a un hombre adulto, y que este vendrá a llevársela en pocos días. Se explicó "
          "que es un delito y se deriva el caso a la fiscalía de familia y a la defensoría municipal del niño; la "
          "abuela no aceptó un albergue porque la niña se queda con ella, y se hará seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h15-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi pana. Mira, disculpa, yo no sé si esto es con ustedes, pero un compañero me dijo que llamara aquí. Yo soy venezolano, trabajo en un chifa en [[LOCATION|Los Olivos]].
O: Cuénteme, ¿qué le está pasando?
C: Bueno, el chamo, el dueño, no me ha pagado las dos últimas quincenas, vale. Me dice "la semana que viene, la semana que viene", y nada. Y encima me paga menos de lo que cuadramos al principio.
O: ¿Usted vive en el restaurante o puede irse a su casa al terminar?
C: No, no, yo vivo con mi esposa en un cuartico alquilado. Salgo a las once y me voy pa' mi casa.
O: ¿El dueño tiene su pasaporte o algún documento suyo?
C: No, qué va, mis papeles los tengo yo, mi PTP y todo.
O: ¿Lo ha amenazado, o le dice que le debe dinero y que no puede irse hasta pagar?
C: No, amenazar no. Lo que me dice es "si no te gusta, te vas", pero yo no me quiero ir sin que me pague lo mío, pues. ¿Eso no es trata?
O: Por lo que me cuenta no es trata: usted puede irse, tiene sus documentos y no hay amenazas ni deuda. Es un incumplimiento laboral, y tiene derecho a cobrar aunque sea extranjero. Puede denunciar en la SUNAFIL o pedir una consulta gratuita en el Ministerio de Trabajo; ahí le ayudan a calcular lo que le deben.
C: ¿Y en la SUNAFIL me piden contrato? Porque yo no tengo contrato.
O: No hace falta; puede llevar pruebas de que trabaja ahí, como mensajes, fotos o testigos. Si algún día le quitan sus documentos o lo amenazan para que no se vaya, vuelva a llamarnos.
C: Dale, chévere, muchas gracias, de verdad.
O: A usted. Buenas noches.
""", note("victim", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador migrante consulta porque su empleador le debe dos quincenas y le paga menos de lo acordado. "
          "No hay retención de documentos, encierro, amenazas ni deuda, por lo que no es un caso de trata sino un "
          "conflicto laboral; se le orientó a presentar su reclamo ante la autoridad de inspección laboral."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
