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
from redact.lexicon import alternation, fold, fold_same_offsets, not_names, places, stop_words
from redact.types import Entity

_SCORE = 0.7
# after the verb, an article or a content word is the nickname itself ("the market, they call him Loro", "al cerro
# le dicen la ventana"): the verb is then a cue before it, person_context's business
_NEXT = re.compile(r"[ \t]*([^\W\d_]+)")
_ARTICLES = frozenset({"el", "la", "los", "las", "the", "un", "una", "o", "os", "as"})


@cache
def _titles() -> frozenset[str]:
    """person_context's titles and kin words: "el patrón le dicen" names no one."""
    params = data_yaml("recognizers.yaml")["recognizers"]["person_context"]["params"]
    return frozenset(fold(w) for w in params["titles"])


@cache
def _pattern() -> re.Pattern:
    d = {k: [fold(w) for w in v] for k, v in data_yaml("nickname_before.yaml").items()}
    return re.compile(
        rf"(?<!\w)(?:{alternation(d['before'])})[ \t]+(?P<name>[^\W\d_]{{3,}})[ \t]*,?[ \t]+"
        rf"(?:(?:{alternation(d['fillers'])})[ \t]+)?(?:{alternation(d['after'])})(?!\w)"
    )


def find_nicknames_before(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each nickname said before its naming verb added as a PERSON (see the docstring)."""
    folded = fold_same_offsets(text)
    new = []
    for m in _pattern().finditer(folded):
        word, start, end = m.group("name"), m.start("name"), m.end("name")
        if word in stop_words() or word in not_names() or word in places() or word in _titles():
            continue
        if any(e.start <= start and end <= e.end for e in entities):
            continue
        nxt = _NEXT.match(folded, m.end())
        if nxt and (nxt.group(1) in _ARTICLES or nxt.group(1) not in stop_words()):
            continue
        new.append(Entity("PERSON", start, end, _SCORE))
    return sorted(entities + new, key=lambda e: (e.start, e.end)) if new else entities
