"""Names from first-name and surname lists (Spanish, Andean/Quechua, Amazonian, Portuguese,
English): catches lowercase and Andean names the small NER models miss."""

from __future__ import annotations

from redact.lexicon import (
    COMMON_ZIPF,
    PREVERBAL_CLITICS,
    WORD_RE,
    first_names,
    fold,
    is_ambiguous_name,
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
from redact.recognizers.base import Match, RuleRecognizer
from redact.recognizers.spacy_tokens import is_proper_noun, sentence_initial, token_at
from redact.registry import register

_INNER = {"de", "del", "la", "los", "da", "do", "dos", "das"}
_DETERMINERS = {
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "su",
    "sus",
    "mi",
    "mis",
    "tu",
    "este",
    "esta",
    "ese",
    "esa",
    "aquel",
    "the",
    "o",
    "a",
    "os",
    "as",
    "um",
    "uma",
    "seu",
    "sua",
}
# below this Zipf frequency a word right after a first name is taken for its surname ("nelly chunga")
RARE_SURNAME_ZIPF = 3.0
# below this one a word no dictionary knows opens the name before its surnames ("keila" 3.1); the everyday words
# the dictionaries lack ("lancha" 3.5, "hostal", "casaca") come after an article or a possessive instead
UNKNOWN_OPENER_ZIPF = 3.5


@register("person_lists")
class PersonListRecognizer(RuleRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        self._kin = frozenset(fold(w) for w in self.words("kinship_words"))
        self._unknown_score = float(self.params.get("unknown_capitalised_score", 0.5))
        self._compound_prefixes = tuple(fold(w) for w in self.words("compound_prefixes"))
        self._word_first_names = frozenset(fold(w) for w in self.words("word_first_names"))

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        tokens = list(WORD_RE.finditer(text))
        if not lowercase:
            yield from self._capitalised_unknown(text, tokens, nlp_artifacts)
        i = 0
        while i < len(tokens):
            # Whisper often writes names in lowercase inside cased text ("mi sobrina rosa quispe"):
            # such a run is judged as lowercase text, and needs two name words.
            lower_run = not lowercase and tokens[i].group()[0].islower()
            if fold(tokens[i].group()) in self._word_first_names and not (
                i > 0 and fold(tokens[i - 1].group()) in _DETERMINERS  # "el segundo kiosco": an ordinal
            ):
                last = self._surnames_after(text, tokens, i, nlp_artifacts, self._compound_prefixes)
                if last > i:  # "segundo tapullima", "Segundo Pezo Arirama"; never "el segundo piso"
                    yield Match("PERSON", tokens[i].start(), tokens[last].end(), self.score + 0.2)
                    i = last + 1
                    continue
            group = self._group(text, tokens, i, lowercase or lower_run)
            if not group or lower_run and not self._lower_run_ok(text, tokens, group, self._kin):
                i += (group[1] - group[0] + 1) if group else 1
                continue
            first, last = group
            if first > 0 and fold(tokens[first - 1].group()) in PREVERBAL_CLITICS:
                first += 1  # "le cerro la puerta": after a clitic pronoun comes a verb, whatever the lists say
                while first <= last and fold(tokens[first].group()) in _INNER:
                    first += 1
                if first > last:
                    i = group[1] + 1
                    continue
            if lowercase or lower_run:
                first, last = self._trim_lowercase(tokens, first, last, nlp_artifacts)
                if first > last:
                    i = group[1] + 1
                    continue
            nxt = tokens[last + 1] if last + 1 < len(tokens) else None
            same_case = nxt is not None and (lowercase or lower_run or nxt.group()[0].isupper())
            if same_case and _unknown_word(nxt.group(), _lemma(nlp_artifacts, nxt.start())):
                if text[tokens[last].end() : tokens[last + 1].start()] == " ":
                    last += 1  # "Condori Huaraca", "hannah whitfield": a surname no list or dictionary knows
            elif same_case and self._rare_surname_after(text, tokens, first, last, nlp_artifacts):
                last += 1  # "nelly chunga", "kiara nicol ramos chunga": a rare word after a first name
            first = self._unknown_before(
                text, tokens, first, lowercase or lower_run, nlp_artifacts, self._compound_prefixes
            )
            kept = [t for t in tokens[first : last + 1] if fold(t.group()) not in _INNER]
            words = [t.group() for t in kept]
            lemmas = [_lemma(nlp_artifacts, t.start()) for t in kept]
            if self._accept(text, tokens[first], words, lowercase or lower_run, nlp_artifacts, lemmas):
                score = self.score + (0.2 if len(words) > 1 else 0.0)
                yield Match("PERSON", tokens[first].start(), tokens[last].end(), score)
            i = last + 1

    @staticmethod
    def _rare_surname_after(text, tokens, first: int, last: int, nlp) -> bool:
        """The word right after a run holding a first name is its surname when it is rare in running text
        even if some dictionary has it ("nelly chunga"): no verb, no word of the sentence's grammar."""
        if last + 1 >= len(tokens) or text[tokens[last].end() : tokens[last + 1].start()] != " ":
            return False
        run = tokens[first : last + 1]
        if not any(fold(t.group()) in first_names() and not is_ordinary_word(t.group()) for t in run):
            return False
        word = tokens[last + 1].group()
        token = token_at(nlp, tokens[last + 1].start())
        # the tagger's VERB is no evidence here: it takes rare surnames for verbs ("chunga")
        if token is not None and token.pos_ in ("AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM", "ADV"):
            return False
        if token is not None and token.pos_ == "VERB" and fold(token.lemma_) != fold(word):
            if is_ordinary_word(token.lemma_):
                return False  # "rosa quispe arañó": a form of a verb the dictionary knows
        key = fold(word)
        return (
            len(word) >= 3
            and key not in stop_words()
            and key not in not_names()
            and key not in places()
            and word_frequency(word) < RARE_SURNAME_ZIPF
        )

    @staticmethod
    def _surnames_after(text, tokens, i: int, nlp, compound_prefixes=()) -> int:
        """The last of the surnames right after token ``i``: words no dictionary knows (rare, no verb form, no
        compound) or listed surnames that are no ordinary word, in the first word's case; ``i`` when none."""
        last = i
        capital = tokens[i].group()[0].isupper()
        while last + 1 < len(tokens) and text[tokens[last].end() : tokens[last + 1].start()] == " ":
            word = tokens[last + 1].group()
            key = fold(word)
            if word[0].isupper() != capital or key in stop_words() or key in places():
                break
            unknown = _unknown_name_word(word, _lemma(nlp, tokens[last + 1].start()), compound_prefixes)
            if not unknown and not (key in surnames() and not is_ordinary_word(word)):
                break
            last += 1
        return last

    @staticmethod
    def _unknown_before(text, tokens, first: int, lowercase: bool, nlp, compound_prefixes=()) -> int:
        """A name run opens earlier at a word no list or dictionary knows, over the listed surnames and
        particles between ("yusmary del valle ochoa", where the lists know only "valle" and "ochoa")."""
        j = first
        start = first
        while j > 0 and text[tokens[j - 1].end() : tokens[j].start()] == " ":
            word = tokens[j - 1].group()
            key = fold(word)
            if not lowercase and not word[0].isupper() and key not in _INNER:
                break
            if key in _INNER or key in surnames() and key not in first_names() and key not in stop_words():
                j -= 1
                continue  # over "del valle"; a first name or a title ("don", "tía") opens the name itself
            if _unknown_name_word(word, _lemma(nlp, tokens[j - 1].start()), compound_prefixes):
                j -= 1
                if (
                    j > 0
                    and fold(tokens[j - 1].group()) in stop_words()
                    and text[tokens[j - 1].end() : tokens[j].start()] == " "
                ):
                    break  # "la casaca rosa", "mi ahijada yanet", "de lancha don …": a noun after its article
                start = j
                continue
            break
        return start

    @staticmethod
    def _trim_lowercase(tokens, first: int, last: int, nlp) -> tuple[int, int]:
        """Lowercase speech: a name run does not open with a dictionary word that is only a surname
        ("puerta de fierro", "sobrino wilson", "río tambo") and ends before a verb ("aurelio said")."""
        for j in range(first, last + 1):
            token = token_at(nlp, tokens[j].start())
            if token is not None and token.pos_ in ("VERB", "AUX") and j > first:
                last = j - 1
                break
        while first <= last:
            word = tokens[first].group()
            key = fold(word)
            if key in _INNER or key not in first_names() and is_ordinary_word(word, _lemma(nlp, tokens[first].start())):
                first += 1
                continue
            break
        while last >= first and fold(tokens[last].group()) in _INNER:
            last -= 1
        return first, last

    def _capitalised_unknown(self, text, tokens, nlp_artifacts):
        """Cased text: a capitalised word inside a sentence that no name list, dictionary or gazetteer
        knows is most often a name the lists lack ("a mí y a Yorgelis", "Gleiciane tiene 15")."""
        for tok in tokens:
            word = tok.group()
            if len(word) < 3 or not word[0].isupper() or word.isupper() or "-" in word:
                continue
            if fold(word) in places() or fold(word) in not_names() or sentence_initial(text, tok.start()):
                continue
            if _unknown_word(word.lower(), _lemma(nlp_artifacts, tok.start())):
                yield Match("PERSON", tok.start(), tok.end(), self._unknown_score)

    @staticmethod
    def _lower_run_ok(text, tokens, group, kin: frozenset[str]) -> bool:
        """A lowercase run in cased text: two name words, one a first name that is no ordinary word,
        or, after a kinship word or title ("mi sobrina luz marina quispe"), any name no dictionary knows."""
        words = [t.group() for t in tokens[group[0] : group[1] + 1] if fold(t.group()) not in _INNER]
        if len(words) < 2:
            return False
        if any(fold(w) in first_names() and not is_ordinary_word(w) for w in words):
            return True
        before = tokens[group[0] - 1].group() if group[0] > 0 else ""
        return fold(before) in kin and any(not is_ordinary_word(w) for w in words)

    def _group(self, text, tokens, i, lowercase) -> tuple[int, int] | None:
        """Consecutive name words (same line, only spaces between), e.g. 'Luz Marina Condori Huaraca'."""
        if not self._candidate(tokens[i].group(), lowercase):
            return None
        last = i
        j = i + 1
        while j < len(tokens):
            gap = text[tokens[j - 1].end() : tokens[j].start()]
            if gap not in (" ", "\t"):
                break
            word = tokens[j].group()
            if fold(word) in _INNER and j + 1 < len(tokens) and self._candidate(tokens[j + 1].group(), lowercase):
                j += 1
                continue
            if not self._candidate(word, lowercase):
                break
            last = j
            j += 1
        return i, last

    @staticmethod
    def _candidate(word: str, lowercase: bool) -> bool:
        if len(word) < 3 or fold(word) in stop_words() or not is_name_word(word):
            return False
        return lowercase or word[0].isupper()

    @staticmethod
    def _accept(text, first_token, words, lowercase, nlp_artifacts, lemmas=None) -> bool:
        if lowercase:
            # No capitals: a name word that is also a dictionary word ("rosa", "guy", "madera")
            # is not enough on its own; cues and propagation catch those.
            lemma = _lemma(nlp_artifacts, first_token.start())
            lemmas = lemmas or [None] * len(words)
            # each word with its lemma: "dolores fuertes" is two ordinary words ("fuertes" -> fuerte)
            ordinary = [is_ordinary_word(w, lemma) for w, lemma in zip(words, lemmas, strict=True)]
            if len(words) == 1:
                # a lone surname that is also a frequent word ("cruise", "flores") needs a cue
                frequent = fold(words[0]) not in first_names() and word_frequency(words[0]) >= COMMON_ZIPF
                return not is_ordinary_word(words[0], lemma) and not frequent
            return not all(ordinary)
        ambiguous = [is_ambiguous_name(w) for w in words]
        if len(words) > 1:
            return not all(ambiguous)  # "Rosa Elvira" yes; "Flores Verdes"? needs one clear name
        if ambiguous[0]:
            if lowercase:
                return False  # "luz", "rosa", "paz": only with a cue (person_context) or propagation
            # Capitalised mid-sentence is evidence enough; at a sentence start it is not.
            return not sentence_initial(text, first_token.start())
        if lowercase:
            return True
        if sentence_initial(text, first_token.start()):
            return is_proper_noun(nlp_artifacts, first_token.start()) or not _looks_like_word(words[0])
        return True


def _unknown_name_word(word: str, lemma: str | None, compound_prefixes: tuple[str, ...]) -> bool:
    """A word no dictionary knows that may be part of a name: rare in running text, no verb form ("dígame don
    pepe"), no prefixed compound ("una tienda multiservicios chela")."""
    return (
        _unknown_word(word, lemma)
        and word_frequency(word) < UNKNOWN_OPENER_ZIPF
        and not is_verb_form(word)
        and not _compound_noun(word, compound_prefixes)
    )


def _compound_noun(word: str, prefixes: tuple[str, ...]) -> bool:
    """An ordinary word behind a prefix ("multiservicios" = multi + servicios): the dictionaries lack the compound."""
    key = fold(word)
    return any(key.startswith(p) and is_ordinary_word(key[len(p) :]) for p in prefixes if len(key) - len(p) >= 4)


def _looks_like_word(word: str) -> bool:
    return fold(word) in stop_words()


def _unknown_word(word: str, lemma: str | None = None) -> bool:
    return looks_unknown(word, lemma) and fold(word) not in not_names()  # "taytay" is unknown, and no name


def _lemma(nlp_artifacts, start: int) -> str | None:
    token = token_at(nlp_artifacts, start)
    return token.lemma_ if token is not None else None
