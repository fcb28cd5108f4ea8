#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout23.jsonl: 16 fictional, labelled hotline calls for a one-off generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: /work/shared/eval/LABELS.md (fields, allowed
values), /work/shared/eval/make_dev.py (annotation conventions, examples, check())
and the builder copy make_heldout.py next to this file (call()/note()/build() and
markup only; none of its calls' wording is reused).

Mix: 5 lowercase unpunctuated Whisper-style Spanish transcripts, 5 cased Spanish,
2 English, 2 Portuguese (one Brazilian, one from Portugal), 1 Venezuelan Spanish,
1 Andean Spanish with Quechua words. Call types: reports by relatives, neighbours,
witnesses and professionals; victims asking for help; an information request; two
follow-up calls on earlier cases; two calls that are not trafficking (a wage
dispute, a phone extortion scam); one call where the caller hangs up early.
Regions spread over Peru plus one case abroad (Portugal). Exploitation: sexual,
labour, domestic servitude, forced criminality; ongoing, past and at-risk cases.

All people, phone numbers, IDs, plates, businesses and street addresses are
invented; any resemblance to real ones is accidental.
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout23.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h23-low-01", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló sí buenas noches señorita disculpe es que no sé si es aquí donde tengo que llamar
O: sí dígame con confianza qué está pasando
C: es por una amiga mía [[PERSON|yanet]] ella se fue a [[LOCATION|tacna]] hace como un mes le dijeron que era para atender en una tienda de ropa por la zona de las ferias
O: ya y qué le ha contado su amiga
C: que no es tienda pues es como un bar una discoteca y que la hacen tomar con los clientes y a veces la hacen salir con ellos y ella no quiere pero dice que debe el pasaje y el cuarto
O: cuántos años tiene su amiga
C: [[AGE|dieciséis]] estamos en el mismo colegio bueno estábamos porque ella ya no viene
O: sabe el nombre del local o en qué parte de [[LOCATION|tacna]] queda
C: no sé bien el nombre me dijo algo de la jungla o de la selva algo así no me acuerdo
O: y usted está en un lugar seguro ahora desde dónde llama
C: estoy en mi casa en [[LOCATION|ilo]] ella me escribe por whatsapp a veces en la madrugada de un número que no es el suyo y después borra los mensajes
O: tiene algún número donde la podamos ubicar a usted
C: el mío es [[PHONE_NUMBER|952 417 380]] el de ella ya no suena sale apagado
O: ya lo anoté y su amiga le ha dicho si le quitaron su dni o si la dejan salir
C: espere un ratito señorita ya llegó mi papá él no sabe que estoy llamando después le llamo ya
O: aló sigue ahí si no puede hablar ahora no se preocupe nosotros la llamamos más tarde
O: aló aló se cortó la llamada
""", note("acquaintance", "report", ["sexual"], 1, True, ["female"], "Tacna", "ongoing", "high",
          ["follow_up_call"],
          "Una joven llama por una amiga menor de edad que viajó por una oferta de trabajo en una tienda y "
          "terminó en un bar donde la obligan a beber con clientes y a salir con ellos por una supuesta deuda. "
          "La llamada se cortó antes de obtener el nombre del local; se dejó un número para devolver la llamada."))

call("h23-low-02", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes
C: buenas tardes señorita yo le llamo para poner una denuncia contra mi empleador
O: claro señor cuénteme qué pasa
C: yo trabajo de albañil en una constructora en [[LOCATION|chiclayo]] la [[ORGANIZATION|constructora los algarrobos]] ya hace cinco meses y ya van dos meses que no nos pagan a nadie somos como veinte compañeros
O: ya entiendo y ustedes siguen yendo a trabajar
C: sí porque el ingeniero dice que la otra semana ya paga que la empresa está esperando un cheque pero cada semana es lo mismo
O: le han quitado algún documento su dni algo así
C: no no el dni lo tengo yo
O: y usted puede dejar de ir si quiere puede irse a su casa renunciar
C: sí eso sí yo duermo en mi casa con mi familia en [[LOCATION|josé leonardo ortiz]] nadie me obliga pero necesito mi plata pues señorita tengo tres hijos y el alquiler
O: alguien le ha amenazado o le ha golpeado por reclamar
C: no golpear no solo que el ingeniero se hace el loco y dice que el que no quiera esperar que se vaya
O: mire señor lo que me cuenta es un problema laboral serio pero no es un caso de trata esta línea atiende casos donde a las personas las captan y las obligan a trabajar o no las dejan salir
C: ah ya y entonces a dónde voy
O: puede ir a la sunafil o a la dirección regional de trabajo con sus compañeros lleven sus fotochecks boletas o cualquier prueba de que trabajan ahí y también pueden pedir una conciliación
C: y eso es gratis o tengo que pagar abogado
O: es gratuito y ahí mismo le orientan no necesita abogado para empezar
C: ya señorita muchas gracias disculpe la molestia
O: ninguna molestia si alguna vez les retienen sus documentos o no los dejan salir de la obra llame de nuevo
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un trabajador de construcción consulta porque la empresa adeuda dos meses de salario a él y a sus "
          "compañeros, sin retención de documentos ni restricciones de movimiento. Se le explicó que no es un caso "
          "de trata y se le orientó a la autoridad de trabajo."))

call("h23-low-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días le saluda la operadora
C: buenos días señorita yo llamé hace como tres semanas por mi hermano el que se lo llevaron a trabajar a la selva de [[LOCATION|ayacucho]]
O: sí señora me puede recordar su nombre y el de su hermano para buscar el caso
C: yo soy [[PERSON|elva huamaní]] y mi hermano es [[PERSON|rubén huamaní]] tiene [[AGE|diecisiete años]] lo llevaron a [[LOCATION|llochegua]] diciendo que era para la cosecha de cacao y lo hacían cargar paquetes de droga por el monte
O: ya ubiqué el caso señora qué ha pasado desde esa vez
C: ya regresó señorita gracias a dios llegó [[DATE_TIME|el sábado en la noche]] a la casa en [[LOCATION|huamanga]] dice que se escapó cuando estaban bajando a [[LOCATION|huanta]] que caminó dos días
O: qué bueno que está con ustedes cómo está él
C: flaquito tiene los pies heridos y no quiere hablar no duerme se levanta gritando y tiene miedo de salir a la calle
O: alguien los ha buscado o los han amenazado
C: ayer llamaron a mi celular un número desconocido preguntando por él dijeron que él sabe lo que debe y colgaron
O: entiendo eso es importante anotarlo recuerda el número
C: sí lo guardé es [[PHONE_NUMBER|931 562 804]]
O: bien señora su hermano es víctima no tiene que responder por lo que le obligaron a hacer voy a informar a la fiscalía que ya apareció y de la amenaza para que pidan medidas de protección
C: y la fiscalía nunca me llamó señorita por eso estaba desesperada
O: lo voy a reiterar hoy mismo además le voy a derivar a un abogado gratuito y a un psicólogo para su hermano y que lo vean en el centro de salud por los pies
C: ya señorita muchas gracias sigo con el mismo número
O: perfecto la llamamos pasado mañana para ver cómo van si vuelven a llamar o ven gente rara cerca de la casa llame al 105 y a nosotros
""", note("family_member", "follow_up", ["forced_criminality"], 1, True, ["male"], "Ayacucho", "past", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una hermana llama en seguimiento de un caso previo: su hermano adolescente, obligado a transportar droga "
          "en la selva, logró escapar y volvió a casa con heridas y muy afectado, y la familia recibió una llamada "
          "amenazante. Se informa a la fiscalía para pedir protección y se deriva a asesoría legal y atención de salud."))

call("h23-low-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: buenas noches jefa mire yo soy mototaxista acá en [[LOCATION|tarapoto]] y estoy viendo algo ahorita mismo que no me gusta nada
O: dígame qué está viendo está usted seguro
C: sí estoy en mi moto al frente del [[ORGANIZATION|hospedaje el mirador]] en el [[ADDRESS|jirón leoncio prado cuadra 9]] acaba de llegar un carro plomo con un señor mayor y dos chiquitas con uniforme de colegio
O: qué edad cree que tienen las chicas
C: unos [[AGE|catorce quince]] nomás jefa bien chibolas y no es la primera vez [[DATE_TIME|el viernes pasado]] trajo a otra más chiquita y siempre entran por la puerta de atrás
O: alcanzó a ver la placa del carro
C: sí la apunté es [[OTHER_ID|a h u cinco uno dos]] un toyota plomo
O: conoce al señor o sabe cómo le dicen
C: le dicen el [[PERSON|mono]] es el que maneja una combi de la línea que va a [[LOCATION|lamas]] a las chicas las recoge por el colegio a la salida les compra cosas
O: las chicas entraron por su voluntad o las vio forzadas
C: una iba como mareadita la otra la jalaba del brazo no sé jefa pero eso no es normal pues
O: hizo muy bien en llamar voy a comunicar ahora mismo a la policía para que vayan al hospedaje por favor no entre ni lo confronte
C: no no yo me quedo acá en la esquina nomás
O: me deja un número por si la policía necesita ubicarlo puede no darme su nombre
C: [[PHONE_NUMBER|nueve cuatro dos seis uno ocho tres cero siete]] pero que no sepan que soy yo porque acá todos nos conocemos
O: su identidad queda reservada si el carro sale con las chicas llámenos de inmediato en un rato le devolvemos la llamada
C: ya jefa gracias
""", note("witness", "report", ["sexual"], 3, True, ["female"], "San Martín", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Un conductor anónimo reporta que en ese momento un hombre adulto ingresó a un hospedaje con dos "
          "adolescentes en uniforme escolar, y que antes llevó a otra menor. Aportó la placa del vehículo y se "
          "alertó a la policía para una intervención inmediata."))

call("h23-low-05", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué la puedo ayudar
C: buenas tardes mi nombre es [[PERSON|rocío tantaleán]] soy tutora en el colegio [[ORGANIZATION|josé gálvez]] de [[LOCATION|celendín]] y quería hacer una consulta
O: claro profesora dígame
C: lo que pasa es que varios chicos de quinto de secundaria están recibiendo mensajes por facebook de una página que ofrece trabajo en minas les dicen que van a ganar 2500 soles al mes que no necesitan documentos ni experiencia
O: qué más dice la oferta
C: que el pasaje lo ponen ellos que los recogen en el paradero de la carretera y que los llevan directo al campamento pero no dicen dónde es la mina dicen que es por la costa nomás
O: algún alumno ya ha viajado
C: todavía no pero hay dos que ya tienen fecha para irse después de la clausura uno tiene [[AGE|dieciséis]] y el otro [[AGE|diecisiete]] y los papás no saben
O: son señales de alerta de captación el pago alto sin requisitos el pasaje pagado el recojo en la carretera y que no digan el lugar exacto a menores de edad no se les puede contratar en minería
C: eso pensé yo pero qué hago les hablo a los papás no quiero meter en problemas a los chicos
O: lo mejor es conversar con los padres hoy mismo junto con la dirección y avisar a la demuna guarden capturas de la página y de los mensajes y si quiere nos las puede reenviar para pasarlas a la policía
C: ya y ustedes dan charlas porque esto les está llegando a todos los chicos
O: sí podemos coordinar una charla para los estudiantes y los padres le dejo el correo del área de prevención y la llamamos la próxima semana para ver cómo siguió
C: mi número es [[PHONE_NUMBER|976 208 415]] profesora [[PERSON|rocío]] nomás
O: perfecto profesora gracias por estar atenta a sus alumnos
""", note("professional", "information_request", ["labour"], 2, True, ["male"], "Cajamarca", "at_risk", "medium",
          ["information_given", "follow_up_call"],
          "Una docente consulta porque varios estudiantes reciben por redes sociales ofertas de trabajo en minas "
          "con pasaje pagado y sin requisitos, y dos adolescentes ya planean viajar sin que sus padres lo sepan. "
          "Se explicaron las señales de captación, se recomendó informar a los padres y guardar evidencias, y se "
          "ofreció una charla con seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h23-cased-01", "es", "cased", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita... este... no sé si me pueden ayudar. Estoy llamando de una bodega, le pedí el teléfono a la señora que atiende.
O: Claro que sí, la escucho. ¿Puede hablar tranquila ahora?
C: Unos minutos nomás, salí a comprar el pan. Yo trabajo en una casa en [[LOCATION|Cayma]], en [[LOCATION|Arequipa]], de empleada, cama adentro. Soy de [[LOCATION|Bagua]].
O: ¿Cómo se llama y cuántos años tiene?
C: [[PERSON|Yesenia]]. Tengo [[AGE|19 años]]. Me trajo una señora de mi pueblo, dijo que me iban a pagar 900 soles y que los domingos iba a poder estudiar. Pero ya son ocho meses y solo me pagaron el primer mes.
O: ¿Qué horario tiene?
C: Me levanto a las cinco, cocino, lavo, llevo a los niños al colegio, plancho... hasta las once, doce de la noche. No tengo día libre. Y la señora [[PERSON|Lucía]] tiene mi DNI, dice que es para que no me pierda.
O: ¿La dejan salir sola?
C: No, solo a la bodega o al mercado, y con la mamá de la señora. Hoy justo ella se quedó en el carro. Cuando me quise ir en [[DATE_TIME|diciembre]] me dijo que si me iba me denunciaba por robo, que le faltaron unas joyas. Yo no he robado nada, señorita.
O: Le creo, [[PERSON|Yesenia]]. Lo que me cuenta es muy grave: no pagarle, quitarle su documento y amenazarla con una denuncia falsa. ¿Quiere salir de esa casa?
C: Sí... sí quiero. Pero no tengo plata ni a dónde ir.
O: Podemos llevarla a un albergue y una abogada la puede ayudar a recuperar su DNI y lo que le deben. ¿Cuándo podría salir sin que la vean?
C: [[DATE_TIME|El domingo]], en la mañana se van a misa y a almorzar donde la suegra, vuelven en la tarde.
O: Bien. [[DATE_TIME|El domingo en la mañana]] coordinamos con la policía y el albergue para recogerla en la casa. ¿Me da la dirección?
C: Es en la [[ADDRESS|urbanización Los Ángeles, calle Las Magnolias 312]], la casa de rejas blancas.
O: ¿Hay algún número al que le podamos escribir?
C: No tengo celular, me lo quitaron. Mejor yo llamo [[DATE_TIME|el sábado]] de la bodega, a esta hora.
O: Muy bien, [[DATE_TIME|el sábado]] espero su llamada para confirmar. Si antes pasa algo o la amenazan, llame al 0800-2-3232 desde cualquier teléfono, es gratis.
C: Ya, señorita. Gracias. Ya me voy, que me está esperando.
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Arequipa", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
          "Una joven trabajadora del hogar cama adentro llama a escondidas: trabaja jornadas extenuantes sin día "
          "libre, no le pagan desde hace meses, le retienen el documento y la amenazan con una denuncia falsa si se "
          "va. Se planificó recogerla con la policía y llevarla a un albergue, con asesoría legal."))

call("h23-cased-02", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Señorita, señorita, ayúdeme, por favor. Me acaban de llamar, dicen que tienen a mi hijo, que le van a hacer daño si no deposito plata.
O: Tranquilo, señor. Cuénteme despacio. ¿Quién lo llamó?
C: Un hombre. Me dijo "papá, papá" llorando primero, y después agarró el teléfono otro y me dijo que tienen a mi hijo, que le yapee 2000 soles a este número, que no avise a la policía.
O: ¿Me dice el número que le dieron?
C: Acá lo tengo anotado: [[PHONE_NUMBER|918 340 762]].
O: ¿Cómo se llama su hijo? ¿Ha podido comunicarse con él?
C: [[PERSON|Giancarlo]]. No, no he llamado, me dijeron que si cuelgo lo matan... Ay, Dios mío.
O: Señor, ¿tiene otro teléfono en la casa para llamar a su hijo mientras hablamos?
C: Sí, mi señora tiene su celular. Espere... [[PERSON|Maruja]], llama a [[PERSON|Giancarlo]], rápido.
O: Le espero, no cuelgue.
C: Ya contestó... está en su trabajo, señorita, está bien, está en la oficina. No le ha pasado nada. Uy, qué susto, me temblaban las manos.
O: Qué bueno que está bien. Lo que le pasó es una estafa muy común, una extorsión telefónica: hacen escuchar una voz llorando y presionan para que deposite rápido. No tiene que ver con trata de personas.
C: Casi le mando la plata, señorita. Ya tenía abierto el Yape.
O: No deposite nada. Bloquee ese número y haga la denuncia en la comisaría o en la división de estafas de la policía, con el número que le dieron. Si vuelven a llamar, cuelgue y llame al 105.
C: Ya, señorita. Discúlpeme, no sabía a dónde llamar, marqué el primer número que vi en un afiche.
O: No se preocupe, hizo bien en pedir ayuda. Que tenga buena noche.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un padre llama alarmado porque le exigieron un depósito diciendo que tenían secuestrado a su hijo; "
          "durante la llamada comprobó que el hijo estaba bien. Se le explicó que era una extorsión telefónica sin "
          "relación con la trata y se le orientó a denunciar ante la policía."))

call("h23-cased-03", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Le habla [[PERSON|Milagros Ayala]], soy obstetra del centro de salud de [[LOCATION|Castillo Grande]], en [[LOCATION|Tingo María]]. Estoy llamando porque tengo un caso ahorita en consulta.
O: Dígame, obstetra.
C: Vino una chica gestante, de [[AGE|14 años]], con un señor que dice que es su esposo. Él tendrá unos [[AGE|35]], [[AGE|40]]. Él quería entrar a la consulta, pero no lo dejamos, y ahí, a solas, la chica se puso a llorar.
O: ¿Qué le contó?
C: Que él la trajo de su comunidad hace un año, le dijo a su mamá que la iba a poner a trabajar en su restaurante. Pero es un bar, atiende cerveza en la noche, y él la hace estar con los amigos y con clientes, le cobran a los hombres. Ella dice que no puede irse porque él tiene su partida y le dice que le debe.
O: ¿Dónde está el señor en este momento?
C: Afuera, en la sala de espera. Ya preguntó dos veces por qué demoran. Yo le he dicho que estamos haciendo una ecografía.
O: Muy bien hecho. ¿Sabe el nombre del bar o cómo se llama él?
C: Ella le dice Tío [[PERSON|Faustino]]. El bar se llama [[ORGANIZATION|El Rincón Huallaguino]], en la salida a [[LOCATION|Aucayacu]]. Dice que hay otras chicas, pero ella no sabe sus edades.
O: Voy a pedir ahora mismo que la policía vaya al centro de salud. Mientras tanto, mantenga a la chica dentro del consultorio, con alguien de su confianza, y no le diga nada al señor.
C: Ya. El jefe del establecimiento ya está enterado.
O: También aviso a la fiscalía de familia para que la adolescente vaya a un albergue y no regrese con él. ¿Me da un número directo?
C: Mi celular, [[PHONE_NUMBER|962 785 130]].
O: Gracias. La policía va en camino; le devuelvo la llamada en diez minutos para confirmar. Si él intenta llevársela, llame al 105.
C: Entendido. Gracias, la chica está muy asustada.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Huánuco", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
          "Una obstetra reporta que atiende a una adolescente gestante traída por un hombre adulto que la explota "
          "sexualmente en su bar, le retiene el documento y le impone una deuda; el hombre espera fuera del "
          "consultorio. Se envió a la policía al establecimiento y se coordina con fiscalía de familia un albergue."))

call("h23-cased-04", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le ayudo?
C: Buenas noches, señor. Yo llamé [[DATE_TIME|el jueves pasado]] por el taller de costura de al lado de mi casa, en [[LOCATION|La Victoria]]. Donde tenían a los chicos trabajando encerrados.
O: Sí, señora. ¿Me da su nombre para ubicar el reporte?
C: [[PERSON|Teodora]]. [[PERSON|Teodora Sulca]]. Dejé mi número esa vez.
O: Sí, aquí está. Figura que la policía fue [[DATE_TIME|el sábado]]. ¿Qué ha pasado?
C: Eso le quería decir. La policía fue, sí, pero ya no había nadie. Se los llevaron [[DATE_TIME|el viernes en la madrugada]], yo vi un camión, subieron las máquinas y a los chicos, ahí mismo, con las máquinas.
O: ¿Sabe a dónde se los llevaron?
C: Sí, porque mi sobrino trabaja de cargador y conoce al chofer. Dice que los llevaron a [[LOCATION|San Juan de Lurigancho]], a una casa en [[ADDRESS|la avenida Próceres, altura del paradero 7, un edificio de cuatro pisos sin tarrajear con un portón marrón]].
O: ¿Cuántas personas eran, recuerda?
C: Como ocho, chicos y chicas, de la sierra parece, hablaban quechua entre ellos. Dos o tres se ven menorcitos, de [[AGE|quince]], [[AGE|dieciséis]] a lo mucho. Nunca salían, ni para comprar. El dueño es uno que le dicen [[PERSON|Pelacho]].
O: ¿Su sobrino estaría dispuesto a hablar con la policía?
C: Uy, no sé, tiene miedo de perder su trabajo. Pero la dirección es esa, él me la dijo clarito.
O: Está bien, no es necesario que él se presente. Voy a agregar esta información al caso y pasar la nueva dirección ahora a la policía especializada para que intervengan.
C: Que vayan rápido, señor, porque si se enteran se los vuelven a llevar.
O: Así es, lo marco como prioritario. ¿Sigue con el mismo número?
C: Sí, el mismo.
O: Mañana la llamo para contarle. Gracias por no dejar pasar esto, señora [[PERSON|Teodora]].
""", note("witness", "follow_up", ["labour"], 8, True, ["female", "male"], "Lima", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una vecina llama en seguimiento de su reporte sobre un taller de costura donde jóvenes, algunos "
          "adolescentes, trabajaban encerrados: cuando llegó la policía el taller ya había sido trasladado. Aporta "
          "la nueva ubicación, que se pasa con prioridad a la policía especializada."))

call("h23-cased-05", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, hijita. Disculpe, yo soy una señora mayor, no sé bien cómo es esto. Es por mi nieta.
O: No se preocupe, señora, la escucho con calma. ¿Qué pasa con su nieta?
C: Mi nieta, [[PERSON|Kiara]], vive conmigo en [[LOCATION|Tumbes]], su mamá trabaja en [[LOCATION|Lima]]. Tiene [[AGE|15 años]]. Desde hace como dos meses la viene a buscar un hombre en moto, en la noche, y ella regresa de madrugada.
O: ¿Sabe quién es el hombre?
C: Le dicen [[PERSON|Chino]]. Es mayor, tendrá unos [[AGE|treinta y tantos]]. Y ella llega con plata, con un celular nuevo, con ropa. Yo le pregunto y me grita, me dice que trabaja de anfitriona.
O: ¿Ella le ha contado a alguien más?
C: A su prima sí. Le contó que la lleva a una discoteca en [[LOCATION|Zarumilla]], que baila para los señores y que a veces tiene que "atenderlos" en unos cuartos atrás. Y que el [[PERSON|Chino]] se queda con la mitad. Ay, hijita, yo no sabía a quién decir.
O: Hizo muy bien en llamar. ¿Sabe el nombre de la discoteca?
C: La prima dice que es [[ORGANIZATION|Mar Azul]], frente al grifo, pasando el puente.
O: ¿Su nieta sigue yendo al colegio?
C: Ya casi no va. Duerme todo el día.
O: Señora, lo que me cuenta es explotación sexual de una menor, aunque ella diga que lo hace por su voluntad. Vamos a derivar el caso a la policía y a la fiscalía de familia de [[LOCATION|Tumbes]]. Le recomiendo también acercarse a la DEMUNA, y si puede, anote la placa de la moto.
C: La moto es roja, la placa no la he visto bien. ¿Y a ella la van a llevar presa?
O: No, señora, ella es la víctima. Lo que se busca es protegerla y que el responsable responda. ¿A qué número la podemos llamar?
C: A este de mi vecina, [[PHONE_NUMBER|972 051 486]]. Yo me llamo [[PERSON|Eulalia]].
O: Gracias, señora [[PERSON|Eulalia]]. Esta semana la llamamos para ver cómo va todo.
C: Gracias, hijita. Que Dios la bendiga.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Tumbes", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela reporta que su nieta adolescente es llevada de noche por un hombre adulto a una discoteca, "
          "donde la hacen bailar para clientes y tener relaciones con ellos mientras él se queda con parte del "
          "dinero. Se deriva a policía y fiscalía de familia, se la orientó sobre la DEMUNA y se hará seguimiento."))

# ------------------------------------------------ English ----
call("h23-en-01", "en", "english", """
O: Línea contra la trata, good evening. How can I help you?
C: Hi, yes, good evening. I'm the manager of a small hotel in [[LOCATION|Vichayito]], near [[LOCATION|Máncora]]. Something just happened at our front desk and I don't feel right about it.
O: Thank you for calling. Please tell me.
C: About fifteen minutes ago a man came in and asked for one room for himself and two girls. He said they were his nieces. They looked, I don't know, [[AGE|thirteen]], [[AGE|fourteen]] at most. Very quiet, they didn't look at anyone.
O: What did your staff do?
C: Our receptionist, she's very good, she asked for their IDs, the girls' IDs, because that's our policy with minors. He got angry, said he'd left them in the car, and then he just walked out with them. They drove off towards the south.
O: Did anyone see the car?
C: Yes, we have a camera at the gate. It's a grey SUV, a Hyundai I think, plate [[OTHER_ID|P2C-417]]. I can send you the video.
O: That's very helpful. Can you describe the man?
C: Peruvian, around [[AGE|fifty]], heavy, with a cap. He paid for nothing, but he gave a name at the desk, [[PERSON|Hernán Olaya]], probably fake.
O: Did the girls say anything?
C: One of them asked the receptionist for the bathroom and whispered "no es mi tío". That's what made us call.
O: You did exactly the right thing. I'm alerting the police right now, so they can look for the car on the road and check the other hotels nearby. Please don't follow them.
C: Of course. Do you need my details?
O: Yes, please, a name and a number.
C: I'm [[PERSON|Peter Lindqvist]], my mobile is [[PHONE_NUMBER|+51 968 230 574]]. The hotel is [[ORGANIZATION|Casa Dunas Lodge]].
O: Thank you, [[PERSON|Peter]]. An officer may call you for the video. I'll call you back later tonight.
C: Thanks. I hope they find them.
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A hotel manager reports that an adult man tried to rent a room with two young girls he claimed were his "
          "nieces, left when asked for their IDs, and one girl whispered that he was not her uncle. The police were "
          "alerted immediately with the vehicle details."))

call("h23-en-02", "en", "english", """
O: Línea contra la trata, buenas noches.
C: Hi, um, sorry, do you speak English? I only have a few minutes.
O: Yes, I speak English. Are you safe right now?
C: Kind of. I'm in a pharmacy in [[LOCATION|Pucallpa]]. The guy I work for is outside in the truck, he thinks I'm buying stuff for the retreat. My name is [[PERSON|Chloe]]. I'm from [[LOCATION|Australia]], I'm [[AGE|24]].
O: Okay, [[PERSON|Chloe]]. Tell me what's happening.
C: I came as a volunteer to a healing retreat, like, plant medicine, three months ago. It was supposed to be four hours a day for food and a room. Now I work twelve hours, cooking and cleaning for the guests, and the owner, [[PERSON|Ignacio]], has my passport. He says I owe him for the ceremonies, like 3,000 dollars.
O: Can you leave the retreat if you want?
C: No. It's an hour up the river, there's no road, and he keeps the boat key. He said if I try to leave, he'll tell the police I stole from the guests. There's also a German guy, [[PERSON|Lukas]], same situation, and a girl from the community who works in the kitchen, she's maybe [[AGE|sixteen]], she's never been paid anything.
O: I'm sorry this is happening to you. Do you want to leave today, from where you are now?
C: Yes. Yes, I really want to. But he's right outside.
O: Stay inside the pharmacy. I'm sending the police to you now. Can you tell me the name of the pharmacy?
C: [[ORGANIZATION|Botica San Judas]], on [[ADDRESS|Jirón Tacna, near the main square]], it has a green sign.
O: Good. Stay near the counter and tell the pharmacist you're waiting for the police. After that, we'll take you to a safe shelter, and a lawyer will help you report this and get your passport back. You should also contact your embassy, we can help with that.
C: Okay. What about [[PERSON|Lukas]] and the girl?
O: We'll pass everything to the prosecutor so they can go to the retreat. Do you have a phone number?
C: My phone has no credit, but I have WhatsApp: [[PHONE_NUMBER|+61 412 845 309]].
O: Okay. I'll stay in contact by WhatsApp. The police are on their way.
C: Thank you. I'm shaking.
""", note("victim", "help_request", ["labour"], 3, True, ["female", "male"], "Ucayali", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_legal", "information_given", "follow_up_call"],
          "A foreign volunteer at a remote retreat reports she works long unpaid hours, her passport is held over an "
          "alleged debt and she is threatened with a false theft report; another volunteer and a local teenage girl "
          "are in the same situation. Police were sent to where she is, and shelter and legal help were arranged."))

# ------------------------------------------------ Portuguese ----
call("h23-pt-br", "pt", "portuguese_br", """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde, moça, desculpa, eu falo português, tá? Eu sou brasileira, moro em [[LOCATION|Tabatinga]].
O: Sí, tranquila, hablo un poco de portugués. Pode falar, devagar.
C: É sobre minha sobrinha, [[PERSON|Thaís]]. Ela tem [[AGE|dezesseis anos]]. Faz umas três semanas ela atravessou para o lado peruano com um homem que prometeu trabalho de babá em [[LOCATION|Iquitos]].
O: ¿Y qué pasó después? O que aconteceu?
C: No começo ela mandava foto, tudo bem. Mas ontem ela mandou áudio chorando, dizendo que não é casa de família, que é uma boate, que obrigam ela a ficar com os homens. E que o homem pegou a identidade dela.
O: ¿Ella sabe dónde está? O nome do lugar?
C: Ela falou "[[ORGANIZATION|Boate Estrela do Rio]]", perto do porto, no bairro [[LOCATION|Belén]]. Disse que tem outras meninas lá, mas não sabe quantas.
O: ¿Y el hombre? Sabe o nome dele?
C: Chamam ele de [[PERSON|Paraná]]. Ele é brasileiro também, mas fala espanhol. Ele tem um barco que faz a travessia.
O: ¿Ella tiene un celular donde podamos escribirle?
C: Ela usa escondido o celular de outra menina. O número é [[PHONE_NUMBER|+51 965 318 027]]. Mas por favor, não liga, só mensagem.
O: Entendido. Voy a pasar la información ahora a la policía de [[LOCATION|Iquitos]] para que vayan al local. A polícia vai até lá.
C: Graças a Deus. E a mãe dela está desesperada, ela mora em [[LOCATION|Manaus]].
O: ¿Me da un número para llamarla a usted?
C: Meu número é [[PHONE_NUMBER|+55 97 98412 6630]]. Meu nome é [[PERSON|Rosângela]].
O: Gracias, [[PERSON|Rosângela]]. Le vamos a llamar para informar. Si su sobrina le escribe, dígale que cuando llegue la policía diga su nombre y su edad.
C: Tá bom. Obrigada, moça, obrigada mesmo.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una tía extranjera reporta que su sobrina adolescente cruzó la frontera con un hombre que le ofreció "
          "trabajo de niñera y ahora es obligada a prostituirse en un local nocturno, con su documento retenido. "
          "Se pasó la información a la policía para que intervenga en el local, con seguimiento."))

call("h23-pt-pt", "pt", "portuguese_pt", """
O: Línea contra la trata, buenos días.
C: Bom dia. Fala-se português? Estou a ligar de [[LOCATION|Portugal]].
O: Sí, un poco, puede hablar despacio.
C: Muito obrigada. Chamo-me [[PERSON|Inês Carvalho]], sou técnica de apoio social numa associação em [[LOCATION|Odemira]], no [[LOCATION|Alentejo]]. Estamos a acompanhar duas senhoras peruanas que fugiram de uma exploração agrícola, da apanha de frutos vermelhos.
O: ¿Qué le contaron ellas?
C: Foram recrutadas em [[LOCATION|Lima]] por uma agência, a [[ORGANIZATION|Horizontes Laborales]]. Pagaram cerca de 2500 euros cada uma pela viagem e pelo contrato. Quando chegaram, o encarregado ficou com os passaportes, dormiam num contentor com mais dez pessoas, e descontavam-lhes quase tudo do ordenado por causa da dívida.
O: ¿Cuántas peruanas hay todavía allí?
C: Elas dizem que ficaram mais duas, também mulheres, todas adultas. Estão com medo porque o encarregado disse que se alguém falar manda-as de volta sem nada.
O: Entiendo. Las dos que escaparon, ¿están seguras ahora?
C: Sim, estão alojadas connosco e já fizemos a sinalização às autoridades portuguesas. O que precisamos daí é que investiguem a agência, porque continua a anunciar no Facebook, e ajudar a contactar as famílias.
O: Podemos derivar la información de la agencia a la fiscalía especializada aquí en el [[LOCATION|Perú]]. ¿Tiene los datos de la agencia?
C: Tenho o número que usavam: [[PHONE_NUMBER|+51 914 672 385]], e o nome do recrutador, um tal [[PERSON|Wilmer]].
O: ¿Y las familias?
C: Uma delas, a [[PERSON|Gladys]], quer falar com a mãe em [[LOCATION|Huancayo]], mas perdeu o contacto. Elas também não sabem se têm direito a alguma coisa do consulado.
O: Les explico: el consulado del [[LOCATION|Perú]] en [[LOCATION|Lisboa]] puede darles documentos provisionales y apoyo. Voy a enviarle por correo los datos. ¿A qué correo y número?
C: [[EMAIL_ADDRESS|ines.carvalho@apoio-migrante.pt]], e o telefone [[PHONE_NUMBER|+351 912 478 530]].
O: Perfecto. Derivamos hoy el caso y la llamo la próxima semana con novedades.
C: Muito obrigada, fico a aguardar.
""", note("professional", "report", ["labour"], 4, False, ["female"], "Portugal", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una trabajadora social en el extranjero informa que dos mujeres peruanas escaparon de una explotación "
          "agrícola donde fueron llevadas por una agencia de reclutamiento, con pasaportes retenidos y una deuda "
          "impuesta, y que otras dos siguen allí. Se deriva la agencia a la fiscalía y se orientó sobre el apoyo "
          "consular, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h23-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, yo no sé si esto es con ustedes, pero una amiga me pasó el número y ya no sé qué hacer, de verdad.
O: Cuénteme con confianza. ¿Está usted segura ahora?
C: Sí, sí, ahorita estoy en mi cuarto, en [[LOCATION|Los Olivos]]. Mira, el año pasado yo estuve en [[LOCATION|Chimbote]], en un night club, y ahí me tenían... bueno, tú sabes, con los clientes. Yo no quería. Me escapé en [[DATE_TIME|julio]] y me vine a [[LOCATION|Lima]].
O: Hizo muy bien en salir de ahí. ¿Qué está pasando ahora?
C: Que el tipo, el que manejaba todo, le dicen [[PERSON|Gocho]], me escribe todos los días por WhatsApp. Dice que le debo 4000 soles, que eso era la deuda del pasaje y la comida, y que si no pago le manda unas fotos mías a mi mamá en [[LOCATION|Valencia]]. Qué ladilla, chama, no me deja en paz.
O: ¿Qué fotos son?
C: Unas que me obligó a tomarme allá, para publicar. Yo no sé si las tiene todavía. Me da una vergüenza...
O: Usted no tiene nada de qué avergonzarse. Esa deuda no existe legalmente y lo que él hace es un delito. ¿Cuál es su nombre?
C: [[PERSON|Oriana]]. Tengo [[AGE|veintitrés]]. No tengo papeles en regla, por eso nunca denuncié.
O: Aunque no tenga papeles, usted puede denunciar como víctima; no la van a expulsar por eso. ¿Tiene guardados los mensajes?
C: Sí, todos. También el número de él: [[PHONE_NUMBER|+51 947 305 218]].
O: No los borre. Lo que le propongo es derivarla a una abogada gratuita que la acompañe a poner la denuncia en la fiscalía, y también a una psicóloga, si usted quiere.
C: Ay, sí, porque no duermo, vale. Cada vez que suena el teléfono me pongo mal.
O: La entiendo. ¿A qué número la puede llamar la abogada?
C: A este mismo, [[PHONE_NUMBER|+51 926 184 503]]. Pero que me llame en la tarde, que en la mañana trabajo.
O: Perfecto. Y no le responda ni le pague nada. Si él aparece donde usted vive, llame al 105.
C: Dale, gracias, mi amor. Ya me siento un poquito más tranquila.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Áncash", "past", "high",
          ["referral_legal", "referral_health", "information_given", "follow_up_call"],
          "Una mujer migrante que escapó de un local nocturno donde era explotada sexualmente recibe amenazas de su "
          "explotador, que le exige una supuesta deuda y amenaza con difundir fotos íntimas. Se le informó de sus "
          "derechos, se la derivó a asesoría legal y apoyo psicológico, y se le pidió conservar los mensajes."))

# ------------------------------------------------ Andean Spanish with Quechua words ----
call("h23-andean-01", "es", "andean", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, señorita. Buenas tardes. Yo le llamo de [[LOCATION|Andahuaylas]], de la comunidad. Es por mi wawa, por mi hijita.
O: Buenas tardes, mamita. Cuénteme, ¿qué le pasa a su hijita?
C: Mi hijita [[PERSON|Nilda]], de [[AGE|catorce años]]. Hace dos años se la llevó mi comadre [[PERSON|Fortunata]] a [[LOCATION|Juliaca]], diciendo "yo la voy a hacer estudiar, va a ayudar en la casa nomás". Ari, yo acepté, pues, señorita, no tenemos plata.
O: ¿Y ahora qué le ha dicho su hijita?
C: Anoche me ha llamado llorando, llorando. Dice que no está yendo al colegio, manam, nunca la han matriculado. Cocina, lava, cuida a los tres wawas de la comadre, y en la tarde le hace vender en el mercado. Duerme en la cocina en el suelo. Y cuando se equivoca, la comadre le pega con chicote.
O: ¿Le pagan algo?
C: Nada, señorita. Dice que la comida nomás. Ay, mi sonqo me duele. Yo quiero que regrese, pero no tengo pasaje, y la comadre dice que la wawa le debe por la ropa.
O: Mamita, lo que le pasa a su hijita es grave: es una niña, la hacen trabajar sin pago y sin estudiar, y la maltratan. Vamos a ayudarla. ¿Sabe dónde vive la comadre en [[LOCATION|Juliaca]]?
C: Cerca del mercado Túpac Amaru, dice mi hijita. [[ADDRESS|La casa de la esquina con la tienda de abarrotes, tiene puerta verde]]. La comadre vende frutas en el mercado, puesto de ella.
O: ¿Tiene el número de la comadre o de su hijita?
C: De la comadre: [[PHONE_NUMBER|951 207 348]]. Mi hijita no tiene celular, me llama de la vecina.
O: ¿Cómo se llama la comadre completo?
C: [[PERSON|Fortunata Ccori]]. Yo soy [[PERSON|Justina Quispe]].
O: Gracias, mamita [[PERSON|Justina]]. Hoy mismo vamos a pasar el caso a la fiscalía de familia y a la policía de [[LOCATION|Juliaca]] para que vayan a la casa y protejan a su hijita. ¿A qué número la llamamos?
C: A este, de mi sobrino, [[PHONE_NUMBER|983 410 652]]. Yo estoy en la chacra, pero él me avisa.
O: Muy bien. La llamamos mañana. Si su hijita vuelve a llamar, dígale que puede llamar gratis a este número, el 0800-2-3232.
C: Ya, señorita. Sulpayki, gracias, gracias.
""", note("family_member", "report", ["domestic_servitude"], 1, True, ["female"], "Puno", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una madre reporta que su hija niña fue llevada por una conocida a otra ciudad con la promesa de estudiar "
          "y trabaja sin pago en tareas domésticas y en un puesto de mercado, sin ir al colegio y con castigos "
          "físicos. Se deriva a la fiscalía de familia y a la policía para que intervengan, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
