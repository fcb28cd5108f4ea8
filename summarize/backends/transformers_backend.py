"""The transformers backend: any local Hugging Face causal LM or seq2seq model, by path.

Enum fields are chosen by scoring every allowed value's likelihood after a question
about the call, so the output is always a valid value; when the model is unsure (the
best value's probability is under ``min_confidence``) the field keeps the rules
backend's value. Lists are decided value by value (yes/no) and taken only when every
answer is sure; minors_involved is a yes/no; the victim count and sexes stay with the
rules (a likelihood over numbers is not a count). The summary is generated, then
redacted by the drafter; an empty or garbled generation falls back to the templated
summary. Only local files are read.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

from callnotes.errors import ModelError
from summarize.backends.rules import RulesBackend, note_from
from summarize.model import (
    Action,
    CallerRole,
    CallType,
    CaseNote,
    Evidence,
    ExploitationType,
    Situation,
    Urgency,
)

log = logging.getLogger(__name__)

INSTRUCTION = (
    "You are drafting a case note for a counter-trafficking hotline in Peru. "
    "Read the call transcript and answer the question with one of the options."
)
SINGLE = {  # field -> (question, {value: option text})
    "caller_role": ("Who is calling?", {v: v.value.replace("_", " ") for v in CallerRole}),
    "call_type": ("What kind of call is it?", {v: v.value.replace("_", " ") for v in CallType}),
    "situation": (
        "Is the exploitation ongoing, past, or only a risk?",
        {**{v: v.value.replace("_", " ") for v in Situation}, None: "no case"},
    ),
    "urgency": ("How urgent is the case?", {v: v.value for v in Urgency}),
}
MULTI = {  # field -> (question template, values)
    "exploitation_types": ("Does the call describe {}?", [e for e in ExploitationType if e.value != "unknown"]),
    "actions": ("Did the operator arrange {}?", [a for a in Action if a.value != "none"]),
}
YES_NO = {True: "yes", False: "no"}


@dataclass
class Choice:
    value: object
    probability: float


class TransformersBackend:
    name = "transformers"

    def __init__(
        self, model_path: str | Path, min_confidence: float = 0.6, device: str | None = None, max_new_tokens: int = 96
    ):
        path = Path(model_path)
        if not (path.is_dir() and (path / "config.json").is_file()):
            raise ModelError(f"{path}: not a local Hugging Face model folder (config.json missing)")
        try:
            import torch
            from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError:
            raise ModelError("the transformers backend needs the 'summarize' extra (torch, transformers)") from None
        self.torch = torch
        try:
            config = AutoConfig.from_pretrained(path, local_files_only=True)
            self.seq2seq = bool(getattr(config, "is_encoder_decoder", False))
            self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            loader = AutoModelForSeq2SeqLM if self.seq2seq else AutoModelForCausalLM
            self.model = loader.from_pretrained(path, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: cannot load the model ({exc.__class__.__name__})") from None
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model.to(self.device).eval()
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        self.min_confidence = min_confidence
        self.max_new_tokens = max_new_tokens
        limit = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)
        self.max_tokens = int(limit or 2048)

    # ------------------------------------------------------------------ scoring

    def _fit(self, transcript: str, budget: int) -> str:
        """Keep the start (who calls, why) and the end (what was arranged) of a long call."""
        ids = self.tokenizer(transcript, add_special_tokens=False)["input_ids"]
        if len(ids) <= budget:
            return transcript
        half = max(1, budget // 2)
        return self.tokenizer.decode(ids[:half]) + "\n[...]\n" + self.tokenizer.decode(ids[-half:])

    def prompt(self, transcript: str, question: str, options: list[str]) -> str:
        head = f"{INSTRUCTION}\nOptions: {', '.join(options)}.\nTranscript:\n"
        tail = f"\nQuestion: {question}\nAnswer:"
        reserve = len(self.tokenizer(head + tail)["input_ids"]) + 16 + self.max_new_tokens
        return head + self._fit(transcript, max(16, self.max_tokens - reserve)) + tail

    def score_options(self, prompt: str, options: list[str]) -> list[float]:
        """Mean log-probability per token of each option as the answer to ``prompt`` (one batch)."""
        torch, tok = self.torch, self.tokenizer
        prompt_ids = tok(prompt)["input_ids"]
        opts = [tok(" " + o, add_special_tokens=False)["input_ids"] or [tok.unk_token_id] for o in options]
        width = max(map(len, opts))
        mask = torch.tensor([[1] * len(o) + [0] * (width - len(o)) for o in opts], device=self.device)
        with torch.no_grad():
            if self.seq2seq:
                enc = torch.tensor([prompt_ids] * len(opts), device=self.device)
                labels = torch.tensor([o + [-100] * (width - len(o)) for o in opts], device=self.device)
                logits = self.model(input_ids=enc, labels=labels).logits
                targets = labels.clamp(min=0)
            else:
                pad = tok.pad_token_id
                ids = torch.tensor([prompt_ids + o + [pad] * (width - len(o)) for o in opts], device=self.device)
                attention = torch.cat(
                    [torch.ones(len(opts), len(prompt_ids), dtype=torch.long, device=self.device), mask], dim=1
                )
                logits = self.model(input_ids=ids, attention_mask=attention).logits
                logits = logits[:, len(prompt_ids) - 1 : -1]
                targets = ids[:, len(prompt_ids) :]
            logp = torch.log_softmax(logits.float(), dim=-1).gather(-1, targets.unsqueeze(-1)).squeeze(-1)
            means = (logp * mask).sum(dim=1) / mask.sum(dim=1)
        return [float(m) for m in means]

    def choose(self, transcript: str, question: str, options: dict) -> Choice:
        texts = list(options.values())
        scores = self.score_options(self.prompt(transcript, question, texts), texts)
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        best = max(range(len(texts)), key=lambda i: scores[i])
        return Choice(list(options)[best], weights[best] / sum(weights))

    def generate_summary(self, transcript: str, lang: str) -> str:
        language = {"es": "Spanish", "en": "English"}[lang]
        prompt = self.prompt(
            transcript,
            f"Write a two or three sentence summary of the case in {language}, "
            "without any names, phone numbers, addresses or places.",
            [],
        )
        inputs = self.tokenizer(prompt, return_tensors="pt").to(self.device)
        with self.torch.no_grad():
            out = self.model.generate(
                **inputs, max_new_tokens=self.max_new_tokens, do_sample=False, pad_token_id=self.tokenizer.pad_token_id
            )
        new = out[0] if self.seq2seq else out[0][inputs["input_ids"].shape[1] :]
        return self.tokenizer.decode(new, skip_special_tokens=True).strip()

    # ------------------------------------------------------------------ drafting

    def draft(self, text: str, rules: RulesBackend, lang: str, language: str | None = None) -> CaseNote:
        decided = rules.decide(text)
        note = note_from(decided, lang)
        for name, (question, options) in SINGLE.items():
            self._take(note, name, self.choose(text, question, options))
        for name, (template, values) in MULTI.items():
            picks = [(v, self.choose(text, template.format(v.value.replace("_", " ")), YES_NO)) for v in values]
            if all(c.probability >= self.min_confidence for _, c in picks):
                chosen = [v for v, c in picks if c.value]
                conf = min(c.probability for _, c in picks)
                self._set(note, name, chosen, conf)
        minors = self.choose(text, "Is any victim a minor (under 18)?", YES_NO)
        if minors.probability >= self.min_confidence:
            note.victims.minors_involved = bool(minors.value)
            self._mark(note, "victims", minors.probability)
        regions = _region_options(decided)
        if len(regions) > 1:
            where = self.choose(text, "Where does the exploitation happen?", {r: r or "unknown" for r in regions})
            self._take(note, "region", where)
        summary = self.generate_summary(text, lang)
        if _looks_like_prose(summary):
            note.summary = summary
            note.evidence["summary"] = Evidence(spans=[], confidence=0.5, source="model")
        _make_consistent(note)
        return note

    def _take(self, note: CaseNote, name: str, choice: Choice) -> None:
        if choice.probability >= self.min_confidence:
            self._set(note, name, choice.value, choice.probability)

    @staticmethod
    def _set(note: CaseNote, name: str, value, confidence: float) -> None:
        setattr(note, name, value)
        spans = note.evidence[name].spans if name in note.evidence else []
        note.evidence[name] = Evidence(spans=spans, confidence=round(confidence, 3), source="model")

    @staticmethod
    def _mark(note: CaseNote, name: str, confidence: float) -> None:
        old = note.evidence.get(name) or Evidence()
        note.evidence[name] = Evidence(spans=old.spans, confidence=round(confidence, 3), source="model")


def _region_options(decided) -> list[str | None]:
    hits = decided["region"].hits
    seen: list[str | None] = []
    value = decided["region"].value
    if value is not None:
        seen.append(value)
    # Every department the rules saw named is a candidate; "unknown" keeps the option of none.
    for h in hits:
        if h.value not in seen and h.value != "region":
            seen.append(h.value)
    return seen + [None] if seen else []


def _looks_like_prose(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    words = text.split()
    return len(words) >= 8 and letters >= 0.7 * len(text.replace(" ", "")) and len(set(words)) >= 0.5 * len(words)


def _make_consistent(note: CaseNote) -> None:
    """Model choices are per field; keep the note coherent as a whole."""
    if note.call_type == CallType.not_relevant:
        note.exploitation_types, note.situation, note.actions = [], None, [Action.none]
        note.victims.count, note.victims.minors_involved, note.victims.sexes = 0, False, []
        note.region = None
        return
    if not note.exploitation_types:
        note.exploitation_types = [ExploitationType.unknown]
    if not note.actions:
        note.actions = [Action.none]
    elif Action.none in note.actions and len(note.actions) > 1:
        note.actions = [a for a in note.actions if a != Action.none]
