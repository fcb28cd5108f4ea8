"""What every page shares: the services, the signed-in user, the language, session time-out.

Pages get the acting user with :func:`actor` and call services through :func:`services`;
they hold no business rules (the services check permissions and write the audit log).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from callnotes.config import load_settings
from callnotes.errors import CallnotesError
from callnotes.security.roles import PermissionDenied
from callnotes.services import Actor, AuthError, UnknownUser
from callnotes.services.users import LockedOut
from callnotes.services.workspace import Workspace
from callnotes.store import open_store
from ui.text import DEFAULT_LANGUAGE, LANGUAGES, translate

SESSION_MINUTES_ENV = "CALLNOTES_SESSION_MINUTES"
DEFAULT_SESSION_MINUTES = 15
LINE_ENV = "CALLNOTES_LINE"
DEFAULT_LINE = "1818"  # Peru's free counter-trafficking line


# -- services ---------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def shared_stages():
    """The pipeline's models, loaded on first use and then kept for the life of the app process."""
    from callnotes.pipeline import Stages

    return Stages(load_settings())


@st.cache_resource(show_spinner=False)
def _workspace(data_dir: str, db_url: str, key_fingerprint: str) -> Workspace:
    del db_url, key_fingerprint  # part of the cache key only: another store or key is another workspace
    config = load_settings()
    if str(config.data_dir) != data_dir:
        config = config.model_copy(update={"data_dir": data_dir})
    return Workspace.over(open_store(config), stages=shared_stages())


def services() -> Workspace:
    config = load_settings()
    key = os.environ.get("CALLNOTES_KEY", "") + "|" + os.environ.get("CALLNOTES_KEY_FILE", "")
    fingerprint = hashlib.sha256(key.encode()).hexdigest()[:16]
    return _workspace(str(config.data_dir), os.environ.get("CALLNOTES_DB_URL", ""), fingerprint)


# -- language ---------------------------------------------------------------------------
def lang() -> str:
    value = st.session_state.get("lang", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    return translate(lang(), key, **values)


def language_switch() -> None:
    """The language lives in plain session state (``lang``): it survives sign-in and page changes."""

    def changed() -> None:
        st.session_state["lang"] = st.session_state["lang_switch"]

    st.radio(
        "Idioma / Language",
        LANGUAGES,
        index=LANGUAGES.index(lang()),
        key="lang_switch",
        on_change=changed,
        horizontal=True,
        format_func=lambda code: {"es": "Español", "en": "English"}[code],
    )


# -- session ----------------------------------------------------------------------------
def session_seconds() -> float:
    try:
        minutes = float(os.environ.get(SESSION_MINUTES_ENV, DEFAULT_SESSION_MINUTES))
    except ValueError:
        minutes = DEFAULT_SESSION_MINUTES
    return max(minutes, 0.1) * 60


def sign_in(username: str, password: str) -> str | None:
    """None when signed in, else the text key of why not (a lock-out is not a wrong password)."""
    try:
        actor = services().users.authenticate(username.strip(), password)
    except LockedOut:
        return "login.locked"
    except AuthError:
        return "login.failed"
    st.session_state["actor"] = actor
    st.session_state["last_seen"] = time.monotonic()
    st.session_state.pop("expired", None)
    return None


def sign_out(expired: bool = False) -> None:
    keep = {"lang": lang()}
    st.session_state.clear()  # nothing a previous user saw survives into the next session
    st.session_state.update(keep)
    if expired:
        st.session_state["expired"] = True


def current_actor() -> Actor | None:
    """The signed-in user, or None when nobody is (or the session timed out, or the account was disabled)."""
    actor: Actor | None = st.session_state.get("actor")
    if actor is None:
        return None
    if time.monotonic() - st.session_state.get("last_seen", 0.0) > session_seconds():
        sign_out(expired=True)
        return None
    try:
        fresh = services().users.actor(actor.username)
    except UnknownUser:
        sign_out()
        return None
    if fresh.role != actor.role:
        st.session_state["actor"] = fresh
        actor = fresh
    st.session_state["last_seen"] = time.monotonic()
    return actor


def actor() -> Actor:
    """For pages: the signed-in user (the entry point only runs pages for someone signed in)."""
    who = st.session_state.get("actor")
    if who is None:
        st.stop()
    return who


@contextmanager
def shown_errors() -> Iterator[None]:
    """Service errors become one clear message on the page instead of a traceback."""
    try:
        yield
    except PermissionDenied:
        st.error(t("common.denied"))
    except CallnotesError as exc:
        st.error(str(exc))


def line_default() -> str:
    return os.environ.get(LINE_ENV, DEFAULT_LINE)
