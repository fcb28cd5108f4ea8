"""What the operator did or arranged, read from the operator's statements only."""

from __future__ import annotations

from summarize.model import Action
from summarize.rules.base import Context, Decision, extractor


@extractor("actions", after=["_case"])
def actions(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision([Action.none], [], 0.8)
    hits = ctx.find("actions")
    # "Can we call you back next week?" / "¿La podemos llamar mañana?": an arranged call-back asked as a question
    asked = ctx.find("actions", values=["follow_up_call"], include_questions=True)
    hits += [h for h in asked if h.sentence.is_question]
    if ctx.transcript.labelled is False and not any(s.speaker == "operator" for s in ctx.transcript.sentences):
        hits = []
    found = {h.value for h in hits}
    chosen = [a for a in Action if a.value in found]
    if not chosen:
        return Decision([Action.none], [], 0.4)
    return Decision(chosen, hits, 0.7)
