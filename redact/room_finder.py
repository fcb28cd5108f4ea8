"""Rooms and parts of a building said with no street (round 20; data in ``data/rooms.yaml``).

The place bridge only grows what the rules found; a room told by where in the building it is ("the storage room on the
third floor", "los cuartos de la azotea del mismo hotel") or by its number in a lodge or camp ("cabaña 4", "dorm 6,
bed 3") was found nowhere. This finds those two shapes only, as ADDRESS with the sweep's score, so the second look
lists them for review; it runs right before the bridge, which grows them ("…, la última junto al río")."""

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
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = _data()
    look = data_yaml("second_look.yaml")["place"]
    word = r"[^\W\d_]+"
    at_level = re.compile(
        rf"\b(?:{alternation(data['determiners'])})\s+(?:(?!(?:{alternation(data['determiners'])})\b){word}\s+)?"
        rf"(?:{alternation(data['rooms'])})(?:\s+de\s+{word})?\s+(?:{alternation(data['level_joiners'])})\s+"
        rf"(?:(?:{alternation(look['ordinals'])})\s+(?:{alternation(data['floors'])})|(?:{alternation(data['levels'])}))"
        rf"(?:\s+(?:del|de la|do|da|of the|of this|in the)\s+(?:(?:mismo|misma|same|mesmo|mesma)\s+)?"
        rf"(?:{alternation(data['buildings'])}))?\b"
    )
    number = rf"(?:\d{{1,4}}|{word})"
    numbered = re.compile(
        rf"\b(?:{alternation(data['numbered'])})\s+(?P<n>{number})"
        rf"(?:\s*,\s*(?:{alternation(data['then_units'])})\s+(?P<m>{number}))?\b"
    )
    return at_level, numbered


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("address_chain.yaml")["count_nouns"])


def _is_number(word: str) -> bool:
    return word.isdigit() or word_value(word) is not None


def find_rooms(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the rooms no finding covers yet added (ADDRESS, the sweep's score), sorted by start."""
    folded = fold_same_offsets(text)
    at_level, numbered = _patterns()
    found = [(m.start(), m.end()) for m in at_level.finditer(folded)]
    for m in numbered.finditer(folded):
        if not _is_number(m.group("n")):
            continue
        end = m.end() if m.group("m") and _is_number(m.group("m")) else m.end("n")
        after = WORD_RE.search(folded, end)
        if after and not text[end : after.start()].strip() and fold(after.group()) in _count_nouns():
            continue  # "la cabaña dos noches": a count
        found.append((m.start(), end))
    added = [
        Entity("ADDRESS", start, end, SWEEP_SCORE)
        for start, end in found
        if not any(e.start <= start and end <= e.end for e in entities)
    ]
    return sorted(entities + added, key=lambda e: (e.start, e.end))
