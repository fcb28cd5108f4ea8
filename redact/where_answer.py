"""Round 27: the caller's answer to "¿dónde?" is a place.

Rules find places by their words (a street, a numbered unit, a listed landmark). A place said in the caller's own
words has none of them: "En la sala de espera del segundo piso, la banca del fondo al lado de los baños", "On the
dirt pitch behind the Pachacútec market, next to the blue water tank". What marks it is the dialogue: the operator
asked where, and the answer names one thing in particular (a definite article) and locates it (a relation to a
landmark, a floor, a rank in a row). That phrase is hidden, from its article to the end of its sentence or the
first word of the caller's own talk (a pronoun, "pero", "ahí"); across a comma only while the next piece is more
of the place. A vague answer ("cerca del mercado", "en la comisaría", "en su casa") names no located thing and is
left alone, as the writers leave it. Lists in data/where_answer.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets
from redact.numbers import word_value
from redact.second_look import SWEEP_SCORE
from redact.types import Entity

_WORD = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
# a past or first-plural verb ends the place ("… el segundo piso, [yo] entré", "… la banca dormíamos"); not "-ía",
# which place nouns share ("farmacia", "comisaría")
_VERB_ENDINGS = ("aba", "aban", "aron", "ieron", "amos", "emos", "imos", "ou", "ava")


# after Portuguese "o/a" these are no noun: "llame al 1818 [o al] 0800" is Spanish "or"
_NOT_NOUNS = ["al", "del", "de", "en", "que", "y", "con"]
_INDEFINITE = ["un", "una", "unos", "unas", "an", "um", "uma", "some"]


@cache
def _data() -> dict:
    d = data_yaml("where_answer.yaml")
    return {k: ([fold(w) for w in v] if isinstance(v, list) else v) for k, v in d.items()}


@cache
def _patterns() -> dict[str, re.Pattern]:
    d, chain, look = _data(), data_yaml("address_chain.yaml"), data_yaml("second_look.yaml")["place"]
    anchors = [fold(w) for w in chain["anchors"]]
    ordinals = alternation([fold(w) for w in look["ordinals"]])
    return {
        "question": re.compile(rf"(?<!\w)(?:{alternation(d['questions'])})(?!\w)"),
        "start": re.compile(
            rf"(?:(?<=^)|(?<=[\s,]))(?:(?:{alternation(d['lead_ins'])})[ \t]+)?"
            rf"(?P<np>(?:(?:{alternation([w for w in d['definite'] if w not in ('o', 'a')])})[ \t]+"
            rf"|o[ \t]+(?!(?:{alternation(_NOT_NOUNS)})(?!\w))"
            # round 28: after "a" an infinitive is Spanish talk, no noun ("los va [a esperar] antes de llegar")
            rf"|a[ \t]+(?![^\W\d_]+(?:ar|er|ir)(?!\w))(?!(?:{alternation(_NOT_NOUNS)})(?!\w)))"
            rf"(?!(?:{alternation(d['definite'])})(?!\w))[^\W\d_])"
        ),
        # what locates the thing: a relation, a floor, a rank in a row
        "locates": re.compile(
            # not a floor alone: "el tercer piso" is left out, as the writers leave it
            rf"(?<!\w)(?:{alternation(anchors + d['relations'])}"
            rf"|(?:{ordinals})[ \t]+[^\W\d_]+[ \t]+(?:de|del|da|do|of)[ \t]+(?:la|el|the|a|o)[ \t]+[^\W\d_]+"
            # round 29: a rank in a row counted from a landmark ("la tercera bolichera contando desde la punta")
            rf"|(?:{ordinals})[ \t]+(?!(?:{alternation(d['not_counted'])})(?!\w))[^\W\d_]+(?:[ \t]+[^\W\d_]+)?"
            rf"[ \t]+(?:{alternation(d['counted'])}))(?!\w)"
        ),
        # round 29: the caller announces the place ("me mandó su ubicación: es …", "the address is …")
        "announced": re.compile(
            rf"(?<!\w)(?:{alternation(d['announcements'])})(?!\w)[^.?!\n:]{{0,30}}?"
            rf"(?::|(?<!\w)(?:{alternation(d['announcing'])})(?!\w))"
        ),
        # round 29: a relation over or under a landmark opens the place ("It's upstairs from a phone repair shop")
        "over_under": re.compile(
            rf"(?:(?<=^)|(?<=[\s,]))(?:(?:{alternation(d['lead_ins'])})[ \t]+)?"
            rf"(?P<np>(?:{alternation(d['over_under'])}))(?!\w)"
            # a landmark after it: an article, or one inside the relation ("encima del"); not "above my pay grade"
            rf"(?:(?<=del|the)|(?<=al|da|do)|(?=[ \t]+(?:{alternation(d['definite'] + _INDEFINITE)})(?!\w)))"
        ),
        "aside": re.compile(r"(?:,|[ \t]{2})[ \t]*$"),
        "indefinite": re.compile(rf"(?<!\w)(?:{alternation(_INDEFINITE)})(?=[ \t]|$)"),
        # after a comma the place goes on only with more of it: an article, a relation, a floor or rank
        "more": re.compile(
            rf"[ \t]*(?:(?:{alternation(d['definite'])})[ \t]|(?:{alternation(anchors + d['relations'])})(?!\w)"
            rf"|(?:{ordinals})(?!\w)|(?:en|no|na|in|on|at)[ \t]+(?:el|la|the|o|a)[ \t])"
        ),
    }


def _place_end(folded: str, start: int, line_end: int) -> int:
    """Where the place that opens at ``start`` ends: sentence end, a word of talk, or a comma not followed by more."""
    d, p = _data(), _patterns()
    stops = set(d["stops"])
    stop = _SENTENCE_END.search(folded, start, line_end)
    limit = stop.start() if stop else line_end
    kept: list[re.Match] = []
    for w in _WORD.finditer(folded, start, limit):
        gap_start = kept[-1].end() if kept else start
        comma = folded.find(",", gap_start, w.start())
        if comma >= 0 and not p["more"].match(folded, comma + 1):
            break
        word = w.group()
        if word in d["times"]:
            while kept and (kept[-1].group() in d["amounts"] or word_value(kept[-1].group()) is not None):
                kept.pop()  # the count before the time
            break
        if kept and word == "por" and kept[-1].group() in d["routes"]:
            kept.pop()  # round 28: the way there is no part of the place ("… huayrapata [subiendo por la trocha]")
            break
        # round 29: "… antes de putina [donde está] el grifo abandonado": the relative names the landmark
        if (
            kept
            and word in d["relative_verbs"]
            and (
                kept[-1].group() in d["relative"] or (kept[-1].group() == "there" and kept[-2].group() in d["relative"])
            )
        ):
            kept.append(w)
            continue
        after_clitic = kept and kept[-1].group() in d["clitics"] and word in d["after_clitic"]
        if word in stops or after_clitic or (kept and len(word) > 4 and word.endswith(_VERB_ENDINGS)):
            # round 28: the verb's object told before it with a pronoun ("… de los pescadores [la matrícula la] tengo")
            if len(kept) >= 3 and kept[-1].group() in d["clitics"] and kept[-3].group() in d["definite"]:
                del kept[-3:]
            # the verb's subject, joined by "y", is no part of the place ("… de las pescaderas [y la chiquita] trabaja",
            # round 28: "… del grifo [y en tierra los chicos] duermen")
            base = max(0, len(kept) - 5)
            joined = [i for i in range(base, len(kept)) if kept[i].group() in ("y", "and", "e")]
            if joined:
                del kept[joined[0] :]
            break
        if kept and kept[-1].group() in ("en", "in", "no", "na", "em") and p["indefinite"].fullmatch(word):
            kept.pop()  # "… al costado de la bocamina [en unos camarotes …]": a new thing, not located by the answer
            break
        if kept and kept[-1].group() in ("y", "and", "e") and word == "que":  # "… y que mencionó …"
            kept.pop()
            break
        kept.append(w)
        if len(kept) > d["max_words"]:
            break
    while kept and kept[-1].group() in d["dangling"]:
        kept.pop()
    return kept[-1].end() if kept else start


def _next_start(folded: str, pos: int, end: int) -> re.Match | None:
    """The next place opening in an answer: a definite thing, or (round 29) a relation over or under a landmark."""
    p = _patterns()
    found = [m for m in (p["start"].search(folded, pos, end), p["over_under"].search(folded, pos, end)) if m]
    return min(found, key=lambda m: m.start("np")) if found else None


def answer_places(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities plus the located things named in answers to a where-question."""
    folded = fold_same_offsets(text)
    p = _patterns()
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    new: list[Entity] = []
    answers = [
        a for (q_start, q_end), a in zip(lines, lines[1:], strict=False) if p["question"].search(folded, q_start, q_end)
    ]
    # round 29: a place announced in the caller's own turn is answered there ("me mandó su ubicación: es el …")
    answers += [(m.end(), a_end) for a_start, a_end in lines for m in p["announced"].finditer(folded, a_start, a_end)]
    for a_start, a_end in sorted(set(answers)):
        pos = a_start
        while m := _next_start(folded, pos, a_end):
            start = m.start("np")
            end = _place_end(folded, start, a_end)
            pos = max(end, m.end())
            # a relation set off by a comma right after the thing is an aside, as in round 24 ("el almacén, detrás de
            # la cocina, …" is left as the writers leave it; the two spaces a dropped comma leaves count as one);
            # round 29: a later relation that is no aside still locates it ("el campamento …, subiendo de la bocamina
            # 4, el cuarto de calamina pegado al comedor"), and a relation over or under a landmark locates itself
            relations = [m] if m.re is p["over_under"] else p["locates"].finditer(folded, start, end)
            located = next((x for x in relations if not p["aside"].search(folded, start, x.start())), None)
            if not located:
                continue
            # the thing is one in particular: "la llave de [un] cuarto en el segundo piso" is about the floor
            if some := p["indefinite"].search(folded, start, located.start()):
                pos = some.end()
                continue
            if any(e.start <= start and end <= e.end for e in entities):
                continue
            new.append(Entity("ADDRESS", start, end, SWEEP_SCORE))
    if not new:
        return entities
    out = []
    for e in entities:
        inside = next((n for n in new if n.start <= e.start and e.end <= n.end), None)
        if inside is None or e.type in ("PHONE_NUMBER", "ID_NUMBER", "EMAIL_ADDRESS", "OTHER_ID"):
            out.append(e)
    return sorted(out + new, key=lambda e: (e.start, e.end))
