"""A name told with its age: "una es maricielo tiene trece", "la rosmery que tiene quince", "Illari tiene catorce".

Callers list the people they saw by name and age, and the name is often one no list has, a common word ("la chiquita
dulce tiene seis") or said once with no cue before it. The age recognizer finds the age; the word right before its
cue ("tiene", "que tiene", "de … años", "is") is a name when it is a listed first name, a word no dictionary knows or
a rare one, and never a stop word, a title or kin word ("la niña tiene doce"), a diminutive of a word ("la gordita"),
a verb form or a place, nor a listed name that is also a word after a determiner ("the cook is fifty"). In cased
text it must be capitalised. Its other mentions in the call are the name too.
Lists in data/name_by_age.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from redact.datafiles import data_yaml
from redact.lexicon import (
    alternation,
    first_names,
    fold,
    fold_same_offsets,
    is_diminutive_of_word,
    is_name_word,
    is_ordinary_word,
    is_verb_form,
    looks_unknown,
    mostly_lowercase,
    word_frequency,
)
from redact.nickname_before import never_a_name
from redact.types import Entity

_SCORE = 0.65


@cache
def _data() -> dict:
    return data_yaml("name_by_age.yaml")


@cache
def _before_age() -> re.Pattern:
    d = _data()
    return re.compile(
        rf"(?<![\w'’])(?P<name>[^\W\d_]{{3,}})[ \t]*,?[ \t]+(?:(?:{alternation(d['relatives'])})[ \t]+)?"
        rf"(?:(?P<cue>{alternation(d['cues'])})|(?P<of>{alternation(d['of_cues'])}))[ \t]+"
        rf"(?:(?:{alternation(d['hedges'])})[ \t]+)?$"
    )


@cache
def _unit() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(_data()['units'])})(?!\w)")


_DETERMINER = re.compile(r"(?<!\w)(?:el|la|los|las|un|una|mi|su|tu|the|a|an|my|his|her|o|um|uma|meu|minha)[ \t]+$")


def _is_name(word: str, lowercase: bool, after_determiner: bool) -> bool:
    key = fold(word)
    if never_a_name(key):
        return False
    if not lowercase and not word[0].isupper():
        return False
    ordinary = is_ordinary_word(word)
    if key in first_names():
        # a first name that is also a word is the word after a determiner ("la flor tiene", "the cook is fifty")
        return not (after_determiner and ordinary)
    if is_name_word(word):
        return not ordinary  # a surname that is a word ("azul con blanco ya tiene veinte años") is the word
    if is_diminutive_of_word(word) or is_verb_form(word) or key.endswith("s"):
        return False  # "la gordita", "chiquillos de catorce": what one calls children, not a child's name
    rare = word_frequency(word) < float(_data()["rare_zipf"])
    if looks_unknown(word):
        return word_frequency(word) < float(_data()["unknown_zipf"])  # "el más chiquito tendrá doce": slang
    return rare and not after_determiner  # "un chibolo de quince años"


def find_names_by_age(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the name said right before an age's cue added as a PERSON, with its other mentions."""
    folded = fold_same_offsets(text)
    lowercase = mostly_lowercase(text)
    new: list[Entity] = []
    for age in (e for e in entities if e.type == "AGE"):
        m = _before_age().search(folded, max(0, age.start - 60), age.start)
        if not m or (m.group("of") and not _unit().search(folded, age.start, age.end)):
            continue
        start, end = m.start("name"), m.end("name")
        if any(e.start < end and start < e.end for e in entities):
            continue
        after_determiner = bool(_DETERMINER.search(folded, max(0, start - 8), start))
        if not _is_name(text[start:end], lowercase, after_determiner):
            continue
        for other in re.finditer(rf"(?<!\w){re.escape(m.group('name'))}(?!\w)", folded):
            if not any(e.start < other.end() and other.start() < e.end for e in entities + new):
                new.append(Entity("PERSON", other.start(), other.end(), _SCORE))
    return sorted(entities + new, key=lambda e: (e.start, e.end)) if new else entities
