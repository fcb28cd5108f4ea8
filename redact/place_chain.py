"""Round 30: a place told as a chain of comma-separated locating pieces.

People describe a place in several short pieces set off by commas, each locating the same spot: a thing and a
relation to a landmark, a rank counted from a landmark, a side, the trip there, what the thing has ("el pasillo de
las juguerías, el tercer puesto después de la escalera, el del toldo naranja"; "aquela de porta vermelha, depois da
ponte, do lado da borracharia"; "the community of X, about forty minutes downriver from the port, on the left bank,
…"). Once one piece is found, the pieces beside it that are themselves locating go with it, across commas, until a
piece that locates nothing (talk, a name, a verb). Pieces are recognised by word class, not by phrase:

* after a place: a spatial relation, a motion on the way ("bajando a mano izquierda"), "donde/where/onde + what is
  done there", a side, a thing referred to by what it has ("el del toldo naranja");
* before a place: the same, the trip there ("uma hora de barco rio abaixo", "about forty minutes"), and, only when
  the place is already a chain of pieces, the thing the chain starts from after "en/in/no" ("en el pasillo de …");
* a rank counted from a landmark is a place of its own ("el tercer puesto después de la escalera", not "la tercera
  vez después de …");
* a unit's number said with its article just before a found floor or unit ("a la doscientos ocho segundo piso").
Lists in data/place_chain.yaml; anchors, ordinals and units from address_chain.yaml, stops from where_answer.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets
from redact.numbers import word_value
from redact.types import Entity

_SEP = re.compile(r"[,.;:?!¿¡\n\"“”]")


def _words(key: str, name: str = "place_chain.yaml") -> list[str]:
    return [fold(w) for w in data_yaml(name)[key]]


@cache
def _lists() -> dict:
    d = data_yaml("place_chain.yaml")
    ac = "address_chain.yaml"
    anchors = (
        _words("anchors", ac) + _words("relations", "where_answer.yaml") + _words("over_under", "where_answer.yaml")
    )
    standalone = _words("standalone", ac)
    ordinals = _words("ordinals", ac)
    units = _words("time_units", ac) + _words("distance_units", ac)
    not_counted = _words("not_counted", "where_answer.yaml") + _words("times", "where_answer.yaml")
    stops = set(_words("stops", "where_answer.yaml")) | {"y", "and", "e", "que", "that"}
    amounts = _words("amounts", "where_answer.yaml") + ["a", "like", "unos", "umas", "uns"]
    return {
        "anchor": re.compile(rf"(?:{alternation(anchors + standalone)})(?!\w)"),
        "motion": re.compile(rf"(?:{alternation(_words('motions'))})(?!\w)"),
        "relative": re.compile(rf"(?:{alternation(_words('relatives'))})[ \t]+\w"),
        "side": re.compile(
            rf"(?:\w+[ \t]+){{0,2}}(?:(?:{alternation(_words('side_nouns'))})[ \t]+(?:\w+[ \t]+)?"
            rf"(?:{alternation(_words('side_words'))})|(?:{alternation(_words('side_words'))})[ \t]+"
            rf"(?:{alternation(_words('side_nouns'))}))(?!\w)"
        ),
        "having": re.compile(
            rf"(?:{alternation(_words('pronoun_heads'))})[ \t]+(?:{alternation(_words('having'))})[ \t]+\w"
        ),
        "trip": re.compile(
            rf"(?:(?:{alternation(amounts)})[ \t]+)?(?:\d+|media|meia|half|an|[^\W\d_]+(?:[ \t]+y[ \t]+[^\W\d_]+)?)"
            rf"[ \t]+(?:{alternation(units)})(?!\w)(?:[ \t]+(?:de|en|by|of|in|a)?[ \t]*(?:\w+[ \t]*){{0,4}})?"
        ),
        "direction": re.compile(rf"(?<!\w)(?:{alternation(_words('directions') + _words('vehicles', ac))})(?!\w)"),
        "rank": re.compile(
            rf"(?<!\w)(?:el|la|los|las|the|o|a)[ \t]+(?P<ord>{alternation(ordinals)})(?:[ \t]+(?P<noun>[^\W\d_]+))?"
            rf"[ \t]+(?:{alternation(_words('counted_from'))})[ \t]+(?:el|la|los|las|the|o|a|os|as)?[ \t]*"
            rf"[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}"
        ),
        "lead_in": re.compile(rf"(?<!\w)(?:{alternation(_words('lead_ins'))})[ \t]+\Z"),
        "definite": re.compile(r"(?:el|la|los|las|the|o|a|os|as)[ \t]+(?P<head>[^\W\d_]+)"),
        "not_counted": set(not_counted),
        "stops": stops,
        "indefinite": set(_words("indefinite", ac)) | set(_words("possessives")),
        "relation_heads": set(_words("relation_heads")),
        "max": int(d["max_piece_words"]),
        "room_min": int(d["room_number_min"]),
        "units": set(units),
        # a place opening with a floor or a rank may have its unit's number said before it
        "room_heads": set(_words("levels", "place_tail.yaml") + ordinals),
    }


# how a trip's length opens ("una hora de barco", "about forty minutes", "como dos cuadras")
_QUANTITY_OPENERS = frozenset("un una um uma one a media meia half an about como unos umas uns around some".split())


def _clean(piece: str) -> bool:
    """A piece of a place: few words, none of them talk (a pronoun, a verb, a clause's conjunction)."""
    words = re.findall(r"[^\W\d_]+|\d+", piece)
    lists = _lists()
    return 0 < len(words) <= lists["max"] and not any(w in lists["stops"] for w in words)


def _locating(piece: str, *, before: bool) -> bool:
    lists = _lists()
    p = piece.strip()
    h = lists["having"].match(p)
    if h and _clean(p[h.end() - 1 :]):
        return True  # round 32: "la que tiene el carrizo …", "a que tem …": that "que" opens no clause of talk
    if not _clean(p):
        # "donde venden trucha frita": the relative's verb is what is done there, the place's, not talk
        return bool(lists["relative"].match(p)) and len(p.split()) <= lists["max"]
    a = lists["anchor"].match(p)
    if a:
        # any gas station locates nothing: a landmark said with an indefinite article ("al frente de un grifo"),
        # nor one told by whose it is ("al lado de su trabajo")
        nxt = p[a.end() :].split()[:1]
        return not (nxt and nxt[0] in lists["indefinite"])
    if lists["motion"].match(p) or lists["side"].fullmatch(p) or lists["having"].match(p):
        return True
    if lists["relative"].match(p):
        return True
    m = lists["trip"].fullmatch(p)
    if m and (before or lists["direction"].search(p)):
        first = p.split()[0]
        if first.isdigit() or word_value(first) is not None or first in _QUANTITY_OPENERS:
            return True
    return bool(lists["rank"].fullmatch(p))


def _overlaps_other(entities: list[Entity], start: int, end: int) -> bool:
    return any(
        e.start < end and start < e.end and e.type not in ("ADDRESS", "LOCATION", "ORGANIZATION") for e in entities
    )


def _grow(text: str, folded: str, e: Entity, entities: list[Entity]) -> Entity:
    start, end = e.start, e.end
    lists = _lists()
    for _ in range(4):  # right: ", bajando a mano izquierda, donde venden trucha frita"
        m = re.match(r"[ \t]*,[ \t]*", folded[end:])
        if not m:
            break
        p_start = end + m.end()
        stop = _SEP.search(folded, p_start)
        p_end = stop.start() if stop else len(folded)
        piece = folded[p_start:p_end].rstrip()
        if not piece or not _locating(piece, before=False) or _overlaps_other(entities, p_start, p_end):
            break
        end = p_start + len(piece)
    # before: the trip there said right before ("about forty minutes | downriver from the port")
    units = lists["units"]
    m = re.search(r"(?:[^\W\d_]+|\d+)(?:[ \t]+(?:[^\W\d_]+|\d+)){0,3}[ \t]+\Z", folded[:start])
    if (
        m
        and (lists["anchor"].match(folded[start:]) or lists["direction"].match(folded[start:]))
        and folded[start - 1] in " \t"
    ):
        for w in re.finditer(r"[^\W\d_]+|\d+", m.group()):
            cand = folded[m.start() + w.start() : start].strip()
            if cand.split()[-1] in units and lists["trip"].fullmatch(cand) and _locating(cand, before=True):
                start = m.start() + w.start()
                break
    for _ in range(4):  # left: "aquela de porta vermelha, | depois da ponte"
        m = re.search(r"[ \t]*,[ \t]*\Z", folded[:start])
        if not m:
            break
        p_end = m.start()
        prev = max(folded.rfind(c, 0, p_end) for c in ",.;:?!¿¡\n")
        p_start = prev + 1
        piece = folded[p_start:p_end]
        lead = len(piece) - len(piece.lstrip())
        p_start += lead
        piece = piece.strip()
        if not piece or _overlaps_other(entities, p_start, p_end):
            break
        if _locating(piece, before=True) and not lists["relative"].match(piece):
            start = p_start
            continue
        # the thing the chain starts from, after "en/in/no": only for a chain already of several pieces
        chain = "," in folded[start:end]
        words = piece.split()
        for j in range(1, len(words)):
            head = " ".join(words[:j]) + " "
            rest = " ".join(words[j:])
            d = lists["definite"].match(rest)
            if (
                lists["lead_in"].search(head)
                and d
                and chain
                and _clean(rest)
                and d.group("head") not in lists["relation_heads"] | lists["not_counted"]
            ):
                start = p_end - len(rest)
                break
        break
    if (start, end) == (e.start, e.end):
        return e
    return Entity("ADDRESS", start, end, e.score)


def _ranks(folded: str, entities: list[Entity]) -> list[Entity]:
    lists = _lists()
    found = []
    for m in lists["rank"].finditer(folded):
        if m.group("noun") and m.group("noun") in lists["not_counted"]:
            continue
        end = m.end()
        stop = _SEP.search(folded, m.start())
        if stop and stop.start() < end:
            end = stop.start()
        # the landmark ends before talk
        words = list(re.finditer(r"[^\W\d_]+", folded[m.start() : end]))
        for w in words[3:]:
            if w.group() in lists["stops"]:
                end = m.start() + w.start()
                break
        end = m.start() + len(folded[m.start() : end].rstrip())
        if any(e.start < end and m.start() < e.end for e in entities):
            continue
        found.append(Entity("ADDRESS", m.start(), end, 0.5))
    return found


_ROOM = re.compile(
    r"(?<!\w)(?:el|la|the|o|a)[ \t]+(?P<n>\d{3,4}|[^\W\d_]+(?:[ \t]+(?:y[ \t]+)?[^\W\d_]+){0,3})[ \t]*,?[ \t]*\Z"
)


def _room_number(folded: str, start: int) -> int:
    """Where a unit number said with its article before ``start`` begins ("la doscientos ocho | segundo piso")."""
    window = folded[max(0, start - 60) : start]
    for m in re.finditer(r"(?<!\w)(?:el|la|the|o|a)[ \t]+", window):
        n = window[m.end() :].strip(" \t,")
        if not n or not re.fullmatch(r"\d{3,4}|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}", n):
            continue
        if n.isdigit():
            value = int(n)
        else:
            values = [
                (("thousand", 1000) if w in ("mil", "thousand") else word_value(w)) for w in n.split() if w != "y"
            ]
            if any(v is None for v in values):
                continue
            value = sum(v[1] for v in values)
        if value >= _lists()["room_min"]:
            return max(0, start - 60) + m.start()
    return start


def chain_places(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each ADDRESS grown over the locating pieces beside it (see the module's docstring)."""
    folded = fold_same_offsets(text)
    entities = sorted(entities + _ranks(folded, entities), key=lambda e: (e.start, e.end))
    out: list[Entity] = []
    for e in entities:
        if e.type == "ADDRESS":
            e = _grow(text, folded, e, entities)
            first = re.match(r"\s*(?:\d+[a-z]?\s+)?(\w+)", folded[e.start :])
            if first and first.group(1) in _lists()["room_heads"]:
                s = _room_number(folded, e.start)
                if s < e.start:
                    e = Entity("ADDRESS", s, e.end, e.score)
        out.append(e)
    out.sort(key=lambda e: (e.start, -e.end))
    merged: list[Entity] = []
    for e in out:
        if merged and e.start < merged[-1].end and e.end <= merged[-1].end and merged[-1].type == "ADDRESS":
            continue
        if merged and e.type == "ADDRESS" and merged[-1].type == "ADDRESS" and e.start <= merged[-1].end:
            merged[-1] = Entity("ADDRESS", merged[-1].start, max(e.end, merged[-1].end), merged[-1].score)
            continue
        if e.type == "ADDRESS":
            # a found name or time inside the grown place is the place's
            merged = [
                m
                for m in merged
                if not (m.start >= e.start and m.end <= e.end and m.type in ("LOCATION", "ORGANIZATION"))
            ]
        merged.append(e)
    return sorted(merged, key=lambda e: (e.start, e.end))
