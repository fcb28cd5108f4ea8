#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 22 for the redaction benchmark: ten fictional, labelled hotline calls.

Written by an outside test-data writer who never saw the redactor's code, its tests or its
results; only LABELS.md, make_dev.py (annotation conventions) and the builder make_heldout.py
were read. Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (street
vendor in Huancayo, teenage boy at a brick kiln near Cusco, cousin in Pucallpa); two cased
Spanish calls (school principal in Cajamarca, nun running a shelter in Lima); an English call
from a US tourist in Arequipa; a Brazilian Portuguese call from Tabatinga about a relative in
Iquitos; a Venezuelan Spanish call from Arequipa; Andean Spanish with Quechua words from a
grandmother in Huancavelica; a delivery rider in Lima describing where he saw a girl locked in.

All people, phone numbers, ID numbers, e-mails, handles, plates, accounts, addresses and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions: titles
and articles outside PERSON spans, cue words outside ID/phone/plate spans, the hotline's own
name and number (0800-2-3232), 105 and institutions (Policía, Fiscalía, DEMUNA, OIM...) are not
PII, nor are money, durations, counts, routine times or legal article numbers.
"""

CALLS = [
    (
        "h22-lower-es-01",
        "es",
        """
O: linea contra la trata buenas tardes le escucho
C: alo señorita buenas tardes yo vendo emoliente en [[LOCATION|huancayo]] en la calle y quiero contar algo que veo hace rato ya
O: claro cuenteme con confianza esta en un lugar donde puede hablar
C: si estoy en mi carretilla nomas mi carretilla para en [[ADDRESS|la esquina de la calle real con el jiron cajamarca al frente de la farmacia de los toldos amarillos]] y ahi todas las noches traen a unas chiquitas a vender caramelos
O: cuantas niñas son y que edad tienen mas o menos
C: son tres la mas chiquita tendra [[AGE|ocho añitos]] la otra [[AGE|diez]] y la grande que le dicen [[PERSON|pochita]] dice que tiene [[AGE|trece]] pero se ve menor y que su mama vive en [[LOCATION|pichanaki]]
O: quien las trae
C: una señora gordita de chompa guinda le dicen mama [[PERSON|lucha]] su nombre creo que es [[PERSON|lucila]] [[PERSON|ñahuincopa]] las deja a las siete de la noche y las recoge pasada la una de la mañana y si no juntan cincuenta soles les pega yo la he visto
O: sabe donde viven
C: si una vez la segui en mi moto viven en [[LOCATION|el tambo]] en [[ADDRESS|el pasaje sin nombre que sale detras del coliseo la tercera puerta de calamina azul]] ahi tienen un cuarto alquilado
O: eso nos ayuda mucho y usted tiene algun vehiculo de ella o de alguien que las lleve
C: las traen en un mototaxi rojo la placa es [[OTHER_ID|cuatro cinco seis siete guion b]] eso lo anote en mi cuaderno
O: le repito [[OTHER_ID|4567-B]] correcto
C: si eso mismo y el que maneja es su hijo le dicen [[PERSON|cuy]] [[PERSON|jhon cuy]]
O: me puede dejar un numero para que la llame la policia
C: mi numero es [[PHONE_NUMBER|nueve ocho cero dos uno seis cuatro siete cinco]] ay no perdon es [[PHONE_NUMBER|nueve ocho cero dos uno seis cuatro siete tres]] el ultimo es tres
O: gracias y su nombre si desea
C: [[PERSON|nelly]] nomas [[PERSON|nelly huaman]] y mi dni es [[ID_NUMBER|cuatro dos siete siete cero uno nueve seis]] por si me piden
O: gracias señora [[PERSON|nelly]] vamos a avisar a la policia y a la demuna de [[LOCATION|junin]] si la vuelve a ver esta noche llamenos al 0800-2-3232 o al 105
C: ya señorita ojala las saquen de ahi
""",
    ),
    (
        "h22-lower-es-02",
        "es",
        """
O: linea contra la trata buenas noches
C: alo alo señorita es gratis no
O: si es gratis no te preocupes dime que pasa
C: estoy en una ladrillera cerca de [[LOCATION|cusco]] en [[LOCATION|san jeronimo]] me trajeron de [[LOCATION|paucartambo]] de la comunidad de [[LOCATION|huaccoto]] para trabajar y no me dejan irme
O: cuantos años tienes
C: [[AGE|quince]] cumplo [[AGE|dieciseis]] en [[DATE_TIME|agosto el veintidos]]
O: como te llamas
C: [[PERSON|wilber]] [[PERSON|wilber ccoa turpo]] y mi amigo [[PERSON|anyelo]] tambien esta aca el tiene [[AGE|catorce]]
O: [[PERSON|wilber]] estas en peligro ahora mismo
C: no ahorita el patron esta durmiendo le agarre su celular a la señora que cocina este es su numero [[PHONE_NUMBER|nueve cuatro uno cero cero ocho dos seis seis]]
O: muy bien puedes decirme donde esta la ladrillera
C: se llama [[ORGANIZATION|ladrillera los tres hermanos]] pasando el grifo en el [[ADDRESS|kilometro catorce de la carretera a urcos]] bajando por el camino de tierra al lado del eucaliptal hay un horno grande y unas casitas de adobe nosotros dormimos en [[ADDRESS|la casita del fondo la que no tiene puerta]]
O: quien es el patron
C: el señor [[PERSON|teofilo]] le dicen don [[PERSON|teo]] y su hijo [[PERSON|ruben]] que nos vigila nos pagan diez soles a la semana y dice que le debemos el pasaje trabajamos desde las cuatro de la mañana
O: te han pegado
C: a [[PERSON|anyelo]] le pego con una soga el [[DATE_TIME|domingo]] porque se quemo la mano y no queria cargar
O: [[PERSON|wilber]] vamos a avisar a la policia y a la fiscalia tienes algun familiar con telefono
C: mi tia [[PERSON|hermelinda]] en [[LOCATION|paucartambo]] su numero es [[PHONE_NUMBER|984 66 02 15]] pero no le digan al patron que yo llame
O: nadie le va a decir si puedes borra esta llamada del celular y quedate con [[PERSON|anyelo]] en la casita
C: ya señorita gracias
""",
    ),
    (
        "h22-lower-es-03",
        "es",
        """
O: linea contra la trata buenos dias en que le ayudo
C: buenos dias llamo de [[LOCATION|pucallpa]] es por mi primo [[PERSON|elvis]] [[PERSON|elvis rengifo tapayuri]] tiene [[AGE|diecinueve]] años y se fue con un señor a trabajar en un barco de pesca
O: desde cuando no sabe de el
C: desde el [[DATE_TIME|tres de octubre]] que salio del puerto de [[ADDRESS|la boca del caño manantay al costado del embarcadero de las chalupas]] en una lancha que se llama [[OTHER_ID|doña rosalia segunda]]
O: tiene el nombre del que lo contrato
C: le dicen el [[PERSON|bagre]] su facebook es [[OTHER_ID|bagre punto pesca punto oriente]] ahi ponia que pagaba ochenta soles diarios con comida
O: y que le ha contado su primo
C: una sola vez me mando audio de un numero raro el [[PHONE_NUMBER|nueve siete dos cero cinco tres uno ocho ocho]] dijo que estaban por [[LOCATION|contamana]] que no les pagan que les quitaron el dni y que el que se queja lo dejan en la playa nomas
O: tiene el dni de su primo
C: si su dni es [[ID_NUMBER|siete seis]] [[ID_NUMBER|cero nueve]] no espere le paso bien [[ID_NUMBER|setenta y seis cero nueve cuarenta y uno treinta y ocho]]
O: le repito [[ID_NUMBER|76094138]]
C: si eso es
O: y su mama de [[PERSON|elvis]] sabe
C: su mama es mi tia [[PERSON|zoila]] vive en [[ADDRESS|el asentamiento humano nueve de octubre manzana ce lote doce]] pero no tiene celular por eso llamo yo
O: como se llama usted y a que numero le devolvemos
C: [[PERSON|keila]] [[PERSON|keila tapayuri]] mi numero es [[PHONE_NUMBER|961 tres cero cuatro 772]] y mi correo [[EMAIL_ADDRESS|keilita guion bajo tpy arroba gmail punto com]]
O: gracias [[PERSON|keila]] vamos a informar a la capitania y a la fiscalia de [[LOCATION|ucayali]] el barco de su primo tiene algun color
C: es blanco con franja verde y tiene la bandera del colegio pintada atras
O: gracias la llamamos mañana en la tarde
""",
    ),
    (
        "h22-cased-es-01",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le habla [[PERSON|Segundo Abanto Chugden]], soy director de la [[ORGANIZATION|Institución Educativa N.° 82147 José Gálvez Egúsquiza]], en [[LOCATION|Cajamarca]], distrito de [[LOCATION|Los Baños del Inca]].
O: Buenos días, director. Cuéntenos.
C: Tenemos dos alumnas de cuarto grado de secundaria que ya no asisten desde el [[DATE_TIME|lunes 9 de junio]]. Son [[PERSON|Yanet Huatay Cotrina]], de [[AGE|quince años]], y [[PERSON|Marleni Tasilla]], de [[AGE|dieciséis]].
O: ¿Qué sabe de lo que pasó?
C: Una compañera, [[PERSON|Deysi]], nos dijo que una señora les ofreció trabajo en una juguería de [[LOCATION|Chiclayo]] por 900 soles al mes. La señora se hace llamar Miss [[PERSON|Karen]] en Facebook, su perfil es [[OTHER_ID|Karen Empleos Norte Oficial]], y viajaron en un auto gris de placa [[OTHER_ID|M3H-052]], que las recogió en [[ADDRESS|el paradero del puente Chanta, junto a la tienda de abarrotes de la curva]].
O: ¿Las familias han hecho la denuncia?
C: La madre de [[PERSON|Yanet]], la señora [[PERSON|Rosenda]], fue a la comisaría, pero le dijeron que espere 24 horas. Ellos viven en el [[ADDRESS|caserío Shaullo Grande, la casa de tapial al costado del reservorio]], no tienen teléfono.
O: No es necesario esperar 24 horas para denunciar la desaparición de una menor. ¿Tiene los DNI de las alumnas?
C: Sí, de la nómina de matrícula: [[PERSON|Yanet]], [[ID_NUMBER|seis uno, cuatro cuatro, siete ocho, cero tres]]; [[PERSON|Marleni]], [[ID_NUMBER|61 502 339]].
O: Le repito el primero: [[ID_NUMBER|61447803]].
C: Correcto. Y la fecha de nacimiento de [[PERSON|Marleni]] es el [[DATE_TIME|30 de enero de 2009]].
O: Gracias. Vamos a derivar el caso a la División de Investigación de Trata y a la Fiscalía. ¿Sus datos de contacto?
C: Mi celular es [[PHONE_NUMBER|976-081-443]], y el correo del colegio es [[EMAIL_ADDRESS|direccion.ie82147@gmail.com]].
O: Perfecto, director [[PERSON|Abanto]]. Le llamaremos esta tarde. Si alguna alumna se comunica, avísenos de inmediato.
C: Así lo haré. Muchas gracias, señorita.
""",
    ),
    (
        "h22-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, hija. Le habla la hermana [[PERSON|Inés Carhuamaca]], de la congregación; dirijo la [[ORGANIZATION|Casa de Acogida Santa Josefina Bakhita]], en [[LOCATION|Breña]], en el [[ADDRESS|jirón Pomabamba 718, la puerta de madera al lado de la parroquia]].
O: Buenas noches, hermana. ¿En qué podemos ayudarla?
C: Esta tarde llegó a nuestra puerta una muchacha, descalza, pidiendo ayuda. Dice que se escapó de una casa donde trabajaba de empleada sin sueldo hace dos años. Se llama [[PERSON|Maribel]], [[PERSON|Maribel Yupanqui Oré]], tiene [[AGE|17 años]] y es de [[LOCATION|Andahuaylas]].
O: ¿Ella está bien de salud?
C: Tiene quemaduras en los brazos, de plancha según dice. La llevamos a la posta y ya la curaron. Duerme ahora en la [[ADDRESS|habitación San Martín de Porres, en el segundo piso, junto a la capilla]].
O: ¿Sabe dónde está la casa de la que escapó?
C: En [[LOCATION|San Isidro]]. Ella dice que es en [[ADDRESS|la calle Las Camelias, el edificio de vidrio con portería, piso 11, departamento 1102]]. La señora se llama [[PERSON|Patricia]], de apellido [[PERSON|Lizárraga]], y el esposo es médico, el doctor [[PERSON|Bustíos]].
O: ¿Le retenían documentos?
C: Sí, su DNI se lo quitaron. Ella se acuerda del número: [[ID_NUMBER|73 10 59 24]]. Y dice que su sueldo supuestamente lo depositaban a su madre, a una cuenta del BCP, la [[OTHER_ID|191-38820457-0-19]], pero la madre dice que nunca le llegó nada.
O: Entiendo. ¿Y la mamá de [[PERSON|Maribel]] está enterada?
C: Hablé con ella hace una hora. Es la señora [[PERSON|Victoria Oré]], su número es [[PHONE_NUMBER|+51 983 215 660]]. Está viajando mañana desde [[LOCATION|Apurímac]].
O: Muy bien. Vamos a informar a la Fiscalía de Familia y a la Unidad de Protección Especial, porque es menor de edad. ¿Puede quedarse con ustedes esta noche?
C: Por supuesto, aquí tenemos 14 camas y hay sitio. Nuestro teléfono fijo es el [[PHONE_NUMBER|01 423 7789]], anexo 12, y mi correo es [[EMAIL_ADDRESS|hna.ines.bakhita@outlook.es]].
O: Gracias, hermana [[PERSON|Inés]]. Mañana a las 9 la llamará una abogada nuestra.
C: Dios se lo pague, hija. Aquí la esperamos.
""",
    ),
    (
        "h22-en-01",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, um, hello, sorry, do you speak English? I'm an American tourist, I'm in [[LOCATION|Arequipa]].
O: Yes, I can help you in English. What's happening?
C: So I'm staying at a hostel called [[ORGANIZATION|Casa Misti Backpackers]], on [[ADDRESS|Calle Puente Grau 214]], and there's a girl who cleans the rooms. She can't be more than [[AGE|fourteen]]. Today she told me, in a whisper, that she's not allowed to leave, and she asked me to call someone.
O: Thank you for calling. Did she tell you her name?
C: [[PERSON|Milagros]]. The other staff call her [[PERSON|Mili]]. She said she's from a village near [[LOCATION|Chivay]] and that the owner brought her here last year.
O: Do you know who the owner is?
C: A guy named [[PERSON|Edgar]], and his wife [[PERSON|Rocío]]. [[PERSON|Milagros]] sleeps in [[ADDRESS|the storage room on the roof terrace, behind the water tanks]]. I saw a mattress there.
O: Have you seen any violence?
C: Yesterday around [[DATE_TIME|11 p.m.]] I heard him yelling at her, and this morning she had a bruise on her cheek. I'm leaving on [[DATE_TIME|Friday the 14th]], so I don't have much time.
O: Understood. Please don't confront the owner. We'll alert the police and the child protection office. Can I have your name and contact?
C: Sure. I'm [[PERSON|Brittany Kowalczyk]]. My number here is [[PHONE_NUMBER|+1 (512) 555-0143]], it's on WhatsApp. Email is [[EMAIL_ADDRESS|b underscore kowalczyk at icloud dot com]]. And I'm in [[ADDRESS|room 6, the one with the balcony over the courtyard]].
O: Thank you, [[PERSON|Brittany]]. Do you have your passport number, in case the police need a statement?
C: Yeah, it's [[ID_NUMBER|five six seven, two one zero, nine four four]].
O: Thank you. The hostel also posts on Instagram?
C: Yes, [[OTHER_ID|@casamisti.aqp]]. There's even a photo of [[PERSON|Milagros]] making beds, it's awful.
O: That helps. We'll call you back within the hour. Stay in your room if you feel unsafe.
C: Okay. Thank you so much.
""",
    ),
    (
        "h22-pt-01",
        "pt",
        """
O: Línea contra la trata, buenos días.
C: Bom dia, moça, desculpa, eu não falo espanhol direito. Eu ligo de [[LOCATION|Tabatinga]], do lado de [[LOCATION|Letícia]].
O: Sí, entiendo portugués. Pode falar.
C: É sobre minha sobrinha, [[PERSON|Thaynara]]. [[PERSON|Thaynara Batista Kokama]], ela tem [[AGE|dezesseis anos]]. Faz três semanas ela foi pra [[LOCATION|Iquitos]] com um rapaz que conheceu no Instagram, ele falou que ia arrumar trabalho de babá pra ela.
O: Como se chama o rapaz?
C: Ele se apresenta como [[PERSON|Gringo]], o perfil é [[OTHER_ID|@gringo_iqt_oficial]]. Mas ontem ela me mandou mensagem escondida, dizendo que tá numa casa com outras meninas e que os homens vêm de noite.
O: Ela disse onde está essa casa?
C: Mandou a localização, espera... fica na [[ADDRESS|Calle Fitzcarrald, quadra 4, uma casa de dois andares com grade preta e uma loja de celular embaixo]], perto do mercado de [[LOCATION|Belén]]. Ela falou que o quarto dela é [[ADDRESS|o último do corredor, do lado do banheiro]].
O: Tem o número dela?
C: Tem, é peruano, ele deu um chip pra ela: [[PHONE_NUMBER|nove sete cinco, quatro zero um, oito oito dois]]. O brasileiro dela tá desligado, era [[PHONE_NUMBER|(97) 99163-2048]].
O: Ela tem documento?
C: Ela levou o RG, o número é [[ID_NUMBER|23.118.604-7]]. E ela nasceu no [[DATE_TIME|dia 2 de maio de 2009]].
O: Obrigada. E a senhora, como se chama?
C: [[PERSON|Raimunda]]. [[PERSON|Raimunda Batista]]. Meu zap é [[PHONE_NUMBER|+55 97 98402 7115]]. A mãe dela, minha irmã [[PERSON|Graça]], tá internada em [[LOCATION|Manaus]], por isso eu que tô ligando.
O: Senhora [[PERSON|Raimunda]], vamos avisar agora a polícia em [[LOCATION|Loreto]]. Se ela mandar outra mensagem, peça pra ela não apagar nada.
C: Tá bom, moça. Muito obrigada, pelo amor de Deus ajuda ela.
""",
    ),
    (
        "h22-ve-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Epa, buenas tardes, mi amor. Disculpe, ¿aquí es donde uno denuncia lo de la trata? Es que yo tengo un compadre que está pasando una vaina fea.
O: Sí, aquí es. Cuénteme.
C: Mire, yo soy de [[LOCATION|Maracay]], estoy aquí en [[LOCATION|Arequipa]] desde hace tres años. Mi compadre se llama [[PERSON|Yonaiker Rondón Mijares]], tiene [[AGE|veintitrés]]. Lo llevaron a trabajar a una mina en [[LOCATION|Chala]] con cuatro chamos más, les dijeron que eran 2500 soles y ahora no les pagan nada, chamo, y les quitaron los papeles.
O: ¿Quién los llevó?
C: Un señor que le dicen el [[PERSON|Compa]], peruano, y un venezolano, [[PERSON|Deivis]], que es el que recluta en [[ADDRESS|la plaza de Cerro Colorado, al lado del puesto de salchipapas, frente al paradero de las combis amarillas]].
O: ¿Sabe dónde está la mina?
C: Mi compadre dice que es un campamento, [[ADDRESS|el campamento Las Huaringas, a media hora subiendo desde el kilómetro 612 de la Panamericana Sur]], duermen en unas carpas azules.
O: ¿Tiene los documentos de su compadre?
C: Sí, la foto del PTP, el número es PTP [[ID_NUMBER|001482937]], y la cédula, [[ID_NUMBER|veintiséis millones ochocientos treinta y un mil doscientos cinco]].
O: ¿Y un número para contactarlo?
C: Allá no hay señal casi. Cuando baja al pueblo escribe de este: [[PHONE_NUMBER|+51 918 044 326]]. Y el de su esposa en [[LOCATION|Venezuela]] es [[PHONE_NUMBER|cero cuatro uno seis, siete ocho cinco, veinte, once]].
O: Gracias. ¿Me dice su nombre y su contacto?
C: Yo soy [[PERSON|Ender]], [[PERSON|Ender Colmenares]]. Vivo en [[ADDRESS|la Asociación Villa Confraternidad, manzana F, lote 22, en Cayma]]. Mi número es [[PHONE_NUMBER|955 208 671]], y tengo carné de extranjería [[ID_NUMBER|003917264]].
O: Gracias, señor [[PERSON|Ender]]. Vamos a comunicar el caso a la Policía y a la Fiscalía de [[LOCATION|Arequipa]], y a la OIM por ser migrantes.
C: Ay, gracias, mi amor, Dios me la bendiga.
""",
    ),
    (
        "h22-andean-es-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Allinllachu, señorita. ¿Aquí es para la wawa que se han llevado?
O: Sí, mamita, aquí la escuchamos. ¿Desde dónde nos llama?
C: De [[LOCATION|Huancavelica]] mismo, de [[LOCATION|Acobamba]], de la comunidad [[LOCATION|Pumaranra]]. Mi nietecita, pues, mi [[PERSON|Yuli]], [[PERSON|Yuliana Quispe Taipe]], [[AGE|trece añitos]] nomás tiene.
O: ¿Qué le pasó a su nieta?
C: Una señora de [[LOCATION|Lima]] ha venido para la fiesta de Santiago, [[DATE_TIME|el 25 de julio]]. Diciendo "yo la voy a poner en colegio, va a ayudarme en mi casita nomás". Mi hijo ha aceptado, pues, ni le conocíamos. Ahora la wawa llama llorando, dice que no va a colegio, que limpia todo el día, que duerme en [[ADDRESS|el cuartito de la azotea, al lado de los cuyes]].
O: ¿Sabe el nombre de la señora?
C: Doña [[PERSON|Felícita]] le dicen, señorita. Su apellido es [[PERSON|Huamaní]]. Ella vive en [[LOCATION|San Juan de Lurigancho]], en [[ADDRESS|la Cooperativa Los Jardines, subiendo la escalera amarilla, casa con portón de fierro y una cruz de mayo en el techo]].
O: ¿La niña tiene su DNI?
C: Aquí tengo su DNI, taytay. A ver, lentito: [[ID_NUMBER|setenta y ocho... cero... nueve... dos... uno... seis]]. Ay, faltaba el [[ID_NUMBER|ocho]] al final.
O: Entonces es [[ID_NUMBER|78092168]]. ¿Me lo puede leer de nuevo para confirmar?
C: [[ID_NUMBER|7-8-0-9-2-1-6-8]], así dice.
O: Gracias, mamita. ¿Y un teléfono para llamarla?
C: Yo no tengo, pues. Es de mi hijo [[PERSON|Celestino]]: [[PHONE_NUMBER|nueve cuatro cuatro, treinta y dos, cero siete, cincuenta]]. La wawa llama del teléfono de la señora, [[PHONE_NUMBER|987 510 239]].
O: ¿Y usted cómo se llama?
C: [[PERSON|Asunta Taipe]], señorita. Ya estoy vieja, [[AGE|setenta y dos]] tengo, no puedo viajar.
O: Mamá [[PERSON|Asunta]], vamos a avisar a la DEMUNA y a la Fiscalía en [[LOCATION|Lima]] para que vayan a ver a [[PERSON|Yuli]]. Le vamos a llamar al número de su hijo.
C: Sulpayki, señorita. Que vuelva mi wawa.
""",
    ),
    (
        "h22-rider-es-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Hola, buenas. Mire, soy repartidor, hago delivery en moto, y hace un rato vi algo que no me deja tranquilo.
O: Cuénteme, ¿qué vio?
C: Fui a dejar un pedido de pollo a [[LOCATION|La Victoria]], cerca de [[LOCATION|Gamarra]]. La dirección era [[ADDRESS|jirón Humboldt 1472]], pero no es una casa, es [[ADDRESS|un galpón con portón plomo, al lado de una cochera de buses interprovinciales]]. Me abrió una chiquita, de [[AGE|doce o trece]] máximo, y había una reja por dentro con candado. Me habló por la rejita.
O: ¿Qué le dijo?
C: Que la tienen ahí cosiendo con otras chicas, que no las dejan salir, que se llama [[PERSON|Dayanara]] y que es de [[LOCATION|Tingo María]]. Y atrás vi como cinco chicas más con máquinas de coser, en [[ADDRESS|el mezanine del fondo, el que tiene la ventana tapada con plástico negro]].
O: ¿Vio algún adulto?
C: Llegó un señor con casaca de cuero, la chiquita le dijo tío [[PERSON|Mañuco]], y él le gritó "[[PERSON|Daya]], adentro", y me quitó la bolsa. El pedido estaba a nombre de [[PERSON|Rolando Cáceres]], y el número del cliente en la aplicación era [[PHONE_NUMBER|nueve nueve cero, uno siete cuatro, cinco cinco tres]]. El código del pedido es [[OTHER_ID|PE-4471-9983]].
O: ¿A qué hora fue eso?
C: A las [[DATE_TIME|diez y cuarenta de la noche]], hoy.
O: Muy bien. ¿Notó algún vehículo?
C: Había una camioneta negra estacionada en la puerta, placa [[OTHER_ID|BFX-734]], y en la luna tenía un sticker de [[ORGANIZATION|Confecciones Kiara Moda]].
O: Gracias, eso es muy útil. Voy a pedir apoyo de la Policía ahora mismo. ¿Me da su nombre y un número?
C: [[PERSON|Brayan]], nomás, [[PERSON|Brayan Salinas]]. Mi número es [[PHONE_NUMBER|91-553-0084]]. Mi moto es la [[OTHER_ID|4391-7A]], por si la policía me pregunta.
O: Gracias, [[PERSON|Brayan]]. No vuelva al lugar. Si tiene que hacer otra entrega ahí, no la acepte.
C: Ya, no, no voy a volver. Ojalá la saquen a esa chibola.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h22-", "heldout22.jsonl")
