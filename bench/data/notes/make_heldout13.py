#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout13.jsonl: fictional labelled calls written OUTSIDE the tuning loop, by a
separate helper that never saw the drafter, its rules, its results or any earlier held-out
set beyond the format examples; kept private and never tuned on, so that it measures how the
tuned drafter generalises. Sixteen calls of ordinary hotline life: six lowercase ASR calls
(a neighbour watching a girl left on a roof, a mother whose son carries loads at night, a
farmhand without his DNI, a wrong number about a subsidy, a teacher worried about a pupil, a
young woman locked in a hostel), four plain Spanish calls (a follow-up from abroad, a missing
teenager, an obstetrician and a sold-baby arrangement, a street poster), two English calls
(a tourist and street children, a mining compliance officer), Portuguese (a follow-up about
a gold dredge), Spanglish (a kidney offer), Andean Spanish with Quechua words (a promised
marriage) and Venezuelan Spanish (a woman who declines rescue for now). Nobody names the
crime; some callers negate or correct themselves, and some offers are declined.
Same markup and conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python make_heldout13.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout13.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h13-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches eh disculpe la hora es que ya no aguanto mire acá al lado de mi casa en [[LOCATION|yarinacocha]] hay una chiquita que la tienen de empleada
O: cuénteme con calma qué está pasando
C: ahorita mismo la han dejado afuera en el techo con la lluvia porque dice que rompió un plato la señora le ha pegado con la correa se escuchaban los gritos
O: qué edad tiene la niña más o menos
C: chiquita es señorita tendrá [[AGE|doce trece años]] la trajeron de una comunidad del río hace como un año dicen que es sobrina pero qué va a ser sobrina la tienen lavando cocinando cuidando al bebé de ellos
O: y la niña va al colegio
C: no nunca la he visto con uniforme ni nada y no sale sino para comprar en la bodega con la señora atrás
O: está ahí en el techo ahora
C: sí ahorita la estoy viendo desde mi ventana está sentadita temblando
O: me puede dar la dirección de la casa
C: es en el [[ADDRESS|jirón los cedros cuadra tres la casa de material con rejas azules]] no no perdón cuadra cuatro ya pasando la esquina
O: gracias voy a avisar ahora mismo a la policía para que vayan a la casa le puedo dejar un número para devolverle la llamada después
C: no no mejor no me llame señorita tengo miedo que se enteren acá todos se conocen
O: está bien su llamada queda en reserva si algo cambia vuelva a llamar a esta línea
C: ya gracias señorita que vayan rápido por favor
""", note("witness", "report", ["domestic_servitude"], 1, True, ["female"], "Ucayali", "ongoing", "immediate",
          ["police_dispatch"],
          "Un vecino reporta que una niña traída de una comunidad trabaja como empleada doméstica para una familia, no va al colegio y en este momento la han dejado a la intemperie tras golpearla. Se alertó de inmediato a la policía; el vecino prefirió no recibir una llamada de seguimiento."))

call("h13-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes señorita este llamo de [[LOCATION|huamanga]] es por mi hijo
O: dígame señora qué le pasó a su hijo
C: mi hijo [[PERSON|yordi]] tiene [[AGE|dieciséis años]] se fue hace un mes con un señor que le ofreció trabajo en la cosecha de cacao allá en [[LOCATION|llochegua]] dijo que le iban a pagar cincuenta soles diario
O: y ha sabido de él desde entonces
C: ayer me llamó de otro número bien bajito me dijo mamá no es cacao me hacen cargar unas mochilas pesadas de noche por el cerro con otros chicos y que si no quiere le dicen que a mí me van a hacer algo
O: le dijo qué llevan en las mochilas
C: no me dijo pero yo me imagino pues señorita todos saben lo que se carga por allá eh él lloraba quiere regresar pero le quitaron su dni y su celular
O: sabe cuántos chicos están con él
C: dijo que son como cinco más todos chibolos así de su edad
O: tiene el número desde donde la llamó
C: sí es el [[PHONE_NUMBER|nueve cinco dos ocho uno cuatro siete siete cero]] pero ya no contesta
O: muy bien señora vamos a pasar el caso a la fiscalía y a la policía especializada para que lo ubiquen y mañana la llamamos para contarle cómo va
C: ya señorita gracias por favor que no le hagan nada a mi hijo
""", note("family_member", "report", ["forced_criminality"], 6, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre reporta que su hijo adolescente, llevado con una falsa oferta de cosecha, es obligado junto con otros cinco chicos a cargar mochilas de noche por el cerro bajo amenazas, sin documento ni celular. Se deriva a fiscalía y policía especializada, con seguimiento."))

call("h13-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: aló buenos días eh una consulta señorita no sé si es acá
O: sí dígame en qué lo puedo ayudar
C: mire yo he estado trabajando en un fundo en [[LOCATION|majes]] en la cebolla y el enganchador que nos llevó desde [[LOCATION|juliaca]] se quedó con mi dni y no me ha pagado tres meses
O: usted todavía está en el fundo
C: no no ya me salí hace dos semanas estoy donde mi tío en [[LOCATION|arequipa]] pero sin dni no puedo trabajar en otro sitio ni nada
O: mientras estaba allá lo dejaban salir
C: o sea salir sí podíamos los domingos al pueblo no es que nos encerraban pero nos decía que si nos íbamos perdíamos toda la plata y que le debíamos el pasaje y la comida
O: había otras personas en la misma situación
C: había otros pero eran de otra cuadrilla a ellos sí les pagaron yo nomás de mi grupo me quedé sin nada
O: entiendo le explico retener su documento y no pagarle es ilegal usted puede sacar un duplicado de su dni y no tiene que pagarle ninguna deuda
C: ah ya no sabía eso yo pensaba que tenía que esperar que él me lo devuelva
O: además le puedo derivar a una abogada gratuita para que reclame lo que le deben quiere que le pase su caso
C: sí por favor señorita
O: listo le paso el caso a la defensa pública y ellos se comunican con usted a este número
C: ya muchas gracias señorita
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Arequipa", "past", "medium",
          ["information_given", "referral_legal"],
          "Un trabajador agrícola cuenta que el intermediario que lo llevó a un fundo le retuvo el documento, no le pagó tres meses y lo presionaba con una supuesta deuda; ya dejó el lugar. Se le informó sobre sus derechos y el duplicado del documento y se le derivó a defensa legal gratuita."))

call("h13-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes eh señorita este es el número del bono
O: no señora esta es otra línea aquí no vemos temas de bonos
C: ay ya y no sabe a dónde tengo que llamar porque a mi mamá no le sale en la lista y ella es adulta mayor vive solita en [[LOCATION|sullana]]
O: no tengo ese dato señora tendría que averiguar en la municipalidad de su distrito
C: ah ya en la municipalidad ya ya este disculpe la molestia
O: no se preocupe señora
C: ya gracias chau
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada no relacionada: una señora buscaba información sobre un bono social para su madre. Se le indicó que la línea no atiende ese tema."))

call("h13-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita eh soy profesora de un colegio acá en [[LOCATION|iquitos]] en [[LOCATION|punchana]] y quería comentarle algo de una alumna
O: sí profesora la escucho
C: es una alumna de tercero de secundaria tiene [[AGE|quince años]] hace tres semanas que ya casi no viene y cuando viene llega con celular nuevo con ropa de marca
O: ella le ha contado algo a usted
C: a mí directamente no pero sus compañeras dicen que una señora la lleva en las noches a los hoteles por el malecón a estar con extranjeros que vienen de turismo y que a la mamá le dan plata
O: la mamá sabe entonces
C: eso dicen las chicas no sé si es así eh la mamá vino una vez al colegio y dijo que la niña trabaja de noche ayudando a una tía en un restaurante pero ahí no hay ningún restaurante pues
O: sabe si hay otras alumnas en la misma situación
C: no que yo sepa solo ella
O: ha hablado con la dirección del colegio
C: sí la directora sabe pero me dijo que llame yo porque ella no sabía a quién avisar
O: hizo muy bien en llamar vamos a derivar el caso a la fiscalía de familia y a la policía especializada y la llamaremos la próxima semana para saber cómo está la alumna me da un número de contacto
C: sí es el [[PHONE_NUMBER|965 340 218]] pero por favor que no salga mi nombre
O: no se preocupe la información es reservada
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Loreto", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una docente reporta que una alumna adolescente casi no asiste a clases y, según sus compañeras, una mujer la lleva de noche a hoteles con turistas extranjeros a cambio de dinero para la madre. Se deriva a fiscalía de familia y policía especializada, con seguimiento."))

call("h13-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: aló aló señorita me escucha
O: sí te escucho bien puedes hablar
C: estoy en un hostal en [[LOCATION|tacna]] no sé bien dónde es me trajo de [[LOCATION|ilave]] una señora que le dicen [[PERSON|doña chela]] para trabajar en su restaurante
O: estás en peligro en este momento
C: sí o sea la señora salió a comprar y me ha dejado con llave eh en el restaurante no era de atender mesas nos hacían tomar con los señores y después irse con ellos a los cuartos
O: cuántos años tienes
C: [[AGE|diecinueve]] señorita y ahorita dice que en la noche me va a pasar a [[LOCATION|chile]] a [[LOCATION|arica]] que allá gano más ella tiene mi dni
O: hay otras chicas contigo
C: no ya no hay otras yo nomás era la que atendía
O: puedes ver algo el nombre del hostal o una calle
C: en la llave dice [[ORGANIZATION|hostal los andes]] y al frente hay un grifo eh no no es grifo es una pollería con letrero amarillo
O: bien voy a avisar ahora mismo a la policía para que vayan a buscarte y después te van a llevar a un albergue donde vas a estar segura no cuelgues quédate en línea conmigo
C: ya señorita tengo miedo que regrese
O: tranquila si escuchas que alguien viene me avisas la policía ya está en camino
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Tacna", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una joven llama encerrada en un hostal: la trajeron con una oferta de trabajo en un restaurante donde la obligaban a beber con clientes e ir con ellos a los cuartos, le retienen el documento y planean cruzarla al país vecino esta noche. Se alertó de inmediato a la policía y se coordinará un albergue."))

# ------------------------------------------------ plain Spanish ----
call("h13-es-001", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Yo llamé hace como diez días desde [[LOCATION|Santiago]], en [[LOCATION|Chile]]. Le había contado de la casa donde trabajaba puertas adentro.
O: Sí, ¿me recuerda su nombre, por favor?
C: Soy [[PERSON|Marleni]]. Usted me dijo que llamara cuando pudiera hablar tranquila.
O: Claro, señora [[PERSON|Marleni]]. ¿Cómo está ahora?
C: Ya salí, gracias a Dios. El domingo la señora me dejó ir a misa y ya no volví. Estoy donde una paisana de [[LOCATION|Cajamarca]].
O: Me alegra mucho. ¿Pudo llevarse sus documentos?
C: No, el pasaporte lo sigue teniendo ella, nunca me lo devolvió. Y en los cuatro años que estuve ahí me pagaba la mitad nomás, decía que lo otro me lo guardaba para cuando regrese al [[LOCATION|Perú]].
O: ¿La ha buscado o la ha amenazado desde que salió?
C: No, no me ha llamado. Yo no le tengo miedo, la verdad. Lo que quiero es regresar a mi tierra.
O: Entiendo. Para volver sin pasaporte, el consulado le puede dar un documento de viaje. Le doy el horario de atención y lo que tiene que llevar. Allí también la pueden orientar para reclamar el dinero que le deben.
C: Ya, espere que apunto. Ya, dígame.
O: De lunes a viernes, de nueve a una. Lleve cualquier foto o copia de su DNI que tenga. Y le vuelvo a llamar el viernes para saber cómo le fue, ¿le parece?
C: Sí, está bien, a este mismo número.
""", note("victim", "follow_up", ["domestic_servitude"], 1, False, ["female"], "Chile", "past", "low",
          ["information_given", "follow_up_call"],
          "Una mujer que trabajaba como empleada puertas adentro en el extranjero vuelve a llamar: ya dejó la casa, pero la empleadora retiene su pasaporte y le pagó la mitad del sueldo durante años. Se le informó cómo tramitar un documento de viaje en el consulado y reclamar lo adeudado, con seguimiento."))

call("h13-es-002", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Disculpe, no sé si llamo al lugar correcto. Mi hija se ha ido de la casa hace cuatro días y no sé dónde está.
O: Hizo bien en llamar, señora. ¿Cuántos años tiene su hija?
C: [[AGE|Quince]], recién cumplidos. Se llama [[PERSON|Kiara]]. Vivimos en [[LOCATION|Villa El Salvador]].
O: ¿Sabe con quién se fue?
C: Con un muchacho que conoció por TikTok. Ella le decía su enamorado, pero nunca lo hemos visto en persona. Su hermano dice que es mayor, de [[AGE|veintitantos]].
O: ¿Ha tenido alguna comunicación con ella desde que se fue?
C: El martes me mandó un mensaje: "mami estoy bien, estoy en [[LOCATION|Bolivia]], no me busques". Y desde ahí el celular apagado. Yo no sé si lo escribió ella o él.
O: ¿Le dijo para qué viajó, si iba a trabajar en algo?
C: No, nada. Ni ropa se llevó casi. Y no tiene pasaporte, señorita, es menor, ¿cómo ha pasado la frontera?
O: ¿Ya puso la denuncia por desaparición?
C: No. En la comisaría me dijeron que espere, que seguro se fue con el chico y ya va a volver.
O: Eso no es así: la denuncia por la desaparición de una menor se recibe de inmediato, no hay que esperar. Vaya hoy mismo con una foto reciente y su partida de nacimiento. Nosotros vamos a pasar el caso a la policía de personas desaparecidas y a la fiscalía, para que coordinen con las autoridades de [[LOCATION|Bolivia]].
C: Ya, señorita, mañana temprano voy.
O: Hoy mismo, si puede. Y mañana la llamamos para saber si se la recibieron. ¿A este número?
C: Sí, a este, es el [[PHONE_NUMBER|987 112 406]].
""", note("family_member", "report", ["unknown"], 1, True, ["female"], "Bolivia", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una madre reporta que su hija adolescente desapareció hace cuatro días con un hombre mayor que conoció por redes sociales y envió un mensaje diciendo que estaba en el extranjero. Se le explicó que debe denunciar la desaparición de inmediato y el caso se deriva a la policía y a la fiscalía, con seguimiento."))

call("h13-es-003", "es", "plain", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla la obstetra del turno de mañana de un centro de salud en [[LOCATION|José Leonardo Ortiz]], en [[LOCATION|Chiclayo]]. Llamo para informar de una paciente.
O: La escucho.
C: Tengo una gestante de [[AGE|diecisiete años]], de ocho meses. Hoy en el control me contó, llorando, que una señora le paga el cuarto y la comida desde el cuarto mes, y que a cambio, cuando nazca el bebé, se lo tiene que entregar. Le prometió dos mil soles más.
O: ¿La joven quiere entregar al bebé?
C: Al principio sí, porque no tiene a nadie, su familia es de [[LOCATION|Cutervo]] y la botaron de la casa. Pero ahora dice que no quiere, y la señora le ha dicho que si se echa para atrás le tiene que devolver todo lo que gastó.
O: ¿La señora la acompaña a los controles?
C: Siempre la espera afuera. Hoy vino sola porque la señora está de viaje, regresa el fin de semana.
O: ¿La joven está de acuerdo con que intervengamos?
C: Sí. Tiene miedo de volver al cuarto.
O: Entendido. Vamos a coordinar hoy mismo un albergue para ella con la unidad de protección y pasamos el caso a la fiscalía. ¿Puede quedarse con ella en el centro hasta que llegue el personal?
C: Sí, la tengo aquí en el consultorio.
O: Perfecto. La llamo en una hora para confirmarle quién va a ir.
""", note("professional", "report", ["other"], 1, True, ["female"], "Lambayeque", "at_risk", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una obstetra informa que una gestante adolescente recibe alojamiento y comida de una mujer a cambio de entregarle al bebé al nacer, y ahora es presionada con una supuesta deuda porque ya no quiere hacerlo. Se coordina un albergue y se deriva a la fiscalía, con seguimiento."))

call("h13-es-004", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Mire, una consulta nomás. Estoy en [[LOCATION|Huancayo]], en el paradero de la [[ADDRESS|calle Real con Ica]], y en el poste hay un cartel pegado que dice "Se necesitan señoritas de 18 a 25 años, trabajo en la selva, sueldo 2500, viaje inmediato, no se necesita experiencia".
O: ¿El cartel tiene algún número o nombre de empresa?
C: Solo un número de celular, el [[PHONE_NUMBER|964 208 117]]. Yo no conozco a nadie que haya ido, ¿eh? No es por nadie en especial. Solo que me pareció raro que no dice de qué es el trabajo.
O: Hace bien en desconfiar. Una oferta que no dice qué trabajo es, con sueldo alto y viaje inmediato, tiene varias señales de engaño.
C: ¿Y qué hago? ¿Lo arranco?
O: Tómele una foto primero. Con la foto puede hacer la denuncia en la comisaría. Si quiere, también le envío material informativo para que comparta con sus vecinos.
C: Ya, le tomo la foto. Lo del material no, gracias, así nomás está bien.
O: Muy bien. ¿Hay algo más en lo que le pueda ayudar?
C: No, eso nomás. Gracias, señorita.
""", note("general_public", "information_request", ["unknown"], 0, False, [], "Junín", "at_risk", "low",
          ["information_given"],
          "Una persona consulta por un cartel callejero que ofrece trabajo en la selva a mujeres jóvenes, con sueldo alto, viaje inmediato y sin decir qué trabajo es. Se explicaron las señales de alerta y cómo denunciarlo; la persona no quiso recibir material informativo."))

# ------------------------------------------------ English ----
call("h13-en-001", "en", "plain", """
O: Línea contra la trata, buenos días.
C: Hi, sorry, do you speak English?
O: Yes, go ahead. How can I help you?
C: Okay, great. So I'm a tourist, I'm staying in [[LOCATION|Cusco]], near the main square, and every night there are these little kids, four of them, two boys and two girls, maybe [[AGE|five to eight]], in traditional clothes with a baby llama, asking tourists for photos and coins until midnight or later.
O: Are they with an adult?
C: That's the thing. There's a woman who sits on the church steps, and every time a kid gets a coin they run and give it to her. Last night one of the little girls came back with nothing and the woman slapped her, pretty hard. My friend speaks Spanish and heard her say they don't eat until they make fifty soles.
O: Do you know if the children are related to her, or where they go afterwards?
C: No idea, honestly. They left in a taxi around one a.m. I wouldn't say they're locked up or anything, they run around and laugh sometimes, but it didn't feel like a mom with her kids, you know?
O: Thank you, this is very useful. Are they there now?
C: No, not right now. They only come out in the evening.
O: We'll pass this to the police and the child protection unit so they can check on the children tonight. Would you like us to call you back to let you know what happened?
C: I'd love that, but I'm flying to [[LOCATION|Lima]] tomorrow morning and my phone won't work after that. So no, it's fine, really.
O: Understood. Thank you for calling.
""", note("witness", "report", ["forced_begging"], 4, True, ["female", "male"], "Cusco", "ongoing", "high",
          ["referral_legal"],
          "A tourist reports that four young children ask tourists for money every night until late and hand everything to a woman, who hit one of them and withholds food until they collect enough. The case is passed to the police and the child protection unit; the caller declined a follow-up call."))

call("h13-en-002", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Good afternoon. My name is [[PERSON|Daniel Whitaker]], I work in compliance for a mining company, I'd rather not say which one yet. I'm calling about something we found at a contractor's camp in [[LOCATION|Pataz]].
O: Go ahead, Mr. [[PERSON|Whitaker]].
C: During an audit last week we interviewed workers from a subcontractor that does tunnelling. About twenty men, most of them from [[LOCATION|Cajamarca]] and [[LOCATION|Huánuco]]. They said the recruiter charged them a fee to get the job, and that fee is deducted from their pay, plus food and lodging, so most of them end the month with almost nothing.
O: Are they free to leave the camp?
C: Physically, yes. There's no fence and no guards, I want to be careful not to overstate it. But it's a ten-hour drive to anywhere, the contractor holds their ID cards "for payroll", and they were told that anyone who quits before the debt is paid off will be reported to the police for theft.
O: Are there any minors among them?
C: Not that we saw. The youngest said he was [[AGE|nineteen]].
O: Thank you. We'll refer this to the labour prosecutor and the labour inspectorate. Can we reach you at this number if they need more details?
C: Yes, or by email, [[EMAIL_ADDRESS|d.whitaker.compliance@protonmail.com]].
O: Noted. We'll call you next week to update you.
C: Appreciated. Thanks.
""", note("professional", "report", ["labour"], 20, False, ["male"], "La Libertad", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "A company compliance officer reports that about twenty men working for a mining subcontractor in a remote camp are kept in debt by recruitment fees and deductions, have their ID cards held and are threatened with false theft charges if they quit. The case is referred to the labour prosecutor and inspectorate, with follow-up."))

# ------------------------------------------------ Portuguese ----
call("h13-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Eu liguei na segunda-feira, sobre o meu amigo que está trabalhando numa balsa de garimpo no rio, perto de [[LOCATION|Puerto Maldonado]]. Meu nome é [[PERSON|Cleiton]].
O: Sí, señor [[PERSON|Cleiton]], tenemos su reporte. ¿Hay novedades?
C: Sim. Ele conseguiu mandar um áudio ontem à noite, quando passou o barco de mantimentos. Disse que levaram ele e os outros rio acima, para outro lugar, mais longe ainda.
O: ¿Cuántos están con él?
C: Ele e mais quatro rapazes, dois brasileiros e dois peruanos. Todos maiores, acho. O meu amigo tem [[AGE|vinte e cinco]].
O: ¿Siguen sin pagarles?
C: Sim, nada. O dono diz que eles devem a comida, a viagem e até as botas. E agora lá em cima não tem sinal nenhum. Ele disse no áudio: "não dá pra sair daqui, só se o dono quiser".
O: ¿Le dijo el nombre del nuevo lugar?
C: Ele falou um nome, parece [[LOCATION|Laberinto]]... não, desculpa, ele disse que já passaram de [[LOCATION|Laberinto]], mais pra dentro.
O: Gracias, esa información es muy útil. Vamos a pasar estos datos nuevos a la fiscalía que ya tiene el caso, para que coordinen con la policía. ¿Le parece si lo llamamos el viernes?
C: Pode ser. Obrigado, de verdade.
""", note("acquaintance", "follow_up", ["labour"], 5, False, ["male"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un conocido vuelve a llamar por un amigo que trabaja sin pago en una draga minera en el río: él y otros cuatro hombres están retenidos por una supuesta deuda y fueron trasladados a un lugar más aislado. Los nuevos datos se pasan a la fiscalía, con seguimiento."))

# ------------------------------------------------ Spanglish ----
call("h13-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas noches.
C: Hi, buenas noches. Sorry, my Spanish is a little rusty. I'm calling from [[LOCATION|New York]], es sobre mi primo que vive en [[LOCATION|Lima]], in [[LOCATION|Comas]].
O: No se preocupe, puede hablar como le sea más cómodo. ¿Qué le pasa a su primo?
C: So, he has a lot of deudas, like really bad, con prestamistas. And some guy on Facebook le escribió offering him like fifteen thousand dollars si vende un riñón. He says it's "una donación" and it's all legal, que lo operan en una clínica en [[LOCATION|Guayaquil]] y le pagan el pasaje.
O: ¿Su primo ya aceptó?
C: He says he's thinking about it, but he already sent them a photo of his DNI and they told him he travels this Friday. I told him that's crazy. Is that even legal?
O: No, no es legal. En el [[LOCATION|Perú]] y en [[LOCATION|Ecuador]] no se puede vender un órgano; una donación no se paga. Y que le pidan el documento, le paguen el pasaje y le pongan fecha tan rápido son señales de que lo quieren captar. Podría terminar operado sin ninguna garantía, o retenido allá.
C: Oh my God. Okay.
O: Si usted quiere, podemos pasar el caso a la fiscalía para que investiguen esa cuenta.
C: Mmm, no, not yet. He'd be so mad at me, and he's not a criminal, you know? Let me talk to him first.
O: Entiendo, es su decisión. Dígale a su primo que no viaje ni mande más datos, y que puede llamar a esta línea, es gratuita.
C: Yes, I'll tell him tonight. Thank you so much.
""", note("family_member", "information_request", ["other"], 1, False, ["male"], "Ecuador", "at_risk", "high",
          ["information_given"],
          "Un familiar que vive en el extranjero consulta porque su primo, muy endeudado, recibió por redes sociales una oferta de pago por un riñón, con operación en otro país y viaje fijado para esta semana. Se explicó que la venta de órganos es ilegal y las señales de captación; el familiar prefirió no derivar el caso por ahora."))

# ------------------------------------------------ Andean Spanish, Quechua words ----
call("h13-andean-001", "es", "andean", """
O: Línea contra la trata, buenas tardes.
C: Allillanchu, señorita. Disculpe, yo no hablo bien castellano. Llamo de [[LOCATION|Azángaro]], de la comunidad.
O: Allillanmi, mamay. Hable nomás tranquila, la entiendo. ¿Qué pasa?
C: Es mi sobrina, mi [[PERSON|Yeni]], sipascha todavía, [[AGE|catorce años]] nomás tiene. Su papá, mi cuñado, la quiere juntar con un señor de [[LOCATION|Juliaca]], ya mayor, de [[AGE|cuarenta]] será.
O: ¿Y ella quiere?
C: Mana, señorita, no quiere. Llora todos los días, atatay. El señor le ha dado a mi cuñado plata y dos vaquitas, y dice que este sábado la va a llevar a su casa. Ya está todo arreglado, dicen.
O: ¿Su sobrina sigue yendo al colegio?
C: Desde la semana pasada ya no la manda. Dice que mujer no necesita estudiar, que ya es grande.
O: ¿Y la mamá de ella?
C: Su mamá falleció, por eso yo veo por ella. Pero mi cuñado no me hace caso, me dice que no me meta.
O: Mamay, lo que me cuenta es grave. Una niña de catorce no puede ser entregada a un adulto, y menos a cambio de plata o animales. Vamos a pasar el caso hoy mismo a la fiscalía de familia y a la DEMUNA para que intervengan antes del sábado.
C: Ya, señorita. Pero que no sepa mi cuñado que yo he llamado, ¿ya?
O: No va a saber. ¿La puedo llamar mañana para contarle?
C: Arí, a este mismo número, es de mi hijo.
O: Sulpayki, mamay. Mañana la llamo.
""", note("family_member", "report", ["other"], 1, True, ["female"], "Puno", "at_risk", "high",
          ["referral_legal", "follow_up_call"],
          "Una tía reporta que el padre de una niña de catorce años acordó entregarla a un hombre adulto a cambio de dinero y animales, que la sacó del colegio y que la entrega es este fin de semana. Se deriva hoy a fiscalía de familia y a la defensoría municipal del niño, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h13-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenos días.
C: Buenos días... mira, chama, yo no sé si esto es pa' acá. Yo estoy en [[LOCATION|Tarapoto]], soy venezolana.
O: Cuénteme, estamos para escucharla. ¿Está en un lugar donde pueda hablar?
C: Sí, ahorita estoy en el mercado, salí a comprar. Tengo hasta las dos, vale.
O: ¿Hasta las dos? ¿Alguien le controla los horarios?
C: La señora del local, pues. Yo vine hace cuatro meses porque una amiga me dijo que aquí había trabajo de anfitriona, de servir tragos, y yo dije dale. Pero al mes la señora me dijo que tenía que pasar con los clientes al cuarto, que así se pagaba el pasaje y la habitación.
O: ¿Y usted le dijo que no?
C: Al principio sí, pero ¿qué iba a hacer? Ella dice que le debo mil ochocientos soles, y tiene fotos de mi niña, que está en [[LOCATION|Maracay]] con mi mamá, dice que sabe dónde viven. Yo no estoy encerrada, ¿ves?, pero tampoco me puedo ir.
O: ¿Hay otras chicas en el local?
C: Sí, dos más. Una colombiana y otra de aquí de [[LOCATION|Moyobamba]] que es una chamita, yo creo que no tiene ni [[AGE|diecisiete]].
O: Le puedo ayudar ahora mismo: avisamos a la policía para que la recojan en el mercado y la llevamos a un albergue, donde va a estar segura.
C: No, no, chama, ahorita no. Si yo no vuelvo, la señora la agarra contra las otras, o llama a alguien allá en [[LOCATION|Venezuela]]. Déjame pensarlo, vale.
O: Lo entiendo. Igual le explico: esa deuda no es legal, usted no ha cometido ningún delito y no la van a deportar por denunciar. Y por la chica menor de edad tenemos que avisar a la fiscalía, sin dar su nombre.
C: Bueno... si no dicen que fui yo, está bien. Eso de la deuda no lo sabía.
O: ¿Le parece que la llamemos mañana a la misma hora, cuando esté en el mercado?
C: Sí, pero escríbeme primero por WhatsApp, no me llames de una. Mañana a la una, dale.
O: Así lo haremos. Cuídese mucho.
""", note("victim", "help_request", ["sexual"], 3, True, ["female"], "San Martín", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una mujer migrante cuenta que la trajeron como anfitriona a un local donde la obligan a ir con clientes para pagar una supuesta deuda, bajo amenazas contra su familia; hay otras dos mujeres, una de ellas adolescente. Rechazó por ahora el rescate y el albergue; se le informó de sus derechos, se avisa a la fiscalía por la menor y se acordó una llamada de seguimiento."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
