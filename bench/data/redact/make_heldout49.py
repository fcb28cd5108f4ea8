# ruff: noqa: E501
"""Held-out set 49: ten NEW fictional labelled hotline calls on recruitment that starts online.

Written by an outside writer who read only /work/shared/eval/LABELS.md,
/work/shared/eval/make_dev.py and make_heldout.py (this folder). All people, phone
numbers, IDs, e-mails, handles, URLs, accounts, businesses and addresses are invented.

Mix (id: language, style, caller):
  h49-01  es  lowercase unpunctuated Whisper-style  mother in Huancayo, daughter 16, TikTok "casting" -> hotel in Lima
  h49-02  es  lowercase unpunctuated Whisper-style  cyber-café owner in Juliaca, Facebook "sponsor" writing to teenagers
  h49-03  es  lowercase unpunctuated Whisper-style  victim (young man, Ayacucho), job app offer -> gold camp, escaped
  h49-04  es  lowercase unpunctuated Whisper-style  friend in Tarapoto, Instagram "scholarship" to Spain, fee by bank/Yape
  h49-05  es  cased Peruvian Spanish                 teacher in Cajamarca, WhatsApp job group recruiting students
  h49-06  es  cased Peruvian Spanish                 victim in Chiclayo, modelling agency office, escaped
  h49-07  es  cased Venezuelan Spanish               Venezuelan woman in Piura, Facebook group job -> bar in Sullana
  h49-08  en  cased English                          volunteer in Cusco, Instagram "tour guide" jobs for local girls
  h49-09  en  cased English                          aunt in the US, niece in Iquitos and an online "sponsor"
  h49-10  pt  cased Brazilian Portuguese (operator answers in Spanish)  mother in Rio Branco, son 17, football "empresário" on Instagram -> sawmill near Pucallpa

Annotation choices beyond make_dev.py:
  * Social-media handles, profile URLs and group invite links are OTHER_ID, the whole
    link as said, including the domain and spoken forms ("tiktok punto com barra arroba
    ..."); the platform name alone (TikTok, Facebook, WhatsApp, Yape, Instagram) is not
    labelled.  A profile's display name that is a person's name is PERSON; a page or
    profile named like a business/agency ("Élite Models Perú") is ORGANIZATION.
    Names of WhatsApp/Facebook groups are ORGANIZATION only when they name a
    business; generic group names ("chambas huancayo") are not labelled.
  * Bank account / CCI numbers are OTHER_ID (cue words "cuenta", "BCP" excluded, bank
    name not labelled); a Yape/Plin number is a phone number -> PHONE_NUMBER.
    Money amounts are never labelled.
  * In lowercase Whisper-style calls spans keep the recogniser's spelling, including
    misheard words and spelled-out digits; when the caller self-corrects ("arroba élite
    casting pe eh no perdón arroba elite punto casting punto pe"), each attempt is its
    own span and the correction words between them are not labelled.
  * Hotels, bus companies/terminals, agencies, schools and universities with a name are
    ORGANIZATION; their street address or precise description is a separate ADDRESS;
    "room 12"/"habitación 305"/"tercer piso oficina 4" are ADDRESS when they locate someone.
  * Clock times and dates tied to the meeting/trip/birthday are DATE_TIME (article kept,
    preposition or preposition+article contraction left out: "a [[las once de la noche]]",
    "no [[dia 10 de março]]", "às [[seis da manhã]]", "on [[Saturday at 4 p.m.]]"); a birthday
    month alone ("cumplió en enero") is labelled.
  * A flight reservation code is OTHER_ID.  A Pix key that is an e-mail is EMAIL_ADDRESS.
    Brazilian RG and CPF, Venezuelan cédula are ID_NUMBER.
  * Nickname phrases are PERSON without the article but with the nickname word itself
    ("le dicen la [[flaca]]", "el otro le dicen [[cholo bryan]]"); "padrino", "Doña",
    "profesor", "señora" are titles and stay outside.
  * "the States" -> LOCATION; neighbourhood names used to locate ("near the Belén market")
    -> LOCATION; an informal settlement with block/lot ("manzana F lote 12") -> ADDRESS.
"""

from make_heldout import write_set

CALLS = [
    (
        "h49-01",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló buenas tardes señorita este llamo por mi hija eh se ha ido a [[LOCATION|lima]] a un casting de modelos y ya no me contesta
O: entiendo señora cuénteme con calma cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|yesenia]] [[PERSON|yesenia ricapa soto]] tiene [[AGE|dieciséis años]] recién cumplió en [[DATE_TIME|enero]] o sea es menor
O: y cómo la contactaron para ese casting
C: por el tiktok señorita una cuenta que se llama [[OTHER_ID|arroba élite casting pe]] eh no perdón [[OTHER_ID|arroba elite punto casting punto pe]] ahí le escribió una tal [[PERSON|fiorela]] que dice que es la manager
O: tiene algún enlace o número de esa persona
C: sí el link que le mandó es [[OTHER_ID|tiktok punto com barra arroba elite punto casting punto pe]] y el wasap de la [[PERSON|fiorela]] es [[PHONE_NUMBER|nueve cinco dos cuatro cero uno siete ocho tres]] y le hizo yapear ciento cincuenta soles para el book de fotos al [[PHONE_NUMBER|nueve cuatro ocho seis seis tres cero uno dos]]
O: a dónde viajó su hija y cuándo
C: se fue [[DATE_TIME|el jueves veinte]] en la noche del terminal de [[ORGANIZATION|transportes wanka express]] acá en [[LOCATION|huancayo]] en la [[ADDRESS|avenida ferrocarril mil ciento cuarenta]] y le dijeron que en [[LOCATION|lima]] la esperaban en el [[ORGANIZATION|hotel los ángeles del centro]] en la [[ADDRESS|avenida abancay cuadra cinco]] este en la [[ADDRESS|habitación trescientos cinco]] eso me mandó ella en un audio
O: cuándo fue la última vez que habló con ella
C: [[DATE_TIME|el sábado]] a [[DATE_TIME|las once de la noche]] me dijo llorando mamá no es casting me han quitado mi celular me hacen tomar y hay señores y de ahí se cortó y ahora sale apagado su número es [[PHONE_NUMBER|nueve siete tres cero cinco ocho uno dos dos]]
O: señora lo que me cuenta es muy grave su hija es menor de edad y vamos a pasar esto ahora mismo a la policía de trata en [[LOCATION|lima]] tiene el dni de ella
C: sí su dni es [[ID_NUMBER|siete cinco ocho cero dos tres uno seis]] y el mío es [[ID_NUMBER|veinte cuatro cinco seis siete ocho nueve uno]] yo me llamo [[PERSON|marleni soto quispe]] y mi número es este mismo el [[PHONE_NUMBER|964 110 287]] señorita por favor ayúdeme
O: gracias señora [[PERSON|marleni]] la policía va a ir al hotel no vuelva a transferir dinero ni escriba a esa cuenta y guarde los audios y capturas nosotros la llamamos en una hora
C: ya señorita gracias gracias
""",
    ),
    (
        "h49-02",
        "es",
        """
O: línea contra la trata buenos días
C: buenos días señorita mire yo tengo una cabina de internet acá en [[LOCATION|juliaca]] el [[ORGANIZATION|cyber nexus]] en el [[ADDRESS|jirón huancané cuatrocientos doce]] al frente del colegio
O: sí lo escucho en qué le podemos ayudar
C: este hay unas chicas del colegio que vienen a las cabinas y eh he visto en las pantallas que un señor les escribe por facebook se hace llamar padrino [[PERSON|ricardo]] o sea dice que es un sponsor que les va a pagar sus estudios y les manda plata
O: cuántas chicas y de qué edad más o menos
C: tres que yo he visto son de cuarto de secundaria tendrán [[AGE|quince]] [[AGE|dieciséis]] a una le dicen la [[PERSON|flaca]] no sé su nombre y la otra es [[PERSON|nayeli]] la sobrina de la señora [[PERSON|ticona]] que vende al costado
O: qué más vio en esos mensajes
C: que les pide fotos eh de cuerpo entero y en ropa interior y les dice que se vayan a [[LOCATION|arequipa]] que él les paga el pasaje que les espera en el terminal el perfil es [[OTHER_ID|facebook punto com barra ricardo punto sponsor punto becas]] y él les dio un correo [[EMAIL_ADDRESS|becas punto ricardo setenta arroba gmail punto com]]
O: le dijo a alguna una fecha para viajar
C: sí a la [[PERSON|nayeli]] le dijo que [[DATE_TIME|el viernes]] a [[DATE_TIME|las nueve de la noche]] en el bus de [[ORGANIZATION|transportes sur andino]] que el pasaje ya estaba pagado y también le pasó un número [[PHONE_NUMBER|novecientos cincuenta y ocho doscientos treinta y uno cuatrocientos cuarenta]]
O: hizo muy bien en llamar vamos a derivar esto a la policía especializada y a la fiscalía en [[LOCATION|puno]] también es importante avisar a la familia y al colegio
C: ya pero no quiero problemas con el señor o sea yo no sé quién es
O: su identidad queda en reserva me puede dar un número de contacto
C: sí soy [[PERSON|efraín]] [[PERSON|efraín mamani]] mi celular [[PHONE_NUMBER|nueve cinco uno siete siete tres cero cuatro ocho]]
O: gracias señor [[PERSON|efraín]] guarde si puede capturas de esas pantallas no borre el historial y no confronte al hombre lo llamamos mañana
C: ya señorita muchas gracias
""",
    ),
    (
        "h49-03",
        "es",
        """
O: línea contra la trata buenas noches le escuchamos
C: buenas noches eh yo quería denunciar porque me engañaron con un trabajo yo soy de [[LOCATION|huanta]] [[LOCATION|ayacucho]]
O: gracias por llamar está usted en un lugar seguro ahora
C: sí ya estoy en la casa de mi tío en [[LOCATION|huamanga]] me escapé hace cuatro días eh me llamo [[PERSON|rubén]] [[PERSON|rubén huamaní llactahuamán]] tengo [[AGE|diecinueve]] no perdón [[AGE|veinte]] ya cumplí [[AGE|veinte años]]
O: cuénteme cómo le ofrecieron el trabajo
C: por una aplicación de empleos este [[ORGANIZATION|chambita ya]] ahí había un aviso de [[ORGANIZATION|servicios generales andino sac]] para ayudante de almacén en [[LOCATION|arequipa]] mil ochocientos soles con cama y comida y me escribió un señor [[PERSON|germán]] de su correo [[EMAIL_ADDRESS|rrhh punto andino sac arroba outlook punto com]]
O: y a dónde lo llevaron
C: nos juntaron en el terminal de [[ORGANIZATION|expreso los andes del centro]] en la [[ADDRESS|avenida mariscal cáceres ochocientos noventa y seis]] [[DATE_TIME|el tres de junio]] a [[DATE_TIME|las seis de la tarde]] éramos ocho chicos y en vez de [[LOCATION|arequipa]] nos llevaron a [[LOCATION|madre de dios]] a un campamento de oro por [[LOCATION|huepetuhe]] el [[ORGANIZATION|campamento el dorado]]
O: qué pasó en el campamento
C: nos quitaron el dni dijeron que debíamos el pasaje y la comida trabajábamos en la noche también y no pagaban nada hay dos chiquitos de [[AGE|quince]] y [[AGE|dieciséis]] que siguen ahí uno se llama [[PERSON|alexis]] el otro le dicen [[PERSON|cholo bryan]]
O: recuerda su número de dni para la denuncia
C: sí [[ID_NUMBER|siete dos tres uno cero nueve ocho cuatro]] y el [[PERSON|germán]] tiene este número [[PHONE_NUMBER|nueve nueve cuatro cero dos siete siete cinco uno]] y el capataz [[PERSON|lucio]] cobra por yape al [[PHONE_NUMBER|nueve uno dos tres cuatro siete ocho cero seis]]
O: lo que usted vivió es trata con fines de explotación laboral y hay menores allá vamos a pasar esto a la fiscalía de [[LOCATION|madre de dios]] y a la policía y le vamos a orientar para sacar su dni nuevo y para atención psicológica a qué número lo llamamos
C: al de mi tío [[PHONE_NUMBER|966 402 913]] pregunte por [[PERSON|rubén]]
O: muy bien [[PERSON|rubén]] mañana lo llama una abogada cuídese mucho
C: gracias señorita
""",
    ),
    (
        "h49-04",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: hola buenas noches eh quería consultar por una amiga este le han ofrecido una beca en [[LOCATION|españa]] y o sea me parece raro
O: claro con gusto le oriento de dónde nos llama
C: de [[LOCATION|tarapoto]] [[LOCATION|san martín]] las dos estudiamos en el [[ORGANIZATION|instituto nor oriental de la selva]] mi amiga se llama [[PERSON|kiara]] [[PERSON|kiara del águila]] tiene [[AGE|diecinueve años]]
O: cómo le llegó esa oferta de beca
C: por instagram una página que se llama [[ORGANIZATION|fundación horizonte y europa]] o sea creo que es horizonte europa pero así sale el perfil es [[OTHER_ID|arroba becas horizonte eu]] y el link que le mandaron es [[OTHER_ID|becas horizonte punto net barra kiara guion del águila]] ahí tiene que llenar sus datos
O: le han pedido dinero o documentos
C: sí le pidieron su pasaporte escaneado y su dni que es [[ID_NUMBER|siete uno cero cuatro ocho ocho dos cinco]] y le dijeron que pague la matrícula de seiscientos soles a una cuenta del bcp la [[OTHER_ID|cinco siete cero tres nueve uno dos cuatro cuatro ocho cero uno seis]] a nombre de [[PERSON|yulisa paredes ramírez]] y lo demás por yape al [[PHONE_NUMBER|nueve cuatro dos seis uno siete cero tres cero]] eh perdón [[PHONE_NUMBER|nueve cuatro dos seis uno siete cero tres ocho]]
O: quién se comunica con ella
C: un señor que dice que es el coordinador [[PERSON|marcelo]] de un número de [[LOCATION|españa]] [[PHONE_NUMBER|más tres cuatro seis uno dos cuatro cinco cero siete siete uno]] y le dice que en [[LOCATION|madrid]] va a estudiar y a cuidar a una señora mayor para pagar su cuarto y que no le diga a nadie que ya sabe la competencia por las becas
O: tiene fecha de viaje
C: sí le compraron pasaje para [[DATE_TIME|el veintidós de agosto]] y primero tiene que ir a [[LOCATION|lima]] a una casa en [[LOCATION|los olivos]] en la [[ADDRESS|calle los cedros doscientos catorce]] que ahí la preparan dos semanas antes
O: le voy a decir algunas señales de alerta una beca real no se paga a la cuenta de una persona no pide guardar secreto y no la aloja en una casa particular antes de viajar todo esto se parece a la captación para trata lo mejor es que no pague nada más no envíe más documentos y que ella misma nos llame si quiere le damos orientación y podemos comunicar la cuenta a la policía
C: ya le voy a decir yo soy [[PERSON|milagros]] mi número es [[PHONE_NUMBER|nueve tres ocho cinco cinco cero dos uno siete]] pero ella ya pagó la matrícula
O: que guarde el comprobante y las capturas con eso se puede denunciar gracias por llamar [[PERSON|milagros]]
C: gracias a usted señorita buenas noches
""",
    ),
    (
        "h49-05",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Le habla el profesor [[PERSON|Wilder Chávez Terrones]], soy tutor de quinto de secundaria en la [[ORGANIZATION|I.E. Santa Teresita de Baños]], en [[LOCATION|Baños del Inca]], [[LOCATION|Cajamarca]].
O: Buenos días, profesor. Cuénteme.
C: Mis alumnos están en un grupo de WhatsApp que se llama "Chambas para Jóvenes Norte", y ahí un señor publica ofertas para trabajar en el empaque de arándanos en [[LOCATION|Virú]]. Dice que pagan 90 soles diarios, con alojamiento, y que no piden DNI a los menores.
O: ¿Sus alumnos son menores?
C: Sí, pues. Tienen [[AGE|16]] y [[AGE|17 años]]. Tres de mis chicas ya le han escrito, y una, [[PERSON|Sheyla]], me mostró los mensajes. El señor se llama [[PERSON|Aldo]], su número es [[PHONE_NUMBER|976 214 830]], y el grupo se une con este enlace: [[OTHER_ID|chat.whatsapp.com/Hk7pQ2xLmW93TzR]].
O: ¿Qué les dice exactamente?
C: Que la empresa es [[ORGANIZATION|Inversiones Agroandina del Norte]], que el bus sale [[DATE_TIME|el domingo 9]] a [[DATE_TIME|las 10 de la noche]] de [[ADDRESS|la esquina del Jr. Sucre con Av. Atahualpa, al costado del grifo]], y que lleguen sin avisar a los papás "para que no haya problemas". A las chicas les pide fotos, y a [[PERSON|Sheyla]] le escribió que era "muy bonita para el campo" y que mejor trabaje atendiendo en un restaurante.
O: Eso es muy preocupante, profesor. ¿Tienen alguna dirección en [[LOCATION|Trujillo]] o en [[LOCATION|Virú]]?
C: Les mandó la ubicación de una oficina: [[ADDRESS|Av. España 1870, oficina 302]], en [[LOCATION|Trujillo]]. Y un correo para mandar el currículum, [[EMAIL_ADDRESS|agroandina.personal@gmail.com]].
O: Le agradezco mucho. Vamos a derivar el caso a la fiscalía y a la policía especializada, y le sugiero avisar a la dirección del colegio y a los padres de familia hoy mismo. ¿Me deja un contacto?
C: Sí, mi celular es [[PHONE_NUMBER|945 071 628]] y mi correo [[EMAIL_ADDRESS|wchavez.tutor@outlook.es]].
O: Gracias, profesor [[PERSON|Wilder]]. Pida a los chicos que no salgan del grupo ni borren nada, que guarden las capturas. Lo llamamos el viernes para ver cómo sigue.
C: Muy bien, señorita. Muchas gracias.
""",
    ),
    (
        "h49-06",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. Le escuchamos.
C: Buenas tardes. Quiero denunciar a una agencia de modelos. A mí me tuvieron encerrada, ya me escapé.
O: Gracias por llamar. ¿Dónde está ahora? ¿Está segura?
C: Sí, estoy en la casa de mi prima en [[LOCATION|José Leonardo Ortiz]], en [[LOCATION|Chiclayo]]. Me llamo [[PERSON|Angie Lucero Quiroz]], tengo [[AGE|18 años]].
O: Me alegra que esté a salvo, [[PERSON|Angie]]. Cuénteme lo que pasó.
C: Por Instagram me escribió la cuenta [[OTHER_ID|@glamournorte.models]], de la agencia [[ORGANIZATION|Glamour Norte Models]]. Me invitaron a un casting para una campaña de ropa de baño. Fui a su oficina en la [[ADDRESS|Calle Elías Aguirre 742, tercer piso]], [[DATE_TIME|el 14 de febrero]].
O: ¿Qué pasó en esa oficina?
C: Me atendió la dueña, [[PERSON|Brenda Salazar]], y un señor que le dicen [[PERSON|Tito]]. Me hicieron firmar un contrato, me tomaron fotos y me dijeron que la sesión era en la playa, en [[LOCATION|Pimentel]]. Me llevaron al [[ORGANIZATION|Hostal Brisas del Mar]], en la [[ADDRESS|Av. Costanera 305]], y ahí me quitaron el celular y el DNI. Estuve cinco días. Había otras dos chicas, una de [[LOCATION|Jaén]] que tiene [[AGE|17]], se llama [[PERSON|Dayanna]]. Nos obligaban a atender a hombres que venían en la noche. Decían que debíamos el book y el hotel, 2000 soles cada una.
O: Lo que usted vivió es un delito muy grave. ¿Cómo pudo salir?
C: [[DATE_TIME|El lunes]] en la madrugada dejaron la puerta sin llave y me fui caminando hasta la carretera. Pero la otra chica sigue ahí, en la [[ADDRESS|habitación 8]].
O: Vamos a enviar a la policía al hostal ahora mismo por la menor. ¿Me puede dar algún número de ellos?
C: La [[PERSON|Brenda]] escribe del [[PHONE_NUMBER|+51 979 443 105]] y su correo es [[EMAIL_ADDRESS|casting.glamournorte@gmail.com]]. Mi DNI es [[ID_NUMBER|76320418]], por si lo necesitan.
O: Gracias. Necesita atención médica y psicológica, y la vamos a acompañar para la denuncia en la fiscalía. ¿A qué número la llamamos?
C: Al de mi prima, [[PERSON|Rocío]]: [[PHONE_NUMBER|958 260 731]].
O: Perfecto. En media hora la llama una psicóloga de nuestro equipo. No está sola, [[PERSON|Angie]].
""",
    ),
    (
        "h49-07",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Disculpe la hora, es que estoy desesperada. Yo soy venezolana, vivo aquí en [[LOCATION|Piura]], y a mi amiga y a mí nos engañaron con un trabajo que salió en un grupo de Facebook.
O: Tranquila, está bien que llame. ¿Cómo se llama usted?
C: [[PERSON|Yoselin Carolina Mendoza]]. Mi cédula es [[ID_NUMBER|V-25.917.340]]. Tengo [[AGE|24 años]].
O: Cuénteme qué pasó, [[PERSON|Yoselin]].
C: En el grupo "Venezolanos Empleos y Más" una chama que se llama [[PERSON|Yusmary Contreras]] publicó que buscaban mesoneras para un restaurante en [[LOCATION|Sullana]], 1500 soles. Su perfil es [[OTHER_ID|facebook.com/yusmary.contreras.7]]. Nos escribió por WhatsApp del [[PHONE_NUMBER|+58 424 618 2093]], un número venezolano, fíjese.
O: ¿Y qué encontraron en [[LOCATION|Sullana]]?
C: Chamo, no era restaurante. Es un restobar, el [[ORGANIZATION|Restobar El Tumi de Oro]], en la [[ADDRESS|Calle San Martín 418]], al lado de una ferretería. Nos dijeron que teníamos que hacer "pases" con los clientes y tomar con ellos. Yo me negué y me botaron a la calle esa misma noche, [[DATE_TIME|el sábado 6]], pero a mi amiga no la dejan salir.
O: ¿Cómo se llama su amiga y qué edad tiene?
C: [[PERSON|Génesis]], [[PERSON|Génesis Alejandra Rivas]]. Tiene [[AGE|17]], mi vida, es una niña. Ella vino sin papeles. Le quitaron el teléfono, el encargado, un tal [[PERSON|Nelson]], y dice que le debe el pasaje de [[LOCATION|Tumbes]].
O: Vamos a enviar a la policía al local ahora mismo. ¿Les hicieron pagar algo?
C: Sí, a la [[PERSON|Yusmary]] le mandamos 200 soles para el "uniforme", por Yape al [[PHONE_NUMBER|951 804 367]]. Y mi mamá en [[LOCATION|Maracaibo]] le transfirió a una cuenta Banesco que ella dio, la [[OTHER_ID|0134-0412-55-4120873316]].
O: Guarde esos comprobantes, son importantes para la denuncia. ¿A qué número la podemos llamar?
C: A este, [[PHONE_NUMBER|nueve siete cero, cinco cinco dos, uno ocho cuatro]]. Estoy donde una señora que me dio posada, en [[ADDRESS|el asentamiento Los Algarrobos, manzana F lote 12]].
O: Gracias. La policía va para el restobar, y mañana la llamamos para orientarla sobre sus documentos y un lugar donde quedarse, si lo necesita.
C: Ay, Dios se lo pague, de verdad. Saquen a la niña de ahí, por favor.
""",
    ),
    (
        "h49-08",
        "en",
        """
O: Anti-trafficking helpline, good afternoon. This line also takes calls in English. How can I help?
C: Hi, thank you. My name's [[PERSON|Imogen Fairweather]], I'm a volunteer English teacher at [[ORGANIZATION|Qosqo Kids Learning Centre]] in [[LOCATION|Cusco]]. I'm worried about some of our girls.
O: Thank you for calling, [[PERSON|Imogen]]. What's happening?
C: Two of them, [[PERSON|Milagros]] and [[PERSON|Thalía]], they're [[AGE|14]] and [[AGE|15]], showed me messages from an Instagram account, [[OTHER_ID|@andes_tourguide_jobs]]. It offers free training to become tour guides in [[LOCATION|Puerto Maldonado]], with a salary and a room.
O: Did they give you any other details about the account?
C: Yes, the bio links to [[OTHER_ID|linktr.ee/andesguidejobs]], and there's a form asking for photos, height, and whether their parents know. The guy writing to them calls himself [[PERSON|Renzo]]. His WhatsApp is [[PHONE_NUMBER|+51 984 507 216]].
O: Have they been asked to meet anyone?
C: He told them to come to the [[ORGANIZATION|Hotel Inti Wasi Plaza]], on [[ADDRESS|Calle Plateros 362]], on [[DATE_TIME|Saturday at 4 p.m.]], for an "interview", and to bring their birth certificates. He said the bus to [[LOCATION|Puerto Maldonado]] leaves the same night, and that he'd pay the tickets.
O: That's a clear pattern of recruitment for trafficking, especially with minors and a night bus arranged before any interview. Do their families know?
C: [[PERSON|Thalía]]'s mum does, she's the one who asked me to call. Her name is Doña [[PERSON|Hilda]], I mean, [[PERSON|Hilda Ccori]]. Her number is [[PHONE_NUMBER|974 330 851]].
O: Thank you. We'll pass this to the specialised police unit and the prosecutor's office in [[LOCATION|Cusco]] today, before [[DATE_TIME|Saturday]]. Please ask the girls not to reply or block him yet, and to keep screenshots.
C: Okay. Can they contact me if they need anything? My number is [[PHONE_NUMBER|+44 7700 900 418]] and my email is [[EMAIL_ADDRESS|imogen.fairweather@qosqokids.org]].
O: Yes, we'll call you tomorrow to update you. You did the right thing by calling.
C: Thanks so much. I just didn't know who to tell.
""",
    ),
    (
        "h49-09",
        "en",
        """
O: Anti-trafficking helpline, good evening. How can I help you?
C: Hi, good evening. Sorry, my Spanish isn't good. I'm calling from [[LOCATION|Houston]], in the [[LOCATION|States]]. It's about my niece in [[LOCATION|Iquitos]]. I think someone online is grooming her.
O: That's fine, we can talk in English. What's your niece's name and how old is she?
C: [[PERSON|Luana Tapullima]]. She's [[AGE|fifteen]], she turns [[AGE|sixteen]] on [[DATE_TIME|November 2nd]]. She lives with my sister, [[PERSON|Rosa]], on [[ADDRESS|Calle Próspero 1184]], near the [[LOCATION|Belén]] market.
O: What has happened with this person online?
C: A man who calls himself her "sponsor" found her on Instagram, her account is [[OTHER_ID|@lunita.iqt]]. His profile says [[PERSON|Michael Anders]], supposedly an American businessman. He's been sending her money through Western Union, and now he bought her a plane ticket to [[LOCATION|Lima]] for [[DATE_TIME|December 3rd]].
O: Does your sister know about the ticket?
C: She found out yesterday. The man told [[PERSON|Luana]] that a woman called [[PERSON|Kelly]] will pick her up at the airport and take her to the [[ORGANIZATION|Hotel Costa Azul Miraflores]], on [[ADDRESS|Avenida Larco 940]], and that she must not tell her mom. He writes from [[EMAIL_ADDRESS|m.anders.global@protonmail.com]] and a WhatsApp number, [[PHONE_NUMBER|+1 646 555 0187]].
O: Those are serious warning signs. A minor travelling alone to meet strangers, secrecy and gifts are typical of grooming and trafficking. Is she safe at home right now?
C: Yes, she's home. But she's angry, she thinks we're ruining her chance. Her phone number is [[PHONE_NUMBER|nine six five, two zero four, seven one three]].
O: We'll report this to the police unit for cybercrime and trafficking, and to the prosecutor in [[LOCATION|Loreto]]. It would help to have screenshots and the ticket reservation code.
C: The code is [[OTHER_ID|KXT4RB]]. And I'm [[PERSON|Maribel Tapullima-Garza]], my number is [[PHONE_NUMBER|+1 713 555 0143]].
O: Thank you, [[PERSON|Maribel]]. We'll also contact your sister to give her guidance. Please ask her not to let [[PERSON|Luana]] travel, and not to delete any messages.
C: Thank you. My sister's number is [[PHONE_NUMBER|943 118 602]].
O: Got it. We'll call her tonight and follow up with you tomorrow.
""",
    ),
    (
        "h49-10",
        "pt",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, a senhora fala português? Eu sou brasileira, estou ligando do [[LOCATION|Acre]], de [[LOCATION|Rio Branco]]. É sobre o meu filho, ele está no [[LOCATION|Peru]].
O: Sí, entiendo portugués, puede hablar. Cuénteme, señora.
C: Obrigada. Meu filho se chama [[PERSON|Davi Nascimento Lopes]], ele tem [[AGE|17 anos]]. Um empresário de futebol achou ele pelo Instagram, a conta é [[OTHER_ID|@scout.futebol.sulamerica]], e prometeu uma peneira num clube do [[LOCATION|Peru]], o [[ORGANIZATION|Club Deportivo Real Ucayali]], em [[LOCATION|Pucallpa]].
O: ¿Cómo se llama esa persona y cuándo viajó su hijo?
C: O empresário se chama [[PERSON|Cleiton]], [[PERSON|Cleiton Farias]]. O [[PERSON|Davi]] saiu de ônibus no [[DATE_TIME|dia 10 de março]], passou por [[LOCATION|Assis Brasil]] e [[LOCATION|Iñapari]]. Eu paguei 1.800 reais por Pix para o "cadastro", na chave [[EMAIL_ADDRESS|cleiton.agenciafut@gmail.com]].
O: ¿Qué le ha contado su hijo desde allá?
C: Que não tem clube nenhum. Levaram ele e mais três meninos para uma serraria, a [[ORGANIZATION|Maderera San Jorge]], na [[ADDRESS|Carretera Federico Basadre, quilômetro 11]]. Eles trabalham carregando madeira o dia todo, sem salário, e o [[PERSON|Cleiton]] diz que eles devem a passagem. Pegaram o documento dele, o RG [[ID_NUMBER|1.084.552-9]].
O: ¿Tiene un número de su hijo o del señor?
C: O do [[PERSON|Davi]] é peruano, deram pra ele, [[PHONE_NUMBER|962 735 410]], mas ele só fala escondido. O do [[PERSON|Cleiton]] é [[PHONE_NUMBER|+55 68 99214-3087]].
O: Lo que describe es trata de personas con fines de explotación laboral, y su hijo es menor. Vamos a comunicar el caso a la policía y a la fiscalía de [[LOCATION|Ucayali]] ahora mismo, y al consulado de [[LOCATION|Brasil]].
C: Por favor. Ele me mandou mensagem hoje às [[DATE_TIME|seis da manhã]] dizendo que um dos meninos, o [[PERSON|Kauã]], de [[AGE|15]], está doente e não deixam levar ao médico.
O: ¿A qué número la podemos llamar, señora?
C: Meu nome é [[PERSON|Rosângela Nascimento]], meu WhatsApp é [[PHONE_NUMBER|+55 68 99871-4520]], e o meu CPF, se precisar, é [[ID_NUMBER|472.318.905-60]].
O: Gracias, señora [[PERSON|Rosângela]]. La llamaremos esta noche con noticias. Guarde los comprobantes del Pix y los mensajes.
C: Obrigada, obrigada mesmo. Eu só quero meu filho de volta.
""",
    ),
]

write_set(CALLS, "h49-", "heldout49.jsonl")
