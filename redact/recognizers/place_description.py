"""Precise place descriptions that locate a house without a street name:
"la casa verde frente al mercado", "the gate with the painted cacao pod"."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register


@register("place_description")
class PlaceDescriptionRecognizer(RuleRecognizer):
    ENTITIES = ("ADDRESS",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        det = alternation(self.words("determiners"))
        noun = alternation(self.words("place_nouns"))
        anchor = alternation(self.words("anchors"))
        # noun phrase: determiner + place noun + up to 5 more words (may cross one comma)
        self._pattern = re.compile(
            rf"(?<!\w)(?:{det})\s+(?:{noun})(?!\w)(?:[ \t]+[^\W\d][\w'’-]*|,(?=[ \t]+(?:{anchor})(?!\w))){{0,6}}?"
            rf"[ \t]+(?:{anchor})(?!\w)"
            rf"(?:(?:[ \t]+[\w'’-]+){{1,6}}?(?=\s*(?:[.;:?!\n]|,|$|\s+(?:y|and|e|pero|but|donde|where)\s))"
            rf"|(?:[ \t]+[\w'’-]+){{1,4}})",
            re.IGNORECASE,
        )

    def find(self, text, nlp_artifacts):
        for m in self._pattern.finditer(text):
            yield Match("ADDRESS", m.start(), m.end(), self.score)
