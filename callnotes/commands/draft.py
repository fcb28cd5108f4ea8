"""`callnotes draft`: case notes from transcripts (one JSON line per call).

    callnotes draft --jsonl IN.jsonl [--backend rules|transformers] [--model PATH] [--lang es|en]
    callnotes draft FILE.txt [--language es|en|pt]

Input lines carry ``id``, ``text`` and optionally ``language``; each output line is
``{"id": ..., "note": {...fields..., "evidence": {...}}}``. Errors name the file and
line, never the transcript.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from callnotes.errors import InputError
from callnotes.textinput import CallText, read_jsonl_calls, read_text_file


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)


def draft(
    file: Path = typer.Argument(None, help="A transcript as plain text (one note)."),
    jsonl: Path = typer.Option(None, "--jsonl", help="Calls as JSON lines with id, text, language."),
    backend: str = typer.Option(None, "--backend", help="rules (default) or transformers."),
    model: Path = typer.Option(None, "--model", help="Local model folder for --backend transformers."),
    lang: str = typer.Option(None, "--lang", help="Language of the note's summary: es (default) or en."),
    language: str = typer.Option(None, "--language", help="Call language for FILE.txt: es, en, pt."),
    out: Path = typer.Option(None, "--out", help="Write the JSON lines here instead of stdout."),
) -> None:
    """Draft structured case notes (fields of LABELS.md with evidence) from transcripts."""
    if (file is None) == (jsonl is None):
        raise InputError("draft", "give either FILE.txt or --jsonl IN.jsonl")
    calls = read_jsonl_calls(jsonl) if jsonl else [CallText(file.stem, read_text_file(file), language)]
    from callnotes.config import settings
    from summarize import Drafter

    # Unset options come from the summarize: section of the settings file, then the defaults.
    conf = settings().summarize
    backend = backend or conf.get("backend", "rules")
    lang = lang or conf.get("lang", "es")
    model = model or (Path(conf["model_path"]) if conf.get("model_path") else None)
    drafter = Drafter(backend=backend, model_path=str(model) if model else None, lang=lang)
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for call in calls:
            note = drafter.draft(call.text, language=call.language)
            sink.write(json.dumps({"id": call.id, "note": note.model_dump(mode="json")}, ensure_ascii=False) + "\n")
    finally:
        if out:
            sink.close()
