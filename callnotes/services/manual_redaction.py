"""Manual redaction: the call's operator hides an identifier the redactor missed.

The redactor's recall on unseen calls is below 1.0, so an operator who spots a name, a number
or a place description left in the redacted transcript must be able to hide it by hand, also
after approval (a leak found later must be fixable). Two ways in:

- :meth:`ManualRedactionService.redact_text`: a literal string; EVERY occurrence in the call
  (case- and accent-insensitive, whole words; digits match across spaces, dots and dashes) is hidden.
- :meth:`ManualRedactionService.redact_span`: one selection, offsets into the unredacted transcript
  (and, like the redactor's name propagation, every other occurrence of the same words).

:meth:`~ManualRedactionService.undo` shows again what was hidden by hand by mistake (in the transcript and
the bleeped audio only: notes and scenarios keep the placeholder, nothing is put back into them).

Everything derived from the transcript and shown to others is made again in one transaction:
the redacted text, the entity spans and counts, the placeholder mapping (encrypted, as the
pipeline stores it), the summary and region of every note version, rejection reasons, scenarios
already built from the call, and the bleeped audio (from the raw audio and the word timings).
Existing placeholders keep their numbers; a new identifier gets the next number of its type, and
one that is the same value (or, for a person, part of the same name) as a known one gets its
placeholder, so ``<PERSON_1>`` stays one person everywhere.

The same rules as unredacted material: the call's own operator, within retention. The audit log
records who, which call, the type and how many spans: never the text.

Past retention (the raw audio and unredacted text are gone, or may no longer be used) a leak must still be
fixable: :meth:`~ManualRedactionService.redact_text` then looks for the literal in the REDACTED transcript
(outside its placeholders), gives it the next free placeholder of its type, rewrites the notes, reasons and
scenarios the same way and withdraws the bleeped audio (nothing to bleep it again from). Nothing unredacted is
shown to the operator and the literal is not stored. Selections and undo stay refused: they need the original.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callnotes.errors import CallnotesError
from callnotes.security.roles import Permission
from callnotes.services.access import load_call, raw_gone
from callnotes.services.actor import Actor
from callnotes.services.audit import deny, guard, record
from callnotes.store import Call, CallState, Note, Review, Scenario, Store

log = logging.getLogger(__name__)

ACTION = "manual_redaction"
UNDO_ACTION = "undo_manual_redaction"
# Calls with a finished redaction that a person works on; earlier states would be drafted later from the text.
ALLOWED_STATES = (CallState.ready_for_review.value, CallState.approved.value, CallState.rejected.value)
MIN_CHARS = 2
SPAN_AFTER_RETENTION = "a selection points into the unredacted transcript: type the text to hide instead"
MAX_CHARS = 300
PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")
_NOTE_TEXT_FIELDS = ("summary", "region")  # the note's free text; the other fields are codes
_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "das", "van", "von", "the"})
_WORD = re.compile(r"[^\W_]+")


class ManualRedactionError(CallnotesError):
    """A manual redaction that cannot be done; ``code`` names why (the app shows it in its language).

    Messages never quote what the operator typed: errors may end up in logs.
    """

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class ManualRedaction:
    """What one manual redaction did (no originals: safe to show, log and keep)."""

    call_id: int
    type: str
    count: int  # occurrences newly hidden
    placeholders: tuple[str, ...]  # the placeholder(s) they now read as
    already_hidden: int = 0  # occurrences that were already inside a redacted span
    audio: str = "none"  # rebleeped | withdrawn (could not be made again: not served any more) | none


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    type: str
    placeholder: str = ""
    entity: dict[str, Any] | None = None  # the stored entity (existing spans), kept as it was


def labels() -> tuple[str, ...]:
    from redact.types import LABELS

    return LABELS


def _fold(text: str) -> str:
    """Lower case without accents, one character per character (offsets stay valid): the drafter's fold,
    imported here rather than at module load so the services do not load the drafter's package up front."""
    from summarize.transcript import fold

    return fold(text)


def _key(text: str) -> str:
    return _fold(" ".join(text.split()))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(text)) if w not in _CONNECTORS}


def literal_pattern(literal: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive pattern over :func:`_fold`-ed text; spaces match any run of blanks,
    and a number matches however it was spaced or punctuated ("987 654 321", "987-654-321")."""
    folded = _fold(literal.strip())
    if sum(ch.isdigit() for ch in folded) >= 3 and all(ch.isdigit() or ch in " .-+()/" for ch in folded):
        digits = [ch for ch in folded if ch.isdigit()]
        body = r"[\s.\-/()]*".join(digits)
        return re.compile(rf"(?<![\w+]){'[+]?' if folded.startswith('+') else ''}{body}(?!\w)")
    body = r"\s+".join(re.escape(part) for part in folded.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def find_occurrences(text: str, literal: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in literal_pattern(literal).finditer(_fold(text))]


# -- lining the stored redaction up with the transcript ----------------------------------------
def _align(text: str, entities: list[dict[str, Any]], redacted: str) -> list[_Span] | None:
    """Each stored entity with the placeholder the redacted text has in its place; None if they disagree."""
    out: list[_Span] = []
    r = t = 0
    for e in sorted(entities, key=lambda e: (int(e["start"]), -int(e["end"]))):
        start, end = int(e["start"]), int(e["end"])
        if start < t:
            return None  # overlapping spans: the redacted text cannot be lined up with them
        gap = text[t:start]
        if not redacted.startswith(gap, r):
            return None
        r += len(gap)
        m = PLACEHOLDER.match(redacted, r)
        if m is None:
            return None
        out.append(_Span(start, end, str(e["type"]), m.group(0), dict(e)))
        r, t = m.end(), end
    return out if redacted[r:] == text[t:] else None


def _parse(text: str, redacted: str) -> list[_Span] | None:
    """The spans read off the redacted text alone (when the stored entities do not line up with it)."""
    literals = PLACEHOLDER.split(redacted)[::3]
    found = list(PLACEHOLDER.finditer(redacted))
    if not found:
        return [] if text == redacted else None
    if not text.startswith(literals[0]):
        return None
    out: list[_Span] = []
    t = len(literals[0])
    for i, m in enumerate(found):
        following = literals[i + 1]
        if i + 1 == len(found):
            end = len(text) - len(following)
            if not text.endswith(following) or end <= t:
                return None
        else:
            end = text.find(following, t + 1) if following else -1
            if end <= t:
                return None
        out.append(_Span(t, end, m.group(1), m.group(0), {"type": m.group(1), "start": t, "end": end, "score": 1.0}))
        t = end + len(following)
    return out


def _render(text: str, spans: list[_Span]) -> str:
    parts, t = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        parts += [text[t : s.start], s.placeholder]
        t = s.end
    parts.append(text[t:])
    return "".join(parts)


# -- placeholders ----------------------------------------------------------------------------------
class _Numbering:
    """Placeholders for new spans: a known value keeps its placeholder, a new one takes the next number."""

    def __init__(self, text: str, spans: list[_Span], redacted: str, mapping: dict[str, str]):
        self.by_key: dict[tuple[str, str], str] = {}
        self.people: dict[str, set[str]] = {}
        self.top: Counter[str] = Counter()
        for s in spans:
            self.remember(s.type, text[s.start : s.end], s.placeholder)
        for placeholder, original in mapping.items():
            m = PLACEHOLDER.fullmatch(placeholder)
            if m:
                self.remember(m.group(1), original, placeholder)
        for m in PLACEHOLDER.finditer(redacted + " " + " ".join(mapping)):
            self.top[m.group(1)] = max(self.top[m.group(1)], int(m.group(2)))

    def remember(self, entity_type: str, original: str, placeholder: str) -> None:
        self.by_key.setdefault((entity_type, _key(original)), placeholder)
        if entity_type == "PERSON" and placeholder.startswith("<PERSON_"):
            self.people.setdefault(placeholder, set()).update(_words(original))

    def get(self, entity_type: str, original: str, absorbed: list[_Span]) -> str:
        key = (entity_type, _key(original))
        if key in self.by_key:
            return self.by_key[key]
        placeholder = None
        if entity_type == "PERSON":
            words = _words(original)
            placeholder = next(
                (p for p, known in self.people.items() if words and known and (words <= known or known <= words)), None
            )
        if placeholder is None:
            same = {s.placeholder for s in absorbed if s.type == entity_type}
            placeholder = same.pop() if len(same) == 1 else None
        if placeholder is None:
            self.top[entity_type] += 1
            placeholder = f"<{entity_type}_{self.top[entity_type]}>"
        self.remember(entity_type, original, placeholder)
        return placeholder


def _scrub(value: str, replacements: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, placeholder in replacements:
        folded = _fold(value)
        pieces, t = [], 0
        for m in pattern.finditer(folded):
            pieces += [value[t : m.start()], placeholder]
            t = m.end()
        value = "".join(pieces) + value[t:] if pieces else value
    return value


class ManualRedactionService:
    def __init__(self, store: Store):
        self.store = store

    @staticmethod
    def types() -> tuple[str, ...]:
        """The identifier types a span can be given (the redactor's labels)."""
        return labels()

    def redact_text(self, actor: Actor, call_id: int, literal: str, entity_type: str) -> ManualRedaction:
        """Hide every occurrence of ``literal`` in the call (and in everything shown from it) as ``entity_type``."""
        entity_type = self._check_type(entity_type)
        needle = " ".join((literal or "").split())
        if not needle:
            raise ManualRedactionError("empty", "type what should be hidden: the text is empty")
        if len(needle) < MIN_CHARS:
            raise ManualRedactionError("too_short", f"type at least {MIN_CHARS} characters to hide")
        if len(needle) > MAX_CHARS:
            raise ManualRedactionError("too_long", f"at most {MAX_CHARS} characters at a time")

        def body(session, call: Call, written: list[str]):
            if raw_gone(self.store, call) is not None:
                return self._rewrite_after_retention(session, actor, call, entity_type, needle)
            return self._rewrite(
                session, actor, call, entity_type, lambda text: find_occurrences(text, needle), "text", written
            )

        return self._apply(actor, call_id, ACTION, body, after_retention=True)

    def redact_span(self, actor: Actor, call_id: int, start: int, end: int, entity_type: str) -> ManualRedaction:
        """Hide ``text[start:end]`` of the unredacted transcript, and every other occurrence of the same words."""
        entity_type = self._check_type(entity_type)

        def spans(text: str) -> list[tuple[int, int]]:
            if not (0 <= start < end <= len(text)):
                raise ManualRedactionError("bad_span", f"the selection {start}-{end} is outside the transcript")
            selected = text[start:end]
            a = start + len(selected) - len(selected.lstrip())
            b = end - (len(selected) - len(selected.rstrip()))
            if b - a < MIN_CHARS:
                raise ManualRedactionError("too_short", f"select at least {MIN_CHARS} characters to hide")
            return [(a, b), *find_occurrences(text, text[a:b])]

        return self._apply(
            actor,
            call_id,
            ACTION,
            lambda session, call, written: self._rewrite(session, actor, call, entity_type, spans, "span", written),
            refusal=SPAN_AFTER_RETENTION,
        )

    def manual(self, actor: Actor, call_id: int) -> list[ManualRedaction]:
        """The placeholders the operator made by hand in this call, with how many spans each (for undoing)."""
        with self.store.transaction() as session:
            call = self._load(session, actor, call_id, "view_manual_redactions")
            _, _, existing, _ = self._read(call)
            hand = [s for s in existing if (s.entity or {}).get("source") == "manual"]
            counts = Counter((s.placeholder, s.type) for s in hand)
            record(session, actor, "view_manual_redactions", call_id=call_id, count=len(counts))
        return [ManualRedaction(call_id, kind, n, (placeholder,)) for (placeholder, kind), n in counts.items()]

    def undo(self, actor: Actor, call_id: int, placeholder: str) -> ManualRedaction:
        """Show again the spans hidden by hand as ``placeholder`` (added by mistake); what the redactor itself
        hid stays hidden. The notes and scenarios keep the placeholder: nothing is put back into them."""
        return self._apply(
            actor,
            call_id,
            UNDO_ACTION,
            lambda session, call, written: self._undo(session, actor, call, placeholder, written),
        )

    # -- internals -------------------------------------------------------------------------
    @staticmethod
    def _check_type(entity_type: str) -> str:
        if entity_type not in labels():
            raise ManualRedactionError("bad_type", f"unknown identifier type {entity_type!r} ({', '.join(labels())})")
        return entity_type

    def _load(
        self,
        session,
        actor: Actor,
        call_id: int,
        action: str = ACTION,
        *,
        after_retention: bool = False,
        refusal: str = "",
    ) -> Call:
        """The call, for its own operator; past retention only if ``after_retention`` (else refused, with
        ``refusal`` added to the audited reason)."""
        guard(self.store, actor, Permission.view_unredacted, action, call_id)
        call = load_call(session, self.store, actor, call_id, action)
        if call.operator_id != actor.id:
            raise deny(self.store, actor, action, "only the call's operator redacts it by hand", call_id)
        gone = raw_gone(self.store, call)
        if gone is not None and not after_retention:
            raise deny(self.store, actor, action, f"{gone}; {refusal}" if refusal else gone, call_id)
        if call.state not in ALLOWED_STATES or call.redaction is None:
            raise ManualRedactionError("state", f"call {call_id} is {call.state}: it has no finished redaction yet")
        text = call.transcript.content_enc if call.transcript is not None else None
        if gone is None and (text is None or call.redaction.entities_enc is None):
            raise ManualRedactionError("purged", f"call {call_id}: the unredacted text is no longer stored")
        return call

    def _apply(
        self, actor: Actor, call_id: int, action: str, body, *, after_retention: bool = False, refusal: str = ""
    ) -> ManualRedaction:
        from callnotes.pipeline import call_lock

        with call_lock(self.store, call_id) as mine:
            if not mine:
                raise ManualRedactionError("busy", f"call {call_id} is being processed; try again in a moment")
            written: list[str] = []  # a new bleeped copy: removed again if the transaction does not commit
            try:
                with self.store.transaction() as session:
                    call = self._load(session, actor, call_id, action, after_retention=after_retention, refusal=refusal)
                    result, old_file = body(session, call, written)
            except BaseException:
                for relative in written:
                    self.store.files.delete(relative)
                raise
        if old_file and old_file not in written:
            self.store.files.delete(old_file)  # the bleeped copy that still had the identifier audible
        return result

    def _rewrite(
        self, session, actor: Actor, call: Call, entity_type: str, occurrences, how: str, written: list[str]
    ) -> tuple[ManualRedaction, str | None]:
        content, text, existing, mapping = self._read(call)
        red = call.redaction

        found = sorted(set(occurrences(text)))
        if not found:
            raise ManualRedactionError("not_found", "that text is not in this call's transcript")
        fresh = [(a, b) for a, b in found if not any(s.start <= a and b <= s.end for s in existing)]
        if not fresh:
            raise ManualRedactionError("already_hidden", "every occurrence of that text is already hidden")

        # Occurrences that touch each other become one span; one that overlaps a stored span absorbs it.
        merged: list[list[int]] = []
        for a, b in fresh:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        kept = list(existing)
        new_spans: list[tuple[_Span, list[_Span]]] = []
        for a, b in merged:
            absorbed: list[_Span] = []
            grew = True
            while grew:
                grew = False
                for s in list(kept):
                    if s.start < b and a < s.end:
                        kept.remove(s)
                        absorbed.append(s)
                        a, b, grew = min(a, s.start), max(b, s.end), True
            if new_spans and a < new_spans[-1][0].end:  # grew into the previous new span
                previous, earlier = new_spans.pop()
                a, b, absorbed = min(a, previous.start), max(b, previous.end), earlier + absorbed
            new_spans.append((_Span(a, b, entity_type), absorbed))

        numbering = _Numbering(text, existing, red.redacted_text, mapping)
        replacements: dict[str, str] = {}
        for span, absorbed in new_spans:
            original = text[span.start : span.end]
            span.placeholder = numbering.get(entity_type, original, absorbed)
            span.entity = {"type": entity_type, "start": span.start, "end": span.end, "score": 1.0, "source": "manual"}
            if absorbed:  # what it swallowed comes back (with its placeholder) if the operator undoes it
                span.entity["absorbed"] = [{**a.entity, "placeholder": a.placeholder} for a in absorbed]
            mapping.setdefault(span.placeholder, original)
            replacements.setdefault(_key(original), span.placeholder)
        # What was asked for, as well as each whole span, goes from the notes and scenarios too.
        for a, b in fresh:
            owner = next(s for s, _ in new_spans if s.start <= a and b <= s.end)
            replacements.setdefault(_key(text[a:b]), owner.placeholder)
        spans = sorted(kept + [s for s, _ in new_spans], key=lambda s: s.start)
        redacted = _render(text, spans)
        patterns = [(literal_pattern(o), p) for o, p in sorted(replacements.items(), key=lambda kv: -len(kv[0]))]
        if any(p.search(_fold(redacted)) for p, _ in patterns):  # never store a redaction that still shows it
            raise ManualRedactionError("inconsistent", f"call {call.id}: the text would still show; nothing changed")

        audio, old_file = self._write(session, call, content, spans, mapping, written)
        touched = self._scrub_derived(session, call.id, patterns)
        count = len(new_spans)
        record(
            session,
            actor,
            ACTION,
            call_id=call.id,
            entity_type=entity_type,
            spans=count,
            how=how,
            already_hidden=len(found) - len(fresh),
            audio=audio,
            **touched,
        )
        placeholders = tuple(dict.fromkeys(s.placeholder for s, _ in new_spans))
        return ManualRedaction(call.id, entity_type, count, placeholders, len(found) - len(fresh), audio), old_file

    def _rewrite_after_retention(
        self, session, actor: Actor, call: Call, entity_type: str, needle: str
    ) -> tuple[ManualRedaction, str | None]:
        """Past retention: hide ``needle`` in the redacted transcript itself (there is no unredacted text).

        Only the literal the operator typed is used; the mapping, where not purged yet, only tells whether it is
        the same value as a placeholder already given (then that placeholder is reused). The bleeped audio still
        has it audible and cannot be made again without the raw audio: it is withdrawn.
        """
        red = call.redaction
        found = _visible(red.redacted_text, needle)
        if not found:
            raise ManualRedactionError("not_found", "that text is not in this call's redacted transcript")
        cipher = self.store.cipher
        mapping: dict[str, str] = cipher.decrypt_json(red.mapping_enc, "mapping") if red.mapping_enc is not None else {}
        # Placeholders the notes and scenarios still show count too (an undone one keeps its number there).
        numbering = _Numbering("", [], " ".join([red.redacted_text, *_derived_texts(session, call.id)]), mapping)
        keys = [(entity_type, _key(red.redacted_text[a:b])) for a, b in found] + [(entity_type, _key(needle))]
        placeholder = next((numbering.by_key[k] for k in keys if k in numbering.by_key), None)
        if placeholder is None:
            numbering.top[entity_type] += 1
            placeholder = f"<{entity_type}_{numbering.top[entity_type]}>"
        redacted = _render(red.redacted_text, [_Span(a, b, entity_type, placeholder) for a, b in found])
        if _visible(redacted, needle):  # never store a redaction that still shows it
            raise ManualRedactionError("inconsistent", f"call {call.id}: the text would still show; nothing changed")
        red.redacted_text = redacted
        counts = dict(red.entity_counts or {})
        red.entity_counts = {**counts, entity_type: int(counts.get(entity_type, 0)) + len(found)}
        touched = self._scrub_derived(session, call.id, [(literal_pattern(needle), placeholder)])
        old_file = call.bleeped_audio_path
        call.bleeped_audio_path = None  # the file goes once the transaction has committed
        audio = "withdrawn" if old_file else "none"
        record(
            session,
            actor,
            ACTION,
            call_id=call.id,
            entity_type=entity_type,
            spans=len(found),
            how="text",
            already_hidden=0,
            audio=audio,
            after_retention=True,
            **touched,
        )
        return ManualRedaction(call.id, entity_type, len(found), (placeholder,), audio=audio), old_file

    def _undo(self, session, actor: Actor, call: Call, placeholder: str, written: list[str]):
        content, _, existing, mapping = self._read(call)
        undone = [s for s in existing if s.placeholder == placeholder and (s.entity or {}).get("source") == "manual"]
        if not undone:
            raise ManualRedactionError("no_manual", f"call {call.id}: nothing was hidden by hand as {placeholder}")
        spans = [s for s in existing if all(s is not u for u in undone)]
        for span in undone:  # what a hand-made span had swallowed is hidden again as the redactor had it
            for entity in span.entity.get("absorbed", []):
                entity = dict(entity)
                spans.append(
                    _Span(int(entity["start"]), int(entity["end"]), entity["type"], entity.pop("placeholder"), entity)
                )
        audio, old_file = self._write(session, call, content, spans, mapping, written)
        kind = undone[0].type
        record(session, actor, UNDO_ACTION, call_id=call.id, entity_type=kind, spans=len(undone), audio=audio)
        return ManualRedaction(call.id, kind, len(undone), (placeholder,), audio=audio), old_file

    def _read(self, call: Call) -> tuple[dict, str, list[_Span], dict[str, str]]:
        """The transcript, its text, the stored spans with their placeholders, and the mapping (decrypted)."""
        cipher = self.store.cipher
        red = call.redaction
        content = cipher.decrypt_json(call.transcript.content_enc, "transcript")
        text: str = content["text"]
        entities = cipher.decrypt_json(red.entities_enc, "entities")
        mapping: dict[str, str] = cipher.decrypt_json(red.mapping_enc, "mapping") if red.mapping_enc is not None else {}
        existing = _align(text, entities, red.redacted_text)
        if existing is None:
            existing = _parse(text, red.redacted_text)
        if existing is None:
            raise ManualRedactionError(
                "inconsistent",
                f"call {call.id}: the stored redaction does not match its transcript; nothing was changed",
            )
        return content, text, existing, mapping

    def _write(
        self, session, call: Call, content: dict, spans: list[_Span], mapping: dict[str, str], written: list[str]
    ) -> tuple[str, str | None]:
        """Store the redaction made of ``spans`` and a bleeped copy to match; returns (audio, old bleeped file)."""
        cipher = self.store.cipher
        red = call.redaction
        spans = sorted(spans, key=lambda s: s.start)
        stored = [s.entity for s in spans]
        new_file, audio = self._rebleep(call, content, stored)
        if new_file:
            written.append(new_file)
        old_file = call.bleeped_audio_path
        red.redacted_text = _render(content["text"], spans)
        red.entities_enc = cipher.encrypt_json(stored, "entities")
        red.mapping_enc = cipher.encrypt_json(mapping, "mapping")
        red.entity_counts = dict(Counter(e["type"] for e in stored))
        if audio != "none":
            call.bleeped_audio_path = new_file
        return audio, old_file if audio != "none" else None

    def _rebleep(self, call: Call, content: dict, entities: list[dict]) -> tuple[str | None, str]:
        """A new bleeped copy over every span; if it cannot be made, the old one is withdrawn (it leaks)."""
        if call.raw_audio_path is None:
            return None, "withdrawn" if call.bleeped_audio_path else "none"
        relative = call.raw_audio_path
        target = f"audio/bleeped-{call.id}-{uuid.uuid4().hex[:12]}.wav.enc"
        try:
            from callnotes.pipeline import _transcript_from_dict
            from redact.audio import redact_audio
            from redact.types import Entity

            typed = [Entity(e["type"], int(e["start"]), int(e["end"]), float(e.get("score", 1.0))) for e in entities]
            transcript = _transcript_from_dict(content)
            suffix = Path(relative.removesuffix(".enc")).suffix
            with self.store.files.decrypted_copy(relative, "raw-audio", suffix) as audio:
                out = audio.with_name(audio.name + ".bleeped.wav")
                try:
                    redact_audio(audio, transcript, typed, out)
                    self.store.files.put_file(out, target, "bleeped-audio")
                finally:
                    out.unlink(missing_ok=True)
        except Exception as exc:  # noqa: BLE001 - the text must still be fixed; the leaking audio goes
            log.warning("call %s: bleeped audio could not be made again (%s); withdrawn", call.id, type(exc).__name__)
            self.store.files.delete(target)
            return None, "withdrawn"
        return target, "rebleeped"

    @staticmethod
    def _scrub_derived(session, call_id: int, patterns: list[tuple[re.Pattern[str], str]]) -> dict[str, int]:
        """Every text shown from this call to others, rewritten in place: note versions (all of them, the
        history is shown too), rejection reasons and scenarios. Returns how many rows changed."""
        from sqlalchemy import select

        notes = reasons = scenarios = 0
        for note in session.scalars(select(Note).where(Note.call_id == call_id)):
            content = dict(note.content)
            for field in _NOTE_TEXT_FIELDS:
                if isinstance(content.get(field), str):
                    content[field] = _scrub(content[field], patterns)
            if content != note.content:
                note.content = content  # a new dict: JSON columns do not track changes inside
                notes += 1
        for review in session.scalars(select(Review).where(Review.call_id == call_id)):
            comment = _scrub(review.comment or "", patterns)
            if comment != (review.comment or ""):
                review.comment = comment
                reasons += 1
        for row in session.scalars(select(Scenario).where(Scenario.call_id == call_id)):
            text = _scrub(row.text, patterns)
            note = _scrub_json(row.note, patterns) if row.note is not None else None
            if text != row.text or note != row.note:
                row.text, row.note = text, note
                scenarios += 1
        return {"notes": notes, "reasons": reasons, "scenarios": scenarios}


def _visible(redacted: str, literal: str) -> list[tuple[int, int]]:
    """Occurrences of ``literal`` in a redacted text, outside its placeholders."""
    hidden = [m.span() for m in PLACEHOLDER.finditer(redacted)]
    return [(a, b) for a, b in find_occurrences(redacted, literal) if not any(s < b and a < e for s, e in hidden)]


def _derived_texts(session, call_id: int) -> list[str]:
    """The texts shown from this call besides its transcript (notes, reasons, scenarios), for their placeholders."""
    from sqlalchemy import select

    notes = session.scalars(select(Note).where(Note.call_id == call_id))
    out = [json.dumps(n.content, ensure_ascii=False) for n in notes]
    out += [r.comment or "" for r in session.scalars(select(Review).where(Review.call_id == call_id))]
    out += [
        row.text + json.dumps(row.note, ensure_ascii=False)
        for row in session.scalars(select(Scenario).where(Scenario.call_id == call_id))
    ]
    return out


def _scrub_json(value: Any, patterns: list[tuple[re.Pattern[str], str]], key: str = "") -> Any:
    """Free text inside a scenario's stored note (summary, region, the trainer's objectives and questions)."""
    if isinstance(value, dict):
        return {k: _scrub_json(v, patterns, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, patterns, key) for v in value]
    if isinstance(value, str) and key in (*_NOTE_TEXT_FIELDS, "objectives", "questions"):
        return _scrub(value, patterns)
    return value


def hand_made_spans(store: Store, call: Call) -> list[dict]:
    """The spans the call's operator hid by hand (the redactor missed them: a fresh run would miss them again)."""
    if call.redaction is None or call.redaction.entities_enc is None:
        return []
    entities = store.cipher.decrypt_json(call.redaction.entities_enc, "entities")
    return [e for e in entities if e.get("source") == "manual"]


def surrogate_text(redactor, text: str, language: str, manual: list[dict]) -> str:
    """Surrogates (fake values) over what the redactor finds now plus what the operator hid by hand.

    A found span that overlaps a hand-made one joins it (the hand-made type wins), so nothing is cut short.
    """
    if not manual:
        return redactor.redact(text, language, mode="surrogate").redacted
    from redact.anonymize import anonymize
    from redact.types import Entity, Mode

    language, found = redactor.analyze(text, language)
    items = sorted(
        [(e.start, e.end, e.type, False) for e in found]
        + [(int(e["start"]), int(e["end"]), e["type"], True) for e in manual]
    )
    groups: list[list] = []
    for start, end, kind, hand in items:
        if groups and start < groups[-1][1]:
            last = groups[-1]
            last[1] = max(last[1], end)
            if hand and not last[3]:
                last[2], last[3] = kind, True
        else:
            groups.append([start, end, kind, hand])
    entities = [Entity(kind, start, end, 1.0) for start, end, kind, _ in groups]
    return anonymize(text, entities, Mode.surrogate, language)[0]
