"""Replacing found identifiers, through Presidio's anonymizer: ``tag`` (<PERSON_1>, consistent
within a call), ``mask``, ``surrogate`` (fake values) and ``generalize`` (town -> region)."""

from __future__ import annotations

import re

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from redact.lexicon import WORD_RE, fold, places, stop_words
from redact.numbers import small_number
from redact.surrogates import Surrogates
from redact.types import LABELS, Entity, Mode

_ENGINE = AnonymizerEngine()
_MINOR = {"es": "menor de edad", "en": "a minor", "pt": "menor de idade"}
_ADULT = {"es": "adulto", "en": "an adult", "pt": "adulto"}


class _Placeholders:
    """Numbers each distinct identifier per type in order of appearance; a person named again
    by part of the full name ("Dayana" after "Dayana Rondón") keeps the same number."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], str] = {}
        self.people: list[tuple[set[str], str]] = []
        self.counts: dict[str, int] = {}

    def get(self, entity_type: str, original: str) -> str:
        key = (entity_type, fold(" ".join(original.split())))
        if key in self.by_key:
            return self.by_key[key]
        if entity_type == "PERSON":
            words = {fold(w) for w in WORD_RE.findall(original) if fold(w) not in stop_words()}
            for known, tag in self.people:
                if words and (words <= known or known <= words):
                    self.by_key[key] = tag
                    known |= words
                    return tag
        self.counts[entity_type] = self.counts.get(entity_type, 0) + 1
        tag = f"<{entity_type}_{self.counts[entity_type]}>"
        self.by_key[key] = tag
        if entity_type == "PERSON":
            self.people.append((words, tag))
        return tag


def _generalized(entity_type: str, original: str, language: str, tag: str) -> str:
    if entity_type == "LOCATION":
        place = places().get(fold(original))
        if place and place.department and place.kind != "department":
            return place.department
        return original if place and place.kind in ("department", "country") else tag
    if entity_type == "AGE":
        digits = [int(n) for n in re.findall(r"\d+", original)]
        digits += [v for w in re.findall(r"[^\W\d_]+", original) if (v := small_number(w)) is not None]
        if digits:
            return "[" + (_MINOR if max(digits) < 18 else _ADULT).get(language, "adult") + "]"
    return tag


def anonymize(text: str, entities: list[Entity], mode: Mode, language: str) -> tuple[str, dict[str, str]]:
    """The redacted text and the placeholder -> original mapping (empty for ``mask``)."""
    placeholders = _Placeholders()
    surrogates = Surrogates(language) if mode is Mode.surrogate else None
    replacement: dict[tuple[str, str], str] = {}
    mapping: dict[str, str] = {}
    for e in sorted(entities, key=lambda e: e.start):
        original = text[e.start : e.end]
        key = (e.type, original)
        if key in replacement:
            continue
        tag = placeholders.get(e.type, original)
        if mode is Mode.tag:
            value = tag
        elif mode is Mode.surrogate:
            value = next(
                (v for (t, o), v in replacement.items() if t == e.type and placeholders.get(t, o) == tag), None
            ) or surrogates.value(e.type, original)
        elif mode is Mode.generalize:
            value = _generalized(e.type, original, language, tag)
        else:
            value = "*" * len(original)
        replacement[key] = value
        if mode is not Mode.mask:
            mapping.setdefault(value, original)

    def operator(entity_type: str) -> OperatorConfig:
        if mode is Mode.mask:
            return OperatorConfig("mask", {"masking_char": "*", "chars_to_mask": 10_000, "from_end": False})
        return OperatorConfig("custom", {"lambda": lambda s, t=entity_type: replacement[(t, s)]})

    results = [RecognizerResult(e.type, e.start, e.end, e.score) for e in entities]
    operators = {t: operator(t) for t in LABELS}
    return _ENGINE.anonymize(text=text, analyzer_results=results, operators=operators).text, mapping
