"""A small learned token tagger for ADDRESS (the ``address_tagger`` setting, on: in its ``extend`` mode it only adds
the rest of a place description the rules began, as the last step of ``Redactor.analyze``).

Each token gets lexical and contextual features only — its folded word, prefix and suffix of 3, shape,
whether it is a number, membership in the place lists of ``data/second_look.yaml``, the same for the tokens
up to three either side, distance to the last locating word and to the last place noun, position in the
line — never the rules' own findings. A logistic regression (hashed features, trained by
``bench/train_address_tagger.py`` into ``data/address_tagger.json``) scores each token as inside an
ADDRESS or not; runs of tokens above the threshold, merged over one-token gaps and trimmed of function
words at both ends, are the tagger's spans. The weights are applied in pure Python.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from redact.datafiles import data_yaml
from redact.lexicon import fold
from redact.numbers import word_value

N_BUCKETS = 1 << 17  # hashed feature space; the weights file stores them quantised
SCALE = 1000  # weights are stored as integers: round(weight * SCALE)

_TOKEN_RE = re.compile(r"\n|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_WINDOW = (-3, -2, -1, 1, 2, 3)

# Words that locate someone or something ("vive en", "los dejé en", "queda por") — the distance to the last
# one is a feature.
_LOCATORS = frozenset(
    """
en in at em na no numa num al ao por hacia hasta llegando entrando subiendo bajando pasando cruzando
vivo vive viven vivia vivian vivimos queda quedan quedaba quedo esta estan estaba estaban deje dejaron dejo
lleve llevaron llevo llevan llego llegamos llegaron fui fuimos fueron encerrada encerrados tienen tenian
lives live lived stay stays stayed took dropped mora moram fica ficam morava ficava
""".split()
)
_ARTICLES = frozenset(
    {"el", "la", "los", "las", "un", "una", "unos", "unas", "the", "a", "an", "o", "os", "as", "um", "uma", "lo"}
)
_PREPOSITIONS = frozenset(
    {
        "de",
        "del",
        "en",
        "a",
        "al",
        "por",
        "con",
        "para",
        "desde",
        "hasta",
        "hacia",
        "of",
        "in",
        "at",
        "on",
        "to",
        "from",
        "by",
        "with",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "em",
        "ao",
        "pelo",
        "pela",
        "entre",
        "sobre",
        "sin",
        "y",
        "e",
        "and",
        "o",
        "or",
        "que",
    }
)
# Trimmed from both ends of a span: what a place description never starts or ends with.
_TRIM = (
    _ARTICLES
    | _PREPOSITIONS
    | frozenset(
        {
            "pues",
            "bueno",
            "este",
            "osea",
            "entonces",
            "ahi",
            "alli",
            "alla",
            "aqui",
            "aca",
            "there",
            "here",
            "so",
            "well",
            "mi",
            "su",
            "my",
        }
    )
)


@cache
def _second_look_yaml() -> dict:
    """data/second_look.yaml as parsed (the tagger's word lists and phrases come from it; read once)."""
    return data_yaml("second_look.yaml")


@cache
def _lists() -> dict[str, frozenset[str]]:
    """Word lists (folded) from second_look.yaml's place and sweep sections; a phrase gives each of its words
    to the set of its list (``spatial`` and ``descriptions`` are also matched as phrases, see ``_phrases``)."""
    data = _second_look_yaml()
    place, sweep = data["place"], data["sweep"]
    wanted = {
        "strong": place["strong_nouns"],
        "weak": place["weak_nouns"],
        "floor": place["floor_nouns"],
        "ordinal": place["ordinals"],
        "spatial": place["spatial"],
        "biz": place["business_kinds"],
        "notplace": place["not_places"],
        "trail": place["trailing"],
        "desc": place["descriptions"],
        "stop": place["stop_words"],
        "dir": sweep["directions"],
        "amount": sweep["amounts"],
        "vague": sweep["vague"],
        "clause": sweep["clause_verbs"],
        "poss": place["possessives"],
    }
    out = {}
    for name, items in wanted.items():
        words = set()
        for item in items:
            words.update(fold(m.group()) for m in _TOKEN_RE.finditer(str(item)))
        out[name] = frozenset(words - {"\n"})
    return out


@cache
def _phrases() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    data = _second_look_yaml()
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name in ("spatial", "descriptions"):
        table: dict[str, list[tuple[str, ...]]] = {}
        for item in data["place"][name]:
            keys = tuple(fold(m.group()) for m in _TOKEN_RE.finditer(str(item)))
            if keys:
                table.setdefault(keys[0], []).append(keys)
        out[name] = table
    return out


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    key: str  # folded
    raw: str


def tokenize(text: str) -> list[Token]:
    """Words (letters and digits with inner apostrophes), single symbols and line breaks, with offsets."""
    return [Token(m.start(), m.end(), fold(m.group()), m.group()) for m in _TOKEN_RE.finditer(text)]


def _shape(raw: str) -> str:
    if raw == "\n":
        return "NL"
    if raw.isdigit():
        return "d"
    if any(ch.isdigit() for ch in raw):
        return "ad"
    if not any(ch.isalnum() for ch in raw):
        return "p"
    if raw[0].isupper():
        return "U" if raw.isupper() and len(raw) > 1 else "C"
    return "l"


def _word_flags(tok: Token) -> list[str]:
    key = tok.key
    flags = [name for name, words in _lists().items() if key in words]
    if key.isdigit() or word_value(key) is not None:
        flags.append("num")
    if key in _ARTICLES:
        flags.append("art")
    if key in _PREPOSITIONS:
        flags.append("prep")
    if key in _LOCATORS:
        flags.append("loc")
    return flags


def _bucket(n: int | None) -> str:
    if n is None:
        return "none"
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (9, "6-9"), (15, "10-15")):
        if n <= limit:
            return name
    return "16+"


def _phrase_cover(tokens: list[Token], table: dict[str, list[tuple[str, ...]]]) -> list[bool]:
    covered = [False] * len(tokens)
    for i, tok in enumerate(tokens):
        for keys in table.get(tok.key, ()):
            if tuple(t.key for t in tokens[i : i + len(keys)]) == keys:
                for j in range(i, i + len(keys)):
                    covered[j] = True
                break
    return covered


def features(tokens: list[Token]) -> list[list[str]]:
    """The feature names of each token (hashed later)."""
    own = []
    for tok in tokens:
        shape = _shape(tok.raw)
        flags = _word_flags(tok)
        own.append((tok.key, shape, flags))
    spatial = _phrase_cover(tokens, _phrases()["spatial"])
    desc = _phrase_cover(tokens, _phrases()["descriptions"])
    out: list[list[str]] = []
    last_loc = last_place = last_spatial = None
    line_start = 0
    line_ends: list[int] = []
    end = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].raw == "\n":
            end = i
        line_ends.append(end)
    line_ends.reverse()
    for i, tok in enumerate(tokens):
        if tok.raw == "\n":
            line_start = i + 1
            last_loc = last_place = last_spatial = None
            out.append([])
            continue
        key, shape, flags = own[i]
        f = ["bias", f"w={key}", f"p3={key[:3]}", f"s3={key[-3:]}", f"sh={shape}"]
        f += [f"f={flag}" for flag in flags]
        if spatial[i]:
            f.append("in_spatial")
        if desc[i]:
            f.append("in_desc")
        for k in _WINDOW:
            j = i + k
            if j < line_start or j >= line_ends[i]:
                f.append(f"{k}:edge")
                continue
            nkey, nshape, nflags = own[j]
            f += [f"{k}:w={nkey}", f"{k}:s3={nkey[-3:]}", f"{k}:sh={nshape}"]
            f += [f"{k}:f={flag}" for flag in nflags]
            if spatial[j]:
                f.append(f"{k}:in_spatial")
        f.append(f"dloc={_bucket(None if last_loc is None else i - last_loc)}")
        f.append(f"dplace={_bucket(None if last_place is None else i - last_place)}")
        f.append(f"dspatial={_bucket(None if last_spatial is None else i - last_spatial)}")
        pos = i - line_start
        f.append(f"pos={_bucket(pos)}")
        length = max(1, line_ends[i] - line_start)
        f.append(f"rel={min(3, 4 * pos // length)}")
        out.append(f)
        if "loc" in flags:
            last_loc = i
        if {"strong", "weak", "floor", "biz"} & set(flags):
            last_place = i
        if spatial[i]:
            last_spatial = i
    return out


def feature_hash(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & (N_BUCKETS - 1)


def hashed(tokens: list[Token]) -> list[list[int]]:
    return [[feature_hash(name) for name in f] for f in features(tokens)]


@dataclass(frozen=True)
class Model:
    weights: dict[int, float]
    threshold: float
    min_tokens: int
    header: dict


@cache
def load_model() -> Model:
    data = json.loads(resources.files("redact").joinpath("data", "address_tagger.json").read_text("utf-8"))
    weights = {int(k): v / SCALE for k, v in data["weights"].items()}
    return Model(weights, float(data["threshold"]), int(data.get("min_tokens", 1)), data["header"])


def token_probabilities(tokens: list[Token], weights: dict[int, float]) -> list[float]:
    probs = []
    for f in hashed(tokens):
        if not f:
            probs.append(0.0)
            continue
        z = sum(weights.get(h, 0.0) for h in f)
        probs.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return probs


def spans_from_probabilities(
    tokens: list[Token], probs: list[float], threshold: float, min_tokens: int = 1
) -> list[tuple[int, int]]:
    """Runs of tokens above ``threshold`` within a line, merged over one-token gaps, trimmed of function words
    and punctuation at both ends, of at least ``min_tokens`` words and numbers; (start, end) character offsets."""
    spans = []
    i, n = 0, len(tokens)
    while i < n:
        if probs[i] < threshold or tokens[i].raw == "\n":
            i += 1
            continue
        j = i  # last token above threshold in this run
        k = i + 1
        while k < n and tokens[k].raw != "\n":
            if probs[k] >= threshold:
                j = k
            elif not (k + 1 < n and tokens[k + 1].raw != "\n" and probs[k + 1] >= threshold):
                break
            k += 1
        a, b = i, j
        while a <= b and (tokens[a].key in _TRIM or not tokens[a].key[:1].isalnum()):
            a += 1
        while b >= a and (tokens[b].key in _TRIM or not tokens[b].key[:1].isalnum()):
            b -= 1
        if a <= b and sum(1 for t in tokens[a : b + 1] if t.key[:1].isalnum()) >= min_tokens:
            spans.append((tokens[a].start, tokens[b].end))
        i = j + 1
    return spans


def tag(text: str, threshold: float | None = None) -> list[tuple[int, int]]:
    """The tagger's ADDRESS spans in ``text`` with the committed model (its CV-chosen threshold unless given)."""
    model = load_model()
    tokens = tokenize(text)
    probs = token_probabilities(tokens, model.weights)
    return spans_from_probabilities(
        tokens, probs, model.threshold if threshold is None else threshold, model.min_tokens
    )


EXTEND_GAP = 2  # characters between a tagger span and the found place it continues ("…, " or " ")


def add_to(text: str, entities: list, make_entity, score: float) -> list:
    """``entities`` plus the tagger's spans as ADDRESS with ``score``, never over an existing entity. The model's
    union mode says which: ``extend`` the stretches of a span that runs on from a place the rules found (an
    ADDRESS it overlaps or touches: "el tercer puesto, [el del toldo naranja]"), ``cut`` the stretches of any
    span no entity overlaps, ``drop`` only spans no entity overlaps at all. Standalone spans gained no recall in
    cross-validation and cost precision; the gain is in the rest of a place description the rules began."""
    taken = sorted((e.start, e.end) for e in entities)
    mode = load_model().header.get("union", "cut")
    places = [(e.start, e.end) for e in entities if e.type == "ADDRESS"]
    added = []
    for start, end in tag(text):
        if mode == "extend":
            touches = any(s <= end + EXTEND_GAP and start <= e + EXTEND_GAP for s, e in places)
            pieces = _outside(start, end, taken) if touches else []
        elif mode == "cut":
            pieces = _outside(start, end, taken)
        else:
            pieces = [] if any(s < end and start < e for s, e in taken) else [(start, end)]
        added += [make_entity("ADDRESS", a, b, score) for a, b in pieces if any(ch.isalnum() for ch in text[a:b])]
    return sorted(entities + added, key=lambda e: (e.start, e.end))


def _outside(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = []
    cursor = start
    for s, e in taken:
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            pieces.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces
