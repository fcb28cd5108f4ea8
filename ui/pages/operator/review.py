"""Operator · Review a draft: audio, transcript with speakers and identifiers, the note with its evidence."""

import streamlit as st

from callnotes.services import ManualRedactionError
from callnotes.store import CallState
from summarize.model import Action, CallerRole, CallType, ExploitationType, Sex, Situation, Urgency
from ui import state
from ui.components import Mark, field_label, legend, note_table, placeholder_marks, show_transcript, state_label
from ui.components import value_label as vlabel
from ui.state import t

EDITABLE = (CallState.ready_for_review.value, CallState.rejected.value)

actor = state.actor()
ws = state.services()
st.title(t("review.title"))


def view(name: str, load):
    """Read once per call and keep for this session's page: one view, one audit event, not one per click."""
    cache = st.session_state.setdefault("review_views", {})
    if name not in cache:
        cache[name] = load()
    return cache[name]


def show_evidence(field: str) -> None:
    # A callback runs before the next run, so it may switch the transcript toggle on.
    st.session_state["review_evidence"] = field
    st.session_state["review_unredacted"] = True


def forget_views() -> None:
    st.session_state.pop("review_views", None)


def forget_note_widgets(call_id: int) -> None:
    """The note's widgets hold the text as it was shown: after a manual redaction it must be read again."""
    for key in [k for k in st.session_state if str(k).startswith(f"n{call_id}v")]:
        del st.session_state[key]


def manual_redaction(call_id: int, raw_available: bool = True) -> None:
    """Hide an identifier the redactor missed: every occurrence, everywhere the call is shown to others.

    Also after retention (only the redacted transcript is left: the text is looked for there)."""
    st.markdown("**" + t("redact.title") + "**")
    st.caption(t("redact.help" if raw_available else "redact.help_after_retention"))
    if flash := st.session_state.pop("redact_flash", None):
        st.success(flash)
    if st.session_state.pop("redact_audio_withdrawn", False):
        st.warning(t("redact.audio_withdrawn"))
    with st.form("manual_redaction", clear_on_submit=True):
        missed = st.text_input(t("redact.text"), key="redact_text", placeholder=t("redact.text_hint"))
        kind = st.selectbox(
            t("redact.type"), ws.redaction.types(), key="redact_type", format_func=lambda v: t(f"redact.types.{v}")
        )
        submitted = st.form_submit_button(t("redact.submit"))
    if not submitted:
        return

    def typed():
        done = ws.redaction.redact_text(actor, call_id, missed, kind)
        st.session_state.pop("redact_text", None)  # what was typed is an identifier: not kept in the session
        return done

    hide(call_id, typed)


def hide(call_id: int, redact) -> None:
    """Run one manual redaction (``redact()``), show its refusal or, once done, refresh every view of the call and
    say what was hidden on the next run."""
    with state.shown_errors():
        try:
            done = redact()
        except ManualRedactionError as refused:
            st.error(t(f"redact.errors.{refused.code}"))
            return
        forget_views()
        forget_note_widgets(call_id)
        st.session_state["redact_flash"] = t("redact.done", count=done.count, placeholder=", ".join(done.placeholders))
        st.session_state["redact_audio_withdrawn"] = done.audio == "withdrawn"
        st.rerun()


def _plain(text: str) -> str:
    """Transcript text shown inside markdown: every markdown character taken literally."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|<>~$" else ch for ch in text).replace("\n", " ")


def second_look(call_id: int) -> None:
    """The few places of the call that may still identify someone after redaction, each with a button that hides
    it (the type suggested by the service, which the operator may change)."""
    found = []
    with state.shown_errors():
        found = view("second_look", lambda: ws.second_look.hints(actor, call_id))
    with st.expander(t("second_look.title", count=len(found)), expanded=bool(found)):
        st.caption(t("second_look.help"))
        if not found:
            st.caption(t("second_look.none"))
            return
        types = list(ws.redaction.types())
        for h in found:
            key = f"sl{call_id}_{h.start}_{h.end}"
            if h.reason == "swept":  # already hidden, on a guess: nothing to hide, the words around it to check
                text_col, check_col = st.columns([11, 2], vertical_alignment="center")
                text_col.markdown(f"{_plain(h.before)}~~{_plain(h.text)}~~{_plain(h.after)}")
                text_col.caption(t("second_look.reasons.swept", type=t(f"redact.types.{h.suggested_type}")))
                if check_col.button(t("second_look.checked"), key=f"{key}_checked"):
                    checked(call_id, h)
                continue
            text_col, type_col, button_col, check_col = st.columns([6, 3, 2, 2], vertical_alignment="center")
            text_col.markdown(f"{_plain(h.before)}**{_plain(h.text)}**{_plain(h.after)}")
            text_col.caption(t(f"second_look.reasons.{h.reason}"))
            if check_col.button(t("second_look.not_identifier"), key=f"{key}_checked"):
                checked(call_id, h)
            kind = type_col.selectbox(
                t("redact.type"),
                types,
                key=f"{key}_type",
                label_visibility="collapsed",
                index=types.index(h.suggested_type) if h.suggested_type in types else 0,
                format_func=lambda v: t(f"redact.types.{v}"),
            )
            if button_col.button(t("second_look.hide"), key=f"{key}_hide"):
                # as a selection in the transcript would be: every other mention too
                hide(call_id, lambda h=h, kind=kind: ws.redaction.redact_span(actor, call_id, h.start, h.end, kind))


def checked(call_id: int, h) -> None:
    """The operator keeps a second-look item as it is: not listed again for this call."""
    with state.shown_errors():
        ws.second_look.check(actor, call_id, h.start, h.end)
        forget_views()
        st.rerun()


def undo_manual_redaction(call_id: int) -> None:
    """Show again a span hidden by hand by mistake (the transcript and audio only; notes keep the placeholder)."""
    hand = []
    with state.shown_errors():
        hand = view("manual", lambda: ws.redaction.manual(actor, call_id))
    if not hand:
        return
    with st.expander(t("redact.undo_title")):
        st.caption(t("redact.undo_help"))
        names = {m.placeholders[0]: t("redact.undo_option", placeholder=m.placeholders[0], count=m.count) for m in hand}
        picked = st.selectbox(t("redact.undo_pick"), list(names), key="redact_undo_pick", format_func=names.get)
        if st.button(t("redact.undo"), key="redact_undo"):
            with state.shown_errors():
                try:
                    done = ws.redaction.undo(actor, call_id, picked)
                except ManualRedactionError as refused:
                    st.error(t(f"redact.errors.{refused.code}"))
                    return
                forget_views()
                st.session_state["redact_flash"] = t("redact.undone", count=done.count, placeholder=picked)
                st.rerun()


calls = []
with state.shown_errors():
    calls = [c for c in ws.calls.list(actor) if c.note_versions > 0]
if not calls:
    st.info(t("review.none"))
    st.stop()

ids = [c.id for c in calls]
# The call asked for (from My calls / New call), else the first one still waiting for this operator.
waiting = [c.id for c in calls if c.state in EDITABLE]
wanted = st.session_state.get("open_call") or (waiting[0] if waiting else None)
if wanted in ids and st.session_state.get("review_call") != wanted:
    st.session_state["review_call"] = wanted
call_id = st.selectbox(
    t("review.call"),
    ids,
    key="review_call",
    format_func=lambda i: next(
        f"#{c.id} · {c.received_at:%Y-%m-%d %H:%M} · {state_label(c.state)}" for c in calls if c.id == i
    ),
)
st.session_state["open_call"] = call_id
if st.session_state.get("review_views_for") != call_id:
    forget_views()
    st.session_state["review_views_for"] = call_id

summary = next(c for c in calls if c.id == call_id)
m1, m2, m3, m4 = st.columns(4)
m1.metric(t("review.state"), state_label(summary.state))
m2.metric(t("review.duration"), f"{summary.duration_s:.0f} s" if summary.duration_s else "—")
m3.metric(t("review.language"), summary.language or "—")
m4.metric(t("review.consent"), t(f"consent.{summary.consent}"))
if summary.state == CallState.rejected:
    for reason in view("reasons", lambda: ws.casework.rejection_reasons(actor, call_id)):
        st.warning(t("review.rejected_reason", reason=reason))

left, right = st.columns([5, 4], gap="large")

# -- audio and transcript ------------------------------------------------------------------
with left:
    with state.shown_errors():
        kind = "raw" if summary.raw_available else "bleeped"
        if kind == "raw" or summary.has_bleeped_audio:
            clip = view(f"audio-{kind}", lambda: ws.calls.audio(actor, call_id, kind))
            st.caption(t(f"review.audio_{kind}"))
            st.audio(clip.data, format="audio/wav" if clip.suffix == ".wav" else "audio/mpeg")
    if not summary.raw_available:
        st.info(t("review.purged"))
    show_raw = st.toggle(t("review.show_unredacted"), key="review_unredacted", disabled=not summary.raw_available)
    with state.shown_errors():
        if show_raw and summary.raw_available:
            raw = view("unredacted", lambda: ws.calls.unredacted_transcript(actor, call_id))
            entities = view("entities", lambda: ws.casework.entities(actor, call_id))
            marks = [Mark(e.start, e.end, e.type) for e in entities]
            ev_field = st.session_state.get("review_evidence")
            current_note = view("note", lambda: ws.notes.current(actor, call_id))
            ev = (current_note.content.get("evidence") or {}).get(ev_field or "", {})
            marks += [Mark(s["start"], s["end"], "evidence") for s in ev.get("spans", [])]
            if ev_field:
                st.caption(t("review.evidence_for", field=field_label(ev_field)))
            legend({m.kind for m in marks})
            show_transcript(raw.text, marks)
        else:
            red = view("redacted", lambda: ws.calls.redacted_transcript(actor, call_id))
            marks = placeholder_marks(red.text)
            legend({m.kind for m in marks})
            show_transcript(red.text, marks)
    if summary.raw_available:
        second_look(call_id)
    manual_redaction(call_id, summary.raw_available)  # a leak found after retention must still be fixable
    if summary.raw_available:
        undo_manual_redaction(call_id)

# -- the note ---------------------------------------------------------------------------------
with right:
    note = None
    with state.shown_errors():
        note = view("note", lambda: ws.notes.current(actor, call_id))
    if note is None:
        st.stop()
    content = note.content
    evidence = content.get("evidence") or {}
    st.subheader(t("review.note", version=note.version, kind=t(f"kinds.{note.kind}")))
    editable = summary.state in EDITABLE
    k = f"n{call_id}v{note.version}_"

    def evidence_row(field: str) -> None:
        ev = evidence.get(field)
        if not ev:
            return
        cols = st.columns([3, 2])
        cols[0].caption(t("review.confidence", value=f"{ev.get('confidence', 0):.0%}", source=ev.get("source", "")))
        if ev.get("spans") and summary.raw_available:
            cols[1].button(
                t("review.show_evidence"),
                key=f"{k}ev_{field}",
                help=t("review.show_evidence_help"),
                on_click=show_evidence,
                args=(field,),
            )

    def choice(field: str, enum, optional: bool = False):
        options = ([None] if optional else []) + [e.value for e in enum]
        value = content.get(field)
        index = options.index(value) if value in options else 0
        picked = st.selectbox(
            field_label(field),
            options,
            index=index,
            key=k + field,
            disabled=not editable,
            format_func=lambda v: vlabel(field, v),
        )
        evidence_row(field)
        return picked

    def many(field: str, enum, values, label_field: str | None = None):
        picked = st.multiselect(
            field_label(label_field or field),
            [e.value for e in enum],
            default=[v for v in values if v in {e.value for e in enum}],
            key=k + field,
            disabled=not editable,
            format_func=lambda v: vlabel(field, v),
        )
        evidence_row(label_field or field)
        return picked

    victims = content.get("victims") or {}
    edited = {
        "caller_role": choice("caller_role", CallerRole),
        "call_type": choice("call_type", CallType),
        "exploitation_types": many("exploitation_types", ExploitationType, content.get("exploitation_types", [])),
    }
    c1, c2 = st.columns(2)
    count = c1.number_input(
        field_label("victims.count"),
        min_value=0,
        step=1,
        value=int(victims.get("count", 0)),
        key=k + "victims_count",
        disabled=not editable,
    )
    minors = c2.checkbox(
        field_label("victims.minors_involved"),
        value=bool(victims.get("minors_involved")),
        key=k + "victims_minors",
        disabled=not editable,
    )
    sexes = many("sexes", Sex, victims.get("sexes", []), label_field="victims.sexes")
    evidence_row("victims")
    edited["victims"] = {"count": int(count), "minors_involved": minors, "sexes": sexes}
    region = st.text_input(
        field_label("region"), value=content.get("region") or "", key=k + "region", disabled=not editable
    )
    evidence_row("region")
    edited["region"] = region.strip() or None
    edited["situation"] = choice("situation", Situation, optional=True)
    edited["urgency"] = choice("urgency", Urgency)
    edited["actions"] = many("actions", Action, content.get("actions", []))
    edited["summary"] = st.text_area(
        field_label("summary"), value=content.get("summary", ""), key=k + "summary", disabled=not editable, height=120
    )
    edited["evidence"] = evidence

    if editable:
        b1, b2 = st.columns(2)
        if b1.button(t("review.save"), key=f"{k}save"):
            with state.shown_errors():
                saved = ws.casework.save(actor, call_id, edited, note.version)
                forget_views()
                st.session_state["review_flash"] = t("review.saved", version=saved.version)
                st.rerun()
        if b2.button(t("review.approve"), type="primary", key=f"{k}approve"):
            with state.shown_errors():
                approved = ws.casework.sign_off(actor, call_id, edited, note.version)
                forget_views()
                st.session_state["review_flash"] = t("review.approved", version=approved.version)
                st.rerun()
        with st.expander(t("review.reject")):
            reason = st.text_area(t("review.reject_reason"), key=f"{k}reason")
            if st.button(t("review.reject_button"), key=f"{k}reject"):
                with state.shown_errors():
                    ws.casework.reject(actor, call_id, reason)
                    forget_views()
                    st.session_state["review_flash"] = t("review.rejected")
                    st.rerun()
    if flash := st.session_state.pop("review_flash", None):
        st.success(flash)

    if summary.state == CallState.approved:
        with state.shown_errors():
            diff = view("diff", lambda: ws.casework.note_diff(actor, call_id))
            if diff is not None:
                st.markdown("**" + t("review.diff", draft=diff.draft_version, final=diff.final_version) + "**")
                changed = diff.changed_fields
                st.caption(
                    t("review.diff_changed", fields=", ".join(field_label(f) for f in changed))
                    if changed
                    else t("review.diff_none")
                )
                rows = []
                for change in diff.fields:
                    if not change.changed:
                        continue
                    before = note_table({change.field: change.draft})
                    after = note_table({change.field: change.approved})
                    for b, a in zip(before, after, strict=False):
                        rows.append(
                            {
                                t("note.field"): b[t("note.field")],
                                t("review.draft"): b[t("note.value")],
                                t("review.final"): a[t("note.value")],
                            }
                        )
                if rows:
                    st.dataframe(rows, hide_index=True)

    with st.expander(t("review.versions")):
        with state.shown_errors():
            for v in view("versions", lambda: ws.notes.versions(actor, call_id)):
                st.write(f"v{v.version} · {t(f'kinds.{v.kind}')} · {v.author} · {v.created_at:%Y-%m-%d %H:%M}")
