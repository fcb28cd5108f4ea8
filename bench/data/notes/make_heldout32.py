#!/usr/bin/env python3
# ruff: noqa: E501, RUF100  (each transcript turn is one line of data)
"""Generate heldout32.jsonl: 16 fictional, labelled hotline calls for a one-off held-out measurement.

Written by an outside test-data writer who never saw the drafter's code, rules, tuning data or
results. Files read: /work/shared/eval/LABELS.md, /work/shared/eval/make_dev.py, and the builder
copy make_heldout.py next to this file (call()/note()/build() and markup only).

Mix: 5 lowercase unpunctuated ASR-style Spanish (lowercase_asr), 5 cased Spanish (plain),
2 English (plain), 1 Brazilian Portuguese (portuguese), 1 Venezuelan Spanish (venezuelan),
1 Spanish/English code-switching (code_switching), 1 Andean Spanish with Quechua words
(andean_quechua).
Callers: victims in Peru and abroad (5), relatives incl. one calling back about a reported case (3),
neighbour / passer-by witnesses (2), a co-worker (1), professionals (hospital social worker,
port chaplain, school counsellor) (3), members of the public (2).
Call types: reports (7), help requests (3), consultations (3), a follow-up (1), two calls that are
not about trafficking (a prize scam, a tourist's refund complaint).
Exploitation: sexual (incl. online), labour (coffee farm, textile workshop abroad, logging, fishing
vessel, gold mining), domestic servitude (at risk), forced begging + forced criminality in one call,
forced criminality (drug mule), sale of a newborn (other).
Situations: ongoing, past, at risk; urgency from immediate to low. All people, numbers, IDs,
handles, plates, vessels, businesses and street addresses are invented.

Run: python make_heldout32.py  (writes heldout32.jsonl next to this script)
"""
import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout32.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls


# ------------------------------------------------ lowercase ASR, Spanish ----

call("h32-lower-01", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas noches le escucho
C: aló señorita sí disculpe la hora es que no sabíamos a quién llamar un señor del terminal nos prestó su celular
O: no se preocupe dígame cómo se llama y desde dónde me llama
C: yo soy [[PERSON|wilmer]] [[PERSON|wilmer ccorahua]] estamos en el terminal de [[LOCATION|jaén]] con mi primo anoche nos hemos escapado de una finca de café
O: escaparon de dónde exactamente y de quién
C: de una finca más arriba de [[LOCATION|la coipa]] por [[LOCATION|san ignacio]] el nombre del caserío no sé el dueño es un señor [[PERSON|abelardo]] le dicen el [[PERSON|gringo]]
O: cuánto tiempo han estado ahí
C: casi tres meses un enganchador vino a nuestro pueblo en [[LOCATION|huancabamba]] ofreciendo cincuenta soles diarios con comida y pasaje pagado para la cosecha
O: y les pagaron lo que les ofrecieron
C: nada señorita nada llegando nos dijeron que debíamos el pasaje la comida las botas y que con eso ya no alcanzaba y nos pidió los dni diciendo que eran para la planilla y nunca los devolvió
O: podían salir de la finca cuando querían
C: de día estábamos en el cafetal con el capataz y en la noche cerraban el galpón con candado por fuera y había perros bravos bueno los perros eran del vecino creo pero igual daba miedo
O: había más trabajadores con ustedes
C: había como veinte pero cuando se acabó la cosecha a ellos los mandaron a su casa y a nosotros dos nos dejaron para rozar el monte porque según él todavía debíamos
O: su primo cuántos años tiene
C: [[PERSON|yordi]] tiene [[AGE|dieciséis]] yo [[AGE|diecinueve]] él se cortó la mano con el machete hace una semana y no lo llevaron a la posta se le está hinchando feo
O: a ustedes los golpearon
C: a mí no bueno un empujón nomás cuando pedí mi plata a él solo le gritaban
O: ahora mismo alguien los está siguiendo o los han visto en el terminal
C: creo que no pero el [[PERSON|gringo]] tiene camioneta y baja a [[LOCATION|jaén]] los sábados por eso queremos irnos rápido
O: [[PERSON|wilmer]] esta noche le consigo un albergue temporal aquí en [[LOCATION|jaén]] para los dos y que a [[PERSON|yordi]] lo vean en el hospital por la mano y mañana pasamos su caso a la fiscalía para que puedan denunciar recuperar sus documentos y reclamar lo que les deben tiene algún número donde lo pueda ubicar
C: este celular no es mío el número de mi mamá es [[PHONE_NUMBER|nueve cinco uno cuatro cuatro siete dos cero ocho]] pero ella está en [[LOCATION|huancabamba]]
O: ya lo apunté quédense en el terminal junto a la boletería en una hora más o menos llega una persona del albergue preguntando por usted allá les dan de comer y un sitio para dormir y yo lo vuelvo a llamar a este mismo celular
C: ya señorita gracias acá nomás esperamos ya ni para comer teníamos
""", note("victim", "help_request", ["labour"], 2, True, ["male"], "Cajamarca", "past", "high",
          ["referral_shelter", "referral_health", "referral_legal", "follow_up_call"],
          "Un joven llama junto a su primo adolescente tras escapar de una finca de café, donde trabajaron meses "
          "sin pago por una supuesta deuda, con sus documentos retenidos y encerrados de noche. Se coordina un "
          "albergue, atención médica para la herida del menor y la derivación a la fiscalía, con nueva llamada."))

call("h32-lower-02", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: sí buenas tardes jefa mire soy mototaxista acá en [[LOCATION|satipo]] y acabo de dejar a una chibolita en un sitio que no me gusta nada
O: dónde está usted ahora mismo
C: estacionado a media cuadra del local es en la [[ADDRESS|carretera a mazamari pasando el puente al costado del grifo]] un sitio que se llama [[ORGANIZATION|karaoke los cedros]]
O: qué fue lo que vio
C: la recogí en el paradero con un señor gordo todo el camino ella lloraba calladita y cuando bajaron me dijo bajito no quiero entrar y el señor la jaló del brazo
O: qué edad le calcula
C: [[AGE|trece catorce años]] tenía uniforme del colegio debajo de la casaca no miento era buzo del colegio
O: vio a otras personas adentro
C: cuando abrieron la puerta vi a otras dos chicas jovencitas sentadas con unos hombres tomando cerveza a esta hora jefa
O: el señor le dijo algo o sabe cómo se llama
C: no me habló nada solo le decía a la chica apúrate [[PERSON|meli]] apúrate y afuera hay una camioneta roja con el logo del karaoke placa [[OTHER_ID|w3f-571]]
O: usted ha visto si hay gente armada o vigilando la puerta
C: armas no he visto hay un muchacho en la puerta nomás que cobra la entrada
O: lo que me cuenta puede ser explotación sexual de una menor y no vamos a esperar ahora mismo estoy pasando la alerta a la comisaría de [[LOCATION|satipo]] para que vayan al local le pido que no entre ni se enfrente con nadie
C: no no yo no me meto pero me quedo mirando hasta que lleguen
O: mire desde lejos y si la sacan o la suben a un carro me llama enseguida me deja su número
C: es el [[PHONE_NUMBER|nueve seis cuatro dos dos ocho uno siete tres]] pero mi nombre no lo ponga ya [[PERSON|edwin]] nomás
O: su nombre no va a salir en ningún lado [[PERSON|edwin]] la patrulla ya está avisada en unos minutos le devuelvo la llamada para confirmar
C: ya jefa acá espero ya está oscureciendo
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Junín", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "Un mototaxista reporta que acaba de llevar a una adolescente que lloraba y decía no querer entrar a un "
          "karaoke, donde vio a otras dos jóvenes sentadas con hombres bebiendo. Se alertó a la policía para que "
          "intervenga de inmediato y se le pidió observar a distancia sin intervenir."))

call("h32-lower-03", "es", "lowercase_asr", """
O: línea contra la trata buenos días le escucho
C: buenos días señorita disculpe yo no sé si es aquí o a la demuna tengo que llamar mi hija me dijo que aquí
O: cuénteme qué está pasando y vemos a quién le corresponde
C: en el cuarto de al lado de mi casa vive un hombre con tres chiquitos acá en [[LOCATION|ciudad nueva]] en [[LOCATION|tacna]] y eso no es normal señorita
O: qué es lo que ha visto
C: los saca a las cinco de la mañana y los regresa pasada la medianoche yo vendo gelatinas en el terminal y ahí los veo todo el día pidiendo plata a los pasajeros que van a [[LOCATION|arica]]
O: los niños están solos en el terminal o el hombre está con ellos
C: él se queda sentado en su moto mirando y cada rato le llevan la plata y anteayer vi que el mayorcito le sacó la billetera a un señor de la mochila y corrió a dársela a él
O: usted cree que el niño lo hizo por su cuenta
C: no pues cómo va a ser si en la noche escucho por la pared que les grita cuánto han traído y cuando es poquito les pega con la correa y los chiquitos lloran hasta tarde
O: qué edades tienen más o menos
C: la niña tendrá [[AGE|ocho nueve años]] los varoncitos [[AGE|once]] y [[AGE|doce]] más o menos
O: sabe cómo se llaman o si son hijos de ese hombre
C: a la niña le grita [[PERSON|yesenia]] al mayor [[PERSON|rolando]] y al otro le dice [[PERSON|pulga]] nomás hijos no creo porque le dicen tío y entre ellos hablan aymara y él no habla
O: y al hombre lo conoce
C: le dicen [[PERSON|choclo]] no perdón [[PERSON|chocho]] le dicen es alto flaco siempre con gorra roja y tiene una moto negra la placa creo que es [[OTHER_ID|2418-9a]] no la vi entera
O: me puede dar la dirección del cuarto
C: [[ADDRESS|asociación los pinos manzana f lote doce]] la puerta de calamina azul al fondo del pasadizo
O: por lo que me describe a esos niños los estarían usando para pedir limosna y para robar y eso es trata ellos son víctimas ahora mismo paso el caso a la policía y a la unidad de protección especial para que vayan a buscarlos hoy
C: ay pero no quiero que se los lleven presos a los chiquitos ellos no tienen la culpa
O: no van a ir presos los van a proteger y van a buscar a su familia usted no tiene que dar la cara me deja un número por si la policía necesita más datos
C: ya es el [[PHONE_NUMBER|nueve cinco dos cero siete tres cuatro uno seis]] me llamo [[PERSON|fortunata]] pero que no vaya la policía a mi casa por favor que él se va a dar cuenta
O: de acuerdo solo la van a llamar señora [[PERSON|fortunata]] y yo también la llamo mañana para saber si los ubicaron si escucha que les está pegando en ese momento llame al 105
C: ya hijita gracias que diosito te bendiga
""", note("witness", "report", ["forced_begging", "forced_criminality"], 3, True, ["female", "male"], "Tacna",
          "ongoing", "high", ["police_dispatch", "follow_up_call"],
          "Una vecina reporta que un hombre que no sería familiar de tres niños los lleva a diario a pedir dinero "
          "a pasajeros de buses, se queda con lo recaudado, los hace robar y los golpea cuando traen poco. Se "
          "alertó a la policía y a la unidad de protección para ubicarlos hoy, con llamada de seguimiento."))

call("h32-lower-04", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: hola buenas noches eh quería preguntar algo no es una denuncia ni nada
O: claro dime en qué te puedo orientar
C: es que me ofrecieron un trabajo y mi amiga me dijo que llame aquí antes de aceptar porque a ella le parece raro
O: qué trabajo te ofrecieron
C: de moza en un restobar en [[LOCATION|puerto maldonado]] dicen que pagan mil ochocientos más propinas y cuarto gratis
O: quién te lo ofreció y cómo te contactó
C: una señora por facebook [[PERSON|sheyla]] [[PERSON|sheyla rengifo]] bueno así sale en su perfil ella me escribió primero yo no había postulado a nada
O: y tú desde dónde llamas
C: de [[LOCATION|tarapoto]] de [[LOCATION|la banda de shilcayo]]
O: cuántos años tienes si no es molestia
C: [[AGE|dieciocho]] cumplí el mes pasado
O: te han pedido algo fotos documentos plata
C: no nada bueno una foto sí pero normal de cara y otra de cuerpo entero para ver la talla del uniforme y que lleve mi dni porque la patrona lo guarda para la planilla
O: qué más te han dicho del trabajo
C: que tengo que ser de buena presencia y que a veces los clientes invitan y una se sienta a tomar con ellos que eso se paga aparte como comisión y que no le cuente a mi mamá hasta estar allá porque las mamás se asustan
O: y cuándo tendrías que viajar
C: [[DATE_TIME|el domingo]] ella me manda el pasaje del bus
O: te voy a hablar claro varias cosas de las que me cuentas son señales de alerta que te busquen sin que postules que te paguen el pasaje que se queden con tu dni que tengas que tomar con clientes y que te pidan esconderlo de tu familia así captan a muchas chicas que después terminan obligadas a acompañar clientes con la excusa de una deuda por el pasaje
C: pero ella se ve buena gente me manda audios todos los días
O: que sea amable es parte de cómo enganchan yo te recomiendo que no viajes que no mandes más fotos ni tu dni y que guardes los mensajes y el perfil por si quieres denunciar
C: y si le digo que no se va a molestar
O: no le debes nada puedes dejar de responderle y si insiste o te amenaza nos vuelves a llamar y lo pasamos a la policía también sería bueno que tu mamá lo sepa
C: ya creo que le voy a contar a mi mamá nomás gracias señorita
O: gracias a ti por preguntar antes y a tu amiga también
""", note("victim", "information_request", ["sexual"], 1, False, ["female"], "Madre de Dios", "at_risk",
          "medium", ["information_given"],
          "Una joven consulta por una oferta de trabajo como moza en un restobar de otra región, recibida por redes "
          "sociales sin haberla buscado, con pasaje pagado, retención de su documento, obligación de beber con "
          "clientes y pedido de ocultarlo a su familia. Se le explicaron las señales de captación y se le recomendó "
          "no viajar, guardar los mensajes y volver a llamar si la presionan."))

call("h32-lower-05", "es", "lowercase_asr", """
O: línea contra la trata de personas buenas tardes
C: aló buenas tardes señorita es la policía
O: no señor esta es la línea gratuita contra la trata de personas en qué lo puedo ayudar
C: ah es que mi nieta me apuntó este número dice que aquí ayudan cuando hay engaños yo soy de [[LOCATION|amarilis]] en [[LOCATION|huánuco]]
O: cuénteme qué engaño le han hecho
C: me llegó un mensaje al celular que he ganado una refrigeradora en un sorteo de una tienda de electrodomésticos y que para mandármela tengo que depositar doscientos cincuenta soles del flete
O: usted participó en algún sorteo de esa tienda
C: no señorita yo no compro nada ahí bueno una vez compré una radio pero hace años ya
O: le pidieron algo más aparte del depósito
C: que mande foto de mi dni y los números de mi tarjeta del banco para la factura dicen y me dieron una cuenta [[OTHER_ID|19120874533018]] el mensaje vino del [[PHONE_NUMBER|947 310 662]]
O: ya depositó algo o mandó sus datos
C: todavía no por eso llamo mi nieta me dijo abuelito no deposites nada primero pregunta
O: su nieta tiene mucha razón eso tiene toda la forma de una estafa no es algo de trata pero igual le digo no deposite nada ni mande foto de su dni ni los datos de su tarjeta
C: y entonces a dónde llamo para denunciar a esos sinvergüenzas
O: puede poner la denuncia en la comisaría más cercana con una captura del mensaje y si alguna vez da datos de su tarjeta llame de inmediato a su banco para bloquearla
C: no no di nada gracias a dios
O: una pregunta más señor alguien le ha ofrecido a usted o a alguien de su familia un trabajo o un viaje por ese número
C: no señorita nada de eso solo lo del premio
O: muy bien entonces guarde el mensaje bloquee el número y si lo vuelven a llamar cuelgue nomás
C: ya señorita muchas gracias disculpe la molestia
O: no es ninguna molestia que tenga buena tarde
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "Un adulto mayor consulta por un mensaje que le anuncia un premio y le pide depositar dinero y enviar sus "
          "datos bancarios, una posible estafa que no tiene relación con la trata. Se le recomendó no depositar ni "
          "compartir sus datos y denunciar en la comisaría."))


# ------------------------------------------------ cased Spanish ----

call("h32-es-01", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿Con quién tengo el gusto?
C: Buenas tardes. Soy [[PERSON|Kelly Tapullima]], trabajadora social del [[ORGANIZATION|Hospital de Apoyo Moronacocha]], en [[LOCATION|Iquitos]]. Quiero reportar algo que está pasando ahorita en el área de neonatología.
O: La escucho, señora [[PERSON|Kelly]].
C: Ayer dio a luz una chica de [[AGE|dieciséis años]], un varoncito. Llegó con una señora que dijo ser su tía, y hoy esa señora trajo un papel firmado por la chica para llevarse al bebé a [[LOCATION|Lima]]. Dice que ya hay unos padres que lo van a "adoptar".
O: ¿Y la chica qué dice?
C: Al principio nada, estaba muda. Después, con la psicóloga, contó que es de una comunidad del [[LOCATION|río Napo]], que esa señora la trajo cuando tenía cuatro meses de embarazo, que la tuvo encerrada en su casa todo ese tiempo y que le prometió mil quinientos soles cuando entregue al bebé. Ahora ya no lo quiere dar. Y dice que no es su tía, que la conoció en el puerto.
O: ¿La señora sigue en el hospital?
C: Sí, está en el pasillo, con un hombre. Se ha puesto agresiva, dice que tiene derecho porque ya pagaron los gastos del parto. Y el hombre le preguntó a una técnica a qué hora cambian de turno los vigilantes.
O: ¿Dónde están la mamá y el bebé ahora?
C: Juntos, en [[ADDRESS|el segundo piso, cama catorce de alojamiento conjunto]]. Le pedí al vigilante que no deje pasar a nadie, pero hay uno solo para todo el piso.
O: ¿Tiene los datos de la señora?
C: En la ficha de ingreso dio el nombre de [[PERSON|Rosalía Pinedo]], DNI [[ID_NUMBER|40918273]]. El hombre no se identificó. La chica se llama [[PERSON|Nayeli]].
O: Esto puede ser trata con fines de venta de un niño, y la madre además es menor de edad. Ahora mismo aviso a la policía para que vaya al hospital, y también a la fiscalía de familia. Por ningún motivo entreguen al bebé.
C: No, claro que no. ¿Y después? Ella no puede volver a esa casa, y a su comunidad no quiere regresar, dice que su padrastro la botó.
O: Vamos a coordinar un hogar de acogida para ella y el bebé; la fiscalía lo dispone hoy. ¿Hay alguien del hospital que pueda quedarse con ellos hasta que llegue la policía?
C: Me quedo yo, con la enfermera de turno.
O: ¿A qué número la llamo?
C: A mi celular, [[PHONE_NUMBER|965 847 120]].
O: En veinte minutos la llamo para confirmar que llegaron. Si intentan sacar al bebé antes, marque el 105.
C: Entendido. Gracias.
""", note("professional", "report", ["other"], 2, True, ["female", "male"], "Loreto", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "referral_shelter", "follow_up_call"],
          "Una trabajadora social informa que una adolescente que acaba de dar a luz fue retenida durante el "
          "embarazo por una mujer que le prometió dinero a cambio del bebé y que ahora intenta llevárselo del "
          "hospital. Se alertó a la policía y a la fiscalía de familia y se coordina un hogar de acogida para la "
          "madre y el recién nacido."))

call("h32-es-02", "es", "plain", """
O: Línea contra la trata, buenos días, ¿en qué le ayudo?
C: Buenos días, señorita. Yo llamé hace como dos semanas, por mi hija que se la llevaron a la mina. Me dijeron que vuelva a llamar si había novedad.
O: Claro, señora. ¿Me da su nombre para buscar el caso?
C: [[PERSON|Eusebia Yupanqui]], de [[LOCATION|Huanta]]. Mi hija es [[PERSON|Maribel]], tiene [[AGE|diecisiete]].
O: Sí, aquí lo tengo. Su hija estaba en un campamento minero en [[LOCATION|Pataz]]. ¿Qué ha pasado desde entonces?
C: Ya está en la casa, señorita. Hubo un operativo y la sacaron. Llegó [[DATE_TIME|el viernes en la noche]], vino sola en el bus... no, miento, la acompañó una señorita de una ONG hasta acá.
O: Qué bueno que esté con usted. ¿Cómo está ella?
C: Casi no habla. Duerme todo el día y en la noche se despierta gritando. Me ha contado poquito: que de día la tenían cocinando para los mineros desde las cuatro de la mañana, sin pagarle, y que en la noche la obligaban a estar con ellos en el bar. Tiene una infección, le arde, y no quiere que la vea el doctor de la posta porque acá todos se conocen.
O: Entiendo. ¿Alguien de la fiscalía se ha comunicado con ustedes?
C: Nadie. La señorita de la ONG nos dejó un papel nomás. Y la que se la llevó, la señora [[PERSON|Graciela Huamaní]], dicen que ya se fue del pueblo, su casa está cerrada.
O: ¿Ha recibido alguna amenaza usted o su hija desde que volvió?
C: No, eso no. Nadie ha venido.
O: ¿Su hija tiene su DNI?
C: No, allá se lo quitaron. Volvió sin nada, con la ropa que tenía puesta.
O: Voy a poner lo nuevo en el expediente y pedir que la fiscalía de [[LOCATION|La Libertad]] se comunique con ustedes, y que un abogado del Estado la acompañe cuando tenga que declarar. También le voy a conseguir cita con una psicóloga y un médico en otro establecimiento, donde no la conozcan.
C: Ya, señorita. Ella dice que quiere volver al colegio, pero le da vergüenza.
O: Es normal que se sienta así; la psicóloga la va a ayudar con eso también. ¿Sigue siendo el mismo número, el [[PHONE_NUMBER|966 213 540]]?
C: Sí, ese mismo. Es de mi hijo mayor, pero él me lo pasa.
O: [[DATE_TIME|El jueves]] la llamo para darle la fecha de la cita y contarle qué respondió la fiscalía.
C: Gracias, señorita. Que Dios le pague.
""", note("family_member", "follow_up", ["sexual", "labour"], 1, True, ["female"], "La Libertad", "past",
          "medium", ["referral_legal", "referral_health", "follow_up_call"],
          "Una madre llama en seguimiento de su reporte para informar que su hija adolescente volvió a casa tras "
          "ser rescatada de un campamento minero, donde la hacían cocinar sin pago y la obligaban a estar con "
          "mineros. La menor tiene una infección y está afectada emocionalmente; se actualiza el caso ante la "
          "fiscalía, se coordina atención médica y psicológica y se volverá a llamar."))

call("h32-es-03", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Hola, buenas noches. ¿Es la línea de [[LOCATION|Perú]]? Le estoy llamando por internet desde [[LOCATION|Buenos Aires]], no sé si me pueden ayudar estando tan lejos.
O: Sí, es la línea de [[LOCATION|Perú]]. Cuénteme, igual la podemos orientar.
C: Me llamo [[PERSON|Delia]], soy de [[LOCATION|Moyobamba]]. Hace ocho meses vine a trabajar de costurera. Una prima de mi cuñado me trajo, me pagó el pasaje en bus y me dijo que aquí se ganaba en dólares.
O: ¿Dónde está trabajando?
C: En un taller en [[LOCATION|Flores]], es una casa con rejas verdes en la [[ADDRESS|calle Membrillar al 900]]. Cosemos de siete de la mañana a once de la noche, a veces más si hay pedido. Dormimos ahí mismo, en el segundo piso, entre las máquinas.
O: ¿Cuántas personas trabajan ahí con usted?
C: Somos siete, hombres y mujeres. Cuatro peruanos y tres bolivianos, todos mayores de edad.
O: ¿Les pagan?
C: Por prenda, pero la dueña, la señora [[PERSON|Norma]], nos descuenta la comida, la cama y el pasaje que según ella le debemos. Este mes me dio cuarenta mil pesos, no alcanza ni para cargar la tarjeta del colectivo.
O: ¿Tienen sus documentos?
C: No, los pasaportes los guarda ella en una caja fuerte, dice que para que no nos los roben. Los domingos nos deja salir unas horas, pero al volver nos revisa la bolsa.
O: ¿Alguna vez les han pegado o los han amenazado?
C: Pegar no. Pero dice que si vamos a la policía nos deportan porque no tenemos papeles, y que a mi familia en [[LOCATION|Moyobamba]] le va a cobrar la deuda.
O: [[PERSON|Delia]], lo que cuenta se parece mucho a trabajo forzoso: jornadas larguísimas, una deuda que nunca baja, los pasaportes retenidos. Tener los papeles vencidos no la convierte en delincuente. ¿Quiere salir de ese taller?
C: Sí, pero no tengo adónde ir. Y no quiero que le pase nada a mi mamá.
O: Voy a informar de su caso al consulado peruano y a la fiscalía de allá que ve estos delitos, para que la contacten y vean cómo sacarlos a todos. Le dejo además un número local: el 145, es gratuito y atiende día y noche, desde cualquier teléfono.
C: ¿145? ¿Y no le van a avisar a la señora?
O: No, todo es reservado. ¿Me da un número donde puedan escribirle sin que ella se entere?
C: Este mismo WhatsApp, [[PHONE_NUMBER|+54 9 11 6378 2205]]. Que me escriban antes de llamar, por favor.
O: Así será. Y si su familia en [[LOCATION|Moyobamba]] recibe alguna amenaza, que llamen a esta línea y lo pasamos a la policía de allá. Pasado mañana le escribo para saber si ya la contactaron.
C: Gracias, de verdad. Pensé que nadie me iba a contestar.
""", note("victim", "help_request", ["labour"], 7, False, ["female", "male"], "Argentina", "ongoing", "medium",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una mujer peruana que trabaja en un taller de costura en el extranjero cuenta que ella y otras seis "
          "personas cosen jornadas extenuantes, duermen en el taller, reciben pagos mínimos por una supuesta deuda "
          "y tienen los pasaportes retenidos. Se informará al consulado y a la fiscalía de ese país, se le dio una "
          "línea de ayuda local y se le escribirá para hacer seguimiento."))

call("h32-es-04", "es", "plain", """
O: Línea contra la trata, buenas tardes, ¿en qué la oriento?
C: Buenas tardes. Es una consulta, nomás. No sé si estoy exagerando.
O: Cuénteme, para eso es la línea.
C: Yo vivo en [[LOCATION|Sicuani]]. Mi hermana tiene seis hijos y está sola, el marido se fue. Y una señora de [[LOCATION|Lima]], la madrina de bautizo de mi sobrina, quiere llevársela a vivir con ella. Dice que la va a hacer estudiar, y que a cambio la chica le ayude un poquito en la casa.
O: ¿Cuántos años tiene su sobrina?
C: [[AGE|Doce]]. Está en sexto de primaria.
O: ¿Conocen bien a esa señora?
C: Más o menos. Viene para la fiesta del pueblo cada año. Tiene una pollería en [[LOCATION|Ate]], dice, y dos hijos chiquitos.
O: ¿Ha hablado de algún pago, de horarios, de cada cuánto podría volver la niña?
C: Pago no, dice que "le va a dar todo", ropa, útiles. Lo de volver, que en vacaciones tal vez, si hay para el pasaje. Y que mejor no le compremos celular porque se distrae.
O: ¿La niña ya viajó?
C: No, no. La viene a recoger [[DATE_TIME|el 28 de este mes]], después de la clausura. Mi hermana ya le dijo que sí, pero yo tengo mis dudas. Con una prima nuestra pasó lo mismo hace años y nunca la mandaron al colegio.
O: Sus dudas tienen fundamento. Que una niña de esa edad se vaya lejos a vivir en una casa a cambio de "ayudar", sin pago, sin fecha de regreso y sin forma de comunicarse con su familia es justamente cómo empieza muchas veces la servidumbre doméstica. Muchas terminan trabajando todo el día y sin estudiar.
C: ¿Y eso es delito? Porque la señora no es mala persona, es la madrina.
O: Que una niña trabaje en casa ajena está prohibido, aunque lo llamen ayuda y aunque sea la madrina. Lo que le recomiendo es que la niña no viaje. Si la familia igual decide mandarla, que antes la matriculen en un colegio de allá con constancia, que tenga celular, que hablen con ella cada semana y que ustedes tengan la dirección exacta de la casa.
C: Ya. ¿Y la DEMUNA puede hablar con mi hermana? A mí no me hace caso.
O: Sí, la DEMUNA de [[LOCATION|Sicuani]] puede orientarla, y si algún día la niña estuviera en [[LOCATION|Lima]] trabajando así, nos llaman y actuamos.
C: Ya sé dónde queda, al costado de la municipalidad. Mañana voy con mi hermana.
O: Muy bien. Y recuerde que este número es gratuito; su sobrina también puede llamar si algún día lo necesita.
C: Gracias, señorita. Se lo voy a apuntar en su cuaderno.
""", note("family_member", "information_request", ["domestic_servitude"], 1, True, ["female"], "Lima", "at_risk",
          "medium", ["information_given"],
          "Una tía consulta porque la madrina de su sobrina niña quiere llevarla a vivir a otra ciudad a cambio de "
          "ayudar en la casa, sin pago, sin fecha de regreso y sin medio para comunicarse. Se le explicaron los "
          "riesgos de servidumbre doméstica, se recomendó que la niña no viaje y acudir a la defensoría municipal."))

call("h32-es-05", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches... mire, no sé si esto es para ustedes. Es algo que me pasó hace tiempo.
O: Puede contarme con confianza. ¿Desde dónde llama?
C: De [[LOCATION|Tingo María]]. Le llamo porque anoche vi un reportaje en la tele sobre los madereros y me acordé de todo, no pude dormir.
O: Le escucho.
C: Eso fue hace ocho años, yo tenía [[AGE|veintiuno]]. Un contratista nos llevó a cinco muchachos de acá a sacar madera por [[LOCATION|Sepahua]], río arriba. Dijo que era por dos meses.
O: ¿Y cuánto tiempo estuvo allá?
C: Casi un año. No había cómo salir, solo en bote, y el bote era del patrón. Todo lo que comíamos lo anotaba en un cuaderno, y al final, en vez de pagarme, me dijo que yo le debía a él.
O: ¿Cómo logró salir?
C: Me dio paludismo y me bajaron a la posta de... ¿cómo se llama?... de [[LOCATION|Atalaya]], y de ahí me escapé en una lancha. De los otros no sé. A uno, [[PERSON|Gerson]], lo volví a ver en el mercado, pero no quiere hablar del tema.
O: ¿Usted está bien ahora? ¿Esa persona lo ha vuelto a buscar?
C: Estoy bien, tengo mi familia, trabajo de mototaxista. A él nunca más lo vi. Dicen que se fue a [[LOCATION|Brasil]].
O: Me alegra que esté a salvo. ¿Qué le gustaría hacer ahora?
C: Quería saber si todavía se puede denunciar, después de tanto tiempo. Y si me van a creer, porque no tengo ningún papel, ni contrato, nada.
O: Sí se puede. La trata no prescribe tan rápido, y su propio testimonio es una prueba. Le puedo derivar a la defensa pública para que un abogado gratuito le explique cómo presentar la denuncia y qué otras pruebas sirven, como los nombres de sus compañeros o la posta donde lo atendieron.
C: ¿Y tengo que ir hasta [[LOCATION|Pucallpa]]?
O: No necesariamente; puede empezar en la fiscalía de [[LOCATION|Tingo María]], el abogado le dirá. ¿Recuerda el nombre del contratista?
C: Le decían don [[PERSON|Pancho]]... [[PERSON|Francisco]] algo. [[PERSON|Francisco Sangama]], creo.
O: Con eso basta para empezar. ¿Me deja un número para que lo llame el abogado?
C: [[PHONE_NUMBER|962 470 183]]. Me llamo [[PERSON|Elmer]].
O: Gracias, [[PERSON|Elmer]]. Hizo bien en llamar, aunque haya pasado tanto tiempo.
C: Gracias a usted. Ya me siento más tranquilo de haberlo contado.
""", note("victim", "information_request", ["labour"], 5, False, ["male"], "Ucayali", "past", "low",
          ["information_given", "referral_legal"],
          "Un hombre relata que años atrás fue llevado con otros cuatro jóvenes a un campamento maderero remoto, "
          "donde trabajó casi un año sin pago por una deuda impuesta y sin medios para salir, hasta que escapó. "
          "Consulta si aún puede denunciar; se le informó que sí y se le derivó a la defensa pública."))


# ------------------------------------------------ English ----

call("h32-en-01", "en", "plain", """
O: Línea contra la trata, good morning. Would you prefer English?
C: Yes, please, thank you. My name is [[PERSON|Tomasz Wierzbicki]], I'm the port chaplain at the [[ORGANIZATION|Harbour Light Seafarers' Mission]] in [[LOCATION|Callao]].
O: Good morning. How can we help?
C: There's a squid fishing vessel, foreign-flagged, anchored off the port for engine repairs. Yesterday a few of the crew came ashore to our centre to use the wifi, and what they told me... well, I think it's for you.
O: Please go on.
C: The crew are Indonesian and Filipino, 23 men on board. They've been at sea fourteen months without going home. Their contracts say 350 dollars a month, but the agency back home keeps the wages, and the captain holds every passport and seaman's book.
O: Are they allowed to leave the ship?
C: Only the few who came with the bosun yesterday, for two hours. They also told me a deckhand fell ill months ago, was left in his bunk without a doctor and died, and they kept his body in the fish hold until the next port.
O: That's very serious. Any violence or threats?
C: The bosun hits them. One of them, [[PERSON|Rizky]], showed me marks on his back. And they're told that if they complain, their families will have to pay a penalty of two thousand dollars.
O: Are there any minors on board?
C: [[PERSON|Rizky]] says the youngest deckhand is [[AGE|seventeen]]. I didn't meet him myself.
O: Do you have the vessel's name or any registration number?
C: It's the [[OTHER_ID|Yu Feng 608]], IMO number [[OTHER_ID|8714526]]. They're due to sail on [[DATE_TIME|Thursday]] once the repairs are done.
O: Because of the departure date we'll treat this as urgent. I'm alerting the police anti-trafficking unit and the port authority today so they can board and inspect the vessel before [[DATE_TIME|Thursday]], and I'm referring it to the prosecutor's office.
C: Good. Should I tell the men? I'm worried they'll be punished if the captain learns someone talked.
O: Better not to give them details yet. If they come back, you can tell them help is available, and keep any photos or messages they share with you. Could I have your number?
C: Of course: [[PHONE_NUMBER|+51 987 220 614]]. And my email, [[EMAIL_ADDRESS|chaplain.callao@harbourlight.org]].
O: Thank you, [[PERSON|Tomasz]]. The officers may need an interpreter. Do you speak Indonesian?
C: A little Tagalog, no Indonesian. But one of our volunteers, [[PERSON|Ayu]], does.
O: That will help. I'll call you back this afternoon to tell you what the police have decided.
C: Thank you. Nine years I've done this work, and I've rarely seen men so frightened.
""", note("professional", "report", ["labour"], 23, True, ["male"], "Callao", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "A port chaplain reports that the crew of a foreign fishing vessel anchored for repairs have worked for over "
          "a year without pay, with passports withheld, beatings, threats against their families and a death on "
          "board, and one crew member may be a minor. Police and the port authority are alerted to inspect the "
          "vessel before it sails, the case is referred to the prosecutor, and the caller will be called back."))

call("h32-en-02", "en", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hi, um, hello? Do you speak English? The lady at my hostel said this number was free.
O: Yes, I can help you in English. What's going on?
C: So I'm in [[LOCATION|Huacachina]], and I booked a dune buggy and sandboarding tour with a company called [[ORGANIZATION|Duna Extrema Tours]]. I paid a deposit, 150 soles, and this morning they cancelled, said the buggy broke down, and now they won't give the money back.
O: I'm sorry that happened. Just so I understand: is anyone being held, forced to work, or in danger?
C: No, no, nothing like that. The guy was kind of rude, but no.
O: Okay. This line is for reporting human trafficking and exploitation, so we can't deal with refunds. For a complaint against a tour company you can go to the tourist police, or to Indecopi, the consumer protection agency. They have a service for visitors.
C: Indecopi. How do you spell that?
O: I, N, D, E, C, O, P, I. There's also iPerú, the tourist information service; they take complaints like yours and they speak English.
C: Oh, great. Do I need a receipt? I only have a WhatsApp message with the payment.
O: A screenshot of the message and the payment will do. Write down the name of the person who took the money, too.
C: His name was [[PERSON|Yuri]]... no, wait, that's the driver. The one who took the money was [[PERSON|Franklin]].
O: Then mention both. Is there anything else I can help you with?
C: Actually, yes. Can I give this number to other travellers, like, for emergencies?
O: It's only for trafficking situations. For emergencies, dial 105 for the police or 116 for the fire brigade.
C: Got it. Sorry for taking up your time.
O: No problem at all. I hope you get your money back. Enjoy the rest of your trip.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["information_given"],
          "A tourist calls to complain that a tour company cancelled an excursion and refused to return a deposit; "
          "nobody is held, forced or in danger, so the call is not about trafficking. The caller was directed to the "
          "tourist police and the consumer protection agency."))


# ------------------------------------------------ Brazilian Portuguese ----

call("h32-pt-01", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Alô? Alô, por favor, fala português? Eu não falo espanhol direito.
O: Sí, un poco. Hable despacio, le entiendo. ¿Está en peligro?
C: Sim... estou num hotel em [[LOCATION|Lima]], trancada no quarto. Tem um homem lá fora, na porta. Ele desceu pra fumar, por isso consegui ligar. Esse celular é de outra menina que tá comigo.
O: ¿Cómo llegó a ese hotel?
C: Eu sou de [[LOCATION|Manaus]]. Um cara que conheci pelo Instagram disse que era de uma agência de turismo e me ofereceu viagem paga pra trabalhar de guia. A gente veio de barco até [[LOCATION|Tabatinga]], passou pra [[LOCATION|Santa Rosa]], depois [[LOCATION|Iquitos]], e de avião pra cá.
O: ¿Y qué les quieren hacer?
C: Amanhã eles querem que a gente engula umas cápsulas, cápsulas de droga, e embarque pra [[LOCATION|Lisboa]]. Ele falou que se a gente não fizer, vai fazer mal pra minha mãe. Pegaram nossos passaportes e nossos celulares, só sobrou esse que a [[PERSON|Thaís]] escondeu na roupa.
O: ¿Cuántas son ustedes? ¿Alguna es menor de edad?
C: Somos duas. Eu tenho [[AGE|vinte e dois]], a [[PERSON|Thaís]] tem [[AGE|vinte]].
O: ¿Sabe el nombre del hotel o la calle?
C: [[ORGANIZATION|Hotel Los Geranios]], acho que em [[LOCATION|Miraflores]]... não, espera, no cartão da chave diz [[LOCATION|Surquillo]]. [[ADDRESS|Quarto 304]], terceiro andar.
O: Muy bien. Voy a avisar ahora a la policía para que vaya al hotel. Ustedes son víctimas, no las van a tratar como delincuentes. ¿Cómo se llama usted?
C: [[PERSON|Jéssica]]. [[PERSON|Jéssica Nogueira]].
O: [[PERSON|Jéssica]], ¿el hombre tiene armas?
C: Arma eu não vi. Mas ele é grande, e tem outro que vem de manhã, o [[PERSON|Índio]], que é o chefe.
O: Cuando llegue la policía, abran solo si dicen que vienen por la llamada a esta línea. Después las llevamos a un albergue y avisamos al consulado de [[LOCATION|Brasil]].
C: E se ele voltar antes?
O: Si vuelve, escondan el celular y no digan nada. ¿Me da el número de este celular para escribirle?
C: É [[PHONE_NUMBER|+55 92 99134 5827]]. Não liga, só mensagem.
O: Solo mensajes. La policía ya está avisada y va en camino.
C: Obrigada... ele tá voltando, tenho que desligar.
""", note("victim", "help_request", ["forced_criminality"], 2, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una mujer extranjera llama a escondidas desde un hotel donde ella y otra joven están encerradas, sin "
          "pasaportes y bajo amenazas, porque al día siguiente las obligarán a tragar cápsulas de droga y viajar al "
          "exterior. Se envió a la policía al hotel y se coordinará un albergue."))


# ------------------------------------------------ Venezuelan Spanish ----

call("h32-ve-01", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes, ¿en qué le podemos ayudar?
C: Buenas tardes, mi vida. Mira, te voy a echar el cuento rapidito porque estoy en mi descanso. Yo trabajo de manicurista en un spa aquí en [[LOCATION|Nuevo Chimbote]].
O: Adelante, la escucho.
C: Hace dos semanas llegaron dos chamitas de [[LOCATION|Venezuela]], recién llegaditas, que la dueña trajo "pa' los masajes". Nos hicimos panas, yo les presto mi teléfono pa' que hablen con sus mamás. Una, [[PERSON|Yuliannys]], tiene [[AGE|diecisiete años]], yo le vi la cédula antes de que se la quitaran. La otra tendrá [[AGE|veintitrés]] o algo así.
O: ¿Por qué cree que algo anda mal con ellas?
C: Porque no son masajes, pues, mi amor. Los clientes entran al cuarto del fondo, la dueña cobra aparte y las chamas salen llorando. Yo escuché a [[PERSON|Yuliannys]] decirle a la otra "yo no vine pa' esto". Y duermen ahí mismo, en un colchón en el depósito; en la noche la dueña les cierra la reja con candado.
O: ¿Cómo se llama la dueña?
C: [[PERSON|Marleny]], [[PERSON|Marleny Chunga]]. El spa se llama [[ORGANIZATION|Spa Bella Piel]], en la [[ADDRESS|avenida Pacífico, segundo piso encima de la botica]].
O: ¿Les han hablado de alguna deuda?
C: Sí, que deben el pasaje desde [[LOCATION|Cúcuta]], mil dólares cada una, y que lo tienen que pagar "trabajando". Qué arrechera me da, chamo. Yo también llegué sin nada, pero a mí nadie me encerró.
O: ¿Usted está segura ahora? ¿La dueña sabe que está llamando?
C: No sabe, estoy en la panadería de la esquina. Pero tampoco me quiero quedar sin trabajo, ¿me entiendes? Tengo a mi bebé.
O: Su nombre no va a aparecer en ningún lado. Lo que describe es explotación sexual, y una de ellas es menor de edad. Hoy mismo derivo el caso a la fiscalía especializada y a la policía de [[LOCATION|Chimbote]] para que intervengan el local.
C: ¿Y cuándo van a ir? Porque los viernes eso se llena de clientes.
O: Lo paso con prioridad ahora. ¿Tiene un número donde la podamos llamar?
C: Sí, [[PHONE_NUMBER|+51 926 481 330]]. Me llamo [[PERSON|Dayerlin]]. Llámame después de las seis, que ya salgo.
O: Muy bien, [[PERSON|Dayerlin]], la llamo después de las seis. Si ve que se las llevan a otro sitio, llame de inmediato.
C: Dale, dale. Gracias, mi amor, de verdad. Esas chamas no tienen a nadie aquí.
""", note("acquaintance", "report", ["sexual"], 2, True, ["female"], "Áncash", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una compañera de trabajo reporta que en un spa la dueña obliga a dos jóvenes extranjeras recién llegadas, "
          "una de ellas menor de edad, a atender sexualmente a clientes para pagar una supuesta deuda y las encierra "
          "de noche. Se deriva con prioridad a la fiscalía especializada y a la policía para que intervengan el "
          "local, con llamada de seguimiento."))


# ------------------------------------------------ Spanish/English code-switching ----

call("h32-cs-01", "es", "code_switching", """
O: Línea contra la trata, buenos días.
C: Hi, buenos días. Sorry, I switch a lot entre inglés y español, I grew up in [[LOCATION|Texas]]. Soy consejera escolar, school counselor, en un colegio aquí en [[LOCATION|Piura]].
O: No hay problema, hable como le resulte más cómodo. ¿Qué ocurrió?
C: Okay. So, una alumna de cuarto de secundaria, she's [[AGE|sixteen]], came to my office this morning. Al principio me dijo que era por sus notas, but then she started crying. The mom's boyfriend le toma fotos y videos, he says it's for "modelaje", y los vende por Telegram a hombres. Y desde hace un mes la lleva a "citas" con algunos de ellos, en un hostal.
O: ¿Le dijo quién es esa persona?
C: She calls him [[PERSON|Rony]]. No sé el apellido. He lives with them, en la misma casa. The mom works nights at a clinic, so... she doesn't know, o no quiere saber, I'm not sure.
O: ¿La alumna está ahora en el colegio?
C: Yes, she's here with me, in my office. Normally he picks her up at the gate in his mototaxi after classes. That's what scares me.
O: ¿Tiene otro familiar con quien pueda quedarse?
C: Una abuela en [[LOCATION|Catacaos]], she trusts her. Pero no tenemos el número, we'd have to look for it.
O: Lo que describe es explotación sexual de una menor, también por internet. Hoy mismo derivamos el caso a la fiscalía de familia y a la unidad de protección especial para que decidan con quién se queda y no vuelva a esa casa. Mientras tanto, que no salga del colegio con él.
C: Okay, got it. ¿Le aviso a la mamá?
O: Todavía no. Si vive con él, podría comentárselo y él podría borrar las pruebas o presionar a la chica. Eso lo maneja la fiscalía. ¿Ella tiene capturas o algo guardado?
C: She showed me the channel on her phone, se llama [[OTHER_ID|@bellezas_norte_vip]]. And a chat with one of the men.
O: Que no borre nada y que nadie del colegio revise el celular; eso lo hará la policía. También vamos a pedir que la atienda una psicóloga.
C: Alright. El protocolo del colegio dice que tengo que informar a dirección, is that okay?
O: Sí, a la dirección sí, pero con reserva, sin comentarlo con otros profesores. ¿Me da sus datos?
C: [[PERSON|Gabriela Seminario]]. My cell is [[PHONE_NUMBER|nine six eight, five five two, one zero four]].
O: Gracias, [[PERSON|Gabriela]]. En la próxima hora la llama alguien de la fiscalía, y yo la llamo antes de la salida para saber si ya ubicaron a la abuela.
C: Perfect, thank you. Gracias de verdad, I didn't know who to call.
O: Hizo muy bien. Si él aparece en la puerta antes, llame al 105.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Piura", "ongoing", "high",
          ["referral_legal", "referral_health", "information_given", "follow_up_call"],
          "Una consejera escolar reporta que una alumna adolescente es fotografiada y grabada por la pareja de su "
          "madre, que vende el material por internet y la lleva a encuentros con hombres. Se deriva hoy a la "
          "fiscalía de familia y a protección especial, se pide atención psicológica y se orientó a la consejera "
          "para preservar las pruebas y no alertar al agresor."))


# ------------------------------------------------ Andean Spanish with Quechua ----

call("h32-qu-01", "es", "andean_quechua", """
O: Línea contra la trata, buenas tardes.
C: Aló... aló, ¿señorita? Allinllachu. Disculpay, ¿aquí es para denunciar de los chiquitos que se los llevan?
O: Sí, mamá, aquí es. Allinmi. Cuénteme despacio nomás.
C: Mi nieto pues, [[PERSON|Nilton]]. [[AGE|Catorce años]] tiene. Desde que su mamá murió vive conmigo en [[LOCATION|Andahuaylas]], en [[LOCATION|Pacucha]]... bueno, más arriba de [[LOCATION|Pacucha]], en la comunidad.
O: ¿Qué le pasó a su nieto?
C: Un señor vino en su camioneta, don [[PERSON|Teófilo]] le dicen, ofreciendo trabajo en mina: "en tres meses vas a volver con plata, mamay", así le dijo. Mi wawa se fue con otro chiquito, el hijo de mi comadre, [[PERSON|Deyvis]], de [[AGE|quince]]. Yo estaba en la chacra, achachaw, ni se despidió.
O: ¿Hace cuánto se fueron y a dónde?
C: Ya va a ser un mes. A [[LOCATION|Secocha]] dice, más abajo, por [[LOCATION|Arequipa]], donde sacan oro.
O: ¿Ha podido hablar con él?
C: Una vez nomás, [[DATE_TIME|el domingo pasado]], de otro celular. Llorando me hablaba en runasimi: "manam allinchu kaypi, mamay". Que carga costales de piedra dentro del socavón, que tose, que no les pagan porque dicen que deben la comida y el pasaje. Y que don [[PERSON|Teófilo]] ya no aparece, que el que manda es otro.
O: ¿Tiene el número desde donde la llamó?
C: Aquí lo tengo apuntado en mi cuaderno: [[PHONE_NUMBER|nueve ocho tres, cero dos uno, seis seis cuatro]]. Cuando llamo contesta un hombre y cuelga.
O: ¿Ha ido a la comisaría de [[LOCATION|Andahuaylas]]?
C: Fui, señorita. Me dijeron que el chico se habrá ido por su gusto, que ya va a volver. Manam uyariwankuchu, no me hacen caso pues.
O: Eso no está bien, mamá. Un chico de [[AGE|catorce años]] no puede trabajar en una mina, aunque se haya ido por su gusto. Lo que le pasa es trata para explotarlo en el trabajo.
C: ¿Y qué hago, señorita? Ñuqa sola estoy, ya no tengo fuerza para viajar.
O: Usted no tiene que viajar. Hoy mismo paso el caso a la fiscalía especializada y a la policía de [[LOCATION|Arequipa]] para que busquen a los dos chicos. Y vuelva a la comisaría, diga que ya llamó a esta línea: están obligados a recibirle la denuncia por desaparición de un menor. Si puede, vaya acompañada de alguien de la DEMUNA.
C: Ya, señorita. Mañana voy a ir con el teniente gobernador.
O: Muy bien. ¿Cómo se llama usted y a qué número la puedo llamar?
C: [[PERSON|Francisca Quispe Ccoñas]] me llamo. Teléfono no tengo, el de mi vecina nomás: [[PHONE_NUMBER|951 620 387]]. Ella me avisa.
O: Gracias, mamá [[PERSON|Francisca]]. [[DATE_TIME|El viernes]] la llamo a ese número para contarle qué dice la fiscalía. Tupananchiskama.
C: Sulpayki, señorita. Que Diosito te ayude.
""", note("family_member", "report", ["labour"], 2, True, ["male"], "Arequipa", "ongoing", "high",
          ["referral_legal", "information_given", "follow_up_call"],
          "Una abuela reporta que su nieto adolescente y otro menor de su comunidad fueron llevados por un "
          "enganchador a una zona de minería de oro, donde cargan mineral en socavones sin pago por una supuesta "
          "deuda, y que la comisaría no quiso recibir su denuncia. Se deriva el caso a la fiscalía especializada y a "
          "la policía, se le orientó sobre la denuncia por desaparición y se la volverá a llamar."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
