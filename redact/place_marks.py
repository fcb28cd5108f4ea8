"""Round 32: the last word that tells a found place apart, said right where the rules stopped.

A described place often ends on its mark: a colour after the thing ("onde tem uma lona [verde]", "el de techo de
calamina [verde]"), a lettered building's letter said as its name ("el puesto ciento veinte del pabellón [be]"), and
in English a looks adjective's noun after a brand's name ("the one with the big yellow [Inca Kola sign]"). Each is
taken only touching a found ADDRESS and only when the place's last word is what it marks (a noun, the building, the
adjective); never across punctuation. After a stall's number, the section of the market it is in ("puesto 214 [de
las juguerías]"). Before a place, a facility named after a person, found as the person ("[el
mercado avelino cáceres] el puesto ciento veinte …", "the José Olaya school, the gate …") is the place's. Lists in
data/place_marks.yaml (colours from address_chain.yaml, letter names and lettered buildings from recognizers.yaml,
facilities from place_names.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets, stop_words
from redact.numbers import word_value
from redact.types import Entity


def _folded(name: str, *keys: str) -> list[str]:
    d = data_yaml(name)
    return [fold(w) for k in keys for w in d[k]]


@cache
def _patterns() -> dict:
    d = data_yaml("place_marks.yaml")
    recognizers = data_yaml("recognizers.yaml")["recognizers"]
    address = recognizers["address"]["params"]
    letters = {fold(w) for w in recognizers["plate"]["params"]["letter_names"]} - set(
        _folded("place_marks.yaml", "not_letters")
    )
    n = int(d["max_name_words"])
    colours = _folded("address_chain.yaml", "colors") + _folded("place_marks.yaml", "more_colors")
    looks = _folded("place_marks.yaml", "looks_adjectives") + colours
    nouns = alternation(_folded("place_marks.yaml", "looks_nouns"))
    stalls = alternation(_folded("place_marks.yaml", "stalls"))
    joiners = alternation(_folded("place_marks.yaml", "section_joiners"))
    return {
        # "puesto 214 | de las juguerías": a number said in digits or words after a stall's noun ends the place
        "stall_end": re.compile(rf"(?<!\w)(?:{stalls})[ \t]+(?:n[°º.]?[ \t]*)?\d+[a-z]?\Z"),
        "stall_words_end": re.compile(rf"(?<!\w)(?:{stalls})(?:[ \t]+[^\W\d_]+){{1,4}}\Z"),
        "section": re.compile(
            rf"[ \t]+(?:{joiners})[ \t]+(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{int(d['section_words']) - 1}}})"
        ),
        "kind_end": re.compile(rf"(?<!\w)(?:{alternation(_folded('place_names.yaml', 'named_kinds'))})[ \t]+\Z"),
        "colour": re.compile(rf"[ \t]+(?:{alternation(colours)})(?!\w)"),
        "building_end": re.compile(rf"(?<!\w)(?:{alternation(fold(w) for w in address['lettered_buildings'])})\Z"),
        "letter": re.compile(rf"[ \t]+(?:{alternation(letters)}|[b-df-hj-np-tv-xz])(?!\w)"),
        "looks_end": re.compile(rf"(?<!\w)(?:{alternation(looks)})\Z"),
        "looks_noun": re.compile(rf"(?:[ \t]+[^\W\d_][\w'’-]*){{0,{n}}}?[ \t]+(?:{nouns})(?!\w)"),
    }


def _last_word(folded: str, start: int, end: int) -> str:
    m = re.search(r"([^\W\d_]+)\W*\Z", folded[start:end])
    return m.group(1) if m else ""


def _stall_number_end(head: str, p: dict) -> bool:
    """Whether a found place ends on a stall's number, in digits or in words ("puesto 214", "puesto ciento doce")."""
    if p["stall_end"].search(head):
        return True
    m = p["stall_words_end"].search(head)
    return bool(m) and all(word_value(w) is not None or w in ("y", "e", "mil") for w in m.group().split()[1:])


def mark_places(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each ADDRESS taking the mark said right after it (see the module's docstring)."""
    folded = fold_same_offsets(text)
    p = _patterns()
    out = []
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    for i, e in enumerate(ordered):
        nxt = next((o for o in ordered[i + 1 :] if o.start >= e.end), None)
        if (
            e.type == "PERSON"
            and nxt is not None
            and nxt.type == "ADDRESS"
            and re.fullmatch(r"[ \t]*,?[ \t]*", text[e.end : nxt.start])
            and (k := p["kind_end"].search(folded, max(0, e.start - 40), e.start))
        ):
            e = Entity("ADDRESS", k.start(), e.end, e.score)  # "el mercado avelino cáceres | el puesto …"
        if e.type == "ADDRESS" and folded[e.end - 1 : e.end].isalnum():
            end = e.end
            last = _last_word(folded, e.start, end)
            head = folded[e.start : end]
            if p["building_end"].search(head) and (m := p["letter"].match(folded, end)):
                end = m.end()  # "del pabellón be", "bloque jota"
            elif (
                p["looks_end"].search(head)
                and (m := p["looks_noun"].match(folded, end))
                and not any(w in stop_words() for w in m.group().split()[:-1])
            ):
                end = m.end()  # "the big yellow | Inca Kola sign", not "… yellow and then the door"
            elif last and last not in stop_words() and (m := p["colour"].match(folded, end)):
                end = m.end()  # "una lona | verde"
            elif (m := p["section"].match(folded, end)) and _stall_number_end(head, p):
                words = m.group("words").split()
                kept = next((i for i, w in enumerate(words) if w in stop_words()), len(words))
                if kept:  # "puesto 214 | de las juguerías", not "… de las que"
                    end = m.start("words") + len(" ".join(words[:kept]))
            if end != e.end:
                e = Entity("ADDRESS", e.start, end, e.score)
        out.append(e)
    return out
