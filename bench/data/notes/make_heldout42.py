#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout42.jsonl: 16 fictional, labelled hotline calls for a held-out test.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md, ../../shared/eval/make_dev.py and make_heldout.py
(this folder). Nothing else in the project was opened. Same markup and
conventions as those files: [[TYPE|surface]] marks PII, O:/C: mark the speaker;
output format: LABELS.md, plus a "style" field as in make_heldout.py.

Mix (16 calls):
  * 5 lowercase, unpunctuated Whisper-style Spanish   (style "lowercase_asr")
  * 5 cased Spanish                                   (style "plain")
  * 2 English                                         (style "plain")
  * 1 Brazilian Portuguese (a Haitian migrant who lived in Brazil) (style "portuguese")
  * 1 Venezuelan Spanish                              (style "venezuelan")
  * 1 Spanish/English code-switching                  (style "code_switching")
  * 1 Andean Spanish with Quechua words               (style "andean_quechua")

Covered: every caller_role and call_type; every exploitation type, with mixes;
victim counts given as sums, groups, corrections or denials; minors by age,
school grade or plain words; regions via districts, provinces, villages, abroad
and unknown; ongoing / past / at_risk; urgency from immediate to low; actions
the operator carries out or promises (offers the caller turns down, and things
only mentioned, are not counted).

All people, phone numbers, IDs, e-mails, handles, plates, vessels, businesses
and street addresses are invented.

Run: cd notes && python3 make_heldout42.py
"""

import json
import re
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout42.jsonl")
CALLS.clear()  # importing make_heldout registers its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----
call(
    "h42-lower-001",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita yo soy mototaxista acá en [[LOCATION|la banda de shilcayo]] en [[LOCATION|tarapoto]] y ya no puedo quedarme callado con lo que estoy viendo
O: le escucho con atención cuénteme qué ha visto
C: hay un señor que me contrata casi todas las noches para recoger a unas chibolas de una casa en el [[ADDRESS|jirón los cedros cuadra seis la casa de rejas verdes]] y llevarlas a un hostal por la carretera
O: cuántas chicas son y qué edad cree que tienen
C: son tres siempre las mismas tres a veces suben dos nomás pero casi siempre las tres y son chiquillas de colegio señorita una hasta subió con su uniforme y su mochila
O: ha visto lo que pasa en el hostal
C: en la puerta las espera el señor con otros hombres ya mayores él me paga la carrera y me dice que no pregunte nada una vez una de las chicas estaba llorando me dijo que no quería entrar y el señor la jaló del brazo
O: sabe cómo se llama el señor o el hostal
C: le dicen el [[PERSON|tucán]] anda en una camioneta plateada placa [[OTHER_ID|ahp 471]] y el hostal se llama [[ORGANIZATION|hostal el paraíso verde]] está pasando el grifo de la salida a [[LOCATION|moyobamba]]
O: las chicas están con usted ahora o en el hostal
C: no ahorita no es de día ahorita estarán en la casa pero el señor ya me pidió la carrera otra vez para [[DATE_TIME|el viernes]] a [[DATE_TIME|las diez de la noche]]
O: gracias por avisar esto es muy grave son menores de edad y las están explotando sexualmente voy a pasar toda esta información ahora mismo a la policía para que intervengan en la casa y en el hostal usted no tiene que hacer nada ni decirle nada a las chicas no se arriesgue
C: ya señorita pero a mí no me van a meter preso no yo no sabía al principio
O: usted está ayudando a que las rescaten me puede dejar un número por si la policía necesita ubicarlo
C: no número no mejor no señorita acá todos se conocen y ese señor tiene amigos en todos lados
O: está bien puede quedar en el anónimo si vuelve a ver a las chicas en peligro llame otra vez gratis al 0800-2-3232
C: ya gracias señorita que dios la bendiga
""",
    note(
        "witness",
        "report",
        ["sexual"],
        3,
        True,
        ["female"],
        "San Martín",
        "ongoing",
        "high",
        ["police_dispatch"],
        "Un mototaxista anónimo reporta que casi todas las noches un hombre lo contrata para llevar a tres "
        "escolares desde una casa hasta un hostal donde las esperan hombres adultos, y que una de ellas se "
        "resistió llorando. Aportó la placa de una camioneta y la próxima fecha del traslado; se pasó la "
        "información a la policía para que intervenga.",
    ),
)

call(
    "h42-lower-002",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches
C: aló señorita me escucha estoy hablando bajito porque estoy en el baño de un karaoke
O: sí te escucho bien tranquila estás en peligro ahora mismo
C: sí me quieren hacer estar con los clientes yo vine para atender las mesas nomás y el dueño dice que tengo que pagar el pasaje y la ropa que me dio
O: cómo te llamas y cuántos años tienes
C: me llamo [[PERSON|milagros]] tengo [[AGE|quince]]
O: sabes en qué ciudad estás
C: nos trajeron en carro desde [[LOCATION|abancay]] como cuatro horas creo que es [[LOCATION|andahuaylas]] el karaoke se llama [[ORGANIZATION|karaoke los ángeles de oro]] está al lado del [[ADDRESS|paradero del puente junto a una ferretería azul]]
O: dijiste nos trajeron estás con alguien más
C: con mi amiga [[PERSON|yesenia]] ella es de mi mismo colegio está en tercero igual que yo está aquí conmigo en el baño
O: hay más chicas menores ahí
C: no menores no solo nosotras dos las otras señoritas son grandes y no las conocemos
O: te han quitado el celular o algún documento
C: mi celular sí me lo quitó el dueño este es de [[PERSON|yesenia]] su número es [[PHONE_NUMBER|nueve cinco dos cuatro cuatro ocho uno siete tres]]
O: escucha [[PERSON|milagros]] voy a llamar ahora mismo a la policía de [[LOCATION|andahuaylas]] para que vayan al karaoke quédense juntas en el baño con la puerta cerrada y cuando llegue la policía diles que tú llamaste a la línea
C: ya y después qué va a pasar con nosotras no nos van a llevar presas
O: no ustedes no han hecho nada malo después de que las saquen las van a llevar a un albergue donde van a estar seguras mientras ubicamos a sus familias
C: ya señorita ya me están tocando la puerta
O: no abras no cuelgues si puedes la policía ya va en camino
""",
    note(
        "victim",
        "help_request",
        ["sexual"],
        2,
        True,
        ["female"],
        "Apurímac",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter"],
        "Una adolescente llama escondida en el baño de un karaoke adonde la llevaron con una amiga de su "
        "colegio, también menor, con la promesa de atender mesas; el dueño las obliga a estar con clientes "
        "bajo una supuesta deuda. Se envió a la policía al local y se coordinará un albergue para ambas.",
    ),
)

call(
    "h42-lower-003",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señorita yo vivo en [[LOCATION|pátapo]] en [[LOCATION|chiclayo]] al costado de una ladrillera y quería avisar de una familia que trabaja ahí
O: cuénteme qué pasa con esa familia
C: han venido de la sierra de [[LOCATION|cajamarca]] hace como un año el papá la mamá y sus cuatro hijos dos varoncitos y dos mujercitas y trabajan todos en los hornos hasta el más chiquito que tendrá [[AGE|seis años]] ya carga adobes
O: los niños van a la escuela
C: no ninguno la mayorcita tiene [[AGE|doce]] y se pasa el día volteando ladrillos desde las cuatro de la mañana
O: les pagan por su trabajo
C: el dueño el señor [[PERSON|eleodoro]] dice que le deben el pasaje la comida y el cuarto y cada mes la deuda sube nunca terminan de pagar
O: los tienen encerrados o no los dejan salir
C: encerrados no salen al mercado los domingos pero el dueño les tiene guardados sus dni y les dice que si se van los denuncia por robo
O: ha visto que les peguen
C: pegarles no he visto pero a los niños les grita feo y una vez al varoncito lo hizo trabajar con fiebre
O: cómo se llama la ladrillera y dónde queda
C: [[ORGANIZATION|ladrillera el progreso]] en la [[ADDRESS|salida a la bocatoma pasando el puente de fierro]]
O: lo que me cuenta puede ser trabajo forzoso por deudas y trabajo infantil vamos a derivar el caso a la fiscalía y a la inspección de trabajo para que vayan a la ladrillera me puede dejar un número para contarle cómo avanza
C: no señorita prefiero que no me llamen ese señor es mi vecino y no quiero problemas con él
O: está bien respetamos su decisión y su nombre no va a aparecer si ve que golpean a alguien o que se los llevan a otro sitio vuelva a llamar
C: ya señorita gracias por escucharme
""",
    note(
        "witness",
        "report",
        ["labour"],
        6,
        True,
        ["female", "male"],
        "Lambayeque",
        "ongoing",
        "high",
        ["referral_legal"],
        "Una vecina reporta que una familia migrante de la sierra, padres y cuatro hijos pequeños, trabaja en "
        "una ladrillera sin pago para saldar una deuda que no deja de crecer, con los documentos retenidos por "
        "el dueño y los niños sin ir a la escuela. Se deriva a la fiscalía y a la inspección de trabajo; la "
        "vecina prefirió no recibir llamadas.",
    ),
)

call(
    "h42-lower-004",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita vi en la tele que aquí se denuncian los maltratos y quiero denunciar a mi casero
O: esta línea atiende casos de trata de personas es decir cuando captan o trasladan a alguien para explotarlo en trabajo forzado explotación sexual o mendicidad cuénteme qué le pasa para ver si le podemos ayudar
C: yo alquilo un cuarto en [[LOCATION|comas]] y el dueño el señor [[PERSON|panta]] no me quiere devolver la garantía de cuatrocientos soles me grita y ayer me cortó el agua
O: entiendo dígame el dueño le obliga a trabajar para él o le ha quitado su dni o algún documento
C: no no nada de eso yo trabajo en una fábrica de zapatos en el día y llego a mi cuarto y salgo cuando quiero solo que no me devuelve mi plata
O: y usted puede dejar el cuarto cuando quiera nadie le amenaza si se va
C: sí claro ya me voy a mudar a fin de mes por eso quiero mi garantía amenazar no solo grita
O: entonces lo que me cuenta no es un caso de trata sino un problema de alquiler le recomiendo ir al juzgado de paz de su zona o a un centro de conciliación gratuito del ministerio de justicia y llevar su contrato y los recibos que tenga
C: ah ya ya entendí y en el juzgado de paz me cobran
O: en el juzgado de paz puede pedir que le orienten y la conciliación en los centros del ministerio es gratuita si le vuelven a cortar el agua también puede ir a la municipalidad
C: ya señorita muchas gracias disculpe la molestia no sabía que era para otra cosa
O: no es molestia y si algún día sabe de alguien a quien obligan a trabajar o explotan puede llamar gratis a este número las veinticuatro horas
C: ya gracias que tenga buen día
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
        "Un inquilino llama para quejarse de que el dueño de su cuarto no le devuelve la garantía, le grita y "
        "le cortó el agua. No hay indicios de trata, pues trabaja y se mueve libremente y conserva sus "
        "documentos; se le orientó a acudir a un juzgado de paz o a un centro de conciliación gratuito.",
    ),
)

call(
    "h42-lower-005",
    "es",
    "lowercase_asr",
    """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches señorita mire yo soy policía pero le llamo como vecino nomás ahorita no estoy de servicio y esto no es de la jurisdicción de mi comisaría
O: entendido cuénteme qué ha visto
C: en mi barrio en [[LOCATION|wanchaq]] hay una pareja que todas las mañanas saca de su cochera a un señor que no tiene piernas y a una señora ciega y los deja pidiendo limosna en [[ADDRESS|la esquina de la avenida garcilaso con la calle los pinos]] todo el día con frío y lluvia
O: cuántas personas son las que piden y sabe qué edad tienen
C: son ellos dos nomás el señor tendrá [[AGE|sesenta]] más o menos y la señora es más mayor
O: hay niños con ellos
C: niños no solo ellos dos
O: y qué le hace pensar que los están explotando
C: en la noche la pareja los recoge en un station wagon placa [[OTHER_ID|x3f 208]] y les quita todo lo que juntaron yo he visto al hombre contar la plata y a la señora ciega le dio una cachetada porque había poquito
O: ellos viven con esa pareja
C: duermen en la cochera en el suelo encima de cartones la pareja dice que son sus tíos pero el señor me contó que lo trajeron de [[LOCATION|espinar]] prometiéndole un cuarto y que le iban a tramitar su pensión
O: lo que describe puede ser explotación en mendicidad de personas con discapacidad como usted no está de servicio lo mejor es que no intervenga por su cuenta vamos a derivar el caso a la fiscalía y a la unidad especializada en trata de la policía me da su nombre y un número
C: suboficial [[PERSON|rolando huillca]] mi cip es [[ID_NUMBER|31924508]] y mi celular [[PHONE_NUMBER|984 612 307]]
O: gracias suboficial [[PERSON|huillca]] la próxima semana le llamamos para contarle cómo avanza el caso
C: ya de acuerdo gracias señorita buenas noches
""",
    note(
        "witness",
        "report",
        ["forced_begging"],
        2,
        False,
        ["female", "male"],
        "Cusco",
        "ongoing",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un policía fuera de servicio, como vecino, reporta que una pareja pone a pedir limosna todos los días "
        "a un hombre sin piernas y a una mujer ciega, les quita lo recaudado, los hace dormir en una cochera y "
        "ha agredido a la mujer. Se deriva a la fiscalía y a la unidad especializada de la policía, con "
        "seguimiento.",
    ),
)

# ------------------------------------------------ plain Spanish ----
call(
    "h42-es-001",
    "es",
    "plain",
    """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes. Le habla la doctora [[PERSON|Carmen Rosa Valdivia]], soy abogada del [[ORGANIZATION|Estudio Valdivia y Asociados]]. Llamo por una clienta que necesita con urgencia un lugar donde quedarse.
O: Dígame, doctora, ¿qué le ha pasado a su clienta?
C: Se llama [[PERSON|Nélida Huamaní]], tiene [[AGE|26 años]]. Trabajó cuatro años como empleada cama adentro en una casa de [[LOCATION|San Isidro]]. No le pagaban, le decían que el sueldo se lo guardaban "para su futuro", no la dejaban salir sola y le quitaron el DNI. Y el dueño de casa abusaba sexualmente de ella, desde el segundo año.
O: ¿Ella sigue en esa casa?
C: No, salió [[DATE_TIME|el lunes 3]], aprovechó que la familia se fue de viaje. Ahora está en la casa de una prima en [[LOCATION|Ate]], pero la prima solo puede tenerla dos o tres días más.
O: ¿Cuando entró a trabajar allí era menor de edad?
C: No, entró con [[AGE|veintidós]]. Vino de [[LOCATION|Huancavelica]] por una agencia de empleadas.
O: ¿Ya presentaron la denuncia? Si quiere, la podemos derivar a la defensa pública para víctimas.
C: No hace falta, gracias. Ayer presentamos la denuncia en la fiscalía especializada en trata, la parte legal la llevo yo y ya pedí medidas de protección. Lo que necesito es un albergue y que la atiendan: una psicóloga y ginecología, está muy afectada y no ha ido a un médico en años.
O: Entiendo. Vamos a coordinar hoy mismo una vacante en un hogar de refugio temporal y una cita en el centro de salud mental comunitario y en ginecología. ¿La familia la ha buscado o amenazado?
C: Le escribieron una vez diciendo que la iban a denunciar por robo, pero desde entonces nada. No saben dónde está.
O: Bien. ¿A qué número la llamo para confirmarle la vacante?
C: A mi celular, [[PHONE_NUMBER|998 431 206]], o a mi correo [[EMAIL_ADDRESS|cvaldivia.abogada@estudiovaldivia.pe]].
O: Perfecto, doctora [[PERSON|Valdivia]]. En una hora la llamo con la dirección del refugio y los horarios de las citas.
C: Muchas gracias, quedo atenta.
""",
    note(
        "professional",
        "help_request",
        ["domestic_servitude", "sexual"],
        1,
        False,
        ["female"],
        "Lima",
        "past",
        "medium",
        ["referral_shelter", "referral_health", "follow_up_call"],
        "Una abogada solicita albergue y atención para su clienta, una mujer adulta que durante años trabajó "
        "sin pago como empleada cama adentro, sin poder salir sola, con el documento retenido y sufriendo abuso "
        "sexual del empleador, y que ya salió de la casa. La parte legal la lleva la abogada; se coordinan un "
        "refugio temporal y atención psicológica y ginecológica.",
    ),
)

call(
    "h42-es-002",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, hermana. Yo soy la esposa del pastor de la [[ORGANIZATION|Iglesia Evangélica Monte de Sion]], en [[LOCATION|Juliaca]]. Llamo por una jovencita de nuestra congregación, [[PERSON|Rut]].
O: La escucho. ¿Qué le ha pasado a [[PERSON|Rut]]?
C: Hace tres semanas se fue con una señora que vino a predicar de otra ciudad, la hermana [[PERSON|Dina]]. Le ofreció trabajo de niñera en su casa y le dijo que le iba a pagar sus estudios. La mamá la dejó ir porque era una hermana de la fe, imagínese.
O: ¿Qué edad tiene la joven?
C: La edad exacta no la sé, hermana, pero está en cuarto de secundaria, en el colegio de acá del barrio.
O: ¿Y qué ha sabido de ella?
C: Anoche me escribió por WhatsApp a escondidas, del celular de la señora. Dice que la tienen encerrada con llave, que cocina, lava y cuida a tres niños desde las cinco de la mañana hasta la medianoche, que no le pagan nada y que no la dejan ir al colegio. Su celular se lo quitaron el primer día.
O: ¿Sabe en qué ciudad está?
C: No, ella no sabe. La llevaron de noche en bus, dice que fueron como doce horas, que es una ciudad grande y que hace mucho calor. No conoce nada, nunca había salido de acá.
O: ¿Le dijo si la han golpeado?
C: Golpes no, dice. Pero la señora le grita y una vez la dejó sin comer porque se le quemó el arroz.
O: ¿Tiene el número desde donde le escribió?
C: Sí, es el [[PHONE_NUMBER|951 784 023]]. La mamá es viuda, no tiene celular y vive en [[LOCATION|Cabana]], en el campo.
O: Lo que me cuenta es muy grave: una menor encerrada y obligada a trabajar. Hoy mismo vamos a derivar el caso a la policía especializada en trata y a la fiscalía; con ese número pueden ubicar dónde está. Además, la mamá debe poner la denuncia por desaparición en la comisaría, puede hacerlo hoy, no tiene que esperar 24 horas, y usted puede acompañarla. Si la joven vuelve a escribir, que no borre nada y, solo si no corre peligro, que mande su ubicación.
C: Ya, mañana temprano voy con la mamá a la comisaría. Dios quiera que la encuentren.
O: ¿Cómo se llama usted y a qué número la podemos llamar?
C: [[PERSON|Noemí Apaza de Larico]]. Mi número es [[PHONE_NUMBER|973 260 518]].
O: Gracias, hermana [[PERSON|Noemí]]. Mañana en la tarde la llamo para saber si pusieron la denuncia y contarle lo que avanzó la policía.
C: Gracias, hermana, que el Señor la bendiga.
""",
    note(
        "acquaintance",
        "report",
        ["domestic_servitude"],
        1,
        True,
        ["female"],
        None,
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "La esposa de un pastor reporta que una adolescente de su congregación se fue con una mujer que le "
        "ofreció trabajo de niñera y estudios, y ahora la tiene encerrada en una ciudad que la joven no sabe "
        "identificar, trabajando todo el día sin pago y sin ir al colegio. Se deriva a la policía especializada "
        "y a la fiscalía, y se orientó sobre la denuncia por desaparición, con seguimiento.",
    ),
)

call(
    "h42-es-003",
    "es",
    "plain",
    """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy el doctor [[PERSON|Julio César Paredes]], médico del [[ORGANIZATION|Puesto de Salud Nueva Esperanza]], en [[LOCATION|Pichari]]. Anoche llegó un adolescente con una herida infectada en el pie y muy deshidratado, y lo que cuenta me parece que es para ustedes.
O: Gracias por llamar, doctor. ¿Qué le contó?
C: Se llama [[PERSON|Edwin]], tiene [[AGE|15 años]]. Hace dos meses unos hombres lo recogieron en su comunidad con la promesa de trabajo en la cosecha de cacao, y después lo obligaron a cargar mochilas con droga por el monte, días enteros caminando por los cerros de acá, hacia el río. Si se negaba, lo amenazaban con un arma.
O: ¿Había otros chicos con él?
C: No, dice que iba solo con un hombre armado que lo guiaba. No conoció a otros cargadores.
O: ¿Cómo salió de esa situación?
C: Se escapó hace cuatro días, cuando el guía se quedó dormido, y caminó hasta la carretera. Unos agricultores lo trajeron al puesto.
O: ¿Está seguro ahora? ¿Sabe alguien que está allí?
C: Está internado con nosotros y ya ubicamos a su papá, que llega mañana de la comunidad. La parte médica y psicológica la vemos aquí, eso no se preocupe.
O: Muy bien. Es importante que todos tengan claro que él es víctima: lo obligaron, no es un delincuente. Vamos a derivar el caso a la fiscalía especializada en trata y a la unidad de protección especial, para que le tomen la declaración con cuidado, con su papá presente, y para que haya medidas de protección. ¿Me deja un contacto?
C: Mi celular es [[PHONE_NUMBER|966 205 847]]. Aquí la señal es mala, si no contesto mande un mensaje.
O: Anotado. En dos días lo llamo para saber cómo sigue [[PERSON|Edwin]] y si ya llegó su papá.
C: Perfecto. Gracias por la rapidez.
""",
    note(
        "professional",
        "report",
        ["forced_criminality"],
        1,
        True,
        ["male"],
        "Cusco",
        "past",
        "medium",
        ["referral_legal", "follow_up_call"],
        "Un médico de un puesto de salud informa que atiende a un adolescente que fue captado con una oferta de "
        "trabajo agrícola y obligado bajo amenaza armada a transportar droga a pie, y que logró escapar. El "
        "menor está a salvo y su padre está en camino; se deriva a la fiscalía especializada y a protección "
        "especial, con seguimiento.",
    ),
)

call(
    "h42-es-004",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Quiero denunciar a la agencia donde trabajé hasta el mes pasado. Prefiero no dar mi nombre completo; dígame [[PERSON|Lucía]], nomás.
O: Está bien, [[PERSON|Lucía]], puede quedar en reserva. Cuénteme.
C: Yo era secretaria en [[ORGANIZATION|Servicios Internacionales Horizonte SAC]], en el [[ADDRESS|jirón Lampa 1140, oficina 305]], en el [[LOCATION|Cercado de Lima]]. Es una agencia de empleos que manda gente a [[LOCATION|Argentina]]. A las chicas les dicen que van a trabajar en restaurantes, y a los muchachos en talleres de costura.
O: ¿Qué le hizo pensar que algo estaba mal?
C: Yo armaba las carpetas. En los seis meses que estuve salieron cuatro grupos, de cinco personas cada uno, casi todas chicas, con uno o dos varones por grupo. El dueño, el señor [[PERSON|Gustavo Reátegui]], les quitaba los pasaportes "para el trámite" y se los mandaba a un contacto en [[LOCATION|Buenos Aires]].
O: ¿Y sabe qué pasa con ellos al llegar?
C: Lo escuché en llamadas del dueño. A las chicas las tienen en departamentos atendiendo clientes, obligadas, y a los muchachos cosiendo en un taller, encerrados, pagando una deuda de 2000 dólares cada uno. Una chica llamó a la oficina llorando y el dueño le dijo que si se iba, su familia pagaba.
O: ¿Había menores de edad?
C: A una chica, [[PERSON|Sheyla]], le cambiaron la fecha de nacimiento en el DNI para que salga mayor; tenía [[AGE|diecisiete]]. Yo lo sé porque me hicieron escanear el documento nuevo.
O: ¿La agencia sigue funcionando?
C: Sí. Hay otro grupo que sale en tres semanas, en bus por [[LOCATION|Bolivia]]. Yo renuncié porque no quería ser cómplice. Tengo copias de las listas y de los pasajes.
O: Lo que describe es trata con fines de explotación sexual y laboral, y su información es muy valiosa. Vamos a derivar el caso hoy a la fiscalía especializada en trata y a la policía, que coordinan con las autoridades de [[LOCATION|Argentina]]. ¿Estaría dispuesta a entregar esas copias a la fiscalía?
C: Sí, pero tengo miedo. El señor [[PERSON|Reátegui]] sabe dónde vivo.
O: Se puede pedir reserva de identidad como testigo, y eso se lo explicará la fiscal. ¿A qué número la podemos llamar?
C: Al [[PHONE_NUMBER|940 317 862]], pero después de las seis, que en el día estoy en mi nuevo trabajo.
O: De acuerdo. La próxima semana, después de las seis, la llamo para coordinar la entrega de los documentos.
C: Gracias. Ojalá las puedan sacar de ahí.
""",
    note(
        "witness",
        "report",
        ["sexual", "labour"],
        20,
        True,
        ["female", "male"],
        "Argentina",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "Una ex empleada de una agencia de empleos reporta que la agencia envió a varios grupos de jóvenes al "
        "extranjero con falsas ofertas de trabajo, les retiene los pasaportes y allá las mujeres son explotadas "
        "sexualmente y los hombres en talleres de costura por deudas; una de ellas era menor con documento "
        "adulterado. Se deriva a la fiscalía especializada y a la policía, y la testigo entregará documentos.",
    ),
)

call(
    "h42-es-005",
    "es",
    "plain",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Aló, señorita, disculpe, ¿aquí ayudan a la gente que la hacen trabajar a la fuerza?
O: Sí, aquí podemos ayudarte. ¿Estás en un lugar seguro para hablar?
C: Estoy en la calle, en la moto, haciendo un delivery. Tengo como veinte minutos antes de que el dueño se dé cuenta.
O: Está bien, cuéntame rápido. ¿Cómo te llamas y cuántos años tienes?
C: [[PERSON|Jhon Kevin Tarazona]], tengo [[AGE|19]]. Soy repartidor del [[ORGANIZATION|Chifa Dragón Feliz]], en [[LOCATION|Chimbote]]. Me trajeron de [[LOCATION|Huari]] hace cinco meses, me prometieron 1300 soles, y no me pagan nada, dicen que les debo la moto y el cuarto. Duermo en el depósito, entre los sacos de arroz.
O: ¿Te han hecho hacer algo más aparte del reparto?
C: Sí, por eso llamo. Desde hace un mes el dueño, el señor [[PERSON|Wong]], me hace llevar unos paquetitos junto con la comida, a unas direcciones. Yo vi que era droga. Le dije que no quería, y me mostró una pistola y me dijo que si me voy o hablo, la policía me va a agarrar a mí.
O: ¿Tienes tu DNI contigo?
C: No, me lo quitó el primer día.
O: ¿Estás herido?
C: No, herido no.
O: Hiciste bien en llamar. Eres víctima, no delincuente, aunque te hayan hecho llevar esos paquetes. ¿Dónde estás exactamente ahora?
C: En [[ADDRESS|la esquina de la avenida Pardo con el jirón Los Álamos, al frente del grifo]].
O: Quédate ahí y no regreses al chifa. Ahora mismo aviso a la policía para que vayan a recogerte, y esta noche te llevan a un albergue. ¿Me das tu número?
C: [[PHONE_NUMBER|921 573 084]]. ¿Y la moto? Si no la devuelvo va a decir que la robé.
O: Déjala donde está; cuando llegue la policía les cuentas todo, ellos se encargan. En cinco minutos te llamo para confirmarte que ya van en camino.
C: Ya, señorita. Gracias, tengo miedo.
O: No estás solo. Quédate en un lugar con gente y con luz.
""",
    note(
        "victim",
        "help_request",
        ["labour", "forced_criminality"],
        1,
        False,
        ["male"],
        "Áncash",
        "ongoing",
        "immediate",
        ["police_dispatch", "referral_shelter", "follow_up_call"],
        "Un joven repartidor de un restaurante llama mientras hace una entrega: trabaja sin pago bajo una supuesta "
        "deuda, duerme en el depósito, le retuvieron el documento y el dueño lo obliga a repartir droga "
        "amenazándolo con un arma. Se envió a la policía a recogerlo y se coordinará un albergue.",
    ),
)

# ------------------------------------------------ English ----
call(
    "h42-en-001",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas tardes.
C: Good afternoon. Sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Thank you. I'm Reverend [[PERSON|Tom Whitaker]], the chaplain at the [[ORGANIZATION|Harbour Light Seafarers' Mission]] in [[LOCATION|Paita]]. Yesterday three fishermen from a squid jigger came to our centre, and what they told us is, frankly, forced labour.
O: Thank you for calling. What did they tell you?
C: The vessel is the [[OTHER_ID|Yu Sheng 706]], flagged in [[LOCATION|Vanuatu]], docked here for repairs. The officers are fine, it's the deckhands: eighteen Indonesians and six Filipinos, all men. They haven't been paid in fourteen months, the captain keeps their passports, and they work up to twenty hours a day. One of them, [[PERSON|Ari]], lost two fingers in the winch and got nothing but tape.
O: Are any of the deckhands under eighteen?
C: No, I asked. The youngest is [[AGE|twenty]].
O: Can they leave the ship?
C: No. Only those three were allowed ashore, with the manning agent, to buy supplies, and they have to go back tonight. The agent, a man called Mr. [[PERSON|Lin]], told them that if they complain, their families back home will have to pay their recruitment debt.
O: Does the injured man need medical care?
C: We already took him to the hospital this morning, he's being treated. The real problem is time: the ship leaves port on [[DATE_TIME|Friday]].
O: Understood. We'll refer this today to the prosecutor's office specialised in trafficking, to the labour inspectorate and to the port authority in [[LOCATION|Paita]], so that the vessel can be inspected before it sails. Would the three men be willing to speak to a prosecutor?
C: Two of them, yes. The third one is too scared.
O: That's fine. Can I have your contact details?
C: My mobile is [[PHONE_NUMBER|+51 969 402 517]], and my email is [[EMAIL_ADDRESS|chaplain.paita@harbourlightmission.org]].
O: Thank you, Reverend [[PERSON|Whitaker]]. I'll call you tomorrow morning with the name of the prosecutor handling the case.
C: Thank you. Those men have been at sea for over a year without seeing their families.
""",
    note(
        "professional",
        "report",
        ["labour"],
        24,
        False,
        ["male"],
        "Piura",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A seafarers' chaplain reports that the foreign deckhands of a fishing vessel docked in port have not "
        "been paid for over a year, work extreme hours with their passports held by the captain, are not "
        "allowed ashore and are threatened with a recruitment debt. The case is referred to prosecutors, the "
        "labour inspectorate and the port authority before the vessel sails.",
    ),
)

call(
    "h42-en-002",
    "en",
    "plain",
    """
O: Línea contra la trata, buenas noches.
C: Hi, good evening. Sorry, is it okay in English?
O: Yes, of course. How can I help you?
C: My name is [[PERSON|Rebecca Lindqvist]]. My husband and I live in [[LOCATION|Lima]], and we've been trying to adopt for years. A woman from a Facebook group called "adoption support" messaged us, her name is [[PERSON|Fiorella]], and she offered us a newborn. No agency, no court, just ten thousand dollars in cash.
O: Thank you for calling. Did you meet her?
C: Yes, today, that's why I'm calling. She took us to a house in [[LOCATION|Chorrillos]], [[ADDRESS|Calle Los Geranios 317]]. There was a girl there with a baby boy, three weeks old. The girl told me she's [[AGE|sixteen]], from [[LOCATION|Iquitos]]. [[PERSON|Fiorella]] said the girl was brought to [[LOCATION|Lima]] when she was pregnant and kept in the house until the birth, and that she "agreed" to give the baby. But when [[PERSON|Fiorella]] took the baby from her arms to show us, she started crying.
O: Did you see anyone else in the house? Other young women, or other babies?
C: No, only a man at the door. I didn't see any other girls.
O: Did you pay anything or sign anything?
C: No, nothing. She wants the money on [[DATE_TIME|Saturday]], and she said she'd bring a birth certificate with our names as the parents. That's when I realised this isn't adoption. It's buying a baby.
O: You're right. That is the sale of a child, and the young mother may be a trafficking victim too. We're passing this tonight to the police anti-trafficking division and the prosecutor's office, so they can act before [[DATE_TIME|Saturday]]. Do you have her contact details?
C: Her profile is [[OTHER_ID|facebook.com/fiorella.ayuda.adopciones]], and her number is [[PHONE_NUMBER|+51 947 318 662]].
O: Thank you. Please don't tell her you called us. Can we reach you at this number tomorrow?
C: Yes, it's [[PHONE_NUMBER|+1 415 555 0182]]. I just keep thinking about that girl.
O: I'll call you tomorrow afternoon, [[PERSON|Rebecca]]. You did the right thing.
""",
    note(
        "witness",
        "report",
        ["other"],
        2,
        True,
        ["female", "male"],
        "Lima",
        "ongoing",
        "high",
        ["referral_legal", "follow_up_call"],
        "A woman who wanted to adopt reports that a broker contacted through social media offered to sell her "
        "a newborn, and that the baby's teenage mother was brought from another region while pregnant and kept "
        "in a house until the birth. The case is passed to the police anti-trafficking division and prosecutors "
        "before the planned handover.",
    ),
)

# ------------------------------------------------ Venezuelan Spanish ----
call(
    "h42-ve-001",
    "es",
    "venezuelan",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, mi amor, disculpa, es que estoy nerviosa. Yo trabajo limpiando en un hostal aquí en [[LOCATION|Tacna]] y acabo de ver algo, chama, que no me deja tranquila.
O: Tranquila, la escucho. ¿Qué vio?
C: Entré a limpiar la [[ADDRESS|habitación 204]], pensando que estaba desocupada, y había una niña sentada en la cama, llorando. Tendrá [[AGE|trece o catorce años]], máximo.
O: ¿Ella le dijo algo?
C: Sí, vale. Me dijo que es de [[LOCATION|Puno]], que un señor la trajo diciendo que iba a trabajar en una tienda de ropa, y que anoche la obligó a estar con un hombre por plata. Me agarró la mano y me dijo "señora, ayúdeme, no me deje aquí". En el piso tenía una mochila con un cuaderno de primero de secundaria. Qué vaina, de verdad.
O: ¿Está sola ahora en la habitación? ¿Hay otras chicas?
C: Está solita. Otras chicas no he visto, solo ella. El señor que la trajo salió hace un rato y dijo en recepción que vuelve en una hora.
O: ¿Cómo se llama el hostal y dónde queda?
C: Es el [[ORGANIZATION|Hostal Los Andes del Sur]], en la [[ADDRESS|calle Las Begonias 412]], a dos cuadras del terminal.
O: Voy a mandar a la policía ahora mismo al hostal. ¿Puede quedarse cerca de la niña sin ponerse en riesgo?
C: Sí, me quedo en el pasillo limpiando, así la veo. Ay, Dios mío.
O: Muy bien. Si vuelve el hombre, no lo enfrente ni le diga nada. Cuando llegue la policía, dígales que usted llamó a la línea y muéstreles la habitación. ¿Cómo se llama y a qué número la llamo?
C: [[PERSON|Yusmary Pérez]], mi número es [[PHONE_NUMBER|+51 930 618 452]]. Pero, mi amor, ¿me van a botar del trabajo? Yo no tengo los papeles al día.
O: Su identidad queda reservada, y la policía va por la niña, no por usted. Ya van en camino; la llamo en diez minutos.
C: Dale, gracias, mi amor. Aquí estoy pendiente.
""",
    note(
        "witness",
        "report",
        ["sexual"],
        1,
        True,
        ["female"],
        "Tacna",
        "ongoing",
        "immediate",
        ["police_dispatch", "follow_up_call"],
        "Una trabajadora de limpieza de un hostal encontró en una habitación a una niña que le contó que un "
        "hombre la trajo con una falsa oferta de trabajo y la obligó a tener relaciones con otro hombre a cambio "
        "de dinero; el hombre volverá pronto. Se envió a la policía al hostal de inmediato.",
    ),
)

# ------------------------------------------------ Portuguese ----
call(
    "h42-pt-001",
    "pt",
    "portuguese",
    """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Boa noite, desculpa, eu não falo bem espanhol. Posso falar português? Sou haitiano, mas morei seis anos em [[LOCATION|Curitiba]], no [[LOCATION|Brasil]].
O: Sim, pode falar português, eu entendo. O que está acontecendo?
C: Meu nome é [[PERSON|Jean-Robert Pierre]]. A gente saiu do [[LOCATION|Brasil]] para ir até os [[LOCATION|Estados Unidos]]. Um guia, um tal de [[PERSON|Baiano]], cobrou 800 dólares de cada um para levar a gente até o [[LOCATION|Equador]]. Mas aqui em [[LOCATION|Zarumilla]], perto da fronteira, ele deixou a gente numa fazenda de banana e disse que cada um tem que pagar mais 500 dólares. Quem não tem, trabalha na colheita até pagar.
O: Quantas pessoas estão com você?
C: Somos onze: sete homens, três mulheres e a filhinha da minha irmã, que tem [[AGE|dois anos]].
O: Pegaram os documentos de vocês?
C: Sim, o dono da fazenda, o senhor [[PERSON|Saavedra]], guardou todos os passaportes, "para a polícia não pegar vocês", ele diz. A gente trabalha do amanhecer até a noite e ele não paga nada, diz que desconta da dívida. As mulheres cozinham para todos os trabalhadores.
O: Vocês podem sair da fazenda?
C: Não. De noite tem um portão com cadeado e um homem com espingarda. Este telefone é de um trabalhador peruano que ficou com pena da gente.
O: Alguém está ferido ou doente? A menina está bem?
C: Não, graças a Deus ninguém está doente. A menina está bem.
O: Escute: vocês não cometeram nenhum crime, mesmo sem documentos. Reter passaportes e obrigar a trabalhar por uma dívida é crime, e vocês são vítimas. Vocês têm direito a proteção e a pedir refúgio ou regularização aqui, e isso não depende do guia. Vou avisar agora mesmo a polícia especializada de lá para que vá à fazenda. Qual é o nome da fazenda?
C: [[ORGANIZATION|Fundo Santa Clara]], na [[ADDRESS|estrada para Papayal, depois da ponte, portão vermelho]].
O: Obrigada. Posso ligar para este número?
C: Não, é do trabalhador. Melhor mensagem no meu WhatsApp brasileiro: [[PHONE_NUMBER|+55 41 99782 3014]].
O: Combinado. Amanhã cedo eu mando mensagem para saber como vocês estão e o que a polícia fez.
C: Mèsi, obrigado, obrigado de coração.
""",
    note(
        "victim",
        "help_request",
        ["labour"],
        11,
        True,
        ["female", "male"],
        "Tumbes",
        "ongoing",
        "high",
        ["police_dispatch", "information_given", "follow_up_call"],
        "Un migrante extranjero pide ayuda porque un guía dejó a su grupo, entre ellos una niña pequeña, en un "
        "fundo cerca de la frontera, donde les retienen los pasaportes y los obligan a trabajar sin pago para "
        "saldar una supuesta deuda, vigilados por un hombre armado. Se le explicaron sus derechos como "
        "víctimas y se alertó a la policía especializada para que intervenga, con seguimiento.",
    ),
)

# ------------------------------------------------ Andean Spanish with Quechua ----
call(
    "h42-aq-001",
    "es",
    "andean_quechua",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, mamita. Disculpe, yo ya he llamado antes, la semana pasadita, por mi hijo, pues. Me han dicho que vuelva a llamar si sé algo más.
O: Sí, señora, claro. ¿Me dice su nombre para buscar su caso?
C: [[PERSON|Felícitas Ccoyllo Quispe]], de la comunidad de [[LOCATION|Sañayca]], en [[LOCATION|Aymaraes]]. Mi hijo es [[PERSON|Wilber]], se ha ido a la mina de oro de [[LOCATION|Secocha]], por el lado de [[LOCATION|Camaná]] dicen.
O: Ya ubiqué su caso, señora [[PERSON|Felícitas]]. ¿Qué ha sabido de [[PERSON|Wilber]]?
C: Ayer me ha llamado, atatay, de otro celular, de un compañero. Llorando me ha hablado, mamay. Con sus dos primos se fue, los tres juntitos están ahí. Dice que el contratista, ese don [[PERSON|Cirilo]], les hace trabajar con cachorreo: treinta días sin sueldo y un día nomás pueden sacar mineral para ellos, pero el mineral de su día dice que no vale. Así ya son tres meses y nada le ha pagado. Y le cobra la comida, la coca, el cuarto; ya debe más de 2000 soles, dice.
O: ¿Le dijo si los dejan salir de la mina?
C: Mana, no los dejan. El contratista les guarda su DNI, y al que se quiere ir le dicen que primero pague su deuda. Un chico se quiso escapar y lo han alcanzado en el camino y lo han hecho regresar.
O: ¿A [[PERSON|Wilber]] o a sus primos les han pegado?
C: Pegarle no, dice. Pero a ese otro chico sí lo han golpeado feo. Mi wawa tiene [[AGE|veinte años]] nomás, señorita, y el menorcito de sus primos tiene [[AGE|diecisiete]], todavía estaba en el colegio.
O: ¿Tiene el número desde el que la llamó?
C: Sí, mi nuera lo ha apuntado: [[PHONE_NUMBER|958 113 604]].
O: Muy bien. Voy a añadir todo esto a su caso y lo envío hoy mismo a la fiscalía especializada en trata de esa zona y a la policía, porque hay un menor de edad y no los dejan salir.
C: Señorita, yo quiero ir a traerlo. Mi vaquita voy a vender para el pasaje.
O: Le pido que no vaya sola a la mina, es peligroso para usted y para ellos. Lo que sí puede hacer es poner la denuncia en la comisaría de su distrito, con la copia del DNI de su hijo y de su sobrino; la pueden recibir aunque ellos estén lejos. Eso ayuda a la fiscalía.
C: Ya, mamita, mañana bajo a la comisaría con mi nuera.
O: Pasado mañana la vuelvo a llamar para contarle qué ha hecho la fiscalía. ¿Sigue siendo el mismo número de antes?
C: Sí, el mismo. Sulpayki, mamita, Diosolopague.
""",
    note(
        "family_member",
        "follow_up",
        ["labour"],
        3,
        True,
        ["male"],
        "Arequipa",
        "ongoing",
        "high",
        ["referral_legal", "information_given", "follow_up_call"],
        "Una madre llama en seguimiento de su caso: su hijo y dos primos, uno de ellos adolescente, trabajan en "
        "una mina de oro informal sin pago, con deudas impuestas, los documentos retenidos y sin poder irse; "
        "un joven que intentó escapar fue golpeado. Se envía la nueva información a la fiscalía y la policía, "
        "se le orientó sobre la denuncia y se le pidió no ir sola a la mina.",
    ),
)

# ------------------------------------------------ code-switching ----
call(
    "h42-cs-001",
    "es",
    "code_switching",
    """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola, buenas tardes. Es más una consulta, not an emergency or anything. Me llamo [[PERSON|Camila]], soy estudiante de la [[ORGANIZATION|Universidad Privada del Pacífico Sur]].
O: Claro, dime.
C: Okay, so, a mi roommate, [[PERSON|Ariana]], y a dos chicas más de mi facultad les llegó una "scholarship" para hacer un master en [[LOCATION|Polonia]], full ride supuestamente, y el deal es que mientras estudian trabajan part-time en un hotel "for hospitality experience". La agencia se llama [[ORGANIZATION|Global Bright Future Education]] y las contactó por LinkedIn.
O: ¿Qué les piden para postular?
C: Un application fee de 1200 dólares, copia del pasaporte, y que firmen un contrato en inglés donde dice que si dejan el trabajo tienen que pagar un "penalty" de 8000 euros. Y el hotel ni siquiera tiene nombre en el contrato, it just says "partner hotel".
O: ¿Alguna ya pagó algo o envió documentos?
C: No, no, nada todavía. La info session es en marzo y el viaje sería recién en agosto. I just want to know si es legit antes de que paguen.
O: Hiciste bien en consultar. Hay varias señales de alerta: cobrar por una beca, una penalidad por dejar el trabajo, que es una forma de atarlas con una deuda, y no saber dónde van a trabajar. Una beca real no cobra fees así. Pueden escribir directamente a la oficina de admisiones de la universidad en [[LOCATION|Polonia]], no a través de la agencia, y preguntar en el consulado si ese programa existe. Y que no envíen el pasaporte hasta verificarlo.
C: Okay, that makes sense. ¿Y si resulta que es fake, lo podemos denunciar?
O: Sí, nos pueden llamar otra vez con el enlace del perfil y lo pasamos a la policía. ¿Quieres que te llame en unos días para ver qué averiguaron?
C: No, no hace falta, thanks. Yo les paso la info y si hay algo raro las llamo de nuevo.
O: Perfecto. La línea es gratuita y atiende las 24 horas, pueden llamar ellas mismas también.
C: Super, muchas gracias, de verdad.
""",
    note(
        "acquaintance",
        "information_request",
        ["unknown"],
        3,
        False,
        ["female"],
        "Polonia",
        "at_risk",
        "low",
        ["information_given"],
        "Una estudiante consulta por una supuesta beca en el extranjero ofrecida a su compañera de cuarto y a "
        "otras dos estudiantes, que exige un pago inicial, copia del pasaporte y trabajo en un hotel sin nombre "
        "con una fuerte penalidad si lo dejan. Nadie ha pagado aún; se explicaron las señales de alerta y cómo "
        "verificar la oferta.",
    ),
)


# ------------------------------------------------------------- self-checks ----
ENUM = {
    "caller_role": {
        "victim",
        "family_member",
        "acquaintance",
        "witness",
        "professional",
        "general_public",
    },
    "call_type": {
        "report",
        "help_request",
        "information_request",
        "follow_up",
        "not_relevant",
    },
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
NOT_PII_NUMBERS = {"0800-2-3232"}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine)"


def _covered(spans, s, e):
    return any(p["start"] <= s and e <= p["end"] for p in spans)


def _name_tokens(spans):
    toks = set()
    for p in spans:
        if p["type"] == "PERSON":
            toks.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
    return toks


def check(rec):
    cid, text, spans, n = rec["id"], rec["text"], rec["pii"], rec["note"]
    assert "\n".join(t["text"] for t in rec["turns"]) == text, cid
    assert 8 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
    assert 150 <= len(text.split()) <= 600, (cid, len(text.split()))
    assert "[[" not in text and "]]" not in text, cid
    prev_end = -1
    for p in spans:
        assert p["type"] in PII_TYPES, (cid, p)
        assert text[p["start"] : p["end"]] == p["text"] == p["text"].strip() != "", (
            cid,
            p,
        )
        assert p["start"] >= prev_end, (cid, "overlap", p)
        prev_end = p["end"]
    surfaces = {
        p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")
    } | _name_tokens(spans)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert _covered(spans, m.start(), m.end()), (
                cid,
                "unlabelled occurrence",
                s,
                m.start(),
            )
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        if m.group(0) not in NOT_PII_NUMBERS:
            assert _covered(spans, m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(
        r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text
    ):
        assert _covered(spans, m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert _covered(spans, m.start(), m.end()), (cid, "@", m.start())
    if rec["style"] == "lowercase_asr":
        assert text == text.lower() and not re.search(
            r"[.,;:¿?¡!\"]", text.replace("0800-2-3232", "")
        ), cid
    assert (
        n["caller_role"] in ENUM["caller_role"] and n["call_type"] in ENUM["call_type"]
    ), cid
    assert set(n["exploitation_types"]) <= ENUM["exploitation_types"], cid
    assert n["urgency"] in ENUM["urgency"], cid
    assert n["actions"] and set(n["actions"]) <= ENUM["actions"], cid
    if n["call_type"] == "not_relevant":
        assert (
            n["situation"] is None
            and n["exploitation_types"] == []
            and n["region"] is None
        ), cid
    else:
        assert n["situation"] in ENUM["situation"] and n["exploitation_types"], cid
    v = n["victims"]
    assert isinstance(v["count"], int) and isinstance(v["minors_involved"], bool), cid
    assert set(v["sexes"]) <= {"female", "male"}, cid
    summ = n["summary"]
    assert not re.search(r"\d", summ), (cid, "digit in summary")
    for s in {p["text"] for p in spans} | _name_tokens(spans):
        if len(s) >= 3:
            assert not re.search(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", summ), (
                cid,
                "PII in summary",
                s,
            )
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
    print(f"wrote {len(recs)} calls to {OUT}")
