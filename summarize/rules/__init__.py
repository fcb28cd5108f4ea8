"""Rule extractors, one module per note field; importing this package registers them all."""

from summarize.rules import (  # noqa: F401  (imported for their @extractor registration)
    actions,
    call_type,
    caller_role,
    case,
    exploitation,
    region,
    signs,
    situation,
    urgency,
    victims,
)
from summarize.rules.base import REGISTRY, Context, Decision, ordered

__all__ = ["REGISTRY", "Context", "Decision", "ordered"]
