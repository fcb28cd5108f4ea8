"""Phone numbers and IDs read aloud in words ("nueve seis ocho, cuatro uno dos...")."""

from __future__ import annotations

import re

from redact.numbers import spoken_number_runs
from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

# toll-free numbers (the hotline's, institutions') are no one's personal number
_TOLL_FREE = re.compile(r"(?i:cero|zero|oh)\s+(?:ochocientos|eight\s+hundred|oitocentos)(?!\w)")


@register("spoken_number")
class SpokenNumberRecognizer(RuleRecognizer):
    ENTITIES = ("PHONE_NUMBER", "ID_NUMBER")

    def find(self, text, nlp_artifacts):
        phone_cues = self.words("phone_cues")
        id_cues = self.words("id_cues")
        allowed = {str(n) for n in self.params.get("allow_numbers", [])}
        for run in spoken_number_runs(text, min_digits=int(self.params.get("min_digits", 6))):
            if run.digits in allowed or _TOLL_FREE.match(text, run.start):
                continue  # the hotline's own number said aloud ("cero ochocientos dos treinta y dos...")
            n = len(run.digits)
            is_phone = has_cue_before(text, run.start, phone_cues, 50)
            is_id = has_cue_before(text, run.start, id_cues, 50)
            if run.scaled and not (is_id or is_phone):
                continue  # "quinientos mil soles" is money; a cédula said this way follows its cue
            if n == 9 and run.digits[0] == "9" and not is_id:
                kind = "PHONE_NUMBER"
            elif is_id and not (is_phone and n >= 9):
                kind = "ID_NUMBER"
            elif is_phone or n >= 9:
                kind = "PHONE_NUMBER"
            else:
                kind = "ID_NUMBER"  # 6-8 digits said aloud with no cue: most often a DNI
            start = run.start
            prefix = re.search(r"(?:plus|más|mas|mais)\s+$", text[max(0, start - 8) : start], re.IGNORECASE)
            if prefix and kind == "PHONE_NUMBER":
                start -= len(prefix.group())  # "plus one seven one eight..."
            yield Match(kind, start, run.end, self.score)
