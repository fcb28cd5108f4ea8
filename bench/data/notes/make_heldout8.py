#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout8.jsonl: the last set of fictional labelled calls, written AFTER the
final rules and never tuned on: the final clean measure. Leans on the traps of the
issue: denials, the operator's questions full of cue words, hypotheticals.
Same markup and conventions as make_heldout.py. All people, numbers and businesses
are invented.

Run: python bench/data/notes/make_heldout8.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout8.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h8-neg-001", "es", "plain", """
O: Línea contra la trata, buenas tardes. ¿La tienen encerrada? ¿Hay menores de edad? ¿Le han quitado sus documentos?
C: No, no, encerrada no está, y es mayor, tiene [[AGE|veintiocho]]. Documentos sí tiene. Es mi cuñada, trabaja en una lavandería en [[LOCATION|Huacho]] doce horas diarias y le pagan la mitad de lo prometido, y el dueño le grita.
O: Entiendo. Eso puede ser una infracción laboral. Le recomiendo que acuda a la inspección de trabajo, y le dejo nuestro número por si la situación empeora.
C: Ya, gracias.
""", note("family_member", "information_request", ["labour"], 1, False, ["female"], "Lima", "ongoing", "medium",
          ["information_given", "referral_legal"], "Una familiar consulta por una mujer adulta que trabaja jornadas largas con pago incompleto, sin encierro ni retención de documentos. Se orientó hacia la inspección de trabajo."))

call("h8-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: señorita ayúdeme mi hija de quince años no llega desde ayer se fue con un chico que conoció por facebook que le dijo que en [[LOCATION|tingo maría]] le daba trabajo en un restaurante
O: su hija le ha escrito algo
C: en la mañana me mandó un mensaje que decía mamá ven por mí no me dejan salir y ya no contesta
O: vamos a alertar a la policía ahora mismo para que la busquen y la fiscalía también va a intervenir le llamamos en una hora
C: por favor
""", note("family_member", "report", ["unknown"], 1, True, ["female"], "Huánuco", "ongoing", "immediate",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Una madre reporta que su hija adolescente, captada por redes con una oferta de trabajo, pidió ayuda porque no la dejan salir y ya no responde. Se alertó de inmediato a la policía y a la fiscalía."))

call("h8-en-001", "en", "plain", """
O: Línea contra la trata, good morning.
C: Morning. I run a small guesthouse in [[LOCATION|Huaraz]]. A trekking agency down the street has two porters, teenage boys, maybe [[AGE|fourteen]], carrying heavy loads for tourists. They told my cook they get no pay, only food, and the agency owner keeps their ID cards so they can't go home to their village.
O: Thank you. Are the boys in danger right now?
C: Not right now, they're on a trek until Friday.
O: We'll refer the case to the prosecutor and the labour inspectorate, and call you on Friday to check.
C: Okay.
""", note("witness", "report", ["labour"], 2, True, ["male"], "Áncash", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A guesthouse owner reports two adolescent porters working unpaid for a trekking agency that keeps their ID cards. The case is referred to prosecutors and the labour inspectorate, with follow-up."))

call("h8-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Eu queria denunciar uma coisa. No prédio onde eu moro, em [[LOCATION|Miraflores]], tem uma família que tem uma moça boliviana como empregada, ela não sai nunca, dorme na lavanderia, e eu ouço a patroa gritando com ela.
O: ¿Sabe si le pagan?
C: Ela me disse no elevador que não recebe nada há um ano.
O: Gracias. Vamos a derivar el caso a la fiscalía y la llamaremos la próxima semana.
C: Obrigada.
""", note("witness", "report", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Una vecina reporta que una joven migrante trabaja como empleada sin pago desde hace un año, sin salir y con maltrato verbal. Se deriva a la fiscalía, con seguimiento."))

call("h8-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Yo soy venezolano, vivo en [[LOCATION|Piura]]. Mi hermano y yo trabajamos en una construcción, el maestro nos dijo que nos pagaba el viernes y no nos pagó, pero bueno, no nos tienen encerrados ni nada, nos podemos ir. Solo quería saber a dónde reclamar.
O: Entiendo. Eso es un tema laboral. Puede acudir a la inspección de trabajo o a la defensoría del pueblo, le doy los datos.
C: Listo, gracias.
""", note("victim", "information_request", ["labour"], 2, False, ["male"], "Piura", "ongoing", "low",
          ["information_given"], "Un trabajador migrante consulta dónde reclamar un pago atrasado en una obra; no hay encierro ni retención. Se le orientó hacia la inspección de trabajo."))

call("h8-cs-001", "en", "code_switching", """
O: Línea contra la trata, good evening.
C: Hi, hola. Soy enfermera, I work at a clinic in [[LOCATION|Tarapoto]]. Tonight a girl came in, she says she's [[AGE|sixteen]], with bruises, y dice que un señor la tiene trabajando en su bar, la obliga a acostarse con clientes.
O: Is she with you now?
C: Yes, she's in the treatment room, but he's waiting outside in a moto.
O: I'm alerting the police right now so they come to the clinic. Keep her inside.
C: Okay.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "San Martín", "ongoing", "immediate",
          ["police_dispatch"], "A nurse reports an adolescent girl with bruises who says a man forces her into sex with clients at his bar; he is waiting outside. Police were alerted immediately."))

call("h8-notrel-001", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hi, I'm writing a university paper on human trafficking in Peru. Do you have statistics on the number of calls per year?
O: For statistics you can write to the Ministry of the Interior's observatory; we don't give data by phone. This line is for reporting cases.
C: Okay, thanks.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"], "A student asks for statistics for a paper; no case. Referred to the ministry's observatory."))

call("h8-past-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Soy psicóloga de un albergue en [[LOCATION|Cusco]]. Tenemos a una chica de [[AGE|catorce]] que rescataron la semana pasada de un bar en [[LOCATION|Quillabamba]]. Necesita un abogado para el juicio y atención médica especializada.
O: Vamos a coordinar la asesoría legal gratuita y una cita en el hospital regional. La llamo mañana.
C: Gracias.
""", note("professional", "help_request", ["sexual"], 1, True, ["female"], "Cusco", "past", "high",
          ["referral_legal", "referral_health", "follow_up_call"], "Una psicóloga de un albergue pide asesoría legal y atención médica para una adolescente rescatada de un bar. Se coordinan ambas, con seguimiento."))

call("h8-lower-pt-001", "pt", "lowercase_asr", """
O: línea contra la trata buenas noches
C: oi boa noite eu sou brasileiro estou em [[LOCATION|iñapari]] um homem me ofereceu trabalho numa madeireira do lado peruano pagando bem mas quer que eu entregue meu documento pra ele antes de ir isso é normal
O: no es normal nadie debe quedarse con sus documentos le recomiendo no ir y no entregar su documento
C: entendi obrigado
""", note("victim", "information_request", ["labour"], 1, False, ["male"], "Madre de Dios", "at_risk", "medium",
          ["information_given"], "Un hombre extranjero consulta por una oferta de trabajo en un aserradero que exige entregar su documento. Se le recomendó no ir ni entregarlo."))

call("h8-begging-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. En el paradero de [[LOCATION|Ate]] hay una señora con un bebé de brazos y dos niñitos que piden limosna todo el día. Un hombre los deja en la mañana y se lleva la plata en la noche. Los niños se ven desnutridos.
O: Gracias. Vamos a informar a la policía y a la unidad de protección para que intervengan.
C: Gracias a usted.
""", note("witness", "report", ["forced_begging"], 4, True, ["female", "male"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_legal"], "Una transeúnte reporta que una mujer con un bebé y dos niños piden limosna todo el día y un hombre se queda con el dinero. Se informa a policía y unidad de protección para intervenir."))

call("h8-followup-001", "en", "plain", """
O: Línea contra la trata, good morning.
C: Good morning, I'm calling back about my daughter, [[PERSON|Sofia]], I reported her missing on Tuesday, the case about the modelling agency in [[LOCATION|Arequipa]]. She called me last night, she's still in a flat there and they won't give her passport back.
O: Thank you. I'm passing this to the police in Arequipa right now so they can go to the flat, and I'll call you back within the hour.
C: Please.
""", note("family_member", "follow_up", ["sexual"], 1, False, ["female"], "Arequipa", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"], "A mother follows up on her reported missing daughter, held in a flat by a supposed modelling agency that keeps her passport. Police were alerted immediately, with a call back."))

call("h8-hyp-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. A mi sobrina de [[AGE|diecisiete]] le ofrecieron trabajo de anfitriona en un karaoke en [[LOCATION|Juliaca]], con cuarto incluido. Todavía no se ha ido, sale el lunes.
O: Eso tiene señales de alerta. Si viaja y no la dejan salir o le quitan el DNI, llame de inmediato y mandamos a la policía. Le recomiendo que no viaje.
C: Ya, le voy a decir.
""", note("family_member", "information_request", ["sexual"], 1, True, ["female"], "Puno", "at_risk", "medium",
          ["information_given"], "Una familiar consulta por una oferta de trabajo como anfitriona en un karaoke para su sobrina adolescente. Se explicaron las señales de alerta y se recomendó no viajar."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
