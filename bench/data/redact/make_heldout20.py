#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 20: ten labelled calls for measuring how the redactor generalises.

Written by an outside test-data writer who never saw the redactor's code, tests or
results; only LABELS.md, make_dev.py (annotation conventions) and the builder
make_heldout.py were read. Styles: three lowercase unpunctuated Whisper-style Spanish
transcripts (a fisherman in Paita, a domestic worker whispering from a house in Surco,
a brother in Chiclayo); two cased Spanish calls (a priest in Puerto Maldonado, a labour
inspector in Ica); an English call from a volunteer in Iquitos; a Portuguese call from an
Angolan man in Lima; Venezuelan Spanish from a young car-wash worker in Trujillo; Andean
Spanish with Quechua words from a woman in Huancavelica; Spanish/English code-switching
from a returned migrant in Lima.

All people, phone numbers, ID numbers, addresses, plates, accounts, e-mails, handles and
businesses are invented. Markup [[TYPE|surface]] follows make_dev.py's conventions; the
hotline's name and number, institutions (Policía, Fiscalía, SUNAFIL, OIM...), money,
durations, counts, times of routine and legal article numbers are not labelled.
"""

CALLS = [
    (
        "h20-lower-es-01",
        "es",
        """
O: linea contra la trata buenas noches le escuchamos
C: aja buenas noches mire yo soy pescador aqui en [[LOCATION|paita]] y quiero contar algo que estoy viendo en la bolichera donde salgo
O: claro cuenteme con confianza esta usted seguro ahorita
C: si estoy en tierra ya en mi casa en [[ADDRESS|la tercera fila del asentamiento nueva esperanza pasando el tanque elevado]] la cosa es que en la embarcacion [[OTHER_ID|pa ciento treinta y ocho ce e]] que le dicen la [[ORGANIZATION|santa rosita dos]] llevan chibolos de la sierra de [[AGE|catorce]] [[AGE|quince años]] a trabajar en la pota
O: cuantos chicos son mas o menos
C: en la ultima salida que fue el [[DATE_TIME|veintidos de marzo]] eran cuatro se quedan veinte dias en alta mar sin pago ninguno dicen que les descuentan el pasaje desde [[LOCATION|huancabamba]] y la comida uno de ellos se llama [[PERSON|elmer]] [[PERSON|elmer huaman]] creo y otro le dicen [[PERSON|pollito]] que es de [[LOCATION|sondorillo]] y el motorista mi compadre [[PERSON|lucho]] tambien ha visto todo
O: quien es el responsable de la embarcacion
C: el patron es don [[PERSON|segundo ipanaque]] y el armador es un señor [[PERSON|chunga]] que tiene su oficina en [[ADDRESS|el muelle fiscal al costado del puesto de hielo numero nueve]]
O: sabe cuando vuelven a salir
C: el [[DATE_TIME|jueves doce]] en la madrugada salen a las cuatro dice el patron
O: gracias esto es importante vamos a pasar la informacion a la fiscalia y a la capitania de puerto me puede dejar un numero
C: ya apunte [[PHONE_NUMBER|nueve siete tres cero cuarenta y uno ochenta y ocho dos]] no perdon es [[PHONE_NUMBER|nueve siete tres cero cuarenta y uno ochenta y ocho cinco]]
O: le repito [[PHONE_NUMBER|973 041 885]] correcto
C: correcto mi nombre es [[PERSON|teofilo]] nomas no quiero dar apellido
O: esta bien señor [[PERSON|teofilo]] y el chico [[PERSON|elmer]] tiene algun familiar que usted conozca
C: su mama vende pescado en [[ADDRESS|el terminal pesquero puesto cuarenta y dos del pasadizo de los mariscos]] se llama doña [[PERSON|eulalia]] nomas se
O: muy bien no se acerque al patron la fiscalia va a coordinar con la policia antes del [[DATE_TIME|jueves]] si pasa algo llame al ochocientos dos treinta y dos treinta y dos
C: ya señorita gracias
""",
    ),
    (
        "h20-lower-es-02",
        "es",
        """
O: linea contra la trata buenas tardes en que le puedo ayudar
C: señorita hablo bajito porque me pueden escuchar estoy en la lavanderia de la casa
O: la escucho tranquila hable despacio esta en peligro ahora
C: no ahorita no pero no me dejan salir desde el [[DATE_TIME|quince de febrero]] que llegue trabajo aqui en [[LOCATION|surco]] cama adentro la señora me guarda mi dni
O: como se llama usted y cuantos años tiene
C: me llamo [[PERSON|yanet]] [[PERSON|yanet ccori layme]] tengo [[AGE|diecisiete]] vine de [[LOCATION|andahuaylas]] mi hermana [[PERSON|nilda]] cree que estoy estudiando
O: sabe la direccion de la casa
C: es en [[ADDRESS|la calle los halcones trescientos diez]] en la urbanizacion [[ADDRESS|las gardenias]] [[ADDRESS|la casa que tiene el porton de madera y la reja blanca al lado del parque de los patos]]
O: quien es la señora
C: se llama [[PERSON|marisol de la piedra]] y su esposo es el doctor [[PERSON|renzo]] tienen una camioneta negra placa [[OTHER_ID|be efe erre seis dos cero]] me pagan doscientos soles al mes y dicen que lo demas es por la comida yo duermo en [[ADDRESS|el cuartito de la azotea detras del tanque]]
O: le quitaron su documento
C: si mi dni es [[ID_NUMBER|siete seis dos cero nueve uno cuatro tres]] me dijo que si me voy me denuncia por robo
O: eso no es legal y usted no ha cometido ningun delito tiene celular propio
C: es de la otra chica que trabaja aqui [[PERSON|rosmery]] la que le dicen [[PERSON|chata]] su numero es [[PHONE_NUMBER|nueve cuatro uno dieciseis treinta y dos setenta]] yo no tengo
O: a que hora salen los señores de la casa
C: los [[DATE_TIME|martes]] salen a su club a las siete de la noche y vuelven tarde
O: muy bien [[PERSON|yanet]] vamos a coordinar con la policia y la fiscalia de familia porque eres menor de edad te vamos a escribir al numero de [[PERSON|rosmery]] solo con un mensaje corto
C: ya señorita por favor que no se entere la señora [[PERSON|marisol]] ni su hija [[PERSON|camila]]
O: no se va a enterar guarda este numero cero ochocientos dos tres dos tres dos y borra la llamada
C: ya gracias
""",
    ),
    (
        "h20-lower-es-03",
        "es",
        """
O: linea contra la trata buenos dias
C: buenos dias señorita llamo de [[LOCATION|chiclayo]] por mi hermana menor hace dos semanas que no se nada de ella
O: lo escucho como se llama su hermana
C: [[PERSON|katherine lucia sialer]] le decimos [[PERSON|kathy]] tiene [[AGE|dieciséis años]] cumplió el [[DATE_TIME|veinte de enero]]
O: que paso con ella
C: una tal [[PERSON|giuliana]] la contacto por facebook su perfil es [[OTHER_ID|giuli punto trabajos norte]] y le escribia del [[PHONE_NUMBER|nueve cuatro nueve cero dos siete siete uno tres]] le ofrecio trabajo de anfitriona en una discoteca en [[LOCATION|jaen]] se fue el [[DATE_TIME|domingo veintiocho]] en un bus de la empresa [[ORGANIZATION|transportes chiclayo express]]
O: sabe como se llama la discoteca
C: [[ORGANIZATION|la jarana vip]] queda dice [[ADDRESS|en la bajada del puente por el grifo repsol la casona de dos pisos al fondo del callejon]]
O: tiene el numero de [[PERSON|kathy]] o alguna red social
C: si es [[PHONE_NUMBER|nueve cinco ocho dos uno tres]] espere que se me corta [[PHONE_NUMBER|siete cero cuatro]] o sea [[PHONE_NUMBER|958 213 704]] y su tiktok es [[OTHER_ID|kathy sialer cero ocho]]
O: y su dni
C: [[ID_NUMBER|setenta y ocho cuarenta y cinco cero dos diecinueve]]
O: como se llama usted
C: [[PERSON|brayan sialer]] soy su hermano mayor mi numero es [[PHONE_NUMBER|979 660 128]] vivo en [[ADDRESS|la manzana ce lote catorce del pueblo joven san antonio]]
O: gracias [[PERSON|brayan]] ustedes le mandaron algun deposito a la señora
C: si le mandamos cien soles a la cuenta de la tal [[PERSON|giuliana]] la cuenta es [[OTHER_ID|19138745210033]] del bcp
O: muy bien guarde el voucher vamos a derivar a la fiscalia de [[LOCATION|cajamarca]] y a la policia de trata y usted ponga la denuncia por desaparicion en la comisaria
C: ya señorita gracias
""",
    ),
    (
        "h20-cased-es-04",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le puedo ayudar?
C: Buenas tardes, hija. Le habla el padre [[PERSON|Anselmo Guarniz]], soy párroco de la [[ORGANIZATION|Parroquia Santa Rosa de Laberinto]], en [[LOCATION|Puerto Maldonado]].
O: Buenas tardes, padre. Le escucho.
C: Ayer vino a la parroquia una muchacha muy asustada. Se llama [[PERSON|Edith]], dice que tiene [[AGE|dieciséis]], aunque aparenta menos, y que es de [[LOCATION|Sicuani]]. Se escapó de un prostíbulo en la zona de [[LOCATION|La Pampa]], en el [[ADDRESS|kilómetro 108 de la Interoceánica, entrando por la trocha que está frente al restaurante de los pollos a la brasa]].
O: ¿Ella está con usted ahora?
C: Sí, está en [[ADDRESS|la casa de las hermanas, detrás del templo, el cuarto del fondo que da al patio de los mangos]]. Pero la están buscando, padre, me dijo. Un tal [[PERSON|Cucho]], que ella cree se apellida [[PERSON|Villafuerte]], y una señora que le dicen la [[PERSON|Gringa]].
O: ¿Le contó algo más del lugar?
C: Que hay otras cinco chicas, dos de [[LOCATION|Cusco]] y una de [[LOCATION|Bolivia]]. El local se llama [[ORGANIZATION|Night Club El Dorado de Oro]]. Las hacen atender mineros y les cobran 50 soles por cada día que no trabajan. A ella la trajeron el [[DATE_TIME|15 de julio del año pasado]].
O: ¿Ha visto algún vehículo?
C: Ella recuerda una camioneta gris que la trajo, placa [[OTHER_ID|V3K-491]]. Y tiene un número del que le escribían: [[PHONE_NUMBER|982-551-037]].
O: Padre, vamos a alertar a la policía y a la fiscalía especializada de [[LOCATION|Madre de Dios]] ahora mismo. ¿Sabe el apellido de [[PERSON|Edith]]?
C: [[PERSON|Edith Yucra Mamani]]. No tiene documento, pero dice que su DNI empieza con [[ID_NUMBER|7 0 3 8]]... no recuerda el resto.
O: No importa. ¿A qué número le podemos devolver la llamada?
C: Al de la parroquia, [[PHONE_NUMBER|082 57 14 63]], que atiende la hermana [[PERSON|Clotilde]], o a mi celular, [[PHONE_NUMBER|nueve ocho cuatro, cero tres uno, dos dos seis]].
O: Gracias, padre [[PERSON|Anselmo]]. Que [[PERSON|Edith]] no salga de la casa de las hermanas hasta que llegue la policía.
C: Así será. Dios se lo pague.
""",
    ),
    (
        "h20-cased-es-05",
        "es",
        """
O: Línea contra la trata, buenos días. ¿Con quién hablo?
C: Buenos días. Soy [[PERSON|Mónica Arana Pacheco]], inspectora de trabajo de la SUNAFIL en [[LOCATION|Ica]]. Mi registro de inspectora es [[ID_NUMBER|INS-2217]].
O: Gracias, inspectora. ¿En qué la puedo apoyar?
C: El [[DATE_TIME|martes 5 de noviembre]] hicimos una visita al fundo [[ORGANIZATION|Agrícola Los Molles S.A.C.]], RUC [[ID_NUMBER|20603318754]], en [[LOCATION|Santiago]], en el [[ADDRESS|kilómetro 312 de la Panamericana Sur, entrando 2 kilómetros por el desvío del cementerio de Cachiche, lote 7 del sector La Venta]].
O: ¿Qué encontraron?
C: Unos 40 trabajadores de la uva alojados en galpones, varios adolescentes de [[LOCATION|Huanta]] y [[LOCATION|Ayacucho]]. Les retienen el DNI y les pagan con vales de la bodega del fundo, [[ORGANIZATION|Minimarket Doña Chabuca]]. Uno de los chicos, [[PERSON|Wilber Quispe Ñaupa]], de [[AGE|15 años]], tiene una herida en la mano sin atender. Otra, [[PERSON|Yolanda Cconislla]], tiene [[AGE|14]].
O: ¿Tiene sus datos?
C: DNI [[ID_NUMBER|74.902.118]]. Duerme en [[ADDRESS|el galpón B, tercera litera de la izquierda]]. El contratista que los trae se llama [[PERSON|Fidel Contreras]], alias [[PERSON|el Tuerto]], y tiene una combi blanca de placa [[OTHER_ID|C4J-705]].
O: Esto podría configurar trata con fines de explotación laboral, artículo 153 del Código Penal. ¿Ya informaron a fiscalía?
C: Estamos elaborando el acta, pero quería registrarlo con ustedes porque el contratista amenazó a los chicos con llevárselos el [[DATE_TIME|sábado 9]] a otro fundo en [[LOCATION|Chincha]].
O: Entendido. Derivamos a la fiscalía especializada y a la policía. ¿Un contacto directo?
C: Mi celular es [[PHONE_NUMBER|956 318 402]] y mi correo institucional [[EMAIL_ADDRESS|marana@sunafil.gob.pe]].
O: Gracias, inspectora [[PERSON|Arana]]. Le llamo esta tarde para coordinar.
C: Perfecto, quedo atenta.
""",
    ),
    (
        "h20-en-06",
        "en",
        """
O: Línea contra la trata, good evening.
C: Hi, good evening, I hope English is okay. My name is [[PERSON|Hannah Okafor-Lindqvist]], I'm a volunteer with a small clinic here in [[LOCATION|Iquitos]], the [[ORGANIZATION|Casa Sana Amazonía clinic]].
O: English is fine, [[PERSON|Hannah]]. What's happening?
C: Tonight a girl came in with an infection. She says she's [[AGE|fourteen]]. Her name is [[PERSON|Milagros]], she only gave me her first name, and said she's from [[LOCATION|Caballococha]]. She told the nurse she works on a boat, the riverboat [[ORGANIZATION|Doña Tere III]], which goes between [[LOCATION|Iquitos]] and [[LOCATION|Santa Rosa]], on the border.
O: What did she say about the boat?
C: The captain, [[PERSON|Wálter Panaifo]], and his wife, someone called Tía [[PERSON|Luzmila]], makes her clean cabins and "keep company" with passengers. She sleeps in [[ADDRESS|cabin 12 on the lower deck, next to the engine room]]. The boat is docked at [[ADDRESS|the Masusa port, third berth from the fuel barge]] and leaves again on [[DATE_TIME|Friday at dawn]].
O: Is she still at the clinic?
C: Yes, in [[ADDRESS|the back room by the pharmacy, on Calle Putumayo 1140]]. But a man was waiting outside for her, on a motocarro, plate [[OTHER_ID|NB-4127]].
O: We'll alert the police right away. Do you have a number she's been contacted on?
C: She showed me a WhatsApp, [[PHONE_NUMBER|plus five one, nine six five, four four zero, one nine eight]]. [[PHONE_NUMBER|+51 965 440 198]], sorry, I wrote it down.
O: Thank you. And your contact details?
C: My Peruvian number is [[PHONE_NUMBER|nine two seven, three three one, zero five four]], and email [[EMAIL_ADDRESS|hannah dot ol at protonmail dot com]]. My passport is Swedish, if that matters, [[ID_NUMBER|AA7730192]].
O: We won't need your passport, but thank you. Please keep [[PERSON|Milagros]] inside the clinic until the police arrive.
C: I will. Thank you so much.
""",
    ),
    (
        "h20-pt-07",
        "pt",
        """
O: Línea contra la trata, boa tarde. Pode falar em português.
C: Boa tarde, obrigado. Meu nome é [[PERSON|Domingos Kiala Neto]], sou angolano, de [[LOCATION|Luanda]]. Tenho [[AGE|trinta e dois anos]] e estou em [[LOCATION|Lima]] desde [[DATE_TIME|24 de julho]].
O: Pode contar, senhor [[PERSON|Domingos]].
C: Eu vim com uma promessa de trabalho numa construtora, a [[ORGANIZATION|Constructora Andes Global]]. Um senhor chamado [[PERSON|Baptista]] organizou tudo em [[LOCATION|Angola]], cobrou dois mil dólares, eu paguei na conta [[OTHER_ID|0040 0000 1123 4455 6101 7]] do banco. Chegando aqui, tiraram o meu passaporte, número [[ID_NUMBER|N2194837]].
O: Onde está morando agora?
C: Numa casa em [[LOCATION|San Juan de Lurigancho]], [[ADDRESS|na avenida Próceres, quadra 19, o portão azul ao lado da oficina de motos, quarto andar, o último quarto]]. Somos sete homens, dois de [[LOCATION|Congo]] e um de [[LOCATION|Guiné-Bissau]]. Trabalhamos doze horas e não pagam nada, dizem que é a dívida.
O: Alguém ameaçou vocês?
C: O encarregado, o [[PERSON|Tito]] [[PERSON|Carhuaz]], disse que se falarmos com a polícia vão nos deportar. Um rapaz, o [[PERSON|Mpanzu]], tem só [[AGE|dezassete anos]].
O: O senhor tem algum contato seguro?
C: Meu número peruano é [[PHONE_NUMBER|nove quatro oito, dois zero sete, seis um três]]. E o de [[LOCATION|Angola]], da minha esposa, [[PHONE_NUMBER|+244 923 418 660]], ela se chama [[PERSON|Esperança]].
O: Tem algum documento aqui no Peru?
C: Tenho um carné de extranjería que fizeram, número [[ID_NUMBER|001928374]], mas também está com eles. E o meu e-mail é [[EMAIL_ADDRESS|dkialaneto@yahoo.com.br]].
O: Vamos encaminhar à polícia e à OIM, que pode ajudar com o retorno se quiser. Ligaremos amanhã de manhã.
C: Muito obrigado, de verdade.
""",
    ),
    (
        "h20-ve-es-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le ayudo?
C: Épale, buenas noches, chama. Mira, te llamo desde [[LOCATION|Trujillo]], yo trabajo en un autolavado y la vaina está fea, pana.
O: Te escucho. ¿Estás en un lugar seguro?
C: Sí, ahorita estoy en el baño del lavadero. Llegué el [[DATE_TIME|2 de agosto]]. Se llama [[ORGANIZATION|Car Wash El Brillo Total]], queda en [[ADDRESS|la avenida América Norte, frente al óvalo Larco, al lado de la llantería del chino]].
O: ¿Qué está pasando?
C: El dueño, el señor [[PERSON|Óscar Benites]], nos tiene a cinco venezolanos durmiendo en [[ADDRESS|el depósito de atrás, arriba del techo de calamina donde guardan las ceras]]. Nos quitó las cédulas, la mía es [[ID_NUMBER|V-30.118.452]]. Trabajamos de siete a once y nos paga 15 soles, dice que lo demás es por el cuarto.
O: ¿Cómo te llamas y cuántos años tienes?
C: [[PERSON|Jhoiner]], [[PERSON|Jhoiner Alexander Piñango]], tengo [[AGE|diecinueve]]. Y hay un chamo de [[AGE|dieciséis]], [[PERSON|Yeferson]], que es de [[LOCATION|Maracay]], su cédula es [[ID_NUMBER|treinta y dos millones cuatrocientos diez mil ochocientos seis]].
O: ¿Hay amenazas?
C: Sí, el encargado, el [[PERSON|Catire]], que se llama [[PERSON|Rómulo]], dice que si hablamos nos echa a migraciones. Y al [[PERSON|Yeferson]] lo golpeó el [[DATE_TIME|lunes 3]].
O: ¿Tienes un número?
C: Este es prestado, el mío me lo quitaron. El Instagram mío es [[OTHER_ID|arroba jhoiner underscore pz]], por ahí me puedes escribir. O al número de mi mamá en [[LOCATION|Venezuela]], [[PHONE_NUMBER|cero cuatro doce, cinco ocho tres, veintiuno, cuarenta]].
O: Bien, [[PERSON|Jhoiner]]. Vamos a avisar a la policía y a la fiscalía. ¿La camioneta del dueño tiene placa?
C: Una Hilux roja, [[OTHER_ID|T2Z-886]].
O: Gracias, cuídate. Te contactamos mañana.
C: Dale, chama, gracias.
""",
    ),
    (
        "h20-andino-es-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Allinllachu, señorita. Disculpe, mamay, yo le llamo de [[LOCATION|Huancavelica]], de [[LOCATION|Lircay]]. Por mi wawa pues le llamo.
O: Buenas tardes, señora. La escucho con calma.
C: Mi hija [[PERSON|Rosalía]], [[PERSON|Rosalía Huamaní Ccanto]], tiene [[AGE|quince añitos]]. Una señora, mamá [[PERSON|Paulina]] [[PERSON|Chuquillanqui]], ha venido a la comunidad de [[LOCATION|Huayanay]], diciendo trabajo de cocinera en [[LOCATION|Lima]], en restaurante. Ya se ha llevado, señorita, en [[DATE_TIME|la fiesta de Santiago]], en el carro de la empresa [[ORGANIZATION|Expreso Wari Ñan]], el de las cinco de la mañana.
O: ¿Desde cuándo no sabe de ella?
C: Hace un mes ya, señorita. La última vez me ha llamado llorando, "mamitay, no me pagan, me encierran", ha dicho. Dice está en [[LOCATION|Villa El Salvador]], en [[ADDRESS|el mercado del sector tres, puesto de jugos al lado de la señora de los quesos]], y duerme en [[ADDRESS|la trastienda del puesto, en el altillo]].
O: ¿Tiene el número desde donde llamó?
C: Sí, mi sobrino ha apuntado: [[PHONE_NUMBER|nueve siete ocho, uno cinco, cero cero, seis uno]].
O: ¿Y el DNI de su hija?
C: Aquí tengo su partida y su DNI, señorita: [[ID_NUMBER|seis ocho, tres cuatro, siete cero, dos uno]].
O: Gracias. ¿Cómo se llama usted, señora?
C: [[PERSON|Marcelina Ccanto Quispe]], señorita. Vivo en [[ADDRESS|la chacra de abajo, pasando el puente de palo, la casita de adobe con techo de ichu]]. No tengo celular, el de mi vecino don [[PERSON|Pascual]], [[PHONE_NUMBER|967 204 339]].
O: Muy bien, mamá [[PERSON|Marcelina]]. Vamos a avisar a la policía de [[LOCATION|Lima]] y a la fiscalía. Usted también puede ir a la comisaría de [[LOCATION|Lircay]].
C: Ya, señorita. Añañay, Diospagrasunki.
""",
    ),
    (
        "h20-codeswitch-es-10",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Hi, buenas noches. Sorry, mi español está un poco rusty. I just came back de [[LOCATION|Estados Unidos]], estoy en [[LOCATION|Lima]] ahora.
O: No hay problema, puede hablar como se sienta cómodo.
C: Okay. My name is [[PERSON|Giancarlo Rospigliosi]], tengo [[AGE|27]], pero todos me dicen [[PERSON|Gian]]. I was working en [[LOCATION|Texas]], en una landscaping company, [[ORGANIZATION|Green Valley Lawn Services]], con una visa H-2B, desde [[DATE_TIME|marzo del 2024]].
O: ¿Qué pasó allá?
C: The recruiter here en [[LOCATION|Lima]], a guy named [[PERSON|Renato Salas]], charged us like three thousand dollars. Allá nos quitaron los pasaportes, vivíamos doce en [[ADDRESS|a trailer behind the Shell station on Route 59, lot number 14]]. Nunca pagaron overtime.
O: ¿Y ahora está seguro?
C: Yeah, I'm fine, pero hay otros todavía allá. Mi primo [[PERSON|Luis Ángel]], he's only [[AGE|twenty]], sigue en [[LOCATION|Houston]]. I want to report al recruiter porque sigue reclutando, tiene una oficina en [[ADDRESS|Jirón Cailloma 455, oficina 302, en el Cercado]].
O: ¿Tiene algún dato de contacto del reclutador?
C: Su Facebook es [[OTHER_ID|Renato Salas Empleos USA]], y su email [[EMAIL_ADDRESS|rsalas.jobsusa@gmail.com]]. Le depositamos en cuenta [[OTHER_ID|0011-0248-0201557733]] del BBVA.
O: Muy útil. ¿Me puede dejar su número?
C: Sure, es [[PHONE_NUMBER|nine four four, two two eight, three one seven]]. Y el número de mi primo allá es [[PHONE_NUMBER|+1 (832) 555-0147]].
O: ¿Y su DNI, para registrar la denuncia?
C: Es [[ID_NUMBER|40 77 19 62]]. I got back el [[DATE_TIME|18 de octubre]].
O: Gracias, [[PERSON|Giancarlo]]. Vamos a derivar a la fiscalía y a la OIM para el caso de su primo.
C: Thanks, really. Appreciate it.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h20-", "heldout20.jsonl")
