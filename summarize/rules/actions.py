"""What the operator did or arranged, read from the operator's statements only.

An offer the caller turns down at once ("¿quiere ir a un albergue?" — "no, no quiero", "não obrigado",
"not tonight", "me dice que ahorita no") is no action: the hits of the declined sentence are dropped (the same
service arranged later in the call still counts). Where to report, said as information ("puede denunciar en la
comisaría o la fiscalía"), is no referral.
"""

from __future__ import annotations

import re
from functools import cache

from summarize.matching import Hit
from summarize.model import Action
from summarize.rules.base import Context, Decision, extractor

# A reply that turns an offer down, near the start of the caller's answer.
_DECLINE = re.compile(
    r"^\W*(?:(?:no|nao|nah)\W+){1,3}(?:gracias|obrigad[oa]|thanks|thank you|no|nao|quiero|quero|mejor|prefiero"
    r"|ahorita|ahora|todavia|por ahora|hoy|esta noche|hoje|senorita|senora|moca|i don't|we don't|she doesn't"
    r"|he doesn't)\b"
    r"|\b(?:no|nao) (?:quiero|quiere|queremos|quieren|quer|querem|quero|gracias|obrigad[oa])\b"
    # (round 32: "no, hoy no", "hoje não": not today is a no to the offer made for today)
    r"|\b(?:ahorita|ahora|todavia|por ahora|hoy|hoje|mejor|prefiero que|prefiere que|preferimos que|prefiero|prefiere|"
    r"agora|melhor|prefiro que|prefiro)\s+(?:no|nao)\b"
    r"|\bnot (?:tonight|now|yet|today|right now)\b|\bno,? thanks?\b|\b(?:i'd|i would|she'd|she would|we'd|"
    r"he'd) rather not\b|\b(?:i|she|he|we|they) (?:don't|doesn't|do not|does not) want (?:to|it|that)\b"
)
_DECLINE_WITHIN = 30  # characters into the reply where the refusal must begin
# A refusal that can come after thanks or a reason: "I'd love that, but I'm flying tomorrow. So no, it's fine."
_DECLINE_ANYWHERE = re.compile(
    r"\b(?:so )?no,? (?:it's|its|it is) (?:fine|ok|okay)\b|\bno need\b|\bno hace falta\b|"
    r"^\W*no,? (?:eso|esa|ese) (?:ya )?no\b|"
    r"\bno es necesario\b|\bnao precisa\b|\bnao e necessario\b"
)
# Where the offer opens in the operator's sentence: in "voy a avisar ahora mismo a la policía ... le puedo dejar un
# número para devolverle la llamada" a "no" declines the call-back, not the police already on their way.
_OFFER_OPENS = re.compile(
    r"\b(?:le|la|lo|te|les) (?:puedo|podemos|parece|gustaria)\b|"
    r"\b(?:quiere|quieres|desea|prefiere)\b|"
    r"\b(?:would you like|do you want|can we|could we|shall we|may we)\b|"
    r"\b(?:quer|posso|podemos)\b|"
    r"\b(?:queremos|quisieramos|nos gustaria|we'd like|we would like) (?:que|to)\b"
)
# asking agreement to what was just proposed: "queremos que la fiscalía le tome la declaración está de acuerdo ella"
_AGREE = re.compile(r"\b(?:esta|estaria|estan) de acuerdo\b|\b(?:is that ok|do you agree|would (?:she|he|you) agree)\b")
# "puede denunciar ... en la fiscalía": where one can report, not a referral made by the hotline
_WHERE_TO_REPORT = re.compile(
    r"\b(?:puede|pueden|puedes|podria|you can|you could|pode|podem) (?:\w+ ){0,2}(?:denunciar|report|acudir|ir|"
    r"go|denunciar|registrar)\b"
)
# The case handed on to the specialised police, the unit that investigates ("voy a derivar el caso a la policía
# especializada para que intervengan y verifiquen"), is a referral for investigation, not officers sent out: that
# needs a time (now, tonight), a place to go to ("intervengan en el taller") or a rescue.
_CASE_HANDED_ON = re.compile(
    r"\b(?:derivar|derivo|derivamos|pasar|paso|pasamos|remitir|referir|passar|encaminhar|"
    r"refer|pass|send|enviar)\w* (?:\w+ )?(?:el|su|este|the|your|this|o|seu)? ?"
    r"(?:caso|case)\b"
)
_NOW = re.compile(
    r"\b(?:ahora mismo|ahorita|de inmediato|inmediatamente|right now|immediately|agora mesmo|ya mismo|"
    r"esta noche|tonight|hoy mismo|en este momento|now|ahora|agora)\b"
)
_INVESTIGATORS = re.compile(
    r"\b(?:polic\w+|police) (?:\w+ )?(?:especializad\w+|que investiga\w*|anti-?trata|antitrata|"
    r"anti-?trafficking|especializada en trata|unit|division|division de trata|specialised|"
    r"specialized|especializada)\b"
)
_SENT_OUT = re.compile(
    r"\b(?:rescat\w+|resgat\w+|rescue|saquen|sacarl\w+|vayan|vaya|ir a|ir al|va a ir|van a ir|"
    r"go to|ao local|al lugar|(?:interven\w+|verifi\w+) (?:en|a|al) (?:el|la|los|las|ese|esa))\b"
)
# Round 17: the specialised police is police. Where officers are sent in the call, "la policía especializada",
# "la división de trata", "the police anti-trafficking unit" named as those who go are the dispatch, not a legal
# referral (the prosecutor or a lawyer named beside them still are; the DEMUNA beside the police: see round 22 below).
_POLICE_WORDED = re.compile(r"\b(?:polic\w*|police|division de trata|unidad especializada)\b")
_HOTLINE_ACTS = re.compile(r"\b(?:vamos|voy|vou|derivamos|pasamos|we'll|we will|i'll|i will|estamos|estoy)\b")


def _replies(ctx: Context, index: int):
    """The caller's sentences answering operator sentence ``index``, up to the end of the caller's turn."""
    folded = ctx.transcript.folded
    for s in ctx.transcript.sentences[index + 1 : index + 4]:
        if s.speaker == "operator":
            return
        if s.speaker == "caller":
            yield folded[s.start : s.end]
            if s.end < len(folded) and folded[s.end : s.end + 1] == "\n":
                return  # the caller's whole reply was read


def _declined(ctx: Context, index: int) -> bool:
    """Whether the caller's answer right after operator sentence ``index`` turns it down."""
    for reply in _replies(ctx, index):
        m = _DECLINE.search(reply)
        if (m and m.start() <= _DECLINE_WITHIN) or _DECLINE_ANYWHERE.search(reply):
            return True
    return False


def _declined_by_name(ctx: Context, index: int, hit) -> bool:
    """Whether the caller names this one of the operator's offers and turns it down ("Albergue no, gracias,
    estoy con mi tía. Pero la mano sí", "a albergue no señorita", "abrigo não, obrigada", "no shelter, thanks"):
    the topic said first, then the no. Only that offer is declined; the others in the same breath stand."""
    words = re.findall(r"[a-z]{4,}", ctx.transcript.folded[hit.start : hit.end])
    if not words:
        return False
    said = _named_and_refused(words[-1])
    return any(said.search(reply) for reply in _replies(ctx, index))


@cache
def _named_and_refused(word: str) -> re.Pattern:
    """ "<the thing> no" near the start of a reply (not "… no sé dónde queda"), or "no <the thing>"."""
    thing = rf"(?:(?:a|al|el|la|un|una|o|ao|the|to|lo del|eso del?)\s+)?{re.escape(word)}"
    return re.compile(
        rf"^\W*(?:\w+\W+){{0,3}}?{thing}\W+(?:no|nao)\b(?!\W+(?:se|sabe|sabia|sei|conozco|hay|queda)\b)"
        rf"|^\W*(?:no|not)\s+{thing}\b"
    )


def _offer_start(ctx: Context, sentence) -> int | None:
    """Where the last offer in an operator sentence opens (None when nothing is offered: "vamos a alertar ahora mismo
    a la policía" announces what is done, and the caller's "yo no quiero salir en nada" declines no police)."""
    folded = ctx.transcript.folded
    starts = [m.start() for m in _OFFER_OPENS.finditer(folded, sentence.start, sentence.end)]
    if not starts and not sentence.is_question and not _AGREE.search(folded, sentence.start, sentence.end):
        return None
    return starts[-1] if starts else sentence.start


def _child_protection_beside_police(ctx: Context, h) -> bool:
    """The child protection unit called on with the police in one breath ("a la policía y a la DEMUNA para que
    intervengan") goes to the child with them: part of the dispatch, not a legal referral (round 22)."""
    lists, folded = ctx.taxonomy["actions"].lists, ctx.transcript.folded
    unit = any(p.search(folded, h.start, h.end) for p in lists["child_protection_units"])
    return unit and any(p.search(folded, h.sentence.start, h.sentence.end) for p in lists["police_named"])


# Round 31: after the verdict, what would make it a case, told as a condition with its own content ("si alguna vez no
# les pagan pueden ir a la inspección", "if you ever see children alone late at night ... call us again"); not a
# bare "si algún día ve algo así, llámenos", which names nothing.
_IF_EVER = re.compile(
    r"\b(?:si|if|se) (?:alguna vez|algun dia|en algun momento|algum dia|alguma vez|you ever|ever|one day|at some point|"
    r"(?:ve|ves|nota|notas|see|notice|vir|notar) que)\b(?! (?:\w+ )?(?:algo asi|algo parecido|something like that|"
    r"anything like that|algo assim)\b)"
)


def _signs_to_watch(ctx: Context) -> list:
    """The operator, having said it is no trafficking (a verdict of weight 8), tells what would make it one: the
    signs to watch for are information given (gold over all sets: 23 such calls information_given, 4 none)."""
    verdicts = [h for h in ctx.decided["_case"].hits if h.weight >= 8 and h.speaker == "operator"]
    if not verdicts:
        return []
    first = min(h.start for h in verdicts)
    folded = ctx.transcript.folded
    return [
        Hit("information_given", m.start(), m.end(), 2.0, s)
        for s in ctx.transcript.sentences
        if s.speaker == "operator" and s.end > first
        for m in [_IF_EVER.search(folded, s.start, s.end)]
        if m and len(folded[m.end() : s.end].split()) >= 6 and _named(folded[m.end() : s.end])
    ]


def _named(rest: str) -> bool:
    """A condition that names what to watch: "algo que te preocupa" names nothing, "algo ... por ejemplo un niño
    que trabaja a la fuerza" does."""
    if not _VAGUE.match(rest):
        return True
    return bool(_EXAMPLE.search(rest))


_VAGUE = re.compile(r"\W*(?:\w+\W+)?(?:algo|something|anything|alguma coisa|algo)\b")
_EXAMPLE = re.compile(r"\b(?:por ejemplo|for example|for instance|such as|like|por exemplo|como)\b")


# n38: the shelter the caller says the person is in already ("ahora está en un centro de acogida", "as três estão bem,
# ainda no abrigo", "she's staying at the shelter"): the operator naming it after ("el centro de acogida también lo
# coordina", "el centro de salud cerca del albergue") speaks of the place she is in, not of a shelter found for her.
_SHELTER = re.compile(
    r"\b(?:albergue|refugio|shelter|abrigo|centro de acogida|casa de acogida|hogar de acogida|casa hogar|"
    r"casa refugio|acolhimento|casa de acolhida|children's home|hogar de proteccion)\b"
)
_IN_IT = re.compile(
    r"\b(?:esta|estan|sigue|siguen|continua|continuan|queda|quedan|vive|viven|ainda|esta ainda|estao|ta|tao|fica|ficam|"
    r"is|are|still|staying|stays|lives|live|is staying|are staying|llevaron|levaram|took|taken|moved)\b"
    # close before the shelter ("ahora está en un centro"), not "my name is ... at the shelter"
    r"(?:\W+[\w']+){0,4}?\W*$"
)


def _shelter_told(ctx: Context, before: int) -> bool:
    """Whether the caller, before ``before``, told that the person is (or was taken) in a shelter already."""
    folded = ctx.transcript.folded
    for s in ctx.transcript.sentences:
        if s.start >= before:
            return False
        if s.speaker != "caller" or s.is_question:
            continue
        m = _SHELTER.search(folded, s.start, s.end)
        if m and _IN_IT.search(folded, s.start, m.start()):
            return True
    return False


@extractor("actions", after=["_case"])
def actions(ctx: Context) -> Decision:
    if not ctx.value("_case"):
        # No case, yet the operator may explain the law ("por lo que me cuenta no es trata ... tiene derecho a
        # cobrar"): that is information given; nothing else is done for a call outside the line's remit.
        told = ctx.find("actions", values=["information_given"]) or _signs_to_watch(ctx)
        return Decision([Action.information_given], told, 0.5) if told else Decision([Action.none], [], 0.8)
    hits = ctx.find("actions")
    # "Can we call you back next week?" / "¿La podemos llamar mañana?": an arranged call-back asked as a question
    asked = ctx.find("actions", values=["follow_up_call"], include_questions=True)
    hits += [h for h in asked if h.sentence.is_question]
    if ctx.transcript.labelled is False and not any(s.speaker == "operator" for s in ctx.transcript.sentences):
        hits = []
    index = {(s.start, s.end): i for i, s in enumerate(ctx.transcript.sentences)}
    kept = []
    folded = ctx.transcript.folded
    for h in hits:
        i = index.get((h.sentence.start, h.sentence.end))
        opens = _offer_start(ctx, h.sentence)
        if (
            i is not None
            and h.value != "information_given"
            and opens is not None
            and h.end > opens
            and _declined(ctx, i)
        ):
            continue
        if i is not None and h.value != "information_given" and _declined_by_name(ctx, i, h):
            continue
        said = folded[h.sentence.start : h.sentence.end]
        if h.value == "referral_legal" and _WHERE_TO_REPORT.search(said) and not _HOTLINE_ACTS.search(said):
            continue
        if (
            h.value == "police_dispatch"
            and _CASE_HANDED_ON.search(said)
            and _INVESTIGATORS.search(said)
            and not _NOW.search(said)
            and not _SENT_OUT.search(said)
        ):
            continue
        kept.append(h)
    if any(h.value == "police_dispatch" for h in kept):
        kept = [h for h in kept if not (h.value == "referral_legal" and _POLICE_WORDED.match(folded, h.start, h.end))]
    kept = [h for h in kept if not (h.value == "referral_legal" and _child_protection_beside_police(ctx, h))]
    kept = [h for h in kept if not (h.value == "referral_shelter" and _shelter_told(ctx, h.start))]
    hits = kept
    found = {h.value for h in hits}
    chosen = [a for a in Action if a.value in found]
    if not chosen:
        return Decision([Action.none], [], 0.4)
    return Decision(chosen, hits, 0.7)
