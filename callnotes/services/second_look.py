"""Second look: the places of a redacted call that may still identify someone, for its operator to check.

The redactor misses a few identifiers in every set of fresh calls (places told by landmarks, page names,
nicknames, rare names, numbers read oddly). ``hints`` points the call's own operator at the few stretches
of the transcript that still look like one, each with a little context and the type to hide it as
(``svc.redaction.redact_span(me, call_id, hint.start, hint.end, hint.suggested_type)``).

Same access rule as the unredacted transcript: only the call's operator, within retention. A hint's
text is outside every redacted span and its context shows redacted spans as their type, yet the hints come
from the raw text, so they stay in that view; the audit log gets the counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callnotes.security.roles import Permission
from callnotes.services.access import NotFound, load_call, require_raw
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, guard, record
from callnotes.store import Store
from redact.second_look import SUGGESTED_TYPE, SWEEP_SCORE

ACTION = "second_look"
CHECK_ACTION = "second_look_checked"
SWEPT = "swept"  # the reason of an item the redactor already hid on a guess (nothing to hide; look around it)
CONTEXT_CHARS = 40


@dataclass(frozen=True, slots=True)
class SecondLookHint:
    """One stretch ``text[start:end]`` of the unredacted transcript to look at again (quotes the raw text:
    for the operator's own view only, never logged)."""

    start: int
    end: int
    reason: str  # place | number | age | firm | name_cue | repeat | rare_name | capitalised | spelled | contact | swept
    text: str  # readable in the redacted transcript too (a hint is never inside a redacted span)
    before: str  # a little context on each side, cut at a word and at a line break; what is redacted
    after: str  # there shows as its type (<PERSON>), as in the redacted transcript
    suggested_type: str


def _masked(text: str, a: int, b: int, spans: list[tuple[int, int, str]]) -> str:
    """``text[a:b]`` with every redacted span in it shown as its type (``<PERSON>``): the context says no
    more than the redacted transcript does."""
    out, cursor = [], a
    for start, end, kind in spans:
        if end <= a or start >= b:
            continue
        if start > cursor:
            out.append(text[cursor:start])
        if end > cursor:
            out.append(f"<{kind}>")
            cursor = end
    out.append(text[cursor:b] if cursor < b else "")
    return "".join(out)


def _context(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> tuple[str, str]:
    before = _masked(text, max(0, start - CONTEXT_CHARS), start, spans)
    after = _masked(text, end, min(len(text), end + CONTEXT_CHARS), spans)
    before = before.rsplit("\n", 1)[-1]
    after = after.split("\n", 1)[0]
    if start - CONTEXT_CHARS > 0 and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + CONTEXT_CHARS < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


class SecondLookService:
    def __init__(self, store: Store):
        self.store = store

    def hints(self, actor: Actor, call_id: int) -> list[SecondLookHint]:
        """Where the call's redacted transcript may still identify someone (operators, own calls, within
        retention); empty when nothing looks like it. Hidden spans (the redactor's and the operator's own)
        are never pointed at, so a hint hidden with ``redact_span`` is gone the next time; so is one the operator
        marked checked (``check``)."""
        with self.store.transaction() as session:
            call, out = self._look(session, actor, call_id, ACTION)
            reasons: dict[str, int] = {}
            for h in out:
                reasons[h.reason] = reasons.get(h.reason, 0) + 1
            record(session, actor, ACTION, call_id=call_id, hints=len(out), **{f"n_{k}": v for k, v in reasons.items()})
            return out

    def check(self, actor: Actor, call_id: int, start: int, end: int) -> None:
        """The operator looked at the item ``start``-``end`` and keeps it as it is (not an identifier; or, for a
        swept span, nothing around it to hide): it is not listed again for this call. Audited without the text."""
        with self.store.transaction() as session:
            call, out = self._look(session, actor, call_id, CHECK_ACTION)
            item = next((h for h in out if (h.start, h.end) == (start, end)), None)
            if item is None:
                raise NotFound(f"call {call_id} has no second-look item at {start}-{end}")
            call.redaction.checked_hints = [*(call.redaction.checked_hints or []), [start, end]]
            record(
                session,
                actor,
                CHECK_ACTION,
                call_id=call_id,
                reason=item.reason,
                checked=len(call.redaction.checked_hints),
            )

    def _look(self, session, actor: Actor, call_id: int, action: str) -> tuple[Any, list[SecondLookHint]]:
        """The call (access checked: its own operator, within retention) and its items not yet checked."""
        guard(self.store, actor, Permission.view_unredacted, action, call_id)
        call = load_call(session, self.store, actor, call_id, action)
        if call.operator_id != actor.id:
            raise deny(self.store, actor, action, "unredacted material is for the call's operator only", call_id)
        require_raw(self.store, actor, call, action)
        if (
            call.transcript is None
            or call.transcript.content_enc is None
            or call.redaction is None
            or call.redaction.entities_enc is None
        ):
            raise NotFound(f"call {call_id} has no finished redaction yet (state {call.state})")
        cipher = self.store.cipher
        text: str = cipher.decrypt_json(call.transcript.content_enc, "transcript")["text"]
        entities = cipher.decrypt_json(call.redaction.entities_enc, "entities")
        language = call.redaction.language or call.transcript.language or "auto"
        from redact.second_look import hints

        entities = [e for e in entities if "start" in e and "end" in e]
        spans = sorted((int(e["start"]), int(e["end"]), str(e.get("type", "OTHER_ID"))) for e in entities)
        found = hints(text, entities, language)
        out = []
        for h in found:
            before, after = _context(text, h.start, h.end, spans)
            out.append(
                SecondLookHint(
                    h.start,
                    h.end,
                    h.reason,
                    text[h.start : h.end],
                    before,
                    after,
                    SUGGESTED_TYPE.get(h.reason, "OTHER_ID"),
                )
            )
        # What the redactor hid on a guess (the sweep) is shown too: it is what a hint would have pointed at,
        # and a place told at length is often hidden in part only - the operator checks the words around it.
        for e in entities:
            if float(e.get("score", 1.0)) == SWEEP_SCORE:
                start, end = int(e["start"]), int(e["end"])
                before, after = _context(text, start, end, spans)
                out.append(
                    SecondLookHint(start, end, SWEPT, text[start:end], before, after, str(e.get("type", "OTHER_ID")))
                )
        out.sort(key=lambda h: (h.start, h.end))
        checked = {tuple(pair) for pair in call.redaction.checked_hints or []}
        return call, [h for h in out if (h.start, h.end) not in checked]
