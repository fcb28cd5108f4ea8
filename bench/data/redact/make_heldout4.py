#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Fourth held-out set, written before the redactor was ever run on it (second round of issue 3):
rough lowercase Whisper-like output with misheard words and mangled names, Venezuelan, Colombian
and Brazilian callers, Quechua/Aymara/Amazonian names, names that are common words, numbers split
across turns, e-mails and handles spoken aloud, plates, rural place descriptions, and traps (money,
durations, counts, article numbers, the hotline number). All people, numbers and businesses are
invented. Same markup and conventions as make_heldout.py.

Run: python bench/data/redact/make_heldout4.py  (writes heldout4.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h4-es-asr-rough-01", "es", """
O: linea contra la trata buenas noches le escucho
C: ya señorita buenas noches disculpe la hora es que mi ahijada [[PERSON|yanet]] [[PERSON|ccori huaman]] se fue con una señora a [[LOCATION|mazuko]] y ya no contesta
O: cuantos años tiene su ahijada
C: tiene [[AGE|dieciseis]] recien cumplio y la señora le dijo que iba a vender comida en un campamento
O: recuerda el numero de su ahijada
C: si es el [[PHONE_NUMBER|nueve siete cuatro]] espere que lo tengo aqui en el cuaderno
O: si la escucho
C: [[PHONE_NUMBER|seis uno cero dos dos ocho]] ese es
O: y la señora que se la llevo como se llama
C: le dicen la [[PERSON|gringa]] pero su nombre es [[PERSON|isidora]] [[PERSON|huillca]] dicen que tiene un local a la altura del [[ADDRESS|km 98 de la interoceanica]] pasando [[LOCATION|huepetuhe]]
O: muy bien y usted como se llama
C: yo soy su madrina [[PERSON|eusebia]] [[PERSON|cjuno]] mi cel es [[PHONE_NUMBER|984 0 12 7 35]] a cualquier hora
O: gracias señora [[PERSON|eusebia]] vamos a avisar a la fiscalia de [[LOCATION|madre de dios]]
"""),
    ("h4-es-ve-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi amor. Mira, yo soy venezolana, me llamo [[PERSON|Yusmary Briceño]], estoy en [[LOCATION|Tumbes]] con mi prima [[PERSON|Milexis]].
O: Cuénteme, ¿qué pasó?
C: Un chamo que se hace llamar el [[PERSON|Gocho]] nos trajo desde [[LOCATION|Maracay]] y nos quitó la cédula. La mía es [[ID_NUMBER|V-24.889.107]].
O: ¿Dónde están ahora?
C: En un hospedaje, el [[ORGANIZATION|Hostal Brisas del Mar]], [[ADDRESS|detrás del colegio Inmaculada, pasando la posta]]. Nos cobran 40 soles diarios y nos hacen trabajar 14 horas.
C: El tipo publica a las muchachas en Instagram, la cuenta es [[OTHER_ID|arroba chicas underscore tumbes vip]].
O: ¿Tiene un número donde la podamos llamar?
C: El mío de Venezuela es [[PHONE_NUMBER|cero cuatro uno cuatro, siete siete dos, cuarenta y uno, noventa]], pero aquí uso el [[PHONE_NUMBER|929 114 560]].
O: Gracias, [[PERSON|Yusmary]]. ¿Hay alguien más con ustedes?
C: Sí, otra muchacha, [[PERSON|Esperanza]]. [[PERSON|Esperanza Guédez]], tiene [[AGE|diecinueve]] y está embarazada.
"""),
    ("h4-es-co-asr-01", "es", """
O: linea contra la trata buenos dias
C: buenos dias le hablo de [[LOCATION|leticia]] soy colombiana me llamo [[PERSON|luz dary]] [[PERSON|ospina]]
O: digame señora
C: mi hija [[PERSON|paz]] se vino a [[LOCATION|iquitos]] hace dos meses por un trabajo en un restaurante y el patron le tiene el celular y los papeles
O: como se llama el patron
C: le dicen don [[PERSON|fercho]] [[PERSON|arbelaez]] es paisa tambien
O: tiene algun correo de su hija
C: si es [[EMAIL_ADDRESS|paz guion bajo ospina dos mil cinco arroba gmail punto com]]
O: y el numero de cedula de ella
C: la de ella es [[ID_NUMBER|uno cero cero siete ocho nueve cuatro tres dos uno]]
O: y su numero señora
C: [[PHONE_NUMBER|mas cincuenta y siete tres uno cinco cuatro cuatro ocho dos nueve nueve cero]]
O: listo señora [[PERSON|luz dary]] la vamos a llamar mañana temprano
"""),
    ("h4-pt-asr-01", "pt", """
O: línea contra la trata boa tarde
C: boa tarde eu falo de [[LOCATION|assis brasil]] no [[LOCATION|acre]] meu nome é [[PERSON|rosilene]] [[PERSON|farias]]
O: pode falar senhora
C: minha sobrinha [[PERSON|gleiciane]] de [[AGE|quinze anos]] foi levada pra [[LOCATION|puerto maldonado]] por um caminhoneiro chamado [[PERSON|valdir]]
O: a senhora tem a placa do caminhão
C: tenho sim é [[OTHER_ID|qtp 4h19]] um caminhão baú branco
O: e o cpf dela
C: é [[ID_NUMBER|814 553 207 40]]
O: e o seu telefone
C: [[PHONE_NUMBER|68 9 9921 4410]] é zap também
C: ela postava no tiktok como [[OTHER_ID|gleici ponto oficial]] mas faz três semanas que não posta nada
"""),
    ("h4-es-amazon-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy profesor en una comunidad nativa cerca de [[LOCATION|Atalaya]]. Me llamo [[PERSON|Abel Shingari]].
C: Dos alumnas, [[PERSON|Nery Ahuanari]] y [[PERSON|Leydi Shapiama]], de [[AGE|13]] y [[AGE|14 años]], se fueron con un señor que dijo que era para trabajo de casa en [[LOCATION|Pucallpa]].
O: ¿Sabe el nombre del señor?
C: Se presentó como [[PERSON|Wilder]], un señor gordo. Se embarcaron [[DATE_TIME|el jueves 4]] en la lancha [[ORGANIZATION|Gilmer IV]].
O: ¿Y dónde lo podrían encontrar en Pucallpa?
C: Dicen que tiene un bar [[ADDRESS|a la altura del km 12 de la carretera Federico Basadre]], al frente de un grifo.
O: ¿Tiene un número de contacto?
C: Acá no hay señal, llamo del teléfono comunitario, [[PHONE_NUMBER|061 57 4412]]. Pregunte por el profesor [[PERSON|Abel]].
"""),
    ("h4-en-01", "en", """
O: Línea contra la trata, good afternoon.
C: Hi, yes, my name is [[PERSON|Megan Riordan]], I'm volunteering at a hostel in [[LOCATION|Cusco]] for three weeks now.
O: Go ahead, please.
C: There's a girl who cleans the rooms, [[PERSON|Sunny]], she says she's [[AGE|eighteen]] but she looks maybe [[AGE|14]], [[AGE|15]]. The owner, mister [[PERSON|Cardeña]], keeps her ID and pays her 300 soles a month.
C: The guy who brought her drives a white van, plate [[OTHER_ID|B7K-882]]. She messaged me from an Instagram, [[OTHER_ID|at sunny dot flowers dot 07]].
O: Where is the hostel?
C: [[ADDRESS|Calle Tandapata 514]], in [[LOCATION|San Blas]]. The hostel is called [[ORGANIZATION|Wayra Backpackers]].
O: Can we call you?
C: Sure, my WhatsApp is [[PHONE_NUMBER|plus one, five one two, four four zero, eighty-seven sixty-one]]. And my email is [[EMAIL_ADDRESS|megan dot riordan at proton dot me]].
"""),
    ("h4-es-asr-aymara-01", "es", """
O: linea contra la trata buenas tardes
C: alo si buenas tardes le llamo de [[LOCATION|ilave]] mi nombre es [[PERSON|norma]] [[PERSON|quisbert]]
O: si señora digame
C: mi hija [[PERSON|nieves]] [[PERSON|chambi]] se fue con su enamorado un tal [[PERSON|brayan]] a [[LOCATION|la paz]] hace dos semanas y dice que la hacen trabajar en una pollería
O: tiene el numero del chico
C: si es [[PHONE_NUMBER|nueve cinco uno]]
O: ya
C: [[PHONE_NUMBER|tres cero tres]]
O: ya
C: [[PHONE_NUMBER|cuatro siete dos]] ese es
O: y donde vive usted señora
C: en la [[ADDRESS|parcialidad de ccota al costado del puente]] no tenemos calle
O: gracias señora [[PERSON|norma]] si pasa algo llame al 0800 2 3232 gratis
"""),
    ("h4-es-asr-mangled-01", "es", """
O: linea contra la trata buenas noches en que le ayudo
C: si buenas noches es por mi so brina [[PERSON|maribel]] [[PERSON|a pasa]] que se la llevaron a [[LOCATION|la rinconada]]
O: cuantos años tiene
C: [[AGE|diecisiete]] señorita y su de ene i es [[ID_NUMBER|4 7 0 2 9 1 1 3]]
O: quien se la llevo
C: mi cuñao [[PERSON|eber]] dice que fue una señora [[PERSON|tico na]] que tiene una agencia de empleos en [[LOCATION|juliaca]]
O: tiene algun numero
C: el de la señora es [[PHONE_NUMBER|nueve ochenta y cuatro ciento veinte treinta y cuatro cincuenta y seis]]
O: y el suyo
C: [[PHONE_NUMBER|9 5 1 6 6 0 3 2 8]] me llamo [[PERSON|silveria]]
"""),
    ("h4-es-traps-01", "es", """
O: Línea contra la trata, buenos días.
C: Buenos días. Trabajo en una fábrica de confecciones, somos 25 personas y nos pagan 35 soles por 12 horas. El dueño nos retiene el sueldo de tres meses.
O: Eso puede ser trabajo forzoso, está en el artículo 168-B del Código Penal. ¿Le quitaron documentos?
C: No, pero nos encierran de 7 a 7. La señora [[PERSON|Amparo]] tiene la llave.
O: ¿Dónde queda la fábrica?
C: En el [[ADDRESS|Pasaje Santa Rosa 233]], en [[LOCATION|Gamarra]], tercer piso.
O: Puede llamar al 0800-2-3232 las 24 horas o al 1818. Le damos orientación legal gratuita.
C: Gracias. Prefiero no decir mi nombre.
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "heldout4.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
