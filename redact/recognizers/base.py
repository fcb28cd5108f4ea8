"""Common base for our rule recognizers: a Presidio ``EntityRecognizer`` that yields matches.

Class names must differ from Presidio's predefined ones (its loader finds classes by name)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.lexicon import WORD_RE, fold


class Match(NamedTuple):
    type: str
    start: int
    end: int
    score: float


class RuleRecognizer(EntityRecognizer):
    """Subclasses set ``ENTITIES`` and implement :meth:`find`; settings come from recognizers.yaml."""

    NAME: ClassVar[str] = "rule"
    ENTITIES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, language: str, score: float = 0.6, **params: Any):
        self.score = score
        self.params = params
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=self.NAME,
            supported_language=language,
        )

    def load(self) -> None:  # nothing to load: patterns are compiled at import time
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities or self.ENTITIES)
        results = []
        for match in self.find(text, nlp_artifacts):
            if match.type in wanted and match.end > match.start:
                results.append(
                    RecognizerResult(
                        match.type,
                        match.start,
                        match.end,
                        match.score,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterable[Match]:
        raise NotImplementedError

    # Helpers shared by several recognizers -------------------------------------------------

    def words(self, key: str) -> list[str]:
        """A word list from this recognizer's params (recognizers.yaml)."""
        return list(self.params.get(key, []))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    phrases = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def word_tokens(text: str) -> Iterator[re.Match[str]]:
    return WORD_RE.finditer(text)


@lru_cache(maxsize=256)
def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str]:
    folded = sorted({fold(c) for c in cues if c}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in folded) or '(?!)'})(?!\w)")


def has_cue_before(text: str, start: int, cues: Iterable[str], window: int = 40) -> bool:
    """Whether one of ``cues`` (folded words/phrases) appears shortly before ``start``."""
    return bool(_cue_regex(tuple(cues)).search(fold(text[max(0, start - window) : start])))


def has_cue_after(text: str, end: int, cues: Iterable[str], window: int = 25) -> bool:
    return bool(_cue_regex(tuple(cues)).search(fold(text[end : end + window])))
