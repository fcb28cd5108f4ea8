"""Admin · Retention purge: a dry run first, then the real purge after confirmation."""

import streamlit as st

from ui import state
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("purge.title"))
st.caption(t("purge.intro"))


def show(report) -> None:
    st.write(t("purge.cutoff", cutoff=f"{report.cutoff:%Y-%m-%d %H:%M} UTC"))
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("purge.calls"), len(report.call_ids))
    c2.metric(t("purge.audio"), report.audio_files)
    c3.metric(t("purge.transcripts"), report.transcripts)
    c4.metric(t("purge.mappings"), report.mappings)


if st.button(t("purge.dry_run"), key="purge_dry"):
    with state.shown_errors():
        st.session_state["purge_preview"] = ws.retention.purge(actor, dry_run=True)
if (preview := st.session_state.get("purge_preview")) is not None:
    st.subheader(t("purge.would"))
    show(preview)
    confirm = st.checkbox(t("purge.confirm"), key="purge_confirm")
    if st.button(t("purge.run"), type="primary", disabled=not confirm, key="purge_run"):
        with state.shown_errors():
            report = ws.retention.purge(actor, dry_run=False)
            st.session_state.pop("purge_preview", None)
            st.session_state["purge_done"] = report
            st.rerun()
if (done := st.session_state.get("purge_done")) is not None:
    st.success(t("purge.done"))
    show(done)
