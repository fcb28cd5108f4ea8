#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out set h34: 10 fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and ./make_heldout.py
(the builder: its [[TYPE|surface]] markup and write_set()). The redactor under test
was never looked at.

Mix of styles:
  * h34-001..003  lowercase, unpunctuated Whisper-style Spanish (fillers "eh", "este",
    self-corrections, numbers spoken in words, a phone number split across turns);
  * h34-004, 005  cased, punctuated Spanish (bus terminal worker; neighbour in a
    residential building, online recruitment);
  * h34-006       second-language English (West African caller);
  * h34-007       Brazilian Portuguese (mother in Acre, gold-mining camp);
  * h34-008       Venezuelan Spanish;
  * h34-009       Andean Spanish with Quechua words (grandmother from Ayacucho);
  * h34-010       writer's choice: formal legal follow-up by an NGO lawyer, dense with
    non-PII traps (law and article numbers, amounts, public institutions).

Annotation follows make_dev.py: PERSON spans exclude titles and articles; cue words
("DNI", "placa", "CPF") stay outside ID/plate/phone spans; AGE keeps its unit; DATE_TIME
keeps its article, relative times and routine schedules are unlabelled; descriptive
places that pinpoint a spot are ADDRESS (article kept), named streets drop the article;
fragments of a number given in pieces or corrected mid-way are each labelled.
Hotline number, 105, money, durations, counts, legal references and public
institutions are not PII. All people, numbers, IDs, addresses, handles, plates and
businesses are invented.

Run: python3 make_heldout34.py   (writes heldout34.jsonl next to this script)
"""

from make_heldout import write_set

CALLS = [
    # ------------------------------------------------ Whisper-style Spanish ----
    (
        "h34-001",
        "es",
        """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes señorita eh este le llamo por unos niñitos que sacan todos los días de una casa acá por mi cuadra y ya no aguanto verlos así
O: gracias por llamar señora puede hablar tranquila está en un lugar seguro
C: sí estoy en mi casa sola este no quisiera dar mi nombre completo nomás dígame [[PERSON|chabuca]] así me dicen todos
O: está bien señora [[PERSON|chabuca]] dónde queda esa casa
C: en [[LOCATION|villa el salvador]] eh en [[ADDRESS|el sector dos grupo tres manzana jota lote catorce]] no perdón [[ADDRESS|lote dieciséis]] es una casita de triplay con techo de calamina
O: cuántos niños ha visto
C: son cinco a veces seis el más chiquito tendrá [[AGE|cuatro añitos]] y la mayorcita unos [[AGE|once o doce]] ella es la que carga al bebito
O: y qué es lo que ve usted que le preocupa
C: todos los días a las cinco de la mañana viene un mototaxi rojo los sube a todos apretaditos y se los lleva a vender caramelos en las combis de la panamericana y regresan recién a las once de la noche así llueva o haga frío
O: los niños van al colegio
C: no señorita ninguno va ni uno y la semana pasada la mayorcita estaba llorando en la puerta porque había juntado doce soles nomás y la señora le jaló las orejas le dijo que mínimo tiene que traer cincuenta
O: sabe cómo se llama la señora
C: eh le dicen [[PERSON|marleny]] [[PERSON|marleny ticona]] creo que es pero no es la mamá de los niños la mamá de dos de ellos vive en [[LOCATION|juliaca]] me contó la niña
O: y la niña cómo se llama
C: [[PERSON|yesenia]] le dicen [[PERSON|yesi]] la otra chiquita es [[PERSON|nayeli]] de los varoncitos no sé sus nombres
O: y la persona del mototaxi
C: es un joven flaco le dicen el [[PERSON|tayson]] él es el que cobra yo creo que es el hijo de la señora [[PERSON|marleny]]
O: logró ver la placa del mototaxi
C: sí la apunté en mi cuaderno espere un ratito aquí está [[OTHER_ID|siete cuatro ocho tres guion uno be]] y atrás tiene un sticker de la virgen
O: muy bien esto puede ser explotación de niños en la mendicidad y la venta ambulante que es una forma de trata vamos a avisar a la policía y a la unidad de protección de niños me deja un número por si necesitan ubicarla
C: ya es el [[PHONE_NUMBER|nueve cinco dos]]
O: ajá [[PHONE_NUMBER|nueve cinco dos]]
C: [[PHONE_NUMBER|cuatrocientos dieciocho]]
O: sí
C: y [[PHONE_NUMBER|cero treinta y seis]] ah no espere [[PHONE_NUMBER|cero treinta y siete]] ese es mi número nuevo
O: le repito [[PHONE_NUMBER|nueve cinco dos cuatro uno ocho cero tres siete]]
C: eso es señorita pero que no vengan a mi casa por favor que esa gente sabe quién soy
O: no se preocupe nadie va a saber que usted llamó no se acerque a la señora ni al joven y si ve que se llevan a los niños a otro lado vuelva a llamar gratis al cero ochocientos dos treinta y dos treinta y dos o al ciento cinco
C: ya señorita gracias que diosito los proteja a esos chiquitos
""",
    ),
    (
        "h34-002",
        "es",
        """
O: línea contra la trata buenas noches le escucho
C: aló señorita buenas noches este disculpe estoy llamando del teléfono de una bodega rápido nomás porque el patrón no sabe
O: tranquilo joven aquí te ayudamos cómo te llamas
C: [[PERSON|yordi]] señorita [[PERSON|yordi]] con ye griega [[PERSON|ye o erre de i]] [[PERSON|chapoñán]]
O: [[PERSON|yordi]] cuántos años tienes y dónde estás
C: tengo [[AGE|diecisiete]] bueno [[AGE|dieciocho]] cumplo [[DATE_TIME|el doce de agosto]] eh estoy en [[LOCATION|paita]] en el puerto
O: qué es lo que está pasando
C: me trajeron de [[LOCATION|chiclayo]] de [[LOCATION|monsefú]] un señor que le dicen [[PERSON|cachaco]] nos dijo que íbamos a ganar bien en la pesca de pota ochenta soles por día pero ya vamos tres viajes de veinte días y no nos pagan nada dice que debemos las botas la ropa de agua y la comida
O: en qué embarcación trabajas
C: en la [[ADDRESS|bolichera san judas tadeo dos]] la matrícula es [[OTHER_ID|pe te guion uno cuatro siete uno dos guion ce eme]] está pintada celeste con blanco
O: y dónde está ahorita la embarcación
C: amarrada en [[ADDRESS|el muelle artesanal la tercera fila pasando las cámaras de hielo]] ahí dormimos en la bodega del barco no nos dejan bajar solo a mí me mandaron a comprar hielo por eso estoy llamando
O: hay otros chicos menores contigo
C: sí hay un chibolo de [[AGE|quince años]] que le dicen [[PERSON|pelusa]] y otros mayores somos como nueve en total en el barco y el capitán nos pega con una soga cuando no avanzamos
O: el capitán cómo se llama
C: [[PERSON|fidel]] [[PERSON|fidel zapata]] creo y el dueño del barco es otro un tal ingeniero [[PERSON|manrique]] que vive en [[LOCATION|piura]]
O: tienes tu documento contigo
C: no el dni lo tiene [[PERSON|fidel]] nos quitó a todos el número de mi dni es [[ID_NUMBER|siete dos cinco cero ocho uno uno cuatro]]
O: te repito [[ID_NUMBER|siete dos cinco cero ocho uno uno cuatro]]
C: no espere me confundí es [[ID_NUMBER|siete dos cinco cero ocho uno cuatro uno]] al final era al revés
O: ya gracias a qué número te podemos llamar sin que el patrón se entere
C: a mi mamá mejor ella se llama [[PERSON|petronila]] su número es [[PHONE_NUMBER|nueve siete ocho treinta y tres cero uno sesenta y cinco]] ahí también tiene yape por si acaso
O: [[PERSON|yordi]] lo que me cuentas es trabajo forzoso y eres menor de edad vamos a avisar ahora mismo a la policía y a la capitanía del puerto para que vayan al muelle sabes a qué hora sale el barco
C: dicen que mañana a [[DATE_TIME|las cuatro de la madrugada]] salimos otra vez para [[LOCATION|talara]]
O: bien si puedes quédate en tierra la policía te va a buscar diles que llamaste a la línea
C: ya señorita pero si [[PERSON|fidel]] se entera me va a pegar
O: no vas a estar solo vamos a pedir que te lleven a un lugar seguro y le vamos a avisar a tu mamá
C: ya gracias ya me voy que el de la bodega me está mirando
""",
    ),
    (
        "h34-003",
        "es",
        """
O: línea contra la trata buenas noches en qué te puedo ayudar
C: hola señorita eh perdón que hable bajito estoy en el baño es que no quiero que me escuche la señora
O: está bien te escucho bien habla como puedas estás en peligro ahorita
C: no ahorita no pero este ya no quiero estar acá trabajo en una casa y no me pagan y no me dejan salir
O: cómo te llamas y cuántos años tienes
C: me llamo [[PERSON|yanet]] bueno [[PERSON|janet]] con jota [[PERSON|janet huillca mamani]] tengo [[AGE|quince]] y cumplo [[AGE|dieciséis]] [[DATE_TIME|el veinte de junio]]
O: [[PERSON|janet]] de dónde eres y dónde estás ahora
C: soy de [[LOCATION|chumbivilcas]] de [[LOCATION|santo tomás]] y estoy en [[LOCATION|arequipa]] en [[LOCATION|cayma]] hace un año y medio que me trajo mi madrina diciendo que iba a estudiar en el colegio de la noche
O: y has ido al colegio
C: no nunca la señora dice que no hay tiempo me levanto a las cuatro y media para hacer los postres que ella vende y limpio toda la casa y cuido a sus hijitos hasta las once de la noche
O: cómo se llama la señora
C: la señora [[PERSON|giuliana]] y el esposo es el doctor [[PERSON|basurco]] ella tiene su negocio de tortas [[ORGANIZATION|dulces giuliana]] y en instagram es [[OTHER_ID|arroba dulces punto giuliana punto aqp]]
O: te pagan algo
C: me dijo que me iba a pagar trescientos soles al mes y que los iba a depositar en el banco de la nación a nombre de mi mamá pero mi mamá dice que nunca le llegó nada y ahora dice que le debo por mi ropa y mi comida
O: te han hecho daño alguna vez
C: sí me jala el pelo y una vez me quemó la mano con la plancha porque se me cayó un vaso y no me deja llamar a mi mamá el celular me lo quitó este es del jardinero don [[PERSON|cirilo]] me lo presta a escondidas
O: [[PERSON|janet]] me puedes decir dónde queda la casa aunque no sepas el número
C: no sé el número pero es [[ADDRESS|la casa de portón marrón subiendo de la iglesia de la plaza la tercera después de la farmacia]] tiene tres pisos y yo duermo en el cuarto de la azotea al lado de la lavadora
O: tienes algún número de alguien de tu familia para llamarle
C: de mi hermana mayor [[PERSON|rocío]] que está en [[LOCATION|cusco]] su número es [[PHONE_NUMBER|nueve nueve cero]]
O: sí te escucho
C: [[PHONE_NUMBER|cuarenta y dos quince sesenta y ocho]]
O: [[PERSON|janet]] lo que me cuentas es muy grave eres menor de edad y te tienen trabajando sin pago y sin estudiar vamos a avisar ahora a la fiscalía de familia y a la policía para que vayan a sacarte de ahí puedes salir tú a la puerta cuando lleguen
C: sí la señora sale a dejar las tortas a las ocho de la mañana ahí estoy sola con los chiquitos
O: muy bien mañana a esa hora van a ir y vamos a llamar a tu hermana no le digas nada a la señora y si puedes borra esta llamada del celular de don [[PERSON|cirilo]]
C: ya señorita gracias ya me está llamando la señora
""",
    ),
    # ------------------------------------------------------- cased Spanish ----
    (
        "h34-004",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Le habla [[PERSON|Giannina Seminario]], trabajo en la boletería de [[ORGANIZATION|Transportes Cruz del Norte]], en el terminal de [[LOCATION|Tumbes]]. Tengo un caso acá que no me gusta nada y mi supervisor me dijo que llame.
O: Gracias por llamar, [[PERSON|Giannina]]. Cuénteme.
C: Hace una hora un señor compró cuatro pasajes para el bus de [[DATE_TIME|las 22:40]] a [[LOCATION|Aguas Verdes]], asientos 14, 15, 16 y 17. Viaja con tres chicas que se ven bien jovencitas, de [[AGE|14 o 15 años]] como mucho. Él dice que es su tío y que van a visitar a la familia en [[LOCATION|Ecuador]].
O: ¿Qué fue lo que le llamó la atención?
C: Para comprar los pasajes me dio los DNI de las chicas, y según los documentos las tres son mayores de edad. Pero a una de ellas, cuando le pregunté su fecha de nacimiento para el manifiesto, no la sabía. Miró al señor. Y el DNI dice [[DATE_TIME|3 de mayo de 2005]], o sea [[AGE|20 años]]. Esa chica no es mayor de edad ni de broma.
O: ¿Tiene los nombres y los números de los documentos?
C: Sí, están en el manifiesto. Esa chica se llama [[PERSON|Kiara Nayeli Chumacero]], DNI [[ID_NUMBER|76302918]]. Las otras dos son [[PERSON|Milena]] y [[PERSON|Brigitte]], los apellidos no los tengo a la mano. El señor es [[PERSON|Héctor Ulises Farfán Rugel]], DNI [[ID_NUMBER|40718325]]. Pagó en efectivo, 180 soles por los cuatro pasajes.
O: ¿Dónde están ahora?
C: En [[ADDRESS|la sala de espera del segundo piso, la banca del fondo al lado de los baños]]. El señor no las deja ni ir solas al baño; una intentó y él la siguió. Y les revisa los celulares.
O: ¿El bus ya está en la plataforma?
C: Todavía no, entra a [[DATE_TIME|las diez y veinte]] al [[ADDRESS|andén 4]]. Es el bus de dos pisos, placa [[OTHER_ID|T3Z-961]]. El terminal está en la [[ADDRESS|avenida Tumbes Norte 318, frente al grifo]].
O: Muy bien. Voy a avisar a la policía de [[LOCATION|Tumbes]] y a la división contra la trata para que intervengan antes de que salga el bus. También vamos a alertar al puesto de control de [[LOCATION|Aguas Verdes]] y a Migraciones. ¿Se podría retrasar la salida si fuera necesario?
C: Eso lo ve mi supervisor, el señor [[PERSON|Atoche]]. Yo le digo. ¿A qué número me llaman?
O: A donde usted prefiera.
C: A la boletería, [[PHONE_NUMBER|072 52 3418]], anexo 12. O a mi celular: [[PHONE_NUMBER|nueve cuatro tres, cero seis uno, siete siete dos]].
O: Le repito el celular: [[PHONE_NUMBER|943 061 772]].
C: Correcto. Ay, el señor se está parando... no, fue a comprar gaseosas nomás.
O: No se acerque a él ni le haga preguntas. Si intenta irse antes con las chicas, en taxi o por otra empresa, llámenos de inmediato o al 105. ¿Sabe si alguien las espera al otro lado?
C: Le escuché decir por teléfono: "Ya, [[PERSON|Cholo]], a [[DATE_TIME|las doce]] estamos en [[LOCATION|Huaquillas]]". Nada más.
O: Eso es muy útil. La policía ya va en camino. Gracias, [[PERSON|Giannina]], está haciendo lo correcto.
C: Gracias a usted. Voy a estar atenta.
""",
    ),
    (
        "h34-005",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, señor. Mire, no sé si esto es para ustedes, pero en mi edificio está pasando algo raro y ya varias vecinas estamos preocupadas.
O: Cuénteme con confianza. ¿Me dice su nombre?
C: Soy la señora [[PERSON|Beatriz]]... [[PERSON|Olaechea]]. [[PERSON|Beatriz Olaechea]]. Vivo en [[LOCATION|San Miguel]], en el [[ADDRESS|Residencial Alameda del Parque, torre B]]. Yo estoy en el [[ADDRESS|departamento 402]], y lo que pasa es en el [[ADDRESS|502]], justo encima.
O: ¿Qué es lo que ha notado?
C: Desde hace unos tres meses entran y salen chicas muy jóvenes, a veces seis u ocho a la vez, y se quedan días. Hay luces de colores toda la noche y se escucha que hablan en inglés con alguien por la computadora, como si fuera una transmisión. El portero, don [[PERSON|Teófilo]], dice que es un "estudio de modelos webcam".
O: ¿Ha podido hablar con alguna de las chicas?
C: Con una, [[DATE_TIME|el viernes 21]], en el ascensor. Estaba llorando. Me dijo que se llama [[PERSON|Dayanna]], que tiene [[AGE|diecisiete]] y que es de [[LOCATION|Iquitos]]. Que le dijeron que iba a ser anfitriona de eventos y que ahora no la dejan salir hasta que pague 2.500 soles del pasaje y del "book de fotos".
O: ¿Sabe quién maneja ese departamento?
C: Una pareja. Él se hace llamar [[PERSON|Max]], es extranjero, alto, con tatuajes en el cuello; ella es peruana, [[PERSON|Shirley]]. Tienen una camioneta negra, placa [[OTHER_ID|BZQ-704]], que siempre dejan en el [[ADDRESS|estacionamiento 18 del sótano]].
O: ¿Sabe cómo captan a las chicas?
C: Sí, mi hija investigó. Tienen una página en Facebook, "[[ORGANIZATION|Sirius Models Perú]]", el enlace es [[OTHER_ID|facebook.com/siriusmodels.peru]]. Ofrecen "trabajo desde casa, 3.000 dólares al mes, sin experiencia". Y el correo para los castings es [[EMAIL_ADDRESS|casting punto sirius arroba gmail punto com]].
O: Gracias, eso es muy útil. Lo que describe puede ser trata con fines de explotación sexual, también por internet, y hay al menos una menor. Vamos a informar a la policía especializada y a la fiscalía. ¿La administración del edificio sabe algo?
C: La administradora, la señora [[PERSON|Cárdenas]], dice que el dueño del departamento vive en [[LOCATION|Miami]] y que ella no puede hacer nada porque pagan puntual el mantenimiento, 450 soles. Y en la Municipalidad de [[LOCATION|San Miguel]] me dijeron que no es su competencia.
O: Entiendo. ¿Me deja un teléfono o un correo para contactarla?
C: Mi celular es [[PHONE_NUMBER|998 4 11 2 07]]... no, perdón, [[PHONE_NUMBER|998 411 270]]. Siempre me equivoco con los últimos. Y el correo, [[EMAIL_ADDRESS|bolaechea.c@yahoo.com]].
O: Perfecto, señora [[PERSON|Beatriz]]. Le pido que no confronte a la pareja ni publique nada en el chat del edificio, para no alertarlos. La policía puede necesitar que alguien les abra la puerta de la torre.
C: Claro, yo misma les abro. Es que esa chiquita me recuerda a mi nieta.
O: La entiendo. La vamos a llamar apenas tengamos noticias. Y si ve que se llevan a las chicas, llame al 0800-2-3232 o al 105.
C: Gracias, señor. Que Dios lo bendiga.
""",
    ),
    # ----------------------------------------------- second-language English ----
    (
        "h34-006",
        "en",
        """
O: Línea contra la trata, good evening.
C: Good evening ma. Please, you speak English? I am calling from [[LOCATION|Lagos]], [[LOCATION|Nigeria]]. It is about my younger sister, she is in [[LOCATION|Lima]].
O: Yes, I speak English. Please tell me what is happening.
C: My name is [[PERSON|Chukwuemeka]], [[PERSON|Chukwuemeka Obi]], but people call me [[PERSON|Emeka]]. My sister is [[PERSON|Adaeze Obi]], we call her [[PERSON|Ada]]. She is [[AGE|twenty-two years]]. One woman, Mama [[PERSON|Blessing]], promised her a job to braid hair in a salon in [[LOCATION|Brazil]]. She travel on [[DATE_TIME|15 January]]. But when they reach [[LOCATION|São Paulo]], they carry her to [[LOCATION|Peru]] by road.
O: What is her situation now?
C: They collected her passport since she arrived. Mama [[PERSON|Blessing]] say she owe 4,000 dollars for the transport, and she must work with men to pay it. Every week she must bring 200 dollars. She is not allowed to come out alone. Yesterday she sent me voice note crying, she said if she refuse they will beat her.
O: I am very sorry. Do you know where in [[LOCATION|Lima]] she is?
C: She say [[LOCATION|Los Olivos]]. She send me location but it did not open well. She describe it to me: [[ADDRESS|the yellow building behind the Plaza Vea, on top of the phone repair shop, third floor, the door with red curtain]].
O: That helps a lot. Do you have her passport number?
C: Yes, I keep the copy. It is [[ID_NUMBER|A, zero nine, eight one seven, three six four]]. Sorry, I read it again: [[ID_NUMBER|A zero nine eight one seven three six four]]. Eight digits after the A.
O: And a number to contact her?
C: Her line here in [[LOCATION|Peru]] is [[PHONE_NUMBER|plus five one, nine one two]]
O: [[PHONE_NUMBER|Nine one two]], yes.
C: [[PHONE_NUMBER|seven zero four]], [[PHONE_NUMBER|double five eight]]. But please, don't call her, they check the phone. Only send message and say it is from the church.
O: Understood. Do you know anything more about Mama [[PERSON|Blessing]]? A surname, a phone, an account?
C: Her full name is [[PERSON|Blessing Okafor]]. She is on TikTok, [[OTHER_ID|at blessing hair glow underscore lima]], she post the girls there like advert. And one time I sent 500 dollars for my sister debt by Western Union, and she told me to send the rest to a Peruvian account, [[OTHER_ID|191-47382610-0-58]].
O: Thank you. What you describe is trafficking for sexual exploitation. We will pass it now to the police anti-trafficking unit and the prosecutor in [[LOCATION|Lima]], so they can locate the building. Your sister is a victim, she will not be punished for her passport or her visa.
C: Thank you ma. I beg you, do it fast. She is only small girl in that place.
O: We will. I also advise you to contact your embassy accredited to [[LOCATION|Peru]]. Can I have your number and e-mail for follow-up?
C: My number is [[PHONE_NUMBER|plus two three four, eight zero three, four one seven, two two nine zero]]. E-mail is [[EMAIL_ADDRESS|emeka.obi.ng at yahoo dot com]].
O: Thank you, [[PERSON|Emeka]]. We will message you after the police go. If [[PERSON|Ada]] can talk to us herself, she can call this line free, any time.
C: God bless you. I will tell her.
""",
    ),
    # ------------------------------------------------- Brazilian Portuguese ----
    (
        "h34-007",
        "pt",
        """
O: Línea contra la trata, boa tarde. Pode falar em português, eu entendo.
C: Boa tarde, moça. Graças a Deus. Eu tô ligando de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre o meu filho, ele tá no [[LOCATION|Peru]] trabalhando num garimpo e eu acho que ele tá preso lá.
O: Entendo, senhora. Como se chama a senhora e o seu filho?
C: Eu sou a [[PERSON|Rosilene]]... [[PERSON|Rosilene Araújo da Silva]]. Meu filho é o [[PERSON|Wellington]], a gente chama ele de [[PERSON|Tonzinho]]. Ele tem [[AGE|dezessete anos]], só faz [[AGE|dezoito]] em dezembro.
O: Como ele foi parar lá?
C: Um homem que chamam de [[PERSON|Baiano]] apareceu aqui no bairro oferecendo serviço numa mineradora do lado peruano, dizendo que pagava três mil reais por mês, com comida e alojamento. Levou ele e mais quatro meninos no [[DATE_TIME|dia 2 de outubro]], de caminhonete, passando por [[LOCATION|Assis Brasil]] e [[LOCATION|Iñapari]].
O: E o que ele contou para a senhora?
C: No começo ele mandava áudio todo dia. Depois falou que não é mineradora nada, é um garimpo no meio do mato, que trabalham doze horas na água com mercúrio, que o patrão cobra a comida, as botas, até a rede de dormir, e que ninguém recebe. Que tem homem armado na saída. A última mensagem foi [[DATE_TIME|domingo]] à noite, chorando, dizendo "mãe, me tira daqui".
O: A senhora sabe onde fica esse garimpo?
C: Ele disse que fica em [[LOCATION|Madre de Dios]], perto de [[LOCATION|Mazuco]], [[ADDRESS|depois da ponte do rio Inambari, entrando à esquerda na estrada de terra até a balsa verde, onde tem uma bandeira do Flamengo]]. E ele mandou a localização uma vez, eu anotei: [[ADDRESS|menos treze vírgula zero quatro, menos setenta vírgula três oito]].
O: Isso ajuda muito. A senhora tem algum documento dele?
C: Tenho o RG e o CPF. O CPF é [[ID_NUMBER|três oito quatro, dois um nove, seis zero sete, traço quinze]].
O: Repito: [[ID_NUMBER|384.219.607-15]]. Correto?
C: Isso, isso mesmo.
O: E o número de telefone dele?
C: O número brasileiro dele é [[PHONE_NUMBER|sessenta e oito, nove nove nove um dois, quarenta e quatro setenta e oito]], mas lá não pega. Ele usava o wifi do acampamento, quando o patrão deixava.
O: A senhora tem algum dado do [[PERSON|Baiano]]?
C: Tenho. Ele me pediu duzentos reais pra "adiantar o documento" e eu mandei por Pix. A chave Pix dele é um e-mail: [[EMAIL_ADDRESS|baiano.servicos.rb@gmail.com]]. E no comprovante apareceu o nome [[PERSON|Edivaldo Souza Lima]].
O: Obrigada, dona [[PERSON|Rosilene]]. O que a senhora descreve é trabalho forçado e tráfico de pessoas, e o seu filho é menor de idade. Vamos comunicar agora à polícia e à promotoria de [[LOCATION|Madre de Dios]] para uma intervenção. A senhora também pode registrar a denúncia na Polícia Federal em [[LOCATION|Rio Branco]].
C: Eu vou, moça. Eu já fui no Conselho Tutelar e disseram pra ligar pra vocês.
O: Fez muito bem. Qual o melhor número para falar com a senhora?
C: O meu é [[PHONE_NUMBER|+55 68 99203 1157]], tem WhatsApp. Pode mandar mensagem a qualquer hora.
O: Vamos ligar amanhã com notícias. Se o [[PERSON|Wellington]] mandar mensagem, peça para ele mandar a localização de novo e avise a gente.
C: Obrigada, moça. Que Deus abençoe vocês.
""",
    ),
    # ---------------------------------------------------- Venezuelan Spanish ----
    (
        "h34-008",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Epa, buenas tardes, mi amor. Mira, disculpa, yo te llamo porque tengo a mi prima metida en un rollo burda de feo y no sé qué hacer, vale.
O: Tranquila, aquí la escuchamos. ¿Desde dónde llama?
C: Yo estoy en [[LOCATION|Trujillo]], en [[LOCATION|La Esperanza]]. Soy venezolana, de [[LOCATION|Barquisimeto]]. Me llamo [[PERSON|Yusmary]]... [[PERSON|Yusmary Colmenárez]].
O: Gracias, [[PERSON|Yusmary]]. ¿Qué le pasa a su prima?
C: Mi prima se llama [[PERSON|Yuleisy]], [[PERSON|Yuleisy Andreína Pacheco]], y tiene [[AGE|dieciséis años]] nada más. Ella se vino con un chamo que conoció por Instagram, un tal [[PERSON|Gocho]], que le decía que la amaba y no sé qué, y ahora la tiene en un hotelito y la pone a atender hombres. Ese tipo la publica en una página de esas, de escorts.
O: ¿Sabe cuál es la página?
C: Sí, mi amor, yo la vi, me dio una arrechera... Es [[OTHER_ID|trujillochicas punto com barra yuli veinte]]. Ahí dice que tiene [[AGE|veinte]], pero es mentira, la chama tiene [[AGE|dieciséis]].
O: ¿Sabe dónde queda ese hotel?
C: Es el [[ORGANIZATION|Hospedaje El Dorado]], [[ADDRESS|detrás del grifo Primax, en la subida, el del letrero morado]]. Ella está en [[ADDRESS|la habitación 7]], la del fondo. Él se queda abajo en la recepción con la señora del hospedaje.
O: ¿Tiene algún documento de su prima?
C: Su cédula sí me la sé, porque yo le saqué el PTP: es [[ID_NUMBER|treinta millones ciento cuatro mil ochocientos doce]]. O sea, [[ID_NUMBER|V-30.104.812]], pues.
O: ¿Y de ese hombre, el [[PERSON|Gocho]], qué más sabe?
C: Se llama [[PERSON|Jhoan]], el apellido no lo sé. Es de [[LOCATION|San Cristóbal]], por eso le dicen [[PERSON|Gocho]]. Anda en un carrito gris, un Kia, placa [[OTHER_ID|T4L-208]]. Y le quita toda la plata: a ella le pagan como 100 soles por rato y él le da 10 soles para comer.
O: ¿Usted ha podido hablar con ella?
C: Anoche me escribió por WhatsApp del teléfono de otra chama. Me dijo que él le pega, que le quitó el teléfono, y que [[DATE_TIME|el sábado]] se la van a llevar a [[LOCATION|Chiclayo]], a otro sitio. El número de la otra chama es [[PHONE_NUMBER|cero cuatro doce, siete ocho cinco, treinta y uno, cero nueve]]... no, espérate, ese es mi número viejo de [[LOCATION|Venezuela]]. El de la chama es [[PHONE_NUMBER|nueve cero cinco, doscientos cuarenta, sesenta y uno, diecisiete]].
O: Esto es trata con fines de explotación sexual de una menor. Vamos a pasar el caso ahora mismo a la policía de [[LOCATION|Trujillo]] para que intervengan en el hospedaje antes del [[DATE_TIME|sábado]]. No le escriba a ese número, para no ponerla en riesgo.
C: Ok, ok, dale. ¿Y a mí me pueden llamar?
O: Claro. ¿Cuál es su número?
C: [[PHONE_NUMBER|9 1 3 4 7 7 0 2 6]]. Y si no te contesto, escríbeme al Instagram, [[OTHER_ID|arroba yusmary punto colmenarez]].
O: Perfecto, [[PERSON|Yusmary]]. Le pido que no vaya usted sola al hospedaje. Y si su prima le vuelve a escribir, dígale que puede llamar gratis a esta línea.
C: Gracias, mi vida, de verdad. Esa chama es como mi hermanita.
""",
    ),
    # ------------------------------------------ Andean Spanish with Quechua ----
    (
        "h34-009",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Buenos días. Disculpe, no hablo bien castellano. Llamo de [[LOCATION|Huanta]], de [[LOCATION|Ayacucho]]. Es por mi nieto, mi wawa, se lo han llevado a [[LOCATION|Lima]].
O: Buenos días, mamá. Tranquila, hable como pueda, yo le entiendo. ¿Cómo se llama usted?
C: [[PERSON|Felícitas]], mamita. [[PERSON|Felícitas Ccorahua]]. Vivo en la comunidad de [[LOCATION|Qochapampa]], [[ADDRESS|la casita de adobe después del puquio, al costado de la capilla]].
O: ¿Y su nieto cómo se llama? ¿Cuántos años tiene?
C: [[PERSON|Edwin]]. [[PERSON|Edwin Quispe Ccorahua]]. Tiene [[AGE|trece]], mamita, [[AGE|trece añitos]] nomás. Huérfano de padre es; su mamá está en la selva trabajando.
O: ¿Quién se lo llevó?
C: El compadre [[PERSON|Eusebio]], [[PERSON|Eusebio Taipe]]. Vino [[DATE_TIME|el 8 de septiembre]], día de la fiesta. Dijo "yo lo voy a hacer estudiar en [[LOCATION|Lima]], va a ayudar en mi puesto nomás los sábados". Me dio doscientos soles para la chakra. Ahora no estudia, mamita. Carga papas en el mercado desde las tres de la mañana.
O: ¿Cómo sabe usted eso?
C: Un paisano, [[PERSON|Teodoro]], lo ha visto. Dice que mi [[PERSON|Edwin]] está flaquito, que duerme debajo del puesto, encima de los costales, y que el compadre le pega con la correa. Achachau, mamita, cómo me duele el corazón. Yanapaway, ayúdeme.
O: La vamos a ayudar, mamá. ¿Sabe en qué mercado es?
C: En el mercado mayorista de [[LOCATION|Santa Anita]], mamita. [[ADDRESS|El puesto 214 del pabellón de papa, la fila que da a la puerta 5]]. El puesto se llama [[ORGANIZATION|Comercial Taipe e Hijos]].
O: ¿Tiene el DNI de [[PERSON|Edwin]]?
C: Acá tengo la copia, mamita. [[ID_NUMBER|Ochenta y uno, cero cuatro, setenta y siete, veintitrés]].
O: [[ID_NUMBER|81047723]]. ¿Es así?
C: Arí, así es, mamita.
O: ¿Tiene algún número de teléfono del señor [[PERSON|Eusebio]]?
C: Manam, no tengo, mamita. Pero su señora vende en la feria de [[LOCATION|Huanta]] los domingos, le dicen mama [[PERSON|Juli]]. Ella sabe dónde vive en [[LOCATION|Lima]].
O: ¿Y a qué número la podemos llamar a usted?
C: Yo no tengo celular, mamita. Llame al teniente gobernador, don [[PERSON|Feliciano]], él me avisa. Su número es [[PHONE_NUMBER|nueve seis seis]]... espere, mi nieta lo tiene apuntado... [[PHONE_NUMBER|nueve seis seis, cero cuarenta y nueve, trescientos doce]].
O: Gracias, mamá [[PERSON|Felícitas]]. Lo que le pasa a [[PERSON|Edwin]] es trata de un niño para explotación laboral. Hoy mismo vamos a avisar a la policía y a la fiscalía de familia en [[LOCATION|Lima]] para que vayan al mercado y lo saquen de ahí. Después lo van a llevar a un lugar seguro, y la vamos a llamar para que usted pueda verlo.
C: Sulpayki, mamita, sulpayki. Diosito le pague. Que mi wawa vuelva a la casa.
O: Le vamos a avisar por don [[PERSON|Feliciano]]. Cuídese mucho, mamá.
""",
    ),
    # ------------------------------- writer's choice: formal legal follow-up ----
    (
        "h34-010",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla la doctora [[PERSON|Mariella Castañeda Ríos]], abogada de la [[ORGANIZATION|Asociación Warmi Yachay]], colegiatura CAL [[ID_NUMBER|58214]]. Llamo por el seguimiento de un caso que derivaron a nuestra institución hace tres semanas.
O: Buenas tardes, doctora. ¿Me indica el caso, por favor?
C: Es el de las trabajadoras del taller textil en [[LOCATION|La Victoria]], las cuatro jóvenes de [[LOCATION|Cajamarca]]. Ustedes lo registraron [[DATE_TIME|el 14 de agosto]]. La víctima principal es [[PERSON|Noemí Chuquilín Vásquez]], de [[AGE|diecinueve años]]; la menor del grupo es [[PERSON|Deysi]], de [[AGE|dieciséis]].
O: Sí, ya tengo el caso en pantalla. ¿Qué novedades hay?
C: Tres cosas. Primero, la fiscalía ya formalizó la investigación por el delito de trata de personas, artículo 129-A del Código Penal, con la agravante del 129-B por haber una menor de edad, y se invoca la Ley 28950. La audiencia de prisión preventiva es [[DATE_TIME|el 9 de octubre a las 10 de la mañana]].
O: Entendido. ¿Y lo segundo?
C: Identificamos a la empresa. Es [[ORGANIZATION|Confecciones Kallpa Textil S.A.C.]], RUC [[ID_NUMBER|20604718352]]. El gerente es el señor [[PERSON|Wilfredo Ñahui Carhuapoma]], DNI [[ID_NUMBER|41925067]]. La dirección fiscal que figura en la SUNAT es [[ADDRESS|Av. Aviación 2415, oficina 301]], pero ahí no hay nada. El taller funciona en [[ADDRESS|el quinto piso de la galería del jirón Gamarra 780, stand 512, detrás de la puerta de metal sin letrero]].
O: ¿Y las jóvenes siguen en el albergue?
C: Tres sí, en un centro de acogida del Ministerio de la Mujer. Y eso es lo tercero: [[PERSON|Deysi]] se fue del albergue [[DATE_TIME|el sábado 28]] en la noche. Creemos que la volvió a contactar la captadora, una mujer a la que llaman [[PERSON|Chepita]], por TikTok, desde la cuenta [[OTHER_ID|@chepa.empleos.cajamarca]].
O: Eso es preocupante. ¿Tienen algún dato de dónde puede estar?
C: Su hermana dice que le escribió desde el número [[PHONE_NUMBER|+51 927 338 104]] y que mencionó "el cuarto de [[PERSON|Chepita]]" en [[LOCATION|Comas]], [[ADDRESS|la quinta cuadra de la avenida Revolución, la casa que tiene el taller de motos abajo]]. Ya lo informamos a la policía mediante oficio, esta mañana.
O: Voy a registrar a [[PERSON|Deysi]] como adolescente desaparecida en situación de riesgo y alertar a la división especializada. ¿Su hermana tiene un número de contacto?
C: Sí, [[PERSON|Marleni Chuquilín]], al [[PHONE_NUMBER|976 115 490]]. Ella solo contesta por las tardes, porque trabaja en la chacra.
O: Perfecto. ¿Y a usted, doctora, dónde la contactamos?
C: Al correo institucional, [[EMAIL_ADDRESS|mcastaneda@warmiyachay.org.pe]], o a la central, [[PHONE_NUMBER|(01) 424 7781]], anexo 205. Nuestro horario de atención es de 9 a 6, de lunes a viernes.
O: Gracias, doctora [[PERSON|Castañeda]]. Le informo también que la línea puede apoyar el pedido de medidas de protección ante el Poder Judicial; le envío el formato por correo. Le devolvemos la llamada mañana antes del mediodía.
C: Perfecto. Quedo atenta. Y si aparece [[PERSON|Deysi]], por favor avísenme de inmediato, que tiene que declarar en cámara Gesell.
O: Por supuesto, doctora. Hasta luego.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h34-", "heldout34.jsonl")
