"""Presentation helpers shared by pages: transcripts with speakers and highlights, note labels.

Only display here: what a user may see was decided by the service that returned the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

import streamlit as st

from ui.state import lang, t

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)(?:_\d+)?>")
TYPE_COLOURS = {
    "PERSON": "#f9c74f",
    "PHONE_NUMBER": "#f9844a",
    "ID_NUMBER": "#f94144",
    "EMAIL_ADDRESS": "#f3722c",
    "ADDRESS": "#90be6d",
    "LOCATION": "#43aa8b",
    "ORGANIZATION": "#4d908e",
    "AGE": "#9bc4e2",
    "DATE_TIME": "#c5a3ff",
    "OTHER_ID": "#ff99c8",
}
EVIDENCE_COLOUR = "#7dd3fc"

_CSS = """
<style>
.cn-transcript {font-size: 0.95rem; line-height: 1.6;}
.cn-line {margin: 0 0 .35rem 0;}
.cn-speaker {display: inline-block; min-width: 6.5rem; font-weight: 600; color: #555;}
.cn-speaker.operator {color: #1d4ed8;} .cn-speaker.caller {color: #b45309;}
.cn-mark {padding: 0 .15rem; border-radius: .2rem;}
.cn-evidence {outline: 2px solid #0284c7; background: #7dd3fc;}
.cn-legend span {margin-right: .6rem; padding: 0 .3rem; border-radius: .2rem; font-size: .8rem;}
</style>
"""


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # an entity type, or "evidence"


def _colour(kind: str) -> str:
    return EVIDENCE_COLOUR if kind == "evidence" else TYPE_COLOURS.get(kind, "#ddd")


def placeholder_marks(text: str) -> list[Mark]:
    return [Mark(m.start(), m.end(), m.group(1)) for m in PLACEHOLDER.finditer(text)]


EVIDENCE_ANCHOR = "cn-evidence-first"
_SCROLL_JS = f"""<script>
const mark = window.parent.document.getElementById("{EVIDENCE_ANCHOR}");
if (mark) {{ mark.scrollIntoView({{block: "center", behavior: "smooth"}}); }}
</script>"""


def _render_segment(text: str, offset: int, marks: list[Mark], anchor: Mark | None = None) -> str:
    """HTML for ``text`` (which starts at ``offset`` of the whole transcript) with ``marks`` applied."""
    out, cursor = [], 0
    for mark in marks:
        start, end = max(mark.start - offset, cursor), min(mark.end - offset, len(text))
        if end <= start:
            continue
        out.append(html.escape(text[cursor:start]))
        css = "cn-mark cn-evidence" if mark.kind == "evidence" else "cn-mark"
        title = t("transcript.evidence") if mark.kind == "evidence" else mark.kind
        attr = f' id="{EVIDENCE_ANCHOR}"' if mark == anchor else ""
        out.append(
            f'<span{attr} class="{css}" title="{html.escape(title)}" style="background:{_colour(mark.kind)}">'
            f"{html.escape(text[start:end])}</span>"
        )
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def transcript_html(text: str, marks: Iterable[Mark] = ()) -> str:
    """One line per segment with its speaker; ``marks`` are offsets into ``text``."""
    ordered = sorted(marks, key=lambda m: (m.start, m.kind != "evidence"))
    # The first evidence mark carries the anchor the page scrolls to.
    anchor = next((m for m in ordered if m.kind == "evidence"), None)
    lines, offset = [], 0
    for line in text.split("\n"):
        speaker, sep, rest = line.partition(": ")
        if sep and speaker in ("operator", "caller"):
            body_offset = offset + len(speaker) + len(sep)
            label = f'<span class="cn-speaker {speaker}">{html.escape(t("speaker." + speaker))}</span>'
            body = rest
        else:
            body_offset, label, body = offset, "", line
        local = [m for m in ordered if m.end > body_offset and m.start < body_offset + len(body)]
        lines.append(f'<p class="cn-line">{label}{_render_segment(body, body_offset, local, anchor)}</p>')
        offset += len(line) + 1
    return _CSS + '<div class="cn-transcript">' + "".join(lines) + "</div>"


def show_transcript(text: str, marks: Iterable[Mark] = (), height: int = 420) -> None:
    marks = list(marks)
    with st.container(height=height, border=True):
        st.markdown(transcript_html(text, marks), unsafe_allow_html=True)
    if any(m.kind == "evidence" for m in marks):
        # Scroll the highlighted evidence into view (a tiny same-origin frame; Markdown cannot run scripts).
        import streamlit.components.v1 as components

        components.html(_SCROLL_JS, height=0)


def legend(kinds: Iterable[str]) -> None:
    spans = "".join(
        f'<span style="background:{_colour(k)}">{html.escape(t("transcript.evidence") if k == "evidence" else k)}'
        "</span>"
        for k in sorted(set(kinds))
    )
    if spans:
        st.markdown(f'<div class="cn-legend">{spans}</div>', unsafe_allow_html=True)


def field_label(field: str) -> str:
    from summarize import field_label as label

    return label(field, lang())


def value_label(field: str, value: object) -> str:
    from summarize import value_label as label

    if value is None or value == "":
        return "—"
    return label(field, value, lang())


def note_table(content: dict) -> list[dict[str, str]]:
    """A read-only note as rows of (field, value) in the user's language (no evidence offsets)."""
    rows = []
    for field, value in content.items():
        if field == "evidence":
            continue
        if field == "victims" and isinstance(value, dict):
            for sub, subvalue in value.items():
                shown = (
                    ", ".join(value_label(sub, v) for v in subvalue) or "—"
                    if isinstance(subvalue, list)
                    else value_label(sub, subvalue)
                    if isinstance(subvalue, bool)
                    else str(subvalue)
                )
                rows.append({t("note.field"): field_label(f"victims.{sub}"), t("note.value"): shown})
            continue
        if isinstance(value, list):
            shown = ", ".join(value_label(field, v) for v in value) or "—"
        elif field in ("summary", "region"):
            shown = str(value) if value else "—"
        else:
            shown = value_label(field, value)
        rows.append({t("note.field"): field_label(field), t("note.value"): shown})
    return rows


def state_label(state: str) -> str:
    return t(f"states.{state}")
