#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout6.jsonl: a sixth set of fictional labelled calls, written AFTER the
last round of tuning and never tuned on: the final clean measure. Includes a kind
the rules do not model at all (a forced marriage: exploitation "other").
Same markup and conventions as make_heldout.py. All people, numbers and businesses
are invented.

Run: python bench/data/notes/make_heldout6.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout6.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h6-moto-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches. Soy mototaxista en [[LOCATION|Iquitos]]. Hace rato llevé a un señor con unas cuatro chicas, de quince más o menos, al puerto de [[LOCATION|Masusa]]. Las subieron a un bote que va a los campamentos petroleros, y él decía que iban a "atender" a los trabajadores.
O: ¿El bote ya salió?
C: Todavía no, sale a las diez.
O: Vamos a avisar ahora mismo a la policía y a la capitanía para que revisen el bote antes de que salga.
C: Ya, ojalá lleguen.
""", note("witness", "report", ["sexual"], 4, True, ["female"], "Loreto", "ongoing", "immediate",
          ["police_dispatch"], "Un conductor reporta que cuatro adolescentes fueron embarcadas hacia campamentos para ser explotadas sexualmente. Se alertó de inmediato a la policía."))

call("h6-embassy-001", "en", "formal", """
O: Línea contra la trata, good morning.
C: Good morning, this is the consular section of the [[ORGANIZATION|Embassy of the Philippines]]. A Filipino national, a domestic worker, contacted us. Her employers in [[LOCATION|San Isidro]] lock her in the apartment when they travel, they hold her passport and she has not received her salary for eight months.
O: Thank you. Is she able to leave safely?
C: Only on Sundays, with the driver. We would like her placed in a safe shelter and to start a legal complaint.
O: We'll arrange a shelter and refer the case to the prosecutor, and coordinate the pick-up with you on Sunday.
C: Thank you very much.
""", note("professional", "report", ["domestic_servitude"], 1, False, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "A consular officer reports a migrant domestic worker who is locked in, has her passport held and is unpaid. Shelter and a legal referral are arranged, with a planned pick-up."))

call("h6-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde. Meu filho [[PERSON|Davi]] tem [[AGE|dezesseis anos]]. Um empresário de futebol levou ele para [[LOCATION|Lima]] prometendo um teste num clube. Agora ele e mais três meninos moram numa casa e trabalham carregando caixas num mercado, sem receber nada.
O: ¿Pueden salir de esa casa?
C: Ele diz que o empresário guarda os documentos e que trancam a porta à noite.
O: Vamos a alertar a la policía para que vayan a la casa y a la fiscalía. La llamaremos mañana.
C: Obrigado.
""", note("family_member", "report", ["labour"], 4, True, ["male"], "Lima", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Un padre reporta que su hijo adolescente y otros tres chicos, llevados con la promesa de una prueba de fútbol, trabajan sin pago, con documentos retenidos y encerrados de noche. Se alerta a policía y fiscalía."))

call("h6-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Hermano, ayúdame, estoy escondido detrás de un cerro, cerca de la mina en [[LOCATION|Nasca]]. Me tienen picando piedra hace dos meses sin pagarme, y hoy me les escapé pero me están buscando con armas.
O: ¿Estás solo? ¿Puedes decirme dónde estás exactamente?
C: Solito, chamo. Estoy por la trocha que va a la carretera, tengo poca batería.
O: Ya mismo aviso a la policía de Nasca para que vayan a buscarte. Quédate escondido y no cuelgues.
C: Dale.
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Ica", "past", "immediate",
          ["police_dispatch"], "Un trabajador migrante que escapó de una mina donde lo obligaban a trabajar sin pago está escondido y es buscado por hombres armados. Se envió a la policía de inmediato."))

call("h6-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenos días
C: buenos días soy profesora en un colegio de [[LOCATION|huánuco]] una alumna de catorce años me contó llorando que su padrastro la va a entregar el sábado a un señor mayor para que se case con él a cambio de plata
O: ella está en su casa ahora
C: sí está con la mamá pero la mamá no hace nada
O: vamos a derivar el caso a la fiscalía de familia y a la demuna hoy mismo y la llamamos mañana
C: gracias
""", note("professional", "report", ["other"], 1, True, ["female"], "Huánuco", "at_risk", "high",
          ["referral_legal", "follow_up_call"], "Una docente reporta que una alumna adolescente será entregada por su padrastro a un hombre mayor en matrimonio a cambio de dinero. Se deriva a fiscalía de familia y DEMUNA, con seguimiento."))

call("h6-bus-001", "en", "plain", """
O: Línea contra la trata, good evening.
C: Hi, I work at a bus company in [[LOCATION|Tacna]]. There's a man with three kids, two girls and a boy, about six to ten years old, waiting for the bus to [[LOCATION|Arica]]. He has no papers for them and the kids look terrified, one keeps crying for her mum.
O: When does the bus leave?
C: In twenty minutes.
O: I'm alerting the police at the terminal right now. Please keep an eye on them but don't confront him.
C: Okay.
""", note("witness", "report", ["unknown"], 3, True, ["female", "male"], "Tacna", "ongoing", "immediate",
          ["police_dispatch"], "A bus company worker reports a man about to cross the border with three young children without documents. Police at the terminal were alerted immediately."))

call("h6-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia, liguei semana passada da [[ORGANIZATION|ONG Mulheres do Norte]], em [[LOCATION|Porto Velho]], sobre as duas peruanas que estão numa boate aqui. Elas conseguiram mandar uma mensagem ontem: continuam presas, obrigadas a fazer programa.
O: Gracias por el seguimiento. Vamos a enviar esta información a la fiscalía y a las autoridades de Brasil hoy mismo, y la volvemos a llamar el viernes.
C: Obrigada.
""", note("professional", "follow_up", ["sexual"], 2, False, ["female"], "Brasil", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Una ONG da seguimiento a un caso de dos mujeres peruanas retenidas en un local en el extranjero y obligadas a prostituirse. Se envía la información a fiscalía y autoridades, con seguimiento."))

call("h6-notrel-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes, ¿a qué hora abre el RENIEC los sábados?
O: Señor, aquí no es el RENIEC. Puede consultar el horario en su página web.
C: Ah, perdón.
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"], "Consulta sobre horarios de una oficina pública, sin relación con trata."))

call("h6-andean-001", "es", "andean", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Mi hija [[PERSON|Rocío]], de [[AGE|diecinueve]], se fue a [[LOCATION|Llochegua]] a trabajar de cocinera, pero es una cantina, la hacen tomar con los clientes toda la noche y no le dan su plata.
O: ¿Ella puede salir de ahí?
C: No, pues, dice que la dueña le ha quitado su DNI y que le debe el pasaje.
O: Vamos a pedir a la policía y a la fiscalía que la rescaten, y mañana la llamamos.
C: Gracias, mamita.
""", note("family_member", "report", ["sexual"], 1, False, ["female"], "Ayacucho", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Una madre reporta que su hija fue llevada con engaños a una cantina donde la obligan a beber con clientes, sin pago, con su documento retenido y una deuda. Se pide a policía y fiscalía su rescate."))

call("h6-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hola, eh, I'm sixteen, vivo en [[LOCATION|Comas]]. Mi stepdad me pone a pedir plata en los buses todo el día y si no traigo cincuenta soles me pega. I'm so tired, ya no quiero volver a la casa.
O: Gracias por llamar, hiciste muy bien. ¿Estás en un lugar seguro ahora?
C: Sí, en la casa de mi amiga.
O: Te vamos a conectar con la DEMUNA y un albergue para que estés segura, y te llamo en una hora.
C: Okay.
""", note("victim", "help_request", ["forced_begging"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "Una adolescente pide ayuda porque su padrastro la obliga a pedir dinero en los buses y la golpea. Se coordina con DEMUNA y un albergue, con seguimiento."))

call("h6-priest-001", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Good afternoon, I'm a priest at a parish in [[LOCATION|Chimbote]]. A boy from our youth group, he's [[AGE|15]], works on a fishing boat for days at a time. The owner hasn't paid him, says he owes for his gear, and he's stopped coming to school.
O: Does his family know?
C: His mother is afraid of the owner.
O: We'll refer this to the prosecutor and child protection, and call you next week to follow up.
C: Thank you.
""", note("professional", "report", ["labour"], 1, True, ["male"], "Áncash", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A parish priest reports an adolescent boy working unpaid on a fishing boat under an imposed debt and missing school. The case is referred to prosecutors and child protection, with follow-up."))

call("h6-past-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, anoche me escapé de un night club en [[LOCATION|Juliaca]] donde me obligaban a estar con clientes. Estoy en el terminal, no tengo plata ni documentos.
O: Qué bueno que llamaste. Vamos a mandar a alguien para llevarte a un albergue, y una psicóloga y una abogada te van a acompañar. Te llamo en diez minutos.
C: Gracias.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Puno", "past", "high",
          ["referral_shelter", "referral_legal", "referral_health", "follow_up_call"], "Una mujer que escapó anoche de un local donde la explotaban sexualmente está sin dinero ni documentos. Se coordinan albergue, apoyo psicológico y legal, con seguimiento."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
