"""E-mail addresses as written."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer
from redact.registry import register

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")


@register("email")
class WrittenEmailRecognizer(RuleRecognizer):
    ENTITIES = ("EMAIL_ADDRESS",)

    def find(self, text, nlp_artifacts):
        for m in _EMAIL.finditer(text):
            yield Match("EMAIL_ADDRESS", m.start(), m.end(), self.score)
