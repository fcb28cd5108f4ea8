"""How the drafter's tests write a call."""

from __future__ import annotations


def call(*turns: str) -> str:
    """A labelled transcript: the operator speaks first, then the caller, in turn."""
    return "\n".join(f"{'operator' if i % 2 == 0 else 'caller'}: {t}" for i, t in enumerate(turns)) + "\n"


def mono(*turns: str) -> str:
    """The same turns with no speaker labels, as the mono transcript gives them."""
    return "\n".join(turns) + "\n"
