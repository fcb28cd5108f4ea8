"""`callnotes sample [NAME|FILE]`: the main job on a bundled sample call, for a first look."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.rule import Rule

from callnotes.config import PROJECT_ROOT
from callnotes.errors import InputError

SAMPLES = PROJECT_ROOT / "samples"


def register(app: typer.Typer) -> None:
    app.command()(sample)


def _find(name_or_file: str) -> Path:
    path = Path(name_or_file)
    if path.is_file():
        return path
    matches = sorted(p for p in SAMPLES.glob(f"{name_or_file}.*") if p.suffix not in {".txt", ".yaml", ".py"})
    if not matches:
        names = sorted({p.stem for p in SAMPLES.glob("*.txt")})
        raise InputError(name_or_file, f"no such file or bundled sample (samples: {', '.join(names)})")
    return matches[0]


def sample(
    call: str = typer.Argument("es-call", help="A bundled sample name (es-call, en-call) or an audio file."),
    lang: str = typer.Option("es", "--lang", help="Language of the drafted note's summary (es|en)."),
) -> None:
    """Transcribe a sample call, redact it and draft its case note, printing each step."""
    from asr.transcriber import Transcriber
    from redact import Redactor
    from summarize import Drafter

    out = Console(soft_wrap=True)
    path = _find(call)
    with out.status("loading models…"):
        transcriber, redactor = Transcriber(), Redactor()
        drafter = Drafter(lang=lang, redactor=redactor)
    with out.status(f"transcribing {escape(path.name)}…"):
        transcript = transcriber.transcribe(path)
    out.print(Rule(f"transcript — {path.name} ({transcript.language}, {transcript.duration:.0f} s)"))
    out.print(transcript.text, markup=False, highlight=False)
    with out.status("redacting…"):
        redaction = redactor.redact(transcript.text, transcript.language)
    out.print(Rule(f"redacted — {len(redaction.entities)} identifiers removed"))
    out.print(redaction.redacted, markup=False, highlight=False)
    with out.status("drafting the case note…"):
        note = drafter.draft(transcript.text, transcript.language)
    out.print(Rule("draft case note"))
    fields = note.model_dump(mode="json", exclude={"evidence"})
    out.print(json.dumps(fields, ensure_ascii=False, indent=2), markup=False, highlight=False)
