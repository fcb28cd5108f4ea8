#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout4.jsonl: a fourth set of fictional labelled calls, written AFTER the
third round of tuning and never tuned on: the clean measure of the final rules.
Same markup and conventions as make_heldout.py. All people, numbers and businesses
are invented.

Run: python bench/data/notes/make_heldout4.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout4.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h4-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: buenas noches hijita yo soy abuelita de una niña se llama [[PERSON|maribel]] tiene [[AGE|trece años]] una señora se la llevó a lima a [[LOCATION|san martín de porres]] para trabajar cama adentro en su casa
O: cuénteme qué sabe de ella
C: que lava cocina plancha todo el día no la mandan al colegio y la señora le dice que su sueldo lo guarda ella pero nunca le da nada ya va un año así
O: vamos a derivar el caso a la fiscalía de familia para que la vayan a ver y la llamamos la próxima semana
C: ya hijita gracias
""", note("family_member", "report", ["domestic_servitude"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una abuela reporta que su nieta menor trabaja como empleada cama adentro sin pago y sin ir al colegio. Se deriva a la fiscalía de familia, con seguimiento."))

call("h4-en-hotel-001", "en", "plain", """
O: Línea contra la trata, good evening.
C: Hi, I work at the front desk of a hotel in [[LOCATION|Cusco]]. A foreign man just checked in with a local girl, she can't be older than [[AGE|thirteen]]. He said she's his niece but she doesn't even speak his language.
O: Thank you for calling. Are they in the room now?
C: Yes, they went up five minutes ago. Room [[OTHER_ID|304]].
O: I'm sending the police to the hotel right now. Please don't go up yourself.
C: Okay, I'll wait at the desk.
""", note("witness", "report", ["sexual"], 1, True, ["female"], "Cusco", "ongoing", "immediate",
          ["police_dispatch"],
          "A hotel worker reports that a foreign man has just taken an apparent young girl to his room. Police were sent immediately."))

call("h4-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu sou brasileiro, trabalhei quatro meses num barco de pesca que sai de [[LOCATION|Paita]]. Não me pagaram nada, diziam que eu devia a comida e o alojamento, e o capitão batia em quem reclamava.
O: ¿Dónde está usted ahora?
C: Consegui descer do barco ontem e fugi. Estou na rodoviária, sem dinheiro e sem documentos, eles ficaram com meu passaporte.
O: Vamos a conseguirle un albergue hoy mismo y un abogado para que recupere su pasaporte y su pago. Lo llamo en media hora.
C: Obrigado, obrigado.
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Piura", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un trabajador migrante escapó de un barco de pesca donde trabajó meses sin pago por una supuesta deuda, con violencia y su pasaporte retenido. Se coordinan albergue y asesoría legal."))

call("h4-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, mija. Mira, mi hija [[PERSON|Yusmary]] tiene [[AGE|diecinueve]], está en [[LOCATION|Trujillo]] con un novio que la metió en una banda, y ahora la ponen a llevar droga en la cartera de un sitio a otro.
O: ¿Ella quiere salir de eso?
C: Sí, pero le dijeron que si se sale la matan, y a mí también. Está muerta de miedo, chama.
O: Su hija es víctima, no delincuente. Vamos a derivar el caso a la fiscalía y a la policía especializada, y la vamos a llamar mañana para ver cómo protegerla.
C: Gracias, de verdad.
""", note("family_member", "report", ["forced_criminality"], 1, False, ["female"], "La Libertad", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una madre reporta que su hija es obligada por una banda a transportar droga bajo amenazas de muerte. Se deriva a fiscalía y policía especializada, con seguimiento."))

call("h4-teacher-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, soy docente de un colegio en [[LOCATION|Juliaca]]. Tres alumnas mías, de catorce y quince años, no vienen desde hace una semana. Sus compañeras dicen que una agencia de empleos les ofreció trabajo de meseras en [[LOCATION|La Rinconada]].
O: ¿Las familias han denunciado?
C: Una sola familia. Las otras tienen miedo. Dicen que en esos bares a las chicas las hacen estar con los mineros.
O: Vamos a alertar a la policía y a la fiscalía para que las busquen y las rescaten. La llamaremos mañana.
C: Gracias.
""", note("professional", "report", ["sexual"], 3, True, ["female"], "Puno", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Una docente reporta que tres alumnas adolescentes desaparecieron tras una oferta de trabajo de meseras en una zona minera donde las harían estar con mineros. Se alerta a policía y fiscalía para su búsqueda y rescate."))

call("h4-en-info-001", "en", "plain", """
O: Línea contra la trata, good morning.
C: Good morning, I just wanted to ask something. There's a TikTok account posting jobs in [[LOCATION|Japan]] for young Peruvians, factory work, free flights, but you have to hand over your passport when you arrive. Is that legit?
O: Handing over your passport is a warning sign. Real employers don't keep your documents. Check whether the agency is registered with the labour ministry, and you can send us the link so we pass it on to the police.
C: Okay, thanks, I'll tell my friends.
""", note("general_public", "information_request", ["unknown"], 0, False, [], "Japón", "at_risk", "low",
          ["information_given"],
          "A member of the public asks about online factory job ads abroad that require handing over passports. Warning signs and how to verify agencies were explained."))

call("h4-notrel-001", "es", "plain", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Aló... aló... (risas)
O: ¿Aló? ¿Me escucha? Esta es la línea contra la trata de personas.
C: (risas) Ya, ya, chau.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada de broma sin contenido. No se registró caso."))

call("h4-cs-001", "en", "code_switching", """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, hola. I came from [[LOCATION|Texas]] to work as an au pair con una familia en [[LOCATION|La Molina]]. They promised pay and classes, but they took my passport and I work like fourteen hours a day cuidando a los niños y limpiando, sin pago.
O: Are you safe to talk now? Can you leave the house?
C: I can go out only with them. Right now they're asleep.
O: We can get you to a shelter and a lawyer will help you recover your passport. Can we message you tomorrow morning?
C: Yes, please.
""", note("victim", "help_request", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "A foreign au pair reports that her host family keeps her passport and makes her work very long hours caring for children and cleaning without pay. Shelter and legal help are offered, with follow-up."))

call("h4-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, sou assistente social no [[LOCATION|Acre]], no [[LOCATION|Brasil]]. Atendemos dois adolescentes peruanos, de [[AGE|dezesseis anos]], que trabalham numa serraria aqui, sem salário, dormindo no galpão. O dono diz que eles devem a viagem.
O: Gracias. ¿Los chicos están con ustedes ahora?
C: Não, eles voltaram para a serraria, têm medo.
O: Vamos a coordinar con la fiscalía peruana y las autoridades de Brasil, y la llamaremos la próxima semana.
C: Obrigada.
""", note("professional", "report", ["labour"], 2, True, ["male"], "Brasil", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una trabajadora social reporta que dos adolescentes peruanos trabajan sin salario en un aserradero en el extranjero por una supuesta deuda del viaje. Se coordina con la fiscalía y autoridades, con seguimiento."))

call("h4-andean-001", "es", "andean", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Llamo por mi hermana [[PERSON|Nilda]], tiene [[AGE|veinticinco]]. Está en un fundo en [[LOCATION|Cañete]], cosechando, y el capataz no la deja salir del fundo, le ha quitado su DNI, dice que debe el pasaje.
O: ¿Sabe si le pagan algo?
C: Nada, pues, señorita, tres meses ya.
O: La policía de Cañete va a ir al fundo mañana temprano, y vamos a derivar el caso a la fiscalía. Le aviso apenas sepa algo.
C: Gracias, señorita.
""", note("family_member", "report", ["labour"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"],
          "Un hermano reporta que su hermana trabaja en un fundo sin pago, con su documento retenido, una supuesta deuda y sin poder salir. La policía irá al lugar y se deriva a la fiscalía."))

call("h4-lower-en-001", "en", "lowercase_asr", """
O: anti trafficking hotline good afternoon
C: hi im a truck driver im at the border in [[LOCATION|desaguadero]] theres a van with four girls they look young maybe seventeen eighteen and a man is holding all their ids they told me theyre going to work in a bar in [[LOCATION|puno]]
O: is the van still there
C: yes its parked behind the customs building
O: we will alert the border police right now so they can check the van thank you for calling
C: no problem
""", note("witness", "report", ["sexual"], 4, True, ["female"], "Puno", "ongoing", "immediate",
          ["police_dispatch"],
          "A driver reports four young women, possibly minors, being transported by a man who holds their IDs to work in a bar. Border police were alerted immediately."))

call("h4-past-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Hace cinco años a mí me tuvieron en un bar en [[LOCATION|Mazuco]], me obligaban a estar con hombres. Ya salí de eso, ahora vivo tranquila, pero quiero saber si todavía puedo denunciar.
O: Sí, puede denunciar, ese delito no prescribe tan rápido. Le voy a pasar con una abogada gratuita que la puede acompañar en la denuncia, y si quiere también apoyo psicológico.
C: Sí, por favor.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Madre de Dios", "past", "medium",
          ["referral_legal", "referral_health"],
          "Una sobreviviente de explotación sexual ocurrida hace años consulta si puede denunciar. Se la deriva a una abogada gratuita y a apoyo psicológico."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
