"""Places from the gazetteer: Peru's departments, provinces, districts and towns (INEI data),
plus countries and cities on trafficking routes (redact/data/places)."""

from __future__ import annotations

import re

from redact.lexicon import (
    PREVERBAL_CLITICS,
    WORD_RE,
    common_words,
    fold,
    is_ordinary_word,
    mostly_lowercase,
    place_word_counts,
    places,
)
from redact.recognizers.base import Match, RuleRecognizer
from redact.recognizers.spacy_tokens import is_proper_noun, sentence_initial
from redact.registry import register

_ACCENTED = set("áéíóúàèìòùâêôãõç")
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "das"}


def gazetteer_kind(key: str) -> str | None:
    place = places().get(key)
    return place.kind if place else None


@register("location")
class LocationRecognizer(RuleRecognizer):
    ENTITIES = ("LOCATION",)

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        words = list(WORD_RE.finditer(text))
        gazetteer = places()
        not_places = {fold(w) for w in self.words("not_places")}
        sizes = sorted(place_word_counts(), reverse=True)
        i = 0
        while i < len(words):
            found = None
            for size in sizes:
                if i + size > len(words):
                    continue
                first, last = words[i], words[i + size - 1]
                if not re.fullmatch(r"[\w'’-]+(?:[ \t]+[\w'’-]+)*", text[first.start() : last.end()]):
                    continue  # a place name never spans punctuation or lines
                key = fold(text[first.start() : last.end()])
                place = gazetteer.get(key)
                surface = text[first.start() : last.end()].lower()
                if place and surface != place.name.lower() and set(surface) & _ACCENTED:
                    continue  # "quitó" (he took) is not Quito: an accent the name lacks
                if place and i > 0 and fold(words[i - 1].group()) in PREVERBAL_CLITICS and size == 1:
                    continue  # "nos quito los pasaportes": after a clitic pronoun comes a verb, not Quito
                if (
                    place
                    and key not in not_places
                    and self._plausible(text, words[i : i + size], lowercase, nlp_artifacts)
                ):
                    found = (first.start(), last.end(), size, place)
                    break
            if found:
                start, end, size, place = found
                bonus = 0.1 if place.kind in ("department", "province", "country", "city") else 0.0
                yield Match("LOCATION", start, end, self.score + bonus)
                i += size
            else:
                i += 1

    def _plausible(self, text, tokens, lowercase, nlp_artifacts) -> bool:
        significant = [t for t in tokens if fold(t.group()) not in _CONNECTORS]
        if not significant:
            return False
        if lowercase:
            # Without capitals, only names that are not also ordinary words ("comas", "ate"),
            # unless several words make the name ("la victoria", "madre de dios").
            key = fold(significant[0].group())
            if len(tokens) > 1:
                return True
            wide = gazetteer_kind(key) in ("department", "province", "country", "city")
            return key not in common_words() and (wide or len(key) >= 4 and not is_ordinary_word(key))
        if not all(t.group()[0].isupper() for t in significant):
            return False
        first = tokens[0]
        if len(tokens) == 1 and sentence_initial(text, first.start()):
            # "Mira, ..." / "Bueno, ...": a capitalised first word must look like a proper noun.
            return fold(first.group()) not in common_words() and is_proper_noun(nlp_artifacts, first.start())
        return True
