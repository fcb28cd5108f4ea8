"""The last step: a place description the recognizers found in pieces is hidden whole.

Annotators (and anyone who reads a redacted call) take "el tercer toldo azul después de la capilla" as
one place; hiding "toldo" and "la capilla" leaves "tercer … azul después de" to point the way. Each
move only ever grows an ADDRESS, and never into another finding:

* the words between two addresses on one line, when few and within one sentence;
* an address's left edge over articles, ordinals and place nouns ("el paradero del puente [Chanta]"), then
  over the definite noun phrase it belongs to ("la planta de [la zona industrial …]");
* a relative phrase right after an address ("la habitación 207, la que da a la piscina");
* a long description's tail, the few words left before its sentence ends ("… con rejas verdes [y un ancla
  pintada en la pared].");
* a named settlement or building right before its address ("la Asociación Los Jazmines, manzana F lote 9"),
  and a number after a place noun, which the sweep hides as a number, counts as a place ("puesto 147").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from redact.lexicon import WORD_RE, fold
from redact.second_look import SWEEP_SCORE
from redact.types import Entity

_PLACE_TYPES = ("ADDRESS", "LOCATION")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_UP_TO_PUNCTUATION = re.compile(r"[^.,;:?!\n]*")


@cache
def _data() -> dict:
    return yaml.safe_load(resources.files("redact").joinpath("data/place_bridge.yaml").read_text(encoding="utf-8"))


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(place nouns, determiners, ordinals, joiners), folded; the nouns are the second look's and the
    address chain's own lists, so a noun added there counts here too."""
    files = resources.files("redact")
    look = yaml.safe_load(files.joinpath("data/second_look.yaml").read_text(encoding="utf-8"))["place"]
    chain = _chain()
    lists = [look["strong_nouns"], look["weak_nouns"]]
    lists += [chain[k] for k in ("dwellings", "kept_dwellings", "way_nouns", "house_nouns", "unit_words")]
    nouns = {fold(w) for words in lists for w in words if " " not in w}
    nouns -= {fold(w) for w in _data()["admin_nouns"]}
    return (
        frozenset(nouns),
        frozenset(fold(w) for w in chain["determiners"]) - {fold(w) for w in chain["indefinite"]},
        frozenset(fold(w) for w in look["ordinals"]),
        frozenset(fold(w) for w in _data()["joiners"]),
    )


@cache
def _chain() -> dict:
    return yaml.safe_load(resources.files("redact").joinpath("data/address_chain.yaml").read_text(encoding="utf-8"))


@cache
def _indefinites() -> frozenset[str]:
    return frozenset(fold(w) for w in _chain()["indefinite"])


@cache
def _anchor_start() -> re.Pattern:
    anchors = sorted((fold(a) for a in _chain()["anchors"]), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(a) for a in anchors) + r")\b")


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(fold(w) for w in _data()["not_after_opener"])


@cache
def _relative_opener() -> re.Pattern:
    openers = "|".join(_data()["relative_openers"])
    return re.compile(rf"[ \t]*,?[ \t]*(?:{openers})\b", re.IGNORECASE)


@cache
def _belongs_to() -> re.Pattern:
    data = _data()["belongs_to"]
    determiners = "|".join(map(re.escape, data["determiners"]))
    joiners = "|".join(map(re.escape, sorted(data["joiners"], key=len, reverse=True)))
    return re.compile(rf"\b(?:{determiners})\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?(?:{joiners})\s+$", re.IGNORECASE)


def _left_edge(text: str, start: int) -> int:
    """Where the address really starts: the place-noun walk (``_walk_left``), then a definite noun phrase it
    belongs to ("la planta de [la zona industrial]")."""
    start = _walk_left(text, start)
    if _anchor_start().match(fold(text[start : start + 40])):
        return start
    belongs = _belongs_to().search(text, max(0, start - 40), start)
    return belongs.start() if belongs else start


def _walk_left(text: str, start: int) -> int:
    """The place-noun walk: left while the words are a definite determiner, an ordinal, a joiner or a place noun;
    kept only if a place noun was among them, or all were determiners or ordinals ("el [barrio de la plaza …]")."""
    if _anchor_start().match(fold(text[start : start + 40])):
        return start  # "el parque [al lado del colegio]": the rules took the landmark only, on purpose
    nouns, determiners, ordinals, joiners = _words()
    taken: list[tuple[str, int]] = []  # (folded word, its start), right to left
    edge = start
    for m in reversed(list(WORD_RE.finditer(text, max(0, start - 80), start))[-_data()["max_left_words"] :]):
        word = fold(m.group())
        if text[m.end() : edge].strip():
            break  # punctuation between: another phrase
        if word in _indefinites():
            return start  # "una casa [detrás del terminal]": the noun phrase is any house, not this one
        if not (word in nouns or word in determiners or word in ordinals or word in joiners):
            break
        taken.append((word, m.start()))
        edge = m.start()
    while taken and taken[-1][0] in joiners and taken[-1][0] not in determiners:
        taken.pop()  # "… de [Lima]": a walk that ends on a bare joiner opens nothing
    if not taken:
        return start
    words = [w for w, _ in taken]
    if any(w in nouns for w in words) or all(w in determiners or w in ordinals for w in words):
        return taken[-1][1]
    return start


def _right_edge(text: str, end: int) -> int:
    """Where the address really ends: a relative phrase right after it runs to the next punctuation, at most
    max_right_words words."""
    opener = _relative_opener().match(text, end)
    if not opener:
        return end
    rest = _UP_TO_PUNCTUATION.match(text, opener.end()).group()
    words = list(re.finditer(r"\S+", rest))[: _data()["max_right_words"]]
    if not words or fold(words[0].group()) in _pronouns():
        return end
    return opener.end() + words[-1].end()


def _tail_end(text: str, start: int, end: int, limit: int) -> int:
    """Where a long description really ends: the words left before its sentence ends, if they go on with it."""
    tail = _data()["tail"]
    if len(text[start:end].split()) < tail["min_words"]:
        return end
    stop = _SENTENCE_END.search(text, end)
    stop = stop.start() if stop else len(text)
    if stop > limit:  # another finding before the sentence ends: not a tail
        return end
    words = list(WORD_RE.finditer(text, end, stop))
    if not words or len(words) > tail["max_words"] or any(ch.isdigit() for ch in text[end:stop]):
        return end
    folded = [fold(w.group()) for w in words]
    if folded[0] not in _tail_words("first_words") or any(w in _tail_words("never") for w in folded):
        return end
    if folded[0] in _tail_words("coordinators") and (
        len(folded) < 2 or folded[1] not in _tail_words("after_coordinator")
    ):
        return end
    return words[-1].end()


@cache
def _tail_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data()["tail"][key])


def _as_place(text: str, e: Entity) -> Entity:
    """A number found after a place noun is a place ("puesto ciento cuarenta y siete", "puerta 305": the second
    look sweeps them as numbers), so the moves below can join it to the address it belongs to."""
    first = WORD_RE.search(text, e.start, e.end)
    if e.type == "OTHER_ID" and first and fold(first.group()) in _words()[0]:
        return Entity("ADDRESS", e.start, e.end, e.score)
    return e


def _only_a_comma(gap: str) -> bool:
    """ ", " and nothing else: a name and the address told after it, not "peixe boi dourado [perto do porto]"."""
    return gap.strip() == ","


def bridge_places(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities sorted by start, with place descriptions hidden whole (see the module's docstring)."""
    out: list[Entity] = []
    ordered = sorted((_as_place(text, e) for e in entities), key=lambda e: (e.start, e.end))
    for i, e in enumerate(ordered):
        kind, start, end = e.type, e.start, e.end
        if kind == "ADDRESS":
            start = _left_edge(text, start)
            end = max(end, _right_edge(text, end))
            end = _tail_end(text, start, end, ordered[i + 1].start if i + 1 < len(ordered) else len(text))
        last = out[-1] if out else None
        if last and start < last.end:
            if last.type in _PLACE_TYPES and kind in _PLACE_TYPES:  # grown into the place before: one place
                out[-1] = Entity(
                    "ADDRESS" if "ADDRESS" in (kind, last.type) else last.type,
                    last.start,
                    max(last.end, end),
                    max(last.score, e.score),
                )
                continue
            start = last.end  # never into another kind of finding: each keeps its own type
            if start >= end:
                continue
        if last and last.type == "ORGANIZATION" and kind == "ADDRESS" and _only_a_comma(text[last.end : start]):
            # a named settlement or building and its address told right after ("la Asociación Los Jazmines,
            # manzana F lote 9"): one place, whose left edge is the name's
            out[-1] = Entity("ADDRESS", _left_edge(text, last.start), end, max(last.score, e.score))
            continue
        if last and kind == last.type == "ADDRESS":
            gap = text[last.end : start]
            if not _SENTENCE_END.search(gap) and len(gap.split()) <= _data()["max_gap_words"]:
                out[-1] = Entity("ADDRESS", last.start, end, max(last.score, e.score))
                continue
        out.append(Entity(kind, start, end, e.score))
    return [_listed_if_grown(text, e, ordered) for e in out]


def _listed_if_grown(text: str, e: Entity, found: list[Entity]) -> Entity:
    """A span grown by more than an article, or holding a swept span, takes the sweep's score, so the second look
    lists it ("check the words around it"): the words it took are a guess, and the pointer a hint gave to a leak
    only hidden in part would otherwise be lost (on heldout23, 15 misses were pointed at before the bridge, 10
    after)."""
    contained = [f for f in found if e.start <= f.start and f.end <= e.end]
    inside = {i for f in contained for i in range(f.start, f.end)}
    added = " ".join(m.group() for m in WORD_RE.finditer(text, e.start, e.end) if m.start() not in inside)
    swept_inside = any(f.score == SWEEP_SCORE for f in contained)  # joined to a rule's span, still the sweep's guess
    if not swept_inside and (not added or all(fold(w) in _words()[1] for w in added.split())):
        return e
    return Entity(e.type, e.start, e.end, min(e.score, SWEEP_SCORE))
