"""Words spelled letter by letter ("c c e n t e", "a hache u a n a r i", "T-R-E-M-B-L-A-Y").

Callers spell surnames the operator cannot write down; speech recognisers write the letters
as single characters or as their Spanish names ("hache", "jota", "doble ele"). ``spelled_runs``
finds such runs and the word they spell, so a run can be redacted and its joined word
("yosmary") recognised as a name everywhere else in the call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redact.lexicon import fold
from redact.numbers import TEENS, TENS, UNITS, word_value

# Spanish (and a few Portuguese/English) letter names -> the letter; keys are folded, as units are
# looked up by ``fold`` ("eñe" -> "ene", "agá" -> "aga"); "doble ele" and "double u" go by the rule in
# ``letter_of``, and ñ is written as n (the name lists are folded too)
LETTER_NAMES = {
    "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g", "hache": "h", "ache": "h", "i": "i",
    "jota": "j", "ka": "k", "ele": "l", "eme": "m", "ene": "n", "o": "o", "pe": "p", "cu": "q",
    "erre": "r", "ere": "r", "ese": "s", "te": "t", "u": "u", "uve": "v", "ve": "v", "equis": "x", "ye": "y",
    "zeta": "z", "seta": "z", "jay": "j", "dobleve": "w", "doble u": "w", "double u": "w", "doble ve": "w",
    "i griega": "y", "aga": "h", "ca": "k",
}  # fmt: skip
# round 24: "ca" is how "ka" is often written down ("hache, u, i, doble ele, ca, a")
# Units that are everyday words too: a run needs letters that are not only these ("a e i o u", "que te de a")
WEAK = {"a", "e", "i", "o", "u", "y", "de", "te", "pe", "ese", "ve", "be", "ce", "ka", "ca", "cu", "ye", "ge"}
# Spelling cues: with one of these before it a run of two letters is already a spelling
CUES = re.compile(
    r"(?:se\s+escribe|escrib[eo]|deletre\w*|letra\s+por\s+letra|con\s+(?:doble\s+)?|spell\w*|"
    r"soletr\w*|se\s+escreve|como\s+se\s+escribe|with\s+an?|ortograf\w*)\s*[:,]?\s*$",
    re.IGNORECASE,
)
# A request to spell ("¿me puede deletrear el apellido?" / "how do you spell it?") cues the letters of the
# answer: the caller's turn opens with "sí" or "ya" and may use only everyday letter names ("ce ce o erre i")
REQUEST = re.compile(
    r"(?:deletre\w*|spell\w*|soletr\w*|letra\s+por\s+letra|c[oó]mo\s+se\s+escribe|como\s+se\s+escreve)[^\n]*\n"
    r"(?:(?:s[ií]|ya|claro|bueno|ok|okay|sure|yes|sim|it'?s|es|é|eh|a\s+ver|mire|mira|olha)[ \t,.:]*)*$",
    re.IGNORECASE,
)
REQUEST_WINDOW = 200
# one unit: "doble ele", "i griega", a letter name or a single letter (not a digit)
_PAIR = r"(?:doble|double|duplo)[\s-]+[^\W\d_]+|i\s+griega|doble\s+u|double[\s-]u"
_UNIT_RE = re.compile(rf"(?<![\w'’])(?:{_PAIR}|[^\W\d_]+|\d)(?![\w'’])", re.IGNORECASE)
_GAP_RE = re.compile(r"(?:[\s,.\-–/]+|(?<!\w)(?:guion|guión|dash|hyphen|raya|traço|traco)(?!\w))*", re.IGNORECASE)
_HYPHENED = re.compile(r"[^\W\d_](?:-[^\W\d_]){1,}")
_SPOKEN_GAPS = {"guion", "dash", "hyphen", "raya", "traco"}
# "b y c", "a o b": three units with a conjunction in the middle are a list of letters, not a spelling
_LIST_MIDDLE = {"y", "e", "o", "u"}


# round 36: a letter made sure with a word that starts with it ("be de burro", "V as in Victor", "ce como
# casa"); the word belongs to the letter, and a letter said this way is no everyday word
_KEYWORD_RE = re.compile(
    r"[ \t]+(?:de|as[ \t]+in|like|for|como(?:[ \t]+en)?|com[ \t]+de|of)[ \t]+([^\W\d_]{3,})(?![\w'’])", re.IGNORECASE
)
# round 36: a two-digit number said as one ("ka jota ere te cuarenta y cinco", "dash forty-two")
_COMPOUND_RE = re.compile(r"(?:[ \t]+(?:y|e|and)[ \t]+|[ \t]*-[ \t]*)([^\W\d_]+)(?![\w'’])", re.IGNORECASE)


_NEXT_WORD_RE = re.compile(r"[\s,.\-]*([^\W\d_]+)")


class _Unit:
    """One unit of a run: a matched letter or digit word, possibly widened over its key word."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _widen(
    text: str, m: re.Match[str], letter: str | None, digit_words: bool, letters_before: int
) -> tuple[_Unit, str | None]:
    """The unit, widened over "de burro" after a letter or "y cinco" after a tens word; a number said whole
    counts only after two letters of a code ("ka jota … cuarenta", not "de cincuenta" nor "dos treinta")."""
    if letter is not None and letter.isalpha() and len(letter) == 1:
        k = _KEYWORD_RE.match(text, m.end())
        if k and fold(k.group(1))[0] == letter:
            return _Unit(m.start(), k.end(), text[m.start() : k.end()]), letter
        return _Unit(m.start(), m.end(), m.group()), letter
    key = fold(m.group())
    if letter is None and digit_words and (key in TENS or key in TEENS) and letters_before >= 2:
        if key in TEENS:
            return _Unit(m.start(), m.end(), m.group()), str(TEENS[key])
        c = _COMPOUND_RE.match(text, m.end())
        value, end = TENS[key], m.end()
        if c and fold(c.group(1)) in UNITS and 0 < UNITS[fold(c.group(1))] < 10:
            value, end = value + UNITS[fold(c.group(1))], c.end()
        after = _NEXT_WORD_RE.match(text, end)
        if after and word_value(after.group(1)) and word_value(after.group(1))[0] != "unit":
            return _Unit(m.start(), m.end(), m.group()), None  # "cuarenta y ocho doscientos once": a whole number
        return _Unit(m.start(), end, text[m.start() : end]), str(value)
    return _Unit(m.start(), m.end(), m.group()), letter


@dataclass(slots=True)
class SpelledRun:
    start: int
    end: int
    letters: str  # the word spelled, lowercase; digits kept for codes ("bgh227")
    strong: int  # letters no everyday word could be
    digits: int
    cued: bool


def letter_of(unit: str) -> str | None:
    """The letter a unit stands for ("hache" -> "h", "T" -> "t", "doble ele" -> "ll"), else None."""
    key = fold(unit).replace("-", " ")
    key = re.sub(r"\s+", " ", key)
    if key.isdigit() and len(key) == 1:
        return key
    if len(key) == 1 and key.isalpha():
        return key
    if key in LETTER_NAMES:
        return LETTER_NAMES[key]
    m = re.fullmatch(r"(?:doble|double|duplo) (\S+)", key)
    if m:
        inner = letter_of(m.group(1))
        if inner and inner.isalpha():
            return inner * 2 if inner not in ("u", "v") else "w"
    return None


def _is_strong(unit: str, letter: str) -> bool:
    key = fold(unit)
    if " " in key or "-" in key:
        return True
    return key not in WEAK


def spelled_runs(text: str, min_units: int = 3, digit_words: bool = False) -> list[SpelledRun]:
    """Runs of letters (and, with ``digit_words``, digits and digit words for codes) one after another."""
    out: list[SpelledRun] = []
    units = [m for m in _UNIT_RE.finditer(text) if fold(m.group()) not in _SPOKEN_GAPS]
    i = 0
    while i < len(units):
        run: list[tuple[_Unit, str]] = []
        j = i
        while j < len(units):
            m = units[j]
            if run:
                if m.start() < run[-1][0].end():
                    j += 1  # inside the key word or the compound number of the unit before
                    continue
                gap = text[run[-1][0].end() : m.start()]
                spoken_gap = any(w in _SPOKEN_GAPS for w in re.findall(r"[^\W\d_]+", fold(gap)))
                if (
                    not _GAP_RE.fullmatch(gap)
                    or "\n" in gap
                    or (gap.count(",") + gap.count(".") > 1 and not spoken_gap)
                ):
                    break
            letter = letter_of(m.group())
            if letter is None and digit_words and fold(m.group()) in UNITS:
                letter = str(UNITS[fold(m.group())])
            alpha = sum(1 for _, seen in run if seen.isalpha())
            unit, letter = _widen(text, m, letter, digit_words, alpha)
            if letter is None or (letter.isdigit() and not digit_words):
                break
            if (
                letter.isdigit()
                and len(run) >= 2
                and fold(run[-1][0].group()) in _LIST_MIDDLE
                and run[-2][1].isdigit()
                and (len(letter) > 1 or len(run[-2][1]) > 1)
            ):
                break  # "diez y cuarenta": a conjunction between numbers said whole is no letter
            run.append((unit, letter))
            j += 1
        while len(run) > 1 and any(letter.isdigit() for _, letter in run) and fold(run[-1][0].group()) in _LIST_MIDDLE:
            run.pop()  # "el bus 2 4 y ya": the conjunction after a number is no letter of a code
        if len(run) >= 2:
            # trailing/leading digits only belong to codes; a name run ends at its last letter
            letters = "".join(letter for _, letter in run)
            strong = sum(1 for m, letter in run if not letter.isdigit() and _is_strong(m.group(), letter))
            n_digits = sum(1 for _, letter in run if letter.isdigit())
            start = run[0][0].start()
            cued = (
                bool(CUES.search(text[max(0, start - 40) : start]))
                or bool(REQUEST.search(text[max(0, start - REQUEST_WINDOW) : start]))
                or bool(_HYPHENED.fullmatch(text[start : run[-1][0].end()]))
            )  # "A-N-A": letters joined by hyphens are spelled whatever they are
            listed = len(run) == 3 and fold(run[1][0].group()) in _LIST_MIDDLE and len(run[0][0].group()) == 1
            if (len(run) >= min_units or cued) and not listed:
                out.append(SpelledRun(start, run[-1][0].end(), letters, strong, n_digits, cued))
            i = j
        else:
            i = max(j, i + 1)
    return out


def spelled_words(span_text: str) -> list[str]:
    """The word a spelled span stands for ("y o s m a r y" -> "yosmary"), else nothing.

    "con ye y o s m a r y" names the first letter and then spells it again: when a letter name
    is followed by its own letter, the word without the announced letter is given too."""
    units = list(_UNIT_RE.finditer(span_text))
    letters = [letter_of(m.group()) for m in units]
    while letters and letters[0] is not None and letters[0].isdigit():  # "dos eme m a m a n i"
        letters.pop(0)
        units.pop(0)
    if len(units) < 3 or any(letter is None or letter.isdigit() for letter in letters):
        return []
    word = "".join(letters)  # type: ignore[arg-type]
    words = [word]
    if len(units[0].group()) > 1 and letters[0] == letters[1]:
        words.append("".join(letters[1:]))  # type: ignore[arg-type]
    return words
