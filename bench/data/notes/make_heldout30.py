#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout30.jsonl: 16 fictional, labelled hotline calls for a one-off held-out measurement.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning data or
results. Files read: /work/shared/eval/LABELS.md, /work/shared/eval/make_dev.py, and the builder
copy make_heldout.py next to this file (call()/note()/build() and markup only).

Mix: 5 lowercase unpunctuated ASR-style Spanish, 5 cased Spanish, 2 English, 1 Brazilian
Portuguese, 1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish with Quechua
words. Callers: victims in Peru and abroad, relatives (one calling back about a case already
reported), a market vendor, a tourist, a friend, a teacher, a public defender, a nurse, members of
the public. Call types: reports, help requests, consultations, one follow-up, two calls not about
trafficking (a question for another service, a prank). Exploitation: fishing, market, mining,
brick-kiln, agricultural (grape, coca) and construction labour, sexual (bar/hostal, webcam,
riverside bar), domestic servitude, forced begging, forced criminality (drug couriers, online-scam
recruitment), organ removal (other); several calls have more than one type. All invented.

Run: python make_heldout30.py  (writes heldout30.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout30.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h30-lower-01", "es", "lowercase_asr", """
O: línea gratuita contra la trata de personas buenas noches le escucho
C: aló señorita sí disculpe la hora es que no tengo otro momento estoy escondido
O: tranquilo dígame dónde está usted y si corre peligro ahora
C: estoy en [[LOCATION|paita]] en el muelle artesanal detrás de unas jabas de pescado el patrón me está buscando con dos de sus muchachos
O: quédese donde está y hable bajito cómo se llama usted
C: [[PERSON|yordi]] [[PERSON|yordi chunga]] tengo [[AGE|diecinueve]] soy de [[LOCATION|sechura]]
O: qué pasó [[PERSON|yordi]] por qué lo buscan
C: me embarqué hace dos meses en una lancha para la pota el patrón dijo mil doscientos al mes pero no paga nada dice que le debemos el adelanto las botas la comida el hielo todo descuenta y hoy que llegamos me bajé y ya no quise volver
O: cuántas personas trabajan con usted en esa embarcación
C: somos cuatro conmigo dos muchachos de [[LOCATION|vice]] y un chibolo que le dicen [[PERSON|pelusa]] ese tiene [[AGE|dieciséis años]] nomás
O: y dónde está ahora el chico de [[AGE|dieciséis]]
C: en la lancha lo tienen en la bodega con candado porque ayer quiso bajarse para llamar a su mamá y el patrón le pegó con una soga mojada
O: cómo reconozco la lancha tiene nombre o matrícula
C: está amarrada al fondo del muelle pintada azul con amarillo la matrícula es [[OTHER_ID|pe te cuatro cinco ocho uno dos ce eme]] esta noche zarpan otra vez a [[DATE_TIME|las once]] para veinte días dice
O: y el patrón cómo se llama
C: le dicen [[PERSON|chalaco]] el nombre es [[PERSON|wilmer]] el apellido no sé
O: a usted le quitaron algún documento
C: sí el dni de todos lo tiene él en una mochila no no perdón el mío lo tengo yo lo escondí en la media los de los otros sí los tiene él
O: le entiendo voy a pedir ahora mismo que la policía vaya al muelle y a la lancha antes de que salga usted no se mueva ni se acerque
C: ya señorita pero a mí a dónde me llevan a la lancha no puedo volver y para [[LOCATION|sechura]] no tengo ni para el carro
O: cuando llegue la policía le conseguimos un lugar seguro para esta noche en un albergue y mañana vemos cómo regresa a su casa tiene un número donde le podamos llamar
C: es el celular de un señor que vende ceviche acá me lo prestó [[PHONE_NUMBER|nueve cuatro cero seis uno dos siete ocho ocho]] ay ya están pasando por el otro lado
O: quédese quieto y en silencio la patrulla ya está avisada en un rato le devuelvo la llamada para saber cómo está
C: ya ya gracias señorita
""", note("victim", "help_request", ["labour"], 4, True, ["male"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Un joven pescador llama escondido en un muelle: él y otros tres tripulantes, entre ellos un adolescente "
          "encerrado en la bodega tras ser golpeado, trabajan en una lancha sin pago por una supuesta deuda y con "
          "los documentos retenidos. Como la embarcación zarpa esa misma noche, se envió a la policía al muelle y se "
          "ofreció un albergue, con llamada de seguimiento."))

call("h30-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes con quién tengo el gusto
C: buenas tardes mi nombre no se lo voy a dar si no le molesta
O: no hay ningún problema puede hablar sin identificarse cuénteme
C: yo tengo mi puesto de verduras en el mercado de [[LOCATION|chilca]] acá en [[LOCATION|huancayo]] y al costado hay un puesto de jugos el [[ADDRESS|puesto treinta y ocho del pasadizo tres]] donde trabajan dos chiquitas
O: qué edad tienen las niñas
C: la más grande dice que tiene [[AGE|catorce]] la otra es su prima más chiquita será de [[AGE|doce trece]] las trajeron de [[LOCATION|pangoa]] diciendo que acá iban a estudiar
O: y van al colegio
C: qué van a ir señorita desde las cuatro de la mañana pelan naranjas lavan vasos atienden hasta las nueve de la noche y duermen ahí mismo debajo del mostrador en unos costales
O: la dueña del puesto es familiar de ellas
C: dice que es su madrina le dicen doña [[PERSON|cirila]] pagarles no les paga dice que ya les da de comer
O: usted ha visto que las golpeen
C: gritarles sí les grita pero golpes no he visto no le voy a mentir pero eso no es lo que más me preocupa
O: dígame con confianza qué es lo que más le preocupa
C: hay un señor que viene en un carro plomo casi todos los jueves ya tarde cuando cierran y se lleva a la grande al [[ORGANIZATION|hostal el mirador]] que está cruzando la pista y la trae de madrugada y la chiquita se queda llorando y a la doña le deja plata en la mano yo lo he visto
O: sabe el nombre de ese señor o la placa del carro
C: la placa no alcancé a ver el nombre tampoco la doña lo saluda bien amable nomás
O: la niña le ha contado algo a usted
C: una vez le pregunté si estaba bien y me dijo que la madrina le dice que así se paga lo que comen y que si cuenta algo la mandan de vuelta y su mamá ya no la quiere recibir
O: lo que me cuenta es explotación de dos niñas por trabajo y en el caso de la mayor además explotación sexual hoy mismo voy a derivar el caso a la fiscalía especializada en trata y a la fiscalía de familia de [[LOCATION|junín]] para que intervengan
C: ya pero que no sepan que fui yo porque la doña ya sabe que la miro feo
O: su identidad queda en reserva y le pido que no le vuelva a preguntar nada a la niña para no ponerla en riesgo quiere que la llamemos para contarle cómo avanza
C: ya llámeme a este [[PHONE_NUMBER|nueve siete uno cuatro cero tres cinco dos seis]] después de las seis porque de día no escucho nada con la bulla del mercado
O: perfecto la llamamos en estos días gracias por no quedarse callada
""", note("witness", "report", ["labour", "sexual"], 2, True, ["female"], "Junín", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vendedora anónima reporta que dos niñas traídas de otra provincia trabajan sin pago en un puesto de "
          "jugos del mercado desde la madrugada, duermen bajo el mostrador y no estudian. Además, un hombre se lleva "
          "de noche a la mayor a un hostal y entrega dinero a la dueña; el caso se deriva a la fiscalía especializada "
          "y a la de familia, con seguimiento."))

call("h30-lower-03", "es", "lowercase_asr", """
O: línea contra la trata de personas buenos días
C: buenos días joven es aquí donde se reclama por la pensión de los hijos
O: no señora esta línea atiende casos de trata y explotación de personas pero dígame qué necesita a ver si la puedo orientar
C: ay disculpe mi vecina me pasó este número yo quería demandar al papá de mis hijos porque ya no pasa nada hace cinco meses
O: entiendo sus hijos están con usted están bien
C: sí conmigo están los tres estudian aquí en [[LOCATION|sicuani]] el problema es la plata él trabaja en una mina en [[LOCATION|espinar]] y dice que no gana
O: alguien la está obligando a usted o a sus hijos a trabajar o los tiene retenidos contra su voluntad
C: no no nada de eso joven solo que no pasa la pensión y yo vendo emoliente en las mañanas y no me alcanza
O: ya para la pensión de alimentos usted puede ir a la demuna de la municipalidad ahí le ayudan gratis a hacer un acta de conciliación y si él no cumple se presenta la demanda en el juzgado de paz letrado sin necesidad de abogado
C: la demuna es en la municipalidad nomás
O: sí señora en la municipalidad provincial lleve su dni las partidas de nacimiento de sus hijos y si tiene alguna dirección o el lugar donde trabaja él
C: ya y cuánto me va a costar eso
O: la conciliación en la demuna es gratuita y si necesita un abogado también puede pedir uno gratis en la defensa pública del ministerio de justicia
C: ah ya gracias joven y este número entonces para qué es
O: es para cuando a alguien lo captan con engaños y lo explotan por ejemplo le ofrecen un trabajo y luego no lo dejan irse o no le pagan o lo obligan a prostituirse si algún día sabe de un caso así puede llamar gratis a cualquier hora
C: ya voy a apuntarlo gracias joven que dios le bendiga
O: de nada señora suerte con su trámite
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Una madre llama buscando cómo reclamar la pensión de alimentos de sus hijos, sin relación con trata ni "
          "explotación. Se le orientó a acudir a la DEMUNA y a la defensa pública gratuita y se le explicó el "
          "propósito de la línea."))

call("h30-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudamos
C: buenas noches señorita yo ya llamé antes por mi hijo el que se fue a la mina me dijeron que si sabía algo más vuelva a llamar
O: claro señora me da su nombre o el de su hijo para buscar el caso
C: yo soy [[PERSON|eusebia rodríguez]] de [[LOCATION|cajabamba]] mi hijo es [[PERSON|nilton]] [[PERSON|nilton alvarado rodríguez]] de [[AGE|diecisiete años]] llamé [[DATE_TIME|el lunes veintitrés]]
O: ya lo tengo aquí su hijo se fue con un contratista a una mina en [[LOCATION|pataz]] qué ha sabido de él
C: por fin me llamó ayer de un celular prestado dice que está en un socavón por [[LOCATION|retamas]] que sacan el mineral cargando en la espalda turnos de doce horas y que no le han pagado ni un sol desde que llegó
O: le dijo por qué no le pagan
C: el contratista dice que le debe el pasaje la comida la linterna y que recién en tres meses van a ver y no lo dejan bajar al pueblo hay un vigilante con escopeta en la bocamina
O: está solo su hijo allá
C: no hay otros dos chicos de acá de la comunidad que se fueron con él uno es el hijo de mi comadre el otro no sé cómo se llama pero también es jovencito
O: su hijo está herido o enfermo
C: tiene una tos fea dice que escupe oscuro y no hay posta cerca ay señorita ya no sé qué hacer
O: tiene algún dato nuevo del contratista
C: sí ahora sé que se llama [[PERSON|anselmo]] le dicen [[PERSON|tuco]] su número es [[PHONE_NUMBER|nueve cuatro cuatro ocho dos cero uno seis tres]] y la contrata se llama [[ORGANIZATION|servicios mineros el dorado]] eso me dijo mi hijo
O: voy a agregar todo esto a su caso y hoy mismo lo enviamos a la fiscalía especializada en trata de [[LOCATION|trujillo]] que ya tiene su caso lo de la tos también lo pongo porque su salud está en riesgo
C: y no pueden ir ya a sacarlo
O: la fiscalía coordina con la policía para entrar a la mina pero es una zona lejana y tienen que planificarlo por eso cada dato que usted trae ayuda su hijo tiene forma de llamarla otra vez
C: dice que el celular es de un cocinero que lo presta a escondidas los domingos nomás
O: si vuelve a llamar pregúntele el nombre del otro chico y cómo le dicen a la bocamina y dígale que no discuta con el vigilante yo la llamo [[DATE_TIME|el viernes]] para contarle qué dijo la fiscalía
C: ya señorita a este mismo número por favor es de mi yerno
O: anotado señora [[PERSON|eusebia]] ánimo
""", note("family_member", "follow_up", ["labour"], 3, True, ["male"], "La Libertad", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre vuelve a llamar por el caso ya registrado de su hijo adolescente, llevado con otros dos jóvenes "
          "de su comunidad a una mina artesanal donde carga mineral sin pago por una supuesta deuda, vigilado por un "
          "guardia armado y con una tos persistente. Aporta el apodo y el teléfono del contratista y el nombre de la "
          "contrata; la información se envía a la fiscalía especializada, con nueva llamada de seguimiento."))

call("h30-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes le escuchamos
C: hola buenas tardes no sé si es aquí mi tía me dijo que llame
O: sí dígame con calma de qué se trata
C: es que yo trabajé en una casa en [[LOCATION|ica]] dos años y no me pagaron y ahora quiero saber si puedo denunciar
O: claro que sí cómo se llama usted y cuántos años tiene
C: me llamo [[PERSON|yesenia]] tengo [[AGE|veintiuno]] me fui cuando tenía [[AGE|diecinueve]]
O: dónde está ahora [[PERSON|yesenia]]
C: ya estoy en [[LOCATION|huamanga]] en la casa de mi tía me escapé el mes pasado
O: me alegra que esté a salvo qué pasaba en esa casa
C: la señora me llevó para cuidar a su mamá que estaba en cama y para cocinar pero en temporada también me hacía ir a su fundo a cosechar uva y en la noche seguía lavando y planchando
O: le pagaban algo
C: al principio dijo trescientos al mes que me los iba a guardar para que no los gaste nunca me dio nada y cuando le pedía decía que le debía la ropa y el pasaje
O: podía salir de la casa o llamar a su familia
C: no me dejaba salir sola me quitó el celular la puerta siempre con llave solo salía con ella al fundo
O: alguna vez la golpeó
C: no golpes no pero me decía que si me iba me denunciaba por robo y que la policía era su amiga
O: sabe el nombre de la señora y dónde queda la casa
C: [[PERSON|gladys]] [[PERSON|gladys cornejo]] la casa es en [[LOCATION|parcona]] y el fundo por [[LOCATION|salas guadalupe]]
O: y usted cómo está de salud cómo se siente
C: no duermo bien sueño que la señora me está llamando y me duele la espalda de tanto cargar a su mamá
O: lo que me cuenta puede ser trata con fines de servidumbre y trabajo forzoso y aunque ya no esté allá sí puede denunciar vamos a derivar su caso a la fiscalía especializada de [[LOCATION|ica]] y a una abogada gratuita del ministerio de la mujer que la acompañe desde [[LOCATION|huamanga]] y también le conseguimos una psicóloga del centro de salud por lo del sueño
C: y tengo que viajar a [[LOCATION|ica]]
O: por ahora no su declaración se puede tomar allá donde está y la abogada le va a explicar todo le parece si la llamamos la próxima semana
C: sí a este número [[PHONE_NUMBER|nueve cinco seis dos cero tres siete uno cuatro]] es de mi tía [[PERSON|rosalía]]
O: perfecto [[PERSON|yesenia]] hizo muy bien en llamar
""", note("victim", "help_request", ["domestic_servitude", "labour"], 1, False, ["female"], "Ica", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una joven que escapó el mes pasado cuenta que durante dos años trabajó sin pago como cuidadora y empleada "
          "doméstica, encerrada y sin celular, y que además la llevaban a cosechar uva al fundo de su empleadora, bajo "
          "la amenaza de una denuncia falsa por robo. Ya está a salvo con su familia; se deriva a la fiscalía "
          "especializada, a una abogada gratuita y a apoyo psicológico, con seguimiento."))

# ------------------------------------------------ cased Spanish ----

call("h30-es-01", "es", "plain", """
O: Línea contra la trata, buenos días, ¿en qué le podemos orientar?
C: Buen día. Soy docente de primaria en [[LOCATION|Baños del Inca]], en [[LOCATION|Cajamarca]]. No sé si esto les corresponde a ustedes, pero prefiero preguntar.
O: Claro, cuéntenos.
C: Tengo dos hermanitos en quinto grado, [[PERSON|Elmer]] y [[PERSON|Deyvis]]. Llegan con las manos rajadas, se duermen en la carpeta. Al final les pregunté y me dijeron que en las tardes y los sábados trabajan en una ladrillera, haciendo adobes y cargando al horno.
O: ¿Qué edad tienen?
C: [[AGE|Once]] y [[AGE|doce años]]. Bueno, el mayor recién va a cumplir los [[AGE|doce]], creo.
O: ¿Trabajan con sus papás?
C: Con el papá, sí. Lo que me preocupa es que el papá le debe al dueño: le pidió un préstamo cuando enfermó la mamá, y el dueño le dijo que se paga en millares de ladrillos. Los chicos no ven un sol, todo va a la deuda. Y la deuda no baja; el niño me dijo "profesora, siempre debemos lo mismo".
O: ¿Sabe si el dueño los amenaza o les impide irse?
C: Amenazas, directamente, no sé. El mayor me contó que si el papá se va a otra ladrillera el dueño lo denuncia y les quita la casita, porque viven en un cuarto dentro de su terreno.
O: ¿Cómo se llama la ladrillera o el dueño?
C: Le dicen ladrillera [[ORGANIZATION|Santa Rosa]], el dueño es el señor [[PERSON|Chávarry]]. Está pasando el puente, por la trocha a [[LOCATION|Otuzco]]... no, perdón, a [[LOCATION|Llacanora]], siempre me confundo.
O: ¿Los niños faltan al colegio o tienen alguna lesión?
C: Faltan poco, eso sí. Lesiones, las manos nomás, y el menor tose por el humo del horno. No quiero que los saquen del colegio por mi culpa, ¿me entiende?
O: La entiendo. Lo que describe es trabajo infantil peligroso, y una deuda que nunca termina de pagarse es una forma de servidumbre que puede configurar trata laboral. Le explico qué puede hacer: como docente, usted puede informar a la dirección y a la DEMUNA, y nosotros derivamos el caso a la fiscalía de familia y a la inspección de trabajo para que evalúen la situación, procurando no separar a los niños de su familia.
C: ¿Y al papá lo van a meter preso?
O: La investigación apunta a quien se aprovecha de la deuda, no a la familia. ¿Me deja un contacto para llamarla?
C: Sí, soy [[PERSON|Marleni Ocas]], mi celular es [[PHONE_NUMBER|976 055 318]]. En horario de clases no contesto.
O: La llamo en la tarde la próxima semana, profesora [[PERSON|Marleni]]. Si nota que los niños dejan de ir o aparecen lastimados, llámenos antes.
C: Gracias, me quita un peso de encima.
""", note("professional", "report", ["labour"], 2, True, ["male"], "Cajamarca", "ongoing", "medium",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una docente reporta que dos alumnos de primaria trabajan por las tardes y los fines de semana en una "
          "ladrillera junto a su padre para pagar una deuda con el dueño que nunca disminuye, con lesiones en las "
          "manos y tos por el humo. Se le explicó cómo informar a la dirección y a la DEMUNA, y el caso se deriva a "
          "la fiscalía de familia y a la inspección de trabajo, con seguimiento."))

call("h30-es-02", "es", "plain", """
O: Línea contra la trata, buenas tardes. Puede hablar con confianza.
C: Sí, buenas tardes, quiero denunciar una explotación.
O: Claro, le escucho. ¿Qué está pasando?
C: Es mi hermano mayor. Me obliga a lavarle las zapatillas y a traerle gaseosa de la tienda, y no me paga nada.
O: ¿Cuántos años tienes?
C: [[AGE|Catorce]]. Bueno, ya casi quince.
O: ¿Tu hermano te pega o te amenaza si no lo haces?
C: No, no, qué me va a pegar, si es más flaco que yo. Jajaja. Mi amigo dice que pregunte si lo pueden meter preso.
O: Entiendo que es una broma. Te pido que no la repitas: mientras hablamos, alguien que está encerrado o que necesita ayuda de verdad puede estar intentando comunicarse.
C: Ya, ya, perdón. Es que en el colegio nos dieron el número en una charla y dijimos para probar si contestaban.
O: Sí contestamos, a cualquier hora. Y está bien que lo conozcas. Dime, ¿en tu colegio o en tu barrio alguien te ha ofrecido un trabajo raro, o sabes de algún compañero que no va a clases porque lo tienen trabajando?
C: No, nada de eso. Bueno, hay uno que vende caramelos en las combis, pero es con su mamá, ella vende también.
O: ¿Sabes si alguien lo obliga o le quita la plata?
C: No, su mamá nomás le da para su pasaje. Y en la tarde juega pelota con nosotros. Es normal.
O: Está bien. Si algún día ves algo que te preocupa de verdad, ahí sí llamas. ¿Algo más?
C: No, señorita. Disculpe, de verdad. Chau.
O: Chau, cuídate.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada de broma de un adolescente que dijo ser explotado por su hermano mayor porque le hace hacer "
          "mandados. Se le pidió no repetir llamadas falsas y se le recordó para qué sirve la línea."))

call("h30-es-03", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Hola, ¿me escucha? Le hablo desde [[LOCATION|Argentina]], por WhatsApp. ¿Se puede?
O: Sí, la escucho bien. También atendemos a peruanos que están en el extranjero. ¿Está en un lugar donde pueda hablar tranquila?
C: Sí, estoy en la azotea tendiendo ropa, ellos están durmiendo la siesta. Tengo unos veinte minutos.
O: Bien. ¿Cómo se llama y en qué ciudad está?
C: [[PERSON|Nelly]]. Estoy en [[LOCATION|Buenos Aires]], en [[LOCATION|Liniers]]. Vine hace ocho meses con un matrimonio de [[LOCATION|Chiclayo]], paisanos, que tienen un puesto de verduras en el mercado de acá.
O: ¿Qué trabajo le ofrecieron?
C: Cuidar a sus hijos, nomás, y me iban a pagar en dólares. Pero hago todo: a las cinco bajo al mercado a descargar el camión y acomodar la verdura, atiendo el puesto hasta el mediodía, vuelvo, cocino, limpio, baño a los chicos... hasta la medianoche.
O: ¿Le pagan?
C: Me dieron dos veces, poquito, y después nada. Dicen que me lo guardan para el pasaje de vuelta. Y el pasaporte me lo pidió la señora el primer día, "para el trámite de la residencia", y nunca me lo devolvió.
O: ¿Puede salir sola de la casa?
C: Al mercado, con ellos. Sola no; dicen que acá me agarra la policía porque estoy ilegal y me meten presa. ¿Eso es verdad?
O: No. Usted no ha cometido ningún delito, y allá las víctimas de explotación tienen protección aunque sus papeles no estén en regla. ¿Le han hecho daño físico?
C: Pegar, no. Gritos sí, y la señora me dice que soy una desagradecida, que gracias a ellos como.
O: ¿Hay otras personas en la misma situación?
C: Que yo sepa, solo yo. Bueno, hay un chico boliviano que ayuda en el puesto, pero a él sí le pagan, creo.
O: ¿Cómo se llaman ellos y dónde viven?
C: Él es [[PERSON|Fredy]] y la señora, [[PERSON|Maribel Saucedo]]. Vivimos en [[ADDRESS|la calle Ramón L. Falcón, en el departamento de arriba de una ferretería]], el número exacto no lo sé.
O: Le explico lo que podemos hacer. Voy a pasar su caso al consulado del Perú en [[LOCATION|Buenos Aires]], que tiene un área de asistencia a connacionales y puede ayudarla a recuperar su pasaporte y a denunciar ante la fiscalía especializada en trata de allá. Además, allá existe una línea gratuita, la 145, que atiende las 24 horas: si en algún momento se siente en peligro, llame ahí o a la policía. Nadie va a saber que llamó: el consulado la contactará con cuidado, por mensaje, y usted decide cuándo salir. ¿Este número de WhatsApp es suyo?
C: Sí, es mío, es de acá: [[PHONE_NUMBER|+54 9 11 6372 4185]]. Escríbanme antes de llamar, por favor.
O: Así será. ¿Recuerda su DNI peruano, para registrar el caso?
C: [[ID_NUMBER|41926307]]. Ese sí lo tengo, lo escondí en mi maleta.
O: Muy bien, [[PERSON|Nelly]]. Mañana le escribo para contarle qué dijo el consulado.
C: Gracias, señorita. Ya me tengo que ir, se están despertando.
""", note("victim", "help_request", ["domestic_servitude", "labour"], 1, False, ["female"], "Argentina", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una peruana en el extranjero llama a escondidas: desde hace meses trabaja sin pago como empleada doméstica "
          "y en el puesto de verduras de un matrimonio que la llevó con engaños, le retuvo el pasaporte y no la deja "
          "salir sola, amenazándola con la policía migratoria. Se le explicaron sus derechos y una línea local de "
          "emergencia, y su caso se deriva al consulado para recuperar el documento y denunciar, con seguimiento por "
          "mensaje."))

call("h30-es-04", "es", "plain", """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes. Quería consultar algo que me parece medio raro, aunque a lo mejor estoy exagerando.
O: Dígame, para eso estamos.
C: Mi sobrino, que vive conmigo acá en [[LOCATION|Chimbote]], se quedó sin trabajo en la pesquera y está desesperado. En un grupo de Facebook de empleos un tipo le escribió que le pagan quince mil dólares por... por un riñón.
O: ¿Le ofrecen comprarle un riñón?
C: Así, clarito. Dice que es una "donación" para un paciente extranjero, que lo operan en una clínica en [[LOCATION|Lima]], que le pagan el pasaje, el hotel y la mitad por adelantado. Mi sobrino dice que con eso pone su negocio.
O: ¿Cuántos años tiene su sobrino?
C: [[AGE|Veinticuatro]].
O: ¿Ya viajó o firmó algo?
C: No, todavía no. Le dijeron que viaje [[DATE_TIME|el jueves 18]] para los "exámenes". Le mandaron un contrato en PDF con el sello de una clínica que yo busqué en internet y no existe.
O: ¿Le han pedido documentos o dinero?
C: La foto de su DNI y un análisis de sangre, que ya se hizo en un laboratorio de acá y lo mandó. Plata no le han pedido; al revés, le ofrecen.
O: Le explico. En el [[LOCATION|Perú]] la venta de órganos está prohibida, y captar a una persona aprovechando su necesidad para extraerle un órgano es una forma de trata. Hay casos en que a la persona la retienen después, no le pagan lo prometido o la operan en condiciones que ponen en riesgo su vida. Lo más importante es que su sobrino no viaje ni envíe más datos.
C: Eso le digo yo, pero está terco. ¿Qué le digo para convencerlo?
O: Que guarde los mensajes y el número del que le escriben, y que, si quiere, nos llame él directamente o vaya con usted a la comisaría a denunciar. La donación en vida solo se permite entre familiares y sin ningún pago; no hay forma legal de que le paguen por un riñón.
C: Ya. El número es de [[LOCATION|Colombia]], lo tengo acá: [[PHONE_NUMBER|+57 312 448 9071]]. Y la cuenta que le escribió es [[OTHER_ID|@donantes.solidarios.pe]].
O: Gracias, queda anotado. Si su sobrino decide denunciar, nosotros lo orientamos sobre los pasos.
C: Ya, señorita, voy a hablar con él esta noche. Me llamo [[PERSON|Julián Tapia]], por si acaso. Gracias por explicarme.
O: Para eso estamos, señor [[PERSON|Julián]]. Y si se entera de que ya viajó, llámenos enseguida.
""", note("family_member", "information_request", ["other"], 1, False, ["male"], "Lima", "at_risk", "medium",
          ["information_given"],
          "Un familiar consulta porque a su sobrino desempleado le ofrecieron por redes sociales una fuerte suma por "
          "un riñón, con viaje pagado para exámenes y operación en una clínica de otra ciudad. Se le explicó que es "
          "una forma de trata con fines de extracción de órganos y que la venta es ilegal, y se recomendó que no "
          "viaje, guarde los mensajes y denuncie."))

call("h30-es-05", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, le habla la abogada [[PERSON|Patricia Ayca]], defensora pública en [[LOCATION|Tacna]]. Necesito apoyo para tres adolescentes que tengo a cargo.
O: Sí, doctora, dígame.
C: Ayer la policía intervino un auto en el control de [[LOCATION|Tomasiri]] y encontró a tres chicos con paquetes de marihuana pegados al cuerpo. Los pusieron a disposición de la fiscalía como infractores, pero cuando los entrevisté me di cuenta de que la historia es otra.
O: ¿Qué le contaron?
C: Son de [[LOCATION|Juliaca]]. Un hombre les ofreció trabajo en la cosecha de aceituna en [[LOCATION|Ilo]]... no, perdón, en [[LOCATION|La Yarada]], aquí en [[LOCATION|Tacna]]. Al llegar les dijeron que primero tenían que "pagar el pasaje" llevando unos paquetes hacia la frontera con [[LOCATION|Chile]]. Los tuvieron dos semanas encerrados en un cuarto en [[LOCATION|Ciudad Nueva]], sin celulares.
O: ¿Qué edades tienen?
C: [[AGE|Quince]], [[AGE|dieciséis]] y [[AGE|diecisiete]]. Varones los tres. Al mayor, cuando dijo que no quería, le apagaron un cigarro en el brazo; tiene la quemadura.
O: ¿Los chicos siguen detenidos?
C: Están en la comisaría porque no hay dónde ponerlos. El fiscal de familia está de acuerdo en que no son infractores sino víctimas, pero no tienen adónde ir esta noche. Sus familias están en [[LOCATION|Juliaca]] y no tienen para viajar.
O: Entiendo. Voy a coordinar con la Unidad de Protección Especial un centro de acogida residencial para los tres desde esta noche, y que al ingresar les hagan evaluación médica y psicológica. ¿Ya le curaron la herida al mayor?
C: Le pusieron una gasa en la comisaría, nada más.
O: Pediré que lo vea el médico apenas ingrese. Además, paso el caso a la fiscalía especializada en trata, porque la captación y el encierro apuntan a trata con fines de criminalidad forzada. ¿Tienen datos de quien los captó?
C: Le decían [[PERSON|Profe]]. Uno de los chicos se sabe su número de memoria: [[PHONE_NUMBER|958 601 442]]. El chofer del auto quedó detenido, se llama [[PERSON|Ramiro Cutipa]].
O: Muy bien. ¿A qué número la llamo para confirmarle el centro de acogida?
C: A mi celular, [[PHONE_NUMBER|952 330 781]]. Estoy en la comisaría hasta que se resuelva.
O: En menos de una hora la llamo, doctora. Y si se puede, que los chicos hablen esta noche con sus familias.
C: Eso ya lo estoy gestionando. Gracias.
""", note("professional", "help_request", ["forced_criminality"], 3, True, ["male"], "Tacna", "past", "high",
          ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
          "Una defensora pública pide apoyo para tres adolescentes captados con una falsa oferta de trabajo agrícola, "
          "encerrados y obligados a transportar droga hacia la frontera, que ahora están bajo custodia policial como "
          "supuestos infractores. Se coordina un centro de acogida, evaluación médica y psicológica y la derivación a "
          "la fiscalía especializada en trata."))

# ------------------------------------------------ English ----

call("h30-en-01", "en", "plain", """
O: Línea contra la trata, good evening. You can speak English.
C: Oh, great, thank you. I'm not sure I've got the right number. Someone at my hostel said this was the line for... trafficking?
O: Yes, it is. What did you see?
C: I'm in [[LOCATION|Arequipa]], in a bar called [[ORGANIZATION|Sillar Pub]], near the [[ADDRESS|corner of Calle San Francisco and Ugarte]]. It's almost [[DATE_TIME|one in the morning]] and there are two little girls going table to table selling roses. They can't be older than [[AGE|seven or eight]].
O: Are they with an adult?
C: There's a woman across the street, sitting on some steps with a bag. Every time the girls sell something they run over and hand her the money. About twenty minutes ago the smaller one came back with nothing and the woman slapped her. Hard. Then she pushed her back toward the bars.
O: Is the woman their mother, do you know?
C: No idea. I asked the older girl her name, she said [[PERSON|Yaneth]], and when I asked if that was her mum she just looked at the floor and said "es mi tía". I don't know, maybe it's nothing, maybe they're just poor.
O: It's not nothing. Small children out at this hour, handing over all the money and being hit, are signs of forced begging, which can be trafficking. Are the girls still there now?
C: Yes. I'm at a table by the window, I can see them. The woman has a green shawl and a bowler hat.
O: I'm alerting the police and municipal security right now so they go and check on the girls. Please don't approach the woman. Can you stay where you are for a while?
C: Sure. My friends are here with me.
O: Thank you. Can I have a name and a number in case the officers need to find you?
C: I'm [[PERSON|Tom]], [[PERSON|Tom Devlin]]. I've got a local SIM, hang on... [[PHONE_NUMBER|931 472 605]].
O: Got it. Did you notice a vehicle, anyone else with the woman?
C: No car. Oh, wait, a guy on a motorbike stopped and talked to her earlier, but he left. I didn't get the plate, sorry.
O: That's fine. If she leaves with the girls, call back and tell us which way they went. I'll call you in half an hour to let you know what happened.
C: Okay. Thanks. I feel a bit less useless now.
""", note("witness", "report", ["forced_begging"], 2, True, ["female"], "Arequipa", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A tourist reports that two young girls are going from bar to bar selling flowers late at night and handing "
          "all the money to a woman across the street, who slapped one of them. The operator alerted the police and "
          "municipal security to check on the girls right away and will call the caller back."))

call("h30-en-02", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hi, sorry, English? I'm a nurse with a medical mission, and my Spanish is terrible when I'm stressed.
O: Of course, we can talk in English. What's happening?
C: I'm at the [[ORGANIZATION|Clínica Misión Esperanza]] in [[LOCATION|Pucallpa]]. We have a girl here, she's [[AGE|sixteen]], she came in with abdominal pain and an infection. While the doctor was examining her she told us she works in a bar by the port, and the man who brought her in, she calls him her uncle, makes her go with clients. He's sitting in our waiting room right now.
O: Okay. Is she safe where she is at this moment?
C: For now. She's in the treatment room with our doctor. He keeps asking at reception when she'll be done. She's terrified he's taking her back tonight.
O: Did she say how she got to the bar?
C: She's from a community up the river, near [[LOCATION|Contamana]]. He told her mother she'd work as a cook. That was about four months ago. And she says there's another girl there, [[PERSON|Kelly]], who's only [[AGE|fourteen]].
O: Do you know the name of the bar?
C: [[ORGANIZATION|Bar El Remanso]], on [[ADDRESS|the riverfront by the Puerto Henry landing]].
O: I'm asking the police to go to the clinic right now. Keep her with the doctor and don't let anyone take her out. Don't confront the man. What does he look like?
C: Fifties, heavy, grey cap. He came on a blue motocarro, it's parked outside, the plate is [[OTHER_ID|4471-7U]]. I can see it from here.
O: Thank you. And the girl's name?
C: [[PERSON|Milena]]. She won't give her surname, she's scared.
O: That's fine. I'm also informing the family prosecutor, and after the police have spoken to her she'll go to a shelter for minors, not back to the bar. Keep treating her there until then. What's your name and number?
C: [[PERSON|Siobhan Carey]]. [[PHONE_NUMBER|961 207 384]].
O: [[PERSON|Siobhan]], the patrol is on its way. I'll call you in fifteen minutes. If he tries to take her before they arrive, call 105 and tell them the hotline has already reported it.
C: Okay. Okay. Thank you.
""", note("professional", "report", ["sexual"], 2, True, ["female"], "Ucayali", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
          "A nurse reports that a teenage patient disclosed she is forced into prostitution at a riverside bar by a "
          "man posing as her uncle, who is waiting at the clinic to take her back, and that a younger girl is held "
          "there too. Police were sent to the clinic at once, the family prosecutor was informed and a shelter for "
          "minors will be arranged, with a call back."))

# ------------------------------------------------ Brazilian Portuguese ----

call("h30-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpa, eu não falo espanhol direito. Vocês atendem brasileiro?
O: Sí, sí, puede hablar en portugués, yo le entiendo. ¿Cómo se llama?
C: [[PERSON|Cleiton]]. Sou de [[LOCATION|Brasiléia]], no [[LOCATION|Acre]]. Tô aqui em [[LOCATION|Puerto Maldonado]] trabalhando numa obra, e a gente tá numa situação ruim.
O: Cuénteme, ¿qué pasa?
C: Viemos em cinco, todos brasileiros, pra levantar um hotel perto da praça. O empreiteiro, o [[PERSON|Jairo]], que também é brasileiro, prometeu cem reais por dia, casa e comida. Faz dois meses que ninguém recebe nada. Ele diz que o dono peruano ainda não pagou ele.
O: ¿Dónde duermen?
C: Na própria obra, no segundo andar, sem parede, em rede. Comida é arroz com ovo. A gente trabalha das seis da manhã até escurecer, domingo também.
O: ¿Tienen sus pasaportes?
C: Não. O [[PERSON|Jairo]] recolheu tudo na fronteira, em [[LOCATION|Iñapari]], disse que era pra registrar na migração. Quando pedimos de volta, falou que se a gente reclamar ele chama a migração e a gente vai preso por trabalhar sem documento.
O: ¿Alguien ha sido golpeado? ¿Los tienen encerrados?
C: Não, bater não, e a obra nem tem portão, a gente sai pra comprar água. Mas sem passaporte e sem dinheiro, sair pra onde?
O: ¿Hay menores de edad entre ustedes?
C: Não, o mais novo tem [[AGE|vinte]]. Eu tenho [[AGE|trinta e um]].
O: Le explico: retener pasaportes, no pagar y amenazar con migraciones es ilegal en el [[LOCATION|Perú]], y puede ser trabajo forzoso. Ustedes no van a ir presos por denunciar. Voy a derivar el caso a la fiscalía y a la inspección de trabajo de [[LOCATION|Madre de Dios]].
C: E se ele descobrir que fui eu?
O: La denuncia es reservada. Y si deciden salir de la obra, les conseguimos un albergue temporal mientras se resuelve; el consulado de Brasil también puede ayudarlos con los documentos.
C: Seria bom. Alguns só querem voltar pra casa.
O: ¿Tiene un número de contacto?
C: Meu WhatsApp é do Brasil: [[PHONE_NUMBER|+55 68 99214 7730]]. Pode mandar mensagem.
O: Le escribo mañana para decirle qué respondió la fiscalía. ¿Cómo se llama el hotel en construcción?
C: Ainda não tem nome. Fica na [[ADDRESS|rua Loreto, atrás do mercado modelo]], o prédio de quatro andares com lona azul.
O: Gracias, [[PERSON|Cleiton]]. Hasta mañana.
C: Obrigado, de verdade.
""", note("victim", "help_request", ["labour"], 5, False, ["male"], "Madre de Dios", "ongoing", "medium",
          ["information_given", "referral_legal", "referral_shelter", "follow_up_call"],
          "Un trabajador extranjero pide ayuda porque él y otros cuatro compatriotas adultos trabajan desde hace dos "
          "meses sin pago en una obra de construcción, duermen en el edificio y un contratista les retuvo los "
          "pasaportes amenazándolos con migraciones. Se le explicaron sus derechos, se deriva a la fiscalía y a la "
          "inspección de trabajo y se ofreció albergue, con seguimiento por mensaje."))

# ------------------------------------------------ Venezuelan Spanish ----

call("h30-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches, ¿me escucha bien?
C: Sí, sí, mi amor, te escucho. Disculpa que hablo pasito. Necesito que me ayuden a salir de aquí.
O: La ayudo. ¿Está en peligro en este momento?
C: Ajá. Estoy en un apartamento en [[LOCATION|Los Olivos]] con otras dos muchachas. Nos trajeron de [[LOCATION|Valencia]] hace un mes pa' trabajar de modelos, y aquí nos tienen haciendo videos en cámara con hombres que pagan por internet, vale. Todo el día, chama.
O: ¿Pueden salir del apartamento?
C: No. La puerta tiene reja con candado y la llave la tiene el [[PERSON|Gocho]]. Ahorita salió a comprar, por eso te llamo con el teléfono de la laptop... no, mentira, con el celular de [[PERSON|Yuleisy]], que lo tenía escondido.
O: ¿Alguna de ustedes es menor de edad?
C: No, no. Yo tengo [[AGE|veinte]], [[PERSON|Yuleisy]] [[AGE|veintidós]] y la otra, [[PERSON|Mariangel]], creo que [[AGE|diecinueve]]. Ella está mal, chama, no come, y ayer el [[PERSON|Gocho]] le dio con la correa porque no se quiso conectar.
O: ¿Me puede decir la dirección?
C: Es en la [[ADDRESS|avenida Carlos Izaguirre, frente al chifa Dragón Rojo]], un edificio de ladrillo, [[ADDRESS|cuarto piso, el 402]]. Más no sé, nos trajeron de noche.
O: ¿En cuánto tiempo vuelve ese hombre?
C: Dijo que media hora, y se fue hace como diez minutos. Él carga pistola, yo se la vi en la cintura.
O: Escúcheme: ya estoy avisando a la policía para que vaya al edificio. Quédense juntas en un cuarto, lejos de la puerta, y cuando él vuelva no le digan nada. ¿Puedo usar este número?
C: Es de [[PERSON|Yuleisy]]: [[PHONE_NUMBER|+51 927 338 104]]. Pero no llames, escribe, que si suena nos descubren.
O: De acuerdo, solo mensajes. ¿Cómo se llama usted?
C: [[PERSON|Keyla]]. ¿Y los pasaportes los podemos recuperar? Él los guarda en un maletín negro.
O: La policía lo va a revisar. Cuando salgan, las llevamos a un albergue seguro y las va a ver un médico, sobre todo a [[PERSON|Mariangel]].
C: Dale, dale. Ay, Dios, que lleguen rápido.
O: Ya van en camino. Si él vuelve antes, ponga el teléfono en silencio y escóndalo. Le escribo apenas la patrulla esté allí.
C: Listo. Gracias, mi amor.
""", note("victim", "help_request", ["sexual"], 3, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_health", "follow_up_call"],
          "Una joven extranjera pide ayuda desde un departamento donde ella y otras dos mujeres son obligadas a hacer "
          "transmisiones sexuales por cámara, encerradas con llave por un hombre armado que agredió a una de ellas y "
          "les retiene los pasaportes. Se envió a la policía de inmediato y se coordinarán albergue y atención médica, "
          "con contacto solo por mensajes."))

# ------------------------------------------------ Spanish / English code-switching ----

call("h30-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hi, hola, ¿está bien si hablo medio en inglés, medio en español? Crecí en [[LOCATION|Miami]] y a veces se me mezcla.
O: No hay problema, como le resulte más cómodo. Cuénteme.
C: Okay, so, mi amigo [[PERSON|Renzo]] got this job offer de customer service bilingüe en [[LOCATION|Tailandia]]. Le pagan like two thousand dollars al mes, le dan pasaje, housing, todo. Se va [[DATE_TIME|el martes 14]].
O: ¿Cómo le llegó la oferta?
C: Por Telegram. Una recruiter que se llama [[PERSON|Vivian]] le escribió. Tuvieron una entrevista por video de cinco minutos, nada técnico, solo querían saber si typea rápido y si habla inglés. Y ya, contratado. Too easy, you know?
O: ¿Le dijeron dónde queda la oficina?
C: That's the thing. Primero dijeron [[LOCATION|Bangkok]]. Ahora dicen que lo recogen en el aeropuerto y lo llevan en van a una ciudad cerca de la frontera, "because the office moved". And they told him to bring only carry-on.
O: ¿Le han pedido dinero o documentos?
C: No money. Solo una foto del pasaporte. Ah, y que no le cuente los detalles a su familia, "por confidencialidad". His mom doesn't even know.
O: ¿Ha firmado algún contrato?
C: No, no contract. Le dijeron que lo firma allá.
O: Le explico por qué esto preocupa. Hay casos de jóvenes de varios países, también peruanos, que viajan a [[LOCATION|Tailandia]] por ofertas de atención al cliente y de ahí los cruzan a [[LOCATION|Myanmar]] o a [[LOCATION|Camboya]]. Los encierran en complejos, les quitan el pasaporte y los obligan a hacer estafas por internet, con metas, castigos y deudas que no terminan.
C: Oh my God. Like the scam compounds? Vi un documental de eso.
O: Exacto. Lo que usted describe coincide: entrevista muy fácil, sueldo alto, pasaje pagado, cambio de ciudad a último momento cerca de una frontera, y pedir reserva a la familia. Lo recomendable es que no viaje. Si la empresa es real, puede darle antes un contrato firmado, una dirección que se pueda verificar y una visa de trabajo, no de turista.
C: He's gonna say I'm being dramatic. ¿Qué le digo?
O: Que lo verifique con la cancillería o con nosotros antes de seguir, y que guarde los chats. Si quiere, él mismo puede llamarnos, es gratis. ¿Le envío información sobre estos casos para que se la pase?
C: Yes, please, mándamela a [[EMAIL_ADDRESS|ale.quiroz.mia@gmail.com]]. Thanks, en serio.
O: Se la envío ahora. Y si su amigo viaja igual y pierden contacto con él, llámenos enseguida.
""", note("acquaintance", "information_request", ["forced_criminality"], 1, False, ["male"], "Tailandia", "at_risk", "medium",
          ["information_given"],
          "Una persona consulta por la oferta de atención al cliente en el extranjero que recibió su amigo por "
          "mensajería, con una entrevista muy sencilla, pasaje pagado, traslado a una zona fronteriza y pedido de "
          "reserva. Se le explicó que coincide con la captación para centros de estafas en línea donde se obliga a las "
          "víctimas a cometer fraudes, y se recomendó que no viaje y guarde los mensajes."))

# ------------------------------------------------ Andean Spanish with Quechua ----

call("h30-qu-01", "es", "andean", """
O: Línea contra la trata, buenas tardes, le escucho, papá.
C: Allillanchu, señorita. Disculpe, yo no hablo bien castellano. Llamo de [[LOCATION|Pacucha]], de [[LOCATION|Andahuaylas]] pues.
O: No se preocupe, hable con calma que le entiendo. Si quiere, dígame las palabras en quechua también.
C: Ya, mamita. Es por mis dos maqtas, mis hijos pues. Se han ido con un señor que vino a la comunidad diciendo que hay trabajo en chacra de coca, en la selva, por el [[LOCATION|VRAEM]], que pagan bien, cincuenta soles diario.
O: ¿Cuántos años tienen sus hijos?
C: El mayor, [[PERSON|Hilario]], tiene [[AGE|dieciocho]]. El menorcito, [[PERSON|Wilber]], [[AGE|quince]] nomás. Yo no quería que vaya el chiquito, pero el señor dijo "no hay problema, allá también hay wawas trabajando".
O: ¿Hace cuánto se fueron y a qué lugar?
C: Ya va a ser un mes. A [[LOCATION|Pichari]] dijeron, a la chacra de un tal [[PERSON|Mendoza]].
O: [[LOCATION|Pichari]] queda en la provincia de [[LOCATION|La Convención]], en [[LOCATION|Cusco]], ¿no?
C: Ari, ari, por ahí pues, cerca al río. Yo no conozco.
O: ¿Qué le han contado sus hijos?
C: El mayor me llamó [[DATE_TIME|el domingo]] de noche, llorando estaba. Dice que no es solo para cosechar la hoja; que de noche les hacen cargar mochila con droga, caminando por el monte tres días, hasta [[LOCATION|Llochegua]]... no, no, ¿cómo es?, hasta la carretera de [[LOCATION|San Francisco]] dice. Y que el señor tiene gente con armas, que si se escapan los matan.
O: ¿Les han pagado algo?
C: Mana, nada. Qullqi no hay, dice que les descuentan la comida, el pasaje. Atataw, señorita, mi wawa chiquito cargando eso...
O: ¿Su hijo le dio algún número o dato del lugar?
C: De otro celular llamó, este: [[PHONE_NUMBER|nueve uno cinco, tres cero ocho, dos dos seis]]. Ya no contesta. Y del señor... le dicen [[PERSON|Pelao]], pero no, ese es otro, el que los recogió en el carro. [[PERSON|Mendoza]] es el dueño.
O: ¿Usted ya fue a la comisaría o a la fiscalía?
C: Sí fui a la comisaría de [[LOCATION|Andahuaylas]], pero me dijeron que mis hijos se han ido solitos, que no es secuestro, y no me recibieron la denuncia.
O: Papá, lo que les pasa a sus hijos es grave: es trata de personas, porque los engañaron con un trabajo y ahora los obligan a trabajar sin pago y a cargar droga con amenazas. Ellos son víctimas, no delincuentes. Hoy paso el caso a la fiscalía especializada en trata y a la policía antidrogas que trabaja en esa zona. Y sepa esto: la comisaría tiene la obligación de recibirle la denuncia; si no, puede ir directo a la fiscalía de [[LOCATION|Andahuaylas]] con su DNI.
C: Ya, mamita. Yanapawayku, ayúdenos pues.
O: ¿Cómo se llama usted y a qué número lo llamamos?
C: [[PERSON|Teodoro Huamaní]]. El número es de mi sobrina, ella me ayuda: [[PHONE_NUMBER|983 417 052]].
O: Don [[PERSON|Teodoro]], mañana lo llamo a ese número para contarle. Si su hijo vuelve a llamar, dígale que puede marcar gratis a esta línea.
C: Sulpayki, señorita. Diospagarasunki.
""", note("family_member", "report", ["labour", "forced_criminality"], 2, True, ["male"], "Cusco", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Un padre reporta que sus dos hijos, uno de ellos adolescente, fueron captados en su comunidad con una oferta "
          "de trabajo agrícola en la selva y ahora trabajan sin pago en un cocal y son obligados de noche a cargar "
          "droga a pie, bajo amenazas de gente armada. La comisaría no le recibió la denuncia; se deriva el caso a la "
          "fiscalía especializada y a la policía antidrogas, se le orientó sobre cómo denunciar y se le llamará al día "
          "siguiente."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
