"""Reading transcripts given to the CLI: plain text files and JSON lines of calls.

Errors name the file (and line), never the text: transcripts are PII.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from callnotes.errors import InputError


@dataclass(frozen=True, slots=True)
class CallText:
    id: str
    text: str
    language: str | None  # None: not given, detect it


def read_text_file(path: Path) -> str:
    if not path.is_file():
        raise InputError(path, "file not found")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None


def read_jsonl_calls(path: Path) -> list[CallText]:
    """Lines of ``{"id", "text", "language"?}``; blank lines are skipped."""
    calls = []
    for number, line in enumerate(read_text_file(path).splitlines(), 1):
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
        calls.append(CallText(str(item["id"]), item["text"], language or None))
    return calls
