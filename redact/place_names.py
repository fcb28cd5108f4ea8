"""Round 31: what names or marks one place among many, said at the edge of a place the rules found.

A found place often stops one phrase short of what tells which one it is. After a facility many towns have, its own
name ("el puesto 58 … del mercado [Modelo de Imperial]", "del mercado [modelo]", "de la asociación [Los Jazmines]",
which spaCy may take for a firm) or a church's dedication ("la capilla [del señor de la exaltación]"); before a
complex, the part of it told by a number or a letter ("[Tower 2 of] the Residencial Mar Azul", "[la torre B del]
condominio …"), or the thing there said with "de la" ("[la banca de la] plaza al lado de …"); after a comma, the door
told by its looks ("…, [el portón marrón con la moto pintada]"). Each is taken only touching a found ADDRESS (a
dedication also after a landmark found alone). In cased text a name is capitalised words (with "de/del/la" between
them); in lowercase speech one word after the kind that no dictionary knows, a listed name or place, or a word such
places are called by ("central", "mayorista"), never a verb ("del mercado vende ropa"). Lists in
data/place_names.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import (
    alternation,
    fold,
    fold_same_offsets,
    is_name_word,
    looks_unknown,
    mostly_lowercase,
    places,
    stop_words,
)
from redact.numbers import word_value
from redact.types import Entity

_NAME_TYPES = ("ORGANIZATION", "LOCATION", "PERSON", "ADDRESS")
# a capitalised name, with the particles callers say inside one ("Modelo de Imperial", "Santa Rosa de Lima")
_CASED_NAME = re.compile(
    r"[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*(?:[ \t]+(?:(?:de|del|la|las|los|da|do)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}"
)
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@cache
def _data() -> dict:
    d = {k: [fold(w) for w in v] for k, v in data_yaml("place_names.yaml").items()}
    kinds = alternation(d["named_kinds"])
    # a dedication after the kind ("del señor de la exaltación", "de la virgen del carmen", "of Saint Jude")
    d["dedication"] = re.compile(
        rf"[ \t]+(?:del|de[ \t]+la|de|do|da|of)[ \t]+(?:{alternation(d['saints'])})"
        r"(?:[ \t]+(?:de|del|da|do|dos|das|of))?"
        rf"(?:[ \t]+(?:la|los|las|el|the|o|a|os|as))?[ \t]+(?!(?:{alternation(sorted(stop_words()))})(?!\w))[^\W\d_]+"
    )
    d["kind_end"] = re.compile(rf"(?<!\w)(?:{kinds})[ \t]*\Z")
    # the kind said right after a place that lies in it, its name to follow ("el puesto 23 del pasadizo de las
    # carnes [del mercado] Santa Rosa")
    d["kind_after"] = re.compile(rf"[ \t]*,?[ \t]*(?:{alternation(d['part_joiners'])})[ \t]+(?:{kinds})(?!\w)")
    # the part: its article, its noun, its number or letter (figures, one capital or letter name, number words)
    d["part"] = re.compile(
        rf"(?<!\w)(?:(?:el|la|the|o|a)[ \t]+)?(?:{alternation(d['parts'])})\.?[ \t]+"
        rf"(?P<n>\d{{1,4}}[a-z]?|[a-z]|[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}})[ \t]*,?[ \t]+"
        rf"(?:{alternation(d['part_joiners'])})[ \t]*\Z"
    )
    lead_nouns = [fold(w) for w in data_yaml("place_lead.yaml")["lead_nouns"]]
    d["thing_at"] = re.compile(
        rf"(?<!\w)(?:el|la|los|las|the|o|a|os|as)[ \t]+(?:{alternation(d['things_at'] + lead_nouns)})[ \t]+"
        rf"(?:{alternation(d['things_joiners'])})[ \t]*\Z"
    )
    chain = data_yaml("address_chain.yaml")
    looks = alternation([fold(w) for w in chain["colors"] + chain["materials"]])
    d["door"] = re.compile(
        rf"[ \t]*,[ \t]*(?:(?:el|la|the|a|o)[ \t]+)?(?:{alternation(d['doors'])})"
        rf"(?:[ \t]+(?:de[ \t]+)?(?:{looks}))+(?!\w)"
        rf"(?P<having>[ \t]+(?:{alternation(d['door_having'])})(?:[ \t]+(?:el|la|los|las|the|a|o|un|una|uma|um))?"
        rf"(?:[ \t]+[^\W\d_]+){{1,3}})?"
    )
    return d


def _door_end(folded: str, end: int) -> int:
    """Where the door told by its looks right after a place ending at ``end`` ends (``end`` when none)."""
    m = _data()["door"].match(folded, end)
    if not m:
        return end
    if not m.group("having"):
        return m.end()
    # what the door has ends at the first stop word after its first content word ("con la moto pintada. Somos …")
    stop = m.start("having")
    for w in re.finditer(r"[^\W\d_]+", m.group("having")):
        if w.group() in stop_words() and stop > m.start("having") + 4:
            break
        if w.group() not in stop_words():
            stop = m.start("having") + w.end()
    return stop


def _name_end(text: str, folded: str, end: int, entities: list[Entity]) -> int:
    """Where the name said right after a kind ending at ``end`` ends (``end`` when none is)."""
    d = _data()
    if dedication := d["dedication"].match(folded, end):
        return dedication.end()
    # a found name right after the kind is its name, whatever the tagger called it
    for e in entities:
        if e.type in _NAME_TYPES and 0 < e.start - end <= 2 and not text[end : e.start].strip():
            return e.end
    if not mostly_lowercase(text):
        m = _CASED_NAME.match(text, end)
        return m.end() if m else end
    m = _WORD.match(folded, end)
    if not m:
        return end
    word = m.group(1)
    if word in d["saints"] and (saint := _WORD.match(folded, m.end())) and saint.group(1) not in stop_words():
        return saint.end()  # "del mercado santa rosa"
    if word in stop_words() or word_value(word) is not None or len(word) < 3:
        return end
    if word in d["kind_names"] or looks_unknown(word) or is_name_word(word) or word in places():
        return m.end()
    return end


def _part_start(folded: str, start: int) -> int:
    """Where the part of a complex said right before a place starting at ``start`` opens (``start`` when none)."""
    m = _data()["part"].search(folded[max(0, start - 60) : start])
    if not m:
        return start
    n = m.group("n")
    # the part's mark: figures, one letter, or words that are all numbers ("torre dos", "bloque veinte y uno")
    if not (n[0].isdigit() or len(n) == 1 or all(word_value(w) is not None or w == "y" for w in n.split())):
        return start
    return max(0, start - 60) + m.start()


def _thing_start(folded: str, start: int) -> int:
    """Where a thing at the place said right before it with "de la / del" opens (``start`` when none)."""
    m = _data()["thing_at"].search(folded[max(0, start - 40) : start])
    return max(0, start - 40) + m.start() if m else start


def name_places(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each ADDRESS grown over its facility's name after it and its complex's part before it."""
    folded = fold_same_offsets(text)
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        if e.type == "LOCATION" and _data()["kind_end"].search(folded[e.start : e.end]):
            # a landmark found alone ("la capilla") takes its own name too ("… del señor de la exaltación")
            end = max(e.end, _name_end(text, folded, len(text[: e.end].rstrip()), entities))
            out.append(Entity(e.type, e.start, end, e.score) if end > e.end else e)
            continue
        if e.type != "ADDRESS":
            out.append(e)
            continue
        start, end = _part_start(folded, e.start), e.end
        start = _thing_start(folded, start)
        if _data()["kind_end"].search(folded[e.start : e.end]):
            end = max(end, _name_end(text, folded, len(text[: e.end].rstrip()), entities))
        elif (
            (kind := _data()["kind_after"].match(folded, e.end))
            # a district or a firm found with its kind ("…, de Villa El Salvador") keeps its own type
            and not any(o.type != "ADDRESS" and o.start <= kind.end() - 1 < o.end for o in entities)
            and (named := _name_end(text, folded, kind.end(), entities)) > kind.end()
        ):
            end = named
        end = _door_end(folded, end)
        out.append(Entity("ADDRESS", start, end, e.score) if (start, end) != (e.start, e.end) else e)
    # what the grown places now cover goes with them
    grown = [e for e in out if e.type == "ADDRESS"]
    return sorted(
        (e for e in out if not any(g is not e and g.start <= e.start and e.end <= g.end for g in grown)),
        key=lambda e: (e.start, e.end),
    )
