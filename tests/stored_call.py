"""Write a call straight into the store as the pipeline leaves it (used by the service tests).

The service and manual-redaction tests are about who may read and change what, not about the
models, so the call is built from typed lines: an ``asr.Transcript`` with word timings, a redaction
whose placeholders stand for the identifiers given, encrypted as the pipeline does, and a draft note.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from asr.types import Segment, Speaker, Transcript, Word
from callnotes.store import Call, Note, Redaction
from callnotes.store import Transcript as TranscriptRow
from redact.second_look import SWEEP_SCORE

SEGMENT_S = 5.0  # each line is one segment, five seconds apart


@dataclass
class CallSpec:
    """What differs between the tests' calls."""

    lines: list[tuple[Speaker, str]]
    found: list[tuple[str, str, str]]  # (type, original, placeholder) the redactor found
    note: dict
    raw_audio: bytes
    bleeped_audio: bytes | None = None  # None: the same bytes as the raw audio
    keep_entities: bool = True  # False: an empty entity list, as for a call redacted before spans were kept
    guessed: tuple[str, ...] = ()  # originals among ``found`` that the sweep hid (score SWEEP_SCORE)

    @property
    def duration_s(self) -> float:
        return len(self.lines) * SEGMENT_S


def typed_transcript(lines: list[tuple[Speaker, str]]) -> Transcript:
    segments = []
    for i, (speaker, line) in enumerate(lines):
        words = [Word(i * 5 + j * 0.4, i * 5 + j * 0.4 + 0.3, w, 0.9) for j, w in enumerate(line.split())]
        segments.append(Segment(i * SEGMENT_S, i * SEGMENT_S + 4.5, line, speaker, channel=i % 2, words=words))
    duration = len(lines) * SEGMENT_S
    return Transcript("call:1", "es", 0.98, duration, duration - len(lines) * 0.5, 2, "base", segments)


def add_call(store, spec: CallSpec, operator_id: int, audio_hash: str, received_at: datetime | None = None) -> int:
    """Store one call ready for review and return its id."""
    transcript = typed_transcript(spec.lines)
    text = transcript.text
    entities, redacted = [], text
    for kind, original, placeholder in spec.found:
        start = text.index(original)
        score = SWEEP_SCORE if original in spec.guessed else 0.85
        entities.append({"type": kind, "start": start, "end": start + len(original), "score": score})
        redacted = redacted.replace(original, placeholder)
    mapping = {placeholder: original for _, original, placeholder in spec.found}
    counts: dict[str, int] = {}
    for kind, _, _ in spec.found:
        counts[kind] = counts.get(kind, 0) + 1
    raw_rel, bleeped_rel = f"audio/{audio_hash}.wav.enc", f"audio/bleeped-{audio_hash}.wav.enc"
    scratch = store.data_dir.parent / "raw.wav"
    scratch.write_bytes(spec.raw_audio)
    store.files.put_file(scratch, raw_rel, "raw-audio")
    scratch.write_bytes(spec.raw_audio if spec.bleeped_audio is None else spec.bleeped_audio)
    store.files.put_file(scratch, bleeped_rel, "bleeped-audio")
    with store.transaction() as session:
        call = Call(
            audio_sha256=audio_hash,
            state="ready_for_review",
            consent="recorded",
            operator_id=operator_id,
            audio_bytes=len(spec.raw_audio),
            raw_audio_path=raw_rel,
            bleeped_audio_path=bleeped_rel,
            received_at=received_at or datetime.now(UTC),
            duration_s=spec.duration_s,
            language="es",
        )
        session.add(call)
        session.flush()
        session.add(
            TranscriptRow(
                call_id=call.id,
                language="es",
                language_probability=0.98,
                duration_s=transcript.duration,
                speech_duration_s=transcript.speech_duration,
                channels=2,
                model="base",
                warnings=[],
                segment_count=len(spec.lines),
                content_enc=store.cipher.encrypt_text(json.dumps(transcript.to_dict()), "transcript"),
                transcribe_s=1.0,
            )
        )
        kept = entities if spec.keep_entities else []
        session.add(
            Redaction(
                call_id=call.id,
                mode="tag",
                language="es",
                redacted_text=redacted,
                entity_counts=counts,
                entities_enc=store.cipher.encrypt_text(json.dumps(kept), "entities"),
                mapping_enc=store.cipher.encrypt_text(json.dumps(mapping), "mapping"),
                redact_s=0.1,
            )
        )
        session.add(Note(call_id=call.id, version=1, kind="draft", backend="rules", content=spec.note))
        return call.id
