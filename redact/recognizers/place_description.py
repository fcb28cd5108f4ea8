"""Precise place descriptions that locate a house without a street name:
"la casa verde frente al mercado", "the gate with the painted cacao pod"."""

from __future__ import annotations

import re

from redact.lexicon import (
    article_place_end,
    fold,
    is_ordinary_word,
    looks_unknown,
    mostly_lowercase,
    places,
    stop_words,
    word_frequency,
)
from redact.numbers import HUNDREDS, TEENS, TENS, UNITS
from redact.recognizers.base import Match, RuleRecognizer, alternation
from redact.recognizers.spacy_tokens import token_at
from redact.registry import register

_LOCATING_VERBS = {
    "is",
    "es",
    "e",
    "esta",
    "queda",
    "fica",
    "was",
    "era",
    "sao",
    "son",
    "estan",
    "quedan",
    "vive",
    "lives",
    "estaba",
    "ficava",
}


# a landmark's name said with its article right after it ("paradero la curva", "mercado El Progreso")
_ARTICLE_NAME = re.compile(
    r"[ \t]+(?i:el|la|los|las|o|a|os|as)[ \t]+([A-ZÁÉÍÓÚÑ][^\W\d_]*)(?:[ \t]+[A-ZÁÉÍÓÚÑ][^\W\d_]*)?"
)
# titles and people, capitalised at times, that are no landmark's name ("al lado del grifo la Señora Rosa")
_NOT_PLACE_NAMES = {"senora", "senor", "senorita", "don", "dona", "doctor", "doctora", "profesor", "profesora",
                    "tia", "tio", "madre", "padre", "hermana", "hermano", "policia", "fiscal"}  # fmt: skip


@register("place_description")
class PlaceDescriptionRecognizer(RuleRecognizer):
    ENTITIES = ("ADDRESS",)

    def __init__(self, language: str, score: float = 0.6, **params):
        super().__init__(language, score, **params)
        det = alternation(self.words("determiners"))
        noun = alternation(self.words("place_nouns"))
        anchor = alternation(self.words("anchors"))
        # noun phrase: determiner (+ one word: "la segunda casa") + place noun + up to 5 more words
        # (may cross one comma)
        self._pattern = re.compile(
            rf"(?<!\w)(?:{det})\s+(?:[^\W\d_][\w-]*[ \t]+){{0,2}}(?:{noun})(?!\w)"
            rf"(?:[ \t]+[^\W\d][\w'’-]*|,(?=[ \t]+(?:{anchor})(?!\w))){{0,6}}?"
            rf"[ \t]+(?:{anchor})(?!\w)"
            rf"(?:(?:[ \t]+[\w'’-]+){{1,6}}?(?=\s*(?:[.;:?!\n]|,|$|\s+(?:y|and|e|pero|but|donde|where)\s))"
            rf"|(?:[ \t]+[\w'’-]+){{1,4}})",
            re.IGNORECASE,
        )

        # "detrás del colegio Inmaculada", "pasando la posta", "behind the church": anchor + landmark + its name
        distance = (
            rf"(?:a|about|como\s+a|at|uns|unas|unos)\s+(?:[^\W_]+\s+){{1,2}}?(?:{alternation(self.words('distance_units'))})"
            r"\s+(?:de|del|da|do|from|of|away\s+from)"
        )
        self._landmark = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('landmark_anchors'))}|{distance})\s+"
            r"(?:(?i:el|la|los|las|the|o|a)\s+)?"  # not "un grifo": any gas station is no address
            rf"(?i:{alternation(self.words('landmarks'))})(?!\w)"
        )
        # a house told by its looks: "la casa que tiene rejas verdes", "the house with the red door" (not
        # "una casa de dos pisos": a house of a kind is no particular house)
        self._looks = re.compile(
            rf"(?<!\w)(?:{alternation(self.words('definite_determiners'))})\s+(?:[^\W\d_]+[ \t]+)?"
            rf"(?:{alternation(self.words('house_nouns'))})(?!\w)[ \t]+"
            rf"(?:{alternation(self.words('house_connectors'))})(?P<rest>(?:[ \t]+[^\W_]+){{1,8}})",
            re.IGNORECASE,
        )
        landmark = alternation(self.words("landmarks"))
        place = alternation([*self.words("place_nouns"), *self.words("landmarks")])
        # "segundo piso encima de una farmacia": a floor over a shop is where someone lives, even "una"
        self._floor = re.compile(
            r"(?<!\w)(?:(?:el|the|o)\s+)?(?:primer|primero|segundo|tercer|tercero|cuarto|quinto|[1-9](?:er|do|ro|to|°|º)?"
            r"|first|second|third|fourth|top|primeiro|segundo|terceiro)\s+(?:piso|floor|andar)\s+"
            r"(?:encima|arriba|sobre|above|over|en\s+cima|em\s+cima|acima)(?:\s+(?:de|del|da|do|of))?\s+"
            rf"(?:(?:un|una|la|el|a|the|uma|um|o)\s+)?(?:{landmark})(?!\w)",
            re.IGNORECASE,
        )
        # "un bar flotante amarillo pasando el embarcadero": the place a landmark locates comes before it
        self._landmark_lead = re.compile(
            rf"(?<!\w)(?:{det})\s+(?:{place})(?!\w)(?P<words>(?:[ \t]+[^\W\d_]+){{1,3}}?)[ \t]*,?[ \t]*$", re.IGNORECASE
        )
        self._features = {fold(w) for w in self.words("house_features")}
        self._house_joiners = {fold(w) for w in self.words("house_joiners")}
        self._name_word = re.compile(r"[ \t]+((?:de|del|de la|do|da|y|e|and)[ \t]+)?([^\W\d_][\w'’-]*)")
        self._modifier_word = re.compile(r"[ \t]+([^\W\d_]+)")
        self._modifiers = {fold(w) for w in self.words("landmark_modifiers")}
        self._street_words = {fold(w) for w in self.words("street_words")}
        self._geo_name = re.compile(
            r"[ \t]+(?i:de[ \t]+la|de[ \t]+los|del|de|of[ \t]+the|of|do|da|over[ \t]+the)[ \t]+"
            rf"(?i:{alternation(self.words('geographic_nouns'))})[ \t]+(?P<name>[^\W\d_][\w'’-]*)"
        )
        # what a description goes on with: ", the blue gate", "on the road to Recuay", "y la casa de
        # esteras": more of the same place, joined to the landmark it follows
        house = alternation(self.words("place_nouns"))
        self._more_noun = re.compile(
            rf"(?:[ \t]*,)?[ \t]+(?:(?:y|and|e)[ \t]+)?(?i:{det})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}(?i:{house})(?!\w)"
            rf"(?:[ \t]+(?i:de|del|da|do|with|con|com)[ \t]+(?:(?i:la|el|the|a|o)[ \t]+)?[^\W\d_]+)?"
        )
        # "…, subiendo del puquio", "…, behind the chapel": one more anchor and whatever it names (a landmark
        # already found, the next anchor needs no known landmark); not "cerca de / near / perto de" (writers
        # leave those out)
        near = ("cerca", "near", "perto", "close")
        anchors = [a for a in self.words("landmark_anchors") if not fold(a).startswith(near)]
        self._anchor_more = re.compile(
            rf"(?:[ \t]*,)?[ \t]+(?i:{alternation(anchors)})[ \t]+"
            r"(?:(?i:el|la|los|las|the|o|a|os|as|un|una|um|uma)[ \t]+)?(?P<noun>[^\W\d_][\w'’-]*)"
        )
        self._landmark_word = re.compile(rf"(?i:{alternation(self.words('landmarks'))})(?!\w)")
        self._way = re.compile(
            r"(?:[ \t]*,)?[ \t]+(?i:en[ \t]+la|en[ \t]+el|por[ \t]+la|por[ \t]+el|na|no|pela|pelo|on[ \t]+the|"
            r"in[ \t]+the|along[ \t]+the)"
            rf"[ \t]+(?i:{alternation(self.words('way_streets'))})[ \t]+(?i:que|that|which)[ \t]+"
            rf"(?i:{alternation(self.words('way_verbs'))})(?!\w)"
            r"(?:[ \t]+(?i:down|up|para|pra|pro|a|al|hacia|to|toward|towards))*"
            r"(?:[ \t]+(?i:el|la|los|las|the|o|a|os|as))?[ \t]+(?P<noun>[^\W\d_][\w'’-]*)"
        )
        # "avenida Los Ficus cuadra 9, al lado de un lavacarro": a block is a hundred metres of street, and
        # even "un X" picks the house in it (after a house number, or alone, "al frente de un grifo" is any
        # gas station and locates nothing more)
        self._after_number = re.compile(
            r"(?<!\w)(?i:cuadra|quadra|block|km|kil[oó]metro)[ \t]+\d{1,3}"
            rf"[ \t]*,[ \t]*(?P<anchor>(?i:{alternation(anchors)}))[ \t]+(?i:un|una|an|a|um|uma)[ \t]+"
            rf"(?i:{landmark})(?!\w)"
        )
        # a chain said before a landmark: "… al costado de la chata azul frente al mercadillo": the anchor, the
        # thing it points at (a noun) and up to two words describing it
        self._anchor_before = re.compile(
            rf"(?<!\w)(?i:{alternation(anchors)})[ \t]+(?:(?i:el|la|los|las|the|o|a|os|as)[ \t]+)?"
            r"(?P<noun>[^\W\d_][\w'’-]*)(?P<words>(?:[ \t]+[^\W\d_]+){0,2})[ \t]*,?[ \t]*\Z"
        )
        # where in the place: "el muelle artesanal al fondo", "the pier at the back"
        self._where_in = re.compile(
            r"[ \t]+(?i:al[ \t]+fondo|a[ \t]+la[ \t]+derecha|a[ \t]+la[ \t]+izquierda|at[ \t]+the[ \t]+back|"
            r"ao[ \t]+fundo|no[ \t]+fundo)[ \t]*,?[ \t]*\Z"
        )
        # a landing or stop told by what waits there: "do cais do porto onde ficam os barcos de carga", "el
        # muelle donde paran las lanchas a Iquitos", "the dock where the cargo boats are"
        self._where_kept = re.compile(
            r"(?<!\w)(?i:el|la|the|o|a|do|da|del|al|no|na)[ \t]+"
            rf"(?i:{alternation(self.words('landing_nouns'))})(?!\w)"
            r"(?:[ \t]+(?i:do|da|del|de[ \t]+la|of[ \t]+the)[ \t]+[^\W\d_]+)?"
            r"[ \t]+(?i:onde|donde|where)[ \t]+(?:(?i:se)[ \t]+)?"
            rf"(?i:{alternation(self.words('landing_verbs'))})(?!\w)[ \t]+(?i:os|as|los|las|the|o|a|el|la)"
            rf"[ \t]+(?i:{alternation(self.words('landing_things'))})(?!\w)"
            r"(?:[ \t]+(?i:de|del|da|do|a|al|para|pra|to|for)[ \t]+[^\W\d_]+)?"
        )
        stop = alternation(self.words("stop_nouns"))
        self._stop_lead = re.compile(
            rf"(?<!\w)(?i:el|la|the|o|a)[ \t]+(?i:{stop})[ \t]+(?i:de|del|of|do|da|for)[ \t]+"
            rf"(?:(?i:los|las|the|os|as)[ \t]+)?(?i:{alternation(self.words('vehicles'))})[ \t]+"
            r"(?:(?i:que[ \t]+(?:van|salen|vão|vao|saem)[ \t]+)?(?i:a|al|para|pra|to|hacia|for)[ \t]+)"
            r"(?:[^\W\d_]+[ \t]+){0,2}?[^\W\d_]+[ \t]*,?[ \t]*$"
        )
        self._road = re.compile(
            rf"(?:[ \t]*,)?[ \t]+(?i:{alternation(self.words('road_phrases'))})(?!\w)"
            rf"(?P<name>(?:[ \t]+[^\W\d_][\w'’-]*){{1,3}})"
        )

        # round 10: a numbered stall in a named market ("puesto 87 del mercado modelo", "stall 12 at the
        # Central Market", "banca 5 da feira do Ver-o-Peso"): the number picks one place out of the market
        market = alternation(self.words("market_nouns"))
        # the stall noun and an optional "n°/nro./number" before its number, shared by both stall shapes
        stall = (
            rf"(?i:{alternation(self.words('stall_nouns'))})[ \t]+"
            r"(?:(?i:n[°º.]?|nro\.?|número|numero|number|no\.?)[ \t]*)?"
        )
        self._stall = re.compile(
            rf"(?<!\w){stall}"
            r"\d{1,4}[a-zA-Z]?(?!\w)[ \t]+(?i:del|de[ \t]+la|de|at[ \t]+the|in[ \t]+the|of[ \t]+the|do|da|no|na)"
            rf"[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*[ \t]+){{0,2}}(?i:{market})(?!\w)"
        )
        # round 13: the market named first, then the stall, its number in figures or words ("en el mercado tupac
        # amaru puesto ciento doce", "no mercado central banca 14")
        num = "|".join(sorted((re.escape(w) for w in [*UNITS, *TEENS, *TENS, *HUNDREDS]), key=len, reverse=True))
        self._market_stall = re.compile(
            rf"(?<!\w)(?i:{market})(?P<name>(?:[ \t]+[^\W\d_][\w'’-]*){{1,3}}?)[ \t]+{stall}"
            rf"(?:\d{{1,4}}[a-zA-Z]?|(?i:{num})(?:[ \t]+(?:y[ \t]+|e[ \t]+)?(?i:{num})){{0,3}})(?!\w)"
        )
        self._ranking = re.compile(rf"(?<!\w)(?i:{alternation(self.words('ranking_verbs'))})(?!\w)[^.!?\n]*\Z")
        # round 10: a street corner said with both streets, in any case ("la esquina de calle real con
        # giráldez", "the corner of Main and 5th", "a esquina da rua Bahia com Goiás")
        self._corner = re.compile(
            r"(?<!\w)(?:(?i:la|the|a)[ \t]+)?(?i:esquina|corner)[ \t]+(?i:de|del|of|da|do)[ \t]+"
            r"(?P<a>(?:[^\W_][\w'’-]*[ \t]+){1,3}?)"
            r"(?i:con|y|and|com|e|with)[ \t]+(?P<b>[^\W_][\w'’-]*(?:[ \t]+[^\W_][\w'’-]*){0,2})"
        )

        # round 10: a landing named right after its noun, its article and all, in lowercase speech too ("sale
        # del puerto la hoyada", "del embarcadero el tablazo", "no porto da manaquiri")
        self._landing_name = re.compile(
            rf"(?<!\w)(?i:{alternation(self.words('named_landing_nouns'))})[ \t]+(?i:la|el|los|las|da|do|das|dos)"
            r"[ \t]+(?P<name>[^\W\d_][\w'’-]*)"
        )

    def find(self, text, nlp_artifacts):
        lowercase = mostly_lowercase(text)
        yield from self._stalls_and_corners(text, nlp_artifacts)
        yield from self._named_landings(text, nlp_artifacts, lowercase)
        for m in self._pattern.finditer(text):
            yield Match("ADDRESS", m.start(), m.end(), self.score)
        for m in self._looks.finditer(text):
            end = None
            for w in re.finditer(r"[^\W_]+", m.group("rest")):
                key = fold(w.group())
                if key in stop_words() and key not in self._features and key not in self._house_joiners:
                    if end is not None:
                        break
                if fold(w.group()) in self._features:
                    end = m.start("rest") + w.end()
            if end is not None:
                yield Match("ADDRESS", m.start(), end, self.score - 0.1)
        for m in self._floor.finditer(text):
            yield Match("ADDRESS", m.start(), m.end(), self.score)
        found: list[list[int]] = []
        for m in self._landmark.finditer(text):
            end = self._modifiers_end(text, m.end(), nlp_artifacts)
            end = self._landmark_name_end(text, end, lowercase, nlp_artifacts)
            end = self._continuation_end(text, end, lowercase, nlp_artifacts)
            start = m.start()
            start = self._chain_before(text, start, nlp_artifacts)
            stop_lead = self._stop_lead.search(text[max(0, start - 60) : start])
            lead = self._landmark_lead.search(text[max(0, start - 60) : start])
            if stop_lead and "\n" not in stop_lead.group():
                start = max(0, start - 60) + stop_lead.start()  # "el paradero de los autos a aguaytia frente al …"
            elif lead and "\n" not in lead.group() and self._describes(lead.group("words"), nlp_artifacts, lead, start):
                start = max(0, start - 60) + lead.start()
            if found and start >= found[-1][1] and re.fullmatch(r"[ \t]+", text[found[-1][1] : start]):
                found[-1][1] = end  # "perto do porto atrás da igreja azul": two landmarks, one place
            else:
                found.append([start, end])
        for m in self._where_kept.finditer(text):
            found.append([m.start(), m.end()])
        for m in self._after_number.finditer(text):
            end = self._modifiers_end(text, m.end(), nlp_artifacts)
            found.append([m.start("anchor"), self._landmark_name_end(text, end, lowercase, nlp_artifacts)])
        for start, end in found:
            yield Match("ADDRESS", start, end, self.score)

    def _describes(self, words: str, nlp, lead: re.Match[str], start: int) -> bool:
        """The words between a place noun and its landmark describe it ("flotante amarillo"), not
        "is" / "queda" saying where it is."""
        for w in re.finditer(r"[^\W\d_]+", words):
            if fold(w.group()) in stop_words() or fold(w.group()) in _LOCATING_VERBS:
                return False
        return True

    def _chain_before(self, text: str, start: int, nlp) -> int:
        """Anchors said before this one, each with what it points at ("al costado de la chata azul frente al
        mercadillo"), and where in a landmark that opens the chain ("el muelle artesanal al fondo …")."""
        for _ in range(2):
            before = text[max(0, start - 60) : start]
            m = self._anchor_before.search(before)
            if (
                not m
                or "\n" in m.group()
                or not self._is_noun(m.group("noun"), max(0, start - 60) + m.start("noun"), nlp)
            ):
                break
            if any(fold(w) in stop_words() for w in m.group("words").split()):
                break
            if self._landmark_word.match(m.group("noun")):
                break  # a known landmark is its own match ("detrás del colegio Santa Inés, pasando la posta")
            start = max(0, start - 60) + m.start()
        where = self._where_in.search(text[max(0, start - 20) : start])
        if where:
            head = max(0, start - 20) + where.start()
            lead = self._landmark_lead.search(text[max(0, head - 60) : head] + " ")
            if lead and "\n" not in lead.group():
                return max(0, head - 60) + lead.start()
        return start

    @staticmethod
    def _is_noun(word: str, pos: int, nlp) -> bool:
        """A thing a description can point at ("puquio", "lavacarro"), not a word of the sentence going on."""
        if fold(word) in stop_words():
            return False
        token = token_at(nlp, pos)
        return token is None or token.pos_ in ("NOUN", "PROPN")

    def _modifiers_end(self, text: str, end: int, nlp) -> int:
        """Adjectives of the landmark ("terminal terrestre", "mercado central", "posta médica"):
        spaCy's adjectives or the modifier list, two at most."""
        for _ in range(2):
            tok = self._modifier_word.match(text, end)
            if not tok:
                break
            word = tok.group(1)
            key = fold(word)
            token = token_at(nlp, tok.start(1))
            adjective = token is not None and token.pos_ == "ADJ" and key not in stop_words()
            if key not in self._modifiers and not adjective:
                break
            end = tok.end()
        return end

    def _continuation_end(self, text: str, end: int, lowercase: bool, nlp=None) -> int:
        """A description that goes on past its first landmark: "past the cemetery, the blue gate on the
        road to Recuay", "detrás de la iglesia, la puerta verde"."""
        for _ in range(3):
            noun = self._more_noun.match(text, end)
            if noun:
                end = self._modifiers_end(text, noun.end(), nlp)
                continue
            way = self._way.match(text, end)
            if way and fold(way.group("noun")) not in stop_words():
                end = self._landmark_name_end(text, self._modifiers_end(text, way.end(), nlp), lowercase, nlp)
                continue
            more = self._anchor_more.match(text, end)
            if (
                more
                and not self._landmark_word.match(text, more.start("noun"))  # a known landmark is its own match
                and self._is_noun(more.group("noun"), more.start("noun"), nlp)
            ):
                end = self._landmark_name_end(text, self._modifiers_end(text, more.end(), nlp), lowercase, nlp)
                continue
            road = self._road.match(text, end)
            if road:
                name_end = self._landmark_name_end(text, road.start("name"), lowercase, nlp)
                if name_end > road.start("name"):
                    end = name_end
                    continue
            break
        return end

    def _landmark_name_end(self, text: str, end: int, lowercase: bool, nlp=None) -> int:
        """The landmark's own name, if any: capitalised words, or in lowercase speech output words
        no dictionary knows and place names ("colegio Inmaculada", "capilla de ccota"); a name with its
        article right after the landmark, no "de" between, when the gazetteer knows it or it is capitalised
        ("paradero la curva de pamplona", "el mercado El Progreso")."""
        if known := article_place_end(text, end):
            end = known
        elif (
            not lowercase and (named := _ARTICLE_NAME.match(text, end)) and fold(named.group(1)) not in _NOT_PLACE_NAMES
        ):
            end = named.end()  # "el mercado El Progreso": capitalised after its article; not "la Señora Rosa"
        for _ in range(3):
            # round 10: "el puente de la quebrada tushmo", "the bridge of the river Tambo": a stream or hill
            # in the landmark's name counts only with its own name after it
            if (geo := self._geo_name.match(text, end)) and fold(geo.group("name")) not in stop_words():
                token = token_at(nlp, geo.start("name"))
                lemma = token.lemma_ if token is not None else None
                word = geo.group("name")
                if (looks_unknown(word, lemma) or fold(word) in places()) if lowercase else word[0].isupper():
                    end = geo.end()
                    continue
            tok = self._name_word.match(text, end)
            if not tok:
                break
            word = tok.group(2)
            token = token_at(nlp, tok.start(2))
            if token is not None and token.pos_ in ("VERB", "AUX"):
                break  # "detrás del mercado vende ropa"
            if (
                tok.group(1)
                and fold(tok.group(1).strip()) in ("y", "e", "and")
                and (lowercase or not word[0].isupper())
            ):
                break  # "colegio Fe y Alegría" is one name; "la posta y la iglesia" are two places
            if fold(word) in self._street_words:
                ok = True  # "above the bakery on jiron lampa"
            elif lowercase:
                lemma = token.lemma_ if token is not None else None
                ok = fold(word) not in stop_words() and (looks_unknown(word, lemma) or fold(word) in places())
            else:
                ok = word[0].isupper() and fold(word) not in stop_words()
            if not ok:
                break
            end = tok.end()
        return end

    def _stalls_and_corners(self, text, nlp):
        for m in self._stall.finditer(text):
            if self._ranking.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "quedó en el puesto 2 de la feria": a place in a ranking, no stall
            end = m.end()
            # the market's name: words after it that are no function word and no verb ("del mercado modelo
            # el puesto …" ends at "modelo"; "del mercado central vende …" at "central")
            for w in re.finditer(r"[ \t]+([^\W_][\w'’-]*)", text[end : end + 60]):
                if w.start() != (0 if end == m.end() else end - m.end()):
                    break
                token = token_at(nlp, m.end() + w.start(1))
                if fold(w.group(1)) in stop_words() or token is not None and token.pos_ in ("VERB", "AUX"):
                    break
                end = m.end() + w.end()
                if end - m.end() > 40:
                    break
            yield Match("ADDRESS", m.start(), end, self.score)
        for m in self._market_stall.finditer(text):
            if any(fold(w) in stop_words() for w in m.group("name").split()):
                continue  # "el mercado donde tiene su puesto 4": a clause, not the market's name
            if self._ranking.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            yield Match("ADDRESS", m.start(), m.end(), self.score)
        for m in self._corner.finditer(text):
            sides = []
            for side in ("a", "b"):
                words = list(re.finditer(r"[^\W_][\w'’-]*", m.group(side)))
                kept = []  # the words' matches, so the corner's end is where its last word ends
                for found in words:
                    w = found.group()
                    key = fold(w)
                    if key in self._street_words or (
                        kept
                        and fold(kept[-1].group()) in self._street_words
                        and key in {"el", "la", "los", "las", "san", "santa"}
                    ):
                        kept.append(found)
                        continue
                    if key in stop_words() and not w.isdigit():
                        break
                    kept.append(found)
                    if side == "b" and (is_ordinary_word(w) and not w[0].isupper()):
                        break
                sides.append((kept, len(words)))
            (a, a_words), (b, _) = sides
            if not a or not b or len(a) != a_words:
                continue
            texts = [w.group() for w in a + b]
            named = [w for w in texts if fold(w) not in self._street_words]
            street = any(fold(w) in self._street_words for w in texts)
            proper = all(w[0].isupper() or w[0].isdigit() or not is_ordinary_word(w) for w in named)
            if not named or not (street or proper):
                continue
            yield Match("ADDRESS", m.start(), m.start("b") + b[-1].end(), self.score)

    def _named_landings(self, text, nlp, lowercase: bool):
        """The name must be a name: a known place, or a rare word no dictionary knows ("hoyada"), never a
        verb, a common noun ("del puerto la lancha sale") or a function word; capitalised in written notes."""
        for m in self._landing_name.finditer(text):
            word = m.group("name")
            key = fold(word)
            if key in stop_words() or (not lowercase and not word[0].isupper()):
                continue
            token = token_at(nlp, m.start("name"))
            if token is not None and token.pos_ in ("VERB", "AUX"):
                continue
            lemma = token.lemma_ if token is not None else None
            if key in places() or (looks_unknown(word, lemma) and word_frequency(word) < 3.0):
                yield Match("ADDRESS", m.start(), m.end(), self.score)
