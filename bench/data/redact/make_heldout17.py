#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 17: ten fictional, labelled calls to the counter-trafficking hotline.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py (annotation conventions) and the builder's markup
style were read. Used once, to measure how the redactor generalises.

Styles: four lowercase, unpunctuated speech-recogniser transcripts in Spanish with
typical slips (a fisherman in Paita, a sister in Pucallpa, a night guard in Ate, a
student in Huánuco); a cased Spanish call from a nurse at a health post in Tarapoto; a
cased call from a Colombian woman in Iquitos; an English call from a hostel owner in
Máncora; a European Portuguese call from an NGO worker in Lima; a Spanish/English
code-switching call from a returnee from the United States in Ica; and a slow,
repetitive Spanish call from an elderly man in Tumbes.

All people, phone numbers, ID numbers, accounts, plates, addresses, handles, e-mails
and businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions
(titles and articles outside PERSON spans, cue words outside ID/phone spans, the
hotline's name/number, 105, institutions, money, durations, counts and schedules are
not labelled).
"""

CALLS = [
    (
        "h17-lower-es-01",
        "es",
        """
O: línea contra la trata de de personas buenas noches en qué le puedo ayudar
C: buenas noches señorita disculpe la hora es que recién hemos llegado de la mar yo soy pescador aquí en [[LOCATION|paita]] me llamo [[PERSON|eleuterio]] nomás nomás el apellido no se lo doy
O: no se preocupe don [[PERSON|eleuterio]] cuénteme qué está pasando
C: en la embarcación donde yo trabajo hay dos chibolos que no son de acá uno lo han traído de [[LOCATION|sullana]] y el otro de [[LOCATION|la unión]] uno tiene [[AGE|catorce años]] y el otro dice [[AGE|dieci 6]] pero se le ve más chiquito los tienen en la bodega con el hielo toda la noche y no les pagan nada dicen que le deben al patrón el pasaje y la comida
O: sabe cómo se llaman los chicos
C: al flaquito le dicen [[PERSON|cangrejo]] y el otro se llama [[PERSON|jhordy]] [[PERSON|yarlequé]] se le cayó su dni en la cubierta y yo lo recogí acá lo tengo es el [[ID_NUMBER|setenta y ocho 45 veintiuno nueve tres]]
O: le repito [[ID_NUMBER|siete ocho cuatro cinco dos uno nueve tres]] es correcto
C: sí sí eso es eso es
O: y la embarcación de quién es
C: es de la [[ORGANIZATION|pesquera santa rosalía]] la matrícula está pintada al costado [[OTHER_ID|pt 3 cuatro siete 1 cm]] el patrón es un señor [[PERSON|segundo chunga]] que le dicen [[PERSON|cachema]] él es el que les grita y les pega con la soga cuando se duermen
O: dónde está la lancha ahorita
C: está fondeada frente al [[ADDRESS|desembarcadero artesanal la tercera de la fila pegadita a la chata amarilla del grifo]] y en tierra los chicos duermen en un [[ADDRESS|cuartito de esteras detrás de la fábrica de hielo en la bajada del malecón]]
O: cuándo vuelven a salir a pescar
C: el [[DATE_TIME|jueves]] zarpamos a [[DATE_TIME|las 3 de la madrugada]] y nos vamos como 10 días mar adentro por la pota les prometieron 50 soles por día pero no ven ni un sol
O: entiendo usted tiene un número donde le podamos llamar
C: sí es el [[PHONE_NUMBER|nueve 69 cero ocho tres cinco cinco uno]] ah no perdón los últimos son [[PHONE_NUMBER|cinco cinco dos]] ese es de mi señora [[PERSON|marleni]] porque el mío se mojó
O: muy bien vamos a pasar el caso a la capitanía de puerto a la policía y a la fiscalía de [[LOCATION|piura]] antes del [[DATE_TIME|jueves]] usted no le diga nada al patrón
C: ya señorita y si hay algo yo llamo otra vez al cero ochocientos
O: sí al cero ochocientos dos treinta y dos treinta y dos es gratis las 24 horas gracias don [[PERSON|eleuterio]]
""",
    ),
    (
        "h17-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes le escucho
C: aló aló buenas tardes señorita llamo de [[LOCATION|pucallpa]] es por mi hermanita la menor la que se fue a [[LOCATION|arequipa]] a trabajar de niñera
O: cómo se llama su hermana y cuántos años tiene
C: se llama [[PERSON|kiara shahuano tello]] tiene [[AGE|15 años]] recién cumplió el [[DATE_TIME|9 de agosto]]
O: y con quién se fue
C: con una señora que ponía avisos en el feisbuk su página se llama [[OTHER_ID|mamá lucha empleos]] ella se llama [[PERSON|lucía]] [[PERSON|carhuapoma]] le dicen [[PERSON|lucha]] le ofreció 400 soles mensuales y se la llevó el [[DATE_TIME|28 de julio]] en el bus de la noche
O: y qué le ha contado su hermana
C: que la tienen en una casa en [[LOCATION|caima]] cuidando tres bebes y cocinando y lavando desde las 5 de la mañana hasta la medianoche no la dejan salir ni al parque le quitaron el celular y le dicen que debe el pasaje
O: cómo se comunica con usted entonces
C: a escondidas con el celular de la otra empleada una señora de [[LOCATION|puno]] el número es [[PHONE_NUMBER|9 5 9 tres cuatro uno cero seis ocho]] ella le presta de noche cuando los patrones duermen
O: sabe la dirección de la casa
C: me mandó su ubicación es en la [[ADDRESS|urbanización los cedros manzana efe lote nueve frente al parquecito que tiene la pileta]] la casa es de tres pisos con rejas doradas
O: sabe el nombre de los dueños
C: la patrona es la doctora [[PERSON|vanessa]] [[PERSON|zegarra]] trabaja en la [[ORGANIZATION|clínica san gabriel]] y el esposo tiene una camioneta plomo de placa [[OTHER_ID|be siete ka novecientos tres]]
O: usted ya puso la denuncia
C: todavía no señorita mi mamá está en la chacra en [[LOCATION|campo verde]] y no sabe leer yo me llamo [[PERSON|deysi]] [[PERSON|shahuano]] tengo [[AGE|22]] y la señora [[PERSON|lucha]] me pidió que le deposite 300 soles para devolverla la cuenta es del bcp [[OTHER_ID|dos quince treinta 78 14 40 cero cero nueve]]
O: no deposite nada eso es parte del engaño vamos a avisar a la policía y a la fiscalía de [[LOCATION|arequipa]] para que vayan a la casa me da su número
C: sí mi número es [[PHONE_NUMBER|nueve uno ocho nueve uno ocho]] ay no ese es de mi trabajo espere es el [[PHONE_NUMBER|961 doscientos cuarenta y siete 315]]
O: gracias señorita [[PERSON|deysi]] la llamamos mañana en la mañana y vaya también al centro emergencia mujer de [[LOCATION|pucallpa]] para que la orienten
C: gracias señorita que dios le pague que dios le pague
""",
    ),
    (
        "h17-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches buenas noches señorita soy vigilante de noche trabajo en [[LOCATION|ate]] para [[ORGANIZATION|seguridad halcón dorado]] cuido el almacén de [[ORGANIZATION|importaciones kuntur]] y al frente hay un taller de costura donde pasan cosas raras
O: qué ha visto usted
C: el [[DATE_TIME|domingo 15 a las dos y cuarto de la madrugada]] llegó una custer blanca y bajaron como doce chicos jovencitos con sus mochilas algunos hablaban en quechua decían alalau del frío y los metieron al taller y cerraron con candado por fuera desde ese día no salen
O: sabe dónde queda exactamente el taller
C: es en la [[ADDRESS|carretera central kilómetro 8 y medio entrando por el pasaje los jazmines lote catorce]] la puerta de lata verde y el taller está en el [[ADDRESS|tercer piso al fondo]] las ventanas están tapadas con papel periódico
O: cuántos años cree que tienen
C: los chicos serán de [[AGE|quince]] [[AGE|dieciséis]] hay una chica que parece de [[AGE|trece]] que sale a botar la basura con un señor siempre detrás de de ella
O: sabe quién es el dueño
C: el dueño es un tal [[PERSON|fortunato]] le dicen el tío [[PERSON|fortu]] tiene una hilux placa [[OTHER_ID|a cuatro equis guion 961]] y en el letrero dice [[ORGANIZATION|confecciones warmi textil]] se necesita costureras con su número [[PHONE_NUMBER|nueve 44 cero 12 78 5]]
O: usted cómo se llama
C: [[PERSON|wilfredo]] [[PERSON|ccori]] mi carné de sucamec es el [[ID_NUMBER|cero cero 4 cinco 1 8 3 2]] por si acaso
O: gracias don [[PERSON|wilfredo]] tiene un número para llamarle
C: este mismo pero solo de noche de día duermo es el [[PHONE_NUMBER|más 51 nueve ocho dos ciento cuatro seiscientos siete]]
O: vamos a enviar a la policía ahora no salga de su caseta y que no se note que usted llamó
C: ya ya y otra cosa la chica la de la de [[AGE|trece]] ayer me pasó un papelito por la reja que decía su nombre [[PERSON|rut mery]] y un número [[PHONE_NUMBER|nueve uno cuatro setecientos ochenta 3 dos 0]] de su mamá en [[LOCATION|andahuaylas]]
O: eso es muy importante guarde el papelito vamos a ubicar a la mamá también gracias don [[PERSON|wilfredo]]
C: ya señorita a la orden
""",
    ),
    (
        "h17-lower-es-04",
        "es",
        """
O: línea contra la trata buenas tardes en qué le ayudo
C: hola buenas tardes soy estudiante de la [[ORGANIZATION|universidad hermilio valdizán]] acá en [[LOCATION|huánuco]] y llamo por una amiga de mi salón que creo que está metida en algo feo
O: cuéntame con confianza
C: se llama [[PERSON|yomira]] bueno [[PERSON|yomira katherine espinoza]] tiene [[AGE|diecinueve]] le ofrecieron trabajo de anfitriona en un cara oke en [[LOCATION|tingo maría]] por instagram la cuenta es [[OTHER_ID|arroba anfitrionas underscore selva vip]] y le dijeron que iba a ganar 2 mil soles al mes
O: y qué pasó
C: se fue el [[DATE_TIME|viernes 3 de octubre]] y el primer día me mandó audio feliz pero desde el [[DATE_TIME|martes]] me dice que no la dejan salir que le quitaron el dni y que la hacen tomar con los clientes y si no se sienta con ellos le cobran 50 soles de multa
O: sabe dónde queda ese local
C: dice que es el [[ORGANIZATION|karaoke la cueva del oso]] en la [[ADDRESS|carretera a la cueva de las lechuzas kilómetro 3 al costado del grifo]] y que duermen en el [[ADDRESS|segundo piso cuarto 4 el que da al patio]]
O: tienes su número
C: sí su número era [[PHONE_NUMBER|nueve treinta y dos cinco cinco cero nueve ocho uno]] pero ahora le escribo a otro que me pasó [[PHONE_NUMBER|9 7 0 uno uno 4 dos 6 3]]
O: y tú cómo te llamas
C: ay tengo miedo que se enteren pero ya me llamo [[PERSON|brenda]] [[PERSON|albornoz]] mi código de la universidad es [[OTHER_ID|2 0 2 1 cero tres cuatro 5 1 7]] y mi correo [[EMAIL_ADDRESS|brenda guion bajo alb 98 arroba gmail punto com]]
O: gracias [[PERSON|brenda]] sabes quién la llevó
C: el que la recogió en el terminal es un señor que le dicen el [[PERSON|chino]] tiene un auto rojo placa [[OTHER_ID|hache uno ce setecientos veinticuatro]]
O: vamos a comunicar a la policía de [[LOCATION|leoncio prado]] y a la fiscal ya de [[LOCATION|tingo maría]] tú sigue en contacto con ella pero no le digas nada por audio por si le revisan el celular este número del que llamas es tuyo
C: sí sí es el [[PHONE_NUMBER|nueve 5 2 cero siete 1 tres tres ocho]]
O: listo [[PERSON|brenda]] te llamamos mañana
C: ya gracias gracias
""",
    ),
    (
        "h17-cased-es-05",
        "es",
        """
O: Línea contra la trata, buenos días, habla con la operadora. ¿En qué le podemos ayudar?
C: Buenos días. Soy la licenciada [[PERSON|Rocío del Águila Pinedo]], enfermera del [[ORGANIZATION|Puesto de Salud Nueve de Abril]], en [[LOCATION|Tarapoto]]. Llamo por una paciente que atendí esta mañana y me dejó muy preocupada.
O: Gracias por llamar, licenciada. Cuénteme.
C: Es una niña de [[AGE|13 años]], vino a su control prenatal, tiene 31 semanas. La trajo un señor que dice ser su tío, [[PERSON|Héctor Saavedra Tuanama]], pero la niña no lo mira, no habla, y él contesta por ella todo el tiempo.
O: ¿La niña le pudo decir algo a solas?
C: Sí, cuando él salió a pagar la mototaxi. Me dijo que es de [[LOCATION|Yurimaguas]], que la trajeron para cuidar a los hijos de él, y que él "la visita" de noche. Que en la casa vive otra chica, [[PERSON|Nayeli]], que atiende en la cantina de abajo, la [[ORGANIZATION|Cantina El Shapshico]].
O: ¿Tiene los datos de la niña?
C: En la historia clínica figura como [[PERSON|Yesica Tapullima]], historia número [[OTHER_ID|4-2187]], nacida el [[DATE_TIME|14 de febrero de 2013]], DNI [[ID_NUMBER|81302475]]. Pero el DNI lo trajo el señor, no ella.
O: ¿Sabe dónde viven?
C: Dio como dirección [[ADDRESS|Jirón Alfonso Ugarte cuadra 11, sector Partido Alto, la casa esquina donde venden chicha y juanes]]. La cantina está en el primer piso.
O: ¿Dejó algún número de contacto?
C: Dejó el [[PHONE_NUMBER|942-615-308]]. Y la placa de la mototaxi en que vinieron la anoté en mi cuaderno: [[OTHER_ID|8421-2M]].
O: Hizo muy bien. ¿Cuándo vuelve la niña a control?
C: Le di cita para el [[DATE_TIME|martes 18 a las diez]]. Me preocupa que no la traiga.
O: Lo que describe puede ser explotación sexual y doméstica de una menor. Vamos a derivar el caso a la Fiscalía de Familia, a la Unidad de Protección Especial y a la policía de [[LOCATION|San Martín]]. ¿Se puede mantener la cita del [[DATE_TIME|martes]], para que ese día haya personal esperándola?
C: Sí, claro, estaré de turno. También está el obstetra, el doctor [[PERSON|Panduro]], que la atendió la vez pasada.
O: Perfecto. ¿Me deja su celular, licenciada?
C: Sí: [[PHONE_NUMBER|965 072 193]]. O al fijo del puesto, [[PHONE_NUMBER|042 52 7716]], preguntando por [[PERSON|Rocío]]. Y mi correo, por si piden el informe: [[EMAIL_ADDRESS|rdelaguila.ps9abril@gmail.com]].
O: Gracias, licenciada [[PERSON|Rocío]]. Le llamamos hoy en la tarde cuando la fiscalía confirme. Por favor, no confronte al señor.
C: Entendido. Muchas gracias.
""",
    ),
    (
        "h17-cased-co-06",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿Me escucha bien?
C: Sí, buenas noches, qué pena con usted molestar a esta hora. Mire, yo soy colombiana, de [[LOCATION|Pereira]], y estoy acá en [[LOCATION|Iquitos]]. Necesito ayuda, pues, porque me tienen embolatada.
O: Tranquila, para eso estamos. ¿Está en un lugar seguro ahora?
C: Ahorita sí, estoy donde una amiga, en [[ADDRESS|Belén, la casa flotante azul que queda pasando el embarcadero de los peque-peque, la cuarta balsa]]. Me volé esta tarde del sitio donde me tenían.
O: ¿Qué sitio era ese?
C: Un bar que se llama [[ORGANIZATION|Bar La Anaconda Dorada]], en la [[ADDRESS|calle Putumayo, cuadra nueve, al ladito de una ferretería]]. Yo llegué el [[DATE_TIME|20 de agosto]] con otras dos muchachas. Nos contactó por Facebook una página, [[OTHER_ID|Empleos Doris Internacional]], de una señora [[PERSON|Doris]], para meseras en un restaurante, que 800 dólares al mes.
O: ¿Y qué pasó al llegar?
C: Pues que nada de restaurante, mi amor. Nos dijeron que debíamos el pasaje por [[LOCATION|Leticia]] y el hotel, como 4 millones de pesos, y que teníamos que pagar haciendo ratos con los clientes. Nos quitaron la cédula. La mía es la [[ID_NUMBER|1.088.297.514]].
O: ¿Las otras muchachas siguen allá?
C: Sí, una es [[PERSON|Yuliana]], de [[AGE|17]], de [[LOCATION|Armenia]], una peladita, y la otra le dicen la [[PERSON|Mona]]. El que manda es un señor [[PERSON|Jairo Cuéllar]], paisa también, le dicen [[PERSON|Cuchilla]]. Ese man es muy berraco, ¿sí me entiende?
O: Le entiendo. ¿Cómo se llama usted y cuántos años tiene?
C: [[PERSON|Leidy Johana Marulanda]], tengo [[AGE|veintitrés]].
O: ¿Tiene un número donde la podamos llamar?
C: El mío colombiano me lo quitaron, era el [[PHONE_NUMBER|+57 314 662 0918]]. Ahorita estoy con el de mi amiga, el [[PHONE_NUMBER|novecientos treinta y ocho, cuatrocientos cuarenta, ciento veintinueve]]. Y a mi mamá en [[LOCATION|Pereira]] le escribieron que consigne a una cuenta de ahorros Bancolombia, la [[OTHER_ID|245-718903-11]], para soltarme.
O: Ni usted ni su mamá deben pagar nada. Eso es un delito y usted es la víctima. Vamos a mandar a la policía al bar por las otras muchachas, sobre todo por la menor, y a usted la llevamos a un albergue esta noche. También avisamos al consulado de [[LOCATION|Colombia]].
C: Ay, Dios le pague. ¿Y me devuelven la cédula? La tiene don [[PERSON|Jairo]] en su cuarto.
O: La policía puede recuperarla. Quédese donde su amiga y no salga; en media hora la llama una compañera.
C: Listo, mil gracias, de verdad, qué pena con usted.
""",
    ),
    (
        "h17-en-07",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon, sorry, do you speak English? My Spanish falls apart on the phone.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm [[PERSON|Fiona McAllister]], I run a small hostel in [[LOCATION|Máncora]], the [[ORGANIZATION|Pelican Point Hostel]]. Something happened at check-in last night and I can't shake it.
O: Tell me what happened.
C: A man checked in around [[DATE_TIME|11 pm]] with three girls. One room for all four, he held all four passports and did all the talking. The girls looked [[AGE|fourteen]], [[AGE|fifteen]] at most, and one of them was crying. I photocopied the documents, we always do.
O: Do you have the names from the documents?
C: Yes. He's [[PERSON|Byron Alexis Quiñónez]], Ecuadorian, cédula [[ID_NUMBER|0927461385]]. One girl is [[PERSON|Dayanara Cedeño]], born [[DATE_TIME|3rd of May 2011]], passport [[ID_NUMBER|AX-448210]]. The other two are [[PERSON|Mishell]] and [[PERSON|Ariana]], the copies came out smudged so I can't read their surnames.
O: Where are they now?
C: Still here. They're in [[ADDRESS|room 6, the bamboo bungalow at the very back, past the water tank]]. He's paid through [[DATE_TIME|Sunday the 7th]], 180 soles cash for three nights, and he told my night guy they're going on to [[LOCATION|Lima]] for modelling work.
O: Did he arrive in a vehicle? And how did he book?
C: A grey SUV with Ecuadorian plates, [[OTHER_ID|GBP-4412]], it's parked outside on the sand track. He booked through our WhatsApp, writing from [[PHONE_NUMBER|+593 98 716 2204]], and he gave an email, [[EMAIL_ADDRESS|byron.q.tours@gmail.com]].
O: This is very detailed, thank you. We're alerting the police in [[LOCATION|Máncora]] and the prosecutor's office now. Please don't confront him. Where exactly is the hostel?
C: On the old Panamericana, [[ADDRESS|km 1164, beach side, the blue gate with the surfboard fence just past the Vichayito turn-off]].
O: And a number for you?
C: My Peruvian mobile is [[PHONE_NUMBER|nine four nine, two oh three, five eight eight]], or my Scottish one, [[PHONE_NUMBER|+44 7700 900 362]].
O: Thank you, [[PERSON|Fiona]]. The police should be there within the hour. If he tries to leave with the girls, call 105 first, then us.
C: Will do. My night receptionist, [[PERSON|Tito]], is on the desk, he knows what's going on.
O: Perfect. We'll call you back tonight.
""",
    ),
    (
        "h17-pt-08",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpe, falo português, sou de [[LOCATION|Portugal]]. Consegue perceber-me se eu falar devagar?
O: Sí, sí, entiendo portugués. Hable despacio, por favor.
C: Obrigada. Chamo-me [[PERSON|Inês Carvalho Moutinho]], trabalho na [[ORGANIZATION|Associação Ponte Atlântica]] e estou em [[LOCATION|Lima]] há seis meses. Estou a ligar por causa de três rapazes brasileiros que vieram ter connosco ontem à noite.
O: ¿Qué les pasó?
C: Foram recrutados pelo Instagram, por uma conta chamada [[OTHER_ID|@vagas.callcenter.lima]], para trabalhar num call center. Quando chegaram, tiraram-lhes os passaportes e puseram-nos a fazer burlas por telefone, a ligar para idosos em [[LOCATION|Espanha]] a pedir dinheiro. Se não cumpriam as metas, não comiam e levavam pancada.
O: ¿Dónde queda ese lugar?
C: Num prédio na [[ADDRESS|Avenida Angamos Este 1580, sétimo andar, escritório 703]], em [[LOCATION|Surquillo]]. A empresa chama-se [[ORGANIZATION|Conecta Global Solutions SAC]]. Eles dormiam lá mesmo, num [[ADDRESS|quarto sem janelas ao fundo do corredor do oitavo andar]].
O: ¿Cómo se llaman los muchachos?
C: [[PERSON|Wesley Nascimento]], de [[AGE|dezanove anos]]; o [[PERSON|Caio]], de [[AGE|vinte]]; e o mais novo, o [[PERSON|Ryan]], que diz ter [[AGE|dezassete]]. O [[PERSON|Wesley]] guardou uma fotografia do passaporte: [[ID_NUMBER|GC481206]]. E o CPF do [[PERSON|Caio]] é [[ID_NUMBER|cinco dois sete, nove um quatro, zero três oito, traço seis um]].
O: ¿Quién los tenía ahí?
C: Um homem a quem chamam [[PERSON|Gringo]] e uma mulher, a [[PERSON|Karen]]. Eles chegaram no dia [[DATE_TIME|2 de outubro]] e fugiram ontem, quando o segurança foi buscar o jantar.
O: ¿Dónde están ahora?
C: Estão connosco, na nossa casa de acolhimento, mas é pequena e não podem ficar muito tempo. Precisam de advogado e de contactar o consulado do [[LOCATION|Brasil]].
O: Vamos a derivar el caso a la Policía, a la unidad de trata, y a la Fiscalía, y coordinar un albergue. ¿Me da un teléfono suyo?
C: O meu telemóvel português é [[PHONE_NUMBER|+351 912 408 375]] e o peruano é [[PHONE_NUMBER|nove quatro sete, três três zero, um um oito]]. O e-mail é [[EMAIL_ADDRESS|ines.moutinho arroba ponteatlantica ponto pt]].
O: Gracias, señora [[PERSON|Inês]]. Mañana la llama la Fiscalía.
C: Muito obrigada. Ah, e o [[PERSON|Ryan]] tem família em [[LOCATION|Manaus]]; a mãe chama-se [[PERSON|Rosângela]] e o número dela é [[PHONE_NUMBER|(92) 99134-0027]].
O: Anotado. Gracias a usted.
""",
    ),
    (
        "h17-mix-09",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, hi. Mire, sorry, mi español se me mezcla, viví veinte años en [[LOCATION|New Jersey]] y me regresaron hace poco. Estoy en [[LOCATION|Ica]], en [[LOCATION|Parcona]].
O: No hay problema, hable como le sea cómodo. ¿En qué le ayudo?
C: Okay, so, hay un guy acá que está ofreciendo visas de trabajo para [[LOCATION|Texas]], para la cosecha, you know. Cobra 4,500 dólares por persona y se queda con los pasaportes "para el trámite". Mi sobrino ya le pagó.
O: ¿Cómo se llama esa persona?
C: Se hace llamar Mister [[PERSON|Frank]], pero his real name, I think, es [[PERSON|Franklin Huamaní Yupanqui]]. Tiene su oficina en la [[ADDRESS|calle Lima 372, second floor, encima de la pollería, la puerta al lado del cajero]], y en Instagram es [[OTHER_ID|@frank.visas.usa]].
O: ¿Y su sobrino?
C: [[PERSON|Brayan]], [[PERSON|Brayan Cahua]], he's [[AGE|twenty]]. [[PERSON|Frank]] los mandó primero a [[LOCATION|Tijuana]] "to wait for the paperwork", desde el [[DATE_TIME|15 de septiembre]]. Now they're in a house there with like twelve other people, they can't go out, y les piden mil dólares más a cada uno or they don't leave. The guy there takes their phones at night.
O: ¿Sabe dónde está esa casa en [[LOCATION|Tijuana]]?
C: He sent me a pin: [[ADDRESS|Colonia Libertad, calle Segunda número 1417, the pink house behind the Oxxo]].
O: ¿Tiene el número de [[PERSON|Brayan]]?
C: Yeah, his Mexican number es [[PHONE_NUMBER|+52 664 318 2290]]. And [[PERSON|Frank]]'s number here is [[PHONE_NUMBER|nine five six, eight one two, four four zero]], wait, no, it ends [[PHONE_NUMBER|four four one]].
O: ¿Pagaron por transferencia?
C: Sí, a una cuenta de Interbank a nombre de la esposa, [[PERSON|Giuliana Huamaní]], número [[OTHER_ID|898-3107452619]]. And my cousin in [[LOCATION|Paterson]] sent the rest by Zelle to [[EMAIL_ADDRESS|frankvisas2025@yahoo.com]].
O: ¿Y usted cómo se llama?
C: [[PERSON|Rigoberto Cahua]], but everybody calls me [[PERSON|Rigo]]. Mi número es [[PHONE_NUMBER|nine eight four, ciento setenta y dos, cero cincuenta y tres]].
O: Gracias, señor [[PERSON|Rigoberto]]. Vamos a derivar el caso a la Fiscalía y pedir al consulado en [[LOCATION|Tijuana]] que ubique a los muchachos. Y por favor, que nadie pague nada más.
C: Thank you, really. I know how it is over there, I lived it myself.
""",
    ),
    (
        "h17-slow-es-10",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes, señorita... buenas tardes. Disculpe, hablo despacio, ya estoy viejo. Tengo [[AGE|ochenta y un años]]... [[AGE|ochenta y uno]].
O: No se preocupe, señor, tómese su tiempo. Le escucho.
C: Es por mi nieta... mi nieta, la [[PERSON|Esperanza]]. Ya no tengo esperanza, señorita, de que vuelva sola. Ella se fue con un muchacho, su enamorado, dice, a [[LOCATION|Ecuador]]... a [[LOCATION|Machala]]. Se fue el [[DATE_TIME|8 de diciembre]], el día de la Purísima, me acuerdo bien porque había procesión.
O: ¿Cuántos años tiene [[PERSON|Esperanza]]?
C: [[AGE|Dieciséis]]. [[AGE|Dieciséis añitos]] nomás, señorita.
O: ¿Y qué sabe de ella ahora?
C: Me llamó anteayer, llorando... llorando. Dice que el muchacho la ha dejado en una casa... una casa de citas, así dijo. Que le quitaron su documento y que tiene que atender a hombres para pagar. Que no la dejan salir.
O: ¿Sabe cómo se llama el muchacho?
C: [[PERSON|Jefferson]]. [[PERSON|Jefferson]]... el apellido es [[PERSON|Zambrano]], creo. Es de [[LOCATION|Aguas Verdes]], de la frontera. Tiene una moto roja, la placa la anoté en el almanaque... [[OTHER_ID|8374-1P]].
O: ¿Su nieta le dio algún dato de dónde está?
C: Dijo que es [[ADDRESS|la casa de rejas negras a espaldas del terminal de buses de Machala, en el callejón que no tiene salida]]. Eso dijo... el callejón sin salida.
O: ¿Tiene el número desde donde le llamó?
C: Sí, sí, aquí lo tengo apuntado... espere que me pongo los lentes... [[PHONE_NUMBER|cero nueve ocho... siete uno cuatro... dos seis... cero ocho]]. No, no, espere... el final es [[PHONE_NUMBER|cero nueve]], no cero ocho.
O: ¿Cómo se llama usted, señor, y dónde vive?
C: [[PERSON|Anselmo Purizaca Infante]]. [[PERSON|Anselmo]]. Vivo en [[LOCATION|Tumbes]], en el [[ADDRESS|barrio San José, pasando la capilla, la tercera casa de quincha, la que tiene un ciruelo en la puerta]]. Mi DNI... ¿lo necesita? Es [[ID_NUMBER|cero cero... ocho cuatro... siete uno... tres dos]].
O: Gracias. ¿Tiene un teléfono donde le podamos llamar?
C: El fijo de la casa, [[PHONE_NUMBER|072 52 3418]]... o el celular de mi hija [[PERSON|Nelly]], la mamá de la [[PERSON|Esperanza]], que trabaja en [[LOCATION|Zarumilla]]... [[PHONE_NUMBER|nueve cuatro ocho... trescientos once... cero setenta]].
O: Muy bien, don [[PERSON|Anselmo]]. Vamos a comunicar el caso a la policía de [[LOCATION|Tumbes]] y a la Fiscalía, y ellos coordinan con la policía de [[LOCATION|Ecuador]]. Mañana lo llamamos.
C: Gracias, señorita... gracias. Que Dios la bendiga. Tráiganmela, por favor... tráiganmela.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h17-", "heldout17.jsonl")
