"""Admin · Audit log with filters (who, what, which call, outcome); ids and counts only, never PII."""

import csv
import io

import streamlit as st

from ui import state
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("audit.title"))

c1, c2, c3, c4 = st.columns(4)
action = c1.text_input(t("audit.action"), key="audit_action")
username = c2.text_input(t("audit.user"), key="audit_user")
call = c3.number_input(t("audit.call"), min_value=0, value=0, step=1, key="audit_call")
outcome = c4.selectbox(
    t("audit.outcome"),
    [None, "ok", "denied", "refused", "failed"],
    key="audit_outcome",
    format_func=lambda o: t("audit.any") if o is None else o,
)

events = []
with state.shown_errors():
    events = ws.audit.events(
        actor,
        action=action.strip() or None,
        username=username.strip() or None,
        call_id=int(call) or None,
        outcome=outcome,
    )
rows = [
    {
        "id": e.id,
        t("audit.at"): f"{e.at:%Y-%m-%d %H:%M:%S}",
        t("audit.user"): e.actor,
        t("audit.action"): e.action,
        t("audit.outcome"): e.outcome,
        t("audit.call"): str(e.call_id or ""),
        t("audit.detail"): ", ".join(f"{k}={v}" for k, v in e.detail.items()),
    }
    for e in events
]
st.caption(t("audit.count", n=len(rows)))
st.dataframe(rows, hide_index=True)
if rows:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    st.download_button(t("audit.download"), out.getvalue(), file_name="audit.csv", mime="text/csv")
