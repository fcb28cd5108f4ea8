"""Peruvian DNI: 8 digits (also grouped "45 678 912"); police CIP numbers have the same shape."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_after, has_cue_before
from redact.registry import register

_DNI = re.compile(r"(?<![\w.,+/-])\d{2}[ .]?\d{3}[ .]?\d{3}(?:-\d)?(?![\w/]|[.,]\d)")


@register("pe_dni")
class DniRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        for m in _DNI.finditer(text):
            if has_cue_after(text, m.end(), self.words("not_followed_by"), 12):
                continue  # money, measurements
            score = self.score + 0.3 if has_cue_before(text, m.start(), cues, 40) else self.score
            yield Match("ID_NUMBER", m.start(), m.end(), score)
