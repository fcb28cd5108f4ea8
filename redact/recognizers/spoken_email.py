"""E-mail addresses dictated aloud: "rosa punto quispe arroba gmail punto com"."""

from __future__ import annotations

import re

from redact.lexicon import fold, is_name_word, stop_words
from redact.numbers import HUNDREDS, SCALES, TEENS, TENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register
from redact.spelling import WEAK, letter_of

_EMAIL_CUE = re.compile(r"(?<!\w)(?:e-?mail|correo|correio|mail)(?:[ \t]+(?:es|é|e|is|era|:))?[ \t]+$", re.I)


_CUE_THEN_WORDS = re.compile(
    r"(?<!\w)(?:e-?mail|correo|correio)[ \t]+(?:es|é|e|is|era)[ \t]+(?P<words>(?:[^\W\d_]+[ \t]+){1,3})\Z", re.I
)


_UNIT = re.compile(r"[^\W_]+")
# the second word of a letter said in two ("i griega" = y, Portuguese "i grego")
_LETTER_SECOND_WORDS = {"griega", "grega", "grego"}
_SPOKEN_SEPARATORS = {"guion", "bajo", "punto", "underscore", "dot", "ponto", "traco", "hifen", "dash", "hyphen"}


def _spelled_local_start(text: str, start: int) -> int:
    """A local part spelled letter by letter ("ele u zeta eme a ere i ene a guion bajo ce ele ele arroba
    hotmail punto com"): the letters, digits and spoken separators right before the found part belong to it
    when there are at least three letters and two no everyday word could be ("a e i" are also words)."""
    base = max(0, start - 240)
    window = text[base:start]
    units = list(_UNIT.finditer(window))
    new_start, letters, strong = start, 0, 0
    for i in range(len(units) - 1, -1, -1):
        m = units[i]
        gap = window[m.end() : units[i + 1].start()] if i + 1 < len(units) else window[m.end() :]
        if "\n" in gap or not re.fullmatch(r"[\s,.-]*", gap):
            break
        key = fold(m.group())
        if key == "bajo" and i > 0 and fold(units[i - 1].group()) == "guion":
            pass  # "guion bajo": the underscore
        elif key in _SPOKEN_SEPARATORS - {"bajo"} or key in UNITS:
            pass
        elif key in _LETTER_SECOND_WORDS and i > 0 and fold(units[i - 1].group()) == "i":
            letters, strong = letters + 1, strong + 1  # round 26: "i griega" (y), one letter said in two words
        elif key in ("doble", "double", "duplo") and letter_of(_UNIT.search(text, base + m.end()).group()):
            letters, strong = letters + 1, strong + 1  # "doble u", "doble ele": one letter said in two words
        elif (letter := letter_of(m.group())) is not None and letter.isalpha():
            letters += 1
            strong += key not in WEAK
        else:
            break
        new_start = base + m.start()
    while new_start < start and fold(_UNIT.match(text, new_start).group()) in _SPOKEN_SEPARATORS:
        new_start = _UNIT.search(text, _UNIT.match(text, new_start).end()).start()  # no leading separator
    cued = _EMAIL_CUE.search(text[max(0, new_start - 30) : new_start])  # "su correo es pe e de erre o …"
    return new_start if letters >= 3 and (strong >= 2 or cued and strong >= 1) else start


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
        # round 26: the local part's own word may hold typed dots, hyphens and underscores ("gladys.nj at yahoo
        # dot com": the caller typed part of it, said the rest)
        local_word = r"[^\W_]+(?:[._-][^\W_]+)*"
        # digits read out inside the local part need no separator ("ospina dos mil cinco arroba...")
        number = alternation([*UNITS, *TEENS, *TENS, *HUNDREDS, *SCALES, "y", "e", "and"]) + r"|\d+"
        # "ninety-four": a compound number written with a hyphen
        # round 32: after a spoken separator a piece may be two words the recogniser split ("rrhh punto andino sac
        # arroba …" for andinosac): the separator before it shows the address goes on
        # (never a spelled letter or a number: "… guion bajo ere cu noventa y ocho" is spelled)
        spelled = r"ere|ele|eme|ene|efe|ese|equis|jota|hache|zeta|doble|griega|bajo|cu|ka|pe|te|be|ce|de|ge|ve"
        piece = rf"{local_word}(?:[ \t]+(?!(?:{at}|{sep}|{spelled}|{number})(?!\w))[^\W\d_]{{3,}}(?!\w))?"
        local = rf"{local_word}(?:\s+(?>{sep})\s+{piece}|[\s-]+(?:{number})(?!\w))*"
        # providers the recogniser splits in two ("g mail", "hot mail", "out look")
        split = alternation(self.words("split_providers"))
        provider = rf"(?:{split}|{providers})" if split else rf"(?:{providers})"
        # a domain the recogniser split in words ("at riverlight med dot org"): up to three before its dot
        domain_dotted = (
            rf"(?:{provider}|{word}(?:[ \t]+{word}){{0,2}})(?:\s+(?:{dot})\s+{word})*\s+(?:{dot})\s+(?:{tlds})"
        )
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
            start = _spelled_local_start(text, start)
            lead = _CUE_THEN_WORDS.search(text[max(0, start - 60) : start])
            if lead:  # "mi correo es la flaca bonita arroba …": all the words after the cue are its local part
                start = max(0, start - 60) + lead.start("words")
            yield Match("EMAIL_ADDRESS", start, m.end(), self.score)
