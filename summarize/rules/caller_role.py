"""Who is calling: cues in the caller's own words, first turns (introductions) weigh double."""

from __future__ import annotations

from summarize.model import CallerRole
from summarize.rules.base import Context, Decision, confidence_from, extractor, sum_by_value

PRIORITY = ["professional", "family_member", "victim", "acquaintance", "witness", "general_public"]


@extractor("caller_role", after=["_case"])
def caller_role(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision(CallerRole.general_public, [], 0.8)
    hits = ctx.find("caller_role")
    scores = sum_by_value(hits, first_turns_bonus=3)
    if not scores:
        # A case told by someone who does not say who they are: most often a bystander.
        return Decision(CallerRole.witness, [], 0.3)
    best = max(PRIORITY, key=lambda v: (scores.get(v, 0.0), -PRIORITY.index(v)))
    return Decision(CallerRole(best), [h for h in hits if h.value == best], confidence_from(scores, best))
