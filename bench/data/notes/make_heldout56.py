#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout56.jsonl: 16 fictional, labelled counter-trafficking hotline calls (Peru hotline).

Theme: sexual exploitation, online recruitment and minors (social-media job offers, a
modelling casting, bars and discotecas in mining towns, a "loverboy" boyfriend recruiter,
sextortion), plus calls that are not trafficking (an online job scam, a teen who ran away
after a family argument and is safe, a prank) and follow-up calls about earlier reports.

Mix of styles: 6 lowercase unpunctuated Whisper-style Spanish, 4 cased Spanish (one
Colombian speaker, one from the Amazon), 3 English, 3 Brazilian Portuguese.
Caller roles: victim, family_member, acquaintance, witness, professional, general_public.
Call types: report, help_request, information_request, follow_up, not_relevant.
Exploitation: mostly sexual, one sexual+labour; victim counts 0-5, some told in parts or
corrected; minors and adults; regions across Peru and abroad; situations ongoing, past and
at_risk; urgency from immediate to low.

Everything here is invented: people, numbers, handles, e-mails, businesses and addresses.
Written by an outside writer who read only LABELS.md, make_dev.py and the builder
(make_heldout.py); same markup ([[TYPE|surface]] marks PII; O:/C: mark the speaker).
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout56.jsonl")

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h56-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita le llamo de un colegio de [[LOCATION|amarilis]] en [[LOCATION|huánuco]] soy la psicóloga del colegio la que ve tutoría
O: dígame profesora la escucho
C: mire hay un grupo de whatsapp que están pasando entre las alumnas donde ofrecen trabajo de anfitrionas en una discoteca en [[LOCATION|pataz]] allá por las minas dicen que pagan dos mil soles al mes con pasaje y cuarto incluido y que no se necesita experiencia
O: alguna alumna ya ha viajado
C: sí una de cuarto de secundaria [[PERSON|yesenia]] de [[AGE|quince años]] se fue hace dos semanas y desde ahí no viene al colegio su mamá dice que solo le manda audios cortitos diciendo que está bien pero que no puede hablar porque está trabajando de noche
O: hay otras alumnas que hayan aceptado la oferta
C: otra de su mismo salón de [[AGE|dieciséis]] ella dice que se va a fin de mes ah y espere me olvidaba hay una tercera de otro salón que ya mandó su foto y su dni al número del grupo entonces serían tres en total contando a [[PERSON|yesenia]]
O: sabe quién administra el grupo o cómo se llama la discoteca
C: el que escribe es un tal [[PERSON|kike]] su número es [[PHONE_NUMBER|nueve cinco dos siete cero uno cuatro ocho ocho]] y la discoteca se llama [[ORGANIZATION|la jungla vip]] eso sale en las fotos que mandan
O: muy bien profesora lo que describe son señales claras de captación de menores para explotación sexual vamos a derivar el caso hoy a la fiscalía y a la policía especializada de [[LOCATION|la libertad]] para que ubiquen a la alumna que ya está allá
C: y con las otras dos qué hago
O: le recomiendo citar hoy mismo a sus padres explicarles el riesgo y que no las dejen viajar guarde capturas del grupo y no lo borre porque es prueba
C: ya señorita voy a llamar a los padres ahorita
O: gracias por avisar profesora la llamamos el lunes para saber cómo van las familias y contarle lo que nos diga la fiscalía
""",
    note(
        "professional",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una psicóloga escolar reporta que un grupo de mensajería capta alumnas adolescentes con ofertas de trabajo "
        "como anfitrionas en una discoteca de una zona minera; una ya viajó y no puede hablar libremente, y otras dos "
        "están a punto de hacerlo. Se deriva a fiscalía y policía especializada, se orienta sobre cómo proteger a las "
        "otras alumnas y se hará seguimiento.",
    ),
)

call(
    "h56-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué te puedo ayudar
C: hola este no sé si es aquí pero necesito ayuda una persona me está amenazando por internet
O: tranquilo aquí te escuchamos me puedes decir cuántos años tienes
C: [[AGE|dieciséis]] soy de [[LOCATION|cayma]] en [[LOCATION|arequipa]]
O: cuéntame qué está pasando
C: conocí a una chica por instagram bueno decía que era chica su cuenta es [[OTHER_ID|arroba vale punto fit guion bajo cero nueve]] hablamos como un mes todos los días y me pidió fotos y yo le mandé unas fotos íntimas y ahora dice que si no le mando videos haciendo cosas y trescientos soles las va a publicar y se las va a mandar a mi mamá y a todo mi colegio
O: le has mandado dinero o algún video
C: le mandé cien soles por yape ayer y un video y ahora pide más dice que tengo plazo hasta mañana a [[DATE_TIME|las ocho de la noche]] y si no publica todo ya no sé qué hacer no puedo dormir
O: primero quiero que sepas que tú no has hecho nada malo tú eres la víctima lo que hace esa persona es un delito es extorsión sexual y como eres menor de edad también es explotación sexual no le mandes nada más ni plata ni videos y no borres los chats toma capturas de todo
C: pero si no le mando lo va a publicar
O: muchas veces amenazan para asustar y si pagas piden más vamos a derivar tu caso a la división de alta tecnología de la policía y a la fiscalía y también te vamos a poner en contacto con una psicóloga para que no pases esto solo es importante que un adulto de confianza lo sepa
C: no quiero que mi mamá se entere
O: te entiendo hay algún otro adulto en quien confíes
C: mi tía [[PERSON|rocío]] ella sí me entiende
O: muy bien habla con ella hoy me das un número donde te pueda llamar
C: [[PHONE_NUMBER|958 330 471]] es mi celular
O: te llamo mañana temprano antes de la hora que te dio esa persona y si publica algo o te amenaza de nuevo llámanos al toque
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        True,
        ["male"],
        "Arequipa",
        "ongoing",
        "high",
        ["information_given", "referral_legal", "referral_health", "follow_up_call"],
        "Un adolescente llama porque una cuenta falsa de redes sociales lo extorsiona con imágenes íntimas y le exige "
        "dinero y más videos sexuales con un plazo. Se le explicó que es víctima, que no pague ni borre las pruebas, "
        "y se deriva a la policía especializada, la fiscalía y apoyo psicológico, con seguimiento.",
    ),
)

call(
    "h56-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita soy taxista acá en [[LOCATION|nasca]] y quiero reportar algo que me ha dejado preocupado
O: claro cuénteme qué pasó
C: hace una hora más o menos recogí en el terminal a una señora con dos chiquitas y me dijo llévame a [[LOCATION|saramarca]] eso es zona minera informal puro bares y cantinas nomás hay allá
O: qué edad calcula que tenían las chicas
C: jovencitas pues [[AGE|catorce quince años]] las dos bueno no eran tres porque atrás había otra echada dormida con su mochila recién la vi cuando bajaron
O: le dijeron algo las chicas
C: una me preguntó si faltaba mucho para el restaurante dijo que venían de [[LOCATION|abancay]] a trabajar de meseras que les habían ofrecido por facebook y la señora la calló feo le dijo tú no hables nada
O: dónde las dejó exactamente
C: en un bar que se llama [[ORGANIZATION|el rincón del minero]] [[ADDRESS|al costado del grifo a la entrada del campamento]] ahí las metieron por una puerta de atrás y un hombre cerró con candado
O: recuerda cómo era la señora o si la llamaron por algún nombre
C: una de las chicas le dijo tía [[PERSON|chela]] es gordita con gorra roja y me pagó con un billete de cien
O: lo que me cuenta es muy grave voy a pasar ahora mismo la información a la policía para que vayan al bar me deja un número para que lo puedan ubicar
C: anote [[PHONE_NUMBER|nueve cuatro cuatro seis uno ocho dos siete tres]] pero mi nombre no lo doy
O: no hace falta su identidad queda reservada por favor no regrese al lugar ni confronte a nadie en un rato le devolvemos la llamada
C: ya señorita ojalá lleguen rápido
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Ica",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un taxista reporta que acaba de llevar a una mujer con tres adolescentes, captadas por redes sociales con una "
        "oferta de trabajo de meseras, a un bar de una zona minera informal, donde las encerraron. Se alertó a la "
        "policía para una intervención inmediata y se le devolverá la llamada.",
    ),
)

call(
    "h56-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes quiero denunciar a la mamá de mi pata el [[PERSON|chino]] porque lo tiene explotado jajaja
O: cuénteme qué le está pasando a su amigo
C: lo hace lavar los platos todos los días y barrer el patio y no le paga ni un sol es esclavitud señorita jajaja y encima no lo deja salir a jugar pelota hasta que termine la tarea
O: joven esta línea es para casos reales de trata de personas cuando a alguien lo obligan a trabajar lo engañan o lo explotan lo que me cuentas son tareas de casa
C: ya ya pero es verdad también lo hace tender su cama y sacar la basura a la calle eso es explotación laboral le dicen jajaja
O: te pido que no hagas llamadas de broma mientras la línea está ocupada alguien que de verdad necesita ayuda no puede comunicarse
C: ya ya señorita perdón fue idea del [[PERSON|chino]] está aquí al costado riéndose
O: está bien pero es importante que sepas para qué sirve este número si algún día a ti o a un amigo le ofrecen un trabajo raro por internet o ves que a alguien lo tienen trabajando a la fuerza puedes llamar gratis las veinticuatro horas
C: ya señorita disculpe no vuelve a pasar chau
O: gracias que tengas buena tarde
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
        "Llamada de broma de un joven que pretendía denunciar como explotación las tareas domésticas de un amigo. "
        "Se le explicó el propósito de la línea y se le pidió no repetir llamadas falsas.",
    ),
)

call(
    "h56-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló buenas tardes señorita le llamo desde [[LOCATION|italia]] de [[LOCATION|milán]] yo trabajo acá cuidando a una señora mayor y mi hija se quedó en [[LOCATION|lima]] con mi mamá en [[LOCATION|san juan de miraflores]]
O: cuénteme qué pasa con su hija
C: mi hija [[PERSON|nicole]] tiene [[AGE|dieciséis años]] y hace unos meses se consiguió un enamorado un tal [[PERSON|jordan]] que tiene como [[AGE|veinticinco]] le compra celular ropa zapatillas todo y mi mamá ya no la puede controlar se va con él dos tres días y no contesta
O: ha notado algo más que le preocupe
C: sí su prima me contó ayer llorando que [[PERSON|nicole]] le dijo que el [[PERSON|jordan]] la lleva a unas fiestas en un departamento y que ahí la hace estar con sus amigos y que los amigos le pagan a él le dice que si lo quiere tiene que ayudarlo porque él tiene deudas
O: ella ha dicho si quiere salir de esa relación
C: no ella dice que lo ama que él es el único que la entiende y yo desde acá no puedo hacer nada señorita me siento tan mal
O: señora lo que describe es una forma de captación muy común el supuesto enamorado enamora a la chica la aísla de su familia y después la explota sexualmente es trata de una menor de edad y es un delito vamos a derivar hoy el caso a la fiscalía de familia y a la policía especializada en trata para que la ubiquen
C: y qué hago yo
O: pídale a su mamá que ponga la denuncia en la comisaría y que no confronten al muchacho para no ponerla en riesgo tiene algún dato de él
C: en tiktok es [[OTHER_ID|jordan punto rkt]] y el celular de mi hija es [[PHONE_NUMBER|933 802 164]]
O: gracias señora la llamamos por whatsapp a este mismo número en dos días para contarle cómo avanza
C: gracias señorita por favor ayúdeme
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
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre que trabaja en el extranjero reporta que su hija adolescente tiene un enamorado adulto que la "
        "colma de regalos, la aleja de la familia y la lleva a fiestas donde la obliga a tener relaciones con otros "
        "hombres que le pagan a él. Se deriva a fiscalía de familia y policía especializada, se orienta sobre la "
        "denuncia y se hará seguimiento.",
    ),
)

call(
    "h56-lower-006",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita yo llamé [[DATE_TIME|el jueves]] por mi hija soy [[PERSON|teodoro ccama]] de [[LOCATION|juliaca]] me dieron un número de caso pero no lo tengo a la mano
O: sí señor [[PERSON|teodoro]] ya ubiqué su caso qué novedades tiene
C: mi hija [[PERSON|marleni]] me llamó anoche de un celular prestado está en [[LOCATION|la rinconada]] como le dije se fue con una señora para trabajar en una pollería
O: qué le contó
C: dice que de día la hacen cocinar y lavar sin pagarle nada y en la noche la hacen tomar con los mineros en un bar que se llama [[ORGANIZATION|el socavón de oro]] que está en el segundo piso de la misma pollería y que la señora le cobra la comida y el cuarto y no la deja salir
O: su hija tiene diecisiete verdad
C: sí [[AGE|diecisiete]] y dice que con ella está otra chica también de [[LOCATION|azángaro]] más chiquita de [[AGE|quince]] nomás a ella también la hacen tomar
O: le dijo algo más
C: que la señora dijo que [[DATE_TIME|el lunes]] las van a llevar a otro campamento más arriba y ahí ya no hay señal señorita si se la llevan ya no la voy a encontrar
O: eso es muy importante señor voy a agregar esta información a su caso y pasarla ahora mismo a la policía de [[LOCATION|la rinconada]] y a la fiscalía para que intervengan antes de que las trasladen
C: ya señorita por favor rápido
O: su número sigue siendo el mismo
C: sí el [[PHONE_NUMBER|951 207 638]]
O: lo llamo esta tarde para contarle qué dice la policía y si su hija vuelve a llamar dígale que puede marcar gratis a esta línea
""",
    note(
        "family_member",
        "follow_up",
        ["sexual", "labour"],
        2,
        True,
        ["female"],
        "Puno",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Un padre llama en seguimiento de su reporte: su hija adolescente, llevada a un asentamiento minero con una "
        "oferta de trabajo en una pollería, trabaja sin pago, es obligada a beber con mineros en un bar y no la dejan "
        "salir, junto con otra menor. Como las van a trasladar pronto, se pasa la información a policía y fiscalía "
        "para una intervención, con seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h56-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Le llamo desde [[LOCATION|Chiclayo]]. Mi hija de [[AGE|14 años]] no llegó anoche a la casa y yo pensé lo peor, con todo lo que sale en las noticias de chicas que se las llevan.
O: Entiendo su preocupación, señora. ¿Sabe dónde está su hija ahora?
C: Sí, gracias a Dios. Hace una hora me llamó la mamá de su amiga [[PERSON|Kiara]]; está en su casa, en [[LOCATION|José Leonardo Ortiz]]. Se fue porque discutimos: le quité el celular por sus notas y se molestó.
O: ¿Usted ha hablado con ella? ¿Alguien le ofreció un trabajo o un viaje, o la contactó algún desconocido por internet?
C: No, nada de eso. Ya hablé con ella por teléfono, está bien, solo está molesta conmigo. Dice que quiere quedarse a dormir allá y volver mañana. La mamá de [[PERSON|Kiara]] es una señora buena, la conozco de años.
O: Me alegra mucho que esté bien.
C: Yo solo quería saber si tengo que avisar a alguien, si tengo que poner una denuncia o algo.
O: Por lo que me cuenta, no hay señales de trata: está con una familia conocida y salió de la casa por una discusión. Le recomiendo coordinar con la otra mamá para recogerla, y si hay conflictos en casa, puede acudir a la DEMUNA de su distrito, que da orientación familiar gratuita.
C: Ya, señorita, muchas gracias. Me ha tranquilizado.
O: Si alguna vez nota que alguien le ofrece a su hija trabajos o viajes por redes sociales, nos puede llamar gratis a esta línea. Que tenga buena noche.
""",
    note(
        "family_member",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Una madre temía que su hija adolescente hubiera sido captada, pero la menor está a salvo en casa de una "
        "familia conocida tras una discusión familiar, sin señales de trata. Se le orientó sobre el servicio municipal "
        "de apoyo familiar.",
    ),
)

call(
    "h56-es-002",
    "es",
    "colombian",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, buenas noches. Qué pena con usted, señorita, yo no sé si aquí me pueden ayudar. Le hablo del celular de una vecina; yo soy colombiana, de [[LOCATION|Pereira]].
O: Sí, aquí la podemos ayudar. ¿Está en un lugar seguro para hablar?
C: Más o menos. Estoy en la terraza del edificio, ellos creen que estoy tendiendo ropa. Mire, a mí me contactaron por Facebook, una página de empleos, para trabajar de modelo de catálogo aquí en [[LOCATION|Lima]]. Me pagaron el pasaje y todo. Y cuando llegué me tocó hacer transmisiones por cámara, desnuda, y ahora también me mandan a salir con clientes.
O: ¿Quién las obliga?
C: Un man que le dicen el [[PERSON|Paisa]] y la mujer de él, [[PERSON|Yurani]]. Dicen que les debo cuatro millones de pesos del pasaje y del apartamento, y que no me devuelven el pasaporte hasta que pague.
O: ¿Hay más mujeres con usted?
C: Sí, somos cuatro colombianas... bueno, cinco, porque ayer llegó una nueva, una pelada de [[AGE|diecisiete]], y la pobre no para de llorar.
O: ¿Me puede dar la dirección?
C: Es en [[LOCATION|Los Olivos]], en la [[ADDRESS|calle Las Begonias 318, departamento 402]], un edificio amarillo frente al parque.
O: ¿Ellos tienen armas? ¿Están ahí ahora?
C: El [[PERSON|Paisa]] guarda una pistola en el cajón de la cocina. Está en el apartamento y hoy está muy bravo, le pegó a una de las muchachas.
O: Voy a avisar ahora mismo a la policía para que vayan al departamento. Cuando lleguen, diga que usted llamó a la línea. Después las vamos a llevar a un albergue, donde van a estar seguras. ¿Me dice su nombre?
C: [[PERSON|Leidy]]. Ay, ya me están llamando de abajo, tengo que colgar. Dios le pague, señorita.
O: La policía va en camino, [[PERSON|Leidy]]. No está sola.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        5,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una mujer extranjera captada por redes sociales con una oferta de modelo llama a escondidas: ella y otras "
        "cuatro mujeres, entre ellas una adolescente, son obligadas a hacer transmisiones sexuales por cámara y a "
        "prostituirse bajo una supuesta deuda, con pasaportes retenidos y un captor armado y violento. Se envió a la "
        "policía y se coordinará un albergue.",
    ),
)

call(
    "h56-es-003",
    "es",
    "amazonian",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Le llamo de [[LOCATION|Iquitos]], del barrio de [[LOCATION|Belén]]. Yo ya había llamado hace como dos semanas por mi sobrinita, la [[PERSON|Kely]], que se había ido en lancha con un señor a [[LOCATION|Yurimaguas]], para trabajar en un bar, pues.
O: Sí, señora. ¿Me da su nombre para ubicar el caso?
C: [[PERSON|Rosaura Tapullima]]. Ay, señorita, le llamo para contarle que ya la encontraron, pe. La policía la sacó de ese bar del puerto [[DATE_TIME|el sábado]]. Ayayay, cuánto habrá sufrido mi sobrinita, la hacían atender a los hombres ahí.
O: Qué bueno que esté a salvo, señora [[PERSON|Rosaura]]. ¿Sabe dónde está ahora?
C: En un albergue de [[LOCATION|Yurimaguas]]. Dicen que la van a tener ahí un tiempo porque es menor, tiene [[AGE|quince]] nomás. Mi hermana quiere ir a verla pero no sabe cómo, pe; no tiene plata para la lancha y no sabe con quién tiene que hablar.
O: Le explico: como es menor de edad, las visitas y su regreso a la familia los decide la fiscalía de familia que lleva el caso. Le voy a dar el número del albergue y de la fiscalía, y vamos a derivar a su hermana a un abogado gratuito del Estado para que la acompañe en los trámites.
C: Ya, señorita. ¿Y ese señor, el que se la llevó?
O: Eso lo ve la fiscalía; el abogado le puede informar cómo va la investigación. ¿Su hermana tiene celular?
C: Sí, el [[PHONE_NUMBER|965 118 402]], pero allá en la chacra a veces no hay señal, mejor a mí nomás me llama, al mismo número de la otra vez.
O: Perfecto. La llamo [[DATE_TIME|el jueves]] para ver si ya pudieron comunicarse con el abogado.
C: Gracias, señorita, Dios le bendiga. Bien bonito nos han ayudado.
""",
    note(
        "family_member",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "Loreto",
        "past",
        "low",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una tía llama en seguimiento de su reporte para informar que su sobrina adolescente fue rescatada de un bar "
        "donde era explotada sexualmente y está en un albergue. Se le explicó cómo se coordinan las visitas y el "
        "retorno, se deriva a la familia a asesoría legal gratuita y se hará seguimiento.",
    ),
)

call(
    "h56-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Yo... no sé cómo empezar. Me pasó algo hace tres años y recién ahora me animo a contarlo.
O: Tómese su tiempo, aquí la escuchamos. Todo lo que me cuente es confidencial.
C: Tengo [[AGE|20 años]]. Cuando tenía [[AGE|17]], vi en Instagram un anuncio de una agencia, [[ORGANIZATION|Stellar Models Perú]], que hacía castings en [[LOCATION|Lima]]. Yo soy de [[LOCATION|Cusco]]; viajé sola, ellos me pagaron el pasaje.
O: ¿Qué pasó cuando llegó?
C: El casting era en un departamento en [[LOCATION|Miraflores]]. El dueño, [[PERSON|Gianfranco]], me dijo que para entrar a la agencia tenía que hacer fotos "artísticas", y después me obligó a hacer videos con hombres. Me tuvo ahí casi dos meses, me quitó el DNI y me decía que si me iba mandaba los videos a mi familia.
O: Lo siento mucho. ¿Cómo logró salir?
C: Otra chica que estaba ahí me prestó plata y me escapé en un bus. Nunca le conté a nadie. Pero la semana pasada vi que la misma agencia sigue publicando castings, con otro nombre, y no quiero que les pase a otras chicas.
O: Hizo muy bien en llamar. Lo que vivió fue trata con fines de explotación sexual, y usted es víctima, no tiene ninguna culpa. Aunque haya pasado tiempo, se puede denunciar. Vamos a derivarla a una abogada gratuita para presentar la denuncia, y a un centro de atención psicológica, si usted quiere.
C: Sí, quiero. Me cuesta dormir desde entonces.
O: ¿Me deja un número o un correo para contactarla?
C: Mi celular es [[PHONE_NUMBER|984 115 320]], y mi correo es [[EMAIL_ADDRESS|flor.andina.k@gmail.com]].
O: Gracias. Mañana la llama la abogada, y yo la llamo la próxima semana para ver cómo se siente.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        True,
        ["female"],
        "Lima",
        "past",
        "medium",
        ["referral_legal", "referral_health", "follow_up_call"],
        "Una joven relata que años atrás, siendo menor de edad, fue captada por una falsa agencia de modelos en redes "
        "sociales, retenida sin su documento y obligada a grabar videos sexuales, hasta que logró escapar; la agencia "
        "sigue publicando anuncios. Se la deriva a asesoría legal para denunciar y a atención psicológica, con seguimiento.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h56-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, sorry, do you speak English? My Spanish is really basic.
O: Yes, I can help you in English. What's happening?
C: Okay, thanks. I'm a backpacker from [[LOCATION|Australia]], I'm in [[LOCATION|Cusco]] right now. I found a job offer on Instagram, working at a hostel in [[LOCATION|Arequipa]] in exchange for a bed and a small salary. The account was [[OTHER_ID|@andes_hostel_jobs]]. They asked for a hundred and fifty dollar "reservation deposit" and I sent it by Western Union.
O: And what happened after that?
C: Nothing. The account disappeared, the WhatsApp number doesn't answer, and I looked up the hostel and it doesn't exist. A friend at my hostel said this could be human trafficking and I got really scared.
O: I understand. Did they ask for your passport or copies of it, ask you to travel somewhere to meet someone, or threaten you in any way?
C: No, nothing like that. They just wanted the money. I never went anywhere. I'm totally fine, just angry and a bit embarrassed.
O: From what you describe, this sounds like an online job scam rather than trafficking: they took the money and disappeared. You can report it to the tourist police here in town, and ask Western Union whether the transfer can be traced. Keep screenshots of the messages.
C: Okay. Do you think I'll get the money back?
O: It's hard to say, but the report helps. And if you ever see an offer that asks for your passport or to travel to meet someone, you can call us to check it first. The line is free.
C: Great, thank you so much. That's a relief, honestly.
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
        "A foreign traveller lost a deposit to a fake hostel job offer on social media and feared it was trafficking. "
        "There were no trafficking indicators; the operator explained it was a scam and advised reporting it to the "
        "tourist police and keeping evidence.",
    ),
)

call(
    "h56-en-002",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening.
C: Hi, good evening. I'm the night manager at a small hotel in [[LOCATION|Cusco]], up in [[LOCATION|San Blas]]. My Spanish is okay but I'd rather do this in English, if that's possible.
O: Of course. What's happening?
C: About forty minutes ago a man checked in, a foreigner, maybe fifty. He came with a girl who looks about [[AGE|fourteen]]. He said she was his niece and that she'd lost her ID. She didn't look at me once, not once.
O: Where are they now?
C: Upstairs, in his room. And then, ten minutes ago, a second girl arrived in a taxi and asked for him at the desk. She looked even younger, like [[AGE|twelve or thirteen]]. She went up before I could say anything.
O: So there are two girls in the room with him right now?
C: Yes, two. His passport says [[PERSON|Derek Lowell]], number [[ID_NUMBER|548120937]]. The hotel is [[ORGANIZATION|Hostal Killa Wasi]], at [[ADDRESS|Cuesta de San Blas 219]], room [[ADDRESS|twelve, second floor]].
O: Thank you, that's very precise. I'm sending the police right now. Please don't go to the room and don't confront him. If he tries to leave with the girls, note which way they go and call us straight away.
C: Should I try to stop them at the door?
O: No, don't put yourself at risk. Just watch and tell us. Can I have your name and a number so the officers can find you?
C: I'm [[PERSON|Ingrid]]. My number is [[PHONE_NUMBER|+51 974 228 603]].
O: Thank you, [[PERSON|Ingrid]]. The police are on their way. I'll call you back in twenty minutes.
C: Okay. Okay, thank you. I'll be at the desk.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Cusco",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "A hotel night manager reports that a foreign man has just taken two young girls, one arriving after the other, "
        "into his room, claiming one is his niece. Police were dispatched immediately, the caller was told not to "
        "intervene, and a call back was promised.",
    ),
)

call(
    "h56-en-003",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, do you speak English? I'm calling from [[LOCATION|Houston]].
O: Yes, go ahead, I can help you in English.
C: Thank you. It's about my niece in [[LOCATION|Trujillo]]. She's [[AGE|sixteen]], well, no, sorry, she turned [[AGE|seventeen]] last month. A modelling scout messaged her on Instagram, from something called [[ORGANIZATION|Elite Runway Casting]], and they invited her to a casting in [[LOCATION|Lima]] on [[DATE_TIME|Saturday]].
O: What do they say about the casting?
C: It's in a hotel suite. She has to come alone, no parents, "for professionalism", and bring a bikini. They'll pay her bus ticket. They told her the top girls sign contracts abroad. Her mom thinks it's a great opportunity. I don't.
O: You're right to be worried. A minor travelling alone, a casting in a hotel room, swimwear, being told to leave the parents out: those are classic warning signs of recruitment for sexual exploitation. Our advice is that she shouldn't go, and that she keeps all the messages.
C: That's what I thought. Can you do something about the account?
O: Yes, we can register it and pass it to the police cybercrime unit and the prosecutor. Do you have the handle?
C: It's [[OTHER_ID|@eliterunway.castings]].
O: Thank you. It may help if we explain this directly to her mother. Could you give me her number?
C: Sure, she's [[PERSON|Milagros]], her number is [[PHONE_NUMBER|949 561 073]]. She might be more willing to listen to you than to me.
O: We'll call her today, before the weekend, and let you know if anything else is needed.
C: Thank you so much, really.
""",
    note(
        "family_member",
        "information_request",
        ["sexual"],
        1,
        True,
        ["female"],
        "Lima",
        "at_risk",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "An aunt living abroad asks about a modelling casting offered online to her teenage niece, to be held in a hotel "
        "suite with the girl travelling alone and without her parents. Warning signs were explained, the account is "
        "passed to the police and prosecutors, and the operator will call the girl's mother.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h56-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, vocês falam português? Estou ligando de [[LOCATION|Porto Velho]], no [[LOCATION|Brasil]].
O: Sí, pode falar, eu entendo.
C: Minha amiga [[PERSON|Jéssica]], de [[AGE|vinte e dois anos]], foi para o [[LOCATION|Peru]] faz um mês, para trabalhar num restaurante em [[LOCATION|Huepetuhe]], uma cidade de garimpo. Mas não era restaurante, é uma boate, e lá obrigam ela a fazer programa com os garimpeiros.
O: ¿Cómo se enteró usted?
C: Ela me mandou um áudio ontem à noite, chorando. Disse que pegaram o passaporte dela e que ela deve três mil reais da passagem e da comida, e que o dono fala que se ela fugir vai mandar buscar.
O: ¿Ella está sola allí?
C: Não, tem outra menina brasileira com ela, a [[PERSON|Bia]], que tem só [[AGE|dezesseis]]. As duas dormem num quarto atrás da boate, trancado por fora.
O: ¿Sabe el nombre del local?
C: Chama [[ORGANIZATION|Night Club El Dorado]], fica [[ADDRESS|do lado da ponte, na entrada da cidade]].
O: Muy bien. Vamos a avisar ahora a la policía de [[LOCATION|Madre de Dios]] para que vayan al local y las saquen. ¿Tiene un número de ella?
C: Tenho, é [[PHONE_NUMBER|+55 69 99214 3087]], mas por favor só mandem mensagem, não liguem, porque o dono olha o celular.
O: Entendido, no la llamaremos. Y a usted la volvemos a llamar para contarle.
C: Obrigada, muito obrigada.
""",
    note(
        "acquaintance",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Una amiga desde el extranjero reporta que una mujer captada con una oferta de trabajo en un restaurante es "
        "obligada a prostituirse en una discoteca de una zona minera, con el pasaporte retenido y una supuesta deuda, "
        "junto con una adolescente; las encierran de noche. Se envía a la policía al local, con seguimiento.",
    ),
)

call(
    "h56-pt-002",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Aqui é a [[PERSON|Rosângela]], conselheira tutelar de [[LOCATION|Epitaciolândia]], no [[LOCATION|Acre]]. Eu liguei no mês passado sobre uma adolescente peruana que tinha desaparecido.
O: Buenos días. ¿Me recuerda los datos del caso, por favor?
C: Claro. É a menina de [[AGE|dezesseis anos]], de [[LOCATION|Iñapari]], que um suposto namorado brasileiro conheceu pelo Instagram e trouxe para cá pela fronteira. Naquela época a gente não sabia onde ela estava.
O: Sí, ya ubiqué el caso. ¿Hay novedades?
C: Sim, graças a Deus. A polícia federal encontrou ela em [[LOCATION|Rio Branco]], numa casa onde esse homem obrigava ela a fazer programas com outros homens. Ele foi preso em flagrante.
O: ¿Dónde está ella ahora y cómo está?
C: Está num abrigo aqui, fez os exames médicos, está bem de saúde, mas muito abalada. Ela quer voltar para a mãe. O problema é que a família não atende o telefone que tínhamos, e precisamos de contato com as autoridades peruanas para organizar o retorno.
O: Entendido. Vamos a coordinar con la fiscalía de familia y con el consulado para el retorno, y a ubicar a la familia por medio de la policía de la zona. ¿A qué correo le podemos escribir?
C: Pode mandar para [[EMAIL_ADDRESS|rosangela.ct.acre@gmail.com]]. E o meu celular é [[PHONE_NUMBER|+55 68 99937 4120]].
O: Perfecto, [[PERSON|Rosângela]]. La llamamos en dos o tres días con los datos de la familia y de la fiscal a cargo.
C: Muito obrigada. Ela só fala que quer ir para casa.
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        1,
        True,
        ["female"],
        "Brasil",
        "past",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Una consejera de protección infantil del país vecino llama en seguimiento de su reporte: la adolescente "
        "peruana captada por un supuesto enamorado en redes sociales fue rescatada de una casa donde era explotada "
        "sexualmente y está en un albergue. Se coordina con la fiscalía de familia y el consulado para ubicar a la "
        "familia y organizar su retorno, con seguimiento.",
    ),
)

call(
    "h56-pt-003",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite. Desculpa, eu não falo espanhol direito. Sou brasileira, de [[LOCATION|Belém]], e estou em [[LOCATION|Cusco]].
O: No hay problema, pode falar em português. ¿Qué le pasa?
C: Eu vim por um anúncio no Instagram para dançarina numa discoteca, o [[ORGANIZATION|Inka Night Club]], salário de mil e quinhentos dólares. Viemos eu e outra brasileira, a [[PERSON|Thaís]].
O: ¿Y qué pasó cuando llegaron?
C: Faz três semanas que a gente dança todas as noites e não recebeu nada. O gerente, o [[PERSON|Renzo]], ficou com os nossos passaportes "para o registro". Agora ele diz que a gente deve a passagem e o quarto, e já obrigou a gente a sair com clientes duas vezes. Disse que se a gente não sair, não devolve os passaportes.
O: ¿Alguna de ustedes es menor de edad?
C: Não, eu tenho [[AGE|vinte e um]] e a [[PERSON|Thaís]] tem [[AGE|vinte e quatro]].
O: ¿Están en peligro en este momento?
C: Agora estou no hostel onde a gente mora, que também é dele. De dia não estamos trancadas, mas não temos dinheiro nem documento. A gente quer ir embora, mas hoje à noite ele vai querer que a gente saia com clientes de novo.
O: Entiendo. Podemos llevarlas a un albergue seguro y darles orientación legal para recuperar los pasaportes y denunciar. Mañana a primera hora pasamos a recogerlas con el equipo del albergue. Si esta noche las encierran o las amenazan, llamen de inmediato y enviamos a la policía.
C: Tá bom. Meu WhatsApp é [[PHONE_NUMBER|+55 91 98841 2276]]. Meu nome é [[PERSON|Camila]].
O: Gracias, [[PERSON|Camila]]. Le escribo en una hora para coordinar el lugar de encuentro.
C: Obrigada, de verdade.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        False,
        ["female"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "Una mujer extranjera captada por redes sociales como bailarina cuenta que ella y otra compatriota trabajan sin "
        "pago en una discoteca, con los pasaportes retenidos por una supuesta deuda, y que el gerente las ha obligado a "
        "prostituirse. Se coordina su traslado a un albergue y orientación legal, con seguimiento.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
