"""An address goes on while the words after it chain more of the same place ("la casa de tres
pisos de ladrillo sin tarrajear al costado del grifo frente a la cancha de fulbito"): recognizers
find its pieces, this joins them and takes the spatial phrases between and after them, up to the
end of the clause. It only ever extends a found address, so a lone "frente al mercado" in an
ordinary sentence is the place_description recognizer's business, not this one's."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from redact.lexicon import WORD_RE, article_place_end, fold, fold_same_offsets, places, stop_words
from redact.spans import Span, merge

_GAP = re.compile(r"[ \t]*(?:,[ \t]*)?")
_MAX_STEPS = 10
_MAX_NP_WORDS = 4
# finite verb endings: a landmark's words end where a verb starts ("donde hay un portón … funciona")
_HERE_THERE = {"aca", "aqui", "alla", "alli", "ahi", "here", "there", "ali"}
# round 14: more floors ("sétimo andar", "el último piso", "oitavo andar")
_FLOOR_ORDINALS = (
    r"primer|primero|segundo|tercer|tercero|cuarto|quinto|sexto|septimo|setimo|octavo|oitavo|noveno|decimo|ultimo|"
    r"\d{1,2}(?:er|do|ro|to|°|º|st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|top|last|"
    r"primeiro|terceiro|quarto|sexto|setimo"
)
_NUMBER_WORDS = (
    r"uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinti?\w*|"
    r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez"
)
# round 17: a landmark's number in words; not "un/una/one", which start the next noun phrase ("… la bodega un señor")
_TAIL_NUMBER_WORDS = "|".join(w for w in _NUMBER_WORDS.split("|") if w not in ("uno", "una", "un", "one", "um"))
_VERB_ENDINGS = ("aba", "aban", "ia", "ian", "aron", "ieron", "ando", "iendo", "amos", "emos", "imos", "ou", "ava")


@cache
def _data() -> dict:
    text = resources.files("redact").joinpath("data", "address_chain.yaml").read_text(encoding="utf-8")
    return {key: [fold(w) for w in words] for key, words in yaml.safe_load(text).items()}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    d = _data()
    det = rf"(?:(?:{_alt(d['determiners'])})[ \t]+)?"
    number = r"(?:\w+|\d+)"
    colors = _alt(d["colors"])
    # what a number before it counts, times or measures: a count, not a landmark's number ("tres veces", "2 km")
    quantities = _alt(d["count_nouns"] + d["time_units"] + d["distance_units"])
    # "con un letrero de cerveza", "with a red gate": a feature the house has, not "con un amigo"
    feature = rf"(?:(?:{colors})[ \t]+)?(?:{_alt(d['features'])})"
    look = (
        rf"de[ \t]+{number}[ \t]+(?:{_alt(d['floors'])})|de[ \t]+(?:{_alt(d['materials'])})"
        rf"|(?:{_alt(d['painted'])})[ \t]+(?:de[ \t]+)?(?:{colors})"
        rf"|(?:{_alt(d['with'])})[ \t]+{feature}"
        rf"(?:[ \t]+(?:de[ \t]+(?!(?:{_alt(d['determiners'])}|su|sus|mi|mis)\b)[^\W\d_]+|(?:{colors})))?"
    )
    return {
        "anchor": re.compile(
            rf"(?:{_alt(d['anchors'])})(?P<there>[ \t]+(?:{_alt(d['existential'])}))?(?![\w/])[ \t]+(?={det}[^\W\d_])"
        ),
        "standalone": re.compile(
            rf"(?:{_alt(d['standalone'])})(?![\w/])"
            rf"(?P<there>[ \t]+(?:{_alt(d['existential'])})(?!\w)[ \t]+(?={det}[^\W\d_]))?"
        ),
        "part": re.compile(rf"(?:{_alt(d['parts'])})[ \t]+(?:(?:de|del|da|do)[ \t]+)?"),
        # "bairro vila nova", "sector alto"; not "arriba", which after a number is "upstairs"
        "adjective": re.compile(rf"(?:{_alt([w for w in d['np_words'] if w not in ('arriba', 'abajo')])})(?!\w)"),
        "floor": re.compile(rf"(?:{_FLOOR_ORDINALS})[ \t]+(?:piso|floor|andar|planta)(?!\w)"),
        "and": re.compile(r"(?:y|and|e)[ \t]+"),
        # round 17: "…, entrando 2 kilómetros por el desvío del …": the way in, with how far it goes
        "way_distance": re.compile(
            r"(?:entrando|subiendo|bajando|caminando|yendo|andando|going|walking|driving|heading)[ \t]+"
            rf"(?:(?:unos|unas|uns|umas|como|about|some)[ \t]+)?(?:\d+|[^\W\d_]+)(?:[ \t]+y[ \t]+medio)?[ \t]+"
            rf"(?:{_alt(d['distance_units'])})[ \t]+(?:por|pela|pelo|by|along|down|up|on|hacia|para)[ \t]+"
        ),
        "count_after": re.compile(rf"[ \t]+(?:{quantities})(?!\w)"),
        "number_word_end": re.compile(rf"(?<!\w)(?:{_TAIL_NUMBER_WORDS})$"),
        "distance": re.compile(
            rf"(?:(?:uns|umas|unos|unas|como|about|some)[ \t]+)?(?:\d+|[^\W\d_]+)(?:[ \t]+y[ \t]+medio)?[ \t]+"
            rf"(?:{_alt(d['distance_units'])})(?!\w)"
        ),
        # after a comma (or the two spaces a dropped comma leaves): "…, la del portón negro", "…, the yellow building"
        "refer_of": re.compile(
            r"(?:[ \t]*,|[ \t]{2})[ \t]*(?:(?:la|el|o|a)[ \t]+(?:de|del|da|do|com|con)"
            r"|the[ \t]+one[ \t]+(?:with|by|next[ \t]+to))[ \t]+"
        ),
        # "…, zona R, la que tiene una tienda de gaseosas abajo": the house that has a landmark, referred back; a
        # feature said before ("…, la que tiene el letrero") adds no place
        "refer_that": re.compile(
            r"(?:[ \t]*,|[ \t]{2})[ \t]*(?:la|el|o|a|the[ \t]+one)[ \t]+"
            r"(?=(?:que[ \t]+tiene|que[ \t]+tem|that[ \t]+has)[ \t]+(?:una|un|uma|um|an|a)[ \t])"
        ),
        # "… paradero 10 la calle al costado de la cancha": a street or house named by what it is next to
        "way_bridge": re.compile(
            r"(?:la|el|the|a|o)[ \t]+(?:calle|pasaje|jiron|casa|rua|street|house|road|lane)(?!\w)"
        ),
        "refer_house": re.compile(
            rf"(?:[ \t]*,|[ \t]{{2}})[ \t]*(?:the|la|el|a|o)[ \t]+"
            rf"(?=(?:[^\W\d_]+[ \t]+)?(?:{_alt(d['house_nouns'])})(?!\w))"
        ),
        "look": re.compile(rf"(?:{look})(?!\w)"),
        # round 17: a landmark's number, in figures or words ("la poza número 9", "la bocamina tres", "el puesto de
        # hielo numero nueve"); not a count, an amount or a time after it ("frente a la cancha tres veces")
        "number_tail": re.compile(
            rf"[ \t]+(?:(?:numero|nro\.?|n°|nº|number|#)[ \t]*)?"
            rf"(?:\d+[a-z]?|(?:{_TAIL_NUMBER_WORDS})(?:[ \t]+(?:y[ \t]+)?(?:{_NUMBER_WORDS})){{0,2}})(?![\w.,]\d)(?!\w)"
            rf"(?![ \t]+(?:{quantities})(?!\w))"
        ),
        "color": re.compile(rf"(?:{colors})(?!\w)"),
        "det": re.compile(det),
        "indefinite": re.compile(rf"(?:{_alt(d['indefinite'])})[ \t]+"),
        # not Portuguese "dos/das": Spanish "dos" is a number ("panan dos chicas")
        "of": re.compile(r"(?:de|del|da|do|of)[ \t]+" + det),
        "joiner": re.compile(rf"(?:{_alt(d['joiners'])})[ \t]+"),
        "crossing_joiner": re.compile(rf"(?:{_alt(d['crossing_joiners'])})[ \t]+"),
        "crossing": re.compile(rf"(?<!\w)(?:{_alt(d['crossing_words'])})(?!\w)"),
        "travel": re.compile(
            rf"(?:(?:a|como[ \t]+a|unas|umas|unos|uns|about|some|like)[ \t]+)?(?:(?:media|meia|half[ \t]+an)[ \t]+|"
            rf"(?:\d+|[^\W\d_]+)[ \t]+(?:y[ \t]+media[ \t]+|e[ \t]+meia[ \t]+)?)?(?:{_alt(d['time_units'])})[ \t]+"
            rf"(?:(?:en|de|by|por|in|of|a)[ \t]+)?(?:{_alt(d['vehicles'])})(?!\w)"
        ),
        "river_way": re.compile(
            rf"(?<!\w)(?:{_alt(d['river_ways'])})[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*,?[ \t]*$"
        ),
        # a dwelling told by its looks ("la tercera casa de calamina", "o quartinho dos fundos", "the little storeroom")
        "dwelling": re.compile(
            rf"(?<!\w)(?P<det>(?:el|la|los|las|al|del|the|o|a|na|no|da|do|su|mi|my|her|his|their|un|una|num|numa|um|uma|"
            rf"an|unos|unas|some|uns|umas|os|as)[ \t]+)?"
            rf"(?:(?:{_alt(d['dwelling_leads'] + d['colors'])})[ \t]+)?(?:{_alt(d['dwellings'] + d['kept_dwellings'])})"
            rf"(?:[ \t]+(?:{_alt(d['dwelling_tails'])}|{look}|{colors}|{_alt(d['np_words'])}))*(?!\w)"
        ),
        # a floor said before the unit or room in it ("el segundo piso cuarto 6", "tercer piso, en el cuartico …")
        "floor_lead": re.compile(
            rf"(?<!\w)(?:(?:el|la|the|o)[ \t]+)?(?:{_FLOOR_ORDINALS})[ \t]+(?:piso|floor|andar|planta)[ \t]*,?[ \t]*"
            r"(?:(?:en[ \t]+el|en[ \t]+la|en|in[ \t]+the|on[ \t]+the|no|na)[ \t]+)?$"
        ),
        # round 14: a unit and its number ("oficina 402", "escritório 703", "sala 12", "room 6")
        "unit": re.compile(
            rf"(?:{_alt(d['unit_words'])})[ \t]+(?:(?:n°|nº|no\.?|numero|nro\.?|#)[ \t]*)?"
            rf"(?:\d+[a-z]?(?!\w)|(?:{_NUMBER_WORDS})(?:[ \t]+(?:y[ \t]+)?(?:{_NUMBER_WORDS})){{0,2}}(?!\w)"
            # round 17: a letter names the unit ("el pabellón C", "galpão B"); not a one-letter word (a, e, o, y, i, u)
            r"|[b-df-hj-np-tv-xz](?![\w'’-]))"
        ),
        # "la tercera de la fila", "la cuarta balsa", "the third house": a place's rank in a row
        "ordinal": re.compile(
            rf"(?:(?:[ \t]*,)?[ \t]*(?:la|el|a|o|the)[ \t]+|[ \t]*,[ \t]*)(?:{_alt(d['ordinals'])})[ \t]+"
            # a floor alone is left out, as annotators do ("…, en Gamarra, tercer piso")
            r"(?!(?:piso|floor|andar|planta)(?!\w))"
        ),
        "ordinal_word": re.compile(rf"(?<!\w)(?:{_alt(d['ordinals'])})(?!\w)"),
        # "el que da al patio", "la que no tiene salida", "donde venden chicha", "the one that faces the yard"
        "relative": re.compile(
            r"(?:[ \t]*,)?[ \t]*(?:(?:el|la|o|a|the[ \t]+one)[ \t]+)?(?:que|donde|onde|where|that|which)[ \t]+"
            # not "…, la que tiene el letrero": a feature said before adds no place; "la que no tiene salida" does
            r"(?:no[ \t]+tiene|nao[ \t]+tem|has[ \t]+no|da|faces|queda|fica|venden|vende|hay|sells|sell|looks)[ \t]+"
            r"(?:(?:a[ \t]+la|al|a|hacia|para[ \t]+o|para[ \t]+a|para|to|onto|over|on)[ \t]+)?"
        ),
        # round 17: "… la trocha que está frente al restaurante …", "the lane that runs behind the market": a relative
        # that locates by an anchor (only before one, see _step)
        "relative_at": re.compile(
            r"(?:[ \t]*,)?[ \t]*(?:(?:el|la|o|a|the[ \t]+one)[ \t]+)?(?:que|donde|onde|where|that|which)[ \t]+"
            r"(?:esta|queda|fica|is|sits|stands|runs|va|pasa|passa|da)[ \t]+"
        ),
        # "…, en el callejón que no tiene salida", "en la bajada del malecón": an alley or slope inside the place
        "inside": re.compile(
            rf"(?:en[ \t]+el|en[ \t]+la|en|no|na|in[ \t]+the|on[ \t]+the|at[ \t]+the)[ \t]+"
            rf"(?=(?:(?:{_alt(d['positions'])})[ \t]+)?(?:{_alt(d['way_nouns'] + d['dwellings'])})(?!\w))"
        ),
        # round 17: "…, the bottom one", "…, o de cima", "… la de abajo": a bed or room told by its position
        "the_one": re.compile(
            rf"(?:[ \t]*,)?[ \t]*(?:the[ \t]+(?:{_alt(d['positions'])})[ \t]+one"
            rf"|(?:la|el|o|a)[ \t]+(?:de|del|da|do)[ \t]+(?:{_alt(d['positions'])}))(?!\w)"
        ),
        # round 17: "… 14 la de rejas verdes", "… the one with the green roof": a description that refers back with
        # no comma, only when what follows is the place's looks (a material, a colour, a feature)
        "refer_looks": re.compile(
            rf"[ \t]+(?:(?:la|el|o|a)[ \t]+(?:de|del|da|do|con|com)|the[ \t]+one[ \t]+with)[ \t]+(?={det}"
            rf"(?:(?:{colors})[ \t]+)?(?:{_alt(d['materials'] + d['features'])})(?!\w))"
        ),
        # round 17: a verb of where someone sleeps, lives or is kept, then "en/in/no/na" ("duermo en", "sleeps in")
        "kept_in": re.compile(
            rf"(?<!\w)(?:{_alt(d['locating_verbs'])})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?"
            r"(?:en|in|no|na|em|at|inside)[ \t]+"
        ),
        # "carretera a la cueva de las lechuzas | kilómetro 3": the road a kilometre is on, named by where it goes
        "road_lead": re.compile(
            r"(?<!\w)(?:carretera|camino|trocha|road|estrada|via|pista|rodovia)[ \t]+(?:a|al|hacia|para|to)[ \t]+"
            r"(?:[^\W\d_]+[ \t]+){1,6}$"
        ),
        "part_lead": re.compile(
            rf"(?<!\w)(?:{_alt(d['parts'])})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}[^\W\d_]+[ \t]*,[ \t]*$"
        ),
        "locating": re.compile(
            rf"(?<!\w)(?:{_alt(d['locating_verbs'])})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?"
            rf"(?=(?:{_alt(d['anchors'])})(?!\w))"
        ),
        # round 17: "en el terminal terrestre | al lado del counter número 12": the place a landmark locates, named
        # before it after "en/in/at" (see _named_before)
        "place_before": re.compile(
            r"(?<!\w)(?:en|in|at|no|na|em)[ \t]+(?P<np>(?:el|la|the|o|a)[ \t]+(?:[^\W\d_]+[ \t]+){1,3})$"
        ),
        "junction_lead": re.compile(
            # round 17: a block or row counted along the street or settlement ("la segunda cuadra del jirón …")
            rf"(?<!\w)(?:(?:(?:la|el|a|o|the)[ \t]+)?(?:{_alt(d['ordinals'])})[ \t]+"
            rf"(?=(?:{_alt(d['counted_leads'])})(?!\w)))?"
            rf"(?:{_alt(d['junction_leads'] + d['counted_leads'])})[ \t]+"
            r"(?:de|del|da|do|of|of[ \t]+the|de[ \t]+la)[ \t]+$"
        ),
    }


def _content_word(folded: str, pos: int, after_det: bool = False) -> re.Match[str] | None:
    m = WORD_RE.match(folded, pos)
    if not m:
        return None
    word = m.group()
    if any(word in _data()[key] for key in ("np_words", "materials", "colors", "ordinals", "dwellings")):
        return m
    if word in stop_words() or len(word) < 2 or word in _HERE_THERE:
        return None
    if _patterns()["anchor"].match(folded, pos):
        return None  # round 14: "la tercera de la fila | pegadita a la chata": the next phrase starts

    # a shop named by its trade ("la chanchería", "la carpintería") ends like a verb in -ía but is none
    # round 14: right after an article the word is a noun ("una librería", "uma farmácia"), whatever its ending
    if word.endswith(_VERB_ENDINGS) and not (word.endswith("eria") and len(word) >= 9) and not after_det:
        return None
    return m


def _ends_article(text: str) -> bool:
    """An anchor that ends on its article ("behind the", "ao lado da", "frente al")."""
    words = WORD_RE.findall(text)
    return bool(words) and words[-1] in ("the", "del", "al", "da", "do", "das", "dos", "ao", "aos", "la", "el")


def _landmark_end(folded: str, pos: int, definite: bool = False) -> int | None:
    """The end of a landmark's noun phrase at ``pos`` ("la cancha de fulbito", "un portón de calamina
    verde"): a determiner, up to four content words, "de (la)" + more of them."""
    p = _patterns()
    det = p["det"].match(folded, pos)
    pos = det.end()
    end = None
    words = 0
    while words < _MAX_NP_WORDS:
        m = _content_word(folded, pos, after_det=(bool(det.group()) or definite) and words == 0)
        if (
            not m
            and end is not None
            and not p["refer_looks"].match(folded, end)  # "… the sawmill | the one with …"
            and (named := article_place_end(folded, pos))
        ):
            end = pos = named  # "el paradero la curva": the landmark's name with its article
            pos = end + len(re.match(r"[ \t]*", folded[end:]).group())
            continue
        if not m:
            of = p["of"].match(folded, pos) if end is not None else None
            if of and _content_word(folded, of.end()):
                pos = of.end()
                continue
            break
        end = pos = m.end()
        words += 1
        pos = end + len(re.match(r"[ \t]*", folded[end:]).group())
    if end is not None and (num := p["number_tail"].match(folded, end)):
        end = num.end()  # round 17: "la poza número 9", "la bocamina tres"
    return end


def _step(folded: str, pos: int, spans: list[Span], crossing: bool) -> int | None:
    """Where the address goes on to from ``pos``, or None where it ends."""
    p = _patterns()
    at = _GAP.match(folded, pos).end()
    if at < len(folded) and folded[at] == "\n":
        return None
    by_start = {s.start: s for s in spans}
    nxt = by_start.get(at)
    if nxt is not None and nxt.type == "ADDRESS":
        return nxt.end
    if not folded[pos:at].strip() and (named := article_place_end(folded, at)) is not None:
        return named  # "… cerca del paradero la curva de pamplona": a known place with its article goes on
    for name in ("crossing_joiner", "joiner"):
        if name == "crossing_joiner" and not crossing:
            continue
        j = p[name].match(folded, at)
        nxt = by_start.get(j.end()) if j else None
        if nxt is not None and nxt.type in ("ADDRESS", "LOCATION", "PERSON", "ORGANIZATION"):
            # a name inside an address ("de la Federico Basadre", "and Jerusalén") only when more place follows
            if nxt.type == "ADDRESS" or _step(folded, nxt.end, spans, False) is not None:
                return nxt.end
        # "el paradero de la avenida el sol con revolucion": the other street, whatever its name; not after a
        # number, where "y" goes on with the story ("en el paradero 3 y caminé …")
        after_number = folded[:pos].rstrip()[-1:].isdigit()
        if name == "crossing_joiner" and j and not after_number and (end := _landmark_end(folded, j.end())):
            return end
    m = p["part"].match(folded, at)
    if m and (end := _landmark_end(folded, m.end())):
        return end
    m = p["way_distance"].match(folded, at)
    if m and (end := _landmark_end(folded, m.end())):
        return end  # round 17: "…, entrando 2 kilómetros por el desvío del cementerio"
    m = p["number_tail"].match(folded, pos)
    if m and p["number_word_end"].search(folded, max(0, pos - 20), pos):
        if not re.match(r"[ \t]+(?:numero|nro|n°|nº|number|#)", m.group()):
            return m.end()  # round 17: "la calle los halcones trescientos | diez": a house number said in words
    elif m and re.search(r"[^\W\d_]$", folded[:pos]):
        return m.end()  # round 17: "… al costado de la torre | ocho": the landmark's number after it was found
    m = p["unit"].match(folded, at)
    if m:
        return m.end()  # round 14: "…, sétimo andar, escritório 703", "segundo piso cuarto 4"
    m = p["ordinal"].match(folded, pos)
    if m:  # "… la tercera de la fila", "…, la cuarta balsa"
        of = p["of"].match(folded, m.end())
        end = _landmark_end(folded, of.end() if of else m.end())
        if end is not None:
            return end
    m = p["the_one"].match(folded, pos)
    if m:
        return m.end()  # round 17: "bunk 4, the bottom one", "litera doce la de abajo"
    m = p["refer_looks"].match(folded, pos)
    end = _landmark_end(folded, m.end()) if m else None
    if end is not None:
        return end  # round 17: "… 14 la de rejas verdes", "… the one with the green roof"
    m = p["relative_at"].match(folded, pos)
    anchor = p["anchor"].match(folded, m.end()) if m else None
    if anchor and "\n" not in folded[pos : m.end()] and not p["indefinite"].match(folded, anchor.end()):
        # round 17: "… la trocha que está frente al restaurante …", "the lane that runs behind the market"
        end = _landmark_end(folded, anchor.end(), _ends_article(anchor.group()))
        if end is not None:
            return end
    m = p["relative"].match(folded, pos)
    if m and "\n" not in folded[pos : m.end()] and (end := _landmark_end(folded, m.end())):
        more = re.match(r"[ \t]+(?:y|e|and)[ \t]+[^\W\d_]+(?=[ \t]*(?:[.,;:?!\n]|$))", folded[end:])
        # "… cuarto 4 el que da al patio", "donde venden chicha y juanes"
        return end + (len(more.group()) if more else 0)
    m = p["inside"].match(folded, at)
    if m:
        inside = p["dwelling"].match(folded, m.end())
        # round 17: a level told with its position ("on the lower deck") is read as a landmark
        end = inside.end() if inside else (_landmark_end(folded, m.end()) or _content_word(folded, m.end()).end())
        of = p["of"].match(folded, end)
        if of and _content_word(folded, of.end()):
            end = _landmark_end(folded, of.end()) or end
        return end
    # a bare colour or "de X" describes the landmark or house before it, not a house number
    # ("… 230 rojo de vergüenza", "… 340 de lunes a viernes")
    after_number = folded[:pos].rstrip()[-1:].isdigit()
    m = p["look"].match(folded, at) or p["adjective"].match(folded, at)  # "... bairro vila nova"
    if not m and not after_number:
        m = p["color"].match(folded, at)
    if m:
        return m.end()
    m = p["standalone"].match(folded, at)
    if m:
        return (_landmark_end(folded, m.end()) or m.end()) if m.group("there") else m.end()
    m = p["travel"].match(folded, at)
    if m and "," in folded[pos:at]:
        return m.end()  # "…, a media hora en peque peque": how far the place is, the way's last step
    m = p["distance"].match(folded, at)
    if m and _step(folded, m.end(), spans, False) is not None:
        return m.end()  # "… tahuamanu uns dez quilômetros pela estrada de terra"
    m = p["refer_of"].match(folded, pos)
    end = _landmark_end(folded, m.end()) if m else None
    if end is not None:
        return end  # "…, la del portón negro"
    m = p["refer_house"].match(folded, pos)
    end = _landmark_end(folded, m.end()) if m else None
    if end is not None and _step(folded, end, spans, False) is not None:
        return end  # "…, the yellow building right by the lagoon"; not "…, the blue door" alone, as annotators do
    m = p["refer_that"].match(folded, pos) or p["way_bridge"].match(folded, at)
    if m and _step(folded, m.end(), spans, False) is not None:
        return m.end()
    m = p["floor"].match(folded, at)
    if m and _step(folded, m.end(), spans, False) is not None:
        return m.end()  # "…455, segundo piso, al fondo hay …"; a floor alone is left out, as annotators do
    also = p["and"].match(folded, at)
    if also and (p["anchor"].match(folded, also.end()) or p["standalone"].match(folded, also.end())):
        at = also.end()  # "al costado de la botica y frente al parque": one more landmark
    m = p["anchor"].match(folded, at)
    there = m and (
        m.group("there") or m.group().rstrip().endswith((*_data()["existential"], "que tiene", "que tem", "that has"))
    )
    if m and not (p["indefinite"].match(folded, m.end()) and not there):
        # "pasando huepetuhe" is the way to a town, "al frente de un grifo" any gas station: neither is the place
        end = _landmark_end(folded, m.end(), _ends_article(m.group()))
        if end is not None and not (folded[m.end() : end] in places() and not p["det"].match(folded, m.end()).group()):
            return end
        return None
    of = p["of"].match(folded, at) if "," not in folded[pos:at] and not after_number else None
    if of and _content_word(folded, of.end()):
        return _landmark_end(folded, of.end())  # "la cochera de los mototaxis": the landmark's complement
    return None


def _only_a_way(folded: str, start: int, end: int) -> bool:
    """A last step that only names a road ("… subiendo por la trocha"): every village has one; it locates
    the house only with a landmark after it ("entrando por la trocha a mano derecha donde hay …")."""
    words = WORD_RE.findall(folded, start, end)
    at = _GAP.match(folded, start).end()
    opens = _patterns()["anchor"].match(folded, at) or _patterns()["standalone"].match(folded, at)
    return bool(words) and words[-1] in _data()["generic_ways"] and opens is not None


def _trim(folded: str, start: int, end: int) -> int:
    """An address that stops on a dangling function word ("… el puente de piedra al") ends before it,
    so the phrase it opens ("al lado del eucalipto") can be read whole."""
    words = list(WORD_RE.finditer(folded, start, end))
    while len(words) > 1 and words[-1].end() == end and words[-1].group() in ("al", "a", "de", "del", "y", "en"):
        end = words[-2].end()
        words.pop()
    # round 17: "… the sawmill the one with": the description it opens is read whole ("the one with the green roof")
    tail = [w.group() for w in words[-3:]]
    if len(words) > 3 and words[-1].end() == end and tail == ["the", "one", "with"]:
        end = words[-4].end()
    return end


def _dwelling_before(folded: str, start: int) -> int | None:
    """Where a dwelling told by its looks starts when it ends right before ``start`` (a comma between allowed):
    "la casa de adobe | pegada a la bodega", "the little storeroom | behind the laundry"."""
    window = max(0, start - 90)
    gap = re.search(r"[ \t]*,?[ \t]*$", folded[window:start])
    end = window + gap.start()
    for m in _patterns()["dwelling"].finditer(folded, window, end):
        if m.end() == end and _definite(m):
            return m.start()  # "una casa detrás del terminal": any house, the terminal is the place
    return None


def _definite(m: re.Match[str]) -> bool:
    det = m.group("det")
    return bool(det) and det.strip() not in (
        "su",
        "mi",
        "my",
        "her",
        "his",
        "their",
        "a",
        "un",
        "una",
        "num",
        "numa",
        "um",
        "uma",
        "an",
        "unos",
        "unas",
        "some",
        "uns",
        "umas",
    )


def _told_by_looks(m: re.Match[str]) -> bool:
    """Round 14: "numa sala sem janelas …", "a room with no windows …": a room told by how it is, before an anchor
    and its landmark, is one room even with an indefinite article."""
    text = m.group()
    return any(t in text for t in _data()["dwelling_tails"]) or bool(_patterns()["look"].search(text))


def _floor_before(folded: str, start: int) -> int | None:
    m = _patterns()["floor_lead"].search(folded, max(0, start - 40), start)
    return m.start() if m else None


def _dwelling_seeds(folded: str, spans: list[Span]) -> list[Span]:
    """A definite dwelling right before an anchor and its landmark is a place ("na casa amarela do lado da balsa
    velha", "el cuartico sin ventana al fondo del pasillo"); "la casa de mi mamá" and "una casa frente al parque"
    are not."""
    p = _patterns()
    seeds = []
    for m in p["dwelling"].finditer(folded):
        if not _definite(m) and not _told_by_looks(m):
            continue
        if any(w in _data()["kept_dwellings"] for w in WORD_RE.findall(m.group())):
            continue  # round 17: these open a place only where someone sleeps or is kept (_kept_in_seeds)
        at = _GAP.match(folded, m.end()).end()
        anchor = p["anchor"].match(folded, at)
        side = p["standalone"].match(folded, at)
        if side and not anchor and _definite(m) and _counted(m) and not folded[m.end() : at].count("\n"):
            # round 15: "el segundo cuarto a la derecha (subiendo la escalera)": a room counted and its side
            seeds.append(
                Span("ADDRESS", m.start(), _step(folded, side.end(), [], False) or side.end(), 0.6, "address_chain")
            )
            continue
        if not anchor or p["indefinite"].match(folded, anchor.end()) or folded[m.end() : at].count("\n"):
            continue
        end = _landmark_end(folded, anchor.end())
        if end is not None:
            seeds.append(Span("ADDRESS", m.start(), end, 0.6, "address_chain"))
    return seeds


def _counted(m: re.Match[str]) -> bool:
    """A dwelling said with its rank ("el segundo cuarto", "the third house")."""
    return bool(_patterns()["ordinal_word"].search(m.group()))


def _locating_seeds(folded: str) -> list[Span]:
    """Round 14: after a verb that says where someone or something is ("vive", "la tienen encerrada", "fica",
    "they keep her"), or opening the answer to a where-question, a spatial phrase and the landmark it governs
    are a place, whatever the landmark: "frente al desembarcadero artesanal", "behind the old rice mill". A
    landmark of one word with nothing after it ("cerca de la escuela", "al lado de la carretera") is any
    village's and stays, as does one with no article ("cerca de mi casa", "al frente de un grifo")."""
    p = _patterns()
    seeds = []
    starts = [m.end() for m in p["locating"].finditer(folded)]
    lines = list(re.finditer(r"(?m)^[^\n]*", folded))
    for question, answer in zip(lines, lines[1:], strict=False):
        if re.search(r"(?<!\w)(?:donde|where|onde)(?!\w)", question.group()):
            opening = re.match(r"[^\w\n]*(?:(?:es|is|e|en|in|em|no|na|it's|its)[^\w\n]+)?", answer.group())
            starts.append(answer.start() + len(opening.group()))
    for at in starts:
        anchor = p["anchor"].match(folded, at)
        if not anchor or anchor.group("there") or p["indefinite"].match(folded, anchor.end()):
            continue
        det = p["det"].match(folded, anchor.end())
        if not det.group() and not _ends_article(anchor.group()):
            continue
        end = _landmark_end(folded, anchor.end(), True)
        if end is None:
            continue
        words = WORD_RE.findall(folded, det.end(), end)
        if len([w for w in words if w not in stop_words()]) < 2 and _step(folded, end, [], False) is None:
            continue
        if words and words[-1] in _data()["generic_ways"] and len(words) == 1:
            continue
        seeds.append(Span("ADDRESS", anchor.start(), end, 0.6, "address_chain"))
    # "in cabin 3, the wooden hut at the back": a unit and its number said where someone is, then more place
    for m in p["unit"].finditer(folded):
        before = folded[max(0, m.start() - 8) : m.start()]
        if re.search(r"(?<!\w)(?:in|en|em|no|na|at)[ \t]+(?:(?:the|el|la|o|a)[ \t]+)?$", before):
            end = _step(folded, m.end(), [], False)
            if end is not None:
                seeds.append(Span("ADDRESS", m.start(), end, 0.6, "address_chain"))
            continue
        # round 17: "en el terminal pesquero puesto cuarenta y dos del pasadizo …": a numbered unit right after the
        # place it is in, when more of the place follows; not a count ("en la casa dos días")
        place = re.search(
            r"(?<!\w)(?:in|en|em|no|na|at)[ \t]+(?P<np>(?:the|el|la|o|a)[ \t]+(?:[^\W\d_]{3,}[ \t]+){1,2})$",
            folded[max(0, m.start() - 40) : m.start()],
        )
        if place and not p["count_after"].match(folded, m.end()):
            words = WORD_RE.findall(place.group("np"))
            if any(w in stop_words() and w not in ("the", "el", "la", "o", "a") for w in words):
                continue
            end = _step(folded, m.end(), [], False)
            if end is not None:
                start = m.start() - len(place.group("np"))
                seeds.append(Span("ADDRESS", start, end, 0.6, "address_chain"))
    # "el tercer piso al fondo", "o último andar à direita", "segundo piso cuarto 4": a floor and where on it
    for m in p["floor"].finditer(folded):
        start = m.start()
        lead = re.search(r"(?<!\w)(?:el|la|the|o|a)[ \t]+$", folded[max(0, start - 4) : start])
        if re.match(r"\w", folded[start - 1 : start] or " "):
            continue
        at = _GAP.match(folded, m.end()).end()
        if not any(p[name].match(folded, at) for name in ("standalone", "anchor", "unit")):
            continue  # "el segundo piso de una casa" is any house's
        end = _step(folded, m.end(), [], False)
        if end is not None:
            seeds.append(Span("ADDRESS", start - (len(lead.group()) if lead else 0), end, 0.6, "address_chain"))
    return seeds


def _kept_in_seeds(text: str, folded: str, spans: list[Span]) -> list[Span]:
    """Round 17: the room or shed where someone sleeps, lives or is kept ("duermo en el almacén de la azotea", "they
    keep them in some sheds", "dorme no galpão dos fundos") opens a place, whatever its article, when more of the place
    follows it (a landmark it is next to, the building part it is in: "… al lado de la lavandería", "… on the roof");
    a room alone or with its looks only ("duermo en el cuarto con mi hermana", "una casa de dos pisos") is not."""
    p = _patterns()
    seeds = []
    for lead in p["kept_in"].finditer(folded):
        m = p["dwelling"].match(folded, lead.end())
        if not m or "\n" in folded[lead.start() : m.end()]:
            continue
        noun, det = WORD_RE.findall(m.group())[-1], (m.group("det") or "").strip()
        possessive = det in ("su", "mi", "my", "her", "his", "their")
        if det in _data()["indefinite"] and noun in _data()["any_house"] or possessive:
            continue  # "la tienen en una casa detrás del terminal": any house, the terminal is the place (round 13)
        # two pieces of place at least: its looks or a complement, a landmark, a level, a number ("el almacén de la
        # azotea al lado de la lavandería"); one alone is how anyone says where they sleep ("duermen en un cuarto de
        # tablas", "she sleeps in a storage room on the roof", "duerme en el almacén, detrás de la cocina")
        pieces, end = int(_told_by_looks(m)), m.end()
        for _ in range(3):
            new = _step(folded, end, spans, False)
            if new is None or new <= end:
                break
            # a number or a proper name in the step tells one place: "junto a la poza número 9", "behind the Shell
            # station"
            named = re.search(r"\d|(?<=[ \t])[A-ZÁÉÍÓÚÑ]", text[end:new]) or p["number_tail"].search(folded, end, new)
            pieces += 1 + bool(named)
            end = new
        if pieces >= 2 and not _only_a_way(folded, m.end(), end):
            seeds.append(Span("ADDRESS", m.start(), end, 0.6, "address_chain"))
    return seeds


def _named_before_seeds(text: str, folded: str) -> list[Span]:
    """Round 17: a place named after "en/in/at" and the landmark it is told by ("tiene su oficina en el terminal
    terrestre al lado del counter número 12", "at the food court next to the Starbucks"): only when the landmark is
    told by a number or a proper name, so "en el parque al lado del colegio" stays out."""
    p = _patterns()
    seeds = []
    for anchor in p["anchor"].finditer(folded):
        if re.match(r"\w", folded[anchor.start() - 1 : anchor.start()] or " ") or p["indefinite"].match(
            folded, anchor.end()
        ):
            continue
        end = _landmark_end(folded, anchor.end(), _ends_article(anchor.group()))
        if end is None:
            continue
        told = text[anchor.end() : end]
        if not (re.search(r"\d|(?<![\w.])[A-ZÁÉÍÓÚÑ]", told) or p["number_tail"].search(folded, anchor.end(), end)):
            continue
        lead = p["place_before"].search(folded, max(0, anchor.start() - 50), anchor.start())
        if not lead or "\n" in lead.group():
            continue
        np_end = _landmark_end(folded, lead.start("np"), True)
        if np_end is None or np_end != anchor.start() - len(re.search(r"[ \t]*$", folded[: anchor.start()]).group()):
            continue  # the words between are no landmark of their own
        seeds.append(Span("ADDRESS", lead.start("np"), end, 0.6, "address_chain"))
    return seeds


def chain_addresses(text: str, spans: list[Span]) -> list[Span]:
    folded = fold_same_offsets(text)
    seeds = _dwelling_seeds(folded, spans) + _locating_seeds(folded) + _kept_in_seeds(text, folded, spans)
    seeds += _named_before_seeds(text, folded)
    spans = merge(text, sorted(spans + seeds, key=lambda s: s.start))
    spans = sorted(spans, key=lambda s: s.start)
    out = []
    for span in spans:
        if span.type == "ADDRESS":
            for _ in range(2):  # "el segundo piso cuarto 6", "tercer piso, en el cuartico sin ventana …"
                lead = _dwelling_before(folded, span.start) or _floor_before(folded, span.start)
                if lead is None:
                    break
                span = Span("ADDRESS", lead, span.end, span.score, span.source or "address_chain")
            lead = _patterns()["junction_lead"].search(folded, max(0, span.start - 40), span.start)
            if lead:
                span = Span("ADDRESS", lead.start(), span.end, span.score, span.source or "address_chain")
            part = _patterns()["part_lead"].search(folded, max(0, span.start - 50), span.start)
            if part:  # "Colonia Libertad, | calle Segunda número 1417": the settlement said before the street
                span = Span("ADDRESS", part.start(), span.end, span.score, span.source or "address_chain")
            road = _patterns()["road_lead"].search(folded, max(0, span.start - 60), span.start)
            if road and re.match(r"(?:kilometro|km|kilometer|kilometre|quilometro)", folded[span.start :]):
                span = Span("ADDRESS", road.start(), span.end, span.score, span.source or "address_chain")
            way = _patterns()["river_way"].search(folded, max(0, span.start - 60), span.start)
            if way:
                span = Span("ADDRESS", way.start(), span.end, span.score, span.source or "address_chain")
            end = _trim(folded, span.start, span.end)
            crossing = bool(_patterns()["crossing"].search(folded, span.start, end))
            before = end
            for _ in range(_MAX_STEPS):
                new = _step(folded, end, spans, crossing)
                if new is None or new <= end:
                    break
                before, end = end, new
                crossing = False
            if _only_a_way(folded, before, end):
                end = before
            if end > span.end:
                span = Span("ADDRESS", span.start, end, span.score, span.source or "address_chain")
        out.append(span)
    return merge(text, out)
