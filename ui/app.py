"""The callnotes app: one entry point; the pages offered depend on the signed-in user's role.

Run it with ``callnotes app``. Sign-in checks the store's users (Argon2id hashes);
sessions time out after ``CALLNOTES_SESSION_MINUTES`` (default 15) without activity.
"""

from __future__ import annotations

import streamlit as st

from callnotes.security.roles import Role
from ui import state
from ui.state import t

st.set_page_config(page_title="callnotes", page_icon=":material/call:", layout="wide")


# One folder of pages per role: (file under pages/, title key in ui/i18n, Material icon, URL); the first is home.
ROLE_PAGES: dict[Role, tuple[tuple[str, str, str, str], ...]] = {
    Role.operator: (
        ("operator/my_calls.py", "nav.my_calls", "list_alt", "my-calls"),
        ("operator/new_call.py", "nav.new_call", "add_call", "new-call"),
        ("operator/review.py", "nav.review", "edit_note", "review"),
    ),
    Role.reviewer: (
        ("reviewer/sample.py", "nav.sample", "casino", "sample"),
        ("reviewer/score.py", "nav.score", "grading", "score"),
        ("reviewer/dashboard.py", "nav.dashboard", "bar_chart", "dashboard"),
    ),
    Role.trainer: (
        ("trainer/build.py", "nav.build", "extension", "build"),
        ("trainer/library.py", "nav.library", "library_books", "library"),
    ),
    Role.admin: (
        ("admin/health.py", "nav.health", "monitor_heart", "health"),
        ("admin/users.py", "nav.users", "group", "users"),
        ("admin/settings.py", "nav.settings", "settings", "settings"),
        ("admin/audit.py", "nav.audit", "manage_search", "audit"),
        ("admin/purge.py", "nav.purge", "delete_sweep", "purge"),
    ),
}


def pages_for(role: Role) -> list[st.Page]:
    """The navigation of one role: its own folder of pages, nothing from the others."""
    return [
        st.Page(f"pages/{path}", title=t(title), icon=f":material/{icon}:", url_path=url, default=i == 0)
        for i, (path, title, icon, url) in enumerate(ROLE_PAGES[role])
    ]


def sign_in_page() -> None:
    st.title(t("login.title"))
    st.caption(t("login.subtitle"))
    state.language_switch()
    if st.session_state.get("expired"):
        st.warning(t("login.expired"))
    with st.form("sign-in", clear_on_submit=True):
        username = st.text_input(t("login.username"), key="login_username")
        password = st.text_input(t("login.password"), type="password", key="login_password")
        submitted = st.form_submit_button(t("login.submit"), type="primary")
    if submitted:
        problem = state.sign_in(username, password)
        if problem is None:
            st.rerun()
        st.error(t(problem))
    st.info(t("login.help"))


def main() -> None:
    actor = state.current_actor()
    if actor is None:
        st.navigation([st.Page(sign_in_page, title=t("login.title"), icon=":material/lock:")], position="hidden").run()
        return
    with st.sidebar:
        st.markdown(f"**{actor.username}** · {t('roles.' + actor.role.value)}")
        state.language_switch()
        if st.button(t("login.sign_out"), key="sign_out"):
            state.sign_out()
            st.rerun()
        st.caption(t("login.timeout", minutes=round(state.session_seconds() / 60)))
    st.navigation(pages_for(actor.role)).run()


main()
