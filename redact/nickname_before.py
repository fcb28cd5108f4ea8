"""Round 31: a nickname said before the words that make it one.

person_context finds a nickname after its cue ("le dicen el chivo"); callers also say it first and the naming verb
after ("el hijo de la señora, el chivo le dicen, …", "el dueño es chumpitaz nomás le dicen", "Chino, they call
him"). The nickname is one word, after an article or a copula, that is no stop word, no word listed as never a name
and no place; a filler ("nomás") may stand between it and the verb. Lists in data/nickname_before.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import (
    alternation,
    fold,
    fold_same_offsets,
    is_name_word,
    is_ordinary_word,
    looks_unknown,
    not_names,
    places,
    stop_words,
)
from redact.types import Entity

_SCORE = 0.7
# after the verb, an article or a content word is the nickname itself ("the market, they call him Loro", "al cerro
# le dicen la ventana"): the verb is then a cue before it, person_context's business
_NEXT = re.compile(r"[ \t]*([^\W\d_]+)")
_ARTICLES = frozenset({"el", "la", "los", "las", "the", "un", "una", "o", "os", "as"})


@cache
def titles() -> frozenset[str]:
    """person_context's titles and kin words, folded: "el patrón le dicen", "la niña tiene doce" name no one."""
    params = data_yaml("recognizers.yaml")["recognizers"]["person_context"]["params"]
    return frozenset(fold(w) for w in params["titles"])


def never_a_name(key: str) -> bool:
    """A folded word no cue around it makes a name: a stop word, a word listed as never a name, a place, a title."""
    return key in stop_words() or key in not_names() or key in places() or key in titles()


@cache
def _pattern() -> re.Pattern:
    d = {k: [fold(w) for w in v] for k, v in data_yaml("nickname_before.yaml").items()}
    return re.compile(
        rf"(?<!\w)(?:{alternation(d['before'])})[ \t]+(?P<name>[^\W\d_]{{3,}})[ \t]*,?[ \t]+"
        rf"(?:(?:{alternation(d['fillers'])})[ \t]+)?(?:{alternation(d['after'])})(?!\w)"
    )


@cache
def _named_after() -> re.Pattern:
    words = [fold(w) for w in data_yaml("nickname_before.yaml")["named_after"]]
    return re.compile(rf"(?<![\w'’])(?P<name>[^\W\d_]{{3,}})[ \t]*,?[ \t]+(?:{alternation(words)})(?!\w)")


def _names_said_first(text: str, folded: str, entities: list[Entity]) -> list[Entity]:
    """Round 34: "… tiene dieciséis años, yohandri se llama": a rare word or a listed name (no ordinary word) right
    before a naming verb that ends the clause (nothing or a stop word after it, not an article or a name), and every
    other mention of it in the call ("al yohandri le quitaron su pasaporte")."""
    new = []
    for m in _named_after().finditer(folded):
        key, start, end = m.group("name"), m.start("name"), m.end("name")
        if never_a_name(key):
            continue
        word = text[start:end]
        if not (looks_unknown(word) or (is_name_word(word) and not is_ordinary_word(word))):
            continue
        nxt = _NEXT.match(folded, m.end())
        if nxt and (nxt.group(1) in _ARTICLES or nxt.group(1) not in stop_words()):
            continue  # "… se llama rosa": the name comes after
        for other in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded):
            if not any(e.start <= other.start() and other.end() <= e.end for e in entities + new):
                new.append(Entity("PERSON", other.start(), other.end(), _SCORE))
    return new


def find_nicknames_before(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each nickname said before its naming verb added as a PERSON (see the docstring)."""
    folded = fold_same_offsets(text)
    new = _names_said_first(text, folded, entities)
    for m in _pattern().finditer(folded):
        word, start, end = m.group("name"), m.start("name"), m.end("name")
        if never_a_name(word):
            continue
        if any(e.start <= start and end <= e.end for e in entities):
            continue
        nxt = _NEXT.match(folded, m.end())
        if nxt and (nxt.group(1) in _ARTICLES or nxt.group(1) not in stop_words()):
            continue
        new.append(Entity("PERSON", start, end, _SCORE))
    return sorted(entities + new, key=lambda e: (e.start, e.end)) if new else entities
