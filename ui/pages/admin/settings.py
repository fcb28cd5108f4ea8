"""Admin · Retention and model settings as in effect, and where to change them."""

import streamlit as st

from ui import state
from ui.components import state_label
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("settings.title"))

with state.shown_errors():
    overview = ws.admin.overview(actor)
    c1, c2 = st.columns(2)
    c1.metric(t("settings.retention"), t("settings.days", n=overview.retention_days))
    c2.metric(t("settings.asr_model"), overview.asr_model)
    st.dataframe(
        [
            {t("settings.name"): t("settings.database"), t("settings.value"): overview.database},
            {t("settings.name"): t("settings.data_dir"), t("settings.value"): overview.data_dir},
            {t("settings.name"): t("settings.key_id"), t("settings.value"): overview.key_id},
        ],
        hide_index=True,
    )
    st.subheader(t("settings.calls"))
    st.dataframe(
        [
            {t("settings.state"): state_label(s), t("settings.count"): n}
            for s, n in sorted(overview.calls_by_state.items())
        ],
        hide_index=True,
    )
st.subheader(t("settings.change"))
with state.shown_errors():
    editable = ws.configuration.current(actor)
    models = editable.asr_models or [editable.asr_model]
    with st.form("settings-form"):
        days = st.number_input(
            t("settings.retention"),
            min_value=1,
            max_value=3650,
            value=editable.retention_days,
            step=1,
            key="settings_days",
        )
        model = st.selectbox(
            t("settings.asr_model"),
            models,
            key="settings_model",
            index=models.index(editable.asr_model) if editable.asr_model in models else 0,
        )
        note_lang = st.radio(
            t("settings.note_language"),
            ["es", "en"],
            horizontal=True,
            key="settings_note_lang",
            index=["es", "en"].index(editable.note_language) if editable.note_language in ("es", "en") else 0,
        )
        saved = st.form_submit_button(t("settings.save"), type="primary")
    if saved:
        changed = ws.configuration.update(actor, int(days), model, note_lang)
        st.success(t("settings.saved", path=str(changed.path)))
    st.caption(t("settings.file", path=str(editable.path)))
