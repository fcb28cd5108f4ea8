"""Interface strings (es/en) as data: ``ui/i18n/<lang>.yaml``; Spanish is the default."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
_DIR = Path(__file__).with_name("i18n")


@cache
def strings(lang: str) -> dict[str, str]:
    """All strings of ``lang``, flattened to dotted keys (``review.approve``)."""
    data = yaml.safe_load((_DIR / f"{lang}.yaml").read_text(encoding="utf-8")) or {}
    flat: dict[str, str] = {}

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        else:
            flat[prefix] = str(node)

    walk("", data)
    return flat


def translate(lang: str, key: str, **values: object) -> str:
    table = strings(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    text = table.get(key) or strings("en").get(key) or key
    return text.format(**values) if values else text
