"""Operator · New call: upload recordings or pick them from the inbox; consent is required."""

import streamlit as st

from callnotes.store import Consent
from ui import state
from ui.components import state_label
from ui.state import t

STAGES = ("transcribe", "redact", "draft")

actor = state.actor()
ws = state.services()
st.title(t("new_call.title"))

source = st.radio(
    t("new_call.source"),
    ["upload", "inbox"],
    format_func=lambda s: t(f"new_call.source_{s}"),
    horizontal=True,
    key="new_call_source",
)
uploads, inbox_names = [], []
if source == "upload":
    uploads = (
        st.file_uploader(
            t("new_call.upload"),
            accept_multiple_files=True,
            key="new_call_files",
            type=["wav", "mp3", "ogg", "flac", "m4a", "opus", "webm", "aac"],
        )
        or []
    )
else:
    with state.shown_errors():
        files = ws.casework.inbox(actor)
        if not files:
            st.info(t("new_call.inbox_empty"))
        inbox_names = st.multiselect(t("new_call.inbox_pick"), [f.name for f in files], key="new_call_inbox")

consent = st.radio(
    t("new_call.consent"),
    [c.value for c in Consent],
    index=None,
    format_func=lambda c: t(f"consent.{c}"),
    key="new_call_consent",
    horizontal=True,
)
col1, col2 = st.columns(2)
col1.text_input(t("new_call.operator"), value=actor.username, disabled=True, key="new_call_operator")
line = col2.text_input(t("new_call.line"), value=state.line_default(), key="new_call_line")

if st.button(t("new_call.process"), type="primary", key="new_call_go"):
    if consent is None:
        st.error(t("new_call.consent_required"))
        st.stop()
    items = [(u.name, u) for u in uploads] + [(n, None) for n in inbox_names]
    if not items:
        st.error(t("new_call.nothing"))
        st.stop()
    results = []
    for name, upload in items:
        with st.status(t("new_call.processing", name=name), expanded=True) as box:
            bar = st.progress(0.0)

            def progress(call_id: int, stage: str, box=box, bar=bar) -> None:
                done = STAGES.index(stage) if stage in STAGES else 0
                bar.progress(done / len(STAGES), text=t(f"stages.{stage}"))
                box.update(label=t("new_call.stage", call=call_id, stage=t(f"stages.{stage}")))
                st.write("⏳ " + t(f"stages.{stage}"))

            def audio_progress(call_id: int, done_s: float, total_s: float, bar=bar) -> None:
                share = min(done_s / total_s, 1.0) if total_s else 0.0
                bar.progress(
                    share / len(STAGES), text=t("new_call.transcribed", done=round(done_s), total=round(total_s))
                )

            with state.shown_errors():
                if upload is not None:
                    result = ws.casework.process_upload(
                        actor, name, upload.getvalue(), consent, line, progress, audio_progress
                    )
                else:
                    result = ws.casework.process_inbox_file(actor, name, consent, line, progress, audio_progress)
                results.append(result)
                bar.progress(1.0)
                ok = result.error is None and result.call_id is not None
                box.update(
                    label=f"{name}: " + (state_label(result.state) if ok else t("new_call.failed")),
                    state="complete" if ok else "error",
                    expanded=not ok,
                )
                if result.error:
                    st.error(result.error)
    st.session_state["new_call_results"] = results

for result in st.session_state.get("new_call_results", []):
    if result.call_id is None:
        continue
    note = t("new_call.duplicate") if result.duplicate else ""
    st.success(t("new_call.done", call=result.call_id, state=state_label(result.state)) + note)
    if st.button(t("new_call.open", call=result.call_id), key=f"new_call_open_{result.call_id}"):
        st.session_state["open_call"] = result.call_id
        st.switch_page("pages/operator/review.py")
