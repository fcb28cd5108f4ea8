"""Peruvian RUC: 11 digits starting with 10, 15, 17 or 20."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_RUC = re.compile(r"(?<![\w.,+-])(?:10|15|17|20)\d{9}(?![\w]|[.,]\d)")


@register("pe_ruc")
class RucRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        for m in _RUC.finditer(text):
            cued = has_cue_before(text, m.start(), self.words("cues"), 30)
            yield Match("ID_NUMBER", m.start(), m.end(), self.score + (0.3 if cued else 0.0))
