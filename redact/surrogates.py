"""Realistic fake values for the ``surrogate`` mode (training scenarios), in Peruvian formats
that Faker lacks (es_PE does not exist): mobiles 9xx xxx xxx, 8-digit DNIs, Jr./Av. addresses."""

from __future__ import annotations

import random
import re

from faker import Faker

from redact.lexicon import _data_lines, first_names, fold, places, surnames

_STREETS = ["Jr.", "Av.", "Calle", "Pasaje"]


class Surrogates:
    """One per call: the same original always gets the same fake value."""

    _DAYS = {
        "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    }

    def __init__(self, language: str, seed: int | None = None):
        self._language = language if language in self._DAYS else "es"
        locale = {"es": "es_MX", "en": "en_US", "pt": "pt_BR"}.get(language, "es_MX")
        self._rng = random.Random(seed)
        self._faker = Faker(locale)
        self._faker.seed_instance(self._rng.randrange(2**31))
        self._andean = [w for w in _data_lines("names", "extra_surnames.txt")]
        self._districts = sorted(p.name for p in places().values() if p.kind == "district")

    def value(self, entity_type: str, original: str) -> str:
        """A fake for ``original`` that shares no word or number of three or more characters with it: Faker's
        lists hold real names ("Ruth"), and a fake that kept one would leave the original in the scenario."""
        make = getattr(self, f"_{entity_type.lower()}", self._other_id)
        kept = _pieces(original)
        for _ in range(_TRIES):
            fake = make(original)
            if not kept & _pieces(fake):
                return fake
        return f"[{entity_type}]"  # never in practice; never the original either

    def _digits(self, original: str) -> str:
        """Same shape, other digits and letters: keeps '987 654 321' or 'V-27.384.519' looking real."""
        out = []
        for ch in original:
            if ch.isdigit():
                out.append(str(self._rng.randrange(10)))
            elif ch.isalpha() and ch.isascii() and len(original) < 20:
                out.append(self._rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch.isupper() else ch)
            else:
                out.append(ch)
        return "".join(out)

    def _person(self, original: str) -> str:
        words = len(original.split())
        first = self._faker.first_name()
        if words == 1:
            key = fold(original)
            if key in surnames() and key not in first_names():  # "la señora Mamani" keeps a surname
                first = self._rng.choice(self._andean)
            return first if original[:1].isupper() else first.lower()
        surname = self._rng.choice(self._andean + [self._faker.last_name()])
        name = f"{first} {surname}" if words == 2 else f"{first} {surname} {self._faker.last_name()}"
        return name if original[:1].isupper() else name.lower()

    def _phone_number(self, original: str) -> str:
        if any(ch.isdigit() for ch in original):
            fake = self._digits(original)
            digits = re.sub(r"\D", "", original)
            if len(digits) == 9 and digits[0] == "9":
                fake = "9" + fake[1:] if fake[0].isdigit() else fake
            return fake
        return "9" + "".join(str(self._rng.randrange(10)) for _ in range(8))

    def _id_number(self, original: str) -> str:
        if any(ch.isdigit() for ch in original):
            return self._digits(original)
        return "".join(str(self._rng.randrange(10)) for _ in range(8))

    def _other_id(self, original: str) -> str:
        if original.startswith("@"):
            return "@" + self._faker.user_name()
        if "://" in original or original.startswith("www."):
            return f"https://example.org/{self._faker.user_name()}"
        return self._digits(original) if any(ch.isdigit() for ch in original) else self._faker.user_name()

    def _email_address(self, original: str) -> str:
        return f"{self._faker.user_name()}@example.com"

    def _address(self, original: str) -> str:
        return f"{self._rng.choice(_STREETS)} {self._faker.last_name()} {self._rng.randrange(100, 1500)}"

    def _location(self, original: str) -> str:
        return self._rng.choice(self._districts)

    def _organization(self, original: str) -> str:
        kind = original.split()[0] if original.split() else "Bar"
        return f"{kind} {self._faker.last_name()}"

    def _age(self, original: str) -> str:
        number = re.search(r"\d+", original)
        if number:
            value = int(number.group())
            fake = self._rng.randrange(12, 18) if value < 18 else self._rng.randrange(18, 60)
            return original[: number.start()] + str(fake) + original[number.end() :]
        return str(self._rng.randrange(12, 18))

    def _date_time(self, original: str) -> str:
        return self._rng.choice(self._DAYS[self._language])


_TRIES = 20


def _pieces(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W_]+", text) if len(w) >= 3}
