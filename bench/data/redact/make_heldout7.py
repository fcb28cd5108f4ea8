#!/usr/bin/env python3
# ruff: noqa: E501  (call scripts are data: one turn per line)
"""Seventh held-out set, written privately while the redactor was being tuned and never shown to
it: the clean figure of how the tuned rules generalise. Lowercase Whisper-style Spanish (numbers in
words and in pieces across turns, names that are common words, nicknames, AA.HH. and rural
addresses, a Yape number, a bank account, spoken handles and e-mails), cased Venezuelan and
Colombian calls, lowercase Brazilian Portuguese, an English volunteer, a Spanglish caller abroad,
a Quechua-sprinkled Andean call and a call of traps (money, durations, counts, articles of the law,
the hotline and institutions). All people, numbers and businesses are invented. Same markup and
conventions as make_heldout.py.

Run: python make_heldout7.py  (writes heldout7.jsonl next to it)
"""

import json

from make_heldout import HERE

CALLS = [
    ("h7-es-asr-01", "es", """
O: linea contra la trata buenas noches en que le puedo ayudar
C: alo señorita buenas noches disculpe la hora le llamo de [[LOCATION|tingo maria]] es por mi hija [[PERSON|rosa]] [[PERSON|tucto]] tiene [[AGE|dieciseis años]] se fue a [[LOCATION|lima]] hace un mes con una señora que le dicen la flaca [[PERSON|mery]]
O: que le ofrecieron a su hija
C: que iba a trabajar en una polleria ayudando en la cocina pero ahora me llama llorando dice que la hacen atender a hombres en un cuarto y no le dan su plata
O: sabe donde esta exactamente
C: ella me mando por guasap la ubicacion es en [[LOCATION|san juan de lurigancho]] en el [[ADDRESS|asentamiento humano cruz de motupe manzana b lote siete]] una casa de tres pisos color ladrillo
O: tiene el numero de su hija
C: si es el [[PHONE_NUMBER|nueve ocho cuatro]]
O: ya
C: [[PHONE_NUMBER|tres cero uno seis seis dos]]
O: y de la señora tiene algun dato
C: su yape es [[PHONE_NUMBER|nueve cuatro uno cinco cero dos ocho ocho siete]] ahi le mande trescientos soles para el pasaje de regreso y nunca la dejo venir en el yape sale como [[PERSON|meri]] [[PERSON|huallpa]]
O: muy bien señora vamos a pasar esto ahora mismo a la policia para que vayan a ese lugar me puede dar su nombre
C: [[PERSON|paulina]] [[PERSON|espiritu]] mi celular es el [[PHONE_NUMBER|962 554 109]]
O: gracias señora [[PERSON|paulina]] no se separe del telefono
"""),
    ("h7-es-asr-02", "es", """
O: linea contra la trata buenas noches
C: buenas noches señorita yo vivo en [[LOCATION|bellavista]] en [[LOCATION|el callao]] y todas las noches veo a unos niñitos pidiendo plata en el paradero hasta las dos tres de la mañana ahi donde ni hay luz
O: cuantos niños son mas o menos
C: cuatro dos niñas y dos varoncitos el mas chiquito tendra [[AGE|cinco]] y la mayorcita [[AGE|diez]] la mayorcita me dijo que se llama [[PERSON|luz]] y el chiquito [[PERSON|angel]]
O: sabe quien los lleva
C: los trae un señor que le dicen el [[PERSON|chato]] en una mototaxi roja placa [[OTHER_ID|cuatro cinco siete ocho guion uno be]] y en la madrugada se los lleva a un cuarto que alquila en la [[ADDRESS|avenida guardia chalaca al costado del grifo]] una puerta verde
O: los niños se ven bien
C: no señorita flaquitos sin zapatos y una vez el [[PERSON|chato]] le pego a la niña porque no junto su plata
O: me puede dejar un numero para contactarla
C: [[PHONE_NUMBER|nueve nueve cero dos cero tres cuatro siete uno]] pero mi nombre no lo quiero dar
O: no hay problema vamos a avisar a la policia y a la demuna para que intervengan esta misma noche
"""),
    ("h7-es-asr-03", "es", """
O: linea contra la trata buenas noches en que le puedo ayudar
C: señorita ayudeme estoy en un prostibar en [[LOCATION|la pampa]] en el [[ADDRESS|kilometro ciento ocho de la interoceanica entrando por la trocha de la izquierda]]
O: estas en un lugar seguro para hablar
C: estoy en el baño una amiga me presto su celular me llamo [[PERSON|dolores]] pero me dicen [[PERSON|lola]] tengo [[AGE|diecinueve]]
O: como se llama el local
C: [[ORGANIZATION|las vegas de oro]] la dueña es una señora [[PERSON|gisela]] y el que cuida la puerta es el [[PERSON|cuzqueño]]
O: [[PERSON|dolores]] si se corta la llamada a que numero te devuelvo
C: a este mismo es [[PHONE_NUMBER|nueve tres uno]]
O: ya
C: [[PHONE_NUMBER|cero cero ocho]]
O: si
C: [[PHONE_NUMBER|cinco dos seis]] es de mi amiga [[PERSON|yaneth]]
O: hay otras chicas contigo
C: somos cinco dos son de [[LOCATION|cusco]] de [[AGE|quince años]] mas o menos a todas nos quitaron el dni
O: recuerdas tu numero de dni
C: [[ID_NUMBER|cuatro ocho dos uno cinco cero tres tres]]
O: ya avise a la policia de [[LOCATION|mazuko]] van para alla no cuelgues
"""),
    ("h7-es-asr-04", "es", """
O: linea contra la trata buenos dias
C: buenos dias le habla el profesor [[PERSON|eusebio]] [[PERSON|ticona]] de la [[ORGANIZATION|institucion educativa san martin de porres]] de [[LOCATION|juliaca]]
C: una alumna mia [[PERSON|milagros]] de [[AGE|quince años]] me enseño unos mensajes de tik tok le ofrecen trabajo de anfitriona en [[LOCATION|chile]] con pasajes pagados
O: quien le escribe
C: una cuenta que se llama [[OTHER_ID|arroba chamba chile guion bajo vip]] y le dieron un correo para que mande sus fotos [[EMAIL_ADDRESS|reclutamiento punto sur arroba g mail punto com]]
O: le han pedido dinero o documentos
C: foto de su dni y que deposite cien soles para el tramite a una cuenta de ahorros la [[OTHER_ID|uno nueve uno tres cuatro cinco seis siete ocho nueve cero uno dos]] a nombre de [[PERSON|jhonatan]] [[PERSON|mayta]]
O: ella ya viajo
C: no todavia viene a clases dice que sale [[DATE_TIME|el sabado veinte]] por [[LOCATION|tacna]]
O: muy bien profesor le explico son señales claras de captacion vamos a pasar la cuenta y el correo a la policia me deja su numero
C: si [[PHONE_NUMBER|951 330 478]] y mi correo es [[EMAIL_ADDRESS|eticona.docente@hotmail.com]]
"""),
    ("h7-es-asr-05", "es", """
O: linea contra la trata buenas tardes
C: buenas tardes señorita llamo por mi hermana [[PERSON|flor]] [[PERSON|cruz]] [[PERSON|mamani]] trabaja cama adentro en una casa en [[LOCATION|cayma]] [[LOCATION|arequipa]] desde que tenia [[AGE|trece]] ahora ya tiene [[AGE|diecisiete]] y no la dejan salir ni los domingos
O: sabe la direccion de la casa
C: es en la [[ADDRESS|calle los arces 312 urbanizacion la libertad]] una casa blanca con rejas
O: y quienes son los dueños
C: la señora se llama [[PERSON|dolores]] [[PERSON|paz]] y el esposo es militar dice que si mi hermana se va la denuncia por robo
O: cuando hablo con ella por ultima vez
C: [[DATE_TIME|el quince de enero]] me llamo de un numero que no es suyo el [[PHONE_NUMBER|nueve cinco ocho]] eh [[PHONE_NUMBER|seis uno uno]] eh [[PHONE_NUMBER|cero cuatro tres]] dice que es de la vecina
C: me dijo que tiene dolores en la espalda de tanto cargar y que solo quiere que la dejen en paz
O: tiene el dni de su hermana
C: [[ID_NUMBER|siete seis uno cero cuatro ocho dos dos]]
O: vamos a derivar el caso a la fiscalia me da su nombre y su numero
C: [[PERSON|wilber]] [[PERSON|cruz]] mi numero es [[PHONE_NUMBER|nueve siete cuatro dos dos ocho cero uno tres]]
"""),
    ("h7-es-ve-01", "es", """
O: Línea contra la trata, buenas tardes. ¿En qué le puedo ayudar?
C: Epa, buenas tardes, mi reina. Yo soy [[PERSON|Dayerlin Coromoto Pacheco]], venezolana, vivo en [[LOCATION|La Victoria]] hace dos años. Le llamo por mi prima [[PERSON|Yorgelis]], que tiene [[AGE|17 años]].
C: Una señora que se hace llamar [[PERSON|Mami Lucy]] le ofreció trabajo de anfitriona en un karaoke en [[LOCATION|Ate]], el [[ORGANIZATION|Karaoke Sabor Caribeño]], y ahora la tiene durmiendo ahí, no le paga y le dice que le debe 1.500 soles del pasaje.
O: ¿Sabe la dirección del karaoke?
C: Sí, mi amor, es en la [[ADDRESS|Av. Nicolás Ayllón 4820, interior 3]], frente a una llantería.
O: ¿Su prima tiene sus documentos?
C: No, chama, la señora le agarró el pasaporte, el número es [[ID_NUMBER|125448903]]. Yo tengo carné de extranjería, el [[ID_NUMBER|003215774]], por si lo necesitan para la denuncia.
C: La señora tiene un Instagram, [[OTHER_ID|@mamilucy.eventos]], ahí pone los anuncios de trabajo.
O: ¿A qué número la podemos llamar?
C: Al mío, [[PHONE_NUMBER|+51 927 604 318]], ese mismo tiene Yape. Y el de la señora es el [[PHONE_NUMBER|936 772 015]].
O: Gracias, [[PERSON|Dayerlin]]. Vamos a pasar el caso a la policía ahora.
"""),
    ("h7-es-co-01", "es", """
O: Línea contra la trata, buenas noches.
C: Buenas noches, qué pena con usted a esta hora. Le habla [[PERSON|Karen Lizeth Osorio]], soy de [[LOCATION|Cali]], pero ahorita estoy en [[LOCATION|Sullana]]. Es por una amiga, [[PERSON|Angie Paola]], que se vino conmigo hace dos meses.
O: Cuénteme qué le pasa a su amiga.
C: Nos dijeron que era para atender en un restaurante, pero a ella la dejaron en una casa donde la obligan a estar con clientes. La casa es [[ADDRESS|la de dos pisos frente a la iglesia del barrio, la del portón negro]].
O: ¿Cuántos años tiene ella?
C: [[AGE|Veintidós]]. El que la tiene es un man que le dicen el [[PERSON|Costeño]], y anda en una camioneta gris, placa [[OTHER_ID|BKR-492]].
C: Él le guardó la cédula, el número es [[ID_NUMBER|1.144.205.873]].
O: ¿Cómo la podemos ubicar a usted?
C: Mi WhatsApp es [[PHONE_NUMBER|+57 316 482 0957]] y el correo [[EMAIL_ADDRESS|karen.osorio22@hotmail.com]].
O: Gracias, [[PERSON|Karen]]. Vamos a avisar a la policía de [[LOCATION|Piura]].
"""),
    ("h7-pt-asr-01", "pt", """
O: linea contra la trata boa tarde
C: boa tarde moça eu sou de [[LOCATION|assis brasil]] no [[LOCATION|acre]] meu filho [[PERSON|wesley]] de [[AGE|dezessete anos]] foi trabalhar numa madeireira do lado peruano perto de [[LOCATION|iberia]]
C: um homem chamado [[PERSON|valdir]] levou ele e mais dois rapazes disse que ia pagar bem mas não paga e não deixa eles voltarem
O: a senhora tem o numero desse homem
C: tenho é [[PHONE_NUMBER|sessenta e oito nove nove nove dois um]]
O: sim
C: [[PHONE_NUMBER|quatro sete oito oito]]
C: a madeireira fica [[ADDRESS|depois da ponte do rio tahuamanu uns dez quilômetros pela estrada de terra]]
O: e o documento do seu filho
C: o cpf dele é [[ID_NUMBER|047.391.228-15]]
O: como se chama a senhora
C: [[PERSON|rosilene]] [[PERSON|nascimento]] meu email é [[EMAIL_ADDRESS|rosilene nascimento arroba hotmail ponto com]]
O: obrigada dona [[PERSON|rosilene]] vamos avisar a policia em [[LOCATION|madre de dios]]
"""),
    ("h7-en-01", "en", """
O: Línea contra la trata, good afternoon.
C: Hi, good afternoon. My name is [[PERSON|Annika Vogel]], I volunteer at a clinic in [[LOCATION|Iquitos]], the [[ORGANIZATION|Clínica Comunitaria Nueva Vida]].
C: A girl comes in for checkups, she's [[AGE|fourteen]], she's from a village on the [[LOCATION|Napo]]. Yesterday she told our nurse she works at a bar near the port, [[ORGANIZATION|Bar El Delfín Rosado]] on [[ADDRESS|Calle Ramírez Hurtado 344]], serving drinks until 3 am, and that the owner, Don [[PERSON|Ernesto]], sends her upstairs with men.
O: Do you know her name?
C: She told us [[PERSON|Angela]], but everyone calls her [[PERSON|Chiqui]]. [[PERSON|Ernesto]] drives a motocarro, plate [[OTHER_ID|4581-1M]].
O: Thank you. How can we reach you?
C: My Peruvian number is [[PHONE_NUMBER|965 872 340]], or e-mail [[EMAIL_ADDRESS|annika.vogel@posteo.de]]. My passport number is [[ID_NUMBER|C4F7R2K91]] if the police need it.
O: Thank you, [[PERSON|Annika]]. We'll alert the police in [[LOCATION|Loreto]] today.
"""),
    ("h7-en-cs-01", "en", """
O: Línea contra la trata, buenas tardes.
C: Hi, hola, sorry, I'm calling from [[LOCATION|Paterson]], [[LOCATION|New Jersey]]. Es por mi primo [[PERSON|Jairo Cruz Huamán]], he's [[AGE|sixteen]] and he's in [[LOCATION|Carabayllo]].
C: Some guys, el que manda es un tal [[PERSON|Ángel]], they make him steal phones in the buses, y si no trae cinco celulares al día le pegan.
O: ¿Sabe dónde lo tienen?
C: In a house on [[ADDRESS|Av. Túpac Amaru kilómetro 22, al lado de la ferretería]], that's where they sleep.
C: His Facebook is [[OTHER_ID|facebook.com/jairo.cruz.987]], he posts stuff sometimes and then deletes it.
O: ¿Cómo la podemos contactar?
C: My number is [[PHONE_NUMBER|+1 973 418 2276]], WhatsApp too, and my email is [[EMAIL_ADDRESS|lizbeth.cruz.nj@gmail.com]]. I'm [[PERSON|Lizbeth]].
O: Thank you, [[PERSON|Lizbeth]]. We'll pass it to the police today.
"""),
    ("h7-es-andean-01", "es", """
O: Línea contra la trata, buenos días.
C: Allillanchu, señorita. Yo llamo de [[LOCATION|Andahuaylas]], de la [[ADDRESS|comunidad de Huancabamba, parte alta, al lado del reservorio]].
C: Mi wawa [[PERSON|Eulogio Huamán Ccorahua]] se fue con un enganchador a [[LOCATION|Kimbiri]], a la chakra de cacao dice, pero ya tres meses manam regresa.
O: ¿Cuántos años tiene [[PERSON|Eulogio]]?
C: [[AGE|Catorce]] nomás, señorita. Con él se fue su primo [[PERSON|Saturnino]], ese ya es mayor, [[AGE|veinte]] tiene.
O: ¿Sabe quién es el enganchador?
C: Tayta [[PERSON|Pancho]] le dicen, se llama [[PERSON|Francisco Layme]]. Su celular es [[PHONE_NUMBER|983 105 427]], pero ya no contesta.
C: Ama hina kaychu, señorita, yanapawayku. El DNI de mi wawa es [[ID_NUMBER|78301246]].
O: ¿A qué número la llamamos?
C: Yo no tengo, es de mi vecina [[PERSON|Justina]], [[PHONE_NUMBER|nueve cinco cuatro, cero ocho uno, tres seis dos]]. Yo soy [[PERSON|Modesta Ccorahua]].
O: Señora [[PERSON|Modesta]], vamos a avisar a la policía y a la fiscalía de [[LOCATION|Cusco]].
"""),
    ("h7-es-traps-01", "es", """
O: Línea contra la trata de personas, buenas tardes, le saluda la línea gratuita 0800-2-3232.
C: Buenas tardes. Una consulta nomás. Soy promotora de un comedor popular y estamos organizando una charla para las mamás. ¿El artículo 153-B es el de explotación sexual?
O: Sí, el 153-B del Código Penal sanciona la explotación sexual y el artículo 153 la trata de personas, según la Ley 31146. La pena puede pasar de 15 años, y es cadena perpetua en los casos más graves.
C: Ah, ya. ¿Y si una menor de edad acepta irse a trabajar, igual es trata?
O: Sí, en menores de 18 años el consentimiento no vale. Puede coordinar una charla con el Ministerio de la Mujer, la OIM, la Policía Nacional, la Fiscalía o el Centro Emergencia Mujer, duran 2 horas y son gratuitas.
C: Perfecto. Somos 40 socias y atendemos a 120 familias. Tres chicas del barrio se fueron el año pasado por un aviso de 500 soles semanales.
O: Dígales que desconfíen de ofertas de 3.000 soles al mes sin experiencia. La línea atiende las 24 horas, los 7 días, y también está la Línea 100 y el 1818.
C: Le dejo mis datos para el material. Me llamo [[PERSON|Hermelinda Ccori]], del [[ORGANIZATION|Comedor Popular Virgen de la Candelaria]], en la [[ADDRESS|Mz. K Lote 14, AA.HH. Collique tercera zona]], en [[LOCATION|Comas]]. Mi número es [[PHONE_NUMBER|987 021 554]].
O: Gracias, señora [[PERSON|Hermelinda]]. Le enviamos el material en 48 horas.
"""),
]


if __name__ == "__main__":
    import make_heldout

    make_heldout.CALLS = CALLS
    calls = make_heldout.build()
    with open(HERE / "heldout7.jsonl", "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(calls), "calls,", sum(len(c["pii"]) for c in calls), "labelled spans")
