#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Second held-out set, written after the first one had been used for tuning, to measure
generalisation again: Brazilian Portuguese ASR output, an Andean rural call with a settlement
address, English with dictated numbers and bank data, Venezuelan lowercase ASR with a cédula
said in millions, and a short Spanish/Quechua call. Same markup and conventions as make_heldout.py.

Run: python bench/data/redact/make_heldout2.py  (writes calls_heldout2.jsonl next to it)
"""

import json

from make_heldout import HERE, MARK, TYPES  # noqa: F401

CALLS = [
    ("h2-pt-asr-01", "pt", """
O: línea contra la trata boa tarde
C: boa tarde eu queria denunciar uma coisa o meu vizinho [[PERSON|marcos vinícius]] está levando meninas pra trabalhar numa fazenda em [[LOCATION|iñapari]]
O: quantos anos tem as meninas
C: uma delas a [[PERSON|thaís]] tem [[AGE|quinze anos]] eu conheço a mãe dela
O: o senhor tem algum telefone
C: o dele é [[PHONE_NUMBER|nove nove oito um dois três quatro cinco seis]] e o meu é [[PHONE_NUMBER|68 99931 4470]]
O: como o senhor se chama
C: meu nome é [[PERSON|edivaldo]] [[PERSON|nascimento]] eu moro em [[LOCATION|assis brasil]]
O: obrigada senhor [[PERSON|edivaldo]] vamos passar para a polícia
"""),
    ("h2-es-andes-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mamita. Le llamo de [[LOCATION|Andahuaylas]], de la comunidad de [[LOCATION|Huancabamba]].
O: Dígame, señora, ¿qué pasó?
C: Mi nieta [[PERSON|Yaneth Huamaní Ccoyllo]] se fue con una señora [[PERSON|Benedicta]] a [[LOCATION|Lima]], dice que para trabajar en su casa. Desde [[DATE_TIME|el 28 de julio]] no sabemos nada.
O: ¿Sabe dónde vive esa señora en Lima?
C: En el [[ADDRESS|AA.HH. Los Jazmines, Mz. C Lote 12]], por [[LOCATION|San Juan de Miraflores]]. Su hijo tiene una mototaxi, placa [[OTHER_ID|4521-1C]].
O: ¿Cuántos años tiene su nieta?
C: [[AGE|Dieciséis]], señorita. Es menor. Su DNI es [[ID_NUMBER|76 114 902]].
O: ¿Y usted cómo se llama?
C: [[PERSON|Eulogia Ccoyllo]]. Mi celular es el [[PHONE_NUMBER|983 551 076]], de mi hijo [[PERSON|Wilber]].
O: Gracias, señora [[PERSON|Eulogia]]. Vamos a informar a la policía de Lima.
"""),
    ("h2-en-01", "en", """
O: Línea contra la trata, good morning.
C: Good morning. I'm a social worker in [[LOCATION|Tacna]], I'd rather not say my name. We had a Colombian woman come to us yesterday.
O: Go ahead, please.
C: Her name is [[PERSON|Leidy Johana Zapata]], she's [[AGE|24]]. She was promised a job in a restaurant and ended up in a club in [[LOCATION|Ilo]] called [[ORGANIZATION|Club Las Gaviotas]]. The man in charge goes by [[PERSON|Mono]].
O: Does she have documents?
C: Only a photo of her cédula, number [[ID_NUMBER|1.036.782.445]]. They made her send money to an account, BCP number [[OTHER_ID|215-98765432-0-17]], supposedly for her debt.
O: Is there a number where we can reach her?
C: She uses my office phone. Or her Yape, [[PHONE_NUMBER|nine two seven, four four one, zero eight three]].
O: Thank you. We'll coordinate with the prosecutor in [[LOCATION|Moquegua]].
"""),
    ("h2-ve-asr-01", "es", """
O: línea contra la trata buenas noches
C: buenas noches mire yo soy venezolana me llamo [[PERSON|yulimar]] y estoy aquí en [[LOCATION|chiclayo]] con mi hermana [[PERSON|genesis]]
O: que les pasó
C: un señor que se llama [[PERSON|richard]] nos trajo y nos quitó los pasaportes y ahora dice que le debemos quinientos dólares
O: me puede dar el número de su cédula
C: mi cédula es la [[ID_NUMBER|veinticinco millones trescientos doce mil ochocientos cuarenta]]
O: y dónde están ahora
C: en un cuarto en la [[ADDRESS|calle san josé 860]] cerca del [[ORGANIZATION|mercado modelo]]
O: tiene un teléfono
C: el mío es [[PHONE_NUMBER|cero cuatro uno cuatro tres tres dos cinco cinco uno ocho]] ese es de venezuela
O: gracias [[PERSON|yulimar]] vamos a avisar a la policía
"""),
    ("h2-es-qu-01", "es", """
O: Línea contra la trata, buenos días.
C: Allinllachu, señorita. Mi hijo [[PERSON|Florencio]] se fue a la mina en [[LOCATION|Nasca]], a [[LOCATION|Saramarca]], con un enganchador que le dicen [[PERSON|Cóndor]].
O: ¿Cuántos años tiene su hijo?
C: [[AGE|Diecisiete]]. Le dijeron que le iban a pagar 50 soles diarios. Ya son dos meses y no manda nada.
O: ¿Tiene su número?
C: Sí, [[PHONE_NUMBER|991-402-337]]. Yo soy [[PERSON|Paulina Huillca]].
O: Gracias, señora [[PERSON|Paulina]]. Vamos a avisar a la fiscalía de [[LOCATION|Ica]].
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "calls_heldout2.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
