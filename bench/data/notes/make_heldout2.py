#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout2.jsonl: a second set of fictional labelled calls, written AFTER the
rules were tuned (on the dev calls and on heldout.jsonl) and never tuned on, so its
score is a clean measure of generalisation. Styles: lowercase ASR English and Spanish,
Andean Spanish, Venezuelan Spanish, Portuguese, code-switching. Same markup and
conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python bench/data/notes/make_heldout2.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout2.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

call("h2-lower-en-001", "en", "lowercase_asr", """
O: hotline against trafficking good night how can i help
C: hi um sorry to call so late i live next to a house in [[LOCATION|tarapoto]] and there's a man who keeps three boys there they look like [[AGE|fourteen fifteen]]
O: what have you noticed
C: they go out every night with backpacks and come back at dawn and the other neighbours say they sell drugs for him and yesterday i heard him beating one of them
O: thank you this is important we will inform the police so they can intervene and we will call you back tomorrow
C: okay please don't tell anyone it was me
""", note("witness", "report", ["forced_criminality"], 3, True, ["male"], "San Martín", "ongoing", "high",
          ["police_dispatch", "follow_up_call"], "A neighbour reports that a man keeps three teenage boys who are made to sell drugs at night and are beaten. Police are informed to intervene, with a call back."))

call("h2-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, eu moro em [[LOCATION|Iquitos]], sou brasileira. É sobre a minha sobrinha, ela tem [[AGE|dezesseis anos]].
O: Dígame, señora, ¿qué pasó con su sobrina?
C: Um homem prometeu um emprego de garçonete e levou ela para uma boate aqui mesmo em [[LOCATION|Iquitos]]. Agora ela me manda mensagens chorando, dizendo que obrigam ela a sair com os clientes e que não deixam ela ir embora.
O: Vamos a comunicar esto a la policía y a la fiscalía para que rescaten a su sobrina. La llamaremos mañana.
C: Obrigada, pelo amor de Deus.
""", note("family_member", "report", ["sexual"], 1, True, ["female"], "Loreto", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Una tía reporta que su sobrina adolescente fue llevada con engaños a un local nocturno donde la obligan a salir con clientes y no la dejan irse. Se comunica a policía y fiscalía para su rescate, con seguimiento."))

call("h2-pt-002", "pt", "portuguese", """
O: Línea contra la trata, buenos días.
C: Bom dia. Meu filho [[PERSON|Thiago]], de [[AGE|vinte anos]], foi trabalhar num garimpo em [[LOCATION|Madre de Dios]]. Disseram que iam pagar bem, mas cobraram a viagem e a comida e agora ele deve mais do que ganha.
O: ¿Él puede salir de ese lugar?
C: Não. Ele diz que os chefes têm armas e não deixam ninguém sair do acampamento. Ele conseguiu me ligar escondido ontem.
O: Entiendo, señora. Vamos a derivar el caso a la fiscalía especializada y la volveremos a llamar para hacer seguimiento.
C: Muito obrigada.
""", note("family_member", "report", ["labour"], 1, False, ["male"], "Madre de Dios", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "Una madre reporta que su hijo adulto trabaja en un campamento minero con una deuda impuesta, bajo vigilancia armada y sin poder salir. Se deriva a la fiscalía especializada, con seguimiento."))

call("h2-ve-001", "es", "venezuelan", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, mira, disculpa, es que yo necesito ayuda, chamo. Yo me salí esta mañana de un spa en [[LOCATION|Los Olivos]] donde me tenían atendiendo clientes, tú sabes, a la fuerza.
O: Gracias por llamar. ¿Dónde está ahora? ¿Está a salvo?
C: Estoy en casa de una amiga, vale, pero no tengo pasaporte, la dueña me lo quitó, y dice que le debo una burda de plata. Tengo [[AGE|veintitrés años]] y me duele mucho un brazo, me lo torcieron.
O: Vamos a coordinar un albergue para usted, una atención médica para su brazo y una abogada que la oriente para la denuncia. La llamo en una hora.
C: Gracias, de verdad.
""", note("victim", "help_request", ["sexual"], 1, False, ["female"], "Lima", "past", "high",
          ["referral_shelter", "referral_legal", "referral_health", "follow_up_call"], "Una mujer migrante escapó esta mañana de un local donde la obligaban a atender clientes, con su pasaporte retenido y una supuesta deuda, y está herida. Se coordinan albergue, atención médica y asesoría legal."))

call("h2-ve-002", "es", "venezuelan", """
O: Línea contra la trata, buenas tardes, ¿en qué le puedo ayudar?
C: Buenas tardes. Yo soy venezolano, trabajo en construcción en [[LOCATION|Arequipa]], y le llamo por un pana mío y otros cuatro muchachos que están en una obra en [[LOCATION|Cerro Colorado]].
O: ¿Qué les está pasando?
C: Los tienen durmiendo en la obra, no les pagan desde hace dos meses, y el maestro de obra les quitó los pasaportes. Dicen que si se quejan llaman a migraciones. Qué arrechera, vale.
O: Eso no es legal. Le voy a explicar los derechos que tienen para que se los cuente, y vamos a derivar el caso a la fiscalía y a la inspección de trabajo.
C: Listo, gracias.
""", note("acquaintance", "report", ["labour"], 5, False, ["male"], "Arequipa", "ongoing", "medium",
          ["information_given", "referral_legal"], "Un conocido reporta que cinco trabajadores migrantes duermen en una obra, no cobran desde hace dos meses y tienen los pasaportes retenidos. Se orientó sobre sus derechos y se deriva a fiscalía e inspección laboral."))

call("h2-cs-001", "en", "code_switching", """
O: Línea contra la trata, buenas tardes.
C: Hi, hola, disculpe, my Spanish is so-so. I volunteer at a church in [[LOCATION|Cajamarca]] and there's a little girl, una niña de [[AGE|doce años]], she lives with the family next door and she does everything, cocina, limpia, takes care of their baby.
O: I can help you in English. Does she go to school?
C: No, never, she's there all day, la señora le grita, and I saw her crying outside with no shoes. I don't think they pay her anything.
O: That could be child domestic servitude. We'll refer it to the family prosecutor, and we'll call you next week to follow up.
C: Thank you, gracias.
""", note("witness", "report", ["domestic_servitude"], 1, True, ["female"], "Cajamarca", "ongoing", "high",
          ["referral_legal", "follow_up_call"], "A volunteer reports that a young girl living with a neighbouring family does all the housework, does not attend school and is not paid. The case is referred to the family prosecutor, with follow-up."))

call("h2-andean-001", "es", "andean", """
O: Línea contra la trata, buenos días.
C: Buenos días, mamita. Yo llamo de [[LOCATION|Huancavelica]] pues. Mi hijito [[PERSON|Wilber]] de [[AGE|quince añitos]] se lo han llevado a la mina, a [[LOCATION|La Rinconada]], un señor que vino a la comunidad.
O: ¿Sabe algo de cómo está su hijo?
C: Ahorita nomás me ha llamado llorando, dice que no le pagan nada, que le cobran la comida, que trabaja de noche en el socavón y que no lo dejan regresar.
O: Señor, vamos a derivar el caso a la fiscalía de Puno y a la policía para que lo rescaten. Mañana lo llamamos.
C: Ya, mamita, Diosito le pague.
""", note("family_member", "report", ["labour"], 1, True, ["male"], "Puno", "ongoing", "high",
          ["police_dispatch", "referral_legal", "follow_up_call"], "Un padre reporta que su hijo adolescente fue llevado a trabajar a una mina, donde no le pagan, le cobran la comida y no lo dejan regresar. Se deriva a fiscalía y policía para su rescate, con seguimiento."))

call("h2-lower-es-001", "es", "lowercase_asr", """
O: línea contra la trata buenas noches
C: buenas noches disculpe quería quejarme porque el vecino tiene la música a todo volumen y no me deja dormir
O: señor esta línea es para casos de trata de personas para ruidos molestos puede llamar al serenazgo
C: ah ya disculpe entonces buenas noches
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"], "Llamada sobre un problema de ruido entre vecinos, no relacionada con trata. Se indicó a qué servicio acudir."))

call("h2-en-002", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hi, this is [[PERSON|Grace Liu]] from an NGO in [[LOCATION|Lima]]. I'm calling back about the case we reported on Monday, the three Colombian women in a karaoke bar in [[LOCATION|Chiclayo]].
O: Yes, go ahead, what's new?
C: Two of them contacted us again last night. They're still there, the owner took their passports and they're made to drink and go with clients every night. They are not allowed to leave.
O: Thank you. I'll pass this to the police in Lambayeque so they can go to the bar tonight, and I'll call you back after the operation.
C: Great, thanks.
""", note("professional", "follow_up", ["sexual"], 3, False, ["female"], "Lambayeque", "ongoing", "high",
          ["police_dispatch", "follow_up_call"], "An NGO follows up on a reported case of three foreign women held in a bar, made to drink and go with clients, with passports taken. Police are asked to intervene and a call back is planned."))

call("h2-es-past-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Mi hija de [[AGE|17 años]] regresó a la casa la semana pasada. Estuvo tres meses en un bar en [[LOCATION|Pucallpa]] donde la hacían acompañar a los clientes.
O: Qué bueno que ya esté con usted. ¿Cómo está ella?
C: No duerme, no come, tiene pesadillas. Y yo no sé si puedo denunciar, tengo miedo.
O: La vamos a derivar a un psicólogo para su hija y a una abogada para la denuncia. La llamaremos el jueves para saber cómo sigue.
C: Gracias, señorita.
""", note("family_member", "help_request", ["sexual"], 1, True, ["female"], "Ucayali", "past", "high",
          ["referral_legal", "referral_health", "follow_up_call"], "Una madre pide ayuda porque su hija adolescente regresó tras ser explotada sexualmente en un bar y tiene secuelas. Se deriva a atención psicológica y a asesoría legal, con seguimiento."))

call("h2-pt-003", "pt", "portuguese", """
O: Línea contra la trata, buenas noches.
C: Boa noite. Eu sou turista, estou em [[LOCATION|Cusco]], e na praça tem três crianças, dois meninos e uma menina, vendendo doces até meia-noite. Um homem fica recolhendo todo o dinheiro delas.
O: ¿Qué edad tienen, más o menos?
C: Pequenas, uns [[AGE|seis, sete anos]]. Hoje ele empurrou a menina porque ela sentou.
O: Gracias. Vamos a avisar a la policía para que intervenga ahora.
C: Obrigado.
""", note("witness", "report", ["forced_begging"], 3, True, ["female", "male"], "Cusco", "ongoing", "high",
          ["police_dispatch"], "Un turista reporta que tres niños pequeños venden dulces hasta la medianoche mientras un hombre recoge el dinero y los maltrata. Se avisa a la policía para que intervenga."))

call("h2-lower-en-002", "en", "lowercase_asr", """
O: anti trafficking hotline good morning
C: hello please i need help i work in a restaurant in [[LOCATION|lima]] the boss keeps my passport i sleep in the kitchen i work every day and he does not pay me
O: are you safe to talk right now
C: yes now he is out i am from [[LOCATION|bangladesh]] i am [[AGE|twenty six]]
O: we can arrange a shelter for you and a lawyer to help you get your passport back we will call you this afternoon
C: thank you
""", note("victim", "help_request", ["labour"], 1, False, ["male"], "Lima", "ongoing", "high",
          ["referral_shelter", "referral_legal", "follow_up_call"], "A migrant worker asks for help: his employer keeps his passport, he sleeps in the restaurant kitchen and works every day without pay. Shelter and a lawyer are arranged, with a call back."))

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
