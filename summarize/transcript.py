"""Split a transcript into sentences that know who said them and where they lie.

Two-channel transcripts label each line ``operator: `` / ``caller: ``; mono ones do
not, so a line's speaker is guessed from typical operator phrasing (taxonomy
``speakers.yaml``) and otherwise by turn alternation, starting with the operator who
answers the line. Matching runs on a folded copy of the text (lowercase, accents
removed) that keeps every offset of the original, so evidence spans point at the
text the operator sees.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from summarize.taxonomy import Taxonomy

_LABEL = re.compile(r"^\s*(operator|caller|operador[a]?|llamante)\s*:\s*", re.IGNORECASE)
# "...; ..." and "X, ¿Y?" split too: Spanish opens a question with "¿", so only what follows it is asked
# ("una consulta nomás, mi sobrina de 16 quiere trabajar en una chacra, ¿es legal?" states the niece's age).
# English has no "¿": a trailing question after a comma ("my daughter got an offer in Dubai, is it legit?") is asked on
# its own, and the statement before it stands.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»)]*\s+|\s*;\s+|,\s*(?=¿)|,\s*(?=(?:is|are|was|were|does|do|did|can|could|"
                           r"should|would|will|isn't|aren't)\s+(?:it|that|this|they|she|he|i|we|you|there)\b[^.!?,;]*\?)")


def fold(text: str) -> str:
    """Lowercase and strip accents one character at a time so offsets stay valid."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    speaker: str | None  # "operator", "caller" or None
    is_question: bool
    turn_index: int  # index of the line among its speaker's lines (0 = first)


@dataclass
class Transcript:
    text: str
    folded: str
    sentences: list[Sentence]
    labelled: bool

    def of(self, speaker: str | None) -> list[Sentence]:
        return [s for s in self.sentences if speaker is None or s.speaker == speaker]


# singular only: "we"/"nosotros" is as often the hotline ("nosotros atendemos casos de trata")
_FIRST_PERSON = re.compile(r"(?<!\w)(yo|mi|mis|me|my|i|i'm|eu|meu|minha)(?!\w)")


def _narrates_case(folded_line: str, taxonomy: Taxonomy) -> bool:
    """A statement of the facts of a case: a form of exploitation named, or signs of forced work."""
    fam = taxonomy["exploitation_types"]
    if any(p.search(folded_line) for key in ("generic_forced_work", "confinement") for p in fam.lists.get(key, ())):
        return True
    return any(fam.score(folded_line, v) >= 2 for v in fam.values)


def _guess_speaker(folded_line: str, previous: str | None, previous_raw: str, taxonomy: Taxonomy) -> str:
    """Operator phrasing, then who asks (operators ask) and who narrates in the first person
    (callers), then the flow: after a question the other side speaks, else the same side goes on."""
    op = taxonomy.speakers.score(folded_line, "operator")
    ca = taxonomy.speakers.score(folded_line, "caller")
    if op != ca:
        return "operator" if op > ca else "caller"
    if previous is None:
        return "operator"
    # Promises of police and call-backs are operator talk (not referral nouns such as "salud",
    # which callers say too: "una enfermera del centro de salud").
    if any(taxonomy["actions"].score(folded_line, v) for v in ("police_dispatch", "follow_up_call")):
        return "operator"
    other = "caller" if previous == "operator" else "operator"
    if previous_raw.rstrip().endswith("?"):
        return other
    asks = folded_line.rstrip().endswith("?")
    if not asks and _narrates_case(folded_line, taxonomy):
        return "caller"  # the facts of a case ("el capataz no la deja salir, le quitó su DNI") are the caller's
    narrates = bool(_FIRST_PERSON.search(folded_line))
    if asks and not narrates:
        return "operator"
    if narrates and not asks:
        return "caller"
    return other


def _is_question(folded_sentence: str, raw: str, taxonomy: Taxonomy, speaker: str | None = None) -> bool:
    stripped = raw.strip()
    if stripped.startswith("¿") and not stripped.endswith("?"):
        # a tag question carrying on into a statement: "¿ves?, pero tampoco me puedo ir" states the rest
        close = stripped.find("?")
        if close > 0 and len(stripped[close + 1:].split()) >= 3:
            return False
    if stripped.endswith("?") or stripped.startswith("¿"):
        return True
    if any(ch in raw for ch in ".?!¿"):
        return False  # punctuated text that does not end in "?" is a statement
    # Unpunctuated ASR output: fall back on interrogative openings, for the operator only -
    # callers often open statements with "que..." (reported speech), and their facts must count.
    return speaker == "operator" and taxonomy.speakers.starts_question(folded_sentence)


def parse(text: str, taxonomy: Taxonomy) -> Transcript:
    folded = fold(text)
    sentences: list[Sentence] = []
    labelled = bool(_LABEL.match(text.split("\n", 1)[0])) if text.strip() else False
    previous: str | None = None
    previous_raw = ""
    counts = {"operator": 0, "caller": 0}
    pos = 0
    lines: list[tuple[int, int]] = []  # each non-empty line's first sentence and end (for the denial pass)
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        m = _LABEL.match(line)
        body_start = line_start + (m.end() if m else 0)
        if m:
            tag = m.group(1).lower()
            speaker = "operator" if tag.startswith("operador") or tag == "operator" else "caller"
        elif labelled:
            speaker = previous or "caller"  # a wrapped line continues the last labelled turn
        else:
            speaker = _guess_speaker(folded[body_start:line_start + len(line)], previous, previous_raw, taxonomy)
        turn = counts[speaker]
        counts[speaker] += 1
        previous, previous_raw = speaker, line
        body = text[body_start:line_start + len(line)]
        lines.append((len(sentences), line_start + len(line)))
        cursor = 0
        pieces = [(m2.start(), m2.end()) for m2 in _SENTENCE_END.finditer(body)]
        for end_at, next_at in [*pieces, (len(body), len(body))]:
            raw = body[cursor:end_at + (1 if end_at < len(body) and body[end_at] in "?!." else 0)]
            if raw.strip():
                s0 = body_start + cursor + (len(raw) - len(raw.lstrip()))
                s1 = body_start + cursor + len(raw.rstrip())
                q = _is_question(folded[s0:s1], text[s0:s1], taxonomy, speaker)
                sentences.append(Sentence(s0, s1, speaker, q, turn))
            cursor = next_at
    _void_denied(sentences, lines, folded, taxonomy, labelled)
    return Transcript(text=text, folded=folded, sentences=sentences, labelled=labelled)


def _void_denied(sentences: list[Sentence], lines: list[tuple[int, int]], folded: str, taxonomy: Taxonomy,
                 labelled: bool) -> None:
    """A caller's flat denial ("no no nada de eso", "no, nothing like that") answers the line before it: that line
    was the operator asking or explaining, not a fact told by the caller, even where ASR lost its "?" and the
    alternation guessed it the caller's. Mark its sentences as the operator's questions (a labelled caller line
    stays the caller's, and so does an unlabelled line told in the first person)."""
    denials = taxonomy.speakers.lists.get("denial_answers", ())
    for k in range(1, len(lines)):
        first, end = lines[k]
        if first >= len(sentences) or sentences[first].speaker != "caller":
            continue
        if not any(p.search(folded, sentences[first].start, end) for p in denials):
            continue
        prev_first = lines[k - 1][0]
        if not labelled and any(_FIRST_PERSON.search(folded, sentences[i].start, sentences[i].end)
                                for i in range(prev_first, first)):
            continue  # a line told in the first person ("a mi hijo le quitaron el dni") is the caller's own
        for i in range(prev_first, first):
            s = sentences[i]
            if labelled and s.speaker == "caller":
                continue
            sentences[i] = replace(s, speaker="operator", is_question=True)
