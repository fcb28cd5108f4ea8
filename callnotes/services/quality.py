"""Quality review: reproducible samples of approved calls, a configurable scorecard, dashboard aggregates.

A sample is recorded (as an audit event with its seed, stratification, size, cut-off time
and the ids drawn), so anyone can re-draw it later and get the same calls. Aggregates are
computed from notes, reviews and call metadata only: never from transcript text.
"""

from __future__ import annotations

import csv
import io
import os
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml
from sqlalchemy import select

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.access import NotFound, as_utc, load_call
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.services.casework import NOTE_FIELDS, approved_note_rows
from callnotes.services.views import ReviewView
from callnotes.store import AuditEvent, Call, CallState, Note, NoteKind, Review, Store, User

SCORECARD_ENV = "CALLNOTES_SCORECARD"
DEFAULT_SCORECARD = Path(__file__).with_name("scorecard.yaml")
SAMPLE_ACTION = "qa_sample"


class Stratum(StrEnum):
    operator = "operator"
    week = "week"
    call_type = "call_type"
    urgency = "urgency"


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.id


@dataclass(frozen=True, slots=True)
class QASample:
    id: int  # the audit event that records it
    drawn_by: str
    drawn_at: datetime
    seed: int
    stratify_by: Stratum | None
    size: int  # per stratum when stratified
    as_of: datetime  # only calls approved before this moment were in the population
    population: int
    call_ids: list[int]


@dataclass(frozen=True, slots=True)
class SampledCall:
    """What a reviewer sees of a call in the sample list: metadata and the approved note's codes."""

    call_id: int
    operator: str
    week: str
    call_type: str
    urgency: str
    language: str | None
    reviewed: bool


@dataclass(frozen=True, slots=True)
class WeeklyCount:
    week: str
    call_type: str
    urgency: str
    calls: int


@dataclass(frozen=True, slots=True)
class CriterionScore:
    week: str
    criterion: str
    mean: float
    reviews: int


@dataclass(frozen=True, slots=True)
class FieldAgreement:
    field: str
    agreed: int
    total: int

    @property
    def rate(self) -> float:
        return self.agreed / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Dashboard:
    calls_per_week: list[WeeklyCount]
    scores: list[CriterionScore]
    agreement: list[FieldAgreement]


def week_of(moment: datetime) -> str:
    year, week, _ = as_utc(moment).isocalendar()
    return f"{year}-W{week:02d}"


@cache
def _load_scorecard(path: str) -> tuple[Criterion, ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        criteria = tuple(Criterion(str(c["id"]), dict(c.get("label") or {})) for c in data["criteria"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise CallnotesError(f"{path}: not a valid scorecard ({type(exc).__name__})") from None
    if not criteria or len({c.id for c in criteria}) != len(criteria):
        raise CallnotesError(f"{path}: a scorecard needs criteria with distinct ids")
    return criteria


def scorecard() -> tuple[Criterion, ...]:
    return _load_scorecard(os.environ.get(SCORECARD_ENV) or str(DEFAULT_SCORECARD))


class QualityService:
    def __init__(self, store: Store):
        self.store = store

    def scorecard(self, actor: Actor) -> tuple[Criterion, ...]:
        guard(self.store, actor, Permission.review, "view_scorecard")
        return scorecard()

    # -- sampling -------------------------------------------------------------------
    def draw_sample(
        self,
        actor: Actor,
        size: int,
        stratify_by: Stratum | str | None = None,
        seed: int | None = None,
        as_of: datetime | None = None,
    ) -> QASample:
        """Draw ``size`` approved calls (``size`` per stratum when stratified) and record how."""
        guard(self.store, actor, Permission.review, SAMPLE_ACTION)
        if size < 1:
            raise CallnotesError("a sample needs at least one call")
        stratum = Stratum(stratify_by) if stratify_by else None
        seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
        as_of = as_utc(as_of) if as_of else datetime.now(UTC)
        with self.store.transaction() as session:
            population = self._population(session, as_of)
            ids = _draw(population, size, stratum, seed)
            event = AuditEvent(
                actor_id=actor.id,
                actor=actor.username,
                action=SAMPLE_ACTION,
                outcome="ok",
                detail={
                    "seed": seed,
                    "stratify_by": stratum.value if stratum else None,
                    "size": size,
                    "as_of": as_of.isoformat(),
                    "population": len(population),
                    "call_ids": ",".join(map(str, ids)),
                },
            )
            session.add(event)
            session.flush()
            return _sample_view(event)

    def samples(self, actor: Actor, limit: int = 50) -> list[QASample]:
        guard(self.store, actor, Permission.review, "list_samples")
        with self.store.transaction() as session:
            rows = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == SAMPLE_ACTION, AuditEvent.outcome == "ok")
                .order_by(AuditEvent.id.desc())
                .limit(limit)
            ).all()
            return [_sample_view(r) for r in rows]

    def reproduce(self, actor: Actor, sample_id: int) -> list[int]:
        """Draw a recorded sample again from its parameters: the same calls, as long as they are still approved."""
        guard(self.store, actor, Permission.review, "reproduce_sample")
        with self.store.transaction() as session:
            row = session.get(AuditEvent, sample_id)
            if row is None or row.action != SAMPLE_ACTION:
                raise NotFound(f"no sample {sample_id}")
            sample = _sample_view(row)
            ids = _draw(self._population(session, sample.as_of), sample.size, sample.stratify_by, sample.seed)
            record(session, actor, "reproduce_sample", sample_id=sample_id, same=ids == sample.call_ids)
            return ids

    def sampled_calls(self, actor: Actor, call_ids: list[int]) -> list[SampledCall]:
        guard(self.store, actor, Permission.review, "view_sample")
        with self.store.transaction() as session:
            rows = {c.id: c for c in self._population(session, datetime.now(UTC)) if c.id in set(call_ids)}
            reviewed_scored = {
                r.call_id
                for r in session.scalars(
                    select(Review).where(Review.call_id.in_(call_ids), Review.reviewer_id == actor.id)
                )
                if r.scores
            }
            record(session, actor, "view_sample", count=len(rows))
            return [
                SampledCall(c.id, c.operator, c.week, c.call_type, c.urgency, c.language, c.id in reviewed_scored)
                for i in call_ids
                if (c := rows.get(i)) is not None
            ]

    def _population(self, session, as_of: datetime) -> list[_Member]:
        rows = session.execute(
            select(Call, Note, User.username)
            .join(Note, Note.call_id == Call.id)
            .join(User, User.id == Call.operator_id)
            .where(Call.state == CallState.approved.value, Note.kind == NoteKind.approved.value)
            .order_by(Call.id, Note.version)
        )
        members: dict[int, _Member] = {}
        for call, note, operator in rows:
            if as_utc(note.created_at) > as_of:
                continue
            content = note.content or {}
            members[call.id] = _Member(
                id=call.id,
                operator=operator,
                week=week_of(call.started_at or call.received_at),
                call_type=str(content.get("call_type", "")),
                urgency=str(content.get("urgency", "")),
                language=call.language,
            )
        return [members[k] for k in sorted(members)]

    # -- scoring --------------------------------------------------------------------
    def score(self, actor: Actor, call_id: int, scores: dict[str, int], comment: str = "") -> ReviewView:
        """Store a filled scorecard (every criterion, 1–5) with the reviewer's comments."""
        guard(self.store, actor, Permission.review, "review", call_id)
        criteria = {c.id for c in scorecard()}
        if set(scores) != criteria or not all(isinstance(v, int) and 1 <= v <= 5 for v in scores.values()):
            raise CallnotesError(f"the scorecard needs a whole number from 1 to 5 for each of: {', '.join(criteria)}")
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "review")
            if call.state != CallState.approved:
                raise CallnotesError(f"call {call_id} is {call.state}: only approved calls are scored")
            review = Review(call_id=call_id, reviewer_id=actor.id, scores=dict(scores), comment=comment.strip())
            session.add(review)
            session.flush()
            record(session, actor, "review", call_id=call_id, review_id=review.id)
            return ReviewView.from_row(review, actor.username)

    # -- dashboard ------------------------------------------------------------------
    def dashboard(self, actor: Actor) -> Dashboard:
        guard(self.store, actor, Permission.review, "view_dashboard")
        with self.store.transaction() as session:
            weekly: dict[tuple[str, str, str], int] = defaultdict(int)
            latest: dict[int, Note] = {}
            for note in session.scalars(select(Note).order_by(Note.call_id, Note.version)):
                latest[note.call_id] = note
            calls = {c.id: c for c in session.scalars(select(Call).where(Call.id.in_(list(latest))))}
            for call_id, note in latest.items():
                call = calls[call_id]
                key = (
                    week_of(call.started_at or call.received_at),
                    str(note.content.get("call_type", "")),
                    str(note.content.get("urgency", "")),
                )
                weekly[key] += 1

            sums: dict[tuple[str, str], list[int]] = defaultdict(list)
            for review in session.scalars(select(Review).order_by(Review.id)):
                for criterion, value in (review.scores or {}).items():
                    sums[(week_of(review.created_at), criterion)].append(int(value))

            agreed: dict[str, int] = defaultdict(int)
            total: dict[str, int] = defaultdict(int)
            for approved, draft in approved_note_rows(session).values():
                if draft is None:
                    continue
                for field in NOTE_FIELDS:
                    total[field] += 1
                    agreed[field] += int(draft.content.get(field) == approved.content.get(field))
            record(session, actor, "view_dashboard", calls=len(latest))
        return Dashboard(
            calls_per_week=[WeeklyCount(w, t, u, n) for (w, t, u), n in sorted(weekly.items())],
            scores=[CriterionScore(w, c, sum(v) / len(v), len(v)) for (w, c), v in sorted(sums.items())],
            agreement=[FieldAgreement(f, agreed[f], total[f]) for f in NOTE_FIELDS if total[f]],
        )

    def export_csv(self, actor: Actor, table: str) -> str:
        """One dashboard table as CSV (no transcript text in any of them)."""
        data = self.dashboard(actor)
        rows: list[list[object]]
        if table == "calls_per_week":
            header = ["week", "call_type", "urgency", "calls"]
            rows = [[r.week, r.call_type, r.urgency, r.calls] for r in data.calls_per_week]
        elif table == "scores":
            header = ["week", "criterion", "mean", "reviews"]
            rows = [[r.week, r.criterion, f"{r.mean:.2f}", r.reviews] for r in data.scores]
        elif table == "agreement":
            header = ["field", "agreed", "total", "rate"]
            rows = [[r.field, r.agreed, r.total, f"{r.rate:.3f}"] for r in data.agreement]
        else:
            raise CallnotesError(f"unknown table {table!r} (calls_per_week, scores, agreement)")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        with self.store.transaction() as session:
            record(session, actor, "export_dashboard", table=table, rows=len(rows))
        return out.getvalue()


@dataclass(frozen=True, slots=True)
class _Member:
    id: int
    operator: str
    week: str
    call_type: str
    urgency: str
    language: str | None

    def key(self, stratum: Stratum) -> str:
        return str(getattr(self, stratum.value))


def _draw(population: list[_Member], size: int, stratum: Stratum | None, seed: int) -> list[int]:
    """Deterministic for a given population, size, stratification and seed."""
    rng = random.Random(seed)
    if stratum is None:
        chosen = rng.sample(population, min(size, len(population)))
    else:
        groups: dict[str, list[_Member]] = defaultdict(list)
        for member in population:
            groups[member.key(stratum)].append(member)
        chosen = []
        for key in sorted(groups):
            chosen.extend(rng.sample(groups[key], min(size, len(groups[key]))))
    return sorted(m.id for m in chosen)


def _sample_view(row: AuditEvent) -> QASample:
    detail = row.detail or {}
    ids = [int(i) for i in str(detail.get("call_ids") or "").split(",") if i]
    return QASample(
        id=row.id,
        drawn_by=row.actor,
        drawn_at=row.at,
        seed=int(detail["seed"]),
        stratify_by=Stratum(detail["stratify_by"]) if detail.get("stratify_by") else None,
        size=int(detail["size"]),
        as_of=as_utc(datetime.fromisoformat(detail["as_of"])),
        population=int(detail.get("population", 0)),
        call_ids=ids,
    )
