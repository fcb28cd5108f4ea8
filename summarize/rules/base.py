"""Shared pieces of the rule extractors: the context they read and the registry.

Each field has one module in this package that registers an extractor with
``@extractor("field", after=(...))``; the backend runs them in dependency order, so
e.g. urgency can read the situation already decided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from summarize.matching import Hit, Matcher
from summarize.model import Evidence, Span
from summarize.taxonomy import Taxonomy
from summarize.transcript import Transcript


@dataclass
class Decision:
    """One field's value and why."""

    value: Any
    hits: list[Hit] = field(default_factory=list)
    confidence: float = 0.5

    def evidence(self, limit: int = 6) -> Evidence:
        seen, spans = set(), []
        for h in sorted(self.hits, key=lambda h: (-h.weight, h.start)):
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                spans.append(Span(start=h.start, end=h.end, speaker=h.speaker))
        spans = sorted(spans[:limit], key=lambda s: s.start)
        return Evidence(spans=spans, confidence=round(min(1.0, max(0.0, self.confidence)), 3), source="rules")


@dataclass
class Context:
    transcript: Transcript
    taxonomy: Taxonomy
    matcher: Matcher
    decided: dict[str, Decision] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # work shared by several extractors, once per call

    def once(self, key: str, compute: Callable[[Context], Any]) -> Any:
        """``compute(self)``, run at most once per context (the result is shared: do not mutate it)."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return self.memo[key]

    def value(self, name: str) -> Any:
        return self.decided[name].value

    def find(self, family: str, **kw) -> list[Hit]:
        if kw:
            return self.matcher.find(self.transcript, self.taxonomy[family], **kw)
        # A family's plain hits are asked for by several extractors (exploitation_types by case, exploitation and
        # caller_role): searched once per call, a fresh list each time so callers may extend it.
        return list(self.once(f"find:{family}", lambda ctx: ctx.matcher.find(ctx.transcript, ctx.taxonomy[family])))

    def find_list(
        self, family: str, key: str, speakers: tuple[str, ...] = ("caller", "operator"), value: str = "", **kw
    ) -> list[Hit]:
        return self.matcher.find_list(self.transcript, self.taxonomy[family].lists[key], speakers, value, **kw)


Extractor = Callable[[Context], Decision]


@dataclass(frozen=True)
class Registered:
    name: str
    func: Extractor
    after: tuple[str, ...]


REGISTRY: dict[str, Registered] = {}


def extractor(name: str, after: Iterable[str] = ()) -> Callable[[Extractor], Extractor]:
    def wrap(func: Extractor) -> Extractor:
        REGISTRY[name] = Registered(name, func, tuple(after))
        return func

    return wrap


def ordered() -> list[Registered]:
    """Extractors in an order where every one runs after those it reads."""
    done: list[Registered] = []
    pending = dict(REGISTRY)
    while pending:
        ready = [r for r in pending.values() if all(a in {d.name for d in done} for a in r.after)]
        if not ready:
            raise RuntimeError(f"circular field dependencies among {sorted(pending)}")
        for r in sorted(ready, key=lambda r: r.name):
            done.append(r)
            del pending[r.name]
    return done


def sum_by_value(hits: list[Hit], first_turns_bonus: int = 0) -> dict[str, float]:
    """Each value's weight over its hits. One stretch of words counts once per value (round 22): two cues of a family
    that match the same words ("mi hijito" read by the kin list and by the diminutives) are one mention, not two."""
    scores: dict[str, float] = {}
    seen: set[tuple[str, int, int]] = set()
    for h in hits:
        if (h.value, h.start, h.end) in seen:
            continue
        seen.add((h.value, h.start, h.end))
        bonus = 2.0 if h.sentence.turn_index < first_turns_bonus else 1.0
        scores[h.value] = scores.get(h.value, 0.0) + h.weight * bonus
    return scores


def confidence_from(scores: dict[str, float], chosen: str) -> float:
    total = sum(scores.values())
    if total <= 0:
        return 0.3
    return 0.4 + 0.6 * scores.get(chosen, 0.0) / total
