"""Admin · System health: models present and verified, disk space, queue length."""

import streamlit as st

from ui import state
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("health.title"))

verify = st.checkbox(t("health.verify"), value=False, key="health_verify", help=t("health.verify_help"))
with state.shown_errors():
    health = ws.health.check(actor, verify_hashes=verify)
    (st.success if health.ok else st.error)(t("health.ok") if health.ok else t("health.problems"))
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("health.queued"), health.queued)
    c2.metric(t("health.awaiting_review"), health.awaiting_review)
    c3.metric(t("health.failed"), health.failed)
    c4.metric(t("health.inbox"), health.inbox_files)
    st.metric(
        t("health.disk"),
        f"{health.disk_free / 1024**3:.1f} GB",
        help=t("health.disk_total", total=f"{health.disk_total / 1024**3:.1f} GB"),
    )
    if health.low_disk:
        st.warning(t("health.low_disk"))
    st.subheader(t("health.models"))
    st.dataframe(
        [
            {
                t("health.model"): m.name,
                t("health.status"): "✓" if m.ok else "✗",
                t("health.detail"): t(f"health.status_{m.status}") + (f" · {m.detail}" if m.detail else ""),
            }
            for m in health.models
        ],
        hide_index=True,
    )
