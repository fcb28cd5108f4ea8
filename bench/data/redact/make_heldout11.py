# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out set 11: ten invented counter-trafficking hotline calls for a one-time
generalisation check of the PII redactor.

Written by an outside test-data writer who never saw the redactor's code, rules or results.
Styles: four lowercase speech-recogniser transcripts without punctuation (numbers as digits
or words, dictated in pieces, corrected, read back wrongly, names spelled letter by letter),
two cased and punctuated professional calls (a police officer, a school principal), one
English call (a foreign fisherman), one lowercase Portuguese call, one Venezuelan Spanish
call, and one Andean Spanish call with Quechua words. Places range over Huánuco, Áncash,
Puno, Lima Sur, Tumbes, Cajamarca, Callao, Ucayali, Ica and Ayacucho (VRAEM).

All people, phone numbers, IDs, accounts, e-mails, handles, plates, vessels and businesses
are invented. Markup [[TYPE|surface]] follows make_heldout.py and the conventions of
shared/eval/make_dev.py: titles/articles outside PERSON, cue words ("DNI", "placa")
outside IDs, AGE with its unit when said, DATE_TIME only for dates/times tied to a person
or event, every occurrence (read-backs included) labelled. Non-PII traps left unmarked:
money, durations, counts, routine hours, the hotline (0800-2-3232), public institutions
(Policía, Fiscalía, DEMUNA, CEM, Ministerio de la Mujer, OIM, SUNAFIL), legal articles.

Run: cd /work/private_heldout6/redact && PYTHONPATH=/work/main python make_heldout11.py
"""

import re

CALLS = [
    (
        "h11-es-asr-tingo",
        "es",
        """
O: linea contra la trata buenas noches en que le podemos ayudar
C: alo si señorita buenas noches este disculpe la hora es que estoy preocupada por mi hija [[PERSON|rosa]] se fue hace como un mes a [[LOCATION|aucayacu]] para trabajar en un restaurante de pollos a la brasa eso le dijo una señora que le dicen la [[PERSON|chata]] [[PERSON|rengifo]]
O: cuantos años tiene [[PERSON|rosa]]
C: tiene [[AGE|dieciseis]] recien va a cumplir [[AGE|diecisiete]] [[DATE_TIME|el catorce de agosto]]
O: y usted desde donde nos llama
C: de [[LOCATION|tingo maria]] señorita vivo en el [[ADDRESS|asentamiento humano brisas del huallaga manzana c lote 9]]
O: su hija se ha comunicado con usted
C: ayer nomas me llamo llorando de otro numero me dijo mami no es restaurante es un bar se llama [[ORGANIZATION|la cabaña del amor]] y la hacen tomar con los clientes hasta las cuatro de la mañana y no le pagan dice que le deben trescientos soles del pasaje
O: anotemos el numero desde donde la llamo
C: si es eh espere que lo tengo aqui [[PHONE_NUMBER|nueve cuatro tres]]
O: ya
C: [[PHONE_NUMBER|cero ocho uno seis seis dos]] no no perdon [[PHONE_NUMBER|seis seis siete]]
O: le repito [[PHONE_NUMBER|943 081 667]] correcto
C: si eso es pero es de una chica que trabaja con ella no de mi hija
O: entiendo y el nombre completo de su hija
C: [[PERSON|rosa elvira]] [[PERSON|tuanama]] [[PERSON|te u a ene a eme a]] y [[PERSON|cachique]] como yo
O: sabe su dni
C: si su dni es [[ID_NUMBER|73 40 22 19]]
O: y el bar sabe donde queda
C: dice que es saliendo de [[LOCATION|aucayacu]] por la [[ADDRESS|carretera fernando belaunde kilometro 4 frente al grifo]] una casa de dos pisos con calamina verde
O: y usted como se llama señora
C: [[PERSON|consuelo]] [[PERSON|cachique]] [[PERSON|pinedo]] mi celular es este mismo de donde le llamo [[PHONE_NUMBER|962 55 40 18]]
O: señora [[PERSON|consuelo]] vamos a derivar a la policia y a la fiscalia de [[LOCATION|leoncio prado]] le pido que no vaya usted sola al local ni le diga nada a la señora
C: ya señorita gracias que dios le bendiga
O: la llamaremos mañana en la mañana y si pasa algo antes marque el 0800 2 3232 de nuevo
""",
    ),
    (
        "h11-es-asr-chimbote",
        "es",
        """
O: linea contra la trata buen dia le escuchamos
C: buenos dias mire yo no se si es aqui pero quiero avisar algo de unos chibolos que trabajan en el muelle
O: si es aqui digame donde es
C: en [[LOCATION|chimbote]] señorita yo vivo en el [[ADDRESS|pueblo joven la libertad jiron pacasmayo 620]] y al frente vive un señor que le dicen [[PERSON|cara cortada]] bueno su nombre es [[PERSON|alcides]] [[PERSON|huamanchumo]]
O: que es lo que ha visto
C: todas las madrugadas como a las tres saca a cinco chicos de su casa y se los lleva a la lancha para la pesca de anchoveta la lancha se llama [[ORGANIZATION|virgen de la puerta dos]] tiene matricula [[OTHER_ID|co 21458 pm]]
O: que edad tendran los chicos
C: el mas chiquito tendra unos [[AGE|doce]] y el mas grande [[AGE|quince años]] no van al colegio pues
O: conoce a alguno
C: uno es el hijito de la señora [[PERSON|blanca]] que vende emoliente en la [[ADDRESS|esquina del mercado el progreso]] el chico se llama [[PERSON|brayan]] le dicen [[PERSON|pollito]]
O: la señora [[PERSON|blanca]] sabe lo que pasa
C: ella dice que el señor le adelanto doscientos soles y que el chico tiene que pagar trabajando le pagan veinte soles la noche y a veces nada
O: ha visto algun maltrato
C: si el [[DATE_TIME|domingo 16 de noviembre]] uno de los chicos se cayo al agua y el señor no lo llevo a la posta lo trajo todo mojado y lo encerro
O: usted sabe si el señor cobra por yape o algo asi
C: si a los papas les dice que le yapeen a su numero que es [[PHONE_NUMBER|nueve cinco cero]] este [[PHONE_NUMBER|ochenta y uno]] [[PHONE_NUMBER|setenta]] [[PHONE_NUMBER|treinta y seis]]
O: [[PHONE_NUMBER|950 81 70 36]]
C: ese mismo
O: bien vamos a informar a la policia y a la capitania de puerto tambien a la demuna de [[LOCATION|chimbote]] usted quiere dejar su nombre
C: no prefiero que no porque el señor es bravo pero le dejo mi numero para que me llamen
O: claro digame
C: [[PHONE_NUMBER|nueve cuatro cuatro doce treinta y ocho cero siete]]
O: le confirmo [[PHONE_NUMBER|944 123 807]]
C: si correcto
O: gracias vamos a proteger su identidad la llamamos entre hoy y mañana
""",
    ),
    (
        "h11-es-asr-juliaca",
        "es",
        """
O: linea contra la trata buenas tardes
C: alo alo se escucha señorita ayudeme por favor me escape de un hostal estoy en el terminal
O: tranquila usted ya esta segura en que terminal esta
C: en [[LOCATION|juliaca]] estoy sentada al lado de la ventanilla de la agencia [[ORGANIZATION|turismo kollasuyo express]]
O: como te llamas
C: [[PERSON|luz marina]] [[PERSON|condori]] [[PERSON|apaza]]
O: cuantos años tienes [[PERSON|luz marina]]
C: [[AGE|19 años]]
O: que paso en el hostal
C: me trajeron de [[LOCATION|sicuani]] [[DATE_TIME|el 2 de octubre]] una señora [[PERSON|nilda]] me dijo para atender en su hostal me iba a pagar mil doscientos soles pero ahi me obligaban a estar con hombres y me quitaron mi dni y mi celular
O: como se llama el hostal
C: [[ORGANIZATION|hostal los andes de oro]] esta en la [[ADDRESS|avenida circunvalacion 1315]] un edificio de cuatro pisos con vidrios azules
O: tu dni te acuerdas el numero
C: [[ID_NUMBER|cuarenta y siete cero nueve uno tres ocho cinco]]
O: hay otras chicas ahi
C: si hay tres mas una de [[LOCATION|cusco]] que le dicen [[PERSON|paloma]] ella es menor tiene [[AGE|quince]] la señora [[PERSON|nilda]] tiene una camioneta blanca placa [[OTHER_ID|z1e 742]]
O: estas llamando de que numero
C: del celular de una señora que vende api aqui espere le pregunto dice [[PHONE_NUMBER|951 620 438]]
O: ya te repito [[PHONE_NUMBER|951 620 483]]
C: no no al final es [[PHONE_NUMBER|cuatro tres ocho]]
O: ah ya [[PHONE_NUMBER|951 620 438]] perfecto
O: quedate donde estas vamos a llamar a la comisaria y al cem de [[LOCATION|juliaca]] en unos veinte minutos llega alguien no te vayas con nadie mas
C: ya señorita gracias tengo miedo que me encuentren
O: no cuelgues si puedes vamos a estar contigo en linea
""",
    ),
    (
        "h11-es-asr-limasur",
        "es",
        """
O: linea contra la trata buenas noches
C: buenas noches señorita llamo por mi sobrina que la estan eh como se dice captando por internet
O: cuenteme con calma por favor
C: mi sobrina [[PERSON|milagros]] [[PERSON|huaman]] tiene [[AGE|diecisiete]] y vive conmigo en [[LOCATION|villa el salvador]] en el [[ADDRESS|sector 3 grupo 14 manzana g lote 22]]
O: que le han ofrecido
C: una pagina de instagram [[OTHER_ID|arroba talentos vip punto peru]] le ofrecio trabajo de anfitriona en [[LOCATION|buenos aires]] le dicen que va a ganar mil dolares al mes y que le mandan el pasaje
O: quien le escribe
C: un tal [[PERSON|kevin]] le escribe por whatsapp desde un numero de [[LOCATION|argentina]] [[PHONE_NUMBER|mas 54 9 11 3872 6150]]
O: le pidieron algo a su sobrina
C: si que mande fotos en ropa de baño al correo [[EMAIL_ADDRESS|casting punto talentosvip arroba gmail punto com]] y su dni por foto
O: y ella lo mando
C: el dni si ya lo mando [[ID_NUMBER|siete cinco uno uno ocho dos cuatro cero]] y dice que la van a recoger [[DATE_TIME|el viernes 12]] para ir por [[LOCATION|tacna]]
O: sabe en que la van a recoger
C: en un auto plomo placa [[OTHER_ID|bcx 418]] eso le mandaron por mensaje que la espere en el [[ADDRESS|paradero de la avenida el sol con revolucion]]
O: ella tiene pasaporte o permiso de viaje
C: no nada dicen que ellos arreglan todo con un permiso notarial y eso es lo que me asusta
O: hizo bien en llamar vamos a pasar la informacion a la division de trata de la policia me da su nombre
C: [[PERSON|flor de maria]] [[PERSON|ccahuana]] con doble c [[PERSON|ce ce a ache u a ene a]]
O: [[PERSON|ccahuana]] gracias y un numero
C: [[PHONE_NUMBER|nueve ocho siete cuarenta y cuatro veintiuno cero tres]]
O: le repito [[PHONE_NUMBER|987 442 103]]
C: exacto
O: señora [[PERSON|flor de maria]] no deje que [[PERSON|milagros]] borre los mensajes guarde capturas nosotros la llamamos mañana
""",
    ),
    (
        "h11-es-policia-tumbes",
        "es",
        """
O: Línea contra la trata, buenas tardes, ¿en qué podemos ayudarle?
C: Buenas tardes. Le habla el suboficial de tercera [[PERSON|Jhonatan Palacios Yacila]], de la comisaría de [[LOCATION|Aguas Verdes]]. Mi CIP es [[ID_NUMBER|31204587]].
O: Buenas tardes, suboficial. Dígame.
C: A las [[DATE_TIME|14:30]] intervenimos una minivan en el [[ADDRESS|kilómetro 1283 de la Panamericana Norte]], a la altura de [[LOCATION|Zarumilla]]. Placa [[OTHER_ID|TAH-562]], de la empresa [[ORGANIZATION|Transportes Costa Azul del Norte S.A.C.]]
O: ¿Quiénes iban en el vehículo?
C: Cinco adolescentes: cuatro ecuatorianas y una peruana. El chofer es [[PERSON|Segundo Eleodoro Cruz Alama]], DNI [[ID_NUMBER|02874391]]. Declara que las llevaba a trabajar como meseras a un restobar en [[LOCATION|Máncora]].
O: ¿Tienen los datos de las menores?
C: Sí. La peruana es [[PERSON|Angela Nicole Zapata Ordinola]], de [[AGE|16 años]], nacida [[DATE_TIME|el 3 de junio de 2010]] en [[LOCATION|Sullana]]. De las ecuatorianas solo una tiene documento: [[PERSON|Dayana Maribel Quiñónez]], cédula [[ID_NUMBER|0705938214]], de [[AGE|15 años]], de [[LOCATION|Machala]].
O: ¿Y las otras tres?
C: Indocumentadas. Dicen tener [[AGE|14]] y [[AGE|15 años]]; las estamos identificando con el consulado.
O: ¿Saben el nombre del restobar?
C: [[ORGANIZATION|Restobar La Sirena de Oro]], en la [[ADDRESS|avenida Piura cuadra 4, frente al paradero de mototaxis]]. Según la menor [[PERSON|Angela]], la dueña es una señora [[PERSON|Marleny]], alias la [[PERSON|Gringa]], y les ofrecía 50 soles diarios más propinas.
O: Entendido. ¿Ya dieron cuenta a la Fiscalía?
C: Sí, a la Fiscalía Provincial de [[LOCATION|Zarumilla]], y pedimos apoyo de la Unidad de Protección Especial. El caso se está tipificando por el artículo 153 del Código Penal.
O: Perfecto. Desde la línea podemos coordinar albergue temporal con el Ministerio de la Mujer y hacer seguimiento. ¿Nos deja un número de contacto?
C: El fijo de la comisaría es [[PHONE_NUMBER|(072) 56-4410]] y mi celular [[PHONE_NUMBER|+51 969 332 107]].
O: Le repito el celular: [[PHONE_NUMBER|969 332 107]].
C: Correcto. Las menores van a pasar la noche en la comisaría con una efectiva mujer hasta que llegue la fiscal.
O: Gracias, suboficial [[PERSON|Palacios]]. Enviaremos el reporte al correo institucional y lo llamamos a las ocho de la noche.
C: Conforme. Buenas tardes.
""",
    ),
    (
        "h11-es-directora-jaen",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy [[PERSON|Esperanza Delgado Tineo]], directora de la [[ORGANIZATION|Institución Educativa Nuestra Señora de Fátima]], en [[LOCATION|Jaén]]. Llamo por una estudiante que no asiste desde hace una semana.
O: Gracias por llamar, directora. ¿Cómo se llama la estudiante?
C: [[PERSON|Yuliana Núñez Carhuajulca]], de segundo de secundaria. Tiene [[AGE|14 años]]. Su último día de clases fue [[DATE_TIME|el martes 17]].
O: ¿Qué sabe de lo que le pasó?
C: Una compañera, [[PERSON|Blanca]], nos contó que un hombre le escribía por TikTok desde la cuenta [[OTHER_ID|@elpatron_jaen77]]. Le ofrecía 1500 soles al mes por atender en un bar en [[LOCATION|Bagua Grande]], con cuarto y comida.
O: ¿La familia ya sabe?
C: Sí. La mamá, la señora [[PERSON|Paz]] [[PERSON|Carhuajulca]], dice que [[PERSON|Yuliana]] salió con una mochila y que la vieron subir a una camioneta blanca en el [[ADDRESS|óvalo de la avenida Mesones Muro]].
O: ¿Tiene un número de la señora?
C: Sí: [[PHONE_NUMBER|976-184-552]]. Ella no tiene saldo casi nunca, mejor llámenla en la tarde.
O: ¿Y la dirección de la familia?
C: Viven en el [[ADDRESS|sector Morro Solar, pasaje Los Cedros 140]], una casa de adobe con puerta celeste. El DNI de la niña, según la ficha de matrícula, es [[ID_NUMBER|78125503]].
O: ¿Han puesto la denuncia?
C: La señora fue a la comisaría, pero le dijeron que espere 24 horas. Por eso llamo. También informé a la UGEL y registré el caso en el SíseVe.
O: Hizo bien. Para desaparición de menores no hay que esperar. Vamos a comunicar a la Policía y a la Fiscalía de Familia, y la DEMUNA de [[LOCATION|Jaén]] puede acompañar a la mamá.
C: Le agradezco. ¿Necesitan algo más de nosotros?
O: Si la compañera guardó capturas de los mensajes, que no las borre. ¿Nos deja su contacto?
C: Mi celular es [[PHONE_NUMBER|948 207 615]] y el correo de la dirección es [[EMAIL_ADDRESS|direccion.iefatima.jaen@gmail.com]].
O: Anotado, directora [[PERSON|Delgado]]. La llamaremos hoy antes de las seis.
C: Muchas gracias. [[PERSON|Blanca]] también dice que la cuenta de TikTok tiene otro perfil en Facebook, "[[OTHER_ID|Trabajos Jaén Bagua Urgente]]".
O: Lo incluimos en el reporte. Gracias por su llamada.
""",
    ),
    (
        "h11-en-callao-fisher",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hello? Sorry, English? I'm a fisherman on a foreign ship in the port.
O: Yes, I speak English. Go ahead, you're safe to talk?
C: For now, yes. The others are sleeping. My name is [[PERSON|Rodel Dimaculangan]], I'm from the [[LOCATION|Philippines]]. I work on a squid jigger, the [[ORGANIZATION|Hai Feng 718]]. We came into [[LOCATION|Callao]] two days ago for repairs.
O: What is happening on the ship, [[PERSON|Rodel]]?
C: We signed with an agency in [[LOCATION|Manila]], [[ORGANIZATION|Bluewave Manning Services]]. They promised 450 dollars a month. I signed the contract [[DATE_TIME|on March 4, 2025]] and I have not been paid for eleven months. We work twenty hours a day.
O: Do you have your documents?
C: No. Captain [[PERSON|Lin]] keeps all the passports in his cabin. Mine is [[ID_NUMBER|P4821937B]]. I took a photo before he took it.
O: How many crew are in the same situation?
C: Fourteen. Filipinos and Indonesians. The youngest one, [[PERSON|Budi]], is only [[AGE|17]]. He is from [[LOCATION|Tegal]], in [[LOCATION|Indonesia]]. He is sick and they don't let him see a doctor.
O: Where exactly is the ship right now?
C: Anchored at the [[ADDRESS|fishing terminal south pier, berth 3]], next to a red tugboat. We cannot go down, the guard stays at the gangway.
O: Thank you. Can we contact you somewhere?
C: I only have wifi from the terminal at night. WhatsApp is my wife's number, [[PHONE_NUMBER|+63 917 555 2841]]. Her name is [[PERSON|Marites]]. Or email [[EMAIL_ADDRESS|rodel.dmc@yahoo.com]].
O: Let me read it back: [[PHONE_NUMBER|plus six three, nine one seven, five five five, two eight four one]].
C: Yes, correct.
O: [[PERSON|Rodel]], we will inform the police and the port authority tonight, and the IOM can help with your return. Don't tell the captain you called us.
C: Okay. My seaman's book number is [[ID_NUMBER|C0291847]], if they need it.
O: Noted. Someone will contact you tomorrow through your wife's WhatsApp or your email.
C: Thank you, ma'am. God bless.
""",
    ),
    (
        "h11-pt-asr-ucayali",
        "pt",
        """
O: linea contra la trata buenas tardes
C: boa tarde moça a senhora fala portugues eu to ligando do brasil
O: si un poco hable despacio por favor
C: ta bom meu nome e [[PERSON|francisca das chagas]] [[PERSON|lima]] eu moro em [[LOCATION|cruzeiro do sul]] no [[LOCATION|acre]] e meu irmao ta trabalhando ai no [[LOCATION|peru]] numa madeireira e nao deixam ele voltar
O: como se chama seu irmao
C: [[PERSON|edivaldo]] [[PERSON|edivaldo das chagas]] [[PERSON|lima]] ele tem [[AGE|vinte e dois anos]] foi junto com outro rapaz o [[PERSON|tiaguinho]] que e menor tem [[AGE|dezesseis]]
O: onde eles estao
C: ele falou que e perto de [[LOCATION|pucallpa]] mas longe num acampamento do [[ORGANIZATION|aserradero san gabriel]] [[ADDRESS|na margem esquerda do rio abujao depois da comunidade santa clara de yarina]] umas oito horas de bote
O: quem levou eles
C: um peruano que chamam de don [[PERSON|aurelio]] [[PERSON|shuña]] ele prometeu dois mil reais por mes e agora fala que eles devem a comida a bota a motosserra e nao pagam nada faz tres meses
O: a senhora tem o numero dele
C: tenho o numero do don [[PERSON|aurelio]] e [[PHONE_NUMBER|nove seis um quatro quatro dois zero nove tres]]
O: [[PHONE_NUMBER|961 442 093]] certo e o documento do seu irmao
C: o cpf dele e [[ID_NUMBER|zero sete tres ponto quatro um dois ponto nove cinco oito traço vinte]] o passaporte ele nao tem ele entrou so com a identidade
O: quando foi a ultima vez que falou com ele
C: foi [[DATE_TIME|no dia 20 de setembro]] ele ligou de um celular emprestado quando o bote foi buscar gasolina em [[LOCATION|pucallpa]] chorando falou que bateram no [[PERSON|tiaguinho]]
O: ele pediu dinheiro
C: pediu sim o don [[PERSON|aurelio]] falou que se eu depositar quinhentos reais na conta dele solta o [[PERSON|edivaldo]] a conta e [[OTHER_ID|7730194-2]] agencia 0001 no nubank no nome de uma mulher [[PERSON|keila]]
O: por favor no deposite nada vamos avisar a policia e a fiscalia de [[LOCATION|ucayali]] a senhora tem whatsapp
C: tenho e [[PHONE_NUMBER|mais cinquenta e cinco sessenta e oito nove nove nove dois um quatro quatro zero sete]]
O: e email
C: [[EMAIL_ADDRESS|francisca ponto chagas setenta e oito arroba hotmail ponto com]]
O: senhora [[PERSON|francisca]] tambem pode procurar a policia federal em [[LOCATION|cruzeiro do sul]] e o consulado do brasil vamos ligar amanha
C: obrigada moça deus te abençoe
""",
    ),
    (
        "h11-ve-chincha",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mi amor, disculpe la hora. ¿Aquí es donde uno denuncia cuando a uno lo tienen trabajando y no le pagan?
O: Sí, cuénteme con calma. ¿Desde dónde llama?
C: Desde [[LOCATION|Chincha]], en [[LOCATION|El Carmen]]. Mire, yo me llamo [[PERSON|Yorgelis Coromoto Rangel]], soy de [[LOCATION|Maracay]]. Llegamos [[DATE_TIME|el 15 de julio]], yo, mi esposo y mi hermanito, por [[LOCATION|Tumbes]].
O: ¿Dónde trabajan?
C: En un fundo de uva, el [[ORGANIZATION|Fundo Los Tres Reyes]], y de noche nos llevan a empacar a una planta, [[ORGANIZATION|Agroexport Santa Ignacia S.A.C.]] El que nos contrató es un chamo que le dicen el [[PERSON|Gocho]], el [[PERSON|Gocho]] [[PERSON|Contreras]]. Nos dijo 70 soles el jornal y ahora nos da 20, porque dice que le debemos el pasaje y el cuarto.
O: ¿Les quitaron documentos?
C: Sí, vale, eso es lo más arrecho. Nos tiene las cédulas y el carné de extranjería de mi esposo. El carné es [[ID_NUMBER|002947183]] y mi cédula es la [[ID_NUMBER|V-27.118.604]].
O: ¿Su hermano cuántos años tiene?
C: [[PERSON|Deivis]] tiene [[AGE|diecisiete]]. Lo ponen a cargar jabas desde las cinco de la mañana y ya se desmayó dos veces, y el [[PERSON|Gocho]] dice que si se queja lo manda a [[LOCATION|Venezuela]] sin nada.
O: ¿Dónde viven ustedes?
C: En un cuarto detrás del grifo del [[ADDRESS|kilómetro 197 de la Panamericana Sur]], una casa de bloques sin pintar con portón negro. Somos como doce venezolanos ahí, burda de gente en un solo cuarto.
O: ¿Tiene un número para llamarla?
C: Sí, el mío peruano es [[PHONE_NUMBER|9 2 5 8 4 0 1 7 3]]. Y si no contesto, el de mi mamá en [[LOCATION|Maracay]], [[PHONE_NUMBER|0424-517-8830]].
O: Le repito: [[PHONE_NUMBER|925 840 173]].
C: Ajá, ese.
O: ¿Sabe el número o el Facebook del señor [[PERSON|Contreras]]?
C: Él publica los trabajos en Facebook como "[[OTHER_ID|Empleos Chincha Venezolanos Ya]]" y su WhatsApp es [[PHONE_NUMBER|912 006 338]].
O: Gracias, [[PERSON|Yorgelis]]. Vamos a avisar a la Policía y a SUNAFIL, y la OIM puede orientarla con documentos. ¿Está en peligro esta noche?
C: No, no, tranquila, él no duerme aquí. Pero mañana a las seis pasa la camioneta.
O: Entonces la llamamos temprano. Si algo pasa, marque al 105 o al 0800-2-3232.
C: Dios la bendiga, mi reina.
""",
    ),
    (
        "h11-es-andino-vraem",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Allillanchu, mamita. Disculpe, hablo poquito castellano nomás.
O: Allinmi, mamá, tranquila, le entiendo. ¿Qué pasó?
C: Mi churiy, mi hijo, [[PERSON|Wilber]], se lo han llevado a la selva, a [[LOCATION|Pichari]], para trabajar en la poza, dice. Kunan ya no contesta.
O: ¿Cuántos años tiene [[PERSON|Wilber]]?
C: [[AGE|Catorce añitos]], mamita. Wawa nomás es todavía.
O: ¿Usted de dónde llama?
C: De [[LOCATION|Huanta]], de la comunidad de [[LOCATION|Pampahuasi]]. Mi casita está [[ADDRESS|subiendo del puente Chaupimayo, la casa de adobe con techo de calamina azul, al lado de la capilla]].
O: ¿Quién se lo llevó?
C: Un señor [[PERSON|Fortunato]], [[PERSON|Fortunato Ccorahua]], dice que es su tío de mi yerno. Vino en su moto y le dijo: "Vamos, vas a ganar cuarenta soles diario". Manam yachanichu, no sabía que era para pisar la hoja.
O: ¿Cuándo se fue?
C: [[DATE_TIME|El 8 de setiembre]], día de la fiesta de la Mamacha Cocharcas. Desde ahí dos meses ya.
O: ¿Tiene el DNI de su hijo?
C: Mi hija está aquí, ella lee. [[PERSON|Nayda]], léele pues.
C: Sí, señorita, soy su hermana. El DNI de mi hermano es [[ID_NUMBER|seis cero nueve uno cuatro dos siete ocho]]. Su nombre completo es [[PERSON|Wilber Huamaní Quispe]].
O: Gracias. ¿Tienen algún número del señor [[PERSON|Fortunato]]?
C: Sí, [[PHONE_NUMBER|966 01 23 85]]. Pero no contesta. Una vez [[PERSON|Wilber]] llamó de otro, [[PHONE_NUMBER|nueve cuatro cinco, setecientos doce, cero nueve cuatro]].
O: Perfecto. ¿Y un número de ustedes?
C: El mío es [[PHONE_NUMBER|983 557 160]]. Mi mamá no tiene celular.
O: ¿Saben en qué parte de [[LOCATION|Pichari]] está?
C: Dice que en el [[ORGANIZATION|fundo de los Ccorahua]], [[ADDRESS|río abajo por el Apurímac, pasando el puerto de Natividad, a media hora en peque peque]].
O: Gracias, [[PERSON|Nayda]]. Vamos a comunicar a la Policía y a la Fiscalía del VRAEM, y al CEM de [[LOCATION|Huanta]] para que las acompañen.
C: Ama hina kaychu, mamita, ayúdenos. Taytacha pagarasunki.
O: Vamos a hacer todo lo posible. Mañana las llamamos a este número.
""",
    ),
]

STOP = {"de", "del", "la", "las", "los", "das", "dos", "do", "da", "y", "el"}
DIGIT_WORDS = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|um|one|two|three|four|five|six|seven|eight|nine)"


def check(rec):
    """Consistency checks in the spirit of shared/eval/make_dev.py."""
    cid, text, spans = rec["id"], rec["text"], rec["pii"]
    assert 12 <= len(rec["turns"]) <= 25, (cid, len(rec["turns"]))
    prev_end = -1
    for p in spans:
        assert p["start"] >= prev_end and p["text"] == p["text"].strip(), (cid, p)
        prev_end = p["end"]
    covered = lambda s, e: any(p["start"] <= s and e <= p["end"] for p in spans)  # noqa: E731
    surfaces = {p["text"] for p in spans if p["type"] not in ("AGE", "DATE_TIME")}
    for p in spans:
        if p["type"] == "PERSON":
            surfaces.update(t for t in re.split(r"[\s']+", p["text"]) if len(t) >= 3 and t.lower() not in STOP)
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            assert covered(m.start(), m.end()), (cid, "unlabelled occurrence", s, text[m.start() - 30 : m.end() + 30])
    for m in re.finditer(r"\d(?:[\s.\-]?\d){4,}", text):
        if m.group(0) not in {"0800-2-3232", "0800 2 3232"}:
            assert covered(m.start(), m.end()), (cid, "digits", m.group(0))
    for m in re.finditer(r"(?i)(?<!\w)" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"){4,}(?!\w)", text):
        assert covered(m.start(), m.end()), (cid, "spelled digits", m.group(0))
    for m in re.finditer(r"@|\barroba\b", text):
        assert covered(m.start(), m.end()), (cid, "@", m.start())


if __name__ == "__main__":
    import make_heldout

    for c in make_heldout.build(CALLS):
        check(c)
    make_heldout.write_set(CALLS, "h11-", "heldout11.jsonl")
