# ruff: noqa: E501
"""Held-out set h45: 10 new fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files: ../shared/eval/LABELS.md,
../shared/eval/make_dev.py and make_heldout.py (whose write_set() turns the
[[TYPE|surface]] markup below into offsets and writes heldout45.jsonl). All people,
phone numbers, IDs, accounts, plates, vessels, handles, e-mails and businesses are invented.

Mix (callers in transit / at borders, relatives abroad, one escaped victim):
  h45-01  es  lowercase Whisper-style: passenger at the Tacna international bus terminal
  h45-02  es  lowercase Whisper-style: escaped adolescent on a borrowed phone at Desaguadero
  h45-03  es  lowercase Whisper-style: truck driver at a truck stop on the Panamericana Norte
  h45-04  es  lowercase Whisper-style: mother in Spain, son held on a fishing boat in Callao port
  h45-05  es  cased Spanish: aunt in Argentina, niece held in a lodging house in Iñapari
  h45-06  en  sister in the US, teenage sister held by a smuggler at Aguas Verdes
  h45-07  en  Ghanaian footballer stranded near the Callao airport, receptionist's phone
  h45-08  pt  Brazilian woman in Acre, brother taken across at Iñapari to a mining camp
  h45-09  es  Venezuelan Spanish (cased): woman in Chile, sister held by a trochero in Tacna
  h45-10  es  Andean Spanish with Quechua words (cased): grandmother, granddaughter taken by bus

Annotation conventions: those of make_dev.py (PERSON without titles/articles, cue words
outside ID/plate/phone spans, AGE with its unit when said, DATE_TIME for dates/weekdays/clock
times tied to an event but not relative words or routine hours, country names LOCATION,
nationality adjectives not labelled, hotline name/number and 105 not PII). Choices beyond them:
  * Dictated numbers: a span holds only the number/letter words of one unbroken dictation
    (with "guion", "más", "y" inside number words). A filler ("eh", "este"), a correction
    ("no perdón", "no espere") or a turn change ends the span, so one number said in pieces
    gives several spans of the same type. Abandoned (corrected) pieces are labelled too;
    partial numbers ("termina en cinco cinco tres") are labelled.
  * Operator read-backs are labelled exactly like the caller's original.
  * Yape / Plin / Pix-by-phone / mobile-money / Pago Móvil numbers are phone numbers, so
    PHONE_NUMBER; bank account numbers and other wallet identifiers are OTHER_ID; a Pix key
    that is a CPF is ID_NUMBER. App names (Yape, Plin, Pix, WhatsApp), bank names and the
    four-digit Venezuelan bank code ("cero uno cero dos") are not labelled.
  * E-mails and handles spelled letter by letter: the whole spelled run ("punto", "arroba",
    "guion bajo" and letter names included) is one EMAIL_ADDRESS / OTHER_ID span. Handles and
    profile URLs are OTHER_ID even when they contain a person's name.
  * Vessel names and vessel registrations are OTHER_ID (vehicle identifiers, like plates).
    A company's RUC and a seaman's or footballer's passport are ID_NUMBER.
  * Precise spots where someone is or was held are ADDRESS: a bus terminal named as the spot,
    a stall, a bench, a ticket window, a room, a floor, a dock, a km point, Mz./Lote. A road
    name alone ("la panamericana") and a whole town are not ADDRESS (towns are LOCATION).
  * "el Callao" / "el Acre": the article is left out of the LOCATION span.
  * Names that are common words (esperanza, rocío, cielo, gringa, lobo, catire, choclo...)
    are PERSON only where used as a name; the same word used as a common word is not labelled
    (h45-01 has "esperanza" both ways, h45-03 "pastor" both ways; in h45-09 a baby is named
    Santiago, a PERSON there, though make_dev.py has it as a city).
  * A misheard name or number in the transcript is labelled as transcribed.
  * "cumple diecisiete" / "turns eighteen" is AGE; a birthday is DATE_TIME; a baby's
    "ocho meses" is AGE.
  * Quechua kinship and endearment words (mamay, wawa, turay, ñañay, urpichay, mamitay) are
    not PII; a comunidad's name is LOCATION.
  * Not PII: money amounts, durations, counts, routine hours, legal articles (artículo 153-A,
    Ley 28950), the hotline numbers (1818, "mil ochocientos dieciocho", 0800-2-3232), 105,
    and public institutions, Peruvian or foreign (Policía, Fiscalía, DEMUNA, CEM, Ministerio
    de la Mujer, OIM/IOM, Migraciones, Capitanía de Puerto, Polícia Federal, embassies).
  * A place name used as an adjective ("his Ghana number") is still LOCATION.
  * Overlap with make_dev.py's surfaces: only Tacna and Chile (asked for by the brief), the
    name Santiago (see above) and plain ages ("19 años", "catorce años").

Run:  cd redact && python3 make_heldout45.py   (writes heldout45.jsonl next to this file)
"""

from make_heldout import write_set

CALLS = [
    (
        "h45-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches eh este le llamo desde el [[ADDRESS|terminal internacional]] de [[LOCATION|tacna]] estoy esperando mi bus y hay algo que no me gusta nada
O: la escucho señora está usted en un lugar seguro para hablar
C: sí sí estoy en la cola del baño o sea lejitos de ellos hay un señor con tres chicas jovencitas se ven de [[AGE|quince]] [[AGE|dieciséis]] más o menos y él tiene los tres dnis en la mano no se los da
O: dónde están sentados exactamente y ha escuchado algo de lo que hablan
C: en [[ADDRESS|las bancas del fondo al lado del puesto de emoliente que tiene el toldo azul]] eh frente a [[ADDRESS|la ventanilla catorce]] de [[ORGANIZATION|transportes nevado sajama]] esa que hace colectivo a [[LOCATION|chile]] y una de las chicas lloraba decía que su mamá no sabe y él le dijo cállate que tu mamá ya recibió su plata por ya pe o sea que ya le mandó quinientos soles y se rió
O: sabe cómo se llama el señor o cómo le dicen
C: las chicas le dicen tío [[PERSON|pancho]] no perdón tío [[PERSON|panchito]] pero cuando contestó el celular dijo habla [[PERSON|leoncio]] y le dictó a alguien su número para que le yapeen [[PHONE_NUMBER|nueve cinco dos cuarenta y uno]]
O: anoté [[PHONE_NUMBER|nueve cinco dos cuarenta y uno]] escuchó el resto
C: [[PHONE_NUMBER|setenta ochenta y seis]] no espere [[PHONE_NUMBER|setenta ochenta y nueve]] creo que eso dijo
O: le repito [[PHONE_NUMBER|nueve cinco dos cuatro uno siete cero ocho nueve]] es así
C: eso es y dijo que el bus de ellos sale a [[DATE_TIME|las once y cuarto]] ya falta media hora nomás
O: voy a alertar ahora mismo a la policía del terminal y a la división de trata para que intervengan antes del embarque me puede dar su nombre o un número por si la policía necesita ubicarla
C: me llamo [[PERSON|esperanza]] [[PERSON|esperanza villca ticona]] mi número es [[PHONE_NUMBER|nueve cuatro ocho]] eh [[PHONE_NUMBER|cero seis dos siete uno uno]]
O: gracias señora [[PERSON|esperanza]] no se acerque a ellos quédese en la cola y si ve que suben al bus vuelva a llamar al mil ochocientos dieciocho
C: ya señorita ojalá lleguen a tiempo todavía tengo esperanza esas chiquitas no saben a dónde van
""",
    ),
    (
        "h45-02",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: aló señorita ayúdeme por favor me escapé estoy en [[LOCATION|desaguadero]] [[ADDRESS|cerca del puente del lado peruano]]
O: tranquila te vamos a ayudar estás en un lugar seguro ahorita de quién es este teléfono
C: de una señora que vende api me lo prestó la señora [[PERSON|cleofé]] su puesto es [[ADDRESS|el tercero de la fila de las que venden api y pan al costado de la garita]] estoy sentada atrás de su carretilla
O: muy bien quédate con ella cómo te llamas y cuántos años tienes
C: [[PERSON|nayeli]] [[PERSON|nay eli cutipa]] tengo [[AGE|diecisiete]] no [[AGE|dieciséis]] o sea cumplo [[AGE|diecisiete]] [[DATE_TIME|el veintiocho de noviembre]]
O: [[PERSON|nayeli]] de dónde te escapaste y quién te llevó
C: de un karaoke en [[LOCATION|ilave]] el [[ORGANIZATION|karaoke los cuatro vientos]] es [[ADDRESS|en el jirón huancané cuadra siete]] el que tiene las lunas pintadas de negro al costado de una ferretería nos tenían en [[ADDRESS|el cuarto del fondo del segundo piso]] con candado estuve como tres meses me trajo de [[LOCATION|tingo maría]] una señora que le dicen la [[PERSON|gringa]] me dijo que iba a ser moza en un restaurante que me iban a pagar mil doscientos al mes y acá me quitó mi dni y mi celular
O: te acuerdas el número de tu dni
C: sí [[ID_NUMBER|siete uno]] eh [[ID_NUMBER|cuatro cero nueve tres tres ocho]]
O: te repito [[ID_NUMBER|siete uno cuatro cero nueve tres tres ocho]]
C: ajá eso quedan cuatro chicas allá dos son de [[LOCATION|bolivia]] y una chiquita de [[AGE|catorce]] que le dicen [[PERSON|pulga]] y el que cuida la puerta es el marido de la [[PERSON|gringa]] el [[PERSON|tuerto limachi]]
O: ahora mismo llamo a la comisaría de [[LOCATION|desaguadero]] para que vayan a buscarte y a la policía de [[LOCATION|ilave]] por las otras chicas en la pantalla veo que este número termina en [[PHONE_NUMBER|cinco cinco tres]] es el de la señora
C: sí es de ella y mi mamá su número es [[PHONE_NUMBER|nueve seis uno ocho ocho siete cero cuarenta]] no [[PHONE_NUMBER|cero catorce]] está en [[LOCATION|tingo maría]] no sabe nada
O: la vamos a llamar con cuidado no te muevas de ahí la policía llega en veinte minutos más o menos y si se corta vuelve a marcar el mil ochocientos dieciocho es gratis
C: ya señorita gracias ya no quiero volver ahí
""",
    ),
    (
        "h45-03",
        "es",
        """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches jefa mire yo soy camionero estoy parado en el [[ORGANIZATION|grifo el tumi de oro]] en el [[ADDRESS|kilómetro setecientos ochenta y dos de la panamericana norte]] pasando [[LOCATION|mórrope]] y acá hay un camión que no me gusta
O: qué es lo que ha visto
C: es un furgón que tiene como doce chibolos atrás o sea en la tolva con la puerta amarrada con soga yo pasé al costado y pedían agua son chicos de [[AGE|trece]] [[AGE|catorce años]] así
O: sabe a dónde los llevan
C: el chofer estaba comiendo en el restaurante del grifo y le contó a la señora que los lleva a un fundo de espárragos en [[LOCATION|virú]] para la campaña que trabajan de seis a seis y les paga treinta soles el día pero primero le tienen que pagar el pasaje
O: alcanzó a ver la placa
C: sí la anoté es [[OTHER_ID|te cinco hache]] eh [[OTHER_ID|ocho cuatro siete]] y en la puerta dice [[ORGANIZATION|transportes hermanos ñaupari]] con un ruc abajo [[ID_NUMBER|veinte sesenta cuarenta y ocho]] este [[ID_NUMBER|diecisiete treinta y cinco dos]]
O: le repito la placa [[OTHER_ID|te cinco hache ocho cuatro siete]] es correcto
C: correcto jefa el furgón es blanco con una franja verde
O: sabe cómo se llama el chofer
C: le dicen [[PERSON|cachito]] el ayudante le gritaba oye [[PERSON|cachito]] apúrate es flaco con gorra roja y el ayudante es un gordito que le dicen [[PERSON|pastor]] porque anda con la biblia pero de pastor no tiene nada los dos ya se fueron a dormir en la cabina y los chicos siguen atrás encerrados dijeron que salen a [[DATE_TIME|las cuatro de la mañana]]
O: esto puede ser trata de menores con fines de explotación laboral artículo ciento cincuenta y tres a del código penal vamos a avisar a la comisaría más cercana y a la policía de carreteras para que intervengan antes de que salgan me da su nombre y un número
C: [[PERSON|feliciano]] [[PERSON|feliciano roque]] mi celular es [[PHONE_NUMBER|nueve noventa y nueve tres cero dos cinco ocho uno]] también tengo wasap por si quieren foto del furgón yo duermo acá llevo catorce horas manejando mañana sigo para [[LOCATION|tumbes]]
O: gracias don [[PERSON|feliciano]] no se acerque al chofer ni le diga nada la patrulla va para allá en un rato lo llamamos
C: ya jefa gracias que dios le pague
""",
    ),
    (
        "h45-04",
        "es",
        """
O: línea contra la trata buenas tardes
C: aló señorita buenas tardes le llamo desde [[LOCATION|españa]] desde [[LOCATION|murcia]] es por mi hijo que está en el [[LOCATION|callao]] trabajando en un barco y no lo dejan bajar
O: la escucho señora cómo se llama su hijo y cuántos años tiene
C: [[PERSON|brandon]] no ay [[PERSON|brandon]] es el mayor perdón estoy nerviosa mi hijo [[PERSON|jair]] [[PERSON|jair alexis torres]] tiene [[AGE|dieciséis años]] los cumplió [[DATE_TIME|el nueve de junio]]
O: cómo llegó a ese barco
C: un señor que le dicen [[PERSON|choclo]] lo llevó desde [[LOCATION|chimbote]] le dijo que iba a ganar dos mil al mes de ayudante en una bolichera y ahora me dice que trabaja día y noche que no le pagan nada que debe el pasaje y la comida y el patrón le ha pegado
O: sabe el nombre de la embarcación
C: sí se llama [[OTHER_ID|doña tránsito dos]] y la matrícula me la mandó en foto es [[OTHER_ID|ce o guion dos tres uno cuatro cinco guion pe eme]] está en [[ADDRESS|el muelle del fondo al costado de las grúas amarillas donde descargan la anchoveta]] pero a veces salen veinte días a alta mar
O: su hijo tiene celular
C: el suyo se lo quitó el patrón me escribe del celular de un compañero que le dicen [[PERSON|cucho]] es el [[PHONE_NUMBER|nueve uno cinco]] eh [[PHONE_NUMBER|siete tres tres cuatro cero ocho]]
O: le repito [[PHONE_NUMBER|nueve uno cinco siete tres tres cuatro cero ocho]]
C: sí y otra cosa señorita yo ya le mandé plata a ese [[PERSON|choclo]] para que lo suelte quinientos soles por yape al [[PHONE_NUMBER|nueve cuatro siete]] este [[PHONE_NUMBER|cero uno dos]]
O: me dicta el resto del número
C: [[PHONE_NUMBER|seis seis cinco]] y después me pidió mil más a una cuenta del bcp a nombre de [[PERSON|marleny caballero]] la cuenta es [[OTHER_ID|tres nueve cuatro guion dos siete ocho uno cinco cero seis guion uno guion cuatro siete]]
O: señora no mande más dinero esa deuda es ilegal y lo que le pasa a [[PERSON|jair]] es trata de un menor con fines de explotación laboral lo derivamos ahora a la fiscalía a la policía y a la capitanía de puerto para que intervengan la embarcación guarde las capturas de los yapeos y de la cuenta a qué número la llamamos
C: a mi celular de acá [[PHONE_NUMBER|más treinta y cuatro seis dos ocho cuarenta y uno setenta y tres noventa]] me llamo [[PERSON|rocío]] [[PERSON|rocío paredes]] acá ya es de noche pero llámeme a la hora que sea señorita por favor sáquenlo de ahí es un niño todavía
""",
    ),
    (
        "h45-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Le llamo desde [[LOCATION|Argentina]], desde [[LOCATION|Mendoza]]. Es por mi sobrina, que se fue a trabajar a la frontera con [[LOCATION|Brasil]], a [[LOCATION|Iñapari]], y ahora me escribe llorando que no la dejan salir.
O: Entiendo, señora. ¿Cómo se llama su sobrina y qué edad tiene?
C: [[PERSON|Cielo]]. [[PERSON|Cielo Jazmín Aroni Ttito]]. Tiene [[AGE|19 años]], los cumplió [[DATE_TIME|el 3 de enero]]. Es de [[LOCATION|Ilo]], vivía con mi hermana.
O: ¿Cómo consiguió ese trabajo?
C: Por Facebook, una página que se llama [[ORGANIZATION|Chamba Frontera Sur]], [[OTHER_ID|facebook.com/chambafronterasur.oficial]]. Le escribía un tal [[PERSON|Darwin]], su Instagram se lo deletreo: [[OTHER_ID|de, a, erre, doble ve, i, ene, guion bajo, eme, o, ene, te, e, ese]]. Le ofrecieron de cajera en un minimarket, 1.500 soles con cuarto y comida, y le mandaron el pasaje. Cuando llegó la llevaron al [[ORGANIZATION|Hospedaje Sol del Acre]] y le dijeron que mientras abría el minimarket atendiera en la cantina de abajo. Ahora la hacen tomar con los clientes y salir con los camioneros.
O: ¿Sabe dónde queda exactamente ese hospedaje?
C: Ella me mandó su ubicación: es [[ADDRESS|la casa de madera de dos pisos detrás del grifo, a media cuadra de la plaza]]. Ella está en [[ADDRESS|el cuarto 6, el del fondo del segundo piso]], el que tiene la ventana con rejas.
O: ¿Tiene un número para comunicarnos con ella?
C: Le quitaron el chip. Me escribe por WhatsApp cuando agarra el wifi del hospedaje, de un número de [[LOCATION|Brasil]]: [[PHONE_NUMBER|+55 68 9 9214 3087]]. Mejor no la llamen, que la dueña le revisa el celular.
O: Entendido. ¿Le han pedido dinero a usted?
C: Sí. La dueña, una señora [[PERSON|Benavides]], dice que [[PERSON|Cielo]] le debe 800 soles del pasaje y el cuarto, y me pidió que le pague por Plin al [[PHONE_NUMBER|962 530 418]]. Ya le mandé 300 [[DATE_TIME|el viernes]]. ¿Hice mal?
O: No se culpe, pero no mande más: esa deuda es ilegal y es una forma de retenerla. Lo que describe puede ser trata con fines de explotación sexual. ¿Tiene el DNI de su sobrina?
C: Sí, es [[ID_NUMBER|70 48 31 96]].
O: Le repito: [[ID_NUMBER|70483196]]. Vamos a comunicar el caso ahora a la policía de [[LOCATION|Iñapari]] y a la fiscalía especializada, y el CEM puede acompañarla cuando salga. ¿Me deja su nombre y un correo para enviarle la orientación?
C: Soy [[PERSON|Carmen Aroni]]. El correo es [[EMAIL_ADDRESS|carmencita.aroni@yahoo.com.ar]]; se lo deletreo: [[EMAIL_ADDRESS|c-a-r-m-e-n-c-i-t-a, punto, a-r-o-n-i, arroba, yahoo punto com punto a-r]].
""",
    ),
    (
        "h45-06",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, sorry, do you speak English? I'm calling from [[LOCATION|Paterson]], [[LOCATION|New Jersey]]. My little sister is stuck at the border in [[LOCATION|Aguas Verdes]], and I think the guy who was supposed to bring her here is holding her.
O: Yes, I can help you in English. What's your sister's name, and how old is she?
C: [[PERSON|Brisa]], [[PERSON|Brisa Lozada]]. She's [[AGE|seventeen]], she turns [[AGE|eighteen]] on [[DATE_TIME|May 9]]. I'm her older sister, [[PERSON|Kimberly]]. We paid a "travel agency" on Instagram, [[OTHER_ID|@viajes_seguros_norte]], to take her through [[LOCATION|Ecuador]] and up to [[LOCATION|Guatemala]]. The guy is called [[PERSON|Wilmer]], but everybody calls him [[PERSON|Lobo]]. She left [[LOCATION|Chiclayo]] on [[DATE_TIME|March 2nd]], and since then he's kept her in a hostel by the bridge. He took her passport, and now he says we owe another twenty-five hundred dollars, or she works "at the bar" until it's paid.
O: Where exactly is the hostel? And has he told you where to send the money?
C: She said it's [[ADDRESS|the blue building right before the bridge, above the shop that sells phone chargers]], on [[ADDRESS|the third floor, the room with the broken window]]. There are two other girls in there with her, from [[LOCATION|Colombia]]. He wants the money in a Banco Pichincha account, number [[OTHER_ID|2 2 0 0]], hang on, [[OTHER_ID|2 2 0 0 4 7 8 1 5 3]], in the name of [[PERSON|Nelly Ordóñez]]. Or he says to call him first on WhatsApp, [[PHONE_NUMBER|+593 98 417 2265]].
O: Please don't send him anything for now. Do you have her passport number?
C: I have a photo of it. It's [[ID_NUMBER|one two zero, four four eight, nine one six]].
O: So [[ID_NUMBER|120448916]]. Is there a way to reach [[PERSON|Brisa]]?
C: She texts me from another girl's phone when [[PERSON|Lobo]] isn't around. It's [[PHONE_NUMBER|nine five seven]]... sorry, my signal is bad... [[PHONE_NUMBER|six zero three, one one two]].
O: Got it, [[PHONE_NUMBER|957 603 112]]. And your own number and e-mail?
C: My cell is [[PHONE_NUMBER|+1 973 555 0147]], and the e-mail is [[EMAIL_ADDRESS|k-i-m-b dot s-o-t-o eighty-eight at gmail dot com]].
O: Thank you, [[PERSON|Kimberly]]. Holding a minor and forcing her to work to pay a debt is trafficking. We'll alert the police in [[LOCATION|Tumbes]] and the anti-trafficking prosecutor right now, and IOM can help with her return. We'll only send her a text that says it's from her sister.
C: Thank you so much. Please hurry, he said if we don't pay by [[DATE_TIME|Friday]] he's going to "move" her.
""",
    ),
    (
        "h45-07",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hello, good evening. Please, you speak English? My name is [[PERSON|Kwabena Asante]], I am from [[LOCATION|Ghana]], from [[LOCATION|Kumasi]]. I am a footballer. I am using the phone of the receptionist, [[PERSON|Milton]], he is helping me.
O: Yes, I speak English. Are you safe right now, [[PERSON|Kwabena]]?
C: For now, yes. Our agent, Mr. [[PERSON|Boateng]], brought me and two other boys for trials with a club here, [[ORGANIZATION|Deportivo Real Chalaco]]. We each paid four thousand dollars. We arrived on [[DATE_TIME|the 18th of October]], and there was no trial. The club says they don't know us.
O: Where are you staying?
C: In [[LOCATION|Callao]], near the airport. The [[ORGANIZATION|Hostal Las Gaviotas]], in [[ADDRESS|the street behind the fuel station, the one with the green gate]]. We are in [[ADDRESS|room 304]].
O: Has the agent taken anything from you?
C: Yes, our passports, "for the registration". Mine is [[ID_NUMBER|G two eight four]]... wait, I check the photo... [[ID_NUMBER|seven six one nine]].
O: So [[ID_NUMBER|G2847619]]. What does he want from you now?
C: He says we owe the hotel sixty soles each night, for twelve nights, and if we want our passports back we must carry "packages" for him to the airport. I think it is drugs. The youngest, [[PERSON|Kofi]], is only [[AGE|sixteen]]. I am [[AGE|nineteen]], and [[PERSON|Yaw]] is [[AGE|twenty]].
O: Please don't carry anything for him. Do you have the agent's number?
C: His [[LOCATION|Ghana]] number, [[PHONE_NUMBER|plus two three three, two four, five five one]]... sorry, the line... [[PHONE_NUMBER|eight zero two six]]. My mother sent him mobile money on that same number.
O: Thank you. And the receptionist's number, so we can call you back?
C: [[PERSON|Milton]] says it is [[PHONE_NUMBER|nine eight one, four zero six, two seven three]]. He finishes his shift at ten every night, so please call before ten.
O: Understood. Forcing you to carry packages to pay a debt is trafficking, and you and the boys are victims, not criminals. We'll alert the police and the prosecutor now, and IOM and your embassy can help with your passports and your return.
C: Thank you, madam. Please be quick, [[PERSON|Kofi]] is very afraid, he cries every night.
""",
    ),
    (
        "h45-08",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde. A senhora fala português? Desculpa, eu não falo espanhol direito.
O: Un poquito, sí. Hable despacio, por favor. Pode falar.
C: Meu nome é [[PERSON|Josiane Ferreira]], eu moro em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Meu irmão [[PERSON|Tiago]] tem [[AGE|dezenove anos]]. Ele atravessou por [[LOCATION|Assis Brasil]] para [[LOCATION|Iñapari]] no [[DATE_TIME|dia 14 de agosto]], com um homem que chamam de [[PERSON|Gavião]], que prometeu três mil reais por mês num garimpo.
O: ¿Y ahora dónde está su hermano?
C: Num acampamento perto de [[LOCATION|Laberinto]], no meio do mato, [[ADDRESS|uma hora de barco rio abaixo, na margem esquerda, depois da balsa vermelha]]. Ele disse que trabalham doze horas por dia dentro da água, com mercúrio, que não pagam nada e que o [[PERSON|Gavião]] diz que ele deve a passagem e a comida. De noite tem homens armados.
O: ¿Cuántas personas hay con él?
C: Uns quinze homens. E tem dois meninos de [[AGE|quinze anos]], do [[LOCATION|Acre]] também.
O: ¿Su hermano tiene teléfono?
C: Só quando descem ao povoado. Ele comprou um chip peruano: [[PHONE_NUMBER|nove quatro três]], é, [[PHONE_NUMBER|dois dois zero, cinco sete um]].
O: Le repito: [[PHONE_NUMBER|943 220 571]].
C: Isso. E o [[PERSON|Gavião]] me pediu dois mil reais por Pix para soltar ele. A chave Pix é o CPF dele: [[ID_NUMBER|quatro um oito, três zero sete, cinco nove dois, traço zero seis]]. Ainda não paguei. Ele recruta sempre no [[ORGANIZATION|Bar do Gaúcho]], [[ADDRESS|do lado do posto de gasolina, perto da ponte]], e levou os meninos numa caminhonete prata, placa [[OTHER_ID|QLM 4B27]].
O: No pague nada, por favor. Lo que cuenta puede ser trata con fines de explotación laboral. Vamos a avisar a la policía y a la fiscalía especializada, y la OIM puede apoyar. Usted también puede denunciar en la Polícia Federal de su lado.
C: Tá bom. Meu WhatsApp é [[PHONE_NUMBER|+55 68 99931 4402]], e o e-mail eu vou soletrar: [[EMAIL_ADDRESS|j-o-s-i-a-n-e ponto f-e-r-r-e-i-r-a arroba hotmail ponto com]].
O: Gracias, [[PERSON|Josiane]]. Mañana la llamamos para contarle qué se hizo. Si [[PERSON|Tiago]] vuelve a llamar, dígale que marque gratis el 1818.
C: Obrigada, moça. Deus abençoe.
""",
    ),
    (
        "h45-09",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor, disculpe la hora. Le hablo desde [[LOCATION|Antofagasta]], en [[LOCATION|Chile]]. Yo soy venezolana, y a mi hermana la tiene agarrada un trochero en [[LOCATION|Tacna]], chama, y yo no sé qué hacer.
O: Tranquila, la vamos a ayudar. ¿Cómo se llama su hermana?
C: [[PERSON|Oriana]]. [[PERSON|Oriana del Valle Briceño]]. Tiene [[AGE|veintidós]] y anda con su bebé, [[PERSON|Santiago]], de [[AGE|ocho meses]]. Ella venía de [[LOCATION|Barquisimeto]], entró por [[LOCATION|Tumbes]] hace tres semanas.
O: ¿Qué pasó con el trochero?
C: Un pana de un conocido, le dicen el [[PERSON|Catire]], le cobró 200 dólares por pasarla por la trocha. Pero la tiene encerrada en una casa en [[LOCATION|Ciudad Nueva]] con otras cuatro muchachas, y ahora dice que son 300 más, y que si no, ella tiene que "trabajar" para él en un night. Ya la pusieron a limpiar y casi no le dan comida, ni para el bebé.
O: ¿Sabe la dirección de esa casa?
C: Sí, ella me mandó la ubicación: [[ADDRESS|Asociación Los Olivos del Sur, Mz. F, Lote 9]]. Es [[ADDRESS|la casa de ladrillo sin tarrajear con el tanque de agua rojo en el techo]], y ellas están en [[ADDRESS|el cuarto de atrás, al lado del lavadero]].
O: ¿Tiene el número de cédula de su hermana?
C: Sí, es [[ID_NUMBER|V-26]], eh, [[ID_NUMBER|771.408]]. Ella tenía su PTP también, pero el [[PERSON|Catire]] se lo quitó.
O: Le repito: [[ID_NUMBER|V-26.771.408]]. ¿Y el dinero por dónde se lo pide?
C: Por Pago Móvil, a nombre de una muchacha: Banco de Venezuela, cero uno cero dos, teléfono [[PHONE_NUMBER|cero cuatro doce, siete cincuenta y ocho, treinta y uno, noventa]], cédula [[ID_NUMBER|V-19.603.284]]. O por Yape, a un número peruano, el [[PHONE_NUMBER|nueve cinco cero]]... no, [[PHONE_NUMBER|nueve cinco nueve, dos cero uno, cuatro ocho seis]].
O: No envíe nada, por favor. La deuda que le inventan es ilegal, y retenerla así es trata según la Ley 28950. Vamos a alertar ahora a la policía de [[LOCATION|Tacna]] y a la fiscalía para que vayan a esa casa. ¿Su hermana tiene un número donde la podamos ubicar? ¿Y usted cómo se llama?
C: Tiene un chip peruano escondido que el [[PERSON|Catire]] no sabe: [[PHONE_NUMBER|934 815 067]]. Pero escríbanle nomás, no la llamen, porque él le revisa todo. Yo soy [[PERSON|Yusmary]], [[PERSON|Yusmary Briceño]]. Mi número chileno es [[PHONE_NUMBER|+56 9 6620 4871]], tengo WhatsApp.
O: Gracias, [[PERSON|Yusmary]]. Apenas la policía llegue a la casa la llamamos. Si el [[PERSON|Catire]] dice que la va a mover, avísenos en el momento.
C: Gracias, mi vida, burda de agradecida. Esa es mi hermanita y ese bebé es lo único que tenemos.
""",
    ),
    (
        "h45-10",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamitay. Disculpe, mi castellano es poquito nomás. Del celular de mi nieto estoy llamando, en [[ADDRESS|el terminal terrestre]] de [[LOCATION|Andahuaylas]] estamos. Mi wawa, mi nieta, se la han llevado.
O: Tranquila, mamita, aquí la escuchamos. ¿Cómo se llama usted y cómo se llama su nieta?
C: Yo soy [[PERSON|Asunta]], [[PERSON|Asunta Huillca]], de la comunidad de [[LOCATION|Ccollpapampa]]. Mi nieta es [[PERSON|Yanet]], [[PERSON|Yanet Soncco Huillca]]. [[AGE|Quince añitos]] tiene, manam, [[AGE|catorce]] nomás, [[AGE|quince]] va a cumplir [[DATE_TIME|el veinticinco de julio]].
O: ¿Qué pasó con [[PERSON|Yanet]]?
C: Una señora, Doña [[PERSON|Eulalia]], ha venido a la comunidad, "trabajo hay en restaurante, buena plata", diciendo. Trescientos soles nos ha dado de adelanto, achachaw, y anoche en carro se la ha llevado a [[LOCATION|Quincemil]], al [[ORGANIZATION|Restaurante Turístico La Sirena del Inambari]]. Esta madrugada mi [[PERSON|Yanet]] llorando me ha llamado: "mamay, no es restaurante, cerveza nomás nos hacen servir a los mineros, yanapaway", diciendo. Ahí se ha cortado. Sonqoy nanan, mamita.
O: La entiendo, mamita. La vamos a ayudar. ¿Sabe en qué carro se fueron?
C: Aló, señorita, soy su nieto, [[PERSON|Rubén]]. Yo he visto el carro: una camioneta blanca, placa [[OTHER_ID|A4X]], eh, [[OTHER_ID|962]]. El chofer es un señor que le dicen [[PERSON|Turco]]. Y la señora nos dejó su número: [[PHONE_NUMBER|984]], este, [[PHONE_NUMBER|310 725]].
O: Le repito: [[PHONE_NUMBER|984 310 725]], y la placa [[OTHER_ID|A4X-962]]. ¿Tiene el DNI de su prima?
C: Acá tengo la copia: [[ID_NUMBER|seis uno cero cuatro siete tres dos nueve]].
O: [[ID_NUMBER|61047329]]. Gracias, [[PERSON|Rubén]]. Lo que le pasa a [[PERSON|Yanet]] es trata de una menor, y el adelanto no es ninguna deuda. Vamos a avisar ahora a la policía de [[LOCATION|Quincemil]] y a la fiscalía, y el CEM de [[LOCATION|Andahuaylas]] puede acompañar a su abuelita. ¿A qué número los llamamos?
C: A este mismo, es mío: [[PHONE_NUMBER|nueve siete tres, cuatro cuatro uno, cero ocho dos]]. Mi abuelita no tiene celular, pero siempre está conmigo en la chacra.
O: Muy bien. Hoy en la tarde los llamamos con noticias. Si [[PERSON|Yanet]] vuelve a llamar, díganle que marque gratis el 1818 o que pida ayuda en la comisaría.
C: Diosolopagarqui, mamitay. Urpichay, ayúdeme a traer a mi wawa.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h45-", "heldout45.jsonl")
