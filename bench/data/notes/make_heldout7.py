#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout7.jsonl: a seventh set of fictional labelled calls, written AFTER the
final rules (signs, speaker guess for segments, 'other') and never tuned on.
Same markup and conventions as make_heldout.py. All people, numbers and businesses
are invented.

Run: python bench/data/notes/make_heldout7.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout7.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h7-airport-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, soy taxista, estoy en el aeropuerto del [[LOCATION|Callao]]. Acabo de dejar a un hombre con tres chicas venezolanas, jovencitas, de dieciséis más o menos. Él tiene los pasaportes de todas y les decía que en la discoteca iban a ganar bien.
O: ¿Siguen en el aeropuerto?
C: Sí, están haciendo la cola para embarcar, el vuelo sale en una hora.
O: Ahora mismo aviso a la policía del aeropuerto para que las intercepten. Gracias por llamar.
C: Ya, de nada.
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Callao", "ongoing", "immediate",
          ["police_dispatch"], "Un taxista reporta a un hombre que lleva a tres adolescentes extranjeras con sus pasaportes para trabajar en una discoteca. Se alertó de inmediato a la policía del aeropuerto."))

call("h7-lower-en-001", "en", "lowercase_asr", """
O: hotline against trafficking good afternoon
C: hello i'm a nurse at the regional hospital in [[LOCATION|pucallpa]] we have a young man here with a deep cut on his leg he says he ran away from a logging camp where he and about ten others worked for months without pay and the bosses have guns and don't let anyone leave
O: is he safe at the hospital
C: yes but he's scared they'll come for him
O: we'll make sure he gets a safe place after his treatment and we'll refer the case to the prosecutor and the police today
C: thank you
""", note("professional", "report", ["labour"], 11, False, ["male"], "Ucayali", "ongoing", "high",
          ["referral_shelter", "referral_legal"], "A nurse reports a young man who escaped from a logging camp where he and about ten others worked unpaid under armed guard. A safe place is arranged and the case is referred to prosecutors and police."))

call("h7-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu trabalho numa padaria em [[LOCATION|Lima]], desde as três da manhã até a noite. O dono está com o meu passaporte e não me paga há quatro meses. Eu quero sair mas não tenho para onde ir.
O: Entiendo. Le podemos ofrecer un albergue y una abogada que lo ayude a recuperar su pasaporte y su pago.
C: Sim, por favor.
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal"], "Un trabajador migrante pide ayuda: trabaja en una panadería jornadas excesivas, sin pago desde hace meses y con su pasaporte retenido. Se ofrecen albergue y asesoría legal."))

call("h7-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes.
C: Buenas, mi vida, una consultica. A mi prima le ofrecieron trabajar de modelo webcam en [[LOCATION|Bogotá]], le pagan el pasaje y la casa, pero le piden fotos sin ropa primero. ¿Eso será confiable?
O: No lo es. Pedir fotos íntimas antes de un trabajo es una forma típica de captación para explotación sexual. Le recomiendo que no envíe nada y que no viaje.
C: Ay, menos mal que llamé.
""", note("family_member", "information_request", ["sexual"], 1, False, ["female"], "Colombia", "at_risk", "medium",
          ["information_given"], "Una familiar consulta por una oferta de trabajo como modelo en el extranjero que exige fotos íntimas y paga el viaje. Se explicaron las señales de captación y se recomendó no viajar."))

call("h7-followup-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, soy el profesor que llamó hace dos semanas por el alumno que lo obligan a vender droga en [[LOCATION|Sullana]]. Ahora lleva tres días sin aparecer, ni en el colegio ni en su casa.
O: Gracias por avisar, profesor. Vamos a pedir a la policía que lo busque hoy y a informar a la fiscalía. Lo llamo en la tarde.
C: Gracias.
""", note("professional", "follow_up", ["forced_criminality"], 1, True, ["male"], "Piura", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Un docente da seguimiento al caso de un alumno obligado a vender droga, que ahora está desaparecido. Se pide a la policía su búsqueda y se informa a la fiscalía."))

call("h7-notrel-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, quería saber qué trámites necesito para adoptar a un niño.
O: Para adopciones debe acudir al Ministerio de la Mujer, ellos le orientan. Nosotros atendemos casos de trata.
C: Ah, gracias.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"], "Consulta sobre adopción, sin relación con trata. Se indicó la institución competente."))

call("h7-andean-001", "es", "andean", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. El hijito de mi vecina, de diez añitos nomás, anda de ayudante en un camión que va a las minas de [[LOCATION|Cerro de Pasco]]. Duerme en el camión, no va a la escuela y el chofer no le paga nada.
O: Gracias, señora. Vamos a derivar el caso a la fiscalía y a la DEMUNA.
C: Ya, gracias.
""", note("acquaintance", "report", ["labour"], 1, True, ["male"], "Pasco", "ongoing", "high",
          ["referral_legal"], "Una vecina reporta que un niño trabaja sin pago como ayudante en un camión de carga, duerme en el vehículo y no va a la escuela. Se deriva a fiscalía y DEMUNA."))

call("h7-en-bar-001", "en", "plain", """
O: Línea contra la trata, good evening.
C: Hi, I'm staying in [[LOCATION|Máncora]]. The owner of a beach bar here keeps offering tourists "company" with local girls. I've seen at least three girls there, some look about fifteen.
O: Thank you. We'll pass this to the police and the prosecutor to investigate, and we'll call you back tomorrow.
C: Sure.
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Piura", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A tourist reports a bar owner offering girls, some apparently minors, to tourists. The case is passed to police and prosecutors to investigate, with a call back."))

call("h7-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, sou brasileira, estou em [[LOCATION|Juliaca]]. Eu fugi ontem de um bar em [[LOCATION|La Rinconada]], onde me obrigavam a ficar com os mineiros. Quero voltar para casa.
O: Vamos a coordinar un albergue para usted y su retorno con el consulado de Brasil. La llamo mañana temprano.
C: Obrigada.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Puno", "past", "high",
          ["referral_shelter", "follow_up_call"], "Una mujer extranjera escapó de un bar en una zona minera donde la explotaban sexualmente. Se coordina un albergue y su retorno con el consulado."))

call("h7-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas noches.
C: Hi, sorry, I live in New York, pero mi hermana [[PERSON|Kiara]] de [[AGE|17]] está en [[LOCATION|Tacna]], working in a karaoke. La hacen tomar con los clientes every night y no le dejan volver a la casa.
O: Gracias por llamar. La policía de Tacna va a ir al local esta noche, y la llamamos mañana.
C: Thank you, gracias.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Tacna", "ongoing", "high",
          ["police_dispatch", "follow_up_call"], "Un familiar reporta que su hermana adolescente es obligada a beber con clientes en un karaoke y no la dejan volver a casa. La policía irá al local, con seguimiento."))

call("h7-street-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Hola, tengo [[AGE|diecisiete]]. Mi tía me trajo de [[LOCATION|Cajamarca]] y me tiene vendiendo ropa en la calle en [[LOCATION|Gamarra]] todo el día, no me paga y no me deja estudiar. Ya no aguanto.
O: Gracias por llamar. Te vamos a conectar con la DEMUNA y un albergue para que estés segura. Te llamo en una hora.
C: Ya.
""", note("victim", "help_request", ["labour"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "Una adolescente pide ayuda porque su tía la obliga a vender en la calle todo el día sin pago ni estudios. Se coordina con DEMUNA y un albergue."))

call("h7-police-001", "en", "plain", """
O: Línea contra la trata, good morning.
C: Good morning, this is Sergeant [[PERSON|Quispe]] from the border police in [[LOCATION|Tumbes]]. Last night we stopped a car with five Venezuelan women, two of them minors, who were promised jobs in nightclubs in [[LOCATION|Lima]]. They're at the station now.
O: Thank you, sergeant. What do they need?
C: A shelter for all of them and a medical check.
O: We'll arrange the shelter and a medical evaluation this morning and confirm by phone within the hour.
C: Thanks.
""", note("professional", "help_request", ["sexual"], 5, True, ["female"], "Tumbes", "past", "high",
          ["referral_shelter", "referral_health", "follow_up_call"], "A police officer reports five foreign women, two minors, intercepted while being taken to work in nightclubs, and requests shelter and medical checks. Both are arranged."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
