#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 21: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py (annotation conventions) and the builder
make_heldout.py (markup style) were read. Styles: three lowercase, unpunctuated
Whisper-style Spanish transcripts (motorcycle-taxi driver in Tarapoto, girl in a
gold-mining camp in La Pampa, neighbour in Villa El Salvador); two cased Spanish calls
(police officer in Cusco, hotel receptionist in Máncora); an English call from a
Filipino sailor in Chimbote; a Brazilian Portuguese call from Puerto Maldonado; a
Venezuelan Spanish call from San Juan de Lurigancho; Andean Spanish with Quechua words
from Puno; a bus driver on the Lima-Huancayo route describing stops.

All people, phone numbers, ID numbers, addresses, plates, accounts, handles, vessels
and businesses are invented. Conventions follow make_dev.py: titles and articles
outside PERSON spans, cue words outside ID/phone/plate spans, the hotline's own
name and number, institutions (Policía, Fiscalía, DEMUNA, OIM...), money, durations,
counts, routine schedules and legal article numbers are not labelled.
"""

CALLS = [
    (
        "h21-lower-es-01",
        "es",
        """
O: linea contra la trata buenas noches en que le puedo ayudar
C: buenas noches señorita yo soy mototaxista aqui en [[LOCATION|tarapoto]] y le llamo por una carrera que hice anoche que no me deja dormir
O: lo escucho con calma cuenteme que paso
C: a eso de [[DATE_TIME|las once y cuarto]] me paran dos chicas en [[ADDRESS|la esquina del jiron shapaja con la calle los aguajes donde venden juane]] y me dicen llevanos rapido al [[ORGANIZATION|hospedaje el cocotero]]
O: sabe donde queda ese hospedaje
C: si es en [[LOCATION|morales]] en [[ADDRESS|la quinta cuadra de la prolongacion los naranjos subiendo por el grifo]] el que tiene [[ADDRESS|la pared pintada con un tucan al costado de la vulcanizadora]]
O: y las chicas que edad aparentaban
C: una ya era señorita pero la otra no tendria ni [[AGE|trece años]] señorita lloraba todo el camino y la grande le decia [[PERSON|paloma]] ya no llores que te van a pegar
O: escucho algun otro nombre
C: a la grande le decian la [[PERSON|flaca]] y ella nombraba a un tal [[PERSON|tito]] [[PERSON|sinarahua]] que era el patron que las estaba esperando
O: que vio cuando llegaron al hospedaje
C: en la puerta estaba un señor de unos [[AGE|cincuenta]] con una camioneta roja la placa empezaba con [[OTHER_ID|a cinco jota]] y terminaba en [[OTHER_ID|novecientos tres]] y le dijo a [[PERSON|paloma]] sube de una vez al [[ADDRESS|cuarto catorce del segundo piso]] a mi me dieron cinco soles nomas y el señor me dijo tu no has visto nada cholo
O: hizo muy bien en llamar me puede dar su nombre y un numero
C: yo soy [[PERSON|segundo]] [[PERSON|pinchi]] mi celular es [[PHONE_NUMBER|nueve cuatro dos nueve cinco ocho uno tres siete]] no perdon el final es [[PHONE_NUMBER|tres seis]] me equivoque
O: entonces es [[PHONE_NUMBER|942 958 136]] correcto
C: correcto señorita y mi moto es la placa [[OTHER_ID|cuatro dos uno dos guion nueve eme]] de la [[ORGANIZATION|asociacion de mototaxistas virgen de la puerta]] de la [[LOCATION|banda de shilcayo]] por si la policia quiere ubicarme
O: gracias señor [[PERSON|segundo]] vamos a pasar todo a la policia de [[LOCATION|tarapoto]] y a la fiscalia ahora mismo no regrese usted al hospedaje
C: ya señorita yo paro toda la noche por ahi si veo la camioneta otra vez le vuelvo a llamar a este numero gratuito
O: si por favor llame al 0800 2 3232 a cualquier hora gracias por su valentia
""",
    ),
    (
        "h21-lower-es-02",
        "es",
        """
O: linea contra la trata buenas tardes le escuchamos
C: alo señorita me escucha estoy hablando bajito estoy en [[LOCATION|la pampa]] en un campamento
O: si te escucho bien estas en peligro ahorita
C: si me trajeron de [[LOCATION|sicuani]] una señora me dijo que era para atender una tienda de abarrotes y es un bar y me hacen tomar con los mineros
O: cuantos años tienes
C: tengo [[AGE|quince]] voy a cumplir [[AGE|dieciseis]] el [[DATE_TIME|veintitres de diciembre]]
O: como te llamas si quieres decirme
C: aca me dicen [[PERSON|flaquita]] pero me llamo [[PERSON|yaneth ccori huallpa]]
O: [[PERSON|yaneth]] sabes donde queda el campamento
C: hay que bajar en el [[ADDRESS|kilometro ciento doce de la interoceanica y entrar por la trocha de la mano izquierda como media hora a pie]] el bar se llama [[ORGANIZATION|la shapshica disco bar]] es el [[ADDRESS|tercer toldo azul despues de la capilla evangelica]] y yo duermo en el [[ADDRESS|cuartito de triplay detras de la cocina el que tiene candado por fuera]] con otras dos chicas una es [[PERSON|maricielo]] tiene [[AGE|trece]] y la otra es de [[LOCATION|juliaca]]
O: quien es la persona que las tiene ahi
C: la tia [[PERSON|chela]] es la dueña y su hijo [[PERSON|brayan]] que le dicen [[PERSON|cuy]] es el que cuida la puerta con un perro
O: te quitaron tus documentos
C: si la tia [[PERSON|chela]] guarda mi dni en su caja es el [[ID_NUMBER|7640 1983]] y dice que le debo ochocientos soles del pasaje y de la ropa
O: esa deuda no existe y tu no has hecho nada malo de que numero me llamas
C: es de un minero que me lo presto [[PHONE_NUMBER|nueve ocho dos cero cuarenta y cuatro siete dieciseis]] pero no me llame porfa el lo va a recoger
O: no te vamos a llamar tienes el numero de tu mama
C: si mi mama se llama [[PERSON|nicolasa huallpa]] su numero es [[PHONE_NUMBER|984 631 207]] yo llegue el [[DATE_TIME|domingo veinte]] y desde ahi no hablo con ella
O: [[PERSON|yaneth]] ahora mismo aviso a la policia de [[LOCATION|puerto maldonado]] y a la fiscalia y a tu mama quedate con las otras chicas si puedes
""",
    ),
    (
        "h21-lower-es-03",
        "es",
        """
O: linea contra la trata buenos dias en que le ayudo
C: buenos dias señorita soy vecina de [[LOCATION|villa el salvador]] y ya no aguanto lo que pasa con unos niñitos aca al lado
O: gracias por llamar cuenteme
C: la pareja de al lado tiene como cinco criaturas que no son sus hijos los traen de [[LOCATION|huanta]] y los mandan a vender caramelos en las combis desde las cinco de la mañana
O: sabe la direccion de la casa
C: es en el [[ADDRESS|sector tres grupo doce manzana f lote veintiuno]] la casa que tiene [[ADDRESS|el porton de calamina amarillo y una tienda de recargas en la ventana]] los niños duermen en [[ADDRESS|el cuarto de la azotea sin techo]]
O: conoce a los adultos
C: el señor se llama [[PERSON|fortunato]] [[PERSON|yupanqui]] y la señora le dicen la [[PERSON|caserita]] su nombre es [[PERSON|eulalia]] ella vende por tiktok como [[OTHER_ID|arroba caserita underscore ves]]
O: sabe los nombres o edades de los niños
C: uno es [[PERSON|jhosep]] tiene [[AGE|nueve añitos]] y la mas chiquita es [[PERSON|milagros]] de [[AGE|siete]] hasta al señor de los milagros le he rezado por esa niña porque la hacen cargar al bebe todo el dia
O: donde los deja trabajar
C: los dejan en [[ADDRESS|el puente peatonal de atocongo al pie de la escalera que baja al paradero]] y en la noche los recoge una mototaxi azul
O: ha visto maltrato
C: si el [[DATE_TIME|jueves]] en la noche escuche que el señor [[PERSON|fortunato]] le pegaba a [[PERSON|jhosep]] con correa porque solo trajo doce soles
O: eso es muy grave me puede dejar un numero
C: mi celular es [[PHONE_NUMBER|nueve cinco cuatro tres uno cero ocho ocho dos]] o el fijo de mi casa [[PHONE_NUMBER|287 44 19]] pregunte por [[PERSON|doris]]
O: señora [[PERSON|doris]] si tiene fotos nos las puede enviar
C: si tengo fotos de los niños en el puente le puedo mandar de mi correo [[EMAIL_ADDRESS|dorisvecina ves arroba gmail punto com]] y mi dni por si acaso es [[ID_NUMBER|cuarenta y uno ochocientos veintidos trescientos cinco]]
O: gracias vamos a derivar el caso a la demuna y a la policia y la llamamos en dos dias
C: gracias señorita que no sepan que fui yo porque ese señor es bien bravo
""",
    ),
    (
        "h21-cased-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches. Le habla el suboficial de tercera [[PERSON|Rolando Quispe Auccapuma]], de la comisaría de [[LOCATION|Wanchaq]], en [[LOCATION|Cusco]]. Mi CIP es [[ID_NUMBER|32 904 817]].
O: Buenas noches, suboficial. Dígame.
C: A [[DATE_TIME|las 01:40 horas]] intervinimos un local en la [[ADDRESS|Avenida de la Cultura, cuadra 18, segundo piso, encima de una ferretería]]. Se anuncia como [[ORGANIZATION|Karaoke Warmi Bar]], pero se entra por [[ADDRESS|la puerta lateral del pasaje, la de reja verde]].
O: ¿Qué encontraron?
C: Dos adolescentes atendiendo a clientes. Una se identificó como [[PERSON|Yéssica Huamán Ccollque]], [[AGE|16 años]], natural de [[LOCATION|Paruro]], DNI [[ID_NUMBER|78.301.442]]. La otra no tiene documento, dice llamarse [[PERSON|Rut Mery]] y aparenta unos [[AGE|catorce]].
O: ¿Dónde están ahora?
C: Aquí en la dependencia, con una efectiva femenina. Ya se comunicó a la Fiscalía de Familia y a la Unidad de Protección Especial, pero no hay cupo en el albergue de la ciudad.
O: Entendido, vamos a gestionar un albergue. ¿Se detuvo a alguien?
C: Al administrador, [[PERSON|Wilber Huillca Mamani]], alias [[PERSON|Zorro]], DNI [[ID_NUMBER|43518760]]. Tenía las fichas: cobraban 50 soles por ficha y 120 por salir. Se encontró su camioneta, placa [[OTHER_ID|X1D-630]].
O: ¿Las chicas dijeron cómo llegaron?
C: [[PERSON|Yéssica]] dice que la captó por Facebook una mujer que se hace llamar [[PERSON|Mayra]], con la cuenta [[OTHER_ID|Mayra Empleos Cusco Oficial]], ofreciendo trabajo de moza. Llegó el [[DATE_TIME|15 de octubre]].
O: Bien. La conducta se encuadra en el artículo 153 del Código Penal; la fiscalía determinará. ¿Cuál es el número de la denuncia?
C: Está registrada como [[OTHER_ID|0457-B]]. Mi celular es [[PHONE_NUMBER|984 712 036]], y si no contesto, el de mi colega, la suboficial [[PERSON|Paucar]], [[PHONE_NUMBER|974 208 551]].
O: Anotado. En menos de una hora le confirmo el albergue y la movilidad.
C: Gracias. La menor sin documentos dice que su mamá vive en [[LOCATION|Anta]], en [[ADDRESS|el barrio de la plaza, pasando la posta, una casa de adobe con puerta celeste]].
O: Muy útil. Eso lo verá la UPE para ubicar a la familia. Gracias, suboficial [[PERSON|Quispe]].
""",
    ),
    (
        "h21-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿Con quién hablo?
C: Hola, buenas. Soy [[PERSON|Kiara Zapata]], recepcionista del [[ORGANIZATION|Hospedaje Brisa del Pacífico]], en [[LOCATION|Máncora]]. No sé si estoy exagerando, pero algo no me cuadra.
O: Hizo bien en llamar. Cuénteme.
C: El [[DATE_TIME|viernes a las 11 de la noche]] llegó un señor con dos chicas que no pasan de [[AGE|15]]. Registró la habitación a nombre de [[PERSON|Marco Antonio Ruesta Chunga]], DNI [[ID_NUMBER|40 219 873]], y dijo que eran sus sobrinas.
O: ¿Las chicas presentaron documentos?
C: No, él dijo que los tenía en el carro. Una de ellas se llamaba [[PERSON|Britany]], eso lo escuché, y dijo que era de [[LOCATION|Sullana]]. La otra no habló nada, tenía un moretón en el brazo.
O: ¿Siguen en el hospedaje?
C: Sí, en [[ADDRESS|la habitación 207, en el segundo piso, la que da a la piscina]]. Desde ayer entra otro señor, un extranjero, que se registró con pasaporte [[ID_NUMBER|YB 5518204]] como [[PERSON|Dieter Kranz]].
O: ¿Cómo pagaron?
C: Pagaron 180 soles en efectivo por dos noches. Pero la reserva la hicieron por internet desde el correo [[EMAIL_ADDRESS|mruesta.tours@gmail.com]], con el código [[OTHER_ID|BPM-88217]].
O: ¿Vio el vehículo?
C: Sí, es un auto plateado, placa [[OTHER_ID|P3H-271]], lo dejó en la cochera. Y dejó su celular en la ficha: [[PHONE_NUMBER|+51 969 044 318]].
O: Voy a pedir que la policía vaya ahora. ¿Dónde exactamente está el hospedaje?
C: En la [[ADDRESS|Panamericana, entrando por el callejón al lado del grifo, frente a la cancha de fulbito]], a dos cuadras del mar.
O: Perfecto. No les diga nada ni trate de retenerlos. ¿A qué número la llamamos?
C: Al mío, [[PHONE_NUMBER|nueve siete tres, cero ochenta, cuatro veinticinco]]. Y mi jefe es el señor [[PERSON|Olaya]], por si la policía pregunta.
O: Gracias, [[PERSON|Kiara]]. La policía va en camino; si salen del hospedaje, llámenos de inmediato.
C: Sí, señorita. Estaré en recepción hasta [[DATE_TIME|las 7 de la mañana]].
""",
    ),
    (
        "h21-en-01",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hello ma'am, good evening. Sorry, my Spanish is very little. I am a fisherman from the [[LOCATION|Philippines]], I am now in [[LOCATION|Chimbote]].
O: That's fine, we can talk in English. Are you safe right now?
C: For now yes. I am on the shore, I came down to buy load for my phone. My name is [[PERSON|Rodel Bautista]], I am [[AGE|34 years old]].
O: Thank you, [[PERSON|Rodel]]. What is happening?
C: We are nine Filipino crew on the boat [[OTHER_ID|Santa Rosalía IV]], registration [[OTHER_ID|CE-21347-PM]]. The agency in [[LOCATION|Manila]], [[ORGANIZATION|Bluewater Crewing Services]], promised 600 dollars a month. We have not been paid for five months.
O: Do you still have your passports?
C: No ma'am, the captain keeps them in his cabin. They call him [[PERSON|Tiburón]]. My passport is [[ID_NUMBER|P4829173A]] and my seaman's book is [[ID_NUMBER|C0715562]], I have photos of them only.
O: Where is the boat now?
C: It is tied at [[ADDRESS|berth 3 of the fishermen's pier, the one behind the fish-meal plant with the tall chimney]]. We sleep below, in the net room.
O: Is anyone hurt?
C: My friend [[PERSON|Arnel Dizon]] cut his hand badly on [[DATE_TIME|November 18]] and they did not take him to the hospital. Also the youngest, [[PERSON|Jun-Jun]], he is only [[AGE|seventeen]], he cries every night.
O: That's very serious. We will inform the labour authorities, the police and the port authority. Is there a number to reach you?
C: This one, [[PHONE_NUMBER|nine four eight, three zero six, one one five]]. Or my wife in [[LOCATION|Iloilo]], [[PERSON|Marites]], her number is [[PHONE_NUMBER|+63 917 552 0834]].
O: Thank you. Do you have any other way we can contact you if your phone is taken?
C: My Facebook, [[OTHER_ID|facebook.com/rodel.bautista.seaman]]. The owner company here is [[ORGANIZATION|Pesquera Don Casimiro]], the manager is [[PERSON|Gutiérrez]].
O: Thank you, [[PERSON|Rodel]]. Please don't tell the captain you called. We will call you tomorrow morning.
C: Thank you ma'am. We arrived here [[DATE_TIME|October 3]], we just want to go home.
""",
    ),
    (
        "h21-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, a senhora entende português? Eu falo um pouquinho de espanhol só.
O: Sí, entiendo. Hable despacio, por favor.
C: Meu nome é [[PERSON|Cleiton Araújo]], sou de [[LOCATION|Brasiléia]], no [[LOCATION|Acre]]. Estou em [[LOCATION|Puerto Maldonado]] e quero denunciar o lugar onde eu e meu sobrinho estamos trabalhando.
O: ¿Qué trabajo hacen?
C: Quebrando e secando castanha na [[ORGANIZATION|Castañera Tambopata Export]]. O dono é o seu [[PERSON|Evaristo]]. Prometeu 70 soles por dia e não pagou nada em dois meses, diz que a gente deve a comida e o alojamento.
O: ¿Cuántos años tiene su sobrino?
C: O [[PERSON|Wesley]] tem [[AGE|dezessete anos]]. Ele veio comigo [[DATE_TIME|no dia 2 de novembro]], a gente entrou por [[LOCATION|Iñapari]]. Vimos o anúncio no Instagram [[OTHER_ID|@vagas.fronteira.ac]].
O: ¿Dónde queda la castañera?
C: No [[ADDRESS|Jirón Los Castañales, quadra 7, o galpão de portão marrom]]. A gente dorme no [[ADDRESS|barracão dos fundos, do lado da caixa d'água]], trancado à noite.
O: ¿Tienen sus documentos?
C: O seu [[PERSON|Evaristo]] ficou com os nossos RG. O meu CPF é [[ID_NUMBER|zero três sete, quatro um oito, dois dois nove, traço cinco seis]]. O RG do [[PERSON|Wesley]] é [[ID_NUMBER|1.284.503-7]].
O: ¿Hay otras personas en esa situación?
C: Tem mais quatro peruanos, um deles chamam de [[PERSON|Cabeça]], e uma moça que cozinha, a Dona [[PERSON|Zefa]]... quer dizer, Dona [[PERSON|Josefa]].
O: Vamos a avisar a la policía y a la fiscalía. ¿A qué número lo llamamos?
C: O meu brasileiro é [[PHONE_NUMBER|(68) 9 9973-4102]], mas aqui uso um chip peruano: [[PHONE_NUMBER|novecentos e trinta e um, quatrocentos e oito, setecentos e vinte e dois]]. E-mail também, [[EMAIL_ADDRESS|cleiton ponto araujo setenta e oito arroba hotmail ponto com]].
O: Repito: [[PHONE_NUMBER|931 408 722]]. ¿Es correcto?
C: Isso. E se precisar mandar dinheiro pra passagem, minha conta é agência 0001, conta [[OTHER_ID|8834521-7]], no meu nome.
O: No es necesario, no le vamos a pedir dinero. Le llamamos hoy mismo, señor [[PERSON|Cleiton]].
C: Obrigado, senhora. Que Deus abençoe.
""",
    ),
    (
        "h21-ve-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor, disculpe la hora. Yo soy venezolana, de [[LOCATION|Maracay]], y estoy desesperada por mi chama.
O: Tranquila, señora, cuénteme. ¿Cómo se llama usted?
C: [[PERSON|Yoselin Carolina Mendoza]]. Vivimos en [[LOCATION|San Juan de Lurigancho]]. Mi hija es [[PERSON|Génesis]], tiene [[AGE|dieciséis años]], y desde [[DATE_TIME|el 28 de octubre]] está metida con una gente que me da mala espina, vale.
O: ¿Qué gente?
C: Una chama le escribió por Instagram, la cuenta es [[OTHER_ID|@diamante.modelos.lima]], que le pagaban burda de plata por ser modelo de fotos. Ahora la recogen en la noche y vuelve de madrugada, con ropa que yo no le compré.
O: ¿Sabe a dónde la llevan?
C: Una vez la seguí. Es un [[ORGANIZATION|Spa Relax Diamante]] en [[LOCATION|Miraflores]], en [[ADDRESS|el edificio de vidrio al lado del chifa, piso 6, la puerta del fondo]]. La recoge un chamo que le dicen el [[PERSON|Gocho]], en un carro negro placa [[OTHER_ID|BKT-447]].
O: ¿Su hija le ha dicho algo?
C: Que le deben pagar, que es temporal. Pero le quitaron su carné, el PTP, el número es [[ID_NUMBER|003 918 274]]. Y a mí me depositaron 300 soles a mi cuenta del BCP, la [[OTHER_ID|191-48273615-0-44]], para que me quede callada. ¡Imagínese, qué ladilla!
O: Eso es muy preocupante. ¿Dónde viven ustedes exactamente, por si la policía necesita ir?
C: En [[ADDRESS|Jirón Las Turquesas, subiendo las escaleras del cerro, la casita de esteras al fondo del pasaje]], cerca del [[ADDRESS|paradero 10 de la avenida principal]].
O: ¿Tiene un número donde la podamos llamar?
C: Mi número peruano es [[PHONE_NUMBER|9 2 5 4 0 1 7 3 8]], y el de [[PERSON|Génesis]] es [[PHONE_NUMBER|936 512 490]]. También tengo WhatsApp con el de [[LOCATION|Venezuela]], [[PHONE_NUMBER|+58 424 301 7766]].
O: Gracias, señora [[PERSON|Yoselin]]. Vamos a comunicar el caso a la policía especializada y a la fiscalía de familia. No confronte al [[PERSON|Gocho]] ni vaya sola al spa.
C: Ay, mija, gracias. Mi cédula es [[ID_NUMBER|V-17.604.338]] por si la piden.
O: La llamamos mañana temprano. Guarde los mensajes y las capturas de la cuenta.
""",
    ),
    (
        "h21-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Allinllachu, señorita. Disculparás, de [[LOCATION|Azángaro]] te estoy llamando, de [[LOCATION|Puno]] siempre.
O: Buenos días, señor. Le escucho, cuénteme.
C: De mi wawa pues, de mi hija, su patrona no la deja volver. [[PERSON|Hilaria]] se llama, [[PERSON|Hilaria Mamani Quispe]], [[AGE|trece añitos]] nomás tiene.
O: ¿Adónde se fue su hija?
C: A [[LOCATION|Arequipa]] se la llevó una señora, [[PERSON|Nélida]] diciendo, para cuidar wawas y que iba a estudiar también. El [[DATE_TIME|5 de febrero]] se había ido. Ahora llama llorando, dice no me dejan estudiar, papay, todo el día lavo y cocino, y me pegan.
O: ¿Sabe la dirección de la casa en [[LOCATION|Arequipa]]?
C: En [[LOCATION|Cerro Colorado]] dice que es, [[ADDRESS|urbanización Los Cactus, calle 4, casa 12, la de rejas negras frente a la canchita]]. La señora tiene un restaurante también, [[ORGANIZATION|Picantería Doña Nélida]] se llama.
O: ¿Le pagan algo a su hija?
C: Nada, señorita. Cien soles para mí iba a mandar cada mes, nada ha llegado. Y su DNI de mi hija se lo ha quitado.
O: ¿Tiene usted el número del DNI?
C: Sí, aquí en su partida tengo apuntado: [[ID_NUMBER|siete nueve, cero cuatro, uno uno, seis dos]].
O: Gracias. ¿Y cómo se llama usted?
C: [[PERSON|Fermín Mamani Ccallo]]. Celular no tengo, de mi vecino nomás, de don [[PERSON|Saturnino]]: [[PHONE_NUMBER|nueve cinco uno, dos ocho cuatro, cero seis tres]].
O: ¿Cómo llegamos a su casa si hace falta?
C: De la comunidad de [[LOCATION|Chacamarca]], [[ADDRESS|del colegio bajando, la casa con techo de ichu al lado del ojo de agua]], ahí vivimos. Mi warmi también está llorando, señorita.
O: Don [[PERSON|Fermín]], esto es grave porque su hija es niña. Vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Arequipa]] para que la rescaten, y la DEMUNA les va a orientar.
C: Sulpayki, señorita. La patrona también tiene número, [[PHONE_NUMBER|959 330 174]], con ese llama mi hija.
O: Gracias. Le llamamos al número de su vecino en dos días.
""",
    ),
    (
        "h21-bus-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy chofer de [[ORGANIZATION|Transportes Expreso Wari Andino]], hago la ruta [[LOCATION|Lima]]-[[LOCATION|Huancayo]]. Le llamo por algo que pasó en mi último viaje.
O: Lo escucho, cuénteme.
C: Salimos el [[DATE_TIME|sábado a las 10:30 de la noche]]. Un señor compró tres pasajes en efectivo, para él y dos chicas. Las chicas estaban asustadas, la más chica no tendría ni [[AGE|14]].
O: ¿Tiene los nombres del manifiesto?
C: Sí. Él figura como [[PERSON|Jhon Ríos Cárdenas]], DNI [[ID_NUMBER|45.091.336]]. Las chicas como [[PERSON|Dayana Ccente]] y [[PERSON|Luz Clarita Poma]], con DNI [[ID_NUMBER|77281094]] y [[ID_NUMBER|setenta y ocho, cuatrocientos diez, mil quinientos dos]].
O: ¿Dónde subieron?
C: No en el terminal, sino en [[ADDRESS|el paradero de la curva pasando el puente Huachipa, al frente de la ladrillera]]. Eso ya es raro, señorita.
O: ¿Y dónde se bajaron?
C: El señor pidió parada en [[LOCATION|San Mateo]], pero se bajó solo a comprar. Después, [[ADDRESS|en la garita de control de Corcona]], una de las chicas me pidió el baño y él no la dejó.
O: ¿Las chicas llegaron a [[LOCATION|Huancayo]]?
C: No. Pasando [[LOCATION|La Oroya]], en [[ADDRESS|el desvío a la mina, al costado del restaurante de trucha frita con techo rojo, kilómetro 184]], los tres se bajaron. Los esperaba una camioneta gris, placa [[OTHER_ID|W3P-918]].
O: ¿Recuerda a qué hora?
C: A [[DATE_TIME|las 4:50 de la mañana]], más o menos, todavía oscuro. La chiquita dejó olvidado un cuaderno en el asiento 23, con un nombre: [[PERSON|Clarita]], y un número de celular apuntado, [[PHONE_NUMBER|981 277 605]].
O: Eso puede ayudar mucho. ¿Me da sus datos?
C: Me llamo [[PERSON|Teófilo]], de apellido [[PERSON|Rojas]]. Mi celular es [[PHONE_NUMBER|965 418 320]], no, perdón, [[PHONE_NUMBER|965 418 230]]. El bus es la placa [[OTHER_ID|C8F-512]].
O: Vamos a informar a la policía de [[LOCATION|Junín]] y a la fiscalía. ¿Puede guardar el cuaderno?
C: Sí, lo tengo acá en la oficina de [[LOCATION|Huancayo]], en [[ADDRESS|la oficina de encomiendas, ventanilla 3]].
O: Gracias, señor [[PERSON|Teófilo]]. Lo llamamos hoy mismo.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h21-", "heldout21.jsonl")
