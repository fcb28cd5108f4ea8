"""Vehicle licence plates: Peru (ABC-123, P1F-738, motos 1234-AB / 3728-2B), Brazil, Venezuela,
and plates read aloud after "placa" / "plate"."""

from __future__ import annotations

import re

from redact.numbers import word_value
from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.registry import register

_PLATES = re.compile(
    r"(?<![\w-])(?:"
    r"(?i:(?=[A-Z0-9]{3}-)(?=[A-Z0-9]{0,2}[A-Z])[A-Z0-9]{3}-\d{3})"  # Peru cars: ABC-123, P1F-738
    r"|\d{4}-(?:\d[A-Z]|[A-Z]{1,2}\d?)"  # Peru motorcycles: 3728-2B, 1234-AB
    r"|[A-Z]{3}[- ]?\d[A-Z0-9]\d{2}"  # Brazil: ABC1D23, ABC 1D23, ABC-1234
    r"|[A-Z]{2}\d{3}[A-Z]{2}"  # Venezuela: AB123CD
    r")(?![\w-])"
)
_ALNUM = re.compile(
    r"(?<![\w-])(?:(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]{2,4}-?[A-Za-z0-9]{2,4}"
    # a boat's registration, port letters, number, kind ("CO-21458-PM" said "co 21458 pm")
    r"|[A-Za-z]{2,3}[ -]\d{4,6}[ -]"
    r"(?!(?i:de|la|el|en|es|y|a|o|e|por|con|que|se|su|lo|and|the|of|da|do)(?![\w-]))[A-Za-z]{1,3}"
    # not a preposition before an amount ("pagó la placa con 150 soles")
    # nor the verb that says it ("la placa es w4k 730": the plate is "w4k 730", not "es w4k")
    r"|(?!(?i:con|de|del|por|and|for|com|para|y|es|era|is|was|la|el|the|son|sao)\ )"
    r"[A-Za-z]{2,4} (?=[A-Za-z]?\d)[A-Za-z0-9]{2,4}"
    # a car plate with a digit among its letters read with a space ("z1e 742", "b7k 019")
    r"|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{3} \d{3})(?![\w-])"
)  # the spaced forms after a cue only: lowercase speech output writes "qtp 4h19" with a space
_AFTER_PLATE = {"y", "e", "o", "u", ",", "-"}
_FILLERS = {"eh", "em", "ehh", "este", "ah", "uh", "um", "mm"}
_SPOKEN_TOKEN = re.compile(r"[^\W_]+|[,-]")


@register("plate")
class PlateRecognizer(RuleRecognizer):
    ENTITIES = ("OTHER_ID",)

    def __init__(self, language: str, score: float = 0.8, **params):
        super().__init__(language, score, **params)
        self._fleet = re.compile(
            rf"(?<!\w)(?P<article>(?:la|el|al|del|the|o|a|no|na|do|da|num|numa)[ \t]+)?"
            rf"(?i:{alternation(self.words('fleet_cues'))})"
            r"[ \t]+(?i:n[°º.o]?[ \t]*|nro\.?[ \t]*|número[ \t]+|numero[ \t]+|number[ \t]+|#[ \t]*)?"
            r"(?!(?:19|20)\d\d(?!\d))(?P<number>\d{2,5})(?![\w:.,/-]*\d)(?![\w-])"  # not a year
            rf"(?![ \t]*(?i:{alternation(self.words('fleet_not_before'))})(?!\w))",
            re.IGNORECASE,
        )
        self._part_cue = re.compile(rf"(?<!\w)(?:{alternation(self.words('part_cues'))})(?!\w)", re.IGNORECASE)

    def find(self, text, nlp_artifacts):
        cues = self.words("cues")
        for m in _PLATES.finditer(text):
            yield Match("OTHER_ID", m.start(), m.end(), self.score)
        for m in self._fleet.finditer(text):
            if m.group("article") or len(m.group("number")) >= 3:  # "turismo civa unidad 4521", "bus 208"
                yield Match("OTHER_ID", m.start("number"), m.end("number"), self.score - 0.1)
        for m in _ALNUM.finditer(text):
            if has_cue_before(text, m.start(), cues, 40):
                yield Match("OTHER_ID", m.start(), m.end(), self.score)
        yield from self._spoken(text, cues)

    def _spoken(self, text, cues):
        """'la placa es pe uno efe siete tres ocho': single letters and digit words after the cue."""
        letters = set(self.words("letter_names"))
        for cue in re.finditer(r"(?<!\w)(?:placa|plate|matrícula|placa)\b", text, re.IGNORECASE):
            tail = text[cue.end() : cue.end() + 80]
            # "la placa de la camioneta es a b c…": what the plate belongs to comes before "es"
            said = re.match(r"[^\n.;]{0,30}?(?<!\w)(?:es|is|era|was|é)(?!\w)|\s*:", tail, re.IGNORECASE)
            if said and re.match(r"\s+(?:de|del|of|da|do)\s", tail):
                tail = " " * said.end() + tail[said.end() :]
            # the parts someone saw ("la placa empezaba con v1m", "plate started with VBK", "… y terminaba en
            # novecientos tres"): a piece of a plate is the plate's, however short
            piece = self._piece(tail, 0, letters, part=False)
            if piece and piece[2] >= 4:
                yield Match("OTHER_ID", cue.end() + piece[0], cue.end() + piece[1], self.score - 0.1)
            for part in self._part_cue.finditer(tail):
                piece = self._piece(tail, part.end(), letters, part=True)
                if piece and piece[2] >= 2:
                    yield Match("OTHER_ID", cue.end() + piece[0], cue.end() + piece[1], self.score - 0.1)

    @staticmethod
    def _piece(tail: str, pos: int, letters: set[str], part: bool) -> tuple[int, int, int] | None:
        """(start, end, characters) of the letters and digits said from ``pos`` on, or None."""
        start = end = None
        count = 0
        for tok in _SPOKEN_TOKEN.finditer(tail, pos):
            word = tok.group().lower()
            is_part = len(word) == 1 or word in letters or word_value(word) is not None or word.isdigit()
            if word in ("es", "is", "era", "was", "é", "la", "número", ",", "-") and start is None:
                continue
            if start is not None and word in _FILLERS:
                continue  # "V2G eh siete ocho cuatro": a hesitation inside the plate
            mixed = re.fullmatch(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,4}", word)  # "v2g" written as one
            letters_typed = part and re.fullmatch(r"[A-Z]{2,4}", tok.group())  # "empezaba con VBK"
            if not (is_part or mixed or letters_typed):
                break
            start = tok.start() if start is None else start
            if word not in _AFTER_PLATE:
                end = tok.end()  # "P1F-738 y la moto": the conjunction after a plate is no part of it
            count += len(word) if mixed or letters_typed else 1
        return (start, end, count) if start is not None else None
