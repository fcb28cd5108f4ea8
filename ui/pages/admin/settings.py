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
    st.dataframe([
        {t("settings.name"): t("settings.database"), t("settings.value"): overview.database},
        {t("settings.name"): t("settings.data_dir"), t("settings.value"): overview.data_dir},
        {t("settings.name"): t("settings.key_id"), t("settings.value"): overview.key_id},
    ], hide_index=True)
    st.subheader(t("settings.calls"))
    st.dataframe([{t("settings.state"): state_label(s), t("settings.count"): n}
                  for s, n in sorted(overview.calls_by_state.items())], hide_index=True)
st.info(t("settings.how_to_change"))
st.code("store:\n  retention_days: 30\nasr:\n  model: base\nsummarize:\n  backend: rules\n", language="yaml")
