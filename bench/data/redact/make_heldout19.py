#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 19: ten fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py's conventions and the builder (make_heldout.py)
were read. Styles: three lowercase, unpunctuated Whisper-style Spanish transcripts
(market porter in Juliaca, waitress in a karaoke bar's toilet in Pucallpa, uncle in
Huánuco whose nephew went to a mine); two cased Spanish calls (nurse at a health post
in Madre de Dios, school teacher in Piura); an English call from a backpacker in Cusco;
a Brazilian Portuguese call from Iñapari; Colombian Spanish from Tumbes; Andean
Spanish with Quechua words from Ayacucho; a Lima taxi driver describing a drop-off.

All people, phone numbers, IDs, addresses, plates, accounts, handles, e-mails and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions
(hotline name/number, institutions, money, durations, counts and article numbers are
not PII).
"""

CALLS = [
    (
        "h19-lower-es-01",
        "es",
        """
O: linea contra la trata buenas noches le escuchamos
C: aló señorita buenas noches disculpe la hora yo soy cargador en el mercado acá en [[LOCATION|juliaca]] en el [[ORGANIZATION|mercado túpac amaru]] cargo bultos pues desde las cuatro de la mañana
O: no se preocupe señor cuénteme que ha pasado
C: hay un chiquito que carga conmigo se llama [[PERSON|elisban]] le decimos [[PERSON|pulguita]] tiene [[AGE|once añitos]] nomás y lo trae un señor de [[LOCATION|huancané]] todos los días y le quita toda la plata que gana
O: sabe como se llama ese señor
C: le dicen don [[PERSON|cirilo]] su apellido creo que es [[PERSON|ticona]] [[PERSON|cirilo ticona]] tiene un triciclo azul y guarda a los chicos de noche en un cuarto
O: sabe donde queda ese cuarto
C: si es en la [[ADDRESS|segunda cuadra del jirón 8 de noviembre]] pasando la ferretería es [[ADDRESS|el portón oxidado que tiene un candado de cadena]] adentro hay un [[ADDRESS|cuarto del fondo sin ventana]] ahí duermen como cinco chicos en el suelo yo lo he visto porque [[DATE_TIME|el jueves 19]] lo acompañé porque estaba enfermito y el don no lo dejó entrar al centro de salud le pegó con la soga de cargar
O: eso es muy grave el niño tiene algun documento sabe su dni
C: el chiquito me enseñó una copia que tenía en su mochila su dni es [[ID_NUMBER|siete nueve cero cuatro seis uno tres ocho]]
O: le repito [[ID_NUMBER|79046138]] es correcto
C: eso es señorita y también hay otra chiquita que vende bolsas en la [[ADDRESS|puerta tres]] le dicen [[PERSON|rosa chiquita]] esa tendrá [[AGE|nueve]]
O: entiendo y el señor tiene algun vehiculo
C: cuando los lleva lejos los sube a una combi blanca placa [[OTHER_ID|z2k cuatro siete uno]] que para en el [[ADDRESS|paradero de la salida a puno frente al grifo]]
O: muy bien vamos a comunicar esto a la policia y a la demuna ahora mismo me puede dar un numero para llamarlo
C: mi celular es [[PHONE_NUMBER|nueve cinco uno ocho cero tres]] no perdón [[PHONE_NUMBER|nueve cinco uno ocho cero tres dos seis cuatro]] ese es
O: y su nombre señor si quiere darlo
C: [[PERSON|fortunato]] nomás señorita [[PERSON|fortunato apaza]] pero no diga a nadie que le he llamado acá todos se conocen
O: su nombre queda reservado señor [[PERSON|fortunato]] gracias por llamar al 0800 2 3232 mañana le devolvemos la llamada
""",
    ),
    (
        "h19-lower-es-02",
        "es",
        """
O: linea contra la trata buenas noches en que le puedo ayudar
C: hola hola me escucha estoy en el baño del karaoke hablo despacito porque afuera está la señora
O: te escucho bien tranquila estás en peligro ahora
C: si estoy en [[LOCATION|pucallpa]] en el karaoke [[ORGANIZATION|la noche de tus ojos]] en la [[ADDRESS|avenida centenario kilómetro cuatro y medio]] al lado del lavadero de carros el que tiene luces moradas
O: como te llamas y cuantos años tienes
C: me llamo [[PERSON|keyla]] [[PERSON|keyla shahuano rengifo]] tengo [[AGE|dieciséis]] pero la señora dice que diga que tengo [[AGE|dieciocho]]
O: quien es la señora
C: la dueña se llama [[PERSON|nelly]] le dicen la [[PERSON|gringa]] y su socio es [[PERSON|ronald]] él cobra a los clientes por yape a su número [[PHONE_NUMBER|939 027 416]] nos hacen tomar y salir con ellos a los cuartos de atrás
O: cuantas chicas hay contigo
C: somos seis dos de [[LOCATION|contamana]] una de [[LOCATION|iquitos]] y otras de [[LOCATION|aguaytía]] nos dijeron que era para mesera con sueldo de 1200 soles y ahora dicen que debemos 800 del pasaje
O: tienes tu dni contigo
C: no me lo quitó la [[PERSON|gringa]] desde [[DATE_TIME|el 2 de octubre]] que llegué el número me lo sé es [[ID_NUMBER|seis dos cinco cuatro tres tres nueve ocho]]
O: donde duermen ustedes
C: arriba en el [[ADDRESS|segundo piso el cuarto que tiene la puerta pintada de rojo]] todas juntas y nos cierran con llave a las seis de la mañana
O: tienes un numero donde te pueda escribir
C: este celular es de una amiga [[PERSON|yanina]] el número es [[PHONE_NUMBER|nueve siete ocho dos cero uno cinco seis cuatro]] por whatsapp nomás y mi face es [[OTHER_ID|keyla sr bonita]]
O: muy bien [[PERSON|keyla]] vamos a mandar a la policia ahora mismo no abras la puerta a nadie que no sea policia
C: ya ya apúrense por favor la [[PERSON|gringa]] está tocando la puerta del baño
O: la policia ya va en camino quedate donde estas
""",
    ),
    (
        "h19-lower-es-03",
        "es",
        """
O: linea contra la trata buenas tardes
C: buenas tardes señorita llamo de [[LOCATION|huánuco]] de [[LOCATION|amarilis]] es por mi sobrino que se fue a trabajar a una mina y no sabemos nada
O: cuénteme como se llama su sobrino y cuantos años tiene
C: se llama [[PERSON|yordi]] [[PERSON|yordi espinoza trujillo]] tiene [[AGE|diecisiete]] cumple en [[DATE_TIME|diciembre]]
O: cuando se fue
C: se fue [[DATE_TIME|el 27 de agosto]] en la madrugada un enganchador le dijo que era para la [[ORGANIZATION|minera corona de oro]] por [[LOCATION|pataz]] en [[LOCATION|la libertad]] que le iban a pagar 90 soles diarios
O: quien es el enganchador
C: es un tal [[PERSON|maximiliano]] le dicen [[PERSON|max]] [[PERSON|tucto]] recluta en la plaza él paraba en el [[ADDRESS|restaurante de la esquina del jirón dos de mayo con huallayco]] ahí hacía firmar un papel y nos pidió depositar 300 soles a su cuenta del banco de la nación la [[OTHER_ID|cero cuatro tres tres uno seis uno ocho dos cero siete]] para el pasaje
O: su sobrino se ha comunicado
C: una sola vez llamó de un número raro el [[PHONE_NUMBER|cero cuatro cuatro siete seis cinco uno dos nueve]] dice que están en un [[ADDRESS|campamento arriba de la bocamina tres el de calaminas azules]] que trabajan veinte horas y no les pagan porque deben la comida
O: tiene usted el dni de su sobrino
C: si tengo su partida y su dni es [[ID_NUMBER|sesenta y uno cuarenta y ocho noventa y dos cero siete]]
O: le repito [[ID_NUMBER|61489207]]
C: si eso es y su celular era [[PHONE_NUMBER|962 540 718]] pero está apagado desde [[DATE_TIME|el domingo]]
O: vamos a pasar el caso a la fiscalia y a la policia de [[LOCATION|trujillo]] como se llama usted
C: [[PERSON|saturnino espinoza]] soy su tío por parte de padre su mamá [[PERSON|felícita]] está enferma por eso llamo yo
O: muy bien señor [[PERSON|saturnino]] a que numero lo llamamos
C: al [[PHONE_NUMBER|nueve cuatro tres cero ocho uno seis seis dos]] ahí me encuentra después de las seis
O: gracias la semana que viene lo llamamos para informarle
""",
    ),
    (
        "h19-es-04",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué podemos ayudarle?
C: Buenos días. Soy [[PERSON|Maribel Cahuana]], técnica de enfermería del [[ORGANIZATION|Puesto de Salud Santa Rosa de Huepetuhe]], en [[LOCATION|Madre de Dios]]. Llamo por una paciente que atendí esta madrugada.
O: Gracias, señora. Cuénteme.
C: Vino una chica que dice tener [[AGE|dieciocho]], pero por su desarrollo yo le calculo [[AGE|catorce o quince años]]. Tenía una infección y moretones en los brazos. La trajo una mujer que no la dejaba hablar sola, la llamaba [[PERSON|Sheyla]].
O: ¿Sabe de dónde viene la chica?
C: Me dijo en voz baja que es de [[LOCATION|Sicuani]], en [[LOCATION|Cusco]], que su verdadero nombre es [[PERSON|Nayeli Huillca]] y que trabaja en un prostibar que llaman [[ORGANIZATION|El Cielito Minero]].
O: ¿Sabe dónde está ese local?
C: En [[LOCATION|Delta 1]], [[ADDRESS|pasando el puente colgante, la tercera ramada de techo de plástico azul a mano izquierda]]. Las chicas duermen en unos [[ADDRESS|cuartitos de triplay detrás del grupo electrógeno]].
O: ¿La mujer que la acompañaba dejó algún dato?
C: En la ficha puso que se llama [[PERSON|Zoraida Mendoza Alca]], DNI [[ID_NUMBER|42317809]], y un celular, [[PHONE_NUMBER|983-114-527]]. Pero creo que todo es falso. Pagó 50 soles de la consulta en efectivo.
O: ¿Vio algún vehículo?
C: Se fueron en una moto lineal roja, de placa [[OTHER_ID|4417-8M]], manejada por un hombre que la chica llamaba [[PERSON|Chino]].
O: ¿La chica volverá al puesto?
C: Le di cita para el [[DATE_TIME|viernes 7 a las diez de la mañana]] para el control. Si viene, ¿qué hago?
O: Si viene, nos llama al 0800-2-3232 o a la comisaría, y trata de que espere en el tópico. Vamos a informar ya a la fiscalía especializada de [[LOCATION|Puerto Maldonado]]. ¿Me da un número suyo?
C: Mi celular es [[PHONE_NUMBER|+51 956 208 413]], y el correo del puesto es [[EMAIL_ADDRESS|ps.santarosa.huepetuhe@gmail.com]], pero mejor al personal, [[EMAIL_ADDRESS|maribel_cahuana84@hotmail.com]].
O: Gracias, [[PERSON|Maribel]]. Lo que hizo es muy valioso.
""",
    ),
    (
        "h19-es-05",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes. Le habla el profesor [[PERSON|Hernán Zapata Chunga]], docente de la [[ORGANIZATION|I.E. N.° 14738 Virgen de las Mercedes]], en [[LOCATION|Catacaos]], [[LOCATION|Piura]].
O: Buenas tardes, profesor. ¿En qué le ayudamos?
C: Tengo dos alumnas de segundo de secundaria, de [[AGE|13]] y [[AGE|14 años]], que faltan desde hace tres semanas. Sus compañeras dicen que una señora se las llevó a trabajar de empleadas a [[LOCATION|Chiclayo]].
O: ¿Tiene sus nombres?
C: Sí: [[PERSON|Milagros Yovera]] y [[PERSON|Thalía Sosa Ipanaqué]]. A [[PERSON|Thalía]] le dicen [[PERSON|Tati]]. Su código del SIAGIE es [[OTHER_ID|0014738120931]], si sirve.
O: ¿Qué se sabe de la señora?
C: Se presenta como [[PERSON|Yessenia]] y ofrecía trabajo por Facebook, en una página que se llama [[OTHER_ID|Empleos Piura Chiclayo Ya]]. También les escribía desde el número [[PHONE_NUMBER|973 – 40 – 15 – 96]].
O: ¿Alguien ha hablado con las chicas?
C: [[PERSON|Milagros]] mandó un audio a una amiga diciendo que no les dejan salir de una casa en [[LOCATION|José Leonardo Ortiz]], en la [[ADDRESS|calle Los Tallanes, cuadra 3, la casa con rejas verdes al frente del colegio inicial]], y que cuidan a cuatro niños y lavan ropa ajena.
O: ¿Las familias han denunciado?
C: La mamá de [[PERSON|Milagros]], la señora [[PERSON|Eulalia]], fue a la comisaría [[DATE_TIME|el lunes 11]], pero le dijeron que espere. Por eso llamo.
O: Entiendo. Son menores de edad; vamos a comunicar a la fiscalía de familia y a la policía de [[LOCATION|Lambayeque]]. La ley las protege, no importa lo que hayan firmado. ¿Tiene el DNI de alguna?
C: El de [[PERSON|Thalía]]: [[ID_NUMBER|8 1 2 0 5 6 7 4]].
O: ¿Y su contacto, profesor?
C: Mi celular, [[PHONE_NUMBER|969 552 031]]. Correo, [[EMAIL_ADDRESS|hzapata arroba ie14738 punto edu punto pe]].
O: Gracias, profesor [[PERSON|Zapata]]. Lo llamamos mañana.
""",
    ),
    (
        "h19-en-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, English? I'm a backpacker, I'm in [[LOCATION|Cusco]].
O: Yes, I speak English. How can I help you?
C: I'm staying at [[ORGANIZATION|Kusi Wasi Backpackers]], on [[ADDRESS|Cuesta de San Blas, the blue door right after the bakery with the bread oven]]. There's a kid who works the night desk, he says he's [[AGE|eighteen]] but he really looks like [[AGE|fourteen]].
O: What's making you worried about him?
C: He's there every night, like from eight till six, and then cleans in the morning. He sleeps in the [[ADDRESS|laundry room on the rooftop, next to the water tank]]. Last night he told me the owner keeps his ID and hasn't paid him since [[DATE_TIME|June]].
O: Do you know his name?
C: [[PERSON|Efraín]]. Everyone calls him [[PERSON|Fresh]]. He's from a village near [[LOCATION|Paruro]], I think.
O: And the owner?
C: A guy called [[PERSON|Rolando]], [[PERSON|Rolando Cusihuamán]]. His Instagram is [[OTHER_ID|at rolo underscore kusiwasi]]. Yesterday, [[DATE_TIME|Saturday the 14th]], around [[DATE_TIME|2 a.m.]], I heard him yelling and then a slap.
O: Thank you for telling us. Are you in a safe place now?
C: Yeah, I'm in [[ADDRESS|dorm 3, bunk 12, the top one]]. I'm leaving on the train to [[LOCATION|Aguas Calientes]] on [[DATE_TIME|Tuesday]].
O: Can I have your name and a way to reach you?
C: [[PERSON|Saoirse Nic Giolla]]. Irish number, [[PHONE_NUMBER|plus three five three, eight seven, two two four, nine one five three]]. Email [[EMAIL_ADDRESS|saoirse.ng.travels@gmail.com]]. My passport is [[ID_NUMBER|PX4081736]] if the police need it.
O: Thank you, [[PERSON|Saoirse]]. We'll pass this to the police and the child protection office tonight. Please don't confront the owner.
C: Okay. I paid forty soles a night, I really didn't expect this. Thanks.
""",
    ),
    (
        "h19-pt-07",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, moça. Desculpa, eu falo português, tá? Eu tô em [[LOCATION|Iñapari]], do lado de [[LOCATION|Assis Brasil]].
O: Sí, hable despacio, le entiendo.
C: Meu nome é [[PERSON|Francisca das Chagas Oliveira]], todo mundo me chama de [[PERSON|Chica]]. Eu trabalho vendendo açaí na [[ADDRESS|cabeceira da ponte, a barraca de lona verde]]. Tem uma menina brasileira, a [[PERSON|Raiane]], que tá presa numa casa aqui.
O: ¿Cuántos años tiene ella?
C: Ela falou que tem [[AGE|quinze]]. Veio de [[LOCATION|Brasileia]] com um homem, o [[PERSON|Edson]], que prometeu emprego de babá em [[LOCATION|Puerto Maldonado]]. Mas ele deixou ela aqui com uma mulher que chamam de Dona [[PERSON|Preta]].
O: ¿Sabe dónde es la casa?
C: É [[ADDRESS|atrás do posto de gasolina, a casa de madeira com a caixa d'água amarela, a segunda depois da borracharia]]. Ela fica no [[ADDRESS|quartinho dos fundos, aquele que tem grade]].
O: ¿Ella tiene documentos?
C: A mulher pegou o RG dela. A menina lembra o número: [[ID_NUMBER|um dois, três quatro cinco, seis sete oito, traço nove]]. Eu anotei: [[ID_NUMBER|12.345.678-9]].
O: ¿Le han hecho daño?
C: Ela me disse que [[DATE_TIME|no sábado passado, dia 21]], levaram ela pra um caminhoneiro, um de placa brasileira [[OTHER_ID|MZK 4B19]]. Ela chorou muito.
O: Vamos a comunicar a la policía y a la fiscalía. ¿Me da un número?
C: Meu WhatsApp é [[PHONE_NUMBER|+55 (68) 9 9977-3108]]. A chave Pix do [[PERSON|Edson]] é o CPF dele, [[ID_NUMBER|527.904.118-36]], e o número dele que a menina me passou é [[PHONE_NUMBER|zero, sessenta e oito, nove nove dois dois um, quarenta, cinquenta e cinco]].
O: Gracias, señora [[PERSON|Francisca]]. ¿Puede quedarse cerca sin llamar la atención?
C: Posso, eu fico na minha banca o dia inteiro, das sete às seis. A menina passa às vezes.
O: Muy bien. La policía va a ir hoy. Gracias.
""",
    ),
    (
        "h19-co-es-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Quiubo, buenas noches, señorita. Qué pena con usted molestarla a esta hora. Le hablo desde [[LOCATION|Tumbes]], yo soy colombiano, de [[LOCATION|Pereira]].
O: No se preocupe, cuénteme.
C: Mire, yo vine a trabajar en un langostinero con un parcero, y resulta que al man lo tienen allá trabajando como un esclavo, ¿sí me entiende? Se llama [[PERSON|Jhon Fredy Arango]], le decimos [[PERSON|Mono]], tiene [[AGE|veinticuatro años]].
O: ¿Dónde está trabajando?
C: En la [[ORGANIZATION|Acuícola Mar de Zarumilla]], por [[LOCATION|Zarumilla]], [[ADDRESS|la entrada de trocha después del kilómetro 1271 de la Panamericana, donde está el letrero de la virgen]]. Los tienen en unos [[ADDRESS|barracones junto a la poza número 9]].
O: ¿Qué le está pasando a él?
C: Le quitaron la cédula, la [[ID_NUMBER|1.088.274.615]], y le dicen que debe 2 millones de pesos del viaje. Le hacen trabajar de noche, y el capataz, un tal [[PERSON|Wilmer Cruz]], le pegó con un palo [[DATE_TIME|el miércoles]].
O: ¿Hay más personas en esa situación?
C: Sí, unos ocho, venezolanos y ecuatorianos también. Uno es peladito, de [[AGE|dieciséis]], le dicen [[PERSON|Cangrejo]].
O: ¿Tiene cómo comunicarse con su amigo?
C: Por WhatsApp, a un celular colombiano, el [[PHONE_NUMBER|+57 314 826 0593]]. Y él me mandó la ubicación por Google Maps, le doy el link: [[OTHER_ID|maps punto app punto goo punto gl barra 7Tq2Lr]].
O: Gracias. ¿Cómo se llama usted?
C: [[PERSON|Yeison Arbeláez]], a la orden. Mi número peruano es [[PHONE_NUMBER|nueve dos cinco, seiscientos once, ochenta y tres, cero siete]]. Y mi permiso de permanencia, el PTP, es [[ID_NUMBER|003817264]].
O: Vamos a pasar el caso a la policía y al Ministerio de Trabajo. ¿Su amigo puede salir si la policía va?
C: Sí, mi señora. Él está en la [[ADDRESS|barraca del fondo, la de la puerta con la bandera de Colombia]]. Qué pena, muchas gracias, usted es muy querida.
O: A usted. Lo llamamos mañana a las diez.
""",
    ),
    (
        "h19-qu-es-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. Dígame, mamá.
C: Alau, señorita, buenas tardes. Ay, disculpe, mi castellano es poquito nomás. Llamo de [[LOCATION|Huanta]], [[LOCATION|Ayacucho]]. Mi wawa se ha perdido, mi warmacha.
O: Tranquila, mamá. ¿Cómo se llama su hija?
C: [[PERSON|Sonia]], [[PERSON|Sonia Ccorahua Quispe]]. [[AGE|Chunka soqtayoq]], [[AGE|dieciséis años]] tiene, señorita.
O: ¿Qué pasó con ella?
C: Una señora, mama [[PERSON|Justina]], de la comunidad de [[LOCATION|Iribamba]], había dicho que en [[LOCATION|Lima]] hay trabajo de cocinera, 700 soles. Se la llevó en el carro de la noche, [[DATE_TIME|el día de la fiesta de Santiago]]. Ahora ya dos meses, ni una llamada, achachau.
O: ¿Tiene algún número de la señora o de su hija?
C: De la señora, mi sobrino me ha escrito en papelito: [[PHONE_NUMBER|nueve ocho uno, seis tres cuatro, cero dos cinco]]. De mi [[PERSON|Sonia]] no tiene celular, señorita.
O: ¿Sabe dónde estaría en [[LOCATION|Lima]]?
C: Una vez nomás ha llamado de otro teléfono, llorando. Ha dicho "mamay, mamay, en [[LOCATION|Gamarra]] estoy, en [[ADDRESS|un edificio de cinco pisos, piso tres, donde cosen polos]], no me dejan salir, cerrado está". Dueño es don [[PERSON|Teófilo]] dice.
O: ¿Su hija tiene DNI?
C: Sí, señorita, acá tengo. [[ID_NUMBER|Siete cero, tres dos, uno nueve, cuatro uno]]. Su nacimiento es [[DATE_TIME|14 de abril del 2008]].
O: Gracias, mamá. ¿Y cómo se llama usted?
C: [[PERSON|Alejandrina Quispe Huamaní]]. Vivo en [[ADDRESS|la chacra de arriba del puente de Pampamarca, al lado de la capilla]]. No tengo celular, este es de la tienda de la señora [[PERSON|Nilda]], [[PHONE_NUMBER|nueve seis seis cinco cero cero siete uno dos]].
O: Vamos a comunicar a la policía y a la fiscalía en [[LOCATION|Lima]] para que busquen a [[PERSON|Sonia]]. Un promotor de la Defensoría también la puede acompañar a hacer la denuncia en la comisaría de [[LOCATION|Huanta]].
C: Sulpayki, señorita, sulpayki. Encuéntrenla a mi wawa.
""",
    ),
    (
        "h19-taxi-es-10",
        "es",
        """
O: Línea contra la trata de personas, buenas noches.
C: Buenas noches. Mire, soy taxista, trabajo con aplicativo, y hace un rato hice una carrera que me dejó pensando. No sé si estoy exagerando.
O: Hizo bien en llamar. Cuénteme.
C: Recogí a un señor y a una chiquita en el [[ADDRESS|paradero de la avenida Túpac Amaru con Los Alisos, frente a la farmacia]], en [[LOCATION|Comas]]. Ella tendría [[AGE|trece]], [[AGE|catorce años]] como máximo, con el buzo del [[ORGANIZATION|colegio Fe y Alegría 11]] debajo de la casaca.
O: ¿Qué le llamó la atención?
C: Él la callaba todo el rato, le quitó el celular, y le decía "ya vas a ver a tu tío". La chiquita me miró por el retrovisor como pidiendo ayuda. El señor pidió el taxi con el usuario [[PERSON|Gianfranco R.]], y pagó 35 soles con Yape, desde el número [[PHONE_NUMBER|nueve ocho ocho, dos siete uno, cuatro cuatro tres]].
O: ¿Dónde los dejó?
C: En [[LOCATION|San Martín de Porres]]. Entramos por la [[ADDRESS|avenida Perú a la altura de la cuadra 34]], volteamos en el [[ADDRESS|parque de la cruz]], y los dejé en un [[ADDRESS|pasaje sin salida, la última casa, una de cuatro pisos sin tarrajear con una cochera de calamina plomo y un número 2F pintado a mano]]. Al lado hay un [[ORGANIZATION|hostal Los Ángeles del Norte]].
O: ¿A qué hora fue?
C: Los dejé a [[DATE_TIME|las 11:40]], anoche, el [[DATE_TIME|domingo 23]]. Cuando bajaron, un muchacho de polo rojo les abrió la reja, y vi a otras dos chicas en el [[ADDRESS|balcón del tercer piso]].
O: ¿Vio algún vehículo?
C: Había una camioneta gris estacionada, placa [[OTHER_ID|BDR-507]], y un mototaxi con el nombre "[[OTHER_ID|El Rey León 2]]" atrás.
O: Gracias, esto es muy útil. ¿Me da su nombre y un teléfono?
C: [[PERSON|Wálter Hinostroza]]. Mi celular, [[PHONE_NUMBER|nueve cuatro siete, treinta y dos, cero cinco, sesenta]]. Mi licencia es [[ID_NUMBER|Q-40215773]], y mi placa [[OTHER_ID|AXJ-882]], por si la policía quiere verificar.
O: Perfecto, señor [[PERSON|Hinostroza]]. Vamos a pasar todo a la policía ahora mismo. No regrese al lugar.
C: No, señorita. Tengo una hija de esa edad, por eso.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h19-", "heldout19.jsonl")
