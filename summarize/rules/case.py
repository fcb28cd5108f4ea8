"""Is there a case at all? Wrong numbers, pranks and empty calls are not_relevant."""

from __future__ import annotations

from summarize.rules.base import Context, Decision, extractor
from summarize.rules.exploitation import handed_over


@extractor("_case")
def has_case(ctx: Context) -> Decision:
    expl = ctx.find("exploitation_types") + handed_over(ctx)  # a person handed over for a price is a case
    generic = ctx.find_list("exploitation_types", "generic_forced_work", ("caller",))
    generic += ctx.find_list("exploitation_types", "confinement", ("caller",))  # kept in is a case too
    risk = ctx.find("situation", values=["at_risk", "past"])
    roles = ctx.find("caller_role", values=["victim", "family_member", "professional"])
    # the operator's redirect counts as noise too
    noise = ctx.find("call_type", values=["not_relevant"], include_questions=True)
    signal = sum(h.weight for h in expl + risk) + len(generic) + 0.5 * sum(h.weight for h in roles)
    # A question about the subject ("¿es legal que se queden con el pasaporte?", "can minors work on a farm?")
    # is a consultation, not a wrong number: the caller's own questions count when they ask for information.
    asks = ctx.find("call_type", values=["information_request"], include_questions=True)
    if asks and signal < 1:
        topics = (
            ctx.find_list("exploitation_types", "generic_forced_work", ("caller",), include_questions=True)
            + ctx.find_list("exploitation_types", "offers", ("caller",), include_questions=True)
            + [h for h in ctx.find("exploitation_types", include_questions=True) if h.speaker == "caller"]
            + ctx.find("situation", values=["at_risk"], include_questions=True)
            + [h for h in ctx.find("victims", values=["minor"], include_questions=True) if h.speaker == "caller"]
        )
        signal += len(topics)
        generic += topics
    noise_w = sum(h.weight for h in noise)
    caller_words = sum(len(ctx.transcript.folded[s.start : s.end].split()) for s in ctx.transcript.of("caller"))
    # Missing a case is worse than reviewing a non-case: a caller who talks at length with
    # no sign of a wrong number or a redirect is treated as a case of unknown form.
    relevant = (signal >= 1 and signal > noise_w) or (noise_w == 0 and caller_words >= 25)
    # Round 33: the one the caller feared for turns up safe during the call ("ya apareció, estaba donde su amiga"),
    # and nothing the caller said names a form of exploitation or a sign of forced work: a worry, not a case.
    if relevant and not expl and not generic and (back := _turned_up(ctx)):
        return Decision(False, back, 0.6)
    conf = min(1.0, 0.5 + 0.1 * abs(signal - noise_w))
    return Decision(relevant, (expl + generic + risk) if relevant else noise, conf)


def _turned_up(ctx: Context) -> list:
    """The missing one back, told after she was told missing, by a caller who never says she got away."""
    back = ctx.find_list("call_type", "turned_up", ("caller",))
    missing = ctx.find_list("call_type", "went_missing", ("caller",))
    if not back or not missing or min(h.start for h in missing) > min(h.start for h in back):
        return []
    return [] if ctx.find_list("call_type", "got_away", ("caller",)) else back
