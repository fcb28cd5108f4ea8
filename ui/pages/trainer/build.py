"""Trainer · Build a scenario from an approved call: surrogate transcript, case note, objectives, questions."""

import streamlit as st

from ui import state
from ui.components import value_label
from ui.scenario import export_buttons, preview
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("build.title"))
st.caption(t("build.intro"))

candidates = []
with state.shown_errors():
    candidates = ws.training.candidates(actor)
usable = [c for c in candidates if c.raw_available]
if not usable:
    st.info(t("build.none"))
    st.stop()

st.dataframe(
    [
        {
            t("build.col_call"): c.call_id,
            t("build.col_week"): c.week,
            t("build.col_language"): c.language or "—",
            t("build.col_type"): value_label("call_type", c.call_type),
            t("build.col_urgency"): value_label("urgency", c.urgency),
            t("build.col_exploitation"): ", ".join(value_label("exploitation_types", e) for e in c.exploitation_types),
        }
        for c in usable
    ],
    hide_index=True,
)
with st.form("build-scenario"):
    call_id = st.selectbox(t("build.call"), [c.call_id for c in usable], key="build_call")
    title = st.text_input(t("build.scenario_title"), key="build_title")
    objectives = st.text_area(t("build.objectives"), key="build_objectives", help=t("build.one_per_line"))
    questions = st.text_area(t("build.questions"), key="build_questions", help=t("build.one_per_line"))
    tags = st.text_input(t("build.tags"), key="build_tags", help=t("build.tags_help"))
    submitted = st.form_submit_button(t("build.create"), type="primary")
if submitted:
    with st.spinner(t("build.working")), state.shown_errors():
        scenario = ws.training.build(
            actor, call_id, title, objectives, questions, [x for x in tags.split(",") if x.strip()]
        )
        st.session_state["built_scenario"] = scenario.id

if built := st.session_state.get("built_scenario"):
    with state.shown_errors():
        scenario = ws.training.get(actor, built)
        st.success(t("build.created", id=scenario.id))
        st.warning(t("build.check_before_sharing"))
        preview(scenario)
        export_buttons(actor, scenario.id)
