#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 18: ten fictional, labelled hotline calls for measuring the redactor once.

Written by an outside test-data writer who never saw the redactor's code, its tests or its
results; only LABELS.md, make_dev.py (annotation conventions) and the markup of
make_heldout.py were read. Every person, phone number, ID, e-mail, handle, plate, bank
account, vessel, address and business below is invented.

Styles: three lowercase, unpunctuated speech-recogniser transcripts in Spanish (a bricklayer
in Arequipa, a teenager at a Lima bus terminal, a grandmother in Cajamarca); two cased
Spanish calls from professionals (a municipal inspector in Huancayo, a social worker in
Callao); an English call from a ship's crew member docked in Callao; a Brazilian Portuguese
call from a truck driver in Desaguadero; a Venezuelan Spanish call from Tacna; an Andean
Spanish call with Quechua words from a farmer near Abancay; and a Spanish call from
Chimbote that is cut off and resumes within the same record.

Conventions follow make_dev.py: titles/articles outside PERSON spans, cue words ("DNI",
"placa", "IMO") outside ID spans, AGE with its unit when said, DATE_TIME only for dates,
named days and clock times tied to an event; the hotline's name and number (0800-2-3232,
however spoken), the 105, institutions (Policía, Fiscalía, DEMUNA, SUNAFIL, municipalidad,
CEM), money, durations, counts, routine schedules and legal article numbers are not PII.
"""

CALLS = [
    (
        "h18-lower-es-01",
        "es",
        """
O: linea contra la trata de personas buenas tardes en que le podemos ayudar
C: buenas tardes señorita disculpe la bulla estoy en la obra soy albañil trabajo acá en [[LOCATION|cerro colorado]] en [[LOCATION|arequipa]] y mire el maestro de obra ha traído cuatro chicos de [[LOCATION|puno]] de [[LOCATION|ilave]] dicen y el más chiquito tendrá [[AGE|catorce]] nomás y los tienen durmiendo en la misma obra en [[ADDRESS|el cuarto sin ventana del tercer piso al fondo donde se guarda el cemento]]
O: sabe la dirección de la obra
C: es en la [[ADDRESS|asociación de vivienda los claveles manzana jota lote once]] en [[LOCATION|zamacola]] el edificio de cinco pisos que está sin tarrajear
O: y el maestro de obra cómo se llama
C: le dicen [[PERSON|tucu]] su nombre es [[PERSON|eleuterio ccama]] y el dueño es el ingeniero [[PERSON|benavente]] de la [[ORGANIZATION|constructora misti hogar]]
O: qué es lo que pasa con los chicos
C: trabajan de seis de la mañana hasta que oscurece cargando ladrillo y no les pagan el [[PERSON|tucu]] dice que primero tienen que pagar el pasaje desde [[LOCATION|ilave]] que son ochenta soles cada uno y la comida y al que reclama le dice que lo va a entregar a la policía porque no tiene papeles
O: sabe cómo se llaman los chicos
C: el chiquito se llama [[PERSON|wilber]] hay otro que le dicen [[PERSON|conejo]] que tendrá [[AGE|dieciséis]] y los otros dos ya son mayorcitos de [[AGE|diecinueve]] o [[AGE|veinte años]]
O: ha visto que los maltraten
C: el [[DATE_TIME|sábado veintiuno]] el [[PERSON|tucu]] le metió una patada al [[PERSON|wilber]] porque se le cayó un balde de mezcla y el chico lloraba toda la tarde y ayer vino una camioneta a recogerlos a [[DATE_TIME|las siete de la noche]] y los llevó a otra obra es una hilux roja placa [[OTHER_ID|v uno ka tres siete dos]] siempre la maneja el [[PERSON|tucu]]
O: me podría dar su nombre y un número
C: el nombre no señorita si se entera me bota pero mi celular es [[PHONE_NUMBER|958 413 620]]
O: le repito [[PHONE_NUMBER|nueve cinco ocho cuatro uno tres seis dos cero]] es correcto
C: correcto ese es
O: vamos a pasar el caso a la policía y a sunafil para que vayan a la obra usted no se arriesgue y si ve que golpean a alguno llame al ciento cinco o aquí al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias yo salgo a las cinco todos los días ahí la puedo llamar
""",
    ),
    (
        "h18-lower-es-02",
        "es",
        """
O: linea contra la trata buenas noches
C: aló aló me escucha es que hay mucha bulla acá en el terminal es que yo vine de [[LOCATION|pucallpa]] con una señora que me dijo que me iba a dar trabajo en una tienda de ropa en [[LOCATION|gamarra]] pero ahora dice que no que me va a llevar a [[LOCATION|chala]] para atender en un bar y yo no quiero
O: cuántos años tienes
C: tengo [[AGE|quince]] cumplo [[AGE|dieciséis]] el [[DATE_TIME|nueve de diciembre]]
O: estás sola ahorita dónde estás exactamente
C: la señora se fue a comprar los pasajes yo estoy en el [[ADDRESS|terminal terrestre de yerbateros]] sentada en [[ADDRESS|la banca de fierro al costado del baño de mujeres frente a la boletería doce]] el bus sale a [[DATE_TIME|las once y cuarenta]] es de [[ORGANIZATION|transportes señor de los vientos]]
O: cómo se llama la señora
C: dice que se llama [[PERSON|rocío]] pero por teléfono le dicen [[PERSON|flaca]] y habla con un señor [[PERSON|edson]] que es el que manda la plata
O: tienes tu dni contigo
C: no me lo quitó dijo que era para los pasajes el número es [[ID_NUMBER|setenta y seis catorce ochenta y dos noventa]]
O: y tú cómo te llamas
C: [[PERSON|yuliana tuesta pinedo]] pero me dicen [[PERSON|yuli]]
O: [[PERSON|yuliana]] de qué número estás llamando
C: es el celular de una chica que está acá vendiendo caramelos me lo prestó el mío lo tiene la señora el mío es [[PHONE_NUMBER|nueve dos siete cero tres cinco]] no perdón [[PHONE_NUMBER|nueve dos siete cero tres seis cinco uno ocho]] la señora me contactó por tiktok su cuenta es [[OTHER_ID|arroba chamba segura punto lima]] ahí pone que buscan chicas para tiendas
O: tienes algún familiar en lima
C: mi prima vive en [[LOCATION|comas]] en [[ADDRESS|collique tercera zona pasaje los pinos ciento cuarenta y ocho]]
O: [[PERSON|yuliana]] escúchame no subas al bus anda ahora mismo al módulo de la policía del terminal está al lado de la puerta de salida ya les aviso que vas y quédate con ellos
C: y si la señora me ve
O: el policía te va a cuidar en unos diez minutos llega también alguien de la unidad de protección y si se corta vuelve a llamar al 0800 2 3232 es gratis
C: ya ya voy
""",
    ),
    (
        "h18-lower-es-03",
        "es",
        """
O: linea contra la trata buenos días en qué le podemos ayudar
C: aló mamita buenos días le habla una abuelita de [[LOCATION|cajamarca]] del caserío [[LOCATION|llushcapampa]] mi vecino me ha marcado el número es por mi nieta la [[PERSON|maribel]] su mamá se fue a trabajar a [[LOCATION|lima]] y me la dejó a mí desde chiquita y ahora una señora se la ha llevado
O: cuántos años tiene su nieta
C: tiene [[AGE|dieciséis años]] nació el [[DATE_TIME|veinticinco de julio del dos mil nueve]]
O: y quién se la llevó
C: una señora que le dicen doña [[PERSON|santos]] [[PERSON|santos chilón]] se llama dice que le iba a dar trabajo en un restaurante en [[LOCATION|jaén]] con seiscientos soles al mes y se la llevó el [[DATE_TIME|dos de febrero]] y ya hace tres meses que no la dejan llamar
O: sabe cómo se llama el restaurante
C: [[ORGANIZATION|recreo campestre el chirimoyo]] dice que está [[ADDRESS|pasando el grifo de la salida a san ignacio a mano izquierda donde paran las mototaxis]]
O: y qué le ha contado su nieta
C: la última vez lloraba me dijo que atiende a los señores en la noche que le hacen tomar cerveza y que la patrona le guarda el celular y su ropa ay mamita yo ya no duermo
O: tiene el número de ella o su dni
C: espere que mi vecino me lee aquí está el papel el dni es [[ID_NUMBER|7 2 5 9 0 1 4 6]] y el celular de ella [[PHONE_NUMBER|nueve siete seis dos dos uno cero cinco tres]]
O: y en el facebook la ha buscado
C: mi nieto dice que ella sale como [[OTHER_ID|maribel florcita caxamarca]] pero ya no sube nada
O: a usted a qué número la llamamos
C: yo no tengo celular mamita llame a mi vecino don [[PERSON|eusebio]] su número es [[PHONE_NUMBER|976 508 331]] o venga a mi casa es [[ADDRESS|la de adobe con techo de calamina pasandito la capilla subiendo por el camino de herradura la segunda]]
O: cómo se llama usted señora
C: [[PERSON|jesusa]] [[PERSON|jesusa rojas tacilla]] y vivo con el hermanito de ella el [[PERSON|elmer]] de [[AGE|nueve años]]
O: señora [[PERSON|jesusa]] vamos a avisar a la fiscalía y a la policía de [[LOCATION|jaén]] para que vayan al local y la llamamos mañana al número de don [[PERSON|eusebio]]
C: gracias mamita dios le pague
""",
    ),
    (
        "h18-prof-es-01",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Le saluda [[PERSON|Gonzalo Ríos Mayta]], inspector de la Subgerencia de Fiscalización de la Municipalidad Provincial de [[LOCATION|Huancayo]]. Llamo para reportar lo que encontramos en un operativo.
O: Adelante, inspector.
C: El [[DATE_TIME|jueves 20 de noviembre]], a [[DATE_TIME|las 23:40]], clausuramos el local [[ORGANIZATION|Karaoke Discoteca Noches Wankas]], en el [[ADDRESS|Jr. Cajamarca 1147, interior C, segundo piso]], en [[LOCATION|El Tambo]]. Tenía la licencia vencida, RUC [[ID_NUMBER|20604418735]], y la multa según la Ordenanza Municipal 590 es de 4,950 soles. Pero eso es lo de menos.
O: ¿Qué más encontraron?
C: Tres chicas que atendían como damas de compañía. Una dijo llamarse [[PERSON|Sheyla]] y tener [[AGE|16 años]]; nos mostró un DNI que parece adulterado, número [[ID_NUMBER|47203316]], con fecha de nacimiento [[DATE_TIME|3 de mayo de 2004]]. Otra es de [[LOCATION|Satipo]], tendrá [[AGE|diecisiete]].
O: ¿Y quién administra el local?
C: El dueño es [[PERSON|Teófilo Canchari Yauri]]. La que cobra es una señora [[PERSON|Yessica]], a la que las chicas llaman la [[PERSON|Colorada]]. Las chicas duermen en [[ADDRESS|el altillo encima de la barra, al que se sube por una escalera de madera desde la cocina]].
O: ¿Se llevaron a las chicas?
C: No, ese es el problema. Nosotros no tenemos competencia, y cuando llamamos a la comisaría ya las habían subido a una camioneta Hilux plateada, placa [[OTHER_ID|W3D-815]]. Escuché que las llevaban al [[ADDRESS|otro local de la familia en la carretera Central, kilómetro 6, frente al paradero de Pilcomayo]].
O: Eso es muy importante. ¿Tiene algún dato de contacto de ellos?
C: En el acta el señor [[PERSON|Canchari]] firmó con su celular, [[PHONE_NUMBER|964-701-285]]. Y el local promociona en Facebook como [[OTHER_ID|nocheswankas.elTambo]].
O: Vamos a derivar esto a la fiscalía especializada en trata de [[LOCATION|Junín]] y a la policía, por el artículo 153 del Código Penal. ¿Me deja su contacto?
C: Mi celular es [[PHONE_NUMBER|nueve seis cuatro, dos tres cero, uno uno ocho]] y el correo [[EMAIL_ADDRESS|grios.fiscalizacion@munihyo.gob.pe]]. Tengo fotos del acta y de los DNI.
O: Perfecto, inspector [[PERSON|Ríos]]. Guárdelas, la fiscalía se las va a pedir. Le llamamos mañana temprano.
C: De acuerdo. Gracias.
""",
    ),
    (
        "h18-prof-es-02",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué podemos ayudarle?
C: Buenos días. Soy [[PERSON|Milagros Ugaz Farfán]], trabajadora social del [[ORGANIZATION|Centro de Salud Virgen de Fátima]] de [[LOCATION|Ventanilla]], en el [[LOCATION|Callao]]. Tengo un caso que me preocupa mucho.
O: La escucho, licenciada.
C: Desde el [[DATE_TIME|lunes 17]] atendemos a una adolescente gestante, [[PERSON|Karen Lizbeth Huamaní Soto]], de [[AGE|14 años]], historia clínica [[OTHER_ID|HC-0048215]]. Vino con un hombre que dice ser su tío, [[PERSON|Rolando Cárdenas]], al que en el barrio llaman [[PERSON|Machete]].
O: ¿Qué le hace pensar que no es su tío?
C: Ella me contó a solas que es de [[LOCATION|Bagua]], en [[LOCATION|Amazonas]], que él la trajo hace un año diciendo que iba a estudiar, y que la tenía en un cuarto encima de la [[ORGANIZATION|Cevichería El Muelle de Chucho]], en la [[ADDRESS|Av. Sáenz Peña cuadra 9]], lavando y atendiendo a amigos de él en las noches.
O: ¿Dónde vive ahora?
C: Con él, en el [[ADDRESS|A.H. Virgen de Fátima, Mz. F2, Lt. 19]], [[ADDRESS|el cuarto del fondo, pasando el patio, el que tiene la puerta de triplay]]. Él nos dio como teléfono un fijo, el [[PHONE_NUMBER|(01) 453-2871]].
O: ¿Ella tiene documentos?
C: El DNI lo tiene él; yo tengo el número por el SIS: [[ID_NUMBER|81024673]]. Y conseguí el contacto de la mamá, la señora [[PERSON|Teresa Soto]], que sigue en [[LOCATION|Bagua]]: [[PHONE_NUMBER|+51 942 376 019]]. La mamá dice que [[PERSON|Rolando]] no es familia, que es un conocido que le ofreció llevarla.
O: Lo que describe es grave: explotación sexual de una menor. Vamos a comunicarlo a la fiscalía de familia, a la policía y al CEM, y a coordinar un albergue. ¿La adolescente sigue en el establecimiento?
C: Sí, hoy tiene control a [[DATE_TIME|las once]]; la psicóloga la va a retener con una excusa. Él suele esperarla afuera en una mototaxi azul, placa [[OTHER_ID|4192-7C]].
O: Muy bien. Por favor no le avisen de nada. ¿Me da su contacto?
C: Mi celular es [[PHONE_NUMBER|nueve nueve uno, cero ochenta y cuatro, quinientos doce]] y el correo [[EMAIL_ADDRESS|m.ugaz.ts@gmail.com]].
O: Gracias, licenciada [[PERSON|Ugaz]]. En media hora la llamo con lo que coordine la fiscalía.
C: Quedo atenta. [[PERSON|Karen]] está muy asustada, pero confía en nosotras.
""",
    ),
    (
        "h18-en-ship-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hello, good evening. Sorry, English? I got this number from a poster at the seafarers' centre in the port.
O: Yes, I can help you in English. Are you safe to talk?
C: For now, yes. I am on deck, the officers are sleeping. My name is [[PERSON|Rizal Pratama]], I am from [[LOCATION|Indonesia]]. I work on a fishing vessel, the [[ORGANIZATION|Jin Hai Long 608]], a squid jigger. We are docked in [[LOCATION|Callao]].
O: Where exactly is the ship?
C: At [[ADDRESS|berth 11-C of the Muelle Sur, the far end past the grain silos, next to the red tug]]. The IMO number is [[OTHER_ID|9418237]], I read it on the bridge.
O: Thank you, [[PERSON|Rizal]]. What is happening on board?
C: We signed in [[LOCATION|Busan]] on [[DATE_TIME|March 3rd]], with the agency [[ORGANIZATION|PT Bahari Sejahtera Crew]] in [[LOCATION|Tegal]]. They promised 350 dollars a month. Fourteen months now, no salary. The captain keeps our passports and our seaman books. Twenty hours fishing some days.
O: Has anyone been hurt?
C: Yes. Captain [[PERSON|Zhang]] and the bosun, we call him [[PERSON|Big Wei]], they beat [[PERSON|Andi]] with a pipe two weeks ago. And [[PERSON|Budi Santoso]] is only [[AGE|seventeen]], his papers say [[AGE|twenty-one]] but they are fake. He is sick, he coughs blood.
O: Do you know your own passport or seaman book number?
C: My seaman book is [[ID_NUMBER|E 117364]], passport [[ID_NUMBER|C 4471902]]. I took photos before they took them.
O: When is the ship leaving?
C: [[DATE_TIME|Friday at 6 a.m.]], back to the high seas. If we go, maybe one more year. Please.
O: We'll alert the police, the port authority and the prosecutor tonight so they inspect the ship before Friday. Where do you sleep, in case they need to find you?
C: [[ADDRESS|The crew cabin under the forecastle, second door on the left, the bunk by the porthole]]. Six men in there.
O: Can we contact you by phone?
C: Only WhatsApp, when there is port wifi: [[PHONE_NUMBER|+62 812 3390 4718]]. Or the port agent, Mr. [[PERSON|Lucho Salas]], he is kind, [[PHONE_NUMBER|987 330 615]].
O: We'll message you on WhatsApp with a code word, "[[PERSON|Andi]] says hello", so you know it is us. Do not tell the officers.
C: Okay. Thank you. Thank you very much.
""",
    ),
    (
        "h18-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite, alô? A senhora fala português? Sou caminhoneiro, brasileiro.
O: Sí, hable despacio, entiendo portugués.
C: Tá bom. Meu nome é [[PERSON|Valdir Bortolini]], eu tô parado aqui em [[LOCATION|Desaguadero]], do lado peruano, esperando a aduana liberar a carga pra [[LOCATION|Bolívia]]. Três dias de fila já.
O: ¿Qué pasó?
C: Ontem, lá pela [[DATE_TIME|meia-noite]], uma menina bateu na cabine da minha carreta pedindo ajuda. Brasileira, de [[LOCATION|Porto Velho]], disse que se chama [[PERSON|Thaynara]] e que tem [[AGE|dezesseis anos]]. Trouxeram ela pra trabalhar num karaokê aqui, o [[ORGANIZATION|Karaokê Lago Azul]], e agora não deixam ela sair.
O: ¿Dónde queda ese karaoke?
C: É [[ADDRESS|a segunda rua depois da ponte, a casa de esquina com a porta de ferro laranja, em cima da loja de celular]]. O dono é um boliviano que chamam de [[PERSON|Careca]], e tem um peruano, Don [[PERSON|Faustino]], que leva as meninas de carro.
O: ¿Ella dónde está ahora?
C: Voltou pra lá, tava com medo. Mas me deu o número da mãe dela, pra eu avisar: [[PHONE_NUMBER|(69) 9 8412-3307]]. A mãe chama [[PERSON|Rosângela]].
O: ¿Vio el carro de Don [[PERSON|Faustino]]?
C: Vi, um Toyota branco, placa [[OTHER_ID|Z2V-641]]. Passa toda noite pelo [[ADDRESS|pátio dos caminhões atrás da aduana, na fileira do fundo, perto do muro pichado]], que é onde eu tô estacionado.
O: ¿Usted puede quedarse ahí un rato?
C: Posso, a minha carreta é a Scania vermelha, placa [[OTHER_ID|QTR4F17]], da [[ORGANIZATION|Transportadora Irmãos Bortolini]], de [[LOCATION|Chapecó]]. Se a polícia precisar, meu documento é a CNH [[ID_NUMBER|0381 4472 905]].
O: Vamos avisar ahora a la policía de [[LOCATION|Puno]] y a la fiscalía. ¿A qué número le llamamos?
C: WhatsApp [[PHONE_NUMBER|+55 49 99627-1180]]. Aqui o sinal é ruim, mas mensagem chega.
O: Muy bien, señor [[PERSON|Valdir]]. No entre al local. La policía va a buscarlo en el patio.
C: Obrigado, moça. Eu tenho uma filha dessa idade, não consegui dormir.
""",
    ),
    (
        "h18-ve-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Aló, buenas tardes, mi amor. Disculpa, es que estoy burda de nerviosa. Yo soy de [[LOCATION|Maturín]], estoy aquí en [[LOCATION|Tacna]] con mi prima y nos tienen trancadas.
O: Tranquila, la escucho. ¿Está en un lugar seguro para hablar?
C: Más o menos, estoy en el baño. Nos trajo un chamo que le dicen el [[PERSON|Gocho]], que nos iba a pasar a [[LOCATION|Arica]] y de ahí a [[LOCATION|Santiago]], todo pagado, vale. Y ahora dice que le debemos 500 dólares cada una y que hasta que no paguemos no nos movemos.
O: ¿Dónde están?
C: En el [[ORGANIZATION|Hostal Los Ángeles del Sur]], en la [[ADDRESS|calle Arias Aragüez cuadra 5]], [[ADDRESS|habitación 14, tercer piso, la del fondo que da al patio]]. La puerta la cierra él por fuera con un candado.
O: ¿Les han hecho daño o les han pedido algo?
C: Dice que si no pagamos tenemos que "atender" a unos amigos de él en la noche. Mi prima es menor, [[PERSON|Mariangel]], tiene [[AGE|17]]. Yo tengo [[AGE|23]]. Ese tipo es un malandro, mi pana.
O: ¿Cómo se llama usted?
C: [[PERSON|Yusbelis Carolina Rangel]]. Mi cédula es [[ID_NUMBER|V-30.118.442]] y el CPP, el de aquí, es [[ID_NUMBER|003917284]], pero él tiene los dos.
O: ¿Sabe el nombre verdadero del [[PERSON|Gocho]] o algún contacto?
C: [[PERSON|Deivis]] algo. En Instagram es [[OTHER_ID|@viajes_seguros_chile_ve]], ahí fue que lo conseguimos. Y nos pidió que la familia depositara a una cuenta del BCP, la [[OTHER_ID|540-71835204-0-62]], o por Yape a este número: [[PHONE_NUMBER|952 604 117]].
O: No depositen nada. ¿Cuándo llegaron?
C: El [[DATE_TIME|domingo 9]] en la madrugada. Hoy en la noche, a [[DATE_TIME|las diez]], dice que vienen los amigos.
O: Vamos a enviar a la policía al hostal ahora mismo. ¿A qué número le escribimos?
C: A mi WhatsApp venezolano, [[PHONE_NUMBER|+58 426 518 3309]]. No me llames, escríbeme nomás, porque él revisa.
O: Entendido, [[PERSON|Yusbelis]]. Cuando llegue la policía, diga que llamó a la línea. Usted y [[PERSON|Mariangel]] no han cometido ningún delito.
C: Gracias, mi vida. Qué ladilla todo esto, de verdad.
""",
    ),
    (
        "h18-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Allinllachu, señorita. Buenos días, mamay. Disculpe, yo hablo poco castellano.
O: No se preocupe, despacito nomás. ¿Cómo le ayudo?
C: Yo soy [[PERSON|Saturnino Huillca Ayvar]], de la comunidad de [[LOCATION|Kiswarpata]], en [[LOCATION|Tamburco]], aquí en [[LOCATION|Abancay]]. Es por mi wawa, mi hijo [[PERSON|Rubén]]. Se lo han llevado a la mina, señorita.
O: ¿Cuántos años tiene [[PERSON|Rubén]]?
C: [[AGE|Chunka suqtayuq watayuq]], [[AGE|dieciséis años]]. Se fue el [[DATE_TIME|4 de octubre]], después del cosecho de sara, con un señor [[PERSON|Ciro]], que le dicen [[PERSON|Atoq]], [[PERSON|Zorro]] pues.
O: ¿A qué mina se lo llevó?
C: A una mina informal en [[LOCATION|Cotaruse]], arriba. Mi sobrino que bajó me dijo que están en [[ADDRESS|la bocamina de encima de la laguna, donde está la carpa azul con el generador]]. No les pagan, señorita. Dice que deben la comida. No los dejan bajar. Sonqoy nanan, me duele el corazón.
O: Lo entiendo, señor. ¿Hay otros chicos con él?
C: Sí, el [[PERSON|Edwin Quispe]], de [[AGE|quince]], de la misma comunidad, y otros de [[LOCATION|Chalhuanca]]. El [[PERSON|Atoq]] los llevó en su camión, placa [[OTHER_ID|A4Q-907]].
O: ¿Tiene el DNI de [[PERSON|Rubén]]?
C: Acá tengo la copia. [[ID_NUMBER|Siete tres tres cero, cinco nueve dos ocho]].
O: ¿Y un número donde lo podamos llamar?
C: [[PHONE_NUMBER|Nueve ocho tres]]... espere, mamay, mi hija me dicta... [[PHONE_NUMBER|cuatro uno cinco]]... [[PHONE_NUMBER|uno cero siete]]. Señal solo hay en la curva, bajando.
O: Le repito: [[PHONE_NUMBER|983 415 107]]. ¿Y dónde queda su casa, por si va la policía?
C: [[ADDRESS|Subiendo del puente Pachachaca, en la curva del kilómetro doce de la carretera a Andahuaylas, la casa con el molle grande y el corral de piedra]]. Ahí pregunten por el [[PERSON|Saturnino]], todos me conocen.
O: Señor [[PERSON|Saturnino]], vamos a avisar a la fiscalía y a la policía de [[LOCATION|Apurímac]] para que suban a la mina. Lo llamamos en dos días.
C: Yanapawaychik, señorita. Ayúdenos. Sulpayki, gracias.
""",
    ),
    (
        "h18-es-callback-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Le llamo de [[LOCATION|Chimbote]] por mi amiga, [[PERSON|Sandra Lucía Villacorta]]. Tiene [[AGE|23 años]] y desde el [[DATE_TIME|28 de octubre]] trabaja en un night club y no la dejan salir. Ella me escribe a escondidas que...
O: ¿Aló? ¿Señora? ¿Me escucha? Parece que se cortó la llamada.
O: Línea contra la trata, buenas tardes.
C: Señorita, soy yo otra vez, la de [[LOCATION|Chimbote]], la de mi amiga [[PERSON|Sandra]]. Se me acabó el saldo, me prestó su celular la vecina.
O: Sí, la recuerdo, siga nomás. ¿Cómo se llama el local?
C: [[ORGANIZATION|Night Club Perla del Pacífico]], en [[LOCATION|Nuevo Chimbote]], [[ADDRESS|en la esquina de la avenida Pacífico con la calle que baja al canal, la casa rosada con rejas negras]]. Ella vive arriba, en [[ADDRESS|el segundo cuarto a la derecha subiendo la escalera de caracol]].
O: ¿Quién la tiene ahí?
C: Un tal [[PERSON|Eduardo Mechato]], le dicen [[PERSON|Lalo]]. Le quitó el DNI, que es [[ID_NUMBER|45 88 13 07]], y le dice que si se va le hace algo a su hijito, el [[PERSON|Thiago]], que tiene [[AGE|4 añitos]] y está con la abuela en [[LOCATION|Casma]].
O: ¿Tiene el número de su amiga?
C: Sí, [[PHONE_NUMBER|943 718 226]]. No, no, perdón, los dos últimos al revés: [[PHONE_NUMBER|943 718 262]].
O: ¿La llevan a algún otro sitio?
C: Un mototaxista, el [[PERSON|Chino]], la lleva a veces a clientes, en una mototaxi amarilla, placa [[OTHER_ID|4827-2P]]. Ella me escribe al correo, porque el WhatsApp se lo revisan: [[EMAIL_ADDRESS|sandrita.vc arroba outlook punto com]].
O: Gracias. ¿Usted cómo se llama y a qué número la llamamos?
C: [[PERSON|Esperanza Llontop]]. Este no es mi número, el mío es [[PHONE_NUMBER|nueve cuatro nueve, seiscientos veinte, trescientos once]], pero recién en la noche voy a tener saldo.
O: Muy bien, señora [[PERSON|Esperanza]]. Vamos a pasar el caso a la policía de [[LOCATION|Áncash]] y a la fiscalía. Si [[PERSON|Sandra]] le escribe, dígale que puede llamar gratis al 0800-2-3232.
C: Gracias, señorita. Y disculpe que se cortó.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h18-", "heldout18.jsonl")
