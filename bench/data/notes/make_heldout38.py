#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout38.jsonl: 16 fictional labelled hotline calls (outside writer).

Written by an outside test-data writer who read only three files:
shared/eval/LABELS.md, shared/eval/make_dev.py and notes/make_heldout.py. It
reuses the builder in make_heldout.py (call(), note(), build(), [[TYPE|surface]]
markup, O:/C: speakers) and the dev-set conventions (PII spans, department-level
regions, destination as region for at-risk offers, summaries without
identifiers or digits).

Mix (16 calls): 5 lowercase unpunctuated Whisper-style Spanish
("lowercase_asr"), 5 cased Spanish ("plain"), 2 English ("plain"),
1 Brazilian Portuguese ("portuguese"), 1 Venezuelan Spanish ("venezuelan"),
1 Spanish/English code-switching ("code_switching"), 1 Andean Spanish with
Quechua words ("andean_quechua"). Every caller_role and call_type appears,
including follow_up, information_request and a silent/prank not_relevant call;
victims range from 0 to 12, told indirectly, corrected mid-sentence, or with
the caller among them; regions come from towns, districts, a foreign country,
or are unknown. All people, numbers, places of business are invented.

Run: cd notes && python3 make_heldout38.py
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout38.jsonl")
CALLS.clear()  # importing make_heldout registers its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h38-lower-01",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita buenas noches yo trabajo haciendo la limpieza en el terminal terrestre de [[LOCATION|abancay]] y hay algo que no me gusta nada
O: cuénteme con calma qué está viendo
C: hay un señor con unas chicas sentadas en la sala de espera del andén de atrás tres chicas no miento son cuatro la otra estaba en el baño conmigo ahí la vi llorando
O: qué edad cree que tienen
C: él dice que son mayores pero no señorita tienen carita de niñas todavía una tiene puesta su casaca del colegio con la insignia
O: usted habló con alguna de ellas
C: con la del baño nomás me dijo que el señor les ofreció trabajo de meseras en un restaurante en [[LOCATION|mazuco]] que les va a pagar bien y que su mamá no sabe que se ha venido
O: y el señor qué está haciendo ahorita
C: está parado con los pasajes en la mano no las deja separarse y le escuché decir por teléfono ya tengo cuatro para el bar de los mineros así dijo
O: a qué hora sale el bus y de qué empresa es
C: de [[ORGANIZATION|transportes wari sur]] sale a las [[DATE_TIME|diez y cuarenta]] ya falta poquito como veinte minutos
O: bien voy a avisar ahora mismo a la policía del terminal y a la comisaría para que lleguen antes de que salga el bus usted no se acerque al señor ni le diga nada
C: ya señorita yo me quedo aquí barriendo nomás mirando
O: si el bus sale antes de que llegue la policía vuelva a llamar y nos dice la placa gracias por avisar
C: ya señorita que dios la bendiga
""",
    note(
        "witness",
        "report",
        ["sexual"],
        4,
        True,
        ["female"],
        "Madre de Dios",
        "at_risk",
        "immediate",
        ["police_dispatch"],
        "Una trabajadora de limpieza de un terminal de buses reporta que un hombre está por embarcar a cuatro "
        "chicas que aparentan ser menores con una oferta de trabajo de meseras en una zona minera, y que lo "
        "escuchó decir que las lleva a un bar de mineros. Se alertó de inmediato a la policía para que "
        "intervenga antes de la salida del bus.",
    ),
)

call(
    "h38-lower-02",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes le escucho
C: buenas tardes le habla el químico farmacéutico de una botica en [[LOCATION|chala]] no sé si esto es para ustedes pero ya van varias veces que pasa
O: claro cuénteme qué ha visto
C: viene una señora que le dicen la [[PERSON|gringa]] a comprar pastillas del día siguiente y antibióticos por cajas dice que es para las chicas del local
O: de qué local se trata
C: del [[ORGANIZATION|karaoke el minero feliz]] en [[ADDRESS|la salida a la panamericana pasando el grifo]] y hoy vino con una chiquita que tendrá [[AGE|quince años]] con un moretón en el cuello
O: la chica le dijo algo
C: mientras la señora pagaba me dijo bajito que no la dejan irse que la hacen pasar con los mineros le cobran la ropa y el pasaje y nunca termina de pagar y que a su amiga de [[AGE|catorce]] la tienen con fiebre en el cuarto hace tres días
O: la chica está encerrada o puede salir sola
C: encerrada no porque vino a la botica pero siempre con la señora nunca sola
O: entiendo lo que me cuenta es muy grave son menores de edad voy a avisar ahora a la policía de la zona para que vayan al local a rescatar a las chicas
C: y la de la fiebre señor esa necesita que la vea un médico
O: sí cuando la policía intervenga las van a llevar al centro de salud para que las atiendan a las dos y mañana le vuelvo a llamar para contarle
C: ya gracias no quiero que se sepa que fui yo acá todos se conocen
O: su identidad queda reservada gracias por llamar
""",
    note(
        "professional",
        "report",
        ["sexual"],
        2,
        True,
        ["female"],
        "Arequipa",
        "ongoing",
        "high",
        ["police_dispatch", "referral_health", "follow_up_call"],
        "Un farmacéutico reporta que una mujer compra anticonceptivos de emergencia y antibióticos para las "
        "chicas de un karaoke de una zona minera, y que una adolescente que la acompañaba le contó que la "
        "obligan a estar con mineros por una deuda y que otra menor está enferma. Se alertó a la policía para "
        "rescatarlas y llevarlas a atención de salud, con seguimiento.",
    ),
)

call(
    "h38-lower-03",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló
O: sí aló le escucho en qué le puedo ayudar
C: eh
O: si no puede hablar puede responder solo sí o no está usted en peligro
C: jajaja ya cuelga cuelga oe
O: aló hay alguien ahí
C: jajaja es la línea de la trata oe corre corre
O: esta es una línea gratuita para personas que necesitan ayuda si no necesitan nada por favor no llamen para jugar
C: ya pe señorita chau
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
        "Llamada al inicio silenciosa en la que luego se escuchan risas de jóvenes haciendo una broma. La "
        "operadora verificó si alguien estaba en peligro y pidió no usar la línea para jugar.",
    ),
)

call(
    "h38-lower-04",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: hola señorita es que mi hermana no puede venir a la casa
O: hola cómo te llamas y cuántos años tienes
C: [[PERSON|yerson]] tengo [[AGE|doce]] estoy llamando del celular de mi profesor
O: muy bien [[PERSON|yerson]] cuéntame qué pasa con tu hermana
C: mi hermana [[PERSON|nayeli]] tiene [[AGE|quince]] una señora se la llevó a [[LOCATION|juliaca]] para que cuide a sus hijitos y le dijo a mi mamá que iba a estudiar en la noche pero no estudia
O: y qué te cuenta ella
C: a veces me llama y llora dice que cocina lava todo cuida a los bebes y no le pagan nada y que el esposo de la señora entra a su cuarto en la noche y la toca
O: gracias por contarme eso es muy valiente de tu parte dime tu hermana está encerrada en esa casa
C: no encerrada no sale al mercado a comprar pero la señora le quitó su dni y le dice que si se va la va a denunciar por robar
O: sabes dónde queda la casa
C: por el [[ADDRESS|mercado túpac amaru al frente de una ferretería azul]] así me dijo
O: tu mamá sabe que estás llamando
C: no mi mamá está en la chacra en [[LOCATION|azángaro]] el profe [[PERSON|edwin]] me ayudó a marcar
O: está bien vamos a pasar el caso a la fiscalía de familia y a la policía especializada para que vayan a ver a tu hermana me pasas con tu profesor para dejarle un número
C: buenas tardes señorita soy el profesor anote mi número [[PHONE_NUMBER|951 284 630]] yo le aviso a la mamá
O: gracias profesor mañana lo llamamos para contarle cómo avanza y que la mamá también pueda hablar con nosotros
C: ya señorita gracias
""",
    note(
        "family_member",
        "report",
        ["domestic_servitude", "sexual"],
        1,
        True,
        ["female"],
        "Puno",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Un niño reporta que su hermana adolescente fue llevada a otra ciudad para cuidar niños con la promesa "
        "de estudiar, pero trabaja sin pago en tareas domésticas, le retuvieron el documento y el esposo de la "
        "empleadora abusa sexualmente de ella. Se deriva a la fiscalía de familia y a la policía especializada, "
        "con seguimiento a través del docente que lo ayudó a llamar.",
    ),
)

call(
    "h38-lower-05",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días
C: buenos días hermana le llamo de la parroquia [[ORGANIZATION|san josé obrero]] de [[LOCATION|pichanaki]] yo soy voluntaria del comedor llamé el lunes por los dos señores que se escaparon de la chacra de café
O: sí señora ya ubico el caso los dos señores que están durmiendo en la parroquia cómo están
C: ahí siguen pero ahora no son dos son tres porque anoche llegó otro chico que se escapó de la misma chacra es un jovencito de [[AGE|diecisiete años]]
O: y él qué les ha contado
C: lo mismo que trabajaban desde las cuatro de la mañana que el capataz les quitó sus documentos que no les pagaba nada y a los que se quejaban los dejaba sin comer
O: están a salvo ahora en la parroquia alguien los ha ido a buscar
C: no nadie los ha buscado ahí están tranquilos pero el chico llegó con el pie hinchado todo infectado y uno de los señores tiene fiebre desde ayer
O: entiendo voy a coordinar con el centro de salud para que los atiendan hoy mismo y agrego al joven al caso que ya pasamos a la fiscalía
C: y lo del albergue que nos dijeron el lunes
O: sigue en trámite mañana la vuelvo a llamar y le confirmo
C: ya hermana gracias que dios le pague
""",
    note(
        "acquaintance",
        "follow_up",
        ["labour"],
        3,
        True,
        ["male"],
        "Junín",
        "past",
        "medium",
        ["referral_health", "referral_legal", "follow_up_call"],
        "Una voluntaria de una parroquia llama en seguimiento de un caso previo de dos hombres que escaparon "
        "de una chacra donde trabajaban sin pago y con sus documentos retenidos, e informa que llegó un "
        "adolescente que escapó del mismo lugar. Se coordina atención de salud para los heridos y enfermos, se "
        "añade al joven al caso en fiscalía y se hará seguimiento.",
    ),
)

# ------------------------------------------------ cased Spanish ----
call(
    "h38-es-01",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, señorita. Disculpe la hora. Mi esposo es camionero y hace dos semanas que no sé bien de él. Bueno, algo sé, y por eso tengo miedo.
O: Tranquila, señora, la escucho. ¿Qué sabe de él?
C: Se llama [[PERSON|Teófilo]], tiene [[AGE|41 años]]. Un señor de una empresa de [[LOCATION|Huancayo]] lo contrató para llevar abarrotes a la selva, por el [[LOCATION|VRAEM]]. Se fue con su sobrino [[PERSON|Alexis]], que lo acompaña de ayudante; él tiene [[AGE|23]].
O: ¿Y qué le ha contado su esposo?
C: Me llamó [[DATE_TIME|el jueves]] de un número que no conozco, hablando bajito. Me dijo que allá les quitaron las llaves del camión y los celulares, y que ahora los obligan a sacar sacos de noche por la trocha, sacos que no son de abarrotes, usted me entiende. Que si no lo hacen les van a hacer algo a ellos y a nosotros.
O: ¿Le han pedido dinero a usted, algún rescate?
C: No, plata no me han pedido nada. Eso es lo raro. Solo me dijo que no vaya a la policía de allá porque están comprados.
O: ¿Sabe en qué lugar exactamente están?
C: No sé, señorita. Él dijo un pueblo al lado del río, no sé si es por el lado de [[LOCATION|Ayacucho]] o del [[LOCATION|Cusco]]. El camión es un Volvo rojo, placa [[OTHER_ID|D4T-917]]. Y su DNI es [[ID_NUMBER|20458173]], por si sirve.
O: Sí sirve. ¿Tiene el número desde donde la llamó?
C: Sí, es el [[PHONE_NUMBER|927 403 118]]. Ya no contesta, sale apagado.
O: Señora, lo que me describe puede ser trata con fines de explotación para cometer delitos: a su esposo y a su sobrino los estarían obligando a transportar droga bajo amenaza. Ellos son víctimas, no delincuentes. Hoy mismo pasamos el caso a la fiscalía especializada y a la unidad especializada de la policía, no a la comisaría de la zona. ¿A qué número la llamamos?
C: A este mismo, [[PHONE_NUMBER|964 572 091]]. Me llamo [[PERSON|Nélida]].
O: Gracias, señora [[PERSON|Nélida]]. Mañana la llamamos. Si él vuelve a comunicarse, pregúntele el nombre del pueblo y avísenos enseguida.
C: Ya, señorita. Gracias, Diosito quiera que vuelvan.
""",
    note(
        "family_member",
        "report",
        ["forced_criminality"],
        2,
        False,
        ["male"],
        None,
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una mujer reporta que su esposo camionero y el sobrino que lo acompaña fueron contratados para un "
        "transporte a la selva y ahora son obligados, sin celulares ni las llaves del vehículo y bajo amenazas, "
        "a trasladar droga de noche. No se conoce el lugar exacto; se deriva el caso a la fiscalía y a la "
        "policía especializadas, con seguimiento.",
    ),
)

call(
    "h38-es-02",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy profesora de una escuelita unidocente en una comunidad de [[LOCATION|Lircay]], en [[LOCATION|Angaraes]]. Le llamo por unos alumnos míos que no han regresado a clases.
O: Gracias por llamar, profesora. Cuénteme.
C: En diciembre un señor de la comunidad, le dicen [[PERSON|Chino]], se llevó a varios niños a [[LOCATION|Lima]] "a pedir Navidad", como dicen acá. Les dijo a los papás que iban a volver con plata y con juguetes. Eso pasa todos los años, pero esta vez no han vuelto, y las clases empezaron hace tres semanas.
O: ¿Cuántos niños son?
C: Los dos hermanitos [[PERSON|Taipe]], que son de segundo y cuarto grado, y su primita que recién entró a primer grado... no, perdón, también [[PERSON|Wilmer]], el de quinto. Son cuatro.
O: ¿Sabe qué están haciendo en [[LOCATION|Lima]]?
C: La mamá de los [[PERSON|Taipe]] habló con el mayorcito por teléfono. Le dijo que están en un cuarto en [[LOCATION|Ate]], que todo el día venden caramelos y piden en los paraderos y en los mercados, y que el señor les quita toda la plata. Si no juntan cincuenta soles, no les da de cenar.
O: ¿Los papás han puesto una denuncia?
C: No, tienen vergüenza, y el señor es pariente de uno de ellos. Dicen que ya los va a traer. Yo no puedo esperar más, los niños van a perder el año.
O: Hizo muy bien en llamar, profesora. Esto es explotación de niños en la mendicidad, que es una forma de trata. Vamos a derivarlo a la fiscalía de familia y a la policía especializada en [[LOCATION|Lima]] para que los ubiquen. ¿Tiene el número del señor o la dirección del cuarto?
C: La dirección no. El número me lo pasó la mamá: [[PHONE_NUMBER|938 150 726]].
O: ¿Y cómo nos comunicamos con usted? ¿Tiene señal en la comunidad?
C: Solo en la plaza, por la tarde. Mi número es [[PHONE_NUMBER|974 602 315]], y mi correo es [[EMAIL_ADDRESS|yolanda.paucar.docente@gmail.com]]. Me llamo [[PERSON|Yolanda Paucar]].
O: Gracias, profesora [[PERSON|Yolanda]]. La llamamos el [[DATE_TIME|viernes]] por la tarde para contarle.
C: Muchas gracias, señorita.
""",
    note(
        "professional",
        "report",
        ["forced_begging"],
        4,
        True,
        ["male", "female"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una docente rural reporta que cuatro alumnos pequeños, llevados a la capital por un hombre de su "
        "comunidad para pedir dinero en las fiestas de fin de año, no han regresado y son obligados a vender "
        "caramelos y mendigar entregándole todo lo recaudado. Se deriva a la fiscalía de familia y a la policía "
        "especializada para ubicarlos, con seguimiento.",
    ),
)

call(
    "h38-es-03",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. No sé si estoy llamando al lugar correcto. Tengo una panadería en [[LOCATION|Tacna]], en [[LOCATION|Ciudad Nueva]], y hace un mes contraté a un muchacho boliviano, [[PERSON|Fidel]], de [[AGE|19 años]]. Estoy preocupado por él.
O: Está en el lugar correcto, señor. ¿Por qué está preocupado?
C: Porque el chico llegó sin nada, sin documentos. Me contó que antes trabajó ocho meses en una chacra de orégano en [[LOCATION|Candarave]], arriba en la sierra, y que nunca le pagaron. El dueño le guardó el carnet "para que no se pierda" y le decía que le debía la comida.
O: ¿Él se escapó de ese lugar?
C: Sí, se bajó escondido en un camión de carga. Pero allá se quedaron su hermano y un primo. Bueno, el primo es como su hermano, se criaron juntos. Están igual, sin pago y sin documentos. Y el dueño lo llama a [[PERSON|Fidel]] y le dice que si no vuelve, el hermano va a pagar su deuda.
O: ¿El hermano y el primo son mayores de edad?
C: Sí, el hermano tiene [[AGE|24]] y el primo [[AGE|21]], creo.
O: ¿Y qué le gustaría hacer, señor?
C: Yo quiero ayudarlo, pero no quiero meterlo en problemas con migraciones. Y tampoco quiero problemas yo, por tenerlo trabajando sin papeles.
O: Le explico. [[PERSON|Fidel]] es posible víctima de trabajo forzoso y puede denunciar sin que lo sancionen por su situación migratoria. Usted puede formalizarlo con un contrato cuando recupere su documento, y hace bien en pagarle y no retenerle nada. Vamos a derivar el caso a la fiscalía y a la inspección de trabajo para que verifiquen la chacra, y lo llamaremos la próxima semana.
C: Muy bien. Le dejo mi número: [[PHONE_NUMBER|952 318 604]].
O: Gracias. Si el dueño de la chacra va a buscar a [[PERSON|Fidel]] a la panadería, llame de inmediato.
C: Así lo haré. Gracias, señorita.
""",
    note(
        "acquaintance",
        "report",
        ["labour"],
        3,
        False,
        ["male"],
        "Tacna",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Un empleador reporta que un joven migrante al que contrató escapó de una chacra donde trabajó meses "
        "sin pago y con su documento retenido, y que su hermano y su primo siguen allí en las mismas "
        "condiciones, amenazados con cargar su supuesta deuda. Se le explicaron los derechos del joven y se "
        "deriva el caso a la fiscalía y a la inspección de trabajo, con seguimiento.",
    ),
)

call(
    "h38-es-04",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Una consulta nomás. ¿Ustedes ven también temas de... de órganos? De vender un riñón, digamos.
O: Sí, la extracción de órganos también puede ser una forma de trata. Cuénteme con confianza, no necesita dar su nombre.
C: Es que estoy sin trabajo y debo plata al banco. En un grupo de Facebook un señor me escribió, me ofrece veinte mil dólares por un riñón. Dice que la operación es en [[LOCATION|Turquía]], que me pagan el pasaje, el hotel, todo, y que en tres semanas vuelvo.
O: ¿Le ha pedido algo hasta ahora?
C: Me pidió una foto de mi pasaporte y que me haga un análisis de sangre en un laboratorio que él me indicó, en [[LOCATION|Los Olivos]]. Ya me lo hice ayer. Y me dice que no le cuente a mi familia, que es "un trámite médico privado".
O: ¿Ya tiene fecha de viaje?
C: Me dice que [[DATE_TIME|el 28]], en dos semanas. Yo le pregunté si es legal y me dijo que allá sí.
O: Le explico: en el Perú comprar o vender un órgano es delito, y quienes ofrecen estos viajes suelen quitar el pasaporte, operar en lugares clandestinos y no pagar lo prometido. Hay personas que han vuelto enfermas y sin dinero. Le recomiendo no viajar, no enviar más documentos y guardar los mensajes. Si usted quiere, le ayudamos a poner la denuncia.
C: Denuncia todavía no, déjeme pensarlo. Pero ya me asusté, la verdad.
O: Lo entiendo. ¿Le parece si lo llamamos el [[DATE_TIME|jueves]] para ver cómo está?
C: Ya, está bien. A este número: [[PHONE_NUMBER|989 044 512]].
O: Perfecto. Y si lo presionan para viajar antes, llámenos al 0800-2-3232, es gratis.
C: Gracias, señorita.
""",
    note(
        "victim",
        "information_request",
        ["other"],
        1,
        False,
        ["male"],
        "Turquía",
        "at_risk",
        "medium",
        ["information_given", "follow_up_call"],
        "Un hombre endeudado consulta por una oferta recibida por redes sociales para vender un riñón en el "
        "extranjero, con viaje pagado, pedido de su pasaporte, análisis de sangre y exigencia de secreto. Se le "
        "explicó que la venta de órganos es delito y una forma de trata, se le recomendó no viajar ni enviar más "
        "documentos y se acordó una llamada de seguimiento.",
    ),
)

call(
    "h38-es-05",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Yo quería saber si todavía puedo denunciar algo que me pasó hace más de un año, fuera del país.
O: Claro que sí. Cuénteme qué le pasó, con calma.
C: Me fui a [[LOCATION|Argentina]], a [[LOCATION|Buenos Aires]], con mi prima. Una señora de acá de [[LOCATION|Huancayo]] nos consiguió trabajo en un taller de costura. Éramos solo nosotras dos en ese taller, en el sótano de una casa.
O: ¿Cómo eran las condiciones?
C: Trabajábamos de siete de la mañana a medianoche. En la noche nos cerraban la puerta con llave, y nos descontaban todo: el pasaje, la comida, el cuarto. En once meses no vimos ni un peso.
O: ¿Cómo salieron de ahí?
C: Un día la dueña se olvidó de cerrar y nos escapamos. El consulado nos ayudó a volver. Ya estoy en mi casa hace un año, pero no duermo bien, sueño con ese sótano. Y la señora que nos llevó sigue acá, sigue llevando chicas. ¿Qué tengo que llevar para denunciar?
O: Lo que les pasó fue trata con fines de explotación laboral, y sí puede denunciar aunque haya pasado el tiempo; usted y su prima son víctimas. Puede ir a la fiscalía especializada con su DNI y todo lo que tenga: mensajes, fotos, los papeles del consulado. Le puedo derivar a un abogado gratuito del Ministerio de Justicia para que la acompañe, y también a atención psicológica gratuita, si quiere.
C: Sí, lo psicológico sí quiero. Y para mi prima también, ella está peor que yo.
O: Muy bien, para las dos. ¿Me deja un número para que las contacten?
C: [[PHONE_NUMBER|964 117 028]]. Me llamo [[PERSON|Gladys]].
O: Gracias, [[PERSON|Gladys]]. Esta semana la llaman del centro de salud mental comunitario y del servicio de defensa legal. Y si decide denunciar a la señora, el abogado la orienta.
C: Gracias, señorita. Es la primera vez que se lo cuento a alguien que no es de mi familia.
""",
    note(
        "victim",
        "information_request",
        ["labour"],
        2,
        False,
        ["female"],
        "Argentina",
        "past",
        "low",
        ["information_given", "referral_legal", "referral_health"],
        "Una mujer que regresó al país cuenta que ella y su prima fueron explotadas durante meses en un taller "
        "de costura en el extranjero, encerradas de noche y sin pago por descuentos de una supuesta deuda, y "
        "consulta si aún puede denunciar. Se le informó que sí y qué llevar, y se derivó a ambas a asesoría "
        "legal gratuita y atención psicológica.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h38-en-01",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon. Sorry, do you speak English?
O: Yes, of course. How can I help you?
C: I'm a flight attendant with a European airline, we fly between [[LOCATION|Madrid]] and [[LOCATION|Lima]] a few times a week. We had a training on human trafficking and they gave us this number. Nothing has happened, I just want to know how it works before I ever need it.
O: That's a very good idea. What would you like to know?
C: First, what should we actually look out for on a flight? The training was quite general.
O: Some common signs: a young person travelling with an adult who answers every question for them, who doesn't hold their own passport or boarding pass, who seems scared or gives rehearsed answers, or doesn't know where they'll be working or for whom. Also minors travelling with adults who aren't their parents and have no travel authorisation.
C: Okay. And if I see that on a flight that's landing in [[LOCATION|Lima]], can I call you from the plane, or is it too late by then?
O: On board, tell the captain, who can ask the airport police to meet the flight. Once you land, you or the crew can call us. It's free from any Peruvian phone, twenty-four hours, and you don't have to give your name.
C: And from a foreign mobile?
O: The free number may not work from a foreign mobile, so in that case ask the airport police or a local colleague to call for you.
C: That's really helpful. Is it alright if I share this with my crew?
O: Of course, please do. The more people know the signs, the better.
C: Thank you so much. Have a good day.
""",
    note(
        "professional",
        "information_request",
        ["unknown"],
        0,
        False,
        [],
        None,
        "at_risk",
        "low",
        ["information_given"],
        "A flight attendant asks, without any specific case, which warning signs of trafficking to watch for on "
        "international flights and how to report them. The signs, the role of the captain and airport police, "
        "and how the free anonymous line works were explained.",
    ),
)

call(
    "h38-en-02",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hello, hello? English? Please, English.
O: Yes, I speak English. Are you safe to talk right now?
C: Yes, for now. I am on the deck, the officers are sleeping. My name is [[PERSON|Agus]], I am from [[LOCATION|Indonesia]]. I work on a fishing boat, for squid. We are in the port of [[LOCATION|Paita]] to load fuel.
O: What is happening on the boat, [[PERSON|Agus]]?
C: Eleven months, no salary. The captain has all our passports in his cabin. Some days we work twenty hours, and the bosun hits us with a pipe when we are slow. Two months ago my friend got very sick, they did not take him to a doctor, he died at sea. They keep his body in the freezer, with the fish.
O: I'm very sorry. How many crew members are in your situation?
C: Indonesian crew, thirteen. No, twelve now, with me, because of my friend. One boy is only [[AGE|seventeen]], they changed his age on the papers.
O: Is anyone hurt right now?
C: One man has a bad hand. The winch broke his fingers last week, now it is black.
O: Are you locked in?
C: No, not locked, the gangway is open. But without passport, where can we go? And the captain says we leave the port tomorrow at [[DATE_TIME|six in the morning]]. After that, nobody can help us for one more year.
O: Then we have to act tonight. What is the name of the company, and where exactly is the boat?
C: The company is [[ORGANIZATION|Hai Feng Ocean Fishery]]. The boat is blue and white, at [[ADDRESS|the fuel pier, the last one, near the cranes]].
O: I'm alerting the port police and the harbour master right now so they board the boat before it sails, and they will take the injured man to a hospital. The prosecutor will also be informed. Can I reach you on this number?
C: WhatsApp only, [[PHONE_NUMBER|+62 812 4409 7316]]. Please write, do not call, the officers check the phones.
O: Understood. I'll write to you within the hour. Stay with the others and don't tell the officers you called.
C: Thank you, thank you, sister.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        12,
        True,
        ["male"],
        "Piura",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_health", "referral_legal", "follow_up_call"],
        "A migrant fisherman calls from a foreign fishing vessel in port: he and eleven other crew members, "
        "including a minor, have gone months without pay, have their passports held by the captain and are "
        "beaten, and a crewmate died without medical care. As the vessel is due to sail within hours, port "
        "police were alerted to board it, with medical care for an injured worker, referral to the prosecutor "
        "and follow-up.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h38-pt-01",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas tardes.
C: Boa tarde! Desculpa, eu falo português, sou turista brasileira. A senhora entende?
O: Sí, entiendo portugués, puede hablar. ¿Qué sucede?
C: Eu estou em [[LOCATION|Cusco]], do lado da [[ADDRESS|escadaria da igreja de San Blas]]. Tem duas crianças pequenas, vestidas com roupa típica, com um filhotinho de lhama, pedindo dinheiro pra foto. Até aí tudo bem, né, mas...
O: ¿Pero qué vio?
C: Tem uma mulher sentada ali na esquina. Cada vez que um turista dá dinheiro, ela pega tudo das crianças. Agora mesmo a menorzinha, deve ter uns [[AGE|cinco anos]], estava chorando de frio e pediu pra ir embora, e a mulher deu um tapa na cara dela e mandou ela voltar.
O: ¿Los niños parecen ser hijos de esa señora?
C: Não sei. O menino, de uns [[AGE|oito]], me disse em espanhol que ela não é a mãe deles, que é "a tia", e que eles vieram de [[LOCATION|Sicuani]] pra temporada. Já é de noite e está muito frio, eles estão de sandália.
O: Gracias por avisar. Voy a pedir ahora mismo a la policía de turismo que vaya a ese lugar, junto con la unidad de protección de menores. Le pido que no se enfrente a la señora. ¿Me puede dar un número por si la policía necesita ubicarla?
C: Claro, meu número brasileiro, tem WhatsApp: [[PHONE_NUMBER|+55 11 97342 8810]]. Meu nome é [[PERSON|Camila]].
O: Gracias, [[PERSON|Camila]]. Quédese en un lugar con gente. En una hora le escribo para contarle qué pasó.
C: Obrigada, de verdade. Eu não consegui só tirar foto e ir embora.
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
        ["police_dispatch", "follow_up_call"],
        "Una turista extranjera reporta que dos niños pequeños piden dinero a turistas en una plaza, de noche y "
        "con frío, mientras una mujer que no sería su madre se queda con todo lo recaudado y acaba de abofetear "
        "a la niña. Se pidió a la policía de turismo y a protección de menores que intervengan, con seguimiento.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h38-ve-01",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola, buenas. Mira, chama, no sé ni cómo empezar. Yo estoy en [[LOCATION|Chimbote]] y necesito salir de donde estoy trabajando.
O: Tranquila, tómese su tiempo. ¿Está en un lugar seguro para hablar ahora?
C: Sí, ahorita estoy en la calle, me mandaron a comprar al chino. No estoy encerrada, vale, pero es como si lo estuviera.
O: Cuénteme qué está pasando.
C: Una muchacha de [[LOCATION|Valencia]] me escribió por Instagram, desde la cuenta [[OTHER_ID|@spa.relax.peru]], que era trabajo de masajista en un spa, que pagaban en dólares. Llegué hace tres meses y de masaje nada, mi amor, es con clientes, todo. Nos dicen que debemos el pasaje, el cuarto, hasta las toallas, y esa deuda nunca baja.
O: ¿Cuántas están ahí con usted?
C: Somos tres venezolanas, conmigo. Y la más chama, [[PERSON|Yuleisy]], tiene apenas [[AGE|dieciséis]], la trajeron con los papeles de otra. Esa es la que más me preocupa, qué vaina.
O: ¿Les han quitado sus documentos? ¿Les han hecho daño?
C: Los pasaportes los tiene el encargado, un tal [[PERSON|Richard]]. A mí no me ha pegado, pero a la otra chama la empujó contra la pared la semana pasada porque no quiso atender a un cliente borracho.
O: ¿Sabe la dirección del local?
C: Es el [[ORGANIZATION|Spa Oasis Relax]], en la [[ADDRESS|avenida Pardo, al lado de una cevichería con el techo amarillo]]. Vivimos ahí mismo, atrás.
O: Usted no está sola. Vamos a coordinar con la policía especializada para que intervengan el local hoy en la noche y saquen a las tres, empezando por la menor. Luego las llevamos a un albergue, y una abogada las va a ayudar a recuperar sus documentos. ¿Tiene un número al que le podamos escribir?
C: Sí, el [[PHONE_NUMBER|925 770 148]], pero escríbeme nomás, no me llames, que él revisa el teléfono.
O: Entendido. Vuelva ahora al local para que no sospechen y no le comente a nadie. Le escribo en un par de horas.
C: Dale, chama. Gracias, de verdad. Me tiembla todo.
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        3,
        True,
        ["female"],
        "Áncash",
        "ongoing",
        "high",
        ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
        "Una mujer migrante llama desde la calle, fuera del supuesto spa donde ella y otras dos compatriotas, "
        "una de ellas adolescente, son obligadas a prostituirse tras una oferta de trabajo como masajista, con "
        "los pasaportes retenidos y una deuda que nunca baja. Se coordina una intervención policial esa noche, "
        "un albergue y asesoría legal, con seguimiento por mensajes.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h38-cs-01",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas noches.
C: Hey, buenas noches. Sorry, a veces me sale el inglés, crecí en [[LOCATION|Miami]]. Trabajo de bartender en un hostel en [[LOCATION|Huanchaco]] y hay algo que me tiene bien uncomfortable.
O: No hay problema, puede hablar como le salga. ¿Qué está pasando?
C: Hay dos chamos venezolanos, twins, como de [[AGE|diecinueve]], que trabajan en la cocina. El dueño, a guy everybody calls [[PERSON|Pirata]], les tiene los pasaportes "guardados" desde que llegaron. Les paga como cien soles al mes, y en las noches de fiesta los obliga a vender coca y marihuana a los gringos en la playa.
O: ¿Ellos le han dicho que los obligan?
C: Yeah, el otro día uno me dijo, llorando, que no quieren hacerlo, pero que el [[PERSON|Pirata]] les dijo que si dicen que no, los denuncia a migraciones y a la policía como dealers. So they're stuck, you know?
O: ¿Pueden salir del hostel o los tienen encerrados?
C: No, locked no están. Salen a la playa, van al mercado. Pero sin pasaporte y sin plata... where are they gonna go?
O: ¿Ha visto violencia o armas?
C: Armas no. Violence... once he grabbed one of them by the neck, right in front of me. Eso fue hace como un mes.
O: Gracias por contarlo. Lo que describe es explotación laboral y también explotación para cometer delitos; ellos son víctimas, no delincuentes, y si la policía los encuentra vendiendo pueden decir que los obligaron. Vamos a derivar el caso a la fiscalía especializada en trata, y si ellos quieren les damos orientación legal para recuperar sus pasaportes. ¿Le podemos llamar para hacer seguimiento?
C: Sure. Mi número es [[PHONE_NUMBER|948 301 662]]. Pero please, que no se sepa que fui yo, I need this job.
O: Su identidad queda reservada. Le llamamos la próxima semana.
C: Okay, thanks, de verdad.
""",
    note(
        "acquaintance",
        "report",
        ["labour", "forced_criminality"],
        2,
        False,
        ["male"],
        "La Libertad",
        "ongoing",
        "medium",
        ["information_given", "referral_legal", "follow_up_call"],
        "Un compañero de trabajo reporta que dos jóvenes migrantes trabajan en la cocina de un hostal por un "
        "pago mínimo, con los pasaportes retenidos por el dueño, que además los obliga a vender droga a "
        "turistas bajo amenaza de denunciarlos. Se explicó que son víctimas y se deriva el caso a la fiscalía "
        "especializada, con orientación legal y seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h38-andean-01",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allinllachu, mamitay. Buenos días. Yo llamo desde [[LOCATION|Chalhuanca]], de una comunidad más arriba. El hijo de mi vecina me ha marcado el número, para que usted me ayude, dice.
O: Imaynalla, mamá. Claro que sí, la escucho. ¿Qué ha pasado?
C: Mis dos nietos, pues, mis wawakuna, se han ido con un compadre, [[PERSON|Saturnino]], a trabajar a la mina, por [[LOCATION|Nasca]], por [[LOCATION|Saramarca]] dice. Les dijo que iban a ganar bien, que en tres meses volvían. Ya van a ser seis meses, mamita, y manam vuelven.
O: ¿Cuántos años tienen sus nietos?
C: El mayor, [[PERSON|Rubén]], tiene [[AGE|dieciséis]]. El menorcito todavía está en la primaria, en sexto grado nomás estaba.
O: ¿Ha podido hablar con ellos?
C: Ari, una vez el mayor ha llamado de otro celular. Llorando, mamita. Dice que trabajan dentro del socavón todo el día, que el compadre les cobra la comida y dice que le deben, que no les da ni un sol. Al chiquito lo hace cargar el mineral en la espalda. Y no los deja bajar al pueblo.
O: ¿Los tienen encerrados o vigilados?
C: Dice que hay un señor con escopeta que cuida el campamento de noche. Manam pueden escaparse, todo es lejos, puro cerro, puro arena.
O: Mamá, lo que me cuenta es muy grave. A sus nietos los están explotando en el trabajo, y son menores de edad. Vamos a pasar el caso a la fiscalía y a la policía especializada de la zona para que vayan a buscarlos. ¿Tiene algún número del compadre?
C: Solo de su esposa, que está acá en la comunidad: [[PHONE_NUMBER|983 640 217]]. Ella dice que no sabe nada, pero sí sabe, pues.
O: Gracias. ¿Y a qué número la llamamos a usted?
C: A este mismito, es de mi vecina. Yo me llamo [[PERSON|Paulina]]. Yanapaway, mamitay, ayúdame a que vuelvan mis wawas.
O: Vamos a hacer todo lo posible, mamá [[PERSON|Paulina]]. En dos días la llamamos. También puede ir a la comisaría de [[LOCATION|Chalhuanca]] a poner la denuncia por sus nietos; no le pueden negar la atención aunque no hable bien castellano.
C: Ya, mamita. Sulpayki, gracias.
""",
    note(
        "family_member",
        "report",
        ["labour"],
        2,
        True,
        ["male"],
        "Ica",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una abuela reporta que sus dos nietos menores de edad fueron llevados por un conocido a una mina "
        "informal lejos de su comunidad, donde trabajan dentro del socavón sin pago por una supuesta deuda y "
        "bajo vigilancia armada, sin poder salir. Se deriva a la fiscalía y a la policía especializada, se le "
        "orientó para denunciar en la comisaría y se hará seguimiento.",
    ),
)


# ------------------------------------------------ self-checks and output ----
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


def check(rec):
    cid, text, spans, n = rec["id"], rec["text"], rec["pii"], rec["note"]

    def covered(s, e):
        return any(p["start"] <= s and e <= p["end"] for p in spans)

    assert all(p["type"] in PII_TYPES for p in spans), cid
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
    names = {t for p in spans if p["type"] == "PERSON" for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3}
    for s in surfaces | names:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert covered(m.start(), m.end()), (cid, "unlabelled occurrence", s)
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        assert m.group(0) == "0800-2-3232" or covered(m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(r"@", text):
        assert covered(m.start(), m.end()), (cid, "@")
    assert n["caller_role"] in ENUM["caller_role"] and n["call_type"] in ENUM["call_type"], cid
    assert set(n["exploitation_types"]) <= ENUM["exploitation_types"], cid
    assert n["urgency"] in ENUM["urgency"] and n["actions"] and set(n["actions"]) <= ENUM["actions"], cid
    if n["call_type"] == "not_relevant":
        assert n["situation"] is None and n["exploitation_types"] == [] and n["victims"]["count"] == 0, cid
    else:
        assert n["situation"] in ENUM["situation"] and n["exploitation_types"], cid
    summ = n["summary"]
    assert not re.search(r"\d", summ), (cid, "digit in summary")
    for s in {p["text"] for p in spans if len(p["text"]) >= 3} | names:
        assert not re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ), (cid, "PII in summary", s)
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", summ)) <= 3, (cid, "summary sentences")


if __name__ == "__main__":
    recs = [build(c) for c in CALLS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16, ids
    for r in recs:
        check(r)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
