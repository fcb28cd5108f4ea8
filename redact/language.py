"""Offline language detection (lingua), restricted to the configured languages."""

from __future__ import annotations

from functools import cache

_CODES = {"es": "SPANISH", "en": "ENGLISH", "pt": "PORTUGUESE"}


@cache
def _detector(languages: tuple[str, ...]):
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, _CODES[c]) for c in languages)).build()


def detect(text: str, languages: tuple[str, ...], default: str) -> str:
    """The most likely of ``languages`` for ``text``; ``default`` when too short to tell."""
    if len(text.split()) < 3:
        return default
    found = _detector(languages).detect_language_of(text)
    if found is None:
        return default
    code = found.iso_code_639_1.name.lower()
    return code if code in languages else default
