#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout19.jsonl: 16 fictional labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results; only LABELS.md, shared/eval/make_dev.py (conventions and
check()) and bench/data/notes/make_heldout.py (call()/note()/build() and markup)
were read. The set is meant to look like one ordinary shift of the hotline:
6 lowercase unpunctuated Whisper-style Spanish transcripts, 4 cased Spanish,
2 English, 1 Portuguese, 1 Spanish/English code-switching, 1 Andean Spanish with
Quechua words and 1 Venezuelan Spanish. Situations: a teenager working unpaid at a
market juice stall who refuses a shelter and hangs up, forced begging at a church
door, a mistaken call about a state subsidy, a runaway daughter prostituted by her
boyfriend, a football "trial" abroad for a fee, a victim calling back after escaping
a restaurant, girls about to board a bus with a fake uncle, a kidney-sale offer to an
indebted husband, an unpaid-wages dispute (not trafficking), boys forced to snatch
phones, migrant women recruited at the northern border for a "spa", a past webcam
studio case, a Brazilian live-in maid held in the Amazon, boys working in a hostel,
a grandson back from a gold mine, and a note slipped into a delivery bag.
Same markup as make_heldout.py ([[TYPE|surface]] marks PII; O:/C: mark the speaker)
and the annotation conventions of make_dev.py. All people, numbers, addresses,
handles and businesses are invented.

Run: python make_heldout19.py   (writes heldout19.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout19.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h19-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches disculpe es que no sé si aquí puedo llamar
O: sí claro esta línea es gratuita y confidencial cuéntame con confianza qué está pasando
C: yo trabajo en una juguería en el mercado de [[LOCATION|cerro colorado]] en [[LOCATION|arequipa]] y la señora no me paga nada ya van a ser cinco meses
O: cuántos años tienes
C: [[AGE|diecisiete]] no mentira tengo [[AGE|dieciséis]] el otro mes recién cumplo
O: y dónde duermes tú
C: en el depósito de la señora atrás del puesto entre las cajas de fruta ahí me quedo porque ella dice que no me puedo ir hasta que le pague el pasaje que me trajo de [[LOCATION|cotahuasi]] y la ropa que me compró
O: a qué hora empiezas a trabajar y hasta qué hora
C: desde las cinco pelando fruta hasta que cierran el mercado y después limpio su casa también
O: te deja salir o llamar a tu familia
C: no mucho solo los domingos un ratito y mi dni me lo tiene ella dice que es para que no me pierda
O: tu familia sabe cómo estás
C: no mi mamá piensa que me pagan yo no le quiero contar porque se va a preocupar
O: mira lo que me cuentas no es normal nadie puede quedarse con tu dni ni hacerte trabajar sin pago por una deuda tú tienes derecho a irte y a que te paguen lo que has trabajado si quieres hoy mismo podemos coordinar que te recojan y te lleven a un albergue donde vas a estar segura
C: no no albergue no señorita todavía no la señora me va a buscar y le va a decir a mi mamá que le he robado
O: está bien no vamos a hacer nada que tú no quieras me puedes decir tu nombre para registrar lo que me cuentas
C: [[PERSON|yeni]] nomás
O: gracias [[PERSON|yeni]] y la señora cómo se llama
C: le dicen doña [[PERSON|cata]] su apellido no sé ay ya está viniendo
O: [[PERSON|yeni]] recuerda que puedes volver a llamar a cualquier hora es gratis y nadie se va a enterar
C: ya ya chau
""", note("victim", "help_request", ["labour"], 1, True, ["female"], "Arequipa", "ongoing", "high",
          ["information_given"],
          "Una adolescente llama desde el mercado donde trabaja hace meses sin pago en un puesto de jugos, por una "
          "supuesta deuda de pasaje; duerme en un depósito y la empleadora le retiene el documento. Se le explicaron "
          "sus derechos, rechazó por ahora ser llevada a un albergue y colgó cuando se acercó la empleadora."))

call("h19-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenos días con quién hablo
C: buenos días señorita yo soy el que cuida una iglesia aquí en [[LOCATION|huamanga]] y le llamo por un niñito y un abuelito que traen a pedir limosna
O: cuénteme qué es lo que ha visto
C: todos los días a las seis de la mañana un señor en mototaxi los deja en [[ADDRESS|la escalinata de la iglesia de la merced]] al abuelito que es ciego y al niño que le hace de lazarillo y en la noche vuelve y se los lleva y les quita toda la plata yo lo he visto contar las monedas en la esquina
O: sabe la edad del niño
C: me dijo que tiene [[AGE|nueve años]] se llama [[PERSON|efraín]] pero está flaquito parece de menos
O: el niño le ha contado algo más
C: sí que el señor no es su papá que es un tío que lo trajo de [[LOCATION|vilcashuamán]] y que si junta poquito no le da de comer la semana pasada tenía la espalda marcada con correa
O: el niño va al colegio
C: no señorita nunca de lunes a domingo ahí está sentado con el abuelito
O: logró ver la placa del mototaxi
C: no la placa no la vi es un mototaxi rojo con toldo negro nomás
O: y al señor lo conoce por algún nombre
C: los de la esquina le dicen el [[PERSON|tuerto]] porque tiene un ojo malogrado
O: usted ha avisado a la policía
C: no todavía no tengo miedo que después me hagan algo a mí
O: entiendo lo que me cuenta es muy grave vamos a informar ahora a la policía y a la demuna para que intervengan y protejan al niño y al abuelito me deja un número para llamarlo
C: sí anote [[PHONE_NUMBER|966 204 718]]
O: gracias mañana lo llamamos para contarle qué se hizo y por favor no se enfrente con ese señor
C: ya señorita gracias dios se lo pague
""", note("witness", "report", ["forced_begging"], 2, True, ["male"], "Ayacucho", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "El cuidador de una iglesia reporta que un hombre deja cada día a un anciano ciego y a un niño pidiendo "
          "limosna en la puerta del templo y luego se queda con el dinero; el niño no va al colegio, pasa hambre y "
          "muestra marcas de golpes. Se informa a la policía y a la defensoría del niño para que intervengan, con "
          "seguimiento."))

call("h19-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes hijita aquí es para cobrar el bono
O: no señora esta es la línea gratuita contra la trata de personas no es del bono
C: ah pero en el afiche decía llame gratis y yo pensé que era del bono que están dando en la municipalidad
O: no señora esta línea es para avisar cuando a una persona la están explotando la tienen trabajando a la fuerza o la engañan con un trabajo
C: ya ya entonces cómo hago para el bono porque mi vecina ya cobró y yo no
O: eso no lo vemos aquí señora lo siento
C: ya pero le dicto mi dni para que me vean si estoy en la lista mi dni es [[ID_NUMBER|28 417 093]]
O: señora no es necesario que me dé su dni nosotros no tenemos esa lista y le pido que no dé sus datos por teléfono a personas que no conoce
C: ay verdad mi hijo también me dice eso que me pueden estafar
O: así es tenga cuidado
C: y usted no sabe a qué número llamo
O: no señora ese dato no lo tengo aquí
C: bueno hijita disculpe la molestia ya me voy a ir a preguntar nomás
O: no se preocupe señora que tenga buena tarde
C: igualmente gracias hijita
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Una señora llamó creyendo que la línea servía para cobrar un subsidio estatal e intentó dictar su "
          "documento. Se le explicó el propósito de la línea y se le advirtió no dar sus datos por teléfono."))

call("h19-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita le llamo de [[LOCATION|huacho]] es por mi hija [[PERSON|kiara]] tiene [[AGE|16 años]] se fue hace tres semanas con un muchacho que conoció por facebook
O: sabe a dónde se fue su hija
C: a [[LOCATION|chimbote]] el chico le dijo que allá tenía casa que se iban a juntar y ella se fue sin avisar
O: ha sabido algo de ella desde entonces
C: sí ayer me escribió del celular de una amiga llorando me dice que el tal [[PERSON|jordy]] la lleva a un hostal y la hace estar con hombres y él cobra la plata y si ella no quiere le pega
O: ella tiene su celular
C: no él se lo quitó por eso me escribió de otro número
O: le dijo dónde queda el hostal
C: dice que se llama [[ORGANIZATION|hostal brisas del puerto]] que está [[ADDRESS|frente al grifo de la avenida pardo]] y que ahí la tiene en el cuarto del tercer piso
O: me puede dar el número desde donde le escribió
C: es el [[PHONE_NUMBER|943 118 560]] no perdón [[PHONE_NUMBER|943 118 506]] así es
O: usted ya puso una denuncia
C: no fui a la comisaría y me dijeron que como se fue por su voluntad que espere
O: señor como su hija es menor de edad no importa que se haya ido por su voluntad vamos a pasar el caso ahora mismo a la policía de [[LOCATION|chimbote]] para que vayan al hostal y a la fiscalía de familia usted también debe poner la denuncia por desaparición lleve una foto de ella y su partida o su dni
C: ya señorita mañana temprano voy
O: a qué número lo llamamos
C: a este mismo [[PHONE_NUMBER|987 402 119]] mi nombre es [[PERSON|teodoro]]
O: gracias señor [[PERSON|teodoro]] esta noche lo llamamos para contarle qué hizo la policía
C: gracias señorita por favor que la saquen de ahí
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Áncash", "ongoing", "high",
          ["police_dispatch", "referral_legal", "information_given", "follow_up_call"],
          "Un padre reporta que su hija adolescente se fue con un joven que conoció por redes sociales y que este la "
          "obliga a estar con hombres en un hostal, se queda con el dinero, le quitó el celular y la golpea. Se "
          "alertó a la policía para que acuda al hostal, se derivó a la fiscalía de familia y se le orientó sobre la "
          "denuncia por desaparición."))

call("h19-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días señorita quería hacer una consulta nomás no sé si me puede orientar
O: claro dígame
C: mi hijo [[PERSON|anthony]] tiene [[AGE|17 años]] juega fútbol en un club de aquí de [[LOCATION|jaén]] y un señor que dice que es representante lo ha contactado por instagram su cuenta es [[OTHER_ID|marcelo punto scout punto arg]]
O: y qué le ofrece
C: le dice que lo ha visto en unos videos y que lo puede llevar a probarse en una academia de [[LOCATION|buenos aires]] en [[LOCATION|argentina]] pero que tenemos que pagar 2500 soles para la prueba y el alojamiento
O: ya pagaron algo
C: no todavía no nada pero el señor apura dice que hay solo un cupo
O: cómo viajaría su hijo
C: en bus con el señor por [[LOCATION|bolivia]] y dice que con mi firma nomás basta que el papá no tiene que firmar y que allá él le guarda el pasaporte para que no se le pierda
O: el señor le dijo el nombre del club
C: no solo dice academia no me ha querido decir cuál
O: mire señora hay varias señales de alerta los clubes serios no cobran por una prueba el permiso de viaje de un menor tiene que ser notarial y firmado por los dos padres o con autorización de un juez y nadie tiene por qué quedarse con el pasaporte de su hijo le recomiendo no pagar no dejarlo viajar y guardar todos los mensajes
C: ay señorita yo ya estaba juntando la plata
O: si quiere puede pedirle al señor el nombre del club y un contrato por escrito y consultarlo con la federación y si algo le parece raro vuelva a llamarnos o denuncie la cuenta a la policía
C: ya voy a hablar con mi hijo gracias por la información
""", note("family_member", "information_request", ["unknown"], 1, True, ["male"], "Argentina", "at_risk", "medium",
          ["information_given"],
          "Una madre consulta por un supuesto representante que contactó a su hijo adolescente por redes sociales "
          "para llevarlo a una prueba de fútbol en el extranjero, cobrando por adelantado, con viaje por tierra y "
          "retención del pasaporte. Se explicaron las señales de alerta y se recomendó no pagar ni dejarlo viajar."))

call("h19-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: aló señorita buenas tardes yo llamé [[DATE_TIME|el jueves pasado]] me llamo [[PERSON|marleny]] era por el restaurante de [[LOCATION|tarapoto]] donde trabajaba me dijeron que vuelva a llamar cuando esté afuera
O: sí señora [[PERSON|marleny]] un momento que ubico su caso ya lo tengo dígame cómo está
C: ya salí señorita [[DATE_TIME|el domingo]] temprano me escapé cuando la señora se fue al mercado ahorita estoy en la casa de mi prima en [[LOCATION|moyobamba]]
O: qué bueno está segura donde está ahora alguien la ha buscado
C: no nadie ha venido pero la señora [[PERSON|gladys]] me mandó mensaje diciendo que le debo la comida y el cuarto y que me va a denunciar por abandonar el trabajo
O: ella no la puede denunciar por eso usted no ha cometido ningún delito todavía tiene su dni
C: no ella se quedó con mi dni y me debe cuatro meses de sueldo nunca me pagó nada
O: había otras personas trabajando así con usted
C: no yo sola nomás con la señora y su esposo
O: está herida o necesita atención médica
C: no estoy bien solo cansada y con miedo
O: cuántos años tiene usted
C: [[AGE|24 años]]
O: lo que vamos a hacer es derivar su caso a la defensa pública para que una abogada la ayude a recuperar su dni y su sueldo y a presentar la denuncia me confirma su número
C: es el [[PHONE_NUMBER|952 330 871]] es de mi prima pero ella me pasa
O: perfecto la abogada la va a llamar esta semana y yo la vuelvo a llamar [[DATE_TIME|el viernes]] para ver cómo va
C: gracias señorita de verdad gracias
""", note("victim", "follow_up", ["labour"], 1, False, ["female"], "San Martín", "past", "medium",
          ["referral_legal", "follow_up_call"],
          "Una mujer que ya había llamado antes informa que escapó del restaurante donde trabajaba sin sueldo desde "
          "hacía meses y ahora está en casa de una familiar; la empleadora retiene su documento y la amenaza con "
          "denunciarla. Se deriva a la defensa pública para recuperar su documento y su pago, con seguimiento."))

# ------------------------------------------------ cased Spanish ----

call("h19-es-007", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Le hablo de la boletería de [[ORGANIZATION|Transportes Selva Central]], en el terminal de [[LOCATION|Huancayo]]. Me llamo [[PERSON|Edith]]. Tengo aquí una situación que no me gusta nada.
O: Cuénteme, la escucho.
C: Un señor acaba de comprar cuatro pasajes para [[LOCATION|Pichanaki]], para el bus de [[DATE_TIME|las 4 y 30]]. Uno para él y tres para unas chicas que se ven muy jovencitas. Les pedí el DNI y dos me dijeron que se lo olvidaron; la otra me enseñó el suyo y tiene [[AGE|15 años]].
O: ¿Viajan con algún permiso de los padres?
C: No, ninguno. El señor dice que es su tío. Pero cuando él se fue al baño, una de ellas me preguntó si en [[LOCATION|Pichanaki]] había colegio, porque a ella le dijeron que iba a atender en un bar, que tenía que ser "cariñosa con los clientes" y que le iban a pagar bien. Hoy en la mañana él les ha comprado ropa cortita, me dijo.
O: ¿Sabe de dónde son las chicas?
C: De [[LOCATION|Pampas]], en [[LOCATION|Huancavelica]]. Llegaron esta mañana con él.
O: ¿Cuánto falta para que salga el bus?
C: Unos cuarenta minutos. Ya les vendí los pasajes, no sabía qué hacer.
O: Hizo bien en llamar. ¿Tiene el nombre del señor?
C: En la lista de pasajeros puso [[PERSON|Wilber Taipe Rojas]], DNI [[ID_NUMBER|41928375]]. No sé si será verdad.
O: Voy a comunicarme ahora mismo con la policía para que vengan al terminal antes de que salga el bus. No confronte al señor ni le diga nada a las chicas. ¿Me da un número para que la ubiquen los agentes?
C: Sí, mi celular es [[PHONE_NUMBER|954 071 336]]. La placa del bus es [[OTHER_ID|W3R-915]], está en la plataforma tres.
O: Perfecto. La policía ya va para allá. Si el señor intenta irse con ellas antes, vuelva a llamar de inmediato.
C: Ya, gracias. Ojalá lleguen a tiempo.
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Junín", "at_risk", "immediate",
          ["police_dispatch"],
          "Una empleada de una empresa de buses reporta que un hombre que dice ser tío de tres chicas, al menos una "
          "menor de edad y sin permiso de viaje, está por llevarlas a trabajar en un bar donde deberán ser "
          "complacientes con los clientes. Se alertó a la policía para que intervenga en el terminal antes de la "
          "salida del bus."))

call("h19-es-008", "es", "plain", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Quería preguntar algo, es un poco raro, no sé si es aquí.
O: Claro, dígame con confianza.
C: Mi esposo tiene deudas con unos prestamistas, de esos que cobran diario, y un señor que le dicen ingeniero [[PERSON|Paredes]] se le acercó en el mercado. Le dijo que le puede pagar 15 mil dólares si dona un riñón a un paciente extranjero que está esperando.
O: ¿Dónde sería eso?
C: Aquí mismo, en [[LOCATION|Chiclayo]], en una clínica privada, pero no nos dice cuál. Dice que primero le hacen los análisis en un laboratorio y que en los papeles lo van a poner como primo del paciente.
O: ¿Su esposo ya se hizo algún examen o firmó algo?
C: No, todavía no. Solo le mandó una foto de su DNI por WhatsApp. El número del señor es [[PHONE_NUMBER|978 445 120]].
O: ¿Cómo se llama su esposo y cuántos años tiene?
C: [[PERSON|Teófilo]], tiene [[AGE|38 años]]. Vivimos en [[LOCATION|José Leonardo Ortiz]]. Él dice que es la única forma de salir de la deuda, que los prestamistas ya lo amenazaron.
O: Le explico, señora. Vender un órgano está prohibido en el [[LOCATION|Perú]], y captar a una persona aprovechando su necesidad para sacarle un órgano es una forma de trata. Además, una operación así, con papeles falsos y sin control médico, puede dejarlo muy mal de salud o costarle la vida.
C: Ay, Dios mío. ¿Y a él no le va a pasar nada si denuncia?
O: No, él no ha cometido ningún delito. Le recomiendo que no vaya a ningún examen y que no mande más datos. Las amenazas de los prestamistas también se pueden denunciar en la comisaría. Con su permiso, vamos a pasar el número de ese señor a la fiscalía especializada en trata para que lo investiguen.
C: Sí, pásenlo. Pero que no digan nuestro nombre.
O: Su identidad queda reservada. Si el señor vuelve a insistir o los amenaza, llámenos.
C: Gracias, señorita. Voy a hablar con él esta noche.
""", note("family_member", "information_request", ["other"], 1, False, ["male"], "Lambayeque", "at_risk", "medium",
          ["information_given", "referral_legal"],
          "Una mujer consulta porque un intermediario ofreció dinero a su esposo, endeudado con prestamistas, para "
          "que entregue un riñón en una clínica privada usando documentos falsos. Se le explicó que se trata de una "
          "forma de trata y de los riesgos para la salud, y el contacto del intermediario se deriva a la fiscalía."))

call("h19-es-009", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Quería denunciar a mi patrón. Me dijeron que aquí es para los trabajadores explotados.
O: Claro, cuénteme qué pasó.
C: Trabajé dos meses de albañil en una obra en [[LOCATION|Chincha]], de la [[ORGANIZATION|Constructora Los Andes del Sur]]. Nos pagaban cada semana, pero el último mes no me pagó. Me quedó debiendo 900 soles, y ahora el ingeniero [[PERSON|Carrasco]] no me contesta el teléfono.
O: ¿Usted sigue trabajando ahí?
C: No, yo me fui hace dos semanas, me aburrí de esperar. Ahora estoy en mi casa, en [[LOCATION|Pisco]].
O: ¿Le quitaron algún documento, su DNI o algo?
C: No, nada de eso.
O: ¿Lo amenazaron o no lo dejaban irse?
C: No, no. Yo entraba y salía normal, dormía en mi casa. Solo que no paga.
O: ¿Había menores de edad trabajando en la obra?
C: No, todos éramos mayores.
O: Entiendo. Mire, lo que usted me cuenta es un incumplimiento de pago, y eso es un problema laboral, no un caso de trata de personas. Lo que tiene que hacer es presentar su reclamo ante la inspección de trabajo o la dirección regional de trabajo, con sus boletas, fotos o mensajes que prueben que trabajó ahí. Si quiere, también puede pedir un abogado gratuito en la defensa pública.
C: Ah, ya. ¿Y eso es gratis?
O: Sí, el reclamo es gratuito. Anote también el nombre de sus compañeros, que le pueden servir de testigos.
C: Ya, señorita. Me llamo [[PERSON|Richard Huamaní]], por si acaso.
O: Gracias, señor [[PERSON|Richard]]. Si en algún momento sabe de alguien a quien obligan a trabajar o le quitan sus documentos, puede llamar aquí.
C: Ya, gracias. Voy a ir [[DATE_TIME|el lunes]].
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador llama para reclamar salarios impagos de una obra de construcción que dejó por su voluntad, "
          "sin retención de documentos, amenazas ni restricciones. Se le explicó que no es un caso de trata y se le "
          "orientó a presentar su reclamo ante la autoridad de trabajo."))

call("h19-es-010", "es", "plain", """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Soy [[PERSON|Patricia Loayza]], psicóloga del [[ORGANIZATION|Colegio Mariscal Cáceres]] de [[LOCATION|Villa El Salvador]]. Llamo por dos alumnos de primero de secundaria.
O: Gracias por llamar. ¿Qué le han contado?
C: Son primos, [[PERSON|Deyvis]] y [[PERSON|Jhair]], de [[AGE|13]] y [[AGE|14 años]]. Unos muchachos mayores los recogen en mototaxi a la salida del colegio y los llevan a los paraderos de la Panamericana a arranchar celulares en los buses. Tienen que entregar tres celulares al día; si no, les pegan.
O: ¿A quién entregan los celulares?
C: Al jefe, uno que le dicen [[PERSON|Fredy]], en [[ADDRESS|un puesto de reparación de celulares en la segunda cuadra de la avenida Revolución]]. Hoy [[PERSON|Jhair]] llegó con el ojo morado, y me dijo que le dijeron que si hablaba le iban a quemar la casa a su mamá.
O: ¿Los chicos viven con su familia?
C: Sí, con la mamá de [[PERSON|Jhair]], que trabaja de noche en una fábrica. Ella no sabe nada, o no quiere saber.
O: ¿El colegio ya avisó a la policía?
C: No. El director prefiere no meterse, por eso llamo yo directamente.
O: Hizo bien. Lo que viven estos chicos es explotación para cometer delitos, y ellos son víctimas, no delincuentes. Vamos a derivar el caso hoy a la fiscalía de familia y a la unidad especializada de la policía para que investiguen a ese grupo y se tomen medidas de protección para los chicos y su familia.
C: Perfecto. ¿Yo qué hago mientras tanto?
O: Siga acompañándolos y deje todo registrado en el colegio. ¿Me da un número de contacto?
C: Sí, [[PHONE_NUMBER|993 150 274]].
O: Gracias, [[PERSON|Patricia]]. [[DATE_TIME|El jueves]] la llamo para ver cómo avanza y si la fiscalía ya se comunicó.
C: Gracias a usted. Quedo atenta.
""", note("professional", "report", ["forced_criminality"], 2, True, ["male"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una psicóloga escolar reporta que dos alumnos adolescentes son obligados por un grupo de jóvenes mayores a "
          "robar celulares en los buses, con una cuota diaria, golpes y amenazas contra su familia. Se deriva a la "
          "fiscalía de familia y a la policía especializada, con seguimiento."))

# ------------------------------------------------ English ----

call("h19-en-011", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon. Sorry, can we do this in English? My Spanish is only okay.
O: Of course. How can I help you?
C: My name is [[PERSON|Ingrid Solberg]], I work with [[ORGANIZATION|Borderlands Relief]] at the migrant assistance point next to the border post in [[LOCATION|Tumbes]]. Four young Venezuelan women came to our tent this morning, and something about their story worries me.
O: Please go ahead.
C: A woman they call [[PERSON|Yoli]] paid their bus all the way from [[LOCATION|Colombia]]. She told them there are jobs waiting for them at a spa in [[LOCATION|Lima]], and now they each owe her eight hundred dollars for the trip. She sent them photos of the "uniform", and honestly, it's lingerie. She also told them to say they're sisters and not to talk to any organisations.
O: Are any of them under eighteen?
C: One of them told me quietly that she's [[AGE|seventeen]]. She only has a birth certificate, no passport.
O: Has anyone hurt them or taken their documents?
C: No, not yet. The others have their passports. They're excited about the job but scared of the debt.
O: How are they supposed to travel?
C: A man is picking them up tonight at [[DATE_TIME|nine]] at the bus terminal here, to take them to [[LOCATION|Lima]] on the night bus.
O: Thank you, this is very useful. These are typical signs of recruitment for sexual exploitation. I'll alert the police anti-trafficking unit now so they're at the terminal tonight, and the girl will be put under child protection. Could you tell the women that they don't owe anything to anyone, and that they can call this line for free at any time?
C: Yes, I'll tell them. We also offered them a shelter, but they said they'd think about it.
O: That's fine. Can I have your number?
C: It's [[PHONE_NUMBER|+51 944 617 203]].
O: Thank you, [[PERSON|Ingrid]]. I'll call you back before the pickup to confirm the police are in place.
C: Great, thanks. I'll keep them here at the tent until then.
""", note("professional", "report", ["sexual"], 4, True, ["female"], "Lima", "at_risk", "high",
          ["police_dispatch", "information_given", "follow_up_call"],
          "An aid worker at a border assistance point reports that four young migrant women, one of them a minor, were "
          "recruited with a paid trip and an induced debt for supposed spa jobs, with lingerie uniforms and "
          "instructions to lie about their relationship. Police were alerted to intervene when a man picks them up "
          "tonight, and the women are to be told they owe nothing."))

call("h19-en-012", "en", "plain", """
O: Línea contra la trata, buenas noches.
C: Hi, um, hello. Sorry, I'm not sure this is the right number. Do you speak English?
O: Yes, I do. Take your time.
C: Okay. I'm calling from [[LOCATION|Houston]]. Something happened to me in [[LOCATION|Peru]] last year, and I just want to know if it's even possible to report it from here. I'm not ready to give all the details.
O: That's completely fine. You don't have to tell me anything you don't want to. Can you tell me roughly what happened?
C: I was in [[LOCATION|Trujillo]] visiting family. A woman offered me a job as a "chat host" at a studio, because I speak English. It turned into... they made me do shows on camera, like ten hours a day. The manager kept almost all the money and took my passport "for the contract", and he said he'd send the videos to my family if I quit.
O: I'm so sorry. Are you safe now?
C: Yes. My aunt helped me get out after three months, and I got a new passport at the embassy. I've been back home since [[DATE_TIME|March]].
O: Were there other people in the same situation there?
C: No, it was just me and the manager's girlfriend, and she was part of it. A friend told me the place closed down.
O: Thank you for telling me. To answer your question: yes, you can report it from abroad. The specialised prosecutor's office can take your statement by video call, you don't need to travel. Keep any messages, screenshots or payment records you have. If you want, I can refer you now to the prosecutor and to a free lawyer from the Ministry of Justice who would contact you.
C: Not yet, I think. I need to talk to my therapist first. Can I just e-mail you when I'm ready?
O: Of course. You can write to us or call this line whenever you want, it's free. Would you like to leave an e-mail?
C: Sure, it's [[EMAIL_ADDRESS|dani.vrc.22@gmail.com]]. My name is [[PERSON|Daniela]].
O: Thank you, [[PERSON|Daniela]]. Nothing will happen without your permission.
C: Thanks. That actually helps a lot.
""", note("victim", "information_request", ["sexual"], 1, False, ["female"], "La Libertad", "past", "low",
          ["information_given"],
          "A woman now living abroad asks whether she can report from there that, during a visit, she was forced to "
          "perform sexual shows on camera in a studio that kept her earnings and her passport and threatened to send "
          "the videos to her family. She was told she can report remotely and how to keep evidence, and she declined "
          "a referral for now."))

# ------------------------------------------------ Portuguese ----

call("h19-pt-013", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde. Desculpa, vocês falam português?
O: Sí, podemos falar em português. Em que posso ajudar?
C: Meu nome é [[PERSON|Joelma]], eu moro em [[LOCATION|Manaus]]. Estou ligando por causa da minha irmã, [[PERSON|Rayane]], ela tem [[AGE|23 anos]]. Ela foi para [[LOCATION|Iquitos]] em [[DATE_TIME|março]], de barco, para trabalhar de cozinheira numa pousada.
O: E o que está acontecendo com ela?
C: Não é pousada nenhuma. Ela trabalha na casa da dona, dona [[PERSON|Celeste]], limpa, cozinha, cuida de três crianças, das cinco da manhã até meia-noite. Nunca recebeu nada. Dorme na lavanderia, num colchão.
O: Ela pode sair da casa?
C: Sozinha não. A dona ficou com o passaporte dela dizendo que é para o visto, e diz que ela deve a passagem do barco e a comida. O marido da dona grita com ela e diz que se ela sair vai chamar a migração.
O: Ela está machucada? Alguém bateu nela?
C: Não, que eu saiba não. Mas ela me manda áudio de noite chorando, escondida.
O: Tem mais alguém trabalhando nessa casa?
C: Não, só ela.
O: Sabe o endereço?
C: Ela diz que é [[ADDRESS|uma casa azul na rua Sargento Lores, perto da praça]]. O número não sei.
O: O que a senhora descreve é servidão doméstica, é uma forma de tráfico de pessoas. Vamos derivar o caso à fiscalía especializada em [[LOCATION|Loreto]]. A senhora também pode procurar o consulado do [[LOCATION|Brasil]], eles podem ajudar com o passaporte e a volta dela. Posso te passar o contato.
C: Sim, por favor. Meu número é [[PHONE_NUMBER|+55 92 99184 3027]], tem WhatsApp.
O: Obrigada. Vou te mandar o contato do consulado por mensagem, e a gente liga de novo na [[DATE_TIME|segunda]] para contar como está o caso.
C: Muito obrigada, de verdade. Eu só quero ela de volta.
""", note("family_member", "report", ["domestic_servitude"], 1, False, ["female"], "Loreto", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una mujer extranjera reporta que su hermana, que viajó por un supuesto trabajo de cocinera, trabaja sin pago "
          "y en jornadas extremas como empleada de la casa de la dueña, con el pasaporte retenido, una supuesta deuda y "
          "amenazas de denunciarla a migraciones. Se deriva a la fiscalía especializada y se le da el contacto del "
          "consulado, con seguimiento."))

# ------------------------------------------------ Spanish/English code-switching ----

call("h19-cs-014", "es", "code_switching", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Sorry, yo llamé [[DATE_TIME|el lunes]] pero colgué porque entró mi jefe. It's about the two boys at the hostel.
O: No se preocupe, puede hablar en inglés o en castellano. ¿Está en un lugar seguro para hablar ahora?
C: Sí, I'm outside, en la plaza. Ok so, yo trabajo en la recepción de un hostel en [[LOCATION|San Blas]], en [[LOCATION|Cusco]], se llama [[ORGANIZATION|Killa Backpackers]]. Y hay dos chicos, [[PERSON|Wilfredo]] y su primo, they're like [[AGE|thirteen]], [[AGE|fourteen]] max.
O: ¿Qué hacen los chicos en el hostel?
C: Everything, man. Limpian los cuartos, lavan las sábanas, cargan las mochilas de los guests, desde las seis de la mañana hasta medianoche. They sleep in the storage room, al lado de la lavandería. Y no van al colegio.
O: ¿Les pagan?
C: No. El dueño, Don [[PERSON|Hernán]], says he sends money to their parents in [[LOCATION|Paruro]], pero [[PERSON|Wilfredo]] me dijo que su mamá no ha recibido nada. Nothing.
O: ¿Les pegan o los amenazan?
C: No, pegar no, I haven't seen that. Pero les grita todo el tiempo y les dice que si se quejan los manda de regreso caminando.
O: ¿Pueden salir del hostel?
C: Not really. Solo salen con él, a comprar.
O: Gracias por volver a llamar. Lo que describe es explotación laboral de menores. Vamos a derivar el caso a la fiscalía de familia y a la defensoría del niño de la municipalidad para que intervengan. ¿Me deja un número para hacerle seguimiento?
C: Prefiero que no, sorry. Mi jefe revisa mi phone a veces. Yo los llamo, ¿ok?
O: Está bien, no lo vamos a llamar. Puede llamar cuando quiera, y si ve que les hacen daño, llame de inmediato.
C: Ok, gracias. Those kids deserve better, you know.
""", note("acquaintance", "follow_up", ["labour"], 2, True, ["male"], "Cusco", "ongoing", "high",
          ["referral_legal"],
          "Un recepcionista que había colgado en una llamada anterior reporta que dos niños trabajan sin pago en un "
          "hospedaje desde la madrugada hasta la medianoche, duermen en un depósito, no van al colegio y no pueden salir "
          "solos. Se deriva a la fiscalía de familia y a la defensoría del niño; el llamante prefirió no dejar número."))

# ------------------------------------------------ Andean Spanish with Quechua ----

call("h19-qu-015", "es", "andean_quechua", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, mamita, buenas tardes. Yo hablo de [[LOCATION|Chalhuanca]]. Es por mi nieto, pues, mi wawa [[PERSON|Wilmer]]. Ayúdeme, no sé qué hacer.
O: Buenas tardes, señora. Cuénteme con calma, ¿qué le ha pasado a su nieto?
C: Un enganchador se lo ha llevado a la mina, a [[LOCATION|Ananea]], allá en [[LOCATION|Puno]]. Harta plata vas a ganar, le ha dicho. Ocho meses ha estado allá, mamita. Manan pagarqankuchu, nada le han pagado, todo le descontaban, la comida, el pasaje, las botas.
O: ¿Cuántos años tiene su nieto?
C: [[AGE|Quince añitos]] nomás tiene. Wawa todavía.
O: ¿Y ahora dónde está él?
C: Aquí en la casa ya está, la semana pasada ha llegado. Solito se ha escapado en un carro de carga, de noche. Dice que en el socavón trabajaba todo el día, y el patrón no lo dejaba bajar al pueblo.
O: ¿Está herido? ¿Necesita atención?
C: Herido no, mamita. Pero tose y tose, flaquito ha vuelto, y de noche no duerme, manchakuspa, con miedo despierta.
O: ¿Y sabe quién es el enganchador?
C: Ari, de acá nomás es, le dicen [[PERSON|Faustino]]. Ahorita otra vez anda buscando jóvenes en la plaza, achachau, a otros también se los va a llevar.
O: Señora, lo que le pasó a su nieto es explotación laboral y él es víctima. Vamos a coordinar con el centro de salud para que lo revisen por la tos y le den apoyo psicológico, y vamos a derivar el caso a la fiscalía para que investiguen a ese señor.
C: Ya, mamita, gracias. Al centro de salud lo voy a llevar mañana.
O: ¿Tiene un teléfono donde la podamos llamar?
C: Teléfono no tengo, es de mi vecina: [[PHONE_NUMBER|983 552 714]]. Ella me avisa.
O: Muy bien, [[DATE_TIME|el miércoles]] la llamamos a ese número para saber cómo está [[PERSON|Wilmer]].
C: Diospagarasunki, mamita. Que Dios se lo pague.
""", note("family_member", "help_request", ["labour"], 1, True, ["male"], "Puno", "past", "medium",
          ["referral_health", "referral_legal", "follow_up_call"],
          "Una abuela pide ayuda porque su nieto adolescente fue llevado por un enganchador a una mina donde trabajó "
          "meses sin pago, con descuentos y sin poder salir; escapó y volvió enfermo y con miedo. Se coordina atención "
          "de salud y psicológica y se deriva a la fiscalía para investigar al captador, que sigue reclutando jóvenes."))

# ------------------------------------------------ Venezuelan Spanish ----

call("h19-ve-016", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Épale, buenas noches. Mira, disculpa, yo soy delivery, ando en moto aquí en [[LOCATION|Piura]], y me acaba de pasar algo que me tiene fuera de base, vale.
O: Tranquilo, cuénteme qué pasó.
C: Hace como diez minutos llevé un pedido de pollo a una casa en [[LOCATION|Veintiséis de Octubre]], y la chama que me recibió el pedido me metió un papelito doblado con la plata. Dice: "ayúdanos, nos tienen encerradas, somos cuatro venezolanas, nos quitaron los pasaportes y nos obligan a estar con hombres". Y firmado [[PERSON|Yusmary]].
O: ¿Dónde está usted ahora?
C: A una cuadra, parado en una bodega. No me fui porque, chamo, la chama estaba temblando.
O: ¿Me puede dar la dirección de la casa?
C: Es en [[ADDRESS|la urbanización Santa Rosa, calle 4, la casa de rejas negras con vidrios polarizados]]. Afuera tiene un letrero de masajes, y desde que llegué han entrado dos carros, puros hombres.
O: ¿Vio si alguien tenía armas?
C: No, armas no vi. El que abrió la reja era un tipo grandote, calvo, ese sí me miró feo.
O: ¿Le pareció que alguna de las chicas era menor de edad?
C: No sé, la que vi se veía como de veinte, más o menos. A las otras no las vi.
O: Gracias. Voy a avisar ahora mismo a la policía para que vayan a la casa. Por favor no vuelva ni se acerque, y guarde el papel, se lo va a pedir la policía. ¿Me deja su número?
C: Dale, es [[PHONE_NUMBER|+51 927 603 418]]. Me llamo [[PERSON|Johan]].
O: Gracias, [[PERSON|Johan]]. La patrulla ya está en camino. En un rato lo llamo para ver si la policía necesita hablar con usted.
C: Fino, aquí me quedo. Ojalá las saquen hoy mismo, qué vaina.
""", note("witness", "report", ["sexual"], 4, False, ["female"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Un repartidor reporta que una joven le entregó a escondidas una nota pidiendo ayuda: ella y otras tres "
          "mujeres extranjeras están encerradas en una casa con aviso de masajes, sin pasaportes y obligadas a estar con "
          "hombres. Se alertó a la policía para una intervención inmediata y se le pidió conservar la nota."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
