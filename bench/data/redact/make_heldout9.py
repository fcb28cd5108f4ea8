#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out set 9 for the redaction benchmark (private, written after tuning began, never
shown to the tuners). Ten invented calls: lowercase Whisper-style Spanish from six regions
(incl. a Venezuelan and a Colombian caller), a cased professional dictating documents,
lowercase Portuguese, an English-speaking volunteer, and Spanish with Quechua words.
All people, numbers, places-as-addresses and businesses are invented.

Markup [[TYPE|surface]] -> offsets, same conventions as make_heldout.py / LABELS.md.
Run: cd /work/private_heldout4/redact && PYTHONPATH=/work/main python make_heldout9.py
"""



CALLS = [
    (
        "h9-es-puno",
        "es",
        """
O: linea contra la trata buenas noches le escucho
C: alo señorita buenas noches ya mire yo le llamo de [[LOCATION|ilave]] eh por mi hermanita menor pues ella se fue con una señora a [[LOCATION|ananea]] hace como un mes y ya no contesta
O: cuantos años tiene su hermanita
C: tiene [[AGE|dieciseis]] nomas recien ha cumplido el [[DATE_TIME|veinte de enero]]
O: como se llama ella
C: [[PERSON|maribel condori apaza]]
O: me puede deletrear el segundo apellido por favor
C: si [[PERSON|a p a z a]] [[PERSON|apaza]] con zeta
O: gracias y la señora que se la llevo
C: la señora le dicen mama [[PERSON|rufi]] eh [[PERSON|rufina]] creo que es [[PERSON|rufina huarachi]] le ofrecio mil doscientos soles para cocinar en su pension pero ahora dice mi hermana que la hace atender en el bar de noche
O: sabe como se llama el lugar
C: [[ORGANIZATION|pension los andes del sol]] ahi en [[LOCATION|ananea]] es [[ADDRESS|la casa de tres pisos de ladrillo sin tarrajear al costado del grifo frente a la cancha de fulbito]]
O: tiene usted el numero de su hermana
C: si es [[PHONE_NUMBER|nueve cinco uno]]
O: ya
C: [[PHONE_NUMBER|cuatro cero siete]]
O: aja
C: [[PHONE_NUMBER|dos dos ocho]]
O: le repito [[PHONE_NUMBER|951 407 228]] correcto
C: no señorita [[PHONE_NUMBER|dos ocho ocho]] al final
O: [[PHONE_NUMBER|951 407 288]] ahora si
C: si eso es pero ya no contesta solo una vez me escribio por whatsapp que le han quitado su dni pero yo tengo aqui su fotocopia es [[ID_NUMBER|7 4 0 9 1 1 3 6]]
O: gracias vamos a comunicar el caso a la fiscalia y a la policia de [[LOCATION|puno]] usted como se llama o prefiere no decir
C: mejor no nomas señorita pero le doy mi numero es el mismo de mi yape [[PHONE_NUMBER|974 330 512]] a nombre de [[PERSON|elvis]]
O: muy bien señor [[PERSON|elvis]] le vamos a devolver la llamada mañana a las ocho gracias por llamar
""",
    ),
    (
        "h9-es-ucayali",
        "es",
        """
O: linea contra la trata buenas tardes en que le ayudo
C: ya buenas tardes señorita disculpe eh yo soy mototaxista aca en [[LOCATION|pucallpa]] en [[LOCATION|yarinacocha]]
O: si digame
C: ayer hice una carrera a dos chicas jovencitas con un señor y las chicas lloraban una le decia a la otra [[PERSON|luz]] no llores ya vamos a volver
O: recuerda a donde las llevo
C: al [[ADDRESS|kilometro once y medio de la federico basadre entrando por la trocha a mano derecha donde hay un porton de calamina verde]] ahi funciona el aserradero [[ORGANIZATION|maderera ahuanari e hijos]]
O: y el señor como era
C: gordito de gorra roja le decian tio [[PERSON|pancho]] y creo que su apellido es [[PERSON|ahuanari]] porque el aserradero tiene su nombre pues
O: las chicas de donde eran
C: por su forma de hablar de [[LOCATION|masisea]] o de [[LOCATION|contamana]] una tendria [[AGE|catorce]] la otra [[AGE|quince años]] maximo
O: y la chica [[PERSON|luz]] le dijo algo mas
C: si bajito me dijo que avise a su mama doña [[PERSON|consuelo tapullima]] que vive en el [[ADDRESS|jiron tacna 327]] en [[LOCATION|masisea]] que ella esta bien pero que no le dejan salir
O: el señor le pago la carrera
C: con yape y me salio a nombre de [[PERSON|francisco ahu]] asi cortadito y el numero terminaba en [[PHONE_NUMBER|604]]
O: muy bien eso nos ayuda y usted me puede dar algun dato suyo
C: por si acaso mi moto es la placa [[OTHER_ID|4471-2u]] y mi numero es [[PHONE_NUMBER|nueve seis uno]] [[PHONE_NUMBER|cinco ocho cero]] ay espere se me fue la luz aqui
O: no se preocupe le sigo escuchando
C: ya ya [[PHONE_NUMBER|cuatro cuatro dos]]
O: [[PHONE_NUMBER|961 580 442]]
C: exacto señorita me llamo [[PERSON|wilder pinedo]]
O: gracias señor [[PERSON|wilder]] vamos a informar a la policia y a la fiscalia de [[LOCATION|ucayali]] para que vayan al lugar
C: ya rapidito por favor que esas chiquitas estaban sufriendo ya son como veinte horas
""",
    ),
    (
        "h9-es-lambayeque",
        "es",
        """
O: linea contra la trata buenos dias en que le puedo ayudar
C: buenos dias señorita eh mi nombre es [[PERSON|soledad cruz santisteban]] y llamo por mi hija
O: buenos dias señora [[PERSON|soledad]] que le paso a su hija
C: mi hija [[PERSON|milagros]] tiene [[AGE|diecisiete años]] y por facebook una tal [[PERSON|karen]] le ofrecio trabajo de anfitriona en [[LOCATION|chiclayo]] cien soles diarios le decian
O: desde cuando no sabe de ella
C: desde el [[DATE_TIME|sabado dos de agosto]] que salio de la casa dijo que iba a una entrevista y ya no volvio
O: como aparece esa señora en facebook
C: su perfil es [[OTHER_ID|facebook punto com barra karen punto vip punto cix]] ahi pone fotos de chicas y dice se necesitan señoritas
O: sabe donde esta trabajando su hija
C: una amiga la vio en el [[ORGANIZATION|video pub el faraon]] en la [[ADDRESS|avenida bolognesi cuadra ocho]] arriba en el segundo piso atendiendo a los hombres
O: alguien de la familia ha ido a buscarla
C: su papa don [[PERSON|segundo]] fue el domingo y lo botaron los de seguridad dijeron que ahi no hay ninguna [[PERSON|milagros]]
O: tiene el dni de su hija
C: si es [[ID_NUMBER|siete uno cuatro]] eh no perdon [[ID_NUMBER|siete uno cinco]]
O: ya
C: [[ID_NUMBER|ocho ocho]] [[ID_NUMBER|cero dos tres]]
O: le repito [[ID_NUMBER|71588023]]
C: eso es señorita
O: y ustedes donde viven
C: en el [[ADDRESS|aa hh san borja mz f lote 12]] en [[LOCATION|jose leonardo ortiz]]
O: me da un numero para contactarla
C: el de mi esposo nomas [[PHONE_NUMBER|nueve siete nueve]] [[PHONE_NUMBER|cero uno cuatro]] [[PHONE_NUMBER|seis seis tres]] yo no tengo celular
O: gracias señora vamos a pasar el caso a la policia y a la fiscalia de [[LOCATION|lambayeque]] y la llamamos
C: gracias señorita que dios me la cuide
""",
    ),
    (
        "h9-es-ica-ven",
        "es",
        """
O: linea contra la trata buenas noches
C: hola buenas noches mira disculpa que te moleste es que estoy en una situacion fea y una pana me paso este numero
O: no se preocupe para eso estamos esta usted segura ahora
C: si ahorita si estoy en el baño yo soy venezolana estoy en [[LOCATION|ica]] trabajando en el campo en [[LOCATION|villacuri]]
O: que esta pasando
C: el contratista un señor que le dicen el [[PERSON|catire]] nos tiene a doce en un cuarto y nos quito los pasaportes dice que le debemos el pasaje desde [[LOCATION|tumbes]] vale y cada semana la deuda sube
O: cual es su nombre si lo quiere dar
C: [[PERSON|yusmary del valle rangel]]
O: tiene algun documento con usted
C: el pasaporte lo tiene el pero me se el numero [[ID_NUMBER|uno tres cero]] [[ID_NUMBER|siete seis dos]] [[ID_NUMBER|cuatro cuatro uno]] y mi carne de extranjeria es [[ID_NUMBER|003482917]] y la cedula [[ID_NUMBER|v 25 871 446]]
O: para que empresa trabajan
C: el fundo es de [[ORGANIZATION|agricola los huarangos sac]] pero el [[PERSON|catire]] trabaja por su cuenta nos lleva en una combi blanca placa [[OTHER_ID|d4h-219]]
O: como les pagan
C: nos dijeron que nos depositan a una cuenta pero la cuenta la abrio el y el tiene la tarjeta yo tengo el numero anotado [[OTHER_ID|193 40718825 0 61]] nos cobran trescientos soles por la cama y trabajamos catorce horas
O: donde estan alojados
C: en el [[ADDRESS|pasaje los algarrobos sin numero al fondo hay un galpon de esteras frente a la capillita]] en [[LOCATION|salas]]
O: hay menores de edad con ustedes
C: si un chamo de [[AGE|quince]] que se llama [[PERSON|jeferson]] y su hermana [[PERSON|yorgelis]] de [[AGE|trece]]
O: me da un numero donde la podamos llamar
C: [[PHONE_NUMBER|+51 912 604 378]] y si no mi whatsapp venezolano [[PHONE_NUMBER|0414 552 1093]]
O: [[PHONE_NUMBER|912 604 378]] verdad
C: si ese mismo pero escribeme antes no me llames que el [[PERSON|catire]] revisa
O: entendido [[PERSON|yusmary]] vamos a coordinar con la policia de [[LOCATION|ica]] y con la oim no cuelgue si se siente en peligro
C: ay gracias mi amor de verdad gracias
""",
    ),
    (
        "h9-es-limanorte-col",
        "es",
        """
O: linea contra la trata buenas tardes
C: alo buenas tardes que pena con usted es que yo soy colombiana y le quiero contar algo de una amiga
O: claro cuenteme con confianza
C: ella se llama [[PERSON|dayana paz ospina]] es de [[LOCATION|pereira]] tiene [[AGE|diecinueve años]] y un man que se llama [[PERSON|angel]] la trajo con el cuento de trabajar en un salon de belleza
O: y ahora donde esta
C: la tienen en una casa de masajes en [[LOCATION|comas]] el [[ORGANIZATION|spa relax imperial]] y no la dejan salir ni a la tienda
O: sabe la direccion
C: si es en la [[ADDRESS|urbanizacion el pinar mz k lote 7]] es [[ADDRESS|la casa lila de rejas blancas al frente del paradero de las combis]]
O: y ese señor [[PERSON|angel]] sabe algo mas de el
C: se publicita en tiktok como [[OTHER_ID|arroba angel punto spa punto vip]] y anda en un carro negro placa [[OTHER_ID|bxr 718]]
O: su amiga como se comunica con usted
C: solo por correo porque le quitaron el celular me escribe de [[EMAIL_ADDRESS|dayi punto paz noventa y nueve arroba hotmail punto com]] dice que le cobran dos mil dolares de deuda
O: tiene algun documento de ella
C: si tengo foto de la cedula [[ID_NUMBER|uno cero ocho ocho]] [[ID_NUMBER|tres cuatro cinco]] [[ID_NUMBER|nueve uno dos]]
O: gracias y usted como se llama
C: [[PERSON|yuliana]] pues [[PERSON|yuliana restrepo]] y vivo en [[LOCATION|los olivos]]
O: me da un numero y un correo
C: el numero es [[PHONE_NUMBER|927 158 006]] y el correo [[EMAIL_ADDRESS|yuli restrepo guion bajo 22 arroba gmail punto com]]
O: le confirmo [[PHONE_NUMBER|927 158 006]]
C: si señora y por favor que la dejen en paz a mi amiga ella no hizo nada malo
O: no se preocupe vamos a derivar a la policia y a la fiscalia de [[LOCATION|lima norte]] y la llamamos esta noche
C: listo muchas gracias que dios le pague
""",
    ),
    (
        "h9-es-tumbes",
        "es",
        """
O: linea contra la trata buenas noches con quien hablo
C: buenas noches no le voy a dar mi nombre pero es por unas chicas aca en [[LOCATION|aguas verdes]]
O: no hay problema puede quedar anonima cuenteme
C: hay una señora que le dicen la [[PERSON|gringa]] tiene un chongo y ahi trabajan chicas de [[LOCATION|ecuador]] de [[LOCATION|huaquillas]] pasan por el puente y ya no regresan
O: donde queda el lugar
C: pasando el mercado [[ADDRESS|la casa de dos pisos pintada naranja con un letrero de cerveza al costado de la cochera de los mototaxis]] por el [[ADDRESS|jiron zarumilla 540]]
O: cuantas chicas ha visto
C: unas cinco una es chiquita se llama [[PERSON|rosa]] me dijo tiene [[AGE|quince años]] le regale una flor el domingo y se puso a llorar
O: sabe su apellido
C: [[PERSON|rosa macias]] creo dijo [[PERSON|macias]] o [[PERSON|mejia]]
O: y la señora que le dicen la [[PERSON|gringa]] sabe su nombre
C: [[PERSON|nelly]] eh [[PERSON|nelly zapata]] asi le dicen los taxistas su carro es un station wagon plomo placa ecuatoriana [[OTHER_ID|gbo-4127]]
O: tiene algun numero de la señora o de las chicas
C: de la [[PERSON|gringa]] si porque ofrece trabajo en un papelito [[PHONE_NUMBER|noventa y ocho]] [[PHONE_NUMBER|cuatrocientos doce]] [[PHONE_NUMBER|treinta y uno cincuenta]]
O: le repito [[PHONE_NUMBER|984 123 150]]
C: no no [[PHONE_NUMBER|noventa y ocho cuatro uno dos tres uno cinco cero]]
O: [[PHONE_NUMBER|984 123 150]] esta bien asi
C: ah si perdone si es lo mismo yo me confundi
O: y usted tiene un numero donde la podamos llamar
C: [[PHONE_NUMBER|972 610 845]] pero llameme despues de las nueve que mi esposo no sabe
O: gracias vamos a pasar la informacion a la policia de [[LOCATION|tumbes]] y a la fiscalia esta noche
C: ya señorita gracias que dios las bendiga
""",
    ),
    (
        "h9-es-prof-enfermera",
        "es",
        """
O: Línea contra la trata, buenos días, ¿en qué le puedo ayudar?
C: Buenos días. Le habla la licenciada [[PERSON|Rocío Mendoza Layme]], enfermera del puesto de salud de [[LOCATION|Kiteni]], en [[LOCATION|La Convención]]. Quiero reportar un caso y dejar los datos completos.
O: Adelante, licenciada, la escucho.
C: Ayer atendimos a una adolescente, [[PERSON|Yaneth Huillca Ccopa]], de [[AGE|15 años]], fecha de nacimiento [[DATE_TIME|03/11/2009]], DNI [[ID_NUMBER|76120458]].
O: ¿Me repite el DNI, por favor?
C: Siete, seis, uno, dos, cero, cuatro, cinco, ocho. [[ID_NUMBER|76120458]].
O: Gracias. ¿Qué le contó la menor?
C: Que la trajeron de [[LOCATION|Quillabamba]] para cuidar niños, pero la tienen de mesera en el [[ORGANIZATION|Restobar El Cañero]], en el [[ADDRESS|Km 64 de la carretera a Echarati, frente al puente Chahuares]]. No le pagan, le descuentan la comida y el cuarto, y la obligan a tomar con los clientes.
O: ¿Sabe quién es el responsable del local?
C: La dueña es la señora [[PERSON|Marleny Quispe Ttito]], DNI [[ID_NUMBER|42873316]], según el registro que tiene el municipio. Su conviviente es [[PERSON|Efraín Cusi]], le dicen "[[PERSON|Chaski]]", y maneja una combi de placa [[OTHER_ID|X2F-846]].
O: ¿La menor sigue en el establecimiento de salud?
C: No, regresó al local a las seis de la tarde, la vinieron a recoger. Por eso llamo. Su mamá es [[PERSON|Natividad Ccopa]], vive en [[LOCATION|Quillabamba]], en el [[ADDRESS|Jr. Espinar 211, interior 3]]; su celular es [[PHONE_NUMBER|984 052 719]].
O: Perfecto. ¿Me deja sus datos de contacto, licenciada?
C: Mi celular es [[PHONE_NUMBER|958 337 604]] y mi correo [[EMAIL_ADDRESS|rmendoza.pskiteni@gmail.com]]. Mi DNI es [[ID_NUMBER|41096527]], por si lo necesitan para el informe.
O: Gracias. Vamos a derivar a la Fiscalía de [[LOCATION|La Convención]] y a la Unidad de Protección Especial. La ley 28950 nos permite actuar de inmediato con menores.
C: Muy bien. Yo también voy a enviar la ficha al Ministerio de la Mujer hoy mismo.
O: Le llamaremos mañana para hacer seguimiento.
C: Gracias, quedo atenta.
""",
    ),
    (
        "h9-pt-acre",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: boa tarde moça a senhora fala português eu sou do brasil
O: un poco hable despacio por favor
C: ta bom eu sou de [[LOCATION|rio branco]] no [[LOCATION|acre]] meu filho [[PERSON|kauã]] [[PERSON|kauã ferreira da silva]] tem [[AGE|dezesseis anos]] e foi levado pro [[LOCATION|peru]] pra trabalhar num garimpo
O: sabe en que lugar
C: ele falou [[LOCATION|huepetuhe]] numa balsa de um homem chamado [[PERSON|tião]] [[PERSON|sebastião moura]] brasileiro tambem
O: como lo contactaron
C: pelo instagram um cara [[OTHER_ID|arroba garimpo trampo bom]] oferecia cinco mil reais por mes e agora ele diz que deve a passagem e a comida
O: tiene documento de su hijo
C: tenho sim o cpf dele é [[ID_NUMBER|cento e vinte e três]] [[ID_NUMBER|quatrocentos e cinquenta e seis]] [[ID_NUMBER|setecentos e oitenta]] [[ID_NUMBER|trinta e um]]
O: [[ID_NUMBER|123 456 780 31]]
C: isso e o passaporte dele é [[ID_NUMBER|fv 208 417]]
O: cuando habló con él la última vez
C: no dia [[DATE_TIME|quinze de março]] ele mandou audio chorando dizendo que tava doente e que o [[PERSON|tião]] não deixa sair
O: su nombre señora y un número
C: [[PERSON|francisca ferreira]] o meu whatsapp é [[PHONE_NUMBER|mais cinquenta e cinco sessenta e oito]] [[PHONE_NUMBER|nove nove nove oito um]] [[PHONE_NUMBER|quatro dois zero sete]]
O: [[PHONE_NUMBER|+55 68 99981 4207]]
C: isso mesmo e meu email é [[EMAIL_ADDRESS|chica ferreira ponto ac arroba gmail ponto com]]
O: y su dirección en Brasil
C: [[ADDRESS|rua seis de agosto numero 1480 bairro cidade nova]] perto da igreja
O: gracias señora vamos a informar a la policía y a la fiscalía de [[LOCATION|madre de dios]] y al consulado
C: obrigada moça pelo amor de deus me ajuda
""",
    ),
    (
        "h9-en-volunteer",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, do you speak English? Lo siento, my Spanish is bad.
O: Yes, I speak English. Go ahead.
C: My name is [[PERSON|Hannah Oyelaran]], I'm a volunteer with [[ORGANIZATION|Pachamama Kids Foundation]] in [[LOCATION|Arequipa]]. There's a girl who comes to our afternoon program, [[PERSON|Nayeli]], she's [[AGE|twelve]], and I think she's being made to beg at night.
O: What makes you think so?
C: A man drops her and two little boys at the [[ADDRESS|corner of Calle Mercaderes and Jerusalén, by the yellow pharmacy]] around ten p.m. and collects the money at two. She told me the man is her "tío" [[PERSON|Wilmer]], but she also said her mum is in [[LOCATION|Juliaca]].
O: Do you know where she sleeps?
C: She mentioned a room at [[ADDRESS|Pasaje San Lázaro 118]], the blue door. Her full name on our attendance list is [[PERSON|Nayeli Condo]], that's [[PERSON|C-O-N-D-O]]... sorry, [[PERSON|C-O-N-D-O-R-I]], [[PERSON|Condori]].
O: Thank you. Any vehicle?
C: A grey Toyota station wagon, plate [[OTHER_ID|V6K-203]]. He posts on Facebook too, his page is [[OTHER_ID|facebook.com/wilmer.ayuda.ninos]], asking for donations with her photos.
O: Can I have your contact?
C: Sure, my Peruvian number is [[PHONE_NUMBER|nine five nine]], [[PHONE_NUMBER|two one four]], [[PHONE_NUMBER|oh seven seven]], and my UK number [[PHONE_NUMBER|+44 7700 918 462]].
O: So [[PHONE_NUMBER|959 214 077]].
C: Yes. And email is [[EMAIL_ADDRESS|hannah dot oyelaran at outlook dot com]]. If the police need ID, my passport is [[ID_NUMBER|5 3 3 8 1 9 0 2 7]].
O: Thank you, [[PERSON|Hannah]]. We'll report this to the police and the Fiscalía in [[LOCATION|Arequipa]], and the Defensoría may contact you.
C: Great. I'll be at the program tomorrow from three to six.
O: Thank you for calling.
""",
    ),
    (
        "h9-es-qu-apurimac",
        "es",
        """
O: linea contra la trata buenos dias
C: allinllachu mamay buenos dias señorita disculpe mi castellano
O: no se preocupe señor hable tranquilo
C: ñuqa soy de [[LOCATION|chalhuanca]] mamay mi wawa [[PERSON|florencia]] se fue a [[LOCATION|lima]] con la comadre [[PERSON|jacinta]] para trabajar en casa dice y ya un año no vuelve
O: cuantos años tiene [[PERSON|florencia]]
C: [[AGE|catorce]] nomas era cuando se fue ahora tendra [[AGE|quince]]
O: como es su nombre completo
C: [[PERSON|florencia huamani ccorahua]] [[PERSON|ccorahua]] con doble c [[PERSON|c c o r a h u a]]
O: y la comadre [[PERSON|jacinta]] como se apellida
C: [[PERSON|jacinta llamocca]] mamay ella vive en [[LOCATION|san juan de lurigancho]] en el [[ADDRESS|jiron las begonias 215]] arriba en el segundo piso nos dijo
O: usted ha hablado con su hija
C: manam señorita la comadre no la deja hablar dice que esta trabajando que la plata me va a mandar pero nunca manda ni un sol
O: alguien mas de la familia ha ido a [[LOCATION|lima]]
C: mi hijo [[PERSON|segundo]] fue a buscarla pero la comadre le cerro la puerta dijo que la wawa no quiere volver a la chacra
O: usted donde vive para poder visitarlo
C: en [[ADDRESS|la chacra de arriba pasando el puente de piedra al lado del eucalipto grande]] en la comunidad de [[LOCATION|pampamarca]] taytay
O: tiene un numero de celular
C: no tengo mamay es de mi vecino don [[PERSON|teofilo]] le digo [[PHONE_NUMBER|nueve ocho tres]] [[PHONE_NUMBER|cuatro uno]] eh [[PHONE_NUMBER|cero nueve]] [[PHONE_NUMBER|seis siete]]
O: le repito [[PHONE_NUMBER|983 410 967]]
C: ari ari asi es señorita
O: y su nombre de usted señor
C: [[PERSON|leoncio huamani]] mi dni es [[ID_NUMBER|31 042 875]] por si acaso
O: gracias don [[PERSON|leoncio]] vamos a pasar el caso a la policia y a la fiscalia en [[LOCATION|lima]] y al centro emergencia mujer de [[LOCATION|abancay]] para que lo visiten
C: sulpayki mamay gracias señorita que diosito le pague
""",
    ),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h9-", "heldout9.jsonl")
