"""Structured case-note drafter (see issue 4).

Public API::

    from summarize import Drafter, CaseNote, draft_note
    d = Drafter(backend="rules", model_path=None, lang="es")   # load once, reuse
    note = d.draft(text, language=None)                        # es|en|pt|None (auto)
    note.model_dump(mode="json")   # LABELS.md fields + "evidence" (offsets, confidence)
"""

from summarize.drafter import Drafter, draft_note
from summarize.labels import field_label, value_label
from summarize.model import CaseNote

__all__ = ["CaseNote", "Drafter", "draft_note", "field_label", "value_label"]
