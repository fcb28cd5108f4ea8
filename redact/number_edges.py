"""Round 21: the edges of an identifier said aloud.

The number rules find the digits; the words around them that belong to the identifier were left readable, and
each gives part of it away:

* the plus sign said as a word before a phone's country code ("plus 91 98470 21365");
* an ID's letter said before its digits, alone or told by a word as in spelling ("ve, treinta y un millones …",
  "R as in Romeo, three zero five …"); never a letter name that is an everyday word ("a", "de", "te");
* in cased text, the issuing place's code in capitals right after an ID ("9384112 LP").

Words lists are data (``data/number_edges.yaml``). Each move only grows an identifier; a finding it grows over (the
"Romeo" of "R as in Romeo") is dropped, as that part now belongs to the identifier.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold_same_offsets, mostly_lowercase
from redact.spelling import LETTER_NAMES
from redact.types import Entity

_NUMBERS = ("PHONE_NUMBER", "ID_NUMBER", "OTHER_ID")
_IDS = ("ID_NUMBER", "OTHER_ID")


@cache
def _data() -> dict:
    return data_yaml("number_edges.yaml")


@cache
def _plus_before() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _data()["plus_words"])  # as written: alternation() folds accents
    return re.compile(rf"(?<!\w)(?:{words})[ \t]+$", re.IGNORECASE)


@cache
def _not_letters() -> frozenset[str]:
    return frozenset(_data()["not_letters"])


@cache
def _letter_before() -> re.Pattern:
    """An ID's letter right before its digits: a single letter or a letter name, maybe told by a word ("R as in
    Romeo"), then a comma or a colon at most."""
    names = sorted(set(LETTER_NAMES) - _not_letters() - {k for k in LETTER_NAMES if " " in k})
    letter = rf"(?:[^\W\d_]|{alternation(names)})"
    told = rf"(?:[ \t]+(?:{alternation(_data()['spelled_by'])})[ \t]+[^\W\d_]+)?"
    return re.compile(rf"(?<![\w'’])(?P<letter>{letter}){told}[ \t]*[,:]?[ \t]+$")


@cache
def _suffix_after() -> re.Pattern:
    return re.compile(rf"[ \t]+[A-Z]{{2,{int(_data()['id_suffix_max_letters'])}}}(?![\w'’])")


def widen_number_edges(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each identifier's spoken edges taken in (see the module's docstring)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    folded = fold_same_offsets(text)
    cased = not mostly_lowercase(text)
    grown: list[Entity] = []
    for e in ordered:
        start, end = e.start, e.end
        if e.type == "PHONE_NUMBER" and (plus := _plus_before().search(text, max(0, start - 10), start)):
            start = plus.start()
        elif e.type in _IDS and (letter := _letter_before().search(folded, max(0, start - 40), start)):
            single = len(letter.group("letter")) == 1
            # a single letter only as a capital in cased text ("R as in Romeo"); "é 814 553" is a verb
            if not single or (
                cased and text[letter.start()].isupper() and letter.group("letter") not in _not_letters()
            ):
                start = letter.start()
        if e.type in _IDS and cased and (suffix := _suffix_after().match(text, end)):
            end = suffix.end()
        grown.append(Entity(e.type, start, end, e.score))
    out = []
    for e in grown:
        if any(g is not e and g.type in _NUMBERS and g.start <= e.start and e.end <= g.end and g != e for g in grown):
            if e.type not in _NUMBERS:
                continue  # "R as in [Romeo]": the word that told the letter is part of the ID now
        out.append(e)
    return out
