"""What the redaction tests ask of the redactor's output."""

from __future__ import annotations


def spans(redactor, text: str, kind: str | None = None) -> list[str]:
    """The texts of the spans found (of type ``kind`` only, if given)."""
    _, entities = redactor.analyze(text)
    return [text[e.start : e.end] for e in entities if kind is None or e.type == kind]


def covered(redactor, text: str, part: str, kind: str | None = None) -> bool:
    """Every letter and digit of ``part`` lies inside some found span (of type ``kind``, if given), as the bench
    counts a gold span caught."""
    _, entities = redactor.analyze(text)
    start = text.index(part)
    inside = {i for e in entities if kind is None or e.type == kind for i in range(e.start, e.end)}
    return all(i in inside for i in range(start, start + len(part)) if text[i].isalnum())


def readable(redactor, text: str, part: str) -> bool:
    """No found span touches ``part``: the words a rule must leave alone."""
    _, entities = redactor.analyze(text)
    start = text.index(part)
    return not any(e.start < start + len(part) and start < e.end for e in entities)
