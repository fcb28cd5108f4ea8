"""Small helpers over the spaCy tokens Presidio passes to recognizers (part of speech, sentence starts)."""

from __future__ import annotations

import re

from presidio_analyzer.nlp_engine import NlpArtifacts

_SENTENCE_END = re.compile(r"(?:^|[.!?¿¡:;\"“”\n]|^\s*(?:operator|caller):)\s*$", re.IGNORECASE)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (where capitals prove nothing)."""
    return bool(_SENTENCE_END.search(text[max(0, start - 12) : start]))


def token_at(nlp_artifacts: NlpArtifacts | None, start: int):
    if nlp_artifacts is None or nlp_artifacts.tokens is None:
        return None
    for token in nlp_artifacts.tokens:
        if token.idx == start:
            return token
        if token.idx > start:
            return None
    return None


def is_proper_noun(nlp_artifacts: NlpArtifacts | None, start: int) -> bool:
    token = token_at(nlp_artifacts, start)
    return token is not None and token.pos_ == "PROPN"


def lemma_at(nlp_artifacts: NlpArtifacts | None, start: int) -> str | None:
    token = token_at(nlp_artifacts, start)
    return token.lemma_ if token is not None else None
