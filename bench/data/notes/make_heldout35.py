# ruff: noqa: E501, RUF100
"""Generate heldout35.jsonl: 16 fictional, labelled hotline calls (held-out set h35).

Written by an outside test-data writer who never saw the drafter's code, rules,
tests or results. Files read: ../../shared/eval/LABELS.md (fields, allowed values),
../../shared/eval/make_dev.py (annotation conventions, example calls and notes) and
make_heldout.py (the builder: call(), note(), build()). Markup: [[TYPE|surface]]
marks PII; "O:"/"C:" mark operator/caller. All people, numbers, addresses, handles,
plates and businesses are invented; towns, provinces, districts, regions and
countries are real.

Mix of styles: 5 lowercase unpunctuated ASR Spanish (fillers, self-corrections,
numbers in words), 5 cased Spanish, 2 English, 1 Brazilian Portuguese,
1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish with
Quechua words.
Callers: victims in Peru and abroad, relatives (mother, wife reached by the
operator's own follow-up call, grandmother, parent abroad), neighbour, friend,
tourist, bus-terminal worker, professionals (doctor, lawyer, church worker,
social-compliance auditor), members of the public.
Call types: reports, help requests, information requests, an operator follow-up
call, and two calls that are not about trafficking (not_relevant).
Exploitation: textile workshop, gold mining, online sexual exploitation of a
minor, fishing, forced (child) marriage -> other, forced criminality, logging,
restaurant kitchen abroad, a case whose purpose is not yet clear (unknown),
sexual exploitation in a bar, forced begging, agro-export farm labour, child
domestic servitude, a suspicious sports "scout" offer (unknown).
Regions: named directly, inferred from a district/province/town only, caller
and victim in different regions, a foreign country, and no place at all.
Situations ongoing / past / at_risk; urgencies immediate / high / medium / low.

Run: python3 make_heldout35.py   (writes heldout35.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout35.jsonl")


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h35-asr-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches le escucho
C: aló buenas noches señorita este eh yo llamo por un taller que hay al lado de mi casa no sé si es para acá
O: sí claro cuénteme con calma qué es lo que ha visto
C: mire yo vivo en [[LOCATION|la victoria]] cerquita de [[LOCATION|gamarra]] por la zona de los talleres de confección y en el [[ADDRESS|jirón huascarán cuadra ocho el edificio al costado de la bodega]] hay un taller donde trabajan unos jóvenes de día y de noche
O: cuántas personas trabajan ahí más o menos
C: son como seis no perdón como ocho porque ayer contamos con mi esposo a los que salían a botar la basura chicos y chicas jovencitos
O: sabe si hay menores de edad entre ellos
C: eh sí yo creo que sí dos chiquillas tienen cara de [[AGE|quince]] máximo [[AGE|dieciséis años]] y los demás serán de [[AGE|veinte]] por ahí
O: por qué le parece que algo está mal en ese taller
C: porque en la noche les ponen candado por fuera señorita el dueño se va a las diez y les cierra la puerta con cadena y recién a las seis de la mañana les abre y las máquinas suenan hasta la madrugada
O: los ha visto salir a la calle alguna vez solos
C: no nunca solos solo salen a botar la basura y el encargado los mira desde la puerta una de las chicas me dijo bajito que son de [[LOCATION|cajamarca]] que les deben el pasaje y que no les han pagado nada desde que llegaron
O: ha visto que los golpeen o que los amenacen
C: golpes no he visto eso no pero les gritan feo y el dueño dice que si se van los denuncia por robo de tela
O: sabe el nombre del dueño o del taller
C: el taller no tiene letrero a él le dicen el [[PERSON|pelao]] tiene una camioneta gris la placa es [[OTHER_ID|be efe equis dos catorce]]
O: usted está en un lugar seguro ahora alguien sabe que está llamando
C: sí estoy en mi casa solo sabe mi esposo pero no quiero dar mi nombre tengo miedo que se enteren
O: no es necesario su nombre puede quedar anónima me deja un número por si la policía necesita ubicarla
C: ya es el [[PHONE_NUMBER|nueve cuatro ocho tres tres cinco uno siete dos]] no perdón [[PHONE_NUMBER|nueve cuatro ocho tres tres cinco uno dos siete]]
O: gracias vamos a avisar a la policía para que vayan al taller y también pasamos el caso a la fiscalía y a la inspección de trabajo mañana la llamamos para contarle
C: ya señorita gracias que dios la bendiga
O: gracias a usted por llamar no se acerque al taller ni hable con el dueño
""",
    note(
        "witness",
        "report",
        ["labour"],
        8,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una vecina anónima reporta que en un taller de confección unas ocho personas jóvenes, entre ellas dos "
        "aparentes adolescentes, trabajan día y noche sin pago por una supuesta deuda del pasaje y quedan "
        "encerradas con candado por las noches. Se avisa a la policía para que intervenga y se deriva a la "
        "fiscalía y a la inspección de trabajo, con seguimiento.",
    ),
)

call(
    "h35-asr-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló aló señorita se escucha se me está yendo la señal
O: sí le escucho bien dígame
C: ya mire yo estoy en una mina en [[LOCATION|pataz]] por [[LOCATION|retamas]] me he subido al cerro para tener señal porque abajo no hay nada
O: está usted en peligro en este momento puede hablar tranquilo
C: ahorita sí puedo hablar nadie me está mirando pero tengo que bajar antes que oscurezca porque el capataz cuenta a la gente
O: cuénteme qué le está pasando
C: a mí me trajeron de [[LOCATION|huamachuco]] hace tres meses este un señor que le dicen don [[PERSON|teófilo]] nos ofreció dos mil soles al mes para trabajar en socavón y hasta ahora no nos paga dice que le debemos la comida el pasaje las botas el casco todo
O: le han quitado algún documento
C: sí el dni nos lo quitó el primer día dijo que era para la planilla y nunca nos lo devolvió
O: cuántas personas están en su misma situación
C: somos seis de mi pueblo contándome a mí cinco ya mayores y un chibolo de [[AGE|dieciséis años]] que es mi primo y le hacen cargar igualito que a nosotros
O: les han hecho daño o los han amenazado
C: hay unos que tienen escopeta y cuidan en la noche dicen que al que se escapa lo buscan y que en el río nadie encuentra a nadie y anteayer al [[PERSON|wilmer]] que es de mi grupo lo patearon por quejarse
O: usted quiere salir de ahí
C: sí señorita queremos irnos todos pero no sabemos cómo sin plata sin documentos y la carretera está lejísimos
O: le explico usted no le debe nada a nadie esa deuda no es legal y quedarse con su dni es un delito
C: ya pero qué hago entonces
O: vamos a pasar su caso ahora mismo a la fiscalía especializada en trata de [[LOCATION|trujillo]] para que ellos coordinen la intervención y cuando salgan les vamos a tener un albergue donde quedarse me puede dar un número
C: este número es de un compañero lo prendo solo en la tarde [[PHONE_NUMBER|nueve siete tres cero dos ocho cuatro uno cinco]]
O: cómo se llama usted si quiere decirme
C: [[PERSON|rolando]] nomás señorita [[PERSON|rolando]]
O: ya [[PERSON|rolando]] mañana a esta misma hora le devolvemos la llamada no le cuente a nadie que llamó
C: ya gracias ya me voy bajando
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        6,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Un trabajador llama desde una zona minera donde él y otros cinco hombres de su pueblo, entre ellos un "
        "adolescente, trabajan en socavón sin pago por una deuda impuesta, con sus documentos retenidos y bajo "
        "vigilancia de hombres armados. Se deriva el caso a la fiscalía especializada para una intervención y se "
        "ofrece un albergue al salir, con seguimiento.",
    ),
)

call(
    "h35-asr-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita disculpe no sé si aquí es pero necesito ayuda por mi hija
O: claro señora cuénteme
C: mi hija tiene [[AGE|quince años]] vivimos en [[LOCATION|amarilis]] acá en [[LOCATION|huánuco]] y ayer le revisé el celular porque la veía rara y encontré unos mensajes de un hombre
O: qué decían esos mensajes
C: este la conoció en un juego en línea y le hizo creer que era un chico de su edad y después le pidió fotos y ahora la hace hacer videollamadas sin ropa y él les cobra a otros hombres para que miren
O: sabe desde cuándo está pasando esto
C: desde hace como dos meses eh dos meses y medio y si ella no quiere le dice que va a mandar las fotos a todo el colegio y a su papá
O: tiene el nombre o la cuenta de esa persona
C: en el juego se llama [[OTHER_ID|darkwolf noventa y nueve]] y le escribe de un número [[PHONE_NUMBER|más cincuenta y uno nueve cinco dos uno cuatro siete ocho cero tres]]
O: él le ha pedido verse en persona o le ha ofrecido algún viaje
C: no eso no todavía no solamente por el celular ella nunca lo ha visto en persona gracias a dios
O: cómo está su hija ahora
C: está mal no quiere ir al colegio llora todo el día no come dice que es su culpa
O: señora su hija no tiene ninguna culpa ella es la víctima le pido que no borre nada ni bloquee todavía al hombre guarde capturas de los mensajes y del usuario porque son pruebas
C: ya ya no he borrado nada
O: vamos a derivar el caso a la fiscalía y a la división de delitos de alta tecnología de la policía y también la vamos a poner en contacto con una psicóloga del centro de emergencia mujer para su hija
C: ay gracias señorita porque no sabía a quién decirle
O: me puede dar un número donde la llamemos
C: sí es [[PHONE_NUMBER|nueve seis dos cero cinco cinco tres uno ocho]] me llamo [[PERSON|hermelinda]]
O: gracias señora [[PERSON|hermelinda]] pasado mañana la llamamos para ver cómo sigue y si el hombre vuelve a escribir o amenaza anote todo
C: ya señorita muchas gracias
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Huánuco",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "referral_health", "follow_up_call"],
        "Una madre reporta que un hombre contactó a su hija adolescente por un juego en línea y desde hace meses "
        "la obliga, bajo amenaza de difundir sus fotos, a hacer videollamadas sin ropa por las que cobra a otros "
        "hombres. Se le indicó conservar las pruebas, se deriva a fiscalía y a la policía especializada en "
        "delitos informáticos y a apoyo psicológico, con seguimiento.",
    ),
)

call(
    "h35-asr-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata de personas buenas noches
C: aló sí buenas noches este quería hacer una denuncia
O: sí dígame de qué se trata
C: es que mis vecinos de arriba eh hacen fiesta todos los fines de semana hasta las cuatro cinco de la mañana y no se puede dormir señorita tengo a mi mamá enferma
O: entiendo señor le pregunto en esas fiestas ha visto algo que le preocupe por ejemplo menores de edad tomando o personas que parezcan obligadas a estar ahí
C: no no nada de eso son los mismos vecinos con sus amigos todos adultos que es cumpleaños que es bautizo cualquier cosa pura música y trago nomás
O: alguien vive o trabaja en esa casa contra su voluntad alguien que no pueda salir
C: no qué va son una familia normal el señor trabaja en una ferretería el problema es el ruido nomás
O: cobran entrada a la gente o funciona como bar o discoteca
C: tampoco es su casa nomás son fiestas de ellos
O: bien señor le explico esta línea atiende casos de trata de personas y explotación lo que usted me cuenta es un problema de ruido entre vecinos y no es algo que podamos atender aquí
C: ah ya yo pensé que era para cualquier denuncia este número lo escuché en la radio
O: no señor es solo para trata pero si algún día ve algo de ese tipo puede llamar gratis a cualquier hora
C: ya disculpe entonces señorita
O: no se preocupe que tenga buena noche
C: igualmente gracias
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "Un vecino llama para quejarse de fiestas ruidosas en la casa de arriba, sin ningún indicio de trata ni de "
        "explotación. Se le explicó el propósito de la línea.",
    ),
)

call(
    "h35-asr-05",
    "es",
    "lowercase_asr",
    """
O: aló buenas tardes le llamo de la línea contra la trata hablo con la señora [[PERSON|yolanda]]
C: sí ella habla quién es
O: señora [[PERSON|yolanda]] usted nos llamó hace dos semanas por su esposo que estaba embarcado le llamamos para hacer el seguimiento cómo está la situación
C: ay señorita qué bueno que llama mi esposo ya regresó llegó [[DATE_TIME|el jueves]]
O: qué bueno dónde está él ahora
C: está aquí en la casa en [[LOCATION|paita]] con nosotros está flaquito pero está bien gracias a dios
O: qué le contó de lo que pasó en la embarcación
C: que estuvieron casi cuatro meses en altamar en la lancha [[ORGANIZATION|virgen de las mercedes tres]] que el patrón no los dejaba bajar cuando llegaban a descargar porque decía que se iban a escapar y que trabajaban veinte horas sin descanso
O: les pagaron lo que les habían prometido
C: no nada le dijeron que la pesca salió mala y que encima debían el adelanto y la comida ni un sol le dieron
O: él estaba solo o había otros en la misma situación
C: eran tres él y dos muchachos de [[LOCATION|sechura]] los demás de la tripulación eran familia del patrón cuando la lancha llegó al muelle los tres se bajaron corriendo en la madrugada
O: alguno de ellos es menor de edad
C: no no todos son mayores mi esposo tiene [[AGE|cuarenta y dos]] y los chicos tendrán [[AGE|veinticinco]] o [[AGE|treinta]]
O: le quitaron algún documento o lo amenazaron
C: la libreta de embarque se la quedó el patrón y le dijo que si lo denunciaba no iba a trabajar más en ningún barco del puerto
O: y ahora reciben alguna amenaza o se sienten en peligro
C: no ahorita no nadie ha venido a la casa solo que él tiene cólera quiere denunciar para que le paguen y le devuelvan su libreta
O: muy bien lo que le pasó a su esposo puede ser trabajo forzoso vamos a derivar el caso a la fiscalía y a la defensa pública para que un abogado gratuito los oriente a él y a los otros dos muchachos
C: ya señorita y él a dónde tiene que ir
O: el abogado lo va a llamar a este mismo número y yo la vuelvo a llamar la próxima semana para ver si ya lo contactaron
C: ya ya señorita muchas gracias
O: gracias a usted señora cuídense
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        3,
        False,
        ["male"],
        "Piura",
        "past",
        "medium",
        ["referral_legal", "follow_up_call"],
        "En una llamada de seguimiento hecha por la línea, una esposa cuenta que su marido y otros dos hombres "
        "escaparon de una embarcación pesquera donde pasaron meses trabajando jornadas extenuantes sin pago, sin "
        "poder bajar a tierra y con su documento de embarque retenido. Ya están en casa y sin amenazas; se deriva "
        "el caso a la fiscalía y a la defensa pública, con un nuevo seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h35-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Le habla el doctor [[PERSON|Efraín Gamboa]], soy médico del hospital regional de [[LOCATION|Huamanga]]. Le llamo para reportar el caso de una paciente menor de edad.
O: Gracias, doctor. Cuénteme, por favor.
C: Ayer ingresó una niña de [[AGE|13 años]] con desnutrición y moretones en los brazos. La trajo un hombre de unos [[AGE|38]] diciendo que era su esposa. Ella es de una comunidad de [[LOCATION|Vilcashuamán]].
O: ¿Qué le contó ella?
C: Con la psicóloga, en quechua, contó que hace un año su papá la entregó a ese señor a cambio de dos vacas y algo de dinero, que desde entonces vive con él como su mujer y que le pega si no le obedece. No ha vuelto al colegio.
O: ¿Ella quiere volver con su familia?
C: No. Dice que su papá la volvería a entregar, le tiene miedo a los dos. La mamá falleció hace años.
O: ¿Dónde está el hombre ahora?
C: Se fue anoche diciendo que vuelve a recogerla cuando le den el alta. Dejó este número: [[PHONE_NUMBER|966 301 742]]. Dijo llamarse [[PERSON|Cirilo Huamaní]].
O: ¿Cuándo calculan darle el alta?
C: En dos o tres días. Nosotros no queremos entregársela, por eso llamo.
O: Hizo muy bien, doctor. Esto es la unión forzada de una niña y es un delito; no deben entregarla a ese hombre. Hoy mismo comunicamos el caso a la fiscalía de familia y a la unidad de protección especial para que dicten una medida de protección, y coordinaremos un albergue para cuando salga del hospital.
C: Perfecto. ¿Necesitan algo de nosotros?
O: El informe médico y el de la psicóloga le servirán a la fiscalía. ¿Me deja un número para contactarlo?
C: Sí, mi celular es [[PHONE_NUMBER|955 218 460]].
O: Gracias, doctor [[PERSON|Gamboa]]. Mañana lo llamo para confirmarle el albergue y lo que disponga la fiscalía. Si el hombre vuelve antes, llame a la policía y a nosotros.
C: Así lo haremos. Muchas gracias.
""",
    note(
        "professional",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Ayacucho",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Un médico reporta que atiende a una niña con desnutrición y golpes, entregada por su padre a un hombre "
        "adulto a cambio de animales y dinero, con quien convive como su esposa desde hace un año. El hombre "
        "piensa recogerla al alta; se comunica el caso a la fiscalía de familia y a protección especial para una "
        "medida de protección y se coordina un albergue, con seguimiento.",
    ),
)

call(
    "h35-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Mi nombre es [[PERSON|Renzo Alvarado Pisfil]], soy abogado en [[LOCATION|Chiclayo]]. Quisiera hacerles una consulta sobre un caso que estoy llevando.
O: Claro, doctor, dígame.
C: Defiendo a una joven de [[AGE|19 años]] que fue detenida el mes pasado en [[LOCATION|José Leonardo Ortiz]] vendiendo droga en pequeñas cantidades. Ella sostiene que no lo hacía por voluntad propia.
O: ¿Qué le ha contado ella?
C: Que su expareja y la familia de él la obligaban desde hacía un año. Le quitaron el DNI, no la dejaban tener celular, le pegaban si no entregaba la plata de cada día y la amenazaban con quitarle a su bebé. Decían que a una mujer con bebé la policía no la revisa.
O: ¿Ella sigue en contacto con esas personas?
C: No, desde la detención ya no. Está con prisión preventiva en el penal y el bebé está con su abuela materna.
O: Entiendo. ¿Cuál es su consulta concreta?
C: Quiero saber si es posible que la consideren víctima de trata y no autora del delito, y qué tengo que hacer para eso.
O: Sí es posible. La ley reconoce la trata con fines de obligar a una persona a cometer delitos, y existe el principio de no punibilidad: una víctima no debe ser sancionada por los delitos que fue obligada a cometer. Usted puede pedir que se evalúe como trata y presentar los indicios: la retención del documento, la violencia, las amenazas y el control del dinero.
C: ¿Y ante quién lo presento?
O: Ante la fiscalía que lleva el caso, pidiendo que remita copias a la fiscalía especializada en trata de personas. Si usted lo autoriza, nosotros también derivamos el caso a esa fiscalía, y ella podría recibir apoyo de la unidad de asistencia a víctimas.
C: Sí, por favor, lo autorizo. Mi clienta está de acuerdo.
O: Perfecto. Le envío por correo la normativa y una guía sobre el principio de no punibilidad. ¿Me da su correo?
C: Es [[EMAIL_ADDRESS|ralvarado.abogado@gmail.com]].
O: Gracias, doctor [[PERSON|Alvarado]]. Le llegará hoy mismo.
C: Muy amable, gracias.
""",
    note(
        "professional",
        "information_request",
        ["forced_criminality"],
        1,
        False,
        ["female"],
        "Lambayeque",
        "past",
        "medium",
        ["information_given", "referral_legal"],
        "Un abogado consulta por su defendida, una joven detenida por vender droga, que afirma haber sido obligada "
        "durante un año por su expareja y la familia de él mediante golpes, amenazas y la retención de su "
        "documento. Se le explicó el principio de no punibilidad y cómo pedir que se evalúe como trata, y se "
        "deriva el caso a la fiscalía especializada.",
    ),
)

call(
    "h35-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla la hermana [[PERSON|Teresa Ancajima]], trabajo en la pastoral social de la parroquia de [[LOCATION|Contamana]].
O: Buenas tardes, hermana. ¿En qué la podemos ayudar?
C: Quiero reportar lo que está pasando con muchachos de una comunidad shipiba del río [[LOCATION|Pisqui]]. Hace dos meses un habilitador se llevó a unos siete jóvenes a sacar madera al monte. Anteayer uno de ellos volvió solo, enfermo de malaria, y lo tenemos aquí en la parroquia.
O: ¿Qué le contó el muchacho?
C: Que les adelantaron arroz, fariña y un motor para la familia, y ahora les dicen que deben más de lo que sacan. Tumban árboles de sol a sol en un campamento a cuatro días de bote. El que manda no los deja regresar hasta que terminen de pagar, y los que se enferman no tienen medicinas.
O: ¿Hay menores de edad entre ellos?
C: Sí. Hay uno de [[AGE|15]] y otro de [[AGE|16]]. El que regresó, [[PERSON|Jhonny]], tiene [[AGE|17 años]].
O: ¿Sabe quién es el habilitador o a quién le vende la madera?
C: Le dicen [[PERSON|Machito]]. La madera la baja en balsa y se la vende a un aserradero de [[LOCATION|Pucallpa]], el [[ORGANIZATION|Aserradero Los Cedros del Oriente]].
O: ¿Cómo está de salud [[PERSON|Jhonny]]?
C: Sigue con fiebre alta. Lo llevamos a la posta, pero solo le dieron paracetamol; necesita que lo vean bien en el hospital.
O: Vamos a coordinar con la red de salud para que lo atiendan en el hospital, y derivaremos el caso a la fiscalía especializada en trata para que se organice el rescate de los demás.
C: Gracias. Las familias tienen miedo de denunciar, porque el habilitador les da fiado todo el año.
O: Lo entiendo. La identidad de las familias y la suya quedan reservadas. ¿Podría [[PERSON|Jhonny]] dar su testimonio cuando esté mejor?
C: Sí, él quiere que saquen a su hermano, que sigue allá.
O: ¿Me deja un número donde ubicarla, hermana?
C: El de la parroquia: [[PHONE_NUMBER|065 812 437]].
O: Gracias, hermana [[PERSON|Teresa]]. La llamo [[DATE_TIME|el viernes]] para saber cómo sigue [[PERSON|Jhonny]] y contarle cómo avanza el caso.
C: Dios se lo pague.
""",
    note(
        "professional",
        "report",
        ["labour"],
        7,
        True,
        ["male"],
        "Loreto",
        "ongoing",
        "high",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Una religiosa de la pastoral social reporta que un habilitador llevó a unos siete jóvenes indígenas, "
        "varios de ellos menores, a un campamento de extracción de madera donde trabajan sin pago por una deuda "
        "impuesta y no los dejan regresar. Uno volvió enfermo de malaria; se coordina su atención hospitalaria y se "
        "deriva el caso a la fiscalía especializada, con seguimiento.",
    ),
)

call(
    "h35-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Le llamo desde [[LOCATION|Buenos Aires]], en [[LOCATION|Argentina]]. Soy peruana, de [[LOCATION|Trujillo]]. Una amiga me pasó este número por WhatsApp. ¿Me pueden ayudar aunque esté afuera?
O: Sí, la escuchamos. ¿Está en un lugar seguro para hablar?
C: Sí, es mi hora de descanso, estoy en la plaza de al frente. Tengo media hora nomás.
O: Cuénteme qué le pasa.
C: Vine hace seis meses a trabajar en la cocina de un restaurante de comida peruana, el [[ORGANIZATION|Caballito de Totora]]. El dueño es peruano también; él me contactó en [[LOCATION|Trujillo]], me pagó el pasaje y me dijo que iba a ganar 600 dólares al mes.
O: ¿Y qué pasó al llegar?
C: Me dijo que primero tenía que devolverle el pasaje, el cuarto y la comida. Trabajo de ocho de la mañana a doce de la noche, todos los días, y en cuatro meses no he visto un peso. Dormimos en un cuartito encima de la cocina con otra chica peruana, [[PERSON|Maribel]], que está igual que yo.
O: ¿Tienen sus pasaportes?
C: No. El señor [[PERSON|Cárdenas]] los tiene guardados "para que no se pierdan", dice. Y cuando le pedí el mío me dijo que si me voy sin pagar me denuncia a migraciones y me meten presa.
O: ¿Les ha pegado o las encierra?
C: No, pegarnos no, y encerradas tampoco. Podemos salir un rato en el descanso, como ahora, pero sin plata y sin pasaporte, ¿a dónde vamos a ir?
O: ¿Qué edad tienen usted y su compañera?
C: Yo tengo [[AGE|27]] y [[PERSON|Maribel]], [[AGE|24]].
O: ¿Qué es lo que usted quisiera hacer?
C: Yo quiero regresar a mi casa, señorita, con mis hijos. [[PERSON|Maribel]] también quiere volver.
O: Le explico: quedarse con su pasaporte y no pagarle es ilegal también allá, y esa deuda no la obliga a nada. Puede acercarse al consulado del Perú, que puede darle un documento de viaje y apoyarla con el retorno, y allá existe la línea 145, gratuita, para denunciar la trata.
C: Ya. ¿Y ustedes qué pueden hacer desde acá?
O: Vamos a registrar su caso, derivarlo a la fiscalía especializada y comunicarnos con el consulado para que la contacten. ¿Tiene un número seguro?
C: Mi WhatsApp es [[PHONE_NUMBER|+54 9 11 5823 4417]]. Escríbanme antes de llamar, porque en la cocina no puedo contestar.
O: Muy bien. Mañana le escribimos para contarle qué dijo el consulado. Si la amenazan o la encierran, llame al 145 de inmediato.
C: Gracias, señorita. Ya me tengo que volver.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        2,
        False,
        ["female"],
        "Argentina",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una mujer peruana que trabaja en la cocina de un restaurante en el extranjero cuenta que ella y otra "
        "compatriota trabajan jornadas de dieciséis horas sin pago por una supuesta deuda, con los pasaportes "
        "retenidos y amenazas de denuncia a migraciones. Se le informó sobre el consulado y la línea de denuncia "
        "local, y se deriva el caso a la fiscalía y al consulado, con seguimiento.",
    ),
)

call(
    "h35-es-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señor. Le hablo del terminal terrestre de [[LOCATION|Juliaca]], trabajo en la boletería de una empresa de buses. Hay tres chicas aquí que me parece que son menores y no sé qué hacer.
O: Hizo bien en llamar. ¿Qué es lo que le llamó la atención?
C: Un señor compró cuatro pasajes para [[LOCATION|Puerto Maldonado]] en el bus de [[DATE_TIME|las cinco y media]]. Para las chicas me dio DNI de mayores de edad, pero las fotos no se parecen, y ellas se ven de [[AGE|14]], [[AGE|15 años]] como mucho.
O: ¿Las chicas le dijeron algo?
C: Una se acercó cuando iba al baño y me dijo bajito que son de [[LOCATION|Azángaro]], que el señor les ofreció trabajo allá, pero que no saben bien en qué, y que él les dijo que no hablen con nadie. La vi muy nerviosa.
O: ¿Cuánto falta para que salga el bus?
C: Unos quince minutos. Ya están por embarcar.
O: ¿Puede describirme al señor?
C: Es un hombre de unos [[AGE|40 años]], grueso, con casaca negra y gorra roja. En la lista de pasajeros puso el nombre [[PERSON|Hilario Condori]] y el número [[PHONE_NUMBER|951 604 883]].
O: Voy a llamar ahora mismo a la policía para que vayan a la plataforma antes de que salga el bus. ¿Puede pedir que el bus no parta hasta que llegue la policía?
C: Sí, hablo con mi supervisor para que retrase la salida. ¿No me voy a meter en problemas?
O: No, usted está haciendo lo correcto. No confronte al señor, solo demoren el embarque. ¿Cuál es su empresa y la placa del bus?
C: [[ORGANIZATION|Transportes Sol del Altiplano]], la placa es [[OTHER_ID|V3K-951]].
O: Gracias. La policía ya está avisada y va en camino. ¿A qué número le devuelvo la llamada?
C: A este mismo, es el de la boletería. Me llamo [[PERSON|Nilda]].
O: Gracias, [[PERSON|Nilda]]. En un rato la llamo para confirmar que llegaron.
C: Ya, señor. Voy corriendo a hablar con mi supervisor.
""",
    note(
        "witness",
        "report",
        ["unknown"],
        3,
        True,
        ["female"],
        "Madre de Dios",
        "at_risk",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una trabajadora de boletería de un terminal reporta que un hombre está por llevar en bus a otra región a "
        "tres adolescentes con documentos que no parecen suyos, con una vaga oferta de trabajo y la orden de no "
        "hablar con nadie. Se alertó a la policía para intervenir antes de la salida y se pidió demorar el "
        "embarque, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h35-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor, ayúdeme por favor, es urgente. Una pana mía me acaba de mandar un audio llorando, la tienen encerrada y le están pegando.
O: Tranquila, estoy aquí con usted. ¿Dónde está su amiga?
C: En [[LOCATION|Chimbote]], en un night que se llama [[ORGANIZATION|Tentaciones VIP]], en la [[ADDRESS|avenida Pardo, al lado de una llantería]]. Me mandó la ubicación hace como diez minutos.
O: ¿Usted también está en [[LOCATION|Chimbote]]?
C: No, vale, yo estoy en [[LOCATION|San Martín de Porres]]. Ella se fue para allá hace un mes porque le dijeron que era para atender en una barra, de mesonera, y resulta que la obligan a estar con los clientes.
O: ¿Qué le dijo exactamente en el audio?
C: Que esta noche se negó a irse con un cliente y el dueño, un tal [[PERSON|Rómulo]], la metió en un cuarto del fondo, le dio correazos y le cerró con llave. Que tiene miedo de que la maten, chama. Y que con ella está una chamita de [[AGE|dieciséis]], peruana, que también está encerrada ahí.
O: ¿Cómo se llama su amiga y qué edad tiene?
C: [[PERSON|Yusmary Colmenares]], tiene [[AGE|20 años]]. Su número es [[PHONE_NUMBER|+51 927 416 058]], pero ya no me contesta.
O: ¿Sabe si hay armas en el local?
C: Una vez me contó que el de la puerta anda con pistola. Más no sé, vale.
O: Voy a comunicar esto ahora mismo a la policía para que vayan al local. No la llame, puede ponerla en más peligro; si le vuelve a escribir, dígale que se quede callada y espere.
C: Listo, listo. ¿Y después qué va a pasar con ella?
O: Cuando las rescaten, a ella y a la menor las vamos a llevar a un albergue. ¿Me deja su número para avisarle?
C: [[PHONE_NUMBER|+51 914 287 630]]. Yo soy [[PERSON|Génesis]].
O: Gracias, [[PERSON|Génesis]]. La policía ya va en camino. La llamo apenas tenga noticias.
C: Gracias, de verdad. Qué vaina tan fea. Dios las proteja.
""",
    note(
        "acquaintance",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una amiga reporta que una joven migrante, engañada con un trabajo de mesera y obligada a prostituirse en "
        "un local nocturno, acaba de ser golpeada y encerrada por negarse a irse con un cliente, junto con una "
        "adolescente. Se alertó de inmediato a la policía para el rescate y se coordinará un albergue para ambas.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h35-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde! Desculpa, eu não falo bem espanhol. Posso falar em português?
O: Sí, puede hablar en portugués, le entiendo. ¿Qué pasó?
C: Eu sou turista brasileira, estou em [[LOCATION|Cusco]], na [[ADDRESS|rua de trás da Plaza San Francisco, perto da escadaria]]. Tem três crianças aqui vestidas com roupa típica, com um filhote de lhama, pedindo dinheiro aos turistas para tirar foto.
O: ¿Qué es lo que le preocupa?
C: Uma mulher fica sentada ali perto e toda vez que alguém dá dinheiro as crianças correm e entregam tudo pra ela. Agora mesmo a menina menor sentou no chão chorando, dizendo que estava cansada, e a mulher puxou ela pelo braço e gritou com ela. Ontem eu vi a mesma mulher bater no menino com uma vara.
O: ¿Qué edad cree que tienen los niños?
C: A menina tem uns [[AGE|cinco]], [[AGE|seis anos]], e os dois meninos talvez [[AGE|oito]] e [[AGE|nove]]. Estão descalços, com muito frio, e já está escurecendo.
O: ¿Sabe si la mujer es la mamá de ellos?
C: Não sei. Perguntei para o menino maior e ele disse que não, que é a "tia", que vieram de [[LOCATION|Paruro]] e que não vão à escola porque têm que trabalhar aqui todo dia.
O: ¿Usted está en un lugar seguro? Por favor, no se acerque a la mujer.
C: Sim, estou num café em frente, olhando pela janela. Ela não me viu.
O: Voy a avisar ahora mismo a la policía de turismo para que vayan a ese lugar. ¿Podría describir a la mujer?
C: Ela usa saia vermelha, chapéu branco e uma manta azul nas costas. Tem um celular rosa.
O: Gracias. La policía ya va en camino. ¿Me puede dejar un número por si necesitan ubicarla?
C: Claro, meu WhatsApp é [[PHONE_NUMBER|+55 21 98734 5106]]. Mas eu vou embora de [[LOCATION|Cusco]] amanhã cedo.
O: No hay problema. Gracias por llamar, hizo lo correcto.
C: Obrigada a você. Espero que ajudem essas crianças.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        3,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["police_dispatch"],
        "Una turista extranjera reporta que tres niños pequeños vestidos con ropa típica piden dinero a los turistas "
        "para fotos y entregan todo a una mujer que los maltrata; no van a la escuela y siguen descalzos al "
        "anochecer. Se avisó a la policía de turismo para que intervenga en el lugar.",
    ),
)

# ------------------------------------------------ Spanish/English code-switching ----
call(
    "h35-cs-01",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Hi, buenos días. Sorry, a veces mezclo inglés y español, I grew up in the States. Soy auditora de compliance social para una cadena de supermercados de [[LOCATION|Estados Unidos]], y ayer hice una auditoría en un fundo de uva en [[LOCATION|Chincha]].
O: No hay problema, la entiendo perfectamente. ¿Qué encontró?
C: Okay, so, la planilla estaba perfect on paper, todo en orden. Pero cuando entrevisté a los workers a solas, un grupo me contó que no los contrata el fundo sino un contratista, un service, que los trajo de [[LOCATION|Cajamarca]] y [[LOCATION|Piura]].
O: ¿Qué le contaron de sus condiciones?
C: El contratista les retiene el DNI "para el control", les descuenta el transporte, el cuarto, even the tools, y al final de la semana les queda casi nada. They live in a galpón al lado del fundo, y me dijeron que en la noche cierran el portón con candado y no pueden salir hasta las cinco de la mañana.
O: ¿Cuántas personas son, más o menos?
C: Como quince, maybe more, hombres y mujeres. And here's the thing: dos de los chicos me dijeron que tienen [[AGE|16]], pero en la planilla aparecen con [[AGE|18 años]].
O: ¿Sabe el nombre del contratista o de la empresa?
C: El fundo es de [[ORGANIZATION|Agrícola Valle Sol del Sur]], and the contractor is [[ORGANIZATION|Servicios Generales Kuntur Wasi]]. The guy in charge se llama [[PERSON|Jair]].
O: ¿Alguien le mencionó violencia o amenazas?
C: No violence that they told me, golpes no. But they're scared. [[PERSON|Jair]] les dice que si hablan con los auditores los regresan a su tierra sin pagarles lo que "ahorraron". Honestly, I think they took a big risk talking to me.
O: Entiendo. Lo que describe tiene indicios de trabajo forzoso, y con menores de edad. Vamos a derivar el caso a la fiscalía especializada y a la inspección de trabajo para que intervengan, sin mencionar su auditoría como fuente si usted lo prefiere.
C: Yes, please, keep it confidential. Mi reporte formal sale la próxima semana, but I didn't want to wait.
O: Hizo bien. ¿Me deja un contacto?
C: Sure. Mi correo es [[EMAIL_ADDRESS|k.mendoza@ethicaudit-group.com]] y mi celular peruano es [[PHONE_NUMBER|987 115 302]]. I'm [[PERSON|Karina Mendoza]].
O: Gracias, [[PERSON|Karina]]. La llamaremos en unos días para contarle cómo avanza y si la fiscalía necesita su testimonio.
C: Perfect, thank you so much.
""",
    note(
        "professional",
        "report",
        ["labour"],
        15,
        True,
        ["female", "male"],
        "Ica",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una auditora social reporta que en un fundo agrícola unas quince personas traídas de otras regiones por un "
        "contratista, entre ellas dos adolescentes registrados como adultos, trabajan con sus documentos retenidos, "
        "con descuentos que las dejan casi sin pago y encerradas de noche en un galpón. Se deriva el caso a la "
        "fiscalía especializada y a la inspección de trabajo, con seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h35-qu-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, señorita. Disculpe, mamita, yo hablo poquito castellano. Llamo de [[LOCATION|Santo Tomás]], de [[LOCATION|Chumbivilcas]]. Es por mi nietita.
O: Allillanmi, mamá. Tranquila, hable despacito, la escucho. ¿Qué le pasa a su nieta?
C: Mi nietita [[PERSON|Yeni]], de [[AGE|doce añitos]], se la ha llevado una señora, su madrina pues, para la ciudad. Dijo "yo le voy a poner al colegio, va a estudiar, va a ser profesional". Ya un año está allá.
O: ¿A qué lugar se la llevaron?
C: A [[LOCATION|Cayma]], dice, allá vive la señora. Lejos es, señorita, en carro todo un día.
O: ¿Y qué sabe de cómo está ella?
C: Ayer nomás me ha llamado, waqaspa, llorando. Dice que no va al colegio, nada. De madrugada se levanta, cocina, lava ropa de toda la familia, limpia, cuida la wawa de la señora. Y si algo no hace bien, la señora le pega con correa. Ni platita le da, ni a nosotros nos manda nada.
O: ¿Ella duerme en esa casa?
C: Sí, en la cocina, en el suelo con su frazadita nomás. Me dice "hatun mamay, recógeme", pero nosotros no tenemos plata para el pasaje, y la señora no le deja salir sola. Achachaw, mi wawita.
O: ¿Sabe cómo se llama la señora o dónde queda la casa?
C: Se llama [[PERSON|Maruja Ttito]], su esposo tiene una ferretería por ahí. Dirección no sé, señorita. Pero el número de la señora tengo, mi hijo lo ha apuntado: [[PHONE_NUMBER|958 337 129]].
O: ¿Y desde qué número la llamó su nieta?
C: Del celular de una vecina de allá, dice. Este número: [[PHONE_NUMBER|974 602 815]].
O: Mamá, lo que le pasa a su nieta es explotación y está prohibido: una niña tiene que estudiar, no trabajar así. Hoy mismo vamos a pasar el caso a la fiscalía de familia y a la unidad de protección especial de allá para que la ubiquen y la protejan.
C: Sí, señorita, por favor. ¿La van a traer?
O: Primero la van a proteger, y luego van a ver con ustedes si puede volver con la familia. ¿A qué número la llamamos a usted?
C: A este mismo, es de mi hijo [[PERSON|Fortunato]]. Yo me llamo [[PERSON|Justina Huillca]].
O: Gracias, mamá [[PERSON|Justina]]. En unos días la llamamos a usted o a su hijo para contarle.
C: Sulpayki, señorita, sulpayki. Diosllay pagarasunki.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una abuela reporta que su nieta, una niña, fue llevada por su madrina a otra ciudad con la promesa de "
        "estudiar y desde hace un año trabaja sin pago en tareas domésticas, sin ir al colegio, durmiendo en la "
        "cocina y recibiendo golpes. Se deriva el caso a la fiscalía de familia y a la unidad de protección "
        "especial, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h35-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, good evening.
C: Hi, hello, is this the police? Somebody at the bus station gave me this number.
O: This is the anti-trafficking hotline. I can speak English with you. What happened?
C: Oh. Okay. Well, I booked an apartment online in [[LOCATION|Miraflores]], paid a deposit of 300 dollars by bank transfer, and when I got there the address doesn't exist. The guy blocked me on WhatsApp.
O: I'm sorry to hear that. Let me ask a few questions to understand. Is anyone forcing you to do anything, or holding your documents?
C: No, no, nothing like that. I have my passport, I'm at a hostel now, I'm totally fine. I'm just out the money.
O: Did the person offer you a job, or ask you to travel somewhere or meet anyone?
C: No, it was just a listing for a flat. He only wanted the money.
O: Are you travelling with anyone who might be in danger?
C: No, I'm travelling alone. It's just a scam, I guess.
O: Then I'm sorry, this line deals only with human trafficking and exploitation, so we can't handle a rental fraud here.
C: Ah, got it, my bad. The hostel staff said they'd go with me tomorrow to report it anyway.
O: That sounds good. And if you ever see something related to trafficking, you can call us free, any time.
C: Thanks, I appreciate it. Have a good night.
O: You too, take care.
""",
    note(
        "general_public",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["none"],
        "A tourist calls about a fake apartment rental for which a deposit was paid; there are no signs of "
        "trafficking or exploitation and the caller is safe. The purpose of the line was explained.",
    ),
)

call(
    "h35-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning. How can I help you?
C: Good morning. I'm not sure this is the right place, but I have a question about something that happened with my son.
O: Of course, go ahead.
C: He's [[AGE|sixteen]] and he plays football, quite well actually. A couple of weeks ago a man messaged him on Instagram saying he was a scout for European clubs. The account is [[OTHER_ID|@pro.talent.scouting.eu]].
O: What did the man offer him?
C: A trial with a professional academy overseas, all arranged. But first he wanted 1,500 dollars for "registration and the visa", and he said my son should travel with him and two other boys, that the parents didn't need to come because the academy takes care of everything, including keeping their passports safe.
O: Has your son paid anything or sent any documents?
C: No, nothing. He sent a couple of videos of himself playing, that's all. When he told me about it I said absolutely not, and he blocked the account himself. He's not going anywhere.
O: Good. Has the man contacted him again, or threatened him?
C: No, not since he was blocked. That's why I'm calling: not because I'm worried right now, but because I keep thinking about the other boys. Should I report it somewhere?
O: You're right to ask. Fees upfront, travelling without the parents and someone else keeping the passports are common warning signs of fake scouting used to recruit teenagers for trafficking. Real academies don't charge for trials, and they deal with the family and the club directly.
C: That's what I thought. So what should I do with the messages?
O: Keep screenshots of the profile and the messages. You can report the account to the police cybercrime unit, and it would help to share these warning signs with his coach and the other parents.
C: Great, I'll do that. Thank you, that's really helpful.
O: You're welcome. If he gets any other offer like this, you can call us free, any time, to check it.
C: Will do. Thanks again.
""",
    note(
        "family_member",
        "information_request",
        ["unknown"],
        1,
        True,
        ["male"],
        None,
        "at_risk",
        "low",
        ["information_given"],
        "A mother asks about a supposed football scout who contacted her teenage son online, asking for an upfront "
        "fee and for the boy to travel abroad without his parents while the recruiter kept the passports. The son "
        "refused and blocked the account; warning signs of fake scouting were explained, along with how to keep "
        "evidence and report it.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
