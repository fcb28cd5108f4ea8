# ruff: noqa: E501, RUF100
"""Generate heldout34.jsonl: 16 fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the drafter's code, rules,
tests or results. The only files read were ../../shared/eval/LABELS.md (fields,
allowed values, PII types), ../../shared/eval/make_dev.py (annotation conventions
and example calls/notes) and make_heldout.py (the builder: call(), note(), build()).
Markup as in make_dev.py: [[TYPE|surface]] marks PII; "O: "/"C: " mark the speaker.
All people, phone numbers, IDs, handles, plates, addresses and businesses are
invented; towns, districts, provinces, regions and countries are real.

Mix (16 calls):
  * styles: 5 lowercase unpunctuated ASR Spanish (fillers, self-corrections,
    numbers in words), 5 cased Spanish, 2 English, 1 Brazilian Portuguese,
    1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish
    with Quechua words;
  * callers: victims (in Peru, returned from abroad), relatives (in Peru, Brazil,
    the US), a market co-worker, a landlady, an employer, a combi driver,
    a social worker, a nurse, members of the public, and an operator's own
    follow-up call to a father;
  * call types: reports, help requests, a consultation, follow-ups, and two
    calls that are not about trafficking (a phone scam, domestic violence);
  * exploitation: sexual (incl. online/webcam and sextortion), labour (market,
    mining, construction abroad, coffee harvest), domestic servitude, forced
    begging of an adult with a disability, forced criminality (theft ring,
    coca maceration pits), forced marriage (other), and a case not yet clear;
  * places: department named, or only a town/district/province to infer from,
    caller and victim in different regions, a case abroad, calls with no place;
  * situations ongoing / past / at_risk; urgencies immediate / high / medium / low.

Run: cd /work/private_h34/notes && python3 make_heldout34.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout34.jsonl")


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h34-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: aló buenas tardes señorita eh este llamo por un chiquito que trabaja conmigo en el mercado
O: claro dígame en qué mercado trabaja usted
C: en el mercado mayorista aquí en [[LOCATION|arequipa]] en [[LOCATION|cerro colorado]] yo soy estibador o sea cargador cargo los costales de papa y de cebolla para los puestos
O: y el niño cuántos años tiene
C: tiene [[AGE|doce]] no perdón [[AGE|trece años]] trece ya cumplió el mes pasado me dijo
O: sabe cómo se llama y de dónde es
C: se llama [[PERSON|yoni]] es de [[LOCATION|ilave]] por [[LOCATION|puno]] lo trajo la señora [[PERSON|nilda]] que tiene el puesto de verduras dice que es su madrina
O: qué trabajo hace el niño en el mercado
C: carga pues señorita carga costales de cincuenta kilos igualito que nosotros los grandes desde las tres de la mañana y en la tarde le hace lavar la verdura y cuidar el puesto hasta que cierran
O: le pagan algo por ese trabajo
C: nada nada la señora dice que le da su comida y que con eso ya está que todavía le está debiendo el pasaje que le pagó para traerlo
O: va al colegio
C: no no va eh su mamá le dejó venir porque la señora le dijo que acá lo iba a hacer estudiar pero nunca lo ha matriculado
O: y dónde duerme
C: ahí mismo debajo del puesto en unos cartones con una frazada nomás y de noche hace harto frío
O: lo tienen encerrado o puede salir cuando quiere
C: no lo tienen encerrado camina por el mercado sale a la pista pero a dónde va a ir si no conoce a nadie y no tiene plata ni para un pasaje
O: ha visto que le peguen
C: pegarle no no le he visto pegarle pero le grita feo le dice inútil y el otro día lo dejó sin almuerzo porque se le cayó un costal
O: sabe si el niño habla con su familia
C: dice que su mamá no tiene celular que hace como cuatro meses que no habla con ella
O: muchas gracias por llamar lo que me cuenta es explotación laboral de un menor de edad vamos a derivar el caso a la fiscalía de familia de [[LOCATION|arequipa]] para que intervengan y lo protejan y le vamos a volver a llamar para contarle cómo avanza
C: ya señorita pero que no sepa la señora que fui yo porque me pueden botar del mercado
O: su identidad queda reservada me deja un número para llamarle
C: sí anote [[PHONE_NUMBER|nueve cinco ocho tres uno cuatro dos seis siete]]
O: gracias señor lo llamamos en estos días
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        1,
        True,
        ["male"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un cargador de un mercado reporta que un niño traído de otra región por la dueña de un puesto carga "
        "bultos pesados desde la madrugada sin pago, con una supuesta deuda por el pasaje, no va al colegio y "
        "duerme debajo del puesto. Se deriva a la fiscalía de familia, con seguimiento.",
    ),
)

call(
    "h34-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló aló señorita me escucha estoy hablando bajito
O: sí te escucho bien habla tranquila estás en peligro en este momento
C: sí estoy encerrada en un departamento en [[LOCATION|nuevo chimbote]] no puedo salir la puerta tiene llave y él se llevó la llave
O: quién te tiene ahí
C: un chico que se llama [[PERSON|maicol]] me contactó por facebook me dijo que era para ser modelo de fotos de una tienda de ropa y que me pagaba el pasaje
O: y qué pasó cuando llegaste
C: me trajo acá hace tres semanas y ahora me obliga a hacer transmisiones por la computadora con una cámara eh o sea sin ropa para hombres que pagan por internet y a veces trae clientes aquí al departamento
O: estás sola ahí
C: no hay otra chica [[PERSON|kiara]] ella es menor tiene [[AGE|dieciséis]] y yo tengo [[AGE|diecinueve]]
O: desde qué teléfono me estás llamando
C: es un celular viejito que la [[PERSON|kiara]] tenía escondido él nos quitó los nuestros
O: sabes la dirección
C: es en la [[ADDRESS|urbanización las gardenias manzana ce lote nueve]] un edificio de cuatro pisos estamos en el último piso
O: él está ahí ahora
C: no salió hace como una hora dijo que regresa a [[DATE_TIME|las once]] con un cliente
O: te ha hecho daño
C: me ha jalado del pelo y nos amenaza que si nos escapamos sube los videos y se los manda a nuestras familias
O: escúchame voy a avisar ahora mismo a la policía para que vayan a ese departamento a sacarlas y después las vamos a llevar a un albergue donde van a estar seguras puedes quedarte con ese celular
C: sí lo tengo en silencio
O: cuando llegue la policía diles que llamaste a la línea si él regresa antes no le digas nada y vuelve a llamarnos
C: ya señorita gracias apúrense por favor
O: ya están avisados no estás sola
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una joven llama a escondidas desde un departamento donde la mantienen encerrada junto con una "
        "adolescente y las obligan a hacer transmisiones sexuales por internet y a atender clientes, tras "
        "captarla con una falsa oferta de modelaje. Se alertó a la policía para su rescate inmediato y se "
        "coordinará un albergue.",
    ),
)

call(
    "h34-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días hijita eh disculpe es la policía
O: no señora esta es la línea gratuita contra la trata de personas pero cuénteme qué le pasa
C: ay es que me acaban de llamar diciendo que mi hijo está detenido que ha atropellado a una persona y que si no deposito dos mil soles ahorita lo meten preso
O: entiendo señora usted ha podido hablar con su hijo
C: no o sea me pasaron a un muchacho que lloraba y decía mamá mamá pero no sé no se escuchaba bien y el celular de mi hijo no contesta
O: le dijeron a dónde depositar
C: sí a una cuenta del banco a nombre de un tal [[PERSON|rivas]] el número lo tengo apuntado es [[OTHER_ID|cuatro siete cinco dos cero nueve tres uno]]
O: ya depositó algo
C: no todavía no les dije que iba a ir al banco y me están volviendo a llamar a cada rato
O: señora por lo que me cuenta esto parece una estafa telefónica muy común no deposite nada si la vuelven a llamar cuelgue y trate de comunicarse con su hijo por otro lado con su trabajo o con algún familiar
C: y si de verdad está preso
O: si su hijo estuviera detenido la policía no pide depósitos por teléfono puede llamar al uno cero cinco o acercarse a la comisaría para verificar
C: ay espere hijita me está entrando una llamada de mi nuera
O: claro señora conteste nomás yo espero
C: ya hijita mi nuera dice que mi hijo está con ella que está trabajando que está bien ay gracias a dios
O: qué bueno señora entonces fue un intento de estafa no deposite nada y si quiere puede denunciarlo en la comisaría con el número de cuenta que le dieron
C: sí sí eso voy a hacer gracias hijita disculpe la molestia
O: no se preocupe señora y recuerde que esta línea es para casos de trata de personas que tenga buen día
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
        ["information_given"],
        "Una señora llama creyendo comunicarse con la policía porque le exigían un depósito por la supuesta "
        "detención de su hijo. Se le explicó que se trataba de una estafa telefónica, que no depositara y que "
        "podía verificar y denunciar en la comisaría; durante la llamada confirmó que su hijo estaba bien.",
    ),
)

call(
    "h34-04",
    "es",
    "lowercase_asr",
    """
O: buenas tardes le llamo de la línea contra la trata hablo con el señor [[PERSON|teodoro]]
C: sí señorita él habla
O: le llamo para hacer el seguimiento de lo que nos contó la semana pasada sobre su hijo [[PERSON|ángel]] ha tenido alguna noticia
C: sí señorita eh ayer por fin me llamó mi hijo de un número que no conozco me dijo que están en [[LOCATION|pataz]] en una mina que no es formal o sea informal
O: está con él su amigo el que viajó con él
C: sí el [[PERSON|richard]] el hijo de mi compadre los dos se fueron de acá de [[LOCATION|cajabamba]] con un señor que les ofreció trabajo de ayudantes en una obra de construcción y no era obra era mina
O: recuérdeme qué edades tienen
C: mi [[PERSON|ángel]] tiene [[AGE|diecisiete]] y el [[PERSON|richard]] tiene [[AGE|diecinueve]] ya
O: qué le contó de cómo están
C: que los hacen entrar al socavón todos los días doce horas a veces más que no les pagan que el contratista dice que primero tienen que pagar la comida el pasaje y las herramientas y que ya deben como tres mil soles
O: les han quitado algún documento
C: sí el dni se los pidió el contratista el primer día diciendo que era para la planilla y no se los devuelve
O: los tienen encerrados o pueden salir del campamento
C: encerrados no pero dice que hay unos hombres con escopeta en la entrada y que el pueblo está lejísimos no hay carro para bajar y si se van pierden todo lo que han trabajado
O: les han hecho daño
C: a él no le han pegado dice pero está mal tose mucho por el polvo y me dijo papá sácame de acá
O: sabe el nombre del contratista o de la mina
C: al contratista le dicen don [[PERSON|rómulo]] y la mina se llama [[ORGANIZATION|veta dorada]] eso me dijo
O: y el número desde donde le llamó lo tiene
C: sí es el [[PHONE_NUMBER|nueve cuatro siete dos cero tres uno ocho cinco]] pero dice que es de un compañero que no lo llamen
O: entendido señor vamos a enviar esta información nueva hoy mismo a la fiscalía especializada en trata que ya tiene el caso para que coordinen la intervención en la mina y le vuelvo a llamar [[DATE_TIME|el viernes]]
C: ya señorita muchas gracias y si él vuelve a llamar qué le digo
O: dígale que no es su culpa que aguante un poquito que ya se está moviendo el caso y que puede llamar gratis a esta línea
C: ya gracias señorita dios le pague
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        2,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "En una llamada de seguimiento, un padre informa que su hijo adolescente y un amigo, captados con una "
        "oferta de trabajo en construcción, están en una mina informal donde trabajan sin pago por una deuda "
        "impuesta, con los documentos retenidos y vigilancia armada. La nueva información se envía a la "
        "fiscalía especializada y se volverá a llamar.",
    ),
)

call(
    "h34-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches con quién hablo
C: hola señorita eh soy [[PERSON|yesenia]] bueno no sé si llamo al lugar correcto
O: sí [[PERSON|yesenia]] estás en el lugar correcto cuéntame en qué te podemos ayudar
C: es que yo trabajo en una casa cama adentro acá en [[LOCATION|amarilis]] y ya no quiero estar pero la señora no me deja ir
O: cuántos años tienes
C: tengo [[AGE|dieciséis años]]
O: y desde cuándo estás en esa casa
C: hace ocho meses me trajo la señora de mi pueblo de [[LOCATION|panao]] le dijo a mi mamá que me iba a hacer estudiar en las noches y que me iba a pagar cuatrocientos soles al mes
O: y te ha pagado
C: no nada ni un sol dice que lo está guardando para mi mamá pero mi mamá dice que no le ha mandado nada
O: vas al colegio
C: no nunca me matriculó dice que el otro año
O: qué haces en la casa
C: todo señorita cocino lavo la ropa a mano limpio los tres pisos cuido a sus dos hijitos me levanto a las cinco y me acuesto a las doce de la noche
O: alguien en esa casa te ha hecho daño
C: la señora una vez me pegó con la escoba porque se quemó el arroz y me grita siempre el señor no me hace nada
O: tienes tu dni contigo
C: no la señora lo tiene guardado dice que para que no lo pierda
O: te tienen encerrada
C: no no me encierran salgo a comprar al mercado y a dejar a los niños al colegio y comida sí me dan pero no tengo plata para el pasaje y la señora dice que si me voy le va a decir a la policía que le he robado
O: [[PERSON|yesenia]] lo que me cuentas no está bien y no es tu culpa tú no has robado nada estás en un lugar donde puedes hablar ahora
C: sí estoy en el patio tendiendo ropa ellos están viendo tele
O: vamos a comunicar tu caso hoy mismo a la fiscalía de familia para que te saquen de esa casa y te lleven a un albergue donde vas a estar segura mientras ubicamos a tu mamá este celular es tuyo
C: no es el celular que me presta la vecina de al lado la señora [[PERSON|julia]] ella es buena
O: ya mañana a esta misma hora te vuelvo a llamar a este número está bien
C: ya señorita gracias
""",
    note(
        "victim",
        "help_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Huánuco",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una adolescente traída de su pueblo con la promesa de estudiar trabaja cama adentro en labores "
        "domésticas sin pago, sin ir al colegio, con su documento retenido, una agresión física y amenazas "
        "de acusarla de robo si se va. Se comunica el caso a la fiscalía de familia para retirarla y llevarla "
        "a un albergue, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h34-06",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes. ¿En qué la puedo ayudar?
C: Buenas tardes. Mire, no sé si es aquí, pero no sé a quién más llamar. Es por mi vecina.
O: Cuénteme con confianza.
C: Su esposo le pega. Anoche otra vez escuchamos los gritos, los golpes contra la pared, y hoy en la mañana la vi en la tienda con el ojo morado y el labio hinchado.
O: Lo siento mucho. ¿Sabe si ahora ella está en peligro, si él está en la casa?
C: No, él trabaja de día, sale temprano. Ella está con sus hijos; ahorita está tranquila, pero esto pasa cada fin de semana, cuando él toma.
O: Le voy a hacer algunas preguntas para ver si es un caso para esta línea. ¿Sabe si él la obliga a trabajar para él o le quita el dinero que gana?
C: No, no. Ella tiene su puesto de jugos y lo maneja ella sola; él tiene su propio trabajo. Plata no les falta.
O: ¿La tiene encerrada, no la deja salir o le ha quitado sus documentos?
C: Tampoco. Ella sale, va a su puesto, visita a su mamá. Nadie le ha quitado el documento. Es que él es celoso y toma, y ahí le pega.
O: ¿Ella llegó al barrio traída por alguien, con alguna promesa de trabajo?
C: No, qué va, ella es de acá de toda la vida, se conocieron en el colegio.
O: Entiendo. Por lo que me cuenta, es un caso de violencia familiar, no de trata de personas. Igual es muy grave y ella puede recibir ayuda. La línea que corresponde es la Línea 100, que es gratuita y atiende las 24 horas, y también está el Centro Emergencia Mujer más cercano, donde le dan apoyo legal y psicológico.
C: ¿Y yo puedo llamar por ella o tiene que ser ella?
O: Usted puede llamar a la Línea 100 y contar lo que ha visto, incluso sin dar su nombre. Y si en algún momento escucha que la está golpeando, llame de inmediato al 105 para que vaya la policía.
C: Ya. ¿Cómo dijo, cien?
O: Sí, Línea 100, solo marca el 100. Y si ella quiere ir al Centro Emergencia Mujer, puede ir sin cita.
C: Ya, le voy a decir a ella también, con cuidado para que él no se entere. Muchas gracias, señorita.
O: Gracias a usted por preocuparse. Que tenga buena tarde.
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
        ["information_given"],
        "Una vecina llama por una mujer a la que su esposo golpea; no hay indicios de trata, pues nadie la "
        "obliga a trabajar, no está encerrada y conserva sus documentos. Se le explicó que es un caso de "
        "violencia familiar y se la orientó hacia la línea especializada, el centro de atención a la mujer y "
        "la policía en caso de emergencia.",
    ),
)

call(
    "h34-07",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Le saluda [[PERSON|Rocío Valdivia]], trabajadora social de la DEMUNA de [[LOCATION|Ventanilla]]. Quiero reportar un caso que nos llegó ayer.
O: Adelante, señora [[PERSON|Rocío]].
C: Ayer la comisaría nos derivó a tres chicos que intervinieron robando celulares dentro de las combis. Al principio no querían hablar, pero con la psicóloga contaron que no roban para ellos.
O: ¿Qué edades tienen?
C: Dos de [[AGE|16]] y uno de [[AGE|15 años]]. Los tres son varones.
O: ¿Qué les contaron?
C: Que un hombre al que llaman [[PERSON|Tato]] los captó en la losa deportiva del barrio hace unos tres meses. Primero les invitaba comida, les regalaba zapatillas, y después les dijo que le debían todo eso y que tenían que pagarle robando. Cada uno tenía que entregarle cinco celulares al día.
O: ¿Vivían con él?
C: Los últimos dos meses sí, en un cuarto en [[LOCATION|Pachacútec]], en una casa llena de cosas robadas. Dicen que les pegaba con una correa si no cumplían la cuota, y a uno le dijo que si hablaba iba a quemar la casa de su abuela.
O: ¿Dónde están ahora los chicos?
C: Aquí en la DEMUNA, con nosotros. No han vuelto con él desde que los intervinieron. Dos tienen a sus mamás, que ya vinieron a recogerlos. El más chico no tiene a dónde ir: su mamá está en [[LOCATION|Huaraz]] y él vivía con un tío que no quiere saber nada de él.
O: ¿La policía los está tratando como infractores?
C: Ese es el problema. La comisaría abrió un parte por hurto y el fiscal de familia todavía no sabe lo que nos contaron. Por eso lo reporto, porque creemos que son víctimas.
O: Hizo muy bien. Lo que describen es explotación para cometer delitos, que es una forma de trata, y los chicos son víctimas, no delincuentes. Vamos a derivar el caso hoy a la fiscalía especializada en trata, para que lo coordine con el fiscal de familia. Y para el chico que no tiene familia aquí, vamos a coordinar un albergue.
C: Perfecto. ¿Y el tal [[PERSON|Tato]]? Los chicos tienen mucho miedo de que los busque.
O: La fiscalía puede pedir medidas de protección para ellos y sus familias. ¿Me da un teléfono donde ubicarla?
C: Sí, el de la oficina es [[PHONE_NUMBER|01 553 7284]], y mi celular, [[PHONE_NUMBER|987 115 630]].
O: Gracias. Mañana la llamo para confirmarle el albergue y contarle cómo avanza la fiscalía.
C: Muchas gracias, quedo atenta.
""",
    note(
        "professional",
        "report",
        ["forced_criminality"],
        3,
        True,
        ["male"],
        "Callao",
        "past",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una trabajadora social informa que tres adolescentes intervenidos por robar celulares contaron que un "
        "hombre los captó, los endeudó y los obligaba a robar con cuotas diarias, con golpes y amenazas, hasta "
        "que fueron intervenidos. Se deriva a la fiscalía especializada y se coordina un albergue para el "
        "adolescente sin familia, con seguimiento.",
    ),
)

call(
    "h34-08",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Mire, yo alquilo cuartos en mi casa, acá en [[LOCATION|Tarapoto]], y le quiero contar algo que me tiene preocupada. No sé si estoy exagerando.
O: Cuénteme, señora, para eso estamos.
C: Hace un mes le alquilé dos cuartos a un señor, [[PERSON|Gerson]] se llama. Dijo que eran para sus sobrinas, que venían a trabajar. Llegaron tres chicas de [[LOCATION|Yurimaguas]].
O: ¿Qué edades tienen las chicas, más o menos?
C: Dos tendrán unos [[AGE|20]], pero la más chiquita, [[PERSON|Nayeli]], me dijo que tiene [[AGE|16 años]]. Se nota, señorita, todavía es una niña.
O: ¿Qué es lo que le preocupa?
C: Todas las noches, como a las diez, él las recoge en un carro y regresan a las cinco o seis de la mañana. Duermen todo el día. Nunca tienen plata, ni para comprarse un jabón; él les trae la comida. Y él guarda sus DNI: la mayor me lo dijo cuando le pedí sus datos para el contrato.
O: ¿Sabe a dónde van en las noches?
C: Él dice que trabajan de anfitrionas en una discoteca. Pero la semana pasada [[PERSON|Nayeli]] estaba llorando en el lavadero y me contó que él las hace salir con clientes a hoteles, que ella no quería, y que le dice que tiene que pagarle el pasaje y el cuarto.
O: ¿Ha visto que las golpee o las amenace?
C: Golpes no he visto, marcas tampoco. Pero les grita, y a mí me da miedo. Encerradas no están, eso sí; en el día salen a la tienda, pero siempre juntas y pendientes del celular por si él llama.
O: ¿Él vive en su casa también?
C: No, él vive por la [[LOCATION|Banda de Shilcayo]], creo. Solo viene a recogerlas y a dejar comida, en un auto gris. La placa no la he podido ver bien.
O: Señora, lo que me cuenta son señales claras de trata con fines de explotación sexual, y hay una menor de edad. No está exagerando. Vamos a pasar el caso ahora mismo a la policía especializada en trata para que vayan a verificar a su casa, y también a la fiscalía.
C: ¿Van a venir a mi casa? ¿Y si él se entera de que fui yo?
O: Su identidad queda reservada. La policía puede intervenir cuando él llegue a recogerlas, para que no parezca que usted avisó. Le pido que no lo enfrente ni le comente nada. ¿Me deja un número para coordinar?
C: Sí, es el [[PHONE_NUMBER|942 608 317]]. Me llamo [[PERSON|Hilda]].
O: Gracias, señora [[PERSON|Hilda]]. La llamamos mañana para contarle cómo va.
C: Ya, señorita. Esas chicas podrían ser mis hijas.
""",
    note(
        "acquaintance",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "San Martín",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Una arrendadora reporta que un hombre aloja en su casa a tres jóvenes traídas de otra región, entre "
        "ellas una adolescente, a las que saca cada noche para obligarlas a salir con clientes, les retiene los "
        "documentos y les impone una deuda. Se pasa el caso a la policía especializada para que intervenga y a "
        "la fiscalía, con seguimiento.",
    ),
)

call(
    "h34-09",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Necesito ayuda para denunciar algo que me pasó en [[LOCATION|Argentina]]. Ya estoy de vuelta, en mi casa en [[LOCATION|Chincha]].
O: Claro, cuénteme. ¿Usted está bien ahora, está seguro?
C: Sí, sí, estoy con mi familia, eso ya pasó. Regresé hace un mes.
O: ¿Qué le pasó?
C: Un paisano de acá, [[PERSON|Wilmer Checa]], nos ofreció trabajo en construcción en [[LOCATION|Buenos Aires]], mil dólares al mes, con cuarto y comida. Fuimos cuatro del barrio, todos hombres, todos mayores de edad.
O: ¿Cómo era el trabajo allá?
C: Trabajábamos de lunes a domingo en una obra, levantando un edificio, desde las seis de la mañana hasta que oscurecía. Dormíamos en la misma obra, en un contenedor. Los primeros dos meses no nos pagó nada, decía que estaba descontando el pasaje del bus. Y nos pidió los pasaportes "para el trámite de la residencia" y no los devolvía.
O: ¿Los amenazaba o los golpeaba?
C: Golpes no. Pero decía que si nos íbamos, la policía de allá nos iba a agarrar por ilegales. Nadie nos encerró, salíamos los domingos en la tarde, pero sin papeles y sin plata, ¿a dónde íbamos a ir?
O: ¿Cómo lograron regresar?
C: Uno de los compañeros habló con un sindicato de allá; nos ayudaron a recuperar los pasaportes y el consulado nos apoyó con el pasaje. Volvimos los cuatro juntos, ya estamos todos acá.
O: Me alegra que estén de vuelta. Lo que describe puede ser trata con fines de explotación laboral, aunque la explotación haya sido fuera del país. Se puede denunciar aquí, porque la captación fue aquí.
C: Eso quería saber. Y que nos paguen lo que nos debe, si se puede.
O: Vamos a derivar su caso a la fiscalía especializada en trata y a la defensa pública, para que los asesoren a los cuatro, también sobre el pago de lo que les deben. Mientras tanto, guarden todo: los mensajes de [[PERSON|Wilmer]], fotos de la obra, los pasajes.
C: Tengo los audios de WhatsApp donde nos promete los mil dólares.
O: Perfecto, eso sirve mucho. ¿Me deja un número para que la defensora pública pueda contactarlo?
C: Sí, [[PHONE_NUMBER|956 204 781]]. Me llamo [[PERSON|Nilton]].
O: Gracias, [[PERSON|Nilton]]. Ya queda registrado su caso.
C: Muchas gracias, señorita.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        4,
        False,
        ["male"],
        "Argentina",
        "past",
        "low",
        ["information_given", "referral_legal"],
        "Un hombre que ya regresó al país cuenta que él y otros tres compañeros fueron llevados al extranjero "
        "con una oferta de trabajo en construcción, donde trabajaron sin pago, durmiendo en la obra y con los "
        "pasaportes retenidos. Se le informó que puede denunciar en el país y qué pruebas guardar, y se deriva "
        "a la fiscalía especializada y a la defensa pública.",
    ),
)

call(
    "h34-10",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Yo soy chofer de combi, hago la ruta de [[LOCATION|Baños del Inca]] al centro, y quiero contarle algo que veo casi todos los días.
O: Lo escucho, señor.
C: Hay un señor en silla de ruedas, le faltan las dos piernas, que pide limosna en [[ADDRESS|la esquina del jirón Los Girasoles con el pasaje Tres Cruces]], donde está mi paradero. Todos los días, a las seis de la mañana, una pareja lo baja de un mototaxi y lo deja ahí, y a las ocho de la noche lo recogen.
O: ¿Qué le hace pensar que hay algo raro?
C: Que en la noche el hombre le vacía la lata y los bolsillos, delante de todos. Y un día que llovía fuerte lo dejaron ahí mojándose todo el día. Yo le llevé un café y conversamos un poco.
O: ¿Qué le contó él?
C: Que se llama [[PERSON|Anselmo]], que es de [[LOCATION|Celendín]], que esa pareja lo trajo de su pueblo diciéndole que le iban a conseguir una prótesis y un trabajo. Vive en un cuarto de ellos y todo lo que junta se lo quitan. Me dijo que no quiere estar ahí, que quiere volver con su hermana.
O: ¿Sabe qué edad tiene?
C: Me dijo [[AGE|cincuenta y dos años]].
O: ¿Ha visto que lo golpeen o lo amenacen?
C: Pegarle no, nunca he visto. Flaco tampoco está, comer sí come. Pero cuando le pregunté si podía irse, se quedó callado y miró hacia el mototaxi.
O: ¿Tiene algún dato de la pareja o del mototaxi?
C: La placa del mototaxi es [[OTHER_ID|4127-2M]]. Al hombre, ella le dice [[PERSON|Pancho]].
O: Gracias, esos datos ayudan mucho. Lo que describe puede ser explotación en mendicidad, que es una forma de trata, más aún porque él tiene una discapacidad y no puede irse por sus propios medios. Vamos a derivar el caso a la fiscalía especializada en trata para que investiguen y lo protejan.
C: ¿Y yo qué hago si lo vuelvo a ver?
O: Siga como hasta ahora, sin enfrentar a la pareja. ¿Me da un número para volver a llamarlo?
C: Sí, [[PHONE_NUMBER|976 330 142]].
O: Gracias, señor. Lo llamamos en unos días para contarle cómo va.
C: Ya, gracias a usted.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        1,
        False,
        ["male"],
        "Cajamarca",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un chofer reporta que un hombre con discapacidad, traído de su pueblo con falsas promesas, es dejado "
        "cada día a pedir limosna por una pareja que lo traslada y se queda con todo lo que recauda. Se deriva a "
        "la fiscalía especializada, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h34-11",
    "en",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Good morning, sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Thanks. I run a small coffee farm and lodge near [[LOCATION|Villa Rica]], in [[LOCATION|Oxapampa]]. For the harvest this year I hired pickers through a labour contractor, and something about the arrangement doesn't sit right with me.
O: Tell me what you've noticed.
C: There are eight of them, five men and three women, from [[LOCATION|Huancavelica]]. The contractor, a man called [[PERSON|Efraín]], brought them up in a truck. I pay him by the kilo, and he's supposed to pay them. Yesterday one of the women, [[PERSON|Marleni]], asked me for money for a bus ticket home, and she told me they haven't seen a single sol in five weeks.
O: Did she say why?
C: She said [[PERSON|Efraín]] told them he'll pay at the end of the harvest, after he takes out what they owe him for the truck, the food and the rubber boots. And he has all their ID cards, he collected them "for the insurance". They can't go anywhere without them.
O: How old are the workers, do you know?
C: Adults, all of them. [[PERSON|Marleni]] is [[AGE|24]], the youngest is a lad of about [[AGE|19]]. No kids, I made sure of that when they arrived.
O: Where do they sleep, and can they come and go?
C: He put them in a shed on the next property, not on mine. Nobody locks them in, and they walk into town on Sundays. I haven't seen anyone hurt them, to be fair. But with no money and no ID they're stuck, and they look exhausted and scared of him.
O: Thank you. Holding back wages and ID documents and imposing debts are signs of forced labour. We're going to refer this to the labour inspectorate and the prosecutor's office specialised in trafficking, so they can check the situation on the ground.
C: Will this come back on me? I mean, I'm the one who hired him.
O: You did the right thing by calling. The authorities may want to speak with you, and cooperating with them is the best thing you can do.
C: Sure. My name is [[PERSON|Tom Gallagher]], my number is [[PHONE_NUMBER|+51 964 382 015]].
O: Thank you, [[PERSON|Tom]]. We'll call you back next week to see how things are going.
C: Appreciate it. Thanks.
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        8,
        False,
        ["female", "male"],
        "Pasco",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "A farm owner reports that eight adult coffee pickers supplied by a labour contractor have not been "
        "paid for weeks, owe him an imposed debt and have had their ID cards taken, leaving them unable to "
        "leave. The case is referred to the labour inspectorate and the specialised prosecutor, with follow-up.",
    ),
)

call(
    "h34-12",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hello, hi, I need help quickly please, do you speak English?
O: Yes, I speak English. What's happening?
C: I'm a nurse, I'm volunteering at the health centre in [[LOCATION|Lircay]]. We have a patient here, a girl, she's [[AGE|15]], and she's six months pregnant. She came in alone this morning with some bleeding; she's stable now.
O: Okay. What's the concern?
C: She told the midwife that her father gave her to a man last year, in exchange for money and two cows. He's [[AGE|38]]. She lives in his house, he doesn't let her see her mother, and she says she never wanted to go with him. Right now he's in the waiting room, shouting that she's his wife and that he's taking her home.
O: Is she safe at this moment? Is someone with her?
C: She's in the maternity room with the midwife, the door is closed. There's a security guard at the entrance, but he's just one older man. She's crying and begging us not to let him take her.
O: Do you know their names?
C: She calls him Don [[PERSON|Fortunato]]. Her name is [[PERSON|Yolanda]].
O: Has he hurt her?
C: She says he hits her when he drinks, and we saw old bruises on her back. He hasn't touched anyone here, no.
O: I'm alerting the police right now so they come to the health centre and stop him from taking her. Please keep her in the room with staff and don't let him in. After that we'll arrange a shelter for her and refer the case to the family prosecutor.
C: Thank you. Should I tell him anything?
O: No, don't argue with him. Just say the doctor is still treating her. Can I have your number?
C: Yes, it's [[PHONE_NUMBER|+51 931 507 264]]. I'm [[PERSON|Sarah]].
O: Thank you, [[PERSON|Sarah]]. The police are on their way. I'll call you back in half an hour.
C: Okay. Please hurry.
""",
    note(
        "professional",
        "help_request",
        ["other"],
        1,
        True,
        ["female"],
        "Huancavelica",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
        "A volunteer nurse asks for urgent help because a pregnant teenage patient, handed over by her father "
        "to an adult man in exchange for money and animals and beaten by him, is being claimed by that man in "
        "the health centre's waiting room. Police were alerted to come immediately, and a shelter and a "
        "referral to the family prosecutor will follow.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h34-13",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Boa noite. Eu liguei semana passada por causa da minha amiga [[PERSON|Thaís]], a brasileira que foi para [[LOCATION|Cusco]]. Estou ligando de novo porque tenho novidades.
O: Sí, podemos hablar en portugués, tranquila. ¿Qué novedades tiene?
C: Ontem à noite ela me mandou um áudio de um número peruano. Falava baixinho, disse: "estou bem, mas ele pegou meu passaporte, não posso falar agora". Depois o telefone desligou e hoje não atende.
O: ¿Ella le dijo dónde está, o con quién?
C: Não disse onde. Ela tinha ido com um homem que conheceu no Instagram, o [[PERSON|Renzo]], que prometeu um emprego de recepcionista num hotel. Só que ela não conhece ninguém aí, e já faz doze dias que ninguém da família consegue falar direito com ela.
O: ¿Sabe qué trabajo está haciendo ahora?
C: Não sei, e é isso que me assusta. Ela nunca falou do hotel, nunca mandou foto do trabalho. Antes ela postava tudo.
O: ¿Tiene el número peruano desde donde la llamó?
C: Tenho: [[PHONE_NUMBER|+51 984 713 206]]. E o perfil do [[PERSON|Renzo]] é [[OTHER_ID|@renzo.viajes.cusco]].
O: ¿Qué edad tiene su amiga?
C: [[AGE|Vinte e três anos]].
O: ¿Y usted desde dónde llama?
C: De [[LOCATION|Campinas]], no [[LOCATION|Brasil]]. A família dela mora em [[LOCATION|Manaus]], a mãe não fala espanhol, por isso sou eu que ligo.
O: Entiendo. Que le hayan quitado el pasaporte y que no pueda hablar son señales muy preocupantes. Hoy mismo vamos a enviar esta información nueva a la fiscalía especializada en trata de [[LOCATION|Cusco]], con el número y la cuenta de Instagram, para que la ubiquen.
C: E o que a família pode fazer?
O: La mamá puede registrar la desaparición en el consulado de [[LOCATION|Brasil]] en [[LOCATION|Lima]] o ante la policía de allá; eso ayuda a que la busquen en los dos países. Y guarden el audio, no lo borren.
C: Tá bom, vou falar com a mãe dela hoje.
O: La vuelvo a llamar mañana para contarle qué dijo la fiscalía. Si ella se comunica de nuevo, pregúntele si puede decir el nombre del lugar o de una calle.
C: Obrigada, de verdade.
""",
    note(
        "acquaintance",
        "follow_up",
        ["unknown"],
        1,
        False,
        ["female"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una amiga extranjera llama de nuevo por una joven que viajó con un hombre conocido en redes sociales "
        "por una oferta de trabajo en un hotel y que, en un breve audio, contó que él le quitó el pasaporte y "
        "no puede hablar; desde entonces no responde. La nueva información se envía a la fiscalía "
        "especializada, se orientó a la familia sobre cómo registrar la desaparición y se hará seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h34-14",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le ayudo?
C: Épale, buenas tardes. Disculpa, mi amor, es que quiero preguntarte algo porque estoy preocupada por mi prima, y no sé si es paranoia mía.
O: Claro, pregunte con confianza.
C: Mira, mi prima [[PERSON|Yuleisy]] tiene [[AGE|veinte años]], llegó de [[LOCATION|Maracay]] hace poquito y está conmigo aquí en [[LOCATION|Comas]]. Una señora que conoció en un grupo de WhatsApp de venezolanos le ofreció trabajo de mesera en un karaoke en [[LOCATION|Puerto Maldonado]].
O: ¿Qué condiciones le ofrecen?
C: Que le pagan cien soles diarios más propinas, que la señora le paga el pasaje del bus y después se lo descuentan del sueldo. Y la vaina es que le dijo que tiene que acompañar a los clientes a tomar, y que si los clientes "quieren algo más", ella gana más. Eso a mí no me gustó nada, chama.
O: ¿Ya viajó?
C: No, no, todavía está aquí conmigo. Sale [[DATE_TIME|el jueves]] en la noche.
O: ¿Le han pedido documentos o dinero?
C: Dinero no, todavía no ha pagado nada. Le pidieron foto de la cédula, pero el documento lo tiene ella, nadie se lo ha quitado. Y que no le cuente a nadie, porque "las otras chamas se ponen celosas". ¿Tú crees, vale?
O: Le explico: que le paguen el pasaje para luego descontarlo, que la hagan tomar con clientes y le insinúen otros servicios, y que le pidan secreto son señales típicas de captación para explotación sexual. Y en esos locales muchas veces retienen a las chicas con la excusa de la deuda del pasaje.
C: Ay, Dios mío. Yo lo sabía. Pero ella necesita la plata, dice que igual se va.
O: Es su decisión, pero recomiéndele que no viaje, que no mande más datos ni fotos y que guarde los mensajes de esa señora. Si decide ir igual, que comparta su ubicación con usted y que tenga siempre este número, el 0800-2-3232, que es gratuito.
C: Dale, le voy a decir todo eso esta noche, y que hable contigo si quiere.
O: Claro, ella puede llamar cuando quiera, atendemos las 24 horas.
C: Gracias, mi amor, de verdad. Qué susto.
O: Gracias a usted por llamar.
""",
    note(
        "family_member",
        "information_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Madre de Dios",
        "at_risk",
        "medium",
        ["information_given"],
        "Una mujer consulta por una oferta de trabajo como mesera en un karaoke de otra región que recibió su "
        "prima, con pasaje descontable del sueldo, obligación de beber con clientes, insinuación de otros "
        "servicios y pedido de secreto. Se explicaron las señales de captación para explotación sexual y se "
        "recomendó no viajar.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h34-15",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Sorry, estoy un poco nerviosa. Yo vivo en [[LOCATION|Miami]], pero mi sobrina vive con mi hermana en [[LOCATION|San Juan de Miraflores]], and I just found out something horrible.
O: Tranquila, cuénteme con calma.
C: Mi sobrina [[PERSON|Brianna]] tiene [[AGE|catorce]]. She's been talking for like two months with a guy on Instagram que decía que tenía [[AGE|dieciséis]], and he convinced her to send him fotos, you know, íntimas. And now he's blackmailing her.
O: ¿Qué le está pidiendo?
C: Que le mande videos, cada vez más explícitos, y que si no, le manda las fotos a todo su colegio y a su mamá. And yesterday he sent her a screenshot de un grupo de Telegram where her photos are being sold. Like, people are paying for them.
O: ¿Su sobrina se lo contó a usted?
C: Sí, a mí, because she trusts me more than her mom. She's terrified, no quiere ir al colegio, y me dijo que quería desaparecer. That scared me a lot.
O: ¿Él le ha pedido verse en persona, o sabe dónde vive?
C: Yes, now he says que si se encuentra con él en un centro comercial, he'll delete everything. She hasn't gone, obviously, she's at home. Y no sabemos quién es realmente.
O: ¿Tiene el usuario de la cuenta?
C: Yes, es [[OTHER_ID|@dylan_skate.pe]]. El grupo de Telegram no lo sé.
O: Lo que describe es explotación sexual de una menor por internet, y es un delito grave. Lo más importante: que ella no mande nada más, que no vaya a ningún encuentro, y que no borren nada, ni los chats ni las capturas, porque son prueba. Tampoco bloqueen la cuenta todavía.
C: Okay, okay, no borrar nada. Got it.
O: Vamos a derivar el caso hoy a la fiscalía especializada para que investiguen la cuenta y el grupo. Y como ella dijo que quería desaparecer, vamos a coordinar que una psicóloga la atienda pronto. ¿Su hermana está con ella ahora?
C: Yes, she's with her mom, they're both home. Mi hermana se llama [[PERSON|Karina]], su número es [[PHONE_NUMBER|989 254 610]]. And mine is [[PHONE_NUMBER|+1 305 555 0142]].
O: Gracias. Voy a llamar a su hermana esta noche para explicarle los pasos, y mañana la llamo a usted para contarle.
C: Thank you so much, de verdad. I didn't know who else to call.
O: Hizo muy bien en llamar. Y dígale a su sobrina que no es su culpa.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "referral_health", "follow_up_call"],
        "Una tía que vive en el extranjero reporta que su sobrina adolescente es extorsionada por un desconocido "
        "contactado en redes sociales, que le exige videos sexuales, vende sus fotos íntimas en un grupo y "
        "presiona para verla en persona; la menor expresó que quería desaparecer. Se orientó sobre cómo "
        "preservar las pruebas, se deriva a la fiscalía especializada y se coordina atención psicológica, con "
        "seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h34-16",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días.
C: Allinllachu, mamay, buenos días señorita. Disculpe, yo no hablo bien castellano. Llamo de [[LOCATION|Andahuaylas]], por mis wawas, mis hijos.
O: Allinmi, taytay. Hable tranquilo, le entiendo. ¿Qué pasa con sus hijos?
C: Dos de mis hijos se han ido con un enganchador, un señor que vino a la comunidad en su camioneta. Dijo que hay trabajo en la cosecha de cacao, allá en la selva, cincuenta soles diario, comida también.
O: ¿Cuántos años tienen sus hijos?
C: El mayor, [[PERSON|Wilber]], [[AGE|diecisiete años]]. El menor, [[PERSON|Rubén]], [[AGE|quince años]] nomás. Wawallaraq, todavía es criatura.
O: ¿Sabe a dónde se los llevaron?
C: A [[LOCATION|Llochegua]] dice, en el [[LOCATION|VRAEM]], por el río. Ya hace dos meses que se fueron.
O: ¿Ha sabido algo de ellos desde entonces?
C: Manam, nada, señorita. Celular no hay allá, dice. Pero [[DATE_TIME|el domingo]] ha regresado un joven de la comunidad, el hijo de mi vecina, se ha escapado de ahí. Él me ha contado.
O: ¿Qué le contó el joven?
C: Que no es cacao, mamay. Que los tienen en las pozas, pisando la hoja de coca con kerosene, de noche, para hacer la droga. Mis hijos también están ahí. Mi [[PERSON|Wilber]] tiene sus pies heridos, dice, llenos de llagas.
O: ¿Les pagan? ¿Pueden salir de ese lugar?
C: Nada les pagan. Dice que primero tienen que pagar el pasaje y la comida. Pegar no les pegan, dice, pero hay hombres con armas y no les dejan salir. El joven se ha escapado de noche por el monte, tres días ha caminado.
O: ¿Sabe el nombre del enganchador?
C: Le dicen [[PERSON|Vílchez]]. Camioneta roja tiene, la placa no sé.
O: Taytay, lo que me cuenta es muy grave. A sus hijos los están obligando a trabajar para el narcotráfico; eso es trata, y ellos son víctimas, no delincuentes. Hoy mismo voy a pasar el caso a la fiscalía especializada en trata para que organicen su rescate.
C: Ay, sulpayki, mamay. ¿Y yo qué hago? ¿Voy a buscarlos?
O: No vaya usted solo allá, es peligroso. ¿El joven que escapó podría contar a la fiscalía lo que vio?
C: Arí, sí, él quiere ayudar. Está aquí en la comunidad.
O: Muy bien. ¿Me da un número donde llamarlo?
C: Es de mi hija mayor, ella habla castellano: [[PHONE_NUMBER|nueve siete tres cuatro cinco uno cero ocho dos]]. Yo soy [[PERSON|Crisóstomo Huamaní]].
O: Gracias, don [[PERSON|Crisóstomo]]. Mañana llamo a su hija para coordinar con la fiscalía la declaración del joven. Kallpachakuy, taytay.
C: Sulpayki, mamay. Diospagarasunki.
""",
    note(
        "family_member",
        "report",
        ["forced_criminality"],
        2,
        True,
        ["male"],
        "Ayacucho",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un padre reporta que sus dos hijos adolescentes fueron llevados por un enganchador con una oferta de "
        "cosecha de cacao y, según un joven que escapó, son obligados a pisar hoja de coca en pozas de "
        "maceración, sin pago, bajo vigilancia armada y sin poder salir. Se deriva a la fiscalía especializada "
        "para su rescate, con seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
