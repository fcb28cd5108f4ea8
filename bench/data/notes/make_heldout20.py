#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout20.jsonl: 16 fictional, labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: ../../shared/eval/LABELS.md (fields, allowed
values), ../../shared/eval/make_dev.py (annotation conventions, examples, check())
and make_heldout.py in this folder (call()/note()/build() and the [[TYPE|surface]]
markup; none of its calls' wording is reused).

Mix, meant to look like an ordinary shift: third-party reports (neighbour,
acquaintance, health worker, grandmother, cousin abroad, surf instructor,
Brazilian shopkeeper), victims asking for help (a teenage garment worker, a
migrant cook, a Venezuelan woman who escaped, a man exploited years ago),
information requests (a worried father, a school director), a follow-up call,
and two calls that are not trafficking (an unpaid-wages labour dispute, a woman
looking for the domestic-violence line). Styles: 6 lowercase unpunctuated
Whisper-style Spanish, 4 cased Spanish, 2 English, 1 Portuguese, 1
Spanish/English code-switching, 1 Andean Spanish with Quechua words, 1
Venezuelan Spanish. Regions: coast (Lambayeque, Lima, Piura, Tumbes, Áncash,
Arequipa), Andes (Cusco, Apurímac, Junín), Amazon (Ucayali, San Martín, Loreto)
and one abroad (Spain).

All people, phone numbers, IDs, e-mails, handles, plates, businesses and street
addresses are invented.

Run: python make_heldout20.py   (writes heldout20.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout20.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h20-lower-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches le escucho
C: aló buenas noches este disculpe no sé si es acá donde tengo que llamar es que en mi cuadra hay un karaoke y ahí hay unas chicas que son menores de edad
O: sí señora es aquí tranquila cuénteme dónde está usted
C: en [[LOCATION|chiclayo]] en [[LOCATION|la victoria]] el karaoke se llama [[ORGANIZATION|la chispa de oro]] está en la [[ADDRESS|calle los pinos cuadra cuatro]] al lado de una ferretería
O: qué es lo que ha visto usted
C: mire todas las noches llegan tres chicas jovencitas en un mototaxi como a las nueve y se van recién a las cuatro de la mañana y ellas atienden a los hombres les sirven trago y después se van con ellos al cuarto de atrás eso lo sé porque mi ventana da al patio
O: por qué cree que son menores
C: porque una de ellas la más flaquita es compañera de colegio de mi sobrina tiene [[AGE|quince años]] se llama [[PERSON|yesenia]] creo y las otras son igualitas de chiquitas no creo que pasen de [[AGE|dieciséis]]
O: sabe quién es el dueño o quién las lleva
C: el dueño es un señor que le dicen [[PERSON|cholo fredy]] y el del mototaxi es su sobrino el mototaxi es azul con el número [[OTHER_ID|ciento doce]] en la espalda
O: las chicas viven ahí o regresan a su casa
C: eso no sé señorita yo las veo llegar y salir nomás pero una noche escuché que una lloraba y el señor le gritaba que tenía que pagar lo que debía
O: entiendo lo que usted describe es muy grave vamos a informar a la policía especializada para que intervengan el local hoy mismo me puede dejar un número para volver a llamarla
C: ya pero que no sepan que fui yo porque acá todos se conocen es el [[PHONE_NUMBER|nueve siete nueve tres cero dos uno cuatro ocho]]
O: su identidad queda reservada no se acerque al local y si ve algo más llámenos mañana la llamamos para contarle
C: ya señorita gracias que diosito las cuide
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Lambayeque", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una vecina reporta que tres adolescentes son llevadas cada noche a un karaoke donde atienden a clientes "
          "y pasan con ellos a un cuarto, y que a una de ellas le exigen pagar una deuda. Se informa a la policía "
          "especializada para que intervenga el local y se hará seguimiento."))

call("h20-lower-002", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes joven mire yo quiero poner una denuncia contra mi ingeniero porque no nos paga
O: claro cuénteme qué está pasando
C: yo trabajo en una obra de construcción de un edificio soy oficial de albañil ya tres meses y el mes pasado no nos han pagado ni un sol a ninguno de la cuadrilla dicen que la constructora no les ha depositado
O: usted firmó algún contrato
C: sí sí tengo contrato y mis boletas de los primeros meses todo en regla
O: y le han quitado algún documento o le impiden irse de la obra o lo amenazan
C: no no eso no yo entro a las siete salgo a las cinco me voy a mi casa normal nomás que no pagan pues y uno tiene familia tiene que comer
O: le han obligado a trabajar más horas o le han dicho que tiene alguna deuda con ellos
C: no joven nada de eso es solamente el sueldo que nos deben son como mil ochocientos soles a cada uno
O: entiendo mire por lo que me cuenta esto es un problema laboral no un caso de trata esta línea atiende casos de trata y explotación de personas
C: ah ya y entonces a dónde voy porque nadie me hace caso
O: puede presentar la denuncia en la sunafil que es la superintendencia de fiscalización laboral ahí reciben denuncias por falta de pago es gratuito también puede ir al ministerio de trabajo para una conciliación lleve su contrato y sus boletas
C: ah ya la sunafil y eso puedo ir con mis compañeros también
O: sí es mejor que vayan juntos si son varios trabajadores afectados y si algún día le retienen documentos o no lo dejan salir nos llama
C: ya joven muchas gracias disculpe la molestia
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un obrero de construcción llama porque a su cuadrilla no le han pagado el último mes, sin retención de "
          "documentos, amenazas ni restricción de movimiento. Se le explicó que es un conflicto laboral y se le "
          "orientó a acudir a la autoridad de fiscalización laboral."))

call("h20-lower-003", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: aló señorita este ayúdeme por favor yo estoy trabajando en un taller y ya no quiero regresar
O: te escucho dónde estás ahora estás en un lugar seguro
C: estoy en la calle me mandaron a comprar hilos estoy en [[LOCATION|gamarra]] en [[LOCATION|la victoria]] estoy en una bodega al frente del [[ADDRESS|parque cánepa]]
O: cómo te llamas y cuántos años tienes
C: me llamo [[PERSON|wilmer]] tengo [[AGE|dieciséis años]] soy de [[LOCATION|huánuco]] de [[LOCATION|panao]]
O: cuéntame qué pasa en el taller
C: un señor fue a mi pueblo dijo que me iba a pagar seiscientos soles y que iba a poder estudiar en la noche pero acá cosemos polos desde las seis de la mañana hasta la medianoche dormimos en el mismo taller en el piso y en la noche cierran con candado
O: te han pagado algo
C: nada señorita dice que le debo el pasaje y la comida ya van cinco meses y no me deja llamar a mi mamá este celular es de la señora de la bodega
O: hay más chicos contigo en el taller
C: sí somos cuatro tres chicos y una chica todos de mi provincia la chica tiene [[AGE|catorce]]
O: [[PERSON|wilmer]] hiciste muy bien en llamar no regreses al taller quédate en la bodega con la señora voy a enviar ahora a la policía para que te recojan y luego te llevamos a un lugar seguro cómo se llama la bodega
C: bodega [[ORGANIZATION|doña chela]] es la que tiene el toldo verde
O: perfecto ya están avisados y también van a ir al taller por los otros chicos sabes la dirección del taller
C: es en el [[ADDRESS|jirón san cristóbal ochocientos cuarenta tercer piso]] el dueño se llama don [[PERSON|eusebio]]
O: gracias quédate ahí no cuelgues si puedes la policía ya va en camino
""", note("victim", "help_request", ["labour"], 4, True, ["female", "male"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Un adolescente llama desde la calle tras salir a un mandado: trabaja en un taller textil sin pago por "
          "una supuesta deuda, con jornadas extenuantes y encierro nocturno, junto a otros tres menores. Se envía "
          "a la policía a recogerlo y a intervenir el taller, y se coordina un albergue."))

call("h20-lower-004", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes señorita yo ya he llamado antes hace como tres semanas por mi hija la que se había ido a [[LOCATION|atalaya]]
O: sí señor me da su nombre para buscar el caso
C: [[PERSON|teodoro]] [[PERSON|teodoro sánchez panaifo]] de [[LOCATION|pucallpa]] mi hija es [[PERSON|kiara]]
O: ya ubiqué el caso señor [[PERSON|teodoro]] su hija de [[AGE|quince años]] que estaba en un bar en el puerto cómo está ella
C: ya regresó señorita gracias a dios la policía hizo una intervención en el bar [[DATE_TIME|el viernes]] y la sacaron y ayer la trajo la fiscalía hasta la casa
O: qué buena noticia y cómo se encuentra ella
C: está callada no quiere comer no quiere salir ni al patio tiene pesadillas en la noche grita y mi señora está muy preocupada
O: es normal después de lo que ha vivido necesita apoyo psicológico y también un control médico ya la han visto en un centro de salud
C: no señorita todavía no nadie nos ha dicho a dónde llevarla
O: la vamos a derivar al centro de salud mental comunitario de su zona para que la atiendan y también a un médico además la fiscalía va a continuar el proceso contra los dueños del bar usted tiene abogado
C: no tenemos plata para abogado señorita y dicen que el dueño ya salió y tengo miedo que venga a buscarla
O: le vamos a derivar a la defensa pública para víctimas es gratuito ellos pueden pedir medidas de protección para su hija si ve a esa persona cerca de su casa llame al ciento cinco de inmediato
C: ya señorita anótelo mi número es el mismo [[PHONE_NUMBER|nueve seis uno cuatro cero ocho siete dos tres]]
O: perfecto señor la próxima semana la llamamos para ver cómo va
C: gracias señorita que dios le bendiga
""", note("family_member", "follow_up", ["sexual"], 1, True, ["female"], "Ucayali", "past", "medium",
          ["referral_health", "referral_legal", "follow_up_call"],
          "Un padre llama en seguimiento de un caso anterior: su hija adolescente fue rescatada de un bar donde era "
          "explotada y ya está en casa, pero presenta signos de trauma y la familia teme represalias. Se deriva a "
          "atención de salud mental y médica y a defensa pública gratuita, con seguimiento."))

call("h20-lower-005", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita una consulta nomás le llamo desde [[LOCATION|abancay]]
O: dígame con confianza
C: es por mi hijo tiene [[AGE|dieciséis años]] y un señor ha venido a la comunidad a buscar chicos para la cosecha de café en [[LOCATION|la convención]] en [[LOCATION|quillabamba]] dice que pagan cincuenta soles diario con comida y cuarto
O: su hijo ya aceptó ese trabajo
C: todavía no pero quiere ir señorita porque aquí no hay trabajo y el señor dice que salen [[DATE_TIME|el lunes]] en un camión y que tienen que dejarle su dni a él para apuntarlos
O: sabe cómo se llama el señor o para qué finca es
C: le dicen tío [[PERSON|ruperto]] nomás no sé el apellido dice que es para la finca de un tal [[PERSON|zamalloa]] yo no conozco
O: ya le cuento algunas cosas que son señales de alerta que se lleven a menores de edad sin sus padres que pidan quedarse con el dni y que no haya contrato ni dirección exacta de la finca
C: ah ya yo pensé que era normal lo del dni
O: no es normal nadie debe quedarse con los documentos de su hijo además un adolescente de su edad solo puede trabajar con autorización y en trabajos que no sean peligrosos y no puede dejar el colegio
C: entonces mejor que no vaya
O: le recomendamos que no lo deje ir en esas condiciones si quiere puede pedir al señor un contrato por escrito y la dirección de la finca y si otras familias están mandando a sus hijos también pueden llamarnos es gratis las veinticuatro horas
C: ya señorita voy a avisar también a las otras mamás gracias
""", note("family_member", "information_request", ["labour"], 1, True, ["male"], "Cusco", "at_risk", "medium",
          ["information_given"],
          "Un padre consulta por una oferta de un reclutador para llevar a su hijo adolescente y a otros jóvenes de "
          "la comunidad a una cosecha en otra provincia, quedándose con sus documentos. Se explicaron las señales de "
          "alerta y las condiciones del trabajo adolescente, y se recomendó no dejarlo viajar."))

call("h20-lower-006", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita disculpe la hora este no sé si ustedes ven cosas que ya pasaron hace tiempo
O: sí claro cuénteme
C: hace como dos años yo y mi hermano trabajamos en una chacra en [[LOCATION|concepción]] de un señor que tiene granja de cuyes y sembríos de alcachofa nos trajeron de [[LOCATION|huancavelica]]
O: y qué pasó en ese trabajo
C: ocho meses trabajamos señorita de lunes a domingo y nunca nos pagó decía que al final de la campaña y nos tenía durmiendo en el corral al lado de los animales y el capataz tenía nuestros dni no nos dejaba ir al pueblo
O: cómo salieron de ahí
C: un día mi hermano se enfermó fuerte y lo llevamos a la posta ahí nos escapamos y ya no volvimos nos regresamos a la casa sin nada
O: ahora están bien están seguros
C: sí ahora estamos en [[LOCATION|huancayo]] trabajando en otra cosa pero ese señor sigue trayendo gente yo he visto en el facebook que sigue buscando peones
O: lo que me cuenta puede ser trata con fines de explotación laboral y aunque haya pasado tiempo todavía se puede denunciar cómo se llama el señor
C: [[PERSON|hilario]] [[PERSON|hilario ñahuincopa]] y el capataz le dicen [[PERSON|chino]] nosotros queremos saber si podemos reclamar lo que nos debe
O: sí pueden hacer la denuncia en la fiscalía y además reclamar la reparación los vamos a derivar a un abogado gratuito de la defensa pública que los oriente me deja un número
C: sí es el [[PHONE_NUMBER|nueve cinco cuatro siete siete uno cero dos seis]] me llamo [[PERSON|rolando]]
O: gracias [[PERSON|rolando]] la defensa pública lo va a llamar esta semana
C: ya señorita gracias por escucharme
""", note("victim", "help_request", ["labour"], 2, False, ["male"], "Junín", "past", "low",
          ["referral_legal", "information_given"],
          "Un hombre cuenta que hace dos años él y su hermano trabajaron meses sin pago en una chacra, durmiendo en "
          "un corral y con sus documentos retenidos, hasta que escaparon; el empleador sigue reclutando peones. Se "
          "le informó que aún puede denunciar y se le derivó a defensa pública gratuita."))

# ------------------------------------------------------- cased Spanish ----

call("h20-cased-001", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla la obstetra [[PERSON|Nelly Ríos]], del [[ORGANIZATION|puesto de salud Santa Rosa]], en [[LOCATION|Moyobamba]]. Quería reportar un caso, o consultar, no sé bien cómo clasificarlo.
O: Cuénteme, licenciada.
C: Ayer vino a control una chica de [[AGE|15 años]], está de cinco meses de embarazo. Vino acompañada de una señora que dice ser su "madrina", y la señora no la dejaba hablar, contestaba todo por ella.
O: ¿Pudo hablar con la chica a solas?
C: Sí, con la excusa de la ecografía. Me contó que es de una comunidad de [[LOCATION|Alto Mayo]], que su mamá la entregó a esta señora hace dos años para que estudie, pero que nunca la matricularon. Lava, cocina, atiende una tienda de abarrotes todo el día y no le pagan. Y del embarazo... dijo que es del hijo de la señora, un hombre de como [[AGE|treinta]], y se puso a llorar.
O: Eso es muy grave, licenciada. Aparte de la violencia sexual, lo que describe es servidumbre doméstica de una menor. ¿Sabe dónde viven?
C: En el [[ADDRESS|jirón Pedro Canga, cuadra siete]], la tienda se llama [[ORGANIZATION|Bodega Mi Milagrito]]. La señora se llama [[PERSON|Elvira]], el apellido no lo registró.
O: ¿La chica tiene su documento?
C: No, dijo que la madrina lo guarda. Nosotros la citamos para el próximo control, el [[DATE_TIME|jueves 18]].
O: Muy bien. Vamos a derivar el caso hoy mismo a la fiscalía de familia y a la policía especializada, y también a la unidad de protección de menores, que puede dictar una medida para separarla de esa casa. Le pido que guarde su historia clínica y que no comente nada a la señora.
C: Entendido. ¿Y si la señora ya no la trae al control?
O: Avísenos de inmediato. Déjeme un número directo, por favor.
C: Mi celular es el [[PHONE_NUMBER|942 617 085]].
O: Gracias, licenciada. La llamamos antes del jueves para coordinar.
""", note("professional", "report", ["domestic_servitude"], 1, True, ["female"], "San Martín", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una obstetra reporta a una adolescente embarazada entregada por su familia a una mujer con la promesa de "
          "estudiar, que trabaja sin pago en la casa y la tienda, sin documento, y que habría sido abusada por el "
          "hijo de la mujer. Se deriva a fiscalía de familia, policía especializada y protección de menores, con "
          "seguimiento."))

call("h20-cased-002", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... ¿Es la línea para las mujeres? ¿La de la violencia?
O: Esta es la línea contra la trata de personas. ¿Qué le está pasando, señora?
C: Ay, me equivoqué. Es que... mi esposo. Anoche me pegó otra vez, delante de mis hijos. Yo busqué en internet y me salió este número.
O: Hizo bien en llamar. ¿Está usted en un lugar seguro ahora? ¿Él está en la casa?
C: No, ahorita estoy donde mi hermana. Él se fue a trabajar, regresa tarde.
O: ¿Está herida? ¿Necesita atención médica?
C: Tengo un moretón en el brazo y me duele la cabeza, pero estoy bien. No es la primera vez.
O: Lo siento mucho. Mire, lo que usted está viviendo es violencia familiar, y hay una línea especializada: la Línea 100, también es gratuita y atiende las 24 horas. Ellos la pueden acompañar a poner la denuncia y le dan apoyo legal y psicológico.
C: ¿La Línea 100? ¿Solo marco 100?
O: Sí, desde cualquier teléfono. También puede ir al Centro de Emergencia Mujer más cercano. Y si él vuelve y usted está en peligro, llame de inmediato al 105, a la policía.
C: Ya... Tengo miedo de denunciarlo, porque él es el que trabaja.
O: La entiendo. En la Línea 100 le explican todas las opciones, incluidas las medidas de protección y la pensión para sus hijos. ¿Quiere que le repita el número?
C: No, ya lo anoté. Cien. Gracias, señorita.
O: Cuídese mucho. Si en algún momento alguien la obliga a trabajar o la retiene, también puede llamarnos aquí.
C: Gracias. Voy a llamar ahorita.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "medium", ["information_given"],
          "Una mujer llama por error buscando la línea de violencia familiar, tras ser agredida por su esposo. Se le "
          "dio la información de la línea especializada y del centro de emergencia para mujeres, y se le indicó "
          "llamar a la policía si está en peligro."))

call("h20-cased-003", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Llamo por una amiga, bueno, la hija de una amiga, que está metida en algo raro y no sé si es trata o qué.
O: La escucho. ¿Qué está pasando?
C: Se llama [[PERSON|Fiorella]], tiene [[AGE|19]]. Hace unos meses respondió un anuncio de "modelo webcam", que se ganaba en dólares desde casa. La llevaron a un departamento en [[LOCATION|Arequipa]], en [[LOCATION|Cayma]], donde hay varias chicas que hacen transmisiones, y al principio le pagaban.
O: ¿Y qué cambió?
C: Ahora dice que le deben plata por el alquiler, el maquillaje, la ropa, y que no le dan lo que gana. Le quitaron el celular, solo la dejan usar uno del departamento, y la obligan a hacer cosas en cámara que ella no quiere. Me escribió ayer por Facebook desde la computadora cuando estaba sola.
O: ¿Ella puede salir del departamento?
C: Dice que sale con una de las encargadas, nunca sola. La dueña es una tal [[PERSON|Kelly]], y el que cobra es su pareja, le dicen [[PERSON|Rambo]].
O: ¿Sabe cuántas chicas más hay?
C: Tres más, creo. Una, dice, tiene [[AGE|17]], es de [[LOCATION|Camaná]]. La plataforma usa el nombre [[OTHER_ID|LatinAngelsAQP]].
O: ¿Tiene la dirección del departamento?
C: Sé que es un edificio blanco en la [[ADDRESS|calle Los Arces, frente al colegio San Pedro]], cuarto piso. El número exacto no lo sé.
O: Lo que me cuenta tiene rasgos de trata con fines de explotación sexual: deuda, retención del teléfono, control de salidas y actos forzados. Vamos a derivarlo a la fiscalía especializada y a la división de trata de la policía. Por favor guarde los mensajes de Facebook, no los borre.
C: Ya. ¿Y le digo algo a ella?
O: Si vuelve a escribirle, dígale que puede llamar gratis a esta línea a cualquier hora y que no está cometiendo ningún delito. ¿Me deja un número para contactarla?
C: Sí, [[PHONE_NUMBER|958 330 412]]. Soy [[PERSON|Giovanna]].
O: Gracias, [[PERSON|Giovanna]]. En dos o tres días la llamamos para saber si hubo novedades.
""", note("acquaintance", "report", ["sexual"], 4, True, ["female"], "Arequipa", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una conocida reporta que una joven captada con una oferta de modelaje por internet es obligada a hacer "
          "transmisiones sexuales en un departamento, con una deuda impuesta, sin su teléfono y sin poder salir sola, "
          "junto a otras mujeres, una de ellas adolescente. Se deriva a la fiscalía y a la policía especializada, con "
          "seguimiento."))

call("h20-cased-004", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Soy el director de un colegio secundario en [[LOCATION|Zarumilla]], en [[LOCATION|Tumbes]]. Mi nombre es [[PERSON|Hernán Zapata]], del [[ORGANIZATION|colegio José Olaya]].
O: Mucho gusto, profesor. Dígame.
C: Mire, no tengo un caso concreto, pero estamos preocupados. Los chicos comentan que por TikTok y WhatsApp les llegan ofertas de trabajo al otro lado, en [[LOCATION|Ecuador]]: de impulsadoras, de ayudantes en camaroneras, pagan bien, pasaje incluido. Y dos chicas de quinto dejaron de venir el año pasado y nadie supo bien a dónde se fueron.
O: Entiendo. En zonas de frontera es una forma frecuente de captación. ¿Qué le gustaría hacer?
C: Quería saber si ustedes dan charlas para los alumnos, y para los padres también. Y qué señales tenemos que vigilar los profesores.
O: Sí, coordinamos charlas de prevención con los colegios. Le adelanto algunas señales: alumnos que faltan seguido, que de pronto tienen celulares o ropa cara, que hablan de un "novio" mayor o de un trabajo fuera con todo pagado, o que les piden fotos o documentos por redes.
C: Eso del novio mayor sí lo hemos visto, la verdad.
O: Si tienen un caso concreto, nos pueden llamar para derivarlo a la fiscalía, y la DEMUNA también puede intervenir. ¿A qué correo le envío el material y la solicitud para la charla?
C: A [[EMAIL_ADDRESS|hzapata.olaya@gmail.com]]. Y mi celular es el [[PHONE_NUMBER|972 145 608]].
O: Perfecto. Hoy le envío el material, y la próxima semana lo llama la coordinadora de prevención para fijar la fecha.
C: Muchas gracias. Mientras antes, mejor.
""", note("professional", "information_request", ["unknown"], 0, True, [], "Tumbes", "at_risk", "low",
          ["information_given", "follow_up_call"],
          "Un director de colegio de frontera consulta porque sus alumnos reciben ofertas de trabajo en el extranjero "
          "por redes sociales y algunas alumnas dejaron de asistir. Se le explicaron señales de alerta, se le enviará "
          "material y se coordinará una charla de prevención."))

# ------------------------------------------------------------- English ----

call("h20-en-001", "en", "english", """
O: Línea contra la trata, buenas tardes.
C: Hi, uh, hello. Do you speak English? Sorry.
O: Yes, I can help you in English. What's going on?
C: Okay, great. So, I run a small surf school in [[LOCATION|Lobitos]], up north, near [[LOCATION|Talara]]. My name's [[PERSON|Dylan Mercer]]. There's this local kid, he's like [[AGE|fifteen]], [[AGE|sixteen]] maybe, who used to hang around and help us wax boards. Nice kid.
O: And what's worrying you about him?
C: For the past month or so he's been selling stuff to tourists on the beach. Weed, and I think coke too. And it's not his thing, you know? He told me some guys from [[LOCATION|Sullana]] make him do it, they give him the bags in the morning and take all the money at night.
O: Did he say what happens if he refuses?
C: Yeah. He said they told him they'd hurt his little sister. And last week he had a cut on his eyebrow, said he "fell". He's terrified.
O: Do you know his name, or the names of these men?
C: He's [[PERSON|Josué]]. I don't know his last name. The guy in charge, the kids call him [[PERSON|Caballo]]. He drives a red pickup, I got part of the plate, starts with [[OTHER_ID|M4T]].
O: Thank you, that's helpful. What you're describing is a child being forced to commit crimes, and that's a form of trafficking. He should be treated as a victim, not a criminal.
C: That's what I thought. I didn't want to call the police and have them just arrest him.
O: We'll refer this to the family prosecutor and the specialised police unit in [[LOCATION|Piura]], and explain that he's a victim. Does he live with his family?
C: With his grandma, I think, in the village. She's a really sweet lady.
O: Okay. Please don't confront these men. Can I have a number to reach you?
C: Sure, it's [[PHONE_NUMBER|+51 969 032 774]], WhatsApp works best.
O: Thanks, [[PERSON|Dylan]]. We'll call you later this week to let you know what's happening.
C: Thanks a lot. I really hope he's going to be okay.
""", note("acquaintance", "report", ["forced_criminality"], 1, True, ["male"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "A local business owner reports that a teenage boy is being forced by a gang to sell drugs to tourists, "
          "under threats against his family, and recently appeared injured. The case is referred to the family "
          "prosecutor and specialised police as a victim case, with follow-up."))

call("h20-en-002", "en", "english", """
O: Línea contra la trata, good evening. How can I help?
C: Good evening, madam. Please, I need help. I am from [[LOCATION|India]], I am a cook. I am working in a restaurant in [[LOCATION|Lima]].
O: I'm listening. Are you safe to talk right now?
C: Yes, now is my break, I am outside, behind the kitchen. Ten minutes only.
O: Okay. Tell me what's happening.
C: An agent in [[LOCATION|Chennai]] told me good job in [[LOCATION|Peru]], twelve hundred dollars. I paid him three thousand dollars for the visa and ticket. Here the owner says my salary is only four hundred soles, and he keeps it for the debt. Eleven months, I received nothing. He has my passport.
O: Where do you sleep?
C: Upstairs in the restaurant, with two other cooks from [[LOCATION|Kerala]], also men. One room, no window. He locks the door from outside at night, he says for security.
O: That's not legal. What's the name of the restaurant, and where is it?
C: [[ORGANIZATION|Spice Garden Curry House]], in [[LOCATION|Miraflores]], near [[ADDRESS|Parque Kennedy, on Diez Canseco street]]. The owner is Mr. [[PERSON|Rajan]].
O: Are you or the others hurt?
C: Not hitting. But he shouts, he says if we go to police, immigration will put us in jail because our visa is finished.
O: You won't go to jail. You're victims of forced labour, and you have rights here even if your visa has expired. We can arrange a shelter for the three of you, and a lawyer to help you recover your passports and your pay. Do you want to leave?
C: Yes. All three, we want to leave. But the door is locked at night.
O: Then we'll plan it for the daytime. Can I have a number that's safe to call?
C: This is my number, [[PHONE_NUMBER|+51 917 508 226]]. Message on WhatsApp, after three o'clock he sleeps.
O: Understood. Tomorrow after three I'll message you with the plan, together with the police. Delete this call from your phone.
C: Thank you, madam. Thank you.
""", note("victim", "help_request", ["labour"], 3, False, ["male"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
          "A migrant cook reports that he and two compatriots work at a restaurant without pay to repay a recruitment "
          "debt, with their passports held and locked in their room at night. A daytime exit with police, shelter and "
          "legal help is being arranged."))

# ---------------------------------------------------------- Portuguese ----

call("h20-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite. Desculpa, eu não falo bem espanhol. Posso falar em português?
O: Sim, pode falar, eu entendo. O que está acontecendo?
C: Meu nome é [[PERSON|Rosângela]]. Eu tenho uma lojinha em [[LOCATION|Tabatinga]], no [[LOCATION|Brasil]], mas eu atravesso todo dia pra [[LOCATION|Santa Rosa]], do lado peruano, pra vender roupa.
O: Entendo. E o que a senhora viu?
C: Tem um bar lá perto do embarcadouro, o [[ORGANIZATION|Bar Flutuante do Nego]], e tem duas meninas peruanas que ficam lá toda noite. Elas são crianças, moça, têm uns [[AGE|treze]], [[AGE|catorze anos]]. Os homens chegam de barco, bebem e levam elas pro quarto dos fundos.
O: A senhora sabe quem leva as meninas ou quem é o dono?
C: O dono é um peruano que chamam de [[PERSON|Chueco]]. E tem uma mulher que cobra dos homens. Uma das meninas me disse que veio de [[LOCATION|Caballococha]] pra trabalhar de babá, e que não deixam ela voltar pra casa.
O: Desde quando a senhora vê isso?
C: Faz umas três semanas. Ontem uma delas tinha o olho roxo. Eu não consigo dormir pensando nisso.
O: A senhora fez muito bem em ligar. Vamos avisar a polícia peruana de [[LOCATION|Loreto]] e a fiscalía para que intervenham no bar. A senhora pode deixar um número?
C: Pode. É [[PHONE_NUMBER|+55 97 98134 2207]], tem WhatsApp. Mas por favor, não fala meu nome, eu passo por lá todo dia.
O: Seu nome fica em sigilo. Não fale nada com eles, certo? Amanhã eu ligo pra senhora pra contar o que foi feito.
C: Tá bom. Obrigada, moça. Deus abençoe.
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una comerciante extranjera que cruza la frontera a diario reporta que dos niñas son explotadas sexualmente "
          "cada noche en un bar junto a un embarcadero, tras ser llevadas con una oferta de trabajo como niñeras, y "
          "que una tenía un golpe en el ojo. Se alerta a la policía y la fiscalía para intervenir, con seguimiento."))

# ------------------------------------------------------ code-switching ----

call("h20-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, hola, buenas tardes. Sorry, mi español está medio oxidado, I grew up in [[LOCATION|New Jersey]]. Llamo por mi prima, que está en [[LOCATION|España]].
O: No hay problema, puede hablar como le sea cómodo. ¿Qué le pasa a su prima?
C: Ok, so, se llama [[PERSON|Maribel]], tiene [[AGE|thirty-four]], she's from [[LOCATION|Trujillo]]. Una agencia en [[LOCATION|Lima]] la mandó a [[LOCATION|Madrid]] para cuidar a una señora mayor, like a caregiver, interna. Supuestamente con contrato.
O: ¿Y qué está pasando allá?
C: The family took her passport el primer día, "para los papeles". Trabaja literally 24/7, la señora no duerme de noche y ella tampoco. No tiene día libre, and they pay her like three hundred euros, cuando le prometieron mil doscientos. She can't go out, el hijo de la señora cierra con llave cuando se va.
O: ¿Cómo se comunica con ella?
C: Por WhatsApp, a escondidas, de noche. Ayer me dijo que el hijo le gritó y le tiró un plato. She's scared, dice que si se queja la van a denunciar por ilegal.
O: ¿Sabe el nombre de la agencia de [[LOCATION|Lima]]?
C: [[ORGANIZATION|Global Care Perú]], creo. Tenían una página en Facebook pero ya la borraron.
O: Lo que describe es servidumbre doméstica y puede ser trata, aunque ella sea adulta y haya viajado por su voluntad. Vamos a comunicar el caso al consulado peruano en [[LOCATION|Madrid]], que coordina con la policía española, y a la fiscalía aquí para investigar a la agencia.
C: Okay, good. ¿Y ella qué puede hacer mientras tanto?
O: En [[LOCATION|España]] también hay una línea de atención a víctimas de trata; le voy a enviar el número. Y que guarde los mensajes. Su situación migratoria no le impide pedir ayuda como víctima.
C: Got it. Mi número es [[PHONE_NUMBER|+1 201 555 0187]], and my email, [[EMAIL_ADDRESS|kvaldivia.nj@gmail.com]]. Soy [[PERSON|Karina Valdivia]].
O: Gracias, [[PERSON|Karina]]. Le escribo hoy con los datos y la llamamos en unos días para saber cómo sigue su prima.
C: Thank you so much, de verdad. I didn't know who else to call.
""", note("family_member", "report", ["domestic_servitude"], 1, False, ["female"], "España", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una familiar que vive en el extranjero reporta que su prima fue enviada por una agencia a otro país como "
          "cuidadora interna y ahora trabaja sin descanso por un pago muy inferior al prometido, con el pasaporte "
          "retenido, encerrada y con maltrato. Se comunica al consulado y a la fiscalía, se le dio información para la "
          "víctima y se hará seguimiento."))

# ------------------------------------------ Andean Spanish with Quechua ----

call("h20-andean-001", "es", "andean_quechua", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Disculpe, yo llamo de [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Huancabamba]]. Mi nieta, pues, mi wawa... no sé a quién avisar.
O: La escucho, mamita. Hable con calma. ¿Qué le pasa a su nieta?
C: Mi nieta [[PERSON|Yolanda]], tiene [[AGE|catorce años]] nomás. Su papá, mi yerno, la quiere dar a un señor de la mina, un señor mayor ya, de [[AGE|cuarenta]] será. Le ha dado plata a mi yerno, y dos vaquitas también, y dice que se la va a llevar para que sea su mujer.
O: ¿Su nieta ya está con ese señor?
C: Manam, todavía no. Dice que después de la fiesta del pueblo, [[DATE_TIME|el treinta de este mes]], se la lleva a [[LOCATION|Chalhuanca]], donde tiene su mina. La sipascha llora y llora, ella quiere seguir en el colegio.
O: ¿Y la mamá de la niña qué dice?
C: Mi hija tiene miedo, señorita. Mi yerno es borracho, le pega. Ñuqa también tengo miedo, pero no puedo quedarme callada, pues.
O: Hizo muy bien en llamar. Lo que me cuenta es grave: a una niña no la pueden entregar a un adulto a cambio de plata o animales. Eso es un delito y puede ser trata. ¿Sabe cómo se llama el señor?
C: Le dicen don [[PERSON|Policarpio]]. Apellido no sé. Tiene camioneta plomo.
O: Vamos a avisar a la fiscalía de familia y a la DEMUNA de [[LOCATION|Andahuaylas]] para que protejan a su nieta antes de esa fecha. ¿Tiene un número donde la podamos llamar?
C: El celular de mi otro hijo, señorita, [[PHONE_NUMBER|novecientos ochenta y tres, cuatrocientos diez, quinientos sesenta y dos]]. Yo me llamo [[PERSON|Asunta]].
O: Gracias, mamá [[PERSON|Asunta]]. Si ese señor viene antes a llevársela, llame al 105 o aquí mismo. Esta semana la llamamos.
C: Ya, señorita. Diospagrasunki, gracias.
""", note("family_member", "report", ["other"], 1, True, ["female"], "Apurímac", "at_risk", "high",
          ["referral_legal", "follow_up_call"],
          "Una abuela reporta que el padre de su nieta adolescente acordó entregarla a un hombre adulto como pareja a "
          "cambio de dinero y animales, y que se la llevarían en pocas semanas. Se deriva a la fiscalía de familia y a "
          "la defensoría municipal del niño para protegerla antes de esa fecha, con seguimiento."))

# ------------------------------------------------------ Venezuelan Spanish ----

call("h20-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Mira, disculpa, yo no sé si esto es con ustedes, pero una amiga me pasó el número.
O: Claro, cuénteme con confianza. ¿Está usted segura ahora?
C: Sí, ahorita sí. Yo me salí de ahí la semana pasada, gracias a Dios. Estoy en [[LOCATION|Chimbote]], en casa de una pana que me está dando posada con mi chamo.
O: ¿De dónde se salió?
C: De un spa, vale, un "spa de masajes" en [[LOCATION|Nuevo Chimbote]]. Me llamo [[PERSON|Yusmary]], tengo [[AGE|veintiséis]]. La dueña me dijo que era para masajes normales, y cuando llegué me dijo que tenía que hacer "servicios completos" con los clientes o le debía el cuarto y la comida. Y me quitó el pasaporte.
O: ¿Cuánto tiempo estuvo ahí?
C: Como dos meses, chama. Dos meses horribles. Me salí un día que la dueña no estaba, con lo que tenía puesto. El pasaporte se quedó allá.
O: ¿Su hijo estaba con usted allá?
C: No, gracias a Dios. El chamo se quedaba con mi pana, yo lo veía los domingos nomás. Ella no sabía nada de lo que me hacían.
O: ¿Cómo se llama el local y la dueña?
C: [[ORGANIZATION|Spa Relax Oriental]], en la [[ADDRESS|avenida Pacífico, al lado de un chifa]]. La dueña es la señora [[PERSON|Jacqueline]], y hay un tipo que le dicen el [[PERSON|Gocho]] que hace de chofer. Ese me mandó un mensaje ayer diciéndome que me está buscando. Qué ladilla, tengo un miedo...
O: Lo siento mucho. Usted es víctima de explotación sexual, no ha hecho nada malo. Podemos llevarla con su hijo a un albergue seguro y ponerla en contacto con una abogada para denunciar y recuperar su pasaporte. ¿Le parece?
C: Sí, por favor. Aquí donde mi pana no puedo quedarme mucho, y con ese tipo buscándome...
O: ¿Me da un número donde llamarla?
C: [[PHONE_NUMBER|+51 924 663 190]]. Es WhatsApp también.
O: Perfecto, [[PERSON|Yusmary]]. En una hora la llamo con los datos del albergue. Guarde ese mensaje del chofer, no lo borre.
C: Dale, gracias. De verdad, gracias.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Áncash", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una mujer migrante cuenta que escapó de un supuesto spa de masajes donde la obligaban a prostituirse bajo "
          "una deuda y le retuvieron el pasaporte, y que el chofer del local la está buscando. Se coordina un albergue para ella y su hijo y asesoría legal, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
