"""Shared fixtures. Tests run offline: no hub access, no public-suffix downloads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def transcriber():
    """The real embedded Whisper base model, loaded once for the whole test session."""
    from asr.transcriber import Transcriber

    return Transcriber()


@pytest.fixture(scope="session")
def redactor():
    """The real redactor (both spaCy models, every recognizer), loaded once for all the redaction tests."""
    from redact import Redactor

    return Redactor()


@pytest.fixture(scope="session")
def rules():
    """The drafter's rules backend (taxonomy and matcher built once), for the tests of what the rules decide; it
    keeps no state between calls."""
    from summarize.backends.rules import RulesBackend

    return RulesBackend()


@pytest.fixture(scope="session")
def rules_only(redactor):
    """The same redactor with the sweep and the address tagger off (same models): the rules' own spans, for tests
    of where a rule stops (the sweep and the tagger may hide more) and of the second look's hints over what the
    rules left."""
    import copy

    plain = copy.copy(redactor)
    plain.settings = redactor.settings.model_copy(update={"sweep": False, "address_tagger": False})
    return plain
