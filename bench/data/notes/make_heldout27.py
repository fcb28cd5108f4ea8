#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout27.jsonl: 16 fictional, labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
tuning data or results. Files read: ../../../shared/eval/LABELS.md (fields,
allowed values, meanings), ../../../shared/eval/make_dev.py (annotation
conventions and examples) and make_heldout.py in this folder (call()/note()/
build() and markup only; none of its calls' wording is reused).

Mix (an ordinary shift): third-party reports (a mother whose teenage daughter
left with a man met online, a health worker, a school worker, a hotel manager,
a tour guide, a neighbour, a colleague abroad), victims asking for help (a
miner who wants out, a call cut off mid-sentence, a foreign dancer), inquiries
(an overseas job offer, a survivor of an old case, a grandmother), one
follow-up, and two calls that are not trafficking (unpaid wages, domestic
violence). Styles: 6 lowercase unpunctuated ASR Spanish, 4 cased Spanish,
2 English, 1 Brazilian Portuguese, 1 Venezuelan Spanish, 1 Spanish/English
code-switching, 1 Andean Spanish with Quechua words. Regions spread over Peru
plus two abroad. All people, phone numbers, IDs, handles, plates, businesses,
addresses and places of work are invented.

Run: python make_heldout27.py
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout27.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h27-lower-01", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas noches en qué le podemos ayudar
C: aló señorita buenas noches disculpe la hora es que no sé a quién más llamar es por mi hija
O: tranquila señora la escucho qué pasó con su hija
C: mi hija [[PERSON|yesenia]] tiene [[AGE|quince años]] y desde el [[DATE_TIME|jueves]] no regresa a la casa se fue con un muchacho que conoció por el facebook
O: usted sabe quién es ese muchacho lo conoce
C: no nunca lo he visto ella le decía [[PERSON|kevin]] pero en el facebook sale como [[OTHER_ID|kevin el brujo ch]] es mayor ya tendrá sus veinticinco o más en las fotos sale con carro
O: desde dónde llama usted señora
C: de [[LOCATION|huaraz]] señorita de [[LOCATION|independencia]] ella salió al colegio con su mochila y ya no volvió su amiga me dijo que el chico la estaba esperando en el paradero
O: ha tenido alguna comunicación con ella desde entonces
C: ayer me mandó un mensaje de otro número diciendo mamá estoy bien no me busques nada más y después le mandó a su amiga su ubicación y salía en [[LOCATION|chimbote]] cerca del mercado
O: tiene ese número desde donde le escribió
C: sí es el [[PHONE_NUMBER|nueve cinco dos tres uno ocho cuatro cero siete]] yo le llamo y no contesta está apagado
O: ya puso la denuncia por desaparición en la comisaría
C: fui el viernes y me dijeron que espere que seguro se fue con el enamorado que ya va a volver pero ella es una niña señorita
O: señora la denuncia por desaparición de una menor se recibe de inmediato no tienen que esperar nada vamos a comunicar el caso a la policía y a la fiscalía de familia de [[LOCATION|chimbote]] con el número y la cuenta del muchacho
C: ya ya gracias yo tengo miedo que la lleven a trabajar a un bar o algo así porque ella me dijo una vez que él le prometió comprarle celular y ropa
O: hace bien en preocuparse guarde todos los mensajes y las capturas no borre nada usted cómo se llama y a qué número la llamamos
C: [[PERSON|norma]] [[PERSON|norma villanueva]] mi número es [[PHONE_NUMBER|943 607 215]]
O: gracias señora [[PERSON|norma]] mañana temprano la llamamos para decirle qué se avanzó y si su hija se comunica avísenos enseguida
C: gracias señorita por favor ayúdenme
""", note("family_member", "report", ["unknown"], 1, True, ["female"], "Áncash", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una madre reporta que su hija adolescente se fue de la casa con un hombre mayor que conoció por redes sociales y que solo envió un mensaje pidiendo que no la busquen desde un número que ya no responde. "
          "Se comunica el caso a la policía y a la fiscalía de familia, se le orienta sobre la denuncia por desaparición y se hará seguimiento."))

call("h27-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: aló aló se escucha señorita estoy llamando del celular de un señor que sube a vender acá no tengo mucho tiempo
O: sí lo escucho bien dígame
C: yo estoy trabajando en una mina en [[LOCATION|pataz]] arriba en la zona de [[LOCATION|vijus]] y quiero salir de acá pero no me dejan
O: quién no lo deja salir
C: el contratista el señor [[PERSON|oblitas]] nos trajo de [[LOCATION|cajabamba]] diciendo que íbamos a ganar cincuenta soles diario y ahora dice que le debemos el pasaje la comida el casco las botas todo y que hasta que no paguemos nadie baja
O: cuántas personas están con usted
C: somos como doce trece todos hombres hay un chibolo de [[AGE|dieciséis]] que vino con su primo y también él quiere irse
O: les han quitado algún documento
C: sí los dnis los tiene el señor [[PERSON|oblitas]] en su cuarto dice que es para la planilla pero planilla no hay nada
O: cuántas horas trabajan
C: entramos a la bocamina de noche y salimos de día doce horas más o menos y el que se queja lo dejan sin comida y hay unos que cuidan con escopeta
O: usted está herido o alguien necesita atención
C: yo no pero un compañero se cortó la mano con la barreta y no lo bajan al médico
O: entiendo esto que me cuenta es trabajo forzoso y vamos a coordinar con la policía y la fiscalía de [[LOCATION|la libertad]] para que suban a intervenir me puede decir el nombre de la mina
C: le dicen [[ORGANIZATION|socavón la esperanza]] de la [[ORGANIZATION|contrata oblitas]] está pasando el puente colgante a mano izquierda
O: cómo se llama usted y hay algún número donde lo podamos ubicar
C: [[PERSON|wilmer]] nomás señorita el número del señor es [[PHONE_NUMBER|976 241 380]] pero él baja los [[DATE_TIME|sábados]] nomás
O: gracias [[PERSON|wilmer]] no se arriesgue cuando llegue la policía identifíquese y nosotros lo llamaremos a este número el sábado
C: ya gracias ya me tengo que ir
""", note("victim", "help_request", ["labour"], 13, True, ["male"], "La Libertad", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un trabajador de una mina informal pide ayuda para salir: él y una docena de hombres, entre ellos un adolescente, trabajan bajo una deuda impuesta, con documentos retenidos, vigilancia armada y castigos. "
          "Se coordina con la policía y la fiscalía para una intervención y se intentará contactarlo de nuevo."))

call("h27-lower-03", "es", "lowercase_asr", """
O: línea contra la trata de personas buenos días en qué le puedo ayudar
C: buenos días señorita quería hacer una denuncia contra mi empleador porque no me paga
O: claro cuénteme qué está pasando
C: yo trabajo en una obra de construcción en [[LOCATION|chiclayo]] por [[LOCATION|la victoria]] soy peón y ya van dos semanas que el ingeniero no nos paga dice que la empresa no le deposita
O: usted vive en la obra o en su casa
C: no en mi casa con mi señora yo entro a las siete y salgo a las cinco normal
O: le han retenido algún documento o le impiden irse de la obra
C: no no eso no es que nos deben pues somos como quince y todos estamos igual algunos ya se fueron a otra obra
O: alguien los ha amenazado o golpeado
C: no señorita el ingeniero es buena gente nomás que dice que no hay plata pero nosotros tenemos que comer
O: entiendo lo que me describe es un incumplimiento de pago no es trata de personas esta línea atiende casos de trata y explotación pero le voy a orientar
C: ah ya yo pensé que aquí veían todo lo del trabajo
O: para el pago de sus sueldos puede acudir a la sunafil o a la dirección regional de trabajo ahí presentan la denuncia todos juntos es gratuito y pueden hacer una inspección a la obra
C: y dónde queda eso
O: hay una oficina en el centro de [[LOCATION|chiclayo]] y también puede llamar a su central gratuita o hacerlo por internet lleve sus boletas o cualquier prueba de que trabaja ahí
C: ya señorita voy a ir con los compañeros muchas gracias
O: de nada y si en algún momento les quitan los documentos o no los dejan salir llámenos
""", note("general_public", "not_relevant", [], 0, False, [], "Lambayeque", None, "low", ["information_given"],
          "Un trabajador de construcción consulta por sueldos impagos de dos semanas, sin retención de documentos ni restricción de movimiento. "
          "Se le explicó que no es un caso de trata y se le orientó a acudir a la autoridad de inspección laboral."))

call("h27-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes le saluda la operadora
C: buenas tardes le llamo del centro de salud de [[LOCATION|castillo grande]] en [[LOCATION|tingo maría]] soy obstetra me llamo [[PERSON|liliana]] [[PERSON|liliana rojas]]
O: buenas tardes obstetra en qué la podemos ayudar
C: mire hoy vino a control una chica de [[AGE|catorce años]] está de cinco meses de gestación y vino sola y en la entrevista me contó cosas que me preocuparon
O: qué le contó
C: que trabaja de dama de compañía en un bar por la carretera a [[LOCATION|aucayacu]] que la dueña le da cuarto y comida y que tiene que tomar con los clientes y a veces irse con ellos que si no la dueña le cobra
O: ella vive en ese bar
C: sí vive ahí arriba con otras dos chicas que también son menores dice ella una de [[AGE|quince]] y otra de [[AGE|dieciséis]] y su mamá está en [[LOCATION|pucallpa]] no sabe nada
O: le dijo el nombre del bar
C: [[ORGANIZATION|el rincón huanuqueño]] y a la dueña le dicen la [[PERSON|flaca]]
O: la chica sigue en el establecimiento de salud
C: no ya se fue dijo que tenía que regresar antes de las seis porque si no la dueña se molesta yo le di su cita para el [[DATE_TIME|lunes 17]]
O: obstetra esto es explotación sexual de menores vamos a derivar de inmediato a la fiscalía y a la policía especializada de [[LOCATION|huánuco]] y pediremos que se coordine un albergue para las tres
C: ya y yo qué hago si viene el lunes
O: si viene retenga la atención lo más que pueda y llámenos o llame al 105 me puede dar un número de contacto
C: sí [[PHONE_NUMBER|962 580 413]] es mi celular
O: gracias la llamaremos mañana para contarle cómo avanza
""", note("professional", "report", ["sexual"], 3, True, ["female"], "Huánuco", "ongoing", "high",
          ["referral_legal", "referral_shelter", "follow_up_call"],
          "Una obstetra reporta que una adolescente gestante que atendió vive en un bar de carretera donde la obligan a acompañar a clientes y mantener relaciones con ellos, junto con otras dos menores. "
          "Se deriva a fiscalía y policía especializada, se solicitará albergue y se hará seguimiento."))

call("h27-lower-05", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: aló señorita ayúdeme por favor
O: la escucho está usted en peligro ahora
C: sí bueno no sé no me dejan salir estoy en [[LOCATION|tacna]] me trajeron de [[LOCATION|iquitos]] hace como una semana con otra chica
O: está sola puede hablar
C: ahorita sí se fueron a comprar pero ya regresan la otra chica está en el otro cuarto no sé si está bien
O: sabe en qué parte de [[LOCATION|tacna]] está alguna calle algo que vea por la ventana
C: no sé bien es un cuarto en un segundo piso se ve un grifo y una cancha
O: quiénes la tienen ahí
C: un señor y su mujer me dijeron que íbamos a pasar a [[LOCATION|chile]] para trabajar en una casa y me quitaron mi dni y mi celular este celular es de
O: aló señora me escucha
C: ya vienen ya vienen
O: aló aló si me escucha no cuelgue dígame su nombre
C: no puedo
O: aló señora aló me escucha aló
""", note("victim", "help_request", ["unknown"], 2, False, ["female"], "Tacna", "ongoing", "immediate",
          ["follow_up_call"],
          "Una mujer pide ayuda en voz baja diciendo que la retienen en un cuarto junto con otra joven, que le quitaron su documento y su celular y que iban a cruzarla a otro país para trabajar en una casa. "
          "La llamada se cortó antes de obtener su nombre o una dirección, y se intentará devolver la llamada."))

call("h27-lower-06", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días señorita yo ya he llamado antes es por mi hijo el que rescataron de la lancha en [[LOCATION|pisco]]
O: sí señor me puede dar su nombre para ubicar el caso
C: [[PERSON|teodoro]] [[PERSON|teodoro ñahui]] y mi hijo es [[PERSON|rubén ñahui]] tiene [[AGE|diecisiete años]] lo sacaron el mes pasado de la embarcación [[OTHER_ID|rosa del mar dos]]
O: ya lo ubiqué señor en qué le podemos ayudar hoy
C: mire señorita cuando llamé me dijeron que una abogada me iba a llamar y hasta ahora nadie me llama y el dueño de la lancha está libre dicen que lo han visto en el muelle
O: cómo está su hijo ahora
C: está conmigo acá en la casa en [[LOCATION|san andrés]] ya está mejor de la mano pero no quiere salir tiene miedo y no duerme
O: ha recibido alguna amenaza usted o su hijo
C: amenaza directa no pero un compañero de la lancha le dijo que mejor se quede callado
O: entiendo señor voy a reportar que la abogada no se comunicó y pedir que lo llamen esta semana también le voy a dar el contacto del centro de salud mental comunitario para su hijo
C: ya eso sí porque él no está bien
O: y si reciben cualquier amenaza lo importante es que lo informe a la fiscalía porque pueden pedir medidas de protección sigue siendo el mismo número
C: sí el mismo [[PHONE_NUMBER|956 314 072]]
O: muy bien señor [[PERSON|teodoro]] el viernes lo llamo yo para confirmar que ya lo contactaron
C: gracias señorita
""", note("family_member", "follow_up", ["labour"], 1, True, ["male"], "Ica", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Un padre llama en seguimiento del caso de su hijo adolescente, rescatado de una embarcación pesquera, porque la asesoría legal prometida no se ha comunicado y el responsable sigue libre. "
          "Se reiteró la derivación legal, se le dio contacto de salud mental para el joven y se hará seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h27-cased-01", "es", "cased", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Eh, quería hacer una consulta, no sé si es aquí... es sobre una oferta de trabajo que le han hecho a un amigo.
O: Sí, es aquí. Cuénteme.
C: Mi amigo [[PERSON|Diego]], tiene [[AGE|24 años]], es de [[LOCATION|Huancayo]] como yo. Es ingeniero de sistemas y no encuentra trabajo. Le escribieron por LinkedIn, bueno, primero por LinkedIn y luego por Telegram, para un puesto de "atención al cliente en inversiones" en [[LOCATION|Tailandia]].
O: ¿Qué condiciones le ofrecen?
C: Dos mil dólares al mes, alojamiento gratis y le pagan el pasaje. Solo tiene que hacer una entrevista por video. Pero lo raro es que le dicen que vuele a [[LOCATION|Bangkok]] y de ahí lo recogen en carro y lo llevan a la oficina, que está "cerca de la frontera".
O: ¿Le han dicho el nombre de la empresa?
C: [[ORGANIZATION|Golden Bridge Solutions]], o algo así. Y que trabajaría con clientes en español, eh, convenciéndolos de invertir en criptomonedas.
O: ¿Ya aceptó o ya compró el pasaje?
C: Todavía no. Dice que viaja en dos semanas. Yo le dije que eso me suena mal, pero él está emocionado.
O: Hace bien en consultar. Lo que describe coincide con ofertas que han terminado en centros de estafa en el sudeste asiático: a las personas las llevan por tierra a otro país, les quitan el pasaporte y las obligan a estafar por internet bajo amenazas.
C: ¿En serio? Yo pensé que a lo mucho era una estafa de plata.
O: Sí, es un caso que se ha visto en varios países. Le recomiendo que su amigo no viaje, que no envíe su pasaporte ni datos, y que guarde los chats. Si quiere, puede llamarnos él mismo y lo orientamos. También puede denunciar la oferta.
C: Ya, le voy a pasar el número. Gracias, de verdad.
O: De nada. La línea es gratuita y atiende las 24 horas.
""", note("acquaintance", "information_request", ["forced_criminality"], 1, False, ["male"], "Tailandia", "at_risk", "medium",
          ["information_given"],
          "Un joven consulta por una oferta laboral en el extranjero que recibió un amigo por redes, con pasaje pagado y traslado por tierra hacia una zona fronteriza para captar inversiones por internet. "
          "Se explicaron las señales de captación para centros de estafa y se recomendó no viajar y guardar los mensajes."))

call("h27-cased-02", "es", "cased", """
O: Línea contra la trata de personas, buenos días.
C: Buenos días, señor. Le habla [[PERSON|Efraín Cárdenas]], soy director de la institución educativa [[ORGANIZATION|José Carlos Mariátegui]] de [[LOCATION|Llochegua]], en [[LOCATION|Huanta]].
O: Buenos días, director. ¿En qué le podemos ayudar?
C: Mire, tengo tres alumnos de segundo y tercero de secundaria que ya no vienen desde hace unas tres semanas. Dos tienen [[AGE|15]] y uno [[AGE|16]]. Sus compañeros dicen que se los han llevado de "mochileros".
O: ¿Qué entiende usted por eso, director?
C: Que cargan la droga, pues, la pasta, por el monte, de acá hacia la sierra. Les pagan, dicen, pero los chicos no pueden negarse. Uno de ellos, [[PERSON|Jhon]], le dijo a su hermana que si se regresa le hacen algo a su familia.
O: ¿Quién se los llevó?
C: Un joven que le dicen [[PERSON|Gavilán]], de acá mismo de la zona. Viene en moto a la salida del colegio, les invita gaseosa, les ofrece celular. Ya antes se llevó a otros, dicen.
O: ¿Los padres han denunciado?
C: No. Tienen miedo. Una mamá vino llorando a la dirección, pero dice que no quiere problemas con esa gente.
O: Entiendo. Director, lo que usted describe es captación de menores para actividades delictivas, y los chicos son víctimas. Vamos a derivar el caso a la fiscalía y a la policía especializada de [[LOCATION|Ayacucho]], con reserva de su identidad.
C: Eso le pido, reserva. Acá todo se sabe.
O: Así será. ¿Me deja un número de contacto? Y si alguno de los chicos regresa, conviene que la UGEL y el centro de salud los atiendan.
C: Sí, [[PHONE_NUMBER|966 018 734]]. Llámeme después de las cuatro.
O: Gracias, director. La próxima semana lo llamamos para ver cómo sigue.
""", note("professional", "report", ["forced_criminality"], 3, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un director de colegio reporta que tres alumnos adolescentes dejaron de asistir porque fueron captados para transportar droga a pie, con amenazas contra sus familias si regresan. "
          "Se deriva a fiscalía y policía especializada con reserva de identidad y se hará seguimiento."))

call("h27-cased-03", "es", "cased", """
O: Línea contra la trata, buenas noches. Le escuchamos.
C: Buenas noches. Disculpe, no sé bien cómo empezar. Yo... lo que me pasó fue hace mucho, hace como nueve años.
O: Tómese su tiempo. Aquí la escuchamos.
C: Yo tenía [[AGE|16 años]] cuando una señora me llevó a [[LOCATION|Cajamarca]], a un local en [[LOCATION|Baños del Inca]], diciendo que era para atender en un restaurante. Y no era eso. Me tuvieron ahí casi un año, con otras chicas. Me escapé cuando... bueno, me escapé.
O: Siento mucho lo que vivió. ¿Hoy se encuentra a salvo?
C: Sí, sí. Ahora vivo en [[LOCATION|Lima]], tengo mi hija, trabajo. Pero hace poco vi a esa señora en TikTok, tiene otro negocio, una "agencia de empleos". Y me dio miedo que siga haciendo lo mismo.
O: ¿Usted quiere denunciarla?
C: Eso quería preguntar. ¿Todavía se puede? ¿O ya pasó mucho tiempo?
O: Es una pregunta muy válida. Cuando la víctima era menor de edad, los plazos para denunciar son mucho más largos, así que sí es posible. Lo mejor es que lo vea con una abogada; la podemos derivar a asesoría legal gratuita, y ellos le explican qué pruebas sirven.
C: Ya. ¿Y tendría que verla a ella? A la señora.
O: No necesariamente. Hay medidas para que usted declare sin enfrentarse a ella. También, si le sirve, podemos conectarla con apoyo psicológico. Remover esto no es fácil.
C: Sí... no he hablado de esto con nadie. Ni con mi esposo.
O: Es su decisión a quién contarlo. ¿Le puedo tomar un nombre y un número para que la llame la abogada?
C: Póngale [[PERSON|Rocío]]. Mi número es [[PHONE_NUMBER|987 205 664]]. Y la cuenta de la señora es [[OTHER_ID|@empleos_norte_rosaura]].
O: Gracias, [[PERSON|Rocío]]. Esa cuenta también la vamos a poner en conocimiento de la policía. La abogada la llamará esta semana.
C: Gracias. Me siento un poco más tranquila.
""", note("victim", "information_request", ["sexual"], 1, True, ["female"], "Cajamarca", "past", "low",
          ["information_given", "referral_legal", "referral_health"],
          "Una sobreviviente consulta si aún puede denunciar la explotación sexual que sufrió siendo adolescente hace años, tras ver que la reclutadora sigue ofreciendo empleos por redes. "
          "Se le informó que puede denunciar, se la derivó a asesoría legal gratuita y a apoyo psicológico, y se comunicará la cuenta a la policía."))

call("h27-cased-04", "es", "cased", """
O: Línea contra la trata, buenas tardes.
C: Hola... buenas tardes. ¿Es la línea para mujeres?
O: Esta es la línea contra la trata de personas. Dígame, ¿qué le está pasando?
C: Es que mi esposo... me pega. Ayer me pegó otra vez, delante de los niños. Yo busqué en internet un número y me salió este.
O: Lamento mucho lo que me cuenta. ¿Usted está en un lugar seguro ahora mismo? ¿Él está cerca?
C: Ahorita no, se fue a trabajar. Estoy en la casa con mis hijos, en [[LOCATION|Chachapoyas]].
O: ¿Él la obliga a trabajar, le quita su dinero o sus documentos, o no la deja salir de la casa?
C: No, no... yo tengo mi puesto en el mercado, salgo normal. Es que cuando toma se pone violento, me insulta, me dice que no sirvo.
O: Entiendo. Lo que usted vive es violencia familiar y es un delito. Hay un servicio especializado que puede ayudarla mejor que nosotros: la Línea 100, gratuita, las 24 horas, y el Centro Emergencia Mujer, que le da abogado, psicólogo y la acompaña a poner la denuncia.
C: ¿La Línea 100? Ya. ¿Y el Centro ese dónde queda?
O: Hay uno en la ciudad, en la comisaría o en la municipalidad le indican. También puede ir directo a la comisaría; están obligados a recibir su denuncia.
C: Me da miedo que si denuncio se ponga peor.
O: Es un miedo comprensible. Por eso en el Centro Emergencia Mujer le pueden pedir medidas de protección, para que él no se le acerque. Y si en algún momento está en peligro, llame al 105.
C: Ya. Voy a llamar a ese número. Gracias por escucharme, señorita.
O: Gracias a usted por llamar. Cuídese mucho.
""", note("general_public", "not_relevant", [], 0, False, [], "Amazonas", None, "medium", ["information_given"],
          "Una mujer llama por violencia de su esposo, sin indicios de trata ni explotación. "
          "Se la orientó hacia el servicio especializado en violencia familiar, la denuncia policial y las medidas de protección."))

# ------------------------------------------------ English ----
call("h27-en-01", "en", "cased", """
O: Línea contra la trata, good evening. How can I help?
C: Hi, good evening. Do you speak English? Sorry, my Spanish is, uh, limited.
O: Yes, I can help you in English. Go ahead.
C: My name is [[PERSON|Priya Raman]], I'm the night manager at the [[ORGANIZATION|Hotel Costa Azul Suites]] in [[LOCATION|Miraflores]]. About half an hour ago a man checked in with a girl, and something isn't right.
O: Thank you for calling. What did you notice?
C: He's in his fifties, he paid cash for one room, and he said she's his niece. But she had no ID at all, and when my receptionist asked her age she looked at him before answering. She said [[AGE|eighteen]], but honestly she looks maybe [[AGE|fifteen]]. She has a Venezuelan accent, I think.
O: Is the man a guest you know? Did you get his details?
C: He gave a passport, it's an American one. Name is [[PERSON|Gary Lindqvist]], passport number [[ID_NUMBER|567204419]]. They're in [[ADDRESS|room 508]].
O: Has anyone else arrived, or has anything happened since?
C: A second man came to the lobby ten minutes ago asking for [[ADDRESS|room 508]]. We told him visitors aren't allowed after ten. He left, but he's outside in a grey car, plate [[OTHER_ID|BVK-391]].
O: Okay. I'm alerting the police right now to go to the hotel. Please don't knock on the door or confront them. Can your staff keep an eye on the corridor and the exits?
C: Yes, we have cameras on every floor. The address is [[ADDRESS|Calle Berlín 455]].
O: Perfect. When the officers arrive, give them the passport copy and the camera footage. Can I have a number to reach you?
C: The hotel line is fine, or my mobile, [[PHONE_NUMBER|994 173 508]].
O: Thank you, [[PERSON|Priya]]. If they try to leave before the police get there, call us back immediately. I'll call you in a few minutes.
C: Okay. Thank you, I'll stay at reception.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A hotel manager reports that a foreign man checked in with an apparent teenage girl without documents, claiming she is his niece, and a second man came asking for their room. "
          "Police were dispatched immediately and staff were asked to monitor without intervening."))

call("h27-en-02", "en", "cased", """
O: Línea contra la trata, buenos días.
C: Hello, good morning, I hope this is the right number. I'm calling from [[LOCATION|Madrid]], in [[LOCATION|Spain]].
O: Yes, this is the anti-trafficking line in Peru. How can I help you?
C: My name's [[PERSON|Tom Fairbairn]]. A colleague of mine here, she's Peruvian, [[PERSON|Marleny]], she asked me to call because her Spanish phone is, well, she's afraid it's monitored, and she thought English might be... safer. It's about her younger sister.
O: Okay. What's happening to her sister?
C: Her sister, [[PERSON|Gisela]], is [[AGE|29]], from [[LOCATION|Sullana]]. She came to [[LOCATION|Spain]] eight months ago through an agency in [[LOCATION|Piura]] that promised her a job caring for an elderly man, with papers sorted out later. She's living in the family's flat in [[LOCATION|Getafe]], looking after the old man, cooking, cleaning for the whole family.
O: Is she paid? Can she go out?
C: She gets, I think, a hundred euros a month, and they say the rest goes to pay off her flight and the agency fee. They took her passport "to process the residency". She's allowed out on Sunday mornings to church, that's it, and the daughter goes with her.
O: Has she been threatened?
C: They told her if she leaves she'll be arrested because she's illegal. And the son shouts at her a lot. She's lost a lot of weight, [[PERSON|Marleny]] says.
O: Thank you. This may be trafficking for domestic servitude. From here we can notify the Peruvian consulate in [[LOCATION|Madrid]] and the prosecutor here, and pass information to Spanish organisations that support victims. Do you know the agency's name?
C: [[ORGANIZATION|Agencia Cuidar Europa]], in [[LOCATION|Piura]]. And [[PERSON|Marleny]]'s number is [[PHONE_NUMBER|+34 612 448 093]].
O: Thank you. I'll ask the consulate to get in touch with [[PERSON|Marleny]] discreetly, and I'll call you back tomorrow. Is this the best number for you?
C: Yes, this one, it's [[PHONE_NUMBER|+34 655 201 718]]. Thank you, truly.
""", note("acquaintance", "report", ["domestic_servitude"], 1, False, ["female"], "España", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "A colleague abroad reports that a Peruvian woman recruited by an agency as a carer lives in her employers' home working for almost no pay, with her passport withheld, supervised outings and threats of arrest. "
          "The case is referred to the consulate and the prosecutor, with follow-up."))

# ------------------------------------------------ Brazilian Portuguese ----
call("h27-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Oi, boa noite... desculpa, você fala português? Eu não falo bem espanhol.
O: Sí, un poco, pode falar devagar. ¿Qué pasó?
C: Meu nome é [[PERSON|Thaís]]. Eu vim de [[LOCATION|Manaus]] pra trabalhar como dançarina numa boate em [[LOCATION|Arequipa]]. A agência disse que era só dança, show, contrato de três meses.
O: ¿Y no es así?
C: Não. Agora o dono, o [[PERSON|Renzo]], diz que a gente tem que fazer programa com os clientes, porque a passagem foi cara e a gente deve dois mil dólares. Ele ficou com meu passaporte e das outras duas meninas.
O: ¿Ustedes viven en la discoteca?
C: Num apartamento que ele paga, em cima da [[ORGANIZATION|boate Samba Night]]. Ele tem a chave. Agora ele saiu, por isso estou ligando. As outras meninas estão dormindo.
O: ¿Alguna de ustedes es menor de edad?
C: Não, eu tenho [[AGE|vinte e um]], as outras também são maiores, [[PERSON|Kelly]] tem [[AGE|vinte e seis]].
O: ¿Usted quiere salir de ahí?
C: Quero, quero muito. Mas eu não conheço ninguém aqui, não tenho dinheiro.
O: Entiendo. Podemos llevarla a un albergue, y una abogada la ayuda a recuperar el pasaporte y a denunciar. También vamos a avisar al consulado de Brasil. ¿Cuándo puede salir sin que él esté?
C: Amanhã de manhã ele vai ao banco, tipo dez horas.
O: Muy bien. Mañana a las nueve le escribimos para coordinar. ¿A qué número?
C: Meu WhatsApp, [[PHONE_NUMBER|+55 92 99418 2706]]. Por favor, só mensagem.
O: Solo mensaje, entendido. Si él se pone violento esta noche, llame al 105 o a esta línea.
C: Obrigada, obrigada mesmo.
""", note("victim", "help_request", ["sexual"], 3, False, ["female"], "Arequipa", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una mujer extranjera contratada como bailarina pide ayuda porque el dueño del local les exige a ella y a otras dos mujeres prostituirse para pagar una supuesta deuda, con los pasaportes retenidos. "
          "Se coordina su salida hacia un albergue, asesoría legal y aviso al consulado, con contacto por mensaje."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h27-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi reina. Mira, disculpa, yo no sé si esto es para acá, pero ya no aguanto ver esa vaina.
O: Cuénteme con calma, para eso estamos.
C: Yo vivo en [[LOCATION|Sullana]], en un cuarto alquilado, y al lado vive una señora venezolana también, con su hija de [[AGE|dieciséis]], la [[PERSON|Yorleidis]].
O: ¿Qué es lo que ha visto?
C: Que todas las noches, tipo diez, once, llega un carro negro y se lleva a la chama, arreglada, maquillada, con ropa que no es de su edad, y la traen a las cinco de la mañana. Y el tipo del carro le da plata a la mamá, yo lo he visto, en la puerta.
O: ¿Sabe quién es el hombre del carro?
C: Le dicen el [[PERSON|Gocho]], es venezolano también, pero tiene varios carros. La placa del negro es [[OTHER_ID|M3R-550]], la anoté porque ya me tenía loca.
O: ¿La chica le ha dicho algo?
C: Una vez, chama, me la encontré llorando en el pasillo y me dijo que la llevan a "fiestas" con señores mayores, que ella no quiere pero que si no va la mamá no tiene para el alquiler. Ya no va al liceo, al colegio pues.
O: Lo que me cuenta es muy grave: es explotación sexual de una menor. ¿Me puede dar la dirección?
C: Es en el [[ADDRESS|pasaje Los Geranios 118]], el portón marrón, cuarto del fondo. Pero yo no quiero problemas, que esa gente es pesada.
O: Su identidad queda reservada. Vamos a derivar el caso a la fiscalía de familia y a la policía especializada para que intervengan. ¿Tiene un número donde la podamos llamar?
C: Sí, [[PHONE_NUMBER|912 650 307]]. Llámame de día, por favor, que en la noche él está por aquí.
O: De acuerdo. La llamamos mañana. Si esta noche ve que la chica está en peligro, llame al 105.
C: Dale, mi amor, gracias. Esa niña no tiene la culpa de nada.
""", note("acquaintance", "report", ["sexual"], 1, True, ["female"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta que una adolescente es llevada cada noche por un hombre a fiestas con hombres mayores, a cambio de dinero que recibe la madre, y que la menor dejó el colegio. "
          "Se deriva a fiscalía de familia y policía especializada con reserva de identidad y se hará seguimiento."))

# ------------------------------------------------ Spanish/English code-switching ----
call("h27-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hi, hola, buenas tardes. Sorry, mi español es un poquito mixed, yo crecí en [[LOCATION|Florida]] pero soy de acá, de [[LOCATION|Cusco]]. I'm a tour guide.
O: No hay problema, puede hablar como le salga. Dígame.
C: Okay so, en la [[ADDRESS|calle Hatunrumiyoc]], near the twelve-angled stone, there are these kids every day, tres niños, posing with baby llamas for photos with tourists. Like, [[AGE|seven]], [[AGE|eight]], and a little girl maybe [[AGE|five]].
O: ¿Qué le llama la atención?
C: They're there desde las ocho de la mañana hasta como las diez de la noche, in the cold, no school. And there's this guy, le dicen [[PERSON|Chalo]], who collects the money from them every hour. Like, every single sol. Ayer the little girl hadn't made enough y él la jaló del brazo and she was crying.
O: ¿Los niños viven con él, sabe?
C: Not sure. One of the boys told me que vienen de [[LOCATION|Ccatca]], que el señor los trajo, que sus papás están allá. He said "si no junto, no como".
O: Eso es muy preocupante. Puede ser explotación en mendicidad de menores. ¿Usted sabe dónde duermen o dónde los lleva?
C: I followed them once, kind of, they go into a house en [[ADDRESS|San Blas, la casa con la puerta celeste al lado de la panadería]]. That's all I know.
O: Muy bien, gracias. Vamos a derivar el caso a la fiscalía de familia y a la policía de [[LOCATION|Cusco]], y a la unidad de protección para los niños. ¿Me da su nombre y un número?
C: [[PERSON|Andrea]]. [[PERSON|Andrea Huillca]]. Number is [[PHONE_NUMBER|984 716 230]]. Please don't tell él que fui yo, I work there every day.
O: No, su identidad es reservada. Por favor no lo confronte. La llamamos esta semana para contarle.
C: Okay, thank you, gracias. I just can't keep walking past them.
""", note("witness", "report", ["forced_begging"], 3, True, ["female", "male"], "Cusco", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una guía de turismo reporta que tres niños pequeños traídos de una comunidad rural piden dinero posando con animales para turistas todo el día, sin ir a la escuela, y un hombre les quita lo recaudado y los maltrata. "
          "Se deriva a fiscalía de familia, policía y protección de menores, con seguimiento."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h27-andino-01", "es", "andean_quechua", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Buenos días. Yo soy abuelita, de [[LOCATION|Azángaro]] llamo, de la comunidad. Mi nieto me ha dado este número.
O: Buenos días, mamita. Dígame, la escucho.
C: Es por mi nieta, la [[PERSON|Sonia]]. Sipascha ya es, [[AGE|dieciséis años]] tiene. Una señora ha venido a la feria, diciendo trabajo hay en [[LOCATION|La Rinconada]], en restaurante, para atender a los mineros, servir cerveza nomás, bien pagado, mil quinientos diciendo.
O: ¿Su nieta ya se fue con esa señora?
C: Manaraq, todavía no, señorita. [[DATE_TIME|El domingo]] diciendo va a venir a recoger. Mi hija está en [[LOCATION|Juliaca]] trabajando, yo nomás estoy con la wawa. Y la [[PERSON|Sonia]] quiere ir, quiere plata para su colegio.
O: ¿Sabe cómo se llama la señora?
C: Le dicen mamá [[PERSON|Lucha]]. No es de acá. Su celular me ha dejado, [[PHONE_NUMBER|951 822 460]].
O: Mamita, le explico. Mandar a una menor de edad a atender cerveza a mineros, en un lugar lejos, con una persona que no conocen, es una forma muy común de engañar a las chicas para explotarlas sexualmente. Muchas no pueden regresar.
C: Atatay... eso también había escuchado, señorita. Por eso tengo miedo.
O: Lo mejor es que su nieta no vaya. Una menor no puede trabajar en bares ni en esos restaurantes. Si la señora viene el domingo, no le entregue a la chica, y puede avisar al teniente gobernador o a la comisaría.
C: Ya, señorita. ¿Y si la [[PERSON|Sonia]] se escapa con ella?
O: Entonces llámenos enseguida, a cualquier hora, y damos aviso a la policía. ¿Quiere que conversemos también con su nieta? Puede llamar gratis a este número.
C: Sí, le voy a decir, que le hablen ustedes, a mí no me hace caso. Sulpayki, señorita, gracias.
O: De nada, mamita. Cuídense mucho.
""", note("family_member", "information_request", ["sexual"], 1, True, ["female"], "Puno", "at_risk", "medium",
          ["information_given"],
          "Una abuela consulta porque una desconocida ofreció a su nieta adolescente un trabajo atendiendo a mineros en un asentamiento minero y vendrá a recogerla. "
          "Se le explicó el riesgo de explotación sexual, se recomendó no dejarla ir y avisar a las autoridades, y se ofreció orientar a la joven."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
