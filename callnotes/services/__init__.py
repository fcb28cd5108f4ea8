"""The service layer the app and the CLI call.

Every method takes the acting user (:class:`Actor`) first and enforces permissions
here, not in the pages: a reviewer asking for an unredacted transcript gets
:class:`~callnotes.security.roles.PermissionDenied`, and the denial is audited.
Every view, edit, approval, export and purge writes an audit event.

Typical use from the app (open once per process, e.g. under ``st.cache_resource``)::

    svc = Services.open()                              # settings, key check, migrations
    me = svc.users.authenticate(username, password)    # -> Actor, or AuthError
    calls = svc.calls.list(me, state="ready_for_review")
    text = svc.calls.redacted_transcript(me, call_id).text
    raw = svc.calls.unredacted_transcript(me, call_id)  # operators, own calls, within retention
    note = svc.notes.current(me, call_id)               # NoteVersion; .content is CaseNote JSON
    svc.notes.edit(me, call_id, new_content, based_on_version=note.version)
    svc.notes.approve(me, call_id, version=...)         # or .reject(me, call_id)
    svc.redaction.redact_text(me, call_id, "Rosa", "PERSON")  # hide what the redactor missed, everywhere
    svc.second_look.hints(me, call_id)                 # where it may still identify someone (own calls)
    svc.reviews.add(me, call_id, {"accuracy": 4, "completeness": 5, "anonymity": 5}, "comment")
    svc.scenarios.export(me, call_id, "title"); svc.scenarios.list(me)
    svc.audit.events(me, action="view_unredacted"); svc.retention.purge(me, dry_run=True)
    svc.users.create(me, "name", Role.operator, password); svc.admin.overview(me)

The app's own services (intake and review work, QA samples and dashboards, training
scenarios, health, settings) are bundled with these by ``callnotes.services.workspace.Workspace``.
"""

from __future__ import annotations

from dataclasses import dataclass

from callnotes.security.roles import PermissionDenied, Role
from callnotes.services.access import NotFound
from callnotes.services.actor import Actor
from callnotes.services.admin import AdminService, Overview
from callnotes.services.audit import AuditService
from callnotes.services.calls import AudioClip, CallService
from callnotes.services.casework import CaseworkService
from callnotes.services.configuration import ConfigurationService
from callnotes.services.health import HealthService
from callnotes.services.manual_redaction import ManualRedaction, ManualRedactionError, ManualRedactionService
from callnotes.services.notes import NoteService, StaleEdit
from callnotes.services.quality import QualityService
from callnotes.services.retention import RetentionService
from callnotes.services.reviews import SCORE_NAMES, ReviewService, ScenarioService
from callnotes.services.second_look import SecondLookHint, SecondLookService
from callnotes.services.training import TrainingService
from callnotes.services.users import AuthError, UnknownUser, UserService, bootstrap_admin
from callnotes.services.views import (
    AuditEntry,
    CallSummary,
    NoteVersion,
    PurgeReport,
    RedactedTranscript,
    ReviewView,
    ScenarioView,
    UnredactedTranscript,
    UserView,
)
from callnotes.store import Store, open_store

__all__ = [
    "SCORE_NAMES",
    "Actor",
    "AudioClip",
    "AdminService",
    "AuditEntry",
    "AuditService",
    "CallService",
    "CaseworkService",
    "ConfigurationService",
    "HealthService",
    "ManualRedaction",
    "ManualRedactionError",
    "ManualRedactionService",
    "QualityService",
    "TrainingService",
    "NoteService",
    "RetentionService",
    "ReviewService",
    "ScenarioService",
    "SecondLookHint",
    "SecondLookService",
    "UserService",
    "AuthError",
    "CallSummary",
    "NotFound",
    "NoteVersion",
    "Overview",
    "PermissionDenied",
    "PurgeReport",
    "RedactedTranscript",
    "ReviewView",
    "Role",
    "ScenarioView",
    "Services",
    "StaleEdit",
    "UnknownUser",
    "UnredactedTranscript",
    "UserView",
    "bootstrap_admin",
]


@dataclass
class Services:
    """All services over one store: ``Services.open()`` in the app, ``Services(store)`` in tests."""

    store: Store

    def __post_init__(self) -> None:
        self.users = UserService(self.store)
        self.calls = CallService(self.store)
        self.notes = NoteService(self.store)
        self.reviews = ReviewService(self.store)
        self.scenarios = ScenarioService(self.store)
        self.audit = AuditService(self.store)
        self.retention = RetentionService(self.store)
        self.admin = AdminService(self.store)
        self.redaction = ManualRedactionService(self.store)
        self.second_look = SecondLookService(self.store)

    @classmethod
    def open(cls) -> Services:
        return cls(open_store())
