#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout59.jsonl: 16 fictional, labelled counter-trafficking hotline calls.

Theme: families and neighbours in Peru's northern highlands and coast (Cajamarca,
La Libertad, Lambayeque, Áncash, Piura): teenagers missing after job offers, girls in
domestic servitude in city houses, children made to beg or sell at traffic lights, a
young man held in a rice mill, women made to sell drugs; several past cases, some
information-only calls, one follow-up on an earlier report, two not relevant (a debt
dispute, a prank).

Mix: 7 lowercase unpunctuated Whisper-style Spanish (style "lowercase_asr"), 5 cased
Spanish, some with northern/highland regional speech ("plain"), 2 English ("plain"),
2 Brazilian Portuguese ("portuguese"). Caller roles cover all six values, call types all
five, urgency all four levels, victim counts 0-9 (sometimes told in pieces).

Written by an outside test-data writer who read only LABELS.md, make_dev.py and
make_heldout.py (for the builder and the [[TYPE|surface]] markup and conventions).
Everything here is invented: people, phone numbers, IDs, handles, plates, businesses
and street addresses.

Run:  python3 make_heldout59.py   (writes heldout59.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout59.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----

call(
    "h59-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes con quién tengo el gusto
C: buenas tardes señorita yo soy [[PERSON|hermelinda chávez]] le llamo de [[LOCATION|celendín]] de [[LOCATION|cajamarca]] es por mi hija
O: dígame señora la escucho
C: mi hija [[PERSON|yesenia]] tiene [[AGE|dieciséis años]] se fue hace tres semanas a [[LOCATION|lima]] porque una señora le ofreció trabajo en un restaurante de pollos a la brasa le dijo que le iban a pagar bien y que ahí nomás podía dormir
O: y desde cuándo no sabe de ella
C: los primeros días me llamaba contenta pero desde [[DATE_TIME|el domingo pasado]] su celular está apagado y la señora tampoco contesta
O: su hija viajó sola
C: no se fue con su primo [[PERSON|anthony]] el hijo de mi hermana él tiene [[AGE|quince]] a él le dijeron que iba a trabajar en la cocina del mismo restaurante
O: entonces son dos chicos los que no responden
C: sí señorita los dos y mi hermana está igual de desesperada ya no dormimos
O: sabe el nombre de la señora o del restaurante
C: la señora se llama [[PERSON|gladys]] le dicen [[PERSON|la flaca]] el restaurante dijo que se llama [[ORGANIZATION|pollería el rey del norte]] en [[LOCATION|san juan de lurigancho]] pero no sé la dirección
O: tiene el número de esa señora
C: sí es [[PHONE_NUMBER|nueve cuatro uno tres seis dos ocho cinco cero]]
O: muy bien señora ya puso la denuncia por desaparición en la comisaría
C: no todavía no me dijeron que hay que esperar
O: no tiene que esperar nada señora la denuncia por desaparición de menores se recibe de inmediato vaya hoy mismo con una foto y el dni de los chicos nosotros vamos a pasar el caso a la fiscalía y a la policía especializada en [[LOCATION|lima]]
C: ya señorita hoy mismo voy con mi hermana
O: a qué número la podemos llamar para avisarle lo que se avance
C: a este mismo es [[PHONE_NUMBER|nueve siete seis cero cinco uno dos ocho tres]]
O: perfecto señora [[PERSON|hermelinda]] mañana en la tarde la llamamos si los chicos se comunican avísenos enseguida
C: gracias señorita que diosito la bendiga
""",
    note(
        "family_member",
        "report",
        ["unknown"],
        2,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre reporta que su hija adolescente y un primo, también menor, viajaron a otra ciudad con una "
        "mujer que les ofreció trabajo en un restaurante y desde hace días no responden. Se le indicó poner "
        "de inmediato la denuncia por desaparición, se deriva a fiscalía y policía especializada y se hará seguimiento.",
    ),
)

call(
    "h59-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le podemos ayudar
C: buenos días mire yo tengo un puesto de periódicos en el cruce de la [[ADDRESS|avenida américa sur con la avenida larco]] en [[LOCATION|trujillo]]
O: sí dígame
C: todos los días unos chiquitos venden caramelos y limpian lunas en el semáforo desde temprano hasta como las once de la noche
O: cuántos niños son más o menos
C: son tres hermanitos dos niñas y un varoncito el más grande tendrá [[AGE|nueve]] y a veces traen también a un bebito cargado en una mantita para que la gente les dé más
O: entonces serían cuatro contando al bebé
C: sí cuatro pues
O: hay algún adulto con ellos
C: un señor los deja en una mototaxi roja en la mañana y en la noche viene y les quita toda la plata le dicen [[PERSON|el cholo]] la placa de la moto es [[OTHER_ID|4521-2M]]
O: ha visto que los maltrate
C: ayer la niña no había juntado lo que él quería y le metió un correazo delante de todos y la chiquita lloraba y se quedó hasta más tarde vendiendo
O: los niños van al colegio
C: no creo señorita están ahí todo el día flaquitos sucios a veces me piden pan
O: lo que me cuenta es muy serio vamos a comunicar a la policía y a la unidad de protección de menores para que intervengan en ese cruce
C: ya pero que no sepan que fui yo porque ese señor pasa por acá todos los días
O: su identidad queda reservada le podemos llamar en unos días para ver si los niños siguen ahí
C: sí llámeme nomás al [[PHONE_NUMBER|nueve cinco dos ocho ocho cuatro uno siete tres]]
O: gracias por llamar señor
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        4,
        True,
        ["female", "male"],
        "La Libertad",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Un comerciante reporta que tres niños pequeños y un bebé son puestos a vender y pedir dinero en un "
        "semáforo hasta la noche, y que un hombre los lleva en mototaxi, se queda con lo recaudado y golpeó a "
        "una de las niñas. Aportó la placa; se informa a la policía y a protección de menores, con seguimiento.",
    ),
)

call(
    "h59-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló señorita ayúdeme por favor es mi hermano lo tienen encerrado en un molino de arroz
O: tranquilo señor estoy para ayudarle dónde está su hermano
C: en [[LOCATION|ferreñafe]] en [[LOCATION|lambayeque]] en el [[ORGANIZATION|molino santa rosa]] ese que está [[ADDRESS|saliendo a pítipo pasando el grifo]]
O: qué le ha dicho su hermano
C: me acaba de llamar bajito de un celular prestado dice que lo tienen con candado en el almacén desde hace como dos meses que trabaja cargando sacos día y noche y no le pagan dicen que debe el pasaje y la comida
O: su hermano está herido
C: sí hoy el capataz le pegó con un palo porque quería irse dice que le sale sangre de la cabeza y que no le dejan ver a nadie
O: cómo se llama su hermano y cuántos años tiene
C: [[PERSON|wilmer huamán]] tiene [[AGE|veintidós años]] yo soy [[PERSON|elmer]] su hermano mayor
O: hay otras personas encerradas con él
C: no me dijo que está solo los demás trabajadores se van a su casa en la noche a él nomás lo dejan ahí adentro
O: sabe si esa gente tiene armas
C: el dueño tiene escopeta eso sí sabía de antes le dicen don [[PERSON|pancho]]
O: [[PERSON|elmer]] voy a pedir ahora mismo que la policía vaya al molino y que lleven a su hermano a que lo atiendan en el centro de salud por el golpe no vaya usted solo allá
C: ya señorita yo estoy en [[LOCATION|chiclayo]] ya me estoy yendo para allá pero no voy a entrar
O: deme un número para que la policía se comunique con usted
C: [[PHONE_NUMBER|nueve ocho cero dos tres tres siete uno seis]]
O: listo ya están avisados le devolvemos la llamada en un rato
""",
    note(
        "family_member",
        "report",
        ["labour"],
        1,
        False,
        ["male"],
        "Lambayeque",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_health", "follow_up_call"],
        "Un hombre reporta que su hermano adulto está encerrado con candado en un molino de arroz donde lo "
        "hacen trabajar sin pago por una supuesta deuda y que hoy fue golpeado en la cabeza. Se envió a la "
        "policía de inmediato y se coordina atención médica, con seguimiento.",
    ),
)

call(
    "h59-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes quiero denunciar a mi amigo
O: sí le escucho qué le pasa a su amigo
C: que lo tienen secuestrado
O: quién lo tiene dónde está
C: lo tiene secuestrado su novia no lo deja salir a jugar pelota jajaja
O: señor esta línea es para casos de trata de personas
C: ya ya disculpe era una broma nomás mis patas me retaron
O: entonces no hay ninguna persona en peligro
C: no no nadie señorita estamos acá en el parque nomás vacilando
O: entiendo pero le pido no volver a hacer llamadas de broma porque mientras ocupa la línea alguien que de verdad necesita ayuda puede no comunicarse
C: ya señorita disculpe ya no lo vuelvo a hacer
O: gracias que tenga buena tarde
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
        "Llamada de broma de un joven que dijo que su amigo estaba secuestrado por su novia. Se le explicó el "
        "propósito de la línea y se le pidió no repetir llamadas falsas.",
    ),
)

call(
    "h59-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días señorita una consultita nomás
O: sí dígame
C: mi sobrina tiene [[AGE|catorce años]] vive con nosotros acá en [[LOCATION|bambamarca]] y una señora de [[LOCATION|chiclayo]] la quiere llevar para que cuide a sus hijitos y ayude en la casa dice que le va a dar estudio y doscientos soles al mes
O: ya viajó su sobrina
C: no todavía la señora dice que viene a recogerla el otro mes yo quería saber si eso está bien o si es peligroso porque aquí dicen que así se pierden las chicas
O: hace bien en preguntar le explico una niña de [[AGE|catorce años]] no puede trabajar cama adentro en una casa y muchas veces esas promesas de estudio terminan en que la niña trabaja todo el día sin pago y sin ir al colegio
C: ay señorita y la señora parece buena gente
O: puede ser pero las señales de alerta son que la quieran llevar lejos de su familia que le ofrezcan estudio a cambio de trabajo y que sea menor de edad le recomiendo que no la deje ir
C: y si la señora insiste
O: puede pedirle su nombre completo su dni y la dirección de su casa y si insiste en llevársela sin que ustedes estén de acuerdo denuncie en la comisaría o en la demuna también puede volver a llamarnos
C: ya señorita mejor se queda acá estudiando nomás gracias por la orientación
O: para servirle cualquier cosa nos llama
""",
    note(
        "family_member",
        "information_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lambayeque",
        "at_risk",
        "medium",
        ["information_given"],
        "Una tía consulta si es seguro que una mujer de otra ciudad se lleve a su sobrina adolescente para "
        "cuidar niños y ayudar en casa a cambio de estudios y un pago mínimo. Se explicaron las señales de "
        "alerta de servidumbre doméstica y se recomendó no dejarla ir y denunciar si insisten.",
    ),
)

call(
    "h59-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: señorita necesito ayuda pero no puedo hablar mucho
O: tranquila hable como pueda está en peligro ahorita
C: ahorita no estoy en el baño del mercado [[ORGANIZATION|mercado modelo]] de [[LOCATION|chiclayo]] pero él me está esperando afuera
O: quién la está esperando
C: mi conviviente [[PERSON|jhony]] él y su hermano me obligan a vender droga en el mercado a los cargadores y a los mototaxistas me dan las bolsitas en la mañana y en la noche tengo que entregar toda la plata
O: desde cuándo pasa esto
C: ya va a ser un año al principio me dijo que era un ratito nomás ahora si no vendo me pega y me dice que si me voy me va a quitar a mi hijita y que me va a echar la culpa a mí ante la policía
O: cuántos años tiene usted y su hija
C: yo tengo [[AGE|veinticuatro]] mi hijita tiene [[AGE|tres añitos]] la tiene su mamá de él mientras yo vendo
O: su hija también está en peligro
C: a ella no le hacen nada solo la usan para que yo no me escape
O: entiendo lo que le están haciendo a usted es un delito y usted es la víctima aquí le vamos a conseguir orientación legal gratuita y un lugar seguro para usted y su hija cuando esté lista para salir
C: tengo miedo de que me metan presa a mí
O: por eso es importante la asesoría legal le voy a pasar con una abogada del programa que la va a llamar tiene un número seguro
C: este celular no él lo revisa mejor llamen al de mi hermana [[PHONE_NUMBER|nueve cuatro cuatro siete cero nueve dos uno uno]] ella se llama [[PERSON|rocío]]
O: muy bien mañana la llamamos al número de su hermana
C: ya gracias ya me voy que me está llamando
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        1,
        False,
        ["female"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "referral_shelter", "follow_up_call"],
        "Una mujer llama a escondidas para contar que su pareja y el hermano de él la obligan desde hace casi "
        "un año a vender droga en un mercado, la golpean y la amenazan con quitarle a su hija pequeña y culparla "
        "ante la policía. Se coordina asesoría legal gratuita y un albergue, con seguimiento por un número seguro.",
    ),
)

call(
    "h59-07",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes le habla [[PERSON|nelly osorio]] soy psicóloga de la [[ORGANIZATION|institución educativa san martín de porres]] de [[LOCATION|huaraz]] yo llamé hace como un mes por una alumna
O: sí licenciada me puede dar el código del caso
C: sí es el [[OTHER_ID|h-2231]] es la niña que trabajaba en una casa de familia y no la dejaban venir al colegio
O: un momentito ya lo tengo aquí qué novedades tiene
C: bueno la fiscalía de familia intervino la semana pasada la sacaron de esa casa y ahora está en un centro de acogida de [[LOCATION|huaraz]] ya está bien volvió a clases hoy
O: qué buena noticia
C: sí solo quería saber qué más tengo que hacer yo desde el colegio y si su mamá que vive en [[LOCATION|huari]] ya fue avisada
O: la fiscalía se encarga de comunicarse con la familia y el centro de acogida también lo coordina usted puede seguir haciendo el acompañamiento en el colegio e informar al centro si nota algo
C: y la señora de la casa qué va a pasar con ella
O: eso lo lleva la fiscalía ya con la denuncia ella puede ser citada para declarar usted también si la llaman
C: ya entiendo muchas gracias nada más quería eso
O: gracias a usted licenciada por hacer seguimiento
""",
    note(
        "professional",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Áncash",
        "past",
        "low",
        ["information_given"],
        "Una psicóloga escolar hace seguimiento de un caso reportado antes: una alumna que trabajaba en una "
        "casa sin poder ir al colegio ya fue retirada por la fiscalía y está en un centro de acogida. Se le "
        "informó sobre los siguientes pasos y su papel en el acompañamiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----

call(
    "h59-08",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Oiga, pues, yo le llamo de [[LOCATION|San Marcos]], de [[LOCATION|Cajamarca]]. Es por mi nietecita, pues.
O: Sí, señor, lo escucho. ¿Qué le pasa a su nieta?
C: Mire, hace dos años una señora de [[LOCATION|Chiclayo]] vino a la chacra y nos dijo que se la llevaba para que estudie, que allá iba a ayudar un poquito nomás en la casa. Mi nietecita tenía [[AGE|once añitos]], ahorita ya tiene [[AGE|trece]].
O: ¿Y qué sabe usted de cómo está ahora?
C: Ay, señorita. Recién ayer una paisana que trabaja por allá la vio. Dice que la chiquita le contó que no va al colegio, que se levanta a las cuatro a lavar, cocinar, atender a los hijos de la señora, y que duerme en la lavandería, en el piso, pues.
O: ¿Le pagan algo?
C: Nada, señorita. La señora nos dijo que le iba a mandar platita a la mamá y nunca mandó nada. Y la paisana dice que tenía la carita morada, que la señora le pega con el palo de la escoba cuando se le quema la comida.
O: ¿Ustedes han podido hablar con ella?
C: No nos deja, pues. Cuando llamamos la señora dice que está bañándose o que está en el colegio. Mentira, pues.
O: ¿Cómo se llama su nieta y sabe dónde vive esa señora?
C: Se llama [[PERSON|Maribel Tanta Chuquilín]]. La señora es [[PERSON|Doris Malca]], vive en la [[ADDRESS|urbanización Santa Victoria, calle Los Cedros 412]], eso me dio la paisana.
O: Gracias, señor. Lo que me cuenta es una situación grave: es una niña que está trabajando sin pago, sin estudiar y con maltrato. Vamos a derivar el caso a la fiscalía de familia de [[LOCATION|Lambayeque]] y a la policía para que vayan a verla.
C: Sí, señorita, por favor. Yo no tengo plata para ir hasta allá.
O: No se preocupe, no tiene que viajar ahora. ¿Me da un número para llamarlo y contarle qué se avanza?
C: Es el celular de mi hijo, pues, yo no tengo: [[PHONE_NUMBER|976 338 104]]. Yo soy [[PERSON|Segundo Tanta]].
O: Perfecto, don [[PERSON|Segundo]]. En unos días lo llamamos. Si la paisana la vuelve a ver, que nos llame también.
C: Ya, señorita. Dios se lo pague.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal", "police_dispatch", "follow_up_call"],
        "Un abuelo reporta que su nieta, una niña llevada hace dos años desde el campo a una ciudad con la "
        "promesa de estudiar, trabaja sin pago en una casa, no va al colegio, duerme en el piso y es golpeada, "
        "y no la dejan comunicarse con la familia. Se deriva a la fiscalía de familia y a la policía, con seguimiento.",
    ),
)

call(
    "h59-09",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Mire, yo quiero denunciar a un señor por trata, porque me está estafando.
O: Cuénteme qué ha pasado.
C: Yo le vendí mi mototaxi a mi compadre [[PERSON|Ulises Chunga]] hace cinco meses, acá en [[LOCATION|Sullana]]. Quedamos en que me pagaba en cuotas y ya no me paga. Me debe tres mil quinientos soles.
O: Entiendo. ¿Su compadre lo obliga a usted a hacer algún trabajo, o le retiene algún documento, o a otra persona?
C: No, no, nada de eso. Él trabaja con la moto, la moto ya es de él, pero no me paga. Y encima me dice que la deuda ya está saldada.
O: Señor, esta línea atiende casos de trata de personas, es decir, cuando alguien es captado o retenido para explotarlo. Lo que usted me cuenta es un problema de deuda entre particulares, no es trata.
C: ¿Y entonces no me pueden ayudar?
O: Aquí no podemos tramitar ese tipo de caso, lo siento.
C: Pucha, qué se va a hacer. Pensé que como es un delito...
O: Entiendo su molestia, señor. Que tenga buen día.
C: Ya, gracias igual.
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
        "Un hombre llama para denunciar a un conocido que no le paga la venta de un vehículo. Se le explicó "
        "que se trata de una deuda entre particulares y no de un caso de trata.",
    ),
)

call(
    "h59-10",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Señorita, buenas noches. Le hablo rápido porque el bus sale a [[DATE_TIME|las diez y cuarenta]]. Yo trabajo en la boletería de la [[ORGANIZATION|agencia Transportes Costa Norte]], en el terminal de [[LOCATION|Chimbote]].
O: Dígame, ¿qué está pasando?
C: Hay un señor con unas chicas de la sierra que van a [[LOCATION|Lima]]. Una de ellas vino a comprar agua y me dijo llorando que las llevan a trabajar a una discoteca, a "atender" a los clientes, y que el señor tiene sus DNI y no se los quiere dar.
O: ¿Cuántas chicas son?
C: Yo vi dos sentadas con él... ah, no, espere, hay otra que está en el baño, ahorita salió. Son tres. Se ven menores, señorita, de [[AGE|quince]], [[AGE|dieciséis]] años.
O: ¿Están todavía en el terminal?
C: Sí, en la sala de espera, el bus de [[DATE_TIME|las diez y cuarenta]], el asiento de ellas es del 21 al 24. El señor es gordito, con gorra roja. Las chicas dice que son de [[LOCATION|Pomabamba]].
O: ¿Sabe el nombre del señor?
C: Los pasajes salieron a nombre de [[PERSON|Richard Cueva Alvarado]], DNI [[ID_NUMBER|43917725]], ese compró los cuatro.
O: Muy bien. Estoy comunicando ahora mismo a la policía para que lleguen al terminal antes de que salga el bus. No se enfrente al señor, no le diga nada.
C: ¿Y si el bus sale?
O: Si llega la hora y la policía no ha llegado, avísele al encargado de la agencia que retenga la salida por una revisión, y vuelva a llamarnos. La policía también puede parar el bus en la carretera.
C: Ya, ya. Mi número es [[PHONE_NUMBER|943 120 587]], me llamo [[PERSON|Karina]].
O: Gracias, [[PERSON|Karina]]. La policía ya tiene su número. Quédese cerca de la boletería.
C: Sí, señorita, ya está entrando un patrullero al terminal, creo.
O: Perfecto. Después la llamamos para saber cómo terminó.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una trabajadora de un terminal de buses reporta que un hombre viaja con tres adolescentes de la sierra "
        "a las que lleva a trabajar en una discoteca atendiendo clientes, con sus documentos retenidos, en un "
        "bus a punto de salir. Aportó los datos del pasaje y se alertó a la policía para intervenir de inmediato.",
    ),
)

call(
    "h59-11",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le saluda [[PERSON|Jorge Rodríguez Vela]], soy trabajador social del [[ORGANIZATION|Centro de Salud Mental Comunitario de Huamachuco]], en [[LOCATION|La Libertad]].
O: Buenos días, licenciado. ¿En qué podemos ayudarle?
C: Estamos atendiendo a un grupo de adolescentes que regresaron el mes pasado de una mina informal en [[LOCATION|Pataz]]. Se fueron con un enganchador que les ofreció trabajo de ayudantes en una cocina del campamento.
O: ¿Cuántos son?
C: Son cinco: tres varones y dos mujercitas, entre [[AGE|14]] y [[AGE|17 años]]. A los varones los metieron al socavón a cargar mineral, y a las chicas las tenían en la cocina y lavando ropa de los mineros, sin pago. Dos meses así.
O: ¿Cómo lograron regresar?
C: Hubo un operativo de la policía por minería ilegal y ahí los encontraron y los trajeron. Ya están con sus familias. Pero llegan con pesadillas, no quieren salir, uno tiene una lesión en la espalda que no se ha tratado.
O: ¿Se ha abierto una investigación por trata?
C: No sé si la policía lo registró como trata. Por eso llamo: las familias quieren denunciar al enganchador, le dicen [[PERSON|el Chino Sánchez]], y no saben cómo.
O: Le explico: vamos a derivar el caso a la fiscalía especializada en trata para que lo investigue y a la defensa pública para que las familias tengan un abogado gratuito. También coordinamos con el hospital de la zona para el chico de la lesión.
C: Eso sería muy útil. ¿Nos llaman de la fiscalía?
O: Sí, y nosotros lo llamaremos en dos semanas para saber cómo avanza. ¿Su número?
C: [[PHONE_NUMBER|044 441 293]], anexo 12, en horario de oficina.
O: Anotado. Gracias por el trabajo que hace, licenciado.
""",
    note(
        "professional",
        "report",
        ["labour"],
        5,
        True,
        ["male", "female"],
        "La Libertad",
        "past",
        "medium",
        ["referral_legal", "referral_health", "follow_up_call"],
        "Un trabajador social informa de cinco adolescentes que fueron llevados con engaños a una mina informal "
        "donde trabajaron dos meses sin pago, hasta que un operativo los rescató; ya están con sus familias pero "
        "con secuelas. Se deriva a la fiscalía y a defensa pública y se coordina atención médica, con seguimiento.",
    ),
)

call(
    "h59-12",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿Cómo le puedo ayudar?
C: Buenas tardes, mamita. Yo le llamo de [[LOCATION|Carhuaz]], en [[LOCATION|Áncash]]. Es por mi hijo [[PERSON|Edwin]], se ha ido a trabajar a la costa y ya no regresa.
O: Cuénteme, señora. ¿Cuántos años tiene su hijo?
C: [[AGE|Diecisiete]] cumplió en [[DATE_TIME|junio]]. Vio en el Facebook un aviso para la cosecha de espárragos en [[LOCATION|Virú]], que pagaban sesenta soles diarios con comida y cuarto. Se fue con otros chicos de acá.
O: ¿Ha podido hablar con él?
C: Ayer me llamó de un número que no es el suyo. Me dijo que no les han pagado nada en un mes, que les dicen que primero tienen que pagar el transporte y el cuarto. Que están en un galpón cerrado con reja, y que en la noche el portón lo cierran con cadena.
O: ¿Cuántos chicos son con él?
C: De acá de la comunidad se fueron cuatro, pero él dice que allá hay más, de [[LOCATION|Huari]] también. Dice que en su cuarto son nueve, contándolo a él. Varios son menores como él, el más chico tiene [[AGE|quince]].
O: ¿Son todos varones?
C: Sí, todos hombrecitos.
O: ¿Sabe el nombre de la empresa o del que los contrató?
C: El aviso decía [[ORGANIZATION|Agroservicios El Valle]]. El que los recibió es un tal [[PERSON|Ramírez]]. El número del aviso era [[PHONE_NUMBER|912 604 338]].
O: Señora, lo que describe es grave: no les pagan, les cobran una deuda y no los dejan salir. Vamos a derivar el caso a la fiscalía y a la inspección de trabajo en [[LOCATION|La Libertad]] para que vayan al lugar.
C: ¿Y mi hijo no va a tener problemas?
O: No, señora. Él es víctima. Si vuelve a llamar, pídale la dirección o alguna señal del lugar y avísenos. ¿A qué número la llamamos?
C: Al [[PHONE_NUMBER|988 057 416]], es mío. Me llamo [[PERSON|Teodora]].
O: Muy bien, señora [[PERSON|Teodora]]. La llamamos en unos días para contarle qué se avanzó.
C: Gracias, mamita. Estoy con el corazón en la mano.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        9,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre reporta que su hijo adolescente viajó por un aviso de trabajo agrícola y ahora, junto con otros "
        "ocho jóvenes, varios de ellos menores, trabaja sin pago por una supuesta deuda y duerme en un galpón "
        "cerrado con cadena por las noches. Se deriva a la fiscalía y a la inspección laboral, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----

call(
    "h59-13",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon. How can I help you?
C: Hi, um, good afternoon. I'm not sure if this is the right number. I'm a tourist, I'm from [[LOCATION|Canada]], and I saw something in [[LOCATION|Máncora]] that's been bothering me.
O: You're in the right place. Tell me what you saw.
C: So there were these kids selling candy and bracelets at the bars on the main strip, really late, like past midnight, every single night we were there. Little kids, maybe [[AGE|seven or eight]].
O: How many children did you see?
C: Usually two girls and a boy. And then on the last night there was a fourth one, a tiny boy, asleep on a piece of cardboard by the bar entrance. So four, I guess.
O: Was there an adult with them?
C: Yes, a woman sat on a bench across the street and every half hour or so they'd bring her the money. One night the boy came back with not enough and she grabbed him by the hair and yelled at him. Nobody did anything.
O: Are you still in the area?
C: No, we left yesterday, I'm calling from [[LOCATION|Lima]]. But I'm sure they're still there.
O: Do you remember the name of the bar or any detail about the woman?
C: The bar was called [[ORGANIZATION|Sunset Loco]]. The woman wore a green apron and the kids called her "[[PERSON|tía Nancy]]". I have a photo of the kids, but I didn't want to post it anywhere.
O: That was the right choice; please don't share it publicly. We'll pass this to the child protection unit and the police in [[LOCATION|Piura]] so they can check the area at night.
C: Okay. Do you need my contact?
O: If you're willing, so they can ask you about the photo.
C: Sure, it's [[EMAIL_ADDRESS|m.tremblay.travels@gmail.com]], my name is [[PERSON|Marie]].
O: Thank you, [[PERSON|Marie]]. Someone may write to you this week.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        4,
        True,
        ["female", "male"],
        "Piura",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "A tourist reports that four young children sell sweets at beach-town bars until after midnight every "
        "night, handing the money to a woman who pulled one of them by the hair. The caller has left the area; "
        "the case is passed to child protection and police, who may contact the caller about a photo.",
    ),
)

call(
    "h59-14",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning! I hope this is okay, it's not an emergency. I coordinate a church volunteer group from [[LOCATION|Ohio]] and we're going to spend a month in [[LOCATION|Cajamarca]] later this year, helping at a school.
O: Of course. What would you like to know?
C: Before we go, I'd like to train my volunteers on how to recognize trafficking. What are the signs we should look out for, especially with kids?
O: Good question. For children, watch for kids working long hours instead of going to school, children who live with a family that isn't theirs and do all the housework, kids selling or begging late at night with an adult collecting the money, or teenagers who suddenly leave for a job in another city.
C: Okay, that's helpful. And if we see something, what should we do?
O: Don't confront anyone and don't take the child with you. Write down what you saw, the place and time, and call this line. It's free and you can stay anonymous.
C: Do you have anything in writing we could use?
O: Yes, there are prevention materials we can send, and we have a version in English. I'll give you the address of our website at the end of the call.
C: Perfect. And one more thing: is it okay for volunteers to post photos of the kids on social media?
O: We recommend not posting identifiable photos of children at all. It can expose them to risk.
C: Got it. Thank you so much, this is exactly what I needed.
O: You're welcome. Have a good trip.
""",
    note(
        "general_public",
        "information_request",
        ["unknown"],
        0,
        False,
        [],
        None,
        "at_risk",
        "low",
        ["information_given"],
        "A volunteer group coordinator planning a stay in the country asks how to recognise signs of child "
        "trafficking and what to do if they see something. Warning signs, reporting steps and advice against "
        "posting children's photos were given, and prevention materials were offered.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----

call(
    "h59-15",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, desculpa, eu sou brasileira, falo pouco espanhol. Posso falar em português?
O: Sí, pode falar, eu entendo.
C: Eu moro em [[LOCATION|Chiclayo]], sou casada com um peruano. A família da vizinha da frente tem uma menina do interior trabalhando na casa, ela deve ter uns [[AGE|quinze anos]].
O: O que está acontecendo com ela?
C: Agora mesmo, faz uns dez minutos, eu ouvi gritos. O patrão bateu nela no quintal, eu vi pela janela, e ela caiu e bateu a cabeça no chão. Depois ele trancou ela no quartinho dos fundos. Ela está chorando lá dentro, eu ouço daqui.
O: ¿Ella está herida? ¿Puede ver si está consciente?
C: Está consciente, porque chora, mas tinha sangue na testa. Essa menina nunca sai, nunca vai à escola, lava, cozinha, cuida das crianças desde cedo. Uma vez ela me disse que não recebe nada e que quer voltar para a mãe dela em [[LOCATION|Chota]].
O: ¿Me da la dirección de la casa?
C: É na [[ADDRESS|rua Las Magnolias 238, em La Victoria]], uma casa azul com portão preto. O homem se chama [[PERSON|Fredy]], eu acho.
O: Muy bien. Vou mandar a polícia agora para a casa e pedir que levem a menina para atendimento médico. Depois ela vai para um lugar seguro. A senhora não vá até lá sozinha.
C: Tá bom. Meu nome é [[PERSON|Luciana]], meu número é [[PHONE_NUMBER|+51 951 772 046]].
O: Gracias, [[PERSON|Luciana]]. A polícia pode ligar para a senhora. Se ouvir que estão tirando a menina de casa, ligue de novo.
C: Obrigada, por favor, rápido.
""",
    note(
        "acquaintance",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_health", "referral_shelter"],
        "Una vecina extranjera reporta que una adolescente que trabaja sin pago en la casa de enfrente, sin ir al "
        "colegio, acaba de ser golpeada por el dueño, está herida en la cabeza y encerrada en un cuarto. Se envió "
        "a la policía de inmediato y se coordina atención médica y un albergue.",
    ),
)

call(
    "h59-16",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu estou ligando do [[LOCATION|Brasil]], de [[LOCATION|Fortaleza]]. Aconteceu uma coisa comigo aí no [[LOCATION|Peru]] no ano passado e eu quero denunciar.
O: Claro, la escucho. ¿Está usted segura ahora?
C: Sim, sim, estou em casa com a minha família, tudo tranquilo. Foi em [[LOCATION|Máncora]]. Eu fui trabalhar num hostel, o anúncio dizia recepcionista com salário e quarto.
O: ¿Qué pasó cuando llegó?
C: O dono, um argentino que chamavam de [[PERSON|Tano]], ficou com meu passaporte "para o registro". Eu trabalhava de manhã até de madrugada, limpando quartos, no bar, e nunca me pagou. E depois de um tempo ele me obrigou a vender droga para os turistas no bar, dizia que se eu não vendesse ia me denunciar para a polícia como traficante.
O: ¿Había otras personas en la misma situación?
C: Tinha mais duas meninas, uma argentina e uma chilena, mais ou menos da minha idade. Eu tenho [[AGE|vinte e seis]]. A gente fugiu juntas numa noite, em [[DATE_TIME|novembro]], e cada uma voltou para seu país.
O: ¿El hostel sigue funcionando?
C: Sim, vi no Instagram, continua com o mesmo anúncio procurando recepcionista. O nome é [[ORGANIZATION|Hostel Ola Verde]], o perfil é [[OTHER_ID|@olaverde.mancora]]. Por isso estou ligando, não quero que aconteça com outras.
O: Hizo muy bien. Voy a registrar su denuncia y pasarla a la fiscalía especializada en trata. Le explico también que usted puede declarar de forma virtual, por el consulado, sin tener que viajar.
C: Ah, que bom. E eu não vou ter problema pela droga?
O: Usted fue obligada; en estos casos la ley protege a la víctima. La fiscalía le dará orientación legal.
C: Obrigada. Meu e-mail é [[EMAIL_ADDRESS|bia.nogueira26@hotmail.com]], meu nome é [[PERSON|Beatriz Nogueira]].
O: Gracias, [[PERSON|Beatriz]]. La fiscalía se va a comunicar con usted por ese correo.
""",
    note(
        "victim",
        "report",
        ["labour", "forced_criminality"],
        3,
        False,
        ["female"],
        "Piura",
        "past",
        "low",
        ["referral_legal", "information_given"],
        "Una mujer extranjera, ya de regreso en su país, denuncia que el año pasado trabajó sin pago en un hostal "
        "de playa con el pasaporte retenido y fue obligada a vender droga a turistas, junto con otras dos mujeres; "
        "el local sigue captando con el mismo anuncio. Se registra la denuncia para la fiscalía y se explicó que "
        "puede declarar a distancia.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
