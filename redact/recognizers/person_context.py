"""Names found by what precedes them: "me llamo…", "se llama…", "le dicen el…", "la señora…",
"don…", "un tal…", "de apellido…", "my name is…", "a guy named…", "meu nome é…"."""

from __future__ import annotations

import re

from redact.lexicon import common_words, fold, is_name_word, mostly_lowercase, stop_words
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

_WORD = re.compile(r"[ \t]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_INNER_CONNECTORS = {"de", "del", "la", "los", "da", "do", "dos", "das", "van", "von"}


@register("person_context")
class PersonContextRecognizer(RuleRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, language: str, score: float = 0.85, **params):
        super().__init__(language, score, **params)
        self._strong = self._cue_re("strong_cues")
        self._titles = self._cue_re("titles")
        self._weak = self._cue_re("weak_cues")
        self._skip = {fold(w) for w in self.words("skip_words")}

    def _cue_re(self, key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w'])(?:{alternation(self.words(key))})(?![\w'])\.?,?", re.IGNORECASE)

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        for cue_re, strength, score in (
            (self._strong, "strong", self.score),
            (self._titles, "title", self.score - 0.1),
            (self._weak, "weak", self.score - 0.2),
        ):
            for cue in cue_re.finditer(text):
                span = self._name_after(text, cue.end(), strength, lowercase)
                if span:
                    yield Match("PERSON", span[0], span[1], score)

    def _name_after(self, text: str, pos: int, strength: str, lowercase: bool) -> tuple[int, int] | None:
        start = end = None
        names = 0
        cursor = pos
        while names < 4:
            tok = _WORD.match(text, cursor)
            if not tok:
                break
            word = tok.group(1)
            key = fold(word)
            if start is None and key in self._skip:
                cursor = tok.end()  # "le dicen el Gato", "everyone calls Don Aurelio"
                continue
            if start is not None and key in _INNER_CONNECTORS:
                nxt = _WORD.match(text, tok.end())
                if nxt and self._is_name(nxt.group(1), strength, lowercase, names, text, nxt.start(1)):
                    cursor = tok.end()
                    continue
                break
            if not self._is_name(word, strength, lowercase, names, text, tok.start(1)):
                break
            start = tok.start(1) if start is None else start
            end = tok.end(1)
            names += 1
            cursor = tok.end()
        return (start, end) if start is not None else None

    @staticmethod
    def _is_name(word: str, strength: str, lowercase: bool, index: int, text: str, start: int) -> bool:
        key = fold(word)
        if key in stop_words():
            return False
        if not lowercase:
            if not word[0].isupper():
                return False
            if strength == "weak":  # "Soy Maritza" but not "Soy Peruana"
                return is_name_word(word) or index > 0
            return True
        # Lowercase speech output: the first word after a strong cue is the name ("se llama luz");
        # more words only if they are known names ("se llama luz marina condori").
        if index == 0 and strength == "strong":
            return key not in common_words() or is_name_word(word)
        return is_name_word(word)
