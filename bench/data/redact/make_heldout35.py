#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out set h35: 10 fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files:
../../shared/eval/LABELS.md (PII types), ../../shared/eval/make_dev.py (annotation
conventions: titles/articles outside PERSON spans, cue words outside ID/phone/plate spans,
AGE with its unit, DATE_TIME only for explicit dates, named weekdays and clock times tied to
an event, nationality adjectives and routine schedules unlabelled, hotline number and 105
not PII) and make_heldout.py (the builder: [[TYPE|surface]] markup and write_set()).
The redactor under test was never looked at.

Mix of styles: 3 lowercase unpunctuated speech-recogniser (Whisper-like) Spanish calls with
fillers, self-corrections, numbers in words and misheard words; 2 cased Spanish calls;
1 English; 1 Brazilian Portuguese; 1 Venezuelan Spanish; 1 Andean Spanish with Quechua
words; 1 Spanish/English code-switching call. Callers: a bus driver, a pharmacist, a
teenager on a borrowed phone, a fisherman, a market vendor, a foreign tourist, a Brazilian
truck driver, a trans woman, a domestic worker abroad, a returned migrant on a building site.
Traps left unlabelled: money, durations, counts, seat numbers, the hotline's number,
105, legal articles, public institutions, routine schedules.

Labelling choices beyond make_dev.py: a number abandoned mid-way and corrected, and each
piece of a number given in pieces, is its own PHONE_NUMBER span; a named fishing boat where
victims are held is ADDRESS (it pinpoints the place), its registration OTHER_ID; a seafarer's
book, a pharmacist's registration, a RUC, a Chilean RUT, a Brazilian CPF and a US A-number are
ID_NUMBER; sleeping places described only inside an already-located building are not labelled.

All people, numbers, IDs, addresses, handles, plates, accounts and businesses are invented.

Run: python3 make_heldout35.py  (writes heldout35.jsonl next to it)
"""

from make_heldout import write_set

CALLS = [
    (
        "h35-01",
        "es",
        """
O: línea contra la trata buenas noches le saluda la operadora en qué le podemos ayudar
C: aló aló sí buenas noches señorita este disculpe la hora eh yo soy chofer de bus interprovincial manejo en la ruta de [[LOCATION|cusco]] a [[LOCATION|puerto mal donado]] con la empresa [[ORGANIZATION|transportes wayra sur]]
O: sí señor le escucho tranquilo cuénteme
C: ya mire el bus sale todos los días a las siete y media de la noche del terminal y hoy han subido cuatro chicas jovencitas con un señor que les ha comprado los pasajes a todas en efectivo trescientos veinte soles ha pagado y las chicas no tienen ni mochila nada señorita
O: qué edad cree usted que tienen las chicas
C: eh chiquitas de [[AGE|catorce quince años]] será una de ellas me dijo que tiene [[AGE|quince]] cuando le pedí su de ene i porque los menores tienen que viajar con permiso notarial no y el señor saltó y me dijo que todas son mayores y me enseñó unas fotocopias nomás
O: entiendo dónde se encuentran ahorita
C: estamos en la parada de [[LOCATION|marcapata]] para que la gente cene eh yo estoy llamando desde atrás del bus porque el señor está en el restaurante con las chicas
O: sabe cómo se llama el señor
C: en el manifiesto de pasajeros ha puesto [[PERSON|eusebio ccori mamani]] de ene i [[ID_NUMBER|cuatro dos siete cero uno nueve ocho ocho]] pero no sé si será su nombre verdadero y las chicas le dicen tío [[PERSON|chebo]]
O: y las chicas también figuran en el manifiesto
C: sí una se llama [[PERSON|yeni]] no perdón [[PERSON|yeny ccahua]] con y griega al final y las otras tres eh no me acuerdo la lista la dejé en la agencia del terminal
O: está bien eso se lo podemos pedir a la empresa el señor le ha dicho a dónde van
C: dice que se bajan antes de llegar en [[LOCATION|más uco]] que van a trabajar en el restaurante de un familiar pero ahí señorita todos sabemos que son bares de los mineros
O: en [[LOCATION|mazuco]] entendido y a qué hora pasa el bus más o menos por ahí
C: si no hay derrumbe como a [[DATE_TIME|las cuatro de la mañana]] pasamos por el control que hay antes de entrar al pueblo
O: muy bien vamos a coordinar con la policía de carreteras para que revisen el bus en ese control le pido que no confronte al señor ni le diga que ha llamado
C: no no yo normal nomás manejo eh la placa del bus es [[OTHER_ID|v cinco x novecientos doce]] es un bus de dos pisos blanco con rojo y las chicas van en los asientos del veintiuno al veinticuatro en el segundo piso
O: gracias eso ayuda mucho y usted cómo se llama señor
C: [[PERSON|fortunato]] este [[PERSON|fortunato huillca]] soy el chofer titular el otro chofer está durmiendo en la litera
O: señor [[PERSON|fortunato]] a qué número lo podemos llamar
C: es el [[PHONE_NUMBER|nueve ocho cuatro tres uno]] eh no disculpe me equivoqué es el [[PHONE_NUMBER|nueve ocho cuatro cero tres uno seis siete dos]] pero en la carretera hay tramos sin señal ah
O: le repito [[PHONE_NUMBER|nueve ocho cuatro cero tres uno seis siete dos]]
C: eso es correcto señorita
O: perfecto si el señor baja a las chicas antes del control o las cambia de carro llámenos de inmediato
C: ya y llamo a este mismo número el cero ochocientos dos treinta y dos treinta y dos no
O: sí es gratuito y atendemos las veinticuatro horas también puede marcar el ciento cinco si ve que las están lastimando
C: ya señorita ya está subiendo la gente tengo que colgar ojalá las ayuden pues yo también tengo mi hija de esa edad
O: gracias señor [[PERSON|fortunato]] hizo muy bien en llamar le devolvemos la llamada en un rato
""",
    ),
    (
        "h35-02",
        "es",
        """
O: línea contra la trata buenas tardes en qué le puedo ayudar
C: buenas tardes señorita mire eh yo soy químico farmacéutico tengo una botica en [[LOCATION|la victoria]] la [[ORGANIZATION|botica san judas tadeo]] y hay algo que me tiene preocupado hace semanas
O: le escucho con calma cuénteme
C: hay una chica que viene casi a diario a comprar la pastilla del día siguiente eh condones pruebas de embarazo doce soles la pastilla dos tres veces por semana y siempre viene con un señor mayor que es el que paga y no la deja hablar ni una palabra
O: qué edad le calcula a la chica
C: es una niña pues tendrá [[AGE|quince dieciséis años]] máximo todavía tiene cara de niña y el señor tendrá unos [[AGE|cincuenta]]
O: ella le ha dicho algo
C: sí [[DATE_TIME|el jueves]] el señor salió a la vereda a contestar su celular y ella me pidió un vaso de agua y bien bajito me dijo que se llama [[PERSON|maira]] que es de [[LOCATION|pucallpa]] que la trajeron para trabajar en una tienda de ropa pero que la tienen encerrada en un hostal y que la hacen atender a hombres
O: sabe cuál es el hostal
C: sí es el [[ORGANIZATION|hostal los ángeles]] no perdón el [[ORGANIZATION|hostal los arcángeles]] queda a media cuadra de mi botica [[ADDRESS|la puerta negra al costado del chifa que está frente al grifo]] y ella me dijo que las tienen en el último piso en el cuarto del fondo
O: le dijo cuántas chicas son
C: dijo que son cinco que hay una más chiquita de [[AGE|trece]] y ella tiene [[AGE|dieciséis]] eso me dijo
O: y del señor sabe algo un nombre un apodo
C: ella le dice el [[PERSON|tiburón]] y paga con yape y en el yape le sale [[PERSON|jhon c rojas]] y una vez me dejó su número para que le separe unas ampollas es el [[PHONE_NUMBER|nueve tres cero]] eh [[PHONE_NUMBER|cuatro cuatro siete uno cinco ocho]] lo tengo apuntado en mi cuaderno
O: eso es muy útil recuerda cuándo vino la última vez
C: hoy en la mañana como a [[DATE_TIME|las diez y veinte]] y la chica tenía un moretón aquí en el cuello y [[DATE_TIME|el lunes]] vino con otra niña más chiquita todavía con uniforme de colegio
O: lo que usted describe puede ser trata con fines de explotación sexual de menores está en el artículo ciento veintinueve a del código penal vamos a pasar el caso a la policía y a la fiscalía para que intervengan ese hostal
C: pero por favor que no sepan que fui yo porque el señor sabe dónde está mi botica y me da miedo
O: su identidad queda en reserva me puede dar su nombre y un contacto
C: [[PERSON|aníbal]] [[PERSON|aníbal torres cusi]] mi número de colegiatura es [[ID_NUMBER|cero cuatro uno siete siete dos]] por si la fiscalía necesita y mi celular es [[PHONE_NUMBER|nueve nueve ocho uno dos cero cinco cuatro seis]]
O: tiene algún correo donde le podamos escribir
C: sí [[EMAIL_ADDRESS|boticasanjudas guion bajo lv arroba yahoo punto es]] todo junto
O: gracias don [[PERSON|aníbal]] si la chica vuelve a la botica y puede hablar a solas dele este número cero ochocientos dos treinta y dos treinta y dos es gratis y no aparece en el recibo del teléfono
C: ya señorita se lo voy a anotar en el ticket de la compra para que el señor no se dé cuenta
O: muy buena idea no le diga nada al señor y mañana lo llamamos para contarle qué se avanzó
C: gracias señorita que dios la bendiga
""",
    ),
    (
        "h35-03",
        "es",
        """
O: línea contra la trata buenas noches con quién hablo
C: hola señorita eh me escucha estoy hablando bajito porque estoy en el baño de mi amiga este celular es de su mamá
O: sí te escucho bien tranquila cómo te llamas
C: [[PERSON|kiara]] me llamo [[PERSON|kiara]] tengo [[AGE|catorce años]] bueno el mes que viene cumplo [[AGE|quince]]
O: [[PERSON|kiara]] estás en un lugar seguro ahorita
C: sí estoy en la casa de mi amiga [[PERSON|nicol]] en [[LOCATION|belén]] acá en [[LOCATION|iquitos]] mi casa es a dos cuadras nomás
O: cuéntame qué está pasando
C: es que mi padrastro o sea el marido de mi mamá me quiere llevar en una lancha a un lodge el [[ORGANIZATION|amazon sanset loch]] dice que hay unos gringos que hacen fiesta y que me van a pagar doscientos soles solo por acompañarlos y bailar pero mi prima fue el año pasado y regresó llorando y no quiere contar nada
O: cuándo te quiere llevar
C: [[DATE_TIME|este sábado a las nueve de la noche]] dice que sale la lancha del [[ADDRESS|embarcadero de la calle próspero al final donde venden el pescado]]
O: cómo se llama tu padrastro
C: se llama [[PERSON|ráider]] eh [[PERSON|ráider pinedo tamani]] pero en el barrio le dicen [[PERSON|manguaré]] trabaja de motocarrista y su moto tiene la placa [[OTHER_ID|cuatro cinco ocho siete guion u i]]
O: y tu mamá sabe de esto
C: mi mamá dice que es chamba nomás que no sea malcriada y me quitó mi celular para que no le cuente a nadie
O: tu prima cuántos años tiene ahora
C: [[PERSON|dayana]] tiene [[AGE|dieciséis]] ya no va al colegio y ahora viaja con él cada fin de semana
O: [[PERSON|kiara]] lo que nos cuentas es muy serio y no es tu culpa vamos a avisar a la policía y a la fiscalía de familia para protegerte necesitamos saber dónde vives
C: en [[ADDRESS|el pasaje san andrés la casa de madera que abajo vende chupetes al costado de la iglesia evangélica]]
O: y en qué colegio estudias
C: en el [[ORGANIZATION|colegio nuevo amanecer de belén]] estoy en tercero de secundaria sección b
O: tienes algún número donde te podamos llamar sin que se entere tu padrastro
C: el de la mamá de mi amiga es el [[PHONE_NUMBER|nueve cuatro dos seis cero uno]] y espere que no me acuerdo el final [[PERSON|nicol]] cuál es el final ya [[PHONE_NUMBER|siete siete tres]]
O: [[PHONE_NUMBER|nueve cuatro dos seis cero uno siete siete tres]] ya
C: sí pero no llamen en la noche porque la señora se molesta mejor escríbanme al facebook de [[PERSON|nicol]] es [[OTHER_ID|facebook punto com barra nicol punto shapiama punto dos mil nueve]]
O: muy bien [[PERSON|kiara]] escucha si [[DATE_TIME|el sábado]] te quieren llevar a la fuerza llama al ciento cinco o aquí al cero ochocientos dos treinta y dos treinta y dos es gratis
C: ya señorita y a mi mamá no le van a decir que yo llamé no
O: no vamos a decir que llamaste una persona de la fiscalía o de la demuna te va a buscar en el colegio con mucho cuidado
C: ya ya viene la señora tengo que colgar gracias chau
O: cuídate mucho [[PERSON|kiara]]
""",
    ),
    (
        "h35-04",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le podemos ayudar?
C: Buenos días, señorita. Disculpe, no sé si es acá donde tengo que llamar. Soy pescador, acabo de bajar de una embarcación después de cuarenta y dos días en el mar y nos han tenido como esclavos.
O: Hizo bien en llamar. ¿Está en un lugar seguro ahora?
C: Sí, estoy en tierra, en [[LOCATION|Paita]], en una cabina de internet. Pero mis compañeros siguen a bordo, no los dejan bajar.
O: ¿Me puede decir su nombre?
C: [[PERSON|Wilmer Chunga Purizaca]]. Soy de [[LOCATION|Sechura]]. Mi DNI es [[ID_NUMBER|46183027]].
O: Gracias, señor [[PERSON|Chunga]]. Cuénteme cómo llegó a esa embarcación.
C: En [[LOCATION|Chimbote]] un enganchador, un señor que le dicen [[PERSON|Cachaco]], se para todas las mañanas en [[ADDRESS|el paradero de la avenida Meiggs, frente a la ferretería El Tornillo]], y recluta gente para la pota. Nos ofreció 1800 soles por marea, comida y el regreso pagado. Zarpamos [[DATE_TIME|el 3 de febrero]].
O: ¿Cómo se llama la embarcación?
C: La [[ADDRESS|Mar Bravo II]], matrícula [[OTHER_ID|PT-21853-CM]]. Es de la [[ORGANIZATION|Pesquera Los Delfines del Norte]]. El patrón es un tal [[PERSON|Benites]], y él manda en todo.
O: ¿Qué pasó en el mar?
C: Trabajábamos dieciocho, veinte horas, de noche con las luces para la pota. Al que se dormía le echaban agua o lo golpeaban. Nos quitaron la libreta de embarque a todos, la mía es [[ID_NUMBER|LE-0458213]]. Y ahora al bajar nos dicen que no hay pago, que debemos los víveres, las botas, el petróleo. A mí me dicen que debo 2350 soles.
O: ¿Cuántos compañeros quedan a bordo? ¿Hay menores de edad?
C: Éramos catorce de tripulación; quedan once a bordo. Hay dos chibolos, uno es el [[PERSON|Gerson]], de [[AGE|16 años]]; el otro no sé, tendrá [[AGE|15]]. El [[PERSON|Gerson]] es de [[LOCATION|Huarmey]], su mamá ni sabe dónde está.
O: ¿Dónde está la embarcación ahora?
C: Está [[ADDRESS|fondeada frente al desembarcadero artesanal, la tercera de la fila, la de casco azul con franja blanca]]. Dicen que vuelven a zarpar [[DATE_TIME|el jueves]] con la misma gente.
O: Entiendo. Lo que describe es trabajo forzoso y puede ser trata; retener la libreta y cobrar deudas así no es legal. Vamos a informar hoy a la fiscalía, a la policía y a la Capitanía de Puerto de [[LOCATION|Paita]] para que no los dejen zarpar.
C: Señorita, el patrón [[PERSON|Benites]] tiene amigos en el muelle. Que no sepan que fui yo.
O: Su identidad queda reservada. ¿Les prometieron depositarles a alguna cuenta?
C: Sí, decían que depositaban al Banco de la Nación. La cuenta mía es [[OTHER_ID|04-215-378914]], pero nunca llegó nada. Y el que hacía las planillas es el contador de la pesquera, el ingeniero [[PERSON|Lozada]], [[PERSON|Óscar Lozada]].
O: ¿A qué número lo podemos llamar?
C: Mi celular se mojó, estoy con uno prestado. Anote: [[PHONE_NUMBER|971 0]]... no, disculpe, es [[PHONE_NUMBER|971 084 236]].
O: Le repito: [[PHONE_NUMBER|971 084 236]]. ¿Es de usted?
C: Es de mi cuñado, [[PERSON|Percy]]. Él me pasa la voz.
O: Muy bien, señor [[PERSON|Wilmer]]. Le vamos a derivar también a la Sunafil y a una abogada gratuita para que reclame su pago. Y si ve que adelantan la salida, llámenos al 0800-2-3232 o al 105.
C: Ya, señorita. Yo lo que quiero es que mis compañeros bajen de ese barco. Hay uno que está con fiebre desde hace una semana.
O: Vamos a pedir que un médico los revise cuando intervengan. Gracias por su valentía, señor [[PERSON|Chunga]].
""",
    ),
    (
        "h35-05",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita. Yo soy comerciante, vendo papa y camote en el mercado, en [[LOCATION|Chiclayo]]. Quería contarle algo de una niñita que trabaja al frente de mi puesto.
O: La escucho, señora. ¿Cómo se llama usted?
C: [[PERSON|Hermelinda]]. Todos me dicen doña [[PERSON|Herme]]. Mi apellido no se lo doy todavía, ¿ya?
O: Está bien, doña [[PERSON|Herme]]. ¿Qué ha visto?
C: Hay una niña, [[PERSON|Nayeli]], que tendrá [[AGE|11 añitos]]. La trajeron de [[LOCATION|Chota]] hace como cuatro meses. Trabaja en [[ADDRESS|el puesto 47 del pasadizo de frutas del mercado La Parada Norte, el que está al lado de la escalera]], de una señora [[PERSON|Zoila]]. Empieza a las tres de la mañana descargando cajas y termina a las diez de la noche.
O: ¿En qué distrito queda ese mercado?
C: En [[LOCATION|José Leonardo Ortiz]], señorita, cerca al óvalo.
O: ¿Y dónde duerme la niña?
C: Ahí mismo, debajo del mostrador, en unos costales. La señora [[PERSON|Zoila]] le pega con la correa si se le pierde un sencillo. Le pagan, dice, 5 soles al día, y esa plata se la mandan a su papá.
O: ¿La niña va al colegio?
C: No, señorita, nunca. [[DATE_TIME|El domingo 9]] la encontré llorando, me dijo que quería volver con su mamá y que la señora le dijo que primero tiene que pagarle el pasaje, 120 soles.
O: ¿Conoce el nombre completo de la señora?
C: [[PERSON|Zoila Pisfil Chapoñán]]. Le dicen la [[PERSON|Chata]]. Tiene su empresita, en la boleta sale [[ORGANIZATION|Inversiones Pisfil E.I.R.L.]], RUC [[ID_NUMBER|20604871235]]. Yo le compro a veces, por eso tengo la boleta.
O: ¿Hay otros niños trabajando así?
C: Dos varoncitos que le cargan los bultos, de [[AGE|12]] y [[AGE|13]], primos de la [[PERSON|Nayeli]]. Ellos duermen en un cuarto que alquila la señora, en la [[ADDRESS|calle Los Tumbos, la casa sin tarrajear con puerta de calamina, a espaldas del mercado]].
O: Lo que me cuenta es trabajo infantil peligroso y puede ser trata con fines de explotación laboral. Vamos a informar a la fiscalía de familia y a la DEMUNA de [[LOCATION|José Leonardo Ortiz]] para que intervengan. ¿Me deja un número de contacto?
C: Sí, es [[PHONE_NUMBER|962 518]]... espere, que no me lo sé de memoria, acá lo tengo anotado... [[PHONE_NUMBER|407]].
O: Le repito: [[PHONE_NUMBER|962 518 407]].
C: Eso. Y si quiere mi apellido, es [[PERSON|Sandoval]]. Ya me animé.
O: Gracias, doña [[PERSON|Hermelinda]]. Le pido que no le diga nada a la señora [[PERSON|Zoila]] ni a la niña por ahora. Mañana la llamamos, y si ve que la niña está en peligro, llame al 105.
C: Ya, mamita. Una también ha sido pobre, pero así no se trata a una criatura.
""",
    ),
    (
        "h35-06",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hi, um, sorry, do you speak English? I got this number from a poster at the bus station.
O: Yes, I can help you in English. What's happening?
C: I'm a tourist, I'm from [[LOCATION|Australia]], I've been staying at a hostel in [[LOCATION|Arequipa]] for about a week. And there's a girl working there who I'm really worried about.
O: Thank you for calling. Can you tell me about her?
C: Her name's [[PERSON|Flor]]. She says she's [[AGE|eighteen]], but she told my friend she's actually [[AGE|sixteen]]. She's from somewhere near [[LOCATION|Espinar]]. She does everything: reception, breakfast, cleaning the rooms, laundry. I come down at 6 and she's there, and she's still there at midnight.
O: Does she get paid, do you know?
C: She said the owner gives her 60 soles a week, and he keeps her ID card "so she doesn't lose it". She sleeps in the laundry room on the roof. And last night, at about [[DATE_TIME|2 a.m.]], I heard the owner shouting at her, and this morning she had a cut lip.
O: I'm sorry to hear that. What's the name of the hostel?
C: [[ORGANIZATION|Casa Misti Backpackers]]. It's on [[ADDRESS|Calle Puente Grau 312]], in the historic centre. Their Instagram is [[OTHER_ID|@casamisti.aqp]], if that helps.
O: And the owner?
C: Everyone calls him Mr. [[PERSON|Valdivia]]. [[PERSON|Renzo]], I think, [[PERSON|Renzo Valdivia]]. He's about [[AGE|forty-five]]. He drives a grey pickup, I wrote down the plate: [[OTHER_ID|V2H-584]].
O: Did you see any other young people working there?
C: Another girl arrived on [[DATE_TIME|Tuesday]], maybe [[AGE|fourteen or fifteen]]. He picked her up from the bus terminal himself, and she hasn't left the building since.
O: What you describe could be trafficking for labour exploitation, and both girls may be minors. Under Article 129-A of the Peruvian Criminal Code that's a serious crime. We'll refer it to the police and the family prosecutor in [[LOCATION|Arequipa]] today.
C: Okay. Should I do something? I'm checking out on [[DATE_TIME|Friday the 14th]].
O: Please don't confront him or tell the girls you called. Could I have your name and a contact, in case the prosecutor wants a statement before you leave?
C: Sure. I'm [[PERSON|Chloe Bairstow]]. My WhatsApp is [[PHONE_NUMBER|+61 412 555 093]]. Sorry, no, [[PHONE_NUMBER|+61 412 555 903]]. I always mix up the end.
O: [[PHONE_NUMBER|+61 412 555 903]]. And an email?
C: It's [[EMAIL_ADDRESS|chloe dot bairstow at gmail dot com]]. And if they need my passport, it's [[ID_NUMBER|PA4417290]].
O: Thank you, [[PERSON|Chloe]]. Someone will contact you tomorrow. If you see her being hurt, call 105 for the police, or us on 0800-2-3232, any time.
C: Thanks. She's such a sweet kid. I just want her to be okay.
O: You did the right thing. We'll be in touch.
""",
    ),
    (
        "h35-07",
        "pt",
        """
O: Línea contra la trata, boa noite. Posso atender em português, se o senhor preferir.
C: Ah, graças a Deus, boa noite. Eu sou brasileiro, caminhoneiro, faço a rota de [[LOCATION|Rio Branco]] até [[LOCATION|Cusco]] pela Interoceânica. Quero denunciar uma coisa que eu vi hoje.
O: Pode falar, estou ouvindo. O senhor está em segurança agora?
C: Tô sim, tô na boleia do caminhão, no posto de combustível em [[LOCATION|Iberia]], em [[LOCATION|Madre de Dios]].
O: O que o senhor viu?
C: Do lado do posto tem um bar, o [[ORGANIZATION|Video Pub La Frontera]]. Fica [[ADDRESS|do lado da balança de pesagem, uma casa de madeira com lâmpada vermelha na porta]]. Eu entrei pra comprar água, lá pelas [[DATE_TIME|onze da noite]], e tinha umas quatro meninas servindo cerveja pros homens. Uma parecia ter uns [[AGE|13 anos]], no máximo.
O: Alguma delas falou com o senhor?
C: Uma falou, em português. Disse que se chama [[PERSON|Thaís]], que é de [[LOCATION|Brasiléia]], no [[LOCATION|Acre]], e que veio com a promessa de trabalhar numa loja em [[LOCATION|Puerto Maldonado]]. Ela pediu pra eu não ir embora, chorou, e aí o homem chegou e mandou ela pra dentro.
O: O senhor sabe quem é esse homem?
C: Chamam ele de [[PERSON|Careca]]. É peruano, tem uns [[AGE|quarenta anos]]. Tem uma caminhonete preta, a placa é [[OTHER_ID|M4T-629]]. Ele falou alto que as meninas devem a passagem, duzentos reais cada uma.
O: Quantas meninas o senhor acha que são ao todo?
C: Eu vi quatro, mas a [[PERSON|Thaís]] disse que tem mais duas trancadas nos fundos. Uma delas é de [[LOCATION|Pucallpa]], a [[PERSON|Kelly]].
O: Isso é muito grave, pode ser tráfico de pessoas para exploração sexual, com crianças. Vou acionar agora a polícia de [[LOCATION|Puerto Maldonado]] e a promotoria. O senhor pode me dizer seu nome?
C: [[PERSON|Valdemar]]. [[PERSON|Valdemar Souza Lima]]. Trabalho pra [[ORGANIZATION|Transportadora Rondon Cargas]], meu caminhão é o [[OTHER_ID|RDX4C17]], um Scania vermelho.
O: Obrigada, seu [[PERSON|Valdemar]]. Tem um número de WhatsApp?
C: [[PHONE_NUMBER|+55 69 99214-3378]]. Se eu não atender, é porque tô sem sinal na estrada.
O: E algum documento, caso a polícia precise do seu depoimento?
C: Meu CPF é [[ID_NUMBER|318.442.907-15]], pode anotar. Amanhã sigo pra [[LOCATION|Cusco]] e depois pra [[LOCATION|Lima]], descarrego lá na [[DATE_TIME|segunda-feira]].
O: Perfeito. Por favor, não volte ao bar nem fale com o [[PERSON|Careca]]. A polícia vai agir com cuidado pra proteger as meninas.
C: Pode deixar. Eu tenho uma filha de [[AGE|doze anos]], moça. Não vou conseguir dormir pensando nisso.
O: O senhor fez muito bem. Se vir que estão tirando as meninas de lá, ligue de novo, é gratuito: 0800-2-3232.
C: Valeu. Deus abençoe vocês.
O: Obrigada, seu [[PERSON|Valdemar]]. Vamos dar retorno pelo WhatsApp.
""",
    ),
    (
        "h35-08",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué te puedo ayudar?
C: Aló, buenas noches, mi amor. Mira, disculpa, ¿esta es la línea esa para denunciar lo de la trata? Es que una pana me pasó el número.
O: Sí, es aquí. Cuéntame con confianza.
C: Bueno, yo soy una chica trans, venezolana. Me llamo [[PERSON|Valeria]]. En la cédula todavía sale [[PERSON|Luis Alejandro Bracho Oviedo]], pero yo soy [[PERSON|Valeria]], ¿me entiendes?
O: Claro, [[PERSON|Valeria]]. ¿Estás en un lugar seguro ahora?
C: Más o menos. Estoy en el cuarto, las otras chamas están trabajando. Mira, yo me vine de [[LOCATION|Valencia]] [[DATE_TIME|el 24 de diciembre]] porque una señora de acá de [[LOCATION|Lima]], la señora [[PERSON|Yusmary]], me escribió por Instagram que me conseguía trabajo en una peluquería. Y nada, chama, no había peluquería ni nada.
O: ¿Qué pasó cuando llegaste?
C: Me dijo que le debía el pasaje, el hotel, la comida, ¡cuatro mil quinientos dólares, vale! Y que tenía que pagarlo trabajando en la calle. Nos paran en [[ADDRESS|la esquina de la avenida Naranjal con Universitaria, al lado del grifo]], de diez de la noche a cinco de la mañana, y aparte le pagamos 50 soles diarios de "plaza".
O: ¿Te deja quedarte con tus documentos?
C: No, mi amor, me quitó el pasaporte y el carné de extranjería. El número del carné sí me lo sé: [[ID_NUMBER|001938457]]. Y mi cédula es la [[ID_NUMBER|V-25.914.337]].
O: ¿Dónde viven?
C: En [[LOCATION|Los Olivos]], en [[ADDRESS|un edificio de cinco pisos detrás del centro comercial, el que tiene una botica abajo, tercer piso, cuarto 7]]. Somos cuatro chicas trans y una chamita que no tiene ni [[AGE|17 años]], la [[PERSON|Génesis]]. Esa es la que más me preocupa, burda de chiquita.
O: ¿Quién más está con la señora [[PERSON|Yusmary]]?
C: Su marido, un colombiano que le dicen el [[PERSON|Paisa]]. Él es el que cobra y el que pega. A la [[PERSON|Génesis]] le dio una cachetada [[DATE_TIME|el sábado]] porque no quería salir.
O: ¿Tienes algún dato de contacto de ellos?
C: Sí, el Instagram de ella es [[OTHER_ID|@yusy.vip.lima]]. Y el WhatsApp venezolano de ella, [[PHONE_NUMBER|+58 412 730 5516]]. Y nosotras depositamos a una cuenta del Interbank a nombre del [[PERSON|Paisa]], la cuenta es [[OTHER_ID|200-3074815592]]. Tengo las fotos de los váuchers.
O: Eso sirve mucho, guárdalas. Lo que me cuentas es trata con fines de explotación sexual, y hay una menor. Vamos a comunicar el caso a la policía especializada y a la fiscalía. Tú no has cometido ningún delito, aunque no tengas el pasaporte.
C: ¿Y no me van a botar del país? Porque eso es lo que ella dice, que Migraciones me bota.
O: No, ser víctima no es causa de expulsión. Además podemos derivarte a un albergue y al Centro de Emergencia Mujer. ¿A qué número te escribimos?
C: A este, que es el mío peruano: [[PHONE_NUMBER|9 2 7, 4 4 0, 1 8 6]]. Pero por favor escríbeme, no me llames, que ella revisa el teléfono.
O: Entendido, solo mensajes. [[PERSON|Valeria]], ¿tú quieres salir de ahí esta misma noche?
C: Sí, pero con la [[PERSON|Génesis]]. Yo sola no me voy, esa chama es como mi hermanita.
O: Vamos a coordinar para que la policía llegue con personal del albergue. Mientras tanto, quédense juntas en el cuarto. Si algo se pone feo, llama al 105.
C: Dale, mi amor. Gracias, de verdad. Una aquí siente que a nadie le importa.
O: A nosotras sí nos importa. Te escribimos en unos minutos.
""",
    ),
    (
        "h35-09",
        "es",
        """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Aló, ¿señorita? Imaynalla. ¿De [[LOCATION|Perú]] nomás es esta línea? Desde [[LOCATION|Chile]] estoy llamando, con el wifi de la señora.
O: Sí, señora, la escuchamos. Estamos en [[LOCATION|Perú]], pero podemos ayudarla. ¿Está bien?
C: Manam allinchu kashani, señorita, no estoy bien pues. Trabajadora del hogar soy, cama adentro, en [[LOCATION|Santiago]], en [[LOCATION|Lo Barnechea]]. Una agencia de [[LOCATION|Lima]] me ha mandado, la [[ORGANIZATION|Agencia de Empleos Santa Rosita del Sur]], diciendo que iba a ganar seiscientos mil pesos chilenos.
O: ¿Cómo se llama usted?
C: [[PERSON|Felícita]], [[PERSON|Felícita Ccoyllo Quispe]]. De [[LOCATION|Chumbivilcas]] soy, de [[LOCATION|Colquemarca]]. [[AGE|Treinta y cuatro años]] tengo.
O: Señora [[PERSON|Felícita]], cuénteme qué pasa.
C: Desde que he llegado, [[DATE_TIME|el 2 de enero]], la señora [[PERSON|Macarena]] mi pasaporte se ha guardado. Dice que le debo el pasaje, ochocientos cincuenta dólares, y cada mes me descuenta. Trescientos mil nomás me da, y de eso también me quita. Salir no me deja, ni domingo. Desde las seis de la mañana hasta medianoche trabajo, tres wawas cuidando, cocinando, lavando.
O: ¿Le han hecho daño físico?
C: Me grita nomás, "india" me dice. Pero el caballero, don [[PERSON|Cristóbal]], una vez me ha agarrado del brazo fuerte, moretón me ha dejado. Achachau, miedo le tengo, señorita. En el cuartito al lado de la lavandería duermo, sin ventana.
O: Lo que me cuenta puede ser trata con fines de servidumbre doméstica. ¿Sabe la dirección de la casa?
C: Sí, en el sobre de las cartas dice [[ADDRESS|Camino Los Maitenes 1480, departamento 1402]]. Catorce pisos tiene el edificio, al frente hay una plaza con pileta.
O: ¿Y el nombre completo de sus empleadores?
C: Don [[PERSON|Cristóbal Echeñique]] y la señora [[PERSON|Macarena Vial]]. Abogado es él, creo.
O: ¿Tiene algún documento chileno con usted?
C: Sí, mi RUT me han dado, eso tengo en mi mochila: [[ID_NUMBER|25.847.390-K]]. El pasaporte nomás me falta. Y mi DNI peruano también ella lo tiene.
O: ¿Tiene un número de WhatsApp donde le podamos escribir?
C: [[PHONE_NUMBER|Más cincuenta y seis, nueve, ocho siete cuatro uno, dos dos cero tres]]. Ay, no sé si he dicho bien... sí, [[PHONE_NUMBER|+56 9 8741 2203]], así está en mi papelito.
O: Señora [[PERSON|Felícita]], vamos a comunicarnos con el consulado del [[LOCATION|Perú]] en [[LOCATION|Santiago]] y con la policía de allá, la PDI, para que la ayuden a salir y a recuperar su pasaporte. ¿Usted quiere salir de esa casa?
C: Arí, señorita, quiero. Mi wawa [[PERSON|Yésica]] está con mi mamá en [[LOCATION|Colquemarca]], [[AGE|nueve añitos]] tiene, por ella nomás he venido. Quiero regresar.
O: La entiendo. ¿Cuándo es un buen momento para que la contacten sin que la señora se entere?
C: [[DATE_TIME|El miércoles]] la señora se va a la playa con las wawas. Sola me quedo, don [[PERSON|Cristóbal]] sale temprano a su oficina.
O: Muy bien. Antes de ese día le va a escribir alguien del consulado, y le va a decir que llama de parte de esta línea. No borre los mensajes de la agencia.
C: Ya, señorita. Añay, añay, sulpayki. Diosllañataq pagachun.
O: Cuídese mucho, señora [[PERSON|Felícita]]. No está sola.
""",
    ),
    (
        "h35-10",
        "es",
        """
O: Línea contra la trata, buenas tardes.
C: Hi, buenas tardes. Sorry, mi español is kind of rusty, I grew up in [[LOCATION|New Jersey]]. ¿Puedo hablar mitad inglés, mitad español?
O: Claro, no hay problema, I speak English too. ¿Qué pasa?
C: Okay, cool. Mi nombre es [[PERSON|Anthony Carhuamaca]], but everyone calls me [[PERSON|Tony]]. I got deported el año pasado, and now I'm back in [[LOCATION|Lima]] trying to find work, you know? Y en un grupo de Facebook vi un anuncio: "se necesita personal para obra, 80 soles diarios, con alojamiento".
O: ¿Y qué pasó?
C: So I started there on [[DATE_TIME|March 3rd]]. They pick us up en [[LOCATION|Villa El Salvador]], en una van blanca, plate [[OTHER_ID|AKZ-714]], and they take us to this site en [[LOCATION|Chilca]], on [[ADDRESS|kilómetro 64 de la Panamericana Sur, the big gate with the yellow sign, right after the chicken farm]]. La constructora es [[ORGANIZATION|Constructora Andes Kapital S.A.C.]], they're building warehouses.
O: ¿Les pagan lo prometido?
C: Nada, bro. Three weeks and nothing. The maestro de obra, a guy they call [[PERSON|Chuquimango]], says we owe them for the food, the cot, the helmet, the boots. Like 15 soles for lunch, can you believe it? And at night they lock the gate con candado, y el guardián tiene escopeta.
O: ¿Dónde duermen?
C: In these containers behind the warehouse, like twelve guys in one container, no bathroom, no water at night.
O: ¿Les quitaron documentos?
C: Yeah, the first day they said "es para el seguro" and took everybody's DNI. Mine is [[ID_NUMBER|70412385]]. And they even took my deportation papers, with my A-number, [[ID_NUMBER|A-208-451-337]], which, like, why would they need that, right?
O: ¿Hay menores trabajando ahí?
C: Yeah, there's this kid from [[LOCATION|Huancavelica]], [[PERSON|Elmer]], he's like [[AGE|sixteen]], maybe [[AGE|quince]]. He cried the other night, says he wants to go home, but [[PERSON|Chuquimango]] told him he owes 400 soles. And two chamos from [[LOCATION|Venezuela]], they're like [[AGE|seventeen]].
O: Eso es trabajo forzoso y posible trata, y con menores es más grave. ¿Tú estás ahí ahora?
C: No, I got out. Yesterday, [[DATE_TIME|Sunday]], they let some guys go to the bodega and I just didn't come back. I'm at my tía's house en [[LOCATION|San Juan de Miraflores]].
O: Good. Vamos a derivar el caso a la fiscalía, a la Sunafil y a la policía para una intervención en la obra. ¿Me das un número?
C: My number is [[PHONE_NUMBER|+1 973 555 0142]], no wait, that's my old US one, it doesn't work here. Aquí: [[PHONE_NUMBER|948 261 057]].
O: Ok, [[PHONE_NUMBER|948 261 057]]. ¿Y un correo?
C: Sure, [[EMAIL_ADDRESS|tony punto carhua nine seven three arroba gmail punto com]]. Todo junto, sin espacios.
O: Perfect, [[PERSON|Tony]]. Guarda cualquier foto o audio de la obra. Retener documentos y obligar a trabajar por deudas es delito, está en la Ley 28950. Mañana te llama una abogada.
C: Thanks, for real. Just, please, get [[PERSON|Elmer]] out of there first, he's just a kid.
O: Lo vamos a priorizar. Gracias por llamar.
""",
    ),
]

if __name__ == "__main__":
    write_set(CALLS, "h35-", "heldout35.jsonl")
