"""Colombian cédula de ciudadanía: 6 to 10 digits, often with thousands dots (1.023.456.789)."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_CC = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:\.\d{3}){2,3}|\d{6,10})(?![\w]|[.,]\d)")


@register("co_cedula")
class ColombianCedulaRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        for m in _CC.finditer(text):
            if has_cue_before(text, m.start(), self.words("cues"), 35):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score)
