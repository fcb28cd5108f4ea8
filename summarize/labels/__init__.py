"""Localized (es/en) display labels for the note's fields and values; stored values stay enum codes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("es", "en")


@lru_cache(maxsize=4)
def labels(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise ValueError(f"labels exist for {', '.join(LANGUAGES)}, not {lang!r}")
    return yaml.safe_load((FOLDER / f"{lang}.yaml").read_text(encoding="utf-8"))


def field_label(field: str, lang: str = "es") -> str:
    return labels(lang)["fields"].get(field, field)


def value_label(field: str, value: object, lang: str = "es") -> str:
    if isinstance(value, bool):
        return labels(lang)["values"]["boolean"][str(value).lower()]
    key = "sexes" if field in ("sexes", "victims.sexes") else field
    table = labels(lang)["values"].get(key, {})
    code = getattr(value, "value", value)
    return table.get(code, str(code))
