"""`callnotes models list|verify|path|fetch`."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from callnotes.config import settings

models_app = typer.Typer(
    help="Offline speech models: list, verify hashes, locate, fetch explicitly.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")


@models_app.command("list")
def list_models() -> None:
    """Known models, where they come from and whether they are present here."""
    from asr.models import SourceKind, load_manifest

    manifest = load_manifest(settings().models_dir)
    table = Table("name", "source", "hashes", "description")
    for name, spec in manifest.models.items():
        source = {
            SourceKind.packaged_parts: "PyPI parts",
            SourceKind.hub: f"hub {spec.repo}",
            SourceKind.directory: str(spec.path),
        }[spec.kind]
        marker = " (default)" if name == manifest.default else ""
        table.add_row(name + marker, source, "yes" if spec.files else "no", spec.description)
    Console(soft_wrap=True).print(table)


@models_app.command()
def verify(name: str = typer.Argument(None, help="Model name or directory; default: the configured one.")) -> None:
    """Check (and on first use assemble) a model; a hash mismatch fails with exit status 2."""
    from asr.models import resolve

    resolved = resolve(name or settings().asr.model, settings().models_dir)
    for check in resolved.checks:
        Console(soft_wrap=True).print(f"[green]ok[/] {check.name} sha256 {check.actual_sha256}", highlight=False)
    if not resolved.checks:
        Console(soft_wrap=True).print(f"[yellow]no known hashes[/] for {resolved.name}; files present", highlight=False)
    Console(soft_wrap=True).print(f"model {resolved.name} ready at {resolved.path}", highlight=False)


@models_app.command()
def path(name: str = typer.Argument(None, help="Model name; default: the configured one.")) -> None:
    """Print the directory of a model (after verifying it)."""
    from asr.models import resolve

    print(resolve(name or settings().asr.model, settings().models_dir).path)


@models_app.command()
def fetch(name: str = typer.Argument(..., help="A hub model from the manifest, e.g. small, large-v3.")) -> None:
    """Download a model once, explicitly (the only command that uses the network)."""
    from asr.models import fetch as fetch_model

    resolved = fetch_model(name, settings().models_dir)
    Console(soft_wrap=True).print(f"model {resolved.name} ready at {resolved.path}", highlight=False)
