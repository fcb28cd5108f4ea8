# ruff: noqa: E501
"""Held-out set h46: 10 new fictional, labelled counter-trafficking hotline calls.

Written by an outside test-data writer who read only three files: shared/eval/LABELS.md,
shared/eval/make_dev.py and redact/make_heldout.py (whose write_set builds these calls).
No tool code and no other data were read. All people, numbers, IDs, accounts, plates,
handles, links, e-mails, businesses, estates and street addresses are invented; no names,
numbers or addresses from make_dev.py are reused (only big cities the brief asked for,
such as Lima and Trujillo, recur).

Mix (ids h46-01 .. h46-10):
  01-04  lowercase, unpunctuated Whisper-style Spanish (fillers, self-corrections,
         numbers in words, a misheard place name): neighbour watching a house across the
         street (Trujillo); domestic worker locked in a flat of a gated estate (Lima);
         mother of a boy in a Gamarra garment basement; Colombian cousin about social-media
         recruiting (Facebook group, Instagram handle, e-mail and link spelled out).
  05     cased Spanish: information request from Arequipa about a WhatsApp/web job offer,
         heavy on non-PII traps (amounts, legal article, 1818 and 0800 numbers, institutions).
  06-07  English: expat neighbour in a gated estate (tower/floor/flat/gate); US-based
         cousin of a Colombian woman recruited over Instagram into a spa in Trujillo.
  08     Brazilian Portuguese: young man held in a call-centre scam room in Lima.
  09     Venezuelan Spanish: mother in Arequipa whose daughter was taken to a roadside bar.
  10     Andean Spanish with Quechua words: father from Apurímac, daughter in a riverside
         restaurant on the road.

Annotation conventions: those of make_dev.py (titles/articles outside PERSON; cue words
such as DNI/placa/cédula outside ID/plate spans; AGE keeps "años" when said; DATE_TIME only
for dates/weekdays/clock times tied to an event, not routines or relative words; country
names LOCATION, nationality adjectives not; house appearance alone not labelled; hotline
numbers not PII). Choices beyond make_dev.py:
  * Lowercase transcripts are labelled exactly like cased ones ("la señora [[PERSON|blanca]]").
    A name that is also a common word is labelled only where it names the person:
    "una camioneta blanca" (colour) is NOT labelled while "la señora blanca" is.
  * Numbers dictated in pieces (within a turn or across turns) get one span per contiguous
    piece; a filler inside a piece ("nueve eh cuatro") stays inside the span, a filler
    between pieces does not. A wrong piece that the caller then corrects is still labelled
    (it is the same identifier, misspoken); the operator's read-back is labelled too.
  * Spoken e-mails and handles keep the spoken "arroba"/"punto"/"guion bajo" inside the span,
    as make_dev.py does for e-mails; handles keep the "@"/"arroba". URLs and link-shortener
    links of a recruiter or person are OTHER_ID (with "www"/"https" when said).
  * Adjacent pieces of one number said in one breath ("[[ID|ocho siete dos]] [[ID|cuatro
    cuatro uno]]") are still one span per piece; a partial plate or number ("termina en 417")
    is labelled like the whole one.
  * A person's own social-media profile display name ("me sale como rochi chuquilin
    cajabamba", a Facebook name) is OTHER_ID, like a handle.
  * Named social-media groups/pages (display names, not handles) are ORGANIZATION.
  * Gated estates, towers, floors, flats, gates, stalls, basements, rooms and km points are
    ADDRESS. When a business or estate is only a landmark inside one place description, the
    whole description is one ADDRESS span; a business named on its own is ORGANIZATION.
  * Neighbourhoods and commercial areas (Gamarra, "sector" names only when with Mz./Lote)
    follow LOCATION when named alone; a misheard place name ("camarra" for Gamarra) is
    labelled like the real one.
  * Big banks (BCP, Interbank), payment apps (Yape), platforms (Facebook, TikTok, Instagram,
    WhatsApp) and public institutions (Policía, Fiscalía, DEMUNA, CEM, Ministerio de la
    Mujer, OIM, Sunafil, Migraciones, serenazgo) are not labelled. A bank account number is
    OTHER_ID; a Yape number is a PHONE_NUMBER. Brazilian CPF, Colombian and Venezuelan
    cédulas, PTP/CPP and passports are ID_NUMBER; a company RUC is ID_NUMBER.
  * Quechua kinship and address words (mamay, taytay, wawa, ñañay, turay) are not PERSON;
    a Quechua nickname used as a name ("Pukacha") is PERSON.
  * Money, durations, counts, schedules, legal article numbers, the hotline names and
    numbers (1818, 0800-2-3232, 105) are deliberately left unlabelled as traps.

Run: python3 make_heldout46.py   (writes heldout46.jsonl next to make_heldout.py)
"""

from make_heldout import write_set

CALLS = []

# 01 lowercase es - neighbour watching the house across the street (Trujillo)
CALLS.append(
    (
        "h46-01",
        "es",
        """
O: línea contra la trata buenas noches en qué le puedo ayudar
C: aló buenas noches eh este le llamo por una casa que está al frente de la mía o sea cruzando la pista yo la veo todos los días desde mi ventana del segundo piso
O: la escucho señora está usted en un lugar seguro para hablar
C: sí sí estoy en mi cuarto es en [[LOCATION|la esperanza]] en [[LOCATION|trujillo]] la casa es la [[ADDRESS|manzana ce lote diecisiete del sector los jazmines]] la del portón guinda con rejas al costado de la [[ORGANIZATION|bodega doña chela]]
O: qué es lo que ha visto
C: ahí viven unas chicas venezolanas cinco seis serán bien jovencitas de [[AGE|diecisiete dieciocho años]] más o menos y todas las noches desde las diez hasta las cuatro de la mañana llegan carros entran hombres y las chicas nunca salen solas siempre sale con ellas una señora que le dicen [[PERSON|blanca]] la señora [[PERSON|blanca]] y un flaco alto que le dicen el [[PERSON|tuco]] ahí llega una camioneta blanca la del [[PERSON|tuco]] la placa es [[OTHER_ID|t5k 941]] no perdón [[OTHER_ID|t5h 941]] con hache la tengo anotada en mi cuaderno y [[DATE_TIME|el viernes como a las once de la noche]] escuché que una de las chicas gritaba auxilio y después la señora [[PERSON|blanca]] salió a botar a los vecinos que se acercaron dijo que era una fiesta nomás una de las chicas que a veces sale a comprar pan con el [[PERSON|tuco]] se llama [[PERSON|yuleisi]] o [[PERSON|yurlei]] algo así me dijo que era de [[LOCATION|valencia]] que debía mil doscientos soles del pasaje y que le cobran cincuenta soles diarios por el cuarto
O: lo que me cuenta puede ser trata con fines de explotación sexual le repito la placa [[OTHER_ID|t5h 941]] vamos a pasar la información a la policía para que hagan la verificación me puede dejar un número de contacto puede ser sin nombre
C: ya es el [[PHONE_NUMBER|nueve cuatro ocho]] eh
O: sí la escucho
C: [[PHONE_NUMBER|dos seis uno]] y al final [[PHONE_NUMBER|cero tres siete]]
O: le repito [[PHONE_NUMBER|nueve cuatro ocho dos seis uno cero tres siete]]
C: eso es pero no diga que fui yo ya yo primero marqué al mil ochocientos dieciocho y me dijeron que llame acá
O: su identidad queda en reserva no se acerque a la casa ni enfrente a nadie y si ve que se llevan a las chicas llame de inmediato al ciento cinco o aquí mismo
C: ya señorita gracias que dios la bendiga
""",
    )
)

# 02 lowercase es - domestic worker locked in a flat of a gated estate (Lima)
CALLS.append(
    (
        "h46-02",
        "es",
        """
O: línea contra la trata buenas tardes le escuchamos
C: aló señorita disculpe que hable bajito estoy en el cuarto de servicio no me dejan salir
O: tranquila hable como pueda está en peligro ahorita
C: no me han pegado hoy pero me tienen encerrada desde [[DATE_TIME|el veintiocho de diciembre]] la señora se llevó la llave del departamento y del ascensor
O: dígame dónde está usted
C: en [[LOCATION|san miguel]] en el [[ADDRESS|condominio mirador de los andes torre be piso catorce departamento mil cuatrocientos dos]] se entra por [[ADDRESS|la garita de la puerta tres la que da a la avenida]]
O: muy bien cómo se llama usted
C: [[PERSON|rocío]] [[PERSON|rocío chuquilín]] soy de [[LOCATION|cajabamba]] vine a trabajar cuando tenía [[AGE|diecisiete]] ahora tengo [[AGE|diecinueve años]] trabajo para la doctora [[PERSON|castañeda]] o sea [[PERSON|gianina castañeda]] y su esposo el ingeniero [[PERSON|mauricio]] me pagan cuatrocientos soles al mes cuando me pagan y trabajo de cinco de la mañana hasta once de la noche cuido a los dos niños cocino lavo y mi dni la señora lo guardó en su caja fuerte el número es [[ID_NUMBER|siete uno cuatro cuatro]]
O: sí
C: [[ID_NUMBER|nueve dos cero seis]]
O: le leo [[ID_NUMBER|siete uno cuatro cuatro nueve dos cero seis]]
C: sí eso es ah y este celular es de la nana del piso nueve la señora [[PERSON|ceci]] ella me lo prestó por el balcón de servicio no me llamen a este número por favor
O: entendido vamos a coordinar ahora con la policía y el serenazgo para que vayan al condominio usted tiene alguna forma segura de que le escribamos
C: a mi facebook nomás me sale como [[OTHER_ID|rochi chuquilin cajabamba]] lo reviso en la noche con el wifi de los niños
O: bien [[PERSON|rocío]] cuando llegue la policía diga que usted llamó a la línea no está cometiendo ningún delito y luego la llevamos a un lugar seguro
C: gracias señorita ya tengo que colgar está subiendo el ascensor
""",
    )
)

# 03 lowercase es - mother of a boy in a garment basement in Gamarra
CALLS.append(
    (
        "h46-03",
        "es",
        """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita eh yo llamo de [[LOCATION|huánuco]] de [[LOCATION|amarilis]] es por mi hijo el [[PERSON|jhordy]] que está trabajando en [[LOCATION|gamarra]] en lima en un taller de costura
O: cuénteme señora cuántos años tiene su hijo
C: tiene [[AGE|quince]] recién ha cumplido [[AGE|quince]] [[DATE_TIME|el dos de agosto]] se fue con un señor que le dicen don [[PERSON|fredy]] le dijo que iba a aprender el oficio y que le iba a pagar veinte soles por docena de polos y ahora me cuenta que trabajan en un sótano sin ventana de siete de la mañana a diez de la noche que duermen ahí mismo encima de los rollos de tela que son como doce chicos todos de provincia y que la señora [[PERSON|yoli]] les guarda los celulares y solo les deja llamar los domingos
O: sabe cómo se llama el taller o dónde queda
C: se llama [[ORGANIZATION|confecciones kasandra]] con ka es en [[LOCATION|camarra]] perdón en [[LOCATION|gamarra]] en el [[ADDRESS|jirón los telares mil ciento cuarenta]] en el [[ADDRESS|sótano dos de la galería el telar de oro puesto ciento catorce]] la puerta negra al lado de una fotocopiadora así me dijo
O: el [[ADDRESS|jirón los telares mil ciento cuarenta]] [[ADDRESS|sótano dos puesto ciento catorce]]
C: sí señorita y arriba en el primer piso venden los polos en un stand que también es de ellos y el dni de mi hijo don [[PERSON|fredy]] se lo quitó dice que para la planilla el número es [[ID_NUMBER|siete ocho cero cinco]] eh [[ID_NUMBER|tres tres uno dos]] no espere [[ID_NUMBER|tres tres dos uno]]
O: le repito [[ID_NUMBER|78053321]]
C: sí así es
O: señora un menor de [[AGE|quince años]] trabajando así y sin documentos es explotación laboral y puede ser trata vamos a derivar el caso a la policía especializada a la fiscalía y a sunafil para que intervengan el taller a qué número la llamamos
C: a mi celular [[PHONE_NUMBER|novecientos cincuenta y dos trescientos diez cuatrocientos ochenta]] yo soy [[PERSON|eufemia]] [[PERSON|eufemia tarazona]]
O: le repito [[PHONE_NUMBER|952 310 480]] señora [[PERSON|eufemia]]
C: correcto señorita y por favor que no le hagan nada a mi hijo él no tiene la culpa
O: su hijo es víctima nadie lo va a castigar la llamamos hoy en la tarde para contarle cómo avanza
""",
    )
)

# 04 lowercase es - Colombian cousin about social-media recruiting (Lima)
CALLS.append(
    (
        "h46-04",
        "es",
        """
O: línea contra la trata buenas noches
C: buenas noches mire yo soy colombiana vivo acá en [[LOCATION|lima]] y le llamo por mi prima [[PERSON|yesenia]] que se vino de [[LOCATION|cali]] por un trabajo que vio en facebook y ahora no la dejan salir
O: gracias por llamar cómo la contactaron
C: en un grupo que se llama [[ORGANIZATION|colombianas emprendedoras en perú]] ahí una muchacha que firma como [[PERSON|la mona]] publicaba que necesitaban meseras para un restaurante campestre y luego le escribía por instagram desde [[OTHER_ID|arroba lamona punto trabajos]] o sea [[OTHER_ID|lamona.trabajos]] con punto en el medio y le pidió que mandara fotos de cuerpo entero y la cédula por los dos lados y que se inscribiera en un link [[OTHER_ID|bit punto ly barra empleo lima veinticuatro]] y después le escribieron de un correo [[EMAIL_ADDRESS|reclutamiento punto andes arroba gmail punto com]]
O: y dónde está ahora su prima
C: en [[LOCATION|los olivos]] en [[ADDRESS|el tercer piso encima del chifa gran muralla a media cuadra del paradero de la avenida]] no es restaurante es un night club abajo y arriba los cuartos dice que les cobran dos mil dólares de deuda por el pasaje y el hospedaje
O: cuántos años tiene su prima
C: [[AGE|veintidós]] y hay otra chica con ella que es menor tiene [[AGE|dieciséis]] de [[LOCATION|palmira]] no sé el nombre
O: tiene algún documento de su prima
C: la cédula es [[ID_NUMBER|uno cero cero cinco]] eh [[ID_NUMBER|ocho siete dos]] [[ID_NUMBER|cuatro cuatro uno]] eh o sea termina en [[ID_NUMBER|cuatro cuatro uno]]
O: le leo [[ID_NUMBER|1005872441]] es correcto
C: sí y el whatsapp de ella es [[PHONE_NUMBER|más cincuenta y siete trescientos dieciocho]] [[PHONE_NUMBER|cuatro cuatro cero nueve]] [[PHONE_NUMBER|dos siete seis]]
O: gracias esto puede ser trata con fines de explotación sexual vamos a alertar a la policía especializada y a la fiscalía y también se puede coordinar con la oim y el consulado para la ayuda a su prima usted cómo se llama
C: [[PERSON|marleny]] nomás mi número es el mismo con el que llamo
O: perfecto [[PERSON|marleny]] guarde los pantallazos del grupo y de los mensajes no los borre mañana la llamamos
C: listo muchas gracias señorita
""",
    )
)

# 05 cased es - information request from Arequipa about a WhatsApp/web job offer (trap-heavy)
CALLS.append(
    (
        "h46-05",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes. ¿En qué le podemos ayudar?
C: Buenas tardes. Quería hacer una consulta, no sé si es aquí o en el 1818. Me llamo [[PERSON|Consuelo]]... bueno, [[PERSON|Consuelo Apfata]], soy de [[LOCATION|Paucarpata]], en [[LOCATION|Arequipa]].
O: Es aquí mismo, señora [[PERSON|Consuelo]]. Cuénteme.
C: A mi sobrina la agregaron a un grupo de WhatsApp que se llama [[ORGANIZATION|Chamba Segura Sur 2.0]]. Ofrecen trabajo de impulsadora en [[LOCATION|Tacna]], 2,500 soles al mes más comisiones, turno de ocho horas, con alojamiento gratis. Solo piden 150 soles por el uniforme.
O: ¿Su sobrina ya pagó algo o envió documentos?
C: Todavía no. Pero le mandaron una página web, [[OTHER_ID|www.impulsasurperu.com/postula]], donde piden subir el DNI, fotos y el número de cuenta para "el depósito del primer sueldo". Y el que escribe firma como el licenciado [[PERSON|Rubén Quiroga]], del número [[PHONE_NUMBER|+51 930 477 615]].
O: ¿Cuántos años tiene su sobrina?
C: [[AGE|Diecisiete]]. Ella dice que en tres meses cumple la mayoría de edad y que no pasa nada.
O: Le menciono las señales de alerta: un sueldo muy alto sin experiencia, alojamiento pagado, cobro por adelantado y pedir documentos por internet. Además, reclutar a una menor para trabajar en otra ciudad sin sus padres es un riesgo serio. La trata está en el artículo 129-A del Código Penal, y la pena es de 8 a 15 años, más si la víctima es menor.
C: Ay, no sabía. ¿Y a quién más puedo acudir? ¿A la DEMUNA?
O: Sí, la DEMUNA de su distrito, el CEM o la comisaría pueden orientarla, y el Ministerio de la Mujer tiene atención gratuita. También puede reenviarnos el enlace y el correo desde el que le escribieron.
C: El correo es [[EMAIL_ADDRESS|rrhh.impulsasur@outlook.es]]. Y el licenciado dijo que los recoge [[DATE_TIME|el lunes 9 a las 6 de la mañana]] en [[ADDRESS|la puerta del terminal terrestre, frente al grifo Primax]].
O: Gracias, registro el reporte y lo derivamos a la policía para que investigue la página y el número. Le recomiendo que su sobrina no viaje ni envíe nada. Si quiere, ella misma puede llamarnos gratis al 0800-2-3232, las 24 horas.
C: Ya, señorita. Le voy a explicar todo. Muchas gracias.
""",
    )
)

# 06 en - expat neighbour in a gated estate (Lima)
CALLS.append(
    (
        "h46-06",
        "en",
        """
O: Línea contra la trata, good evening. How can I help you?
C: Hi, good evening. I hope this is the right number. I live in a gated community in [[LOCATION|Chaclacayo]], [[ADDRESS|Condominio Bosque Alto]], and I'm worried about the nanny who works for the family across the hall.
O: Thank you for calling. Can you tell me what you've noticed?
C: We're in [[ADDRESS|Tower C, eleventh floor]]. The family is in [[ADDRESS|flat 1104]], right opposite ours, [[ADDRESS|1103]]. Their nanny, [[PERSON|Yeimi]], is Venezuelan, she's maybe [[AGE|twenty]]. In eight months I've never seen her leave the building, not once, not even on Sundays.
O: Has she told you anything herself?
C: Once, in the service lift, she cried and said they keep her passport and pay her 300 soles a month, and that the lady of the house, Mrs. [[PERSON|Salcedo]], no sorry, it's [[PERSON|Salcedo Brandt]], [[PERSON|Patricia Salcedo Brandt]], shouts at her and locked her on the laundry balcony as a punishment.
O: Do you know the husband's name or anything else about the family?
C: He's [[PERSON|Ignacio]], he runs a logistics company, [[ORGANIZATION|Transportes Brandt & Hijos]]. They have a grey SUV, plate [[OTHER_ID|BXR-307]], parked in [[ADDRESS|space 46 of the basement]].
O: That's very useful. How does the nanny usually come and go?
C: She doesn't. The staff come in through [[ADDRESS|Gate 2, the service gate on Calle Las Retamas]], and the guards have a list. Her name is crossed out on the exit list, the guard [[PERSON|Wilmer]] told my housekeeper.
O: What you describe may be domestic servitude. We'll alert the police and the prosecutor's office so they can visit her, and she can be offered a shelter. May I have your name and a number?
C: [[PERSON|Ingrid Lindqvist]]. My number is [[PHONE_NUMBER|nine one seven, four zero two]], sorry, [[PHONE_NUMBER|nine one seven, four zero two, eight eight five]].
O: So [[PHONE_NUMBER|917 402 885]]. Thank you, [[PERSON|Ingrid]]. Please don't confront the family. If you hear that she's being hurt, call 105 or us straight away.
C: I will. Thank you so much, I didn't know who else to call.
""",
    )
)

# 07 en - US-based cousin of a Colombian woman recruited over Instagram (Trujillo)
CALLS.append(
    (
        "h46-07",
        "en",
        """
O: Línea contra la trata, good afternoon.
C: Hi, do you speak English? I'm calling from [[LOCATION|Orlando]], it's about my cousin in [[LOCATION|Peru]].
O: Yes, I can help you in English. What's your cousin's name?
C: [[PERSON|Leidy Johana]], [[PERSON|Leidy Johana Cárdenas Mosquera]]. She's Colombian, from [[LOCATION|Pereira]], she's [[AGE|24]]. She answered an Instagram ad for a receptionist job at a spa in [[LOCATION|Trujillo]]. The account was [[OTHER_ID|@marcela.bienestar.norte]], that's [[OTHER_ID|M-A-R-C-E-L-A dot bienestar dot norte]].
O: What happened after she arrived?
C: She got there on [[DATE_TIME|March 3rd]]. The spa is [[ORGANIZATION|Zen Relax Spa Norte]] in [[LOCATION|Víctor Larco]], on [[ADDRESS|the second floor above a pharmacy, two blocks from the beach boardwalk]]. It's not a receptionist job. They make the girls give "massages with extras", and the owner, a woman called [[PERSON|Marcela]], takes almost all the money, says they owe her 4,000 dollars for the flight.
O: Is she able to leave?
C: They live in [[ADDRESS|a room at the back of the spa]], and the door is locked at night. [[PERSON|Marcela]]'s boyfriend, they call him [[PERSON|Kike]], drives them around in a red car. She texted me yesterday at [[DATE_TIME|2 a.m.]] and said she's scared.
O: I understand. Do you have her passport number or a phone number for her?
C: Her passport is [[ID_NUMBER|A-T, 5, 1, 9]], wait, let me read it properly: [[ID_NUMBER|A-T-5-1-9-0-6-4-2]].
O: So that's [[ID_NUMBER|AT5190642]]?
C: Yes. And her Peruvian number is [[PHONE_NUMBER|plus fifty-one, nine two nine]] [[PHONE_NUMBER|eight four six]] [[PHONE_NUMBER|one seven three]]. She also has a linktree they made her use, [[OTHER_ID|linktr.ee/leidy_spa_trux]].
O: Thank you. This may be trafficking for sexual exploitation. We'll alert the police unit in [[LOCATION|La Libertad]] and the prosecutor, and we can inform the Colombian consulate. May I have your name and contact?
C: [[PERSON|Daniela Ospina]]. My cell is [[PHONE_NUMBER|+1 407 555 0162]] and email [[EMAIL_ADDRESS|dani.ospina.fl@gmail.com]].
O: Thank you, [[PERSON|Daniela]]. We'll be in touch within the day.
C: Please hurry. Thank you.
""",
    )
)

# 08 pt-BR - young Brazilian man held in a call-centre scam room (Lima)
CALLS.append(
    (
        "h46-08",
        "pt",
        """
O: Línea contra la trata, boa noite. Pode falar em português, eu entendo.
C: Boa noite, graças a Deus. Eu sou brasileiro, estou em [[LOCATION|Lima]] e preciso de ajuda, mas não posso falar muito alto.
O: Tudo bem, fale como puder. Você está em perigo agora?
C: Estou trancado num prédio com mais uns quinze brasileiros. A gente veio por um anúncio no Instagram, [[OTHER_ID|@vagas.atendimento.lima]], prometendo emprego de atendente bilíngue com salário de três mil reais. Chegando aqui, tomaram nossos passaportes e obrigam a gente a ligar pra aposentados no [[LOCATION|Brasil]] oferecendo empréstimo falso.
O: Como você se chama?
C: [[PERSON|Lucas]]. [[PERSON|Lucas Henrique Farias]]. Tenho [[AGE|vinte e um anos]], sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]].
O: Você sabe onde fica o prédio?
C: Em [[LOCATION|Comas]], acho. É [[ADDRESS|o quarto andar, a sala do fundo, num prédio cinza do lado de uma pollería]], a janela tem película preta. A empresa se chama [[ORGANIZATION|Conecta Crédito Soluções]], o RUC tá num papel na parede: [[ID_NUMBER|20613958471]].
O: Quem controla vocês aí?
C: Um peruano que chamam de [[PERSON|Professor]] e uma brasileira, a [[PERSON|Tati]]. A gente trabalha das oito da manhã às dez da noite, tem meta de doze mil reais por dia, e quem não bate meta fica sem comida. [[DATE_TIME|Na sexta passada, dia 14]], bateram num menino de [[AGE|dezessete]], o [[PERSON|Davi]].
O: Isso é muito grave. É trata com fins de criminalidade forçada. Você tem algum documento, CPF?
C: Meu CPF é [[ID_NUMBER|cinco quatro um, oito dois zero, três três sete, noventa e seis]]. O passaporte ficou com a [[PERSON|Tati]].
O: Confirmo: [[ID_NUMBER|541.820.337-96]]. E um telefone seguro?
C: O WhatsApp da minha mãe no [[LOCATION|Brasil]], ela se chama [[PERSON|Rosângela]]: [[PHONE_NUMBER|+55 68 99214 3087]]. O meu celular eles pegaram.
O: Vamos avisar a polícia agora para uma intervenção e depois levar vocês a um abrigo, com apoio do consulado e da OIM. Se puder, fique perto dos outros.
C: Tá bom. Obrigado, de verdade.
""",
    )
)

# 09 Venezuelan Spanish - mother in Arequipa, daughter taken to a roadside bar
CALLS.append(
    (
        "h46-09",
        "es",
        """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Buenas noches, mi amor. Disculpe, es que estoy desesperada. Soy venezolana, vivo en [[LOCATION|Cerro Colorado]], en [[LOCATION|Arequipa]], y a mi chama se la llevaron.
O: Tranquila, señora, la escucho. ¿Cómo se llama su hija y cuántos años tiene?
C: [[PERSON|Génesis]], [[PERSON|Génesis Alejandra Pacheco]]. Tiene [[AGE|dieciséis]], cumple [[AGE|diecisiete]] [[DATE_TIME|el 22 de noviembre]]. Se echó un novio, un catire que le dicen el [[PERSON|Gocho]], burda de cariñoso con ella, y hace dos semanas se la llevó "a trabajar en un restaurante".
O: ¿Sabe dónde está ahora?
C: Ella me escribió ayer llorando, que no es restaurante, que es un bar en la carretera, en [[ADDRESS|el kilómetro cuarenta y dos de la Panamericana Sur, pasando el peaje, el local con el techo de calamina azul]]. Se llama [[ORGANIZATION|Bar El Rancho de Fermín]]. Que la ponen a tomar con los camioneros y que el [[PERSON|Gocho]] le cobra una deuda de mil quinientos soles. Ella tiene su número, vale. Es [[PHONE_NUMBER|nueve siete uno]]... ay, espérese que me tiembla la mano... [[PHONE_NUMBER|nueve siete uno, cero cero ocho, cinco cuatro dos]].
O: Le repito: [[PHONE_NUMBER|971 008 542]].
C: Ajá, ese mismo. Pero a veces se lo quitan.
O: ¿Ella tiene algún documento aquí en [[LOCATION|Perú]]?
C: Tiene el PTP, y la cédula venezolana, la [[ID_NUMBER|V-31.607.284]]. El PTP no me acuerdo, pero el carné lo tengo yo: el mío es [[ID_NUMBER|003819264]].
O: ¿Y cómo se llama usted?
C: [[PERSON|Yusmary]], [[PERSON|Yusmary Pacheco]]. Mi número es [[PHONE_NUMBER|+51 986 213 570]]. Y ese [[PERSON|Gocho]] tiene un Facebook, [[OTHER_ID|Gocho Ramírez Parrillero]], ahí sale con un carro plateado, la placa termina en [[OTHER_ID|417]], no vi las letras.
O: Gracias, señora [[PERSON|Yusmary]]. Una menor de edad en un bar, con deuda y obligada a acompañar clientes, es trata con fines de explotación sexual. Ahora mismo alertamos a la policía para que vayan al local, y la fiscalía de familia va a intervenir. Usted no tiene que tener los papeles al día para denunciar.
C: Dios se lo pague, mija. Yo no tengo a nadie aquí, nada más a mi chama.
O: No está sola. Quédese con el teléfono cerca, la llamamos apenas tengamos noticias.
""",
    )
)

# 10 Andean Spanish with Quechua words - father from Apurímac, daughter in a riverside restaurant
CALLS.append(
    (
        "h46-10",
        "es",
        """
O: Línea contra la trata, buenos días. ¿En qué le puedo ayudar?
C: Allillanchu, mamitay, buenos días. Disculparás, castellano poquito nomás hablo. Yo llamo de [[LOCATION|Talavera]], de [[LOCATION|Andahuaylas]]. Mi wawa, mi hija pues, se ha ido con la comadre y ya no vuelve.
O: No se preocupe, taytay, le entiendo. ¿Cómo se llama su hija y cuántos años tiene?
C: [[PERSON|Sonia]] se llama, [[PERSON|Sonia Huamaní Ccori]]. [[PERSON|Pukacha]] le decimos en la casa, por sus cachetitos. [[AGE|Catorce añitos]] nomás tiene. La comadre [[PERSON|Benedicta]] se la ha llevado para que trabaje de ayudanta en restaurante, "le voy a pagar trescientos soles, va estudiar", así dijo.
O: ¿Sabe dónde está ese restaurante?
C: En la carretera a [[LOCATION|Abancay]], dice. [[ADDRESS|Al costado del puente del río Pachachaca, bajando a mano izquierda, donde venden trucha frita]]. [[ORGANIZATION|Recreo La Trucha de Oro]] dice el letrero, así me contó mi sobrino que pasó en carro.
O: ¿Usted ha podido hablar con [[PERSON|Sonia]]?
C: Manam, mamita. La comadre no le deja. Mi sobrino dice que la ha visto lavando platos de noche, descalza, llorando. Chay warmi malograda es, a otras chiquitas también ha llevado.
O: ¿Cuál es el apellido de la señora [[PERSON|Benedicta]]?
C: [[PERSON|Benedicta Cusihuamán]]. Su esposo es el dueño, un tal [[PERSON|Saturnino]].
O: ¿Me puede dar el DNI de su hija o de usted, y un número para llamarle?
C: De la [[PERSON|Pukacha]] no tengo, la comadre se lo ha llevado. Mío es [[ID_NUMBER|cuatro cuatro]]... [[ID_NUMBER|cuatro cuatro cero nueve uno, siete tres dos]]. Y teléfono de mi hijo mayor, apunte: [[PHONE_NUMBER|nueve ochenta y tres]], [[PHONE_NUMBER|cincuenta y uno, cero seis, ochenta y nueve]].
O: Le repito: DNI [[ID_NUMBER|44091732]] y el número [[PHONE_NUMBER|983 510 689]].
C: Arí, así es, mamita. Yo me llamo [[PERSON|Teodoro Huamaní]].
O: Gracias, don [[PERSON|Teodoro]]. Una niña de [[AGE|catorce]] trabajando así es explotación y puede ser trata. Vamos a avisar hoy a la policía y a la fiscalía de [[LOCATION|Apurímac]], y a la DEMUNA, para que vayan al restaurante y la rescaten.
C: Sullpayki, mamitay. Que Diosito te ayude.
""",
    )
)

if __name__ == "__main__":
    write_set(CALLS, "h46-", "heldout46.jsonl")
