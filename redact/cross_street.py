"""Round 21: the cross street of a corner is part of the address.

"la avenida España, en toda la esquina con Húsares de Junín", "na padaria da esquina da Larco com a Schell",
"Jirón Hipólito Unanue, between a parking lot and the corner with Sebastián Barranca": the second street is a name
said after a corner noun and "con/com/with/and", and the recognizers find it as a town, a person or a firm (the
street is named after one). Left apart, it gives the corner away; annotators mark address and corner as one place.
A name finding becomes part of the address when a corner phrase (``place_bridge.yaml``'s ``junctions``: "la esquina
[de …] con", "the corner with") ends right before it and that phrase is inside the address or follows it closely on
the same sentence. A person named after "con" with no corner before ("estaba en la esquina, con Rosa" has a comma and
a pause; "fui con Rosa") stays a person.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import WORD_RE, alternation, fold_same_offsets
from redact.types import Entity

_NAMED = ("LOCATION", "PERSON", "ORGANIZATION")  # what a street named after a town, a hero or a firm is found as
_SENTENCE_END = re.compile(r"[.!?;:\n]")


@cache
def _corner_before() -> re.Pattern:
    """A corner phrase that ends where the cross street starts: "esquina [de la Larco] con [a]", "the corner with"."""
    data = data_yaml("place_bridge.yaml")["junctions"]
    word = r"[^\W\d_]+"
    return re.compile(
        rf"\b(?:{alternation(data['nouns'])})(?:\s+(?:de|del|of|da|do)\s+(?:{word}\s+){{1,{data['max_words']}}}?)?"
        rf"\s*(?:{alternation(data['joiners'])})\s+(?:(?:la|el|a|o|the)\s+)?$"
    )


def _max_gap_words() -> int:
    return int(data_yaml("place_bridge.yaml")["cross_street"]["max_gap_words"])


def join_cross_streets(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each cross street told after a corner joined to its address (see the module's docstring)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    folded = fold_same_offsets(text)
    out: list[Entity] = []
    for e in ordered:
        address = next((a for a in reversed(out) if a.type == "ADDRESS"), None)
        if e.type in _NAMED and address is not None and address.end <= e.start:
            corner = _corner_before().search(folded, max(0, e.start - 80), e.start)
            if corner and corner.start() >= address.start:
                gap = text[address.end : corner.start()] if corner.start() > address.end else ""
                between = text[address.end : e.start]
                others = [o for o in out if address.end <= o.start and o.end <= e.start]
                if not _SENTENCE_END.search(between) and len(WORD_RE.findall(gap)) <= _max_gap_words() and not others:
                    i = out.index(address)
                    out[i] = Entity("ADDRESS", address.start, e.end, max(address.score, e.score))
                    continue
        out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))
