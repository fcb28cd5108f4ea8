"""Admin · Users and roles: add (password generated and shown once), change role, (de)activate, reset."""

import secrets

import streamlit as st

from callnotes.security.roles import Role
from ui import state
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("users.title"))

if shown := st.session_state.pop("users_password", None):
    st.success(t("users.password_once", user=shown[0], password=shown[1]))

users = []
with state.shown_errors():
    users = ws.users.list(actor)
st.dataframe(
    [
        {
            t("users.col_user"): u.username,
            t("users.col_role"): t(f"roles.{u.role.value}"),
            t("users.col_active"): "✓" if u.active else "✗",
            t("users.col_created"): f"{u.created_at:%Y-%m-%d}",
        }
        for u in users
    ],
    hide_index=True,
)

st.subheader(t("users.add"))
with st.form("add-user", clear_on_submit=True):
    c1, c2 = st.columns(2)
    username = c1.text_input(t("users.username"), key="users_new_name")
    role = c2.selectbox(
        t("users.role"), [r.value for r in Role], format_func=lambda r: t(f"roles.{r}"), key="users_new_role"
    )
    if st.form_submit_button(t("users.create"), type="primary"):
        with state.shown_errors():
            password = secrets.token_urlsafe(15)
            created = ws.users.create(actor, username.strip(), Role(role), password)
            st.session_state["users_password"] = (created.username, password)
            st.rerun()

if users:
    st.subheader(t("users.change"))
    names = [u.username for u in users]
    who = st.selectbox(t("users.username"), names, key="users_pick")
    target = next(u for u in users if u.username == who)
    c1, c2, c3 = st.columns(3)
    new_role = c1.selectbox(
        t("users.role"),
        [r.value for r in Role],
        index=[r.value for r in Role].index(target.role),
        format_func=lambda r: t(f"roles.{r}"),
        key=f"users_role_{who}",
    )
    if c1.button(t("users.set_role"), key="users_set_role"):
        with state.shown_errors():
            ws.users.set_role(actor, who, Role(new_role))
            st.rerun()
    if c2.button(
        t("users.deactivate") if target.active else t("users.activate"),
        key="users_toggle",
        disabled=who == actor.username,
    ):
        with state.shown_errors():
            ws.users.set_active(actor, who, not target.active)
            st.rerun()
    if c3.button(t("users.reset"), key="users_reset"):
        with state.shown_errors():
            password = secrets.token_urlsafe(15)
            ws.users.set_password(actor, who, password)
            st.session_state["users_password"] = (who, password)
            st.rerun()

# An operator who has left: their calls go to a colleague, or a leak found later in one could not be hidden.
departed = [u.username for u in users if not u.active and u.role is Role.operator]
active_ops = [u.username for u in users if u.active and u.role is Role.operator]
if departed and active_ops:
    st.subheader(t("users.hand_over"))
    st.caption(t("users.hand_over_help"))
    if done := st.session_state.pop("users_handed", None):
        st.success(t("users.handed", count=done[0], source=done[1], target=done[2]))
    c1, c2 = st.columns(2)
    source = c1.selectbox(t("users.hand_over_from"), departed, key="users_hand_from")
    target = c2.selectbox(t("users.hand_over_to"), active_ops, key="users_hand_to")
    if st.button(t("users.hand_over_button"), key="users_hand_over"):
        with state.shown_errors():
            count = ws.users.hand_over_calls(actor, source, target)
            st.session_state["users_handed"] = (count, source, target)
            st.rerun()
