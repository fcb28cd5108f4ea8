"""Rooms and parts of a building said with no street (round 20; data in ``data/rooms.yaml``).

The place bridge only grows what the rules found; a room told by where in the building it is ("the storage room on the
third floor", "los cuartos de la azotea del mismo hotel") or by its number in a lodge or camp ("cabaña 4", "dorm 6,
bed 3") was found nowhere. This finds those two shapes only, as ADDRESS with the sweep's score, so the second look
lists them for review; it runs right before the bridge, which grows them ("…, la última junto al río").

Round 33 (heldout51): a workroom told by its floor the same way ("la oficina del segundo piso"), and a counter, window
or consulting room of a public building told by its number and the floor or the building it is in ("consultorio 3 del
primer piso", "counter catorce del terminal terrestre [de juliaca]"): the building makes the number a place rather than
a rank or a course's module; the town or name found right after "de" goes with it."""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import WORD_RE, alternation, fold, fold_same_offsets
from redact.numbers import word_value
from redact.second_look import SWEEP_SCORE
from redact.types import Entity


@cache
def _data() -> dict:
    return data_yaml("rooms.yaml")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = _data()
    look = data_yaml("second_look.yaml")["place"]
    word = r"[^\W\d_]+"
    rooms = alternation(data["rooms"] + data["workrooms"])
    at_level = re.compile(
        rf"\b(?:{alternation(data['determiners'])})\s+(?:(?!(?:{alternation(data['determiners'])})\b){word}\s+)?"
        rf"(?:{rooms})(?:\s+de\s+{word})?\s+(?:{alternation(data['level_joiners'])})\s+"
        rf"(?:(?:{alternation(look['ordinals'])})\s+(?:{alternation(data['floors'])})|(?:{alternation(data['levels'])}))"
        rf"(?:\s+(?:del|de la|do|da|of the|of this|in the)\s+(?:(?:mismo|misma|same|mesmo|mesma)\s+)?"
        rf"(?:{alternation(data['buildings'])}))?\b"
    )
    number = rf"(?:\d{{1,4}}|{word})"
    numbered = re.compile(
        rf"\b(?:{alternation(data['numbered'])})\s+(?P<n>{number})"
        rf"(?:\s*,\s*(?:{alternation(data['then_units'])})\s+(?P<m>{number}))?\b"
    )
    place = data_yaml("recognizers.yaml")["recognizers"]["place_description"]["params"]
    floors = data_yaml("floor_of_place.yaml")
    buildings = [fold(w) for w in place["landmarks"] + floors["buildings"]]
    modifiers = [fold(w) for w in place["landmark_modifiers"]]
    in_building = re.compile(
        rf"\b(?:{alternation(data['building_units'])})\s+(?P<n>\d{{1,4}}|{word}(?:\s+(?:y\s+)?{word}){{0,2}})\s*,?\s+"
        rf"(?:{alternation(data['unit_joiners'])})\s+(?:(?:el|la|the|o|a)\s+)?"
        rf"(?:(?P<floor>(?:{alternation(look['ordinals'])})\s+(?:{alternation(floors['floors'])}))"
        rf"|(?P<building>{alternation(buildings)})(?:\s+(?:{alternation(modifiers)}))?)\b"
    )
    return at_level, numbered, in_building


_OF = re.compile(r"[ \t]+(?:de|del|da|do|of|in|en)[ \t]+")
_NAMED = ("LOCATION", "ORGANIZATION", "ADDRESS")


@cache
def _ranking() -> re.Pattern:
    """A ranking verb before the unit makes its number a rank (place_description's ranking verbs)."""
    verbs = data_yaml("recognizers.yaml")["recognizers"]["place_description"]["params"]["ranking_verbs"]
    return re.compile(rf"(?<!\w)(?:{alternation([fold(w) for w in verbs])})(?!\w)[^.!?\n]*\Z")


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("address_chain.yaml")["count_nouns"])


def _is_number(word: str) -> bool:
    return word.isdigit() or word_value(word) is not None


def find_rooms(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the rooms no finding covers yet added (ADDRESS, the sweep's score), sorted by start."""
    folded = fold_same_offsets(text)
    at_level, numbered, in_building = _patterns()
    found = [(m.start(), m.end()) for m in at_level.finditer(folded)]
    swallowed: set[int] = set()
    for m in in_building.finditer(folded):
        # the number: digits, or the number words that open the group ("catorce", "cuarenta y tres")
        words = m.group("n").split()
        if not (words[0].isdigit() or all(_is_number(w) for w in words if w != "y")):
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if _ranking().search(folded[max(line_start, m.start() - 40) : m.start()]):
            continue  # "quedó en el puesto 2 de la feria": a rank
        end = m.end()
        # the building's town or name found right after "de" ("… del terminal terrestre [de juliaca]")
        if m.group("building") and (of := _OF.match(folded, end)):
            named = [i for i, e in enumerate(entities) if e.start == of.end() and e.type in _NAMED]
            if named:
                end = entities[named[0]].end
                swallowed.add(named[0])
        found.append((m.start(), end))
    for m in numbered.finditer(folded):
        if not _is_number(m.group("n")):
            continue
        end = m.end() if m.group("m") and _is_number(m.group("m")) else m.end("n")
        after = WORD_RE.search(folded, end)
        if after and not text[end : after.start()].strip() and fold(after.group()) in _count_nouns():
            continue  # "la cabaña dos noches": a count
        found.append((m.start(), end))
    entities = [e for i, e in enumerate(entities) if i not in swallowed]
    added = [
        Entity("ADDRESS", start, end, SWEEP_SCORE)
        for start, end in found
        if not any(e.start <= start and end <= e.end for e in entities)
    ]
    return sorted(entities + added, key=lambda e: (e.start, e.end))
