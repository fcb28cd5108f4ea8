"""Web addresses with any top-level domain: typed ("linktr.ee/ana_spa", "beacons.ai/sandra.models") and said
aloud ("bit punto ly barra empleo lima veinticuatro", "trabajos ya punto com punto pe barra postula").

handle_url knows the common domains only, and a spoken address only after a social-media cue; short-link and
link-in-bio services (bit.ly, linktr.ee, beacons.ai) are how recruiters send victims to a page, and their
path is the part that names the recruiter.
"""

from __future__ import annotations

import re

from redact.lexicon import fold, stop_words
from redact.numbers import SCALES, word_value
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

# a host, a dot, a top-level domain of letters, then a path: nothing else in a call looks like that
_TYPED = re.compile(r"(?<![\w@./])[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,10}/[\w.~%?=&#+-]*[\w~%=#+-]", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"[ \t]+")


def _is_number(word: str) -> bool:
    return word_value(word) is not None or fold(word) in SCALES


def _is_talk(word: str) -> bool:
    """A function word that ends a path said aloud; numbers ("dos mil") belong to it."""
    return fold(word) in stop_words() and not _is_number(word)


@register("web_address")
class WebAddressRecognizer(RuleRecognizer):
    ENTITIES = ("OTHER_ID",)

    def __init__(self, language: str, score: float = 0.8, **params):
        super().__init__(language, score, **params)
        dot = alternation(self.words("dots"))
        slash = alternation(self.words("slashes"))
        joint = alternation(self.words("path_joints"))
        tld = alternation([*self.words("strong_domains"), *self.words("weak_domains")])
        self._strong = {fold(w) for w in self.words("strong_domains")}
        cues = alternation(self.words("link_cues"))
        # host, then one or two spoken dots with their domains ("com punto pe")
        self._spoken = re.compile(
            rf"(?<!\w)(?P<host>[^\W_]+)[ \t]+(?:{dot})[ \t]+(?P<tld>{tld})"
            rf"(?P<second>[ \t]+(?:{dot})[ \t]+(?:{tld}))?(?!\w)",
            re.IGNORECASE,
        )
        self._email_domain = re.compile(rf"(?<!\w)(?:{alternation(self.words('at_words'))})[ \t,]+$", re.IGNORECASE)
        self._slash = re.compile(rf"[ \t]+(?:{slash})[ \t]+", re.IGNORECASE)
        self._joint = re.compile(rf"[ \t]+(?:{joint})[ \t]+", re.IGNORECASE)
        self._cue_before = re.compile(
            rf"(?<!\w)(?:{cues})[ \t:,]*(?:(?:es|is|was|era|é|fue|foi|:)[ \t]+)?(?:(?:el|la|o|a|the)[ \t]+)?$",
            re.IGNORECASE,
        )
        # round 32: the cue and the host apart by a relative clause ("el link que le mandaron es becas horizonte
        # punto net", "the site they sent her is …", "o site que mandaram é …")
        self._cue_clause = re.compile(
            rf"(?<!\w)(?:{cues})[ \t]+(?:que|they|that|which)(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]+"
            rf"(?:es|is|was|era|é|fue|foi)[ \t]+$",
            re.IGNORECASE,
        )
        self._max_path_words = int(self.params.get("max_path_words", 4))
        self._max_host_words = int(self.params.get("max_host_words", 3))

    def find(self, text, nlp_artifacts):
        for m in _TYPED.finditer(text):
            yield Match("OTHER_ID", m.start(), m.end(), self.score)
        for m in self._spoken.finditer(text):
            if self._email_domain.search(text, max(0, m.start() - 12), m.start()):
                continue  # "arroba gmail punto com": an e-mail's domain, spoken_email's and spoken_handles' to read
            end = m.end()
            has_path = bool(self._slash.match(text, end))
            # a domain that is also a word ("el punto es que …"), or a host that is ("that dot com thing"),
            # counts only with a path or a second domain after it
            weak = fold(m.group("tld")) not in self._strong or fold(m.group("host")) in stop_words()
            if weak and not (has_path or m.group("second")):
                continue
            if has_path:
                end = self._path_end(text, end)
            yield Match("OTHER_ID", self._host_start(text, m.start()), end, self.score)

    def _path_end(self, text: str, end: int) -> int:
        """The path after "barra": words joined by more slashes, spoken dots or underscores, or by spaces up to a
        function word ("barra empleo lima veinticuatro y después"), a punctuation mark or ``max_path_words``."""
        words = 0
        while words < self._max_path_words:
            gap = self._slash.match(text, end) or self._joint.match(text, end) or _SPACE.match(text, end)
            word = _WORD.match(text, gap.end()) if gap else None
            if word is None or not gap.group().strip() and _is_talk(word.group()):
                break
            end, words = word.end(), words + (not _is_number(word.group()))  # "punto dos mil nueve": one part
        return end

    def _host_start(self, text: str, start: int) -> int:
        """A host said as several words after a link cue ("entra a la página trabajos rápidos punto com", "the
        link is sunny jobs dot com"): the words between the cue and the dot are the host."""
        before = text[max(0, start - 80) : start]
        words = list(_WORD.finditer(before))
        for n in range(1, min(self._max_host_words, len(words))):
            if fold(words[-n].group()) in stop_words():
                break
            if self._cue_before.search(before[: words[-n].start()]) or self._cue_clause.search(
                before[: words[-n].start()]
            ):
                return start - (len(before) - words[-n].start())
        return start
