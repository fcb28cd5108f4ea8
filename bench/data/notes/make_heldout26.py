#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout26.jsonl: 16 fictional, labelled hotline calls for a one-off generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: shared/eval/LABELS.md (fields, allowed values),
shared/eval/make_dev.py (annotation conventions and examples) and the builder copy
make_heldout.py next to this file (call()/note()/build() and the [[TYPE|surface]]
markup). No wording was reused from those calls.

Mix (an ordinary shift): 5 lowercase unpunctuated Whisper-style Spanish transcripts,
5 cased Spanish, 2 English, 1 Brazilian Portuguese, 1 Venezuelan Spanish,
1 Spanish/English code-switching, 1 Andean Spanish with Quechua words.
Callers: victims (ongoing, past, at risk), relatives, a neighbour, an anonymous
neighbour unsure of what she saw, professionals (CEM psychologist, NGO health worker,
auditor), members of the public. Call types: third-party reports, help requests,
a follow-up, information requests (a job offer abroad not yet taken, a general
information call) and two calls that are not trafficking (a labour dispute, a caller
looking for another public service). Regions spread over Peru (coast, Andes, Amazon)
and abroad. Exploitation: sexual, labour, forced criminality, unknown.

All people, phone numbers, IDs, e-mails, handles, boats, businesses and street
addresses are invented.

Run: python make_heldout26.py   (writes heldout26.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout26.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h26-lower-01", "es", "lowercase_asr", """
O: línea contra la trata buenas noches le escucho
C: buenas noches señorita este no sé si estoy llamando al lugar correcto es que no estoy segura de lo que he visto
O: no se preocupe cuénteme con calma y lo vemos juntas
C: ya mire yo vivo en [[LOCATION|nuevo chimbote]] y al costado de mi casa hay una casa que alquila cuartos pero de un tiempo acá llegan chicas en mototaxi de noche
O: cuántas chicas ha visto
C: tres yo creo tres distintas una de ellas parecía chiquita de unos [[AGE|quince]] con mochila como colegiala pero ya no sé de repente es mayor y yo estoy pensando mal
O: y qué más le llamó la atención
C: que entran señores pues desde las once doce de la noche entran y salen y hay una señora en la puerta que les cobra a ellos yo la he visto recibir plata y las chicas de día casi no salen
O: usted ha hablado con alguna de ellas
C: no bueno una vez nomás una me pidió prestado el celular para llamar y la señora salió y la jaló del brazo y le dijo que no hable con los vecinos ay no sé señorita capaz son sus sobrinas no sé
O: lo que usted cuenta tiene señales que vale la pena revisar y hace bien en avisar me puede decir dónde queda la casa
C: es en [[ADDRESS|la calle detrás del colegio de la urbanización los pinos la casa de rejas amarillas]] pero no quiero dar mi nombre
O: no hace falta su nombre puede quedar anónima vamos a pasar la información a la policía para que verifiquen con discreción quiere dejar un número para llamarla después
C: no mejor no mi esposo no sabe que estoy llamando
O: está bien si ve algo más o escucha que alguna pide ayuda vuelva a llamar es gratis a cualquier hora
C: ya señorita gracias disculpe la molestia
O: no es ninguna molestia gracias a usted buenas noches
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Áncash", "ongoing", "high",
          ["police_dispatch"],
          "Una vecina anónima, sin estar segura, cuenta que a una casa de alquiler llegan de noche chicas jóvenes, "
          "una aparentemente menor, y entran hombres a quienes una mujer cobra; a una chica le prohibieron hablar "
          "con los vecinos. Se pasó la información a la policía para una verificación discreta."))

call("h26-lower-02", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: buenas tardes señor mire quería hacer una denuncia contra mi empleador
O: claro cuénteme qué pasó
C: yo trabajaba en una panadería en [[LOCATION|cerro colorado]] acá en [[LOCATION|arequipa]] dos años y medio y me han botado así nomás sin pagarme mis beneficios ni la gratificación de julio
O: entiendo cuando usted trabajaba podía salir libremente ir a su casa
C: sí sí yo vivo con mi familia entraba a las cuatro de la mañana y salía a la una más o menos
O: y le pagaban su sueldo cada mes
C: sí el sueldo sí me pagaban pero sin boleta todo por fuera y ahora el dueño dice que yo no estaba en planilla que no me debe nada
O: le han quitado algún documento o lo han amenazado
C: no amenazado no solo me gritó que me vaya y que no vuelva más
O: mire señor por lo que me cuenta es un conflicto laboral no un caso de trata esta línea atiende trata de personas pero igual le voy a orientar usted puede ir a la sunafil o a la dirección regional de trabajo de [[LOCATION|arequipa]]
C: y eso cuesta algo tengo que llevar abogado
O: no es gratuito puede presentar su denuncia con su dni y cualquier prueba que tenga fotos mensajes testigos compañeros de trabajo
C: ya tengo los mensajes de whatsapp donde me dice a qué hora entrar eso sirve
O: sí guárdelos todos sirven como prueba de que usted trabajaba ahí
C: ya señor muchas gracias disculpe yo pensé que aquí veían todo eso
O: no se preocupe para eso estamos que le vaya bien
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador llama porque fue despedido de una panadería sin recibir sus beneficios laborales. No hay "
          "indicios de trata; se le orientó a acudir a la inspección de trabajo y a guardar sus pruebas."))

call("h26-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: aló buenos días señorita llamo de [[LOCATION|tingo maría]] es por mi hijo
O: sí señora la escucho qué le pasa a su hijo
C: mi hijo [[PERSON|rusbel]] tiene [[AGE|dieciséis años]] hace tres semanas se fue con unos muchachos que le dijeron que había trabajo en la cosecha de cacao por el [[LOCATION|vraem]] que iba a ganar bien
O: y ha sabido de él desde que se fue
C: sí me llamó dos veces la última vez el [[DATE_TIME|jueves]] llorando dice que no es cacao que lo hacen cargar unas mochilas pesadas de noche por el monte que es droga señorita y que si no quiere lo amenazan con matarlo a él y a nosotros
O: sabe en qué lugar está exactamente
C: dijo [[LOCATION|pichari]] no no espere dijo que lo llevaron por [[LOCATION|llochegua]] eso es [[LOCATION|ayacucho]] no
O: sí señora [[LOCATION|llochegua]] es [[LOCATION|ayacucho]] hay otros chicos con él
C: dice que son como cinco pero no sé si son menores también el que los llevó es un señor que le dicen [[PERSON|zambrano]]
O: tiene el número de su hijo o del señor
C: el de mi hijo es [[PHONE_NUMBER|nueve cinco dos cuatro cuatro uno siete ocho tres]] pero ahora está apagado
O: señora lo que le pasa a su hijo es grave lo están obligando a cometer delitos y él es víctima no delincuente vamos a pasar el caso a la fiscalía y a la policía especializada también es importante que usted ponga la denuncia por desaparición en la comisaría de [[LOCATION|tingo maría]] lleve una foto de él
C: ya pero tengo miedo que le hagan algo si denuncio
O: la denuncia es reservada y se va a manejar con cuidado para no ponerlo en riesgo me deja un número para llamarla
C: sí a este mismo este es de mi hermana yo me llamo [[PERSON|felícita]]
O: gracias señora [[PERSON|felícita]] le llamamos mañana en la tarde y si su hijo la llama de nuevo avísenos enseguida
C: ya señorita gracias que dios la bendiga
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una madre reporta que su hijo adolescente fue captado con una oferta de cosecha agrícola y ahora lo "
          "obligan a cargar droga de noche bajo amenazas de muerte contra él y su familia. Se deriva a la fiscalía "
          "y a la policía especializada, se le orientó a denunciar la desaparición y se hará seguimiento."))

call("h26-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: hola buenas noches este quería saber si todavía se puede denunciar algo que me pasó hace tiempo
O: claro que sí cuénteme lo que quiera contar a su ritmo
C: hace como un año y medio yo tenía [[AGE|diecinueve]] una amiga me llevó a [[LOCATION|tacna]] para trabajar de anfitriona en un karaoke y ahí me obligaban a tomar con los clientes y a irme con ellos a los cuartos de atrás
O: lamento mucho que haya pasado por eso usted ahora está a salvo
C: sí sí ya salí me escapé después de como cuatro meses ahora vivo en [[LOCATION|arequipa]] con mi tía trabajo en una tienda pero no duermo bien tengo pesadillas
O: es normal después de lo que vivió y no es su culpa usted todavía puede denunciar
C: es que tengo miedo porque la dueña me tenía mi dni y sabe dónde vive mi mamá en [[LOCATION|camaná]]
O: entiendo recuerda el nombre del local o de la dueña
C: el local se llamaba [[ORGANIZATION|karaoke la fogata]] por la [[ADDRESS|avenida bolognesi frente al grifo]] y a la dueña le decían la [[PERSON|gringa]] su nombre de verdad no lo sé
O: muy bien le puedo conectar con una abogada gratuita que la acompañe en la denuncia y pedir medidas de protección para su mamá y también con atención psicológica para lo de las pesadillas le parece
C: sí eso quisiera lo de la psicóloga sobre todo
O: me deja un número para que la llamen
C: sí es [[PHONE_NUMBER|nueve siete tres cero dos ocho uno cinco cinco]] mi nombre es [[PERSON|yesenia]]
O: gracias [[PERSON|yesenia]] mañana la llama la abogada y yo la llamo en unos días para ver cómo está
C: ya gracias de verdad es la primera vez que se lo cuento a alguien
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Tacna", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una joven cuenta que hace más de un año fue llevada a trabajar de anfitriona en un karaoke donde la "
          "obligaban a beber y a tener relaciones con clientes, con su documento retenido; escapó y ahora vive en "
          "otra ciudad con secuelas emocionales. Se la deriva a asesoría legal gratuita y atención psicológica, con "
          "seguimiento."))

call("h26-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes yo llamé el lunes pasado por una chica que trabaja en un restaurante en [[LOCATION|jaén]] me dijeron que llame si había novedades
O: sí claro me da su nombre o el de la chica para ubicar el reporte
C: yo soy [[PERSON|marleni]] la vecina de su mamá la chica se llama [[PERSON|kiara]] tiene [[AGE|quince años]]
O: ya ubiqué el reporte de la menor en el restaurante qué ha pasado desde entonces
C: bueno vino la policía el [[DATE_TIME|miércoles]] creo pero el dueño la escondió en el segundo piso con otras dos chicas y a los policías les dijo que ahí solo trabajan mayores de edad
O: cómo se enteró usted
C: la misma [[PERSON|kiara]] le mandó un audio a su mamá contando eso y dice que después el dueño les gritó y les quitó los celulares ahora ya nadie puede hablar con ella
O: ella sigue trabajando ahí las mismas horas
C: sí de seis de la mañana a once de la noche atendiendo y lavando y todavía no le pagan nada dice que le descuentan el cuarto y la comida la mamá está desesperada
O: las otras dos chicas también son menores
C: una sí parece de su edad la otra no sé si será mayor
O: gracias esta información es muy importante porque muestra que el dueño ocultó a las chicas voy a agregarla al reporte y enviarla hoy a la fiscalía de familia para que la próxima intervención sea con fiscal la mamá tiene guardado el audio
C: sí lo tiene ella en su celular
O: que no lo borre por favor a usted la llamamos el viernes para contarle cómo avanza
C: ya muchas gracias señorita
""", note("acquaintance", "follow_up", ["labour"], 3, True, ["female"], "Cajamarca", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina llama en seguimiento de su reporte sobre una adolescente que trabaja sin pago y sin poder "
          "salir en un restaurante; cuenta que el dueño la escondió con otras dos chicas durante la visita policial "
          "y les quitó los celulares. La nueva información se envía a la fiscalía de familia, con seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h26-cased-01", "es", "cased", """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Le habla [[PERSON|Rocío Tafur]], psicóloga del Centro Emergencia Mujer de [[LOCATION|Tarapoto]]. Necesito reportar un caso y pedir apoyo.
O: Claro, licenciada. Adelante.
C: Esta mañana vino una adolescente de [[AGE|16 años]], sola. Al principio dijo que era por una pelea con su enamorado, pero conversando me contó que trabaja en un bar en la carretera a [[LOCATION|Moyobamba]], el [[ORGANIZATION|Bar Cocha Dorada]]. La hacen acompañar a los clientes, le pagan por fichas, y a veces la obligan a ir con ellos a un hostal.
O: ¿Ella está ahora con ustedes?
C: Sí, aquí en el CEM. No quiere volver al bar, pero tampoco a su casa; dice que fue su padrastro el que la llevó a trabajar ahí. Y me cuenta que hay otra chica, de [[AGE|catorce]], que sigue en el bar y duerme en un cuarto detrás del local.
O: ¿Sabe el nombre de la otra chica?
C: Solo le dicen [[PERSON|Flaca]]. Es de [[LOCATION|Yurimaguas]], la trajeron hace un mes, más o menos.
O: Entiendo. ¿La adolescente que está con ustedes tiene alguna lesión o necesita atención médica?
C: Lesiones visibles no tiene, pero sí queremos que la examinen, ella dice que no sabe si está embarazada.
O: De acuerdo. Vamos a hacer varias cosas: coordinar un albergue para ella, pedir la evaluación médica y avisar a la policía especializada para que intervenga el bar hoy mismo por la otra menor. ¿Me da la ubicación exacta?
C: Es en el [[ADDRESS|kilómetro 12 de la carretera Fernando Belaúnde, pasando el puente, al lado de un lavadero de carros]].
O: Gracias. ¿Y su número directo?
C: [[PHONE_NUMBER|942 615 083]]. Estoy aquí hasta las ocho.
O: Perfecto, licenciada [[PERSON|Tafur]]. En una hora la llamo para confirmarle el albergue y la movilidad. Y por favor, que la adolescente no salga sola del CEM.
C: No, se queda conmigo. Gracias.
""", note("professional", "report", ["sexual"], 2, True, ["female"], "San Martín", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "referral_health", "follow_up_call"],
          "Una psicóloga de un centro de atención a mujeres reporta que atiende a una adolescente explotada "
          "sexualmente en un bar de carretera, llevada allí por su padrastro, y que otra menor sigue en el local. "
          "Se coordinan albergue y evaluación médica, y se alerta a la policía para intervenir el bar."))

call("h26-cased-02", "es", "cased", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, jefe. Una consulta nomás, no sé si es aquí. Es que me han ofrecido un trabajo en [[LOCATION|España]] y quería saber si es seguro, porque uno escucha cosas.
O: Claro, aquí podemos orientarle. ¿Qué trabajo le ofrecen?
C: Recojo de fresa, en [[LOCATION|Huelva]]. Dicen que son seis meses, que pagan 1400 euros al mes y que dan casa. Me contactó una agencia por Facebook, se llama [[ORGANIZATION|Trabajos Europa Norte SAC]], tiene oficina en [[LOCATION|Piura]], en el centro.
O: ¿Le han pedido dinero o documentos?
C: Sí, 1500 dólares por "gestión del contrato y pasaje", la mitad ahorita y la otra mitad allá, que me la descuentan del sueldo. Y que les deje mi pasaporte para sacar la cita. Ah, y que entre como turista, que el permiso de trabajo lo sacan estando allá.
O: ¿Ya pagó algo o entregó el pasaporte?
C: No, todavía no. Tengo hasta el viernes para depositar. Ya tengo juntado casi todo, me prestó mi cuñado.
O: Le explico por qué me preocupa. Una oferta legal para trabajar en el extranjero viene con contrato y visa de trabajo antes de viajar, no entrando como turista. Que le cobren por el contrato, que le descuenten una deuda del sueldo y que se queden con su pasaporte son señales de alerta de captación para trabajo forzoso.
C: Pucha... ¿o sea que es una estafa?
O: Puede ser una estafa o algo peor: que llegue allá sin papeles, debiendo plata y sin pasaporte. Le recomiendo no depositar ni entregar el pasaporte. Puede verificar si la agencia está registrada en el Ministerio de Trabajo como agencia de empleo y consultar en el consulado.
C: Ya, jefe. Es que ya le había dicho a mi señora que me iba. Unos compañeros del barrio también están pensando entrar.
O: Entiendo la ilusión. Si quiere, compártales esta información o que nos llamen, la orientación es gratis. Y si la agencia lo presiona, puede denunciarla.
C: Ya. Gracias, ¿ah? Me ha salvado la plata, creo.
O: Para eso estamos. Que tenga buena noche.
""", note("victim", "information_request", ["labour"], 1, False, ["male"], "España", "at_risk", "medium",
          ["information_given"],
          "Un hombre consulta por una oferta de trabajo agrícola en el extranjero que le cobra por el contrato, "
          "le pide el pasaporte y le indica viajar como turista. Se explicaron las señales de alerta de captación "
          "y se recomendó no pagar ni entregar documentos y verificar la agencia."))

call("h26-cased-03", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Mire, yo soy presidenta de un comedor popular en [[LOCATION|Ilo]]. No es que haya pasado nada, ¿ah?, pero quería pedir información.
O: Claro, señora, con mucho gusto. ¿Qué le gustaría saber?
C: Es que las mamás del comedor están preocupadas, porque en el colegio hablaron de la trata y muchas no entienden bien qué es. Yo tampoco, la verdad. ¿Trata es solo cuando secuestran a las chicas?
O: No, en la mayoría de casos no hay secuestro. Lo más común es el engaño: a alguien le ofrecen un trabajo, un estudio o una relación, la llevan a otro lugar y ahí la explotan, sexualmente, en el trabajo, en una casa, haciéndola pedir limosna o cometer delitos. Le puede pasar a mujeres, hombres, niños, peruanos o extranjeros.
C: Ah, ya. ¿Y cómo se dan cuenta las mamás? ¿Qué tienen que mirar?
O: Algunas señales: ofertas de trabajo con sueldos muy altos sin pedir experiencia, que paguen todo el pasaje, que pidan guardar secreto, que alguien quiera quedarse con los documentos, o que un chico o una chica de repente tenga regalos, celular nuevo o amistades mayores por internet.
C: Eso de internet es lo que más me preocupa, porque los chicos están todo el día con el celular.
O: Sí, hoy mucha captación empieza por redes sociales. Es importante que las mamás conversen con sus hijos sin asustarlos, que sepan con quién hablan, y que nunca vayan solos a encontrarse con alguien que conocieron por internet.
C: ¿Y si alguien ve algo raro, tiene que dar su nombre cuando llama?
O: No, se puede llamar de forma anónima. La línea es gratuita y atiende las 24 horas, desde cualquier teléfono.
C: ¿Ustedes dan charlas? Porque a las mamás les gustaría que venga alguien.
O: Podemos enviarle material informativo y el contacto de la oficina regional que organiza charlas en su zona. ¿Tiene un correo o un WhatsApp?
C: Por WhatsApp mejor, el [[PHONE_NUMBER|953 402 176]].
O: Listo, le escribo hoy con el material y el contacto.
C: Muchas gracias, señorita, muy amable.
""", note("general_public", "information_request", ["unknown"], 0, False, [], None, "at_risk", "low",
          ["information_given"],
          "Una dirigente de un comedor popular pide información general sobre qué es la trata y cómo reconocer "
          "señales de captación, sin reportar ningún caso. Se le explicaron las señales de alerta y el carácter "
          "anónimo y gratuito de la línea, y se le enviará material informativo."))

call("h26-cased-04", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. ¿Es Migraciones?
O: No, señor. Esta es la línea gratuita contra la trata de personas.
C: Ah, caramba. Es que busqué en internet "línea gratuita" y me salió este número. Yo quería sacar cita para el pasaporte de mi hija.
O: Entiendo. Para el pasaporte tiene que entrar a la página web de Migraciones, ahí se saca la cita en línea. ¿Desde dónde llama?
C: De [[LOCATION|Chiclayo]]. Pero la página no me carga, ya lo intenté tres veces. Por eso quería llamar.
O: Migraciones tiene su propia central telefónica y también una oficina en [[LOCATION|Chiclayo]]; puede acercarse directamente con el DNI de su hija. ¿Ella es menor de edad?
C: Sí, tiene [[AGE|nueve años]]. Es que nos vamos de vacaciones a visitar a mi hermano en [[LOCATION|Italia]].
O: Entonces tiene que ir ella con los dos padres, o con un permiso notarial si uno no puede ir. ¿Viaja con ustedes?
C: Sí, sí, vamos los tres, su mamá, ella y yo.
O: Muy bien. Le recomiendo entrar a la página desde una computadora, a veces en el celular falla, o ir a la oficina temprano.
C: Ya, señorita. ¿Y ustedes qué ven, entonces?
O: Atendemos casos de trata de personas: cuando a alguien lo captan con engaños y lo explotan en el trabajo, sexualmente o de otra forma. Si alguna vez sabe de algo así, puede llamar gratis a este número.
C: Ah, ya, entiendo. Disculpe la molestia, pues.
O: No es molestia. Que le vaya bien con el trámite.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un padre llamó buscando la oficina de migraciones para tramitar el pasaporte de su hija, que viajará con "
          "ambos padres. No es un caso de trata; se le indicó cómo sacar la cita y se explicó el propósito de la línea."))

call("h26-cased-05", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Disculpe, estoy llamando de un celular prestado. Yo... no sé cómo decirle. Trabajo en una lancha pesquera en [[LOCATION|Paita]] y ya no quiero volver a subir, pero no me dejan irme.
O: Está bien, tómese su tiempo. ¿Dónde está usted ahora? ¿Está seguro?
C: Estoy en el muelle, en una bodeguita. El patrón me mandó a comprar hielo y cigarros, tengo como veinte minutos. La lancha sale esta noche a las doce, por quince días.
O: ¿Qué le ha pasado en la lancha?
C: Me trajeron de [[LOCATION|Contamana]] diciendo que era trabajo en una fábrica de conservas, y acá me subieron a la lancha. Ya van tres salidas y no me pagan, dicen que debo el pasaje y la comida. El patrón tiene mi DNI. El que reclama se lleva golpes; a mí me pegaron con una soga la última vez.
O: ¿Cuántas personas trabajan con usted en esa lancha?
C: Somos seis. Hay un chico de [[AGE|dieciséis]], [[PERSON|Wílder]], que llora todas las noches, quiere volver con su mamá.
O: ¿Cómo se llama usted?
C: [[PERSON|Teófilo]]. [[PERSON|Teófilo Sangama]]. Tengo [[AGE|treinta y dos]].
O: [[PERSON|Teófilo]], ¿sabe el nombre de la embarcación?
C: Se llama [[ORGANIZATION|Don Benito II]], es azul con blanco, la matrícula es [[OTHER_ID|PT-48213-CM]]. Está amarrada al lado del muelle artesanal.
O: Gracias. Escúcheme bien: no vuelva a la lancha. Voy a avisar ahora mismo a la policía y a la Capitanía para que revisen la embarcación antes de que zarpe y saquen al menor. ¿Puede quedarse en la bodega o en algún lugar con gente?
C: Sí, la señora de la bodega es buena gente, me puedo quedar acá. Pero mis cosas están en la lancha.
O: Sus cosas se recuperan después; lo importante es que usted esté a salvo. Cuando llegue la policía, dígales que llamó a la línea. Después lo llevamos a un albergue y le damos apoyo legal para recuperar su DNI y lo que le deben.
C: Ya, señorita. El número de la bodega es [[PHONE_NUMBER|969 350 712]], por si acaso.
O: Perfecto. Le devuelvo la llamada en quince minutos para confirmarle que la policía va en camino.
C: Gracias. Yo pensé que nadie me iba a creer.
""", note("victim", "help_request", ["labour"], 6, True, ["male"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
          "Un pescador captado con una falsa oferta de trabajo en una fábrica llama desde el muelle: él y otros cinco "
          "tripulantes, entre ellos un adolescente, trabajan en una lancha sin pago por una supuesta deuda, con "
          "documentos retenidos y golpes. Se alertó a la policía antes del zarpe y se coordinan albergue y apoyo legal."))

# ------------------------------------------------ English ----
call("h26-en-01", "en", "english", """
O: Línea contra la trata, buenas tardes.
C: Hi, um, good afternoon. Sorry, do you speak English? My Spanish is okay, but not for this.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm [[PERSON|Fiona Gallagher]], I work with a maternal health project near [[LOCATION|Bagua]], in [[LOCATION|Amazonas]]. There's something going on in one of the communities we visit, and I'm not sure what to do.
O: Tell me what you've seen.
C: So, a man has been coming up on the river boat every couple of weeks, and he says he's recruiting girls to work in restaurants in [[LOCATION|Pucallpa]]. Good pay, he says, and he pays for the trip. Two girls from the community have agreed to go with him, and they're, I mean, they're [[AGE|fourteen]] and [[AGE|fifteen]].
O: Have the girls' families agreed?
C: The mother of one of them did, he gave her 200 soles as an "advance". The other girl's father works away, I don't think he knows. And the man told them not to tell the teachers. That's what worried me.
O: When are they supposed to leave?
C: This [[DATE_TIME|Friday]], on the morning boat.
O: Do you know the man's name?
C: People call him [[PERSON|Tito]]. I don't know his surname. He gave the families a phone number: [[PHONE_NUMBER|961 084 527]].
O: Thank you, that's helpful. A man recruiting girls that young, paying the families and asking for secrecy are serious warning signs. We'll refer this today to the family prosecutor and the police in [[LOCATION|Amazonas]], so they can act before the boat leaves.
C: Should I say something to the families? I don't want to make things worse for them.
O: You can tell them calmly that this kind of offer is risky and that the girls shouldn't travel, but please don't confront the man. The prosecutor's office may want to speak with you. Can I have a number or an email?
C: Sure. My work mobile is [[PHONE_NUMBER|947 203 618]], and my email is [[EMAIL_ADDRESS|fiona.g@madresanas.org]].
O: Thank you, [[PERSON|Fiona]]. I'll call you tomorrow to tell you what the prosecutor has done. If the girls leave earlier, call us straight away.
C: Okay, I will. Thank you, I'm glad I called.
""", note("professional", "report", ["unknown"], 2, True, ["female"], "Ucayali", "at_risk", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "A health project worker reports that a recruiter has persuaded two young adolescent girls from a rural "
          "community to travel to another region for restaurant work, paying one family an advance and asking for "
          "secrecy; they are due to leave within days. The case is referred to the family prosecutor and police, "
          "with follow-up."))

call("h26-en-02", "en", "english", """
O: Línea contra la trata, buenas noches.
C: Hello? Hello, please, English? I need help, please.
O: Yes, I speak English. I'm listening. Are you in danger right now?
C: I am in the bathroom, I have a little time. My name is [[PERSON|Arjun Menon]], I am from [[LOCATION|India]], from [[LOCATION|Kerala]]. We came for IT jobs, customer support, the agent in [[LOCATION|Dubai]] said. But here they make us do scams, online, fake investments, chatting with people in the [[LOCATION|United States]].
O: Where are you now?
C: In [[LOCATION|Lima]], in an apartment building. I think it's [[LOCATION|San Isidro]]? I saw the name on a bus. Tall grey building near a park with a small lake, we are on the ninth floor.
O: How many people are there with you?
C: Seven of us, all men. Five from [[LOCATION|India]], two from [[LOCATION|Nepal]]. They took our passports the first day. If we don't reach the target, no food. And the manager, Mr. [[PERSON|Chen]], he hit my friend yesterday. The door is locked from outside, only the guards have the key.
O: I'm so sorry. We're going to help you. Do you have the exact address, or can you share your location from the phone?
C: This phone is mine, they don't know I still have it, I hid it. I can send the location on WhatsApp. My number is [[PHONE_NUMBER|+91 98470 31562]].
O: Okay. I'll send you a message from our WhatsApp now; reply with your location as soon as you can.
C: Okay. Please hurry. They check the bathroom if I take long.
O: I'm alerting the police now. Stay calm, put the phone on silent and don't let them see it. When the police come, stay together with the others and say you called the hotline. After that you'll go to a safe shelter, and nobody will treat you as criminals.
C: Thank you. Also my friend [[PERSON|Sandeep]] is sick, he has fever three days, no medicine.
O: We'll make sure a doctor sees him. Hang up now and send the location. I'll message you.
C: Okay, okay. Thank you, madam.
""", note("victim", "help_request", ["forced_criminality"], 7, False, ["male"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_health"],
          "A foreign man calls secretly from a locked apartment where he and six other men, recruited abroad for "
          "customer-support jobs, are forced to run online scams, with passports taken, food withheld and violence. "
          "Police are being sent to the location, and shelter and medical care for a sick companion will follow."))

# ------------------------------------------------ Brazilian Portuguese ----
call("h26-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde... desculpa, a senhora fala português? Eu falo só um pouquinho de espanhol.
O: Sí, un poco. Hable despacio, la entiendo.
C: Tá. Eu sou de [[LOCATION|Manaus]], no [[LOCATION|Brasil]]. Minha irmã, a [[PERSON|Jéssica]], foi para [[LOCATION|Iquitos]] faz dois meses, ofereceram um trabalho de recepcionista num hotel. Mas não é hotel, é uma boate.
O: ¿Qué le ha contado su hermana?
C: Ela me mandou mensagem ontem de madrugada, escondida. Disse que a dona pegou o passaporte dela, que ela tem que ficar com os clientes e que tem uma dívida de... como é... quatro mil soles da viagem e do quarto. Ela não pode sair sozinha.
O: ¿Cuántos años tiene su hermana?
C: [[AGE|Vinte e três]]. Ela disse que tem mais meninas lá, peruanas e colombianas, mas não sei quantas.
O: ¿Sabe el nombre del lugar o la dirección?
C: Ela falou [[ORGANIZATION|Boate Sirena Azul]], perto do porto, na [[ADDRESS|rua Próspero, quase no final, uma porta preta com luz roxa]].
O: ¿Tiene el número de su hermana?
C: Tenho, mas é perigoso ligar. Só mensagem: [[PHONE_NUMBER|+55 92 98143 6027]].
O: Entendido, no la vamos a llamar. Vamos a avisar ahora mismo a la policía especializada en [[LOCATION|Iquitos]] para que intervengan el local, y a coordinar con el consulado de [[LOCATION|Brasil]].
C: Por favor, rápido. Ela está com muito medo. A dona disse que se ela fugir vai falar para a polícia que ela está ilegal.
O: Dígale que ella no ha cometido ningún delito, que es víctima. ¿Usted tiene un número donde la llamemos?
C: Sim, o meu é [[PHONE_NUMBER|+55 92 99276 4310]]. Meu nome é [[PERSON|Patrícia]].
O: Gracias, [[PERSON|Patrícia]]. La llamamos hoy en la noche para contarle.
C: Obrigada, obrigada mesmo.
""", note("family_member", "report", ["sexual"], 1, False, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una mujer desde el extranjero reporta que su hermana adulta fue captada con una oferta de recepcionista y "
          "es obligada a prostituirse en un local nocturno, con el pasaporte retenido, una deuda impuesta y sin "
          "poder salir sola. Se alertó a la policía especializada para intervenir el local, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h26-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor, disculpa. Mira, yo no sé si esto es con ustedes, pero ya no sé a quién más llamar. Es con mi hija.
O: Tranquila, señora, cuénteme. ¿Qué le pasa a su hija?
C: Ella tiene [[AGE|quince años]]. Nosotras llegamos de [[LOCATION|Valencia]] hace un año, vivimos en el [[LOCATION|Callao]], en [[LOCATION|Bellavista]]. Ella se consiguió un novio, un tipo mayor, de como [[AGE|veintiocho]], que le dicen [[PERSON|Maikel]].
O: ¿Y qué ha notado usted?
C: Chama, que de repente tiene un celular nuevo, ropa, uñas, plata. Y ayer le revisé el teléfono, que ya sé que no debía, pero se lo revisé, y el tipo le escribe "hoy tienes cliente, arréglate", y le pasa direcciones de hoteles. Y ella le manda fotos. Qué vaina, yo casi me muero.
O: Entiendo lo difícil que es esto. ¿Su hija le ha dicho algo?
C: Ella dice que es su novio y que yo no entiendo nada, que él la quiere. Se pone brava. Pero hay noches que llega tarde, a las dos, tres de la mañana, y no me dice dónde estuvo.
O: Señora, lo que describe es muy grave: un adulto que lleva a su hija a encontrarse con clientes la está explotando sexualmente, aunque ella lo vea como su enamorado. ¿Tiene los mensajes guardados?
C: Sí, les tomé captura a todo. El perfil de él en Instagram es [[OTHER_ID|@maikel.vip.callao]] y su número es [[PHONE_NUMBER|933 718 402]].
O: Muy bien, no borre nada. Vamos a derivar el caso a la fiscalía y a la policía especializada, y le vamos a conseguir una abogada gratuita y apoyo psicológico para su hija y para usted. Le recomiendo no confrontarla de golpe con el tipo, para que no se aleje más de usted.
C: Ay, sí, porque si le digo algo se me va de la casa, ella me lo ha dicho.
O: Por eso la psicóloga las va a ayudar. ¿Me da su nombre y un número para llamarla mañana?
C: [[PERSON|Yusmary]]. Mi número es [[PHONE_NUMBER|947 520 163]]. Llámame en la mañana, que ella está en el colegio.
O: Perfecto, señora [[PERSON|Yusmary]]. Mañana temprano la llamo. Y si una noche ve que la recogen, llame enseguida, a la hora que sea.
C: Dale, mi vida, gracias. De verdad, gracias.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Callao", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una madre migrante reporta que un hombre adulto que se presenta como enamorado de su hija adolescente la "
          "envía a encontrarse con clientes en hoteles, según mensajes que encontró en su teléfono. Se deriva a la "
          "fiscalía y a la policía especializada, con asesoría legal y apoyo psicológico para ambas."))

# ------------------------------------------------ Spanish/English code-switching ----
call("h26-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hola, buenas tardes. Sorry, estoy manejando, te pongo en speaker. Mi nombre es [[PERSON|Gonzalo Reátegui]], soy consultor, hago auditorías de compliance para exportadoras, y acabo de salir de una langostinera en [[LOCATION|Tumbes]] donde vi cosas que, honestly, no me cuadran.
O: Gracias por llamar. ¿Qué vio?
C: Ok, so, en las pozas trabajan como ocho chicos, la mayoría ecuatorianos. Dos de ellos se ven súper jóvenes, like [[AGE|fifteen, sixteen]] máximo.
O: ¿Y por qué le preocupa?
C: Porque cuando pedí el payroll, la planilla, no aparecían. Y uno de ellos me dijo, bien bajito, que no les pagan desde que llegaron, que el supervisor les tiene los documentos "para el trámite", y que duermen en un container al costado de las pozas, without a bathroom, nada.
O: ¿Le dijeron si pueden salir de la langostinera?
C: Dijo que no, que hay un vigilante en la tranquera y que el supervisor, un tal [[PERSON|Portocarrero]], les dice que si salen los agarra Migraciones. Y les cobran la comida, so they're basically in debt.
O: Eso que describe son indicios de trabajo forzoso, y con menores de edad. ¿Me puede dar el nombre de la empresa y la ubicación?
C: [[ORGANIZATION|Acuícola Mar del Norte SAC]]. Está en la Panamericana, [[ADDRESS|a la altura del kilómetro 1230, entrando por el camino de tierra al lado del puesto de control]].
O: Gracias. ¿Usted le informó esto a la empresa que lo contrató?
C: Todavía no. My client is the importer, en [[LOCATION|Estados Unidos]], y tengo que mandar el reporte el lunes. Pero quería llamar primero, because if I just put it in the report, nadie va a hacer nada por esos chicos.
O: Hizo bien. Vamos a derivar el caso a la fiscalía especializada y a la inspección de trabajo en [[LOCATION|Tumbes]], y a coordinar con las autoridades de protección por los menores extranjeros. Es posible que la fiscalía quiera hablar con usted. ¿Me deja un contacto?
C: Sure. Mi cel es [[PHONE_NUMBER|998 301 457]], y mi correo [[EMAIL_ADDRESS|greategui@auditasur.pe]].
O: Perfecto. Por favor, no le comente nada al supervisor por ahora. Lo llamamos esta semana para hacer seguimiento.
C: Got it. Gracias, de verdad.
""", note("professional", "report", ["labour"], 8, True, ["male"], "Tumbes", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un auditor reporta que en una granja acuícola unos ocho jóvenes extranjeros, dos de ellos aparentemente "
          "menores, trabajan sin pago, con documentos retenidos, cobro de la comida y sin poder salir. Se deriva a "
          "la fiscalía especializada y a la inspección de trabajo, con seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h26-andino-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, mamita. Disculpa, pues, yo no hablo bien castellano. Llamo de [[LOCATION|Andahuaylas]], de la comunidad. Es por mi nieto, pues, mi [[PERSON|Eber]].
O: No se preocupe, señora, hable tranquila, la entiendo. ¿Qué le pasó a su nieto?
C: Hace un mes un enganchador ha venido a la comunidad, diciendo trabajo en [[LOCATION|Ica]], cosecha de uva, buen pago, mamita. Mi [[PERSON|Eber]] se ha ido con otros dos chiuchis de acá, wawakuna nomás son, de [[AGE|quince]], de [[AGE|catorce años]].
O: ¿Ha sabido de él desde que se fue?
C: Una vez nomás me ha llamado, llorando. "Hatun mamay, manam pagawankuchu", dice, no le pagan, que trabaja desde oscuro hasta oscuro, que duermen en el suelo, en el frío, que el patrón le ha quitado su DNI. Ay, mi wawa.
O: ¿Sabe en qué fundo está o el nombre del patrón?
C: No sé bien, mamita. El enganchador se llama [[PERSON|Apolinario]], le dicen [[PERSON|Polo]]. Fundo grande dice, por [[LOCATION|Salas]], con perro bravo en la puerta.
O: ¿Tiene el número de su nieto o del señor [[PERSON|Apolinario]]?
C: De mi [[PERSON|Eber]] no tengo, su celular le han quitado. El de [[PERSON|Polo]] tengo en un papelito, mi nuera me lo ha escrito: [[PHONE_NUMBER|nueve cinco seis, tres ocho cero, dos uno cuatro]].
O: Señora, lo que le pasa a su nieto y a los otros chicos es grave. Son menores, no les pagan y les quitaron el documento: eso puede ser trata para explotación laboral. Vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Ica]] para que los busquen.
C: Ay, allinmi, mamita. ¿Yo tengo que ir a [[LOCATION|Ica]]? No tengo plata para el pasaje.
O: No, usted no tiene que viajar. Pero sería bueno que alguien de su familia ponga la denuncia en la comisaría de [[LOCATION|Andahuaylas]], con la partida o el DNI de su nieto. ¿Cómo se llama usted y a qué número la llamamos?
C: [[PERSON|Saturnina Huamaní]]. Este celular es de mi nuera, de [[PERSON|Rosaura]]. Ella me va a avisar, pues.
O: Gracias, señora [[PERSON|Saturnina]]. En dos días la llamamos a este número para contarle cómo va.
C: Sulpayki, mamita. Diosllataq pagachun.
""", note("family_member", "report", ["labour"], 3, True, ["male"], "Ica", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela reporta que su nieto adolescente y otros dos menores de su comunidad fueron llevados por un "
          "enganchador a trabajar en la cosecha de un fundo, donde no les pagan, duermen en el suelo y les retuvieron "
          "el documento. Se deriva a la fiscalía y a la policía, se le orientó sobre la denuncia y se hará seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
