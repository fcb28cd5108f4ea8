#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate heldout14.jsonl: 16 invented, labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
prompts or results. The set mirrors ordinary hotline life: 6 lowercase,
unpunctuated Whisper-style Spanish transcripts; 4 cased Spanish; 2 English;
1 Portuguese; 1 Spanish/English code-switching; 1 Andean Spanish with Quechua
words; 1 Venezuelan Spanish. Callers cover all six roles (victims, relatives,
acquaintances, witnesses, professionals, the public) and all five call types
(reports, help requests, information requests about a job offer and about the
law, a follow-up on an earlier case, a prank). Exploitation is often described
rather than named: textile workshop, gold mining, farm work, fishing vessel,
logging camp, brick kiln, domestic servitude, forced begging, forced crime,
child marriage, organ sale, a suspicious transfer of girls. Transcripts include
negations, corrections, unsure callers, "no" answers and offers the caller
declines (which are not actions). Labels are what a careful operator would
write from the transcript alone; region is where the exploitation happens.

All people, numbers, businesses and addresses are invented. Same markup as
make_heldout.py ([[TYPE|surface]] marks PII; O:/C: mark the speaker).

Run: python make_heldout14.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout14.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call("h14-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita llamo por un chico que conozco [[PERSON|elmer]] él vendía conmigo en el mercado de [[LOCATION|sicuani]] y ahora está trabajando en un taller de costura en [[LOCATION|gamarra]] en [[LOCATION|lima]]
O: usted ha hablado con él
C: sí me llamó anoche bien bajito me dijo que trabajan desde las seis de la mañana hasta las once de la noche y que no les pagan desde hace tres meses
O: cuántas personas trabajan en ese taller
C: él dice que son cinco con él tres chicos y dos chicas todos de la sierra
O: sabe las edades
C: [[PERSON|elmer]] tiene [[AGE|dieciséis]] los otros no sé creo que son mayores pero una de las chicas es bien chiquita dice
O: están encerrados pueden salir del taller
C: no no están encerrados bueno en realidad de noche el dueño cierra la puerta con candado y se lleva la llave y ellos duermen ahí mismo entre las máquinas
O: les quitaron sus documentos
C: sí el dueño les guardó el dni dice que es para que no se escapen con la deuda del pasaje
O: sabe la dirección del taller
C: me dijo que es en el [[ADDRESS|jirón gamarra cuadra ocho cuarto piso de una galería amarilla]] el dueño es un señor que le dicen [[PERSON|don tito]]
O: lo que usted me cuenta son señales de explotación laboral de jóvenes vamos a derivar el caso a la fiscalía especializada en trata y a la policía para que investiguen
C: y no le va a pasar nada a [[PERSON|elmer]] no quiero que lo boten a la calle
O: la intervención busca protegerlos a ellos no castigarlos me podría dar un número para llamarla y contarle cómo avanza
C: sí es el [[PHONE_NUMBER|nueve cuatro uno dos cero tres siete siete ocho]]
O: gracias señora la vamos a llamar en unos días y su nombre no se comparte con nadie
C: gracias señorita dios le pague
""", note("acquaintance", "report", ["labour"], 5, True, ["male", "female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una conocida reporta que un adolescente y otros cuatro jóvenes trabajan en un taller de costura "
          "de la mañana a la noche, sin pago desde hace meses, con sus documentos retenidos y encerrados con "
          "candado por las noches. Se deriva el caso a la fiscalía especializada y a la policía, con llamada "
          "de seguimiento."))

call("h14-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudo
C: señorita ayúdeme por favor mi hijo se fue a trabajar a la mina y ya no lo dejan regresar
O: tranquila señora cuénteme despacio cómo se llama su hijo y cuántos años tiene
C: se llama [[PERSON|josé luis]] tiene [[AGE|dieciséis años]] se fue hace dos meses con un enganchador que vino a [[LOCATION|azángaro]] ofreciendo trabajo
O: a qué mina se fue sabe el lugar
C: a [[LOCATION|la rinconada]] dice que está arriba en un socavón el nombre de la contrata creo que es [[ORGANIZATION|minera cóndor dorado]] pero no estoy segura
O: usted ha podido hablar con él
C: el domingo me llamó de un celular prestado me dijo que carga mineral todo el día que no le pagan que le dicen que trabaje treinta días gratis y recién el último día lo que saque es para él y encima le descuentan la comida y el cuarto
O: él le dijo que quiere regresar
C: sí quiere volver pero el enganchador le dice que debe el pasaje y la comida y que si se escapa lo van a buscar
O: lo han golpeado le han hecho daño
C: no eso no me dijo golpes no pero está tosiendo mucho
O: tiene el número desde donde la llamó
C: no señorita era de otro minero y ya no contesta
O: señora lo que le pasa a su hijo es explotación laboral de un menor y es un delito vamos a pasar el caso a la fiscalía de [[LOCATION|puno]] y a la policía especializada para que lo ubiquen
C: ya señorita por favor
O: también la podemos poner en contacto con una psicóloga para que la acompañe a usted en este momento
C: no gracias señorita yo estoy bien lo que quiero es que me traigan a mi hijo
O: entiendo nos deja un número para llamarla mañana y contarle qué avanzamos
C: sí este mismo desde el que llamo es de mi hermana
O: perfecto la llamamos mañana en la tarde cuídese mucho señora
""", note("family_member", "help_request", ["labour"], 1, True, ["male"], "Puno", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre pide ayuda porque su hijo adolescente fue llevado por un enganchador a trabajar en una "
          "mina de oro, donde no le pagan, le descuentan comida y cuarto y lo amenazan si intenta irse por una "
          "supuesta deuda. Se deriva el caso a la fiscalía y a la policía especializada y se acordó una llamada "
          "de seguimiento; la madre rechazó el apoyo psicológico ofrecido."))

call("h14-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: aló sí quiero denunciar a mi amigo porque lo están vendiendo
O: cuénteme quién lo está vendiendo
C: su mamá lo vende por dos soles porque es bien feo jajaja
O: hola con quién hablo cuántos años tienes
C: ya ya en serio se llama [[PERSON|piero]] y lo venden en el recreo
O: mira esta línea es para ayudar a personas que están en peligro si hay un niño en problemas te puedo ayudar pero si es una broma ocupas la línea que otra persona necesita
C: no no es broma bueno sí es broma disculpe señorita
O: está bien si algún día tú o alguien que conoces necesita ayuda de verdad puede llamar gratis a este número
C: ya señorita chau
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada de broma de unos niños que dijeron que un amigo estaba siendo vendido y luego admitieron "
          "que era una broma. Se explicó el propósito de la línea; no hay caso."))

call("h14-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita yo llamé hace como dos semanas por lo de la casa donde trabajaba en [[LOCATION|cayma]] en [[LOCATION|arequipa]] quería saber cómo va mi caso
O: claro para ubicar su caso me puede dar su nombre o su número de dni
C: sí mi dni es [[ID_NUMBER|siete dos cuatro cuatro ocho uno cero nueve]] me llamo [[PERSON|yeni mamani]]
O: gracias ya lo encontré usted nos llamó cuando todavía estaba en la casa de la señora donde trabajaba cama adentro cierto
C: sí ahí estuve tres años sin sueldo la señora [[PERSON|gladys]] no me dejaba salir ni los domingos y se quedó con mi dni pero ya no estoy ahí
O: me alegra escuchar eso dónde está ahora está segura
C: sí estoy en la casa de mi hermana aquí mismo en [[LOCATION|arequipa]] salí cuando la señora se fue de viaje
O: y su documento lo pudo recuperar
C: no ese no lo tengo ella se quedó con él pero ya saqué un duplicado
O: bien sobre su caso la información pasó a la fiscalía especializada para que hagan la investigación
C: y qué tengo que hacer yo tengo que ir a algún sitio
O: le explico la fiscalía la va a citar para tomar su declaración usted puede ir acompañada no tiene que pagar nada y tiene derecho a reclamar los sueldos que no le pagaron y a que se proteja su identidad
C: ah ya yo pensaba que tenía que pagar abogado
O: no le vamos a conectar con un abogado gratuito de la defensa pública para víctimas que la acompañe también le puedo dar una referencia a un centro de salud porque la vez pasada nos dijo que tenía dolores de cabeza
C: no eso ya no ya me está viendo el doctor de la posta con el abogado sí por favor
O: perfecto le van a llamar de la defensa pública a este mismo número es correcto
C: sí ese es mi número
O: muy bien señora [[PERSON|yeni]] cualquier cosa vuelva a llamar a la hora que sea
C: gracias señorita
""", note("victim", "follow_up", ["domestic_servitude"], 1, False, ["female"], "Arequipa", "past", "medium",
          ["referral_legal", "information_given"],
          "Una mujer llama para saber cómo va su caso: trabajó tres años como empleada del hogar cama adentro "
          "sin sueldo, sin poder salir y con su documento retenido, y ya salió de esa casa. Se le explicó el "
          "proceso ante la fiscalía y sus derechos y se la deriva a defensa legal gratuita; no quiso "
          "derivación de salud porque ya la atienden."))

call("h14-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes soy profesora de secundaria en un colegio de [[LOCATION|chulucanas]] y no sé si esto es para ustedes pero estoy preocupada por una alumna
O: cuénteme para eso estamos
C: es una alumna de segundo año [[PERSON|milagros]] tiene [[AGE|trece años]] dejó de venir hace una semana y sus compañeras me dicen que sus papás la van a juntar con un señor
O: qué quiere decir juntar
C: que se la van a entregar para que viva con él como su mujer el señor tiene como [[AGE|cuarenta]] y tiene una chacra de mango dicen que a los papás les va a dar una moto y plata
O: la niña ya vive con ese señor
C: no todavía no dicen que después de la fiesta del pueblo se la lleva bueno eso es lo que cuentan las chicas yo no lo he confirmado
O: usted ha hablado con la niña o con los padres
C: no fui a la casa pero no me abrieron y la niña no contesta su celular
O: la niña le mencionó alguna vez que la maltratan en su casa
C: no nunca me dijo nada ella es calladita pero buena alumna
O: profesora entregar a una niña a un adulto a cambio de dinero o bienes es una forma de explotación y un delito usted no necesita estar segura para reportarlo
C: ya entonces qué hago la denuncia la hago yo o el colegio
O: nosotros vamos a derivar el caso hoy a la fiscalía de familia y a la unidad de protección especial de [[LOCATION|piura]] para que intervengan antes de que se la lleven le recomiendo además informar a la dirección del colegio
C: ya voy a hablar con el director mañana temprano
O: gracias profesora hizo muy bien en llamar
""", note("professional", "report", ["other"], 1, True, ["female"], "Piura", "at_risk", "high",
          ["referral_legal", "information_given"],
          "Una profesora reporta que los padres de una alumna adolescente planean entregarla a un hombre adulto "
          "para que conviva con él a cambio de dinero y una moto; la niña ya dejó de asistir al colegio. Se le "
          "explicó que es una forma de explotación y un delito, y se deriva el caso a la fiscalía de familia y "
          "a la unidad de protección especial."))

call("h14-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches mire yo trabajo en un restaurante en la [[ADDRESS|calle procuradores]] en [[LOCATION|cusco]] y todos los días veo a unos niños pidiendo plata a los turistas
O: cuántos niños son y cuántos años tendrán
C: son tres chiquitos dos niñitas de unos [[AGE|seis siete años]] y un varoncito más chiquito de [[AGE|cuatro]] por ahí
O: están con algún adulto
C: hay una señora que se sienta en la esquina con ellos no sé si es la mamá y en la noche a eso de las once viene un señor en una camioneta les quita la plata y se los lleva a todos
O: usted ha visto que les peguen o que los obliguen
C: no pegarles no he visto pero una vez la niña más grande no quería seguir y la señora le jaló el brazo bien feo y le dijo que si no juntaba cincuenta soles no iba a comer
O: recuerda algo de la camioneta el color la placa
C: es una camioneta blanca la placa creo que es [[OTHER_ID|x4f setecientos doce]] pero no estoy seguro
O: los niños van al colegio en el día
C: no sé bien porque yo entro al mediodía y ya están ahí creo que están desde la mañana
O: gracias por los detalles vamos a derivar esto a la unidad de protección especial y a la fiscalía para que verifiquen la situación de los niños quiere dejarme un número para llamarlo después y contarle
C: no prefiero que no no quiero problemas con esa gente
O: no hay problema su llamada es anónima si vuelve a ver la camioneta o algo nuevo puede llamar otra vez a cualquier hora
C: ya gracias buenas noches
""", note("witness", "report", ["forced_begging"], 3, True, ["female", "male"], "Cusco", "ongoing", "medium",
          ["referral_legal"],
          "Un trabajador de un restaurante reporta que tres niños pequeños piden dinero a turistas todos los "
          "días, vigilados por una mujer que los amenaza con no darles de comer, y que por la noche un hombre "
          "en camioneta les quita el dinero y se los lleva. Se deriva el caso a la unidad de protección especial "
          "y a la fiscalía; el testigo no quiso dejar un número para seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h14-es-001", "es", "plain", """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días, señorita. Quería preguntarle algo, no sé si ustedes ven esto. A mi hijo le ofrecieron trabajo en la cosecha de uva en [[LOCATION|Ica]] y a mí no me da buena espina.
O: Claro, cuénteme. ¿Quién le ofreció el trabajo y cómo?
C: Por Facebook, una página que se llama [[ORGANIZATION|Agro Empleos Sur]]. Él y dos muchachos amigos suyos del barrio ya se inscribieron. Dicen que pagan 120 soles diarios, con cuarto y comida, y que el pasaje lo pone la empresa.
O: ¿Cuántos años tiene su hijo?
C: [[AGE|Diecisiete]]. Los otros dos ya son mayores, creo. Bueno, uno tiene [[AGE|18]], el otro no estoy segura.
O: ¿Les han pedido algo, documentos, dinero?
C: Que manden foto del DNI por WhatsApp, y que el día del viaje entreguen el DNI original al encargado "para el registro de planilla". Eso es lo que me preocupa.
O: ¿Le dijeron el nombre del fundo o de la empresa agroexportadora?
C: No, solo dicen "un fundo en [[LOCATION|Ica]]". Tampoco hay contrato, dicen que se firma allá.
O: ¿Ya viajaron?
C: No, no, todavía. Salen el domingo en la noche desde [[LOCATION|Huancayo]].
O: Bien. Le explico: un trabajo legal no le pide a nadie que entregue su DNI original ni le oculta dónde va a trabajar. No tener contrato, no saber la dirección del fundo y que les adelanten el pasaje para luego descontarlo son señales de alerta de trata con fines de explotación laboral. Además, un menor de edad necesita autorización para trabajar y no puede hacer trabajos peligrosos ni jornadas largas.
C: Ya, eso no lo sabía.
O: Le recomiendo que no entreguen el DNI a nadie, que pidan el nombre y el RUC de la empresa y verifiquen que esté registrada, y que su hijo no viaje sin contrato. Si quiere, podemos registrar ahora un reporte sobre esa página para que la policía la investigue.
C: No, todavía no, señorita. Primero quiero hablar con mi hijo y con las mamás de los otros chicos, no quiero meterlos en problemas.
O: Entiendo. Puede volver a llamarnos en cualquier momento, también si deciden viajar o si algo cambia. La línea es gratuita y atiende las 24 horas.
C: Muchas gracias, me ha servido bastante.
""", note("family_member", "information_request", ["labour"], 3, True, ["male"], "Ica", "at_risk", "medium",
          ["information_given"],
          "Una madre consulta por una oferta de trabajo en la cosecha de uva difundida por redes sociales para su "
          "hijo adolescente y dos amigos, sin contrato ni dirección del fundo y con la exigencia de entregar el "
          "DNI original. Se explicaron las señales de alerta de explotación laboral y se recomendó no viajar sin "
          "contrato; la madre prefirió no registrar un reporte por ahora."))

call("h14-es-002", "es", "plain", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes, le hablo del centro de salud [[ORGANIZATION|San Fernando]], en [[LOCATION|Manantay]], [[LOCATION|Pucallpa]]. Soy la obstetra de turno y tengo aquí una paciente que me preocupa mucho.
O: Dígame, ¿qué está pasando?
C: Es una chica que vino a control de embarazo. Dice que tiene [[AGE|18]], pero no trae documento y, sinceramente, no aparenta más de [[AGE|15]]. Vino con un hombre mayor que no la deja hablar, responde todo por ella.
O: ¿Usted pudo hablar con ella a solas?
C: Sí, un ratito, cuando lo hice salir para la ecografía. Me dijo que la trajeron de [[LOCATION|Contamana]] para atender mesas en un bar de la [[ADDRESS|carretera Federico Basadre, kilómetro 7]], y que "tiene que salir con los clientes" para pagar lo que debe. Me pidió que no le dijera nada a él.
O: ¿Le dijo cómo se llama?
C: Solo [[PERSON|Yesenia]], nada más. Él dice que es su "patrón".
O: ¿Dónde están ahora los dos?
C: Ella está en el tópico conmigo. Él está afuera, en la sala de espera; ya preguntó dos veces cuánto falta.
O: Hizo muy bien en llamar. Vamos a alertar ahora mismo a la policía para que vaya al centro de salud. Por favor, no la deje salir con él; dígale que hay que esperar un resultado de laboratorio.
C: Ya, eso puedo hacer. ¿Y qué va a pasar con ella después?
O: La policía y la fiscalía la van a entrevistar, y como parece menor de edad se coordina con la Unidad de Protección Especial para llevarla a un centro de acogida donde esté segura. ¿Me confirma la dirección del centro de salud?
C: Es en el [[ADDRESS|jirón Amazonas 420]], al costado del mercado.
O: Perfecto. La patrulla va en camino. Si él intenta llevársela antes, vuelva a llamarnos de inmediato.
C: Ya, gracias. Voy a cerrar la puerta del tópico.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Ucayali", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una obstetra reporta que atiende a una joven embarazada que aparenta ser menor de edad, que llegó con "
          "un hombre que la controla y que le contó a solas que la obligan a salir con clientes en un bar para "
          "pagar una deuda. Se envió a la policía al centro de salud y se coordinará con protección especial un "
          "centro de acogida para la joven."))

call("h14-es-003", "es", "plain", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches... no sé si llamé bien. Yo no soy víctima de trata, creo, pero estoy metido en un problema y no puedo salir.
O: Está bien, cuénteme con calma. Aquí nadie lo va a juzgar.
C: Hace como cuatro meses vine a [[LOCATION|Trujillo]] desde [[LOCATION|Cajamarca]] porque un conocido me ofreció trabajo de cobrador en una combi. Cuando llegué me dijeron que primero tenía que pagar el cuarto y la comida, y como no tenía plata me pusieron a "hacer cobros".
O: ¿Qué significa "hacer cobros"?
C: Cobrar cupos a los mototaxistas y a las bodegas, y también robar celulares en el centro. Yo no quería, pero me dijeron que si no lo hacía le iban a hacer algo a mi mamá, saben dónde vive.
O: ¿Le quitaron sus documentos?
C: Sí, el DNI lo tiene el que manda, le dicen [[PERSON|el Chato]]. Mi celular también me lo quitaron, estoy llamando de una cabina.
O: ¿Hay otros chicos en su misma situación?
C: No, en el cuarto estoy solo yo. Los demás de la banda sí son de ellos, están porque quieren.
O: ¿Cuántos años tiene?
C: [[AGE|Diecinueve]].
O: ¿Dónde está en este momento? ¿Corre peligro ahora?
C: Estoy en una cabina de internet [[ADDRESS|frente al mercado La Hermelinda]]. Hoy me dieron la noche libre, pero pasado mañana me toca otra vez. Si no vuelvo al cuarto esta noche van a sospechar.
O: Puedo enviar ahora a la policía para que lo recoja donde está.
C: No, policía no, por favor. Van a pensar que soy ladrón y me van a detener. Tengo miedo.
O: Entiendo su miedo. Le explico: cuando a una persona la obligan a cometer delitos bajo amenaza, la ley la considera víctima y no la castiga por esos hechos. Lo que sí podemos hacer ahora es conectarlo con la fiscalía especializada en trata, que tiene un programa de protección de víctimas y testigos, y buscarle un albergue temporal para que no tenga que volver a ese cuarto.
C: ¿Un albergue? ¿Y mi mamá?
O: La fiscalía puede pedir medidas de protección también para su familia. ¿Quiere que le busquemos albergue para esta noche?
C: Sí... sí, prefiero no volver.
O: Bien. ¿A qué número lo puedo llamar en quince minutos con la dirección del albergue y el contacto de la fiscalía?
C: Al de la cabina, [[PHONE_NUMBER|948 102 663]]. Aquí me quedo.
O: Perfecto. No vuelva a ese cuarto. Le llamo en quince minutos.
C: Gracias, señorita.
""", note("victim", "help_request", ["forced_criminality"], 1, False, ["male"], "La Libertad", "ongoing", "high",
          ["referral_legal", "referral_shelter", "information_given", "follow_up_call"],
          "Un joven pide ayuda porque lo captaron con una oferta de trabajo y ahora lo obligan, con amenazas "
          "contra su familia y su documento retenido, a cobrar cupos y robar celulares. Rechazó que se enviara "
          "a la policía; se le explicó que la ley lo considera víctima, se le deriva a la fiscalía especializada "
          "y a un albergue temporal, y se le devolverá la llamada en minutos."))

call("h14-es-004", "es", "plain", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches. Trabajo en la recepción de un hostal en [[LOCATION|Aguas Verdes]], [[LOCATION|Tumbes]], y hace una hora llegó un señor con tres chicas venezolanas. Algo no me cuadra.
O: ¿Qué le llamó la atención?
C: Pidió un solo cuarto para los cuatro. Él tenía los pasaportes de las tres y los guardó en su mochila. Las chicas no hablaron nada, ni me miraban. Y dos se ven menores, de [[AGE|15 o 16]] diría yo.
O: ¿Y la tercera?
C: Esa sí parece mayor, unos [[AGE|20]]. Pero tampoco habló.
O: ¿El señor dijo a dónde van?
C: No, no dijo. Le preguntó al guardián por un carro que salga a las cinco de la mañana, y dijo que las chicas van a trabajar "con un amigo". Nada más.
O: ¿Usted registró sus datos?
C: Sí, él dio su DNI, [[ID_NUMBER|43829107]], a nombre de [[PERSON|Wilmer Carrasco]]. De ellas no me quiso dar nada, dijo que él respondía por las tres.
O: ¿Alguna de ellas le pidió ayuda o le hizo alguna seña?
C: No, ninguna. Bueno, la más chiquita me miró cuando subían, pero no sé si eso quiere decir algo.
O: Hizo muy bien en llamar. Como salen de madrugada, voy a alertar ahora a la policía para que verifique la identidad y la situación de las chicas esta misma noche. ¿Me da el nombre y la dirección del hostal?
C: [[ORGANIZATION|Hostal Brisas del Norte]], en la [[ADDRESS|avenida República del Perú 318]], a media cuadra del puente.
O: Gracias. Por favor no les diga nada ni intente retenerlos; deje que la policía actúe.
C: Ya, entendido. Yo estoy aquí hasta las siete.
""", note("witness", "report", ["unknown"], 3, True, ["female"], "Tumbes", "ongoing", "immediate",
          ["police_dispatch"],
          "Una persona que trabaja en la recepción de un hostal reporta que un hombre llegó con tres jóvenes "
          "extranjeras, dos de ellas aparentemente menores, retiene sus pasaportes, no las deja hablar y planea "
          "salir de madrugada con destino desconocido. Se alertó de inmediato a la policía para que verifique la "
          "situación esa misma noche."))

# ------------------------------------------------ English ----
call("h14-en-001", "en", "plain", """
O: Línea contra la trata, good evening. You can speak English. How can I help you?
C: Hello, yes, thank you. My name is [[PERSON|Agus]]. I am from [[LOCATION|Indonesia]], I work on a fishing ship. Now the ship is in the port of [[LOCATION|Callao]] for two days.
O: Thank you for calling, [[PERSON|Agus]]. Are you safe to talk right now?
C: Yes, I am on land, near the port. The captain let some of us go to buy cigarettes. I have maybe twenty minutes.
O: Okay. Tell me what is happening on the ship.
C: We are twelve crew from [[LOCATION|Indonesia]]. Some days we work twenty hours. The agency in [[LOCATION|Jakarta]] promised 400 dollars per month, but we have no salary for nine months. The captain keeps all our passports and seaman books.
O: Has anyone been hurt or threatened?
C: The first officer hits us if we are slow. One friend has a broken finger, no doctor. And they say if we complain, we pay a big penalty and go to jail.
O: Are all twelve adults? Is anyone under eighteen?
C: No, no one under eighteen. The youngest is [[AGE|twenty-two]].
O: What is the name of the company?
C: The company is [[ORGANIZATION|Ocean Harvest Fishery]]. The ship leaves again in three days, I think, to the squid area.
O: [[PERSON|Agus]], what you describe, work without pay, passports taken, violence and threats, is forced labour and a crime in [[LOCATION|Peru]]. I am going to alert the police and the port authority now so they can inspect the ship before it leaves, and pass the case to the prosecutor for trafficking cases.
C: Please, but the captain must not know I called.
O: Your identity is protected. Is there a number where we can reach you safely?
C: This phone is from a man at the port shop. My number is [[PHONE_NUMBER|+62 812 5530 1947]], WhatsApp, but it only works when we are in port.
O: Okay. We will call you on WhatsApp tomorrow morning. If the situation becomes dangerous, call this line again, it is free, 24 hours.
C: Thank you, thank you very much.
""", note("victim", "help_request", ["labour"], 12, False, ["male"], "Callao", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un pescador extranjero pide ayuda porque él y otros once tripulantes de un barco pesquero atracado en "
          "el puerto trabajan sin sueldo desde hace meses, con los pasaportes retenidos, golpes y amenazas. Se "
          "alertó a la policía y a la autoridad portuaria para inspeccionar el barco, se deriva el caso a la "
          "fiscalía y se acordó contactarlo al día siguiente."))

call("h14-en-002", "en", "plain", """
O: Línea contra la trata, good afternoon. How can I help you?
C: Hi, um, I'm not sure this is the right number. I'm a tourist, I'm at the airport in [[LOCATION|Lima]] now, flying home tonight, but something happened in [[LOCATION|Iquitos]] that I can't stop thinking about.
O: You called the right place. Please tell me.
C: We did a river tour, and the boat driver, a guy called [[PERSON|Rony]], stopped at a sort of bar by the river. There were three girls there, and he offered them to my friend. Like, for money, for the night.
O: How old did the girls look?
C: Young. Fourteen, fifteen maybe. Actually, wait, not three. Two. The third one was his daughter, I think, she was just sitting with him in the boat. So two girls.
O: Did the girls say anything to you?
C: No. Well, one of them asked my friend for money for food, in Spanish, I didn't understand everything. They looked scared of the owner, a woman.
O: Do you remember the name of the bar or of the tour company?
C: The tour was with [[ORGANIZATION|Amazon Dreams Expeditions]], we booked it on the street. The bar had no name, it's [[ADDRESS|a blue wooden house on stilts on the left bank, about twenty minutes downriver from the port]].
O: This is very useful. What you saw is sexual exploitation of children, and it is a serious crime in [[LOCATION|Peru]]. I will pass this information today to the specialised police and the prosecutor's office in [[LOCATION|Loreto]] so they can investigate.
C: Okay. Do I need to come back or give a statement? I'm leaving tonight.
O: No, you don't need to come back, and your report can stay anonymous. If you want, you can leave an email in case the prosecutor has questions.
C: Sure, it's [[EMAIL_ADDRESS|hannah.lindqvist@protonmail.com]].
O: Thank you. And if you or your friend ever see something like this again, you can also report it to the police in your own country; child sexual exploitation by travellers can be prosecuted there too.
C: I didn't know that. Thank you, really.
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Loreto", "ongoing", "high",
          ["referral_legal", "information_given"],
          "Una turista reporta que, durante un paseo por el río, el conductor de la lancha ofreció a su amigo a "
          "dos niñas en un bar ribereño a cambio de dinero. Se pasará la información a la policía especializada y "
          "a la fiscalía para que investiguen, y se le explicó que la explotación sexual infantil por viajeros "
          "también puede denunciarse en su país."))

# ------------------------------------------------ Portuguese ----
call("h14-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Bom dia, desculpa, eu não falo espanhol. Sou brasileira, moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Meu irmão está trabalhando no [[LOCATION|Peru]] e acho que ele está preso lá.
O: Sí, hable despacio, yo entiendo portugués. ¿Su hermano está detenido por la policía?
C: Não, não, polícia não. Preso no trabalho, sabe? Ele foi com um amigo trabalhar numa madeireira, cortando árvore, perto de [[LOCATION|Iberia]], em [[LOCATION|Madre de Dios]].
O: ¿Cómo se llaman y qué edad tienen?
C: Meu irmão é o [[PERSON|Cleiton]], tem [[AGE|34 anos]]. O amigo é o [[PERSON|Raimundo]], acho que tem uns [[AGE|40]].
O: ¿Qué le contó su hermano?
C: Ele me mandou um áudio ontem, chorando. Disse que o patrão prometeu 3 mil reais por mês, mas até agora não pagou nada, que tudo que eles comem é anotado como dívida, e que tem homens armados no acampamento. Não deixam ninguém sair até pagar a dívida.
O: ¿Le mencionó a otras personas en la misma situación?
C: Não, ele só falou dele e do [[PERSON|Raimundo]].
O: ¿Sabe el nombre de la empresa o dónde queda el campamento?
C: O nome não sei. Ele disse que fica umas seis horas de barco pelo rio, depois de [[LOCATION|Iberia]]. O patrão é um peruano que chamam de [[PERSON|Gringo]].
O: ¿Usted tiene algún número para comunicarse con él?
C: Não, ele só consegue mandar mensagem quando alguém leva o celular até a vila. O áudio veio do celular de outra pessoa.
O: Señora, lo que describe es trabajo forzoso por deudas. Vamos a pasar el caso a la fiscalía especializada y a la policía de [[LOCATION|Madre de Dios]] para que ubiquen el campamento.
C: Tá bom. Vocês vão me ligar?
O: Sí. ¿A qué número la podemos llamar?
C: [[PHONE_NUMBER|+55 68 99214 3380]], tem WhatsApp.
O: La llamaremos en dos días para contarle qué se avanzó. Si su hermano vuelve a comunicarse, pídale cualquier detalle del lugar y avísenos.
C: Obrigada, muito obrigada.
""", note("family_member", "help_request", ["labour"], 2, False, ["male"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una mujer pide ayuda porque su hermano y un amigo, ambos extranjeros, trabajan en un campamento "
          "maderero en la selva sin recibir pago, con la comida anotada como deuda y vigilados por hombres "
          "armados que no los dejan salir. Se deriva el caso a la fiscalía especializada y a la policía para "
          "ubicar el campamento y se acordó llamarla en dos días."))

# ------------------------------------------------ Spanish/English code-switching ----
call("h14-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hi, hola, sorry, mi español is a bit rusty. Vivo en [[LOCATION|Miami]] pero estoy de visita en [[LOCATION|Lima]], en la casa de mi tía. I just have a question, no es una emergencia ni nada.
O: No se preocupe, hable como le sea más cómodo. ¿Cuál es su pregunta?
C: Okay so, mi tía quiere traer a una niña de [[LOCATION|Huánuco]], la hija de una comadre suya, para que viva aquí y ayude en la casa. Like cleaning, cooking, cuidar a mi abuela. Y a cambio le paga el colegio. Everyone here says it's totally normal, pero a mí me parece raro. Is that even legal?
O: ¿Usted conoce a la niña? ¿Qué edad tiene?
C: No, I've never met her. Creo que tiene [[AGE|trece]], maybe [[AGE|catorce]]. She hasn't come yet, vendría en [[DATE_TIME|marzo]] para empezar el colegio.
O: ¿Le van a pagar un sueldo, aparte del colegio?
C: No, no sueldo. Bueno, my tía says she'd give her "propinas" sometimes. And she'd sleep in the little room next to the laundry.
O: ¿La niña podría visitar o llamar a su familia?
C: Sí, sí, that's not the issue, she's not gonna be locked up or anything. Es más el tema del trabajo.
O: Le explico. Esto se conoce como "padrinazgo" y es muy común, pero tiene riesgos. La ley de trabajadoras del hogar fija la edad mínima en 18 años. Cuando una niña trabaja en una casa solo a cambio de estudios, sin sueldo, con muchas horas y lejos de su familia, eso puede convertirse en servidumbre doméstica, que es una forma de explotación.
C: Wow. Okay, so it's not okay.
O: Lo que sí está bien es apoyar sus estudios sin que tenga que trabajar a cambio. Si la niña viene, debe estudiar, descansar y mantener contacto con su familia, y no encargarse de tareas de adulto como cuidar a una persona mayor.
C: Got it. Voy a hablar con mi tía, she's not a bad person, I think she just doesn't know.
O: Puede compartirle esta información. Y si en algún momento ve que la niña está trabajando o no puede comunicarse con su familia, puede llamar a esta línea o acudir a la DEMUNA de su distrito.
C: Perfect, thank you so much. Gracias.
""", note("general_public", "information_request", ["domestic_servitude"], 1, True, ["female"], "Lima", "at_risk", "low",
          ["information_given"],
          "Una persona de visita consulta si es legal que una familiar traiga a una niña de provincia para que "
          "haga labores domésticas y cuide a una adulta mayor a cambio de pagarle el colegio, sin sueldo. Se "
          "explicó que la edad mínima para el trabajo del hogar es de 18 años y que esa situación puede "
          "convertirse en servidumbre doméstica, y se indicó a dónde acudir si la niña llega a trabajar."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h14-andean-es-001", "es", "andean", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Allillanchu, señorita. Disculpe, ñuqa poquito nomás hablo castellano. Llamo de [[LOCATION|Huancavelica]], de una comunidad de [[LOCATION|Acobamba]], por mi churi, mi hijito.
O: Buenas tardes, señor, tranquilo, le entiendo. ¿Qué le pasó a su hijo?
C: Su tío de él, mi cuñado [[PERSON|Aurelio]], se lo ha llevado el año pasado a [[LOCATION|Huancayo]], diciendo que allá va a estudiar, poquito nomás va a trabajar. Pero manam estudiaba, señorita. En ladrillera lo han tenido, cargando ladrillo, haciendo adobe, desde madrugada hasta noche.
O: ¿Cuántos años tiene su hijo?
C: [[AGE|Catorce]] añitos tiene. [[PERSON|Wilber]] se llama.
O: ¿Su hijo sigue en la ladrillera?
C: Manam, ya no. La semana pasada se ha escapado, solito ha venido en carro, con plata que un chofer le ha regalado. Ahora está aquí en la casa, conmigo.
O: Qué bueno que ya está en casa. ¿Le pagaban algo?
C: Nada, señorita. Mi cuñado decía que la plata lo guarda para su estudio, pero nada nos ha mandado. Y la wawa dice que con soga le pegaba cuando se cansaba.
O: ¿Y cómo está de salud ahora?
C: Sus manos tiene quemadas, rajadas, y de noche tose bastante. Todavía no lo hemos llevado a la posta.
O: Señor, lo que le hicieron a su hijo es explotación laboral infantil, y llevarlo engañado para eso también puede ser trata. Puede denunciarlo aunque sea familia. ¿Quiere hacer la denuncia?
C: Arí, sí, señorita. Pero no sé cómo, lejos es aquí.
O: Le vamos a derivar con la fiscalía y con un defensor público gratuito, que lo puede atender en quechua. Y es importante que lleve a su hijo a la posta para que le curen las manos y le revisen la tos; le vamos a dar una referencia para el centro de salud.
C: Ya, señorita, sulpayki. Mañana tempranito lo llevo a la posta.
O: ¿Tiene un número donde el defensor pueda llamarlo?
C: Este nomás, de mi vecino es. [[PHONE_NUMBER|Nueve siete cero, cuatro cinco uno, ocho ocho dos]].
O: Muy bien. Cuide a su hijo, y si su cuñado viene a buscarlo o los amenaza, llame a esta línea o a la policía.
C: Ya, señorita. Tupananchiskama.
""", note("family_member", "report", ["labour"], 1, True, ["male"], "Junín", "past", "medium",
          ["referral_legal", "referral_health"],
          "Un padre reporta que un familiar llevó a su hijo adolescente a otra ciudad con la promesa de estudiar "
          "y lo hizo trabajar en una ladrillera sin pago, de madrugada a noche y con castigos físicos; el menor "
          "escapó y ya está en casa con quemaduras en las manos y tos. Se deriva el caso a la fiscalía y a "
          "defensa pública gratuita y se lo refiere al centro de salud."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h14-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi vida. Mira, disculpa la hora, yo soy venezolana, vivo aquí en [[LOCATION|San Juan de Lurigancho]] y te llamo porque un pana mío está a punto de hacer una locura, vale.
O: Cuénteme, la escucho.
C: Él se llama [[PERSON|Jhonder]], tiene [[AGE|26]] años, trabajamos juntos en delivery. Está burda de endeudado con un prestamista, el gota a gota, ¿sabes?, y en un grupo de WhatsApp de venezolanos le escribió un tipo que le ofrece cinco mil dólares por un riñón.
O: ¿Un riñón? ¿Le explicaron cómo sería?
C: Que lo llevan a [[LOCATION|Guayaquil]], en [[LOCATION|Ecuador]], que allá hay una clínica, que le pagan pasaje, hotel, todo. Que es una operación sencillita y en una semana está de vuelta. Y el chamo ya está convencido, ¿tú puedes creer?
O: ¿Ya viajó o ya recibió dinero?
C: No, no, todavía no viaja. Bueno, sí le mandaron doscientos soles "para los exámenes", y pasado mañana tiene que ir a sacarse sangre a un laboratorio que ellos le dijeron. El viaje sería la otra semana.
O: ¿Sabe el nombre o el número de la persona que le escribió?
C: Sí, el tipo se hace llamar [[PERSON|doctor Méndez]], el número es [[PHONE_NUMBER|+593 98 455 2107]]. Yo le tomé captura a los mensajes.
O: Muy bien, guarde esas capturas. Le explico: comprar o vender órganos es un delito en el [[LOCATION|Perú]] y en [[LOCATION|Ecuador]], y captar a alguien aprovechando su necesidad económica para sacarle un órgano es trata de personas, aunque él diga que acepta. Esas operaciones clandestinas ponen en riesgo su vida, y muchas veces al final no pagan lo prometido.
C: Eso mismo le dije yo, pero él dice que no tiene otra salida, que lo están amenazando por la deuda.
O: Entiendo. Con lo que usted me cuenta vamos a pasar el caso a la policía especializada y a la fiscalía para que investiguen ese contacto. ¿Está de acuerdo?
C: Sí, sí, dale, pero que no sepan que fui yo.
O: Su identidad queda reservada. También sería bueno que su amigo nos llame; las amenazas del prestamista también se pueden denunciar. ¿La puedo llamar mañana para saber si habló con él?
C: Claro, mi amor, llámame a este mismo número. Yo lo voy a convencer.
O: Gracias por llamar. Hablamos mañana.
""", note("acquaintance", "report", ["other"], 1, False, ["male"], "Ecuador", "at_risk", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una conocida reporta que a un amigo muy endeudado le ofrecieron por un grupo de mensajería dinero por "
          "vender un riñón, con viaje pagado a una clínica en el extranjero, y ya le enviaron dinero para "
          "exámenes. Se explicó que es un delito y una forma de trata, se pasa el caso a la policía especializada "
          "y a la fiscalía, y se acordó llamarla al día siguiente."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
