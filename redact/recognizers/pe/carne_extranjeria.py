"""Peruvian carné de extranjería (9 or 12 digits, usually starting with zeros) and PTP/CPP."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_CE = re.compile(r"(?<![\w.,+-])(?:\d{9}|\d{12})(?![\w]|[.,]\d)")


@register("pe_carne_extranjeria")
class CarneExtranjeriaRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        for m in _CE.finditer(text):
            cued = has_cue_before(text, m.start(), self.words("cues"), 50)
            if cued:
                yield Match("ID_NUMBER", m.start(), m.end(), self.score + 0.2)
            elif m.group().startswith("0"):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score)
