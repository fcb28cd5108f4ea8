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
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"”»)]*\s+|\s*;\s+|,\s*(?=¿)|,\s*(?=(?:is|are|was|were|does|do|did|can|could|"
    r"should|would|will|isn't|aren't)\s+(?:it|that|this|they|she|he|i|we|you|there)\b[^.!?,;]*\?)"
)


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
    # starts of the caller's sentences that answer the operator asking about a plan ("cómo viajaría su hijo")
    plan_answers: frozenset[int] = frozenset()

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


_TAG_QUESTION = re.compile(r",\s*¿?(?:right|no|verdad|cierto|ne|nao e|isn't it|don't you think|sabe|sabes)\W*$")


def _is_question(folded_sentence: str, raw: str, taxonomy: Taxonomy, speaker: str | None = None) -> bool:
    stripped = raw.strip()
    if stripped.startswith("¿") and not stripped.endswith("?"):
        # a tag question carrying on into a statement: "¿ves?, pero tampoco me puedo ir" states the rest
        close = stripped.find("?")
        if close > 0 and len(stripped[close + 1 :].split()) >= 3:
            return False
    if speaker != "operator" and _TAG_QUESTION.search(folded_sentence) and len(stripped.split()) >= 6:
        # Round 32: a caller's statement closed by a tag ("so she's like sixteen, right?", "ya tiene quince, ¿no?",
        # "ele é menor, né?") asks only for agreement: what it states is a fact of the call
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
    lines: list[tuple[int, int]] = []  # each non-empty line's first sentence and end (for the denial pass)
    nonempty = _nonempty_lines(text)
    path = None if labelled else _turn_path(text, folded, nonempty, taxonomy)
    for line_start, line in nonempty:
        m = _LABEL.match(line)
        body_start = line_start + (m.end() if m else 0)
        if m:
            tag = m.group(1).lower()
            speaker = "operator" if tag.startswith("operador") or tag == "operator" else "caller"
        elif labelled:
            speaker = previous or "caller"  # a wrapped line continues the last labelled turn
        elif path is not None:
            speaker = path[len(lines)]
        else:
            speaker = _guess_speaker(folded[body_start : line_start + len(line)], previous, previous_raw, taxonomy)
        turn = counts[speaker]
        counts[speaker] += 1
        previous, previous_raw = speaker, line
        body = text[body_start : line_start + len(line)]
        lines.append((len(sentences), line_start + len(line)))
        cursor = 0
        pieces = [(m2.start(), m2.end()) for m2 in _SENTENCE_END.finditer(body)]
        for end_at, next_at in [*pieces, (len(body), len(body))]:
            raw = body[cursor : end_at + (1 if end_at < len(body) and body[end_at] in "?!." else 0)]
            if raw.strip():
                s0 = body_start + cursor + (len(raw) - len(raw.lstrip()))
                s1 = body_start + cursor + len(raw.rstrip())
                q = _is_question(folded[s0:s1], text[s0:s1], taxonomy, speaker)
                sentences.append(Sentence(s0, s1, speaker, q, turn))
            cursor = next_at
    _void_denied(sentences, lines, folded, taxonomy, labelled)
    return Transcript(
        text=text, folded=folded, sentences=sentences, labelled=labelled, plan_answers=_plan_answers(sentences, folded)
    )


_TURN_BREAK = re.compile(r"[.!?…][\"”»)]*\s+\S")


_STAY = 3.5  # cost of two lines in a row from one side, in cue weights (above one cue's 3)
_CALLER_OPENS = 1.0  # the operator answers the line: a caller opening needs some evidence


def _lean(folded_line: str, taxonomy: Taxonomy) -> float:
    """Operator evidence minus caller evidence on one line."""
    lean = taxonomy.speakers.score(folded_line, "operator") - taxonomy.speakers.score(folded_line, "caller")
    if abs(lean) < _STAY and any(
        taxonomy["actions"].score(folded_line, v) for v in ("police_dispatch", "follow_up_call")
    ):
        lean += 1  # promises of police and call-backs are operator talk
    # weaker hints, to settle ties: the facts of a case and the first person told are the caller's, a question
    # without them the operator's
    asks = folded_line.rstrip().endswith("?")
    if abs(lean) < 2 and not asks and _narrates_case(folded_line, taxonomy):
        lean -= 1
    narrates = bool(_FIRST_PERSON.search(folded_line))
    if narrates != asks:
        lean += 0.5 if asks else -0.5
    return lean


def _best_path(leans: list[float]) -> list[str]:
    sides = ("operator", "caller")

    def emit(side: str, lean: float) -> float:
        return max(0.0, -lean) if side == "operator" else max(0.0, lean)

    cost = {"operator": emit("operator", leans[0]), "caller": _CALLER_OPENS + emit("caller", leans[0])}
    back: list[dict[str, str]] = []
    for lean in leans[1:]:
        step, new = {}, {}
        for side in sides:
            other = "caller" if side == "operator" else "operator"
            stay, switch = cost[side] + _STAY, cost[other]
            step[side], new[side] = (side, stay) if stay < switch else (other, switch)
            new[side] += emit(side, lean)
        back.append(step)
        cost = new
    side = min(sides, key=lambda x: (cost[x], x != "operator"))
    path = [side]
    for step in reversed(back):
        side = step[side]
        path.append(side)
    return path[::-1]


def _nonempty_lines(text: str) -> list[tuple[int, str]]:
    """Each line holding more than spaces, with its offset in ``text``: the lines ``parse`` gives a speaker."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _turn_path(text: str, folded: str, lines: list[tuple[int, str]], taxonomy: Taxonomy) -> list[str] | None:
    """Lines of a turn-by-turn transcript alternate: two lines of the same speaker in a row would be one turn. Where
    the lines are turns - some line holds several sentences, or the text has no sentence punctuation at all (ASR
    output one line per turn) - each line's side is read as a best path over the lines (Viterbi): the operator's
    and the caller's phrasing on each line (the hotline's greeting, "llamo porque", "voy a avisar a la policía")
    against the alternation, where keeping the same side for two lines costs _STAY. A wrapped turn ("Estoy
    encerrada…" / "Me llamo…") still reads as one side's where its words say so, while one misread line (an
    operator's unpunctuated question read as a caller's fact) no longer flips every later one, as the line-by-line
    guess did. Lines that are single sentences of punctuated text (segments) may follow each other from one side:
    None, the line-by-line guess (round 13). ``lines``: ``_nonempty_lines(text)``, one side per line."""
    spans = [(at + len(line) - len(line.lstrip()), at + len(line.rstrip())) for at, line in lines]
    if len(spans) < 2:
        return None
    if any(ch in text for ch in ".?!") and not any(_TURN_BREAK.search(text, a, b) for a, b in spans):
        return None
    return _best_path([_lean(folded[a:b], taxonomy) for a, b in spans])


# the operator asking how or where a plan would go ("cómo viajaría su hijo", "where would she work?", "onde ela
# trabalharia?"): the answer tells the plan, not what is happening
_PLAN_QUESTION = re.compile(
    r"(?<!\w)(viajaria|viajarian|iria|irian|trabajaria|trabajarian|viviria|vivirian|"
    r"se quedaria|trabalharia|trabalhariam|moraria|would (she|he|they|you|your \w+) "
    r"(travel|go|work|live|stay))(?!\w)"
)

_ASKS_HOW = re.compile(r"(?<!\w)(como|donde|cuando|con quien|en que|how|where|when|onde|quando|com quem)(?!\w)")


def _plan_answers(sentences: list[Sentence], folded: str) -> frozenset[int]:
    """Signs told in answer to a question about a plan ("cómo viajaría su hijo" - "en bus con el señor… y que allá
    él le guarda el pasaporte") are the plan as promised, not what is happening (round 13)."""
    out: set[int] = set()
    for k, s in enumerate(sentences):
        if s.speaker != "operator" or not _PLAN_QUESTION.search(folded, s.start, s.end):
            continue
        if not s.is_question and not _ASKS_HOW.search(folded, s.start, s.end):
            continue  # unpunctuated "y cómo viajaría su hijo" asks too; "la policía iría" does not
        j = k + 1
        while j < len(sentences) and sentences[j].speaker == "operator":
            j += 1
        while j < len(sentences) and sentences[j].speaker == "caller":
            out.add(sentences[j].start)
            j += 1
    return frozenset(out)


def _void_denied(
    sentences: list[Sentence], lines: list[tuple[int, int]], folded: str, taxonomy: Taxonomy, labelled: bool
) -> None:
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
        if not labelled and any(
            _FIRST_PERSON.search(folded, sentences[i].start, sentences[i].end) for i in range(prev_first, first)
        ):
            continue  # a line told in the first person ("a mi hijo le quitaron el dni") is the caller's own
        for i in range(prev_first, first):
            s = sentences[i]
            if labelled and s.speaker == "caller":
                continue
            sentences[i] = replace(s, speaker="operator", is_question=True)
