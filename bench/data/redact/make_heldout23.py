#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 23: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, its tests or
its results; only LABELS.md, make_dev.py (annotation conventions) and the builder
make_heldout.py (markup style) were read. The calls are meant to be scored once.

Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (a moto-taxi
driver in Puerto Maldonado, a girl hiding in a karaoke bar in Juliaca, a father in
Chimbote); two cased Spanish calls (a health-post nurse in Ayacucho, a parish volunteer
in Piura); an English call from a British backpacker in Cusco; a Brazilian Portuguese
call from a truck driver near Iñapari; Venezuelan Spanish from a food seller in Trujillo;
Andean Spanish with Quechua words from a farmer in Apurímac; Spanish/English
code-switching from a returnee from Chile.

All people, phone numbers, ID numbers, accounts, plates, addresses, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions: titles
and cue words outside spans, the hotline's name and number (0800-2-3232), the emergency
numbers, institutions (Policía, Fiscalía, DEMUNA, OIM...), money, durations, counts,
times of routine and legal article numbers are not labelled.
"""

CALLS = [
    (
        "h23-lower-es-01",
        "es",
        """
O: linea contra la trata de personas buenas noches le escucho
C: aló buenas noches señorita disculpe la hora yo soy mototaxista aca en [[LOCATION|puerto maldonado]] y ya no aguanto lo que he visto
O: tranquilo señor cuenteme con calma que ha visto
C: mire hace rato me pararon dos chiquitas en [[ADDRESS|el paradero de la cachuelita frente a la llantería del chino]] y me pidieron que las lleve a [[LOCATION|la pampa]] pero lloraban señorita una me dijo que tiene [[AGE|catorce]] y la otra ni sabía su edad
O: las llevo usted
C: no pues como las voy a llevar alla las pregunté de donde son y me dijeron de [[LOCATION|quillabamba]] que una señora que le dicen mamá [[PERSON|chela]] las trajo para atender en una cantina del [[ADDRESS|kilometro ciento ocho al lado del grifo de los huillca]]
O: recuerda como se llamaban las chicas
C: la mas flaquita dijo [[PERSON|yanet]] y la otra [[PERSON|flor de maria]] no sé el apellido la cantina se llama [[ORGANIZATION|la sirenita del oro]] eso sí me acuerdo porque tiene el letrero pintado en una calamina azul
O: sabe donde estan ellas ahora
C: ahorita las he dejado en [[ADDRESS|la casa de mi comadre en el jirón dos de mayo cuadra seis pasando la botica]] la comadre se llama [[PERSON|nelly]] ella las está dando de comer pero tiene miedo que vengan a buscarlas
O: hizo muy bien señor vamos a mandar a la policia y a la fiscalia a esa casa me puede dar su nombre
C: [[PERSON|fortunato]] [[PERSON|fortunato ccori layme]] mi mototaxi es la roja con placa [[OTHER_ID|cuatro cinco ocho tres guion ocho e]] por si me buscan
O: y un numero para llamarlo
C: el mio es [[PHONE_NUMBER|nueve siete tres cero uno ocho cuatro cinco dos]] y el de la comadre [[PERSON|nelly]] es [[PHONE_NUMBER|982 44 07 19]]
O: repito el suyo [[PHONE_NUMBER|973 018 452]] correcto
C: correcto señorita y otra cosa la mamá [[PERSON|chela]] anda en una camioneta gris la placa empieza con [[OTHER_ID|v1m]] no vi lo demas y tiene un facebook que se llama [[OTHER_ID|chela empleos selva]] ahí ofrece trabajo de mesera
O: gracias don [[PERSON|fortunato]] no deje salir a las chicas la patrulla va en camino y le devolvemos la llamada en media hora
C: ya señorita aca espero con ellas
""",
    ),
    (
        "h23-lower-es-02",
        "es",
        """
O: linea contra la trata buenas noches en que le ayudo
C: hola hola señorita estoy hablando bajito porque estoy en el baño del karaoke
O: te escucho bien estas en peligro ahora
C: si el dueño no sabe que tengo este celular me lo prestó un cliente que se fue ya
O: en que ciudad estás
C: en [[LOCATION|juliaca]] el karaoke se llama [[ORGANIZATION|karaoke video pub noches de ensueño]] esta en [[ADDRESS|la salida a puno al costado de la ferretería el amigo por la tercera cuadra de la avenida circunvalación]]
O: como te llamas y cuantos años tienes
C: me dicen [[PERSON|sandy]] aquí pero me llamo [[PERSON|lizbeth choque apaza]] tengo [[AGE|dieciséis]] cumplo [[AGE|diecisiete]] [[DATE_TIME|el once de diciembre]]
O: [[PERSON|lizbeth]] quien te trajo
C: una señora [[PERSON|rufina]] de mi pueblo de [[LOCATION|azángaro]] dijo que era para cocinera y aquí me hacen tomar con los clientes y dormimos en [[ADDRESS|el cuarto de atrás del segundo piso el que tiene la puerta con candado]]
O: hay otras chicas contigo
C: somos cuatro hay una de [[LOCATION|bolivia]] que se llama [[PERSON|ninoska]] creo que tiene [[AGE|quince]] el que cuida es el gordo [[PERSON|ramiro]] y su hermano que le dicen [[PERSON|pelusa]]
O: tienes tu dni contigo
C: no me lo quitaron pero me lo sé es [[ID_NUMBER|sesenta y uno cuarenta y ocho veintidós cero tres]]
O: lo anoto [[ID_NUMBER|61482203]] y el numero de tu mamá
C: mi mamá es [[PERSON|basilia apaza]] su celular [[PHONE_NUMBER|nueve cinco uno dos cero seis]] ay no [[PHONE_NUMBER|nueve cinco uno seis cero dos siete siete tres ocho]] ese es
O: ya tengo [[PHONE_NUMBER|951 602 773 8]] ahí hay un numero de mas me lo repites lento
C: [[PHONE_NUMBER|nueve cinco uno seis cero dos siete siete tres]] nada mas
O: perfecto [[PERSON|lizbeth]] vamos a mandar a la policia ahora mismo quedate en el baño o cerca de la puerta si entran di que tu llamaste
C: ya señorita apurense por favor ya está tocando la puerta
""",
    ),
    (
        "h23-lower-es-03",
        "es",
        """
O: linea contra la trata de personas buenos dias
C: buenos dias señorita yo soy papá de una muchacha y necesito orientación estoy en [[LOCATION|chimbote]]
O: claro señor digame
C: mi hijo el mayor [[PERSON|marlon]] de [[AGE|diecinueve años]] se fue a trabajar en una embarcación pesquera hace dos meses y nos dice que no le pagan y que no lo dejan bajar a tierra
O: como se llama la embarcación
C: la [[ORGANIZATION|virgen de la puerta dos]] es de la empresa [[ORGANIZATION|pesquera hermanos valdivieso]] está fondeada en [[ADDRESS|el muelle gildemeister amarradero número catorce]] cuando llega
O: usted dijo que llamaba por una muchacha
C: ah si disculpe tambien es mi hija [[PERSON|katherine]] de [[AGE|quince]] ella trabaja en la misma empresa en [[ADDRESS|la planta de la zona industrial de la avenida los pescadores lote b doce]] la tienen limpiando pescado de noche y le han dicho que no diga su edad
O: quien la llevó ahi
C: un tal [[PERSON|efraín]] que le dicen [[PERSON|cabeza de cuy]] el recluta chicos en [[ADDRESS|el asentamiento humano villa maría sector tres manzana k lote nueve]] ahi vive el al costado de la cancha de losa
O: sabe el nombre completo de su hija y de usted
C: ella es [[PERSON|katherine mildred paredes oré]] su dni [[ID_NUMBER|7 6 3 0 5 1 1 8]] y yo [[PERSON|hilario paredes]] dni [[ID_NUMBER|32 906 447]]
O: y su numero señor
C: [[PHONE_NUMBER|943 062 381]] perdon [[PHONE_NUMBER|nueve cuatro tres cero seis dos tres uno ocho]]
O: anotado vamos a coordinar con la sunafil la fiscalia y la policia tiene algún numero del barco
C: si el patrón me dio su celular el capitán [[PERSON|tello]] [[PHONE_NUMBER|+51 944 187 025]] pero ese señor es el que los amenaza
O: no lo llame usted nosotros derivamos el caso hoy mismo y la llamamos mañana en la tarde
C: gracias señorita mi hijo me manda audios por whatsapp con el usuario [[OTHER_ID|marlon p oré noventa y nueve]] por si necesitan
""",
    ),
    (
        "h23-cased-es-01",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Le habla la licenciada [[PERSON|Edith Gutiérrez Pariona]], enfermera del [[ORGANIZATION|Puesto de Salud Ccollpa]], en [[LOCATION|Vilcas Huamán]], [[LOCATION|Ayacucho]].
O: Buenas tardes, licenciada. Cuénteme.
C: Esta mañana, [[DATE_TIME|el jueves 6]], vino una adolescente con una infección y golpes. Dice que se llama [[PERSON|Yesica]], apellido [[PERSON|Huamaní]], y que tiene [[AGE|quince años]], aunque en la ficha la señora que la trajo puso [[AGE|18]].
O: ¿Quién la trajo?
C: Una señora que se presentó como su tía, [[PERSON|Teófila Ramos]]. Dio el DNI [[ID_NUMBER|28 44 71 90]], lo tengo en el libro de atenciones. Pero la chica, cuando se quedó sola conmigo en el tópico, me dijo que no es su tía, que es la dueña del local donde trabaja.
O: ¿Qué local?
C: Una cantina que se llama [[ORGANIZATION|El Rincón Ayacuchano]], en la carretera a [[LOCATION|Huancapi]], [[ADDRESS|pasando el puente Pampas, la tercera casa de adobe con techo de calamina y una bandera roja en el palo]]. Dice que ahí duermen tres chicas en [[ADDRESS|el depósito de cerveza, detrás del corral]].
O: ¿La chica sigue en el puesto?
C: Sí, la dejé en observación en [[ADDRESS|la cama dos de la sala de hospitalización]], pero la señora está afuera esperándola en una moto lineal, placa [[OTHER_ID|0457-4W]].
O: Muy bien hecho. ¿Tiene más datos de la chica, algún documento o familia?
C: No trae DNI. Dice que nació [[DATE_TIME|el 3 de mayo del 2010]] en [[LOCATION|Sancos]], en [[LOCATION|Lucanas]], y que su mamá se llama [[PERSON|Eulalia]]. El celular de la mamá ella se lo sabe de memoria: [[PHONE_NUMBER|966-038-514]].
O: Vamos a alertar ahora a la comisaría más cercana y a la fiscalía de familia para que no entreguen a la menor a esa señora. ¿Nos da su número directo?
C: El del puesto es [[PHONE_NUMBER|(066) 81-2047]], y mi celular, [[PHONE_NUMBER|945 713 260]]. Mi correo institucional es [[EMAIL_ADDRESS|egutierrezp.ccollpa@saludayacucho.gob.pe]].
O: Gracias, licenciada [[PERSON|Edith]]. No la dé de alta hasta que llegue la policía, y llámenos al 0800-2-3232 si la señora intenta llevársela.
C: Entendido. Voy a cerrar la puerta de la sala con llave.
""",
    ),
    (
        "h23-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenos días, habla con la orientadora.
C: Buenos días, hija. Yo soy voluntaria de la [[ORGANIZATION|Parroquia Nuestra Señora de las Mercedes]], en [[LOCATION|Sullana]], y coordino el comedor.
O: Gracias por llamar. ¿En qué la puedo ayudar?
C: Desde hace unas semanas vienen al comedor dos chiquillos venezolanos, hermanitos, [[PERSON|Jhoan]] y [[PERSON|Yorbelis]], de [[AGE|9]] y [[AGE|11 añitos]]. Piden limosna todo el día en [[ADDRESS|la puerta del mercado de abastos, por la entrada de la calle Tarapacá, al lado del puesto 47 de las verduras]].
O: ¿Están solos?
C: Los deja ahí un señor al que le dicen [[PERSON|Catire]], y los recoge de noche. Ellos me contaron que si no le llevan 40 soles no les da de comer. [[DATE_TIME|El lunes 17]] el más chiquito llegó con quemaduras en la mano.
O: ¿Sabe dónde viven?
C: En un cuarto alquilado, en el [[ADDRESS|asentamiento humano Jesús de Nazareth, manzana F, lote 22, el de la puerta de triplay al fondo del pasaje]]. La dueña del cuarto es la señora [[PERSON|Chunga]], conocida mía de la misa.
O: ¿Conoce el nombre completo del señor?
C: La señora [[PERSON|Chunga]] me enseñó el contrato: [[PERSON|Wilmer Alexis Briceño Mora]], carné de extranjería [[ID_NUMBER|001938462]]. Y él cobra con Yape a nombre de otra persona, al número [[PHONE_NUMBER|912 650 044]].
O: Muy útil. ¿Los niños tienen algún familiar?
C: [[PERSON|Yorbelis]] dice que su mamá está en [[LOCATION|Lima]] y no sabe nada, que el [[PERSON|Catire]] le dijo que los iba a poner en el colegio. El papá se quedó en [[LOCATION|Barquisimeto]].
O: Vamos a derivar el caso a la Unidad de Protección Especial y a la policía. ¿A quién llamamos para coordinar?
C: A mí, [[PERSON|Rosa Elvira Zapata de Seminario]], celular [[PHONE_NUMBER|969 301 578]]. O al párroco, el padre [[PERSON|Anselmo]], al teléfono de la parroquia, [[PHONE_NUMBER|073 50 1186]].
O: Gracias, señora [[PERSON|Rosa Elvira]]. No enfrente al señor; nosotros la llamamos esta tarde.
C: Que Dios la bendiga, hija. El comedor abre a las doce, los niños vienen siempre a esa hora.
""",
    ),
    (
        "h23-en-01",
        "en",
        """
O: Anti-trafficking hotline, good evening. You can speak English, go ahead.
C: Oh brilliant, thank you. Hi. I'm a backpacker from [[LOCATION|Leeds]], I'm in [[LOCATION|Cusco]], and I'm a bit worried about a lad who works at my hostel.
O: Thank you for calling. Tell me what worries you.
C: So I'm staying at the [[ORGANIZATION|Wild Condor Backpackers]], it's up [[ADDRESS|the steep stairs off Calle Tandapata, the yellow door with the painted llama, just past the little shop that sells empanadas]]. There's a boy on reception at night, he says he's [[AGE|eighteen]] but honestly he looks about [[AGE|fourteen]].
O: What's his name?
C: Everyone calls him [[PERSON|Chispa]]. His real name is [[PERSON|Eber]], I think [[PERSON|Eber Quispe]]. He sleeps on [[ADDRESS|a mattress in the laundry room on the roof terrace, behind the water tank]]. He told me he came from [[LOCATION|Ocongate]] and that the owner keeps his ID card and hasn't paid him since [[DATE_TIME|Easter]].
O: Do you know the owner?
C: A guy called [[PERSON|Rolo]]. Surname's [[PERSON|Zegarra]], it's on the receipts. He also runs tours through an Instagram page, [[OTHER_ID|@rolo.cusco.adventure]]. Last night, [[DATE_TIME|Friday around 2 a.m.]], he screamed at [[PERSON|Eber]] and slapped him in front of my dorm, [[ADDRESS|dorm 6, bed 3]].
O: Thank you. Are you safe yourself?
C: Yeah, yeah, I'm fine, I'm in a café down on the square. I don't want to make it worse for him, though.
O: We'll pass this to the police and the child protection prosecutor in [[LOCATION|Cusco]]; they'll act carefully. Can I take your details?
C: Sure. I'm [[PERSON|Olivia Ashcroft]]. UK mobile is [[PHONE_NUMBER|plus four four, seven seven double oh, nine one two, four eight six]], and my email's [[EMAIL_ADDRESS|liv underscore ashcroft at outlook dot com]]. My passport number's [[ID_NUMBER|five three two, eight one nine, four zero six]], if the police need it.
O: Thanks, [[PERSON|Olivia]]. How long will you stay in [[LOCATION|Cusco]]?
C: Till [[DATE_TIME|the 21st]], then I'm off to [[LOCATION|Bolivia]].
O: We'll call you tomorrow. If anything happens to him tonight, call 105 or this line, 0800-2-3232.
""",
    ),
    (
        "h23-pt-01",
        "pt",
        """
O: Línea contra la trata, boa noite. Pode falar em português, eu entendo.
C: Boa noite, moça. Olha, eu sou caminhoneiro, brasileiro, tô parado aqui perto de [[LOCATION|Iñapari]], do lado peruano, esperando liberar a carga pra [[LOCATION|Assis Brasil]].
O: Certo. O que aconteceu?
C: Tem um posto aqui, o [[ORGANIZATION|Grifo Trinacional]], e atrás dele tem [[ADDRESS|um barracão de madeira, com uma lona azul, no fim da estradinha de terra que sai do lado da balança]]. Toda noite aparecem umas meninas ali, bem novinhas, atendendo os motoristas. Uma me pediu carona pra fugir, chorando.
O: O senhor sabe o nome dela ou a idade?
C: Ela falou que se chama [[PERSON|Kauane]], que tem [[AGE|treze anos]], que é de [[LOCATION|Brasiléia]], no [[LOCATION|Acre]]. Disse que um homem chamado [[PERSON|Marcão]] trouxe ela e mais duas de [[LOCATION|Rio Branco]] prometendo emprego de babá em [[LOCATION|Puerto Maldonado]].
O: E onde ela está agora?
C: Tá escondida na minha cabine, moça. Meu caminhão é um Scania vermelho, placa brasileira [[OTHER_ID|QTX-4F82]], com carreta [[OTHER_ID|MZA-9J17]], tá estacionado [[ADDRESS|no pátio da Sunat, na terceira fila, do lado do contêiner verde]].
O: O senhor fez certo. Não saia com ela atravessando a fronteira, vamos mandar a polícia até o senhor. Como o senhor se chama?
C: [[PERSON|Valdecir Pereira Lins]]. Meu CPF é [[ID_NUMBER|047.318.926-50]], se precisar.
O: E um telefone, seu [[PERSON|Valdecir]]?
C: Meu zap é [[PHONE_NUMBER|+55 68 9 9214-3307]]. Aqui o sinal é ruim, mas o número peruano da empresa funciona: [[PHONE_NUMBER|nove cinco sete, três um zero, oito oito quatro]].
O: Anotado. O tal [[PERSON|Marcão]], o senhor viu ele?
C: Vi sim, ele anda numa Hilux prata e tem um perfil no Facebook, [[OTHER_ID|Marcos Fretes Acre]], onde ele posta as fotos das meninas. A [[PERSON|Kauane]] disse que ontem, [[DATE_TIME|dia 9]], ele bateu numa das outras, a [[PERSON|Thaynara]], de [[AGE|quinze]].
O: A polícia está a caminho, seu [[PERSON|Valdecir]]. Fique dentro da cabine com as portas trancadas, e ligue de novo se alguém se aproximar.
C: Pode deixar, moça. Deus abençoe.
""",
    ),
    (
        "h23-ve-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le ayudo?
C: Buenas tardes, mi amor. Mira, yo soy venezolana, vendo arepas y tequeños en [[LOCATION|Trujillo]], y quiero contar algo que me tiene mortificada, chama.
O: Cuénteme, señora. La escucho.
C: Yo me pongo con mi carrito en [[ADDRESS|la esquina de la avenida España con el jirón Pizarro, al ladito del quiosco de periódicos]], y ahí al frente hay un hotelito, el [[ORGANIZATION|Hospedaje Mochica Real]]. Ahí meten a unas chamitas venezolanas, vale, de [[AGE|dieciséis]], [[AGE|diecisiete]], y entran señores todo el día.
O: ¿Ha hablado con alguna?
C: Sí, con una que me compra empanadas, [[PERSON|Génesis]], [[PERSON|Génesis Carolina Arráez]]. Me dijo que tiene [[AGE|diecisiete]], que es de [[LOCATION|Valencia]], y que están en [[ADDRESS|el cuarto 204 y el 206 del segundo piso, los del fondo que dan al pozo de luz]]. La que las controla es una señora [[PERSON|Yusmary]], una catira gorda, y un peruano que le dicen [[PERSON|Cachete]].
O: ¿Sabe si les quitaron documentos?
C: Sí, mi vida. A [[PERSON|Génesis]] le tienen el pasaporte, el número me lo dictó por si acaso: [[ID_NUMBER|ciento treinta y dos millones cuatrocientos ocho mil novecientos once]]. Ella me pidió ayuda, dice que deben 2000 dólares del viaje y que nunca terminan de pagar.
O: Eso que me cuenta es muy grave. ¿Tiene un número de ella?
C: Ella no tiene teléfono, se lo quitaron. Pero la señora [[PERSON|Yusmary]] pone anuncios en una página, [[OTHER_ID|trujillo-vip-damas.com/yusmary]], y el número del anuncio es [[PHONE_NUMBER|9 4 8, 2 6 1, 0 3 9]].
O: ¿Y usted cómo se llama, y cómo la contactamos?
C: [[PERSON|Milagros del Valle Guaramato]], pero acá todo el mundo me dice la [[PERSON|Gocha]]. Mi número es [[PHONE_NUMBER|+51 927 408 613]]. Tengo mi PTP, el [[ID_NUMBER|V 19.652.037]].
O: Gracias, señora [[PERSON|Milagros]]. Vamos a pasar el caso a la policía y a la fiscalía especializada de [[LOCATION|La Libertad]]. Por su seguridad, no le diga a nadie que llamó.
C: Tranquila, mi amor, yo sigo vendiendo como si nada. Ay, ojalá las saquen rapidito, esas chamitas son unas niñas.
""",
    ),
    (
        "h23-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿Me escucha?
C: Allillanchu, señorita. Sí, le escucho, un poquito se corta nomás. Yo le llamo de [[LOCATION|Chalhuanca]], de [[LOCATION|Apurímac]], del anexo [[LOCATION|Pachaconas]].
O: Buenas tardes, señor. ¿En qué le podemos ayudar?
C: Es por mi warmi wawa, mi hijita, pues, señorita. La [[PERSON|Marisol]]. [[AGE|Catorce años]] tiene. Un señor de la mina nos ha dicho que la iba a llevar a [[LOCATION|Abancay]] para que estudie y trabaje de cocinerita, y ya no ha vuelto.
O: ¿Cuándo se fue?
C: Para [[DATE_TIME|la fiesta de la Virgen de Cocharcas, el 8 de setiembre]], ahí se la llevó. Ese señor se llama [[PERSON|Nicanor]], le dicen [[PERSON|Wayra]], [[PERSON|Nicanor Chipana]]. Es contratista de la minera, la [[ORGANIZATION|Minera Apu Sallqa]].
O: ¿Sabe dónde está ella ahora?
C: Mi compadre dice que la ha visto en el campamento de la mina, en [[ADDRESS|la cocina del campamento de arriba, pasando la tercera tranca, donde está la cruz de piedra, subiendo por el camino de herradura desde la laguna]]. Dice que ahí cocina para los mineros y la hacen dormir en [[ADDRESS|el almacén de las calaminas al lado del comedor]]. Llakisqa, triste estaba, dice.
O: Eso es muy preocupante, señor. ¿Su hija tiene DNI?
C: Sí, señorita. Acá tengo, le leo: [[ID_NUMBER|setenta y ocho, cero cuatro, cincuenta y uno, treinta y seis]].
O: ¿Y usted cómo se llama?
C: [[PERSON|Saturnino Huamaní Ccorahua]]. Agricultor soy, papa, habas siembro en [[ADDRESS|mi chacrita de la parcela 14 del sector Qollpa Pampa]], al lado del río.
O: ¿Tiene un número donde lo llamemos, don [[PERSON|Saturnino]]?
C: Aquí en la comunidad no hay mucha señal. El de mi sobrino [[PERSON|Efraín]] es [[PHONE_NUMBER|nueve ocho tres, cuatro cero dos, setenta y uno noventa]]. Él sabe castellano bien, le va a traducir.
O: Anotado. Vamos a avisar a la policía y a la fiscalía de [[LOCATION|Abancay]] para que vayan al campamento. ¿Tiene algún papel del señor [[PERSON|Nicanor]]?
C: Nos dejó un papelito, su número dice [[PHONE_NUMBER|964 15 80 27]], y la placa de su camioneta la apuntó mi compadre, [[OTHER_ID|A5T-902]].
O: Muy bien, don [[PERSON|Saturnino]]. Mañana, al mediodía, llamamos a su sobrino para contarle. Sulpayki por su llamada.
C: Sulpayki, señorita. Añañaw, que mi wawa vuelva pues.
""",
    ),
    (
        "h23-mix-es-en-01",
        "es",
        """
O: Línea contra la trata de personas, buenas noches.
C: Hola, buenas noches. Sorry, a veces hablo medio mezclado, estuve años afuera. Yo regresé de [[LOCATION|Chile]] hace poco, de [[LOCATION|Antofagasta]], y llamo por mi hermana, que la tienen allá.
O: No hay problema, hable como le sea cómodo. ¿Cómo se llama su hermana?
C: [[PERSON|Karina]], [[PERSON|Karina Ysabel Torres Ñaupari]]. She's [[AGE|twenty-three]]. Se fue con una agencia, [[ORGANIZATION|Andes Global Staffing]], que le prometió un job de limpieza en un hotel.
O: ¿Y qué le está pasando?
C: Basically no es hotel. The place is like a casa de citas. Está en [[LOCATION|Calama]], in [[ADDRESS|población Independencia, pasaje Los Copihues, la casa rosada con rejas, the one right behind the Copec gas station]], y a ella la tienen en [[ADDRESS|the back room del segundo piso, la que tiene la ventana con frazada en vez de cortina]].
O: ¿Usted ha hablado con ella?
C: Yes, hace tres días, [[DATE_TIME|on Tuesday night]], she sent me audios. Dice que le quitaron el pasaporte y su RUT chileno, el [[ID_NUMBER|26.481.339-K]], y que le cobran una deuda de 2 millones de pesos.
O: ¿Sabe quién la tiene ahí?
C: Una pareja. La mujer es peruana, de [[LOCATION|Tacna]], [[PERSON|Roxana]], le dicen la [[PERSON|Colorada]]. The guy is Chilean, [[PERSON|Cristián Leiva]]. Su número es [[PHONE_NUMBER|+56 9 7316 0482]].
O: ¿Su hermana tiene un número propio?
C: She uses a chip chileno a escondidas: [[PHONE_NUMBER|plus five six nine, five two zero eight, one one seven three]]. Y su Instagram es [[OTHER_ID|kari.torres.n23]], pero no le escriban ahí que lo revisan.
O: Entendido. Vamos a coordinar con la OIM y con el consulado para que la policía chilena intervenga. ¿Sus datos?
C: I'm [[PERSON|Pamela Torres Ñaupari]], DNI [[ID_NUMBER|4 6 0 9 3 7 1 5]]. Mi número es [[PHONE_NUMBER|nine eight six, three oh one, four four two]], y mi correo [[EMAIL_ADDRESS|pame.tn.returns@yahoo.com]]. Ahora vivo en [[LOCATION|Tacna]], en [[ADDRESS|Ciudad Nueva, calle 8, manzana 21, lote 5]].
O: Gracias, [[PERSON|Pamela]]. Le llamaremos mañana a las diez.
C: Thank you so much. Please, ayúdenla, my sister is all I have.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h23-", "heldout23.jsonl")
