# ruff: noqa: E501
"""Held-out set 50: ten NEW fictional labelled hotline calls (southern highlands and gold belt).

Written by an outside writer who read only LABELS.md, shared/eval/make_dev.py and
make_heldout.py; all people, phone numbers, IDs, plates, businesses, camps and
addresses are invented.

Mix (id: language, style, caller):
  h50-01: es, lowercase Whisper-style, mother in Juliaca, daughter taken to a mining bar (km of the Interoceánica)
  h50-02: es, lowercase Whisper-style, truck driver on the Cusco-Puerto Maldonado road (plate with self-correction, phone split across turns)
  h50-03: es, lowercase Whisper-style, young man in a Huepetuhe mining camp (DNI digit by digit with self-correction)
  h50-04: es, lowercase Whisper-style, shop owner in an informal settlement of Arequipa (lote/manzana, house colour)
  h50-05: es, cased Andean Spanish with Quechua, grandmother from Apurímac, grandson in a gold camp
  h50-06: es, cased Andean Spanish with Quechua, health worker (obstetra) near La Rinconada, Puno
  h50-07: es, cased Andean Spanish with Quechua, market vendor in Cusco, girls in a chichería
  h50-08: es, Bolivian Spanish, Bolivian woman kept working in a restaurant in Puno
  h50-09: en, English, tourist on the Cusco-Puerto Maldonado bus
  h50-10: pt, Brazilian Portuguese, cousin of a man on a gold dredge in Madre de Dios

Annotation choices beyond make_dev.py:
  * Precise place descriptions (landmark, road kilometre, bridge, river bank, lote/manzana,
    "la casa celeste de dos pisos al costado de ...") are one ADDRESS span, including the
    house colour/storeys when they are part of the same locating phrase. A bridge, river or
    road, street or town named inside such a phrase as a reference point ("kilometre 32
    after Marcapata", "jirón Moquegua", "puente inambari") stays inside the ADDRESS span.
  * Town, district, province, region, country and named mining zones / settlements used as
    places (La Pampa, Delta Uno, La Rinconada, Huepetuhe) are LOCATION, kept as their own
    span when they follow the description ("..., en Juliaca").
  * Named businesses (bars, chicherías, hostels, restaurants, bus companies, named camps,
    mining concessions) are ORGANIZATION; the description of where they are is a separate
    ADDRESS span.
  * Numbers said in pieces: a number split across turns, or broken by a filler ("eh") or a
    self-correction, is labelled as separate spans, one per piece; an aborted/corrected
    piece is still labelled with the same type (it leaks digits).
  * Quechua/Aymara kinship or respect words (mamá, tayta, mamita, wawa, don, doña) and
    articles are outside PERSON spans; nicknames ("el Cholo", "la Gringa") are PERSON
    without the article.
  * Country names used as adjectives ("my New Zealand mobile") are still LOCATION.
  * Times and weekdays of a concrete event (the bus "de las siete de la noche", "el martes
    quince") are DATE_TIME; durations, money, distances that are not a location are not.
  * Contractions of a preposition and article ("del", "no", "al") stay outside DATE_TIME
    spans ("la feria del [[domingo 6]]", "no [[dia 3 de março]]").
  * Lowercase/misheard transcripts are labelled as they stand (a misheard place or name
    spelling is still labelled).
"""

import re

from make_heldout import write_set

CALLS = []

CALLS.append(
    (
        "h50-01",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: aló señorita eh buenas tardes le llamo de [[LOCATION|juliaca]] es que mi hija pues se ha ido a trabajar a [[LOCATION|madre de dios]] y ya no me contesta
O: entiendo señora cuénteme con calma cómo se llama su hija y cuántos años tiene
C: se llama [[PERSON|yesenia]] este [[PERSON|yesenia mamani ccori]] tiene [[AGE|dieciséis]] no perdón [[AGE|diecisiete años]] recién ha cumplido [[DATE_TIME|el cuatro de julio]]
O: y a dónde se fue exactamente
C: una señora que le dicen la [[PERSON|gringa]] le ofreció de cocinera en un campamento dice que en el [[ADDRESS|kilómetro ciento ocho de la interoceánica]] por [[LOCATION|la pampa]] se fueron en el bus de [[ORGANIZATION|expreso qori ñan]] del terminal de acá [[DATE_TIME|el martes quince]] en el bus de [[DATE_TIME|las siete de la noche]] y el viernes me llamó llorando dice que no es cocina que es un bar de tablas con plástico azul que la hacen tomar con los mineros y que no la dejan salir
O: tiene el número de su hija o de la señora
C: sí el de mi hija es [[PHONE_NUMBER|nueve siete tres cuatro cero uno ocho ocho dos]] pero ya no timbra y la [[PERSON|gringa]] tiene otro empieza con [[PHONE_NUMBER|novecientos cincuenta y uno]] lo demás lo tengo anotado en la casa
O: sabe cómo se llama el bar o cómo es el lugar
C: le dicen [[ORGANIZATION|la ñusta]] pues está [[ADDRESS|pasando el puentecito al frente del grifo el que tiene letrero rojo]] eso me dijo mi hija
O: y de la señora sabe el nombre verdadero
C: [[PERSON|rosaura]] creo [[PERSON|rosaura huillca]] es de acá de [[LOCATION|juliaca]] vive en la [[ADDRESS|manzana de lote catorce de la urbanización san isidro]] una casa de ladrillo sin tarrajear
O: gracias señora le repito el de su hija [[PHONE_NUMBER|973 401 882]] y ahora necesito su nombre y un número para llamarla
C: [[PERSON|juana]] [[PERSON|juana ccori apaza]] mi número es este mismo [[PHONE_NUMBER|nueve cinco uno seis seis dos cero tres siete]]
O: gracias señora [[PERSON|juana]] vamos a pasar el caso ahora mismo a la policía y a la fiscalía de [[LOCATION|madre de dios]] y también tiene que poner la denuncia por desaparición en la comisaría lleve una foto de su hija
C: ya señorita eh por favor ayúdenme es mi única hija
""",
    )
)

CALLS.append(
    (
        "h50-02",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches jefa este yo soy chofer de camión hago la ruta de [[LOCATION|cusco]] a [[LOCATION|puerto maldonado]] y quería avisar algo que he visto hoy
O: gracias por llamar dígame lo que vio
C: eh hoy en la mañana en [[LOCATION|mazuco]] en el [[ADDRESS|restaurante de la curva antes del puente inambari el de techo de calamina verde]] había tres chiquitas con un señor y las estaban haciendo subir a una camioneta
O: qué edad tendrían las chicas y pudo ver la placa de la camioneta
C: unos [[AGE|catorce quince años]] serían pues una lloraba y el señor le gritó en quechua que se calle y la placa sí la anoté es una hilux plomo placa [[OTHER_ID|ve ocho ele guion seis cuatro dos]] no espere es [[OTHER_ID|ve ocho ele seis cuatro tres]] tres al final
O: a dónde iban sabe
C: para abajo para [[LOCATION|huepetuhe]] el chofer le dijo a la señora del restaurante que las llevaba al campamento [[ORGANIZATION|los tres hermanos]] entrando por el [[ADDRESS|kilómetro noventa y ocho a la orilla del río]]
O: alguien nombró al señor y a qué hora fue
C: la señora del restaurante le decía el [[PERSON|cholo ticona]] así nomás y fue como a [[DATE_TIME|las seis y media de la mañana]] cuando paramos a desayunar
O: usted cómo se llama y a qué número lo podemos llamar
C: mi nombre mejor no jefa pero el número sí anote [[PHONE_NUMBER|nueve ocho cuatro]]
O: ajá siga
C: [[PHONE_NUMBER|siete dos cero]] [[PHONE_NUMBER|cinco cinco uno]] ahí me encuentra
O: muy bien voy a avisar ahora mismo a la policía de [[LOCATION|madre de dios]] para que busquen la camioneta en el control
C: ya jefa gracias yo ya estoy llegando a [[LOCATION|laberinto]] si la vuelvo a ver le aviso
""",
    )
)

CALLS.append(
    (
        "h50-03",
        "es",
        """
O: línea contra la trata buenas tardes
C: aló aló me escucha señorita estoy llamando de un celular prestado
O: sí lo escucho hable tranquilo está en un lugar seguro
C: más o menos estoy en [[LOCATION|delta uno]] en [[ADDRESS|la bodega que está al costado de la cancha de fulbito]] la señora me ha prestado su celular
O: cuénteme qué le está pasando
C: me trajeron de [[LOCATION|andahuaylas]] a trabajar en una chupadera en un campamento en [[LOCATION|huepetuhe]] eh me dijeron mil quinientos al mes y ya son tres meses y nada dicen que debo el pasaje la comida las botas
O: cuántos años tiene usted
C: [[AGE|diecinueve]] pero hay otro chibolo que tiene [[AGE|quince]] [[PERSON|efraín]] se llama a él lo hacen cargar el mercurio y el patrón es don [[PERSON|tiburcio]] [[PERSON|tiburcio layme]] y su hijo que le dicen el [[PERSON|zorro]] ese nos pega con manguera si reclamamos
O: le voy a pedir su nombre y su dni si lo tiene
C: [[PERSON|wilber]] [[PERSON|wilber quispe huamán]] el dni me lo quitaron pero me lo sé es [[ID_NUMBER|siete uno cuatro]] no [[ID_NUMBER|siete uno cinco cuatro ocho dos dos nueve]]
O: le repito [[ID_NUMBER|71548229]] y dónde queda el campamento
C: es [[ADDRESS|pasando el puente del río caychive a mano izquierda por la trocha en la orilla donde está la draga amarilla]] como una hora caminando
O: le podemos dejar un mensaje en este número
C: la señora dice que sí que le dejen mensaje al [[PHONE_NUMBER|nueve cuatro uno]] eh [[PHONE_NUMBER|cero siete nueve tres tres cinco]] ella se llama [[PERSON|doris]]
O: gracias [[PERSON|wilber]] vamos a avisar a la fiscalía y a la policía de [[LOCATION|puerto maldonado]] para que vayan al campamento y los saquen a usted y a [[PERSON|efraín]]
C: ya tengo que volver ya si no el [[PERSON|zorro]] se da cuenta
""",
    )
)

CALLS.append(
    (
        "h50-04",
        "es",
        """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita este yo tengo una bodeguita en [[LOCATION|cerro colorado]] en [[LOCATION|arequipa]] y quería contar algo de una niña que viene a comprar
O: claro la escucho con calma
C: eh es una chiquita de unos [[AGE|doce años]] se llama [[PERSON|nayeli]] viene a comprar pan a las cinco de la mañana ya está cargando agua lavando ropa y no va al colegio la trajeron de [[LOCATION|chumbivilcas]] de una comunidad de allá arriba
O: con quién vive la niña
C: con una pareja pues el señor es mototaxista le dicen el [[PERSON|tuco]] y la señora se llama [[PERSON|elvira]] [[PERSON|elvira puma]] tiene puesto de papas en el [[ADDRESS|mercado avelino cáceres el puesto ciento veinte del pabellón be]]
O: sabe la dirección de la casa donde vive la niña
C: sí es en la [[ADDRESS|manzana jota lote siete del asentamiento villa los ángeles la casa celeste de dos pisos con la puerta de calamina]] subiendo de mi tienda a la derecha
O: ha visto que la maltraten
C: sí pues [[DATE_TIME|el domingo veintiuno]] tenía el brazo morado y me dijo bajito que la señora le pega con el cable de la plancha y que no le pagan nada que su mamá la mandó para que estudie pues
O: sabe el nombre completo de la niña y la mototaxi del señor tiene placa
C: eh [[PERSON|nayeli]] [[PERSON|nayeli huamaní]] nomás sé dni no creo que tenga ni partida tiene y la moto sí la veo todos los días es [[OTHER_ID|cuatro ocho cinco siete guion uno ve]] este no [[OTHER_ID|cuatro ocho cinco siete guion ve uno]] roja con un sticker de la virgen de chapi
O: muchas gracias eso ayuda bastante cómo se llama usted y a qué número la llamamos
C: [[PERSON|hermelinda]] pero no diga pues que yo he llamado la bodega se llama [[ORGANIZATION|bodega santa rosita]] todos me conocen el número es [[PHONE_NUMBER|nueve cinco nueve cero ocho cuatro siete uno dos]]
O: señora [[PERSON|hermelinda]] su identidad queda reservada vamos a avisar hoy a la fiscalía de familia y a la policía de [[LOCATION|arequipa]] para que vayan a ver a la niña
C: ya señorita gracias esa chiquita me da una pena
""",
    )
)

CALLS.append(
    (
        "h50-05",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Disculpe, hablo poquito castellano. Llamo de [[LOCATION|Chalhuanca]], de [[LOCATION|Apurímac]]. Es por mi nieto, mi wawa [[PERSON|Ronal]].
O: Allinmi, mamita, tranquila, hable como pueda. ¿Qué le ha pasado a [[PERSON|Ronal]]?
C: Un señor vino en su camioneta a la feria del [[DATE_TIME|domingo 6]], ofreciendo trabajo en mina, en [[LOCATION|Puno]], por [[LOCATION|Ananea]]. Mi [[PERSON|Ronal]] se ha ido con él, [[AGE|dieciséis años]] tiene nomás. Ya un mes, señorita, y no vuelve.
O: ¿Ha podido hablar con él? ¿Y sabe cómo se llama el señor que lo llevó?
C: Una vez llamó llorando. "Mamay, manam pagawanchikchu", dice, no les pagan, dice que deben la comida, la coca, el pasaje. Y que hace harto frío, duermen en el suelo. El señor es don [[PERSON|Félix Ccorimanya]], la gente le dice el [[PERSON|Kuntur]]. Su camioneta es roja, mi vecino ha apuntado la placa: [[OTHER_ID|A5R-912]].
O: ¿Y sabe en qué lugar está trabajando su nieto?
C: En el campamento de la [[ORGANIZATION|Cooperativa Minera Nueva Estrella Dorada]], dice, [[ADDRESS|al pie del nevado, pasando la laguna, donde están las carpas azules]].
O: ¿Tiene el número de su nieto o algún documento?
C: Sí, mi hija me ha apuntado en un papelito: [[PHONE_NUMBER|983 517 264]], pero ya no contesta. Y su DNI es [[ID_NUMBER|73091485]]. Su nombre completo es [[PERSON|Ronal Ccahuana Taipe]].
O: Gracias, mamita. ¿Y usted cómo se llama?
C: [[PERSON|Justina Taipe]], su abuela. Su mamá está en [[LOCATION|Lima]] trabajando, yo nomás lo he criado.
O: Mamá [[PERSON|Justina]], vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Puno]] para que lo busquen. ¿A qué número la llamamos?
C: Al de mi vecino, señorita, yo no tengo celular: [[PHONE_NUMBER|nueve siete cero, dos seis uno, cuatro cuatro ocho]]. Se llama [[PERSON|Teodoro]], él me avisa. Sulpayki, señorita.
O: Muy bien. Mañana la llamamos. Si [[PERSON|Ronal]] vuelve a llamar, dígale que puede llamar gratis a esta línea.
""",
    )
)

CALLS.append(
    (
        "h50-06",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Le habla la obstetra [[PERSON|Marisol Apaza Cutipa]], del [[ORGANIZATION|Puesto de Salud Cerro Lunar]], en [[LOCATION|La Rinconada]], distrito de [[LOCATION|Ananea]]. Llamo por una paciente.
O: Gracias, doctora. ¿Qué ocurre?
C: Hoy, como a [[DATE_TIME|las cuatro de la tarde]], trajeron a una chica con sangrado, embarazo de unas doce semanas. Dice que tiene [[AGE|18]], pero no tiene más de [[AGE|15]], se nota. Habla más quechua que castellano; me dijo que se llama [[PERSON|Sumaq]], [[PERSON|Sumaq Illari Huanca]], y que es de [[LOCATION|Azángaro]].
O: ¿Quién la trajo al puesto?
C: Una señora que dice ser su tía, pero la chica me dijo bajito "manam ñañaychu, manam ipaychu", que no es su familia. La señora tiene un bar, el [[ORGANIZATION|Bar Cantarito de Oro]], [[ADDRESS|subiendo por la calle de los tragamonedas, la casa de tres pisos forrada de calamina con foco rojo, frente a la bocamina Santa Ana]].
O: ¿La señora dejó algún dato?
C: Dio su DNI para la ficha: [[ID_NUMBER|01347829]], a nombre de [[PERSON|Nélida Choque]]. Las otras pacientes le dicen la [[PERSON|Chaska]]. Y dejó su celular, [[PHONE_NUMBER|951 208 436]].
O: ¿La chica sigue con usted?
C: Sí, la tengo en observación hasta mañana. Pero la señora quiere llevársela ya, dice que vuelve a [[DATE_TIME|las diez]] con su marido. Tengo miedo, señorita, acá arriba no hay ni serenazgo.
O: Entiendo, doctora. Es un caso urgente: voy a pedir ahora mismo a la comisaría de [[LOCATION|La Rinconada]] que mande efectivos al puesto, y coordinamos con la fiscalía de familia un albergue en [[LOCATION|Juliaca]]. No entregue a la menor a nadie sin la policía. ¿A qué número la llamo?
C: A mi celular: [[PHONE_NUMBER|más cincuenta y uno, nueve siete tres, seis cuatro cero, uno cinco nueve]].
O: Gracias, doctora [[PERSON|Marisol]]. En quince minutos le devuelvo la llamada.
C: Gracias. Añañaw, qué frío hace acá; yo me quedo con ella toda la noche.
""",
    )
)

CALLS.append(
    (
        "h50-07",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, joven. Yo soy vendedora en [[LOCATION|Cusco]], tengo mi puesto en el [[ADDRESS|mercado de San Pedro, puesto 214 de las juguerías]]. Llamo por unas imillas que trabajan en una chichería.
O: Gracias por llamar, señora. Cuénteme.
C: Son dos chiquitas, de [[AGE|13]] y [[AGE|14 años]] serán, vienen de [[LOCATION|Paruro]]. Trabajan en la [[ORGANIZATION|Chichería Mama Qocha]], en [[LOCATION|San Jerónimo]], [[ADDRESS|la que tiene el carrizo con la banderita roja, en la esquina del paradero de combis, al lado de la ferretería]].
O: ¿Qué es lo que ha visto?
C: Les hacen servir chicha a los borrachos hasta la medianoche, y los borrachos las manosean. En la mañana vienen al mercado a comprar con la cara de sueño. Una me dijo "mana puñuyta atinichu, mamá", que no la dejan dormir, que duerme en la cocina junto a los cuyes.
O: ¿Sabe quién es la dueña de la chichería?
C: Doña [[PERSON|Eulogia]], [[PERSON|Eulogia Ttito]]. Y su yerno le dicen el [[PERSON|Mote]], ese es el que las trajo de su comunidad. [[DATE_TIME|El sábado 9]], a [[DATE_TIME|las 11 de la noche]], yo pasaba y escuché que una gritaba adentro, y el [[PERSON|Mote]] cerró la puerta con candado.
O: ¿Sabe los nombres de las niñas?
C: La mayorcita se llama [[PERSON|Killari]]. La otra no sé, es calladita, no habla castellano casi.
O: Lo que me cuenta puede ser trata con fines de explotación sexual y laboral de menores. Vamos a informar a la fiscalía de familia y a la policía de [[LOCATION|Cusco]] para que intervengan. ¿Me da su nombre y un número?
C: [[PERSON|Ayda Huallpa]]. Mi número es [[PHONE_NUMBER|984]]... espere, se cortaba... [[PHONE_NUMBER|984]]
O: Sí, la escucho: [[PHONE_NUMBER|984]], ¿y después?
C: [[PHONE_NUMBER|772 019]]. Pero llámeme en la tarde, joven, en la mañana hay harta gente en el puesto.
O: Muy bien, señora [[PERSON|Ayda]]. La llamamos en la tarde. Su nombre no va a aparecer en ningún lado.
C: Ya, hijito, gracias. Urpichakuna, pobrecitas, que las saquen de ahí.
""",
    )
)

CALLS.append(
    (
        "h50-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches, hermanita. Disculpe, ¿aquí ayudan a los que no son de [[LOCATION|Perú]]? Yo soy de [[LOCATION|El Alto]], de [[LOCATION|Bolivia]], ¿no ve?
O: Sí, ayudamos a cualquier persona, sea de donde sea. Cuénteme.
C: Estoy en [[LOCATION|Puno]], trabajando en un restaurante desde [[DATE_TIME|el 2 de febrero]], para la fiesta de la Candelaria nos han traído. Yo y mi prima [[PERSON|Wara]], ella es menor, tiene [[AGE|17]] nomás. Nos dijeron que íbamos a ganar 1200 soles y hasta ahorita no nos han pagado ni un peso, pues.
O: ¿Dónde queda el restaurante?
C: Se llama [[ORGANIZATION|Pollos y Parrillas El Sajama]], queda en [[ADDRESS|la cuadra 4 del jirón Moquegua, al frente de la botica con letrero verde]]. Dormimos en el depósito, atrás, con las cajas de gaseosa.
O: ¿Quién las tiene ahí? ¿Pueden salir?
C: La dueña es la señora [[PERSON|Rufina]], y su esposo le dicen el [[PERSON|Chapaco]]. No nos dejan salir, pues. Mi carnet me lo ha quitado la señora, dice que es para que no me escape, y que debemos el pasaje desde [[LOCATION|Desaguadero]]. Al [[PERSON|Chapaco]] le tengo miedo, harto toma y a la [[PERSON|Wara]] la molesta en la noche.
O: Lo que me cuenta es muy grave y hay una menor en riesgo. ¿Me puede dar su nombre?
C: [[PERSON|Lidia Condori Huanca]]. Tengo [[AGE|veinte años]]. Mi carnet es [[ID_NUMBER|6843217 LP]], me lo sé de memoria.
O: Gracias, [[PERSON|Lidia]]. ¿Está en un lugar seguro ahora?
C: Estoy en el baño, hermanita, con el celular de la [[PERSON|Wara]]. Es chip boliviano: [[PHONE_NUMBER|más cinco nueve uno, siete uno cinco nueve, tres ocho dos seis]]. Y tengo otro peruano que no tiene saldo, el [[PHONE_NUMBER|951 884 302]].
O: Voy a pedir ahora mismo a la policía de [[LOCATION|Puno]] que vaya al restaurante, y coordinamos un albergue para ustedes dos y con el consulado de [[LOCATION|Bolivia]] para tu carnet. ¿Pueden quedarse juntas?
C: Sí, ya, nos quedamos juntitas en el depósito. Gracias, hermanita, Dios le pague.
""",
    )
)

CALLS.append(
    (
        "h50-09",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, do you speak English? I'm on a bus and I think something's really wrong.
O: Yes, I can help you in English. Are you safe right now?
C: I'm fine. My name's [[PERSON|Tobias Fenwick]], I'm a tourist from [[LOCATION|New Zealand]]. I'm on the night bus from [[LOCATION|Cusco]] to [[LOCATION|Puerto Maldonado]], with [[ORGANIZATION|Transportes Amaru Express]]. It left at [[DATE_TIME|8:30 pm]].
O: What's happening on the bus?
C: There are two girls sitting behind me, they look maybe [[AGE|fourteen]], with a man who keeps their ID cards in his jacket. When he went to the toilet one of them said to me "ayuda, por favor", and that they're being taken to work in a bar in [[LOCATION|Laberinto]].
O: Did she tell you her name, or the man's?
C: She said she's [[PERSON|Maribel]], she's [[AGE|14]]. The girls call him Tío [[PERSON|Lucho]]. He's tall, with a gold tooth, and he told the driver's assistant they'd get off before [[LOCATION|Mazuco]].
O: Where is the bus now?
C: We've just stopped at [[ADDRESS|the roadside market at kilometre 32 after Marcapata, the one with the big yellow Inca Kola sign]]. The bus plate is [[OTHER_ID|V2T-958]], I took a photo of it at the terminal.
O: Thank you, that's very helpful. I'm alerting the police checkpoint on the road so they stop the bus. Please don't confront the man. Can I have your number?
C: It's my [[LOCATION|New Zealand]] mobile, [[PHONE_NUMBER|+64 21 555 0843]], on WhatsApp. And my email is [[EMAIL_ADDRESS|tobias.fenwick.nz@gmail.com]].
O: Thanks, [[PERSON|Tobias]]. If they get off before the checkpoint, call us straight away and tell us where.
C: Okay, will do. He's coming back, I have to hang up.
""",
    )
)

CALLS.append(
    (
        "h50-10",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô, boa tarde. Desculpa, a senhora fala português? Eu sou do [[LOCATION|Brasil]].
O: Sí, un poco. Hable despacio, por favor, le entiendo.
C: Obrigado. Meu nome é [[PERSON|Cleiton Souza Brandão]], sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre o meu primo, o [[PERSON|Josué]]. Ele atravessou em [[LOCATION|Assis Brasil]] para [[LOCATION|Iñapari]] no [[DATE_TIME|dia 3 de março]], disseram que era trabalho de ajudante numa draga de garimpo em [[LOCATION|Madre de Dios]].
O: ¿Y qué pasó con él?
C: Ele tá numa balsa, a draga [[ORGANIZATION|Santa Bárbara II]], perto de [[LOCATION|Boca Colorado]], [[ADDRESS|na margem esquerda do rio, uma hora de peque-peque abaixo do porto, onde tem uma lona verde]]. Trabalha dia e noite, com mercúrio, sem luva, e não pagam nada. Dizem que ele deve a passagem e a comida.
O: ¿Quién es el dueño de la draga?
C: Um peruano que chamam de [[PERSON|Gordo Vásquez]]. Ele pegou o documento do [[PERSON|Josué]] e disse que se ele fugir vai entregar ele pra polícia como ilegal.
O: ¿Cuántos años tiene su primo? ¿Tiene algún documento o número?
C: Ele tem [[AGE|vinte e dois anos]]. O CPF dele é [[ID_NUMBER|412.887.031-56]]. E o número peruano dele é [[PHONE_NUMBER|nove quatro dois, três um sete, zero oito cinco]], mas ele só pega sinal quando sobe para o porto, no domingo.
O: Le repito: [[PHONE_NUMBER|942 317 085]]. ¿Y su nombre completo de su primo?
C: [[PERSON|Josué Brandão Lima]]. Ele mandou um áudio [[DATE_TIME|domingo passado]], chorando, dizendo que um rapaz caiu da balsa e ninguém foi buscar.
O: Es muy grave. Vamos a pasar el caso a la fiscalía y a la policía de [[LOCATION|Puerto Maldonado]], y al consulado de [[LOCATION|Brasil]]. ¿A qué número lo llamamos a usted?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 99214 7730]]. Pode mandar mensagem em espanhol, eu entendo.
O: Muy bien, señor [[PERSON|Cleiton]]. Le escribimos mañana.
C: Muito obrigado, de coração.
""",
    )
)


# ------------------------------------------------------------- self-checks ----
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|three|four|five|six|seven|eight|nine|um|dois|três|quatro|sete|oito|nove)"


def _check():
    from make_heldout import build

    recs = build(CALLS)
    assert [r["id"] for r in recs] == [f"h50-{i:02d}" for i in range(1, len(recs) + 1)]
    for r in recs:
        cid, text, spans = r["id"], r["text"], r["pii"]
        assert 8 <= len(r["turns"]) <= 16, (cid, len(r["turns"]))
        prev = -1
        for p in spans:
            assert p["start"] >= prev and p["text"] == p["text"].strip(), (cid, p)
            prev = p["end"]

        def covered(s, e):
            return any(p["start"] <= s and e <= p["end"] for p in spans)  # noqa: B023 (used inside the same iteration)

        surf = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
        for p in spans:
            if p["type"] == "PERSON":
                surf.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3)
        for s in surf:
            for m in re.finditer(r"(?i)(?<!\w)" + re.escape(s) + r"(?!\w)", text):
                assert covered(m.start(), m.end()), (
                    cid,
                    "unlabelled occurrence",
                    s,
                    text[m.start() - 20 : m.end() + 20],
                )
        for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
            if m.group(0) != "0800-2-3232":
                assert covered(m.start(), m.end()), (cid, "digits", m.group(0))
        for m in re.finditer(
            r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)",
            text,
        ):
            for t in re.finditer(r"\w+", m.group(0)):
                assert covered(m.start() + t.start(), m.start() + t.end()), (
                    cid,
                    "spelled digits",
                    m.group(0),
                )
        for m in re.finditer(r"@|\barroba\b", text):
            assert covered(m.start(), m.end()), (cid, "@")


_check()
write_set(CALLS, "h50-", "heldout50.jsonl")
