#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 24: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py (annotation conventions) and the builder's
markup were read. Styles: three lowercase unpunctuated speech-recogniser Spanish
transcripts (fisherman in Paita, young woman in a Gamarra textile workshop, aunt in
Tarapoto); two cased Spanish calls (labour inspector in Ica, teacher in Huánuco); an
English call from a Filipino seafarer in Callao; Brazilian Portuguese from a mother
in Rio Branco; Venezuelan Spanish from a young man in Tumbes; Andean Spanish with
Quechua words from a man in Puno; a taxi driver in Arequipa describing a route.

All people, phone numbers, IDs, e-mails, handles, plates, accounts, vessels,
addresses and businesses are invented. Conventions follow make_dev.py: the
hotline's name/number and institutions are not PII; money, durations, counts,
routine times and legal article numbers are not PII.
"""

CALLS = [
    (
        "h24-lower-es-01",
        "es",
        """
O: linea contra la trata buenas noches en que le podemos ayudar
C: buenas noches señorita yo soy pescador aca en [[LOCATION|paita]] y le llamo por unos chibolos que estan trabajando en una bolichera mi nombre es [[PERSON|eusebio chunga ramos]] pero en el muelle todos me conocen como el [[PERSON|tiburon]]
O: cuenteme que ha visto
C: la embarcacion se llama [[OTHER_ID|santa rosalia uno]] la matricula es [[OTHER_ID|pt guion cuatro siete nueve dos ocho guion bm]] ahi tienen a tres chiquillos de [[AGE|catorce]] y [[AGE|quince años]] que los han traido de [[LOCATION|huancabamba]]
O: como los tratan
C: los hacen salir a las tres de la mañana y regresan a los cuatro dias y no les pagan ni un sol dicen que primero tienen que devolver ochocientos soles del pasaje y la comida y uno de ellos tiene la mano toda cortada de la red
O: sabe quien es el dueño de la embarcacion
C: el armador es don [[PERSON|feliciano yovera]] le dicen [[PERSON|patuco]] y el que trae a los chicos de la sierra es su sobrino un tal [[PERSON|brayan]]
O: y donde duermen los chicos cuando estan en tierra
C: en [[ADDRESS|un cuarto de calamina detras del deposito de hielo al final del muelle artesanal pasando la caseta de la capitania]] ahi les echan candado por fuera
O: sabe donde vive el armador
C: en [[LOCATION|paita alta]] en [[ADDRESS|la casa esquinera que esta bajando de la iglesia la merced la de ladrillo con rejas verdes y un ancla pintada en la pared]]
O: alguno de los chicos tiene celular
C: uno si el [[PERSON|jhampier]] su numero es [[PHONE_NUMBER|nueve cuatro uno ocho cero tres seis dos siete]] ay no perdon me equivoque es [[PHONE_NUMBER|nueve cuatro uno ocho cero tres seis siete dos]]
O: cuando salieron la ultima vez a la mar
C: zarparon [[DATE_TIME|el jueves veintitres]] en la madrugada y vuelven [[DATE_TIME|el lunes]] eso me dijo el guardian del muelle
O: muy bien vamos a pasar esto a la policia y a la fiscalia de [[LOCATION|piura]] me deja un numero para ubicarlo
C: si anote [[PHONE_NUMBER|969 440 118]] y mi dni por si acaso es [[ID_NUMBER|cero tres ocho cuatro uno siete cinco dos]]
O: gracias señor [[PERSON|eusebio]] no se acerque a la embarcacion y si los chicos vuelven antes nos llama otra vez al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita que dios la bendiga esos chiquillos no tienen ni quince dias aqui y ya estan flaquitos
""",
    ),
    (
        "h24-lower-es-02",
        "es",
        """
O: linea contra la trata buenas tardes le escuchamos
C: hola señorita disculpe que hable bajito estoy en el baño del taller no me pueden oir ahorita no me pasa nada pero no me dejan salir trabajo en un taller de costura en [[LOCATION|gamarra]] en [[LOCATION|la victoria]] somos seis chicas cosemos desde las siete de la mañana hasta la medianoche
O: como se llama usted y cuantos años tiene
C: me llamo [[PERSON|yeny roxana huanca tito]] tengo [[AGE|diecinueve]] recien cumpli [[DATE_TIME|el doce de agosto]] y aca ni cuenta se dieron
O: donde queda exactamente el taller
C: es en la [[ORGANIZATION|galeria los andes textil]] por el [[ADDRESS|jiron sebastian barranca cuadra catorce]] el taller esta en el [[ADDRESS|sexto piso puerta seiscientos doce la del fondo al lado del baño de mujeres]]
O: quien es el dueño del taller
C: la señora [[PERSON|gladys]] y su hijo [[PERSON|marcos]] la marca que cosemos se llama [[ORGANIZATION|confecciones kairos]] y nos tienen durmiendo en [[ADDRESS|el cuartito del septimo piso encima del taller donde guardan los rollos de tela]]
O: le pagan algo
C: nada dicen que les debemos el cuarto y la comida nos prometieron novecientos soles al mes y llevo cuatro meses sin ver un sol y el dni nos lo quitaron dizque para la planilla
O: recuerda el numero de su dni
C: si es [[ID_NUMBER|setenta y dos cuarenta y uno ochenta y ocho cero seis]] me lo quitaron [[DATE_TIME|el primero de marzo]] cuando llegue yo soy de [[LOCATION|andahuaylas]] la señora [[PERSON|gladys]] ponia anuncios en facebook su pagina es [[OTHER_ID|gladys confecciones lima oficial]] y ahi pedia chicas que sepan remallar
O: hay menores de edad con ustedes
C: si hay una chica de [[AGE|quince]] se llama [[PERSON|milagros]] ella llora todas las noches quiere volver con su mama
O: tiene un numero donde podamos escribirle
C: este celular es de mi compañera [[PERSON|ruth]] el mio me lo quitaron mejor escribame a su whatsapp [[PHONE_NUMBER|novecientos diez cuatrocientos treinta y siete doscientos cincuenta y seis]] o a mi correo [[EMAIL_ADDRESS|yeny huanca diecinueve arroba gmail punto com]]
O: muy bien [[PERSON|yeny]] vamos a avisar a la policia y a la sunafil para que vayan al taller a que hora es mas seguro escribirle
C: despues de las once cuando la señora se va ya me tengo que ir señorita ahi viene [[PERSON|marcos]]
O: ya [[PERSON|yeny]] no borre este numero cuidese mucho le escribimos en la noche
""",
    ),
    (
        "h24-lower-es-03",
        "es",
        """
O: linea contra la trata buenos dias con quien tengo el gusto
C: buenos dias señorita yo soy [[PERSON|doris pinedo shapiama]] le llamo de [[LOCATION|tarapoto]] de [[LOCATION|la banda de shilcayo]] es por mi sobrina
O: digame señora que le ha pasado a su sobrina
C: se llama [[PERSON|keila]] [[PERSON|keila amasifuen pinedo]] tiene [[AGE|dieciseis añitos]] y una señora que le dicen la [[PERSON|china]] se la llevo diciendo que iba a trabajar de cajera en un restaurante
O: y adonde se la llevo
C: a un recreo que se llama [[ORGANIZATION|recreo turistico los aguajales]] pero no es restaurante es un bar de noche queda en [[ADDRESS|el kilometro ocho de la carretera a yurimaguas pasando el puente del cumbaza a mano derecha donde hay un letrero de cerveza con luz roja]]
O: desde cuando esta ahi
C: desde [[DATE_TIME|el dieciocho de febrero]] la primera semana me llamaba luego ya no y ayer me mando un audio llorando que la hacen tomar con los clientes y que no le dejan salir ni al mercado
O: usted ha ido al lugar
C: fui el domingo en motocarro y no me dejaron pasar un muchacho grandazo me boto el motocarro en que la llevaron a ella era rojo la placa es [[OTHER_ID|cuatro siete uno cero guion ocho ese]]
O: sabe el nombre de la señora que le dicen [[PERSON|china]]
C: creo que es [[PERSON|marleni]] nomas se su nombre y su celular [[PHONE_NUMBER|942 61 83 07]] y ahora me esta pidiendo trescientos soles dice que la chica le debe y que si deposito la suelta
O: le dio algun numero de cuenta
C: si me mando por mensaje banco de la nacion cuenta [[OTHER_ID|cuatro cero cero uno dos tres nueve ocho siete seis cinco]] a nombre de [[PERSON|marleni ruiz]]
O: por favor no deposite nada eso tambien es parte del delito vamos a derivar a la policia y a la fiscalia de [[LOCATION|san martin]] tiene foto de [[PERSON|keila]] y su dni
C: si tengo su dni es [[ID_NUMBER|7 6 2 0 9 4 4 1]] y la foto se la puedo mandar
O: a que numero la llamamos señora
C: a este nomas [[PHONE_NUMBER|nueve siete cero]] [[PHONE_NUMBER|dos cinco cinco]] no no se me corto espere [[PHONE_NUMBER|nueve siete cero dos cinco cinco cuatro uno nueve]] y vivo en [[ADDRESS|el pasaje los cedros detras del colegio la segunda casa de madera con el tanque azul]]
O: gracias señora [[PERSON|doris]] en la tarde la llamamos para decirle que se ha avanzado
C: gracias señorita ayudeme por favor esa chica es como mi hija yo la he criado desde que tenia [[AGE|tres años]]
""",
    ),
    (
        "h24-cased-es-01",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Le habla [[PERSON|Rocío Tataje Cabrera]], inspectora de trabajo de la intendencia de [[LOCATION|Ica]]. Quiero reportar lo que encontramos esta mañana en un fundo, porque creo que excede lo laboral.
O: Gracias, inspectora. Cuénteme.
C: Fuimos al [[ORGANIZATION|Fundo San Hilarión]], de la empresa [[ORGANIZATION|Agrícola Los Molles S.A.C.]], RUC [[ID_NUMBER|20604418273]]. Queda en [[LOCATION|Santiago]], en la [[ADDRESS|Panamericana Sur kilómetro 318, entrando por la trocha que sale frente al paradero Cruz de Motupe]].
O: ¿Qué encontraron?
C: Cuarenta y dos trabajadores de cosecha de uva traídos de [[LOCATION|Huancavelica]] y [[LOCATION|Ayacucho]] por un contratista, [[ORGANIZATION|Servicios Generales Wari Sur E.I.R.L.]]. Viven en el [[ADDRESS|módulo 4 del campamento, el galpón de esteras detrás del reservorio]], con un solo baño. Les descuentan treinta soles diarios por comida y transporte, y a la mayoría les retienen el DNI.
O: ¿Hay menores de edad?
C: Sí, identificamos al menos dos. Uno dice llamarse [[PERSON|Alcides Ñaupari]] y tener [[AGE|16 años]]; otra chica, [[PERSON|Yanet]], nos dijo [[AGE|quince]], aunque el capataz insistía en que tiene [[AGE|dieciocho]].
O: ¿Quién es el contratista?
C: Un señor [[PERSON|Hermógenes Quispe Lloclla]], DNI [[ID_NUMBER|41.902.377]]. Le dicen Don [[PERSON|Hermo]]. Los trae en un bus sin logotipo, placa [[OTHER_ID|C5Q-914]], y según los trabajadores los encierra a partir de las diez de la noche.
O: Entiendo. Lo que describe podría configurar trabajo forzoso, el artículo 129-O del Código Penal, y trata si hubo captación con engaño.
C: Eso pensé. Nosotros levantamos el acta, pero necesito que la fiscalía y la policía intervengan antes del [[DATE_TIME|viernes 14]], que es cuando dicen que los van a trasladar a otro fundo en [[LOCATION|Palpa]].
O: Lo derivamos hoy mismo. ¿Me da un contacto directo?
C: Mi celular es el [[PHONE_NUMBER|956-207-431]] y el correo institucional es [[EMAIL_ADDRESS|rtataje@inspecciones-ica.gob.pe]]. Contésteme de preferencia por WhatsApp, en el fundo casi no hay señal.
O: Perfecto, inspectora [[PERSON|Tataje]]. La llamamos en cuanto tengamos respuesta de la fiscalía.
C: Gracias. Y por favor, que se proteja a los dos chicos, el capataz ya sabe que hablaron con nosotros.
""",
    ),
    (
        "h24-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Soy profesor de la [[ORGANIZATION|Institución Educativa Leoncio Prado Gutiérrez]], en [[LOCATION|Amarilis]], [[LOCATION|Huánuco]]. Me llamo [[PERSON|Wilder]], [[PERSON|Wilder Albornoz]].
O: Buenas noches, profesor [[PERSON|Wilder]]. ¿Qué le preocupa?
C: Una alumna de quinto de secundaria, [[PERSON|Sheyla Tucto Ramírez]], de [[AGE|dieciséis]], no viene desde [[DATE_TIME|el lunes 3]]. Sus compañeras me enseñaron los mensajes: una "agencia" de [[LOCATION|Lima]] le ofrecía trabajo de niñera con cama adentro, mil doscientos soles, y le pagaban el pasaje.
O: ¿Cómo se llamaba esa agencia?
C: [[ORGANIZATION|Agencia de Empleos Manos Unidas Perú]]. En Facebook aparece como [[OTHER_ID|manosunidas.empleos.lima]] y el número con el que le escribían es [[PHONE_NUMBER|+51 927 084 361]].
O: ¿Sabe si ya viajó?
C: Su mamá, la señora [[PERSON|Florencia Ramírez]], cree que sí. Dice que la vieron subir a un carro en [[ADDRESS|el paradero de colectivos a Tingo María, frente al puente Calicanto, al lado de la juguería]]. Un auto plomo, placa [[OTHER_ID|H1G 537]].
O: ¿Tiene algún dato de la casa a la que iba?
C: En los mensajes le decían "te recogemos en el terminal y te llevamos a [[LOCATION|Los Olivos]], a [[ADDRESS|la urbanización Villa Sol, manzana F, lote 22, la casa del portón guinda]]". Eso es todo lo que hay.
O: ¿La mamá ha hecho la denuncia?
C: Fue ayer a la comisaría y le dijeron que espere. Por eso llamo. Yo también tengo la copia del DNI de la chica en la ficha de matrícula: [[ID_NUMBER|7-3-5-1-8-0-2-9]].
O: Bien. No es necesario esperar, una denuncia por desaparición de una menor se recibe de inmediato. Vamos a alertar a la División de Búsqueda de Personas y a la fiscalía. ¿Me da el teléfono de la mamá?
C: Es [[PHONE_NUMBER|962]]... [[PHONE_NUMBER|cuatro cinco ocho]]... déjeme ver... sí, [[PHONE_NUMBER|962 458 117]]. El mío es [[PHONE_NUMBER|945 330 692]], y mi correo [[EMAIL_ADDRESS|walbornoz.profe@outlook.es]].
O: Gracias, profesor. ¿La alumna tenía celular propio?
C: Sí, pero lo tiene apagado desde [[DATE_TIME|el martes a las siete de la noche]]. Su TikTok es [[OTHER_ID|@sheyla_tr07]], ahí subió un video en el bus.
O: Eso puede ayudar a ubicarla. En una hora lo llamamos con el número de la denuncia.
C: Gracias. Y que no se enteren que fui yo, por favor, en el barrio todo se sabe.
""",
    ),
    (
        "h24-en-01",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hello ma'am, good evening. Do you speak English? I am a seaman, Filipino, my ship is here in [[LOCATION|Callao]].
O: Yes, I can help you in English. Are you safe to talk right now?
C: Yes, I am outside, near the gate. My name is [[PERSON|Rodel Magbanua]], I am [[AGE|twenty-four]]. We are six Filipino crew on a fishing vessel, the [[OTHER_ID|Hai Sheng 608]], IMO number [[OTHER_ID|9 4 1 7 2 5 3]]. We are docked at [[ADDRESS|berth 5C, the last one before the fuel tanks, behind the blue warehouse]].
O: What is happening on the vessel?
C: The captain, Captain [[PERSON|Liu]], keeps our passports and seaman's books in his cabin. We are not paid for seven months. The contract says six hundred dollars, but the manning agency in [[LOCATION|Manila]] says we owe them for the placement fee.
O: What's the name of the agency?
C: [[ORGANIZATION|Bluewave Maritime Crewing Inc.]], in [[LOCATION|Ermita]]. The one who recruited me is Ma'am [[PERSON|Tess]], [[PERSON|Teresita Dumlao]].
O: Has anyone been hurt?
C: Yes. My friend [[PERSON|Jun-Jun]], [[PERSON|Arnel Bacalso]], he has a fever since [[DATE_TIME|Sunday]], the bosun hit him because he was slow. The captain says no doctor, no going ashore.
O: I'm sorry. Do you remember your passport or seaman's book number?
C: My passport is [[ID_NUMBER|P 7 7 0 4 1 9 2 B]], and my seaman's book is [[ID_NUMBER|C-one-two-three, four-five-zero-eight]]. I mean [[ID_NUMBER|C1230458]].
O: Thank you. When is the ship leaving?
C: They say [[DATE_TIME|Thursday night]], maybe at eleven. After that, maybe one year more at sea.
O: We'll contact the port authority and the police right away. Can we reach you on this number?
C: This is a Peruvian SIM from a friend: [[PHONE_NUMBER|9 3 8 5 1 2 0 7 4]]. My own number is [[PHONE_NUMBER|+63 917 552 8034]], with WhatsApp. My wife in [[LOCATION|Iloilo]] also knows, her Facebook is [[OTHER_ID|Lovely Magbanua-Sison]].
O: Thank you, [[PERSON|Rodel]]. Stay near the gate if you can. Someone will come to the berth tonight.
C: Thank you, ma'am. Please, quickly, [[PERSON|Jun-Jun]] is very sick.
""",
    ),
    (
        "h24-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça. Desculpa, eu não falo espanhol direito. Eu sou brasileira, ligo de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Uma amiga me passou esse número.
O: Sí, la entiendo, puede hablar en portugués despacito. ¿Qué pasó?
C: É o meu filho, o [[PERSON|Wesley]]. [[PERSON|Wesley Cândido de Souza]], tem [[AGE|dezessete anos]]. Ele atravessou a fronteira em [[LOCATION|Assis Brasil]] no dia [[DATE_TIME|nove de junho]] com um rapaz que prometeu serviço num garimpo aí no [[LOCATION|Peru]], em [[LOCATION|Madre de Dios]].
O: ¿Sabe en qué lugar exactamente?
C: Ele falou [[LOCATION|Huepetuhe]]. Disse que fica num acampamento [[ADDRESS|depois da ponte de madeira, uns quarenta minutos de moto rio acima, na balsa do seu Toninho, a que tem a lona amarela]]. O dono da balsa é esse [[PERSON|Toninho]], peruano casado com brasileira.
O: ¿Y qué le cuenta su hijo?
C: Que trabalha doze horas por dia no mercúrio, sem luva, que não pagam nada porque ele deve a passagem e a comida. Tiraram o RG dele. Na última mensagem, [[DATE_TIME|domingo passado]], ele disse "mãe, aqui eles têm arma, não deixam ninguém sair".
O: ¿Quién lo llevó? ¿Tiene el nombre?
C: O rapaz se chama [[PERSON|Tião]], [[PERSON|Sebastião Farias]]. Ele aliciou mais dois meninos do bairro [[LOCATION|Cidade Nova]]. O WhatsApp dele é [[PHONE_NUMBER|+55 68 99214-7730]].
O: ¿Usted le ha enviado dinero a alguien?
C: Mandei oitocentos reais por Pix para soltar ele, e não soltaram. A chave Pix era um e-mail, [[EMAIL_ADDRESS|tiao.farias.garimpo@gmail.com]]. Depois pediram mais mil e quinhentos.
O: No envíe más dinero, por favor. ¿Tiene el documento de su hijo?
C: Tenho o CPF dele: [[ID_NUMBER|zero quatro sete, trezentos e doze, oitocentos e noventa, traço vinte e um]]. E o RG é [[ID_NUMBER|1.284.906-3]], do [[LOCATION|Acre]].
O: Vamos a comunicar el caso a la policía y a la fiscalía de [[LOCATION|Madre de Dios]], y al consulado de [[LOCATION|Brasil]]. ¿Cuál es su nombre y su número?
C: Eu sou [[PERSON|Maria Aparecida Cândido]]. Meu número é [[PHONE_NUMBER|sessenta e oito, nove nove nove oito três, quatro quatro um cinco]]. Moro na [[ADDRESS|Rua Pernambuco, 1471, casa dos fundos]].
O: Gracias, señora [[PERSON|Maria Aparecida]]. La llamamos mañana, ¿está bien?
C: Tá bom, obrigada. Pelo amor de Deus, traz meu filho de volta.
""",
    ),
    (
        "h24-ve-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Épale, buenas noches. Mire, disculpe, es que estoy en un peo grandísimo, chama. Estoy en [[LOCATION|Tumbes]], en [[LOCATION|Aguas Verdes]].
O: Tranquilo, cuénteme. ¿Está usted en peligro ahora?
C: Ahorita no, me escapé un rato. Me llamo [[PERSON|Yoiner]], [[PERSON|Yoiner José Marcano Lugo]], tengo [[AGE|veinte años]]. Me vine de [[LOCATION|Maturín]] con dos panas porque un señor nos ofreció chamba cargando mercancía en la frontera, cincuenta soles diarios.
O: ¿Y qué pasó cuando llegaron?
C: Que no es mercancía, vale. Nos ponen a pasar paquetes por la trocha del río, de noche, y no sabemos qué llevan. Si uno dice que no, le caen a golpes. A mi pana [[PERSON|Deivis]] le partieron la ceja [[DATE_TIME|el sábado]].
O: ¿Quién los tiene así?
C: Uno que le dicen el [[PERSON|Catire]], es colombiano, y su mano derecha, un peruano, [[PERSON|Renzo]]. Nos quitaron la cédula y el PTP. Nos tienen en el [[ORGANIZATION|Hostal Mirador del Puente]], [[ADDRESS|habitación siete, segundo piso, la que da al callejón de atrás]].
O: ¿Dónde queda el hostal?
C: En [[ADDRESS|la avenida República del Perú, pasando la casa de cambio que tiene el toldo amarillo, como a media cuadra del puente internacional]]. Al lado hay un chino.
O: ¿Recuerda el número de su cédula o de su PTP?
C: La cédula sí, [[ID_NUMBER|V-veintiocho millones trescientos cuatro mil novecientos doce]]. El PTP no me lo sé de memoria, vale.
O: No importa. ¿Tiene un número donde le podamos escribir?
C: El mío me lo quitaron. Este es de una señora de una bodega, no lo anote. Escríbame por Instagram, [[OTHER_ID|@yoiner.marcano_mtn]], o al WhatsApp de mi mamá en [[LOCATION|Venezuela]], [[PHONE_NUMBER|cero cuatro dieciséis, cinco ochenta y dos, treinta y uno, cero siete]].
O: Muy bien, [[PERSON|Yoiner]]. Vamos a avisar ahora a la policía de [[LOCATION|Tumbes]]. ¿Cuándo los vuelven a mandar a cruzar?
C: Mañana [[DATE_TIME|a las dos de la madrugada]], eso dijo [[PERSON|Renzo]]. Y los carros que nos buscan son una camioneta negra, placa [[OTHER_ID|TB-4471]].
O: Gracias. Si puede, vaya a un lugar con gente y no vuelva al hostal esta noche. ¿Puede llegar a la comisaría?
C: Sí, yo sé dónde es, pero me da culillo, hermano, me van a deportar.
O: No lo van a deportar por ser víctima. Diga en la comisaría que llamó a la línea, ya les estamos avisando.
C: Dale, va. Gracias, de verdad.
""",
    ),
    (
        "h24-andes-es-01",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Allinllachu, señorita, buenos días. Disculpe, mi castellano no es muy bueno. Yo estoy llamando de [[LOCATION|Puno]], de la comunidad de [[LOCATION|Collana Chico]], de [[LOCATION|Azángaro]]. Es por mi wawa, mi hija mayorcita.
O: No se preocupe, le entiendo bien. ¿Cómo se llama usted y cómo se llama su hija?
C: Yo soy [[PERSON|Celestino Mamani Coaquira]]. Mi hija es [[PERSON|Nélida]], [[PERSON|Nélida Mamani Ticona]], tiene [[AGE|catorce]] nomás, señorita, todavía es imillita.
O: ¿Qué le pasó a [[PERSON|Nélida]]?
C: Para la fiesta, [[DATE_TIME|el 2 de febrero]], vino un señor de [[LOCATION|Juliaca]], don [[PERSON|Saturnino]], dice "tu hija va a trabajar en mi pollería, va a estudiar también, le voy a pagar". Ese tiempo no había plata para su cuaderno, yo he dicho ya. Ahora ya son cuatro meses, no la deja volver, ni una vez ha ido al colegio. Le hace trabajar en su casa, cocinar, lavar, cuidar sus wawas, hasta la noche.
O: ¿Ha podido hablar con ella?
C: Una vez nomás, con el celular del vecino. Llorando estaba, "taytay, recógeme, aquí me pegan" diciendo. Don [[PERSON|Saturnino]] dice que me ha dado adelanto, trescientos soles, y que ella tiene que pagar primero.
O: ¿Sabe dónde vive ese señor en [[LOCATION|Juliaca]]?
C: La pollería se llama [[ORGANIZATION|Pollería El Gallo de Oro Sumaq]]. Su casa está [[ADDRESS|atrás del mercado Túpac Amaru, subiendo por la calle de tierra, la casa de tres pisos sin tarrajear que tiene en la azotea un tanque Rotoplas y una antena grande]]. Mi hija está en [[ADDRESS|el cuartito del patio, al lado del corral de cuyes]].
O: ¿Conoce el apellido del señor o tiene algún número suyo?
C: [[PERSON|Saturnino Huarachi]] es. Su número tengo anotado en mi cuaderno: [[PHONE_NUMBER|nueve cinco uno, dos ocho dos, seis cero tres]]. Tiene también una combi blanca que hace ruta a [[LOCATION|Azángaro]], la placa es [[OTHER_ID|Z2C-703]].
O: ¿Tiene el DNI de su hija?
C: Sí, aquí está, le leo despacio: [[ID_NUMBER|seis-ocho... dos-cero... cuatro-cuatro... uno-siete]]. Mi DNI también le doy por si acaso: [[ID_NUMBER|02418835]].
O: Gracias, don [[PERSON|Celestino]]. Vamos a comunicar a la policía de [[LOCATION|Juliaca]], a la fiscalía y a la DEMUNA para que rescaten a [[PERSON|Nélida]]. ¿A qué número le llamamos?
C: No tengo celular propio, señorita. Llame a mi cuñado [[PERSON|Fortunato]], su número es [[PHONE_NUMBER|973 405 118]]. Él me avisa. Yo vivo [[ADDRESS|al lado de la posta, la casa de adobe con puerta celeste, pasando el puente de piedra]].
O: Muy bien. Mañana a las diez lo llamamos a ese número. Usted no ha cometido ningún delito y no debe nada.
C: Sulpayki, señorita, gracias. Que Diosito le pague.
""",
    ),
    (
        "h24-taxi-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le ayudo?
C: Buenas tardes, señorita. Yo soy taxista acá en [[LOCATION|Arequipa]] y me he quedado con una cosa en la cabeza desde el fin de semana. No sé si es para ustedes, pero mejor llamo.
O: Hizo bien en llamar. Cuénteme.
C: [[DATE_TIME|El viernes 21, como a las once y media de la noche]], estaba en la cola del [[ADDRESS|Terrapuerto, en la salida de la avenida Arturo Ibáñez]]. Se suben dos chicas jovencitas, con un señor. Ellas no tendrían más de [[AGE|quince]], [[AGE|dieciséis]], con mochilas, hablaban bajito, como asustadas, y venían de [[LOCATION|Juliaca]], eso oí.
O: ¿Adónde los llevó?
C: El señor me guiaba. Agarramos la [[ADDRESS|Avenida Jesús]] hasta el [[ADDRESS|óvalo de la Avenida Kennedy]], de ahí volteamos en [[ADDRESS|el grifo que está en la esquina con la calle Los Incas]], subimos derecho unas diez cuadras y entramos a una trocha en [[LOCATION|Paucarpata]], por [[ADDRESS|la asociación Villa Las Canteras]].
O: ¿Recuerda la casa?
C: Sí, clarito. Es [[ADDRESS|la tercera casa después de la losa deportiva, una de material noble con portón negro de plancha, que tiene un foco verde en la puerta y un letrero que dice "se vende agua"]]. Ahí estaba esperando una señora en la puerta.
O: ¿Escuchó algún nombre?
C: La señora le dijo al señor "[[PERSON|Julio]], ¿son las de [[PERSON|Yola]]?", y él le dijo que sí, que mañana temprano las llevan "a la mina". A una de las chicas el señor le decía [[PERSON|Flaca]], a la otra [[PERSON|Naty]].
O: ¿Le pagaron algo en particular, o hubo algo más que le llamara la atención?
C: Me pagó veinte soles, con un billete de cien, y me dijo "tú no has visto nada, ya tengo tu placa". Eso me asustó. Mi placa es [[OTHER_ID|V7M-265]], trabajo con [[ORGANIZATION|Taxi Misti Seguro]].
O: Entiendo. ¿Vio si había algún vehículo en la casa?
C: Una camioneta gris, cuatro por cuatro, con placa que empezaba con [[OTHER_ID|VBK]] y un sticker de la Virgen de Chapi atrás. No alcancé a ver los números.
O: Eso es suficiente para empezar. Vamos a pasarlo a la policía de [[LOCATION|Arequipa]] y a la fiscalía especializada. ¿Me da su nombre y un teléfono? Queda reservado.
C: [[PERSON|Edwin Zegarra Llerena]]. Mi celular es [[PHONE_NUMBER|958 771 046]], o al fijo de mi casa, [[PHONE_NUMBER|054 263 918]]. Mi DNI es [[ID_NUMBER|29703351]].
O: Gracias, señor [[PERSON|Edwin]]. ¿Usted se siente en riesgo?
C: Un poco, sí. Por eso he cambiado de paradero, ahora estoy parando en [[ADDRESS|la esquina del mercado San Camilo, frente a la farmacia]].
O: Si vuelve a ver a ese señor o a la camioneta, llame al 105 y luego a nosotros. Lo llamamos en la noche.
C: Gracias, señorita. Ojalá lleguen antes de que se las lleven.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h24-", "heldout24.jsonl")
