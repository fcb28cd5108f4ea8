#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 15: ten labelled hotline calls for a one-off measurement of how the PII
redactor generalises to calls nobody tuned it on.

Written by an outside writer who never saw the redactor's code, tests or results; all
people, numbers, accounts, handles, plates, addresses and businesses are invented.

Styles:
  * four lowercase speech-recogniser transcripts without punctuation (Sullana/Talara,
    Carabayllo in Lima Norte, Iquitos, Villacurí in Ica): numbers as digits, as words and
    as Peruvian pair-grouped words, dictated in pieces and corrected, a surname spelled
    letter by letter, a spoken e-mail, nicknames, a caller who gives only a first name and
    one who refuses any name;
  * two cased, punctuated Spanish calls from professionals (a pharmacist in Tacna, a port
    security guard in Callao);
  * one English call (an engineer at a mining camp in Ayacucho), one Brazilian Portuguese
    call (a lorry driver on the Interoceánica, Madre de Dios), one Venezuelan Spanish call
    (a mother in Arequipa), one Andean Spanish call with Quechua words (a grandfather from
    Angaraes, Huancavelica).

Identifiers covered: full, partial and spelled names, nicknames, names that are ordinary
words (Luz, Milagros, Soledad, Santos, Primitivo, Jesús, Rosa, Paz), Peruvian mobiles and
landlines in many groupings, +51, Bolivian, Brazilian, Indonesian, Canadian and Venezuelan
numbers, DNI, carné de extranjería, cédula, CPF, passport, RUC, a professional licence,
a bank account, a Yape holder, plates (Peruvian and Mercosur), an IMO number, handles and
a Facebook group, e-mails (written and spoken), street addresses, Mz/Lote, km of a road,
a bus stop, a berth, rural descriptions, named bars, boats, agencies, farms, camps, ages
and dates tied to people.

Traps left unmarked: money, durations, counts, routine times, the hotline's name and
number (also spoken as words), 105, Disque 100, public institutions (Policía, Fiscalía,
DEMUNA, CEM, SUNAFIL, Capitanía, Migraciones), legal articles, platforms and banks,
nationality adjectives, the word uses of name-words (luz, esperanza, chelas, rosa, chino,
"ay jesus"), a festival named after a saint, street names that are people's names inside
an address span.

Conventions follow ../shared/eval/make_dev.py: titles and articles outside PERSON spans,
cue words ("DNI", "placa") outside ID spans, AGE with its unit when said, DATE_TIME with
its article, relative dates and routine schedules unlabelled.

Run: PYTHONPATH=/work/main python make_heldout15.py  (writes heldout15.jsonl next to it)
"""

CALLS = [
    (
        "h15-es-asr-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita eh disculpe la hora es que estoy preocupada por mi hermana la menor se llama [[PERSON|milagros]] [[PERSON|milagros del pilar yarlequé]] tiene [[AGE|dieciséis años]] recién los cumplió [[DATE_TIME|el ocho de octubre]]
O: ya y qué ha pasado con [[PERSON|milagros]]
C: mire una señora que le dicen la [[PERSON|chela]] le ofreció trabajo de mesera en [[LOCATION|talara]] que le iban a pagar mil doscientos soles mensual más propinas y mi hermana se fue [[DATE_TIME|el martes veintiocho]] sin avisar a mi mamá
O: sabe usted en qué local está trabajando
C: ella me mandó un audio dice que es el [[ORGANIZATION|video pub rincón norteño]] pero que no es de mesera que la hacen tomar chelas con los clientes hasta las cuatro de la mañana y que la señora le tiene su dni son como cinco chicas ahí queda en [[LOCATION|talara alta]] en la [[ADDRESS|calle los cocos manzana c lote catorce]] al frente de una cancha de fulbito
O: y usted tiene el número de [[PERSON|milagros]]
C: sí es el [[PHONE_NUMBER|nueve siete tres cuatro ocho]] ay no perdón ese es el mío el de ella es [[PHONE_NUMBER|nueve cinco uno]]
O: ajá
C: [[PHONE_NUMBER|cero dos siete seis seis cuatro]]
O: le repito [[PHONE_NUMBER|951 027 664]] correcto
C: correcto pero desde ayer ya no contesta sale apagado y su dni tengo foto acá es [[ID_NUMBER|70 81 44 29]]
O: y de la señora [[PERSON|chela]] tiene algún otro dato
C: no sé su nombre completo pero ella pone los anuncios en facebook en un grupo que se llama [[OTHER_ID|chambas urgentes sullana y talara]] ahí sale su foto con un vestido rojo
O: muy bien como su hermana es menor de edad esto lo vamos a pasar ahora mismo a la policía y a la fiscalía de [[LOCATION|talara]] me puede dar su nombre
C: [[PERSON|soledad]] nomás señorita el apellido prefiero no porque esa gente conoce a mi familia acá en [[LOCATION|sullana]]
O: no hay problema señora [[PERSON|soledad]] y su número completo era [[PHONE_NUMBER|nueve siete tres cuatro ocho]] y qué más
C: [[PHONE_NUMBER|nueve siete tres cuatro ocho cero uno uno dos]]
O: gracias señora [[PERSON|soledad]] mañana temprano la llamamos y si su hermana se comunica dígale que marque gratis al cero ochocientos dos treinta y dos treinta y dos
""",
    ),
    (
        "h15-es-asr-02",
        "es",
        """
O: linea contra la trata buenas tardes
C: buenas tardes jefa eh mire yo soy mototaxista trabajo en [[LOCATION|carabayllo]] y quiero reportar algo pero mi nombre no lo voy a dar ya
O: claro puede ser anonimo digame
C: hay un almacen de reciclaje donde tienen chibolos trabajando todo el dia separando botellas y carton y ahi mismo duermen en el piso son como seis o siete
O: sabe donde queda ese almacen
C: en el [[ADDRESS|kilometro veintidos de la tupac amaru]] bajando en el [[ADDRESS|paradero la curva]] es el porton verde al costado de la [[ORGANIZATION|ferreteria hermanos ccori]]
O: y que edad cree que tienen los chicos
C: chiquitos jefa uno me dijo que tiene [[AGE|once]] y su hermanito [[AGE|nueve]] el mas chiquito se llama [[PERSON|jesus]] y el otro [[PERSON|yordi]]
O: ellos le contaron algo mas
C: que son de [[LOCATION|huancavelica]] de [[LOCATION|pampas]] que su mama les mando con el señor para que estudien pero no van al colegio nada y el señor les pega con la correa ay jesus bendito da pena verlos
O: sabe como se llama el señor
C: le dicen don [[PERSON|primitivo]] [[PERSON|primitivo huamani]] creo y tiene un camion con el que saca el carton la placa es [[OTHER_ID|a5c 984]]
O: [[OTHER_ID|a5c 984]] anotado hay otros adultos alli
C: la señora de don [[PERSON|primitivo]] que le dicen la [[PERSON|gringa]] ella cobra y cierra el porton con candado a las diez de la noche a los chibolos les dan cinco soles para su comida nomas
O: esto es muy serio son menores de edad vamos a informar a la policia a la fiscalia de familia y a la demuna de [[LOCATION|carabayllo]] y su identidad queda reservada me puede dejar un numero por si la policia necesita mas datos
C: ya anote [[PHONE_NUMBER|940 12 38 70]] es mi whatsapp
O: [[PHONE_NUMBER|940 123 870]] correcto
C: correcto ahi me dicen [[PERSON|chato]] nomas si me escriben
O: gracias [[PERSON|chato]] en el transcurso del dia le escribimos y si ve que se llevan a los chicos llame al 105 o a esta linea
""",
    ),
    (
        "h15-es-asr-03",
        "es",
        """
O: línea contra la trata buenas noches
C: aló aló señorita me escucha estoy hablando bajito porque estoy en el baño del local no me pueden ver necesito ayuda por favor
O: sí la escucho tranquila vamos a ayudarla cómo se llama usted
C: [[PERSON|luz]] me llamo [[PERSON|luz clarita tamani]] [[PERSON|tamani]] se escribe [[PERSON|t a m a n i]]
O: [[PERSON|luz]] dónde está usted ahorita
C: en [[LOCATION|iquitos]] en el [[ORGANIZATION|karaoke el tunchi]] en la [[ADDRESS|calle próspero cuadra once]] arriba hay unos cuartos ahí nos hacen dormir y ahorita no hay luz se ha ido la luz todo está oscuro
O: cuántos años tiene
C: [[AGE|diecisiete]] señorita soy de [[LOCATION|nauta]]
O: cómo llegó a ese lugar
C: me trajo una señora en la lancha [[ORGANIZATION|gilmer iv]] [[DATE_TIME|el domingo nueve]] me dijo para trabajar cuidando niños y ahora dice que le debo ochocientos soles del pasaje y de la ropa y que tengo que atender a los clientes hasta pagar
O: cómo se llama esa señora
C: [[PERSON|roxana]] le dicen la tía [[PERSON|roxi]] su yape sale a nombre de [[PERSON|roxana pinedo ahuanari]] ahí le mandan la plata
O: hay otras chicas con usted
C: somos cuatro hay una que tiene [[AGE|catorce]] se llama [[PERSON|kelly]] ella llora todas las noches
O: tiene algún número donde la podamos llamar
C: este celular es de un cliente que me lo prestó no llame aquí mejor a mi mamá su número es [[PHONE_NUMBER|965 ocho cuatro uno cero nueve tres]]
O: [[PERSON|luz]] vamos a mandar a la policía ahora mismo quédese con las otras chicas en el cuarto
C: ya pero apúrense porque a las doce abren y vienen los clientes
O: la policía va en camino cuando lleguen diga que usted llamó a la línea y luego llamamos a su mamá
""",
    ),
    (
        "h15-es-asr-04",
        "es",
        """
O: linea contra la trata buenos dias en que le podemos ayudar
C: buenos dias señorita mire llamo por mi hermano [[PERSON|santos]] [[PERSON|santos ccora huaman]] se fue a trabajar a [[LOCATION|ica]] a la cosecha de esparrago con una agencia
O: como se llama la agencia
C: [[ORGANIZATION|servis chavin]] [[ORGANIZATION|agencia de empleos servis chavin]] tiene su oficina en [[LOCATION|huancayo]] en el [[ADDRESS|jiron cusco 1130 segundo piso]] ahi le cobraron ochenta soles de inscripcion el ruc sale en el volante es [[ID_NUMBER|20604418273]]
O: y que le paso a su hermano
C: lo llevaron a un fundo en [[LOCATION|villacuri]] que se llama [[ORGANIZATION|fundo la esperanza]] dice que trabajan de cuatro de la mañana a ocho de la noche y no les pagan les dicen que a fin de mes y ya van tres meses
O: tiene sus documentos su hermano
C: no el capataz un tal [[PERSON|ruiz]] le tiene su dni el numero es [[ID_NUMBER|cuarenta y dos siete siete cero uno ocho tres]] no perdon [[ID_NUMBER|cuarenta y dos siete siete cero uno tres ocho]]
O: le repito [[ID_NUMBER|42770138]] y cuantos años tiene [[PERSON|santos]]
C: [[AGE|veintitres]] y esta con su hijo [[PERSON|dilmer]] que tiene [[AGE|dieciseis]] a el tambien lo tienen trabajando alli
O: sabe exactamente donde queda el fundo
C: dice que los recogen en el [[ADDRESS|paradero del kilometro 280 de la panamericana sur]] y de ahi entran como media hora por trocha
O: tiene algun numero de el
C: si [[PHONE_NUMBER|novecientos ochenta y dos cuarenta y cuatro cincuenta y uno sesenta]] y la agencia le dijo que su sueldo le iban a depositar a una cuenta del bcp la cuenta es [[OTHER_ID|355 98214067 0 41]] pero la tarjeta la tiene el capataz
O: retener documentos y no pagar puede ser trabajo forzoso vamos a derivar el caso a la fiscalia de [[LOCATION|ica]] y a la sunafil como se llama usted
C: [[PERSON|primitivo ccora]] yo tengo la esperanza que lo encuentren señorita mi correo es [[EMAIL_ADDRESS|primi punto ccora ochenta y cinco arroba gmail punto com]]
O: [[PERSON|ccora]] con doble c
C: si con doble c y mi telefono es fijo de [[LOCATION|huancayo]] [[PHONE_NUMBER|064 25 1873]] es de mi señora
O: gracias don [[PERSON|primitivo]] lo llamamos a ese numero en la tarde
""",
    ),
    (
        "h15-es-pro-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches. Le habla [[PERSON|Rocío Alanoca Ticona]], químico farmacéutica, colegiatura [[ID_NUMBER|14387]]. Trabajo en la [[ORGANIZATION|Botica Santa Apolonia]], en [[LOCATION|Tacna]], [[ADDRESS|Av. Patricio Meléndez 742, frente al Terminal Terrestre]]. Quiero reportar algo que pasó hoy en la tarde.
O: La escucho, doctora.
C: A eso de [[DATE_TIME|las 5:40 de la tarde]] entró un hombre, como de [[AGE|40 años]], con una chica que no tendrá más de [[AGE|15]]. Él pidió la pastilla del día siguiente y una caja de anticonceptivos, y pagó con un billete de 100 soles. Ella no hablaba, miraba el piso todo el rato.
O: ¿Pasó algo más?
C: Cuando él salió a contestar el teléfono, ella me dejó un papelito en el mostrador. Decía: "Ayúdeme, me llamo [[PERSON|Nayeli Paz]], soy de [[LOCATION|El Alto]], me tienen en el [[ORGANIZATION|Hospedaje Los Arenales]], [[ADDRESS|cuarto 9]]". Y abajo un número: [[PHONE_NUMBER|+591 72245610]].
O: ¿Vio cómo se fueron?
C: En un auto gris. Alcancé a ver la placa desde la vitrina: [[OTHER_ID|Z4K-271]]. Y él la llamó "[[PERSON|Nayi]]", o sea que sí se llama así. Cuando contestó el teléfono dijo "habla [[PERSON|Freddy]]"; tenía acento boliviano, como ella.
O: ¿Sabe dónde queda el hospedaje?
C: Sí, en la [[ADDRESS|calle Hipólito Unanue, a media cuadra del mercadillo Bolognesi]]; es un edificio de tres pisos con letrero azul. Además tengo las cámaras de la botica, ya guardé la grabación.
O: Ha hecho muy bien. Vamos a alertar ahora mismo a la Policía y a la Fiscalía Especializada en Trata de [[LOCATION|Tacna]]; como ella podría ser menor y extranjera, también se informa a la Unidad de Protección Especial y al Consulado.
C: ¿Yo tengo algún problema por esto? No quiero líos con el Colegio Químico Farmacéutico.
O: Ninguno. Reportar un posible caso de trata, que es delito según el artículo 153 del Código Penal, no viola el secreto profesional. Solo le pedimos que entregue la grabación y el papel únicamente a la policía o a la fiscalía.
C: Entendido. Mi celular es [[PHONE_NUMBER|952 610 384]], y el fijo de la botica es [[PHONE_NUMBER|(052) 41-7738]]; estoy aquí hasta las 11 de la noche.
O: Gracias, doctora [[PERSON|Alanoca]]. Un agente la llamará en los próximos minutos para recoger la grabación.
C: Aquí los espero. Ojalá lleguen a tiempo; esa chica tenía mucho miedo.
""",
    ),
    (
        "h15-es-pro-02",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Mi nombre es [[PERSON|Teodoro Chumpitaz Bances]], soy agente de seguridad de [[ORGANIZATION|Centinela Seguridad Integral]] y estoy de servicio en el puerto del [[LOCATION|Callao]], en la garita del [[ADDRESS|Muelle 5, amarradero B]]. Le llamo por un barco pesquero que está atracado acá desde [[DATE_TIME|el 3 de noviembre]].
O: Cuénteme, señor [[PERSON|Chumpitaz]].
C: Es un potero de bandera extranjera, el [[ORGANIZATION|Hai Feng 718]], número IMO [[OTHER_ID|9371425]]. Tiene como 22 tripulantes, la mayoría de [[LOCATION|Indonesia]]. Anoche, como a [[DATE_TIME|las dos de la mañana]], bajó uno de ellos a la garita con la mano vendada, sangrando, y me enseñó en su celular un mensaje traducido al español.
O: ¿Qué decía el mensaje?
C: Que llevan 14 meses en el mar sin cobrar, que el capitán les quitó los pasaportes al subir, que les pegan, y que un compañero murió en altamar y lo botaron al agua. Que por favor no los dejen zarpar.
O: ¿Sabe el nombre de ese tripulante?
C: Sí, me mostró la foto de su pasaporte: [[PERSON|Agus Setiawan]], pasaporte [[ID_NUMBER|C 4418290]], tiene [[AGE|24 años]]. Me dio su WhatsApp, [[PHONE_NUMBER|+62 812 3390 4417]].
O: ¿Y del capitán o de la empresa?
C: Al capitán le dicen [[PERSON|Lin]], es chino. La agencia que los atiende acá es [[ORGANIZATION|Agencia Marítima del Pacífico Sur]], ellos tramitan el zarpe. Y el barco sale [[DATE_TIME|el viernes a las 6 de la mañana]], por eso llamo ya.
O: Entendido. Esto puede ser trabajo forzoso y trata en el mar. Vamos a comunicar de inmediato a la Policía, a la Fiscalía Especializada del [[LOCATION|Callao]] y a la Capitanía de Puerto, para que verifiquen antes del zarpe. ¿El tripulante sigue en tierra?
C: No, volvió al barco, tenía miedo de que lo vieran. Me dijo que otro compañero, [[PERSON|Bayu]], tiene [[AGE|17]], es el más chico de todos.
O: Por favor, no haga nada por su cuenta ni suba al barco. ¿Me da un número donde ubicarle?
C: Mi celular es [[PHONE_NUMBER|+51 987 330 615]]. La garita tiene fijo, [[PHONE_NUMBER|(01) 429-5510, anexo 214]]. Y mi DNI es [[ID_NUMBER|43901276]], por si el fiscal lo pide.
O: Gracias, señor [[PERSON|Teodoro]]. Le va a llamar personal de la Fiscalía esta misma noche. Si el barco intenta zarpar antes, llame al 0800-2-3232 o al 105.
C: Conforme, señorita. Yo salgo de turno a las siete, pero le dejo el dato a mi relevo.
""",
    ),
    (
        "h15-en-01",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon. Sorry, do you have someone who speaks English?
O: Yes, I can help you in English. Go ahead.
C: Thanks. My name is [[PERSON|Jonah Okafor]], I'm a geotechnical engineer with a Canadian contractor, [[ORGANIZATION|Northrim Engineering]]. We're drilling for [[ORGANIZATION|Minera Qori Urqu]], at their camp in [[LOCATION|Lucanas]], up in [[LOCATION|Ayacucho]].
O: What's the situation?
C: The camp kitchen and laundry are run by a local subcontractor, [[ORGANIZATION|Servicios Generales Killa]]. There are at least four kids working there, I'd say [[AGE|14]], [[AGE|15]] tops. They work from 4 a.m. until after dinner, seven days a week, and they sleep in a container behind the laundry.
O: Have you spoken with any of them?
C: One boy, [[PERSON|Wilber]], speaks a bit of English from school. He told me he's [[AGE|fourteen]], he's from [[LOCATION|Puquio]], and the woman in charge, they call her Doña [[PERSON|Sabina]], keeps their ID cards "so they don't get lost". They get 20 soles a week and she takes most of it back for food.
O: Thank you. Where exactly is the camp?
C: It's off the road from [[LOCATION|Puquio]] to [[LOCATION|Nasca]], at [[ADDRESS|kilometre 62, the turn-off with the blue water tank]], then about forty minutes up a dirt track. The kitchen is in [[ADDRESS|module C, next to the helipad]].
O: Does the mining company know about this?
C: I raised it with the camp manager, Ing. [[PERSON|Mauricio Salas]], on [[DATE_TIME|November 2nd]], and he told me it's the subcontractor's business. The next day my access badge was "under review". So I'd rather this stays confidential.
O: It will. This may be child labour and trafficking for labour exploitation. We'll refer it to the prosecutor's office, the labour inspectorate and child protection services. Can I have a contact?
C: Sure. My Peruvian number is [[PHONE_NUMBER|912 047 583]], but signal at camp is bad, so email is better: [[EMAIL_ADDRESS|jonah.okafor@northrim-eng.ca]]. My Canadian cell is [[PHONE_NUMBER|+1 (780) 555-0164]].
O: Thank you, [[PERSON|Jonah]]. Do you know the full names of any of the kids, or Doña [[PERSON|Sabina]]'s surname?
C: Only his: [[PERSON|Wilber Ñaupa]], it's written on his helmet. And there's a girl they call [[PERSON|Chaska]], she's maybe [[AGE|thirteen]]. [[PERSON|Sabina]]'s surname, no idea.
O: That's very helpful. Someone from the prosecutor's office may contact you by email.
C: Okay. Honestly, I rotate out on the [[DATE_TIME|20th]], so I'd like something to happen before that.
O: Understood. We'll treat it as a priority. Thank you for calling the line.
""",
    ),
    (
        "h15-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite. Desculpa, eu não falo espanhol direito. Posso falar em português?
O: Sí, puede hablar, yo entiendo. Hable despacio, por favor.
C: Tá bom. Meu nome é [[PERSON|Edvaldo Nascimento]], sou caminhoneiro, faço a rota de [[LOCATION|Rio Branco]] até [[LOCATION|Puerto Maldonado]] pela Interoceânica. Ontem eu parei pra dormir em [[LOCATION|Iberia]] e vi uma coisa que não sai da minha cabeça.
O: ¿Qué vio?
C: Tem um bar do lado do posto, o [[ORGANIZATION|Bar e Restaurante Recanto Gaúcho]], no [[ADDRESS|quilômetro 168, do lado da balança]]. A dona é uma brasileira, a Dona [[PERSON|Cida]]. Tinha umas quatro meninas lá, bem novinhas, [[AGE|14]], [[AGE|15 anos]] no máximo, servindo cerveja pros caminhoneiros e subindo pros quartos com eles.
O: ¿Las chicas son peruanas o brasileñas?
C: Duas falavam português, disseram que são de [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]]. Uma delas, a [[PERSON|Thaynara]], me pediu ajuda baixinho. Disse que a [[PERSON|Cida]] ficou com a identidade dela e que ela deve 600 reais da passagem.
O: ¿Tiene algún dato más? ¿Un teléfono, un vehículo?
C: Tem uma caminhonete preta que leva as meninas, placa brasileira, [[OTHER_ID|QWE4F71]]. E a [[PERSON|Cida]] tem um Instagram do bar, [[OTHER_ID|@recantogaucho.iberia]], ela posta foto das meninas falando "garçonetes novas".
O: ¿Cuándo vio esto?
C: Ontem, [[DATE_TIME|terça-feira, dia 18]], lá pelas [[DATE_TIME|onze da noite]]. No [[LOCATION|Brasil]] eu ligava pro Disque 100, mas aqui eu não sabia pra quem ligar.
O: Vamos a informar a la policía y a la fiscalía de [[LOCATION|Madre de Dios]], y también a las autoridades de [[LOCATION|Brasil]] por las chicas brasileñas. ¿Me da sus datos?
C: Meu celular é [[PHONE_NUMBER|+55 68 99931-4480]], tem WhatsApp. Meu CPF é [[ID_NUMBER|052.318.779-40]], se precisar.
O: Obrigada, señor [[PERSON|Edvaldo]]. ¿Va a volver a pasar por allí?
C: Sim, volto na [[DATE_TIME|sexta]] com carga de castanha. Mas não quero encrenca com esse pessoal, eles conhecem o meu caminhão.
O: No se acerque ni hable con ellos. Si ve a las chicas en peligro, llame al 105 o a esta línea. Nosotros lo llamamos mañana.
C: Obrigado, moça. Deus abençoe.
""",
    ),
    (
        "h15-ve-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi amor. Disculpe, es que estoy desesperada, no sé si es aquí donde tengo que llamar.
O: Tranquila, señora, cuénteme qué pasa.
C: Mire, yo soy de [[LOCATION|Maracay]], tengo tres años aquí en [[LOCATION|Arequipa]]. Mi hija [[PERSON|Yuliannys]], [[PERSON|Yuliannys Andreína Colmenares]], tiene [[AGE|17 años]], nació [[DATE_TIME|el 9 de julio de 2009]]. Se fue de la casa hace dos semanas con una chama que conoció por Instagram, que le dicen la [[PERSON|Gocha]], que le prometió trabajo de modelo, vale, de fotos.
O: ¿Ha sabido algo de ella?
C: Sí, me escribe a veces, pero burda de rara. Me dijo que vive en un apartamento con otras chamas y que las ponen a hacer transmisiones por cámara, de noche, con hombres que pagan en dólares. Y que no la dejan salir sola, que la [[PERSON|Gocha]] le tiene el celular y se lo presta un ratico nomás.
O: ¿Sabe dónde queda el apartamento?
C: Ella me mandó la ubicación un día: es en [[LOCATION|Cerro Colorado]], [[ADDRESS|Urbanización Los Cristales, manzana K, lote 7, tercer piso]], un edificio blanco con rejas negras.
O: ¿Tiene la cuenta de Instagram de esa mujer?
C: Sí, es [[OTHER_ID|@modelos.vip.aqp]], y la personal de ella es [[OTHER_ID|@la_gocha_oficial]]. Y mire, a mí me pidió plata, que si yo quería que mi hija volviera le mandara 300 dólares por pago móvil a una cuenta de Banesco, la [[OTHER_ID|0134-0457-81-0001239946]], a nombre de [[PERSON|Génesis Carolina Urdaneta]].
O: No envíe ese dinero, señora. ¿Tiene los documentos de su hija?
C: Sí, la cédula es [[ID_NUMBER|V-31.228.574]] y el carné de extranjería [[ID_NUMBER|003518204]]. Ay, Dios mío, qué vaina tan arrecha esto.
O: Lo que describe es muy grave: su hija es menor de edad y podría estar siendo explotada sexualmente por internet. Vamos a derivarlo ya a la Policía y a la Fiscalía de [[LOCATION|Arequipa]], y al CEM para que la acompañen a usted. ¿Cómo se llama usted?
C: [[PERSON|Yusmary Colmenares]]. Mi número de aquí es [[PHONE_NUMBER|926 115 748]] y el de allá, el venezolano, [[PHONE_NUMBER|0414-772-1935]], pero ese casi no lo uso.
O: Gracias, señora [[PERSON|Yusmary]]. Guarde todas las conversaciones con su hija y con esa mujer, no borre nada.
C: Sí, mi amor, todo lo tengo en capture. Por favor, ayúdeme a traer a mi niña.
O: Mañana temprano la llamamos. Si su hija le escribe que está en peligro, llame al 105 o a esta línea, el 0800-2-3232, a cualquier hora.
""",
    ),
    (
        "h15-es-andes-01",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Allinllachu, señorita... buenos días. Disculpe, mamay, castellano poquito nomás hablo.
O: No se preocupe, hable tranquilo. ¿En qué le ayudo?
C: Mi nieta pues, señorita. Mi [[PERSON|Rosa]], [[PERSON|Rosa Huarcaya Quispe]]. Wawallay, [[AGE|quince añitos]] tiene nomás. Un señor de [[LOCATION|Huancayo]] ha venido a la comunidad, diciendo "trabajo hay en restaurante, estudiar también va a poder", y se la ha llevado [[DATE_TIME|el 25 de julio]], después de la fiesta de Santiago. Con su pollera y su chompa rosa nomás se ha ido.
O: ¿De qué comunidad es usted, señor?
C: De [[LOCATION|Ccarhuacc]], distrito de [[LOCATION|Lircay]], [[LOCATION|Angaraes]]. Mi casita es [[ADDRESS|pasando el puente de Chuñuna, la de adobe al lado del eucalipto grande]].
O: ¿Sabe cómo se llama el señor que se la llevó?
C: [[PERSON|Fortunato]] dice que se llama, [[PERSON|Fortunato Rojas]], pero la gente le dice [[PERSON|Ukumari]]. En su combi blanca ha venido, placa [[OTHER_ID|W3T-845]].
O: ¿Y sabe dónde está ahora [[PERSON|Rosa]]?
C: En [[LOCATION|Huancayo]] dice que está, en una pollería, la [[ORGANIZATION|Pollería El Gallo de Oro]], por el [[ADDRESS|jirón Puno, cuadra ocho]]. Mi nietita ha llamado a mi hija llorando: "mamay, kaypiqa manam allinchu", de madrugada a medianoche trabaja, no le pagan, la señora le pega. Manam colegio ni nada.
O: ¿Cuándo llamó?
C: [[DATE_TIME|El domingo]], señorita, de noche. De un número de allá ha llamado, de la señora creo: [[PHONE_NUMBER|nueve seis cuatro, seis uno cero, cuatro dos ocho]].
O: ¿Tiene el DNI de [[PERSON|Rosa]]?
C: Aquí tengo la copia: [[ID_NUMBER|setenta y siete, cero tres, cincuenta y dos, dieciocho]].
O: [[ID_NUMBER|77035218]], ¿correcto?
C: Arí, así es, correcto.
O: Esto es explotación de una menor. Vamos a avisar a la Fiscalía y a la Policía de [[LOCATION|Huancayo]] para que vayan a la pollería, y a la DEMUNA. ¿Cómo se llama usted y a qué número le llamamos?
C: [[PERSON|Santos Huarcaya Ñahui]] me llamo. Celular no tengo, señorita; del teniente gobernador nomás, don [[PERSON|Eusebio]], su número es [[PHONE_NUMBER|967 402 119]]. Mañana temprano a la chacra voy, en la tardecita nomás estoy.
O: Gracias, don [[PERSON|Santos]]. Mañana en la tarde le llamamos al número de don [[PERSON|Eusebio]].
C: Diospagarasunki, señorita. Sulpayki.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h15-", "heldout15.jsonl")
