#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout21.jsonl: 16 fictional, labelled hotline calls for a one-off generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: ../../../shared/eval/LABELS.md (fields and
allowed values), ../../../shared/eval/make_dev.py (annotation conventions and
examples) and make_heldout.py in this folder (call()/note()/build() and the
[[TYPE|surface]] markup); no call wording was reused.

Mix (an ordinary shift): 5 lowercase unpunctuated Whisper-style Spanish
transcripts, 5 cased Spanish, 2 English, 2 Portuguese (one Brazilian, one
Angolan-accented), 1 Spanish/English code-switching, 1 Andean Spanish with
Quechua words. Third-party reports (witnesses, professionals, relatives, an
acquaintance), victims asking for help (ongoing and past), information
requests about risky offers, two calls that are not trafficking (a wage
dispute, a caller looking for the domestic-violence line) and two follow-up
calls on earlier cases. Regions spread over Peru (Ucayali, Amazonas, Ica,
Áncash, Loreto, Moquegua, Tumbes, Cusco, Cajamarca, Lima, Tacna, Huánuco,
Arequipa/Apurímac) and abroad (Thailand). All people, phone numbers, IDs,
handles, plates, businesses and addresses are invented.

Run: python make_heldout21.py   (writes heldout21.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout21.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h21-lower-01", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: buenas noches disculpe la hora este yo soy mototaxista acá en [[LOCATION|pucallpa]] y quería comentar algo que me tiene preocupado
O: claro cuénteme con confianza
C: ya hace como tres semanas un señor me contrata para llevar chicas desde un hostal hasta unas casas por la [[LOCATION|yarinacocha]] siempre de noche y las chicas son menores señorita se nota son chibolitas
O: cuántas chicas ha llevado usted
C: tres siempre las mismas tres una me dijo que tenía [[AGE|quince]] la otra creo que igual y la más flaquita no habla casi
O: y qué pasa cuando las lleva a esas casas
C: las dejo y el señor me dice que vuelva a la hora a recogerlas y ahí salen hombres mayores pues a veces borrachos eso no es normal no
O: no señor lo que me cuenta es muy grave parece explotación sexual de menores sabe cómo se llama el hostal
C: es el [[ORGANIZATION|hostal los delfines]] en la [[ADDRESS|calle inmaculada pasando el mercado número dos]] ahí las tienen en el segundo piso
O: y el señor que lo contrata
C: le dicen [[PERSON|cholo manuel]] no sé el apellido tiene una moto roja la placa es [[OTHER_ID|4521-8U]] me paga veinte soles por carrera
O: hoy en la noche le ha pedido otra carrera
C: no hoy no me ha llamado normalmente es viernes y sábado
O: bien vamos a pasar esta información a la policía especializada y a la fiscalía para que intervengan le pido que no comente nada con ese señor me puede dejar un número
C: ya mi número es [[PHONE_NUMBER|nueve siete tres cero cuatro uno dos ocho ocho]] pero no quiero problemas eh yo tengo familia
O: su identidad queda reservada si el viernes vuelve a llamarlo avísenos en ese momento y lo llamamos mañana para contarle cómo avanza
C: ya señorita gracias yo también tengo hijas por eso llamo
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Ucayali", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un mototaxista reporta que un hombre lo contrata de noche para trasladar a tres adolescentes desde un hostal hasta casas donde las esperan hombres adultos. Dio el nombre del hostal y la placa de la moto del captor; se deriva a la policía especializada y a la fiscalía, con seguimiento."))

call("h21-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes le escucho
C: aló buenas tardes es para hacer una denuncia contra mi empresa
O: sí dígame de qué se trata
C: yo trabajé en una constructora en [[LOCATION|trujillo]] casi dos años y me botaron el mes pasado y no me quieren pagar mi liquidación ni mi cts nada
O: entiendo usted trabajaba con contrato
C: sí con contrato en planilla todo y ahora me dicen que vuelva la otra semana y así me tienen dando vueltas
O: durante el tiempo que trabajó le retuvieron sus documentos o no lo dejaban salir o lo amenazaban
C: no no eso no yo entraba y salía normal mi dni lo tengo yo es que no me pagan nomás
O: ya le explico esta línea atiende casos de trata de personas y explotación lo suyo es un problema laboral que también es importante pero lo ve otra institución
C: ah ya y a dónde tengo que ir entonces
O: puede presentar su denuncia ante la sunafil que es la superintendencia de fiscalización laboral o acercarse a la dirección regional de trabajo ahí le dan asesoría gratuita lleve su contrato y sus boletas
C: y eso es gratis
O: sí es gratuito también puede llamar a la central del ministerio de trabajo para pedir una cita
C: ya ya voy a ir mañana entonces gracias señorita
O: de nada que le vaya bien
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un extrabajador de una empresa constructora llama porque no le pagan sus beneficios tras su despido, sin indicios de retención ni coacción. Se le explicó que es un conflicto laboral y se le orientó a acudir a la inspección de trabajo."))

call("h21-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita yo no sé si llamo al número correcto una amiga me dio este número
O: sí está bien cuénteme qué le pasó
C: yo estaba trabajando en [[LOCATION|bagua grande]] en un restobar me dijeron que era para atender mesas pero no era así
O: qué le hacían hacer
C: tenía que tomar con los clientes y si el cliente quería tenía que irme con él al cuarto de atrás y si no quería la señora me descontaba y me decía que le debía por el pasaje y la comida
O: usted sigue en ese lugar ahora
C: no ya no me escapé el domingo en la madrugada ahora estoy en la casa de mi amiga en [[LOCATION|jaén]] pero mi ropa mi dni todo se quedó allá
O: qué bueno que esté fuera está segura donde está ahora
C: sí creo que sí pero la señora me ha escrito que me va a denunciar por robo que me va a buscar tengo miedo
O: usted no ha cometido ningún delito ella no puede denunciarla por salir de ahí cuántos años tiene usted
C: [[AGE|veinte]] años y quedan otras chicas allá dos más una es de [[LOCATION|cajamarca]] como yo
O: recuerda el nombre del local
C: se llama [[ORGANIZATION|restobar el tunche]] la dueña es la señora [[PERSON|nelly]]
O: le vamos a ofrecer un lugar seguro en un albergue y una abogada para que presente la denuncia y recupere su dni y los datos del local los pasamos a la fiscalía por las otras chicas me deja su número
C: es [[PHONE_NUMBER|nueve cuatro ocho seis uno cinco siete dos tres]] es de mi amiga
O: mañana en la mañana la llamamos para coordinar y si la señora aparece llame al ciento cinco o aquí mismo
C: ya señorita muchas gracias
""", note("victim", "help_request", ["sexual"], 3, False, ["female"], "Amazonas", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una joven cuenta que fue captada para atender mesas en un restobar y obligada a acompañar y tener relaciones con clientes bajo una supuesta deuda; escapó hace días sin su documento y la dueña la amenaza con denunciarla. Otras dos mujeres siguen en el local; se ofrece albergue y asesoría legal, con seguimiento."))

call("h21-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes mamita yo llamé hace como un mes por mi hija la que estaba trabajando en una casa en [[LOCATION|ica]]
O: sí señora me puede dar su nombre para buscar el caso
C: soy [[PERSON|eulogia]] [[PERSON|eulogia pariona]] de [[LOCATION|huanta]] mi hija es [[PERSON|yeni]] tiene [[AGE|quince años]]
O: ya ubiqué el caso señora [[PERSON|eulogia]] a su hija la rescataron hace dos semanas verdad
C: sí la policía la sacó de esa casa ahora está en un albergue allá en [[LOCATION|ica]] yo he hablado con ella por teléfono está bien está comiendo
O: qué bueno y en qué la puedo ayudar hoy
C: yo quiero traerla a mi casa pues pero me dicen que no me la pueden dar así nomás que hay un trámite y no entiendo nada
O: le explico como su hija es menor de edad la unidad de protección especial tiene que evaluar antes de que vuelva con la familia eso es para protegerla no es un castigo
C: y cuánto demora eso
O: depende puede ser unas semanas le van a hacer una visita en su casa en [[LOCATION|huanta]] y le van a pedir la partida de nacimiento de su hija y su dni de usted
C: ya eso tengo y la señora que la tenía trabajando va a ir presa
O: eso lo ve la fiscalía el proceso sigue le vamos a conectar con una abogada gratuita que le puede explicar cómo va su denuncia
C: ya señorita gracias por eso es que no sé leer bien los papeles
O: no se preocupe la abogada la va a llamar esta semana y nosotros también la llamamos para ver cómo sigue
C: ya gracias mamita dios le pague
""", note("family_member", "follow_up", ["domestic_servitude"], 1, True, ["female"], "Ica", "past", "low",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una madre llama en seguimiento del caso de su hija adolescente, rescatada hace poco de una situación de servidumbre doméstica y que está en un albergue. Se le explicó el trámite para que vuelva con la familia y se la conecta con una abogada para seguir el proceso penal."))

call("h21-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: hola buenas noches quería hacer una consulta es sobre un trabajo en el extranjero
O: claro dígame
C: mi hermano tiene [[AGE|veinticuatro]] estudió sistemas y por telegram le ofrecieron trabajo en [[LOCATION|tailandia]] de atención al cliente en inglés dice que pagan dos mil dólares y le pagan el pasaje
O: qué más le han dicho de ese trabajo
C: que primero vuela a [[LOCATION|bangkok]] y de ahí lo recogen en camioneta y lo llevan a la empresa que está cerca de la frontera que no necesita visa de trabajo que entra como turista
O: le han pedido documentos o dinero
C: ya le mandó foto de su pasaporte y le dijeron que el pasaje se lo descuentan del sueldo él está emocionado viaja en dos semanas
O: mire le cuento que hay casos conocidos con esta misma forma jóvenes que viajan a esa zona y los llevan a complejos cerrados les quitan el pasaporte y los obligan a hacer estafas por internet a otras personas y si no cumplen los castigan
C: en serio yo había escuchado algo pero pensé que era exagerado
O: sí son señales de alerta entrar como turista para trabajar que lo recojan en la frontera y que el pasaje sea una deuda le recomendamos que no viaje y que no mande más datos
C: y si él insiste qué hago
O: puede llamarnos él mismo y lo orientamos y puede guardar los chats por si quiere denunciar la cuenta
C: ya voy a hablar con él hoy mismo gracias
O: a usted por llamar buenas noches
""", note("family_member", "information_request", ["forced_criminality"], 1, False, ["male"], "Tailandia", "at_risk", "medium",
          ["information_given"],
          "Una persona consulta por la oferta de trabajo en atención al cliente en el extranjero que su hermano recibió por una aplicación de mensajería, con viaje como turista, traslado a una zona fronteriza y pasaje a descontar del sueldo. Se explicaron las señales de captación para obligar a cometer estafas y se recomendó no viajar."))

# ------------------------------------------------ cased Spanish ----
call("h21-cased-01", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla [[PERSON|Karina Espinoza]], trabajo en la DEMUNA de la municipalidad de [[LOCATION|Chimbote]]. Quería reportar un caso que nos llegó ayer.
O: Adelante, señora [[PERSON|Karina]].
C: Vino una señora, vendedora de comida del puerto, y nos contó que en un bar de la zona de [[LOCATION|La Caleta]] hay dos chicas que son menores, de [[AGE|14]] y [[AGE|16 años]], que atienden en la noche a los pescadores. Ella las conoce porque antes vendían caramelos en el mercado.
O: ¿Sabe si viven en el bar o con alguna familia?
C: Eso es lo que nos preocupa. Dice que duermen ahí, en un cuarto detrás de la barra. La mayor le contó que el dueño le presta plata a la mamá y que ella está "pagando". Y a la chiquita la vio con un moretón en el brazo.
O: ¿Tienen el nombre del local y del dueño?
C: El bar se llama [[ORGANIZATION|El Ancla de Oro]], está en [[ADDRESS|la esquina del jirón Manuel Ruiz con la avenida Los Pescadores]]. Al dueño le dicen [[PERSON|Tiburón]], no sabemos el nombre real.
O: ¿La DEMUNA ha hecho alguna visita?
C: No, no queremos ir solas porque dicen que ahí hay gente armada. Por eso los llamamos, para ver cómo coordinar con la policía.
O: Hicieron bien. Esto es un caso de posible trata con fines de explotación sexual de dos menores. Voy a comunicarlo ahora a la policía especializada de [[LOCATION|Áncash]] para que hagan la intervención, y a la fiscalía de familia. ¿Me da un número de contacto?
C: Sí, mi celular institucional es [[PHONE_NUMBER|943 287 610]].
O: Gracias. La van a contactar para que la señora que vio a las chicas pueda declarar con reserva. Nosotros la llamamos el lunes.
C: Perfecto, quedo atenta. Gracias.
""", note("professional", "report", ["sexual"], 2, True, ["female"], "Áncash", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una funcionaria de protección de menores reporta que dos adolescentes viven y trabajan de noche en un bar del puerto atendiendo a clientes, por una deuda de la familia con el dueño, y una presenta un golpe. Se comunica a la policía especializada para que intervenga y a la fiscalía de familia, con seguimiento."))

call("h21-cased-02", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... ¿Es la línea de la mujer? Para... para denunciar a mi pareja.
O: Esta es la línea contra la trata de personas, señora. Pero cuénteme, ¿qué está pasando? ¿Está usted en peligro ahora?
C: Ahorita no, él está trabajando. Es que anoche me volvió a pegar, delante de mis hijos. Y me dijo que si lo denuncio me quita a los niños.
O: Lamento mucho lo que me cuenta. ¿Tiene alguna herida que necesite atención?
C: Tengo el labio hinchado nomás, y el brazo. No es la primera vez.
O: Entiendo. Esta línea es para casos de trata, pero la violencia que usted sufre también es un delito y hay un servicio especializado para eso. ¿Tiene a la mano dónde anotar?
C: Sí, dígame.
O: Puede llamar gratis a la Línea 100, atienden las 24 horas. Y también puede ir al Centro Emergencia Mujer de su distrito, ahí le dan abogada, psicóloga y la acompañan a poner la denuncia. ¿En qué distrito vive?
C: En [[LOCATION|Villa El Salvador]].
O: Ahí hay un CEM en la comisaría, puede ir mañana temprano. Si él vuelve y la agrede o la amenaza, llame al 105 de inmediato.
C: ¿Y de verdad no me van a quitar a mis hijos?
O: No, señora. Él no puede quitarle a sus hijos por denunciar, eso se lo dice para asustarla. En el CEM le explican todo.
C: Ya. Gracias, señorita. Perdone, me equivoqué de número.
O: No se preocupe, hizo bien en llamar. Cuídese mucho.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "medium", ["information_given"],
          "Una mujer que buscaba la línea de atención a la violencia familiar cuenta que su pareja la agrede y la amenaza con quitarle a sus hijos. Se le explicó que no es un caso de trata y se la orientó al servicio especializado y al centro de emergencia de su distrito."))

call("h21-cased-03", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, le habla [[PERSON|Hugo Tapullima]], soy psicólogo del albergue [[ORGANIZATION|Casa Esperanza del Nanay]], en [[LOCATION|Iquitos]]. Llamo por un caso que ustedes nos derivaron hace unas tres semanas.
O: Sí, señor [[PERSON|Hugo]]. ¿Me da el nombre de la adolescente para ubicarlo?
C: [[PERSON|Shirley Manihuari]], de [[AGE|16 años]]. La rescataron de un bar flotante en el río, por [[LOCATION|Santa Clotilde]].
O: Ya lo tengo. ¿Qué ha pasado?
C: Anoche se fue del albergue. Saltó la reja del patio trasero, más o menos a [[DATE_TIME|las once de la noche]]. Las compañeras dicen que en los últimos días estaba recibiendo mensajes en un celular que alguien le pasó, de un tal [[PERSON|Richi]], que es el mismo que la llevó al bar la primera vez.
O: ¿Saben a dónde puede haber ido?
C: Una compañera dice que le escuchó que iban a encontrarse en el puerto de [[LOCATION|Bellavista Nanay]], para subir a una lancha. Nosotros ya avisamos a la comisaría de aquí, pero quería que ustedes lo sepan y que se active también la policía especializada.
O: Hizo bien. Hay un riesgo alto de que vuelva a la misma red. ¿Tiene el número desde el que le escribían?
C: Sí, una de las chicas lo anotó: [[PHONE_NUMBER|965 402 718]].
O: Voy a comunicar ahora mismo a la división contra la trata de [[LOCATION|Loreto]] y a la fiscalía que lleva el caso, con ese número y el dato del puerto, para que controlen las embarcaciones que salen hoy. ¿A qué número lo ubico?
C: A este, el del albergue, o a mi celular, [[PHONE_NUMBER|982 115 640]].
O: Perfecto. Si ella se comunica con alguna compañera, avísennos de inmediato. Le devuelvo la llamada en la noche.
C: Gracias. Estábamos avanzando mucho con ella, por eso da tanta pena.
""", note("professional", "follow_up", ["sexual"], 1, True, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un psicólogo de un albergue llama en seguimiento de un caso derivado por la línea: la adolescente rescatada de un bar fluvial se fugó del albergue tras recibir mensajes de su captor y podría subir a una embarcación. Se alerta a la policía especializada y a la fiscalía del caso, con seguimiento."))

call("h21-cased-04", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, buenas noches... Me dieron este número en la parroquia. Yo estoy en [[LOCATION|Ilo]], trabajo en una embarcación de pesca, bueno, trabajaba.
O: Le escucho. ¿Cómo se llama usted?
C: [[PERSON|Jhon]]. [[PERSON|Jhon Panaifo]]. Soy de [[LOCATION|Yurimaguas]]. Un señor nos trajo a cuatro muchachos de allá, nos dijo que íbamos a ganar bien en la pesca de pota.
O: ¿Y qué pasó?
C: Nos tuvieron en altamar casi dos meses, sin bajar. Trabajábamos día y noche, dormíamos en la bodega. Y ahora que llegamos dice el patrón que no hay plata, que le debemos la comida, los guantes, el pasaje de [[LOCATION|Yurimaguas]]. Y tiene nuestros DNI, dice que para la capitanía.
O: ¿Usted está ahora en el barco o en tierra?
C: En tierra, en el muelle. Los otros tres siguen en el barco, no los dejan bajar porque dicen que el jueves zarpamos otra vez. Uno de ellos, [[PERSON|Kevin]], tiene [[AGE|16]] nomás.
O: ¿Cómo se llama la embarcación?
C: [[ORGANIZATION|Don Abelardo II]]. El patrón es el señor [[PERSON|Chinchay]].
O: [[PERSON|Jhon]], lo que describe es explotación laboral, y con un menor a bordo. No tienen que pagar ninguna deuda. ¿Tiene dónde dormir esta noche?
C: No, pues. No tengo ni para comer.
O: Le vamos a conseguir un lugar seguro para esta noche y una abogada para recuperar sus documentos y su pago. El caso lo vamos a derivar a la fiscalía y a la inspección de trabajo antes del jueves. ¿A qué número lo llamo?
C: Al de un amigo de la parroquia: [[PHONE_NUMBER|952 610 334]].
O: En media hora le devuelvo la llamada con la dirección del albergue. Quédese cerca de la parroquia.
C: Ya, señorita. Gracias.
""", note("victim", "help_request", ["labour"], 4, True, ["male"], "Moquegua", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un joven pescador cuenta que él y otros tres muchachos, uno de ellos adolescente, trabajaron casi dos meses en altamar sin pago por una supuesta deuda y con sus documentos retenidos; él está en tierra sin recursos y los demás siguen a bordo. Se coordina albergue y asesoría legal y se deriva a fiscalía e inspección laboral."))

call("h21-cased-05", "es", "cased", """
O: Línea contra la trata, buenos días.
C: Buenos días. Eh... no sé bien cómo empezar. Es algo que me pasó hace tiempo.
O: Tómese su tiempo. La escucho.
C: Cuando yo tenía [[AGE|15 años]], una señora de mi barrio me llevó a [[LOCATION|Tumbes]], a [[LOCATION|Aguas Verdes]], diciendo que era para trabajar en una tienda. Y no era tienda. Era un bar, ahí en la frontera. Estuve casi un año.
O: Lamento mucho lo que vivió. ¿Ahora está a salvo?
C: Sí, sí. Ya han pasado once años. Ahora vivo en [[LOCATION|Huancayo]], tengo mi familia, trabajo. Pero este año vi a esa señora en Facebook, sigue igual, publica ofertas de trabajo para chicas.
O: Entiendo. ¿Qué le gustaría hacer?
C: Quería saber si todavía puedo denunciarla, o si ya pasó mucho tiempo. Y también... la verdad, no duermo bien desde que la vi. Nunca hablé de esto con nadie.
O: Sí puede denunciar. La trata de una menor es un delito grave y el plazo para denunciar es largo; una abogada le puede explicar su caso concreto. Además, lo que publica ahora se puede investigar aunque usted no quiera declarar todavía.
C: ¿Y me van a pedir que la vea cara a cara?
O: No necesariamente. Hay formas de declarar protegiendo a la víctima. También le puedo ofrecer apoyo psicológico gratuito, acá en [[LOCATION|Huancayo]].
C: Sí, eso me gustaría. La cuenta de ella es [[OTHER_ID|Chabuca Empleos Tumbes]].
O: Gracias. ¿Me deja un número para que la llame la abogada y la psicóloga?
C: Sí: [[PHONE_NUMBER|964 771 205]]. Me llamo [[PERSON|Lucía]]. Prefiero que me llamen en las tardes.
O: Muy bien, [[PERSON|Lucía]]. Le llamamos esta semana en la tarde. Hizo algo muy valiente hoy.
C: Gracias. Me siento un poco más tranquila.
""", note("victim", "help_request", ["sexual"], 1, True, ["female"], "Tumbes", "past", "low",
          ["referral_legal", "referral_health", "information_given", "follow_up_call"],
          "Una mujer cuenta que hace años, siendo adolescente, fue llevada con engaños a un bar de frontera donde fue explotada sexualmente, y que la captora sigue publicando ofertas de trabajo para chicas. Se le informó que aún puede denunciar y se la deriva a asesoría legal y apoyo psicológico."))

# ------------------------------------------------ English ----
call("h21-en-01", "en", "english", """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, do you speak English? I'm calling from a hotel in [[LOCATION|Cusco]].
O: Yes, I can help you in English. What's happening?
C: My name is [[PERSON|Marco Bellini]], I'm the night manager at [[ORGANIZATION|Hostal Qori Wasi]], in [[LOCATION|San Blas]]. About twenty minutes ago a foreign man checked in with a girl who looks maybe [[AGE|thirteen, fourteen]]. He said she was his niece.
O: What made you doubt that?
C: She's clearly local, she spoke Quechua to our cleaning lady, and she didn't know his name. He paid cash for one room, one bed, and wouldn't show her ID, said she'd left it at home. My receptionist says he's been here before with a different girl.
O: Are they in the room now?
C: Yes, room 14, second floor. I haven't gone up. Should I knock on the door or something?
O: No, please don't confront him. I'm calling the police right now so they can come to the hotel. Can you give me the exact address?
C: It's [[ADDRESS|Cuesta de San Blas 261]], the blue door next to the bakery.
O: Thank you. Do you have the man's details from the check-in?
C: Yes, he gave a passport, [[ID_NUMBER|YB4170392]], name [[PERSON|Dennis Kowalczyk]]. The nationality says [[LOCATION|Poland]], but he told us he lives in [[LOCATION|Lima]].
O: That's very helpful. Please keep the front desk staffed and let me know if they try to leave. What's the best number to reach you?
C: The hotel line or my mobile, [[PHONE_NUMBER|984 552 093]].
O: The police are on their way. When they arrive, tell them you called the hotline. I'll call you back within the hour.
C: Okay. Thank you. I just hope I'm wrong.
""", note("witness", "report", ["sexual"], 1, True, ["female"], "Cusco", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A hotel night manager reports that a foreign man has just checked into a room with a local girl who appears to be a young adolescent, claiming she is his niece without showing ID, and had been seen before with another girl. Police were dispatched immediately and the caller was told not to confront him."))

call("h21-en-02", "en", "english", """
O: Línea contra la trata, buenas tardes.
C: Hello, um, hi. Is this the trafficking hotline? My Spanish is pretty bad.
O: Yes, it is. We can talk in English. How can I help?
C: I'm a tourist, I've been in [[LOCATION|Cajamarca]] for about a week, and there's something I keep seeing that bothers me. I don't know if it's anything.
O: Please, tell me what you've seen.
C: There are two little kids, a boy and a girl, maybe [[AGE|five]] and [[AGE|eight]], selling sweets on the main square and outside the restaurants until really late, like midnight. Every night. And there's a woman who sits on a bench and takes all the money from them.
O: Have you seen anything else happening between them?
C: Yeah, last night the boy fell asleep on the steps of the cathedral and she, like, yanked him up by the arm and slapped him. And the girl told my friend, in Spanish, that if they don't sell enough they don't eat. She also said the woman isn't her mum.
O: That's very worrying. It could be exploitation of children for begging, which is a form of trafficking. Do you know where they go at night?
C: Around midnight a guy picks them all up in a grey mototaxi. I took a photo of it, the plate is [[OTHER_ID|MC-4781]].
O: Thank you, that's useful. We'll pass this to the police and the child protection unit so they can intervene. Please don't confront the woman. Can I have a number in case the police want to ask you something?
C: Sure. It's a [[LOCATION|UK]] number on WhatsApp, [[PHONE_NUMBER|+44 7700 900 318]]. I'm [[PERSON|Hannah]]. We're here until [[DATE_TIME|Friday]].
O: Thanks, [[PERSON|Hannah]]. We'll message you tomorrow to let you know it was followed up.
C: Thanks, I couldn't just leave it.
""", note("witness", "report", ["forced_begging"], 2, True, ["female", "male"], "Cajamarca", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "A tourist reports that two young children sell sweets in the town square until late every night while a woman who is not their mother takes the money and has hit one of them. The caller gave the plate of the vehicle that picks them up; police and child protection are asked to intervene."))

# ------------------------------------------------ Portuguese ----
call("h21-pt-br-01", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Alô? Oi, boa noite... a senhora fala português? Eu preciso de ajuda, rápido.
O: Sí, un poco, hable despacio. ¿Dónde está usted? Onde a senhora está?
C: Eu estou numa farmácia, em [[LOCATION|Miraflores]], em [[LOCATION|Lima]]. Deixaram eu sair pra comprar remédio e eu não quero voltar pra aquele lugar.
O: ¿Qué lugar? ¿Qué le pasó?
C: Eu vim de [[LOCATION|Manaus]] pra trabalhar num spa de massagem, me prometeram salário bom. Mas não é massagem, moça, eles obrigam a gente a fazer programa com os clientes. Pegaram meu passaporte e dizem que eu devo quatro mil dólares da passagem.
O: ¿Hay más mujeres con usted en ese lugar?
C: Tem mais uma brasileira, a [[PERSON|Jéssica]], ela ficou lá. E umas peruanas que eu não conheço bem.
O: ¿Sabe el nombre del spa?
C: [[ORGANIZATION|Spa Bella Rio]], fica na [[ADDRESS|avenida José Pardo, perto do parque, no terceiro andar de um prédio cinza]]. O gerente se chama [[PERSON|Wilson]].
O: ¿Cómo se llama la farmacia donde está?
C: É uma [[ORGANIZATION|Inkafarma]] na esquina, na frente de um banco. Eles vão notar que eu demorei, eles ligam pra mim.
O: Quédese dentro de la farmacia, no salga. Ya estoy llamando a la policía para que la recojan ahí, y luego la llevamos a un albergue seguro. ¿Cómo se llama usted y cuál es su número?
C: [[PERSON|Daiane]]. O número é [[PHONE_NUMBER|+55 92 98143 6627]], mas não atende se for o [[PERSON|Wilson]] ligando, né.
O: Bien, [[PERSON|Daiane]]. Fique aí. La policía llega en unos minutos. Yo la llamo de este número.
C: Tá bom, tá bom. Obrigada, moça.
""", note("victim", "help_request", ["sexual"], 2, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una mujer extranjera llama desde una farmacia tras salir de un local de masajes donde ella y otra compatriota son obligadas a prostituirse, con el pasaporte retenido y una supuesta deuda por el viaje. Se envió a la policía a recogerla y se coordina un albergue."))

call("h21-pt-ao-01", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia, mana. Desculpa, eu sou angolano, falo português. Estou a ligar por causa dos meus kambas, meus amigos, que estão numa fazenda em [[LOCATION|Tacna]].
O: Sí, le entiendo. Hable despacio, por favor.
C: Está bem. Eu me chamo [[PERSON|Domingos]]. Nós viemos de [[LOCATION|Luanda]] pelo [[LOCATION|Brasil]] e pela [[LOCATION|Bolívia]]. Um senhor, o mais velho [[PERSON|Fernandes]], prometeu trabalho na agricultura aqui no [[LOCATION|Peru]] e depois papéis para ir para o [[LOCATION|Chile]].
O: ¿Usted también estaba en esa chacra?
C: Estive, sim, duas semanas. Saí porque fiquei doente e me deixaram na cidade. Mas os outros cinco ficaram lá, bué de trabalho, desde as cinco da manhã, apanhar azeitona. Não pagam nada, dizem que é para pagar a viagem. E os passaportes estão com o dono da fazenda.
O: ¿Pueden salir de la chacra?
C: Não, mana. À noite fecham o portão com cadeado e há um cão grande. O [[PERSON|Adilson]], que é o mais novo, tem [[AGE|dezassete]] anos, ligou-me ontem a chorar, disse que o capataz bateu nele.
O: ¿Sabe dónde queda la chacra?
C: É no caminho para [[LOCATION|La Yarada]], depois do quilómetro dez, uma fazenda com um portão verde e muitas oliveiras. Chamam-lhe [[ORGANIZATION|Fundo Santa Rosalía]].
O: Lo que cuenta es muy grave: trabajo sin pago, pasaportes retenidos, encierro y un menor golpeado. Vamos a avisar a la policía y a la fiscalía de [[LOCATION|Tacna]] para que intervengan. ¿Tiene un número de contacto?
C: Sim, o meu número daqui é [[PHONE_NUMBER|917 308 462]]. O do [[PERSON|Adilson]] é [[PHONE_NUMBER|+244 923 517 840]], mas ele só tem WhatsApp à noite.
O: Gracias, [[PERSON|Domingos]]. Usted no tiene problemas por ser migrante al denunciar esto. Le llamamos mañana para contarle cómo va.
C: Obrigado, mana. Eles estão mesmo mal.
""", note("acquaintance", "report", ["labour"], 5, True, ["male"], "Tacna", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un migrante africano reporta que cinco compatriotas, entre ellos un adolescente, trabajan sin pago en un fundo agrícola para pagar el viaje, con los pasaportes retenidos, encerrados de noche y con agresiones del capataz. Se alerta a la policía y a la fiscalía para que intervengan, con seguimiento."))

# ------------------------------------------------ code-switching ----
call("h21-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, hola, buenas tardes. Sorry, llevo años en [[LOCATION|Miami]] y a veces se me mezcla el inglés. Llamo por mi sobrina que vive en [[LOCATION|Tingo María]].
O: No se preocupe, la entiendo. Cuénteme.
C: Ella tiene [[AGE|diecisiete]], and she's been talking to this guy por Instagram que tiene un "estudio" de webcam en [[LOCATION|Huánuco]]. Le dice que puede ganar como quinientos dólares a la semana, just chatting, que no tiene que hacer nada malo.
O: ¿Le ha dicho qué tendría que hacer exactamente?
C: Well, al principio era solo "conversar con extranjeros", pero ahora le pide que vaya a vivir al estudio con otras chicas, que le dan cuarto y comida, y que lleve ropa "sexy". Ella me mandó el screenshot porque quería saber si en inglés era legal, you know, porque los clientes son gringos.
O: Hizo muy bien su sobrina en contarle. Que una persona adulta le pida a una menor de edad que se muestre en cámara con contenido sexual es un delito, sea cual sea el idioma o el país de los clientes. Y que le ofrezcan cuarto y comida en el mismo lugar es una señal de alerta de captación.
C: Oh my God. Okay. Ella no ha ido todavía, she's still at home con mi hermana.
O: Lo importante es que no vaya y que no mande fotos ni videos. ¿Tienen el nombre de la cuenta?
C: Sí, es [[OTHER_ID|@studio.hco.models]]. El tipo se hace llamar [[PERSON|Leo]].
O: Que guarden los mensajes y las capturas. Su hermana puede denunciar la cuenta en la policía, en la división de delitos informáticos, o acudir a la fiscalía. Si quiere, la orientamos paso a paso por teléfono.
C: Okay, le voy a pasar el número a mi hermana. Is it free?
O: Sí, es gratuito, 0800-2-3232, las 24 horas, desde cualquier teléfono.
C: Thank you so much, de verdad. Me quedo más tranquila.
""", note("family_member", "information_request", ["sexual"], 1, True, ["female"], "Huánuco", "at_risk", "medium",
          ["information_given"],
          "Una tía que vive en el extranjero consulta porque un hombre contactó a su sobrina adolescente por redes sociales para un estudio de cámaras web y ahora le pide que se mude allí con otras chicas. Se explicó que es un delito y una señal de captación, y se recomendó no ir, guardar los mensajes y denunciar la cuenta."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h21-andean-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, mamay. Disculpará, yo estoy llamando de [[LOCATION|Chalhuanca]], de [[LOCATION|Apurímac]], de la comunidad. Es por mi churi, mi hijo, se lo han llevado a la mina.
O: Le escucho, señor. ¿Cómo se llama su hijo y cuántos años tiene?
C: [[PERSON|Wilber]], [[PERSON|Wilber Ccoyllo]], tiene [[AGE|quince años]] nomás. Y también mi sobrino [[PERSON|Efraín]], de [[AGE|dieciséis]]. Un enganchador había venido a la feria, pues, ofreciendo trabajo en mina de [[LOCATION|Chaparra]], por [[LOCATION|Arequipa]] dice, cincuenta soles diario.
O: ¿Hace cuánto se fueron?
C: Ya va a ser dos meses, mamay. Al principio llamaban. Ahora mi churi ha llamado llorando, de otro celular, dice que en el socavón trabajan hasta de noche, que no les pagan, que dice deben la comida, la coca, la lámpara. Y no los dejan bajar, hay un señor que cuida con escopeta.
O: ¿Sabe cómo se llama el enganchador o la mina?
C: Le dicen Tío [[PERSON|Saturnino]], es de [[LOCATION|Abancay]]. La mina no sé bien, una bocamina que le dicen [[ORGANIZATION|Mina Estrella Huaycco]], arriba del río. Allá no hay señal, hay que subir al cerro para llamar.
O: Señor, lo que cuenta es muy grave: son dos menores de edad trabajando en una mina, sin pago y sin poder salir. Vamos a derivar el caso a la policía y a la fiscalía de [[LOCATION|Arequipa]] para que los rescaten. ¿Me dice su nombre?
C: [[PERSON|Teodoro Ccoyllo]]. Yo no hablo bien castellano, mamay, pero entiendo.
O: Le entiendo muy bien, don [[PERSON|Teodoro]]. ¿Tiene el número del que llamó su hijo?
C: Sí, aquí lo tengo apuntado en mi cuaderno: [[PHONE_NUMBER|nueve cinco cuatro, tres ocho uno, seis cero dos]].
O: Gracias. ¿Y a usted a qué número lo llamamos?
C: Al de mi hija, ella sabe leer: [[PHONE_NUMBER|983 640 157]]. Yo estoy en la chacra de día.
O: Muy bien. La fiscalía puede querer hablar con usted; si necesita, le conseguimos un intérprete en quechua. Le llamamos en dos días para contarle cómo va.
C: Sulpayki, mamay, gracias. Que mis wawas vuelvan nomás.
""", note("family_member", "report", ["labour"], 2, True, ["male"], "Arequipa", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un padre de una comunidad andina reporta que su hijo y su sobrino adolescentes fueron llevados por un enganchador a una mina informal, donde trabajan sin pago por una supuesta deuda y vigilados con un arma, sin poder salir. Se deriva a la policía y a la fiscalía para su rescate, con seguimiento."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
