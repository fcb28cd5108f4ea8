#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout37.jsonl: 16 fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and ./make_heldout.py
(for call(), note(), build() and the [[TYPE|surface]] markup). The writer never saw
the drafter or any other project file. All people, phone numbers, IDs, vessels,
businesses and addresses are invented.

Mix (16 calls, ids h37-*):
  * styles: 5 lowercase unpunctuated Whisper-style Spanish (lowercase_asr), 5 cased
    Spanish (plain), 2 English (plain), 1 Brazilian Portuguese (portuguese),
    1 Venezuelan Spanish (venezuelan), 1 Spanish/English code-switching
    (code_switching), 1 Andean Spanish with Quechua words (andean_quechua);
  * unusual callers: bus-terminal clerk, ER nurse, boy on a borrowed phone, foreign
    fishing crew, hostel owner, taxi driver (follow-up), foreign volunteer, teacher,
    domestic worker abroad, job-ad question, a not-trafficking report, a wrong number.
PII conventions follow make_dev.py (titles/articles outside PERSON spans, cue words
outside ID spans, AGE keeps the unit when said, relative dates unlabelled, country
names are LOCATION, hotline number and 105 are not PII).

Run: python3 make_heldout37.py   (writes heldout37.jsonl next to this script)
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout37.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------------------ calls 1-4 ----

call(
    "h37-lower-bus-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita disculpe la molestia le hablo desde el terminal terrestre de [[LOCATION|huamanga]] yo trabajo en la boletería de [[ORGANIZATION|transportes qori ñan]] y no sé si estoy exagerando pero un señor me ha dejado preocupada
O: no se preocupe para eso estamos cuénteme qué vio
C: hace como media hora vino un señor a comprar cuatro pasajes para el bus de la noche uno para él y tres para unos chicos dos chicas y un chico se ve que son de comunidad hablan quechua entre ellos y están con sus ojotas y su mantita
O: qué edad cree que tienen
C: chiquitos son el señor me pasó los dni para el manifiesto y la más chiquita tiene [[AGE|catorce años]] recién cumplidos los otros dos no me acuerdo bien [[AGE|quince]] [[AGE|dieciséis]] por ahí
O: y los chicos tienen sus documentos con ellos
C: no ese es el tema el señor se los guardó en su casaca ni siquiera se los devolvió a ellos él se llama [[PERSON|teodoro ccori]] su dni es [[ID_NUMBER|41273985]] todo queda en el manifiesto
O: los chicos le dijeron a dónde van o a qué
C: a la chica le pregunté mientras el señor fue al baño y me dijo que les van a conseguir trabajo lejos pero no sabía de qué no sabía ni el nombre del sitio y cuando el señor volvió le habló fuerte en quechua y ya no me quiso mirar
O: viajan con algún familiar con su papá o su mamá
C: no ningún familiar solo el señor yo le pedí la autorización notarial de viaje de menores y me dijo que los papás ya vienen con el papel que lo esperan en el otro terminal y se fue a sentar al fondo de la sala de espera
O: a qué hora sale el bus
C: a [[DATE_TIME|las diez y cuarenta]] o sea en cuarenta minutos más o menos ahorita están sentados en la sala de espera del segundo piso
O: lo que me cuenta tiene varias señales de alerta menores que viajan sin sus padres ni permiso un adulto que les retiene los documentos y un trabajo que ellos mismos no conocen voy a comunicar ahora mismo a la policía para que intervenga antes de que salga el bus
C: ya pero yo qué hago le cancelo el pasaje o no
O: no haga nada que lo alerte no lo enfrente si la policía todavía no llega a la hora de embarque avise a su supervisor para que demoren la salida con cualquier excusa
C: mi supervisor es el señor [[PERSON|pillaca]] está acá al costado ahorita le cuento
O: me puede dar un número donde la policía la pueda ubicar
C: sí mi celular es [[PHONE_NUMBER|966 481 207]] me llamo [[PERSON|yesenia]] pero por favor que no salga mi nombre en ningún papel
O: su identidad queda reservada [[PERSON|yesenia]] la comisaría del terminal ya está avisada y más tarde le devolvemos la llamada para saber qué pasó con los chicos
C: ya señorita gracias ojalá que me equivoque nomás
O: gracias a usted hizo muy bien en llamar
""",
    note(
        "witness",
        "report",
        ["unknown"],
        3,
        True,
        ["female", "male"],
        "Ayacucho",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una empleada de un terminal de buses reporta que un adulto sin vínculo familiar está por viajar con tres "
        "adolescentes de una comunidad rural, les retiene los documentos, no tiene autorización de viaje y ellos no "
        "saben en qué van a trabajar. Se alertó a la policía para intervenir antes de la salida del bus y se hará "
        "seguimiento.",
    ),
)

call(
    "h37-plain-nurse-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Soy enfermera de emergencia de la [[ORGANIZATION|Clínica Los Manglares]], en [[LOCATION|Tumbes]]. Le llamo casi a escondidas desde la estación de enfermería, porque tenemos una paciente que creo que... que la están obligando a prostituirse.
O: Gracias por llamar. Cuénteme con calma, ¿por qué lo cree?
C: Llegó hace dos horas con un corte en la mano y golpes en las costillas. La trajo un hombre que dice que es su enamorado, pero no la deja sola ni un minuto, contesta él por ella. Cuando lo mandé a pagar a caja, ella me dijo bajito que es de [[LOCATION|Ecuador]], que la tienen en un local en [[LOCATION|Aguas Verdes]] y que si no atiende a diez clientes por noche no le dan de comer. Y que le quitaron la cédula.
O: ¿Le dijo su nombre o su edad?
C: Dio el nombre de [[PERSON|Daniela]], pero no sé si es el verdadero. Me dijo que tiene [[AGE|veinte]]... no, perdón, [[AGE|diecinueve]], y en la hoja de admisión también dice [[AGE|19]]. Se ve jovencita, pero sí parece mayor de edad.
O: Entiendo. ¿El hombre sigue en la clínica?
C: Sí, está en la sala de espera, sale a fumar a la puerta y vuelve. Ya le está diciendo al vigilante que se la quiere llevar, que le den el alta. La doctora la tiene en observación porque puede tener una costilla fisurada, pero él está presionando.
O: ¿Ella quiere salir de esa situación?
C: Me agarró la mano y me dijo "no me deje ir con él". Eso fue lo que me dijo.
O: Muy bien. Voy a comunicar ahora mismo a la policía para que vaya a la clínica. Mientras tanto, que no le den el alta, y si pueden, pásenla a un ambiente donde él no pueda entrar.
C: Sí, la puedo pasar a observación de mujeres, ahí no entran varones. El vigilante es de confianza, se llama [[PERSON|Wilmer]], le voy a avisar.
O: Perfecto. ¿Sabe algo del local o del hombre?
C: Ella dijo que se llama [[ORGANIZATION|Karaoke El Faraón]], o algo así, cerca del puente. Y al hombre le dicen [[PERSON|Charapa]]. Vino en una mototaxi roja, pero la placa no la vi.
O: No se preocupe, la policía lo va a identificar. ¿Sabe si hay otras chicas en ese local?
C: No le pude preguntar, no hubo tiempo. Ella solo habló de ella.
O: Está bien. ¿Me da un número donde la policía o nosotros la podamos ubicar?
C: El anexo de emergencia no, mejor mi celular: [[PHONE_NUMBER|972 305 618]]. Soy la licenciada [[PERSON|Ortiz]].
O: Gracias, licenciada. Cuando la policía la tenga a salvo, vamos a coordinar un albergue para ella. Ya pasé el aviso y la patrulla va en camino; le devuelvo la llamada en una hora para saber cómo sigue.
C: Gracias. Ay, ya está entrando otra vez, cuelgo.
""",
    note(
        "professional",
        "report",
        ["sexual"],
        1,
        False,
        ["female"],
        "Tumbes",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una enfermera de emergencias reporta que una joven extranjera atendida por lesiones le contó en secreto que "
        "la obligan a prostituirse en un local fronterizo, con su documento retenido, y que el hombre que la trajo "
        "espera para llevársela. Se envió a la policía a la clínica y se coordinará un albergue, con seguimiento.",
    ),
)

call(
    "h37-lower-boy-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: aló señorita esta llamada es gratis no
O: sí es gratis puedes hablar tranquilo cómo te llamas
C: mi nombre todavía no quiero decir es que este celular es de una señora que vende jugos en el mercado le pedí prestado un ratito
O: está bien no tienes que decir tu nombre dime qué está pasando
C: es que yo estoy con un señor que me trajo de [[LOCATION|pucallpa]] hace como cuatro meses le dijo a mi mamá que yo iba a trabajar en su taller de motos y que me iba a pagar para mandarle plata a ella
O: y qué pasó cuando llegaste
C: no hay ningún taller me tienen vendiendo la hierba ya sabe la droga en la esquina y también me hacen campana para cuando roban celulares en el paradero si no llevo la plata completa me pegan con la correa
O: cuántos años tienes
C: [[AGE|quince]] bueno ya voy a cumplir [[AGE|dieciséis]]
O: estás solo o hay otros chicos contigo
C: está mi primo [[PERSON|maicol]] él tiene [[AGE|trece]] lo trajeron conmigo a él lo ponen a vender caramelos en las combis y a fijarse quién tiene celular bonito para avisarles
O: dónde estás ahora mismo
C: en [[ADDRESS|la puerta de atrás del mercado de bellavista]] en el [[LOCATION|callao]] el señor me mandó a comprar y tengo que volver en media hora
O: y tu primo dónde está ahorita
C: en el cuarto donde vivimos en [[ADDRESS|el pasaje los jazmines al costado de la losa deportiva]] lo dejan encerrado cuando no sale a vender
O: escúchame bien lo que te están haciendo es un delito tú no has hecho nada malo y no te van a castigar quieres salir de ahí
C: sí pero no quiero que le pase nada a mi primo el señor dice que si me escapo le pega a él y que sabe dónde vive mi mamá
O: entiendo por eso lo vamos a hacer juntos voy a mandar a la policía ahora mismo al mercado para que te recoja y otra patrulla al pasaje para sacar a tu primo después los van a llevar a un albergue donde van a estar seguros y vamos a ubicar a tu mamá
C: y no me van a meter preso por lo de la droga
O: no tú eres víctima los policías que van son de la unidad que protege a los menores puedes quedarte cerca de la señora de los jugos
C: ya la señora [[PERSON|chabuca]] dice que me puedo quedar aquí con ella en su puesto
O: muy bien ahora me dices tu nombre para que los policías te reconozcan
C: [[PERSON|brayan]] tengo polo azul y gorra negra
O: listo [[PERSON|brayan]] quédate con la señora no vuelvas al cuarto y si el señor aparece métete al puesto y que la señora llame al 105
C: ya señorita gracias
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["male"],
        "Callao",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Un adolescente llama desde un teléfono prestado para contar que un adulto lo trajo de la selva con engaños y lo "
        "obliga a vender droga y vigilar robos bajo golpes, y que su primo menor también es explotado y permanece "
        "encerrado. Se envió a la policía para recogerlo y rescatar al primo, y se coordinará un albergue.",
    ),
)

call(
    "h37-en-fishing-04",
    "en",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Hello, good morning. English? Little English is okay?
O: Yes, I can speak English with you. Go ahead, slowly is fine.
C: Thank you, madam. My name is [[PERSON|Agus]], I am from [[LOCATION|Indonesia]]. I am fisherman on a squid ship, now in the port of [[LOCATION|Paita]]. The ship is [[ORGANIZATION|Hai Feng 27]]. I use the phone of a man who sells cigarettes on the dock, he is kind to us.
O: Are you safe right now?
C: Now, yes. The captain is sleeping. We stay on the ship all the time, they don't let us go to town. We are six Indonesian crew, the officers are from other country.
O: Tell me what is happening on the ship.
C: Fourteen months at sea, no pay. The agency in [[LOCATION|Jakarta]] said 400 dollars every month, but the captain says we have debt, for the agency fee and the food, so salary is zero. He keeps our passports in his cabin. When there is squid we work twenty hours, and sometimes the bosun hits us with the rope.
O: Is anyone hurt or sick?
C: My friend [[PERSON|Dedi]], his hand is broken from the machine, three weeks ago. No doctor, only tape. Now it is swollen and smells bad.
O: I'm sorry. How old are the six of you? Is anyone under eighteen?
C: No, all adults. I am [[AGE|twenty-six]], the youngest is [[AGE|nineteen]]. Before there was one boy, [[AGE|seventeen]], but he went home last year, in [[LOCATION|Busan]], when his contract finished. He is okay.
O: When is the ship leaving port?
C: Captain said [[DATE_TIME|Thursday morning]], after they load fuel and bait. If we go back to sea, maybe one more year.
O: What you describe is forced labour, and it's a crime here in [[LOCATION|Peru]]. I'm going to alert the police and the port authority so they can board the ship before it leaves, and ask for a doctor for your friend. A lawyer can help you get your passports and your wages.
C: But if police come, the captain will know it was me. And we have no visa for [[LOCATION|Peru]], only the seaman book.
O: The officers will talk to all the crew, not only you, and you won't be arrested for your papers. You are victims, not criminals. Is there a number where we can reach you?
C: This phone, from Mister [[PERSON|Efraín]]: [[PHONE_NUMBER|969 214 530]]. He is on the dock every morning.
O: Okay. We will call that number tomorrow morning to tell you what's happening. Please don't tell the captain about this call. Do you know the name of the agency?
C: [[ORGANIZATION|PT Samudra Jaya Manning]]. The ship, it is the blue one with the red stripe, you will see.
O: That's enough for the authorities to find it. Thank you for calling, [[PERSON|Agus]]. You did the right thing.
C: Thank you, madam. Terima kasih.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        6,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "referral_health", "follow_up_call"],
        "A foreign fisherman calls from a borrowed phone to report that he and five other crew members on a fishing "
        "vessel in port have worked for over a year without pay under an imposed debt, with passports held by the "
        "captain and physical abuse; one has an untreated injury. Police and the port authority are alerted before "
        "the ship sails, with medical care, legal help and a follow-up call.",
    ),
)


# ------------------------------------------------------------ calls 5-8 ----

call(
    "h37-plain-model-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Mire, no sé si es aquí donde tengo que llamar. Es por mi hija, le han ofrecido un trabajo de modelo en [[LOCATION|Turquía]]. Ella está feliz, pero a mí algo no me cuadra.
O: Hizo bien en llamar, señora. Aquí la podemos orientar. ¿Cuántos años tiene su hija?
C: [[AGE|Diecinueve]]. Estudia diseño en un instituto acá en [[LOCATION|Arequipa]], y ha hecho unas fotos para una tienda de ropa, nada más. Bueno, y el concurso de belleza del colegio, cuando tenía [[AGE|quince]].
O: ¿Cómo la contactaron?
C: Por Instagram. Le escribió una agencia, [[ORGANIZATION|Bosphorus Star Models]], una señora que se presenta como [[PERSON|Lorena]], peruana también, dice que ya lleva diez años allá. Le ofrecen 3000 dólares al mes por desfiles y fotos de catálogo, con departamento incluido.
O: ¿Le han pedido algo a su hija? Dinero, fotos, documentos.
C: Le pidieron fotos en ropa interior, "para el book", y una copia del pasaporte. Eso ya lo mandó, sin decirme. Y ahora le piden 600 dólares para "la visa de trabajo", que después se los descuentan del sueldo.
O: ¿Le enviaron algún contrato?
C: Un contrato en inglés que ella no entiende bien. Mi sobrina, la que estudia inglés, lo leyó: es por un año, si lo rompe tiene que pagar una multa de diez mil dólares, y el pasaporte lo "custodia" la agencia mientras dure el contrato.
O: ¿Ya tiene fecha de viaje?
C: Sí, el pasaje dice [[DATE_TIME|el 22 de este mes]]. Sale por [[LOCATION|Lima]] y hace escala en [[LOCATION|Madrid]]. Y le dijeron que si en migraciones le preguntan, diga que va de turista.
O: Señora, le explico. Lo que me cuenta tiene muchas señales de alerta de captación para explotación sexual: fotos en ropa interior, un pago por adelantado, una multa enorme si deja el trabajo, que la agencia se quede con el pasaporte y que le pidan mentir en migraciones. Una agencia seria no hace eso.
C: Ay, Dios mío. Es que mi prima [[PERSON|Nelly]] se fue a [[LOCATION|Japón]] hace años con un contrato y le fue bien, por eso mi hija dice que yo soy desconfiada.
O: Hay ofertas reales, claro. Pero una oferta seria le da tiempo para revisar el contrato, no le cobra por la visa, y la visa de trabajo se tramita antes en el consulado; no se entra como turista. ¿Su hija estaría dispuesta a conversar con nosotros?
C: Creo que sí, si se lo dice alguien que no sea su mamá. Se llama [[PERSON|Fiorella]].
O: Le sugiero esto: que no envíe el dinero, que no mande más fotos ni documentos, y que guarde todas las conversaciones, porque con eso se puede presentar una denuncia. Y si ella quiere, la llamamos para explicarle todo con calma.
C: Sí, por favor. Su número es [[PHONE_NUMBER|958 117 346]]. Mejor llámenla mañana en la tarde, en la mañana está en clases.
O: Perfecto, mañana en la tarde llamamos a [[PERSON|Fiorella]]. Y si la agencia la presiona para viajar antes, nos llama a cualquier hora al 0800-2-3232.
C: Gracias, señorita. Ya me siento un poco más tranquila.
""",
    note(
        "family_member",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Turquía",
        "at_risk",
        "medium",
        ["information_given", "follow_up_call"],
        "Una madre consulta por una oferta de trabajo como modelo en el extranjero que su hija adulta recibió por redes "
        "sociales, con pedido de fotos en ropa interior, pago por la visa, multa por romper el contrato, retención del "
        "pasaporte e instrucción de entrar como turista. Se explicaron las señales de captación, se recomendó no pagar "
        "ni enviar más datos y se acordó llamar a la joven.",
    ),
)

call(
    "h37-lower-taxi-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita yo ya he llamado antes hace dos semanas más o menos por el caso de los abuelitos que piden limosna en [[LOCATION|arequipa]] no sé si se acuerda
O: recibimos muchas llamadas pero lo podemos ubicar me puede recordar su nombre o el número desde el que llamó
C: [[PERSON|ruperto]] el taxista el número es este mismo [[PHONE_NUMBER|951 772 034]] me dijeron que me iban a llamar pero nadie me llamó
O: ya lo encontré señor [[PERSON|ruperto]] disculpe la demora aquí figura su reporte del [[DATE_TIME|martes 4]] una señora lo contrata en las mañanas para llevar a tres señores mayores a diferentes esquinas a pedir limosna el caso se derivó a la fiscalía qué ha pasado desde entonces
C: nada pues sigue igual todos los días me llama a las seis de la mañana la señora [[PERSON|eulalia]] recojo a los tres en su casa en [[LOCATION|cerro colorado]] y dejo a uno en el óvalo al otro en la puerta del mercado y al ciego en la avenida de la universidad y en la noche los recojo y ella les quita todo hasta el último sol
O: hay algo nuevo que quiera contarnos
C: sí por eso llamo ayer el señor que camina con muletas don [[PERSON|anselmo]] se puso a llorar en el carro me dijo que la señora le cobra la pensión del programa del gobierno y no le da nada que él quiere regresar a su pueblo en [[LOCATION|caylloma]] pero ella le dice que le debe la comida y el cuarto y que si se va lo denuncia por robo
O: y los otros dos señores
C: el ciego no habla mucho y el otro señor tiene algo en la cabeza no se da cuenta de nada ninguno tiene familia cerca ella los encontró hace un año durmiendo en el terminal así me contó don [[PERSON|anselmo]]
O: alguno de ellos está herido o enfermo
C: don [[PERSON|anselmo]] tiene una herida en el pie que no se le cura le sale pus y la señora no lo lleva a la posta dice que así da más pena y le dan más plata
O: eso es muy grave lo que describe es explotación de personas mayores y con discapacidad para la mendicidad y eso también es trata voy a agregar todo esto al caso pedir a la fiscalía que actúe con prioridad y que se coordine atención médica para él
C: y yo qué hago sigo llevándolos porque si le digo que no ella busca otro taxista y ya no sé nada de ellos
O: por ahora siga con su rutina normal no la enfrente usted es un testigo muy importante si puede anote las horas y los lugares donde los deja eso ayuda a la policía para intervenir
C: eso ya tengo todo anotado en un cuaderno y la dirección de la casa es [[ADDRESS|calle los geranios 412]] una casa de rejas verdes la señora vive ahí con su hijo pero el hijo no se mete trabaja en una ferretería
O: perfecto esa información la paso hoy mismo a la fiscal del caso y esta vez yo personalmente lo llamo [[DATE_TIME|el viernes]] para contarle cómo avanza
C: ya señorita gracias es que me da pena esos señores son como mi papá
O: gracias a usted señor [[PERSON|ruperto]] lo que está haciendo es muy valioso
""",
    note(
        "witness",
        "follow_up",
        ["forced_begging"],
        3,
        False,
        ["male"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "referral_health", "follow_up_call"],
        "Un taxista llama en seguimiento de un reporte previo sobre tres hombres mayores, con discapacidad y sin familia, "
        "a quienes una mujer pone a pedir limosna a diario y les quita todo el dinero y la pensión, con amenazas de "
        "denuncia. Aporta nuevos datos, incluida una herida sin atender; se actualiza el caso en fiscalía con prioridad, "
        "se pide atención médica y se acordó una llamada de seguimiento.",
    ),
)

call(
    "h37-plain-hostel-07",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Mire, yo tengo un hospedaje chiquito en [[LOCATION|Tacna]], el [[ORGANIZATION|Hospedaje El Tranquero]]. No sé si esto es trata, pero llamo porque una huésped me contó algo que no me deja dormir.
O: Cuénteme, por favor. ¿Ella está ahí ahora?
C: Sí, está en su cuarto. Hace tres semanas llegó una chica venezolana, embarazada, de siete u ocho meses. La trajo una pareja, peruanos, bien vestidos; pagaron un mes adelantado y le dejaron dicho a mi empleada que ella no recibe visitas ni sale sola. Vienen cada dos días con comida y vitaminas.
O: ¿Qué le contó ella?
C: Anoche la encontré llorando en la cocina. Me dijo que en [[LOCATION|Lima]] le ofrecieron ayudarla con el parto y los papeles, y que ahora le dicen que cuando nazca el bebé se lo van a quedar ellos, que ya está todo "arreglado" con una clínica para que salga a nombre de la señora. Le ofrecen 2000 dólares. Al principio dijo que sí, por necesidad, pero ya no quiere, quiere quedarse con su bebé.
O: ¿Ella puede irse si quiere?
C: Le quitaron el pasaporte, "para los trámites", dicen. Y le dijeron que si se echa atrás tiene que devolverles todo lo gastado, el pasaje desde [[LOCATION|Lima]], el hospedaje, los controles, y que si no, la denuncian y la deportan. Ella no conoce a nadie acá.
O: ¿Qué edad tiene ella?
C: [[AGE|Veintitrés años]]. Se llama [[PERSON|Yusmary]]. Tiene otra hijita en [[LOCATION|Venezuela]], con su abuela, de [[AGE|cuatro años]]; a esa niña le manda lo que puede.
O: ¿Sabe cómo se llaman las personas que la trajeron?
C: La señora dijo llamarse [[PERSON|Mirtha]], y al señor ella le dice [[PERSON|Giancarlo]]. Vienen en una camioneta blanca, la placa la tengo en el cuaderno de registro: [[OTHER_ID|Z2T-604]]. Y la transferencia del adelanto vino de una cuenta a nombre de [[PERSON|Mirtha Salas Benavides]].
O: Eso es muy útil. Lo que me cuenta es grave: captar a una mujer aprovechando su necesidad para quedarse con su bebé es una forma de trata, además de venta de niños. ¿Sabe cuándo vuelve la pareja?
C: Pasado mañana, creo. Y la cesárea, según ellos, ya está programada para [[DATE_TIME|el 3 de junio]].
O: Vamos a hacer varias cosas. Hoy mismo derivo el caso a la fiscalía especializada en trata, que puede actuar con la policía. A ella le vamos a ofrecer un albergue donde esté segura hasta el parto, con controles en un hospital público, y orientación legal para recuperar su pasaporte. ¿Ella está de acuerdo con que la llamemos?
C: Sí, me pidió que la ayude. Puede llamar a mi número y yo se la paso: [[PHONE_NUMBER|952 640 183]]. Ella no tiene teléfono, se lo "guardaron" ellos también.
O: Muy bien. Una colega la va a llamar hoy en la tarde para hablar con ella directamente. Mientras tanto, no comente nada con la pareja si vienen.
C: Ni una palabra. ¿Y si vienen antes y se la quieren llevar?
O: En ese caso llámenos de inmediato o marque 105. Usted no tiene que retenerla, pero sí avisar enseguida.
C: Entendido. Gracias, señorita.
""",
    note(
        "acquaintance",
        "report",
        ["other"],
        1,
        False,
        ["female"],
        "Tacna",
        "ongoing",
        "high",
        ["referral_shelter", "referral_legal", "referral_health", "follow_up_call"],
        "La dueña de un hospedaje reporta que una huésped extranjera embarazada fue captada por una pareja que pretende "
        "quedarse con su bebé al nacer a cambio de dinero; le retienen el pasaporte y el teléfono, la aíslan y la "
        "amenazan con una deuda y con la deportación si se niega. Se deriva a la fiscalía especializada y se ofrece "
        "albergue, atención prenatal y orientación legal, con una llamada a la víctima.",
    ),
)

call(
    "h37-en-volunteer-08",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon, sorry, do you speak English? My Spanish is still pretty basic.
O: Yes, I can help you in English. What's going on?
C: Thanks. My name is [[PERSON|Sophie Brandt]], I'm a volunteer from [[LOCATION|Germany]] at a community kitchen in [[LOCATION|San Juan de Lurigancho]], the [[ORGANIZATION|Comedor Manos Unidas]]. There's a woman who comes every day for lunch, she's Venezuelan, and yesterday she told me something that really scared me.
O: Go ahead, please.
C: She came to [[LOCATION|Lima]] about six months ago. A man helped her with the rent for her room, and now he says she owes him 4,000 soles. Last week he told her she can pay it all off with one trip: she flies to [[LOCATION|Madrid]] with a suitcase he gives her, hands it to someone there, and comes back. He already bought the ticket.
O: Did she say what's in the suitcase?
C: She asked, and he just laughed and said "don't ask, that's how you stay healthy". She's sure it's drugs. She said no, and then he took her passport, "to do the check-in for her", and told her that if she doesn't go, he knows where her mother lives in [[LOCATION|Maracaibo]].
O: How old is she? And is anyone else involved, other women, children?
C: She's [[AGE|thirty-one]]. She lives alone, I think. She mentioned a friend who did "the trip" last year and came back fine, but she doesn't know if that's true or if he just says it.
O: When is the flight?
C: [[DATE_TIME|Friday night]]. He told her he'll pick her up at her room at [[DATE_TIME|eight]].
O: Thank you for telling us. What you describe is recruitment for forced criminality: using a debt and threats to make someone carry drugs. It's a form of trafficking, and she would be the victim, not a criminal. Does she want help?
C: Yes, she asked me to call. She's scared to call herself, and the phone she has, he paid for it, so she thinks he checks it.
O: That makes sense. Here's what we can do. We can arrange a shelter for her before Friday, somewhere he can't find her, and give her legal advice about the passport and the threats, so the case can go to the prosecutor. Could she come to the kitchen tomorrow?
C: Yes, she comes every day around noon.
O: Good. Then tomorrow at noon a colleague from our team will call you so she can talk to us there, in private. Can I have your number?
C: Sure: [[PHONE_NUMBER|+49 151 2384 7716]], it's on WhatsApp. And the kitchen coordinator is Doña [[PERSON|Pilar]], she already knows and will lend us her office.
O: Thank you, [[PERSON|Sophie]]. Please tell her not to mention any of this to the man, and if he shows up earlier or tries to take her before Friday, call us or 105 right away.
C: I will. Thank you so much, I honestly didn't know who to call.
""",
    note(
        "acquaintance",
        "report",
        ["forced_criminality"],
        1,
        False,
        ["female"],
        "Lima",
        "at_risk",
        "high",
        ["information_given", "referral_shelter", "referral_legal", "follow_up_call"],
        "A foreign volunteer at a community kitchen reports that a migrant woman is being pressured, through an "
        "alleged debt, a retained passport and threats against her family, to carry a suitcase of drugs abroad on a "
        "flight later this week. Shelter and legal advice are being arranged, and the team will call back to speak "
        "with her in private.",
    ),
)


# ----------------------------------------------------------- calls 9-12 ----

call(
    "h37-pt-castanha-09",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Alô? Boa tarde. Desculpa, eu não falo espanhol direito. Aqui é o número pra ajudar trabalhador?
O: Sí, puede hablar en portugués, yo le entiendo. Pode falar devagar.
C: Obrigado. Meu nome é [[PERSON|Raimundo Nonato Silva]], sou do [[LOCATION|Acre]], de [[LOCATION|Brasiléia]]. Eu e meu sobrinho fugimos hoje de madrugada de um acampamento de castanha no meio da mata. Andamos a noite toda e agora estamos em [[LOCATION|Iberia]], na igreja.
O: ¿Están seguros ahora? ¿Alguno está herido?
C: Tamos cansados, com fome, o menino cortou o pé no caminho, mas já limparam, tá bem. O padre deixou a gente ficar aqui até amanhã.
O: ¿Qué edad tiene su sobrino?
C: [[AGE|Dezessete]]. Eu tenho [[AGE|quarenta e dois]]. A mãe dele, minha irmã, tá em [[LOCATION|Brasiléia]], ela nem sabe ainda.
O: Cuénteme qué pasó en el campamento.
C: Um peruano, o seu [[PERSON|Abelardo]], foi lá em [[LOCATION|Brasiléia]] procurando gente pra safra da castanha. Prometeu pagar por barrica, com comida e passagem de volta. Quando chegamos, ele disse que a gente devia a viagem, as botas, o facão, a comida, tudo anotado num caderno dele. Trabalhamos três meses e a dívida só aumentava. Ninguém recebeu nada.
O: ¿Podían salir del campamento cuando querían?
C: Não tinha como. São dois dias de barco e caminhada. Ele ficou com nossos documentos "pra guardar", e o capataz anda com espingarda. Ele disse que quem fugisse ia ser caçado igual porco-do-mato. Por isso a gente saiu de noite.
O: ¿Había otras personas trabajando ahí?
C: Tinha uns peruanos, mas eles foram embora no mês passado, terminou o tempo deles, eu acho, e o seu [[PERSON|Abelardo]] pagou eles, não sei. Ficou só a gente e o cozinheiro, que é cunhado dele.
O: Entiendo. Lo que les pasó es trabajo forzoso por deudas, y es un delito aquí en el [[LOCATION|Perú]]. Ustedes no deben nada. Vamos a coordinar un albergue en [[LOCATION|Puerto Maldonado]] para los dos y el traslado; como su sobrino es menor, también avisamos a la protección de menores. Y le vamos a dar orientación legal para la denuncia y para recuperar sus documentos, con apoyo del consulado de [[LOCATION|Brasil]].
C: A gente só quer voltar pra casa. Mas tenho medo, ele conhece todo mundo em [[LOCATION|Iberia]], ele pode vir atrás da gente.
O: Por eso es importante que hoy no salgan de la iglesia. ¿Hay un número donde los podamos llamar?
C: É o telefone do padre [[PERSON|Tadeo]]: [[PHONE_NUMBER|982 731 045]].
O: Muy bien. Mañana temprano los llamamos a ese número para confirmar el albergue y la movilidad. Y si alguien llega a buscarlos, que el padre llame a la policía de inmediato.
C: Tá certo. Obrigado, moça. Deus lhe pague.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        2,
        True,
        ["male"],
        "Madre de Dios",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Un trabajador extranjero cuenta que él y su sobrino adolescente escaparon de un campamento de recolección de "
        "castaña donde trabajaron meses sin pago por una deuda impuesta, con documentos retenidos y amenazas de un "
        "capataz armado; temen que los busquen. Se coordina albergue y traslado, aviso a protección de menores y "
        "orientación legal, con llamada al día siguiente.",
    ),
)

call(
    "h37-ve-followup-10",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, yo llamé la semana pasada por mi prima, la que tenían en un spa en [[LOCATION|Los Olivos]], y me dijeron que avisara si sabía algo nuevo. Bueno, hay algo nuevo, y no es bueno, chama.
O: Gracias por volver a llamar. ¿Me recuerda su nombre o el de su prima, para ubicar el caso?
C: Yo soy [[PERSON|Oriana]]. Mi prima es [[PERSON|Génesis Urdaneta]]. La muchacha que me atendió me dio un código, espérate... no lo encuentro, lo anoté en un papelito, qué ladilla.
O: No se preocupe, con el nombre lo ubico. Sí, aquí está: su prima, de [[AGE|veinte años]], en un spa donde la obligaban a atender clientes y le cobraban una deuda. ¿Qué ha pasado desde entonces?
C: Pues resulta que la policía fue al spa [[DATE_TIME|el lunes]] y no encontró a nadie, el local cerrado. Y hoy en la tarde mi prima me mandó un audio de otro número, llorando, que a ella y a otra muchacha las montaron en un carro de noche y se las llevaron a [[LOCATION|Chiclayo]], que ahora están en un departamento y las sacan para "citas" en hoteles.
O: ¿Le dijo dónde está exactamente?
C: No sabe la dirección, vale. Dice que desde la ventana ve un parque con una pileta y una iglesia amarilla. Y el que las cuida es el mismo de antes, al que le dicen el [[PERSON|Turco]].
O: ¿Tiene el número desde el que le escribió?
C: Sí, te lo paso: [[PHONE_NUMBER|+51 947 083 612]]. Pero no la vayan a llamar, porque ese teléfono es de un cliente que se lo prestó un ratico, ella me dijo que no la llamara.
O: Entendido, no vamos a llamar a ese número. ¿Y la otra muchacha, sabe algo de ella?
C: Es colombiana, creo, no sé ni el nombre. Mi prima solo dijo que están juntas y que la otra está peor, que tiene moretones.
O: Ella también es una posible víctima, la voy a incluir en el caso. ¿Su prima está herida?
C: Dice que no, que no duerme, no come. Ay, chamo, yo me siento culpable, porque yo fui la que le dije que se viniera para [[LOCATION|Perú]], que aquí había trabajo.
O: Usted no tiene la culpa; la responsabilidad es de quien la engañó. Voy a agregar todo esto al caso hoy mismo, y como ahora está en [[LOCATION|Chiclayo]], vamos a pasar la información a la fiscalía especializada de allá para que coordine con la policía. Si su prima le vuelve a escribir y puede hacerlo sin riesgo, pídale una ubicación en tiempo real o una foto desde la ventana; eso ayudaría muchísimo.
C: Dale, se lo pido si me vuelve a escribir. ¿Y ustedes me llaman a mí?
O: Sí, mañana en la tarde la llamo para contarle qué hizo la fiscalía. ¿A este mismo número?
C: Sí, este mismo, el [[PHONE_NUMBER|936 502 118]]. Gracias, de verdad, mi vida.
""",
    note(
        "family_member",
        "follow_up",
        ["sexual"],
        2,
        False,
        ["female"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una familiar llama en seguimiento de un reporte previo: su prima, explotada sexualmente en un local que la "
        "policía encontró cerrado, fue trasladada junto con otra joven extranjera a otra ciudad, donde las llevan a "
        "citas en hoteles. Se actualiza el caso y se deriva a la fiscalía especializada de esa ciudad, con llamada de "
        "seguimiento.",
    ),
)

call(
    "h37-cs-houston-11",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, hola, buenas tardes. Sorry, ¿este número sirve si uno está fuera del [[LOCATION|Perú]]? I'm calling from [[LOCATION|Houston]], in [[LOCATION|Texas]].
O: Sí, la podemos orientar aunque esté en el extranjero. ¿Usted es peruana?
C: Sí, de [[LOCATION|Chimbote]]. Bueno, I've been here almost two years. Vine con una familia, they're Peruvian too, el señor trabaja en una petrolera. I came as their nanny, con visa de trabajadora doméstica, todo legal supuestamente.
O: ¿Y qué está pasando ahora?
C: Pues que... it's like I can't leave. La señora [[PERSON|Vanessa]] tiene mi pasaporte since we landed, dice que es "por seguridad". I work from six in the morning until like midnight, cuido a los tres niños, cocino, limpio, plancho, todo, seven days a week. En el contrato decía 2,000 dollars al mes, pero me pagan 300, y a veces ni eso, dicen que me descuentan el cuarto y la comida.
O: ¿Puede salir de la casa cuando quiere?
C: Only with them. Las llaves las tiene ella. Hoy se fueron al cumpleaños de un amigo y me dejaron con los niños dormidos, so that's why I'm calling. From my phone, but I only use the wifi, no tengo plan.
O: ¿Alguien la ha agredido o amenazado?
C: No me pegan, no. But the señor told me that if I complain, immigration will deport me and I'll never get a visa again, y que mi mamá se va a enterar que soy una malagradecida. My mom is sick, en [[LOCATION|Chimbote]], she needs the money I send.
O: ¿Qué edad tiene usted?
C: [[AGE|Twenty-eight]]. No, perdón, [[AGE|veintinueve]], I just had my birthday here, nobody even said happy birthday, jaja.
O: Lo que me describe tiene las características de servidumbre doméstica, que es una forma de trata, también según la ley de [[LOCATION|Estados Unidos]]. Retener su pasaporte y no pagarle lo acordado es ilegal allá, aunque la visa dependa de ellos. ¿Le explico algunas opciones?
C: Yes, please.
O: Primero, allá existe una línea nacional contra la trata que atiende en español, gratis y las 24 horas, y puede ayudarla a salir de la casa de forma segura. Segundo, yo puedo pasar su caso al consulado del [[LOCATION|Perú]] en [[LOCATION|Houston]] para que una abogada la contacte. Y tercero, usted no va a ser deportada por denunciar: hay una visa especial para víctimas de trata.
C: Okay, okay. Pero el consulado, ¿no les va a avisar a ellos? Because the señor knows people there, he always brags about it.
O: No, el consulado maneja su caso de forma confidencial y la contacta solo a usted. ¿Por dónde podemos escribirle sin que ellos se enteren?
C: Por WhatsApp, a este número: [[PHONE_NUMBER|+1 832 555 0147]]. Y my email, ellos no lo revisan: [[EMAIL_ADDRESS|mirellita.chb@gmail.com]]. Me llamo [[PERSON|Mirella]].
O: Gracias, [[PERSON|Mirella]]. Le mando ahora por WhatsApp el número de la línea de allá y el contacto del consulado, y [[DATE_TIME|el lunes]] le escribimos para saber cómo está. ¿Le parece?
C: Sí, perfect. Ay, ya llegaron, I see the car lights. Bye, gracias.
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "Estados Unidos",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una trabajadora doméstica peruana en el extranjero cuenta que la familia que la empleó le retiene el pasaporte, "
        "la hace trabajar jornadas extremas todos los días por una fracción del pago acordado, no la deja salir sola y "
        "la amenaza con la deportación. Se le informó sobre la línea local contra la trata y sus derechos, se deriva al "
        "consulado para asesoría legal y se acordó un mensaje de seguimiento.",
    ),
)

call(
    "h37-andean-rinconada-12",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, señorita. Buenos días. Disculpe, de [[LOCATION|Azángaro]] le estoy llamando, de la comunidad. El profesor de mi hijito me ha dado este número, diciendo "ahí te van a ayudar, mamá".
O: Buenos días, mamita. Aquí estamos para ayudarla. Cuénteme con confianza.
C: Es de mi hija pues, señorita, de mi [[PERSON|Yeni]]. El año pasado se había ido a [[LOCATION|La Rinconada]], una señora le había dicho para trabajar en cocina, en pensión, "vas a ganar bien, vas a ayudar a tu mamá". [[AGE|Quince añitos]] tenía nomás ella.
O: ¿Y ahora dónde está su hija?
C: Ya está aquí en la casa, señorita, hace dos semanas ha vuelto. Una señora de ahí mismo le ha ayudado a escapar, le ha pagado su pasaje. Pero llorando nomás está, no quiere comer, manam rimanchu, no habla, de noche grita. Ahora ya tiene [[AGE|dieciséis]].
O: ¿Le ha contado qué le pasó allá?
C: Poquito nomás, señorita, a su hermana mayor le ha contado. Que no era cocina, que era bar, que la hacían tomar con los mineros y la obligaban a estar con ellos, con los hombres, en cuartitos atrás. Que la dueña le decía "me debes tu pasaje, tu ropa", y nada le pagaba. Achachaw, señorita, cómo le van a hacer eso a una wawa.
O: Lo siento mucho, mamita. Lo que le pasó a su hija es trata, es un delito muy grave, y ella no tiene ninguna culpa. ¿Cómo está de salud?
C: Eso también, señorita... dice que está esperando, embarazada. Con náuseas está, flaquita. A la posta no quiere ir, tiene vergüenza, ahí todos nos conocen, la técnica es comadre de mi cuñada.
O: Entiendo. Podemos coordinar para que la atiendan en el hospital de [[LOCATION|Juliaca]], con una obstetra y una psicóloga, con reserva, sin que nadie de la comunidad se entere. ¿Le parece bien?
C: Ya, señorita, allinmi, eso sería bueno. Pero plata no tenemos pues para el pasaje.
O: No se preocupe, la atención es gratuita con el seguro, y vamos a ver también la movilidad. ¿Ustedes quieren denunciar a la señora que se la llevó?
C: Mi esposo dice que no, que tiene miedo, que esa señora es de acá cerca, de [[LOCATION|Putina]], su familia es conocida. Yo sí quiero, señorita, que no les haga a otras chicas. Se llama [[PERSON|Rufina]], le dicen la [[PERSON|Gringa]].
O: La denuncia la deciden ustedes con su hija, sin apuro. Una abogada del Centro Emergencia Mujer puede visitarlas para explicarles cómo se hace y cómo se protege a su hija. ¿Tiene un número donde la podamos llamar?
C: Este es de mi hijo mayor, [[PHONE_NUMBER|951 604 287]]. Yo me llamo [[PERSON|Justina Mamani]]. En la tarde mejor llame, señorita, en la mañana estamos en la chacra con los animalitos.
O: Muy bien, mamita [[PERSON|Justina]]. Mañana en la tarde la llamo para decirle el día de la cita en el hospital. Y si su hija se siente mal antes, llévenla a emergencia nomás, ahí la tienen que atender.
C: Ya, señorita, sulpayki. Dios se lo pague.
""",
    note(
        "family_member",
        "help_request",
        ["sexual"],
        1,
        True,
        ["female"],
        "Puno",
        "past",
        "medium",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Una madre de una comunidad rural cuenta que su hija adolescente, captada con una oferta de trabajo en cocina, "
        "fue explotada sexualmente en un bar de un asentamiento minero y regresó a casa tras escapar; ahora está "
        "embarazada y muy afectada. Se coordina atención médica y psicológica reservada, orientación legal para una "
        "posible denuncia y una llamada de seguimiento.",
    ),
)


# ---------------------------------------------------------- calls 13-16 ----

call(
    "h37-lower-jobad-13",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches una consulta nomás no es denuncia ni nada quería saber si ustedes pueden revisar si un trabajo es verdadero
O: claro la puedo orientar de qué trabajo se trata
C: es para mi hermano menor él tiene [[AGE|veintidós]] terminó computación en un instituto en [[LOCATION|huancayo]] y le salió un anuncio en facebook de una empresa [[ORGANIZATION|global asia digital solutions]] buscan asesores de ventas bilingües para trabajar en [[LOCATION|tailandia]] pagan 1800 dólares más bonos
O: su hermano habla otro idioma
C: ahí está lo raro pues su inglés es básico nomás y le dijeron que no importa que allá lo capacitan y el pasaje se lo pagan ellos y el hotel los primeros días
O: ya tuvo alguna entrevista
C: una por videollamada de diez minutos con una chica que hablaba español pero con acento de otro lado no prendió la cámara le preguntaron si escribe rápido y si tiene problema con trabajar de noche y ahí nomás le dijeron que está aceptado
O: le pidieron algo documentos o dinero
C: su pasaporte escaneado eso ya lo mandó y que no le cuente a nadie porque es un puesto muy solicitado y que viaje como turista que allá le tramitan la visa de trabajo
O: ya tiene fecha para viajar
C: dicen que el vuelo es para [[DATE_TIME|el 18]] sale de [[LOCATION|lima]] a [[LOCATION|bangkok]] y de ahí lo recogen en carro para llevarlo a la oficina que queda cerca de la frontera eso me dio mala espina
O: entiendo hay algo más que le preocupe
C: sí otra cosa un compañero de mi trabajo me contó que un primo suyo se fue así el año pasado a [[LOCATION|camboya]] y lo tenían en un edificio con rejas obligándolo a estafar gente por internet y no lo soltaron hasta que su familia pagó
O: lo que me cuenta tiene varias señales de alerta un sueldo alto sin experiencia ni idioma una entrevista rápida sin cámara el pedido de secreto viajar como turista y un traslado por tierra a una zona de frontera así captan a personas para centros de estafa donde las obligan a cometer fraudes por internet y les quitan el pasaporte
C: ay qué miedo y ahora cómo le digo a mi hermano él está emocionado ya hasta renunció a su trabajo
O: le recomiendo que no viaje y que no mande más documentos puede pedir a la empresa su registro y un contrato de trabajo y verificar con la embajada si existe y si quiere que él nos llame y se lo explicamos nosotros a veces escuchar a alguien de afuera ayuda
C: sí le voy a pasar el número y los mensajes los guardo
O: sí guarden todo capturas el perfil del anuncio los números con eso se puede denunciar a la policía de delitos informáticos
C: ya señorita muchas gracias por la información
O: de nada cómo se llama usted por si su hermano nos llama
C: [[PERSON|milagros]] y mi hermano es [[PERSON|jhordan]] ya gracias buenas noches
""",
    note(
        "family_member",
        "information_request",
        ["forced_criminality"],
        1,
        False,
        ["male"],
        "Tailandia",
        "at_risk",
        "medium",
        ["information_given"],
        "Una mujer consulta por una oferta de trabajo en el extranjero que su hermano adulto aceptó por redes sociales, "
        "con sueldo alto sin requisitos, entrevista sin cámara, pedido de secreto, viaje como turista y traslado a una "
        "zona fronteriza. Se explicaron las señales de captación para centros de estafa con trabajo forzado y se "
        "recomendó no viajar, guardar las pruebas y denunciar.",
    ),
)

call(
    "h37-plain-teacher-14",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le habla [[PERSON|Marco Antonio Lazo]], soy tutor de segundo de secundaria en la [[ORGANIZATION|I.E. José Carlos Aliaga]], en [[LOCATION|Chupaca]]. Llamo por una alumna. No sé bien si esto es para ustedes o para la DEMUNA; la psicóloga del colegio me dijo que llame aquí.
O: Hizo bien en llamar, profesor. Cuénteme.
C: Es una alumna de [[AGE|trece años]]. Desde hace un mes la noto distinta: se duerme en clase, se alejó de sus amigas y tiene un celular nuevo, de los caros, que la familia no podría comprar; su mamá vende en la feria. La semana pasada una compañera vino a mi oficina llorando y me mostró unos mensajes.
O: ¿Qué decían los mensajes?
C: Es un chico, bueno, un hombre, de [[AGE|veintitantos]], que se hace pasar por su enamorado. Él le regaló el celular. Y le pide que se haga videos, desnuda, en vivo, por una aplicación, y él los vende. Hay una captura donde le dice "si no te conectas esta noche, le mando tus videos a tu mamá y a todo el colegio". Su usuario es [[OTHER_ID|@krlos.rmx_oficial]].
O: ¿La compañera le dijo algo más sobre él, o sobre otras chicas?
C: Que la conoció en la feria, que maneja una mototaxi. Y que a otra chica de tercero también le escribía, pero esa chica lo bloqueó y no pasó nada, según ella.
O: ¿Ya habló con la alumna o con la familia?
C: Todavía no. Tengo miedo de hacerlo mal, que se asuste y borre todo, o que él se entere. La directora quiere citar a la mamá, pero el papá... bueno, el padrastro, es un señor muy violento, una vez vino borracho al colegio.
O: Entiendo su preocupación. Lo que describe es explotación sexual de una menor por internet, con chantaje; es un delito grave y una forma de trata. Le sugiero algunas cosas: no borren ni reenvíen las capturas, guárdenlas tal como están; no confronten al hombre; y la conversación con la alumna que la haga la psicóloga, con calma, sin culparla.
C: Sí, así lo haremos. ¿Y lo de la denuncia?
O: Nosotros vamos a derivar el caso hoy mismo a la fiscalía de familia y a la unidad de la policía que ve delitos contra menores en internet, para que actúen antes de que él borre el contenido. También coordinamos con el Centro Emergencia Mujer de la zona para que les den acompañamiento psicológico a ella y a su mamá, sin pasar por el padrastro.
C: Perfecto, eso me deja más tranquilo. ¿Necesitan mis datos?
O: Sí, por favor, un número y, si tiene, un correo.
C: Mi celular es [[PHONE_NUMBER|964 830 215]] y el correo [[EMAIL_ADDRESS|mlazo.tutoria@gmail.com]]. La alumna se llama [[PERSON|Anyeli]]. Y la compañera que me avisó, mejor no la nombro, no quiero meterla en problemas.
O: Está bien, no hace falta. Profesor [[PERSON|Marco]], [[DATE_TIME|el jueves]] lo llamo para ver cómo va la derivación y si la fiscalía ya se comunicó con ustedes. Y si esta noche ella está en peligro, llame al 105 o a nosotros.
C: Gracias, de verdad. Uno no está preparado para esto.
""",
    note(
        "professional",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Junín",
        "ongoing",
        "high",
        ["referral_legal", "referral_health", "follow_up_call"],
        "Un docente reporta que una alumna adolescente es obligada por un hombre adulto, que se hace pasar por su "
        "enamorado, a transmitir videos sexuales en vivo que él vende, bajo chantaje de difundirlos. Se orientó sobre la "
        "preservación de pruebas, se deriva a fiscalía de familia y a la policía especializada, con apoyo psicológico y "
        "seguimiento.",
    ),
)

call(
    "h37-plain-custody-15",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Quiero denunciar que se han llevado a un niño. Bueno, eso creo. Es el hijito de mi vecina.
O: Entiendo. Cuénteme qué pasó, con calma. ¿Está usted en un lugar seguro?
C: Sí, sí, estoy en mi casa, en [[LOCATION|Chorrillos]]. Esta mañana vi que un hombre subió al chiquito, [[PERSON|Thiago]], de [[AGE|cinco años]], a una camioneta; el niño lloraba y gritaba "mamá", y se fueron rapidito. Yo anoté la placa: [[OTHER_ID|BXR-392]].
O: Hizo bien en anotarla. ¿Conoce al hombre? ¿La mamá sabe lo que pasó?
C: A la mamá no la he podido ubicar, trabaja en el centro. Al hombre... bueno, ahora que lo pienso, se parecía al papá del niño, el señor [[PERSON|Renzo]], pero hace como un año que no venía por aquí, se separaron feo.
O: ¿Ha podido comunicarse con la mamá desde entonces?
C: Espere, que justo me está entrando un mensaje... Ay, sí, es ella. Dice que sí, que era el papá, que hoy le tocaba llevárselo el fin de semana, que ya lo habían acordado en la DEMUNA, y que el niño lloraba porque no quería dejar su tablet. Ay, qué vergüenza, señorita.
O: No tiene por qué sentir vergüenza; hizo bien en preocuparse. ¿La mamá le dice dónde está el niño?
C: Sí, que se lo llevó a la casa de la abuela paterna, en [[LOCATION|Surco]], y que [[DATE_TIME|el domingo]] lo devuelve. Que ya habló con él por videollamada y está bien, comiendo pollo a la brasa.
O: Entonces, por lo que me cuenta, no es una situación de trata: es el papá, con un acuerdo de visitas, y la mamá está enterada. Le cuento, por si acaso: si alguna vez un padre se lleva a un niño sin acuerdo o no lo devuelve, eso lo ven la DEMUNA o el juzgado de familia, y si un niño está en peligro en ese momento, se llama a la policía, al 105.
C: Ya, entendido. O sea que no hago nada.
O: En este caso no hace falta hacer nada más. Y si alguna vez ve algo que le parezca explotación, por ejemplo un niño que trabaja a la fuerza o alguien a quien no dejan salir de una casa, puede llamarnos las 24 horas.
C: Ya, señorita. Gracias, y disculpe por hacerle perder el tiempo.
O: No es pérdida de tiempo. Gracias por estar atenta a sus vecinos. Que tenga buena tarde.
""",
    note(
        "acquaintance",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Una vecina reporta que un hombre se llevó a un niño en una camioneta, pero durante la llamada la madre le "
        "confirma que era el padre, según un acuerdo de visitas. No se trata de trata; se le explicó a dónde acudir en "
        "casos de sustracción de menores por un progenitor.",
    ),
)

call(
    "h37-lower-wrong-16",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló aló con la municipalidad de [[LOCATION|sullana]] quiero poner una queja por la basura
O: no señor esta no es la municipalidad esta es la línea gratuita contra la trata de personas
C: cómo dice no le escucho bien hable más fuerte señorita
O: le digo que esta no es la municipalidad señor es la línea contra la trata de personas
C: ah caramba y entonces quién me dio este número mi nieto me lo apuntó en un papel a ver déjeme ver con mis lentes
O: no se preocupe señor tómese su tiempo
C: aquí dice cero ochocientos y otros números más ah no este es el otro papel el de la municipalidad es el que está pegado en la refrigeradora ya lo veo
O: perfecto entonces ese es el número que tiene que marcar
C: y ustedes qué hacen dice trata de personas eso es lo de las chicas que se llevan engañadas no he visto en la tele
O: sí señor y también cuando a alguien lo obligan a trabajar sin pago o lo tienen encerrado o le ofrecen un trabajo falso la gente nos llama para reportar o para preguntar y es gratis las veinticuatro horas
C: ah qué bueno mi nieta [[PERSON|rocío]] está trabajando en [[LOCATION|lima]] en una tienda de celulares pero ella está bien viene cada mes y me trae mi pancito de yema
O: qué bueno señor me alegra y si algún día alguien de su familia recibe una oferta de trabajo que le parezca rara puede llamarnos antes de aceptar
C: ya ya voy a guardar su numerito también gracias señorita disculpe la molestia ahora sí llamo a la municipalidad que esa basura ya lleva tres días en la esquina
O: no es molestia señor que le vaya bien con su queja buenas tardes
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "Llamada equivocada de un señor mayor que buscaba a la municipalidad para quejarse por la basura. Se le indicó "
        "el propósito de la línea y el señor encontró el número correcto en otro papel.",
    ),
)


# ------------------------------------------------------------ self-check ----
# Same checks as make_dev.py's check(), so the markup and notes stay consistent.

ENUM = {
    "caller_role": {"victim", "family_member", "acquaintance", "witness", "professional", "general_public"},
    "call_type": {"report", "help_request", "information_request", "follow_up", "not_relevant"},
    "exploitation_types": {
        "sexual",
        "labour",
        "domestic_servitude",
        "forced_begging",
        "forced_criminality",
        "other",
        "unknown",
    },
    "situation": {"ongoing", "past", "at_risk"},
    "urgency": {"immediate", "high", "medium", "low"},
    "actions": {
        "police_dispatch",
        "referral_shelter",
        "referral_legal",
        "referral_health",
        "information_given",
        "follow_up_call",
        "none",
    },
}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine|um|zero|dois|três|quatro|cinco|seis|sete|oito|nove)"


def problems(rec):
    out, _cid, text, spans = [], rec["id"], rec["text"], rec["pii"]

    def covered(s, e):
        return any(p["start"] <= s and e <= p["end"] for p in spans)

    if not 10 <= len(rec["turns"]) <= 30:
        out.append(("turns", len(rec["turns"])))
    if not 150 <= len(text.split()) <= 600:
        out.append(("words", len(text.split())))
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
    for p in spans:
        if p["type"] == "PERSON":
            surfaces.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not covered(m.start(), m.end()):
                out.append(("unlabelled", s, m.start()))
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        if m.group(0) != "0800-2-3232" and not covered(m.start(), m.end()):
            out.append(("digits", m.group(0)))
    for m in re.finditer(r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text):
        if not covered(m.start(), m.end()):
            out.append(("spelled digits", m.group(0)))
    for m in re.finditer(r"@|\barroba\b", text):
        if not covered(m.start(), m.end()):
            out.append(("@", m.start()))
    n = rec["note"]
    if n["caller_role"] not in ENUM["caller_role"] or n["call_type"] not in ENUM["call_type"]:
        out.append("role/type")
    if not set(n["exploitation_types"]) <= ENUM["exploitation_types"] or n["urgency"] not in ENUM["urgency"]:
        out.append("expl/urgency")
    if not n["actions"] or not set(n["actions"]) <= ENUM["actions"]:
        out.append("actions")
    if n["call_type"] == "not_relevant":
        if n["situation"] is not None or n["exploitation_types"]:
            out.append("not_relevant fields")
    elif n["situation"] not in ENUM["situation"] or not n["exploitation_types"]:
        out.append("situation/expl")
    summ = n["summary"]
    if re.search(r"\d", summ):
        out.append("digit in summary")
    toks = {p["text"] for p in spans}
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    for s in toks:
        if len(s) >= 3 and re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ):
            out.append(("PII in summary", s))
    if not 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3:
        out.append("summary sentences")
    return out


if __name__ == "__main__":
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) and all(i.startswith("h37-") for i in ids), ids
    for r in recs:
        for p in problems(r):
            print("CHECK", r["id"], p)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
