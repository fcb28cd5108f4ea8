"""Names found by what precedes them: "me llamo…", "se llama…", "le dicen el…", "la señora…",
"don…", "un tal…", "de apellido…", "my name is…", "a guy named…", "meu nome é…"."""

from __future__ import annotations

import re

from redact.lexicon import (
    built_like_common_noun,
    first_names,
    fold,
    fold_same_offsets,
    is_name_word,
    is_ordinary_word,
    is_verb_form,
    looks_unknown,
    mostly_lowercase,
    not_names,
    places,
    stop_words,
    surnames,
    word_frequency,
)
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.recognizers.spacy_tokens import lemma_at, token_at
from redact.registry import register

_WORD = re.compile(r"[ \t]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_QUOTE = re.compile(r"[ \t]*[\"“”«'‘]")
# a question word before a naming cue asks for the name ("¿cómo se llama?"); an article before
# "llamada/chamada" makes it a phone call ("la llamada mañana")
_PARTICIPLE_ENDINGS = ("ado", "ada", "ido", "ida", "udo", "uda")
_QUESTION = re.compile(r"(?<!\w)(?:c[oó]mo|qual|what|how)[ \t]+$", re.IGNORECASE)
_ARTICLE = re.compile(r"(?<!\w)(?:la|una|esta|esa|otra|su|the|a|uma|essa)[ \t]+$", re.IGNORECASE)
_CALL_NOUNS = {"llamada", "llamado", "chamada", "chamado"}
_ASKED_ABOUT = re.compile(r"(?<!\w)(?:el|la|los|las|the|o|a|su|sus|his|her|this|that|ese|esa)[ \t]+(\w+)", re.I)
_ANSWER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CONJUNCTION = re.compile(r",?[ \t]+(?:y|and|e|&|o|or|ou)(?=[ \t])", re.IGNORECASE)
_INNER_CONNECTORS = {"de", "del", "la", "los", "da", "do", "dos", "das", "van", "von"}
# Words that can follow a cue but never start a name, even capitalised ("Señora, Él...").
_NOT_A_NAME = {
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "i",
    "yo",
    "ella",
    "que",
    "de",
    "en",
    "mi",
    "my",
    "his",
    "her",
    "su",
    "sus",
    "this",
    "that",
    "eu",
    "ele",
    "ela",
    "o",
    "os",
    "as",
    "um",
    "uma",
    "no",
    "not",
    "nao",
    "si",
    "yes",
    "asi",
    "como",
    "cuando",
    "porque",
    "para",
    "por",
    "mismo",
    "tambien",
    "ahi",
    "aqui",
    "alli",
    "y",
    "and",
    "e",
    "or",
    "to",
    "me",
    "te",
    "le",
    "se",
    "lo",
    "nos",
    "les",
    "you",
    "we",
    "they",
    "him",
    "them",
    "is",
    "was",
    "es",
    "era",
    "fue",
    "con",
    "with",
    "sin",
    "at",
    "in",
    "on",
    "of",
    "for",
    "dela",
    "dele",
    "delas",
    "deles",
    "nela",
    "nele",
}
# Zipf frequency under which an unknown word after a title or "soy" may be a name (names no list knows
# are rare words; "disculpe", "jovencitas" are not)
TITLE_SLOT_MAX_ZIPF = 3.5
_ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "mr", "mrs", "ms", "st", "prof", "lic", "ing"}


@register("person_context")
class PersonContextRecognizer(RuleRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, language: str, score: float = 0.85, **params):
        super().__init__(language, score, **params)
        self._strong = self._cue_re("strong_cues")
        self._nickname = self._cue_re("nickname_cues")
        self._titles = self._cue_re("titles")
        self._weak = self._cue_re("weak_cues")
        self._introduction_cues = {fold(w) for w in self.words("introduction_cues")}
        self._introduction_followers = {fold(w) for w in self.words("introduction_followers")}
        self._skip = {fold(w) for w in self.words("skip_words")}
        self._kin_slot_zipf = float(self.params.get("kin_slot_max_zipf", 4.5))
        self._kin_nouns = {fold(w) for w in self.words("kin_nouns")}
        self._kin_noun_not_names = {fold(w) for w in self.words("kin_noun_not_names")}
        self._noun_suffixes = tuple(w.casefold() for w in self.words("noun_suffixes"))
        self._predicate_starts = {fold(w) for w in self.words("predicate_starts")}
        self._name_questions = self._cue_re("name_questions")
        self._answer_fillers = {fold(w) for w in self.words("answer_fillers")}
        self._hesitations = {fold(w) for w in self.words("answer_hesitations")}
        self._answer_restarts = self._cue_re("answer_restarts")
        self._surname_questions = self._cue_re("surname_questions")
        self._given_name_honorifics = {fold(w) for w in self.words("given_name_honorifics")}
        self._word_first_names = {fold(w) for w in self.words("word_first_names")}
        self._ordinal_complement = re.compile(
            rf"[ \t]+(?:{alternation(self.words('ordinal_complements'))})(?!\w)", re.IGNORECASE
        )
        naming = {k: alternation(v) for k, v in self.params.get("object_naming", {}).items()}
        whom = rf"(?:{naming['pronouns']})|(?:{naming['relatives']})(?:[ \t]+(?:{naming['subjects']}))?"
        self._object_naming = re.compile(
            rf"(?<![\w'’])(?i:{whom})[ \t]+(?i:{naming['verbs']})(?:[ \t]+(?i:{naming['joiners']}))?[ \t]*[\"“«']?"
            r"(?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+)(?![\w'’])"
        )
        self._vocative = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('vocative_cues'))})[ \t]*,[ \t]*"
            r"(?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+)[ \t]*(?=[.!?]|$)",
            re.MULTILINE,
        )

    def _cue_re(self, key: str) -> re.Pattern[str]:
        # Apostrophe cues ("'s") attach to the word before; others stand alone.
        return re.compile(rf"(?<![\w'])(?:{alternation(self.words(key))})(?![\w'])", re.IGNORECASE)

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        yield from self._answers(text)
        yield from self._surname_answers(text)
        yield from self._vocatives(text, nlp_artifacts)
        if not lowercase:
            yield from self._called_by_others(text)
        for cue_re, strength, score in (
            (self._nickname, "nickname", self.score),
            (self._strong, "strong", self.score),
            (self._titles, "title", self.score - 0.1),
            (self._weak, "weak", self.score - 0.2),
        ):
            for cue in cue_re.finditer(text):
                before = text[max(0, cue.start() - 12) : cue.start()]
                if strength != "title" and (
                    _QUESTION.search(before) or fold(cue.group()) in _CALL_NOUNS and _ARTICLE.search(before)
                ):
                    continue  # "¿cómo se llama o prefiere…?" asks for a name; "la llamada mañana" is a phone call
                end = cue.end()
                if text[end : end + 1] == "." and fold(cue.group()) in _ABBREVIATIONS:
                    end += 1  # "Sr. Quispe"; any other punctuation ends the phrase ("señorita. Mire")
                elif text[end : end + 1] == "," and strength == "title" and re.match(r",[ \t]*\w+[ \t]*,", text[end:]):
                    end += 1  # an apposition: "la chica, dayana, tiene dieciséis años"
                span = self._name_after(text, end, strength, lowercase, nlp_artifacts, cue_text=cue.group())
                first = True
                while span and (first or fold(text[span[0] : span[1]]) not in places()):
                    first = False
                    yield Match("PERSON", span[0], span[1], score)
                    # "dos hermanas, flor y estrella", "se llaman Nayap y Ampam": a second name after a
                    # conjunction shares the cue (it must pass as a name that continues one)
                    conj = _CONJUNCTION.match(text, span[1])
                    span = (
                        self._name_after(
                            text,
                            conj.end(),
                            "strong" if strength != "weak" else strength,
                            lowercase,
                            nlp_artifacts,
                            first_index=1,
                        )
                        if conj
                        else None
                    )

    def _name_after(
        self, text: str, pos: int, strength: str, lowercase: bool, nlp, first_index: int = 0, cue_text: str = ""
    ) -> tuple[int, int] | None:
        start = end = None
        names = first_index
        cursor = pos
        while names < 4:
            if start is None and (quote := _QUOTE.match(text, cursor)):
                cursor = quote.end()  # le dicen "Chaski"
            tok = _WORD.match(text, cursor)
            if not tok:
                break
            word = tok.group(1)
            key = fold(word)
            if start is None and strength == "nickname" and key in ("los", "las"):
                break  # "así le dicen los taxistas": the ones who say it, not the nickname
            if start is None and key in self._skip:
                cursor = tok.end()  # "le dicen el Gato", "everyone calls Don Aurelio"
                continue
            if start is not None and key == fold(text[start:end].split()[-1]) and names < 3:
                end = tok.end(1)  # round 21: "don segundo segundo bazán", a name said twice as speech restarts it
                cursor = tok.end()
                continue
            if start is not None and key in _INNER_CONNECTORS:
                nxt = _WORD.match(text, tok.end())
                if nxt and self._is_name(nxt.group(1), strength, lowercase, names, lemma_at(nlp, nxt.start(1))):
                    cursor = tok.end()
                    continue
                break
            token = token_at(nlp, tok.start(1))
            if strength in ("title", "weak") and lowercase and self._common_noun(word):
                break  # "mi sobrino mototaxista", "la señora vendedora": a trade, not a name
            if strength in ("title", "weak") and token is not None and token.pos_ in ("VERB", "AUX"):
                slot = names == 0 and (
                    self._word_name_slot(text, tok, strength, nlp)  # "mi hija perla salió"
                    or self._kin_noun_slot(word, strength, lowercase, token, cue_text)  # "su hijo dilmer"
                )
                # a rare word no dictionary knows and no verb form ("cuénteme", "atendemos") is a name whatever
                # the tagger says: it reads "agripina" after "la señora" as a form of "agripinar". Not in
                # Portuguese, which has no dictionary here ("seu irmao" is unknown only for its lost tilde)
                unknown_word = (
                    self.supported_language != "pt"
                    and looks_unknown(word, token.lemma_)
                    and word_frequency(word) < TITLE_SLOT_MAX_ZIPF
                    and not is_verb_form(word)
                )
                if not (lowercase is False and word[0].isupper()) and not slot and not unknown_word:
                    break  # "the boss said", "mi hija trabaja": a verb, whatever the name lists say
            word_first_name = (
                names == 0
                and strength == "title"
                and key in self._word_first_names
                and not self._ordinal_complement.match(fold_same_offsets(text), tok.end(1))
            )
            if not word_first_name and not self._is_name(word, strength, lowercase, names, lemma_at(nlp, tok.start(1))):
                if not (
                    names == 0
                    and (
                        self._kin_noun_slot(word, strength, lowercase, token, cue_text)
                        or self._word_name_slot(text, tok, strength, nlp)
                    )
                ):
                    break
            start = tok.start(1) if start is None else start
            end = tok.end(1)
            names += 1
            cursor = tok.end()
        return (start, end) if start is not None else None

    def _called_by_others(self, text: str):
        """Round 21: "Ella lo llama el Inge", "un chofer al que él llama \"Chino\"": what others call a person, said
        with the person as the object of the naming verb; in cased text only, where the capital tells the name from
        the subject ("lo llama el jefe")."""
        for m in self._object_naming.finditer(text):
            word = m.group("name")
            if fold(word) in not_names() or fold(word) in places() or self._titles.fullmatch(word):
                continue
            yield Match("PERSON", m.start("name"), m.end("name"), self.score - 0.1)

    def _vocatives(self, text: str, nlp):
        """'Gracias, Nayda.': the one thanked is named when the word is a listed name or one no dictionary
        knows; not a title or an ordinary word ("Gracias, Señora.", "Gracias, Igualmente.")."""
        for m in self._vocative.finditer(text):
            word = m.group("name")
            if fold(word) in not_names() or self._titles.fullmatch(word) or fold(word) in places():
                continue
            lemma = lemma_at(nlp, m.start("name"))
            if (is_name_word(word) and not is_ordinary_word(word, lemma)) or looks_unknown(word, lemma):
                yield Match("PERSON", m.start("name"), m.end("name"), self.score - 0.1)

    def _common_noun(self, word: str) -> bool:
        key = fold(word)
        if key in first_names() or key in surnames():
            return False
        return key in self._kin_noun_not_names or built_like_common_noun(word, self._noun_suffixes)

    def _kin_noun_slot(self, word: str, strength: str, lowercase: bool, token, cue: str) -> bool:
        """In lowercase speech the noun or proper noun right after a kin word is her name ("my friend
        precious", "mi amiga la tati"), unless it is a very common word or one that describes her ("mi hija
        adolescente", "my daughter's"). English puts no adjective there either; Portuguese has no tagger here."""
        if strength != "title" or not lowercase or token is None or fold(cue) not in self._kin_nouns:
            return False
        language = self.supported_language
        pos = ("NOUN", "PROPN", "ADJ") if language == "en" else ("NOUN", "PROPN") if language == "es" else ()
        key = fold(word)
        # a rare name the tagger takes for an infinitive ("su hijo dilmer", "mi primo wilder"): no verb form is
        # unknown to the dictionary, and none follows a kin word
        unknown_verb = token.pos_ == "VERB" and word_frequency(word, (language,)) == 0
        return (
            (token.pos_ in pos or unknown_verb)
            and key not in stop_words()
            and key not in not_names()
            and key not in places()
            and not self._common_noun(word)
            and word_frequency(word, (language,)) < self._kin_slot_zipf
        )

    def _answers(self, text: str):
        """The turn that answers "¿cuál es su nombre?" / "your name?" is her name when it is only names:
        listed ones, the particles between them, or rare words no dictionary knows ("yusmary del valle
        rangel"); not "prefiero no decirlo", nor the name of a place or a bar."""
        for cue in self._name_questions.finditer(text):
            line_end = text.find("\n", cue.end())
            if line_end < 0:
                continue
            thing = _ASKED_ABOUT.search(text, cue.end(), line_end)
            if thing and not self._titles.fullmatch(thing.group(1)):
                continue  # "¿cómo se llama el local / la discoteca?": the answer names a place
            answer = re.split(r"[\n.?!;]", text[line_end + 1 :], maxsplit=1)[0]
            digits = any(ch.isdigit() for ch in answer)
            words = list(_ANSWER_WORD.finditer(answer))
            while words and fold(words[0].group()) in self._answer_fillers:
                words.pop(0)
            # "yuleidy eh yuleidy carolina paz": a hesitation inside the answer restarts the name, it is
            # no word of it; each stretch between hesitations is a name of its own
            groups: list[list[re.Match[str]]] = [[]]
            for w in words:
                if fold(w.group()) in self._hesitations and groups[-1]:
                    groups.append([])
                elif fold(w.group()) not in self._hesitations:
                    groups[-1].append(w)
            groups = [g for g in groups if g]
            names = [self._answer_word(w.group(), i, len(g)) for g in groups for i, w in enumerate(g)]
            offset = line_end + 1
            restart = self._restarted_name(answer, words)
            if restart is not None:
                # round 22: "segundo me llamo segundo alama peña": the first word, said again after "me llamo", is
                # the name; the rest is the naming cue's
                yield Match("PERSON", line_end + 1 + restart.start(), line_end + 1 + restart.end(), self.score - 0.1)
            if 1 <= len(names) <= 5 and all(names) and not digits:
                for g in groups:
                    yield Match("PERSON", offset + g[0].start(), offset + g[-1].end(), self.score - 0.1)
            elif len(words) >= 2 and (last := self._answer_name_prefix([w.group() for w in words])):
                # "paulina espiritu mi celular es…": the answer opens with her name and goes on
                yield Match("PERSON", offset + words[0].start(), offset + words[last].end(), self.score - 0.1)

    def _restarted_name(self, answer: str, words: list[re.Match[str]]) -> re.Match[str] | None:
        """The answer's first word when a self-introduction follows it and says it again ("segundo me llamo segundo
        …", "rosa mi nombre es rosa quispe"), even a word ("segundo" is an ordinal too): saying it again is the proof;
        a filler ("bueno me llamo…") was taken off the answer before."""
        if len(words) < 3 or len(words[0].group()) < 3 or fold(words[0].group()) in not_names():
            return None
        cue = self._answer_restarts.match(answer, words[1].start())
        again = _ANSWER_WORD.match(answer, cue.end() + 1) if cue and cue.end() < len(answer) else None
        if cue and answer[words[0].end() : words[1].start()].strip(" \t,") == "" and again:
            if fold(again.group()) == fold(words[0].group()):
                return words[0]
        return None

    def _surname_answers(self, text: str):
        """Round 22: the turn answering "¿y sabe su apellido?" opens with the surname ("chapilliquén segundo
        chapilliquén todos lo conocen…"): its first word when no dictionary knows it and it is rare, a listed
        surname or a word no list knows; never "no", "sí", "creo que…" (ordinary words)."""
        for cue in self._surname_questions.finditer(text):
            line_end = text.find("\n", cue.end())
            if line_end < 0 or text[cue.end() : line_end].strip(" \t?¿.,"):
                continue  # the question must end the turn ("su apellido es quispe" is the naming cue's)
            answer = re.split(r"[\n.?!;]", text[line_end + 1 :], maxsplit=1)[0]
            words = list(_ANSWER_WORD.finditer(answer))
            if words and answer[words[0].end() : words[0].end() + 1] == ":":
                words.pop(0)  # a speaker's label ("c: …")
            while words and fold(words[0].group()) in self._answer_fillers:
                words.pop(0)
            if not words:
                continue
            first = words[0].group()
            key = fold(first)
            if key in not_names() or key in places() or key in _NOT_A_NAME or key in stop_words():
                continue
            if (key in surnames() and not is_ordinary_word(first)) or (
                looks_unknown(first) and word_frequency(first) < TITLE_SLOT_MAX_ZIPF
            ):
                yield Match("PERSON", line_end + 1 + words[0].start(), line_end + 1 + words[0].end(), self.score - 0.1)

    @staticmethod
    def _answer_name_prefix(words: list[str]) -> int | None:
        """The index of the last word of the name an answer opens with: a listed first name that is no
        ordinary word, then its surname (listed, unknown, or a word rarer than everyday ones), then more."""
        first = fold(words[0])
        if first not in first_names() or first in not_names():
            return None
        skip = 1 if fold(words[1]) == first else 0  # round 21: "soledad soledad ramos", the name said again
        if is_ordinary_word(words[0]) and not (
            len(words) > 1 + skip and fold(words[1 + skip]) in surnames() and fold(words[1 + skip]) not in stop_words()
        ):
            return None  # a first name that is also a word ("soledad", "rosa") answers only with a listed surname
        last = None
        for i, word in enumerate(words[1 + skip : 4 + skip], start=1 + skip):
            key = fold(word)
            if key in stop_words() or key in not_names() or key in places() or key in _NOT_A_NAME:
                break
            if not (is_name_word(word) or looks_unknown(word) or i == 1 and word_frequency(word) < 4.0):
                break
            last = i
        return last

    @staticmethod
    def _answer_word(word: str, index: int, count: int) -> bool:
        key = fold(word)
        if key in _INNER_CONNECTORS or key in ("y", "e"):
            return 0 < index < count - 1
        if key in not_names() or key in places() or key in _NOT_A_NAME:
            return False
        if is_name_word(word):
            return True
        return looks_unknown(word) and word_frequency(word) < TITLE_SLOT_MAX_ZIPF

    def _word_name_slot(self, text: str, tok: re.Match[str], strength: str, nlp) -> bool:
        """A first name that is also an ordinary word ("mi hijo segundo fue", "don segundo", "mi hija luz
        no llora") fills the name slot after a kin word or title when a predicate follows it, not a noun
        it would qualify ("mi hijo segundo de primaria", "el segundo piso")."""
        key = fold(tok.group(1))
        if strength == "weak":
            return self._introduction_slot(text, tok, nlp)
        if strength != "title" or key not in first_names() or key in not_names() or key in _NOT_A_NAME:
            return False
        if self._common_noun(tok.group(1)):
            return False
        if fold(self._cue_before(text, tok.start(1))) in self._given_name_honorifics:
            return True  # round 21: "don segundo" is a man whatever follows ("la tiene don segundo el número…")
        after = _WORD.match(text, tok.end())
        if after is None or re.match(r"[ \t]*(?:[,.;:?!\n]|$)", text[tok.end() :]):
            return True
        nxt = token_at(nlp, after.start(1))
        return fold(after.group(1)) in self._predicate_starts or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))

    def _introduction_slot(self, text: str, tok: re.Match[str], nlp) -> bool:
        """Round 32: "yo soy milagros, mi número es …", "eu sou vitória e trabalho aqui": after "soy / sou" a listed
        first name that is also a word is the speaker's name when the introduction goes on (her number, "y", where
        she calls from) or the clause ends there; not an adjective ("soy blanca"), not a word no list has as a
        name ("soy cristiana")."""
        key = fold(tok.group(1))
        if fold(self._cue_before(text, tok.start(1))) not in self._introduction_cues:
            return False
        if key not in first_names() or key in not_names() or key in _NOT_A_NAME or self._common_noun(tok.group(1)):
            return False
        token = token_at(nlp, tok.start(1))
        if token is not None and token.pos_ in ("ADJ", "VERB", "AUX", "ADV"):
            return False
        rest = text[tok.end() :]
        if re.match(r"[ \t]*(?:[,.;:?!\n]|$)", rest):
            return True
        after = _WORD.match(text, tok.end())
        return after is not None and fold(after.group(1)) in self._introduction_followers

    @staticmethod
    def _cue_before(text: str, start: int) -> str:
        """The word right before ``start`` (the title a name slot follows), or ""."""
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 20) : start])
        return before.group(1) if before else ""

    @staticmethod
    def _is_name(word: str, strength: str, lowercase: bool, index: int, lemma: str | None) -> bool:
        """Whether ``word`` continues the name; ``lemma`` tells "lloraba" (llorar) from a surname."""
        key = fold(word)
        if key in _NOT_A_NAME or key in not_names():
            return False
        if strength == "nickname":
            # Nicknames are ordinary words by nature ("le dicen loco", "they call him tigre").
            if index == 0:
                return key not in stop_words()
            # a nickname of a feature and its participle ("le dicen cara cortada", "pata rajada")
            if index == 1 and key.endswith(_PARTICIPLE_ENDINGS) and key not in stop_words():
                return True
            strength = "strong"
        if not lowercase and word[0].islower():
            # A name Whisper left in lowercase inside cased text ("me llamo julio mamani"): only
            # known names, or after a strong cue a word no dictionary knows.
            lemma_known = is_ordinary_word(word, lemma)
            return key not in stop_words() and (
                is_name_word(word)
                and (not lemma_known or strength == "strong")
                or strength == "strong"
                and looks_unknown(word, lemma)
            )
        if not lowercase:
            if not word[0].isupper():
                return False
            if strength == "weak":  # "Soy Maritza" but not "Soy Peruana"
                return is_name_word(word) or index > 0
            return True
        # Lowercase speech output. After a strong cue the next word is the name whatever it is
        # ("le dicen mancha"); otherwise a known name, or a word no dictionary knows (most Andean
        # and foreign surnames: "osei", "choquehuanca").
        unknown = looks_unknown(word, lemma)
        if index == 0 and strength in ("title", "weak") and not is_name_word(word):
            # after "señorita"/"soy" a word no list knows must also be rare: "señorita disculpe"
            unknown = unknown and word_frequency(word) < TITLE_SLOT_MAX_ZIPF
        if index == 0 and strength == "strong":
            if key.endswith(("ando", "iendo", "yendo")) and not is_name_word(word):
                return False  # "me llamo llorando": "me llamó" (she called me), unaccented; Fernando is listed
            return key not in stop_words() or is_name_word(word)
        if strength == "weak" and index == 0:
            return (is_name_word(word) and not is_ordinary_word(word)) or unknown
        return (is_name_word(word) and key not in stop_words()) or unknown
