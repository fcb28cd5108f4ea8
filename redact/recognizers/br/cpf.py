"""Brazilian CPF (123.456.789-09, checked) and RG after its cue."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_CPF = re.compile(r"(?<![\w.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\w]|[.,]\d)")
_RG = re.compile(r"(?<![\w.-])\d{1,2}\.?\d{3}\.?\d{3}-?[\dXx](?![\w])")


def cpf_is_valid(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for size in (9, 10):
        total = sum(d * w for d, w in zip(digits[:size], range(size + 1, 1, -1), strict=True))
        check = (total * 10) % 11 % 10
        if check != digits[size]:
            return False
    return True


@register("br_cpf")
class CpfRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        for m in _CPF.finditer(text):
            cued = has_cue_before(text, m.start(), cues, 30)
            formatted = "." in m.group() and "-" in m.group()
            if cpf_is_valid(m.group()) or cued or formatted:
                yield Match("ID_NUMBER", m.start(), m.end(), self.score + (0.2 if cued else 0.0))
        for m in _RG.finditer(text):
            if has_cue_before(text, m.start(), self.words("rg_cues"), 25):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score)
