# ruff: noqa: E501, RUF100
"""Held-out set h32: ten fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside test-data writer who read only ../../shared/eval/LABELS.md (format and
PII types), ../../shared/eval/make_dev.py (annotation conventions) and make_heldout.py (the
builder: [[TYPE|surface]] markup and write_set). Nothing of the redactor's code, tests, data
or results was seen.

Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts (fillers,
self-corrections, repetitions, numbers said in words, digits read one by one, in pairs or
in hundreds, a phone number split across turns, a plate spelled letter by letter); two cased,
punctuated Spanish calls; one English call; one Brazilian Portuguese call; one Venezuelan
Spanish call; one Andean Spanish call with Quechua words (and a surname spelled letter by
letter); one Spanish/English code-switching call from a hostel night porter.

Conventions follow make_dev.py: PERSON spans leave out titles and articles ("la señora",
"don", "el" before a nickname); ID, plate and phone spans leave out the cue word; AGE keeps
the unit when said; DATE_TIME keeps the article and covers explicit dates, named weekdays and
clock times tied to an event, not relative words or routine schedules; country and place
names are LOCATION, nationality adjectives are not labelled; addresses and place
descriptions that locate on their own are ADDRESS, bare house appearance is not; the hotline
number (0800-2-3232, also said in words), 105, public institutions, money, durations, counts
and legal article numbers are not PII. Self-corrected and repeated identifiers are labelled
every time they are said, each fragment of a number split across turns is its own span.
Common words that double as names (rosa, luz, paz, milagros, dolores, nieves, amparo...)
are labelled only where they name a person.

All people, phone numbers, IDs, addresses, plates, accounts, e-mails, handles and businesses
are invented; towns, districts, regions and countries are real.

Run: python3 make_heldout32.py  (writes heldout32.jsonl next to it)
"""

CALLS = [
    (
        "h32-lower-es-01",
        "es",
        """
O: línea contra la trata de personas buenas noches en qué le puedo ayudar
C: aló aló sí buenas noches señorita eh este disculpe la hora es que recién estoy cerrando
O: no se preocupe atendemos las veinticuatro horas dígame con confianza
C: ya mire yo tengo una bodeguita en [[LOCATION|comas]] por [[LOCATION|collique]] y todas las noches todas las noches traen a las mismas chicas al hostal del frente
O: al hostal que está frente a su bodega
C: sí el [[ORGANIZATION|hospedaje los pinos]] es uno de cuatro pisos color ladrillo con las lunas oscuras
O: me podría dar la dirección del hospedaje
C: es en la [[ADDRESS|avenida revolución cuadra treinta y dos]] no no miento [[ADDRESS|cuadra treinta y tres]] porque mi bodega está justo al frente
O: [[ADDRESS|avenida revolución cuadra treinta y tres]] entendido y cuántas chicas ve usted
C: son cuatro a veces cinco bien jovencitas yo calculo que tendrán [[AGE|catorce quince años]] nomás una de ellas viene con la falda del colegio debajo de la casaca
O: a qué hora las traen normalmente
C: todas las noches eh a eso de las once las baja un señor de un auto plomo un station wagon y a las cinco de la mañana las vuelve a recoger
O: pudo ver la placa del auto
C: sí la anoté en mi cuaderno de fiados espere espere ya acá está [[OTHER_ID|be jota ka cuatro siete uno]] o sea [[OTHER_ID|be de burro jota ka y cuatro siete uno]]
O: [[OTHER_ID|bjk cuatro siete uno]] anotado y sabe cómo se llama el señor o alguna de las chicas
C: al señor le dicen el [[PERSON|tiburón]] es gordito con una cadena de oro y a una de las chicas la llaman [[PERSON|milagros]] porque ayer la recepcionista le gritaba [[PERSON|milagros]] [[PERSON|milagros]] apúrate que te están esperando
O: la recepcionista trabaja en el hospedaje
C: sí es la señora [[PERSON|angélica]] [[PERSON|angélica ramos]] creo que es la administradora ella me compra gaseosas y cigarros y siempre paga con billetes de cien
O: ha visto algo más que le preocupe
C: anoche como a [[DATE_TIME|las dos de la mañana]] una de las chicas salió corriendo descalza y el [[PERSON|tiburón]] la alcanzó en la esquina y la metió de vuelta jalándola del pelo yo estaba cerrando la reja y lo vi todito
O: lo que me cuenta es muy grave puede tratarse de explotación sexual de menores voy a alertar ahora mismo a la policía usted se encuentra segura
C: sí sí estoy adentro vivo en el segundo piso encima de la bodega
O: cómo se llama su bodega por si la policía necesita ubicarla
C: [[ORGANIZATION|bodega nieves]] como yo pues me llamo [[PERSON|nieves]] [[PERSON|nieves cárdenas]] pero por favor que no vengan a mi tienda con el patrullero
O: no se preocupe señora [[PERSON|nieves]] no la vamos a exponer me deja un número para llamarla
C: ya apunte [[PHONE_NUMBER|nueve nueve cuatro]]
O: ajá
C: [[PHONE_NUMBER|dos cero siete]]
O: ya
C: [[PHONE_NUMBER|cinco cinco uno]] ay no perdón [[PHONE_NUMBER|cinco uno cinco]] al final es [[PHONE_NUMBER|cinco uno cinco]]
O: le repito [[PHONE_NUMBER|nueve nueve cuatro dos cero siete cinco uno cinco]]
C: eso es y si no contesto llame al fijo de la casa [[PHONE_NUMBER|cinco cuarenta y tres veintiuno dieciocho]]
O: perfecto la policía va a ir hoy mismo le pido que no se acerque al hostal ni le comente nada a la señora [[PERSON|angélica]]
C: no no yo calladita uno no puede hacer milagros señorita pero esas chiquitas me parten el alma
O: hizo muy bien en llamar nadie va a saber que fue usted
C: ah y otra cosa mi sobrina me enseñó que el [[PERSON|tiburón]] pone anuncios en tiktok buscando anfitrionas sale como [[OTHER_ID|arroba eventos guion bajo vip cuarenta y cuatro]]
O: eso nos ayuda mucho lo vamos a pasar a la policía especializada si vuelve a ver que las maltratan llame al ciento cinco o aquí al cero ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias que dios la bendiga
O: gracias a usted señora [[PERSON|nieves]] buenas noches
""",
    ),
    (
        "h32-lower-es-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué podemos ayudarle
C: buenas tardes señorita eh quería este quería hacer una denuncia bueno no sé si es denuncia es por mi hermanito
O: claro la escucho desde dónde nos llama
C: de [[LOCATION|huamachuco]] provincia de [[LOCATION|sánchez carrión]] en [[LOCATION|la libertad]]
O: qué le ha pasado a su hermano
C: se fue a trabajar a una mina en [[LOCATION|pataz]] hace tres meses con un señor que vino a reclutar chicos al mercado y ahora no lo dejan volver
O: cómo se llama su hermano y cuántos años tiene
C: se llama [[PERSON|yordi]] [[PERSON|yordi alexander paz rojas]] tiene [[AGE|dieciséis años]] los cumplió allá [[DATE_TIME|el quince de enero]] lejos de la familia
O: y el señor que lo llevó sabe cómo se llama
C: le dicen [[PERSON|chivo]] [[PERSON|chivo]] nomás le dicen el apellido creo que es [[PERSON|llanos]] no no [[PERSON|llontop]] eso [[PERSON|llontop]] ofreció dos mil soles al mes con comida y que a los dos meses regresaban
O: y qué le ha contado su hermano
C: que trabajan en el socavón doce catorce horas que les descuentan la comida las botas el casco la linterna y que ahora dice que debe mil quinientos soles y que hasta que no pague no baja
O: sabe dónde está exactamente
C: es en una contrata de la [[ORGANIZATION|minera aurífera los tres hermanos]] pasando [[LOCATION|vijus]] subiendo por la trocha como dos horas
O: sabe cómo es el lugar donde duermen
C: sí él me mandó una foto duermen en [[ADDRESS|el campamento de calaminas azules al costado de la bocamina santa rosa]] en unos camarotes de palo sin colchón
O: hay otros menores con él
C: sí está su primo [[PERSON|elmer]] que tiene [[AGE|quince]] y otros chicos de [[LOCATION|marcabal]] y de [[LOCATION|sarín]] como doce chicos serán
O: tiene algún número de su hermano
C: el número que tenía es [[PHONE_NUMBER|nueve setenta y cuatro doce ochenta y ocho cero tres]] pero allá arriba no hay señal solo cuando bajan a [[LOCATION|retamas]]
O: le repito [[PHONE_NUMBER|nueve siete cuatro uno dos ocho ocho cero tres]]
C: sí ese mismo la última vez que me llamó fue [[DATE_TIME|el domingo]] en la noche me dijo llorando que el [[PERSON|chivo]] le pegó con una manguera porque quería bajar y que quiere que lo dejen en paz que quiere volver al colegio
O: lo que describe es trata con fines de explotación laboral y su hermano es menor de edad tiene usted su dni
C: sí acá tengo la copia es [[ID_NUMBER|setenta y dos cuarenta y uno noventa y nueve cero seis]]
O: [[ID_NUMBER|siete dos cuatro uno nueve nueve cero seis]]
C: así es
O: y usted cómo se llama
C: [[PERSON|rosa]] [[PERSON|rosa paz rojas]] soy la hermana mayor mi mamá está en la chacra y no habla mucho por teléfono
O: me da un número para llamarla señora [[PERSON|rosa]]
C: el mío es [[PHONE_NUMBER|nueve cuatro ocho]] eh [[PHONE_NUMBER|nueve cuatro ocho tres tres uno cero cinco dos]] y también tengo correo [[EMAIL_ADDRESS|rosita punto paz guion rojas arroba gmail punto com]]
O: [[EMAIL_ADDRESS|rosita punto paz guion rojas arroba gmail punto com]] correcto
C: correcto y otra cosa señorita el [[PERSON|chivo]] me escribió que le yapee trescientos soles para el pasaje de bajada de mi hermano al número [[PHONE_NUMBER|novecientos treinta y uno cuatrocientos cinco setecientos ochenta y dos]] todavía no le he mandado
O: no le envíe ese dinero puede ser una forma de seguir aprovechándose de ustedes guarde los mensajes
C: ya ya no le mando
O: vamos a derivar el caso a la fiscalía especializada en trata de [[LOCATION|trujillo]] y a la policía para que coordinen el rescate eso está penado en el artículo ciento veintinueve a del código penal y con menores la pena es mayor
C: y la policía va a subir hasta allá señorita
O: sí coordinan con la comisaría más cercana a la mina mañana la llamamos para contarle cómo avanza
C: ya señorita gracias
O: si su hermano vuelve a comunicarse dígale que puede llamar gratis al cero ochocientos dos treinta y dos treinta y dos
C: ya le digo gracias señorita
""",
    ),
    (
        "h32-lower-es-03",
        "es",
        """
O: línea contra la trata buenas noches
C: aló señorita aló me escucha hablo bajito porque estoy en el baño
O: sí la escucho bien tranquila hable como pueda está en peligro ahora
C: sí o sea no me pegan pero no me dejan salir me trajeron para trabajar en un restaurante y no es restaurante
O: entiendo vamos a ayudarla sabe en qué ciudad está
C: en [[LOCATION|chimbote]] eso creo en [[LOCATION|nuevo chimbote]] yo soy de [[LOCATION|juanjuí]] de [[LOCATION|san martín]]
O: cómo llegó ahí
C: una señora en facebook ofrecía trabajo de ayudante de cocina mil ochocientos soles con cuarto y comida me mandó el pasaje y llegué [[DATE_TIME|el cuatro de marzo]]
O: y qué pasó cuando llegó
C: de día sí es restaurante se llama [[ORGANIZATION|recreo campestre el palmeral]] pero en la noche atrás hay un bar y nos hacen atender a los clientes tomar con ellos y la señora dice que le debo el pasaje y la ropa
O: dónde duerme usted dentro del local
C: en [[ADDRESS|el cuarto de atrás pasando la cocina el que tiene la puerta de calamina]] somos tres ahí no hay ni luz ni ventilador
O: sabe la dirección del local
C: no sé bien es por la carretera a la altura del [[ADDRESS|kilómetro cuatrocientos veintiocho de la panamericana]] creo pero en una boleta que encontré dice [[ADDRESS|avenida pacífico manzana hache lote diecisiete]]
O: [[ADDRESS|avenida pacífico manzana hache lote diecisiete]] muy bien cómo se llama usted
C: [[PERSON|luz]] [[PERSON|luz clarita tuanama]] tengo [[AGE|veintitrés años]]
O: tiene sus documentos [[PERSON|luz]]
C: no mi dni lo tiene la señora [[PERSON|consuelo]] la dueña me lo quitó el primer día dijo que era para la planilla
O: recuerda el número de su dni
C: sí [[ID_NUMBER|cuatro siete ocho]] eh [[ID_NUMBER|cuatro siete ocho cero dos seis uno uno]]
O: quiénes más están con usted
C: una chica de [[LOCATION|tarapoto]] que se llama [[PERSON|yesenia]] y otra que es menor tiene [[AGE|diecisiete]] nomás se llama [[PERSON|dolores]] pero le dicen [[PERSON|lola]] ella llora todas las noches dice que tiene dolores de cabeza
O: quién más controla el lugar
C: el esposo de la señora [[PERSON|consuelo]] don [[PERSON|lucho]] él cierra el portón con candado cuando se van los clientes y ayer a [[DATE_TIME|las once de la noche]] le pegó a [[PERSON|lola]] porque no quería salir
O: tiene usted un celular donde podamos escribirle
C: este celular es de [[PERSON|yesenia]] lo tiene escondido el número es [[PHONE_NUMBER|nueve doce cero cuatro cuarenta y siete sesenta y tres]] pero no me llamen solo mensajes
O: no la vamos a llamar solo mensajes y algún contacto de su familia
C: mi mamá [[PERSON|hermelinda]] en [[LOCATION|juanjuí]] su número es [[PHONE_NUMBER|nueve cuarenta y dos trescientos dieciocho seiscientos cinco]] y mi correo por si acaso es [[EMAIL_ADDRESS|luz guion clarita noventa y ocho arroba hotmail punto com]]
O: y la señora del facebook recuerda cómo se llamaba la página
C: era [[OTHER_ID|facebook punto com barra empleos punto costa norte]] ahí sigue poniendo anuncios
O: gracias [[PERSON|luz]] voy a pedir a la policía que vaya esta noche al local cuando lleguen quédense juntas en el cuarto
C: y no me van a detener a mí la señora dice que nosotras somos las que estamos mal que no tenemos permiso
O: no usted es víctima no ha cometido ningún delito y después las llevamos a un lugar seguro
C: una señora del mercado me dio este número el cero ochocientos dos treinta y dos treinta y dos por eso llamé
O: hizo muy bien hay algo más que la policía deba saber
C: que hay un perro grande en el patio y que don [[PERSON|lucho]] tiene una camioneta negra ay ya viene alguien tengo que colgar
O: [[PERSON|luz]] la ayuda va en camino le escribimos a este número
""",
    ),
    (
        "h32-cased-es-01",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días, señorita. Llamo de un celular prestado, no sé si aquí es donde tengo que llamar. Es por el trabajo, en una obra.
O: Sí, está bien. Cuénteme qué pasa. ¿Desde dónde llama?
C: Estoy en [[LOCATION|Arequipa]], en [[LOCATION|Cerro Colorado]]. Yo soy de [[LOCATION|Juliaca]]. Nos trajeron a catorce trabajadores para levantar un edificio, nos ofrecieron S/ 80 diarios, y ya van siete semanas que no nos pagan.
O: ¿Quién los contrató?
C: La [[ORGANIZATION|Constructora Andes del Sur S.A.C.]] El que manda en la obra es el ingeniero [[PERSON|Rolando Cutipa]], y el que nos trajo de [[LOCATION|Puno]] es su cuñado, un tal [[PERSON|Percy]].
O: ¿Les han retenido algún documento?
C: Sí, señorita. El primer día nos pidieron el DNI "para el seguro" y no nos lo devuelven. A los dos venezolanos también les quitaron el pasaporte. Dicen que si nos vamos antes de terminar el casco, no nos devuelven nada.
O: ¿Dónde queda la obra exactamente?
C: En la [[ADDRESS|Asociación Villa Los Álamos, Mz. F, Lote 14]]. Es un edificio de cinco pisos con la malla verde.
O: ¿Y dónde duermen ustedes?
C: Ahí mismo, en [[ADDRESS|el contenedor azul que está atrás de la obra, al lado de la caseta del guardián]]. Dormimos los catorce en el suelo, con cartones.
O: ¿Los dejan salir?
C: El portón lo cierran con cadena a las 7 de la noche. Solo los domingos nos dejan salir una hora a comprar. Y la comida nos la cobran: S/ 15 diarios, dicen que eso se descuenta.
O: ¿Ha habido amenazas o violencia?
C: [[DATE_TIME|El viernes 21]], cuando reclamamos el pago, [[PERSON|Percy]] le pegó a un compañero, a [[PERSON|Santos]], le rompió la ceja. Y dijo que tiene amigos en la policía, que si denunciamos nos van a acusar de robar fierro.
O: ¿Hay menores de edad trabajando?
C: Sí, uno. [[PERSON|Edwin]], el sobrino de [[PERSON|Santos]], tiene [[AGE|16 años]]. Carga bolsas de cemento todo el día.
O: Lo que me cuenta puede ser trabajo forzoso y trata con fines de explotación laboral, que está en el artículo 129-A del Código Penal. Que les retengan los documentos es un indicio grave. ¿Me puede decir su nombre?
C: [[PERSON|Fortunato Condori Apaza]]. Mi DNI es el [[ID_NUMBER|41827365]], pero como le digo, lo tiene el ingeniero.
O: Gracias, señor [[PERSON|Fortunato]]. ¿Sabe el RUC de la constructora o tiene algún papel de ellos?
C: Tengo una boleta de las botas, ahí dice RUC [[ID_NUMBER|20604417835]].
O: ¿Y algún vehículo que usen?
C: El volquete que trae el material, placa [[OTHER_ID|V2T-915]]. El ingeniero anda en una camioneta gris, pero esa no la vi bien.
O: Muy bien. ¿A qué número lo podemos llamar?
C: Este celular es de mi paisano, [[PERSON|Teodoro]]: [[PHONE_NUMBER|+51 958 204 673]]. Mejor llame en la noche, cuando el ingeniero ya se fue. También puede llamar a mi hija [[PERSON|Yaneth]], en [[LOCATION|Juliaca]], al fijo de su tienda: [[PHONE_NUMBER|(051) 32-4418]].
O: ¿Los compañeros venezolanos saben que usted está llamando?
C: Sí. Uno de ellos, [[PERSON|Jhoan]], me pidió que le dé su número de pasaporte por si acaso: [[ID_NUMBER|148 273 650]]. Él también quiere denunciar.
O: Vamos a derivar el caso a la Fiscalía especializada y a la SUNAFIL, y pedir a la Policía Nacional que acompañe la inspección para recuperar los documentos. Si vuelven a agredir a alguien, llamen al 105.
C: ¿Y nos van a pagar lo que nos deben? Son como S/ 3,360 por cabeza.
O: La inspección puede exigir el pago, y un abogado gratuito del Ministerio de Justicia los puede orientar. Eso se lo explicamos mañana con calma.
C: Ya, señorita. Gracias. Aquí todos tienen miedo de perder lo que ya trabajaron.
O: Es comprensible. Usted no ha hecho nada malo. Mañana lo llamamos, señor [[PERSON|Fortunato]].
C: Gracias. Que Dios le pague.
""",
    ),
    (
        "h32-cased-es-02",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes. Mire, soy chofer de bus, trabajo en la [[ORGANIZATION|Empresa de Transportes Nueva América]], la ruta que va de [[LOCATION|Ate]] al [[LOCATION|Callao]]. Quiero reportar algo que veo todos los días.
O: Adelante, le escucho.
C: Hay tres niños que suben a mi bus a vender caramelos, desde hace meses. Suben en [[ADDRESS|el paradero Ceres de la Carretera Central]] a las 6 de la mañana y bajan recién en la noche.
O: ¿Qué edades tienen, más o menos?
C: La niña mayor tendrá [[AGE|11 años]]; el del medio, [[AGE|9]]; y el chiquito, [[AGE|7]] como mucho. La niña se llama [[PERSON|Amparo]] y el chiquito [[PERSON|Ángel]]. Del otro no sé el nombre.
O: ¿Por qué cree que los están explotando?
C: Porque hay un señor que los espera en [[ADDRESS|el grifo de la esquina de la avenida Nicolás Ayllón con el jirón Los Nogales]] y les quita toda la plata. Los niños le dicen tío [[PERSON|Fredy]]. Una vez [[PERSON|Ángel]] no había vendido nada y el señor le dio una cachetada delante de todos.
O: ¿Recuerda cuándo fue eso?
C: Sí, fue [[DATE_TIME|el jueves 3 de abril]], como a [[DATE_TIME|las 6:40 de la tarde]], porque yo ya estaba terminando mi última vuelta.
O: ¿Ha visto si los niños van al colegio?
C: No, señorita, imposible. Están en los buses de lunes a domingo. Y la niña una vez me dijo que no son hermanos, que el tío los trajo de [[LOCATION|Abancay]] y que su mamá se quedó allá.
O: ¿Sabe dónde viven?
C: Un domingo los seguí, porque me daba pena. Viven en [[LOCATION|Vitarte]], en una quinta: [[ADDRESS|Jirón Amazonas 455, interior 8, el último cuarto del pasadizo]]. Es una quinta vieja, con la puerta de madera pintada de rosa.
O: Eso es muy útil. ¿Tiene algún dato del señor? ¿Vehículo, teléfono?
C: Se mueve en un mototaxi azul, placa [[OTHER_ID|5614-7C]]. Y tiene un celular que le presta a la niña para que le avise; ella me lo dio una vez por si se perdía: es el [[PHONE_NUMBER|923 058 771]].
O: ¿Y sabe el nombre completo del señor?
C: En una receta de farmacia que se le cayó en el bus decía [[PERSON|Fredy Alcántara Ñaupa]].
O: Le explico: usar a niños para vender o pedir dinero y quedarse con lo que ganan es trata con fines de explotación. Los niños están al amparo del Código de los Niños y Adolescentes, y el Estado tiene que protegerlos. Vamos a comunicar el caso a la Unidad de Protección Especial y a la Policía.
C: ¿No les van a hacer daño a los niños por mi culpa?
O: No. La intervención la hace personal especializado, y los niños pasan a un lugar seguro mientras se ubica a su familia en [[LOCATION|Abancay]]. ¿Me permite su nombre y un número de contacto?
C: [[PERSON|Wilfredo Tasayco Huamán]]. Mi celular es [[PHONE_NUMBER|987-120-443]], y si no contesto por el tráfico, escríbame al correo: [[EMAIL_ADDRESS|w.tasayco.ruta44@gmail.com]].
O: Gracias, señor [[PERSON|Wilfredo]]. ¿Algún documento suyo, por si la Policía quiere tomarle la declaración?
C: Mi licencia de conducir, [[ID_NUMBER|Q43182905]]. Y mi bus es el de placa [[OTHER_ID|C4K-128]], por si me buscan en el paradero final.
O: Perfecto. Se lo pasamos a la Policía para que intervengan con la Fiscalía de Familia. Le pido que no le diga nada al señor.
C: No, claro. Yo solo les regalo un pan a veces. [[PERSON|Amparo]] es bien viva, sabe sumar mejor que mi cobrador.
O: Gracias por fijarse en ellos. Si ve que les pegan otra vez, llame al 105. Y este número, el 0800-2-3232, es gratuito las 24 horas.
C: Gracias, señorita. Mi esposa me dijo que llamara; yo tengo nietos de esa edad.
O: Hizo muy bien. Mañana lo llamamos para contarle qué se hizo.
""",
    ),
    (
        "h32-en-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, um, hello. Do you speak English? I'm calling from the [[LOCATION|United States]].
O: Yes, I can help you in English. What's happening?
C: My name is [[PERSON|Karina Ferro]]. I'm a nurse in [[LOCATION|New Jersey]]. My family is Peruvian, from [[LOCATION|Callao]]. It's about my cousin. I think he's been trafficked, and now they're asking us for money to let him go.
O: I'm sorry to hear that. Where is your cousin now?
C: In [[LOCATION|Myanmar]], we think. Near the Thai border, a town called [[LOCATION|Myawaddy]]. He was offered a customer-service job in [[LOCATION|Bangkok]] through a Facebook ad, with a company called [[ORGANIZATION|Silverline Outsourcing]]. They paid his ticket. He flew out of [[LOCATION|Lima]] on [[DATE_TIME|March 2nd]].
O: What's your cousin's name, and how old is he?
C: [[PERSON|Diego Alonso Huamaní Ferro]]. He's [[AGE|24]]. He just finished his degree in systems engineering.
O: What has he told you?
C: When he landed, they drove him across a river at night and put him in a compound with guards. They make him work fourteen, fifteen hours a day, chatting with people online and pretending to be a woman, to get them to invest in fake crypto. If he doesn't meet his targets they don't let him eat, and once they gave him electric shocks.
O: That's very serious. How does he contact you?
C: Through Telegram, when the managers aren't watching. His handle is [[OTHER_ID|@dieguito_hf24]]. Last night, at [[DATE_TIME|3:10 a.m.]] my time, he sent me a voice note, crying. He says the company will "sell back his contract" for six thousand dollars, and if we don't pay in two weeks they'll sell him to another compound.
O: Has anyone asked you to send money to a specific account?
C: Yes. A woman who calls herself [[PERSON|Nina]], from "HR", sent me a Thai bank account, [[OTHER_ID|407-2-81935-6]], and a crypto wallet address, [[OTHER_ID|TQ7x9Lm4Rf2pWz8KcVb3Nh6Yd1Ea5Su0Gt]]. Her Telegram is [[OTHER_ID|@silverline_hr_nina]].
O: Please don't send any money for now. Paying often doesn't free the person, and they ask for more. Do you know where inside the compound he is?
C: He sent a pin once, but he had to delete it. He says it's [[ADDRESS|Building 6, fourth floor, room 412, the block with the blue roof next to the river]]. There are hundreds of people in there, from [[LOCATION|Kenya]], [[LOCATION|Colombia]], [[LOCATION|Brazil]]...
O: Do you have his passport number? That helps the embassy.
C: Yes, my aunt sent me a photo of it. It's [[ID_NUMBER|121 804 736]]. And his DNI is [[ID_NUMBER|70382915]].
O: Thank you. Here we'll report it to the police anti-trafficking unit and the Ministry of Foreign Affairs, so the Peruvian embassy in [[LOCATION|Bangkok]] can work with the Thai authorities and IOM. Is his mother in [[LOCATION|Peru]]?
C: Yes, my aunt, [[PERSON|Gladys Ferro]]. She lives at [[ADDRESS|Jirón Colón 318, interior B]], in [[LOCATION|Callao]]. Her home phone is [[PHONE_NUMBER|(01) 452-7783]], or her cell, [[PHONE_NUMBER|nine four seven, two six one, five zero eight]].
O: We'll contact her to take a formal report; she can also file it at the police station. Can I have your own contact details?
C: My cell is [[PHONE_NUMBER|+1 (201) 555-0147]], and my email is [[EMAIL_ADDRESS|karina.ferro.rn@gmail.com]]. I work night shifts, so any time is fine.
O: Got it. Please keep every message and voice note, and screenshots of the accounts. Don't delete anything, even if they threaten you.
C: They already did. [[PERSON|Nina]] wrote that if we go to the police, [[PERSON|Diego]] will "have an accident". That's why my aunt didn't want to call.
O: I understand. The report is handled confidentially. Does [[PERSON|Diego]] know he can ask the embassy for help if he gets out?
C: I don't think so. He only has the phone for a few minutes at night.
O: If he writes again, tell him to send his exact location when it's safe, and not to try to cross the river alone. We'll e-mail you the embassy's emergency contact tonight.
C: Thank you. Honestly, I didn't know who else to call. The police here told me it's not their jurisdiction.
O: You did the right thing. We'll call your aunt tomorrow morning, and we'll write to you after that.
C: Okay. Thank you so much.
""",
    ),
    (
        "h32-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Alô? Boa tarde. Desculpa, eu não falo espanhol. Vocês falam português?
O: Sim, falo um pouco de português. Pode falar devagar, senhora.
C: Graças a Deus. Meu nome é [[PERSON|Rosângela Lima]], eu sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. É sobre a minha filha. Ela está em [[LOCATION|Lima]] e eu acho que ela está presa num apartamento.
O: Entendo. Como se chama sua filha e quantos anos ela tem?
C: [[PERSON|Vitória Lima dos Santos]]. Ela tem [[AGE|17 anos]], faz [[AGE|18]] daqui a pouco. Uma agência de modelos chamou ela pelo Instagram, a [[ORGANIZATION|Lumière Models]], perfil [[OTHER_ID|@lumiere.models.br]]. Prometeram um contrato de seis meses em [[LOCATION|Lima]], desfiles, catálogos, três mil reais por mês.
O: Como ela viajou?
C: De ônibus até [[LOCATION|Assis Brasil]], atravessou a ponte para [[LOCATION|Iñapari]], e de lá uma mulher chamada [[PERSON|Kelly]] levou ela de carro até [[LOCATION|Puerto Maldonado]] e depois de avião para [[LOCATION|Lima]]. Ela saiu de casa no [[DATE_TIME|dia 9 de junho]].
O: E o que está acontecendo agora?
C: No começo ela mandava fotos, tudo bonito. Mas faz dez dias que ela me mandou um áudio chorando. Disse que não tem desfile nenhum, que um homem, o [[PERSON|Marcão]], leva as meninas de noite para "eventos" com homens mais velhos, e que ela não pode sair sozinha. Ficaram com o passaporte dela.
O: Ela sabe onde fica o apartamento?
C: Ela mandou a localização uma vez. É em [[LOCATION|Miraflores]], na [[ADDRESS|Calle Porta 540, apartamento 802]]. É um prédio cinza, com portaria de vidro.
O: Quantas meninas estão com ela?
C: Quatro, ela disse. Uma de [[LOCATION|Manaus]] que tem [[AGE|16 anos]], a [[PERSON|Thaís]], e duas peruanas. O porteiro não deixa elas saírem sem o [[PERSON|Marcão]].
O: Senhora [[PERSON|Rosângela]], o que a senhora descreve é muito grave. Pode ser tráfico de pessoas para exploração sexual, e sua filha é menor de idade. Vamos avisar a polícia agora. A senhora tem o número dela?
C: O número peruano que deram para ela é [[PHONE_NUMBER|+51 947 306 218]], mas quem responde às vezes é a [[PERSON|Kelly]]. O WhatsApp brasileiro da [[PERSON|Vitória]] é [[PHONE_NUMBER|(68) 99214-3376]], ela usa quando tem wi-fi.
O: E o número do passaporte dela, a senhora tem?
C: Tenho a foto aqui: [[ID_NUMBER|GF482193]]. E o CPF dela é [[ID_NUMBER|384.920.117-56]].
O: Obrigado. Eles pediram dinheiro para a senhora?
C: Pediram, sim. A [[PERSON|Kelly]] disse que a [[PERSON|Vitória]] deve a passagem e o hotel, dois mil e quinhentos dólares, e mandou uma chave Pix para eu pagar: [[EMAIL_ADDRESS|financeiro.lumiere@outlook.com]]. Eu não paguei.
O: Fez muito bem. Não pague nada. Guarde os áudios e as mensagens. A senhora também pode denunciar no [[LOCATION|Brasil]], na Polícia Federal, e avisar o consulado brasileiro em [[LOCATION|Lima]].
C: Já liguei para o Disque 100, foram eles que me passaram o número de vocês.
O: Muito bem. E os dados da senhora? Um telefone e um e-mail para a gente falar com a senhora.
C: Meu celular é [[PHONE_NUMBER|+55 68 98117-4520]], e o e-mail é [[EMAIL_ADDRESS|rosangela.lima.acre@hotmail.com]]. Meu CPF, se precisar, é [[ID_NUMBER|512.306.884-09]].
O: Obrigado. A senhora sabe o nome completo do [[PERSON|Marcão]], ou alguma placa de carro?
C: Ela disse que ele anda numa caminhonete branca, placa [[OTHER_ID|BFR-762]], e que o nome dele é [[PERSON|Marcos Antônio Furtado]], brasileiro também, de [[LOCATION|Porto Velho]].
O: Isso ajuda muito. Vamos passar tudo para a Polícia Nacional e para a Fiscalía aqui em [[LOCATION|Lima]], para irem ao apartamento. Quando resgatarem a [[PERSON|Vitória]], ela vai para um abrigo seguro e o consulado ajuda com a volta.
C: Pelo amor de Deus, façam isso logo. Ela é só uma menina. Sonhava ser modelo desde os [[AGE|doze anos]]... Se ela voltar bem para casa, já é uma vitória.
O: Vamos agir hoje. Se ela mandar mensagem, peça para ela ficar no apartamento e, se puder, mandar a localização de novo. Eu ligo para a senhora à noite.
C: Tá bom. Obrigada, obrigada mesmo. Que Deus abençoe vocês.
O: Fique tranquila, senhora [[PERSON|Rosângela]]. A senhora não está sozinha.
""",
    ),
    (
        "h32-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Disculpa, es que estoy nerviosa, vale. Yo me escapé de un sitio y allá se quedaron unas chamas, y una es menor.
O: Tranquila, la escucho. ¿Está usted en un lugar seguro ahora?
C: Sí, sí, estoy en casa de una pana en [[LOCATION|Piura]]. Me vine en un colectivo esta madrugada. El sitio es en [[LOCATION|Sullana]].
O: Cuénteme qué pasó. ¿Cómo llegó a ese lugar?
C: Mira, yo estaba en [[LOCATION|Lima]] vendiendo tequeños, y una señora, [[PERSON|Yajaira]], venezolana también, me ofreció trabajo de mesera en un restaurante en [[LOCATION|Sullana]], cincuenta soles diarios más propina. Me pagó el pasaje y me fui con otras dos chamas. Llegamos [[DATE_TIME|el martes 4 de noviembre]].
O: ¿Y qué encontró allá?
C: ¡Qué restaurante ni qué nada! Es una discoteca, [[ORGANIZATION|Kalimba Night Club]], y nos pusieron a fichar, a tomar con los clientes, y después a pasar con ellos a los cuartos. Y si no, que les debíamos el pasaje, la comida, la ropa... burda de plata, como dos mil soles cada una.
O: ¿Dónde queda la discoteca?
C: En la [[ADDRESS|avenida José de Lama, cuadra 9, al ladito de una cevichería]]. Pero nosotras dormíamos en [[ADDRESS|la casa de los cuartos que está detrás del local, la del portón negro con el perro]].
O: ¿Cómo se llama usted?
C: [[PERSON|Yusmary]]. [[PERSON|Yusmary del Valle Guédez]]. Tengo [[AGE|22 años]]. Mi cédula es [[ID_NUMBER|V-28.561.304]], y tengo el carné de extranjería, [[ID_NUMBER|001728394]]; ese sí lo pude sacar porque lo tenía escondido en el zapato.
O: Muy bien, [[PERSON|Yusmary]]. ¿Quiénes se quedaron allá?
C: Mi amiga [[PERSON|Génesis]], que tiene [[AGE|diecisiete]], es de [[LOCATION|Maracay]] y no tiene papeles. Y una colombiana, [[PERSON|Leidy Johana]], de [[LOCATION|Cúcuta]]. Su cédula la tiene la señora; el número es... espérate, que ella me lo dictó por si acaso: [[ID_NUMBER|1.093.775.482]].
O: ¿Quién controla a las chicas allá?
C: La [[PERSON|Yajaira]] cobra, y el que cuida es un gocho que le dicen el [[PERSON|Catire]]. Ese tipo es arrecho, mija: a [[PERSON|Génesis]] le dio una cachetada porque no quería salir. Y tiene una pistola, yo se la vi.
O: ¿Se dieron cuenta cuando usted se fue?
C: No me vieron. Me fui como a [[DATE_TIME|las 3 de la madrugada]], cuando el [[PERSON|Catire]] estaba rascado. Pero ya la [[PERSON|Yajaira]] me escribió que si no pago lo que debo le hace algo a mi mamá en [[LOCATION|Venezuela]]. Ella tiene la dirección de mi mamá.
O: Eso es una amenaza y también lo vamos a reportar. ¿Dónde vive su mamá?
C: En [[LOCATION|Barquisimeto]], [[ADDRESS|urbanización El Obelisco, vereda 14, casa 22]]. Y la [[PERSON|Yajaira]] me mandó un número de cuenta para que deposite: [[OTHER_ID|002-193-004571839201-14]].
O: No deposite nada. ¿Tiene el número de la señora [[PERSON|Yajaira]]?
C: Sí, el [[PHONE_NUMBER|+51 904 118 573]]. Y ella pone los anuncios en Instagram, [[OTHER_ID|@empleos_peru_ya]]; ahí sigue buscando chamas.
O: ¿Y un número donde podamos ubicarla a usted?
C: Mi chip peruano se quedó allá, me lo quitaron. Pero tengo WhatsApp con el número de [[LOCATION|Venezuela]], [[PHONE_NUMBER|+58 412-7730918]], funciona con el wifi de mi pana. O al de ella, [[PERSON|Oriana]]: [[PHONE_NUMBER|960 552 184]].
O: Gracias. Vamos a pedir ahora mismo a la Policía de [[LOCATION|Sullana]] que intervenga el local para rescatar a [[PERSON|Génesis]] y a [[PERSON|Leidy Johana]]. Usted puede recibir atención en un Centro Emergencia Mujer y orientación legal. ¿Está lastimada?
C: No, no, estoy bien, solo asustada. Y con hambre, que no he comido desde ayer.
O: Le vamos a coordinar un albergue temporal en [[LOCATION|Piura]] y que la acompañen a declarar. No tiene que pagar ninguna deuda: eso no es legal.
C: ¿Y Migraciones no me va a botar? Porque la [[PERSON|Yajaira]] siempre decía que nos iban a deportar.
O: No. Usted es víctima, y hay protección para víctimas extranjeras aunque tengan problemas con sus papeles. La OIM también puede apoyarla.
C: Ay, qué bueno, mi amor. Gracias. Esas chamas están pasando roncha allá.
O: En una hora la llamamos al WhatsApp para decirle a dónde ir. Si ve al [[PERSON|Catire]] o a alguien de ellos cerca, llame al 105.
C: Dale, listo. Gracias, de verdad.
""",
    ),
    (
        "h32-andino-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allillanchu, mamita. Buenas tardes. Disculpe, yo no hablo bien castellano, pero voy a intentar pues.
O: Allillanmi, taytay. No se preocupe, hable con calma, le entiendo.
C: Ya, mamita. Yo llamo de [[LOCATION|Colquemarca]], provincia [[LOCATION|Chumbivilcas]], de la comunidad de [[LOCATION|Pfuyucancha]]. Es por mis wawas, mis dos hijitos. Se los han llevado a trabajar a una ladrillera y ya no regresan pues.
O: ¿Cuántos años tienen sus hijos?
C: El mayorcito, [[PERSON|Wilber]], tiene [[AGE|quince añitos]]; el menor, [[PERSON|Yuri]], [[AGE|trece]] nomás. Y también se lo llevó a mi sobrino [[PERSON|Grimaldo]], de [[AGE|catorce]].
O: ¿Quién se los llevó y adónde?
C: Un señor, don [[PERSON|Hilario]], que viene a la comunidad cada año en su camión, para la fiesta. Dijo que en [[LOCATION|Cusco]] iban a ganar cincuenta soles semanal y que en la noche iban a estudiar. Se fueron [[DATE_TIME|el 25 de julio]], para Santiago, después de la fiesta.
O: ¿Sabe el apellido de don [[PERSON|Hilario]]?
C: [[PERSON|Ccorimanya]], mamita. [[PERSON|Hilario Ccorimanya]]. Con dos ce se escribe: [[PERSON|ce, ce, o, erre, i, eme, a, ene, ye, a]].
O: Gracias. ¿Y dónde está la ladrillera?
C: En [[LOCATION|San Jerónimo]], dice, pasando [[LOCATION|Angostura]]. Mi hijo [[PERSON|Wilber]] me ha dicho así: [[ADDRESS|bajando del paradero del puente, a mano izquierda, por la trocha del río, donde están los tres hornos y la casita de adobe sin techo]].
O: ¿Qué le ha contado su hijo?
C: Manam, mamita, no les paga. Trabajan desde la madrugada, cargando ladrillo, pisando barro para el adobe, hasta que oscurece. Duermen en el suelo al lado del horno, tienen chiri, frío pues. Don [[PERSON|Hilario]] dice que le deben el pasaje y la comida, y que hasta diciembre no van a volver. Achachau, mis wawas.
O: ¿Le han hecho daño a alguno?
C: Al [[PERSON|Yuri]] el horno le ha quemado la mano, y no lo han llevado a la posta. Su hermano me llamó llorando [[DATE_TIME|el domingo]], del celular de una señora que vende en el paradero.
O: Taytay, lo que me cuenta es muy grave. Son niños, y eso es trata con fines de explotación laboral. Vamos a pedir que la policía y la fiscalía vayan a la ladrillera. ¿Tiene los DNI de sus hijos?
C: Sí, acá tengo, mi hija me está leyendo. El de [[PERSON|Wilber]] es [[ID_NUMBER|setenta y nueve, cuarenta y uno, veintiséis, cero ocho]]. El de [[PERSON|Yuri]], [[ID_NUMBER|81035742]].
O: ¿Y el camión de don [[PERSON|Hilario]]? ¿Sabe la placa?
C: Camión rojo es, con baranda de madera. La placa mi hija la ha anotado en su cuaderno: [[OTHER_ID|X4R-518]].
O: Muy bien. ¿Cómo se llama usted, taytay?
C: [[PERSON|Valentín Huillca Sutta]], mamita. Mis hijos son [[PERSON|Huillca Ttito]], porque su mamá es [[PERSON|Justina Ttito Puma]].
O: ¿Tiene un número donde podamos llamarlo?
C: Yo no tengo celular, mamita. Llame al de mi vecino, [[PERSON|Saturnino]], él me avisa. Es [[PHONE_NUMBER|nueve ochenta y cuatro, cincuenta y dos, setenta y uno, cero seis]].
O: Le repito: [[PHONE_NUMBER|984 527 106]]. ¿Está bien?
C: Así es, mamita. Y mi hija [[PERSON|Nieves]] tiene este celular del que estoy llamando, [[PHONE_NUMBER|951 680 347]], pero ella estudia en [[LOCATION|Santo Tomás]], no siempre está conmigo.
O: Perfecto. ¿Hay otros niños de la zona con don [[PERSON|Hilario]]?
C: Sí, mamita, de [[LOCATION|Llusco]] también dice que hay, seis, siete wawas más.
O: Vamos a pasar todo ahora a la fiscalía de [[LOCATION|Cusco]] y a la policía, y también al Ministerio de la Mujer, para que los niños, cuando los saquen, estén en un lugar seguro hasta que ustedes vayan a recogerlos.
C: Sulpayki, mamita. Yo puedo ir a [[LOCATION|Cusco]], tengo para el pasaje, cuarenta soles nomás es.
O: Espere nuestra llamada antes de viajar, para que vaya directo adonde estén sus hijos. Mañana llamamos al señor [[PERSON|Saturnino]].
C: Ya, mamita. Ese don [[PERSON|Hilario]] es como puma, se lleva a las wawas y no las devuelve.
O: Vamos a hacer todo lo posible, taytay. Si sus hijos vuelven a llamar, dígales que pueden llamar gratis al 0800-2-3232.
C: Ya, mamita. Diospagrasunki. Tupananchiskama.
""",
    ),
    (
        "h32-mix-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Hi, hola, buenas noches. Sorry, perdón, I'm kinda nervous. Trabajo de night receptionist en un hostal en [[LOCATION|Tacna]] y creo que tengo un caso, like, ahora mismo.
O: Tranquilo, te escucho. Puedes hablar en español o en inglés, como te sea más fácil.
C: Okay, cool. So, el hostal es el [[ORGANIZATION|Hostal Los Geranios]], en la [[ADDRESS|calle Arias Aragüez 482, a dos cuadras del terminal]]. Como a [[DATE_TIME|las 2:40]], [[DATE_TIME|two forty in the morning]], llegó un man con tres chicas.
O: ¿Qué te hizo pensar que algo está mal?
C: Las chicas se ven super young, like, [[AGE|fifteen]], [[AGE|sixteen]] max. No hablaban nada, mirando al piso todo el rato. Y el man pidió una sola habitación para los cuatro y pagó cash, 120 soles, sin preguntar el precio.
O: ¿Registraste sus documentos?
C: Sí, es protocolo. El man me dio su cédula boliviana: [[PERSON|Ronald Mamani Choque]], número [[ID_NUMBER|7845123 LP]]. De las chicas me quiso dar solo una, pero yo insistí, bro. I mean, señorita. Tengo copias de dos: una es [[PERSON|Nayeli Condo Quispe]], [[ID_NUMBER|9236471 OR]], nacida [[DATE_TIME|el 14 de febrero de 2010]]. So she's [[AGE|fifteen]], right?
O: ¿Y la otra?
C: La otra dice [[PERSON|Maribel]]... [[PERSON|Maribel Ticona]], pero el número no se lee en la copia, está borroso. La tercera no tenía nada, el man dijo que "se le perdió en el bus".
O: ¿En qué habitación están?
C: En la [[ADDRESS|habitación 207, segundo piso, al fondo]], la que da al patio interior.
O: ¿Vinieron en algún vehículo?
C: Yeah, un auto con placa chilena, lo vi por la cámara: [[OTHER_ID|KRTW-48]]. Ehm, [[OTHER_ID|K-R-T-W, cuarenta y ocho]]. Y el man dijo que mañana temprano cruzan a [[LOCATION|Arica]], que ellas van a trabajar en el restaurant de un amigo. Like, at sixteen? Come on.
O: Hiciste muy bien en llamar. Esto puede ser trata de menores con fines de explotación. Voy a alertar ahora mismo a la policía. ¿Tú estás seguro?
C: Sí, estoy en la recepción, hay reja. The guy's chill, como que no sospecha nada. Pero hace rato bajó a preguntar si hay otra salida por atrás, y eso me dio mala espina.
O: ¿Sabes algo más de él? ¿Teléfono, correo?
C: Hizo la reserva por la app, con el correo [[EMAIL_ADDRESS|r.mamani.tours@outlook.com]], y el teléfono que dejó es [[PHONE_NUMBER|+591 71482336]]. Y otro tipo llamó al fijo del hostal preguntando por él, desde un número chileno, [[PHONE_NUMBER|+56 9 8812 4057]]; lo tengo en el identificador.
O: Perfecto. ¿Cuál es el número del hostal y cómo te llamas?
C: El fijo es [[PHONE_NUMBER|(052) 24-6731]]. Y yo soy [[PERSON|Brandon]], [[PERSON|Brandon Ticona Laura]]. My mom's from here, but I grew up in [[LOCATION|Paterson]], [[LOCATION|New Jersey]], so my Spanish is, you know, whatever.
O: Tu español está perfecto, [[PERSON|Brandon]]. ¿Me das un celular para que la policía te contacte?
C: Sure: [[PHONE_NUMBER|nine five two, six six three, one nine zero]]. O sea, [[PHONE_NUMBER|952 663 190]]. Tengo WhatsApp.
O: Gracias. La policía va en camino. No subas a la habitación ni lo confrontes. Si intenta salir con las chicas, no lo detengas tú; fíjate hacia dónde va y llama al 105.
C: Got it. ¿Y a mi jefe, el dueño, le aviso? Es don [[PERSON|Eusebio]], vive en el tercer piso.
O: Puedes avisarle, pero que nadie alerte al huésped. ¿Hay cámaras en el pasillo?
C: Yeah, tenemos cámaras en el lobby y en el pasillo del segundo. I can save the footage.
O: Guárdalo, es una prueba importante. Cuando llegue la policía, entrégales las copias de las cédulas y el registro.
C: Okay, okay. Oh, wait, una de las chicas acaba de bajar a pedir agua. Le pregunté su nombre y me dijo "[[PERSON|Luz]]", y que tiene [[AGE|catorce]]. Dude. She's a kid.
O: Dale agua y, si puedes, dile con calma que la ayuda está en camino, sin que él escuche. No la retengas ni la presiones.
C: Okay. Ya le di. Se subió rápido. Ay, Dios.
O: Lo estás haciendo muy bien, [[PERSON|Brandon]]. Te llamo en diez minutos para confirmar que llegó la patrulla. Si pasa algo antes, vuelve a llamar al 0800-2-3232.
C: Thanks. Gracias, en serio. I'll stay here.
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h32-", "heldout32.jsonl")
