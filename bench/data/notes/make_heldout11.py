#!/usr/bin/env python3
# ruff: noqa: E501  (each transcript turn is one line of data)
"""Generate heldout11.jsonl: fictional labelled calls written privately while the drafter was
being tuned and never shown to it: the clean measure of how the tuned rules generalise.
Styles: lowercase ASR (a victim locked in with others in a mining area, children begging at
night, a mother whose son escaped a logging camp, a house where girls never go out, an unrelated
complaint), a municipal inspector in a mining town, a labour inspector at a fish plant, a general
question with hypotheticals, a nurse's follow-up, an English-speaking mother (drug mule), a tourist
on a beach, a Brazilian truck driver in Portuguese, a Spanglish brother abroad (job offer in
Spain), an Andean father with Quechua words.
Same markup and conventions as make_heldout.py. All people, numbers and businesses are invented.

Run: python make_heldout11.py
"""

import json
from pathlib import Path

from make_heldout import CALLS, build, call, note

OUT = Path(__file__).with_name("heldout11.jsonl")
CALLS.clear()  # importing make_heldout registered its own calls

# ------------------------------------------------ lowercase ASR, Spanish ----
call("h11-lower-es-001", "es", "lowercase_asr", """
O: linea contra la trata buenas noches en que le puedo ayudar
C: señorita por favor ayudenos estamos encerradas en un cuarto atras de un bar en [[LOCATION|huepetuhe]] nos han cerrado con candado
O: tranquila te escucho estas en un lugar donde puedas hablar
C: si estoy bajito en el cuarto somos cuatro chicas yo tengo [[AGE|diecinueve]] y una de las chicas es menor tiene [[AGE|dieciseis]] nos trajeron de [[LOCATION|cusco]] diciendo que era para cocinar en un campamento
O: les obligan a hacer algo
C: si nos hacen tomar con los mineros y estar con ellos y dicen que debemos el pasaje y la comida hoy el dueño se fue y dijo que mañana nos lleva mas adentro
O: alguna esta herida
C: no heridas no pero tenemos miedo
O: voy a avisar ahora mismo a la policia para que vayan a sacarlas y despues las llevaran a un albergue no cuelgues y no hagas ruido
C: ya señorita gracias
""", note("victim", "help_request", ["sexual"], 4, True, ["female"], "Madre de Dios", "ongoing", "immediate",
          ["police_dispatch", "referral_shelter"],
          "Una joven llama encerrada con otras tres mujeres, una de ellas adolescente, en un cuarto detrás de un bar de una zona minera, donde las obligan a beber y prostituirse con mineros bajo una supuesta deuda. Se alertó de inmediato a la policía para su rescate y se coordinará un albergue."))

call("h11-lower-es-002", "es", "lowercase_asr", """
O: linea contra la trata buenas noches
C: buenas noches disculpe yo trabajo de vigilante en una tienda en [[LOCATION|arequipa]] por el [[LOCATION|cercado]] y todas las noches hasta la una dos de la mañana hay tres niños pidiendo plata a los carros
O: que edad tendran los niños
C: chiquitos dos niñitas de unos [[AGE|seis siete años]] y un varoncito de [[AGE|cuatro]] mas o menos y una señora se sienta en la esquina y les quita todo lo que juntan
O: la señora es la mama de los niños
C: no creo porque los trata mal les grita y anoche le jalo el pelo a la mas grandecita porque trajo poquito ademas los niños la llaman tia
O: gracias por avisar vamos a informar a la policia y a la demuna para que intervengan esta noche y le volvemos a llamar para contarle
C: ya esta bien pero no den mi nombre
""", note("witness", "report", ["forced_begging"], 3, True, ["female", "male"], "Arequipa", "ongoing", "high",
          ["police_dispatch", "follow_up_call"],
          "Un vigilante reporta que cada noche tres niños pequeños piden dinero a los autos hasta la madrugada mientras una mujer que no parece ser su madre les quita lo recaudado y los maltrata. Se informa a la policía y a la DEMUNA para que intervengan, con seguimiento."))

call("h11-lower-es-003", "es", "lowercase_asr", """
O: linea contra la trata buenas tardes en que le ayudo
C: buenas tardes señorita es por mi hijo tiene [[AGE|diecisiete años]] hace cuatro meses se fue con un contratista a sacar madera por [[LOCATION|atalaya]] le dijeron que le iban a pagar mil quinientos al mes
O: y que paso
C: no le pagaron nada le decian que debia la comida las botas la motosierra y no lo dejaban salir del campamento el [[DATE_TIME|domingo]] se escapo por el rio y ya esta aca en [[LOCATION|pucallpa]] en la casa
O: que bueno que esta con usted como esta de salud
C: mal señorita tiene fiebre y escalofrios creo que es paludismo y tiene una herida en el pie que no se le cierra
O: entiendo vamos a coordinar que lo atiendan en el centro de salud y le vamos a pasar con una abogada para que pueda denunciar al contratista le llamamos mañana
C: gracias señorita el contratista ya llamo a decir que mi hijo le debe
""", note("family_member", "help_request", ["labour"], 1, True, ["male"], "Ucayali", "past", "high",
          ["referral_health", "referral_legal", "follow_up_call"],
          "Una madre cuenta que su hijo adolescente escapó de un campamento de extracción de madera donde trabajó meses sin pago, retenido por una supuesta deuda, y ahora está en casa enfermo y herido. Se coordina atención de salud y asesoría legal para denunciar, con seguimiento."))

call("h11-lower-es-004", "es", "lowercase_asr", """
O: linea contra la trata buenos dias
C: buenos dias señorita yo queria contarle algo que me tiene preocupada en mi barrio en [[LOCATION|chincha]] hay una casa donde viven unas chicas que nunca salen
O: cuantas chicas ha visto
C: tres jovencitas una todavia tiene uniforme de colegio tendra [[AGE|quince]] y en las noches entran hombres se quedan un rato y se van
O: las tienen encerradas
C: encerradas no se la puerta no tiene candado pero nunca las veo salir solo la señora sale a comprar y una vez una de las chicas lloraba en la ventana
O: la entiendo vamos a pasar la informacion a la fiscalia y a la policia especializada para que investiguen y le volvemos a llamar
C: ya señorita gracias
""", note("witness", "report", ["sexual"], 3, True, ["female"], "Ica", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una vecina reporta una casa donde viven tres jóvenes, al parecer una de ellas adolescente, que nunca salen y a la que entran hombres por las noches. Se deriva a la fiscalía y a la policía especializada para que investiguen, con seguimiento."))

call("h11-lower-es-005", "es", "lowercase_asr", """
O: linea contra la trata buenas tardes
C: alo buenas tardes es para quejarme que hace dos semanas no pasa el camion de la basura por mi calle y la municipalidad no contesta
O: señora esta es la linea contra la trata de personas para eso tiene que llamar a su municipalidad
C: ay disculpe me dieron este numero en el mercado
O: no se preocupe que tenga buena tarde
""", note("general_public", "not_relevant", [], 0, False, [], None, None, "low", ["none"],
          "Llamada no relacionada: una señora quiere quejarse por el recojo de basura en su calle. Se le indicó que llame a su municipalidad."))

# ------------------------------------------------ cased Spanish ----
call("h11-es-prof-001", "es", "plain", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, señorita. Soy fiscalizador de la municipalidad de [[LOCATION|Ananea]]. Estamos haciendo un operativo de licencias en [[LOCATION|La Rinconada]] y en un hospedaje encontramos a dos chicas de [[AGE|16]] y [[AGE|17 años]] registradas como "personal de limpieza". El dueño tiene sus DNI y los cuartos tienen pura cama, entran mineros.
O: ¿Las chicas siguen en el hospedaje?
C: Sí, yo estoy afuera ahorita. El dueño se puso nervioso y le escuché decir por teléfono que esta noche las manda a otro lado.
O: Voy a comunicar ahora mismo a la policía para que vaya al hospedaje, y pasamos el caso a la fiscalía. Por favor no entre solo ni se enfrente con el dueño.
C: Entendido, aquí espero.
""", note("professional", "report", ["sexual"], 2, True, ["female"], "Puno", "ongoing", "immediate",
          ["police_dispatch", "referral_legal"],
          "Un fiscalizador municipal encontró en un hospedaje de una zona minera a dos adolescentes con sus documentos retenidos por el dueño, en un contexto de explotación sexual, y teme que esta noche las trasladen. Se envió de inmediato a la policía y se deriva el caso a la fiscalía."))

call("h11-es-prof-002", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días. Le habla una inspectora de trabajo de [[LOCATION|Chimbote]]. Ayer en una planta de procesamiento de pescado encontramos a once trabajadores, ocho hombres y tres mujeres, que duermen en el almacén y trabajan turnos de dieciséis horas. Les descuentan el cuarto y la comida y nunca reciben nada.
O: ¿Les han quitado los documentos?
C: No, eso no, los DNI los tienen ellos. Pero el encargado les dice que si se van sin pagar la deuda los denuncia.
O: ¿Hay menores de edad entre ellos?
C: Sí, dos chicos de [[AGE|dieciséis]]. Yo no estoy segura si esto es trata o solo una infracción laboral grave.
O: Por lo que cuenta hay indicios de trabajo forzoso por deudas. Le envío el protocolo para identificar víctimas y derivamos el caso a la fiscalía especializada.
C: Muy bien, gracias.
""", note("professional", "report", ["labour"], 11, True, ["female", "male"], "Áncash", "ongoing", "high",
          ["information_given", "referral_legal"],
          "Una inspectora de trabajo encontró en una planta pesquera a once trabajadores, dos de ellos adolescentes, que viven en el almacén, hacen jornadas excesivas y no reciben pago por una supuesta deuda. Se le envió el protocolo de identificación de víctimas y se deriva el caso a la fiscalía."))

call("h11-es-info-001", "es", "plain", """
O: Línea contra la trata, buenas tardes.
C: Buenas tardes. Quería preguntar cómo se hace una denuncia. ¿Tengo que dar mi nombre? ¿Y qué cuenta como trata, exactamente?
O: Puede denunciar de forma anónima aquí mismo, o en la comisaría o la fiscalía. La trata es captar, trasladar o retener a una persona con engaños, amenazas o abuso para explotarla.
C: ¿Y si, por ejemplo, a un chico lo obligan a robar celulares, eso también sería trata?
O: Sí, obligar a alguien a cometer delitos es una forma de explotación. Si algún día conoce un caso así, llámenos.
C: Ya, gracias. Era para saber nomás.
""", note("general_public", "information_request", ["unknown"], 0, False, [], None, "at_risk", "low",
          ["information_given"],
          "Una persona pregunta cómo denunciar, si puede hacerlo de forma anónima y qué se considera trata, incluido un caso hipotético de robo forzado. Se explicó la definición y las vías de denuncia."))

call("h11-es-followup-001", "es", "plain", """
O: Línea contra la trata, buenos días.
C: Buenos días, señorita. Soy enfermera del centro de salud de [[LOCATION|Morales]], en [[LOCATION|Tarapoto]]. Llamé [[DATE_TIME|el martes]] por la niña de [[AGE|trece años]] que trabaja de empleada en una casa y que vino con quemaduras en los brazos.
O: Sí, tenemos el caso. ¿Qué ha pasado desde entonces?
C: Hoy volvió a control. No la tienen encerrada, viene sola al centro, pero dice que la señora ya no la deja ir al colegio y que le dijo que si vuelve a contar algo la manda lejos. Sigue en esa casa.
O: Gracias por avisar. Vamos a pasar esta nueva información a la fiscalía que lleva el caso para que actúe pronto, y la llamamos el viernes.
C: Está bien, aquí la seguimos viendo.
""", note("professional", "follow_up", ["domestic_servitude"], 1, True, ["female"], "San Martín", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Una enfermera llama de nuevo por una niña que trabaja como empleada doméstica en una casa, donde sufrió quemaduras, ya no la dejan ir al colegio y la amenazan si vuelve a contar. Se pasa la nueva información a la fiscalía que lleva el caso, con seguimiento."))

# ------------------------------------------------ English ----
call("h11-en-001", "en", "plain", """
O: Línea contra la trata, good evening.
C: Good evening, please, I need help. I'm calling from [[LOCATION|Manchester]]. My daughter [[PERSON|Chloe]], she's [[AGE|23]], went to [[LOCATION|Peru]] with a boyfriend she met online. She just texted me in secret: she's in a flat in [[LOCATION|Miraflores]], they took her passport and they're making her swallow capsules of drugs to fly to [[LOCATION|Madrid]] on [[DATE_TIME|Friday]].
O: Is she locked in?
C: Not locked, but one of his friends is always there, she can't leave. They said they'd hurt me if she refuses. She sent me the address: [[ADDRESS|Calle Los Pinos 271, flat 5B]].
O: We're sending the police to that address now. Please keep your phone on; we'll call you back as soon as we know something.
C: Thank you, thank you.
""", note("family_member", "report", ["forced_criminality"], 1, False, ["female"], "Lima", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A mother abroad reports that her adult daughter is held in a flat by her boyfriend's associates, who took her passport and are forcing her to carry drugs on an international flight under threats. The police were sent to the address, with follow-up."))

call("h11-en-002", "en", "plain", """
O: Línea contra la trata, good afternoon.
C: Hi, sorry, I'm a tourist in [[LOCATION|Máncora]]. There's a man on the beach going from table to table at the bars, offering a girl to foreign guys. She looks like she's [[AGE|fourteen, fifteen]] at most. I'm at a beach bar right now and they're two tables away.
O: Thank you for calling. Is the girl still with him?
C: Yes, she's sitting next to him, she looks scared and doesn't talk.
O: We're alerting the police in [[LOCATION|Máncora]] right now. Don't confront him. Can we call you back at this number?
C: Yes, of course.
""", note("witness", "report", ["sexual"], 1, True, ["female"], "Piura", "ongoing", "immediate",
          ["police_dispatch", "follow_up_call"],
          "A tourist reports a man on a beach offering an apparently adolescent girl to foreign men at bars, with the girl still with him. The police were alerted at once, with a follow-up call."))

# ------------------------------------------------ Portuguese ----
call("h11-pt-001", "pt", "portuguese", """
O: Línea contra la trata, buenas tardes.
C: Boa tarde, eu sou caminhoneiro brasileiro, estou parado num posto em [[LOCATION|Iberia]], na estrada. Aqui do lado tem uma van com seis adolescentes, meninos e meninas, uns de [[AGE|catorze]], [[AGE|quinze anos]].
O: ¿Qué le hace pensar que están en peligro?
C: O homem que está com eles disse no restaurante que leva os meninos para trabalhar no garimpo e as meninas para os bares da mineração. Eles não têm documento, ele ficou com tudo. Uma menina chorou e ele gritou com ela.
O: Muchas gracias. Aviso ahora mismo a la policía para que intercepte la van. No se acerque, por favor.
C: Tá bom, a van é branca e ainda está aqui.
""", note("witness", "report", ["labour", "sexual"], 6, True, ["female", "male"], "Madre de Dios", "ongoing",
          "immediate", ["police_dispatch"],
          "Un conductor extranjero reporta a un hombre que traslada en una camioneta a seis adolescentes, varones y mujeres, para trabajar en la minería ilegal y en bares de la zona, con sus documentos retenidos. Se alertó de inmediato a la policía para interceptar el vehículo."))

# ------------------------------------------------ code-switching ----
call("h11-cs-001", "es", "code_switching", """
O: Línea contra la trata, buenas noches.
C: Hi, buenas noches, I'm calling from [[LOCATION|Toronto]]. Mi hermana está en [[LOCATION|Comas]] y le ofrecieron por Instagram un trabajo en una plantación de fresas en [[LOCATION|España]], like two thousand euros al mes, pero tiene que pagar 800 dólares por la visa y entregar su pasaporte al agente antes de viajar.
O: ¿Su hermana ya pagó o ya viajó?
C: No, not yet, she's still home. Ella tiene [[AGE|veinticinco]]. The agent says she has to decide this week.
O: Son señales de alerta: pago adelantado, entregar el pasaporte y presión para decidir rápido. Que no pague ni entregue documentos; le explico cómo verificar si la agencia está registrada.
C: Okay, perfect, thank you, se lo voy a decir hoy.
""", note("family_member", "information_request", ["labour"], 1, False, ["female"], "España", "at_risk", "medium",
          ["information_given"],
          "Un familiar que vive en el extranjero consulta por una oferta de trabajo agrícola en el exterior recibida por redes sociales, que exige un pago adelantado y la entrega del pasaporte. Se explicaron las señales de alerta y cómo verificar la agencia."))

# ------------------------------------------------ Andean, Quechua words ----
call("h11-andean-001", "es", "andean", """
O: Línea contra la trata, buenos días.
C: Imaynalla, señorita. Yo soy de [[LOCATION|Lircay]], en [[LOCATION|Huancavelica]]. Mi warmi wawa [[PERSON|Yolanda]] hace dos años se fue a [[LOCATION|Lima]] con una señora, su madrina dice, para que estudie y ayude en la casa.
O: ¿Cuántos años tiene su hija?
C: [[AGE|Catorce]] ahora. Pero manam estudia, señorita. Trabaja todo el día cocinando, lavando, cuidando a los niños de la señora, y nada le pagan. No la tienen encerrada, pero no la dejan llamarnos, solo una vez al mes, y la señora está escuchando.
O: ¿La han golpeado alguna vez?
C: Ella dice que no, pero llora, "taytay, apamuway" me dice, que la venga a traer. Si yo voy a Lima, ¿me la van a quitar a mí?
O: No, usted es su padre. Vamos a derivar el caso a la fiscalía para que la ubiquen y la devuelvan con su familia, y lo llamamos la próxima semana.
C: Sulpayki, señorita, gracias.
""", note("family_member", "report", ["domestic_servitude"], 1, True, ["female"], "Lima", "ongoing", "high",
          ["referral_legal", "follow_up_call"],
          "Un padre cuenta que su hija adolescente fue llevada a otra ciudad por una madrina con la promesa de estudiar, pero trabaja todo el día en labores domésticas sin pago, no estudia y casi no la dejan comunicarse. Se deriva el caso a la fiscalía, con seguimiento."))


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CALLS:
            fh.write(json.dumps(build(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CALLS)} calls to {OUT}")
