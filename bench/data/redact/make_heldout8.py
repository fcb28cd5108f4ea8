#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Eighth held-out set, written outside the tuning loop and never shown to it: ordinary calls as
they really come in, longer (15-30 turns) and messier than the earlier sets. The operator's
scripted greeting and closing, data asked for and read back to confirm (both occurrences are
PII), callers correcting themselves (the wrong and the corrected pieces are both PII), names
spelled letter by letter, people named first by role and then by name, names that are common
words, nicknames, numbers dictated in pieces (one span per piece) or in pairs, digits and words
mixed, urban and rural addresses, spoken handles and e-mails, plates, and the hotline's own
number and public institutions (not PII). Six lowercase Whisper-style Spanish calls (Lima, Piura,
Cusco, Loreto, Madre de Dios, a Venezuelan migrant), one cased call from a social worker with
document numbers, one lowercase Portuguese call, one English call, one lowercase Spanish call
with Quechua words. All people, numbers, IDs, e-mails and businesses are invented. Same markup
and conventions as make_heldout.py.

Run: python make_heldout8.py  (writes heldout8.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h8-es-lima-asr-01", "es", """
O: línea contra la trata de personas buenas tardes en qué le puedo ayudar
C: aló sí buenas tardes señorita este eh llamo por una chiquita que está en la casa de mi vecina
O: sí la escucho dígame con calma
C: es que o sea la señora la trajo de la sierra de [[LOCATION|ayacucho]] dice que es su sobrina pero la tiene lavando cocinando todo el día y no va al colegio
O: qué edad tendrá la niña más o menos
C: tendrá unos [[AGE|doce trece años]] nomás chiquita es
O: sabe cómo se llama ella
C: le dicen [[PERSON|rosita]] pero la señora le grita [[PERSON|rosa luz]] creo que es [[PERSON|rosa luz]] [[PERSON|ccente]]
O: ccente con doble c
C: sí sí con doble c [[PERSON|c c e n t e]]
O: ya y la señora cómo se llama
C: la señora es [[PERSON|nelly]] eh [[PERSON|nelly]] [[PERSON|bazán]] tiene una bodega abajo en su casa la [[ORGANIZATION|bodega los andes]]
O: en qué distrito es
C: en [[LOCATION|san juan de lurigancho]] por [[LOCATION|canto grande]]
O: me puede dar la dirección o alguna referencia
C: sí es [[ADDRESS|jirón los cipreses manzana ge lote catorce]] eh [[ADDRESS|la casa de tres pisos color crema con rejas negras]]
O: entiendo alguien más vive en la casa
C: el esposo don [[PERSON|teófilo]] él tiene una mototaxi roja la placa es [[OTHER_ID|cuatro cinco ocho uno dos be]]
O: muy bien le voy a pedir un número de contacto por si la fiscalía necesita más datos su identidad queda reservada
C: ya mi número es [[PHONE_NUMBER|nueve ocho siete]] [[PHONE_NUMBER|tres cuatro dos]] no perdón [[PHONE_NUMBER|tres cuatro cinco]] [[PHONE_NUMBER|seis uno ocho]]
O: le repito [[PHONE_NUMBER|nueve ocho siete tres cuatro cinco seis uno ocho]]
C: sí eso es
O: y a nombre de quién lo anoto
C: [[PERSON|gloria]] nomás señorita [[PERSON|gloria]] [[PERSON|huamán]]
O: huamán con hache
C: sí con [[PERSON|h u a m a n]] con tilde en la a
O: gracias señora [[PERSON|gloria]] vamos a comunicar el caso a la demuna y a la fiscalía de familia para que hagan una visita a la casa
C: ya señorita gracias que no sepa la señora que fui yo
O: no se preocupe si ve algo más puede volver a llamar gratis al cero ochocientos dos tres dos tres dos atendemos las veinticuatro horas gracias por llamar
C: gracias igualmente
"""),
    ("h8-es-piura-asr-01", "es", """
O: línea contra la trata de personas buenas noches en qué le podemos ayudar
C: buenas noches señorita disculpe la hora eh llamo de [[LOCATION|sullana]] es por mi hijo
O: no se preocupe la línea atiende las veinticuatro horas cuénteme qué pasó con su hijo
C: mi hijo [[PERSON|segundo]] tiene [[AGE|dieciséis]] y hace dos semanas se fue con un señor a trabajar en una embarcación en [[LOCATION|paita]] dice que para la pesca de pota
O: su hijo se llama [[PERSON|segundo]] y sus apellidos
C: [[PERSON|segundo jacinto chunga yarlequé]]
O: [[PERSON|chunga yarlequé]] ya y el señor que se lo llevó cómo se llama
C: le dicen el [[PERSON|chato]] [[PERSON|purizaca]] es de acá de [[LOCATION|bellavista]] su nombre creo que es [[PERSON|amable]] [[PERSON|purizaca]]
O: amable como la palabra amable
C: sí señorita así se llama [[PERSON|amable]]
O: cuándo fue la última vez que habló con su hijo
C: el [[DATE_TIME|jueves en la noche]] me llamó llorando dijo mamá me quiero ir no me dejan bajar y me dicen que debo la comida y las botas
O: el señor le quitó algún documento a su hijo
C: sí su dni lo tiene el señor
O: tiene el número de dni de su hijo
C: sí aquí tengo la copia es [[ID_NUMBER|siete cuatro uno dos]] eh [[ID_NUMBER|nueve ocho cero seis]]
O: [[ID_NUMBER|siete cuatro uno dos nueve ocho cero seis]]
C: no perdón es [[ID_NUMBER|nueve ocho cero tres]] al final es tres no seis
O: entonces [[ID_NUMBER|7412 9803]]
C: sí eso
O: y el número del señor [[PERSON|amable]] lo tiene
C: sí es [[PHONE_NUMBER|968 231 007]] y el de mi hijo es [[PHONE_NUMBER|nueve cuatro cero uno uno dos cinco cinco ocho]] pero ya no contesta
O: sabe el nombre de la embarcación
C: se llama [[ORGANIZATION|mi dulce amparo]] es una lancha azul con blanco
O: muy bien señora lo que me cuenta es grave porque su hijo es menor de edad vamos a comunicar ahora a la policía de [[LOCATION|paita]] a la capitanía del puerto y a la fiscalía
C: ya señorita por favor que lo bajen
O: a qué número la llamamos a usted y su nombre señora
C: a este mismo [[PHONE_NUMBER|952 610 443]] me llamo [[PERSON|consuelo]] [[PERSON|yarlequé]]
O: señora [[PERSON|consuelo]] la llamamos mañana temprano para informarle si hay alguna novedad en cualquier momento puede llamar al cero ochocientos dos tres dos tres dos
C: gracias señorita dios le pague
"""),
    ("h8-es-cusco-asr-01", "es", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días eh señorita quería eh preguntar bueno no sé si es aquí mi hermana está trabajando en [[LOCATION|cusco]] y creo que la están engañando
O: sí es aquí cuénteme con confianza
C: ella se llama [[PERSON|yeny]] [[PERSON|ccahuana]] tiene [[AGE|diecinueve]] vino de [[LOCATION|espinar]] para trabajar de anfitriona en una discoteca en la [[ADDRESS|calle procuradores]] se llama [[ORGANIZATION|inka night]]
O: anfitriona qué hace exactamente
C: o sea al principio dijeron que era para atender a los turistas en la puerta pero ahora la obligan a tomar con los clientes y eh y a veces a salir con ellos al hotel
O: ella vive en el mismo local
C: en un cuarto arriba del local con otras chicas dos chicas más una de [[LOCATION|quillabamba]] y la otra no sé
O: le han quitado su dni
C: no eso no el dni lo tiene ella
O: cómo se llama la señora
C: la conocen como mamá [[PERSON|lucha]] eh su nombre es [[PERSON|luz marina]] [[PERSON|huillca]]
O: cómo contactaron a su hermana
C: por facebook por una página que se llama [[OTHER_ID|trabajos cusco urgente]] y después le escribieron de un correo [[EMAIL_ADDRESS|empleos punto cusco dos mil arroba gmail punto com]]
O: me lo confirma [[EMAIL_ADDRESS|empleos.cusco2000@gmail.com]]
C: sí todo junto
O: tiene el número de su hermana
C: sí [[PHONE_NUMBER|nueve siete cuatro]]
O: ajá
C: [[PHONE_NUMBER|cero ocho ocho]] [[PHONE_NUMBER|uno dos nueve]]
O: [[PHONE_NUMBER|nueve siete cuatro cero ocho ocho uno dos nueve]]
C: sí
O: y usted cómo se llama
C: prefiero no decir mi nombre señorita
O: está bien puede quedar en el anónimo nos puede dejar un número
C: no mejor yo vuelvo a llamar
O: de acuerdo vamos a comunicar el caso a la policía y a la fiscalía especializada en trata de [[LOCATION|cusco]] si su hermana puede salir que vaya a la comisaría o que llame gratis al cero ochocientos dos tres dos tres dos
C: ya gracias señorita
O: gracias a usted por llamar que tenga buen día
"""),
    ("h8-es-loreto-asr-01", "es", """
O: línea contra la trata de personas buenas tardes
C: aló buenas tardes señorita le hablo de [[LOCATION|iquitos]] de [[LOCATION|belén]] eh es por mis sobrinas
O: sí señor cuénteme
C: mi cuñada las mandó con una señora que vino al barrio ofreciendo trabajo en un restaurante en [[LOCATION|caballococha]] pero ahora dicen que están en un bar en la frontera
O: cuántas son sus sobrinas
C: dos la mayor [[PERSON|lucero]] de [[AGE|quince]] y la menor [[PERSON|milagros]] de [[AGE|trece]] no perdón [[AGE|catorce]] ya cumplió [[AGE|catorce]]
O: y sus apellidos
C: [[PERSON|lucero]] y [[PERSON|milagros]] [[PERSON|ahuanari]] [[PERSON|tapullima]]
O: cómo se escribe ahuanari
C: [[PERSON|a hache u a n a r i]]
O: gracias y la señora que se las llevó
C: la señora [[PERSON|dora]] le dicen [[PERSON|dorita]] la del [[ORGANIZATION|restaurante el sábalo]] no sé su apellido
O: cómo se fueron las chicas
C: en la lancha [[ORGANIZATION|eduardo siete]] salieron el [[DATE_TIME|domingo pasado]] del puerto de [[LOCATION|masusa]]
O: han hablado con ellas después
C: [[PERSON|lucero]] llamó una vez de un número que no conozco [[PHONE_NUMBER|nueve sesenta y cinco cuarenta y ocho veintidós diecisiete]]
O: le repito [[PHONE_NUMBER|965 48 22 17]]
C: sí ese y dijo tío sácanos de acá aquí atendemos a hombres y después cortó
O: sabe dónde queda el bar
C: dice que es en la isla enfrente de [[LOCATION|tabatinga]] [[ADDRESS|un bar flotante amarillo pasando el embarcadero]] que se llama [[ORGANIZATION|la chocita]]
O: y dónde vive la familia para que vayan a tomar la declaración
C: en [[ADDRESS|pasaje san martín 214]] en [[LOCATION|belén]] [[ADDRESS|la casa de madera de dos pisos al lado del colegio]]
O: me puede dar su nombre y un número
C: [[PERSON|wilder]] [[PERSON|shapiama]] mi celular es [[PHONE_NUMBER|nueve siete tres]] [[PHONE_NUMBER|cero uno seis]] [[PHONE_NUMBER|cinco cinco dos]]
O: señor [[PERSON|wilder]] vamos a alertar ahora a la policía de [[LOCATION|caballococha]] y a la fiscalía de [[LOCATION|mariscal ramón castilla]] porque son menores y corren peligro
C: gracias señorita apúrense por favor
O: lo llamamos esta noche para contarle qué avanzó si ellas vuelven a llamar dígales que marquen el cero ochocientos dos tres dos tres dos es gratis
"""),
    ("h8-es-mdd-asr-01", "es", """
O: línea contra la trata buenas noches en qué le podemos ayudar
C: aló señorita aló me escucha
O: sí le escucho hable tranquilo
C: eh yo me escapé de un campamento de la mina en [[LOCATION|la pampa]] estoy escondido en un grifo
O: está usted herido está en un lugar seguro ahora
C: no herido no pero tengo miedo que me busquen estoy en el baño del grifo del [[ADDRESS|kilómetro ciento ocho de la interoceánica]]
O: [[ADDRESS|kilómetro ciento ocho]] ya cómo se llama el grifo
C: [[ORGANIZATION|grifo santa rosa]] creo
O: cuántos años tiene usted
C: [[AGE|diecisiete]] señorita
O: cómo se llama
C: [[PERSON|elmer]] [[PERSON|mamani]] con dos eme [[PERSON|m a m a n i]]
O: [[PERSON|elmer]] tiene su dni
C: no me lo quitó el patrón pero me sé el número [[ID_NUMBER|setenta y uno cuarenta y cinco]] [[ID_NUMBER|cero nueve treinta y dos]]
O: [[ID_NUMBER|7145 0932]]
C: sí
O: quién es el patrón
C: le dicen el [[PERSON|loco]] [[PERSON|ramiro]] nos trajo de [[LOCATION|juliaca]] a cuatro chicos diciendo que era para un restaurante y nos tiene en la chupadera lavando oro sin pagar
O: los otros chicos siguen allá
C: sí el [[PERSON|chato]] [[PERSON|wilber]] y otros dos que no sé sus nombres también menores
O: hay alguna forma de reconocer el campamento
C: está [[ADDRESS|entrando por el kilómetro ciento diez a la derecha hasta el segundo puente los toldos azules]]
O: cómo los llevaban
C: en una camioneta blanca la placa es [[OTHER_ID|V2G]] eh [[OTHER_ID|siete ocho cuatro]]
O: este celular es suyo
C: es de un señor del grifo que me prestó el número es [[PHONE_NUMBER|nueve ochenta y dos]] [[PHONE_NUMBER|cuatro uno cero]] [[PHONE_NUMBER|setenta y siete cero]]
O: [[PHONE_NUMBER|982 410 770]]
C: sí
O: [[PERSON|elmer]] voy a avisar ahora mismo a la policía de [[LOCATION|mazuko]] para que te recojan no salgas del grifo quédate con el señor
C: ya señorita
O: después te van a llevar a un lugar seguro y vamos a llamar a tu familia no cuelgues todavía
"""),
    ("h8-es-ve-asr-01", "es", """
O: línea contra la trata de personas buenas tardes
C: aló buenas tardes mi amor disculpa es que no sé a quién llamar
O: tranquila cuénteme en qué la podemos ayudar
C: mira yo soy venezolana tengo como ocho meses aquí en [[LOCATION|lima]] en [[LOCATION|los olivos]] y yo trabajo en un spa pero no es spa tú me entiendes
O: la entiendo la obligan a hacer algo que usted no quiere
C: sí vale nos obligan a atender clientes y si no queremos nos multan cincuenta soles y la encargada tiene mi pasaporte
O: está usted ahora en el local
C: no ahorita estoy en la plaza salí a comprar pero tengo que volver a las seis
O: cuántas chicas trabajan ahí
C: somos cinco cuatro venezolanas y una peruanita que creo que es menor se llama [[PERSON|kiara]]
O: cómo se llama usted
C: [[PERSON|yosmary]] [[PERSON|colmenares]] con ye [[PERSON|y o s m a r y]]
O: y tiene algún documento aquí en perú
C: el carné de extranjería es [[ID_NUMBER|cero cero cuatro]] [[ID_NUMBER|siete uno dos]] [[ID_NUMBER|ocho ocho nueve]] y la cédula [[ID_NUMBER|v veintisiete punto trescientos cuarenta punto ciento dieciocho]]
O: le confirmo la cédula [[ID_NUMBER|V-27.340.118]]
C: ajá esa es
O: cómo se llama el local y dónde queda
C: se llama [[ORGANIZATION|relax zen spa]] queda en la [[ADDRESS|avenida carlos izaguirre 1530]] [[ADDRESS|segundo piso encima de una farmacia]]
O: quién es la encargada
C: la señora [[PERSON|maritza]] y el dueño es un colombiano que le dicen el [[PERSON|mono]] no perdón el [[PERSON|mono]] es el que cuida la puerta el dueño es don [[PERSON|freddy]]
O: tienen alguna página donde publican
C: en instagram [[OTHER_ID|arroba relax zen lima]] y por whatsapp al [[PHONE_NUMBER|nueve uno cero]] [[PHONE_NUMBER|dos dos tres]] [[PHONE_NUMBER|cuatro cuatro siete]]
O: y a usted a qué número la puedo llamar
C: a mi número venezolano por whatsapp [[PHONE_NUMBER|más cincuenta y ocho cuatro catorce]] [[PHONE_NUMBER|seis cero dos]] [[PHONE_NUMBER|treinta y uno ochenta]]
O: le repito [[PHONE_NUMBER|+58 414 602 3180]]
C: sí pero escríbeme solo mensaje que la señora revisa
O: de acuerdo [[PERSON|yosmary]] si quiere salir de ahí hoy podemos coordinar con la policía para que la acompañe a recoger sus cosas y llevarla a un albergue seguro y también orientación legal gratuita
C: ya sí por favor
O: no regrese al local quédese en la plaza voy a llamar a la policía ahora y le escribo en cinco minutos
"""),
    ("h8-es-prof-01", "es", """
O: Línea contra la trata de personas, buenos días, ¿en qué le podemos ayudar?
C: Buenos días. Le habla la licenciada [[PERSON|Marleni Huaroc Poma]], trabajadora social del hospital regional de [[LOCATION|Huancayo]]. Llamo para reportar un caso que atendimos anoche.
O: Sí, licenciada, la escucho.
C: Ingresó por emergencia una adolescente, [[PERSON|Thalía Rosmery Quispe Ñaupari]], de [[AGE|15 años]], nacida el [[DATE_TIME|14 de febrero de 2010]], DNI [[ID_NUMBER|78436120]].
O: Le repito el DNI: [[ID_NUMBER|7-8-4-3-6-1-2-0]].
C: Correcto.
O: ¿Qué le contó la menor?
C: Que desde hace cuatro meses trabajaba en una pollería en [[LOCATION|Chilca]], de ocho de la mañana a doce de la noche, sin sueldo, y que el dueño le decía que le pagaba a su mamá. Llegó con quemaduras en las manos y desnutrición.
O: ¿Sabe quién es el dueño?
C: Según ella, el señor [[PERSON|Herminio Laureano Cóndor]]. La pollería es [[ORGANIZATION|Pollería El Rey del Valle]], en [[ADDRESS|Av. Real 1872]]. Buscamos en SUNAT y el RUC es [[ID_NUMBER|10204517893]].
O: ¿[[ID_NUMBER|Diez, veinte, cuarenta y cinco]]...?
C: Sí, [[ID_NUMBER|10 20 45 17 89 3]].
O: Gracias. ¿Y la madre?
C: La madre es la señora [[PERSON|Eufemia Ñaupari]], DNI [[ID_NUMBER|20884163]], perdón, [[ID_NUMBER|20884136]], vive en el [[ADDRESS|anexo de Quilcas, a media cuadra de la plaza]]. Parece que recibía dinero del dueño.
O: ¿La menor está ahora en el hospital?
C: Sí, está hospitalizada y estable. No queremos darle el alta con la madre, por eso necesitamos que intervenga la Unidad de Protección Especial.
O: Entendido. ¿Hay otros menores en la pollería?
C: Ella dice que hay otro chico, [[PERSON|Josué]], de [[AGE|trece]], que duerme en el almacén.
O: Eso es importante. Vamos a derivar hoy el caso a la fiscalía especializada y a la Unidad de Protección Especial, y pedir a la policía que verifique la pollería. ¿A qué número y correo le enviamos la constancia?
C: A mi celular [[PHONE_NUMBER|964 107 325]] y al correo [[EMAIL_ADDRESS|mhuaroc.ts@gmail.com]].
O: [[PHONE_NUMBER|964 107 325]] y [[EMAIL_ADDRESS|mhuaroc.ts@gmail.com]], ¿correcto?
C: Correcto. Mañana le mando también el informe social.
O: Muchas gracias, licenciada [[PERSON|Huaroc]]. La llamamos esta tarde para confirmar la visita.
C: Gracias, hasta luego.
"""),
    ("h8-pt-asr-01", "pt", """
O: línea contra la trata buenas tardes
C: alô boa tarde a senhora fala português
O: sí un poquito fale devagar por favor
C: tá eu sou mãe eu moro em [[LOCATION|tabatinga]] no [[LOCATION|amazonas]] minha filha atravessou pra o lado peruano com um homem e não voltou
O: cómo se llama su hija cuántos años tiene
C: ela chama [[PERSON|kauane]] [[PERSON|kauane vitória da silva]] tem [[AGE|quinze anos]]
O: e o homem
C: ele se chama [[PERSON|beto]] quer dizer [[PERSON|roberto]] o sobrenome eu não sei ele tem um barco
O: ela foi quando
C: na [[DATE_TIME|sexta-feira de noite]] disse que ia trabalhar de garçonete num bar em [[LOCATION|santa rosa]]
O: falou com ela depois
C: ela mandou mensagem de outro número [[PHONE_NUMBER|nove sete]] eh [[PHONE_NUMBER|nove nove um quatro dois]] eh [[PHONE_NUMBER|oito zero seis três]] disse mãe eles não me deixam ir embora
O: con el código de brasil es [[PHONE_NUMBER|+55 97 99142 8036]]
C: não no final é [[PHONE_NUMBER|oito zero seis três]]
O: [[PHONE_NUMBER|97 99142 8063]] ya
C: isso
O: ela tem documento
C: o rg dela é [[ID_NUMBER|dois três quatro cinco sete sete um oito]] e o cpf [[ID_NUMBER|zero quatro um ponto três três dois ponto seis nove oito traço um cinco]]
O: sabe el nombre del bar
C: chama [[ORGANIZATION|bar do peixe boi]] fica [[ADDRESS|perto do porto atrás da igreja azul]]
O: e o homem tem facebook
C: tem [[OTHER_ID|beto barqueiro tres fronteiras]]
O: a senhora como se chama
C: [[PERSON|francisca]] [[PERSON|francisca das chagas]] meu número é [[PHONE_NUMBER|noventa e sete nove nove três zero um]] [[PHONE_NUMBER|cinco sete dois dois]]
O: e tem email
C: [[EMAIL_ADDRESS|chaguinha setenta e oito arroba hotmail ponto com]]
O: señora [[PERSON|francisca]] vamos a avisar a la policía en [[LOCATION|santa rosa]] y a la fiscalía de [[LOCATION|loreto]] porque es menor la llamamos hoy mismo
C: obrigada moça obrigada
"""),
    ("h8-en-01", "en", """
O: Línea contra la trata, buenas tardes.
C: Hi, um, sorry, do you speak English?
O: Yes, I can speak English. How can I help you?
C: Okay, great. Um, I'm a Canadian traveller, I'm staying in [[LOCATION|Huacachina]], near [[LOCATION|Ica]], and there's a kid working at my hostel that I'm, uh, really worried about.
O: Thank you for calling. Tell me about the kid.
C: His name is [[PERSON|Kevin]], I think he's like [[AGE|eleven]] or [[AGE|twelve]]. He cleans the rooms, he washes the sandboards, and he's there from like six in the morning till after midnight. I've never seen him go to school.
O: Does he live at the hostel?
C: Yeah, he sleeps in the storage room behind the bar. He told me his mom is in [[LOCATION|Ayacucho]] and that the owner brought him here to pay off a debt.
O: What's the name of the hostel?
C: It's [[ORGANIZATION|Duna Dorada Hostel]], on [[ADDRESS|Avenida Angela de Perotti, the yellow building right by the lagoon]].
O: And the owner, do you know his name?
C: Everyone calls him [[PERSON|Toño]]. His real name is, um, [[PERSON|Antonio Yupanqui]], I saw it on a receipt. He also runs buggy tours, the buggy plate is [[OTHER_ID|BGH-227]].
O: [[OTHER_ID|B-G-H two two seven]]?
C: Yes. And he advertises on Instagram, it's [[OTHER_ID|at dunas underscore locas underscore tours]].
O: Has anyone hit the boy, or threatened him?
C: Um, not that I saw. But he yells at him a lot. [[PERSON|Kevin]] got really scared when I asked him.
O: Okay. Can I have your name and a number?
C: Sure, I'm [[PERSON|Chloe Tremblay]], that's [[PERSON|T-R-E-M-B-L-A-Y]].
O: And your number?
C: My Canadian number on WhatsApp is [[PHONE_NUMBER|plus one, six oh four]], [[PHONE_NUMBER|five five five]], [[PHONE_NUMBER|oh one eight three]]. And I have a Peruvian chip, [[PHONE_NUMBER|nine one five, three three eight, six oh four]], no wait, [[PHONE_NUMBER|six oh two]].
O: So [[PHONE_NUMBER|915 338 602]].
C: Yes. My email is [[EMAIL_ADDRESS|chloe dot tremblay ninety-four at gmail dot com]].
O: Thank you, [[PERSON|Chloe]]. We'll report this to the police and the prosecutor in [[LOCATION|Ica]] and ask the child protection unit to check on [[PERSON|Kevin]]. Please don't confront the owner.
C: Okay, I won't. Thank you so much.
O: We'll call you tomorrow. If anything happens you can call us free at 0800-2-3232.
"""),
    ("h8-es-quechua-asr-01", "es", """
O: línea contra la trata de personas buenos días en qué le puedo ayudar
C: imaynalla señorita buenos días mamita yo llamo de [[LOCATION|andahuaylas]] de la comunidad eh por mi hija
O: buenos días señora la escucho qué le pasó a su hija
C: mi warmi wawa mi hija [[PERSON|rosalía]] se fue con una señora a [[LOCATION|ica]] para trabajar en la uva dice y ya no llama ya mamita un mes ya
O: cuántos años tiene [[PERSON|rosalía]]
C: [[AGE|dieciséis]] no [[AGE|diecisiete]] ya cumplió en [[DATE_TIME|marzo]]
O: y cómo se apellida
C: [[PERSON|rosalía]] [[PERSON|ccorahua]] [[PERSON|huamaní]] ccorahua es con doble ce [[PERSON|c c o r a h u a]]
O: la señora que se la llevó cómo se llama
C: la señora [[PERSON|paulina]] le dicen [[PERSON|mama pauli]] tiene su combi viene a la feria los domingos y se lleva a las chicas manam allinchu señorita no es buena
O: sabe la placa de la combi
C: sí mi sobrino apuntó [[OTHER_ID|a uve siete]] eh [[OTHER_ID|nueve cero uno]]
O: [[OTHER_ID|AV7-901]]
C: arí sí eso
O: a qué lugar de [[LOCATION|ica]] se fueron sabe
C: dice a un fundo por [[LOCATION|santiago]] duermen en unos cuartos de esteras y no les pagan porque dice deben el pasaje
O: su hija le ha dicho que no la dejan salir
C: la última vez lloraba mamallay dijo no me dejan salir del fundo me quitaron mi dni
O: tiene el número de su hija
C: su celular es [[PHONE_NUMBER|nueve cincuenta y tres]] eh [[PHONE_NUMBER|cero cuatro cuatro]] [[PHONE_NUMBER|ciento dieciocho]] pero ya no contesta
O: le repito [[PHONE_NUMBER|953 044 118]]
C: arí
O: y dónde vive usted para que la visiten
C: en la [[ADDRESS|comunidad de huancabamba bajando de la escuela la casa de adobe con techo de calamina]]
O: y usted cómo se llama mamá
C: [[PERSON|justina]] [[PERSON|huamaní]] no tengo celular este es de mi vecino don [[PERSON|hilario]] [[PHONE_NUMBER|nueve ocho cuatro]] [[PHONE_NUMBER|siete dos cero]] [[PHONE_NUMBER|cinco cinco uno]]
O: mamá [[PERSON|justina]] vamos a avisar a la policía y a la fiscalía de [[LOCATION|ica]] para que busquen a su hija en el fundo y la llamamos a este número del vecino
C: yanapawayku señorita ayúdenos sulpayki gracias
O: gracias a usted mamá cuídese
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "heldout8.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
