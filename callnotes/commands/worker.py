"""`callnotes worker [--watch DIR]`: finish interrupted/queued calls; optionally watch an inbox."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from callnotes.commands.process import stage_progress
from callnotes.pipeline import Pipeline
from callnotes.store import open_store
from callnotes.worker import InboxResult, ingest_inbox, requeue_failed, run_pending, watch, worker_lock


def register(app: typer.Typer) -> None:
    app.command()(worker)


def worker(
    watch_dir: Path = typer.Option(None, "--watch", help="Inbox folder to poll for recordings + metadata."),
    interval: float = typer.Option(5.0, "--interval", help="Seconds between inbox polls."),
    once: bool = typer.Option(False, "--once", help="With --watch: one round, then exit."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Queue failed calls again (raw audio kept)."),
) -> None:
    """Process every queued or interrupted call (resuming from its last finished stage)."""
    err = Console(stderr=True, soft_wrap=True)
    store = open_store()
    pipeline = Pipeline(store)  # models load on first use and stay loaded for every call
    try:
        with worker_lock(store, wait=True), stage_progress(err, pipeline) as (on_stage, finish):
            if retry_failed:
                requeued = requeue_failed(store)
                err.print(f"{len(requeued)} failed call(s) queued again", highlight=False)

            def report(intake: InboxResult, outcomes) -> None:
                for outcome in outcomes:
                    finish(outcome.call_id, outcome.state)
                    resumed = f" (resumed at {outcome.resumed_from})" if outcome.resumed_from else ""
                    problem = f": {escape(outcome.error)}" if outcome.error else ""
                    err.print(f"call {outcome.call_id}: {outcome.state}{resumed}{problem}", highlight=False)
                if intake.ingested or intake.refused or intake.rejected:
                    err.print(
                        f"inbox: {len(intake.ingested)} taken in, {intake.refused} refused (no consent), "
                        f"{intake.rejected} rejected (see rejected/)",
                        highlight=False,
                    )

            if watch_dir is None:
                report(InboxResult(), run_pending(pipeline, on_stage))
            elif once:
                intake = ingest_inbox(pipeline, watch_dir)
                report(intake, run_pending(pipeline, on_stage))
            else:
                err.print(f"watching {escape(str(watch_dir))} every {interval:g} s (Ctrl-C to stop)")
                try:
                    watch(pipeline, watch_dir, interval, on_stage, on_round=report)
                except KeyboardInterrupt:
                    err.print("stopped")
    finally:
        store.close()
