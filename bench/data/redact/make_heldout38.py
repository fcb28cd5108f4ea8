# ruff: noqa: E501
"""Held-out set 38: ten fictional, labelled counter-trafficking hotline calls (Peru).

Who wrote it: an outside test-data writer who read only three files before writing
(shared/eval/LABELS.md, shared/eval/make_dev.py and redact/make_heldout.py) and nothing
else on the machine: no other held-out set, no redactor code, no model output. All
people, phone numbers, IDs, accounts, plates, handles, e-mails and businesses are
invented; real place names are used only as places.

Styles (10 calls):
  * 3 lowercase, unpunctuated, Whisper-like Spanish (h38-01..03): fillers ("eh", "este"),
    self-corrections, numbers in words, misheard words ("de ene i" for DNI, a surname
    split as "a huanari").
  * 2 cased Spanish (h38-04 a shoeshine boy, h38-05 an uncle with Argentine voseo).
  * 1 English (h38-06), 1 Brazilian Portuguese (h38-07), 1 Venezuelan Spanish (h38-08),
    1 Andean Spanish with Quechua words (h38-09), 1 Spanish/English code-switching (h38-10).
Callers: a salchipapa vendor in Chiclayo, a bricklayer in Arequipa, a teenager on a
friend's phone in Tarapoto, a bus-terminal shoeshine boy in Huancayo, an uncle in Buenos
Aires, a nun at a girls' shelter in Iquitos, a Brazilian river-boat pilot, a Venezuelan
hotel night porter in Lima, a schoolteacher in Puno, a Colombian waitress in Miraflores.

Labelling follows make_dev.py (titles/articles outside PERSON; cue words such as DNI,
placa, RUC, CPF, cédula outside ID/phone/plate spans; AGE with its unit when said;
DATE_TIME for explicit dates, named weekdays and clock times tied to an event). Choices
made here beyond make_dev.py:
  * A number or name abandoned or corrected mid-utterance ("nueve siete nueve cuatro
    cuatro no no espere ese es el de mi hijo") is labelled as its own span of the same type:
    it still leaks digits. So is a misremembered business name ("tumi de oro").
  * A number split over turns is labelled piecewise, one span per fragment.
  * Misheard surfaces are labelled as transcribed ("flor a huanari").
  * A Yape number is a phone number (PHONE_NUMBER); bank account numbers are OTHER_ID;
    a PIX key that is an e-mail is EMAIL_ADDRESS.
  * RUC, CPF, Argentine DNI, Venezuelan/Colombian cédula, carné de extranjería and
    passport numbers are ID_NUMBER.
  * E-mails and handles spoken in words or letters ("arroba", "punto", "guion bajo",
    "dot", "underscore", "jota hache o doble ene") are one span each, whole.
  * A named commercial passenger boat is ORGANIZATION; its registration is OTHER_ID.
    A room, cabin, market stall or terminal gate is ADDRESS.
  * An appearance add-on after a description that already locates (", la de calamina con
    la puerta verde") stays outside the ADDRESS span; a detail needed to pick the building
    out on a named street (the neon palm tree) is inside.
  * Community, barrio and area names (Sullapampa, el VRAEM, La Rinconada) are LOCATION.
  * A named weekday keeps its modifier ("last Friday"); weekdays in routine schedules
    ("de lunes a sábado", "los domingos", "Tuesdays and Thursdays") are not labelled.
  * An age at a past moment ("desde los 9") is AGE; a range is one span ("doce trece años").
  * Not labelled (traps): money, durations ("40 años lustrando", "tres días"), counts,
    the hotline 1818 and emergency 105 (digits or words), legal articles and laws
    ("artículo 129-A", "ciento veintinueve a", "Ley 28950"), public institutions, banks and
    apps (Fiscalía, SUNAFIL, DEMUNA, CEM, UGEL, Migraciones, Polícia Federal, Conselho
    Tutelar, Banco de la Nación, Interbank, Yape), opening hours and routine schedules,
    Quechua common words (qori, apu, wawakuna), a common-word use of a name ("se fue la luz").

Run: python3 make_heldout38.py   (writes heldout38.jsonl next to it)
"""

import re

from make_heldout import build, write_set

CALLS = [
    # ------------------------------------------------ lowercase Whisper-style Spanish
    (
        "h38-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita eh este disculpe la hora es que recién termino de vender yo vendo salchipapas en mi carretilla
O: no se preocupe señora atendemos las veinticuatro horas dígame
C: ya mire yo me pongo todas las noches de siete a doce en [[ADDRESS|la esquina del jirón los pinos con la avenida bolognesi al ladito de la botica]] acá en [[LOCATION|chiclayo]] y al frente hay un karaoke que se llama el [[ORGANIZATION|tumi de oro]] no no perdón el [[ORGANIZATION|tumi dorado]] el del letrero azul
O: ya la escucho qué ha visto en ese local
C: que entran chiquillas bien jovencitas señorita de la selva son dicen que las traen de [[LOCATION|yurimaguas]] y nunca salen solo en la madrugada las sacan en una mototaxi y las regresan y los hombres entran y salen toda la noche
O: cuántas chicas ha visto más o menos y de qué edad
C: eh cuatro no cinco son cinco una es bien chiquita tendrá [[AGE|catorce quince años]] máximo y [[DATE_TIME|el sábado]] esa misma se acercó a comprarme una porción de seis soles y me dijo bajito señora ayúdeme me llamo [[PERSON|flor]] [[PERSON|flor a huanari]] me quitaron mi de ene i
O: eso es muy importante le dijo quién las tiene ahí
C: una señora que le dicen la [[PERSON|chabuca]] ella cobra en la puerta cincuenta soles la hora y un flaco que le dicen [[PERSON|cacho]] es el que maneja la mototaxi la placa la tengo anotada en mi cuaderno de cuentas es [[OTHER_ID|cuatro cinco siete uno uno a]]
O: le repito [[OTHER_ID|4571-1A]] correcto
C: sí eso es una mototaxi roja con toldo negro
O: señora lo que me describe puede ser trata con fines de explotación sexual de menores voy a pasar la información a la policía ahora mismo me puede dejar un número por si necesitan ubicarla no tiene que dar su nombre
C: sí apunte [[PHONE_NUMBER|nueve siete nueve cuatro cuatro]] no no espere ese es el de mi hijo el mío es [[PHONE_NUMBER|nueve siete nueve trescientos doce]]
O: ajá [[PHONE_NUMBER|nueve siete nueve trescientos doce]] y los últimos
C: [[PHONE_NUMBER|cero cuarenta y ocho]] y me llamo [[PERSON|eulalia]] pero que no sepan que fui yo ah y la [[PERSON|chabuca]] cobra también por yape yo he visto el cartelito en la puerta dice yape al [[PHONE_NUMBER|nueve cuarenta y uno sesenta y dos ochenta y siete cero tres]]
O: gracias señora [[PERSON|eulalia]] nadie va a saber que usted llamó no se acerque al local y si ve que se llevan a las chicas llame al ciento cinco o aquí al uno ocho uno ocho
C: ya señorita ojalá que vayan hoy mismo porque esa chiquita [[PERSON|flor]] me partió el corazón dos años vendo en esa esquina y nunca había visto algo así
O: la policía va a ir esta noche mañana la llamamos para contarle qué pasó
""",
    ),
    (
        "h38-02",
        "es",
        """
O: línea contra la trata buenos días le escuchamos
C: buenos días señorita yo soy albañil ya estoy llamando de la obra en el descanso del almuerzo eh no sé si es aquí donde tengo que llamar es por unos chibolos de una ladrillera
O: sí señor aquí es cuénteme con calma
C: ya mire antes de entrar a construcción yo trabajé en la ladrillera de don [[PERSON|eusebio ccallo]] en [[LOCATION|cerro colorado]] acá en [[LOCATION|arequipa]] se llama [[ORGANIZATION|ladrillera santa bárbara]] y ahora que paso por ahí en la combi veo que tiene chiquitos trabajando cargando ladrillo crudo moldeando hasta de noche
O: cuántos niños ha visto y qué edad tienen
C: unos seis siete chibolos de [[AGE|doce trece años]] dicen que los trajo de [[LOCATION|cotahuasi]] de las comunidades con la promesa de que iban a estudiar en la ciudad y los tiene trabajando de cuatro de la mañana hasta las cuatro de la tarde y les paga veinte soles el millar pero les descuenta la comida y el cuarto
O: usted ha hablado con alguno de ellos
C: sí con uno que le dicen [[PERSON|pollito]] se llama [[PERSON|cristian huamaní]] tiene [[AGE|doce añitos]] y [[DATE_TIME|el jueves veintiuno]] se quemó la mano en el horno y don [[PERSON|eusebio]] no lo llevó a la posta le echó aceite nomás y lo mandó a seguir cortando
O: eso es muy grave dónde queda exactamente la ladrillera
C: es [[ADDRESS|pasando el grifo verde en el kilómetro ocho de la variante la última ladrillera de la trocha a mano izquierda]] la que tiene tres hornos y un perro amarrado en la entrada
C: y el camión que saca los ladrillos es un volvo rojo placa [[OTHER_ID|v uno c novecientos cuarenta y dos]]
O: tiene algún otro dato de don [[PERSON|eusebio]]
C: eh tengo una boleta de cuando me pagaba ahí sale su ruc a ver es [[ID_NUMBER|10 4231 876 55]] y su celular es [[PHONE_NUMBER|nueve cincuenta y ocho cero catorce setenta y siete dos]]
O: le repito el ruc [[ID_NUMBER|10423187655]] y me puede dar su nombre y un número para llamarlo
C: [[PERSON|néstor]] [[PERSON|néstor ticona]] mi de ene i es [[ID_NUMBER|cuarenta y cinco cero seis ochenta y nueve doce]] no perdón [[ID_NUMBER|cuarenta y cinco cero seis ochenta y nueve trece]] y mi celular es [[PHONE_NUMBER|984-12-03-36]]
O: señor [[PERSON|néstor]] lo que cuenta es trabajo infantil peligroso y puede ser trata según el artículo ciento veintinueve a del código penal vamos a derivar a la fiscalía y a la sunafil y la policía va a coordinar con la demuna
C: ya pero que no sepa don [[PERSON|eusebio]] que fui yo porque él conoce a todo el mundo acá tiene camionetas tiene plata
O: su identidad queda reservada y si ve que algún niño se lastima llame al ciento cinco lo llamamos en estos días para contarle
C: ya señorita gracias que dios le bendiga
""",
    ),
    (
        "h38-03",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: hola eh señorita una consulta es que este no es mi celular es de mi amiga [[PERSON|yesenia]] porque a mí me quitaron el mío eh bueno no me quitaron mi mamá me lo quitó ya pero llamo por otra amiga
O: ya no te preocupes cuéntame cómo te llamas y cuántos años tienes
C: me dicen [[PERSON|kiki]] tengo [[AGE|quince]] y mi amiga se llama [[PERSON|luz]] [[PERSON|luz milagros tapullima]] ella tiene [[AGE|dieciséis]] estamos en el mismo salón acá en [[LOCATION|tarapoto]]
O: qué le pasó a [[PERSON|luz]]
C: es que un chico por instagram le ofreció trabajo de modelo o de anfitriona en [[LOCATION|lima]] su cuenta es [[OTHER_ID|arroba casting guion bajo peru guion bajo vip]] y le dijo que le pagaban mil quinientos a la semana y ella se fue [[DATE_TIME|el viernes]] en un bus sin decirle a su mamá
O: y después has hablado con ella
C: sí me escribe poquito dice que el chico que se llama [[PERSON|brayan]] o eso dice le quitó su de ene i y que la tienen en un departamento con otras chicas y que en la noche las llevan a una discoteca y no le pagan nada y ayer me mandó un audio llorando pero se cortó porque dice que se fue la luz
O: te mandó alguna ubicación o dirección
C: sí me mandó su ubicación pero no sé leer bien eso dice [[ADDRESS|avenida aviación cuadra veintiocho al costado de un chifa cuarto piso]] en [[LOCATION|la victoria]] creo
O: muy bien tienes el número de [[PERSON|luz]]
C: sí es el [[PHONE_NUMBER|nueve cuatro dos siete siete cero]]
O: ajá
C: [[PHONE_NUMBER|uno cinco seis]] pero ya no contesta llamadas solo a veces lee
O: y el número del chico [[PERSON|brayan]] lo tienes
C: sí el que le escribía es con código [[PHONE_NUMBER|más cincuenta y uno nueve uno cero cuatro cuatro ocho dos seis uno]] ese mismo me escribió a mí ayer me dijo que hay chamba para mí también
O: [[PERSON|kiki]] no le respondas y no borres nada guarda todos los mensajes y cuéntale a tu mamá o a una profesora lo que le pasa a tu amiga es muy grave vamos a avisar a la policía en [[LOCATION|lima]] y a la fiscalía para que la busquen podemos hablar con la mamá de [[PERSON|luz]]
C: su mamá es la señora [[PERSON|rosa tapullima]] vende en [[ADDRESS|el mercado número dos puesto cuarenta y tres el de pescado]] ella está de seis a una todos los días
O: ya la vamos a buscar y tú puedes llamar gratis al uno ocho uno ocho cuando quieras desde cualquier celular
C: ya gracias señorita por favor ayúdenla
""",
    ),
    # ------------------------------------------------------------- cased Spanish
    (
        "h38-04",
        "es",
        """
O: Línea 1818, contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Aló, ¿señorita? Estoy llamando del teléfono público del terminal, tengo poquitas monedas.
O: Tranquilo, la llamada es gratuita, no se te va a cortar. ¿Cómo te llamas?
C: Me dicen [[PERSON|Lustrín]], pero me llamo [[PERSON|Elías]]. [[PERSON|Elías Rojas Pari]]. Tengo [[AGE|13 años]]. Soy lustrabotas en el terminal de [[LOCATION|Huancayo]], lustro desde los [[AGE|9]] con mi abuelo. Él lleva 40 años lustrando ahí.
O: Muy bien, [[PERSON|Elías]]. Cuéntame qué pasó.
C: Hay una señora que viene casi todos los días, le dicen la [[PERSON|Colorada]]. Se para en [[ADDRESS|la puerta 3 del terminal, al costado de los baños]], y les habla a las chicas que llegan solas de las comunidades. Les dice que hay trabajo en un restaurante en [[LOCATION|Pichanaki]], que pagan 1200 soles, con cuarto y comida.
O: ¿Y por qué te preocupa?
C: Porque hoy, como a [[DATE_TIME|las 4 de la tarde]], se llevó a dos chicas en una combi, y una estaba llorando. Una se llama [[PERSON|Rocío]], yo le lustré las zapatillas a su hermano, es de [[LOCATION|Chupaca]]. Tiene [[AGE|14]] nomás, va al colegio con mi prima.
O: ¿Viste la combi? ¿Algún dato?
C: Sí, es blanca con letras verdes, dice [[ORGANIZATION|Turismo Los Halcones del Mantaro]]. La placa es [[OTHER_ID|W2K-318]]... no, [[OTHER_ID|W2K-381]]. Esa combi sale todos los días a las 6 de la mañana para la selva.
O: ¿Y de la señora tienes algo más?
C: Ella reparte unos papelitos. Acá tengo uno, dice [[ORGANIZATION|Agencia Laboral Sumaq Kawsay]], "se necesita señoritas", y el número: [[PHONE_NUMBER|96 47 03 158]].
O: Te repito: [[PHONE_NUMBER|964 703 158]]. ¿Es así?
C: Sí. Y a [[PERSON|Rocío]] se le cayó su boleto del bus, acá lo tengo. Tiene su nombre, [[PERSON|Rocío Huaynate Lazo]], y su DNI: [[ID_NUMBER|7 6 1 2 0 4 8 3]].
O: Eso nos ayuda mucho, [[PERSON|Elías]]. Lo que describes puede ser captación para trata, y [[PERSON|Rocío]] es menor de edad. Vamos a avisar a la policía de carreteras y a la comisaría de [[LOCATION|Pichanaki]] para que paren la combi. ¿Hay algún adulto con quien podamos hablar?
C: Mi abuelo, don [[PERSON|Faustino]], pero él no tiene celular. La señora [[PERSON|Rufina]] del quiosco de periódicos sí tiene, es el [[PHONE_NUMBER|nueve ocho nueve, treinta y uno, cuarenta, veintidós]]. Ella me presta para llamar a mi mamá.
O: Gracias. No te acerques a la [[PERSON|Colorada]], puede ser peligroso. Si la ves otra vez con chicas, llama al 105 o aquí al 1818, a cualquier hora.
C: Ya, señorita. El terminal abre a las 5 de la mañana y cierra a las 11 de la noche, yo estoy todo el día ahí.
O: Eres muy valiente, [[PERSON|Elías]]. Mañana llamamos al quiosco para contarte qué pasó.
""",
    ),
    (
        "h38-05",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Le hablo desde [[LOCATION|Buenos Aires]], [[LOCATION|Argentina]]. Soy peruano, pero vivo acá hace veintidós años, así que disculpe si hablo medio porteño.
O: No se preocupe, lo escucho bien. ¿En qué le puedo ayudar?
C: Mirá, es por mi sobrino, el hijo de mi hermana. Se llama [[PERSON|Rusbel Yupanqui Cárdenas]], tiene [[AGE|16 años]], vive en [[LOCATION|Huanta]], en [[LOCATION|Ayacucho]]. Hace tres semanas unos tipos le ofrecieron laburo de cargador en la selva, 3000 soles por viaje, y el pibe se fue sin decirle nada a nadie.
O: ¿Sabe a dónde lo llevaron?
C: Al [[LOCATION|VRAEM]], por [[LOCATION|Pichari]]. Y ahora me escribe por Facebook, desde una cuenta que no es de él, y me dice "tío, no es carga de café, me hacen cargar mochilas con droga por el monte, doce horas caminando, y si me escapo le hacen algo a mi mamá".
O: Eso es muy grave, y su sobrino es la víctima. ¿Sabe quién lo reclutó?
C: Uno que le dicen el [[PERSON|Loco Mayta]]. Le escribía del [[PHONE_NUMBER|+51 931 20 77 64]]. Y le depositaron 200 soles de adelanto para el pasaje en la cuenta de ahorros de mi hermana en el Banco de la Nación, la [[OTHER_ID|04-081-337215]], yo tengo la captura.
O: ¿Tiene el DNI de su sobrino?
C: Sí, porque yo le pago el colegio y tengo la ficha. Es [[ID_NUMBER|seis nueve cuatro ocho, cero dos uno siete]].
O: Le repito: [[ID_NUMBER|69480217]].
C: Exacto. Mi hermana se llama [[PERSON|Nilda Cárdenas]], no tiene celular propio, usa el de la vecina. La casa es [[ADDRESS|la última casa del camino de tierra pasando el colegio]], la de calamina con la puerta verde, en el barrio [[LOCATION|Chaupimayo]].
O: ¿Cuándo fue la última vez que supo de él?
C: [[DATE_TIME|El domingo 11]], a eso de [[DATE_TIME|las 10 de la noche]] hora de acá. Desde ahí, nada. Che, perdón, estoy muy nervioso.
O: Es normal, señor. Lo que describe puede ser trata con fines de explotación en actividades delictivas, que está en el artículo 129-A del Código Penal, y un menor explotado así no es responsable de lo que lo obligan a hacer. Vamos a derivar el caso a la fiscalía especializada y a la policía en [[LOCATION|Ayacucho]]. ¿Cómo lo contactamos?
C: Soy [[PERSON|Teodoro Yupanqui]]. Mi celular acá es [[PHONE_NUMBER|+54 9 11 5837-2046]], tengo WhatsApp. Y mi mail es [[EMAIL_ADDRESS|teo punto yupanqui arroba yahoo punto com punto ar]]. Si precisan mi documento, mi DNI argentino es [[ID_NUMBER|94.318.562]].
O: Gracias, señor [[PERSON|Teodoro]]. Guarde todas las capturas y los mensajes de Facebook, no los borre. Mañana lo llamamos para decirle qué fiscalía tiene el caso.
C: Dale, gracias, señorita. Yo si hace falta me tomo un avión, eh. Es un pibe bueno, [[PERSON|Rusbel]].
""",
    ),
    # ------------------------------------------------------------------ English
    (
        "h38-06",
        "en",
        """
O: Línea contra la trata, buenos días.
C: Good morning. I'm sorry, I'll speak English if that's alright, my Spanish gets muddled on the phone. This is Sister [[PERSON|Bernadette Kowalczyk]], I'm at [[ORGANIZATION|Casa Hogar Santa Inés]], the girls' shelter in [[LOCATION|Iquitos]].
O: Of course, Sister. How can I help?
C: A girl was brought to our gate on [[DATE_TIME|Wednesday night]] by a fisherman. Her name is [[PERSON|Yolanda Sangama Pinedo]], she's [[AGE|fifteen]], from a community near [[LOCATION|Nauta]]. A man they call [[PERSON|Moshico]] told her mother she'd work as a nanny in the city, and instead he took her to a bar in [[LOCATION|Belén]], where she had to serve beer and go with the customers. She ran off when they sent her to buy ice.
O: Thank God she's safe with you. Does she know where the bar is?
C: She described it very clearly: [[ADDRESS|the blue house on stilts behind the chapel, on the third walkway in from the market]]. It's called [[ORGANIZATION|Bar El Delfín Rosado]]. She says there are four other girls there, two of them younger than her.
O: Does she have any document with her?
C: She had her DNI sewn into the hem of her skirt, clever girl. It's [[ID_NUMBER|seven six zero three, one four nine two]].
O: Let me read it back: [[ID_NUMBER|76031492]].
C: That's right. And she knew her mother's number by heart: [[PHONE_NUMBER|nine six five, one oh four, two two eight]].
O: Sister, under Peruvian law, article 129-A of the Penal Code, this is trafficking, and it's aggravated because she's a minor. We'll send it to the police anti-trafficking unit in [[LOCATION|Loreto]] and to the prosecutor. Has she seen a doctor?
C: Yes, the health post saw her yesterday. Our psychologist comes Tuesdays and Thursdays, nine to one, so she'll see her then.
O: Good. There's one thing that worries me: does anyone know she's with you?
C: That's the other reason I called. [[PERSON|Moshico]] came to the gate yesterday evening on a red motorbike, plate [[OTHER_ID|4821-LA]], asking for "his niece". Our porter sent him away.
O: I'll ask the police to patrol the shelter today. Keep the gate locked, and if he comes back, call 105 straight away. Can I have a number and an e-mail to reach you?
C: The shelter landline is [[PHONE_NUMBER|065 23 45 17]], and my own mobile is [[PHONE_NUMBER|943 607 119]], but I'm often in chapel, so e-mail is best: [[EMAIL_ADDRESS|sister underscore bernie at santaines dot org dot pe]].
O: Thank you, Sister [[PERSON|Bernadette]]. The prosecutor will probably want to take [[PERSON|Yolanda]]'s statement at the shelter, with the psychologist present. We'll call you this afternoon.
C: Bless you. We've had twenty-three girls through this house since January, and every one of them said nobody was looking for her. Somebody is looking for this one.
""",
    ),
    # ------------------------------------------------------ Brazilian Portuguese
    (
        "h38-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça. Desculpa, eu sou brasileiro, não falo bem espanhol. Posso falar em português?
O: Sí, puede hablar en portugués, le entiendo. Dígame.
C: Obrigado. Meu nome é [[PERSON|Raimundo Nonato Farias]], mas todo mundo me chama de [[PERSON|Bacurau]]. Sou piloto de barco de passageiros, faço a linha de [[LOCATION|Iquitos]] até [[LOCATION|Santa Rosa]], na fronteira com [[LOCATION|Tabatinga]]. Piloto o [[ORGANIZATION|Comandante Ribamar III]] faz doze anos.
O: ¿Qué ha pasado?
C: Na viagem que saiu de [[LOCATION|Iquitos]] na [[DATE_TIME|quinta-feira, dia 14]], um homem embarcou com três meninas. Disse que eram sobrinhas, mas elas nem sabiam o sobrenome dele. Ficaram trancadas no [[ADDRESS|camarote 7, no segundo convés, do lado da popa]], os três dias de viagem. A menorzinha devia ter uns [[AGE|treze anos]].
O: ¿Dónde están ahora?
C: Desceram em [[LOCATION|Santa Rosa]] e atravessaram pra [[LOCATION|Tabatinga]] de canoa. Ele falou no telefone que ia levar elas pra [[LOCATION|Manaus]], pra trabalhar numa boate. Eu escutei porque ele falava alto na proa.
O: ¿Sabe el nombre del hombre?
C: Na lista de passageiros ele botou [[PERSON|Josué Ferreira Lima]], com CPF [[ID_NUMBER|412.837.596-20]]. E o telefone que ele deu foi [[PHONE_NUMBER|+55 92 9 8146-3307]].
O: ¿Y alguna de las niñas le dijo algo?
C: Uma, a [[PERSON|Keila]], pediu meu celular emprestado pra ligar pra mãe, mas ele tomou da mão dela. Depois ele veio me oferecer quinhentos reais no PIX pra eu ficar calado. Me mostrou a chave dele, é um e-mail: [[EMAIL_ADDRESS|josue.transp.norte@gmail.com]]. Eu não aceitei, moça, eu tenho filha.
O: Hizo muy bien. ¿El barco tiene algún registro que la policía pueda verificar?
C: Tem, a matrícula na capitania é [[OTHER_ID|IQT-1472-FM]]. E a lista de passageiros fica com a empresa, com as assinaturas.
O: Vamos a comunicar esto ahora mismo a la policía en [[LOCATION|Santa Rosa]] y a la fiscalía, y ellos coordinan con la Polícia Federal en [[LOCATION|Tabatinga]] y el Conselho Tutelar. ¿Me da un número para contactarlo?
C: O meu brasileiro é [[PHONE_NUMBER|noventa e sete, nove, nove um meia dois, zero oito meia um]]. Mas aqui no rio quase não pega, melhor o peruano: [[PHONE_NUMBER|965 318 402]].
O: Le repito el peruano: [[PHONE_NUMBER|965 318 402]]. ¿Cuándo vuelve a salir el barco?
C: O barco sai de [[LOCATION|Santa Rosa]] toda terça e sábado às seis da manhã, a passagem é cento e vinte soles. Eu tô em terra até terça.
O: Gracias, señor [[PERSON|Raimundo]]. Puede que la policía le pida una declaración. Y si ese hombre vuelve a subir al barco con menores, llame al 1818 o al 105 antes de zarpar.
C: Pode deixar. Deus abençoe, moça.
""",
    ),
    # -------------------------------------------------------- Venezuelan Spanish
    (
        "h38-08",
        "es",
        """
O: Línea contra la trata, buenas noches, le escucho.
C: Epa, buenas noches, mi reina. Disculpe la hora, es que trabajo de noche. Yo soy venezolano, soy el recepcionista de noche de un hostal aquí en [[LOCATION|San Martín de Porres]], y hay una vaina que no me deja tranquilo.
O: Claro, lo escucho. ¿Cómo se llama el hostal?
C: [[ORGANIZATION|Hostal Sueño Real]], en [[ADDRESS|la avenida Perú cuadra 31, la puerta de vidrio al lado de la pollería]]. Mi turno es de diez de la noche a siete de la mañana, de lunes a sábado.
O: ¿Qué ha visto?
C: Mire, un señor alquila por semana la [[ADDRESS|habitación 205]] y la [[ADDRESS|206]], segundo piso, al fondo. Trae unas chamas venezolanas, cuatro, y una de ellas no tiene más de [[AGE|quince años]], se lo juro. Y toda la noche suben hombres, le pagan abajo al señor, cuarenta soles, y suben. Las chamas nunca bajan, yo mismo les subo el agua.
O: ¿Sabe quién es el señor?
C: En el registro lo anoté, porque a mí me toca: [[PERSON|Wilmer Arrieta Gómez]], carné de extranjería [[ID_NUMBER|001 482 736]]. Le dicen el [[PERSON|Gocho]]. Tiene una Hilux gris, placa [[OTHER_ID|BXR-471]]. Y el dueño del hostal, el señor [[PERSON|Paucar]], me dijo que me quede callado, que esa vaina no es problema mío.
O: ¿Ha podido hablar con alguna de las chicas?
C: Con una, la más grandecita, [[PERSON|Génesis]]. Me dijo que son de [[LOCATION|Maturín]], que las pasaron por [[LOCATION|Tumbes]] y que les dicen que deben ochocientos dólares cada una del viaje. Anoche como a [[DATE_TIME|las dos y cuarenta]] bajó la chiquita llorando y el señor la subió del brazo. Burda de feo, señorita, yo tengo una hermanita de esa edad en [[LOCATION|Venezuela]].
O: Lo que me cuenta es trata con fines de explotación sexual, y con una menor; la Ley 28950 y el Código Penal lo castigan fuerte. ¿Ellos están en el hostal en este momento?
C: Sí, la camioneta está parada afuera ahorita mismo.
O: Voy a enviar a la policía ahora. ¿Me da su nombre y un número?
C: [[PERSON|Jhonny Alexander Medina]]. Mi cédula es [[ID_NUMBER|V-25.617.093]] y tengo PTP. Mi número es el [[PHONE_NUMBER|nueve uno uno, cuatro cero seis]]... no, espérese, que me lo sé mal, es nuevo: [[PHONE_NUMBER|nueve uno uno, cuatro seis cero, dos dos siete]].
O: [[PHONE_NUMBER|911 460 227]]. ¿Y algún correo?
C: Sí, chévere: [[EMAIL_ADDRESS|jota, hache, o, doble ene, ye, punto medina, arroba gmail punto com]].
O: Gracias, [[PERSON|Jhonny]]. No le diga nada al señor ni al dueño. Cuando llegue la policía, dígales que usted llamó a la línea. Si hay violencia antes, llame al 105.
C: Tranquila, que yo me hago el loco. Y si ese pana se va con las chamas, yo le aviso al toque.
O: Muy bien. Gracias por llamar, lo que ha hecho es muy valioso.
""",
    ),
    # ---------------------------------------------- Andean Spanish, Quechua words
    (
        "h38-09",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Allillanchu, señorita, buenos días. Le habla el profesor [[PERSON|Hilario Ccori Mamani]], de la comunidad de [[LOCATION|Sullapampa]], distrito de [[LOCATION|Muñani]], provincia de [[LOCATION|Azángaro]], [[LOCATION|Puno]]. Disculpe, acá la señal es poquito nomás, en la loma no más agarra.
O: Buenos días, profesor. Lo escucho bien, dígame.
C: Es por mis alumnas, pues, señorita. Tres wawakuna de segundo de secundaria ya no vienen al colegio desde [[DATE_TIME|el 2 de marzo]]. Dice que un contratista les ha llevado a [[LOCATION|La Rinconada]], a la mina, diciendo que iban a cocinar para los mineros, 900 soles al mes, dice.
O: ¿Cómo se llaman y qué edades tienen?
C: [[PERSON|Yeni Quispe Condori]], de [[AGE|14 añitos]]; [[PERSON|Sonia Huanca]], de [[AGE|15]]; y [[PERSON|Killari]], también de [[AGE|15]]. La mamá de [[PERSON|Yeni]] ha venido llorando a la escuela, "yanapaway, profesor", así me ha dicho, ayúdeme pues.
O: ¿Han tenido noticias de ellas?
C: [[PERSON|Yeni]] ha llamado a su mamá [[DATE_TIME|el sábado]] de otro celular. Dice que no es cocina, que es un bar, el [[ORGANIZATION|Karaoke Sirena de Oro]], que les hacen tomar con los mineros, que hace mucho frío y no les pagan, que les dicen que deben el pasaje. Manam, no pueden salir, dice. Achachau, señorita, son wawas todavía.
O: ¿Conoce al contratista?
C: Es de [[LOCATION|Juliaca]]. Le dicen [[PERSON|Añas]], su nombre es [[PERSON|Saturnino Apaza]]. Viene en una camioneta plomo, placa [[OTHER_ID|Z3A-781]], a la plaza de [[LOCATION|Muñani]] los domingos, día de feria, y ahí engaña a las familias.
O: ¿Tiene algún documento de las chicas?
C: En la nómina de matrícula tengo sus DNI. Le dicto el de [[PERSON|Yeni]]: [[ID_NUMBER|731 2 84 06]]. Los otros se los mando por correo, si gusta.
O: Sí, por favor. ¿Cuál es su correo?
C: [[EMAIL_ADDRESS|hilario punto ce ce o ere i setenta arroba gmail punto com]]. [[PERSON|Ccori]] con doble ce, como el oro, qori, pero con ce.
O: ¿Y la familia de [[PERSON|Yeni]] dónde vive, por si la policía necesita hablar con la mamá?
C: [[ADDRESS|Subiendo del puquio, la casa de adobe al lado del corral grande, frente a la cruz del cerro]]. La mamá es la señora [[PERSON|Eufemia Condori]], no habla mucho castellano, puro quechua nomás.
O: Gracias, profesor. Esto es trata de menores, artículo 129-A del Código Penal. Vamos a comunicar a la fiscalía especializada y a la policía en [[LOCATION|Puno]], y le recomiendo que la mamá vaya con usted al CEM de [[LOCATION|Azángaro]], allí hay intérprete de quechua. ¿A qué número lo llamamos?
C: Mi celular es [[PHONE_NUMBER|951 073 448]], pero acá solo agarra en la loma. Llámeme de 6 a 7 de la tarde, cuando salgo del colegio; el bus a [[LOCATION|Juliaca]] pasa a las 5 nomás.
O: Así lo haremos, profesor [[PERSON|Hilario]]. Usted también puede llamar gratis al 1818.
C: Sulpayki, señorita, yusulpayki. Que el apu nos ayude a traer a las wawas.
""",
    ),
    # ---------------------------------------------- Spanish/English code-switching
    (
        "h38-10",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Ay, qué pena, es que I'm kind of nervous. ¿Puedo hablar mitad inglés, mitad español? Viví como diez años en [[LOCATION|Miami]] and sometimes se me mezcla todo.
O: Claro, hable como le sea más cómodo.
C: Okay. So, soy colombiana, de [[LOCATION|Pereira]], y trabajo de mesera en un restobar en [[LOCATION|Miraflores]], el [[ORGANIZATION|Tropicana Lounge]]. It's on [[ADDRESS|calle Berlín, the building with the neon palm tree, segundo piso]].
O: ¿Qué está pasando?
C: El manager, a guy everyone calls Mister [[PERSON|Kenny]], le quitó los pasaportes a las chicas nuevas, "for safekeeping", he says. Son cuatro venezolanas y una colombiana, and he makes them do "pases" con los clientes en [[ADDRESS|el cuarto de atrás, detrás de la cocina]]. He charges like 300 soles por pase and gives them 50, if anything.
O: ¿Alguna de ellas es menor de edad?
C: The Colombian one, [[PERSON|Dayanna]], she's like [[AGE|seventeen]], te lo juro. She told me crying [[DATE_TIME|last Friday]] que ella vino para ser bartender, que le pagaron el pasaje from [[LOCATION|Cali]], y ahora dice que debe two thousand dollars.
O: Entiendo. ¿Cómo cobran a los clientes?
C: Por transferencia a una cuenta Interbank a nombre de [[PERSON|Kenny]], la [[OTHER_ID|898 3104556721]], I saw it on the card machine. Y él sube fotos de las chicas en un Instagram, [[OTHER_ID|@tropicana.vip.lima]].
O: ¿Y usted? ¿Está en riesgo?
C: I mean, a mí no me ha tocado, yo tengo mis papeles, pero ayer me dijo que si sigo "metiéndome" me va a denunciar en Migraciones. Mi cédula colombiana es [[ID_NUMBER|1.088.345.912]] y el carné de extranjería, [[ID_NUMBER|003915274]], todo en regla, you know?
O: Nadie la puede denunciar por reportar esto. ¿Las chicas están ahí ahora?
C: Yes, we close at 3 a.m., y el turno fuerte es viernes y sábado. Right now there's like eight clients.
O: Voy a pedir que la policía especializada intervenga esta noche. ¿Me da su nombre y un número?
C: [[PERSON|Valeria Ospina]]. Mi WhatsApp colombiano is [[PHONE_NUMBER|+57 311 402 8836]], y el de acá, el peruano, [[PHONE_NUMBER|nine-two-six, five-five-zero, one-eight-three]]. Sorry, en español: [[PHONE_NUMBER|nueve dos seis, cinco cinco cero, uno ocho tres]].
O: Gracias, [[PERSON|Valeria]]. ¿Un correo, por si la fiscalía la busca?
C: Sure, [[EMAIL_ADDRESS|valeospina dot pei at outlook dot com]], all lowercase.
O: Perfecto. No le diga nada a [[PERSON|Kenny]], y si algo pasa antes de que llegue la policía, llame al 105, o aquí al 1818, twenty-four seven.
C: Okay. Gracias, de verdad. Esto es super heavy, parce, I just couldn't keep quiet anymore.
""",
    ),
]


# ------------------------------------------------------------ self-check ----
# Not part of the builder: a consistency check in the spirit of make_dev.py's check().
NOT_PII = {"1818", "105", "28950"}
# (call, surface) pairs where a name's common-word use is deliberately left unlabelled
COMMON_WORD_USES = {("h38-03", "luz")}
DIGIT_WORDS = (
    r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|oh|one|two|three|four|"
    r"five|six|seven|eight|nine|um|dois|três|quatro|sete|oito|meia)"
)


def _covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def check(calls=CALLS):
    for rec in build(calls):
        cid, text, spans = rec["id"], rec["text"], rec["pii"]
        assert 8 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
        assert 150 <= len(text.split()) <= 600, (cid, len(text.split()))
        prev = -1
        for p in sorted(spans, key=lambda p: p["start"]):
            assert p["start"] >= prev, (cid, "overlap", p)
            assert p["text"] == p["text"].strip() and p["text"], (cid, p)
            assert (
                not re.match(r"(?i)(el|la|los|las|don|doña|señora?|the|sister|mister) ", p["text"])
                or p["type"] != "PERSON"
            ), (cid, "title/article inside", p)
            prev = p["end"]
        surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
        for p in spans:
            if p["type"] == "PERSON":
                surfaces.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
        for s in surfaces:
            for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
                if not _covered(spans, m.start(), m.end()):
                    assert (cid, s) in COMMON_WORD_USES, (cid, "unlabelled occurrence", s, m.start())
        for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
            if m.group(0) not in NOT_PII:
                assert _covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
        for m in re.finditer(r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,\-]+" + DIGIT_WORDS + r"){4,}(?!\w)", text):
            assert _covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
        for m in re.finditer(r"@|\barroba\b|\bat \w+ dot\b", text):
            assert _covered(spans, m.start(), m.end()), (cid, "@", m.start())


if __name__ == "__main__":
    check()
    write_set(CALLS, "h38-", "heldout38.jsonl")
