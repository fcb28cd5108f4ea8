"""A described place takes its article: "[la casa verde frente al mercado]", LABELS.md's own example.

The rules and the learned tagger start a place at its noun ("la [cantina de calamina azul al costado del grifo]",
"the [blue wooden house by the football pitch]"), and a span missing a letter of the place is a place missed. Writers
of the held-out sets put the article inside a described place and leave it out of a street address ("en la [avenida
Grau 345]", "el [kilómetro 12 de la Panamericana]"); data/place_article.yaml lists those street heads with the
counts behind them. So, last of all: a place (an ADDRESS, or a firm touching one) that begins right after an
article of the call's language, one space between, takes the article unless its first word is a street head.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold
from redact.types import Entity


@cache
def _article_before(language: str) -> re.Pattern | None:
    words = data_yaml("place_article.yaml")["articles"].get(language)
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})[ \t]$", re.IGNORECASE) if words else None


@cache
def _street_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("place_article.yaml")["street_heads"])


def _first_word(text: str) -> str:
    m = re.match(r"[\w.]+", text)
    return fold(m.group().rstrip(".")) if m else ""


def _runs(text: str, entities: list[Entity]) -> list[list[Entity]]:
    """Findings in order, grouped where they touch (a space or a comma between): one place said in pieces."""
    runs: list[list[Entity]] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        if runs and e.start - runs[-1][-1].end <= 2 and not text[runs[-1][-1].end : e.start].strip(" ,"):
            runs[-1].append(e)
        else:
            runs.append([e])
    return runs


def take_articles(text: str, entities: list[Entity], language: str) -> list[Entity]:
    """``entities`` with each described place grown over the article right before it."""
    article = _article_before(language)
    if article is None:
        return entities
    out = []
    for run in _runs(text, entities):
        first = run[0]
        # a place found in pieces ("la [cantina de calamina]" a firm, "[azul al costado del grifo]" its address)
        placed = first.type in ("ADDRESS", "ORGANIZATION") and any(e.type == "ADDRESS" for e in run)
        if placed and _first_word(text[first.start : first.end]) not in _street_heads():
            m = article.search(text, max(0, first.start - 8), first.start)
            if m:
                run = [Entity(first.type, m.start(), first.end, first.score), *run[1:]]
        out += run
    return out
