#!/usr/bin/env python3
# ruff: noqa: E501, RUF100, W291  (each transcript turn is one line of data)
"""Generate heldout24.jsonl: 16 fictional, labelled calls to the counter-trafficking hotline.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning
data or results. Files read: ../../shared/eval/LABELS.md (fields, allowed values),
../../shared/eval/make_dev.py (annotation conventions, examples) and make_heldout.py in
this folder (call()/note()/build() and markup only; none of its wording is reused).

Mix: 6 lowercase unpunctuated Whisper-style Spanish transcripts, 4 cased Spanish,
2 English, 1 Brazilian Portuguese, 1 Spanish/English code-switching, 1 Colombian
Spanish, 1 Andean Spanish with Quechua words. Situations: third-party reports,
victims asking for help, information requests, professionals (DEMUNA, labour
inspector, NGO, nurse), one follow-up call, three calls that are not trafficking
(a labour dispute, a silent/prank call, a domestic-violence query for another
service); ongoing, past and at-risk cases in regions all over Peru and abroad.

All people, phone numbers, IDs, handles, businesses and addresses are invented.
Markup [[TYPE|surface]] marks PII; O:/C: mark operator and caller.
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout24.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h24-low-01", "es", "lowercase_asr", """
O: línea contra la trata buenas noches le escucho
C: buenas noches disculpe la hora es que no sé si esto es para ustedes o para la comisaría
O: cuénteme con confianza qué es lo que ha visto
C: yo tengo una bodeguita en [[LOCATION|tarapoto]] en la [[ADDRESS|banda de shilcayo por la calle los cedros]] y al frente han abierto un karaoke hace como dos meses
O: ya
C: y ahí trabajan chicas bien jovencitas eh de colegio parecen una de ellas vino a comprar y me dijo que tenía [[AGE|quince años]] que la trajeron de [[LOCATION|yurimaguas]] para atender mesas
O: cuántas chicas ha visto usted
C: tres cuatro no sé bien a veces cambian pero fijo son tres las que viven ahí arriba del local
O: y qué es lo que le preocupa de lo que pasa en el karaoke
C: que las hacen tomar con los clientes y después los clientes suben con ellas al segundo piso hasta las cuatro de la mañana y la chiquita esa me pidió mi celular para llamar a su mamá y el encargado la vio y la jaló del brazo para adentro
O: sabe cómo se llama el local o el encargado
C: el local se llama [[ORGANIZATION|karaoke la tentación]] y al encargado le dicen el [[PERSON|tuerto]] es un señor gordito
O: en este momento las chicas están ahí
C: sí ahorita está abierto se escucha la música desde acá
O: usted está en un lugar seguro alguien se ha dado cuenta que está llamando
C: no no estoy dentro de mi casa atrás de la tienda
O: bien voy a pasar esto ahora mismo a la policía para que vayan al local y también a la fiscalía porque hay menores me puede dejar un número para devolverle la llamada
C: ya pero que no digan mi nombre eh es el [[PHONE_NUMBER|nueve cuatro dos cinco cero siete uno ocho tres]]
O: nadie va a saber que usted llamó no se acerque al local y si ve que se llevan a las chicas a otro sitio vuelva a llamar mañana la llamamos para contarle
C: ya señorita gracias dios quiera que las saquen
""", note("witness", "report", ["sexual"], 3, True, ["female"], "San Martín", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una comerciante reporta que en un karaoke frente a su tienda viven al menos tres chicas, una de ellas "
          "adolescente traída de otra provincia, a quienes hacen beber con clientes y subir con ellos al piso de "
          "arriba. Se alertó a la policía para una intervención esa misma noche y a la fiscalía, con seguimiento."))

call("h24-low-02", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: aló sí buenos días este me dieron este número en la capitanía no sé si es aquí
O: sí dígame qué le pasa
C: yo estoy en [[LOCATION|chimbote]] trabajo en una embarcación pesquera la [[ORGANIZATION|don teófilo dos]] hace cinco meses y no me pagan nada dicen que todo se va en la deuda
O: qué deuda es esa
C: el patrón dice que le debo por el pasaje de [[LOCATION|cajamarca]] por la ropa de agua por la comida que nos dan en el barco y cada vez que volvemos la deuda es más grande ya no sé cuánto es
O: usted puede bajarse del barco cuando quiere
C: ahorita estoy en el muelle porque estamos descargando pero mañana salimos otra vez y el patrón tiene mi dni dice que me lo devuelve cuando termine de pagar
O: cuántos años tiene usted
C: [[AGE|veinte]] tengo y hay otro chico en el barco que tiene [[AGE|dieciséis]] también de mi pueblo él también está igual
O: alguien les ha pegado o los ha amenazado
C: al chico sí lo pateó el motorista cuando se mareó y no podía jalar la red y a mí me dijo que si me voy me van a acusar de robo
O: entiendo lo que me cuenta es trabajo forzoso y usted no tiene que volver a embarcarse si no quiere dónde podría quedarse esta noche
C: no tengo dónde señorita duermo en el barco nomás
O: voy a coordinar un albergue para hoy y una orientación legal para recuperar su dni y lo que le deben y también voy a informar a la fiscalía por el chico que sigue a bordo me da un número
C: es el [[PHONE_NUMBER|nueve cinco uno tres tres cero ocho siete dos]] es de un amigo del muelle
O: perfecto en una hora le llamo a ese número para decirle a dónde ir no se suba al barco
C: ya señorita ya gracias
""", note("victim", "help_request", ["labour"], 2, True, ["male"], "Áncash", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un joven pescador cuenta que trabaja desde hace meses en una embarcación sin recibir pago por una deuda "
          "que no deja de crecer, con su documento retenido y amenazas de una denuncia falsa; a bordo hay también "
          "un adolescente que ha sido agredido. Se coordina un albergue y orientación legal, se informa a la "
          "fiscalía y se le devolverá la llamada."))

call("h24-low-03", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes señorita quería hacer una consulta sobre un trabajo
O: sí claro dígame
C: yo he trabajado dos años en una casa en [[LOCATION|cajamarca]] como trabajadora del hogar cama afuera y la señora me ha despedido la semana pasada sin pagarme mis vacaciones ni la gratificación
O: ya entiendo usted trabajaba con horario y podía volver a su casa
C: sí sí yo entraba a las ocho y salía a las cinco me iba a mi casa normal el problema es que no me quiere pagar lo que me debe dice que no tengo contrato escrito
O: alguna vez le retuvieron documentos o la amenazaron o no la dejaban salir
C: no no nada de eso la señora es renegona nomás pero no es para tanto es por la plata que llamo
O: ya mire lo que usted me cuenta es un problema laboral no es un caso de trata pero igual tiene derechos aunque no haya contrato escrito
C: ah ya y entonces a dónde voy
O: puede acercarse a la dirección regional de trabajo o a la sunafil para presentar su queja también puede llamar a la línea gratuita del ministerio de trabajo ahí le calculan sus beneficios
C: y tengo que llevar algo
O: lleve su dni y si tiene mensajes o fotos donde se vea que trabajaba en esa casa eso le sirve como prueba
C: ya señorita muchas gracias no sabía que igual me tenían que pagar
O: de nada y si algún día sabe de alguien a quien no dejan salir o le quitan sus documentos puede llamar aquí
""", note("general_public", "not_relevant", [], 0, False, [], "Cajamarca", None, "low", ["information_given"],
          "Una trabajadora del hogar consulta porque fue despedida sin que le pagaran vacaciones ni gratificación. "
          "Se descartaron indicios de trata y se le orientó a acudir a la autoridad de trabajo para reclamar sus "
          "beneficios."))

call("h24-low-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: 
O: aló buenas noches me escucha
C: 
O: si no puede hablar puede darle un golpecito al teléfono o quedarse en línea yo le espero
C: jajaja cállate cállate
O: aló hay alguien ahí necesita ayuda
C: jajaja aló es la línea de los enamorados
O: no esta es la línea contra la trata de personas es un servicio para emergencias y consultas
C: ya ya ya chau
O: por favor no hagan llamadas de broma otras personas pueden necesitar la línea buenas noches
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada inicialmente en silencio que resultó ser una broma de unos jóvenes. La operadora verificó que "
          "nadie necesitara ayuda, explicó el propósito de la línea y pidió no repetir llamadas falsas."))

call("h24-low-05", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días señorita eh llamo de [[LOCATION|huamanga]] quería preguntar algo es por mi hermanita
O: sí dígame
C: mi hermanita tiene [[AGE|quince años]] y una señora que vino a la feria le dijo para irse a [[LOCATION|lima]] a trabajar en una casa cama adentro cuidando a un bebé y le van a pagar seiscientos soles y le dice que ahí mismo va a poder estudiar
O: su hermana ya viajó
C: no todavía dice la señora que el domingo viene a recogerla y que no necesita permiso de mi mamá que ella se encarga de todo
O: conocen a esa señora saben dónde vive o cómo se llama
C: solo sabemos que le dicen [[PERSON|doña chela]] no sabemos más mi mamá está contenta porque dice que así va a mandar plata pero yo no sé no me da confianza
O: hace bien en preguntar mire que recojan a una menor sin permiso de sus padres que le ofrezcan trabajo cama adentro y estudios y que no den dirección exacta son señales de alerta de captación
C: ah ya
O: además una adolescente de esa edad no debería trabajar cama adentro muchas veces terminan sin pagos sin salir y sin ir al colegio
C: y qué hacemos entonces
O: le recomiendo que conversen con su mamá que no la dejen viajar y que si esa señora insiste avisen a la comisaría o a la demuna también pueden llamarnos otra vez
C: ya le voy a decir a mi mamá gracias señorita
""", note("family_member", "information_request", ["domestic_servitude"], 1, True, ["female"], "Lima", "at_risk",
          "medium", ["information_given"],
          "Un familiar consulta porque una mujer desconocida ofreció a su hermana adolescente un trabajo doméstico "
          "cama adentro en la capital, con promesa de estudios y sin pedir permiso a la madre. Se explicaron las "
          "señales de alerta y se recomendó no dejarla viajar y avisar a las autoridades si insisten."))

call("h24-low-06", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: buenas tardes le habla [[PERSON|rocío tarazona]] de la demuna de [[LOCATION|amarilis]] en [[LOCATION|huánuco]] quería reportar un caso que estamos viendo
O: sí licenciada dígame
C: hay un niño de [[AGE|nueve años]] que lo vemos todos los días en el mercado modelo vendiendo caramelos y pidiendo plata hasta las diez de la noche y hoy por fin pudimos hablar con él
O: qué le contó el niño
C: que vive con un señor que él dice que es su tío que lo trajo de una comunidad de [[LOCATION|panao]] diciendo a su mamá que lo iba a poner en el colegio y que si no junta cuarenta soles al día no le da de comer y le pega con la correa
O: el niño tenía alguna lesión visible
C: sí tiene moretones en la espalda y una herida en la mano que no le han curado
O: ustedes tienen los datos del supuesto tío
C: le dicen [[PERSON|pancho]] vive por el [[ADDRESS|jirón los nogales detrás del mercado]] y según el niño hay otra niña más chiquita que también sale a vender pero no sabemos dónde
O: dónde está el niño ahora
C: se quedó en la demuna con la psicóloga no quiere regresar con ese señor
O: bien lo que describe es explotación para mendicidad de un menor vamos a derivar el caso a la unidad de protección especial y a la fiscalía de familia para que dicten una medida de protección y que lo vea un médico me da un número de contacto
C: sí mi celular es el [[PHONE_NUMBER|nueve seis dos cuatro cuatro uno cero siete cinco]]
O: gracias licenciada mañana la llamamos para ver cómo sigue y qué pasó con la otra niña
""", note("professional", "report", ["forced_begging"], 2, True, ["male", "female"], "Huánuco", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una funcionaria de protección infantil reporta que un niño traído de su comunidad con promesa de "
          "estudiar es obligado a vender y pedir dinero en un mercado, con castigos físicos si no cumple una cuota; "
          "habría otra niña en la misma situación. Se deriva a la unidad de protección y a la fiscalía de familia, "
          "con atención médica y seguimiento."))

# ------------------------------------------------ cased Spanish ----
call("h24-cased-01", "es", "cased", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, señorita. Yo ya llamé antes, hace como tres semanas, por mi hija. Soy [[PERSON|Teodoro Quenta]], de [[LOCATION|Tacna]].
O: Sí, señor [[PERSON|Quenta]]. Déjeme ubicar el caso... ¿Su hija es la joven que se fue a trabajar a [[LOCATION|Arica]]?
C: Sí, ella, [[PERSON|Yesenia]]. Le quería contar que ya está acá, en la casa. Regresó [[DATE_TIME|el jueves]].
O: Qué buena noticia. ¿Cómo logró volver?
C: La policía chilena entró a la schopería donde la tenían y la sacaron, a ella y a otras dos chicas. Después el consulado la ayudó a cruzar. Ella tiene [[AGE|17]], señorita, y ahí la obligaban a estar con los clientes, ahora recién nos ha contado todo.
O: Lamento mucho lo que pasó. ¿Cómo está ella ahora?
C: Físicamente bien, creo, pero no come, no quiere salir del cuarto, de noche se despierta gritando. Y tiene miedo porque la señora que la llevó, la [[PERSON|Marleny]], es de acá de [[LOCATION|Tacna]] nomás, y anda libre.
O: ¿Ya presentaron la denuncia aquí en Perú contra esa señora?
C: No, eso le quería preguntar. No sé si tengo que ir a la fiscalía o qué.
O: Sí, se debe denunciar ante la fiscalía especializada en trata; le vamos a conectar con una abogada gratuita que los acompañe, y pediremos que a su hija la declaren en cámara Gesell, para que no tenga que repetir lo que vivió muchas veces.
C: Ya. ¿Y para lo de su ánimo, para que la vea alguien?
O: Vamos a derivarla al centro de salud mental comunitario para que la atienda una psicóloga. ¿Su número sigue siendo el mismo que nos dio?
C: Sí, el mismo, el [[PHONE_NUMBER|952 718 406]].
O: Perfecto. La abogada lo llamará esta semana y yo lo llamo el lunes para ver cómo van. Si esa señora se acerca a su hija o los amenaza, llame al 105 y a nosotros.
C: Gracias, señorita. Ustedes nos han ayudado bastante.
""", note("family_member", "follow_up", ["sexual"], 3, True, ["female"], "Chile", "past", "medium",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Un padre llama en seguimiento de un caso previo para informar que su hija adolescente fue rescatada "
          "por la policía de un local en el extranjero donde era explotada sexualmente junto con otras dos chicas, "
          "y ya está en casa con secuelas emocionales. Se le orientó sobre la denuncia contra la captadora, que "
          "sigue libre, y se deriva a asesoría legal y atención psicológica, con seguimiento."))

call("h24-cased-02", "es", "cased", """
O: Línea contra la trata de personas, buenos días.
C: Buenos días. Le habla [[PERSON|Óscar Villar]], inspector de trabajo de la intendencia regional de [[LOCATION|Ica]]. Necesito coordinar un caso que encontramos esta mañana.
O: Buenos días, inspector. Dígame.
C: Hicimos una inspección en un fundo de uva en [[LOCATION|Santiago]], el [[ORGANIZATION|Fundo Las Dunas de Ocucaje]]. Los trabajadores no están en planilla, los trae un contratista, un tal [[PERSON|Roger Huarcaya]], desde [[LOCATION|Huancavelica]].
O: ¿Cuántos trabajadores son?
C: En el galpón contamos veintidós. Hombres y mujeres. Y al menos cuatro son menores, dos chicas y dos chicos, de [[AGE|14]] a [[AGE|16 años]], según nos dijeron.
O: ¿Qué condiciones encontraron?
C: Duermen en un galpón cerrado con candado por fuera en la noche, "para que no se escapen", nos dijo el capataz. El contratista les tiene los DNI y les descuenta pasaje, comida y herramientas; a varios no les ha pagado nada en dos meses. Un muchacho dijo que al que se queja lo dejan sin comer.
O: Eso excede lo laboral; hay indicios claros de trabajo forzoso y de trata. ¿Siguen allí las personas?
C: Sí, el contratista no estaba, pero el capataz se puso agresivo y nos pidió que nos retiremos. Yo estoy afuera del fundo, con mi colega. Me preocupa que esta noche los saquen a otro lado.
O: Entiendo. Voy a alertar ahora mismo a la policía especializada y a la fiscalía de turno para que intervengan hoy, antes de que los trasladen. Para los menores pediremos la intervención de la unidad de protección especial y un albergue. ¿Me da su celular?
C: [[PHONE_NUMBER|956 204 817]]. También tengo el acta con los nombres que pudimos anotar.
O: Muy bien, guárdela para la fiscalía. En media hora le confirmo quién va a llegar. No vuelvan a entrar solos.
C: De acuerdo, quedo atento.
""", note("professional", "report", ["labour"], 22, True, ["male", "female"], "Ica", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
          "Un inspector laboral reporta que en un fundo agrícola encontró a una veintena de trabajadores traídos "
          "por un contratista, entre ellos menores de edad, encerrados de noche, sin pago y con sus documentos "
          "retenidos. Se alertó a la policía y la fiscalía para intervenir el mismo día ante el riesgo de "
          "traslado, y se pide albergue para los menores."))

call("h24-cased-03", "es", "cased", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches... Disculpe, no sé si llamé bien. Es que quiero separarme de mi esposo y no sé a dónde ir.
O: Tranquila, cuénteme. ¿Está usted en peligro ahora?
C: No, ahorita no. Ya no vivo con él, me vine donde mi mamá en el [[LOCATION|Callao]] hace un mes. Él me pegaba, pero ahora ya no lo veo.
O: Entiendo. ¿Él la obligaba a trabajar, le quitaba su dinero o sus documentos, o la hacía trabajar para otras personas?
C: No, no, eso no. Yo trabajo en una tienda y mi plata es mía. Era celoso, me pegaba cuando tomaba. Lo que quiero es el divorcio y que pase la pensión para mis hijos.
O: Comprendo. Esta línea atiende casos de trata de personas, pero la voy a orientar. Para lo que usted necesita está la Línea 100, que es gratuita, y el Centro Emergencia Mujer más cercano, donde le dan abogada, psicóloga y la ayudan con la denuncia por violencia y con las medidas de protección.
C: ¿Y eso cuesta?
O: No, es gratuito. También para la pensión de alimentos puede ir con la defensa pública del Ministerio de Justicia, sin pagar abogado.
C: Ah, ya. ¿Y tengo que llevar algo?
O: Su DNI, las partidas de nacimiento de sus hijos y, si tiene, algún certificado médico o fotos de las lesiones. Y si él se acerca o la amenaza, llame al 105.
C: Ya, señorita. Disculpe por quitarle su tiempo.
O: No se preocupe, hizo bien en llamar. Cuídese mucho.
""", note("general_public", "not_relevant", [], 0, False, [], "Callao", None, "low", ["information_given"],
          "Una mujer que sufrió violencia de su pareja, con la que ya no convive, consulta cómo separarse y pedir "
          "pensión para sus hijos. Se descartaron indicios de trata y se la orientó hacia los servicios de atención "
          "a la violencia y la defensa pública."))

call("h24-cased-04", "es", "cased", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita, ¿aquí es para denunciar? Soy mototaxista, estoy en [[LOCATION|Bagua Grande]].
O: Sí, aquí recibimos denuncias. ¿Qué pasó?
C: Hace un rato he llevado a un señor con tres chicas, jovencitas, awajún parece que son, de las comunidades de arriba. Las llevé del [[ADDRESS|puente Corral Quemado]] hasta la agencia de buses.
O: ¿Qué le llamó la atención?
C: Que las chicas no hablaban nada, lloraba una. El señor les decía que no digan nada, que él ya habló con sus papás. Y una me preguntó bajito, en castellano mal, si en la costa hay colegio para ella. Chiquitas son, [[AGE|trece, catorce]] tendrán.
O: ¿Escuchó a dónde las llevaba?
C: Dijo "a trabajar a la costa, en un restaurante", pero no dijo ciudad. Sacó pasajes para el bus de las [[DATE_TIME|nueve de la noche]], de la [[ORGANIZATION|agencia Transportes Marañón Express]].
O: Son casi las ocho. ¿Siguen en la agencia?
C: Sí, las dejé ahí sentadas, yo estoy afuera en mi moto. El señor es flaco, con gorra roja, tendrá unos [[AGE|cuarenta]] años.
O: Gracias, esto es urgente. Voy a avisar a la comisaría de [[LOCATION|Bagua Grande]] para que vayan a la agencia antes de que salga el bus y verifiquen quién es ese señor y los permisos de las menores. Por favor no lo enfrente.
C: Ya, no, yo me quedo mirando nomás.
O: ¿Me da un número por si la policía lo necesita?
C: [[PHONE_NUMBER|941 307 552]]. Me dicen [[PERSON|Chino]].
O: Gracias, [[PERSON|Chino]]. Si el bus sale o se las llevan en otro carro, llámenos enseguida. Le devuelvo la llamada cuando llegue la policía.
""", note("witness", "report", ["unknown"], 3, True, ["female"], "Amazonas", "at_risk", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Un mototaxista reporta que acaba de llevar a un hombre con tres niñas indígenas, asustadas, a una "
          "agencia de buses para viajar esa noche a la costa con una supuesta oferta de trabajo. Se alertó a la "
          "policía para que verifique al adulto y a las menores antes de la salida del bus."))

# ------------------------------------------------ English ----
call("h24-en-01", "en", "cased", """
O: Línea contra la trata, good morning.
C: Good morning. Do you have someone who speaks English? I'm calling from an organisation.
O: Yes, I can help you in English. Go ahead.
C: Thanks. I'm [[PERSON|Priya Raman]], a caseworker with [[ORGANIZATION|Refugee Bridges Peru]] in [[LOCATION|Lima]]. I'm not calling about an emergency, I need some guidance for a client.
O: Of course.
C: She's a Venezuelan woman, [[AGE|26]]. About two years ago, when she first crossed into [[LOCATION|Peru]], she was taken to a nightclub in [[LOCATION|Tacna]] and forced into prostitution for several months. She got out on her own, moved to [[LOCATION|Lima]], and she's never reported it.
O: Is she safe now? Is anyone from that place still in contact with her?
C: She's safe, she has a job in a bakery. But last month she saw one of the men from that club on Facebook, and now she's thinking maybe she wants to report. She's scared that because she has no regular status she'll be deported.
O: I understand. First, a victim of trafficking is not punished for her migration status. If she reports, she can ask for protection and the prosecutor can request that she's recognised as a victim, which also helps with her migration situation.
C: That's really helpful. Can she report it from [[LOCATION|Lima]], even though it happened in [[LOCATION|Tacna]]?
O: Yes. She can go to the specialised prosecutor's office in [[LOCATION|Lima]], and they'll forward it. We can refer her to a free lawyer who'll go with her, so she doesn't have to do it alone.
C: Yes, please, that would be great. And does she need to bring anything?
O: Her ID if she has one, and anything that helps: names, the club's name, dates, the Facebook profile. Even if she doesn't have much, she can still report.
C: Perfect. Can the lawyer contact me first? My number is [[PHONE_NUMBER|+51 913 662 084]].
O: Of course. I'll pass your details on today, and we'll call you next week to check how it went.
C: Thank you so much.
""", note("professional", "information_request", ["sexual"], 1, False, ["female"], "Tacna", "past", "low",
          ["information_given", "referral_legal", "follow_up_call"],
          "A caseworker asks for guidance for a migrant woman who was forced into prostitution in a nightclub "
          "two years ago, escaped on her own and is now considering reporting it. Information was given on her "
          "rights and how to report, and she is referred to free legal support, with follow-up."))

call("h24-en-02", "en", "cased", """
O: Línea contra la trata, good evening.
C: Hello, hello. English, please? I am seaman, from [[LOCATION|Indonesia]].
O: Yes, I speak English. Are you safe to talk?
C: Now yes, I am on the dock, the others are sleeping. Our ship is in [[LOCATION|Paita]] for two days only. It is squid ship, the name is [[ORGANIZATION|Hai Feng 627]].
O: Okay. What is happening on the ship?
C: We are six Indonesian crew. The agent in [[LOCATION|Jakarta]] promise us 400 dollars every month, but we work eleven months, no salary. Only they say "later, later". The captain keep our passports. We work twenty hours some days.
O: Has anyone been hurt or threatened?
C: Yes. The boatswain hit my friend with iron, his head. He is sick now, fever, no doctor. And the youngest, [[PERSON|Rizky]], he is only [[AGE|seventeen]]. The captain say if we go to police, we go to jail because no visa.
O: I'm very sorry. You will not go to jail for asking for help. What is your name, if you want to tell me?
C: [[PERSON|Budi]]. [[PERSON|Budi Santoso]]. My WhatsApp is [[PHONE_NUMBER|+62 812 4471 0936]].
O: Thank you, [[PERSON|Budi]]. When does the ship leave?
C: [[DATE_TIME|Thursday morning]]. After, maybe one year more at sea.
O: Then we need to act before Thursday. I'll alert the police and the port authority in [[LOCATION|Paita]] tonight so they can board the ship, and ask for medical care for your friend. We'll also contact the prosecutor and a lawyer to help you recover your wages and passports.
C: Please, but don't say it was me.
O: We will protect your identity. I'll send you a WhatsApp message tomorrow morning. If the ship tries to leave early, or someone hurts you, call this number again.
C: Thank you, thank you, madam.
""", note("victim", "help_request", ["labour"], 6, True, ["male"], "Piura", "ongoing", "high",
          ["police_dispatch", "referral_health", "referral_legal", "follow_up_call"],
          "A foreign fisherman reports that he and five other crew members, including a minor, have worked for "
          "months on a fishing vessel without pay, with passports held by the captain, beatings and threats. "
          "Police and port authorities are alerted before the ship sails, with medical care for an injured crew "
          "member and legal referral."))

# ------------------------------------------------ Portuguese ----
call("h24-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde. A senhora fala português? Eu sou do [[LOCATION|Brasil]], de [[LOCATION|Manaus]].
O: Sí, un poquito, puedo entender. Pode falar devagar.
C: Tá. É a minha prima, [[PERSON|Thaís]]. Ela foi para [[LOCATION|Iquitos]] faz uns três meses, um homem ofereceu trabalho de garçonete num restaurante, pagando em dólar.
O: ¿Y qué pasó? ¿Ella se comunicou com o senhor?
C: Ela mandou áudio ontem à noite, chorando. Disse que não é restaurante, é uma boate, e que obrigam ela a sair com os clientes. O dono pegou o passaporte dela e diz que ela deve a passagem, o quarto, tudo.
O: ¿Cuántos años tiene ela?
C: [[AGE|Vinte]] anos. E disse que tem mais duas meninas brasileiras lá, uma delas tem só [[AGE|dezesseis]], ela disse.
O: ¿Sabe o nome do lugar ou o endereço?
C: Ela falou [[ORGANIZATION|Boate Luna Azul]], perto do porto, [[ADDRESS|na rua Próspero, quase na esquina com o mercado Belén]]. Ela não pode sair sozinha, sempre tem um homem olhando.
O: ¿Ela tem telefone com ela agora?
C: Ela esconde o celular, só usa de madrugada. O número é [[PHONE_NUMBER|+55 92 99418 2735]]. Por favor, não liga, só manda mensagem.
O: Entendido, não vamos ligar. Vamos avisar a polícia de [[LOCATION|Iquitos]] para que vaya al local, e depois ela pode ir para um abrigo. También vamos a informar al consulado de [[LOCATION|Brasil]].
C: Obrigado, moça. A família está desesperada.
O: Le vamos a llamar mañana para contarle. ¿Cuál es su número?
C: O mesmo que aparece aí, [[PHONE_NUMBER|+55 92 98123 6604]]. Meu nome é [[PERSON|Wellington]].
""", note("family_member", "report", ["sexual"], 3, True, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "follow_up_call"],
          "Un familiar en el extranjero reporta que su prima, captada con una oferta de trabajo como mesera, es "
          "obligada a prostituirse en una discoteca, con el pasaporte retenido por una supuesta deuda y vigilada; "
          "habría otras dos jóvenes extranjeras, una de ellas adolescente. Se alerta a la policía para intervenir, "
          "se prevé albergue y se informa al consulado, con seguimiento."))

# ------------------------------------------------ code-switching ----
call("h24-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hi, buenas noches, soy enfermera de emergencia en la [[ORGANIZATION|Clínica San Gabriel]], en [[LOCATION|Miraflores]]. Sorry, I grew up in the States, so I mix a lot. Tengo una paciente y I think she's being trafficked.
O: No hay problema, puede hablar como le sea cómodo. ¿Qué le hace pensar eso?
C: Llegó hace una hora con un corte en el brazo y golpes, she says she fell. Tiene [[AGE|23]], es de [[LOCATION|Iquitos]]. Cuando el hombre que la trajo salió a fumar, she grabbed my hand y me dijo "no me dejen ir con él".
O: ¿Le contó algo más?
C: Yeah, que trabaja en un "spa" en [[ADDRESS|la avenida Larco, second floor above a pharmacy]], que la obligan a atender clientes sexualmente, que le quitaron el DNI and she owes them like five thousand soles por el pasaje y el cuarto. There are other girls too, she said maybe four.
O: ¿Dónde está el hombre ahora?
C: In the waiting room, right now. Says he's her "manager", he keeps asking when she'll be discharged. He's kind of aggressive con las recepcionistas.
O: Entiendo. Voy a pedir ahora mismo que la policía vaya a la clínica. Mientras tanto, que no le den el alta ni la dejen sola con él. ¿Hay personal de seguridad?
C: Sí, security is here, le voy a avisar.
O: Bien. Después de la atención médica la vamos a llevar a un albergue, y la policía especializada verá lo del local y las otras chicas. ¿Me da un número directo?
C: Sí, my cell, [[PHONE_NUMBER|987 250 613]]. Me llamo [[PERSON|Kiara]].
O: Gracias, [[PERSON|Kiara]]. Si él intenta llevársela, llame al 105 de inmediato. Yo la vuelvo a llamar en quince minutos.
C: Okay, thank you. I'll stay with her.
""", note("professional", "report", ["sexual"], 5, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter", "referral_health", "follow_up_call"],
          "Una enfermera reporta que atiende a una joven con lesiones que le pidió ayuda en secreto: la obligan "
          "a prostituirse en un supuesto spa, le retienen el documento por una deuda y hay otras mujeres en el "
          "local, mientras el hombre que la controla espera en la clínica. Se envía a la policía de inmediato y "
          "se coordina un albergue tras la atención médica."))

# ------------------------------------------------ Colombian Spanish ----
call("h24-co-01", "es", "colombian", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Hola, buenas tardes, qué pena molestarla. Es que yo no sé si esto sea trata, pero una amiga me dijo que llamara aquí.
O: Hizo bien. Cuénteme con calma.
C: Bueno, yo soy de [[LOCATION|Pereira]], me vine hace cuatro meses a [[LOCATION|Arequipa]] porque una muchacha por Instagram me ofreció trabajo de modelo webcam, me dijo que ganaba hasta dos mil dólares, que ellos pagaban el pasaje y todo.
O: ¿Y cuando llegó qué pasó?
C: Pues nos tienen en un apartamento, somos cinco niñas colombianas, y tenemos que hacer transmisiones doce horas, hasta de madrugada. Si uno no hace lo que piden los clientes, le ponen multas. Y la deuda del pasaje no baja, cada vez uno debe más. A mí no me han pagado ni un peso, o sea, ni un sol.
O: ¿Le quitaron algún documento?
C: Sí, la señora, [[PERSON|Yuliana]], tiene nuestros pasaportes "guardados". Y dijo que si nos vamos, publica los videos y se los manda a nuestras familias.
O: Eso es muy grave, y es una forma de explotación sexual. ¿Dónde está usted ahora? ¿Puede hablar tranquila?
C: Sí, salí a la farmacia, estoy en un parquecito. Me dejan salir un ratico nomás, con el celular revisado.
O: ¿Usted quiere salir de ese lugar?
C: Sí, pues, pero me da miedo lo de los videos. Y las otras niñas, una de ellas tiene apenas [[AGE|dieciocho]].
O: Le entiendo. Difundir esos videos también es un delito, y podemos pedir que actúen rápido. Le propongo esto: la conectamos hoy con un albergue, y una abogada la orienta para denunciar, y así también se ayuda a las otras chicas. ¿Le puedo escribir a algún número?
C: A este mismo, pero por WhatsApp y solo después de las once de la noche, cuando ella duerme: [[PHONE_NUMBER|+57 314 582 0917]].
O: Listo. Esta noche le escribo con las indicaciones. Si la amenazan o la encierran, llame aquí o al 105.
C: Bueno, muchas gracias, de verdad, qué alivio.
""", note("victim", "help_request", ["sexual"], 5, False, ["female"], "Arequipa", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una joven extranjera cuenta que fue captada con una oferta de trabajo como modelo por internet y que "
          "ella y otras cuatro mujeres son obligadas a hacer transmisiones sexuales sin pago, con deudas, multas, "
          "pasaportes retenidos y amenazas de difundir videos. Se coordina un albergue y orientación legal, y se "
          "le escribirá para organizar su salida."))

# ------------------------------------------------ Andean Spanish with Quechua ----
call("h24-and-01", "es", "andean", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, mamita. Yo llamo de [[LOCATION|Andahuaylas]], de mi comunidad de [[LOCATION|Huancabamba]]. Es por mi nieto, pues, mi [[PERSON|Wilber]].
O: Sí, señora, la escucho. ¿Qué le ha pasado a su nieto?
C: Un señor contratista ha venido a la comunidad, en carnavales... ha llevado a varios jovencitos para cosechar, dice, para la selva, para [[LOCATION|Llochegua]]. Mi [[PERSON|Wilber]] también se ha ido, tiene [[AGE|catorce añitos]] nomás.
O: ¿Sabe qué trabajo hace allá?
C: Coca dice que cosechan, raspachín que le dicen. Ayer ha llamado, llorando llorando, "awichay, mamachay, ya no aguanto", me ha dicho. Que trabajan de madrugada hasta noche, que no les pagan, que la comida descuenta, y que no los dejan volver, dice que debe su pasaje.
O: ¿Cuántos jóvenes se fueron de la comunidad?
C: Cinco son, mamita. Tres son menorcitos como mi [[PERSON|Wilber]], los otros ya son jóvenes. Todos hombrecitos.
O: ¿Conoce al contratista? ¿Sabe su nombre?
C: [[PERSON|Fortunato]] le dicen, de [[LOCATION|San Jerónimo]] es, tiene su camioneta. Mi hija, la mamá del [[PERSON|Wilber]], está en [[LOCATION|Lima]] trabajando, no sabe todavía. Yo nomás estoy con los animalitos. Manam yachanichu imatam ruranay... no sé qué hacer, señorita.
O: No se preocupe, señora, hizo muy bien en llamar. Lo que le pasa a su nieto es explotación laboral de menores y vamos a pedir ayuda. Vamos a informar a la fiscalía y a la policía de esa zona para que los busquen. ¿Tiene un número donde la podamos llamar?
C: De mi vecina es, [[PHONE_NUMBER|nueve siete cuatro, cinco uno ocho, dos dos seis]]. Yo me llamo [[PERSON|Eusebia]].
O: Gracias, señora [[PERSON|Eusebia]]. ¿Tiene el número con el que llamó su nieto?
C: No sé, mamita, de otro señor era, mi vecina sabrá. Ella lo tiene en su celular.
O: Está bien, cuando la llamemos le preguntamos a su vecina. También la pondremos en contacto con la DEMUNA de su distrito. En dos días la llamamos para contarle.
C: Ya, mamita, diospagarasunki. Que lo traigan a mi [[PERSON|Wilber]], por favor.
""", note("family_member", "report", ["labour"], 5, True, ["male"], "Ayacucho", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una abuela reporta que su nieto adolescente y otros cuatro jóvenes de su comunidad fueron llevados por "
          "un contratista a cosechar hoja de coca en otra región, donde trabajan sin pago, con descuentos por la "
          "comida y sin poder regresar por una supuesta deuda. Se informa a la fiscalía y la policía de la zona, "
          "con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
