"""Clean-up of raw recognizer results: drop allow-listed and implausible NER spans, merge
overlaps, and propagate names found once to every other mention in the call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import (
    WORD_RE,
    alternation,
    common_words,
    dictionary_words,
    first_names,
    fold,
    fold_same_offsets,
    is_ambiguous_name,
    is_name_word,
    is_ordinary_word,
    looks_unknown,
    mostly_lowercase,
    not_names,
    pet_form_of,
    places,
    stop_words,
    surnames,
    word_frequency,
)
from redact.spelling import spelled_words

# Placeholder priority when spans of different types overlap: the more identifying type wins.
_PRIORITY = {  # tie-break only
    "EMAIL_ADDRESS": 9,
    "PHONE_NUMBER": 8,
    "ID_NUMBER": 8,
    "OTHER_ID": 7,
    "ADDRESS": 6,
    "PERSON": 5,
    "ORGANIZATION": 4,
    "LOCATION": 3,
    "AGE": 2,
    "DATE_TIME": 1,
}
# kin words right before a mention of a name that is also an ordinary word ("mi hijo segundo")
_KIN = {
    "hijo",
    "hija",
    "hermano",
    "hermana",
    "sobrino",
    "sobrina",
    "nieto",
    "nieta",
    "primo",
    "prima",
    "esposo",
    "esposa",
    "filho",
    "filha",
    "irmao",
    "irma",
    "son",
    "daughter",
    "brother",
    "sister",
    "hijito",
    "hijita",
}
_TITLES = {
    "señora",
    "senora",
    "señor",
    "senor",
    "don",
    "dona",
    "doña",
    "sr",
    "sra",
    "mr",
    "mrs",
    "ms",
    "sir",
    "tia",
    "tio",
    "the",
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "y",
}


def _sentence_initial(text: str, start: int) -> bool:
    from redact.recognizers.spacy_tokens import sentence_initial

    return sentence_initial(text, start)


@dataclass(slots=True)
class Span:
    type: str
    start: int
    end: int
    score: float
    source: str = ""


def allowed_ranges(text: str, phrases: list[str], patterns: list[str]) -> list[tuple[int, int]]:
    """Where the allowed phrases and patterns are; phrases with or without their accents, as speech
    recognisers often write them ("fiscalia", "policia", "defensoria")."""
    folded = fold_same_offsets(text)
    ranges = []
    for phrase in phrases:
        regex = r"(?<!\w)" + re.escape(fold_same_offsets(phrase)).replace(r"\ ", r"\s+") + r"(?!\w)"
        ranges += [(m.start(), m.end()) for m in re.finditer(regex, folded, re.IGNORECASE)]
    for pattern in patterns:
        ranges += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return ranges


def _only_allowed(text: str, s: Span, ranges: list[tuple[int, int]]) -> bool:
    """Round 29: a span made of allowed phrases and the function words between them ("el Centro de Emergencia Mujer
    para la Cámara Gesell", one spaCy entity over two institutions) names nothing but them."""
    inside = [(a, b) for a, b in ranges if s.start < b and a < s.end]
    if not inside:
        return False
    words = list(re.finditer(r"\w+", text[s.start : s.end]))
    left = [w.group() for w in words if not any(a <= s.start + w.start() and s.start + w.end() <= b for a, b in inside)]
    return all(fold(w) in stop_words() for w in left)


def drop_allowed(spans: list[Span], ranges: list[tuple[int, int]], text: str | None = None) -> list[Span]:
    """Spans inside an allowed phrase go; with ``text``, a place or organisation that opens with one (an
    institution "de" a place: "la Fiscalía de Ica", "a Capitania dos Portos de Santos") keeps only the place."""
    out = []
    for s in spans:
        if any(a <= s.start and s.end <= b for a, b in ranges):
            continue
        if text is not None and _only_allowed(text, s, ranges):
            continue
        det = _DETERMINER.match(text, s.start) if text is not None else None
        if det and any(a <= det.end() and s.end <= b for a, b in ranges):
            continue  # "um Instagram", "la Fiscalía": an allowed word with its article is still allowed
        if text is not None and s.type in ("LOCATION", "ORGANIZATION"):
            for a, b in ranges:
                if a <= s.start < b < s.end:
                    rest = _OF.match(text, b)
                    if rest and rest.end() < s.end:
                        s = Span(s.type, rest.end(), s.end, s.score, s.source)
                    break
        out.append(s)
    return out


_CLITICS = re.compile(r"^(?P<stem>[a-z]{2,}?[aei])(?P<clitic>(?:me|te|le|les|lo|la|los|las|nos|se)(?:lo|la|los|las)?)$")


def _imperative_with_clitic(word: str) -> bool:
    """'llamenos', 'ayúdeme', 'avísele', 'cuéntemelo', 'escúchame': a verb told to the listener with its
    pronouns, not a name; the verb must be a dictionary infinitive ('llam-ar') and the usted form keep its
    spelling ('marque', so 'marce-la' is no verb), and a listed first name or surname ('Estela', 'Llanos') stays."""
    key = fold(word)
    if key in first_names() or key in surnames():
        return False
    m = _CLITICS.match(key)
    if not m:
        return False
    stem = m.group("stem")
    root, vowel = stem[:-1], stem[-1]
    if vowel == "e" and root[-1:] in ("c", "g", "z"):
        return False  # usted forms of -car/-gar/-zar are spelt -que/-gue/-ce
    infinitives = {"e": ("ar", "er", "ir"), "a": ("ar", "er", "ir"), "i": ("ir",)}[vowel]
    return any(root + ending in dictionary_words() for ending in infinitives)


def drop_imperatives(text: str, spans: list[Span]) -> list[Span]:
    """A one-word 'name' that is an imperative with its clitics ('llamenos al toque', 'señorita ayudeme') goes."""
    return [
        s
        for s in spans
        if not (
            s.type == "PERSON"
            and re.fullmatch(r"[^\W\d_]+", text[s.start : s.end])
            and _imperative_with_clitic(text[s.start : s.end])
        )
    ]


_DETERMINER = re.compile(r"(?i:un|una|um|uma|a|an|the|el|la|o|os|as|los|las)[ \t]+")
_OF = re.compile(r"[ \t]+(?i:de|del|de[ \t]+la|do|da|dos|das|of|of[ \t]+the|in)[ \t]+(?=\w)")


def plausible_ner(text: str, span: Span) -> Span | None:
    """spaCy's small models tag many capitalised common words; keep what looks like a name."""
    surface = text[span.start : span.end]
    words = list(WORD_RE.finditer(surface))
    # trim titles/articles the model sometimes includes ("la señora Mamani" -> "Mamani")
    while words and fold(words[0].group()) in _TITLES:
        words.pop(0)
    # The model sometimes runs a name on into the number after it ("le pagué a Pedro Ramos 500 soles por el
    # viaje" gives PERSON "Pedro Ramos 500"), and Presidio has then dropped the name lists' "Pedro Ramos" inside
    # it: keep the words before the number instead of losing the name.
    digit_at = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w.group())), None)
    if digit_at is not None:
        words = words[:digit_at]
    if not words or "\n" in text[span.start : span.start + words[-1].end()]:
        return None
    start = span.start + words[0].start()
    end = span.start + words[-1].end()
    significant = [w.group() for w in words if fold(w.group()) not in stop_words()]
    if not significant or not all(w[0].isupper() for w in significant):
        return None
    if len(significant) == 1 and _sentence_initial(text, start):
        # At a sentence start capitals prove nothing ("Disculpe", "Oye"): only known names/places.
        word = significant[0]
        if not (is_name_word(word) or fold(word) in places()) or fold(word) in common_words():
            return None
    if span.type == "PERSON":
        if len(significant) == 1 and fold(significant[0]) in common_words() and not is_name_word(significant[0]):
            return None
        if all(fold(w) in not_names() for w in significant):
            return None  # round 10: "la fiesta de la Virgen", "que Diosito le pague": no one in the call
    elif len(significant) == 1 and fold(significant[0]) in common_words():
        return None
    if span.type == "ORGANIZATION" and len(significant) < 2:
        return None
    return Span(span.type, start, end, span.score, span.source)


def merge(text: str, spans: list[Span]) -> list[Span]:
    """Union of overlapping spans; adjacent address parts ("km 14, the gate...") become one."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out:
            last = out[-1]
            gap = text[last.end : span.start]
            touching = span.start < last.end or (
                last.type == span.type == "ADDRESS" and re.fullmatch(r"[ \t]*[,-]?[ \t]*", gap)
            )
            if touching:
                # the type of the span covering most of the union; then the surer one; then the more identifying
                winner = max((last, span), key=lambda s: (s.end - s.start, s.score, _PRIORITY.get(s.type, 0)))
                out[-1] = Span(
                    winner.type, last.start, max(last.end, span.end), max(last.score, span.score), winner.source
                )
                continue
        out.append(span)
    return out


# prepositions that take the noun, not a person: "estar en paz", "sin luz" (articles do go before
# names and nicknames in speech: "la gringa", "la dolores")
_NOUN_BEFORE = re.compile(r"(?<!\w)(?:en|con|sin|ni|in|em|com|with|without|hay|había|habia|há|tem)[ \t]+\Z")
# round 10: "ay jesús", "oh cristo": a devotional name after an exclamation calls on no one in the call
_ARTICLE_BEFORE = re.compile(
    r"(?<!\w)(?:el|los|las|un|una|unos|unas|os|as|the|sus|mis|tus|seus|meus|tiene|tengo|tenía|tenia|tienen|siente|"
    r"sentía|sentia|tem|tinha|has|have|had|muchos|muchas|tantos|tantas|hace|hizo|hacer|pide|pedir|reza)[ \t]+\Z",
    re.I,
)
_SLOT_BEFORE = re.compile(
    r"(?:(?:^|[.,;:!?¿¡\n])[ \t]*|(?<!\w)(?:de|a|para|por|que|y|e|pero|ayer|hoy|and|to|for|of|from)[ \t]+)\Z", re.I
)
_OF_NOUN_AFTER = re.compile(r"[ \t]+(?:de|del|da|do|of)[ \t]+(?:la[ \t]+|el[ \t]+|a[ \t]+|the[ \t]+)?[a-záéíóúñ]")
_EXCLAMATION_BEFORE = re.compile(r"(?<!\w)(?:ay|ay[ \t]+mi|oh|ai|ave|meu|my)[ \t]+\Z", re.IGNORECASE)
_DEVOTIONAL = {"jesus", "jesusito", "cristo", "jesucristo", "maria"}


def propagate_names(text: str, spans: list[Span], score: float = 0.6) -> list[Span]:
    """Once a name is found in a call, every other mention of its words is redacted too."""
    lowercase = mostly_lowercase(text)
    words: set[str] = set()
    adjacent: set[str] = set()
    given: set[str] = set()  # a pet form is made from the name said first ("julio mora": not "morita")
    full: set[str] = set()  # first names said with a surname after them ("Milagros Quispe Mamani")
    for span in spans:
        if span.type != "PERSON":
            continue
        names = [k for k in map(fold, WORD_RE.findall(text, span.start, span.end)) if k not in _ANY_TITLE]
        given.update(names[:1])
        if len(names) >= 2 and names[0] in first_names() and any(k in surnames() for k in names[1:]):
            full.add(names[0])
        joined = [w for w in spelled_words(text[span.start : span.end]) if len(w) >= 4]
        if joined:
            words.update(fold(w) for w in joined)  # spelled "y o s m a r y": "yosmary" is her name in the whole call
            continue
        for w in WORD_RE.finditer(text[span.start : span.end]):
            key = fold(w.group())
            if len(key) >= 3 and key not in stop_words() and key not in _ANY_TITLE:
                words.add(key)
            elif len(key) >= 4 and key in first_names() and key not in _TITLES:
                adjacent.add(key)  # "se llama segundo": an ordinal too, so only right before another name
    if not words and not adjacent:
        return spans
    extra = _name_pairs_again(text, spans, score)
    covered = [(s.start, s.end) for s in spans]
    person_starts = {s.start for s in spans if s.type == "PERSON"}
    pet_names = given & words  # (once, not per word of the call)
    for m in WORD_RE.finditer(text):
        word = re.sub(r"['’]s$", "", m.group())  # "Julio's phone" mentions Julio
        key = fold(word)
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        if key in adjacent and key not in words:
            after = re.match(r"[ \t]+", text[m.end() :])
            before = re.search(r"(?<!\w)([^\W\d_]+)[ \t]+$", text[max(0, m.start() - 20) : m.start()])
            if (after and m.end() + after.end() in person_starts) or (before and fold(before.group(1)) in _KIN):
                extra.append(
                    Span("PERSON", m.start(), m.end(), score, "propagation")
                )  # "segundo jacinto", "mi hijo segundo"
            continue
        if key not in words and (not pet_names or pet_form_of(word, pet_names) is None):
            continue  # "una se llama rosa" … "rosita es una niña": her pet name is her name too
        # round 12: once "Milagros Quispe" is named, "nada de milagros" is her (not "con milagros", "los milagros")
        named_before = key in full and not _NOUN_BEFORE.search(text, 0, m.start())
        named_before = named_before and not _ARTICLE_BEFORE.search(text, 0, m.start())
        named_before = named_before and not _OF_NOUN_AFTER.match(text, m.end())  # "tiene dolores de espalda"
        named_before = named_before and _SLOT_BEFORE.search(text, max(0, m.start() - 12), m.start())  # "chompa rosa"
        if not lowercase and not word[0].isupper() and (is_ambiguous_name(word) or is_ordinary_word(word)):
            if not named_before:
                continue  # "Luz" the person, not "ni luz hay"; "Horizons Youth Exchange", not "an exchange program"
        if lowercase and is_ambiguous_name(word) and key in words and _NOUN_BEFORE.search(text, 0, m.start()):
            continue  # "quiero estar en paz", "no hay luz": the word after a preposition or article is the noun
        if key in _DEVOTIONAL and _EXCLAMATION_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "don jesús es compadre … ay jesús si viera": the exclamation, not Don Jesús
        extra.append(Span("PERSON", m.start(), m.start() + len(word), score, "propagation"))
    return merge(text, spans + extra)


def _name_pairs_again(text: str, spans: list[Span], score: float) -> list[Span]:
    """Round 34: two words of a found name said again together, in the same order, are that person, though one alone
    is an ordinary word ("luz marina taipe" … "qué ha pasado con luz marina": "con luz" alone reads as the noun)."""
    pairs: set[tuple[str, str]] = set()
    for span in spans:
        if span.type != "PERSON":
            continue
        keys = [fold(w) for w in WORD_RE.findall(text, span.start, span.end)]
        keys = [k for k in keys if k not in _ANY_TITLE]
        pairs.update(
            (a, b)
            for a, b in zip(keys, keys[1:], strict=False)
            if len(a) >= 3
            and len(b) >= 3
            and a not in stop_words()
            and b not in stop_words()
            # a listed name among the two: a PERSON span read off an institution ("Comedor Popular Virgen …")
            # makes no name of "un comedor popular"
            and (is_name_word(a) or is_name_word(b))
        )
    if not pairs:
        return []
    out = []
    found = list(WORD_RE.finditer(text))
    for m, n in zip(found, found[1:], strict=False):
        if (fold(m.group()), fold(n.group())) in pairs and re.fullmatch(r"[ \t]+", text[m.end() : n.start()]):
            out.append(Span("PERSON", m.start(), n.end(), score, "propagation"))
    return out


_SETTLEMENT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:la|el|o|a|na|no)\s+)?(?:comunidad(?:\s+(?:campesina|nativa))?|caser[ií]o|anexo|centro\s+poblado|"
    r"barrio|pueblo|comunidade|aldeia|vila)\s+(?:de\s+|del\s+|da\s+|do\s+)?$",
    re.IGNORECASE,
)
_SETTLEMENT_TO_PLACE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:parte|zona|lado|sector)[ \t]+(?:alta|baja|alto|bajo|norte|sur|de[ \t]+arriba|de[ \t]+abajo)"
    r"[ \t]*,?[ \t]*)?(?:(?:bajando|subiendo|entrando|yendo|saliendo|pasando|descendo|subindo)[ \t]+"
    r"(?:(?:de|por|a|hacia|hasta|da|do|pela|pelo)[ \t]+)?(?:(?:la|el|a|o)[ \t]+)?)?",
    re.IGNORECASE,
)


def join_settlements(text: str, spans: list[Span]) -> list[Span]:
    """'comunidad de Huancabamba, parte alta, al lado del reservorio': a settlement is only a place, but
    with its part and a landmark or the way from one it locates a house: one address."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for i, span in enumerate(spans):
        if span.type == "LOCATION" and (lead := _SETTLEMENT_BEFORE.search(text[max(0, span.start - 40) : span.start])):
            gap = _SETTLEMENT_TO_PLACE.match(text, span.end)
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            # the way may already open the next address ("bajando de la escuela …" found as a place description)
            if gap and nxt is not None and nxt.type == "ADDRESS" and span.end <= nxt.start <= gap.end():
                start = max(0, span.start - 40) + lead.start()
                out.append(Span("ADDRESS", start, nxt.start, span.score, "settlement"))
                continue
        out.append(span)
    return merge(text, out)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_PET_TITLES = {"mama", "mamita", "papa", "papito", "tia", "tio", "don", "dona", "seu", "mami", "tiita"}
_ANY_TITLE = _TITLES | _PET_TITLES  # (propagate_names, defined above, reads it at call time)
_VERB_ENDINGS = (
    "aba",
    "abas",
    "aban",
    "abamos",
    "ia",
    "ian",
    "ando",
    "iendo",
    "aron",
    "ieron",
    "aste",
    "iste",
    "amos",
    "emos",
    "imos",
    "ar",
    "er",
    "ir",
    "ando",
    "ado",
    "ada",
    "ido",
    "ida",
    "ou",
    "ava",
    "avam",
)
_NICKNAME_CUE = re.compile(
    r"(?<!\w)(?:dicen|decían|decian|dice|llaman|conocen\s+como|conocida\s+como|conocido\s+como|alias|apodo|"
    r"call\s+(?:him|her)|chamam)[ \t]+(?:(?:el|la|a|o)[ \t]+)?$",
    re.IGNORECASE,
)
# Peruvian nicknames by looks said before a name ("el chato wilber", "la flaca maribel")
_NICKNAMES = (
    "chato|chata|flaco|flaca|gordo|gorda|loco|loca|negro|negra|cholo|chola|chino|china|colorado|colorada|"
    "mudo|muda|cojo|coja|pelado|pelada|zambo|zamba|gringo|gringa|charapa|chibolo|chibola|tuerto|tuerta|"
    "moreno|morena|rubio|rubia"
)
_NICKNAME_BEFORE = re.compile(rf"(?<!\w)(?:el|la|al|del)[ \t]+((?:{_NICKNAMES}))[ \t]+$", re.IGNORECASE)
_SURNAME_PARTICLES = {"das", "dos", "da", "do", "de", "del", "di", "van", "von"}


def _surname_like(word: str) -> bool:
    key = fold(word)
    if len(key) < 3 or key in stop_words() or key in places() or key in _TITLES or key in not_names():
        return False  # "don teófilo taytay": a Quechua address form, no surname
    if key in surnames():
        return True
    if key.endswith(_VERB_ENDINGS):
        return False  # "yanira estudiaba": a verb form the dictionaries miss
    for stem in (key[:-1], key[:-2]) if key.endswith("s") else ():
        if is_ordinary_word(stem) and word_frequency(stem) >= 3.3:
            return False  # an inflected ordinary word ("slaps") no dictionary lists as such
    return looks_unknown(word)


def extend_names(text: str, spans: list[Span]) -> list[Span]:
    """A name goes on with the surnames said after it ("yosmary colmenares", "segundo jacinto chunga
    yarlequé", "francisca das chagas"): words no dictionary knows, listed surnames, a rare word before
    one of those, and the particles of Portuguese and Spanish surnames before one of those."""
    out = []
    cased = not mostly_lowercase(text)
    for span in spans:
        if span.type == "PERSON":
            end = span.end
            for _ in range(3):
                m = _NEXT_WORD.match(text, end)
                if not m:
                    break
                word = m.group(1)
                if cased and not word[0].isupper() and fold(word) not in _SURNAME_PARTICLES:
                    break  # in cased text a surname has its capital ("Maria mora perto": a verb)
                nxt = _NEXT_WORD.match(text, m.end())
                nxt_ok = bool(nxt) and _surname_like(nxt.group(1))
                head = fold(text[span.start : end])
                if _surname_like(word):
                    end = m.end()
                elif nxt_ok and _initial(word, cased):
                    end = nxt.end()  # "jhon c rojas", "ronal t paredes": a middle initial, then the surname
                elif (
                    head in _PET_TITLES
                    and fold(word) not in stop_words()
                    and (word_frequency(word) < 3.5 or _NICKNAME_CUE.search(text[max(0, span.start - 30) : span.start]))
                ):
                    end = m.end()  # "mama pauli"; "le dicen mamá lucha": the name after a familiar title
                elif nxt_ok and (
                    fold(word) in _SURNAME_PARTICLES
                    or (fold(word) not in stop_words() and len(word) >= 4 and word_frequency(word) < 3.0)
                ):
                    end = nxt.end()  # "das chagas", "chunga yarlequé"
                else:
                    break
            restart = _restart_after().match(text, end)
            if restart and _restarted_name(restart.group(1), cased):
                # "le dicen la tía charo eh rosario": the name said again after a hesitation, a name of its own (the
                # hesitation is no part of either: annotators leave "nelly [eh] nelly bazán" out)
                out.append(Span(span.type, restart.start(1), restart.end(), span.score, span.source))
            initials = _INITIALS_AFTER.match(text, end)
            if initials and all(_initial(g, cased) for g in initials.group(1, 2)):
                end = initials.end()  # round 34: "a nombre de benedicta c m": both surnames cut to initials (Yape)
            initial = None if initials and end == initials.end() else _INITIAL_AFTER.match(text, end)
            if (
                initial
                and (
                    len(WORD_RE.findall(text[span.start : end])) >= 2
                    # "a nombre de heriberto c" at the end of its turn: a first name and the initial of a surname
                    or fold(text[span.start : end]) in first_names()
                    and (
                        re.match(r"[ \t]*(?:[.,;:!?\n]|$)", text[initial.end() :])
                        # round 35: or closed by "only" ("sale julia p nomás"): what a payment app shows and no more
                        or _ONLY_AFTER.match(text, initial.end())
                    )
                )
                and _initial(initial.group(1), cased)
            ):
                end = initial.end()  # "eusebio lalupu c", "Ana Ramos C.": the second surname cut to its initial
            start = span.start
            lead = _INITIAL_BEFORE.search(text[max(0, start - 3) : start])
            if lead and _initial(lead.group(1), cased) and _opens_with_surname(text[start:end]):
                start = max(0, start - 3) + lead.start(1)  # "en la aplicación sale r castañeda": an initial
            nick = _NICKNAME_BEFORE.search(text[max(0, start - 20) : start])
            if nick:
                start = max(0, start - 20) + nick.start(1)  # "el chato wilber": the nickname is his too
            elif (
                (before := _WORD_BEFORE.search(text[max(0, start - 30) : start]))
                and (before_at := max(0, start - 30) + before.start(1)) is not None
                and _first_name_like(before.group(1), cased, mid_sentence=not _sentence_initial(text, before_at))
                and not _split_piece(text, before_at)
                and (
                    _opens_with_surname(text[start:end])
                    or _opens_with_first_name(text[start:end])
                    and not _after_determiner(text, max(0, start - 30) + before.start(1))
                )
            ):
                # "sale como meri huallpa": her first name too; "la chica yusneidy carolina paz": a rare
                # first name before a listed second name, as Venezuelan and Andean names often go
                start = max(0, start - 30) + before.start(1)
            span = Span(span.type, start, end, span.score, span.source)
        out.append(span)
    return merge(text, out)


# a lone letter after a full name, then a word or the end of the sentence (not a letter spelled out, not a
# number: "yape a nombre de eusebio lalupu c el numero", "Pago a Rosa Ccahua H."); letters that are words of
# their own (y, e, o, u, a, i) are not read as initials in lowercase speech
_INITIAL_AFTER = re.compile(r"[ \t]+([^\W\d_])\.?(?=[ \t]*(?:[.,;:!?\n]|$)|[ \t]+[^\W\d_]{2})")
# round 34: a first name and two initials; two letters in a row are no words, so one name before them is enough
_INITIALS_AFTER = re.compile(
    r"[ \t]+([^\W\d_])(?:\.[ \t]*|[ \t]+)([^\W\d_])\.?(?=[ \t]*(?:[.,;:!?\n]|$)|[ \t]+[^\W\d_]{2})"
)
_LETTER_WORDS = {"y", "e", "o", "u", "a", "i"}
# round 35: "only" said after a name cut short ("dice julia p nomás", "it says Ana R only", "aparece só joana s")
_ONLY_AFTER = re.compile(r"[ \t]+(?:nom[aá]s|no m[aá]s|nada m[aá]s|nada mais|só|only|just that)(?![\w'’])", re.I)
_INITIAL_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]) \Z")


def _initial(word: str, cased: bool) -> bool:
    """A lone letter that can be a name's initial: a capital in cased text, in lowercase speech any letter that is
    no word of its own ("c", "t", not "y", "a")."""
    return len(word) == 1 and (word.isupper() if cased else fold(word) not in _LETTER_WORDS)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+) \Z")


def _opens_with_surname(name: str) -> bool:
    """A found name that starts with a surname ("huallpa") lacks the first name said before it."""
    words = WORD_RE.findall(name)
    return bool(words) and fold(words[0]) in surnames() and fold(words[0]) not in first_names()


def _split_piece(text: str, start: int) -> bool:
    """The word at ``start`` is the end of a word the recogniser split ("mi so brina maribel"): with
    the word before it, it makes an everyday word, so it is no rare first name."""
    prev = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    end = WORD_RE.match(text, start)
    return bool(prev and end) and is_ordinary_word(prev.group(1) + end.group())


_DETERMINERS = {"mi", "mis", "tu", "su", "sus", "el", "la", "los", "las", "un", "una", "my", "your", "his", "her",
                "the", "a", "meu", "minha", "seu", "sua", "o", "nuestra", "nuestro"}  # fmt: skip


def _after_determiner(text: str, start: int) -> bool:
    """A word after "mi / el / una" is a noun ("mi cuñao wilber": a kin word the dictionaries lack), no
    first name said before another."""
    prev = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return bool(prev) and fold(prev.group(1)) in _DETERMINERS


def _opens_with_first_name(name: str) -> bool:
    words = WORD_RE.findall(name)
    return bool(words) and fold(words[0]) in first_names() and not is_ordinary_word(words[0])


def _first_name_like(word: str, cased: bool, mid_sentence: bool = False) -> bool:
    """A word before a found name that is her first name: a listed one no dictionary knows, or a rare
    word no dictionary knows ("meri", "yusleidy"); never a function word, place, title or verb form. In cased
    text a listed first name that is also a word counts when its capital is no sentence's (round 21: "sale como
    Segundo Arévalo Tuesta", "la señora Soledad Ramos"), not "Rosa" opening a sentence."""
    key = fold(word)
    if cased and not word[0].isupper():
        return False
    capital_name = cased and mid_sentence and key in first_names()
    stop = key in stop_words() and not (capital_name and key in _ordinals())  # "Segundo", a stop word as an ordinal
    if len(key) < 3 or stop or key in places() or key in not_names() or key in _TITLES:
        return False
    if key in _PET_TITLES or key.endswith(_VERB_ENDINGS):
        return False
    if key in first_names():
        return not is_ordinary_word(word) or capital_name
    return looks_unknown(word) and word_frequency(word) < 3.0


@cache
def _restart_after() -> re.Pattern:
    """A hesitation or self-correction right after a name, then one word ("… charo eh rosario", "… Mery, digo
    Meri"): the hesitations are the ones the name question's answer restarts after (``answer_hesitations``)."""
    words = data_yaml("recognizers.yaml")["recognizers"]["person_context"]["params"]["answer_hesitations"]
    return re.compile(rf"[ \t]*,?[ \t]+(?i:{alternation(words)})[ \t]*,?[ \t]+([^\W\d_]+)(?![\w'’])")


def _restarted_name(word: str, cased: bool) -> bool:
    """Round 21: the word after a hesitation that follows a name is a name said again when it is a listed first name
    (also a word or a place: "rosario"), with its capital in cased text; never a function word or a Quechua word."""
    key = fold(word)
    if cased and not word[0].isupper():
        return False
    return key in first_names() and key not in stop_words() and key not in not_names() and key not in _TITLES


@cache
def _ordinals() -> frozenset[str]:
    return frozenset(fold(w) for w in data_yaml("second_look.yaml")["place"]["ordinals"])


_NUMBERISH = re.compile(r"[ \t]*[,.;-]?[ \t]*([^\W_]*\d[\w]*|[^\W\d_]+)")


def extend_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Phone numbers and IDs as recognisers mangle them ("987, 654, 3mos uno"): absorb the digit
    groups and number words right after a found number, so no digits are left behind."""
    from redact.numbers import word_value

    out = []
    for span in spans:
        if span.type in ("PHONE_NUMBER", "ID_NUMBER"):
            end = span.end
            while m := _NUMBERISH.match(text, end):
                token = m.group(1)
                if not (any(ch.isdigit() for ch in token) or word_value(token) is not None):
                    break
                end = m.end()
            # a number span covers the number only: a nickname before it ("el flaco 987 654 321") is the
            # name logic's to redact as a PERSON, not part of the phone number
            span = Span(span.type, span.start, end, span.score, span.source)
        out.append(span)
    return merge(text, out)


_FILLER_MAX_CHARS = 70  # what may lie between two pieces of one number ("ya", "espere que lo busco")
_FILLER_MAX_WORDS = 12


def join_split_numbers(
    text: str,
    spans: list[Span],
    cues: list[str],
    not_followed_by: list[str],
    allowed: list[tuple[int, int]] = (),
    score: float = 0.6,
    break_cues: list[str] = (),
) -> list[Span]:
    """A phone number dictated in pieces across turns ("nueve cinco uno" / "ya" / "tres cero tres"):
    digit groups separated only by short filler form one number when together they have a phone's
    length (7-13 digits) and either a phone cue comes shortly before the first piece or one piece
    was already found as a phone number or ID. Every piece is then redacted."""
    from redact.numbers import spoken_number_runs
    from redact.recognizers.base import has_cue_after, has_cue_before
    from redact.recognizers.spoken_number import TOLL_FREE

    pieces = []
    for run in spoken_number_runs(text, min_digits=2, min_words=1):
        if any(a <= run.start and run.end <= b for a, b in allowed) or run.scaled:
            continue
        if TOLL_FREE.match(text, run.start):
            # round 25: the hotline's own number said aloud ("cero ochocientos dos treinta y dos…") is no piece;
            # joined with the police's "ciento cinco" said after it, the two read as one phone number
            continue
        if has_cue_after(text, run.end, not_followed_by, 12):
            continue  # "300 soles", "dos semanas": a quantity
        if re.search(r"(?:s/\.?|\$|r\$|us\$)\s*$", text[max(0, run.start - 5) : run.start], re.IGNORECASE):
            continue
        pieces.append(run)
    groups: list[list] = []
    breaks = [*cues, *break_cues]
    for run in pieces:
        if groups and len(run.digits) < 9 and len(groups[-1][-1].digits) < 9:
            # a whole number (9+ digits) is never a piece; a cue in between starts another number
            # ("...el DNI es cuatro 5 seis... / ¿y su teléfono? / nueve uno...")
            gap = text[groups[-1][-1].end : run.start]
            words = [w for w in WORD_RE.findall(gap) if len(w) > 1]  # speaker letters do not count
            if (
                len(gap) <= _FILLER_MAX_CHARS
                and len(words) <= _FILLER_MAX_WORDS
                and not has_cue_after(text, groups[-1][-1].end, breaks, len(gap))
            ):
                groups[-1].append(run)
                continue
        groups.append([run])
    extra = []
    for group in (sub for chain in groups for sub in _split_chain(chain)):
        digits = sum(len(r.digits) for r in group)
        if len(group) < 2 or not 7 <= digits <= 13:
            continue
        known = [
            s
            for s in spans
            if s.type in ("PHONE_NUMBER", "ID_NUMBER") and s.start < group[-1].end and s.end > group[0].start
        ]
        if known:
            kind = known[0].type
        elif has_cue_before(text, group[0].start, cues, 120):
            kind = "PHONE_NUMBER"
        else:
            continue
        extra += [Span(kind, r.start, r.end, score, "split_number") for r in group]
    return merge(text, spans + extra) if extra else spans


def _split_chain(chain: list) -> list[list]:
    """Consecutive pieces may hold two numbers ("nueve ocho dos dos eh uno cuatro..." then "322 615..."):
    cut the chain into numbers of a phone's length, a 9-digit one (a Peruvian mobile) preferred."""
    out, i = [], 0
    while i < len(chain):
        total, best = 0, None
        for j in range(i, len(chain)):
            total += len(chain[j].digits)
            if total > 13:
                break
            if 7 <= total and (best is None or total == 9 or best[1] != 9):
                best = (j, total)
        end = best[0] if best else i
        out.append(chain[i : end + 1])
        i = end + 1
    return out


_PIECE_WINDOW = 400  # how far from the whole number a read-back piece may lie (a few turns)
_WORD = re.compile(r"[^\W\d_]+")


def _has_digit_word(line: str) -> bool:
    """Whether a line says any number word redact.numbers can read ("oh", "meia", "duas", "once", "veinte"…):
    one source of truth with the reader, no hand copy of its tables."""
    from redact.numbers import word_value

    return any(word_value(w) is not None for w in _WORD.findall(line))


def propagate_numbers(
    text: str, spans: list[Span], not_followed_by: list[str], allowed: list[tuple[int, int]] = (), score: float = 0.6
) -> list[Span]:
    """A piece of a number that was found whole nearby ("nueve seis uno cinco ocho cero, ay espere" /
    "ya ya cuatro cuatro dos" / "961 580 442"): a run of three or more digits, said or written, whose
    digits lie inside a found phone number or ID of the call is a piece of it, however long the filler
    before it. Never a quantity ("442 soles") nor a number said with hundreds or thousands."""
    from redact.numbers import NumberRun, spoken_number_runs
    from redact.recognizers.base import has_cue_after

    known = []
    for span in spans:
        if span.type in ("PHONE_NUMBER", "ID_NUMBER"):
            runs = spoken_number_runs(text[span.start : span.end], min_digits=1, min_words=1)
            digits = "".join(r.digits for r in runs)
            if len(digits) >= 7:
                known.append((span, digits))
    if not known:
        return spans
    covered = [(s.start, s.end) for s in spans]
    extra = []
    runs = []
    offset = 0
    for line in text.split("\n"):  # a turn's piece and the next turn's read-back are two numbers
        near = any(offset - _PIECE_WINDOW <= s.start <= offset + len(line) + _PIECE_WINDOW for s, _ in known)
        if not near or not any(ch.isdigit() for ch in line) and not _has_digit_word(line):
            offset += len(line) + 1
            continue
        runs += [
            NumberRun(offset + r.start, offset + r.end, r.digits, r.scaled)
            for r in spoken_number_runs(line, min_digits=3, min_words=1)
        ]
        offset += len(line) + 1
    for run in runs:
        if run.scaled or any(a <= run.start and run.end <= b for a, b in [*covered, *allowed]):
            continue
        if has_cue_after(text, run.end, not_followed_by, 12):
            continue
        for span, digits in known:
            near = abs(run.start - span.start) <= _PIECE_WINDOW
            if near and run.digits in digits and len(run.digits) < len(digits):
                extra.append(Span(span.type, run.start, run.end, score, "number_piece"))
                break
    return merge(text, spans + extra) if extra else spans


_ID_LETTERS = re.compile(r"(?<![\w-])([^\W\d_]{1,3})[ \t.-]*(?:(?:n[uú]mero|nro|n[°º])\.?[ \t]+)?\Z", re.I)
_NOT_ID_LETTERS = {"eh", "ah", "uh", "um", "mm", "ya", "ok"}  # fillers; the cue words themselves


def id_letters(text: str, spans: list[Span], id_cues: list[str]) -> list[Span]:
    """The letters an ID opens with, said apart from its digits after the ID's cue ("la cédula v 25 871
    446", "o passaporte dele é fv 208 417"): a Venezuelan V/E, a passport's series. Not a word ("es",
    "dele", "número"), so only letters no dictionary would read as one, right after the cue."""
    from redact.recognizers.base import has_cue_before

    out = []
    for span in spans:
        if span.type == "ID_NUMBER":
            m = _ID_LETTERS.search(text[max(0, span.start - 16) : span.start])  # "letra p número 0447…"
            if m:
                start = max(0, span.start - 16) + m.start(1)
                letters = fold(m.group(1))
                word_like = letters in stop_words() or letters in _NOT_ID_LETTERS or letters in map(fold, id_cues)
                # single letters: Venezuela's V/J/G, a passport's P; not "e/é", which is "and"/"is" in Portuguese
                if (not word_like or letters in ("v", "j", "g", "p")) and has_cue_before(text, start, id_cues, 30):
                    span = Span(span.type, start, span.end, span.score, span.source)
        out.append(span)
    return out


_HANDLE_LEAD = re.compile(r"^(?:arroba[ \t]+|at[ \t]+|@)", re.IGNORECASE)
_PROPAGATED_IDS = ("OTHER_ID", "EMAIL_ADDRESS")


def propagate_handles(text: str, spans: list[Span]) -> list[Span]:
    """A handle, e-mail, page name or plate found once is redacted at every other mention in the call:
    the operator reads it back without the cue that found it ("mi instagram es arroba yuli punto paz 22"
    … "la llamamos por yuli punto paz 22"). Only what holds a digit or two words or more: one word
    said again may be any word."""
    patterns = set()
    for span in spans:
        if span.type not in _PROPAGATED_IDS:
            continue
        body = _HANDLE_LEAD.sub("", text[span.start : span.end])
        parts = re.findall(r"[^\W_]+", body)
        if sum(len(p) for p in parts) < 5 or not (len(parts) >= 2 or any(ch.isdigit() for ch in body)):
            continue
        patterns.add(r"(?<![^\W_])" + r"[\W_]+".join(re.escape(p) for p in parts) + r"(?![^\W_])")
    if not patterns:
        return spans
    covered = [(s.start, s.end) for s in spans]
    extra = []
    for m in re.finditer("|".join(sorted(patterns, key=len, reverse=True)), text, re.IGNORECASE):
        if "\n" in m.group() or any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        extra.append(Span("OTHER_ID", m.start(), m.end(), 0.6, "propagation"))
    return merge(text, spans + extra) if extra else spans
