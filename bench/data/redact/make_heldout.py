#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Held-out labelled calls for the redaction benchmark, in styles the dev calls lack:
lowercase speech-recogniser output without punctuation, code-switching, Portuguese,
Venezuelan Spanish, numbers spelled out, and traps (money, durations, the hotline number).

Written before the recognizers were tuned on them; all people, numbers and businesses are
invented. Markup [[TYPE|surface]] is stripped and turned into offsets (LABELS.md format),
with the same annotation conventions as ../shared/eval/make_dev.py.

Run: python bench/data/redact/make_heldout.py  (writes calls_heldout.jsonl next to it)
"""

import json
import re
from pathlib import Path

from redact.types import LABELS

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")
TYPES = set(LABELS)  # exactly LABELS.md's types, as the redactor reports them

CALLS = [
    (
        "ho-es-asr-01",
        "es",
        """
O: linea contra la trata buenas tardes en que le puedo ayudar
C: si buenas tardes señorita mire yo llamo de [[LOCATION|juliaca]] por mi prima se llama [[PERSON|yesenia mamani choquehuanca]] tiene [[AGE|diecisiete años]] y se fue a trabajar a [[LOCATION|la rinconada]] hace tres semanas
O: que le dijeron del trabajo
C: que era para cocinar en un restaurante pero ahora dice que la tienen en un bar que se llama [[ORGANIZATION|bar el minero feliz]] y que no la dejan salir el dueño es un señor que le dicen el [[PERSON|cholo]] [[PERSON|berrospi]]
O: tiene algun numero de ella
C: si su numero es [[PHONE_NUMBER|nueve cinco dos cuatro cuatro ocho uno siete tres]] pero casi siempre esta apagado
O: y su dni lo tiene
C: su dni es [[ID_NUMBER|siete uno tres ocho cero dos cinco nueve]]
O: muy bien vamos a comunicar a la policia de [[LOCATION|puno]] y a la fiscalia como se llama usted
C: me llamo [[PERSON|teodora quispe]] mi numero es [[PHONE_NUMBER|951 207 884]]
O: gracias señora [[PERSON|teodora]] la llamamos mañana
""",
    ),
    (
        "ho-es-asr-02",
        "es",
        """
O: linea contra la trata buenos dias
C: buenos dias llamo porque la señora de al lado tiene una chica trabajando en su casa y no la deja ir al colegio
O: sabe donde queda la casa
C: en [[LOCATION|villa maria del triunfo]] en el [[ADDRESS|jiron los geranios 1140]] al costado de la bodega
O: sabe como se llama la chica
C: le dicen [[PERSON|flor]] creo que su nombre es [[PERSON|florinda]] tiene como [[AGE|catorce]] y es de [[LOCATION|huancavelica]]
O: y la señora
C: la señora se llama [[PERSON|edelmira]] [[PERSON|saavedra]] y su esposo tiene una combi placa [[OTHER_ID|c4r-918]]
O: gracias por la informacion le puedo pedir un numero
C: si anote [[PHONE_NUMBER|nueve nueve siete cero seis dos tres uno cinco]]
O: vamos a derivar el caso a la demuna y a la policia gracias
""",
    ),
    (
        "ho-mix-01",
        "en",
        """
O: Línea contra la trata, buenas noches.
C: Hola, sorry, mi español no es muy bueno. Can I speak English?
O: Yes, of course. Tell me.
C: I'm staying at a guesthouse in [[LOCATION|Huanchaco]], the [[ORGANIZATION|Casa Olas Guesthouse]]. The owner, a man they call [[PERSON|Pato]], has two girls working in the kitchen, they can't be older than [[AGE|15]], y no van al colegio, nunca salen.
O: Do you know their names?
C: One is [[PERSON|Kimberly]], the other one I don't know. [[PERSON|Kimberly]] told me she's from [[LOCATION|Cajamarca]] and that her mom owes him money.
O: Thank you. Can I have your name and a contact?
C: Sure, I'm [[PERSON|Tobias Lindqvist]], my WhatsApp is [[PHONE_NUMBER|+46 70 412 88 31]], and my email is [[EMAIL_ADDRESS|tobias.lindqvist@protonmail.com]].
O: Gracias, [[PERSON|Tobias]]. We'll pass this to the police in [[LOCATION|Trujillo]] tonight.
C: Okay, muchas gracias. The guesthouse is on [[ADDRESS|Calle Los Pescadores 77]], near the pier.
""",
    ),
    (
        "ho-pt-01",
        "pt",
        """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, desculpe, a senhora fala português?
O: Sí, un poco. Pode falar devagar.
C: Meu nome é [[PERSON|Luciana Ferreira dos Santos]], eu sou de [[LOCATION|Rio Branco]], no [[LOCATION|Acre]]. Minha irmã [[PERSON|Jéssica]] veio para [[LOCATION|Puerto Maldonado]] trabalhar num restaurante e agora está presa numa boate chamada [[ORGANIZATION|Boate Noite Dourada]].
O: Quantos anos ela tem?
C: Ela tem [[AGE|dezenove anos]]. Tiraram o passaporte dela. O dono é um homem chamado [[PERSON|Gilmar]].
O: Tem algum número dela?
C: O número dela é [[PHONE_NUMBER|+55 68 99214 3077]], e o meu é [[PHONE_NUMBER|(68) 98145-6620]]. O CPF dela é [[ID_NUMBER|418.225.637-09]].
O: Obrigada. Vamos avisar a polícia e a fiscalía em [[LOCATION|Madre de Dios]].
C: Ela me mandou a localização, fica na [[ADDRESS|Rua Dois de Maio 415]], perto do porto.
O: Entendido, senhora [[PERSON|Luciana]]. Vamos ligar de volta hoje.
""",
    ),
    (
        "ho-ve-01",
        "es",
        """
O: Línea contra la trata, buenas noches.
C: Epa, buenas noches. Mire, yo soy de [[LOCATION|Barquisimeto]], tengo aquí en [[LOCATION|Lima]] como un año, y le llamo por una chama que conocí, vale.
O: Cuénteme, ¿qué le pasó a ella?
C: Se llama [[PERSON|Oriana Yusmeli Briceño]], tiene [[AGE|veinte años]]. La trajeron por [[LOCATION|Cúcuta]] y [[LOCATION|Tumbes]] con una promesa de trabajo en una peluquería, pero la tienen en un departamento en [[LOCATION|Los Olivos]] y la obligan a atender clientes.
O: ¿Sabe la dirección?
C: Es en la [[ADDRESS|Av. Naranjal 1280]], el [[ADDRESS|departamento 402]]. El que manda es un pana que le dicen el [[PERSON|Catire]], se llama [[PERSON|Wuilmer]] algo.
O: ¿Ella tiene documentos?
C: No, le quitaron la cédula, el número es [[ID_NUMBER|V-28.915.337]]. Su número venezolano es [[PHONE_NUMBER|+58 412 663 0491]] y el mío es [[PHONE_NUMBER|933 418 507]].
O: Gracias. Vamos a coordinar con la policía. ¿Cómo se llama usted?
C: [[PERSON|Johandry]]. [[PERSON|Johandry Pérez]].
O: Gracias, [[PERSON|Johandry]]. No se acerque al lugar.
""",
    ),
    (
        "ho-es-spelled-01",
        "es",
        """
O: Línea contra la trata, buenos días.
C: Buenos días, le llamo de [[LOCATION|Tarapoto]]. Mi hijo [[PERSON|Josué]] se fue con un señor a trabajar en una chacra de coca y no regresa.
O: ¿Cuántos años tiene su hijo?
C: Tiene [[AGE|quince años]], señorita. Se fue [[DATE_TIME|el lunes 3 de marzo]] con un tal [[PERSON|Rubén Tapullima]].
O: ¿Tiene el número del señor?
C: Sí, es [[PHONE_NUMBER|novecientos cuarenta y dos, trescientos diecisiete, seiscientos ochenta]].
O: Le repito: [[PHONE_NUMBER|942 317 680]]. ¿Y el DNI de su hijo?
C: [[ID_NUMBER|Siete dos, cero cuatro, ocho ocho, uno seis]].
O: Gracias. ¿Usted cómo se llama?
C: [[PERSON|Marcelina Sangama]]. Mi celular es [[PHONE_NUMBER|nueve seis uno, cero cero tres, cuatro siete dos]].
O: Señora [[PERSON|Marcelina]], vamos a avisar a la fiscalía de [[LOCATION|San Martín]].
""",
    ),
    (
        "ho-en-asr-01",
        "en",
        """
O: linea contra la trata good afternoon
C: hi yes hello i'm calling about my cousin her name is [[PERSON|abigail torres]] she's [[AGE|16]] and she went to work at a hotel in [[LOCATION|cusco]] called the [[ORGANIZATION|hotel sol andino]]
O: what happened
C: she says they took her phone and her passport and she works every day from six to midnight her boss is a woman named [[PERSON|gladys]]
O: do you have a number for her
C: yes it's [[PHONE_NUMBER|nine eight four two two one five zero seven]] and my number is [[PHONE_NUMBER|plus one seven one eight five five five zero one nine two]]
O: thank you and your name
C: my name is [[PERSON|derek]] [[PERSON|osei]] and my email is [[EMAIL_ADDRESS|derek dot osei at yahoo dot com]]
O: thank you [[PERSON|derek]] we will contact the police in [[LOCATION|cusco]]
""",
    ),
    (
        "ho-es-traps-01",
        "es",
        """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes. Quería saber qué dice la ley, porque en mi trabajo nos pagan 930 soles y trabajamos 12 horas, seis días a la semana.
O: La jornada máxima es de 8 horas diarias o 48 semanales. La trata está en el artículo 153 del Código Penal, y la Ley 28950 la define. ¿Le han quitado documentos?
C: No, eso no. Pero el jefe dice que si faltamos dos días nos descuenta 200 soles. Somos como 30 personas.
O: Eso puede ser una infracción laboral. Puede denunciar en SUNAFIL o llamarnos al 0800-2-3232, o al 1818.
C: ¿Y si me botan? Tengo 3 hijos y llevo 5 años ahí.
O: Tiene derechos. Si quiere, le damos orientación legal gratuita. ¿Desde dónde llama?
C: Desde [[LOCATION|Chincha]]. La empresa es [[ORGANIZATION|Agroexportadora Valle Verde]]. Mi nombre es [[PERSON|Nicanor]], nomás.
O: Gracias, señor [[PERSON|Nicanor]]. Le enviamos la información por mensaje al número [[PHONE_NUMBER|956 330 218]], ¿correcto?
C: Sí, correcto. Gracias.
""",
    ),
]


def build(calls=None):
    """The calls (default: this file's own) as labelled records with offsets."""
    out = []
    for cid, lang, script in CALLS if calls is None else calls:
        turns, pii, text = [], [], ""
        for line in script.strip("\n").splitlines():
            speaker = {"O": "operator", "C": "caller"}[line[0]]
            assert line[1:3] == ": ", line
            body = line[3:]
            plain = ""
            cursor = 0
            base = len(text) + (1 if text else 0)
            for m in MARK.finditer(body):
                plain += body[cursor : m.start()]
                kind, surface = m.group(1), m.group(2)
                assert kind in TYPES, kind
                pii.append(
                    {"start": base + len(plain), "end": base + len(plain) + len(surface), "type": kind, "text": surface}
                )
                plain += surface
                cursor = m.end()
            plain += body[cursor:]
            assert "[[" not in plain and "]]" not in plain, (cid, plain)
            turns.append({"speaker": speaker, "text": plain})
            text = plain if not text else text + "\n" + plain
        for p in pii:
            assert text[p["start"] : p["end"]] == p["text"], p
        out.append({"id": cid, "language": lang, "turns": turns, "text": text, "pii": pii})
    return out


def write_set(calls_data, prefix: str, filename: str) -> None:
    """Build a later writer's calls with this builder, check their ids and write them next to it."""
    from collections import Counter

    calls = build(calls_data)
    assert all(c["id"].startswith(prefix) for c in calls)
    assert len({c["id"] for c in calls}) == len(calls)
    with open(HERE / filename, "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
    print(dict(Counter(p["type"] for c in calls for p in c["pii"])))


if __name__ == "__main__":
    calls = build()
    with open(HERE / "calls_heldout.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
