#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Fifth held-out set, written after the second round of tuning (on heldout4) and before the redactor
was ever run on it: the clean figure of that round, not to be tuned on. Rough lowercase Whisper-like
Spanish, English and Portuguese, cased Venezuelan/Colombian/Brazilian calls, Quechua/Awajún/Amazonian
names, names that are common words, numbers dictated in pieces across turns, e-mails and handles
spoken aloud, plates read out, rural places, and traps (money, durations, counts, article and law
numbers, the hotline number). All people, numbers and businesses are invented. Same markup and
conventions as make_heldout.py.

Run: python bench/data/redact/make_heldout5.py  (writes heldout5.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h5-es-asr-01", "es", """
O: linea contra la trata buenas tardes
C: buenas tardes señorita le llamo de [[LOCATION|andahuaylas]] es por mi nieta [[PERSON|rut]] [[PERSON|huamani]] [[PERSON|ccahuana]] tiene [[AGE|quince añitos]]
O: que le paso a su nieta
C: una señora que le dicen la [[PERSON|tuerta]] se la llevo a [[LOCATION|quillabamba]] a una chacra de cafe dice que le iba a pagar 600 soles al mes
O: tiene algun telefono de la señora
C: si anote [[PHONE_NUMBER|nueve seis tres cuarenta y cinco]]
O: ya
C: [[PHONE_NUMBER|doce ochenta]] eso es
O: y la chacra donde queda
C: esta en el [[ADDRESS|caserio huayrapata]] subiendo por la trocha como dos horas
O: como se llama usted señora
C: [[PERSON|feliciana]] [[PERSON|ccahuana]] soy su abuela celular no tengo llame a mi hijo [[PERSON|ruben]] al [[PHONE_NUMBER|983 551 240]]
"""),
    ("h5-es-ve-01", "es", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Mira, yo soy de [[LOCATION|Barquisimeto]], me llamo [[PERSON|Oriana Colmenárez]] y estoy en [[LOCATION|Lima]], en [[LOCATION|San Juan de Lurigancho]].
O: Dígame, ¿qué le está pasando?
C: Una chama que vino conmigo, [[PERSON|Génesis]], la tiene un tipo que le dicen el [[PERSON|Catire]] en un cuarto [[ADDRESS|en la manzana H1, lote 22, del sector Huáscar]].
C: Le quitaron el pasaporte y la cédula, que es la [[ID_NUMBER|veintiocho millones cuatrocientos mil ciento doce]].
O: ¿Tiene alguna forma de contacto de ella?
C: Su Instagram, [[OTHER_ID|@genesis.rmz_04]]. Y el tipo anuncia en una página que se llama [[OTHER_ID|arroba damas punto lima punto vip]].
O: ¿Y a qué número la podemos llamar a usted?
C: Al [[PHONE_NUMBER|+51 912 077 436]]. Y dígale a la policía que la chama tiene [[AGE|diecisiete]].
"""),
    ("h5-pt-01", "pt", """
O: Línea contra la trata, boa tarde.
C: Boa tarde. Aqui é a [[PERSON|Edileuza Cavalcante]], eu sou conselheira tutelar em [[LOCATION|Benjamin Constant]], no [[LOCATION|Amazonas]].
O: Pois não.
C: Temos uma adolescente de [[AGE|dezesseis anos]], [[PERSON|Francilene]], que foi aliciada por um homem, o [[PERSON|Marcão]], pra trabalhar numa balsa de garimpo do lado peruano, perto de [[LOCATION|Islandia]].
O: A senhora sabe o nome da embarcação?
C: O barco se chama [[ORGANIZATION|Comandante Nascimento III]]. Saiu faz quatro dias com umas 20 pessoas.
C: A mãe dela mora na [[ADDRESS|Rua Beira-Rio, casa 18]]. O telefone do conselho é [[PHONE_NUMBER|(97) 3415-2290]] e o meu e-mail é [[EMAIL_ADDRESS|edileuza.cavalcante@bol.com.br]].
O: Obrigada, dona [[PERSON|Edileuza]].
"""),
    ("h5-en-asr-01", "en", """
O: linea contra la trata good morning
C: hi good morning my name is [[PERSON|dawn]] [[PERSON|mcallister]] i work with a small charity in [[LOCATION|puerto maldonado]]
O: go ahead
C: we met two sisters [[PERSON|flor]] and [[PERSON|estrella]] they're [[AGE|13]] and [[AGE|15]] they were brought by a man called [[PERSON|tito]] who runs a bar in [[LOCATION|la pastora]]
C: the girls sleep in [[ADDRESS|the third house after the bridge]] and his truck plate is [[OTHER_ID|a d f nine one two]]
O: and how can we reach you
C: my email is [[EMAIL_ADDRESS|dawn at riverhope dot org]] and my peruvian number is [[PHONE_NUMBER|nine four one]]
O: yes
C: [[PHONE_NUMBER|two two seven eight eight three]]
"""),
    ("h5-es-co-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, le habla [[PERSON|Yuli Andrea Quintero]], soy de [[LOCATION|Cali]] pero vivo en [[LOCATION|Lima]] hace un año.
C: Mi prima [[PERSON|Leidy Johana]] se fue a trabajar a una finca en [[LOCATION|Chanchamayo]] y ahora no la dejan salir. El encargado es un señor [[PERSON|Reátegui]].
O: ¿Sabe cómo llegar a la finca?
C: Ella me dijo que es [[ADDRESS|a la entrada del caserío San Vicente]], [[ADDRESS|la casa de madera al lado de la capilla]].
O: ¿Tiene el número de ella?
C: El de ella es [[PHONE_NUMBER|316 482]]...
O: Sí.
C: [[PHONE_NUMBER|99 01]]. Y mi cédula, por si la necesitan, [[ID_NUMBER|1.144.062.873]].
"""),
    ("h5-es-asr-amazon-01", "es", """
O: linea contra la trata buenos dias
C: buenos dias llamo de [[LOCATION|yurimaguas]] soy promotora de salud me llamo [[PERSON|kety]] [[PERSON|tapullima]]
C: en la [[ADDRESS|comunidad nativa panan]] dos chicas awajun [[PERSON|nayap]] [[PERSON|shawit]] y [[PERSON|ampam]] se fueron con un señor [[PERSON|anibal]] que les ofrecio trabajo en [[LOCATION|tarapoto]]
C: el señor tiene facebook sale como [[OTHER_ID|anibal empleos selva]]
O: tiene algun correo o numero de ese señor
C: su correo creo que es [[EMAIL_ADDRESS|anibal ochenta y ocho arroba hotmail punto com]]
C: y el mio es [[PHONE_NUMBER|nueve cuatro dos cero cero uno siete ocho nueve]]
"""),
    ("h5-es-traps-01", "es", """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy [[PERSON|Consuelo]], de [[LOCATION|Ica]]. Mi vecina [[PERSON|Dolores]] tiene a su sobrina [[PERSON|Blanca]], de [[AGE|12 años]], trabajando en su casa desde hace 2 años sin ir al colegio.
O: ¿Sabe el apellido de su vecina?
C: [[PERSON|Dolores Yauri]]. Vive en la [[ADDRESS|calle Libertad 344]], a dos casas de la mía. Le pagan 100 soles al mes a la mamá de la niña.
C: La mamá me dio el DNI de la niña: [[ID_NUMBER|78120456]].
O: Gracias. Llame al 0800-2-3232 o al 1818 si pasa algo. El artículo 153 del Código Penal y la Ley 28950 la protegen.
C: Gracias. El esposo tiene una mototaxi, la placa es [[OTHER_ID|6621-1B]].
"""),
    ("h5-es-asr-02", "es", """
O: linea contra la trata buenas noches
C: alo alo si señorita es que mi hermana [[PERSON|amparo]] la la tienen en un bar en [[LOCATION|pichanaqui]] se llama [[ORGANIZATION|bar la cabaña]]
O: como se llama usted
C: [[PERSON|esperanza]] [[PERSON|rojas]] [[PERSON|aquino]]
O: cuantos años tiene su hermana
C: [[AGE|diecinueve]] y tiene un bebe de [[AGE|un año]]
O: tiene el dni de su hermana
C: si es [[ID_NUMBER|cuatro 5 seis dos cero nueve ocho 1]]
O: y su telefono
C: mi numero es [[PHONE_NUMBER|nueve uno nueve nueve]] eh [[PHONE_NUMBER|cero tres cuatro cuatro siete]]
C: la dueña del bar es una tal [[PERSON|chabela]] tiene un carro blanco placa [[OTHER_ID|d cuatro t cinco cinco uno]]
"""),
    ("h5-pt-asr-01", "pt", """
O: línea contra la trata bom dia
C: bom dia eu sou o [[PERSON|josué]] motorista de van entre [[LOCATION|rio branco]] e [[LOCATION|brasileia]]
C: eu vi um cara o [[PERSON|paulão]] levando três meninas venezuelanas uma delas a [[PERSON|yaneisy]] me pediu ajuda ela tem [[AGE|dezessete]]
O: sabe para onde levaram
C: pra uma casa no [[ADDRESS|ramal do granada km 9]]
C: o instagram dela é [[OTHER_ID|yaneisy underline oficial]]
O: e o seu telefone
C: é [[PHONE_NUMBER|sessenta e oito nove nove nove dois um]]
O: sim
C: [[PHONE_NUMBER|quatro três oito zero]] e meu email é [[EMAIL_ADDRESS|josue ponto motorista arroba gmail ponto com]]
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "heldout5.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
