#!/usr/bin/env python3
# ruff: noqa: E501, RUF100
"""Held-out set 14: ten invented, labelled hotline calls for a one-off generalisation check
of the PII redactor.

Styles: four lowercase speech-recogniser transcripts without punctuation (numbers as digits
or words, dictated in pieces and corrected, fillers "este", "o sea", "pe", "ya", a surname
and a handle spelled, nicknames, a caller who gives only a first name); two cased,
punctuated calls from professionals (a hospital-clinic social worker in Trujillo, a
community radio host in Cerro de Pasco); one English call (a volunteer in Huaraz); one
Brazilian Portuguese call; one Colombian Spanish call; one Andean Spanish call with
Quechua words (Puno).

Traps that stay unlabelled: money amounts, durations, counts, generic schedules, the
hotline's own name and number (also spoken as words), Línea 100 and 105, public
institutions (Policía, Fiscalía, DEMUNA, CEM, SUNAFIL, Ministerio, Banco de la Nación,
Polícia Federal, consulates), legal article and law numbers, the age range of a job ad,
and ordinary words that are also names in the same call ("no hay luz", "déjenlos en paz",
"¡ay, Jesús!", "segundo piso").

Conventions (same as shared/eval/make_dev.py): PERSON spans exclude titles and articles
("la señora [[X]]", "don [[Y]]", "la comadre [[Z]]"); cue words ("DNI", "placa", "RUC")
stay outside ID/plate/phone spans; AGE includes "años" when said; DATE_TIME covers explicit
dates, named weekdays and clock times tied to an event, not relative words or schedules;
a spelled name is PERSON; a Yape/Plin number is a phone number (PHONE_NUMBER); bank
account numbers, plates, social-media handles and the names of recruiting pages/accounts
are OTHER_ID; a port, stall, floor/office, km of a road or rural description that locates
a place on its own is ADDRESS.

Written by an outside writer who never saw the redactor's code, tests or results; all
people, numbers, accounts, handles, plates, addresses and businesses are invented.

Run: PYTHONPATH=<repo> python make_heldout14.py  (writes heldout14.jsonl next to it)
"""

CALLS = [
    (
        "h14-asr-01",
        "es",
        """
O: linea contra la trata buenas tardes le escuchamos
C: alo señorita buenas tardes este llamo de [[LOCATION|bambamarca]] de [[LOCATION|cajamarca]] es por mi hija que se ha ido y ya no vuelve
O: tranquila señora cuenteme con calma como se llama su hija
C: se llama [[PERSON|milagros]] [[PERSON|milagros yupanqui chuquilin]] tiene [[AGE|dieciseis años]] se fue a [[LOCATION|chiclayo]] [[DATE_TIME|el domingo 8 de noviembre]] con una señora que le dicen la [[PERSON|gringa]]
O: y que le ofrecio esa señora
C: trabajo de moza en un restaurante pe que le iban a pagar mil doscientos soles pero o sea no es restaurante es una discoteca la [[ORGANIZATION|discoteca el trebol de oro]] queda en [[LOCATION|jose leonardo ortiz]] [[ADDRESS|a la espalda del mercado moshoqueque]] eso me dijo ella llorando que le hacen tomar con los clientes toda la noche y que la [[PERSON|gringa]] le ha quitado su dni
O: tiene el numero de dni de su hija
C: si este aca tengo la copia es [[ID_NUMBER|siete tres cero cuatro nueve uno dos seis]]
O: le repito [[ID_NUMBER|73049126]]
C: no señorita al final es ocho o sea [[ID_NUMBER|73049128]] ya disculpe
O: no se preocupe y de la señora [[PERSON|gringa]] sabe algo mas su nombre un numero
C: se llama [[PERSON|rosa]] creo no se su apellido ella pone anuncios en facebook en una pagina [[OTHER_ID|empleos al toque chiclayo]] y nos escribia de este numero [[PHONE_NUMBER|948 22 50 17]] y a ese mismo numero le yapee 150 soles para el pasaje de [[PERSON|milagros]]
O: el numero de su hija lo tiene
C: [[PHONE_NUMBER|nueve siete uno cero cero tres]] ya [[PHONE_NUMBER|cuatro cuatro dos]] pero desde [[DATE_TIME|el jueves]] esta apagado
O: señora como se llama usted
C: [[PERSON|asuncion chuquilin]] [[PERSON|chuquilin]] es con [[PERSON|c h u q u i l i n]]
O: y a que numero la llamamos señora [[PERSON|asuncion]]
C: a este mismo pe [[PHONE_NUMBER|976 418 305]] es de mi cuñado pero el me pasa
O: muy bien vamos a pasar el caso a la policia de [[LOCATION|chiclayo]] y a la fiscalia para que ubiquen a [[PERSON|milagros]] si ella vuelve a llamar dele este numero el cero ochocientos dos treinta y dos treinta y dos es gratis
C: ya señorita gracias dios le pague yo tambien llame a la linea cien y me dijeron que llame aca
""",
    ),
    (
        "h14-asr-02",
        "es",
        """
O: linea contra la trata buenas noches en que le ayudo
C: buenas noches este queria denunciar algo pero no quiero dar mi nombre completo tengo miedo que me boten
O: no hay problema como le puedo llamar
C: digame [[PERSON|jhony]] nomas
O: ya [[PERSON|jhony]] cuenteme que pasa
C: yo trabajo en un taller de confecciones en [[LOCATION|la victoria]] el taller esta en el [[ADDRESS|jiron hipolito unanue 1530 quinto piso]] y ahi hay chicas menores que viven en el taller o sea duermen ahi mismo en el sexto piso con candado
O: cuantas chicas son mas o menos
C: son como ocho unas son de [[LOCATION|huanuco]] otras de [[LOCATION|venezuela]] la mas chiquita tiene [[AGE|quince]] le dicen la [[PERSON|chinita]] su nombre es [[PERSON|yanina]] creo [[PERSON|yanina huaman]] y una venezolana [[PERSON|yusleidy]] me paso foto de su carne de extranjeria por si acaso es el [[ID_NUMBER|cero cero uno ocho cuatro siete dos seis tres]]
O: y trabajan cuantas horas
C: de siete de la mañana a once de la noche pe todos los dias les pagan 20 soles y les descuentan la comida y si reclaman el dueño les grita que le deben el pasaje
O: como se llama el dueño
C: el señor [[PERSON|ticona]] [[PERSON|wilber ticona]] y su señora la señora [[PERSON|nelly]] ella es la que cierra con candado venden por facebook como [[ORGANIZATION|confecciones ticona kids]] y en las etiquetas sale el ruc [[ID_NUMBER|20601847735]] y a las chicas las traen en una camioneta gris placa [[OTHER_ID|bdk 457]] o sea [[OTHER_ID|be de ka cuatro cinco siete]]
O: gracias [[PERSON|jhony]] eso ayuda mucho usted donde vive
C: yo vivo lejos en [[LOCATION|san juan de miraflores]] no quiero dar numero porque mi celular lo revisa mi pareja mejor un correo anote [[EMAIL_ADDRESS|jhony guion bajo sjm noventa y ocho arroba gmail punto com]]
O: le repito [[EMAIL_ADDRESS|jhony_sjm98@gmail.com]]
C: ya eso
O: vamos a pasar esto a la policia y a la fiscalia y tambien a sunafil no le vamos a decir a nadie que usted llamo
C: ya gracias porque la [[PERSON|chinita]] llora todas las noches
""",
    ),
    (
        "h14-asr-03",
        "es",
        """
O: linea contra la trata buenos dias
C: buenos dias señorita le hablo de [[LOCATION|pucallpa]] de [[LOCATION|yarinacocha]] es por mi sobrina [[PERSON|luz]] [[PERSON|luz clarita sanancino]] se la han llevado
O: cuantos años tiene su sobrina
C: [[AGE|catorce añitos]] señorita la subieron a la [[ORGANIZATION|motonave don jairo segundo]] que sale del [[ADDRESS|puerto la hoyada]] [[DATE_TIME|el jueves]] en la madrugada
O: quien se la llevo
C: un señor que le dicen [[PERSON|machin]] dice que la lleva a [[LOCATION|masisea]] para cocinar en su campamento maderero pero ella me mando un audio anoche que ahi la tienen para los trabajadores que no la dejan salir ya
O: sabe donde queda el campamento
C: pasando [[LOCATION|masisea]] son como tres horas en peque peque [[ADDRESS|la chacra de machin pasando el puente de la quebrada tushmo a mano izquierda]] eso dicen los que han ido
O: su sobrina tiene celular
C: no en la comunidad no hay luz ni señal el audio me lo mando del celular de otra chica el numero es [[PHONE_NUMBER|nueve siete uno]] [[PHONE_NUMBER|cero ocho]] [[PHONE_NUMBER|ocho cuatro]] [[PHONE_NUMBER|seis seis]]
O: [[PHONE_NUMBER|971 088 466]]
C: ajá ese
O: y el señor [[PERSON|machin]] tiene algun numero o le dio plata a la familia
C: si le mando 200 soles a mi hermana por plin al [[PHONE_NUMBER|961 507 238]] y despues le dijo que iba a depositar a la cuenta del banco de la nacion de ella la [[OTHER_ID|04-263-118570]] pero nunca deposito
O: como se llama su hermana la mama de [[PERSON|luz]]
C: [[PERSON|rosalia sanancino]] ella no habla mucho castellano por eso llamo yo
O: y usted como se llama
C: [[PERSON|delia]] nomas señorita [[PERSON|delia sanancino]] mi numero es el [[PHONE_NUMBER|+51 945 330 612]]
O: gracias señora [[PERSON|delia]] vamos a avisar a la policia y a la fiscalia de [[LOCATION|ucayali]] para que vayan al campamento
C: ya señorita por favor rapidito que es una niña
""",
    ),
    (
        "h14-asr-04",
        "es",
        """
O: línea contra la trata buenas tardes
C: buenas tardes señorita mire yo vendo en el mercado en [[LOCATION|huancayo]] y ya no aguanto ver lo que pasa con unos niñitos
O: la escucho señora que es lo que ve
C: hay una señora que le dicen la tía [[PERSON|chela]] que trae niños de [[LOCATION|pampas]] de [[LOCATION|huancavelica]] y los pone a vender caramelos y a pedir plata en [[ADDRESS|la esquina de calle real con giráldez frente a la farmacia]] desde las seis de la mañana hasta la noche
O: cuántos niños son y qué edad tienen
C: son cinco uno tendrá [[AGE|seis]] la más grandecita [[AGE|nueve años]] y en la noche la tía [[PERSON|chela]] les quita todo diez soles quince soles a cada uno
O: usted dijo que vende en el mercado los niños van ahí también
C: sí al [[ADDRESS|puesto 87 del mercado modelo]] el puesto de don [[PERSON|jesús]] ahí les guardan las cajas de caramelos don [[PERSON|jesús]] es compadre de ella ay jesús si viera cómo los trata al más chiquito lo jala de la oreja
O: sabe dónde viven los niños
C: con ella en [[LOCATION|chilca]] en el [[ADDRESS|pasaje los eucaliptos manzana c lote doce]] los recoge una motokar roja placa [[OTHER_ID|7730-4j]]
O: tiene algún otro dato de la señora
C: ella sube videos a tiktok con los niños vendiendo como si fuera gracioso su cuenta es [[OTHER_ID|@cheladulces_hyo]] con guion bajo
O: me puede dar su nombre y un número señora
C: me llamo [[PERSON|maría paz cárdenas]] mi número es [[PHONE_NUMBER|964 518 203]] no no perdón los dos últimos al revés [[PHONE_NUMBER|964 518 230]]
O: gracias señora [[PERSON|paz]] vamos a informar a la demuna de [[LOCATION|el tambo]] y a la policía para que intervengan
C: ya señorita yo solo quiero que a esos niños los dejen en paz que vayan al colegio
O: no se acerque a la señora y si ve que les pegan llame al 105 o aquí al 0800-2-3232
C: ya gracias señorita
""",
    ),
    (
        "h14-pro-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Le habla la licenciada [[PERSON|Patricia Alvarado Cueva]], trabajadora social de la [[ORGANIZATION|Clínica Virgen de la Puerta]], en [[LOCATION|Trujillo]]. Ya informamos al CEM y a la Fiscalía de turno, pero nos indicaron que también registremos el caso con ustedes.
O: Gracias, licenciada. Cuénteme, por favor.
C: Ingresó por emergencia una adolescente de [[AGE|14 años]], gestante de unas 30 semanas. La trajo un varón de unos [[AGE|45]] que dijo ser su tío, [[DATE_TIME|el sábado a las 11:40 p. m.]]
O: ¿Tiene los datos de la adolescente?
C: Sí. Se llama [[PERSON|Angélica Rodríguez Lozada]], DNI [[ID_NUMBER|78123904]], nacida [[DATE_TIME|el 3 de mayo de 2012]]. Es de [[LOCATION|Huamachuco]]. Con la psicóloga contó que hace dos años la trajeron a trabajar en un recreo, el [[ORGANIZATION|Recreo Campestre El Chalán]], en [[LOCATION|Moche]], y que ahí la obligaban a atender a los clientes.
O: ¿Y el señor que la trajo?
C: Presentó su DNI: [[PERSON|Segundo Teodoro Quiroz Ávila]], [[ID_NUMBER|41877260]]. [[PERSON|Angélica]] dice que no es su tío, que es el dueño del recreo. Vino en una camioneta, placa [[OTHER_ID|T6J-815]]; el vigilante la anotó.
O: ¿Él sigue en la clínica?
C: Estuvo hasta hace una hora en la sala de espera del segundo piso, insistiendo en llevársela. Ahora no lo vemos. Dejó como dirección [[ADDRESS|Mz. K, Lote 23, sector Las Casuarinas]], en [[LOCATION|Alto Trujillo]], y el celular [[PHONE_NUMBER|948 730 512]].
O: Entendido. Por lo que describe, hay indicios de explotación sexual de una menor, artículo 153-B del Código Penal. Vamos a pedir a la Policía que resguarde a la paciente y a la Unidad de Protección Especial que evalúe un albergue cuando le den el alta.
C: Se lo agradezco. Ella tiene miedo de que el señor [[PERSON|Quiroz]] vuelva. Pregunta todo el tiempo por su hermanita, [[PERSON|Soledad]], que se quedó en el recreo; tendrá unos [[AGE|12 años]].
O: Lo incluimos en la alerta a la Policía. ¿A qué número la podemos ubicar?
C: Al teléfono de la clínica, [[PHONE_NUMBER|(044) 29-4417]], o a mi celular, [[PHONE_NUMBER|+51 949 302 716]]. Y el correo institucional es [[EMAIL_ADDRESS|palvarado@cvpuerta.com.pe]].
O: Gracias, licenciada [[PERSON|Alvarado]]. Le llamaremos en las próximas dos horas.
""",
    ),
    (
        "h14-pro-02",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días. Mi nombre es [[PERSON|Wilfredo Ticse Huamán]], soy locutor de [[ORGANIZATION|Radio Altura Pasco]], en [[LOCATION|Cerro de Pasco]]. Llamo por un aviso que nos quisieron hacer pasar y que me parece muy sospechoso.
O: Buenos días, señor [[PERSON|Ticse]]. ¿Qué decía el aviso?
C: "Se necesitan señoritas de 15 a 20 años para atención en comedor de campamento minero, sueldo 1,800 soles, viaje y alojamiento pagados, sin experiencia". Lo trajo un señor que se presentó como el ingeniero [[PERSON|Rómulo Espinoza]], de la [[ORGANIZATION|Agencia de Empleos Horizonte Andino E.I.R.L.]]
O: ¿Le dejó algún dato?
C: Su tarjeta. RUC [[ID_NUMBER|20609915342]], oficina en [[ADDRESS|Jr. Bolognesi 418, segundo piso, a la espalda del mercado de Chaupimarca]], celular [[PHONE_NUMBER|963 720 145]]. Dijo que el campamento es de la [[ORGANIZATION|Minera Santa Clotilde]], en [[LOCATION|Huayllay]].
O: ¿Ustedes pasaron el aviso?
C: No, lo rechazamos. Pero vi que el mismo aviso está en Facebook, en el grupo [[OTHER_ID|Trabajos Pasco y Junín 2026]], y ya tiene muchos comentarios de chicas. Y una oyente, la señora [[PERSON|Eulalia]], me escribió que su sobrina [[PERSON|Yoselin]], de [[AGE|16 años]], ya se inscribió.
O: ¿Sabe cuándo piensan llevarlas?
C: Según el aviso, la salida es [[DATE_TIME|el viernes 4 de diciembre a las 8 de la noche]], desde [[ADDRESS|el paradero frente a la Plaza Carrión]], en un bus de [[ORGANIZATION|Transportes El Cóndor de Oro]].
O: Es muy útil. Una oferta así, para menores y con todo pagado, es una señal clara de captación. Vamos a informar a la Fiscalía y a la Policía de [[LOCATION|Pasco]], y a la DEMUNA de [[LOCATION|Yanacancha]] por la adolescente. ¿Tiene el número de la señora [[PERSON|Eulalia]]?
C: Sí, me escribió del [[PHONE_NUMBER|951 884 027]]. Su sobrina se apellida [[PERSON|Ccora]], [[PERSON|Yoselin Ccora Rivera]].
O: Gracias. ¿Y cómo lo ubicamos a usted?
C: En la radio, al [[PHONE_NUMBER|063 42 2518]], o al correo [[EMAIL_ADDRESS|prensa@radioalturapasco.pe]]. En mi programa de las seis de la mañana voy a leer una alerta sin dar nombres, y voy a dar el número de ustedes, el 0800-2-3232.
O: Perfecto, señor [[PERSON|Wilfredo]]. Es gratuito y atendemos las 24 horas. Le llamaremos hoy mismo.
""",
    ),
    (
        "h14-en-01",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, um, sorry, do you speak English?
O: Yes, I can help you in English. Go ahead.
C: Okay, thanks. My name is [[PERSON|Siobhan Kelly]], that's [[PERSON|S-I-O-B-H-A-N]]. I'm volunteering at a school in [[LOCATION|Huaraz]], and a couple of weeks ago I did a five-day trek with an agency here, and something really bothered me.
O: Thank you for calling, [[PERSON|Siobhan]]. What happened?
C: The agency is [[ORGANIZATION|Cordillera Peaks Adventure]]. We left from [[LOCATION|Cashapampa]] on [[DATE_TIME|the 16th]]. The donkey drivers were two boys, and one, a boy called [[PERSON|Nilton]], told me he's [[AGE|fourteen]]. He hadn't been paid for three treks, and he said he owes the boss for his boots and his sleeping bag.
O: Who is the boss?
C: A man they call Don [[PERSON|Teófilo]]. He owns the donkeys. He shouted at [[PERSON|Nilton]] all the time, and the boys slept outside with the animals, at like 4,700 metres, with no tent.
O: Did he say anything about his family, or whether he goes to school?
C: He's from a village near [[LOCATION|Carhuaz]]. He said he stopped going to school this year. The other boy is his cousin, [[PERSON|Wilber]], maybe [[AGE|sixteen]].
O: Do you know where the agency's office is?
C: It's on [[ADDRESS|Avenida Luzuriaga 612, second floor]], above a pharmacy. And their Instagram is [[OTHER_ID|@cordillerapeaks_huaraz]]. We paid 280 dollars each, there were six of us.
O: Thank you. What you describe could be child labour and possibly forced labour through debt. We'll pass it to the prosecutor and the police in [[LOCATION|Áncash]]. Can I have a number to reach you?
C: My Peruvian number is [[PHONE_NUMBER|943 615 208]], or my UK one, [[PHONE_NUMBER|+44 7700 900418]]. Email is [[EMAIL_ADDRESS|siobhan.kelly92@gmail.com]].
O: Thank you, [[PERSON|Siobhan]]. Please don't confront Don [[PERSON|Teófilo]] or the agency. We'll call you back this week.
C: Okay. I just keep thinking about [[PERSON|Nilton]] up there in the cold.
""",
    ),
    (
        "h14-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, a senhora fala português? Desculpa, eu não falo espanhol.
O: Sí, un poquito. Hable despacio, por favor.
C: Meu nome é [[PERSON|Cláudia Regina Monteiro]], eu moro em [[LOCATION|Campinas]], [[LOCATION|São Paulo]]. É sobre o meu filho, [[PERSON|Davi]]. Ele tem [[AGE|dezesseis anos]] e joga bola.
O: ¿Qué pasó con él?
C: Um empresário, o [[PERSON|Anderson Silveira]], que todo mundo chama de [[PERSON|Tuca]], levou ele para fazer teste num clube em [[LOCATION|Lima]], a [[ORGANIZATION|Academia Deportiva Real Chalaco]], no [[LOCATION|Callao]]. Eu paguei oito mil reais pra ele. Ele viajou [[DATE_TIME|dia 2 de setembro]].
O: ¿Y ahora dónde está?
C: Numa pensão na [[ADDRESS|Jirón Huáscar 1290]], em [[LOCATION|San Martín de Porres]]. Não tem teste nenhum. O [[PERSON|Tuca]] pegou o passaporte dele e agora ele trabalha doze horas num lava-rápido, o [[ORGANIZATION|Lavadero Turbo Clean]], pra pagar uma "dívida". Come uma vez por dia.
O: ¿Tiene el número del pasaporte?
C: Tenho. [[ID_NUMBER|FZ308512]]. E o CPF dele é [[ID_NUMBER|352.418.907-66]].
O: ¿Y un teléfono de [[PERSON|Davi]]?
C: O WhatsApp dele é [[PHONE_NUMBER|+55 19 99733-4182]], mas o [[PERSON|Tuca]] olha o celular dele. O Instagram do [[PERSON|Tuca]] é [[OTHER_ID|@tuca.agenciamento]], ele posta foto com vários meninos.
O: Entiendo. Vamos a avisar a la Policía y a la Fiscalía en [[LOCATION|Lima]]. También llame al consulado de [[LOCATION|Brasil]].
C: Já liguei, e também fiz boletim na Polícia Federal. Meu telefone é [[PHONE_NUMBER|(19) 3254-7719]], fixo, e o celular é [[PHONE_NUMBER|(19) 98112-6043]].
O: Gracias, señora [[PERSON|Cláudia]]. Le llamamos mañana.
C: Obrigada, moça. Ele é só um menino.
""",
    ),
    (
        "h14-co-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Aló, ¿sí? Buenas noches, qué pena con usted, ¿esta es la línea para denunciar la trata en [[LOCATION|Perú]]?
O: Sí, señora, dígame. ¿Desde dónde llama?
C: Le hablo desde [[LOCATION|Pereira]], [[LOCATION|Colombia]]. Es por mi hija, [[PERSON|Karen Lizeth Osorio Cardona]], tiene [[AGE|diecinueve años]]. Se fue [[DATE_TIME|el 28 de octubre]] con una amiga, la [[PERSON|Mona]], que le dijo que había trabajo de impulsadora en [[LOCATION|Lima]].
O: ¿Y dónde está ahora su hija?
C: Vea, no está en [[LOCATION|Lima]]. Me mandó la ubicación desde [[LOCATION|Tingo María]], de una discoteca que se llama [[ORGANIZATION|La Jungla VIP]]. Queda en la [[ADDRESS|carretera Federico Basadre, kilómetro 3, al frente de un grifo Primax]].
O: ¿Qué le ha contado ella?
C: Que le quitaron la cédula, que le dicen que debe 4.000 dólares del pasaje y que tiene que estar con los clientes hasta pagar. Y la [[PERSON|Mona]] ya ni le habla.
O: ¿Tiene el número de la cédula?
C: Sí, pues, [[ID_NUMBER|1.088.345.712]]. Y el celular de ella colombiano es [[PHONE_NUMBER|+57 312 448 9021]], pero le compraron un chip de allá, el [[PHONE_NUMBER|927 306 581]].
O: ¿Sabe algo de quién la recibió allá?
C: Un señor que le dicen [[PERSON|Paisa]], pero es peruano. A mí me pidieron plata para soltarla: que consigne a una cuenta de ahorros Bancolombia, la [[OTHER_ID|245-873910-22]], a nombre de [[PERSON|Jhon Fredy Arango]]. Yo no he mandado nada.
O: Hizo bien en no mandar. Vamos a comunicar el caso a la Policía y a la Fiscalía de [[LOCATION|Huánuco]], y le recomiendo avisar también al consulado de [[LOCATION|Colombia]]. ¿Cómo se llama usted?
C: [[PERSON|Gloria Amparo Cardona]]. Mi WhatsApp es el mismo de donde la llamo, [[PHONE_NUMBER|+57 315 602 7714]].
O: Gracias, señora [[PERSON|Gloria]]. Si [[PERSON|Karen]] vuelve a escribirle, dígale que llame gratis al 0800-2-3232.
C: Ay, mil gracias, mi amor. Que Dios la bendiga.
""",
    ),
    (
        "h14-and-01",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le ayudo?
C: Allillanchu, mamay. Disculpe, señorita, mi castellano no es muy bien. Llamo de [[LOCATION|Umachiri]], provincia de [[LOCATION|Melgar]], [[LOCATION|Puno]]. Es por mi wawa.
O: No se preocupe, señor, le entiendo. ¿Qué pasó con su hija?
C: Mi hija [[PERSON|Soledad]], [[PERSON|Soledad Huarachi Mamani]], tiene [[AGE|quince años]]. La comadre [[PERSON|Justina]] se la llevó a [[LOCATION|Arequipa]] [[DATE_TIME|el 2 de febrero]], para la fiesta de la Virgen, diciendo que iba a trabajar en casa y estudiar en el colegio nocturno.
O: ¿Y está estudiando?
C: Manan, señorita, no estudia nada. Ayer llamó llorando: "taytay, yanapaway". Dice que cocina, lava, cuida a dos wawitas, no duerme, y la señora [[PERSON|Yolanda]] le pega con la correa. Diez meses, y ni un sol le han pagado.
O: ¿Sabe la dirección de esa casa?
C: Mi hija dice [[LOCATION|Cerro Colorado]], [[ADDRESS|Urbanización La Libertad, manzana F, lote 9]], casa de tres pisos con rejas negras. El esposo de la señora tiene su carro blanco, placa [[OTHER_ID|V2A-604]].
O: ¿Y la comadre [[PERSON|Justina]], sabe su apellido o su número?
C: [[PERSON|Justina Larico]]. Su número es [[PHONE_NUMBER|noventa y cinco, uno cuarenta, veintiocho, diecinueve]]. Ella lleva imillas de la comunidad cada año, dice que les hace favor.
O: Le repito: [[PHONE_NUMBER|951 402 819]]. ¿Su hija tiene DNI?
C: Ari, tiene. [[ID_NUMBER|Siete cinco, ocho cero, dos dos, cuatro uno]]. Pero la señora [[PERSON|Yolanda]] le tiene guardado.
O: Gracias. ¿Y usted cómo se llama?
C: [[PERSON|Clemente Huarachi Condori]]. Vivo en la comunidad, [[ADDRESS|sector Qollpa, la casita al costado de la escuelita]]. No tengo celular, este es de mi sobrino, [[PHONE_NUMBER|973 260 514]].
O: Don [[PERSON|Clemente]], esto es muy grave. Vamos a avisar a la Fiscalía de familia y a la Policía de [[LOCATION|Arequipa]] para que rescaten a [[PERSON|Soledad]], y la DEMUNA la va a acompañar.
C: Sulpayki, mamay. Que Diosito le pague.
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h14-", "heldout14.jsonl")
