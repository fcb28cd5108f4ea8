"""Round 24: the thing a place description locates, said before the relation that locates it.

The rules find "atrás de la obra, al lado de la caseta del guardián" or "next to the engine room" and leave the thing
they locate readable: "el contenedor azul que está …", "the lower deck, at the stern, the three hammocks right …". That
thing is a noun phrase of general word classes (an article, describers, a noun of shelters, decks, doors, camps and
stalls, colours and materials), so this grows an ADDRESS that opens with a relation left over it, one phrase and one
short aside at a time. It also finds a described thing and its relation that no rule found, when the relation names
its landmark and either the thing has colours or materials ("la puerta de chapa gris entre una verdulería y un
lavadero") or a locating verb puts someone there ("duermen en el campamento de calaminas azules al costado de la
bocamina santa rosa"); a bare "la casa al lado" or "una trocha de tierra" is left alone. Lists in data/place_lead.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold_same_offsets, stop_words
from redact.second_look import SWEEP_SCORE
from redact.types import Entity

_WORD = r"[^\W\d_]+"


@cache
def _patterns() -> dict[str, re.Pattern]:
    lead, chain = data_yaml("place_lead.yaml"), data_yaml("address_chain.yaml")
    det = alternation(chain["determiners"])
    nouns = alternation(lead["lead_nouns"] + chain["dwellings"] + chain["kept_dwellings"] + chain["house_nouns"])
    colors = alternation(chain["colors"])
    looks = rf"(?:de[ \t]+)?(?:{alternation(lead['materials'] + chain['materials'])})|(?:de[ \t]+)?(?:{colors})"
    describer = rf"(?:{alternation(lead['describers'])}|{colors})"
    # the thing: article, up to two describers, its noun, then its looks ("el contenedor azul", "the three hammocks")
    np = (
        rf"(?<!\w)(?:{det})[ \t]+(?:{describer}[ \t]+){{0,2}}(?:{nouns})(?!\w)"
        rf"(?P<looks>(?:[ \t]+(?:{looks}|{describer})(?!\w)){{0,3}})"
    )
    relation = alternation(chain["anchors"] + lead["between"])
    return {
        # no comma before the relation (nor the two spaces a dropped one leaves), and a definite article: "el
        # almacén, detrás de la cocina" and "una casa detrás del terminal" are left as annotators leave them
        "lead": re.compile(
            rf"(?<!\w)(?={alternation(lead['definite'])}[ \t]){np}(?:[ \t](?:{alternation(lead['links'])}))?[ \t]$"
        ),
        "chained": re.compile(rf"{np}[ \t]*,[ \t]*(?:(?:{alternation(lead['asides'])})[ \t]+{_WORD}[ \t]*,[ \t]*)?$"),
        "relation": re.compile(rf"(?:{relation})(?!\w)"),
        "new": re.compile(
            rf"(?P<np>{np})(?:[ \t](?:{alternation(lead['links'])}))?[ \t](?:{relation})[ \t]+"
            rf"(?:{det})[ \t]+(?P<landmark>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
        ),
        "kept": re.compile(
            rf"(?<!\w)(?:{alternation(chain['locating_verbs'])})[ \t]+(?:{alternation(lead['in_words'])})[ \t]+$"
        ),
        "pair": re.compile(rf"[ \t]+(?:y|and|e)[ \t]+(?:(?:{det})[ \t]+)?{_WORD}"),
    }


def _grow_left(folded: str, start: int) -> int:
    """``start`` moved left over the thing an ADDRESS's opening relation locates, and a thing chained before it."""
    p = _patterns()
    m = p["lead"].search(folded, max(0, start - 80), start)
    if not m or "\n" in m.group():
        return start
    start = m.start()
    chained = p["chained"].search(folded, max(0, start - 80), start)
    if chained and "\n" not in chained.group():
        start = chained.start()  # "the lower deck, at the stern, | the three hammocks …"
    return start


def _landmark_end(folded: str, m: re.Match) -> int:
    """The landmark's words up to the first function word ("la bocamina santa rosa | en unos camarotes"), and the
    second of a pair ("entre una verdulería y un lavadero")."""
    end = m.start("landmark")
    for w in re.finditer(_WORD, m.group("landmark")):
        if w.group() in stop_words():
            break
        end = m.start("landmark") + w.end()
    if re.match(r"(?:entre|between|in between)(?!\w)", folded[m.end("np") :].lstrip(" \t,")):
        if pair := _patterns()["pair"].match(folded, end):
            end = pair.end()
    return end


def lead_places(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each relation-opened ADDRESS grown over its thing, plus described things and their relation."""
    folded = fold_same_offsets(text)
    p = _patterns()
    out = []
    for e in entities:
        if e.type == "ADDRESS" and p["relation"].match(folded, e.start):
            e = Entity(e.type, _grow_left(folded, e.start), e.end, e.score)
        out.append(e)
    for m in p["new"].finditer(folded):
        kept = p["kept"].search(folded, max(0, m.start() - 40), m.start())
        if not (m.group("looks").strip() or kept) or "\n" in m.group():
            continue
        end = _landmark_end(folded, m)
        if any(o.start <= m.start() and end <= o.end for o in out):
            continue
        out.append(Entity("ADDRESS", m.start(), end, SWEEP_SCORE))
    return sorted(out, key=lambda e: (e.start, e.end))
