# ruff: noqa: E501
"""Held-out set h40: ten fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: LABELS.md and
make_dev.py in shared/eval, and make_heldout.py (the builder this file imports). The
writer saw no recognizer, no other held-out set and no other part of the project.
Everything below is invented: people, nicknames, phone numbers, IDs, accounts,
e-mails, handles, plates, vessels, businesses and places described as addresses.

Mix of styles (one call each unless said):
  * 3 lowercase, unpunctuated Whisper-style Spanish transcripts with fillers (eh, este,
    o sea), self-corrections, numbers in words and misheard words ("waykán" for
    Huaycán, "la física lía" for la fiscalía, "naiclub", "tara poto"): a combi fare
    collector in Lima, a woman selling emoliente at night in Chiclayo, a rice farmer
    in Picota (San Martín);
  * 2 cased Spanish: a security guard at a port warehouse in Callao, a Bolivian
    trader at the Desaguadero fair;
  * 1 Andean Spanish with Quechua words: a coach driver's wife in Andahuaylas;
  * 1 Venezuelan Spanish: a migrant hairdresser from Maracay working in Lima;
  * 1 Brazilian Portuguese: a Brazilian seminarian in Puerto Maldonado;
  * 1 English: a niece calling from Madrid about her cousin in Lima;
  * 1 Spanish/English code-switching: a hostel cleaner in Cusco who lived in New Jersey.

Labelling follows make_dev.py (titles/articles outside PERSON, cue words such as DNI,
placa, RUC, CPF, carné outside ID/phone spans, AGE with its unit when said, explicit
dates/weekdays/clock times tied to an event are DATE_TIME, relative words and routine
schedules are not, nationality adjectives are not, country names are LOCATION, the
hotline name, 1818 and 105 are not PII). Choices made here beyond make_dev.py:
  * A number given in pieces over several turns (caller reads, operator echoes) gets
    one span per piece; a retracted false start ("nueve ocho uno cuatro, no, perdón")
    is labelled as its own span of the same type, and the correction words stay
    outside. A filler inside one continuous reading ("cuatro seis dos siete eh uno
    cinco ocho nueve") stays inside the span. A retracted date is labelled likewise.
  * A country code said with the number is inside the phone span (+51, +591, +58,
    +55, +34, +1); an area code in brackets too.
  * Yape/Plin "accounts" given as a mobile number are PHONE_NUMBER; bank account
    numbers are OTHER_ID; a vessel's matrícula is OTHER_ID like a plate.
  * RUC, Bolivian NIT and carnet (with its department suffix "LP"), Venezuelan
    cédula (with "V-"), carné de extranjería, CPF, DNI, passport, NIE and the
    security-licence number of a guard are ID_NUMBER.
  * Handles spelled out ("arroba divasdeoro punto spa") are OTHER_ID and spelled
    e-mails are EMAIL_ADDRESS, the whole spoken form in both cases.
  * ADDRESS covers the whole locating noun phrase with its article ("la curva del
    kilómetro 38, donde está la apacheta..."), including directions, floors, rooms,
    stalls, moored boats, camps, km markers and paths when they pin the place down;
    prepositions (en, a, de; Portuguese contractions no/na/num) stay outside. Vague
    places ("cerca del mercado", "cerca de la plaza", "del lado peruano") are not labelled.
  * Private businesses, NGOs, schools and parishes are ORGANIZATION; public bodies
    (fiscalía, PNP, Migraciones, Capitanía, Sucamec, consulates, Defensoría) are not.
  * Nicknames that are common words (pelusa, profe, choclo, paloma, flor, santos,
    justa, baiano) are PERSON when used as a name; the same word used as a word
    ("un segundo que se me cae el sombrero") is not. Names in lowercase are labelled
    exactly as written, misheard spellings included.
  * Unlabelled traps: money, durations, counts, fares, shift hours and other routine
    times, the hotline numbers 1818 and 105, Ley 28950 and artículo 129-A, fleet sizes.

Run:  python3 make_heldout40.py   (writes heldout40.jsonl next to this file)
"""

from make_heldout import write_set

CALLS = [
    (
        "h40-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le podemos ayudar
C: aló sí buenas noches señorita eh disculpe la hora es que recién acabo mi turno yo soy cobrador de combi en la ruta de [[LOCATION|waykán]] a [[LOCATION|la parada]] y vi el número en un sticker que pegaron en el carro de la línea mil ochocientos dieciocho pero un amigo me dijo que mejor llame acá
O: ha hecho bien en llamar cuénteme con calma qué ha visto
C: ya mire este hace como tres semanas sube un señor todas las noches a eso de las diez en [[ADDRESS|el paradero de la curva de los talleres frente a la iglesia evangélica amarilla]] y siempre sube con chicas tres cuatro chicas con uniforme de colegio y les paga el pasaje a todas un sol cincuenta cada una
O: y sabe a dónde las lleva
C: se bajan en la carretera central en [[ADDRESS|el kilómetro doce y medio al costado del grifo que tiene una llanta pintada de rojo]] ahí hay un local de luces moradas sin letrero nada solo una puerta negra y el señor les dice ya chibolas hoy van a ganar cien soles cada una así le escuché o sea clarito
O: qué edad cree que tienen las chicas
C: eh chiquitas son de [[AGE|catorce quince años]] máximo una todavía tenía frenillos y [[DATE_TIME|el jueves]] una lloraba no quería bajar y el señor la jaló del brazo
O: a qué hora fue eso del [[DATE_TIME|jueves]]
C: como a [[DATE_TIME|las once y veinte]] porque era mi última vuelta
O: sabe cómo se llama el señor o cómo le dicen
C: le dicen el [[PERSON|pelusa]] así le dice el chofer porque se conocen el chofer es el que le avisa en qué carro va a subir mi chofer se llama [[PERSON|rubén]] [[PERSON|rubén apaza]] pero él no sabe que estoy llamando eh a veces también el [[PERSON|pelusa]] viene en su carro un station wagon plomo de placa [[OTHER_ID|b d f cuatro nueve dos]]
O: muy bien eso nos ayuda mucho y la combi de qué empresa es
C: de [[ORGANIZATION|transportes nueva estrella del este]] tienen como cuarenta carros pero por favor que no sepan que fui yo porque el dueño de la empresa es compadre del [[PERSON|pelusa]] y me botan o peor
O: su identidad queda reservada vamos a pasar la información a la policía y a la física lía de prevención del delito para que investiguen necesito un número para ubicarlo
C: ya mi número es [[PHONE_NUMBER|nueve ocho uno cuatro]] no no perdón ese es el antiguo es [[PHONE_NUMBER|nueve ocho uno cinco cero siete dos seis tres]]
O: le repito [[PHONE_NUMBER|nueve ocho uno cinco cero siete dos seis tres]] correcto y cómo le digo
C: sí correcto [[PERSON|edwin]] nomás [[PERSON|edwin]] o si quiere [[PERSON|corimanya]] de apellido
O: gracias [[PERSON|edwin]] si vuelve a ver que suben con las chicas no intervenga usted llame al ciento cinco o aquí mismo a cualquier hora mañana lo llamamos en la tarde porque usted duerme de día no
C: sí trabajo de seis de la tarde a dos de la mañana eh una cosita más señorita a una de las chicas le decían [[PERSON|milagritos]] y tenía la casaca del [[ORGANIZATION|colegio los jazmines]] la verde
O: lo anoto todo gracias por avisar buenas noches
C: ya señorita buenas noches que dios la bendiga
""",
    ),
    (
        "h40-02",
        "es",
        """
O: línea contra la trata buenas noches le escucho
C: aló buenas noches hijita eh yo vendo emoliente en las noches en [[LOCATION|chiclayo]] pongo mi carretilla en [[ADDRESS|la esquina de balta con san josé al costado del cajero]] de diez de la noche a cinco de la mañana y ahí una ve cosas pues
O: dígame señora qué ha visto
C: hay dos chiquitas que vienen a tomar su emoliente en la madrugada con un señor alto de casaca de cuero que le dicen [[PERSON|profe]] salen del [[ORGANIZATION|hospedaje los girasoles]] y el señor las lleva en moto taxi al [[ORGANIZATION|naiclub noche de oro]] y de ahí las regresa tempranito
O: dónde queda ese hospedaje exactamente
C: eh es [[ADDRESS|el edificio de cuatro pisos con mayólica verde a media cuadra de mi esquina a mano izquierda]] y a las chicas las tienen en [[ADDRESS|el último cuarto del tercer piso el que tiene la cortina roja]] eso se ve desde la calle
O: qué edad tienen las chicas
C: la más chiquita me dijo que tiene [[AGE|dieciséis]] se llama [[PERSON|flor]] es de [[LOCATION|chota]] y la otra le dicen [[PERSON|paloma]] será de [[AGE|diecisiete]] más o menos las dos bien flaquitas con su ropita corta en pleno frío
O: le han contado algo ellas
C: la [[PERSON|flor]] me dijo bajito que no les pagan que todo se lo queda el [[PERSON|profe]] que les dice que deben el pasaje de [[LOCATION|chota]] y la ropa y [[DATE_TIME|el sábado dieciocho]] a eso de [[DATE_TIME|las tres y cuarto de la madrugada]] cuando el señor se fue a pagar el moto taxi me dio un papelito con el número de su mamá para que la llame yo no me atreví
O: tiene ese papelito ahí con usted
C: sí acá está en mi mandil espere que no tengo mis lentes ya dice [[PHONE_NUMBER|nueve siete seis]]
O: [[PHONE_NUMBER|nueve siete seis]] ajá
C: [[PHONE_NUMBER|dos dos ocho]]
O: sí
C: [[PHONE_NUMBER|cuatro cero uno]] y abajo dice mamá [[PERSON|santos]]
O: entonces es el [[PHONE_NUMBER|976 228 401]] de la señora [[PERSON|santos]] la mamá de [[PERSON|flor]] y usted cómo se llama señora
C: yo soy [[PERSON|eusebia]] [[PERSON|eusebia chapoñán]] y mi dni por si acaso es [[ID_NUMBER|cuatro seis dos siete eh uno cinco ocho nueve]] yo no tengo miedo hijita ya estoy vieja
O: gracias señora [[PERSON|eusebia]] vamos a llamar a la mamá y pasar el caso a la policía y a la fiscalía y esta noche van a ir al hospedaje usted no se exponga no le diga nada al señor
C: ya hijita el [[PERSON|profe]] ni me mira él paga con billete de cien y se va yo sigo aquí hasta las cinco con mi emoliente a un sol el vaso si quieren que les enseñe el cuarto
O: los policías van a llegar por su cuenta no se preocupe me deja un número para llamarla mañana
C: llámeme a este mismo es de mi nieto el [[PHONE_NUMBER|nueve cincuenta y tres cero cuarenta y cuatro ochenta y ocho seis]] ya gracias mamita que les vaya bien a esas chiquitas
""",
    ),
    (
        "h40-03",
        "es",
        """
O: línea contra la trata buenos días
C: buenos días señorita aló me escucha es que acá la señal es mala estoy en la chacra eh le hablo de [[LOCATION|pucacaca]] provincia de [[LOCATION|picota]] en [[LOCATION|san martín]] yo soy arrocero
O: sí le escucho bien dígame
C: es por mi hijo señorita mi hijo [[PERSON|segundo]] [[PERSON|segundo tapullima]] de [[AGE|dieciséis años]] un segundo que se me cae el sombrero ya eh se fue con un señor que vino al caserío ofreciendo trabajo en la madera no perdón en la mina en [[LOCATION|madre de dios]]
O: cuándo se fue
C: se fueron [[DATE_TIME|el catorce]] no miento [[DATE_TIME|el quince de agosto]] después de la cosecha se fue con mi sobrino también [[PERSON|kener]] [[PERSON|kener sangama]] que tiene [[AGE|diecinueve]] y otros tres chicos del caserío cinco en total
O: quién se los llevó
C: un señor [[PERSON|tananta]] [[PERSON|ulises tananta]] dice que trabaja para la empresa [[ORGANIZATION|inversiones auríferas río dorado sac]] les ofreció ochenta soles diarios con comida y cuarto y que en dos meses volvían con buena plata
O: y ha tenido noticias de ellos
C: una vez nomás me llamó mi hijo de otro número llorando dice que no les pagan que les cobran la comida el aceite las botas que trabajan en el agua todo el día y que el señor [[PERSON|tananta]] les quitó el dni y para volver tienen que pagar seiscientos soles y encima el señor me escribió que deposite doscientos soles para el pasaje de regreso a una cuenta del bcp la [[OTHER_ID|355 29871460 0 25]]
O: usted depositó ese dinero
C: no todavía no porque mi compadre me dijo que es engaño
O: hizo bien no deposite nada por favor tiene el dni de su hijo
C: sí acá tengo la copia es [[ID_NUMBER|setenta y uno cuarenta y ocho veintidós cero tres]]
O: le repito [[ID_NUMBER|71482203]]
C: eso es
O: y el número de donde lo llamó su hijo
C: sí lo tengo guardado es el [[PHONE_NUMBER|nueve cuatro dos seiscientos diez cero ochenta y uno]] pero ya no contesta dijo que estaban por [[LOCATION|huepetuhe]] en [[ADDRESS|el campamento de toldos azules al fondo de la trocha del kilómetro cuarenta pasando la quebrada]]
O: cómo se llama usted y dónde vive por si la fiscalía necesita visitarlo
C: [[PERSON|teodoro tapullima]] vivo en el caserío [[LOCATION|alto shamboyacu]] [[ADDRESS|bajando por la trocha después del puente colgante la tercera casa de madera con techo de calamina la que tiene el secador de arroz al frente]] yo no tengo celular es el de mi hija [[PERSON|luz clarita]] que vive en [[LOCATION|tara poto]] [[PHONE_NUMBER|9 5 3 7 1 2 0 4 8]]
O: gracias don [[PERSON|teodoro]] vamos a pasar el caso a la fiscalía de trata de [[LOCATION|madre de dios]] y a la policía eso que le pasa a su hijo está en la ley veintiocho mil novecientos cincuenta es un delito y él es víctima mañana lo llamamos al número de su hija
C: ya señorita yo tengo dos hectáreas nomás no tengo plata para ir hasta allá que me ayuden a traerlo a mi [[PERSON|segundo]] es mi único hijo varón
""",
    ),
    (
        "h40-04",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le podemos ayudar?
C: Buenas noches, señorita. Le habla [[PERSON|Nilton Chumpitaz Yactayo]], soy agente de seguridad. Trabajo para [[ORGANIZATION|Resguardo Integral del Pacífico SAC]] y estoy destacado en un almacén en el [[LOCATION|Callao]], por la zona del puerto. Llamo porque hay algo que no me deja dormir.
O: Gracias por llamar, señor [[PERSON|Nilton]]. ¿Puede hablar con tranquilidad ahora?
C: Sí, estoy solo en la caseta. Mi turno es de 7 de la noche a 7 de la mañana y el supervisor pasa recién a las 4. El almacén es de [[ORGANIZATION|Depósitos y Logística Chucuito SAC]]; el RUC está en el cartel de la entrada: [[ID_NUMBER|20548173926]].
O: ¿Qué ha visto?
C: Desde hace unas tres semanas, dos o tres veces por semana, llega de madrugada un furgón blanco y bajan muchachos, jovencitos, unos 10 o 12 cada vez. Los meten en [[ADDRESS|el contenedor rojo del fondo, el tercero de la fila pegada al muro, detrás del almacén 4]], y al amanecer los sacan en una custer al muelle. Dicen que van a la pesca de pota en [[LOCATION|Paita]].
O: ¿Ha podido hablar con alguno de ellos?
C: Con uno, sí, [[DATE_TIME|el martes 3 de junio]], a [[DATE_TIME|las 2:40 de la madrugada]]. Me pidió agua por la rendija. Me dijo que se llama [[PERSON|Jhordan]], que es de [[LOCATION|Tingo María]], que tiene [[AGE|16 años]], que le ofrecieron 2500 soles al mes y que le quitaron el DNI "para el contrato". Tenía el labio roto.
O: ¿Sabe quién los trae?
C: El que maneja el furgón es un tal [[PERSON|Choclo]], así le dicen. La placa del furgón es [[OTHER_ID|C4J-905]] y la de la custer, [[OTHER_ID|F2W-118]]. Y el que los recibe es el supervisor de noche, el señor [[PERSON|Balarezo]], [[PERSON|Hugo Balarezo]]. Él nos ha dicho que no anotemos nada en el cuaderno de ocurrencias.
O: ¿Sabe en qué embarcación los suben?
C: En una lancha de casco celeste con franja blanca. Se acodera en [[ADDRESS|el muelle de pescadores, la tercera de la izquierda, la que tiene la cabina pintada de amarillo]]. La matrícula está en la proa: [[OTHER_ID|PL-38214-CM]].
O: Lo que me cuenta puede ser trata con fines de explotación laboral, que el artículo 129-A del Código Penal castiga con hasta 15 años, y hay al menos un menor de edad. Vamos a alertar ahora mismo a la policía especializada y a la Capitanía. ¿Me deja un número para que lo contacten?
C: Mi celular es el [[PHONE_NUMBER|+51 94 827 15 30]]. Y si no contesto, el fijo de la caseta: [[PHONE_NUMBER|(01) 453 7281]].
O: ¿Desea dejar algún documento para registrar el reporte? Es opcional.
C: Mi DNI, [[ID_NUMBER|43 918 207]]. Y el carné de la Sucamec, por si dudan que soy vigilante: [[ID_NUMBER|SC-0418273]].
O: Gracias. Le pido que no se acerque al contenedor ni enfrente a nadie. Si el furgón vuelve esta madrugada, llame al 105 o a esta línea, y no comente con sus compañeros.
C: Entendido. El furgón suele llegar entre las 2 y las 3, siempre con el [[PERSON|Choclo]]. Y ojo, señorita, el señor [[PERSON|Balarezo]] tiene un primo en la comisaría de acá, por eso llamo a ustedes y no allá.
O: Lo tendremos en cuenta. El caso irá a la unidad especializada de [[LOCATION|Lima]], no a la comisaría local. Mañana lo llamamos para contarle.
C: Gracias, señorita. Ese chico, [[PERSON|Jhordan]], tiene la edad de mi hijo.
""",
    ),
    (
        "h40-05",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Disculpe, ¿esta línea es solo para peruanos o también puedo llamar siendo boliviana?
O: Puede llamar, señora, atendemos a cualquier persona. ¿En qué la ayudo?
C: Ya. Yo soy comerciante, vendo frazadas y ropa en la feria de [[LOCATION|Desaguadero]], del lado peruano. Tengo [[ADDRESS|el puesto 47 de la fila de las frazadas, el de la lona azul, casi llegando al puente]]. Los días de feria, martes y viernes, veo que una señora pasa chicas jovencitas de [[LOCATION|El Alto]] para este lado, a pie, mezcladas con los cargadores, y aquí las sube a un minibús.
O: ¿Cuántas chicas, y qué edad cree que tienen?
C: Cada feria pasa tres, cuatro. Son wawas todavía, de [[AGE|14]], [[AGE|15 años]]. Una de ellas es [[PERSON|Maribel]], la hija de mi comadre de [[LOCATION|Viacha]], por eso la reconocí. Tiene [[AGE|quince]] recién cumplidos. Mi comadre cree que trabaja en una pollería en [[LOCATION|Puno]], pero el minibús va a [[LOCATION|Juliaca]] y de ahí a [[LOCATION|La Rinconada]], eso dicen los choferes.
O: ¿Conoce a la señora que las pasa?
C: Le dicen la [[PERSON|Chola Justa]]. Su nombre es [[PERSON|Justina Mamani Ticona]], creo. Cobra 150 bolivianos por chica a los del minibús, yo la he visto contar la plata. Su WhatsApp está en los anuncios que pega en los postes, "se necesita señoritas para atención": [[PHONE_NUMBER|+591 712 84 903]].
O: ¿Cuándo fue la última vez que vio a [[PERSON|Maribel]]?
C: [[DATE_TIME|El viernes 27]], a [[DATE_TIME|las 10 de la mañana]]. El minibús es blanco con franja verde, placa [[OTHER_ID|Z3D-741]], y en el parabrisas dice "[[LOCATION|Juliaca]] – [[LOCATION|Desaguadero]]". Me miró la chica, me quiso decir algo, y la [[PERSON|Justa]] la jaló.
O: ¿[[PERSON|Maribel]] tiene documentos?
C: Su carnet boliviano. Mi comadre me pasó el número para que la busquen: [[ID_NUMBER|9.384.215 LP]]. Ella no sabe leer bien, por eso me pidió a mí que llame.
O: Vamos a informar a la policía de frontera, a Migraciones y a la fiscalía de [[LOCATION|Puno]], y también se puede coordinar con la Defensoría de la Niñez de su país. ¿Cómo se llama usted, señora?
C: [[PERSON|Sabina Colque Choque]]. Si piden papeles para el negocio, mi NIT es [[ID_NUMBER|4827316019]].
O: Gracias, señora [[PERSON|Sabina]]. ¿A qué número la llamamos?
C: Mi celular boliviano es [[PHONE_NUMBER|7 1 9 0 4 8 2 6]], pero aquí agarra mal. Mejor al chip peruano: [[PHONE_NUMBER|951 77 40 82]]. De 6 de la mañana a 4 de la tarde estoy en el puesto.
O: Anotado. Le pido que no se enfrente a la señora [[PERSON|Justina]]. Si vuelve a ver que pasan chicas, llame enseguida al 1818 o aquí, y diga "feria de [[LOCATION|Desaguadero]]".
C: Ya, señorita. Mi comadre está llorando todos los días, pues. Que la traigan a la [[PERSON|Maribel]], es wawita todavía.
""",
    ),
    (
        "h40-06",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Aló, ¿señorita? Imaynalla. Disculpe, mamita, castellano poquito nomás hablo.
O: No se preocupe, señora, hable tranquila, despacio nomás. ¿Qué pasó?
C: Mi esposo es chofer de bus, de la empresa [[ORGANIZATION|Transportes Wari Ñan]], hace viaje de [[LOCATION|Andahuaylas]] a [[LOCATION|Lima]]. Anoche ha llegado a la casa llorando, achachaw, diciendo "ya no puedo más, [[PERSON|Nicolasa]], manam puedo".
O: ¿Qué le contó su esposo?
C: Que en cada viaje el ayudante, ese [[PERSON|Wilber]], le hace parar en [[ADDRESS|la curva del kilómetro 38, donde está la apacheta con la cruz azul, bajando del abra]], y ahí suben sipaskuna, jovencitas de las comunidades de arriba. Sin boleto suben, mamita, sin ningún papel. En [[LOCATION|Lima]], en el terminal, les espera una señora, mama [[PERSON|Tomasa]] le dicen. Para trabajar en casas las lleva, dice, pero las wawas lloran todo el camino.
O: ¿Cuántos años tienen las chicas?
C: Chiquitas, mamita. [[AGE|Catorce, quince añitos]]. Manam mayores. Una se llama [[PERSON|Killa]], de [[LOCATION|Pacucha]], su mamá es mi comadre de la chacra. Ella ha subido [[DATE_TIME|el miércoles 12 de noviembre]], y su mamá no sabe nada, dice que a estudiar se ha ido.
O: ¿Y a su esposo le pagan algo?
C: Sí pues. El [[PERSON|Wilber]] le da cincuenta soles por cada chica, para que se calle, y él cobra más, trescientos dice. Mi esposo no quería, pero le dijeron que si habla le botan del trabajo. Cuatro wawas tenemos, mamita.
O: Su esposo puede ser testigo, y lo podemos orientar para que no tenga problemas. ¿Cómo se llaman ustedes?
C: Yo soy [[PERSON|Nicolasa Quispe Ccoyllo]]. Mi esposo, [[PERSON|Faustino Huamaní Pillaca]]. El bus que maneja es de dos pisos, color guinda, placa [[OTHER_ID|AKM-962]].
O: ¿Dónde viven, por si la fiscalía necesita visitarlos?
C: En [[LOCATION|Talavera]], mamita. [[ADDRESS|Subiendo del mercado, por el camino de herradura detrás de la capilla, la casa de adobe con la puerta celeste y el molle grande en el patio]]. Chay wasi.
O: ¿Tiene un número de celular?
C: De mi esposo nomás: [[PHONE_NUMBER|983 416 027]]. Mío no tengo. Mi hija [[PERSON|Sisa]] tiene, ella castellano sabe bien: [[PHONE_NUMBER|966 30 41 58]].
O: Gracias, señora [[PERSON|Nicolasa]]. ¿Cuándo sale su esposo de nuevo?
C: El bus sale todos los días a las 6 de la tarde, pero a él le toca [[DATE_TIME|el jueves]]. Dice que el [[PERSON|Wilber]] ya ha avisado que ese día suben otra vez tres.
O: Vamos a pasar esto ahora a la fiscalía y a la policía de carreteras para que revisen el bus en la garita antes de llegar a [[LOCATION|Lima]]. Dígale a don [[PERSON|Faustino]] que no haga nada distinto, que maneje normal. Mañana lo llamamos a él.
C: Yanapawayku, mamita. Sulpayki, sulpayki. Diosllay, que no le pase nada a mi [[PERSON|Faustino]].
""",
    ),
    (
        "h40-07",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, mi amor. Mira, disculpa, yo no sé si esto es pa' acá, pero una pana me pasó este número y ya no aguanto más, vale.
O: Está bien, cuénteme con confianza.
C: Yo soy venezolana, de [[LOCATION|Maracay]], estado [[LOCATION|Aragua]]. Soy peluquera. Llegué [[DATE_TIME|el 3 de marzo]] y entré a trabajar en una peluquería en [[LOCATION|Los Olivos]], [[ORGANIZATION|Divas de Oro Spa]]. La dueña, la señora [[PERSON|Yolanda Cárdenas]], que le decimos la [[PERSON|Yoli]], me cobra 50 soles diarios por la silla y dice que le debo 1.200 dólares del pasaje y del cuarto. Pero lo peor no es conmigo, chama, es con la [[PERSON|Génesis]].
O: ¿Quién es [[PERSON|Génesis]]?
C: Una chamita que llegó hace dos meses, de [[LOCATION|Valencia]]. Tiene [[AGE|17 años]], vale, y la [[PERSON|Yoli]] la tiene atrás haciendo "masajes" a señores, tú me entiendes. La mete en [[ADDRESS|el cuartico del fondo, pasando la cortina morada, al lado de los lavacabezas]], y cierra con llave. Esa chama llora burda todas las noches.
O: ¿Dónde queda exactamente la peluquería?
C: Mira, es en [[ADDRESS|el segundo piso de la Galería Los Portales, local 214, subiendo por la escalera que está al lado de la farmacia]]. Queda cerca del paradero de la avenida, tiene un letrero rosado con luces.
O: ¿Tienen sus documentos?
C: A mí la [[PERSON|Yoli]] me quitó el carné de extranjería, "pa' guardártelo", dice. El número es [[ID_NUMBER|001847293]], lo tengo en una foto. La cédula venezolana sí la tengo yo: [[ID_NUMBER|V-24.918.376]]. La [[PERSON|Génesis]] no tiene nada, entró por trocha.
O: ¿Cómo se llama usted?
C: [[PERSON|Yusmary Carolina Blanco Pérez]]. Pero dime [[PERSON|Yusma]], así me dicen todos. Y ojo, que la [[PERSON|Yoli]] se tiñe el pelo, pero tiene el pelo blanco de raíz, por si la buscan, jaja, qué ladilla.
O: Gracias, [[PERSON|Yusma]]. ¿Cómo le paga usted lo de la silla?
C: Le deposito todos los sábados a su cuenta de Interbank, la [[OTHER_ID|898 3145 872 016]]. Tengo los vouchers guardados, mi amor, todos.
O: Muy bien, guárdelos. ¿Dónde le podemos escribir?
C: Al WhatsApp venezolano, porque el peruano me lo revisa ella: [[PHONE_NUMBER|+58 412 739 0418]]. El Instagram de la peluquería, pa' que vean, es [[OTHER_ID|arroba divasdeoro punto spa]], todo pegado; ahí sale la [[PERSON|Génesis]] en las fotos con la carita triste. Y mi correo es [[EMAIL_ADDRESS|yusma punto maracay guion bajo 93 arroba gmail punto com]].
O: Lo que describe es grave, sobre todo por [[PERSON|Génesis]], que es menor de edad. Vamos a avisar hoy mismo a la policía especializada y a la fiscalía. ¿Hay algún momento en que la señora no esté en el local?
C: Los jueves se va al banco a las 11 y se tarda como una hora. Ahí la chama se queda sola con la otra muchacha.
O: Gracias. Y a usted: lo que le cobran y la retención del carné no son legales. Si la amenazan, llame al 105. Le escribimos por WhatsApp mañana.
C: Chévere, mi amor. Qué arrecho todo esto, pero bueno, alguien tenía que hablar. ¡Dios te bendiga!
""",
    ),
    (
        "h40-08",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde! Desculpa, eu falo português, sou brasileiro. Posso falar em português?
O: Pode sim, eu entendo e falo um pouco. Pode falar devagar.
C: Obrigado. Meu nome é [[PERSON|Lucas Ferreira da Silva]], sou seminarista, estou fazendo estágio pastoral na [[ORGANIZATION|Paróquia Nossa Senhora das Dores]], em [[LOCATION|Puerto Maldonado]]. Eu sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]].
O: Muito bem, [[PERSON|Lucas]]. O que aconteceu?
C: Ontem, depois da missa da noite, uma menina brasileira veio falar comigo na sacristia, que fica aberta todo dia das 8 às 12 e das 4 às 7. Ela se chama [[PERSON|Vitória]], tem [[AGE|dezesseis anos]], é de [[LOCATION|Brasiléia]]. Disse que veio com outras duas meninas e um homem que chamam de [[PERSON|Baiano]], que prometeu trabalho de garçonete num restaurante, 500 reais por semana. Agora elas trabalham num bar de garimpo em [[LOCATION|Laberinto]], com os mineiros, e não recebem nada.
O: Onde ela está agora?
C: Ela voltou, porque ficou com medo. Elas não dormem num quarto, dormem numa lancha: [[ADDRESS|a lancha azul e branca amarrada no porto de Laberinto, a segunda depois da balsa, com um toldo laranja]]. E o bar fica no [[ADDRESS|acampamento do quilômetro 107 da Interoceânica, entrando pela trilha ao lado da placa de madeira]].
O: Quando elas chegaram?
C: No [[DATE_TIME|dia 9 de outubro]]. O [[PERSON|Baiano]] ficou com os documentos delas. A [[PERSON|Vitória]] me deu uma foto do CPF que tinha no celular: [[ID_NUMBER|048.317.592-06]].
O: Tem algum contato da família?
C: Tenho o número da mãe dela, a dona [[PERSON|Socorro]]: [[PHONE_NUMBER|+55 68 99214-3870]]. Ela acha que a filha está trabalhando em [[LOCATION|Cobija]]. E o Instagram do [[PERSON|Baiano]], onde ele põe as ofertas, é [[OTHER_ID|arroba baiano underline eventos]].
O: Isso tem características de tráfico de pessoas com fins de exploração sexual, e ela é menor. Vamos avisar agora a polícia especializada e a promotoria em [[LOCATION|Madre de Dios]], e também o consulado do [[LOCATION|Brasil]]. Qual é o seu contato?
C: Meu celular peruano é [[PHONE_NUMBER|nove quatro sete, três um cinco, zero oito dois]]. E o e-mail: [[EMAIL_ADDRESS|lucas ponto ferreira ponto sem arroba gmail ponto com]]. O pároco, padre [[PERSON|Anselmo]], também sabe de tudo e pode ajudar.
O: Obrigada, [[PERSON|Lucas]]. Se a [[PERSON|Vitória]] voltar à paróquia, tente mantê-la lá e ligue na hora, para o 105 ou para esta linha. Não vá ao porto sozinho.
C: Pode deixar. Ela disse que volta [[DATE_TIME|domingo]], na missa. Eu rezo para que ela volte mesmo.
O: Amanhã a gente liga para o senhor com notícias. Obrigada por ligar.
""",
    ),
    (
        "h40-09",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, hello, sorry, do you speak English? I'm calling from [[LOCATION|Madrid]]. I grew up in [[LOCATION|London]], so my Spanish is a bit rusty.
O: Yes, I can help you in English. What's going on?
C: My name's [[PERSON|Chloe Ramírez]]. It's about my cousin, [[PERSON|Thiago]]. He's [[AGE|sixteen]] and he lives with my aunt [[PERSON|Olga]] in [[LOCATION|Huancayo]]. A man called [[PERSON|Moisés]], everyone there calls him Tío [[PERSON|Mochi]], offered him a job in [[LOCATION|Lima]] in a textile workshop, sewing, 900 soles a month with a room.
O: When did he leave?
C: On [[DATE_TIME|the 4th of May]]. My aunt paid 300 soles for his bus and some "training". She sent it by Yape to [[PERSON|Mochi]]'s number, [[PHONE_NUMBER|951 208 446]].
O: What has happened since then?
C: They took his phone. He messages me late at night on Instagram from another boy's phone, because [[LOCATION|Madrid]] is seven hours ahead and I'm awake. He says they work from seven in the morning to midnight, six boys, they sleep on the floor between the machines, the door is locked with a padlock, and nobody's been paid. Last week he fainted and they just gave him a Coke.
O: Does he know where the workshop is?
C: He sent me a photo from the window. It's in [[LOCATION|La Victoria]]: [[ADDRESS|the fourth floor of a blue building on Jirón Gamarra, behind the gallery with the giant teddy bear sign, the door with the yellow padlock]].
O: Do you have any of his documents?
C: My aunt sent me his DNI: [[ID_NUMBER|seven four, two six, one eight, three five]]. And he got a passport last year because he was meant to visit us, it's [[ID_NUMBER|121847593]].
O: Let me read the DNI back: [[ID_NUMBER|74261835]].
C: That's right.
O: What Instagram account does he write from?
C: It's [[OTHER_ID|thiago underscore hyo dot 08]]. And the ad that [[PERSON|Mochi]] posted came from [[OTHER_ID|@moda.textil.jobs.lima]], it's still up.
O: Thank you. This looks like trafficking of a minor for labour exploitation. We'll alert the police and the family prosecutor in [[LOCATION|Lima]] tonight so they can plan a visit to the building. Under Law 28950 he's a victim, whatever he agreed to. How can we reach you and your aunt?
C: My Spanish mobile is [[PHONE_NUMBER|+34 612 48 93 07]], and email is [[EMAIL_ADDRESS|chloe dot ramirez underscore m at outlook dot es]]. My aunt only speaks Spanish, her number is [[PHONE_NUMBER|964 117 302]]. Her full name is [[PERSON|Olga Mendoza Rojas]].
O: Thank you, [[PERSON|Chloe]]. If [[PERSON|Thiago]] writes again, tell him he can call 1818 or 105 for free, and ask him which floor and whether there are other minors. We'll call your aunt tomorrow morning.
C: I will. Thank you, honestly, I've been up every night for two weeks.
""",
    ),
    (
        "h40-10",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Hola, good morning, ¿señorita? Sorry, a veces mezclo, viví twelve years en [[LOCATION|New Jersey]], en [[LOCATION|Paterson]], y se me quedó la costumbre.
O: No hay problema, hable como le sea más cómodo.
C: Okay. Me llamo [[PERSON|Marleny Huillca]], trabajo de limpieza en un hostel aquí en [[LOCATION|Cusco]], el [[ORGANIZATION|Kuntur Backpackers]]. And there's something going on there que no me gusta nada.
O: Cuénteme, la escucho.
C: The manager, [[PERSON|Giancarlo]], tiene dos chicas de [[LOCATION|Paruro]] que supuestamente son "voluntarias". They're like [[AGE|fifteen, sixteen]]. Trabajan todo el día, lavan sábanas, limpian baños, y no les paga nada, just food. Duermen en [[ADDRESS|la lavandería del techo, al lado de los tanques de agua]]. And at night he sends them to [[ADDRESS|room 9, the one by the terrace]], con turistas.
O: ¿Ha visto usted eso?
C: Yes. [[DATE_TIME|El viernes 14]], around [[DATE_TIME|11 p.m.]], I was finishing late por un check-out grupal. Normalmente trabajo de 6 a 2. One of them, [[PERSON|Rocío]], came out of [[ADDRESS|room 9]] crying y me dijo "no quiero ir, tía". I gave her my sweater. Con el rocío de la mañana hace un frío terrible en ese techo.
O: ¿Dónde queda el hostel exactamente?
C: [[ADDRESS|Subiendo la cuesta de San Blas, la puerta verde al lado de la tienda de chompas de alpaca, con el cóndor pintado arriba]]. It's near la plaza, you can't miss it.
O: ¿Sabe algo más de [[PERSON|Giancarlo]]?
C: His full name is [[PERSON|Giancarlo Ferrúa Zegarra]]. Tiene su Instagram, [[OTHER_ID|@gianca.cusco.nights]], where he posts fotos de las chicas, like "party tonight". Y las reservas de ese "special package" se hacen por [[EMAIL_ADDRESS|reservas.kunturbp@gmail.com]], lo vi en la pantalla de recepción. They charge 40 dollars extra.
O: ¿La otra chica cómo se llama?
C: [[PERSON|Yanet]], I think. Tiene una cicatriz en la mano izquierda. She doesn't talk much, solo quechua con [[PERSON|Rocío]].
O: Lo que describe es trata con fines de explotación sexual y laboral de menores. Vamos a alertar ahora a la policía especializada y a la fiscalía de [[LOCATION|Cusco]]. ¿Me deja un número?
C: Sure, mi celular es [[PHONE_NUMBER|nine eight four, two oh one, seven five three]]. Y si no contesto, el de mi hija en [[LOCATION|Jersey]], [[PHONE_NUMBER|+1 973 555 0182]], ella me avisa.
O: Gracias, [[PERSON|Marleny]]. No confronte a [[PERSON|Giancarlo]] ni a los huéspedes. Si esta noche vuelve a mandarlas al cuarto, llame al 105 y después aquí.
C: Okay, okay. Please, que no sepa que fui yo, I need this job. Pero esas chicas are just kids.
O: Su identidad queda reservada. Le devolvemos la llamada esta tarde.
""",
    ),
]


if __name__ == "__main__":
    write_set(CALLS, "h40-", "heldout40.jsonl")
