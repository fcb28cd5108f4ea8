"""Registry of our recognizers, Presidio style: each family lives in its own module under
``redact.recognizers`` and registers itself by name; ``recognizers.yaml`` says which are on
and with which settings (scores, cue words), so tuning is a data change, not a code change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from redact.recognizers.base import RuleRecognizer

_FACTORIES: dict[str, type[RuleRecognizer]] = {}


def register(name: str) -> Callable[[type[RuleRecognizer]], type[RuleRecognizer]]:
    """Class decorator: make a recognizer available to ``recognizers.yaml`` under ``name``."""

    def wrap(cls: type[RuleRecognizer]) -> type[RuleRecognizer]:
        if name in _FACTORIES:
            raise ValueError(f"two recognizers registered as {name!r}")
        cls.NAME = name
        _FACTORIES[name] = cls
        return cls

    return wrap


def registered() -> dict[str, type[RuleRecognizer]]:
    import redact.recognizers  # noqa: F401  (importing the package registers every module)

    return dict(_FACTORIES)


class RecognizerConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    score: float = Field(0.6, ge=0, le=1)
    params: dict[str, Any] = Field(default_factory=dict)


class RecognizersFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recognizers: dict[str, RecognizerConfig]


@cache
def default_config() -> RecognizersFile:
    text = resources.files("redact").joinpath("data", "recognizers.yaml").read_text(encoding="utf-8")
    return RecognizersFile.model_validate(yaml.safe_load(text))


def build(languages: list[str], config: RecognizersFile | None = None) -> list[RuleRecognizer]:
    """One instance of each enabled recognizer per language (Presidio filters by language)."""
    config = config or default_config()
    factories = registered()
    unknown = set(config.recognizers) - set(factories)
    if unknown:
        raise ValueError(f"recognizers.yaml names unknown recognizers: {sorted(unknown)}")
    built = []
    for name, entry in config.recognizers.items():
        if not entry.enabled:
            continue
        for language in languages:
            built.append(factories[name](language=language, score=entry.score, **entry.params))
    return built
