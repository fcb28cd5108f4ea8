"""Venezuelan cédula: V-27.384.519, E-84.123.456, V27384519."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_LETTERED = re.compile(r"(?<![\w.-])[VvEe][- .]?\d{1,2}\.?\d{3}\.?\d{3}(?![\w]|[.,]\d)")
_DOTTED = re.compile(r"(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}(?![\w]|[.,]\d)")


@register("ve_cedula")
class VenezuelanCedulaRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        for m in _LETTERED.finditer(text):
            yield Match("ID_NUMBER", m.start(), m.end(), self.score)
        for m in _DOTTED.finditer(text):
            if has_cue_before(text, m.start(), self.words("cues"), 40):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score)
