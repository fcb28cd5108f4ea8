#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout3.jsonl: a third set of fictional labelled calls, written AFTER the
rules were tuned on dev, heldout and heldout2, and never tuned on: the clean measure of
the final rules. Styles: lowercase ASR with fillers and spelled numbers, formal NGO
English, Brazilian Portuguese, Venezuelan Spanish, a police officer, Quechua-Spanish,
English/Spanish code-switching, and a job seeker who is not a case. Same markup and
conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python bench/data/notes/make_heldout3.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout3.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h3-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: eh sí buenas tardes este mire llamo por mi sobrino [[PERSON|jhon]] tiene [[AGE|dieciséis]] años se lo llevaron a trabajar a un taller de confección en [[LOCATION|gamarra]]
O: qué le ha contado su sobrino
C: que cosen desde las seis de la mañana hasta la medianoche que duermen ahí mismo en el taller y que el dueño no les paga dice que primero tienen que devolver lo del pasaje
O: ya vamos a derivar el caso a la fiscalía y a la policía especializada para que intervengan en el taller y lo vamos a llamar para hacer seguimiento
C: ya gracias señorita
""", note("family_member", "report", ["labour"], 1, True, ["male"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un familiar reporta que su sobrino adolescente trabaja en un taller de confección jornadas extenuantes, sin pago, por una supuesta deuda del pasaje. Se deriva a fiscalía y policía para intervenir, con seguimiento."))

call("h3-en-ngo-001", "en", "formal", """
O: Línea contra la trata, good morning.
C: Good morning. My name is [[PERSON|Daniel Okoye]], I coordinate a migrant support programme at [[ORGANIZATION|Fundación Puentes]]. We have identified two Venezuelan women who were recruited in [[LOCATION|Tumbes]] for waitressing jobs and are being sexually exploited in a bar in [[LOCATION|Chimbote]].
O: Thank you. Are they still at the bar?
C: Yes, they are. They contacted us through a relative. Their documents were taken and they are told they owe the owner for the journey.
O: We will alert the police and the prosecutor's office in Áncash so that they can plan a rescue, and we will arrange shelter for them. I will call you back this afternoon.
C: Thank you, we will stay available.
""", note("professional", "report", ["sexual"], 2, False, ["female"], "Áncash", "ongoing", "high",
          ["police_dispatch", "referral_shelter", "referral_legal", "follow_up_call"],
          "A migrant-support organisation reports two foreign women recruited with false job offers and sexually exploited in a bar, with documents taken and an imposed debt. Police and prosecutors are alerted for a rescue and shelter is arranged."))

call("h3-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Boa noite. Eu queria tirar uma dúvida. Meu irmão [[PERSON|Lucas]], de [[AGE|dezenove anos]], recebeu uma proposta de emprego numa plantação de coca no [[LOCATION|VRAEM]], pelo WhatsApp. Pagam a passagem e prometem muito dinheiro.
O: ¿Su hermano ya viajó?
C: Não, ainda não. Ele quer ir na semana que vem.
O: Eso tiene varias señales de alerta: trabajo ilegal, promesas de mucho dinero y pasaje pagado por desconocidos. Le recomiendo que no viaje. Si quiere, podemos orientarlo directamente.
C: Muito obrigada, vou falar com ele.
""", note("family_member", "information_request", ["forced_criminality"], 1, False, ["male"], "Ayacucho", "at_risk",
          "medium", ["information_given"],
          "Una familiar consulta por una oferta de trabajo en un cultivo ilícito recibida por mensajería, con pasaje pagado. Se explicaron las señales de alerta y se recomendó no viajar."))

call("h3-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Ayúdame, por favor, chama, estoy trancada en un cuarto en [[LOCATION|Chorrillos]], el tipo se fue y me dejó con llave.
O: Tranquila, te voy a ayudar. ¿Estás sola? ¿Estás herida?
C: Estoy sola, él me pega, me quitó el teléfono, este es uno viejo que escondí. Me trajo desde [[LOCATION|Caracas]] diciendo que era su novia y me pone a atender hombres.
O: Ahora mismo aviso a la policía para que vayan a sacarte. No cuelgues si puedes.
C: Dale, dale.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch"],
          "Una mujer migrante llama encerrada en una habitación donde un hombre la obliga a prostituirse y la agrede. Se alertó a la policía para su rescate inmediato."))

call("h3-police-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, le habla el capitán [[PERSON|Rojas]] de la División de Trata de [[LOCATION|Cusco]]. Anoche intervenimos un local en [[LOCATION|Quillabamba]] y rescatamos a cuatro adolescentes.
O: Buenos días, capitán. ¿En qué las podemos apoyar?
C: Necesitamos albergue para las cuatro, son mujercitas de catorce a diecisiete años, y atención psicológica. La fiscalía ya está a cargo.
O: Vamos a coordinar un albergue y la evaluación psicológica hoy mismo. Le confirmo en una hora.
C: Gracias.
""", note("professional", "help_request", ["sexual"], 4, True, ["female"], "Cusco", "past", "high",
          ["referral_shelter", "referral_health", "follow_up_call"],
          "Un oficial de policía informa del rescate de cuatro adolescentes en un local y solicita albergue y atención psicológica. Se coordinan ambos y se confirmará en una hora."))

call("h3-quechua-001", "es", "andean", """
O: Línea contra la trata, buenas tardes.
C: Allillanchu, señorita. Yo soy de una comunidad de [[LOCATION|Ayaviri]]. A mi vecina su wawa, de [[AGE|doce años]], un señor se la ha llevado para trabajar en una casa en [[LOCATION|Arequipa]], para que cuide a sus hijos.
O: ¿Ella le ha contado algo a su mamá?
C: Sí pues, llamó llorando, dice que no le dejan ir a la escuela, que la castigan, que duerme en la cocina, y no le pagan nada.
O: Vamos a derivar el caso a la fiscalía de familia de Arequipa para que la rescaten, y vamos a llamar a la mamá para hacer seguimiento.
C: Ya, señorita, gracias.
""", note("acquaintance", "report", ["domestic_servitude"], 1, True, ["female"], "Arequipa", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta que una niña fue llevada a otra ciudad para trabajar en una casa cuidando niños, sin pago, sin ir a la escuela y con castigos. Se deriva a la fiscalía de familia, con seguimiento."))

call("h3-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hi, hola, sorry, mi español no es muy bueno. I'm calling from Miami, mi hija [[PERSON|Ashley]] is in [[LOCATION|Máncora]] on vacation, y conoció a un guy que le ofreció un trabajo de modelo en [[LOCATION|Lima]]. He wants her to send fotos en bikini and to meet him tomorrow alone.
O: ¿Cuántos años tiene su hija?
C: She's [[AGE|17]].
O: Eso es una señal de alerta de captación. Le recomiendo que no vaya a esa cita, que guarde los mensajes y que lo denuncie a la policía. Si quiere, la volvemos a llamar mañana.
C: Okay, thank you so much.
""", note("family_member", "information_request", ["sexual"], 1, True, ["female"], "Lima", "at_risk", "medium",
          ["information_given", "follow_up_call"],
          "Una madre consulta porque un desconocido ofreció a su hija adolescente un trabajo de modelo, pidió fotos en traje de baño y una cita a solas. Se explicaron las señales de captación y se recomendó no acudir y denunciar."))

call("h3-callao-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Mi hijo de [[AGE|quince años]] está metido con una banda en el [[LOCATION|Callao]]. Lo obligan a robar celulares y a guardar armas en la casa, y si se niega le dicen que nos van a matar.
O: Señora, su hijo es víctima. ¿Él está en casa ahora?
C: Sí, está acá, pero mañana lo vienen a buscar.
O: Vamos a derivar el caso a la fiscalía y a la policía especializada, y le vamos a dar apoyo psicológico a su hijo. Mañana temprano la llamamos.
C: Gracias.
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Callao", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"],
          "Una madre reporta que su hijo adolescente es obligado por una banda a robar y guardar armas bajo amenazas de muerte contra la familia. Se deriva a fiscalía y policía especializada, con apoyo psicológico y seguimiento."))

call("h3-witness-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. En la casa del frente, en [[LOCATION|Cayma]], hay una señora mayor que trabaja para una familia. Nunca sale, la he visto por la ventana lavando hasta la noche, y la dueña le grita y una vez le tiró una cachetada.
O: ¿Sabe si le pagan?
C: Una vez me dijo bajito que no le pagan hace años y que le tienen su DNI.
O: Gracias. Vamos a derivar el caso a la fiscalía y le recomiendo no confrontar a la familia.
C: Está bien.
""", note("witness", "report", ["domestic_servitude"], 1, False, ["female"], "Arequipa", "ongoing", "medium",
          ["referral_legal"],
          "Una vecina reporta que una mujer mayor trabaja sin pago para una familia desde hace años, sin salir, con su documento retenido y maltrato. Se deriva a la fiscalía."))

call("h3-notrel-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, señorita, estoy buscando trabajo, ¿ustedes tienen alguna vacante o saben dónde contratan?
O: No, señor, esta línea es para casos de trata de personas. Para empleo puede acudir a la bolsa de trabajo del ministerio.
C: Ah, ya, gracias.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada de una persona que busca empleo, sin relación con trata. Se le indicó dónde acudir."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
