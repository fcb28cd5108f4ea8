"""`callnotes app` (the Streamlit app on this machine) and `callnotes demo` (demo users + the bundled samples)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.console import Console

from callnotes.config import PROJECT_ROOT
from callnotes.errors import CallnotesError

APP = Path(__file__).resolve().parents[2] / "ui" / "app.py"
SAMPLES = PROJECT_ROOT / "samples"
AUDIO = (".wav", ".mp3", ".ogg", ".flac", ".m4a")


def register(app: typer.Typer) -> None:
    app.command("app")(run_app)
    app.command("demo")(demo)


def streamlit_command(address: str, port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", address,
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        "--server.maxUploadSize", "1024",  # MB; a few hours of telephone audio
        "--browser.gatherUsageStats", "false",  # no telemetry: nothing leaves this machine
        "--global.developmentMode", "false",
        "--client.toolbarMode", "minimal",
        "--theme.base", "light",
    ]  # fmt: skip


def run_app(
    port: int = typer.Option(8501, "--port", help="Port to serve on."),
    address: str = typer.Option(
        "127.0.0.1", "--address", help="Interface to listen on; the default keeps the app on this machine only."
    ),
) -> None:
    """Start the app for operators, reviewers, trainers and admins (sign in with a store user)."""
    try:
        import streamlit  # noqa: F401
    except ImportError:
        raise CallnotesError("the app needs the ui extra: pip install -e '.[ui]'") from None
    from callnotes.store import open_store

    open_store().close()  # a missing key or unreachable database is one clear line here, not a page error
    Console(stderr=True).print(f"callnotes app on http://{address}:{port} (Ctrl+C to stop)", highlight=False)
    # The pages import `ui` and `callnotes` from this checkout (also when not installed in editable mode).
    paths = [str(APP.parents[1]), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    # Become the Streamlit server rather than wrap it: a stop signal sent to `callnotes app`
    # (service manager, test harness, Ctrl+C) reaches the server itself and leaves no orphan.
    command = streamlit_command(address, port)
    os.execve(command[0], command, env)


def demo(
    process: bool = typer.Option(True, "--process/--no-process", help="Also process the bundled sample calls."),
) -> None:
    """Create the demo users (passwords shown once) and process the bundled sample calls as operator ana."""
    from callnotes.commands.users import DEMO_USERS
    from callnotes.commands.users import demo as demo_users

    demo_users()
    if not process:
        return
    from callnotes.pipeline import CallRequest, Pipeline
    from callnotes.store import Consent, open_store

    operator = next(name for name, role in DEMO_USERS if role.value == "operator")
    out = Console(stderr=True)
    store = open_store()
    try:
        pipeline = Pipeline(store)
        for path in sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in AUDIO):
            with out.status(f"processing sample {path.name}…"):
                outcome = pipeline.process(CallRequest(path, Consent.recorded, operator, line="demo"))
            seen = " (already stored)" if outcome.duplicate else ""
            out.print(f"sample {path.name}: call {outcome.call_id}, {outcome.state}{seen}", highlight=False)
    finally:
        store.close()
    out.print("now run `callnotes app` and sign in with the users above", highlight=False)
