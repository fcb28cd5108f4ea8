"""Quality reviews of calls, and training scenarios built from approved calls."""

from __future__ import annotations

from sqlalchemy import select

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.access import NotFound, load_call, require_raw
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.services.manual_redaction import hand_made_spans, surrogate_text
from callnotes.services.views import ReviewView, ScenarioView
from callnotes.store import CallState, Review, Scenario, Store, User

SCORE_NAMES = ("accuracy", "completeness", "anonymity")


class ReviewService:
    def __init__(self, store: Store):
        self.store = store

    def add(self, actor: Actor, call_id: int, scores: dict[str, int], comment: str = "") -> ReviewView:
        guard(self.store, actor, Permission.review, "review", call_id)
        if set(scores) != set(SCORE_NAMES) or not all(isinstance(v, int) and 1 <= v <= 5 for v in scores.values()):
            raise CallnotesError(f"scores must give each of {', '.join(SCORE_NAMES)} a whole number from 1 to 5")
        with self.store.transaction() as session:
            load_call(session, self.store, actor, call_id, "review")
            review = Review(call_id=call_id, reviewer_id=actor.id, scores=dict(scores), comment=comment)
            session.add(review)
            session.flush()
            record(session, actor, "review", call_id=call_id, review_id=review.id)
            return ReviewView.from_row(review, actor.username)

    def list(self, actor: Actor, call_id: int) -> list[ReviewView]:
        guard(self.store, actor, Permission.view_redacted, "view_reviews", call_id)
        with self.store.transaction() as session:
            load_call(session, self.store, actor, call_id, "view_reviews")
            rows = session.execute(
                select(Review, User.username)
                .join(User, Review.reviewer_id == User.id)
                .where(Review.call_id == call_id)
                .order_by(Review.id)
            )
            views = [ReviewView.from_row(review, name) for review, name in rows]
            record(session, actor, "view_reviews", call_id=call_id)
            return views


class ScenarioService:
    def __init__(self, store: Store, redactor=None):
        self.store = store
        self._redactor = redactor

    def export(self, actor: Actor, call_id: int, title: str) -> ScenarioView:
        """Rewrite an approved call with fake identities (surrogates) for training."""
        guard(self.store, actor, Permission.export_scenario, "export_scenario", call_id)
        with self.store.transaction() as session:
            call = load_call(session, self.store, actor, call_id, "export_scenario")
            if call.state != CallState.approved:
                raise CallnotesError(f"call {call_id} is {call.state}: only approved calls become scenarios")
            # Surrogates are drawn from the original text, which only exists within retention.
            require_raw(self.store, actor, call, "export_scenario")
            content = self.store.cipher.decrypt_json(call.transcript.content_enc, "transcript")
            language = call.transcript.language
            note = dict(call.notes[-1].content) if call.notes else None
            manual = hand_made_spans(self.store, call)
        surrogate = surrogate_text(self._get_redactor(), content["text"], language, manual)
        with self.store.transaction() as session:
            scenario = Scenario(
                call_id=call_id,
                title=title[:200],
                language=language,
                text=surrogate,
                note=note,
                created_by=actor.id,
            )
            session.add(scenario)
            session.flush()
            record(session, actor, "export_scenario", call_id=call_id, scenario_id=scenario.id)
            return ScenarioView.from_row(scenario)

    def list(self, actor: Actor) -> list[ScenarioView]:
        guard(self.store, actor, Permission.view_scenarios, "list_scenarios")
        with self.store.transaction() as session:
            views = [ScenarioView.from_row(s) for s in session.scalars(select(Scenario).order_by(Scenario.id))]
            record(session, actor, "list_scenarios", count=len(views))
            return views

    def get(self, actor: Actor, scenario_id: int) -> ScenarioView:
        guard(self.store, actor, Permission.view_scenarios, "view_scenario")
        with self.store.transaction() as session:
            scenario = session.get(Scenario, scenario_id)
            if scenario is None:
                raise NotFound(f"no scenario {scenario_id}")
            record(session, actor, "view_scenario", scenario_id=scenario_id)
            return ScenarioView.from_row(scenario)

    def _get_redactor(self):
        if self._redactor is None:
            from redact import default_redactor

            self._redactor = default_redactor()
        return self._redactor
