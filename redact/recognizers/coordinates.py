"""Round 25: map coordinates read aloud or typed ("menos doce coma cero cuatro, menos setenta y siete coma cero
dos", "-12.0464, -77.0428", "minus fifteen point eight"): a shared location gives away a house as surely as its street
and number, and callers read out what a victim's phone sent them. Rounds 21-22 left them as a known leak.

A coordinate is a signed or unsigned number with a decimal part said with its separator word ("coma", "punto",
"vírgula", "point"); one alone is any decimal ("dos punto cinco kilos"), so it takes a pair of them side by side,
or one with a minus sign said before it and a location cue shortly before ("la ubicación que me mandó: menos
doce …"). Number words come from ``redact.numbers``; cue words are data (``recognizers.yaml``)."""

from __future__ import annotations

import re

from redact.lexicon import fold_same_offsets
from redact.numbers import HUNDREDS, TEENS, TENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.registry import register


@register("coordinates")
class CoordinatesRecognizer(RuleRecognizer):
    ENTITIES = ("ADDRESS",)
    _pair: re.Pattern[str] | None = None
    _single: re.Pattern[str] | None = None

    def _patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if self._pair is None:
            number = alternation([*UNITS, *TEENS, *TENS, *HUNDREDS])
            word = rf"(?:{number})(?![\w'’])"
            joiner = alternation(self.words("joiners"))
            whole = rf"{word}(?:[ \t]+(?:(?:{joiner})[ \t]+)?{word}){{0,2}}"
            decimals = rf"{word}(?:[ \t]*,?[ \t]+{word}){{0,7}}"
            sign = rf"(?:(?:{alternation(self.words('minus_words'))})[ \t]+|-[ \t]?)"
            point = alternation(self.words("decimal_words"))
            said = rf"{whole}[ \t]+(?:{point})[ \t]+{decimals}"
            typed = r"\d{1,3}[.,]\d{2,8}(?!\d)"
            one = rf"(?:{sign})?(?:{said}|{typed})"
            self._pair = re.compile(
                rf"(?<![\w'’.,-])(?:{one})[ \t]*[,;/]?[ \t]*(?:(?:{joiner})[ \t]+)?(?:{one})(?![\w'’])", re.IGNORECASE
            )
            self._single = re.compile(rf"(?<![\w'’.,-])(?:{sign})(?:{said}|{typed})(?![\w'’])", re.IGNORECASE)
        return self._pair, self._single

    def find(self, text, nlp_artifacts):
        pair, single = self._patterns()
        folded = fold_same_offsets(text)  # "três", "vírgula": the number tables are folded
        cues = self.words("cues")
        taken: list[tuple[int, int]] = []
        for m in pair.finditer(folded):
            # two decimals side by side: a signed one, or a location cue before them (not "dos coma cinco y tres
            # coma dos kilos", which has neither)
            signed = m.group().startswith(("-", "–")) or re.match(self._sign_words(), m.group(), re.IGNORECASE)
            if signed or has_cue_before(text, m.start(), cues, 120):
                taken.append((m.start(), m.end()))
                yield Match("ADDRESS", m.start(), m.end(), self.score)
        for m in single.finditer(folded):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if has_cue_before(text, m.start(), cues, 60):
                yield Match("ADDRESS", m.start(), m.end(), self.score)

    def _sign_words(self) -> str:
        return rf"(?:{alternation(self.words('minus_words'))})(?![\w'’])"
