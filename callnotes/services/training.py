"""Training scenarios built by trainers from approved calls, and their exports (Markdown, JSON, PDF).

A trainer never receives unredacted material: the surrogate transcript (fake names, numbers
and places, consistent within the call) is written here, in the service, from the stored
transcript, and only the result leaves it. Candidates are listed by metadata and the
approved note's codes only. The learning objectives, discussion questions and tags the
trainer writes are kept with the scenario.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from callnotes.errors import CallnotesError
from callnotes.security.roles import Role
from callnotes.services.access import NotFound, require_raw
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, record
from callnotes.services.casework import approved_note_rows
from callnotes.services.manual_redaction import hand_made_spans, surrogate_text
from callnotes.services.quality import week_of
from callnotes.store import Call, CallState, Scenario, Store, User

# Roles that build and export training material (see the report: ROLE_PERMISSIONS has no such grant yet).
TRAINING_ROLES = (Role.trainer,)
_SPEAKERS = ("operator", "caller")
_PDF_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An approved call as a trainer sees it before building: no text, only codes and metadata."""

    call_id: int
    week: str
    language: str | None
    duration_s: float | None
    call_type: str
    urgency: str
    exploitation_types: list[str]
    raw_available: bool  # surrogates are drawn from the original text, which exists only within retention


@dataclass(frozen=True, slots=True)
class Line:
    speaker: str  # operator, caller, or "" when unknown
    text: str


@dataclass(frozen=True, slots=True)
class TrainingScenario:
    id: int
    call_id: int | None
    title: str
    language: str
    lines: list[Line]
    note: dict[str, Any] | None  # the approved case note's fields (evidence offsets dropped)
    objectives: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str = ""
    created_at: datetime | None = None

    @property
    def text(self) -> str:
        return "\n".join(f"{line.speaker}: {line.text}" if line.speaker else line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class ExportFile:
    name: str
    mime: str
    data: bytes


def _clean_list(values: list[str] | str) -> list[str]:
    items = values.splitlines() if isinstance(values, str) else values
    return [v.strip() for v in items if v and v.strip()]


def _split_lines(text: str) -> list[Line]:
    lines = []
    for raw in text.splitlines():
        speaker, sep, rest = raw.partition(": ")
        lines.append(Line(speaker, rest) if sep and speaker in _SPEAKERS else Line("", raw))
    return lines


def _view(row: Scenario, author: str) -> TrainingScenario:
    stored = dict(row.note or {})
    meta = stored.pop("training", None) or {}
    note = stored.get("case_note", stored) if stored else None
    return TrainingScenario(
        id=row.id,
        call_id=row.call_id,
        title=row.title,
        language=row.language,
        lines=_split_lines(row.text),
        note=note,
        objectives=list(meta.get("objectives", [])),
        questions=list(meta.get("questions", [])),
        tags=list(meta.get("tags", [])),
        author=author,
        created_at=row.created_at,
    )


class TrainingService:
    def __init__(self, store: Store, redactor: Any = None):
        self.store = store
        self._redactor = redactor

    def _require_trainer(self, actor: Actor, action: str, call_id: int | None = None) -> None:
        if actor.role not in TRAINING_ROLES:
            raise deny(self.store, actor, action, f"role {actor.role.value}", call_id)

    def candidates(self, actor: Actor) -> list[Candidate]:
        self._require_trainer(actor, "list_training_candidates")
        with self.store.transaction() as session:
            notes = approved_note_rows(session)
            calls = {c.id: c for c in session.scalars(select(Call).where(Call.id.in_(list(notes))))}
            out = []
            for call_id in sorted(notes, reverse=True):
                call, content = calls[call_id], notes[call_id][0].content
                out.append(
                    Candidate(
                        call_id=call_id,
                        week=week_of(call.started_at or call.received_at),
                        language=call.language,
                        duration_s=call.duration_s,
                        call_type=str(content.get("call_type", "")),
                        urgency=str(content.get("urgency", "")),
                        exploitation_types=[str(x) for x in content.get("exploitation_types", [])],
                        raw_available=call.raw_purged_at is None,
                    )
                )
            record(session, actor, "list_training_candidates", count=len(out))
            return out

    def build(
        self,
        actor: Actor,
        call_id: int,
        title: str,
        objectives: list[str] | str = (),
        questions: list[str] | str = (),
        tags: list[str] | str = (),
    ) -> TrainingScenario:
        """Write the scenario for an approved call: surrogate transcript, approved note, the trainer's material."""
        self._require_trainer(actor, "build_scenario", call_id)
        if not title.strip():
            raise CallnotesError("a scenario needs a title")
        with self.store.transaction() as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFound(f"no call {call_id}")
            if call.state != CallState.approved:
                raise CallnotesError(f"call {call_id} is {call.state}: only approved calls become scenarios")
            require_raw(self.store, actor, call, "build_scenario")
            content = self.store.cipher.decrypt_json(call.transcript.content_enc, "transcript")
            language = call.transcript.language
            approved = approved_note_rows(session, [call_id])[call_id][0].content
            manual = hand_made_spans(self.store, call)
        # Surrogates over the whole call at once, so the same person keeps the same fake name throughout.
        surrogate = self._surrogate(content["text"], language, manual)
        del content
        case_note = {k: v for k, v in approved.items() if k != "evidence"}
        meta = {"objectives": _clean_list(objectives), "questions": _clean_list(questions), "tags": _clean_list(tags)}
        with self.store.transaction() as session:
            row = Scenario(
                call_id=call_id,
                title=title.strip()[:200],
                language=language,
                text=surrogate,
                note={"case_note": case_note, "training": meta},
                created_by=actor.id,
            )
            session.add(row)
            session.flush()
            record(session, actor, "build_scenario", call_id=call_id, scenario_id=row.id)
            return _view(row, actor.username)

    def update(
        self,
        actor: Actor,
        scenario_id: int,
        title: str,
        objectives: list[str] | str,
        questions: list[str] | str,
        tags: list[str] | str,
    ) -> TrainingScenario:
        """Change the trainer's own material (never the surrogate transcript)."""
        self._require_trainer(actor, "edit_scenario")
        with self.store.transaction() as session:
            row = session.get(Scenario, scenario_id)
            if row is None:
                raise NotFound(f"no scenario {scenario_id}")
            stored = dict(row.note or {})
            case_note = stored.get("case_note", {k: v for k, v in stored.items() if k != "training"})
            row.title = title.strip()[:200] or row.title
            row.note = {
                "case_note": case_note,
                "training": {
                    "objectives": _clean_list(objectives),
                    "questions": _clean_list(questions),
                    "tags": _clean_list(tags),
                },
            }
            record(session, actor, "edit_scenario", scenario_id=scenario_id)
            session.flush()
            return _view(row, _author(session, row))

    def library(self, actor: Actor, tag: str | None = None) -> list[TrainingScenario]:
        self._require_trainer(actor, "list_scenarios")
        with self.store.transaction() as session:
            rows = session.scalars(select(Scenario).order_by(Scenario.id.desc())).all()
            views = [_view(r, _author(session, r)) for r in rows]
            record(session, actor, "list_scenarios", count=len(views))
        if tag:
            views = [v for v in views if tag in v.tags]
        return views

    def get(self, actor: Actor, scenario_id: int) -> TrainingScenario:
        self._require_trainer(actor, "view_scenario")
        with self.store.transaction() as session:
            row = session.get(Scenario, scenario_id)
            if row is None:
                raise NotFound(f"no scenario {scenario_id}")
            record(session, actor, "view_scenario", scenario_id=scenario_id)
            return _view(row, _author(session, row))

    def export(self, actor: Actor, scenario_id: int, fmt: str, lang: str = "es") -> ExportFile:
        """The scenario as Markdown, JSON or PDF (audited as an export)."""
        if fmt not in ("md", "json", "pdf"):
            raise CallnotesError(f"unknown export format {fmt!r} (md, json, pdf)")
        scenario = self.get(actor, scenario_id)
        base = f"scenario-{scenario.id}"
        if fmt == "md":
            out = ExportFile(f"{base}.md", "text/markdown", to_markdown(scenario, lang).encode("utf-8"))
        elif fmt == "json":
            out = ExportFile(f"{base}.json", "application/json", to_json(scenario).encode("utf-8"))
        else:
            out = ExportFile(f"{base}.pdf", "application/pdf", to_pdf(scenario, lang))
        with self.store.transaction() as session:
            record(session, actor, "export_scenario_file", scenario_id=scenario_id, format=fmt)
        return out

    def _surrogate(self, text: str, language: str, manual: list[dict]) -> str:
        return surrogate_text(self._get_redactor(), text, language, manual)

    def _get_redactor(self):
        if self._redactor is None:
            from redact import default_redactor

            self._redactor = default_redactor()
        return self._redactor


def _author(session, row: Scenario) -> str:
    user = session.get(User, row.created_by)
    return user.username if user else "?"


# -- export formats -------------------------------------------------------------------
_HEADINGS = {
    "es": {
        "objectives": "Objetivos de aprendizaje",
        "questions": "Preguntas para la discusión",
        "transcript": "Transcripción (identidades ficticias)",
        "note": "Nota del caso",
        "tags": "Etiquetas",
        "operator": "Operador/a",
        "caller": "Llamante",
        "warning": "Material de capacitación: todos los nombres, números y lugares son ficticios.",
    },
    "en": {
        "objectives": "Learning objectives",
        "questions": "Discussion questions",
        "transcript": "Transcript (fictitious identities)",
        "note": "Case note",
        "tags": "Tags",
        "operator": "Operator",
        "caller": "Caller",
        "warning": "Training material: every name, number and place is fictitious.",
    },
}


def _note_lines(note: dict[str, Any] | None, lang: str) -> list[str]:
    if not note:
        return []
    from summarize import field_label, value_label

    lines = []
    for key, value in note.items():
        if key == "victims" and isinstance(value, dict):
            for sub, subvalue in value.items():
                label = field_label(f"victims.{sub}", lang)
                if isinstance(subvalue, list):
                    shown = ", ".join(value_label(sub, v, lang) for v in subvalue) or "—"
                else:
                    shown = value_label(sub, subvalue, lang) if isinstance(subvalue, bool) else str(subvalue)
                lines.append(f"{label}: {shown}")
            continue
        if isinstance(value, list):
            shown = ", ".join(value_label(key, v, lang) for v in value) or "—"
        elif value is None:
            shown = "—"
        elif key in ("summary", "region"):
            shown = str(value)
        else:
            shown = value_label(key, value, lang)
        lines.append(f"{field_label(key, lang)}: {shown}")
    return lines


def to_markdown(s: TrainingScenario, lang: str = "es") -> str:
    h = _HEADINGS.get(lang, _HEADINGS["es"])
    parts = [f"# {s.title}", "", f"> {h['warning']}", ""]
    if s.tags:
        parts += [f"**{h['tags']}:** " + ", ".join(s.tags), ""]
    if s.objectives:
        parts += [f"## {h['objectives']}", "", *[f"- {o}" for o in s.objectives], ""]
    parts += [f"## {h['transcript']}", ""]
    for line in s.lines:
        who = h.get(line.speaker, "")
        parts.append(f"**{who}:** {line.text}  " if who else f"{line.text}  ")
    parts.append("")
    if s.note:
        parts += [f"## {h['note']}", "", *[f"- {line}" for line in _note_lines(s.note, lang)], ""]
    if s.questions:
        parts += [f"## {h['questions']}", "", *[f"{i}. {q}" for i, q in enumerate(s.questions, 1)], ""]
    return "\n".join(parts)


def to_json(s: TrainingScenario) -> str:
    return json.dumps(
        {
            "id": s.id,
            "title": s.title,
            "language": s.language,
            "tags": s.tags,
            "objectives": s.objectives,
            "questions": s.questions,
            "transcript": [{"speaker": line.speaker or None, "text": line.text} for line in s.lines],
            "case_note": s.note,
        },
        ensure_ascii=False,
        indent=2,
    )


def to_pdf(s: TrainingScenario, lang: str = "es") -> bytes:
    from fpdf import FPDF

    h = _HEADINGS.get(lang, _HEADINGS["es"])
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    font = next((p for p in _PDF_FONTS if p.is_file()), None)
    if font is not None:
        pdf.add_font("body", "", str(font))
        family, clean = "body", str
    else:  # core fonts are Latin-1 only: Spanish accents fit, typographic quotes are replaced
        family = "helvetica"

        def clean(text: str) -> str:
            return text.encode("latin-1", "replace").decode("latin-1")

    def para(text: str, size: int = 10, gap: float = 1.5) -> None:
        pdf.set_font(family, size=size)
        pdf.multi_cell(0, size * 0.5, clean(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(s.title, 16, 3)
    para(h["warning"], 9, 3)
    if s.tags:
        para(f"{h['tags']}: " + ", ".join(s.tags), 9)
    if s.objectives:
        para(h["objectives"], 13)
        for o in s.objectives:
            para(f"- {o}")
    para(h["transcript"], 13)
    for line in s.lines:
        who = h.get(line.speaker, "")
        para(f"{who}: {line.text}" if who else line.text)
    if s.note:
        para(h["note"], 13)
        for line in _note_lines(s.note, lang):
            para(f"- {line}")
    if s.questions:
        para(h["questions"], 13)
        for i, q in enumerate(s.questions, 1):
            para(f"{i}. {q}")
    return bytes(pdf.output())
