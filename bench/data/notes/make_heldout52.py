# ruff: noqa: E501
"""Held-out notes set 52: sixteen NEW fictional hotline calls, written by an outside
writer who read only LABELS.md, make_dev.py and make_heldout.py.

Theme: city calls from Lima, Arequipa, Trujillo and Chiclayo about sexual
exploitation, forced begging, forced crime (drug couriers, "pirañitas") and
marriage / "enamorado" recruitment, plus three calls that are not trafficking.
All people, numbers, businesses and addresses are invented.

Mix (16):
  h52-lw-01..06  lowercase unpunctuated Whisper-style Spanish (fillers, self-corrections,
                 numbers in words, a few misheard words)
  h52-es-01..04  cased Spanish (h52-es-02 Venezuelan)
  h52-en-01..03  English
  h52-pt-01..03  Brazilian Portuguese (operator answers in Portuguese; summaries in Spanish,
                 as make_heldout.py does for its Portuguese calls)

Labelling choices:
  * region = the department (or country) named as where the exploitation happens or
    would happen: Lima -> "Lima", Arequipa/Chala -> "Arequipa", Trujillo -> "La Libertad",
    Chiclayo -> "Lambayeque".
  * Calls that are not trafficking (domestic violence without exploitation, a missing
    teenager found at a friend's house, a question about a residence procedure) are
    not_relevant with exploitation [], victims 0/False/[], region null, situation null,
    urgency low, and the action the operator actually took (information_given).
  * victims.count counts every exploited person the caller describes, the caller
    included when she/he is one; minors_involved is about their age at the time of the
    exploitation.
  * An action the operator offers and the caller declines is not listed; an action
    only asked about by the operator is not listed.
  * Marriage recruitment of a child in exchange for money is labelled "other".
  * A call back about a report the caller already made is follow_up.
  * Style tags: lowercase_asr, plain, venezuelan, portuguese (as in make_heldout.py).
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout52.jsonl")

CALLS.clear()

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h52-lw-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí este señorita soy taxista ya acabo de dejar a un señor con dos chiquitas en un hostal acá en [[LOCATION|lince]]
O: gracias por llamar usted está manejando puede hablar tranquilo
C: sí sí me estacioné a la vuelta eh las chiquitas tendrán [[AGE|trece catorce años]] máximo todavía con uniforme del colegio y el señor ya mayor de unos cincuenta
O: qué le hizo pensar que algo estaba mal
C: o sea en el carro les decía que si se portaban bien les daba su plata como la otra vez y una lloraba y él le decía cállate cállate y le quitó el celular
O: cómo se llama el hostal o la dirección
C: es el hostal [[ORGANIZATION|los cipreses]] en la [[ADDRESS|avenida arenales cuadra veinte dos no perdón veintitrés]] al costado de una botica
O: entraron hace cuánto
C: hace cinco minutos nomás señorita ahorita están adentro
O: vamos a mandar a la policía en este momento al hostal me puede dejar un número por si la policía necesita ubicarlo
C: no no mejor no señorita no quiero problemas yo tengo mi familia
O: está bien no se preocupe su llamada es anónima por favor no entre al hostal ni se acerque al señor
C: ya ya ojalá lleguen rápido
""",
    note(
        "witness",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch"],
        "Un taxista reporta que acaba de dejar en un hostal a un hombre mayor con dos niñas en uniforme "
        "escolar, a quienes ofrecía dinero y a una de las cuales le quitó el celular mientras lloraba. Se envió "
        "a la policía de inmediato; el llamante prefirió no dejar un número de contacto.",
    ),
)

call(
    "h52-lw-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes
C: buenas tardes hijita disculpe yo soy abuelita llamo de [[LOCATION|arequipa]] de [[LOCATION|cerro colorado]] es por mi nieta
O: claro señora cuénteme con calma
C: mi nieta tiene [[AGE|quince años]] y tiene un enamorado que ya es mayor de veinti- de veintiocho creo y le está diciendo para irse con él a [[LOCATION|chala]] a trabajar en el karaoke de su tía
O: y qué le dice que va a hacer en ese karaoke
C: que va a atender a los señores mineros que le van a pagar por acompañarlos a tomar y que va a ganar como mil soles a la semana ay señorita eso no es trabajo para una niña
O: tiene razón señora ya se fue su nieta o todavía está con usted
C: está acá conmigo pero dice que el sábado se va que el enamorado le manda el pasaje por yape
O: señora lo que me cuenta tiene señales de captación para explotación sexual es muy importante que guarde los mensajes y que ponga la denuncia en la comisaría o en la fiscalía de familia le voy a explicar cómo
C: ya hijita pero yo no sé leer bien los mensajes esos del celular
O: no se preocupe vamos a derivar el caso a la fiscalía para que la acompañen y yo la llamo el jueves para ver cómo va me da un número
C: sí apunte [[PHONE_NUMBER|nueve cinco ocho tres dos uno cero cuatro siete]] es de mi hijo
O: gracias señora mientras tanto hable con su nieta con cariño y no la deje viajar
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Arequipa",
        "at_risk",
        "high",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una abuela reporta que su nieta adolescente es presionada por su enamorado adulto para viajar esta "
        "semana a una zona minera a acompañar a clientes en un karaoke, con pasaje pagado por él. Se explicaron "
        "las señales de captación y cómo denunciar, se deriva a fiscalía y se hará seguimiento.",
    ),
)

call(
    "h52-lw-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días eh no sé si esto es para acá es algo que me pasó hace años cuando era chibola
O: cuénteme con confianza
C: yo soy de [[LOCATION|trujillo]] del [[LOCATION|porvenir]] y cuando tenía [[AGE|once años]] un señor que le decían [[PERSON|cara cortada]] nos tenía a mí y a mi hermanito robando celulares en el centro o sea de pirañitas
O: y si no robaban qué pasaba
C: nos pegaba con la correa y no nos daba de comer y a mi hermanito lo quemó con cigarro eso duró como dos años hasta que nos llevó el inabif
O: lo siento mucho ahora usted está a salvo
C: sí ahora tengo [[AGE|veinticuatro]] trabajo y todo pero ayer lo vi a ese señor en el paradero con otros niños y me dio una cosa y quiero saber si todavía puedo denunciarlo
O: sí puede denunciar la trata de menores no prescribe en tan poco tiempo le voy a derivar a una abogada del programa de víctimas que la va a orientar gratis
C: ya gracias
O: también le puedo conseguir apoyo psicológico si quiere hablar con alguien
C: no no eso no gracias ya llevé terapia de chica
O: está bien la abogada la llama esta semana y si vuelve a ver niños con ese señor llámenos de inmediato
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["female", "male"],
        "La Libertad",
        "past",
        "low",
        ["information_given", "referral_legal"],
        "Una mujer adulta cuenta que de niña ella y su hermano menor fueron obligados durante años a robar "
        "celulares bajo golpes y privación de comida, y que ahora vio al responsable con otros niños. Se le "
        "informó que puede denunciar y se deriva a asesoría legal gratuita; rechazó el apoyo psicológico.",
    ),
)


call(
    "h52-lw-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: sí buenas tardes mire yo vivo en [[LOCATION|chiclayo]] por el [[ADDRESS|mercado modelo en la esquina de la puerta cuatro]] y todos los días veo a unas niñitas pidiendo plata
O: cuántas niñas son
C: son dos hermanitas y una prima así me dijo la más grandecita la mayor tendrá [[AGE|nueve]] y las chiquitas [[AGE|seis siete]]
O: están con algún adulto
C: no están solas todo el día pero en la tarde llega un señor en una mototaxi roja placa [[OTHER_ID|cuatro cinco dos uno guion ele a]] y les quita toda la plata y si no juntaron le jala el pelo a la chiquita yo lo he visto
O: desde hace cuánto tiempo pasa esto
C: ya como un mes señorita desde que empezó el calor y las niñas no van al colegio dice que son de [[LOCATION|cajamarca]] que el señor les trajo
O: gracias lo que describe es mendicidad forzada de niñas vamos a informar a la policía y a la unidad de protección de menores para que intervengan en el mercado
C: ya ya pero hoy mismo porque en la tarde él viene
O: sí se envía hoy le puedo llamar mañana para contarle
C: sí está bien llámeme al [[PHONE_NUMBER|nueve siete nueve cero ocho ocho uno cuatro dos]]
O: anotado gracias por preocuparse por esas niñas
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        3,
        True,
        ["female"],
        "Lambayeque",
        "ongoing",
        "high",
        ["police_dispatch", "follow_up_call"],
        "Una vecina reporta que tres niñas pequeñas, traídas de otra región, piden dinero todo el día en un "
        "mercado sin ir al colegio y que un hombre en mototaxi se lleva lo recaudado y las maltrata. Aportó la "
        "placa del vehículo; se informa a la policía y a protección de menores para intervenir hoy, con seguimiento.",
    ),
)

call(
    "h52-lw-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: buenas noches eh no sé si llamé bien es que mi esposo me pegó anoche y no sé a dónde llamar
O: hizo bien en llamar usted está segura ahora
C: sí estoy en la casa de mi hermana en [[LOCATION|san juan de lurigancho]] me vine con mis dos hijos
O: su esposo la obliga a trabajar o le quita su dinero o la tiene encerrada
C: no no eso no yo trabajo en mi puesto y mi plata es mía es que él toma y cuando toma se pone violento ya van como tres veces
O: entiendo esta línea atiende casos de trata pero lo que usted vive es violencia familiar y tiene ayuda la línea cien atiende las veinticuatro horas y el centro emergencia mujer le da abogada y psicóloga gratis
C: línea cien ya
O: si quiere le puedo pasar con la policía para que vayan ahora a su casa
C: no ahorita no estoy tranquila acá con mi hermana mañana voy al centro ese
O: muy bien y si él llega donde su hermana llame al uno cero cinco de inmediato
C: ya señorita gracias por escucharme
""",
    note(
        "victim",
        "not_relevant",
        [],
        0,
        False,
        [],
        None,
        None,
        "low",
        ["information_given"],
        "Una mujer llama tras ser agredida por su esposo y está a salvo en casa de un familiar; no hay indicios "
        "de explotación. Se le orientó a la línea de violencia familiar y al centro de atención a la mujer; "
        "rechazó que se enviara a la policía.",
    ),
)

call(
    "h52-lw-06",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días le llamo del hotel [[ORGANIZATION|el mirador del misti]] en [[LOCATION|arequipa]] yo trabajo en recepción ya llamé la semana pasada por el señor que traía chicas
O: sí recuerdo el caso quedó registrado con su reporte qué ha pasado
C: volvió anoche otra vez con como tres chicas eh dos eran las mismas de la otra vez y una nueva que se veía chiquita de [[AGE|quince dieciséis]] pidió una sola habitación para los cuatro
O: pudo ver algún documento
C: él dio su dni [[ID_NUMBER|cuatro cero siete uno dos nueve ocho tres]] pero de las chicas dijo que eran sus sobrinas que no tenían dni y mi jefe igual lo dejó pasar
O: siguen en el hotel ahora
C: no se fueron en la madrugada como a las [[DATE_TIME|cuatro]] en un auto gris placa [[OTHER_ID|v uno de doscientos treinta y nueve]] no sé si es b o v
O: esta información es muy valiosa la vamos a sumar al caso y pasarla hoy a la fiscalía y a la policía especializada en trata que ya lo están viendo
C: ya y a mí me van a llamar porque tengo las cámaras del lobby
O: sí la fiscalía le va a pedir los videos y yo la llamo el viernes para ver si ya la contactaron
C: ya perfecto
""",
    note(
        "professional",
        "follow_up",
        ["sexual"],
        3,
        True,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una recepcionista de hotel llama en seguimiento de su reporte previo: el mismo hombre volvió con tres "
        "chicas, al menos una aparentemente menor, presentadas como sobrinas sin documentos, y se fueron de "
        "madrugada. Aportó datos del hombre y de un vehículo; se pasan a fiscalía y policía especializada, con seguimiento.",
    ),
)


# ------------------------------------------------ cased Spanish ----
call(
    "h52-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Soy psicóloga de la [[ORGANIZATION|I.E. César Vallejo 80125]], en [[LOCATION|Trujillo]], en [[LOCATION|La Esperanza]]. Llamo por un alumno de cuarto de secundaria.
O: Gracias por llamar. ¿Qué le ha contado el alumno?
C: Tiene [[AGE|16 años]]. Ayer se quebró en mi oficina y me contó que unos muchachos del barrio lo obligan a llevar "encargos" en mochila, paquetitos de droga, hasta [[LOCATION|Huanchaco]] y a la salida de discotecas. Al principio le pagaban 50 soles; ahora ya no le pagan y le dicen que si deja de hacerlo le queman la casa a su mamá.
O: ¿Sabe quiénes son?
C: Él solo sabe el apodo del que manda, le dicen el [[PERSON|Zambo Ronald]], y que se reúnen en [[ADDRESS|la losa deportiva de la manzana K]]. Hay otros chicos del colegio metidos, pero él no quiso decir quiénes.
O: ¿El alumno está en peligro hoy?
C: Hoy está en el colegio, conmigo. Lo que me preocupa es la salida, porque lo esperan a veces en la puerta.
O: Entiendo. Lo que describe es captación de un menor para actividades delictivas, y él es una víctima, no un delincuente. Vamos a derivar el caso a la fiscalía de familia y a la policía especializada, y le voy a dar el contacto del programa de protección a víctimas y testigos.
C: ¿Y la mamá? Ella no sabe nada.
O: Es importante que la mamá sepa; puede citarla hoy mismo. También vamos a coordinar apoyo psicológico para él en el centro de salud mental comunitario.
C: Perfecto. Mi número es [[PHONE_NUMBER|944 613 207]], me llamo [[PERSON|Milagros Aguilar]].
O: Gracias, [[PERSON|Milagros]]. La llamo mañana para saber cómo siguió y si la fiscalía ya se comunicó.
""",
    note(
        "professional",
        "report",
        ["forced_criminality"],
        1,
        True,
        ["male"],
        "La Libertad",
        "ongoing",
        "high",
        ["referral_legal", "referral_health", "information_given", "follow_up_call"],
        "Una psicóloga escolar reporta que un alumno adolescente es obligado por una banda a transportar droga, "
        "ya sin pago y bajo amenazas contra su familia, y que podrían esperarlo a la salida del colegio. Se "
        "deriva a fiscalía de familia y policía especializada, con orientación, apoyo psicológico y seguimiento.",
    ),
)

call(
    "h52-es-02",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi vida, disculpa, estoy nerviosa. Es por mi hermana, la tienen en un apartamento aquí en [[LOCATION|Lima]] y me acaba de escribir "sácame de aquí".
O: Tranquila, vamos a ayudarla. ¿Cómo se llama su hermana y dónde está?
C: [[PERSON|Yusbelis Marcano]], tiene [[AGE|veintitrés]]. Me mandó la ubicación, es en [[LOCATION|Los Olivos]], [[ADDRESS|calle Las Gaviotas 418, departamento 302]]. Ella está ahí con como cinco chicas más, todas chamas venezolanas.
O: ¿Qué le dijo que pasa en ese departamento?
C: Que las publican en una página de anuncios y las obligan a atender hombres ahí mismo, todo el día. Un tal [[PERSON|Richard]] les quitó los pasaportes y dice que le deben 2000 dólares del viaje. Hoy le pegó a una porque no quiso, chama, qué horror.
O: ¿Alguna de las chicas es menor de edad?
C: No, que yo sepa todas son mayores, de veinte pa' arriba.
O: ¿Su hermana puede contestar el teléfono?
C: No, solo escribe cuando él sale. Su número es [[PHONE_NUMBER|+51 912 384 670]], pero no la llames, porfa, que él revisa.
O: No la vamos a llamar. Ahora mismo envío a la policía a esa dirección. Cuando las saquen, las llevamos a un albergue. ¿Usted dónde está?
C: En [[LOCATION|Chorrillos]], yo estoy bien. ¿Me avisas algo?
O: Sí, le devuelvo la llamada en cuanto la policía llegue. Si su hermana le escribe otra vez, dígale que la ayuda va en camino y que no abra a nadie que no sea la policía.
C: Dale, gracias, de verdad gracias.
""",
    note(
        "family_member",
        "report",
        ["sexual"],
        6,
        False,
        ["female"],
        "Lima",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Una mujer reporta que su hermana y unas cinco mujeres migrantes más son obligadas a prostituirse en un "
        "departamento, con pasaportes retenidos, una supuesta deuda y agresiones; la hermana acaba de pedir "
        "auxilio por mensaje. Se envió a la policía a la dirección y se coordinará un albergue, con seguimiento.",
    ),
)

call(
    "h52-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Soy la abuela de una chica de [[AGE|14 años]], de [[LOCATION|Chiclayo]]. Anoche no llegó a dormir y no contesta su celular.
O: Entiendo su preocupación, señora. ¿Cuándo la vio por última vez?
C: Ayer a las [[DATE_TIME|cinco de la tarde]], salió diciendo que iba a hacer un trabajo del colegio. Yo tengo miedo porque tiene un enamoradito que conoció por Facebook y no sé quién es. En la tele pasan tantas cosas.
O: ¿Ese chico le ha ofrecido algo, un viaje, trabajo o dinero?
C: No, no que yo sepa. Solo chatean. Ay, espere, señorita, me está entrando una llamada de mi hija.
O: Claro, la espero.
C: Señorita, ya apareció, gracias a Dios. Estaba en la casa de su amiga [[PERSON|Kiara]], en [[LOCATION|José Leonardo Ortiz]], se quedó a dormir y se le descargó el celular. Mi hija ya fue a recogerla.
O: Qué buena noticia, señora. Le recomiendo conversar con ella con calma sobre sus amistades en redes, y si algún día no aparece, la denuncia por desaparición se pone de inmediato en la comisaría, no hay que esperar 24 horas.
C: Ah, no sabía eso. Gracias, señorita, disculpe la molestia.
O: No es molestia. Que tenga buena tarde.
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
        "Una abuela llama porque su nieta adolescente no volvió a casa; durante la llamada se confirma que "
        "estaba en casa de una amiga, sin indicios de trata. Se le orientó sobre el uso de redes y sobre la "
        "denuncia inmediata por desaparición.",
    ),
)

call(
    "h52-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Llamo porque a mi sobrina la quieren casar, bueno, "juntar", con un hombre mayor, y ella es una niña.
O: Gracias por llamar. ¿Qué edad tiene su sobrina y dónde vive?
C: Tiene [[AGE|trece años]]. Vive con mi hermano en [[LOCATION|Carabayllo]], en [[LOCATION|Lima]]. El hombre tiene como treinta, es un comerciante que le dicen don [[PERSON|Eulogio]].
O: ¿Qué le ha contado sobre ese arreglo?
C: Que el señor le ofreció a mi hermano 5000 soles y le va a poner un puesto en el mercado, y a cambio se lleva a la niña a vivir con él a su chacra. Mi hermano dice que así era antes, que él ya no puede mantenerla.
O: ¿Ya se la llevó?
C: Todavía no. Dicen que para fin de mes, cuando termine la cosecha.
O: Señora, entregar a una niña a un adulto a cambio de dinero es un delito grave, puede ser trata con fines de matrimonio servil y además violación de una menor. Vamos a derivar el caso hoy a la fiscalía de familia y a la policía para que protejan a la niña.
C: ¿Y a mi hermano lo van a meter preso?
O: Eso lo decide la fiscalía; lo más importante ahora es la niña. Usted puede pedir además que se la entreguen en acogimiento familiar; le explico cómo en la DEMUNA de su distrito.
C: Ya. Yo me la llevaría a mi casa, encantada.
O: Se lo voy a anotar en el caso. La llamo el lunes para ver cómo avanza. ¿A qué número?
C: Al [[PHONE_NUMBER|986 102 553]].
""",
    note(
        "family_member",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Lima",
        "at_risk",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una tía reporta que su sobrina de corta edad va a ser entregada por su padre a un hombre adulto a cambio "
        "de dinero para que conviva con él a fin de mes. Se deriva a fiscalía de familia y policía, se informa "
        "sobre el acogimiento familiar y se hará seguimiento.",
    ),
)


# ------------------------------------------------ English ----
call(
    "h52-en-01",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good evening. How can I help you?
C: Hi, good evening. I'm a tourist, I'm staying in [[LOCATION|Miraflores]], in [[LOCATION|Lima]], and there's something I keep seeing that really bothers me.
O: Thank you for calling. Please tell me what you've seen.
C: Every night, near [[ADDRESS|the park by the Larcomar entrance]], there are these little boys selling candy, like three of them, maybe [[AGE|seven or eight]], until one or two in the morning. Tonight one of them fell asleep on the sidewalk.
O: Have you seen any adult with them?
C: Yes, there's a woman who sits on a bench across the street. Every hour or so the boys go to her and hand her all the money. Tonight the smallest one didn't have enough and she slapped him and sent him back out.
O: Are they there right now?
C: Yes, I'm looking at them from my hotel window right now.
O: Thank you. Children that young kept on the street at night and made to hand over the money, with violence, is forced begging. I'm sending the police with the child protection unit to that corner now.
C: Okay. Good. Do you need anything from me?
O: Could we call you back tomorrow in case they need more details?
C: I'd rather not, honestly, I fly home tomorrow morning. But I can describe the woman: long braid, red jacket, she has a baby with her too.
O: That helps, thank you. Please don't approach her yourself.
C: I won't. Thanks for doing this.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        3,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch"],
        "A tourist reports that three young boys sell candy in the street until late at night and hand all the "
        "money to a woman who hit one of them tonight. Police and child protection were sent to the spot; the "
        "caller declined a follow-up call.",
    ),
)

call(
    "h52-en-02",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good morning.
C: Good morning. I'm not sure this is the right number, but I have a question about a procedure.
O: Of course, go ahead.
C: I'm an American living in [[LOCATION|Arequipa]], I married a Venezuelan woman last year, and we want to get her residence here so she can work legally. Is there a special visa for spouses?
O: Just to check, is anyone forcing her to work or keeping her documents?
C: No, no, nothing like that. She's fine, she just wants a proper permit. She has her passport, we both have everything.
O: I see. This hotline deals with human trafficking, so it's not our area, but I can point you in the right direction. The residence for a spouse of a foreign resident is processed with Migraciones; you can start online on their website and then book an appointment at the Arequipa office with your marriage certificate.
C: Migraciones, got it. Do we need a lawyer?
O: It's not required. If you need free advice, the Ombudsman's office can help too.
C: Great, that's really helpful. Sorry to take your time.
O: No problem. Have a good day.
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
        "A man asks how his foreign wife can obtain legal residence to work; there is no sign of exploitation. "
        "He was told the hotline does not handle this and was directed to the migration authority.",
    ),
)

call(
    "h52-en-03",
    "en",
    "plain",
    """
O: Anti-trafficking hotline, good afternoon. Are you safe to talk?
C: Yes, I think so. I'm in a church, the priest let me use his phone. I ran away three days ago.
O: I'm glad you're safe. What did you run away from?
C: I'm from [[LOCATION|Colombia]], I'm [[AGE|twenty]]. A man offered me work on a farm near [[LOCATION|Chiclayo]], but when I got here they took my passport and made me carry backpacks with drugs to the bus station, to Lima buses. Every week. They said if I stopped, they'd send a video to my mother and hurt her.
O: Were there other people doing this with you?
C: There was another guy, but he left before me, I don't know where he is. I only know the boss's name, [[PERSON|Tato]].
O: That is trafficking, and you're a victim. You won't be treated as a criminal for what they forced you to do. Do you have somewhere to sleep?
C: Only here in the church, on a bench. I have no money, no documents.
O: We can place you in a shelter today, and a lawyer from the victims' programme will help you make a statement and get your documents back through your consulate. Would you agree to the police taking you to the shelter?
C: No, please, no police. I'm scared they know people in the police.
O: I understand. Then a shelter team will pick you up directly, without police. Can we call this number back?
C: Yes, the priest said it's okay: [[PHONE_NUMBER|074 236 918]].
O: Good. The team will call you within two hours, and I'll call you tomorrow to see how you are.
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        1,
        False,
        ["male"],
        "Lambayeque",
        "past",
        "high",
        ["referral_shelter", "referral_legal", "follow_up_call"],
        "A young migrant man who escaped days ago reports being forced, with his passport withheld and threats "
        "against his family, to carry drugs to bus terminals. A shelter placement and legal help are arranged "
        "without police involvement, which he declined, with follow-up.",
    ),
)

# ------------------------------------------------ Brazilian Portuguese ----
call(
    "h52-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Desculpa, eu falo português. Vocês atendem casos antigos?
O: Sim, atendemos, pode falar em português. O que aconteceu?
C: Há quatro anos, quando eu tinha [[AGE|dezenove anos]], um peruano me trouxe de [[LOCATION|Manaus]] dizendo que ia trabalhar numa loja em [[LOCATION|Trujillo]]. Chegando lá, era uma boate, a [[ORGANIZATION|Boate Copacabana]], e me obrigaram a fazer programa por oito meses para pagar uma dívida.
O: Sinto muito. Como você saiu de lá?
C: Uma cliente me ajudou a fugir e eu voltei para o [[LOCATION|Brasil]]. Agora estou em [[LOCATION|Manaus]], estou bem, fiz terapia. Mas eu quero denunciar, porque vi no Instagram que a boate continua aberta.
O: Você pode denunciar mesmo estando no Brasil. A denúncia pode ser feita pela embaixada do Peru ou pela Polícia Federal, e vamos encaminhar o seu caso para a promotoria especializada em [[LOCATION|La Libertad]], com uma advogada que fala português.
C: E eu vou ter que voltar para o Peru?
O: Em princípio não; a declaração pode ser tomada à distância. A advogada vai explicar cada passo.
C: Tá. Meu WhatsApp é [[PHONE_NUMBER|+55 92 98134 5527]].
O: Anotado. A advogada vai te escrever nesta semana, e eu te ligo em quinze dias para saber como está.
C: Obrigada. Faz tempo que eu queria fazer isso.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "La Libertad",
        "past",
        "low",
        ["information_given", "referral_legal", "follow_up_call"],
        "Una mujer extranjera relata que hace años fue traída con engaños y obligada a prostituirse en un local "
        "nocturno por una supuesta deuda, del que escapó, y quiere denunciar porque el local sigue abierto. Se "
        "le informó cómo denunciar desde su país y se deriva a fiscalía con asesoría legal, con seguimiento.",
    ),
)

call(
    "h52-pt-02",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu sou avó do [[PERSON|Matheus]], liguei na semana passada, de [[LOCATION|Rio Branco]]. Sobre o meu neto e o amigo dele.
O: Sim, senhora, temos o registro. Os dois meninos que foram para [[LOCATION|Lima]] para um teste de futebol. Tem alguma novidade?
C: Tem, sim. O [[PERSON|Matheus]] me ligou ontem à noite de um número desconhecido, chorando. Disse que não tem clube nenhum, que o homem, o tal de [[PERSON|Professor Wilson]], põe os dois para roubar celular no centro e vender droga, e se eles chegam com pouco dinheiro apanham.
O: Ele disse onde eles estão?
C: Numa casa em [[LOCATION|La Victoria]], perto de [[ADDRESS|um mercado grande de roupas, uma casa azul com portão marrom]]. São uns dez meninos lá, ele disse, todos novinhos.
O: Quantos anos têm o seu neto e o amigo?
C: O [[PERSON|Matheus]] tem [[AGE|dezesseis]] e o [[PERSON|Kauã]], [[AGE|dezessete]].
O: Obrigada, senhora. Vamos passar estes novos dados hoje para a promotoria e para a polícia especializada que já estão com o caso. O número que ligou para a senhora também ajuda; a senhora tem ele?
C: Tenho, é [[PHONE_NUMBER|+51 937 550 218]].
O: Muito bem. Também vou passar o contato do consulado do Brasil em Lima, para a família ser acompanhada. Eu ligo para a senhora amanhã.
C: Pelo amor de Deus, tragam meu neto de volta.
""",
    note(
        "family_member",
        "follow_up",
        ["forced_criminality"],
        10,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una abuela llama en seguimiento de su reporte: su nieto adolescente y un amigo, llevados al extranjero "
        "con una falsa prueba de fútbol, son obligados a robar y vender droga bajo golpes, junto con unos diez "
        "menores en una casa. Los nuevos datos se pasan a fiscalía y policía, se da el contacto consular y se hará seguimiento.",
    ),
)

call(
    "h52-pt-03",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches.
C: Alô? Por favor, me ajuda, eu sou brasileira, estou trancada num quarto de hotel em [[LOCATION|Chiclayo]].
O: Estou te ouvindo, vou te ajudar. Você está sozinha agora?
C: Sim, ele saiu e trancou a porta por fora. Ele é meu namorado, a gente se conheceu pela internet, ele me trouxe de [[LOCATION|Fortaleza]] dizendo que a gente ia casar aqui. Mas desde que chegamos ele traz homens para o quarto e me obriga a ficar com eles.
O: Você sabe o nome do hotel?
C: [[ORGANIZATION|Hostal Real Primavera]], quarto 207. Fica [[ADDRESS|na avenida Balta, perto da catedral]].
O: Quantos anos você tem? Tem mais alguém com você?
C: Tenho [[AGE|vinte e um]]. Só eu. Ele pegou meu passaporte e meu dinheiro, eu só fiquei com o celular porque escondi.
O: Ele pode voltar a qualquer momento?
C: Ele disse que volta em uma hora com outro homem.
O: Já estou mandando a polícia para o hotel agora. Não abra a porta para ninguém que não seja a polícia. Depois você vai para um abrigo seguro, e o consulado pode te ajudar com o passaporte.
C: Tá bom. Obrigada, obrigada.
O: Fique na linha comigo até eles chegarem.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        1,
        False,
        ["female"],
        "Lambayeque",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una mujer extranjera llama encerrada en la habitación de un hostal por su pareja, que la trajo con "
        "promesa de matrimonio y la obliga a prostituirse, con su pasaporte y dinero retenidos; él volverá "
        "pronto. Se envió a la policía de inmediato y se coordinará un albergue.",
    ),
)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
