#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 28: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py's conventions and the builder's markup were read.
Styles:
  h28-lower-es-01: lowercase, unpunctuated Whisper-style Spanish (Chimbote neighbour); a phone number split over two turns, a mis-said number corrected, a name that is a common word ("flores").
  h28-lower-es-02: lowercase Whisper-style Spanish (brother of a boy in a brick kiln); "de ene i" for DNI, numbers said in pairs, a bank account, directions along a dirt track.
  h28-lower-es-03: lowercase Whisper-style Spanish (Arequipa mother, forced criminality via an online game); an age corrected mid-sentence, a landline in words, directions given as instructions ("bajas ... subes ...").
  h28-cased-es-04: cased, punctuated Spanish from a health worker (obstetrician) in Sullana; clinical-record identifiers, manzana/lote plus how to recognise the house, a Facebook URL.
  h28-cased-es-05: cased, punctuated Spanish from a live-in domestic worker calling in secret; condominium tower/flat, a bank account, digits spelled one by one.
  h28-en-06: English from a foreign mining contractor; a roadside bar by kilometre and landmarks, spoken GPS coordinates, North American phone format.
  h28-pt-07: Brazilian Portuguese mother from Acre; CPF and RG, a Nubank account, a Mercosur plate, an address described in Portuguese.
  h28-ve-08: Venezuelan Spanish (slang: pana, chamo, burda, catire); a cédula said as a number in words, carné de extranjería, local Venezuelan phone format.
  h28-andes-09: Andean Spanish with Quechua words (taytay, mamay, wawa, achachaw, yanapaway); a community house found by the hanging bridge and the chapel.
  h28-bus-10: own choice, a long-distance bus driver at a fuel stop on the Panamericana reading a passenger manifest; driving licence, bus plate, company dispatch landline and e-mail.

All people, phone numbers, ID numbers, addresses, plates, accounts, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions.
"""

CALLS = [
    (
        "h28-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita este mire le llamo de [[LOCATION|chimbote]] es por mi vecinita que se ha ido con un señor y la mamá está desesperada nosé qué hacer
O: ya señora la escucho con calma está usted en un lugar donde pueda hablar tranquila
C: sí estoy en mi casa nomás la chica se llama [[PERSON|yesenia]] [[PERSON|yesenia flores ruiz]] tiene [[AGE|dieciséis años]] los cumplió [[DATE_TIME|el doce de enero]] nomás
O: y desde cuándo no saben de ella
C: desde hace tres semanas más o menos un señor le ofreció trabajo de moza en un restaurante de playa en [[LOCATION|huarmey]] mil doscientos soles más propinas le dijo y ella se fue sin avisar ni a su mamá
O: sabe cómo se llama ese señor
C: le dicen el [[PERSON|tiburón]] su nombre es [[PERSON|rolando]] creo [[PERSON|rolando checa]] ese señor le mandaba flores a la [[PERSON|yesenia]] al colegio le compró su celular nuevo así la ha enamorado
O: la chica se ha comunicado con su familia
C: sí [[DATE_TIME|el domingo]] en la noche la llamó a la mamá llorando dice que no es restaurante que es un bar que se llama [[ORGANIZATION|video pub la sirenita]] que la hacen tomar con los clientes que le cobran el pasaje el cuarto la comida que ya debe como ochocientos soles y no la dejan salir
O: le dijo dónde queda ese local
C: sí le dijo que es [[ADDRESS|el local celeste de dos pisos con una sirena pintada que está bajando del óvalo de la salida sur por la calle de tierra que va a la playa frente a una canchita de fulbito]]
O: hay otras chicas con ella
C: dice que hay dos más una de [[AGE|catorce]] que es de [[LOCATION|casma]] y otra más grandecita que casi no habla
O: y la familia de [[PERSON|yesenia]] vive también en [[LOCATION|chimbote]]
C: sí acá al frente en la [[ADDRESS|manzana ce lote diecisiete de la urbanización el carmen]] la mamá se llama [[PERSON|marleni]] [[PERSON|marleni ruiz]] ella no quiere llamar porque tiene miedo que el señor se entere su número es el [[PHONE_NUMBER|nueve cuatro tres cero]]
O: ajá le escucho
C: [[PHONE_NUMBER|seis uno siete ocho dos]] ese es
O: le repito [[PHONE_NUMBER|nueve cuatro tres cero seis uno siete ocho dos]] correcto
C: correcto señorita y la [[PERSON|yesenia]] tenía el [[PHONE_NUMBER|nueve ochenta y ocho doscientos catorce trescientos siete]] pero ahora sale apagado
O: tiene algún documento de ella el de ene i
C: la mamá me dio una copia acá está [[ID_NUMBER|siete cinco ocho dos cero cuatro uno seis]] y su feis es [[OTHER_ID|yese punto flores punto dos mil nueve]]
O: y del señor [[PERSON|rolando]] tiene algún dato más un carro un número
C: tiene una camioneta plomo placa [[OTHER_ID|c d l cuatro nueve uno]] y en el tiktok sale como [[OTHER_ID|arroba tiburón empleos norte]] ahí pone anuncios de trabajo para chicas
O: señora lo que me cuenta es muy grave una menor de edad en un bar obligada a tomar con clientes eso es trata con fines de explotación sexual vamos a pasar el caso ahora mismo a la policía nacional y a la fiscalía de [[LOCATION|huarmey]] para que vayan al local
C: ay gracias señorita yo le puedo dejar mi número también porsiacaso
O: claro si quiere me dice su nombre
C: [[PERSON|soledad]] [[PERSON|soledad ramos]] mi número es [[PHONE_NUMBER|nueve siete uno cuatro cinco]] no no me equivoqué es [[PHONE_NUMBER|nueve siete uno cinco cuatro cero dos dos ocho]] y mi correo [[EMAIL_ADDRESS|sole.ramos70 arroba hotmail punto com]]
O: gracias señora [[PERSON|soledad]] mañana temprano la llamamos y si la chica vuelve a llamar dígale que puede marcar gratis al cero ochocientos dos treinta y dos treinta y dos a cualquier hora y si ve al señor por acá llame al ciento cinco
C: ya señorita muchas gracias que diosito la cuide a mi vecinita
""",
    ),
    (
        "h28-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué le podemos ayudar
C: aló buenas tardes sí este quería denunciar pe es que a mi hermano lo tienen trabajando en una ladrillera y no le pagan nada y no lo dejan venir
O: ya joven gracias por llamar cómo se llama su hermano y cuántos años tiene
C: se llama [[PERSON|josé luis]] [[PERSON|josé luis taipe huamán]] tiene [[AGE|diecisiete]] en la casa le decimos [[PERSON|chiquito]] pero es altazo
O: dónde está trabajando
C: en [[LOCATION|huachipa]] en la [[ORGANIZATION|ladrillera el cóndor de oro]] se fue [[DATE_TIME|el primero de marzo]] con un señor que vino a mi pueblo a [[LOCATION|ambo]] acá en [[LOCATION|huánuco]] buscando chicos para trabajar
O: qué les ofrecieron
C: cincuenta soles diarios comida y cuarto pero ahora dice que les pagan veinte soles por millar de ladrillo y les descuentan todo la comida las botas el pasaje y siempre están debiendo
O: su hermano ha podido comunicarse con ustedes
C: sí me llamó anoche del celular de otro chico dice que trabajan desde las cuatro de la mañana hasta que oscurece que duermen en un cuarto de esteras al lado de los hornos y que el encargado don [[PERSON|eusebio]] les tiene guardado su de ene i a todos
O: sabe el nombre completo de ese señor
C: [[PERSON|eusebio cárdenas]] creo y hay otro que le dicen el [[PERSON|gringo]] que maneja el camión que reparte el ladrillo la placa es [[OTHER_ID|d4s 912]] mi hermano me la mandó por mensaje
O: hay otros menores de edad ahí
C: sí hay chiquitos de [[AGE|doce o trece años]] que cargan ladrillo con sus papás y otros tres chicos de mi pueblo todos menores
O: sabe exactamente dónde queda la ladrillera
C: sí yo fui una vez a verlo pero no me dejaron entrar es [[ADDRESS|la ladrillera del cerco de esteras que está al fondo de la trocha que sale al costado de la curtiembre pasando el puente unos diez minutos caminando donde se ven las chimeneas negras]] en la entrada hay un perro amarrado
O: muy bien eso nos ayuda su hermano tiene celular propio
C: no se lo quitaron el número de él era el [[PHONE_NUMBER|nueve cinco dos cuatro siete uno cero ocho tres]] ahora lo tiene el [[PERSON|eusebio]] creo
O: le han pedido dinero a la familia
C: sí eso también el don [[PERSON|eusebio]] llamó a mi mamá que si quiere que su hijo regrese tiene que pagar la deuda quinientos soles y le mandó una cuenta del bcp la [[OTHER_ID|191 38402661 0 47]] a nombre de una tal [[PERSON|nélida cárdenas]] pero todavía no depositamos porque nosé si es verdad o nos van a estafar
O: hizo bien en no depositar retener documentos cobrar una deuda que nunca se acaba y no dejar salir a un menor eso es trata con fines de explotación laboral está en el artículo ciento cincuenta y tres del código penal vamos a pasar el caso a la policía nacional a la fiscalía y también a sunafil
C: ya ya gracias y a mí me van a llamar
O: sí me puede dar su nombre y un número
C: [[PERSON|edwin]] [[PERSON|edwin taipe]] mi número es el [[PHONE_NUMBER|nueve nueve cinco treinta y dos cuarenta y uno ochenta]] y mi de ene i es [[ID_NUMBER|cuarenta y siete ochenta y nueve doce cero tres]] porsiacaso
O: y tiene algún correo
C: sí [[EMAIL_ADDRESS|edwintaipe arroba gmail punto com]] todo junto
O: perfecto [[PERSON|edwin]] no vayan ustedes solos a la ladrillera dejen que la policía intervenga mañana lo llamo para contarle y si su hermano vuelve a llamar que marque gratis al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias mi mamá está llorando todos los días
O: entiendo no están solos vamos a hacer todo lo posible
""",
    ),
    (
        "h28-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches disculpe la hora es que ya no sé a quién acudir a mi hijo unos chicos lo obligan a robar celulares y yo creo que lo están usando
O: la escucho señora tranquila cuántos años tiene su hijo
C: tiene [[AGE|catorce]] ay no [[AGE|quince]] ya cumplió [[DATE_TIME|el veintiocho de octubre]] qué cabeza la mía se llama [[PERSON|brayan]] [[PERSON|brayan alexis mamani coaquira]]
O: desde cuándo pasa esto
C: desde hace cuatro meses empezó jugando free fire en el celular ahí conoció a un chico que le dicen [[PERSON|zeus]] su usuario es [[OTHER_ID|zeus guion bajo ak cuarenta y siete]] lo invitaba a jugar le recargaba diamantes hasta que le dijo para juntarse
O: y qué pasó después
C: ahora lo recogen en moto lo llevan al centro y le hacen arrancar celulares a la gente dice que si no trae tres celulares al día le pegan y que saben dónde vivimos que le van a hacer algo a su hermanita
O: sabe dónde se juntan
C: sí una vez lo seguí es en [[LOCATION|cerro colorado]] [[ADDRESS|bajas en el paradero de la ferretería subes dos cuadras por la calle de tierra y en la curva es el cuarto del segundo piso se entra por una puerta negra al ladito de una tienda de gas]]
O: sabe el nombre de las personas que manejan a los chicos
C: el que manda es un señor le dicen el [[PERSON|pelado]] su nombre es [[PERSON|franklin]] algo [[PERSON|franklin apaza]] creo anda en una moto lineal negra placa [[OTHER_ID|cuatro cinco dos uno cuatro v]]
O: cuántos chicos hay con él
C: unos seis siete todos chibolos el más chiquito tendrá [[AGE|doce]]
O: su hijo ha estado detenido alguna vez
C: sí [[DATE_TIME|el sábado veinte]] lo agarraron los serenos y lo llevaron a la comisaría de [[LOCATION|cerro colorado]] ahí me llamaron y lo recogí con su de ene i el [[ID_NUMBER|siete nueve cuatro uno uno dos seis ocho]] pero no le hicieron nada porque es menor
O: señora su hijo es víctima lo están obligando a cometer delitos eso se llama explotación en actividades delictivas y es una forma de trata
C: eso le dije al policía pero me dijo que mi hijo es choro nomás
O: no es así vamos a derivar el caso a la fiscalía de familia y a la policía especializada en trata y también le vamos a dar apoyo con un psicólogo el ministerio de la mujer tiene un centro de emergencia cerca
C: gracias señorita es que tengo miedo por mi hija también la [[PERSON|luz clarita]] tiene [[AGE|nueve años]] ellos saben que duerme en el cuarto de abajo donde no hay luz
O: dónde viven ustedes para que la policía pueda darles protección
C: en la [[ADDRESS|asociación villa los ángeles manzana k lote veintidós]] la casa es de bloqueta sin tarrajear
O: me puede dar un número para comunicarnos
C: mi celular es [[PHONE_NUMBER|959 640 118]] y si no contesto al fijo de mi trabajo [[PHONE_NUMBER|cero cincuenta y cuatro cuatro tres dos cero uno nueve]] trabajo en la [[ORGANIZATION|picantería el rocoto de oro]]
O: y su nombre
C: [[PERSON|justina]] [[PERSON|justina coaquira]] y mi correo es [[EMAIL_ADDRESS|justi.coaquira arroba yahoo punto es]]
O: gracias señora [[PERSON|justina]] no deje que su hijo salga con ellos y si vienen a buscarlo o los amenazan llame enseguida al ciento cinco o aquí al cero ochocientos dos treinta y dos treinta y dos que es gratis
C: ya señorita muchas gracias dios le pague
""",
    ),
    (
        "h28-cased-es-04",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla [[PERSON|Esperanza Chunga Yarlequé]], soy obstetra en el centro de salud de [[LOCATION|Bellavista]], en [[LOCATION|Sullana]]. Llamo por una paciente que atendí esta mañana; me dejó muy preocupada.
O: Gracias por llamar, obstetra. Cuénteme, por favor.
C: Es una adolescente, [[PERSON|Kiara]], de [[AGE|15 años]], con veintiocho semanas de embarazo. Vino acompañada de un señor de unos [[AGE|cuarenta]] que dice que es su esposo. Él contestaba todo por ella, ni siquiera quería que entrara sola al consultorio.
O: ¿Pudo hablar con ella a solas en algún momento?
C: Sí, la mandé al laboratorio y la acompañé yo. Me contó que es de [[LOCATION|Chulucanas]], que el señor la trajo hace un año para trabajar en su chichería y que desde entonces vive con él. Que no la deja salir, que le quitó el celular y que atiende a los clientes hasta la madrugada.
O: ¿Le dijo el nombre del local o del señor?
C: La [[ORGANIZATION|Chichería El Algarrobo de Oro]]. A él le dicen don [[PERSON|Chalo]]; en la ficha de acompañante puso [[PERSON|Gonzalo Periche Sosa]], DNI [[ID_NUMBER|02847195]].
O: ¿Y los datos de la menor?
C: En la historia clínica figura como [[PERSON|Kiara Yamileth Ancajima Neyra]], DNI [[ID_NUMBER|78302546]], nacida [[DATE_TIME|el 3 de noviembre de 2009]]. Pero el DNI lo guarda él; ella dice que no lo ve desde hace meses.
O: ¿Sabe dónde viven?
C: En la ficha pusieron [[ADDRESS|Asentamiento Humano Nueva Esperanza, manzana Ñ, lote 14]]. Ella me lo explicó mejor: [[ADDRESS|la casa de adobe detrás de la losa deportiva, con un molino de viento oxidado en el techo]]. La chichería funciona adelante, en la misma casa; abre de 6 de la tarde a 2 de la mañana.
O: ¿Tiene algún vehículo, algún otro dato?
C: Llegaron en un mototaxi rojo; anoté la placa, [[OTHER_ID|4521-2P]]. Y él tiene un Facebook donde promociona la chichería con fotos de chicas muy jovencitas: [[OTHER_ID|facebook.com/chalo.algarrobo.sullana]].
O: Lo que me describe es muy serio: una menor trasladada desde su pueblo, controlada, sin su documento, atendiendo clientes de noche y embarazada de un adulto. Hay indicios de trata con fines de explotación sexual, que el Código Penal castiga en el artículo 153, y también de violencia sexual. ¿Ella está en peligro en este momento?
C: Hoy se fue con él. Tiene su próximo control [[DATE_TIME|el jueves 21 a las 9 de la mañana]].
O: Bien. Vamos a comunicar el caso hoy mismo a la Fiscalía de Familia y a la Policía Nacional en [[LOCATION|Sullana]], para que coordinen con ustedes y puedan intervenir ese jueves en el establecimiento. También vamos a informar a la Unidad de Protección Especial del Ministerio de la Mujer.
C: Perfecto. ¿Necesitan un informe escrito de mi parte?
O: Sí, le enviaremos el formato. ¿A qué correo?
C: A [[EMAIL_ADDRESS|echunga.obst@gmail.com]]. Y mi celular es [[PHONE_NUMBER|968-115-402]].
O: ¿Tiene algún dato de la familia de la menor?
C: Me dio el número de su mamá, la señora [[PERSON|Rosa Neyra]]: [[PHONE_NUMBER|94 106 2881]]. Vende chicha morada en el mercado de [[LOCATION|Chulucanas]]. La chica llevaba un buzo rosa y zapatillas rotas; se le notaba el descuido.
O: Gracias. Le recomiendo no confrontar al señor ni comentarle nada. Si ve que la agrede dentro del establecimiento, llame de inmediato al 105.
C: Así lo haré. Lo que más me preocupa es que no vuelva al control.
O: Por eso es importante que la policía esté coordinada con ustedes antes del jueves. Nosotros la llamaremos mañana temprano.
C: De acuerdo. Muchas gracias, señorita.
O: Gracias a usted, obstetra [[PERSON|Chunga]]. Y recuerde que esta línea, el 0800-2-3232, atiende las 24 horas.
C: Lo tendré presente, con la esperanza de que podamos ayudarla a tiempo.
""",
    ),
    (
        "h28-cased-es-05",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... disculpe, hablo despacito porque estoy en el cuarto de lavado. ¿Es verdad que ustedes ayudan a las trabajadoras del hogar?
O: Sí, la escuchamos. ¿Puede hablar ahora sin peligro?
C: Unos minutos, la señora está bañando a los niños. Me llamo [[PERSON|Nélida]], [[PERSON|Nélida Chilón Vásquez]], tengo [[AGE|19 años]]. Soy de [[LOCATION|Celendín]], en [[LOCATION|Cajamarca]].
O: Gracias, [[PERSON|Nélida]]. Cuénteme qué le está pasando.
C: Me trajo una agencia, la [[ORGANIZATION|Agencia de Empleos Manos Amigas]], que tiene oficina en [[LOCATION|Cajamarca]]. Me dijeron 1 200 soles, un día libre a la semana y que podía estudiar en las noches. Llegué [[DATE_TIME|el 20 de diciembre]] y desde ahí no he salido ni un domingo.
O: ¿Le pagan lo que le prometieron?
C: Me dan 300 soles al mes, a veces nada. La señora dice que descuenta el pasaje, el uniforme y "la comisión de la agencia". Trabajo de 5 de la mañana hasta las 11 de la noche: cocino, limpio, cuido a los tres niños. Duermo en el cuarto de servicio, que no tiene ventana.
O: ¿Tiene su DNI con usted?
C: No, la señora [[PERSON|Pamela]] lo guardó "para que no se pierda". El número sí me lo sé: [[ID_NUMBER|7, 6, 4, 1, 0, 9, 2, 8]].
O: ¿Puede salir de la casa cuando quiere?
C: No. La puerta del departamento tiene llave y ella se la lleva. El portero de día tiene orden de no dejarme bajar sola. Una vez me jaló el pelo porque se me quemó el arroz.
O: ¿Me dice dónde está el departamento?
C: Es en [[LOCATION|Surco]], en la [[ADDRESS|Residencial Alameda del Bosque, torre B, piso 12, departamento 1204]]. Para que lo reconozcan: [[ADDRESS|el edificio de vidrio azul que da al parque de los perros, con una bodega Tambo en la esquina]].
O: ¿Cómo se llama la señora, completo?
C: [[PERSON|Pamela Roggero Sáenz]]. Su esposo es el señor [[PERSON|Íñigo]], casi no está, viaja por trabajo. Tienen una camioneta negra, la placa es [[OTHER_ID|BKR-307]].
O: ¿Su familia sabe dónde está usted?
C: Mi hermana [[PERSON|Dina]] sabe un poco. Ella me depositaba para el pasaje de regreso, pero la plata entró a una cuenta que la señora me hizo abrir y ella tiene la tarjeta. Es la cuenta de ahorros [[OTHER_ID|0011-0814-02-00457361]].
O: Entiendo. Retener su documento, encerrarla y no pagarle es explotación, y puede ser trata con fines de servidumbre doméstica. Queremos ayudarla a salir. ¿Hay un día en que la señora no esté?
C: [[DATE_TIME|El sábado]] se va al club con los niños todo el día. Me deja con llave, pero el portero de noche me puede abrir.
O: Bien. Vamos a coordinar con la Policía Nacional y la Fiscalía para ese día, y el Ministerio de la Mujer le puede dar un hogar de refugio temporal. ¿Tiene un número donde le podamos escribir sin riesgo?
C: Este celular es del portero de noche, don [[PERSON|Alcides]], él es buena gente: [[PHONE_NUMBER|+51 912 447 065]]. El mío lo tiene ella. El de mi hermana es [[PHONE_NUMBER|976 30 41 58]].
O: ¿Tiene correo o alguna red social donde podamos ubicarla si se pierde la comunicación?
C: Tengo un correo del colegio, [[EMAIL_ADDRESS|nelida.chilon2005@outlook.es]], y en Instagram soy [[OTHER_ID|@neli_celendina]], pero no lo puedo abrir aquí.
O: Muy bien. Le vamos a escribir al número de don [[PERSON|Alcides]] solo con la palabra "encomienda", así sabrá que somos nosotros. Borre esta llamada del registro si puede.
C: Sí, ahorita la borro. ¿Y a mi hermana le van a avisar?
O: Si usted nos autoriza, sí. Recuerde: la línea es gratuita, 0800-2-3232, y en una emergencia marque 105.
C: Sí, autorizo. Gracias, señorita. Ya viene la señora, tengo que colgar.
""",
    ),
    (
        "h28-en-06",
        "en",
        """
O: Línea contra la trata, good evening. How can I help?
C: Hi, good evening. Sorry, is English okay? I'm an engineer at a mine up the coast, and I saw something that I can't get out of my head.
O: English is fine. Please go ahead. Are you somewhere safe to talk?
C: Yes, I'm in my room at the camp. My name is [[PERSON|Tom Lindqvist]], I'm Canadian, a contractor with [[ORGANIZATION|Northbank Drilling Services]]. We're based near [[LOCATION|Chala]], in [[LOCATION|Arequipa]].
O: Thank you, [[PERSON|Tom]]. What did you see?
C: On [[DATE_TIME|Friday the 14th]], some of the crew took me to a bar by the highway, [[ORGANIZATION|Bar El Faro Rojo]]. It's [[ADDRESS|the third shack on the left after the weigh station at kilometre 612 of the Panamericana Sur, the one with a blue tarp roof and a Cristal beer sign]].
O: What happened there?
C: There were maybe six girls working, serving beer and... going to the back rooms with the miners. At least two of them looked [[AGE|fourteen, fifteen]] at most. One of them, [[PERSON|Maribel]], sat with me and asked in a whisper if she could borrow my phone to call her mom.
O: Did she tell you anything about herself?
C: She said she's from [[LOCATION|Juliaca]], that she's [[AGE|sixteen]], and that a woman they call Mami [[PERSON|Chela]] brought them down in a van and keeps their IDs. She says she owes her for the bus and the clothes.
O: Did she give you any other details?
C: She wrote her ID number on a napkin, so her mother could find her: [[ID_NUMBER|73918402]]. I still have the napkin.
O: Did she manage to call her mother?
C: Yes, for about thirty seconds, before someone came. The number's still in my call log: [[PHONE_NUMBER|+51 951 028 377]]. The mother's name is [[PERSON|Hilda]], I think.
O: That's extremely helpful. Do you remember anything about the van?
C: A white Hyundai H1, plate [[OTHER_ID|V2K-883]]. It parks behind the bar. And there's a guy who collects the money, a scorpion tattoo on his neck, they call him [[PERSON|Alacrán]]. The bar also has an Instagram, [[OTHER_ID|@elfarorojo.chala]], it advertises "new girls every week".
O: Is there anything else that would help the police find the place?
C: I dropped a pin when we left, because I knew I'd want to report it. It reads [[ADDRESS|fifteen point eight four two south, seventy-four point two five six west]].
O: Please send that pin to us as well. Did anyone see you talking to her?
C: I don't think so. I went back on [[DATE_TIME|Sunday]] to check on her and she wasn't there. The others said she'd been "moved".
O: What you describe, minors, documents taken, a debt and sexual exploitation, is child trafficking. We'll alert the Policía Nacional anti-trafficking unit and the prosecutor in [[LOCATION|Arequipa]], and we'll try to reach her mother. Please don't go back, and ask your colleagues not to approach the girls.
C: Understood. Do you need my contact details?
O: Yes, please.
C: My Peruvian number is [[PHONE_NUMBER|nine eight seven, four four two, one zero six]], and my Canadian one is [[PHONE_NUMBER|+1 (780) 555-0132]]. Email: [[EMAIL_ADDRESS|tom.lindqvist@northbank-drilling.ca]].
O: Thank you. Would you be willing to give a statement to the prosecutor?
C: Yes. I work fourteen days on, seven off, so I'm on site until the end of the month. Just please keep my company out of it if you can.
O: Your identity will be kept confidential. If you see the girls being moved, call 105, or us on 0800-2-3232, free from any phone, any time.
C: Thanks. She's the same age as my daughter, that's what I keep thinking.
""",
    ),
    (
        "h28-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, desculpa, a senhora fala português? Eu sou do [[LOCATION|Brasil]], de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]].
O: Sí, un poquito. Falo um pouco de português, pode falar devagar. Em que posso ajudar?
C: É a minha filha, a [[PERSON|Thaís]]. Ela tem [[AGE|17 anos]]. Ela foi para o [[LOCATION|Peru]] com um homem que prometeu trabalho num restaurante em [[LOCATION|Puerto Maldonado]], e agora ela não consegue voltar.
O: Entendo. Como se chama esse homem?
C: [[PERSON|Wellington]], mas todo mundo chama ele de [[PERSON|Galego]]. Ele é brasileiro também, tem uns [[AGE|quarenta anos]]. Eles atravessaram a ponte de [[LOCATION|Assis Brasil]] para [[LOCATION|Iñapari]] no [[DATE_TIME|dia 3 de agosto]].
O: E o que a sua filha contou?
C: Que não é restaurante, é uma boate. Se chama [[ORGANIZATION|Boate Ouro Verde]]. Ela tem que beber com os garimpeiros e... a senhora entende. Ele diz que ela deve 3 mil reais da viagem e das roupas, e ficou com a identidade dela.
O: A senhora tem o número do documento dela?
C: Tenho sim. O CPF dela é [[ID_NUMBER|482.915.307-61]], e o RG é [[ID_NUMBER|1204558]].
O: Ela disse onde fica a boate?
C: Ela mandou um áudio dizendo que é [[ADDRESS|uma casa de madeira comprida com uma luz vermelha na porta, na rua de terra atrás do terminal de ônibus, logo depois da borracharia]].
O: Ela tem celular com ela?
C: Ele tirou, mas ela escondeu um chip. O número peruano que ela usou é [[PHONE_NUMBER|nove quatro oito, dois sete um, cinco cinco zero]]. Ela só liga de madrugada, escondida no banheiro.
O: Há outras meninas com ela?
C: Ela falou de mais quatro, duas peruanas e uma boliviana, e uma menina de [[AGE|catorze]] que chora a noite toda.
O: O homem pediu dinheiro para a família?
C: Pediu sim! Quer que eu mande R$ 1.500 para "liberar" ela. Mandou a conta: Nubank, agência 0001, conta [[OTHER_ID|8823417-5]], no nome de [[PERSON|Wellington Souza Pires]].
O: Por favor, não mande dinheiro. Isso não garante que ela seja liberada, e essa dívida não é legal. Ele tem carro?
C: Uma caminhonete Hilux prata, placa brasileira, [[OTHER_ID|QXE4B27]]. Ela disse que fica estacionada no fundo da boate.
O: Como a senhora se chama, e como a gente pode falar com a senhora?
C: [[PERSON|Rosângela Lima]]. Meu WhatsApp é [[PHONE_NUMBER|+55 68 99912-4471]], e o e-mail é [[EMAIL_ADDRESS|rosangela.lima72@hotmail.com]].
O: A sua filha tem alguma rede social?
C: O Instagram dela é [[OTHER_ID|@thais.lm_]], mas ele trocou a senha. Ela nasceu em [[DATE_TIME|9 de fevereiro de 2008]], se precisar.
O: Obrigada, senhora [[PERSON|Rosângela]]. Vamos avisar agora a Policía Nacional del Perú em [[LOCATION|Madre de Dios]] e a Fiscalía, e também a OIM, que pode ajudar no retorno dela ao [[LOCATION|Brasil]]. A senhora também pode registrar um boletim de ocorrência na Polícia Federal em [[LOCATION|Rio Branco]].
C: Eu vou hoje mesmo. Faz duas semanas que eu não durmo, moça.
O: Eu entendo. Se a [[PERSON|Thaís]] ligar de novo, diga para ela ligar grátis para o 0800-2-3232, de qualquer telefone peruano, ou para o 105 se estiver em perigo.
C: Tá bom. Muito obrigada, de coração. Deus te abençoe.
""",
    ),
    (
        "h28-ve-08",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Épale, buenas tardes. Mire, disculpe, yo soy venezolano, estoy aquí en [[LOCATION|Trujillo]], en [[LOCATION|La Esperanza]], y le llamo por mi prima, que está metida en un peo grandísimo.
O: Lo escucho. ¿Cómo se llama su prima?
C: [[PERSON|Yusmary]], [[PERSON|Yusmary del Valle Rodríguez]]. Tiene [[AGE|veinte años]]. Se vino de [[LOCATION|Barquisimeto]] [[DATE_TIME|el 8 de mayo]]; la trajo una chama que conoció por Instagram.
O: ¿Y qué trabajo le ofrecieron?
C: De recepcionista en un spa, vale, mil quinientos soles. Pero cuando llegó era otra cosa. Es un local de masajes, el [[ORGANIZATION|Spa Relax Imperial]], y la ponen a atender clientes, usted me entiende. Y le dicen que debe dos mil quinientos soles del pasaje y del cuarto.
O: ¿Ella puede salir de ese lugar?
C: Nada, mi pana. La dueña, una señora [[PERSON|Liliana]], le tiene el pasaporte. Duermen ahí mismo, cinco chamas en un cuarto. Una es menor, tiene [[AGE|diecisiete]], una colombianita de [[LOCATION|Cúcuta]].
O: ¿Sabe la dirección del local?
C: Sí, yo fui a buscarla una vez y no me dejaron pasar. Queda en la [[ADDRESS|avenida España, en toda la esquina con Húsares de Junín: el edificio amarillo de cuatro pisos con una ferretería abajo, tercer piso, la puerta del fondo]].
O: ¿Tiene el número de su prima?
C: Ella tiene uno peruano, el [[PHONE_NUMBER|9 2 7 4 4 1 8 0 3]], pero se lo revisan. El de allá, de [[LOCATION|Venezuela]], era el [[PHONE_NUMBER|0412-7331940]], ese ya no lo usa.
O: ¿Y algún documento de ella?
C: La cédula, eso sí me lo sé porque yo le saqué la cita del PTP: [[ID_NUMBER|veinticinco millones trescientos cuarenta mil ciento doce]].
O: ¿Quién la trajo?
C: La chama se hace llamar [[PERSON|Kendry]], en Instagram es [[OTHER_ID|@kendry.oportunidades.pe]]. Y hay un tipo catire, alto, que las lleva y las trae en carro; le dicen el [[PERSON|Catire]] nomás. Anda en un Yaris gris, placa [[OTHER_ID|T3U-618]].
O: ¿Le han pedido dinero a la familia?
C: Sí, chamo. A mi tía en [[LOCATION|Venezuela]] le escribieron que deposite para "liberarla", a una cuenta de Interbank, la [[OTHER_ID|898-3124567890]]. Mi tía no tiene ni pa' comer.
O: Que no deposite nada. Eso no libera a nadie y la deuda no es legal. ¿Sabe el apellido de la señora [[PERSON|Liliana]]?
C: [[PERSON|Paredes]], creo. [[PERSON|Liliana Paredes]]. Mi prima dice que es peruana y que tiene otro local en [[LOCATION|Chiclayo]].
O: Lo que me cuenta tiene los rasgos de trata con fines de explotación sexual, y hay una menor. Vamos a pasar el caso a la Policía Nacional y a la Fiscalía en [[LOCATION|Trujillo]]. Su prima no va a ser expulsada por ser víctima; la orientamos también sobre Migraciones.
C: Eso es lo que le da miedo a ella, que la boten del país.
O: Se lo explicaremos. ¿Y usted cómo se llama?
C: [[PERSON|Ender José Rodríguez]]. Mi carné de extranjería es [[ID_NUMBER|003918274]]. Mi número es [[PHONE_NUMBER|+51 940 215 683]], y el correo [[EMAIL_ADDRESS|ender jota rodríguez arroba gmail punto com]].
O: Gracias, [[PERSON|Ender]]. No vaya usted al local, deje que la policía intervenga. Mañana lo llamamos.
C: Burda de agradecido, de verdad. Es la única esperanza que tenemos.
O: Si algo cambia, llame al 0800-2-3232, es gratis, o al 105 si hay peligro inmediato.
""",
    ),
    (
        "h28-andes-09",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Allinllachu, mamay... buenos días, señorita. Disculpe, yo hablo poquito castellano, mejor es quechua, pero voy a intentar.
O: Allinmi, taytay, no se preocupe, hable con calma. ¿Desde dónde llama?
C: De [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Huancaray]]. Estoy llamando del teléfono de la tienda de doña [[PERSON|Felícitas]].
O: ¿Qué ha pasado, taytay?
C: Mi wawa, mi hijo [[PERSON|Wilber]], se lo han llevado a la selva, al [[LOCATION|VRAEM]] dice, a [[LOCATION|Pichari]]. Tiene [[AGE|quince añitos]] nomás. Un señor vino en camioneta a la fiesta, le dijo para trabajar en chacra de cacao, cien soles diario.
O: ¿Cuándo se fue?
C: [[DATE_TIME|El 15 de agosto]], después de la fiesta de la Mamacha Asunta. Ya van dos meses. Achachaw, señorita, no duermo, su mamá llora todito el día.
O: ¿Ha sabido algo de él?
C: Una vez llamó, llorando. Dice manam chacra, no es chacra de cacao. Que le hacen cargar mochila en la noche por el monte, bien pesado, muchas horas caminando, con otros chicos. Que si se escapa le van a matar, a nosotros también.
O: Taytay, eso es muy grave. A su hijo lo están usando para cargar droga, y eso es trata. Su hijo es víctima, no es culpable. ¿Cómo se llama el señor que se lo llevó?
C: Le dicen [[PERSON|Kuntur]]. Su nombre es [[PERSON|Teófilo]], apellido no sé. Decía que era de la [[ORGANIZATION|Cooperativa Agraria Cacao Dorado]]. Su camioneta es roja, la placa mi sobrino anotó: [[OTHER_ID|A5X-720]].
O: ¿Se llevó a otros chicos?
C: Tres más, de [[LOCATION|Kishuara]]. Uno tiene [[AGE|catorce]], los otros ya son mayorcitos, [[AGE|diecinueve]], [[AGE|veinte]] creo.
O: ¿Cuál es el nombre completo de su hijo?
C: [[PERSON|Wilber Huamaní Ccoillo]]. Su DNI mi sobrino [[PERSON|Rubén]] tiene en foto... ya, aquí dice: [[ID_NUMBER|76459103]].
O: ¿Y usted cómo se llama, taytay?
C: [[PERSON|Santos Huamaní Quispe]]. Mi DNI es [[ID_NUMBER|31082457]].
O: ¿Dónde vive usted, para que la policía pueda ir a hablar con la familia?
C: En la comunidad nomás. [[ADDRESS|La tercera casa subiendo del puente colgante por el camino de herradura, la de adobe con techo de calamina al costado de la capilla, con un molle grande en la puerta]]. Ahí nomás, todos conocen.
O: ¿Tiene un número de celular?
C: Mi celular no agarra señal acá arriba. Mejor el de doña [[PERSON|Felícitas]], de la tienda: [[PHONE_NUMBER|983 614 207]]. O a mi sobrino [[PERSON|Rubén]], él vive en [[LOCATION|Abancay]]: [[PHONE_NUMBER|nueve cinco uno, cero ocho ocho, cuatro tres dos]].
O: ¿Su sobrino tiene correo, para mandarle los papeles de la denuncia?
C: Sí, él sabe de eso: [[EMAIL_ADDRESS|ruben.hq.abancay@gmail.com]]. Y de [[PERSON|Wilber]] su Facebook es [[OTHER_ID|Wilber Chanka Boy]], ahí tiene foto con la camioneta.
O: Gracias, taytay. Vamos a comunicar el caso a la Policía Nacional y a la Fiscalía especializada, en [[LOCATION|Pichari]] y en [[LOCATION|Andahuaylas]]. Una compañera que habla quechua le va a llamar hoy mismo a la tienda.
C: Sulpayki, mamay. Yanapaway, por favor, tráiganme a mi wawa.
O: Vamos a hacer todo lo posible. Si él vuelve a llamar, dígale que marque gratis al 0800-2-3232, desde cualquier teléfono.
C: Ari, ari, así le voy a decir. Diosllaña pagasunki.
""",
    ),
    (
        "h28-bus-10",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Le habla el conductor de un bus interprovincial de [[ORGANIZATION|Expreso Norteño Sullanita]]. Voy en la ruta [[LOCATION|Lima]]–[[LOCATION|Tumbes]] y llevo a unas chicas que me tienen preocupado.
O: Gracias por llamar. ¿Puede hablar tranquilo? ¿Dónde está ahora?
C: Sí, estamos en la parada de veinte minutos, los pasajeros están comiendo. Estamos en [[ADDRESS|el grifo Petroperú del kilómetro 782 de la Panamericana Norte, pasando el peaje de Mórrope, a mano derecha yendo al norte, el que tiene una pollería al costado]].
O: Cuénteme qué ha visto.
C: Son tres chicas que se ven menores, [[AGE|quince, dieciséis años]] diría yo, con un señor de [[AGE|cuarenta y tantos]]. Él compró los pasajes [[DATE_TIME|el viernes]] y tiene los DNI de las tres. Las subió en el terminal de [[LOCATION|Independencia]].
O: ¿Por qué le preocupan?
C: No hablan con nadie, él contesta por ellas. En la parada de [[LOCATION|Chimbote]] una me pidió pasar al baño del bus y me dijo bajito: "señor, no queremos ir". Él dice que van a trabajar en un restaurante en [[LOCATION|Aguas Verdes]], y de ahí a [[LOCATION|Huaquillas]], ya en [[LOCATION|Ecuador]].
O: ¿Tiene los nombres de los pasajeros?
C: Sí, el manifiesto. Asiento 23: [[PERSON|Nayeli Cruz Taica]], DNI [[ID_NUMBER|77104935]], edad [[AGE|16]]. Asiento 24: [[PERSON|Brisa Yovera Lizana]], DNI [[ID_NUMBER|76820413]], [[AGE|15]]. Y la tercera figura como [[PERSON|Luz Delia Pingo]], de [[AGE|18]], pero no parece, es chiquita.
O: ¿Y el señor?
C: [[PERSON|Rubén Darío Seminario Ato]], DNI [[ID_NUMBER|40718863]]. El contacto que dejó al comprar es [[PHONE_NUMBER|934-781-062]].
O: Muy bien. Vamos a alertar ahora mismo a la Policía Nacional para que intervengan el bus. ¿Cuál es la placa?
C: [[OTHER_ID|AHK-958]]. Es un bus de dos pisos, blanco con franjas verdes, el número de la empresa está pintado atrás.
O: ¿Cuál es su próxima parada?
C: [[LOCATION|Piura]], en unas tres horas. Ahí cambiamos de conductor.
O: ¿Me da su nombre y su número, por si la policía necesita coordinar con usted?
C: [[PERSON|Hermógenes Ruiz Távara]], pero todos me dicen [[PERSON|Pancho]]. Mi brevete es [[ID_NUMBER|Q40215587]]. Mi celular es el [[PHONE_NUMBER|nueve cuatro siete, once, veintiocho, treinta y seis]].
O: ¿Y la oficina de la empresa?
C: El despacho de [[LOCATION|Chiclayo]] es el [[PHONE_NUMBER|(074) 23-4518]]. Si quieren el manifiesto completo se lo mandan desde [[EMAIL_ADDRESS|despacho.chiclayo@expresonorteno.pe]].
O: ¿Sabe cómo contactaron a las chicas?
C: La chiquita, la [[PERSON|Brisa]], me enseñó en su celular el TikTok donde vio el trabajo: [[OTHER_ID|@chamba.frontera.norte]]. Pagaban 1 500 soles, cama adentro, dice.
O: Gracias, don [[PERSON|Hermógenes]]. Por favor, no le diga nada al señor ni cambie su rutina. Siga la ruta normal; la policía los va a esperar antes de llegar a [[LOCATION|Piura]].
C: Entendido. Oiga, ¿y si él se quiere bajar antes con ellas?
O: Si eso pasa, fíjese dónde se bajan y llame al 105 o aquí al 0800-2-3232. No intente detenerlo usted.
C: Ya, señorita. Voy a tener el celular en el tablero. Con esta brisa fría las chicas están temblando, ni casaca tienen.
O: Gracias por avisar. Muchas veces ustedes, los conductores, son los únicos que pueden darse cuenta.
C: Para eso estamos. Ya están subiendo los pasajeros, tengo que arrancar.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h28-", "heldout28.jsonl")
