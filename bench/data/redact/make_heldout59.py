#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h59: 10 fictional, labelled counter-trafficking hotline calls (Peruvian line 1818).

Theme: Lima's outskirts and the central highlands (Comas, Carabayllo, Ate, Huaycán,
San Juan de Miraflores, Huancayo, La Oroya, Tarma, Huánuco, Tingo María): textile
workshops, a chicken farm, night clubs on the Carretera Central, a quarry, domestic
workers, a motel, a school janitor, a pastor, a Venezuelan barber, a Lima–Huancayo
bus driver.

Styles: five lowercase unpunctuated Whisper-style Spanish transcripts (fillers, self-
corrections, misheard words), two cased Spanish (one Venezuelan), two English (an
American volunteer, a British nurse), one Brazilian Portuguese. Identifiers are said the
way people say them (lists of people with ages, nicknames, names that are also common
words, surnames alone, initials, phones/DNIs in pieces and read back, landmark/floor/room
places, plates, handles, e-mails spoken aloud), with non-PII traps (money, durations,
counts, hours, the 1818 line, article numbers, public institutions).

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py and make_heldout.py; same annotation conventions as
make_dev.py. Everything (people, numbers, IDs, e-mails, handles, plates, businesses,
addresses) is invented.

Run: python3 make_heldout59.py  (writes heldout59.jsonl next to it)
"""

CALLS = [
    (
        "h59-01",
        "es",
        """
O: línea 1818 buenas noches le habla el operador en qué le podemos ayudar
C: aló sí buenas noches este llamo por un taller de costura que hay acá en [[LOCATION|comas]] o sea al costado de mi casa pe
O: la escucho señora está en un lugar seguro para hablar
C: sí sí estoy en mi tienda eh es que yo trabajé ahí dos semanas nomás y me salí porque no pagan y las chicas que están ahí no las dejan salir
O: dónde queda el taller
C: es en [[LOCATION|collique]] en la [[ADDRESS|cuarta zona pasando el paradero de la posta la casa de ladrillo con portón negro]] eh el taller es arriba pero las chicas duermen en [[ADDRESS|el cuarto de atrás del segundo piso]] ahí todas amontonadas en colchones
O: cuántas personas trabajan ahí
C: son como ocho no nueve chicas y dos chicos también eh le digo las que conozco está [[PERSON|yanet]] que tiene [[AGE|dieciséis]] está [[PERSON|flor]] de [[AGE|quince años]] la [[PERSON|cielo]] que es prima de la [[PERSON|flor]] de [[AGE|catorce]] creo y [[PERSON|maribel ccori]] que ya es mayor tendrá [[AGE|veinte]] más o menos
O: las chicas son de lima o de provincia
C: de provincia de [[LOCATION|huancavelica]] de [[LOCATION|pampas]] las trajo la dueña diciendo que iban a estudiar en la noche o sea que les pagaba el instituto y nada pe ni un día han ido
O: cómo se llama la dueña
C: la señora [[PERSON|nélida]] le dicen la [[PERSON|gringa]] porque es blanquiñosa y su esposo el [[PERSON|tito huamaní]] eh el que maneja la camioneta
O: el taller tiene algún nombre
C: en la puerta no hay letrero pero en las bolsas sale [[ORGANIZATION|confecciones nélida sport]] y eso lo venden en [[LOCATION|gamarra]] en [[ADDRESS|la galería el rey stand doscientos catorce del tercer piso]]
O: cuántas horas trabajan las chicas
C: de seis de la mañana hasta las once doce de la noche y les pagan doscientos soles al mes cuando les pagan y si se malogra una prenda les descuentan veinte soles
O: ha visto algún maltrato
C: la [[PERSON|gringa]] les grita todo el día y a la [[PERSON|yanet]] [[DATE_TIME|el sábado]] la encerró en el baño hasta la noche porque quería llamar a su mamá con el celular de la [[PERSON|maribel]]
O: señora lo que me cuenta puede ser trata con fines de explotación laboral y hay menores vamos a comunicarlo a la policía nacional y a la fiscalía me podría dejar un número para contactarla
C: sí apunte es [[PHONE_NUMBER|nueve cuatro tres]]
O: ajá
C: [[PHONE_NUMBER|seis uno ocho]] eh [[PHONE_NUMBER|dos dos siete]]
O: le repito [[PHONE_NUMBER|nueve cuatro tres seis uno ocho dos dos siete]] correcto
C: eh no al final es [[PHONE_NUMBER|dos siete siete]] me equivoqué perdón
O: entonces [[PHONE_NUMBER|943 618 277]]
C: ese sí y mi nombre no se lo doy ya porque ellos saben dónde vivo
O: no se preocupe puede quedar en reserva no se acerque al taller y si ve que se llevan a las chicas en la camioneta llame al 105 o aquí al 1818 a cualquier hora
C: ya joven gracias o sea yo nomás quiero que esas chiquitas regresen con su familia
""",
    ),
    (
        "h59-02",
        "es",
        """
O: línea 1818 buenas tardes en qué le puedo ayudar
C: buenas tardes señorita este quería denunciar eh es por mi hermano menor que está trabajando en una granja de pollos en [[LOCATION|caraballo]] o sea [[LOCATION|carabayllo]]
O: sí dígame cómo se llama su hermano y qué edad tiene
C: se llama [[PERSON|ángel tucto rojas]] tiene [[AGE|diecisiete]] no [[AGE|dieciséis]] recién va a cumplir [[AGE|diecisiete]]
O: dónde queda la granja
C: por la [[ADDRESS|carretera a canta kilómetro veintiséis entrando por la trocha al costado del restaurante campestre]] la granja se llama [[ORGANIZATION|avícola san pedrito]] son como cuatro galpones
O: qué le ha contado su hermano
C: que trabaja limpiando los galpones recogiendo los pollos muertos de noche cargando sacos de alimento de cincuenta kilos y no le pagan dice que le deben tres meses o sea como dos mil cuatrocientos soles y el encargado le quitó su dni
O: quién es el encargado
C: un tal [[PERSON|paredes]] eh y el dueño es el ingeniero [[PERSON|solís]] pero él casi no va por ahí
O: su hermano está solo o hay más personas
C: no hay otros chicos también de [[LOCATION|huánuco]] de [[LOCATION|panao]] está el [[PERSON|moisés]] de [[AGE|quince]] y un chiquito que le dicen [[PERSON|pollito]] no sé su nombre tendrá [[AGE|trece años]] recién
O: los dejan salir de la granja
C: no pe duermen en un cuarto de calamina al lado de los galpones con todo el olor y el portón lo cierran con candado en la noche y hay perros sueltos
O: tiene el dni de su hermano
C: sí tengo una foto espere es [[ID_NUMBER|siete uno cuatro ocho]] eh espérese se me apagó la pantalla ya [[ID_NUMBER|cero nueve seis]] no [[ID_NUMBER|dos cero nueve seis]]
O: le repito [[ID_NUMBER|71482096]] correcto
C: sí correcto señorita
O: y desde qué número me llama me sale el [[PHONE_NUMBER|910 447 352]] es el suyo
C: sí ese es mío mi nombre es [[PERSON|edwin]] [[PERSON|edwin tucto]]
O: gracias señor [[PERSON|edwin]] quedarse con el documento de una persona y no pagarle está prohibido la trata está en el artículo ciento cincuenta y tres del código penal vamos a derivar el caso a la fiscalía especializada y a la sunafil y como hay menores también a la policía
C: ya y cuánto demora eso porque mi hermano ya no aguanta
O: cuando hay menores se prioriza puede ser en las próximas 24 o 48 horas mientras tanto dígale a [[PERSON|ángel]] que no se escape de noche por los perros que guarde este número 1818
C: ya señorita le voy a decir gracias
""",
    ),
    (
        "h59-03",
        "es",
        """
O: Línea 1818, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, mi pana. Mire, yo soy venezolano, tengo una barbería acá en [[LOCATION|Ate]], y le llamo porque hay una vaina que me tiene preocupado desde hace días.
O: Cuénteme con confianza. ¿Está en un lugar seguro?
C: Sí, ya cerré el local. La barbería se llama [[ORGANIZATION|Barbería El Catire]], en [[LOCATION|Vitarte]], en [[ADDRESS|el segundo piso encima de la ferretería, frente al paradero de la fábrica]]. Yo me llamo [[PERSON|Yorman]], [[PERSON|Yorman José Briceño]].
O: Gracias, señor [[PERSON|Yorman]]. ¿Qué es lo que le preocupa?
C: Hay un cliente, un peruano que le dicen el [[PERSON|Tiburón]], que viene a cortarse cada viernes y siempre viene con chamas venezolanas nuevas, jovencitas, burda de asustadas. Las trae de [[LOCATION|Tumbes]], recién llegadas, y las pone a trabajar en un night club en [[ADDRESS|el kilómetro 11 de la Carretera Central, al lado del grifo, el de la puerta morada]]. El local se llama [[ORGANIZATION|Club Mil Amores]].
O: ¿Alguna de ellas le ha contado algo?
C: Una sí, [[PERSON|Génesis]], la trajo él a que le arreglara el cabello. Me dijo bajito que tiene [[AGE|17 años]], que le quitaron el pasaporte y que le dicen que debe 2.000 dólares del viaje. Que la obligan a estar con los clientes. Con ella estaba otra, [[PERSON|Dayerlin]], de [[AGE|16]], y una mayorcita, [[PERSON|Rosángela M.]], que tendrá [[AGE|23]].
O: ¿Cuándo fue la última vez que las vio?
C: [[DATE_TIME|El viernes]] pasado, como a [[DATE_TIME|las siete de la noche]]. La [[PERSON|Génesis]] me dio su Instagram para que la ayudara: [[OTHER_ID|@genesis.vzla_04]]. Y el tipo ese recluta por otra cuenta, [[OTHER_ID|@chamba_peru_vzla]], ahí publica "trabajo de anfitriona, 500 dólares a la semana".
O: Eso es muy importante. ¿Sabe el nombre real de ese hombre o tiene algún dato del vehículo?
C: El nombre no, solo que se apellida [[PERSON|Cárdenas]]. Anda en un carro negro, placa [[OTHER_ID|BRW-452]], la vi cuando se paró enfrente.
O: Le explico: eso es trata con fines de explotación sexual, con menores de edad, y ellas son víctimas aunque no tengan papeles. Vamos a pasar el caso a la Policía Nacional y a la Fiscalía especializada, y también podemos coordinar con la OIM por ser extranjeras. ¿Me deja un número?
C: Claro, el mío es [[PHONE_NUMBER|nueve uno tres, cuatro cero cinco, seis ocho dos]].
O: Le repito: [[PHONE_NUMBER|913 405 682]].
C: Exacto. Y si necesitan mi carné de extranjería para algo, es [[ID_NUMBER|001873462]].
O: Gracias. No le pregunte nada más al hombre ni se exponga. Si la chica vuelve a la barbería, dígale que puede llamar gratis al 1818, sin saldo.
C: Perfecto, chamo. Yo también tengo una hija de esa edad allá en [[LOCATION|Valencia]], ¿sabe? Por eso no me podía quedar callado.
O: Hizo muy bien, señor [[PERSON|Yorman]]. Mañana le devolvemos la llamada.
""",
    ),
    (
        "h59-04",
        "es",
        """
O: línea 1818 buenos días
C: buenos días señorita eh mire yo soy el conserje de un colegio acá en [[LOCATION|huaycán]] y quería contar algo que estoy viendo hace como un mes
O: claro señor cómo se llama usted
C: [[PERSON|teófilo]] [[PERSON|teófilo ccanto]] trabajo en el [[ORGANIZATION|colegio josé antonio encinas de la zona r]] hace doce años
O: qué es lo que ha visto don [[PERSON|teófilo]]
C: a la salida a la una y media viene un carro gris y recoge a tres alumnas de secundaria no es su papá ni nada un señor de unos cuarenta le dicen el [[PERSON|cuñao]] y las chicas vienen al otro día con celulares nuevos zapatillas nuevas y con sueño todo el día
O: sabe cómo se llaman las alumnas
C: sí una es [[PERSON|soledad]] de tercero de [[AGE|catorce]] otra [[PERSON|dolores]] eh no perdón [[PERSON|milagros]] [[PERSON|huanca]] de cuarto de [[AGE|quince años]] y la otra no sé su nombre es de [[LOCATION|lima]] no o sea no es de [[LOCATION|lima]] es de [[LOCATION|ayacucho]] le dicen la [[PERSON|negrita]]
O: tiene la placa del carro
C: sí la anoté en mi cuaderno [[OTHER_ID|ce cuatro equis]] eh o sea [[OTHER_ID|c4x siete uno ocho]]
O: le repito [[OTHER_ID|C4X-718]]
C: eso sí y [[DATE_TIME|el jueves]] una de las chicas la [[PERSON|soledad]] me dijo don [[PERSON|teo]] no le diga a nadie que nos lleva a un sitio en [[LOCATION|chosica]] a atender en las noches que nos paga cincuenta soles
O: ha hablado con la dirección del colegio
C: sí con la directora la licenciada [[PERSON|quispe]] pero dice que no es problema del colegio que eso es de la familia que vaya a la de muna
O: la demuna y el cem pueden ayudar pero esto por lo que describe puede ser explotación sexual de menores y corresponde a la policía y a la fiscalía lo vamos a derivar hoy mismo tiene un número donde lo podamos llamar
C: sí es el [[PHONE_NUMBER|nueve ocho cinco]] [[PHONE_NUMBER|tres tres cero]] [[PHONE_NUMBER|uno cuatro siete]] pero llámeme después de las tres cuando salgo
O: [[PHONE_NUMBER|985 330 147]] después de las tres entendido
C: y no quiero problemas con la directora eh yo solo veo a esas chicas y me da pena o sea son unas niñas
O: su identidad queda en reserva don [[PERSON|teófilo]] si vuelve a ver el carro anote la hora y llame al 105 o al 1818
C: ya señorita gracias
""",
    ),
    (
        "h59-05",
        "en",
        """
O: Línea 1818, buenas tardes.
C: Hi, um, hello. Sorry, is there someone who speaks English? My Spanish is, like, survival level.
O: Yes, I can help you in English. What's going on?
C: Okay, great. So my name's [[PERSON|Kaylee Brennan]], I'm from [[LOCATION|Ohio]], I'm doing a six-month volunteer program in [[LOCATION|Huancayo]], in [[LOCATION|El Tambo]]. I'm renting a room from a family and there's a girl who works for them, and I just don't think it's okay.
O: Thank you for calling, [[PERSON|Kaylee]]. Tell me about the girl.
C: Her name is [[PERSON|Rocío]], she says she's [[AGE|fifteen]]. Actually wait, she told me [[AGE|fourteen]] first and then the señora corrected her and said [[AGE|eighteen]], which is super weird. She's from a village near [[LOCATION|Huancavelica]]. She cooks, cleans, takes care of the twins, and I've never seen her go to school. She sleeps on a mattress in the laundry room on the roof.
O: Is she paid? Has she said anything about her family?
C: She said she gets like 100 soles a month, and the señora keeps it "for her". She hasn't seen her mom in a year and a half. And last [[DATE_TIME|Tuesday]] I heard the señor yelling at her and then she had a red mark on her face.
O: I'm sorry. Do you know the family's names and the address?
C: The mom is [[PERSON|Gladys]], the dad is [[PERSON|Víctor]], last name [[PERSON|Orihuela]]. The address, hold on, I don't know the number, but it's [[ADDRESS|the grey gate next to the pharmacy, two blocks up from the big park, the house with the blue water tank]].
O: That's helpful. Are you safe there? Do they know you're calling?
C: I'm at the [[ORGANIZATION|Casa Esperanza Wanka]] center where I volunteer, so yeah. But I'm kind of scared of them finding out it was me.
O: We keep the caller's identity confidential. What you describe could be child domestic servitude, which is a form of trafficking. We'll refer it to the Fiscalía de Familia and the Policía Nacional in [[LOCATION|Junín]]. The CEM and the DEMUNA can also follow up with her. Can I have your contact details?
C: Sure. My WhatsApp is [[PHONE_NUMBER|plus one, six one four, five five five, zero one nine two]]. And email, it's [[EMAIL_ADDRESS|k dot brennan ninety two at gmail dot com]].
O: Let me read it back: [[EMAIL_ADDRESS|k.brennan92@gmail.com]].
C: Yep, that's it.
O: Thank you. Please don't confront the family or ask [[PERSON|Rocío]] questions in front of them. If you see her being hurt, call 105 or us at 1818, any time, it's free.
C: Okay. She's honestly the sweetest kid. I just want her to be able to go to school.
O: We'll call you in two or three days with an update, [[PERSON|Kaylee]].
""",
    ),
    (
        "h59-06",
        "es",
        """
O: línea 1818 buenas noches
C: buenas noches señorita le habla un chofer de bus interprovincial eh hago la ruta [[LOCATION|lima]] [[LOCATION|huancayo]] y quería reportar algo que pasó en mi viaje
O: sí señor lo escucho cuándo fue
C: [[DATE_TIME|el domingo]] en la salida de [[DATE_TIME|las diez de la noche]] de [[LOCATION|yerbateros]] eh subió un señor con cuatro chicas jovencitas con mochilitas nomás él pagó todo en efectivo los cinco pasajes
O: qué le llamó la atención
C: que las chicas no hablaban nada o sea ni entre ellas y él tenía los dnis de todas en su bolsillo yo lo vi cuando la terramoza pidió los documentos y en la parada de [[LOCATION|matucana]] una se me acercó y me dijo señor no sé a dónde nos llevan
O: dónde bajaron
C: en [[LOCATION|la oroya]] como a [[DATE_TIME|las tres de la madrugada]] ahí las esperaba una camioneta roja y el señor le dijo a otro que las llevaba al [[ORGANIZATION|video pub la posada del minero]] que queda por [[ADDRESS|la oroya antigua subiendo por el puente al costado de la iglesia]]
O: tiene los nombres de los pasajeros
C: sí en la lista de pasajeros salen eh el señor figura como [[PERSON|rubén ch]] [[PERSON|rubén chamorro]] con dni [[ID_NUMBER|cuatro tres cero ocho]] [[ID_NUMBER|uno cinco seis dos]] y las chicas [[PERSON|katherine r]] de [[AGE|diecisiete]] [[PERSON|lucía m]] de [[AGE|dieciséis]] [[PERSON|jhoselyn]] y otra que solo dice [[PERSON|paz]] sin edad eh o sea la lista la llenan rápido pe
O: le repito el dni del señor [[ID_NUMBER|43081562]]
C: correcto
O: y usted de qué empresa es
C: de [[ORGANIZATION|transportes nuevo horizonte del centro]] el bus es el de placa [[OTHER_ID|a k t nueve tres uno]] en el asiento veintitrés y veinticuatro iban dos y las otras atrás
O: le repito la placa [[OTHER_ID|AKT-931]]
C: así es yo ya se lo dije a mi supervisor pero me dijo que no me meta que uno no es policía
O: hizo bien en llamar lo que describe son señales de trata con fines de explotación sexual con posibles menores vamos a alertar a la policía nacional en [[LOCATION|junín]] y a la fiscalía para que vayan al local su nombre y un número
C: [[PERSON|wilber]] [[PERSON|wilber poma]] mi número es [[PHONE_NUMBER|nueve seis cuatro siete siete dos cero uno tres]]
O: [[PHONE_NUMBER|964 772 013]] gracias señor [[PERSON|wilber]]
C: ya señorita y disculpe que no llamé antes es que recién llego a [[LOCATION|huancayo]] y ya son casi veinte horas manejando ida y vuelta
O: no se preocupe en cualquier momento puede llamar al 1818 es gratis las 24 horas
""",
    ),
    (
        "h59-07",
        "es",
        """
O: Línea 1818, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, hermana. Le habla el pastor [[PERSON|Eliseo Quinto Meza]], de la [[ORGANIZATION|Iglesia Pentecostal Fuente de Vida]] de [[LOCATION|Tarma]]. Llamo por unos jóvenes de mi congregación.
O: Gracias, pastor. Cuénteme.
C: Hay una cantera por [[LOCATION|Acobamba]], la [[ORGANIZATION|Cantera Santa Rosa]], donde sacan piedra y hacen chancado. Ahí están trabajando tres muchachos de la iglesia, y dos son menores. [[PERSON|Josué]] tiene [[AGE|dieciséis años]], [[PERSON|Caleb]] tiene [[AGE|quince]], y el mayor, [[PERSON|Abel Ricse]], ya tiene [[AGE|diecinueve]].
O: ¿Qué condiciones tienen?
C: Entran antes de que salga el sol y salen de noche. Les ofrecieron 50 soles diarios y les dan 15, porque dicen que les descuentan el almuerzo y las herramientas. No tienen casco, no tienen guantes. Hace dos semanas a [[PERSON|Caleb]] le cayó una piedra en la mano y el encargado no lo llevó a la posta; la hermana [[PERSON|Rosa]], su mamá, lo tuvo que curar en la casa.
O: ¿Pueden dejar el trabajo si quieren?
C: Ese es el problema. El dueño, don [[PERSON|Fermín]], le prestó plata a la familia de [[PERSON|Josué]] cuando murió el papá, 3.000 soles, y ahora dice que el chico trabaja hasta pagar. Y a los que se quieren ir les dice que los va a denunciar por robo de explosivos.
O: ¿Sabe el nombre completo del dueño o algún dato de la empresa?
C: Tengo una boleta que trajo [[PERSON|Abel]]. Dice [[ORGANIZATION|Agregados y Canteras Santa Rosa E.I.R.L.]], RUC [[ID_NUMBER|20601458732]], y el titular es [[PERSON|Fermín Huaringa Yauri]].
O: ¿Dónde queda exactamente la cantera?
C: Subiendo de [[LOCATION|Acobamba]] hacia [[LOCATION|Palcamayo]], en [[ADDRESS|el desvío después del puente colgante, donde está el letrero amarillo de "prohibido el paso"]].
O: Pastor, lo que me cuenta puede ser trata con fines de explotación laboral, con servidumbre por deudas, y hay menores de edad. Según el artículo 153 del Código Penal y la Ley 28950, eso es delito. Vamos a derivarlo a la Fiscalía especializada de [[LOCATION|Junín]], a la Policía Nacional y a SUNAFIL.
C: Gracias, hermana. La mamá de [[PERSON|Josué]] tiene miedo, es viuda, pero quiere denunciar.
O: Ella puede acercarse al CEM de [[LOCATION|Tarma]] y también la pueden acompañar. ¿Me da un número y un correo para contactarlo?
C: Mi celular es [[PHONE_NUMBER|964 218 305]]. Y el correo es [[EMAIL_ADDRESS|pastor.eliseo.q@hotmail.com]], todo en minúsculas.
O: Anotado. Le llamaremos en dos días. Si alguno de los muchachos se lastima de nuevo o los retienen, llame al 105 de inmediato.
C: Dios le bendiga, hermana. Oramos por estos muchachos, pero también hay que hacer algo.
""",
    ),
    (
        "h59-08",
        "en",
        """
O: Línea 1818, good evening.
C: Good evening. Do you speak English? I'm a nurse, I'm calling about a patient.
O: Yes, go ahead, I can help in English.
C: Thank you. My name is [[PERSON|Fiona Gallagher-Reid]], I'm a British nurse on a placement at [[ORGANIZATION|Clínica Los Pinos]] in [[LOCATION|Huánuco]]. We admitted a girl this afternoon and I'm quite concerned she's been trafficked.
O: Thank you for calling. What can you tell me about her?
C: She gave her name as [[PERSON|Esperanza]], no surname. She says she's [[AGE|nineteen]], but honestly she looks [[AGE|fifteen]], [[AGE|sixteen]] at the most. She came in with severe abdominal pain and an untreated infection. She was brought by a man who said he was her uncle, and he left as soon as she was admitted.
O: Did she say where she has been living?
C: She told our social worker she'd been working in [[LOCATION|Tingo María]], at a motel, the [[ORGANIZATION|Motel Las Cascadas]], on [[ADDRESS|the road out towards the Bella Durmiente, just past the bridge]]. She said she and two other girls live in [[ADDRESS|room 7 at the back, by the car park]] and they're made to "attend" clients. She has no ID and no phone. The man has both.
O: Do you have any details about the man?
C: He signed the admission form as [[PERSON|Gonzalo R.]] and left a mobile number: [[PHONE_NUMBER|962 085 441]]. The reception staff said he drove off in a white pickup, and a porter wrote down the plate: [[OTHER_ID|W4F-276]].
O: That's very useful. Is she safe at the moment?
C: For now. She's on the women's ward, [[ADDRESS|bed 4, second floor]]. But he said he'd come back for her tomorrow at [[DATE_TIME|nine a.m.]], and she begged us not to let him take her.
O: We'll alert the Policía Nacional in [[LOCATION|Huánuco]] right now so officers come to the clinic tonight, and the Fiscalía so they can request protection measures. The Ministerio de la Mujer can arrange a shelter when she's discharged. Please ask security not to release her to anyone.
C: I'll tell the charge nurse. Is there anything else I should do clinically? We'd normally do a full exam.
O: Carry on with her care as normal, and keep a record of what she tells you in her own words. The police may ask for it. Can I have a contact for you?
C: Yes, my mobile is [[PHONE_NUMBER|zero seven seven zero zero, nine double one, four two six]], that's a UK number, or the ward line. And my email is [[EMAIL_ADDRESS|f.gallagherreid@nhs.net]].
O: Thank you, [[PERSON|Fiona]]. An officer should be there within the hour. The other two girls at the motel will be part of the same intervention.
C: Brilliant, thank you. There's hope for her yet, I think. She's a lovely girl.
""",
    ),
    (
        "h59-09",
        "pt",
        """
O: Línea 1818, buenas noches.
C: Alô, boa noite. Desculpa, eu sou brasileira, não falo bem espanhol. Você entende português?
O: Sim, entendo, pode falar em português devagar. Em que posso ajudar?
C: Graças a Deus. Meu nome é [[PERSON|Luana Ferreira dos Santos]], eu sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Eu vim para o [[LOCATION|Peru]] com uma amiga, a [[PERSON|Tainá]], porque uma mulher ofereceu trabalho de garçonete num restaurante em [[LOCATION|Lima]]. Mas não é restaurante, é uma boate.
O: Você está num lugar seguro agora?
C: Agora sim, eu tô no banheiro de uma farmácia. Eu consegui sair hoje de tarde porque mandaram eu comprar remédio. Mas a [[PERSON|Tainá]] ficou lá. Ela tem [[AGE|dezessete anos]], ela mentiu a idade para vir.
O: Onde fica essa boate?
C: Na [[ADDRESS|Carretera Central, quilômetro 14, em Santa Clara, do lado de uma oficina mecânica, portão preto]]. Se chama [[ORGANIZATION|Club Noites de Ouro]]. A gente dorme em cima, [[ADDRESS|no terceiro andar, no quarto do fundo]], seis meninas num quarto só.
O: Quem são os responsáveis?
C: A mulher que recrutou a gente chama [[PERSON|Suelen]], ela é brasileira também, e o dono é um peruano que todo mundo chama de [[PERSON|Patrão]], ou [[PERSON|Beto]]. Eles pegaram nossos passaportes na chegada e falam que a gente deve 4 mil reais da passagem e da comida. Se não faz programa com os clientes, não come.
O: Isso é tráfico de pessoas e você e sua amiga são vítimas. Você sabe o número do seu passaporte?
C: Sei, eu tirei foto antes: [[ID_NUMBER|FZ 482 913]]. O da [[PERSON|Tainá]] eu não sei.
O: Obrigada. As outras meninas também são brasileiras?
C: Duas são brasileiras, de [[LOCATION|Cruzeiro do Sul]], as outras são venezuelanas. Tem uma bem novinha, a [[PERSON|Kelly]], acho que tem [[AGE|quinze]].
O: Vamos avisar agora a Policía Nacional para uma intervenção no local e a Fiscalía. Também podemos avisar o consulado do Brasil e a OIM para ajudar você a voltar, se quiser. Tem um número para contato?
C: Meu WhatsApp é brasileiro: [[PHONE_NUMBER|mais cinquenta e cinco, sessenta e oito, nove nove dois um três, quatro quatro oito zero]].
O: Vou repetir: [[PHONE_NUMBER|+55 68 99213 4480]].
C: Isso. E o Instagram da [[PERSON|Suelen]], onde ela posta as vagas, é [[OTHER_ID|@suvagas.peru]].
O: Muito bem, [[PERSON|Luana]]. Fique na farmácia. Vou pedir que uma viatura busque você aí. Qual é a farmácia?
C: É a [[ADDRESS|farmácia na esquina do mercado, em frente ao ponto de ônibus grande]]. Eu espero aqui. Por favor, salva a [[PERSON|Tainá]].
""",
    ),
    (
        "h59-10",
        "es",
        """
O: línea 1818 buenas noches en qué le puedo ayudar
C: aló señorita eh buenas noches es que no sé si aquí puedo llamar este yo trabajo en una casa de trabajadora del hogar
O: sí puede llamar tranquila está sola ahorita
C: sí la señora salió yo estoy en la cocina eh me llamo [[PERSON|mercedes]] [[PERSON|mercedes apolinario]] tengo [[AGE|diecinueve años]] soy de [[LOCATION|tingo maría]] de [[LOCATION|huánuco]]
O: cuénteme [[PERSON|mercedes]] qué le está pasando
C: vine hace ocho meses por una agencia la [[ORGANIZATION|agencia de empleos la huanuqueñita]] que tiene su página en facebook [[OTHER_ID|facebook punto com barra empleos la huanuqueñita]] me dijeron que iba a ganar novecientos soles con un día libre y no me dejan salir ni un domingo
O: le pagan
C: los primeros dos meses sí después nada dice la señora que me está guardando la plata y que la agencia le cobró a ella mil quinientos soles y que eso le debo yo
O: cómo se llama la señora
C: la señora [[PERSON|vilma]] [[PERSON|vilma zegarra]] y su hijo el joven [[PERSON|renzo]] eh que a veces me molesta o sea entra al cuarto en la noche
O: [[PERSON|mercedes]] eso es muy grave dónde duerme usted
C: en [[ADDRESS|el cuartito de la azotea al lado de la lavandería]] no tiene chapa por dentro
O: sabe la dirección de la casa
C: es en [[LOCATION|san juan de miraflores]] en [[LOCATION|pamplona alta]] no perdón en [[LOCATION|ciudad de dios]] [[ADDRESS|la casa de tres pisos frente al colegio de monjas al lado de la bodega el chinito]] la que tiene reja marrón
O: tiene su dni con usted
C: no la señora lo tiene en su cajón el número es [[ID_NUMBER|setenta y dos]] [[ID_NUMBER|cero cinco]] [[ID_NUMBER|treinta y uno]] [[ID_NUMBER|cuarenta y cuatro]]
O: le repito [[ID_NUMBER|72053144]]
C: sí eso
O: lo que me cuenta retener su documento no pagarle no dejarla salir y el acoso del hijo son señales de trata y explotación usted quiere salir de esa casa
C: sí señorita pero no tengo dónde ir mi tía está en [[LOCATION|villa el salvador]] pero no tengo su número
O: podemos coordinar un hogar de refugio con el ministerio de la mujer y la policía puede acompañarla a sacar sus cosas y su dni tiene un número donde la podamos llamar
C: este celular es de la señora no me llame escríbame al mío que lo tengo escondido [[PHONE_NUMBER|nueve dos uno]] [[PHONE_NUMBER|cinco ocho cero]] [[PHONE_NUMBER|tres seis dos]]
O: [[PHONE_NUMBER|921 580 362]] le vamos a escribir mañana temprano la clave va a ser "saludos de la tía [[PERSON|flor]]" así sabe que somos nosotros
C: ya señorita gracias ya está llegando la señora
O: cuídese [[PERSON|mercedes]] si pasa algo esta noche llame al 105 o al 1818
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h59-", "heldout59.jsonl")
