#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout18.jsonl: 16 fictional labelled hotline calls for a one-time generalisation test.

Written by an outside test-data writer who never saw the drafter's code, rules,
prompts or results; only LABELS.md, shared/eval/make_dev.py (conventions) and the
builder make_heldout.py (markup) were read. The 16 calls imitate one ordinary
shift: 6 lowercase unpunctuated Whisper-style Spanish transcripts, 4 cased
Spanish, 2 English, 1 Portuguese, 1 Spanish/English code-switching, 1 Andean
Spanish with Quechua words, 1 Venezuelan Spanish. Situations: minors taken to a
roadside karaoke, a fishing boat on the river, a wrong number, a follow-up on a
sewing workshop, a girl in domestic servitude seen at a health post, an old man
made to beg, a lawyer's questions, girls intercepted at a road checkpoint, a boy
carrying sacks in a market, a "coffee harvest" offer to carry backpacks, children
in an informal gold mine, a survivor returning from abroad, two women unpaid in a
restaurant, a cousin held in an online-scam compound, a girl promised to an older
man, and a follow-up from a man who escaped a poultry farm. All people, numbers,
handles, addresses and businesses are invented.

Run: python make_heldout18.py   (needs make_heldout.py next to it)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout18.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h18-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: señorita buenas noches le llamo de [[LOCATION|tambogrande]] rápido porque ahorita mismo se están llevando a las chicas de mi vecina
O: tranquila señora estoy aquí cuénteme qué está pasando
C: son dos hermanitas viven con su tía en [[ADDRESS|la casa de esquina frente a la capilla del caserío malingas]] la mayor tiene [[AGE|quince]] y la menor [[AGE|catorce años]] todas las noches viene un mototaxi rojo y se las lleva y regresan de madrugada y ahorita acaba de llegar el mototaxi la chiquita estaba llorando no quería subir
O: sabe a dónde las llevan
C: a un karaoke en la salida a [[LOCATION|piura]] se llama [[ORGANIZATION|el rinconcito norteño]] ahí van los hombres que trabajan en los mangos la mayor le contó a mi hija que las hacen tomar con los clientes y que tienen que irse con ellos a los cuartos de atrás
O: y la tía sabe lo que pasa
C: sí pues señorita la tía recibe la plata el chofer le da plata cada semana al chofer le dicen [[PERSON|chino]] él es el que las recoge
O: alcanza a ver la placa del mototaxi
C: no señorita está oscuro no alcanzo a ver solo que es rojo con una calcomanía de la virgen atrás
O: bien voy a alertar ahora mismo a la policía para que vayan al karaoke y saquen a las chicas usted no salga ni se acerque me puede dejar un número para llamarla después
C: sí anote [[PHONE_NUMBER|nueve cuatro ocho cinco uno dos seis siete tres]] pero que no sepan que fui yo por favor
O: su identidad queda reservada la llamamos más tarde para contarle
C: ya señorita gracias que dios las proteja a esas chiquitas
""", note("witness", "report", ["sexual"], 2, True, ["female"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Una vecina reporta que dos hermanas adolescentes son llevadas cada noche por un mototaxista a un "
          "karaoke donde las hacen beber y estar con clientes, con conocimiento de la tía, que recibe dinero. "
          "En ese momento se las estaban llevando, por lo que se alertó a la policía para que intervenga, con "
          "seguimiento."))

call("h18-lower-es-002", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita quería preguntar porque he estado trabajando en una lancha pesquera y no me han pagado nada y encima el patrón se ha quedado con mi dni
O: claro cuénteme con calma dónde fue eso
C: la lancha sale de [[LOCATION|nauta]] subimos río arriba para pescar y salar el pescado tres meses he estado ahí
O: y qué pasó en esos tres meses
C: trabajábamos desde las cuatro de la mañana hasta la noche el patrón don [[PERSON|teobaldo]] nos decía que al regresar nos iba a pagar ochocientos soles por mes pero cuando llegamos dijo que le debía la comida las botas y las redes y no me dio nada y cuando reclamé me pegó con el remo
O: estás herido necesitas que te vea un médico
C: no señorita ya estoy bien fue un golpe en la espalda nomás ya pasó
O: sigues en la lancha
C: no me escapé cuando atracamos en [[LOCATION|nauta]] ahora estoy donde mi tía en [[LOCATION|iquitos]] pero el dni se lo quedó él
O: había otras personas trabajando contigo algún menor de edad
C: no éramos tres nomás y los otros dos son sobrinos del patrón ellos sí cobran
O: cuántos años tienes
C: [[AGE|diecinueve]]
O: si quieres te podemos conseguir un albergue temporal donde quedarte
C: no gracias señorita estoy bien donde mi tía lo que quiero es mi dni y mi plata
O: entiendo lo que te han hecho no es legal y tienes derecho a denunciar vamos a derivar tu caso a la fiscalía de [[LOCATION|loreto]] y te explico con la denuncia puedes sacar un duplicado del dni en el reniec y en la inspección de trabajo puedes reclamar lo que te deben lleva el nombre de la lancha y del patrón
C: ya señorita voy a ir gracias
O: cualquier cosa vuelve a llamar la línea es gratuita
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Loreto", "past", "medium",
          ["referral_legal", "information_given"],
          "Un joven cuenta que trabajó tres meses en una lancha pesquera sin recibir pago, con una deuda "
          "impuesta por comida y equipo; fue golpeado al reclamar y el patrón retiene su documento. Ya escapó "
          "y está con un familiar; no quiso albergue, se deriva el caso a la fiscalía y se le orientó para "
          "recuperar su documento y reclamar su pago."))

call("h18-lower-es-003", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita quería saber a qué hora sale el bus de la noche para [[LOCATION|tacna]] y cuánto está el pasaje
O: señor esta es la línea gratuita contra la trata de personas no es una empresa de transportes
C: ah caramba mi sobrino me pasó este número me dijo que es de la agencia de [[LOCATION|arequipa]] que va para allá
O: puede ser que su sobrino se haya equivocado al copiar el número este es el número de la línea contra la trata
C: y qué es eso de la trata señorita disculpe que le pregunte
O: no se preocupe es cuando engañan a una persona o la llevan a otro lugar para explotarla por ejemplo haciéndola trabajar sin pagarle o en la prostitución aquí la gente llama para reportar esos casos o para pedir ayuda
C: ah ya ya eso he escuchado en la radio no señorita gracias a dios no es nada de eso yo solo quería viajar para ver a mi hija que está por dar a luz
O: qué bueno señor felicidades le sugiero que llame directamente a la empresa de buses o al terminal terrestre ellos le dan los horarios y los precios
C: ya señorita voy a preguntar en el terminal nomás muchas gracias y disculpe la molestia
O: no se preocupe señor que tenga buen viaje
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada equivocada de un señor que buscaba horarios y precios de bus para visitar a su hija. Se le "
          "explicó el propósito de la línea y se le sugirió consultar en el terminal."))

call("h18-lower-es-004", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita yo llamé el lunes por mi hermano el que está en un taller de costura en [[LOCATION|comas]] me dijeron que llame si sabía algo más
O: sí señorita me dice su nombre para ubicar el caso
C: [[PERSON|yessenia mamani]] y mi hermano es [[PERSON|rubén mamani]] tiene [[AGE|diecisiete años]]
O: ya ubiqué el reporte qué novedades tiene
C: anoche me llamó de un celular prestado dice que ya no están en el mismo sitio que el dueño se asustó y los cambió de casa ahora están en [[LOCATION|carabayllo]] en [[ADDRESS|la calle los jazmines cuadra tres una casa de cuatro pisos sin pintar]] y que en la noche les cierran la puerta con candado
O: siguen trabajando igual
C: igual señorita desde las siete de la mañana hasta la medianoche cosiendo polos en las máquinas y duermen ahí mismo en el piso
O: cuántos son los que están con él
C: son cinco varones todos de [[LOCATION|ayaviri]] los trajo un señor de allá menores son dos mi hermano y otro chico de [[AGE|dieciséis]] los demás ya son mayores
O: les pagan algo
C: no nada el dueño dice que primero tienen que pagar el pasaje y la comida y a mi hermano le ha dicho que si se escapa lo va a denunciar por robo de las telas
O: alguno está enfermo o lastimado
C: no señorita eso no me dijo solo que está cansado y que tiene miedo
O: ya con esta nueva dirección vamos a pedir ahora mismo que la policía vaya a la casa para sacarlos de ahí y le volvemos a llamar en la noche para contarle
C: gracias señorita por favor que sea rápido
""", note("family_member", "follow_up", ["labour"], 5, True, ["male"], "Lima", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Una hermana llama en seguimiento de un reporte previo: su hermano adolescente y otros cuatro jóvenes "
          "trabajan sin pago en un taller de costura bajo una deuda impuesta, encerrados de noche, y fueron "
          "trasladados a otro local. Con la nueva dirección se pide la intervención de la policía y se hará "
          "seguimiento."))

call("h18-lower-es-005", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita soy técnica de enfermería del puesto de salud de [[LOCATION|pichanaki]] estoy llamando porque tenemos una niña aquí y no sé qué hacer
O: dígame qué está pasando
C: la trajo una señora que dice que es su tía la niña tiene quemaduras en las manos y moretones en los brazos la señora dice que se quemó cocinando pero cuando salió a pagar la niña me dijo que no es su tía que la trajeron de su comunidad para cuidar a los bebés de la señora
O: cuántos años tiene la niña
C: [[AGE|trece años]] dice que no va al colegio que lava cocina cuida a tres bebés no le pagan nada y si hace algo mal la señora le pega con la correa y ayer le hizo meter la mano al agua caliente
O: dónde está la señora ahora mismo
C: está afuera en la sala de espera está apurada dice que ya se quiere ir con la niña
O: no deje que se la lleve voy a pedir ahora mismo a la policía que vaya al puesto de salud y aviso a la fiscalía de familia para que se haga cargo de la niña pueden mantenerla adentro
C: sí la tenemos en el tópico con la obstetra el doctor dice que las quemaduras no son graves
O: sabe el nombre de la señora
C: la niña le dice mamá [[PERSON|nélida]] no sé el apellido
O: está bien la policía ya está avisada si la señora intenta llevársela no se ponga en riesgo usted solo fíjese por dónde se va
C: ya señorita gracias
""", note("professional", "report", ["domestic_servitude"], 1, True, ["female"], "Junín", "ongoing", "immediate",
          ["police_dispatch", "referral_legal"],
          "Una trabajadora de salud informa que atiende a una niña con quemaduras y golpes que fue traída de su "
          "comunidad para cuidar niños y hacer tareas domésticas sin pago ni colegio, y que la mujer que la "
          "explota espera para llevársela. Se pidió a la policía ir de inmediato al establecimiento y se avisó "
          "a la fiscalía de familia."))

call("h18-lower-es-006", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: buenas tardes joven no sé si es aquí pero quería contar algo que veo todos los días
O: claro dígame
C: yo lustro zapatos en la plaza de [[LOCATION|yanahuara]] en [[LOCATION|arequipa]] y en [[ADDRESS|la esquina de la bajada al mirador]] hay un señor ciego mayorcito que pide limosna todo el día desde temprano hasta que oscurece
O: por qué le preocupa
C: porque todos los días a las siete lo traen dos jóvenes en un auto plomo lo sientan ahí y en la noche vienen le sacan toda la plata de la lata y se lo llevan el señor me contó que es de [[LOCATION|cabanaconde]] que lo trajeron prometiéndole una operación de la vista y ahora le dicen que tiene que pagar su cuarto y su comida
O: el señor le ha dicho que lo golpean o lo amenazan
C: no eso no me ha dicho y no he visto que le peguen le traen un pancito al mediodía nomás pero él me dice que quiere regresar a su pueblo y que no lo dejan
O: cuántos años tendrá el señor
C: unos [[AGE|setenta]] más o menos
O: alcanzó a ver la placa del auto
C: no joven no me fijé
O: bien vamos a pasar el reporte a la policía para que vayan esta tarde a verificar me puede dejar un número para llamarle después
C: no joven prefiero no dar mi número yo no quiero problemas con esa gente
O: está bien puede quedar anónimo si vuelve a ver algo llámenos es gratis
C: ya joven gracias
""", note("witness", "report", ["forced_begging"], 1, False, ["male"], "Arequipa", "ongoing", "medium",
          ["police_dispatch"],
          "Un lustrabotas reporta que un hombre mayor con discapacidad visual es llevado cada día a pedir "
          "limosna por dos jóvenes que se quedan con todo el dinero, tras traerlo de su pueblo con una promesa "
          "falsa, y no le permiten regresar. Se pasa el reporte a la policía para que verifique; el llamante "
          "prefirió no dejar contacto."))

# ------------------------------------------------ cased Spanish ----
call("h18-es-007", "es", "plain", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Soy abogada, me llamo [[PERSON|Giuliana Paredes]]. Llevo el caso de una clienta y quería hacer unas consultas; no es una emergencia.
O: Claro, doctora, dígame.
C: Mi clienta tiene [[AGE|23 años]]. Hace como dos años la tuvieron en una discoteca en [[LOCATION|Wanchaq]], en [[LOCATION|Cusco]]: la obligaban a acompañar a los clientes y a tener relaciones con ellos, y le quitaban casi todo lo que ganaba. Salió de ahí hace un año y medio y ya no tiene contacto con esa gente.
O: ¿Ella está en un lugar seguro ahora?
C: Sí, vive con su mamá en otra ciudad y está trabajando. El proceso penal recién empieza y tiene miedo de que en el juicio la vean los acusados.
O: Entiendo. ¿Qué le gustaría saber?
C: Primero, si puede declarar sin estar frente a ellos. Y segundo, si le corresponde alguna reparación.
O: Sí a las dos cosas. Como víctima puede pedir reserva de identidad y declarar en cámara Gesell, sin confrontación con los acusados, y lo ideal es que declare una sola vez para no revictimizarla. Sobre la reparación civil, ustedes pueden constituirse en actor civil y pedir un monto, que el juez fija en la sentencia.
C: Perfecto. ¿Y tiene derecho a apoyo psicológico gratuito? Aunque ya está yendo a terapia particular, así que por ahora no nos hace falta.
O: Sí tiene derecho. Si más adelante lo necesita, nos llama y la derivamos. ¿Algo más en lo que la pueda orientar?
C: No, eso era todo. Muy amable.
O: A usted, doctora. Cualquier duda, atendemos las 24 horas.
""", note("professional", "information_request", ["sexual"], 1, False, ["female"], "Cusco", "past", "low",
          ["information_given"],
          "Una abogada consulta por el caso de su clienta, una joven que hace unos años fue obligada a "
          "prostituirse en una discoteca y que ya está fuera de esa situación. Se le explicó la reserva de "
          "identidad, la declaración sin confrontación con los acusados y la reparación civil."))

call("h18-es-008", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, le habla el suboficial [[PERSON|Quenaya]], del puesto de control policial en la carretera, a la entrada de [[LOCATION|Tacna]].
O: Buenas noches, suboficial. ¿En qué le podemos apoyar?
C: Hace una hora intervenimos un bus interprovincial que venía de [[LOCATION|Juliaca]] y encontramos a tres chicas menores de edad que viajaban con un hombre. Tenían un permiso notarial de viaje, pero está adulterado.
O: ¿Qué edades tienen?
C: Dos tienen [[AGE|15]] y una [[AGE|16 años]]. Son de [[LOCATION|Ilave]]. Dicen que el señor les ofreció trabajo de meseras en un restaurante, 50 soles diarios. Pero en el celular del sujeto hay mensajes con el dueño de un karaoke, donde le dice "ya te llevo a las nuevas, están jovencitas", y fotos de ellas.
O: ¿Las chicas llegaron a trabajar en ese lugar?
C: No, no llegaron. Las interceptamos antes. Están aquí con nosotros, asustadas pero bien; el médico legista ya las evaluó y no tienen lesiones.
O: Muy bien. ¿Se ha comunicado con sus familias?
C: Con la mamá de una, sí, viene mañana desde [[LOCATION|Ilave]]. De las otras dos todavía no tenemos el número. El sujeto está detenido y la fiscalía ya está informada. Lo que necesito es un lugar donde puedan pasar la noche, porque aquí en el puesto no hay condiciones.
O: Entendido. Voy a coordinar un albergue en [[LOCATION|Tacna]] para las tres, y que las recojan de su puesto. ¿A qué número le confirmo?
C: A mi celular, [[PHONE_NUMBER|952 418 370]].
O: Le llamo en media hora con la confirmación del albergue y la hora del recojo.
C: Gracias, quedo atento.
""", note("professional", "help_request", ["sexual"], 3, True, ["female"], "Tacna", "at_risk", "high",
          ["referral_shelter", "follow_up_call"],
          "Un policía informa que en un control de carretera se interceptó a tres adolescentes trasladadas por "
          "un hombre con un permiso de viaje adulterado, con una falsa oferta de trabajo y mensajes que indican "
          "que iban a ser explotadas sexualmente en un karaoke. El sujeto fue detenido y se coordina un "
          "albergue para las adolescentes, con seguimiento."))

call("h18-es-009", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Le llamo desde [[LOCATION|Cajabamba]], en [[LOCATION|Cajamarca]]. Es por un chico de mi caserío, el hijo de mi vecina.
O: La escucho, señora. ¿Qué le ha pasado al chico?
C: Se llama [[PERSON|Elmer]], tiene [[AGE|15 años]]. A comienzos de año vino un comerciante, un tal [[PERSON|Orbegoso]], y le dijo a la mamá que se lo llevaba a [[LOCATION|Trujillo]] para que ayude en su puesto de papas en el mercado, y que lo iba a hacer estudiar en la noche. La mamá aceptó porque es viuda y tiene cinco hijos.
O: ¿Y qué sabe de cómo está ahora?
C: Mi hijo trabaja en el [[ORGANIZATION|Mercado La Hermelinda]] y lo ha visto. Dice que [[PERSON|Elmer]] carga sacos de papa de cincuenta kilos desde las tres de la mañana, que duerme debajo del puesto encima de unos costales, y que no estudia nada. Está flaquito, con tos. El comerciante dice que la plata se la manda a la mamá, pero ella no ha recibido ni un sol.
O: ¿Su hijo ha visto que lo golpeen o que no lo dejen salir?
C: Golpear no ha visto. Pero el chico le contó que el señor le tiene su DNI y le dice que si se va, la policía lo va a agarrar por ser menor de edad y lo van a encerrar.
O: ¿La mamá sabe que usted está llamando?
C: Sí, ella me pidió. Habla poco castellano y no tiene celular.
O: Bien. Vamos a derivar el caso a la fiscalía de familia y a la unidad de protección especial en [[LOCATION|Trujillo]] para que lo ubiquen en el mercado. Además, la mamá puede ir a la comisaría de su distrito a dejar constancia; se lo explico para que usted se lo diga: que lleve su DNI y la partida de nacimiento del chico, y que cuente todo lo que usted me ha contado.
C: Ya, señorita, ya anoté.
O: ¿Tiene un número donde la podamos llamar?
C: Sí, es el [[PHONE_NUMBER|976 230 514]].
O: La llamamos en unos días para contarle qué se avanzó.
C: Gracias, señorita. Ojalá lo traigan de vuelta.
""", note("acquaintance", "report", ["labour"], 1, True, ["male"], "La Libertad", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una vecina reporta que un adolescente de su comunidad fue llevado por un comerciante a otra ciudad "
          "con la promesa de estudiar y trabaja cargando sacos en un mercado desde la madrugada, sin pago, "
          "durmiendo bajo el puesto y con su documento retenido. Se deriva a la fiscalía de familia y a "
          "protección especial, se orientó sobre la denuncia de la madre y se hará seguimiento."))

call("h18-es-010", "es", "plain", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes. Quería consultar algo, no sé si es aquí. Mi hijo tiene [[AGE|17 años]] y un señor le ha ofrecido trabajo en la cosecha de café en [[LOCATION|Pichari]].
O: Sí, es aquí, la oriento con gusto. ¿Desde dónde nos llama?
C: De [[LOCATION|Huancayo]], de [[LOCATION|Chilca]]. El señor se le acercó a mi hijo en la cancha de fútbol. Le dijo que le paga 100 soles diarios, mucho más de lo que pagan en cualquier cosecha, y que aparte del café a veces va a tener que llevar unas mochilas por el monte, de noche, y que no pregunte qué hay adentro.
O: ¿Su hijo ya viajó?
C: No, todavía no. Quiere irse el próximo fin de semana. Yo le digo que no, pero él dice que es su oportunidad.
O: ¿Le han pedido documentos o dinero?
C: No, nada. Al contrario, le dijeron que el pasaje lo pagan ellos.
O: Señora, lo que me describe tiene señales de alerta muy claras: un pago muy por encima de lo normal, el transporte pagado y cargar mochilas de noche sin saber qué llevan. En esa zona hay grupos que captan a jóvenes para transportar droga, y una vez allá no los dejan regresar. Le recomiendo que su hijo no viaje.
C: Ay, Dios mío, yo me imaginaba algo así. ¿Y puedo denunciar al señor?
O: Sí, puede poner la denuncia en la comisaría; si tiene su nombre o su número, mejor. Si quiere, también podemos llamar nosotros a su hijo para explicarle los riesgos.
C: No, gracias, mejor le hablo yo, no quiere que nadie se meta. Pero sí voy a ir a la comisaría.
O: Muy bien. Y si su hijo se va de todas maneras, llámenos de inmediato, a cualquier hora.
C: Muchas gracias, señorita.
""", note("family_member", "information_request", ["forced_criminality"], 1, True, ["male"], "Cusco", "at_risk",
          "medium", ["information_given"],
          "Una madre consulta por una oferta de trabajo en la cosecha de café para su hijo adolescente, con un "
          "pago muy alto, pasaje pagado y el encargo de cargar mochilas de noche sin saber su contenido. Se "
          "explicaron las señales de captación para transportar droga y cómo denunciar; la madre no quiso que "
          "la línea llamara a su hijo."))

# ------------------------------------------------ English ----
call("h18-en-011", "en", "plain", """
O: Línea contra la trata, buenos días.
C: Hi, good morning, sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Thanks. My name is [[PERSON|Tobias Krenn]], I'm a geologist. I've been doing fieldwork for a university project near [[LOCATION|Nasca]], out in the desert where the small gold mines are.
O: Okay. What did you see?
C: There's an informal mine, just a few tunnels and a shack, on the track past [[LOCATION|Saramarca]]. Three boys work there. They're young, really young, I'd say [[AGE|thirteen]], maybe [[AGE|fourteen]]. They go down the tunnels with candles, carry the rock out in sacks, and then they grind it with mercury with their bare hands.
O: Did you speak with them?
C: A little. One of them told me they came from [[LOCATION|Ayacucho]] with a man they call [[PERSON|Compadre]], and that he'll pay them at the end of the season, once they've "paid off" the bus ticket and the food. They sleep in the shack. I asked if they wanted to go home and he just looked over at the man and didn't answer.
O: Did you see any violence, or weapons?
C: No, no violence that I saw, and no guns. But the man watches them all the time.
O: Are you still in the area?
C: No, I'm back in [[LOCATION|Lima]] now, I fly home on [[DATE_TIME|Friday]]. But I saved the coordinates: [[ADDRESS|minus 14.6102, minus 74.8931]].
O: That's very useful. Since there are children involved, we'll refer this to the prosecutor's office and the labour inspectorate in [[LOCATION|Ica]]. Can I have an email or a phone number in case they need your statement before you leave?
C: Sure, it's [[EMAIL_ADDRESS|t.krenn@geo-uni-graz.at]], and my phone is [[PHONE_NUMBER|+43 660 481 2277]].
O: Thank you, [[PERSON|Tobias]]. We'll call you tomorrow to let you know who will contact you.
C: Great, thank you. I haven't been able to stop thinking about them.
""", note("witness", "report", ["labour"], 3, True, ["male"], "Ica", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "A foreign researcher reports that three young boys brought from another region work in an informal "
          "gold mine, carrying rock and handling mercury, unpaid until they repay travel and food costs and "
          "under constant watch. The case is referred to the prosecutor and the labour inspectorate, with "
          "follow-up."))

call("h18-en-012", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hi, good afternoon, I hope English is okay. I'm calling from [[LOCATION|Houston]], [[LOCATION|Texas]]. I'm a case manager at [[ORGANIZATION|Safe Harbor Survivor Services]].
O: Yes, English is fine. How can we help?
C: We've been supporting a Peruvian woman, she's [[AGE|29]], who was trafficked here. She was recruited for a job with a cleaning company, but she ended up living in a family's house, cleaning and looking after their children day and night, without pay, and locked in whenever they went out. That went on for almost a year. She was rescued in the spring and she's been in our shelter since. She's safe now.
O: I'm glad she's safe. What does she need from us?
C: She's decided to go home. She flies into [[LOCATION|Lima]] on [[DATE_TIME|March 3]] and then wants to go to her family in [[LOCATION|Tarapoto]]. But things with her family are complicated, so she'd like a safe place to stay for the first few weeks, and she really needs to continue her therapy and her anxiety medication.
O: Understood. We can coordinate a place for her in a shelter in [[LOCATION|Tarapoto]], and connect her with the community mental health centre there so she can keep up her treatment. Does she have her Peruvian ID?
C: No. Her employers took her passport and we never got it back. The consulate gave her a travel document, but she doesn't have her national ID card.
O: That's fine, the shelter staff can help her get a new one. Could you send us her details and a short report by email?
C: Of course. I'm [[PERSON|Rebecca Okafor]], and my email is [[EMAIL_ADDRESS|r.okafor@safeharborhtx.org]].
O: Thank you, [[PERSON|Rebecca]]. I'll call you back in two days to confirm the shelter and the health appointment.
C: Perfect. Thank you so much, this means a lot to her.
""", note("professional", "help_request", ["domestic_servitude"], 1, False, ["female"], "United States", "past",
          "medium", ["referral_shelter", "referral_health", "follow_up_call"],
          "A case manager from a foreign organisation asks for support for a woman who was held abroad for "
          "almost a year doing unpaid, locked-in domestic work and is now returning home. A shelter place and "
          "continued mental health care are being arranged, with follow-up."))

# ------------------------------------------------ Portuguese ----
call("h18-pt-013", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Boa tarde. Desculpa, não falo bem espanhol. Eu sou brasileira, estou em [[LOCATION|Lima]], em [[LOCATION|Miraflores]]. Preciso de ajuda para mim e para minha prima.
O: Sí, hablo un poco de portugués. Pode falar devagar. ¿Qué pasa?
C: A gente veio de [[LOCATION|Manaus]] há dois meses. Um homem ofereceu trabalho de garçonete num restaurante brasileiro aqui, com salário de mil dólares. Mas a gente trabalha das dez da manhã até as duas da madrugada, todos os dias, e o dono, o [[PERSON|Wanderley]], não pagou nada até agora. Diz que a gente deve a passagem e o quarto.
O: ¿Tienen sus pasaportes?
C: Não, ele ficou com os dois passaportes, disse que era para fazer o contrato. A gente dorme num quarto em cima do restaurante.
O: ¿Las dejan salir? ¿Las han golpeado o amenazado?
C: Sair, a gente sai no dia de folga... não, mentira, nem folga tem. Mas dá para ir ao mercado. Bater, não bateu. Mas ele grita e diz que se a gente for embora ele chama a imigração.
O: ¿Cuántos años tienen?
C: Eu tenho [[AGE|vinte e seis]] e minha prima [[AGE|vinte e um]].
O: ¿Están en peligro ahora mismo?
C: Agora não, ele não está aqui. A gente quer sair e voltar para o [[LOCATION|Brasil]], mas não temos dinheiro nem documento.
O: Entiendo. Lo que les hacen es explotación y no es culpa de ustedes. Podemos llevarlas a un albergue mientras tanto, y derivamos el caso a la fiscalía para que recuperen sus pasaportes y su pago.
C: Sim, a gente quer ir para o abrigo, por favor.
O: Muy bien. ¿A qué número las llamo para coordinar la salida?
C: Este número é da minha prima: [[PHONE_NUMBER|+55 92 98127 4406]]. Só WhatsApp.
O: Les escribo en una hora para coordinar. Si él se pone violento, llámennos de inmediato.
C: Obrigada, muito obrigada.
""", note("victim", "help_request", ["labour"], 2, False, ["female"], "Lima", "ongoing", "medium",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una mujer extranjera llama porque ella y su prima trabajan jornadas extenuantes sin pago en un "
          "restaurante, con una supuesta deuda por pasaje y alojamiento, los pasaportes retenidos y amenazas de "
          "denunciarlas a migraciones. Aceptaron ir a un albergue y se deriva el caso a la fiscalía, con "
          "seguimiento para coordinar su salida."))

# ------------------------------------------------ code-switching ----
call("h18-cs-014", "es", "code_switching", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Hi, hola, sorry, I switch a lot, crecí en [[LOCATION|California]] pero ahora vivo en [[LOCATION|Lima]]. Es por mi primo [[PERSON|Renzo]], he's in trouble, like real trouble.
O: Tranquila, hable como le sea más fácil. ¿Qué le pasa a su primo?
C: Okay so, hace cuatro meses le ofrecieron un job de customer service en [[LOCATION|Bangkok]], por LinkedIn, good salary, they paid the flight and everything. Pero cuando llegó lo subieron a una van y lo cruzaron la frontera, a [[LOCATION|Myanmar]], a un compound con rejas y guardias armados.
O: ¿Y qué hace allá?
C: Lo obligan a hacer scams, like, tiene que crear perfiles falsos y convencer a gente de invertir en crypto. Si no llega a la meta, lo dejan sin comer o le pegan. He sent me audios crying. Le quitaron el pasaporte y le dicen que para irse tiene que pagar ocho mil dólares.
O: ¿Cuántos años tiene [[PERSON|Renzo]]? ¿Hay otros peruanos con él?
C: He's [[AGE|twenty-four]]. Y dice que hay otros latinos, pero peruanos no sé cuántos, I honestly don't know.
O: ¿Tiene forma de comunicarse con él?
C: Sí, por Telegram, a veces, cuando le devuelven el celular. Su usuario es [[OTHER_ID|@renzo_vr24]].
O: Bien. Lo que le pasa a su primo es trata, y él es víctima. Vamos a derivar el caso a la fiscalía y a la policía especializada, que coordinan con cancillería en estos casos. Y le explico: la familia puede escribir al consulado peruano en [[LOCATION|Bangkok]] con todos los datos, y no deben pagar ningún rescate.
C: Okay, no pagar, got it. ¿Y ustedes me van a llamar?
O: Sí, la llamo en dos días para contarle cómo avanza. ¿Me deja su nombre y su número?
C: Claro, soy [[PERSON|Ashley Vargas]], mi número es [[PHONE_NUMBER|994 027 638]]. Please, help him.
O: Gracias, [[PERSON|Ashley]]. Guarde todos los audios y mensajes, sirven como prueba.
""", note("family_member", "report", ["forced_criminality"], 1, False, ["male"], "Myanmar", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una familiar reporta que su primo aceptó una oferta de trabajo en el extranjero y fue llevado a un "
          "recinto vigilado donde lo obligan a cometer estafas en línea, con golpes, privación de comida, "
          "pasaporte retenido y un pago exigido para dejarlo ir. Se deriva a fiscalía y policía especializada, "
          "se orientó sobre el contacto con el consulado y se hará seguimiento."))

# ------------------------------------------------ Andean Spanish, Quechua words ----
call("h18-qu-015", "es", "andean_quechua", """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamita, buenos días. Yo llamo de [[LOCATION|Andahuaylas]], de la comunidad de más arriba, de [[LOCATION|Pacucha]]. Es por mi nieta, pues, mi sipascha.
O: Buenos días, abuelita. La escucho, hable con calma. ¿Qué le pasa a su nieta?
C: Su padrastro de ella la está dando a un hombre, mamita. Un señor de la mina, ya mayorcito, de cuarenta años será. Le ha dado plata al padrastro y una vaquita, y dice que la otra semana se la lleva para que sea su mujer, para que le cocine y le atienda allá en la mina.
O: ¿Cuántos años tiene su nieta?
C: [[AGE|Catorce añitos]] nomás, mamita. Todavía va al colegio. Wawa nomás es. Todas las noches está waqakuspa, llorando, no quiere irse.
O: ¿Y la mamá de la niña qué dice?
C: Mi hija no dice nada, le tiene miedo al padrastro. Cuando toma, le pega. Manam, no puede decir nada ella.
O: ¿La niña ya se fue con ese señor o sigue en su casa?
C: No, todavía está en la casa, ari. Por eso llamo ahorita, antes que se la lleve.
O: ¿Sabe el nombre del señor o de qué mina es?
C: Le dicen don [[PERSON|Pancracio]], trabaja en la mina de [[LOCATION|Chalhuahuacho]]. Más no sé, mamita.
O: Abuelita, lo que me cuenta es muy grave. A una niña no la pueden entregar a un hombre, eso es un delito. Hoy mismo vamos a pasar el caso a la fiscalía de familia de [[LOCATION|Andahuaylas]] para que protejan a su nieta antes de que se la lleven. ¿Me puede dar el nombre de la niña?
C: [[PERSON|Yeni]] se llama, [[PERSON|Yeni Huamaní Ccorahua]]. Yo soy [[PERSON|Celestina Ccorahua]].
O: Gracias, señora [[PERSON|Celestina]]. ¿Tiene un número donde la podamos llamar?
C: De mi vecino nomás, mamita: [[PHONE_NUMBER|983 105 642]]. Yo no tengo celular.
O: Muy bien. Mañana la llamamos a ese número para contarle. Si ve que se la quieren llevar antes, llame al 105 o aquí mismo, a cualquier hora.
C: Ya, mamita. Diospagrasunki, Dios se lo pague.
""", note("family_member", "report", ["other"], 1, True, ["female"], "Apurímac", "at_risk", "high",
          ["referral_legal", "follow_up_call"],
          "Una abuela reporta que el padrastro de su nieta adolescente recibió dinero y un animal de un hombre "
          "adulto de una zona minera, que planea llevársela como pareja para que le cocine y lo atienda. La niña "
          "sigue en casa; se deriva el caso a la fiscalía de familia para protegerla, con seguimiento."))

# ------------------------------------------------ Venezuelan Spanish ----
call("h18-ve-016", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi pana, disculpa. Yo llamé hace como dos semanas, cuando me escapé de la granja de pollos en [[LOCATION|Huacho]]. Ustedes me mandaron al albergue.
O: Sí, señor. ¿Me recuerda su nombre para ubicar el caso?
C: [[PERSON|Yorman Villarroel]]. Mi cédula es la [[ID_NUMBER|V-25.906.114]].
O: Ya lo ubiqué, señor [[PERSON|Yorman]]. ¿Sigue en el albergue?
C: Sí, aquí estoy, tranquilo, vale, me tratan bien. Pero te llamo porque nadie de la fiscalía me ha llamado, y el señor de la granja todavía tiene mi pasaporte.
O: Entiendo. ¿Hay algo nuevo que quiera contarnos?
C: Sí, chamo, eso es lo que me tiene mal. Anoche me escribió un compañero que sigue allá, [[PERSON|Deiver]]. Dice que quedan tres, los tres venezolanos, todos mayores de edad, y que desde que yo me fui los encierran en el galpón en la noche. Y el capataz le dio un golpe a uno porque se le murieron unos pollos.
O: ¿Le dijo si alguno está herido?
C: Herido grave no. Un morado en la cara nomás. Pero están asustados, y a ellos tampoco les pagan desde hace tres meses.
O: Gracias por avisarnos. Hoy mismo paso esta información a la fiscalía que lleva el caso, para que actúen también por sus compañeros, y pido que lo citen a declarar pronto. Mañana lo llamo al albergue para contarle.
C: Dale, mi pana. ¿Y lo del pasaporte, qué hago?
O: Eso lo ve la fiscalía; con la denuncia pueden ordenar que se lo devuelvan. Mientras tanto, su cédula y la constancia de la denuncia le sirven para identificarse.
C: Ok, ok. Gracias, chamo, de verdad. Qué vaina con esa gente.
""", note("victim", "follow_up", ["labour"], 4, False, ["male"], "Lima", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Un migrante que escapó de una granja avícola y está en un albergue llama en seguimiento porque la "
          "fiscalía aún no lo contacta y su pasaporte sigue retenido. Informa que tres compañeros siguen en la "
          "granja sin pago, encerrados de noche, y que uno fue golpeado; se pasa la información a la fiscalía y "
          "se le orientó sobre su documento, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
