"""Round 29: a handle or an e-mail said piece by piece is one identifier.

People dictate an account the way they would type it: a piece, the sign said as a word, the next piece, often spelled
letter by letter and read back ("kelsey dot morrow, M-O-R-R-O-W, at gmail dot com", "arroba efe o erre te u guion
bajo ele ele a ene o ese", "k-i-k-e, dot, t-u-m-b-e-s, dot, one"). The rules find the pieces (a spelled run, a name,
the provider "at gmail dot com") but each alone, typed as a person: the signs between them stay readable and the
account can be read back from them. What makes the pieces one is the sign said between them: a chain of found pieces
joined by commas and spaces, with at least one spoken sign (dot, underscore, guion bajo, punto, ponto …) between two of
them, is one handle (an e-mail when the provider ends it), with the "arroba / at" said before it and one more piece
after a last sign ("…, dot, one"). A name alone, or two names with "y" between, is never joined. Data in
data/spoken_handles.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold, fold_same_offsets, stop_words
from redact.numbers import word_value
from redact.spelling import spelled_runs
from redact.types import Entity

_PIECES = ("PERSON", "OTHER_ID", "EMAIL_ADDRESS", "URL")  # not numbers: "punto" is said inside an ID too
# one more piece said after a last sign: a spelled run, a word or a number
_NEXT = re.compile(r"[^\W_](?:-[^\W_])+(?![\w-])|[^\W_]+")


@cache
def _patterns() -> dict:
    d = data_yaml("spoken_handles.yaml")
    signs = alternation([fold(w) for w in d["separators"]])
    openers = alternation([fold(w) for w in d["openers"]])
    return {
        # the gap between two pieces: commas and spaces, with at most one spoken sign
        "gap": re.compile(rf"[ \t,]*(?:(?P<sign>(?<!\w)(?:{signs})(?!\w))[ \t,]*)?"),
        "opener": re.compile(rf"(?:(?<=^)|(?<=[\s,:]))(?:{openers})[ \t,]*$"),
        "max_gap": d["max_gap"],
    }


def _spoken_piece(text: str, folded: str, pos: int, signed: bool) -> int | None:
    """The end of a piece no rule found that starts at ``pos``: letters spelled one after another ("ka a te i"), or,
    right after a spoken sign, one word or number ("…, dot, [one]", "… guion bajo [oficial]")."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    runs = spelled_runs(text[pos:line_end], min_units=2)
    if runs and runs[0].start == 0:
        return pos + runs[0].end
    word = _NEXT.match(text, pos, line_end)
    if signed and word and (fold(word.group()) not in stop_words() or word_value(word.group()) is not None):
        return word.end()
    return None


def _chain_end(text: str, folded: str, pieces: list[Entity], i: int) -> tuple[int, int, bool]:
    """From piece ``i``: the index of the chain's last found piece, where the chain ends, and whether a spoken sign
    joined two of its pieces. Found pieces are joined over commas and one sign; after a sign, or with letters spelled
    on, a piece no rule found goes on the chain too."""
    p = _patterns()
    j, end, signed = i, pieces[i].end, False
    while True:
        gap = p["gap"].match(folded, end)
        if not gap or gap.end() - end > p["max_gap"] or "\n" in text[end : gap.end()]:
            break
        sign = bool(gap.group("sign"))
        nxt = next((k for k in range(j + 1, len(pieces)) if pieces[k].start == gap.end()), None)
        if nxt is not None and (sign or gap.end() > end):
            j, end, signed = nxt, pieces[nxt].end, signed or sign
            continue
        more = _spoken_piece(text, folded, gap.end(), sign)
        if more is None or more <= end:
            break
        end, signed = more, signed or sign
    return j, end, signed


def join_handles(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with the pieces of a handle or e-mail said piece by piece joined into one."""
    p = _patterns()
    folded = fold_same_offsets(text)
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    pieces = [e for e in ordered if e.type in _PIECES]
    joined: list[Entity] = []
    i = 0
    while i < len(pieces):
        j, end, signed = _chain_end(text, folded, pieces, i)
        if not signed:
            i += 1
            continue
        start = pieces[i].start
        line_start = text.rfind("\n", 0, start) + 1
        if opener := p["opener"].search(folded, line_start, start):
            start = opener.start()
        kinds = {e.type for e in pieces[i : j + 1]}
        kind = "EMAIL_ADDRESS" if "EMAIL_ADDRESS" in kinds else "OTHER_ID"
        joined.append(Entity(kind, start, end, max(e.score for e in pieces[i : j + 1])))
        i = j + 1
    if not joined:
        return entities
    kept = [e for e in ordered if not any(n.start <= e.start and e.end <= n.end for n in joined)]
    return sorted(kept + joined, key=lambda e: (e.start, e.end))
