"""E-mail addresses dictated aloud: "rosa punto quispe arroba gmail punto com"."""

from __future__ import annotations

import re

from redact.lexicon import fold, is_name_word, stop_words
from redact.numbers import HUNDREDS, SCALES, TEENS, TENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

_EMAIL_CUE = re.compile(r"(?<!\w)(?:e-?mail|correo|correio|mail)(?:[ \t]+(?:es|é|e|is|era|:))?[ \t]+$", re.I)


_CUE_THEN_WORDS = re.compile(
    r"(?<!\w)(?:e-?mail|correo|correio)[ \t]+(?:es|é|e|is|era)[ \t]+(?P<words>(?:[^\W\d_]+[ \t]+){1,3})\Z", re.I
)


@register("spoken_email")
class SpokenEmailRecognizer(RuleRecognizer):
    ENTITIES = ("EMAIL_ADDRESS",)

    def __init__(self, language: str, score: float = 0.8, **params):
        super().__init__(language, score, **params)
        sep = alternation(self.words("separators"))
        dot = alternation(self.words("dots"))
        at = alternation(self.words("at_words"))
        tlds = alternation(self.words("domains_end"))
        providers = alternation(self.words("providers"))
        word = r"[^\W_]+"
        # digits read out inside the local part need no separator ("ospina dos mil cinco arroba...")
        number = alternation([*UNITS, *TEENS, *TENS, *HUNDREDS, *SCALES, "y", "e", "and"]) + r"|\d+"
        # "ninety-four": a compound number written with a hyphen
        local = rf"{word}(?:\s+(?:{sep})\s+{word}|[\s-]+(?:{number})(?!\w))*"
        # providers the recogniser splits in two ("g mail", "hot mail", "out look")
        split = alternation(self.words("split_providers"))
        provider = rf"(?:{split}|{providers})" if split else rf"(?:{providers})"
        domain_dotted = rf"(?:{provider}|{word})(?:\s+(?:{dot})\s+{word})*\s+(?:{dot})\s+(?:{tlds})"
        self._pattern = re.compile(
            rf"(?<!\w)(?P<local>{local})\s+(?:{at})\s+(?:{domain_dotted}|{provider})(?!\w)",
            re.IGNORECASE,
        )

    def find(self, text, nlp_artifacts):
        for m in self._pattern.finditer(text):
            start = m.start()
            # "rosa quispe arroba gmail": without spoken dots the local part may be two words.
            before = text[:start].rstrip()
            prev = re.search(r"([^\W_]+)$", before)
            cued = prev and _EMAIL_CUE.search(text[max(0, prev.start() - 30) : prev.start()])
            if prev and (" " not in m.group("local").strip() and is_name_word(prev.group(1)) or cued):
                # after "mi correo es" the word before a dotted local part is its first part too
                # ("chica ferreira ponto ac arroba …": Whisper dropped the separator)
                if fold(prev.group(1)) not in self.words("not_local") and fold(prev.group(1)) not in stop_words():
                    start = prev.start()
            lead = _CUE_THEN_WORDS.search(text[max(0, start - 60) : start])
            if lead:  # "mi correo es la flaca bonita arroba …": all the words after the cue are its local part
                start = max(0, start - 60) + lead.start("words")
            yield Match("EMAIL_ADDRESS", start, m.end(), self.score)
