"""Round 28: the pieces that close a place the rules found.

A place found by its street, its unit or its answer to "¿dónde?" often goes on with pieces said of nothing but a
place: a floor ("…, cuarto piso", "del segundo patio", "no segundo convés"), a part of a building or a boat ("del
sótano"), a door or a unit with its side ("door on the left", "el departamento del fondo", "do lado da popa") and a
unit's number ("el 402"). heldout40-41's writers mark them with the place; left readable they tell which door. Each
piece is taken only right after an ADDRESS, after a comma or a joiner, one at a time; anything else ends the run.
Lists in data/place_tail.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets
from redact.numbers import word_value
from redact.types import Entity


@cache
def _data() -> dict[str, list[str]]:
    return {k: [fold(w) for w in v] for k, v in data_yaml("place_tail.yaml").items()}


@cache
def _piece() -> re.Pattern:
    d = _data()
    ordinals = alternation([fold(w) for w in data_yaml("second_look.yaml")["place"]["ordinals"]])
    side = (
        rf"(?:[ \t]+(?:(?:de|del|da|do|on|at|in|to)[ \t]+)?(?:(?:la|el|the|a|o)[ \t]+)?(?:lado[ \t]+(?:de|da|do)[ \t]+"
        rf"(?:la|el|a|o)[ \t]+)?(?:{alternation(d['sides'])}))"
    )
    piece = (
        rf"(?:{ordinals})[ \t]+(?:{alternation(d['levels'])})"
        rf"|(?:{alternation(d['parts'])})"
        rf"|(?:{alternation(d['things'])}){side}"
        rf"|(?:lado|side)[ \t]+(?:de|da|do|of)[ \t]+(?:la|el|a|o|the)[ \t]+(?:{alternation(d['sides'])})"
        rf"|\d{{1,4}}[a-z]?"
        # the row a stall or a boat is in ("el puesto 47 de la fila de las frazadas")
        rf"|(?:fila|hilera|row|fileira)(?:[ \t]+(?:de|of|da|do)[ \t]+(?:las|los|la|el|the|as|os)[ \t]+[^\W\d_]+)?"
    )
    return re.compile(
        rf"[ \t]*(?:,[ \t]*)?(?:(?:{alternation(d['joiners'])})[ \t]+)?(?:{piece})(?!\w)",
    )


_NUMBER_WORDS = r"(?:\d{1,4}|[^\W\d_]+(?:[ \t]+(?:y|e|and)?[ \t]*[^\W\d_]+){0,3})"


@cache
def _market() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    markets = alternation(d["markets"])
    numbered = re.compile(
        rf"(?<!\w)(?:(?:el|la|the|o|a)[ \t]+)?(?:{markets})[ \t]+(?:numero|nro|n°|no\.|number)[ \t]*"
        rf"(?P<n>{_NUMBER_WORDS})"
    )
    stall = re.compile(
        rf"(?<!\w)(?:(?:el|la|the|o|a)[ \t]+)?(?:{alternation(d['stalls'])})[ \t]+(?:(?:numero|nro|number)[ \t]+)?"
        rf"(?P<n>{_NUMBER_WORDS})"
    )
    return numbered, stall, re.compile(rf"(?<!\w)(?:{markets})(?!\w)")


@cache
def _ranking() -> re.Pattern:
    """A place in a ranking is no stall ("quedó en el puesto 2 de la feria"): place_description's ranking verbs."""
    params = data_yaml("recognizers.yaml")["recognizers"]["place_description"]["params"]
    verbs = [fold(w) for w in params["ranking_verbs"]]
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})(?!\w)[^.!?\n]*\Z")


def _number_end(m: re.Match) -> int | None:
    """Where the number said in group ``n`` ends: digits, or the number words that open it."""
    n = m.group("n")
    if n[0].isdigit():
        return m.end()
    end = None
    for w in re.finditer(r"[^\W\d_]+", n):
        if w.group() in ("y", "e", "and") and end is not None:
            continue
        if word_value(w.group()) is None:
            break
        end = m.start("n") + w.end()
    return end


def _markets(folded: str) -> list[Entity]:
    numbered, stall, market = _market()
    found = []
    for m in numbered.finditer(folded):
        if (end := _number_end(m)) is not None:
            found.append(Entity("ADDRESS", m.start(), end, 0.5))
    for m in stall.finditer(folded):
        line_start, line_end = folded.rfind("\n", 0, m.start()) + 1, folded.find("\n", m.end())
        line_end = len(folded) if line_end < 0 else line_end
        near = folded[max(line_start, m.start() - 50) : min(line_end, m.end() + 50)]
        if _ranking().search(folded[max(line_start, m.start() - 40) : m.start()]):
            continue
        if market.search(near) and (end := _number_end(m)) is not None:
            found.append(Entity("ADDRESS", m.start(), end, 0.5))
    return found


def close_places(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each ADDRESS grown over the pieces that close it (see the module's docstring)."""
    folded = fold_same_offsets(text)
    new = [n for n in _markets(folded) if not any(e.start <= n.start and n.end <= e.end for e in entities)]
    if new:
        merged: list[Entity] = []
        for e in sorted(entities + new, key=lambda e: (e.start, e.end)):
            last = merged[-1] if merged else None
            # places that overlap, or touch over nothing but spaces and commas, are one (the gap is empty when they
            # overlap)
            if last and last.type == e.type == "ADDRESS" and not text[last.end : e.start].strip(" \t,"):
                merged[-1] = Entity("ADDRESS", last.start, max(last.end, e.end), max(last.score, e.score))
            else:
                merged.append(e)
        entities = merged
    out: list[Entity] = []
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    for e in ordered:
        if out and e.start < out[-1].end and e.end <= out[-1].end:
            continue  # swallowed by the place before it
        if e.type != "ADDRESS":
            out.append(e)
            continue
        end = e.end
        for _ in range(6):
            m = _piece().match(folded, end)
            # a bare number needs a comma or an article before it ("…, el 402"), not a count ("… 2 chicas")
            if not m or (m.group().strip()[-1:].isdigit() and not re.search(r",|(?:el|the|o)[ \t]", m.group())):
                break
            end = m.end()
        if end > e.end:
            out = [o for o in out if not (o.start >= e.start and o.end <= end)]
            out.append(Entity("ADDRESS", e.start, end, e.score))
        else:
            out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))
