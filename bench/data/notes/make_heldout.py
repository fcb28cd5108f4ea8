#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout.jsonl: fictional labelled calls in styles the dev set lacks.

Written BEFORE the rules backend was built or tuned, to measure how the drafter
generalises: lowercase unpunctuated ASR output, Spanish/English code-switching,
Portuguese, Venezuelan Spanish. Same markup and conventions as
../shared/eval/make_dev.py ([[TYPE|surface]] marks PII; O:/C: mark the speaker);
output format: LABELS.md. All people, numbers, places of business are invented.

Run: python bench/data/notes/make_heldout.py
"""

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("heldout.jsonl")
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")
CALLS = []


def call(cid, lang, style, script, note):
    CALLS.append({"id": cid, "language": lang, "style": style, "script": script.strip("\n"), "note": note})


def note(role, ctype, expl, count, minors, sexes, region, situation, urgency, actions, summary):
    return {"caller_role": role, "call_type": ctype, "exploitation_types": expl,
            "victims": {"count": count, "minors_involved": minors, "sexes": sexes},
            "region": region, "situation": situation, "urgency": urgency,
            "actions": actions, "summary": summary}


# ------------------------------------------------ lowercase ASR, Spanish ----
call("ho-lower-001", "es", "lowercase_asr", """
O: línea contra la trata buenos días en qué le puedo ayudar
C: buenos días señorita mire yo vendo fruta por la zona de [[LOCATION|pachacámac]] y al frente hay una ladrillera donde trabajan unos chiquitos
O: cuántos niños ha visto usted
C: tres chiquitos varones pues tendrán [[AGE|diez once años]] cargan ladrillos desde las cinco de la mañana hasta la noche
O: los niños van al colegio
C: no señorita nunca los he visto ir al colegio y el dueño les grita les dice que si no terminan no comen
O: sabe si les pagan algo
C: no les pagan nada dicen que es para pagar la deuda de sus papás que los trajeron de [[LOCATION|huancavelica]]
O: entiendo lo que me cuenta es muy grave vamos a derivar el caso a la fiscalía y a la policía especializada y le vamos a volver a llamar para hacer seguimiento
C: ya señorita pero que no sepan que fui yo
O: su identidad queda reservada gracias por llamar
""", note("witness", "report", ["labour"], 3, True, ["male"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vendedora reporta que tres niños trabajan cargando ladrillos en una ladrillera sin pago, "
          "para saldar una deuda de sus padres, y no asisten al colegio. Se deriva a fiscalía y policía "
          "especializada, con seguimiento."))

call("ho-lower-002", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: ayúdeme por favor estoy en un bar en [[LOCATION|juliaca]] me tienen encerrada ahora mismo
O: tranquila estoy aquí para ayudarte estás en un lugar donde puedas hablar
C: estoy en el baño me escondí tengo [[AGE|diecisiete años]] me trajeron diciendo que iba a trabajar de mesera pero me obligan a estar con hombres
O: hay otras chicas contigo
C: no ahorita solo yo las otras se fueron la semana pasada
O: sabes el nombre del bar o la dirección
C: se llama [[ORGANIZATION|la cabaña del sol]] está en la [[ADDRESS|avenida circunvalación cerca del terminal]]
O: voy a avisar ahora mismo a la policía para que vayan a sacarte y luego te llevarán a un albergue donde vas a estar segura no cuelgues
C: ya ya gracias
""", note("victim", "help_request", ["sexual"], 1, True, ["female"], "Puno", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una adolescente llama escondida desde un bar donde la mantienen encerrada y la obligan a "
          "prostituirse tras engañarla con un trabajo de mesera. Se alertó a la policía para su rescate "
          "inmediato y se coordinará un albergue."))

call("ho-lower-003", "es", "lowercase_asr", """
O: línea contra la trata buenas tardes en qué le ayudo
C: aló buenas tardes es la farmacia
O: no señor esta es la línea contra la trata de personas
C: ah disculpe me equivoqué de número buscaba la farmacia del barrio
O: no se preocupe que tenga buena tarde
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada equivocada de un señor que buscaba una farmacia. Se le indicó el propósito de la línea."))

# ------------------------------------------------ code-switching ----
call("ho-cs-001", "en", "code_switching", """
O: Hotline against trafficking, good afternoon, how can I help you?
C: Hi, hola, sorry my Spanish is not great. I'm a volunteer here in [[LOCATION|Arequipa]] and there's this chica at the restaurant, la señora del restaurante se llama... well, I think something's wrong.
O: That's okay, we can speak English. What makes you worried?
C: She's from [[LOCATION|Venezuela]], she's like [[AGE|twenty-two]], she works every day from six in the morning till midnight, and she told me the owner keeps her pasaporte and hasn't paid her in three months. She says "no puedo irme, le debo plata".
O: Does she live at the restaurant?
C: Yeah, she sleeps in the back, en la cocina, on a mattress. She's not locked in, I mean she can go out to the market, but she's scared to leave for good.
O: Thank you. I'll explain her rights so you can pass them on, and we'll refer the case to the labour prosecutor. Can we call you back next week to follow up?
C: Sure, yes, claro.
""", note("acquaintance", "report", ["labour"], 1, False, ["female"], "Arequipa", "ongoing", "medium",
          ["information_given", "referral_legal", "follow_up_call"],
          "A volunteer reports that a young migrant woman works very long hours unpaid at a restaurant, "
          "sleeps in the kitchen and has her passport held by the owner over an alleged debt. Information "
          "on her rights was given and the case is referred to the labour prosecutor, with follow-up."))

call("ho-cs-002", "es", "code_switching", """
O: Línea contra la trata, buenas noches, ¿en qué le puedo ayudar?
C: Hola, buenas, mire, yo vivo en [[LOCATION|New Jersey]] pero soy de [[LOCATION|Chiclayo]]. Mi primo [[PERSON|Brayan]], que tiene [[AGE|19]], got this job offer por Facebook, para trabajar en una fábrica en [[LOCATION|Estados Unidos]], y le piden que pague 3000 dólares upfront por la visa.
O: ¿Ya viajó su primo?
C: No, todavía no, he's still in Chiclayo. Le dicen que viaje por [[LOCATION|México]] con un guía, que no hay problema, que allá le quitan el pasaporte "para tramitar los papeles". That sounds super sketchy, ¿no?
O: Sí, tiene varias señales de alerta de captación: el pago por adelantado, el viaje irregular con un guía y la retención del pasaporte. Le recomiendo que su primo no viaje y que no pague nada.
C: Okay, okay, le voy a decir. ¿Y si insisten?
O: Puede denunciar el anuncio a la policía. Le dejo la información de cómo verificar una oferta de trabajo en el extranjero.
C: Thank you, gracias.
""", note("family_member", "information_request", ["labour"], 1, False, ["male"], "Estados Unidos",
          "at_risk", "medium", ["information_given"],
          "Un familiar consulta por una oferta de trabajo en el extranjero recibida por redes sociales que "
          "exige un pago adelantado, un viaje irregular con un guía y la entrega del pasaporte. Se explicaron "
          "las señales de alerta y se recomendó no viajar ni pagar."))

# ------------------------------------------------ Portuguese ----
call("ho-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas noches. ¿En qué le puedo ayudar?
C: Oi, boa noite, desculpa, eu falo português. Eu sou brasileira, estou em [[LOCATION|Puerto Maldonado]], preciso de ajuda.
O: Sí, hablamos portugués, pode falar. A senhora está em segurança agora?
C: Não, estou escondida no banheiro. Eu e mais duas meninas, brasileiras também, somos obrigadas a fazer programa num bar perto da mina. Eles pegaram nossos passaportes e dizem que temos uma dívida.
O: Alguma delas é menor de idade?
C: Não, todas somos maiores, eu tenho [[AGE|vinte e quatro]]. Mas o dono tem arma e ameaçou a gente hoje, disse que se alguém fugir vai matar.
O: Vou avisar a polícia agora mesmo para ir ao local, e depois vocês serão levadas para um abrigo. Não desligue.
C: Tá bom, obrigada, obrigada.
""", note("victim", "help_request", ["sexual"], 3, False, ["female"], "Madre de Dios", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una mujer extranjera llama escondida desde un bar cerca de una mina donde ella y otras dos mujeres "
          "son obligadas a prostituirse, con los pasaportes retenidos, una supuesta deuda y amenazas con arma. "
          "Se envió a la policía y se coordinará un albergue."))

call("ho-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia. Eu sou assistente social num centro de acolhida em [[LOCATION|São Paulo]], no [[LOCATION|Brasil]]. Estou ligando porque atendemos um rapaz peruano que fugiu de uma oficina de costura.
O: Entendo. ¿Qué le contó el joven?
C: Ele disse que trabalhava quinze horas por dia, dormia na própria oficina junto com outros cinco homens peruanos, e o patrão ficava com os documentos e descontava tudo do salário. Os outros cinco continuam lá.
O: ¿Son adultos?
C: Sim, todos adultos, entre vinte e trinta anos.
O: Muy bien. Vamos a derivar el caso a la fiscalía y coordinar con las autoridades de Brasil, y la llamaremos de nuevo para hacer seguimiento.
C: Obrigada.
""", note("professional", "report", ["labour"], 6, False, ["male"], "Brasil", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una trabajadora social informa que un joven peruano escapó de un taller de costura en el "
          "extranjero donde él y otros cinco hombres trabajan jornadas excesivas con documentos retenidos "
          "y descuentos del salario. Se deriva a la fiscalía y se coordina con las autoridades, con seguimiento."))

call("ho-pt-003", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Minha filha [[PERSON|Larissa]] tem [[AGE|quinze anos]] e conheceu um homem pelo Instagram que diz ser de uma agência de modelos em [[LOCATION|Lima]]. Ele quer pagar a passagem dela para ir sozinha e pediu fotos de biquíni.
O: ¿Ella ya viajó?
C: Não, ainda não, ela está em casa comigo em [[LOCATION|Rio Branco]]. Eu queria saber se isso é normal.
O: No es normal. Son señales de captación: una persona desconocida, pedido de fotos, viaje de una menor sola. Le recomiendo que guarde los mensajes, que no la deje viajar y que denuncie a la policía.
C: Entendi, muito obrigada pela informação.
""", note("family_member", "information_request", ["sexual"], 1, True, ["female"], "Lima", "at_risk", "medium",
          ["information_given"],
          "Una madre consulta porque un desconocido que dice ser de una agencia de modelos pidió fotos a su "
          "hija adolescente y le ofrece pagarle el viaje sola. Se explicaron las señales de captación y se "
          "recomendó guardar los mensajes, no dejarla viajar y denunciar."))

# ------------------------------------------------ Venezuelan Spanish ----
call("ho-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Épale, buenas tardes, mi amor. Mira, yo soy venezolana y te llamo por una pana mía, ella está en [[LOCATION|Trujillo]] con sus dos chamos.
O: Cuénteme, ¿qué le está pasando a su amiga?
C: Un tipo, un señor que le dicen el [[PERSON|Catire]], le prometió trabajo en una bodega, vale, y ahora la tiene a ella y a los niños pidiendo plata en los semáforos todo el día. Él se queda con todo y le agarró la cédula.
O: ¿Qué edades tienen los niños?
C: La niña tiene como [[AGE|seis]] y el varón [[AGE|cuatro]]. Qué vaina, chama, los tiene ahí bajo el sol. Y ayer le dio una cachetada a ella delante de los chamos.
O: Gracias por avisarnos. Vamos a informar a la policía para que intervengan y le llamaremos para hacer seguimiento.
C: Dale, gracias, de verdad.
""", note("acquaintance", "report", ["forced_begging"], 3, True, ["female", "male"], "La Libertad", "ongoing",
          "high", ["police_dispatch", "follow_up_call"],
          "Una conocida reporta que una mujer migrante y sus dos hijos pequeños son obligados a pedir dinero "
          "en semáforos por un hombre que se queda con lo recaudado, le retiene el documento y la ha agredido. "
          "Se informa a la policía para que intervenga, con seguimiento."))

call("ho-ve-002", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, chamo, disculpa la hora. Yo estoy en [[LOCATION|Tumbes]], yo me escapé ayer de una gente que me tenía trabajando para ellos.
O: ¿Está usted en un lugar seguro ahora?
C: Sí, ahorita estoy en casa de un pana. Mira, yo llegué de [[LOCATION|Venezuela]] hace dos meses y unos tipos me dijeron que había trabajo de carga, y después me obligaron a llevar paquetes de droga por la frontera, y si no lo hacía me iban a matar. Me quitaron el pasaporte.
O: ¿Había más personas con usted?
C: No, yo solo. Tengo [[AGE|veintitrés años]]. Pero estoy asustado, vale, ellos saben dónde buscarme.
O: Entiendo. Le vamos a conseguir un albergue donde estar seguro, y le damos orientación legal para que pueda denunciar sin que lo traten como delincuente. Le volvemos a llamar mañana.
C: Dale, muchas gracias.
""", note("victim", "help_request", ["forced_criminality"], 1, False, ["male"], "Tumbes", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Un joven migrante cuenta que escapó de un grupo que lo obligaba a transportar droga por la frontera "
          "bajo amenazas de muerte y con su pasaporte retenido, y teme represalias. Se coordina un albergue y "
          "orientación legal, con seguimiento."))

# ------------------------------------------------ other phrasing, Spanish / English ----
call("ho-es-001", "es", "plain", """
O: Línea contra la trata de personas, buenas tardes.
C: Buenas tardes, le habla una enfermera del centro de salud de [[LOCATION|El Tambo]], en [[LOCATION|Huancayo]].
O: Dígame, ¿en qué la podemos ayudar?
C: Ayer atendimos a una niña de [[AGE|catorce años]] que llegó con una infección. Nos contó que la habían tenido trabajando en un night club, que la obligaban a estar con clientes, y que logró escaparse la semana pasada. Ahora está con nosotros, ya no está con esa gente.
O: ¿Ella está segura ahora?
C: Sí, está internada aquí, pero no tiene familia cerca y no quiere volver con su padrastro.
O: Entendido. Vamos a coordinar un albergue para ella y derivar el caso a la fiscalía. La llamamos mañana para hacer seguimiento.
C: Perfecto, muchas gracias.
""", note("professional", "report", ["sexual"], 1, True, ["female"], "Junín", "past", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"],
          "Una enfermera informa que atiende a una adolescente que escapó de un local nocturno donde era "
          "explotada sexualmente y que no tiene un entorno familiar seguro. Se coordina un albergue y se "
          "deriva a la fiscalía, con seguimiento."))

call("ho-en-001", "en", "plain", """
O: Anti-trafficking hotline, good morning.
C: Morning. I called last week about my sister, the one working as a maid for a family in [[LOCATION|Chiclayo]]. I'm calling to follow up.
O: Of course. What has happened since then?
C: Nothing good. They still don't let her go out alone, she works from five a.m. to eleven at night cleaning and cooking, they haven't paid her anything this year, and they took her ID card. She's [[AGE|thirty]].
O: Is she in immediate danger right now?
C: Not right now, no one hits her, but she cries every time she calls me.
O: Thank you. We'll forward the new details to the prosecutor handling the case, and we'll call you back in a few days.
C: Thanks.
""", note("family_member", "follow_up", ["domestic_servitude"], 1, False, ["female"], "Lambayeque", "ongoing",
          "high", ["referral_legal", "follow_up_call"],
          "A family member follows up on a previous report: a woman works as an unpaid live-in maid, cannot "
          "go out alone and has had her ID taken. The new details are passed to the prosecutor, with "
          "follow-up."))
call("ho-es-002", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Mire, mi hija de [[AGE|16 años]] recibió una oferta para trabajar de niñera en [[LOCATION|Ecuador]], le pagan el pasaje y le dijeron que no le cuente a nadie. ¿Eso es normal?
O: ¿Ya viajó su hija?
C: No, todavía está en casa conmigo, en [[LOCATION|Sullana]].
O: Le explico: pedir secreto y pagar el pasaje a una menor de edad son señales de alerta de trata. Le recomiendo que no la deje viajar y que guarde los mensajes.
C: Ya, muchas gracias por la información.
""", note("family_member", "information_request", ["unknown"], 1, True, ["female"], "Ecuador", "at_risk",
          "medium", ["information_given"],
          "Una madre consulta por una oferta de trabajo como niñera en el extranjero para su hija adolescente, "
          "con pasaje pagado y pedido de secreto. Se explicaron las señales de alerta y se recomendó no dejarla "
          "viajar."))


def build(c):
    turns, pii, parts, pos = [], [], [], 0
    for line in c["script"].splitlines():
        speaker = {"O": "operator", "C": "caller"}[line[0]]
        raw, out, last = line[3:], "", 0
        for m in MARK.finditer(raw):
            out += raw[last:m.start()]
            start = pos + len(out)
            out += m.group(2)
            pii.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1), "text": m.group(2)})
            last = m.end()
        out += raw[last:]
        turns.append({"speaker": speaker, "text": out})
        parts.append(out)
        pos += len(out) + 1
    text = "\n".join(parts)
    for p in pii:
        assert text[p["start"]:p["end"]] == p["text"], p
    return {"id": c["id"], "language": c["language"], "style": c["style"], "turns": turns, "text": text,
            "pii": pii, "note": c["note"]}


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
