"""`callnotes redact` and `callnotes redact-audio`: remove personal identifiers.

    callnotes redact --jsonl IN.jsonl [--mode tag|mask|surrogate|generalize]
    callnotes redact FILE.txt [--language auto|es|en|pt] [--mode ...]
    callnotes redact-audio CALL.wav --out REDACTED.wav [--fill tone|silence]

JSONL input lines carry ``id``, ``text`` and optionally ``language``; each output line is
``{"id", "language", "redacted", "entities": [{"type", "start", "end", "score"}]}`` with
offsets into the input text. The placeholder -> original mapping is never printed or logged.
Errors name the file and line, never the text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from callnotes.errors import InputError
from callnotes.textinput import read_jsonl_calls

MODES = ("tag", "mask", "surrogate", "generalize")


def register(app: typer.Typer) -> None:
    app.command("redact")(redact)
    app.command("redact-audio")(redact_audio)


def _redact_one(redactor, source: str, text: str, language: str, mode: str):
    try:
        return redactor.redact(text, language=language, mode=mode)
    except InputError as exc:  # name the input, not the text
        raise InputError(source, exc.problem) from None


def redact(
    file: Path = typer.Argument(None, help="A transcript as plain UTF-8 text."),
    jsonl: Path = typer.Option(None, "--jsonl", help="Many transcripts: lines with id, text, language."),
    mode: str = typer.Option("tag", "--mode", help="tag | mask | surrogate | generalize"),
    language: str = typer.Option("auto", "--language", "--lang", help="auto | es | en | pt (plain text input)"),
) -> None:
    """Remove personal identifiers from transcripts (one JSON line per input)."""
    if mode not in MODES:
        raise InputError("--mode", f"unknown mode {mode!r} (use one of: {', '.join(MODES)})")
    if (file is None) == (jsonl is None):
        raise InputError("arguments", "give either FILE.txt or --jsonl IN.jsonl")
    if file is not None:
        if not file.is_file():
            raise InputError(file, "file not found")
        raw = file.read_bytes()
        if b"\x00" in raw:
            raise InputError(file, "binary data, not a text transcript")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(file, "not UTF-8 text") from None
        calls = [(file.stem, text, language)]
        source = str(file)
    else:
        calls = [(c.id, c.text, c.language or "auto") for c in read_jsonl_calls(jsonl)]
        source = str(jsonl)
    from redact import Redactor

    redactor = Redactor()
    for number, (call_id, text, call_language) in enumerate(calls, 1):
        where = source if jsonl is None else f"{source}: line {number}"
        result = _redact_one(redactor, where, text, call_language, mode)
        line = {"id": call_id, **result.to_dict()}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def redact_audio(
    audio: Path = typer.Argument(..., help="The call recording (any format ffmpeg decodes)."),
    out: Path = typer.Option(..., "--out", help="Where to write the redacted copy (.wav)."),
    fill: str = typer.Option("tone", "--fill", help="tone | silence"),
    language: str = typer.Option(None, "--language", "--lang", help="Force es | en | pt"),
) -> None:
    """Transcribe, find identifiers and write a copy with each one replaced by a tone or silence."""
    from asr import transcribe
    from redact import Redactor
    from redact.audio import redact_audio as _redact_audio

    if fill not in ("tone", "silence"):
        raise InputError("--fill", f"unknown fill {fill!r} (use tone or silence)")
    if out.suffix.lower() != ".wav":  # checked before the (slow) transcription
        raise InputError(out, "the redacted copy is written as WAV: use a .wav file name")
    if not audio.is_file():
        raise InputError(audio, "file not found")
    transcript = transcribe(audio, language=language)
    entities = []
    if transcript.text.strip():
        _, entities = Redactor().analyze(transcript.text, language=transcript.language or "auto")
    result = _redact_audio(audio, transcript, entities, out, fill=fill)
    summary = {
        "out": result.out_path,
        "entities": len(entities),
        "intervals": len(result.intervals),
        "redacted_seconds": round(result.redacted_seconds, 2),
    }
    sys.stdout.write(json.dumps(summary) + "\n")
