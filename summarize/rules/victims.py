"""Victims: how many, whether any is a minor, which sexes.

Counts come from numbers that qualify a victim noun ("tres mujeres", "six workers"),
from "somos cinco" / "he visto cuatro", and from additions ("ella y otras cuatro",
"una señora con tres niños", "eight others" after "two young men"). Minors come
from ages under 18 and words for children, unless the caller says they are all adults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.matching import Hit
from summarize.model import ExploitationType, Sex, Victims
from summarize.rules.base import Context, Decision, extractor
from summarize.taxonomy import Taxonomy, fold_pattern

MAX_COUNT = 60  # larger numbers are money, hours or years, not people
# A number right after these is a label ("Year 10 students", "room 12"), not a head count.
NOT_A_COUNT_AFTER = {
    "year",
    "grade",
    "grado",
    "room",
    "habitacion",
    "cuarto",
    "piso",
    "floor",
    "km",
    "kilometro",
    "kilometre",
    "numero",
    "number",
    "las",
    "nro",
    "no",
    "ano",
    "sala",
    "aula",
}

# When the transcript names no sex, the most frequent pattern of each form (a weak prior, low confidence).
SEX_PRIOR = {
    ExploitationType.sexual: [Sex.female],
    ExploitationType.domestic_servitude: [Sex.female],
    ExploitationType.labour: [Sex.male],
    ExploitationType.forced_criminality: [Sex.male],
}


@dataclass
class _Patterns:
    numbers: dict[str, int]
    counted: re.Pattern[str]
    we_are: re.Pattern[str]
    seen: re.Pattern[str]
    plus: re.Pattern[str]
    with_: re.Pattern[str]
    group: re.Pattern[str]
    pair: re.Pattern[str]
    others_n: re.Pattern[str]
    group_size: re.Pattern[str]
    total_after: re.Pattern[str]
    self_fix: re.Pattern[str]
    noun_next: re.Pattern[str]
    me_and_others: re.Pattern[str]
    groups_of: re.Pattern[str]
    age_list: re.Pattern[str]  # the next age of a list ("quince y la otra trece")
    age_fix: re.Pattern[str]  # an age taken back ("diecisiete no perdón dieciséis")
    total_counting: re.Pattern[str]  # n38: "son nueve, contándolo a él"


_CACHE: dict[int, _Patterns] = {}
# Round 16: one more person told as "otro / otra / another / outra" ("hay otro muchacho igual", "there is another girl",
# "tem outro rapaz", "trajo a otra más chiquita"): one added to those already told (the caller, or the group before).
# Not "the other one" (already counted), nor "otro señor" (men around the case), nor "otra vez".
_ONE_MORE = re.compile(
    r"(?<![\w-])(?<!el )(?<!la )(?<!the )(?<!lo )(?<! o )"
    # (round 23: Portuguese "a outra" is "the other one", but the Spanish "a" marks a person: "sacó a mi alumna y a
    # otra chica más")
    # (round 29: after a demonstrative or "al" it is one told before, "a ese otro chico sí lo han golpeado", "al otro
    # chico", "that other girl": no one more)
    r"(?<!ese )(?<!esa )(?<!aquel )(?<!aquella )(?<!esse )(?<!essa )(?<!aquele )(?<!aquela )(?<!that )(?<!al )"
    r"(?:(?<! a )outr[oa]|otr[oa]|another)\s+"
    r"(?:mas\s+|more\s+|mais\s+)?(?:chic[oa]|muchach[oa]|nin[oa]|ninit[oa]|chiquit[oa]|joven|menor|"
    r"adolescente|senorita|mujer|cham[oa]|chamit[oa]|chibol[oa]|jovencit[oa]|trabajador[a]?|"
    r"girl|boy|kid|child|woman|worker|teenager|young (?:man|woman)|menin[oa]|rapaz|moca|"
    r"garot[oa]|"
    # round 19: one more told by what she is ("otra voluntaria", "another volunteer", "otra peruana",
    # "outra brasileira")
    r"voluntari[oa]|volunteer|peruan[oa]|venezolan[oa]|colombian[oa]|bolivian[oa]|ecuatorian[oa]|brasilen[oa]|"
    r"brasileir[oa]|venezuelan[oa]|estudiante|student|alumn[oa]|"
    r"mulher|crianca|trabalhador[a]?|jovem)(?!\w)"
    r"|(?<![\w-])(?<!la )(?<!el )(?:otr[oa]|outr[oa]) (?:mas|mais)(?!\w)"
    # round 29: "otra" standing for a person, told by an aside after a comma ("viene con ella otra, que le dicen la
    # Flaca", "hay otro, un primo"), and "another one": one more, though no noun follows
    # ("ella otra" is no "la otra": the article must be a word of its own)
    r"|(?<![\w-])(?<!\bla )(?<!\bel )(?<!\blo )(?<!\bese )(?<!\besa )(?:otr[oa]|outr[oa])"
    r"(?=\s*,\s*(?:que|un|una|um|uma)\s)"
    r"|(?<![\w-])(?<!the )(?<!that )another one(?!\w)"
    r"(?!\s+(?:vez|cosa|coisa|veces))"
)
_OTHER_APART = re.compile(
    r"[^.?!]{0,60}?(?<!\w)(?:(?:pero|but|mas)\s+(?:que\s+)?(?:ella|el|she|he|ela|ele|esa|ese|"
    r"ya|se|that one)|(?:que|who)\s+(?:ya\s+)?(?:se fue|left|se escapo|escaped|ya no esta|"
    r"is gone))(?!\w)"
)
# "there are other girls there too, she said maybe three", "hay otras chicas, como cuatro": the others counted later
_OTHERS_N = (
    r"(?:otr[oa]s|outr[oa]s|other)\s+(?:{nouns})(?:\W+[\w']+){{0,7}}?\W+(?:maybe|about|around|like|perhaps|"
    r"probably|como|unos|unas|quizas|quiza|tal vez|talvez|uns|umas|serian|son|are|sao)\s+(?P<n>{num})(?!\w)"
)
# Round 16: "¿Cuántos chicos son?" "Como seis.": the caller's number right after the operator asks how many
_HOW_MANY = re.compile(r"(?<!\w)(cuant[oa]s|how many|quant[oa]s)(?!\w)")
_NOT_PEOPLE = re.compile(
    r"(?<!\w)(anos|years|edad|old|idade|horas|hours|dias|days|meses|months|semanas|weeks|soles|"
    r"dolares|dollars|reais|veces|times|vezes|plata|dinero|money|dinheiro|pisos|floors|kilos)(?!\w)"
)
_HERE_WITH_MINE = re.compile(
    r"(?<!\w)(estoy|estamos|i'm|i am|estou|me tiene|me tienen|me trajo|me trajeron)"
    r"(\s+[\w']+){0,5}?\s+(con|with|com)\s+(mi|my|meu|minha)\s+(bebe|baby|wawa|guagua|"
    r"hij[oa]|hijit[oa]|nene|nena|son|daughter|filh[oa]|filhinh[oa])(?!\w)"
)
# A number followed by a unit is an age, a duration or a price, never a head count.
# (Round 23: also after a compound number, "eran cuarenta y cinco horas a la semana", and a number of thousands is
# money, "ya son cinco mil")
_UNIT_AFTER = re.compile(
    r"(?:\s+(?:y|e|and)\s+[a-z]+)?\s+(anos|anitos|years|year|y/o|horas|hours|dias|days|meses|months|semanas|weeks|"
    r"soles|dolares|dollars|reais|pesos|minutos|minutes|kilos|km|de edad|veces|vezes|times|noches|"
    r"nights|noites|mil|thousand|hundred|cientos|millones|million|lucas)(?!\w)"
)
# Singular person nouns that can open or join an enumeration ("una señora con un bebé y dos niñitos").
# Men are left out: "un hombre con tres chicas" is most often the man who takes them.
_SINGULAR = (
    "senora|mujer|bebe|baby|nino|nina|chica|chico|joven|muchacha|muchacho|adolescente|chiquit[oa]|ninit[oa]|"
    "jovencita|menor|chamit[oa]|"
    "woman|girl|boy|child|teenager|mulher|menina|menino|crianca|moca|rapaz|senhora"
)
# Round 33: a young relative joined to a group is one more of it ("son dos hermanitas y una prima", "three boys and a
# cousin of theirs", "duas meninas e uma sobrinha"); only kin that is most often a child, so "y un amigo" (a
# companion or the man with them) stays out of the enumeration.
_YOUNG_KIN = (
    "prim[oa]|primit[oa]|sobrin[oa]|sobrinit[oa]|niet[oa]|nietecit[oa]|hermanit[oa]|cousin|niece|nephew|"
    "sobrinh[oa]|priminh[oa]|irmaozinho|irmazinha"
)
_KIN = (
    "hermano|hermana|hijo|hija|primo|prima|esposo|esposa|marido|amigo|amiga|companero|companera|sobrino|"
    "sobrina|cunado|cunada|tio|tia|novio|novia|pareja|brother|sister|son|daughter|cousin|husband|wife|friend|"
    "partner|irmao|irma|filho|filha|colega|namorado|namorada|"
    # round 26: the kin words of the other languages ("eu e meu sobrinho fugimos")
    "sobrinho|sobrinha|cunhado|cunhada|nephew|niece|uncle|aunt|nieto|nieta|neto|neta"
)
_MEN = re.compile(r"(?<!\w)(hombres|senores|tipos|sujetos|caballeros|men|homens|senhores|guys)(?!\w)")
_OWN_KIN = re.compile(rf"(?<![\w-])(?:mi|su|my|his|her|minha|meu|sua|seu)\s+(?:{_KIN})(?!\w)")
_THE_YOUNG_KIN = re.compile(rf"(?:(?<= y )|(?<= e )|(?<= and ))(?:el|la|the|o|a)\s+(?:{_YOUNG_KIN})(?!\w)")
# What may join two groups of the same enumeration.
# (Round 27: with the personal "a" after it, "a su esposo y a su sobrino los obligan")
_JOIN = re.compile(r"^[\s,]*(?:[\w']+\s+){0,3}?(?:con|y|and|with|e|com|plus|mas)\s+(?:a\s+)?$")
_PAIR_BEFORE = re.compile(rf"(?<!\w)(?:me|yo|i|eu|a mi|(?:mi|my|meu|minha|su|his|her)\s+(?:{_KIN}))\s+(?:y|and|e)\s+$")


# The children someone has at home are a family described, not people exploited: "ya tiene dos hijitos", "ella tiene
# sus dos chamos", "tengo tres hijos y el alquiler", "já tem dois filhos" (not "tiene tres niños trabajando": held).
_OWN_CHILDREN = re.compile(
    r"(?<!\w)(?:tiene|tienen|tengo|tenemos|tenia|has|have|had|tem|tenho|tinha)\s+(?:ya\s+)?(?:sus|mis|her|his|my|"
    r"seus|meus|suas|minhas)?\s*[\w]+\s+(?:hij[oa]s|hijit[oa]s|chamos|chamitos|kids|children|sons|daughters|"
    r"filh[oa]s|filhinh[oa]s|wawas|guaguas|nenes)(?!\w)"
)
# Round 23: the same family described as one item of a list after "tiene" ("él tiene 34 años, tres hijos", "tiene una
# pollería en Ate, dice, y dos hijos chiquitos"): someone's children, unless put to work right after ("tres hijos
# trabajando").
_LISTED_CHILDREN = re.compile(
    r"\w+\s+(?:\w+\s+)?(?:hij[oa]s|hijit[oa]s|kids|children|sons|daughters|filh[oa]s|filhinh[oa]s)(?!\w)"
)
_HAS_BEFORE = re.compile(r"(?<!\w)(?:tiene|tienen|tenia|has|had|tem|tinha)(?!\w)")
_HELD_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:trabajando|vendiendo|working|selling|trabalhando|vendendo|que trabajan|who work|que trabalham)"
    r"(?!\w)"
)
# The caller's own correction right after a count: "cinco niños no perdón cuatro", "four, sorry, three girls",
# "seis, digo, cinco", "quatro, quer dizer, três"
_CORRECTED = re.compile(
    r"(?:\s+[a-z]+)?[\s,.]*(?:no[\s,]+)?(?:perdon|perdone|disculpe|digo|mejor dicho|sorry|i mean|no wait|"
    r"quer dizer|ou melhor|desculpa)[\s,.]+(?:no[\s,]+)?(?:son\s+|are\s+|sao\s+)?(?P<n>\d{1,2}|[a-z]+)(?!\w)"
)


# Round 23: a person noun in its diminutive counts like the noun ("tres mujercitas", "dos hermanitos", "tres
# chibolitas", "cuatro menorcitos", "duas menininhas"): every plain plural of the victim nouns gets its diminutives, so
# the list need not spell each one. Nouns of things ("semanitas", "vaquitas") are not victim nouns, so they stay out.
_PLAIN_PLURAL = re.compile(r"([a-z]+?)(?:\[oa\]s|[oa]s|es)")


def _diminutives(nouns: str) -> str:
    stems = {m.group(1) for alt in nouns.split("|") if (m := _PLAIN_PLURAL.fullmatch(alt))}
    return "(?:" + "|".join(sorted(stems)) + ")(?:ecit|cit|it|inh)[oa]s"


# Round 23: a group's size said without a noun, once the people are known: "el dueño tiene los DNI de las tres", "a
# nosotros dos nos dejaron", "para los dos", "the three of them", "both of them", "os passaportes das duas". An
# article with a number counts only where no noun follows (a clause ends, a verb, clitic or "de ellas" comes next), so
# "los cuatro pasajes" is no head count; times of day ("a las tres", "desde las seis de la mañana", "las dos y media")
# are left out by what comes before or after.
_GROUP_SIZE = (
    r"(?<![\w-])(?:(?:nosotr[oa]s|ellos|ellas|ustedes|eles|elas|voces)\s+(?P<n>{words})(?!\w)"
    # (the number as a word: digits after an article are times, "el bus de las 4 y 30")
    r"|(?<!cumplir )(?<!cumple )(?<!cumplio )(?:los|las|os|as|das)\s+(?P<n2>{words})"
    r"(?=\s*(?:[,.;:?!]|$)|\s+(?:y|e|que|se|nos|les|los|las|lo|la|estan|son|eran|estaban|siguen|tienen|tenian|"
    r"trabajan|trabajaban|ya|no|juntos|juntas|sao|estao|ficaram|foram|trabalham|de (?:ustedes|ellos|ellas|nosotros|"
    r"nosotras))(?!\w))"
    r"|the (?P<n3>{words}) of (?:them|you|us)(?!\w)|both of (?:them|you)(?!\w)|(?:them|you) both(?!\w)"
    # round 33: a guessed size with "of them" ("like three of them", "about five of them", "como cuatro de ellos",
    # "unas seis de ellas", "umas cinco delas")
    r"|(?:like|about|around|maybe|some|roughly|como|unos|unas|uns|umas|tipo)\s+(?P<n4>{words})\s+"
    r"(?:of them|de ellos|de ellas|deles|delas)(?!\w))"
)
# After "a", "desde", "después de", "son", "at" an article and a number are a time ("la llamo después de las seis",
# "son casi las ocho", "a las tres la llama la abogada"); after a bare "de" too ("el carro de las diez."), unless a
# clitic or a verb of theirs comes next ("los DNI de las tres los tiene él").
_TIME_BEFORE = re.compile(
    r"(?<!\w)(?:(?:a|desde|hasta|entre|son|para|at|from|until|ate|antes de|despues de)(?:\s+\w+)?|(?P<of>de))\s+$"
)
_THEIR_VERB = re.compile(
    r"\s+(?:los|las|lo|la|les|nos|se|estan|estaban|siguen|tienen|tenian|trabajan|trabajaban|sao|estao|ficaram)(?!\w)"
)

# Round 27: a total said with the verb after it, closing the clause ("Siete ya son, mamita.", "Cinco eran."): as "son
# siete". The clause must end there, so "dos son menores" (a part of the group) is no total.
_TOTAL_AFTER = r"(?<![\w-])(?P<n>{num})\s+(?:ya\s+)?(?:son|eran|somos|eramos|sao|eramos)(?=\s*(?:[,.;:!?]|$))"
# Round 27: the caller corrects a number with a bare "no" ("Cinco eran... no, seis", "dos chibolas no no tres son tres",
# "thirteen. No, twelve now"): the second number replaces the first, which counts no more (round 12's _CORRECTED
# needs "perdón / digo / I mean"). "no más" / "nomás" (only) is no correction: a number must follow the "no".
# Round 35: a sound of hesitation before the "no" ("Siete son... ah, no, ocho", "four... oh no, five"), and a
# correction said with "bueno" / "well" / "actually" instead of "no" ("somos cuatro... bueno, cinco", "three, well,
# four", "three, actually four"): the second number replaces the first in the same way.
_SELF_FIX = (
    r"(?<![\w-])(?P<a>{num})(?P<mid>(?:\s+[\w']+){{0,2}}?)[\s,.;:!?-]+(?:(?:eh|este|uh|um|ehh|ah|ahh|oh|ay|hmm|mm)"
    r"[\s,.]+)?(?:(?:no|nao)(?:[\s,.]+(?:no|nao))?|bueno|well|actually)"
    r"[\s,.]+(?:(?:perdon|sorry|digo|mejor dicho|wait|espere|son|eran|are|were|sao|now|ya|ahora)"
    r"[\s,.]+)*(?P<n>{num})(?!\w)"
)
# Round 35: a number right after a verb of counting or seeing is a number of people seen ("Yesterday I counted
# three... no, four", "conté cinco, no, seis"), as after "vi" / "saw" in the seen pattern.
_COUNTED_BEFORE = re.compile(r"(?<!\w)(?:counted|count|conte|contei|contamos|vi|vimos|saw|seen|visto)\s+$")
# "son tres porque anteayer llegó otra más": one more told as the reason for a count is already in it
_BECAUSE = re.compile(r"(?<!\w)(porque|because|since|pois|ya que)(?!\w)")
_WORD = re.compile(r"\w+")
_PEOPLE_VERB = re.compile(r"(?<!\w)(eran|son|somos|hay|habia|were|are|there|sao|eram|tem|estan|estaban)(?!\w)")
# Round 32: "N of them" is a number of people ("There are five of them, no, six", "eran cinco de ellas, no, seis")
_OF_THEM = re.compile(r"\s+(?:of them|of us|de ellos|de ellas|de nosotros|de nosotras|deles|delas|de nos)")


def _patterns(tax: Taxonomy) -> _Patterns:
    if id(tax) in _CACHE:
        return _CACHE[id(tax)]
    numbers = {fold_pattern(str(k)).lower(): int(v) for k, v in tax["numbers"].raw["words"].items()}
    number_words = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    num = r"\d{1,3}|" + number_words
    # an age: two digits at most, and no article read as "one" ("la otra", "un año")
    age_num = r"\d{1,2}|" + "|".join(sorted(map(re.escape, set(numbers) - _ARTICLES), key=len, reverse=True))
    nouns = "|".join(fold_pattern(n) for n in tax["victims"].raw["victim_nouns"])
    nouns += "|" + _diminutives(nouns)
    b = r"(?<![\w-])"
    p = _Patterns(
        numbers,
        # (Round 19: no number nor "hay" between, "el mayorcito tendrá once hay dos niñitas": "once" is the eldest's
        # age; the nearer number counts the noun)
        # (Round 27: nor a conjunction, "tendrá unos trece y las chicas unos quince": a new phrase starts after "y")
        re.compile(
            rf"{b}(?P<n>{num})(?:\s+(?!(?:{num}|hay|there|tem|y|e|and|o|or|ou)(?!\w))[\w']+){{0,2}}?\s+(?:{nouns})(?!\w)"
        ),
        # "somos cinco", "we are two", and "two of us", "dos de nosotras", "nós dois"
        re.compile(
            rf"{b}(?:(?:somos|son|eran|we are|there are|there were|sao|we're)\s+"
            rf"(?:como |unos |unas |about |at least |por lo menos |around |like |mas de )?"
            # round 33: a rough figure first, then the number ("eran veintitantas, veintiséis creo", "somos treinta y
            # tantos, treinta y dos", "there were twenty-odd, twenty-three I think")
            rf"(?:(?:[a-z]+tant[oa]s|[a-z]+ (?:y|e) (?:tant[oa]s|pico|poucos|poucas)|[a-z]+-odd)[\s,.]+)?"
            rf"|(?=(?:{num})\s+(?:of us|de nosotr[oa]s|de nos)(?!\w)))(?P<n>{num})(?!\w)"
        ),
        re.compile(rf"{b}(?:visto|saw|seen|vi)\s+(?:a |como |unos |unas |about )?(?P<n>{num})(?!\w)"),
        # "otras dos", "eight others", and "son como cinco más", "two more" (not "dos más o menos", "more or less")
        re.compile(
            rf"{b}(?:otr[oa]s|outr[oa]s|mais)\s+(?P<n>{num})(?!\w)|{b}(?P<n2>{num})\s+(?:others(?!\w)|"
            rf"other\s+(?:[\w']+\s+){{0,2}}?(?:{nouns})(?!\w)|"
            # (Portuguese "mas" is "but": "tenho vinte e quatro mas o dono tem arma")
            # (round 29: the noun may come before "más", "a mi roommate y a dos chicas más de mi facultad": two more,
            # as "dos más"; "de" may follow it there)
            rf"(?:{nouns})\s+(?:mas|more)(?!\w)(?!\s+(?:o menos|or less|than)(?!\w))|"
            rf"(?:mas|more)(?!\w)(?!\s+(?:o menos|or less|de|than|o|a|os|as|ele|ela|eles|elas|eu|nao|ninguem|"
            rf"voce|agora|ja|so|isso|nunca|tambem|the|i|he|she|they)(?!\w)))"
        ),
        # one person plus those with her: "una señora con tres niños", "ella y sus dos hijos"
        re.compile(
            rf"{b}(?:(?:senora|mujer|madre|mama|woman|mother|ella|she|amiga|friend)\s+(?:con|with|y|and)"
            rf"|y sus|and her|and his|con sus|with her|with his|e seus|e suas"
            # round 30: her own told with the possessor after them, "a Daiane, e os dois filhos dela", "y los dos hijos
            # de ella": one and her N (not "los hombres y los dos niños": nobody's)
            rf"|(?:y|e|and)\s+(?:los|las|os|as|the)(?=\s+(?:{num})\s+(?:[\w']+\s+)?(?:{nouns})\s+"
            rf"(?:de ella|de el|dela|dele|of hers|of his)(?!\w))"
            # round 29: the companions of a departure are counted with the one who left ("se fue con dos chicas de su
            # pueblo", "she left with two other girls", "foi com duas amigas"): those N and the one told about
            rf"|(?:left|travell?ed|ran away|escaped)\s+with"
            # (in Spanish and Portuguese the where and when may come between, in the same clause: "se fue hace tres
            # meses a trabajar a un restaurante en Tingo María, con dos chicas de su pueblo"; not in English, where "he
            # went into his room with two girls" is the man who takes them)
            rf"|(?:se fue|se ha ido|se habia ido|se iba|viajo|salio|partio|se escapo|escapo|huyo|foi|viajou|fugiu|"
            rf"saiu|partiu)(?:[\s,]+(?!(?:y|e|pero|mas)(?!\w))[\w']+){{0,12}}?[\s,]+(?:con|com)"
            # the caller and her own: "a mí y a mis dos chamitos", "me and my three kids"
            rf"|(?:a mi|yo|me|eu|i|myself)\s+(?:y|and|e|con|with)\s+(?:a\s+)?(?:mis|my|meus|minhas))"
            rf"\s+(?:sus |her |his |los |las )?"
            rf"(?P<n>{num})\s+(?:[\w']+\s+)?(?:{nouns})(?!\w)"
        ),
        # one group of people in an enumeration: "una señora", "un bebé", "dos niñitos"
        re.compile(
            # (round 23: as in a count, no number between: in "son siete cuatro chicas y tres muchachos" the total
            # "siete" is not a group of girls of its own)
            rf"{b}(?P<n>un|una|uno|um|uma|a|an|one|{num})\s+(?:(?!(?:{num})(?!\w))[\w']+\s+)?"
            rf"(?:(?:{nouns})|{_SINGULAR}|{_YOUNG_KIN})(?!\w)"
        ),
        # the caller and one more: "mi hermano y yo", "my cousin and i", "eu e meu irmão"
        re.compile(
            # round 29: someone and her own kin told together, "ella y su sobrina fueron llevadas", "she and her
            # cousin", "ele e seu irmão" (not a spouse or partner: most often the one who took her)
            rf"{b}(?:(?:ella|el|she|he|ela|ele)\s+(?:y|and|e)\s+(?:su|her|his|sua|seu)\s+(?!(?:esposo|marido|novio|"
            rf"pareja|husband|partner|boyfriend|namorado|companero)(?!\w))(?:{_KIN})(?!\w)|"
            rf"(?:mi|my|minha|meu)\s+(?:{_KIN})\s+(?:y yo|and i|e eu|y a mi|and me)|(?:yo|eu|me|a mi)\s+"
            rf"(?:y|e|and)\s+(?:a\s+)?(?:mi|my|minha|meu)\s+(?:{_KIN})"
            # round 26: one of the caller's own brought or kept together with the caller: "mi primo ... lo trajeron
            # conmigo", "meu irmão, trouxeram ele comigo", "my cousin, they brought him with me"
            rf"|(?:mi|my|minha|meu)\s+(?:{_KIN})(?:\s+[\w']+){{0,8}}?\s+(?:(?:lo|la|le|o|a)\s+[a-z]+|[a-z]+\s+"
            rf"(?:ele|ela|him|her))\s+(?:conmigo|comigo|with me))(?!\w)"
        ),
        re.compile(b + _OTHERS_N.format(nouns=nouns, num=num)),
        re.compile(_GROUP_SIZE.format(words=number_words)),
        re.compile(_TOTAL_AFTER.format(num=num)),
        re.compile(_SELF_FIX.format(num=num)),
        re.compile(rf"(?:\s+[\w']+){{0,2}}?\s+(?:{nouns})(?!\w)"),
        # Round 27: the caller and N others, whatever they are called ("he put me and three other players in a
        # house", "a mí y a otras dos", "eu e mais três"): N + 1; "other" says they are more of the same plight
        re.compile(
            rf"{b}(?:a mi|yo|me|eu|i|myself)\s+(?:y|and|e)\s+(?:a\s+)?"
            rf"(?=(?:otr[oa]s|outr[oa]s|mais)\s+(?:{num})(?!\w)|(?:{num})\s+(?:other|otr[oa]s|outr[oa]s|mais)(?!\w))"
            rf"(?:(?:otr[oa]s|outr[oa]s|mais)\s+)?(?P<n>{num})(?!\w)"
        ),
        re.compile(_GROUPS_OF.format(num=r"\d{1,2}|" + "|".join(sorted(numbers, key=len, reverse=True)))),
        re.compile(_AGE_LIST_NEXT.format(num=age_num)),
        re.compile(_AGE_FIX.format(num=age_num)),
        re.compile(_TOTAL_COUNTING.format(num=num)),
    )
    _CACHE[id(tax)] = p
    return p


# Round 30: one person joined as the object of what was done to a group told before, with "también" and the personal
# "a" after the group's own clitic and verb ("se los ha llevado, y también al hijo de mi compadre"): one more, as
# "otro". Not a subject ("also my friend Sandeep is sick": someone counted, told of again), nor one told without the
# group's verb ("también a mi esposo le conté").
_GROUP_OBJECT = re.compile(r"(?<!\w)(?:los|las|les)\s+(?:\w+\s+){0,2}?[a-z]+(?:o|ado|ido|aron|an|en)(?!\w)")
_ALSO_ONE = re.compile(rf"(?<!\w)tambien\s+(?:a\s+la|al|a\s+su|a\s+mi|a\s+una?)\s+(?:{_SINGULAR}|{_KIN})(?!\w)")


# Round 30: the people who stayed behind when one got out, told one by one ("allá se quedaron su hermano y un primo",
# "ficaram lá o irmão e a prima dele", "left behind were his brother and a cousin")
_ONE_OF = rf"(?:(?:su|mi|un|una|el|la|his|her|my|a|an|the|seu|sua|meu|minha|o|um|uma)\s+(?:{_KIN}|{_SINGULAR})(?!\w))"
_STAYED = re.compile(
    rf"(?<!\w)(?:se quedaron|se han quedado|siguen|stayed behind|left behind (?:were|are)|ficaram)"
    rf"(?:\s+(?:alla|ahi|alli|there|la|ainda|todavia|aun))?\s+(?P<who>{_ONE_OF}(?:(?:\s+(?:\w+\s+){{0,2}}?|,\s*)"
    rf"(?:y|e|and)\s+{_ONE_OF})+)"
)
_STAYED_ONE = re.compile(rf"(?<!\w){_ONE_OF}")


def _self_corrections(ctx: Context, p: _Patterns) -> tuple[list[tuple[int, int, Hit]], set[int]]:
    """Round 27: "N ... no, M" by the caller about people: M counts, N (wherever else it was read) does not."""
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    ages = _age_starts(ctx)
    fixes, superseded = [], set()
    for m in _fixes_within_lines(p.self_fix, folded):
        s = next((x for x in sentences if x.start <= m.start() < x.end), None)
        if s is None or s.speaker == "operator":
            continue
        a, n = _value(m.group("a"), p.numbers), _value(m.group("n"), p.numbers)
        if a is None or n is None or a == n or n > MAX_COUNT or m.group("a") in _ARTICLES:
            continue
        if m.start("a") in ages or m.start("n") in ages:
            continue  # "tiene quince, no, dieciséis": an age corrected
        if _UNIT_AFTER.match(folded, m.end("a")) or _UNIT_AFTER.match(folded, m.end("n")):
            continue  # "tres horas, no, cuatro": a duration
        before = folded[max(s.start, m.start() - 12) : m.start()].split()
        if before and before[-1] in _AGE_VERBS:
            continue  # "tengo veinte eh no veintiuno": an age, even where the pattern of ages missed it
        i = sentences.index(s)
        q = sentences[i - 1] if i > 0 and sentences[i - 1].is_question else None
        asked = q and _HOW_MANY.search(folded, q.start, q.end) and not _NOT_PEOPLE.search(folded, q.start, q.end)
        people = (
            asked
            or _echoes_operator(ctx, p, sentences[i - 1] if i > 0 else None, m.group("a"))
            or p.counted.match(folded, m.start("a"))
            or _PEOPLE_VERB.search(m.group("mid"))
            or _OF_THEM.fullmatch(m.group("mid"))
            or p.noun_next.match(folded, m.end("n"))
            or _COUNTED_BEFORE.search(folded, max(s.start, m.start() - 12), m.start())
        )
        if people and _CONTRAST_TAG.fullmatch(folded, m.end("mid"), m.start("n")) and _ENDS_HERE.match(folded, m.end()):
            # Round 30: "Seis son entonces, no cinco": a "no" with no pause before the number it ends the sentence
            # with rejects that number (said or reckoned before); the first one stands
            fixes.append((m.end(), a, Hit("count", m.start("a"), m.end("a"), 1.0, s)))
            superseded.add(m.start("n"))
        elif people:
            fixes.append((m.end(), n, Hit("count", m.start("n"), m.end("n"), 1.0, s)))
            superseded.add(m.start("a"))
    return fixes, superseded


def _fixes_within_lines(pattern: re.Pattern[str], folded: str):
    """The corrections said within one turn: the operator's number is no caller's correction. Round 34: a match that
    runs across a line break is looked for again after it, so the operator's "son tres personas" does not hide the
    caller's "tres no perdón cuatro" on the next line (non-overlapping matches swallowed it)."""
    pos = 0
    while (m := pattern.search(folded, pos)) is not None:
        cut = folded.rfind("\n", m.start(), m.end())
        if cut >= 0:
            pos = cut + 1
            continue
        yield m
        pos = m.end()


def _echoes_operator(ctx: Context, p: _Patterns, prev, said: str) -> bool:
    """Round 34: the caller corrects the head count the operator has just summed up ("entonces son tres personas" -
    "tres no perdón cuatro", "So that's three of them?" - "Three, no, four"): the operator's line says that number of
    people (a people verb or a people noun beside it), so the caller's second number counts them."""
    if prev is None or prev.speaker != "operator":
        return False
    line = ctx.transcript.folded[prev.start : prev.end]
    at = re.search(rf"(?<!\w){re.escape(said)}(?!\w)", line)
    if at is None:
        return False
    return bool(_PEOPLE_VERB.search(line[: at.start()]) or p.noun_next.match(line, at.end()))


# Round 30: "N, no M" (a comma, then "no" straight before the number) and the sentence over: M is denied, not said anew
_CONTRAST_TAG = re.compile(r"\s*,\s*(?:no|nao)\s+")
_ENDS_HERE = re.compile(r"[ \t]*(?:[.!?;\n]|$)")


def _value(token: str, numbers: dict[str, int]) -> int | None:
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return numbers.get(token)


def _statements(ctx: Context):
    return [s for s in ctx.transcript.sentences if not s.is_question]


# Round 29: groups told by their number and size ("salieron cuatro grupos, de cinco personas cada uno", "two families of
# four", "três grupos de seis"): the people are the product; a size in years or hours is no group of people.
_GROUPS_OF = (
    r"(?<![\w-])(?P<g>{num})\s+(?:grupos|groups|familias|families|tandas|batches|turnos|shifts|cuadrillas|crews)"
    r"[\s,]+(?:de|of|com)\s+(?:unas\s+|unos\s+|about\s+|como\s+|a\s+)?(?P<n>{num})(?!\w)"
)


# Round 33: a total told by where its parts come from ("We are eleven from Indonesia and two from Vietnam", "somos
# ocho de Bolivia y tres de Paraguay", "éramos seis del Cusco y dos de Puno", "somos cinco da Bahia e três do Ceará"):
# the parts add up, as "doce haitianos y tres ecuatorianos" does (round 29).
_AND_FROM = re.compile(
    r"\s+(?:from|de|del|da|do|de la)\s+[\w']+(?:\s+[\w']+)?,?\s+(?:and|y|e)\s+(?P<n>[\w']+)\s+(?:from|de|del|da|do)\s"
)


def _and_from_elsewhere(folded: str, end: int, stop: int, p: _Patterns) -> int:
    m = _AND_FROM.match(folded, end, stop)
    if m is None or m.group("n") in _ARTICLES:
        return 0
    return _value(m.group("n"), p.numbers) or 0


def _groups_of(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    folded = ctx.transcript.folded
    found = []
    for s in _statements(ctx):
        for m in p.groups_of.finditer(folded, s.start, s.end):
            g, n = _value(m.group("g"), p.numbers), _value(m.group("n"), p.numbers)
            if g and n and g * n <= MAX_COUNT and not _UNIT_AFTER.match(folded, m.end()):
                found.append((m.end(), g * n, Hit("count", m.start(), m.end(), 1.0, s)))
    return found


def count_victims(ctx: Context) -> tuple[int | None, list[Hit]]:
    p = _patterns(ctx.taxonomy)
    folded = ctx.transcript.folded
    care = ctx.taxonomy["victims"].lists["not_victim_before"]
    # Round 27: a number read as someone's age is never a head count ("el chico tendrá unos trece y las chicas unos
    # quince" counted 13 chicas before).
    ages = _age_starts(ctx)
    fixes, superseded = _self_corrections(ctx, p)
    found: list[tuple[int, int, Hit]] = list(fixes)  # (end position, count, evidence)
    for s in _statements(ctx):
        for pattern, extra in (
            (p.counted, 0),
            (p.we_are, 0),
            (p.seen, 0),
            (p.with_, 1),
            (p.total_after, 0),
            (p.me_and_others, 1),
        ):
            for m in pattern.finditer(folded, s.start, s.end):
                n = _value(m.group("n"), p.numbers)
                if m.start("n") in ages or m.start("n") in superseded:
                    continue
                before = folded[max(s.start, m.start() - 15) : m.start()].split()
                if before and before[-1] in NOT_A_COUNT_AFTER:
                    continue
                if _UNIT_AFTER.match(folded, m.end("n")):  # "catorce años las chiquitas": an age, not a count
                    continue
                if _GUARDS.match(folded, m.end()):  # "two men who guarded the door" hold the victim
                    continue
                if any(c.search(folded[max(s.start, m.start() - 20) : m.start()]) for c in care):
                    continue  # "cocino, lavo, cuido a los dos niños": the children looked after are no victims
                if pattern is p.counted and (
                    _OWN_CHILDREN.search(folded, max(s.start, m.start() - 25), m.end())
                    or _LISTED_CHILDREN.match(folded, m.start(), m.end())
                    and _HAS_BEFORE.search(folded, max(s.start, m.start() - 60), m.start())
                    and not _HELD_AFTER.match(folded, m.end(), s.end)
                ):
                    continue  # "ya tiene dos hijitos en Jaén", "ella tiene sus dos chamos": a family described
                fixed = _CORRECTED.match(folded, m.end(), s.end)
                if fixed and (corrected := _value(fixed.group("n"), p.numbers)):
                    n = corrected  # "cinco niños no perdón cuatro": the correction wins
                if n and pattern is p.we_are:
                    n += _and_from_elsewhere(folded, m.end(), s.end, p)
                if n and n <= MAX_COUNT:
                    found.append((m.end(), n + extra, Hit("count", m.start(), m.end(), 1.0, s)))
    for s in _statements(ctx):
        enum, men = _enumerations(p, folded, s)
        # the men of a mixed enumeration are not counted on their own either ("dos hombres y una chica" = 1)
        found = [f for f in found if not any(a <= f[2].start < b for a, b in men)] + enum
        for m in p.pair.finditer(folded, s.start, s.end):
            found.append((m.end(), 2, Hit("count", m.start(), m.end(), 1.0, s)))
    for s in _statements(ctx):
        # the caller here with a child of their own: "estoy en una casa con mi bebé", "I'm here with my son"
        for m in _HERE_WITH_MINE.finditer(folded, s.start, s.end):
            if s.speaker != "operator":
                found.append((m.end(), 2, Hit("count", m.start(), m.end(), 1.0, s)))
    plus: list[tuple[int, int, Hit]] = []  # added after: a base never includes another addition
    for s in _statements(ctx):
        for m in p.plus.finditer(folded, s.start, s.end):
            n = _value(m.group("n") or m.group("n2"), p.numbers)
            if _UNIT_AFTER.match(folded, m.end()):  # "two more weeks", "cinco más soles": no people
                continue
            if (m.start("n") if m.group("n") else m.start("n2")) in ages:
                continue  # "quince y las otras dieciséis": ages listed, not sixteen more
            if n and n <= MAX_COUNT:
                # the base is another group said before ("two young men ... eight others"), not this one again
                before = [c for end, c, _ in found if end <= m.start() and c != n]
                base = max(before, default=1)
                total = n + base
                if any(1 < c < base and c + n == base for c in before):
                    # Round 29: "I saw three get on ... somos cinco ... so there must be two more": the N more
                    # reconciles a part seen with a total told, it adds no one to the total
                    total = base
                if _THE_REST.search(folded, max(s.start, m.start() - 5), m.start()):
                    # "los otros dos siguen allá" after "tres adolescentes": the rest of a group already counted
                    total = max([n + 1] + [c for end, c, _ in found if end <= m.start()])
                plus.append((m.start(), total, Hit("count", m.start(), m.end(), 1.0, s)))
    sentences = ctx.transcript.sentences
    for s in _statements(ctx):
        if s.speaker == "operator":
            continue
        i = sentences.index(s)
        q = sentences[i - 1] if i and sentences[i - 1].is_question else None
        # Round 27: "¿Qué edad tiene su nieto?" "Dieciséis nomás tiene, y otro más igualito": once a group is
        # counted, one more right after an age told in answer to an age question is another of its ages (a list of
        # ages, as round 22), not another person; told later ("... el viernes trajo a otra más") it is one more.
        ages_asked = q is not None and any(w in folded[q.start : q.end] for w in _AGE_QUESTION)
        said_ages = [w.end() for w in _WORD.finditer(folded, s.start, s.end) if _value(w.group(), p.numbers)]
        also = [
            m
            for m in _ALSO_ONE.finditer(folded, s.start, s.end)
            if any(e <= m.start() for e, _, _ in found) and _GROUP_OBJECT.search(folded, s.start, m.start())
        ]
        for m in sorted([*_ONE_MORE.finditer(folded, s.start, s.end), *also], key=lambda m: m.start()):
            if re.search(r"(?<!\w)(?:de|del|of|do|da)\s+$", folded[max(s.start, m.start() - 5) : m.start()]):
                continue  # "el celular de otra chica", "the phone of another girl": whose it is, not one more
            if _OTHER_APART.match(folded, m.end(), s.end):
                continue  # "hay otra muchacha, pero ella vive en su casa", "había otro chico, pero se fue"
            if _PAIR_BEFORE.search(folded, max(s.start, m.start() - 25), m.start()):
                # "mi hermano y otro chico", "me and another girl": a pair, not one more after a group
                plus.append((m.end(), 2, Hit("count", m.start(), m.end(), 1.0, s)))
                continue
            earlier = [(end, c) for end, c, _ in found if end <= m.start()]
            base = max([c for _, c in earlier], default=1)
            if ages_asked and base > 1 and any(0 <= m.start() - e <= 25 for e in said_ages):
                continue
            last = max(earlier, default=None)
            if last and last[0] >= s.start and _BECAUSE.search(folded, last[0], m.start()):
                # "son tres porque anteayer llegó otra más": the one more is why there are three
                plus.append((m.end(), last[1], Hit("count", m.start(), m.end(), 1.0, s)))
                continue
            plus.append((m.end(), base + 1, Hit("count", m.start(), m.end(), 1.0, s)))
        for m in _STAYED.finditer(folded, s.start, s.end):
            # Round 30: those who stayed behind beside the one who got out ("pero allá se quedaron su hermano y un
            # primo", "two of them are still there"): each one told, added to the one the call is about
            stayed = len(_STAYED_ONE.findall(folded, m.start("who"), m.end("who")))
            if 0 < stayed <= MAX_COUNT:
                base = max([c for end, c, _ in found if end <= m.start()], default=1)
                plus.append((m.end(), base + stayed, Hit("count", m.start(), m.end(), 1.0, s)))
        for m in p.others_n.finditer(folded, s.start, s.end):
            n = _value(m.group("n"), p.numbers)
            if n and n <= MAX_COUNT and not _UNIT_AFTER.match(folded, m.end()):
                base = max([c for end, c, _ in found if end <= m.start()], default=1)
                plus.append((m.end(), n + base, Hit("count", m.start(), m.end(), 1.0, s)))
    found += _totals_counting(ctx, p)
    found += (
        plus
        + _pairs(ctx, p)
        + _how_many_answers(ctx, p)
        + _age_lists(ctx, p)
        + _group_sizes(ctx, p)
        + _groups_of(ctx, p)
    )
    found = [f for f in found if f[2].start not in superseded]
    if not found:
        return None, []
    best = max(c for _, c, _ in found)
    return best, [h for _, c, h in found if c == best]


# n38: a total said with who it counts ("en su cuarto son nueve, contándolo a él", "we were six including me", "eram
# cinco contando com ela", "son cuatro con ella"): the number already holds the person named, so it is the count as
# said (not one more for the person, not a part of the group).
_TOTAL_COUNTING = (
    r"(?<!\w)(?:son|eran|somos|eramos|sao|eram|are|were|there are|there were|hay|habia)\s+(?:como\s+|unos\s+|"
    r"unas\s+|about\s+|like\s+)?(?P<n>{num})\s*,?\s+(?:contando(?:lo|la|los|las|me|nos)?|incluyendo(?:lo|la|me|nos)?|"
    r"incluid[oa]s?|counting|including|incluindo|contando com)(?!\w)"
)


def _totals_counting(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    folded = ctx.transcript.folded
    pattern = p.total_counting
    out = []
    for s in _statements(ctx):
        for m in pattern.finditer(folded, s.start, s.end):
            n = _value(m.group("n"), p.numbers)
            if n and 1 < n <= MAX_COUNT and not ctx.matcher.negated(ctx.transcript, s, m.start(), m.end()):
                out.append((m.end(), n, Hit("count", m.start(), m.end(), 1.0, s)))
    return out


# Round 37: how people say two people. A pair is told by a word for "both" or "these two" standing for people ("both
# adults", "ambas siguen allá", "esas dos", "los dos todavía están en el colegio"), by one and the other told apart
# ("uno tiene dieciséis y el otro diecisiete", "one is 15, the other 16", "la mayor ... la menor"), or by two people
# joined as one ("ella y el bebé", "she and the little girl", "a un señor ... y a una chica": the personal "a" twice
# makes both the ones the verb is done to). What follows the word must be no noun of things ("both sides", "ambas
# veces", "esos dos meses", "la otra noche"): a pause, a verb, a clitic, an adverb or a word for people.
_PAIR_FOLLOW = (
    r"(?=\s*(?:[,.;:?!]|$)|\s+(?:y|e|and|que|who|se|nos|les|los|las|lo|la|le|me|te|estan|estaban|son|eran|siguen|"
    r"tienen|tenian|trabajan|trabajaban|ya|no|nao|not|juntos|juntas|together|todavia|aun|tambien|siempre|solos|solas|"
    r"fueron|se fueron|han|habian|viven|vivian|lloran|lloraban|estamos|somos|are|were|have|had|got|work|worked|"
    r"live|lived|left|went|came|still|also|always|now|ahora|sao|estao|ficaram|foram|trabalham|tem|tinham|moram|"
    r"ainda|tambem|juntas|sempre|estuvieron|salieron|llegaron|escaparon|say|said|dicen|dijeron|dizem|disseram|"
    r"de ellos|de ellas|of them|deles|delas|adults|adultos|adultas|adultas|menores|minors|mayores|minor|"
    r"de edad|underage|girls|boys|women|men|kids|children|chicas|chicos|ninas|ninos|mujeres|hermanos|hermanas|"
    r"meninas|meninos|mulheres|criancas|brothers|sisters|victims|victimas|vitimas)(?!\w))"
)
_BOTH = re.compile(
    r"(?<![\w-])(?:ambos|ambas|both|(?:estos|estas|esos|esas|aquellos|aquellas|these|those|estes|esses|essas)"
    r"\s+(?:dos|two|dois|duas)|(?:los|las|os|as)\s+dos(?=\s+(?:todavia|aun|tambien|siempre|juntos|juntas|solos|"
    r"solas|ainda|tambem)(?!\w))|they (?:both|two))(?!\w)" + _PAIR_FOLLOW
)
_ONE_THE_OTHER = re.compile(
    r"(?<![\w-])(?:uno|una|one|um|uma|el mayor|la mayor|the older|the oldest|the elder|o mais velho|a mais velha)"
    r"(?=\s+(?:de ellos|de ellas|of them|deles|delas|tiene|tenia|es|era|esta|estaba|se|is|was|has|tem|e|esta|"
    r"ta|le|la|lo|\d{1,2})(?!\w))[^.?!]{0,90}?(?<![\w-])(?:y |and |e |, )?"
    r"(?:el otro|la otra|the other(?: one)?|o outro|a outra|el menor|la menor|el menorcito|la menorcita|"
    r"the younger(?: one)?|the youngest|o mais novo|a mais nova)(?!\w)"
)
# (the two told apart by their ages: what follows "el otro" is an age, "uno tiene dieciséis y el otro diecisiete", "one
# is 15, the other 16"; "a uno le dicen Zambo y el otro no sé su nombre" are the men who took him, "la otra noche" a
# time)
_OTHER_NEXT = re.compile(
    r"\s*,?\s+(?:(?:tiene|tenia|tendra|tem|tinha|is|has|de|of|es|era)\s+(?:unos\s+|about\s+)?)?(\w+)"
)
# The elder and the younger told in turn, each with an age, may run over two sentences and name each one ("El mayor,
# Hilario, tiene dieciocho. El menorcito, Wilber, quince nomás.", "The oldest is 16. The youngest, Ana, is 14."): two.
_ELDER_YOUNGER = re.compile(
    r"(?<![\w-])(?:el mayor|la mayor|el mayorcito|la mayorcita|the older|the oldest|the eldest|o mais velho|"
    r"a mais velha)(?:\s*,\s*[a-z]+\s*,)?\s+(?:tiene|tenia|tendra|is|has|tem|tinha)\s+(?P<a>\w+)[^?!]{0,60}?"
    r"(?<![\w-])(?:el menor|la menor|el menorcito|la menorcita|the younger(?: one)?|the youngest|o mais novo|"
    r"a mais nova|o cacula|a cacula)(?:\s*,\s*[a-z]+\s*,)?\s+(?:(?:tiene|tenia|tendra|is|has|tem|tinha)\s+)?"
    r"(?P<b>\w+)"
)
_ONE_PERSON = rf"(?:{_SINGULAR}|{_KIN}|{_YOUNG_KIN}|senor|hombre|man|senhor|homem|menor|chamo|chama)"
_TWO_JOINED = re.compile(
    # a pronoun and one more person: "ella y el bebé", "she and the baby", "ela e a menina"
    rf"(?<![\w-])(?:ella|el|she|he|ela|ele)\s+(?:y|and|e)\s+(?:a\s+)?(?:la|el|una|un|the|a|o|uma|um)\s+"
    rf"(?:[\w']+\s+)?(?:{_SINGULAR}|{_YOUNG_KIN}|menor)(?!\w)"
    # the personal "a" twice: "bajan a un señor que no tiene una pierna y a una chica"
    rf"|(?<![\w-])(?:a\s+(?:un|una|la|mi|su|tu)|al)\s+(?:[\w']+\s+)?{_ONE_PERSON}(?!\w)(?:\s+[\w']+){{0,8}}?\s+"
    rf"(?:y|e)\s+(?:a\s+(?:un|una|la|mi|su|tu|otra)|al)\s+(?:[\w']+\s+)?{_ONE_PERSON}(?!\w)"
    rf"|(?<![\w-])a\s+(?:ella|el)\s+(?:y|e)\s+(?:a\s+(?:un|una|la|mi|su|tu|otra)|al)\s+(?:[\w']+\s+)?{_ONE_PERSON}(?!\w)"
)


def _pairs(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    """Round 37: two people told as a pair (see _BOTH, _ONE_THE_OTHER, _TWO_JOINED): a count of two."""
    folded = ctx.transcript.folded
    out = []
    for s in _statements(ctx):
        for pattern in (_BOTH, _ONE_THE_OTHER, _TWO_JOINED):
            for m in pattern.finditer(folded, s.start, s.end):
                if _UNIT_AFTER.match(folded, m.end()) or ctx.matcher.negated(ctx.transcript, s, m.start(), m.end()):
                    continue
                if pattern is _ONE_THE_OTHER:
                    age = _OTHER_NEXT.match(folded, m.end(), s.end)
                    if not age or not 0 < (_value(age.group(1), p.numbers) or 0) < 100:
                        continue
                out.append((m.end(), 2, Hit("count", m.start(), m.end(), 1.0, s)))
        for m in _ELDER_YOUNGER.finditer(folded, s.start, min(len(folded), s.end + 120)):
            if m.start() < s.end and all(0 < (_value(m.group(g), p.numbers) or 0) < 100 for g in "ab"):
                out.append((m.end(), 2, Hit("count", m.start(), m.end(), 1.0, s)))
    return out


# A group that takes in a parent ("¿La mamá y la bebé siguen en el hospital?" "Sí, las dos están acá") counts the one
# who looks after the victim, not one more victim.
_PARENT = re.compile(r"(?<!\w)(mama|madre|papa|padre|mother|father|mum|mom|mae|pai)(?!\w)")


_ONLY_BEFORE = re.compile(r"(?<!\w)(?:solo|solamente|nomas|only|just|so|somente|apenas)\s+$")


# n38: "los cuatro" standing for things named before it in the same sentence ("Los pasajes salieron a nombre de él, ese
# compró los cuatro", "the tickets, he bought the four", "os documentos, ele ficou com os três"): the tickets, papers or
# phones counted, not the people they are for.
_THINGS_BEFORE = re.compile(
    r"(?<!\w)(?:los|las|os|as|the|sus|their|seus|suas)\s+(?:\w+\s+)?(?:pasajes|boletos|tickets|passagens|dni|dnis|"
    r"documentos|documents|papeles|papers|pasaportes|passports|passaportes|celulares|phones|telefonos|asientos|seats|"
    r"carnets|ids|bilhetes|maletas|mochilas|bags)(?!\w)"
)


_WHOSE = re.compile(r"(?<!\w)(?:de|do|da|of)\s+(?=(?:los|las|os|as)\s)|(?<!\w)(?:das|dos)\s")


def _group_sizes(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    out = []
    for s in _statements(ctx):
        i = sentences.index(s)
        asked = sentences[i - 1] if i and sentences[i - 1].is_question else None
        for m in p.group_size.finditer(folded, s.start, s.end):
            if _PARENT.search(folded, asked.start if asked else s.start, m.start()):
                continue
            token = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")
            n = _value(token, p.numbers) if token else 2  # "both of them"
            if (
                m.group("n2")
                and _THINGS_BEFORE.search(folded, s.start, m.start())
                and not _WHOSE.search(folded, max(s.start, m.start() - 4), m.start() + 4)
            ):
                continue  # (not "los DNI de las tres", "os passaportes das duas": whose they are)
            if m.group("n2") and (time := _TIME_BEFORE.search(folded, max(s.start, m.start() - 20), m.start())):
                if time.group("of") is None or not _THEIR_VERB.match(folded, m.end()):
                    continue
            # (round 37: "only" before the group restricts, it does not deny: "otras no había, solo nosotras dos")
            only = _ONLY_BEFORE.search(folded, max(s.start, m.start() - 12), m.start())
            if n and 1 < n <= MAX_COUNT and (only or not ctx.matcher.negated(ctx.transcript, s, m.start(), m.end())):
                out.append((m.end(), n, Hit("count", m.start(), m.end(), 1.0, s)))
    return out


# Round 22: children's ages told as a list, the later ones without "años" or a verb ("Wilber tiene catorce, Edison
# quince", "el niño tiene diez años, y su hermana Abigail, ocho"): each age is one more child. Minors only, so the
# caller's own age beside a child's ("mi hija tiene quince y yo cuarenta") adds nobody. What stands between the two
# ages is a name, a kin word or a pronoun, not a preposition or a unit ("tiene quince años desde hace dos").
_AGE_LIST_NEXT = (
    r"(?:\s+(?:anos|anitos|years|anos de edad|years old))?\s*(?:,|;|\s+y(?!\w)|\s+and(?!\w)|\s+e(?!\w))?\s*"
    r"(?:(?:y|and|e)\s+)?(?P<who>(?:[a-z']+,?\s+){{1,3}}?)(?P<n>{num})(?!\w)"
)
# (a hedge or an alternative is the same child's age: "tiene trece, maybe catorce", "quince o dieciséis")
_NOT_A_NAME = re.compile(
    r"(?<!\w)(de|del|desde|hace|a|al|los|las|la|el|en|por|para|con|hasta|mas|menos|como|unos|unas|of|for|since|ago|"
    r"at|in|to|the|about|around|tiene|tienen|tenia|has|had|is|was|es|era|son|anos|years|meses|months|dias|days|horas|"
    r"hours|semanas|weeks|soles|dolares|pesos|que|no|ni|nada|trabaja|trabajan|cumple|cumplio|cumplir|o|or|ou|maybe|"
    r"quizas|quiza|tal|vez|talvez|creo|perhaps|probably|casi|almost|sea|digo|mean|sorry|perdon)(?!\w)"
)


def _age_lists(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    folded = ctx.transcript.folded
    pattern = p.age_list
    out = []
    for n, hit in _ages(ctx):
        if n >= 18 or hit.speaker == "operator":
            continue
        people, end = 1, hit.end
        while (m := pattern.match(folded, end, hit.sentence.end)) is not None:
            nxt = _value(m.group("n"), p.numbers)
            if nxt is None or not 1 < nxt < 18 or _NOT_A_NAME.search(m.group("who")):
                break
            if _UNIT_AFTER.match(folded, m.end("n")) and not re.match(r"\s+(anos|years)", folded[m.end("n") :]):
                break
            people, end = people + 1, m.end("n")
        if people > 1:
            out.append((end, people, Hit("count", hit.start, end, 1.0, hit.sentence)))
    return out


def _how_many_answers(ctx: Context, p: _Patterns) -> list[tuple[int, int, Hit]]:
    """The caller's number right after the operator asks how many people ("¿Cuántas personas eran?" "Como ocho,
    chicos y chicas." / "Cinco son." / "En el galpón contamos veintidós."), not an age, hours or money asked."""
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    out = []
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if prev.speaker != "operator" or not prev.is_question or s.speaker != "caller" or s.is_question:
            continue
        asked = folded[prev.start : prev.end]
        if not _HOW_MANY.search(asked) or _NOT_PEOPLE.search(asked):
            continue
        for i, w in enumerate(re.finditer(r"\w+", folded[s.start : s.end])):
            if i > 5:
                break
            n = _value(w.group(), p.numbers)
            if n is None or w.group() in _ARTICLES:
                continue
            end = s.start + w.end()
            if n <= MAX_COUNT and not _UNIT_AFTER.match(folded, end):
                start, end, n = _settled(ctx, p, s, s.start + w.start(), end, n)
                out.append((end, n, Hit("count", start, end, 1.0, s)))
            break
    return out


# Round 33: an answer that wavers, then settles on a number said again ("Uns oito, nove... acho que nove", "ocho nueve
# más o menos nueve sí nueve", "seven, eight... eight I think", "unos diez, once, once creo"): the number said twice
# is the count, not the first one tried. Only near numbers count as wavering; a people word ("éramos diez conmigo")
# starts a new statement.
_WAVER_STOP = re.compile(r"(?<!\w)(eramos|somos|son|eran|were|are|sao|eram|con|conmigo|with|comigo|y|and|e)(?!\w)")


def _settled(ctx: Context, p: _Patterns, s, start: int, end: int, n: int) -> tuple[int, int, int]:
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    i = sentences.index(s)
    stop = s.end
    while i + 1 < len(sentences) and not sentences[i + 1].is_question:
        # the caller's next sentence, or any that follows one trailing off ("Uns oito, nove..." | "acho que nove."):
        # segmented text guesses its speaker from the words, and a bare "acho que nove" has none of the caller's
        if sentences[i + 1].speaker != s.speaker and not folded[: sentences[i].end].rstrip().endswith(".."):
            break
        i += 1
        stop = sentences[i].end
    stop = min(stop, end + 50)
    said, at = [n], (start, end)
    for w in re.finditer(r"[\w']+", folded[end:stop]):
        if _WAVER_STOP.fullmatch(w.group()):
            break
        v = _value(w.group(), p.numbers)
        if v is None or w.group() in _ARTICLES:
            continue
        if abs(v - n) > 2 or _UNIT_AFTER.match(folded, end + w.end()):
            break
        said.append(v)
        at = (end + w.start(), end + w.end())
    if len(said) > 2 and said.count(said[-1]) >= 2 and said[-1] != n:
        return at[0], at[1], said[-1]
    return start, end, n


# Round 23: the people someone lives with are their household, not more of the same group: "son dos hermanitas viven
# con su tía" (the aunt who sends them out) is two.
_LIVE_WITH = re.compile(r"(?<!\w)(viven|vive|vivia|vivian|live|lives|lived|living|moram|mora|morava)(?!\w)")


def _enumerations(p: _Patterns, folded: str, s) -> tuple[list[tuple[int, int, Hit]], list[tuple[int, int]]]:
    """Groups of people joined in one breath add up: "una señora con un bebé de brazos y dos niñitos" = 4."""
    groups = []
    for m in p.group.finditer(folded, s.start, s.end):
        token = m.group("n")
        n = 1 if token in ("un", "una", "uno", "um", "uma", "a", "an", "one") else _value(token, p.numbers)
        if n and n <= MAX_COUNT:
            groups.append((m.start(), m.end(), -n if _MEN.search(folded, m.start(), m.end()) else n))
    # one's own kin opens or joins an enumeration as one person: "mi hija y dos amigas" = 3
    # (round 34: so does a young relative with "the" joined by "y" after the group it belongs to, "mis dos hijas y la
    # sobrina", "two boys and the cousin", "as duas filhas e a sobrinha" = 3)
    for m in [*_OWN_KIN.finditer(folded, s.start, s.end), *_THE_YOUNG_KIN.finditer(folded, s.start, s.end)]:
        if not any(a <= m.start() < b for a, b, _ in groups):
            groups.append((m.start(), m.end(), 1))
    groups.sort()
    out: list[tuple[int, int, Hit]] = []
    men: list[tuple[int, int]] = []
    i = 0
    while i < len(groups):
        j = i
        while (
            j + 1 < len(groups)
            and _JOIN.match(between := folded[groups[j][1] : groups[j + 1][0]])
            and not _LIVE_WITH.search(between)
        ):
            j += 1
        sizes = [n for _, _, n in groups[i : j + 1]]
        # Men travelling with women or children ("dos hombres y tres chiquitas") are most often those who take
        # them: an enumeration that mixes them counts the others only.
        total = sum(n for n in sizes if n > 0) if any(n > 0 for n in sizes) else -sum(sizes)
        if j > i:
            out.append((groups[j][1], total, Hit("count", groups[i][0], groups[j][1], 1.0, s)))
            if any(n > 0 for n in sizes):
                men += [(a, b) for a, b, n in groups[i : j + 1] if n < 0]
        i = j + 1
    return out, men


_HEDGES = {
    "como",
    "unos",
    "unas",
    "casi",
    "mas",
    "about",
    "around",
    "almost",
    "nearly",
    "some",
    "over",
    "uns",
    "umas",
    "quase",
    "cerca",
    "apenas",
}


_AGO_AFTER = re.compile(
    r"\s+(?:years?|anos|meses|months|semanas|weeks|dias|days)\s+(?:ago|atras|back|antes|"
    r"despues|later)(?!\w)"
)
_HEDGE_ONLY = {
    "like",
    "unos",
    "around",
    "about",
    "maybe",
    "perhaps",
    "quizas",
    "quiza",
    "tal vez",
    "talvez",
    "uns",
    "umas",
    "talvez uns",
}
_AGE_VERBS = {
    "tiene",
    "tienen",
    "tenia",
    "tendra",
    "has",
    "is",
    "tem",
    "tenho",
    "tengo",
    "de",
    "edad",
    "she's",
    "he's",
    "aged",
    "age",
    "ter",
    "tener",
}


def _age_starts(ctx: Context) -> set[int]:
    """Where the numbers read as someone's age start: never a head count (round 27) or a count taken back."""
    return ctx.once(
        "victims:age_starts", lambda c: {h.start for _, h in _ages(c) + c.once("victims:listed_ages", _listed_ages)}
    )


def _ages(ctx: Context) -> list[tuple[int, Hit]]:
    """The ages said in the call, read once per call (counting, age lists and minors all ask; do not mutate)."""
    return ctx.once("victims:ages", _read_ages)


def _read_ages(ctx: Context) -> list[tuple[int, Hit]]:
    p = _patterns(ctx.taxonomy)
    fam = ctx.taxonomy["victims"]
    blockers = {str(w) for w in fam.raw["not_age_before"]}
    folded = ctx.transcript.folded
    out = []
    for s in _statements(ctx):
        for pat in fam.lists["age_patterns"]:
            for m in pat.finditer(folded, s.start, s.end):
                group = "n"
                n = _value(m.group(group), p.numbers)
                if n is None or n > 99 or m.group(group) in _ARTICLES:  # "muchachos de una mina" is no age 1
                    continue
                words_before = folded[max(s.start, m.start(group) - 40) : m.start(group)].split()
                # a hedge between them keeps the duration: "hace como dos años", "for about two years" (round 12)
                while len(words_before) > 1 and words_before[-1] in _HEDGES:
                    words_before.pop()
                if words_before and words_before[-1] in blockers:
                    continue
                if _AGO_AFTER.match(folded, m.end(group)):  # "about two years ago": a duration, no age (round 16)
                    continue
                if (
                    m.group(1) in _HEDGE_ONLY
                    and n < 10
                    and not _UNIT_AFTER.match(folded, m.end(group))
                    and not (words_before and words_before[-1] in _AGE_VERBS)
                ):
                    continue  # "there are other women too, maybe four": a head count, not an age (round 16)
                # "treinta y cinco años", "trinta e dois anos": the units of a compound number, not an age of five
                if len(words_before) >= 2 and words_before[-1] in ("y", "e"):
                    tens = _value(words_before[-2], p.numbers)
                    if tens is not None and tens >= 20 and tens % 10 == 0 and n < 10:
                        n += tens
                out.append((n, Hit("age", m.start(group), m.end(group), 1.0, s)))
    return out + _ages_corrected(ctx, p, out)


# Round 33: an age the caller takes back and says again ("uno tiene quince y el otro dieciséis no perdón el otro dice
# catorce", "la mayor tiene diecisiete, digo, dieciocho", "she's fifteen, sorry, the other one is fourteen", "tem
# quinze, quer dizer, catorze") is still an age: the number after the correction is no head count (it was read as
# fourteen victims, "catorce son hermanitos"). A few words may come between ("el otro dice"), but none that says a
# number of people follows ("perdón, son catorce chicas", "sorry, there are fourteen").
_AGE_FIX = (
    r"(?<!\w)(?P<a>{num})(?:\s+(?:anos|anitos|years(?: old)?))?[\s,.;]*(?:(?:no|nao)[\s,.]+)?"
    r"(?:perdon|perdone|disculpe|digo|mejor dicho|sorry|i mean|no wait|quer dizer|ou melhor|desculpa)"
    r"[\s,.;]+(?P<words>(?:[a-z']+\s+){{0,4}}?)(?P<n>{num})(?!\w)"
)
_PEOPLE_WORDS = re.compile(r"(?<!\w)(son|eran|somos|hay|habia|there|are|were|sao|eram|estan|estaban)(?!\w)")


def _ages_corrected(ctx: Context, p: _Patterns, ages: list[tuple[int, Hit]]) -> list[tuple[int, Hit]]:
    pattern = p.age_fix
    folded = ctx.transcript.folded
    out = []
    for n, hit in ages:
        # the age itself, or the next one of a list of ages ("quince años y el otro dieciséis no perdón ...")
        m = pattern.search(folded, hit.start, min(hit.sentence.end, hit.end + 60))
        if m is None or _PEOPLE_WORDS.search(folded, hit.end, m.start("n")):
            continue
        named = p.noun_next.match(folded, m.end("n"))
        if named and not _PEOPLE_WORDS.search(named.group()):
            continue  # "perdón, catorce chicas": people counted ("catorce son hermanitos" says what they are)
        fixed = _value(m.group("n"), p.numbers)
        if fixed is not None and fixed < 100 and fixed != n and m.group("n") not in _ARTICLES:
            out.append((fixed, Hit("age", m.start("n"), m.end("n"), 1.0, hit.sentence)))
    return out


_FINISHED = re.compile(
    r"(?<!\w)(termino|terminado|acabo|acabado|salio del|egreso|finished|graduated|left|"
    r"completed|terminou|concluiu|formou)(?!\w)"
)
# A determiner that points at someone in particular ("una chica", "mi sobrina", "esa niña"), not at people in general.
# (Spanish "a" before an article is "to": "les voy a avisar a los chicos" points at nobody in particular)
_SPECIFIC = re.compile(
    r"(?<!\w)(un|una|mi|mis|su|sus|esta|este|esa|ese|a(?!\s+(?:los|las|la|el|lo)\s)|an|"
    r"my|his|her|this|that|our|nuestr[oa]|"
    r"uma|um|minha|meu|sua|seu|essa|esse|dos|tres|two|three|duas|dois)\s+(\w+\s+)?$"
)
# (the guards act on someone: "who guarded the door", "que los vigilaban"; "dos chicos que trabajan encerrados" are
# victims)
_GUARDS = re.compile(
    r"\s+(?:(?:who|that|que|quienes)\s+(?:guard\w*|watch\w*|vigil\w*|custodi\w*|kept|held|"
    r"locked|threaten\w*|beat|hit)|(?:que|quienes)\s+(?:lo|la|los|las|nos|me|le|les)\s+"
    r"(?:vigil\w*|cuidaban|controlaban|encerr\w*|amenaz\w*|golpe\w*|pega\w*|custodi\w*))(?!\w)"
)
_THE_REST = re.compile(r"(?<!\w)(los|las|the|os|as)\s+$")
_SELF = re.compile(r"(?<!\w)(soy|i'm|i am|sou|estoy|estou)\s+(\w+\s+)?$")
_ARTICLES = {"un", "una", "uno", "um", "uma", "one", "a", "an"}
# "varios chicos del barrio están interesados": a quantity nobody counted
_VAGUE = re.compile(
    r"(?<!\w)(varios|varias|algunos|algunas|muchos|muchas|unos cuantos|unas cuantas|several|some|many|"
    r"alguns|algumas|muitos|muitas)(?!\w)"
)
_AGE_QUESTION = ("edad", "anos", "old", "idade", "age")


def _age_answers(ctx: Context):
    """The caller's sentences right after the operator asks an age."""
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if prev.speaker != "operator" or not prev.is_question or s.speaker != "caller":
            continue
        if any(w in folded[prev.start : prev.end] for w in _AGE_QUESTION):
            yield s


def _listed_ages(ctx: Context) -> list[tuple[int, Hit]]:
    """An answer to an age question that lists ages and nothing else ("quince y las otras dieciséis y diecisiete
    creo", "fifteen, the other one sixteen", "quinze e a outra dezesseis"): every number is an age, none a head
    count ("las otras dieciséis" was read as sixteen more victims)."""
    p = _patterns(ctx.taxonomy)
    folded = ctx.transcript.folded
    out = []
    for s in _age_answers(ctx):
        words = list(_WORD.finditer(folded, s.start, s.end))
        ages = _compound_numbers(
            [(n, w) for w in words if w.group() not in _ARTICLES and (n := _value(w.group(), p.numbers))], folded
        )
        rest = [w.group() for w in words if w.group() in _ARTICLES or _value(w.group(), p.numbers) is None]
        if len(ages) < 2 or not all(0 < n <= 99 for n, _ in ages):
            continue
        if all(w in _AGE_LIST_WORDS or w in _ANSWER_LEADS for w in rest):
            out += [(n, Hit("age", w.start(), w.end(), 1.0, s)) for n, w in ages]
    return out


def _compound_numbers(numbers: list[tuple[int, re.Match]], folded: str) -> list[tuple[int, re.Match]]:
    """Tens and units said with a joiner are one number ("vinte e três", "cuarenta y cuatro"), not two ages."""
    out: list[tuple[int, re.Match]] = []
    for n, w in numbers:
        if out and 0 < n < 10 and out[-1][0] % 10 == 0 and 20 <= out[-1][0] <= 90:
            joiner = folded[out[-1][1].end() : w.start()].split()
            if joiner in (["y"], ["e"], ["and"]):
                out[-1] = (out[-1][0] + n, out[-1][1])
                continue
        out.append((n, w))
    return out


# what an answer listing ages may hold besides them: joiners, "the other(s)", articles, units, a hedge
_AGE_LIST_WORDS = {
    "y", "e", "and", "el", "la", "los", "las", "the", "o", "a", "os", "as", "otro", "otra", "otros", "otras",
    "other", "others", "outro", "outra", "outros", "outras", "one", "anos", "anitos", "years", "old", "no", "se",
    "sei", "creo", "tiene", "tienen", "tem", "has", "is", "mayor", "menor", "older", "younger",
}  # fmt: skip


def _bare_answers(ctx: Context) -> list[tuple[int, Hit]]:
    """A caller's bare number right after the operator asks an age ("¿Qué edad tiene?" "Dieciséis.")."""
    p = _patterns(ctx.taxonomy)
    folded = ctx.transcript.folded
    out = list(ctx.once("victims:listed_ages", _listed_ages))
    listed = {h.sentence.start for _, h in out}
    for s in _age_answers(ctx):
        if s.start in listed:
            continue
        words = re.findall(r"\w+", folded[s.start : s.end])
        if 1 <= len(words) <= 2 and _value(words[0], p.numbers) is not None:
            out.append((_value(words[0], p.numbers), Hit("age", s.start, s.end, 1.0, s)))
            continue
        # Round 32: the answer opened by whose word it is or a hedge ("dice quince pero en su control puso
        # diecisiete", "creo que dieciséis", "she says fifteen"): the first number after them is the age asked
        lead = 0
        while lead < min(3, len(words) - 1) and words[lead] in _ANSWER_LEADS:
            lead += 1
        n = _value(words[lead], p.numbers) if 0 < lead < len(words) else None
        if n is not None and 0 < n <= 99 and words[lead] not in _ARTICLES:
            out.append((n, Hit("age", s.start, s.end, 1.0, s)))
    return out


_ANSWER_LEADS = {
    "dice", "dijo", "dicen", "decia", "creo", "que", "como", "parece", "unos", "unas", "ya", "eh", "bueno", "pues",
    "says", "said", "she", "he", "they", "i", "think", "about", "around", "maybe", "diz", "disse", "acho", "uns",
    "umas", "tipo", "like",
}  # fmt: skip


_VOCATIVE = re.compile(
    r"(obrigad[oa]|gracias|thanks|thank you|buenas|buenos dias|boa noite|boa tarde|bom dia|oi|hola|"
    r"ola|alo|disculpe|perdon|desculpa)\W+$"
)
_OWNER_OF = re.compile(
    r"(?<!\w)(?:de|of|da|do|belongs to)\s+(?:mi|my|minha|meu|su|sua|seu|his|her|nuestr[oa]|our)\s+(?:\w+\s+)?$"
)


def _not_victims(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """Round 23: drop the people a sex noun names who are not the victims: one's own kin as the phone's owner, the one
    in charge. (Another girl whose phone it is, "esse celular é de outra menina", may be one of them.)"""
    raw = ctx.taxonomy["victims"].raw
    phone = re.compile(rf"(?<!\w)(?:{raw['phone_words']})(?!\w)")
    boss = re.compile(rf"(?<!\w)(?:{raw['boss_words']})(?:\s+\w+){{0,2}}?\s+(?:es|e|is|was|era)\s+(?:\w+\s+)?$")
    folded = ctx.transcript.folded
    sentences = ctx.transcript.sentences
    out = []
    for h in hits:
        s = h.sentence
        i = sentences.index(s)
        start = sentences[i - 1].start if i and sentences[i - 1].is_question else s.start
        before = folded[max(s.start, h.start - 30) : h.start]
        if phone.search(folded, start, s.end) and _OWNER_OF.search(before):
            continue  # "al celular de mi hija", "¿A qué número?" "Al de mi hija"
        if boss.search(before):
            continue  # "el dueño es un peruano"
        out.append(h)
    return out


_TO_THE_MEN = re.compile(r"(?<!\w)(to|for|with|para|con|a|pra|com) (the |los |unos |some |os |uns |a |an )?(\w+ )?$")


_DOMINANT = 4
_KIN_WORD = re.compile(
    rf"(?<!\w)(?:{_KIN}|hij[oa]s?|sons?|daughters?|filh[oa]s?|nietos?|nietas?|padre|madre|papa|mama|"
    r"father|mother|pai|mae)(?!\w)"
)


def sexes(ctx: Context, expl: list[ExploitationType]) -> tuple[list[Sex], list[Hit], bool]:
    care = ctx.taxonomy["victims"].lists["not_victim_before"]
    folded = ctx.transcript.folded
    # "looks after the little boy": the child someone cares for names no victim's sex
    fem, mal = (
        [
            h
            for h in ctx.find_list("victims", key, value=v)
            if not any(p.search(folded[max(0, h.start - 20) : h.start]) for p in care)
        ]
        for key, v in (("female_nouns", "female"), ("male_nouns", "male"))
    )
    # "obrigado moça", "gracias señorita": the operator addressed, not a victim
    fem, mal = (
        [h for h in hits if not _VOCATIVE.search(folded, max(h.sentence.start, h.start - 14), h.start)]
        for hits in (fem, mal)
    )
    fem, mal = (_not_victims(ctx, hits) for hits in (fem, mal))
    if ExploitationType.sexual in expl and fem:
        # "offering a girl to foreign guys": the men the girls are offered to are the clients
        mal = [h for h in mal if not _TO_THE_MEN.search(folded, max(h.sentence.start, h.start - 25), h.start)]
    # One passing mention against many ("my son ... his passport ... your son" and once "my sister", whose phone it
    # is): the lone word is someone around the case, not a victim.
    # (only someone's relative: "two boys and two girls" counts each group however often it is named)
    if len(fem) == 1 and len(mal) >= _DOMINANT and _KIN_WORD.search(folded, fem[0].start, fem[0].end):
        fem = []
    if len(mal) == 1 and len(fem) >= _DOMINANT and _KIN_WORD.search(folded, mal[0].start, mal[0].end):
        mal = []
    chosen = [sx for sx, hits in ((Sex.female, fem), (Sex.male, mal)) if hits]
    if chosen:
        return chosen, fem + mal, True
    # Round 11: no noun names a sex, but the caller speaks of herself or himself with a gendered word ("estoy
    # trancada", "me tienen encerrado", "estou sozinha"): that, not the form's prior
    own = [
        Hit(sx, m.start(), m.end(), 1.0, se)
        for se in ctx.transcript.of("caller")
        if not se.is_question
        for sx, pat in ((Sex.female, _SELF_FEM), (Sex.male, _SELF_MAL))
        for m in pat.finditer(folded, se.start, se.end)
    ]
    if own and len({h.value for h in own}) == 1:
        return [own[0].value], own, True
    for e in expl:
        if e in SEX_PRIOR:
            return list(SEX_PRIOR[e]), [], False
    return [], [], False


_OWN_STATE = (
    r"(?<!\w)(estoy|me siento|me quede|quede|me tienen|me tiene|me dejo|me dejaron|estou|fiquei|"
    r"me deixaram) (\w+ )?"
)
_SELF_FEM = re.compile(_OWN_STATE + r"(trancada|encerrada|atrapada|secuestrada|amenazada|sozinha|presa)(?!\w)")
_SELF_MAL = re.compile(_OWN_STATE + r"(trancado|encerrado|atrapado|secuestrado|amenazado|sozinho|preso)(?!\w)")


# Round 29: the word for children denied by a "no" after it, closing its clause ("¿Hay niños?" "Niños no, solo ellos
# dos", "no menores no porque tienen que ser mayores", "No, niños no. Ella no tiene hijos", "crianças não"); not a "no"
# that negates a verb ("los niños no van a la escuela" still tells of children).
_DENIED_AFTER = re.compile(
    r"[\s,]+(?:no|nao)(?=\s*(?:[,.;:!?]|$)|\s+(?:solo|porque|pero|sino|nomas|ninguno|ninguna|senorita|"
    r"senor|so|somente|apenas|mas)(?!\w))"
)


@extractor("victims", after=["_case", "exploitation_types"])
def victims(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision(Victims(), [], 0.8)
    count, count_hits = count_victims(ctx)
    ages = _ages(ctx) + _bare_answers(ctx)
    care = ctx.taxonomy["victims"].lists["not_victim_before"]
    folded = ctx.transcript.folded
    # "cuidando a los niños": the children someone looks after are not the victims
    minor_words = [
        h
        for h in ctx.find("victims", values=["minor"])
        if not any(p.search(folded[max(0, h.start - 20) : h.start]) for p in care)
        and not _DENIED_AFTER.match(folded, h.end)
    ]
    adult_words = ctx.find("victims", values=["adult"])
    young = [h for n, h in ages if n < 18]
    grown = [h for n, h in ages if 18 <= n <= 60]
    # School words ("colegio", "alumna", "student") point at a minor only while no adult age is given and the
    # school is not behind the person ("ya terminó el colegio").
    school = [
        h
        for h in ctx.find("victims", values=["school"])
        if not _FINISHED.search(folded[max(h.sentence.start, h.start - 25) : h.start])
    ]
    minor_words += [] if grown else school
    minors = bool(young) or (bool(minor_words) and not adult_words)
    sex_list, sex_hits, sex_named = sexes(ctx, ctx.value("exploitation_types"))
    if (
        count is not None
        and count_hits
        and all(_VAGUE.match(folded, h.start) for h in count_hits)
        and ctx.find("call_type", values=["information_request"], include_questions=True)
    ):
        # A consultation about an offer going round ("varios chicos del barrio están interesados, ¿lo comparto?")
        # counts nobody by a vague quantity: as with people in general, only someone in particular makes a victim.
        count = None
    if count is None:
        # One person unless the call names nobody (a general question about job ads).
        named_form = any(e != ExploitationType.unknown for e in ctx.value("exploitation_types"))
        someone = sex_named or minors or named_form or ctx.find("caller_role", values=["victim", "family_member"])
        if someone and not named_form and ctx.find("call_type", values=["information_request"], include_questions=True):
            # A consultation about people in general ("¿los menores de edad pueden trabajar en una chacra?") names
            # nobody: only a specific person in the caller's own words ("una chica", "mi sobrina", "de 15 años")
            # makes a victim; the operator's explanation ("los adolescentes desde los 14...") never does.
            mine = [h for h in young + minor_words + sex_hits if h.speaker == "caller"]
            someone = (
                any(_SPECIFIC.search(folded[max(h.sentence.start, h.start - 12) : h.start]) for h in mine)
                or any(h.speaker == "caller" for h in young)
                or ctx.find("caller_role", values=["victim", "family_member", "acquaintance"])
            )
        count = 1 if someone else 0
    if count == 0:
        minors, sex_list = False, []
    plural = any(re.search(r"(s|men|children)$", folded[h.start : h.end]) for h in sex_hits)
    if count == 1 and len(sex_list) == 2 and not plural:
        # One victim has one sex: the other word is someone around the case ("se fue con un namorado peruano", "un
        # chamo me ofreció trabajo"). The sex named most often wins; a tie goes to the one the caller names first,
        # leaving aside how callers describe themselves ("yo soy venezolana, te llamo por un pana mío"). Plural words
        # ("niños y niñas pidiendo plata") are a group of uncounted size, whose sexes all stand.
        fem = [h for h in sex_hits if h.value == "female"]
        mal = [h for h in sex_hits if h.value == "male"]
        if len(fem) != len(mal):
            sex_list = [Sex.female] if len(fem) > len(mal) else [Sex.male]
        else:
            others = [h for h in sex_hits if not _SELF.search(folded, max(h.sentence.start, h.start - 12), h.start)]
            sex_list = [Sex(min(others or sex_hits, key=lambda h: (h.speaker != "caller", h.start)).value)]
    conf = 0.5 + (0.2 if count_hits else 0) + (0.1 if young or adult_words else 0) + (0.1 if sex_named else 0)
    value = Victims(count=count, minors_involved=minors, sexes=sex_list)
    return Decision(value, count_hits + young + minor_words[:3] + sex_hits[:3], conf)
