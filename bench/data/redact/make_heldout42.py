# ruff: noqa: E501
"""Held-out set h42: 10 fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only three files: LABELS.md and
make_dev.py (shared/eval) and make_heldout.py (the builder used here). Nothing
else on the machine was consulted. All people, numbers, IDs, accounts, handles,
plates, boats and businesses are invented; public landmarks and towns are real.

Mix of styles
  * 3 lowercase, unpunctuated speech-recogniser (Whisper-style) Spanish calls with
    fillers (eh, este), self-corrections, numbers in words and misheard words
    (h42-01 papa rellena vendor outside a school in Lima, h42-02 motorcycle-taxi
    driver in Puerto Maldonado, h42-03 cleaner at the Arequipa bus terminal);
  * 2 cased Spanish (h42-04 cousin in Lima of a girl in a Pataz mining camp,
    h42-05 boatman on the Amazon);
  * 1 Venezuelan Spanish (h42-06 Venezuelan tailor in Gamarra);
  * 1 Andean Spanish with Quechua words (h42-07 grandmother in Ayacucho);
  * 1 Spanish/English code-switching (h42-08 Colombian nurse trained in Houston);
  * 1 Brazilian Portuguese (h42-09 Brazilian trucker on the Interoceánica);
  * 1 English (h42-10 US student volunteer in Cusco).

Labelling follows make_dev.py (titles/articles outside PERSON, cue words outside
ID/phone/plate spans, AGE with its unit, article kept in DATE_TIME, relative
dates and routine schedules unlabelled, nationality adjectives unlabelled,
hotline numbers unlabelled). Choices beyond make_dev.py:
  * A number, ID or e-mail said in words is one span, fillers, commas, ellipses
    and an in-breath self-correction included ("... cuatro no no seis ...").
    A number split over several turns is one span per fragment; the operator's
    read-back is labelled too; a wrong version that the caller then repeats in
    full, and an abandoned fragment of a real number, are labelled on their own.
  * Yape numbers are PHONE_NUMBER; bank accounts, Facebook page URLs and
    handles (also spelled "arroba ...") are OTHER_ID; RUC, CPF, CPP, cédula,
    carné de extranjería and passport numbers are ID_NUMBER.
  * A boat's name (title included: "Doña Grimanesa IV") and its matrícula are
    OTHER_ID (vehicle identifiers, like a plate); a cabin on the boat is ADDRESS.
    A recruiter's Facebook page name is ORGANIZATION, its URL OTHER_ID; a fake
    name a trafficker gives for a victim is still PERSON.
  * Floors, doors, rooms, stands and cabins are ADDRESS when they pin down one
    unit ("el cuarto piso, la puerta del fondo", "room 7"); a bare "segundo
    piso" or generic "la sala de máquinas" is not. Descriptive addresses keep
    their leading article; street names do not; town names said next to an
    address stay outside it as LOCATION. Km markers with a road are ADDRESS.
    Vague places ("cerca del mercado", "por la plaza") are not labelled.
  * Gamarra (a commercial district) and named rural communities are LOCATION.
  * Nicknames that are ordinary words, animals or demonyms (motelo, Cotufa,
    Chiwaku, Atoq, Gaúcho) are PERSON when used as names; the same word in its
    ordinary sense (esperanza, flor, zorro, a bird called chiwaku) is not.
    Names misheard by the recogniser (guaita for huayta) are still PERSON.
  * A claimed age ("she says she's eighteen") is AGE; an age range is one span.
    Years of work ("veinte años manejando") are durations, not AGE.
  * Clock times of an event are DATE_TIME; bus/boat/work timetables are not.
  * Terms of endearment (mamay, urpichay, jefa, mi amor), saints and Marian
    feasts (Mamacha Cocharcas) are not PERSON. Public institutions (SUNAT,
    SUNAFIL, DEMUNA, Migraciones, fiscalía, capitanía, Disque 100) are not
    ORGANIZATION; private businesses and associations are.
  * The hotline numbers 1818 / "uno ocho uno ocho", 105 / "ciento cinco",
    Brazil's Disque 100, legal articles and laws, money, durations and counts
    are unlabelled traps.

Run: python3 make_heldout42.py  (writes heldout42.jsonl next to this script)
"""

from make_heldout import write_set

CALLS = [
    (
        "h42-01",
        "es",
        """
O: línea uno ocho uno ocho buenas tardes en qué le podemos ayudar
C: aló sí buenas tardes señorita eh mire yo vendo papa rellena en la puerta de un colegio acá en [[LOCATION|san juan de lurigancho]] y quería avisar de algo que estoy viendo hace como dos semanas ya
O: claro señora la escucho puede hablar tranquila ahí donde está
C: sí sí estoy en mi carrito nomás ahorita no hay chicos recién salen a la una y media el colegio es el [[ORGANIZATION|colegio los jazmines de canto rey]] yo me pongo en la esquina con mi carrito a un sol cincuenta la papa
O: qué es lo que ha visto
C: hay una señora que viene en una combi blanca se estaciona por la plaza y reparte volantes a las chicas de secundaria les ofrece trabajo de impulsa doras de anfitrionas dice que pagan ciento veinte soles el día y les pide su número y eh [[DATE_TIME|el jueves doce]] una chiquita de tercero la [[PERSON|maricielo]] se subió a la combi y desde ahí no ha vuelto al colegio
O: cuántos años tiene [[PERSON|maricielo]]
C: [[AGE|catorce]] creo o [[AGE|quince años]] es bajita flaquita su mamá vino ayer a preguntarme llorando porque yo le vendo a su hija todos los días
O: sabe el apellido de la niña o el nombre de su mamá
C: [[PERSON|maricielo huayta]] creo que es [[PERSON|huayta]] o [[PERSON|guaita]] algo así y la mamá es la señora [[PERSON|nelly]] vende jugos cerca del mercado
O: y la combi logró ver la placa
C: sí la apunté en mi cuaderno de las cuentas a ver aquí dice [[OTHER_ID|be ce ocho cuatro siete uno]] una combi blanca con cortinas rojas atrás
O: muy bien y la señora que reparte los volantes sabe cómo se llama
C: le dicen la tía [[PERSON|chela]] y en el volante sale un face eh [[OTHER_ID|arroba chambas lima vip]] todo junto y un número [[PHONE_NUMBER|nueve cuatro siete quince cero ocho treinta y tres]] y la combi de noche la guardan en [[ADDRESS|la casa de portón verde al costado de la losa deportiva de la asociación las lomas]] la de ladrillo sin tarrajear
O: eso nos sirve mucho vamos a pasar todo a la policía y a la fiscalía la mamá de la niña tiene que poner la denuncia por desaparición hoy mismo no tiene que esperar veinticuatro horas
C: ya yo le digo eh ella tiene miedo porque dice que la señora [[PERSON|chela]] conoce gente en la comisaría
O: entiendo no se preocupe el caso va a la unidad especializada me puede dejar un número para llamarla
C: sí es el [[PHONE_NUMBER|nueve ocho siete seis cinco cuatro no no seis cinco cinco dos uno cero]]
O: le repito [[PHONE_NUMBER|nueve ocho siete seis cinco cinco dos uno cero]] y su nombre señora
C: [[PERSON|herminia]] [[PERSON|herminia ccori]] pero todas las mamás me dicen doña [[PERSON|mina]] la de las papas
O: gracias doña [[PERSON|mina]] si ve otra vez la combi o que se llevan a otra chica llame al ciento cinco o aquí al uno ocho uno ocho
C: ya señorita gracias dios quiera que aparezca esa chiquita
""",
    ),
    (
        "h42-02",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches jefa eh disculpe la hora soy moto taxista acá en [[LOCATION|puerto maldonado]] tengo veinte años manejando moto y nunca he visto algo así quería contar algo que me pasó anoche
O: lo escucho señor cuénteme con calma
C: anoche a eso de [[DATE_TIME|las once]] recogí a dos chicas en el terminal con un señor gordito de gorra y me dijo llévame por la inter oceánica al [[ADDRESS|kilómetro diecisiete entrando por la trocha de la izquierda]] ahí donde está el [[ORGANIZATION|video pub la fogata]]
O: cuántos años cree que tenían las chicas
C: jovencitas jefa una me dijo que tenía [[AGE|dieciséis]] la otra no habló nada estaba callada la que habló se llamaba [[PERSON|yesenia]] no [[PERSON|jessenia]] con jota me dijo que venían de [[LOCATION|sicuani]] que les habían ofrecido trabajo de meseras en un restaurante con quince cientos de sueldo
O: qué más pasó en el viaje
C: el gordito le quitó el celular a la chica cuando me quiso pedir mi número y le dijo acá no se llama a nadie y la chica me miró así con miedo jefa yo tengo hijas de esa edad
O: sabe cómo se llama el señor o vio algún vehículo
C: en el bar lo esperaba una camioneta roja placa [[OTHER_ID|ce cinco ge ocho ocho cuatro]] y la chica de la barra le dijo este [[PERSON|motelo]] así le dicen el [[PERSON|motelo]] y me pagó la carrera por yape veinte soles y en el yape salió [[PERSON|rubén tanchiva]]
O: gracias señor eso es muy importante la policía de trata va a querer saberlo usted me puede dar su nombre
C: [[PERSON|ronald]] nomás jefa [[PERSON|ronald pizango]] yo paro en el paradero del hospital de siete a tres todos los días
O: y un número donde lo podamos llamar
C: sí es el [[PHONE_NUMBER|nueve cinco uno]] eh espérese que pasa un camión
O: sí le escucho [[PHONE_NUMBER|nueve cinco uno]]
C: [[PHONE_NUMBER|cuatro cuarenta y ocho veintiséis siete]] ese es mi yape también
O: perfecto señor [[PERSON|ronald]] y su moto tiene placa por si la policía quiere ubicarlo
C: sí la [[OTHER_ID|cuatro cinco dos uno guion eme de]] la azul con el sticker de la [[ORGANIZATION|asociación de moto taxistas virgen de la candelaria]]
O: le pido que no vuelva al bar ni se acerque al señor vamos a comunicar a la policía especializada y a la fiscalía de [[LOCATION|madre de dios]] para que hagan el operativo
C: ya jefa gracias la chica me dijo que [[DATE_TIME|el sábado]] las iban a llevar más adentro a la mina
O: eso es muy importante lo anoto si ve a las chicas otra vez llame al ciento cinco y aquí mañana lo llamamos
C: ya jefa que dios la bendiga
""",
    ),
    (
        "h42-03",
        "es",
        """
O: línea uno ocho uno ocho buenos días
C: buenos días señorita eh yo trabajo en la limpieza del terminal terrestre de [[LOCATION|arequipa]] entro a las cinco de la mañana todos los días y ahorita hay algo raro acá
O: dígame señora está en un lugar seguro para hablar
C: sí estoy con mi escoba al lado del baño hay un señor con tres chicas que llegaron de [[LOCATION|juliaca]] en el bus de la mañana llegaron a [[DATE_TIME|las seis y veinte]] y están esperando el bus para [[LOCATION|lima]] de la noche
O: dónde están exactamente
C: en [[ADDRESS|la última banca del segundo nivel frente al andén nueve]] al lado de la bolete ría de [[ORGANIZATION|turismo cruz del altiplano]]
O: cuántos años cree que tienen las chicas
C: la más chiquita tendrá unos [[AGE|doce o trece años]] las otras [[AGE|quince]] por ahí casi no hablan castellano hablan aimara creo la chiquita tiene una chompa con una flor bordada
O: por qué le parece raro
C: porque el señor tiene los de ene i de las tres en su casaca y no las deja ir al baño solas a mí me siguió hasta la puerta y las chicas no han comido nada desde que llegaron
O: sabe cómo se llaman
C: a una se le cayó un papel en el baño que yo limpio es una copia de dni dice [[PERSON|yeni flor mamani ticona]] y el número es [[ID_NUMBER|siete uno ocho ocho cuatro dos seis nueve]] ay no perdón me equivoqué es [[ID_NUMBER|siete uno ocho ocho cuatro dos seis cuatro]] la letra está borrosa
O: muy bien y el señor cómo es
C: alto con casaca de cuero negra la chica le dijo tío [[PERSON|gerardo]] y él pagó los pasajes en efectivo ochenta soles cada uno
O: gracias señora voy a avisar ahora mismo a la policía para que vayan al terminal antes de que salga el bus no se acerque al señor me puede dejar un número
C: sí es [[PHONE_NUMBER|nueve cinco nueve]]
O: ajá
C: [[PHONE_NUMBER|cero tres cuatro]]
O: sí
C: [[PHONE_NUMBER|siete siete uno]]
O: y su nombre
C: [[PERSON|esperanza]] [[PERSON|esperanza condori]] ay señorita si esas chicas se van a [[LOCATION|lima]] ya no hay esperanza de encontrarlas
O: tranquila señora [[PERSON|esperanza]] la policía ya va en camino quédese cerca del baño y si el señor se las lleva antes vuelva a llamar
C: ya señorita aquí estoy
""",
    ),
    (
        "h42-04",
        "es",
        """
O: Línea 1818, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, señorita. Llamo desde [[LOCATION|Comas]], por mi prima. Está en un campamento minero en [[LOCATION|Pataz]], en [[LOCATION|La Libertad]], y ahora le están pidiendo plata a la familia para dejarla bajar.
O: Entiendo. ¿Cómo se llama su prima y qué edad tiene?
C: [[PERSON|Kiara Yomira Alvarado Rengifo]]. Tiene [[AGE|16 años]], recién cumplió, [[DATE_TIME|el 3 de agosto]]. Hace un mes se fue con una oferta de ayudante de cocina que vio en Facebook, en una página que se llama [[ORGANIZATION|Empleos Mineros Norte]], la dirección es [[OTHER_ID|facebook.com/empleosmineros.norte]].
O: ¿Para qué empresa supuestamente iba a trabajar?
C: Una contrata, [[ORGANIZATION|Contratista Minera Cumbre Dorada S.A.C.]] Yo busqué el RUC en la página de la SUNAT, es el [[ID_NUMBER|20604518273]], y sí existe. Pero allá no la pusieron en la cocina, la tienen en una cantina del campamento sirviendo cerveza a los mineros hasta la madrugada, y los mineros le dicen la [[PERSON|Flaca]].
O: ¿Usted ha podido hablar con ella?
C: Sí, me escribe a escondidas cuando agarra señal. Me mandó su ubicación: es [[ADDRESS|el campamento Nueva Esperanza, subiendo de la bocamina 4, el cuarto de calamina pegado al comedor]]. Dice que ahí duermen ocho chicas en camarotes y que en la noche cierran la puerta con candado por fuera.
O: ¿Qué más le ha contado?
C: Que el encargado, un tal [[PERSON|Fredy]], le dice que debe 900 soles del pasaje, la comida y el uniforme, y que si no paga no baja. Y ayer mi tía recibió un mensaje: que depositen 1,200 soles a una cuenta del BCP, la [[OTHER_ID|191-38457621-0-84]], a nombre de [[PERSON|Fredy Cárdenas Soto]], o por Yape al [[PHONE_NUMBER|948 302 117]].
O: Por favor, que su familia no deposite nada. Lo que describe es trata de personas con fines de explotación sexual, de una menor, el artículo 129-A del Código Penal, y pagar no garantiza que la suelten. ¿Tiene el DNI de [[PERSON|Kiara]]?
C: Sí, lo tengo en foto: [[ID_NUMBER|749 310 58]]. Bueno, [[ID_NUMBER|74931058]], todo junto.
O: ¿Y su número?
C: El de ella es [[PHONE_NUMBER|+51 927 481 306]], pero casi nunca tiene señal; de noche sube al cerro para escribir. Mejor me llaman a mí.
O: Claro. ¿Cómo se llama usted?
C: [[PERSON|Lesly Rengifo]], soy su prima por parte de mamá. Mi celular es [[PHONE_NUMBER|915-220-748]] y mi correo [[EMAIL_ADDRESS|lesly.rengifo.c@outlook.es]].
O: Gracias, [[PERSON|Lesly]]. Vamos a derivar hoy mismo el caso a la fiscalía especializada en trata y a la policía en [[LOCATION|Trujillo]] para que coordinen con la comisaría de la zona. Guarde todos los mensajes y capturas, y no le conteste al tal [[PERSON|Fredy]]. ¿Su tía está con usted?
C: No, ella está en [[LOCATION|Huamachuco]], de ahí es la familia. Yo vivo acá en [[LOCATION|Lima]] hace seis años.
O: Está bien. Mañana en la mañana la llamamos para contarle qué se coordinó, y si [[PERSON|Kiara]] le escribe, dígale que no está sola y que no pelee con el encargado.
C: Ya, señorita. Muchas gracias. Es una niña todavía, no sabe nada de la vida.
""",
    ),
    (
        "h42-05",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Yo soy motorista de lancha, trabajo la ruta de [[LOCATION|Iquitos]] a [[LOCATION|Santa Rosa]], en la frontera. Le llamo ahorita desde [[LOCATION|Caballococha]], que aquí paramos una hora, porque en el río no hay señal.
O: Le escucho, señor. ¿Qué ha pasado?
C: En este viaje subieron cuatro chicas con una señora. Subieron en [[LOCATION|Pebas]]. Las chicas son de una comunidad de la quebrada, hablan poco castellano. La señora las tiene en [[ADDRESS|la cabina 6 del segundo piso, la última al lado de la escalera]], y no las deja salir ni para comer; ella les sube el plato.
O: ¿Qué edades tienen, más o menos?
C: La más chiquita me dijo que tiene [[AGE|trece]]; las otras tendrán [[AGE|catorce o quince]]. La señora dice que son sus sobrinas, que las lleva a [[LOCATION|Leticia]], en [[LOCATION|Colombia]], a trabajar en casa de familia. Pero anoche subió un brasileño que le dicen [[PERSON|Pelé]], se puso a mirarlas y le pagó a la señora delante de mí, 300 reales contados.
O: ¿Cómo se llama la embarcación?
C: La lancha es la [[OTHER_ID|Doña Grimanesa IV]], matrícula [[OTHER_ID|IQ-27415-MM]], de la empresa [[ORGANIZATION|Transportes Fluviales Yavarí E.I.R.L.]] Siempre llegamos a [[LOCATION|Santa Rosa]] a eso de las cinco de la mañana, ese es el horario de la lancha, así que mañana temprano ya estamos allá.
O: ¿Sabe cómo se llama la señora?
C: En el manifiesto de pasajeros figura como [[PERSON|Rosaura Inuma Pacaya]], DNI [[ID_NUMBER|05384126]]. Las chicas no figuran, ninguna tiene documento. La mayorcita se llama [[PERSON|Nélida]], ella es la que me habló cuando bajó a lavar su ropa.
O: ¿El capitán sabe lo que está pasando?
C: El capitán, don [[PERSON|Wilder]], no quiere problemas; dice que la señora ha pagado pasaje de camarote y que no es asunto nuestro. Por eso llamo yo.
O: Hizo muy bien. Esto puede ser trata de menores hacia otro país. Vamos a alertar a la policía de [[LOCATION|Santa Rosa]], a la capitanía y a Migraciones para que esperen la lancha en el puerto. ¿Cómo se llama usted?
C: [[PERSON|Segundo Tapullima Sangama]]. Estoy abajo, en la sala de máquinas; allá arriba no me pueden ver hablando.
O: Gracias, señor [[PERSON|Segundo]]. ¿A qué número lo podemos ubicar?
C: Al [[PHONE_NUMBER|965 34 12 87]], pero en el río no entra la llamada. Mejor por WhatsApp, que llega cuando pasamos por los pueblos. Es el mismo.
O: Entendido. No enfrente a la señora ni al brasileño. Si ve que bajan a las chicas antes de llegar, en otro puerto, escríbanos enseguida diciendo en qué puerto fue.
C: Ya, señorita. Tres días de viaje llevan esas niñas encerradas en ese camarote. Ojalá las esperen.
O: Las van a esperar. Gracias por llamar, es muy valiente lo que hace.
""",
    ),
    (
        "h42-06",
        "es",
        """
O: Línea 1818, buenas tardes. ¿En qué le podemos ayudar?
C: Epa, buenas tardes, mi amor. Disculpa, ¿aquí es donde uno denuncia lo de la trata de personas? Es que un pana me pasó el número.
O: Sí, señor, aquí es. Cuénteme.
C: Mira, yo soy costurero, trabajo en [[LOCATION|Gamarra]], en [[LOCATION|La Victoria]], desde hace tres años. Soy venezolano, de [[LOCATION|Valencia]]. Y en el taller de al lado, vale, tienen a unos chamos trabajando encerrados. Chamos menores de edad, te lo juro por mi mamá.
O: ¿Dónde queda el taller exactamente?
C: En la galería [[ORGANIZATION|Textil Plaza Sebastián]], en el [[ADDRESS|jirón Sebastián Barranca 1487]]. Subes por la escalera de atrás, no por el ascensor, y es [[ADDRESS|el cuarto piso, la puerta del fondo, la metálica sin letrero al lado del baño]]. Yo estoy en [[ADDRESS|el stand 412]], justo enfrente, por eso los veo todos los días.
O: ¿Cuántos son y qué edades tienen?
C: Son como siete chamos, cinco venezolanos y dos peruanitos. Una chama, [[PERSON|Yorbelis]], me dijo que tiene [[AGE|quince]]. Y hay un chamito que le dicen [[PERSON|Cotufa]], que no debe tener más de [[AGE|trece años]], burda de flaquito, mi amor, da tristeza verlo.
O: ¿Qué es lo que pasa con ellos?
C: Trabajan de siete de la mañana a once de la noche cosiendo polos, y les pagan quince soles el día, cuando les pagan. Duermen ahí mismo, encima de los rollos de tela, y el dueño los encierra con candado en la noche. Anoche, como a [[DATE_TIME|las dos de la mañana]], escuché a la chama llorando y golpeando la puerta, y nadie abrió. Qué arrechera, chamo.
O: ¿Sabe quién es el dueño?
C: Un peruano, [[PERSON|Ulises Cahuana]], le dicen el [[PERSON|Zorro]]. Y la esposa, la señora [[PERSON|Maribel]], es la que les quitó los papeles a los venezolanos, la cédula y el CPP, dizque para guardarlos. El taller es [[ORGANIZATION|Confecciones Zorrito]]; en las bolsas sale el RUC, [[ID_NUMBER|10427639185]], y venden por Instagram, [[OTHER_ID|@zorrito.moda.gamarra]].
O: ¿Ha visto que llegue o salga alguien con los chicos?
C: Sí, [[DATE_TIME|el sábado 21]] vino una camioneta negra, placa [[OTHER_ID|BXR-519]], y se llevó a dos chamas con sus bolsos. No han vuelto. Y el [[PERSON|Zorro]] dijo que se fueron "a trabajar a provincia".
O: Gracias, es información muy importante. Lo que describe puede ser trata con fines de explotación laboral, con menores. Vamos a derivarlo a la fiscalía, a la policía especializada, a SUNAFIL y a la Unidad de Protección Especial por los menores. ¿Me puede dar su nombre?
C: [[PERSON|Jhonny Alexander Briceño]]. Mi cédula es [[ID_NUMBER|V-24.817.306]] y el CPP, espérate que lo busco... [[ID_NUMBER|001938274]].
O: Gracias, señor [[PERSON|Jhonny]]. ¿Un número de contacto?
C: El peruano es el [[PHONE_NUMBER|912 4]]... no, no, ese es el viejo, se me mojó. El nuevo es [[PHONE_NUMBER|935 07 24 19]]. Y por WhatsApp mejor al venezolano, [[PHONE_NUMBER|+58 412 630 1947]], que ese lo tengo siempre prendido.
O: Perfecto. Le pido que no enfrente al señor ni a su esposa. Si ve que se llevan a más chicos, o que alguno está herido, llame al 105 o aquí mismo.
C: Dale, mi amor, así será. Uno se vino pa'cá a echarle pichón, no a ver esta vaina. Gracias, ¿oíste?
O: Gracias a usted, señor [[PERSON|Jhonny]]. Mañana lo llamamos.
""",
    ),
    (
        "h42-07",
        "es",
        """
O: Línea 1818, buenos días. ¿En qué le podemos ayudar?
C: Allinllachu, señorita... Buenos días. Ñuqa... yo soy abuelita, de [[LOCATION|Vilcashuamán]] estoy llamando, de [[LOCATION|Ayacucho]]. A mi nieto se lo han llevado, mamay.
O: Imaynalla, mamá. Tranquila, aquí la escucho. ¿Cómo se llama su nieto?
C: [[PERSON|Wilber]]. [[PERSON|Wilber Huamaní Ccori]]. Wawa nomás es todavía, [[AGE|quince añitos]] tiene. En la comunidad le dicen [[PERSON|Chiwaku]], porque silba bonito, como el chiwaku que canta en la tuna de mi chacra.
O: ¿Quién se lo llevó, y a dónde?
C: Un señor [[PERSON|Teófilo]], que le dicen [[PERSON|Atoq]]; así le dicen, por zorro nomás, mamita. Vino a la comunidad, a [[LOCATION|Pomacocha]], diciendo que había trabajo en chacra de cacao en el valle, en [[LOCATION|Pichari]], cincuenta soles diario. Se lo llevó [[DATE_TIME|el 8 de septiembre]], en la fiesta de la Mamacha Cocharcas, con otros dos jovencitos de la comunidad.
O: ¿Ha sabido algo de él desde entonces?
C: Atatau, señorita. [[DATE_TIME|El domingo]] llamó llorando. Dice que no es cacao, que le hacen cargar mochila de noche por el monte, pesadísimo, con droga. Que si se escapa lo matan, y a nosotros también, dice. Achachau, mi urpichay...
O: Lo siento mucho, mamá. ¿Le dijo dónde está?
C: Dice en [[LOCATION|Natividad]], [[ADDRESS|pasando el puente colgante, la casa de madera con techo de calamina roja, al lado del grifo]]. Ahí los hacen dormir, en el piso nomás, sin frazada.
O: ¿Tiene algún documento de [[PERSON|Wilber]], su DNI?
C: Arí, aquí tengo su papelito, leo despacito: [[ID_NUMBER|siete, tres... cero, cinco... ocho, ocho... uno, dos]].
O: Le repito: [[ID_NUMBER|7 3 0 5 8 8 1 2]]. ¿Está bien?
C: Arí, así es, mamita.
O: ¿Y el número desde donde la llamó?
C: No es su celular, de otro es. Mi hijo lo ha apuntado en la pared: [[PHONE_NUMBER|nueve cuatro cuatro, setecientos uno, trescientos sesenta y cinco]].
O: Muy bien. ¿Cómo se llama usted, mamá?
C: [[PERSON|Felícitas Llamocca]], viuda de [[PERSON|Huamaní]]. Ya tengo [[AGE|setenta y dos años]], señorita, no puedo ir hasta allá a buscarlo, tres días es de viaje.
O: No se preocupe, usted no tiene que ir. Lo que le pasa a [[PERSON|Wilber]] es trata de personas: lo están obligando a transportar droga, y él es víctima, no delincuente. Vamos a comunicar el caso a la policía especializada y a la fiscalía de [[LOCATION|Huamanga]], para que coordinen con [[LOCATION|Pichari]]. ¿A qué número la podemos llamar?
C: Celular no tengo. Mi vecina [[PERSON|Justina]] nomás tiene, su número es [[PHONE_NUMBER|966 815 203]]. Yo vivo en [[ADDRESS|la casita de adobe detrás de la capilla, la de la puerta azul]], ahí nomás en [[LOCATION|Pomacocha]].
O: Gracias, señora [[PERSON|Felícitas]]. Mañana la llamamos al número de [[PERSON|Justina]]. Si [[PERSON|Wilber]] vuelve a llamar, dígale que no está solo y que puede llamar gratis al 1818.
C: Sulpayki, señorita. Taytacha se lo pague. Que me lo devuelvan a mi wawa.
""",
    ),
    (
        "h42-08",
        "es",
        """
O: Línea 1818, buenas noches. ¿En qué le puedo ayudar?
C: Hola, buenas noches. Perdón, I'm gonna mix English and Spanish, I trained in [[LOCATION|Houston]] y cuando estoy nerviosa it just comes out like that.
O: No hay problema, hable como se sienta cómoda. Le entiendo.
C: Ok, so, soy enfermera, colombiana, trabajo en emergencias de la [[ORGANIZATION|Clínica San Gabriel del Sur]], en [[LOCATION|Villa El Salvador]]. Esta madrugada, como a [[DATE_TIME|las 3:40]], llegó una paciente, una niña. She says she's [[AGE|eighteen]], pero no tiene más de [[AGE|15]], I'm telling you, tiene cara de niña.
O: ¿Llegó sola?
C: No, con un man mayor, like [[AGE|forty-something]], que no la dejaba hablar. He answered every single question for her, hasta la fecha de nacimiento, y se equivocó de año.
O: ¿Qué tenía la paciente?
C: Sangrado, una infección bien avanzada y moretones en los brazos, like, finger marks. Cuando el man salió a fumar, she whispered que se llama [[PERSON|Brigitte]], que es de [[LOCATION|Cúcuta]], y que la tienen en un hostal con otras chicas, two of them from [[LOCATION|Venezuela]].
O: ¿Le dijo qué hostal?
C: Yes. [[ORGANIZATION|Hostal Los Girasoles]], [[ADDRESS|room 7, tercer piso, la puerta al fondo del pasillo]]. Queda cerca del mercado, that's all I got, porque el man volvió.
O: ¿Y del hombre tiene algún dato?
C: En la ficha I put down what he gave me: [[PERSON|Jhon Fredy Carvajal]], carné de extranjería [[ID_NUMBER|003518742]]. No sé si es real. He paid the bill in cash, like 480 soles, y se fue en un carro gris, placa [[OTHER_ID|BKD-327]], I saw it from the window.
O: ¿La paciente sigue en la clínica?
C: No, that's the thing. Él firmó el alta voluntaria y se la llevó a [[DATE_TIME|las 5:15]]. I couldn't stop him. Seguridad me dijo que no es asunto nuestro, and I've been on shift for twelve hours, I'm exhausted, but I can't let this go. ¿Debí llamar al 105?
O: Hizo bien en llamar aquí, y si lo vuelve a ver puede llamar también al 105. Por la edad aparente y las lesiones, esto puede ser explotación sexual de una menor. Vamos a informar a la policía especializada y a la fiscalía para que vayan al hostal. ¿Me da su nombre?
C: [[PERSON|Ana Milena Ospina]]. Mi cédula colombiana es [[ID_NUMBER|1.094.562.381]] and my carné de extranjería is [[ID_NUMBER|002184937]].
O: Gracias, [[PERSON|Ana Milena]]. ¿Un número y un correo?
C: My Peruvian cell: [[PHONE_NUMBER|nueve cuatro uno, two zero eight, five five three]]. Y WhatsApp colombiano, [[PHONE_NUMBER|+57 310 482 7765]]. Email, [[EMAIL_ADDRESS|anamilena.ospina.rn@gmail.com]].
O: Perfecto. ¿La historia clínica quedó registrada con el nombre de [[PERSON|Brigitte]]?
C: No, he registered her as "[[PERSON|Karen López]]", [[AGE|eighteen]], sin documento. Obviously fake.
O: Guarde una copia de la ficha, la fiscalía la va a pedir. Mañana la llamamos para contarle qué se hizo.
C: Ok, gracias. Please, que la encuentren. Esa niña tenía miedo hasta de mirarme.
""",
    ),
    (
        "h42-09",
        "pt",
        """
O: Línea 1818, buenas tardes. ¿En qué le podemos ayudar?
C: Boa tarde, moça. Desculpa, eu não falo espanhol direito. Posso falar em português?
O: Sí, puede hablar en portugués, le entiendo bien. Adelante.
C: Obrigado. Eu sou caminhoneiro, brasileiro, faço a rota de [[LOCATION|Rio Branco]] até [[LOCATION|Puerto Maldonado]] e [[LOCATION|Cusco]] pela Interoceânica, faz doze anos que eu rodo nessa estrada. Um colega me passou esse número, o 1818. Ontem eu parei pra dormir num posto em [[LOCATION|Iberia]] e vi uma coisa que não sai da minha cabeça.
O: ¿Qué vio?
C: Na madrugada do [[DATE_TIME|dia 9]], umas [[DATE_TIME|duas e meia]], uma menina bateu na janela do meu caminhão, chorando, pedindo carona pro [[LOCATION|Brasil]]. Bem novinha, uns [[AGE|catorze, quinze anos]] no máximo. Ela falou que trouxeram ela de [[LOCATION|Cusco]] pra trabalhar de garçonete, mas que é uma boate, o [[ORGANIZATION|Karaokê El Tucán Dorado]], e que tem mais cinco meninas lá.
O: ¿Dónde queda ese local?
C: No [[ADDRESS|quilômetro 212 da Interoceânica, a casa de madeira pintada de amarelo atrás do posto de gasolina]].
O: ¿Y qué pasó con la chica?
C: Antes que eu pudesse fazer alguma coisa, chegou um cara de moto e puxou ela pelo braço. Ela disse que se chama [[PERSON|Daiana]], mas acho que é apelido. O cara, o pessoal do posto chama de [[PERSON|Gaúcho]], mas ele é peruano mesmo. A placa da moto é [[OTHER_ID|8417-4M]], eu anotei no celular.
O: Gracias, eso es muy importante. ¿Me puede dar su nombre?
C: [[PERSON|Edvaldo Nogueira da Silva]]. Meu CPF é [[ID_NUMBER|418.273.659-30]], se precisar. O caminhão é da [[ORGANIZATION|Transportadora Rio Acre Cargas]], placa [[OTHER_ID|QJK4F82]], um Volvo branco.
O: ¿Y un teléfono para llamarlo?
C: Celular com WhatsApp: [[PHONE_NUMBER|mais cinquenta e cinco, sessenta e oito, nove nove dois um quatro, trinta e três setenta e seis]].
O: Le repito: [[PHONE_NUMBER|+55 68 99214 3376]].
C: Isso. Eu também liguei pro Disque 100 no [[LOCATION|Brasil]], mas disseram que tem que ser aqui no Peru, né.
O: Sí, está bien que nos llame. Vamos a avisar a la policía y a la fiscalía de [[LOCATION|Madre de Dios]] para que vayan al local. ¿Usted sigue en [[LOCATION|Iberia]]?
C: Não, já tô em [[LOCATION|Iñapari]], na fronteira, esperando a aduana. Paguei vinte reais pela janta no posto e nem consegui comer, pensando nessa menina. Volto pra cá na [[DATE_TIME|sexta-feira]], se precisarem de mim.
O: Gracias, señor [[PERSON|Edvaldo]]. Si la vuelve a ver, no intervenga, llámenos. Le escribimos por WhatsApp.
C: Tá bom. Obrigado, moça. Deus abençoe.
""",
    ),
    (
        "h42-10",
        "en",
        """
O: Línea 1818, buenas tardes.
C: Hi, um, hi. Do you speak English? Sorry, my Spanish is really bad.
O: Yes, I can help you in English. Go ahead.
C: Okay, great. My name is [[PERSON|Kelsey Morrow]], I'm [[AGE|twenty-one]], a student from [[LOCATION|Ohio]]. I've been volunteering for eight weeks at an after-school program in [[LOCATION|Cusco]], it's called [[ORGANIZATION|Casa Wayra Kids]]. And I think one of our kids is being, like, rented out? I don't know how else to say it.
O: Take your time. What have you noticed?
C: There's a boy, [[PERSON|Alexis]], he's [[AGE|nine]]. He stopped coming to the program on [[DATE_TIME|March 3rd]]. Then on [[DATE_TIME|Saturday]] I saw him near the plaza at like [[DATE_TIME|9:30 at night]], selling candy and posing for photos with tourists, holding a baby alpaca. He was barefoot, in the cold.
O: Was he alone?
C: No. There's a man who collects the money from him every hour or so. The kids call him [[PERSON|Cóndor]]. He has a TikTok where he posts videos of kids dancing for tourists, it's [[OTHER_ID|@condor.cusco.tours]]. And [[PERSON|Alexis]] told me, like, two weeks ago, that his mom gets two hundred soles a month so that he "works with the uncle".
O: Do you know where [[PERSON|Alexis]] lives?
C: I walked him home once. It's in [[LOCATION|San Jerónimo]], [[ADDRESS|Avenida de la Cultura 2214, above the tire repair shop, the second floor, the door at the end]]. His mom is [[PERSON|Yolanda]], she sells emoliente at the corner in the mornings.
O: Thank you. What you describe could be child exploitation in street work and begging, which is a form of trafficking. We'll refer it to the police, the family prosecutor and the DEMUNA, who can visit discreetly. For our record, could I have an ID number for you?
C: Sure, my passport. It's [[ID_NUMBER|five eight one, zero four seven, two nine three]].
O: And a phone number?
C: My American number is [[PHONE_NUMBER|+1 (614) 555-0172]], but I only have WhatsApp on it. My Peruvian number is better, it's [[PHONE_NUMBER|nine eight four]]...
O: [[PHONE_NUMBER|Nine eight four]].
C: [[PHONE_NUMBER|three two zero, six one seven]]. Sorry, I always have to look it up.
O: Got it. And an email?
C: It's [[EMAIL_ADDRESS|kelsey dot morrow, M-O-R-R-O-W, at gmail dot com]].
O: Thank you, [[PERSON|Kelsey]]. Please don't confront the man or post anything about it online. If you see [[PERSON|Alexis]] hurt or being taken somewhere, call 105, or call us here at the 1818, any time.
C: Okay. Should I tell the program director? She's been running it for like twenty years.
O: Yes, it's good that the program knows, and they can report too. We'll call you in the next two days with an update.
C: Thank you. He's such a sweet kid, he shouldn't be out there at night.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h42-", "heldout42.jsonl")
