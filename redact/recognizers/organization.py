"""Named businesses that identify a place: "Bar La Estrella", "Minera San Juan", "Olas Libres Surf Hostel"."""

from __future__ import annotations

import re

from redact.lexicon import fold, is_ordinary_word, mostly_lowercase, stop_words
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

_NAME_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "&", "da", "do", "dos", "das", "of", "the"}


@register("organization")
class OrganizationRecognizer(RuleRecognizer):
    ENTITIES = ("ORGANIZATION",)

    def __init__(self, language: str, score: float = 0.65, **params):
        super().__init__(language, score, **params)
        self._prefix = re.compile(rf"(?<!\w)(?:{alternation(self.words('prefix_types'))})(?!\w)", re.IGNORECASE)
        self._suffix = re.compile(rf"(?<!\w)(?:{alternation(self.words('suffix_types'))})(?!\w)\.?")

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        for m in self._prefix.finditer(text):
            if not lowercase and not m.group()[0].isupper() and not self._preceded_by_naming(text, m.start()):
                continue  # "un restaurante en Santiago" is no name; "Restaurante El Sabor" is
            end = self._name_end(text, m.end(), lowercase)
            if end:
                yield Match("ORGANIZATION", m.start(), end, self.score)
        if not lowercase:
            for m in self._suffix.finditer(text):
                start = self._name_start(text, m.start())
                if start is not None:
                    yield Match("ORGANIZATION", start, m.end(), self.score)

    @staticmethod
    def _preceded_by_naming(text: str, start: int) -> bool:
        return bool(re.search(r"(?:se llama|called|named|chamad[oa])\s+$", text[max(0, start - 15) : start], re.I))

    @staticmethod
    def _name_end(text: str, pos: int, lowercase: bool) -> int | None:
        """End of the business name after its type word: capitalised words (a few words in
        lowercase text), connectors allowed inside ("Pollería El Leñador Dorado")."""
        end = None
        count = 0
        cursor = pos
        word_re = re.compile(r"[ \t]+([^\W_][\w'’&-]*|\d+)")
        while count < 5:
            tok = word_re.match(text, cursor)
            if not tok:
                break
            word = tok.group(1)
            key = fold(word)
            cursor = tok.end()
            if key in _NAME_CONNECTORS:
                continue  # counts only if a name word follows
            if lowercase:
                # "bar el minero feliz" (type, article, name) yes; "hostel right now" no
                after_article = fold(text[pos : pos + 5].strip().split(" ")[0]) in {"el", "la", "los", "las"}
                if key in stop_words() or count >= 3 or not after_article and is_ordinary_word(word):
                    break
            elif not (word[0].isupper() or word[0].isdigit()):
                break
            count += 1
            end = cursor
        return end

    @staticmethod
    def _name_start(text: str, pos: int) -> int | None:
        """Start of the capitalised words before a suffix type ("Olas Libres Surf Hostel")."""
        start = None
        cursor = pos
        for _ in range(4):
            m = re.search(r"([^\W_][\w'’&-]*)[ \t]+$", text[max(0, cursor - 40) : cursor])
            if not m or not m.group(1)[0].isupper() or fold(m.group(1)) in stop_words():
                break
            cursor = max(0, cursor - 40) + m.start()
            start = cursor
        return start
