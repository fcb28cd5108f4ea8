"""Street addresses: Jr./Jirón, Av., Calle, Pasaje, Mz./Lote, "cuadra 12", "km 40", room numbers,
intersections ("avenida Los Incas con el jirón Tarapacá") and GPS coordinates."""

from __future__ import annotations

import re

from redact.lexicon import (
    WORD_RE,
    article_place_end,
    fold,
    fold_same_offsets,
    looks_unknown,
    mostly_lowercase,
    not_names,
    places,
    stop_words,
)
from redact.numbers import HUNDREDS, TEENS, TENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

# a house letter ("450-A", "450 B"), not the "y/a/e/o" that goes on the sentence ("230 y el dueño")
_NUMBER = (
    r"(?:\s*,?\s*(?:n[°º.o]?\s*|nro\.?\s*|número\s+|numero\s+|number\s+|#\s*)?\d{1,5}"
    r"(?:(?:-?|\s-?(?![aeoy](?!\w)))[A-Za-z](?!\w))?)"
)
# a block's letter in lowercase speech ("manzana c"); a vowel only before "lote" ("la manzana a la que fui")
# letter names a block is called by ("manzana ge", "manzana jota"); not "de/te", which are everyday words
_BLOCK_LETTER_NAMES = ["be", "ce", "ge", "hache", "jota", "ka", "ele", "eme", "ene", "pe", "cu", "erre", "ese",
                       "uve", "equis", "zeta", "efe", "ye"]  # fmt: skip
_ORDINAL_ENDINGS = (
    "er|ero|ro|do|to|vo|no|mo|[°º]|o|a|st|nd|rd|th"  # "º" folds to "o"  # "3er", "2do", "4to", "2º", "3rd"
)
_BLOCK_LETTER = (
    r"(?:(?<=(?i:manzana) )|(?<=(?i:mz) )|(?<=(?i:mz\.) ))"
    r"(?:[b-df-hj-np-tv-xz]\d?|[aeiouy]\d?(?=\s*,?\s*(?i:lote|lt)\b))"
)
_COORD = re.compile(
    r"(?<![\w.])(?:(?:minus|menos|menos)\s+|-)?\d{1,2}[.,]\d{3,}\s*[,;]?\s*(?:(?:minus|menos)\s+|-)?\d{1,3}[.,]\d{3,}(?![\w])",
    re.IGNORECASE,
)

# round 12: a road named by its code after a kilometre ("km 15 da BR-364", "km 112 de la PE-1N")
_ROAD_CODE = r"(?:\s*(?i:de|del|da|do|on|of)\s+(?:(?i:la|el|a|the)\s+)?[A-Z]{2,4}-?\d{1,4}[A-Z]?)"


# round 35: the word "number" said between a numbered place and its number ("habitación número 7", "room number
# twelve", "quarto número 3"), as the abbreviations "n°", "nro" are written
_NUMBER_WORD = r"(?:n[uú]mero|numero|nro\.?|number|#)(?!\w)"


@register("address")
class AddressRecognizer(RuleRecognizer):
    ENTITIES = ("ADDRESS",)

    def __init__(self, language: str, score: float = 0.75, **params):
        super().__init__(language, score, **params)
        types = self.words("street_types") + self.words("rural_types")
        self._street = re.compile(rf"(?<!\w)(?:{alternation(types)})(?!\w)\.?", re.IGNORECASE)
        self._rural = {fold(w) for w in self.words("rural_types")}
        self._generic = {fold(w) for w in self.words("generic_settlements")}
        self._name_adjectives = {fold(w) for w in self.words("name_adjectives")}
        self._numbered_words = {fold(w) for w in self.words("numbered_places")}
        bearing = alternation(self.words("road_bearings"))  # "panamericana sur", "carretera central"
        self._numbered = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('numbered_places'))})(?!\w)\.?\s*(?i:(?:{_NUMBER_WORD}|n[°º.o]?)\s*)?"
            # "apartamento 4-b"; a kilometre and a half: "kilometre 73.5"
            rf"(?:\d{{1,5}}(?:-[A-Za-z](?!\w)|\.\d(?![\d.]))?|[A-Z]\d?|{_BLOCK_LETTER})(?!\w)"
            rf"(?:(?i:\s*(?:of|de|del|da|do)\s+(?:the\s+|la\s+|el\s+)?[\w \t]{{0,30}}"
            rf"(?:{alternation(self.words('road_words'))})(?:[ \t]+(?:{bearing}))?)|{_ROAD_CODE})?(?!\w)"
        )
        self._lettered = re.compile(rf"(?<!\w)(?i:{alternation(self.words('lettered_places'))})[ \t]+[A-Z](?![\w'’-])")
        # "la calle próspero cuadra once", "jirón lima cuadra 3": a street named before its block number, its
        # name any words but function words (in lowercase speech nothing else marks it)
        streets = alternation(self.words("street_types"))
        self._street_before_block = re.compile(rf"(?<!\w)(?i:{streets})\.?[ \t]+((?:[^\W\d_]+[ \t]+){{1,3}})$")
        self._block_words = {fold(w) for w in self.words("block_words")}
        # "kilómetro catorce", "manzana be lote doce": the number said in words
        num = "|".join(sorted((re.escape(w) for w in [*UNITS, *TEENS, *TENS, *HUNDREDS]), key=len, reverse=True))
        self._spoken_numbered = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('spoken_numbered_places'))})(?!\w)\s+(?i:{_NUMBER_WORD}\s+)?"
            # "departamento mil cuatrocientos dos": a flat's or house's number may open with its thousand
            rf"(?i:(?:mil\s+)?(?:{num})(?:\s+(?:(?:y|e|and)\s+)?(?:{num})(?!\w)){{0,3}})(?!\w)(?i:\s*(?:of|de|del|da|do)\s+(?:the\s+|la\s+|el\s+)?"
            rf"[\w \t]{{0,30}}(?:{alternation(self.words('road_words'))})(?:[ \t]+(?:{bearing}))?|{_ROAD_CODE})?(?!\w)"
        )
        # round 12: a unit of a camp or compound with a number, when the compound is named after it ("el módulo
        # siete del campamento", "module 3 of the camp"); alone it is as often a course's module
        self._unit_of_compound = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('lettered_places'))})[ \t]+(?:\d{{1,3}}|(?i:{num}))(?!\w)"
            rf"(?=[ \t]+(?i:del|de[ \t]+la|do|da|of[ \t]+the|in[ \t]+the)[ \t]+"
            rf"(?i:{alternation(self.words('compound_words'))})(?!\w))"
        )
        # "manzana ge lote catorce": a block letter said by its name
        letter_names = "|".join(sorted((re.escape(w) for w in _BLOCK_LETTER_NAMES), key=len, reverse=True))
        self._spoken_block = re.compile(
            rf"(?<!\w)(?i:manzana|mz\.?)\s+(?i:{letter_names})(?=\s*,?\s*(?i:lote|lt)\b)"
            # a tower's or block's letter said as its name, told by the floor or flat after it ("torre be piso
            # catorce", "bloque jota departamento doce")
            rf"|(?<!\w)(?:{alternation(self.words('lettered_buildings'))})\s+(?:{letter_names}|[b-df-hj-np-tv-xz])"
            rf"(?=\s*,?\s*(?:{alternation(self.words('building_units'))})(?!\w))",
            re.IGNORECASE,
        )
        # "..., AA.HH. Collique tercera zona", "... segunda etapa": the numbered part of a settlement
        self._part = re.compile(
            r"[ \t]+(?i:primera|segunda|tercera|cuarta|quinta|sexta|s[eé]ptima|octava|novena|d[eé]cima|\d{1,2})"
            r"[ \t]+(?i:zona|etapa|sector|secci[oó]n|fase|parte)(?!\w)"
        )
        # the way there, after a place ("kilómetro ciento diez a la derecha hasta el segundo puente los toldos
        # azules"): a direction phrase and the few words it takes, up to the end of the sentence or a new clause
        self._route = re.compile(
            rf"^[ \t]*,?[ \t]*(?:{alternation(self.words('route_phrases'))})(?!\w)"
            rf"(?:[ \t]+(?!(?:{alternation(self.words('route_stops'))})(?!\w))[^\W\d_][\w]*){{0,8}}",
            re.IGNORECASE,
        )
        self._route_lead = re.compile(
            r"(?<!\w)(?:entrando|yendo|subiendo|bajando|llegando|saliendo|going|entering)\s+(?:por|a|hasta|up|down|"
            r"along|into)\s+(?:(?:el|la|the)\s+)?$",
            re.IGNORECASE,
        )
        self._lead = re.compile(
            rf"(?:a\s+(?=la\s+altura))?(?:(?:el|la|los|las|the|o|a)\s+)?(?:{alternation(self.words('landmarks'))})\s+"
            rf"(?:(?:de|del|of|da|do)\s+)?(?:(?:la|el|the|a|o)\s+)?$",
            re.IGNORECASE,
        )
        months = alternation({*self.words("months"), *(fold(m) for m in self.words("months"))})  # "março", "marco"
        self._dated = re.compile(rf"[ \t]+(?:\d{{1,2}}|[^\W\d_]+)[ \t]+(?i:de)[ \t]+(?i:{months})(?!\w)")
        # English order, the number first: "45 Main Street", "1207 N. Lake Ave"
        self._number_first = re.compile(
            rf"(?<![\w.,])\d{{1,5}}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){{1,3}}"
            rf"(?:{alternation(self.words('english_street_suffixes'))})(?!\w)\.?"
        )
        # "…410, oficina 203", "… 1250 dpto. 5-B": the unit inside the building, after a house number only
        spoken = rf"(?i:(?:{num})(?:[ \t]+(?:(?:y|e|and)[ \t]+)?(?:{num})(?!\w)){{0,3}})"
        self._unit = re.compile(
            rf"[ \t]*,?[ \t]*(?i:{alternation(self.words('unit_words'))})\.?[ \t]*"
            rf"(?i:n[°º.o]?[ \t]*|nro\.?[ \t]*|#[ \t]*)?(?:\d{{1,5}}(?:-?[A-Za-z](?!\w))?|{spoken})(?!\w)"
        )
        # "tercer piso", "3er piso", "2º andar", "third floor": the floor phrase, after, before or leading a unit
        floor = (
            rf"(?i:{alternation(self.words('floor_ordinals'))}|\d{{1,2}}[ \t]?(?:{_ORDINAL_ENDINGS}))"
            rf"[ \t]+(?i:{alternation(self.words('floor_words'))})"
        )
        self._floor = re.compile(rf"[ \t]*,?[ \t]*{floor}(?!\w)")
        self._fare_words = {fold(w) for w in self.words("fare_words")}
        self._fare_before = re.compile(
            rf"(?<!\w)(?:{alternation(self.words('fare_cues_before'))})[ \t]+"
            r"(?:(?:el|la|los|las|su|sus|mi|mis|tu)[ \t]+)?$",
            re.IGNORECASE,
        )
        self._fare_after = re.compile(rf"[ \t]*(?:{alternation(self.words('fare_words_after'))})(?!\w)", re.I)
        # the road named by where it goes: "kilómetro doce de la carretera a huánuco", "the road to Recuay"
        self._road_end = re.compile(rf"(?i:{alternation(self.words('road_words'))})[ \t]*$")
        self._road_to = re.compile(
            r"[ \t]+(?i:a|hacia|para|pra|to|towards|rumbo[ \t]+a)[ \t]+"
            r"(?P<place>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
        )
        # "en el segundo piso del jr. huallaga 455": the floor said before the street it is on
        self._floor_before = re.compile(
            rf"(?<!\w)(?:(?i:el|the|o)[ \t]+)?{floor}[ \t]+(?i:del|de[ \t]+la|de|da|do|of[ \t]+the|of)[ \t]+$"
        )
        # a block and a lot said after a settlement's name ("manzana f lote doce", "mz. B lt. 4")
        self._block_lot = re.compile(
            rf"(?i:manzana|mz)\.?[ \t]+(?:[A-Za-z]\d?|\d{{1,3}}|{letter_names})[ \t]*,?[ \t]*(?i:lote|lt)(?!\w)"
        )
        # "la panamericana sur kilómetro 446", "the highway at km 12": the road said before its kilometre
        self._road_before_km = re.compile(
            rf"(?<!\w)(?:(?i:la|el|the|a|o)[ \t]+)?(?i:{alternation(self.words('road_words'))})"
            rf"(?:[ \t]+(?i:{bearing}))?[ \t]*,?[ \t]*(?:(?i:en|at|no|na)[ \t]+(?:(?i:el|the|o)[ \t]+)?)?\Z"
        )
        self._km = re.compile(r"(?i:km|kil[oó]metro|kilometre|kilometer)(?!\w)")
        # rooms of one building: "habitaciones 305 y 307", "rooms 12 and 14"; the floor said before them,
        # "tercer piso, habitación 305" (writers include the floor in the address)
        rooms = alternation(self.words("room_words"))
        self._room = re.compile(rf"(?i:{rooms})(?!\w)")
        self._more_rooms = re.compile(r"[ \t]*(?:,|(?i:y|and|e))[ \t]+\d{1,5}(?!\w)(?![ \t]*[^\W\d_]{3})")
        self._floor_lead = re.compile(rf"(?<!\w)(?:(?i:el|the|o)[ \t]+)?{floor}[ \t]*,?[ \t]*\Z")
        self._quantity = re.compile(rf"[ \t]*(?i:{alternation(self.words('quantity_nouns'))})(?!\w)")
        # "canto grande paradero doce", "por la marina paradero 5": a numbered bus stop and the area it is in
        self._bus_stop = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('bus_stops') + self.words('berths'))})"
            rf"[ \t]+(?:\d{{1,3}}|{spoken})(?!\w)"
        )
        # a bus stop by its name: "el paradero la curva de pamplona", "el paradero Puente Nuevo"
        self._named_stop = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('bus_stops'))})(?:[ \t]+(?i:de|del|do|da))?(?=[ \t])"
        )
        self._area_lead = re.compile(
            r"(?<!\w)(?i:en|por|de|del|desde|hasta|a|al|in|em|no|na|at|near)[ \t]+(?:(?i:la|el|los|las|the)[ \t]+)?"
        )
        self._area_before = re.compile(r"(?P<area>(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+)[ \t]*,?[ \t]+$")
        # "X con Y", "Mz. B, lote 4, del sector Z": joiners (and commas) between two parts of one address
        self._joiner = re.compile(
            rf"^[\s,]*(?:(?:{alternation(self.words('joiners'))})(?:[\s,]+|$))+(?:(?:el|la|the)\s+)?", re.I
        )

    def _with_street(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        first = WORD_RE.match(fold(text[start:end]))
        if not first or first.group() not in self._block_words:
            return span
        m = self._street_before_block.search(text[max(0, start - 60) : start])
        if not m or any(fold(w) in stop_words() for w in m.group(1).split()):
            return span
        return max(0, start - 60) + m.start(), end

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        spans = [s for s in (self._street_or_numbered(text, m, lowercase) for m in self._street.finditer(text)) if s]
        spans += [(m.start(), m.end()) for m in self._number_first.finditer(text)]
        # "quedó cuarto 2 veces", "piso 3 años": a count after the place word is no place's number
        spans += [
            (m.start(), m.end()) for m in self._numbered.finditer(text) if not self._quantity.match(text, m.end())
        ]
        spans += [(m.start(), m.end()) for m in self._lettered.finditer(text)]
        spans += [(m.start(), m.end()) for m in self._unit_of_compound.finditer(fold_same_offsets(text))]
        spoken_in = fold_same_offsets(text)  # number words are listed without accents ("dieciséis" -> "dieciseis")
        spans += [
            (m.start(), m.end())
            for m in self._spoken_numbered.finditer(spoken_in)
            if not self._quantity.match(text, m.end())  # "la habitación tres camas", "el cuarto dos veces"
        ]
        spans = [self._with_street(text, s) for s in spans]
        spans += [(m.start(), m.end()) for m in _COORD.finditer(text)]
        spans += [(m.start(), m.end()) for m in self._spoken_block.finditer(text)]
        spans += [self._with_area(text, m) for m in self._bus_stop.finditer(spoken_in)]
        spans += [s for s in (self._stop_name(text, m, lowercase) for m in self._named_stop.finditer(text)) if s]
        for start, end in self._join(text, sorted(spans)):
            if part := self._part.match(text, end):
                end = part.end()
            while re.search(r"\d", text[start:end]) and (
                unit := self._unit.match(spoken_in, end) or self._floor.match(spoken_in, end)
            ):
                end = unit.end()
            if self._room.match(text, start):
                while more := self._more_rooms.match(text, end):
                    end = more.end()
                while unit := self._floor.match(spoken_in, end):
                    end = unit.end()
                if floor_lead := self._floor_lead.search(spoken_in[max(0, start - 30) : start]):
                    start = max(0, start - 30) + floor_lead.start()
            end = self._destination_end(text, start, end, lowercase)
            while route := self._route.match(text[end:]):
                if not route.group().strip():
                    break
                end += route.end()
            route_lead = self._route_lead.search(text[max(0, start - 30) : start])
            if route_lead:
                start = max(0, start - 30) + route_lead.start()
                yield Match("ADDRESS", start, end, self.score)
                continue
            road = self._km.match(text, start) and self._road_before_km.search(text[max(0, start - 40) : start])
            if road:
                yield Match("ADDRESS", max(0, start - 40) + road.start(), end, self.score)
                continue
            lead = self._lead.search(text[max(0, start - 40) : start])
            floor = self._floor_before.search(spoken_in[max(0, start - 40) : start])
            if floor and re.search(r"\d", text[start:end]):
                start = max(0, start - 40) + floor.start()
            elif lead:
                start = max(0, start - 40) + lead.start()
            else:  # "la manzana H1": the article belongs to it, as for streets
                article = re.search(r"(?<!\w)(?:la|el|o|a|the)[ \t]+$", text[max(0, start - 4) : start], re.I)
                start -= len(article.group()) if article else 0
            yield Match("ADDRESS", start, end, self.score)

    def _destination_end(self, text: str, start: int, end: int, lowercase: bool) -> int:
        """A road named by where it goes ("carretera a huanuco", "road to Recuay", "estrada para Santarém"):
        the place after "a/to/para" belongs to the address when the gazetteer knows it (or, in cased text,
        it is capitalised)."""
        if not self._road_end.search(text[start:end]):
            return end
        to = self._road_to.match(text, end)
        if not to:
            return end
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", to.group("place")))
        for n in range(len(words), 0, -1):
            name = to.group("place")[: words[n - 1].end()]
            known = fold(name) in places()
            capitalised = not lowercase and all(w.group()[0].isupper() for w in words[:n])
            if known or capitalised:
                return to.start("place") + words[n - 1].end()
        return end

    def _stop_name(self, text: str, m: re.Match[str], lowercase: bool) -> tuple[int, int] | None:
        """A bus stop named, not numbered: a place the gazetteer knows said with its article ("paradero la
        curva", "paradero de la curva") or, in cased text, capitalised words ("paradero Puente Nuevo"); then
        "de" + a place or a word no dictionary knows ("… de pamplona alta"). "el paradero de Ate" is only Ate."""
        end = article_place_end(text, m.end())
        if end is None and not lowercase:
            cap = re.match(r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][^\W\d_]+){2,3}", text[m.end() :])
            words = [fold(w) for w in cap.group().split()] if cap else []
            if (
                cap
                and not any(w in not_names() for w in words)
                and (words[-1] not in stop_words() or words[-1] in self._name_adjectives)
            ):
                end = m.end() + cap.end()  # not "En el paradero La Policía la esperaba"
        if end is None:
            return None
        while more := re.match(r"[ \t]+(?:de|del|da|do)[ \t]+([^\W\d_]+)", text[end:], re.IGNORECASE):
            word = more.group(1)
            if not (fold(word) in places() or looks_unknown(word) or (not lowercase and word[0].isupper())):
                break
            end += more.end()
            adj = re.match(r"[ \t]+([^\W\d_]+)", text[end:])
            if adj and fold(adj.group(1)) in self._name_adjectives:
                end += adj.end()  # "pamplona alta"
        return m.start(), end

    def _with_area(self, text: str, m: re.Match[str]) -> tuple[int, int]:
        """The area a bus stop is in, said right before it after a preposition ("por canto grande paradero
        doce", "at the fishing terminal south pier, berth 3"): up to four words, none a function word;
        "en el paradero 5" names only the stop."""
        before = text[max(0, m.start() - 60) : m.start()]
        # the widest area with no function word: "de san juan de lurigancho por canto grande paradero doce"
        for lead in self._area_lead.finditer(before):
            area = self._area_before.fullmatch(before, lead.end())
            if area:
                words = re.findall(r"[^\W\d_]+", area.group("area"))
                if not any(fold(w) in stop_words() and fold(w) not in self._name_adjectives for w in words):
                    return max(0, m.start() - 60) + area.start("area"), m.end()
        return m.start(), m.end()

    def _street_or_numbered(self, text: str, m: re.Match[str], lowercase: bool) -> tuple[int, int] | None:
        """Cased text where Whisper left the street's name in lowercase ("na rua das flores número 32"):
        read as lowercase speech, and kept only with its house number."""
        if m.group().endswith(".") and len(m.group()) > 6:
            return None  # "… de la carretera. Dice que…": after a whole word the dot ends the sentence
        if fold(m.group()) in self._fare_words and (
            self._fare_before.search(text[max(0, m.start() - 30) : m.start()]) or self._fare_after.match(text, m.end())
        ):
            return None  # "le pagaron el pasaje", "el pasaje de ida": the fare, no alley
        span = self._street_span(text, m, lowercase)
        if span is None and not lowercase:
            span = self._street_span(text, m, True)
            if span is not None and not text[span[0] : span[1]].rstrip()[-1:].isdigit():
                return None
        return span

    def _street_span(self, text: str, m: re.Match[str], lowercase: bool) -> tuple[int, int] | None:
        """The street type plus its name (capitalised words, or a few words in lowercase text)."""
        pos = m.end()
        name_end = None
        words = 0
        joined = 0  # connectors inside the name ("avenida los incas")
        stops = stop_words()
        connectors = {"de", "del", "la", "las", "los", "el", "san", "santa", "da", "do", "dos", "das", "sao", "santo"}
        rural = fold(re.sub(r"\s+", " ", m.group().rstrip("."))) in self._rural
        dated = self._dated.match(text, pos)
        if dated:  # "rua seis de agosto", "avenida 28 de julio": streets named after a date
            name_end = dated.end()
            words = 2
        scan = dated.end() if dated else pos
        pending = None  # the end of ordinary words read as a rural name, kept if a block or lot follows
        last = 0
        for tok in re.finditer(r"\s*([^\W_][\w'’.-]*)", text[scan : scan + 80]):
            # round 28: a name does not run over a question's end or a new turn ("¿… del edificio?\nEn la calle …")
            if any(c in "?!¿¡\n" for c in text[scan + last : scan + tok.start(1)]):
                break
            last = tok.end()
            word = tok.group(1)
            key = fold(word)
            if word[0].isdigit():
                break
            if key in self._numbered_words:
                if name_end is None and pending is not None and self._block_lot.match(text, scan + tok.start(1)):
                    name_end = pending  # "pueblo joven la union manzana f lote doce": a block names the settlement
                break  # "nueva esperanza manzana c": the block starts another part of the address
            if key in connectors:
                if words > 3:
                    break
                joined += 1
                continue
            if lowercase:
                if key in stops and key not in self._name_adjectives or words >= 3:
                    break
            elif not word[0].isupper():
                break
            if rural and lowercase and name_end is not None and not (looks_unknown(word) or key in places()):
                break  # "comunidad nativa panan dos chicas": the name has ended
            words += 1
            if rural and lowercase and not (looks_unknown(word) or key in places()):
                # "comunidad nativa cerca del río" names no community; "centro poblado de santa rosa
                # de huayán" does: ordinary words count only when a word no dictionary knows ends the name
                pending = scan + tok.end()
                continue
            name_end = scan + tok.end()
        if name_end is None:
            return None
        number = re.match(_NUMBER, text[name_end:])
        if number and self._quantity.match(text, name_end + number.end()):
            number = None  # "El pasaje costó 70 soles": an amount, no house number
        end = name_end + (number.end() if number else 0)
        block = re.match(r"\s*,?\s*(?:cuadra|block|quadra)\s+\d{1,3}", text[end:], re.IGNORECASE)
        if block:
            end += block.end()
        type_word = fold(re.sub(r"\s+", " ", m.group().rstrip(".")))
        name = fold(re.sub(r"[^\w\s]+|\s+$", "", text[pos:name_end]).strip())
        name = re.sub(r"^(?:de|del|de la|da|do)\s+", "", name)
        wide = places().get(name)
        if type_word in self._generic and not number and wide and wide.kind not in ("town",):
            return None  # "la comunidad de Huancabamba": a district named, no address
        last_word = re.findall(r"[^\W\d_]+", text[pos:name_end])[-1]
        known_name = looks_unknown(last_word) or fold(last_word) in places()  # "jirón tarapacá"
        if lowercase and not number and words + min(joined, 1) < 2 and not known_name:
            return None  # "la calle estaba oscura": a lone lowercase word is not a street name
        # "por la avenida América Norte": the article belongs to the street's name as people say it
        article = re.search(r"(?<!\w)(?:la|el|o|a|the)[ \t]+$", text[max(0, m.start() - 4) : m.start()], re.I)
        return (m.start() - len(article.group()) if article else m.start()), end

    def _join(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Merge overlapping spans and intersections ("X con Y", "X y Z", "X, Mz. B Lote 4")."""
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged:
                gap = text[merged[-1][1] : start]
                if "\n" in gap and start > merged[-1][1]:
                    merged.append((start, end))  # one turn's place and the next turn's are two places
                    continue
                if start <= merged[-1][1] or self._joiner.match(gap) and self._joiner.match(gap).end() == len(gap):
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                    continue
                if re.fullmatch(r"\s*,?\s*", gap):
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                    continue
            merged.append((start, end))
        return merged
