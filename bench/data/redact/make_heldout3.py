#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Third held-out set, written after the first two had been used for tuning and measured once,
not tuned on: Whisper-like cased text with names left in lowercase, a Portuguese cased call, an
English call from a Peruvian caller, a Spanish call with a settlement address and a bank account,
and a short call with almost no PII. Same markup and conventions as make_heldout.py.

Run: python bench/data/redact/make_heldout3.py  (writes calls_heldout3.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h3-es-whisper-01", "es", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Llamo de [[LOCATION|Chimbote]], por mi cuñada, se llama [[PERSON|nelly]] [[PERSON|sifuentes]], tiene [[AGE|31 años]].
O: ¿Qué le pasó a su cuñada?
C: Se fue a trabajar a un restaurante en [[LOCATION|Trujillo]] y ahora la tienen en un night club, el [[ORGANIZATION|Pasarela]], por [[ADDRESS|la avenida América Norte cuadra 14]].
O: ¿Tiene algún número de ella?
C: Sí, el [[PHONE_NUMBER|944, 617, 208]]. Y el que la llevó es un tal [[PERSON|marcos]], le dicen [[PERSON|loco]].
O: ¿Usted cómo se llama?
C: Yo soy [[PERSON|Herminia]]. Mi número es [[PHONE_NUMBER|nueve cuatro tres, ocho dos cero, cinco cinco uno]].
O: Gracias, señora [[PERSON|Herminia]].
"""),
    ("h3-pt-01", "pt", """
O: Línea contra la trata, boa noite.
C: Boa noite. Eu sou a [[PERSON|Patrícia Gomes]], trabalho num abrigo em [[LOCATION|Tabatinga]], na fronteira.
O: Pois não, pode falar.
C: Chegou aqui uma menina peruana, [[PERSON|Milagros]], de [[AGE|catorze anos]]. Ela fugiu de uma casa em [[LOCATION|Caballococha]] onde trabalhava sem salário para um homem chamado [[PERSON|Evaristo Pinedo]].
O: Ela tem documentos?
C: Não. O telefone do abrigo é [[PHONE_NUMBER|+55 97 3412 5580]] e o meu e-mail é [[EMAIL_ADDRESS|patricia.gomes@abrigoluz.org.br]].
O: Obrigada, [[PERSON|Patrícia]]. Vamos coordenar com a polícia em [[LOCATION|Loreto]].
"""),
    ("h3-en-01", "en", """
O: Línea contra la trata, good evening.
C: Good evening. My English is not so good, sorry. My name is [[PERSON|Ronald Huayhua]], I drive a taxi in [[LOCATION|Arequipa]].
O: No problem. Go ahead.
C: Every night I see two girls, maybe [[AGE|15]], [[AGE|16]], they work in a karaoke, the [[ORGANIZATION|Karaoke Los Reyes]], on [[ADDRESS|Calle Mercaderes 301]]. A man named [[PERSON|Pepe]] takes the money.
O: Thank you. Can you tell me the plate of any car?
C: Yes, a black car, plate [[OTHER_ID|V2D-415]].
O: And your number?
C: [[PHONE_NUMBER|959 880 114]].
"""),
    ("h3-es-01", "es", """
O: Línea contra la trata, buenos días.
C: Buenos días. Mi nombre es [[PERSON|Rocío Alarcón]]. Le llamo porque a mi hermano le ofrecieron trabajo en una obra y le pidieron que deposite 300 soles a una cuenta.
O: ¿Tiene el número de cuenta?
C: Sí, es la [[OTHER_ID|193-20456781-0-55]], a nombre de [[PERSON|Jorge Paucar]]. El anuncio salió en Facebook, en la página [[OTHER_ID|@empleos.rapidos.peru]].
O: ¿Y dónde tenía que presentarse su hermano?
C: En el [[ADDRESS|AA.HH. Villa Hermosa, Mz. F Lote 7]], en [[LOCATION|Carabayllo]], [[DATE_TIME|el viernes a las 6 de la mañana]].
O: No deposite nada. Le damos orientación. ¿Su correo?
C: [[EMAIL_ADDRESS|rocio.alarcon88@hotmail.com]].
"""),
    ("h3-es-nopii-01", "es", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, quería saber si es normal que en una agencia de empleo me pidan 50 soles por la inscripción.
O: Las agencias formales no deberían cobrar a los postulantes. Puede verificar si está registrada en el Ministerio de Trabajo.
C: Ya, gracias. ¿Y si me piden el pasaporte para guardarlo?
O: Nunca entregue su pasaporte ni su DNI original. Si alguien retiene sus documentos, llame al 0800-2-3232 o a la Policía.
C: Muchas gracias, señorita. Muy amable.
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "calls_heldout3.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
