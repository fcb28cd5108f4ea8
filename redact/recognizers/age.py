"""Ages: "16 años", "13 añitos", "diecisiete", "tiene 17", "de 15 o 16", "she's 13", "tem 16 anos"."""

from __future__ import annotations

import re

from redact.lexicon import fold, mostly_lowercase, stop_words
from redact.numbers import small_number
from redact.recognizers.base import Match, RuleRecognizer, alternation, has_cue_before
from redact.recognizers.spacy_tokens import sentence_initial
from redact.registry import register

_NUM = r"(?:\d{1,3}|[^\W\d_]+)"


@register("age")
class AgeRecognizer(RuleRecognizer):
    ENTITIES = ("AGE",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        units = alternation(self.words("units"))
        cue_words = self.words("cues")
        word_cues = alternation(c for c in cue_words if not c.startswith("'"))
        clitic_cues = alternation(c for c in cue_words if c.startswith("'"))  # "she's 13"
        cues = rf"(?<!\w)(?:{word_cues})|(?:{clitic_cues})"
        joins = r"(?:\s*,\s*|\s+(?:y|o|or|and|to|a|e|ou)\s+|\s*-\s*|\s+(?=\d))"
        # a list of numbers ending in a unit: "4, 6 y 7 años", "15-year-old"
        self._with_unit = re.compile(rf"(?<!\w){_NUM}(?:{joins}{_NUM}){{0,3}}[\s-]+(?:{units})(?!\w)", re.I)
        # a cue then a number that ends the phrase: "tiene 17.", "de 15 o 16,", "she's 13"
        self._after_cue = re.compile(
            rf"(?:{cues})\s+(?:(?:{alternation(self.words('hedges'))})\s+)?"
            rf"(?P<age>{_NUM}(?:{joins}{_NUM})?)(?=\s*(?:[.,;:?!)\n]|$|\s+(?:{alternation(self.words('followers'))})\b))",
            re.I,
        )

        questions = alternation(self.words("questions"))
        self._answer = re.compile(
            rf"(?:{questions})[^\n]*\n[ \t]*(?:(?:{alternation(self.words('hedges'))})\s+)?"
            rf"(?P<age>{_NUM}(?:\s+(?:o|or|ou|a|to|y|and|e)\s+{_NUM})?)(?![\w-])",
            re.I,
        )
        # a range said without "o" ("de trece catorce años", "15 16 años"): two numbers side by side, then the unit
        self._range = re.compile(rf"(?<!\w)(?P<a>{_NUM})[ \t]+(?P<b>{_NUM})[\s-]+(?:{units})(?!\w)", re.I)
        self._having = {fold(w) for w in self.words("having_cues")}
        self._count_noun = re.compile(rf"\s*(?:{alternation(fold(w) for w in self.words('count_nouns'))})(?!\w)")
        self._apposition = re.compile(
            rf"(?P<name>(?<![^\W\d_])[A-ZÁÉÍÓÚÑ][^\W\d_]+),[ \t]+"
            rf"(?:(?:{alternation(self.words('hedges'))})[ \t]+)?(?P<age>\d{{1,2}}|[^\W\d_]+)"
            rf"(?:[ \t]+(?i:maybe|or so|más o menos|mas o menos|quizás|quizas|creo|talvez|acho|i think))?"
            r"[ \t]*(?:,|\.(?!\d)|;)",
        )
        self._loose = re.compile(
            rf"(?:{cues})\s+(?:(?:{alternation(self.words('hedges'))})\s+)?(?P<age>{_NUM}(?:{joins}{_NUM})?)(?!\w)",
            re.I,
        )

    def words(self, key: str) -> list[str]:
        """Each cue also without its accents: speech output writes "tendra", "cuantos años"."""
        listed = super().words(key)
        return list(dict.fromkeys([*listed, *(fold(w) for w in listed)]))

    def find(self, text, nlp_artifacts):
        for match in self._find_all(text, nlp_artifacts):
            if not self._wanted_range(text, match.start, match.end):
                yield match

    def _find_all(self, text, nlp_artifacts):
        yield from self._answers(text)
        for m in self._range.finditer(text):
            a, b = self._values(m.group("a")), self._values(m.group("b"))
            if a and b and self._all_ages(m.group("a")) and self._all_ages(m.group("b")) and a[0] < b[0]:
                not_before = self.words("not_preceded_by")  # "trabajó dos tres años": a duration
                if fold(m.group("a")) not in ("un", "una", "uno", "um", "uma", "one") and not has_cue_before(
                    text, m.start(), not_before, 18
                ):
                    yield Match("AGE", m.start(), m.end(), self.score + 0.2)
        if mostly_lowercase(text):
            yield from self._find_unpunctuated(text)
            return
        not_before = self.words("not_preceded_by")
        for m in self._with_unit.finditer(text):
            start = self._first_number(m.group())
            if start is None or has_cue_before(text, m.start(), not_before, 18):
                continue
            yield Match("AGE", m.start() + start, m.end(), self.score + 0.2)
        for m in self._after_cue.finditer(text):
            if self._not_rising(m.group("age")):
                continue  # "trabaja de 8 a 5": hours; an age range goes up ("de 15 a 17")
            if self._all_ages(m.group("age")):
                yield Match("AGE", m.start("age"), m.end("age"), self.score)
            elif (
                (end := self._age_end(m.group("age"), m.start("age")))
                and re.match(r"[ \t]*[.,;:?!)]", text[end:])
                and fold(text[m.start() : m.start("age")].split()[0]) in self._having
            ):
                # "cuando tenía 12, que no le paga": the comma after the age is no list of numbers; only
                # after a verb of having an age ("until like eleven, midnight" is a time)
                yield Match("AGE", m.start("age"), end, self.score)
        yield from self._appositions(text)

    def _wanted_range(self, text: str, start: int, end: int) -> bool:
        """Round 10: an age range in what an advert asks for is no one's age ("se necesitan señoritas de 15 a
        20 años", "looking for girls aged 16 to 22", "precisa-se moças de 18 a 25 anos"): a range "X a/to Y"
        with a wanting cue earlier in its sentence."""
        if not re.search(r"\s(?:a|to|até|ate)\s|\d\s*-\s*\d", text[start:end]):
            return False
        sentence = re.split(r"[.!?\n]", text[max(0, start - 100) : start])[-1]
        return has_cue_before(sentence, len(sentence), self.words("wanting_cues"), 100)

    def _not_rising(self, phrase: str) -> bool:
        """A range "X a/to Y" whose second number is not above the first ("8 a 5", "7 a 7"): no ages."""
        parts = re.split(r"\s+(?:a|to|até|ate)\s+", phrase, flags=re.IGNORECASE)
        if len(parts) != 2:
            return False
        a, b = self._values(parts[0]), self._values(parts[1])
        return bool(a and b and a[0] is not None and b[0] is not None and b[0] <= a[0])

    def _answers(self, text):
        """ "¿Cuántos años tiene?" / "Diecisiete.": a turn that opens with a number after an age question."""
        for m in self._answer.finditer(text):
            end = self._age_end(m.group("age"), m.start("age"))
            if end is not None:
                yield Match("AGE", m.start("age"), end, self.score)

    def _age_end(self, phrase: str, start: int) -> int | None:
        """Where the ages in ``phrase`` end: all of it ("15 o 16"), else its first number alone
        ("diecinueve y tiene un bebé"), else None."""
        if self._all_ages(phrase):
            return start + len(phrase)
        first = re.match(_NUM, phrase)
        if first and self._all_ages(first.group()):
            return start + first.end()
        return None

    def _appositions(self, text):
        """Cased text: "Edwin, twelve maybe, works at a quarry", "Kelly, 15, trabaja": a number set off by
        commas right after a name."""
        for m in self._apposition.finditer(text):
            if sentence_initial(text, m.start("name")) or small_number(m.group("name")) is not None:
                continue  # "Tres, cuatro, cinco." counts; a name inside the sentence is needed
            if self._all_ages(m.group("age")):
                yield Match("AGE", m.start("age"), m.end("age"), self.score - 0.1)

    def _find_unpunctuated(self, text):
        """Lowercase speech output: a cue and a number, unless a count noun follows ("tiene 3 hijos")."""
        not_before = self.words("not_preceded_by")
        for m in self._with_unit.finditer(text):
            start = self._first_number(m.group())
            if start is not None and not has_cue_before(text, m.start(), not_before, 18):
                yield Match("AGE", m.start() + start, m.end(), self.score + 0.2)
        for m in self._loose.finditer(text):
            if self._not_rising(m.group("age")):
                continue  # "trabaja de ocho a cinco": hours
            ages = [m.group("age")]
            first = re.match(_NUM, ages[0])
            if first and first.group() != ages[0]:
                ages.append(first.group())  # "tiene quince y un man que...": the first number alone
            for age in ages:
                match = self._loose_age(text, m.start("age"), m.start("age") + len(age))
                if match:
                    yield match
                    break

    def _loose_age(self, text: str, start: int, end: int) -> Match | None:
        if not self._all_ages(text[start:end]) or self._count_noun.match(fold(text[end : end + 25])):
            return None  # "tiene 3 hijos": the noun right after the number makes it a count
        following = re.match(r"\s*([^\W\d_]+)", text[end:])
        if (
            following
            and fold(following.group(1)) not in stop_words()
            and fold(following.group(1)) not in {fold(w) for w in self.words("followers")}
        ):
            return None  # "only two spots": a number before a noun is a count
        return Match("AGE", start, end, self.score - 0.1)

    @staticmethod
    def _values(phrase: str) -> list[int | None]:
        parts = re.findall(r"\d+|[^\W\d_]+", phrase)
        joiners = {"y", "o", "or", "and", "to", "a", "e", "ou"}
        return [int(p) if p.isdigit() else small_number(p) for p in parts if p.lower() not in joiners]

    def _first_number(self, phrase: str) -> int | None:
        """Offset of the first age number in a unit match; None if the numbers are not ages."""
        tokens = list(re.finditer(r"\d+|[^\W\d_]+", phrase))
        values = [(t, int(t.group()) if t.group().isdigit() else small_number(t.group())) for t in tokens]
        numbers = [(t, v) for t, v in values if v is not None]
        if not numbers or any(v > 110 for _, v in numbers):
            return None
        first = numbers[0][0]
        if first.group().lower() in ("un", "una", "uno", "um", "uma", "one", "a"):
            return None  # "hace un año" is a duration, not an age
        return first.start()

    def _all_ages(self, phrase: str) -> bool:
        values = self._values(phrase)
        return bool(values) and all(v is not None and 0 < v <= 110 for v in values)
