"""Bolivian carnet de identidad: five to eight digits, often with the department that issued it ("6843217 LP",
"4.512.309 Cbba", "5123456-1B SC"). The department's letters make the shape unmistakable without a cue; a bare
number needs one (Peru's eight-digit DNI is already pe_dni's)."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

# digits (dots or spaces between thousands), an optional duplicate's complement ("-1B"), then the department
_COMPLEMENT = r"(?:[ ]?-[ ]?\d[A-Za-z])?"
_NUMBER = rf"(?<![\w.,+/-])(?:\d{{1,2}}[ .]?\d{{3}}[ .]?\d{{3}}|\d{{5,8}}){_COMPLEMENT}"


@register("bo_ci")
class BolivianCiRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def __init__(self, language: str, score: float = 0.8, **params):
        super().__init__(language, score, **params)
        departments = "|".join(
            re.escape(d).replace(r"\.", r"\.?") for d in sorted(self.words("departments"), key=len, reverse=True)
        )
        self._with_department = re.compile(
            rf"(?:{_NUMBER})[ \t]*(?:-[ \t]*)?(?:{departments})\.?(?![\w])", re.IGNORECASE
        )
        self._bare = re.compile(rf"(?:{_NUMBER})(?![\w]|[.,]\d)")

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        found = []
        for m in self._with_department.finditer(text):
            # lowercase department letters could be a word ("123456 la"): only with a cue before
            if m.group()[-1].islower() and not has_cue_before(text, m.start(), cues, 40):
                continue
            found.append((m.start(), m.end()))
            yield Match("ID_NUMBER", m.start(), m.end(), self.score)
        for m in self._bare.finditer(text):
            if any(s <= m.start() < e for s, e in found):
                continue
            if has_cue_before(text, m.start(), cues, 30):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score - 0.1)
