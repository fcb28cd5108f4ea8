"""Round 30: the edges of an identifier said with its hyphens.

Registrations, accounts and passports are said piece by piece with their hyphens: typed ("A-T-5-1-9-0-6-4-2") or said
as a word ("te a guion cuarenta y ocho doscientos once guion ce eme", "… cero seis guion uno guion cuatro siete").
The rules find the run of digits; the pieces on the other side of a hyphen are the same identifier: single letters
glued by typed hyphens before it, and after a spoken hyphen ("guion / dash / hyphen / hífen / traço") the letter
names or number words up to the next other word. A spoken hyphen between two found pieces joins them. Never across a
comma or a sentence's end, and only beside an ID, a code or a phone already found. Letters said before the digits
with no hyphen are the identifier's too ("boleto f cero cero tres", "pasaporte pe a cero dos …").
"""

from __future__ import annotations

import re

from redact.lexicon import fold_same_offsets, stop_words
from redact.numbers import word_value
from redact.spelling import letter_of
from redact.types import Entity

_KINDS = ("ID_NUMBER", "OTHER_ID", "PHONE_NUMBER")
_HYPHEN_WORD = r"(?:guion|dash|hyphen|hifen|traco|raya)"
_TYPED_LETTERS = re.compile(r"(?:(?<![\w-])[A-Za-z]-)+\Z")
_WORD = re.compile(r"[^\W\d_]+|\d+")


def _piece_word(w: str) -> bool:
    """A word that can be a piece of an identifier: a digit run, a number word or a letter's name."""
    return w.isdigit() or word_value(w) is not None or w in ("y", "mil") or (len(w) <= 3 and letter_of(w) is not None)


def _after(folded: str, end: int) -> int:
    """The end of the pieces said after a spoken hyphen right after ``end``."""
    while True:
        m = re.match(rf"[ \t]+{_HYPHEN_WORD}[ \t]+", folded[end:])
        if not m:
            return end
        pos, last = end + m.end(), None
        for w in _WORD.finditer(folded, pos):
            if folded[pos : w.start()].strip(" \t") or not _piece_word(w.group()):
                break
            pos = w.end()
            if w.group() != "y":
                last = w.end()
        if last is None:
            return end
        end = last


def _before(folded: str, start: int) -> int:
    """The start of the letter names said before a spoken hyphen right before ``start``."""
    m = re.search(rf"[ \t]+{_HYPHEN_WORD}[ \t]+\Z", folded[:start])
    if not m:
        return start
    words = list(_WORD.finditer(folded[max(0, m.start() - 40) : m.start()]))
    first = None
    base = max(0, m.start() - 40)
    for w in reversed(words):
        gap = folded[base + w.end() : (base + first.start()) if first else m.start()]
        if gap.strip(" \t") or not (len(w.group()) <= 3 and letter_of(w.group()) is not None):
            break
        first = w
    return base + first.start() if first else start


def _letters_before(folded: str, start: int) -> int:
    """The start of the letters said right before an identifier's digits with no hyphen ("boleto f cero cero
    tres", "el giro g veinte cero nueve", "el número es pe a cero dos"): up to three letter names, the outermost
    no word of the sentence ("a", "de", "te"), so "llame a cero" and "número de cero" keep their words."""
    words = []
    pos = start
    while len(words) < 3:
        m = re.search(r"([^\W\d_]+)[ \t]+\Z", folded[max(0, pos - 12) : pos])
        if not m:
            break
        w_start = max(0, pos - 12) + m.start(1)
        word = m.group(1)
        if len(word) > 5 or letter_of(word) is None:
            break
        words.append((w_start, word))
        pos = w_start
    while words and words[-1][1] in stop_words():
        words.pop()
    return words[-1][0] if words else start


def widen_ids(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each ID, code or phone grown over the pieces across its hyphens (see the docstring)."""
    folded = fold_same_offsets(text).replace("guión", "guion")  # "guión" stays accented where folding keeps case only
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        if e.type in _KINDS:
            start, end = e.start, e.end
            t = _TYPED_LETTERS.search(text[max(0, start - 12) : start])
            if t:
                start = max(0, start - 12) + t.start()
            start = _before(folded, start)
            start = _letters_before(folded, start)
            end = _after(folded, end)
            e = Entity(e.type, start, end, e.score) if (start, end) != (e.start, e.end) else e
            if out and out[-1].type in _KINDS and out[-1].end >= e.start - 1 and out[-1].end <= e.end:
                last = out.pop()
                e = Entity(last.type, last.start, e.end, max(last.score, e.score))
        if out and e.start < out[-1].end and e.end <= out[-1].end:
            continue
        out.append(e)
    return out
