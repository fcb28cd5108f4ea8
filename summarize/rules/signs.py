"""Indicators the caller described (documents kept, debt, confinement...), for the summary."""

from __future__ import annotations

from summarize.rules.base import Context, Decision, extractor


@extractor("_signs", after=["_case"])
def signs(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision([], [], 0.8)
    hits = ctx.find("signs")
    order = list(ctx.taxonomy["signs"].values)
    found = sorted({h.value for h in hits}, key=order.index)
    return Decision(found, hits, 0.6)
