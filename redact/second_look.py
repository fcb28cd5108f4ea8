"""Second look: after redaction, the few places in a call that still look like they may identify someone.

The redactor catches most direct identifiers, not all: what slips through is mostly a place told in a new
shape (a landmark, a turn-off, a berth, a room, a stall, a kilometre of a road), then page and group names,
nicknames, rare first names said once and numbers read in unusual ways. These hints point an operator at
such places so that a person hides the leak before anyone else reads the call::

    from redact.second_look import hints
    for h in hints(text, result.entities, result.language):
        text[h.start:h.end], h.reason          # over the ORIGINAL text, outside every redacted span

Reasons are short codes the UI localises: ``place``, ``number``, ``age`` (a number said as a person's age),
``firm`` (a firm's or institution's name after its kind), ``name_cue`` (after a naming cue, a
nickname cue, a kin word or a page/group cue, or what runs on after a hidden name), ``repeat`` (a name hidden
elsewhere in the call, still showing here), ``spelled`` (letter by letter), ``rare_name`` (a rare first name
of the lists), ``capitalised`` and ``contact``. The cue words are data, in
redact/data/second_look.yaml. Hints are few (``max_hints`` per call, the strongest first). Nothing here
logs or keeps the text.

``sweep`` turns the hints of the reasons listed under ``sweep_reasons`` into redacted entities (the redactor
runs it last unless the ``sweep`` setting is off): recall of identifiers is the safety property, and on calls the
rules were never tuned on most of what the rules leak is a place a hint points at. What stays a hint for the
operator is what a rule cannot tell from an ordinary word (a word after a naming cue).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from redact.lexicon import (
    common_word_names,
    common_words,
    dictionary_words,
    first_names,
    fold,
    looks_unknown,
    mostly_lowercase,
    places,
    stop_words,
    surnames,
    word_frequency,
)
from redact.lexicon import not_names as lexicon_not_names
from redact.numbers import digits_said, word_value
from redact.spelling import LETTER_NAMES
from redact.spelling import WEAK as SPELLING_WEAK

REASONS: tuple[str, ...] = (
    "place",
    "number",
    "age",
    "firm",
    "name_cue",
    "repeat",
    "spelled",
    "rare_name",
    "capitalised",
    "contact",
)
# Which reason wins when hints are too many, and when two merge.
_PRIORITY = {
    "contact": 6,
    "spelled": 6,
    "number": 5,
    "age": 5,
    "repeat": 4,
    "firm": 3,
    "name_cue": 3,
    "place": 3,
    "rare_name": 2,
    "capitalised": 1,
}

# A word (letters and digits, with inner apostrophes), a line break, or any other single symbol.
_TOKEN_RE = re.compile(r"\n|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_BREAKERS = frozenset('.,;:?!¿¡\n"“”()[]…')
_SENTENCE_START = frozenset('.?!¿¡\n"“:')
_SENTENCE_END = frozenset(".?!;\n…")
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "o", "a", "os", "as", "um", "uma", "the", "an"})
_NO_LETTER = frozenset({"a", "e", "i", "o", "u", "y"})  # single letters that are words, not a block/room letter
_CONNECTORS = frozenset({"y", "e", "and"})
_DEFINITE = frozenset({"el", "la", "los", "las", "o", "a", "os", "as", "the"})
_INDEFINITE = frozenset({"un", "una", "uno", "um", "uma"})
# Letter names that are everyday words too: never a plate's letter between numbers ("dos de tres").
_WORD_LETTERS = frozenset({"a", "e", "i", "o", "u", "y", "de", "te", "ese", "ve", "pe"})
# Below this wordfreq Zipf frequency a word nobody's dictionary knows is rare enough to be a name
# ("dilmer" ~1); verb forms with clitics the dictionaries lack ("cuentéme", "disculpe") are commoner.
RARE_ZIPF = 2.5
# A first name from the lists left unredacted is pointed at when rarer than this in running text.
NAME_ZIPF = 3.5
# A name that is a word too ("milagros" ~4.0, not "rosa", "luz", "paz"), hidden as a person elsewhere in the
# call, is pointed at where it shows again when rarer than this and not after an article.
WORD_NAME_ZIPF = 4.2
# After a kin word, an unknown word this rare is taken for a name ("su hijo dilmer" ~1)
KIN_ZIPF = 1.5
# Verb forms with a clitic or a first-person plural ending, often unaccented in speech output ("ayudeme",
# "cuidese", "llamenos", "inspeccionamos"), are no names.
_VERB_ENDING = re.compile(r"(?:[aei]mos|[ae]nos|[ae](?:me|se|le|la|lo|les|los|las)|ando|iendo|ndo)$")
_AT = frozenset({"en", "in", "em", "at", "on", "na", "no", "a", "al", "ao", "numa", "num"})
_RUN_AT = frozenset({"en", "in", "em", "at", "on", "na", "al", "ao", "numa", "num", "by"})
_PRONOUNS = frozenset(
    {"yo", "nosotras", "nosotros", "ella", "ellas", "ellos", "i", "we", "you", "eu", "nos", "ustedes", "usted"}
)
_RELATIVE = frozenset({"que", "that", "which", "where", "donde", "onde"})
_EMAIL_ENDS = frozenset({"com", "pe", "br", "org", "net", "es", "edu", "gob"})


# The identifier type a hint is hidden as (by the sweep, or by the operator unless they pick another).
SUGGESTED_TYPE = {
    "place": "ADDRESS",
    "number": "OTHER_ID",
    "age": "AGE",
    "firm": "ORGANIZATION",
    "contact": "EMAIL_ADDRESS",
    "name_cue": "PERSON",
    "repeat": "PERSON",
    "rare_name": "PERSON",
    "capitalised": "PERSON",
    "spelled": "PERSON",
}
# Below the analyzer's threshold on purpose: a swept span is a guess, and consumers that rank by score see it so.
SWEEP_SCORE = 0.35


@dataclass(frozen=True)
class Hint:
    """A stretch ``text[start:end]`` of the original text that may still identify someone."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str  # folded
    red: bool  # some letter/digit of it is inside a redacted span

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def breaker(self) -> bool:
        return self.text in _BREAKERS

    @property
    def has_digit(self) -> bool:
        return any(ch.isdigit() for ch in self.text)


@dataclass(frozen=True)
class _Config:
    max_hints: int
    sweep_reasons: frozenset[str]
    sweep_vague: dict[str, list[tuple[str, ...]]]
    sweep_clause_verbs: frozenset[str]
    sweep_amounts: frozenset[str]
    sweep_directions: frozenset[str]
    max_words: int
    strong: dict[str, list[tuple[str, ...]]]
    weak: dict[str, list[tuple[str, ...]]]
    floors: frozenset[str]
    ordinals: frozenset[str]
    spatial: dict[str, list[tuple[str, ...]]]
    approximate: dict[str, list[tuple[str, ...]]]
    place_stops: frozenset[str]
    not_places: frozenset[str]
    trailing: frozenset[str]
    org_kinds: frozenset[str]
    age_cues: dict[str, list[tuple[str, ...]]]
    age_units: frozenset[str]
    descriptions: dict[str, list[tuple[str, ...]]]
    diminutives: tuple[tuple[str, str], ...]
    multipliers: frozenset[str]
    business_kinds: frozenset[str]
    min_digits: int
    min_number_words: int
    extra_number_words: frozenset[str]
    units: dict[str, list[tuple[str, ...]]]
    time_units: dict[str, list[tuple[str, ...]]]
    max_amount_digits: int
    before: dict[str, list[tuple[str, ...]]]
    allowed_digits: frozenset[str]
    years: tuple[int, int]
    correction_window: int
    nickname: dict[str, list[tuple[str, ...]]]
    page: dict[str, list[tuple[str, ...]]]
    page_fillers: dict[str, list[tuple[str, ...]]]
    kin: frozenset[str]
    name_questions: dict[str, list[tuple[str, ...]]]
    naming: dict[str, list[tuple[str, ...]]]
    possessives: frozenset[str]
    not_names: frozenset[str]
    continuation_cues: dict[str, list[tuple[str, ...]]]
    continuation_words: int
    head_anchors: frozenset[str]
    head_words: int
    number_edge_kinds: frozenset[str]
    contact: dict[str, list[tuple[str, ...]]]
    cap_allowed: frozenset[str]
    allow_list: tuple[str, ...]
    allow_patterns: tuple[str, ...]


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in _TOKEN_RE.finditer(str(phrase)))


def _phrases(items: Iterable[Any]) -> dict[str, list[tuple[str, ...]]]:
    """First key -> the phrases starting with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        keys = _keys(item)
        if keys:
            out.setdefault(keys[0], []).append(keys)
    for value in out.values():
        value.sort(key=len, reverse=True)
    return out


@cache
def config() -> _Config:
    data = yaml.safe_load(resources.files("redact").joinpath("data", "second_look.yaml").read_text("utf-8"))
    place, number, name = data["place"], data["number"], data["name"]
    operator_only = data.get("operator_only", {})
    from redact.settings import load_settings

    settings = load_settings()
    return _Config(
        max_hints=int(data["max_hints"]),
        sweep_reasons=frozenset(data.get("sweep_reasons", ())),
        sweep_vague=_phrases(data["sweep"]["vague"]),
        sweep_clause_verbs=frozenset(fold(w) for w in data["sweep"]["clause_verbs"]),
        sweep_amounts=frozenset(fold(w) for w in data["sweep"]["amounts"]),
        sweep_directions=frozenset(fold(w) for w in data["sweep"]["directions"]),
        max_words=int(data["max_phrase_words"]),
        strong=_phrases(place["strong_nouns"]),
        weak=_phrases(place["weak_nouns"]),
        floors=frozenset(fold(w) for w in place["floor_nouns"]),
        ordinals=frozenset(fold(w) for w in place["ordinals"]),
        spatial=_phrases(place["spatial"]),
        approximate=_phrases(place["approximate"]),
        place_stops=frozenset(fold(w) for w in place["stop_words"]),
        not_places=frozenset(fold(w) for w in place.get("not_places", ())),
        trailing=frozenset(fold(w) for w in place.get("trailing", ())),
        org_kinds=frozenset(fold(w) for w in name.get("organisation_kinds", ())),
        age_cues=_phrases(number.get("age_cues", ())),
        age_units=frozenset(fold(w) for w in number.get("age_units", ())),
        descriptions=_phrases(place["descriptions"]),
        continuation_cues=_phrases(operator_only.get("continuation_cues", ())),
        continuation_words=int(operator_only.get("continuation_words", 0)),
        head_anchors=frozenset(fold(w) for w in operator_only.get("head_anchors", ())),
        head_words=int(operator_only.get("head_words", 0)),
        number_edge_kinds=frozenset(operator_only.get("number_edge_kinds", ())),
        diminutives=tuple((fold(a), fold(b)) for a, b in (pair.split(">") for pair in place["diminutives"])),
        multipliers=frozenset(fold(w) for w in number["multipliers"]),
        business_kinds=frozenset(fold(w) for w in place["business_kinds"]),
        min_digits=int(number["min_digits"]),
        min_number_words=int(number["min_words"]),
        extra_number_words=frozenset(fold(w) for w in number.get("extra_number_words", ())),
        units=_phrases(number["unit_words"]),
        time_units=_phrases(number["time_words"]),
        max_amount_digits=int(number["max_amount_digits"]),
        before=_phrases(number["before_words"]),
        allowed_digits=frozenset(str(d) for d in number["allowed_digits"]),
        years=(int(number["year_range"][0]), int(number["year_range"][1])),
        correction_window=int(number.get("correction_window", 0)),
        nickname=_phrases(name["nickname_cues"]),
        page=_phrases(name["page_cues"]),
        page_fillers=_phrases(name["page_fillers"]),
        kin=frozenset(fold(w) for w in name["kin_words"]),
        name_questions=_phrases(name["name_questions"]),
        naming=_phrases(name["naming_cues"]),
        possessives=frozenset(fold(w) for w in place["possessives"]),
        # and the redactor's own list of words never a name (languages, months, brands: not_names.txt)
        not_names=frozenset(fold(w) for w in name.get("not_names", ())) | lexicon_not_names(),
        contact=_phrases(data["contact"]["cues"]),
        cap_allowed=frozenset(fold(w) for w in data["capitalised"]["allowed"]),
        allow_list=tuple(settings.allow_list),
        allow_patterns=tuple(settings.allow_patterns),
    )


def _span_of(entity: Any) -> tuple[int, int, str | None]:
    if isinstance(entity, dict):
        return int(entity["start"]), int(entity["end"]), entity.get("type")
    if isinstance(entity, tuple | list):
        if len(entity) == 3:
            kind, start, end = entity
            return int(start), int(end), str(kind)
        return int(entity[0]), int(entity[1]), None
    return int(entity.start), int(entity.end), getattr(entity, "type", None)


def _match(toks: list[_Tok], i: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """The index after the longest phrase of ``table`` starting at token ``i``, or ``i`` when none does."""
    for phrase in table.get(toks[i].key, ()):
        n = len(phrase)
        if i + n <= len(toks) and all(toks[i + k].key == phrase[k] for k in range(n)):
            return i + n
    return i


def _match_before(toks: list[_Tok], i: int, table: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether a phrase of ``table`` ends right before token ``i``."""
    for j in range(max(0, i - 3), i):
        if _match(toks, j, table) == i:
            return True
    return False


class _Call:
    def __init__(self, text: str, entities: Iterable[Any]):
        self.text = text
        self.cfg = config()
        covered = bytearray(len(text))
        self.kind_at: dict[int, str | None] = {}  # the type of the redacted span ending at an offset
        self.kind_from: dict[int, str | None] = {}  # ... and starting at an offset
        self.hidden_words: set[str] = set()
        self.hidden_word_names: set[str] = set()  # names that are words too, hidden elsewhere ("milagros")
        self.last_word_at: dict[int, str] = {}  # the last word of the redacted span ending at an offset
        entities = list(entities)
        spans = [_span_of(e) for e in entities]
        # Edges of the spans the operator hid by hand: they have read that line, so the operator-only rules
        # do not point at its neighbours again (hiding one item takes it off the list, and adds none).
        self.by_hand: set[int] = {
            edge
            for e in entities
            if isinstance(e, dict) and e.get("source") == "manual"
            for edge in (int(e["start"]), int(e["end"]))
        }
        span_keys: list[list[tuple[str, bool]]] = []  # per span, its tokens folded, and whether each is a word
        for start, end, kind in spans:
            for i in range(max(0, start), min(len(text), end)):
                covered[i] = 1
            self.kind_at[end] = kind
            self.kind_from[start] = kind
            keys = [(fold(m.group()), m.group()[0].isalnum()) for m in _TOKEN_RE.finditer(text[start:end])]
            span_keys.append(keys)
            words = [key for key, word in keys if word]
            if words:
                self.last_word_at[end] = words[-1]
        self.covered = covered
        self.toks = [
            _Tok(
                m.group(),
                m.start(),
                m.end(),
                fold(m.group()),
                any(covered[k] and text[k].isalnum() for k in range(m.start(), m.end())),
            )
            for m in _TOKEN_RE.finditer(text)
        ]
        for (_, _, kind), keys in zip(spans, span_keys, strict=True):
            if kind is None or kind in ("PERSON", "OTHER_ID", "ORGANIZATION"):
                for key, _ in keys:
                    if len(key) < 3 or not key.isalpha() or key in stop_words() or word_value(key) is not None:
                        continue
                    if key in common_word_names() and kind == "PERSON" and word_frequency(key) < WORD_NAME_ZIPF:
                        self.hidden_word_names.add(key)
                    if key in self.cfg.kin or key in common_word_names() or key in common_words():
                        continue  # "Rosa", "Paz", "Luz" said elsewhere may be the words
                    if (
                        key in first_names()
                        or key in surnames()
                        or kind != "ORGANIZATION"
                        and not (key in dictionary_words() or word_frequency(key) >= RARE_ZIPF)
                    ):
                        self.hidden_words.add(key)
        self.lowercase = mostly_lowercase(text)
        self.found: list[Hint] = []

    # -- helpers ------------------------------------------------------------------------------------------
    def add(self, i: int, j: int, reason: str) -> None:
        """A hint over tokens i..j-1, trimmed of function words at its end."""
        while (
            j > i
            and (not self.toks[j - 1].word or self.toks[j - 1].key in stop_words())
            and not (
                self.toks[j - 1].has_digit
                or self.toks[j - 1].key in self.cfg.floors
                or word_value(self.toks[j - 1].key)
            )
        ):
            j -= 1
        if j > i:
            self.found.append(Hint(self.toks[i].start, self.toks[j - 1].end, reason))

    def phrase_after(self, j: int, stops: frozenset[str]) -> int:
        """How far the words after token ``j`` run: to a breaker, a stop word, a redacted word or the cap."""
        k, words = j, 0
        while k < len(self.toks) and words < self.cfg.max_words:
            tok = self.toks[k]
            if tok.red or tok.breaker or not tok.word and tok.text not in "-/#°º":
                break
            if tok.key in stops:
                break
            if tok.word:
                words += 1
            k += 1
        return k

    def content(self, i: int, j: int) -> bool:
        """Some word in tokens i..j-1 says which place or who: not only function words."""
        return any(
            t.word and (t.has_digit or t.key not in stop_words() or word_value(t.text) is not None)
            for t in self.toks[i:j]
        )

    def specific(self, tok: _Tok) -> bool:
        """A number, a block letter or a number word: what makes "cuarto" a room."""
        return (
            tok.word
            and not tok.red
            and (tok.has_digit or word_value(tok.text) is not None or len(tok.key) == 1 and tok.key not in _NO_LETTER)
        )

    def _noun(self, i: int, table: dict[str, list[tuple[str, ...]]]) -> int:
        """Like ``_match``, and a one-word noun said in the diminutive ("cuartito", "casinha", "puestito")."""
        j = _match(self.toks, i, table)
        if j > i:
            return j
        key = self.toks[i].key
        for ending, base in self.cfg.diminutives:
            if (
                key.endswith(ending)
                and len(key) > len(ending) + 2
                and (key[: -len(ending)] + base,) in table.get(key[: -len(ending)] + base, ())
            ):
                return i + 1
        return i

    def _hidden_place_after(self, j: int, words: int) -> int | None:
        """When a hidden address follows token ``j`` after at most ``words`` words (and a comma), or a hidden
        address or location right after it: the index of that hidden token."""
        toks = self.toks
        k, seen = j, 0
        while k < len(toks) and not toks[k].red:
            tok = toks[k]
            if tok.text == "," and k + 1 < len(toks) and toks[k + 1].red:
                k += 1
                break
            if not tok.word or tok.key in self.cfg.place_stops or seen >= words or tok.key in _AT:
                return None
            seen += 1
            k += 1
        if k >= len(toks) or not toks[k].red:
            return None
        kind = next(
            (self.kind_from[o] for o in range(toks[k - 1].end if k else 0, toks[k].start + 1) if o in self.kind_from),
            None,
        )
        if kind == "ADDRESS" or kind == "LOCATION" and k == j:
            return k
        return None

    # -- rules --------------------------------------------------------------------------------------------
    def places(self) -> None:
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if tok.red or not tok.word:
                continue
            j = _match(toks, i, cfg.spatial)
            if j > i:
                if _match(toks, i, cfg.approximate) == j and j < len(toks) and self.specific(toks[j]):
                    continue  # "cerca de dos horas"
                k = self.phrase_after(j, cfg.place_stops)
                near = next((n for n in range(j, k) if toks[n].key in ("in", "en", "em", "at", "on", "na", "no")), k)
                if (
                    j < k
                    and toks[j].key in cfg.possessives
                    and near - j <= 3
                    and not any(self._odd_word(t) for t in toks[j + 1 : k])
                ):
                    continue  # "cerca de mi casa", "near my house in town": the caller's own, said vaguely
                if self.content(j, k):
                    self.add(i, k, "place")
                elif (
                    i > 0
                    and toks[i - 1].red
                    and tok.start - toks[i - 1].end <= 1
                    and (fold("".join(t.text for t in toks[i:j])) in cfg.trailing)
                ):
                    # "the [Vichayito] turn-off": the landmark is hidden, the word is not
                    self.found.append(Hint(tok.start, toks[j - 1].end, "place"))
                continue
            j = self._noun(i, cfg.strong)
            if j > i:
                if self._hidden_place_after(j, 3) is not None:
                    self.add(i, j if toks[j].red else self.phrase_after(j, cfg.place_stops), "place")
                    continue  # the redactor took the name after it and left the noun ("la calle [al costado...]")
                if j < len(toks) and toks[j].red:
                    continue
                k = self.phrase_after(j, cfg.place_stops)
                if self.content(j, k):
                    self.add(i, k, "place")
                continue
            j = self._noun(i, cfg.weak)
            if j > i:
                k = self._hidden_place_after(j, 3)
                small = _match(toks, i, cfg.weak) == i  # said in the diminutive: a particular one
                if k is not None and (small or any(t.word and t.key not in stop_words() for t in toks[j:k])):
                    # "el parque industrial, [calle 4]", "el cuartito de atrás, [encima de...]"; not "la garita
                    # del [Muelle 5]", "a container [behind the laundry]": an ordinary noun before its place
                    self.add(i, j if toks[j].red else self.phrase_after(j, cfg.place_stops), "place")
                    continue
                n = j
                while n < len(toks) and toks[n].key in ("n", "no", "nro", "numero", "number", "#", "°", "º"):
                    n += 1
                if n < len(toks) and self.specific(toks[n]):
                    k = n + 1
                    while k < len(toks) and self.specific(toks[k]):
                        k += 1
                    self.add(i, k, "place")
                    continue
                while n < len(toks) and toks[n].key in _ARTICLES | {"de", "del", "do", "da", "of"}:
                    n += 1
                if n < len(toks) and n - j <= 2 and self._odd_word(toks[n]):
                    k = n + 1
                    while k < len(toks) and k < n + 3 and self._odd_word(toks[k]):
                        k += 1
                    self.add(i, k, "place")
                continue
            if tok.key in cfg.floors:
                if i > 0 and toks[i - 1].key in cfg.ordinals and not toks[i - 1].red:
                    self.add(i - 1, i + 1, "place")
                elif i + 1 < len(toks) and self.specific(toks[i + 1]):
                    self.add(i, i + 2, "place")
                elif i > 1 and toks[i - 1].key in _ARTICLES and toks[i - 2].key in cfg.ordinals:
                    self.add(i - 2, i + 1, "place")

    def numbers(self) -> None:
        toks, cfg = self.toks, self.cfg
        allowed = self.allowed
        i = 0
        while i < len(toks):
            if not self._number_tok(i):
                i += 1
                continue
            j = i
            while j < len(toks):
                if self._number_tok(j):
                    j += 1
                elif self._bridge(j):  # "9-5", "nueve y cinco", "nueve, cinco", a plate's "siete, ce, dos"
                    j += 1
                else:
                    break
            run = [toks[n] for n in range(i, j) if self._number_tok(n)]
            start, end = toks[i].start, toks[j - 1].end
            i = j
            digits = sum(ch.isdigit() for t in run for ch in t.text)
            number_words = sum(1 for t in run if not t.has_digit)
            first = self._index(start)
            said = self.text[start:end]
            read = digits_said(said)
            plain = re.sub(r"\D", "", said)
            # the rest of a number whose first part is hidden ("[setenta y seis millones] ... ochocientos tres")
            rest = (
                first > 0
                and toks[first - 1].red
                and start - toks[first - 1].end <= 2
                and self._kind_before(toks[first - 1].end) in ("ID_NUMBER", "PHONE_NUMBER", "OTHER_ID")
            )
            if rest and len(run) == 1 and not run[0].has_digit:
                continue  # "[qtp 4h19] um caminhão": an article
            # "[cero nueve ocho ...]. No, espere... el final es cero nueve": a correction of a hidden number
            corrects = (
                not rest
                and digits + number_words >= 2
                and self._after_hidden_number(first)
                and not any(t.key in cfg.multipliers for t in run)
                and not any(t.key in _CONNECTORS for t in toks[first:j])
            )
            if not rest and not corrects:
                if number_words == 0 and digits < cfg.min_digits:
                    continue
                if digits == 0 and number_words < cfg.min_number_words:
                    continue
                if digits + number_words < cfg.min_digits:
                    continue
                if any(t.key in cfg.multipliers for t in run) and len(read) < 7:
                    continue  # "cuarenta y cinco mil", "dos mil quinientos": an amount, not a DNI read in words
            if j < len(toks) and _match(toks, j, cfg.time_units) > j and digits <= 4:
                continue  # a time ("a las 830 pm")
            if j < len(toks) and _match(toks, j, cfg.units) > j and digits <= cfg.max_amount_digits:
                continue  # an amount, a duration, a count
            if _match_before(toks, self._index(start), cfg.before):
                continue
            if any(d in cfg.allowed_digits or d.startswith("0800") for d in (read, plain) if d):
                continue
            # round 26: a run that misses the first word of an allowed number ("el uno | ocho uno ocho": "uno" read
            # as a pronoun) is still the hotline's, when the run read with the word before it is allowed
            before = re.search(r"[^\W\d_]+[ \t]+$", self.text[max(0, start - 12) : start])
            if before and digits_said(before.group() + said) in cfg.allowed_digits:
                continue
            if len(run) == 1 and plain and len(plain) == 4 and cfg.years[0] <= int(plain) <= cfg.years[1]:
                continue
            if not plain and len(read) == 4 and cfg.years[0] <= int(read) <= cfg.years[1]:
                continue  # "dos mil veintidós"
            if any(a <= start and end <= b for a, b in allowed):
                continue
            self.found.append(Hint(start, end, "number"))

    def _after_hidden_number(self, i: int) -> bool:
        """A hidden phone or ID ended within ``correction_window`` tokens before token ``i``, in no other turn's
        question: what follows may correct or finish it."""
        toks = self.toks
        for k in range(i - 1, max(-1, i - 1 - self.cfg.correction_window), -1):
            if toks[k].red:
                return self._kind_before(toks[k].end) in ("PHONE_NUMBER", "ID_NUMBER")
            if toks[k].text == "?":
                return False
        return False

    def _bridge(self, j: int) -> bool:
        """Token ``j`` joins two pieces of one number: a connector, a comma or a code letter, with a number
        word or digits close after (over at most three such tokens, each close to the last)."""
        toks = self.toks
        k = j
        while k < len(toks) and k < j + 4:
            tok = toks[k]
            if k > j and tok.start - toks[k - 1].end > 1:
                return False
            if k > j and self._number_tok(k):
                return True
            if not (tok.key in _CONNECTORS | {"-", ".", ",", "guion"} or self._code_letter(tok)):
                return False
            k += 1
        return False

    @staticmethod
    def _code_letter(tok: _Tok) -> bool:
        """A letter of a plate or code said between its digits ("b", "ce", "equis")."""
        if not tok.word or tok.red:
            return False
        return (
            len(tok.key) == 1
            and tok.key.isalpha()
            and tok.key not in _NO_LETTER
            or (tok.key in LETTER_NAMES and tok.key not in _WORD_LETTERS and len(tok.key) > 1)
        )

    def _number_tok_t(self, tok: _Tok) -> bool:
        return (
            tok.word
            and not tok.red
            and (
                tok.has_digit
                or word_value(tok.text) is not None
                and tok.key not in ("un", "una", "uno", "a", "i")
                or tok.key in self.cfg.extra_number_words
                or tok.key in self.cfg.multipliers
            )
        )

    def _number_tok(self, i: int) -> bool:
        toks = self.toks
        if toks[i].key in ("un", "um") and i + 1 < len(toks) and toks[i + 1].key in self.cfg.multipliers:
            return not toks[i].red  # "treinta y un millones"
        if toks[i].key == "uno" and i > 0 and not toks[i].red and self._number_tok_t(toks[i - 1]):
            return True  # "termina en cuatro uno"
        return self._number_tok_t(toks[i])

    def _index(self, start: int) -> int:
        if not hasattr(self, "_by_start"):
            self._by_start = {tok.start: n for n, tok in enumerate(self.toks)}
        return self._by_start.get(start, 0)

    def names(self) -> None:
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if not tok.word:
                continue
            j = _match(toks, i, cfg.nickname)
            if j > i:
                while j < len(toks) and toks[j].key in _ARTICLES:
                    j += 1
                k = j
                while (
                    k < len(toks)
                    and k < j + 2
                    and toks[k].word
                    and not toks[k].red
                    and (toks[k].key not in stop_words() and toks[k].key not in cfg.place_stops)
                ):
                    k += 1
                if k > j:
                    self.add(j, k, "name_cue")
                continue
            j = _match(toks, i, cfg.page)
            if j > i:
                for _ in range(3):
                    n = _match(toks, j, cfg.page_fillers)
                    if n == j:
                        break
                    j = n
                while j < len(toks) and (toks[j].text in ',:"“' or toks[j].key in _ARTICLES):
                    j += 1
                if j < len(toks) and toks[j].red:  # the name is hidden: what runs on after it may not be
                    while j < len(toks) and (toks[j].red or toks[j].key in _CONNECTORS):
                        j += 1
                    if j >= len(toks) or toks[j].start - toks[j - 1].end > 1:
                        continue
                if j >= len(toks) or not toks[j].word or toks[j].key in self.cfg.place_stops:
                    continue
                if toks[j].key in ("de", "del", "da", "do", "of", "web", "oficial"):
                    continue
                k = self.phrase_after(j, cfg.place_stops)
                if self.content(j, k):
                    self.add(j, k, "name_cue")
                continue
            j = _match(toks, i, cfg.naming)
            if j > i:
                if (
                    j < len(toks)
                    and toks[j].word
                    and not toks[j].red
                    and toks[j].key not in stop_words()
                    and (
                        toks[j].key in first_names()
                        or not (
                            toks[j].key in common_words()
                            or toks[j].key in dictionary_words()
                            or toks[j].key in cfg.not_names
                            or word_value(toks[j].text) is not None
                        )
                    )
                ):
                    self.add(j, j + 1, "name_cue")
                continue
            if tok.key in cfg.kin and i + 1 < len(toks):
                k = i + 1
                while k < len(toks) and k < i + 3 and self._name_like(toks[k]):
                    k += 1
                if (
                    k == i + 1
                    and k + 1 < len(toks)
                    and toks[k].key in first_names()
                    and not toks[k].red
                    and (self._tail_word(toks[k + 1]) and toks[k + 1].key not in first_names())
                ):
                    k += 2  # "un señor segundo chafloque": a first name that is a word too, then a surname
                if k > i + 1:
                    self.add(i + 1, k, "name_cue")

    def answers(self) -> None:
        """The first words of a turn that answers "¿cómo se llama?" ("yuleidy eh yuleidy ..."), and a name
        called out at the start of a sentence ("Nayda, léele pues")."""
        toks, cfg = self.toks, self.cfg
        asked = False
        line_start = True
        for i, tok in enumerate(toks):
            if tok.text == "\n":
                asked = any(_match(toks, k, cfg.name_questions) > k for k in range(self._line_start(i), i))
                line_start = True
                continue
            if line_start and asked and tok.word:
                k, seen = i, 0
                while k < len(toks) and seen < 4 and toks[k].text != "\n":
                    t = toks[k]
                    if t.word:
                        seen += 1
                        if self._name_like(t):
                            self.add(k, k + 1, "name_cue")
                    k += 1
            if tok.word or tok.text == "\n":
                line_start = False
            if (
                not self.lowercase
                and tok.word
                and tok.text[0].isupper()
                and not tok.red
                and self._sentence_start(i)
                and i + 1 < len(toks)
                and toks[i + 1].text == ","
                and self._odd_capital(tok, places())
                and word_frequency(tok.text) < RARE_ZIPF
            ):
                self.add(i, i + 1, "capitalised")

    def _line_start(self, i: int) -> int:
        k = i - 1
        while k >= 0 and self.toks[k].text != "\n":
            k -= 1
        return k + 1

    def _name_like(self, tok: _Tok) -> bool:
        if not tok.word or tok.red or tok.has_digit or tok.key in stop_words() or tok.key in self.cfg.kin:
            return False
        if word_value(tok.text) is not None or tok.key in self.cfg.place_stops:
            return False
        if tok.key in first_names() and tok.key not in common_words():
            return True
        if tok.key in self.cfg.not_names or _VERB_ENDING.search(tok.key):
            return False
        return looks_unknown(tok.text) and word_frequency(tok.text) < KIN_ZIPF

    def runs_on(self) -> None:
        """Version 3. A place that goes on after a hidden address, in the same sentence: an article or a
        preposition of place and what follows ("[calle Putumayo, cuadra nueve], al ladito de una ferretería",
        "[...], la casa esquina donde venden chicha", "[...] el que da al patio", "[...], en el callejón que no
        tiene salida"). After a hidden town or city only a place noun, an ordinal or a landmark phrase
        ("[Belén], la cuarta balsa"), not "[Pereira], de la frontera"."""
        toks, cfg = self.toks, self.cfg
        for i in range(1, len(toks)):
            prev = toks[i - 1]
            if not prev.red or toks[i].red:
                continue
            kind = self._kind_before(prev.end)
            if kind not in ("ADDRESS", "LOCATION"):
                continue
            start = i + 1 if toks[i].text == "," else i
            if start >= len(toks) or toks[start].red or not toks[start].word or toks[start].start - prev.end > 3:
                continue
            if _match(toks, start, cfg.before) > start or _match(toks, start, cfg.approximate) > start:
                continue  # "[...] a las ocho", "cerca de dos horas"
            comma = start > i
            j = _match(toks, start, cfg.spatial)
            landmark = j > start
            if not landmark:
                if kind == "LOCATION" and not comma:
                    continue  # "de [lima] en un bus": a town, then the trip
                j = start + 1 if toks[start].key in _RUN_AT else start
                articles = _ARTICLES if comma or j > start else _ARTICLES - {"a", "o"}  # "[...] a cuatro chicas"
                if j < len(toks) and toks[j].key in articles:
                    j += 1
                if j == start or j >= len(toks) or toks[j].red or not toks[j].word:
                    continue
                if toks[j].key in cfg.not_places:
                    continue  # "[...] en la noche", "the next morning"
                noun = toks[j].key in cfg.ordinals or self._noun(j, cfg.strong) > j or self._noun(j, cfg.weak) > j
                if kind == "LOCATION" and not noun:
                    continue
                if not comma and not (noun or toks[j].key in _RELATIVE or toks[start].key in _RUN_AT):
                    continue  # "[...] la matricula la tengo anotada": no punctuation, no place noun
            k, words = start, 0
            while k < len(toks) and words < cfg.max_words + 3:
                t = toks[k]
                if t.red or t.breaker or not t.word and t.text not in "-/#°º":
                    break
                if t.key in cfg.place_stops and not (t.key in _RELATIVE and k - start <= 2) or t.key in _PRONOUNS:
                    break
                words += t.word
                k += 1
            if self.content(j if landmark else max(j, start + 1), k):
                self.add(start, k, "place")

    def neighbours(self) -> None:
        """Version 3. A piece of a name right next to a hidden name: a word that is rare, or said right after
        a naming cue ("un señor [segundo] chunga", "decía su nombre rut [mery]")."""
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if not tok.word or tok.red or tok.has_digit or len(tok.key) < 3:
                continue
            after = (
                i > 0
                and toks[i - 1].red
                and tok.start - toks[i - 1].end <= 1
                and (self._kind_before(toks[i - 1].end) == "PERSON")
            )
            before = (
                i + 1 < len(toks)
                and toks[i + 1].red
                and toks[i + 1].start - tok.end <= 1
                and next(
                    (self.kind_from[o] for o in range(tok.end, toks[i + 1].start + 1) if o in self.kind_from), None
                )
                == "PERSON"
            )
            if not (after or before):
                continue
            key = tok.key
            if "'" in key or "’" in key:
                continue  # "his name's [rick]"
            if key in stop_words() or key in cfg.kin or key in cfg.not_names or key in cfg.place_stops:
                continue
            if _VERB_ENDING.search(key) or word_value(tok.text) is not None or key in cfg.cap_allowed:
                continue
            if not self.lowercase and not tok.text[0].isupper():
                continue  # cased text writes a name's pieces capitalised ("O [Wesley] guardou")
            cued = before and (_match_before(toks, i, cfg.naming) or _match_before(toks, i, cfg.name_questions))
            if cued or key not in common_words() and word_frequency(tok.text) < NAME_ZIPF:
                self.add(i, i + 1, "name_cue")

    def organisations(self) -> None:
        """Version 3. A kind of firm or institution and the name after it that the redactor left, or left
        half of ("la pesquera santa [rosalía]", "importaciones kuntur", "universidad hermilio valdizán"): a
        word that names rather than says, a name of the lists, or a word right before a hidden span."""
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if not tok.word or tok.red or tok.key not in cfg.org_kinds:
                continue
            j = i + 1
            if (
                j < len(toks)
                and toks[j].key in ("de", "del", "da", "do", "of")
                and j + 1 < len(toks)
                and (toks[j + 1].word and not toks[j + 1].red and toks[j + 1].key not in stop_words())
            ):
                j += 2  # "agencia de empleos servis chavin", "Puesto de Salud ..."
            k, named = j, False
            while (
                k < len(toks)
                and k < j + 3
                and toks[k].word
                and not toks[k].red
                and (
                    toks[k].key not in stop_words()
                    and toks[k].key not in cfg.place_stops
                    and not _VERB_ENDING.search(toks[k].key)
                )
            ):
                t = toks[k]
                if not self.lowercase and not t.text[0].isupper() and not t.has_digit:
                    break  # cased text writes a firm's name capitalised ("the agency said")
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                rare = word_frequency(t.text) < RARE_ZIPF and (looks_unknown(t.text) or t.key in surnames())
                if (
                    rare
                    or t.key in first_names()
                    and word_frequency(t.text) < NAME_ZIPF
                    or (nxt is not None and nxt.red and nxt.start - t.end <= 1)
                ):
                    named = True
                k += 1
            if named:
                self.add(i, k, "firm")

    def ages(self) -> None:
        """Version 3. An age said of a person that the redactor left ("tiene diecisiete", "looked twelve,
        thirteen", "diz ter quinze anos"): a number from 1 to 99 right after an age cue, and then an age unit,
        a pause or a little word, not a noun ("tiene seis hijos")."""
        toks, cfg = self.toks, self.cfg
        i = 0
        while i < len(toks):
            tok = toks[i]
            value = word_value(tok.text) if tok.word and not tok.red else None
            digits = tok.text.isdigit() and len(tok.text) <= 2 and not tok.red
            if value is None and not digits or tok.key in ("un", "una", "uno", "um", "uma", "a", "i"):
                i += 1
                continue
            cue = any(_match(toks, k, cfg.age_cues) == i for k in range(max(0, i - 3), i))
            j = i + 1
            while j < len(toks):
                gap = 1 if toks[j].text == "," or toks[j].key in _CONNECTORS else 0  # "fourteen, fifteen"
                after = toks[j + gap] if j + gap < len(toks) else None
                if (
                    after is None
                    or after.red
                    or not (word_value(after.text) is not None or after.text.isdigit() and len(after.text) <= 2)
                ):
                    break
                j += gap + 1  # "ochenta y uno", "quince dieciséis"
            nxt = toks[j] if j < len(toks) else None
            ends = nxt is None or not nxt.word or nxt.key in cfg.age_units or nxt.key in stop_words()
            if cue and ends:
                self.add(i, j, "age")
            i = j

    def tails(self) -> None:
        """What runs on right after a redacted span: the redactor often stops a word or two short of an
        address ("[la panamericana] sur"), a page name ("[chambas ica nasca] al toque") or a full name
        ("[eusebio rivas] condor", "[eusebio lalupu] c")."""
        toks, cfg = self.toks, self.cfg
        for i in range(1, len(toks)):
            prev, tok = toks[i - 1], toks[i]
            if prev.red and tok.text == "," and i + 1 < len(toks) and self._kind_before(prev.end) == "ADDRESS":
                self._description(i + 1)  # "[zona R], la que tiene una tienda de gaseosas abajo"
                continue
            if not prev.red or tok.red or not tok.word or tok.start - prev.end > 2:
                continue
            kind = self._kind_before(prev.end)
            if kind == "ADDRESS" and self._description(i):
                continue
            if kind in ("ADDRESS", "ORGANIZATION", "LOCATION") and self._business_name(i, prev.end):
                continue
            if kind in ("ADDRESS", "OTHER_ID"):
                if tok.key in self.cfg.not_names or _VERB_ENDING.search(tok.key):
                    continue
                if tok.key in stop_words():
                    # only "[el mercado] el progreso": a definite article before a name-like word
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    if tok.key not in ("el", "la", "los", "las", "o", "os") or nxt is None or not self._odd_word(nxt):
                        continue
                k = i
                while (
                    k < len(toks)
                    and k < i + 3
                    and toks[k].word
                    and not toks[k].red
                    and (toks[k].key not in cfg.place_stops)
                ):
                    k += 1
                if self.content(i, k) and not (k == i + 1 and toks[i].key in stop_words()):
                    self.add(i, k, "place" if kind == "ADDRESS" else "name_cue")
                continue
            j = i + 1 if tok.key in ("de", "del", "da", "do") else i
            k = j
            while k < len(toks) and k < j + 2 and self._tail_word(toks[k]):
                k += 1
            if k > j:
                self.add(i, k, {"LOCATION": "place", "ORGANIZATION": "firm"}.get(kind, "name_cue"))

    def _description(self, i: int) -> bool:
        """After a hidden address, a description that goes on placing it ("con una llanta pintada en la puerta",
        "la que tiene el portón negro", "the one with a red gate"): a place hint. Not the caller's own people
        ("con su mamá")."""
        toks = self.toks
        if i >= len(toks) or toks[i].red or not toks[i].word:
            return False
        j = _match(toks, i, self.cfg.descriptions)
        if j == i or j >= len(toks) or toks[j].key in self.cfg.possessives or toks[j].key in self.cfg.kin:
            return False
        k = self.phrase_after(j, self.cfg.place_stops)
        if not self.content(j, k) or all(t.key in self.cfg.kin or t.key in stop_words() for t in toks[j:k]):
            return False
        self.add(i, k, "place")
        return True

    def _business_name(self, i: int, end: int) -> bool:
        """A hidden span ending in a kind of business or place ("[en la esquina del mercado] el progreso",
        "[la bodega] doña pancha"): the name that follows it, an article and a word or two."""
        toks = self.toks
        last = next((self.last_word_at[o] for o in range(end, max(-1, end - 3), -1) if o in self.last_word_at), None)
        if last is None or last not in self.cfg.business_kinds or toks[i].key not in _ARTICLES | self.cfg.kin:
            return False
        k = i + 1
        while (
            k < len(toks)
            and k < i + 3
            and toks[k].word
            and not toks[k].red
            and toks[k].key not in stop_words()
            and (
                toks[k].key not in self.cfg.place_stops
                and not _VERB_ENDING.search(toks[k].key)
                and word_value(toks[k].text) is None
            )
        ):
            k += 1
        if k == i + 1:
            return False
        self.add(i, k, "place")
        return True

    def _kind_before(self, end: int) -> str | None:
        for offset in range(end, max(-1, end - 3), -1):
            if offset in self.kind_at:
                return self.kind_at[offset]
        return None

    def _odd_word(self, tok: _Tok) -> bool:
        """A word that names rather than says: unknown to the dictionaries, a name, capitalised mid-text."""
        if not tok.word or tok.red or tok.key in stop_words() or tok.key in self.cfg.place_stops:
            return False
        if tok.has_digit or not self.lowercase and tok.text[0].isupper() and tok.key not in self.cfg.cap_allowed:
            return True
        return self._rare(tok) and (tok.key in surnames() or tok.key in first_names() or looks_unknown(tok.text))

    @staticmethod
    def _rare(tok: _Tok) -> bool:
        return word_frequency(tok.text) < RARE_ZIPF

    def _tail_word(self, tok: _Tok) -> bool:
        if not tok.word or tok.red:
            return False
        if tok.has_digit or len(tok.key) == 1 and tok.key.isalpha() and tok.key not in _NO_LETTER:
            return True
        if tok.key in stop_words() or tok.key in self.cfg.place_stops or word_value(tok.text) is not None:
            return False
        if tok.key in self.cfg.not_names or tok.key in self.cfg.kin or _VERB_ENDING.search(tok.key):
            return False
        if tok.key in surnames() and tok.key not in common_words():
            return True
        return looks_unknown(tok.text) and word_frequency(tok.text) < KIN_ZIPF

    def spelled(self) -> None:
        """A name or an address spelled out letter by letter ("ce ce o erre i") that nobody redacted."""
        toks = self.toks
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) and toks[j].word and not toks[j].red and toks[j].key in LETTER_NAMES:
                j += 1
            letters = [t.key for t in toks[i:j]]
            strong = [k for k in letters if k not in SPELLING_WEAK]
            if len(letters) >= 5 and strong or len(letters) >= 4 and len(strong) >= 2 or len(strong) >= 3:
                self.found.append(Hint(toks[i].start, toks[j - 1].end, "spelled"))
            i = max(j, i + 1)

    def rare_names(self) -> None:
        """A first name said once and left ("yuleidy", "nayda"): a word no dictionary knows and that is rare in
        running text, or one of the first-name lists that is no ordinary word."""
        known = places()
        for tok in self.toks:
            if not tok.word or tok.red or tok.has_digit or len(tok.key) < 4:
                continue
            key = tok.key
            if key in known or key in self.cfg.cap_allowed or word_value(tok.text) is not None:
                continue
            if key in stop_words() or key in common_words() or key in dictionary_words():
                continue
            if key in common_word_names() or not self.lowercase and tok.text.isupper():
                continue
            if key in first_names() and word_frequency(tok.text) < NAME_ZIPF:
                self.found.append(Hint(tok.start, tok.end, "rare_name"))

    def repeats(self) -> None:
        for i, tok in enumerate(self.toks):
            if tok.word and not tok.red and tok.key in self.hidden_words:
                self.found.append(Hint(tok.start, tok.end, "repeat"))
            elif (
                tok.word
                and not tok.red
                and tok.key in self.hidden_word_names
                and not (i > 0 and self.toks[i - 1].key in _ARTICLES | self.cfg.possessives | {"del", "al", "do", "da"})
            ):
                self.found.append(Hint(tok.start, tok.end, "repeat"))  # "ya y qué ha pasado con milagros"

    def capitalised(self) -> None:
        if self.lowercase:
            return
        toks = self.toks
        known = places()
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not (tok.word and tok.text[0].isupper() and not tok.red) or self._sentence_start(i):
                i += 1
                continue
            j, hit = i, False
            while j < len(toks):
                t = toks[j]
                if t.word and t.text[0].isupper() and not t.red:
                    if self._odd_capital(t, known):
                        hit = True
                    j += 1
                elif (
                    t.key in ("de", "del", "da", "do", "dos", "das", "la", "los", "y", "of")
                    and j + 1 < len(toks)
                    and toks[j + 1].text[0].isupper()
                    and toks[j + 1].word
                    and not toks[j + 1].red
                ):
                    j += 1
                else:
                    break
            if hit and not any(t.key in self.allowed_words for t in toks[i:j]):
                self.add(i, j, "capitalised")  # not "Fiscalía Especializada", "Subgerencia de Fiscalización"
            i = j

    def _sentence_start(self, i: int) -> bool:
        k = i - 1
        while k >= 0 and self.toks[k].text in "-–—'\"“«(":
            k -= 1
        return k < 0 or self.toks[k].text in _SENTENCE_START

    def _odd_capital(self, tok: _Tok, known) -> bool:
        key = tok.key
        if key in self.cfg.cap_allowed or key in known or tok.has_digit or "'" in key or key == "i":
            return False
        if tok.text.isupper() and len(tok.text) <= 5:
            return False  # an acronym (PNP, DNI, VIP)
        if key in self.cfg.not_names or _VERB_ENDING.search(key) or key in self.allowed_words:
            return False
        return not (key in common_words() or key in dictionary_words() or key in stop_words())

    def chains(self) -> None:
        """A handle written as words joined by dots or underscores ("ana.fotos.vip", "[franco].eventos.vip"):
        what of it is not hidden. Not a web address of the state ("www.gob.pe"), an abbreviation ("p.m.") or
        a number ("1.238.447")."""
        text = self.text
        for m in re.finditer(r"[^\W_]+(?:[._][^\W_]+)+", text):
            parts = re.split(r"[._]", m.group())
            if sum(1 for p in parts if len(p) >= 3 and any(ch.isalpha() for ch in p)) < 2:
                continue
            if all(fold(p) in _WEB_WORDS for p in parts if len(p) >= 3):
                continue
            if not any(not self.covered[k] and text[k].isalnum() for k in range(m.start(), m.end())):
                continue
            if not self.lowercase and any(p[:1].isupper() for p in parts[1:]):
                continue  # "llegó.Luego": a missing space
            self.found.append(Hint(m.start(), m.end(), "contact"))

    def contacts(self) -> None:
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if tok.red or _match(toks, i, cfg.contact) == i:
                continue
            before = toks[i - 1] if i > 0 else None
            after = toks[i + 1] if i + 1 < len(toks) else None
            if tok.text == "@" and (
                not (before and before.word and not before.red) or not (after and after.word and not after.red)
            ):
                continue  # the address around it is hidden
            a = i
            while (
                a > 0
                and i - a < 10
                and not toks[a - 1].red
                and not toks[a - 1].breaker
                and toks[a - 1].key
                not in (
                    "es",
                    "is",
                    "e",
                    "correo",
                    "email",
                    "mail",
                    "gmail",
                    "hotmail",
                    "direccion",
                    "address",
                    "endereco",
                )
            ):
                a -= 1
            b = i + 1
            while b < len(toks) and b - i < 6 and not toks[b].red and not toks[b].breaker:
                b += 1
                if toks[b - 1].key in _EMAIL_ENDS:
                    break
            self.found.append(Hint(toks[a].start, toks[b - 1].end, "contact"))

    @property
    def allowed_words(self) -> frozenset[str]:
        return _allowed_words()

    # -- operator-only rules (round 23): never swept, so the redactor's output does not depend on them ------
    def _kind_of_red(self, i: int) -> str | None:
        """The type of the redacted span that hidden token ``i`` starts (looking a few characters back)."""
        start = self.toks[i].start
        return next((self.kind_from[o] for o in range(start, max(-1, start - 3), -1) if o in self.kind_from), None)

    def _by_hand_near(self, offset: int) -> bool:
        """A span the operator hid by hand starts or ends within a few characters of ``offset``."""
        return any(o in self.by_hand for o in range(offset - 2, offset + 3))

    def continuations(self) -> None:
        """After a hidden address, the rest of its sentence when it opens like more of the description ("[...],
        se sube por una escalera lateral sin letrero", "[...] donde están las carpas azules"): the redactor stops
        at the address's grammar, a person reading the line sees where the description ends."""
        toks, cfg = self.toks, self.cfg
        for i in range(1, len(toks)):
            if not toks[i - 1].red or toks[i].red or self._kind_before(toks[i - 1].end) != "ADDRESS":
                continue
            if self._by_hand_near(toks[i - 1].end):
                continue
            j = i + 1 if toks[i].text == "," else i
            if j >= len(toks) or toks[j].red or _match(toks, j, cfg.continuation_cues) == j:
                continue
            k, words = j, 0
            while k < len(toks) and not toks[k].red and toks[k].text not in _SENTENCE_END:
                if toks[k].word:
                    words += 1
                    if words > cfg.continuation_words:
                        break
                k += 1
            if words < 2:
                continue  # "[...] pasando": a cue alone says nothing more of the place
            if self.content(j, k) and not any(t.key in cfg.not_places for t in toks[j : j + 2]):
                self.add(j, k, "place")

    def heads(self) -> None:
        """Before a hidden address, the article-led words back to "en" / "al" / "es" ("en {la bocamina de}
        [encima de la laguna]"): the first half of a place the redactor found only the landmark of."""
        toks, cfg = self.toks, self.cfg
        for i in range(1, len(toks)):
            if not toks[i].red or toks[i - 1].red or self._kind_of_red(i) != "ADDRESS":
                continue
            if self._by_hand_near(toks[i].start):
                continue
            k, words = i - 1, 0
            if toks[k].text == ",":
                k -= 1
            while k >= 0 and toks[k].word and not toks[k].red and toks[k].key not in cfg.head_anchors:
                words += 1
                k -= 1
            if k < 0 or not toks[k].word or toks[k].red or toks[k].key not in cfg.head_anchors:
                continue
            first = k + 1
            if not 2 <= words <= cfg.head_words or toks[first].key not in _DEFINITE:
                # a definite article: "la bocamina de [...]" is one place; "un cuarto [...]" is any room
                continue
            if any(t.key in cfg.not_places or t.key in cfg.possessives for t in toks[first:i]):
                continue  # "en la noche [...]", "en mi casa de [...]"
            if any(t.key in self.allowed_words for t in toks[first:i]):
                continue  # "en la comisaría de [...]": a public institution's office is nobody's address
            if self.content(first + 1, i):
                self.add(first, i, "place")

    def number_edges(self) -> None:
        """Number words said right beside a hidden phone, ID or code ("[OTHER_ID] ocho", "ae quinientos treinta
        [OTHER_ID]"): its first or last digits, which the redactor left out. Not an amount or a count after it."""
        toks, cfg = self.toks, self.cfg
        for i, tok in enumerate(toks):
            if not tok.red or self._by_hand_near(tok.start) or self._by_hand_near(tok.end):
                continue
            if i + 1 < len(toks) and not toks[i + 1].red and self._kind_before(tok.end) in cfg.number_edge_kinds:
                k = i + 1
                while k < len(toks) and k < i + 4 and toks[k].start - toks[k - 1].end <= 1 and self._number_tok(k):
                    k += 1
                if all(t.key in _INDEFINITE for t in toks[i + 1 : k]):
                    k = i + 1  # "[qtp 4h19] um caminhão": an article, not a digit
                if k > i + 1 and not (k < len(toks) and _match(toks, k, cfg.units) > k):
                    self.found.append(Hint(toks[i + 1].start, toks[k - 1].end, "number"))
            if i > 0 and not toks[i - 1].red and self._kind_of_red(i) in cfg.number_edge_kinds:
                k = i - 1
                while k >= 0 and k > i - 4 and toks[k + 1].start - toks[k].end <= 1 and self._number_tok(k):
                    k -= 1
                if k < i - 1 and not _match_before(toks, k + 1, cfg.before):
                    self.found.append(Hint(toks[k + 1].start, toks[i - 1].end, "number"))

    # -- result -------------------------------------------------------------------------------------------
    @property
    def allowed(self) -> list[tuple[int, int]]:
        if not hasattr(self, "_allowed"):
            from redact.spans import allowed_ranges

            self._allowed = allowed_ranges(self.text, list(self.cfg.allow_list), list(self.cfg.allow_patterns))
        return self._allowed

    def result(self, max_hints: int | None) -> list[Hint]:
        merged: list[Hint] = []
        for h in sorted(self.found, key=lambda h: (h.start, -h.end)):
            h = self._clip(h)
            if h is None or any(a <= h.start and h.end <= b for a, b in self.allowed):
                continue
            if merged:
                last = merged[-1]
                gap = self.text[last.end : h.start]
                touching = len(gap) <= 3 and not gap.strip(" ,-") and not any(self.covered[last.end : h.start])
                if h.start <= last.end or touching:
                    reason = max((last.reason, h.reason), key=_PRIORITY.__getitem__)
                    merged[-1] = Hint(last.start, max(last.end, h.end), reason)
                    continue
            merged.append(h)
        limit = self.cfg.max_hints if max_hints is None else max_hints
        if len(merged) > limit:
            ranked = sorted(merged, key=lambda h: (-_PRIORITY[h.reason], h.start))[:limit]
            merged = sorted(ranked, key=lambda h: h.start)
        return merged

    def _clip(self, h: Hint) -> Hint | None:
        """The hint without redacted characters: its first unredacted stretch holding a letter or digit."""
        start = h.start
        while start < h.end and (self.covered[start] or not self.text[start].isalnum()):
            start += 1
        end = start
        while end < h.end and not self.covered[end]:
            end += 1
        while end > start and not self.text[end - 1].isalnum():
            end -= 1
        return Hint(start, end, h.reason) if end > start else None


_WEB_WORDS = frozenset({"www", "http", "https", "gob", "com", "org", "net", "edu", "html", "php"})


@cache
def _allowed_words() -> frozenset[str]:
    """Words of the allow-listed institutions ("fiscalia", "subgerencia"), but not the little words in them."""
    words = {fold(w) for phrase in config().allow_list for w in re.findall(r"[^\W\d_]+", phrase)}
    return frozenset(w for w in words if len(w) > 3 and w not in stop_words())


def hints(
    text: str,
    entities: Iterable[Any],
    language: str = "auto",
    *,
    max_hints: int | None = None,
    operator_only: bool = True,
) -> list[Hint]:
    """Places in ``text`` that may still identify someone, outside the redacted ``entities``.

    ``entities``: the redactor's (``RedactionResult.entities``), or dicts / ``(type, start, end)`` tuples with
    offsets into ``text``. ``language`` is accepted for callers' symmetry; the cues of every language apply
    (calls mix them). At most ``max_hints`` (default: the configured number), the strongest first, returned
    in text order. ``operator_only=False`` leaves out the rules whose hints are for a person only (the sweep's
    view: what a person judges in one glance, a rule would hide with its neighbours).
    """
    del language  # cues are shared; a call's language is no reliable guide to the words in it
    if not text:
        return []
    call = _Call(text, entities)
    call.places()
    call.numbers()
    call.names()
    call.tails()
    call.runs_on()
    call.neighbours()
    call.organisations()
    call.ages()
    call.spelled()
    call.rare_names()
    call.answers()
    call.repeats()
    call.capitalised()
    call.contacts()
    call.chains()
    if operator_only:
        call.continuations()
        call.heads()
        call.number_edges()
    return call.result(max_hints)


def sweep(text: str, entities: Iterable[Any], language: str = "auto") -> list[Hint]:
    """The hints of ``text`` (every one, not the few an operator is shown) that the redactor hides as well, as
    ``SUGGESTED_TYPE[hint.reason]``: those of the swept reasons, less what looks like speech rather than an
    identifier (a place said vaguely or alone on its line, a clause after a place, an amount, the hotline's
    number, "arroba nada")."""
    cfg = config()
    spans = [_span_of(e) for e in entities]
    places = [(start, end) for start, end, kind in spans if kind in _PLACE_TYPES]
    out = []
    for h in hints(
        text, [(kind, start, end) for start, end, kind in spans], language, max_hints=len(text), operator_only=False
    ):
        if h.reason not in cfg.sweep_reasons:
            continue
        keys = _keys(text[h.start : h.end])
        if not keys:
            continue
        if h.reason == "place" and not _sweepable_place(text, h, keys, places, cfg):
            continue
        if h.reason == "number" and not _sweepable_number(text, h, cfg, spans):
            continue
        if h.reason == "contact" and not any(k in _EMAIL_ENDS or k in ("punto", "ponto", "dot") for k in keys):
            continue  # "e a e i arroba nada"
        out.append(h)
    return out


_PLACE_TYPES = frozenset({"ADDRESS", "LOCATION", "ORGANIZATION"})
# How far (characters, same line) a hidden place may be for a place hint beside it to be swept.
_SWEEP_REACH = 150


def _line_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return max(line_start, start - reach), min(line_end, end + reach)


def _sweepable_place(text: str, h: Hint, keys: tuple[str, ...], places: list[tuple[int, int]], cfg: _Config) -> bool:
    """A place hint the redactor may hide itself: one told where the call already names a place (a town, a
    street, a business on the same line, close by), not said vaguely ("cerca de", "near"), more than a floor and
    not the next clause. A lone "la cuadra estaba oscura" or "la habitación no tenía baño" stays a hint."""
    if _opening(keys, cfg.sweep_vague) or keys[0] in cfg.sweep_clause_verbs:
        return False
    spatial = _opening(keys, cfg.spatial)
    if spatial == len(keys) or (spatial and keys[spatial] in cfg.possessives):
        return False  # a spatial phrase with nothing after it; "al lado de su trabajo"
    if all(k in cfg.sweep_directions or k in stop_words() for k in keys):
        return False  # "[la esquina de Lima con San Martín], al frente"
    if any(k in cfg.sweep_amounts for k in keys + _keys(text[h.end : h.end + 25])):
        return False  # "subiendo por el camino como tres horas"
    if len(keys) <= 2 and keys[-1] in cfg.floors:
        return False
    a, b = _line_around(text, h.start, h.end, _SWEEP_REACH)
    return any(a < end and start < b for start, end in places)


def _sweepable_number(text: str, h: Hint, cfg: _Config, spans: Iterable[tuple[int, int, str | None]] = ()) -> bool:
    """A number hint the redactor may hide itself: no amount or count beside it, and not a piece of an allowed
    number (the hotline's "0800-2-3232": "el 080 es gratis"). A word inside a found name is no amount: the
    "Real" of "Expreso Amazonas Real, tiquetes número 000731" is no currency."""
    a, b = _line_around(text, h.start, h.end, 30)
    window = list(text[a:b])
    for start, end, _kind in spans:
        for i in range(max(start, a), min(end, b)):
            window[i - a] = " "
    if any(k in cfg.sweep_amounts for k in _keys("".join(window))):
        return False
    digits = re.sub(r"\D", "", text[h.start : h.end])
    return len(digits) < 3 or not any(digits in allowed for allowed in _allowed_digits())


@cache
def _allowed_digits() -> tuple[str, ...]:
    """The digits of each allow-listed phrase that has any ("0800-2-3232" -> "080023232")."""
    return tuple(d for phrase in config().allow_list if (d := re.sub(r"\D", "", phrase)))


def _opening(keys: tuple[str, ...], phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """How many of ``keys`` the longest of ``phrases`` they open with covers (0: none). ``_phrases`` sorts each
    first word's phrases longest first, so the first that matches is the longest."""
    return next((len(p) for p in phrases.get(keys[0], ()) if keys[: len(p)] == p), 0)
