#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout17.jsonl: 16 fictional labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results; only LABELS.md, ../shared/eval/make_dev.py (conventions)
and make_heldout.py (the builder) were read. Meant to look like one ordinary
shift: 6 lowercase unpunctuated Whisper-style Spanish transcripts, 4 cased
Spanish, 2 English, 1 Portuguese, 1 Spanish/English code-switching, 1 Andean
Spanish with Quechua words, 1 Venezuelan Spanish.

Situations: a suspicious job poster, a teenager about to board a bus with a
recruiter, an unpaid-wage dispute (not trafficking), a child kept as a servant,
a boy forced to tread coca leaves, a follow-up after a karaoke rescue, children
made to beg at night, teenagers in a cevichería kitchen, a newborn about to be
sold, a custody dispute (not trafficking), an offer of "customer service" work
abroad, boys on a river cargo boat, a foreign nanny, a teenager coerced into
sexual video calls, a girl to be handed over as a "wife", a migrant cook locked
in. All people, numbers, handles and businesses are invented.
Markup: [[TYPE|surface]] marks PII; O:/C: mark operator and caller.
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout17.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h17-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita disculpe es una consultita nomás no es nada urgente
O: claro dígame con confianza
C: yo tengo una bodega en [[LOCATION|bagua grande]] y ayer vino un señor y me pidió pegar un cartel en mi puerta hasta me dio diez soles por pegarlo
O: qué dice el cartel
C: dice se necesita señoritas jóvenes para atención al público en un bar en [[LOCATION|la peca]] sueldo dos mil quinientos soles con cama y comida no se necesita experiencia y abajo hay un número para whatsapp el [[PHONE_NUMBER|nueve cuatro siete tres cero ocho uno dos cinco]]
O: le dijo algo más el señor
C: sí me dijo que si alguna chica pregunta le diga que el pasaje lo pagan ellos y que se van el mismo día nomás sin avisar a la familia que después llaman eso me pareció raro por eso le estoy llamando
O: sabe si alguna chica ya se fue con él
C: no no que yo sepa ninguna todavía recién ayer en la tarde lo pegué
O: hizo muy bien en llamar ese anuncio tiene varias señales de alerta un sueldo alto sin experiencia cama y comida el pasaje pagado y sobre todo que les pidan no avisar a la familia muchas veces son ofertas para captar chicas jóvenes y después obligarlas a tomar con los clientes y a estar con ellos
C: ay diosito entonces lo saco nomás
O: le recomiendo que le tome una foto y lo retire y esa foto con el número la puede llevar a la comisaría si el señor vuelve no le diga nada y llámenos
C: ya señorita le tomo foto y lo saco ahorita mismo muchas gracias
O: gracias a usted por preguntar que tenga buena tarde
""", note("general_public", "information_request", ["sexual"], 0, False, [], "Amazonas", "at_risk", "low",
          ["information_given"],
          "Una comerciante consulta por un cartel que le pidieron colocar en su tienda, que ofrece trabajo a mujeres "
          "jóvenes en un bar con sueldo alto, pasaje pagado y viaje inmediato sin avisar a la familia. Se explicaron "
          "las señales de alerta de captación y se recomendó retirar el cartel y llevar la foto a la policía."))

call("h17-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: señorita ayúdeme por favor quiero denunciar mi hija se está yendo con un hombre
O: tranquilo señor estoy para ayudarle dónde está usted y dónde está su hija
C: estoy en [[LOCATION|huancayo]] en [[LOCATION|chilca]] mi hija se llama [[PERSON|yesenia]] tiene [[AGE|quince años]] su amiga me acaba de decir que se fue con un tipo que conoció por facebook al terminal de la [[ADDRESS|avenida ferrocarril cuadra doce]] que el bus sale para [[LOCATION|satipo]]
O: qué le ofreció ese hombre a su hija
C: trabajo de anfitriona en un bar de [[LOCATION|satipo]] le dijo que iba a ganar ochenta soles diarios en propinas y que no me cuente nada a mí ni a su mamá
O: sabe a qué hora sale el bus y de qué empresa es
C: a [[DATE_TIME|las diez de la noche]] dice la amiga de qué empresa no sé no no sé
O: y el hombre sabe cómo se llama o qué edad tiene
C: le dicen [[PERSON|kevin]] nomás apellido no sabe la amiga dice que es mayor que tendrá unos [[AGE|treinta años]]
O: su hija tiene celular
C: sí su número es [[PHONE_NUMBER|nueve seis cuatro dos uno ocho siete cero tres]] pero no contesta ya la he llamado como diez veces está apagado
O: señor voy a avisar ahora mismo a la policía para que vayan al terminal antes de que salga el bus usted no se enfrente con ese hombre
C: ya ya voy para allá igual yo también
O: la policía ya está avisada le vuelvo a llamar en media hora a este número para ver qué pasó
C: sí señorita por favor apúrense
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Junín", "at_risk", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Un padre denuncia que su hija adolescente está por viajar esa misma noche con un hombre adulto que "
          "conoció por redes sociales y que le ofreció trabajo de anfitriona en un bar. Se alertó a la policía para "
          "que intervenga en el terminal antes de la salida del bus, con seguimiento."))

call("h17-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le ayudo
C: buenos días señorita quería poner una denuncia contra mi patrón no me quiere pagar
O: cuénteme qué pasó señor
C: yo trabajo de albañil en una obra en [[LOCATION|san juan de miraflores]] y el ingeniero [[PERSON|saldarriaga]] me debe dos semanas ya me dice la otra semana la otra semana y nada
O: usted duerme en la obra o vive en su casa
C: no en mi casa vivo con mi señora y mis hijos
O: le han quitado algún documento o no lo dejan salir de la obra
C: no no nada de eso mi dni lo tengo yo entro y salgo normal solo que no me paga pues
O: alguien lo ha amenazado o golpeado
C: no señorita tampoco solo que ahora ya no me contesta el teléfono el ingeniero
O: y a otros compañeros les pasa lo mismo
C: a dos más también les debe pero ellos ya se fueron a otra obra
O: entiendo señor lo que usted me cuenta es un problema laboral por falta de pago no es un caso de trata de personas que es lo que atendemos en esta línea para reclamar su sueldo puede ir a la sunafil o al ministerio de trabajo ahí le orientan gratis y pueden citar al ingeniero
C: ah ya sunafil ya le voy a preguntar a mi cuñado dónde queda
O: también puede llamar a la línea del ministerio de trabajo y le dicen qué documentos llevar
C: ya señorita gracias
O: de nada señor que le vaya bien
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador de construcción llama para reclamar que su empleador le debe dos semanas de sueldo, sin "
          "retención de documentos, encierro ni amenazas. Se le explicó que no es un caso de trata y se le orientó "
          "a acudir a la inspección laboral."))

call("h17-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenas noches le escucho
C: buenas noches mire yo no sé si esto es para ustedes pero mi vecina tiene una chiquita en su casa que no es su hija
O: sí señora cuénteme dónde vive usted
C: en [[LOCATION|tingo maría]] por [[LOCATION|castillo grande]]
O: qué edad tiene la niña
C: chiquita es tendrá [[AGE|once]] no ya me dijo ella que tiene [[AGE|doce años]] la trajeron de una comunidad de arriba de [[LOCATION|monzón]] hace como un año
O: y qué es lo que ha visto usted
C: la chiquita hace todo en esa casa lava la ropa de todos cocina cuida al bebé de la señora barre la tienda desde las cinco de la mañana la escucho y no va al colegio la señora dice que es su ahijada
O: la niña está encerrada
C: no no está encerrada sale a comprar al mercado sola pero siempre apurada no puede conversar con nadie
O: le ha contado algo ella
C: una vez en la tienda me dijo bajito que quiere volver con su mamá pero que la señora le dice que le debe el pasaje y la ropa y que tiene que pagar trabajando
O: sabe si le pegan
C: eso no sé no he visto que le peguen pero le grita feo
O: sabe el nombre de la señora o la dirección
C: la señora se llama [[PERSON|nelly]] tiene una tienda de abarrotes en el [[ADDRESS|jirón callao frente al inicial]] y la niña se llama [[PERSON|maribel]] creo
O: gracias lo que cuenta es grave porque es una niña vamos a pasar el caso a la fiscalía de familia y a la unidad de protección especial para que la visiten le podemos llamar después para contarle cómo avanza
C: no no prefiero no dejar mi número señorita esa señora es conocida acá
O: está bien no hay problema su llamada es anónima si ve algo más puede volver a llamar
C: ya gracias señorita
""", note("witness", "report", ["domestic_servitude"], 1, True, ["female"], "Huánuco", "ongoing", "high",
          ["referral_legal"],
          "Una vecina reporta que una niña traída de una comunidad rural vive con una familia que no es la suya, hace "
          "todas las tareas domésticas, no va al colegio y le dicen que debe pagar con trabajo su pasaje y su ropa. "
          "Se deriva el caso a la fiscalía de familia y a la unidad de protección; la vecina prefirió no dejar contacto."))

call("h17-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué te puedo ayudar
C: aló buenas tardes una amiga me pasó este número yo quiero contar lo que me pasó
O: claro te escucho con calma estás en un lugar seguro ahora
C: sí ahorita estoy en la casa de mi tía en [[LOCATION|kimbiri]] me escapé hace cuatro días
O: de dónde te escapaste
C: de un campamento en el monte por [[LOCATION|pichari]] un señor que le dicen [[PERSON|zorro]] me ofreció trabajo de peón en una chacra de cacao cincuenta soles diarios pero cuando llegamos era para pisar hoja de coca en las pozas con químicos toda la noche
O: cuántos años tienes
C: [[AGE|diecisiete]]
O: te pagaban algo
C: no nada decía que primero tenía que pagar la comida y si alguien quería irse decía que nos iba a matar y a nuestra familia también había gente con armas
O: había otros chicos contigo allá
C: no yo era el único chico los demás eran gente del [[PERSON|zorro]]
O: cómo estás de salud
C: tengo los pies llagados por los químicos me arden bastante
O: lo que te pasó no es tu culpa tú eres una víctima no un delincuente voy a pasar tu caso a la fiscalía para que te den protección y vamos a coordinar para que te atiendan los pies en el centro de salud de [[LOCATION|kimbiri]] también te podemos buscar un albergue
C: no albergue no quiero me quedo con mi tía ella me cuida
O: está bien te llamo mañana a este número para decirte a qué hora te atienden
C: ya gracias señorita
""", note("victim", "help_request", ["forced_criminality"], 1, True, ["male"], "Cusco", "past", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Un adolescente cuenta que fue captado con una oferta de trabajo agrícola y obligado a pisar hojas de coca "
          "en pozas con químicos, sin pago y bajo amenazas de muerte, hasta que logró escapar. Se deriva a la fiscalía "
          "y a un centro de salud por lesiones en los pies, con seguimiento; no quiso ir a un albergue."))

call("h17-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días señorita yo llamé la semana pasada por mi hija [[PERSON|milagros]] la que estaba en el karaoke en [[LOCATION|camaná]]
O: sí señora me recuerda su nombre para ubicar el caso
C: [[PERSON|rosaura ticona]] de [[LOCATION|mollendo]]
O: ya ubiqué su caso cómo está su hija
C: ya está conmigo señorita gracias a dios la policía entró al karaoke [[DATE_TIME|el viernes]] y la sacaron a ella y a otras chicas ahora está acá en la casa
O: qué bueno señora y cómo está ella
C: de salud está bien pero no quiere comer llora en las noches no sale de su cuarto tiene [[AGE|dieciséis años]] nomás y dice que le da vergüenza volver al colegio por lo que la obligaban a tomar con los clientes y a irse con ellos
O: es normal después de lo que vivió ella necesita apoyo psicológico le voy a derivar al centro de salud mental comunitario de [[LOCATION|mollendo]] para que la atiendan gratis
C: ya señorita y la denuncia qué pasa con la denuncia me dijeron que tiene que ir a declarar
O: sí la fiscalía la va a citar para que su hija declare una sola vez en una sala especial con una psicóloga así no tiene que contar todo varias veces y usted tiene derecho a un abogado gratuito le voy a pasar su caso a la defensa pública para que le asignen uno
C: ah ya eso no sabía gracias
O: la llamo la próxima semana para ver si ya la citaron del centro de salud
C: ya señorita muchas gracias por todo
""", note("family_member", "follow_up", ["sexual"], 1, True, ["female"], "Arequipa", "past", "medium",
          ["referral_health", "referral_legal", "information_given", "follow_up_call"],
          "Una madre llama en seguimiento de un caso previo: su hija adolescente, obligada a beber y a salir con "
          "clientes en un karaoke, fue rescatada por la policía y ya está en casa, pero muestra afectación emocional. "
          "Se la deriva a salud mental y a defensa legal gratuita, se le explica cómo será la declaración y se hará "
          "seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h17-es-007", "es", "plain", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Soy profesora de primaria en una escuela de [[LOCATION|Huamanga]], mi nombre es [[PERSON|Elsa Cárdenas]]. Le llamo por un alumno mío de segundo grado.
O: Gracias por llamar, profesora. ¿Qué le preocupa?
C: El niño se llama [[PERSON|Yordi]], tiene [[AGE|8 años]]. Se duerme en clase todos los días, y hace dos semanas me contó que en las noches su tío lo lleva con su hermanita a los restaurantes y las discotecas del centro, a vender caramelos y a pedir plata a la gente, hasta las dos o tres de la mañana.
O: ¿Y la hermanita qué edad tiene?
C: Tiene [[AGE|5]]... no, [[AGE|6 años]], ya cumplió. Ella todavía no va a la escuela.
O: ¿Los niños viven con sus padres?
C: No, la mamá se fue a trabajar a [[LOCATION|Ica]] y los dejó con el tío hace un año. El tío les exige 30 soles cada noche. Ayer [[PERSON|Yordi]] llegó con el labio hinchado, y me dijo que el tío le pegó porque trajo solo 15.
O: ¿Sabe cómo se llama el tío o dónde viven?
C: Se llama [[PERSON|Teófilo]], el apellido no lo sé. Viven en el [[ADDRESS|asentamiento Villa Señor de los Milagros, manzana F, lote 9]].
O: ¿Ha podido hablar con la mamá?
C: No, no tengo su número. La directora me dijo que mejor llame aquí primero.
O: Hizo bien. Que un adulto obligue a niños tan pequeños a pedir dinero de noche y les pegue si no traen la cuota es una forma de explotación. Vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial de [[LOCATION|Ayacucho]] para que evalúen a los dos niños. ¿Me deja un número para contactarla?
C: Sí, mi celular es [[PHONE_NUMBER|966 318 042]].
O: Gracias, profesora [[PERSON|Elsa]]. La llamo en unos días para contarle qué se hizo. Por ahora no hable con el tío de esto, para no poner en riesgo a los niños.
C: De acuerdo. Gracias, ya no sabía qué hacer.
""", note("professional", "report", ["forced_begging"], 2, True, ["female", "male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una docente reporta que un alumno pequeño y su hermana menor son llevados cada noche por un familiar a "
          "vender caramelos y pedir dinero en locales nocturnos, con una cuota diaria y golpes si no la cumplen. Se "
          "deriva a la fiscalía de familia y a la unidad de protección, con seguimiento."))

call("h17-es-008", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señor. Le llamo de [[LOCATION|Chimbote]]. Tengo un puesto de jugos al lado de una cevichería, y ahí hay unos chicos de mi tierra que me dan mucha pena.
O: Cuénteme qué pasa con ellos.
C: Son dos... no, tres chicos, de [[LOCATION|Pallasca]], como yo. A la mamá de uno la conozco de toda la vida. Trabajan lavando platos y pelando pescado desde las seis de la mañana hasta medianoche, y duermen en el mismo local, en el segundo piso, sobre unas bancas.
O: ¿Qué edad tienen?
C: El más chico tiene [[AGE|14]], me dijo. Los otros, [[AGE|15]] y [[AGE|16]], más o menos.
O: ¿Les pagan?
C: El dueño dice que les manda la plata a los papás, pero la mamá que yo conozco no ha recibido nada en tres meses. Y no los deja llamar, les quitó los celulares "para que no se distraigan".
O: ¿Los chicos pueden salir del local?
C: Solo para botar la basura, y siempre los mira el cocinero. La semana pasada uno se quiso regresar a su pueblo y el dueño le dijo que lo iba a denunciar por robo.
O: ¿Cómo se llama la cevichería y dónde queda?
C: [[ORGANIZATION|Cevichería El Rey del Puerto]], en la [[ADDRESS|avenida Meiggs, cerca del mercado Modelo]]. El dueño es un señor [[PERSON|Paredes]].
O: Gracias. Son menores de edad, así que vamos a derivar el caso hoy mismo a la fiscalía y a la policía especializada en [[LOCATION|Chimbote]] para que intervengan. ¿Podemos llamarla luego a este número?
C: Sí, a este mismo. Pero que el señor no sepa que fui yo, por favor.
O: Su identidad queda en reserva. La llamaremos en estos días.
C: Gracias, joven. Dios quiera que los saquen de ahí.
""", note("acquaintance", "report", ["labour"], 3, True, ["male"], "Áncash", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una conocida reporta que tres adolescentes traídos de la sierra trabajan lavando platos y pelando pescado "
          "en un restaurante desde la madrugada hasta la medianoche, duermen en el local, no reciben pago y les "
          "quitaron los celulares. Se deriva a la fiscalía y a la policía especializada, con seguimiento."))

call("h17-es-009", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla [[PERSON|Liliana Zapata]], soy obstetra del hospital de [[LOCATION|Ferreñafe]]. Quiero reportar algo que está pasando con una paciente.
O: La escucho, licenciada.
C: Ayer atendimos el parto de una muchacha de [[AGE|19 años]], una bebita sana. Hoy en la mañana la escuché hablando por teléfono: decía que la pareja ya tenía la plata lista, 3000 soles, y que vienen a recoger a la bebé cuando le den el alta.
O: ¿Ha podido hablar con la madre?
C: Sí, conversamos con ella junto con la psicóloga. Llorando nos contó que una señora la buscó cuando estaba de seis meses, le pagaba el cuarto y la comida, y le dijo que una pareja que no puede tener hijos quería quedarse con la bebé y le iban a dar ese dinero. Ella dice que no tiene cómo criarla, que ya tiene dos hijos.
O: ¿Sabe quién es la señora que la contactó?
C: Solo sé que le dicen la [[PERSON|Gringa]] y que la llama del número [[PHONE_NUMBER|978 441 206]]. La muchacha nos dejó ver el celular.
O: ¿La mamá y la bebé siguen en el hospital?
C: Sí, las dos están acá. El alta está programada para mañana a [[DATE_TIME|las 10]].
O: ¿Alguien de la familia de la muchacha está con ella?
C: No, nadie. Solo la viene a ver esa señora.
O: Lo que describe puede ser la venta de una recién nacida, que es un delito y una forma de trata. Voy a pasar el caso ahora mismo a la fiscalía de familia para que pidan una medida de protección para la bebé antes del alta.
C: Ya informé a mi jefa de servicio. ¿Y la mamá? Tiene miedo de que la metan presa.
O: A ella también se la va a escuchar y apoyar. Mañana temprano la llamo para confirmar que la fiscalía se comunicó con el hospital. ¿A qué número la llamo?
C: Al [[PHONE_NUMBER|945 207 613]]. Gracias.
""", note("professional", "report", ["other"], 1, True, ["female"], "Lambayeque", "at_risk", "high",
          ["referral_legal", "follow_up_call"],
          "Una obstetra reporta que una joven que acaba de dar a luz acordó entregar a su bebé recién nacida a una "
          "pareja a cambio de dinero, por intermedio de una mujer que la mantuvo durante el embarazo, y que la "
          "recogerían al darle el alta. Se deriva a la fiscalía de familia para una medida de protección antes del "
          "alta, con seguimiento."))

call("h17-es-010", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Quiero denunciar a mi expareja por trata, se ha llevado a mi hijo.
O: Cuénteme qué pasó, señora.
C: [[DATE_TIME|El domingo]] le tocaba tener al niño, a [[PERSON|Thiago]], y no me lo ha devuelto. Se lo llevó a la casa de su mamá en [[LOCATION|Chosica]] y ahora dice que se queda con él.
O: ¿Cuántos años tiene su hijo?
C: [[AGE|5 años]].
O: ¿Sabe si el niño está bien? ¿Lo están haciendo trabajar, lo tienen encerrado, le han hecho daño?
C: No, no, eso no. Está bien, lo vi por videollamada, está con su abuela, jugando. Pero él no tiene derecho, no tenemos nada firmado.
O: ¿El papá le ha pedido dinero a cambio de devolverlo, o lo quiere llevar fuera del país?
C: No, plata no. Dice que quiere quedarse con él porque yo trabajo todo el día. Es terco nomás.
O: Entiendo que esté preocupada. Por lo que me cuenta, es un conflicto entre usted y el papá por la tenencia del niño, no es un caso de trata de personas, que es cuando captan o trasladan a alguien para explotarlo.
C: Ah, ya. O sea, no es acá.
O: No, señora, esta línea no ve...
C: Sí, sí, ya sé, la DEMUNA. Ya fui ayer, me dieron cita para [[DATE_TIME|el jueves]]. Solo quería ver si por acá era más rápido.
O: Entonces ya está en el lugar correcto con la DEMUNA. Que le vaya bien, señora.
C: Gracias, señorita. Disculpe la molestia.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Una madre llama para denunciar que el padre de su hijo pequeño no se lo devolvió tras una visita y lo tiene "
          "en casa de la abuela paterna, donde el niño está bien. Se le explicó que es un conflicto de tenencia y no un "
          "caso de trata; ella ya había acudido al servicio municipal correspondiente."))

# ------------------------------------------------ English ----
call("h17-en-011", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hi, good afternoon. Sorry, is it okay to speak English? I'm a career counsellor at a language institute in [[LOCATION|Trujillo]].
O: Yes, of course. How can I help?
C: My name is [[PERSON|Grace Okafor]]. Two of our students, a young man and a young woman, both [[AGE|21]], got a job offer through a Telegram group: customer service for an online company in [[LOCATION|Bangkok]], 1,500 dollars a month, English required, flights paid.
O: What else did they tell them?
C: That they'd fly to [[LOCATION|Thailand]] and then be driven "to the office near the border". No interview with anyone from the company, just a recruiter on voice notes. They want to leave on [[DATE_TIME|the 20th]].
O: Have they signed anything, paid anything, or sent documents?
C: They've sent passport scans already. No contract, just a PDF with a logo. They haven't paid anything, no.
O: Those are serious warning signs. There are known cases of young people recruited exactly like this, taken across the border into scam compounds, where their passports are taken and they're forced to run online frauds for long hours, and punished if they don't meet targets.
C: Yes, that's what I read in the news. That's why I'm calling. What should they do?
O: Our advice is not to travel. A real employer abroad gives a written contract and a work visa before the trip, not a car ride to a border. I can send you an information sheet for them, and they can call us directly, it's free.
C: That would be great. My e-mail is [[EMAIL_ADDRESS|g.okafor@iandino.edu.pe]].
O: I'll send it today. And ask them to save the chats; if the recruiter keeps pressuring them, that can be reported.
C: Thank you so much, really.
""", note("professional", "information_request", ["forced_criminality"], 2, False, ["female", "male"], "Thailand",
          "at_risk", "medium", ["information_given"],
          "A career counsellor asks about an online offer of customer service jobs abroad that two students want to "
          "accept, with flights paid, passport scans already sent and a transfer to a border area. The warning signs "
          "of recruitment into forced online scam work were explained and written guidance will be sent by e-mail."))

call("h17-en-012", "en", "plain", """
O: Línea contra la trata, good evening.
C: Good evening. I called on [[DATE_TIME|Monday]] about my husband's nephew, the boy on the cargo boat. My name is [[PERSON|Karen Pinedo]].
O: Yes, I have your case here. Has something changed?
C: Yes. [[PERSON|Jhair]] finally sent a voice message tonight. He says the boat docks at [[ADDRESS|Puerto Masusa]] in [[LOCATION|Iquitos]] tomorrow morning, around [[DATE_TIME|six a.m.]]
O: What else did he say?
C: That they make him load and unload cargo day and night, he sleeps on the deck, they haven't paid him anything in two months, and the captain says he owes for his food. There are two other boys with him, from [[LOCATION|Nauta]], more or less his age. He's [[AGE|16]]. And the captain took his phone, he borrowed a passenger's to send the message.
O: Did he say if anyone has been hurt?
C: He said the captain's son hit one of the other boys with a rope when he dropped a sack. He wants to get off tomorrow, but they told him he can't leave until the debt is paid.
O: Thank you, this is important. I'm going to alert the police at the port right now so they're there when the boat docks. Do you know the boat's name?
C: It's the [[ORGANIZATION|Estrella del Marañón]]. It's blue and white, two decks.
O: Good. I'll also add this to the report at the prosecutor's office. Can [[PERSON|Jhair]] be reached at all?
C: No, not unless he borrows a phone again. I'll tell him to go straight to the police when he sees them.
O: That's right. I'll call you tomorrow after the boat arrives.
C: Thank you. His mother hasn't slept in days.
""", note("family_member", "follow_up", ["labour"], 3, True, ["male"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "A relative follows up on an earlier report: a teenage boy and two other boys work day and night unpaid on a "
          "river cargo boat over an alleged food debt, without their phones, and one was beaten. Police were alerted "
          "to meet the boat when it docks, the new details go to the prosecutor, and a follow-up call was agreed."))

# ------------------------------------------------ Portuguese ----
call("h17-pt-013", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde... desculpe, a senhora fala português? Eu não falo bem espanhol.
O: Un poquito, sí. Pode falar devagar.
C: Meu nome é [[PERSON|Josiane]]. Eu sou de [[LOCATION|Manaus]]. Vim para [[LOCATION|Lima]] há oito meses para trabalhar de babá numa família brasileira que mora em [[LOCATION|San Isidro]].
O: ¿Qué está pasando?
C: Eles ficaram com meu passaporte "para guardar". Eu trabalho das seis da manhã até meia-noite, cuido das duas crianças, limpo, cozinho, passo a roupa. Prometeram 600 dólares por mês, mas só pagaram o primeiro mês. Dizem que o resto vão pagar quando eu voltar ao [[LOCATION|Brasil]].
O: ¿Usted puede salir de la casa?
C: Só na minha folga, umas horas. Hoje a patroa me mandou comprar pão, por isso estou ligando da padaria. Mas eu não conheço ninguém aqui, não tenho dinheiro.
O: ¿Alguien la ha golpeado o amenazado?
C: Não, bater não. Mas a patroa diz que se eu for embora ela vai dizer à polícia que eu roubei joias, e que eu vou presa aqui.
O: Eso no es verdad, usted tiene derechos aquí. ¿Quiere salir de esa casa?
C: Quero, sim. Mas preciso do meu passaporte.
O: Podemos ofrecerle un albergue, um abrigo, donde puede quedarse segura, y una abogada para recuperar su pasaporte y el dinero que le deben. ¿Cuándo puede salir?
C: Na minha folga, de tarde. Aí eu posso sair sem ela perceber.
O: Entonces ese día la recogemos. ¿Tiene un número?
C: Sim, meu WhatsApp: [[PHONE_NUMBER|+55 92 99184 3370]]. Só mensagem, por favor.
O: Le escribo antes para coordinar la hora y el lugar.
C: Obrigada, muito obrigada.
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "medium",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una trabajadora extranjera cuenta que trabaja como niñera y empleada doméstica para una familia en jornadas "
          "extenuantes, sin pago desde el primer mes, con su pasaporte retenido y amenazas de una denuncia falsa si se "
          "va. Se coordina su salida hacia un albergue en su día libre y asesoría legal, con seguimiento por mensaje."))

# ------------------------------------------------ code-switching ----
call("h17-cs-014", "es", "code_switching", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Hi, buenas noches. Sorry, mi español está un poco rusty, I grew up in [[LOCATION|Houston]]. Le llamo por mi sobrina, she lives in [[LOCATION|Chincha]] with my sister.
O: No se preocupe, la entiendo bien. ¿Qué le pasa a su sobrina?
C: Ella tiene [[AGE|17]]. She has this boyfriend, he's like [[AGE|25]], y él la está obligando a hacer videollamadas con hombres, like, sexual stuff, y los hombres le pagan a él por Yape. I found out because she messaged me crying last night.
O: ¿Ella le contó cómo la obliga?
C: He says que si no lo hace, va a mandar unas fotos íntimas de ella a su familia y al colegio. He's got her password, he controls her Instagram. Y también vende los videos en un grupo de Telegram, ella vio el link.
O: ¿Sabe el nombre de él o su cuenta?
C: Le dicen [[PERSON|Dante]], his account is [[OTHER_ID|@dante.chk]]. Ella no quiere que sepa su mamá, but I think my sister has to know, right?
O: Sí. Como es menor de edad, su mamá tiene que saberlo, y es muy importante que no borren nada: capturas de pantalla, los mensajes, el link del grupo. Vamos a derivar el caso a la fiscalía y a la división de ciberdelincuencia de la policía.
C: Okay. ¿Y ella va a tener problemas? She's so scared.
O: No, ella es la víctima, no ha hecho nada malo. También podemos conseguirle apoyo psicológico si ella quiere.
C: I'll ask her, but she said she doesn't want to talk to anyone yet.
O: Está bien, no hay apuro con eso. ¿Me deja un número para volver a llamarla?
C: Sure, it's [[PHONE_NUMBER|+1 832 555 0147]], WhatsApp is best.
O: La llamo mañana para ver cómo les fue hablando con su hermana.
C: Thank you so much, gracias de verdad.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Ica", "ongoing", "high",
          ["information_given", "referral_legal", "follow_up_call"],
          "Una tía que vive en el extranjero reporta que su sobrina adolescente es obligada por su pareja adulta a hacer "
          "videollamadas sexuales con hombres que le pagan a él, bajo amenaza de difundir fotos íntimas, y que él vende "
          "los videos en redes. Se orientó a conservar las pruebas e informar a la madre, y se deriva a la fiscalía y a "
          "la policía de ciberdelincuencia, con seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h17-qu-015", "es", "andean_quechua", """
O: Línea contra la trata, buenos días.
C: Allillanchu, señorita... buenos días. De [[LOCATION|Lircay]] estoy llamando, de la comunidad de más arriba. Teléfono de la señora de la tienda estoy prestando.
O: Buenos días, mamá. La escucho, hable con calma nomás.
C: Mi nietecita, mi [[PERSON|Yolanda]], [[AGE|catorce añitos]] nomás tiene. Su papá quiere darle a un señor de la mina, para su warmi, dice. Ese señor le ha dado plata a mi hijo, y dos vaquitas también le va a dar.
O: ¿Cuántos años tiene ese señor?
C: Mayor ya es, de [[AGE|cuarenta años]] será. Mi nietecita waqan nomás, llora y llora, no quiere ir. Al colegio quiere seguir yendo.
O: ¿Ya se la llevaron, o todavía está con usted?
C: Manam, todavía no. Conmigo está, en mi wasi duerme. Pero para la fiesta, [[DATE_TIME|el domingo]], dice que va a venir ese señor a llevársela a su casa.
O: ¿Su hijo le ha pegado a la niña o la ha amenazado?
C: A mí nomás me ha gritado, "mamá, tú no te metas", diciendo. A la niña no le ha pegado, no.
O: Mamá, eso que quiere hacer su hijo no está permitido. Una niña de [[AGE|catorce años]] no puede ser entregada a un hombre, y menos por plata o por animales. Vamos a pasar el caso hoy a la fiscalía de familia y a la DEMUNA de [[LOCATION|Lircay]] para que protejan a su nieta antes de la fiesta.
C: Ay, sulpayki, señorita. Pero que mi hijo no sepa que yo he llamado, por favor.
O: No va a saber. ¿A este número la puedo llamar mañana?
C: Sí, a la tienda de doña [[PERSON|Felícita]]. Ella me avisa nomás.
O: Ya, mamá. Mañana la llamo. Cuide a su nietecita.
C: Ya, señorita. Diospagarasunki.
""", note("family_member", "report", ["other"], 1, True, ["female"], "Huancavelica", "at_risk", "high",
          ["referral_legal", "follow_up_call"],
          "Una abuela reporta que su hijo pretende entregar a su nieta adolescente como pareja a un hombre adulto a "
          "cambio de dinero y animales, y que el hombre vendría a llevársela en los próximos días. Se deriva el caso a "
          "la fiscalía de familia y a la defensoría municipal del niño para su protección, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h17-ve-016", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor, disculpa, ¿aquí ayudan a la gente que la tienen trabajando a la fuerza? Es que estoy trancada, chama.
O: Sí, aquí la ayudamos. ¿Está en peligro en este momento? ¿Dónde está?
C: En [[LOCATION|Sullana]], en la [[ORGANIZATION|Picantería El Algarrobo]], en la [[ADDRESS|calle San Martín, al ladito del grifo]]. Yo duermo aquí atrás, en un depósito. La señora cerró el portón con candado y se fue, y no me deja salir hasta mañana.
O: ¿Está usted sola?
C: Sí, sola. Bueno, hay otra muchacha que trabaja aquí, peruana, pero ella vive en su casa, ella sí se va en la noche.
O: ¿Desde cuándo trabaja ahí y qué le pasa?
C: Tres meses, vale. La señora me trajo de [[LOCATION|Tumbes]], me dijo que me pagaba 900 soles. Trabajo de cinco de la mañana a once de la noche, cocinando, lavando ollas, atendiendo, y no me ha pagado ni medio, dice que le debo el pasaje y el cuarto. Y me quitó el pasaporte. Hoy le dije que me quería ir y me empujó contra la pared y me dijo que me echa a migraciones.
O: ¿Tiene algún golpe, está herida?
C: No, herida no, el brazo me duele un poquito nomás. No es nada.
O: ¿Cuántos años tiene usted?
C: [[AGE|Veintiséis]].
O: Está bien. Voy a avisar ahora mismo a la policía de [[LOCATION|Sullana]] para que vayan a sacarla, y después la llevamos a un albergue esta noche. ¿Cómo se llama usted?
C: [[PERSON|Yuleisy]]. Mi número es este, [[PHONE_NUMBER|935 702 418]], es un celular viejito que escondí.
O: Gracias, [[PERSON|Yuleisy]]. Quédese en el depósito y no cuelgue hasta que llegue la policía.
C: Dale, mi vida, gracias. Qué vaina, nunca pensé que me iba a pasar esto.
""", note("victim", "help_request", ["labour"], 1, False, ["female"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una mujer migrante llama desde un restaurante donde trabaja jornadas extenuantes sin pago por una supuesta "
          "deuda, con su pasaporte retenido, y donde la dueña la dejó encerrada con candado tras empujarla. Se alertó a "
          "la policía para sacarla de inmediato y se coordina un albergue para esa noche."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
