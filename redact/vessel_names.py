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
from redact.lexicon import alternation, fold_same_offsets, mostly_lowercase
from redact.numbers import word_value
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


@cache
def _lowercase() -> dict:
    data = data_yaml("vessels.yaml")
    return {
        "called": re.compile(rf"(?<!\w)(?:{alternation(data['called'])})[ \t]+"),
        "kind": re.compile(rf"(?<!\w)(?:{alternation(data['kinds'])})(?!\w)"),
        "not_name": set(data["not_name_words"]) | set(data_yaml("where_answer.yaml")["stops"]),
    }


# words that join a name's parts ("santa rosa de los ríos dos")
_LINKS = frozenset({"del", "de", "la", "los", "las", "da", "do", "dos", "das", "of", "the"})


def _lowercase_names(text: str, folded: str, p: dict) -> list[tuple[int, int]]:
    """Round 30: names with no capitals told by the number at their end ("la lancha santa rosalía dos")."""
    low = _lowercase()
    if not mostly_lowercase(text):
        return []
    starts = [m.end() for m in p["kind"].finditer(folded)]
    starts += [
        m.end()
        for m in low["called"].finditer(folded)
        if low["kind"].search(folded, max(0, m.start() - 150), m.start())
    ]
    found = []
    for at in starts:
        tokens = list(re.finditer(r"[^\W\d_]+", folded[at : at + 80]))
        for i in range(1, min(5, len(tokens))):
            if folded[at + tokens[i - 1].end() : at + tokens[i].start()].strip(" \t"):
                break  # a comma or a sentence's end: no name goes on past it
            n = tokens[i].group()
            value = word_value(n)
            numbered = (value is not None and value[0] in ("unit", "teen", "ten") and 1 < value[1] <= 20) or bool(
                re.fullmatch(r"i{2,3}|iv|vi{0,3}|ix|x", n)
            )
            if not numbered:
                continue
            words = [t.group() for t in tokens[:i]]
            inner_ok = all(w in _LINKS or w not in low["not_name"] for w in words[1:-1])
            if (
                words[0] in low["not_name"]
                or words[-1] in low["not_name"]
                or not inner_ok
                or any(word_value(w) is not None for w in words)
            ):
                break
            # the number is the name's, not a count: no noun after it ("la lancha … dos chicos")
            after = re.match(r"[ \t]+([^\W\d_]+)", folded[at + tokens[i].end() :])
            if after and after.group(1) not in low["not_name"]:
                break
            found.append((at + tokens[0].start(), at + tokens[i].end()))
            break
    return found


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
    found += _lowercase_names(text, folded, p)
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
