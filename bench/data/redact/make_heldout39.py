# ruff: noqa: E501
"""Held-out set h39: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: LABELS.md and
make_dev.py (shared/eval) and the builder make_heldout.py. Nothing else in the project
was seen, so the calls are not tuned to any recogniser. All people, phone numbers, IDs,
accounts, handles, plates, addresses and businesses are invented.

Mix of styles
  * 4 lowercase, unpunctuated Whisper-style Spanish calls (h39-01 cevichería owner in
    Chimbote, h39-02 nurse in La Rinconada, h39-03 airport taxi driver, h39-06 parish
    secretary in Huanta): fillers ("eh", "este", "o sea"), self-corrections, numbers in
    words, misheard words ("ya pe", "la rincón nada", "brahem" for VRAEM).
  * 1 cased Spanish call (h39-04, a girl who escaped a "modelling agency").
  * 1 Spanish call with Quechua words (h39-05, a trout-farm worker on Lake Titicaca).
  * 2 English calls (h39-07, an Irish coach of a youth football team working for an NGO;
    h39-08, a Haitian migrant in Miami calling about her sister in Tumbes, with some
    Haitian Creole words).
  * 1 Brazilian Portuguese call (h39-09, a pharmacist in Assis Brasil, Acre).
  * 1 Venezuelan Spanish call (h39-10, a Venezuelan landlady in Breña).

Labelling: the conventions of make_dev.py (titles/articles outside PERSON, cue words
outside ID/phone/plate spans, AGE with its unit, DATE_TIME only for dates/weekdays/clock
times tied to an event, hotline numbers not PII). Choices beyond make_dev.py:
  * Spans keep the recogniser's surface exactly (lowercase, misspelt, misheard); a
    misheard identifier is labelled with the type of what it refers to ("la rincón nada"
    is LOCATION, "ya pe" is not PII).
  * Phone numbers: country code inside the span ("más cincuenta y uno ...", "+55",
    "plus one ..."); a number split over two turns gives one span per turn; a number
    abandoned mid-way ("nueve cuatro siete no perdón nueve cuatro ocho ...") gives two
    spans, the filler outside; a complete wrong number later corrected is labelled too;
    a half-remembered partial number is labelled, and so is a half-seen plate ("z cuatro").
    Operator read-backs are labelled.
  * E-mails and handles spelled aloud letter by letter: one span from the first spoken
    letter (or "arroba"/"at") to the last domain token, commas and "punto"/"dot"/
    "underscore" included; platform names (Instagram, TikTok, Facebook) and "mi correo
    es" outside. A Facebook URL is OTHER_ID.
  * OTHER_ID also covers bank account numbers, a Western Union transfer code (MTCN) and a
    boat registration (matrícula); bank names and amounts are not labelled.
  * Names shown by payment apps (Yape/Plin display names) are PERSON. Titles and kinship
    words used as titles (don, dona, padre, tío) stay outside PERSON, as in make_dev.py.
  * ID_NUMBER covers DNI, carné de extranjería, CPP, passports, Venezuelan cédula (with
    its "V-"), Brazilian CPF and Chilean RUT; the cue word (DNI, CPF, RUT, CPP) is outside.
  * AGE: a range said as one phrase is one span ("dieciséis diecisiete años"); a Quechua
    age is AGE with its unit ("chunka pichqayuq watayuq"); thresholds and categories
    ("menor de edad", "under 18", "the under-15 league") are not labelled.
  * ADDRESS includes market stalls, floors, rooms ("el cuarto del fondo del segundo
    patio"), fish cages and balsas, a pitch behind a market, km markers and directions;
    a description's own article is inside ("la cantina de calamina azul ..."), but the
    "en la/el" before a street name is outside. A named market used as a landmark stays
    inside the ADDRESS span.
  * A birthday or birth date is DATE_TIME; routine hours ("cierro a las cuatro como todos
    los días", "la misa de las siete", "every Tuesday and Thursday at 4") are not.
  * A parish, a pharmacy, a taxi company, a trout farm and a juice stall named after its
    owner are ORGANIZATION (the owner's name inside the ORGANIZATION span is not a
    separate PERSON span). Public bodies are not labelled, including a public hospital
    named after a person, fiscalía, DEMUNA, CEM, SUNAFIL, Migraciones, Conselho Tutelar,
    Polícia Federal, Disque 100.
  * Unlabelled traps: money (soles, dollars, reais), durations, counts, altitudes, the
    hotline (1818, "mil ochocientos dieciocho"), 105, Disque 100, legal articles and the
    law number 28950, routine schedules, relative dates (anoche, hace cuatro meses, three days ago).
  * Same-surface traps: a name that is also a common word is labelled only where it is
    the person: "esperanza" (a girl vs "ya no tiene esperanza"), "caballa" (a nickname vs
    the fish), "Inti" (a name vs "inti" the sun in Quechua).

Run: python3 make_heldout39.py   (writes heldout39.jsonl next to this script)
"""

from make_heldout import write_set

CALLS = [
    (
        "h39-01",
        "es",
        """
O: línea mil ochocientos dieciocho contra la trata de personas buenas tardes en qué le puedo ayudar
C: eh aló sí buenas tardes señorita este le llamo de [[LOCATION|chimbote]] tengo una cevichería en el mercado y o sea no sé si es aquí donde tengo que llamar
O: sí señora está llamando al lugar correcto cuénteme con calma está en un lugar donde pueda hablar
C: sí sí ya cerré el puesto yo cierro a las cuatro como todos los días ahorita estoy sola es por una chiquita que trabaja en la juguería de al frente
O: la escucho cómo se llama su negocio y dónde queda para ubicarnos
C: mi negocio es la [[ORGANIZATION|cevichería el pulpo de oro]] estamos en [[ADDRESS|el puesto cuarenta y siete del segundo pasadizo del mercado el progreso entrando por la puerta de las pescaderas]] y la chiquita trabaja en [[ADDRESS|el puesto de al frente el del toldo amarillo]] la [[ORGANIZATION|juguería la tía nelly]]
O: cómo se llama la chica y qué edad tiene
C: se llama [[PERSON|jesenia]] bueno [[PERSON|yesenia]] con y griega me dijo tiene [[AGE|catorce]] no perdón [[AGE|quince años]] cumplió [[DATE_TIME|el sábado]] yo le compré una tortita la pobre lloraba
O: de dónde es ella sabe cómo llegó aquí
C: es de la sierra de [[LOCATION|pomabamba]] dice que la trajo la señora [[PERSON|nelly]] le prometió a su mamá que la iba a hacer estudiar y que le iba a pagar trescientos soles al mes pero no le pagan nada lava vasos desde las seis de la mañana y no va al colegio
O: usted mencionó que pasa algo más en las noches
C: eh sí el marido de la señora [[PERSON|nelly]] le dicen el [[PERSON|caballa]] todas las noches a las diez la recoge en un mototaxi rojo y la lleva al [[ORGANIZATION|karaoke la sirena]] que está en [[ADDRESS|la avenida josé gálvez al costado del grifo]] y la trae a las tres cuatro de la mañana la placa del mototaxi la anoté es [[OTHER_ID|ocho uno cuatro seis guion tres be]]
O: la chica le ha contado qué hace en el karaoke
C: que la hacen atender a los señores que la hacen tomar cerveza o sea el otro día llegó con el brazo morado y no quiso hablar ay señorita [[AGE|quince años]] tiene es una niña
O: señora esto que me cuenta es muy grave puede ser trata con fines de explotación sexual de una menor eso está en el artículo ciento cincuenta y tres del código penal vamos a comunicarlo a la policía y a la fiscalía de [[LOCATION|chimbote]] me puede dar su nombre y un número de contacto
C: sí me llamo [[PERSON|doris]] [[PERSON|doris ventura alfaro]] y mi dni es [[ID_NUMBER|cuatro dos siete ocho uno uno cero cinco]] por si acaso
O: gracias señora [[PERSON|doris]] y su celular
C: es el [[PHONE_NUMBER|nueve cuatro tres dos]] aló aló señorita se cortó
O: sí la escucho continúe por favor
C: [[PHONE_NUMBER|cero ocho siete uno cinco]] ese mismo tiene yape también
O: le repito [[PHONE_NUMBER|943 208 715]] correcto
C: correcto señorita
O: muy bien no se acerque ni le diga nada a la señora ni al señor si ve que se la llevan a la fuerza llame al ciento cinco o aquí mismo mañana la llamamos para contarle
C: ya señorita perdone que hable tanto estoy nerviosa hoy ni vendí nada la caballa estaba a nueve soles el kilo y nadie compraba pero esa chiquita me tiene preocupada
O: hizo muy bien en llamar señora [[PERSON|doris]] gracias a usted vamos a actuar hoy mismo
""",
    ),
    (
        "h39-02",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló señorita eh buenas noches le hablo de [[LOCATION|la rincón nada]] soy técnica de enfermería del puesto de salud me escucha la señal acá es malísima
O: la escucho un poco entrecortado pero la escucho dígame
C: ya este le cuento [[DATE_TIME|el jueves a las tres de la madrugada]] nos trajeron a una chica con una hemorragia fuerte la dejó en la puerta una señora que le dicen la [[PERSON|gringa]] y se fue nomás
O: la chica está con ustedes ahora
C: sí está en observación se llama [[PERSON|esperanza]] [[PERSON|esperanza cutipa]] no tiene ningún documento tendrá [[AGE|dieciséis diecisiete años]] y me contó llorando que la tienen en [[ADDRESS|la cantina de calamina azul al costado del grifo de kerosene subiendo a la bocamina]] de la [[ORGANIZATION|cooperativa minera lucero andino]]
O: qué más le contó
C: que hay como seis chicas más ahí una de [[AGE|trece añitos]] que la trajeron de [[LOCATION|quillabamba]] otras de [[LOCATION|bolivia]] de [[LOCATION|desaguadero]] les dijeron que iban a ser ayudantes de cocina con mil quinientos soles al mes y las hacen tomar con los mineros y estar con ellos y la [[PERSON|gringa]] les dice que le deben el pasaje y la comida
O: eso es trata señora con menores de edad vamos a alertar a la policía de [[LOCATION|la rinconada]] y a la fiscalía de [[LOCATION|puno]] usted está segura ahí
C: eh sí acá en la posta sí pero tengo miedo porque la [[PERSON|gringa]] dijo que mañana viene por ella y la chica dice que ya no tiene esperanza que prefiere morirse
O: no la entregue a nadie que no sea la policía o la fiscalía puede referirla al hospital
C: sí el doctor quiere referirla a [[LOCATION|juliaca]] al hospital carlos monge medrano pero las combis bajan a las cinco de la mañana nomás y hace como diez bajo cero en la noche
O: entendido vamos a coordinar el traslado con la policía me da su nombre por favor
C: [[PERSON|marleni]] [[PERSON|marleni ticona apaza]] yo termino mi turno a las ocho pero me quedo hasta que vengan
O: y un número para devolverle la llamada
C: el mío es [[PHONE_NUMBER|más cincuenta y uno nueve cinco uno cero cuatro siete dos dos ocho]] y la chica se acuerda del celular de su mamá pero no completo dice [[PHONE_NUMBER|nueve ocho cuatro seis uno dos]] y lo demás no se acuerda
O: gracias señora [[PERSON|marleni]] con ese pedazo de número la fiscalía puede intentar ubicar a la mamá sabe de dónde es la mamá
C: de [[LOCATION|sandia]] creo dijo que su mamá vende en la feria los domingos eh otra cosa la [[PERSON|gringa]] tiene una camioneta plomo la placa empieza con [[OTHER_ID|z cuatro]] algo no vi bien
O: no se preocupe eso también ayuda la policía va a subir lo antes posible y la llamamos apenas tengamos noticias
C: ya señorita gracias que dios la bendiga acá a cinco mil metros nadie se acuerda de estas chicas
""",
    ),
    (
        "h39-03",
        "es",
        """
O: línea contra la trata buenos días le escuchamos
C: buenos días señorita eh soy taxista trabajo en el aeropuerto del [[LOCATION|callao]] y quiero reportar algo que pasó anoche toda la noche me he quedado pensando
O: gracias por llamar cuénteme qué pasó
C: recogí a un señor con una chica llegaron en el vuelo de [[LOCATION|tarapoto]] el de [[DATE_TIME|las once y veinte de la noche]] el señor tenía el dni de la chica en la mano y cuando ella lo quiso agarrar él no le dio o sea se lo guardó en el bolsillo
O: a dónde los llevó
C: al [[ORGANIZATION|hostal los delfines]] en [[LOCATION|los olivos]] en la [[ADDRESS|avenida carlos izaguirre cuadra nueve frente a una pollería]] y cuando el señor bajó a pagar la recepción la chica me dijo bajito no soy su sobrina me trajo para trabajar en un bar ayúdeme y me dio un papelito con un número
O: usted hizo muy bien le dijo su nombre o su edad
C: me dijo que se llama [[PERSON|kiara]] y que tiene [[AGE|quince]] pero en el carro el señor dijo que tenía [[AGE|dieciocho]] que era su sobrina y que iba a trabajar de mesera
O: y el número que le dio de quién es
C: de su mamá es el [[PHONE_NUMBER|nueve cuatro siete]] no perdón [[PHONE_NUMBER|nueve cuatro ocho dos dos uno cero seis tres]] ya llamé en la mañana y me contestó la señora es de [[LOCATION|picota]] no sabía nada llorando estaba
O: le repito [[PHONE_NUMBER|948 221 063]] es correcto
C: sí correcto señorita
O: sabe algo del señor cómo se llama
C: me pagó la carrera por ya pe cuarenta y cinco soles y en el ya pe salió [[PERSON|ronal t paredes v]] tendrá unos [[AGE|cincuenta años]] gordito con gorra
O: y sabe en qué habitación están
C: el recepcionista les dio la llave de un cuarto en [[ADDRESS|el segundo piso el del fondo]] yo vi porque entré a dejar la maleta de la chica
O: vamos a enviar a la policía al hostal ahora mismo me puede dar su nombre y sus datos por si la policía quiere hablar con usted
C: sí me llamo [[PERSON|wilfredo]] [[PERSON|wilfredo saavedra]] pero en el aeropuerto todos me dicen el tío [[PERSON|willy]] trabajo con la empresa [[ORGANIZATION|aerotaxi sol del pacífico]] mi carro es un yaris plomo placa [[OTHER_ID|b c k seis uno cuatro]] y mi número es [[PHONE_NUMBER|nueve nueve siete cuatro cero cero tres uno dos]]
O: gracias señor [[PERSON|wilfredo]] usted trabaja todo el día en el aeropuerto
C: de seis a seis señorita llevo doce años de taxista y nunca había visto algo así bueno sí había visto pero nunca había llamado
O: lo que hizo puede salvar a esa chica la policía va en camino y también vamos a avisar a la mamá de [[PERSON|kiara]] lo llamamos más tarde
C: ya señorita ojalá la encuentren todavía ahí
""",
    ),
    (
        "h39-04",
        "es",
        """
O: Línea 1818, contra la trata de personas. Buenas noches, ¿en qué te puedo ayudar?
C: Hola... buenas noches. Vi este número en un afiche en el paradero. Yo me escapé de una agencia de modelos. Bueno, de "modelos", entre comillas.
O: Hiciste muy bien en llamar. ¿Estás en un lugar seguro ahora?
C: Sí, estoy en la casa de mi tía, en [[LOCATION|Comas]]. Llegué anoche, caminando y en combi.
O: ¿Cómo te llamas y cuántos años tienes? Si no quieres decir tu nombre, no hay problema.
C: Me llamo [[PERSON|Luciana Ramos Quispe]]. Tengo [[AGE|17 años]], nací [[DATE_TIME|el 9 de mayo del 2008]].
O: Gracias, [[PERSON|Luciana]]. Cuéntame qué pasó, a tu ritmo.
C: Hace cuatro meses me escribió una chica por Instagram, una cuenta que se llama... le deletreo: [[OTHER_ID|arroba, ka, a, te, hache, e, punto, ese, ce, o, u, te]].
O: ¿[[OTHER_ID|@kathe.scout]]? ¿Así, con punto?
C: Sí, esa. Decía que era de la agencia [[ORGANIZATION|Stellar Models Perú]], que me iban a hacer un book gratis y que podía ganar 3,000 soles al mes en catálogos. En TikTok son [[OTHER_ID|@stellarmodels.pe]], tienen como 40 mil seguidores.
O: ¿A dónde te llevaron?
C: A un departamento en [[LOCATION|San Isidro]], en la [[ADDRESS|Avenida Petit Thouars 3180, piso 11]], un edificio de vidrio con una farmacia abajo. Vivíamos cuatro chicas. La señora [[PERSON|Katherine]] nos quitó el DNI "para el contrato", y el fotógrafo, [[PERSON|Bruno]], nos hacía fotos en ropa interior.
O: ¿Y después?
C: Después nos dijeron que teníamos que "acompañar" a clientes en eventos, en hoteles, y que le debíamos 4,800 soles por las fotos y el departamento. Me hicieron firmar un contrato de 18 meses. Lo demás... no quiero contarlo ahora.
O: Está bien, no tienes que contarlo ahora. Nada de eso fue tu culpa. ¿Cómo saliste?
C: [[DATE_TIME|El sábado a las 4 de la mañana]], cuando [[PERSON|Bruno]] se quedó dormido en el sofá, salí por la escalera de servicio. Pero las otras siguen ahí: [[PERSON|Naomi]], que es de [[LOCATION|Iquitos]] y tiene [[AGE|15]], y [[PERSON|Fiorella]], de [[AGE|16]]. La otra chica es mayor, creo.
O: Vamos a pedir a la policía que intervenga en el departamento hoy mismo. ¿Recuerdas tu número de DNI?
C: Sí, es [[ID_NUMBER|72849316]]. Y tengo captura de las transferencias: los pagos de los "eventos" venían de una cuenta Interbank a nombre de [[PERSON|Katherine Salas Meza]], la cuenta [[OTHER_ID|898-3127465093]].
O: Guarda esas capturas, son muy importantes. Lo que te hicieron es trata de personas, está en la Ley 28950 y en el artículo 153 del Código Penal, y tú eres la víctima. ¿Cómo te podemos contactar?
C: No tengo celular, me lo quitaron. El número de mi tía es [[PHONE_NUMBER|987 310 442]], ella se llama [[PERSON|Gladys]]. Y mi correo es [[EMAIL_ADDRESS|ele, u, ce, i, a, ene, a, punto, ramos, cero, siete, arroba, gmail, punto, com]].
O: Perfecto. Mañana te llamará una psicóloga del CEM y una abogada, y si ves a alguien de la agencia cerca de la casa, llama al 105 o aquí al 1818, a cualquier hora.
C: Gracias. Solo quiero que saquen a [[PERSON|Naomi]], es una niña.
O: Vamos a hacer todo lo posible, [[PERSON|Luciana]]. Descansa, ya estás a salvo.
""",
    ),
    (
        "h39-05",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, mamay. Buenas tardes. Disculpe, mi castellano no es muy bien. Llamo de [[LOCATION|Chucuito]], del lago.
O: Allinmi, taytay. Puede hablar tranquilo, también entiendo un poco de quechua. ¿Qué está pasando?
C: Ñuqa trabajo en las jaulas de truchas, en la piscigranja [[ORGANIZATION|Qori Challwa]]. Somos ocho, y cuatro son wawakuna todavía, menores. Ya cuatro meses, manam qolqeta qowanchikchu, no nos pagan nada.
O: ¿Cómo se llama usted y quién los llevó ahí?
C: Ñuqaqa [[PERSON|Inti Quispe Condori]] kani, tengo [[AGE|diecinueve]]. Don [[PERSON|Saturnino Mamani]] nos trajo de [[LOCATION|Azángaro]], [[DATE_TIME|el 2 de noviembre]], día de los difuntos. Dijo 900 soles al mes, comida y cuarto.
O: ¿Y cómo es el trabajo ahí?
C: Llamk'ayku inti lluqsimuqtinmanta tutakama, desde que sale el sol hasta la noche. Limpiamos las trescientas jaulas, damos alimento, sacamos las truchas muertas. Dormimos en la balsa, en una caseta de plástico. Chiri, mucho frío, y yarqay, hambre también. Y nuestros DNI los tiene él, "para la planilla" dice.
O: ¿Cuántos años tienen los menores?
C: Mi primo [[PERSON|Alcides]] tiene [[AGE|chunka pichqayuq watayuq]], [[AGE|quince años]]. [[PERSON|Illari]] tiene [[AGE|catorce]]. Los otros dos son de [[LOCATION|Macusani]], no sé su edad, pero son chiquitos. Don [[PERSON|Saturnino]] maqawanku, les pega con la soga cuando se caen al agua.
O: Eso es explotación laboral y hay menores, vamos a actuar. ¿Dónde están exactamente las jaulas?
C: Entrando por [[ADDRESS|el kilómetro 18 de la carretera Puno a Desaguadero, por el desvío de la capilla blanca]], bajando al lago. Son [[ADDRESS|las jaulas frente a la isla de totora, la tercera balsa de plástico azul pasando el muelle de piedra]]. Nosotros estamos en esa balsa.
O: ¿Ahí llega una lancha o un bote?
C: Sí, la lancha de don [[PERSON|Saturnino]], blanca con franja roja, tiene su matrícula pintada: [[OTHER_ID|PU-4127-BM]]. Él viene con la lancha cada mañana y se va a [[LOCATION|Puno]] a vender las truchas. Diez mil truchas cada mes, dice.
O: Muy bien. ¿Recuerda su número de DNI o el de su primo?
C: El mío sí: [[ID_NUMBER|71 046 285]]. El de [[PERSON|Alcides]] no sé.
O: ¿Tiene un número para devolverle la llamada?
C: Este celular es de mi primo mayor, no está en la balsa: [[PHONE_NUMBER|nueve siete tres, cuatro uno cero, ocho ocho dos]]. Llámeme en la noche, después de las siete, cuando don [[PERSON|Saturnino]] se va.
O: Vamos a derivar el caso a la fiscalía de [[LOCATION|Puno]], a SUNAFIL y a la DEMUNA por los wawakuna, y la policía va a coordinar para ir a la balsa. Yusulpayki por confiar en nosotros, [[PERSON|Inti]].
C: Yusulpayki, mamay. Ama willankichu patrónman, no le digan al patrón que yo llamé, por favor.
O: Nadie le va a decir. Su nombre queda reservado. Esta noche lo llamamos.
""",
    ),
    (
        "h39-06",
        "es",
        """
O: buenas tardes línea contra la trata de personas le escuchamos
C: buenas tardes señorita le llamo de la [[ORGANIZATION|parroquia virgen de cocharcas]] de [[LOCATION|huanta]] en [[LOCATION|ayacucho]] soy la secretaria el padre [[PERSON|fermín]] me pidió que llame porque él está celebrando la misa de las siete
O: con gusto la escucho en qué le podemos ayudar
C: eh vino una señora esta mañana la señora [[PERSON|teodora]] [[PERSON|teodora llamocca]] llorando porque su hijo se fue a trabajar al [[LOCATION|brahem]] o sea al valle pues y ya no regresa
O: al [[LOCATION|vraem]] entiendo cómo se llama su hijo y qué edad tiene
C: [[PERSON|edwin]] [[PERSON|edwin llamocca]] tiene [[AGE|dieciséis años]] nació [[DATE_TIME|el catorce de febrero del dos mil nueve]] la señora dejó la copia de la partida acá en la parroquia se fue [[DATE_TIME|el veintiocho de julio]] después del desfile dice que un tal le dicen el [[PERSON|chacal]] le ofreció trabajo en la cosecha de cacao en [[LOCATION|pichari]] con cincuenta soles diarios
O: y qué ha sabido de él desde entonces
C: que no es cacao señorita lo han hecho mochi lero o sea que carga la droga en la espalda por el monte [[PERSON|edwin]] la llamó una vez de otro número y le dijo mamá no me dejan salir si me escapo me matan y después la llamaron a ella de este número [[PHONE_NUMBER|nueve cero seis ciento doce cuatrocientos treinta]] y le dijeron que si quiere volver a ver a su hijo deposite tres mil soles
O: le dieron alguna cuenta para depositar
C: sí en la cuenta del be ce pe [[OTHER_ID|uno nueve tres dos ocho siete cuatro cinco seis uno cero cero cinco dos]] a nombre de un tal [[PERSON|jhony quispe]] la señora ya depositó mil soles que juntó vendiendo su vaca y no le devuelven a su hijo
O: lo que me cuenta es trata con fines de explotación para cometer delitos y también extorsión [[PERSON|edwin]] es una víctima vamos a derivarlo a la fiscalía de [[LOCATION|huanta]] y a la policía especializada la señora tiene su dni
C: sí dejó copia su dni es [[ID_NUMBER|dos ocho uno cero cuatro siete seis tres]] ella no sabe leer bien por eso vino a la parroquia ella vive en [[ADDRESS|la comunidad de chihua subiendo por el camino de herradura detrás del colegio de adobe]]
O: gracias le pido que le diga a la señora que no deposite nada más cómo la ubicamos a usted
C: me llamo [[PERSON|rosalinda]] [[PERSON|rosalinda huamaní]] el teléfono de la parroquia es [[PHONE_NUMBER|cero sesenta y seis trescientos veintiocho cuatrocientos cincuenta]] y el correo de la parroquia es [[EMAIL_ADDRESS|parroquia guion bajo cocharcas arroba hotmail punto com]]
O: perfecto señora [[PERSON|rosalinda]] la señora [[PERSON|teodora]] puede venir a la parroquia mañana para que la llame la fiscal
C: sí ella baja los jueves a la feria y siempre pasa por acá a las diez el comedor parroquial atiende de lunes a viernes
O: muy bien mañana en la mañana la llamamos a la parroquia también la vamos a derivar al cem para que la apoyen
C: gracias señorita el padre va a rezar por ese muchacho
""",
    ),
    (
        "h39-07",
        "en",
        """
O: Línea 1818 contra la trata, good afternoon. How can I help you?
C: Hi, good afternoon. Sorry, my Spanish is still terrible. My name is [[PERSON|Siobhán Keane]], I'm from [[LOCATION|Ireland]], and I coach a youth football team in [[LOCATION|Ventanilla]] for an NGO called [[ORGANIZATION|Goal Lines Peru]].
O: Thank you for calling, [[PERSON|Siobhán]]. What's happening?
C: There's a man who calls himself a scout, [[PERSON|Marcelo Ibarra]]. He's been coming to our training sessions, every Tuesday and Thursday at 4, and telling the boys he can get them trials with a club in [[LOCATION|Argentina]]. Two of my players and their families are completely taken in.
O: Who are the boys, and how old are they?
C: [[PERSON|Josué]], he's [[AGE|14]], our best striker, and [[PERSON|Piero Chumpitaz]], he's [[AGE|fifteen]]. Both play in the under-15 league.
O: What exactly is he asking the families for?
C: He wants 1,200 dollars from each family for "visas and trials", paid into an Interbank account, number [[OTHER_ID|200-3104872215]], in the name of [[PERSON|Héctor Ibarra Lozada]]. He says that's his brother. And he asked for the boys' passport numbers. [[PERSON|Josué]]'s mum already sent his: [[ID_NUMBER|119347256]].
O: Has he said how they would travel?
C: By bus to [[LOCATION|Tacna]] on [[DATE_TIME|March 3rd]], then overland through [[LOCATION|Chile]]. He told them boys under 18 don't need their parents' permission if they travel "as a team", which I'm fairly sure is rubbish.
O: It is. Minors need a notarised travel authorisation. Do you know how he contacts the boys?
C: Mostly TikTok. Let me spell the account: [[OTHER_ID|at, m, i, b, a, r, r, a, underscore, s, c, o, u, t, i, n, g]].
O: So, [[OTHER_ID|@mibarra_scouting]]?
C: That's it. And his number, which is Argentinian, is [[PHONE_NUMBER|plus five four, nine, eleven, four seven three eight, two oh nine six]].
O: Where do you train, in case the police want to talk to him there?
C: On [[ADDRESS|the dirt pitch behind the Pachacútec market, next to the blue water tank]]. He usually turns up at the end of the session and hands out sweets. He's maybe [[AGE|forty]].
O: What you describe has the typical signs of recruitment for trafficking disguised as football trials: upfront fees, rushed travel, taking children abroad without their parents. We'll pass it to the prosecutor's office and the police, and we'll ask someone to talk to both families. Can I have your contact details?
C: Sure. My mobile is still my Irish one, [[PHONE_NUMBER|+353 87 915 4406]], and my email is [[EMAIL_ADDRESS|s dot keane at goallines dot org dot pe]].
O: Thank you. Please ask the families not to pay anything else or send more documents. If he tries to take the boys before [[DATE_TIME|the 3rd]], call us or the police on 105 straight away.
C: I will. Honestly, thank you. I've seen this happen to kids in other countries.
O: You did exactly the right thing, [[PERSON|Siobhán]]. We'll call you back this week.
""",
    ),
    (
        "h39-08",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hello, good evening. You speak English? My Spanish is not good. Mwen... sorry. I am calling from [[LOCATION|Miami]], in the [[LOCATION|United States]]. It is about my little sister. She is in [[LOCATION|Peru]].
O: Yes, I can help you in English. Tell me what's happening.
C: My name is [[PERSON|Nadège Pierre-Louis]]. My sister is [[PERSON|Widline Pierre-Louis]], she is [[AGE|twenty-two]]. We are from [[LOCATION|Haiti]], from [[LOCATION|Les Cayes]]. She lived in [[LOCATION|Chile]] four years, and she was coming north to join me.
O: How did she travel?
C: A Haitian man, they call him [[PERSON|Ti Jean]], he said he takes people from [[LOCATION|Santiago]] to the north for 1,500 dollars. She paid him. But when they arrived in [[LOCATION|Tumbes]], near [[LOCATION|Ecuador]], he put her in a house with other women and now he says she owes 2,000 more, and she must work in a bar at night to pay. Bondye... she called me on [[DATE_TIME|Sunday, January 12]], crying.
O: I'm so sorry. Does she know where the house is?
C: In [[LOCATION|Aguas Verdes]]. She sent me a description: [[ADDRESS|a yellow house with a red gate, two streets behind the market, next to a money exchange]]. The bar is called [[ORGANIZATION|La Frontera Caliente]]. There are other girls there, from [[LOCATION|Venezuela]], one is maybe [[AGE|seventeen]].
O: Does your sister still have her documents?
C: No, he took her passport. I have a photo: her Haitian passport is [[ID_NUMBER|RD4417082]]. And she had a Chilean ID, the RUT is [[ID_NUMBER|26.318.407-K]].
O: Thank you, that helps a lot. Have you sent him any money?
C: Yes, 300 dollars by Western Union, three days ago, because he said then she can leave. The MTCN is [[OTHER_ID|482 019 3755]]. She did not leave. And he has a Facebook where he advertises the trips: [[OTHER_ID|facebook.com/tijean.voyaj509]].
O: Please don't send anything else. How can we contact your sister safely?
C: She has a Peruvian chip, [[PHONE_NUMBER|+51 925 403 718]], WhatsApp. But [[PERSON|Ti Jean]] looks at her phone. Only write after 10 at night, when he goes to the bar. And start the message with [[PERSON|Ti Lou]], that is what we call her at home, so she knows it is from me.
O: Understood. And your number?
C: [[PHONE_NUMBER|plus one, three oh five, five five five, oh one four two]]. Tanpri, please, help her. Our manman is sick, she doesn't know any of this.
O: We are going to alert the police in [[LOCATION|Tumbes]] so they can go to the house and the bar, and we'll arrange a shelter for her. Being undocumented doesn't make her a criminal; she is a victim, and Migraciones will not deport her for this. We'll call you tomorrow with news.
C: Mèsi anpil. Thank you, thank you.
""",
    ),
    (
        "h39-09",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde! Desculpa, eu não falo espanhol direito. Vocês falam português?
O: Sim, pode falar, eu entendo português. Em que posso ajudar?
C: Meu nome é [[PERSON|Cláudia Nogueira]], sou farmacêutica na [[ORGANIZATION|Drogaria Vida Nova]], em [[LOCATION|Assis Brasil]], no [[LOCATION|Acre]], do lado de [[LOCATION|Iñapari]]. Aconteceu uma coisa aqui que não sai da minha cabeça.
O: Pode contar, estou ouvindo.
C: Foi [[DATE_TIME|quinta-feira, dia 14]], lá pelas [[DATE_TIME|quatro da tarde]]. Entrou uma menina brasileira com um homem peruano, bem mais velho, para comprar pílula do dia seguinte e analgésico. Ela tinha marcas roxas no pescoço. Quando ele saiu para atender o telefone, ela me disse bem baixinho que tem [[AGE|16 anos]], que ele levou ela de [[LOCATION|Rio Branco]] para o [[LOCATION|Peru]] prometendo emprego de babá, e que agora ela trabalha num bar em [[LOCATION|Iberia]], com os homens da madeira e do garimpo.
O: Ela disse o nome?
C: Disse. [[PERSON|Kauane]]. E ela pediu CPF na nota, sem o homem ver, acho que de propósito, para ficar registrado. No cadastro aparece [[PERSON|Kauane Souza Lima]], CPF [[ID_NUMBER|482.917.360-15]], nascida em [[DATE_TIME|3 de agosto de 2008]].
O: Foi muito esperto da parte dela, e da sua. O bar, ela disse o nome?
C: [[ORGANIZATION|Bar Las Castañas]]. Ela falou que fica na [[ADDRESS|saída para Puerto Maldonado, depois do posto de gasolina]], uma casa de madeira com luz vermelha. E que tem mais duas meninas lá.
O: E o homem? Conseguiu ver alguma coisa dele?
C: Ele deixou o telefone para entrega, porque queria mais remédio depois. É peruano: [[PHONE_NUMBER|mais cinquenta e um, nove oito dois, quatro quatro sete, um zero nove]]. Pagou 50 reais em dinheiro. Eles foram embora numa caminhonete branca, placa peruana [[OTHER_ID|V4M-382]]. Ela chamou ele de tío [[PERSON|Beto]], acho que é apelido.
O: Obrigada. Vamos avisar a polícia peruana em [[LOCATION|Iñapari]] e a fiscalía de [[LOCATION|Madre de Dios]] para irem ao bar. Do lado brasileiro, a senhora também pode avisar o Conselho Tutelar ou ligar para o Disque 100.
C: Já liguei no Disque 100 hoje de manhã, e a Polícia Federal ficou de ver. Mas ela está do lado de vocês, né, por isso liguei aqui.
O: Fez muito bem. Como podemos falar com a senhora?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 68 99214-3071]]. E o e-mail da farmácia, [[EMAIL_ADDRESS|claudia.farma@drogariavidanova.com.br]]. Eu trabalho de segunda a sábado, das oito às seis.
O: Perfeito, dona [[PERSON|Cláudia]]. Se ela voltar à farmácia, tente deixá-la ficar aí e ligue para nós ou para a polícia na hora.
C: Pode deixar. Ela tem a idade da minha filha, sabe? Três semanas lá já, ela disse.
""",
    ),
    (
        "h39-10",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Mira, disculpa la hora. Yo soy venezolana, alquilo cuartos aquí en [[LOCATION|Breña]] y tengo una vaina que no me deja dormir, vale.
O: Tranquila, señora, cuénteme.
C: Yo tengo una quinta en el [[ADDRESS|jirón Huaraz 1142, la de la puerta verde]]. Hace tres meses le alquilé [[ADDRESS|el cuarto del fondo del segundo patio]] a una chama, [[PERSON|Oriana]], y a una amiguita de ella, [[PERSON|Maikelys]]. Me dijeron que tenían [[AGE|19]], pero mija, esas niñas no tienen más de [[AGE|dieciséis, diecisiete]], te lo juro.
O: ¿Qué es lo que le preocupa?
C: El alquiler, los 350 soles, no lo pagan ellas. Lo paga un señor peruano que le dicen el [[PERSON|Catire]], por Plin, y en el Plin sale [[PERSON|Renzo A. Cárdenas]]. Todas las noches a las nueve las busca en un carro gris, placa [[OTHER_ID|BFR-271]], y las trae a las cinco de la mañana, todas pintadas, con tacones. Y ellas no tienen ni para comer, yo les doy arepas.
O: ¿Alguna de ellas le ha contado algo?
C: [[DATE_TIME|El martes 18]] [[PERSON|Oriana]] llegó con el ojo morado. Me dijo que el [[PERSON|Catire]] les cobra una deuda del pasaje desde [[LOCATION|Maracay]] y que si no "trabajan" las denuncia a Migraciones. Y la otra, [[PERSON|Maikelys]], desde [[DATE_TIME|el jueves]] no volvió, chico. Ni su ropa se llevó.
O: Eso es muy grave, señora. ¿Tiene algún dato de sus documentos?
C: Sí, porque yo a todos mis inquilinos les saco foto al documento. [[PERSON|Oriana]] me dio una cédula, [[ID_NUMBER|V-31.207.554]], y [[PERSON|Maikelys]] el CPP, [[ID_NUMBER|004718263]]. Y me enseñaron el anuncio por el que vinieron, en Instagram, [[OTHER_ID|@trabajos.vzla.peru]], "anfitrionas, buen pago".
O: Voy a alertar a la policía para que vayan a la quinta y busquen a [[PERSON|Maikelys]]. ¿Sabe cuál es el número del señor?
C: El del Plin, [[PHONE_NUMBER|933 820 417]]. Ay, pero no quiero problemas, que yo también estoy sola aquí con mi hija.
O: Su nombre queda reservado. ¿Me da el suyo y un número para llamarla?
C: [[PERSON|Yusmary Colmenares]], de [[LOCATION|Barquisimeto]]. Mi carné de extranjería es [[ID_NUMBER|001947362]]. El teléfono, anota: [[PHONE_NUMBER|+51 944 615 230]]... no, espérate, ese es el de mi hija. El mío es [[PHONE_NUMBER|+51 944 615 320]].
O: [[PHONE_NUMBER|944 615 320]], anotado. Señora [[PERSON|Yusmary]], no confronte al señor. Si ve que se llevan a [[PERSON|Oriana]] a la fuerza, llame al 105.
C: Ajá, está bien. Qué arrecho, de verdad, uno se vino de [[LOCATION|Venezuela]] huyendo de todo y mira lo que le hacen a las chamas aquí.
O: Hizo muy bien en llamar. Mañana la llamamos para contarle qué hizo la policía.
C: Dale, mi amor, gracias. Dios te bendiga.
""",
    ),
]


if __name__ == "__main__":
    write_set(CALLS, "h39-", "heldout39.jsonl")
