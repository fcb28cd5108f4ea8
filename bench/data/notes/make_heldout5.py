#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout5.jsonl: a fifth set of fictional labelled calls, written AFTER the
fourth round of tuning and never tuned on: the clean measure of the final rules.
Same markup and conventions as make_heldout.py. All people, numbers and businesses
are invented.

Run: python bench/data/notes/make_heldout5.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout5.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h5-obstetra-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, soy obstetra de la posta de [[LOCATION|Atalaya]]. Tengo aquí a una chica de [[AGE|quince años]], embarazada, que vino huyendo de un campamento maderero. Dice que el patrón la tenía como su mujer a la fuerza y que la prestaba a otros trabajadores.
O: ¿Ella está segura ahora?
C: Por ahora está con nosotros, pero no quiere volver y no tiene a dónde ir.
O: Vamos a coordinar un albergue para ella hoy y derivar el caso a la fiscalía. La llamaré en la noche para confirmar.
C: Gracias.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Ucayali", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "Una obstetra informa que atiende a una adolescente embarazada que huyó de un campamento donde era explotada sexualmente. Se coordina albergue y se deriva a fiscalía."))

call("h5-lower-en-001", "en", "lowercase_asr", """
O: hotline against trafficking good morning
C: hi i'm a student doing a gap year in [[LOCATION|puerto maldonado]] and i went on a river trip and saw two boys maybe twelve working on a gold dredge they told our guide they haven't been paid in months and they can't go home
O: did you see any adults with them
C: yes a man with a shotgun on the boat
O: thank you we will refer this to the prosecutor and the police and call you next week
C: okay thanks
""", note("witness", "report", ["labour"], 2, True, ["male"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A visitor reports two young boys working unpaid on a gold dredge under armed watch, unable to go home. The case is referred to prosecutors and police, with follow-up."))

call("h5-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Socorro, por favor, sou brasileira, estou trancada num quarto de uma casa de massagem em [[LOCATION|Miraflores]]. Eles me obrigam a atender homens e tiraram meu passaporte.
O: ¿Está sola en el cuarto? ¿Puede hablar?
C: Sim, sozinha, falo baixinho. Eles vão voltar logo.
O: Ahora mismo enviamos a la policía al lugar. Quédese en línea si puede.
C: Tá, obrigada.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch"], "Una mujer extranjera llama encerrada en un local donde la obligan a prostituirse y le quitaron el pasaporte. Se envió a la policía de inmediato."))

call("h5-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Mire, mi chamo tiene [[AGE|diecisiete]], y una gente de una banda lo tiene robando celulares en [[LOCATION|San Juan de Lurigancho]]. Le dijeron que si no sale a robar le hacen algo a su hermanita.
O: Su hijo es víctima. Vamos a derivar el caso a la fiscalía de familia y a darle apoyo psicológico. Lo llamamos el lunes.
C: Gracias, hermano.
""", note("family_member", "report", ["forced_criminality"], 1, True, ["male"], "Lima", "ongoing", "high",
          ["referral_legal", "referral_health", "follow_up_call"], "Un padre reporta que su hijo adolescente es obligado por una banda a robar bajo amenazas a su familia. Se deriva a la fiscalía de familia y a apoyo psicológico, con seguimiento."))

call("h5-bodega-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. En la bodega de mi cuadra, en [[LOCATION|Chiclayo]], hay dos chiquillas de unos [[AGE|trece, catorce años]] que atienden desde las seis de la mañana hasta las once de la noche. No van al colegio, duermen en el almacén, y el dueño les pega.
O: ¿Sabe de dónde son?
C: Dicen que las trajeron de la sierra, de [[LOCATION|Cutervo]].
O: Gracias por avisar. Vamos a derivar el caso a la fiscalía y a la policía para que intervengan.
C: Ya, gracias.
""", note("witness", "report", ["labour"], 2, True, ["female"], "Lambayeque", "ongoing", "high",
          ["police_dispatch", "referral_legal"], "Una vecina reporta que dos niñas trabajan jornadas larguísimas en una bodega, no van al colegio, duermen en el almacén y son golpeadas. Se deriva a fiscalía y policía."))

call("h5-en-info-001", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hello. My son is twenty-four, he got an offer on Facebook to work on a fishing vessel in [[LOCATION|Korea]], but the agency wants him to pay two thousand dollars first for the recruitment fee. Is this normal?
O: Charging workers a recruitment fee is a serious warning sign. He shouldn't pay anything until the agency is verified with the labour ministry. I can explain how to check it.
C: Thank you, that's very helpful.
""", note("family_member", "information_request", ["labour"], 1, False, ["male"], "Corea del Sur", "at_risk", "medium",
          ["information_given"], "A mother asks about an overseas fishing job offer that requires a large recruitment fee. Warning signs and how to verify the agency were explained."))

call("h5-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes
C: aló señorita por favor ayúdenos somos siete trabajadores nos tienen en una chacra de café en [[LOCATION|satipo]] el patrón no nos paga hace tres meses y no nos deja ir dice que le debemos la comida
O: están todos bien alguien está herido
C: estamos bien pero tenemos miedo tiene escopeta
O: ya la policía de satipo va a ir a la chacra hoy mismo y lo vamos a llamar a este número
C: gracias señorita
""", note("victim", "help_request", ["labour"], 7, False, ["male"], "Junín", "ongoing", "high",
          ["police_dispatch", "follow_up_call"], "Un trabajador pide ayuda porque él y otros seis son retenidos en una chacra sin pago, por una supuesta deuda y bajo amenaza armada. La policía irá al lugar y se hará seguimiento."))

call("h5-notrel-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, me robaron el celular en el paradero, ¿a qué número llamo para denunciar?
O: Para un robo puede acercarse a la comisaría o llamar al 105. Esta línea es para casos de trata de personas.
C: Ah, ya, gracias.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"], "Llamada sobre un robo de celular, sin relación con trata. Se indicó dónde denunciar."))

call("h5-followup-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. El mes pasado llamé por mi sobrina, la que se llevaron a un bar en [[LOCATION|Camaná]]. Ya volvió a la casa, la trajo la policía, pero no quiere hablar con nadie.
O: Qué bueno que está en casa. ¿Qué edad tiene ahora?
C: [[AGE|Dieciséis]].
O: Vamos a derivarla a atención psicológica y a una abogada para el proceso, y la volvemos a llamar en una semana.
C: Gracias.
""", note("family_member", "follow_up", ["sexual"], 1, True, ["female"], "Arequipa", "past", "high",
          ["referral_legal", "referral_health", "follow_up_call"], "Una familiar da seguimiento: su sobrina adolescente, explotada en un bar, regresó a casa tras la intervención policial. Se deriva a apoyo psicológico y legal, con seguimiento."))

call("h5-cs-001", "en", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hi, yes, hablo un poquito de español. I'm volunteering near [[LOCATION|Cusco]], in [[LOCATION|San Jerónimo]], and there are these kids, como cinco chicos de doce a quince años, working in a brick kiln all day. The owner yells at them and they never go to school.
O: Are they paid?
C: One of them told me no, que trabajan para pagar una deuda de su papá.
O: That's child forced labour. We'll refer it to the prosecutor and call you back on Friday.
C: Thank you.
""", note("witness", "report", ["labour"], 5, True, ["male"], "Cusco", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A volunteer reports five boys working all day in a brick kiln to pay a family debt, without schooling. The case is referred to the prosecutor, with follow-up."))

call("h5-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia, sou conselheira tutelar em [[LOCATION|Manaus]], no [[LOCATION|Brasil]]. Recebemos a denúncia de uma menina peruana de [[AGE|catorze anos]] que trabalha como empregada numa casa, sem salário, sem estudar, e a patroa bate nela.
O: Gracias por avisarnos. Vamos a coordinar con la fiscalía y con las autoridades de Brasil, y la llamaremos la próxima semana.
C: Obrigada, aguardo.
""", note("professional", "report", ["domestic_servitude"], 1, True, ["female"], "Brasil", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Una consejera de protección infantil reporta que una niña peruana trabaja como empleada doméstica en el extranjero sin salario ni estudios y es maltratada. Se coordina con fiscalía y autoridades, con seguimiento."))

call("h5-begging-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Yo vendo en el mercado de [[LOCATION|Tacna]] y todos los días traen a un señor mayor en silla de ruedas para que pida limosna en la puerta. En la noche un joven viene, le quita todo el dinero y se lo lleva.
O: ¿Ha hablado con el señor?
C: Una vez, me dijo que no tiene familia y que si no pide no le dan de comer.
O: Gracias. Vamos a informar a la policía para que intervenga.
C: Ya.
""", note("witness", "report", ["forced_begging"], 1, False, ["male"], "Tacna", "ongoing", "medium",
          ["police_dispatch"], "Una vendedora reporta que un hombre mayor en silla de ruedas es llevado a pedir limosna y un joven se queda con el dinero. Se informa a la policía para que intervenga."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
