"""The rules backend: taxonomy cues -> field decisions -> a case note with evidence."""

from __future__ import annotations

from summarize.matching import Matcher
from summarize.model import NOTE_FIELDS, CaseNote, Evidence
from summarize.rules import Context, Decision, ordered
from summarize.summary import compose
from summarize.taxonomy import Taxonomy, load_taxonomy
from summarize.transcript import parse


class RulesBackend:
    name = "rules"

    def __init__(self, taxonomy: Taxonomy | None = None):
        self.taxonomy = taxonomy or load_taxonomy()
        self.matcher = Matcher(self.taxonomy)

    def decide(self, text: str) -> dict[str, Decision]:
        """Every field's decision (value, evidence hits, confidence) for one transcript."""
        ctx = Context(parse(text, self.taxonomy), self.taxonomy, self.matcher)
        for reg in ordered():
            ctx.decided[reg.name] = reg.func(ctx)
        return ctx.decided

    def draft(self, text: str, lang: str) -> CaseNote:
        decided = self.decide(text)
        return note_from(decided, lang, empty=not text.strip())


def note_from(decided: dict[str, Decision], lang: str, empty: bool = False) -> CaseNote:
    fields = {name: decided[name].value for name in NOTE_FIELDS if name in decided}
    note = CaseNote(**fields)
    signs = decided["_signs"].value if "_signs" in decided else []
    note.summary = compose(note, lang, empty=empty, signs=signs)
    evidence = {name: decided[name].evidence() for name in NOTE_FIELDS if name in decided}
    evidence["summary"] = Evidence(spans=[], confidence=min((e.confidence for e in evidence.values()), default=0.0))
    note.evidence = evidence
    return note
