"""PII redaction for hotline call transcripts (es/en/pt), built on Presidio with our own recognizers.

Public API::

    from redact import Redactor, RedactionResult, Entity
    r = Redactor()                                   # loads spaCy + Presidio once
    r = default_redactor()                           # the process's shared one
    res = r.redact(text, language="auto", mode="tag")  # tag | mask | surrogate | generalize
    res.redacted, res.entities, res.mapping          # mapping: placeholder -> original; never log it

    from redact.audio import redact_audio             # tone/silence over redacted words
"""

from redact.types import DIRECT_IDENTIFIERS, LABELS, Entity, Mode, RedactionResult

__all__ = ["DIRECT_IDENTIFIERS", "LABELS", "Entity", "Mode", "RedactionResult", "Redactor", "default_redactor"]


def __getattr__(name: str):
    # Importing the engine loads Presidio and spaCy: only when a Redactor is wanted.
    if name in ("Redactor", "default_redactor"):
        from redact import redactor

        return getattr(redactor, name)
    raise AttributeError(name)
