#!/usr/bin/env python3
# ruff: noqa: E501
"""Held-out set 12: ten invented hotline calls for a one-time generalisation check.

Written by an outside writer who never saw the redactor's code, tests or results.
Styles: four lowercase speech-recogniser transcripts without punctuation (numbers as
digits or words, dictated in pieces and corrected, fillers, a name and an e-mail spelled
letter by letter, nicknames, a caller who gives only a first name); two cased, punctuated
Spanish calls from professionals (a labour inspector, a bus-company clerk); one English
call (an exchange student's parent); one Portuguese; one Venezuelan Spanish; one Andean
Spanish with Quechua words. Traps that must stay unmarked: money, durations, counts,
generic times, the hotline, public institutions, legal article numbers.

All people, numbers, accounts, handles, plates, addresses and businesses are invented.
Markup [[TYPE|surface]] is turned into offsets by make_heldout.build() (LABELS.md format).

Run: PYTHONPATH=/work/main python make_heldout12.py  (writes heldout12.jsonl next to it)
"""



CALLS = [
    (
        "h12-es-asr-01",
        "es",
        """
O: linea contra la trata buenas noches le saluda la operadora en que le puedo ayudar
C: ya buenas noches señorita este mire le llamo de [[LOCATION|chiclayo]] de [[LOCATION|jose leonardo ortiz]] es por mi hija
O: si digame señora que ha pasado con su hija
C: mi hija se llama [[PERSON|luz]] bueno [[PERSON|luz marina chapoñan llontop]] tiene [[AGE|diecinueve años]] y se fue a [[LOCATION|bolivia]] a [[LOCATION|santa cruz]] porque vio un anuncio en el facebook
O: recuerda como se llamaba la pagina del anuncio
C: la pagina se llamaba [[OTHER_ID|empleos santa cruz al toque]] algo asi ofrecian trabajo de moza en restaurante con mil doscientos soles al mes y pasaje pagado
O: y desde cuando no sabe de ella
C: desde el [[DATE_TIME|quince de octubre]] ella me mando un audio llorando diciendo que le quitaron su carnet y que le cobran la comida y el cuarto y que no la dejan salir
O: tiene algun numero de ella
C: si el numero boliviano que le dieron es el [[PHONE_NUMBER|591 734 822 01]] no espere me equivoque es [[PHONE_NUMBER|591 734 822 10]] los dos ultimos son uno cero
O: le repito mas [[PHONE_NUMBER|591 73482210]] correcto
C: correcto su celular de aca lo dejo en la casa
O: ya señora y el dni de [[PERSON|luz marina]] lo tiene a la mano
C: si ahorita le leo es [[ID_NUMBER|cuarenta y siete cero ocho diecinueve cincuenta y tres]]
O: [[ID_NUMBER|47081953]] ya anotado ella le menciono el nombre del local o de alguna persona
C: dijo que la señora que la recibio se llama doña [[PERSON|nely]] y que el sitio es un karaoke que se llama [[ORGANIZATION|karaoke el tropezon]] en la [[ADDRESS|calle los totaises 318]] cerca de un mercado
O: tiene usted algun correo de su hija o alguna otra cuenta
C: su correo es [[EMAIL_ADDRESS|ele u zeta eme a ere i ene a guion bajo ce ele ele arroba hotmail punto com]] pero no contesta
O: ya le pido un numero suyo para devolverle la llamada
C: mi numero es [[PHONE_NUMBER|nueve siete nueve cuatro cinco dos ocho ocho uno]] por ahi mismo le yapee quinientos soles la semana pasada porque me dijo que tenia que pagar una deuda
O: y su nombre señora
C: [[PERSON|rosa]] nomas ponga [[PERSON|rosa]]
O: muy bien señora [[PERSON|rosa]] no le envie mas dinero vamos a comunicar el caso a la policia a la fiscalia y coordinar con cancilleria la llamamos mañana en la tarde
C: gracias señorita que diosito le pague
""",
    ),
    (
        "h12-es-asr-02",
        "es",
        """
O: linea contra la trata buenas tardes
C: alo si buenas tardes eh llamo de [[LOCATION|cerro de pasco]] pero no quiero dar mi nombre completo ah
O: no se preocupe puede ser anonimo cuenteme
C: hay un bar en [[LOCATION|yanacancha]] que se llama [[ORGANIZATION|la cueva del minero]] y ahi entran chicas menores de edad a atender a los mineros
O: sabe donde queda exactamente
C: esta en la [[ADDRESS|avenida los proceres cuadra 3 frente al grifo verde]] una puerta negra sin letrero
O: cuantas chicas ha visto
C: unas tres o cuatro una es de [[LOCATION|huanuco]] le dicen la [[PERSON|chinita]] parece de [[AGE|quince]] o [[AGE|dieciseis años]] maximo
O: sabe quien es el dueño
C: el dueño es el señor [[PERSON|eusebio rivas condor]] tiene tambien una camioneta blanca con la que las trae la placa es [[OTHER_ID|w4k 730]] no perdon [[OTHER_ID|w4k 703]]
O: de donde las trae
C: las recogen en el paradero del [[ADDRESS|kilometro doce de la carretera a huanuco]] por [[LOCATION|ninacaca]] eso dicen los vecinos
O: usted ve a las chicas seguido
C: si pues vivo al costado abren de lunes a sabado desde las ocho de la noche hasta las cuatro de la mañana y hay bulla todo el rato
O: alguna de las chicas le ha pedido ayuda
C: la [[PERSON|chinita]] una vez me pidio mi celular para llamar a su mama pero el señor [[PERSON|rivas]] la jalo del brazo
O: le puedo pedir un numero por si necesitamos mas datos
C: ya es el [[PHONE_NUMBER|943 618]] espere [[PHONE_NUMBER|225]]
O: [[PHONE_NUMBER|943 618 225]] correcto
C: correcto
O: y como le llamo
C: [[PERSON|santos]] nomas digame [[PERSON|santos]]
O: gracias don [[PERSON|santos]] vamos a pasar la informacion a la policia y a la fiscalia si ve una emergencia llame al 105 o a esta linea gratuita
C: ya gracias no le vaya a decir a nadie que yo llame
""",
    ),
    (
        "h12-es-asr-03",
        "es",
        """
O: linea contra la trata buenos dias con quien tengo el gusto
C: buenos dias señorita eh yo le llamo desde [[LOCATION|yurimaguas]] es que mi hijo se fue en un bote y ya no regresa
O: como se llama su hijo y cuantos años tiene
C: se llama [[PERSON|kevin]] [[PERSON|kevin arirama tuesta]] le decimos [[PERSON|chato]] tiene [[AGE|dieciseis años]] nomas
O: con quien se fue
C: con un contratista que le dicen [[PERSON|puma]] su nombre es [[PERSON|wilder tuanama]] dijo que era para trabajar en un aserradero y le dio trescientos soles de adelanto
O: a donde lo llevaron
C: se embarco en la [[ORGANIZATION|motonave eduardo quinto]] para [[LOCATION|lagunas]] y de ahi a un campamento que se llama [[ORGANIZATION|el shiringal]] son como cuatro dias de viaje
O: cuando salio
C: salio el [[DATE_TIME|dos de noviembre]] bien temprano y desde hace tres semanas no contesta
O: el [[PERSON|kevin]] tiene dni
C: si su dni es [[ID_NUMBER|75021 486]] no perdon [[ID_NUMBER|75021468]] los ultimos son seis ocho
O: tiene algun numero del señor [[PERSON|tuanama]]
C: si el numero es [[PHONE_NUMBER|novecientos treinta y ocho cuarenta y uno cero cero setenta y dos]]
O: o sea [[PHONE_NUMBER|938 410 072]]
C: eso señorita
O: y su nombre por favor
C: me llamo [[PERSON|teobaldo ahuanari]] con hache [[PERSON|a h u a n a r i]]
O: gracias señor [[PERSON|teobaldo]] y donde vive usted
C: en el [[ADDRESS|pasaje las palmeras 140]] por la bajada al puerto al lado de la iglesia adventista
O: y su celular
C: [[PHONE_NUMBER|novecientos sesenta y cinco cero ochenta y dos trescientos treinta y uno]]
O: [[PHONE_NUMBER|965 082 331]] vamos a avisar a la policia y a la fiscalia de [[LOCATION|alto amazonas]] y la demuna va a llamarlo tambien
C: gracias mamita que sea rapido porque mi [[PERSON|chato]] es menor de edad
""",
    ),
    (
        "h12-es-asr-04",
        "es",
        """
O: linea contra la trata buenas noches en que le ayudo
C: hola señorita disculpe que hable bajito es que estoy escondida en el baño
O: tranquila aqui te escuchamos estas en peligro ahora
C: si creo que si estoy en [[LOCATION|san juan de miraflores]] en una casa donde me hacen trabajar y no me dejan salir
O: como te llamas
C: [[PERSON|pilar]]
O: [[PERSON|pilar]] cuantos años tienes
C: [[AGE|veinte]] soy de [[LOCATION|bagua]] de [[LOCATION|amazonas]] llegue el [[DATE_TIME|veintiocho de agosto]]
O: como llegaste a esa casa
C: por un tiktok que se llama [[OTHER_ID|arroba chamba guion bajo lima guion bajo ya]] decian cuidar niños con ochocientos soles pero me pagan doscientos y me hacen trabajar de cinco de la mañana a once de la noche
O: quien te tiene ahi
C: la señora [[PERSON|marleni]] y su hijo [[PERSON|brayan]] ellos tienen mi dni y me dicen que si me voy me denuncian por robo
O: sabes la direccion de la casa
C: es [[ADDRESS|manzana f lote 9 asentamiento humano los laureles]] cerca del [[ADDRESS|paradero la curva de pamplona]] una casa de tres pisos color melon
O: muy bien me puedes dar tu nombre completo
C: [[PERSON|pilar yampis]] ye griega [[PERSON|y a m p i s]]
O: y a que numero te podemos llamar
C: este celular es de una vecina el numero es [[PHONE_NUMBER|nueve nueve cuatro]] eh [[PHONE_NUMBER|cero tres uno]] [[PHONE_NUMBER|siete ocho seis]] no no [[PHONE_NUMBER|seis ocho siete]]
O: a ver [[PHONE_NUMBER|994 031 687]]
C: si ese
O: [[PHONE_NUMBER|994 031 687]] listo tienes algun familiar que podamos avisar
C: mi mama [[PERSON|elvira]] en [[LOCATION|imaza]] pero alla casi no hay señal
O: [[PERSON|pilar]] vamos a mandar a la policia ahora mismo no abras la puerta a nadie y si puedes no apagues ese celular
C: ya señorita gracias ya me estan llamando
""",
    ),
    (
        "h12-es-cased-01",
        "es",
        """
O: Línea contra la trata, buenos días, le habla la operadora.
C: Buenos días. Le habla [[PERSON|Ernesto Vilca Zavaleta]], inspector de trabajo de SUNAFIL en [[LOCATION|La Libertad]]. Llamo para reportar lo que encontramos en una inspección.
O: Adelante, inspector.
C: El [[DATE_TIME|martes 18 de noviembre]] inspeccionamos el fundo de la empresa [[ORGANIZATION|Agrícola Los Médanos S.A.C.]], RUC [[ID_NUMBER|20604418273]], en [[LOCATION|Virú]]. Hay unos 40 trabajadores traídos por una contratista, [[ORGANIZATION|Servicios Generales Chimú E.I.R.L.]]
O: ¿Qué condiciones encontraron?
C: Jornadas de 14 horas, les pagan 35 soles diarios y les descuentan el alojamiento. Duermen en un galpón en el [[ADDRESS|km 512 de la Panamericana Norte]], con candado por fuera en la noche.
O: ¿Hay menores de edad?
C: Sí, al menos dos. Un chico, [[PERSON|Yeferson Cotrina]], de [[AGE|15 años]], y una adolescente, [[PERSON|Cruz Marleny Huamán]], de [[AGE|16]]. Los dos son de [[LOCATION|Huamachuco]]. A [[PERSON|Cruz]] le retuvieron el DNI, [[ID_NUMBER|78345120]].
O: ¿Quién es el responsable de la contratista?
C: Un señor [[PERSON|Gerson Alva Rebaza]], le dicen "[[PERSON|Gato]]". Los traslada en un bus con placa [[OTHER_ID|T2F-884]].
O: Entendido. Esto podría configurar trata con fines de explotación laboral, artículo 153 del Código Penal. ¿Ya informaron a la Fiscalía?
C: Todavía no; por eso llamo, para que ustedes deriven también al Ministerio de la Mujer por los menores.
O: Claro. ¿Me da un número de contacto?
C: Mi celular es [[PHONE_NUMBER|949 133 806]], y la oficina es el [[PHONE_NUMBER|(044) 48-1207]], anexo 12. Mi correo, [[EMAIL_ADDRESS|evilca@sunafil.gob.pe]].
O: Le confirmo: [[PHONE_NUMBER|949 133 806]] y [[EMAIL_ADDRESS|evilca@sunafil.gob.pe]].
C: Correcto. Los trabajadores dicen que el señor [[PERSON|Alva]] los amenaza con no pagarles los tres meses que les debe si hablan.
O: Gracias, inspector [[PERSON|Vilca]]. Derivamos hoy a la Fiscalía especializada y a la Policía, y le enviamos la ficha por correo.
C: Perfecto, quedo atento. Buen día.
""",
    ),
    (
        "h12-es-cased-02",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Le llamo de la agencia de [[ORGANIZATION|Transportes Señor de Huanca]] en [[LOCATION|Andahuaylas]]. Mi nombre es [[PERSON|Socorro Palomino]], trabajo en boletería.
O: Dígame, señora [[PERSON|Socorro]].
C: Hay una niña que va a viajar a [[LOCATION|Lima]] con un señor que no es su familiar. Se ve muy chiquita y está llorando.
O: ¿Cómo sabe que no es su familiar?
C: Porque él compró los pasajes con su DNI, [[ID_NUMBER|41873326]], a nombre de [[PERSON|Fidel Ccorahua Pillaca]], y el DNI de la niña dice [[PERSON|Mercedes Huamaní Quispe]]. Nació el [[DATE_TIME|3 de mayo de 2012]], tiene [[AGE|13 años]]. No tiene permiso notarial.
O: ¿Me puede leer el número de DNI de la niña?
C: Sí: [[ID_NUMBER|78120954]].
O: ¿Le dijo algo la niña?
C: Me dijo bajito que es de [[LOCATION|Pacucha]] y que el señor le dijo que la iba a llevar a trabajar a una pollería en [[LOCATION|Ate]]. Él dice que es su tío.
O: ¿A qué hora sale el bus?
C: Sale en una hora. Es la unidad [[OTHER_ID|208]], placa [[OTHER_ID|F5Q-962]], asiento 23 y 24. El pasaje costó 70 soles cada uno.
O: ¿Tiene algún número del señor?
C: Dejó este en el registro de pasajeros: [[PHONE_NUMBER|983-447-120]].
O: Bien. Vamos a comunicar a la comisaría y a la DEMUNA ahora mismo. ¿Dónde queda la agencia?
C: En la [[ADDRESS|Av. Perú 415]], al costado del grifo, frente a la plaza de [[LOCATION|Talavera]] no, perdón, en [[LOCATION|Andahuaylas]] mismo.
O: ¿Y un número donde la podamos llamar?
C: El fijo de la agencia, [[PHONE_NUMBER|083 42 1956]], o mi celular [[PHONE_NUMBER|951 780 233]].
O: Señora [[PERSON|Socorro]], si puede, no deje subir a la niña hasta que llegue la policía. Gracias por llamar.
C: Sí, ya le dije al chofer. Gracias.
""",
    ),
    (
        "h12-en-01",
        "en",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, hello, do you speak English? I'm calling from Canada.
O: Yes, I can help you in English. Go ahead.
C: My name is [[PERSON|Heather McAllister]], I'm in [[LOCATION|Winnipeg]]. My daughter [[PERSON|Summer]] is on an exchange program in [[LOCATION|Moyobamba]], she's [[AGE|17]].
O: What is happening with her?
C: The program is called [[ORGANIZATION|Horizons Youth Exchange]]. She's staying with a host family, the [[PERSON|Panduro]] family, and the father, [[PERSON|Ronald Panduro]], makes her work at his hotel, the [[ORGANIZATION|Hospedaje Las Orquídeas]], cleaning rooms every day after school, no pay.
O: Is she able to leave or contact you freely?
C: Not really. He took her passport, "for safekeeping", he said. It's [[ID_NUMBER|HK482917]]. And he checks her phone. She messaged me through a friend's Instagram last night.
O: Do you know the friend's account?
C: It's [[OTHER_ID|@vale.rengifo_]], and [[PERSON|Summer]]'s own account is [[OTHER_ID|@summer.in.peru]], but she says he reads it.
O: Since when is this happening?
C: Since she moved there on [[DATE_TIME|September 2nd]]. We paid 3,200 dollars for a six-month program and nobody at the agency answers.
O: Do you have the address of the house?
C: Yes, it's [[ADDRESS|Jirón Pedro Canga 780]], the blue house next to the hotel.
O: And a number for [[PERSON|Summer]]?
C: Her Peruvian number is [[PHONE_NUMBER|+51 942 305 118]]. Mine is [[PHONE_NUMBER|+1 (204) 555-0187]]. My email is [[EMAIL_ADDRESS|heather dot mcallister at shaw dot ca]].
O: Thank you, [[PERSON|Heather]]. Let me read back: [[PHONE_NUMBER|942 305 118]] for your daughter.
C: That's right.
O: We'll alert the police and the prosecutor in [[LOCATION|San Martín]] and your embassy. You can also contact IOM. We'll call you back tomorrow.
C: Thank you so much, I just want her safe.
""",
    ),
    (
        "h12-pt-01",
        "pt",
        """
O: Línea contra la trata, buenos días.
C: Bom dia, moça. Desculpa, eu falo português, a senhora entende?
O: Sí, entiendo un poco. Hable despacio, por favor.
C: Meu nome é [[PERSON|Raimunda Oliveira Batista]], sou de [[LOCATION|Porto Velho]], [[LOCATION|Rondônia]]. Estou ligando pelo meu irmão, [[PERSON|Edivaldo]], a gente chama ele de [[PERSON|Dedé]].
O: ¿Cuántos años tiene? Quantos anos?
C: [[AGE|Vinte e três anos]]. Ele foi para [[LOCATION|Ilo]], em [[LOCATION|Moquegua]], trabalhar num barco de pesca, o [[ORGANIZATION|Don Aurelio II]].
O: ¿Quién le ofreció el trabajo?
C: Um tal de [[PERSON|Cláudio Mendes]], que anunciou num grupo do Facebook, [[OTHER_ID|Brasileiros no Peru Empregos]]. Prometeu dois mil soles por mês.
O: ¿Y qué pasó?
C: Ele embarcou no [[DATE_TIME|dia 9 de outubro]]. Agora fica vinte dias no mar, não recebe nada, e dizem que ele deve a passagem e a comida. O documento dele ficou com o [[PERSON|Cláudio]].
O: ¿Tiene su número de documento?
C: Tenho o CPF dele: [[ID_NUMBER|052.318.447-61]].
O: ¿Y un teléfono de él?
C: O número peruano dele é [[PHONE_NUMBER|951 604 377]], mas só funciona quando o barco volta. Ele mora num quarto na [[ADDRESS|Pasaje Los Delfines 44, segundo andar]].
O: ¿Y su número, señora?
C: [[PHONE_NUMBER|+55 69 99341-2208]], é WhatsApp também. Eu mandei oitocentos reais pelo Pix para ele semana passada.
O: Repito: [[PHONE_NUMBER|+55 69 99341-2208]].
C: Isso mesmo.
O: Gracias, señora [[PERSON|Raimunda]]. Vamos a avisar a la Policía y a la Capitanía, y la llamamos por WhatsApp.
C: Obrigada, moça, Deus te abençoe.
""",
    ),
    (
        "h12-es-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor. Mira, disculpa la hora, es que estoy burda de preocupada por mi prima, vale.
O: Tranquila, cuénteme. ¿Cómo se llama usted?
C: Yo soy [[PERSON|Yorgelis Rondón]], soy de [[LOCATION|Maracaibo]] pero estoy aquí en [[LOCATION|Callao]] hace dos años.
O: ¿Y su prima?
C: [[PERSON|Mariangel Rondón Urdaneta]], tiene [[AGE|diecisiete]], chama todavía. Se vino por [[LOCATION|Ecuador]], entró por [[LOCATION|Huaquillas]], porque una tipa le ofreció trabajo de modelo.
O: ¿Quién es esa persona?
C: Una que le dicen la [[PERSON|Gocha]], se llama [[PERSON|Yaneth]]. Tiene un Instagram, [[OTHER_ID|@yaneth_modelos_vip]], y ahí mismo publican las fotos de las chamas.
O: ¿Dónde está su prima ahora?
C: En un edificio en el [[ADDRESS|Jr. Vigil 1182, tercer piso]], ella me mandó la ubicación el [[DATE_TIME|sábado 22]] y desde ahí nada, pana.
O: ¿Tiene algún documento de ella?
C: La cédula, [[ID_NUMBER|V-31.447.820]]. Se la quitaron, dicen que les debe 2.000 dólares del viaje.
O: ¿Le piden depósitos?
C: Sí, a la mamá le dieron una cuenta del BCP para pagar la deuda, la [[OTHER_ID|191-38472915-0-84]]. Qué arrechera, de verdad.
O: No depositen nada. ¿Tiene números de teléfono?
C: El de ella venezolano, [[PHONE_NUMBER|+58 424 518 3360]], pero no le llegan los mensajes. El mío es [[PHONE_NUMBER|917 220 645]].
O: ¿Usted tiene carné de extranjería?
C: Sí, el [[ID_NUMBER|003418925]].
O: Bien, señora [[PERSON|Yorgelis]]. Vamos a derivar esto a la Policía y a la Fiscalía de inmediato porque es menor de edad.
C: Gracias, mi vida, de verdad, que Dios te bendiga.
""",
    ),
    (
        "h12-es-andino-01",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Allinllachu, señorita. Buenas tardes. Disculpe, no hablo bien castellano.
O: No se preocupe, papá. Hable tranquilo. ¿Desde dónde llama?
C: De [[LOCATION|Lircay]], de la comunidad de [[LOCATION|Ccochaccasa]], [[LOCATION|Huancavelica]]. Es por mi nietecita, mi wawa.
O: ¿Cómo se llama su nieta?
C: [[PERSON|Flor de María Yupanqui Ccanto]]. [[PERSON|Florcita]] le decimos. Tiene [[AGE|trece añitos]] nomás.
O: ¿Qué pasó con ella?
C: La comadre [[PERSON|Justina Llactahuamán]] se la llevó a [[LOCATION|Ica]] el [[DATE_TIME|10 de febrero]], diciendo que va a estudiar y ayudar en casa. Le prometió 300 soles cada mes, pero ni un sol ha mandado.
O: ¿Con quién está en [[LOCATION|Ica]]?
C: En casa del ingeniero [[PERSON|Salas]], en la [[ADDRESS|urbanización San Isidro, calle 4, casa 22]]. Allá lava, cocina, cuida wawas, y no va al colegio. Llorando nomás llama, mana allinchu, señorita.
O: ¿Cuándo habló con ella por última vez?
C: Hace dos semanas. Dijo que la señora le pega y no le deja salir, que tiene llave la puerta.
O: ¿Tiene un número de teléfono de ella o de la comadre?
C: De la comadre sí: [[PHONE_NUMBER|nueve cinco seis, cuatro cero dos, uno uno ocho]].
O: Repito: [[PHONE_NUMBER|956 402 118]].
C: Arí, así es.
O: ¿Y cómo se llama usted, papá?
C: [[PERSON|Eulogio Ccanto Quispe]]. Mi señora es [[PERSON|Mercedes]]. Yo no tengo celular, llame a mi yerno [[PERSON|Rómulo]], su número es [[PHONE_NUMBER|nueve cinco cuatro, cero uno ocho, siete siete dos]].
O: Gracias, don [[PERSON|Eulogio]]. Vamos a avisar a la Policía y a la Fiscalía de [[LOCATION|Ica]], y el CEM también lo va a visitar.
C: Añay, señorita, yanapaway, que regrese mi [[PERSON|Florcita]].
""",
    ),
]

if __name__ == "__main__":
    import make_heldout

    make_heldout.write_set(CALLS, "h12-", "heldout12.jsonl")
