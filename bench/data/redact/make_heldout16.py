#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 16: ten fictional, labelled counter-trafficking hotline calls (Peru).

Written by an outside writer who never saw the redactor's code, tests or results; only
LABELS.md, make_dev.py (annotation conventions) and the builder make_heldout.py were read.
Styles: four lowercase, unpunctuated Whisper-style Spanish transcripts (market vendor in
Juliaca, mototaxi driver in Puerto Maldonado, cousin in San Juan de Lurigancho, neighbour in
Chiclayo) with numbers as digits and words; a cased Spanish call from a schoolteacher in
Cusco; a cased Spanish call from a taxi driver in Trujillo; an English call from a foreign
volunteer in the Sacred Valley; a Brazilian Portuguese call from a woman in Iñapari; a
Venezuelan Spanish call from a waiter in Los Olivos (Lima); an Andean Spanish call with
Quechua words from a mother in Huamanga.

All people, phone numbers, ID numbers, addresses, e-mails, handles, plates, accounts and
businesses below are invented. Conventions follow make_dev.py: titles/articles outside
PERSON spans, cue words ("DNI", "placa") outside ID spans, AGE with its unit, DATE_TIME
with its article; the hotline's name and number, 105, institutions (Policía, Fiscalía,
DEMUNA, OIM...), money, durations, counts, times of routine and legal articles are not PII.
"""

CALLS = [
    (
        "h16-lower-es-01",
        "es",
        """
O: linea contra la trata de personas buenos dias le escucho
C: buenos dias señorita yo vendo en el [[ADDRESS|mercado tupac amaru puesto ciento doce pabellon de abarrotes]] aca en [[LOCATION|juliaca]] y le llamo por una chiquita que trabaja en el puesto de al lado
O: digame que ha visto
C: la chica se llama [[PERSON|nayeli]] [[PERSON|ticona]] tiene [[AGE|trece años]] nomas ella me ha contado que la trajeron de [[LOCATION|moho]] y que duerme debajo del mostrador en unos costales
O: quien la tiene trabajando
C: la dueña del puesto es la señora [[PERSON|eulogia apaza]] pero le dicen doña [[PERSON|colorada]] y su hijo es el que la grita le dicen [[PERSON|chiquito]] su nombre es [[PERSON|ronal]]
O: sabe si la chica va al colegio
C: no señorita trabaja de cinco de la mañana hasta las nueve de la noche y le pagan 50 soles al mes dice que es para su mama la señora [[PERSON|felicitas]] pero ella no recibe nada y la chiquita cumple [[AGE|catorce]] recien el [[DATE_TIME|20 de diciembre]]
O: sabe donde vive la señora
C: si en la [[ADDRESS|urbanizacion la capilla manzana k lote 9]] atras del grifo [[ORGANIZATION|altiplano gas]] la casa con portón guinda y ahi la llevan a la chiquita a lavar ropa los domingos
O: hace cuanto tiempo la ve asi
C: desde [[DATE_TIME|el 15 de agosto]] que llego para la feria y ya son casi tres meses
O: tiene algun numero de la señora o de la chica
C: de la señora si es [[PHONE_NUMBER|nueve cinco uno cuatro cero siete dos ocho seis]] y el ruc del puesto esta pegado en la boleta es [[ID_NUMBER|10 40218537 6]]
O: gracias eso nos ayuda mucho y usted como se llama si desea
C: [[PERSON|hilaria]] nomas señorita [[PERSON|hilaria]] y mi celular es [[PHONE_NUMBER|9 7 3 2 0 5 1 4 8]] no quiero problemas con ellos
O: no se preocupe señora [[PERSON|hilaria]] su nombre no se va a mencionar vamos a coordinar con la demuna de [[LOCATION|san roman]] y la policia
C: ya señorita gracias y si pueden que vengan temprano antes de las seis ahi la señora no esta
O: anotado le llamamos pasado mañana para contarle y si ve algo grave llame al 0800-2-3232 o al 105
C: gracias señorita dios le pague
""",
    ),
    (
        "h16-lower-es-02",
        "es",
        """
O: linea contra la trata buenas noches en que le podemos ayudar
C: buenas noches mire yo soy mototaxista aca en [[LOCATION|puerto maldonado]] mi nombre es [[PERSON|jhon kevin huamantica]] pero todos me dicen [[PERSON|zancudo]] soy de la asociacion [[ORGANIZATION|los veloces del tambopata]]
O: lo escuchamos señor cuentenos
C: anoche a [[DATE_TIME|las once]] hice una carrera desde el [[ADDRESS|paradero de la avenida dos de mayo con la fitzcarrald]] con dos chicas y un señor hasta [[ADDRESS|el kilometro 97 de la carretera a mazuco]] ahi donde esta el [[ORGANIZATION|prostibar la cabaña de oro]]
O: que le llamo la atencion
C: las chicas no tendrian mas de [[AGE|quince]] una lloraba y el señor le quito el celular en el camino las chicas hablaban de [[LOCATION|sicuani]] y decian que les prometieron trabajo de niñera
O: pudo ver como era el señor o algun nombre
C: la chica le dijo tio [[PERSON|beto]] y el le dijo a ella [[PERSON|mayra]] el señor tenia una camioneta esperando adentro color plomo placa [[OTHER_ID|V2K-614]] la anote en mi mano
O: muy bien eso es muy importante
C: y el señor me pago con yape de un numero [[PHONE_NUMBER|novecientos ochenta y dos cuatrocientos quince trescientos siete]] a nombre de [[PERSON|heriberto c]]
O: me repite el numero por favor
C: [[PHONE_NUMBER|982 415 307]] ese es
O: y el local como es para que la policia lo ubique
C: entrando por la trocha a mano izquierda [[ADDRESS|pasando el puente de madera la tercera casa de calamina con una llanta pintada de amarillo en la puerta]]
O: gracias señor vamos a comunicarlo ahorita a la policia y a la fiscalia de [[LOCATION|tambopata]] usted nos deja un numero
C: si mi numero es [[PHONE_NUMBER|nueve nueve cuatro cero seis uno]] espere no [[PHONE_NUMBER|nueve nueve cuatro cero seis uno tres tres dos]] ese es y mi mototaxi es la [[OTHER_ID|4471-8M]] por si acaso
O: perfecto señor [[PERSON|jhon]] no se acerque al lugar nosotros le devolvemos la llamada
C: ya señorita gracias a las chicas ayudenlas por favor
""",
    ),
    (
        "h16-lower-es-03",
        "es",
        """
O: linea contra la trata buenas tardes
C: aló buenas tardes señorita llamo por mi prima ya no sabemos nada de ella hace dos semanas
O: la escucho como se llama su prima
C: se llama [[PERSON|brenda soledad yupanqui rojas]] tiene [[AGE|dieciseis años]] vivia con nosotros aca en [[LOCATION|san juan de lurigancho]] en [[ADDRESS|canto grande paradero 10 la calle al costado de la cancha de losa]]
O: que paso con ella
C: por facebook un tal [[PERSON|franco]] le ofrecio trabajo de anfitriona en una discoteca de [[LOCATION|chilca]] el perfil era [[OTHER_ID|franco.eventos.vip]] y le escribia del [[PHONE_NUMBER|+51 936 002 418]] y en tiktok [[OTHER_ID|arroba franco underscore vip 24]]
O: y que le dijo su prima la ultima vez
C: el [[DATE_TIME|sabado 9]] me mando un audio llorando dice que estaba en un cuarto en el [[ADDRESS|segundo piso cuarto 6]] de un hostal [[ORGANIZATION|hostal el paraiso del sur]] y que no la dejaban bajar y despues ya no contesto ni en su insta [[OTHER_ID|brendita punto yr 16]]
O: tiene el numero de ella
C: si [[PHONE_NUMBER|nueve cuatro ocho siete uno cero dos dos seis]]
O: y su dni lo tiene
C: su dni es [[ID_NUMBER|setenta y seis millones cuatrocientos veintiun mil ochocientos tres]] lo tengo porque yo la inscribi en el instituto
O: le repito [[ID_NUMBER|76421803]] correcto
C: si correcto y su mama mi tia [[PERSON|soledad]] esta mal no puede ni hablar
O: entiendo la familia ya puso la denuncia por desaparicion
C: si en la comisaria de [[LOCATION|zarate]] el [[DATE_TIME|lunes 11]] pero no nos dicen nada
O: vamos a pasar esto a la division contra la trata y a la fiscalia especializada como se llama usted
C: [[PERSON|yahaira]] [[PERSON|yupanqui]] mi correo es [[EMAIL_ADDRESS|yahaira guion bajo yr arroba gmail punto com]] y mi cel [[PHONE_NUMBER|913 660 274]]
O: gracias [[PERSON|yahaira]] la llamamos mañana en la tarde
""",
    ),
    (
        "h16-lower-es-04",
        "es",
        """
O: linea contra la trata de personas buenas noches
C: buenas noches disculpe la hora soy vecina aca en [[LOCATION|chiclayo]] en [[LOCATION|jose leonardo ortiz]] y no puedo dormir por lo que pasa en la casa del frente
O: tranquila señora que esta pasando
C: alli vive un señor [[PERSON|segundo]] [[PERSON|chafloque]] con su mujer la [[PERSON|yolanda]] y tienen a tres niños vendiendo caramelos en los micros los sacan a las seis de la mañana y vuelven a las doce de la noche
O: sabe la direccion
C: es la [[ADDRESS|calle sáenz peña 1520]] pero nadie la ubica asi usted diga [[ADDRESS|la casa de adobe pegada a la bodega doña pancha con el techo de esteras]]
O: los niños son familia de ellos
C: no señorita los trajeron de [[LOCATION|cutervo]] dicen que sus papas les dieron a los niños por una deuda de 800 soles el mas chiquito tiene [[AGE|seis]] el otro [[AGE|ocho]] y la niña [[AGE|once años]] se llama [[PERSON|dulce]]
O: usted ha visto que los maltraten
C: el [[DATE_TIME|miercoles 22 de octubre]] el señor le pego a [[PERSON|dulce]] con una correa en la calle porque no traia 30 soles todos vimos
O: en que lugar los ponen a vender
C: en el [[ADDRESS|paradero de la balta con la pedro ruiz frente al banco]] y a veces en el terminal de [[ORGANIZATION|transportes civa]]
O: tiene algun otro dato del señor
C: tiene una combi de la [[ORGANIZATION|empresa de transportes nuevo amanecer lambayecano]] la placa es [[OTHER_ID|M1A 857]] y su celular lo tengo porque una vez me vendio gas [[PHONE_NUMBER|nueve siete nueve ochenta y ocho treinta y uno cero cuatro]]
O: muy bien vamos a derivar el caso a la unidad de proteccion especial y a la policia usted desea dejar su nombre
C: solo [[PERSON|charo]] señorita y el numero [[PHONE_NUMBER|074 231 509]] es fijo de mi casa
O: gracias señora [[PERSON|charo]] la vamos a llamar si necesitamos algo mas
C: gracias buenas noches
""",
    ),
    (
        "h16-cased-es-05",
        "es",
        """
O: Línea contra la trata de personas, buenos días. ¿En qué le puedo ayudar?
C: Buenos días. Soy docente de la [[ORGANIZATION|Institución Educativa N.° 50127 Virgen de la Natividad]], en [[LOCATION|San Jerónimo]], [[LOCATION|Cusco]]. Me llamo [[PERSON|Wilfredo Ccorimanya Huallpa]].
O: Gracias, profesor. Cuénteme.
C: Tengo una alumna de segundo de secundaria, [[PERSON|Milagros Puma]], de [[AGE|catorce años]]. Desde [[DATE_TIME|el 3 de noviembre]] no viene a clases. Sus compañeras me enseñaron mensajes de un hombre que le ofrecía trabajo de modelo en [[LOCATION|Arequipa]].
O: ¿Tiene los datos de ese hombre?
C: Firma como "[[PERSON|Gianfranco]]", su Instagram es [[OTHER_ID|@gf_modelsperu]] y el número que usa es el [[PHONE_NUMBER|+51 925-480-113]]. Le pidió a la niña que le mandara fotos y que no le dijera a nadie.
O: ¿La familia sabe algo?
C: La mamá, la señora [[PERSON|Rufina Puma]], vende en la feria de [[LOCATION|Huancaro]]. Ella me dijo que su hija salió [[DATE_TIME|el martes a las cuatro de la tarde]] diciendo que iba a la biblioteca y no regresó. Viven en la [[ADDRESS|Asociación Pro Vivienda Los Nogales, lote 14-B, pasaje 3]], subiendo por la línea del tren.
O: ¿Tiene usted el DNI de la alumna?
C: Sí, está en la nómina: [[ID_NUMBER|78 02 54 19]]. Y su código de estudiante del SIAGIE es [[OTHER_ID|0781 2456 3091 42]], por si sirve.
O: Sirve, gracias. ¿La madre ya presentó la denuncia?
C: Hoy en la mañana, en la comisaría de [[LOCATION|San Jerónimo]]. Le dieron un número de denuncia, [[OTHER_ID|4417-2025]], pero le dijeron que esperen 24 horas, y eso no es así, ¿verdad?
O: No, señor. La denuncia por desaparición de una menor se recibe y se difunde de inmediato, no hay que esperar. Vamos a comunicarnos con la división de trata y con la fiscalía.
C: Muy bien. Mi celular es [[PHONE_NUMBER|984 116 720]] y mi correo institucional [[EMAIL_ADDRESS|wccorimanya@ie50127.edu.pe]].
O: Gracias, profesor [[PERSON|Wilfredo]]. ¿Podría guardar las capturas de pantalla que vio?
C: Ya las tengo, se las puedo enviar a la policía. Una chica dijo que el tal [[PERSON|Gianfranco]] la iba a recoger en el [[ADDRESS|paradero del óvalo Pachacútec, al lado del kiosco de periódicos]].
O: Perfecto. Le llamamos en la tarde para darle el contacto del fiscal.
""",
    ),
    (
        "h16-cased-es-06",
        "es",
        """
O: Línea contra la trata, buenas tardes, habla con la orientadora.
C: Buenas tardes. Soy taxista aquí en [[LOCATION|Trujillo]], trabajo con la empresa [[ORGANIZATION|Taxi Seguro Chimú]]. Le llamo por algo que vi, no sé si es para ustedes.
O: Cuénteme con confianza.
C: Hace una semana, [[DATE_TIME|el viernes 7]], recogí a una señora con tres jovencitas en el terminal de [[ORGANIZATION|Turismo Sierra Liberteña]], las llevé a [[LOCATION|La Esperanza]], a la [[ADDRESS|manzana 42, lote 7 del sector Jerusalén]], frente al colegio inicial.
O: ¿Qué le hizo pensar que algo estaba mal?
C: Las chicas hablaban quechua y una me preguntó en castellano cuánto faltaba para la fábrica. La señora le dijo que se callara. Ayer pasé de nuevo y vi a una de ellas en la puerta de la [[ORGANIZATION|Textiles Moche Export]], en el [[ADDRESS|parque industrial, calle 4, nave 19]], llorando, con el uniforme.
O: ¿Sabe cómo se llaman?
C: La que habló conmigo me dijo que se llamaba [[PERSON|Paloma]], que era de [[LOCATION|Huamachuco]] y que tenía [[AGE|quince]]. La señora se hacía llamar la señora [[PERSON|Gutiérrez]], tendrá [[AGE|unos cincuenta]], pero en su celular vi que le escribían "[[PERSON|Tita]]".
O: ¿Tiene algún dato de contacto de la señora?
C: Me pagó por transferencia, salió el nombre [[PERSON|Teresa Gutiérrez Alvarado]] y la cuenta [[OTHER_ID|570-38912046-0-11]] del banco. Y me dejó su número para otra carrera: [[PHONE_NUMBER|948-72-05-13]].
O: Eso es muy útil. ¿Recuerda a qué hora las recogió?
C: A [[DATE_TIME|las 5:40 de la mañana]], cuando llegó el bus de la sierra.
O: Gracias. Vamos a informar a la policía y a la fiscalía de [[LOCATION|La Libertad]]. ¿Usted nos da su nombre?
C: [[PERSON|Percy Alvitres]]. Mi carnet de taxista es el [[OTHER_ID|TX-08832]] y mi auto es un Yaris plomo, placa [[OTHER_ID|T5R-207]]. Mi número es [[PHONE_NUMBER|nueve cuatro nueve, cero uno tres, ocho siete dos]].
O: Gracias, señor [[PERSON|Percy]]. No se acerque a la fábrica; si la ve otra vez en peligro, llame al 105.
C: Entendido, señorita. Gracias.
""",
    ),
    (
        "h16-en-07",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, sorry, do you speak English? My Spanish is terrible.
O: Yes, I can help you in English. Go ahead.
C: My name is [[PERSON|Saoirse Mulcahy]], I'm from [[LOCATION|Ireland]], I'm volunteering at a weaving co-op in [[LOCATION|Urubamba]], in the [[LOCATION|Sacred Valley]]. It's about a girl who works at the lodge next to us.
O: Tell me what you've seen.
C: Her name is [[PERSON|Yessica]], but the owner calls her "[[PERSON|Cholita]]". She told me she's [[AGE|twelve]]. She cleans the rooms and does the laundry at [[ORGANIZATION|Inti Wasi Eco Lodge]], seven days a week, and she sleeps in the [[ADDRESS|little storeroom behind the laundry, next to the gas tanks]].
O: Do you know who the owner is?
C: A man called [[PERSON|Fausto Loayza]]. He tells guests she's his niece, but she told me her parents are in [[LOCATION|Paucartambo]] and she hasn't seen them since last year. On [[DATE_TIME|Monday the 17th]] I saw him slap her in the car park.
O: Where exactly is the lodge?
C: It's on the road from [[LOCATION|Urubamba]] to [[LOCATION|Ollantaytambo]], at [[ADDRESS|kilometre 73.5, the turn-off with the blue gate and the eucalyptus trees, just past the Yanahuara bridge]].
O: Thank you. Do you have any contact for the lodge?
C: Their booking email is [[EMAIL_ADDRESS|reservas.intiwasi@gmail.com]] and the Instagram is [[OTHER_ID|intiwasi_ecolodge_valle]]. The owner's mobile is [[PHONE_NUMBER|nine five nine, two oh eight, four four one]].
O: And how can we reach you?
C: My Irish number is [[PHONE_NUMBER|+353 87 612 4490]], WhatsApp works. My passport is [[ID_NUMBER|PX 4410287]], if you need it for a statement. And my email's [[EMAIL_ADDRESS|saoirse dot m at proton dot me]].
O: Thank you, [[PERSON|Saoirse]]. We'll contact the police and the DEMUNA in the province today. Please don't confront him.
C: I won't. I leave [[LOCATION|Peru]] on [[DATE_TIME|December 2nd]], so I hope it's before that.
O: We'll call you back before then.
""",
    ),
    (
        "h16-pt-08",
        "pt",
        """
O: Línea contra la trata, buenas noches.
C: Boa noite. Desculpa, eu falo português, tudo bem?
O: Sí, hable despacio, la entiendo.
C: Eu me chamo [[PERSON|Francisca das Chagas Nogueira]], moro em [[LOCATION|Iñapari]], do lado peruano, mas sou de [[LOCATION|Assis Brasil]]. É sobre minha sobrinha, a [[PERSON|Kauane]].
O: ¿Qué le pasó a su sobrina?
C: Ela tem [[AGE|dezesseis anos]]. Um homem chamado [[PERSON|Roberval]], que todo mundo chama de [[PERSON|Gaúcho]], ofereceu trabalho pra ela num restaurante em [[LOCATION|Puerto Maldonado]]. Ela atravessou a ponte no [[DATE_TIME|dia 28 de setembro]] e desde então só manda mensagem de madrugada.
O: ¿Qué dicen los mensajes?
C: Que não é restaurante, é um bar, [[ORGANIZATION|Bar Chopperia Fronteira]], e que ela dorme no [[ADDRESS|quartinho dos fundos, em cima do depósito de cerveja]]. Ela disse que o homem guardou a identidade dela. O RG é [[ID_NUMBER|1.238.447-2]] e o CPF [[ID_NUMBER|072.318.994-51]].
O: ¿Tiene el número de ella?
C: Tenho, é [[PHONE_NUMBER|+55 68 9 9937-1186]]. O do [[PERSON|Roberval]] é um número peruano, [[PHONE_NUMBER|nove sete um, três três zero, dois zero oito]].
O: ¿Sabe dónde está el bar?
C: Ela mandou a localização: fica na [[ADDRESS|rua atrás do mercado modelo, no segundo andar em cima da loja de celulares]]. A placa da moto dele é [[OTHER_ID|MCT-4E91]], do [[LOCATION|Acre]].
O: Gracias. ¿Y usted a qué número la llamamos?
C: No meu zap, [[PHONE_NUMBER|(68) 99904-3327]]. Meu email é [[EMAIL_ADDRESS|chiquinha.nogueira@bol.com.br]].
O: Vamos a comunicar a la policía y a la fiscalía de [[LOCATION|Madre de Dios]], y también al consulado de [[LOCATION|Brasil]].
C: Obrigada, moça. Eu tenho medo, ele sabe onde eu moro, na [[ADDRESS|casa amarela do lado da balsa velha]].
O: Entiendo, señora [[PERSON|Francisca]]. No lo busque; la llamamos mañana temprano.
""",
    ),
    (
        "h16-ve-09",
        "es",
        """
O: Línea contra la trata de personas, buenas noches.
C: Epa, buenas noches, mi vida. Disculpe, ¿aquí es donde uno puede denunciar lo de las chamas que traen engañadas?
O: Sí, señor. Cuénteme.
C: Mire, yo soy mesonero en una cevichería en [[LOCATION|Los Olivos]], la [[ORGANIZATION|Cevichería El Tiburón Criollo]], en la [[ADDRESS|avenida Carlos Izaguirre, cuadra 9, al lado del chifa]]. Me llamo [[PERSON|Yonaiker]], [[PERSON|Yonaiker Josué Malavé]], soy de [[LOCATION|Maturín]].
O: Gracias, [[PERSON|Yonaiker]]. ¿Qué ha visto?
C: El dueño, el señor [[PERSON|Aquiles Retamozo]], tiene a tres chamas trabajando de ayudantes de cocina, todas venezolanas. Una es [[PERSON|Génesis]], de [[AGE|diecisiete]], y las otras dos, [[PERSON|Yuleidy]] y la [[PERSON|Negra]], tendrán [[AGE|veinte]]. Duermen en el [[ADDRESS|tercer piso, en el cuartico sin ventana al fondo del pasillo]].
O: ¿Qué le hace pensar que están explotadas?
C: No les pagan, chamo. Les dice que deben 2500 soles del pasaje desde [[LOCATION|Cúcuta]]. Y de noche un pana del dueño, que le dicen el [[PERSON|Gocho]], se las lleva en un carro a otro sitio y vuelven a las cuatro de la mañana.
O: ¿Sabe a dónde las lleva?
C: Una vez escuché la dirección: [[ADDRESS|Jirón Las Turquesas 318, interior B]], en [[LOCATION|San Martín de Porres]]. El carro es un Hyundai negro, placa [[OTHER_ID|BFX-092]].
O: ¿Las chicas tienen sus documentos?
C: No, el señor [[PERSON|Aquiles]] les tiene los pasaportes y el PTP. El de [[PERSON|Génesis]] me lo dijo ella: [[ID_NUMBER|V-31.552.806]].
O: ¿Usted puede dejarnos un contacto?
C: Claro, mi número peruano es [[PHONE_NUMBER|nueve tres siete, cuatro cuatro ocho, cero dos uno]], y el venezolano, por si se me cae este, [[PHONE_NUMBER|0424-718-5539]]. Mi Instagram es [[OTHER_ID|yonaiker.malave_]].
O: Gracias. ¿Le han amenazado a usted?
C: Todavía no, pero si se entera me bota. Yo le pido que no digan mi nombre, ¿oíste?
O: Su identidad queda protegida. Vamos a coordinar con la policía y también con la OIM. Le llamamos mañana.
""",
    ),
    (
        "h16-andean-es-10",
        "es",
        """
O: Línea contra la trata, buenos días. Le escuchamos.
C: Allinllachu, señorita. Disculpe, mamay, yo llamo de [[LOCATION|Huamanga]], de [[LOCATION|Ayacucho]]. Es por mi wawa, mi hija mayorcita.
O: Buenos días, señora. Cuénteme con calma.
C: Mi hija se llama [[PERSON|Rocío]], [[PERSON|Rocío Cconislla Huamaní]]. Tiene [[AGE|quince añitos]] nomás. Una señora de la feria del domingo, la mama [[PERSON|Julia]], le ha dicho que en [[LOCATION|Lima]] hay trabajo de cuidar criaturitas, con buena plata, y se la ha llevado pues.
O: ¿Cuándo se fue?
C: [[DATE_TIME|El 20 de octubre]], en el carro de la noche, la empresa [[ORGANIZATION|Expreso Wari Tours]]. Desde ahí su celular no contesta, señorita. Yo lloro noche y día, manchakuni, tengo miedo.
O: La entiendo, señora. ¿Sabe a qué parte de [[LOCATION|Lima]] la llevaron?
C: Una vez llamó de otro número, llorando, dijo que está en [[LOCATION|Ate]], en una casa en [[ADDRESS|Huaycán, zona R, la que tiene una tienda de gaseosas abajo]]. Que limpia y cocina para toda la familia y no le pagan, y que la señora le grita ociosa, sonsa.
O: ¿Tiene ese número desde donde llamó?
C: Sí, mi hijito lo ha apuntado: [[PHONE_NUMBER|cero uno, tres cinco seis, cuatro uno, ocho dos]]. Y el celular de mi [[PERSON|Rocío]] es [[PHONE_NUMBER|966 204 818]].
O: ¿Y de la señora [[PERSON|Julia]] sabe algo más?
C: Su apellido es [[PERSON|Gómez]], creo. Vive en la [[ADDRESS|comunidad de Quinuapata, subiendo por la chacra de los eucaliptos, la casa con techo de teja al lado de la capilla]]. Su esposo tiene combi, dicen que la placa es [[OTHER_ID|W3D-771]].
O: ¿Tiene el DNI de su hija, señora?
C: Aquí tengo su partida y su DNI: [[ID_NUMBER|siete nueve cero tres uno cinco seis dos]]. Ella nació [[DATE_TIME|el 5 de enero de 2010]].
O: Gracias. ¿Cómo se llama usted, señora, y a qué número la llamamos?
C: [[PERSON|Juana Huamaní Quispe]], señorita. Mi número es [[PHONE_NUMBER|nueve ocho tres, cinco cinco uno, cero nueve siete]]. Yo no sé mucho leer, mi vecina me ayuda.
O: Señora [[PERSON|Juana]], vamos a pasar el caso a la fiscalía y a la policía de trata en [[LOCATION|Lima]]. Vaya también a la comisaría a poner la denuncia por desaparición; no tiene que pagar nada.
C: Sulpayki, señorita, gracias. Diosllay, que aparezca mi wawa.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h16-", "heldout16.jsonl")
