#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout28.jsonl: 16 fictional, labelled hotline calls for a one-off held-out measurement.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning data or
results. Files read: /work/shared/eval/LABELS.md (fields, allowed values), /work/shared/eval/make_dev.py
(annotation conventions, check()), and the builder copy make_heldout.py next to this file
(call()/note()/build() and markup only; none of its calls' wording is reused).

Mix: 5 lowercase unpunctuated ASR-style Spanish, 5 cased Spanish, 2 English, 1 Brazilian
Portuguese, 1 Venezuelan Spanish, 1 Spanish/English code-switching, 1 Andean Spanish with Quechua
words. Callers: victims (in Peru and abroad), relatives (one calling back about a case already
reported), neighbours, a teacher, health and support professionals, members of the public.
Call types: third-party reports, help requests, consultations (incl. how to report anonymously),
a follow-up, and two calls that are not about trafficking (a child-support question, a wage
dispute). Exploitation: sexual, labour (fishing boat, logging, textile workshop), domestic
servitude, forced begging, forced criminality; ongoing, past and at-risk situations; regions from
Tacna to Loreto plus a case abroad. All people, numbers, addresses, handles and businesses are
invented.

Run: python make_heldout28.py  (writes heldout28.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout28.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h28-lower-01", "es", "lowercase_asr", """
O: línea contra la trata buenos días le saluda la operadora en qué le puedo ayudar
C: buenos días señorita disculpe la molestia yo soy profesor de la institución educativa de un caserío en [[LOCATION|san ignacio]] [[LOCATION|cajamarca]] mi nombre es [[PERSON|wilmer]] [[PERSON|wilmer guevara]]
O: buenos días profesor dígame
C: mire es por una alumna de segundo de secundaria [[PERSON|yanet]] tiene [[AGE|catorce años]] ya van como tres semanas que no viene al colegio y yo pensé que estaba enferma no
O: ajá
C: pero fui a su casa y la mamá me dice que la niña se fue con un señor a trabajar a [[LOCATION|jaén]] en un restaurante que le iba a pagar quinientos soles al mes
O: la mamá sabe quién es ese señor
C: dice que es un conocido del papá le dicen [[PERSON|cholo]] [[PERSON|rufino]] que tiene un restaurante por el mercado de [[LOCATION|jaén]] pero eh la mamá no tiene ni dirección ni nada solamente un número
O: y la niña se ha comunicado con la familia
C: una vez nomás llamó y le dijo a la mamá que lava platos desde las cinco de la mañana hasta la medianoche que duerme en la cocina y que todavía no le pagan que dice que primero tiene que pagar su pasaje y su ropa
O: entiendo profesor usted sabe si la niña quiere regresar
C: eso le dijo a su hermanita que quiere volver pero que el señor le dice que no puede irse hasta terminar de pagar y la mamá no tiene plata para ir a traerla
O: lo que usted me describe puede ser trata con fines de explotación laboral de una menor de edad vamos a derivar el caso a la fiscalía y a la policía especializada de [[LOCATION|jaén]] tiene usted el número de ese señor
C: sí anote es el [[PHONE_NUMBER|nueve siete seis cinco cuatro uno dos ocho cero]] y el mío es [[PHONE_NUMBER|nueve cuatro dos tres tres ocho uno cero siete]]
O: gracias profesor en estos días lo vamos a llamar para contarle cómo avanza y si la mamá quiere denunciar también la podemos orientar
C: ya señorita muchas gracias es que la chica es bien aplicada da pena que deje el colegio
""", note("professional", "report", ["labour"], 1, True, ["female"], "Cajamarca", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un profesor reporta que una alumna adolescente dejó de asistir al colegio porque un conocido de la familia la llevó a trabajar a un restaurante en otra ciudad. "
          "Allí lava platos jornadas muy largas, duerme en la cocina, no le pagan por una supuesta deuda y no la dejan regresar; se deriva a fiscalía y policía especializada, con seguimiento."))

call("h28-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló buenas tardes señorita es que yo quería preguntar por lo de la pensión de alimentos
O: la pensión de alimentos
C: sí o sea el papá de mi hijito ya no me pasa nada desde agosto y me dijeron que llame acá que acá ayudan
O: ya señora le explico esta línea es para casos de trata de personas o sea cuando a alguien lo captan o lo explotan para trabajar o para otras cosas
C: ah ya ya no es acá entonces
O: para la pensión de alimentos usted puede ir a la demuna de su municipalidad o al juzgado de paz y también hay defensa pública gratuita del ministerio de justicia ellos le ayudan a presentar la demanda
C: y eso cobran
O: no señora la defensa pública es gratuita lleve su dni y la partida de nacimiento de su hijito
C: ya ya y dónde queda eso yo estoy en [[LOCATION|sullana]]
O: en la municipalidad de [[LOCATION|sullana]] le pueden decir dónde está la demuna también puede llamar a la línea del ministerio de justicia que es gratuita
C: ya señorita gracias disculpe
O: no se preocupe señora que le vaya bien
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Una señora llama para pedir ayuda con la pensión de alimentos que el padre de su hijo ha dejado de pagar. "
          "Se le explicó el propósito de la línea y se le orientó a acudir a la DEMUNA o a la defensa pública gratuita."))

call("h28-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: buenas noches señorita eh disculpe es aquí donde se denuncia lo de trabajo forzado o algo así
O: sí señor aquí lo escuchamos cuénteme
C: yo soy de [[LOCATION|sechura]] me llamo [[PERSON|julio]] [[PERSON|julio ramos eca]] hace tres meses me contrataron de tripulante en una embarcación que sale de [[LOCATION|paita]] para la pota
O: ya
C: nos dijeron que íbamos a ganar por parte de la pesca pero estuvimos casi tres meses en el mar sin bajar el patrón no nos dejaba bajar cuando llegábamos a puerto nos encerraba en la bodega
O: le quitaron algún documento
C: sí el dni y la libreta de embarque los tiene el armador el señor [[PERSON|aldana]] y ahora nos dice que no nos toca nada que le debemos la comida el combustible las botas
O: usted dónde está ahorita está en un lugar seguro
C: sí ya estoy en mi casa me escapé el [[DATE_TIME|jueves]] cuando atracamos pero los otros compañeros siguen ahí son cinco y uno es un chibolo de [[AGE|dieciséis]] que es sobrino del patrón
O: la embarcación tiene nombre
C: se llama [[ORGANIZATION|don mauro ii]] mañana vuelve a salir dicen
O: señor [[PERSON|julio]] lo que usted ha vivido puede ser trabajo forzoso y hay un menor de edad a bordo vamos a derivar el caso a la fiscalía especializada y a la capitanía para que intervengan antes de que zarpe y le vamos a conseguir orientación legal para recuperar su documento y su pago
C: ya señorita yo sí quiero denunciar pero tengo miedo que me busquen
O: lo entiendo su identidad se va a proteger me da un número para llamarlo mañana
C: el [[PHONE_NUMBER|nueve cinco uno siete cero cuatro dos dos ocho]]
O: gracias mañana en la mañana lo llamamos
""", note("victim", "help_request", ["labour"], 6, True, ["male"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un pescador cuenta que pasó meses embarcado sin poder bajar a tierra, con su documento retenido por el armador y sin pago por una supuesta deuda; logró escapar pero otros cinco tripulantes, entre ellos un adolescente, siguen a bordo. "
          "Se deriva a la fiscalía especializada y a la autoridad portuaria, con orientación legal y seguimiento."))

call("h28-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le ayudo
C: buenas noches mire yo soy mototaxista y trabajo por [[LOCATION|cerro colorado]] en [[LOCATION|arequipa]] y quería avisar de un local
O: sí dígame qué ha visto
C: es un karaoke se llama [[ORGANIZATION|la noche de rubí]] está en [[ADDRESS|la avenida aviación al lado del grifo primax]] y ahí trabajan unas chicas que son bien chibolas señorita
O: qué edad cree que tienen
C: unas [[AGE|quince dieciséis]] años se les ve con uniforme de colegio cuando las recogen en la tarde y yo las he llevado en la moto dos veces
O: y qué le han dicho ellas
C: una me dijo que es de [[LOCATION|juliaca]] que vino para trabajar de moza pero que le hacen tomar con los clientes y que el dueño le quita la plata y si no quiere subir con los clientes le pega
O: subir a dónde
C: arriba hay cuartos señorita todos saben lo que pasa ahí
O: sabe cuántas chicas son
C: yo he visto cuatro creo que son cuatro y el encargado es uno que le dicen [[PERSON|gringo]] un tipo alto
O: el local está abierto ahora
C: sí abre desde las ocho hasta la madrugada de jueves a domingo ahorita está abierto
O: voy a pasar la información ahora a la policía para que hagan el operativo usted no se acerque quiere dejar algún número
C: no prefiero no dar nada señorita
O: está bien queda anónimo gracias por avisar si ve algo más vuelva a llamar
""", note("witness", "report", ["sexual"], 4, True, ["female"], "Arequipa", "ongoing", "high",
          ["police_dispatch"],
          "Un mototaxista reporta que en un karaoke trabajan varias adolescentes, una traída de otra región con una oferta de moza, a las que obligan a beber y a prostituirse y a las que el encargado agrede. "
          "Se informó a la policía para un operativo; el denunciante prefirió quedar anónimo."))

call("h28-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: aló buenas tardes una consultita nomás
O: claro dígame
C: si yo quisiera denunciar algo pero sin dar mi nombre se puede
O: sí señora se puede hacer una denuncia anónima no es obligatorio que nos dé su nombre ni su número
C: y la policía no va a venir a mi casa a preguntarme
O: no si usted no quiere nosotros no damos los datos de quien llama la información que usted nos dé se pasa a la policía o a la fiscalía sin decir quién llamó
C: ah ya porque es que es en mi misma calle y acá todos nos conocemos en [[LOCATION|huamanga]] y esa gente es pesada
O: entiendo es normal tener miedo puede contarme ahora lo que ha visto o si prefiere puede llamar en otro momento
C: no todavía no mejor lo converso con mi esposo primero y después llamo
O: está bien cuando llame puede ayudar mucho que nos diga la dirección qué ha visto y desde cuándo pero no necesita su nombre la línea es gratuita y atiende las veinticuatro horas
C: y si llamo de mi celular sale mi número
O: nosotros no lo compartimos pero si prefiere puede llamar desde un teléfono público también es gratis
C: ya señorita gracias entonces ya le vuelvo a llamar
O: gracias a usted cuídese
""", note("witness", "information_request", ["unknown"], 0, False, [], "Ayacucho", "ongoing", "low",
          ["information_given"],
          "Una vecina pregunta si es posible denunciar de forma anónima algo que ocurre en su calle, porque teme represalias. "
          "Se le explicó cómo funciona la denuncia anónima y qué datos son útiles; prefirió no dar detalles por ahora y volver a llamar."))

# ------------------------------------------------ cased Spanish ----
call("h28-es-01", "es", "cased", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Yo ya llamé hace como un mes, por mi hija. Me dijeron que podía volver a llamar si pasaba algo.
O: Sí, señor, claro. ¿Me recuerda su nombre para ubicar el caso?
C: [[PERSON|Teodoro Sangama]]. Llamo de [[LOCATION|Tarapoto]]. Mi hija es [[PERSON|Kiara]], la que la sacaron del bar en [[LOCATION|Pucallpa]], la de [[AGE|16 años]].
O: Ya, aquí está su caso. ¿Cómo está [[PERSON|Kiara]]?
C: Está acá en la casa con nosotros, gracias a Dios. Pero no está bien, señorita. No quiere salir, no duerme, llora de noche. Y no quiere volver al colegio porque dice que todos saben.
O: Entiendo, es normal después de lo que vivió. ¿Ha recibido atención psicológica?
C: No, nada. En el albergue de allá le hicieron una entrevista nomás, y después ya nos la entregaron.
O: Bien. Vamos a coordinar con el centro de salud mental comunitario de su zona para que la atiendan. ¿Hay algo más que haya pasado?
C: Sí, eso es lo otro. Hace tres días la volvió a escribir por Facebook la misma mujer que la llevó, la tal [[PERSON|Nelly]]. Le dijo que si declara contra ella le va a pasar algo. Mi hija ha borrado el mensaje de miedo, pero yo le saqué captura.
O: Guarde esa captura, es una prueba importante. ¿Ya los llamó la fiscalía?
C: Nos citaron para [[DATE_TIME|el 22]], pero yo no sé si ir, señorita. Tengo miedo por ella.
O: Es comprensible. Ella tiene derecho a medidas de protección como víctima, y a un abogado gratuito que la acompañe en la declaración. Voy a informar de la amenaza a la fiscalía que lleva el caso y a derivarlos a la defensa de víctimas.
C: Ya, señorita. ¿Y me van a llamar?
O: Sí, la abogada lo llamará esta semana, y yo lo llamo el lunes para ver si ya les dieron cita para la psicóloga. ¿Sigue siendo el mismo número?
C: Sí, el mismo, [[PHONE_NUMBER|942 117 508]].
O: Perfecto, señor [[PERSON|Teodoro]]. Si esa mujer vuelve a escribir o se acerca a su casa, llame a la policía y a nosotros de inmediato.
C: Gracias, señorita. Que Dios se lo pague.
""", note("family_member", "follow_up", ["sexual"], 1, True, ["female"], "Ucayali", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Un padre vuelve a llamar sobre el caso ya reportado de su hija adolescente, rescatada de un bar donde era explotada sexualmente; ahora está en casa pero muy afectada y sin atención psicológica. "
          "La reclutadora la ha amenazado por redes para que no declare, por lo que se informa a la fiscalía, se deriva a defensa legal de víctimas y a salud mental, con seguimiento."))

call("h28-es-02", "es", "cased", """
O: Línea contra la trata, buenas noches. Le escuchamos.
C: Hola... ¿es la línea de Perú? Le escribí primero por WhatsApp y me dijeron que llamara.
O: Sí, es la línea peruana. ¿Desde dónde llama?
C: Estoy en [[LOCATION|Argentina]], en [[LOCATION|Buenos Aires]]. Soy peruana, de [[LOCATION|Sicuani]]. Me llamo [[PERSON|Norma]]... prefiero no decir mi apellido.
O: Está bien, [[PERSON|Norma]]. ¿Está en un lugar seguro para hablar?
C: Más o menos. Estoy en el baño del taller. Es un taller de costura, en una casa en [[LOCATION|Flores]]. Vinimos cuatro de [[LOCATION|Cusco]], nos trajo una señora que conocía mi tía. Nos dijo que íbamos a ganar en dólares.
O: ¿Y qué pasó cuando llegaron?
C: Trabajamos desde las siete de la mañana hasta la una, dos de la madrugada. Comemos ahí, dormimos ahí, en colchones entre las máquinas. El dueño tiene nuestros pasaportes y dice que le debemos el pasaje, que recién en un año vamos a cobrar.
O: ¿Las dejan salir?
C: No. La puerta siempre está con llave, solo sale el dueño con su esposa. Los domingos a veces nos dejan salir una hora, pero con la esposa.
O: ¿Los otros tres son adultos?
C: Sí, somos dos chicas y dos varones, todos mayores. Yo tengo [[AGE|23]].
O: [[PERSON|Norma]], lo que describe es trabajo forzoso y retención de documentos; ustedes son víctimas y tienen derecho a ayuda allá. Vamos a comunicar el caso al consulado del Perú en [[LOCATION|Buenos Aires]] y coordinar con las autoridades argentinas. También le dejo el número de la línea argentina contra la trata, el 145, que es gratuita.
C: ¿Y ellos no nos van a deportar? No tenemos papeles.
O: No, a las víctimas de trata no las tratan como infractoras. ¿Me puede dar la dirección del taller?
C: Es en la [[ADDRESS|calle Morón, una casa gris con persiana verde, al lado de una verdulería]]. El número no lo sé.
O: Bien. ¿Le podemos escribir a este WhatsApp?
C: Sí, pero solo en la noche, [[PHONE_NUMBER|+54 9 11 3872 4410]].
O: Mañana en la noche le escribo para contarle qué coordinó el consulado. Si alguien se enferma o los golpean, llame al 145 enseguida.
C: Gracias, señorita.
""", note("victim", "help_request", ["labour"], 4, False, ["female", "male"], "Argentina", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una mujer peruana llama desde el extranjero: ella y otros tres compatriotas trabajan jornadas extenuantes en un taller textil, encerrados, sin pago y con los pasaportes retenidos por una supuesta deuda. "
          "Se coordina con el consulado y las autoridades locales, se le dio el número de la línea local contra la trata y se hará seguimiento."))

call("h28-es-03", "es", "cased", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Mire, quería denunciar a mi empleador, porque no me paga.
O: Claro, cuénteme qué pasa.
C: Trabajo en una obra, de construcción, en [[LOCATION|Chiclayo]]. Soy albañil. Ya son dos quincenas que no nos pagan a ninguno. El ingeniero dice que la constructora no le ha depositado.
O: ¿Siguen trabajando ahí?
C: Algunos sí, yo ya no voy desde el lunes. Porque, ¿para qué voy a ir si no pagan?
O: ¿Le han quitado algún documento, o le impiden irse, o lo han amenazado?
C: No, no, eso no. Cada uno se va a su casa en la tarde. Solo que no pagan. Y no tenemos contrato, todo es de palabra.
O: Entiendo. Por lo que me cuenta, es un incumplimiento laboral, no un caso de trata. Nosotros atendemos cuando a una persona la captan con engaños y la explotan, la retienen o la amenazan. Pero le puedo orientar a dónde ir.
C: Ya, ya, por favor.
O: Puede presentar una denuncia en la SUNAFIL, que es la superintendencia de fiscalización laboral, o ir a la dirección regional de trabajo en [[LOCATION|Chiclayo]]. Allí tienen consultoría gratuita. Junte lo que pueda: mensajes con el ingeniero, fotos en la obra, nombres de los compañeros.
C: ¿Y se puede ir con los compañeros todos juntos?
O: Sí, pueden presentar la queja juntos, eso ayuda. Y si en algún momento les retienen documentos o no los dejan salir, nos vuelve a llamar.
C: Ya, señorita, muy amable. Gracias.
O: De nada, que tenga buen día.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador de construcción llama porque a él y a sus compañeros no les pagan varias quincenas, sin retención de documentos ni amenazas. "
          "Se le explicó que es un conflicto laboral y se le orientó a presentar su queja ante la inspección de trabajo."))

call("h28-es-04", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla la obstetra [[PERSON|Liliana Tafur]], del puesto de salud de [[LOCATION|Castillo Grande]], en [[LOCATION|Tingo María]]. Es un poco urgente.
O: Dígame, obstetra.
C: Tengo aquí en el consultorio a una chica que vino a control de embarazo. Dice que tiene [[AGE|18]], pero no trae DNI y, sinceramente, no aparenta más de [[AGE|15]]. Está de unos cinco meses.
O: ¿Qué le hace sospechar?
C: Vino con una señora que dice ser su tía y que no quería que la atienda sola. Cuando la hice esperar afuera, la chica me dijo bajito que trabaja en un bar, que la señora la trajo de [[LOCATION|Aucayacu]] y que "atiende a los clientes" en unos cuartos de atrás. Que no puede irse porque le debe.
O: ¿Dónde está la señora ahora?
C: Sentada en la sala de espera. Está llamando por teléfono, se le ve nerviosa. La chica está en el consultorio conmigo, con la puerta cerrada.
O: Bien hecho. Mantenga a la chica con usted, no la deje salir con la señora. Voy a alertar ahora mismo a la comisaría de [[LOCATION|Tingo María]] para que vayan al puesto. ¿Sabe cómo se llama el bar?
C: Ella dice [[ORGANIZATION|El Refugio del Huallaga]]. A la señora le dicen [[PERSON|Chela]]. La chica se llama [[PERSON|Rosmery]], no sé su apellido.
O: Gracias. ¿Hay personal de seguridad en el puesto?
C: Hay un vigilante en la puerta. Le voy a avisar.
O: Perfecto. Cuando llegue la policía, se comunicará con la fiscalía de familia, y vamos a coordinar un albergue para ella. ¿A qué número la llamo?
C: Mi celular es [[PHONE_NUMBER|962 845 031]].
O: La llamo en diez minutos para confirmar que la patrulla salió. Si la señora intenta llevársela, avise al vigilante y llámeme.
C: Ya, gracias. Aquí la tengo.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Huánuco", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Una obstetra reporta que atiende a una adolescente embarazada que le confió que es explotada sexualmente en un bar por una supuesta deuda; la mujer que la controla espera afuera del consultorio. "
          "Se alertó a la policía para una intervención inmediata y se coordina un albergue."))

call("h28-es-05", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días. Mire, no sé si esto es para ustedes, pero no sé a quién más llamar.
O: Cuénteme con confianza.
C: Yo vivo en [[LOCATION|Tacna]], en [[LOCATION|Ciudad Nueva]]. Al frente de mi casa vive una familia que tiene una chica trabajando, una chiquita de [[LOCATION|Puno]], de [[LOCATION|Ilave]]. La conozco porque la veo en el mercado, a veces conversamos.
O: ¿Qué edad tiene?
C: Ella me dijo que [[AGE|15]]. Se llama [[PERSON|Maribel]]. Ya está casi un año ahí.
O: ¿Qué le ha contado?
C: Que trabaja todo el día, cocina, lava, atiende la tienda de la señora, y en la noche cuida a los niños. No va al colegio. La señora le dijo a su mamá que la iba a matricular, pero nada. Y no le pagan, dice que la señora le manda algo a su mamá, no sé cuánto.
O: ¿La dejan salir o comunicarse con su familia?
C: Solo sale al mercado, con la hora contada. No tiene celular. Una vez me pidió el mío para llamar a su mamá y lloraba, pero la señora la vio y después la escuché gritarle.
O: ¿Ha visto que la maltraten físicamente?
C: Eh... una vez tenía el brazo morado. Dijo que se cayó. No sé, señorita.
O: Gracias por contarnos. Esto puede ser servidumbre doméstica de una menor de edad. Vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial de [[LOCATION|Tacna]]. ¿Me puede dar la dirección de la casa?
C: Es en la [[ADDRESS|asociación Las Begonias, manzana F, lote 9]]. La señora se llama [[PERSON|Haydeé]], creo que [[PERSON|Haydeé Condori]].
O: ¿Y un número de contacto suyo?
C: Prefiero que no... bueno, ya, anote: [[PHONE_NUMBER|952 304 679]]. Pero que no vengan a mi casa.
O: Su identidad queda reservada. La llamaremos la próxima semana para contarle. No confronte a la familia.
C: Ya, señorita. Gracias.
""", note("acquaintance", "report", ["domestic_servitude"], 1, True, ["female"], "Tacna", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta que una adolescente traída de otra región trabaja todo el día en una casa sin pago, no asiste al colegio, casi no puede salir ni comunicarse con su familia y presentó un moretón. "
          "Se deriva a la fiscalía de familia y a la unidad de protección, con seguimiento."))

# ------------------------------------------------ English ----
call("h28-en-01", "en", "cased", """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Okay, great. Um, I'm a tourist, I'm in [[LOCATION|Arequipa]] now, but I was in [[LOCATION|Puno]] the last three nights and I saw something that's been bothering me.
O: Tell me what you saw.
C: There were these little kids in the main square, by the cathedral, selling bracelets and asking for money. Like, really small, maybe [[AGE|five]], [[AGE|seven]], and a girl who was maybe [[AGE|nine]]. Until midnight, every night, in the cold.
O: Were they with an adult?
C: There was a woman sitting on the steps, but the thing is, every hour or so a man came by on a motorbike and took the money from her. And on the second night the older girl didn't want to give him her money and he slapped her. Nobody did anything.
O: Did you notice anything else about the man or the motorbike?
C: He had a red jacket, and the others called him... [[PERSON|Machu]]? Something like that. I took a photo of the plate, hang on... it's [[OTHER_ID|8431-4U]].
O: Thank you, that's very useful. What you describe could be exploitation of children for begging, which is a form of trafficking. We'll pass it to the police and the child protection unit in [[LOCATION|Puno]] so they can check the square.
C: Okay. Will they take the kids away from the woman? I don't want to make things worse.
O: They'll assess the situation first. The aim is to protect the children. Would you like to leave a contact in case they need details?
C: Sure, my name's [[PERSON|Sophie]], my WhatsApp is [[PHONE_NUMBER|+44 7700 918 342]].
O: Thank you, [[PERSON|Sophie]]. We'll let you know in a couple of days what was done.
C: Thanks. Honestly, I felt so helpless standing there.
""", note("witness", "report", ["forced_begging"], 3, True, ["female", "male"], "Puno", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "A tourist reports that three small children are made to beg and sell trinkets until late at night in a town square, while a man collects the money and hit one of them. "
          "She gave a vehicle plate, and the case is passed to the police and child protection services, with follow-up."))

call("h28-en-02", "en", "cased", """
O: Línea contra la trata, good afternoon.
C: Good afternoon. I hope this is the right place. I'm a counsellor at a university in [[LOCATION|Lima]], and I wanted some advice about a student.
O: Of course. How can I help?
C: My name is [[PERSON|Rebecca Lindqvist]]. A student came to me this week and told me something that happened to her a few years ago, when she was [[AGE|16]]. She was taken to [[LOCATION|Madre de Dios]], to a mining town, with a job offer as a cook, and she ended up being forced to work in a bar with the miners. Sexually exploited, basically. She got out after about four months.
O: I'm sorry to hear that. Is she safe now?
C: Yes, she's fine now, she lives here with an aunt. Nobody is threatening her. But she has panic attacks, and she's never told anyone until now.
O: Did she ever make a report?
C: No. That's why I'm calling. She's not sure she wants to go to the police. She's asking me whether she still can, after all this time, and what would happen if she does.
O: She can still report it; trafficking doesn't expire quickly, and as a victim she has the right to a free lawyer and to give her statement in a protected setting. But it's her decision, and she can get support even without reporting.
C: Okay, that's really good to know. What kind of support?
O: We can refer her to free psychological care at a community mental health centre, and to the public defence service for victims, who can explain the process to her without any commitment. If she agrees, we can call her directly.
C: I'll ask her. Can I give her this number?
O: Yes, and you can also give her our number. Would you like us to follow up with you next week?
C: Yes, please. My email is [[EMAIL_ADDRESS|r.lindqvist@uandina-lima.edu.pe]].
O: Thank you. I'll send you the referral information today.
C: Thank you so much. I'll talk to her tomorrow.
""", note("professional", "information_request", ["sexual"], 1, True, ["female"], "Madre de Dios", "past", "medium",
          ["information_given", "referral_legal", "referral_health", "follow_up_call"],
          "A university counsellor asks for advice about a student who disclosed that, as a teenager, she was sexually exploited in a bar in a mining town years ago and never reported it. "
          "The operator explained that she can still report, and offered referrals to free legal and psychological support, with follow-up."))

# ------------------------------------------------ Brazilian Portuguese ----
call("h28-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde. Desculpa, a senhora fala português? Eu estou ligando do [[LOCATION|Brasil]], de [[LOCATION|Tabatinga]].
O: Sí, un poco, hable despacio por favor. ¿Qué pasa?
C: É o meu filho, o [[PERSON|Wesley]]. Ele tem [[AGE|vinte anos]]. Um homem peruano chamou ele e mais três rapazes daqui para trabalhar cortando madeira do lado peruano, perto de [[LOCATION|Caballococha]].
O: ¿Hace cuánto tiempo se fue?
C: Faz dois meses. Prometeram mil e quinhentos reais por mês. Mas ele me mandou áudio semana passada, chorando, dizendo que não pagaram nada, que cobram a comida e a motosserra, e que o patrão diz que eles devem e não podem ir embora.
O: ¿Él sabe dónde está exactamente?
C: Ele disse que é no rio, longe, umas dez horas de barco. Não tem sinal, ele só liga quando o barco desce para a cidade. O patrão chama [[PERSON|Donato]], mas todo mundo chama ele de [[PERSON|Gavião]].
O: ¿Los otros chicos también son mayores de edad?
C: Acho que sim. Um é meu sobrinho, [[PERSON|Kauã]], tem [[AGE|dezenove]]. Os outros não sei bem.
O: ¿Lo han golpeado o amenazado?
C: Ele disse que tem um homem com espingarda no acampamento, e que um rapaz que tentou fugir apanhou.
O: Entiendo, señora. Esto puede ser trabajo forzoso. Vamos a pasar el caso a la fiscalía especializada y a la policía en [[LOCATION|Loreto]], y coordinar con las autoridades de [[LOCATION|Brasil]]. ¿Tiene el número de su hijo?
C: Tenho, é [[PHONE_NUMBER|+55 97 98114 2736]]. E o meu é o mesmo com final [[PHONE_NUMBER|2791]]. Meu nome é [[PERSON|Rosilene]].
O: Gracias, señora [[PERSON|Rosilene]]. Si su hijo la llama, pregúntele el nombre del río o de la comunidad más cercana y avísenos. La llamaremos la próxima semana.
C: Obrigada, muito obrigada.
""", note("family_member", "report", ["labour"], 4, False, ["male"], "Loreto", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre extranjera reporta que su hijo y otros tres jóvenes fueron reclutados para la tala de madera en una zona fluvial remota, donde no les pagan, les imponen una deuda, no los dejan irse y hay un hombre armado. "
          "Se deriva a la fiscalía especializada y a la policía y se coordina con las autoridades del otro país, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h28-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Buenas noches, mi vida, disculpa... mira, necesito ayuda, es por mi amiga, bueno, por las dos.
O: Tranquila, la escucho. ¿Está usted en un lugar seguro?
C: Sí, ahorita sí, estoy en una bodega, el señor me prestó el teléfono. Yo me escapé anoche de un sitio en [[LOCATION|Chimbote]], un local por el puerto, y mi amiga [[PERSON|Yusmary]] se quedó adentro.
O: ¿Qué clase de sitio es?
C: Un bar, pues, un chongo, para qué te voy a decir otra cosa. Nos trajeron de [[LOCATION|Tumbes]] diciendo que era para atender en una discoteca, y allá nos obligaban a pasar con los clientes. Nos quitaron la cédula y el teléfono, y decían que debíamos el pasaje y el cuarto.
O: ¿Cuántos años tienen ustedes?
C: Yo tengo [[AGE|veinte]] y ella [[AGE|veintidós]]. Hay otras chamas también, pero esas son de aquí, no sé bien cuántas.
O: ¿Qué pasó con su amiga?
C: Que nos íbamos a escapar juntas y a ella la agarró el [[PERSON|Cabezón]], el que cuida la puerta. Yo oí que le dijo que ahora sí la iba a vender a otro sitio en [[LOCATION|Lima]]. Chama, tengo mucho miedo por ella, esa gente es arrecha, le pegan a una.
O: Entiendo. ¿Sabe el nombre o la dirección del local?
C: Le dicen [[ORGANIZATION|El Ancla]], está en [[ADDRESS|la calle detrás del terminal pesquero, un portón negro con luces moradas]].
O: Voy a llamar ahora mismo a la policía para que vayan al local por su amiga. Y a usted la vamos a llevar a un albergue esta noche. ¿Puede quedarse en la bodega?
C: Sí, el señor dice que me puedo quedar. Es la [[ORGANIZATION|bodega Don Pepe]], en la esquina del parque.
O: Perfecto. No se mueva de ahí. En un rato la recoge una patrulla y una persona de nuestro equipo. ¿Este número es del señor?
C: Sí, [[PHONE_NUMBER|943 581 206]]. Gracias, de verdad, pana.
""", note("victim", "help_request", ["sexual"], 2, False, ["female"], "Áncash", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una joven migrante que escapó de un bar donde la obligaban a prostituirse, con documento retenido y una supuesta deuda, pide ayuda para su amiga, que sigue retenida y a la que amenazan con trasladar a otra ciudad. "
          "Se envió a la policía al local y se coordina un albergue para la llamante."))

# ------------------------------------------------ code-switching ----
call("h28-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hey, hola, buenas... sorry, my Spanish is kinda broken. ¿Puedo hablar así, mixed?
O: Sí, claro, hable como le sea más fácil. ¿En qué le ayudo?
C: Okay. So, I'm Peruvian, pero crecí en [[LOCATION|Los Angeles]], y me deportaron hace como seis meses. I don't really know anybody here. Estoy viviendo en un cuarto en [[LOCATION|Callao]].
O: Entiendo. ¿Qué está pasando?
C: There's these guys, del barrio, que me ofrecieron trabajo cuando llegué. Me prestaron plata para el cuarto, like eight hundred soles. Y ahora dicen que tengo que pagarles vendiendo, you know, droga, en la zona del puerto. Starting next week.
O: ¿Ya ha hecho algo para ellos?
C: No, nothing yet. I told them no, y me dijeron que si no pago ellos saben dónde vivo. Because I have tattoos and I speak English they think I'm, like, perfect for it. But I don't wanna go back to that life, man.
O: Hizo bien en llamar. Lo que le están haciendo es captación para obligarlo a cometer delitos, y eso también es trata. ¿Lo han golpeado o le han quitado algo?
C: They took my DNI, "como garantía" dicen.
O: ¿Cómo se llama usted?
C: [[PERSON|Kevin]]. [[PERSON|Kevin Ore]]. I'm [[AGE|24]].
O: [[PERSON|Kevin]], podemos buscarle un lugar seguro temporal fuera de la zona, y orientación legal para denunciar y recuperar su DNI sin que usted quede como culpable. ¿Le parece?
C: Yeah, yeah, please. Lo que sea para salir de acá.
O: Le voy a llamar en una hora con la información del albergue. ¿A qué número?
C: Este, [[PHONE_NUMBER|917 460 352]]. It's a prepaid, pero funciona.
O: Listo. Si esta semana lo buscan o lo amenazan en persona, llame al 105 o aquí mismo.
C: Okay. Thanks, gracias, seriously.
""", note("victim", "help_request", ["forced_criminality"], 1, False, ["male"], "Callao", "at_risk", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un joven deportado recientemente cuenta que un grupo del barrio le prestó dinero y ahora le exige pagarlo vendiendo droga, con amenazas y su documento retenido; todavía no lo ha hecho. "
          "Se coordina un albergue temporal y orientación legal, con una llamada de seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h28-qu-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, señorita... buenos días. Disculpay, mamita, yo no hablo bien castellano.
O: No se preocupe, mamá, hable tranquila, la entiendo.
C: Yo soy de [[LOCATION|Andahuaylas]], de comunidad. Es por mi nietecita, mi wawa, [[PERSON|Yolanda]]. Tiene [[AGE|catorce años]] nomás.
O: ¿Qué le ha pasado a su nieta?
C: Una comadre, la señora [[PERSON|Epifania]], se lo ha llevado a [[LOCATION|Lima]] hace ocho meses. Dice "va a trabajar en casa de familia, va a estudiar también, va a mandar platita". Y nada, mamita, nada ha mandado.
O: ¿Usted ha hablado con su nieta?
C: Dos veces nomás ha llamado. Llorando, "awicha, llévame", dice. Dice que no va a colegio, que lava, cocina, cuida guagua de la señora, hasta de noche. Que duerme en un cuartito en el techo, que hace frío. Que la señora le grita, "chola ociosa" le dice.
O: ¿Sabe en qué parte de [[LOCATION|Lima]] está, o el nombre de la señora de la casa?
C: No sé, mamita. Por [[LOCATION|Ate]] dice, creo. La comadre [[PERSON|Epifania]] sabe, pero ahora no contesta, se esconde.
O: ¿Tiene el número desde donde llamó su nieta?
C: Sí, mi hijo lo ha apuntado en un papelito... [[PHONE_NUMBER|nueve nueve cuatro, cero siete dos, seis uno ocho]].
O: Gracias, mamá. Lo que le pasa a [[PERSON|Yolanda]] puede ser trata, porque es menor, no estudia, trabaja sin pago y no la dejan volver. Vamos a pasar el caso a la fiscalía y a la policía en [[LOCATION|Lima]] para que la ubiquen con ese número. Usted o su hijo también pueden poner la denuncia en la comisaría de [[LOCATION|Andahuaylas]].
C: Ya, mamita. Mi hijo va a ir, él habla mejor.
O: ¿A qué número los llamamos?
C: Al de mi hijo, [[PERSON|Fortunato]]: [[PHONE_NUMBER|983 270 145]].
O: Muy bien. En unos días llamamos a don [[PERSON|Fortunato]] para contarle. Si su nieta vuelve a llamar, pregúntele el nombre de la calle o de un mercado cerca.
C: Sulpayki, mamita. Diosllaña pagasunki.
""", note("family_member", "report", ["domestic_servitude"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela de una comunidad andina reporta que su nieta adolescente fue llevada por una conocida a trabajar en una casa de familia en la capital con la promesa de estudiar, y que trabaja sin pago, no estudia y pide volver. "
          "Se deriva a fiscalía y policía para ubicarla, se orientó a la familia sobre la denuncia y se hará seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
