"""The ``callnotes`` command line.

Each module in ``callnotes.commands`` registers its own commands through a
``register(app)`` function, so stages can add commands without touching this file.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

import typer
from rich.console import Console
from rich.markup import escape

from callnotes.errors import CallnotesError

app = typer.Typer(
    name="callnotes",
    help="Local, privacy-first assistant for hotline calls: transcribe, redact, draft case notes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

err_console = Console(stderr=True, soft_wrap=True)


def _register_commands() -> None:
    import callnotes.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"callnotes.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def main(argv: list[str] | None = None) -> None:
    """Entry point: runs the app and turns user-fixable errors into one clear line."""
    # Product rule: no network at run time. Hugging Face libraries must only read local caches.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        app(args=argv, standalone_mode=True)
    except CallnotesError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
