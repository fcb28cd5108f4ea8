#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h58: 10 fictional, labelled counter-trafficking hotline calls (Peruvian line 1818).

Theme: callers who give details piece by piece and correct themselves: identifiers spelled
letter by letter ("con be de burro"), e-mails and handles said aloud, addresses given across
several turns and read back by the operator, names changed halfway ("no se llama así, le dicen...").
Styles: six lowercase unpunctuated Whisper-style transcripts (five Spanish, one Portuguese) with
recogniser slips (run-together or split words, homophones), two English calls, two Portuguese
calls in all, one cased Venezuelan-Spanish call. Traps that are not PII: money, durations,
counts, the hotline number 1818, law article numbers, public institutions.

Written by an outside test-data writer who read only LABELS.md, make_dev.py and
make_heldout.py; all people, numbers, accounts, handles, plates and businesses are invented.
Annotation follows make_dev.py's conventions (titles/articles and cue words outside spans,
every occurrence marked, spelled-out identifiers labelled as the identifier they spell).

Run: python3 make_heldout58.py  (writes heldout58.jsonl next to it)
"""

CALLS = [
    (
        "h58-01",
        "en",
        """
O: Línea 1818, buenas tardes. ¿En qué le podemos ayudar?
C: Hi, sorry, do you speak English? My Spanish is really bad.
O: Yes, I can help you in English. Go ahead, I'm listening.
C: Okay, thanks. My name is [[PERSON|Elizabeth Okafor]], everyone calls me [[PERSON|Liz]]. I volunteer at a kids' reading programme in [[LOCATION|Cusco]], at the [[ORGANIZATION|Biblioteca Comunal Wawakuna]].
O: Thank you, [[PERSON|Liz]]. What's happening?
C: There's a girl who comes to our reading sessions on Saturdays. She says she's [[AGE|fourteen]]. She works in a restaurant in [[LOCATION|San Blas]] from six in the morning until midnight, seven days a week, and she told me she hasn't been paid in three months.
O: Do you know the girl's name?
C: We all call her [[PERSON|Milagros]]. Actually, wait, no, that's the name the owner gave her. Her real name is [[PERSON|Yeni]], [[PERSON|Yeni Ccori]]. Ccori with a double C, [[PERSON|C-C-O-R-I]].
O: Got it. And the restaurant, do you know the name and the address?
C: It's called [[ORGANIZATION|Picantería Doña Cirila]]. It's on [[ADDRESS|Calle Tandapata, number fourteen]], I think... No, sorry, it's [[ADDRESS|forty-one]]. The one with the blue balcony, up the steps from the little square.
O: Let me read that back: [[ORGANIZATION|Picantería Doña Cirila]], [[ADDRESS|Calle Tandapata 41]], in [[LOCATION|San Blas]], blue balcony. Is that right?
C: Yes, that's it. The owner is the lady, [[PERSON|Cirila]], and her son is the one who shouts at her. They call him el [[PERSON|Chato]]. I think his surname is [[PERSON|Ramírez]], so [[PERSON|Chato Ramírez]].
O: Does [[PERSON|Yeni]] keep her own ID card?
C: No, [[PERSON|Cirila]] has it "so she doesn't lose it". She showed me a photo once, the number started with seven something, I don't remember.
O: That's fine. Do you know where she's from?
C: A community in [[LOCATION|Paruro]]. She came when she was [[AGE|twelve]], so about two years ago. She said her mum was given 300 soles when she left, and that's all the family ever got.
O: What you describe is child labour exploitation and may be trafficking under article 153 of the Penal Code. We'll refer it to the prosecutor's office and the child protection unit, who act discreetly. Will she be at your session again?
C: Yes, on [[DATE_TIME|Saturday the 22nd]], at the library. She also has a TikTok she uses on our tablet, [[OTHER_ID|at yeni dot ccori dot one four]].
O: So [[OTHER_ID|@yeni.ccori.14]]. Thank you. Could I have a phone number and an e-mail for you?
C: Sure. My number is [[PHONE_NUMBER|nine eight four, seven zero two, one one five]]. And my email is [[EMAIL_ADDRESS|liz dot okafor at proton dot me]], Okafor is [[PERSON|O-K-A-F-O-R]].
O: Let me confirm: [[PHONE_NUMBER|984 702 115]] and [[EMAIL_ADDRESS|liz.okafor@proton.me]].
C: Oh wait, sorry, it's an underscore, not a dot: [[EMAIL_ADDRESS|liz underscore okafor at proton dot me]].
O: [[EMAIL_ADDRESS|liz_okafor@proton.me]], noted. Please don't confront the owner or her son. We'll call you within 48 hours, and if [[PERSON|Yeni]] is hurt or disappears, call 1818 right away.
C: Okay. Thank you so much, really.
""",
    ),
    (
        "h58-02",
        "en",
        """
O: Línea 1818, buenas noches.
C: Hello? Hi. Is this the, uh, the trafficking hotline? I'm an American tourist, I only speak English.
O: Yes, this is the hotline, and I speak English. Are you safe right now?
C: Yeah, I'm in my hotel room. I'm in [[LOCATION|Arequipa]]. Something happened on a tour tonight and I can't let it go.
O: Tell me what happened.
C: I booked a night tour through a guy at the square. The driver, on the way back, he started asking if I wanted "company", and he showed me photos on his phone of girls. Young girls. He said [[AGE|fifteen, sixteen]], like it was a selling point. He said 200 dollars.
O: Thank you for calling. Do you know the driver's name?
C: He told me to call him [[PERSON|Angel]]. But the badge on the dashboard said something else... [[PERSON|Cruz]], [[PERSON|Percy Cruz]], I think. Yeah, [[PERSON|Percy Cruz]]. "[[PERSON|Angel]]" is just what he goes by.
O: Did you see the vehicle's licence plate?
C: I took a picture. It's [[OTHER_ID|V as in Victor, four, C as in Charlie, dash, nine one two]].
O: So [[OTHER_ID|V4C-912]]. What kind of vehicle?
C: A white van, a Hyundai, with a sticker that says [[ORGANIZATION|Misti Night Tours]]. And he gave me his WhatsApp, it's [[PHONE_NUMBER|plus five one, nine five eight, thirty, forty-four, seventeen]].
O: Let me read it back: [[PHONE_NUMBER|+51 958 30 44 17]].
C: Correct. He said he could bring "the girls" to my hotel [[DATE_TIME|tomorrow night at ten]].
O: Which hotel are you staying in?
C: [[ORGANIZATION|Casona del Misti]], on [[ADDRESS|Calle Jerusalén]]... the number's on the key card, hold on... [[ADDRESS|three ten]]. [[ADDRESS|Calle Jerusalén 310]].
O: Thank you. Please don't reply to him or agree to anything. This is a serious crime in [[LOCATION|Peru]], and we'll pass it to the police's anti-trafficking unit right now. Would you be willing to give a statement?
C: Yes, I fly out on [[DATE_TIME|Friday]] though. I've got about two days. Do they need my passport?
O: They may ask for it when you give your statement.
C: Okay, it's [[ID_NUMBER|five four eight, two one nine, three six zero]]. My name is [[PERSON|Daniel Brzezinski]], that's [[PERSON|B-R-Z-E-Z-I-N-S-K-I]].
O: Thank you, [[PERSON|Daniel]]. And a number to reach you?
C: My US cell, [[PHONE_NUMBER|(303) 555-0187]], it works on WhatsApp too.
O: The police will contact you tomorrow morning. If he shows up at the hotel, call 105 or call us back at 1818.
C: Will do. I paid 120 soles for that tour, I feel sick about it.
O: You did the right thing by calling.
""",
    ),
    (
        "h58-03",
        "pt",
        """
O: linha 1818 boa noite em que posso ajudar
C: alô boa noite a senhora fala português
O: falo sim pode falar devagar
C: tá bom eu sou brasileira sou cozinheira num acampamento de garimpo aqui em [[LOCATION|madre de dios]] perto de [[LOCATION|guepetue]] sabe
O: em [[LOCATION|huepetuhe]] certo qual é o seu nome
C: [[PERSON|rosângela]] mas aqui todo mundo me chama de [[PERSON|baiana]]
O: dona [[PERSON|rosângela]] o que está acontecendo
C: é que do lado da cozinha tem um bar de tábua e lá tem umas meninas novinhas peruanas uma falou que tem [[AGE|quinze anos]] a outra [[AGE|catorze]] elas não saem de lá o dono não deixa
O: quem é o dono
C: é o seu [[PERSON|tião]] quer dizer [[PERSON|tião]] é apelido o nome dele mesmo é [[PERSON|sebastião moura]] ele é brasileiro também de [[LOCATION|rio branco]] no [[LOCATION|acre]]
O: e as meninas a senhora sabe os nomes
C: uma é [[PERSON|luz]] a outra eles chamam de [[PERSON|pequena]] não sei o nome de verdade a [[PERSON|luz]] falou que veio de [[LOCATION|quillabamba]] que prometeram trabalho de garçonete por mil e quinhentos soles
O: a senhora sabe dizer onde fica exatamente o acampamento
C: fica no quilômetro depois da ponte do [[ADDRESS|rio caychive entrando pela trilha da antena]] o acampamento chama [[ORGANIZATION|campamento minero nova esperança]]
O: repito [[ORGANIZATION|campamento minero nova esperança]] [[ADDRESS|rio caychive entrando pela trilha da antena]] é isso
C: isso mesmo e tem homem armado de noite
O: a senhora está segura
C: mais ou menos ele também me deve dois meses de salário e ficou com meu documento o cpf e a carteira
O: a senhora lembra do número do cpf
C: lembro [[ID_NUMBER|quatro oito dois nove um sete três zero cinco meia um]]
O: então [[ID_NUMBER|482.917.305-61]]
C: isso e ele manda o dinheiro das meninas pra uma conta no brasil a conta é [[OTHER_ID|agência 0 4 4 5 conta 8 8 1 2 3 traço 7]] eu vi no papel
O: é importante isso como a gente entra em contato com a senhora
C: meu zap é [[PHONE_NUMBER|cinquenta e cinco sessenta e oito nove nove nove dois um quarenta e quatro setenta]] só de noite tem sinal
O: [[PHONE_NUMBER|+55 68 99921 4470]] e um email
C: [[EMAIL_ADDRESS|rosangela ponto cozinha arroba gmail ponto com]] rosangela sem acento
O: [[EMAIL_ADDRESS|rosangela.cozinha@gmail.com]] anotado vamos avisar a polícia especializada e a promotoria de [[LOCATION|madre de dios]] não comente com ninguém
C: tá bom obrigada que deus abençoe essas meninas
""",
    ),
    (
        "h58-04",
        "es",
        """
O: Línea 1818, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, mi amor. Mire, yo soy venezolana, vivo aquí en [[LOCATION|Lima]], y le llamo por mi prima, que la tienen trabajando en una vaina rara y no me contesta.
O: Cuénteme con calma. ¿Cómo se llama su prima?
C: [[PERSON|Milagros]]. [[PERSON|Milagros del Valle Urbina]]. Tiene [[AGE|17]], nació [[DATE_TIME|el 3 de mayo de 2008]], en [[LOCATION|Barquisimeto]].
O: ¿Y qué trabajo le ofrecieron?
C: De anfitriona en una discoteca. La captó una chama por Facebook que se llama [[PERSON|Yuleisi]]... Bueno, no, no se llama así, vale, ese es el nombre del perfil. Le dicen la [[PERSON|Flaca]], y su nombre de verdad es [[PERSON|Yolimar Briceño]].
O: ¿Tiene el enlace de ese perfil?
C: Sí, es [[OTHER_ID|facebook.com/yuleisi.empleos.lima]]. Ahí publica "se buscan chicas, buen pago, sin experiencia".
O: ¿Dónde está su prima ahora?
C: Lo último que me mandó fue la ubicación. Es en [[LOCATION|San Juan de Lurigancho]], en el [[ADDRESS|jirón Los Tulipanes]].
O: ¿Tiene número o manzana y lote?
C: Espérese que lo busco... [[ADDRESS|Manzana F, lote 12]]. No, perdón, [[ADDRESS|lote 21]]. Es una casa de rejas verdes al lado de una bodega que se llama [[ORGANIZATION|Minimarket Doña Paz]].
O: Le leo: [[ADDRESS|jirón Los Tulipanes, manzana F, lote 21]], [[LOCATION|San Juan de Lurigancho]], al lado del [[ORGANIZATION|Minimarket Doña Paz]]. ¿Correcto?
C: Correcto, así es.
O: ¿Desde cuándo no sabe de ella?
C: Desde [[DATE_TIME|el domingo 9]]. Y la [[PERSON|Flaca]] me escribió que si quiero verla le yapee 200 soles al [[PHONE_NUMBER|951 770 246]], porque ella "debe" el pasaje desde [[LOCATION|Tumbes]].
O: Esa deuda no es legal. ¿Su prima tiene documentos aquí?
C: Su cédula, [[ID_NUMBER|V-31.204.778]], y el PTP. El carné de extranjería todavía no le sale. Y el teléfono de ella es [[PHONE_NUMBER|+51 938 405 112]], pero está apagado.
O: No le deposite nada. Vamos a derivar el caso a la policía especializada en trata y a la fiscalía, y es probable que vayan a esa dirección. ¿Usted cómo se llama?
C: [[PERSON|Yusmary Urbina]]. Mi carné de extranjería es [[ID_NUMBER|003 115 862]], por si lo necesitan. Y mi número es [[PHONE_NUMBER|nueve cuatro cero, veintidós, dieciocho, cero siete]].
O: Le repito: [[PHONE_NUMBER|940 221 807]].
C: Ajá, ese mismo. Ay, chama, ayúdeme, que ella es una niña todavía.
O: La vamos a llamar esta noche, señora [[PERSON|Yusmary]]. No vaya sola a esa casa.
""",
    ),
    (
        "h58-05",
        "es",
        """
O: línea 1818 buenas noches
C: aló hola sí perdón hablo bajito estoy en el baño
O: te escucho bien tranquila estás en peligro ahorita
C: sí más o menos estoy en un karaoque trabajo acá pero no me dejan salir
O: cómo te llamas y cuántos años tienes
C: me dicen [[PERSON|cruz]] pero me llamo [[PERSON|maría cruz]] [[PERSON|maría cruz pan duro]] tengo [[AGE|dieciséis]]
O: [[PERSON|maría cruz panduro]] es así
C: sí [[PERSON|panduro]] [[PERSON|pe a ene de u ere o]]
O: dónde estás [[PERSON|maría cruz]] sabes la ciudad
C: en [[LOCATION|pucallpa]] el karaoque se llama [[ORGANIZATION|la nueva ola]] está en la [[ADDRESS|avenida centenario]]
O: sabes en qué kilómetro o algo cerca
C: [[ADDRESS|kilómetro cinco]] creo al costado de un grifo [[ADDRESS|frente al taller de motos]]
O: [[ORGANIZATION|la nueva ola]] [[ADDRESS|avenida centenario kilómetro cinco al costado del grifo frente al taller de motos]]
C: sí ahí
O: hay otras chicas contigo
C: sí una [[PERSON|rosa]] que tiene [[AGE|quince]] y otras dos más grandes nos hacen tomar con los clientes y la señora [[PERSON|chabuca]] dice que le debemos seiscientos soles del cuarto
O: quién más está ahí
C: su marido le dicen el [[PERSON|cholo]] no espere ese es otro a su marido le dicen [[PERSON|pescado]] él cierra la puerta con candado
O: tienes un número de algún familiar
C: de mi mamá [[PHONE_NUMBER|nueve seis uno cuatro cero ocho]] no espere [[PHONE_NUMBER|nueve seis uno cuatro cero ocho dos dos siete]]
O: [[PHONE_NUMBER|961 408 227]]
C: sí ella está en [[LOCATION|aguaytía]] nose que estoy acá
O: vamos a mandar a la policía ahorita quédate en un lugar donde te puedan ver cuando entren
C: ya ya ya viene alguien tengo que colgar
O: [[PERSON|maría cruz]] aguanta ya van para allá
""",
    ),
    (
        "h58-06",
        "es",
        """
O: línea 1818 buenas noches en qué le puedo ayudar
C: buenas noches señorita yo soy taxista acá en [[LOCATION|trujillo]] tengo 12 años manejando y nunca había visto algo así
O: cuénteme qué pasó
C: a [[DATE_TIME|las once y veinte]] recogí a un señor en el [[ADDRESS|ovalo larco]] con dos chiquitas de uniforme de colegio de unos [[AGE|trece catorce años]]
O: a dónde los llevó
C: a [[LOCATION|huanchaco]] a un hospedaje que se llama [[ORGANIZATION|el sol de huanchaco]] en la [[ADDRESS|calle los pinos]] la [[ADDRESS|cuadra tres]]
O: le repito [[ORGANIZATION|hospedaje el sol de huanchaco]] [[ADDRESS|calle los pinos cuadra tres]] [[LOCATION|huanchaco]]
C: correcto y las chiquitas iban llorando una le dijo mi tía [[PERSON|luz]] va a saber y el señor le dijo cállate
O: la niña dijo el nombre de su tía
C: sí [[PERSON|luz]] eso dijo y a la otra él la llamaba [[PERSON|flaquita]]
O: sabe el nombre del señor
C: me pagó por plin la carrera 15 soles y salió [[PERSON|josé a vega r]] y el número [[PHONE_NUMBER|949 112 083]]
O: [[PERSON|josé a vega r]] [[PHONE_NUMBER|949 112 083]] muy bien
C: y detrás venía siguiendo un carro negro la placa era [[OTHER_ID|be de burro uno ce de casa guion cuatro cinco cero]]
O: [[OTHER_ID|b1c 450]]
C: sí y el chofer del carro negro le dijo al señor [[PERSON|chino]] ya está todo pagado
O: a qué hora dejó al señor en el hospedaje
C: eran como [[DATE_TIME|las once y cuarenta]] hace veinte minutos nomás
O: vamos a mandar a la policía de [[LOCATION|huanchaco]] ahorita necesito sus datos por si lo llaman a declarar
C: [[PERSON|wilmer saavedra]] mi dni es [[ID_NUMBER|18 07 42 59]] trabajo con [[ORGANIZATION|taxi seguro chan chan]] mi celular [[PHONE_NUMBER|nueve cuatro ocho treinta y uno sesenta y dos cero cinco]]
O: [[PHONE_NUMBER|948 316 205]] señor [[PERSON|wilmer]]
C: sí ese y mi placa es [[OTHER_ID|t2k 118]] por si ven el video de la cámara del ovalo
O: gracias señor [[PERSON|wilmer]] no vuelva al hospedaje la policía ya va
C: ya señorita ojalá lleguen a tiempo
""",
    ),
    (
        "h58-07",
        "es",
        """
O: línea 1818 buenas tardes
C: buenas tardes señorita mi nombre es [[PERSON|lucía chiu]] [[PERSON|chiu]] ce hache i u tengo una tienda en el [[LOCATION|cercado de lima]] en el [[LOCATION|barrio chino]]
O: señora [[PERSON|chiu]] en qué le podemos ayudar
C: al lado de mi tienda hay un chifa el [[ORGANIZATION|gran dragón de oro]] en el [[ADDRESS|jirón paruro 8 20]] y arriba viven unas chicas chinas que trabajan ahí día y noche
O: le confirmo [[ORGANIZATION|chifa gran dragón de oro]] [[ADDRESS|jirón paruro 820]]
C: sí ochocientos veinte la puerta roja
O: qué ha visto
C: una de ellas viene a comprar a mi tienda habla un poquito castellano me dijo que se llama [[PERSON|shao mei]] bueno [[PERSON|xiaomei]] así se escribe con equis y tiene [[AGE|diecinueve]] el dueño le quitó el pasaporte
O: le dijo algo más del pasaporte
C: me enseñó una foto del pasaporte en su celular el número era [[ID_NUMBER|e ocho nueve cero cuatro uno siete dos seis]]
O: [[ID_NUMBER|E89041726]]
C: sí y dice que le cobran deuda por el pasaje desde [[LOCATION|fujian]] treinta mil dólares y que trabaja catorce horas sin día libre
O: sabe cómo se llama el dueño del chifa
C: le dicen don [[PERSON|pancho]] pero no se llama así su nombre es [[PERSON|wen jun li]] o [[PERSON|li wenjun]] no sé cuál va primero
O: cuántas chicas son
C: tres o cuatro y una parece menor de edad más chiquita como [[AGE|dieciséis]] esa nunca baja
O: sabe el ruc del chifa o algún dato del local
C: tengo una boleta aquí el ruc es [[ID_NUMBER|20 6 0 1 4 8 8 3 7 2]]
O: [[ID_NUMBER|2060148837]] son diez dígitos falta uno
C: ay perdón lo leí de corrido es [[ID_NUMBER|20601488372]] con dos al final
O: [[ID_NUMBER|20601488372]] anotado si puede mándeme foto de la boleta
C: ya le mando al correo que me diga
O: lo vamos a derivar a la policía especializada y a la sunafil para la parte laboral y a migraciones solo para proteger a las chicas no para expulsarlas usted cómo prefiere que la llamemos
C: a mi celular [[PHONE_NUMBER|nueve nueve siete cero cero cuatro uno dos tres]] o a la tienda [[PHONE_NUMBER|cuatro veintiocho treinta y seis cincuenta]] es [[ORGANIZATION|bazar chiu e hijos]]
O: [[PHONE_NUMBER|997 004 123]] y [[PHONE_NUMBER|428 3650]] gracias señora [[PERSON|lucía]]
C: por favor que no sepan que fui yo somos vecinos de hace veinte años
""",
    ),
    (
        "h58-08",
        "pt",
        """
O: Línea 1818, buenos días.
C: Bom dia. Desculpa, eu sou brasileira, falo portunhol. Pode ser em português?
O: Pode, sim, senhora. Eu falo português. Como posso ajudar?
C: Eu moro em [[LOCATION|Villa El Salvador]] faz oito anos, casada com peruano. É sobre uma vizinha que manda as crianças pedir esmola na avenida o dia inteiro.
O: Quantas crianças e que idade têm?
C: Três. O maior se chama [[PERSON|Angel]], tem [[AGE|oito anos]]. Tem uma menina de [[AGE|seis]], [[PERSON|Paz]], e um bebê que ela leva no colo pra dar pena.
O: Onde ficam pedindo?
C: No semáforo da [[ADDRESS|Avenida Revolución com a Avenida Pastor Sevilla]], das seis da manhã até as onze da noite. Eles nem vão à escola.
O: E a vizinha, a senhora sabe o nome dela?
C: A dona da casa se chama [[PERSON|Rosa]]... não, espera, a [[PERSON|Rosa]] é a irmã dela. A dona é a [[PERSON|Nelly]], [[PERSON|Nelly Paz Ccama]]. As crianças não são filhas dela, são sobrinhos que vieram de [[LOCATION|Ayacucho]].
O: Onde fica a casa?
C: No [[ADDRESS|setor 2]]...
O: [[ADDRESS|Setor 2]], grupo?
C: [[ADDRESS|Grupo 15]]. E a casa é a [[ADDRESS|manzana H, lote 9]]. Não, é [[ADDRESS|lote 19]], o 9 é de outra vizinha.
O: Então, [[ADDRESS|setor 2, grupo 15, manzana H, lote 19]], [[LOCATION|Villa El Salvador]]. Certo?
C: Certinho. Casa de portão cinza.
O: A senhora viu maltratos?
C: Sim. Se as crianças voltam com menos de 50 soles ela bate nelas. Ouvi o [[PERSON|Angel]] chorando ontem de noite. E ela posta pedindo doação no Facebook: [[OTHER_ID|facebook.com/nelly.paz.ves]], com foto das crianças, e pede depósito na conta do BCP [[OTHER_ID|191-48827314-0-55]].
O: Vou repetir a conta: [[OTHER_ID|191-48827314-0-55]]. Isso pode ser exploração para mendicância, que é uma forma de tráfico. Vamos derivar à DEMUNA e à polícia. Como a senhora se chama?
C: [[PERSON|Cláudia Meirelles]]. Meu carnê de estrangeiro é [[ID_NUMBER|000 781 245]].
O: E um telefone?
C: [[PHONE_NUMBER|Nove quatro sete, trinta e dois, zero oito, cinquenta e um]].
O: [[PHONE_NUMBER|947 320 851]]. Obrigada, dona [[PERSON|Cláudia]]. Vamos ligar amanhã para contar o que foi feito.
C: Obrigada. Só não quero problema com ela, a gente mora porta com porta.
""",
    ),
    (
        "h58-09",
        "es",
        """
O: línea 1818 buenos días
C: buenos días le habla la licenciada [[PERSON|haydeé quispe]] enfermera del [[ORGANIZATION|centro de salud la esperanza de chilca]] en [[LOCATION|huancayo]]
O: buenos días licenciada en qué le ayudamos
C: ayer llegó a emergencia una chica embarazada la trajo un señor que dijo que es su tío y que ella se llama [[PERSON|rosa]] que tiene [[AGE|dieciocho]]
O: usted cree que no es así
C: cuando el señor salió ella me dijo bajito no me llamo [[PERSON|rosa]] así me dice él me llamo [[PERSON|yanet]] [[PERSON|yanet huamán rojas]] y nací el [[DATE_TIME|catorce de febrero del dos mil nueve]] o sea tiene [[AGE|dieciséis]]
O: dijo de dónde es
C: de [[LOCATION|satipo]] de una comunidad de [[LOCATION|río tambo]] dice que la trajeron hace un año para cuidar niños y que el señor no la deja salir
O: el señor dejó algún documento
C: sí en la ficha de admisión puso su dni [[ID_NUMBER|cuatro cero dos uno siete ocho]] no espere acá está completo [[ID_NUMBER|40217836]] y el nombre [[PERSON|aurelio mucha]]
O: [[ID_NUMBER|40217836]] [[PERSON|aurelio mucha]] y una dirección
C: puso [[ADDRESS|pasaje los geranios 1 45]] en [[LOCATION|el tambo]] pero no sé si es verdad
O: [[ADDRESS|pasaje los geranios 145]] [[LOCATION|el tambo]]
C: sí y un celular [[PHONE_NUMBER|964 0 81 327]]
O: [[PHONE_NUMBER|964 081 327]]
C: exacto la chica tiene treinta y dos semanas de embarazo y ya le hicimos los controles está estable el señor va a volver a [[DATE_TIME|las tres]] para llevársela
O: a qué hora exactamente
C: a [[DATE_TIME|las tres de la tarde]] dijo el médico le dio de alta para hoy
O: licenciada por favor retrase el alta vamos a avisar a la policía y a la fiscalía de familia y a la unidad de protección especial ahora mismo un embarazo en una menor de [[AGE|dieciséis]] también es delito
C: ya entendido la vamos a dejar en observación
O: cómo la podemos contactar a usted
C: mi celular [[PHONE_NUMBER|nueve ocho cuatro treinta y tres veinticinco dieciséis]] y mi correo [[EMAIL_ADDRESS|enf punto quispe guion bajo h arroba hotmail punto com]]
O: [[PHONE_NUMBER|984 332 516]] y [[EMAIL_ADDRESS|enf.quispe_h@hotmail.com]]
C: sí y la cama es la [[ADDRESS|seis del servicio de gineco]] por si vienen
O: gracias licenciada [[PERSON|haydeé]] la policía la llama en unos minutos
""",
    ),
    (
        "h58-10",
        "es",
        """
O: línea 1818 buenas tardes señora en qué le ayudamos
C: allinllachu mamay buenas tardes yo llamo de [[LOCATION|lircay]] de [[LOCATION|angaraes]] es por mi nieta la [[PERSON|sonia]]
O: buenas tardes mamita tranquila hable nomás cómo se llama usted
C: [[PERSON|eulogia]] [[PERSON|eulogia yauri]] soy su abuelita de la [[PERSON|sonia]] yo la he criado desde wawa
O: qué ha pasado con su nieta
C: un señor ha venido a la comunidad de [[LOCATION|ccochaccasa]] ha dicho que la va a llevar a trabajar a [[LOCATION|ica]] a la cosecha de uva que le va a pagar cincuenta soles diario y se la ha llevado hace tres meses ya no llama
O: cuántos años tiene la [[PERSON|sonia]]
C: [[AGE|quince añitos]] no más es chiquita todavía mi pichuncha
O: usted sabe cómo se llama el señor
C: le dicen don [[PERSON|fortunato]] pero no se llama así dice que su nombre es [[PERSON|teófilo]] [[PERSON|teófilo ccora]] no [[PERSON|ccorahua]] así nomás le dicen
O: [[PERSON|teófilo ccorahua]] y a usted le dejó algún número
C: sí mi vecino me ha apuntado en un papelito [[PHONE_NUMBER|nueve cinco seis cero cero]] ay no se ve [[PHONE_NUMBER|nueve cinco seis cero cero siete tres uno ocho]]
O: [[PHONE_NUMBER|956 007 318]]
C: ese es mamay y me ha dado cien soles nomás y dos ovejas dice para la familia
O: usted tiene el dni de la [[PERSON|sonia]]
C: sí aquí tengo la copia [[ID_NUMBER|siete seis tres ocho]] este [[ID_NUMBER|siete seis tres ocho cuatro cero uno dos]]
O: [[ID_NUMBER|76384012]] su nombre completo
C: [[PERSON|sonia huamaní yauri]] nació [[DATE_TIME|el veinticinco de julio]] para santiago
O: sabe en qué parte de [[LOCATION|ica]] está
C: la última vez dijo que está en un fundo que se llama [[ORGANIZATION|agrícola santa cruz del valle]] por [[LOCATION|salas guadalupe]] que duermen en el suelo y el señor le guarda su plata
O: mamita esto puede ser trata de personas vamos a avisar a la policía y a la fiscalía de [[LOCATION|ica]] para que la busquen a qué número la llamamos
C: al de mi vecino don [[PERSON|julián]] [[PHONE_NUMBER|nueve sesenta y siete cuarenta y uno ochenta y ocho cero dos]] yo no tengo celular
O: [[PHONE_NUMBER|967 418 802]] don [[PERSON|julián]] la llamamos mañana
C: sulpayki mamay diosolopague ayúdenme a traer a mi [[PERSON|sonia]]
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h58-", "heldout58.jsonl")
