"""Social-media handles (@rosita99, also "arroba rosita guion bajo 99") and URLs."""

from __future__ import annotations

import re

from redact.lexicon import fold, is_ordinary_word, mostly_lowercase, places, stop_words
from redact.numbers import small_number, spoken_number_runs, word_value
from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.recognizers.spacy_tokens import token_at
from redact.registry import register

_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# round 35: a part may hold inner hyphens, as hosts do ("lunitavip-aqp.blogspot.com" was read from "aqp" on); a
# hyphen alone joins nothing ("ex-novio" has no dot or underscore)
_JOINED_NAME = re.compile(
    r"(?<![\w.@/-])[a-z][a-z0-9]{1,}(?:-[a-z0-9]+)*(?:[._][a-z0-9]{2,}(?:-[a-z0-9]+)*){1,4}(?![\w@/-]|\.\w)"
)
_URL = re.compile(
    r"(?<![\w@])(?:https?://|www\.)[^\s,;]+[^\s,;.]"
    r"|(?<![\w@.])[\w-]+\.(?:com|net|org|pe|io|me|co|br|ve)(?:\.[a-z]{2})?/[^\s,;]*[^\s,;.]",
    re.IGNORECASE,
)


# a verb with its pronouns attached or a gerund ("encontrarla", "buscándola"): no page name
_VERB_FORM = re.compile(r"(?:[aei]r|ndo)(?:la|lo|le|las|los|les|me|te|se|nos)?$|[aeií]rse$", re.IGNORECASE)
_NAME_INNER = {
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "da",
    "do",
    "the",
    "of",
    "o",
    "a",
    "for",
    "para",
    "pra",
    "y",
    "and",
    # places and phrases inside a page's name: "empleos santa cruz al toque", "Brasileiros no Peru Empregos",
    # "trabajos en lima", "jobs in peru" (only with a name word after them)
    "al",
    "en",
    "em",
    "no",
    "na",
    "in",
    "on",
}
# words a spoken handle never opens with: the cue and its verb ("instagram handle is sweet underscore …")
_LEAD = {"is", "es", "é", "handle", "name", "nombre", "nome", "usuario", "user", "username", "called", "como", "as"}
_TENS_WORD = re.compile(r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$")
# the end of a number said in words: "noventa" + "y ocho"
_GAP_TO_WORD = re.compile(r"[ \t]+(?=[^\W\d_])")


def _number_run_after(text: str, end: int) -> int | None:
    """The end of a number said in words right after ``end`` that reads as two digits or more ("dos mil siete",
    "noventa y ocho"); a lone "dos" may count what follows ("… love dos chicas")."""
    gap = _GAP_TO_WORD.match(text, end)
    if not gap:
        return None
    runs = spoken_number_runs(text[gap.end() : gap.end() + 60], min_digits=2, min_words=2)
    return gap.end() + runs[0].end if runs and runs[0].start == 0 else None


def _number_run_through(text: str, end: int) -> int | None:
    """The end of a number said in words that the word ending at ``end`` begins and that goes on past it ("… punto
    cero [siete]": digits said one by one end a handle as the year does)."""
    last = re.search(r"[^\W\d_]+$", text[max(0, end - 20) : end])
    if not last or word_value(last.group()) is None:
        return None
    start = end - len(last.group())
    runs = spoken_number_runs(text[start : start + 60], min_digits=2, min_words=2)
    return start + runs[0].end if runs and runs[0].start == 0 and start + runs[0].end > end else None


_SPOKEN_TAIL = re.compile(r"[ \t]+(?:y|e|and)[ \t]+([^\W\d_]+)", re.IGNORECASE)


@register("handle_url")
class HandleUrlRecognizer(RuleRecognizer):
    ENTITIES = ("OTHER_ID",)

    def __init__(self, language: str, score: float = 0.85, **params):
        super().__init__(language, score, **params)
        self._closing = {fold(w) for w in self.words("closing_words")}
        sep = alternation(self.words("separators"))
        at = alternation(self.words("at_words"))
        word = r"[^\W_]+|\d+"
        # between spoken separators a part may be several words ("arroba el paisa guion bajo oficial",
        # "jhon kevin punto veintiuno"): the separator after them proves they belong to the handle
        parts = rf"(?:(?:(?:{word})(?:\s+(?:{word})){{0,2}}\s+(?:{sep})\s+)+(?:{word}))"
        self._spoken = re.compile(rf"(?<!\w)(?:{at})\s+(?:{parts}|(?:{word}))", re.IGNORECASE)
        # "at" is an everyday English word: only a handle when a spoken separator follows ("at sunny dot flowers")
        self._spoken_at = re.compile(rf"(?<!\w)at\s+(?:{word})(?:\s+(?:{sep})\s+(?:{word}))+", re.IGNORECASE)
        # no "arroba" at all, right after the network's name: "en tiktok como gleici ponto oficial"
        cues = alternation(self.words("cues"))
        self._bare = re.compile(
            rf"(?<!\w)(?:{cues})(?:\s+(?:como|as|es|is|é|:|de|del|da|dela|dele|su|her|his|she's|he's|it's|she|he|"
            # round 33: an adverb said between the network and the handle ("tiene facebook también kiara ramos
            # punto veintiuno"); the separator in the handle is still required
            rf"está|esta|sale|aparece|ela|ele|is\s+called|se\s+llama|también|tambien|também|also|too))*\s+"
            rf"(?P<handle>{parts})",
            re.IGNORECASE,
        )
        # a page or profile name with no separators, after the network's name and a naming verb:
        # "tiene facebook, sale como anibal empleos selva", "her page is called sunny tours"
        self._named = re.compile(
            rf"(?<!\w)(?:{cues})(?:\s+[^\W\d_]+){{0,3}}?[ \t,]+(?:{alternation(self.words('naming'))})"
            rf"(?P<name>(?:[ \t]+[^\W_]+){{1,6}})",
            re.IGNORECASE,
        )
        self._is_named = re.compile(
            rf"(?<!\w)(?:{alternation(self.words('is_cues'))})[ \t]+(?:es|is|é|era|was|dice|says|diz)"
            rf"(?P<name>(?:[ \t]+[^\W_]+){{1,4}})",
            re.IGNORECASE,
        )
        group, network = alternation(self.words("group_words")), alternation(self.words("group_networks"))
        self._group = re.compile(
            rf"(?<!\w)(?:(?:{group})[ \t]+(?:(?:de|do|da|del|en|no|na|on|of)[ \t]+)?"
            rf"(?:(?:el|la|o|a|the)[ \t]+)?(?:{network})|(?:{network})[ \t]+(?:{group}))(?!\w)"
            rf"(?:[ \t]+(?:(?:que|chamad[oa]|llamad[oa]|called|named)[ \t]+)?(?:se[ \t]+(?:llama|chama)[ \t]+)?)?"
            rf",?(?P<name>(?:[ \t]*[^\W_]+){{1,6}})",  # "num grupo do Facebook, Brasileiros no Peru Empregos"
            re.IGNORECASE,
        )
        # round 10: a page or group introduced by its article alone, the network named elsewhere in the
        # sentence ("anuncios en facebook en una pagina empleos al toque chiclayo", "en Facebook, en el grupo
        # Trabajos Pasco y Junín 2026", "on Facebook, in a group called Jobs Lima Today")
        self._article_group = re.compile(
            rf"(?<!\w)(?:{alternation(self.words('group_determiners'))})[ \t]+(?:{group})(?!\w)"
            r"(?:[ \t]+(?:que[ \t]+se[ \t]+(?:llama|chama)|chamad[oa]|llamad[oa]|called|named))?"
            r",?(?P<name>(?:[ \t]*[^\W_]+){1,6})",
            re.IGNORECASE,
        )
        self._network_word = re.compile(rf"(?<!\w)(?:{network})(?!\w)", re.IGNORECASE)
        self._tail = re.compile(r"[ \t]+([^\W_]+)")
        # a page name in quotes in written notes ('en Facebook como "Empleos Lima Norte Ya"'): the quotes
        # mark where it starts and ends, title case marks it as a name rather than a quoted post
        self._quoted = re.compile(r"[\"“«]\s*(?P<name>[^\"“”«»\n.;:!?]{3,80}?)\s*[\"”»]")
        # "¿el hombre tiene facebook?" / "tem beto barqueiro tres fronteiras": the turn after a network
        # question is its page name when it is only a name
        self._network = re.compile(rf"(?<!\w)(?:{alternation(self.words('is_cues'))})(?!\w)[^\n]*\n", re.I)
        self._answer_lead = re.compile(rf"(?:(?:{alternation(self.words('answer_leads'))})(?:[ \t,]+|$))*", re.I)

    def find(self, text, nlp_artifacts):
        for m in _HANDLE.finditer(text):
            if len(m.group()) > 2:
                yield Match("OTHER_ID", m.start(), m.end(), self.score)
        for m in _URL.finditer(text):
            yield Match("OTHER_ID", m.start(), m.end(), self.score)
        # round 13: a user name written out, with no cue ("el perfil era franco.eventos.vip",
        # "intiwasi_ecolodge_valle"): lowercase words joined by "_" or by two dots or more, not an e-mail or a URL
        for m in _JOINED_NAME.finditer(text):
            if "_" in m.group() or m.group().count(".") >= 2:
                yield Match("OTHER_ID", m.start(), m.end(), self.score - 0.1)
        # A handle said aloud is only trusted after a social-media cue ("su cuenta es arroba...").
        cues = self.words("cues")
        for m in self._spoken.finditer(text):
            if has_cue_before(text, m.start(), cues, 60):
                end = self._extend(text, m.end(), nlp_artifacts, after_at=True, closing=True)
                yield Match("OTHER_ID", m.start(), end, self.score - 0.1)
        for m in self._spoken_at.finditer(text):
            if has_cue_before(text, m.start(), cues, 60):
                end = self._extend(text, m.end(), nlp_artifacts, closing=True)
                yield Match("OTHER_ID", m.start(), end, self.score - 0.1)
        for m in self._bare.finditer(text):
            end = self._extend(text, m.end(), nlp_artifacts)
            start = m.start("handle")
            lead = re.match(r"(?:([^\W_]+)\s+)", text[start:end])
            while lead and fold(lead.group(1)) in _LEAD:
                start += lead.end()
                lead = re.match(r"(?:([^\W_]+)\s+)", text[start:end])
            yield Match("OTHER_ID", start, end, self.score - 0.15)
        for m in self._named.finditer(text):
            span = self._page_name(text, m.start("name"), m.end("name"))
            if span:
                yield Match("OTHER_ID", *span, self.score - 0.2)
        yield from self._network_answers(text)
        yield from self._quoted_names(text, cues)
        for m in self._group.finditer(text):
            if span := self._group_name(text, m.start("name"), m.end("name"), nlp_artifacts):
                yield Match("OTHER_ID", *span, self.score - 0.2)
        yield from self._article_groups(text, nlp_artifacts)
        for m in self._is_named.finditer(text):
            span = self._page_name(text, m.start("name"), m.end("name"))
            # after a bare "es" the words must hold a name, a place or a word no dictionary knows:
            # "en tiktok es famosa la chica" describes, "su facebook es la flaca bella tarapoto" names
            words = re.findall(r"[^\W\d_]+", text[span[0] : span[1]]) if span else []
            if any(not is_ordinary_word(w) and not _VERB_FORM.search(w) for w in words):
                yield Match("OTHER_ID", *span, self.score - 0.2)

    def _network_answers(self, text: str):
        for q in self._network.finditer(text):
            line = re.match(r"[^\n.?!;]*", text[q.end() :]).group()
            lead = self._answer_lead.match(line)
            words = list(re.finditer(r"[^\W_]+", line[lead.end() :]))
            if not 2 <= len(words) <= 5:
                continue
            keys = [fold(w.group()) for w in words]
            if keys[0] in _NAME_INNER or keys[-1] in _NAME_INNER:
                continue
            if any(k in stop_words() and k not in _NAME_INNER and word_value(k) is None for k in keys):
                continue  # "si y que le dijo": an answer, no page name
            if all(is_ordinary_word(w.group()) for w in words):
                continue
            start = q.end() + lead.end()
            yield Match("OTHER_ID", start + words[0].start(), start + words[-1].end(), self.score - 0.2)

    def _group_name(self, text: str, start: int, end: int, nlp) -> tuple[int, int] | None:
        """A group's name after its network, up to the first verb ("vagas fronteira acre peru prometendo
        …", "trabajos lima norte donde publican …"); two words at least, so "grupo de facebook y le
        escribió" or "del grupo de whatsapp familia" names no group."""
        for w in re.finditer(r"[^\W_]+", text[start:end]):
            # the Spanish model reads Portuguese ("fronteira", "peru" as verbs): there, word endings only
            token = token_at(nlp, start + w.start()) if self.supported_language != "pt" else None
            verb = token is not None and token.pos_ in ("VERB", "AUX") and fold(w.group()) not in places()
            if _VERB_FORM.search(w.group()) or verb:
                end = start + w.start()
                break
        span = self._page_name(text, start, end) if end > start else None
        if span is None or len(re.findall(r"[^\W_]+", text[span[0] : span[1]])) < 2:
            return None
        # round 10: a capitalised word pages end on ("Empleos Huánuco Ya", "Chamba Top") in written notes
        closing = re.match(r"[ \t]+([^\W_]+)", text[span[1] :])
        if closing and closing.group(1)[0].isupper() and fold(closing.group(1)) in self._closing:
            span = (span[0], span[1] + closing.end())
        return span

    def _article_groups(self, text: str, nlp):
        """A group or page said with its article only is named when its network is named in the same
        sentence (before it, or right after its name: "en el grupo X de facebook"), its name has two words
        at least and one of them is no dictionary word (a place, a number, a coined word): "en el grupo de
        chicas de facebook" or "la página de la fiscalía" name nothing."""
        cased = not mostly_lowercase(text)  # (once per call, not per group said)
        for m in self._article_group.finditer(text):
            start, end = m.start("name"), m.end("name")
            # the name ends before its network: "en el grupo Chambitas Huaral de facebook publican"
            net = self._network_word.search(text, start, end)
            network_after = False
            if net:
                cut = re.search(r"(?:[ \t]+(?:de|do|da|del|on|in|en|no|na))?[ \t]*$", text[start : net.start()])
                end, network_after = start + cut.start(), True
            sentence = re.split(r"[.!?\n]", text[max(0, m.start() - 120) : m.start()])[-1]
            if not (network_after or self._network_word.search(sentence)) or end <= start:
                continue
            span = self._group_name(text, start, end, nlp)
            if span is None:
                continue
            words = re.findall(r"[^\W_]+", text[span[0] : span[1]])
            # in written notes a name in title case is a name whatever its words ("la página Trabajos Selva
            # Central")
            titled = cased and all(w[0].isupper() or fold(w) in _NAME_INNER for w in words)
            if titled or any(w.isdigit() or not is_ordinary_word(w) for w in words):
                yield Match("OTHER_ID", *span, self.score - 0.2)

    def _quoted_names(self, text, cues):
        for m in self._quoted.finditer(text):
            words = re.findall(r"[^\W_]+", m.group("name"))
            if not 2 <= len(words) <= 6 or not all(w[0].isupper() or w[0].isdigit() for w in words):
                continue
            sentence = re.split(r"[.!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
            if has_cue_before(sentence, len(sentence), cues, 80):
                yield Match("OTHER_ID", m.start("name"), m.end("name"), self.score - 0.2)

    def _page_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The words of a spoken page name, up to the first function word; one word alone only when no
        dictionary knows it ("sale como amigos" names no page)."""
        words = list(re.finditer(r"[^\W_]+", text[start:end]))
        kept = []
        for i, w in enumerate(words):
            key = fold(w.group())
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            if kept and key in self._closing and nxt and fold(nxt) not in stop_words():
                kept.append(w)  # round 12: "modelos top bh": a word page names are made with, inside the name
                continue
            if key in stop_words() and not w.group().isdigit():
                # "la reina del oriente": an article or "de" inside a name, when a name word follows
                nxt = words[i + 1].group() if i + 1 < len(words) else ""
                if key in _NAME_INNER and nxt and fold(nxt) not in stop_words():
                    kept.append(w)
                    continue
                break
            kept.append(w)
        while kept and fold(kept[-1].group()) in _NAME_INNER:
            kept.pop()
        if kept and fold(kept[0].group()) in _NAME_INNER:
            kept = kept[1:]
            start_word = kept[0] if kept else None
            if start_word is not None and len(kept) == 1 and is_ordinary_word(start_word.group()):
                return None
        if not kept or len(kept) == 1 and is_ordinary_word(kept[0].group()):
            return None
        if all(w.group().isdigit() for w in kept):
            return None  # "su whatsapp es 987 654 321" is a phone number
        return start + kept[0].start(), start + kept[-1].end()

    def _extend(self, text: str, end: int, nlp=None, after_at: bool = False, closing: bool = False) -> int:
        """Whisper drops some spoken separators ("arroba chicas underscore tumbes vip"): a following
        word that is no function word, and no dictionary word unless it ends the clause, still belongs to it.
        After "arroba" (a handle for sure) any word but a function word or a verb does. A number said in
        words goes on through its "y" ("kevin guion noventa y ocho")."""
        if after_at and (run := _number_run_through(text, end)):
            return run  # round 35: "arroba yuli punto cuellar punto cero siete": the match ended inside the number
        for _ in range(3 if after_at else 2):
            if after_at and (run := _number_run_after(text, end)):
                return run  # round 24: "arroba brayan guion bajo love dos mil siete": the year ends the handle
            number = _SPOKEN_TAIL.match(text, end)
            before = re.search(r"[^\W\d_]+$", text[:end])
            if number and before and small_number(before.group()) and small_number(number.group(1)) is not None:
                end = number.end()
                continue
            unit = re.match(r"[ \t]+([^\W\d_]+)", text[end:])
            if before and unit and _TENS_WORD.match(before.group()) and (small_number(unit.group(1)) or 10) < 10:
                end += unit.end()  # "ninety nine", "twenty one"
                continue
            tok = self._tail.match(text, end)
            if not tok:
                break
            word = tok.group(1)
            clause_end = re.match(r"\s*(?:[.,;:!?\n]|$)", text[tok.end() :]) is not None
            token = token_at(nlp, tok.start(1))
            verb = token is not None and token.pos_ in ("VERB", "AUX")
            ordinary_ok = clause_end or after_at and not verb
            if closing and fold(word) in self._closing:
                end = tok.end()  # "arroba empleos trampo bom", "arroba chamba top": the word a page name ends on
                break
            if not word.isdigit() and (
                fold(word) in stop_words() or len(word) < 2 or is_ordinary_word(word) and not ordinary_ok
            ):
                break
            end = tok.end()
        return end
