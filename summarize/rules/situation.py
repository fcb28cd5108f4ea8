"""Ongoing, past (escaped, rescued) or at risk (an offer not yet taken)."""

from __future__ import annotations

import re

from summarize.matching import Hit
from summarize.model import ExploitationType, Situation
from summarize.rules.base import Context, Decision, extractor, sum_by_value
from summarize.rules.call_type import asks_only

_YES = re.compile(r"^\W*(si|sí|yes|yeah|yep|sim|claro|asi es|exacto|correct|that's right|isso)(?!\w)")


def caller_answer(sents, i: int):
    """The caller's sentence that answers the operator's sentence ``i``: the first of the next two not the operator's,
    when it is the caller's."""
    nxt = next((x for x in sents[i + 1 : i + 3] if x.speaker != "operator"), None)
    return nxt if nxt is not None and nxt.speaker == "caller" else None


def answered(ctx: Context, values: tuple[str, ...]) -> list[Hit]:
    """The operator's question confirmed by the caller's next words ("¿Las chicas siguen en el hospedaje?" —
    "Sí, yo estoy afuera") states what it asked: its cues count as the caller's."""
    sents = ctx.transcript.sentences
    index = {(x.start, x.end): i for i, x in enumerate(sents)}
    out = []
    for h in ctx.find("situation", values=list(values), include_questions=True):
        q = h.sentence
        if q.speaker != "operator" or not q.is_question:
            continue
        i = index.get((q.start, q.end))
        nxt = caller_answer(sents, i) if i is not None else None
        if nxt is not None and _YES.match(ctx.transcript.text[nxt.start : nxt.end].lower()):
            out.append(Hit(h.value, h.start, h.end, h.weight, nxt))
    return out


_NOT_YET = re.compile(
    r"\W*(?:(?:no|nao)\W+){0,2}(?:todavia no|aun no|todavia|ainda nao|not yet|nothing yet|nada todavia|todavia nada|"
    r"aun nada|ainda nada)(?!\w)"
)
_ALREADY = re.compile(r"(?<!\w)(ya|already|yet|ja)(?!\w)")


# Round 17: the question asks whether the person is already with those who would take them ("¿la niña ya está
# viviendo con esa señora?", "is she already working for them?", "ela já está com eles?"), not whether a trip has
# left ("¿el bote ya salió?", with the people already aboard).
_IN_THEIR_HANDS = re.compile(
    r"(?<!\w)(?:ya|already|ja) (?:\w+ ){0,2}(?:esta|estan|vive|viven|trabaja|trabajan|"
    r"living|working|staying|mora|moram|trabalha|trabalham)(?: \w+){0,3} "
    r"(?:con|with|com|for|para|en (?:esa|su|la) casa)(?!\w)"
)


def _question_of(ctx: Context, hit: Hit):
    """The operator's sentence that the caller's answer ``hit`` answers."""
    sents = ctx.transcript.sentences
    i = next((k for k, x in enumerate(sents) if x.start == hit.sentence.start), None)
    return next((x for x in reversed(sents[:i]) if x.speaker == "operator"), None) if i else None


def in_their_hands_asked(ctx: Context, hit: Hit) -> bool:
    """Whether the operator's question answered by ``hit`` (a not_yet hit) asked if the person is already with them."""
    q = _question_of(ctx, hit)
    return q is not None and bool(_IN_THEIR_HANDS.search(ctx.transcript.folded, q.start, q.end))


def move_asked(ctx: Context, hit: Hit) -> bool:
    """Whether the question answered "not yet" by ``hit`` asked about the move, the yes or the first job itself
    ("¿Ya viajó?", "Has she accepted?"): then nothing offered has begun (round 24)."""
    q = _question_of(ctx, hit)
    lists, folded = ctx.taxonomy["situation"].lists, ctx.transcript.folded
    if q is None or any(p.search(folded, q.start, q.end) for p in lists["departure_vehicles"]):
        return False  # "¿El bus ya partió?": those aboard are already in their hands (round 17)
    return any(p.search(folded, q.start, q.end) for p in lists["moves_asked"])


def where_the_caller_is(ctx: Context, hit: Hit) -> bool:
    """Whether a "still" hit says the person is still with the caller or at home ("todavía está aquí conmigo"): before
    the harm, not someone still held (round 24)."""
    after = ctx.transcript.folded[hit.end : min(hit.sentence.end, hit.end + 40)]
    return any(p.match(after) for p in ctx.taxonomy["situation"].lists["with_the_caller"])


def not_yet(ctx: Context) -> list[Hit]:
    """The operator asks whether it has already happened ("¿la niña ya vive con ese señor?", "has he already
    travelled?") and the caller answers "no, todavía no": what was feared has not begun."""
    sents = ctx.transcript.sentences
    folded = ctx.transcript.folded
    out = []
    text = ctx.transcript.text
    for i, q in enumerate(sents):
        # unpunctuated speech asks without a question mark ("su hijo ya aceptó ese trabajo" - "todavía no"): the
        # answer shows it was asked (round 12)
        if q.speaker != "operator":
            continue
        asked = q.is_question or not any(ch in text[q.start : q.end] for ch in ".?!¿")
        if not asked or not _ALREADY.search(folded, q.start, q.end):
            continue
        nxt = caller_answer(sents, i)
        if nxt is not None and (_NOT_YET.match(folded, nxt.start, nxt.end) or _still_here(ctx, nxt)):
            out.append(Hit("at_risk", nxt.start, nxt.end, 3.0, nxt))
    return out


_NO_STILL = re.compile(
    r"\W*(?:no|nao|not)\W+(?:[\w']+ ){0,2}?(?:todavia|aun|still|ainda|sigue)(?: (?:esta|is|ta|sigue))?"
)


def _still_here(ctx: Context, answer) -> bool:
    """ "No, she's still at home with us", "não, ainda está aqui comigo": a no, then still where the caller is."""
    m = _NO_STILL.match(ctx.transcript.folded, answer.start, answer.end)
    after = ctx.transcript.folded[m.end() : answer.end] if m else ""
    return bool(m) and any(p.match(after) for p in ctx.taxonomy["situation"].lists["with_the_caller"])


def departure_ahead(ctx: Context) -> list[Hit]:
    """The operator asks when the person is to leave or be taken and the caller's next words name a time still
    ahead ("When are they supposed to go?" - "Next week, I think."): the caller's answer states the move ahead,
    with the weight of a plan told twice. Not a vehicle's departure (people aboard are moved on too), nor an answer
    saying they already left."""
    lists = ctx.taxonomy["situation"].lists
    sents, folded = ctx.transcript.sentences, ctx.transcript.folded

    def found(key: str, s) -> bool:
        return any(p.search(folded, s.start, s.end) for p in lists[key])

    out = []
    for i, q in enumerate(sents):
        if q.speaker != "operator" or not found("departure_questions", q) or found("departure_vehicles", q):
            continue
        nxt = caller_answer(sents, i)
        if nxt is None:
            continue
        if found("times_ahead", nxt) and not found("moved_already", nxt):
            out.append(Hit("ahead", nxt.start, nxt.end, 4.0, nxt))
    return out


@extractor("situation", after=["_case", "victims", "exploitation_types"])
def situation(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        return Decision(None, [], 0.8)
    if ctx.value("victims").count == 0:
        # A case with nobody in it is a question about a risk (job ads, what is legal): nothing is happening yet.
        return Decision(Situation.at_risk, ctx.find("situation", values=["at_risk"]), 0.5)
    hits = ctx.find("situation") + answered(ctx, ("ongoing_still", "past")) + departure_ahead(ctx)
    hits = [h for h in hits if not (h.value == "ongoing_still" and where_the_caller_is(ctx, h))]
    scores = sum_by_value(hits)
    # Signs of exploitation already happening, in the caller's words, rule out "at risk".
    happening = ctx.find_list("exploitation_types", "generic_forced_work", ("caller",))
    signs = scores.get("ongoing_signs", 0)
    # "Not yet" settles it for a handover, a marriage, an organ sale or a trip still ahead; where a form of work or
    # sexual exploitation is told, the people are already in someone's hands ("¿el bote ya salió?" "todavía no").
    pending = not_yet(ctx)
    begun = set(ctx.value("exploitation_types")) - {ExploitationType.other, ExploitationType.unknown}
    # Round 17: a form named only as what is planned ("la va a dar a una señora para que limpie" - "¿ya está con
    # ella?" "todavía no") has not begun either, unless the caller tells signs of it happening.
    planned = any(in_their_hands_asked(ctx, h) for h in pending) and not (happening or signs)
    # Round 24: "not yet" to the move or the yes itself ("¿Ya viajó?" "No, todavía no") outweighs the form's terms
    # read as signs ("the debt", "cama adentro"); only a sign of it being done to them now ("forced to") does not.
    moved = any(move_asked(ctx, h) for h in pending) and not signs
    if pending and (not begun or planned or moved) and not scores.get("past") and not scores.get("ongoing_still"):
        return Decision(Situation.at_risk, pending + [h for h in hits if h.value == "at_risk"], 0.6)
    # A sale, a marriage, a handover or an organ removal (the form "other") is one act: called about, it has not
    # happened yet unless the caller says it has ("ya la entregaron"); "todavía está en casa" is before it.
    forms = set(ctx.value("exploitation_types"))
    if forms == {ExploitationType.other} and scores.get("past", 0) < 2:
        return Decision(Situation.at_risk, [h for h in hits if h.value == "at_risk"] + pending, 0.5)
    # The harm told as still ahead ("van a subir al bus", "quiere darle a un señor", "they want to leave on the
    # 20th") counts with offers; told twice, it outweighs a sign that reads as happening (the DNIs already in the
    # recruiter's hand, a phone that does not answer) unless the caller says it is over or still going on.
    ahead = scores.get("ahead", 0)
    risk = scores.get("at_risk", 0) + ahead
    if (
        risk >= 2
        and not scores.get("past")
        and ((not happening and not signs) or (ahead >= 4 and not scores.get("ongoing_still")))
    ):
        return Decision(
            Situation.at_risk, [h for h in hits if h.value in ("at_risk", "ahead")], min(0.9, 0.4 + 0.1 * risk)
        )
    if scores.get("past", 0) >= 2 and not scores.get("ongoing_still"):
        return Decision(Situation.past, [h for h in hits if h.value == "past"], 0.7)
    # Round 24: a consultation in which nothing is told as happening, over or ahead ("un agente lo contactó por
    # Instagram… ¿eso es normal?") asks about a risk: 53 of 66 consultations across the sets are at risk.
    if not hits and not happening and asks_only(ctx):
        return Decision(Situation.at_risk, [], 0.4)
    still = [h for h in hits if h.value == "ongoing_still"]
    return Decision(Situation.ongoing, still + happening, 0.7 if still or happening else 0.5)
