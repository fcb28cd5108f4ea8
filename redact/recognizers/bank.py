"""Bank accounts (Peruvian CCI, account formats), cards (Luhn-checked), Yape/Plin numbers."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

_CARD = re.compile(r"(?<![\w.-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}(?![\w])")
_ACCOUNT = re.compile(r"(?<![\w.-])\d{3,4}-\d{6,10}-\d{1,2}(?:-\d{2})?(?![\w])")
_LONG = re.compile(r"(?<![\w.-])\d[\d -]{8,30}\d(?![\w])")


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return len(digits) >= 13 and total % 10 == 0


@register("bank")
class BankRecognizer(RuleRecognizer):
    ENTITIES = ("OTHER_ID",)

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        for m in _CARD.finditer(text):
            if luhn_ok(m.group()):
                yield Match("OTHER_ID", m.start(), m.end(), self.score + 0.2)
        for m in _ACCOUNT.finditer(text):
            yield Match("OTHER_ID", m.start(), m.end(), self.score)
        for m in _LONG.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 10 <= len(digits) <= 20 and has_cue_before(text, m.start(), cues, 40):
                yield Match("OTHER_ID", m.start(), m.end(), self.score + 0.1)
