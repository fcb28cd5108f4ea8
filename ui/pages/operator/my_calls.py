"""Operator · My calls: own calls with their state, filters, search over the redacted text."""

import streamlit as st

from callnotes.store import CallState
from ui import state
from ui.components import state_label
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("my_calls.title"))

left, right = st.columns([1, 2])
with left:
    chosen_state = st.selectbox(
        t("my_calls.state"),
        [None, *[s.value for s in CallState]],
        format_func=lambda s: t("my_calls.all_states") if s is None else state_label(s),
        key="my_calls_state",
    )
with right:
    query = st.text_input(t("my_calls.search"), key="my_calls_query", placeholder=t("my_calls.search_hint"))

calls = []
with state.shown_errors():
    calls = ws.casework.search(actor, query, state=chosen_state)

if not calls:
    st.info(t("my_calls.empty"))
    st.stop()

st.dataframe(
    [
        {
            t("my_calls.col_id"): c.id,
            t("my_calls.col_received"): f"{c.received_at:%Y-%m-%d %H:%M}",
            t("my_calls.col_state"): state_label(c.state),
            t("my_calls.col_language"): c.language or "—",
            t("my_calls.col_duration"): f"{c.duration_s:.0f} s" if c.duration_s else "—",
            t("my_calls.col_identifiers"): sum(c.entity_counts.values()),
            t("my_calls.col_versions"): c.note_versions,
        }
        for c in calls
    ],
    hide_index=True,
    width="stretch",
)

pick = st.selectbox(
    t("my_calls.open_which"),
    [c.id for c in calls],
    format_func=lambda i: next(f"#{c.id} · {state_label(c.state)}" for c in calls if c.id == i),
    key="my_calls_pick",
)
if st.button(t("my_calls.open"), type="primary", key="my_calls_open"):
    st.session_state["open_call"] = pick
    st.switch_page("pages/operator/review.py")
