"""`callnotes process FILE|DIR... --consent recorded|verbal|none [--operator NAME] [--json]`."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from callnotes.errors import CallnotesError, ConsentError
from callnotes.pipeline import STAGES, CallOutcome, CallRequest, Pipeline
from callnotes.store import Consent, open_store
from callnotes.worker import AUDIO_SUFFIXES, WorkerBusy, worker_lock


def register(app: typer.Typer) -> None:
    app.command()(process)


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders become their audio files (sorted, not recursive)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)
        else:
            files.append(path)
    return files


# Where each stage starts on a call's bar (percent): transcription is most of the work.
_STAGE_START = {"transcribe": 0, "redact": 90, "draft": 97}


@contextmanager
def stage_progress(console: Console, pipeline: Pipeline | None = None):
    """A rich progress bar per call; yields ``(on_stage, finish)`` and follows transcription second by second."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        tasks: dict[int, int] = {}

        def task(call_id: int) -> int:
            if call_id not in tasks:
                tasks[call_id] = progress.add_task(f"call {call_id}", total=100)
            return tasks[call_id]

        def on_stage(call_id: int, stage: str) -> None:
            progress.update(task(call_id), completed=_STAGE_START[stage], description=f"call {call_id}: {stage}")

        def on_audio(call_id: int, done_s: float, total_s: float) -> None:
            share = _STAGE_START["redact"] * done_s / total_s if total_s else 0
            progress.update(
                task(call_id), completed=share, description=f"call {call_id}: transcribe {done_s:.0f}/{total_s:.0f} s"
            )

        def finish(call_id: int, state: str) -> None:
            done = progress.tasks[task(call_id)].completed if state == "failed" else 100
            progress.update(task(call_id), completed=done, description=f"call {call_id}: {state}")

        if pipeline is not None:
            pipeline.on_audio = on_audio
        yield on_stage, finish


NO_CONSENT = "no consent: not processed, not stored"


def _not_stored(problem: str | None) -> str:
    # "refused" is the consent gate's word; anything else that stopped a file before the store is an error.
    return "refused" if problem == NO_CONSENT else "error"


def summary_table(rows: list[tuple[str, CallOutcome | None, str | None]]) -> Table:
    table = Table(title="callnotes process")
    for column in ("file", "call", "state", "audio s", "transcribe s", "redact s", "draft s", "note"):
        table.add_column(column)
    for name, outcome, problem in rows:
        if outcome is None:
            table.add_row(escape(name), "-", _not_stored(problem), "", "", "", "", escape(problem or ""))
            continue
        t = outcome.timings
        note = "already stored" if outcome.duplicate else (outcome.error or "")
        if outcome.busy:
            note = "being processed by another process"
        table.add_row(
            escape(name),
            str(outcome.call_id),
            outcome.state,
            f"{outcome.duration_s:.1f}" if outcome.duration_s else "",
            *(f"{t[s]:.1f}" if s in t else "" for s in STAGES),
            escape(note),
        )
    return table


def process(
    paths: list[Path] = typer.Argument(..., help="Recordings, or folders of recordings."),
    consent: Consent = typer.Option(..., "--consent", help="Consent the caller gave; 'none' refuses the call."),
    operator: str = typer.Option(
        None, "--operator", envvar="CALLNOTES_OPERATOR", help="Username of the operator who took the call(s)."
    ),
    line: str = typer.Option(None, "--line", help="Hotline line / queue the call came in on."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per call instead of the table."),
) -> None:
    """Consent gate → transcribe → redact → draft → store, for each call."""
    if not operator:
        raise CallnotesError("--operator is required (or set CALLNOTES_OPERATOR)")
    out = Console(soft_wrap=True)
    err = Console(stderr=True, soft_wrap=True)
    store = open_store()
    pipeline = Pipeline(store)
    files = expand(paths)
    if not files:
        raise CallnotesError("no recordings found in the given paths")
    rows: list[tuple[str, CallOutcome | None, str | None]] = []
    refused = False
    try:
        with worker_lock(store, wait=False), stage_progress(err, pipeline) as (on_stage, finish):
            for path in files:
                try:
                    outcome = pipeline.process(CallRequest(path, consent, operator, line), on_stage)
                except ConsentError as exc:
                    refused = True
                    rows.append((path.name, None, NO_CONSENT))
                    err.print(f"[bold red]refused:[/] {escape(str(exc))}", highlight=False)
                    continue
                except CallnotesError as exc:
                    rows.append((path.name, None, str(exc)))
                    err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
                    continue
                finish(outcome.call_id, outcome.state)
                rows.append((path.name, outcome, None))
    except WorkerBusy:
        # A worker is running: hand the calls over to it instead of competing for the models and the CPU.
        for path in files:
            submission = pipeline.submit(CallRequest(path, consent, operator, line))
            err.print(f"{escape(path.name)}: queued as call {submission.call_id} for the running worker")
        return
    finally:
        store.close()
    if as_json:
        for name, outcome, problem in rows:
            data = {"file": name, "call_id": None, "state": _not_stored(problem), "error": problem}
            if outcome is not None:
                data = {
                    "file": name,
                    "call_id": outcome.call_id,
                    "state": outcome.state,
                    "duplicate": outcome.duplicate,
                    "duration_s": outcome.duration_s,
                    "resumed_from": outcome.resumed_from,
                    "timings": outcome.timings,
                    "error": outcome.error,
                }
            out.print(json.dumps(data, ensure_ascii=False), markup=False, highlight=False)
    else:
        out.print(summary_table(rows))
    failed = any(o is None or o.state == "failed" for _, o, _ in rows)
    if refused or failed:
        raise typer.Exit(2)
