"""Scenario preview and export buttons, shared by the trainer's pages."""

from __future__ import annotations

import streamlit as st

from callnotes.services import Actor
from callnotes.services.training import TrainingScenario, to_markdown
from ui import state
from ui.state import lang, t


def preview(scenario: TrainingScenario) -> None:
    st.subheader(t("scenario.preview"))
    with st.container(border=True, height=520):
        st.markdown(to_markdown(scenario, lang()))


def export_buttons(actor: Actor, scenario_id: int) -> None:
    """Each export is prepared (and audited) on request, then offered as a download."""
    cols = st.columns(3)
    for col, fmt in zip(cols, ("md", "json", "pdf"), strict=True):
        key = f"export_{scenario_id}_{fmt}"
        if col.button(t("scenario.prepare", fmt=fmt.upper()), key=key + "_prepare"):
            with state.shown_errors():
                st.session_state[key] = state.services().training.export(actor, scenario_id, fmt, lang())
        if (file := st.session_state.get(key)) is not None:
            col.download_button(
                t("scenario.download", name=file.name),
                file.data,
                file_name=file.name,
                mime=file.mime,
                key=key + "_download",
            )
