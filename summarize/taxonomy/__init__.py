"""The multilingual taxonomy, kept as data: one YAML file per family in this folder.

Every file names its ``family``; :func:`load_taxonomy` reads them all into a registry.
Cue patterns are regular expressions written for lowercase, accent-free text (they
are folded too, so an accent in a pattern is harmless) and matched on word boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def fold_pattern(text: str) -> str:
    """Strip accents (not case: regex syntax such as ``(?P<n>`` must survive)."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text)


def compile_cue(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + fold_pattern(pattern) + r")(?![\w])")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float = 1.0
    speakers: tuple[str, ...] | None = None  # overrides the family's speakers
    conditional: bool = False  # a threat holds in a condition too ("si nos escapamos nos matan")
    firm: bool = False  # a refusal is itself a "no": "no señora, esta es la línea contra la trata" is not denied
    advice: bool = False  # the operator's advice holds in a condition ("si vuelve a escribirle, dígale que…")


@dataclass
class CueFamily:
    name: str
    speakers: tuple[str, ...] = ("caller", "operator")
    values: dict[str, list[Cue]] = field(default_factory=dict)
    lists: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    raw: dict = field(default_factory=dict)

    def score(self, folded: str, value: str) -> float:
        """Sum of weights of a value's cues found anywhere in ``folded`` (no context rules)."""
        return sum(c.weight for c in self.values.get(value, ()) if c.pattern.search(folded))

    def starts_question(self, folded_sentence: str) -> bool:
        return any(p.match(folded_sentence.strip()) for p in self.lists.get("question_openers", ()))


def _family(data: dict) -> CueFamily:
    fam = CueFamily(name=data["family"], raw=data)
    if "speakers" in data:
        fam.speakers = tuple(data["speakers"])
    for value, cues in (data.get("values") or {}).items():
        fam.values[value] = []
        for item in cues or ():
            if isinstance(item, str):
                item = {"cue": item}
            spk = tuple(item["speakers"]) if "speakers" in item else None
            fam.values[value].append(
                Cue(
                    compile_cue(item["cue"]),
                    float(item.get("weight", 1)),
                    spk,
                    bool(item.get("conditional", False)),
                    bool(item.get("firm", False)),
                    bool(item.get("advice", False)),
                )
            )
    for key, items in data.items():
        if isinstance(items, list) and items and all(isinstance(i, str) for i in items) and key != "speakers":
            fam.lists[key] = [compile_cue(i) for i in items]
    return fam


@dataclass
class Taxonomy:
    families: dict[str, CueFamily]

    def __getitem__(self, name: str) -> CueFamily:
        return self.families[name]

    @property
    def speakers(self) -> CueFamily:
        return self.families["speakers"]


@lru_cache(maxsize=4)
def load_taxonomy(folder: str | None = None) -> Taxonomy:
    """Read every ``*.yaml`` of the folder (default: this package) into a registry by family."""
    families: dict[str, CueFamily] = {}
    for path in sorted(Path(folder or HERE).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "family" not in data:
            raise ValueError(f"{path.name}: a taxonomy file must be a mapping with a 'family' key")
        if data["family"] in families:
            raise ValueError(f"{path.name}: family {data['family']!r} is defined twice")
        families[data["family"]] = _family(data)
    return Taxonomy(families)
