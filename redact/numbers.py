"""Numbers said in words (es/en/pt), as speech recognisers write them.

``spoken_number_runs`` finds runs like "nueve seis ocho, cuatro uno dos" or
"novecientos ochenta y siete" and returns the digit string they stand for, so that
phone numbers and IDs read aloud can be recognised like written ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.lexicon import fold

UNITS = {
    # es
    "cero": 0,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    # pt ("meia" is how Brazilians say six in phone numbers)
    "zero": 0,
    "um": 1,
    "dois": 2,
    "duas": 2,
    "quatro": 4,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "meia": 6,
    # en
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "quatorze": 14,
    "catorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "veintiuno": 21,
    "veintiun": 21,  # "veintiún mil": the form before a noun or a scale
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
TENS = {
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "sessenta": 60,
    "oitenta": 80,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
HUNDREDS = {
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "trescientos": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "seiscientos": 600,
    "setecientos": 700,
    "ochocientos": 800,
    "novecientos": 900,
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "trezentos": 300,
    "quatrocentos": 400,
    "quinhentos": 500,
    "seiscentos": 600,
    "setecentos": 700,
    "oitocentos": 800,
    "novecentos": 900,
}
REPEAT = {"doble": 2, "double": 2, "triple": 3, "duplo": 2}
# Venezuelan cédulas and amounts are said as quantities: "veinticinco millones trescientos doce mil..."
SCALES = {
    "mil": 1000,
    "thousand": 1000,
    "millon": 10**6,
    "millones": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "milhao": 10**6,
    "milhoes": 10**6,
}
CONNECTORS = {"y", "e", "and"}
# Between the words of one number people put commas, dashes, dots and pauses.
_TOKEN_RE = re.compile(r"[^\W_]+|[,.\-–/]")


@dataclass(slots=True)
class NumberRun:
    start: int
    end: int
    digits: str
    scaled: bool = False  # said as a quantity with mil/millones: could be money, needs a cue


class _Chunk:
    """One number below 1000 being built word by word ("novecientos ochenta y siete")."""

    def __init__(self) -> None:
        self.hundreds: int | None = None
        self.tens: int | None = None
        self.units: int | None = None

    @property
    def empty(self) -> bool:
        return self.hundreds is None and self.tens is None and self.units is None

    def digits(self) -> str:
        if self.hundreds is not None:
            rest = (self.tens or 0) + (self.units or 0)
            return str(self.hundreds + rest)
        if self.tens is not None:
            return str(self.tens + (self.units or 0))
        return str(self.units)

    def add(self, kind: str, value: int, after_connector: bool) -> bool:
        """Add a word if it continues this number; False means it starts a new one."""
        if kind == "hundred":
            return False
        if kind == "ten":
            if self.tens is None and self.units is None and self.hundreds is not None:
                self.tens = value
                return True
            return False
        if kind == "teen":
            if self.tens is None and self.units is None and self.hundreds is not None:
                self.tens = value
                return True
            return False
        # a unit
        if self.units is None and (self.tens is not None and self.tens % 10 == 0 or self.hundreds is not None):
            if self.tens is not None or after_connector or self.hundreds is not None:
                self.units = value
                return True
        return False


def word_value(word: str) -> tuple[str, int] | None:
    key = fold(word)
    if key in UNITS:
        return "unit", UNITS[key]
    if key in TEENS:
        return "teen", TEENS[key]
    if key in TENS:
        return "ten", TENS[key]
    if key in HUNDREDS:
        return "hundred", HUNDREDS[key]
    return None


def small_number(word: str) -> int | None:
    """The value of one number word below 100 ("diecisiete" -> 17), else None."""
    found = word_value(word)
    if found is None or found[0] == "hundred":
        return None
    return found[1]


def digits_said(text: str) -> str:
    """Every digit the number words and digit groups in ``text`` spell, in order ("el uno ocho uno ocho" -> "1818")."""
    return "".join(r.digits for r in spoken_number_runs(text, min_digits=1, min_words=1))


def spoken_number_runs(text: str, min_digits: int = 6, min_words: int = 2) -> list[NumberRun]:
    """Runs of number words (and digit groups) that spell at least ``min_digits`` digits."""
    runs: list[NumberRun] = []
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    i = 0
    while i < len(tokens):
        run = _read_run(tokens, i)
        if run is None:
            i += 1
            continue
        end_index, start, end, digits, words, scaled = run
        if len(digits) >= min_digits and words >= min_words:
            runs.append(NumberRun(start, end, digits, scaled))
        i = end_index
    return runs


def _one_before_scale(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """One ("un", "um") right before a scale ("veintiún mil", "cuarenta y un millones"): one only there."""
    return fold(tokens[j][0]) in ("un", "um") and j + 1 < len(tokens) and fold(tokens[j + 1][0]) in SCALES


def _bare_thousand(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """ "mil" opening a number, with a number word after it ("mil doscientos"); "mil gracias" is no number."""
    return fold(tokens[i][0]) == "mil" and i + 1 < len(tokens) and word_value(tokens[i + 1][0]) is not None


def _read_run(tokens: list[tuple[str, int, int]], i: int):
    first = tokens[i][0]
    if fold(first) in REPEAT and i + 1 < len(tokens) and word_value(tokens[i + 1][0]) is not None:
        pass  # "doble nueve cuatro...": the repeat word is part of the number
    elif _bare_thousand(tokens, i):
        return _read_scaled(tokens, i)  # "mil cuatrocientos dos": Spanish and Portuguese say no "one" before it
    elif word_value(first) is None and not first.isdigit():
        return None
    chunks: list[str] = []
    chunk = _Chunk()
    repeat = 1
    start = tokens[i][1]
    end = start
    words = 0
    pending_connector = False
    j = i
    while j < len(tokens):
        tok, tstart, tend = tokens[j]
        key = fold(tok)
        if tok in ",.-–/":
            j += 1
            continue
        if key in CONNECTORS and not chunk.empty:
            pending_connector = True
            j += 1
            continue
        if key in REPEAT:
            repeat = REPEAT[key]
            j += 1
            continue
        if (key in SCALES or _one_before_scale(tokens, j)) and (words or not chunk.empty):
            return _read_scaled(tokens, i)
        if tok.isdigit() and len(tok) <= 4:
            if not chunk.empty:
                chunks.append(chunk.digits())
                chunk = _Chunk()
            chunks.append(tok)
            end = tend
            words += 1
            pending_connector = False
            j += 1
            continue
        value = word_value(tok)
        if value is None:
            break
        kind, number = value
        if not chunk.add(kind, number, pending_connector):
            if not chunk.empty:
                chunks.append(chunk.digits())
            chunk = _Chunk()
            if kind == "hundred":
                chunk.hundreds = number
            elif kind in ("ten", "teen"):
                chunk.tens = number
            else:
                chunk.units = number
            if repeat > 1 and kind == "unit":
                chunks.extend([str(number)] * (repeat - 1))
        repeat = 1
        pending_connector = False
        end = tend
        words += 1
        j += 1
    if not chunk.empty:
        chunks.append(chunk.digits())
    return max(j, i + 1), start, end, "".join(chunks), words, False


def _read_scaled(tokens: list[tuple[str, int, int]], i: int):
    """A number said as a quantity: 'veinticinco millones trescientos doce mil ochocientos cuarenta'."""
    total = current = 0
    start = tokens[i][1]
    end = start
    words = 0
    j = i
    while j < len(tokens):
        tok, _, tend = tokens[j]
        key = fold(tok)
        value = word_value(tok)
        if key in SCALES:
            total += max(current, 1) * SCALES[key]
            current = 0
        elif value is not None:
            current += value[1]
        elif _one_before_scale(tokens, j):
            current += 1  # "cuarenta y un millones": "un" is one only before a scale
        elif key in CONNECTORS or tok in ",":
            j += 1
            continue
        else:
            break
        end = tend
        words += 1
        j += 1
    return max(j, i + 1), start, end, str(total + current), words, True
