"""Passport numbers: letters and digits (P4829173B, HK482917), trusted more after "pasaporte"."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

# letters then 5-9 digits: specific enough to trust in lowercase speech output too ("p4829173b")
_MIXED = re.compile(r"(?<![\w-])[A-Za-z]{1,3}\d{5,9}[A-Za-z]?(?![\w-])")
_AFTER_CUE = re.compile(r"(?<![\w-])[A-Z0-9]{6,12}(?![\w-])", re.IGNORECASE)
# capital letters, a space or hyphen, then digits: a seaman's book "E 117364", a medical record "HC-0048215"; only
# after a document's cue, and capitals only ("pasaporte y 200000" is a conjunction and an amount)
# national documents said before their number, found by their own recognizers ("DNI 78420119")
_OTHER_DOCUMENTS = {"DNI", "RUC", "CPF", "CNH", "RG", "CI", "CE", "CC", "NIT", "RUT", "TI", "CMP", "CIP", "RNE", "CPP"}
_LETTERED = re.compile(r"(?<![\w-])[A-Z]{1,3}[ -]\d{5,9}(?![\w-]|[.,]\d)")


@register("passport")
class PassportRecognizer(RuleRecognizer):
    ENTITIES = ("ID_NUMBER",)

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        for m in _MIXED.finditer(text):
            cued = has_cue_before(text, m.start(), cues, 60)
            yield Match("ID_NUMBER", m.start(), m.end(), self.score + (0.25 if cued else 0.0))
        record_cues = cues + self.words("record_cues")
        for m in _LETTERED.finditer(text):
            letters = m.group().split()[0].split("-")[0]
            far = has_cue_before(text, m.start(), self.words("lettered_cues"), int(self.params["lettered_window"]))
            if letters not in _OTHER_DOCUMENTS and (far or has_cue_before(text, m.start(), record_cues, 30)):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score + 0.2)
        for m in _AFTER_CUE.finditer(text):
            if any(ch.isdigit() for ch in m.group()) and has_cue_before(text, m.start(), cues, 30):
                yield Match("ID_NUMBER", m.start(), m.end(), self.score + 0.2)
