"""`callnotes transcribe FILE... [--model] [--language] [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from callnotes.errors import CallnotesError

WARNING_TEXT = {
    "empty": "no words were recognised",
    "silence": "no speech found (silence only): the transcript is empty",
    "suspiciously_short": "few words for the amount of speech: check the audio",
    "truncated": "the file is cut short",
    "hallucination_dropped": "looping/hallucinated segments were removed",
    "unexpected_language": "the audio sounds like a language outside the configured set",
}


def register(app: typer.Typer) -> None:
    app.command()(transcribe)


def transcribe(
    files: list[Path] = typer.Argument(..., help="Recordings: wav (PCM, G.711), mp3, ogg/opus, m4a, flac."),
    model: str = typer.Option(None, "--model", "-m", help="Model name from the manifest, or a model directory."),
    language: str = typer.Option(None, "--language", "-l", help="Force a language (es, en, pt…)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per file (segments, words)."),
) -> None:
    """Transcribe recorded calls locally; two-channel calls are labelled operator/caller."""
    from asr.transcriber import Transcriber

    out = Console(soft_wrap=True)
    err = Console(stderr=True, soft_wrap=True)
    transcriber = Transcriber(model=model)
    failures = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        for path in files:
            task = progress.add_task(escape(path.name), total=None)

            def advance(segment, stream, task=task):
                progress.update(task, total=stream.duration, completed=min(segment.end, stream.duration))

            try:
                result = transcriber.transcribe(path, language=language, on_segment=advance)
            except CallnotesError as exc:
                failures += 1
                err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
                continue
            finally:
                progress.remove_task(task)
            for warning in result.warnings:
                decoded = f" (decoded only {result.duration:.1f} s)" if warning == "truncated" else ""
                err.print(f"[yellow]warning:[/] {escape(str(path))}: {WARNING_TEXT[warning]}{decoded}", highlight=False)
            if as_json:
                out.print(json.dumps(result.to_dict(), ensure_ascii=False), markup=False, highlight=False)
            else:
                out.print(
                    f"[bold]{escape(str(path))}[/] — {result.language} "
                    f"({result.language_probability:.2f}), {result.duration:.1f} s",
                    highlight=False,
                )
                out.print(result.text, markup=False, highlight=False)
    if failures:
        raise typer.Exit(2)
