"""Round 29: a name said again in another spelling is the same name.

Callers correct a name or hedge over how it is written, right after saying it: "se llamaba yesenia no jessenia con
jota", "huayta creo que es huayta o guaita", "her name is Jhon, sorry, Jon". The first form is found (a listed name,
a cue before it); the second is a word nobody lists and no cue precedes, so it stayed readable. What ties it to the
first is the dialogue move (a correction or "o/or" right after a name) and the sound: the word after the cue is the
same kind of word as the name before it when the two sound nearly alike (``lexicon.sound_key``: z/s, c/k/qu, v/b,
ll/y, silent h; at most two edits apart) and it is no dictionary word ("maría o mar", "rosa no roja" are not
joined: the second is an ordinary word). Data in data/name_repairs.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets, looks_unknown, sound_key
from redact.types import Entity

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _patterns() -> dict:
    d = data_yaml("name_repairs.yaml")
    return {
        "cue": re.compile(rf"[ \t,]*(?:(?:{alternation([fold(w) for w in d['cues']])})(?!\w)[ \t,]*)+"),
        "max_edits": d["max_edits"],
        "min_letters": d["min_letters"],
    }


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def sounds_alike(said: str, again: str) -> bool:
    """``again`` is ``said`` in another spelling: nearly the same sound, not the same word."""
    p = _patterns()
    a, b = sound_key(said), sound_key(again)
    if fold(said) == fold(again) or len(b) < p["min_letters"] - 1 or len(again) < p["min_letters"]:
        return False
    return _edits(a, b) <= min(p["max_edits"], max(len(a), len(b)) // 3)


def repair_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities plus the word after a correction cue that is a found name said again in another spelling."""
    p = _patterns()
    folded = fold_same_offsets(text)
    new: list[Entity] = []
    for e in entities:
        if e.type != "PERSON":
            continue
        last = list(_WORD.finditer(text, e.start, e.end))
        if not last:
            continue
        cue = p["cue"].match(folded, e.end)
        if not cue or "\n" in text[e.end : cue.end()] or cue.end() == e.end:
            continue
        word = _WORD.match(text, cue.end())
        if not word or any(o.start <= word.start() and word.end() <= o.end for o in entities + new):
            continue
        again = word.group()
        if not looks_unknown(again):  # "rosa no roja", "maria o mar": an ordinary word is no spelling of the name
            continue
        # round 31: any of its words, not only the last ("rutilio huamaní eh rutilo": the first name read again)
        if any(sounds_alike(w.group(), again) for w in last):
            new.append(Entity("PERSON", word.start(), word.end(), e.score))
    if not new:
        return entities
    return sorted(entities + new, key=lambda e: (e.start, e.end))
