"""Social-media handles (@rosita99, also "arroba rosita guion bajo 99") and URLs."""

from __future__ import annotations

import re

from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.registry import register

_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_URL = re.compile(
    r"(?<![\w@])(?:https?://|www\.)[^\s,;]+[^\s,;.]"
    r"|(?<![\w@.])[\w-]+\.(?:com|net|org|pe|io|me|co|br|ve)(?:\.[a-z]{2})?/[^\s,;]*[^\s,;.]",
    re.IGNORECASE,
)


@register("handle_url")
class HandleUrlRecognizer(RuleRecognizer):
    ENTITIES = ("OTHER_ID",)

    def __init__(self, language: str, score: float = 0.85, **params):
        super().__init__(language, score, **params)
        sep = alternation(self.words("separators"))
        at = alternation(self.words("at_words"))
        word = r"[^\W_]+|\d+"
        self._spoken = re.compile(rf"(?<!\w)(?:{at})\s+(?:{word})(?:\s+(?:{sep})\s+(?:{word}))*", re.IGNORECASE)

    def find(self, text, nlp_artifacts):
        for m in _HANDLE.finditer(text):
            if len(m.group()) > 2:
                yield Match("OTHER_ID", m.start(), m.end(), self.score)
        for m in _URL.finditer(text):
            yield Match("OTHER_ID", m.start(), m.end(), self.score)
        # A handle said aloud is only trusted after a social-media cue ("su cuenta es arroba...").
        for m in self._spoken.finditer(text):
            if has_cue_before(text, m.start(), self.words("cues"), 60):
                yield Match("OTHER_ID", m.start(), m.end(), self.score - 0.1)
