# ruff: noqa: E501
"""Generate heldout40.jsonl: 16 more fictional, labelled hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and make_heldout.py
(this builder's call()/note()/build() and its [[TYPE|surface]] markup). Nothing
else in the project was opened.

Mix (16 calls): 5 lowercase unpunctuated Whisper-style Spanish ("lowercase_asr",
with fillers, self-corrections and misheard words), 5 cased Spanish ("plain"),
2 English ("plain"), 1 Brazilian Portuguese ("portuguese"), 1 Venezuelan Spanish
("venezuelan"), 1 Spanish/Italian code-switching ("code_switching"), 1 Andean
Spanish with Quechua words ("andean_quechua"). Together they cover every caller
role, call type and exploitation type of LABELS.md (with mixed types), victim
counts from 0 to 20 given in varied ways, minors shown by age, school grade or
description, regions named via districts, provinces, villages, border towns,
abroad or not at all, and urgency/actions as an experienced operator would note
them (only what the operator did or promised in the call).

Annotation follows make_dev.py: PERSON spans exclude titles and articles
("la tía [[chela]]", "Don [[Faustino]]"), AGE keeps the unit when said, weekdays
and clock times tied to an event are DATE_TIME, routine schedules and relative
words are not, country names are LOCATION, nationality adjectives are not.
All people, numbers, handles, plates and businesses are invented.

Run: cd notes && python3 make_heldout40.py
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout40.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h40-lower-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló buenas noches señorita este mire yo soy chofer de combi manejo la ruta de [[LOCATION|huacho]] a [[LOCATION|hualmay]] y quería contarle algo que me tiene preocupado ya hace semanas
O: claro señor cuénteme con calma
C: todos los viernes en la tarde suben a mi combi unas chicas del colegio todavía con su uniforme y en el paradero del óvalo las espera una señora y se las lleva a un ostal
O: cuántas chicas son
C: dos ehh no perdón tres son tres siempre las mismas tres una me contó que está en tercero de secundaria y las otras parecen de su misma promoción
O: sabe el nombre del hostal o dónde queda
C: se llama [[ORGANIZATION|los pinares]] está en [[ADDRESS|la espalda del grifo de la panamericana entrando por el pasaje sin asfaltar]] un edificio de tres pisos
O: y qué pasa en el hostal ha visto entrar a otras personas
C: sí pues eso es lo que me da mala espina al ratito llegan señores mayores en carro y las chicas salen como a las dos horas con bolsas de compras con celular nuevo y la señora sale contando plata
O: alguna de las chicas le ha dicho algo
C: la más chiquita una vez se puso a llorar en la combi le decía a su amiga que ya no quería ir que la señora le dijo que si no va le manda las fotos a su mamá
O: sabe cómo se llama la señora
C: le dicen la tía [[PERSON|chela]] es una señora gordita de pelo pintado rojo o sea eso es trato de personas no
O: lo que me cuenta puede ser explotación sexual de menores de edad y es muy grave en este momento las chicas están en el hostal
C: no no ahorita no ya es de noche ellas van los viernes nomás saliendo del colegio
O: entiendo entonces hoy mismo derivo el caso a la fiscalía y a la policía especializada en trata para que investiguen al hostal y a la señora me deja un número para llamarlo
C: ya anote [[PHONE_NUMBER|nueve cuatro siete dos cero tres uno ocho ocho]] pero no quiero que la señora sepa que fui yo ella también sube a mi combi a veces
O: su identidad queda en reserva no se acerque a la señora ni al hostal lo llamo mañana para contarle cómo avanza
C: ya señorita gracias dios le pague
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un conductor de transporte público reporta que cada semana una mujer lleva a tres escolares adolescentes "
        "a un hostal al que acuden hombres adultos, y que una de ellas es presionada con la amenaza de mostrar "
        "unas fotos a su madre. Como las chicas no están ahora en el lugar, se deriva a la fiscalía y a la policía "
        "especializada para que investiguen, con seguimiento.",
    ),
)

call(
    "h40-lower-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: aló señorita es gratis esta llamada no tengo saldo
O: sí es totalmente gratis dime qué pasa
C: ya este yo trabajo de cargador en el mercado mayorista de [[LOCATION|santa anita]] bueno trabajar trabajar no o sea nos hacen trabajar
O: quién los hace trabajar
C: un señor que le dicen [[PERSON|tiburón]] él nos trajo de [[LOCATION|huánuco]] de [[LOCATION|panao]] a mi mamá le dijo que iba a estudiar en la noche y trabajar medio tiempo nomás pero nunca nos ha matriculado
O: cuántos son ustedes
C: somos varios
O: más o menos cuántos contándote a ti
C: seis con migo seis todos hombres el más chiquito el [[PERSON|jhon]] tiene [[AGE|trece]]
O: y tú cuántos años tienes
C: [[AGE|dieciséis]]
O: les pagan algo por las cargas
C: no nada todo lo que nos pagan los caseros se lo damos al [[PERSON|tiburón]] dice que es por el cuarto y la comida y en la noche nos manda a la avenida a arranchar celulares en el paradero el que no trae nada no come al [[PERSON|jhon]] anoche le dio con la correa porque no trajo nada tiene la espalda marcada
O: dónde duermen ustedes y dónde estás ahora puedes hablar tranquilo
C: dormimos atrás del pabellón de papa en [[ADDRESS|el corralón de la puerta roja al fondo del pasaje cuatro]] en costales ahorita estoy en el baño del mercado el [[PERSON|tiburón]] está cobrando en la puerta
O: escúchame bien lo que me cuentas es trata y ustedes son víctimas no delincuentes lo de los celulares no es culpa de ustedes voy a pedir a la policía y al equipo de protección de menores que vayan esta noche al corralón a sacarlos a los seis y de ahí los llevan a un albergue donde van a estar seguros
C: de verdad no nos van a meter presos
O: no te lo prometo a qué hora están todos en el corralón
C: a las nueve ya estamos todos ahí
O: perfecto me dejas un número para avisarte cuando vayan
C: no tengo celular señorita este es de una casera de un puesto mejor no la llame
O: está bien no te voy a llamar tú quédate con los demás esta noche y si pasa algo antes vuelve a llamar desde cualquier teléfono es gratis
C: ya ya gracias señorita gracias
""",
    note(
        "victim",
        "help_request",
        ["labour", "forced_criminality"],
        6,
        True,
        ["male"],
        "Lima",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter"],
        "Un adolescente que trabaja como cargador en un mercado pide ayuda: él y otros cinco menores, traídos de su "
        "provincia con la promesa de estudiar, entregan todo lo que ganan a un hombre que además los obliga a robar "
        "celulares de noche y los golpea. Se pidió a la policía y a protección de menores que los rescaten esa misma "
        "noche del lugar donde duermen y los lleven a un albergue.",
    ),
)

call(
    "h40-lower-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita ehh llamo por mi abuelita ella llamó la semana pasada pero no habla bien el castellano habla quechua nomás entonces yo le ayudo yo soy su nieto
O: muy bien gracias por ayudarla me dice por qué caso llamó su abuelita
C: por mi prima [[PERSON|yaneth huamaní]] que se la llevaron a [[LOCATION|arequipa]] a trabajar en la casa de una señora en [[LOCATION|cerro colorado]] la señora [[PERSON|ríos]] mi abuelita le dio el nombre
O: ya ubiqué el caso qué hay de nuevo
C: [[DATE_TIME|el domingo]] mi prima llamó a mi abuelita a escondidas del celular de la señora y le dijo que ya no la dejan ir al colegio este año tendría que estar en sexto de primaria pero la señora dice que ya no necesita estudiar
O: y qué hace su prima en esa casa
C: de todo lava cocina cuida a los dos no a los tres hijitos de la señora se levanta a las cuatro y media y termina en la noche duerme en el cuartito de la azotea donde está la lavadora
O: le pagan algo
C: a mi tía le prometieron doscientos soles mensuales pero nunca han mandado nada y la señora le quitó su de ene i dice que para que no se pierda
O: la han maltratado
C: sí dice que le pegó con la escoba porque se le quemó el arroz y que le dice india sucia mi abuelita estaba llorando todo el día ay mi warmacha dice
O: tienen la dirección de la casa
C: mi abuelita sabe que es en [[ADDRESS|la asociación villa los ángeles manzana k al costado de una ferretería]] el lote no sabe
O: muy bien voy a agregar esto al caso y enviarlo hoy a la fiscalía de familia y a la policía de [[LOCATION|arequipa]] para que vayan a la casa a verificar y la saquen porque su prima es una niña y no puede estar trabajando así a qué número los llamamos
C: al mío mejor porque mi abuelita no contesta números desconocidos es el [[PHONE_NUMBER|nueve ocho tres uno uno cinco seis cero dos]]
O: perfecto lo llamo en dos días para contarle qué hizo la fiscalía y dígale a su abuelita que hizo muy bien en llamar
C: ya señorita le voy a decir sulpayki dice mi abuelita gracias
""",
    note(
        "family_member",
        "follow_up",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["police_dispatch", "referral_legal", "follow_up_call"],
        "Un nieto llama en nombre de su abuela, que había reportado el caso la semana anterior, con información "
        "nueva: la prima, una niña en edad de primaria, trabaja sin pago en tareas domésticas en casa de una señora, "
        "ya no va al colegio, le retuvieron el documento y la golpean e insultan. Se añade al caso y se envía a la "
        "fiscalía de familia y a la policía para que acudan a la vivienda, con seguimiento.",
    ),
)

call(
    "h40-lower-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué te puedo ayudar
C: buenas noches ehh no sé si es acá quería denunciar algo que me pasó a mí
O: sí es aquí te escucho estás en un lugar seguro ahora
C: sí ahora sí estoy en [[LOCATION|lima]] en [[LOCATION|comas]] en la casa de mi tía me escapé el mes pasado de un karaoke en [[LOCATION|pucallpa]] en [[LOCATION|yarinacocha]]
O: qué bueno que estés a salvo qué pasaba en ese karaoke
C: me llevaron diciendo que era para atender en una juguería y era un karaoke el [[ORGANIZATION|tucán dorado]] nos hacían tomar con los clientes y después salir con ellos a los cuartos de atrás la dueña se quedaba con toda la plata decía que yo le debía el pasaje y la ropa
O: cuántos años tenías cuando estabas allá
C: [[AGE|diecisiete]] ehh bueno ahora ya tengo [[AGE|dieciocho]] cumplí hace dos semanas
O: había otras chicas contigo
C: sí una amiga la [[PERSON|kiara]] ella tiene [[AGE|veinte]] se escapó antes que yo y ahora está en su casa en [[LOCATION|tingo maría]] otras no había solo nosotras dos
O: la dueña o alguien de ahí te sigue buscando
C: la dueña la señora [[PERSON|rengifo]] me escribe por guasap que le debo ochocientos soles y que va a mandar a alguien a buscarme pero no sabe dónde estoy no sabe que tengo tía acá
O: tú no le debes nada esa deuda no es legal guarda esos mensajes no los borres porque sirven de prueba quieres poner la denuncia
C: sí quiero que la cierren para que no le haga lo mismo a otras chicas
O: te voy a derivar con una abogada gratuita que te acompaña a poner la denuncia y también podemos coordinar apoyo con una psicóloga y si no te sientes segura en la casa de tu tía hay albergues
C: albergue no gracias mi tía me cuida pero sí lo de la psicóloga porque no duermo nada me despierto soñando con eso
O: está bien entonces coordinamos la abogada y la psicóloga a qué número te llaman
C: a este mismo [[PHONE_NUMBER|nueve dos seis cuatro ocho uno siete tres cero]]
O: mañana te llama la abogada y yo te vuelvo a llamar la próxima semana para ver cómo vas si alguien se acerca a la casa de tu tía llama de inmediato al ciento cinco o aquí
C: ya gracias señorita de verdad
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        True,
        ["female"],
        "Ucayali",
        "past",
        "medium",
        ["referral_legal", "referral_health", "information_given", "follow_up_call"],
        "Una joven que escapó el mes pasado cuenta que, siendo menor de edad, fue captada con una oferta de trabajo "
        "en una juguería y explotada sexualmente en un karaoke junto con otra joven, bajo una supuesta deuda; la "
        "dueña la sigue amenazando por mensajes, aunque no sabe dónde está. Se le explicó que la deuda no es legal "
        "y que guarde los mensajes, y se coordina asesoría legal gratuita y apoyo psicológico, con seguimiento; "
        "rechazó el albergue.",
    ),
)

call(
    "h40-lower-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló jefa buenas noches hablo bajito porque estoy en la puerta del local soy de seguridad de una discoteca
O: le escucho tranquilo dónde está usted
C: en [[LOCATION|tarapoto]] en [[LOCATION|morales]] en el [[ORGANIZATION|kalua nai club]] en [[ADDRESS|el jirón los cedros cuadra ocho frente a la cancha sintética]]
O: qué está pasando
C: hoy la trajeron digo la trajo el administrador a una chica nueva de [[LOCATION|yurimaguas]] y como yo pido documento en la puerta ella me enseñó un dni amarillo
O: un dni amarillo el de menor de edad
C: ajá ese mismo no alcancé a ver la fecha porque el administrador se lo arranchó y lo guardó en la caja pero es una niña jefa ahorita la han metido al privado con dos clientes y ella estaba llorando
O: hay otras menores adentro
C: está otra chica con ella la [[PERSON|mayra]] pero no esa es mayor la conozco hace años ella viene porque quiere la nueva es la que me preocupa
O: sabe cómo se llama el administrador
C: [[PERSON|ronald saavedra]] y le ha dicho a la chica que tiene que pagar el pasaje atendiendo
O: desde hace cuánto están en el privado
C: hace diez minutos más o menos entraron a las [[DATE_TIME|doce y cuarto]]
O: voy a avisar ahora mismo a la policía para que vayan al local usted no intervenga ni diga que llamó cuando llegue la policía déjelos entrar nomás
C: y mi chamba jefa si se enteran me botan
O: nadie va a saber que usted llamó me deja un número por si la policía necesita ubicarlo
C: sí [[PHONE_NUMBER|nueve cuatro dos cero ocho siete seis uno tres]] escríbame nomás no me llame
O: de acuerdo le escribo en un rato para contarle y si ve que la sacan del local vuelva a llamar de inmediato
C: ya jefa gracias
""",
    note(
        "witness",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "San Martín",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Un vigilante de una discoteca reporta que esa noche el administrador trajo a una chica con documento de "
        "menor de edad, se lo quitó y la hizo entrar llorando a un reservado con dos clientes para pagar el pasaje. "
        "Se alertó a la policía para que acuda de inmediato al local y se mantendrá contacto reservado con el "
        "vigilante.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h40-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Le habla [[PERSON|Edwin Cárdenas]], soy director del [[ORGANIZATION|Colegio Bilingüe Tsiriari]], en la comunidad de [[LOCATION|Tsiriari]], distrito de [[LOCATION|Río Tambo]], provincia de [[LOCATION|Satipo]].
O: Buenos días, profesor. Dígame.
C: Llamo porque cuatro alumnas mías dejaron de venir hace tres semanas: las tres hermanas [[PERSON|Quinchori]] y una prima de ellas.
O: ¿Sabe qué pasó con ellas?
C: Un señor vino en camioneta a la comunidad ofreciendo trabajo en la cosecha de café en [[LOCATION|Pichanaki]], cincuenta soles diarios, y los papás aceptaron porque acá la cosecha estuvo mala. Se llevó a las cuatro.
O: ¿Qué edades tienen?
C: Dos están en segundo de secundaria, la mayor en cuarto y la prima en sexto de primaria.
O: ¿Han tenido noticias de ellas?
C: Sí, por eso llamo. Anoche la mayor, [[PERSON|Liz]], le mandó un audio a su tutora. Dice que de día las hacen cosechar en una chacra y de noche las llevan a un restobar a servir cerveza, que los clientes las tocan, y que el señor les dice que no pueden volver hasta pagar el pasaje y la comida.
O: ¿Sabe el nombre del señor o del restobar?
C: El señor se llama [[PERSON|Grimaldo]], el apellido no lo sé. Tiene una camioneta roja de placa [[OTHER_ID|W4T-615]]. El restobar, según el audio, es el [[ORGANIZATION|Rincón Cafetalero]].
O: ¿Los padres han puesto la denuncia?
C: No. El papá no habla mucho castellano y tiene miedo; dice que ese señor es conocido en [[LOCATION|Satipo]], que tiene amigos.
O: Entiendo. Lo que describe son indicios de trata con fines de explotación laboral y sexual de cuatro menores de edad. Hoy mismo derivamos el caso a la fiscalía especializada en trata de [[LOCATION|Junín]] y a la policía para que abran la investigación. Si nos puede reenviar el audio, lo adjuntamos. ¿Me da un número de contacto?
C: Sí, [[PHONE_NUMBER|964 218 730]], y el correo es [[EMAIL_ADDRESS|edwin.cardenas.dir@gmail.com]], por ahí le puedo mandar el audio. La señal acá es mala; si no contesto, déjeme un mensaje.
O: Gracias, profesor [[PERSON|Edwin]]. Mañana lo llamamos para decirle qué fiscalía lleva el caso. Si la alumna vuelve a comunicarse y dice dónde está exactamente, llámenos de inmediato.
C: Así lo haré. Gracias, señorita.
""",
    note(
        "professional",
        "report",
        ["sexual", "labour"],
        4,
        True,
        ["female"],
        "Junín",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un director de colegio reporta que tres hermanas y su prima, alumnas de primaria y secundaria de una "
        "comunidad nativa, fueron llevadas por un reclutador a la cosecha de café y de noche las obligan a servir "
        "a clientes que las tocan en un restobar, con una supuesta deuda que les impide volver. Se deriva a la "
        "fiscalía especializada y a la policía, con seguimiento.",
    ),
)

call(
    "h40-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy odontólogo, tengo un consultorio en [[LOCATION|Tacna]], en [[LOCATION|Ciudad Nueva]]. No sé si esto es para ustedes, pero no me quedo tranquilo.
O: Cuéntenos, doctor.
C: Hace dos semanas una señora trajo a una niña para sacarle una muela. Dijo que la niña tenía [[AGE|16 años]], que era su sobrina. Pero por la dentición no tiene más de [[AGE|doce]]: todavía tiene dos molares de leche y recién le están saliendo los segundos molares permanentes.
O: ¿La niña le dijo algo?
C: Cuando la señora salió a pagar, me contó que es de una comunidad de [[LOCATION|Juli]], en [[LOCATION|Puno]], que trabaja en la casa de la señora y en su pollería desde las cinco de la mañana, que no va al colegio y que duerme en la cocina del local. Le pregunté si le pagan y me dijo que a su mamá le mandan algo "cuando se acuerdan".
O: ¿Notó alguna lesión?
C: Tenía un incisivo fracturado. Primero dijo que se cayó; después me dijo bajito que la señora le tiró un cucharón. Y está muy delgada.
O: ¿Tiene los datos de la señora?
C: Sí, de la historia clínica: [[PERSON|Gladys Ticona]], celular [[PHONE_NUMBER|952 407 316]]. La pollería es [[ORGANIZATION|El Brasero de Oro]], en [[ADDRESS|la avenida Los Pioneros, frente al mercadillo]]. La niña se llama [[PERSON|Nayeli]]. Tienen control conmigo [[DATE_TIME|el jueves 21 a las cuatro]].
O: Gracias, doctor, eso es muy útil.
C: Mi duda es si puedo denunciar. ¿No estaría violando el secreto profesional? No quiero problemas con el colegio de odontólogos.
O: Tratándose de una niña en riesgo, usted no viola ningún secreto al informar; al contrario, el personal de salud tiene el deber de comunicar estos casos. Por lo que nos cuenta, hay indicios de servidumbre doméstica y explotación laboral infantil. Hoy derivamos el caso a la fiscalía de familia y a la Unidad de Protección Especial de [[LOCATION|Tacna]]. Le pido que no confronte a la señora y que mantenga la cita del [[DATE_TIME|jueves]] con normalidad.
C: Entendido. Me llamo [[PERSON|Julio Valdivia]], mi número es [[PHONE_NUMBER|945 630 281]].
O: Gracias, doctor [[PERSON|Valdivia]]. Lo llamaremos antes del [[DATE_TIME|jueves]] para coordinar con la fiscalía.
C: Perfecto. Gracias a ustedes.
""",
    note(
        "professional",
        "report",
        ["domestic_servitude", "labour"],
        1,
        True,
        ["female"],
        "Tacna",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un odontólogo reporta que atendió a una niña, presentada con una edad falsa, que trabaja sin pago en la casa "
        "y el restaurante de una mujer, no va al colegio, duerme en el local y presenta una lesión que atribuye a una "
        "agresión. Se le explicó que puede informar sin violar el secreto profesional y se deriva a la fiscalía de "
        "familia y a la unidad de protección, con seguimiento antes de la próxima cita.",
    ),
)

call(
    "h40-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, hermana. Le habla el pastor [[PERSON|Eliseo Tapia]], de la [[ORGANIZATION|Iglesia Evangélica Peniel]] de [[LOCATION|Bagua Grande]]. Le llamo por una jovencita de nuestra congregación; no sé a quién más acudir.
O: Gracias por llamar, pastor. Cuénteme.
C: Se llama [[PERSON|Deysi]], tiene [[AGE|14 años]]. Su papá le debe plata a un comerciante de acá, un señor de unos [[AGE|cuarenta y cinco años]], por un préstamo para su mototaxi. Y ahora han arreglado que la chica se vaya a vivir con ese señor como su mujer, y a cambio le perdonan la deuda.
O: ¿La chica ya está viviendo con él?
C: No, todavía no. Está en su casa. Pero el señor ha dicho que viene a recogerla [[DATE_TIME|el sábado]], después de la fiesta patronal.
O: ¿Y la mamá qué dice?
C: La mamá llora, no quiere, pero el papá es el que manda, y toma mucho. [[PERSON|Deysi]] le contó a mi esposa que prefiere escaparse antes que irse con él. Esta noche está durmiendo en nuestra casa, con permiso de su mamá.
O: ¿Sabe el nombre del señor?
C: [[PERSON|Abelardo Chuquimbalqui]]. Tiene la [[ORGANIZATION|Bodega El Chachapoyano]], en [[ADDRESS|el jirón Mariscal Castilla, a media cuadra de la plaza]].
O: Pastor, lo que describe es muy grave. Entregar a una niña a un adulto para que viva con él a cambio de una deuda es una forma de explotación y un delito, aunque lo llamen matrimonio o arreglo entre familias. Hoy mismo lo comunicamos a la fiscalía de familia y a la Unidad de Protección Especial de [[LOCATION|Amazonas]], para que dicten una medida de protección antes del fin de semana.
C: ¿Y la podemos tener en la casa mientras tanto? No queremos que nos acusen de secuestro.
O: Mientras la fiscalía dispone la medida, es mejor que siga con ustedes, con conocimiento de su mamá. Ustedes no cometen ningún delito protegiéndola. ¿Me deja un número?
C: Sí, [[PHONE_NUMBER|941 736 205]].
O: Mañana temprano lo llamo para darle el nombre del fiscal que verá el caso. Si el señor o el papá intentan llevársela antes, llame de inmediato.
C: Dios la bendiga, hermana.
""",
    note(
        "acquaintance",
        "report",
        ["other"],
        1,
        True,
        ["female"],
        "Amazonas",
        "at_risk",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Un pastor reporta que el padre de una adolescente de su congregación acordó entregarla a un comerciante "
        "adulto para que viva con él como pareja a cambio de perdonarle una deuda, y que el hombre planea recogerla "
        "en pocos días. Se deriva con urgencia a la fiscalía de familia y a la unidad de protección para una medida "
        "de protección, se le indicó que puede mantenerla en su casa con conocimiento de la madre y se hará "
        "seguimiento.",
    ),
)

call(
    "h40-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Mi nombre es [[PERSON|Rodolfo Benavides]], soy dueño de un fundo de uva en [[LOCATION|Ica]], en [[LOCATION|Salas]], el [[ORGANIZATION|Fundo Las Dunas]]. Quiero consultarles algo delicado, porque creo que tengo un problema en mi propio fundo.
O: Lo escucho, señor.
C: Para la cosecha contraté a un service, una empresa de intermediación, [[ORGANIZATION|Agroservicios Los Huarangos]]. Nos trajeron gente de [[LOCATION|Cajamarca]] y de [[LOCATION|Piura]], veintidós personas... no, perdón, veinte; veintidós fueron el año pasado. Yo le pago al service setenta soles por jornal por cada uno; le emito las facturas a su RUC, el [[ID_NUMBER|20604418372]].
O: ¿Y qué le preocupa?
C: Mi capataz escuchó a unos trabajadores quejándose. Dicen que el dueño del service, un tal [[PERSON|Maldonado]], les da veinte soles nomás, que les descuenta el cuarto y la comida, y que les tiene los DNI "para la planilla". Uno quiso irse la semana pasada y no lo dejó: le dijo que primero pague la deuda del pasaje.
O: ¿Dónde viven los trabajadores?
C: En un galpón que alquila el service en [[LOCATION|Pueblo Nuevo]]. Los traen en camión a las cinco de la mañana y los regresan de noche. Hay hombres y mujeres.
O: ¿Hay menores de edad entre ellos?
C: Que yo sepa, no. El service me aseguró que todos son mayores, y los que yo he visto son adultos. Claro que los documentos no los he visto, los tiene él.
O: ¿Han sufrido violencia o amenazas?
C: Golpes no, que yo sepa. Pero les dice que si se quejan no les paga nada y los deja en la calle.
O: Gracias por llamar, señor [[PERSON|Benavides]]. Retener documentos, cobrar una deuda por el pasaje y pagar una parte mínima del jornal son indicios de trabajo forzoso. Vamos a derivar el caso a la fiscalía y a la SUNAFIL para que inspeccionen al service. Le recomiendo no hacerle más pagos al service hasta que se aclare, guardar los comprobantes de lo que ya pagó y, si puede, pagar el jornal directamente a cada trabajador. Y por ahora no lo confronte.
C: Entiendo. ¿Llamo a la policía?
O: Por ahora no hace falta: nadie está encerrado ni en peligro inmediato, y la fiscalía decidirá cómo intervenir. Si alguien sufre violencia o los retienen, llámenos enseguida.
C: De acuerdo. Mi número es [[PHONE_NUMBER|956 811 042]].
O: Lo llamaremos esta semana para informarle cómo avanza la derivación.
C: Muchas gracias, señorita.
""",
    note(
        "witness",
        "report",
        ["labour"],
        20,
        False,
        ["female", "male"],
        "Ica",
        "ongoing",
        "medium",
        ["referral_legal", "information_given", "follow_up_call"],
        "El dueño de un fundo reporta que la empresa intermediaria que le provee cosechadores retiene los documentos "
        "de unos veinte trabajadores adultos, les paga una fracción del jornal con descuentos abusivos y no deja irse "
        "a quien reclama por una supuesta deuda del pasaje. Se deriva a la fiscalía y a la inspección laboral, se le "
        "orientó sobre cómo pagar y documentar sin exponerse, con seguimiento.",
    ),
)

call(
    "h40-es-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Quería denunciar a mi empleador, no me paga desde hace dos meses. Trabajo de cocinero en una cevichería en [[LOCATION|Chorrillos]].
O: Entiendo, señor. Para orientarlo bien le voy a hacer unas preguntas. ¿Usted vive en el local o en su casa?
C: En mi casa, con mi familia.
O: ¿Puede dejar el trabajo cuando quiera? ¿Alguien se lo impide?
C: Sí puedo, nadie me lo impide. Pero si me voy, pierdo lo que me deben.
O: ¿Le han quitado su DNI u otro documento?
C: No, mi DNI lo tengo yo.
O: ¿Le han dicho que tiene alguna deuda con ellos, o lo han amenazado?
C: No, nada de eso. El dueño me dice que espere, que el negocio está mal, que a fin de mes me paga. Pero ya van dos fines de mes.
O: ¿Cómo consiguió el trabajo? ¿Le ofrecieron algo distinto de lo que encontró?
C: No, vi un cartel en la puerta que pedía cocinero, y eso es lo que hago. El sueldo que me dijeron es el que figura en el papel que firmé.
O: Por lo que me cuenta, su caso no es trata de personas: es un incumplimiento de pago de su empleador. Eso lo ve la SUNAFIL, la inspección de trabajo. Puede presentar la denuncia en su página web o en sus oficinas, es gratuito; lleve el papel que firmó. También puede pedir una consulta gratuita en el Ministerio de Trabajo.
C: Ah, ya. Pensé que era aquí. ¿Y la SUNAFIL me puede ayudar aunque no esté en planilla?
O: Sí, igual puede denunciar. Y si algún día le quitan sus documentos, lo encierran o lo amenazan, ahí sí llámenos.
C: Ya, muchas gracias, señorita.
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
        "Un cocinero llama porque su empleador no le paga el sueldo desde hace dos meses. A las preguntas de la "
        "operadora responde que vive en su casa, conserva su documento, puede dejar el trabajo y no tiene deudas ni "
        "amenazas, por lo que no hay indicios de trata. Se le orientó para acudir a la inspección laboral.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h40-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, good evening. Sorry, can I speak English? My Spanish is fine for tours but not for this.
O: Of course, go ahead.
C: My name's [[PERSON|Shannon Kerr]], I'm a tour guide in [[LOCATION|Cusco]], I work for [[ORGANIZATION|Qori Trails]]. Every day I take groups to the viewpoint above [[LOCATION|Pisac]], and there's a little girl there with her brother, in traditional clothes, holding a baby alpaca and posing for photos with tourists.
O: What worries you about them?
C: They're there before I arrive in the morning and until after dark, even on school days. The girl is tiny, she's missing her two front teeth, like a first grader, and her brother is maybe a year older. Every hour a man on a motorbike comes and takes all the money from them. Last week I gave her a sandwich and she told me that if they don't make fifty soles, "el tío" hits them with a belt.
O: Did she say anything else about the man, or where they live?
C: She said they came from [[LOCATION|Paucartambo]] with him and that their mum is still there. She called him tío [[PERSON|Mario]]. The motorbike's plate is [[OTHER_ID|4127-2A]].
O: Are the children at the viewpoint now?
C: No, it's night now, they leave around seven. Can't you send the police up there right now anyway? I'm really upset.
O: I understand. But they're not there now and we don't know where they sleep, so a patrol tonight wouldn't find them. What I'll do is refer the case tonight to the child protection unit and the family prosecutor in [[LOCATION|Cusco]], so they can go to the viewpoint during the day, when the man comes for the money.
C: Okay, that makes sense. Please don't tell anyone it was me, I pass there every day.
O: Your name stays confidential. Please don't confront him or photograph him openly. Can I have a number to call you back?
C: Sure, it's [[PHONE_NUMBER|984 305 117]].
O: Thank you, [[PERSON|Shannon]]. I'll call you tomorrow afternoon to let you know what happened.
C: Thanks, really.
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        2,
        True,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A tour guide reports that two young children are made to pose for tourist photos at a viewpoint from morning "
        "until dark instead of going to school, while a man collects all the money and, according to the girl, beats "
        "them if they earn too little. As the children were not there at night, no patrol was sent; the case is "
        "referred to the child protection unit and the family prosecutor, with follow-up.",
    ),
)

call(
    "h40-en-02",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello, please, English? I need help, please, quickly.
O: Yes, I speak English. Are you safe to talk right now?
C: I am in the bathroom of the hotel, I locked the door. My name is [[PERSON|Kwame Asante]], I am from [[LOCATION|Ghana]]. I came with my friend [[PERSON|Ebo]] for football, for trials with a club in [[LOCATION|Lima]]. An agent, Mr. [[PERSON|Frank]], brought us.
O: Okay, [[PERSON|Kwame]]. What is happening?
C: There is no club. Three weeks we are in this hotel. He took our passports. Yesterday his men said we must pay back the flights, ten thousand dollars, or swallow some capsules and carry them to [[LOCATION|Madrid]]. The flight is tonight. They said at [[DATE_TIME|nine o'clock]] they bring the capsules.
O: Have you swallowed anything yet?
C: No, nothing yet. But they are coming soon.
O: How old are you and your friend?
C: I am [[AGE|seventeen]]. [[PERSON|Ebo]] is [[AGE|nineteen]].
O: Where is the hotel?
C: In [[LOCATION|Callao]], near the airport. [[ORGANIZATION|Hotel Faucett Inn]], [[ADDRESS|room 304, third floor]]. Two of his men are in the next room.
O: Listen carefully. I am sending the police to the hotel right now. Stay in the bathroom with the door locked and don't open for anyone until they say "policía". Where is [[PERSON|Ebo]]?
C: He is here with me.
O: Good, stay together. After the police come, you will both be taken to a safe shelter. You will not be treated as criminals; you are victims. Is this phone yours?
C: It is [[PERSON|Ebo]]'s phone. The number is [[PHONE_NUMBER|+233 24 518 7730]], it has WhatsApp.
O: Thank you. I'm staying on the line with you until the police arrive.
C: Thank you, madam. Please hurry.
""",
    note(
        "victim",
        "help_request",
        ["forced_criminality"],
        2,
        True,
        ["male"],
        "Callao",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "A teenage migrant calls hidden in a hotel bathroom: he and a friend were lured by a fake football agent, "
        "had their passports taken and are being forced to swallow drug capsules and fly abroad that same night "
        "under a debt for their flights. Police were sent to the hotel immediately and a shelter will receive them; "
        "they had not yet swallowed anything.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h40-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde. Desculpa, eu falo português. Sou caminhoneiro brasileiro, faço a rota de [[LOCATION|Rio Branco]] até [[LOCATION|Cusco]] pela Interoceânica. Vi o número de vocês num adesivo no posto de [[LOCATION|Iñapari]].
O: Sí, le entiendo, puede hablar en portugués. ¿En qué le ayudo?
C: Não é uma denúncia, é mais uma pergunta. Os colegas falam que nos postos perto de [[LOCATION|Mazuco]], de noite, oferecem moças para os motoristas. Eu queria saber o que a gente deve observar, e o que fazer se vir alguma coisa.
O: ¿Usted ha visto algún caso concreto, o a alguna menor de edad?
C: Não, eu mesmo não vi nada. É o que contam no grupo dos caminhoneiros. Mas a gente quer estar preparado.
O: Muy bien. Algunas señales: chicas que parecen muy jóvenes, que no hablan por sí mismas, que otra persona cobra por ellas, que no tienen documentos o se ven asustadas, o que viven en el mismo local. Si ve algo así, no intervenga usted mismo: llame a esta línea, que es gratuita y atiende las 24 horas, y díganos el lugar exacto, la hora y, si puede, la placa de los vehículos.
C: E posso ligar sem dar o meu nome?
O: Sí, puede ser anónimo. Si ve una situación de peligro inmediato también puede llamar a la policía al 105.
C: Entendi. E vocês atendem em português à noite também?
O: Sí, siempre hay alguien que puede atenderle, aunque sea en portuñol.
C: Tá ótimo. Vou passar o número e essas dicas no grupo de WhatsApp dos caminhoneiros. Muito obrigado.
O: Gracias a usted. Buen viaje.
""",
    note(
        "general_public",
        "information_request",
        ["sexual"],
        0,
        False,
        [],
        "Madre de Dios",
        "at_risk",
        "low",
        ["information_given"],
        "Un camionero extranjero pregunta qué señales observar y cómo actuar ante rumores de mujeres ofrecidas a "
        "conductores en grifos de una carretera de la selva; no ha presenciado ningún caso concreto. Se le explicaron "
        "las señales de alerta y cómo reportar de forma anónima y gratuita.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h40-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Epa, buenas tardes, mi reina. Mira, yo tengo una barbería aquí en [[LOCATION|San Martín de Porres]] y te llamo para consultarte algo, porque la verdad me tiene preocupado, chama.
O: Claro, cuénteme.
C: Mi sobrino [[PERSON|Yorman]] vive conmigo, tiene [[AGE|diecisiete]], cumple los [[AGE|dieciocho]] en diciembre. Él también es barbero, burda de bueno, vale. Y por Instagram le escribió una cuenta, [[OTHER_ID|@barberia_vip_stgo]], ofreciéndole trabajo en una barbería en [[LOCATION|Santiago de Chile]], mil dólares al mes.
O: ¿Qué le piden a cambio?
C: Ahí está la vaina. Le dicen que no necesita papeles, que un señor lo cruza por la trocha en [[LOCATION|Tacna]], y que el pasaje y la cruzada, seiscientos dólares, se los descuentan del sueldo cuando llegue. Y que apenas llegue tiene que entregar el pasaporte "para tramitarle el permiso".
O: ¿Su sobrino ya viajó?
C: No, no, está aquí conmigo, cortando. Pero está emocionado, quiere irse este fin de semana, y yo no sé qué decirle, pana.
O: Le explico: hay varias señales de alerta de captación para trata. Es menor de edad, le proponen cruzar la frontera de forma irregular con un desconocido, le crean una deuda antes de empezar y le piden entregar el pasaporte. Así suelen empezar los casos de trabajo forzoso. Le recomiendo que no viaje y que no envíe documentos ni fotos.
C: Qué arrecho, chamo. ¿Y cómo sé si la barbería existe de verdad?
O: Pídales un contrato por escrito y la dirección exacta, y verifíquelo con el consulado de [[LOCATION|Chile]]. Un empleador formal tramita una visa de trabajo, no un cruce por trocha. Si quiere, también puede reportar esa cuenta aquí mismo.
C: Dale, listo. Le voy a enseñar todo esto a [[PERSON|Yorman]], a ver si entra en razón. Gracias, mi vida, de verdad.
O: A usted. Puede volver a llamar cuando quiera, es gratuito.
""",
    note(
        "family_member",
        "information_request",
        ["labour"],
        1,
        True,
        ["male"],
        "Chile",
        "at_risk",
        "medium",
        ["information_given"],
        "Un barbero migrante consulta por una oferta de trabajo en el extranjero recibida por redes sociales por su "
        "sobrino adolescente, que implica cruzar la frontera por un paso irregular, asumir una deuda por el traslado "
        "y entregar el pasaporte al llegar. Se explicaron las señales de alerta, se recomendó que no viaje y cómo "
        "verificar la oferta.",
    ),
)

# ------------------------------------------------ code-switching (Spanish / Italian) ----
call(
    "h40-cs-01",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Pronto? Sì, buonasera... ay, perdón, buenas noches. Le llamo desde [[LOCATION|Milán]], en [[LOCATION|Italia]]. Es por mi figlia, mi hija, que está en [[LOCATION|Perú]] con la nonna, con mi mamá, en [[LOCATION|Villa El Salvador]].
O: La escucho, señora. ¿Qué le pasó a su hija?
C: Se llama [[PERSON|Ariana]], tiene [[AGE|sedici anni]], [[AGE|dieciséis]]. Hace cuatro días salió diciendo a la nonna que iba a casa de una amiga, y no volvió. Sus amigas dicen que un ragazzo de TikTok le ofreció un lavoro, un trabajo muy bien pagado, y que se fue con él.
O: ¿Sabe a dónde iba a trabajar, o qué tipo de trabajo era?
C: Non lo so, no sé. Las amigas tampoco: unas dicen atención al cliente, otras que de anfitriona. No dijo la ciudad.
O: ¿Ha tenido contacto con ella desde entonces?
C: Ieri sera, anoche, me mandó un audio, llorando. Dice: "Mami, no me dejan salir, no sé dónde estoy, me quitaron el celular, este es prestado". Y se cortó. Después el número estaba spento, apagado. Adesso nadie contesta.
O: ¿Tiene ese número y la cuenta del chico?
C: Sí. El número del audio es [[PHONE_NUMBER|913 572 048]]. La cuenta es [[OTHER_ID|@jhair.oportunidades]]. Y el celular de [[PERSON|Ariana]] es [[PHONE_NUMBER|987 204 631]].
O: Gracias. ¿Su mamá ya puso la denuncia por desaparición?
C: No. La nonna fue a la comisaría y le dijeron que espere, que seguro se fue con el enamorado.
O: Eso no es correcto. Cuando desaparece una menor, la denuncia se recibe de inmediato, no hay que esperar 24 horas. Su mamá debe volver hoy mismo con una foto de [[PERSON|Ariana]] y su DNI, y decir que esta línea ya registró el caso como posible trata.
C: ¿Y ustedes no pueden mandar a la polizia a buscarla?
O: Sin una dirección no podemos enviar un patrullero a ningún lugar, pero ahora mismo derivamos el caso a la policía especializada en trata y a la fiscalía, con los dos números y la cuenta, para que pidan la ubicación de los teléfonos.
C: Va bene, va bene. Grazie, grazie mille.
O: ¿A qué número la llamamos, a usted o a su mamá?
C: A mí, por WhatsApp: [[PHONE_NUMBER|+39 347 218 5590]]. Y a mi mamá también, [[PERSON|Norma]], al [[PHONE_NUMBER|956 031 874]].
O: La llamaremos mañana temprano, hora de [[LOCATION|Italia]]. Y si [[PERSON|Ariana]] vuelve a comunicarse, pídale cualquier detalle del lugar donde está.
C: Sì, sì, grazie. Per favore, trovatela, encuéntrenla.
""",
    note(
        "family_member",
        "report",
        ["unknown"],
        1,
        True,
        ["female"],
        None,
        "ongoing",
        "immediate",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre que vive en el extranjero reporta que su hija adolescente se fue hace días con un joven que le "
        "ofreció trabajo por redes sociales y anoche envió un audio llorando diciendo que no la dejan salir y no sabe "
        "dónde está; se desconoce el lugar y el tipo de explotación. Sin ubicación no se pudo enviar patrulla: se "
        "deriva a la policía especializada y a la fiscalía para localizar los teléfonos, se explicó que la denuncia "
        "por desaparición debe recibirse de inmediato y se hará seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h40-and-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Buenas tardes. Yo estoy llamando de [[LOCATION|Pampachiri]], de [[LOCATION|Andahuaylas]]. De mi vecina su hijo y otros jovencitos se han ido a la mina, y ya han vuelto, pero bien mal han vuelto, pues.
O: Cuénteme con calma, señora. ¿Quiénes se fueron?
C: El [[PERSON|Wilber]], de mi vecina su hijo; la [[PERSON|Yesica]]; el [[PERSON|Nilton]]; y el chiquito [[PERSON|Rusbel]], que todavía está en cuarto de primaria, atatay. Esos cuatro se fueron.
O: ¿Quién se los llevó y a dónde?
C: Don [[PERSON|Faustino]] pues, ese enganchador que viene en su camión. Ha dicho que en la mina de [[LOCATION|Lucanas]], en [[LOCATION|Ayacucho]], iban a ganar bien, cuarenta soles diario. Tres meses han estado. Los jovencitos cargaban mineral en capacho, y la [[PERSON|Yesica]] cocinaba para los mineros, lavaba su ropa de ellos.
O: ¿Les pagaron?
C: Manam, nada, señorita. Don [[PERSON|Faustino]] decía "a fin de mes, a fin de mes", y después que le deben por la comida y por las botas. No les dejaba bajar al pueblo. Por eso se han escapado de noche, caminando por los cerros dos días hasta la carretera.
O: ¿Qué edades tienen los otros?
C: El [[PERSON|Wilber]] ya es mayor, [[AGE|veinte años]] tiene. El [[PERSON|Nilton]] tiene [[AGE|quince]]. La [[PERSON|Yesica]] [[AGE|diecisiete]] creo que tiene.
O: ¿Cómo están ahora? ¿Alguien está herido o enfermo?
C: El [[PERSON|Nilton]] está bien nomás, flaquito. Pero el [[PERSON|Rusbel]] está con tos fuerte, tose y tose, no come, dice que le duele su pechito. La [[PERSON|Yesica]] no quiere hablar, llora nomás.
O: ¿Ya están en sus casas?
C: Ari, ya están con sus mamás desde la semana pasada. Pero don [[PERSON|Faustino]] ha dicho en la feria que va a volver para la cosecha a llevar más jóvenes, y las mamás tienen miedo de denunciar, dicen que él es compadre de las autoridades.
O: Entiendo, señora. Lo que les pasó es trabajo forzoso, y con menores de edad. Vamos a derivar el caso a la fiscalía de [[LOCATION|Andahuaylas]] y a la policía especializada para que investiguen a ese señor. Para [[PERSON|Rusbel]] vamos a coordinar con el centro de salud de [[LOCATION|Pampachiri]] para que lo vean mañana mismo; esa tos puede ser grave. ¿Me puede dar un número?
C: Este celular es de mi hijo, [[PHONE_NUMBER|983 614 207]]. Yo me llamo [[PERSON|Teodora]].
O: Gracias, señora [[PERSON|Teodora]]. Dígales a las mamás que sus hijos no deben nada, esa deuda no vale, y que si don [[PERSON|Faustino]] vuelve a ofrecer trabajo nos llamen. Pasado mañana la llamo para saber cómo sigue el niño.
C: Diospagarasunki, señorita. Ya, ya, gracias.
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        4,
        True,
        ["female", "male"],
        "Ayacucho",
        "past",
        "medium",
        ["referral_legal", "referral_health", "information_given", "follow_up_call"],
        "Una vecina reporta que un reclutador llevó a cuatro jóvenes de su comunidad, tres de ellos menores y uno en "
        "edad de primaria, a trabajar en una mina sin pago durante meses bajo una supuesta deuda y sin dejarlos "
        "salir, hasta que escaparon; el niño volvió enfermo y el reclutador anuncia que regresará por más jóvenes. "
        "Se deriva a la fiscalía y a la policía especializada, se coordina atención médica para el niño y se explicó "
        "que la deuda no es válida, con seguimiento.",
    ),
)


# ------------------------------------------------ self-checks ----
ENUM = {
    "caller_role": {"victim", "family_member", "acquaintance", "witness", "professional", "general_public"},
    "call_type": {"report", "help_request", "information_request", "follow_up", "not_relevant"},
    "exploitation_types": {
        "sexual",
        "labour",
        "domestic_servitude",
        "forced_begging",
        "forced_criminality",
        "other",
        "unknown",
    },
    "situation": {"ongoing", "past", "at_risk"},
    "urgency": {"immediate", "high", "medium", "low"},
    "actions": {
        "police_dispatch",
        "referral_shelter",
        "referral_legal",
        "referral_health",
        "information_given",
        "follow_up_call",
        "none",
    },
}
PII_TYPES = {
    "PERSON",
    "PHONE_NUMBER",
    "ID_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "AGE",
    "DATE_TIME",
    "OTHER_ID",
}
DIGIT_WORDS = (
    r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine)"
)


def _covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def _name_tokens(spans):
    toks = set()
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    return toks


def check(rec):
    """Same rules as make_dev.py's checks, applied to one built record."""
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert "\n".join(t["text"] for t in rec["turns"]) == text, cid
    assert 8 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
    assert 150 <= len(text.split()) <= 600, (cid, len(text.split()))
    assert "[[" not in text and "]]" not in text, cid
    prev_end = -1
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert text[p["start"] : p["end"]] == p["text"] == p["text"].strip() != "", (cid, p)
        assert p["start"] >= prev_end, (cid, "overlap", p)
        prev_end = p["end"]
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")} | _name_tokens(spans)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert _covered(spans, m.start(), m.end()), (cid, "unlabelled occurrence", s, m.start())
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        assert m.group(0) == "0800-2-3232" or _covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text):
        assert _covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert _covered(spans, m.start(), m.end()), (cid, "@", m.start())
    n = rec["note"]
    assert n["caller_role"] in ENUM["caller_role"] and n["call_type"] in ENUM["call_type"], cid
    assert set(n["exploitation_types"]) <= ENUM["exploitation_types"], cid
    assert n["urgency"] in ENUM["urgency"], cid
    assert n["actions"] and set(n["actions"]) <= ENUM["actions"], cid
    assert len(n["actions"]) == len(set(n["actions"])), cid
    if n["call_type"] == "not_relevant":
        assert n["situation"] is None and n["exploitation_types"] == [], cid
    else:
        assert n["situation"] in ENUM["situation"] and n["exploitation_types"], cid
    v = n["victims"]
    assert isinstance(v["count"], int) and isinstance(v["minors_involved"], bool), cid
    assert set(v["sexes"]) <= {"female", "male"}, cid
    summ = n["summary"]
    assert not re.search(r"\d", summ), (cid, "digit in summary")
    for s in {p["text"] for p in spans} | _name_tokens(spans):
        if len(s) >= 3:
            assert not re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ), (cid, "PII in summary", s)
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3, (cid, "summary sentences")


if __name__ == "__main__":
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16 and all(i.startswith("h40-") for i in ids), ids
    for r in recs:
        check(r)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} calls to {OUT}")
