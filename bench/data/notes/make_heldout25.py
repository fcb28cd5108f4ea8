#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout25.jsonl: 16 fictional, labelled hotline calls for a one-off generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning
data or results. Files read: /work/shared/eval/LABELS.md (fields, allowed values),
/work/shared/eval/make_dev.py (annotation conventions and examples) and the builder
copy make_heldout.py in this folder (call()/note()/build() and markup only; none of its
calls' wording is reused).

Mix: 5 lowercase unpunctuated Whisper-style Spanish transcripts, 5 cased Spanish,
2 English, 1 Brazilian Portuguese, 1 Venezuelan Spanish, 1 Spanish/English
code-switching, 1 Andean Spanish with Quechua words. Situations: third-party reports
(neighbour, bus-terminal clerk, relatives, a friend), victims asking for help (one
calling from inside the house where she is held, one who escaped, one migrant domestic
worker), professionals (a health worker reporting, a child-protection officer
consulting), a victim asking about a past case, one follow-up call, and two calls that
are not trafficking (a wage dispute, domestic violence). Exploitation types: sexual,
labour, domestic servitude, forced criminality, unknown; regions across Peru (San
Martín, Arequipa, Ayacucho, Lima, Loreto, Piura, Tacna, Huánuco, La Libertad, Áncash,
Apurímac) and abroad (Myanmar, Argentina).

All people, phone numbers, IDs, e-mails, handles, plates, businesses and street
addresses are invented. PII is marked [[TYPE|surface]] following make_dev.py's
conventions; O:/C: mark operator and caller.

Run: python make_heldout25.py   (writes heldout25.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout25.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h25-lower-01", "es", "lowercase_asr", """
O: línea contra la trata buenas noches le escucho
C: aló buenas noches señorita este no sé si es aquí donde tengo que llamar es por unas chicas
O: sí dígame con confianza qué ha pasado
C: yo vivo en [[LOCATION|tarapoto]] en [[LOCATION|la banda de shilcayo]] y al costado de mi casa han abierto un karaoke hace como dos meses se llama [[ORGANIZATION|karaoke el tucán dorado]]
O: ya y qué es lo que ha visto
C: hay chicas que atienden ahí señorita jovencitas bien jovencitas yo creo que no tienen ni [[AGE|dieciséis]] y las hacen tomar con los clientes y después los clientes se las llevan a unos cuartos que hay atrás
O: cuántas chicas más o menos ha visto
C: tres cuatro este no sé bien cuatro creo cuatro una de ellas es de más adentro de la selva habla poquito castellano
O: las chicas viven ahí mismo
C: sí ahí viven no salen nunca solo una vez vi que la dueña llevaba a una al mercado agarrándola del brazo como si se fuera a escapar
O: sabe cómo se llama la dueña
C: le dicen la señora [[PERSON|zoila]] el apellido no sé y hay un muchacho que para en la puerta que le dicen [[PERSON|chino]]
O: me puede dar la dirección exacta
C: es en el [[ADDRESS|jirón los cedros cuadra seis]] la casa de la esquina con el letrero de neón verde
O: y a qué hora funciona el local
C: desde las ocho de la noche hasta las cuatro de la mañana todos los días ahorita mismo está abierto se escucha la música desde mi cuarto
O: muy bien señora lo que usted me cuenta puede ser trata con fines de explotación sexual de menores vamos a pasar la información a la policía especializada para que intervengan el local me puede dejar un número de contacto
C: mejor no señorita tengo miedo la señora [[PERSON|zoila]] sabe quién vive al lado
O: no hay problema su reporte queda anónimo si quiere puede volver a llamar mañana y le contamos cómo va
C: ya señorita gracias ojalá saquen a esas chiquitas
""", note("witness", "report", ["sexual"], 4, True, ["female"], "San Martín", "ongoing", "high",
          ["police_dispatch"],
          "Una vecina anónima reporta que en un karaoke contiguo a su casa viven y trabajan cuatro chicas que "
          "parecen menores de edad, a las que hacen beber con clientes y llevar a cuartos en la parte trasera, "
          "sin dejarlas salir. Se pasó la información a la policía especializada para que intervenga el local."))

call("h25-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita por favor no cuelgue estoy llamando del celular de la señora ella se ha ido a la calle
O: aquí estoy no voy a colgar cómo te llamas y dónde estás
C: me llamo [[PERSON|yeni huarcaya]] tengo [[AGE|quince años]] estoy en una casa en [[LOCATION|arequipa]] en [[LOCATION|cerro colorado]] me trajeron de [[LOCATION|caylloma]] para trabajar y estudiar pero no me dejan salir
O: estás sola ahorita en la casa
C: sí con la bebé nomás la señora cierra la puerta con llave cuando se va y el portón también yo no tengo llave
O: desde cuándo estás ahí
C: desde el año pasado no me mandan al colegio trabajo todo el día lavo cocino cuido a la bebé y no me pagan dice que la plata se la manda a mi mamá pero mi mamá dice que no recibe nada
O: te han hecho daño
C: sí me pega con la correa cuando la bebé llora y ayer me quemó la mano con la plancha dice que fue sin querer pero no fue sin querer
O: lo siento mucho [[PERSON|yeni]] lo que te pasa no está bien y no es tu culpa vamos a mandar a la policía para que te saquen de ahí sabes la dirección
C: el número no sé es una calle que se llama [[ADDRESS|calle los geranios]] al frente hay un parque con juegos y una tienda que se llama [[ORGANIZATION|bodega doña rosita]]
O: muy bien y cómo se llama la señora
C: [[PERSON|marleni]] el apellido no sé su esposo es el señor [[PERSON|ticona]] trabaja en una empresa de buses
O: la policía va a ir ahora y después te van a llevar a un lugar seguro donde te van a curar la mano y te van a cuidar cuando lleguen les dices que llamaste a la línea
C: y si llega la señora antes
O: si llega borra esta llamada del celular y no le digas nada la policía igual va a ir tú quédate tranquila
C: ya señorita ya gracias
""", note("victim", "help_request", ["domestic_servitude"], 1, True, ["female"], "Arequipa", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_health"],
          "Una adolescente llama a escondidas desde la casa donde la tienen encerrada haciendo labores domésticas "
          "y cuidando a un bebé sin pago, sin ir al colegio y con agresiones físicas, incluida una quemadura. Se "
          "envió a la policía a la vivienda y se coordinará su traslado a un lugar seguro con atención médica."))

call("h25-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días señorita disculpe la molestia es que no sé a dónde llamar me dieron este número en la municipalidad
O: no se preocupe cuénteme de qué se trata
C: yo trabajo en una empacadora de uva en [[LOCATION|chincha]] bueno trabajaba y no me han pagado la última quincena ni las horas extras son como novecientos soles
O: entiendo le voy a hacer unas preguntas para ver cómo le podemos ayudar usted podía salir e irse de su trabajo cuando quería
C: sí sí eso sí entraba a las seis salía a las cuatro y me iba a mi casa
O: le han quitado su dni o algún otro documento
C: no nada de eso mi dni lo tengo yo
O: lo obligaban a trabajar con amenazas o le decían que tenía alguna deuda con ellos
C: no amenaza no el supervisor es malcriado grita pero nada más lo que pasa es que la empresa dice que no hay plata que esperemos y ya van dos meses
O: hay más compañeros en la misma situación
C: sí como treinta todos estamos igual ya fuimos a reclamar a la oficina y nada
O: por lo que me cuenta esto no es trata de personas es un problema laboral por falta de pago lo que tienen que hacer es presentar una denuncia ante la sunafil la superintendencia de fiscalización laboral pueden ir a la oficina en [[LOCATION|ica]] o hacerlo por internet y en el ministerio de trabajo les dan orientación gratuita
C: ah ya sunafil ya y tengo que llevar algo
O: lleve su dni sus boletas de pago o cualquier papel o foto que muestre que trabajó ahí y si van todos juntos mejor
C: ya señorita muchas gracias me ha ayudado bastante
O: de nada y si alguna vez ve que a alguien lo obligan a trabajar o le quitan sus documentos puede llamarnos las veinticuatro horas
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador consulta porque una empacadora no le paga la última quincena ni las horas extras, igual "
          "que a unos treinta compañeros. No hay indicios de trata, ya que podía irse libremente, conserva su "
          "documento y no hubo amenazas; se le orientó a denunciar ante la inspección laboral."))

call("h25-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches mamita llamo por mi hijo se lo han llevado al [[LOCATION|vraem]] ayúdeme
O: cálmese señora cuénteme despacio cómo se llama usted y de dónde llama
C: soy [[PERSON|felicitas ccora]] llamo de [[LOCATION|huanta]] mi hijo es [[PERSON|edwin]] tiene [[AGE|catorce]] no [[AGE|quince años]] ya cumplió en agosto
O: qué pasó con [[PERSON|edwin]]
C: un muchacho de acá del barrio le dijo que había trabajo en la cosecha de cacao en [[LOCATION|llochegua]] que pagaban cien soles diario y se fue con otros dos chicos sin avisarme hace tres semanas
O: ha sabido algo de él desde entonces
C: el domingo me llamó de otro número llorando me dijo mamá no es cacao nos hacen cargar mochilas con droga por el monte de noche y si no quieres te pegan dice que hay hombres con armas
O: le dijo dónde está exactamente
C: no sabe bien dice que es un campamento en el monte pasando [[LOCATION|llochegua]] río abajo y que los otros chicos también son de acá uno es su amigo [[PERSON|rusbel]] de [[AGE|dieciséis]] el otro no sé
O: tiene el número desde donde la llamó
C: sí anote [[PHONE_NUMBER|nueve cinco cuatro tres uno dos ocho siete cero]] pero ya no contesta apagado está
O: y el muchacho que se lo llevó cómo se llama
C: le dicen [[PERSON|gringo]] nomás vive por el estadio su mamá vende en el mercado
O: señora lo que le pasa a su hijo es trata con fines de explotación para cometer delitos él es víctima no delincuente vamos a pasar el caso ahora a la fiscalía especializada y a la policía de la zona para que lo ubiquen usted también ponga la denuncia por desaparición en la comisaría con una foto y su partida
C: y si la policía lo agarra lo van a meter preso
O: no señora vamos a informar que es un menor víctima de trata y la fiscalía de familia va a estar al tanto a qué número la llamo
C: a este mismo [[PHONE_NUMBER|nueve ocho tres cero cuatro uno siete seis dos]]
O: mañana temprano la llamo para contarle qué se ha hecho y si [[PERSON|edwin]] vuelve a llamar dígale que puede marcar gratis a esta línea
C: ya mamita gracias que diosito me lo devuelva
""", note("family_member", "report", ["forced_criminality"], 3, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una madre reporta que su hijo adolescente y otros dos chicos fueron captados con una oferta de cosecha "
          "y los obligan, bajo amenazas y golpes de hombres armados, a transportar droga por el monte. Se deriva "
          "el caso a la fiscalía especializada y a la policía, se le orienta sobre la denuncia por desaparición y "
          "se hará seguimiento."))

call("h25-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes este quería hacer una consulta nomás no es algo de ahorita
O: claro dígame con confianza
C: es que a mí me pasó algo hace como cuatro años yo tenía [[AGE|diecisiete]] y una señora me llevó a trabajar a [[LOCATION|cañete]] a un restaurante de carretera y bueno no era restaurante me hacían atender a los camioneros en los cuartos de atrás
O: lamento mucho lo que le pasó gracias por confiar en nosotros usted está a salvo ahora
C: sí sí ahora estoy bien vivo en [[LOCATION|huaral]] con mi pareja tengo mi hijito yo me escapé después de cinco meses pero nunca denuncié tenía vergüenza y miedo
O: lo entiendo y qué le gustaría saber
C: es que hace poco vi en facebook a la misma señora ofreciendo trabajo a chicas y me dio cólera quería saber si todavía puedo denunciar o ya pasó mucho tiempo
O: sí todavía puede denunciar la trata de personas es un delito grave y cuando la víctima era menor de edad el plazo es muy largo usted puede ir a la fiscalía o nosotros la derivamos a un abogado gratuito del ministerio de justicia que la acompañe en todo
C: y tengo que contar todo otra vez
O: sí tendrá que dar su declaración pero puede pedir que sea con una psicóloga presente y no tiene que ver a esa persona
C: ya y lo de facebook sirve
O: sí mucho guarde capturas de pantalla de las publicaciones y el nombre de la cuenta eso puede ayudar a proteger a otras chicas
C: la cuenta es [[OTHER_ID|arroba empleos sur cañete]] tiene foto de un plato de ceviche
O: gracias lo voy a registrar y le voy a pasar su contacto al servicio de defensa de víctimas del ministerio de justicia quiere que la llamen a este mismo número
C: sí por favor a este mismo
O: muy bien la llamarán esta semana y si en algún momento necesita apoyo psicológico también se lo podemos coordinar
C: gracias señorita de verdad
""", note("victim", "information_request", ["sexual"], 1, True, ["female"], "Lima", "past", "medium",
          ["information_given", "referral_legal"],
          "Una mujer cuenta que años atrás, siendo adolescente, fue explotada sexualmente en un restaurante de "
          "carretera hasta que escapó, y pregunta si aún puede denunciar porque la misma reclutadora sigue "
          "ofreciendo trabajo a chicas en redes sociales. Se le explicó que puede denunciar, cómo conservar las "
          "pruebas, y se la derivó a defensa legal gratuita."))

# ------------------------------------------------ cased Spanish ----

call("h25-es-01", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Habla la obstetra [[PERSON|Lizbeth Tuesta]], del puesto de salud de [[LOCATION|Santa Clara]], en [[LOCATION|San Juan Bautista]], [[LOCATION|Iquitos]]. Tengo una situación ahorita mismo y no sé si llamar a la comisaría o a ustedes.
O: Hizo bien en llamar. Cuénteme.
C: Ha venido una chica a su control prenatal. Dice que tiene [[AGE|18]], pero por su carné de vacunas... bueno, tiene [[AGE|catorce años]]. Está embarazada de cinco meses. La trajo un señor mayor, de unos cincuenta, que dice que es su "patrón". No la deja hablar, contesta todo él.
O: ¿Dónde está ese señor ahora?
C: Afuera, en la sala de espera. Yo la hice pasar sola con la excusa de la ecografía y ahí me contó, bajito, que trabaja en un bar del puerto de [[LOCATION|Bellavista Nanay]], que la trajeron de una comunidad del [[LOCATION|río Napo]] y que el señor la... la "vende" a los clientes. Que no quiere volver con él.
O: ¿Ella sigue con usted en el consultorio?
C: Sí, está aquí conmigo, y le he dicho a la técnica que no deje pasar a nadie. Pero el señor ya ha preguntado dos veces cuánto falta.
O: Muy bien. Voy a pedir en este momento que la policía vaya al puesto de salud. Mantenga a la chica adentro, con la puerta cerrada, y no confronte al señor. ¿Sabe cómo se llama él?
C: Ella le dice Don [[PERSON|Grimaldo]]. Vinieron en un motocarro rojo, la placa creo que es [[OTHER_ID|NY-4518]]... no, perdón, [[OTHER_ID|NY-4581]].
O: Perfecto. ¿Me da la dirección exacta del puesto de salud y un número donde la pueda llamar?
C: Estamos en la [[ADDRESS|calle Principal, al costado de la plaza de Santa Clara]]. Mi celular es [[PHONE_NUMBER|965 218 734]].
O: La policía ya está en camino. Cuando la pongan a salvo, la fiscalía de familia va a disponer su protección en un albergue. ¿Ella tiene alguna complicación de salud?
C: Tiene anemia y la presión un poco baja, pero no es una emergencia. Yo le dejo la historia clínica lista para que la sigan controlando donde la lleven.
O: Gracias, obstetra. Le devuelvo la llamada en media hora para confirmar que llegaron. Si el señor intenta llevársela a la fuerza, llame al 105.
C: Ya, de acuerdo. Gracias, señorita.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Loreto", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Una obstetra informa que atiende a una adolescente embarazada que le contó en privado que es explotada "
          "sexualmente en un bar portuario por el hombre que la acompaña, quien espera afuera del puesto de salud. "
          "Se pidió a la policía que acuda de inmediato y se coordinará su protección en un albergue."))

call("h25-es-02", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Yo llamé hace como tres semanas por mi primo, el que está en la lancha de pesca en [[LOCATION|Paita]]. Me dijeron que llamara si sabía algo más.
O: Claro. ¿Me da su nombre o el de su primo para ubicar el caso?
C: Yo soy [[PERSON|Nilton Sernaqué]]. Mi primo es [[PERSON|Alexander Ipanaqué Chunga]], de [[AGE|20 años]].
O: Ya lo tengo aquí: su primo y otros jóvenes trabajan en una embarcación sin recibir pago y no los dejan bajar a tierra. ¿Qué novedades hay?
C: Ayer por fin me llamó [[PERSON|Alexander]]. La lancha ha estado mar adentro casi un mes, en la pota. Dice que el patrón les sigue diciendo que deben el adelanto, la comida, el petróleo, todo, y que no van a ver un sol hasta fin de año. Y a uno de los muchachos, uno de [[LOCATION|Sechura]], lo golpearon porque se quejó.
O: ¿Cuántos son en la embarcación?
C: Cinco tripulantes, más el patrón. Todos jóvenes, el menor tiene [[AGE|19]], creo.
O: ¿Su primo le dijo cuándo regresan a puerto?
C: Sí, eso es lo importante. Vuelven [[DATE_TIME|el viernes]] en la madrugada al muelle artesanal, y el patrón ya les dijo que nadie baja, que descargan y salen otra vez el mismo día.
O: ¿Recuerda el nombre de la embarcación?
C: Se llama [[ORGANIZATION|Virgen de las Mercedes II]], la matrícula es [[OTHER_ID|PT-21874-CM]]. El armador es un señor [[PERSON|Zapata]], que tiene varias lanchas.
O: Esto es muy útil. Voy a agregar esta información al caso y enviarla hoy mismo a la fiscalía y a la capitanía de puerto, para que puedan intervenir la embarcación cuando llegue [[DATE_TIME|el viernes]]. ¿Su primo tiene celular a bordo?
C: Solo tiene señal cuando están cerca de la costa. El número es el mismo que les di, [[PHONE_NUMBER|947 663 102]].
O: ¿Y usted sigue en el mismo número?
C: Sí, señorita, el mismo.
O: Perfecto, señor [[PERSON|Nilton]]. Lo llamo [[DATE_TIME|el jueves]] para confirmarle cómo se va a coordinar. Si su primo vuelve a comunicarse, pídale que no se enfrente al patrón.
C: Ya, gracias. Es que mi tía está muy preocupada, no duerme.
""", note("family_member", "follow_up", ["labour"], 5, False, ["male"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un familiar llama en seguimiento de un caso previo: su primo y otros cuatro jóvenes trabajan en una "
          "embarcación pesquera sin pago por supuestas deudas, sin poder desembarcar, y uno fue golpeado. Aporta "
          "la fecha de retorno a puerto y los datos de la nave; se envía a la fiscalía y a la autoridad portuaria, "
          "con seguimiento."))

call("h25-es-03", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... disculpe, no sé si llamé bien. Una amiga me pasó este número, me dijo que aquí ayudan a mujeres.
O: Esta es la línea contra la trata de personas, pero cuénteme qué le pasa y vemos cómo la orientamos.
C: Es mi esposo. Bueno, mi conviviente. Me pega. Hoy me tiró el celular a la cara y me botó de la casa con mis dos hijos. Estamos en la casa de mi hermana, en [[LOCATION|La Victoria]], en [[LOCATION|Chiclayo]].
O: Lo siento mucho. ¿Está herida? ¿Necesita atención médica ahora?
C: Tengo el labio partido, pero ya se me paró la sangre. Los chicos están bien, asustados nomás.
O: ¿Él sabe dónde está usted? ¿Cree que pueda venir a buscarla esta noche?
C: No creo. Estaba borracho, se habrá quedado dormido. Y mi hermana vive lejos.
O: Le hago otras preguntas para entender bien. ¿Él la obliga a trabajar, se queda con su dinero o sus documentos, o la obliga a estar con otras personas?
C: No, no, eso no. Yo vendo comida en el mercado y la plata es mía. Es que cuando toma se pone así, celoso, y ya van varias veces.
O: Entiendo. Lo que usted vive es violencia familiar, y para eso hay servicios especializados: la Línea 100, que también es gratuita y atiende las 24 horas, y el Centro Emergencia Mujer, donde le dan abogada y psicóloga y le ayudan a pedir medidas de protección.
C: ¿Y tengo que ir a la comisaría también?
O: Puede denunciar en la comisaría o directamente en el Centro Emergencia Mujer, y ahí la mandan al examen médico legal por la herida del labio. Lo mejor es ir mañana temprano, con su DNI. Si él aparece esta noche y la amenaza, llame al 105.
C: Ya. ¿La Línea 100, me dijo?
O: Sí, el 100, desde cualquier teléfono. Si quiere, puede llamar ahora mismo y la orientan con más detalle.
C: Ya, señorita. Gracias por escucharme, de verdad.
O: Cuídese mucho, usted y sus hijos. No está sola.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "medium", ["information_given"],
          "Una mujer llama porque su conviviente la agredió y la echó de la casa con sus hijos; ahora está en casa "
          "de un familiar. No hay indicios de trata, por lo que se la orientó hacia los servicios especializados "
          "en violencia familiar para denunciar y pedir medidas de protección."))

call("h25-es-04", "es", "cased", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Le hablo del terminal internacional de [[LOCATION|Tacna]], trabajo en la boletería de [[ORGANIZATION|Transportes Caplina Sur]]. No sé si estoy exagerando, pero prefiero llamar.
O: Hizo bien. ¿Qué ha visto?
C: Hay un señor con tres chicas que van a pasar a [[LOCATION|Arica]] en el carro de [[DATE_TIME|las diez]]. Las chicas son menores, se les nota. Él tiene permisos notariales de viaje, pero los tres tienen el mismo sello y la firma de los papás se parece, y dicen que son de [[LOCATION|Pucallpa]], las tres de familias distintas.
O: ¿Usted habló con alguna de ellas?
C: Con una sí, cuando fue al baño. Me dijo que tiene [[AGE|quince]], que van a trabajar en un restaurante en [[LOCATION|Santiago]], que el señor les va a pagar bien, y que su mamá cree que está en casa de una tía. Estaba nerviosa, como si le hubieran dicho qué contestar.
O: ¿Sabe el nombre del señor?
C: En la lista de pasajeros figura como [[PERSON|Hernán Cusi Layme]], DNI [[ID_NUMBER|41827306]]. Es un señor de unos cuarenta años, con casaca negra.
O: ¿El bus sale a [[DATE_TIME|las diez]] exactas?
C: Sí, y ya pasaron su equipaje. Falta menos de una hora.
O: Voy a alertar ahora mismo a la policía del terminal y a la unidad de trata para que intervengan antes del embarque, y a la fiscalía de familia. Si puede, demore el embarque, pero sin enfrentarse al señor. ¿Me da un número de contacto?
C: El de la boletería es [[PHONE_NUMBER|052 318 647]], o mi celular, [[PHONE_NUMBER|952 740 196]]. Me llamo [[PERSON|Gladys]].
O: Gracias, [[PERSON|Gladys]]. ¿Las chicas siguen en la sala de embarque?
C: Sí, están sentadas al fondo, con sus mochilas. El señor está comprando algo en el quiosco.
O: La policía ya está informada y va hacia su boletería. Si el señor intenta sacar a las chicas del terminal, vuelva a llamar de inmediato.
C: Ya... ya veo a dos policías que vienen para acá. Gracias, señorita.
""", note("witness", "report", ["unknown"], 3, True, ["female"], "Tacna", "at_risk", "immediate",
          ["police_dispatch"],
          "Una empleada de un terminal terrestre reporta que un hombre está por cruzar la frontera con tres "
          "adolescentes de otra región, con permisos de viaje sospechosos y la promesa de trabajo en un "
          "restaurante en el extranjero, sin que las familias lo sepan. Se alertó a la policía del terminal y a la "
          "fiscalía para intervenir antes del embarque."))

call("h25-es-05", "es", "cased", """
O: Línea contra la trata, buenos días.
C: Buenos días. Le saluda [[PERSON|Teófilo Ramos]], soy responsable de la DEMUNA de la municipalidad de [[LOCATION|Amarilis]], en [[LOCATION|Huánuco]]. Quería hacerles una consulta sobre un caso, para saber cómo proceder.
O: Claro, dígame.
C: Tenemos una niña de [[AGE|doce años]], de un caserío de [[LOCATION|Chinchao]]. La mamá vino ayer a preguntarnos, bien tranquila, si necesitaba algún papel para "dar" a su hija a una familia de acá de la ciudad. La familia le ofrece que la niña ayude en la casa y a cambio le dan comida y le pagan el colegio.
O: ¿La niña ya está con esa familia?
C: No, todavía no. La mamá dice que se la llevan después de la fiesta patronal, en unas dos semanas. Es viuda, tiene cinco hijos, no le alcanza. Y la familia... bueno, tienen una panadería conocida, y ya tuvieron otra chica así antes, que luego se fue y nadie sabe bien por qué.
O: Entiendo. ¿Qué quiere saber exactamente?
C: Si esto es trata o no. Porque acá es muy común, le dicen "ahijada", y la gente lo ve normal. No quiero exagerar, pero tampoco quiero que a la niña le pase algo.
O: Es una buena pregunta. Entregar a una niña a otra familia para que haga trabajo doméstico a cambio de comida o estudios, aunque sea con permiso de la mamá, es una situación de riesgo de trata con fines de servidumbre doméstica. El consentimiento de los padres no vale cuando se trata de explotar a un menor, y una niña de esa edad no puede trabajar como empleada del hogar.
C: ¿Y qué hago? ¿Le digo a la mamá que no?
O: Lo primero es hablar con la mamá y explicarle los riesgos. Si necesita apoyo, pueden evaluar programas sociales para la familia, para que la niña siga estudiando cerca de su casa. Si de todos modos la quieren llevar, usted debe comunicarlo a la fiscalía de familia y a la Unidad de Protección Especial, que pueden dictar medidas para la niña.
C: ¿Y lo de la otra chica que trabajó antes con esa familia?
O: Eso también conviene que llegue a la fiscalía. Podemos registrar su consulta y enviar la información para que la evalúen. ¿Me da el nombre de la familia?
C: Es la familia [[PERSON|Berrospi]], de la [[ORGANIZATION|Panadería San Judas]]. No sé más que eso.
O: Gracias. Le envío por correo la guía de actuación para estos casos. ¿Cuál es su correo?
C: [[EMAIL_ADDRESS|t.ramos.demuna@gmail.com]].
O: Listo, señor [[PERSON|Teófilo]]. Lo llamo la próxima semana para ver cómo le fue con la mamá.
C: Muchas gracias, muy clara la orientación.
""", note("professional", "information_request", ["domestic_servitude"], 1, True, ["female"], "Huánuco", "at_risk", "medium",
          ["information_given", "referral_legal", "follow_up_call"],
          "Un funcionario de protección infantil consulta por una niña cuya madre, por necesidad, piensa entregarla "
          "a una familia de la ciudad para hacer trabajo doméstico a cambio de comida y estudios. Se le explicó que "
          "es una situación de riesgo de servidumbre doméstica, cómo proceder con la madre y la fiscalía de familia, "
          "y se registró la información para su evaluación."))

# ------------------------------------------------ English ----

call("h25-en-01", "en", "cased", """
O: Línea contra la trata, buenos días.
C: Hello? Good morning, ma'am. Sorry, do you speak English? My Spanish is only a little.
O: Yes, I speak English. How can I help you?
C: My name is [[PERSON|Marites]]. I am from the [[LOCATION|Philippines]]. I work as a helper for a family here in [[LOCATION|Lima]], in [[LOCATION|La Molina]]. I'm calling from the church, they allow me out only on Sunday morning for Mass, two hours.
O: Thank you for calling, [[PERSON|Marites]]. Are you safe right now? Is anyone with you?
C: Yes, I'm alone, outside the church. Nobody is watching me here.
O: Good. Tell me what is happening at the house.
C: I came one year ago. The agency in [[LOCATION|Dubai]] sent me, they said five hundred dollars a month. But madam says she pays the agency and they send the money to me later, and I never received anything, only fifty soles sometimes. She keeps my passport in her room.
O: How many hours do you work?
C: From five in the morning until midnight, every day. I cook, I clean the whole house, I take care of the two children and the dog. I sleep in the laundry room. When I said I want to go home, sir shouted at me and said I have to pay back the ticket first, three thousand dollars.
O: Has anyone hurt you?
C: Madam slapped me one time, when the little one fell. And they lock the gate at night, I don't have the key.
O: I'm so sorry. What you describe is forced labour as a domestic worker, and it's a crime here in [[LOCATION|Peru]]. You don't owe them any money. Do you want to leave the house?
C: Yes, but I am scared. I have nowhere to go, and without my passport...
O: We can take you to a shelter where you'll be safe, and a lawyer can help you get your passport back and claim your salary. We can also contact your embassy. Could you leave today, from the church?
C: Today? I... yes. Yes, I think today. My things are at the house, but it's okay.
O: Then stay at the church. Can you tell me exactly which church, and give me a number?
C: It's [[ADDRESS|the Santa María Reina church on Los Fresnos avenue]]. My number is [[PHONE_NUMBER|+63 917 482 5530]], I only have WhatsApp here.
O: Thank you. A colleague from the shelter will come to pick you up within the hour. I'll message you on WhatsApp in ten minutes to check on you.
C: Thank you, ma'am. Thank you so much.
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "A migrant domestic worker calls during her only time out of the house: she works extremely long hours "
          "without pay, her passport is held, she is told she owes her ticket, and she has been slapped and locked "
          "in. She wants to leave, so a shelter pick-up and legal help to recover her passport and wages are being "
          "arranged."))

call("h25-en-02", "en", "cased", """
O: Línea contra la trata, buenas tardes.
C: Hi, um, hello. Sorry, is this the anti-trafficking line? I got the number from the Peruvian consulate website.
O: Yes, it is. I can help you in English. What's your name?
C: [[PERSON|Karen Salas]]. I live in [[LOCATION|Houston]]. I'm calling about my cousin, [[PERSON|Diego]]. [[PERSON|Diego Salas Rivero]]. He lives in [[LOCATION|Lima]], in [[LOCATION|Comas]]... well, he lived there until August.
O: What happened in August?
C: He got a job offer on Telegram, customer service for a crypto company in [[LOCATION|Thailand]], two thousand dollars a month, flight paid. He's [[AGE|24]], his English is good, so it sounded... I mean, we all thought it was great. He flew to [[LOCATION|Bangkok]] and then they drove him for many hours and crossed a river. He's in [[LOCATION|Myanmar]] now. Near [[LOCATION|Myawaddy]], he thinks.
O: Has he been able to communicate with you?
C: Only a few times, at night, from a phone he hides. He says it's a compound with walls and armed guards. They took his passport the first day. They make him scam people online, fake romance, fake investments, fourteen, sixteen hours a day. If he doesn't reach his target they... they hit him, or make him stand in the sun all day. Last week they told him they'll sell him to another compound unless he pays eight thousand dollars.
O: I'm very sorry. Does he know if there are other people from here with him?
C: He said there are people from lots of countries, but he didn't say names or anything.
O: What he's going through is trafficking for forced criminal activity, and he is a victim. We'll register the case and pass it today to the trafficking prosecutor and to the Foreign Ministry, so the embassy that covers [[LOCATION|Myanmar]] can ask the local authorities to rescue him. Do you have the last number he used?
C: It's a Thai number, [[PHONE_NUMBER|+66 84 217 5093]], but please don't call it, they could find the phone.
O: We won't call it, it's only for the authorities. And please don't send any money: paying doesn't guarantee he'll be released. Keep screenshots of the job offer and of his messages.
C: Okay. His mom in [[LOCATION|Lima]] wants to do something too, she's desperate.
O: She can call us as well, and she should file a report with the police there, with his ID and photos. Can you give me your number and e-mail?
C: Sure, [[PHONE_NUMBER|+1 832 555 0143]], and [[EMAIL_ADDRESS|karen.salas.rn@gmail.com]].
O: Thank you, [[PERSON|Karen]]. We'll call you in the next few days to tell you what the Foreign Ministry says.
C: Thank you. I just want him out of there.
""", note("family_member", "report", ["forced_criminality"], 1, False, ["male"], "Myanmar", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "A relative abroad reports that her young adult cousin accepted an online job offer overseas and is held in "
          "a guarded compound, forced to run online scams under beatings, with his passport taken and a ransom "
          "demanded. The case is referred to the prosecutor and the foreign ministry; she was advised not to pay "
          "and to keep evidence."))

# ------------------------------------------------ Brazilian Portuguese ----

call("h25-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde... desculpa, você fala português? Eu entendo um pouco de espanhol, mas falo mal.
O: Sí, puede hablar en portugués, la entiendo. ¿Qué pasó?
C: Meu nome é [[PERSON|Jéssica]], sou brasileira, moro em [[LOCATION|Trujillo]] faz três anos, trabalho num salão de beleza. É sobre uma amiga, também brasileira, a [[PERSON|Thaís]]. Ela veio de [[LOCATION|Manaus]] há uns quatro meses com uma proposta para trabalhar de dançarina numa discoteca aqui.
O: ¿Y qué le está pasando a su amiga?
C: Ela me mandou mensagem ontem de madrugada, escondida. Disse que não é discoteca, é uma casa de programa, que ela é obrigada a sair com clientes todo dia, e que a dona diz que ela deve dez mil soles, da passagem, do aluguel, das roupas. Tiraram o passaporte dela. E tem mais duas meninas na mesma situação, uma colombiana e uma venezuelana.
O: ¿Sabe si alguna de ellas es menor de edad?
C: A [[PERSON|Thaís]] tem [[AGE|vinte e dois]]. As outras, acho que são maiores também, ela disse que são da idade dela.
O: ¿Dónde queda ese lugar?
C: Fica em [[LOCATION|Huanchaco]], perto da praia, chama [[ORGANIZATION|Night Club Copacabana]]. É uma casa branca com portão preto e uma luz vermelha na frente.
O: ¿Su amiga puede salir en algún momento?
C: Só sai acompanhada, com um segurança que chamam de [[PERSON|Toro]]. Ela tem medo, porque a dona falou que tem amigos na polícia e que se ela falar vai presa por estar irregular.
O: Eso no es cierto: ella es víctima, no va a ir presa. Vamos a pasar el caso ahora a la unidad de trata de la policía y a la fiscalía, para que intervengan el local. ¿Tiene el número de su amiga?
C: Tenho, mas ela só usa escondida: [[PHONE_NUMBER|+55 92 98134 6720]]. O meu é [[PHONE_NUMBER|948 307 512]].
O: Obrigada, [[PERSON|Jéssica]]. No la llame usted, espere a que ella le escriba. La llamo mañana para contarle cómo avanza.
C: Tá bom, muito obrigada. Estou com muito medo por ela.
""", note("acquaintance", "report", ["sexual"], 3, False, ["female"], "La Libertad", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una mujer extranjera reporta que una amiga, captada con una oferta de trabajo como bailarina, es obligada "
          "a prostituirse junto con otras dos mujeres en un local nocturno, con el pasaporte retenido, una supuesta "
          "deuda y amenazas. Se pasó el caso a la policía especializada y a la fiscalía para intervenir el local, "
          "con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----

call("h25-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi reina. Mira, disculpa, yo no sé bien cómo es esto... una amiga me dio el número. Yo me escapé ayer de un sitio en [[LOCATION|Chimbote]].
O: Qué bueno que llamó. ¿Dónde está ahora? ¿Está segura?
C: Estoy en el cuarto de una pana, una chama que conocí vendiendo arepas, en [[LOCATION|Nuevo Chimbote]]. Aquí estoy bien, pero no me puedo quedar mucho, ella tiene sus niños y el cuarto es chiquitico.
O: Entiendo. ¿Me cuenta qué pasó en ese sitio?
C: Vale. Yo llegué hace como seis meses de [[LOCATION|Barquisimeto]]. Una señora, la señora [[PERSON|Yusmary]], me ofreció trabajo en un spa, de masajista, con cuarto incluido. Y cuando llegué era... era un sitio de citas, pues. Me dijeron que tenía que atender a los clientes y que le debía el pasaje y la comida, mil quinientos dólares. Me quitaron el pasaporte "para guardarlo".
O: ¿Había otras mujeres con usted?
C: Había dos más, pero a esas se las llevaron a otro sitio hace como un mes, no sé adónde. Últimamente estaba yo sola.
O: ¿Cómo logró salir?
C: Ayer sacaron la basura tarde y la puerta quedó abierta, y yo salí corriendo con lo que tenía puesto. No tengo nada, chama, ni documentos ni plata, solo este teléfono que me prestó mi pana.
O: ¿Está herida o necesita atención médica?
C: Tengo unos morados en el brazo, del señor que cuida la puerta. Y... bueno, creo que necesito hacerme unos exámenes, tú sabes, porque a veces los clientes no querían cuidarse.
O: Claro. Vamos a conseguirle un lugar en un albergue hoy mismo, y desde ahí la van a llevar al centro de salud para los exámenes. También le vamos a poner en contacto con un abogado para la denuncia y para recuperar su pasaporte. ¿Recuerda dónde queda el local?
C: En la [[ADDRESS|avenida Pardo, al lado de una ferretería azul]], tiene un letrero que dice [[ORGANIZATION|Relax Spa Oasis]].
O: Gracias, eso le va a servir al abogado y a la fiscalía. ¿Cómo se llama usted y a qué número la llamamos?
C: [[PERSON|Oriana Mendoza]]. El número es este mismo, de mi pana: [[PHONE_NUMBER|931 584 206]].
O: Muy bien, [[PERSON|Oriana]]. En media hora la llama una compañera del albergue para coordinar dónde recogerla. No vuelva por esa zona.
C: Dale, gracias, de verdad. Tenía mucho miedo de llamar.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Áncash", "past", "high",
          ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
          "Una mujer migrante escapó ayer de un supuesto spa donde la obligaban a prostituirse bajo una deuda "
          "impuesta y con el pasaporte retenido; tiene golpes, no tiene documentos ni dinero y necesita exámenes "
          "médicos. Se coordina un albergue, atención de salud y asesoría legal para la denuncia."))

# ------------------------------------------------ Spanish/English code-switching ----

call("h25-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola, buenas tardes. Sorry, I mean... disculpe, es que viví mucho tiempo afuera y se me mezcla. Quería hacer una consulta about my little brother.
O: No hay problema, hable como le sea más cómodo. Dígame.
C: Ok so, mi hermano [[PERSON|Sebastián]] tiene [[AGE|17]], juega fútbol en un club de menores acá en [[LOCATION|Cajamarca]]. Y un agente lo contactó por Instagram, supposedly un scout, que dice que lo puede llevar a una prueba en un club de [[LOCATION|Argentina]], en [[LOCATION|Rosario]].
O: ¿Qué les ha pedido ese agente?
C: That's the thing. Primero que paguemos two thousand dollars por "gastos de representación", y que él se encarga de todo, el pasaje, la pensión. Y que viaje solo con él, porque los papás no pueden ir, y que firmen un permiso notarial. Mi mamá está súper emocionada, but it feels off to me.
O: ¿Tienen algún contrato por escrito, o el nombre del club que lo invita?
C: No, nada. Solo mensajes de WhatsApp. He says "el club es muy conocido, no te puedo decir el nombre hasta que firmen". Y su perfil es [[OTHER_ID|@scout.pro.sudamerica]], tiene fotos con jugadores famosos.
O: Hay varias señales de alerta: el cobro por adelantado, que un menor viaje solo con un desconocido, sin contrato ni invitación oficial del club, y que le pidan reserva. Hay chicos que terminan abandonados en otro país o trabajando en condiciones de explotación.
C: Oh my God. Ok. ¿Entonces qué hacemos? ¿Lo bloqueamos?
O: Primero, no paguen nada ni firmen ningún permiso. Guarden todos los mensajes. Un club serio invita por escrito, a través de la federación o del club de su hermano, y no cobra por una prueba. Pueden preguntar en el club de menores si conocen a ese agente, y si quieren, denunciar el perfil a la policía.
C: Ok, that makes sense. ¿Y si mi mamá no me cree?
O: Que nos llame su mamá y le explicamos lo mismo. La línea es gratuita, las 24 horas.
C: Perfect, le voy a pasar el número. Thank you, de verdad.
O: Gracias a usted por consultar antes de que viaje.
""", note("family_member", "information_request", ["unknown"], 1, True, ["male"], "Argentina", "at_risk", "medium",
          ["information_given"],
          "Una hermana consulta por un supuesto agente de fútbol que contactó a su hermano adolescente por redes "
          "sociales y pide un pago adelantado, un permiso notarial y que viaje solo con él a una prueba en el "
          "extranjero. Se explicaron las señales de alerta y se recomendó no pagar, no firmar y guardar los mensajes."))

# ------------------------------------------------ Andean Spanish with Quechua ----

call("h25-qu-01", "es", "andean", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allinllachu, señorita... buenos días. Disculpe, mamita, yo no hablo bien castellano. Llamo de [[LOCATION|Challhuahuacho]], de [[LOCATION|Cotabambas]].
O: No se preocupe, señora, hable con calma, yo la entiendo. ¿Qué ha pasado?
C: Mi warmachay, mi hijita, [[PERSON|Yolanda]]. Tiene [[AGE|quince añitos]]. Una señora vino a la comunidad, dijo que necesitaba chica para cocina en su restaurante, que le iba a pagar seiscientos soles, que iba a estudiar en la noche. Yo le he dado permiso, pues, mamita. Ya hace dos meses.
O: ¿Y qué ha sabido de su hija desde entonces?
C: Mi sobrino trabaja en la mina, en el campamento. Él me ha dicho: tía, tu hija no está en cocina, está en un bar, en la noche atiende a los mineros, toma cerveza con ellos. Él la ha visto, pues. Dice que ella estaba waqaspa, llorando, que le ha dicho "no me dejan irme, dicen que debo".
O: ¿Su sobrino sabe cómo se llama ese bar?
C: Sí... [[ORGANIZATION|Bar Munay]], le dicen. Está en la [[ADDRESS|salida a la mina, al lado del grifo]], en [[LOCATION|Challhuahuacho]] mismo. Ay, señorita, manchakuni, tengo miedo. Yo he ido a buscarla y la señora me ha dicho que no está, que se ha ido a [[LOCATION|Cusco]], pero es mentira.
O: ¿Cómo se llama la señora?
C: [[PERSON|Nélida]] dice que se llama, [[PERSON|Nélida Huallpa]]. Su esposo es el dueño del bar.
O: ¿Hay otras chicas en ese bar?
C: Mi sobrino dice que hay otras tres, jovencitas también, de otras comunidades, de [[LOCATION|Haquira]] dicen.
O: Señora, lo que me cuenta es muy grave. Su hija es menor y la están explotando, eso es trata. Ahora mismo voy a avisar a la policía y a la fiscalía para que vayan al bar y saquen a su hija y a las otras chicas. ¿Tiene un número de teléfono?
C: Este es de mi sobrino, [[PERSON|Wilber]]. [[PHONE_NUMBER|nueve siete cinco, dos cero ocho, cuatro uno tres]]. Yo no tengo celular.
O: Muy bien. Cuando encuentren a su hija la van a cuidar en un lugar seguro y la van a llamar a usted. Mañana yo llamo a este número para contarle.
C: Sulpayki, mamita, sulpayki. Diosllay...
O: De nada, señora. Su hija no tiene ninguna deuda, y usted no ha hecho nada malo.
""", note("family_member", "report", ["sexual"], 4, True, ["female"], "Apurímac", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una madre quechuahablante reporta que su hija adolescente, llevada con la promesa de trabajar en la cocina "
          "de un restaurante, es obligada a atender a mineros en un bar bajo una supuesta deuda, junto con otras tres "
          "jóvenes. Se alertó a la policía y a la fiscalía para intervenir el local, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
