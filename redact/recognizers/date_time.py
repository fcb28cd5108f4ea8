"""Dates and times tied to an event: "el 2 de septiembre", "el sábado 14", "July 12",
"Sunday the 10th", "a las 9 y media", "11:15 p.m."."""

from __future__ import annotations

import re

from redact.lexicon import fold, fold_same_offsets
from redact.numbers import TEENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register


@register("date_time")
class DateTimeRecognizer(RuleRecognizer):
    ENTITIES = ("DATE_TIME",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        days = alternation(self.words("weekdays"))
        months = alternation(self.words("months"))
        art = r"(?:(?:el|the|on|o|no|este|this|next|last|próximo|pasado)\s+)?"
        ordinal = r"\d{1,2}(?:st|nd|rd|th|º|°)?"
        hour_words = alternation(self.words("hour_words"))
        fold_months = alternation(sorted({fold(m) for m in self.words("months")}))
        fold_days = alternation(sorted({fold(d) for d in self.words("weekdays")}))
        self._patterns = [
            # weekday, optionally with its date: "el sábado 14", "Sunday the 10th", "segunda-feira"
            re.compile(
                rf"(?<!\w){art}(?:{days})(?:,?\s+(?:the\s+)?{ordinal}(?!\s*(?:horas|hours)))?"
                rf"(?:\s+de\s+(?:{months}))?(?!\w)",
                re.I,
            ),
            # "2 de septiembre (de 2024)", "15 de este mes", "12th of July"
            re.compile(
                rf"(?<!\w){art}{ordinal}\s+(?:de|of|do)\s+(?:{months}|este mes|this month)"
                rf"(?:\s+(?:de|del|of)?\s*\d{{4}})?(?!\w)",
                re.I,
            ),
            # "July 12", "July 12th, 2024"
            re.compile(rf"(?<!\w)(?:{months})\s+{ordinal}(?:,?\s+\d{{4}})?(?!\w)", re.I),
            re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])"),
            # clock times: "a las 9 y media", "las nueve de la noche", "11:15 p.m.", "at 9 pm"
            re.compile(
                rf"(?<!\w)(?:a|desde|hasta|de|como\s+a)\s+las\s+(?:\d{{1,2}}(?::\d{{2}})?|{hour_words})"
                rf"(?:\s+y\s+(?:media|cuarto|\d{{1,2}}))?(?:\s+de\s+la\s+(?:mañana|tarde|noche|madrugada))?"
                rf"(?!\s*horas)(?!\w)",
                re.I,
            ),
            re.compile(
                rf"(?<!\w)las\s+(?:\d{{1,2}}|{hour_words})(?:\s+y\s+(?:media|cuarto)"
                rf"|\s+de\s+la\s+(?:mañana|tarde|noche|madrugada)|\s+en\s+punto)(?!\w)",
                re.I,
            ),
            re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?:\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|hrs?\b|horas\b))?", re.I),
            re.compile(r"(?<![\w:])\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I),
        ]

        # a timetable, the days or hours something is open or someone works, dates nothing: "abren de lunes a
        # sábado desde las ocho de la noche hasta las cuatro de la mañana", "from Monday to Friday"
        clock = (
            rf"(?:las\s+)?(?:\d{{1,2}}(?::\d{{2}})?|{hour_words})(?:\s+y\s+(?:media|cuarto))?"
            rf"(?:\s+de\s+la\s+(?:mañana|tarde|noche|madrugada)|\s*(?:am|pm|a\.m\.|p\.m\.))?"
        )
        self._schedule = re.compile(
            rf"(?<!\w)(?:de|desde|from|das?|do)\s+(?:{days})\s+(?:a|al|hasta|to|till|until|through|até|ate)\s+"
            rf"(?:{days})(?!\w)"
            rf"|(?<!\w)(?:desde|de|from|das)\s+{clock}\s+(?:hasta|a|to|till|until|até|ate|às|as)\s+{clock}(?!\w)"
            # round 10: until a part of the day ("desde las seis de la mañana hasta la noche", "from 6 am till
            # night", "das seis até a noite"), and a slot that recurs ("mi programa de las seis de la mañana",
            # "the night shift from ten", "o turno das sete")
            rf"|(?<!\w)(?:desde|from|das)\s+{clock}\s+(?:hasta|till|until|até|ate)\s+(?:(?:la|the|a)\s+)?"
            r"(?:noche|tarde|madrugada|mediod[ií]a|night|evening|noon|midnight|noite|meia-noite)(?!\w)"
            rf"|(?<!\w)(?:programa|turno|horario|noticiero|show|shift|program|programme)\s+(?:de|das?|from)\s+{clock}(?!\w)",
            re.I,
        )
        self._event_day = re.compile(
            rf"(?<!\w)(?<!\blos\s)(?<!\bos\s)(?:{alternation(self.words('event_days'))}|{days})(?!\w)", re.I
        )
        self._hour_heads = frozenset(fold(w) for w in self.words("hour_heads"))
        # a habit: "todos los días", "todas las noches", "siempre", and a weekday in the plural ("los jueves")
        self._habit = re.compile(
            rf"(?<!\w)(?:{alternation(self.words('habit_words'))}|(?:los|os|on)\s+(?:{days})s?)(?!\w)", re.I
        )
        # the day said in words ("el quince de enero", "dia vinte de setembro", "the first of May"); matched
        # on the folded text, as the number words are listed without accents ("veintitrés")
        units = [w for w in UNITS if w not in ("cero", "zero", "oh", "meia", "um")]
        day = alternation([*units, *TEENS, *self.words("first_day")])
        tens = alternation(["veinte", "vinte", "twenty", "treinta", "trinta", "thirty"])
        self._spoken = re.compile(
            rf"(?<!\w)(?:(?:el|o|no|the|on|this|este)\s+)?(?:(?:dia|day|{fold_days})\s+)?"
            rf"(?:(?:{tens})(?:\s+(?:y|e|and)\s+(?:{day}))?|{day})\s+(?:de|of|do)\s+(?:{fold_months})"
            rf"(?:\s+(?:de|del|of)?\s*\d{{4}})?(?!\w)",
            re.I,
        )

    _FIRST_CLOCK = 4  # self._patterns from here on are clock times, before them dates and weekdays
    # "después de" / "antes de" / "a partir de" bound the hours someone can be called or a door is locked
    # ("llámeme después de las seis", "los encierra a partir de las diez"), as "desde"/"hasta" bound a shift
    _BOUND_BEFORE = re.compile(
        r"(?<!\w)(?:desde|hasta|(?:despu[eé]s|antes|a\s+partir)\s+de|after|before)\s+(?:las\s+)?$", re.I
    )
    _BOUND_OPENS = re.compile(r"(?:desde|hasta)\s", re.I)
    _BOUND_DE = re.compile(r"(?<!\w)(?:despu[eé]s|antes|a\s+partir)\s+$", re.I)
    # the end of the sentence or turn before or after a time: a habit said there is about another clause
    _CLAUSE_END = re.compile(r"[.!?;\n]")

    def _routine_bound(self, text: str, m: re.Match) -> bool:
        """A clock time after "desde" or "hasta" bounds a routine ("trabaja hasta las once de la noche",
        "desde las tres de la mañana") rather than dating an event; LABELS.md's DATE_TIME is a time tied to
        a person's event, and the writers leave such hours unlabelled. Whole timetables ("desde las ocho
        hasta las cuatro") are already dropped by _schedule; this catches the single bound."""
        bound = (
            self._BOUND_BEFORE.search(text, max(0, m.start() - 14), m.start())
            or self._BOUND_OPENS.match(m.group())
            or (m.group()[:3].lower() == "de " and self._BOUND_DE.search(text, max(0, m.start() - 12), m.start()))
        )
        # the day may come before ("ayer desde las seis") or right after ("desde las tres de ayer")
        dated_day = self._event_day.search(text, max(0, m.start() - 30), m.start()) or self._event_day.search(
            text, m.end(), m.end() + 12
        )
        return bool(bound or self._habitual(text, m)) and not dated_day

    def _habitual(self, text: str, m: re.Match) -> bool:
        """A clock time said in the same clause as a habit ("todas las noches a las diez la recoge", "salen a
        las tres de la mañana todos los días", "los jueves se va al banco a las 11", "we open every day at
        9") is when something keeps happening, not when it happened: the writers leave it unlabelled."""
        start, end = max(0, m.start() - 60), min(len(text), m.end() + 40)
        before = [e.end() for e in self._CLAUSE_END.finditer(text, start, m.start())]
        after = self._CLAUSE_END.search(text, m.end(), end)
        return bool(self._habit.search(text, before[-1] if before else start, after.start() if after else end))

    _PLURAL_BEFORE = re.compile(r"(?<!\w)(?:los|os)\s+$", re.I)
    _BARE_DE = re.compile(r"de\s+las\s+\w+$", re.I)
    _WORD_BEFORE = re.compile(r"(\w+)\s+$")

    def _not_an_hour(self, text: str, m: re.Match, index: int) -> bool:
        """A weekday in the plural is a habit ("los jueves se va al banco"), and a bare "de las tres" after
        a noun that owns no hour is "of the three" ("tiene los DNI de las tres", "dice que es tío de las
        tres"): an hour needs a word that can have one before it ("a eso de las once", "el bus de las
        diez")."""
        if index == 0:
            return bool(self._PLURAL_BEFORE.search(text, max(0, m.start() - 5), m.start()))
        if index != self._FIRST_CLOCK or not self._BARE_DE.match(m.group()):
            return False
        word = self._WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return bool(word) and fold(word.group(1)) not in self._hour_heads

    def find(self, text, nlp_artifacts):
        schedules = [(m.start(), m.end()) for m in self._schedule.finditer(text)]

        def dated(start: int, end: int) -> bool:
            return not any(a <= start and end <= b for a, b in schedules)  # a timetable dates nothing

        for index, pattern in enumerate(self._patterns):
            clock = index >= self._FIRST_CLOCK
            for m in pattern.finditer(text):
                if not m.group().strip() or not dated(m.start(), m.end()):
                    continue
                if (clock and self._routine_bound(text, m)) or self._not_an_hour(text, m, index):
                    continue
                yield Match("DATE_TIME", m.start(), m.end(), self.score)
        for m in self._spoken.finditer(fold_same_offsets(text)):
            if dated(m.start(), m.end()):
                yield Match("DATE_TIME", m.start(), m.end(), self.score)
