"""Errors a user can act on.

Anything raised as a ``CallnotesError`` is printed by the CLI as one clear line
(no traceback) and exits with status 2. Messages must never contain transcript
text or other PII: name the file and the problem, nothing more.
"""

from __future__ import annotations

from pathlib import Path


class CallnotesError(Exception):
    """A problem the user can fix (bad input, missing model, wrong config)."""


class InputError(CallnotesError):
    """A bad input file: the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ModelError(CallnotesError):
    """A model that is missing, incomplete or fails its hash check."""


class ConsentError(CallnotesError):
    """A call without recorded consent: refused, nothing stored."""
