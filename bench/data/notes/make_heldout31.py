#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout31.jsonl: 16 fictional, labelled hotline calls for a one-off held-out measurement.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning data or
results. Files read: /work/shared/eval/LABELS.md, /work/shared/eval/make_dev.py, and the builder
copy make_heldout.py next to this file (call()/note()/build() and markup only).

Mix: 5 lowercase unpunctuated ASR-style Spanish, 5 cased Spanish, 2 English, 1 Brazilian
Portuguese, 1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish with
Quechua words. Callers: victims (a runaway teenager, a survivor of a past case, a migrant held
at a sawmill), relatives (incl. a daughter calling back about a case already reported), a
friend, a roommate, a fishing co-worker, a street vendor, a traveller at an airport, a school
psychologist, a rural midwife, and two members of the public whose calls are not about
trafficking. Call types: reports, help requests, consultations about offers not yet accepted,
one follow-up, two not relevant. Exploitation: sexual, labour (coffee farm, fishing boat,
sawmill, harvest), domestic servitude, forced begging (adults with disabilities; children in
bars), forced criminality (drug carrying; online-scam compounds), other (a girl handed over as a
"wife"), unknown; several calls have more than one type. Regions across Peru plus a case in
Spain and an offer in Thailand. All people, numbers, businesses and addresses are invented.

Annotation follows make_dev.py: titles/articles outside PERSON spans, cue words outside ID
spans, AGE with its unit when said, named weekdays / clock times tied to an event are
DATE_TIME, relative words and routines are not, country and town names are LOCATION,
nationality adjectives are not. Notes: region = department (or country) where the
exploitation happens or would happen; victims.count = people exploited or at risk in the case
(0 when none); not_relevant calls have no situation and no exploitation type.

Run: python make_heldout31.py  (writes heldout31.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout31.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----

call("h31-lower-01", "es", "lowercase_asr", """
O: línea gratuita contra la trata de personas buenas tardes le escucho
C: aló señorita aló me escucha es que estoy hablando de un celular prestado
O: sí te escucho bien tranquilo cómo te llamas
C: me llamo [[PERSON|yerson]] señorita yo me escapé anoche de una chacra de café donde me tenían trabajando
O: ya [[PERSON|yerson]] primero dime dónde estás ahorita estás seguro
C: sí estoy en la tiendita de una señora en [[LOCATION|pichanaki]] cerca del paradero de los carros que van a [[LOCATION|la merced]] ella me ha dado desayuno y me prestó su celular
O: qué bueno que estés con ella cuántos años tienes
C: [[AGE|dieciséis años]] soy de [[LOCATION|tayacaja]] de [[LOCATION|huancavelica]]
O: y cómo llegaste hasta la chacra
C: un señor vino a mi pueblo en la feria dijo que en la cosecha de café pagan cuarenta soles diario más comida y que él ponía el pasaje le dicen tío [[PERSON|beto]] él nos trajo en su carro
O: cuando dices nos trajo venías con más personas
C: no bueno en el carro veníamos tres pero a los otros dos los dejó en otra chacra más abajo a mí solito me dejó con don [[PERSON|eusebio]]
O: y qué pasó cuando empezaste a trabajar
C: trabajaba de oscuro a oscuro cosechando y después cargando sacos y a la semana le pedí mi plata y don [[PERSON|eusebio]] dijo que le debía el pasaje la comida y las botas que me pagaba al final de la cosecha y mi dni también se lo quedó dijo que era para la planilla así he estado como dos meses creo no sé bien porque allá no hay señal ni nada
O: te pegaron o te amenazaron alguna vez
C: pegar no bueno una vez su hijo me tiró con una rama porque se me cayó un saco pero eso nomás lo que sí me decía don [[PERSON|eusebio]] es que si me iba la policía me iba a agarrar por ladrón porque le debía
O: [[PERSON|yerson]] escúchame bien tú no has robado nada esa deuda no existe y nadie te puede meter preso por eso lo que te hicieron es un delito y tú eres la víctima ahora dime sabes cómo se llega a esa chacra
C: es subiendo por la trocha de [[LOCATION|alto kimiriki]] [[ADDRESS|la casa de madera con techo azul pasando el puente colgante]] ahí es
O: y tu familia sabe dónde estás
C: mi mamá no tiene celular mi hermano mayor sí pero no me sé su número de memoria estaba en mi celular y se me malogró con la lluvia
O: no te preocupes eso lo vemos voy a coordinar ahora con la unidad de protección especial para que te recojan en esa tienda y te lleven a un albergue donde vas a estar seguro vas a poder comer y descansar y tu caso lo pasamos a la fiscalía para que investiguen a esos señores después van a ubicar a tu mamá para que vuelvas con tu familia ahora me pasas con la señora un ratito para tomar su número
C: aló sí señorita soy la de la tienda mi número es [[PHONE_NUMBER|nueve seis cuatro tres uno ocho siete cero dos]] el chico se puede quedar acá no hay problema
O: muchas gracias señora en una hora más o menos la llamo para confirmarle quién viene a recogerlo por favor no lo deje salir solo
C: ya no se preocupe acá lo tengo
""", note("victim", "help_request", ["labour"], 1, True, ["male"], "Junín", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un adolescente llama desde un teléfono prestado tras escapar de una finca cafetalera, adonde lo llevó "
          "un enganchador con la promesa de un jornal y donde trabajó sin pago por una supuesta deuda, con su "
          "documento retenido y amenazado con ser acusado de robo. Está a salvo en una tienda y se coordina con "
          "protección de menores su traslado a un albergue y la denuncia ante la fiscalía, con llamada de seguimiento."))

call("h31-lower-02", "es", "lowercase_asr", """
O: línea contra la trata de personas buenos días dígame
C: buenos días señorita yo no sé si estoy llamando donde debo o si tendría que ir a la policía nomás
O: cuénteme con confianza y vemos juntas qué se puede hacer
C: yo vendo emoliente en las mañanas en [[ADDRESS|la esquina de mercaderes con san juan de dios]] acá en el centro de [[LOCATION|arequipa]] y hace como tres meses todas las mañanitas veo lo mismo
O: qué es lo que ve
C: llega una camioneta guinda y bajan a un señor que no tiene una pierna y a una chica que no habla creo que es sordita los sientan en la vereda al lado de la iglesia y ahí se quedan pidiendo todo el día hasta que oscurece
O: y por qué cree usted que no están ahí por su voluntad
C: porque a mediodía viene un joven flaco le dicen el [[PERSON|ronco]] y les saca toda la plata del tarro hasta las moneditas y en la noche vuelve la camioneta y se los lleva y una vez le invité un emoliente al señor y me dijo llorando que ese muchacho no es nada suyo que lo trajeron de [[LOCATION|ilave]] diciéndole que iba a trabajar de guardián en una obra
O: el señor le dijo su nombre
C: don [[PERSON|cipriano]] nomás me dijo ya es mayorcito tendrá unos [[AGE|sesenta]] y la chica es joven de unos [[AGE|veinte años]] más o menos
O: ha visto que los golpeen o que los amenacen
C: golpear no no he visto eso no le voy a mentir pero la chica le tiene miedo cuando se acerca el [[PERSON|ronco]] se tapa la cara y don [[PERSON|cipriano]] me contó que duermen en un garaje por [[LOCATION|cerro colorado]] que los encierran con candado por fuera
O: sabe dónde queda ese garaje o la placa de la camioneta
C: el garaje no sé la placa intenté verla pero siempre se para de retro no alcancé
O: no se preocupe ya nos ha dado bastante y saben si comen algo
C: lo que la gente les regala nomás yo a veces le doy pan a la chica
O: lo que usted describe puede ser explotación de la mendicidad que es una forma de trata más todavía porque son personas con discapacidad y les quitan todo el dinero voy a derivar su reporte hoy mismo a la fiscalía especializada en trata de personas de [[LOCATION|arequipa]] para que abra una investigación
C: y a mí me van a llamar no quiero que el muchacho se entere que fui yo
O: su nombre no va a aparecer si prefiere no darlo me deja un número para contarle cómo avanza
C: ya apunte [[PHONE_NUMBER|958 207 416]]
O: gracias señora la llamo en unos días y por favor no le diga nada al muchacho ni trate de seguir la camioneta
C: ya señorita gracias a usted
""", note("witness", "report", ["forced_begging"], 2, False, ["female", "male"], "Arequipa", "ongoing", "medium",
          ["referral_legal", "follow_up_call"],
          "Una vendedora reporta que un hombre mayor con discapacidad y una joven sorda son llevados cada mañana a "
          "pedir limosna en el centro de la ciudad, que un sujeto les quita todo lo recaudado y que de noche los "
          "encierran en un garaje. Se deriva el caso a la fiscalía especializada para que investigue y se le llamará "
          "para informarle del avance."))

call("h31-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: buenas noches señorita llamo de [[LOCATION|llochegua]] es por mi hijo que se ha ido
O: a dónde se ha ido su hijo
C: se fue a trabajar dice al monte a la cosecha de cacao eso me dijo
O: cuántos años tiene
C: [[AGE|diecisiete]] es el último de mis varones
O: y qué es lo que le preocupa señora
C: mire señorita le voy a decir la verdad no es cacao se ha ido de mochilero a cargar eso pues la droga hasta [[LOCATION|andahuaylas]] unos señores en moto le ofrecieron dos mil soles por viaje y él con la necesidad se fue
O: entiendo gracias por contármelo así cuándo se fue
C: [[DATE_TIME|el jueves]] en la madrugada ya van cuatro días y ayer me llamó de un número raro llorando
O: qué le dijo
C: que ya no quiere que quiere regresar pero no lo dejan le dicen que tiene que hacer tres viajes para pagar lo que le han dado de comer y las zapatillas y que si se escapa van a venir por sus hermanitas las dos chiquitas
O: el número desde el que la llamó lo tiene
C: sí es [[PHONE_NUMBER|932 407 158]] pero después ya no contesta apagado nomás
O: sabe quiénes son los que se lo llevaron
C: a uno le dicen [[PERSON|zambo]] es de acá mismo del pueblo y el otro no sé su nombre un señor mayor con una moto roja
O: su hijo consume algo o ya había hecho esto antes
C: no señorita nunca él estudiaba en la noche y de día ayudaba en la chacra es buen chico pero le han metido ideas
O: señora le explico lo que me cuenta es muy grave a su hijo lo captaron siendo menor de edad para transportar droga y ahora lo retienen con amenazas eso es trata de personas para obligarlo a cometer delitos y su hijo es víctima no delincuente
C: pero si la policía lo agarra lo van a meter preso
O: por eso es importante que el caso lo vea la fiscalía especializada en trata voy a derivarlo hoy mismo y usted también puede ir a poner la denuncia ahí y decir que ya llamó a esta línea cómo se llama su hijo
C: [[PERSON|yhon]] [[PERSON|yhon ccorahua]] señorita y a mí me pueden llamar a este mismo [[PHONE_NUMBER|nueve cuatro cero dos seis uno tres ocho cinco]]
O: gracias mañana en la tarde la llamo para contarle qué dijo la fiscalía y si su hijo vuelve a llamar trate de preguntarle dónde está y nos avisa enseguida
C: ya señorita dios le pague
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una madre reporta que su hijo adolescente fue captado por dos hombres para transportar droga a pie desde "
          "una zona cocalera y que ahora no lo dejan volver, alegando una deuda y amenazando a sus hermanas menores. "
          "Se le explicó que su hijo es víctima y no delincuente, se deriva el caso a la fiscalía especializada y se "
          "le volverá a llamar."))

call("h31-lower-04", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes en qué la ayudo
C: buenas tardes señorita mire yo quería hacer una consulta porque ya no sé a quién llamar
O: claro dígame
C: el papá de mis hijos no pasa nada de pensión ya van como ocho meses y yo sola con los tres chiquitos no me alcanza lo que gano lavando ropa
O: entiendo señora una pregunta para ubicarme mejor sus hijos están con usted
C: sí viven conmigo acá en [[LOCATION|huacho]] los tres van al colegio la mayorcita tiene [[AGE|once]] y los gemelos [[AGE|siete]]
O: alguien le ha ofrecido llevarse a los niños a trabajar o alguien los hace trabajar a ellos
C: no no nada de eso señorita no es eso
O: y a usted alguien la obliga a trabajar le quita lo que gana o no la deja salir
C: no yo trabajo para mí lavo ropa para las vecinas el problema es él que no paga [[PERSON|wilmer]] se llama se fue con otra y ya no quiere saber nada de sus hijos
O: le pregunto porque esta es una línea para casos de trata de personas y explotación lo que usted me cuenta es un tema de pensión de alimentos que se ve en otro lado pero igual la oriento
C: ah ya yo pensé que ustedes veían todo lo de la familia
O: para la pensión puede ir a la demuna de su municipalidad ahí la ayudan a hacer un acta de conciliación sin costo y si él no cumple puede demandar en el juzgado de paz letrado para la demanda de alimentos no necesita abogado hay un formulario
C: y eso cuánto me va a costar
O: nada señora el formulario es gratuito lo piden en el mismo juzgado y lleve las partidas de nacimiento de los chicos
C: ya y si él me amenaza cuando le llegue la demanda
O: si la amenaza o la agrede puede llamar a la línea 100 que atiende violencia familiar o al 105 de la policía
C: ya señorita entonces mañana me voy a la demuna temprano
O: muy bien señora que le vaya bien y gracias por llamar
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Una mujer consulta cómo reclamar la pensión de alimentos que el padre de sus hijos no paga; al indagar no "
          "surgieron indicios de trata ni de explotación. Se le orientó sobre dónde conciliar y presentar la demanda y "
          "se le indicaron las líneas de atención a la violencia familiar."))

call("h31-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días le habla [[PERSON|rocío]] soy obstetra del puesto de salud de [[LOCATION|chiriaco]] en [[LOCATION|imaza]] quería reportar un caso pero no sé si es trata o qué cosa es
O: gracias por llamar obstetra cuénteme
C: ayer vino a su control una chica de [[AGE|catorce años]] embarazada de cinco meses vino con un señor que dice que es su esposo él tendrá [[AGE|treinta y ocho]] o [[AGE|cuarenta]]
O: la chica le contó algo
C: al comienzo nada él contestaba todo por ella pero la dejamos en observación porque tenía la presión alta y el señor se fue y ya sola me contó que su papá la entregó hace un año a cambio de plata y de un motor para su bote
O: y cómo vive ella ahora con ese señor
C: hace todo en la casa cocina lava le lleva la comida a la chacra y también trabaja en la chacra sembrando yuca no la deja ir al colegio ni visitar a su mamá dice que su mamá no sabía nada que fue cosa del papá
O: tiene alguna lesión
C: tiene moretones en los brazos y en la espalda primero me dijo que se cayó pero después me contó que cuando no termina las cosas él le pega con la correa
O: el señor sabe que ella está ahí
C: sí dijo que mañana temprano viene a recogerla con su hermano
O: obstetra esto es muy grave una niña de [[AGE|catorce años]] entregada a un adulto a cambio de dinero y obligada a servirle en la casa y en la chacra es una forma de trata además de violencia sexual le pido que no se la entreguen a ese señor
C: pero yo no puedo tenerla mucho tiempo acá la jefa dice que si ya está bien de salud hay que darle de alta
O: lo entiendo ahora mismo coordino con la unidad de protección especial de [[LOCATION|bagua]] para que dicten una medida de protección y la lleven a un albergue y derivo el caso a la fiscalía de familia para que investiguen al papá y a ese señor
C: ya ella me dijo que quiere estar con su mamá
O: eso también lo van a evaluar ellos me da el nombre de la chica y del señor
C: la chica es [[PERSON|nayeli]] y él se llama [[PERSON|ronal]] su apellido no sé el papá es [[PERSON|anselmo]]
O: y su número obstetra para que la llamen de la unidad de protección
C: [[PHONE_NUMBER|942 615 073]] el puesto no tiene fijo solo radio
O: gracias en una hora la vuelvo a llamar para confirmarle quién va a ir a recogerla
C: ya acá la tenemos hasta que vengan
""", note("professional", "report", ["domestic_servitude", "other"], 1, True, ["female"], "Amazonas", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una obstetra reporta que atiende a una adolescente embarazada a la que su padre entregó a un hombre adulto a "
          "cambio de dinero, con quien vive haciendo las labores de la casa y de la chacra, sin poder estudiar ni ver a "
          "su madre, y que presenta moretones por golpes. Se coordina con protección de menores una medida de protección "
          "y un albergue, y se deriva a la fiscalía de familia, con seguimiento."))

# ------------------------------------------------ cased Spanish ----

call("h31-es-01", "es", "plain", """
O: Línea contra la trata de personas, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches. Yo ya llamé hace unos diez días por mi mamá, que está en [[LOCATION|España]]. Me dijeron que si sabía algo más volviera a llamar.
O: Claro. ¿Me da su nombre y el de su mamá para buscar el caso?
C: Yo soy [[PERSON|Katherine Vílchez]], llamo de [[LOCATION|Chiclayo]]. Mi mamá es [[PERSON|Nelly Vílchez Carranza]], tiene [[AGE|47 años]].
O: Un momento... Sí, aquí lo tengo. Su mamá cuida a un señor mayor en [[LOCATION|Madrid]], ¿verdad?
C: Bueno, eso le dije la otra vez, pero no es [[LOCATION|Madrid]] mismo. Es en [[LOCATION|Alcorcón]], que está al lado. Me confundí.
O: No hay problema, lo corrijo. ¿Qué ha pasado desde su última llamada?
C: Ayer por fin me pudo mandar un audio largo. El hijo del señor, el que la contrató, se llama [[PERSON|Arturo]], [[PERSON|Arturo Saiz]]. Ahora le ha dicho que además de cuidar a su papá tiene que ir en las noches a limpiar su bar, y que eso va "a cuenta" de lo que ya le pagó. ¡Pero si no le paga nada hace cinco meses!
O: ¿Su mamá sigue sin su pasaporte?
C: Sí, él lo tiene desde que ella llegó. Dice que es para el trámite de la residencia, pero nunca le enseña ningún papel.
O: ¿La ha golpeado o amenazado de alguna forma?
C: Golpes no. Pero le dice que si se va la denuncia por robo y que la van a deportar. Y ella le cree, porque no tiene papeles.
O: ¿Puede salir de la casa?
C: Los domingos, un par de horas, a misa. El resto del tiempo está con el señor, que no camina. Duerme en el mismo cuarto que él, en un sillón.
O: Gracias, ya lo estoy agregando al caso. Le cuento lo que vamos a hacer: la información nueva la enviamos hoy al consulado del [[LOCATION|Perú]] en [[LOCATION|Madrid]], que puede coordinar con la policía de allá. Y le voy a pasar el contacto de una organización que da asesoría legal gratuita a víctimas de trata, para que su mamá hable con una abogada.
C: ¿Y ella puede ir a la policía sin papeles? Eso es lo que más miedo le da.
O: Sí. En [[LOCATION|España]] una víctima de trata puede denunciar aunque esté en situación irregular, y tiene un tiempo de protección para recuperarse y decidir. Dígale también que nadie tiene derecho a quedarse con su pasaporte.
C: Ya. Se lo voy a mandar en audio, ella no lee bien los mensajes largos.
O: Perfecto. Ahora le mando por WhatsApp los datos de la organización y el teléfono del consulado. ¿Sigue siendo el mismo número?
C: Sí, el [[PHONE_NUMBER|979 334 218]].
O: En tres o cuatro días la vuelvo a llamar para saber si su mamá pudo hablar con la abogada.
C: Gracias, señorita. Ella dice que aguanta por nosotros, pero ya no puede más.
""", note("family_member", "follow_up", ["domestic_servitude", "labour"], 1, False, ["female"], "España", "ongoing", "medium",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una hija llama en seguimiento de un caso ya registrado: su madre trabaja en el extranjero como cuidadora "
          "interna sin salario desde hace meses, con el pasaporte retenido, amenazas de denuncia y deportación, y ahora "
          "obligada a limpiar también un bar por las noches. Se actualizó el caso y se envía al consulado, se le "
          "explicaron los derechos de su madre y se le facilita asesoría legal gratuita en el país de destino, con una "
          "nueva llamada de seguimiento."))

call("h31-es-02", "es", "plain", """
O: Línea contra la trata, buenas tardes. Lo escuchamos.
C: Buenas tardes. A ver, yo quiero denunciar a una empresa que me ha explotado. Me dijeron que acá ven eso.
O: Claro, cuénteme qué le pasó.
C: Yo trabajaba de vigilante en [[ORGANIZATION|Seguridad Integral Los Andes]], acá en [[LOCATION|Cajamarca]], cuidando una obra. Tres años. Y el mes pasado me botaron así nomás, sin carta, sin nada. No me han pagado mis dos últimos sueldos ni mi CTS.
O: Lo siento mucho. Para entender bien su situación le voy a hacer unas preguntas. ¿La empresa se quedó con su DNI o con algún documento suyo?
C: No, mi DNI siempre lo he tenido yo.
O: ¿Lo obligaban a quedarse en la obra, lo encerraban o no lo dejaban ir a su casa?
C: No, no. Hacía turnos de doce horas, eso sí, pero terminaba y me iba a mi casa.
O: ¿Alguna vez lo amenazaron, a usted o a su familia, para que siguiera trabajando?
C: Amenazar, no. El supervisor es gritón, pero amenazas no. Lo que pasa es que no me quieren pagar, y eso para mí es explotación.
O: Tiene toda la razón en reclamar, y lo que le deben se lo tienen que pagar. Pero le explico: esta línea atiende casos de trata de personas, cuando a alguien lo captan con engaños y lo obligan a trabajar o no lo dejan irse. Lo suyo es un despido y una deuda laboral, y eso lo ve otra institución.
C: O sea, ¿ustedes no me pueden ayudar?
O: Sí le puedo decir a dónde ir. Puede presentar una denuncia ante la SUNAFIL, la superintendencia que fiscaliza a las empresas. Tiene oficina en [[LOCATION|Cajamarca]] y también recibe denuncias por internet. Lleve sus boletas, su contrato si lo tiene y cualquier mensaje donde le digan que ya no vaya.
C: Boletas tengo algunas. Contrato nunca me dieron, firmaba cada tres meses un papel.
O: Igual sirve. Y en el Ministerio de Trabajo le pueden calcular cuánto le deben de sueldos y de CTS antes de que presente la denuncia.
C: Ya, está bien. Pensé que era acá. Gracias de todas formas.
O: No se preocupe, hizo bien en llamar. Y si algún día sabe de alguien a quien obligan a trabajar, no le pagan y no lo dejan irse, este número es gratuito las 24 horas.
C: Ya, señorita. Hasta luego.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un vigilante llama para denunciar que lo despidieron sin pagarle sus dos últimos sueldos ni sus beneficios; "
          "al indagar, no hubo retención de documentos, amenazas ni restricción de su libertad. Se le explicó que se "
          "trata de un conflicto laboral y se le orientó para presentar su denuncia ante la autoridad inspectiva de trabajo."))

call("h31-es-03", "es", "plain", """
O: Línea contra la trata de personas, buenos días. ¿Con quién tengo el gusto?
C: Buenos días. Soy [[PERSON|Liliana Soria]], psicóloga de la institución educativa [[ORGANIZATION|Nuestra Señora de Guadalupe]], en [[LOCATION|Tingo María]]. Quiero reportar la situación de una alumna.
O: La escucho, [[PERSON|Liliana]].
C: Es una niña de primero de secundaria, tiene [[AGE|13 años]]. Hace semanas que se duerme en clase y llega sin tareas. Yo pensaba que era descuido en la casa. Ayer conversé con ella a solas y me contó algo que me dejó muy preocupada.
O: ¿Qué le contó?
C: No vive con su mamá, vive con una señora a la que llama madrina. Su mamá está en el campo, en [[LOCATION|Aucayacu]]. Y la madrina la manda todas las noches, con su hermanito de [[AGE|9]], a los bares y discotecas de la carretera a vender caramelos y pedir plata en las mesas, hasta las dos o tres de la mañana. Si no llegan con lo que ella pide, al día siguiente no les da de comer.
O: ¿Los niños se quedan con algo del dinero?
C: No, todo se lo entregan. Y eso no es lo peor. [[DATE_TIME|El sábado pasado]] la madrina la llevó a una discoteca, la [[ORGANIZATION|Selva Tropical]], y la hizo sentarse con un señor mayor. El señor le dio plata a la madrina, y a ella la tocó. Dice que se asustó y se fue al baño a llorar.
O: Eso es muy grave. ¿La madrina le ha dicho algo más?
C: Que este fin de semana va a "salir" con ese señor, que ya está arreglado. Por eso me lo contó, porque tiene miedo. Me pidió que no le diga a nadie, pero yo sé que no me puedo quedar callada.
O: Hizo lo correcto. ¿Los niños tienen algún otro familiar cerca?
C: Creo que no... Bueno, hay un tío, pero ella no sabe dónde vive. Solo está la mamá, y no tiene teléfono.
O: ¿Sabe el nombre de la madrina y dónde viven?
C: La señora se llama [[PERSON|Graciela Tuanama]]. Viven en [[ADDRESS|el pasaje Los Cedros, la casa de madera al costado de la vulcanizadora]], en [[LOCATION|Castillo Grande]]. La niña se llama [[PERSON|Yomira]] y el hermanito [[PERSON|Josué]].
O: ¿La señora sabe que la niña habló con usted?
C: No. Y el director me dijo que mejor no la llamemos hasta saber qué hacer.
O: Está bien que no la llamen ni la confronten. Lo que me describe es explotación de los dos niños en la mendicidad y, además, explotación sexual de una menor; las dos son formas de trata. Hoy mismo derivo el caso a la fiscalía de familia y a la Unidad de Protección Especial, para que dicten una medida de protección antes del fin de semana.
C: ¿Y qué va a pasar con los niños? No quiero que terminen en la calle.
O: La Unidad de Protección Especial se encarga de ubicarlos con un familiar o en un lugar seguro. También voy a pedir al Centro Emergencia Mujer que les den atención psicológica a los dos. ¿Me da un número donde la puedan ubicar?
C: Sí, mi celular es [[PHONE_NUMBER|962 148 530]]. También me pueden escribir a [[EMAIL_ADDRESS|lsoria.psico@gmail.com]].
O: Gracias. Mañana la llamo para saber si ya se comunicaron con usted. Si la niña falta al colegio o le dice que ya la van a llevar con ese señor, llámenos de inmediato.
C: Así lo haré. Muchas gracias.
""", note("professional", "report", ["sexual", "forced_begging"], 2, True, ["female", "male"], "Huánuco", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una psicóloga escolar reporta que una alumna y su hermano menor son enviados cada noche por la mujer que los "
          "tiene a su cargo a vender caramelos y pedir dinero en bares, entregándole todo lo recaudado, y que la niña "
          "fue sentada con un hombre adulto que pagó a la mujer y la tocó, con un nuevo encuentro previsto. Se deriva "
          "el caso a la fiscalía de familia y a la unidad de protección especial, se pide atención psicológica para "
          "ambos niños y se hará seguimiento."))

call("h31-es-04", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Mire, yo soy pescador, acá en [[LOCATION|Chimbote]]. No sé si esto es para ustedes, pero me tiene sin dormir.
O: Cuénteme, para eso estamos.
C: Yo estuve embarcado casi un mes en una bolichera, la de don [[PERSON|Nicanor Ríos]]. Me bajé hace dos semanas porque no aguanté el trato. Pero allá se quedaron tres muchachos que no pueden bajar.
O: ¿Cómo que no pueden bajar?
C: El patrón no entra a puerto con ellos. La pesca la pasa a otra embarcación en alta mar y los chicos siguen a bordo. Uno lleva como cuarenta días sin pisar tierra. Yo me bajé en la lancha del transbordo, y porque a mí me conocen, tengo familia acá.
O: ¿Quiénes son los tres?
C: Dos venezolanos, [[PERSON|Deivis]] y [[PERSON|Luisángel]], de unos [[AGE|veinte]], [[AGE|veintidós años]]. Y un chiquito de la sierra, de [[LOCATION|Huari]], [[PERSON|Alcides]]. Él dice que tiene [[AGE|18]], pero no, ese chico tendrá [[AGE|15]], [[AGE|16]] como mucho. No tiene ni bigote.
O: ¿Les pagan?
C: Nada. El patrón dice que les paga al final de la temporada, menos el rancho, las botas, el impermeable. A [[PERSON|Alcides]] ya le dijo que debe más de lo que ha ganado. Y los papeles de los tres los tiene él, dice que para el zarpe.
O: ¿Ha visto maltrato físico?
C: Al chiquito le dieron con una soga mojada porque se quedó dormido en la guardia. El mismo patrón. Yo me metí y ahí empezaron mis problemas.
O: ¿Y a usted le pagaron?
C: A mí sí, poco, pero me pagaron. A mí no me pueden hacer eso, yo soy de acá. A ellos sí, porque no tienen a nadie.
O: ¿Sabe dónde está ahora la embarcación o cuándo vuelve?
C: Por la radio escuché que entra a descargar [[DATE_TIME|el jueves en la noche]] al muelle de la [[ORGANIZATION|Pesquera Santa Elvira]], porque tienen que cambiar una pieza del motor. La matrícula es [[OTHER_ID|CE-14872-CM]].
O: Eso nos sirve mucho. Lo que me cuenta puede ser trata con fines de explotación laboral, con un menor de edad a bordo. Voy a coordinar con la policía y con la Capitanía de Puerto para que intervengan la embarcación apenas llegue al muelle, y el caso pasa a la fiscalía especializada.
C: ¿Y si el patrón se entera que fui yo? Acá en el muelle todos se conocen.
O: Su identidad queda reservada y usted no tiene que estar en la intervención. ¿Me deja un número por si la fiscalía necesita más detalles?
C: Ya, pero solo para eso: [[PHONE_NUMBER|943 510 287]]. Me llamo [[PERSON|Julián]].
O: Gracias, [[PERSON|Julián]]. Después de la intervención lo llamo para contarle cómo salió.
C: Ya, señorita. Ojalá los saquen. Ese chico no debería estar en el mar.
""", note("acquaintance", "report", ["labour"], 3, True, ["male"], "Áncash", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un pescador reporta que en la embarcación donde trabajó siguen un adolescente y dos jóvenes migrantes a los "
          "que el patrón no deja desembarcar desde hace semanas, sin pago, con una deuda impuesta, documentos retenidos y "
          "castigos físicos. Se coordina con la policía y la autoridad portuaria para intervenir la nave cuando llegue al "
          "muelle y se deriva a la fiscalía especializada, con seguimiento."))

call("h31-es-05", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿En qué la puedo ayudar?
C: Hola... buenas tardes. Disculpe, no sé bien cómo empezar. Es algo que me pasó hace años.
O: Tómese su tiempo. Cuénteme solo lo que quiera contar.
C: Cuando yo tenía [[AGE|veintidós años]] me ofrecieron trabajo de cajera en un restaurante en [[LOCATION|Desaguadero]]. Y no era restaurante. Era un bar, y me obligaron a... a atender a hombres. Estuve ocho meses ahí.
O: Lamento mucho lo que vivió. ¿Hoy está en un lugar seguro?
C: Sí, sí. Vivo en [[LOCATION|Tacna]] hace tres años, trabajo en una panadería, tengo mi hijito. Nadie de mi vida de ahora sabe lo que pasó.
O: ¿Cómo logró salir de ese lugar?
C: Una señora que vendía comida afuera me ayudó a escapar una madrugada, me subió a un bus. Nunca denuncié. Tenía vergüenza, y miedo.
O: ¿Alguien de ese lugar la ha buscado o la ha amenazado después?
C: No, nunca. Ni saben dónde estoy. Bueno, el año pasado vi en Facebook que el bar sigue abierto con otro nombre, y me dio mucha rabia. Pero a mí nadie me ha buscado.
O: ¿Qué le gustaría hacer ahora?
C: Dos cosas. Quiero saber si todavía puedo denunciar o si ya pasó mucho tiempo. Y... necesito hablar con alguien. Tengo pesadillas, no duermo. Mi pareja piensa que estoy mal por otra cosa.
O: Le respondo lo primero: sí puede denunciar. La trata es un delito grave y el tiempo que ha pasado no impide que la fiscalía investigue. Tiene derecho a un abogado gratuito y a que su identidad se proteja durante el proceso.
C: ¿Y tendría que ir hasta allá a declarar?
O: No necesariamente. Puede hacerlo aquí en [[LOCATION|Tacna]], y la fiscalía coordina con la de [[LOCATION|Puno]]. Si le parece, la derivo a la defensa pública de víctimas para que una abogada la llame y le explique todo antes de que usted decida.
C: Sí, eso quiero. Pero que me llamen en la mañana, en la tarde estoy trabajando.
O: Anotado. Y para lo segundo, la puedo derivar al centro de salud mental comunitario de su zona, donde la atiende una psicóloga sin costo. ¿En qué distrito vive?
C: En [[LOCATION|Ciudad Nueva]].
O: Hay uno que le queda cerca, le mando la dirección por mensaje. ¿Me da un número y un nombre, aunque sea solo el nombre?
C: [[PERSON|Yesenia]]. Mi número es [[PHONE_NUMBER|952 803 164]].
O: Gracias, [[PERSON|Yesenia]]. Lo que está haciendo hoy requiere mucho valor.
C: Gracias a usted. Es la primera vez que lo cuento en voz alta.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Puno", "past", "low",
          ["information_given", "referral_legal", "referral_health"],
          "Una mujer cuenta que años atrás fue captada con una oferta de empleo y explotada sexualmente durante meses en "
          "un bar de una ciudad fronteriza, de donde escapó sin denunciar; hoy está a salvo y no ha recibido amenazas. Se "
          "le informó que aún puede denunciar y se la deriva a la defensa pública de víctimas y a atención psicológica gratuita."))

# ------------------------------------------------ English ----

call("h31-en-01", "en", "plain", """
O: Línea contra la trata, good evening. How can I help you?
C: Hi, sorry, English? Okay, good. I'm at the [[LOCATION|Lima]] airport, at the gate, and I think two girls here are being taken somewhere by a man they don't really know.
O: Thank you for calling. Are you somewhere you can talk without him hearing you?
C: Yeah, I walked over to the bathrooms. He's at the duty-free. It's [[ADDRESS|gate 17]], the flight to [[LOCATION|Panama City]] at [[DATE_TIME|11:40]] tonight. Boarding starts in like forty minutes.
O: What made you worried?
C: The girls were sitting next to me. They look young, maybe [[AGE|thirteen]], [[AGE|fourteen]]. One of them asked if she could use my phone because hers had no credit, and she texted someone. Then she asked me, really quietly, if in [[LOCATION|Panama]] they check who you travel with. I asked if the man was their dad and she said no, they met him on Facebook a couple of months ago.
O: Did they say where they're from, or what they're going to do there?
C: From [[LOCATION|Iquitos]], I think. They'd never been on a plane. He told them they'll earn "a lot of dollars" and that he'll explain the job when they get there. And their moms think... I'm not sure, the girl said something about a school trip and then laughed, like nervous.
O: Do you know the man's name, or can you describe him?
C: One girl called him Tío [[PERSON|Raúl]]. Peruvian, about [[AGE|fifty]], grey polo shirt, black backpack, gold watch. He's holding all three passports and the boarding passes.
O: And the girls, what are they wearing?
C: One has a pink hoodie, the other one has braids and a white jacket. They're both really small.
O: Thank you, this is very clear. I'm alerting the airport police and the immigration officers in [[LOCATION|Callao]] right now, so they check the documents before boarding. Please don't approach him or let him see that you're worried.
C: Okay. Should I stay here? My own flight leaves soon from the next gate.
O: If you can, stay where you can see them, at a distance. If he tries to leave the gate area with the girls, tell the airline staff at the counter that the police are on their way. Can you give me your name and number, in case the officers need to find you?
C: Sure. I'm [[PERSON|Amy Lindqvist]]. My number is [[PHONE_NUMBER|+1 206 555 0187]], it works on WhatsApp.
O: Thank you, [[PERSON|Amy]]. Officers should be there in a few minutes.
C: Okay. Oh, he's coming back. I'll go sit down.
O: Go ahead. You did the right thing.
""", note("witness", "report", ["unknown"], 2, True, ["female"], "Callao", "ongoing", "immediate",
          ["police_dispatch"],
          "A traveller at the airport reports that a man is about to board an international flight with two young girls "
          "who say they met him online and do not know what work awaits them, while he holds their passports. Airport "
          "police and immigration officers were alerted immediately to check the group before boarding."))

call("h31-en-02", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hi, um, is there someone who speaks English? My Spanish gets really bad when I'm nervous.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm an exchange student here in [[LOCATION|Lima]], I share an apartment in [[LOCATION|Pueblo Libre]] with a Peruvian girl from my university. I think she's in trouble, like real trouble, and she doesn't know how to get out.
O: What kind of trouble?
C: So, a few months ago she signed up with one of those "sugar daddy" pages, an Instagram account, [[OTHER_ID|@dulcescitas.lima]]. At first it was dinners with older guys who gave her money, that's what she told me. But the guy who runs the account, [[PERSON|Marco]], now sets up meetings with men at hotels, and she has to sleep with them. He keeps most of the money.
O: Does she want to stop?
C: She tried. Last month she told him she was done, and he sent her screenshots of her own private photos and said he'd send them to her parents and her church if she stops. And he says she owes him for "the clothes and the hotel rooms".
O: How old is your roommate?
C: She's [[AGE|20]]. Her name is [[PERSON|Daniela]]. She knows I'm calling, she's in her room, she just can't talk about it yet. She's too ashamed.
O: Has he ever hurt her physically, or does he know where you live?
C: He hasn't hit her, no. But he knows the building, he's picked her up downstairs, that's what scares me. And this morning he texted her that there's a client for tonight.
O: Thank you for telling me all this. What you describe is sexual exploitation: he's controlling her with threats and an invented debt, and under the law here that is trafficking. She's not the one in trouble, he is.
C: Okay. So what can she do? I don't want to make it worse.
O: A few things. First, she doesn't have to go tonight. Second, she should keep every message and screenshot, not delete anything, and not answer his threats. Third, if she wants, we can refer her to the prosecutor's office and to a free lawyer, who can also ask the platform to take the photos down. And if she doesn't feel safe at home because he knows the address, we can arrange a shelter for a few days.
C: Honestly I think she'd take the shelter, at least for this week. I'll ask her.
O: That's fine. She can call this number herself, any time, day or night, and say her roommate already called. Do you want to leave a number?
C: Yes, mine is [[PHONE_NUMBER|987 120 446]]. I'm [[PERSON|Olivia]].
O: Thank you, [[PERSON|Olivia]]. If he shows up at the building or threatens her again today, call us or 105 right away.
C: Okay. Thank you, really.
""", note("acquaintance", "report", ["sexual"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["information_given", "referral_legal", "referral_shelter"],
          "An exchange student reports that her roommate, a young woman, is being forced by the man who runs an online "
          "dating account to have sex with clients, under threats to send intimate photos to her family and an invented "
          "debt. The operator explained her rights and how to keep evidence, and offered referral to prosecutors and a "
          "free lawyer as well as a temporary shelter."))

# ------------------------------------------------ Brazilian Portuguese ----

call("h31-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde. Desculpa, eu não falo espanhol direito. A senhora entende português?
O: Sí, un poco, pode falar devagar. ¿Cómo se llama usted?
C: Meu nome é [[PERSON|Wesley]]. Sou brasileiro, do [[LOCATION|Acre]]. Tô em [[LOCATION|Iberia]], aqui no [[LOCATION|Peru]]. Vim na cidade com o caminhão comprar óleo e comida, por isso consegui sinal.
O: Muy bien, [[PERSON|Wesley]]. ¿Qué le está pasando?
C: Eu trabalho numa serraria no meio do mato, uma hora daqui. Um cara de [[LOCATION|Brasiléia]], o [[PERSON|Baiano]], levou a gente, cinco brasileiros, dizendo que ia pagar bem, dois mil e quinhentos reais por mês. Já são dois meses e ninguém recebeu nada.
O: ¿Por qué no les pagan?
C: O dono, um peruano, don [[PERSON|Teófilo]], diz que a gente deve a viagem, a comida, o óleo da motosserra. Toda semana a dívida cresce. E ele ficou com nossos documentos, o RG de todo mundo, falou que era pra registrar na polícia.
O: ¿Pueden irse de ahí si quieren?
C: Não. Tem um vigia com espingarda de noite. Um colega, o [[PERSON|Jefferson]], tentou ir embora a pé e trouxeram ele de volta de moto. Apanhou muito.
O: ¿Hay alguien herido o enfermo?
C: O próprio [[PERSON|Jefferson]]. Cortou a mão na serra faz uma semana, tá inchada, com pus. Não levaram ele no médico.
O: ¿Hay menores de edad con ustedes?
C: Não, todo mundo é maior. Eu sou o mais novo, tenho [[AGE|vinte e dois]].
O: ¿Usted tiene que volver ahora?
C: Tenho. O caminhão volta daqui a meia hora. Se eu não voltar, eles descontam nos outros. Eu quero que a polícia vá lá buscar todo mundo.
O: Entiendo. Lo que me cuenta es trabajo forzoso por deuda, es trata de personas. Vou avisar agora a polícia e a fiscalía de [[LOCATION|Madre de Dios]] para organizar uma intervenção na serraria. ¿Cómo se llega?
C: É na estrada pra [[LOCATION|Iñapari]]. Chama [[ORGANIZATION|Aserradero Los Pumas]]. [[ADDRESS|Depois da ponte de madeira tem uma entrada de terra com uma placa azul]], aí são uns vinte minutos pra dentro.
O: ¿Este número es suyo? ¿Podemos escribirle?
C: É meu, [[PHONE_NUMBER|+55 68 99214 3807]], mas só pega sinal quando venho na cidade, no domingo. Pode mandar mensagem no WhatsApp que eu leio.
O: Le vamos a escribir por WhatsApp para contarle cómo avanza. No le cuente a nadie que llamó. Cuando llegue la policía, diga que usted es quien llamó a la línea.
C: Tá bom. Obrigado, moça. Que Deus te abençoe.
""", note("victim", "help_request", ["labour"], 5, False, ["male"], "Madre de Dios", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un joven migrante llama desde un pueblo cercano al aserradero en la selva donde él y otros cuatro compatriotas "
          "trabajan sin pago por una deuda que crece, con documentos retenidos, un vigilante armado y un compañero herido "
          "sin atención médica. Se alertó a la policía y a la fiscalía para una intervención en el aserradero y se le "
          "escribirá por mensajes para el seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----

call("h31-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Aló, sí, buenas noches, mi amor, disculpa, es una emergencia. Es mi hija, mi chamita, tiene [[AGE|15 años]] y la tienen en un hotel.
O: La escucho, señora. Respire un momento. ¿Dónde está su hija ahora?
C: Hace como veinte minutos me mandó un audio. Déjame ponértelo... no, mejor te digo: "mami, sácame de aquí, estoy en un hotel, él me quiere llevar con unos amigos suyos". Y me mandó la ubicación. Es en [[LOCATION|Los Olivos]], el [[ORGANIZATION|Hostal Mirador Azul]], en [[ADDRESS|la avenida Naranjal, frente a un grifo]].
O: ¿Quién es "él"?
C: El novio, ese tipo. [[PERSON|Jhoan]], le dicen el [[PERSON|Flaco]]. Tiene como [[AGE|24]]. Ella se fue con él [[DATE_TIME|el domingo]] y no volvió. Yo pensé que estaba en casa de una amiga, vale, porque eso me dijo.
O: ¿Usted ha denunciado su desaparición?
C: Fui a la comisaría [[DATE_TIME|el lunes]] y me dijeron que tenía que esperar, que seguro se había ido con el novio y ya volvía.
O: Para una menor de edad no hay que esperar nada, la denuncia se recibe de inmediato. Pero ahora lo urgente es sacarla de ese hostal. ¿Sabe si hay otras chicas con ella?
C: No sé, chama. En el audio se oía música y hombres hablando. Y la semana pasada vi en su teléfono que él le escribía que con ella iba a "hacer real" con unos panas de él. Yo no entendí, qué vaina... ahora sí entiendo.
O: Ya estoy pidiendo a la policía que vaya al hostal ahora mismo. ¿Cómo es su hija, cómo estaba vestida?
C: Es flaquita, morena, pelo largo con las puntas rojas. Se llama [[PERSON|Yuliannys]]. [[PERSON|Yuliannys Marcano]]. Tenía un suéter negro. Su número es [[PHONE_NUMBER|+51 917 403 265]], pero no me contesta.
O: ¿Y usted dónde está?
C: Voy en un taxi, saliendo de [[LOCATION|San Juan de Lurigancho]]. Voy para allá.
O: Señora, le pido que no entre sola al hostal. Cuando llegue, espere afuera, en un lugar con gente, hasta que llegue el patrullero. Si ese hombre la ve, puede llevarse a su hija a otro sitio.
C: Ay, Dios mío. Está bien, está bien, espero. ¿Y si ella me vuelve a escribir?
O: Dígale que la policía va en camino y que, si puede, se quede en el baño o cerca de la recepción. ¿A qué número la llamo yo?
C: A este, el [[PHONE_NUMBER|936 581 702]]. Me llamo [[PERSON|Mariela]].
O: [[PERSON|Mariela]], en cinco minutos la vuelvo a llamar para confirmarle que el patrullero va llegando. Conteste aunque vea un número desconocido.
C: Dale, dale. Gracias, mi reina.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "information_given", "follow_up_call"],
          "Una madre migrante reporta que su hija adolescente le envió un audio pidiendo ayuda desde un hostal al que la "
          "llevó su enamorado adulto, quien pretende entregarla a otros hombres. Se envió a la policía al lugar de "
          "inmediato, se le indicó que no entre sola y que la denuncia por desaparición de una menor no requiere espera, "
          "y se le devolverá la llamada en minutos."))

# ------------------------------------------------ Spanish/English code-switching ----

call("h31-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Hola, buenas tardes. Sorry, a veces hablo medio mezclado, es que trabajo en un call center en inglés. Quería consultar algo sobre un job offer que le llegó a mi mejor amigo.
O: No hay problema, le entiendo. Cuénteme.
C: Ok, so, a mi amigo [[PERSON|Renzo]] lo contactaron por LinkedIn, bueno, primero por LinkedIn y después todo pasó a Telegram. Es para customer service en una empresa de crypto en [[LOCATION|Bangkok]], [[LOCATION|Thailand]]. Le ofrecen 1800 dólares, housing incluido, y le pagan el flight.
O: ¿Ya aceptó? ¿Cuántos años tiene su amigo?
C: Tiene [[AGE|23]], igual que yo. Y él dice que ya casi acepta. The flight is [[DATE_TIME|next Tuesday]]. Le mandaron el ticket hasta [[LOCATION|Bangkok]] y le dijeron que ahí un driver lo recoge y lo lleva "to the company campus near the border", como ocho horas por carretera.
O: ¿Le dijeron qué frontera, o a qué ciudad?
C: No, eso es lo raro. Le dije "bro, which border?" y no supo decirme. También le pidieron que no le cuente a su familia hasta estar allá, porque es "confidential por el NDA".
O: ¿Le han pedido documentos o dinero?
C: Money no, al contrario, todo gratis, por eso él dice que es legit. Pero le pidieron foto del pasaporte y un typing test en inglés, ver qué tan rápido escribe. El recruiter... bueno, el handle es [[OTHER_ID|@hr_goldenbridge]].
O: Qué bueno que llamó. Eso coincide con un tipo de captación que estamos viendo: ofrecen atención al cliente en [[LOCATION|Tailandia]], pero después cruzan a las personas por tierra a [[LOCATION|Myanmar]] o a países vecinos, a complejos cerrados donde les quitan el pasaporte y las obligan a hacer estafas por internet: enamorar gente por chat, pedirles inversiones falsas. Si no cumplen metas, las castigan y les cobran una deuda para dejarlas salir.
C: Wow. Ok, eso is exactly lo que le dijeron, "chat support for investors". Damn.
O: Por eso le recomendamos que no viaje, que no mande más documentos y que guarde todas las conversaciones; que no borre la cuenta de Telegram, porque sirve como prueba. Una empresa formal da un contrato, una visa de trabajo y una dirección que se puede verificar, no un recojo en carretera hacia una frontera.
C: Él es súper terco, though. ¿Qué le digo para convencerlo?
O: Muéstrele esta información, y si quiere, que nos llame él mismo al 0800-2-3232 y le contamos casos reales. También puede revisar las alertas de Cancillería sobre falsas ofertas de trabajo en el sudeste asiático.
C: Ok, perfecto. Le voy a decir que llame hoy. Thanks, en serio.
O: A usted. Y si igual decide viajar, que antes deje a su familia los datos del vuelo y del contacto.
C: Got it. Gracias, bye.
""", note("acquaintance", "information_request", ["forced_criminality"], 1, False, ["male"], "Tailandia", "at_risk", "medium",
          ["information_given"],
          "Una persona consulta por la oferta de trabajo que recibió su amigo por redes para atención al cliente en una "
          "empresa de criptomonedas en el extranjero, con pasaje pagado, traslado por tierra hacia una frontera y pedido "
          "de secreto. Se explicó que coincide con la captación para centros de estafas en línea donde obligan a las "
          "víctimas a cometer fraudes, y se recomendó no viajar, no enviar más documentos y conservar las conversaciones."))

# ------------------------------------------------ Andean Spanish with Quechua ----

call("h31-qu-01", "es", "andean_quechua", """
O: Línea contra la trata de personas, buenas tardes.
C: Aló, mamita, ¿imaynallam? Buenas tardes, señorita. ¿Aquí es para preguntar de los trabajos que ofrecen para los chicos?
O: Allinmi, mamá. Sí, puede preguntar aquí. ¿Desde dónde me llama?
C: De [[LOCATION|Pacucha]], señorita, de [[LOCATION|Andahuaylas]]. Del celular de mi sobrino estoy llamando, yo no tengo.
O: Cuénteme, ¿qué trabajo le han ofrecido?
C: Hay una señora, doña [[PERSON|Eulalia]], mama [[PERSON|Lala]] le dicen, viene cada año después de la fiesta. Ahora ha venido diciendo que en [[LOCATION|Ica]], en la chacra de espárrago, pagan cincuenta soles diario, y que en la noche los chicos van a estudiar. Mi nieto [[PERSON|Wilber]] quiere ir, y su primo [[PERSON|Edison]] también.
O: ¿Cuántos años tienen?
C: [[PERSON|Wilber]] tiene [[AGE|catorce]], [[PERSON|Edison]] [[AGE|quince]] ya va a cumplir. De mi nieto su papá ya ha recibido adelanto, doscientos soles, diciendo que ya está.
O: ¿Y usted por qué duda, mamá?
C: Porque el año pasado se ha llevado al hijo de mi vecina, a [[PERSON|Rubén]]. Seis meses se ha ido. Ha vuelto flaquito, mana qullqi, sin nada de plata. Dice que cargaban cajas desde la madrugada, dormían en un galpón con otros chicos, y la señora le tenía su DNI. Y cuando se quejaba, el capataz le pegaba con manguera. Atatay, señorita. Estudiar, nada.
O: Lo que le pasó a ese chico es muy grave. ¿Él o su mamá lo denunciaron?
C: Mana, señorita. Tienen vergüenza, y la señora es comadre de varios acá. Dicen que ella nomás sabe conseguir trabajo.
O: ¿Cuándo piensa llevarse a los chicos?
C: [[DATE_TIME|El domingo]] viene con su combi, después de la feria, dice.
O: Mamá, le explico. Lo que le ofrecen tiene muchas señales de engaño: se llevan menores de edad lejos de su familia, prometen estudio que no cumplen, se quedan con el documento, y el adelanto que le dieron al papá después se lo cobran al chico como deuda. Un chico de [[AGE|catorce años]] no puede trabajar en esas condiciones, eso es explotación. Mi consejo es que no dejen ir a los chicos.
C: Ari, ari, eso digo yo. Pero el papá dice que ya dio su palabra, que tendría que devolver la plata.
O: Ese adelanto no lo obliga a mandar a su hijo. Si la señora insiste o los amenaza, nos llaman. Además voy a pasar los datos de esta señora a la policía y a la fiscalía para que investiguen lo que le pasó a [[PERSON|Rubén]] y no se lleve a más chicos. ¿Sabe su apellido?
C: [[PERSON|Eulalia Huamaní]], creo que es. Manam yachanichu bien, señorita, todos le dicen mama [[PERSON|Lala]] nomás.
O: Con eso es suficiente. ¿A este número la puedo llamar?
C: Ari, es de mi sobrino [[PERSON|Fidel]], [[PHONE_NUMBER|951 274 608]]. Él me pasa.
O: Antes del [[DATE_TIME|domingo]] la vuelvo a llamar para ver cómo está todo.
C: Sulpayki, señorita. Con eso ya le voy a hablar al papá de [[PERSON|Wilber]].
""", note("family_member", "information_request", ["labour"], 2, True, ["male"], "Ica", "at_risk", "medium",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una abuela consulta porque una reclutadora conocida en su comunidad quiere llevarse a su nieto y a un primo, "
          "ambos adolescentes, a trabajar en la cosecha en la costa, con un adelanto pagado al padre y la promesa de que "
          "estudiarán; el año anterior otro chico volvió de ese trabajo sin pago, golpeado y sin su documento. Se le "
          "explicaron las señales de engaño y se recomendó no dejarlos ir, se pasarán los datos de la reclutadora a la "
          "policía y la fiscalía, y se le volverá a llamar."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
