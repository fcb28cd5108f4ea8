"""Names and codes spelled letter by letter ("c c e n t e", "a hache u a n a r i", "B-G-H two two seven")."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.registry import register
from redact.spelling import spelled_runs


@register("spelled")
class SpelledRecognizer(RuleRecognizer):
    """A run of >= 3 letters (single letters or Spanish letter names) is a spelled name, unless
    it is all everyday words ("a e i o u", "que te de a"); two letters need a spelling cue
    ("con doble ce", "se escribe"). Letters mixed with digits after a vehicle cue are a plate."""

    ENTITIES = ("PERSON", "OTHER_ID")

    def __init__(self, language: str, score: float = 0.7, **params):
        super().__init__(language, score, **params)
        self._allowed = {str(n) for n in self.params.get("allow_numbers", ())}
        self._clock = re.compile(rf"[ \t]*(?:de[ \t]+)?(?:{alternation(self.words('day_parts'))})(?!\w)", re.I)

    def find(self, text, nlp_artifacts):
        plate_cues = self.words("plate_cues")
        min_strong = int(self.params.get("min_strong", 2))
        for run in spelled_runs(text, min_units=2, digit_words=True):
            n_letters = len(run.letters) - run.digits
            units = len(run.letters)
            if run.digits and (run.letters in self._allowed or self._clock.match(text, run.end)):
                continue  # "llámenos al uno ocho uno ocho", "de siete de la noche a siete de la mañana"
            if run.digits:
                plate = has_cue_before(text, run.start, plate_cues, int(self.params.get("plate_window", 160)))
                if n_letters and units >= 3 and (plate or (run.strong >= 2 and run.digits >= 2)):
                    yield Match("OTHER_ID", run.start, run.end, self.score)
                elif plate and not n_letters and units >= 3:
                    yield Match("OTHER_ID", run.start, run.end, self.score)  # "V2G eh siete ocho cuatro"
                elif n_letters >= 3:
                    # "con dos eme m a m a n i": the letters without the number words around them
                    for sub in spelled_runs(text[run.start : run.end], min_units=3):
                        if sub.strong >= min_strong:
                            yield Match("PERSON", run.start + sub.start, run.start + sub.end, self.score)
                continue
            if units >= 3 and run.strong >= min_strong:
                yield Match("PERSON", run.start, run.end, self.score)
            elif run.cued and (run.strong >= 1 or units >= 3) and units >= 2:
                yield Match("PERSON", run.start, run.end, self.score)
