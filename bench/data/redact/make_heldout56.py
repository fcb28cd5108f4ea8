#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h56: ten labelled counter-trafficking hotline calls (Peru hotline) set in the
Amazon and along its rivers: Loreto, Ucayali, San Martín, Madre de Dios and Amazonas, with
river boats and ports, Shipibo-Konibo, Awajún and Asháninka communities, logging and gold
camps, bars in river towns, and relatives calling from Iquitos, Pucallpa, Yurimaguas,
Leticia and Tabatinga.

Styles: seven calls are lowercase, unpunctuated Whisper-style Spanish (fillers, self-
corrections, numbers said in words and in pairs such as "noventa y ocho setenta y dos",
names in lowercase, names that are also ordinary words: cielo, esperanza, paloma, luz, rosa);
one is cased, punctuated Spanish; one is English; one is Brazilian Portuguese. Callers are
mothers, aunts and sisters, an escaped logger, a mototaxi driver, an Awajún apu, a girl
calling from inside a bar, a health technician, a foreign traveller on a cargo boat and a
Brazilian mother.

Everything is invented: people, phone numbers, DNIs and other IDs, boat names and
registrations, plates, bank and Yape numbers, e-mails, handles, businesses and addresses
(real towns, districts, rivers and ports are used only as settings). Written by an outside
writer who read only LABELS.md, make_dev.py and the builder (make_heldout.py), whose
markup [[TYPE|surface]] and write_set() turn these scripts into LABELS.md records.

Conventions beyond make_dev.py's:
  * Boat names ("la motonave doña ketty dos") are ORGANIZATION (the transport business);
    boat registrations (matrícula) are OTHER_ID, like plates.
  * A Yape or WhatsApp number is a phone number (PHONE_NUMBER); bank account numbers and
    Pix keys that are not a phone/e-mail/CPF are OTHER_ID.
  * Native communities and caseríos are LOCATION; named ports, embarcaderos and places told
    by river landmarks ("al frente del embarcadero", "pasando la quebrada ...") are ADDRESS.
  * Big rivers named as routes (el ucayali, el marañón, el amazonas as a river) are not
    labelled; Amazonas as the department is LOCATION.
  * In a self-corrected number or name, both the abandoned and the final version are labelled.
  * Money, durations, the hotline name/number (also spelled out) and 105 are not labelled.
"""

CALLS = []

# ------------------------------------------------- lowercase Whisper-style Spanish ----

CALLS.append(
    (
        "h56-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita buenas noches eh le llamo de [[LOCATION|yarinacocha]] de [[LOCATION|pucallpa]] es por mi hija que se ha ido en el barco y ya no me contesta
O: buenas noches señora tranquila la escucho cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|cielo]] [[PERSON|cielo sanancino ochavano]] tiene [[AGE|quince años]] no mentira ya cumplió [[AGE|dieciséis]] en [[DATE_TIME|enero]] nosotros somos shipibos de la comunidad [[LOCATION|san francisco]] ella borda kené y vende en la plaza con su abuela
O: ya señora y con quién se fue
C: una señora que le dicen la [[PERSON|chosna]] este se llama [[PERSON|julia]] creo [[PERSON|julia pinedo]] le ofreció trabajo de moza en un restaurante en [[LOCATION|contamana]] le dijo que le iban a pagar novecientos soles y que tenía cuarto y comida
O: y cómo viajó su hija
C: en la motonave [[ORGANIZATION|doña ketty dos]] salió del [[ADDRESS|puerto la hoyada]] [[DATE_TIME|el jueves veintitrés]] en la tarde la señora ya le había comprado su pasaje y a mí me pidió que le yapee ciento cincuenta soles para la hamaca y la comida al [[PHONE_NUMBER|nueve cuatro ocho doce setenta y tres cero cinco]]
O: ese número es de la señora
C: sí de la [[PERSON|chosna]] a su nombre sale cuando le yapeas dice [[PERSON|julia p]] nomás
O: entiendo y después qué pasó
C: los primeros días me llamaba todo bien pero [[DATE_TIME|el domingo]] me mandó un audio llorando que no es restaurante es un bar en el puerto que la hacen tomar con los madereros y con los motoristas de los botes y que no la dejan salir porque dice que debe el pasaje
O: sabe cómo se llama el bar
C: [[ORGANIZATION|la sirena del ucayali]] dice que está [[ADDRESS|al frente del embarcadero pasando el mercado la casa de madera con calamina azul]] y desde ahí ya no contesta su celular está apagado
O: señora esto es muy grave vamos a pasar el caso a la policía y a la fiscalía de [[LOCATION|ucayali]] para que vayan al local me puede dar el número de su hija
C: sí es el [[PHONE_NUMBER|nueve siete uno cuarenta y cuatro cero ocho noventa y dos]] y en tiktok ella es [[OTHER_ID|arroba cielito shipiba dos mil ocho]] ahí subía sus videos bailando
O: tiene su dni
C: sí acá tengo la copia es [[ID_NUMBER|setenta y cuatro ochenta y dos quince noventa y tres]]
O: le repito [[ID_NUMBER|siete cuatro ocho dos uno cinco nueve tres]] correcto
C: sí señorita así es
O: y usted cómo se llama señora
C: [[PERSON|rosa]] [[PERSON|rosa ochavano mahua]] mi número es este mismo el [[PHONE_NUMBER|nueve seis tres cero uno cincuenta y siete ochenta y cuatro]] pero más tarde llámeme porque de día no hay señal en la chacra
O: gracias señora [[PERSON|rosa]] vamos a llamarla mañana en la noche si su hija se comunica dígale que puede llamar gratis al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias dios le pague
""",
    )
)

CALLS.append(
    (
        "h56-02",
        "es",
        """
O: línea contra la trata buenas tardes
C: aló ya eh buenas tardes señorita mire yo me he escapado de un campamento de madera y mis compañeros siguen allá
O: gracias por llamar está usted en un lugar seguro ahora
C: sí sí ahorita estoy en [[LOCATION|manantay]] en la casa de mi tía llegué ayer en la noche en un peque peque
O: me puede decir su nombre
C: [[PERSON|ronald]] [[PERSON|ronald tangoa shuña]] tengo [[AGE|diecinueve]] soy de [[LOCATION|masisea]]
O: ya [[PERSON|ronald]] cuénteme cómo llegó al campamento
C: un señor que le dicen don [[PERSON|beto]] tiene su mototaxi roja en el puerto de [[LOCATION|masisea]] placa [[OTHER_ID|seis dos uno ocho cuatro u]] él nos habló que había trabajo de cincuenta soles diarios cortando madera río arriba y nos llevó en su bote a ocho chicos
O: y a dónde los llevó
C: el campamento está [[ADDRESS|por el tamaya pasando la quebrada shatanya en la margen izquierda al lado de la cocha grande]] son como dos días de surcada no hay señal nada
O: para quién trabajan
C: para la [[ORGANIZATION|forestal shatanya s a c]] el ruc sale en los vales [[ID_NUMBER|20604718253]] pero el que manda es el capataz le dicen el [[PERSON|bufeo]] se llama [[PERSON|teodoro]] algo [[PERSON|teodoro ríos]]
O: les pagaban
C: no nada señorita nos cobran las botas el aceite para la motosierra la fariña todo anota en su cuaderno y siempre debemos más y el [[PERSON|bufeo]] anda con escopeta dice que si alguien se va lo va a buscar
O: hay menores de edad allá
C: sí hay dos chicos asháninkas de [[LOCATION|atalaya]] uno es [[PERSON|abel]] [[PERSON|abel camaiteri]] tiene [[AGE|dieciséis años]] y su primo [[PERSON|nelson]] que tiene [[AGE|quince]] ellos casi no hablan castellano entre ellos se dicen noshaninka
O: cuándo se escapó usted
C: [[DATE_TIME|el martes en la noche]] me fui caminando por la orilla hasta un caserío y de ahí un señor me trajo
O: lo que me cuenta es trabajo forzoso y hay menores vamos a derivar el caso a la fiscalía y a la policía de [[LOCATION|ucayali]] me da su dni por favor
C: ya es [[ID_NUMBER|cuarenta y siete treinta y uno cero nueve sesenta y ocho]]
O: y un número para llamarlo
C: el de mi tía es [[PHONE_NUMBER|nueve seis uno]] no perdón es [[PHONE_NUMBER|nueve seis dos cincuenta y ocho treinta y uno cuarenta]] ella se llama [[PERSON|gladys]]
O: gracias [[PERSON|ronald]] no regrese al puerto de [[LOCATION|masisea]] por ahora si ve a don [[PERSON|beto]] o al [[PERSON|bufeo]] llame al ciento cinco
C: ya señorita gracias
""",
    )
)

CALLS.append(
    (
        "h56-03",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches señorita mire este yo soy mototaxista acá en [[LOCATION|iquitos]] y hay una cosa que me tiene preocupado desde hace semanas
O: lo escucho cuénteme
C: yo llevo pasajeros de noche y varias veces me piden ir al bar [[ORGANIZATION|el delfín rosado]] en [[LOCATION|punchana]] [[ADDRESS|bajando por el puerto de masusa a media cuadra del embarcadero de los deslizadores]] y ahí hay chiquitas señorita chiquitas que atienden a los clientes
O: por qué cree que son menores
C: se nota pues son bien flaquitas con carita de niña una me pidió carrera para ir a comprar y me dijo que se llama [[PERSON|esperanza]] que tiene [[AGE|catorce]] que la trajeron de una comunidad del marañón de por [[LOCATION|nauta]] y que ya no tiene esperanza de volver porque debe el pasaje
O: quién administra el bar
C: una señora que le dicen la tía [[PERSON|charo]] y su marido un tal [[PERSON|vásquez]] que le dicen el [[PERSON|gringo]] él es el que recibe a los clientes en la puerta
O: ha visto cuántas chicas hay
C: yo he visto cinco seis a veces más los fines de semana traen en bote de [[LOCATION|requena]] y de [[LOCATION|san lorenzo]]
O: recuerda alguna placa algún vehículo
C: sí anoche como a [[DATE_TIME|las once y media]] llegó una camioneta plomo placa [[OTHER_ID|a ye ce doscientos cuarenta y uno]] y sacaron a dos chicas se las llevaron
O: usted cómo se llama
C: no no prefiero no dar mi nombre dígame [[PERSON|pepe]] nomás mi moto es la [[OTHER_ID|cuatro cuatro uno nueve ele ce]] por si la policía quiere preguntarme algo
O: no hay problema [[PERSON|pepe]] tiene un número para llamarlo
C: el [[PHONE_NUMBER|nueve sesenta y cinco treinta y dos diez ochenta y ocho]] pero que no me llamen de día que estoy manejando
O: vamos a pasar esto a la policía especializada de [[LOCATION|loreto]] para que intervengan el local no se acerque usted ni le diga nada a la chica
C: ya señorita ojalá que vayan rápido
""",
    )
)

CALLS.append(
    (
        "h56-04",
        "es",
        """
O: línea contra la trata buenos días en qué le podemos ayudar
C: buenos días señorita le habla el apu de la comunidad nativa [[LOCATION|nuevo ipakuma]] distrito de [[LOCATION|nieva]] provincia [[LOCATION|condorcanqui]] región [[LOCATION|amazonas]] estoy llamando del teléfono de la comunidad
O: buenos días señor gracias por llamar me dice su nombre
C: [[PERSON|santiago]] [[PERSON|santiago dekentai tiwi]] soy awajún el apu o sea el jefe de la comunidad
O: dígame señor [[PERSON|santiago]]
C: hace un mes vino una señora de [[LOCATION|bagua grande]] con una combi dijo que necesitaba chicas para trabajar en su restaurante y para cuidar niños que les iba a pagar setecientos soles y que iban a estudiar de noche los padres dejaron ir a tres jovencitas
O: cómo se llaman las jóvenes y qué edad tienen
C: [[PERSON|marleni]] [[PERSON|marleni esamat]] de [[AGE|quince años]] [[PERSON|dina chumpi]] de [[AGE|catorce]] y la más chiquita [[PERSON|luz]] [[PERSON|luz yankikat]] de [[AGE|trece]] ya no llaman a sus papás y la [[PERSON|marleni]] dijo a su mamá que no las dejan salir que trabajan hasta la madrugada y que los hombres les toman fotos
O: sabe el nombre del restaurante
C: [[ORGANIZATION|restaurante turístico el paujil]] en [[LOCATION|bagua grande]] en [[ADDRESS|la carretera pasando el puente del utcubamba al lado del grifo]] la señora se llama [[PERSON|nilda]] le dicen la [[PERSON|cocinera]] su celular es [[PHONE_NUMBER|nueve cuatro dos sesenta y uno cero tres setenta y siete]]
O: y la combi recuerda la placa
C: sí el profesor lo apuntó es [[OTHER_ID|eme cuatro ce seiscientos doce]] blanca con franja verde salió de la comunidad [[DATE_TIME|el quince de febrero]] en la mañanita
O: señor [[PERSON|santiago]] lo que cuenta puede ser trata de menores vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|amazonas]] y al ministerio de la mujer en [[LOCATION|bagua]] tiene los dni de las chicas
C: de la [[PERSON|marleni]] nomás su mamá me dio es [[ID_NUMBER|ochenta y uno cero cuatro setenta y seis veintidós]] eh no espere [[ID_NUMBER|ochenta y uno cero cuatro setenta y seis veintitrés]] ese es
O: le repito [[ID_NUMBER|8 1 0 4 7 6 2 3]]
C: así es señorita
O: a qué número lo llamamos
C: al teléfono de la comunidad [[PHONE_NUMBER|cero cuarenta y uno ochenta y uno treinta y dos cuarenta]] o a mi celular [[PHONE_NUMBER|nueve ochenta y siete cero dos cuarenta y cinco sesenta]] pero en la comunidad casi no hay señal mejor al teléfono de la comunidad a [[DATE_TIME|las seis de la tarde]]
O: muy bien señor la llamamos mañana a esa hora
C: gracias señorita las familias están preocupadas queremos que vuelvan nuestras hijas
""",
    )
)

CALLS.append(
    (
        "h56-05",
        "es",
        """
O: línea contra la trata buenas tardes
C: aló sí buenas tardes mire le estoy llamando desde [[LOCATION|leticia]] [[LOCATION|colombia]] es que no sé si aquí me pueden ayudar es por mi sobrina que se la llevaron para el lado peruano
O: sí claro la podemos orientar cuénteme
C: mi sobrina se llama [[PERSON|yuli]] [[PERSON|yuli andrea cuéllar]] tiene [[AGE|diecisiete añitos]] un muchacho brasilero de [[LOCATION|tabatinga]] que le dicen [[PERSON|marcão]] le dijo que había trabajo de mesera en [[LOCATION|caballococha]] ganando bien en pesos no en soles y ella se fue en el rápido
O: en qué embarcación se fue
C: en un rápido de [[ORGANIZATION|transportes yavarí express]] que sale de [[LOCATION|santa rosa]] la islita y ella se embarcó [[DATE_TIME|el viernes seis]] temprano
O: y qué sabe de ella ahora
C: pues que no es restaurante es la [[ORGANIZATION|discoteca la triple frontera]] que queda [[ADDRESS|subiendo del puerto de caballococha la segunda calle detrás de la iglesia]] ella me escribió que le quitaron la tarjeta de identidad y que el [[PERSON|marcão]] le dice que debe trescientos mil pesos del viaje y que tiene que pagarlos con los clientes
O: tiene el número de su documento
C: sí la tarjeta de identidad es [[ID_NUMBER|diez cero seis veinticuatro cincuenta y ocho diecisiete]]
O: y algún número de ella
C: ella tiene whatsapp el [[PHONE_NUMBER|más cincuenta y siete tres diez cuatrocientos ochenta y dos diecinueve setenta]] y en instagram es [[OTHER_ID|arroba yuli punto cuellar punto cero siete]] ahí el [[PERSON|marcão]] le comenta todo
O: usted cómo se llama señora
C: [[PERSON|amparo]] [[PERSON|amparo cuéllar]] yo soy la tía la mamá de ella está en [[LOCATION|bogotá]] trabajando mi número es el [[PHONE_NUMBER|tres quince seiscientos veinte cuarenta y uno doce]] y el correo [[EMAIL_ADDRESS|amparo cuellar sesenta y ocho arroba hotmail punto com]]
O: señora [[PERSON|amparo]] como su sobrina está en territorio peruano vamos a pasar el caso a la policía y a la fiscalía de [[LOCATION|loreto]] y también le recomiendo denunciar en [[LOCATION|leticia]] ante el icbf para que coordinen
C: bueno señorita y cuánto se demoran
O: hoy mismo se deriva y mañana la llamamos para contarle
C: gracias mija que dios la bendiga
""",
    )
)

CALLS.append(
    (
        "h56-06",
        "es",
        """
O: línea contra la trata buenas noches en qué le ayudamos
C: buenas noches señorita mire llamo de [[LOCATION|puerto maldonado]] por mi hermano menor está en un campamento de oro y lo tienen trabajando sin pagarle
O: la escucho cómo se llama su hermano y qué edad tiene
C: [[PERSON|yoel]] [[PERSON|yoel huillca quispe]] tiene [[AGE|diecisiete]] lo engancharon en [[LOCATION|quincemil]] un tal [[PERSON|florentino]] que le dicen [[PERSON|ñato]] le ofreció mil ochocientos mensual en la [[ORGANIZATION|minera aurífera yesenia e i r l]]
O: dónde queda el campamento
C: en [[LOCATION|huepetuhe]] [[ADDRESS|entrando por la trocha del kilómetro ciento diez después del segundo puente de palo donde está la balsa carrancho]] ahí trabaja en la chupadera doce horas en el agua
O: cuándo fue la última vez que habló con él
C: [[DATE_TIME|el sábado dieciocho]] me llamó de un celular prestado dijo que le pegaron porque quería salir y que el [[PERSON|ñato]] dice que nos va a soltar si pagamos dos mil soles de su deuda
O: le han pedido dinero a ustedes
C: sí me mandaron el número de cuenta para depositar es del bcp a nombre de una señora [[PERSON|yesenia mamani]] la cuenta es [[OTHER_ID|tres nueve cinco noventa y ocho setenta y uno cuarenta sesenta y tres cero uno ocho]] y también me dijeron que puedo yapear al [[PHONE_NUMBER|nueve cincuenta y uno cuarenta y ocho treinta y dos cero seis]]
O: señora no deposite ese dinero esa deuda no es legal y pagar no garantiza que lo suelten
C: ya pero tengo miedo que le hagan algo
O: lo entiendo vamos a alertar a la policía y a la fiscalía especializada de [[LOCATION|madre de dios]] para que intervengan tiene el número desde el que llamó su hermano
C: sí es [[PHONE_NUMBER|nueve noventa y tres quince setenta y cuatro ochenta y uno]] pero ese es del [[PERSON|ñato]] creo o de su mujer
O: y el dni de su hermano
C: [[ID_NUMBER|sesenta y uno cuarenta y siete veintiocho noventa y cinco]]
O: y usted cómo se llama
C: [[PERSON|maribel huillca]] vendo en el [[ADDRESS|mercado modelo]] mi celular es [[PHONE_NUMBER|nueve setenta y dos cero cinco treinta y ocho once]]
O: gracias señora [[PERSON|maribel]] vamos a llamarla mañana temprano no deposite nada y si vuelven a pedirle plata guarde los mensajes
C: ya señorita muchas gracias
""",
    )
)

CALLS.append(
    (
        "h56-07",
        "es",
        """
O: línea contra la trata buenas noches le escuchamos
C: aló aló señorita por favor ayúdeme estoy encerrada
O: la escucho hable despacito está en peligro ahora
C: sí estoy en el baño del bar no me pueden escuchar
O: tranquila en qué ciudad está
C: en [[LOCATION|yurimaguas]] el bar se llama [[ORGANIZATION|karaoke los aguajales]] es en [[ADDRESS|la calle que baja al puerto la boca al lado del grifo la casa de dos pisos con luces verdes]]
O: cómo se llama y cuántos años tiene
C: [[PERSON|paloma]] [[PERSON|paloma del águila rengifo]] tengo [[AGE|dieciséis]] soy de [[LOCATION|juanjuí]]
O: [[PERSON|paloma]] cómo llegó ahí
C: un chico que conocí por el face [[PERSON|kenyi]] dijo que era mi enamorado me trajo en su moto de [[LOCATION|tarapoto]] [[DATE_TIME|el sábado quince]] dijo que íbamos a pasear y me dejó aquí con la dueña la señora [[PERSON|tita]] y ella me dice que le tengo que pagar quinientos soles porque él ya cobró por mí
O: hay más chicas con usted
C: sí hay otras tres una es [[PERSON|naysha]] tiene [[AGE|quince]] creo la otra no sé su nombre es de [[LOCATION|lagunas]] nos hacen atender a los clientes y nos quitaron los celulares este celular es de un cliente que se quedó dormido
O: [[PERSON|paloma]] vamos a mandar a la policía ahora mismo no salga del baño si puede de qué color es la puerta del bar
C: es una reja negra y al frente hay una cevichería [[ORGANIZATION|el gran paiche]]
O: muy bien me puede dar el número de su mamá o de alguien
C: mi mamá [[PERSON|zoila]] en [[LOCATION|tarapoto]] [[PHONE_NUMBER|nueve cuarenta y dos diecisiete sesenta y tres cincuenta]] y el instagram del [[PERSON|kenyi]] es [[OTHER_ID|arroba kenyi dj tarapoto]] él sube fotos con las chicas
O: ya lo anoté la policía de [[LOCATION|yurimaguas]] va para allá en unos minutos cuando lleguen diga su nombre y que llamó a la línea
C: ya ya viene alguien señorita ya me
O: [[PERSON|paloma]] aló [[PERSON|paloma]]
""",
    )
)

# --------------------------------------------------------------- cased Spanish ----

CALLS.append(
    (
        "h56-08",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Le habla [[PERSON|Nélida Chiricente Mahuanca]], técnica en enfermería del [[ORGANIZATION|Puesto de Salud Tsiquireni]], en la [[LOCATION|Comunidad Nativa Tsiquireni]], distrito de [[LOCATION|Raimondi]], [[LOCATION|Atalaya]]. Llamo por dos niñas asháninkas que se llevaron a [[LOCATION|Pucallpa]].
O: Gracias por llamar, señora [[PERSON|Nélida]]. Cuénteme qué pasó.
C: Hace tres semanas pasó un regatón, un comerciante que sube el río con su bote vendiendo sal, anzuelos, gasolina. Le dicen [[PERSON|Shushupe]]... no, perdón, a ese le dicen [[PERSON|Sapo]], [[PERSON|Demetrio Sapo]] le dicen, su nombre es [[PERSON|Demetrio Arévalo]]. Les dijo a las familias que una señora en [[LOCATION|Pucallpa]] necesitaba chicas para cuidar a sus hijos y que las iba a hacer estudiar. Se llevó a [[PERSON|Maribel Quinchoker]], de [[AGE|13 años]], y a [[PERSON|Rocío Shingari]], de [[AGE|14]].
O: ¿En qué embarcación se las llevó?
C: En su bote, el [[ORGANIZATION|Don Emeterio]], un chatita con techo de calamina; la matrícula pintada al costado es [[OTHER_ID|PA-31875-BM]]. Salieron [[DATE_TIME|el 3 de marzo]], de madrugada.
O: ¿Se sabe algo de las niñas?
C: Sí. [[PERSON|Rocío]] llamó ayer a su tío, el pinkatsari, el jefe de la comunidad, Don [[PERSON|Elías Shingari]]. Dijo que no estudian, que trabajan todo el día lavando, cocinando y atendiendo un restaurante de la señora, que duermen en el depósito y que la señora le pega a [[PERSON|Maribel]] porque no entiende bien el castellano.
O: ¿Tiene los datos de la señora?
C: Se llama [[PERSON|Doris Panduro]]. El restaurante es [[ORGANIZATION|Juanes y Tacacho Doña Doris]], en el [[ADDRESS|Jr. Tacna 512]], cerca del [[ADDRESS|puerto Henry]]. El número desde el que llamó [[PERSON|Rocío]] es [[PHONE_NUMBER|961 724 380]].
O: ¿Las niñas tienen DNI?
C: [[PERSON|Maribel]] sí, su DNI es [[ID_NUMBER|79341526]]. [[PERSON|Rocío]] todavía no tiene, solo su partida de nacimiento; nació [[DATE_TIME|el 22 de julio de 2010]].
O: Esto es trata con fines de servidumbre doméstica de dos niñas. Vamos a derivarlo hoy a la fiscalía de familia y a la policía especializada en [[LOCATION|Ucayali]], y a la Unidad de Protección Especial. ¿Cómo la contactamos?
C: Mi celular es [[PHONE_NUMBER|+51 938 205 617]], pero aquí la señal es mala; mejor por correo: [[EMAIL_ADDRESS|nelida.chiricente@gmail.com]]. O al teléfono del puesto, [[PHONE_NUMBER|(061) 59 8142]].
O: Perfecto, señora [[PERSON|Nélida]]. Le escribiremos hoy mismo y la llamaremos el lunes.
C: Gracias. Las familias están muy tristes; no sabían a dónde ir.
""",
    )
)

# --------------------------------------------------------------------- English ----

CALLS.append(
    (
        "h56-09",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, sorry, do you speak English? I'm on a cargo boat on the river and I think something is wrong.
O: Yes, I speak English. Go ahead, are you safe?
C: Yeah, I'm fine. My name's [[PERSON|Tom Ellery]], I'm travelling from [[LOCATION|Yurimaguas]] to [[LOCATION|Iquitos]] on the [[ORGANIZATION|Doña Mirtha V]], it's one of those three-deck cargo boats where everyone sleeps in hammocks. The registration on the hull says [[OTHER_ID|IQ-48213-EM]].
O: Thank you, [[PERSON|Tom]]. What have you seen?
C: There's a man, maybe [[AGE|45]], travelling with three girls. They look like [[AGE|13]], [[AGE|14]] tops. They got on at [[LOCATION|Lagunas]]. He doesn't let them talk to anyone, he keeps their bags, and last night he took one of them into a private cabin, [[ADDRESS|cabin 7]] on the top deck, and she came back crying.
O: Do you know his name?
C: The crew call him [[PERSON|Wilder]]. One of the girls told my friend, in Spanish, that her name is [[PERSON|Milagros]] and that he promised them work in a restaurant in [[LOCATION|Iquitos]]. And I heard him on the phone saying the girls were "ready for [[ORGANIZATION|La Cueva del Tigre]]". My friend says that's a nightclub.
O: That's very important. When does the boat arrive in [[LOCATION|Iquitos]]?
C: The captain said [[DATE_TIME|Thursday the 21st, around 5 a.m.]], at the port in [[ADDRESS|Puerto Henry]]. Wait, no, they changed it, it's [[ADDRESS|Masusa]], [[ADDRESS|Puerto Masusa]].
O: Did you get any number or details from the man?
C: He dropped a receipt from a money transfer, it has a phone on it: [[PHONE_NUMBER|951 603 274]], and the name [[PERSON|Wilder Saavedra Pinchi]]. I took a photo.
O: Well done. We'll alert the police in [[LOCATION|Loreto]] so they are at the port when the boat arrives. Please don't confront him. Can I have your number?
C: It's a UK number, [[PHONE_NUMBER|+44 7700 900418]], on WhatsApp. Signal comes and goes on the river. Or Instagram, [[OTHER_ID|@tom.on.the.river]].
O: Thank you, [[PERSON|Tom]]. If anything happens before you arrive, call 105 as soon as you have signal.
C: Will do. Thanks.
""",
    )
)

# --------------------------------------------------------- Brazilian Portuguese ----

CALLS.append(
    (
        "h56-10",
        "pt",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, desculpa, eu falo português. Sou do [[LOCATION|Brasil]], de [[LOCATION|Tabatinga]]. É sobre a minha filha, ela está no [[LOCATION|Peru]].
O: Sí, la entiendo, hable despacio, por favor. ¿Cómo se llama su hija?
C: [[PERSON|Vitória]]. [[PERSON|Vitória Gomes da Silva]], ela tem [[AGE|16 anos]]. Ela conheceu um peruano pelo Instagram, ele se chama [[PERSON|Jair]], o apelido é [[PERSON|Piranha]], o perfil dele é [[OTHER_ID|@jair.piranha.iqt]]. Ele prometeu trabalho num restaurante em [[LOCATION|Iquitos]].
O: ¿Cuándo viajó?
C: No [[DATE_TIME|dia 2 de abril]]. Ela foi de lancha, do [[ADDRESS|porto da Feira de Tabatinga]], no barco [[ORGANIZATION|Santa Clara III]] até [[LOCATION|Santa Rosa]] e depois para [[LOCATION|Iquitos]]. Agora ela me mandou mensagem que não é restaurante, é um bar, o [[ORGANIZATION|Bar Brasileirinha]], e que tem que ficar com os homens. O [[PERSON|Jair]] pegou o documento dela.
O: ¿Sabe dónde queda el bar?
C: Ela disse que fica em [[LOCATION|Belén]], [[ADDRESS|perto do embarcadeiro, na casa de madeira verde em cima da água]].
O: ¿Tiene algún número de su hija o un documento?
C: O celular dela é [[PHONE_NUMBER|+55 97 98142-3057]], só WhatsApp. O CPF dela é [[ID_NUMBER|482.157.903-64]]. E o [[PERSON|Jair]] me pediu dinheiro pelo Pix, a chave é [[OTHER_ID|7f3c9a21-55be-4e0d-9a8c-2b61d04e7f19]], disse que se eu pagar mil reais ela volta.
O: Señora, no pague, eso no asegura que la dejen ir. Vamos a avisar a la policía y a la fiscalía de [[LOCATION|Loreto]] ahora mismo. ¿Cómo se llama usted?
C: [[PERSON|Francisca Gomes]]. O meu número é [[PHONE_NUMBER|+55 97 99136-2408]] e o e-mail [[EMAIL_ADDRESS|francisca.gomes.tbt@gmail.com]].
O: Gracias, señora [[PERSON|Francisca]]. Le recomiendo también denunciar a la Polícia Federal en [[LOCATION|Tabatinga]]. Mañana la llamamos.
C: Obrigada, obrigada. Por favor, tragam minha filha de volta.
""",
    )
)

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h56-", "heldout56.jsonl")
