"""`callnotes purge [--dry-run]`: delete raw audio and unredacted text past retention."""

from __future__ import annotations

import json

import typer
from rich.console import Console

from callnotes.services import Actor, RetentionService
from callnotes.store import open_store


def register(app: typer.Typer) -> None:
    app.command()(purge)


def purge(
    dry_run: bool = typer.Option(False, "--dry-run", help="Only report what would be purged."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Purge raw audio, unredacted transcripts and placeholder mappings older than store.retention_days."""
    store = open_store()
    try:
        report = RetentionService(store).purge(Actor.system("purge"), dry_run=dry_run)
    finally:
        store.close()
    out = Console(soft_wrap=True)
    if as_json:
        data = {
            "dry_run": report.dry_run,
            "cutoff": report.cutoff.isoformat(),
            "calls": report.call_ids,
            "audio_files": report.audio_files,
            "transcripts": report.transcripts,
            "mappings": report.mappings,
            "inbox_files": report.inbox_files,
        }
        out.print(json.dumps(data), markup=False, highlight=False)
        return
    verb = "would purge" if dry_run else "purged"
    out.print(
        f"{verb} {len(report.call_ids)} call(s) received before {report.cutoff:%Y-%m-%d %H:%M} UTC: "
        f"{report.audio_files} audio file(s), {report.transcripts} unredacted transcript(s), "
        f"{report.mappings} placeholder mapping(s), {report.inbox_files} old inbox recording(s)",
        highlight=False,
    )
