"""Precise place descriptions that locate a house without a street name:
"la casa verde frente al mercado", "the gate with the painted cacao pod"."""

from __future__ import annotations

import re

from redact.lexicon import fold, looks_unknown, mostly_lowercase, places, stop_words
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
        # noun phrase: determiner (+ one word: "la segunda casa") + place noun + up to 5 more words
        # (may cross one comma)
        self._pattern = re.compile(
            rf"(?<!\w)(?:{det})\s+(?:[^\W\d_]+[ \t]+)?(?:{noun})(?!\w)"
            rf"(?:[ \t]+[^\W\d][\w'’-]*|,(?=[ \t]+(?:{anchor})(?!\w))){{0,6}}?"
            rf"[ \t]+(?:{anchor})(?!\w)"
            rf"(?:(?:[ \t]+[\w'’-]+){{1,6}}?(?=\s*(?:[.;:?!\n]|,|$|\s+(?:y|and|e|pero|but|donde|where)\s))"
            rf"|(?:[ \t]+[\w'’-]+){{1,4}})",
            re.IGNORECASE,
        )

        # "detrás del colegio Inmaculada", "pasando la posta", "behind the church": anchor + landmark + its name
        self._landmark = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('landmark_anchors'))})\s+(?:(?i:el|la|los|las|the|o|a)\s+)?"
            rf"(?i:{alternation(self.words('landmarks'))})(?!\w)"
        )
        self._name_word = re.compile(r"[ \t]+((?:de|del|de la|do|da)[ \t]+)?([^\W\d_][\w'’-]*)")

    def find(self, text, nlp_artifacts):
        for m in self._pattern.finditer(text):
            yield Match("ADDRESS", m.start(), m.end(), self.score)
        lowercase = mostly_lowercase(text)
        for m in self._landmark.finditer(text):
            yield Match("ADDRESS", m.start(), self._landmark_name_end(text, m.end(), lowercase), self.score)

    def _landmark_name_end(self, text: str, end: int, lowercase: bool) -> int:
        """The landmark's own name, if any: capitalised words, or in lowercase speech output words
        no dictionary knows and place names ("colegio Inmaculada", "capilla de ccota")."""
        for _ in range(3):
            tok = self._name_word.match(text, end)
            if not tok:
                break
            word = tok.group(2)
            if lowercase:
                ok = fold(word) not in stop_words() and (looks_unknown(word) or fold(word) in places())
            else:
                ok = word[0].isupper() and fold(word) not in stop_words()
            if not ok:
                break
            end = tok.end()
        return end
