#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h31: ten fictional, labelled calls to a Peruvian counter-trafficking hotline.

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py (for the annotation conventions) and make_heldout.py (the
builder: [[TYPE|surface]] markup and write_set). Nothing of the redactor (code, tests, data,
results) was seen, so these calls measure how well it generalises.

Styles: three lowercase, unpunctuated speech-recogniser (Whisper-style) Spanish calls with
fillers, self-corrections, repetitions, numbers in words, digits one by one and in pairs, a
name spelled letter by letter and a phone number split across turns; two cased, punctuated
Spanish calls; one English call; one Brazilian Portuguese call; one Venezuelan Spanish call;
one Andean Spanish call with Quechua words; one call from a bus-company ticket clerk.

Conventions follow make_dev.py: PERSON spans exclude titles and articles ("la señora
[[Mamani]]", "don [[Segundo]]"); phone/ID/plate spans exclude the cue word ("DNI", "placa");
AGE includes the unit when said; DATE_TIME covers explicit dates, named weekdays and clock
times tied to an event (article kept), not relative words or routine schedules; articles
before a street name stay outside ("en la [[Mz. K ...]]") but descriptive place phrases keep
theirs ("[[la última casa antes del parque ...]]"); a named boat or a room/stall where people
are held is an ADDRESS; a false start of a number is labelled as its own span; institutions
(Policía Nacional, Fiscalía, Ministerio de la Mujer, OIM, SUNAFIL, consulates), the hotline
number, 105/190/911, money, durations, counts, seat numbers, legal articles and common words
that look like names (luz, paz, segundo, consuelo, amparo, graça) are left unmarked.

All people, phone numbers, IDs, addresses, plates, accounts, e-mails, handles and businesses
are invented; towns, districts, regions and countries are real.

Run: python3 make_heldout31.py  (writes heldout31.jsonl next to it)
"""

CALLS = [
    # 1. lowercase: mother in Sicuani, daughter (17) recruited on Facebook, now in a bar in Huepetuhe
    (
        "h31-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló aló señorita buenas noches eh le llamo de [[LOCATION|sicuani]] es por mi hija mi hija [[PERSON|milagros]] que ya no me contesta el celular
O: la escucho señora tranquila primero dígame cómo se llama usted
C: eh [[PERSON|teodora]] [[PERSON|teodora huillca]] es un apellido difícil señorita
O: me lo puede deletrear por favor
C: ya [[PERSON|hache u i ele ele ce a]] [[PERSON|huillca]]
O: gracias señora [[PERSON|teodora]] y su hija cuántos años tiene
C: [[AGE|dieciséis]] no no ya tiene [[AGE|diecisiete años]] recién ha cumplido el mes pasado
O: y qué pasó con ella cuénteme con calma
C: o sea hace tres semanas se fue señorita una señora le ofreció trabajo por el facebook de ayudante de cocina en un restaurante en [[LOCATION|puerto maldonado]] que le iban a pagar mil ochocientos soles con cuarto y comida y ella pues se fue con esa ilusión
O: recuerda el nombre de esa señora o de la cuenta donde salía el anuncio
C: le dicen la tía [[PERSON|chabuca]] y la cuenta es eh [[OTHER_ID|arroba empleos guion bajo selva guion bajo ya]] ahí pone anuncios todos los días de chicas
O: y después su hija qué le ha contado
C: los primeros días me llamaba normal después ya me dijo llorando que no era [[LOCATION|puerto maldonado]] que la habían llevado más adentro a [[LOCATION|huepetuhe]] a un bar que se llama [[ORGANIZATION|video pub la chocita]] y que la hacen tomar con los mineros hasta la madrugada y no le pagan nada
O: sabe dónde queda exactamente ese bar en [[LOCATION|huepetuhe]]
C: ella me dijo que es [[ADDRESS|bajando del puente a mano derecha al costado del grifo]] tiene un letrero con foquitos rojos y atrás hay unos cuartitos de tabla donde duermen las chicas
O: desde cuándo no le contesta
C: desde [[DATE_TIME|el viernes en la noche]] señorita desde ahí su celular está apagado apagado todo el tiempo
O: tiene el número de su hija
C: sí es el [[PHONE_NUMBER|nueve siete cuatro]]
O: [[PHONE_NUMBER|nueve siete cuatro]]
C: eh [[PHONE_NUMBER|dos uno ocho]]
O: ajá
C: [[PHONE_NUMBER|cero cero cinco]]
O: le repito [[PHONE_NUMBER|nueve siete cuatro dos uno ocho cero cero cinco]] es correcto
C: sí sí eso es
O: y el dni de [[PERSON|milagros]] lo tiene
C: aquí tengo la copia es [[ID_NUMBER|setenta y cuatro]] no espere [[ID_NUMBER|setenta y uno cuarenta y ocho veintidós cero seis]]
O: o sea [[ID_NUMBER|71 48 22 06]] ya lo anoté y ha podido hablar con alguien de ese bar
C: una vez llamé a un número que me pasó mi hija contestó un señor que le dicen el [[PERSON|cholo]] [[PERSON|cholo ramos]] me dijo que mi hija le debe ochocientos soles del pasaje y la ropa y que no va a salir hasta que pague y me colgó ese número lo anoté es el [[PHONE_NUMBER|982 660 417]]
O: señora lo que me cuenta es muy grave su hija es menor de edad y eso es trata con fines de explotación sexual vamos a pasar el caso ahora mismo a la policía y a la fiscalía de [[LOCATION|madre de dios]] para que vayan al local
C: ay gracias señorita yo no tengo plata para viajar hasta allá son como doce horas de viaje
O: no necesita viajar pero sí le pido que ponga la denuncia por desaparición en la comisaría de [[LOCATION|sicuani]] con una foto de ella y la copia del dni a qué número la llamamos
C: a este mismo es de mi esposo [[PERSON|florencio]] el [[PHONE_NUMBER|nueve cinco uno treinta y tres sesenta y ocho cuarenta]]
O: [[PHONE_NUMBER|951 33 68 40]] ya lo tengo
C: y si ella me llama qué le digo
O: que llame gratis al cero ochocientos dos treinta y dos treinta y dos desde cualquier celular aunque no tenga saldo y si está en peligro inmediato que pida ayuda al ciento cinco
C: ya señorita gracias mamita le voy a rezar a la virgen para que me la devuelvan
O: mañana temprano la llamamos señora [[PERSON|teodora]] para contarle cómo avanza
""",
    ),
    # 2. lowercase: girl (17) calling on a borrowed phone, unpaid live-in domestic worker in La Molina
    (
        "h31-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: aló aló me escucha señorita disculpe que hable bajito
O: sí te escucho bien habla como puedas estás en peligro en este momento
C: ahorita no la señora salió al banco pero ya mismo regresa este celular no es mío es de la cocinera la señora [[PERSON|amparo]] ella me lo prestó
O: está bien hiciste bien en llamar cómo te llamas
C: [[PERSON|yeni]] [[PERSON|yeni rosmery ccoa]]
O: cuántos años tienes [[PERSON|yeni]]
C: [[AGE|diecisiete]] tengo [[AGE|diecisiete años]] soy de [[LOCATION|huánuco]] de [[LOCATION|panao]]
O: y dónde estás ahora
C: en una casa en [[LOCATION|la molina]] trabajo aquí cama adentro hace un año y medio me dijeron que iba a ganar novecientos soles pero no me pagan la señora dice que mi sueldo se lo deposita a mi mamá pero mi mamá dice que no le llega nada
O: quién es la señora
C: la señora [[PERSON|patricia]] [[PERSON|patricia bellido]] y su esposo es don [[PERSON|rodrigo]] él es abogado dice que si me voy me denuncia por robo y me meten presa
O: te han quitado tus documentos
C: sí mi dni lo tiene la señora en su cajón con llave no me deja salir ni a la bodega la puerta siempre está con llave me levanto a las cinco y me acuesto a la medianoche y me grita me ha jalado del pelo
O: sabes la dirección de la casa
C: no sé bien este espere hay un recibo en la cocina dice [[ADDRESS|calle los cipreses doscientos cuarenta y uno urbanización las praderas]]
O: [[ADDRESS|calle los cipreses doscientos cuarenta y uno]] en [[LOCATION|la molina]]
C: sí es [[ADDRESS|la última casa antes del parque de los patos]] es grande de tres pisos blanca con portón negro y tiene cámaras afuera
O: hay otras personas trabajando en la casa
C: la señora [[PERSON|amparo]] que cocina pero ella sí sale los domingos y el chofer y hay otra chica [[PERSON|nelly]] que tiene [[AGE|quince]] creo que la trajeron de [[LOCATION|pucallpa]] ella cuida a los bebés
O: tienes algún número de tu familia
C: de mi mamá [[PERSON|dionisia ccoa]] es el [[PHONE_NUMBER|novecientos cuarenta y dos trescientos quince cero ochenta y siete]]
O: te lo repito [[PHONE_NUMBER|942 315 087]]
C: sí ese es
O: cuándo salen los señores de la casa
C: [[DATE_TIME|el sábado]] se van a la playa a [[LOCATION|asia]] todo el día con los bebés y se llevan a [[PERSON|nelly]] yo me quedo sola con el guardián
O: [[PERSON|yeni]] vamos a coordinar con la policía y la fiscalía para ir a la casa [[DATE_TIME|el sábado en la mañana]] cuando ellos no estén te parece
C: sí pero tengo miedo del guardián él es primo del señor
O: los policías van a ir con una fiscal y te van a llevar a un lugar seguro nadie te va a hacer daño podemos llamar a este número
C: no no llame mándele mensaje nomás a la señora [[PERSON|amparo]] su número es [[PHONE_NUMBER|9 12 44 73 09]]
O: [[PHONE_NUMBER|912 447 309]] le vamos a escribir solo hola de parte de tu tía así sabes que somos nosotros
C: ya ya ay señorita ya llegó el carro de la señora
O: alcanzas a ver la placa desde donde estás
C: es una camioneta plomo [[OTHER_ID|be ce de siete nueve uno]] tengo que colgar
O: tranquila [[PERSON|yeni]] borra esta llamada del celular nosotros te escribimos
C: ya chau chau
""",
    ),
    # 3. lowercase: aunt in Coishco, nephew (14) and two other boys kept on a fishing boat
    (
        "h31-lower-es-03",
        "es",
        """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita mire yo le llamo de [[LOCATION|chimbote]] bueno de [[LOCATION|coishco]] es por mi sobrino que lo tienen trabajando en una lancha de pesca y es menor de edad
O: gracias por llamar señora me dice su nombre
C: [[PERSON|luz]] [[PERSON|luz angélica paz]] [[PERSON|paz]] de apellido
O: señora [[PERSON|luz]] cómo se llama su sobrino y cuántos años tiene
C: [[PERSON|brayan]] [[PERSON|brayan paz sernaqué]] tiene [[AGE|catorce]] [[AGE|catorce añitos]] nomás
O: qué le ha pasado
C: hace un mes un patrón de lancha don [[PERSON|segundo]] le dijo a mi hermana que lo llevaba a pescar que le iba a pagar cien soles por cada salida y mi hermana como está enferma aceptó pero ahora lo tiene en la lancha días enteros jalando redes de noche y le paga veinte soles a la semana con eso nomás
O: su sobrino está solo o hay otros chicos
C: hay otros dos uno que le dicen [[PERSON|cuchara]] de [[AGE|trece]] y otro [[PERSON|jhampier]] que ya tiene [[AGE|dieciséis]] los tres duermen en la lancha en la bodega donde va el pescado en la lancha no hay ni luz ni baño
O: sabe cómo se llama la lancha
C: sí se llama [[ADDRESS|virgen de la puerta dos]] es azul con blanco ya tiene como veinte años está viejita cuando vuelve se queda [[ADDRESS|fondeada frente al muelle artesanal de la caleta]]
O: tiene la matrícula
C: mi hermana le tomó foto es [[OTHER_ID|ce o guion cuatro ocho uno nueve guion be ce]]
O: [[OTHER_ID|ce o cuatro ocho uno nueve be ce]] ya
C: eso
O: y cuándo salió la lancha
C: salieron [[DATE_TIME|el lunes catorce]] en la noche y dicen que regresan [[DATE_TIME|el jueves]] como a [[DATE_TIME|las once de la noche]]
O: alguien de la familia ha hablado con el patrón
C: sí mi cuñado fue a reclamarle y don [[PERSON|segundo]] le dijo que el chico le debe la ropa de agua y las botas trescientos soles y que hasta que no pague no se va y que lo dejen en paz que él sabe lo que hace
O: tiene el número de don [[PERSON|segundo]]
C: espere un segundo que lo busco aquí está es el [[PHONE_NUMBER|nueve nueve nueve]] no no son dos nueves nomás [[PHONE_NUMBER|nueve nueve cuatro cero siete uno tres ocho dos]]
O: [[PHONE_NUMBER|994 071 382]] y sabe su apellido
C: [[PERSON|chapilliquén]] [[PERSON|segundo chapilliquén]] todos lo conocen en el muelle
O: la lancha es de él
C: no la lancha es de una empresa [[ORGANIZATION|inversiones pesqueras mar de grau]] él trabaja para ellos
O: y la mamá de [[PERSON|brayan]] tiene un número donde la podamos ubicar
C: sí mi hermana [[PERSON|marleni paz]] es el [[PHONE_NUMBER|más cincuenta y uno nueve cuatro tres cincuenta ochenta y dos once]]
O: señora lo que me cuenta es explotación laboral de menores y puede ser trata vamos a coordinar con la policía de [[LOCATION|chimbote]] la fiscalía de familia y la capitanía para que esperen la lancha cuando regrese y rescaten a los chicos
C: ay gracias señorita y a mí me van a venir a ver yo vivo en [[ADDRESS|el asentamiento humano dos de mayo manzana ka lote quince]] y si quieren mandarme algo mi hija me revisa el correo es [[EMAIL_ADDRESS|luzangelica guion bajo paz setenta y dos arroba gmail punto com]]
O: puede ser que la fiscalía la cite para su declaración le pido que no le cuente a don [[PERSON|segundo]] que nos llamó
C: no no qué le voy a contar a ese señor
O: gracias señora [[PERSON|luz]] la llamamos [[DATE_TIME|el jueves]] en la tarde antes de que llegue la lancha
C: ya señorita gracias que dios la bendiga
""",
    ),
    # 4. cased Spanish: neighbour in Arequipa hears girls through the bedroom wall
    (
        "h31-cased-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Disculpe la hora. Llamo porque ya no aguanto escuchar lo que pasa en la casa de al lado. Mi dormitorio está pared con pared con un cuarto donde tienen a unas chicas.
O: Hizo bien en llamar. ¿Está usted segura en este momento?
C: Sí, estoy en mi casa con mi esposo. Me llamo [[PERSON|Consuelo Begazo Linares]], pero por favor que no se sepa.
O: Su identidad queda reservada, señora [[PERSON|Consuelo]]. ¿En qué ciudad está?
C: En [[LOCATION|Arequipa]], en [[LOCATION|Cerro Colorado]]. Yo vivo en la [[ADDRESS|Mz. K, Lote 14, de la Asociación Villa Los Ángeles]], y la casa de la que le hablo es la de al lado, el [[ADDRESS|Lote 15]]. Es de tres pisos, sin tarrajear, con un portón de garaje verde.
O: ¿Qué es lo que escucha?
C: Las chicas están en [[ADDRESS|el cuarto del fondo del segundo piso]], justo detrás de mi cabecera. Anoche, como a [[DATE_TIME|las 2 de la mañana]], escuché a una llorar y a un hombre gritarle "si no trabajas, no comes". Le decía "[[PERSON|Nayeli]], cállate, [[PERSON|Nayeli]]". Y se oían golpes.
O: ¿Cuántas chicas cree que hay y qué edad tendrán?
C: He visto tres, cuando las suben a una camioneta en la tarde. Son chiquillas, de [[AGE|14 o 15 años]], con mucho maquillaje. Siempre las traen de vuelta como a las cuatro, cuatro y media de la madrugada. Una me dijo una vez en la puerta que era de [[LOCATION|Juliaca]], nada más, porque el hombre la jaló.
O: ¿Sabe quién es ese hombre?
C: Es el que alquila los cuartos. Le dicen [[PERSON|Lucho]]; creo que se llama [[PERSON|Luis Ticona]]. Tiene una camioneta gris, la placa es [[OTHER_ID|V2G-947]]. Y viene una señora que las maquilla, le dicen la [[PERSON|Colorada]].
O: ¿Sabe adónde las llevan en la camioneta?
C: Mi esposo es taxista y lo siguió una vez. Las deja en un karaoke en [[LOCATION|Yanahuara]]... no, perdón, en [[LOCATION|Cayma]]. Se llama [[ORGANIZATION|Karaoke Misti Star]], está en [[ADDRESS|la calle que baja detrás del grifo de la avenida Ejército, cuadra 9]].
O: ¿Ha visto entrar a otras personas a la casa?
C: Hombres, a veces, ya tarde. Y el señor [[PERSON|Ticona]] se jacta de que tiene el amparo de un primo que es policía, por eso nadie del barrio se atreve a decir nada.
O: Entiendo su temor. Lo que describe podría ser trata con fines de explotación sexual de menores, que la Ley 28950 castiga con penas muy altas. Vamos a comunicarlo a la unidad especializada de la Policía Nacional y a la fiscalía, no a la comisaría del barrio.
C: Eso me tranquiliza. ¿Necesitan que yo declare?
O: Solo si usted quiere, y con reserva de identidad. ¿Me deja un número donde ubicarla?
C: Mi fijo es el [[PHONE_NUMBER|(054) 43-2871]] y mi celular el [[PHONE_NUMBER|958 204 116]]. Y mi correo, por si acaso: [[EMAIL_ADDRESS|consuelo.begazo_l@yahoo.es]].
O: Gracias. ¿Tiene algún documento a la mano, por si la fiscalía lo pide?
C: Mi DNI es [[ID_NUMBER|29684013]].
O: Perfecto. ¿Sabe si las chicas están ahora en la casa?
C: Sí, llegaron hace un rato; escuché la camioneta. Por eso llamé ahorita.
O: Entonces vamos a pedir que la policía vaya esta misma noche. No salga ni se acerque a la casa, y si escucha que se las llevan, vuelva a llamar al 0800-2-3232 o al 105.
C: Ya, señorita. Al menos me da consuelo saber que alguien va a hacer algo.
O: Gracias a usted, señora [[PERSON|Consuelo]]. En cuanto tengamos noticias la llamamos a su celular.
C: Gracias. Buenas noches.
""",
    ),
    # 5. cased Spanish: brother in Lima, sister recruited on Instagram as a carer in Italy, silent for 11 days
    (
        "h31-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Llamo porque mi hermana viajó a [[LOCATION|Italia]] por un trabajo y hace once días que no sabemos nada de ella.
O: Entiendo su preocupación. ¿Me dice su nombre y el de su hermana?
C: Yo soy [[PERSON|Efraín Cárdenas Ñaupari]]. Mi hermana es [[PERSON|Rosa Amelia Cárdenas Ñaupari]], tiene [[AGE|23 años]]. En la casa le decimos [[PERSON|Rosita]].
O: ¿Cómo consiguió ese trabajo?
C: Por Instagram. Una agencia, [[ORGANIZATION|Europa Care Perú S.A.C.]], ofrecía trabajo de cuidadora de adultos mayores en [[LOCATION|Milán]]: 1,400 euros al mes, con vivienda. La que la atendió fue una señora, [[PERSON|Giovanna Rivas]]; su cuenta es [[OTHER_ID|@giovanna.rivas.reclutamiento]].
O: ¿Le pidieron dinero?
C: Sí, 3,500 soles por "trámites y pasaje". Mi hermana depositó en una cuenta de ahorros a nombre de la agencia, la [[OTHER_ID|193-48726150-0-38]]. En el voucher sale el RUC: [[ID_NUMBER|20614839275]].
O: ¿La agencia tiene oficina?
C: Decían que sí, en el [[ADDRESS|jirón Camaná 780, oficina 504]], en el [[LOCATION|Cercado]]. Fui ayer y está cerrada; el portero me dijo que se mudaron hace dos semanas y no dejaron dirección.
O: ¿Cuándo viajó su hermana?
C: [[DATE_TIME|El 3 de mayo]]. Primero voló a [[LOCATION|Madrid]] y de ahí a [[LOCATION|Milán]]. La última vez que hablamos fue [[DATE_TIME|el 19 de mayo]], como a [[DATE_TIME|las 11 de la noche]], hora de allá.
O: ¿Qué le dijo esa vez?
C: Que no era para cuidar ancianos. Que la tenían en un departamento con otras chicas latinas, que le habían quitado el pasaporte y que le decían que debía 8,000 euros. Me mandó su ubicación, [[ADDRESS|Via Padova 214, interno 7]], y después ya nada.
O: ¿Tiene el número de pasaporte de su hermana?
C: Sí, tengo la foto: [[ID_NUMBER|121847366]]. Y su DNI es [[ID_NUMBER|70 418 295]].
O: ¿Y sus números de teléfono?
C: Su celular de acá es [[PHONE_NUMBER|+51 987 402 118]], pero allá usaba uno italiano, el [[PHONE_NUMBER|+39 351 274 8806]]. Los dos están apagados.
O: ¿Tiene también su correo?
C: Sí: [[EMAIL_ADDRESS|rosita_cardenas93@gmail.com]]. Ya le escribí como veinte veces.
O: Señor [[PERSON|Efraín]], lo que me cuenta tiene señales de trata internacional: captación con una oferta falsa, cobro por adelantado, retención del pasaporte y una deuda. Vamos a comunicarlo a la Policía Nacional, a la fiscalía especializada y a Cancillería, para que el Consulado del [[LOCATION|Perú]] en [[LOCATION|Milán]] coordine con la policía italiana. La OIM también puede apoyar en el retorno.
C: ¿Y yo qué hago con la señora [[PERSON|Giovanna]]? Me sigue escribiendo por WhatsApp desde el [[PHONE_NUMBER|+39 347 812 5590]]. Dice que mi hermana está bien, que está "en capacitación", y que no la busquemos.
O: No le responda con información ni le diga que llamó aquí. Guarde capturas de todos los mensajes, del voucher y de la publicación de la agencia. Con eso puede poner la denuncia; el delito de trata está en el artículo 129-A del Código Penal.
C: Ya. Mi mamá está destrozada, no come desde hace días.
O: Podemos derivarla para apoyo psicológico. ¿Dónde viven ustedes?
C: En [[LOCATION|Los Olivos]], en la [[ADDRESS|Av. Naranjal, cuadra 3, la casa amarilla de la esquina con el pasaje Las Gardenias]].
O: ¿A qué número lo llamamos?
C: A mi celular, el [[PHONE_NUMBER|926-310-457]], o al fijo de la casa, [[PHONE_NUMBER|01 523 7784]].
O: Gracias. Hoy mismo registramos el caso y lo llamamos mañana para darle el número de la denuncia.
C: Gracias, señorita. Solo quiero que mi hermana vuelva.
""",
    ),
    # 6. English: Indian man held with others in a house in Chorrillos, forced to run online scams
    (
        "h31-en-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hello? Hello, English, please? I need help, I don't have much time.
O: Yes, I speak English. Are you safe to talk right now?
C: I'm in the bathroom. They take our phones at night, but I have a second phone hidden. My name is [[PERSON|Arjun Nair]]. I'm from [[LOCATION|India]], from [[LOCATION|Kochi]], in [[LOCATION|Kerala]].
O: Okay, [[PERSON|Arjun]]. Tell me what is happening.
C: I was recruited on Telegram for a customer service job in [[LOCATION|Peru]], 1,200 dollars a month. The recruiter was [[OTHER_ID|@Priya_HR_LatamJobs]]. When we landed in [[LOCATION|Lima]] they took our passports and drove us to a house. We work fourteen hours a day making fake profiles and cheating people with crypto investments. If we miss the target they fine us 50 dollars, or they beat us.
O: I'm sorry. How many people are with you?
C: Around twenty. From [[LOCATION|India]], [[LOCATION|Nepal]], [[LOCATION|Kenya]], a few from [[LOCATION|Colombia]]. Two girls from [[LOCATION|Kenya]] are very young, maybe [[AGE|seventeen]].
O: Do you know where the house is?
C: Not the street. From the van I saw a sign for [[LOCATION|Chorrillos]]. It is [[ADDRESS|the grey house two blocks behind the Plaza Vea supermarket, across from a small park with a blue church]]. We are kept on [[ADDRESS|the third floor, the room at the back with no window]].
O: Can you send a location from that phone?
C: I sent it once to my brother: [[ADDRESS|minus 12.1783, minus 77.0152]].
O: That helps a lot. Who is in charge there?
C: A Peruvian man, we call him Mr. [[PERSON|Kevin]]. And a supervisor, [[PERSON|Marco Salas]], he carries a gun. They move us in a white van, the plate is [[OTHER_ID|BJX-614]].
O: Do you remember your passport number?
C: Yes, [[ID_NUMBER|Z4417829]]. My brother has a copy. His name is [[PERSON|Vivek Nair]], he is in [[LOCATION|Dubai]]. His number is [[PHONE_NUMBER|+971 50 318 2274]], and his email is [[EMAIL_ADDRESS|vivek.nair.dxb@gmail.com]].
O: Thank you. And the number of the phone you're using now?
C: It's a Peruvian chip, [[PHONE_NUMBER|nine four eight, five one two, seven seven three]]. Only WhatsApp messages, please. Never call, they will hear it.
O: Understood. Have you tried calling the police?
C: I tried 911 the first week, it didn't work. I didn't know the number here.
O: In [[LOCATION|Peru]] the police emergency number is 105, and this line is free, 24 hours. Is anyone hurt right now?
C: A boy from [[LOCATION|Nepal]], [[PERSON|Suman]], they beat him two days ago because he asked for his passport. His arm is very swollen. He is [[AGE|twenty-two]].
O: We will pass this to the police anti-trafficking unit and the prosecutor tonight, and we'll inform your embassy. Is there a moment when there are fewer guards?
C: On [[DATE_TIME|Sunday the 14th]] there is a party, it is Mr. [[PERSON|Kevin]]'s birthday. Only one guard will stay, and he drinks.
O: Okay. Please don't try to escape alone, it could be dangerous. Keep the phone hidden and silent. We will send you a message that says "your parcel is ready", so you know it's us.
C: Okay. "Your parcel is ready." Thank you, ma'am. Please tell my brother.
O: We'll write to [[PERSON|Vivek]] by email tonight. Stay safe, [[PERSON|Arjun]].
C: Someone is coming. Bye.
""",
    ),
    # 7. Brazilian Portuguese: sister in Rio Branco, girl (17) taken to a club in Puerto Maldonado
    (
        "h31-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde. A senhora fala português?
O: Sim, um pouco. Pode falar devagar, eu entendo.
C: Graças a Deus. Meu nome é [[PERSON|Luzia Ferreira da Silva]], eu moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre minha irmã caçula, [[PERSON|Jéssica]]. Ela tem [[AGE|dezessete anos]].
O: O que aconteceu com a [[PERSON|Jéssica]]?
C: Faz um mês ela foi para o [[LOCATION|Peru]] com uma mulher chamada [[PERSON|Kátia]], que prometeu trabalho de garçonete num restaurante em [[LOCATION|Puerto Maldonado]], mil e quinhentos reais por mês. Elas passaram de ônibus por [[LOCATION|Assis Brasil]] e [[LOCATION|Iñapari]].
O: E depois?
C: Agora ela me manda áudio chorando. Diz que não é restaurante, é uma boate, que obrigam ela a fazer programa com os clientes, e que a dona diz que ela deve dois mil soles da viagem e da roupa.
O: Ela sabe o nome da boate ou onde fica?
C: Chama [[ORGANIZATION|Boate Copacabana Night]]. Fica [[ADDRESS|perto da rodoviária, na rua de terra atrás do mercado, uma casa de madeira azul com luzes roxas na porta]]. As meninas dormem [[ADDRESS|no quartinho dos fundos, em cima do depósito de cerveja]].
O: Tem outras meninas lá?
C: Ela falou de mais quatro, duas brasileiras e duas peruanas. Uma se chama [[PERSON|Thainá]], tem [[AGE|dezesseis]].
O: A [[PERSON|Jéssica]] tem documentos com ela?
C: A dona pegou o RG dela. Eu tenho o CPF: [[ID_NUMBER|482.917.365-20]]. Ela nasceu em [[DATE_TIME|12 de março de 2008]].
O: Tem um número para falar com ela?
C: Ela tem um chip peruano que a [[PERSON|Kátia]] deu: [[PHONE_NUMBER|nove sete três, quatro zero oito, um cinco dois]]. O número brasileiro dela é [[PHONE_NUMBER|(68) 99214-7730]], mas lá não pega.
O: E dessa [[PERSON|Kátia]], sabe mais alguma coisa?
C: O nome dela é [[PERSON|Kátia Monteiro]]. O Instagram é [[OTHER_ID|@katia.vagas.exterior]]. Ela mora em [[LOCATION|Cobija]], na [[LOCATION|Bolívia]], e recruta meninas aqui no [[LOCATION|Acre]] o tempo todo.
O: Quando foi a última mensagem da sua irmã?
C: [[DATE_TIME|Sábado, dia 8]], de madrugada. Ela disse que ia tentar fugir. Desde então, nada.
O: Senhora [[PERSON|Luzia]], isso é tráfico de pessoas para exploração sexual, e a sua irmã é menor de idade. Vamos avisar agora a polícia e a promotoria de [[LOCATION|Madre de Dios]] para irem ao local. Também vamos informar o Consulado do [[LOCATION|Brasil]].
C: Obrigada. A minha mãe, dona [[PERSON|Graça]], quer ir para lá, mas não tem dinheiro.
O: Não precisa viajar agora. Aí no [[LOCATION|Brasil]] vocês também podem registrar a denúncia na Polícia Federal ou pelo Disque 100. E se a [[PERSON|Jéssica]] ligar, diga que ela pode ligar para nós, zero oitocentos, dois, trinta e dois, trinta e dois. A ligação é de graça, até sem crédito.
C: Vou falar para ela. Vocês podem me ligar?
O: Claro. Qual é o seu número?
C: [[PHONE_NUMBER|+55 68 98107-4452]], tem WhatsApp. E o meu e-mail é [[EMAIL_ADDRESS|luzia.ferreira.rb@hotmail.com]].
O: Obrigada. Eu ligo para a senhora ainda hoje, quando a polícia for ao local.
C: Obrigada, obrigada. Que Deus proteja a minha irmã.
""",
    ),
    # 8. Venezuelan Spanish: seamstress in a Gamarra workshop, unpaid for months, documents held, two boys
    (
        "h31-ve-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, disculpa, yo no sé si esto es con ustedes, pero una amiga me pasó este número. Yo soy venezolana y estoy trabajando en un taller de costura y la cosa está burda de fea.
O: Cuéntame con calma. ¿Estás en un lugar seguro ahora?
C: Sí, ahorita estoy en el cuarto donde vivo, con mi chamo. El taller queda aparte.
O: ¿Cómo te llamas?
C: [[PERSON|Yusmary Carolina Pérez Guédez]], pero todo el mundo me dice [[PERSON|Yusma]]. Tengo [[AGE|28 años]], soy de [[LOCATION|Barquisimeto]].
O: ¿Qué pasa en el taller, [[PERSON|Yusmary]]?
C: Chama, trabajamos de siete de la mañana a once de la noche, de lunes a sábado, cosiendo jeans. Nos prometieron 1.800 soles al mes y nos pagan por docena, a 3 soles la docena, y encima nos descuentan hasta el agua. Ya me deben como cuatro meses. Y el señor nos tiene los documentos "guardados" pa' que no nos vayamos.
O: ¿Dónde queda el taller?
C: En [[LOCATION|Gamarra]], en [[LOCATION|La Victoria]]. Es en [[ADDRESS|la galería de la esquina del jirón Antonio Bazo con Huánuco, cuarto piso, el puesto 4-12, el de la persiana amarilla]].
O: ¿Quién es el dueño?
C: El señor [[PERSON|Wílber Quispe Mayta]], y la esposa, la señora [[PERSON|Milagros]]. Ese señor es arrecho, vale, grita todo el día, y una vez le lanzó una tijera a un pana porque se equivocó en una costura.
O: ¿Hay menores de edad trabajando?
C: Sí, dos chamos venezolanos, [[PERSON|Yorman]] y [[PERSON|Keiber]], de [[AGE|15]] y [[AGE|16]]. Ellos ni salen, duermen en el taller mismo, en [[ADDRESS|un cuartico sin ventana detrás del puesto]], encima de los rollos de tela.
O: ¿Qué documentos te retuvieron?
C: Mi cédula, la [[ID_NUMBER|V-25.118.604]], y el CPP, el [[ID_NUMBER|003417852]]. Los dos los tiene el señor [[PERSON|Wílber]] en una caja fuerte.
O: ¿Tienes alguna prueba de los pagos o de que trabajas ahí?
C: Sí, él a veces me yapea cuarenta, cincuenta soles, desde el [[PHONE_NUMBER|945 603 281]], y sale a nombre de [[PERSON|Wílber Q.]] Y en las boletas que le da a los clientes sale su RUC, [[ID_NUMBER|10452871936]]. Yo les tomé foto.
O: Muy bien, guarda esas fotos. ¿Dónde vives tú?
C: En [[LOCATION|San Juan de Lurigancho]], [[ADDRESS|por el paradero 10 de Canto Grande, subiendo la escalera al lado de la bodega Don Pepe, la puerta marrón del tercer piso]].
O: ¿Con quién vives?
C: Con mi chamo, [[PERSON|Santiago]], tiene [[AGE|7 añitos]]. Ni al colegio lo he podido meter, porque no me da el tiempo, vale. Lo cuida una vecina mientras yo estoy en el taller.
O: Lo que me cuentas es explotación laboral, con documentos retenidos y menores trabajando, y puede ser trata. Vamos a pasarlo a la fiscalía, a la policía y a SUNAFIL, y te podemos conseguir una abogada gratuita para recuperar tus documentos y lo que te deben.
C: Ay, qué chévere, mi amor. Pero si él se entera de que fui yo, me bota y no me paga nada.
O: Tu identidad queda protegida. ¿El señor dijo cuándo les iba a pagar?
C: Dijo que [[DATE_TIME|el viernes 30]] nos paga, pero siempre dice lo mismo.
O: ¿A qué número te podemos llamar o escribir?
C: Mi número de aquí es el [[PHONE_NUMBER|nueve uno cero, cuatro cuatro dos, seis ocho siete]], y mi WhatsApp venezolano, el [[PHONE_NUMBER|+58 412 736 0915]]. Y si no, por correo: [[EMAIL_ADDRESS|yusma.perez.g@gmail.com]].
O: Perfecto. Mañana en la noche, después del taller, te llama la abogada. Y si pasa algo con los chamos, llama de una vez al 0800-2-3232 o al 105.
C: Listo, mi amor. Coño, menos mal que alguien me para bola. Gracias, de verdad.
""",
    ),
    # 9. Andean Spanish with Quechua: grandmother in Kishuará, grandson (15) taken to coca fields in the VRAEM
    (
        "h31-andes-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, mamita... buenas tardes. Disculpe, yo no hablo bien castellano. Llamo de [[LOCATION|Kishuará]], de [[LOCATION|Andahuaylas]]. Por mi nieto, pues, mamay.
O: Imaynalla, mamita. No se preocupe, hable tranquila, yo le entiendo un poquito de quechua. ¿Cómo se llama usted?
C: [[PERSON|Eulogia Ccorimanya Huamaní]], mamita.
O: ¿Y su nieto?
C: [[PERSON|Wilfredo]], [[PERSON|Wilfredo Ccorimanya Ttito]]. [[AGE|Quince años]] tiene, mamita, [[AGE|quince]] nomás. Su mamá, mi hija, ha muerto hace dos años; yo nomás lo crío.
O: ¿Qué le ha pasado a [[PERSON|Wilfredo]]?
C: Un señor ha venido a la comunidad, enganchador dicen. [[PERSON|Puma]] le dicen; su nombre es [[PERSON|Máximo Yucra]]. Ha dicho "vamos al valle, allá se gana bien, cincuenta soles diario". Con otros jovencitos se lo ha llevado en su camión. [[DATE_TIME|El 20 de febrero]] se ha ido mi wawa.
O: ¿A qué lugar del valle se lo llevaron?
C: A [[LOCATION|Pichari]], dice, al [[LOCATION|VRAEM]]. A la chacra de coca, pues. Él me ha llamado una vez del celular de otro chico, llorando: "Mamay, manam pagawankuchu, no me pagan", diciendo. Que de noche los hacen pisar la hoja en la poza, que no los dejan salir, que hay señores con armas.
O: Eso es muy grave, mamita. ¿Él le dijo dónde está exactamente la chacra?
C: Arí. Ha dicho que es [[ADDRESS|en el kilómetro 8 de la carretera a Natividad, pasando el puente colgante, una hora subiendo a pie, la casita de calamina al lado del secadero]].
O: ¿Tiene el número de ese chico desde donde la llamó?
C: Arí, mamita, mi vecino [[PERSON|Rubén]] me lo ha apuntado en un papelito. Aquí está.
O: Léamelo despacito, por favor.
C: [[PHONE_NUMBER|Nueve... ochenta y tres... cuarenta y uno... cero dos... setenta]].
O: Le repito: [[PHONE_NUMBER|983 410 270]]. ¿Está bien?
C: Arí, así es.
O: ¿Cuántos chicos se llevaron de la comunidad?
C: Seis, mamita. Tres son menores, como mi [[PERSON|Wilfredo]]; los otros ya son jóvenes. Urpichay, yanapawayku, ayúdenos. Todas las mamás están llorando.
O: ¿Sabe algo del camión del señor [[PERSON|Yucra]]?
C: Camión rojo, mamita, con barandas de madera. [[PERSON|Rubén]] ha visto la placa: [[OTHER_ID|A8T-731]].
O: ¿El DNI de su nieto lo tiene usted?
C: No, el enganchador se lo ha llevado, "para el contrato", dice. Pero tengo su partida: ha nacido [[DATE_TIME|el 9 de agosto del 2009]].
O: Gracias, mamita. Y su DNI de usted, para registrar la denuncia, ¿me lo puede dar?
C: [[ID_NUMBER|Treinta y uno, cero cuatro, ochenta y siete, veintiséis]].
O: [[ID_NUMBER|31048726]]. Mamita [[PERSON|Eulogia]], lo que le pasa a su nieto es trata, explotación de menores. Vamos a avisar ahora a la fiscalía y a la policía de [[LOCATION|Pichari]] para que vayan a esa chacra, y a la DEMUNA de [[LOCATION|Andahuaylas]] para que la acompañen a usted.
C: Taytacha, gracias, mamita. Que el Apu lo proteja a mi wawa.
O: ¿A qué número la llamamos para avisarle?
C: Al celular de [[PERSON|Rubén]], mamita, yo no tengo. [[PERSON|Rubén Huarcaya]], el [[PHONE_NUMBER|951 287 046]]. Él me avisa.
O: Muy bien. Mañana la llamamos al número de [[PERSON|Rubén]]. Si su nieto vuelve a llamar, dígale que llame gratis a este número, a cualquier hora.
C: Ya, mamita. Diospagarasunki, Dios se lo pague.
""",
    ),
    # 10. own choice: ticket clerk at a Chiclayo bus terminal, girl (15) about to travel to the border with a man
    (
        "h31-clerk-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches. Le hablo de la boletería de [[ORGANIZATION|Transportes Señor de Sipán Express]], en el terminal de la [[ADDRESS|Av. Bolognesi 1240]], en [[LOCATION|Chiclayo]]. Me llamo [[PERSON|Rocío Cumpa Llontop]], soy supervisora de turno.
O: Buenas noches, señora [[PERSON|Rocío]]. Dígame.
C: Tengo una menor que va a viajar a [[LOCATION|Tumbes]] en nuestro bus de [[DATE_TIME|las 10:40 de la noche]], y algo no me cuadra.
O: ¿Qué datos tiene de ella?
C: Se llama [[PERSON|Kiara Yamilé Sánchez Vílchez]]; según su DNI tiene [[AGE|15 años]]. El DNI es el [[ID_NUMBER|78215604]]. Viaja con un señor, [[PERSON|Jhonny Alexander Távara Ruiz]], DNI [[ID_NUMBER|43907718]], que dice que es su tío.
O: ¿Presentaron autorización de viaje?
C: Sí, un permiso notarial, de la [[ORGANIZATION|Notaría Delgado Rentería]], pero el sello está borroso y la firma de la mamá no se parece a la de la copia de su DNI.
O: ¿Qué más le llamó la atención?
C: La chica está muy maquillada, no lleva equipaje, y cuando le pregunté a dónde iba me dijo bajito que a trabajar en una discoteca en [[LOCATION|Aguas Verdes]], que le iban a pagar 150 soles por noche. El señor se molestó y le dijo que se callara. Pagó los pasajes en efectivo, asientos 23 y 24, segundo piso.
O: ¿Ha podido comunicarse con la mamá?
C: En el permiso está el fijo de la mamá, la señora [[PERSON|Martha Vílchez]]: [[PHONE_NUMBER|(074) 27-3415]]. Llamé dos veces y nadie contesta. También sale un celular, el [[PHONE_NUMBER|979 514 208]]; ahí me contestó un hombre que dijo "sí, yo soy el papá, déjela viajar", pero la chica dice que su papá vive en [[LOCATION|Lima]] hace años.
O: ¿Dónde están ellos ahora?
C: En [[ADDRESS|la sala de espera del segundo nivel, en las bancas frente a la puerta de embarque 3]]. El bus es el de placa [[OTHER_ID|T6L-952]], ya está en plataforma.
O: Hizo muy bien en llamar. Voy a alertar ahora mismo a la policía y a la fiscalía de familia de turno. ¿Puede demorar el embarque sin ponerse en riesgo?
C: Sí, le puedo decir que hay un problema con el manifiesto. Igual el Decreto Supremo 017-2009-MTC nos obliga a verificar la autorización de los menores.
O: Exacto. No lo confronte; dígale solo que están verificando documentos.
C: Otra cosa: cuando sacó los pasajes dejó su correo para el boleto electrónico, [[EMAIL_ADDRESS|jhonny.tavara_ruiz@outlook.com]]. Y mientras esperaba vi en su celular un chat con una tal [[PERSON|Rosa]], que le escribía "la chica tiene que estar acá mañana a [[DATE_TIME|las 7]]".
O: Eso es muy importante, por favor anótelo todo. ¿El señor ha dicho a dónde exactamente la lleva?
C: No, pero en su ficha de pasajero puso como dirección de destino [[ADDRESS|Calle Los Almendros 318, frente a la losa deportiva]], en [[LOCATION|Aguas Verdes]].
O: ¿Me deja sus datos para que la policía la ubique?
C: Mi celular es [[PHONE_NUMBER|+51 979 305 662]], y el correo de la boletería es [[EMAIL_ADDRESS|boleteria.chiclayo@sipanexpress.com.pe]].
O: Gracias. La policía llega en unos minutos. Si el señor intenta salir del terminal con la chica, avise de inmediato al personal de seguridad y vuelva a llamarnos.
C: Ya está entrando un suboficial, el suboficial [[PERSON|Carrasco]]. Le paso los datos.
O: Perfecto. Dígale que la línea ya alertó a la fiscalía de familia. La llamamos más tarde para saber cómo quedó todo, señora [[PERSON|Rocío]].
C: Gracias, señorita. Buenas noches.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h31-", "heldout31.jsonl")
