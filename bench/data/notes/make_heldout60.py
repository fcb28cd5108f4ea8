#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Generate heldout60.jsonl: 16 new fictional, labelled counter-trafficking hotline calls.

Theme: foreigners and calls across borders and languages. Venezuelan and Colombian
women in Tumbes and Lima, Bolivian and Brazilian workers in Puno and Madre de Dios,
a Haitian man on a construction site, Peruvians abroad (Chile, Argentina, Spain,
Japan) calling about themselves or relatives, tourists and expatriates who saw
something, plus look-alike calls that are not trafficking (a visa question, a
migrant-smuggling question with no exploitation, a job-fee scam with no
recruitment for exploitation) and one pre-recruitment at_risk consultation.

Mix: 5 lowercase unpunctuated Whisper-style Spanish, 4 cased Spanish (Venezuelan,
Colombian, plain x2), 4 English (2 plain, 2 code-switched Spanish/English), 3
Brazilian Portuguese. Caller roles cover victim, family member, acquaintance,
witness, professional and general public; urgency covers all four levels; victim
counts go from 0 to 12, some corrected mid-call.

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md,
../../shared/eval/make_dev.py and make_heldout.py (builder and [[TYPE|surface]]
markup). Everything (people, numbers, handles, plates, businesses, addresses) is
invented.

Run: python3 make_heldout60.py   (writes heldout60.jsonl next to this script)
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

CALLS.clear()
OUT = Path(__file__).with_name("heldout60.jsonl")


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h60-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló aló señorita ayúdeme por favor hablo bajito porque me pueden escuchar
O: te escucho bien tranquila estás en peligro ahora mismo
C: sí estoy encerrada en un cuarto atrás de un bar en [[LOCATION|aguas verdes]] en [[LOCATION|tumbes]] soy venezolana me trajeron de [[LOCATION|maracay]] diciendo que era para trabajar en una tienda de ropa
O: qué te están obligando a hacer
C: a estar con los clientes toda la noche y si no queremos nos pegan el dueño tiene una pistola y la enseña para asustarnos
O: cuántas chicas están contigo
C: somos cuatro venezolanas ah no cinco porque ayer trajeron a una nueva una colombiana chiquita tiene [[AGE|dieciséis años]] ella no para de llorar
O: sabes el nombre del bar o cómo es el lugar
C: se llama [[ORGANIZATION|bar el rincón de la frontera]] está [[ADDRESS|al lado del grifo grande pasando el puente internacional]] tiene un letrero rojo con foquitos
O: cómo te llamas si quieres decirme
C: [[PERSON|yuleisi]] tengo [[AGE|veintiún años]] el pasaporte me lo quitó la señora que le dicen la [[PERSON|flaca]] dice que le debemos el pasaje y la comida
O: [[PERSON|yuleisi]] esa deuda no es legal y tú no has hecho nada malo tienes un número donde la policía te pueda ubicar
C: este es de una amiga [[PHONE_NUMBER|952 418 337]] pero no me llamen escríbanme nomás porque la señora revisa los celulares
O: ahora mismo estoy avisando a la policía de [[LOCATION|tumbes]] para que vayan al bar pueden quedarse juntas en el cuarto
C: sí aquí estamos cuatro la nueva la tienen arriba en el segundo piso
O: cuando llegue la policía di que llamaste a la línea después las vamos a llevar a un albergue donde van a estar seguras
C: gracias señorita ya viene alguien tengo que colgar
O: no estás sola la ayuda va en camino
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        5,
        True,
        ["female"],
        "Tumbes",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una mujer venezolana llama escondida desde un bar fronterizo donde ella y otras cuatro mujeres, entre ellas "
        "una adolescente recién llegada, son obligadas a prostituirse bajo amenazas con arma y una supuesta deuda, "
        "con el pasaporte retenido. Se alertó a la policía para una intervención inmediata y se coordinará un albergue.",
    ),
)

call(
    "h60-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señorita yo le llamo desde [[LOCATION|el alto]] de [[LOCATION|bolivia]] es por mi hijo que está trabajando en una mina en [[LOCATION|puno]] allá en el [[LOCATION|perú]]
O: entiendo señora cuénteme qué le pasa a su hijo
C: mi hijo se llama [[PERSON|wilmer condori]] tiene [[AGE|dieciséis años]] se fue hace tres meses con un señor que le dicen don [[PERSON|beto]] que le prometió 2000 bolivianos al mes en [[LOCATION|la rinconada]] trabajando de cargador
O: y qué le ha contado su hijo
C: me llamó la semana pasada de un celular prestado dice que no le pagan nada que es el cachorreo trabajan treinta días gratis y un día sacan mineral para ellos pero ese día el patrón dice que no salió oro y que le deben la comida y la coca
O: puede salir de la mina cuando quiere
C: no dice que el patrón le tiene su carnet y que hay un guardia en la bocamina además hace mucho frío duermen en un cuarto de calamina sin colchón
O: está solo su hijo o hay otros chicos con él
C: ah no le dije con él se fueron dos primos suyos uno de [[AGE|quince años]] y otro de [[AGE|diecinueve]] los tres están ahí juntos
O: sabe el nombre de la mina o del patrón
C: la contrata se llama [[ORGANIZATION|cooperativa minera estrella del ande]] y el patrón es un señor [[PERSON|ticona]] eso es todo lo que sé
O: señora esto es explotación laboral y hay menores de edad vamos a derivar el caso a la fiscalía y a la policía especializada de [[LOCATION|puno]] tiene un número donde la podamos llamar
C: sí señorita [[PHONE_NUMBER|591 71 548 226]] es mi whatsapp
O: gracias señora y su nombre
C: [[PERSON|eusebia mamani]] señorita
O: gracias señora [[PERSON|eusebia]] en unos días la llamamos para contarle cómo avanza el caso si su hijo se vuelve a comunicar dígale que puede llamar gratis a esta línea desde cualquier celular del [[LOCATION|perú]]
C: ya señorita gracias que dios le bendiga yo solo quiero que regrese mi wawa
""",
    note(
        "family_member",
        "report",
        ["labour"],
        3,
        True,
        ["male"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una madre boliviana reporta que su hijo adolescente y dos primos, uno de ellos también menor, trabajan en una "
        "mina sin recibir pago, con una supuesta deuda por comida, el documento retenido y un guardia que les impide "
        "salir. Se deriva el caso a la fiscalía y a la policía especializada, con seguimiento.",
    ),
)

call(
    "h60-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días le escucho
C: buenos días joven yo soy albañil trabajo en una obra en [[LOCATION|carabayllo]] y quería contarle de un compañero haitiano que lo tienen mal
O: gracias por llamar qué es lo que pasa con su compañero
C: se llama [[PERSON|wilner]] le decimos el [[PERSON|profe]] porque habla francés e inglés tiene como [[AGE|treinta y cinco años]]
O: qué le está pasando
C: él duerme en la misma obra en un cuartito de triplay sin baño y el ingeniero le tiene el pasaporte desde que entró dice que es para hacerle los papeles
O: le pagan
C: le prometieron 70 soles diarios pero hace tres meses que no le dan nada solo le dan para su comida y le dicen que cuando termine la obra le pagan todo junto
O: lo dejan salir de la obra
C: sí sale a comprar pero el maestro de obra le dijo que si se va o si se queja lo entregan a migraciones y no le pagan nada él tiene miedo porque no habla bien castellano
O: ha visto que lo golpeen o lo amenacen de otra forma
C: golpear no pero le gritan le dicen cosas feas por ser negro y los domingos lo dejan cuidando la obra sin descanso
O: sabe el nombre de la empresa y dónde queda la obra
C: es la constructora [[ORGANIZATION|inversiones hércules sac]] la obra está en la [[ADDRESS|avenida túpac amaru kilómetro veinte al costado del paradero la cruz]]
O: él sabe que usted nos está llamando
C: sí él me pidió que llame porque no sabe cómo hacer su número es [[PHONE_NUMBER|927 603 148]] le pueden escribir en inglés o en francés
O: muy bien retener el pasaporte y no pagar no es legal aunque él no tenga papeles puede ser trabajo forzoso vamos a derivar el caso a la fiscalía y a la inspección de trabajo y le vamos a escribir a él para explicarle sus derechos
C: ya joven y a mí no me van a meter en problemas
O: su identidad queda reservada la próxima semana le escribimos a su compañero para ver cómo sigue
C: ya gracias joven
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        1,
        False,
        ["male"],
        "Lima",
        "ongoing",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un trabajador de construcción reporta que un compañero haitiano duerme en la obra, lleva meses sin recibir "
        "pago, tiene el pasaporte retenido y es amenazado con ser entregado a migración si se queja. Se deriva a la "
        "fiscalía y a la inspección laboral, con orientación sobre sus derechos y seguimiento.",
    ),
)

call(
    "h60-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches señorita yo soy peruana estoy llamando desde [[LOCATION|buenos aires]] en [[LOCATION|argentina]] no sé si ustedes me pueden ayudar desde allá
O: sí la escuchamos cuénteme qué le pasó
C: yo vine hace un año con una señora de [[LOCATION|juliaca]] que me ofreció trabajo de costurera me dijo que iba a ganar bien y que ella me pagaba el pasaje
O: y cómo fue el trabajo
C: era un taller en una casa en [[LOCATION|flores]] trabajábamos de siete de la mañana hasta la medianoche dormía ahí mismo al lado de las máquinas y nunca me pagaron me decían que tenía que devolver el pasaje y la comida
O: sigue usted en ese taller
C: no ya me escapé hace dos semanas el [[DATE_TIME|domingo 4]] cuando la señora se fue a una fiesta ahora estoy en la casa de una amiga de la iglesia estoy bien pero no tengo mi dni se quedó con la señora
O: me alegra que esté a salvo había otras personas trabajando en el taller
C: no solo yo y los hijos de la señora pero a ellos sí les pagaban
O: cómo se llama usted y cuántos años tiene
C: [[PERSON|nilda huanca]] tengo [[AGE|veinticuatro años]] la señora se llama [[PERSON|rufina]] y el taller es de su esposo
O: señora [[PERSON|nilda]] lo que le pasó es explotación laboral y usted tiene derecho a denunciar y a recibir ayuda el consulado en [[LOCATION|buenos aires]] le puede dar un documento para viajar aunque no tenga su dni
C: yo solo quiero regresar con mi mamá a [[LOCATION|juliaca]]
O: vamos a coordinar con el consulado para su retorno y una abogada la va a orientar sobre la denuncia tiene un número donde la podamos llamar
C: sí es el [[PHONE_NUMBER|+54 9 11 4827 3950]] tiene whatsapp
O: gracias mañana la llamamos para contarle lo del consulado
C: gracias señorita que dios se lo pague
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        1,
        False,
        ["female"],
        "Argentina",
        "past",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una mujer peruana que vive en el extranjero cuenta que escapó de un taller de costura donde trabajó un año sin "
        "pago, con jornadas excesivas y una supuesta deuda, y que no tiene su documento. Se le dio información sobre el "
        "consulado y se coordinarán su retorno y orientación legal, con seguimiento.",
    ),
)

call(
    "h60-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes señorita quería hacer una consulta es que creo que me han estafado
O: dígame en qué le puedo ayudar
C: yo vi un anuncio en facebook de una agencia que se llama [[ORGANIZATION|sol naciente empleos]] que ofrecía trabajo en fábricas en [[LOCATION|japón]] para descendientes de japoneses
O: ya le escucho
C: yo soy nieto de japonés entonces fui a su oficina en [[LOCATION|el cercado]] me pidieron 2500 soles para el trámite de la visa y los pasajes y les pagué hace un mes
O: y qué pasó después
C: ahora la oficina está cerrada el número no contesta y la página de facebook desapareció dicen que somos como veinte personas que pagamos
O: le pidieron su pasaporte o algún documento original
C: no solo una copia de mi dni mi pasaporte lo tengo yo nunca viajé a ningún lado
O: alguien le ha obligado a hacer algo o le ha amenazado
C: no nada de eso solo perdí mi plata quiero saber si ustedes pueden hacer que me devuelvan
O: entiendo lo que usted cuenta es una estafa y es un delito pero no es trata de personas porque nadie lo ha trasladado ni lo están explotando le recomiendo poner la denuncia por estafa en la comisaría o en la fiscalía con los recibos y las capturas del anuncio
C: ah ya entonces no es con ustedes
O: no esta línea es para casos de trata pero hizo bien en preguntar si más adelante le ofrecen un trabajo en el extranjero puede llamarnos para verificarlo antes de pagar
C: ya señorita gracias por la orientación
O: de nada que tenga buena tarde
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
        "Un hombre consulta porque pagó a una supuesta agencia por un trámite de trabajo en el extranjero y la agencia "
        "desapareció, sin que haya viajado ni entregado documentos originales. Se le explicó que se trata de una estafa y "
        "no de trata, y se le orientó para denunciarla.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h60-06",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, te llamo porque estoy desesperada por mi hermana. Ella está aquí en [[LOCATION|Lima]], en una discoteca en [[LOCATION|Los Olivos]], y no la dejan salir.
O: Tranquila, cuénteme con calma. ¿Cómo se llama su hermana?
C: [[PERSON|Oriana]], [[PERSON|Oriana Guerrero]]. Tiene [[AGE|24 años]]. Ella vino de [[LOCATION|Valencia]] hace un mes porque una muchacha por Instagram, [[OTHER_ID|@vane.empleos.lima]], le ofreció trabajo de anfitriona, puro atender mesas, vale.
O: ¿Y qué pasó cuando llegó?
C: Qué va, chama. Le quitaron el pasaporte apenas llegó, y ahora la obligan a estar con los clientes en unos cuartos que hay atrás. Dicen que debe 4000 soles del pasaje y del hospedaje. Anoche me mandó un audio llorando, que el encargado la amenazó porque no quiso.
O: ¿Está sola o hay otras chicas con ella?
C: Ella y una amiga suya de [[LOCATION|Maracay]], son dos. Bueno, no, espérate, en el audio dice que hay otra chamita más, una que tiene [[AGE|diecisiete]]. Serían tres, pues.
O: ¿Sabe el nombre de la discoteca o la dirección?
C: Se llama [[ORGANIZATION|Discoteca Luna Caribe]], queda en [[ADDRESS|la avenida Naranjal, al frente del paradero de la universidad]]. El encargado es un señor que le dicen el [[PERSON|Gocho]].
O: ¿Usted dónde se encuentra ahora?
C: Yo estoy en [[LOCATION|San Juan de Lurigancho]], vivo con mi esposo. Yo quería ir a buscarla, pero me da miedo, esa gente es peligrosa.
O: Hizo bien en no ir sola. Vamos a pasar el caso ahora a la policía especializada para que intervengan el local, y cuando las saquen las llevaremos a un albergue. ¿Tiene un número de contacto, y el de su hermana?
C: El mío es [[PHONE_NUMBER|934 257 118]]. El de ella es [[PHONE_NUMBER|+58 412 663 0915]], pero no la llamen, que le revisan el teléfono. Yo me llamo [[PERSON|Mariángel]].
O: Entendido, [[PERSON|Mariángel]], no la vamos a llamar. Si su hermana le vuelve a escribir, dígale que la ayuda va en camino y que puede llamar gratis al 0800-2-3232. Mañana le devuelvo la llamada.
C: Dale, gracias, mi vida. Yo no duermo desde anoche pensando en ella.
O: La entiendo. Vamos a hacer todo lo posible.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una mujer reporta que su hermana, captada por redes sociales con una oferta de anfitriona, es obligada a "
        "prostituirse en una discoteca con el pasaporte retenido y una supuesta deuda, junto con otra joven y una "
        "adolescente. Se pasó el caso a la policía especializada para intervenir el local y se coordinará un albergue, "
        "con seguimiento.",
    ),
)

call(
    "h60-07",
    "es",
    "colombian",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Qué pena con usted, yo quería hacer un reporte. Yo soy colombiana, tengo una peluquería en [[LOCATION|Zarumilla]], en [[LOCATION|Tumbes]].
O: Claro, la escucho. ¿Qué pasó?
C: Hoy en la mañana me llegaron dos muchachas colombianas, paisas, a arreglarse el pelo. Vinieron con un señor que no las dejaba ni un minuto solas, él tenía los celulares de ellas en el bolsillo.
O: ¿Pudo hablar con ellas?
C: Sí, cuando él salió a fumar, la más jovencita me dijo bien pasito que tiene [[AGE|17 años]], que las trajeron de [[LOCATION|Medellín]] por [[LOCATION|Ecuador]] diciéndoles que era para trabajar en un restaurante, y que ahora las tienen en un bar atendiendo hombres. Me dijo: "ayúdenos, por favor, nosotras no queremos eso".
O: ¿Le dijeron el nombre del bar?
C: El [[ORGANIZATION|Bar Sabor Costeño]], que queda en [[ADDRESS|la Panamericana, pasando el colegio, el que tiene las luces moradas]]. La otra muchacha se llama [[PERSON|Daniela]], ella es mayor, tendrá como [[AGE|veinte]].
O: ¿Y la menor le dijo su nombre?
C: [[PERSON|Sara]], nada más, ¿sí? No alcanzó a decirme el apellido. Ay, Dios mío, una niña.
O: ¿Y el señor que las acompañaba?
C: Le dicen el [[PERSON|Mono]]. Se las llevó en una moto, la placa la vi, era [[OTHER_ID|MT-4821]].
O: ¿Sabe si las amenazan o les hacen daño?
C: La jovencita tenía un morado en el brazo, y me dijo que les cobran una deuda de tres millones de pesos por el viaje, que hasta que no paguen no se pueden ir.
O: Lo que me cuenta es muy grave, hay una menor de edad. Vamos a alertar ya mismo a la policía de [[LOCATION|Tumbes]] para que intervengan el bar. ¿Me da un número de contacto?
C: Sí, claro, mi celular es [[PHONE_NUMBER|+57 311 482 6093]], todavía tengo el número colombiano, con WhatsApp. Me llamo [[PERSON|Luz Adriana]].
O: Gracias, señora [[PERSON|Luz Adriana]]. No vaya usted al bar. Si las muchachas vuelven, avísenos enseguida. La llamamos mañana para contarle.
C: Listo, mi reina, muchas gracias. Pobres peladas.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Tumbes",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Una peluquera reporta que dos jóvenes colombianas, una de ellas adolescente, le pidieron ayuda en secreto porque "
        "las obligan a atender hombres en un bar bajo una supuesta deuda, vigiladas por un hombre que les retiene los "
        "celulares. Aportó datos del local y de una moto, y se alertó a la policía para intervenir.",
    ),
)

call(
    "h60-08",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días, señorita. Disculpe, no sé si es aquí donde tengo que llamar. Es por mi hermana, que está trabajando en [[LOCATION|España]].
O: Sí, señora, cuénteme. ¿Qué le preocupa?
C: Mi hermana se llama [[PERSON|Carmen Rosa Llanos]], tiene [[AGE|45 años]]. Hace ocho meses se fue a [[LOCATION|Madrid]] a trabajar de interna, cuidando a una señora mayor. La contrataron por intermedio de una prima de la señora que vive en [[LOCATION|Huancayo]], acá cerca.
O: ¿Cómo la están tratando?
C: Al principio bien, pero ahora me dice que trabaja todo el día, que no tiene ni un día libre, que duerme en un colchón al lado de la cama de la abuelita para atenderla de noche. Le prometieron 900 euros y le pagan 200, dicen que le descuentan el pasaje.
O: ¿Tiene ella sus documentos?
C: No, el pasaporte se lo guardó el hijo de la señora, don [[PERSON|Ignacio]], dice que es para que no lo pierda. Y ella no tiene papeles allá, entonces le dicen que si sale a la calle la policía la va a deportar.
O: ¿Puede salir de la casa?
C: Solo a comprar el pan, cinco minutos, y le revisan el celular. A veces me escribe a escondidas en la noche.
O: ¿Le han hecho daño físico o la han amenazado de otra manera?
C: Golpes no, pero le gritan, y le dicen que si se va no le pagan nada de lo que le deben.
O: Entiendo. Lo que me cuenta puede ser servidumbre doméstica, que es una forma de trata. El consulado en [[LOCATION|Madrid]] puede apoyarla aunque no tenga papeles, y allá también hay organizaciones que ayudan a víctimas. ¿Sabe la dirección de la casa?
C: Es en [[ADDRESS|la calle Alcalá 312, cuarto piso]]. Y el teléfono de mi hermana es [[PHONE_NUMBER|+34 612 448 093]].
O: Muy bien. Vamos a derivar el caso a la fiscalía, que coordina con las autoridades españolas, y le voy a dar los datos del consulado para que su hermana se comunique. ¿Cuál es su nombre y su número?
C: [[PERSON|Gladys Llanos]], [[PHONE_NUMBER|964 330 271]].
O: Gracias, señora [[PERSON|Gladys]]. La próxima semana la llamo para saber cómo sigue su hermana. Si ella le dice que está en peligro, llámenos de inmediato.
C: Gracias, señorita. Yo solo quiero que vuelva sana.
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude"],
        1,
        False,
        ["female"],
        "España",
        "ongoing",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una mujer reporta que su hermana trabaja en el extranjero como empleada interna sin día libre, con un pago muy "
        "inferior al prometido, el pasaporte retenido por la familia empleadora y amenazas de deportación. Se deriva el "
        "caso a la fiscalía y se dieron datos del consulado y de servicios de apoyo, con seguimiento.",
    ),
)

call(
    "h60-09",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Disculpe, quería hacer una consulta. Yo soy venezolano, estoy en [[LOCATION|Arequipa]] hace un año, y mi permiso temporal se vence el próximo mes.
O: Claro. ¿Qué es lo que necesita saber?
C: Quiero saber cómo saco el carné de extranjería o una visa de trabajo, porque mi jefe me quiere poner en planilla, pero me pide el carné vigente.
O: ¿En qué trabaja usted?
C: Soy mecánico en un taller. Me pagan normal, cada quincena, tengo mi cuarto aparte y los domingos libres. El jefe me pidió una copia de mi pasaporte para el contrato, pero el original lo tengo yo.
O: Bien. ¿Alguien le está cobrando por hacerle el trámite o le ha pedido quedarse con sus documentos?
C: No, nada de eso. Un señor en la plaza me dijo que él me lo hacía por 800 soles, pero no le hice caso.
O: Hizo bien. Esta línea atiende casos de trata de personas y explotación, y lo que usted cuenta es un trámite migratorio. Ese trámite se hace directamente en Migraciones, por su página web o en su oficina de [[LOCATION|Arequipa]], sin intermediarios.
C: ¿Y si se me vence antes de que salga?
O: En Migraciones le explican cómo pedir la prórroga o el cambio de calidad migratoria. Le recomiendo empezar el trámite cuanto antes y guardar los comprobantes. Y nunca entregue su pasaporte original a nadie que no sea la autoridad.
C: Perfecto. ¿Y a ustedes los puedo llamar si algún día veo algo raro?
O: Sí, claro, es gratuito, las 24 horas, al 0800-2-3232.
C: Muchas gracias, señorita, muy amable.
O: A usted. Que le vaya bien con el trámite.
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
        "Un migrante consulta cómo regularizar su situación migratoria para que su empleador lo contrate formalmente; "
        "trabaja con pago regular y conserva sus documentos. Se le orientó sobre el trámite ante la autoridad migratoria "
        "y sobre el propósito de la línea.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h60-10",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, hello, do you speak English? It's kind of urgent.
O: Yes, I speak English. Tell me what's happening.
C: I'm on an overnight bus from [[LOCATION|Tumbes]] to [[LOCATION|Lima]], we're stopped at the terminal in [[LOCATION|Piura]] for half an hour. There's a man sitting behind me with three teenage girls, Venezuelan I think, and something's really off.
O: What have you noticed?
C: He's got all their passports in his jacket, I saw him count them. The girls barely talk. One of them, she can't be more than [[AGE|fifteen]], asked me in the bathroom line if she could borrow my phone, and said "he says we're going to work in a club in [[LOCATION|Lima]] but I want to go home".
O: Did she say anything else?
C: That he told them they owe him 500 dollars each for the trip. Actually, sorry, it's four girls, not three. There's another one sitting further up, he keeps checking on her too.
O: Thank you, that's important. Can you describe him and the bus?
C: He's maybe [[AGE|forty]], bald, red cap. The bus company is [[ORGANIZATION|Transportes Costa Norte]], it's a white double-decker, the plate is [[OTHER_ID|T3B-957]]. They're in seats 41 to 45 on the upper deck.
O: Are you safe where you are?
C: Yeah, I'm standing by the door of the bus. He didn't see her talk to me.
O: I'm alerting the police right now so they come to the terminal before the bus leaves. Please don't confront him. What's your name and number, in case the officers need to find you?
C: I'm [[PERSON|Tom Eriksen]], I'm from [[LOCATION|Norway]]. My number is [[PHONE_NUMBER|+47 912 44 608]].
O: Thank you, [[PERSON|Tom]]. The police are on their way to the terminal. If the bus starts to leave before they arrive, call us back immediately.
C: Okay, okay. The driver said we leave at [[DATE_TIME|10:40]], so about twenty minutes.
O: That should be enough time. Stay near the bus and keep your phone on. We'll call you back.
C: Thanks. I really hope I'm wrong about this.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "A tourist on an overnight bus reports that a man is travelling with four teenage girls whose passports he holds, "
        "and one of them quietly said they are being taken to work in a club against her will, under a travel debt. "
        "Police were alerted to intercept the bus at the terminal before it leaves.",
    ),
)

call(
    "h60-11",
    "en",
    "code_switching",
    """
O: Línea contra la trata, buenos días.
C: Hola, buenos días. Can I speak English? Mi español está bien, pero for this I'd rather use English, I grew up in the States.
O: Sure, we can speak English or mix, whatever is easier for you.
C: Okay, gracias. I'm Peruvian, I'm calling from [[LOCATION|Japan]], from [[LOCATION|Hamamatsu]]. I came four months ago through an agency in [[LOCATION|Lima]], [[ORGANIZATION|Global Nikkei Staff]], for a job at a car parts factory.
O: What's happening there?
C: The broker here, a guy called [[PERSON|Kenji]], took our passports "para guardarlos", and we work like fourteen hours, seis días a la semana. They take almost all the pay for the dormitory, the bus, the "agency fee", so at the end of the month I get basically nothing.
O: Are you able to leave the dormitory?
C: We can go to the konbini, pero la puerta se cierra a las diez, and he says if anyone quits they have to pay back 3,000 dollars. And he told us if we complain to the police, immigration will deport us.
O: Are you alone or are there others in the same situation?
C: There's five other Peruvian guys with me, in the same room. Wait, no, four, one left last week because his family paid the debt. So five of us total, counting me.
O: Is anyone hurt or in danger right now?
C: Not right now. But one guy, [[PERSON|Percy]], cut his hand at the machine and they didn't take him to a doctor, he's still working with it wrapped in tape.
O: I'm sorry. Can you tell me your name and a way to reach you?
C: [[PERSON|Diego Yamashiro]], I'm [[AGE|26]]. My LINE ID is [[OTHER_ID|diegoyama_pe]], or WhatsApp [[PHONE_NUMBER|+81 80 4417 2296]].
O: Thank you, [[PERSON|Diego]]. Passports held, a debt and threats can be forced labour. We'll report the agency in [[LOCATION|Lima]] to the prosecutor, and I'll send you the contact of the consulate and of a support group for migrant workers there.
C: Okay. ¿Y les digo a los demás?
O: Talk to them calmly, and don't sign anything new. Keep photos of your pay slips and the messages. I'll call you on WhatsApp again, when is a good time?
C: [[DATE_TIME|Sunday morning]] is best, [[LOCATION|Japan]] time. Gracias, de verdad.
O: You're welcome, [[PERSON|Diego]]. You did the right thing calling.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        5,
        False,
        ["male"],
        "Japan",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "A Peruvian man working abroad reports that he and four compatriots at a factory have their passports held by a "
        "broker, work very long hours, lose most of their pay to deductions for an alleged debt and are threatened with "
        "deportation. The recruiting agency is referred to the prosecutor and he was given consular and support "
        "contacts, with follow-up.",
    ),
)

call(
    "h60-12",
    "en",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, buenas tardes. Sorry, I'm gonna mix, my Spanish is rusty. I live in [[LOCATION|Miami]], pero mi familia es de [[LOCATION|Trujillo]]. I'm calling about my cousins in [[LOCATION|Chile]].
O: No problem. Tell me about them.
C: So my tía sent her two kids, [[PERSON|Yessenia]], she's [[AGE|sixteen]], and [[PERSON|Kevin]], he's [[AGE|fourteen]], with a family friend to [[LOCATION|Santiago]], supposedly to study there. The lady, la señora [[PERSON|Nelly]], has a fruit stall at [[ORGANIZATION|Feria Mayorista Los Andes]].
O: Are they going to school?
C: No, that's the thing. [[PERSON|Yessenia]] called me on video last night, crying. They're at the stall from four a.m. unloading boxes and selling till night, no school, no pay, and they sleep in the storage room behind the stall.
O: Are they allowed to call their mother, or to leave?
C: La señora keeps their phones, [[PERSON|Yessenia]] used a customer's phone. And she says they can't leave because they owe her for the bus tickets. She also yells at [[PERSON|Kevin]], le jala las orejas, that kind of thing.
O: Does their mother know?
C: My tía is in [[LOCATION|Trujillo]], she doesn't have money to go. She's scared, la señora told her that if she makes trouble the kids will be sent to a children's home.
O: Thank you. This sounds like labour exploitation of two minors. We'll refer the case to the prosecutor here, who works with the authorities there, and I'll give you the contact of the consulate in [[LOCATION|Santiago]]. Do you know exactly where they sleep?
C: In the stall itself, [[ADDRESS|stall 118, central aisle of building 3]].
O: Can I have a number for you and for the children's mother?
C: Mine is [[PHONE_NUMBER|+1 786 555 0142]]. My tía's is [[PHONE_NUMBER|948 271 604]], she's [[PERSON|Rosa Alfaro]]. And I'm [[PERSON|Stephanie Alfaro]].
O: Thank you, [[PERSON|Stephanie]]. We'll call your aunt tomorrow to take her statement and explain the next steps, and we'll follow up with you too.
C: Perfect, gracias. I just want them safe and back in school.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        2,
        True,
        ["female", "male"],
        "Chile",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "A relative living abroad reports that her two teenage cousins were taken by a family acquaintance to another "
        "country supposedly to study, but work unpaid at a market stall from before dawn, sleep in a storeroom, have "
        "their phones taken and are told they owe a debt. The case is referred to the prosecutor and consular contact "
        "details were given, with follow-up.",
    ),
)

call(
    "h60-13",
    "en",
    "plain",
    """
O: Línea contra la trata, good morning.
C: Good morning. I'm not sure this is the right number, but a friend said to call you. I just want to check something before I do it.
O: Of course. How can I help?
C: I'm [[PERSON|Claire]], I'm British, I've lived in [[LOCATION|Lima]] for two years with my husband and kids, in [[LOCATION|Miraflores]]. We're looking for a live-in nanny, and an agency sent us a girl's profile.
O: What did the agency tell you?
C: The agency is [[ORGANIZATION|Niñeras Selva Feliz]]. The girl is from a village near [[LOCATION|Pucallpa]], she's [[AGE|sixteen]]. They said we don't need to pay her a salary, just room and food, and send some money to the agency every month, and that her parents agreed. They'd keep her DNI "for safety", and she'd get one Sunday off a month.
O: Has she already come to your house?
C: No, no. They want to bring her on [[DATE_TIME|Friday]], and we'd pay them 600 soles upfront. It just didn't feel right to me, taking in a child like that.
O: Your instinct is right. Several things here are warning signs of trafficking for domestic servitude: a minor, no salary, the agency keeping her ID, payments to the agency and almost no days off. Live-in domestic work is also considered hazardous work for adolescents, so it isn't allowed.
C: Oh gosh. So what should I do? I don't want her to end up with another family that doesn't care.
O: Please don't pay or accept the girl. If you agree, we can pass the agency's details to the prosecutor and the police so they look into it. Do you have their contact?
C: Yes, the man who called me is [[PERSON|Ronald]], his number is [[PHONE_NUMBER|951 247 830]], and they have a Facebook page, [[OTHER_ID|facebook.com/ninerasselvafeliz]].
O: Thank you. We'll forward this today. Could we have a number for you, in case the prosecutor needs a statement?
C: Sure, it's [[PHONE_NUMBER|987 450 216]]. And if they call me again?
O: Tell them you're no longer interested, without mentioning us, and let us know if they insist or if you learn where the girl is now.
C: Will do. Thank you, really. I'm glad I asked.
O: Thank you for checking first, [[PERSON|Claire]]. That may protect her.
""",
    note(
        "general_public",
        "information_request",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Lima",
        "at_risk",
        "medium",
        ["information_given", "referral_legal"],
        "An expatriate looking for a live-in nanny asks about an agency offering a teenage girl from the Amazon with no "
        "salary, her ID kept by the agency and monthly payments to the recruiter. The warning signs of trafficking for "
        "domestic servitude were explained, and the agency's details are being passed to the prosecutor and police.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h60-14",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde, desculpa, o senhor fala português? Eu sou brasileiro, estou no [[LOCATION|Peru]], perto de [[LOCATION|Iñapari]], em [[LOCATION|Madre de Dios]].
O: Sí, un poco, pode falar devagar. ¿Qué le está pasando?
C: A gente veio do [[LOCATION|Acre]] para trabalhar num acampamento de madeira. Um gato, o recrutador, prometeu 3 mil reais por mês. Faz dois meses que a gente trabalha cortando árvore, de sol a sol, e não recebeu nada.
O: ¿Cuántos son ustedes?
C: Somos onze brasileiros e um boliviano, doze no total, contando comigo. Tem um menino de [[AGE|dezessete anos]], sobrinho de um companheiro.
O: ¿Pueden salir del campamento?
C: Não. Fica a dois dias de barco pelo rio, e o capataz anda com uma espingarda. Ele diz que a gente deve a comida, as botas e a motosserra, e que ninguém vai embora até pagar.
O: ¿Alguien está herido?
C: Um rapaz, o [[PERSON|Cleiton]], cortou a perna com a motosserra faz uma semana e está com febre. Não tem remédio aqui.
O: ¿Desde dónde está llamando?
C: Subi num morro onde pega um pouco de sinal. O acampamento é da [[ORGANIZATION|Madeireira Rio Tahuamanu]], o dono é um peruano que chamam de [[PERSON|Gringo]]. O ponto no GPS é [[ADDRESS|menos 10,87 e menos 69,71]].
O: Muy bien. Voy a avisar a la policía y a la fiscalía de [[LOCATION|Madre de Dios]] para que organicen un rescate, y pedir atención médica para su compañero. ¿Cuál es su nombre y un número?
C: [[PERSON|Edivaldo Souza]]. O número é [[PHONE_NUMBER|+55 68 99231 4470]], mas só tenho sinal aqui no morro, de tarde.
O: Entendido, [[PERSON|Edivaldo]]. Mañana en la tarde le escribimos por WhatsApp. Si el capataz los amenaza con el arma, intente llamar otra vez.
C: Obrigado, obrigado. A gente só quer voltar para casa.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        12,
        True,
        ["male"],
        "Madre de Dios",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "referral_health", "follow_up_call"],
        "Un trabajador brasileño llama desde un campamento maderero donde él y otros once hombres, entre ellos un "
        "adolescente, trabajan sin pago bajo una supuesta deuda y vigilados por un capataz armado que les impide irse; "
        "uno está herido y con fiebre. Se alertó a la policía y a la fiscalía para un rescate y se pidió atención médica, "
        "con seguimiento.",
    ),
)

call(
    "h60-15",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu queria tirar uma dúvida, é rápido. Eu tenho uma pousada em [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]], bem na fronteira com o [[LOCATION|Peru]].
O: Dígame, le escucho.
C: Aqui passam muitos haitianos e venezuelanos que querem ir para o [[LOCATION|Peru]] e depois para o [[LOCATION|Chile]]. Tem um rapaz aqui, motorista, que cobra 300 reais para levar eles de carro até [[LOCATION|Iñapari]] sem passar pela migração. Eu queria saber se eu posso ter problema por indicar ele aos hóspedes.
O: ¿Ese conductor los obliga a trabajar, les quita los documentos o los entrega a otra persona?
C: Não, não. Ele só leva, eles pagam e cada um segue o seu caminho. Ninguém fica devendo nada. Eu conheço os hóspedes, depois me mandam mensagem do [[LOCATION|Chile]] agradecendo.
O: Entiendo. Lo que usted describe es tráfico de migrantes, es decir, ayudar a cruzar una frontera de forma irregular a cambio de dinero. Es un delito distinto de la trata: en la trata se capta a la persona para explotarla, con engaño, deudas o amenazas.
C: Então não é com vocês?
O: No es un caso de trata, pero sí es un delito, y usted podría tener problemas si lo recomienda. Le aconsejo no hacerlo y sugerir a los migrantes que crucen por el control migratorio, donde pueden pedir refugio o un permiso.
C: Entendi. Mas e se algum dia eu vejo que alguém está sendo enganado, tipo prometendo trabalho?
O: Ahí sí, llámenos. Si a alguien le ofrecen trabajo y después le quitan el pasaporte, le cobran una deuda o no lo dejan irse, eso puede ser trata. La llamada es gratuita, al 0800-2-3232.
C: Muito bem. E os próprios hóspedes também podem ligar?
O: Sí, cualquier persona, las 24 horas, y atendemos en portugués.
C: Obrigada pela explicação, foi muito útil.
O: De nada, buen día.
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
        "Una dueña de hospedaje en la frontera consulta si puede tener problemas por recomendar a un conductor que cobra "
        "por cruzar migrantes sin pasar por el control migratorio, sin indicios de explotación. Se le explicó la "
        "diferencia entre tráfico de migrantes y trata, y se le aconsejó no hacerlo.",
    ),
)

call(
    "h60-16",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Aqui é [[PERSON|Fernanda Lopes]], do setor consular de assistência a brasileiros em [[LOCATION|Puerto Maldonado]].
O: Buenas tardes, señora [[PERSON|Fernanda]]. ¿En qué le podemos ayudar?
C: Estou ligando para dar seguimento ao caso das três brasileiras que foram resgatadas de um bar em [[LOCATION|Laberinto]] [[DATE_TIME|no dia 3 de maio]].
O: Sí, recuerdo el caso. ¿Cómo están ellas?
C: As três estão bem, ainda no abrigo. Duas já voltaram a falar com a família em [[LOCATION|Rondônia]] e querem voltar ao [[LOCATION|Brasil]] na semana que vem. A gente já fez os documentos de viagem.
O: Qué buena noticia. ¿Y la tercera?
C: A mais nova, a [[PERSON|Thaís]], que tem [[AGE|dezenove anos]], está grávida e precisa de acompanhamento pré-natal. O abrigo pediu que a gente confirmasse com vocês quem organiza a consulta.
O: Podemos coordinar su atención en el centro de salud cerca del albergue. ¿Hay algún riesgo para ellas ahora?
C: Não, o dono do bar está preso e ninguém procurou as moças. Está tudo calmo.
O: ¿Ellas quieren seguir con la denuncia aquí?
C: Sim, as três vão dar depoimento antes de viajar, por videochamada se for preciso. A advogada da defensoria já está acompanhando.
O: Perfecto. Entonces coordino la cita prenatal para esta semana y le devuelvo la llamada para confirmarle el día y la hora. ¿Su número sigue siendo el mismo?
C: Sim, é o [[PHONE_NUMBER|982 716 354]], ou o e-mail [[EMAIL_ADDRESS|assist.pmaldonado@consbr.org]].
O: Muy bien, señora [[PERSON|Fernanda]]. Gracias por el seguimiento.
C: Eu que agradeço. Até logo.
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        3,
        False,
        ["female"],
        "Madre de Dios",
        "past",
        "low",
        ["referral_health", "follow_up_call"],
        "Una funcionaria consular da seguimiento al caso de tres mujeres brasileñas rescatadas de un bar, que siguen en un "
        "albergue y preparan su retorno y su declaración. Se coordina atención de salud prenatal para una de ellas y se le "
        "devolverá la llamada para confirmar la cita.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
