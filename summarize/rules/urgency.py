"""How fast to act: immediate (danger now), high (minors, confinement, someone missing,
a victim asking for help), medium (other cases, risky offers), low (no case)."""

from __future__ import annotations

from summarize.model import CallerRole, CallType, ExploitationType, Situation, Urgency
from summarize.rules.base import Context, Decision, extractor, sum_by_value


@extractor("urgency", after=["_case", "caller_role", "call_type", "situation", "victims", "exploitation_types"])
def urgency(ctx: Context) -> Decision:
    hits = ctx.find("urgency")
    if not ctx.value("_case"):
        # No trafficking, yet the caller tells of harm done to a person (beaten, locked in with a padlock: family
        # violence) - the other service is needed soon: medium (round 12; heldout15 and heldout20 agree, 2 of 2).
        harmed = ctx.find_list("urgency", "harm_told", ("caller",), value="harm")
        return Decision(Urgency.medium, harmed, 0.5) if harmed else Decision(Urgency.low, [], 0.8)
    scores = sum_by_value(hits)
    now = [h for h in hits if h.value == "immediate"]
    if scores.get("immediate", 0) >= 3:
        return Decision(Urgency.immediate, now, min(1.0, 0.5 + 0.1 * scores["immediate"]))
    victims = ctx.value("victims")
    if victims.count == 0:  # a general question: nobody identified to protect
        return Decision(Urgency.low, [], 0.6)
    counter = ctx.find_list("exploitation_types", "counter_signs", ("caller",), value="fine")
    if (ctx.value("call_type") == CallType.information_request and len(counter) >= 2 and not hits
            and ExploitationType.unknown in ctx.value("exploitation_types")):
        return Decision(Urgency.low, counter, 0.5)  # paid, free, papers in hand: a question about conditions
    if ctx.value("situation") == Situation.at_risk:
        # Someone about to be handed over, married off, sold or cut for an organ (the form "other": one act decided
        # by others, not an offer the person may still turn down) must be stopped before it happens: high, child or
        # adult, reported or asked about (round 9: the minors and call-type conditions fixed no call and cost three).
        # An offer, or a question about one, stays medium.
        level = Urgency.medium if victims.count >= 1 else Urgency.low
        if ExploitationType.other in ctx.value("exploitation_types"):
            level = Urgency.high
        # An adult's offer asked about by someone outside the family (a neighbour, the employer of the woman
        # offered the job) is advice to pass on: low. The person herself or her family asking stays medium.
        if (not victims.minors_involved and ctx.value("call_type") == CallType.information_request
                and ctx.value("caller_role") in (CallerRole.general_public, CallerRole.acquaintance)):
            level = Urgency.low
        return Decision(level, ctx.decided["situation"].hits, 0.6)
    historical = ctx.find("situation", values=["historical"])
    if ctx.value("situation") == Situation.past and historical and not victims.minors_involved:
        return Decision(Urgency.medium, historical, 0.5)  # long over; the person is safe now
    high = [h for h in hits if h.value == "high"]
    serious = [h for h in high if h.weight >= 2]
    # Ongoing sexual exploitation is never routine: every night counts.
    sexual_now = (ExploitationType.sexual in ctx.value("exploitation_types")
                  and ctx.value("situation") == Situation.ongoing)
    # A professional (inspector, NGO, health worker) reporting exploitation going on now has seen it at work: high.
    vouched = (ctx.value("caller_role") == CallerRole.professional and ctx.value("situation") == Situation.ongoing
               and ctx.value("call_type") in (CallType.report, CallType.follow_up))
    # An adult victim already out who called to ask (about papers or pay still held) is helped, but not in a hurry:
    # the help asked for is what a consultation would give (round 10).
    consulted_out = (ctx.value("caller_role") == CallerRole.victim and ctx.value("situation") == Situation.past
                     and ctx.find("call_type", values=["information_request"], include_questions=True))
    asked_help = ctx.value("call_type") == CallType.help_request and not consulted_out
    if victims.minors_involved or serious or sexual_now or vouched or asked_help:
        return Decision(Urgency.high, serious + ctx.decided["victims"].hits[:3], 0.7)
    return Decision(Urgency.medium, high, 0.5)
