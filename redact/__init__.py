"""PII redaction for hotline call transcripts (es/en/pt), built on Presidio with our own recognizers.

Public API::

    from redact import Redactor, RedactionResult, Entity
    r = Redactor()                                   # loads spaCy + Presidio once
    res = r.redact(text, language="auto", mode="tag")  # tag | mask | surrogate | generalize
    res.redacted, res.entities, res.mapping          # mapping: placeholder -> original; never log it

    from redact.audio import redact_audio             # tone/silence over redacted words
"""

from redact.types import DIRECT_IDENTIFIERS, LABELS, Entity, Mode, RedactionResult

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "Entity", "Mode", "RedactionResult", "Redactor"]


def __getattr__(name: str):
    # Importing the engine loads Presidio and spaCy: only when a Redactor is wanted.
    if name == "Redactor":
        from redact.redactor import Redactor

        return Redactor
    raise AttributeError(name)
