"""Who is calling: cues in the caller's own words, first turns (introductions) weigh double.

Two structural mechanisms on top of the cues: a sign of exploitation said in the first person
("no nos da ni un sol", "le debemos el pasaje", "nos obliga a salir con clientes") makes the caller
one of the exploited; and a caller who names no role and no victim (a general question) is the
general public, while one who tells of a case without saying who they are is most often a witness.
"""

from __future__ import annotations

import re

from summarize.matching import Hit
from summarize.model import CallerRole
from summarize.rules.base import Context, Decision, confidence_from, extractor, sum_by_value

PRIORITY = ["professional", "family_member", "victim", "acquaintance", "witness", "general_public"]

# The caller as the one affected: object clitics, subject pronouns and first-person plural verbs
# ("debemos", "trabajamos"), and the caller's own papers or pay ("mi DNI", "meu passaporte"); other
# possessives ("mi hija", "my son") are left out: they point at someone else.
_FIRST_PERSON = re.compile(
    r"(?<![\w'])(me|nos|yo|i|we|us|eu|a mi|a nosotros|"
    r"(?:mi|mis|my|meu|meus|minha|nuestr[oa]s?|our|nosso|nossos) "
    r"(?:dni|documentos?|pasaportes?|passports?|papers|sueldo|salario|pago|pay|"
    r"wages|salary|passaportes?|id)|"
    r"[a-z]{2,}(?<!vamos)(?<!hemos)(?:amos|emos|imos)|"
    # owing and being unable to leave, said of oneself: "dice que le debo", "no me puedo ir"
    r"debo|devo|debia|devia|puedo|posso)(?![\w'])"
)
# Someone told the caller something: what follows is that person's speech ("mi hija me mandó un mensaje
# que decía no nos pagan"), while "el patrón dice que le debemos" is still the caller's own situation.
_TOLD_ME = re.compile(
    r"(?<!\w)(me|nos) (dijo|dice|decia|dijeron|dicen|conto|cuenta|contaron|escribio|escribe|"
    r"escribieron|mando|manda|mandaron|llamo|llama|aviso|disse|contou|escreveu|mandou|ligou)(?!\w)|"
    r"(?<!\w)(told|texted|wrote|messaged|called) (me|us)(?!\w)"
)
# The one the caller knows is the one who exploits: "mi vecino, un señor mayor, tiene a tres sobrinos trabajando en su
# ladrillera" makes the caller a witness of the neighbour, not an acquaintance of the victims.
_CONTROLS = re.compile(
    r"^[\w\s,]{0,40}?(?<!\w)(tiene|tienen|tenia|obliga|obligan|hace trabajar|explota|trajo|trae|"
    r"lleva|llevo|keeps|has|forces|makes|brought|tem|obriga|trouxe|recibe|reciben|aloja|hospeda|contrata|"
    r"recluta|receives|hosts|recruits|recebe|hospeda) (a|an?|to|as|os) (\w+ ){0,3}?"
    r"(sobrin|chic|nin|muchach|menor|jovenes|personas|trabajador|girls?|boys?|kids|children|workers|"
    r"people|meninas|meninos|criancas|\w+ (chicas|chicos|ninos|ninas|jovenes|muchachos|muchachas))"
)
# Round 11: unless those held are the caller's own kin ("mi cuñado se lleva a mis dos sobrinitos a vender"): then the
# caller is family of the victims.
_MY_KIN_HELD = re.compile(r"(?<!\w)(a|to|os|as) (mis|mi|my|meus|minhas|meu|minha) ")


# Round 26: kin named together with the caller are the caller's companions, not the one the call is about: "mi primo
# ... lo trajeron conmigo", "eu e meu sobrinho fugimos", "con mi esposo contamos", "my brother and I". Companions do not
# make the caller a family member; with the caller's own signs of exploitation they are held together (victim).
_WITH_ME = re.compile(
    # kin acted on together with the caller ("lo trajeron conmigo"), not kin who live with the caller ("que vive
    # conmigo" is a household, and the caller is family)
    r"(?<!\w)(?:(?:lo|la|los|las|le|les|o|a|os|as|him|her|them) [a-z]+ (?:conmigo|comigo|with me)|"
    r"[a-z]+ (?:ele|ela|eles|elas) comigo|y yo|e eu|and i|and me|"
    r"(?:yo|eu|me|a mi|i) (?:y|e|and|con|com|with) (?:a )?(?:mi|my|meu|minha)|"
    r"(?:con|com|with|junto con) (?:mi|my|meu|minha) \w+ (?:\w+ )?[a-z]{2,}mos)(?!\w)"
)


def _companion(folded: str, h: Hit) -> bool:
    """The kin of a family hit said as the caller's companion, in the same sentence and close by."""
    lo, hi = max(h.sentence.start, h.start - 20), min(h.sentence.end, h.end + 50)
    return bool(_WITH_ME.search(folded, lo, hi))


# Kin told something about the caller ("le dijo a mi mamá que yo iba a trabajar", "prometeu à minha mãe que eu") are
# the ones deceived on the caller's behalf: the clause after them is about the caller, who is the one the call is about.
_ABOUT_ME_AFTER = re.compile(r"\s+(?:[a-z]+ ){0,2}?(?:que|that) (?:yo|eu|i|i'd|me)(?!\w)")


# Round 30: sent "a" an infinitive only ("me mandó a trabajar"): Portuguese "meu filho me mandou a localização" is the
# article before a thing sent to the caller.
# Round 28: kin who act on the caller are not the one the call is about. The kin who sends, sells or hands the caller
# over ("mi padrastro quiere mandarme a trabajar", "my uncle sold me", "meu tio me obriga") is the one who exploits, and
# the caller is the victim; the kin who told the caller to ring ("mi esposa me dijo que llame", "my wife told me to
# call") is how the caller came to the line; the kin someone confided in ("le contó a mi esposa") passed the story on.
_KIN_HARMS_ME = re.compile(
    r"\s+(?:[a-z]+ ){0,3}?(?:"
    r"(?:me|nos) (?:quiere |quieren |queria |va a |iba a |ha |)"
    r"(?:mand\w* (?:a (?=[a-z]+(?:ar|er|ir)(?:me|nos|se)?(?!\w))|con |para )|vend|oblig|entreg\w* a |"
    r"pega|golpe|hace trabajar|hizo trabajar|pone a trabajar|puso a trabajar|explota|obrig|vendeu|bate)|"
    # Round 30: the kin who moved or holds the caller ("mi padrino don Eusebio él me trajo de Huasahuasi", "mi tía nos
    # llevó a Lima", "meu tio me trouxe", "my uncle brought me here") - not something brought to the caller ("me trajo
    # su sandalia", "me trouxe um bolo": a thing after the verb), nor kin who took the caller to be cared for or heard
    # ("mi esposo nos llevó a la posta": a place of care or of the authorities after the verb)
    r"(?:me|nos) (?:trajo|trajeron|llevo|llevaron|tiene encerrad\w*|encierra|encerro|trouxe|levou|trancou)"
    r"(?! (?:su|sus|un|una|unos|unas|el|la|los|las|mi|mis|comida|plata|dinero|ropa|o|um|uma|seu|sua)(?!\w))"
    r"(?!(?: \w+){0,3} (?:posta|hospital|clinica|centro de salud|medico|doctor|comisaria|policia|fiscalia|demuna|"
    r"iglesia|parroquia|colegio|escuela|psicolog\w*|delegacia|escola|igreja|police|school|church|clinic))|"
    r"(?:brought|took) (?:me|us) (?:here|to|from)(?! (?:the )?(?:hospital|clinic|doctor|police|school|church))|"
    r"(?:quiere|quieren|queria|va a|iba a) (?:mandar|vender|obligar|entregar|poner a trabajar)(?:me|nos)(?!\w)|"
    r"(?:wants to |is going to |was going to |)(?:send|sell|force|sold|sent|forced|hand|handed|beats?|hits?) "
    r"(?:me|us)(?!\w)|(?:quer|vai) (?:me|nos) (?:mandar|vender|obrigar|entregar))"
)
_KIN_SENT_ME_HERE = re.compile(
    r"\s+(?:[a-z]+ ){0,2}?(?:"
    r"(?:me|nos) (?:dijo|dijeron|aconsejo|recomendo|pidio|dice|insistio en) que (?:\w+ )?(?:llame|llamara|llamase|"
    r"consulte|consultara|pregunte|preguntara)|(?:told|asked|wanted|urged) (?:me|us) to (?:call|ring|phone|ask|check)|"
    r"said (?:i|we) should (?:call|ring|ask|check)|(?:me )?(?:disse|falou|mandou|pediu) (?:pra|para|que) (?:eu )?"
    r"(?:ligar|ligue|liga))"
)
_CONFIDED_IN = re.compile(
    r"(?:le|les|lhe) (?:conto|contaba|confeso|conta|contou|confessou)(?: todo| algo| tudo)? (?:a|para|pra) $|"
    r"confided in $"
)


def _kin_not_the_case(folded: str, h: Hit) -> bool:
    """A family hit whose kin act on the caller or heard the story from the victim (round 28)."""
    before = folded[max(h.sentence.start, h.start - 30) : h.start]
    return bool(
        _KIN_HARMS_ME.match(folded, h.end, h.sentence.end)
        or _KIN_SENT_ME_HERE.match(folded, h.end, h.sentence.end)
        or _CONFIDED_IN.search(before)
    )


_DENIED = re.compile(r"(?<!\w)(no|nunca|jamas|not|never|nao|nem|don't|doesn't|didn't|won't)(?!\w)")


def kin_harms_me(ctx: Context, family_hits: list[Hit]) -> list[Hit]:
    """The caller as the one their own kin sends, sells or forces: a victim's sign (round 28)."""
    folded = ctx.transcript.folded
    out = []
    for h in family_hits:
        m = _KIN_HARMS_ME.match(folded, h.end, h.sentence.end)
        if m and h.speaker == "caller" and not _DENIED.search(m.group()):
            out.append(Hit("victim", h.start, m.end(), 2.0, h.sentence))
    return out


# Round 28: the caller who received people ("nos trajeron gente de Cajamarca", "me mandaron cuatro trabajadores") is the
# one they were brought to - an employer or a host - not someone brought: a noun of people right after the verb.
_BROUGHT = re.compile(
    r"(?<!\w)(trajo|trajeron|mando|mandaron|envio|enviaron|brought|sent|trouxe|trouxeram|mandou)(?!\w)"
)
_PEOPLE_OBJECT = re.compile(
    r"\s+(?:a )?(?:(?:unos|unas|varios|varias|mas|otros|otras|\d+|\w+) )?(?:gente|personas|trabajadores|obreros|"
    r"jornaleros|peones|cosechadores|chicas|chicos|muchachos|muchachas|workers|people|labou?rers|pessoas|trabalhadores)(?!\w)"
)


def _received_people(folded: str, h: Hit) -> bool:
    return bool(_BROUGHT.search(folded, h.start, h.end)) and bool(_PEOPLE_OBJECT.match(folded, h.end, h.sentence.end))


def _holds_others(after: str) -> bool:
    m = _CONTROLS.match(after)
    return bool(m) and not _MY_KIN_HELD.search(m.group(0))


# Kin as the possessor of someone else: "una vecina de mi mamá", "la hija de mi comadre" - the person is the
# neighbour, not the mother, so "mi mamá" does not make the caller family.
_OF_MY = re.compile(
    r"(?<!\w)(vecin[oa]|amig[oa]|conocid[oa]|companer[oa]|colega|trabajador[a]?|empleada|chica|chico|"
    r"muchach[oa]|joven|senora|senor|neighbou?r|friend|co-?worker|girl|boy|vizinh[oa]|amig[oa]|"
    r"menina|menino)s? (de|of|da|do) $"
)
# Kin named as the owner of the phone ("a este mismo número, es de mi hija") are not the one the call is about.
_PHONE_OF = re.compile(r"(?<!\w)(numero|number|celular|cel|telefono|phone|whatsapp|movil|fono|telefone|zap)(?!\w)")
_BELONGS = re.compile(
    r"(?<!\w)((es|e|era|is|belongs to|pertenece a|es el de|e o da|e o do)( de| do| da| of)?|"
    # round 28: the phone named with its owner, "este es el celular de mi tía", "o telefone da minha mãe"
    r"(numero|number|celular|cel|telefono|phone|whatsapp|movil|fono|telefone) (de|of|da|do)) $"
)
# The friend who passed on the hotline's number ("una amiga me dio este número", "a friend gave me this number") is
# how the caller found the line, not the one the call is about (round 13; the phone's owner, "es de mi amiga", too).
_GAVE_NUMBER = re.compile(
    r"\s+((me|nos|le|lhe) )?(dio|paso|dieron|pasaron|recomendo|deu|passou|gave|sent) (me |us )?"
    r"(este|el|ese|this|the|that|esse|este|o) (numero|number|telefono|contacto|contato|fono)"
)
# The friend or relative whose home someone stays in is a host, not the one the call is about: "estou na casa de uma
# amiga", "me quedo en casa de mi tía" (the caller may be the victim).
_HOST = re.compile(r"(?<!\w)(casa|cuarto|departamento|apartamento|place|house|home|quarto) (de|da|do|of) $")
# Kin named as leverage over the caller ("tiene fotos de mi niña, dice que sabe dónde viven") are the ones threatened,
# not the ones the call is about: a victim's own family is how she is held.
_LEVERAGE = re.compile(
    r"(?<!\w)((?:fotos?|photos?|pictures?) (?:de|of|da|do) (?:mi|mis|my|minha|meu|meus|minhas) |"
    r"sabe donde (vive|viven|esta|estan|vivimos)|"
    r"knows where (my|they|she|he|we)|sabe onde (mora|moram)|amenaz\w+ (a|con hacerle algo a) |"
    r"threaten\w* (my|to hurt my)|ameac\w+ (a |o |minha |meu ))"
)
# Round 18: a caller who introduces themselves by their occupation, after an opener ("soy consultor", "I'm the site
# supervisor at ...") or in apposition to their name ("le habla Rocío Tafur, psicóloga del CEM", unpunctuated in ASR
# text), or by the project or organisation they work with, meets the people they report on through that work: the
# professional cues above hold only a few jobs, while callers name any. The name is one to four words, none of them a
# joiner, so "la mamá de la enfermera" (someone else's job) is not read as a name before an occupation.
_ARTICLE = r"(?:el |la |los |un |una |o |a |um |uma |the |an? |su |your )?"
_NAME_WORD = (
    r"(?!(?:de|del|la|el|of|the|da|do|mi|my|su|y|and|e|que|who|a|an|un|una|uma|um|about|sobre|por|para|for|"
    r"to|calling|llamando|ligando|porque|because|is|es|was|era|con|with|com|her|his|their|sus|seu|sua)\b)[a-z]+"
)
_OPENER = (
    r"(?:soy|sou|i'm|i am|im|trabajo como|trabalho como|i work as|work as|me desempeno como|atuo como|"
    r"estoy como|i'm working as)"
)
# a name said after "soy" or "I'm" needs its comma before the job: "soy Marisol, enfermera"
_NAMED = (
    r"(?:(?:le habla|les habla|te habla|habla|mi nombre es|me llamo|my name is|this is|meu nome e|me chamo|"
    r"aqui (?:e|es|habla)) (?:{w} ){{0,3}}{w},?|(?:i'm|i am|soy|sou) (?:{w} ){{0,3}}{w},)"
)
_SPEAKING = r"(?:le habla|les habla|te habla|le hablo|les hablo|aqui habla|this is|you're speaking with|fala)"
_ROLE_ARTICLE = r"(?:el|la|the|o|a|su|your|un|una|um|uma)"
# the operator's own introduction, when the speaker is not labelled: "le habla Andrea, psicóloga de la línea"
_OF_THE_LINE = re.compile(
    r"\s*(?:de|of|da|do|en|at|on|in|na|no)\s+(?:la |the |a |esta |this |esa )?"
    r"(?:linea|line|hotline|linha|central)(?!\w)"
)


# A manager of the place where guests are seen coming in is there like the receptionist: a witness.
_MANAGER_OF_A_VENUE = re.compile(
    r"(?:gerente|manager|administrador[a]?|encargad[oa]|supervisor[a]?|jef[ae])"
    r"(?: de \w+)?(?: (?:de|del|of|at|in|en|da|do|na|no|for)"
    r"(?: (?:la|el|the|a|an|un|una|o|um|uma|this|este|esta|our|nuestro|nuestra))?"
    r"(?: \w+)?)? (?:hotel|hostal|hostel|hospedaje|alojamiento|"
    r"lodge|eco-lodge|inn|motel|pousada|bar|discoteca|nightclub|club|karaoke|"
    r"restaurante?|cantina)s?(?!\w)"
)


def _occupation_patterns(ctx: Context) -> list[re.Pattern[str]]:
    raw = ctx.taxonomy["caller_role"].raw
    occ = "|".join(f"(?:{o})" for o in raw.get("occupations", ()))
    places = "|".join(f"(?:{w})" for w in raw.get("workplaces", ()))
    out = []
    if occ:
        out.append(re.compile(rf"(?<!\w){_OPENER} {_ARTICLE}(?:[a-z]+ ){{0,2}}?(?:{occ})(?!\w)"))
        named = _NAMED.format(w=_NAME_WORD)
        out.append(re.compile(rf"(?<!\w){named} {_ARTICLE}(?:[a-z]+ ){{0,2}}?(?:{occ})(?!\w)"))
        # round 28: a role, not a name, after "le habla" - the article says so: "le habla el químico farmacéutico de
        # una botica", "this is the school dentist"; no "de / of" in between ("la mamá de la enfermera" is not one)
        out.append(re.compile(rf"(?<!\w){_SPEAKING} {_ROLE_ARTICLE} (?:{_NAME_WORD} ){{0,2}}?(?:{occ})(?!\w)"))
    if places:
        out.append(
            re.compile(
                rf"(?<!\w)(?:i work|we work|i'm working|i am working|trabajo|trabajamos|trabalho|"
                rf"trabalhamos|estoy trabajando|colaboro) "
                rf"(?:with|for|at|on|in|con|para|en|num|numa|no|na|em) "
                rf"(?:a |an |the |un |una |el |la |o |um |uma |our |nuestro |nuestra |nosso |nossa )?"
                rf"(?:[a-z]+ ){{0,3}}?(?:{places})(?!\w)"
            )
        )
    return out


def occupation_hits(ctx: Context) -> list[Hit]:
    """The caller's self-introduction by an occupation or by the project they work with."""
    t = ctx.transcript
    patterns = ctx.once("caller_role:occupations", _occupation_patterns)
    out = []
    for s in t.sentences:
        if s.speaker == "operator" or s.is_question:
            continue
        for p in patterns:
            for m in p.finditer(t.folded, s.start, s.end):
                near = (max(s.start, m.end() - 25), min(s.end, m.end() + 40))
                if (
                    _OF_THE_LINE.match(t.folded, m.end())
                    or ctx.matcher.negated(t, s, m.start(), m.end())
                    or _MANAGER_OF_A_VENUE.search(t.folded, *near)
                ):
                    continue
                out.append(Hit("professional", m.start(), m.end(), 4.0, s))
                break  # one introduction per pattern and sentence
    return out


_REACH = 12  # characters before a cue: a clitic or pronoun right before it ("el patrón nos quitó el DNI")


def first_person_signs(ctx: Context) -> list[Hit]:
    """Signs of exploitation in the caller's sentences whose affected person is the caller."""
    folded = ctx.transcript.folded
    signs = ctx.find_list("exploitation_types", "generic_forced_work", ("caller",), value="victim") + [
        h for h in ctx.find("exploitation_types") if h.speaker == "caller" and h.weight >= 2
    ]
    out = []
    for h in signs:
        if h.speaker != "caller" or h.sentence.is_question:
            continue
        span = folded[max(h.sentence.start, h.start - _REACH) : h.end]
        before = ctx.transcript.text[h.sentence.start : h.start]
        quoted = (before.count('"') + before.count("“") + before.count("«")) % 2 == 1  # She says "no puedo irme"
        if _FIRST_PERSON.search(span) and not quoted and not _relayed(folded, h.sentence.start, h.start):
            out.append(Hit("victim", h.start, h.end, 2.0, h.sentence))
    return out


# Round 22: reported speech is relayed only when quoted directly. In "mi hija me escribió: no nos pagan" the first
# person is the daughter's; in "llegando nos dijeron que debíamos el pasaje" (indirect speech, after "que") it is still
# the caller's: the boss told the caller what the caller owes.
_INDIRECT = re.compile(r"\s+(que|that)(?!\w)")


def _relayed(folded: str, start: int, sign_start: int) -> bool:
    told = list(_TOLD_ME.finditer(folded, start, sign_start))
    return bool(told) and not _INDIRECT.match(folded, told[-1].end())


_I_AM = re.compile(r"(?<!\w)(?:soy|sou|i'm|i am|im)\s+(?:\w+\s+)?")


@extractor("caller_role", after=["_case", "victims"])
def caller_role(ctx: Context) -> Decision:
    folded = ctx.transcript.folded
    if not ctx.value("_case"):
        # Round 33: no case, but the caller said whose kin she is ("Soy la abuela de una chica de catorce", "I'm her
        # father", "sou a mãe dele"): a family member all the same, worried for her own (a worry that came to nothing)
        kin = [
            h
            for h in ctx.find("caller_role", values=["family_member"])
            if h.speaker == "caller" and _I_AM.search(folded, max(h.sentence.start, h.start - 12), h.end)
        ]
        return Decision(CallerRole.family_member, kin, 0.5) if kin else Decision(CallerRole.general_public, [], 0.8)
    # the caller's "victim" cues inside speech they relay ("me escribió: nos quitaron el DNI") are someone else's
    found = ctx.find("caller_role")
    harmed_by_kin = kin_harms_me(ctx, [h for h in found if h.value == "family_member"])
    hits = [
        h
        for h in found
        if not (h.value == "victim" and _TOLD_ME.search(folded, h.sentence.start, h.start))
        and not (h.value in ("acquaintance", "family_member") and _holds_others(folded[h.end : h.sentence.end]))
        and not (h.value == "family_member" and _OF_MY.search(folded, max(h.sentence.start, h.start - 30), h.start))
        and not (h.value == "family_member" and _LEVERAGE.search(folded, h.sentence.start, h.sentence.end))
        and not (
            h.value in ("acquaintance", "family_member")
            and _HOST.search(folded, max(h.sentence.start, h.start - 30), h.start)
        )
        and not (
            h.value in ("acquaintance", "family_member")
            and _PHONE_OF.search(folded, h.sentence.start, h.sentence.end)
            and _BELONGS.search(folded[max(h.sentence.start, h.start - 20) : h.start])
        )
        and not (h.value in ("acquaintance", "family_member") and _GAVE_NUMBER.match(folded, h.end))
        and not (h.value == "family_member" and _kin_not_the_case(folded, h))
        and not (h.value == "victim" and _received_people(folded, h))
    ]
    # one introduction counts once: where a listed cue already read it, the occupation adds nothing
    hits += [
        h
        for h in occupation_hits(ctx)
        if not any(o.value == "professional" and o.start < h.end and h.start < o.end for o in hits)
    ]
    mine = first_person_signs(ctx)
    hits += harmed_by_kin
    companions = [
        h
        for h in hits
        if h.value == "family_member"
        and (_companion(folded, h) or _ABOUT_ME_AFTER.match(folded, h.end, h.sentence.end))
    ]
    hits = [h for h in hits if h not in companions]
    if harmed_by_kin:
        # Round 30: a caller whom kin brought, sent or hold is the one the call is about; the other kin the caller
        # names (the mother to go back to, whom the pay is kept "for") are the caller's family, not victims told of
        hits = [h for h in hits if h.value != "family_member"]
    scores = sum_by_value(hits, first_turns_bonus=3)
    if mine:  # at most two signs: a mother quoting her daughter ("no nos pagan") stays a family member
        scores["victim"] = scores.get("victim", 0.0) + sum(h.weight for h in mine[:2])
    if not scores:
        if ctx.value("victims").count == 0:
            return Decision(CallerRole.general_public, [], 0.3)  # a general question: nobody to report
        # A case told by someone who does not say who they are: most often a bystander.
        return Decision(CallerRole.witness, [], 0.3)
    best = max(PRIORITY, key=lambda v: (scores.get(v, 0.0), -PRIORITY.index(v)))
    used = [h for h in hits + mine if h.value == best]
    return Decision(CallerRole(best), used, confidence_from(scores, best))
