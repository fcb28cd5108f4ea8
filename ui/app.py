"""The callnotes app: one entry point; the pages offered depend on the signed-in user's role.

Run it with ``callnotes app``. Sign-in checks the store's users (Argon2id hashes);
sessions time out after ``CALLNOTES_SESSION_MINUTES`` (default 15) without activity.
"""

from __future__ import annotations

import streamlit as st

from callnotes.security.roles import Role
from ui import state
from ui.state import t

st.set_page_config(page_title="callnotes", page_icon="📞", layout="wide")


def pages_for(role: Role) -> list[st.Page]:
    """The navigation of one role: one folder of pages per role, nothing from the others."""
    if role is Role.operator:
        return [
            st.Page("pages/operator/my_calls.py", title=t("nav.my_calls"), icon="📋", url_path="my-calls",
                    default=True),
            st.Page("pages/operator/new_call.py", title=t("nav.new_call"), icon="➕", url_path="new-call"),
            st.Page("pages/operator/review.py", title=t("nav.review"), icon="📝", url_path="review"),
        ]
    if role is Role.reviewer:
        return [
            st.Page("pages/reviewer/sample.py", title=t("nav.sample"), icon="🎲", url_path="sample", default=True),
            st.Page("pages/reviewer/score.py", title=t("nav.score"), icon="✅", url_path="score"),
            st.Page("pages/reviewer/dashboard.py", title=t("nav.dashboard"), icon="📊", url_path="dashboard"),
        ]
    if role is Role.trainer:
        return [
            st.Page("pages/trainer/build.py", title=t("nav.build"), icon="🧩", url_path="build", default=True),
            st.Page("pages/trainer/library.py", title=t("nav.library"), icon="📚", url_path="library"),
        ]
    return [
        st.Page("pages/admin/health.py", title=t("nav.health"), icon="🩺", url_path="health", default=True),
        st.Page("pages/admin/users.py", title=t("nav.users"), icon="👥", url_path="users"),
        st.Page("pages/admin/settings.py", title=t("nav.settings"), icon="⚙️", url_path="settings"),
        st.Page("pages/admin/audit.py", title=t("nav.audit"), icon="🔎", url_path="audit"),
        st.Page("pages/admin/purge.py", title=t("nav.purge"), icon="🧹", url_path="purge"),
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
        if state.sign_in(username, password):
            st.rerun()
        st.error(t("login.failed"))
    st.info(t("login.help"))


def main() -> None:
    actor = state.current_actor()
    if actor is None:
        st.navigation([st.Page(sign_in_page, title=t("login.title"), icon="🔐")], position="hidden").run()
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
