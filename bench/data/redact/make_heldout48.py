# ruff: noqa: E501
"""Held-out set 48: ten NEW fictional, labelled hotline calls (ids h48-01 ... h48-10).

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and redact/make_heldout.py (whose write_set builds the offsets).
Nothing else on the machine (no tool code, no other held-out sets) was read. All people,
numbers, IDs, accounts, plates, handles, e-mails, businesses and addresses are invented.

Mix (callers in Lima/Callao and the central coast):
  h48-01  es, lowercase Whisper-style: night-shift security guard of a condominium (Callao)
  h48-02  es, lowercase Whisper-style: woman who cleans offices (San Isidro)
  h48-03  es, lowercase Whisper-style: neighbour in a quinta (Rímac), forced begging
  h48-04  es, lowercase Whisper-style: farm-workers' union member (Chincha), Panamericana km
  h48-05  es, cased: pharmacist (Huacho)
  h48-06  es, cased Venezuelan Spanish: motorcycle delivery rider (San Martín de Porres)
  h48-07  en: English-speaking volunteer at an olla común (Manchay, Pachacámac)
  h48-08  en: school psychologist at a bilingual school (La Perla, Callao)
  h48-09  pt (Brazilian): brother of a boy lured by a fake football scout (Callao)
  h48-10  es, Andean Spanish with Quechua words: aunt living in Cañete (Végueta farm)

Annotation follows make_dev.py (PERSON without titles/articles/kinship words such as
"la señora", "don", "el tío", "la tía"; cue words "DNI", "placa", "RUC" outside the span;
AGE includes the unit when said; DATE_TIME only for explicit dates, named weekdays and
clock times tied to an event; hotline name/number and 105 not PII; country names LOCATION,
nationality adjectives not labelled). Choices beyond make_dev.py:
  * Lowercase, unpunctuated, misheard text is labelled as transcribed: spans keep the
    recogniser's casing and spelling ("yeni", "ce ele be"), fillers outside the span.
  * A number dictated in pieces across turns, or with a self-correction, is labelled piece
    by piece: every piece (including the wrong piece that is then corrected) is its own
    span of the number's type; the operator's read-back is one more span. A bare partial
    number ("terminaba en 514") is still PHONE_NUMBER.
  * Plates dictated in pieces: letters piece and digits piece are separate OTHER_ID spans.
  * A name spelled letter by letter ("L-I-N-D-Q-V-I-S-T") is PERSON.
  * Spelled-out e-mails ("... arroba gmail punto com", "t dot lindqvist at proton dot me")
    are one EMAIL_ADDRESS span from the first spelled character to the end of the domain;
    spelled handles are one OTHER_ID span including "arroba"/"@".
  * A Yape/PIX number that is a phone number is PHONE_NUMBER; a PIX key that is a CPF is
    ID_NUMBER; a company's RUC and a pharmacist's professional licence number are ID_NUMBER.
  * Relational descriptions without a name ("la sobrina de la señora del tercer piso",
    "the mum") are not PERSON. Nicknames that are common words ("caramelo", "blanca",
    "frijol", "conejo") are PERSON when they refer to a person, and the same words used
    in their ordinary sense elsewhere are left unlabelled on purpose (traps).
  * A place described so it can be found (tower + floor + flat, door of a quinta, stall
    of a named market, km of the Panamericana plus a landmark, Mz./Lote) is ONE ADDRESS
    span covering the whole locating description; a district/town/country inside such a
    description stays inside the ADDRESS span, and is LOCATION only when said on its own.
  * Named local businesses, schools, a union and a football club are ORGANIZATION;
    nationwide platforms/brands that identify no one (WhatsApp, Yape, Rappi, TikTok,
    Instagram, a bank, a petrol-station chain) and public institutions (Policía, Fiscalía,
    DEMUNA, CEM, Ministerio de la Mujer, SUNAFIL, OIM/IOM, serenazgo) are not labelled.
  * Not PII (traps): money, durations, counts, routine shift hours, legal article and law
    numbers, school grades/years, the hotline numbers 1818 and 0800, apartment counts.
  * A birthday/birth date tied to a person is DATE_TIME; a month alone tied to an event
    ("in March") is DATE_TIME.

Run: cd redact && python3 make_heldout48.py   (writes heldout48.jsonl next to it)
"""

from make_heldout import write_set

CALLS = [
    (
        "h48-01",
        "es",
        """
O: línea contra la trata de personas buenas noches le saluda la operadora en qué le puedo ayudar
C: aló buenas noches señorita eh disculpe la hora este yo trabajo de vigilante de noche en un condominio en [[LOCATION|bellavista]] en el [[LOCATION|callao]] y o sea ya van tres noches que veo algo que no me gusta ahorita estoy en la caseta solito mi turno es de siete de la noche a siete de la mañana eh me llamo [[PERSON|paredes]] bueno [[PERSON|ulises paredes]] pero acá todos me dicen [[PERSON|cholo]]
O: ya señor [[PERSON|ulises]] cuénteme qué es lo que ha visto
C: mire en el [[ADDRESS|condominio brisas de la perla torre c piso nueve el departamento novecientos tres]] vive un señor que le dicen el tío [[PERSON|caramelo]] y él llega en un taxi con chicas jovencitas chibolas señorita de colegio una tendrá [[AGE|quince o dieciséis años]] y las suben por el ascensor de servicio que no tiene cámara las paredes son delgaditas y los vecinos dicen que se escucha llorar el [[DATE_TIME|viernes]] a las [[DATE_TIME|dos y cuarto de la madrugada]] trajo a dos y una de ellas me dijo por la ventanilla de la caseta ayúdeme señor y él la jaló este le dijo cállate [[PERSON|princesa]] así le dijo
O: logró ver la placa del taxi
C: sí la anoté en mi cuaderno de ocurrencias la placa empieza con [[OTHER_ID|a ese jota]] y los números eh [[OTHER_ID|seis cero dos]] no perdón [[OTHER_ID|seis cero siete]] es un toyota plateado
O: le repito placa [[OTHER_ID|asj 607]] toyota plateado es correcto
C: correcto y el señor se apellida [[PERSON|benavides]] creo porque los recibos de luz llegan a nombre de [[PERSON|rómulo benavides]] la administradora la señora [[PERSON|iparraguirre]] dice que no me meta que es un propietario pero yo gano mil cien soles y no quiero ser cómplice de nada
O: hizo muy bien en llamar vamos a pasar esto a la policía y a la fiscalía me deja un número para que lo llamen sin dar su nombre a la administración
C: ya anote [[PHONE_NUMBER|nueve cinco dos]]
O: ya
C: [[PHONE_NUMBER|cuatro cuatro siete]] y eh [[PHONE_NUMBER|ocho uno nueve]] no espere me equivoqué [[PHONE_NUMBER|ocho uno seis]]
O: entonces [[PHONE_NUMBER|952 447 816]] lo llamamos mañana después de su turno y si esta noche vuelve a traer chicas llame al ciento cinco o aquí a la línea mil ochocientos dieciocho
C: ya señorita gracias este por favor que no sepan que fui yo
""",
    ),
    (
        "h48-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué la puedo ayudar
C: buenas tardes señorita eh yo trabajo limpiando oficinas en un edificio en [[LOCATION|san isidro]] con la empresa [[ORGANIZATION|limpiezas integrales santa clara]] y llamo por una chiquita la sobrina de la señora del tercer piso
O: la escucho cuénteme con calma
C: es en la [[ADDRESS|avenida petit thouars cuadra treinta y dos el edificio de vidrio al costado del chifa tercer piso la oficina del fondo]] ahí está la empresa [[ORGANIZATION|inversiones kallpa sac]] y la gerenta la señora [[PERSON|orbegoso]] se ha traído a su sobrina de [[LOCATION|huanta]] para que estudie dice pero la chica limpia la casa de la señora de día y en la noche limpia la oficina conmigo no le pagan nada
O: cómo se llama la chica y qué edad tiene
C: le dicen [[PERSON|yeni]] bueno [[PERSON|yeny]] con y griega [[PERSON|yeny cusihuamán]] tiene [[AGE|quince años]] cumplió [[DATE_TIME|el quince de agosto]] y le hicimos una tortita entre las de limpieza porque la señora ni se acordó
O: ella le ha contado algo más
C: que duerme en el cuarto de lavandería de la señora que no va al colegio hace dos años que la señora tiene su dni y que si se queja la manda de vuelta y que su mamá debe plata o sea le dijeron que la mamá debe ochocientos soles del pasaje
O: usted sabe el número de documento de la chica
C: sí porque le sacaron fotocopia para el fotocheck a ver es [[ID_NUMBER|siete uno]] no perdón [[ID_NUMBER|siete cuatro]] [[ID_NUMBER|dos dos nueve]] eh [[ID_NUMBER|ocho cero seis]]
O: le repito [[ID_NUMBER|74229806]] es así
C: así es señorita y la señora [[PERSON|orbegoso]] tiene una camioneta negra la placa no la sé pero la deja en el sótano dos
O: gracias lo que me cuenta es trata con fines de servidumbre doméstica de una menor vamos a comunicar a la fiscalía de familia y a la demuna para que la rescaten me puede dar un número
C: sí es el [[PHONE_NUMBER|nueve uno tres]] [[PHONE_NUMBER|cero cero cinco]] [[PHONE_NUMBER|dos seis uno]] llámeme de diez a doce porque de seis de la tarde a dos de la mañana estoy en el edificio y la supervisora me quita el celular mi nombre es [[PERSON|marleni]]
O: gracias señora [[PERSON|marleni]] la llamamos mañana a las diez y no le diga nada a la señora para no ponerla en riesgo a la chica
C: ya señorita dios se lo pague
""",
    ),
    (
        "h48-03",
        "es",
        """
O: línea contra la trata de personas buenos días
C: buenos días eh señorita yo quería este reportar algo de unos niños pero no sé si es para acá o para la demuna
O: puede contarnos a nosotros y si corresponde lo derivamos dónde está usted
C: yo vivo en una quinta en el [[LOCATION|rímac]] en el [[ADDRESS|jirón chiclayo cuadra tres la quinta de la puerta verde al lado de la cevichería]] y en el [[ADDRESS|interior siete]] al fondo vive una señora que le dicen [[PERSON|blanca]] con cuatro niños que no son sus hijos o sea ella dice que son sus sobrinos pero cada mes cambian
O: qué es lo que ha visto
C: los saca a las cinco de la mañana a vender caramelos y a pedir en el [[ADDRESS|puesto ciento doce del mercado de caquetá]] ahí donde venden las flores y en la noche los cuenta la plata si no llegan a treinta soles no les da comida la chiquita [[PERSON|dulce]] tiene [[AGE|seis]] y el varoncito que le dicen [[PERSON|chino]] tendrá [[AGE|ocho añitos]] ayer el [[PERSON|chino]] estaba con fiebre y igual lo mandó
O: sabe si hay algún adulto más que participa
C: sí un muchacho que viene en una mototaxi azul le dicen [[PERSON|conejo]] él trae a los niños de [[LOCATION|huánuco]] eso dice la señora [[PERSON|blanca]] cuando toma y él se lleva la plata los domingos la señora le paga por yape al [[PHONE_NUMBER|nueve cuatro ocho]] este [[PHONE_NUMBER|tres tres cero]] y no me acuerdo el resto
O: no se preocupe eso ya ayuda cómo se llaman ustedes en la quinta sabe el apellido de la señora
C: [[PERSON|blanca huaylinos]] creo porque así sale en la lista de la junta de la quinta pagamos veinte soles mensuales de agua y ella siempre debe la mía es la [[ADDRESS|puerta tres]] pero no quiero que sepa que fui yo porque el [[PERSON|conejo]] es malo tiene un perro así grandazo
O: su identidad queda reservada vamos a comunicar al ministerio de la mujer y a la policía para que intervengan con la fiscalía de familia me deja un número por si acaso
C: mejor no eh bueno ya apunte el de mi hijo [[PHONE_NUMBER|nueve seis uno cero siete tres cuatro cinco dos]] se llama [[PERSON|gerson]] él sabe
O: le repito [[PHONE_NUMBER|961 073 452]] a nombre de [[PERSON|gerson]] muy bien y si ve que se llevan a los niños de la quinta llame de inmediato al ciento cinco
C: ya señorita gracias que diosito los cuide a esos niños
""",
    ),
    (
        "h48-04",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches compañera le habla [[PERSON|huamaní]] [[PERSON|efraín huamaní]] secretario de defensa del [[ORGANIZATION|sindicato de trabajadores del fundo santa inés de chincha]] eh llamo porque hay gente que traen de la sierra y la tienen encerrada
O: gracias por llamar señor [[PERSON|efraín]] dónde ocurre esto
C: en [[LOCATION|chincha]] en [[LOCATION|el carmen]] o sea no es en el fundo de nosotros es en un galpón de un contratista en el [[ADDRESS|kilómetro ciento noventa y seis de la panamericana sur la entrada de tierra después del grifo y el letrero de la virgen]] ahí duermen como cuarenta personas en colchones en el suelo
O: quién es el contratista
C: es una services [[ORGANIZATION|servis agro chumpitaz eirl]] el dueño es [[PERSON|chumpitaz]] nomás le dicen y el enganchador que sube a [[LOCATION|pampas]] no perdón a [[LOCATION|huancayo]] y a [[LOCATION|jauja]] a traer gente le dicen [[PERSON|zorro]] no perdón [[PERSON|zorrito]] porque es flaquito y se escapa de todo
O: qué condiciones tienen estas personas
C: les prometen cincuenta y cinco soles el jornal y les pagan treinta y cinco les descuentan el bus la comida y el colchón trabajan de cuatro de la mañana a cuatro de la tarde en el arándano no los dejan salir del galpón el candado lo tiene el guardián y hay menores compañera hay chicos de [[AGE|catorce]] [[AGE|quince años]] con dni de otro
O: tiene el ruc o algún dato de la empresa
C: sí lo saqué de una boleta el ruc es [[ID_NUMBER|veinte seis cero]] eh [[ID_NUMBER|cinco nueve uno]] [[ID_NUMBER|ocho dos]] espere [[ID_NUMBER|ocho dos cuatro cuatro uno]]
O: le repito ruc [[ID_NUMBER|20605918244]]
C: eso es y el [[DATE_TIME|lunes veintidós]] va a venir la sunafil a nuestro fundo pero a ese galpón nunca entran o sea por el artículo ciento sesenta y ocho eso es trabajo forzoso no
O: sí lo que describe puede ser trata con fines de explotación laboral con menores vamos a derivarlo a la fiscalía especializada y a la policía de la región me da un número
C: el sindicato tiene un celular es el [[PHONE_NUMBER|nueve ocho cinco cuatro uno cero siete siete tres]] o a mi correo [[EMAIL_ADDRESS|efra guion huamani arroba gmail punto com]]
O: gracias compañero [[PERSON|efraín]] la fiscalía se comunicará con usted
""",
    ),
    (
        "h48-05",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Soy químico farmacéutico, trabajo en [[LOCATION|Huacho]], en la [[ORGANIZATION|Botica Virgen de Fátima]], la que está en [[ADDRESS|la avenida Echenique, frente al paradero de los colectivos a Sayán]]. Hoy pasó algo que me dejó preocupada.
O: Cuénteme, por favor.
C: Hoy a [[DATE_TIME|las 4:40 de la tarde]] entró un señor de unos cincuenta años con una chica en uniforme del [[ORGANIZATION|colegio Nuestra Señora de la Ensenada]]. No tendría más de [[AGE|catorce]]. Él pidió una pastilla del día siguiente y una prueba de embarazo, pagó 25 soles, y le dijo a la chica "tómatela acá delante de mí".
O: ¿La chica dijo algo?
C: Mientras él fue al carro, ella me pidió el baño y me dijo bajito que él la recoge del colegio los martes y jueves, que le paga el celular a su mamá y que la lleva a un hostal. Me dijo que se llama [[PERSON|Nayeli]], que él es "el padrino". Lloró y se fue corriendo.
O: ¿Tiene algún dato del señor?
C: Pagó con Yape y en mi pantalla salió [[PERSON|Teodoro C. Malásquez]] y el número terminaba en [[PHONE_NUMBER|514]]. El carro es un Hyundai rojo, la placa [[OTHER_ID|C4T-905]]. Y por la ventana vi que se fue para el [[ORGANIZATION|Hostal El Farolito]], que está a [[ADDRESS|la vuelta, en la cuadra 3 de la calle Colón, la puerta al costado de la llantería]].
O: Lo que describe puede ser explotación sexual de una menor, un delito grave. Vamos a comunicarlo a la policía y a la fiscalía de [[LOCATION|Huaura]], y al CEM para que atiendan a la niña. ¿Me da sus datos? La ley protege su identidad.
C: Me llamo [[PERSON|Anabel Sipán Reque]], mi número de colegiatura es [[ID_NUMBER|09812]], por si la fiscalía quiere mi declaración. Mi celular es [[PHONE_NUMBER|994 270 631]]. La botica tiene cámaras, guardamos el video 30 días.
O: Muy bien. Pida que no se borre ese video, por favor. La llamaremos mañana; si el señor vuelve con la niña, llame al 105 o a esta línea, el 1818.
C: Así lo haré. Gracias, señorita.
""",
    ),
    (
        "h48-06",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor, disculpe, ¿aquí es donde uno denuncia lo de la trata? Es que yo soy venezolano, soy delivery, trabajo en moto, y hay un pana que nos tiene a varios chamos trabajando y no nos paga, vale.
O: Sí, es aquí. Cuénteme con calma. ¿Dónde está usted?
C: En [[LOCATION|San Martín de Porres]]. El tipo nos alquila la moto y la cuenta de Rappi, porque nosotros no tenemos papeles, ¿me entiende? Le decimos el [[PERSON|Gocho]], porque es de [[LOCATION|Táchira]]. Nos cobra 50 soles diarios de la moto y 40 de la cuenta, y todo lo que hacemos entra a su Yape. Al final del día nos da 15 soles, chamo, 15.
O: ¿Dónde viven ustedes?
C: En un cuarto que él alquila, [[ADDRESS|Mz. F, Lote 14, de la asociación Los Jazmines, el portón marrón con la moto pintada]]. Somos ocho en un cuarto. Y nos quitó los pasaportes "para guardarlos", dice. Hay un chamo, [[PERSON|Wilker]], que tiene [[AGE|diecisiete]], trabaja de siete de la mañana a once de la noche.
O: ¿Alguno ha sido amenazado o golpeado?
C: Sí, a [[PERSON|Wilker]] le partió la boca el [[DATE_TIME|domingo 9]] porque se cayó con la moto y rayó el tanque. Y dice que si alguien se va, lo denuncia a Migraciones. La moto de [[PERSON|Wilker]] es la [[OTHER_ID|7215-4L]], la mía es otra.
O: ¿Sabe el nombre completo del [[PERSON|Gocho]] o alguna cuenta suya?
C: [[PERSON|Yonaiker]] algo, no sé el apellido. En Instagram es [[OTHER_ID|arroba motos guion bajo gocho guion bajo pe]], ahí ofrece las motos.
O: Lo que me cuenta puede ser trata con fines de explotación laboral, y hay un menor. ¿Me puede dar su nombre y su carné o PTP, si tiene?
C: Yo soy [[PERSON|Rubén Darío Guaita]]. Mi carné de extranjería es [[ID_NUMBER|cero cero tres]], [[ID_NUMBER|cinco uno ocho]]... no, espere, [[ID_NUMBER|cinco uno nueve]], [[ID_NUMBER|dos dos cuatro]]. Y mi número es [[PHONE_NUMBER|+58 412 660 3819]], tengo WhatsApp nada más.
O: Le repito: carné [[ID_NUMBER|003519224]], WhatsApp [[PHONE_NUMBER|+58 412 660 3819]]. Vamos a avisar a la policía y a la fiscalía, y a la OIM para apoyo a migrantes. No se enfrente con él.
C: Listo, mi amor. Gracias, de verdad, uno aquí está solo.
""",
    ),
    (
        "h48-07",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon, sorry, is English okay? My Spanish is still pretty basic.
O: Yes, English is fine. How can I help?
C: My name is [[PERSON|Tobias Lindqvist]], I'm from [[LOCATION|Sweden]], I volunteer three days a week at the olla común [[ORGANIZATION|Manos Unidas de Manchay]] in [[LOCATION|Pachacámac]]. There are kids who come to eat with us who I think are working at a brick kiln, and not just helping their parents.
O: Thank you for calling, [[PERSON|Tobias]]. What have you seen?
C: There's a boy everyone calls [[PERSON|Frijol]], like the bean, he's maybe [[AGE|eleven]], and his sister [[PERSON|Mayra]], she told me she's [[AGE|thirteen]]. Their hands are all cracked from the clay. They say they carry bricks from four in the morning, and they get three soles per hundred bricks, but the owner keeps the money because their father owes him for the trip from [[LOCATION|Cajamarca]].
O: Do you know where the kiln is and who runs it?
C: It's up the hill, [[ADDRESS|past the last mototaxi stop on the dirt road, the kiln with the blue water tank and the black smoke]]. They call it [[ORGANIZATION|Ladrillera El Progreso]]. The owner is Don [[PERSON|Eusebio]], [[PERSON|Eusebio Cahua]] I think. On [[DATE_TIME|Wednesday]] he came to the olla común in a white pickup, plate [[OTHER_ID|BQR-318]], and dragged [[PERSON|Frijol]] out by the arm before he finished his soup.
O: Are there other children?
C: At least five more, and I've seen a girl who doesn't speak Spanish, only Quechua, maybe [[AGE|nine]]. They don't go to school; the school is like twenty minutes away.
O: This could be forced labour of children, a form of trafficking. We'll refer it to the police, the prosecutor's office and the DEMUNA of the district. Could you leave a contact?
C: Sure. My Peruvian number is [[PHONE_NUMBER|nine five seven]], [[PHONE_NUMBER|two zero four]], [[PHONE_NUMBER|six six one]]. And e-mail, it's [[EMAIL_ADDRESS|t dot lindqvist at proton dot me]], [[PERSON|Lindqvist]] is spelled [[PERSON|L-I-N-D-Q-V-I-S-T]].
O: So [[PHONE_NUMBER|957 204 661]], and [[EMAIL_ADDRESS|t.lindqvist@proton.me]]. Thank you. Please don't confront the owner; we'll call you this week.
C: Okay. The coordinator, Señora [[PERSON|Tula]], also knows the family, if that helps. Thanks.
""",
    ),
    (
        "h48-08",
        "en",
        """
O: Línea contra la trata, good morning.
C: Good morning. I'm the school psychologist at [[ORGANIZATION|Pacific Crest Bilingual School]] in [[LOCATION|La Perla]], [[LOCATION|Callao]]. My name is [[PERSON|Rebecca Okafor]]. I need advice about a student, and I think it needs to be reported.
O: Of course, Dr. [[PERSON|Okafor]]. Please tell me.
C: She's in Year 11, [[PERSON|Antonella]], [[PERSON|Antonella Ugaz Zevallos]]. She turned [[AGE|sixteen]] in [[DATE_TIME|March]]. For two months she's been talking to someone on Instagram, [[OTHER_ID|@castings_pacifico_pe]], who offered her "webcam modelling", 500 dollars a week. Last [[DATE_TIME|Thursday]] she skipped school and went to a flat they told her about.
O: Does she know where that flat is?
C: She described it to me: [[ADDRESS|Tower 2 of the Residencial Mar Azul on Avenida La Marina, 14th floor, the flat at the end of the corridor, 1407]]. There were two other girls, one in school uniform. A man called [[PERSON|Kenji]] took their phones while they "worked", and told her she now owes him for the clothes and the ring light.
O: That is sexual exploitation of a minor. Has anyone told her parents?
C: Her mother knows now, Señora [[PERSON|Zevallos]]. She's in the office with me. Her number is [[PHONE_NUMBER|nine four two]]... sorry, she's reading it... [[PHONE_NUMBER|nine four two, eight one five]] and the last part [[PHONE_NUMBER|three three nine]].
O: So [[PHONE_NUMBER|942 815 339]]. Has [[PERSON|Antonella]] kept the messages?
C: Yes, we took screenshots. [[PERSON|Kenji]] is also on WhatsApp, [[PHONE_NUMBER|+51 930 448 172]]. Our protocol is the SíseVe report and informing the UGEL, but that's not enough.
O: It isn't. We'll report it today to the police and the prosecutor's office, and the CEM can support the family. Please keep the evidence and don't contact him. Can I have your e-mail?
C: [[EMAIL_ADDRESS|r.okafor@pacificcrest.edu.pe]]. Thank you.
""",
    ),
    (
        "h48-09",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite, desculpa, a senhora fala português? Eu sou do [[LOCATION|Brasil]], de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre o meu irmão, ele está aí no [[LOCATION|Peru]].
O: Sí, un poco, hable despacio, le entiendo. ¿Qué pasa con su hermano?
C: Meu irmão caçula, o [[PERSON|Kauã]], tem [[AGE|16 anos]]. Um olheiro, um tal de [[PERSON|Marcão]], viu ele jogando num campeonato aqui e disse que tinha uma vaga num clube do [[LOCATION|Callao]], o [[ORGANIZATION|Club Deportivo Estrella Chalaca]]. Minha mãe pagou 2 mil reais pra passagem e a documentação, e ele viajou [[DATE_TIME|dia 3 de junho]].
O: ¿Y qué le ha contado él?
C: Que não tem clube nenhum, só treinou duas vezes. Moram oito meninos numa casa em [[LOCATION|Ventanilla]], [[ADDRESS|no segundo andar em cima de uma oficina de motos, perto do mercadinho da praça]], e de dia trabalham num lava-rápido, o [[ORGANIZATION|Lava Car Pitbull]], na [[ADDRESS|avenida Néstor Gambetta, no quilômetro sete, do lado do posto]]. Doze horas lavando carro e não recebem nada, o [[PERSON|Marcão]] diz que é pra pagar a dívida da viagem.
O: ¿Tienen sus documentos?
C: Não, o [[PERSON|Marcão]] ficou com os passaportes. O do [[PERSON|Kauã]] eu tenho a foto: [[ID_NUMBER|FX 318407]]. E a chave pix que o [[PERSON|Marcão]] passou pra minha mãe é um CPF, [[ID_NUMBER|412.077.958-30]], no nome de [[PERSON|Marcos Vinícius Prado]].
O: Gracias, eso es muy importante. ¿Tiene el número de su hermano?
C: Ele usa o celular de um amigo peruano, [[PHONE_NUMBER|nove três oito]]... [[PHONE_NUMBER|nove três oito, sete sete zero]]... e o final [[PHONE_NUMBER|um quatro dois]]. Só depois das dez da noite.
O: Le repito: [[PHONE_NUMBER|938 770 142]]. Esto puede ser trata con fines de explotación laboral de un menor. Vamos a avisar a la policía y a la fiscalía del [[LOCATION|Callao]], y al consulado de su país.
C: Obrigado, obrigado. Meu nome é [[PERSON|Rafael Nogueira]], meu whatsapp é [[PHONE_NUMBER|+55 68 99214 7730]], e o e-mail [[EMAIL_ADDRESS|rafa ponto nogueira arroba gmail ponto com]].
O: Gracias, [[PERSON|Rafael]]. Mañana lo llamamos.
""",
    ),
    (
        "h48-10",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Buenos días. Disculpe, yo hablo poco castellano nomás. Llamo por mi sobrino, el [[PERSON|Wilfredo]], y la [[PERSON|Sabina]], mi ñañacha, su hermanita. Achakáw, mamita, yanapaway, ayúdeme.
O: Tranquila, señora, la escucho. ¿Dónde está usted y dónde están ellos?
C: Yo vivo en [[LOCATION|Cañete]], en [[LOCATION|Imperial]], vendo papa en el mercado, [[ADDRESS|el puesto 58 del pasadizo de las verduras del mercado Modelo de Imperial]]. Los chicos son de mi llaqta, de [[LOCATION|Andahuaylas]]. Un señor [[PERSON|Cárdenas]] les ha ofrecido trabajo en una granja de pollos en [[LOCATION|Végueta]], que les va a pagar mil soles al mes.
O: ¿Cuántos años tienen?
C: El [[PERSON|Wilfredo]] tiene [[AGE|dieciséis añitos]] nomás, y la [[PERSON|Sabina]] [[AGE|catorce]]. La [[PERSON|Sabina]] nació [[DATE_TIME|el 2 de noviembre]], día de los difuntos, por eso me acuerdo.
O: ¿Qué le han contado de la granja?
C: Manam pagan nada, mamita. Los hacen dormir al lado de los galpones con el olor, trabajan de noche limpiando, y a la [[PERSON|Sabina]] la tienen en la casa del patrón cocinando. El [[PERSON|Wilfredo]] me llamó llorando, dice que el capataz, uno que le dicen [[PERSON|Puma]], le pegó con manguera. La granja es [[ORGANIZATION|Avícola Los Cerezos]], [[ADDRESS|en el kilómetro 152 de la Panamericana Norte, pasando el puente, la que tiene el portón con pollitos pintados]].
O: ¿Sabe el número de DNI de alguno de ellos?
C: Del [[PERSON|Wilfredo]] sí, mamita. Es [[ID_NUMBER|7 6 0]]... [[ID_NUMBER|7 6 0 3]], [[ID_NUMBER|1 9]]... no, [[ID_NUMBER|9 1]], [[ID_NUMBER|4 8]].
O: Le repito: [[ID_NUMBER|76039148]]. ¿Es así?
C: Arí, así es. Yo soy [[PERSON|Felícitas Huillca]], su tía. Mi celular es [[PHONE_NUMBER|973 105 288]]. Taytacha, que no les pase nada.
O: Señora [[PERSON|Felícitas]], vamos a avisar hoy a la policía y a la fiscalía, y al CEM. Si el [[PERSON|Wilfredo]] la vuelve a llamar, dígale que puede marcar gratis al 1818.
C: Sulpayki, mamita, gracias. Diosolopague.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h48-", "heldout48.jsonl")
