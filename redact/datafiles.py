"""redact/data/*.yaml, each parsed once and shared by the modules that read it (the place bridge, the room
finder and the address tagger all take word lists from second_look.yaml and address_chain.yaml). Callers must
not mutate what they get."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def data_yaml(name: str) -> dict:
    """``redact/data/<name>`` as parsed."""
    return yaml.safe_load(resources.files("redact").joinpath("data", name).read_text(encoding="utf-8"))
