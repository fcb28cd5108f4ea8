"""Round 32: an English possessive before a relative or a thing of one's own ("Thalía's mum called me", "it's
Keyla's boyfriend", "we met at Yeni's place"): the owner is a person. Many callers name a girl only this way, and
at a sentence's start no capital tells her name from the first word. Only a word a name list knows, no dictionary
knows or, capitalised, a rare word; never a place ("Peru's police"), a common noun ("the boss's wife") or, in cased
text, a lowercase word."""

from __future__ import annotations

import re

from redact.lexicon import (
    alternation,
    fold,
    fold_same_offsets,
    is_name_word,
    looks_unknown,
    mostly_lowercase,
    not_names,
    places,
    stop_words,
    word_frequency,
)
from redact.recognizers.base import Match, RuleRecognizer
from redact.registry import register


@register("possessive_name")
class PossessiveNameRecognizer(RuleRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, language: str, score: float = 0.7, **params):
        super().__init__(language, score, **params)
        heads = alternation(self.words("heads"))
        modifiers = alternation(self.words("modifiers"))
        self._re = re.compile(
            rf"(?<![\w'’])(?P<name>[^\W\d_]{{2,}}(?:-[^\W\d_]+)?)['’]s[ \t]+(?:(?:{modifiers})[ \t]+)?(?:{heads})(?!\w)"
        )

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        for m in self._re.finditer(fold_same_offsets(text)):
            word = text[m.start("name") : m.end("name")]
            key = fold(word)
            if key in stop_words() or key in not_names() or key in places():
                continue
            if not lowercase and not word[0].isupper():
                continue
            # a capitalised rare word is a name even when some dictionary has it ("Thalía", a muse)
            rare = not lowercase and word_frequency(word) < self.params.get("max_zipf_capitalised", 3.5)
            if is_name_word(word) or looks_unknown(word) or rare:
                yield Match("PERSON", m.start("name"), m.end("name"), self.score)
