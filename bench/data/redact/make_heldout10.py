# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out set 10: ten invented, labelled hotline calls for a one-time generalisation check.

Written by an outside test-data writer who never saw the redactor's code, tests or results.
Styles: five lowercase speech-recogniser transcripts in Spanish without punctuation (Lima Este,
Quillabamba with Quechua words, Iquitos, Mazuko, a Venezuelan caller in Sullana), with fillers,
self-corrections, numbers in words or digits and dictated in pieces across turns; two cased and
punctuated Spanish calls (a nurse in Satipo, a mother in Arequipa); one English call (an Irish
volunteer in Huaraz, with Spanish bits); one lowercase Portuguese call (a Brazilian near Iñapari);
one Spanish-English call (a returnee from the US in Chiclayo).

All people, phone numbers, IDs, e-mails, handles, plates, businesses and street numbers are
invented. Annotation conventions follow LABELS.md and the dev set: titles and articles outside
PERSON spans ("la señora [[Mamani]]", "el [[Cuervo]]", "don [[Pepe]]"); cue words ("DNI", "placa")
outside ID spans; AGE keeps the unit when said; DATE_TIME keeps the article ("el 2 de noviembre");
every occurrence is marked, the operator's read-backs too. Traps left unmarked: money, durations,
counts, generic times, the hotline's name and number, public institutions, laws and articles,
ordinary words that are also names (luz, paz, rosada, milagro).

Run: PYTHONPATH=/work/main python make_heldout10.py  (writes heldout10.jsonl next to it)
"""



CALLS = [
    (
        "h10-es-asr-lima-este",
        "es",
        """
O: linea contra la trata buenas noches le atiende [[PERSON|milagros]] en que le puedo ayudar
C: aja buenas noches señorita eh mire le llamo de [[LOCATION|san juan de lurigancho]] por [[ADDRESS|canto grande paradero doce]] es por mi sobrina porque ya no se que hacer la verdad
O: ya y su sobrina como se llama
C: se llama [[PERSON|luz clara]] eh no [[PERSON|luz clarita]] [[PERSON|luz clarita ccahuana rojas]] le decimos [[PERSON|clarita]] nomas tiene [[AGE|quince años]] y hace dos semanas una chica por el facebook le ofrecio trabajo de anfitriona en un restobar en [[LOCATION|ate]] le dijo que le iban a pagar ochenta soles por noche y ella se fue y ahora casi no viene a la casa y cuando viene trae ropa nueva celular nuevo
O: sabe como se llama el restobar
C: [[ORGANIZATION|la cabaña de paco]] algo asi eh no [[ORGANIZATION|la cabañita de paco]] queda en la [[ADDRESS|avenida nicolas ayllon cuadra cincuenta y ocho]] frente a un grifo
O: y la chica que le ofrecio el trabajo la conoce
C: no en el face sale como [[OTHER_ID|kathy reyna vip]] y se hace llamar [[PERSON|kathy]] tiene un monton de fotos con chicas
O: tiene algun numero de su sobrina
C: si espere que lo busco aca esta es [[PHONE_NUMBER|nueve cuatro uno]]
O: aja
C: [[PHONE_NUMBER|cero siete tres]]
O: ya
C: [[PHONE_NUMBER|seis seis dos]]
O: le repito [[PHONE_NUMBER|941 073 662]] correcto
C: si ese es pero a veces no contesta o contesta otra persona
O: señora en algun momento ella le ha dicho que la obligan a algo o que le deben plata
C: [[DATE_TIME|el domingo]] en la madrugada me llamo llorando dijo que le cobran veinte soles diarios por el cuarto y que si no sale con los clientes no le pagan nada
O: entiendo es muy importante lo que nos cuenta como se llama usted señora
C: [[PERSON|gregoria rojas huaman]] soy su tia por parte de mama
O: señora [[PERSON|gregoria]] me da un numero para comunicarnos
C: el mio es [[PHONE_NUMBER|nueve ocho cinco cuarenta y dos treinta y uno diez]] y vivo en la [[ADDRESS|mz h lote 22 asociacion los jazmines]]
O: muy bien vamos a pasar el caso a la policia y a la fiscalia de [[LOCATION|lima este]] y tambien al cem para que la orienten por favor no vaya usted sola al local todo es gratuito y puede volver a llamar al cero ochocientos dos treinta y dos treinta y dos las veinticuatro horas
C: ya gracias señorita [[PERSON|milagros]] dios le pague
""",
    ),
    (
        "h10-es-asr-quillabamba",
        "es",
        """
O: linea contra la trata buenos dias en que le puedo ayudar
C: allinllachu señorita buenos dias eh disculpe mi castellano no es bien bueno
O: no se preocupe mamita hable tranquila de donde nos llama
C: de [[LOCATION|quillabamba]] señorita pero yo soy de una comunidad de arriba de [[LOCATION|huayopata]]
O: ya digame que ha pasado
C: mi hija [[PERSON|dolores]] mi [[PERSON|lolita]] tiene [[AGE|catorce añitos]] una señora se la llevo a [[LOCATION|cusco]] para que sea empleada en su casa dijo que le va a hacer estudiar ya son cuatro meses y no la deja llamar ni venir mi wawa llora cuando me llama a escondidas
O: como se llama la señora
C: le dicen mama [[PERSON|nati]] se llama [[PERSON|natividad]] su apellido es [[PERSON|ccori]]
O: me puede deletrear el apellido
C: si [[PERSON|ce ce o erre i]]
O: [[PERSON|ccori]] con doble c ya y sabe donde queda la casa
C: la calle no se bien es en [[LOCATION|san sebastian]] [[ADDRESS|la casa de tres pisos al costado de la iglesita frente a la losa deportiva]] abajo tiene una tienda [[ORGANIZATION|multiservicios nati]]
O: su hija tiene sus documentos
C: su dni lo tiene la señora nomas yo tengo la copia es [[ID_NUMBER|setenta y cuatro ochocientos noventa y uno doscientos seis]]
O: le repito [[ID_NUMBER|74891206]]
C: ari eso es ari
O: cuando fue la ultima vez que hablo con ella
C: [[DATE_TIME|el sabado]] en la noche me llamo del celular de una vecina dice que le pega que no le da comida que trabaja desde las cinco de la mañana hasta la noche y no le paga nada sonqoy nanan señorita mi corazon me duele
O: la entiendo mamita vamos a ayudarla usted tiene un numero de celular
C: no tengo señorita le estoy llamando del celular de mi sobrino [[PERSON|wilber]] es [[PHONE_NUMBER|nueve cinco nueve cero uno tres siete siete cuatro]]
O: [[PHONE_NUMBER|959 013 774]] y usted como se llama
C: [[PERSON|julia huaman quispe]]
O: señora [[PERSON|julia]] vamos a informar a la policia a la fiscalia de [[LOCATION|cusco]] y a la demuna para que vayan a ver a [[PERSON|dolores]] una persona la va a llamar al numero de [[PERSON|wilber]] esta bien
C: ya señorita sulpayki sulpayki
""",
    ),
    (
        "h10-es-asr-iquitos",
        "es",
        """
O: linea contra la trata buenas tardes
C: buenas tardes eh ya llamo para informar algo que estoy viendo aca en mi barrio pues
O: si digame desde donde llama
C: de [[LOCATION|iquitos]] de [[LOCATION|punchana]]
O: ya cuenteme
C: mire al frente de mi casa hay un hospedaje que se llama [[ORGANIZATION|bufeo colorado]] y todas las noches llegan chiquillas de las comunidades del [[LOCATION|napo]] en bote y señores mayores entran y salen
O: que edad cree que tienen las chicas
C: son menores pues de [[AGE|trece]] [[AGE|catorce años]] maso menos una se llama [[PERSON|rosa]] creo la que siempre se sienta en la puerta con su polito rosado
O: sabe la direccion del hospedaje
C: esta en la [[ADDRESS|calle putumayo cuadra doce]] al costado de la cevicheria que esta pintada de verde
O: y quien maneja el hospedaje
C: un señor que le dicen el [[PERSON|chino]] se llama [[PERSON|teodoro panduro]] creo y hay un motocarrista que trae a las chicas de la orilla su moto tiene placa [[OTHER_ID|4521-ia]]
O: [[OTHER_ID|4521-ia]] ya lo anoto ha visto algo mas
C: anoche una chiquita salio corriendo y el [[PERSON|chino]] la jalo del brazo y la metio de nuevo
O: eso es muy grave usted quiere dejar su nombre o prefiere quedar anonimo
C: anonimo nomas señorita porque aca todos se conocen digame don [[PERSON|pepe]] nomas
O: don [[PERSON|pepe]] tiene un numero por si necesitamos mas datos
C: ya anote [[PHONE_NUMBER|nueve seis cinco ochocientos doce cuatrocientos treinta]] pero aca se va la luz a cada rato y no hay señal asi que si no contesto es por eso
O: gracias don [[PERSON|pepe]] vamos a comunicar a la policia de [[LOCATION|loreto]] y a la fiscalia por favor no se exponga ni hable con el señor
C: ya señorita ojala que hagan algo porque [[PERSON|rosita]] es una niña todavia
""",
    ),
    (
        "h10-es-asr-mazuko",
        "es",
        """
O: linea contra la trata buenas noches
C: alo alo se escucha señorita
O: si lo escucho diga
C: estoy llamando de un celular prestado no tengo mucho saldo
O: tranquilo si se corta le devolvemos la llamada como se llama
C: [[PERSON|angel]] [[PERSON|angel mayta condori]]
O: [[PERSON|angel]] donde esta usted ahorita
C: en [[LOCATION|mazuko]] en el [[ADDRESS|kilometro ciento ocho de la interoceanica]] entrando por una trocha ahi esta el [[ORGANIZATION|campamento minero los tres hermanos]]
O: que le esta pasando
C: nos trajeron de [[LOCATION|juliaca]] un enganchador nos dijo que ibamos a ganar dos mil quinientos al mes y ahora dice que debemos el pasaje la comida las botas que debemos mil ochocientos cada uno y no nos deja salir
O: cuantos son ustedes
C: somos como doce y hay dos chibolos de [[AGE|dieciseis]] y [[AGE|diecisiete años]]
O: el enganchador como se llama
C: se llama [[PERSON|lucio mamani]] le dicen el [[PERSON|cuervo]] y el dueño es un ingeniero [[PERSON|zegarra]] que viene cada quince dias
O: tienen armas
C: si el [[PERSON|cuervo]] anda con escopeta de noche cuida la salida
O: el numero del celular que esta usando cual es
C: es de un compañero [[PHONE_NUMBER|9 7 3 0 5 4 2 1 8]]
O: [[PHONE_NUMBER|973054218]] y usted tiene su dni
C: me lo quitaron pero me se el numero [[ID_NUMBER|cuarenta y siete doscientos treinta y nueve ochocientos quince]]
O: cuando llego al campamento
C: llegue [[DATE_TIME|el quince de enero]] ya son casi tres meses
O: vamos a coordinar con la policia la fiscalia de [[LOCATION|madre de dios]] y el ministerio de trabajo a que hora puede contestar sin peligro
C: en la noche nomas despues de las ocho cuando bajamos del socavon
O: ya [[PERSON|angel]] no le diga a nadie que llamo cuidese mucho
""",
    ),
    (
        "h10-es-asr-sullana-ve",
        "es",
        """
O: linea contra la trata buenas noches
C: hola buenas noches mira disculpa la hora es que no se si aqui me pueden ayudar
O: si claro para eso estamos cuenteme
C: yo soy venezolana tengo como ocho meses aqui en [[LOCATION|sullana]] llegue por [[LOCATION|tumbes]] con una señora que me trajo desde [[LOCATION|maracay]]
O: y que paso despues
C: la señora [[PERSON|yajaira]] me dijo que iba a trabajar en una heladeria pero me puso en un night club que se llama [[ORGANIZATION|el tiburon night club]] en la [[ADDRESS|avenida los algarrobos cuadra cuatro]] y dice que le debo mil quinientos dolares del viaje y cada semana me sube la deuda
O: usted esta ahi ahora
C: no ahorita estoy en el cuarto que ella alquila es en la [[ADDRESS|urbanizacion los ficus manzana b lote nueve]]
O: como se llama usted
C: [[PERSON|yuleidy]] eh [[PERSON|yuleidy carolina paz]]
O: [[PERSON|yuleidy]] que edad tiene
C: [[AGE|veintidos]] bueno cumplo [[AGE|veintitres]] [[DATE_TIME|el nueve de octubre]]
O: tiene sus documentos
C: ella me tiene la cedula y el pasaporte el numero de la cedula es [[ID_NUMBER|v veintiseis cuatrocientos doce setecientos ochenta]]
O: hay otras chicas con usted
C: si somos cuatro una es una chama de [[AGE|diecisiete]] se llama [[PERSON|daniela]] y la señora [[PERSON|yajaira]] le dice a los clientes que tiene [[AGE|diecinueve]]
O: tiene un numero donde la podamos llamar de forma segura
C: mejor por instagram porque el telefono ella me lo revisa mi instagram es [[OTHER_ID|arroba yuli punto paz 22]]
O: y un numero de todas formas
C: [[PHONE_NUMBER|nueve dos ocho cuatro uno uno cero nueve cero]]
O: [[PERSON|yuleidy]] usted quiere salir de ahi
C: si chamo yo solo quiero estar en paz y trabajar en algo normal vale
O: vamos a coordinar con la policia y la fiscalia de [[LOCATION|piura]] y con la oim para un albergue la llamamos por [[OTHER_ID|yuli punto paz 22]] mañana
C: ok gracias de verdad
""",
    ),
    (
        "h10-es-nurse-satipo",
        "es",
        """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes. Le habla la licenciada [[PERSON|Rosa Elvira Quintana]], soy enfermera del centro de salud de [[LOCATION|Río Negro]], en [[LOCATION|Satipo]].
O: Gracias, licenciada [[PERSON|Quintana]]. Cuénteme.
C: Esta mañana vino una adolescente a su control prenatal. Tiene [[AGE|14 años]] y está de cinco meses. Se llama [[PERSON|Flor Mishari Cóndor]] y es de la comunidad nativa [[LOCATION|Tsomaveni Alto]].
O: ¿Ella le contó algo de su situación?
C: Sí. Trabaja en el [[ORGANIZATION|Restaurante Turístico El Paraíso de la Selva]], en el [[ADDRESS|kilómetro 12 de la carretera Satipo–Mazamari]]. Dice que el dueño, el señor [[PERSON|Tello]], la trajo de su comunidad cuando tenía [[AGE|12]], que no le paga, que duerme en el depósito y que el hijo del dueño es el padre del bebé.
O: ¿Ella está ahora en el establecimiento?
C: Sí, la tengo en el tópico. El señor [[PERSON|Tello]] la está esperando afuera en una camioneta gris, placa [[OTHER_ID|W3K-782]].
O: Entiendo, es urgente. ¿Tiene sus datos de identidad?
C: En la historia clínica figura el DNI [[ID_NUMBER|78420119]] y fecha de nacimiento [[DATE_TIME|3 de febrero de 2012]].
O: Gracias. Al tratarse de una menor de [[AGE|14 años]], esto además es un delito del artículo 173 y posible trata, artículo 153 del Código Penal. Vamos a alertar ahora a la comisaría de [[LOCATION|Satipo]], a la Fiscalía y a la Unidad de Protección Especial.
C: Perfecto. ¿Yo qué hago mientras tanto?
O: Manténgala dentro del establecimiento y no le entregue la menor al señor [[PERSON|Tello]]. ¿Tiene familia?
C: Su mamá, la señora [[PERSON|Ermelinda Cóndor]], vive en la comunidad y no tiene teléfono. [[PERSON|Flor]] dice que su mamá cree que ella está estudiando.
O: ¿Me da un número directo suyo?
C: Mi celular es [[PHONE_NUMBER|964 118 305]] y el del establecimiento, [[PHONE_NUMBER|064 545 210]]. Mi correo es [[EMAIL_ADDRESS|rquintana.enf@gmail.com]], por si necesitan el informe.
O: Repito: [[PHONE_NUMBER|964 118 305]]. La patrulla debería llegar en unos cuarenta minutos. La volvemos a llamar en media hora.
C: Gracias, quedo atenta.
""",
    ),
    (
        "h10-es-mother-arequipa",
        "es",
        """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días, señorita. Llamo desde [[LOCATION|Arequipa]], del distrito de [[LOCATION|Mariano Melgar]]. Es por mi hijo, que se fue a trabajar y ya no sé nada de él.
O: Cuénteme, ¿cómo se llama su hijo y qué edad tiene?
C: [[PERSON|Brayan Alonso Chambi Ticona]], tiene [[AGE|17 años]]. [[PERSON|Chambi]] con CH: [[PERSON|C-H-A-M-B-I]].
O: ¿Cómo consiguió ese trabajo?
C: Vio un aviso en TikTok, de una cuenta que se llama [[OTHER_ID|@chambas.sur.pe]]. Lo mandaron a la [[ORGANIZATION|Agencia de Empleos Horizonte Sur]], en la [[ADDRESS|calle Mercaderes 410, oficina 203]]. Ahí le cobraron 150 soles por la "inscripción" y le dijeron que iba a trabajar en una mina en [[LOCATION|Secocha]], por [[LOCATION|Camaná]], ganando 1800 al mes.
O: ¿Cuándo se fue?
C: [[DATE_TIME|El 2 de noviembre]]. Lo recogieron en una camioneta blanca, yo le tomé foto a la placa: [[OTHER_ID|VDK-315]].
O: ¿Y ha hablado con él desde entonces?
C: Solo dos veces. La última me dijo que no le pagan, que trabaja de noche en el socavón y que el capataz, un tal [[PERSON|Ronald]], les quita el celular. Que no lo dejan volver hasta que pague lo que "debe".
O: ¿Tiene el número de su hijo?
C: Sí, es [[PHONE_NUMBER|+51 958 302 417]], pero ya casi no contesta. El de la agencia es [[PHONE_NUMBER|054 28 7731]], y ahí me dicen que él está bien, que no me preocupe.
O: Entiendo, señora. ¿Me dice su nombre, por favor?
C: [[PERSON|Ruth Ticona Apaza]]. Mi correo es [[EMAIL_ADDRESS|ruth.ticona74@hotmail.com]].
O: Le confirmo: [[EMAIL_ADDRESS|ruth punto ticona setenta y cuatro arroba hotmail punto com]]. ¿Y un teléfono?
C: [[PHONE_NUMBER|nueve cinco uno, cuatro cero ocho, dos dos seis]].
O: Gracias, señora [[PERSON|Ruth]]. Como [[PERSON|Brayan]] es menor de edad, vamos a derivar el caso a la Fiscalía y a la Policía de [[LOCATION|Arequipa]], y también a SUNAFIL por la agencia. La trata está penada en el artículo 153 del Código Penal.
C: ¿Y yo puedo ir a la agencia a reclamar?
O: Le recomiendo que no vaya sola; deje que la Policía intervenga. Si él la llama, anote la hora y lo que le diga. Y puede llamarnos al 0800-2-3232 cuando quiera.
C: Muchas gracias, señorita.
""",
    ),
    (
        "h10-en-volunteer-huaraz",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, hola, sorry, do you speak English? Mi español es... poquito.
O: Yes, I speak English. How can I help you?
C: My name is [[PERSON|Siobhan Kerrigan]], I'm a volunteer teaching English here in [[LOCATION|Huaraz]], with a small school, [[ORGANIZATION|Escuela Rayitos del Huascarán]].
O: Could you spell your first name, please?
C: Sure, [[PERSON|S-I-O-B-H-A-N]]. Everyone here just calls me [[PERSON|Shivi]].
O: Thank you. What's happening?
C: There's a little girl, one of my students, [[PERSON|Nayeli]]. She's [[AGE|ocho]], she told me "tengo [[AGE|ocho años]]". Every night she's selling candy on [[ADDRESS|Jirón Luzuriaga, block six]], outside the [[ORGANIZATION|Casa Yurac Backpackers]] hostel, until like eleven, midnight, with her little brother who's maybe [[AGE|five]].
O: Is there an adult with them?
C: Yes, a man sits on the bench across the street and takes the money from them every hour. The kids call him don [[PERSON|Cirilo]]. [[PERSON|Nayeli]] said if she doesn't bring twenty soles he doesn't give them dinner. And she's falling asleep in class.
O: Do you know if he's a relative?
C: She said he's not her papá, he's "el señor que nos cuida". Her mum is in [[LOCATION|Lima]], I think.
O: I understand. Can I have a phone number to contact you?
C: My Irish number is [[PHONE_NUMBER|+353 87 204 6618]], but better the Peruvian one, it's [[PHONE_NUMBER|nine four three, two one zero, five five eight]].
O: So [[PHONE_NUMBER|943 210 558]].
C: Yes, that's right. And my email is [[EMAIL_ADDRESS|siobhan.k.volunteers@outlook.ie]].
O: Thank you, [[PERSON|Siobhan]]. This may be forced begging of children. We'll refer it to the DEMUNA and the police in [[LOCATION|Áncash]], and someone may call you tomorrow. Please don't confront the man.
C: Okay, I won't. Gracias, really. Should I tell the school director?
O: Yes, you can, and the school can also report to the DEMUNA. If you see the children in danger, call 105 right away.
C: Perfect, muchas gracias.
""",
    ),
    (
        "h10-pt-asr-inapari",
        "pt",
        """
O: linea contra la trata buenas tardes
C: boa tarde moça desculpa eu falo português a senhora entende
O: si un poco hable despacio por favor
C: tá bom eu moro em [[LOCATION|assis brasil]] no [[LOCATION|acre]] bem do lado de [[LOCATION|iñapari]] e meu sobrinho atravessou pra trabalhar do lado peruano
O: como se llama su sobrino
C: [[PERSON|kauã]] [[PERSON|kauã ribeiro da silva]] ele tem [[AGE|dezesseis anos]]
O: y que trabajo
C: numa madeireira perto de [[LOCATION|iberia]] a [[ORGANIZATION|madeireira rio tahuamanu]] um homem chamado seu [[PERSON|raimundo]] postou a vaga num grupo do facebook [[OTHER_ID|vagas fronteira acre peru]] prometendo mil e quinhentos reais por mês
O: cuando se fue
C: ele foi [[DATE_TIME|dia vinte de setembro]] e agora fala que trabalha doze horas no mato carregando tora que não paga nada e que o seu [[PERSON|raimundo]] diz que ele deve a comida e a motosserra
O: ¿puede salir de allí?
C: não ele diz que tem um cara armado na entrada e que estão longe da estrada uns quarenta minutos de moto
O: tiene un número de él
C: ele só tem sinal quando vai pra vila o número dele é [[PHONE_NUMBER|sessenta e oito nove nove meia dois um quatro oito sete zero]]
O: ¿repite por favor?
C: [[PHONE_NUMBER|68 99621 4870]] é whatsapp
O: y algún documento de él
C: o cpf dele é [[ID_NUMBER|032 551 874 19]] ele não tem passaporte só a identidade
O: ¿y usted cómo se llama?
C: [[PERSON|edivaldo ribeiro]] mas todo mundo me chama de [[PERSON|didi]] meu número é [[PHONE_NUMBER|mais cinco cinco sessenta e oito nove nove nove zero três um meia meia dois]]
O: gracias señor [[PERSON|edivaldo]] vamos a avisar a la policía y la fiscalía de [[LOCATION|madre de dios]] por ser menor de edad es urgente
C: obrigado moça deus abençoe
""",
    ),
    (
        "h10-mix-returnee-chiclayo",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, buenas tardes. Sorry, I'm gonna mix a little, I lived fifteen years in [[LOCATION|New Jersey]] y recién regresé. Llamo de [[LOCATION|Chiclayo]].
O: No hay problema, puede hablar como le sea más cómodo.
C: Okay. Es por mi sobrina, [[PERSON|Kiara]]. [[PERSON|Kiara Vílchez Puicón]]. She's [[AGE|20]]. Una agencia le ofreció un trabajo de nanny en [[LOCATION|Houston]], and something doesn't feel right.
O: ¿Qué le parece raro?
C: First, they want three thousand dollars for the "visa process", y que les mande el pasaporte original por courier. El número del pasaporte ya se lo dio, [[ID_NUMBER|121547893]]. Y le dicen que allá va a vivir con la familia, que no necesita contrato.
O: ¿Cómo se llama la agencia?
C: [[ORGANIZATION|Global Care Staffing]]. They have an Instagram, [[OTHER_ID|@globalcare.jobs.peru]], y una señora que se presenta como [[PERSON|Brenda Salcedo]] le escribe desde [[PHONE_NUMBER|+1 (832) 555-0147]].
O: ¿Tiene algún correo de ellos?
C: Yes, [[EMAIL_ADDRESS|recruiting@globalcarestaff-usa.com]]. I checked, the website was created like two months ago. Over there I saw this kind of thing, people working for free in houses, no days off.
O: Tiene razón en desconfiar. ¿[[PERSON|Kiara]] ya pagó algo?
C: Not yet. Tiene una entrevista "presencial" [[DATE_TIME|el viernes 11 de diciembre]] en un hotel en [[LOCATION|Lima]], y le dijeron que lleve el pasaporte.
O: Le recomiendo que no entregue el pasaporte ni dinero. Vamos a registrar la alerta y derivarla a la Policía y a la OIM, que verifica ofertas de trabajo en el extranjero.
C: Great. ¿Le doy mis datos?
O: Sí, por favor.
C: I'm [[PERSON|Jhonatan Vílchez]], pero everybody calls me [[PERSON|Johnny]]. My number is [[PHONE_NUMBER|nine seven eight, cuatro cinco uno, two zero six]].
O: ¿[[PHONE_NUMBER|978 451 206]]?
C: Exacto. We live in [[ADDRESS|calle Elías Aguirre 1140]], segundo piso, por si necesitan venir.
O: Gracias, señor [[PERSON|Vílchez]]. Si [[PERSON|Kiara]] quiere, también puede llamarnos directamente al 0800-2-3232, es gratuito.
C: Perfect, thank you. Voy a decirle hoy mismo.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h10-", "heldout10.jsonl")
