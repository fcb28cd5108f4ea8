"""Reviewer · Score: redacted transcript, bleeped audio and the approved note side by side; the scorecard."""

import streamlit as st

from callnotes.store import CallState
from ui import state
from ui.components import note_table, placeholder_marks, show_transcript
from ui.state import lang, t

actor = state.actor()
ws = state.services()
st.title(t("score.title"))

calls = []
with state.shown_errors():
    calls = ws.calls.list(actor, state=CallState.approved.value)
if not calls:
    st.info(t("score.none"))
    st.stop()
ids = [c.id for c in calls]
sample = st.session_state.get("current_sample")
if sample is not None and st.checkbox(t("score.only_sample"), value=True, key="score_only_sample"):
    ids = [i for i in ids if i in sample.call_ids] or ids
wanted = st.session_state.get("score_call")
if wanted in ids and st.session_state.get("score_pick") != wanted:
    st.session_state["score_pick"] = wanted
call_id = st.selectbox(t("score.call"), ids, key="score_pick")
st.session_state["score_call"] = call_id
summary = next(c for c in calls if c.id == call_id)


# What was read is kept while the call stays the same; a manual redaction by its operator changes the call's
# counts and time stamp, so an open page reads the text again instead of showing what was just hidden.
stamp = (call_id, summary.updated_at, tuple(sorted(summary.entity_counts.items())))


def view(name: str, load):
    """Read once per call while this page is open: one view, one audit event, not one per slider move."""
    cache = st.session_state.setdefault("score_views", {})
    if cache.get("_call") != stamp:
        cache.clear()
        cache["_call"] = stamp
    if name not in cache:
        cache[name] = load()
    return cache[name]


left, right = st.columns([5, 4], gap="large")
with left:
    with state.shown_errors():
        if summary.has_bleeped_audio:
            clip = view("audio", lambda: ws.calls.audio(actor, call_id, "bleeped"))
            st.caption(t("score.bleeped"))
            st.audio(clip.data, format="audio/wav")
        else:
            st.caption(t("score.no_bleeped"))
        red = view("redacted", lambda: ws.calls.redacted_transcript(actor, call_id))
        show_transcript(red.text, placeholder_marks(red.text), height=460)
with right:
    with state.shown_errors():
        note = view("note", lambda: ws.notes.current(actor, call_id))
        st.subheader(t("score.note", version=note.version))
        st.dataframe(note_table(note.content), hide_index=True)

st.divider()
st.subheader(t("score.scorecard"))
criteria = ()
with state.shown_errors():
    criteria = ws.quality.scorecard(actor)
scores, comments = {}, []
with st.form(f"scorecard-{call_id}", clear_on_submit=True):
    for criterion in criteria:
        c1, c2 = st.columns([2, 3])
        scores[criterion.id] = c1.slider(criterion.label(lang()), 1, 5, 3, key=f"score_{call_id}_{criterion.id}")
        remark = c2.text_input(
            t("score.comment_on", criterion=criterion.label(lang())), key=f"remark_{call_id}_{criterion.id}"
        )
        if remark.strip():
            comments.append(f"{criterion.id}: {remark.strip()}")
    overall = st.text_area(t("score.comment"), key=f"score_comment_{call_id}")
    submitted = st.form_submit_button(t("score.save"), type="primary")
if submitted:
    with state.shown_errors():
        text = "\n".join([*comments, overall.strip()]).strip()
        saved = ws.quality.score(actor, call_id, scores, text)
        st.success(t("score.saved", id=saved.id))

with st.expander(t("score.previous")):
    with state.shown_errors():
        for review in ws.reviews.list(actor, call_id):
            if review.scores:
                st.write(
                    f"{review.reviewer} · {review.created_at:%Y-%m-%d %H:%M} · "
                    + ", ".join(f"{k} {v}" for k, v in review.scores.items())
                )
                if review.comment:
                    st.caption(review.comment)
