"""Named businesses that identify a place: "Bar La Estrella", "Minera San Juan", "Olas Libres Surf Hostel"."""

from __future__ import annotations

import re

from redact.lexicon import fold, is_name_word, is_ordinary_word, looks_unknown, mostly_lowercase, stop_words
from redact.numbers import small_number
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.registry import register

_DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:el|la|al|del|o|no|na)[ \t]+$", re.IGNORECASE)  # not "a": English
# "… e hijos", "… y asociados": the family or partners a business is named after
_FAMILY = re.compile(
    r"[ \t]+(?:y|e|&|and)[ \t]+(?:hijos|hijas|hermanos|asociados|cia|sons|brothers|filhos|irmãos)(?!\w)", re.I
)
# ordinals and numbers boats are named with ("eduardo quinto", "eduardo siete", "virgen de la puerta dos")
_BOAT_ORDINALS = {"primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno"}


def _boat_number(key: str) -> bool:
    """A cardinal redact.numbers reads below 100 ("siete", "once", "veinte") or an ordinal."""
    return key in _BOAT_ORDINALS or small_number(key) is not None


_NUMBERED = re.compile(r"[ \t]+(?:N\.?[ \t]*[°º]|Nro\.?|No\.|número|numero|nº|n°)[ \t]*\d{2,6}(?!\w)", re.IGNORECASE)
_WHOLE_WORD_SUFFIXES = {"Tours", "Lodge", "Travel", "Transportes", "Export"}
# adjectives names are made with that spaCy lists as stop words ("empresa de transportes nuevo amanecer")
_NAME_ADJECTIVES = {"nuevo", "nueva", "nuevos", "nuevas", "gran", "buen", "buena", "bueno", "primero", "primera"}
_NAME_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "&", "da", "do", "dos", "das", "of", "the"}


@register("organization")
class OrganizationRecognizer(RuleRecognizer):
    ENTITIES = ("ORGANIZATION",)

    def __init__(self, language: str, score: float = 0.65, **params):
        super().__init__(language, score, **params)
        self._prefix = re.compile(rf"(?<!\w)(?:{alternation(self.words('prefix_types'))})(?!\w)", re.IGNORECASE)
        # "un hospedaje que se llama bufeo colorado y…", "um bar chamado peixe boi": a business of a kind,
        # then its name however ordinary its words
        # "un bar en yanacancha que se llama …": where it is may come between the kind and its naming verb
        kinds = alternation(self.words("prefix_types") + self.words("named_kinds"))
        self._naming = re.compile(
            rf"(?<!\w)(?:{kinds})"
            r"(?:[ \t]+(?:en|cerca[ \t]+de|por|in|em|no|na|near)(?:[ \t]+[^\W\d_]+){1,3}?)?"  # not "de un homem"
            r"[ \t]+(?:(?:que[ \t]+)?se[ \t]+(?:llama|llamaba|chama|chamava)|llamad[oa]|chamad[oa]|called|named)[ \t]+",
            re.IGNORECASE,
        )
        self._vessel = re.compile(
            rf"(?<!\w)(?:el|la|the|o|a|al|del|na|no|da|do)[ \t]+(?i:{alternation(self.words('vessel_kinds'))})"
            r"(?P<name>(?:[ \t]+[^\W\d_]+){1,4})",
            re.IGNORECASE,
        )
        self._suffix = re.compile(rf"(?<!\w)(?:{alternation(self.words('suffix_types'))})(?!\w)\.?")
        # a firm named after a devotion ("transportes señor de los vientos"): its opening words, however ordinary
        self._devotion = re.compile(rf"[ \t]+(?:{alternation(self.words('devotion_openers'))})(?!\w)", re.IGNORECASE)
        # a vessel named after its kind and a comma ("a fishing vessel, the Jin Hai Long 608"): capitalised words,
        # a number or a Roman numeral closing the name
        self._vessel_apposition = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('vessel_kinds'))}),[ \t]+(?i:the|el|la|o|a)[ \t]+"
            r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|\d{1,5}))*)"
        )
        # a kind said with what it does ("la empresa de transportes …", "agencia de viajes …"): the name follows
        # the whole kind, so the complement is part of the kind, never the first word of the name
        self._complement = re.compile(
            rf"[ \t]+(?:de|del|da|do|of)[ \t]+(?:{alternation(self.words('kind_complements'))})(?!\w)", re.IGNORECASE
        )

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        taken = 0
        for m in self._prefix.finditer(text):
            if m.start() < taken:
                continue  # the complement of a kind already read ("empresa de transportes")
            definite = bool(_DEFINITE_BEFORE.search(text[max(0, m.start() - 5) : m.start()]))
            definite = definite or m.start() == 0 or text[m.start() - 1] == "\n"
            # in cased text a kind in lowercase names a business only after its article, when capitals follow
            # ("trabajo con la empresa Taxi Seguro Chimú"); "un restaurante en Santiago" is no name
            start = m.start()
            if not lowercase and not m.group()[0].isupper() and not self._preceded_by_naming(text, m.start()):
                if not (definite and re.match(r"[ \t]+[A-ZÁÉÍÓÚÑ]", text[m.end() :])):
                    continue
                # the name alone: the kind in lowercase is a common noun ("la empresa")
                start = m.end() + len(re.match(r"[ \t]*", text[m.end() :]).group())
            kind_end = m.end()
            while complement := self._complement.match(text, kind_end):
                kind_end = taken = complement.end()
            # a school or firm numbered before its name ("Institución Educativa N.° 50127 Virgen de la Natividad")
            numbered = _NUMBERED.match(text, kind_end)
            if numbered:
                kind_end = numbered.end()
            devotion = self._devotion.match(text, kind_end)
            if devotion and lowercase:
                end = self._devotion_end(text, devotion.end())
            else:
                end = self._name_end(text, kind_end, lowercase, definite) or (numbered.end() if numbered else None)
            if end:
                family = _FAMILY.match(text, end)  # "maderera ahuanari e hijos"
                yield Match("ORGANIZATION", start, family.end() if family else end, self.score)
        yield from self._named(text)
        yield from self._vessels(text, lowercase)
        for m in self._vessel_apposition.finditer(text):
            if fold(m.group("name").split()[0]) not in stop_words():
                yield Match("ORGANIZATION", m.start("name"), m.end("name"), self.score)
        if not lowercase:
            for m in self._suffix.finditer(text):
                start = self._name_start(text, m.start())
                if start is not None:
                    # a full stop after a whole word ends the sentence ("… Expreso Wari Tours."), not an abbreviation
                    end = m.end() - (m.group().endswith(".") and m.group()[:-1] in _WHOLE_WORD_SUFFIXES)
                    yield Match("ORGANIZATION", start, end, self.score)

    def _named(self, text: str):
        """The name after "<type> que se llama": up to four words, an article or "de" inside it, ending
        before a function word or a number ("… bufeo colorado y todas las noches", "… el tiburón night
        club en la avenida")."""
        for m in self._naming.finditer(text):
            words = list(re.finditer(r"[^\W\d_]+", text[m.end() : m.end() + 60]))
            kept = []
            for w in words:
                if text[m.end() + (kept[-1].end() if kept else 0) : m.end() + w.start()].strip():
                    break  # a comma, a full stop or a digit ends the name
                key = fold(w.group())
                if key in stop_words() and key not in _NAME_CONNECTORS or len(kept) >= 4:
                    break
                kept.append(w)
            while kept and fold(kept[-1].group()) in _NAME_CONNECTORS:
                kept.pop()
            if kept and any(fold(w.group()) not in _NAME_CONNECTORS for w in kept):
                # surer than the person rule's "se llama": what a hospedaje is called is no person
                yield Match("ORGANIZATION", m.end() + kept[0].start(), m.end() + kept[-1].end(), self.score + 0.25)

    def _vessels(self, text: str, lowercase: bool):
        """A boat named right after its kind ("se embarcó en la motonave eduardo quinto para lagunas"): the words
        up to a function word, the first a first name, a word no dictionary knows, or capitalised."""
        for m in self._vessel.finditer(text):
            kept = []
            for w in re.finditer(r"[^\W\d_]+", m.group("name")):
                key = fold(w.group())
                word = w.group()
                if _boat_number(key) or (kept and key in _NAME_CONNECTORS):
                    kept.append(w)  # "eduardo quinto"; "de" inside a name goes on ("virgen de la puerta")
                    continue
                if key in stop_words():
                    break  # "… quinto para lagunas"
                if kept and not (is_name_word(word) or looks_unknown(word) or (not lowercase and word[0].isupper())):
                    break  # "eduardo siete salieron": the name has ended
                kept.append(w)
            while kept and fold(kept[-1].group()) in _NAME_CONNECTORS:
                kept.pop()
            if not kept:
                continue
            first = kept[0].group()
            # in cased text a boat's name has its capital ("o barco volta" is a verb Spanish dictionaries miss)
            named = first[0].isupper() if not lowercase else is_name_word(first) or looks_unknown(first)
            if named and (len(kept) > 1 or not is_ordinary_word(first)):
                start = m.start("name")
                yield Match("ORGANIZATION", start + kept[0].start(), start + kept[-1].end(), self.score)

    @staticmethod
    def _devotion_end(text: str, pos: int) -> int:
        """End of a devotion's name after its opener: a word ("santa rosa"), then "de" and what it is of ("señor de
        los vientos", "santa rosa de lima"); any word, however ordinary, but no function word ("… y el dueño")."""
        end = pos
        word = r"[ \t]+(?P<w>[^\W\d_]+)"
        first = re.match(word, text[end:])
        if first and fold(first.group("w")) not in stop_words():
            end += first.end()
        of = re.match(r"[ \t]+(?:de|del|da|do)(?:[ \t]+(?:la|las|los|el|a|os|as))?" + word, text[end:], re.IGNORECASE)
        if of and fold(of.group("w")) not in stop_words():
            end += of.end()
        return end

    @staticmethod
    def _preceded_by_naming(text: str, start: int) -> bool:
        return bool(re.search(r"(?:se llama|called|named|chamad[oa])\s+$", text[max(0, start - 15) : start], re.I))

    @staticmethod
    def _name_end(text: str, pos: int, lowercase: bool, definite: bool = False) -> int | None:
        """End of the business name after its type word: capitalised words (a few words in
        lowercase text), connectors allowed inside ("Pollería El Leñador Dorado"). In lowercase text
        after "el/la" + type, two ordinary words right after the type are its name too ("el spa relax
        imperial"), not one ("el restaurante chino") nor a phrase ("el bar de la esquina")."""
        end = None
        count = 0
        ordinary = 0
        cursor = pos
        word_re = re.compile(r"[ \t]+([^\W_][\w'’&-]*|\d+)")
        while count < 5:
            tok = word_re.match(text, cursor)
            if not tok:
                break
            word = tok.group(1)
            key = fold(word)
            cursor = tok.end()
            if lowercase and "  " in tok.group():
                break  # two spaces: where a recogniser dropped the sentence's full stop
            if key in _NAME_CONNECTORS:
                if count == 0 and definite and lowercase and key not in {"el", "la", "los", "las"}:
                    definite = False  # "el bar de la esquina": a phrase, not a name
                continue  # counts only if a name word follows
            if lowercase:
                # "bar el minero feliz" (type, article, name) yes; "hostel right now" no
                after_article = fold(text[pos : pos + 5].strip().split(" ")[0]) in {"el", "la", "los", "las"}
                if key in stop_words() and key not in _NAME_ADJECTIVES or count >= 3:
                    break
                if not after_article and is_ordinary_word(word):
                    if not definite or count != ordinary:
                        break
                    ordinary += 1
            elif not (word[0].isupper() or word[0].isdigit()):
                break
            count += 1
            end = cursor
        if ordinary and count < 2:
            return None
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
