"""The redactor: Presidio analysis line by line (per-line language for code-switched calls),
clean-up and name propagation over the whole call, then anonymisation."""

from __future__ import annotations

import logging
import re
import time

from callnotes.errors import InputError
from redact import spans as sp
from redact.anonymize import anonymize
from redact.language import detect
from redact.settings import RedactSettings, load_settings
from redact.types import LABELS, Entity, Mode, RedactionResult

log = logging.getLogger(__name__)
_SOURCE = "<text>"  # how errors name an in-memory text (never its content)


def _check_text(text: object, max_chars: int) -> str:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(_SOURCE, "not UTF-8 text (binary data?)") from None
    if not isinstance(text, str):
        raise InputError(_SOURCE, f"expected text, got {type(text).__name__}")
    if not text.strip():
        raise InputError(_SOURCE, "empty text: nothing to redact")
    if len(text) > max_chars:
        raise InputError(_SOURCE, f"text too long ({len(text)} characters, limit {max_chars})")
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise InputError(_SOURCE, "looks like binary data, not a transcript")
    return text


class Redactor:
    """Loads spaCy and Presidio once; :meth:`redact` is then cheap enough to call per call."""

    def __init__(self, settings: RedactSettings | None = None, **overrides):
        if settings is None:
            from callnotes.config import settings as app_settings

            settings = load_settings({**app_settings().redact, **overrides})
        self.settings = settings
        from redact.engine import build_analyzer

        started = time.perf_counter()
        self._analyzer = build_analyzer(settings)
        self._label_re = re.compile(rf"^(?:{'|'.join(map(re.escape, settings.speaker_labels))}):[ \t]*")
        log.info("redactor ready in %.1fs", time.perf_counter() - started)

    # ------------------------------------------------------------------ public API

    def redact(self, text: str, language: str = "auto", mode: str | Mode = "tag") -> RedactionResult:
        try:
            mode = Mode(mode)
        except ValueError:
            modes = ", ".join(m.value for m in Mode)
            raise InputError("mode", f"unknown mode {mode!r} (use one of: {modes})") from None
        language, entities = self.analyze(text, language)
        redacted, mapping = anonymize(text, entities, mode, language)
        return RedactionResult(language=language, redacted=redacted, entities=entities, mapping=mapping, mode=mode)

    def analyze(self, text: str, language: str = "auto") -> tuple[str, list[Entity]]:
        """The call's language and the identifiers found, with offsets into ``text``."""
        text = _check_text(text, self.settings.max_chars)
        languages = tuple(self.settings.languages)
        if language != "auto" and language not in languages:
            raise InputError("language", f"unsupported language {language!r} (use auto or {', '.join(languages)})")
        call_language = detect(text, languages, languages[0]) if language == "auto" else language
        found: list[sp.Span] = []
        offset = 0
        previous = ""
        for line in text.split("\n"):
            label = self._label_re.match(line)
            body_start = label.end() if label else 0
            body = line[body_start:]
            if body.strip():
                line_language = call_language
                if language == "auto" and len(body.split()) >= 6:
                    line_language = detect(body, languages, call_language)
                found += self._analyze_line(body, previous, line_language, offset + body_start, text)
                previous = body
            offset += len(line) + 1
        found = sp.drop_allowed(found, sp.allowed_ranges(text, self.settings.allow_list, self.settings.allow_patterns))
        found = sp.merge(text, found)
        if self.settings.propagate_names:
            found = sp.propagate_names(text, found)
        entities = [Entity(s.type, s.start, s.end, round(s.score, 3)) for s in found]
        return call_language, entities

    # ------------------------------------------------------------------ internals

    def _analyze_line(self, body: str, previous: str, language: str, offset: int, text: str) -> list[sp.Span]:
        """Analyse one turn, with the turn before as context ("¿Su DNI?" / "cuatro cinco...");
        only what lies in this turn is kept."""
        context = previous[-200:] + "\n" if previous else ""
        results = self._analyzer.analyze(text=context + body, language=language, entities=list(LABELS))
        out = []
        for r in results:
            if r.start < len(context):
                continue
            source = (r.recognition_metadata or {}).get("recognizer_name", "")
            start, end = offset + r.start - len(context), offset + r.end - len(context)
            span = sp.Span(r.entity_type, start, end, r.score, source)
            if source == "SpacyRecognizer":
                span = sp.plausible_ner(text, span)
                if span is None:
                    continue
            out.append(span)
        return out
