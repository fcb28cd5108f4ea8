#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Sixth held-out set, written after the third pass of rules (which looked at heldout5's misses, so
heldout5 stopped being clean) and before the redactor ever ran on it: the clean figure of the final
rules of round two. Rough lowercase Spanish and Portuguese, cased Venezuelan and English calls,
Colombian lowercase, Whisper-style lowercase names inside cased text, Andean and Amazonian names,
numbers in pieces, spoken handles and e-mails, rural place descriptions, and a call of traps. All
people, numbers and businesses are invented. Same markup and conventions as make_heldout.py.

Run: python bench/data/redact/make_heldout6.py  (writes heldout6.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h6-es-asr-01", "es", """
O: linea contra la trata buenas tardes
C: buenas tardes mamita le llamo de [[LOCATION|ayaviri]] mi sobrino [[PERSON|wilson]] [[PERSON|ccopa]] de [[AGE|catorce años]] se fue con un señor a trabajar en la mina de [[LOCATION|ananea]]
O: sabe el nombre del señor
C: dicen que se llama [[PERSON|fortunato]] [[PERSON|larico]] y le dicen [[PERSON|tigre]]
O: tiene numero de su sobrino
C: su celular es [[PHONE_NUMBER|nueve cinco nueve]]
O: si
C: [[PHONE_NUMBER|cero cero dos]]
O: ya
C: [[PHONE_NUMBER|siete uno cuatro]]
O: donde vive la familia
C: en la [[ADDRESS|comunidad de chijnaya al frente de la posta]]
"""),
    ("h6-es-ve-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Hola, buenas. Soy [[PERSON|Maikelys Urdaneta]], venezolana, vivo en [[LOCATION|Trujillo]].
C: A mi hermanita [[PERSON|Yuleidy]], de [[AGE|dieciséis años]], se la llevaron a un bar en [[LOCATION|Chiclayo]], el [[ORGANIZATION|Bar Tropicana]], por la [[ADDRESS|avenida Bolognesi cuadra 9]].
O: ¿Tiene algún documento de ella?
C: Su cédula es [[ID_NUMBER|V-30.118.254]] y su pasaporte [[ID_NUMBER|149823771]].
C: El que la llevó se hace llamar [[PERSON|Pocho]], su Instagram es [[OTHER_ID|arroba pocho punto eventos]].
O: ¿A qué número la llamamos?
C: Al [[PHONE_NUMBER|nueve cuatro uno, cero siete cero, tres tres dos]].
"""),
    ("h6-pt-asr-01", "pt", """
O: línea contra la trata boa noite
C: boa noite meu nome é [[PERSON|cleidiane]] [[PERSON|moraes]] eu moro em [[LOCATION|cruzeiro do sul]]
C: minha filha [[PERSON|kailane]] de [[AGE|catorze anos]] foi pra [[LOCATION|pucallpa]] com uma mulher chamada [[PERSON|socorro]]
O: a senhora tem o telefone dela
C: tenho é [[PHONE_NUMBER|sessenta e oito nove nove oito um dois]]
O: pode continuar
C: [[PHONE_NUMBER|três três cinco quatro]]
C: e o email da mulher é [[EMAIL_ADDRESS|socorro agencia arroba yahoo ponto com ponto br]]
"""),
    ("h6-en-01", "en", """
O: Línea contra la trata, good evening.
C: Good evening. This is [[PERSON|Liam O'Brien]] from a volunteer program in [[LOCATION|Huaraz]].
C: A local boy, [[PERSON|Edwin]], [[AGE|twelve]] maybe, works at a quarry outside town every day from 5 am. His boss is a man they call [[PERSON|Chato]].
C: The quarry is [[ADDRESS|past the cemetery, the blue gate on the road to Recuay]].
O: Do you have a contact number?
C: Mine is [[PHONE_NUMBER|+44 7700 900 461]]. My email is [[EMAIL_ADDRESS|liam.obrien@volunteersperu.org]].
C: The boss drives a red pickup, plate [[OTHER_ID|C3F-904]].
"""),
    ("h6-es-co-asr-01", "es", """
O: linea contra la trata buenas noches
C: buenas noches mi nombre es [[PERSON|nidia]] [[PERSON|cardona]] soy de [[LOCATION|pereira]] pero estoy en [[LOCATION|tumbes]]
C: mi sobrina [[PERSON|valeria]] [[PERSON|cardona]] tiene [[AGE|quince]] y un man que le dicen el [[PERSON|paisa]] la tiene en una casa [[ADDRESS|detras del terminal terrestre]]
O: tiene algun documento de ella
C: la tarjeta de identidad es [[ID_NUMBER|uno cero uno cuatro dos ocho tres nueve cinco siete]]
O: y su celular
C: [[PHONE_NUMBER|tres uno dos cuatro cuatro siete cero ocho uno seis]]
C: el man tiene tiktok es [[OTHER_ID|arroba el paisa guion bajo oficial]]
"""),
    ("h6-es-amazon-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Llamo de [[LOCATION|Contamana]]. Mi vecina [[PERSON|Delia Sanancino]] tiene a su hija [[PERSON|Kelly]] trabajando en un restaurante en [[LOCATION|Iquitos]], el [[ORGANIZATION|Restaurante El Paiche Dorado]].
C: La dueña es la señora [[PERSON|yolanda pizango]] y no le paga. La chica tiene [[AGE|15 años]].
O: ¿Sabe dónde queda el restaurante?
C: En la [[ADDRESS|calle Próspero 1120]], cerca del malecón.
C: Mi número es [[PHONE_NUMBER|965-310-887]].
"""),
    ("h6-es-traps-01", "es", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Trabajo en una panadería, entramos a las 4 de la mañana y salimos a las 8 de la noche, 16 horas. Nos pagan 25 soles diarios. Somos 6.
O: Eso vulnera el artículo 25 de la Constitución. También está la Ley 28806. ¿Le retienen documentos?
C: Sí, el dueño, don [[PERSON|Eleodoro]], tiene mi DNI desde hace 3 meses.
O: Puede llamar al 0800-2-3232 o al 1818 y le orientamos.
C: Gracias, llamaré mañana a las 9.
"""),
    ("h6-es-asr-02", "es", """
O: linea contra la trata buenas noches
C: si buenas noches este mi mi hija [[PERSON|milagros]] [[PERSON|quispe]] no regresa desde el [[DATE_TIME|sabado]]
O: cuantos años tiene
C: [[AGE|trece]] señorita
O: sabe con quien se fue
C: con un chico de internet que se hace llamar [[PERSON|jhon]] [[PERSON|kevin]] le escribia por facebook como [[OTHER_ID|jhon kevin punto veintiuno]]
O: tiene el numero de ese chico
C: [[PHONE_NUMBER|nueve siete cero]] eh [[PHONE_NUMBER|cuatro cuatro uno]] eh [[PHONE_NUMBER|seis seis nueve]]
O: y el de usted
C: [[PHONE_NUMBER|926 418 003]] me llamo [[PERSON|marleny]]
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "heldout6.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
