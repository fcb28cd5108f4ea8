#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set h55: ten fictional counter-trafficking hotline calls (Peru hotline) in which
professionals and institutions read records aloud: a shelter coordinator, a hospital nurse, a
municipal guard (serenazgo), a church volunteer, a hostel owner, a DEMUNA officer, a consular
officer, a school principal, a lawyer and a labour inspector.

Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (fillers, self-
corrections, numbers said in words), three cased Spanish calls (one Venezuelan caller, one
Colombian caller), two English calls (one UK caller) and two Brazilian Portuguese calls.
Callers read case-file, complaint, medical-record and student-code numbers, dates of birth,
addresses with manzana/lote/interior/block, double surnames, nicknames and relatives' phones.

Everything here (people, numbers, IDs, e-mails, handles, plates, businesses, addresses) is
invented. Written by an outside test-data writer who read only LABELS.md, make_dev.py and the
builder (make_heldout.py), for measuring a PII redactor on calls it has never seen.

Conventions are make_dev.py's, plus: record numbers tied to a person or case (expediente,
historia clínica, student code, complaint/denuncia number, badge code) are ID_NUMBER, cue word
excluded; a self-corrected identifier is labelled in both forms; a generic office followed by a
place ("la DEMUNA de Ate") labels only the place; named institutions are ORGANIZATION.

Run: python3 make_heldout55.py  (writes heldout55.jsonl next to it, via make_heldout.write_set)
"""

CALLS = [
    (
        "h55-01",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita le habla eh [[PERSON|rocío]] [[PERSON|rocío huallpa mendoza]] soy la coordinadora de la casa de acogida [[ORGANIZATION|casa refugio santa rosa]] acá en [[LOCATION|cusco]] en [[LOCATION|wanchaq]]
O: buenas tardes señora [[PERSON|rocío]] dígame
C: mire le llamo por una adolescente que nos derivaron el mes pasado el número de expediente es este [[ID_NUMBER|cero cero cuatro siete guion dos mil veinticuatro]] no perdón es [[ID_NUMBER|cero cero cuatro nueve guion dos mil veinticuatro]] ya
O: un momentito ya lo ubico me confirma el nombre de la menor
C: sí se llama [[PERSON|yesenia]] [[PERSON|yesenia ccori quispe]] le dicen [[PERSON|yeni]] tiene [[AGE|quince años]] nació [[DATE_TIME|el tres de agosto del dos mil nueve]] y su dni es [[ID_NUMBER|siete uno cuatro ocho dos dos cero seis]]
O: correcto la tengo qué ha pasado
C: ayer eh como a [[DATE_TIME|las seis de la tarde]] vino un señor a la puerta del albergue diciendo que es su tío que se llama [[PERSON|fidel]] [[PERSON|fidel mamani ccori]] y que se la quería llevar a [[LOCATION|mazuco]] pero la chica dice que él es el que la llevó al bar o sea el que la vendió pues
O: entiendo la menor sigue con ustedes
C: sí sí está acá no se la llevó nadie pero vino en un auto plomo la placa es [[OTHER_ID|equis tres ce cuatro cinco uno]] y dejó un número dijo que llamen a su esposa al [[PHONE_NUMBER|nueve ocho cuatro tres cero dos uno uno siete]]
O: y dejó alguna dirección
C: dijo que vive en la [[ADDRESS|asociación los nogales manzana ce lote doce]] en [[LOCATION|san jerónimo]] pero quién sabe si será cierto
O: muy bien y la mamá de la menor ya fue ubicada
C: la mamá vive en [[LOCATION|ocongate]] se llama [[PERSON|justina quispe]] su celular es el [[PHONE_NUMBER|nueve cinco uno ochenta y ocho veinticuatro cero tres]] pero eh ella dice que no sabía nada que el señor [[PERSON|fidel]] le dijo que era para trabajar en una cocina
O: voy a comunicar esto a la fiscalía de familia y a la policía para que identifiquen al señor no lo dejen entrar y si vuelve llamen al ciento cinco
C: ya señorita y para que me manden el oficio mi correo es [[EMAIL_ADDRESS|rhuallpa punto casarefugio arroba gmail punto com]]
O: anotado señora [[PERSON|rocío]] mañana la llamamos para confirmar
C: gracias señorita hasta luego
""",
    ),
    (
        "h55-02",
        "es",
        """
O: línea contra la trata buenas noches
C: aló buenas noches eh llamo del [[ORGANIZATION|hospital santa inés de zarumilla]] soy la licenciada [[PERSON|maribel]] este [[PERSON|maribel saavedra puicán]] enfermera de emergencia
O: buenas noches licenciada la escucho
C: mire hace un rato a [[DATE_TIME|las dos de la mañana]] ha llegado una chica con una hemorragia la trajo un hombre que dice que es su esposo pero la chica es menor se ve menor
O: qué edad dice que tiene
C: ella dice que tiene [[AGE|dieciocho]] pero en el sis sale que nació [[DATE_TIME|el veintidós de febrero del dos mil diez]] o sea tiene [[AGE|catorce]] no [[AGE|quince]] ya cumplió [[AGE|quince]]
O: tiene el nombre
C: sí se llama [[PERSON|keyla]] [[PERSON|keyla nayeli cruz zambrano]] la historia clínica es la [[ID_NUMBER|doscientos cuarenta y cinco mil noventa y uno]] y es ecuatoriana de [[LOCATION|machala]] su cédula no la tiene dice que se la guardó el hombre
O: y el hombre sigue ahí
C: está afuera en la sala de espera fumando dijo que se llama [[PERSON|jhon]] y los otros que vinieron con él le dicen el [[PERSON|flaco]] o [[PERSON|flaco jairo]] no sé bien
O: la chica le ha dicho algo más
C: que trabaja en un night en [[LOCATION|aguas verdes]] que se llama [[ORGANIZATION|la cabaña de mario]] y que vive con otras chicas en el [[ADDRESS|asentamiento humano villa primavera manzana jota lote ocho interior b]] y que el [[PERSON|flaco]] les cobra todo
O: entiendo esto es muy grave vamos a pedir a la policía que vaya al hospital ahora mismo por favor no le avise al hombre
C: no no claro la chica me pidió que llame a su mamá en [[LOCATION|ecuador]] me dio el número es [[PHONE_NUMBER|más cinco nueve tres nueve ocho siete dos cuatro uno cero cinco seis]]
O: gracias nosotros coordinamos con la mamá y con el consulado me da un número directo suyo
C: sí el [[PHONE_NUMBER|nueve seis nueve cuatro cuatro uno ocho dos siete]] o el anexo de emergencia que es el doscientos doce
O: perfecto licenciada [[PERSON|maribel]] la policía va en camino quédese cerca de la menor
C: ya gracias
""",
    ),
    (
        "h55-03",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches le habla el sereno eh [[PERSON|julio]] perdón [[PERSON|julio césar tapia]] mi código es el [[ID_NUMBER|ese jota ele cero ocho siete]] del serenazgo de [[LOCATION|san juan de lurigancho]]
O: buenas noches señor [[PERSON|julio]] dígame
C: estamos en patrullaje y en el [[ADDRESS|paradero de la avenida wiesse con el jirón los tulipanes al costado del grifo primax]] hemos encontrado a tres niños vendiendo caramelos a [[DATE_TIME|la una de la mañana]] con una señora
O: qué edad tienen los niños
C: uno dice que tiene [[AGE|ocho]] otro [[AGE|diez años]] y la niña más chiquita [[AGE|seis]] eh no [[AGE|cinco]] dice [[AGE|cinco]]
O: la señora es familiar
C: dice que es tía se identificó con dni [[ID_NUMBER|cuatro cero ocho nueve uno siete seis dos]] se llama [[PERSON|teodora]] [[PERSON|teodora choque llanos]] pero los niños le dicen tía [[PERSON|chabuca]] y el más grande me dijo que su mamá está en [[LOCATION|juli]] en [[LOCATION|puno]]
O: tienen los nombres de los niños
C: sí el más grande [[PERSON|rubén]] el otro [[PERSON|edwin]] y la niña [[PERSON|flor]] apellido [[PERSON|condori]] los tres y dice que viven en el [[ADDRESS|conjunto habitacional los pinos block ce interior doscientos tres]] con otros niños más que también salen a vender
O: ha visto a algún adulto más
C: sí había una mototaxi esperando la placa es [[OTHER_ID|cuatro cinco siete ocho guion ocho ce]] el chofer se fue cuando llegamos le dicen [[PERSON|chino]] según la señora
O: muy bien ya hicieron el parte
C: sí el parte es el [[ID_NUMBER|mil ochocientos treinta y cuatro guion veinticuatro]] los estamos llevando a la comisaría de [[LOCATION|canto rey]]
O: perfecto vamos a coordinar con la unidad de protección especial para los niños me da un celular
C: el de la central es fijo pero el mío es [[PHONE_NUMBER|nueve cuatro ocho doce treinta y uno sesenta y cinco]]
O: gracias señor [[PERSON|julio]] en unos minutos lo llamamos
""",
    ),
    (
        "h55-04",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, mi amor. Mire, yo soy voluntaria en la [[ORGANIZATION|Parroquia Nuestra Señora de Coromoto]], en [[LOCATION|Ate]], en el comedor para migrantes. Me llamo [[PERSON|Yusmary Colmenares]], soy venezolana, de [[LOCATION|Barquisimeto]].
O: Gracias por llamar, señora [[PERSON|Yusmary]]. Cuénteme.
C: Le voy a leer lo que tenemos en el cuaderno de registro, porque la chama vino [[DATE_TIME|el lunes]] a comer y me dejó preocupadísima. Se llama [[PERSON|Oriana Valentina Rojas Pacheco]], cédula [[ID_NUMBER|V-31.207.845]], fecha de nacimiento [[DATE_TIME|14/11/2008]]. O sea, tiene [[AGE|16 años]], no tiene ni los 17.
O: ¿Y qué le contó?
C: Que una señora que le dicen la [[PERSON|Catira]] le ofreció trabajo de anfitriona en una discoteca en [[LOCATION|Tingo María]], que le pagaban el pasaje y todo. La contactó por Instagram, la cuenta es [[OTHER_ID|@catira.empleos.peru]]. Y el viaje es [[DATE_TIME|este viernes 21]], en la noche.
O: ¿La menor vive con algún familiar?
C: Con la mamá, [[PERSON|Milagros Pacheco]], que trabaja todo el día vendiendo arepas en la calle. Viven en la [[ADDRESS|Mz. F, Lt. 22, Asentamiento Humano Señor de los Milagros, Huaycán zona B]], arriba del taller de motos. El número de la mamá es [[PHONE_NUMBER|+51 927 403 118]], y la chama usa un número de allá, [[PHONE_NUMBER|+58 412 739 0264]], con wifi nomás.
O: ¿Tiene algún dato de la señora que la capta?
C: La chama me enseñó el chat. La [[PERSON|Catira]] le escribe desde el [[PHONE_NUMBER|936 218 750]], y le mandó un Yape a nombre de [[PERSON|Rosmery Ttito]] para el pasaje. Yo le dije: "mija, eso no es trabajo de anfitriona, eso es otra cosa".
O: Hizo muy bien. Vamos a avisar a la fiscalía de familia y a la policía especializada, y una psicóloga puede hablar con la mamá y con la menor. ¿Cómo la ubicamos a usted?
C: Al [[PHONE_NUMBER|916 554 082]], o por correo, [[EMAIL_ADDRESS|yusmary.colmenares@outlook.es]]. Los martes y jueves estoy en el comedor, de 10 a 2.
O: Gracias, señora [[PERSON|Yusmary]]. La llamamos mañana temprano.
C: Dios se lo pague, mi reina. Chao.
""",
    ),
    (
        "h55-05",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita, qué pena molestarla a esta hora. Le habla [[PERSON|Hernán Darío Ospina]], soy colombiano, de [[LOCATION|Pereira]], y tengo un hospedaje acá en [[LOCATION|Iquitos]], el [[ORGANIZATION|Hospedaje La Ceiba Dorada]], en la [[ADDRESS|Calle Napo 718]].
O: Buenas noches, señor [[PERSON|Hernán]]. Dígame.
C: Vea, anoche llegó un señor con dos niñas. Yo le pedí los documentos para el registro y le leo lo que anotó: [[PERSON|Wilmer Yesid Cárdenas]], cédula colombiana [[ID_NUMBER|1.024.563.887]], ingreso [[DATE_TIME|el 3 de marzo a las 10:40 de la noche]], habitación [[ADDRESS|número 7]]. Las niñas no traían nada, ni tarjeta de identidad.
O: ¿Qué edad calcula que tienen las niñas?
C: Una me dijo que [[AGE|trece]], la otra no habla español, yo creo que es de una comunidad del río, tendrá [[AGE|12 o 13 años]]. A la grande él le dice [[PERSON|Mona]]. Dijo que venían de [[LOCATION|Leticia]] en bote y que mañana siguen para [[LOCATION|Yurimaguas]].
O: ¿Él está en el hospedaje ahora?
C: Sí, señora, salió a comer y dejó a las niñas encerradas con llave. Me pagó con una transferencia de Bancolombia, la cuenta es [[OTHER_ID|845-372916-03]]. Y en el registro puso este celular: [[PHONE_NUMBER|+57 310 584 2271]]. También me preguntó si yo conocía a un tal [[PERSON|Gerardo]] de una discoteca que se llama [[ORGANIZATION|Kalimba Night Club]].
O: Señor [[PERSON|Hernán]], lo que describe es muy grave. Voy a enviar a la policía ahora mismo. No se enfrente al señor; si vuelve, actúe normal.
C: Listo, claro. Yo no me le voy a poner bravo. Mi celular es [[PHONE_NUMBER|965 301 447]], y el correo del hospedaje es [[EMAIL_ADDRESS|reservas@ceibadorada-iquitos.pe]], ahí le puedo mandar la foto de la cédula.
O: Perfecto. En unos minutos llega el patrullero. Quédese en la recepción.
C: Gracias, señorita. Qué tristeza, Dios mío, unas niñas tan chiquitas.
""",
    ),
    (
        "h55-06",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días. Le habla la abogada [[PERSON|Fiorella Chirinos Ampuero]], de la DEMUNA de [[LOCATION|Cerro Colorado]], en [[LOCATION|Arequipa]]. Le llamo para reportar un caso y pedir apoyo con el albergue.
O: Buenos días, doctora. La escucho.
C: Tenemos el expediente N.° [[ID_NUMBER|215-2024-DEMUNA-CC]]. Es una niña, [[PERSON|Sofía Mamani Ticona]], de [[AGE|13 años]], DNI [[ID_NUMBER|78124590]], nacida [[DATE_TIME|el 9 de junio de 2011]]. Hace dos años sus padres la entregaron a una señora en [[LOCATION|Chivay]], que prometió hacerla estudiar en la ciudad.
O: ¿Y qué encontraron?
C: La niña trabaja como empleada en la casa de la señora [[PERSON|Gladys Pacheco]], en la [[ADDRESS|Urbanización Los Cristales, Mz. D, Lt. 9, interior 2]]. Cocina, lava, cuida a dos niños, duerme en la azotea, y no la han matriculado en ningún colegio. La vecina presentó la denuncia, que es la N.° [[ID_NUMBER|4471]], en la comisaría de [[LOCATION|Zamácola]].
O: ¿La niña tiene marcas de maltrato?
C: Sí, el médico legista encontró moretones en los brazos. La señora [[PERSON|Pacheco]] dice que la niña es su ahijada y que le da "propina", 50 soles al mes.
O: ¿Se ha ubicado a la familia de la niña?
C: A la abuela, [[PERSON|Eusebia Ticona]], en [[LOCATION|Caylloma]]. Su número es [[PHONE_NUMBER|958 617 230]], pero solo tiene señal en las tardes. La mamá no quiere saber nada; le dicen [[PERSON|Chola]] en el pueblo y no contesta.
O: Entiendo. Vamos a coordinar un centro de acogida con la Unidad de Protección Especial y avisar a la fiscalía especializada. ¿A qué correo le enviamos el acta?
C: A [[EMAIL_ADDRESS|fchirinos@demuna-cerrocolorado.gob.pe]], y mi celular es [[PHONE_NUMBER|959 004 381]].
O: Gracias, doctora [[PERSON|Chirinos]]. Hoy mismo le confirmamos.
""",
    ),
    (
        "h55-07",
        "en",
        """
O: Anti-trafficking hotline, good afternoon. How can I help?
C: Good afternoon. My name is [[PERSON|Alistair Pemberton-Hughes]], I'm a consular officer at the [[ORGANIZATION|British Embassy]] in [[LOCATION|Lima]]. I'm calling about a British national, and I'd like to give you what we have on file, if that's all right.
O: Of course, go ahead.
C: Our case reference is [[ID_NUMBER|LIM/2024/0387]]. The young woman is [[PERSON|Chloe Brennan]], date of birth [[DATE_TIME|4 May 2002]], so she's [[AGE|22]]. Passport number [[ID_NUMBER|553018427]]. She came out in [[DATE_TIME|January]] to volunteer at a wellness retreat in the [[LOCATION|Sacred Valley]], the [[ORGANIZATION|Ayni Pacha Healing Centre]], near [[LOCATION|Urubamba]].
O: What has happened to her?
C: Her mother rang us from [[LOCATION|Leeds]]. [[PERSON|Chloe]] managed to send a voice note saying the owner, a man who calls himself [[PERSON|Tayta Inti]], real name we believe is [[PERSON|Gustavo Ñaupari]], took her passport on arrival, and that she and three other volunteers are working eighteen-hour days and being pressured into, well, "private ceremonies" with paying guests. She says she isn't allowed to leave the grounds.
O: Do you know exactly where the retreat is?
C: The description we have is [[ADDRESS|Lote 4, Sector Yanahuara, about two hundred metres past the bridge, the compound with the blue gate and the prayer flags]]. The other volunteers are a Dutch girl, [[PERSON|Femke]], and two Peruvians she only knows as [[PERSON|Kari]] and [[PERSON|Naysha]].
O: Thank you. Do you have contact numbers?
C: [[PERSON|Chloe]]'s UK mobile is [[PHONE_NUMBER|+44 7700 900 412]], though it's often off. The mother, [[PERSON|Deborah Brennan]], is on [[PHONE_NUMBER|+44 113 496 0728]]. And the retreat's Instagram is [[OTHER_ID|@aynipacha.healing]].
O: We'll alert the police anti-trafficking unit in [[LOCATION|Cusco]] and the prosecutor, and coordinate with you on her passport and a safe place to stay. How do we reach you?
C: My direct line is [[PHONE_NUMBER|01 617 3092]], and e-mail [[EMAIL_ADDRESS|alistair.pemberton-hughes@fcdo.gov.uk]]. Out of hours, please ask for the duty officer and quote the case reference.
O: Understood, Mr [[PERSON|Pemberton-Hughes]]. We'll call you back within the hour.
""",
    ),
    (
        "h55-08",
        "en",
        """
O: Anti-trafficking hotline, good morning.
C: Good morning, do you have someone who speaks English? My Spanish is not great on the phone.
O: Yes, I can help you in English.
C: Thanks. I'm [[PERSON|Rebecca Lindqvist]], I'm the principal of [[ORGANIZATION|Andean Bridge International School]] in [[LOCATION|Arequipa]]. We have a situation with one of our students and our counsellor told me to call you.
O: Thank you for calling. Tell me about the student.
C: She's in Grade 9, student code [[ID_NUMBER|ABS-2019-0457]]. [[PERSON|Camila Zegarra Benavides]], she's [[AGE|fourteen]], born [[DATE_TIME|January 30th, 2010]]. Yesterday a classmate showed the counsellor a website with photos of [[PERSON|Camila]] offering "company" for tourists. The profile links to an account called [[OTHER_ID|@lunita.vip.aqp]] and a page, [[OTHER_ID|lunitavip-aqp.blogspot.com]].
O: Do you know who set up the profile?
C: [[PERSON|Camila]] told the counsellor it was her mother's partner, a man called [[PERSON|Renzo]], they call him [[PERSON|Gringo]] though he's Peruvian. He drives her to the hotels in the evenings. She lives with them at [[ADDRESS|Residencial Los Álamos, block 3, apartment 402]], in [[LOCATION|Cayma]].
O: Is she at school today?
C: Yes, she's with our counsellor, Mr. [[PERSON|Huertas]], in his office. She's frightened about going home. Her grandmother, [[PERSON|Hilda Benavides]], is the emergency contact on file, on [[PHONE_NUMBER|054 27 1840]], and the mother's mobile is [[PHONE_NUMBER|nine five nine, two two six, four one eight]].
O: Please keep her at school. We'll inform the police and the family prosecutor right away, and a team will come to the school. Can I have your number?
C: My mobile is [[PHONE_NUMBER|+51 974 830 215]], and my e-mail is [[EMAIL_ADDRESS|r.lindqvist@andeanbridge.edu.pe]].
O: Thank you, [[PERSON|Rebecca]]. Don't contact the mother or [[PERSON|Renzo]] for now.
C: Understood. We'll wait for you.
""",
    ),
    (
        "h55-09",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde! Desculpa, a senhora fala português? Eu falo um pouco de espanhol, mas...
O: Sí, un poco. Pode falar devagar, eu entendo.
C: Obrigada. Meu nome é [[PERSON|Luana Figueiredo Batista]], sou advogada em [[LOCATION|Rio Branco]], no [[LOCATION|Acre]], do escritório [[ORGANIZATION|Figueiredo & Lins Advocacia]]. Minha OAB é [[ID_NUMBER|AC 4.512]]. Estou representando uma família daqui.
O: Certo, doutora. Qual é o caso?
C: A minha cliente é a [[PERSON|Tainá Souza Cavalcante]], [[AGE|19 anos]], CPF [[ID_NUMBER|482.719.350-06]]. Ela foi levada para [[LOCATION|Puerto Maldonado]] com a irmã mais nova por uma mulher que chamam de Dona [[PERSON|Neide]], com promessa de trabalho num restaurante. Lá, era uma boate, o [[ORGANIZATION|Bar Las Gaviotas]]. A [[PERSON|Tainá]] conseguiu fugir [[DATE_TIME|no dia 2 de outubro]] e voltou pela fronteira em [[LOCATION|Assis Brasil]].
O: E a irmã?
C: A irmã continua lá. É a [[PERSON|Jéssica Souza Cavalcante]], apelido [[PERSON|Jeje]], tem [[AGE|dezessete anos]], nasceu [[DATE_TIME|em 11 de março de 2007]]. A [[PERSON|Tainá]] diz que as meninas ficam num quarto nos fundos, no [[ADDRESS|Jirón Loreto 455, do lado da farmácia, portão de ferro verde]]. O dono é um peruano que chamam de [[PERSON|Cholo Ramos]].
O: Vocês registraram ocorrência no [[LOCATION|Brasil]]?
C: Sim, o boletim de ocorrência é o nº [[ID_NUMBER|1187/2024]], na Polícia Federal de [[LOCATION|Epitaciolândia]]. O celular da [[PERSON|Jéssica]] é [[PHONE_NUMBER|+55 68 99921-4370]], mas quem responde às vezes é a [[PERSON|Neide]], então cuidado. A [[PERSON|Jeje]] também tem um perfil no Facebook, [[OTHER_ID|facebook.com/jeje.cavalcante.07]].
O: Entendido. Vamos avisar a polícia e a fiscalía em [[LOCATION|Madre de Dios]] para uma intervenção. Como falamos com a senhora?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 98114-2063]], e o e-mail [[EMAIL_ADDRESS|luana.batista@figueiredolins.adv.br]]. A mãe delas, Dona [[PERSON|Rosilene]], também pode ajudar: [[PHONE_NUMBER|sessenta e oito, nove nove sete zero dois, cinco um um oito]].
O: Obrigada, doutora. Ligamos hoje à noite.
""",
    ),
    (
        "h55-10",
        "pt",
        """
O: Línea contra la trata, buenos días.
C: Bom dia. Aqui quem fala é [[PERSON|Marcelo Tavares Rezende]], auditor fiscal do trabalho em [[LOCATION|São Paulo]]. Estou ligando porque numa fiscalização encontramos trabalhadores peruanos e preciso localizar as famílias deles no [[LOCATION|Peru]].
O: Buenos días. Sí, le entiendo. Continue, por favor.
C: Foi [[DATE_TIME|no dia 18 de setembro]], numa oficina de costura no [[LOCATION|Bom Retiro]], [[ADDRESS|Rua dos Italianos, 1.212, fundos, casa 3]]. Eram onze costureiros, quase todos de [[LOCATION|Puno]], trabalhando das sete da manhã à meia-noite, dormindo entre as máquinas. O auto de infração é o nº [[ID_NUMBER|22.418.305-7]].
O: Hay menores de edad?
C: Uma menina, [[PERSON|Yaneth Apaza Cutipa]], de [[AGE|dezesseis anos]], DNI peruano [[ID_NUMBER|76302148]]. O irmão dela, [[PERSON|Rolando Apaza Cutipa]], tem [[AGE|24]], RNM [[ID_NUMBER|F412873-K]]. Eles disseram que foram recrutados em [[LOCATION|Juliaca]] por uma rádio, com promessa de 1.500 reais por mês.
O: Quién es el responsable del taller?
C: O dono é um senhor [[PERSON|Fortunato Quisbert]], que os trabalhadores chamam de Seu [[PERSON|Fortu]]. A empresa que compra as peças é a [[ORGANIZATION|Confecções Estrela do Brás Ltda.]], CNPJ [[ID_NUMBER|31.604.927/0001-58]]. Ele ficava com os documentos dos trabalhadores numa gaveta.
O: Tiene contacto con la familia en [[LOCATION|Perú]]?
C: A mãe dos irmãos, Dona [[PERSON|Basilia]], mora em [[LOCATION|Juliaca]], no [[ADDRESS|barrio Santa María, manzana H, lote 15]]. O número que eles me deram é [[PHONE_NUMBER|nove cinco um, quatro quatro zero, sete dois seis]]. Eles querem voltar.
O: Vamos a contactar a la familia y coordinar con el consulado y la fiscalía. Me da su número?
C: Claro: [[PHONE_NUMBER|+55 11 97435-2086]], e o e-mail institucional [[EMAIL_ADDRESS|marcelo.rezende@fiscalizacao-trabalho.gov.br]].
O: Muchas gracias, señor [[PERSON|Marcelo]].
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h55-", "heldout55.jsonl")
