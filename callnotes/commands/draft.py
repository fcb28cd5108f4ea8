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


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)


def _read_jsonl(path: Path) -> list[tuple[str, str, str | None]]:
    if not path.is_file():
        raise InputError(path, "file not found")
    calls = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(path, f"line {number}: not valid JSON") from None
        if not isinstance(item, dict) or "id" not in item or not isinstance(item.get("text"), str):
            raise InputError(path, f"line {number}: needs an 'id' and a 'text' string")
        language = item.get("language")
        if language is not None and not isinstance(language, str):
            raise InputError(path, f"line {number}: 'language' must be a string")
        calls.append((str(item["id"]), item["text"], language))
    return calls


def _read_txt(path: Path) -> str:
    if not path.is_file():
        raise InputError(path, "file not found")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None


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
    calls = _read_jsonl(jsonl) if jsonl else [(file.stem, _read_txt(file), language)]
    from callnotes.config import settings
    from summarize import Drafter

    # Unset options come from the summarize: section of the settings file, then the defaults.
    conf = settings().summarize
    backend = backend or conf.get("backend", "rules")
    lang = lang or conf.get("lang", "es")
    model = model or (Path(conf["model"]) if conf.get("model") else None)
    drafter = Drafter(backend=backend, model_path=str(model) if model else None, lang=lang)
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for call_id, text, call_language in calls:
            note = drafter.draft(text, language=call_language)
            sink.write(json.dumps({"id": call_id, "note": note.model_dump(mode="json")}, ensure_ascii=False) + "\n")
    finally:
        if out:
            sink.close()
