"""Round 21: the edges of an identifier said aloud.

The number rules find the digits; the words around them that belong to the identifier were left readable, and
each gives part of it away:

* the plus sign said as a word before a phone's country code ("plus 91 98470 21365");
* an ID's letter said before its digits, alone or told by a word as in spelling ("ve, treinta y un millones …",
  "R as in Romeo, three zero five …"); never a letter name that is an everyday word ("a", "de", "te");
* in cased text, the issuing place's code in capitals right after an ID ("9384112 LP").

Round 22 (heldout30-31's leaks, checked on every set):

* the plus sign before any piece of a number, not only one already typed a phone ("más cinco nueve tres" was read as
  an ID's digits; an ID is never said with a plus, so the piece is a phone's country code);
* in cased text, a capital letter right before the digits whatever they were typed ("passport number: C 4829163" was
  typed a phone for its seven digits);
* a token mixing letters and digits right before an ID's digits said in words ("t1k cuatro siete ocho": the plate's
  first half), never an ordinal ("2do", "3rd");
* the units a number said in words goes on with after its tens ("calle los cipreses doscientos cuarenta [y uno]":
  the rules stopped at "y"), on any identifier or address, never before a count or an amount ("… cuarenta y dos
  chicas").

A house or flat number said in words after its cue ("la calle los pinos número mil doscientos treinta y cuatro",
"… departamento mil cuatrocientos dos"): the address rules took the street and the cue and stopped at the words.

Words lists are data (``data/number_edges.yaml``). Each move only grows an identifier; a finding it grows over (the
"Romeo" of "R as in Romeo") is dropped, as that part now belongs to the identifier.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets, mostly_lowercase
from redact.numbers import TENS, UNITS, spoken_number_runs, word_value
from redact.spelling import LETTER_NAMES, WEAK  # letter name -> letter; letter names that are words
from redact.types import Entity

_NUMBERS = ("PHONE_NUMBER", "ID_NUMBER", "OTHER_ID")
_IDS = ("ID_NUMBER", "OTHER_ID")


@cache
def _data() -> dict:
    return data_yaml("number_edges.yaml")


@cache
def _plus_before() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _data()["plus_words"])  # as written: alternation() folds accents
    return re.compile(rf"(?<!\w)(?:{words})[ \t]+$", re.IGNORECASE)


@cache
def _not_letters() -> frozenset[str]:
    return frozenset(_data()["not_letters"])


@cache
def _letter_before() -> re.Pattern:
    """An ID's letter right before its digits: a single letter or a letter name, maybe told by a word ("R as in
    Romeo"), then a comma or a colon at most."""
    names = sorted(set(LETTER_NAMES) - _not_letters() - {k for k in LETTER_NAMES if " " in k})
    letter = rf"(?:[^\W\d_]|{alternation(names)})"
    told = rf"(?:[ \t]+(?:{alternation(_data()['spelled_by'])})[ \t]+[^\W\d_]+)?"
    # round 24: or glued by a hyphen, as IDs are typed ("C-0482913", "E-1234567")
    return re.compile(rf"(?<![\w'’])(?P<letter>{letter}){told}(?:[ \t]*[,:]?[ \t]+|[ \t]*[-–][ \t]*)$")


@cache
def _suffix_after() -> re.Pattern:
    return re.compile(rf"[ \t]+[A-Z]{{2,{int(_data()['id_suffix_max_letters'])}}}(?![\w'’])")


@cache
def _mixed_token_before() -> re.Pattern:
    """A plate's half written as one token of letters and digits ("t1k", "A3F"), right before the rest."""
    return re.compile(r"(?<![\w'’])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{2,5}[ \t]+$")


@cache
def _ordinal_tokens() -> re.Pattern:
    return re.compile(rf"\d+(?:{alternation(_data()['ordinal_suffixes'])})", re.IGNORECASE)


@cache
def _units_after_tens() -> re.Pattern:
    """ "y uno", "e três": the units after a number's tens, then the next word (to tell a count: "y dos chicas")."""
    joiners = alternation(_data()["tens_joiners"])
    units = alternation(sorted(k for k, v in UNITS.items() if 1 <= v <= 9) + list(_data()["unit_words_extra"]))
    return re.compile(rf"[ \t]+(?:{joiners})[ \t]+(?:{units})(?![\w'’])")


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("address_chain.yaml")["count_nouns"])


def _units_end(text: str, folded: str, end: int) -> int:
    """Where a number said in words ends when its units follow its tens ("cuarenta [y uno]"), else ``end``."""
    last = re.search(r"([^\W\d_]+)$", folded[max(0, end - 20) : end])
    if not last or last.group(1) not in TENS:
        return end
    after = _units_after_tens().match(folded, end)
    if not after:
        return end
    following = re.match(r"[ \t]+([^\W\d_]+)", folded[after.end() :])
    if following and following.group(1) in _count_nouns():
        return end  # "… cuarenta y dos chicas": a count
    return after.end()


@cache
def _house_number_cues() -> tuple[re.Pattern, re.Pattern]:
    """A house or flat number's cue ending an address ("… número") or right after it (", nro", "departamento")."""
    cues = alternation(_data()["house_number_cues"])
    return re.compile(rf"(?<![\w'’])(?:{cues})$"), re.compile(rf"[ \t]*,?[ \t]*(?:{cues})(?![\w'’])")


_GAP = re.compile(r"[ \t]+")


def _house_number_end(text: str, folded: str, end: int) -> int:
    """Where an address ends when a house number said in words follows its cue, else ``end``. A house number has
    at most five digits: a longer run after "número" is a phone's."""
    ending, following_cue = _house_number_cues()
    cue_end = end if ending.search(folded, max(0, end - 30), end) else None
    if cue_end is None and (cue := following_cue.match(folded, end)):
        cue_end = cue.end()
    gap = _GAP.match(text, cue_end) if cue_end is not None else None
    if gap is None:
        return end
    runs = spoken_number_runs(text[gap.end() : gap.end() + 80], min_digits=1, min_words=1)
    if not runs or runs[0].start != 0 or len(runs[0].digits) > int(_data()["house_number_max_digits"]):
        return end
    number_end = gap.end() + runs[0].end
    after = re.match(r"[ \t]+([^\W\d_]+)", folded[number_end : number_end + 40])
    if after and after.group(1) in _count_nouns():
        return end  # "… número dos chicas": a count
    return number_end


def _capital_right_before(text: str, start: int) -> int | None:
    """The start of a lone capital letter one space (or a comma) before ``start`` ("C 4829163"), not a word ("I",
    "A", "Y") unless it stands in mid-sentence (round 25: "It is A, zero nine, eight one …")."""
    m = re.search(r"(?<![\w'’])([A-Z]),?[ \t]$", text[max(0, start - 4) : start])
    if not m or (m.group(1).lower() in _not_letters() and not _mid_sentence_letter(text, start - len(m.group(0)))):
        return None
    return start - len(m.group(0))


def _mid_sentence_letter(text: str, at: int) -> bool:
    """Round 25: a capital that is also a word ("A", "E", "O", "Y") is a letter when it stands in mid-sentence, after
    a lowercase word or a comma or colon, where the word would be written in lowercase ("the passport is A, zero
    nine …", "read it again: A zero nine …"); never "I", which English always writes as a capital."""
    if text[at] == "I":
        return False
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return bool(before) and (before[-1].islower() or before[-1] in ",:;")


@cache
def _glued_letters_before() -> re.Pattern:
    """Round 25: up to three letters glued by a hyphen right before the digits, as an ID is typed ("LE-0458213", a
    seaman's book; "A-208-451-337", an alien number): "A" and "LE" are words only when a space follows them."""
    return re.compile(r"(?<![\w'’\-–])[^\W\d_]{1,3}[-–]$")


_EXTENSION_TOKEN = re.compile(r"[^\W_]+")


@cache
def _extension_cue() -> re.Pattern:
    return re.compile(rf"[ \t]*,?[ \t]*(?:{alternation(_data()['extension_words'])})\.?[ \t]+", re.IGNORECASE)


def _extension_end(folded: str, end: int) -> int:
    """The end of a phone's extension said after it ("044 48 6200 extension 312", "… anexo dos cuatro"): digits
    or number words after the cue, as many as an extension has."""
    cue = _extension_cue().match(folded, end)
    if not cue:
        return end
    limit = int(_data()["extension_max_digits"])
    last, previous, digits = end, cue.end(), 0
    for tok in _EXTENSION_TOKEN.finditer(folded, cue.end()):
        word = tok.group()
        if folded[previous : tok.start()].strip(" \t"):
            break  # a comma or a stop ends it
        if word.isdigit():
            digits += len(word)
        elif word not in ("y", "e", "and") or last == end:
            if word_value(word) is None:
                break
            digits += 1
        if word not in ("y", "e", "and"):
            last = tok.end()
        previous = tok.end()
    return last if 0 < digits <= limit else end


# Round 25: a check character glued by a hyphen after an ID's digits (a Chilean RUT "25.847.390-K", "…-7")
_CHECK_AFTER = re.compile(r"[-–][0-9Kk](?![\w'’\-–]|[.,]\d)")


# Round 35: a reference typed as parts glued by hyphens or slashes ("expediente N.° 215-2024-DEMUNA-CC", "case
# reference LIM/2024/0387"): the number rules read the digits and left the office's letters, which name it, readable
# reference; two characters a part at least: a lone letter is a legal article's ("por el 168-B") or a check digit's
_GLUED_AFTER = re.compile(r"(?:[-–/][^\W_]{2,12})+(?![\w'’\-–/])")
_GLUED_BEFORE = re.compile(r"(?<![\w'’\-–/])(?:[^\W_]{2,12}[-–/])+$")


_LETTER_AFTER = re.compile(r"[ \t]+(?:guion[ \t]+)?([^\W\d_]+)(?![\w'’])(?:[ \t]+([^\W\d_]+))?")


def _letter_after(folded: str, end: int) -> int:
    """Round 35: a plate's last letter said after its digits in words ("placa seis dos uno ocho cuatro u", "… cuatro
    guion eme"): a lone letter that is no word, or a letter name that is none; "u" is Spanish "or" only before a word
    that opens with an o ("siete u ocho")."""
    if not (m := _LETTER_AFTER.match(folded, end)) or word_value(folded[:end].rsplit(None, 1)[-1]) is None:
        return end
    word, nxt = m.group(1), m.group(2) or ""
    if word == "u":
        ok = not re.match(r"h?o", nxt)
    else:
        ok = word not in WEAK and (len(word) == 1 or word in LETTER_NAMES)
    return m.end(1) if ok else end


def _has_letter(part: str) -> bool:
    return any(ch.isalpha() for ch in part)


@cache
def _issuer_before() -> re.Pattern:
    """Round 35: a Brazilian state's code before a professional register's number ("Minha OAB é AC 4.512",
    "CRM SP 123456"): only these codes, as other capitals before digits are a cue ("DNI 78124590")."""
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(_data()['id_issuers_before'])})[ \t]$")


_TOKEN = re.compile(r"[^\W_]+")


def _token_key(token: str) -> str | None:
    """A token's letters or digits as an identifier reads them: "ce" -> "c", "nueve" -> "9", "4819" -> "4819"."""
    word = fold(token)
    if word in _data()["read_back_separators"]:
        return ""  # "guion": said between an identifier's parts, no part of its key
    if word.isdigit() or (word.isalnum() and any(ch.isdigit() for ch in word)):
        return word
    if word in UNITS and 0 <= UNITS[word] <= 9:
        return str(UNITS[word])
    return LETTER_NAMES.get(word)


def _key(text: str) -> str | None:
    keys = [_token_key(t) for t in _TOKEN.findall(text)]
    return "".join(keys) if keys and all(k is not None for k in keys) else None


def _read_back_letters(text: str, e: Entity, earlier: list[Entity]) -> tuple[int, int]:
    """``e``'s edges grown over the letter names around it that an earlier identifier has next to the same digits."""
    keys = [k for o in earlier if (k := _key(text[o.start : o.end])) and len(k) >= 5]
    core = _key(text[e.start : e.end])
    if not keys or not core or not any(ch.isdigit() for ch in core):
        return e.start, e.end
    start, end = e.start, e.end
    for _ in range(4):  # to the left, a letter at a time
        prev = re.search(r"([^\W\d_]+)[ \t,]*$", text[max(0, start - 12) : start])
        letter = LETTER_NAMES.get(fold(prev.group(1))) if prev else None
        if not letter or not any(letter + core in k for k in keys):
            break
        core, start = letter + core, start - len(prev.group(0))
    for _ in range(4):  # to the right
        nxt = re.match(r"[ \t,]*([^\W\d_]+)", text[end : end + 12])
        letter = LETTER_NAMES.get(fold(nxt.group(1))) if nxt else None
        if not letter or not any(core + letter in k for k in keys):
            break
        core, end = core + letter, end + len(nxt.group(0))
    return start, end


def widen_number_edges(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each identifier's spoken edges taken in (see the module's docstring)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    folded = fold_same_offsets(text)
    cased = not mostly_lowercase(text)
    grown: list[Entity] = []
    for e in ordered:
        start, end = e.start, e.end
        kind = e.type
        if kind in _NUMBERS and (plus := _plus_before().search(text, max(0, start - 10), start)):
            start = plus.start()
            kind = "PHONE_NUMBER"  # round 22: an ID is never said with a plus; the piece is a country code
        elif kind in _IDS and (letter := _letter_before().search(folded, max(0, start - 40), start)):
            single = len(letter.group("letter")) == 1
            # a single letter only as a capital in cased text ("R as in Romeo"); "é 814 553" is a verb
            if not single or (
                cased
                and text[letter.start()].isupper()
                and (letter.group("letter") not in _not_letters() or _mid_sentence_letter(text, letter.start()))
            ):
                start = letter.start()
        elif kind == "PHONE_NUMBER" and cased and (capital := _capital_right_before(text, start)) is not None:
            start, kind = capital, "ID_NUMBER"  # round 22: "C 4829163" is a passport, not a phone
        if kind in _NUMBERS and text[start : start + 1].isdigit():
            if glued := _glued_letters_before().search(text, max(0, start - 5), start):
                start, kind = glued.start(), "ID_NUMBER"  # round 25: "A-208-451-337" is no phone number
        if kind in _IDS and (mixed := _mixed_token_before().search(text, max(0, start - 8), start)):
            if not any(ch.isdigit() for ch in text[start:end]) and not _ordinal_tokens().fullmatch(
                mixed.group().strip()
            ):
                start = mixed.start()  # "t1k cuatro siete ocho": the plate's first half
        if e.type == "ADDRESS":
            end = _house_number_end(text, folded, end)
        if kind in _NUMBERS or e.type == "ADDRESS":
            end = _units_end(text, folded, end)
        if kind in _IDS:
            earlier = [o for o in ordered if o.type in _IDS and o.end <= start]
            start, end = _read_back_letters(text, Entity(kind, start, end, e.score), earlier)
        if kind in _NUMBERS:
            end = _extension_end(folded, end)
        if kind in _NUMBERS and text[end - 1 : end].isdigit() and (check := _CHECK_AFTER.match(text, end)):
            end, kind = check.end(), "ID_NUMBER"  # round 25: "25.847.390-K", a RUT's check character
        if kind in _IDS and text[end - 1 : end].isalpha():
            end = _letter_after(folded, end)
        if kind in _NUMBERS and text[end - 1 : end].isalnum() and (glued := _GLUED_AFTER.match(text, end)):
            if kind in _IDS or _has_letter(glued.group()):
                end, kind = glued.end(), kind if kind in _IDS else "ID_NUMBER"  # no phone has an office's letters
        if kind in _NUMBERS and text[start : start + 1].isalnum():
            if glued := _GLUED_BEFORE.search(text, max(0, start - 40), start):
                if kind in _IDS or _has_letter(glued.group()):
                    start, kind = glued.start(), kind if kind in _IDS else "ID_NUMBER"
            elif kind in _IDS and cased and (issuer := _issuer_before().search(text, max(0, start - 3), start)):
                start = issuer.start()
        if e.type in _IDS and cased and (suffix := _suffix_after().match(text, end)):
            end = suffix.end()
        elif kind == "PHONE_NUMBER" and cased and (suffix := _suffix_after().match(text, end)):
            if suffix.group().strip() in _data()["id_issuers"]:
                end, kind = suffix.end(), "ID_NUMBER"  # round 24: "7845123 LP" is a cédula, no phone has a place code
        grown.append(Entity(kind, start, end, e.score))
    # "R as in [Romeo]": a finding that is no number, inside a grown number, is part of the ID now
    return [
        e
        for e in grown
        if e.type in _NUMBERS or not any(g.type in _NUMBERS and g.start <= e.start and e.end <= g.end for g in grown)
    ]
