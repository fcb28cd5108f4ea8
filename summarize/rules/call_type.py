"""Why the caller called: not_relevant > follow_up > help_request (victims, escaped
people needing help; a victim who only asks a question consults) > an explicit
"quiero denunciar" > information_request > report."""

from __future__ import annotations

import re

from summarize.model import CallerRole, CallType, ExploitationType, Situation
from summarize.rules.base import Context, Decision, extractor

_CRY = re.compile(
    r"(necesitamos|necesito|we need|i need|precisamos|preciso)( de)? (ayuda|help|ajuda)|"
    r"(pueden|puede|can you) (ayudarme|ayudarnos|help me|help us)|me (pueden|puede) ayudar"
)
_WITH_ME = re.compile(
    r"(?<!\w)(conmigo|with me|comigo|en mi casa|at my (house|place|home)|aqui en (mi )?casa|"
    r"na minha casa|aqui en mi cuarto|with us now|con nosotros)(?!\w)"
)


def _before_taken(ctx: Context, hits: list) -> list:
    """The reason for calling is told before the hotline takes the case on: a question after the operator has sent
    the police or passed the case on ("Vamos a comunicar el caso…" - "¿Y ella qué puede hacer mientras tanto?") is
    about what follows, not a consultation (round 13)."""
    taken = [
        h.start for h in ctx.find("actions", values=["police_dispatch", "referral_legal"]) if h.speaker == "operator"
    ]
    return [h for h in hits if h.start < min(taken)] if taken else hits


def asks_only(ctx: Context) -> bool:
    """The caller consults: a question or a wish to ask ("quería consultar", "is that normal?") before the case is
    taken on, with no follow-up, no request for help and no explicit report among the call's cues (round 24, read by
    the situation too)."""
    hits = ctx.find("call_type", include_questions=True)
    values = {h.value for h in hits if h.value != "information_request"}
    asked = _before_taken(ctx, [h for h in hits if h.value == "information_request"])
    return bool(asked) and not values & {"follow_up", "help_request", "report"}


def called_back(ctx: Context) -> list:
    """The operator calling the caller back about the caller's earlier call (round 25)."""
    return ctx.find_list("call_type", "called_back", ("operator",), value="follow_up")


@extractor("call_type", after=["_case", "caller_role", "situation", "exploitation_types"])
def call_type(ctx: Context) -> Decision:
    case = ctx.decided["_case"]
    if not case.value:
        return Decision(CallType.not_relevant, case.hits, case.confidence)
    hits = ctx.find("call_type", include_questions=True)  # "¿eso es normal?" is how people consult
    by = {v: [h for h in hits if h.value == v] for v in ("follow_up", "information_request", "help_request")}
    by["information_request"] = _before_taken(ctx, by["information_request"])
    by["follow_up"] += called_back(ctx)
    if by["follow_up"]:
        return Decision(CallType.follow_up, by["follow_up"], 0.8)
    if ctx.value("caller_role") == CallerRole.victim:
        # A victim who only asks ("¿a dónde reclamo?", "isso é normal?") about an offer or an unpaid wage,
        # asking for no help and in no danger now, consults; otherwise a victim calling asks for help.
        now = ctx.find("urgency", values=["immediate"])
        # ...unless the harm still holds them: their papers kept by the one who exploited them (round 10).
        held = ctx.find_list("call_type", "papers_still_held", ("caller",))
        if by["information_request"] and not by["help_request"] and not now and not held:
            return Decision(CallType.information_request, by["information_request"], 0.6)
        return Decision(CallType.help_request, ctx.decided["caller_role"].hits + by["help_request"], 0.7)
    if ctx.value("caller_role") in (CallerRole.family_member, CallerRole.acquaintance, CallerRole.witness):
        # Someone telling of another person asks help for them only for a service they name ("necesita un
        # abogado") or when that person is with them now; "I need help, my sister is held" reports.
        folded = ctx.transcript.folded
        here = _WITH_ME.search(folded)
        by["help_request"] = [
            h for h in by["help_request"] if here or not _CRY.fullmatch(folded[h.start : h.end].strip())
        ]
    # A past case told by someone else asks for help, unless they only consult about it ("soy abogada, llevo el caso
    # de una clienta y quería hacer unas consultas"): that is an information request (round 10).
    past = ctx.value("situation") == Situation.past and not by["information_request"]
    if by["help_request"] or past:
        return Decision(CallType.help_request, by["help_request"] + ctx.decided["situation"].hits, 0.6)
    explicit = [h for h in hits if h.value == "report"]
    if explicit:
        return Decision(CallType.report, explicit, 0.7)
    # Asking about an offer not yet taken is a consultation, unless a professional reports it.
    # Someone telling of another's risk without asking anything ("te llamo porque un pana mío está a punto de hacer
    # una locura") reports it.
    # A sale, a marriage or a handover about to happen (form "other") is told to be stopped: a report, unless asked.
    at_risk = (
        ctx.value("situation") == Situation.at_risk
        and ctx.value("caller_role") not in (CallerRole.professional, CallerRole.acquaintance, CallerRole.witness)
        and (ExploitationType.other not in ctx.value("exploitation_types"))
    )
    if by["information_request"] or at_risk:
        return Decision(CallType.information_request, by["information_request"], 0.7)
    return Decision(CallType.report, [], 0.5)
