"""Reviewer · Dashboard: calls per week by type and urgency, scores over time, draft-vs-approved agreement."""

import altair as alt
import pandas as pd
import streamlit as st

from ui import state
from ui.components import field_label, value_label
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("dashboard.title"))

data = None
with state.shown_errors():
    data = ws.quality.dashboard(actor)
if data is None:
    st.stop()


def csv_button(table: str) -> None:
    if st.button(t("dashboard.prepare_csv"), key=f"csv_{table}"):
        with state.shown_errors():
            st.session_state[f"csv_{table}_data"] = ws.quality.export_csv(actor, table)
    if payload := st.session_state.get(f"csv_{table}_data"):
        st.download_button(
            t("dashboard.download_csv"), payload, file_name=f"{table}.csv", mime="text/csv", key=f"csv_{table}_download"
        )


st.subheader(t("dashboard.calls_per_week"))
if data.calls_per_week:
    frame = pd.DataFrame(
        [
            {
                "week": r.week,
                "type": value_label("call_type", r.call_type),
                "urgency": value_label("urgency", r.urgency),
                "calls": r.calls,
            }
            for r in data.calls_per_week
        ]
    )
    c1, c2 = st.columns(2)
    c1.altair_chart(
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week:N", title=t("dashboard.week")),
            y=alt.Y("sum(calls):Q", title=t("dashboard.calls")),
            color=alt.Color("type:N", title=t("dashboard.type")),
        ),
        width="stretch",
    )
    c2.altair_chart(
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("week:N", title=t("dashboard.week")),
            y=alt.Y("sum(calls):Q", title=t("dashboard.calls")),
            color=alt.Color("urgency:N", title=t("dashboard.urgency")),
        ),
        width="stretch",
    )
else:
    st.info(t("dashboard.no_calls"))
csv_button("calls_per_week")

st.subheader(t("dashboard.scores"))
if data.scores:
    frame = pd.DataFrame(
        [{"week": r.week, "criterion": r.criterion, "mean": r.mean, "reviews": r.reviews} for r in data.scores]
    )
    st.altair_chart(
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("week:N", title=t("dashboard.week")),
            y=alt.Y("mean:Q", scale=alt.Scale(domain=[1, 5]), title=t("dashboard.mean")),
            color=alt.Color("criterion:N", title=t("dashboard.criterion")),
            tooltip=["criterion", "mean", "reviews"],
        ),
        width="stretch",
    )
else:
    st.info(t("dashboard.no_scores"))
csv_button("scores")

st.subheader(t("dashboard.agreement"))
if data.agreement:
    frame = pd.DataFrame(
        [{"field": field_label(r.field), "rate": r.rate, "agreed": r.agreed, "total": r.total} for r in data.agreement]
    )
    st.altair_chart(
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("rate:Q", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%"), title=t("dashboard.rate")),
            y=alt.Y("field:N", sort="-x", title=None),
            tooltip=["field", "agreed", "total"],
        ),
        width="stretch",
    )
else:
    st.info(t("dashboard.no_agreement"))
csv_button("agreement")
