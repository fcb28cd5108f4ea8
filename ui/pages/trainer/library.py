"""Trainer · Scenario library: filter by tag, preview, edit the trainer's material, export."""

import streamlit as st

from ui import state
from ui.scenario import export_buttons, preview
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("library.title"))

scenarios = []
with state.shown_errors():
    scenarios = ws.training.library(actor)
if not scenarios:
    st.info(t("library.empty"))
    st.stop()

all_tags = sorted({tag for s in scenarios for tag in s.tags})
tag = st.selectbox(
    t("library.tag"),
    [None, *all_tags],
    key="library_tag",
    format_func=lambda x: t("library.all_tags") if x is None else x,
)
shown = [s for s in scenarios if tag is None or tag in s.tags]
st.dataframe(
    [
        {
            t("library.col_id"): s.id,
            t("library.col_title"): s.title,
            t("library.col_tags"): ", ".join(s.tags),
            t("library.col_author"): s.author,
            t("library.col_language"): s.language,
            t("library.col_created"): f"{s.created_at:%Y-%m-%d}" if s.created_at else "",
        }
        for s in shown
    ],
    hide_index=True,
)
pick = st.selectbox(
    t("library.open"),
    [s.id for s in shown],
    key="library_pick",
    format_func=lambda i: next(f"#{s.id} · {s.title}" for s in shown if s.id == i),
)
scenario = next(s for s in shown if s.id == pick)

with st.expander(t("library.edit")):
    with st.form(f"edit-{scenario.id}"):
        title = st.text_input(t("build.scenario_title"), value=scenario.title)
        objectives = st.text_area(t("build.objectives"), value="\n".join(scenario.objectives))
        questions = st.text_area(t("build.questions"), value="\n".join(scenario.questions))
        tags = st.text_input(t("build.tags"), value=", ".join(scenario.tags))
        if st.form_submit_button(t("library.save")):
            with state.shown_errors():
                ws.training.update(
                    actor, scenario.id, title, objectives, questions, [x for x in tags.split(",") if x.strip()]
                )
                st.rerun()

preview(scenario)
export_buttons(actor, scenario.id)
