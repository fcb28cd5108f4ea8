"""Reviewer · Sample: a random or stratified sample of approved calls, recorded so it can be re-drawn."""

import streamlit as st

from callnotes.services.quality import Stratum
from ui import state
from ui.components import value_label
from ui.state import t

actor = state.actor()
ws = state.services()
st.title(t("sample.title"))
st.caption(t("sample.intro"))

c1, c2, c3 = st.columns(3)
size = c1.number_input(t("sample.size"), min_value=1, max_value=500, value=5, step=1, key="sample_size")
stratify = c2.selectbox(
    t("sample.stratify"),
    [None, *[s.value for s in Stratum]],
    key="sample_stratify",
    format_func=lambda s: t("sample.no_strata") if s is None else t(f"sample.by_{s}"),
)
seed = c3.number_input(t("sample.seed"), min_value=0, value=0, step=1, key="sample_seed", help=t("sample.seed_help"))

if st.button(t("sample.draw"), type="primary", key="sample_draw"):
    with state.shown_errors():
        drawn = ws.quality.draw_sample(actor, int(size), stratify, seed=int(seed) or None)
        st.session_state["current_sample"] = drawn

sample = st.session_state.get("current_sample")
if sample is not None:
    st.subheader(t("sample.drawn", id=sample.id, n=len(sample.call_ids), population=sample.population))
    st.caption(
        t(
            "sample.recipe",
            seed=sample.seed,
            strata=t(f"sample.by_{sample.stratify_by.value}") if sample.stratify_by else t("sample.no_strata"),
            as_of=f"{sample.as_of:%Y-%m-%d %H:%M} UTC",
        )
    )
    with state.shown_errors():
        rows = ws.quality.sampled_calls(actor, sample.call_ids)
        st.dataframe(
            [
                {
                    t("sample.col_call"): r.call_id,
                    t("sample.col_operator"): r.operator,
                    t("sample.col_week"): r.week,
                    t("sample.col_type"): value_label("call_type", r.call_type),
                    t("sample.col_urgency"): value_label("urgency", r.urgency),
                    t("sample.col_scored"): "✓" if r.reviewed else "",
                }
                for r in rows
            ],
            hide_index=True,
        )
        if rows:
            pick = st.selectbox(t("sample.score_which"), [r.call_id for r in rows], key="sample_pick")
            if st.button(t("sample.score"), key="sample_score"):
                st.session_state["score_call"] = pick
                st.switch_page("pages/reviewer/score.py")

with st.expander(t("sample.history")):
    with state.shown_errors():
        history = ws.quality.samples(actor)
        if not history:
            st.write(t("sample.no_history"))
        for past in history:
            cols = st.columns([4, 1])
            strata = t(f"sample.by_{past.stratify_by.value}") if past.stratify_by else t("sample.no_strata")
            cols[0].write(
                f"#{past.id} · {past.drawn_by} · {past.drawn_at:%Y-%m-%d %H:%M} · {strata} · "
                f"seed {past.seed} · {t('sample.calls')}: {', '.join(map(str, past.call_ids)) or '—'}"
            )
            if cols[1].button(t("sample.reproduce"), key=f"sample_repro_{past.id}"):
                again = ws.quality.reproduce(actor, past.id)
                if again == past.call_ids:
                    st.success(t("sample.reproduced_same"))
                else:
                    st.warning(t("sample.reproduced_diff", ids=", ".join(map(str, again))))
