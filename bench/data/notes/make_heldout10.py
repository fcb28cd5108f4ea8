#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout10.jsonl: fictional labelled calls written in the second round of issue 4,
together with heldout9 and BEFORE running the drafter on either; heldout10 is never tuned
on: the clean measure of this round. Styles: lowercase ASR from a locked-in victim,
Spanglish from a son abroad, Portuguese, Venezuelan Spanish, a labour inspector, a wrong
number in English, a student's general question, an Andean bus driver, a follow-up, a
foreign crew member in English.
Its first run is recorded in bench/results/notes_heldout10_first_run.md.
Same markup and conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python bench/data/notes/make_heldout10.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout10.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h10-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: aló señorita por favor estoy encerrado con otros seis chicos en el taller de costura en [[LOCATION|gamarra]] el dueño se fue y cerró con candado por fuera
O: tranquilo estás herido hay menores contigo
C: no estoy herido pero tres son menores de [[AGE|quince]] y [[AGE|dieciséis]] años el dueño dice que si salimos nos denuncia a migraciones y no nos paga hace dos meses
O: voy a avisar ahora mismo a la policía para que vaya al taller no cuelgues
C: ya gracias
""", note("victim", "help_request", ["labour"], 7, True, ["male"], "Lima", "ongoing", "immediate",
          ["police_dispatch"], "Un joven llama encerrado con otros seis, tres de ellos adolescentes, en un taller textil donde trabajan sin pago y bajo amenazas. Se alertó de inmediato a la policía."))

call("h10-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenos días.
C: Hi, buenos días, I'm calling from [[LOCATION|Houston]]. Es por mi mamá, she's been working cama adentro for a family in [[LOCATION|Surco]] for like ten years. They keep her DNI, le pagan solo propinas, and they don't let her go out on weekends. She called me crying last night.
O: Lo siento. ¿Su mamá quiere salir de esa casa?
C: Yes, she wants to leave but she's scared.
O: Vamos a derivar el caso a la fiscalía y a una abogada para que recupere su DNI y su pago, y le llamamos mañana para coordinar.
C: Thank you so much.
""", note("family_member", "report", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Un hijo que vive en el extranjero reporta que su madre trabaja cama adentro desde hace años para una familia que retiene su documento, casi no le paga y no la deja salir. Se deriva a la fiscalía y asesoría legal, con seguimiento."))

call("h10-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Boa noite. Eu preciso de ajuda. Eu trabalhava numa boate em [[LOCATION|Puerto Maldonado]], me obrigavam a fazer programa. Ontem consegui fugir e estou na casa de uma amiga em [[LOCATION|Iñapari]]. Quero voltar para o [[LOCATION|Brasil]] e preciso de um médico.
O: Hizo muy bien en llamar. Vamos a coordinar un albergue en [[LOCATION|Puerto Maldonado]] y una atención médica, y hablamos con el consulado de [[LOCATION|Brasil]]. La llamamos en una hora.
C: Obrigada, obrigada.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Madre de Dios", "past", "high",
          ["referral_shelter", "referral_health", "follow_up_call"], "Una mujer extranjera que escapó ayer de un local donde la explotaban sexualmente pide ayuda para volver a su país y atención médica. Se coordinan albergue y atención médica, con seguimiento."))

call("h10-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes.
C: Buenas, chamo, te cuento. Mi pana [[PERSON|Yuleisy]], una chama de [[AGE|diecisiete]], está trabajando en una discoteca en [[LOCATION|Tumbes]] con una cédula falsa que le dieron. El dueño le tiene la cédula verdadera y la pone a tomar con los clientes hasta las cinco de la mañana.
O: Gracias por contarnos. Vamos a derivar el caso a la fiscalía y a la policía especializada. ¿Te podemos volver a llamar a este número?
C: Sí, dale.
""", note("acquaintance", "report", ["sexual"], 1, True, ["female"], "Tumbes", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Un conocido reporta que una adolescente migrante trabaja en una discoteca con documento falso, el dueño retiene su documento y la hace beber con clientes. Se deriva a fiscalía y policía especializada, con seguimiento."))

call("h10-prof-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, soy inspectora de trabajo en [[LOCATION|Trujillo]]. En una visita a una granja avícola encontramos a nueve trabajadores, siete varones y dos chicas de [[AGE|dieciséis]], que duermen en el galpón y les descuentan todo del sueldo por la comida y el cuarto. Necesitamos albergue para las dos menores.
O: Coordinamos ahora el albergue para las dos adolescentes con la unidad de protección y derivamos el caso a la fiscalía.
C: Perfecto, gracias.
""", note("professional", "help_request", ["labour"], 9, True, ["female", "male"], "La Libertad", "ongoing", "high",
          ["referral_shelter", "referral_legal"], "Una inspectora de trabajo encontró a nueve trabajadores, dos de ellos adolescentes, que duermen en el lugar de trabajo y a quienes descuentan todo el sueldo; pide albergue para las menores. Se coordina albergue y se deriva a la fiscalía."))

call("h10-notrel-001", "en", "plain", """
O: Línea contra la trata, good evening.
C: Hi, is this the tourist police? Someone stole my wallet in a bar in [[LOCATION|Barranco]] and I need a report for my insurance.
O: This line is for human trafficking cases. For a theft, please go to the tourist police station or call the police emergency number.
C: Oh, sorry, thanks.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Unrelated call: a tourist wants to report a stolen wallet. The caller was redirected to the tourist police."))

call("h10-info-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Soy estudiante de secundaria y estoy haciendo un trabajo para el colegio. Quería saber cómo se puede reconocer una oferta de trabajo falsa, de esas que publican en redes.
O: Claro. Desconfía si te piden viajar sin contrato, pagar por adelantado o entregar tus documentos, y si el sueldo es demasiado bueno. Te puedo enviar material informativo.
C: Gracias, me sirve mucho.
""", note("general_public", "information_request", ["unknown"], 0, False, [], None, "at_risk", "low",
          ["information_given"], "Una estudiante pide información general para reconocer ofertas de trabajo engañosas en redes. Se explicaron las señales de alerta y se ofreció material informativo."))

call("h10-andean-001", "es", "andean", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Soy chofer de la ruta de [[LOCATION|Juliaca]] a [[LOCATION|La Rinconada]]. En mi carro va una señora con tres chicas de [[LOCATION|Sandia]], jovencitas nomás, de [[AGE|catorce quince años]], dice que las lleva a trabajar en las cantinas de arriba. Las chicas no hablan, están asustaditas.
O: ¿Dónde está ahora?
C: Ahorita paramos en [[LOCATION|Putina]], en una hora llegamos.
O: Ahora mismo aviso a la policía de [[LOCATION|Putina]] para que intercepten el carro. Siga normal, no diga nada.
C: Ya, señorita.
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Puno", "ongoing", "immediate",
          ["police_dispatch"], "Un chofer reporta que una mujer lleva a tres adolescentes a trabajar en cantinas de una zona minera. Se alertó de inmediato a la policía para interceptar el vehículo."))

call("h10-followup-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. La semana pasada llamé por mi hijo de [[AGE|dieciséis]] que estaba en una mina artesanal en [[LOCATION|Nasca]]. Ya regresó a la casa, gracias a Dios, pero el contratista nos llama y nos amenaza, dice que mi hijo le debe plata y que va a venir a buscarlo.
O: Qué bueno que su hijo está en casa. Vamos a informar a la fiscalía de estas amenazas y le llamamos mañana para ver cómo siguen.
C: Gracias, señorita.
""", note("family_member", "follow_up", ["labour"], 1, True, ["male"], "Ica", "past", "high",
          ["referral_legal", "follow_up_call"], "Una madre llama de nuevo: su hijo adolescente regresó de una mina artesanal, pero el contratista amenaza a la familia por una supuesta deuda. Se informa a la fiscalía de las amenazas, con seguimiento."))

call("h10-en-crew-001", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Good afternoon, madam. I am a fisherman on a boat in the port of [[LOCATION|Paita]]. Me and eleven other crew, all from [[LOCATION|Indonesia]], have not been paid for six months. The captain holds our passports and does not let us go ashore.
O: Thank you for calling. Are you on the boat now?
C: Yes, we are all on the boat.
O: We'll alert the port authority and the police to board the vessel today, and a lawyer will contact you. Can we call you at this number tonight?
C: Yes, thank you very much.
""", note("victim", "help_request", ["labour"], 12, False, ["male"], "Piura", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "A foreign fisherman reports that he and eleven other crew members have gone unpaid for months, with passports held by the captain and no shore leave. Police and port authority are alerted, legal help is arranged, with follow-up."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
