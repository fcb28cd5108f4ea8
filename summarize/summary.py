"""The note's summary: composed from the extracted facts, then passed through the redactor.

Composing from facts (never copying transcript words) keeps names, numbers and places
out by construction; the redactor is the second lock, and the only one for summaries a
model generates. The summary is written in the operator's language whatever the call's.
"""

from __future__ import annotations

from callnotes.errors import CallnotesError
from summarize.labels import labels
from summarize.model import CallType, CaseNote


def compose(note: CaseNote, lang: str, empty: bool = False, signs: list[str] | None = None) -> str:
    """Two or three sentences in ``lang`` (es|en) built only from the note's codes and the
    indicator codes the rules found (``signs``)."""
    phr = labels(lang)["summary"]
    if empty:
        return phr["empty"]
    if note.call_type == CallType.not_relevant:
        return phr["not_relevant"]
    kinds = [phr["kind"][e.value] for e in note.exploitation_types] or [phr["kind"]["unknown"]]
    kind = phr["and"].join(kinds)
    case = phr["case"][note.situation.value if note.situation else "none"].format(kind=kind)
    v = note.victims
    if v.count == 1:
        who = phr["victims_one"] + (phr["minor_one"] if v.minors_involved else "")
        who += phr["sexes_one"].get(v.sexes[0].value, "") if len(v.sexes) == 1 else ""
    elif v.count > 1:
        words = phr["numbers"]
        n = words[v.count] if v.count < len(words) else v.count
        who = phr["victims_many"].format(n=n) + (phr["minors"] if v.minors_involved else "")
        key = "both" if len(v.sexes) == 2 else (v.sexes[0].value if v.sexes else None)
        who += phr["sexes"].get(key, "") if key else ""
    else:
        who = ""
    first = f"{phr['caller'][note.caller_role.value]} {phr['verb'][note.call_type.value]} {case}"
    first = f"{first} {who}".rstrip() + "."
    second = phr["urgency"].format(level=phr["urgency_level"][note.urgency.value])
    if signs:
        named = [phr["sign"][s] for s in signs if s in phr["sign"]]
        listed = ", ".join(named[:-1]) + phr["and"] + named[-1] if len(named) > 1 else named[0]
        second = phr["signs"].format(list=listed, level=phr["urgency_level"][note.urgency.value])
    acts = [phr["action"][a.value] for a in note.actions if a.value != "none"]
    third = phr["actions"].format(list=", ".join(acts)) if acts else phr["no_actions"]
    return " ".join((first, second, third))


class SummaryRedactor:
    """Loads the project's redactor once (it is heavy) and runs summaries through it.

    No summary leaves without passing the redactor: one that cannot be loaded is a hard
    error, never a silent fallback to unchecked text (a templated summary holds only fixed
    phrases, but a bug in a template must not become a leak).
    """

    def __init__(self, redactor=None):
        self._redactor = redactor

    def _get(self):
        if self._redactor is None:
            try:
                from redact import default_redactor  # heavy import, only when a summary is drafted
            except ImportError:
                raise CallnotesError(
                    "the redactor is not installed (pip install 'callnotes[redact]'); no summary is written without it"
                ) from None
            self._redactor = default_redactor()
        return self._redactor

    def clean(self, summary: str, lang: str) -> str:
        if not summary.strip():
            return summary
        return self._get().redact(summary, lang).redacted
