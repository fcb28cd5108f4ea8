"""Ongoing, past (escaped, rescued) or at risk (an offer not yet taken)."""

from __future__ import annotations

from summarize.model import Situation
from summarize.rules.base import Context, Decision, extractor, sum_by_value


@extractor("situation", after=["_case", "victims"])
def situation(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision(None, [], 0.8)
    if ctx.value("victims").count == 0:
        # A case with nobody in it is a question about a risk (job ads, what is legal): nothing is happening yet.
        return Decision(Situation.at_risk, ctx.find("situation", values=["at_risk"]), 0.5)
    hits = ctx.find("situation")
    scores = sum_by_value(hits)
    # Signs of exploitation already happening, in the caller's words, rule out "at risk".
    happening = ctx.find_list("exploitation_types", "generic_forced_work", ("caller",))
    signs = scores.get("ongoing_signs", 0)
    if scores.get("at_risk", 0) >= 2 and not happening and not signs and not scores.get("past"):
        return Decision(Situation.at_risk, [h for h in hits if h.value == "at_risk"],
                        min(0.9, 0.4 + 0.1 * scores["at_risk"]))
    if scores.get("past", 0) >= 2 and not scores.get("ongoing_still"):
        return Decision(Situation.past, [h for h in hits if h.value == "past"], 0.7)
    still = [h for h in hits if h.value == "ongoing_still"]
    return Decision(Situation.ongoing, still + happening, 0.7 if still or happening else 0.5)
