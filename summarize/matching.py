"""Find a family's cues in a transcript, with who said them and whether they are denied.

A cue does not count when a negator comes shortly before it in the same clause
("no está encerrada") or when its sentence is hypothetical ("si la encierran, llame").
Questions count only when a family asks for them: the operator's "¿hay menores?" is
not a fact about the case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.taxonomy import CueFamily, Taxonomy
from summarize.transcript import Sentence, Transcript

# Round 28: a restatement ("bueno trabajar trabajar no, o sea, nos hacen trabajar", "I mean", "ou seja") opens a new
# clause: the "no" before it takes back the speaker's own word, it does not deny what the restatement says.
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?¿¡]|\b(pero|but|mas|porque|because|y|and|e|o sea|ou seja|mejor dicho|i mean|quer dizer)\b"
)
_CONTRAST = re.compile(r"(?<!\w)(pero|but|mas|porque|because|sino|aunque|although|however|porem|embora)(?!\w)")
# The operator explaining how trafficking works in general ("a veces las obligan a prostituirse", "sometimes people
# are locked in") says nothing about this case.
_GENERAL = re.compile(
    r"(?<!\w)(a veces|muchas veces|en muchos casos|en otros casos|suelen|es comun que|por ejemplo|"
    r"sometimes|often|in many cases|in other cases|for example|usually|typically|as vezes|"
    r"muitas vezes|em muitos casos|geralmente|por exemplo|los tratantes suelen|"
    r"traffickers (often|usually|may))(?!\w)"
)
_TOKEN = re.compile(r"[\w']+")
_CALL_US = re.compile(
    r"(?<!\w)(ll[aá]m[ae]nos|ll[aá]manos|call us|ligue (pra|para) (a gente|n[oó]s))"
    r"(?!\w) (?!y |e |and |o |or )\w"
)
# Round 17: any instruction to the caller is the condition's consequence too, and closes it: in "si vuelve a pasar
# avísenos y el lunes lo llamamos", "if he comes back, don't worry, just let us know, and we'll ring you" the call-back
# after it is promised, not supposed.
# Round 18: so does any polite command with its pronoun joined on, which Spanish writes with an accent ("quédese
# lejos", "identifíquese", "cuídese", "escríbanos"), and a warning not to take a risk ("no se exponga", "stay away",
# "não se arrisque"): "si llega la policía, identifíquese y nosotros lo llamaremos el sábado" promises the call; a
# command joined by "y" to what we then do ("si la vuelven a encerrar llámenos y mandamos a la policía") keeps it
# supposed.
_INSTRUCTION = re.compile(
    r"(?<!\w)(av[ií]s[ae]nos|av[ií]seme|no se preocupe|no te preocupes|no se angustie|"
    r"vuelva a llamar|vuelve a llamar|let us know|let me know|don't worry|do not worry|"
    r"call us again|n[aã]o se preocupe|avise a gente|avise-nos|me avise|"
    r"[a-zñ]*[áéíóú][a-zñ]*(?:se|nos|me)(?!\w)(?!,? (?:y|e|o) (?:$|[a-zñ]+(?:amos|emos|imos)(?!\w)))|"
    r"no se (?:arriesgue|exponga|acerque|quede|meta|enfrente|confronte|mueva)|no te (?:arriesgues|expongas|acerques)|"
    r"stay (?:away|back|safe|inside)|keep (?:away|your distance)|don't (?:approach|confront|go in)|"
    r"n[aã]o se (?:arrisque|exponha|aproxime)|fique (?:longe|em casa|tranquil[oa]))(?!\w)"
)
_LOOKBACK = 160  # characters of context read before a cue (a clause, not a whole unpunctuated call)
# "armas no he visto": a denial right after the cue. Only before a verb-like word, since
# Portuguese "no" means "in the" ("plantação de coca no VRAEM").
_DENIED_AFTER = re.compile(
    r"\s+(no|not|nao|never|nunca)\s+(?:(?:le|les|lo|la|los|las|me|nos|se|te)\s+)?"
    r"(he|ha|han|hay|habia|tiene|tienen|tenia|vi|vio|visto|veo|seen|saw|see|es|son|era|fue|is|"
    r"are|was|were|tem|esta|estan|estaba|estao)\b"
)
# (a clitic alone is the next clause's verb: "hace tres años no me pagaban" denies nothing before it)


# Portuguese words that Spanish and English lack: a sentence with two of them is Portuguese, and there "no" before a
# word other than a clitic or an adverb is the contraction "in the" ("no restaurante", "no garimpo"), not a denial.
_PORTUGUESE = re.compile(
    r"(?<!\w)(nao|eles|elas|ele|ela|voce|uma|um|com|tem|estou|tambem|muito|eu|meu|minha|"
    r"homem|disse|isso|aqui|ta|sao|estao|esta com|pra|nos|dele|dela|trabalhar|levou|leva)(?!\w)"
)
_NOT_A_NOUN = {
    "me",
    "te",
    "se",
    "le",
    "lo",
    "la",
    "les",
    "los",
    "las",
    "lhe",
    "lhes",
    "nos",
    "ha",
    "he",
    "han",
    "hay",
    "tiene",
    "tienen",
    "es",
    "son",
    "esta",
    "estan",
    "tem",
    "sabe",
    "quiero",
    "quer",
    "pode",
    "puede",
    "mas",
    "muy",
    "tan",
    "nunca",
    "nada",
    "no",
    "nao",
    "si",
    "sim",
    "vai",
    "va",
    "van",
    "foi",
    "fue",
    "era",
    "e",
    "y",
    "que",
    "porque",
    "sei",
    "creo",
    "acho",
}


def _in_the(t: Transcript, sentence: Sentence, tokens: list[str], i: int, first: re.Match | None) -> bool:
    after = tokens[i + 1] if i + 1 < len(tokens) else (first.group() if first else "")
    if not after or after in _NOT_A_NOUN:
        return False
    return len(_PORTUGUESE.findall(t.folded, sentence.start, sentence.end)) >= 2


def _answers_operator(t: Transcript, sentence: Sentence) -> bool:
    """The caller's sentence opens a turn right after the operator's."""
    if sentence.speaker != "caller":
        return False
    prev = None
    for x in t.sentences:
        if x.start >= sentence.start:
            break
        prev = x
    return prev is not None and prev.speaker == "operator"


@dataclass(frozen=True)
class Hit:
    value: str
    start: int
    end: int
    weight: float
    sentence: Sentence

    @property
    def speaker(self) -> str | None:
        return self.sentence.speaker


_COPULA = {"es", "era", "fue", "is", "was", "e", "eh"}
_CLITIC_SUBJECTS = {"me", "nos", "le", "les", "lo", "la", "los", "las", "te", "lhe", "lhes"}


def _denies_a_name(between: list[str]) -> bool:
    """A "no" that denies what a thing is reaches only that thing: in "mamá no es cacao me hacen cargar mochilas" the
    correction ends at "cacao" and "me hacen cargar" is asserted ("no es que me obliguen" still denies)."""
    if len(between) < 3 or between[0] not in _COPULA or between[1] == "que":
        return False
    return any(w in _CLITIC_SUBJECTS for w in between[2:-1])


_INFINITIVE = re.compile(r"\w{2,}(?:ar|er|ir|ing)(?:le|la|lo|les|los|las|me|nos|se)?$")


def _denies_the_subject(between: list[str]) -> bool:
    """A "no" inside the subject of a copula stays there: "retener el DNI y no pagarle es un delito", "not paying
    her is a crime" assert the appraisal ("no es un delito" still denies it)."""
    return (
        len(between) >= 2
        and between[-1] in _COPULA | {"are", "son", "sao"}
        and any(_INFINITIVE.match(w) for w in between[:-1])
    )


_ELLIPTIC_NO = re.compile(r"(?<!\w)(ya|todavia|aun) no\s+$")
_PRETERITE = re.compile(r"\w+[éíó]$")


class Matcher:
    def __init__(self, taxonomy: Taxonomy):
        neg = taxonomy["negation"].raw
        self.negators = {str(n) for n in neg["negators"]}
        self.window = int(neg.get("window_tokens", 3))
        self.hypothetical = taxonomy["negation"].lists["hypothetical"]
        self.clause_openers = {str(w) for w in neg.get("clause_openers", ())}

    def negated(self, t: Transcript, sentence: Sentence, start: int, end: int | None = None) -> bool:
        if end is not None and _DENIED_AFTER.match(t.folded, end, sentence.end):
            return True
        if end is not None and _TOKEN.match(t.folded, start) and _TOKEN.match(t.folded, start).group() in self.negators:
            # The cue carries its own negation ("não recebe nada", "no le pagan"): a "no" before it is
            # Portuguese "in the" ("no elevador que não recebe") far more often than a double negative.
            return False
        before = t.folded[max(sentence.start, start - _LOOKBACK) : start]  # bounded: ASR lines can be huge
        if end is not None and _ELLIPTIC_NO.search(before) and _PRETERITE.search(t.text, start, end):
            # "¿sigue en ese lugar?" - "no ya no me escapé el domingo": "ya no" answers the question (not any more);
            # a past tense after it ("escapé", "salí", "se escapó") cannot be what it denies (round 13)
            return False
        breaks = list(_CLAUSE_BREAK.finditer(before))
        clause = before[breaks[-1].end() :] if breaks else before
        tokens = _TOKEN.findall(clause)[-self.window :]
        first = _TOKEN.match(t.folded, start)
        for i in range(len(tokens) - 1, -1, -1):
            tok = tokens[i]
            if tok == "no" and _in_the(t, sentence, tokens, i, first):
                continue  # Portuguese "no" = "in the": "disse no restaurante que leva os meninos"
            if tok in self.negators or tok.endswith("n't"):
                # Unpunctuated speech runs clauses together: a word that opens a new clause ("no me pagaban
                # ahora ya estoy con mi familia") ends the reach of the "no" before it.
                between = tokens[i + 1 :] + ([first.group()] if first else [])
                if _denies_a_name(between) or _denies_the_subject(between):
                    return False
                return not any(w in self.clause_openers for w in between)
        return False

    def general(self, t: Transcript, sentence: Sentence) -> bool:
        return bool(_GENERAL.search(t.folded, sentence.start, sentence.end))

    def is_hypothetical(self, t: Transcript, sentence: Sentence, start: int) -> bool:
        # On the original text: "sí" (yes) folds to "si" (if) and must not count.
        lo = max(sentence.start, start - _LOOKBACK)
        before = t.text[lo:start].lower()
        for p in self.hypothetical:
            for m in p.finditer(before):
                if (
                    lo == sentence.start
                    and before[m.start() : m.end()] == "si"
                    and not before[: m.start()].strip(" ,.")
                    and _answers_operator(t, sentence)
                ):
                    continue  # a reply opening with an unaccented "si" is "yes": "si estoy bajito en el cuarto"
                # A contrast closes the condition: in "sí le pagan pero le retiene el DNI" (a "sí" that ASR
                # wrote without its accent) the clause after "pero" is asserted, not supposed.
                # So does its consequence, the call asked of the caller: in "si ve algo más llámenos mañana la
                # llamamos" (unpunctuated) the call-back after "llámenos" is promised, not supposed (round 12).
                if (
                    not _CONTRAST.search(before, m.end())
                    and not _CALL_US.search(before, m.end())
                    and not _INSTRUCTION.search(before, m.end())
                ):
                    return True
        return False

    def find(
        self,
        t: Transcript,
        family: CueFamily,
        values: list[str] | None = None,
        include_questions: bool = False,
        keep_negated: bool = False,
    ) -> list[Hit]:
        hits: list[Hit] = []
        # once per sentence, not once per cue: the operator explaining in general (advice is still information given)
        general = [s.speaker == "operator" and family.name != "actions" and self.general(t, s) for s in t.sentences]
        for value, cues in family.values.items():
            if values is not None and value not in values:
                continue
            for cue in cues:
                speakers = cue.speakers or family.speakers
                for s, in_general in zip(t.sentences, general, strict=True):
                    if s.speaker is not None and s.speaker not in speakers:
                        continue
                    if s.is_question and not include_questions:
                        continue
                    if in_general:
                        continue
                    for m in cue.pattern.finditer(t.folded, s.start, s.end):
                        supposed = (
                            not (cue.conditional and s.speaker != "operator")
                            and not (cue.advice and s.speaker == "operator")
                            and self.is_hypothetical(t, s, m.start())
                        )
                        denied = not cue.firm and self.negated(t, s, m.start(), m.end())
                        if not keep_negated and (denied or supposed):
                            continue
                        hits.append(Hit(value, m.start(), m.end(), cue.weight, s))
        return hits

    def find_list(
        self,
        t: Transcript,
        patterns: list[re.Pattern[str]],
        speakers: tuple[str, ...],
        value: str = "",
        include_questions: bool = False,
    ) -> list[Hit]:
        hits = []
        for s in t.sentences:
            if (s.speaker is not None and s.speaker not in speakers) or (s.is_question and not include_questions):
                continue
            if s.speaker == "operator" and self.general(t, s):
                continue
            if s.start in t.plan_answers:
                continue  # the plan as promised, answering "¿cómo viajaría?": no sign of what is happening
            for p in patterns:
                for m in p.finditer(t.folded, s.start, s.end):
                    if not (self.negated(t, s, m.start(), m.end()) or self.is_hypothetical(t, s, m.start())):
                        hits.append(Hit(value, m.start(), m.end(), 1.0, s))
        return hits
