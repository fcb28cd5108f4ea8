"""Round 22: the floor a unit or a room is on belongs to it (data in ``data/floor_of_place.yaml``).

heldout30-31 left the floor readable after a unit the rules found ("el apartamento 402 [del cuarto piso]", "el stand
318 [del tercer piso de la galería] Santa Lucía") and before a room the room finder found ("[the third floor,] the room
at the back"): a place description that ends at a place noun costs little precision, as a floor is said of nothing but
a place. Two moves, each only growing an ADDRESS:

* after a unit or room (its last noun before the number is one of ``units``, or room_finder's rooms), "del / on the"
  + an ordinal + a floor noun, then maybe the building it is in ("de la galería", "of the hotel") and its name as a
  finding or in capitals; a finding the move grows over (the "Santa Lucía" typed a person) is dropped;
* right before a room (room_finder's rooms), an ordinal and a floor and a comma ("the third floor, the room …").

A floor said alone after a street address ("… 455, segundo piso") is round 8's and the address chain's.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets
from redact.types import Entity


@cache
def _data() -> dict:
    return data_yaml("floor_of_place.yaml")


@cache
def _ordinals() -> str:
    return alternation(data_yaml("second_look.yaml")["place"]["ordinals"])


@cache
def _rooms() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("rooms.yaml")["rooms"])


@cache
def _units() -> frozenset[str]:
    return frozenset(fold(w) for w in _data()["units"]) | _rooms()


@cache
def _floor_after() -> re.Pattern:
    d = _data()
    return re.compile(
        rf"[ \t]*,?[ \t]*(?:{alternation(d['joiners'])})[ \t]+(?:{_ordinals()})[ \t]+(?:{alternation(d['floors'])})\b"
        rf"(?P<building>[ \t]+(?:{alternation(d['building_joiners'])})[ \t]+(?:(?:la|el|the|o|a)[ \t]+)?"
        rf"(?:{alternation(d['buildings'])})\b)?"
    )


@cache
def _floor_before_room() -> re.Pattern:
    return re.compile(
        rf"(?:(?:el|la|the|o|a)[ \t]+)?(?:{_ordinals()})[ \t]+(?:{alternation(_data()['floors'])})[ \t]*,[ \t]*$"
    )


@cache
def _capitalised_name() -> re.Pattern:
    n = int(_data()["max_name_words"])
    return re.compile(
        rf"[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:[ \t]+(?:de|del|la|los|las|[A-ZÁÉÍÓÚÑ][\w'’.-]*)){{0,{n - 1}}}"
    )


def _nouns(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[^\W\d_]+", text)]


def _told_by_unit(text: str, e: Entity) -> bool:
    """The address names a unit or a room ("el apartamento 402", "the room at the back")."""
    return any(w in _units() for w in _nouns(text[e.start : e.end])[:3])


def join_floors(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the floor of each unit or room joined to it (see the module's docstring)."""
    folded = fold_same_offsets(text)
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    out: list[Entity] = []
    swallowed: set[int] = set()
    for i, e in enumerate(ordered):
        if i in swallowed:
            continue
        # a unit's number the sweep hid as a number ("stand 318") is a place once its floor follows (as the bridge
        # reads it, round 19)
        if e.type not in ("ADDRESS", "OTHER_ID") or not _told_by_unit(text, e):
            out.append(e)
            continue
        start, end = e.start, e.end
        after = _floor_after().match(folded, end)
        if e.type != "ADDRESS" and not after:
            out.append(e)
            continue
        if after:
            end = after.end()
            if after.group("building"):
                # the building's name: a finding that starts right there, else words in capitals
                nxt = next((j for j, o in enumerate(ordered) if j > i and 0 <= o.start - end <= 1), None)
                if nxt is not None and not text[end : ordered[nxt].start].strip():
                    end = ordered[nxt].end
                    swallowed.add(nxt)
                elif name := _capitalised_name().match(text, end):
                    end = name.end()
        if _nouns(text[e.start : e.end])[:3] and any(w in _rooms() for w in _nouns(text[e.start : e.end])[:3]):
            before = _floor_before_room().search(folded, max(0, start - 40), start)
            if before and not any(o.end > before.start() and o.start < start for o in out):
                start = before.start()
        out.append(Entity("ADDRESS", start, end, e.score))
    return sorted(out, key=lambda e: (e.start, e.end))
