#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h53: ten fictional, labelled calls to a Peruvian counter-trafficking hotline.

Theme: the caller is never the victim and passes on other people's details in messy ways:
grandparents from rural Ayacucho, Huancavelica and Cusco mixing in Quechua words, a
bus-terminal ticket seller, a market vendor, a teacher, a taxi driver and a priest.

Styles: five lowercase, unpunctuated speech-recogniser (Whisper-style) Spanish calls with
fillers ("eh", "este"), self-corrections, numbers said in words, phones split or corrected,
and names that are also ordinary words (rosa, luz, flor, paz, cruz, leon, delfín) next to the
same words used as ordinary words; two cased Spanish calls; one English; one Brazilian
Portuguese; one Spanish call code-switching with Quechua.

Everything (people, phones, DNIs, tickets, receipts, plates, e-mails, handles, businesses,
addresses) is invented. Written by an outside writer who read only shared/eval/LABELS.md,
shared/eval/make_dev.py and the builder make_heldout.py, following make_dev.py's annotation
conventions; markup [[TYPE|surface]] is turned into offsets by make_heldout.write_set().
"""

CALLS = [
    (
        "h53-01",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló aló señorita eh buenas tardes este yo le llamo de [[LOCATION|lircay]] de [[LOCATION|huancavelica]] me escucha
O: sí señora la escucho bien hable con calma
C: ay mamay es por mi nieta por mi wawa la [[PERSON|luz]] este [[PERSON|luz marina taipe ccoicca]] tiene [[AGE|quince años]] no perdón [[AGE|dieciséis]] ya cumplió [[DATE_TIME|el veinte de marzo]]
O: ya señora y qué ha pasado con [[PERSON|luz marina]]
C: una señora vino a la chacra dice que es de [[LOCATION|huancayo]] se llama [[PERSON|rosa]] eh doña [[PERSON|rosa paucar]] y dijo que en [[LOCATION|lima]] la iba a poner a estudiar y a trabajar en su pollería que le iba a pagar ochocientos soles
O: cuándo se la llevó
C: se fueron [[DATE_TIME|el ocho de enero]] en el carro de la empresa [[ORGANIZATION|transportes qori ñan]] de noche y de ahí ya casi no llama manam contesta señorita dice que trabaja de madrugada hasta la noche que no le pagan que duerme en el depósito y que ni luz hay ahí
O: sabe en qué parte de [[LOCATION|lima]] está
C: en [[LOCATION|ate]] dice [[ADDRESS|al frente del grifo de la avenida nicolás ayllón cerca del paradero la fábrica]] la pollería se llama [[ORGANIZATION|pollería el rancherito de oro]] eso me dijo la última vez
O: tiene el número de la señora [[PERSON|rosa]]
C: sí sí apunte es [[PHONE_NUMBER|nueve siete ocho]] no perdón es [[PHONE_NUMBER|nueve siete nueve cuatro cero eh uno dos cinco seis]]
O: le repito [[PHONE_NUMBER|979 401 256]] es correcto
C: ari sí eso es
O: y el dni de su nieta lo tiene
C: acá tengo su copia mi nuera me lo ha dado [[ID_NUMBER|siete seis dos ocho uno cero cuatro tres]]
O: [[ID_NUMBER|76281043]] muy bien señora y usted cómo se llama
C: [[PERSON|eusebia ccoicca de taipe]] yo no tengo celular señorita el número es de mi nuera la [[PERSON|flor]] [[PHONE_NUMBER|nueve ocho cuatro]] eh [[PHONE_NUMBER|dos cero uno seis seis siete]] ahí me avisan
O: señora [[PERSON|eusebia]] lo que me cuenta puede ser trata de una menor por explotación laboral vamos a pasar el caso a la policía y a la fiscalía en [[LOCATION|lima]] para que vayan a la pollería y mañana la llamamos a ese número
C: ay taytallay gracias señorita yo ya no tengo paz desde que se fue mi wawa
O: la vamos a ayudar señora cuídese
""",
    ),
    (
        "h53-02",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches este mire yo trabajo en la boletería del terminal terrestre de [[LOCATION|ayacucho]] en la ventanilla de [[ORGANIZATION|expreso señor de la cruz]] y quería reportar algo que me pareció raro
O: claro le escucho
C: eh hoy en la tarde vino un señor a comprar pasajes para [[LOCATION|puerto maldonado]] para él y tres chicas jovencitas bien jovencitas y las chicas no hablaban nada estaban con la cabeza agachada y él tenía todos los dni en la mano
O: qué edad cree que tenían las chicas
C: una de ellas se me acercó cuando él fue al baño y me dijo que tenía [[AGE|catorce]] las otras igual [[AGE|quince dieciséis]] máximo
O: tiene los datos de los pasajeros
C: sí porque para vender el pasaje se registra el dni a ver el señor es [[PERSON|delfín huarcaya llallahui]] dni [[ID_NUMBER|cuatro cuatro ocho uno cinco cero dos siete]] y las chicas son [[PERSON|paz quicaño]] este [[PERSON|paz yesenia quicaño ñaupari]] [[PERSON|flor de maría pariona]] y la otra [[PERSON|yupanqui]] [[PERSON|kiara yupanqui cconislla]]
O: y los números de boleto
C: el del señor es [[OTHER_ID|b cero cero tres guion cero cero cuatro cinco uno siete]] y los de las chicas son seguidos el [[OTHER_ID|cuatro cinco uno ocho]] [[OTHER_ID|uno nueve]] y [[OTHER_ID|dos cero]] todos con la misma serie
O: a qué hora sale el bus
C: sale a [[DATE_TIME|las nueve y cuarto de la noche]] de hoy va por [[LOCATION|cusco]] y llega a [[LOCATION|puerto maldonado]] mañana en la tarde la placa del bus es [[OTHER_ID|a d cuatro guion nueve ocho uno]] es el bus de dos pisos color guinda
O: el señor dijo algo más
C: pagó todo en efectivo novecientos sesenta soles y le dijo a la chica la de [[AGE|catorce]] que si lloraba la iba a dejar en el camino a él le dicen [[PERSON|león]] porque así lo llamó por teléfono uno que vino a despedirlo oye [[PERSON|león]] le dijo no te demores
O: tiene algún número del señor
C: en el registro dejó este [[PHONE_NUMBER|966 012 738]] pero no sé si será verdad
O: vamos a avisar ahora mismo a la policía del terminal y de la carretera para que intervengan el bus antes de salir o en el control me puede dar su nombre
C: prefiero que no señora solo dígale que es la chica de la ventanilla cinco mi celular es [[PHONE_NUMBER|nueve cinco uno tres cero cero siete ocho cuatro]]
O: gracias no se arriesgue usted y si el señor regresa llame al 105
C: ya gracias
""",
    ),
    (
        "h53-03",
        "es",
        """
O: línea contra la trata buenos días
C: buenos días señorita eh soy vendedora del mercado de [[LOCATION|wanchaq]] acá en [[LOCATION|cusco]] tengo mi puesto de verduras el [[ADDRESS|puesto ciento doce del pasadizo de papas]]
O: buenos días dígame en qué le puedo ayudar
C: mire al lado está el puesto de la señora [[PERSON|cruz]] [[PERSON|benedicta cruz mendoza]] y ella tiene a una chiquita que trabaja ahí desde las cuatro de la mañana cargando sacos y de noche la lleva a su casa a lavar la ropa no la deja ir al colegio
O: cuántos años tiene la niña
C: dice que [[AGE|doce]] se llama [[PERSON|rosa]] [[PERSON|rosita]] le dice la señora pero la niña dice que su nombre es [[PERSON|rosa huillca]] y que es de [[LOCATION|ccatca]] de una comunidad arriba de [[LOCATION|quispicanchi]] habla más quechua que castellano la pobre
O: y sabe cómo llegó con la señora
C: este su mamá la entregó dice para que estudie en la ciudad y la señora le manda cien soles cada tanto pero la niña ni sabe si llegan y le pega señorita [[DATE_TIME|el jueves]] le vi el brazo morado
O: sabe dónde vive la señora [[PERSON|cruz]]
C: en [[LOCATION|san sebastián]] [[ADDRESS|pasando la iglesia de la plaza la casa de adobe con portón celeste al costado de la panadería]] eso sí sé porque una vez le llevé unas cajas
O: tiene algún teléfono de la señora
C: su yape es [[PHONE_NUMBER|nueve siete cuatro ocho eh ocho ocho]] ay no me acuerdo el resto espérese acá tengo el voucher [[PHONE_NUMBER|974 886 215]] y el yape sale a nombre de [[PERSON|benedicta c m]]
O: perfecto y la niña tiene algún documento
C: no creo la señora dice que la está tramitando
O: señora lo que describe es una forma de explotación de una menor vamos a derivarlo a la fiscalía de familia y a la defensoría municipal del niño para que hagan una visita me puede dejar un número
C: sí pero no ponga mi nombre en nada yo soy [[PERSON|marleni]] mi número [[PHONE_NUMBER|nueve ocho cuatro seis uno dos cero tres nueve]] llámeme después de las seis que ya cierro el puesto
O: gracias señora [[PERSON|marleni]] la llamaremos
""",
    ),
    (
        "h53-04",
        "es",
        """
O: línea contra la trata buenas noches le escuchamos
C: buenas noches jefa eh disculpe la hora soy taxista acá en [[LOCATION|juliaca]] trabajo con [[ORGANIZATION|radio taxi sol de oro]] y quiero reportar una carrera que hice porque no me deja dormir
O: claro señor cuénteme
C: [[DATE_TIME|el domingo veintitrés]] a [[DATE_TIME|las once y cuarenta de la noche]] me sale un pedido por el aplicativo el pedido número este [[OTHER_ID|cuatro ocho siete dos dos uno]] lo recojo en la [[ADDRESS|salida a puno frente al óvalo de la capilla]] y suben un señor y dos chiquitas chiquitas jefa de [[AGE|trece catorce años]] así
O: y a dónde los llevó
C: al [[ORGANIZATION|hostal los andes del sur]] en el [[ADDRESS|jirón san román cuatrocientos diez]] por la feria y en el camino la más chiquita lloraba y le decía a la otra ya no quiero [[PERSON|cielo]] quiero ir a mi casa a [[LOCATION|azángaro]] y el señor le dijo cállate o te regreso a la mina
O: el señor le dio algún dato
C: en el aplicativo sale como [[PERSON|jhon]] nomás con foto de un gallo y su número es el [[PHONE_NUMBER|nueve cuatro tres]] no [[PHONE_NUMBER|nueve cuatro cuatro tres uno siete cero eh cero dos]] y lo bajó en la puerta del hostal y la recepcionista le dio la llave sin pedir nada
O: recuerda algo más del señor
C: grueso bajito con casaca de cuero y le hablaban por teléfono le decían compadre [[PERSON|condemayta]] o algo así y hablaba de [[LOCATION|la rinconada]] que mañana las subía pagó dieciocho soles y me dejó dos de propina
O: eso que cuenta es muy serio señor vamos a informar a la policía de trata en [[LOCATION|puno]] para que vayan al hostal me puede dar su nombre y la placa de su taxi por si la policía necesita su declaración
C: sí jefa [[PERSON|wilber condemayta]] no nada que ver con ese tipo eh es otra familia mi placa es [[OTHER_ID|z uno c guion cuatro cero siete]] y mi celular [[PHONE_NUMBER|951 227 408]]
O: gracias señor [[PERSON|wilber]] si vuelve a verlo no lo enfrente llámenos
C: ya jefa buenas noches
""",
    ),
    (
        "h53-05",
        "es",
        """
O: línea contra la trata buenos días en qué podemos ayudarle
C: allinllachu señorita eh buenos días habla [[PERSON|teodoro ttito]] de la comunidad de [[LOCATION|ccollpa]] de [[LOCATION|paucartambo]] [[LOCATION|cusco]] llamo del celular del teniente gobernador
O: buenos días don [[PERSON|teodoro]] le escucho
C: es por mi nieto [[PERSON|santos]] [[PERSON|santos quispe ttito]] tiene [[AGE|trece añitos]] nomás se lo han llevado a [[LOCATION|madre de dios]] a la mina dicen a [[LOCATION|huepetuhe]]
O: quién se lo llevó don [[PERSON|teodoro]]
C: un contratista [[PERSON|gavino]] le dicen [[PERSON|chaski]] porque camina rápido vino en [[DATE_TIME|la fiesta de la virgen del carmen]] con su camioneta y se llevó a cuatro chicos diciendo que les iba a pagar cincuenta soles diario y ahora el [[PERSON|santos]] llamó llorando dice que está en el agua todo el día que no le pagan que el [[PERSON|chaski]] dice que debe el pasaje
O: tiene algún número del señor [[PERSON|gavino]]
C: el número empieza con [[PHONE_NUMBER|nueve cinco ocho]] no me acuerdo más señorita pero la camioneta es plomita la placa termina en [[OTHER_ID|ochenta y dos]] eso vio mi otro nieto
O: y el dni de [[PERSON|santos]] lo tiene
C: sí el profesor me lo copió acá en un papelito [[ID_NUMBER|siete ocho cero cinco tres uno uno nueve]] eh no [[ID_NUMBER|siete ocho cero cinco tres uno nueve uno]] así es
O: [[ID_NUMBER|78053191]] y los otros chicos quiénes son
C: el [[PERSON|raúl]] de la señora [[PERSON|apaza]] tiene [[AGE|quince]] y dos hermanos [[PERSON|huamán]] que ya son mayorcitos de [[AGE|veinte]] más o menos ay taytay que los santos me lo cuiden a mi wawa
O: don [[PERSON|teodoro]] vamos a pasar el caso a la fiscalía y la policía de [[LOCATION|madre de dios]] y también a la defensoría en [[LOCATION|paucartambo]] a qué número lo llamamos
C: al del teniente gobernador nomás él me avisa [[PHONE_NUMBER|nueve ocho cuatro eh siete siete cero uno cuatro dos]] se llama don [[PERSON|celestino]]
O: muy bien lo llamamos mañana don [[PERSON|teodoro]]
C: sulpayki señorita gracias
""",
    ),
    (
        "h53-06",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Soy profesor de la [[ORGANIZATION|I.E. José María Arguedas]] de [[LOCATION|Vilcashuamán]], en [[LOCATION|Ayacucho]]. Me llamo [[PERSON|Hernán Pariona Gutiérrez]]. Llamo por dos alumnas de cuarto de secundaria.
O: Gracias por llamar, profesor. Cuénteme.
C: Desde [[DATE_TIME|el lunes 3]] no vienen al colegio [[PERSON|Yeni Huamaní]] y [[PERSON|Marisol Ccahuana Tello]]. [[PERSON|Yeni]] tiene [[AGE|15 años]] y [[PERSON|Marisol]], [[AGE|16]]. Sus compañeras me enseñaron que las dos estaban hablando con una página de Facebook que ofrece trabajo de anfitrionas en [[LOCATION|Lima]] y [[LOCATION|Pucallpa]]: se llama [[OTHER_ID|facebook.com/empleos.selvajoven]].
O: ¿Sabe si ya viajaron?
C: Creo que sí. La mamá de [[PERSON|Yeni]] me mostró un comprobante: la misma página le mandó a la chica 150 soles por Yape para el pasaje. El número de operación es [[OTHER_ID|08457219]] y el Yape salió de un celular que termina en [[PHONE_NUMBER|307]], a nombre de [[PERSON|Roxana M.]]
O: ¿Tiene el número completo?
C: Sí, las chicas lo tenían: [[PHONE_NUMBER|962 118 307]]. También les pidieron que escriban a un correo, [[EMAIL_ADDRESS|rrhh.selvajoven@gmail.com]], con foto de cuerpo entero y foto del DNI.
O: ¿Tiene los DNI de las alumnas?
C: De la ficha de matrícula: [[PERSON|Yeni]], [[ID_NUMBER|77430925]]; [[PERSON|Marisol]], [[ID_NUMBER|75 812 046]]. Ojo que en la ficha de [[PERSON|Marisol]] está mal un número, la mamá me dijo que el correcto es [[ID_NUMBER|75812064]].
O: Muy bien. ¿Las familias han denunciado?
C: La mamá de [[PERSON|Marisol]], la señora [[PERSON|Delia Tello]], fue a la comisaría y le dijeron que espere 48 horas, que seguro se fue con el enamorado. Su número es [[PHONE_NUMBER|983 640 511]].
O: Eso no es correcto; la denuncia por desaparición de una menor se recibe de inmediato. Vamos a comunicarlo a la policía especializada y a la fiscalía, y activaremos la alerta de búsqueda. ¿Me deja su contacto, profesor?
C: Sí, [[PHONE_NUMBER|+51 966 402 139]], y mi correo es [[EMAIL_ADDRESS|hpariona.profe@yahoo.es]].
O: Gracias, profesor [[PERSON|Hernán]]. Lo llamamos esta noche con novedades.
""",
    ),
    (
        "h53-07",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, hija. Le habla el padre [[PERSON|Anselmo Quispe]], soy párroco de la [[ORGANIZATION|Parroquia San Pedro Apóstol]] de [[LOCATION|Ocongate]], en [[LOCATION|Cusco]]. Me han contado algo en la parroquia que me preocupa mucho.
O: Lo escucho, padre.
C: Una agencia de [[LOCATION|Lima]] está llevándose a chicas de las comunidades de arriba, de [[LOCATION|Tinke]] y [[LOCATION|Mallma]]. Se llama [[ORGANIZATION|Agencia de Empleos Nueva Esperanza]], dicen que para trabajar de empleadas del hogar. Tienen RUC y todo, una señora me enseñó el contrato: [[ID_NUMBER|20608714325]].
O: ¿Sabe cuántas chicas se han ido?
C: Que yo sepa, cinco, desde [[DATE_TIME|la fiesta del Señor de Qoyllur Rit'i]]. Una de ellas, [[PERSON|Florencia Mamani Champi]], es ahijada mía, yo la bauticé. Tiene [[AGE|diecisiete]]. Su abuela, doña [[PERSON|Basilia]], vino llorando ayer porque la chica le dijo por teléfono que no la dejan salir de la casa, que le quitaron el DNI y que la señora le grita en castellano y ella no entiende bien.
O: ¿Sabe dónde está la casa?
C: La abuela no sabe. Pero la agencia tiene oficina en el [[ADDRESS|Jirón Cusco 611, oficina 204]], en el [[LOCATION|Cercado de Lima]]. Y en el contrato dice que la empleadora es una señora [[PERSON|Valcárcel]], [[PERSON|Inés Valcárcel de Rivas]], en [[LOCATION|Surco]].
O: ¿Tiene algún dato más de la agencia?
C: El que viene a recoger a las chicas se llama [[PERSON|Marco]], tiene un celular de [[LOCATION|Lima]], [[PHONE_NUMBER|+51 944 530 862]], y les pide a las familias una "garantía" de 200 soles que se deposita en una cuenta del Banco de la Nación, la [[OTHER_ID|04-076-318542]]. Eso es lo que más me indigna.
O: Padre, esto tiene todas las señales de captación para trata con fines de servidumbre doméstica. Vamos a derivarlo a la fiscalía especializada en [[LOCATION|Lima]] y a la policía. ¿El DNI de [[PERSON|Florencia]] lo tiene?
C: Tengo la partida de bautismo y una copia del DNI que dejó para la confirmación: [[ID_NUMBER|73916248]].
O: ¿Y cómo lo contactamos, padre?
C: Al teléfono de la parroquia, [[PHONE_NUMBER|084 253 117]], o a mi correo, [[EMAIL_ADDRESS|p.anselmo.ocongate@gmail.com]]. Los domingos celebro en las comunidades y no hay señal.
O: Gracias, padre [[PERSON|Anselmo]]. Le llamaremos esta semana.
C: Dios se lo pague, hija.
""",
    ),
    (
        "h53-08",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon, sorry, do you speak English? My Spanish is not good enough for this.
O: Yes, I can help you in English. What's happening?
C: My name is [[PERSON|Colleen Fraser]], I'm a volunteer at the [[ORGANIZATION|Casa Mamacha Hostel]] in [[LOCATION|Ayacucho]], it's run by the parish. There's an elderly lady here, Mama [[PERSON|Alejandrina]], [[PERSON|Alejandrina Cisneros Yucra]], she only speaks Quechua, and one of the cooks is translating for me. She came down from [[LOCATION|Chungui]] looking for her granddaughter.
O: Thank you, [[PERSON|Colleen]]. What happened to the granddaughter?
C: The girl is [[PERSON|Maribel]], um, [[PERSON|Maribel Yucra]], she's [[AGE|sixteen]], no wait, the cook says [[AGE|fifteen]], she turns [[AGE|sixteen]] in [[DATE_TIME|December]]. She left on [[DATE_TIME|October 2nd]] with a man who promised her a job in a restaurant in [[LOCATION|Pichari]], in the [[LOCATION|VRAEM]]. The grandmother keeps saying "wawallay, wawallay", my little one.
O: Has the family heard from her since?
C: Once. She called from a number the grandmother had written on a cigarette box, hang on, it's [[PHONE_NUMBER|nine four seven, three three two]]... the rest is smudged, maybe [[PHONE_NUMBER|zero eight one]]? She said she's serving drinks in a bar called [[ORGANIZATION|La Cabaña del Tío Pancho]], near [[ADDRESS|the port where the boats to Palmapampa leave, next to the yellow hardware store]], and that the owner took her DNI and says she owes him for the trip.
O: Do you know anything about the man who took her?
C: They call him [[PERSON|Cholo Rubén]]. He has an Instagram, the cook found it, [[OTHER_ID|@ruben.vraem.oficial]]. And the grandmother sent him money once, 300 soles through Western Union, I have the receipt here, the tracking number is MTCN [[OTHER_ID|418-902-7735]].
O: That's very useful. Does the grandmother have [[PERSON|Maribel]]'s DNI number?
C: She has a photocopy. It's [[ID_NUMBER|seven one, five zero nine, three eight four six]], let me read it properly, [[ID_NUMBER|71509384]], and then the check digit is [[ID_NUMBER|6]].
O: Thank you. We'll report this to the anti-trafficking police and the prosecutor for the area so they can go to that bar. Can I have your contact?
C: Sure, my number is [[PHONE_NUMBER|+1 (604) 555-0187]], WhatsApp works best, or my email, [[EMAIL_ADDRESS|colleen.fraser.volunteer@outlook.com]]. The hostel's landline is [[PHONE_NUMBER|066 31 2094]] if you need the grandmother directly.
O: Thank you, [[PERSON|Colleen]]. Please tell Mama [[PERSON|Alejandrina]] we'll call tomorrow.
C: I will. Thank you, she's been crying all morning.
""",
    ),
    (
        "h53-09",
        "pt",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, desculpa, eu falo português, a senhora entende?
O: Sí, entiendo, hable tranquilo.
C: Meu nome é [[PERSON|Edivaldo Sousa]], sou caminhoneiro, faço a rota [[LOCATION|Rio Branco]] até [[LOCATION|Puerto Maldonado]] pela Interoceânica. Hoje de tarde, no posto de [[LOCATION|Iñapari]], perto da ponte da fronteira, um homem me pediu carona até [[LOCATION|Assis Brasil]] com duas meninas peruanas.
O: ¿Qué edad tenían las niñas?
C: Novinhas, uns [[AGE|quatorze]], [[AGE|quinze anos]]. Uma delas falava quéchua com a outra e chorava. O homem dizia que ia levar elas pra trabalhar numa boate em [[LOCATION|Brasiléia]], a [[ORGANIZATION|Boate Estrela do Acre]]. Eu falei que não, mas vi que ele pegou uma van.
O: ¿Vio la placa de la van?
C: Vi sim, placa brasileira, [[OTHER_ID|QXR-4B17]], uma van prata. E o cara, as meninas chamavam ele de Tio [[PERSON|Nego]]. Ele me deu um cartão, tá aqui: [[PERSON|Reginaldo Farias]], telefone [[PHONE_NUMBER|+55 68 99214-3308]]. No cartão tem até CPF, olha que descarado: [[ID_NUMBER|412.877.630-15]].
O: ¿Sabe los nombres de las niñas?
C: Uma se chamava [[PERSON|Gaby]], a outra eu não entendi, acho que [[PERSON|Nayeli]]. A [[PERSON|Gaby]] me disse baixinho que é de [[LOCATION|Quillabamba]].
O: Gracias, señor [[PERSON|Edivaldo]]. Vamos a avisar a la policía en [[LOCATION|Iñapari]] y pedir apoyo a la policía de [[LOCATION|Brasil]] en la frontera. ¿Me deja un número?
C: Meu zap é [[PHONE_NUMBER|(68) 9 8405-1172]], e meu e-mail [[EMAIL_ADDRESS|edivaldo.transportes@bol.com.br]]. Eu vou estar parado no [[ADDRESS|posto Shell na entrada de Assis Brasil]] até amanhã cedo.
O: Perfecto. No los siga, deje que la policía actúe.
C: Tá bom, obrigado, senhora.
""",
    ),
    (
        "h53-10",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Imaynalla, señorita. Disculpe, mi castellano poquito nomás. Ñuqaqa [[PERSON|Fortunato Llamocca]] kani, de [[LOCATION|Huanta]], comunidad [[LOCATION|Uchuraccay]]. Mi nieta, [[PERSON|Yolanda]]... [[PERSON|Yola]] nisqa, chinkarqun, se ha perdido pues.
O: Don [[PERSON|Fortunato]], le entiendo, hable como pueda, despacio. ¿Cuántos años tiene [[PERSON|Yolanda]]?
C: Chunka pusaqniyuq wata... [[AGE|dieciocho]] no, [[AGE|diecisiete]] nomás, mana chunka pusaqniyuqchu. Un señor con camioneta vino [[DATE_TIME|el día de la feria, el domingo pasado]], dijo que en [[LOCATION|Pichari]] hay trabajo en la cosecha de cacao. Chaymanta kunan, en la noche, llamó llorando: "Papachay, manam kacharimuwankuchu", no la sueltan, dice.
O: ¿Le dijo dónde está?
C: Arí. En [[LOCATION|Llochegua]], [[ADDRESS|chakra del señor Paniagua, pasando el puente Mantaro, la casa de calamina con tanque azul]]. Ahí dice trabajan chicas pisando hoja, de noche también.
O: ¿El señor [[PERSON|Paniagua]] es el que la llevó?
C: Mana. El que llevó es otro, [[PERSON|Efraín]], le dicen "[[PERSON|Waqra]]", tiene camioneta blanca, placa [[OTHER_ID|D4U-615]], mi nieto vio. Celular de [[PERSON|Waqra]]: [[PHONE_NUMBER|nueve cinco seis, cero... cero siete]], ay, [[PHONE_NUMBER|956 007 342]].
O: Gracias, don [[PERSON|Fortunato]]. ¿Tiene el DNI de [[PERSON|Yolanda]]?
C: DNI-nta apakurqan, se llevó. Pero su libreta de vacunas tengo, ahí dice [[PERSON|Yolanda Llamocca Quispe]], nacida [[DATE_TIME|14 de julio del 2007]].
O: Don [[PERSON|Fortunato]], vamos a avisar a la policía y a la fiscalía en el [[LOCATION|VRAEM]] para que busquen a su nieta en ese lugar. ¿A qué número lo llamamos?
C: Al de mi hijo, [[PERSON|Hilario]]: [[PHONE_NUMBER|nueve siete uno, cuatro cuatro ocho, dos seis cero]]. Él castellano sabe bien. Sulpayki, señorita, Diospa munasqan.
O: Gracias a usted, don [[PERSON|Fortunato]]. Mañana lo llamamos.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h53-", "heldout53.jsonl")
