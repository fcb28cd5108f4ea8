"""Typed results of redaction and the label set shared with evaluation (../shared/eval/LABELS.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Output types, exactly as LABELS.md names them.
LABELS: tuple[str, ...] = (
    "PERSON",
    "PHONE_NUMBER",
    "ID_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "AGE",
    "DATE_TIME",
    "OTHER_ID",
)

# Identifiers that on their own point at one person: the safety target of the redactor.
DIRECT_IDENTIFIERS: frozenset[str] = frozenset(
    {"PERSON", "PHONE_NUMBER", "ID_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "OTHER_ID"}
)

LANGUAGES: tuple[str, ...] = ("es", "en", "pt")


class Mode(StrEnum):
    """How a found identifier is replaced."""

    tag = "tag"  # <PERSON_1>, consistent within a call
    mask = "mask"  # ********
    surrogate = "surrogate"  # realistic fake value, consistent within a call
    generalize = "generalize"  # town -> region, age -> age band, others -> tag


@dataclass(frozen=True, slots=True)
class Entity:
    """One identifier found in the input: ``text[start:end]`` (offsets into the INPUT text)."""

    type: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 3)}


@dataclass(slots=True)
class RedactionResult:
    """What :meth:`redact.Redactor.redact` returns.

    ``mapping`` (placeholder -> original) is sensitive: hand it only to code under access
    control and never log it.
    """

    language: str
    redacted: str
    entities: list[Entity] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict, repr=False)
    mode: Mode = Mode.tag

    def to_dict(self) -> dict:
        """The CLI's JSON shape (without the mapping)."""
        return {
            "language": self.language,
            "redacted": self.redacted,
            "entities": [e.to_dict() for e in self.entities],
        }
