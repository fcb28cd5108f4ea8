"""Phone numbers written with digits: Peruvian mobiles and landlines, +51, and other countries'."""

from __future__ import annotations

import re

from redact.numbers import UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_after, has_cue_before
from redact.registry import register

# An office line's extension right after its number ("(01) 429-5510, anexo 214", "ext. 31", "ramal 2040").
_EXTENSION = re.compile(
    r"[ \t]*,?[ \t]*(?:anexo|anx\.?|extensi[oó]n|extension|ext\.?|x|ramal|interno)[ \t]*(?:n[°º.o]?[ \t]*)?"
    r"\d{1,5}(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)

# A digit run with the separators people and Whisper put inside phone numbers.
_CANDIDATE = re.compile(r"(?<![\w+.,/:-])(?:\+|00)?\s?\(?\d[\d\s().-]{5,22}\d(?![\w/:]|[.,]\d)")


@register("phone")
class WrittenPhoneRecognizer(RuleRecognizer):
    ENTITIES = ("PHONE_NUMBER",)
    _tail: re.Pattern[str] | None = None

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        not_after = self.words("not_followed_by")
        not_before = self.words("not_preceded_by")
        allowed = set(self.words("allow_numbers"))
        yield from self._tails(text, cues)
        for m in _CANDIDATE.finditer(text):
            raw = m.group().rstrip(" .-(")
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            raw = raw.strip()
            end = start + len(raw)
            if "\n" in raw:
                continue
            digits = re.sub(r"\D", "", raw)
            if digits in allowed or digits.lstrip("0") in allowed:
                continue
            if has_cue_after(text, end, not_after, 12) or has_cue_before(text, start, not_before, 6):
                continue
            score = self._score(raw, digits, has_cue_before(text, start, cues, 45))
            if score:
                ext = _EXTENSION.match(text, end)
                yield Match("PHONE_NUMBER", start, ext.end() if ext else end, score)

    def _tails(self, text: str, cues: list[str]):
        """The end of a number someone saw ("el número terminaba en 604", "ends in 3 1 7"): a few digits
        after a phone cue and "ends in" are enough to find the phone, so they are redacted too."""
        if self._tail is None:
            tail = alternation(self.words("tail_cues"))
            digit = alternation(UNITS)
            self._tail = re.compile(
                rf"(?<!\w)(?:{tail})[ \t]+(\d{{2,4}}|(?:{digit})(?:[ \t,]+(?:{digit})){{1,3}})(?![\w])", re.IGNORECASE
            )
        for m in self._tail.finditer(text):
            if has_cue_before(text, m.start(), cues, 60) and not has_cue_after(
                text, m.end(1), self.words("not_followed_by"), 12
            ):
                yield Match("PHONE_NUMBER", m.start(1), m.end(1), self.score)

    def _score(self, raw: str, digits: str, cued: bool) -> float:
        international = raw.startswith(("+", "00"))
        grouped = bool(re.search(r"\d[\s.-]\d", raw))
        n = len(digits)
        if international and 8 <= n <= 15:
            return self.score + 0.2
        if n == 9 and digits[0] == "9":  # Peruvian mobile
            return self.score + 0.2
        if n == 11 and digits.startswith("519"):
            return self.score + 0.2
        if n in (10, 11) and (digits.startswith("0") or digits[0] == "3" or grouped):
            return self.score + 0.1  # Venezuela 04xx, Colombia 3xx, Brazil (11) 9xxxx, US
        if n in (7, 8) and (cued or grouped and n == 7):
            return self.score  # Lima landline, or a number the caller calls a phone
        if n == 9 and re.match(r"\(0\d{1,2}\)", raw) and grouped:
            return self.score  # a landline with its area code in brackets: "(01) 429-5510", "(054) 23-1234"
        if n in (6, 9, 10, 12) and cued:
            return self.score - 0.1
        if 12 <= n <= 13 and digits.startswith(("51", "55", "57", "58")) and (cued or grouped):
            return self.score  # a country code said without "+": "55 68 99912 3344" (Brazil, Acre)
        return 0.0
