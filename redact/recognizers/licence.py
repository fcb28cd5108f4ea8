"""Professional licence and registration numbers said right after their cue: a pharmacist's "colegiatura
14387", a doctor's "CMP 052311", a nurse's "COREN 123456", "my licence number is 88213". The number names
one person as surely as a DNI does, but it is short, so only the cue right before it makes it one."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_after
from redact.registry import register


@register("licence")
class ProfessionalLicenceRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)
    _pattern: re.Pattern[str] | None = None

    def find(self, text, nlp_artifacts):
        if self._pattern is None:
            cues = alternation(self.words("cues"))
            filler = alternation(self.words("fillers"))
            self._pattern = re.compile(
                rf"(?<![\w/])(?:{cues})(?:[ \t]*[:.#°º]?[ \t]*(?:{filler}))*[ \t]*[:.#°º]?[ \t]*"
                r"(\d{3,7}|\d{1,3}(?:[.\s]\d{3})+)(?![\w/%]|[.,]\d)",
                re.IGNORECASE,
            )
        not_after = self.words("not_followed_by")
        for m in self._pattern.finditer(text):
            if not has_cue_after(text, m.end(1), not_after, 14):
                yield Match("ID_NUMBER", m.start(1), m.end(1), self.score)
