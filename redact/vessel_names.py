"""Round 26: a boat told by its name is a place (data in ``data/vessels.yaml``).

On rivers and at sea the place a victim is held or carried is a boat, and writers mark its name as an ADDRESS: "la
lancha Reina del Marañón II, la que atraca al fondo del puerto", "the cook on the Lian Sheng 27, moored at berth 5".
The name came out as a firm or a person, or not at all, and the kind before it stayed readable. A name is a boat's when
a boat's kind is said right before it (maybe with "llamada/called"), or a berthing word right after it ("moored",
"fondeada", "que atraca"): nothing but a boat is said to be moored. The name is a finding that starts there or words
in capitals, with a number or a Roman numeral at the end; the result is one ADDRESS from the article before the kind
(or before the name) to the name's end, and the place bridge then joins it to the berth said after it.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold_same_offsets
from redact.second_look import SWEEP_SCORE
from redact.types import Entity

_CAP = r"[A-ZÁÉÍÓÚÑÜ][\wÁÉÍÓÚÑÜáéíóúñü'-]*"
_LINK = r"(?:del|de la|de los|de|do|da|dos|das|of the|of|y|e)"


@cache
def _patterns() -> dict:
    data = data_yaml("vessels.yaml")
    n = int(data["max_name_words"]) - 1
    name = rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)?{_CAP}){{0,{n}}}(?:[ \t]+(?:\d{{1,4}}|[IVX]{{1,4}}))?(?![\w-])"
    article = r"(?:(?:el|la|los|las|un|una|the|a|an|o|um|uma|en|on|in|aboard|on board)[ \t]+)?"
    return {
        "kind": re.compile(
            rf"(?<!\w)(?i:{article}(?:{alternation(data['kinds'])})(?:[ \t]+(?:{alternation(data['namers'])}))?)"
            r"[ \t]*[,:]?[ \t]*[\"“]?"
        ),
        "name": re.compile(name),
        "berthing": re.compile(rf"[ \t]*,?[ \t]*(?i:{alternation(data['berthing'])})(?!\w)"),
        "before_name": re.compile(r"(?i:(?:the|el|la|a|o)[ \t]+)$"),
    }


def find_vessels(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each boat's name (and its kind) an ADDRESS; what it covers is dropped."""
    p = _patterns()
    folded = fold_same_offsets(text)
    found: list[tuple[int, int]] = []
    for m in p["kind"].finditer(folded):
        name = p["name"].match(text, m.end())
        if name and "\n" not in text[m.start() : name.end()]:
            found.append((m.start(), name.end()))
    for m in p["berthing"].finditer(folded):
        # the name right before a berthing word: capitals (and a number) ending where it starts
        line_start = text.rfind("\n", 0, m.start()) + 1
        for cand in p["name"].finditer(text, line_start, m.start()):
            if cand.end() == m.start() and cand.start() > line_start:
                start = cand.start()
                art = p["before_name"].search(folded, max(0, start - 5), start)
                found.append((art.start() if art else start, cand.end()))
    if not found:
        return entities
    out = list(entities)
    for a, b in found:
        if any(o.type == "ADDRESS" and o.start <= a and b <= o.end for o in out):
            continue
        # a name already found as a firm (round 8: "la motonave Henry V") keeps its type; its kind and article
        # before it become the ADDRESS, so every letter is hidden either way
        inside = [o for o in out if a <= o.start and o.end <= b]
        firm = next((o for o in inside if o.type == "ORGANIZATION"), None)
        out = [o for o in out if o not in inside or o is firm]
        end = firm.start if firm else b
        while end > a and text[end - 1] in ' \t,:"“':
            end -= 1
        if end > a:
            out.append(Entity("ADDRESS", a, end, SWEEP_SCORE))
    return sorted(out, key=lambda e: (e.start, e.end))
