#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout12.jsonl: fictional labelled calls written outside the tuning loop and never
shown to it, to measure honestly how the drafter generalises to ordinary, longer calls (15-30
turns) as they really come in: Whisper-style lowercase Spanish with fillers, the operator's
scripted greeting and closing, screening questions answered "no", callers who first describe one
thing and then clarify, several victims of mixed sex and age, and actions the operator proposes
but the caller declines (those are not actions). Styles: lowercase Spanish (a missing daughter,
a live-in maid, a market vendor, a brother "kidnapped", a teacher in Loreto, a wrong call),
Venezuelan lowercase follow-up, a municipal child-protection officer, a question about a job
abroad, English from a domestic worker and from an NGO caseworker, Spanglish, Portuguese, and
an Andean vendor with Quechua words. Same markup and conventions as make_heldout.py. All people,
numbers and businesses are invented.

Run: python make_heldout12.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout12.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h12-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes eh no sé si llamo al lugar correcto mi hija no aparece desde el sábado
O: sí señora hizo bien en llamar cuénteme cómo se llama su hija y cuántos años tiene
C: [[PERSON|nayeli]] tiene [[AGE|diecisiete]] salió el [[DATE_TIME|sábado en la mañana]] diciendo que iba a la casa de una amiga y ya no volvió
O: desde entonces ha tenido alguna comunicación con ella
C: solo un mensaje el domingo que decía mamá estoy bien no me busques y después su celular apagado
O: ha hablado con la amiga
C: sí la amiga dice que no fue a su casa que [[PERSON|nayeli]] le había contado que un chico de tiktok le ofreció trabajo en [[LOCATION|chala]] en una tienda que le iban a pagar dos mil soles
O: conoce a ese chico lo ha visto alguna vez
C: no nunca solo sé que en tiktok se llama [[OTHER_ID|el brayan oficial]] o algo así
O: su hija se llevó ropa documentos
C: se llevó una mochila y su dni eso sí
O: tenía problemas en la casa o había dicho que se quería ir
C: no señorita nada estaba en quinto de secundaria normal
O: ha presentado la denuncia por desaparición
C: fui a la comisaría el domingo y me dijeron que espere que seguro está con el enamorado
O: señora le explico para una menor de edad no hay que esperar ninguna hora la comisaría está obligada a recibirle la denuncia de inmediato y emitir la nota de alerta
C: ah no sabía eso
O: sabe si en ese lugar de [[LOCATION|chala]] hay minería
C: sí pues allá es zona minera todo es mina y hay bares
O: entiendo no sabemos todavía qué está pasando con [[PERSON|nayeli]] pero lo que me cuenta tiene señales de captación un desconocido de redes una oferta de trabajo con buen sueldo lejos de casa y el mensaje de no me busques
C: ay dios mío
O: vamos a derivar el caso a la fiscalía y a la división de trata de la policía de [[LOCATION|arequipa]] para que la busquen y le pido que vuelva hoy a la comisaría con esta información
C: sí voy ahorita
O: guarde las capturas del tiktok y de los mensajes no borre nada
C: ya tengo las fotos
O: la vamos a llamar mañana para saber si le tomaron la denuncia a qué número la llamo
C: a este mismo [[PHONE_NUMBER|958 330 271]] soy su mamá [[PERSON|ruth]]
O: señora [[PERSON|ruth]] mucha fuerza la llamamos mañana y si su hija se comunica avísenos al cero ochocientos dos tres dos tres dos
C: gracias señorita
""", note("family_member", "report", ["unknown"], 1, True, ["female"], "Arequipa", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una madre reporta que su hija adolescente desapareció tras recibir por redes sociales una oferta de trabajo "
          "bien pagada en una zona minera y envió un mensaje pidiendo que no la busquen; la forma de explotación aún no "
          "se conoce. Se le explicó que la denuncia por desaparición de una menor debe recibirse de inmediato, se deriva "
          "a fiscalía y policía especializada y se hará seguimiento."))

call("h12-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita este quería saber si me pueden ayudar no sé si es para acá
O: cuénteme con confianza lo que pasa y vemos cómo la ayudamos
C: yo trabajo en una casa en [[LOCATION|la molina]] cama adentro hace un año y ya no me pagan desde [[DATE_TIME|junio]] cinco meses ya
O: está usted ahora en un lugar seguro puede hablar
C: sí estoy en mi cuarto la señora ya se durmió
O: la tienen encerrada le cierran la puerta con llave
C: no no encerrada no
O: puede salir de la casa cuando quiere
C: no tanto el domingo salía a veces pero la señora dice que tengo que regresar a las cinco y ahorita ya casi no me da salida porque dice que hay mucho trabajo
O: le han quitado su dni o algún documento
C: no no mi dni lo tengo yo
O: alguien le ha pegado o la ha amenazado
C: pegado no nunca pero la señora me dijo que si me voy sin terminar el año me va a denunciar por robo que le falta una cadena de oro y yo no he robado nada
O: cuántas horas trabaja al día
C: me levanto a las cinco y termino a las once de la noche cocino lavo cuido a los dos niños y al perro
O: es usted mayor de edad
C: sí tengo [[AGE|veinticuatro]] soy de [[LOCATION|cajamarca]]
O: hay otras personas trabajando en la casa en la misma situación
C: no solo yo el jardinero viene un día y se va
O: entiendo no pagarle cinco meses amenazarla con una denuncia falsa para que no se vaya y no darle descanso son abusos graves y usted tiene derechos la ley la protege
C: ya
O: si quiere hoy mismo podemos coordinar para que salga de la casa y pase la noche en un albergue seguro
C: no no señorita ahorita no tengo a mi prima en [[LOCATION|comas]] si me voy me voy donde ella
O: está bien es su decisión lo que sí podemos hacer es que una abogada gratuita del ministerio la llame para ver cómo recupera su pago y que esa denuncia de robo no la asuste
C: eso sí por favor
O: a qué número y a qué hora la puede llamar
C: mañana en la tarde a las tres la señora sale [[PHONE_NUMBER|nueve dos seis cero uno cuatro siete siete tres]]
O: [[PHONE_NUMBER|nueve dos seis cero uno cuatro siete siete tres]] mañana a las tres la llama la abogada y recuerde que puede llamarnos a cualquier hora al cero ochocientos dos tres dos tres dos
C: gracias señorita buenas noches
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "medium",
          ["information_given", "referral_legal"],
          "Una trabajadora del hogar cama adentro cuenta que no le pagan hace meses, trabaja jornadas de dieciocho horas, "
          "casi no la dejan salir y la amenazan con una denuncia falsa si se va; no está encerrada, conserva su documento "
          "y no ha sido agredida. Se le informaron sus derechos y una abogada gratuita la llamará; rechazó el albergue "
          "porque puede quedarse con un familiar."))

call("h12-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita mire yo no sé si es trata pero le quería contar algo que veo todos los días
O: claro cuénteme para eso estamos
C: yo tengo un puesto de jugos en el [[ADDRESS|mercado modelo]] de [[LOCATION|piura]] y hay unos niños que piden plata y venden caramelos entre los puestos desde temprano
O: cuántos niños son
C: cuatro dos niñitas como de [[AGE|siete]] y [[AGE|nueve años]] un varoncito chiquito de [[AGE|cinco]] y un jovencito de [[AGE|catorce]] más o menos
O: están con algún adulto
C: yo pensaba que eran hijos de la señora que vende papa al lado porque se quedan cerca de ella pero ayer le pregunté y me dijo que no que ni los conoce
O: entonces quién los trae
C: eso le quería decir un señor los deja a las seis de la mañana en un carro plateado y a la una viene y les quita toda la plata y los vuelve a traer en la tarde hasta la noche
O: ha visto si el señor los trata mal
C: ayer le jaló del pelo a la niña más grande porque había poca plata
O: los niños le han dicho algo
C: la niñita de nueve me dijo que son de [[LOCATION|ecuador]] no perdón de [[LOCATION|sullana]] de un caserío y que el tío los trajo
O: los ha visto comer o ir al colegio
C: no al colegio no van y comen lo que les regalamos los caseros
O: sabe la placa del carro
C: no no me fijé
O: sabe cómo se llama el señor
C: no tampoco los niños le dicen tío nomás
O: ahora mismo están en el mercado
C: sí ahí están la chiquita está vendiendo caramelos al frente de mí
O: muy bien voy a avisar ahora a la policía para que vayan al mercado y a la fiscalía de familia por los niños no se enfrente con el señor
C: ya no me voy a meter
O: podemos volver a llamarla para contarle o si necesitan más datos
C: no señorita prefiero que no me llamen yo tengo mi puesto acá y ese señor me conoce
O: está bien queda anónima gracias por avisar si ve algo más nos llama al cero ochocientos dos tres dos tres dos
C: ya gracias
""", note("witness", "report", ["forced_begging"], 4, True, ["female", "male"], "Piura", "ongoing", "high",
          ["police_dispatch", "referral_legal"],
          "Una comerciante de un mercado reporta que cuatro niños, dos niñas y dos varones de entre cinco y catorce años, "
          "piden dinero y venden caramelos todo el día y un hombre que los trae en auto se queda con lo recaudado y los "
          "maltrata; no van al colegio. Se alertó a la policía para que acuda al mercado y se deriva a la fiscalía de "
          "familia; la informante prefirió que no la llamen."))

call("h12-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: señorita por favor mi hermano está secuestrado
O: tranquilo señor cuénteme qué pasó dónde está su hermano
C: o sea secuestrado secuestrado no es que se fue a trabajar y ahora no lo dejan volver
O: entiendo a dónde se fue a trabajar
C: a la selva al vraem a [[LOCATION|pichari]] le dijeron que era para cosechar cacao que pagaban bien cincuenta soles diarios
O: cuándo se fue
C: hace un mes y medio con otros dos chicos de acá de [[LOCATION|tingo maría]]
O: cuántos años tiene su hermano
C: [[AGE|veintidós]] y los otros dos son de [[AGE|diecinueve]] creo
O: qué le ha contado su hermano
C: me llamó anoche de un número prestado bajito hablaba dijo que no hay cacao que los tienen a los tres cargando mochilas de droga por el monte caminando días y que si alguno se quiere ir lo matan
O: le han pedido dinero a ustedes por él
C: no no plata no han pedido nada
O: le quitaron su documento
C: dice que el celular y el dni se los quitaron al llegar
O: sabe en qué lugar exacto está
C: no sabe dice que es un campamento en el monte cerca de un río
O: y la persona que los llevó
C: un tal [[PERSON|percy]] que ofrecía trabajo en la plaza de [[LOCATION|tingo maría]] tenía una camioneta negra
O: señor lo que me describe no es un secuestro para pedir rescate es una forma de trata las personas obligadas a cometer delitos como transportar droga son víctimas no delincuentes
C: ay pero lo van a meter preso si lo agarran
O: por eso es importante que se denuncie como trata vamos a derivar el caso a la fiscalía especializada en trata con toda esta información para que lo ubiquen con cuidado
C: ya sí
O: si su hermano vuelve a llamar pídale cualquier dato del lugar y usted nos avisa también podemos darle orientación legal a su familia
C: sí por favor
O: a qué número lo llamamos
C: [[PHONE_NUMBER|nueve seis dos]] [[PHONE_NUMBER|ocho uno cinco]] [[PHONE_NUMBER|cero cuatro cuatro]] me llamo [[PERSON|edison]]
O: señor [[PERSON|edison]] lo llamamos mañana en la mañana mucha fuerza
C: gracias señorita
""", note("family_member", "report", ["forced_criminality"], 3, False, ["male"], "Cusco", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Un familiar, que primero habla de un secuestro, aclara que su hermano y otros dos jóvenes fueron captados con "
          "una oferta de cosecha en la selva y ahora los obligan, bajo amenaza de muerte y sin documentos, a transportar "
          "droga. Se le explicó que son víctimas de trata y no delincuentes, se deriva a la fiscalía especializada con "
          "orientación legal a la familia y se hará seguimiento."))

call("h12-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita le saluda el profesor [[PERSON|ángel]] [[PERSON|ríos]] soy docente de un colegio secundario en [[LOCATION|nauta]]
O: buenas tardes profesor lo escucho
C: eh le llamo porque tres alumnos míos de tercero de secundaria ya no vienen a clases desde hace dos semanas y sus compañeros me han contado cosas preocupantes
O: qué le han contado
C: que un señor que tiene un bote los recoge el viernes en el puerto y los lleva río arriba por el [[LOCATION|marañón]] a un campamento maderero
O: los tres alumnos son varones mujeres
C: dos chicas de [[AGE|catorce]] y [[AGE|quince]] y un muchacho de [[AGE|quince]]
O: qué hacen en el campamento según los compañeros
C: al muchacho lo ponen a cargar madera y a las chicas eh dicen que las llevan para que atiendan a los trabajadores en la cantina y que se queden con ellos en la noche
O: las chicas mismas le han contado algo a usted
C: una de ellas una vez me dijo que ganaba su plata allá y se puso a llorar y ya no quiso hablar
O: ha hablado con los padres
C: fui a la casa de una de ellas la mamá dice que el señor le da doscientos soles y que su hija está trabajando de cocinera
O: sabe el nombre del señor o del bote
C: le dicen [[PERSON|papá chino]] el bote se llama [[ORGANIZATION|el cazador]]
O: los chicos están ahora en el campamento
C: sí según los compañeros se fueron otra vez el viernes y no han vuelto
O: el colegio ha comunicado a la ugel o a la policía
C: todavía no el director dice que es asunto de las familias por eso llamo yo
O: profesor ha hecho muy bien lo que describe es explotación sexual de dos menores y explotación laboral de otro menor
C: eso pensaba yo
O: tiene alguna referencia de dónde queda el campamento
C: los chicos dicen que es como cuatro horas en bote [[ADDRESS|pasando la quebrada después del caserío de bellavista]]
O: vamos a alertar hoy mismo a la policía de [[LOCATION|nauta]] y a la fiscalía de [[LOCATION|loreto]] para que intervengan el campamento y rescaten a los tres y pedir que la unidad de protección vea a las familias
C: gracias señorita
O: lo llamamos mañana para pedirle más datos y contarle cómo va a qué número
C: a este número nomás [[PHONE_NUMBER|9 6 5 4 1 8 0 2 7]]
O: gracias profesor hasta mañana
""", note("professional", "report", ["sexual", "labour"], 3, True, ["female", "male"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un docente reporta que tres estudiantes, dos adolescentes mujeres y un varón, son llevados en bote cada fin de "
          "semana a un campamento maderero, donde a las chicas las obligan a atender y pasar la noche con los trabajadores "
          "y al chico a cargar madera; los padres reciben dinero. Se alerta a la policía y a la fiscalía para que "
          "intervengan el campamento, con seguimiento."))

call("h12-ve-lower-001", "es", "venezuelan", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: hola buenas mi amor mira yo llamé la semana pasada por una amiga mía que la tenían en un local en [[LOCATION|trujillo]] me dijeron que volviera a llamar si había algo nuevo
O: sí claro recuerda con quién habló o le dieron un código
C: no me acuerdo del nombre era una muchacha en la noche el caso es de la chama [[PERSON|dayana]] la del local de [[LOCATION|el porvenir]]
O: ya ubico el caso qué novedad hay
C: que se escapó vale anoche se escapó por la ventana del baño y está aquí en mi casa
O: qué bueno está con usted ahora cómo está ella
C: está asustada y le duele mucho el estómago y tiene unos moretones en los brazos
O: la han seguido o alguien sabe que está en su casa
C: no creo no pero el tipo tiene su pasaporte y ella tiene miedo que la busque
O: ella es mayor de edad
C: sí [[AGE|veintiún años]]
O: había otras chicas en el local cuando ella se escapó
C: ella dice que no que las otras dos se fueron la semana pasada que ahora estaba sola ella
O: ella quiere quedarse en su casa o prefiere ir a un albergue
C: mira mi casa es un cuarto nomás y el tipo conoce a mi pareja mejor un albergue dice ella
O: de acuerdo vamos a coordinar hoy un albergue para ella y que la vea un médico por los dolores y los golpes
C: ay gracias
O: también queremos que la fiscalía le tome la declaración está de acuerdo ella
C: me dice que ahorita no que primero quiere estar tranquila y hablar con su mamá
O: está bien eso lo respetamos lo puede decidir después
C: ok
O: le vamos a llamar en una hora para decirle a dónde la llevamos a este mismo número
C: sí a este dale gracias de verdad
O: gracias a usted que estuvo pendiente de su amiga hasta ahorita
""", note("acquaintance", "follow_up", ["sexual"], 1, False, ["female"], "La Libertad", "past", "high",
          ["referral_shelter", "referral_health", "follow_up_call"],
          "Una conocida vuelve a llamar por un caso reportado: la joven migrante explotada sexualmente en un local escapó "
          "anoche, está en su casa con dolores y moretones, y el explotador retiene su pasaporte. Se coordina un albergue "
          "y atención médica, con llamada en una hora; la víctima no quiso por ahora declarar ante la fiscalía."))

call("h12-es-prof-001", "es", "plain", """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla [[PERSON|Rocío Chávez]], responsable de la DEMUNA de la municipalidad de [[LOCATION|Hualgayoc]], en [[LOCATION|Cajamarca]].
O: Buenos días, señora [[PERSON|Chávez]]. La escucho.
C: Ayer la policía nos trajo a un niño de [[AGE|trece años]] que encontraron en una bocamina informal, en la parte alta. Estaba trabajando con los mineros, cargando el mineral.
O: ¿El niño está ahora con ustedes?
C: Sí, está aquí en la oficina. Pasó la noche en la casa de una colega, porque no tenemos dónde tenerlo.
O: ¿Qué le ha contado el niño?
C: Que es de [[LOCATION|Celendín]], que un señor le dijo a su papá que lo iba a hacer trabajar de ayudante de cocina y le adelantó trescientos soles. Pero lo pusieron en la mina, doce horas al día, y dormía en una carpa con los mineros.
O: ¿Le pagaban?
C: No, le decían que primero tenía que devolver el adelanto.
O: ¿Hay más niños en esa mina?
C: Él dice que había otro chico, pero que se fue hace un mes. La policía no encontró a nadie más.
O: ¿Está herido o necesita atención médica?
C: No, lo vio el centro de salud ayer, está bien, un poco desnutrido, ya le dieron su tratamiento.
O: ¿Y la familia? ¿Puede volver con sus padres?
C: Eso es lo que nos preocupa. El padre fue quien recibió el dinero y la madre no contesta. No queremos devolverlo sin una evaluación.
O: Entiendo. Vamos a coordinar con la Unidad de Protección Especial un albergue temporal para el niño hoy mismo, y derivar el caso a la fiscalía especializada para que investigue al reclutador y al padre.
C: Perfecto. ¿Nos llaman ustedes o llamamos nosotros?
O: La coordinadora de la unidad la llama a usted antes del mediodía. ¿A qué número?
C: A mi celular, [[PHONE_NUMBER|976 443 108]].
O: [[PHONE_NUMBER|976 443 108]], ¿correcto?
C: Correcto. Muchas gracias.
O: Gracias a usted por la rapidez. Cualquier cosa, estamos en el 0800-2-3232.
""", note("professional", "help_request", ["labour"], 1, True, ["male"], "Cajamarca", "past", "high",
          ["referral_shelter", "referral_legal"],
          "Una funcionaria de protección infantil municipal pide albergue para un niño rescatado de una mina informal, "
          "donde cargaba mineral doce horas al día sin pago por un adelanto entregado a su padre. Ya recibió atención "
          "médica. Se coordina un albergue temporal con la unidad de protección y se deriva a la fiscalía especializada."))

call("h12-es-info-001", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Una consulta nomás. Me ofrecieron un trabajo en el extranjero y quería saber si es seguro.
O: Claro, cuénteme. ¿Qué tipo de trabajo le ofrecieron?
C: De atención al cliente en una empresa de tecnología, en [[LOCATION|Tailandia]]. Por Telegram. Me dicen que pagan mil quinientos dólares, que el pasaje me lo adelantan y luego me lo descuentan.
O: ¿Le hicieron una entrevista?
C: Sí, una por videollamada, muy corta, en inglés. Me preguntaron si sabía escribir rápido en computadora.
O: ¿Le dieron un contrato por escrito?
C: No, contrato no. Dicen que me lo dan allá.
O: ¿Le pidieron viajar con visa de trabajo?
C: No, con visa de turista, que allá lo arreglan.
O: ¿Sabe en qué ciudad es la empresa, o el nombre?
C: Dicen que es cerca de la frontera, que me recogen en el aeropuerto de [[LOCATION|Bangkok]] y me llevan en carro. El nombre no me lo dijeron.
O: ¿Usted ya pagó algo o envió documentos?
C: No, todavía nada. Me dieron hasta el viernes para responder.
O: Le explico. Lo que me cuenta tiene muchas señales de alerta: sin contrato, visa de turista, pasaje adelantado que luego se descuenta y un traslado por tierra hasta la frontera. Hay casos de jóvenes peruanos que fueron con ofertas así y terminaron encerrados en centros donde los obligan a hacer estafas por internet.
C: Sí, algo leí en las noticias. Por eso llamé.
O: Le recomiendo que no viaje, que no envíe su pasaporte ni sus datos y que guarde los mensajes. Si quiere, podemos tomar los datos de la persona que le escribió y pasarlos a la policía.
C: No, mejor no, no quiero problemas. Solo no voy a ir.
O: Está bien, es su decisión. Si cambia de opinión o le insisten, puede llamarnos al 0800-2-3232.
C: Gracias, señorita, muy amable.
O: Gracias a usted por consultar. Que tenga buena tarde.
""", note("general_public", "information_request", ["forced_criminality"], 1, False, ["male"], "Tailandia", "at_risk", "low",
          ["information_given"],
          "Un joven consulta por una oferta de trabajo de atención al cliente en el extranjero recibida por mensajería, sin "
          "contrato, con visa de turista, pasaje adelantado y traslado por tierra a una zona fronteriza, patrón de los "
          "centros donde obligan a cometer estafas. Se explicaron las señales de alerta y se recomendó no viajar; no quiso "
          "que se pasen los datos a la policía."))

call("h12-lower-es-notrel-001", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes es que se me ha perdido mi dni y quería saber cómo saco otro
O: señora esta es la línea contra la trata de personas permítame preguntarle alguien le ha quitado su dni o se lo están reteniendo
C: no no se me cayó en la combi el lunes creo o me lo robaron no sé
O: entiendo y usted está trabajando en algún lugar donde le pidieron su documento o donde no la dejan salir
C: no señorita yo tengo mi negocito de emoliente en [[LOCATION|chorrillos]] nomás
O: ya alguien la está amenazando o la está obligando a hacer algo
C: no nada de eso es solo el dni porque el banco no me quiere pagar mi pensión sin dni
O: para el duplicado de dni tiene que ir a una agencia de reniec o hacerlo por internet en la página de reniec
C: ah por internet yo no sé mucho de eso
O: entonces mejor vaya a una agencia de reniec ahí le toman la foto y le dan su duplicado
C: y este número yo lo vi en un afiche en la combi decía llame gratis
O: sí señora esta es una línea gratuita pero es solo para casos de trata de personas o sea cuando a alguien lo captan con engaños o lo obligan a trabajar o lo explotan
C: ah ya disculpe señorita me equivoqué entonces
O: no se preocupe y si alguna vez sabe de un caso así ya sabe que puede llamar
C: sí sí gracias mamita que dios la bendiga
O: de nada señora que tenga buena tarde
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada no relacionada: una señora perdió su documento de identidad y quería saber cómo obtener un duplicado. "
          "Las preguntas de descarte no mostraron indicios de trata; se le indicó a dónde acudir y el propósito de la línea."))

call("h12-en-001", "en", "plain", """
O: Línea contra la trata de personas, buenas noches.
C: Hello? Sorry, do you speak English?
O: Yes, I speak English. How can I help you?
C: My name is [[PERSON|Marites]]. I'm from the [[LOCATION|Philippines]]. I work as a nanny for a family in [[LOCATION|San Isidro]]. My friend gave me this number.
O: Thank you for calling, [[PERSON|Marites]]. Are you safe to talk right now?
C: Yes, I'm in the laundry room, they are watching TV.
O: Okay. Tell me what's happening.
C: I came eight months ago. The agency in [[LOCATION|Manila]] said five hundred dollars a month and one day off every week. But madam keeps my passport, she says it's for safekeeping, and they haven't paid me since [[DATE_TIME|May]]. I work from six in the morning until midnight, every day.
O: Are you locked in the house?
C: No, no, the door is not locked. But I have no money, no passport, I don't know anybody here.
O: Has anyone hurt you?
C: No, nobody hits me. But sir said if I leave, he will call immigration and I will go to jail.
O: Are you under eighteen?
C: No, I'm [[AGE|thirty-four]].
O: Are there other workers in the house in the same situation?
C: No, just me. The driver goes home at night.
O: [[PERSON|Marites]], keeping your passport, not paying you and threatening you with immigration is not legal in Peru, and you will not go to jail for leaving. Would you like us to send the police tonight to help you leave with your passport?
C: No, no, please, not tonight. I'm afraid. The children are sleeping, and I don't want trouble. I want first to know my options.
O: That's fine, it's your decision. We can connect you with a free lawyer who speaks English, to help you get your passport and your salary back, and contact your embassy.
C: Yes, the lawyer, please. And the embassy, yes.
O: When is a safe time to call you?
C: Tomorrow at two, madam goes to the gym. My number is [[PHONE_NUMBER|nine four one, two seven seven, zero five three]].
O: [[PHONE_NUMBER|941 277 053]], tomorrow at two. We will call you first, then the lawyer will call.
C: Thank you, thank you so much.
O: If you feel in danger at any moment, call us back at 0800-2-3232, any time, day or night.
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "A foreign live-in nanny reports that her employers hold her passport, have not paid her for months, make her work "
          "eighteen-hour days and threaten her with immigration if she leaves; she is not locked in and has not been hit. "
          "She was told her rights and declined police help tonight; a free lawyer and her embassy will be contacted, with "
          "a callback at a safe time."))

call("h12-en-002", "en", "plain", """
O: Línea contra la trata, buenos días.
C: Good morning. Do you have someone who speaks English? My Spanish is, uh, limited.
O: Yes, go ahead, I speak English.
C: Great, thanks. This is [[PERSON|Hannah Whitfield]], I'm a caseworker with a migrant support organisation in [[LOCATION|Tumbes]]. I'm calling to follow up on a report we made last Tuesday, about the banana farm near [[LOCATION|Zarumilla]].
O: Yes, thank you. Do you have the case reference we gave you?
C: Um, I don't have it with me, sorry. It's the one about the Venezuelan workers who weren't being paid.
O: That's fine, I can find it. What's new?
C: So, two of the workers ran away on Saturday and came to our office. A woman, she's [[AGE|thirty-one]], and her son, he's [[AGE|fifteen]]. They're staying at our shelter now, they're okay.
O: Good. Are they hurt, do they need medical care?
C: No, they're fine, our nurse saw them.
O: And the others?
C: That's the thing. They say four men are still there. The owner took all their documents, he says they owe him for food and the room, and since the two ran away he locks the shed where the men sleep at night.
O: Locked in at night? Did they see that themselves?
C: Yes, the son saw it. He says there's a guard with a dog.
O: Has anyone been hit?
C: Um, the woman says one of the men was hit with a stick last week because he asked for his pay.
O: Thank you, that's important. Since your first report, has the police or the prosecutor contacted you?
C: No, nobody has called us. That's why I'm calling.
O: I'm sorry about that. With this new information, the men locked in and the assault, I'm asking the police to go to the farm today, and I'm sending the update to the prosecutor's office so they can take the statements of the woman and her son at your shelter.
C: Okay, that would be great. Should I tell them the police will come?
O: Yes, please, and tell them they don't have to be afraid of immigration, they are victims. I'll call you this afternoon to confirm when the prosecutor will go. What's your number?
C: It's [[PHONE_NUMBER|+51 972 640 155]]. Or my work email, [[EMAIL_ADDRESS|h.whitfield@puentesmigrantes.org]].
O: Perfect. I'll call you after three.
C: Thank you so much.
""", note("professional", "follow_up", ["labour"], 6, True, ["female", "male"], "Tumbes", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "An NGO caseworker follows up on a report about unpaid migrant workers on a banana farm: a woman and her "
          "teenage son escaped and are safe at the NGO's shelter, while four men remain with their documents held over "
          "a debt, locked in at night and one of them beaten. Police are asked to go to the farm today and the prosecutor "
          "is updated, with a callback this afternoon."))

call("h12-cs-001", "es", "code_switching", """
O: Línea contra la trata de personas, buenas tardes.
C: Hi, buenas tardes. Perdón, my Spanish is okay pero a veces mezclo, ¿ya? I'm calling about a friend, bueno, una chica que conocí en la iglesia.
O: No se preocupe, hable como le sea más cómodo. Cuénteme.
C: Okay. So she's from [[LOCATION|Venezuela]], she's [[AGE|nineteen]], y tuvo una bebita hace dos semanas. Desde que estaba embarazada una pareja, unos señores de [[LOCATION|Surco]], le pagaban el cuarto y la comida.
O: ¿Son familiares de ella?
C: No, no, nothing like that. Ella los conoció por un abogado, un "licenciado" que le dijo que ellos querían adoptar. Y ahora que nació la bebé, they want her to sign some papers and hand over the baby, y le van a dar five thousand dollars.
O: ¿Ella está de acuerdo?
C: At first she said yes, porque no tenía plata. But now she changed her mind, she wants to keep her baby. And the lawyer told her that if she doesn't sign she has to pay back everything, como ocho mil soles, y que la van a denunciar a migraciones.
O: ¿Ella sigue viviendo en el cuarto que pagan ellos?
C: Yes, y el licenciado viene todos los días. Yesterday he came with the señora and they tried to take the baby "para llevarla al pediatra". She didn't let them.
O: ¿Le han quitado algún documento a ella o a la bebé?
C: The baby's birth certificate, el acta, they have it. Ella no sabe cómo.
O: ¿Ella está ahora sola con la bebé?
C: No, she's with me right now, en mi casa, en [[LOCATION|Chorrillos]]. She's scared to go back.
O: Lo que me cuenta es grave: ofrecer dinero por una bebé y presionar a la madre para entregarla es un delito, puede ser venta de niños, que es una forma de trata. Ella no tiene que devolver nada ni firmar nada.
C: Oh my God. Okay.
O: Vamos a coordinar un albergue para ella y la bebé, para que no tengan que volver a ese cuarto, y derivar el caso a la fiscalía para que recuperen el acta y se investigue al abogado.
C: Yes, please. Can she stay with me tonight? Y el albergue mañana?
O: Sí, si están seguras en su casa esta noche, mañana temprano coordinamos el albergue. La llamo a las nueve de la mañana.
C: Perfect. My number is [[PHONE_NUMBER|nine eight zero, one one four, two six six]].
O: [[PHONE_NUMBER|980 114 266]]. Mañana a las nueve.
C: Thank you, gracias de verdad.
""", note("acquaintance", "report", ["other"], 2, True, ["female"], "Lima", "at_risk", "high",
          ["information_given", "referral_shelter", "referral_legal", "follow_up_call"],
          "Una conocida reporta que a una joven madre migrante, alojada por una pareja durante el embarazo a través de un "
          "supuesto abogado, la presionan para entregar a su bebé recién nacida a cambio de dinero, la amenazan con una "
          "deuda y con migraciones y retienen el acta de nacimiento. Se explicó que puede ser venta de niños, se coordina "
          "un albergue para madre e hija, se deriva a la fiscalía y se llamará al día siguiente."))

call("h12-pt-lower-001", "pt", "portuguese", """
O: línea contra la trata buenas noches
C: alô boa noite eu sou brasileiro a senhora entende português
O: sí entiendo hable despacio por favor
C: tá eu trabalhei três meses numa serraria perto de [[LOCATION|iberia]] e não me pagaram nada eu fugi ontem
O: dónde está usted ahora está seguro cuántos años tiene
C: estou em [[LOCATION|iñapari]] na casa de um conhecido aqui tô seguro sim tenho [[AGE|vinte e oito]]
O: cómo llegó a trabajar allí
C: um homem em [[LOCATION|rio branco]] falou que pagava dois mil reais por mês na madeira e levou a gente de carro eu e meu primo
O: lo encerraban
C: trancado não mas é no meio do mato sem estrada só de barco e o patrão anda armado
O: le quitaron documentos
C: ficou com minha carteira de identidade e a do meu primo
O: su primo sigue allá
C: sim ele ficou ele tem [[AGE|dezenove]] e tem mais três peruanos lá também todos homens o patrão fala que todo mundo deve a comida e as botas e não deixa ninguém sair
O: le han pegado a alguien
C: a mim não mas no meu primo deram um soco quando pediu o dinheiro
O: qué quiere hacer usted ahora
C: quero voltar pro brasil quero que tirem meu primo de lá e quero meu dinheiro
O: le podemos conseguir un albergue en [[LOCATION|puerto maldonado]] esta noche
C: não obrigado amanhã eu passo a ponte para [[LOCATION|assis brasil]] minha mãe vai me buscar
O: de acuerdo vamos a comunicar a la policía y a la fiscalía de [[LOCATION|madre de dios]] para que vayan a la serraria y saquen a su primo y a los otros trabajadores
C: por favor rápido
O: y le doy el número del consulado de brasil para su documento y para reclamar su pago
C: tá anotado
O: cómo se llama la serraria o el patrón
C: o patrão é seu [[PERSON|valdir]] a serraria não tem nome fica [[ADDRESS|subindo o rio tahuamanu umas três horas depois da comunidade]]
O: le vamos a llamar mañana antes de que cruce a qué número
C: [[PHONE_NUMBER|+55 68 99237 4410]] no whatsapp
O: gracias mañana a las ocho lo llamo
C: obrigado moça
""", note("victim", "help_request", ["labour"], 5, False, ["male"], "Madre de Dios", "ongoing", "high",
          ["police_dispatch", "referral_legal", "information_given", "follow_up_call"],
          "Un trabajador extranjero escapó de un aserradero aislado donde trabajó meses sin pago; allí siguen su primo y "
          "otros tres hombres, retenidos por una supuesta deuda, sin documentos y con un patrón armado que golpeó a uno de "
          "ellos. Se comunica a la policía y la fiscalía para que intervengan, se le dio el contacto del consulado y se le "
          "llamará al día siguiente; rechazó el albergue porque regresa a su país."))

call("h12-andean-001", "es", "andean", """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: allillanchu señorita buenas tardes yo vendo api en el terminal de [[LOCATION|huancayo]] quería avisar algo
O: buenas tardes señora dígame
C: hay un señor con cinco jovencitos chiquitos todavía de [[LOCATION|huancavelica]] creo de la altura hablan quechua como yo van a subir al bus de las cinco para [[LOCATION|satipo]]
O: cuántos años tendrán los chicos
C: tres maqtakuna varoncitos y dos sipaskuna mujercitas de [[AGE|catorce quince]] nomás será
O: cómo sabe que algo está mal
C: me compraron api y les pregunté maymantam kanki de dónde son y dijeron que el señor les va a dar trabajo en la cosecha de café pero sus papás no saben se han escapado de su casa dice
O: el señor tiene los documentos de los chicos
C: sí él tiene todos los dnis en su mano y los pasajes yo he visto
O: los chicos se ven golpeados
C: golpeados no pero la chiquita está llorando manchakun tiene miedo
O: el señor es familiar de alguno de ellos
C: manam no dicen que lo conocieron en la feria el domingo
O: cómo es el señor
C: habla castellano nomás tiene gorra roja y casaca negra
O: a qué hora sale el bus
C: a las cinco ya son cuatro y media
O: en qué empresa viajan
C: en la [[ORGANIZATION|turismo selva central]] el bus verde
O: muy bien voy a avisar ahora mismo a la policía del terminal para que revisen a los chicos antes de que salga el bus no se acerque al señor
C: ya señorita ya
O: la puedo volver a llamar después para confirmar
C: arí sí a este mismo número es de mi hija
O: gracias señora usted está ayudando mucho a esos chicos
C: ya pues urpichay ojalá lleguen a tiempo
O: la policía ya está avisada la llamo en un rato
""", note("witness", "report", ["labour"], 5, True, ["female", "male"], "Junín", "at_risk", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Una vendedora de un terminal terrestre reporta que un hombre está por embarcar a cinco adolescentes, tres varones "
          "y dos mujeres, que salieron de sus casas sin permiso de sus padres, hacia la selva para la cosecha de café, con "
          "sus documentos y pasajes en su poder. Se alertó de inmediato a la policía del terminal para que los revise "
          "antes de que salga el bus, con llamada posterior."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
