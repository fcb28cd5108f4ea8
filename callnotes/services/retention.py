"""Retention: raw audio and unredacted text are purged after N days.

Kept: redacted text, entity counts, bleeped audio, notes, reviews, scenarios, audit.
Also removed: recordings left in the inbox's ``processed/`` and ``rejected/`` folders past the
same cut-off (by file time), since they are plaintext raw audio.
The database is updated first (one transaction), then the files are deleted; a crash
in between leaves only encrypted files nothing points to, which the next purge sweeps.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from callnotes.security.roles import Permission
from callnotes.services.access import retention_cutoff
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record
from callnotes.services.views import PurgeReport
from callnotes.store import ACTIVE_STATES, Call, CallState, Store


class RetentionService:
    def __init__(self, store: Store):
        self.store = store

    def purge(self, actor: Actor, dry_run: bool = False, now: datetime | None = None) -> PurgeReport:
        guard(self.store, actor, Permission.purge, "purge")
        now = now or datetime.now(UTC)
        cutoff = retention_cutoff(self.store, now)
        files_to_delete: list[str] = []
        with self.store.transaction() as session:
            calls = session.scalars(
                select(Call).where(Call.raw_purged_at.is_(None), Call.received_at < cutoff).order_by(Call.id)
            ).all()
            report = PurgeReport(
                dry_run=dry_run,
                cutoff=cutoff,
                call_ids=[c.id for c in calls],
                audio_files=sum(1 for c in calls if c.raw_audio_path),
                transcripts=sum(1 for c in calls if c.transcript and c.transcript.content_enc),
                mappings=sum(1 for c in calls if c.redaction and c.redaction.mapping_enc),
            )
            stale_inbox = self._stale_inbox_files(cutoff)
            report = replace(report, inbox_files=len(stale_inbox))
            if dry_run:
                record(session, actor, "purge", dry_run=True, calls=len(calls), inbox_files=len(stale_inbox))
                return report
            for call in calls:
                if call.raw_audio_path:
                    files_to_delete.append(call.raw_audio_path)
                call.raw_audio_path = None
                call.source_name_enc = None
                call.raw_purged_at = now
                if call.transcript is not None:
                    call.transcript.content_enc = None
                if call.redaction is not None:
                    call.redaction.mapping_enc = None
                    call.redaction.entities_enc = None
                if call.state in ACTIVE_STATES:
                    # Without the audio the call can never be processed: say so instead of leaving it queued.
                    call.state = CallState.failed.value
                    call.error = "retention period ended before processing finished"
            record(
                session,
                actor,
                "purge",
                calls=len(calls),
                audio_files=report.audio_files,
                transcripts=report.transcripts,
                mappings=report.mappings,
                inbox_files=len(stale_inbox),
            )
        for relative in files_to_delete:
            self.store.files.delete(relative)
        for path in stale_inbox:
            path.unlink(missing_ok=True)
        self._sweep_orphans()
        return report

    def _stale_inbox_files(self, cutoff: datetime) -> list[Path]:
        """Telephony copies kept beside the inbox (processed/, rejected/) are raw audio too."""
        stale = []
        for folder in ("processed", "rejected"):
            directory = self.store.inbox_dir / folder
            if directory.is_dir():
                stale += [
                    p
                    for p in directory.iterdir()
                    if p.is_file() and datetime.fromtimestamp(p.stat().st_mtime, UTC) < cutoff
                ]
        return sorted(stale)

    def _sweep_orphans(self) -> None:
        audio_dir = self.store.data_dir / "audio"
        if not audio_dir.is_dir():
            return
        with self.store.transaction() as session:
            referenced = set(session.scalars(select(Call.raw_audio_path).where(Call.raw_audio_path.is_not(None))))
            referenced |= set(
                session.scalars(select(Call.bleeped_audio_path).where(Call.bleeped_audio_path.is_not(None)))
            )
        for path in audio_dir.iterdir():
            relative = f"audio/{path.name}"
            if relative not in referenced and not path.name.startswith(".tmp-"):
                path.unlink(missing_ok=True)
