"""The drafter: one object, loaded once, that turns transcripts into case notes."""

from __future__ import annotations

import logging
import time

from callnotes.errors import InputError
from summarize.backends import BACKENDS
from summarize.labels import LANGUAGES
from summarize.model import CaseNote
from summarize.summary import SummaryRedactor

log = logging.getLogger(__name__)
CALL_LANGUAGES = ("es", "en", "pt")


class Drafter:
    """``Drafter(backend="rules"|"transformers", model_path=None, lang="es")``; then ``draft(text)``.

    ``lang`` is the operator's language (es|en) for the summary; ``language`` in
    :meth:`draft` is the call's (es|en|pt, None = auto). ``redactor`` lets a caller share
    an already loaded ``redact.Redactor``.
    """

    def __init__(
        self,
        backend: str = "rules",
        model_path: str | None = None,
        lang: str = "es",
        redactor=None,
        min_confidence: float = 0.6,
        device: str | None = None,
        max_new_tokens: int = 96,
    ):
        if lang not in LANGUAGES:
            raise InputError("lang", f"unsupported note language {lang!r} (use {' or '.join(LANGUAGES)})")
        if backend not in BACKENDS:
            raise InputError("backend", f"unknown backend {backend!r} (use {' or '.join(BACKENDS)})")
        from summarize.backends.rules import RulesBackend

        self.lang = lang
        self.rules = RulesBackend()
        self.model = None
        if backend == "transformers":
            if not model_path:
                raise InputError("model", "the transformers backend needs --model PATH to a local model")
            from summarize.backends.transformers_backend import TransformersBackend

            self.model = TransformersBackend(
                model_path, min_confidence=min_confidence, device=device, max_new_tokens=max_new_tokens
            )
        self.backend = backend
        self.redactor = SummaryRedactor(redactor)

    def draft(self, text: str, language: str | None = None) -> CaseNote:
        if not isinstance(text, str):
            raise InputError("<text>", f"expected text, got {type(text).__name__}")
        if language not in (None, "auto", *CALL_LANGUAGES):
            raise InputError("language", f"unsupported call language {language!r} (use es, en, pt or none)")
        started = time.perf_counter()
        if self.model is not None and text.strip():
            note = self.model.draft(text, self.rules, lang=self.lang, language=language)
        else:
            note = self.rules.draft(text, self.lang)
        if text.strip():
            note.summary = self.redactor.clean(note.summary, self.lang)
        log.debug("drafted a note in %.3fs (%s backend)", time.perf_counter() - started, self.backend)
        return note


def draft_note(text: str, language: str | None = None, backend: str = "rules", lang: str = "es") -> CaseNote:
    """One-off convenience; build a :class:`Drafter` once to draft many calls."""
    return Drafter(backend=backend, lang=lang).draft(text, language=language)
