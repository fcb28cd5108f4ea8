# ruff: noqa: E501
"""Held-out set 51: ten NEW fictional, labelled hotline calls for the PII redactor.

Written by an outside writer who read only /work/shared/eval/LABELS.md,
/work/shared/eval/make_dev.py and make_heldout.py (this folder). All people, phone
numbers, IDs, accounts, cards, tickets, receipts, plates, e-mails, businesses and
addresses are invented. Theme: callers who work in institutions and businesses and
read details off papers and screens.

Mix (id: language, style, caller):
  h51-01: es, lowercase unpunctuated Whisper-style, school principal (Apurímac)
  h51-02: es, lowercase unpunctuated Whisper-style, hostel receptionist reading the guest register (Lambayeque)
  h51-03: es, lowercase unpunctuated Whisper-style, bus-company clerk reading passenger list and tickets (Puno)
  h51-04: es, lowercase unpunctuated Whisper-style, money-transfer agency clerk reading accounts (Junín)
  h51-05: es, cased Peruvian Spanish, nurse at a health centre (Tumbes)
  h51-06: es, cased Peruvian Spanish, municipal licensing officer (Cajamarca)
  h51-07: es, Colombian Spanish, lawyer for Colombian women (Loreto)
  h51-08: en, social worker reading a case file (Arequipa)
  h51-09: en, bank compliance clerk reading accounts and cards (La Libertad)
  h51-10: pt, Brazilian Portuguese, social worker at the Acre border (Madre de Dios)

Annotation choices beyond make_dev.py:
  * Bank/CCI account numbers, card numbers (also the last four digits alone),
    money-transfer codes, ticket numbers, receipt/boleta numbers, plates and
    social-media handles or page names are OTHER_ID; the cue words ("cuenta",
    "boleto", "tarjeta terminada en") stay outside the span.
  * RUC, DNI, carné de extranjería, passports, foreign cédulas and CPF are ID_NUMBER.
  * A number read across turns, or a number that is corrected, gives one span per
    fragment / per version (the wrong version is labelled too: it is still a
    real-looking identifier); an operator's read-back is labelled as well.
  * Room, office, floor, counter and bed numbers that locate a person inside a
    building ("habitación doscientos cuatro del segundo piso") are ADDRESS.
  * Named institutions (schools, health centres, municipalities, bus companies,
    hostels, banks' named branches) are ORGANIZATION as one span, even when a
    place name is part of the name ("Centro de Salud Zarumilla"); the bank or
    transfer brand alone is also ORGANIZATION. Generic "la comisaría",
    "la fiscalía" without a name are not labelled.
  * Dates of birth, travel/departure dates and clock times tied to a person's
    movements are DATE_TIME; registration times on screens tied to a person are
    DATE_TIME. Money amounts, seat numbers and bus-route durations are not PII.
  * Case-file, clinical-record (historia clínica), licence-file (expediente) and
    bank internal report numbers that point to a person or business are OTHER_ID.
  * A Nequi wallet given as the account for payments is OTHER_ID even though it is a
    phone number; an office extension is kept inside the PHONE_NUMBER span
    ("076 599250, anexo 1203").
  * Generic bodies without a name (Conselho Tutelar, la comisaría, the prosecutor's
    office) and the operator's scripted lines are not labelled.
  * In the Whisper-style calls names are lowercase and misheard forms (e.g. a name
    transcribed wrong, "de ene i" for DNI) are labelled where a person would read
    them as the identifier.
"""

from make_heldout import write_set

CALLS = [
    (
        "h51-01",
        "es",
        """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita eh le habla el director del [[ORGANIZATION|colegio nuestra señora de cocharcas]] de [[LOCATION|andahuaylas]] mi nombre es [[PERSON|teófilo huamaní ccorahua]] este llamo por una alumna que ya no viene a clases y o sea estamos preocupados
O: gracias por llamar director cómo se llama la alumna y qué edad tiene
C: a ver acá tengo la ficha de matrícula se llama [[PERSON|yeny maribel quispe ayvar]] [[PERSON|quispe]] con q y [[PERSON|ayvar]] con ve tiene [[AGE|quince años]] nació eh [[DATE_TIME|el doce de febrero del dos mil once]] y su de ene i es [[ID_NUMBER|setenta y ocho cuarenta y cinco cero tres diecinueve]]
O: le repito [[ID_NUMBER|78450319]] es correcto
C: sí así es está en cuarto de secundaria sección b y desde [[DATE_TIME|el lunes diecisiete de noviembre]] ya no viene sus compañeras dicen que una señora que le dicen la tía [[PERSON|rufina]] le ofreció trabajo de moza en un restaurante en [[LOCATION|huepetuhe]] el [[ORGANIZATION|recreo el cazador]] le dijo que le iba a pagar mil doscientos soles y que en vacaciones regresaba este la señora tiene una página en facebook que se llama [[OTHER_ID|empleos rufi selva]] ahí pone avisos para chicas
O: la familia sabe algo de ella
C: la mamá la señora [[PERSON|agripina ayvar]] vino llorando a la dirección dice que la chica la llamó una sola vez de un número desconocido y que le dijo que no la dejan salir y que está en un cuarto de madera atrás del local y después ya no contestó
O: eso es muy grave director vamos a derivarlo a la policía especializada y a la fiscalía de [[LOCATION|madre de dios]] tiene el número de la mamá
C: sí anote o sea [[PHONE_NUMBER|nueve nueve cuatro doce treinta y cinco sesenta y ocho]]
O: [[PHONE_NUMBER|994 123 568]] y el número desconocido desde el que llamó la chica
C: ese lo tiene la mamá en su celular empieza con [[PHONE_NUMBER|nueve cinco uno]] y lo demás no me acuerdo disculpe a mí me ubican en mi celular [[PHONE_NUMBER|983 407 215]] o al correo [[EMAIL_ADDRESS|teofilo punto huamani arroba hotmail punto com]] el colegio queda en el [[ADDRESS|jirón juan antonio trelles cuadra cuatro]] por si la fiscalía quiere venir
O: perfecto director mañana lo llamamos para contarle cómo avanza y si la chica se comunica avísenos de inmediato
C: ya señorita muchas gracias que la encuentren pronto
""",
    ),
    (
        "h51-02",
        "es",
        """
O: línea contra la trata buenas noches
C: aló buenas noches señorita le llamo del [[ORGANIZATION|hostal los faiques]] acá en [[LOCATION|chiclayo]] en la [[ADDRESS|calle san josé cuatrocientos ochenta y dos]] yo soy el recepcionista de turno me llamo [[PERSON|jhony]] [[PERSON|jhony alarcón tineo]]
O: buenas noches [[PERSON|jhony]] cuénteme qué pasa
C: es que hace como media hora entró un señor con dos chicas que son menores señorita se nota son chiquitas de [[AGE|catorce]] [[AGE|quince años]] máximo y él dijo que son sus sobrinas pero las chicas no hablaban nada estaban con la cabeza agachada
O: usted registró al señor tiene sus datos
C: sí acá lo tengo en el cuaderno de registro y en la pantalla del sistema a ver dice [[PERSON|rómulo eusebio carranza villegas]] de ene i [[ID_NUMBER|41 20 87 56]] procedencia [[LOCATION|jaén]] ingreso [[DATE_TIME|las once y cuarenta de la noche]] y su celular que puso es [[PHONE_NUMBER|952 810 431]]
O: y las chicas las registró también
C: este él dio los nombres nomás sin documento una [[PERSON|katy]] y la otra [[PERSON|sheyla]] sin apellidos dijo que los de ene i se los olvidaron en la casa o sea eso no es normal pues
O: en qué habitación están
C: en la [[ADDRESS|doscientos cuatro del segundo piso]] la del fondo al lado de la terraza y el señor tiene como [[AGE|cincuenta y tantos años]] vino en una camioneta gris que dejó en la puerta la placa es [[OTHER_ID|eme uno erre]] o sea [[OTHER_ID|m1r seis dos cuatro]]
O: voy a alertar a la policía ahora mismo para que vayan al hostal no suba a la habitación ni lo confronte me deja un número por si los efectivos lo necesitan
C: sí mi número es [[PHONE_NUMBER|nueve siete tres cuatro cuatro uno]]
O: ajá le escucho
C: [[PHONE_NUMBER|cero ocho dos]] perdón se me cortó y el fijo del hostal es [[PHONE_NUMBER|074 23 65 19]]
O: gracias [[PERSON|jhony]] la policía ya está avisada si el señor sale con las chicas anote hacia dónde va y vuelva a llamar
C: ya señorita acá me quedo en recepción
""",
    ),
    (
        "h51-03",
        "es",
        """
O: línea contra la trata buenas tardes
C: buenas tardes habla [[PERSON|lizbeth]] de la empresa [[ORGANIZATION|transportes san cristóbal del sur]] estoy en el [[ADDRESS|counter catorce del terminal terrestre de juliaca]] llamo porque hay algo raro con un pasajero
O: la escucho [[PERSON|lizbeth]] qué ha visto
C: un señor compró cinco pasajes para el bus de [[DATE_TIME|las ocho y media de la noche]] a [[LOCATION|puerto maldonado]] para cinco chicas y él no viaja las chicas están sentadas en la sala de espera con una sola mochila y una me preguntó llorando si en [[LOCATION|mazuco]] hay colegio
O: tiene usted la lista de pasajeros
C: sí acá en la pantalla le leo primera [[PERSON|nayeli cutipa mamani]] de ene i [[ID_NUMBER|76541208]] edad [[AGE|dieciséis]] asiento doce boleto [[OTHER_ID|f cero cero tres guion ciento ochenta y cuatro]] segunda [[PERSON|rosmery ticona apaza]] de ene i [[ID_NUMBER|siete siete cero dos nueve tres uno cinco]] [[AGE|diecisiete]] boleto [[OTHER_ID|f003-185]] y las otras tres igual boletos [[OTHER_ID|f003-186]] al [[OTHER_ID|188]]
O: las menores viajan con permiso notarial
C: el señor mostró un permiso pero la firma del papá se ve igualita a la de la mamá eso es lo raro el señor se llama [[PERSON|fredy choque]] bueno así dijo y pagó con tarjeta terminada en [[OTHER_ID|cuatro cuatro siete uno]] su número de celular en la compra es [[PHONE_NUMBER|nueve cuarenta y dos dieciocho setenta cero tres]]
O: repito [[PHONE_NUMBER|942 187 003]]
C: no perdón es [[PHONE_NUMBER|942 180 703]] me equivoqué
O: el bus ya está en plataforma
C: sí en la plataforma tres placa [[OTHER_ID|v2k-947]] sale en media hora más o menos
O: voy a comunicarme con la policía del terminal y la división de trata para que intervengan antes de la salida usted puede demorar el embarque sin ponerse en riesgo
C: sí puedo decir que falta revisar los documentos mi número es el [[PHONE_NUMBER|951 604 228]] mi jefe es el señor [[PERSON|elmer]] de la [[ADDRESS|oficina del segundo piso]] él también sabe
O: perfecto [[PERSON|lizbeth]] quédese cerca de las chicas sin alarmarlas la policía va en camino
""",
    ),
    (
        "h51-04",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: buenas tardes señorita eh yo trabajo en una agencia de giros [[ORGANIZATION|envíos y giros mantaro]] acá en [[LOCATION|huancayo]] en el [[ADDRESS|jirón real ochocientos diez oficina tres]] me llamo [[PERSON|gladys]] [[PERSON|gladys rojas poma]] y este llamo por una chica que viene a la ventanilla
O: gracias [[PERSON|gladys]] cuénteme qué ha notado
C: es una chica venezolana [[PERSON|yusmary del valle ochoa]] tiene [[AGE|diecinueve años]] según su carné de extranjería que es el [[ID_NUMBER|cero cero tres uno ocho cuatro cinco siete dos]] ella cobra giros casi todos los días de diferentes hombres y siempre viene con un señor que le quita la plata ahí mismo en la puerta
O: sabe quién es ese señor
C: se llama [[PERSON|wílmer]] o [[PERSON|guillermo]] no sé bien [[PERSON|wílmer]] creo le dicen el [[PERSON|flaco]] y una vez él hizo un depósito y dejó su de ene i [[ID_NUMBER|45632109]] y la plata la manda a una cuenta de la [[ORGANIZATION|caja rural sierra central]] le leo de la pantalla cuenta de ahorros [[OTHER_ID|cero cero once guion cero ochocientos catorce guion cero dos cinco siete tres tres]] y el cci es [[OTHER_ID|803 014 011081402573 31]]
O: y la chica le ha dicho algo
C: [[DATE_TIME|el viernes veintiuno]] vino sola llorando y me dijo bajito que le deben cinco mil soles del pasaje desde [[LOCATION|tumbes]] que la tienen en un cuarto encima de un night en [[LOCATION|el tambo]] el [[ORGANIZATION|night club la llama azul]] y que no la dejan salir sin el [[PERSON|flaco]]
O: eso puede ser trata con fines de explotación sexual vamos a derivarlo a la policía y a la fiscalía especializada tiene algún comprobante de esos giros
C: sí el último es el giro número [[OTHER_ID|g veinte cero nueve cuarenta y cuatro ochenta y uno]] del [[DATE_TIME|veintiocho de noviembre]] a [[DATE_TIME|las seis y diez de la tarde]] y la clave de cobro era [[OTHER_ID|7 3 9 4 1 5]]
O: muy bien y la chica tiene un número
C: ella me dio su whatsapp [[PHONE_NUMBER|nueve cero cuatro]] este [[PHONE_NUMBER|cinco siete uno]] [[PHONE_NUMBER|dos dos seis]] pero dijo que solo le escriban de mañana cuando el [[PERSON|flaco]] duerme
O: y a usted cómo la ubicamos
C: a mi celular [[PHONE_NUMBER|964 318 570]] no perdón [[PHONE_NUMBER|964 318 507]] o al correo de la agencia [[EMAIL_ADDRESS|ventanilla3.girosmantaro@gmail.com]] pero preferiría que no venga la policía uniformada a la agencia
O: entendido [[PERSON|gladys]] se hará con reserva mañana la llamamos para coordinar
C: gracias señorita yo solo quiero que la ayuden
""",
    ),
    (
        "h51-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches. Le habla la licenciada [[PERSON|Marleny Zapata Olaya]], enfermera de turno del [[ORGANIZATION|Centro de Salud Aguas Verdes]], en [[LOCATION|Zarumilla]], [[LOCATION|Tumbes]]. Tengo una paciente adolescente y creo que es un caso de trata.
O: Gracias por llamar, licenciada. ¿Qué le hace pensar eso?
C: La trajo una señora a [[DATE_TIME|las 10:40 de la noche]] con un corte en el brazo. La registró como [[PERSON|Kiara López]], de [[AGE|19 años]], y me dictó el DNI [[ID_NUMBER|70318842]]. Pero cuando la señora salió a fumar, la chica me dijo que se llama [[PERSON|Dayanne Lucero Chunga Ramos]], que es de [[LOCATION|Sullana]] y que nació [[DATE_TIME|el 14 de agosto de 2011]]. Tiene [[AGE|15 años]].
O: ¿Le contó dónde está viviendo?
C: Que la tienen en el [[ORGANIZATION|Karaoke La Frontera Dorada]], en la [[ADDRESS|Av. Los Manglares 615, a media cuadra del puente]], y que la hacen pasar a [[LOCATION|Huaquillas]], en [[LOCATION|Ecuador]], los fines de semana. El corte se lo hizo un cliente con una botella.
O: ¿Dónde está ella ahora?
C: En el [[ADDRESS|tópico, consultorio 3 del primer piso]]. Le he abierto la historia clínica N.° [[OTHER_ID|HC-004718]] con el nombre falso, porque la señora estaba mirando. La señora se llama [[PERSON|Elsa]], dice que es su tía, y dejó de contacto el [[PHONE_NUMBER|972 44 18 03]].
O: Le voy a pedir que no le dé el alta hasta que llegue la policía. ¿La señora sigue en el centro de salud?
C: Sí, está en la sala de espera. Está con un joven de unos [[AGE|25]] que vino en una mototaxi, la placa es [[OTHER_ID|8451-5P]].
O: Estoy alertando ahora mismo a la comisaría y a la fiscalía de familia de [[LOCATION|Tumbes]]. ¿Me da su número directo?
C: Sí: [[PHONE_NUMBER|novecientos sesenta y uno]]... espere, [[PHONE_NUMBER|961 207 334]]. Y el fijo del centro es [[PHONE_NUMBER|(072) 56-3490]].
O: Gracias, licenciada [[PERSON|Marleny]]. No deje sola a la adolescente y, si la señora intenta llevársela, avise al personal de seguridad y llámenos de inmediato.
C: Entendido. Acá me quedo con ella.
""",
    ),
    (
        "h51-06",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Le saluda [[PERSON|Jorge Luis Terrones Chávez]], de la Subgerencia de Licencias de la [[ORGANIZATION|Municipalidad Provincial de Cajamarca]]. Trabajo en la [[ADDRESS|oficina 304, tercer piso del palacio municipal]]. Llamo para reportar lo que encontramos en una inspección.
O: Buenos días, señor [[PERSON|Terrones]]. Lo escucho.
C: [[DATE_TIME|El sábado 28 de noviembre]], a [[DATE_TIME|la 1:30 de la madrugada]], hicimos un operativo de licencias en la [[ORGANIZATION|Discoteca Néctar Club]], en el [[ADDRESS|Jr. Amazonas 1142]], en [[LOCATION|Baños del Inca]]. Encontramos tres chicas de [[AGE|16]] trabajando como damas de compañía. Una dijo que la trajeron de [[LOCATION|Celendín]] con engaños.
O: ¿Qué datos del local tiene?
C: Tengo el expediente en pantalla. Expediente de licencia N.° [[OTHER_ID|2026-008341]], RUC [[ID_NUMBER|20603918475]]. El titular es [[PERSON|Segundo Idelso Vásquez Huamán]], DNI [[ID_NUMBER|26714390]]. En la solicitud puso el celular [[PHONE_NUMBER|976 530 118]] y el correo [[EMAIL_ADDRESS|nectarclub.eventos@gmail.com]].
O: ¿Y qué pasó con las chicas?
C: Nosotros no tenemos competencia penal; clausuramos el local y levantamos el acta. Pero la policía no llegó y el administrador, un tal [[PERSON|Richard]], se las llevó en una camioneta. Alcancé a anotar la placa: [[OTHER_ID|M4B-217]]. Ayer vi que el local vuelve a abrir con otro nombre, [[ORGANIZATION|Bar Tentación]].
O: Esa información es muy importante. Vamos a derivarla a la fiscalía especializada en trata y a la policía de [[LOCATION|Cajamarca]]. ¿Tiene los nombres de las chicas?
C: Solo de una, la que habló: [[PERSON|Mayra]], de apellido [[PERSON|Culqui]]. Dijo que nació [[DATE_TIME|el 3 de enero de 2010]], pero no tenía DNI.
O: ¿Cómo lo contactamos a usted?
C: Al fijo [[PHONE_NUMBER|076 599250, anexo 1203]], o a mi correo institucional [[EMAIL_ADDRESS|jterrones@municaj.gob.pe]]. Puedo enviar copia del acta.
O: Perfecto, señor [[PERSON|Terrones]]. Le llegará un correo de la fiscalía para pedirle el acta. Gracias por reportarlo.
""",
    ),
    (
        "h51-07",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes, qué pena con usted, le habla la doctora [[PERSON|Luz Adriana Ospina Restrepo]], abogada de la [[ORGANIZATION|Corporación Ríos de Dignidad]]. Soy colombiana pero estoy aquí en [[LOCATION|Iquitos]], en la oficina de la [[ADDRESS|calle Próspero 428, segundo piso, oficina 2B]]. Represento a dos muchachas colombianas y necesito orientación, pues.
O: Claro, doctora. Cuénteme.
C: Listo. Las dos son de [[LOCATION|Leticia]]. Un señor que les dicen el [[PERSON|Paisa]], [[PERSON|Harold]] se llama, les ofreció trabajo en un restaurante acá y les pagó la lancha. Tengo los pasajes: [[ORGANIZATION|Lanchas Expreso Amazonas Real]], tiquetes número [[OTHER_ID|000731]] y [[OTHER_ID|000732]], del [[DATE_TIME|9 de noviembre]]. Llegando les quitaron los pasaportes y las pusieron a atender clientes en el [[ORGANIZATION|Hospedaje El Delfín Rosado]], en [[LOCATION|Punchana]].
O: ¿Ellas están a salvo ahora?
C: Sí, se volaron anoche y están conmigo. La mayor es [[PERSON|Yuliana Andrea Mosquera Palacios]], cédula [[ID_NUMBER|1.121.845.307]], tiene [[AGE|22 años]]. La otra es [[PERSON|Karen Dayana Cuesta]], nacida [[DATE_TIME|el 30 de abril de 2009]], o sea que es menor, tiene [[AGE|17]]. Su tarjeta de identidad es la [[ID_NUMBER|1.006.482.913]].
O: ¿Tiene datos de los pasaportes?
C: El de [[PERSON|Yuliana]] sí, en una foto: [[ID_NUMBER|AV594812]]. El de [[PERSON|Karen]] no lo tenemos.
O: ¿Y del tal [[PERSON|Harold]]?
C: Les cobraba la "deuda" por una cuenta Nequi, que es su mismo celular colombiano: [[OTHER_ID|320 451 8872]]. Y en [[LOCATION|Perú]] usa el [[PHONE_NUMBER|nueve cuatro siete, treinta y uno, sesenta, veintidós]]... no, perdón, [[PHONE_NUMBER|947 316 022]]. Anda en una moto con placa [[OTHER_ID|1294-LB]].
O: Vamos a derivar a la fiscalía especializada de [[LOCATION|Loreto]] y coordinar un albergue para la menor. ¿Cómo la contactamos, doctora?
C: A mi WhatsApp colombiano, [[PHONE_NUMBER|tres once, cuatro ochenta, veintidós, noventa y seis]], con el más cincuenta y siete, o al correo [[EMAIL_ADDRESS|laospina@riosdedignidad.org]].
O: Perfecto. ¿Las muchachas quieren volver a [[LOCATION|Colombia]]?
C: [[PERSON|Karen]] sí, a donde la abuela. [[PERSON|Yuliana]] quiere denunciar primero. Mil gracias, sumercé.
O: Con gusto, doctora. La fiscalía la llamará hoy y nosotros mañana.
""",
    ),
    (
        "h51-08",
        "en",
        """
O: Línea contra la trata, buenos días.
C: Good morning, sorry, English? My name is [[PERSON|Sarah Lindqvist]], I'm a social worker at the [[ORGANIZATION|Hogar Nuevo Amanecer]] shelter in [[LOCATION|Cayma]], [[LOCATION|Arequipa]]. I'm calling about a case you referred to us last month.
O: Of course. Do you have the case number?
C: Yes, it's on my screen: [[OTHER_ID|AQP-2026-0457]]. The girl is [[PERSON|Noemí Chambi Larico]], born [[DATE_TIME|June 3rd, 2010]], DNI [[ID_NUMBER|seven one two eight, four four zero six]]. She was rescued from the [[ORGANIZATION|Hospedaje Misti Real]], [[ADDRESS|room 7 on Calle Jerusalén 309]].
O: I see it. What's the new development?
C: Yesterday at [[DATE_TIME|4:15 in the afternoon]] a man came to the shelter saying he's her father and wanted to take her. He showed a DNI, [[ID_NUMBER|29648170]], name [[PERSON|Víctor Mamani Ccopa]]. But I checked the file and her father is [[PERSON|Gregorio Chambi]], and [[PERSON|Noemí]] recognised this man, she said he's the one who drove her from [[LOCATION|Juliaca]].
O: That's very serious. Did he leave?
C: He left in a white car, plate [[OTHER_ID|V6T-330]], when I said I needed to check with the prosecutor. He left a phone number, [[PHONE_NUMBER|nine five eight]]...
O: Go on, I'm noting it.
C: ...[[PHONE_NUMBER|six one two]], [[PHONE_NUMBER|four four nine]]. [[PERSON|Noemí]] is terrified, she's [[AGE|sixteen]] and she thinks they'll find her family.
O: We'll inform the prosecutor and the police today and ask for protection measures for her and the family. Can you reach the real father?
C: I have his number in the file, [[PHONE_NUMBER|+51 973 208 416]]. He lives in [[LOCATION|Ayaviri]].
O: And your direct contact?
C: My office is on the [[ADDRESS|second floor, room 214]]. Mobile [[PHONE_NUMBER|959 770 132]], email [[EMAIL_ADDRESS|s.lindqvist@nuevoamanecer.org.pe]].
O: Thank you, [[PERSON|Sarah]]. Please don't let anyone but authorised staff see [[PERSON|Noemí]]. I'll call you this afternoon.
""",
    ),
    (
        "h51-09",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Good afternoon, do you have someone in English? I'm [[PERSON|Priya Raman]], compliance analyst at [[ORGANIZATION|Banco Andino del Norte]], the main branch on [[ADDRESS|Avenida España 1850, fourth floor]], in [[LOCATION|Trujillo]]. Our unit flagged an account and my manager asked me to call you as well as file the report.
O: Yes, I can help in English. What did you find?
C: The account is a savings account, number [[OTHER_ID|191-2048735-0-64]], held by [[PERSON|Ernesto Celis Rubio]], DNI [[ID_NUMBER|18094527]], date of birth [[DATE_TIME|11 September 1979]]. He's also the owner of a business, [[ORGANIZATION|Agencia de Empleos Costa Norte]], RUC [[ID_NUMBER|20481937265]].
O: What kind of activity?
C: Since [[DATE_TIME|August]] he receives small deposits from dozens of young women, always the same amount, described as "training fee", and then his debit card, the one ending in [[OTHER_ID|6614]], pays for bus tickets at [[ORGANIZATION|Turismo Chimú Express]] and for rooms at the [[ORGANIZATION|Hostal Huanchaco Sol]] in [[LOCATION|Huanchaco]]. Last week the card paid for six tickets to [[LOCATION|Tumbes]], and then a transfer went to an account in [[LOCATION|Ecuador]].
O: Do you have details of any of the women?
C: Two of them came to the branch to complain that they never got the job. One is [[PERSON|Rocío Alvarado Sifuentes]], [[AGE|18]], DNI [[ID_NUMBER|seven four zero, three nine one, two six]]. She left her number read in twos: [[PHONE_NUMBER|nine four, seven two, one eight, three five, zero]].
O: I'll repeat: [[PHONE_NUMBER|947 218 350]].
C: Correct. The other one didn't want to leave her name. She said the agency's office is in [[ADDRESS|the Galería San Agustín, stand 23, on Jirón Pizarro]].
O: That matches recruitment for trafficking abroad. We'll pass it to the prosecutor's office in [[LOCATION|La Libertad]]. How can they reach you?
C: My desk line is [[PHONE_NUMBER|044 48 6200 extension 312]], and my email is [[EMAIL_ADDRESS|priya.raman@bandinorte.com.pe]]. Our internal report number is [[OTHER_ID|ROS-2026-1187]], in case they ask.
O: Thank you, [[PERSON|Priya]]. We'll follow up this week.
""",
    ),
    (
        "h51-10",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde, a senhora fala português? Aqui é a [[PERSON|Francisca das Chagas Moreira]], assistente social do [[ORGANIZATION|CREAS de Assis Brasil]], no [[LOCATION|Acre]], do lado da fronteira com [[LOCATION|Iñapari]].
O: Sí, entiendo portugués, puede hablar. ¿Qué pasó?
C: O Conselho Tutelar trouxe duas meninas peruanas pra cá ontem. Elas estavam trabalhando numa churrascaria em [[LOCATION|Brasiléia]], a [[ORGANIZATION|Churrascaria Pôr do Sol]], na [[ADDRESS|Rua Floriano Peixoto, 233, nos fundos]], sem salário, dormindo no depósito.
O: ¿Tiene los nombres y las edades?
C: Tenho, estou lendo a ficha. A primeira é [[PERSON|Luz Clarita Huanca Pari]], [[AGE|15 anos]], DNI [[ID_NUMBER|73019465]], nascida em [[DATE_TIME|dois de março de dois mil e onze]], de [[LOCATION|Puerto Maldonado]]. A segunda disse que se chama [[PERSON|Maribel]], [[AGE|dezesseis]], mas não tem documento nenhum.
O: ¿Quién las llevó?
C: Um brasileiro, [[PERSON|Cleiton Souza]], CPF [[ID_NUMBER|418.336.902-17]]. Ele busca as meninas em [[LOCATION|Puerto Maldonado]] num caminhão, placa [[OTHER_ID|QLB-4E72]], e atravessa pela ponte. Tem até a passagem da [[ORGANIZATION|Viação Rio Acre]], número [[OTHER_ID|004512]], do dia [[DATE_TIME|vinte e três de novembro]], no nome da [[PERSON|Luz]].
O: Vamos a coordinar con la fiscalía y el albergue de [[LOCATION|Madre de Dios]] para el retorno. ¿Tiene contacto de la familia?
C: A mãe da [[PERSON|Luz]] é a senhora [[PERSON|Eulogia Pari]], telefone peruano [[PHONE_NUMBER|nove oito dois]]... [[PHONE_NUMBER|quatro sete zero]]... [[PHONE_NUMBER|um um cinco]].
O: Le repito: [[PHONE_NUMBER|982 470 115]].
C: Isso. E o meu telefone é [[PHONE_NUMBER|+55 68 99214-3307]], e o e-mail do CREAS é [[EMAIL_ADDRESS|creas.assisbrasil@gmail.com]]. Eu fico na [[ADDRESS|sala 2, no térreo]].
O: Gracias, señora [[PERSON|Francisca]]. Mañana la llamamos con la fiscalía.
C: Obrigada, viu? As meninas estão bem assustadas.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h51-", "heldout51.jsonl")
