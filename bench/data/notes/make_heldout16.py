#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout16.jsonl: 16 fictional labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules or results.
Meant to look like one shift of a Peruvian counter-trafficking hotline: 6 lowercase
unpunctuated Whisper-style Spanish transcripts, 4 cased Spanish, 2 English, 1 Portuguese,
1 Spanish/English code-switching, 1 Andean Spanish with Quechua words, 1 Venezuelan Spanish.
Situations: relatives who lost contact after a job offer, debt bondage on a fishing boat,
adolescents moved to a lodging house, a wrong-number call, a domestic worker who escaped
(follow-up), a suspicious job advert abroad, a pregnant adolescent at a rural health post,
children in a mining camp (follow-up), a teenager forced to carry drugs, children begging
for an adult, volunteers with retained passports at a jungle lodge, a nanny offer in the
Gulf, a woman held in a nightclub, an arranged marriage of a 13-year-old, a rural girl in
unpaid domestic work in Lima, and a migrant woman exploited in the past asking for help.
Forms of exploitation are described by callers, not named; several calls contain declined
offers, negations, self-corrections and questions answered "no".
Markup as in make_heldout.py: [[TYPE|surface]] marks PII; O:/C: mark the speaker.
Output format: LABELS.md. All people, numbers, businesses and events are invented.

Run: python make_heldout16.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout16.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h16-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes le escucha una orientadora en qué le puedo ayudar
C: buenas tardes señorita llamo por mi hija no sé nada de ella hace tres semanas no perdón ya va a ser un mes
O: cuénteme con calma cómo se llama su hija y qué edad tiene
C: se llama [[PERSON|yesenia huamán torres]] tiene [[AGE|diecinueve años]]
O: cuándo fue la última vez que habló con ella
C: el [[DATE_TIME|dos de octubre]] me mandó un audio diciendo que ya estaba llegando a [[LOCATION|pucallpa]] que la señora del restaurante la iba a recoger en el terminal
O: cómo consiguió ese trabajo
C: por facebook una señora que se hace llamar [[PERSON|mami rocío]] le ofreció trabajo de moza en un restaurante le dijo que le pagaban mil doscientos soles con cuarto y comida y hasta le mandó la plata para el pasaje
O: sabe el nombre del restaurante
C: no señorita no me dijo solo que era por el puerto
O: y el número de la señora lo tiene
C: sí tengo el número con que la llamaba es el [[PHONE_NUMBER|961 438 207]] pero ahora está apagado y el de mi hija también
O: su hija le comentó algo raro antes de perder contacto que estaba mal que no le pagaban
C: no nada de eso la última vez estaba contenta ilusionada y de ahí nada ni un mensaje
O: ha puesto la denuncia por desaparición
C: todavía no fui a la comisaría de [[LOCATION|huaycán]] y me dijeron que vuelva otro día que seguro se fue con el enamorado
O: señora la denuncia por desaparición se recibe de inmediato no tiene que esperar ningún plazo es su derecho voy a registrar su caso y derivarlo a la policía y a la fiscalía para que lo investiguen
C: ya señorita gracias
O: le vamos a llamar en dos días para ver cómo avanza a qué número la llamamos
C: a este mismo nomás el [[PHONE_NUMBER|945 112 380]]
O: perfecto guarde los audios de su hija y la conversación de facebook con esa señora no borre nada
C: ya no voy a borrar nada gracias señorita
""", note("family_member", "report", ["unknown"], 1, False, ["female"], "Ucayali", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una madre reporta que perdió contacto con su hija joven hace casi un mes, después de que viajó a la selva "
          "por una oferta de trabajo de moza recibida por redes sociales, con pasaje pagado por la captadora. "
          "En la comisaría no le recibieron la denuncia; se le explicó su derecho a denunciar de inmediato, "
          "se derivó el caso a policía y fiscalía y se hará seguimiento."))

call("h16-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches señor disculpe la hora es que recién bajamos a tierra
O: no se preocupe la línea atiende las veinticuatro horas cuénteme
C: yo trabajo en una embarcación pesquera en [[LOCATION|paita]] de pota un señor me enganchó en [[LOCATION|chiclayo]] me dijo que iba a ganar por porcentaje de la pesca pero ya van tres meses y no me pagan nada
O: por qué no le pagan
C: el armador dice que primero tenemos que pagar la comida el combustible y el adelanto que nos dio y cada viaje la deuda sube en vez de bajar
O: cuántas personas están en esa situación
C: en mi bote somos cuatro tripulantes contándome a mí todos hombres
O: hay algún menor de edad entre ustedes
C: no señor todos somos mayores el más joven tiene [[AGE|veintidós]]
O: les han quitado sus documentos
C: sí el armador nos pidió el dni y la libreta de embarque para el zarpe dice y ya no nos devuelve
O: pueden irse cuando quieren
C: ahorita estamos en tierra para descargar pero él dice que si alguien no se embarca en el próximo zarpe le va a cobrar toda la deuda y lo va a denunciar por robo
O: lo que usted describe son señales de trabajo forzoso retenerles los documentos y cobrarles una deuda que nunca se termina es un delito usted no está obligado a pagar esa deuda
C: ya pero nosotros no sabíamos eso
O: si siente que está en peligro ahora mismo puedo pedir que la policía vaya a donde está esta noche
C: no no señor ahorita no estoy en el hospedaje de los pescadores si viene la policía el armador se va a dar cuenta que fui yo prefiero que no
O: entiendo entonces voy a pasar el caso a la fiscalía y a la policía que investiga trata para que intervengan antes del próximo zarpe sabe el nombre del armador o de la embarcación
C: el armador es don [[PERSON|efraín]] el apellido no sé y el nombre del bote no me acuerdo bien
O: a qué hora lo puedo volver a llamar sin ponerlo en riesgo
C: a este mismo número pero en la noche cuando estoy solo
O: entonces lo llamamos mañana en la noche si algo cambia o alguien lo amenaza llame de inmediato
C: gracias señor
""", note("victim", "help_request", ["labour"], 4, False, ["male"], "Piura", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Un pescador reporta que él y otros tres tripulantes adultos trabajan sin pago desde hace meses en una "
          "embarcación, con una deuda que siempre aumenta, documentos retenidos y amenazas de denuncia si no se embarcan. "
          "Rechazó que se enviara a la policía esa noche; se le explicaron sus derechos, se derivó a fiscalía y policía "
          "especializada y se le volverá a llamar."))

call("h16-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: aló señorita soy mototaxista acá en [[LOCATION|tarapoto]] le llamo porque hace un rato llevé a un señor con dos chiquitas y no me gustó nada
O: gracias por llamar cuénteme qué vio
C: las recogí en el terminal de buses con un hombre mayor de unos [[AGE|cincuenta años]] las chiquitas tendrán [[AGE|trece catorce años]] máximo
O: qué le hizo pensar que algo estaba mal
C: en el camino una de ellas le preguntó cuándo iban a empezar en la tienda y él le dijo que no había tienda que en el bar le iban a dar ropa bonita y que tenía que ser cariñosa con los clientes y le quitó el celular
O: a dónde los llevó
C: a un hospedaje en el [[ADDRESS|jirón leticia cuadra ocho al costado de una ferretería]] se llama hospedaje [[ORGANIZATION|el paraíso]] entraron los tres hace como veinte minutos
O: sabe de dónde venían las niñas
C: por cómo hablaban parecían de por [[LOCATION|yurimaguas]] creo pero no estoy seguro
O: el hombre tenía algún vehículo
C: no no tenía carro vino conmigo nomás eso sí lo escuché hablar por teléfono y decía ya tengo a las dos mañana te las llevo al local
O: esto es muy grave voy a comunicar ahora mismo a la policía para que envíen un patrullero al hospedaje
C: sí estoy aquí a la vuelta en mi moto
O: no intervenga usted ni se acerque al hombre si ve que salen me vuelve a llamar a este número
C: ya señorita mi moto es la placa [[OTHER_ID|nb 4521]] por si la policía me busca
O: gracias anotado el patrullero ya está saliendo
""", note("witness", "report", ["sexual"], 2, True, ["female"], "San Martín", "ongoing", "immediate",
          ["police_dispatch"],
          "Un mototaxista reporta que trasladó a dos niñas adolescentes con un hombre adulto a un "
          "hospedaje; el hombre les quitó el celular, les habló de atender clientes en un bar y dijo por teléfono que "
          "las llevaría a un local. Se envió de inmediato un patrullero al hospedaje."))

call("h16-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días joven quería denunciar que me han robado mi celular en el paradero
O: lamento lo que le pasó señora esta línea atiende casos de trata de personas y explotación
C: ah y no es la línea de la policía
O: no señora esta no es la central de la policía para denunciar un robo tiene que acercarse a la comisaría más cercana o llamar al uno cero cinco
C: ya y para bloquear el chip
O: eso lo hace llamando a su operador telefónico
C: ya gracias joven disculpe la molestia
O: no se preocupe que tenga buen día
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Una señora llamó para denunciar el robo de su celular. Se le indicó que la línea atiende casos de trata "
          "y que debe acudir a la comisaría."))

call("h16-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes yo llamé la semana pasada por una amiga que trabajaba en una casa en [[LOCATION|cayma]] en [[LOCATION|arequipa]] me dieron un código pero no lo tengo a la mano
O: no se preocupe cómo se llama su amiga
C: [[PERSON|maribel]] la que trabajaba cama adentro
O: ya encontré el registro usted nos contó que su amiga trabajaba sin sueldo y que no la dejaban salir qué novedad hay
C: ayer en la noche se escapó señorita salió cuando la señora se fue a misa y ahora está en mi cuarto pero aquí no se puede quedar mi casero no quiere
O: cómo está ella de salud
C: mal tiene la mano quemada dice que la señora le tiró agua caliente hace unos días y no la llevaron al médico y casi no come
O: ella tiene sus documentos
C: no su dni se lo quedó la señora salió solo con la ropa que tenía puesta
O: ella es mayor de edad
C: sí tiene [[AGE|veintitrés años]] es de [[LOCATION|chumbivilcas]] de [[LOCATION|cusco]]
O: bien vamos a coordinar hoy mismo un albergue temporal para ella y que la atiendan en el centro de salud por la quemadura
C: y a la señora no le va a pasar nada
O: voy a enviar esta nueva información a la fiscalía que ya tiene el caso y su amiga también podrá declarar si quiere
C: ella dice que sí quiere pero tiene miedo
O: es normal le vamos a llamar en una hora para darle la dirección del albergue y la hora de la atención médica
C: ya señorita aquí espero
""", note("acquaintance", "follow_up", ["domestic_servitude"], 1, False, ["female"], "Arequipa", "past", "high",
          ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
          "Seguimiento de un caso de una trabajadora del hogar sin sueldo y sin permiso para salir: la víctima, adulta, "
          "escapó la noche anterior sin su documento y con una quemadura en la mano causada por la empleadora. "
          "Se coordinan albergue temporal y atención de salud, se amplía la información a fiscalía y se la volverá a llamar."))

call("h16-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes una consulta nomás no es una denuncia
O: claro dígame
C: en un grupo de whatsapp de mi barrio están pasando un aviso que dice se necesitan jóvenes de dieciocho a treinta años para cosecha de fresas en [[LOCATION|españa]] pasaje pagado alojamiento gratis sueldo de mil quinientos euros
O: el aviso dice el nombre de alguna empresa o agencia
C: no solo un número para escribir por whatsapp y dice que hay que viajar a fin de mes con visa de turista y que el contrato lo firman allá
O: le han pedido a usted algún dato o dinero
C: no no yo no voy a postular tengo mi trabajo pero varios chicos del barrio están interesados y quería saber si lo comparto o no
O: hace bien en consultar ese aviso tiene varias señales de alerta no hay empresa identificada ofrecen mucho sueldo sin experiencia pagan el pasaje que después les pueden cobrar como deuda y los hacen viajar como turistas sin contrato
C: ah ya o sea podría ser trata
O: podría ser una forma de captación una oferta segura tiene contrato escrito antes de viajar visa de trabajo y una agencia registrada que se puede verificar en el ministerio de trabajo
C: entonces mejor no lo comparto les voy a avisar a los chicos que tengan cuidado
O: exacto y si alguien ya viajó y perdió contacto pueden llamar a esta línea gratuita
C: gracias muy amable
""", note("general_public", "information_request", ["unknown"], 0, False, [], "España", "at_risk", "low",
          ["information_given"],
          "Una persona consulta por un aviso difundido en su barrio que ofrece trabajo agrícola en el extranjero con pasaje "
          "pagado, sin empresa identificada y viajando como turista. Se le explicaron las señales de alerta y cómo "
          "verificar una oferta segura; decidió no difundir el aviso."))

# ------------------------------------------------ cased Spanish ----
call("h16-es-007", "es", "plain", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes, le hablo del centro de salud de [[LOCATION|Santa Rita de Castilla]], en [[LOCATION|Loreto]]. Soy obstetra. Tengo una situación con una paciente menor de edad.
O: La escucho. ¿Qué edad tiene la paciente?
C: Ella dice que tiene [[AGE|14 años]], aunque el señor que la trajo dice que tiene [[AGE|dieciocho]]. No trae DNI.
O: ¿Qué relación tiene ese señor con ella?
C: Dice que es su esposo. Tendrá unos [[AGE|cuarenta años]]. Ella está embarazada de unos cinco, no, seis meses.
O: ¿Ha podido hablar con ella a solas?
C: Sí, en el consultorio. Me contó que la sacaron de su comunidad, [[LOCATION|Nueva Esperanza del Marañón]], con la promesa de que iba a estudiar, pero la llevaron a un campamento maderero a cocinar y lavar para los trabajadores, sin pago, y que este señor la obliga a tener relaciones con él.
O: ¿Hay otras chicas en ese campamento?
C: Ella dice que no, que era la única mujer.
O: Entiendo. ¿Dónde está ahora el señor?
C: Está afuera, en la sala de espera, y ya está preguntando cuándo se la lleva. Dice que tienen que tomar el bote esta tarde.
O: Doctora, no la dé de alta. Voy a comunicar ahora mismo a la comisaría más cercana para que envíen efectivos al centro de salud, y a la fiscalía de familia para que disponga su protección.
C: Muy bien. ¿Y a él qué le digo?
O: Nada que lo alerte. Puede decirle que faltan exámenes. ¿Me da su nombre y un número para que la policía la ubique?
C: Soy [[PERSON|Karina Sifuentes]], mi celular es [[PHONE_NUMBER|965 204 771]].
O: Gracias, doctora. La vuelvo a llamar en cuanto tenga confirmación de la policía.
""", note("professional", "report", ["sexual", "labour"], 1, True, ["female"], "Loreto", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una obstetra reporta a una adolescente embarazada, llevada al centro de salud por un hombre adulto que dice ser "
          "su esposo; la menor contó que la sacaron de su comunidad con engaños, la hacen cocinar y lavar sin pago en un "
          "campamento maderero y el hombre la obliga a tener relaciones. Se pidió presencia policial inmediata, se "
          "comunicó a la fiscalía de familia y se devolverá la llamada."))

call("h16-es-008", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy asistenta social de la municipalidad de [[LOCATION|Ananea]]. La semana pasada reporté el caso de tres adolescentes que estaban trabajando en un socavón en [[LOCATION|La Rinconada]]. Llamo para dar seguimiento.
O: Gracias por llamar. ¿Me recuerda el nombre de alguno de los chicos?
C: Uno de ellos es [[PERSON|Wilber Condori]], de [[AGE|15 años]].
O: Sí, lo tengo. El caso se derivó a la fiscalía provincial de [[LOCATION|San Antonio de Putina]]. ¿Qué novedades tiene?
C: [[PERSON|Wilber]] regresó a su casa anteayer. Su mamá lo trajo a la municipalidad. Dice que los otros dos siguen allá, en la mina, cargando mineral.
O: ¿Él le contó si les pagaban?
C: Dice que les pagaban con cachorreo, o sea que les dejaban sacar unas piedras al final del mes, pero casi nunca salía oro. Y el contratista les descontaba la comida.
O: ¿Los otros dos chicos también son menores?
C: Sí, uno de [[AGE|16]] y otro de [[AGE|17]], los dos varones.
O: ¿Wilber tiene alguna lesión o necesita atención médica?
C: No, está bien, solo cansado. Ya lo vio el médico del puesto de salud.
O: Bien. Voy a enviar esta nueva información a la fiscalía que lleva el caso, porque su testimonio puede ayudar a ubicar a los otros dos. ¿Él estaría dispuesto a declarar?
C: La mamá dice que sí, siempre que ella esté presente.
O: Así debe ser. La llamaremos a fin de semana para informarle cuándo la fiscalía puede tomar la declaración.
C: De acuerdo, gracias.
""", note("professional", "follow_up", ["labour"], 3, True, ["male"], "Puno", "ongoing", "medium",
          ["referral_legal", "follow_up_call"],
          "Una trabajadora social da seguimiento a un caso de tres adolescentes varones que trabajaban en una mina sin pago "
          "real; uno regresó a su casa y dos siguen en la mina. Se envía la nueva información a la fiscalía que lleva el "
          "caso para tomar la declaración del adolescente y se la volverá a llamar."))

call("h16-es-009", "es", "plain", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Señorita, no sé si llamo al lugar correcto. Es por mi hijo. Unos muchachos lo están obligando a hacer cosas.
O: Hizo bien en llamar. ¿Qué edad tiene su hijo?
C: [[AGE|Dieciséis]]. Se llama [[PERSON|Brayan]].
O: ¿Qué lo están obligando a hacer?
C: Llevar paquetes, señorita. Droga, creo. Lo mandan en moto desde [[LOCATION|Ventanilla]] hasta el [[LOCATION|Callao]], por el puerto.
O: ¿Él quiere hacerlo o lo amenazan?
C: Al comienzo le daban plata y zapatillas, pero ahora que quiere salirse le dicen que si no sigue le van a hacer algo a su hermanita. Le mandaron una foto de ella saliendo del colegio.
O: ¿Su hijo está en casa en este momento?
C: Sí, está acá, encerrado en su cuarto. Ya no quiere ir al colegio.
O: ¿Ha ido a la policía?
C: No, tengo miedo. Dicen que en la comisaría hay gente que los conoce.
O: Entiendo su miedo. Usar a un adolescente para cometer delitos bajo amenaza es una forma de explotación, y la ley lo considera a él una víctima, no un delincuente.
C: Eso quiero que sepan, que él no es malo.
O: Podemos pasar el caso directamente a la fiscalía especializada, sin pasar por la comisaría del barrio. También podemos gestionar que su hijo sea acogido un tiempo en un centro de protección fuera de la zona, ¿le interesaría?
C: No, señorita, eso no. Él no se quiere separar de nosotros, y yo tampoco. Prefiero que se quede en la casa.
O: Está bien, es su decisión. Entonces voy a pasar el caso a la fiscalía especializada con reserva de identidad. ¿Tiene un número donde podamos llamarla?
C: Sí, al [[PHONE_NUMBER|948 330 125]], pero llámeme en la noche, cuando ya llegué del trabajo.
O: La llamaremos mañana en la noche. Si esos muchachos se presentan en su casa o amenazan directamente a sus hijos, llame al 105 de inmediato.
C: Gracias, señorita.
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Callao", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una madre reporta que su hijo adolescente es obligado por un grupo a transportar paquetes de droga, bajo amenazas "
          "contra su hermana menor. Rechazó el acogimiento del hijo en un centro de protección; se le explicó que el "
          "adolescente es víctima, se derivó a la fiscalía especializada con reserva de identidad y se hará seguimiento."))

call("h16-es-010", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Quiero reportar algo que veo todos los días camino a mi trabajo, en [[LOCATION|Chiclayo]].
O: Claro, cuénteme.
C: En el semáforo de la [[ADDRESS|avenida Bolognesi con Luis Gonzales]] hay dos niños pidiendo limosna desde temprano, un niño y una niña. Tendrán, no sé, [[AGE|cinco]] y [[AGE|siete años]].
O: ¿Están con algún adulto?
C: No, están solos todo el día. Pero en la madrugada llega una camioneta blanca, un señor los baja, y en la noche vuelve, les revisa los bolsillos y se lleva lo que juntaron. Lo he visto varias veces porque salgo tarde.
O: ¿Alcanzó a ver la placa de la camioneta?
C: Sí, la anoté: [[OTHER_ID|M1K-482]].
O: Muy útil. ¿Cómo ve a los niños, parecen bien de salud?
C: Están flacos, la niña siempre está descalza. Una vez le di un pan y el niño me dijo que no podía comer hasta que venga el tío.
O: ¿Ha visto si el señor los golpea?
C: Pegarles no he visto. No, eso no. Pero les grita feo si no juntaron suficiente.
O: Gracias por su reporte. Voy a derivar el caso a la policía especializada y a la DEMUNA para que intervengan y verifiquen la situación de los niños.
C: ¿Y me van a llamar a declarar?
O: No es obligatorio y su identidad se mantiene en reserva. ¿Desea que la llamemos para contarle cómo avanza?
C: No, no es necesario, solo quería que alguien haga algo.
O: Entendido. Si vuelve a ver algo grave, llame nuevamente.
""", note("witness", "report", ["forced_begging"], 2, True, ["male", "female"], "Lambayeque", "ongoing", "high",
          ["referral_legal"],
          "Una persona reporta que dos niños pequeños piden limosna solos todo el día en un cruce y que un hombre los deja "
          "en camioneta en la madrugada y en la noche se lleva el dinero. Se derivó el caso a la policía especializada y a la "
          "DEMUNA; quien llamó no quiso seguimiento."))

# ------------------------------------------------ English ----
call("h16-en-011", "en", "plain", """
O: Línea contra la trata, buenas tardes. Good afternoon, how can I help you?
C: Hi, um, do you speak English? I'm not sure I'm calling the right number.
O: Yes, I speak English. This is the anti-trafficking hotline. Tell me what's happening.
C: Okay. I'm a volunteer at an eco-lodge near [[LOCATION|Puerto Maldonado]]. I found the program online, it was supposed to be four hours a day in exchange for room and board.
O: And what is it really like?
C: We work from five in the morning until like eight at night, cleaning, cooking for the guests, carrying stuff from the boats. The owner took our passports on the first day and said it was for immigration. Now he says we can't leave until we pay five hundred dollars for training.
O: You said "we". How many volunteers are there?
C: Two of us. Me and another girl from [[LOCATION|Germany]], [[PERSON|Lena]]. She's [[AGE|nineteen]], I'm [[AGE|twenty-two]].
O: Is either of you hurt, or being threatened right now?
C: No, not hurt. He yells a lot and he said if we leave without paying he'll report us to the police for stealing. But nobody's hit us.
O: Keeping your passports and making you pay a debt before you can leave is not legal in [[LOCATION|Peru]]. You do not owe him that money, and you have the right to get your passports back.
C: Okay, that's good to know.
O: If you feel unsafe, I can ask the police to go to the lodge today.
C: No, please don't, not today. There's a boat to town tomorrow morning and we're planning to just get on it. If the police show up he'll know it was us, and we're two hours upriver.
O: Understood. Then I'll pass your case to the police anti-trafficking unit and the prosecutor in [[LOCATION|Puerto Maldonado]] so they can help you recover your passports once you're in town. Can you tell me the name of the lodge?
C: It's called [[ORGANIZATION|Canopy Heart Retreat]]. The owner is [[PERSON|Rogelio]], I don't know his last name.
O: Thank you. Can I call you tomorrow afternoon to check that you both made it to town?
C: Yes, this number works when we have signal. It's my [[LOCATION|UK]] number, [[PHONE_NUMBER|+44 7700 900318]].
O: I'll call you tomorrow. If anything changes tonight, call us back right away.
C: Thank you, really.
""", note("victim", "help_request", ["labour"], 2, False, ["female"], "Madre de Dios", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una voluntaria extranjera reporta que ella y otra joven trabajan jornadas de quince horas en un albergue turístico "
          "en la selva, con los pasaportes retenidos y una deuda exigida para poder irse. No aceptó que la policía fuera ese "
          "día porque planean salir al día siguiente; se le explicaron sus derechos, se derivó a policía y fiscalía y se la "
          "llamará al día siguiente."))

call("h16-en-012", "en", "plain", """
O: Línea contra la trata, buenos días.
C: Hello, good morning. Sorry, my Spanish is terrible. Is it okay if I speak English?
O: Of course. How can I help?
C: I live in [[LOCATION|Miraflores]]. The lady who cleans our flat, [[PERSON|Doris]], showed me a job offer she got and asked what I thought. I honestly don't know, so I thought I'd ask you.
O: What does the offer say?
C: It's for nannies in [[LOCATION|Dubai]]. No experience needed, flight paid, fifteen hundred dollars a month, and the agency keeps the passport for the visa process. They want her to send a copy of her DNI and three hundred soles for a medical exam.
O: Has she already sent the money or her documents?
C: No, not yet. She hasn't sent anything.
O: Good. Is there a contract, or the name of a registered agency?
C: There's a name, [[ORGANIZATION|Golden Hands Recruitment]], but I searched it and only found a Facebook page with no address.
O: Several things there are warning signs: a very high salary with no experience, money up front, no real address, and above all someone keeping her passport. Legitimate employers abroad don't hold on to your passport.
C: Right, that's what worried me.
O: Before she sends anything, she can check whether the agency is registered with the Ministry of Labour, and ask for a written contract she can read before she travels. She can also call us herself, in Spanish, to talk it through.
C: Brilliant, I'll tell her. She's not leaving before next month anyway, so there's time.
O: Exactly. And if she does decide to go, she should keep copies of all her documents and leave her contacts with someone she trusts.
C: Thanks so much, that's really helpful.
""", note("acquaintance", "information_request", ["unknown"], 1, False, ["female"], "Emiratos Árabes Unidos", "at_risk", "low",
          ["information_given"],
          "Una persona extranjera consulta por una oferta de trabajo de niñera en el Golfo que recibió la trabajadora del hogar "
          "de su casa, con pasaje pagado, cobro previo y retención del pasaporte. Aún no ha enviado dinero ni documentos; se "
          "explicaron las señales de alerta y cómo verificar la agencia."))

# ------------------------------------------------ Portuguese ----
call("h16-pt-013", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Boa noite, desculpa, eu falo português. Sou do [[LOCATION|Brasil]], de [[LOCATION|Rio Branco]]. É sobre minha filha, ela está no [[LOCATION|Peru]].
O: Boa noite, senhora, pode falar, eu entendo português. O que aconteceu com a sua filha?
C: Ela se chama [[PERSON|Thaís]], tem [[AGE|vinte anos]]. Foi para [[LOCATION|Cusco]] faz dois meses com um namorado peruano que conheceu pela internet. Ele prometeu trabalho num hotel.
O: E agora, o que ela está contando?
C: Hoje de tarde ela me mandou mensagem escondida. Disse que não tem hotel nenhum, que ele obriga ela a atender homens numa boate, que ficam com todo o dinheiro e que ele pegou o passaporte dela.
O: Ela disse se está presa, se pode sair do lugar?
C: De dia trancam ela num quarto em cima da boate. Ela disse que hoje de noite vão levar ela para outra cidade, não sabe qual. Por isso estou ligando agora.
O: A senhora tem o endereço ou a localização?
C: Ela mandou a localização pelo WhatsApp. A boate se chama [[ORGANIZATION|Kusi Night]], fica na [[ADDRESS|rua Qhapaq Ñan 214, perto da praça de San Blas]].
O: Tem outras moças com ela?
C: Não sei, ela não falou. Só falou dela.
O: Senhora, vou comunicar agora mesmo à polícia de [[LOCATION|Cusco]] com essa localização para que vão ao local, e o caso vai também para a promotoria especializada. Pode me passar o número da sua filha?
C: Posso, é [[PHONE_NUMBER|+55 68 99214 3307]]. Mas não liguem para ela, por favor, o celular está escondido.
O: Não vamos ligar para ela, só a polícia vai usar a informação. E o seu número?
C: É este mesmo, [[PHONE_NUMBER|+55 68 98417 6620]].
O: Vou ligar de volta para a senhora em uma hora para contar o que a polícia encontrou.
C: Obrigada, pelo amor de Deus, ajudem ela.
""", note("family_member", "report", ["sexual"], 1, False, ["female"], "Cusco", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una madre extranjera reporta que su hija joven, llevada por su pareja con una oferta de trabajo en un hotel, es "
          "obligada a atender clientes en una discoteca, encerrada de día y sin pasaporte, y que esa noche la trasladarían "
          "a otra ciudad. Se comunicó de inmediato a la policía con la ubicación, se derivó a fiscalía y se devolverá la llamada en una hora."))

# ------------------------------------------------ Spanish/English code-switching ----
call("h16-cs-014", "es", "code_switching", """
O: Línea contra la trata, buenas tardes, ¿en qué le ayudo?
C: Hola, buenas tardes. Sorry, I switch a lot between English and Spanish, crecí en [[LOCATION|New Jersey]]. Soy profesora de inglés en un colegio en [[LOCATION|San Juan de Lurigancho]].
O: No hay problema, le entiendo. Cuénteme.
C: Ok so, una alumna mía de segundo de secundaria, she's [[AGE|thirteen]], me contó hoy después de clase que sus papás la van a casar con un señor. Like, actually marry her off.
O: ¿Ella le dijo quién es ese señor?
C: Un señor de [[LOCATION|Tingo María]], tiene como [[AGE|treinta y cinco años]], es socio del papá en un negocio de cacao, I think. Ella dice que él ya le dio dinero a la familia, and that's the deal, she goes to live with him allá.
O: ¿Cuándo sería eso?
C: She said after the school year ends, so like in three weeks. No, wait, she said end of this month, so it's actually two weeks. She's terrified.
O: ¿Ella vive con sus papás? ¿La maltratan en casa?
C: Sí, vive con ellos. Maltrato físico no, she said no, they don't hit her. They just see it as normal, you know.
O: ¿El señor ha estado a solas con ella o la ha tocado?
C: No, she said no, solo lo ha visto dos veces en la casa.
O: Gracias por avisar, profesora. Entregar a una niña a un adulto a cambio de dinero para que viva con él es una forma de explotación y un delito, aunque la familia lo vea normal. Voy a derivar el caso a la DEMUNA de su distrito y a la fiscalía de familia para que intervengan antes de que se la lleven.
C: Ok, good. Should I talk to the parents?
O: Mejor no hable con los padres todavía, para no alertarlos. Informe a la dirección del colegio, que también tiene la obligación de reportar.
C: Got it. ¿Y a ella qué le digo?
O: Que hizo bien en contarle y que no está sola. ¿Me da su nombre y un número para que la fiscalía o nosotros la contactemos?
C: Sure, soy [[PERSON|Daniela Ríos]], mi número es [[PHONE_NUMBER|987 221 564]].
O: Gracias, profesora. La llamaremos en dos días para contarle qué se hizo.
C: Thank you so much, de verdad.
""", note("professional", "report", ["other"], 1, True, ["female"], "Huánuco", "at_risk", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una profesora reporta que los padres de una alumna adolescente acordaron, a cambio de dinero, entregarla como "
          "pareja a un hombre adulto que se la llevaría a vivir a la selva central en unas dos semanas. Se le explicó que "
          "es un delito, se derivó el caso a la DEMUNA y a la fiscalía de familia y se le devolverá la llamada."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h16-qu-015", "es", "andean_quechua", """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Allinllachu, señorita. Buenos días. Disculpe, yo hablo poquito castellano. Llamo de [[LOCATION|Andahuaylas]], de comunidad de [[LOCATION|Pacucha]].
O: Buenos días, señor, hable con calma. Si prefiere, le puedo comunicar con alguien que hable quechua.
C: No, no, así nomás, entiendo, señorita. Es por mi wawa, mi hija [[PERSON|Nilda]].
O: ¿Qué le pasó a su hija?
C: Hace dos años una señora de [[LOCATION|Lima]] vino a la comunidad, dijo "tu hija va a estudiar en Lima, en mi casa va a ayudar nomás un poquito, yo le voy a pagar". Nosotros aceptamos pues, pensando que era bueno para ella.
O: ¿Qué edad tiene ahora su hija?
C: [[AGE|Catorce]]... no, [[AGE|quince]] ya cumplió.
O: ¿Y está estudiando?
C: Manam, señorita, no estudia. Ayer me llamó llorando, del celular de una vecina. Dice que trabaja todo el día, cocina, lava, cuida a los wawas de la señora, y no le pagan nada. La señora le pega cuando algo se rompe, no la deja salir ni llamarnos.
O: ¿Sabe en qué parte de Lima vive la señora?
C: Manam yachanichu, no sé, señorita. Mi hija dice que es en [[LOCATION|Surco]] creo, casa grande con reja negra.
O: ¿Tiene el nombre de la señora o un número de teléfono?
C: Se llama [[PERSON|Gladys]], apellido no sé. Su número tenía, pero ya no contesta. Tengo el número de la vecina que le prestó celular: [[PHONE_NUMBER|912 650 481]].
O: Señor, lo que me cuenta es grave. Voy a pasar el caso a la policía especializada y a la fiscalía en [[LOCATION|Lima]] para que la ubiquen y la saquen de esa casa.
C: Sulpayki, señorita. Ella quiere volver a la casa, a la chakra, con su mamá.
O: ¿En qué número lo podemos llamar a usted?
C: Este mismo, de mi sobrino. En la comunidad a veces no hay señal, en la tarde sí hay.
O: Lo llamaremos mañana en la tarde. Si su hija vuelve a llamar, pídale el nombre de la calle o algo que vea cerca de la casa.
C: Ya, señorita. Diospagarapusunki.
""", note("family_member", "report", ["domestic_servitude"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un padre de una comunidad andina reporta que su hija adolescente fue llevada hace dos años a la capital con la "
          "promesa de estudiar, pero trabaja todo el día en tareas del hogar sin pago, no estudia, recibe golpes y no la dejan "
          "salir ni comunicarse. Se derivó el caso a la policía especializada y a la fiscalía para ubicarla y se le volverá a llamar."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h16-ve-016", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes, mi amor. Mira, yo no sé si ustedes me pueden ayudar, pero una pana me dio este número.
O: Claro, para eso estamos. Cuénteme.
C: Yo soy de [[LOCATION|Maracaibo]]. Llegué a [[LOCATION|Perú]] el año pasado, y en [[LOCATION|Tumbes]] un chamo me ofreció trabajo de mesera en un bar, ¿sabes? Y resulta que no era de mesera nada, era para acostarme con los clientes. Me quitaron el pasaporte y me decían que les debía el pasaje.
O: ¿Usted sigue en ese lugar?
C: No, no, gracias a Dios no. Me escapé en [[DATE_TIME|marzo]] y me vine a [[LOCATION|Lima]]. Estoy donde una amiga en [[LOCATION|Los Olivos]].
O: Me alegra que esté a salvo. ¿Había otras chicas en su misma situación?
C: No, mi vida, ahí era yo sola. Y una vecina de allá me contó que cerraron el local.
O: ¿En qué la podemos ayudar ahora?
C: Mira, dos cosas. Yo quiero denunciar a ese tipo, porque no es justo. Y estoy malita, tengo dolores abajo desde hace semanas y no tengo seguro ni plata para la clínica.
O: Primero, sepa que como víctima de trata usted tiene derecho a atención de salud gratuita y a denunciar aunque su situación migratoria no esté regularizada; eso no la pone en riesgo de expulsión.
C: ¿En serio? Yo pensaba que si iba a la policía me botaban del país.
O: No, no es así. Voy a derivarla a un centro de salud para que la atiendan sin costo, y voy a pasar su caso a la fiscalía especializada en trata para que tomen su denuncia. ¿Recuerda el nombre del bar y del hombre?
C: El bar se llamaba [[ORGANIZATION|La Tranquera]], en [[LOCATION|Zarumilla]], y al chamo le decían [[PERSON|el Gocho]]. El nombre verdadero no lo sé.
O: Eso es suficiente para empezar. ¿Tiene un lugar seguro donde quedarse? Si no, podemos ofrecerle un espacio en un albergue.
C: No, tranquila, estoy bien donde mi amiga, ella me está ayudando. Lo del albergue no hace falta.
O: Perfecto. ¿A qué número la llamamos para darle la cita médica y la fecha con la fiscalía?
C: A este mismo, [[PHONE_NUMBER|924 518 077]], y por WhatsApp también.
O: La llamaremos mañana en la mañana.
C: Gracias, chama, de verdad. Dios te bendiga.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Tumbes", "past", "medium",
          ["information_given", "referral_health", "referral_legal", "follow_up_call"],
          "Una mujer migrante cuenta que meses atrás fue captada con una oferta de mesera en un bar donde la obligaron a "
          "prostituirse, con su pasaporte retenido y una deuda; escapó y ahora está a salvo en casa de una amiga. Se le "
          "explicaron sus derechos como víctima, se la derivó a atención de salud gratuita y a la fiscalía para denunciar; "
          "no quiso albergue."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
