#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 26: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py's conventions and the builder's markup were read.
Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (construction
worker in Lima Norte, teenage girl in a Tacna restaurant kitchen, uncle in Bagua); two
cased Spanish calls (police officer at a rural post in Cusco, social worker at a shelter
in Arequipa); English (Canadian nurse volunteering in Iquitos); Brazilian Portuguese
(woman in Manaus about her sister taken to Caballococha); Venezuelan Spanish (delivery
worker in Chiclayo); Andean Spanish with Quechua words (woman in Huancavelica); and a
neighbour in Piura describing the house next door, its rooms and how to get in.

All people, phone numbers, ID numbers, addresses, plates, accounts, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions.
"""

CALLS = [
    (
        "h26-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: buenas noches señorita disculpe la hora recién salgo de la obra yo trabajo de peón en construcción aquí en [[LOCATION|carabayllo]] y es que en la obra donde estoy hay chibolos menores que los tienen trabajando cargando fierro cargando bolsas de cemento y no los dejan irse
O: entiendo me puede decir su nombre si desea
C: [[PERSON|wilber]] me llamo [[PERSON|wilber ñaupari cahuana]] mi dni es [[ID_NUMBER|cuatro seis dos ocho cero uno siete tres]]
O: gracias [[PERSON|wilber]] dónde queda la obra
C: en la [[ADDRESS|avenida túpac amaru a la altura del kilómetro veintidós frente al paradero de la posta]] es un edificio de cinco pisos que recién están techando el cartel dice [[ORGANIZATION|inversiones y construcciones los andes del norte sac]] y abajo el ruc [[ID_NUMBER|20605 831472]]
O: cuántos chicos son y qué edad tienen
C: son cuatro vienen de [[LOCATION|huánuco]] de [[LOCATION|panao]] uno tiene [[AGE|catorce]] se llama [[PERSON|yhony]] los otros de [[AGE|quince]] [[AGE|dieciséis años]] el más chiquito me dijo que su mamá no sabe dónde está
O: quién los trajo
C: el maestro de obra un tal [[PERSON|fermín]] le dicen [[PERSON|cabezón]] él los recogió en el [[ADDRESS|terminal de fray martín]] y les dijo que iban a ganar cincuenta soles diarios pero les da veinte soles a la semana nomás y les descuenta la comida
O: dónde duermen ellos
C: ahí mismo en la obra en el [[ADDRESS|cuarto de herramientas del tercer piso el que tiene la puerta de triplay con candado]] el [[PERSON|cabezón]] los encierra a las diez de la noche y abre a las seis
O: ha visto algún vehículo
C: el ingeniero viene en una hilux plomo placa [[OTHER_ID|b k r cuatro uno ocho]] y el [[PERSON|cabezón]] tiene una moto lineal roja no le vi la placa los chicos están ahí desde el [[DATE_TIME|lunes quince]] que empezaron el vaciado del techo del cuarto piso
O: me puede dejar un número para que le devuelvan la llamada
C: sí es el [[PHONE_NUMBER|943 228]] no perdón me equivoqué es [[PHONE_NUMBER|943 227 015]]
O: le repito [[PHONE_NUMBER|nueve cuatro tres dos dos siete cero uno cinco]] correcto
C: correcto señorita y por favor que no sepan que fui yo porque el [[PERSON|fermín]] es de [[LOCATION|puente piedra]] y tiene su gente
O: su identidad queda reservada vamos a pasar el caso a la policía y a la fiscalía y si ve que se llevan a los chicos llame al uno cero cinco o a esta línea al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias
""",
    ),
    (
        "h26-lower-es-02",
        "es",
        """
O: línea contra la trata buenas noches te escucho
C: hola señorita hablo bajito porque estoy en la cocina del restaurante
O: tranquila habla como puedas estás en peligro ahora
C: no sé la señora está adelante en la caja me llamo [[PERSON|flor]] bueno [[PERSON|flor de maría]] tengo [[AGE|dieciséis]]
O: gracias [[PERSON|flor]] de dónde eres y dónde estás ahora
C: soy de [[LOCATION|juliaca]] me trajeron a [[LOCATION|tacna]] hace tres meses me dijeron que iba a estudiar en las noches y ayudar en la cocina pero no me dejan salir ni al colegio ni a la calle
O: cómo se llama el restaurante
C: [[ORGANIZATION|chifa pollería el dragón de oro]] en la [[ADDRESS|calle arias aragüez cuadra siete frente a la puerta lateral del mercadillo]] tiene un letrero rojo con un dragón
O: quién te trajo
C: la dueña la señora [[PERSON|eulalia]] su hijo [[PERSON|rómulo]] me quitó mi dni y dice que le debo ciento cincuenta soles del pasaje y la ropa y que si me voy me va a denunciar mi dni me lo sé de memoria [[ID_NUMBER|siete uno ocho cuatro cero dos nueve seis]]
O: hay otras chicas contigo
C: sí la [[PERSON|yesenia]] tiene [[AGE|quince años]] es de [[LOCATION|bolivia]] de [[LOCATION|desaguadero]] ella atiende las mesas y a veces el [[PERSON|rómulo]] la lleva en la noche a otro sitio y vuelve llorando
O: te han hecho daño a ti
C: el [[DATE_TIME|sábado veinte]] el [[PERSON|rómulo]] me jaló del pelo porque se me quemó el arroz trabajo desde las seis de la mañana hasta la una
O: de qué número me llamas
C: es el celular de la [[PERSON|yesenia]] el [[PERSON|rómulo]] no sabe que lo tiene es [[PHONE_NUMBER|novecientos cincuenta y dos cuatrocientos dieciocho ochocientos treinta]]
O: está bien no te vamos a llamar te podemos escribir
C: mejor por tiktok mi cuenta es [[OTHER_ID|arroba florcita guion bajo tk siete]] ahí no revisan
O: [[PERSON|flor]] vamos a avisar ahora a la policía de [[LOCATION|tacna]] para que vayan al local quédate en la cocina y no digas nada
C: ya gracias señorita
""",
    ),
    (
        "h26-lower-es-03",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: buenas tardes señorita llamo de [[LOCATION|bagua]] es por mi sobrina que se la han llevado
O: cuénteme con calma cómo se llama usted
C: [[PERSON|eleuterio]] [[PERSON|eleuterio tuesta chumpi]] soy su tío tengo [[AGE|cincuenta y dos años]] la chica es hija de mi finada hermana por eso yo respondo por ella
O: cómo se llama su sobrina y cuántos años tiene
C: [[PERSON|nayeli tuesta]] tiene [[AGE|diecisiete]] vive conmigo en el [[ADDRESS|caserío la peca nueva subiendo por la trocha detrás del colegio la casa de madera con techo de calamina al lado del tanque de agua]]
O: quién se la llevó
C: una señora que le dicen la [[PERSON|gringa]] vino a la feria y le ofreció trabajo de niñera en [[LOCATION|tarapoto]] con ochocientos soles al mes se fueron el [[DATE_TIME|veintiocho de julio]] en un carro de [[ORGANIZATION|transportes el sol de la selva]]
O: ha hablado con ella desde entonces
C: al principio sí pero la semana pasada me llamó llorando de otro número dijo que la habían pasado a [[LOCATION|yurimaguas]] a un bar que se llama [[ORGANIZATION|la cabaña del amor]] que la hacen tomar con los clientes y no le pagan
O: tiene ese número
C: sí lo anoté [[PHONE_NUMBER|nueve seis cinco tres cero uno cuatro cuatro ocho]] pero ya no contesta
O: tiene algún dato más de la señora
C: la [[PERSON|gringa]] me pidió doscientos soles para el pasaje y se los deposité a una cuenta del banco de la nación a nombre de [[PERSON|zoila rengifo]] la cuenta es [[OTHER_ID|cero cuatro cero uno ocho tres tres siete dos seis nueve]]
O: y el dni de su sobrina lo tiene
C: sí aquí está la copia [[ID_NUMBER|siete tres nueve cero cinco uno dos cuatro]]
O: muy bien señor [[PERSON|eleuterio]] vamos a comunicar el caso a la fiscalía y a la policía especializada de [[LOCATION|loreto]] a qué número le llamamos
C: a mi celular [[PHONE_NUMBER|nueve cuarenta y uno cero setenta y seis doscientos treinta]] en la mañana porque en la tarde estoy en la chacra sin señal
O: la llamamos mañana temprano y lleve la copia del dni a la comisaría de [[LOCATION|bagua]] para la denuncia
C: gracias señorita dios se lo pague
""",
    ),
    (
        "h26-cased-es-04",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, señorita. Le habla el suboficial de tercera [[PERSON|Cusihuamán Ttito]], del puesto policial de [[LOCATION|Marcapata]], provincia de [[LOCATION|Quispicanchi]]. Mi CIP es [[ID_NUMBER|32145097]].
O: Buenos días, suboficial. Dígame.
C: Hoy a las [[DATE_TIME|4:40 de la madrugada]] intervenimos una minivan en el control de la [[ADDRESS|Interoceánica, kilómetro 212, a la salida del puente Ccollpa]]. Iban tres chicas menores de edad hacia [[LOCATION|Mazuco]], sin ningún adulto de su familia.
O: ¿Cómo están las chicas?
C: Están aquí en el puesto, con frío y con hambre, pero sin lesiones. Se llaman [[PERSON|Yeny Quispe Mamani]], de [[AGE|14 años]]; [[PERSON|Rocío Huallpa]], de [[AGE|15]]; y una que solo dice que se llama [[PERSON|Luzmila]] y que tiene [[AGE|dieciséis]], no tiene documentos.
O: ¿Y el conductor?
C: Se bajó y se escapó por el monte. Dejó el brevete en la guantera: licencia [[ID_NUMBER|Q40917362]], a nombre de [[PERSON|Hilario Condori Puma]]. La minivan es placa [[OTHER_ID|X2L-905]], tiene logo de [[ORGANIZATION|Transportes Señor de Qoyllurit'i E.I.R.L.]]
O: ¿Las chicas dijeron adónde las llevaban?
C: A un local en [[LOCATION|Huepetuhe]], a lavar platos, según ellas. A cada una le dieron 50 soles de adelanto. Una tenía el número de la que las iba a recibir anotado en la mano: [[PHONE_NUMBER|982 630 417]], una tal [[PERSON|Mery]].
O: Entiendo. Esto podría configurarse como el delito del artículo 129-A del Código Penal. ¿Ya informó a la Fiscalía?
C: Sí, al fiscal de turno de [[LOCATION|Urcos]]. Pero aquí no tenemos dónde tenerlas más de 24 horas. Por eso llamo, para un albergue.
O: Vamos a coordinar con la Unidad de Protección Especial para que las recojan hoy. ¿Las chicas son de qué comunidad?
C: Las dos primeras son de [[LOCATION|Ocongate]], de la [[ADDRESS|comunidad de Tinke, sector Llullucha, donde la escuelita de adobe]]. La [[PERSON|Luzmila]] no quiere decir.
O: ¿A qué número lo ubicamos?
C: Al celular del puesto no, que se cae. Al mío: [[PHONE_NUMBER|nueve cinco uno, cuatro cuatro siete, cero dos ocho]].
O: Gracias, suboficial [[PERSON|Cusihuamán]]. En dos horas le confirmo el traslado.
C: Quedo atento, señorita.
""",
    ),
    (
        "h26-cased-es-05",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le saluda [[PERSON|Karina Zegarra Llerena]], trabajadora social del [[ORGANIZATION|Hogar de Acogida Santa Rosa de Chachani]], en [[LOCATION|Arequipa]]. Llamo por un caso que ustedes nos derivaron.
O: Buenas tardes, licenciada. ¿De qué caso se trata?
C: De la adolescente que rescataron en [[LOCATION|Camaná]] hace tres semanas, [[PERSON|Milagros Yucra]], [[AGE|17 años]]. Su número de carpeta fiscal es [[OTHER_ID|2106014500-2025-388-0]].
O: Sí, lo tengo. ¿Qué ha pasado?
C: Ayer, [[DATE_TIME|jueves 12]], a eso de [[DATE_TIME|las siete de la noche]], un hombre llamó al teléfono fijo del hogar preguntando por ella. Dijo que era su primo, [[PERSON|Brando]]. Ella nos contó que así se llama el que la tenía en el night club.
O: ¿Tienen el número del que llamó?
C: Quedó en el identificador: [[PHONE_NUMBER|054 61 2739]]. Y hoy en la mañana dejaron una nota en la puerta, que decía que ya saben dónde está.
O: Eso es grave. ¿Dónde la explotaban exactamente?
C: Ella dice que en [[LOCATION|Cerro Colorado]], en la [[ADDRESS|Asociación de Vivienda Villa Ecológica, manzana F, lote 9, la casa con rejas verdes y un toldo azul]]. Ahí funcionaba el local [[ORGANIZATION|Kalipso Night]], en el segundo piso.
O: ¿Y cómo la captaron?
C: Por una página de Facebook de empleos, [[OTHER_ID|facebook.com/empleos.arequipa.sur]]. Le ofrecieron 1 200 soles como anfitriona. La que la contactó se hacía llamar [[PERSON|Sheyla]].
O: ¿[[PERSON|Milagros]] tiene sus documentos?
C: Ya recuperamos el DNI: [[ID_NUMBER|72 58 14 93]]. Su mamá, [[PERSON|Eufemia Yucra]], vive en [[LOCATION|Chivay]] y viene a visitarla los domingos.
O: Vamos a informar de inmediato a la Fiscalía y a la policía para reforzar la protección y evaluar un traslado. ¿Me confirma su contacto?
C: Mi celular es [[PHONE_NUMBER|959 312 806]] y mi correo [[EMAIL_ADDRESS|kzegarra.ts@hogarsantarosa.org.pe]].
O: Gracias, licenciada [[PERSON|Zegarra]]. La llamo antes de las 6 para confirmar.
C: Gracias, quedo pendiente.
""",
    ),
    (
        "h26-en-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, do you speak English? My Spanish is very basic.
O: Yes, I can help you in English. Go ahead.
C: Thank you. My name is [[PERSON|Colleen Fairweather]], I'm a nurse from [[LOCATION|Winnipeg]], [[LOCATION|Canada]]. I'm volunteering for three months at the [[ORGANIZATION|Posta Médica Virgen de Loreto]] in [[LOCATION|Belén]], in [[LOCATION|Iquitos]].
O: Thank you for calling, [[PERSON|Colleen]]. What's happening?
C: Tonight a man brought in a girl with a bad infection. He said she was his wife. She told me in the exam room that she's [[AGE|fourteen]], that her name is [[PERSON|Kelly]], and that he brought her from a village on the [[LOCATION|Napo]] river, near [[LOCATION|Mazán]].
O: Did she say anything else?
C: She said she works at a floating bar, and that there are other girls there. The bar is at the [[ADDRESS|third stilt house past the Belén market steps, the one with the blue canoe tied under it]]. She calls the owner "Tío [[PERSON|Pancho]]".
O: Is the man still with her?
C: He's outside smoking. He came on a motocarro, plate [[OTHER_ID|4521-1M]]. He told the receptionist his name was [[PERSON|Gilmer Ahuanari]] and gave a DNI, [[ID_NUMBER|41 307 862]], I copied it from the form.
O: That's very useful. Did she mention how she got to [[LOCATION|Iquitos]]?
C: On a river boat, the [[ORGANIZATION|Don Segundo III]], it docks at [[ADDRESS|berth 6 of Puerto Masusa]]. She arrived on [[DATE_TIME|Thursday]], around [[DATE_TIME|2 a.m.]]
O: We'll send the police to the clinic right now. Can you keep her in the exam room?
C: Yes, I can say she needs an IV for a few hours. The doctor on duty, Dr. [[PERSON|Pinedo]], knows.
O: Good. Please give me a number where we can reach you.
C: My Peruvian number is [[PHONE_NUMBER|nine six five, two zero eight, one one four]], or WhatsApp on my Canadian one, [[PHONE_NUMBER|+1 204 555 0163]]. Email is [[EMAIL_ADDRESS|colleen.fw at shaw dot ca]].
O: Thank you. The police should be there in about 20 minutes. Don't confront him.
C: Okay. Thank you so much.
""",
    ),
    (
        "h26-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça. Desculpa, eu só falo português. Vocês entendem?
O: Sim, pode falar em português, eu entendo. O que aconteceu?
C: Meu nome é [[PERSON|Josiane Ferreira da Silva]], eu moro em [[LOCATION|Manaus]], no bairro [[LOCATION|Compensa]]. É sobre a minha irmã caçula, a [[PERSON|Daiane]]. Ela tem [[AGE|dezesseis anos]] e levaram ela pro [[LOCATION|Peru]], pra [[LOCATION|Caballococha]].
O: Como ela foi parar lá?
C: Um cara que ela conheceu no Instagram, o perfil é [[OTHER_ID|@rafa.tabatinga22]], ofereceu trabalho de garçonete. Ela saiu de casa no [[DATE_TIME|dia 3 de outubro]], pegou o recreio [[ORGANIZATION|Voyager IV]] até [[LOCATION|Tabatinga]] e de lá atravessaram de lancha.
O: Ela falou com a família depois?
C: Mandou áudio semana passada, chorando. Disse que tá num lugar chamado [[ORGANIZATION|Bar Estrela do Amazonas]], [[ADDRESS|perto do porto, a casa de madeira amarela atrás do depósito de gasolina]], que tomaram o documento dela e que ela deve 2 mil reais.
O: Você sabe o nome do homem?
C: Ela chama ele de [[PERSON|Rafa]], mas o nome completo é [[PERSON|Rafael Souza Pinheiro]], eu descobri pelo Pix. Eu mandei 300 reais pra ele achando que era pra passagem de volta. A chave Pix era o telefone dele, [[PHONE_NUMBER|+55 97 98412-3306]].
O: Você tem algum documento da [[PERSON|Daiane]]?
C: O RG dela é [[ID_NUMBER|29.417.803-6]] e o CPF [[ID_NUMBER|804.336.192-07]].
O: Qual o número da [[PERSON|Daiane]]?
C: [[PHONE_NUMBER|noventa e dois, nove nove três zero um, quarenta e sete, oitenta e oito]]. Mas tá sempre desligado.
O: Vamos avisar a polícia e a promotoria de [[LOCATION|Loreto]] e também o consulado do [[LOCATION|Brasil]]. Qual o seu número?
C: [[PHONE_NUMBER|(92) 99158-0274]], WhatsApp. Meu e-mail é [[EMAIL_ADDRESS|josi.ferreira.mao@gmail.com]].
O: Obrigada, [[PERSON|Josiane]]. Amanhã te ligamos com notícias. Se ela entrar em contato, fala pra ligar grátis pro 0800-2-3232.
C: Obrigada, moça. Pelo amor de Deus, traz minha irmã de volta.
""",
    ),
    (
        "h26-ve-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le ayudo?
C: Buenas noches, mi reina. Mire, yo soy venezolano, hago delivery en moto aquí en [[LOCATION|Chiclayo]], y me pasó algo arrecho hoy que no me deja tranquilo.
O: Cuénteme, le escucho.
C: Llevé un pedido de la [[ORGANIZATION|Pollería El Brasón Norteño]] a una quinta en [[LOCATION|José Leonardo Ortiz]], [[ADDRESS|calle Los Tumbos 318, la quinta del portón marrón, la última puerta del fondo, la número 5]]. Me abrió una chama que no tenía ni [[AGE|quince]], pana, y me metió un papelito en la mano con el vuelto.
O: ¿Qué decía el papel?
C: "Ayúdenos, somos cuatro, no nos dejan salir". Y un nombre, [[PERSON|Ariannys]], y una cédula, [[ID_NUMBER|V-31.208.774]]. Yo creo que es de ella misma.
O: ¿Vio a algún adulto?
C: Sí, un catire grandote salió detrás y la jaló. Le dijo "[[PERSON|Nena]], pa' dentro". El pedido estaba a nombre de [[PERSON|Kike Villegas]], con el número [[PHONE_NUMBER|+51 926 417 583]].
O: ¿A qué hora fue esto?
C: A las [[DATE_TIME|nueve y cuarto]], más o menos. Yo tengo la captura del pedido.
O: Muy bien. ¿Cómo se llama usted?
C: [[PERSON|Yorman]], [[PERSON|Yorman José Brito]], de [[LOCATION|Maturín]], [[AGE|veintitrés años]]. Tengo el CPP, el número es [[ID_NUMBER|cero cero uno cuatro siete dos nueve tres seis]]. Y mi moto es placa [[OTHER_ID|8517-4A]], por si la policía me pregunta.
O: ¿Había algún vehículo en la quinta?
C: Una Yaris negra, placa [[OTHER_ID|M4T-662]], parada afuerita. Y en la puerta un sticker de una página, [[OTHER_ID|@masajes_vip_chiclayo]], vale.
O: Gracias, [[PERSON|Yorman]]. Vamos a enviar a la policía ahora. ¿Dónde está usted?
C: Estoy en la [[ADDRESS|esquina de la avenida Sáenz Peña con Pedro Ruiz, al lado de la botica]], esperando otro pedido. Mi número es [[PHONE_NUMBER|nueve dos uno, seis cero cuatro, tres tres ocho]].
O: No vuelva a la quinta. La policía puede llamarlo para que indique la puerta.
C: Tranquila, chama. Esa gente me vio la cara, pero yo no me quedo callado. Burda de gracias.
""",
    ),
    (
        "h26-andean-es-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Disculpe, yo poco castellano hablo. Llamo de [[LOCATION|Huancavelica]], de [[LOCATION|Lircay]].
O: Buenas tardes, mamá, tranquila, le entiendo. ¿Qué ha pasado?
C: Mi wawa, mi hijo [[PERSON|Teodoro]], se lo han llevado a [[LOCATION|Ica]] a trabajar en la uva. [[AGE|Quince añitos]] nomás tiene, mamita.
O: ¿Quién se lo llevó?
C: Un enganchador, don [[PERSON|Saturnino]], le dicen [[PERSON|Chiwaco]]. Vino en su combi blanca a la plaza, placa [[OTHER_ID|B6Q-274]], se llevó a doce jóvenes de la comunidad. Dijo que iban a ganar 45 soles el día.
O: ¿Cuándo fue eso?
C: El [[DATE_TIME|5 de enero]], después de la bajada de reyes. Ahora mi [[PERSON|Teodoro]] ha llamado, llorando, atatay. Dice que trabaja de noche también, que no les pagan, que duermen amontonados en un galpón y que les cobran hasta el agua.
O: ¿Sabe en qué fundo está?
C: Se llama [[ORGANIZATION|Agroexportadora Hatun Viñedo]], en [[LOCATION|Santiago]], pasando el [[ADDRESS|kilómetro 318 de la Panamericana, donde la cruz de fierro, entrando por la trocha de la izquierda]].
O: ¿Usted tiene el número de su hijo?
C: El celular es de su compañero, [[PERSON|Justo Ccora]]: [[PHONE_NUMBER|novecientos noventa, cero cincuenta y tres, ciento doce]].
O: ¿Y el DNI de [[PERSON|Teodoro]]?
C: Aquí tengo su partida y su DNI, mamita, [[ID_NUMBER|seis nueve ocho cuatro, dos cero, uno siete]]. Mi nombre es [[PERSON|Victoria Huamaní Ccora]], mi DNI es [[ID_NUMBER|20418836]].
O: Gracias, señora [[PERSON|Victoria]]. ¿Dónde vive usted, por si va la policía o la fiscalía?
C: En la [[ADDRESS|comunidad de Ccochaccasa, anexo Pucaccasa, la casa de adobe al lado de la capilla, con el corral de llamas]]. Mi yerno tiene celular, [[PHONE_NUMBER|967 112 540]], él me pasa, mi celular no agarra en la puna.
O: Vamos a derivar el caso a la fiscalía de [[LOCATION|Ica]] y a la inspección de trabajo, y el lunes la llamamos a ese número.
C: Sulpayki, mamita. Diosolopagui. Que regrese mi wawa nomás quiero.
""",
    ),
    (
        "h26-neighbour-es-10",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Soy vecina, vivo en [[LOCATION|Veintiséis de Octubre]], en [[LOCATION|Piura]]. Quiero denunciar lo que pasa en la casa de al lado, ya no aguanto.
O: Gracias por llamar. Cuénteme lo que ha visto.
C: Desde hace dos meses el señor de al lado, [[PERSON|Aníbal Chunga]], trae chicas jovencitas, creo que de [[LOCATION|Sullana]] y de [[LOCATION|Ecuador]]. Las tiene encerradas y de noche llegan carros con hombres.
O: ¿Me da la dirección de la casa?
C: Es el [[ADDRESS|asentamiento humano Señor de la Exaltación, manzana Ñ, lote 21]], la casa con la pared de ladrillo sin tarrajear y el portón de calamina. Yo soy el [[ADDRESS|lote 22]], pegadita.
O: ¿Sabe en qué parte de la casa están las chicas?
C: Sí, yo he entrado antes, cuando la casa era de mi comadre. Adelante hay una sala con un mostrador, ahí atiende la mujer, [[PERSON|Maritza]], le dicen la [[PERSON|Colorada]]. Las chicas duermen en el [[ADDRESS|cuarto del fondo, el que da al corralón, con la ventanita enrejada junto al pozo séptico]].
O: ¿Cómo se puede entrar a la casa?
C: Por adelante el portón tiene cadena. Pero atrás, por el [[ADDRESS|callejón que sale a la calle Los Algarrobos, hay una puerta de triplay que se abre empujando]], y de ahí se llega al corralón. Y desde el techo de mi casa se pasa a su azotea, que tiene escalera.
O: ¿Cuántas chicas son y qué edades tienen?
C: He visto tres. Una me dijo su nombre por la pared, [[PERSON|Estrella]], que tiene [[AGE|dieciséis]]. Las otras parecen de [[AGE|17]], [[AGE|18]].
O: ¿Vio algún vehículo?
C: Sí, una station wagon guinda, placa [[OTHER_ID|P3C-081]], que es del [[PERSON|Aníbal]]. Y el [[DATE_TIME|viernes 7]] en la noche llegó una camioneta con lunas polarizadas.
O: ¿Me puede dejar un número para contactarla?
C: Sí: [[PHONE_NUMBER|nueve siete tres, ochenta y cuatro]]... ay, espere, que lo tengo anotado en el calendario... ya, [[PHONE_NUMBER|veintiuno, cero nueve]]. Me llamo [[PERSON|Digna]], nomás [[PERSON|Digna]], y no quiero que sepan que fui yo.
O: Su identidad queda reservada, señora [[PERSON|Digna]]. Vamos a pasar esta información ahora a la policía. No entre a la casa.
C: Ya, señorita. Si quiere, el portón se ve bien desde la [[ADDRESS|tienda de la esquina, la bodega de doña Fela]].
O: Gracias. Si escucha que se las llevan, llame al 105 o a esta línea.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h26-", "heldout26.jsonl")
