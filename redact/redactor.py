"""The redactor: Presidio analysis line by line (per-line language for code-switched calls),
clean-up and name propagation over the whole call, then anonymisation."""

from __future__ import annotations

import logging
import re
import threading
import time

from callnotes.errors import InputError
from redact import spans as sp
from redact.address_chain import chain_addresses
from redact.address_tagger import add_to
from redact.anonymize import anonymize
from redact.cross_street import join_cross_streets
from redact.floor_of_place import join_floors
from redact.language import detect
from redact.name_by_age import find_names_by_age
from redact.name_repairs import repair_names
from redact.nickname_before import find_nicknames_before
from redact.number_edges import widen_number_edges
from redact.place_article import take_articles
from redact.place_bridge import bridge_places
from redact.place_chain import chain_places
from redact.place_lead import lead_places
from redact.place_marks import mark_places
from redact.place_names import name_places
from redact.place_tail import close_places
from redact.room_finder import find_rooms
from redact.second_look import SUGGESTED_TYPE, SWEEP_SCORE, sweep
from redact.settings import RedactSettings, load_settings
from redact.spoken_handles import join_handles
from redact.spoken_ids import widen_ids
from redact.spoken_repairs import repair_numbers
from redact.types import LABELS, Entity, Mode, RedactionResult
from redact.vessel_names import find_vessels
from redact.where_answer import answer_places

log = logging.getLogger(__name__)
_CLIPPED = ("PHONE_NUMBER", "ID_NUMBER", "OTHER_ID")  # kinds whose run-on from the context turn is kept
_SOURCE = "<text>"  # how errors name an in-memory text (never its content)
ADDRESS_TAGGER_SCORE = 0.3  # below the sweep's 0.35: the learned tagger's spans are the weakest findings


def _check_text(text: object, max_chars: int) -> str:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(_SOURCE, "not UTF-8 text (binary data?)") from None
    if not isinstance(text, str):
        raise InputError(_SOURCE, f"expected text, got {type(text).__name__}")
    if not text.strip():
        raise InputError(_SOURCE, "empty text: nothing to redact")
    if len(text) > max_chars:
        raise InputError(_SOURCE, f"text too long ({len(text)} characters, limit {max_chars})")
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise InputError(_SOURCE, "looks like binary data, not a transcript")
    return text


class Redactor:
    """Loads spaCy and Presidio once; :meth:`redact` is then cheap enough to call per call."""

    def __init__(self, settings: RedactSettings | None = None, **overrides):
        if settings is None:
            from callnotes.config import settings as app_settings

            settings = load_settings({**app_settings().redact, **overrides})
        self.settings = settings
        from redact.engine import build_analyzer

        started = time.perf_counter()
        self._analyzer = build_analyzer(settings)
        self._label_re = re.compile(rf"^(?:{'|'.join(map(re.escape, settings.speaker_labels))}):[ \t]*")
        log.info("redactor ready in %.1fs", time.perf_counter() - started)

    # ------------------------------------------------------------------ public API

    def redact(self, text: str, language: str = "auto", mode: str | Mode = "tag") -> RedactionResult:
        try:
            mode = Mode(mode)
        except ValueError:
            modes = ", ".join(m.value for m in Mode)
            raise InputError("mode", f"unknown mode {mode!r} (use one of: {modes})") from None
        language, entities = self.analyze(text, language)
        redacted, mapping = anonymize(text, entities, mode, language)
        return RedactionResult(language=language, redacted=redacted, entities=entities, mapping=mapping, mode=mode)

    def analyze(self, text: str, language: str = "auto") -> tuple[str, list[Entity]]:
        """The call's language and the identifiers found, with offsets into ``text``."""
        text = _check_text(text, self.settings.max_chars)
        language = language or "auto"  # a transcript whose language is unknown (None, "")
        languages = tuple(self.settings.languages)
        if language != "auto" and language not in languages:
            raise InputError("language", f"unsupported language {language!r} (use auto or {', '.join(languages)})")
        call_language = detect(text, languages, languages[0]) if language == "auto" else language
        # Each turn is analysed with the turn before as context ("¿Su DNI?" / "cuatro cinco...").
        jobs: list[tuple[str, str, int]] = []  # (context + body, language, offset of the body in text)
        contexts: list[int] = []
        offset = 0
        previous = ""
        for line in text.split("\n"):
            label = self._label_re.match(line)
            body_start = label.end() if label else 0
            body = line[body_start:]
            if body.strip():
                line_language = call_language
                if language == "auto" and len(body.split()) >= 6:
                    line_language = detect(body, languages, call_language)
                context = previous[-200:] + "\n" if previous else ""
                jobs.append((context + body, line_language, offset + body_start))
                contexts.append(len(context))
                previous = body
            offset += len(line) + 1
        found: list[sp.Span] = []
        for (chunk, line_language, body_offset), context_len, artifacts in zip(
            jobs, contexts, self._nlp_batch(jobs), strict=True
        ):
            found += self._analyze_chunk(chunk, context_len, line_language, body_offset, artifacts, text)
        allowed = sp.allowed_ranges(text, self.settings.allow_list, self.settings.allow_patterns)
        found = sp.drop_allowed(found, allowed, text)
        found = sp.drop_imperatives(text, found)
        found = sp.extend_numbers(text, sp.merge(text, found))
        found = sp.join_split_numbers(
            text,
            found,
            self.settings.split_number_cues,
            self.settings.split_number_not_followed_by,
            allowed,
            break_cues=self.settings.split_number_id_cues,
        )
        found = sp.id_letters(text, found, self.settings.split_number_id_cues)
        found = sp.propagate_numbers(text, found, self.settings.split_number_not_followed_by, allowed)
        found = sp.propagate_handles(text, found)
        found = sp.join_settlements(text, found)
        found = chain_addresses(text, found)
        if self.settings.propagate_names:
            found = sp.extend_names(text, found)
            found = sp.propagate_names(text, found)
            found = sp.extend_names(text, found)  # mentions found by propagation take their surnames too
        entities = [Entity(s.type, s.start, s.end, round(s.score, 3)) for s in found]
        if self.settings.sweep:
            swept = [
                Entity(SUGGESTED_TYPE[h.reason], h.start, h.end, SWEEP_SCORE)
                for h in sweep(text, entities, call_language)
            ]
            entities = _join_touching(text, sorted(entities + swept, key=lambda e: (e.start, e.end)))
        if self.settings.number_edges:  # "plus 91 98470 21365", "R as in Romeo, three zero …": the words are the ID's
            entities = widen_number_edges(text, entities)
        if self.settings.spoken_ids:  # "A-T-5-1-9-0-6-4-2", "te a guion cuarenta y ocho … guion ce eme"
            entities = widen_ids(text, entities)
        if self.settings.spoken_handles:  # "kelsey dot morrow, M-O-R-R-O-W, at gmail dot com": one handle
            entities = join_handles(text, entities)
        if self.settings.name_repairs:  # "se llamaba yesenia no jessenia": the name said again
            entities = repair_names(text, entities)
        if self.settings.nickname_before:  # "el chivo le dicen", "es chumpitaz nomás le dicen": said before its verb
            entities = find_nicknames_before(text, entities)
        if self.settings.name_by_age:  # "una es maricielo tiene trece", "la rosmery que tiene quince"
            entities = find_names_by_age(text, entities)
        if self.settings.spoken_repairs:  # "nueve nueve siete eh cero cero…", "… cuarenta y uno, no perdón, catorce"
            entities = repair_numbers(text, entities)
        if self.settings.room_finder:  # rooms said with no street ("the back room on the second floor")
            entities = find_rooms(text, entities)
        if self.settings.cross_street:  # "la esquina con Húsares de Junín": the cross street is the address's
            entities = join_cross_streets(text, entities)
        if self.settings.floor_of_place:  # "el apartamento 402 del cuarto piso", "the third floor, the room …"
            entities = join_floors(text, entities)
        if self.settings.vessel_names:  # "la lancha Reina del Marañón II", "the Hai Feng 9, moored at berth 2"
            entities = find_vessels(text, entities)
        if self.settings.place_lead:  # "el contenedor azul que está [atrás de la obra]": the thing located
            entities = lead_places(text, entities)
        if self.settings.where_answer:  # "¿Dónde están? / En la sala de espera …, la banca del fondo al lado de …"
            entities = answer_places(text, entities)
        if self.settings.place_bridge:
            entities = bridge_places(text, entities)
        if self.settings.place_tail:  # "…, cuarto piso, el departamento del fondo, el 402", "… del sótano"
            entities = close_places(text, entities)
        if self.settings.place_names:  # "… del mercado [Modelo de Imperial]", "[Tower 2 of] the Residencial …"
            entities = name_places(text, entities)
        if self.settings.place_chain:  # "aquela de porta vermelha, [depois da ponte], do lado da borracharia"
            entities = chain_places(text, entities)
        if self.settings.address_tagger:  # the learned tagger's rest of a place the rules began; last, so it only adds
            entities = _join_touching(text, add_to(text, entities, Entity, ADDRESS_TAGGER_SCORE))
        if self.settings.place_names:  # again: the tagger's rest of a place may end at a kind ("… del mercado")
            entities = name_places(text, entities)
        if self.settings.place_marks:  # "una lona [verde]", "del pabellón [be]", "the big yellow [Inca Kola sign]"
            entities = mark_places(text, entities)
        if self.settings.place_article:  # "[la casa verde frente al mercado]" but "en la [avenida Grau 345]"
            entities = take_articles(text, entities, call_language)
        return call_language, entities

    # ------------------------------------------------------------------ internals

    def _nlp_batch(self, jobs: list[tuple[str, str, int]]) -> list:
        """spaCy over all turns at once, one batch per language (much faster than turn by turn)."""
        artifacts: list = [None] * len(jobs)
        engine = self._analyzer.nlp_engine
        for lang in {lang for _, lang, _ in jobs}:
            indexes = [i for i, (_, job_lang, _) in enumerate(jobs) if job_lang == lang]
            batch = engine.process_batch([jobs[i][0] for i in indexes], lang, batch_size=64)
            for i, (_, nlp_artifacts) in zip(indexes, batch, strict=True):
                artifacts[i] = nlp_artifacts
        return artifacts

    def _analyze_chunk(
        self, chunk: str, context_len: int, language: str, offset: int, artifacts, text: str
    ) -> list[sp.Span]:
        """Findings in one turn (what lies in the context turn is that turn's own business)."""
        results = self._analyzer.analyze(text=chunk, language=language, entities=list(LABELS), nlp_artifacts=artifacts)
        out = []
        for r in results:
            if r.end <= context_len or (r.start < context_len and r.entity_type not in _CLIPPED):
                continue
            # a match that runs on from the context turn ("... treinta y dos" / "7145 0932") keeps its part
            # in this turn: Presidio drops the smaller matches it contains, so dropping it would lose them
            body_start = max(r.start, context_len)
            while body_start < r.end and chunk[body_start].isspace():
                body_start += 1
            if body_start >= r.end:
                continue
            source = (r.recognition_metadata or {}).get("recognizer_name", "")
            start, end = offset + body_start - context_len, offset + r.end - context_len
            span = sp.Span(r.entity_type, start, end, r.score, source)
            if source == "SpacyRecognizer":
                span = sp.plausible_ner(text, span)
                if span is None:
                    continue
            out.append(span)
        return out


_default: Redactor | None = None
_default_lock = threading.Lock()


def default_redactor() -> Redactor:
    """The process's one Redactor with the configured settings: spaCy and Presidio load once,
    however many services, sessions (threads) and the pipeline ask for it."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Redactor()
        return _default


def _join_touching(text: str, entities: list[Entity]) -> list[Entity]:
    """Spans of one type with only spaces between become one (a swept "el triunfo" right after a hidden
    "... al costado de la panadería"), as Presidio's anonymizer would join them anyway: one placeholder, and
    every entity's text is the text it replaces."""
    out: list[Entity] = []
    for e in entities:
        last = out[-1] if out else None
        if last and last.type == e.type and last.end <= e.start and not text[last.end : e.start].strip(" \t"):
            out[-1] = Entity(e.type, last.start, max(last.end, e.end), max(last.score, e.score))
        else:
            out.append(e)
    return out
