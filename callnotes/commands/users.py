"""`callnotes keygen` and `callnotes users ...`: the encryption key and the store's users.

No password is ever written in source or config: each is typed in, read from stdin, or
generated and shown once.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from callnotes.config import settings
from callnotes.errors import CallnotesError
from callnotes.security.crypto import DEFAULT_KEY_FILE, generate_key, write_key_file
from callnotes.security.roles import Role
from callnotes.services import Actor, UserService, bootstrap_admin
from callnotes.store import open_store

users_app = typer.Typer(help="Users of the store (operators, reviewers, trainers, admins).", no_args_is_help=True)
# One demo user per role, for trying the app on the samples; passwords are generated at creation.
DEMO_USERS = (("ana", Role.operator), ("rosa", Role.reviewer), ("tomas", Role.trainer), ("admin", Role.admin))
_CLI = Actor.system("cli")  # whoever holds the shell, the key and the database is already the admin


def register(app: typer.Typer) -> None:
    app.command()(keygen)
    app.command()(rekey)
    app.add_typer(users_app, name="users")


def keygen(
    key_file: Path = typer.Option(None, "--file", help="Where to write the key (default: store.key_file)."),
    show: bool = typer.Option(False, "--print", help="Print a new key for CALLNOTES_KEY instead of a file."),
) -> None:
    """Create the encryption key (keep a backup: without it the store cannot be read)."""
    if show:
        print(generate_key())
        return
    path = key_file or settings().store.key_file or DEFAULT_KEY_FILE
    if path.expanduser().resolve().is_relative_to(settings().data_dir.expanduser().resolve()):
        raise CallnotesError(f"{path}: the key file must not live inside the data directory")
    write_key_file(path)
    Console(stderr=True).print(f"key written to {path} (mode 600); back it up somewhere safe", highlight=False)


def rekey(
    new_key_file: Path = typer.Option(..., "--new-key-file", help="A key made with `callnotes keygen --file`."),
) -> None:
    """Re-encrypt the whole store under a new key (the worker must not be running)."""
    from callnotes.security.crypto import cipher_from_file
    from callnotes.services.audit import record_alone
    from callnotes.store.rekey import rekey as rekey_store
    from callnotes.worker import worker_lock

    store = open_store()
    try:
        new = cipher_from_file(new_key_file, store.data_dir)
        if new.key_id == store.cipher.key_id:
            raise CallnotesError(f"{new_key_file}: this is the key the store already uses")
        with worker_lock(store, wait=False):
            report = rekey_store(store, new)
        record_alone(
            store,
            Actor.system("rekey"),
            "rekey",
            values=report.values,
            files=report.files,
            old_key_id=report.old_key_id,
            new_key_id=report.new_key_id,
        )
    finally:
        store.close()
    Console(stderr=True).print(
        f"re-encrypted {report.values} value(s) and {report.files} file(s): key {report.old_key_id} -> "
        f"{report.new_key_id}. Now point CALLNOTES_KEY or store.key_file at {new_key_file}; keep the old key "
        "until you have checked that the app opens the store.",
        highlight=False,
    )


def _password(from_stdin: bool) -> tuple[str, bool]:
    """(password, generated?)"""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise CallnotesError("no password on stdin")
        return password, False
    return secrets.token_urlsafe(15), True


@users_app.command("add")
def add(
    username: str = typer.Argument(...),
    role: Role = typer.Option(..., "--role"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Add a user; without --password-stdin a strong password is generated and shown once."""
    password, generated = _password(password_stdin)
    store = open_store()
    try:
        view = UserService(store).create(_CLI, username, role, password)
    finally:
        store.close()
    shown = f" password: {password}" if generated else ""
    print(f"user {view.username} ({view.role.value}) created.{shown}")


@users_app.command("init-admin")
def init_admin(
    username: str = typer.Argument("admin"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Create the first admin of an empty store."""
    password, generated = _password(password_stdin)
    store = open_store()
    try:
        view = bootstrap_admin(store, username, password)
    finally:
        store.close()
    print(f"admin {view.username} created." + (f" password: {password}" if generated else ""))


@users_app.command("demo")
def demo() -> None:
    """Create one demo user per role (ana, rosa, tomas, admin) with fresh random passwords, shown once."""
    store = open_store()
    try:
        service = UserService(store)
        existing = {u.username for u in service.list(_CLI)}
        table = Table(title="demo users (passwords shown only now)")
        for column in ("user", "role", "password"):
            table.add_column(column)
        for username, role in DEMO_USERS:
            if username in existing:
                table.add_row(username, role.value, "(exists, unchanged)")
                continue
            password = secrets.token_urlsafe(15)
            service.create(_CLI, username, role, password)
            table.add_row(username, role.value, password)
    finally:
        store.close()
    Console().print(table)


@users_app.command("list")
def list_users() -> None:
    """List users and their roles."""
    store = open_store()
    try:
        views = UserService(store).list(_CLI)
    finally:
        store.close()
    table = Table()
    for column in ("user", "role", "active", "created"):
        table.add_column(column)
    for v in views:
        table.add_row(v.username, v.role.value, "yes" if v.active else "no", f"{v.created_at:%Y-%m-%d}")
    Console().print(table)


@users_app.command("set-role")
def set_role(username: str = typer.Argument(...), role: Role = typer.Option(..., "--role")) -> None:
    """Change a user's role."""
    store = open_store()
    try:
        view = UserService(store).set_role(_CLI, username, role)
    finally:
        store.close()
    print(f"{view.username} is now {view.role.value}")


@users_app.command("deactivate")
def deactivate(username: str = typer.Argument(...)) -> None:
    """Stop a user from signing in (their history stays)."""
    store = open_store()
    try:
        UserService(store).set_active(_CLI, username, False)
    finally:
        store.close()
    print(f"{username} deactivated")


@users_app.command("password")
def password(
    username: str = typer.Argument(...),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Set a new password (generated and shown once unless read from stdin)."""
    new, generated = _password(password_stdin)
    store = open_store()
    try:
        UserService(store).set_password(_CLI, username, new)
    finally:
        store.close()
    print(f"password of {username} changed." + (f" password: {new}" if generated else ""))
