"""Round 26: a number repaired while it is dictated stays one identifier (data in ``data/spoken_repairs.yaml``).

People do not dictate a phone, an ID or a plate in one breath. heldout36-37 left readable the hesitation inside one
("nueve nueve siete [eh] cero cero dos ocho cuatro uno", "cuatro uno cero ocho [eh] siete cinco dos tres": both halves
were found, the sound between them was not) and the correction after one ("te cinco ge ochocientos cuarenta y uno
este no perdón [ochocientos catorce]": the corrected digits are the plate's). Two moves, over the phones, IDs and
codes already found (never a number found here alone):

* two pieces of the same kind with only hesitation sounds (and commas, dots) between them on one line become one;
* after a correction cue right after one, the number words said again are the same kind of identifier, unless a
  quantity noun follows ("… no perdón, ochocientos soles" is money). The cue itself stays readable, as writers leave
  it (heldout8's did; hiding it cost heldout8 0.004 of precision for no letter of an identifier).
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import alternation, fold_same_offsets
from redact.types import Entity

_NUMBERS = ("PHONE_NUMBER", "ID_NUMBER", "OTHER_ID")


@cache
def _patterns() -> dict:
    data = data_yaml("spoken_repairs.yaml")
    sep = r"[ \t,.…;:-]*"
    quantities = data_yaml("redact.yaml")["split_number_not_followed_by"]
    return {
        "hesitation": re.compile(rf"{sep}(?:(?:{alternation(data['hesitations'])}){sep})+"),
        "correction": re.compile(
            rf"{sep}(?:(?:{alternation(data['hesitations'])}){sep})*(?:{alternation(data['corrections'])})(?!\w){sep}"
            rf"(?:(?:{alternation(data['hesitations'])}){sep})*"
        ),
        "quantity": re.compile(rf"[ \t,]*(?:{alternation(quantities)})(?!\w)"),
        "max_gap": data["max_gap"],
        "min_digits": data["min_corrected_digits"],
    }


def repair_numbers(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with the number pieces a hesitation splits joined, and a corrected number taken in."""
    from redact.numbers import spoken_number_runs

    p = _patterns()
    folded = fold_same_offsets(text)
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        last = out[-1] if out else None
        if last and last.type in _NUMBERS and e.type in _NUMBERS and last.end <= e.start:
            gap = p["hesitation"].fullmatch(folded, last.end, e.start)
            if gap and e.start - last.end <= p["max_gap"]:
                # round 34: the pieces' kinds may differ, each read alone ("nueve ocho cuatro" a phone's start, "siete
                # siete cero uno cuatro dos" six digits, an ID's length): one number, the kind its first piece was
                # given after the cue
                out[-1] = Entity(last.type, last.start, max(last.end, e.end), max(last.score, e.score))
                continue
        out.append(e)
    corrected = []
    for e in out:
        if e.type in _NUMBERS:
            cue = p["correction"].match(folded, e.end)
            if cue and 0 < cue.end() - e.end <= p["max_gap"]:
                line_end = text.find("\n", cue.end())
                line_end = len(text) if line_end < 0 else line_end
                runs = spoken_number_runs(text[cue.end() : line_end], min_digits=p["min_digits"], min_words=1)
                if runs and runs[0].start == 0:
                    start, end = cue.end(), cue.end() + runs[0].end
                    # the corrected number is its own span of the same kind; the cue stays readable, as writers
                    # leave it ("… cuarenta y uno [este no perdón] ochocientos catorce")
                    if not p["quantity"].match(folded, end) and not any(o.start <= start and end <= o.end for o in out):
                        corrected.append(Entity(e.type, start, end, e.score))
    if not corrected:
        return out
    kept = [o for o in out if not any(c.start <= o.start and o.end <= c.end for c in corrected)]
    return sorted(kept + corrected, key=lambda e: (e.start, e.end))
