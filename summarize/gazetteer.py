"""Peru gazetteer: any town, district or province said in a call -> its department.

The data is ``taxonomy/gazetteer.yaml``. Names shared by two departments (Castilla is in
Arequipa and Piura) only add weight to a department the call already names otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.taxonomy import Taxonomy, compile_cue, fold_pattern

# "He's in Myanmar now": a third person said to be in a place, "now" right after it
_IS_IN = re.compile(r"(?<!\w)(esta|estan|is|are|he's|she's|they're|ta|tao) (en|in|em|no|na)\s*$")
_NOW_AFTER = re.compile(r"[\s,]*(ahora|ahorita|now|agora)(?!\w)")


@dataclass(frozen=True)
class Place:
    name: str  # as said (folded)
    regions: tuple[str, ...]  # department(s) or country, canonical spelling
    needs_preposition: bool


class Gazetteer:
    def __init__(self, taxonomy: Taxonomy):
        raw = taxonomy["gazetteer"].raw
        ambiguous = {fold_pattern(n).lower() for n in raw.get("needs_preposition", [])}
        table: dict[str, list[str]] = {}
        for section in ("departments", "countries"):
            for region, names in raw[section].items():
                for name in [region, *names]:
                    key = fold_pattern(str(name)).lower()
                    if region not in table.setdefault(key, []):
                        table[key].append(region)
        self.places = {k: Place(k, tuple(v), k in ambiguous) for k, v in table.items()}
        self.countries = set(raw["countries"])
        names = sorted(self.places, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        self.prepositions = {fold_pattern(str(p)).lower() for p in raw["place_prepositions"]}
        self.locative = self.prepositions - {"de", "del", "do", "da", "desde", "from"}
        self.origin = [compile_cue(c + r"\s*$") for c in raw["origin_cues"]]
        self.destination = [compile_cue(c + r"\s*$") for c in raw["destination_cues"]]
        self.later_home_cues = [compile_cue(c + r"\s*$") for c in raw.get("later_home_cues", [])]
        self.now_there_cues = [compile_cue(c + r"\s*$") for c in raw.get("now_there_cues", [])]

    def mentions(self, folded: str, start: int, end: int):
        for m in self.pattern.finditer(folded, start, end):
            yield m, self.places[m.group(1)]

    def later_home(self, before: str) -> bool:
        """Where someone went after a past case ("me vine a", "moved to", "now she lives in")."""
        return any(p.search(before) for p in self.later_home_cues)

    def now_there(self, before: str, after: str) -> bool:
        """Where the victim is said to be now: "ahora está en X", "now he's in X", or "he's in X now"."""
        if any(p.search(before) for p in self.now_there_cues):
            return True
        return bool(_IS_IN.search(before) and _NOW_AFTER.match(after))

    def weigh(self, before: str, place: Place) -> float:
        """How much one mention says "this is where it happens", from the words before it."""
        words = before.split()
        last = words[-1] if words else ""
        last_two = " ".join(words[-2:])
        if place.needs_preposition and last not in self.prepositions and last_two not in self.prepositions:
            return 0.0
        if any(p.search(before) for p in self.origin):
            return 0.0
        weight = 1.0
        if last in self.locative or last_two in self.locative:
            weight += 1.0
        if any(p.search(before) for p in self.destination):
            weight += 2.0
        return weight
