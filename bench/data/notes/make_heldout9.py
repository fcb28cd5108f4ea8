#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout9.jsonl: fictional labelled calls written in the second round of issue 4,
AFTER the structural rules (caller among the exploited, enumerations, ages after a person
noun, workplace offers...) and BEFORE running the drafter on them. Styles: lowercase
Andean ASR, English/Spanish code-switching, Portuguese, Venezuelan Spanish, a past case,
a wrong number, a tourist in English, a school counsellor, an at-risk offer.
Its first run is recorded in bench/results/notes_heldout9_first_run.md.
Same markup and conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python bench/data/notes/make_heldout9.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout9.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h9-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días mamita le llamo desde [[LOCATION|abancay]] es por mi nietecita tiene [[AGE|trece añitos]] una señora se la llevó diciendo que iba a estudiar y trabajar en su restaurante en [[LOCATION|puerto maldonado]]
O: y qué le ha contado su nieta
C: ayer me llamó llorando dice que lava platos desde las cinco de la mañana hasta la medianoche no le pagan nada y no la mandan al colegio la señora le dice que le debe el pasaje
O: entiendo señora esto es muy grave vamos a derivar el caso a la fiscalía de madre de dios para que la rescaten y la llamamos mañana para contarle
C: gracias mamita que dios le pague
""", note("family_member", "report", ["labour"], 1, True, ["female"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Una abuela reporta que su nieta de trece años, llevada con promesa de estudios, trabaja jornadas excesivas sin pago en un restaurante, sin ir al colegio y con una supuesta deuda. Se deriva a la fiscalía, con seguimiento."))

call("h9-cs-001", "en", "code_switching", """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, can I speak English? Un poquito de español también. I came from [[LOCATION|Caracas]] three months ago to work in a spa in [[LOCATION|Miraflores]], they said masajes normales, pero ahora the owner wants me to go with clients to private rooms, you know, and she keeps my passport because I owe her for the ticket.
O: I understand. Are you safe right now?
C: I'm in the room where we sleep, I can go out in the day but I have no money and no passport. Can you help me?
O: Yes. We can take you to a shelter today and a lawyer will help you get your passport back. Can we call you at six to arrange the pick-up?
C: Yes, please, gracias.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "A migrant woman asks for help: hired for a spa, she is pressed to have sex with clients and her passport is kept over a travel debt. A shelter and legal help are offered, with a call-back to arrange the pick-up."))

call("h9-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu sou agente de saúde em [[LOCATION|Assis Brasil]], no Acre. Ontem atendi um rapaz de [[AGE|dezessete]] anos que fugiu de um garimpo perto de [[LOCATION|Laberinto]], do lado peruano. Ele chegou com febre e os pés machucados.
O: ¿Qué le contó el muchacho?
C: Que trabalhava na draga dia e noite, que não recebia nada porque diziam que ele devia a comida, e que lá ficaram mais quatro meninos da idade dele. Os donos andam armados.
O: Gracias. Vamos a derivar el caso a la fiscalía de Madre de Dios y a la policía especializada, y lo llamamos mañana para coordinar.
C: Obrigado.
""", note("professional", "report", ["labour"], 5, True, ["male"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Un agente de salud reporta a un adolescente que huyó de una mina ilegal donde trabajaba sin pago por una deuda, y otros cuatro adolescentes siguen allí bajo hombres armados. Se deriva a fiscalía y policía especializada, con seguimiento."))

call("h9-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mi amor, disculpe. Yo soy venezolana, vivo en [[LOCATION|San Juan de Lurigancho]]. Un señor nos dio un cuartico a mí y a mis dos chamitos, de ocho y diez, pero nos tiene vendiendo caramelos en los buses todo el día y se queda con toda la plata. Si no llevamos cincuenta soles no nos da comida, y al mayor le pegó con la correa.
O: Lo siento mucho. ¿Ustedes pueden salir de ese cuarto?
C: Sí, salimos a vender, pero no tengo a dónde ir con los niños. ¿Ustedes me pueden ayudar?
O: Sí. Podemos coordinar un albergue para usted y sus hijos y avisar a la DEMUNA. ¿La podemos llamar mañana temprano?
C: Sí, por favor, Dios se lo pague.
""", note("victim", "help_request", ["forced_begging"], 3, True, ["female", "male"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "Una madre migrante pide ayuda: un hombre la obliga a ella y a sus dos hijos pequeños a vender caramelos todo el día, se queda con el dinero y maltrata al mayor. Se coordinan albergue y protección de menores, con seguimiento."))

call("h9-past-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Quería consultar algo. Hace tres años me llevaron a trabajar a un bar en [[LOCATION|La Rinconada]] y me obligaban a estar con los mineros. Logré escapar y ahora vivo tranquila en [[LOCATION|Arequipa]]. ¿Todavía puedo denunciar?
O: Sí, todavía puede denunciar. Le explico cómo hacerlo y la derivamos a una abogada gratuita del Ministerio de la Mujer.
C: Gracias, lo voy a pensar.
""", note("victim", "information_request", ["sexual"], 1, False, ["female"], "Puno", "past", "medium",
          ["information_given", "referral_legal"], "Una mujer que fue explotada sexualmente hace años en un bar de una zona minera y escapó consulta si aún puede denunciar. Se le explicó el procedimiento y se la derivó a asesoría legal gratuita."))

call("h9-notrel-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Quería saber dónde saco un duplicado de mi DNI, lo perdí en el bus ayer.
O: Esta línea es para casos de trata de personas. Para el duplicado debe acudir a una agencia del RENIEC o hacerlo por su página web.
C: Ah, ya, disculpe, gracias.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada no relacionada: una persona pregunta cómo obtener un duplicado de su documento. Se le indicó la entidad correspondiente."))

call("h9-en-tourist-001", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hi, I'm a tourist in [[LOCATION|Cusco]], I wanted to report something I'm not sure about. There's a little girl, maybe six, dressed in traditional clothes with a baby lamb, asking tourists for money in the main square from early morning until late at night. Every hour a woman comes and takes all the coins from her.
O: Thank you for calling. Have you seen her eat or rest during the day?
C: Not really, she looks exhausted.
O: We'll pass this on to the child protection office in Cusco so they can check on her.
C: Thank you.
""", note("witness", "report", ["forced_begging"], 1, True, ["female"], "Cusco", "ongoing", "high",
          ["referral_legal"], "A tourist reports a small girl made to ask tourists for money all day while a woman collects the coins. The case is passed to the child protection office."))

call("h9-andean-001", "es", "andean", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, papay. Llamo de [[LOCATION|Lircay]], de Huancavelica. Mi hijito [[PERSON|Wilmer]] de [[AGE|quince]] se fue a la selva con un enganchador, dice a [[LOCATION|Pichari]] pe, para la cosecha de hoja. Ahora me avisa que le hacen pisar la hoja con químicos para sacar la pasta y no lo dejan volver nomás.
O: ¿Cuándo fue la última vez que habló con él?
C: Anteayer, de un celular prestado.
O: Vamos a derivar el caso a la fiscalía especializada para que lo ubiquen y le llamamos el lunes, señor.
C: Ya, papay, gracias.
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Cusco", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Un padre reporta que su hijo adolescente, llevado por un enganchador a una zona cocalera, es obligado a procesar droga y no lo dejan regresar. Se deriva a la fiscalía especializada, con seguimiento."))

call("h9-lower-en-001", "en", "lowercase_asr", """
O: hotline against trafficking good morning
C: good morning i'm the school counsellor at an international school in [[LOCATION|la molina]] one of our students a girl of sixteen told me her boyfriend who is twenty five takes photos of her and sells them online and now he wants her to meet some friends of his for money
O: is she safe today
C: she's here at school with me her parents don't know yet
O: we'll refer this to the prosecutor's office for minors today and arrange psychological support for her and i'll call you tomorrow morning
C: thank you
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"], "A school counsellor reports a sixteen-year-old student whose adult boyfriend sells images of her and pushes her to meet men for money. The case is referred to prosecutors and psychological support is arranged, with follow-up."))

call("h9-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Sou de [[LOCATION|Rio Branco]]. Uma senhora da igreja ofereceu para minha filha, que tem [[AGE|dezenove]] anos, um trabalho de babá numa casa em [[LOCATION|Lima]]. Ela paga a passagem, mas disse que quando chegar tem que entregar o passaporte para ela guardar. Isso é normal?
O: No es normal. Nadie debe quedarse con el pasaporte de su hija. Le recomiendo que no viaje así y le explico cómo verificar la oferta.
C: Obrigada, vou falar com ela.
""", note("family_member", "information_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "at_risk", "medium",
          ["information_given"], "Una madre consulta por una oferta de trabajo como niñera en el extranjero para su hija adulta, con pasaje pagado y retención del pasaporte al llegar. Se explicaron las señales de alerta y se recomendó no viajar."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
