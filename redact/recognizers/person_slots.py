"""Names found by the slot they fill rather than by a list: the article before a name in
Portuguese and Spanish speech ("um cara o paulão", "a mí y a yorgelis"), the word between a kin
word and a surname ("mi nieta rut huamani"), and a first name after "the mother is" / "la mamá es".

Whisper output has no capitals, and many names are rare words or ordinary ones, so a slot alone
is never enough: the word must also be no common word (wordfreq, the spaCy dictionaries), no
place, no verb, and not built like a common noun ("el jalador", "la agenciadora")."""

from __future__ import annotations

import re

from redact.lexicon import (
    built_like_common_noun,
    first_names,
    fold,
    is_ambiguous_name,
    is_diminutive_of_word,
    is_name_word,
    is_ordinary_word,
    looks_unknown,
    mostly_lowercase,
    not_names,
    pet_endings,
    places,
    sound_key,
    stop_words,
    surname_sounds,
    surnames,
    word_frequency,
)
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.recognizers.spacy_tokens import token_at
from redact.registry import register

_PIECE = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}


# round 12: where a clause opens in speech (a subject may follow), and what may stand between it and its verb
_CLAUSE_START = re.compile(
    r"(?:^|[.,;:!?¿¡\n]|(?<![\w'’])(?:y|e|pero|ayer|hoy|después|despues|entonces|luego|ahora)(?=[ \t]))", re.I
)
_SUBJECT_WORD = re.compile(r"[ \t]*([^\W\d_]+)(?![\w'’-])")
_CLITICS = {"no", "me", "le", "se", "nos", "lo", "la", "te", "les", "ya", "nunca", "tambien", "siempre"}


@register("person_slots")
class PersonSlotRecognizer(RuleRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        articles = (self.params.get("articles") or {}).get(language, [])
        self._not_after = re.compile(rf"(?<![\w'’])(?i:{alternation(self.words('not_after'))})[ \t]+$")
        self._article = re.compile(rf"(?<![\w'’])(?i:{alternation(articles)})(?=[ \t])") if articles else None
        self._kin = re.compile(rf"(?<![\w'’])(?i:{alternation(self.words('kin_words'))})(?=[ \t])")
        self._copula = re.compile(
            rf"(?<![\w'’])(?i:{alternation(self.words('kin_words'))})[ \t]+(?i:{alternation(self.words('copulas'))})"
            r"(?=[ \t])"
        )
        # round 35: one of several people told apart ("hay otras tres, una es naysha", "the other one is …")
        self._one_of = re.compile(
            rf"(?<![\w'’])(?i:{alternation(self.words('one_of'))})[ \t]+(?i:{alternation(self.words('copulas'))})"
            r"(?=[ \t])"
        )
        # matched with accents: folded, "ção" would also end "marcão"
        self._suffixes = tuple(s.casefold() for s in self.words("noun_suffixes"))
        self._pet = pet_endings()
        self._max_zipf = float(self.params.get("rare_zipf", 3.3))
        self._split_after = {fold(w) for w in self.words("split_surname_after") + self.words("kin_words")}
        self._not_pieces = {fold(w) for w in self.words("not_pieces")}
        # Portuguese is parsed with the Spanish model: its parts of speech are no evidence there
        self._trust_pos = language != "pt"
        self._quechua = tuple(fold(w) for w in self.words("quechua_endings"))

    def find(self, text, nlp_artifacts):
        if self._article:
            for m in self._article.finditer(text):
                if self._not_after.search(text[max(0, m.start() - 12) : m.start()]):
                    continue  # "en la", "vai a": a place or a verb follows, not a person
                yield from self._slot(text, m.end(), nlp_artifacts, self._rare_name)
        for m in self._kin.finditer(text):
            yield from self._before_surname(text, m.end(), nlp_artifacts)
        for m in self._copula.finditer(text):
            yield from self._slot(text, m.end(), nlp_artifacts, self._first_name)
        cased = not mostly_lowercase(text)
        for m in self._one_of.finditer(text):
            # in cased text a name has its capital ("Uno es peladito, de dieciséis": a description)
            accept = self._rare_not_diminutive if not cased else lambda w, t: w[0].isupper() and self._rare_name(w, t)
            yield from self._slot(text, m.end(), nlp_artifacts, accept)
        yield from self._split_surnames(text)
        if self.supported_language == "es" and nlp_artifacts is not None and mostly_lowercase(text):
            for m in _CLAUSE_START.finditer(text):
                yield from self._subject(text, m.end(), nlp_artifacts)

    def _subject(self, text, pos, nlp):
        """Round 12, lowercase Spanish speech: a clause opened by a word no dictionary or frequency list knows,
        then (after a negation or clitic) a verb, names its subject ("yurleidis no volvió del trabajo",
        "después yurleidis me llamó"). Stricter than after an article: the word must be almost never written."""
        tok = _SUBJECT_WORD.match(text, pos)
        if not tok or len(tok.group(1)) < 5:
            return
        word, token = tok.group(1), token_at(nlp, tok.start(1))
        if not self._plausible(word, token) or self._common_noun(word) or is_diminutive_of_word(word):
            return
        if not looks_unknown(word, token.lemma_ if token is not None else None) or word_frequency(word) >= 1.5:
            return
        if fold(word).endswith(self._quechua):
            return  # "yanapawayku", "allinllachu": Quechua said in a Spanish call, no name
        nxt = _WORD.match(text, tok.end(1))
        if nxt and fold(nxt.group(1)) in _CLITICS:
            nxt = _WORD.match(text, nxt.end(1))
        verb = nxt and token_at(nlp, nxt.start(1))
        if verb is not None and verb and verb.pos_ in ("VERB", "AUX"):
            yield Match("PERSON", tok.start(1), tok.end(1), self.score)

    def _split_surnames(self, text):
        """Whisper cuts Andean surnames it does not know into short words ("maribel a pasa" for Apaza,
        "la señora tico na" for Ticona): after a first name or a title, two or three short pieces that
        sound like a surname when joined are one."""
        tokens = list(_PIECE.finditer(text))
        for i, tok in enumerate(tokens[:-1]):
            key = fold(tok.group())
            after_kin = i > 0 and fold(tokens[i - 1].group()) in self._split_after
            trigger = key in self._split_after or (
                key in first_names()
                and (after_kin or not is_ambiguous_name(tok.group()) and not is_ordinary_word(tok.group()))
            )
            if not trigger:
                continue
            for n in (3, 2):
                pieces = tokens[i + 1 : i + 1 + n]
                if len(pieces) < n or not self._pieces_ok(text, pieces):
                    continue
                joined = "".join(p.group() for p in pieces)
                if len(joined) >= 5 and sound_key(joined) in surname_sounds() and not is_ordinary_word(joined):
                    yield Match("PERSON", pieces[0].start(), pieces[-1].end(), self.score - 0.05)
                    break

    def _pieces_ok(self, text, pieces) -> bool:
        for a, b in zip(pieces, pieces[1:], strict=False):
            if text[a.end() : b.start()] != " ":
                return False
        words = [fold(p.group()) for p in pieces]
        return all(len(w) <= 5 and w not in self._not_pieces for w in words) and any(len(w) <= 3 for w in words)

    def _slot(self, text, pos, nlp, accept):
        tok = _WORD.match(text, pos)
        if not tok or not accept(tok.group(1), token_at(nlp, tok.start(1))):
            return
        end = tok.end(1)
        nxt = _WORD.match(text, end)
        if nxt and self._surname(nxt.group(1), token_at(nlp, nxt.start(1))):
            end = nxt.end(1)  # "o paulão souza"
        yield Match("PERSON", tok.start(1), end, self.score)

    def _before_surname(self, text, pos, nlp):
        """kin word + W + surname: W is the first name whatever else it could be ("mi nieta rut huamani")."""
        tok = _WORD.match(text, pos)
        nxt = tok and _WORD.match(text, tok.end(1))
        if not nxt:
            return
        word, token = tok.group(1), token_at(nlp, tok.start(1))
        if not self._plausible(word, token) or self._common_noun(word):
            return
        if self._surname(nxt.group(1), token_at(nlp, nxt.start(1))):
            yield Match("PERSON", tok.start(1), nxt.end(1), self.score + 0.1)

    def _plausible(self, word: str, token) -> bool:
        key = fold(word)
        if len(key) < 3 or key in stop_words() or key in not_names() or key in places():
            return False
        return token is None or not self._trust_pos or token.pos_ not in _NOT_NAME_POS or key in first_names()

    def _common_noun(self, word: str) -> bool:
        return built_like_common_noun(word, self._suffixes)  # "el jalador", "la casita"

    def _rare_name(self, word: str, token) -> bool:
        """After an article: a first name no one uses as a word, a pet form of one ("paulão" ←
        paulo), or a rare word no dictionary knows ("yaneisy")."""
        if not self._plausible(word, token) or self._common_noun(word):
            return False
        key = fold(word)
        if self._first_name(word, token) and not is_ambiguous_name(word) and key not in self._split_after:
            # Spanish puts no article after the personal "a", so a first name there is one even if it is
            # also a word ("conocí a norma"); Portuguese "a tia" is the aunt
            if self.supported_language == "es" or not is_ordinary_word(word):
                return True
        pet_of_name = any(
            key.endswith(a) and key[: -len(a)] + b in first_names() for a, b in self._pet if len(key) > len(a) + 2
        )
        if pet_of_name:
            return word_frequency(word) < self._max_zipf + 0.5
        lemma = token.lemma_ if token is not None else None
        return looks_unknown(word, lemma) and word_frequency(word) < self._max_zipf

    def _rare_not_diminutive(self, word: str, token) -> bool:
        """After "una es": a rare name, not a word made small ("uno es peladito": a description)."""
        return self._rare_name(word, token) and not is_diminutive_of_word(word)

    @staticmethod
    def _first_name(word: str, token) -> bool:
        key = fold(word)
        return key in first_names() and key not in not_names() and key not in stop_words()

    def _surname(self, word: str, token) -> bool:
        key = fold(word)
        if key in stop_words() or key in not_names() or key in places() or len(key) < 3:
            return False
        lemma = token.lemma_ if token is not None else None
        if token is not None and self._trust_pos and token.pos_ in ("VERB", "AUX"):
            return False
        return (key in surnames() and is_name_word(word) and not is_ordinary_word(word, lemma)) or (
            looks_unknown(word, lemma) and word_frequency(word) < self._max_zipf and not self._common_noun(word)
        )
