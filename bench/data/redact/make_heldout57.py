#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h57: ten fictional calls to a Peruvian counter-trafficking hotline (Línea 1818),
set in the south and on the Bolivian/Chilean border: Puno, Juliaca, Desaguadero, Tacna,
Moquegua, Ilo and the road to La Rinconada, with Aymara and Quechua words mixed in.

Callers: mothers and aunts of missing girls, a Bolivian father, a truck driver, a bus-company
counter clerk, a hostel cleaner, a market trader, a Chilean social worker, a foreign nurse and
a Brazilian trucker. Styles: five lowercase unpunctuated speech-recogniser (Whisper-style)
Spanish transcripts with disfluencies, self-corrections, numbers split across turns, said digit
by digit or in pairs and read back by the operator; two cased Spanish; two English; one
Brazilian Portuguese. Traps that are not PII: money, durations, counts, the hotline number
1818, law article numbers, public institutions (Policía Nacional, Fiscalía, DEMUNA, OIM).

Written by an outside test-data writer who read only LABELS.md, make_dev.py and
make_heldout.py. Everything (people, numbers, IDs, handles, plates, businesses, addresses) is
invented. Markup [[TYPE|surface]] follows make_dev.py's annotation conventions and is turned
into offsets by make_heldout.build().
"""

CALLS = [
    (
        "h57-01",
        "es",
        """
O: línea 1818 contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló señorita buenas tardes eh llamo de [[LOCATION|juliaca]] es por mi hija que no aparece ya son nueve días
O: tranquila señora cuénteme con calma cómo se llama su hija
C: se llama [[PERSON|flor]] [[PERSON|flor de maría ccallo ticona]] nosotros le decimos [[PERSON|florcita]] tiene [[AGE|dieciséis]] no perdón ya cumplió [[AGE|diecisiete]] el mes pasado
O: [[AGE|diecisiete años]] ya y con quién se fue
C: con una señora que le dicen la tía [[PERSON|chela]] ella tiene su puesto de frazadas en el [[ADDRESS|mercado túpac amaru al fondo al lado de los baños]] le ofreció trabajo en una pollería en [[LOCATION|la rinconada]] mil doscientos soles dice con cuarto y comida
O: y cuándo viajó su hija
C: el [[DATE_TIME|jueves doce]] en la madrugada en la combi de [[ORGANIZATION|transportes ananea express]] la tía [[PERSON|chela]] le ha pagado el pasaje
O: tiene el número de celular de [[PERSON|flor]]
C: sí es eh espérese acá lo tengo apuntado [[PHONE_NUMBER|nueve cinco tres]]
O: [[PHONE_NUMBER|nueve cinco tres]] ya
C: [[PHONE_NUMBER|cuatro cero ocho uno uno seis]]
O: le repito [[PHONE_NUMBER|953 408 116]] correcto
C: sí eso pero ya no contesta apagado nomás está desde el [[DATE_TIME|lunes]] que me llamó llorando ay mamita
O: qué le dijo ese [[DATE_TIME|lunes]]
C: que no es pollería es un bar se llama [[ORGANIZATION|el minero de oro]] que la hacen tomar con los mineros y que le deben trescientos soles del pasaje y de la comida que no la dejan bajar hasta que pague
O: señora eso es muy grave y vamos a actuar hoy mismo tiene el dni de su hija
C: sí su dni es [[ID_NUMBER|siete uno]] no perdón ese es el mío el de ella es [[ID_NUMBER|setenta y seis cuarenta y dos]]
O: setenta y seis cuarenta y dos sí
C: [[ID_NUMBER|dieciocho noventa y uno]]
O: [[ID_NUMBER|76421891]] y la tía [[PERSON|chela]] tiene algún número o facebook
C: su facebook es [[OTHER_ID|chelita trabajos rinconada]] ahí pone sus avisos se necesita señoritas para atención nomás dice
O: muy bien y usted cómo se llama señora
C: [[PERSON|justina ticona]] mi celular es [[PHONE_NUMBER|951]]
O: [[PHONE_NUMBER|951]] sí
C: [[PHONE_NUMBER|77 20 34]]
O: [[PHONE_NUMBER|951 772 034]] señora [[PERSON|justina]] voy a pasar el caso a la policía nacional y a la fiscalía especializada en trata de [[LOCATION|puno]] para que entren al bar en [[LOCATION|la rinconada]] no vaya sola allá por favor
C: yuspagara señorita mi wawa nomás quiero que vuelva
O: la llamamos esta noche para contarle qué se ha coordinado
""",
    ),
    (
        "h57-02",
        "es",
        """
O: línea 1818 buenas noches le escucho
C: buenas noches mire yo trabajo en el counter de una empresa de buses en el terminal internacional de [[LOCATION|tacna]] y hace ratito ha pasado algo que no me gustó
O: gracias por llamar me puede decir su nombre
C: [[PERSON|ruth]] no mejor no no ponga mi nombre ya digamos que soy del counter nomás
O: como prefiera no hay problema qué pasó
C: vino un señor con dos chicas a comprar pasajes a [[LOCATION|arica]] para el colectivo de [[DATE_TIME|las cinco y cuarenta]] de la mañana las chicas se ven chiquitas de [[AGE|catorce]] [[AGE|quince]] máximo y el señor dice que son sus sobrinas pero ellas ni lo miran
O: y tenían documentos
C: el señor me pasó unos dnis y la foto no era de la chica pues una dice [[AGE|diecinueve años]] y la chica es una niña y hablaban entre ellas en aymara bajito la más chiquita dijo algo de su mama que está en [[LOCATION|ilave]]
O: usted vendió los pasajes
C: sí le vendí porque mi supervisor estaba al lado los boletos son el [[OTHER_ID|cero cero cuatro guion once ochenta y siete]] y el [[OTHER_ID|cero cero cuatro guion once ochenta y ocho]]
O: repito boletos [[OTHER_ID|004-1187]] y [[OTHER_ID|004-1188]] a nombre de quién salen
C: uno a nombre de [[PERSON|deysi mamani]] y el otro [[PERSON|katy]] [[PERSON|katy huanca]] pero le digo que esas no son ellas
O: y el señor
C: el señor se llama [[PERSON|efraín]] bueno eso dijo [[PERSON|efraín coaquira]] su dni es [[ID_NUMBER|4 2]]
O: sí
C: [[ID_NUMBER|7 3 0 9 1 6]]
O: [[ID_NUMBER|42730916]]
C: no perdón el último es ocho [[ID_NUMBER|42730918]] ahí lo tengo en el manifiesto
O: [[ID_NUMBER|42730918]] anotado dejó algún teléfono
C: uno de chile [[PHONE_NUMBER|más 56 9]]
O: sí
C: [[PHONE_NUMBER|6 3 1 2]] [[PHONE_NUMBER|4 4 0 7]] y dice que en la frontera las espera una camioneta gris placa [[OTHER_ID|ka jota ere te cuarenta y cinco]]
O: [[PHONE_NUMBER|+56 9 6312 4407]] y placa [[OTHER_ID|KJRT-45]] bien el colectivo todavía no sale verdad
C: no sale a [[DATE_TIME|las cinco y cuarenta]] y ahorita ellos están sentados en la sala de espera al costado del [[ADDRESS|counter catorce de la empresa]] la empresa es [[ORGANIZATION|turismo frontera sur]]
O: voy a alertar ahora mismo a la policía nacional del terminal y a la división de trata de [[LOCATION|tacna]] para que intervengan antes del viaje usted no le diga nada al señor siga atendiendo normal
C: ya ya pero que no sepan que fui yo acá me conocen todos
O: su identidad queda reservada y si el señor intenta irse con las chicas en otro carro vuelva a llamar al 1818 al toque
C: ya gracias
""",
    ),
    (
        "h57-03",
        "es",
        """
O: línea 1818 contra la trata buenas noches
C: buenas noches señorita eh yo trabajo de limpieza en un hostal acá en [[LOCATION|puno]] y quiero avisar algo
O: la escucho con confianza cómo se llama
C: [[PERSON|soledad]] [[PERSON|soledad quispe]] pero me dicen [[PERSON|sole]]
O: ya [[PERSON|sole]] qué pasó
C: hay un señor que ha entrado con una chiquita a la [[ADDRESS|habitación doscientos cuatro]] la chiquita tendrá unos [[AGE|catorce años]] con su pollerita y sus trenzas bien asustadita estaba
O: a qué hora entraron
C: a las eh [[DATE_TIME|diez y media]] no no a [[DATE_TIME|las once menos cuarto]] porque yo estaba terminando mi turno
O: cómo se llama el hostal
C: [[ORGANIZATION|hostal lago sagrado]] en el [[ADDRESS|jirón arequipa 731]] a dos cuadras de la plaza de armas de ahí del banco la puerta marrón
O: el señor se registró
C: sí en el cuaderno puso [[PERSON|wilber]] [[PERSON|wilber condori apaza]] y su dni pero no sé si es verdad
O: me puede leer el dni
C: [[ID_NUMBER|cuarenta y cuatro]] [[ID_NUMBER|dieciséis]] [[ID_NUMBER|cero nueve]] [[ID_NUMBER|veintidós]]
O: [[ID_NUMBER|44160922]]
C: sí eso y en acompañante no ha puesto nada la recepcionista le ha cobrado cuarenta soles la noche nomás y no ha preguntado nada
O: la chica le dijo algo a usted
C: cuando subí las toallas me habló en aymara y poquito en castellano dice que es de [[LOCATION|desaguadero]] del lado boliviano y que la traen para trabajar y que el señor le dice [[PERSON|paloma]] pero no sé si ese es su nombre
O: está usted en un lugar seguro ahorita
C: sí estoy en el cuarto de lavandería en el primer piso
O: muy bien voy a pedir que la policía nacional vaya al hostal ahora mismo usted no toque la puerta ni se enfrente al señor
C: y me van a despedir señorita
O: su nombre no va a aparecer y si tiene algún problema en su trabajo nos vuelve a llamar me deja un número
C: es el [[PHONE_NUMBER|nueve siete cero]]
O: sí
C: [[PHONE_NUMBER|dos uno cinco]] [[PHONE_NUMBER|seis ocho tres]] ese tiene yape también
O: [[PHONE_NUMBER|970 215 683]] gracias [[PERSON|sole]] la llamamos en un rato
C: ya señorita sulpayki
""",
    ),
    (
        "h57-04",
        "es",
        """
O: línea 1818 buenos días en qué le ayudo
C: buenos días señorita yo soy boliviano llamo de [[LOCATION|el alto]] es por mi hija se la han llevado al [[LOCATION|perú]] y no sé dónde está
O: entiendo señor cómo se llama usted
C: [[PERSON|germán]] [[PERSON|germán choque limachi]] mi hija es [[PERSON|ximena]] [[PERSON|ximena choque]] tiene [[AGE|quince años]] nomás
O: cuándo fue la última vez que supo de ella
C: el [[DATE_TIME|veintitrés de febrero]] cruzó por [[LOCATION|desaguadero]] con un joven que conoció en el tiktok ese joven es [[OTHER_ID|arroba el chino guion bajo tacna]]
O: [[OTHER_ID|@el_chino_tacna]] así
C: así es señorita dice que le iba a dar trabajo en una tienda de celulares en [[LOCATION|tacna]] y que ganaría dos mil bolivianos
O: y ella le ha llamado desde allá
C: una vez nomás de un número peruano [[PHONE_NUMBER|nueve ocho]]
O: sí
C: [[PHONE_NUMBER|cuatro cuatro]] [[PHONE_NUMBER|uno siete]] [[PHONE_NUMBER|cero dos]] [[PHONE_NUMBER|nueve]]
O: [[PHONE_NUMBER|984 417 029]]
C: no perdón el final es [[PHONE_NUMBER|cero nueve dos]]
O: entonces [[PHONE_NUMBER|984 417 092]]
C: eso es dijo papá no es tienda es una discoteca y que el [[PERSON|chino]] le quitó su carnet y después se cortó
O: señor [[PERSON|germán]] tiene el número de carnet de [[PERSON|ximena]]
C: sí su carnet es [[ID_NUMBER|9 1 2 4 6 7 3 el pe]]
O: [[ID_NUMBER|9124673 LP]] y usted le ha mandado plata a alguien
C: sí ese joven me pidió quinientos bolivianos para que ella vuelva y le deposité a un yape el [[PHONE_NUMBER|nueve uno cinco]] [[PHONE_NUMBER|tres tres ocho]] [[PHONE_NUMBER|seis cero uno]] y después ya no respondió
O: [[PHONE_NUMBER|915 338 601]] muy bien eso sirve para ubicarlo usted tiene un número boliviano donde lo podamos llamar
C: sí [[PHONE_NUMBER|más 591 7 2]] [[PHONE_NUMBER|0 5 8 8 1 4 6]]
O: [[PHONE_NUMBER|+591 72058814]]
C: no perdón es [[PHONE_NUMBER|setenta y dos cero cinco ochenta y ocho cuarenta y uno]] el cuatro uno al revés
O: entonces [[PHONE_NUMBER|+591 72058841]]
C: sí ese es
O: perfecto señor vamos a informar a la policía nacional y a la fiscalía de [[LOCATION|tacna]] y coordinar con la oim y con la defensoría de la niñez de su lado usted ha puesto denuncia allá
C: sí en la felcc de [[LOCATION|el alto]] pero me dicen que es otro país que no pueden
O: aquí sí podemos hacer la búsqueda le vamos a llamar mañana
C: jallalla señorita gracias hermana
""",
    ),
    (
        "h57-05",
        "es",
        """
O: línea 1818 buenas noches
C: aló buenas noches yo soy chofer de camión estoy en la carretera a [[LOCATION|putina]] subiendo a [[LOCATION|la rinconada]] y he visto una cosa fea
O: gracias por llamar está usted manejando ahorita
C: no no estoy estacionado en el [[ADDRESS|grifo el cóndor en el kilómetro cuarenta y dos]] ahí paro siempre
O: qué ha visto
C: una minivan blanca con como seis chicas jovencitas todas dormidas o no sé el chofer bajó a comprar y una de ellas me dijo tío ayúdame no sé a dónde me llevan
O: la chica le dijo su nombre o su edad
C: dijo [[PERSON|yeni]] y que tiene [[AGE|trece]] no perdón [[AGE|catorce]] dijo catorce que es de [[LOCATION|sandia]] y después el chofer volvió y la gritó en quechua
O: vio la placa de la minivan
C: sí es ve ce no perdón es [[OTHER_ID|be ce]]
O: [[OTHER_ID|be ce]]
C: [[OTHER_ID|ocho guion cuarenta y uno nueve]]
O: [[OTHER_ID|BC8-419]] así
C: sí sí eso
O: [[OTHER_ID|BC8-419]] minivan blanca y el chofer cómo es
C: gordito con casaca de cuero los otros carros le dicen el [[PERSON|pato]] parece que siempre sube con chicas dos tres veces a la semana dicen
O: sabe hacia dónde iban
C: a [[LOCATION|la rinconada]] seguro porque esta carretera nomás va para allá o a [[LOCATION|ananea]]
O: cuánto rato hace que salieron del grifo
C: unos diez minutos
O: voy a avisar ahorita a la policía nacional del control de [[LOCATION|pampa blanca]] para que intercepten la minivan usted no la siga por favor me da su nombre
C: [[PERSON|teodoro]] [[PERSON|teodoro huarachi]] pero todos me dicen don [[PERSON|teo]] trabajo para [[ORGANIZATION|transportes hermanos huarachi]] mi celular es [[PHONE_NUMBER|nueve cuatro]] [[PHONE_NUMBER|dos cero]] [[PHONE_NUMBER|siete siete]] [[PHONE_NUMBER|tres uno]] [[PHONE_NUMBER|cinco]]
O: don [[PERSON|teo]] le repito [[PHONE_NUMBER|942 077 315]]
C: sí eso pero acá arriba casi no hay señal a veces
O: no hay problema le dejamos un mensaje lo que usted ha hecho es muy importante
C: ya señorita ojalá lleguen a tiempo esas wawas son
""",
    ),
    (
        "h57-06",
        "es",
        """
O: Línea 1818 contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Yo soy comerciante, tengo mi puesto en el mercado, acá en [[LOCATION|Tacna]], y quiero denunciar algo que veo hace meses.
O: La escucho. ¿Me puede decir su nombre?
C: [[PERSON|Eulogia Mendoza]]. Todos me dicen doña [[PERSON|Eulo]]. Vendo papa y chuño en la [[ADDRESS|Feria Altiplano, puesto 57]].
O: Gracias, señora [[PERSON|Eulogia]]. ¿Qué es lo que ha visto?
C: Al frente, en el puesto de abarrotes, hay dos chiquitas que trabajan desde las cinco de la mañana hasta las diez de la noche, todos los días. No van al colegio. Duermen ahí mismo, entre los sacos de arroz, con una frazadita nomás. La mayor tendrá [[AGE|13]], la menor unos [[AGE|10 años]].
O: ¿Sabe cómo se llaman?
C: A la mayor le dicen [[PERSON|Juanita]], a la chiquita [[PERSON|Rosita]]. Hablan aymara entre ellas, creo que son de [[LOCATION|Huacullani]], cerca de [[LOCATION|Desaguadero]]. [[PERSON|Juanita]] me dijo que su mamá las mandó para estudiar y que la señora le manda 150 soles al mes a la mamá, y nada más.
O: ¿Quién es la dueña del puesto?
C: La señora [[PERSON|Nely Cutipa]]. Tiene su negocio, [[ORGANIZATION|Distribuidora Nely e Hijos]], y su casa es en [[LOCATION|Ciudad Nueva]], [[ADDRESS|Asociación Villa Kollasuyo, manzana F, lote 9]]. Las chicas a veces van a su casa a lavar la ropa también.
O: ¿Ha visto que las maltraten?
C: Sí. El [[DATE_TIME|sábado]] [[PERSON|Juanita]] se equivocó con un vuelto y la señora [[PERSON|Nely]] le jaló del pelo delante de todos. Y a [[PERSON|Rosita]] la he visto con la mano quemada, de la cocinita.
O: Lo que me cuenta puede ser trata con fines de explotación laboral de menores. Según el artículo 129-A del Código Penal, aunque la familia haya dado su consentimiento, sigue siendo delito cuando son niñas. Vamos a informar a la Fiscalía de Familia y a la DEMUNA, y a la Policía Nacional.
C: ¿Y no van a saber que fui yo? Porque acá en el mercado todos nos conocemos.
O: Su identidad es reservada. ¿Me puede dar un teléfono?
C: Sí, es el [[PHONE_NUMBER|952 640 118]]. O si no, mi hija tiene correo: [[EMAIL_ADDRESS|karina.mendoza.tacna@gmail.com]].
O: Perfecto, doña [[PERSON|Eulo]]. Alguien de la DEMUNA podría pasar por el mercado en los próximos días. Si ve que se llevan a las niñas o que les pegan, llame de inmediato al 1818 o al 105.
C: Ya, señorita. Gracias. Esas niñas me dan mucha pena, ni juegan.
""",
    ),
    (
        "h57-07",
        "es",
        """
O: Línea 1818, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches. Disculpe la hora. Llamo de [[LOCATION|Moquegua]], por mi sobrina. Desde el [[DATE_TIME|domingo]] no sabemos nada de ella.
O: No se preocupe, para eso estamos. ¿Cómo se llama usted?
C: [[PERSON|Marleny Pari]]. Soy la tía de [[PERSON|Yessenia]]. Su mamá, mi hermana, está en [[LOCATION|Arequipa]] trabajando, yo la tengo a mi cargo.
O: ¿Cuál es el nombre completo de su sobrina y su edad?
C: [[PERSON|Yessenia Flores Pari]], le decimos [[PERSON|Yessi]]. Tiene [[AGE|16 años]]. Nació el [[DATE_TIME|3 de mayo de 2008]].
O: ¿Qué pasó el [[DATE_TIME|domingo]]?
C: Salió a las [[DATE_TIME|cuatro de la tarde]], dijo que iba donde una amiga, y no volvió. Revisé su tablet y tenía conversaciones por TikTok con una cuenta que se llama [[OTHER_ID|@sofi_modelos_ilo]]. Le ofrecían trabajo de anfitriona en [[LOCATION|Ilo]], 100 soles por noche, "solo para atender mesas".
O: ¿Y la cuenta de su sobrina?
C: Es [[OTHER_ID|@yessi.moquegua08]]. Ahí subió un video el [[DATE_TIME|lunes en la noche]], con luces moradas, como en un local. Una amiga de ella me dijo que es el [[ORGANIZATION|Karaoke Las Sirenas]], en [[ADDRESS|la avenida Costanera, frente al muelle de pescadores]].
O: ¿Tiene el número de celular de [[PERSON|Yessi]]?
C: Sí: [[PHONE_NUMBER|963 105 227]]. Suena, pero no contesta.
O: ¿Y su DNI?
C: [[ID_NUMBER|78215604]].
O: Le repito: DNI [[ID_NUMBER|78215604]], celular [[PHONE_NUMBER|963 105 227]]. ¿Ha ido a la comisaría?
C: Sí, a la comisaría de [[LOCATION|San Antonio]]. Me dijeron que espere 24 horas, pero yo sé que eso no es así.
O: Tiene razón: para la desaparición de una menor no hay que esperar ningún plazo. Vamos a coordinar con la Policía Nacional en [[LOCATION|Ilo]] y con la fiscalía para que verifiquen el local esta misma noche. ¿A qué número la llamamos?
C: Al [[PHONE_NUMBER|+51 953 772 409]]. Es mi celular, lo tengo siempre conmigo.
O: Gracias, señora [[PERSON|Marleny]]. Guarde los mensajes de TikTok, no los borre, y no vaya sola al local.
C: Está bien. Por favor, encuéntrenla.
""",
    ),
    (
        "h57-08",
        "en",
        """
O: Línea 1818, buenas tardes.
C: Good afternoon. Sorry, my Spanish is fine but I'd rather do this in English because I have to pass it on to a colleague. Is that okay?
O: Of course. How can I help?
C: My name is [[PERSON|Camila Fuentes Rojas]]. I'm a social worker with [[ORGANIZATION|Fundación Camino Norte]] in [[LOCATION|Arica]], [[LOCATION|Chile]]. Yesterday the Carabineros brought us a Peruvian girl they found at a bus stop near [[LOCATION|Chacalluta]]. She's [[AGE|15]].
O: Thank you, [[PERSON|Camila]]. What do you know about her?
C: Her name is [[PERSON|Milagros Cahuana Laura]], she goes by [[PERSON|Mili]]. She's from [[LOCATION|Ilave]], in [[LOCATION|Puno]]. Her Peruvian DNI is [[ID_NUMBER|77340128]]. She says a man picked her up in [[LOCATION|Tacna]] on [[DATE_TIME|February 19th]] and crossed the border with her in his car, saying she was his daughter.
O: Do you have anything on the man?
C: The car was a grey pickup, Chilean plate [[OTHER_ID|HXPL-27]]. She only knows him as Don [[PERSON|Lucho]]. He kept her in a flat in [[ADDRESS|Pasaje Las Dunas 1140]], and she was cleaning there and at a restaurant, fourteen hours a day, no pay.
O: Did he do anything else to her?
C: She hasn't said so yet. The psychologist is seeing her again tomorrow. The police checked and the flat is rented by a [[PERSON|Luis Alberto Vargas]], RUT [[ID_NUMBER|16.482.907-3]].
O: That's very useful. Does she have family in [[LOCATION|Peru]] we can contact?
C: Her mother, [[PERSON|Rufina Laura]]. The number [[PERSON|Mili]] gave us is [[PHONE_NUMBER|+51 951 224 860]], but nobody answers.
O: We'll try the mother and inform the Fiscalía and the DEMUNA in [[LOCATION|Puno]], and the consulate, so the return can be coordinated. Here we'd treat this under article 129-A; on your side it would be article 411 quater, I think.
C: Yes, the Chilean prosecutor has already opened a case. IOM is also involved, for the repatriation.
O: Good. Can I have your direct contact?
C: My mobile is [[PHONE_NUMBER|+56 9 8821 3306]], and my email is [[EMAIL_ADDRESS|cfuentes@caminonorte.cl]].
O: Thank you. We'll call you back tomorrow morning once we reach the mother.
C: Perfect. She keeps asking for her mum, so anything helps.
""",
    ),
    (
        "h57-09",
        "en",
        """
O: Línea 1818, buenas noches.
C: Hi, good evening, do you speak English?
O: Yes, go ahead.
C: Okay, great. I'm a nurse, I'm volunteering at the health post in [[LOCATION|La Rinconada]] for three months. My name's [[PERSON|Priya Raman]].
O: Thank you for calling, [[PERSON|Priya]]. What happened?
C: Tonight a girl came in with a bad infection and signs of... of repeated sexual abuse. She says she's [[AGE|eighteen]], but honestly she looks [[AGE|fourteen]], maybe [[AGE|fifteen]] at most. She told me her name is [[PERSON|Cielo]], but she said the owner gave her that name.
O: Where does she work?
C: At a bar called [[ORGANIZATION|Las Vegas Night]], up near the [[ADDRESS|third bocamina, behind the yellow water tank]]. The owner is a man they call Don [[PERSON|Faustino]]. She said there are five other girls and that they can't leave because they "owe" him for the bus from [[LOCATION|Cusco]] and their clothes, like 800 soles each.
O: Is she still with you now?
C: Yes, she's in the observation room. But she says a woman will come to collect her at [[DATE_TIME|6 a.m.]], and she's terrified. The woman's name is [[PERSON|Mirtha]], I think.
O: Please keep her there. We'll contact the police post in [[LOCATION|La Rinconada]] and the Fiscalía in [[LOCATION|Puno]] right now. Did she give you a surname or any ID?
C: No ID. She gave a surname, [[PERSON|Huillca]], and a village, [[LOCATION|Ocongate]]. She also gave me her mother's phone, [[PHONE_NUMBER|nine eight four, three one two, five five seven]].
O: Let me read it back: [[PHONE_NUMBER|984 312 557]].
C: That's right.
O: Is there any medical record with a date we should know about?
C: I'm writing it up now. Admission [[DATE_TIME|March 3rd, 9:40 p.m.]] I'll keep a copy for the prosecutor.
O: Thank you, that's exactly right. Can I have your number?
C: My Peruvian SIM is [[PHONE_NUMBER|+51 916 044 281]]. And my email is [[EMAIL_ADDRESS|priya.raman.rn@outlook.com]].
O: We'll call you within thirty minutes. If anyone tries to take her before the police arrive, call us or 105 immediately.
C: Okay. Thank you.
""",
    ),
    (
        "h57-10",
        "pt",
        """
O: Línea 1818, buenas tardes.
C: Boa tarde, moça, desculpa, eu falo português, sou brasileiro. Dá pra entender?
O: Sí, sí, entiendo. Puede hablar en portugués, yo le entiendo.
C: Beleza. Eu sou caminhoneiro, trago carga de [[LOCATION|Rondônia]] pela Interoceânica até o porto de [[LOCATION|Ilo]]. Meu nome é [[PERSON|José Carlos Nogueira]], mas todo mundo me chama de [[PERSON|Zé]].
O: Gracias, señor [[PERSON|José Carlos]]. ¿Qué pasó?
C: Ontem à noite, num posto de gasolina em [[LOCATION|Moquegua]], o [[ADDRESS|posto grande na saída para Ilo, do lado do restaurante de frango]], uma menina bateu no vidro da minha cabine e pediu ajuda. Disse que se chama [[PERSON|Esperanza]], que tem [[AGE|dezesseis anos]], que é de [[LOCATION|Juliaca]].
O: ¿Qué le dijo?
C: Que um homem levou ela e mais duas meninas pra trabalhar num restaurante, mas que é um prostíbulo, e que tão devendo pra ele. Ela chama ele de [[PERSON|Gringo]]. Aí ele apareceu e puxou ela pelo braço pra dentro de uma van vermelha. A placa era [[OTHER_ID|V2M-663]], eu anotei no celular.
O: ¿A qué hora fue eso?
C: Umas [[DATE_TIME|onze e vinte da noite]]. Eu fiquei vinte minutos parado sem saber o que fazer, depois um colega peruano me passou esse número, o 1818.
O: Hizo muy bien. ¿Sabe a dónde se fueron?
C: A van foi sentido [[LOCATION|Ilo]]. A menina disse o nome do lugar, "[[ORGANIZATION|La Casona del Puerto]]", acho.
O: Vamos a avisar a la Policía Nacional de [[LOCATION|Ilo]] y a la Fiscalía. ¿Me deja un número?
C: Meu número do Brasil é [[PHONE_NUMBER|+55 69 99214 3870]], tem WhatsApp. Minha placa do caminhão é [[OTHER_ID|RDK2F47]], se a polícia precisar me achar no porto.
O: Le repito: [[PHONE_NUMBER|+55 69 99214 3870]]. Señor [[PERSON|Zé]], ¿se queda en [[LOCATION|Ilo]] estos días?
C: Fico até [[DATE_TIME|quinta]], descarregando. Se precisar de depoimento, eu dou, sem problema.
O: Muchas gracias. Lo llamamos mañana.
C: Obrigado, moça. Tomara que achem ela.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h57-", "heldout57.jsonl")
