"""Interface strings: both languages have every key the pages use, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from ui.text import LANGUAGES, strings, translate

UI = Path(__file__).resolve().parents[1] / "ui"
LITERAL = re.compile(r"""\bt\(\s*"([a-z_]+\.[a-z_.]+)"\s*[,)]""")
PREFIX = re.compile(r"""\bt\(\s*f"([a-z_]+\.)\{""")  # t(f"states.{state}"): a whole section is used


def used_keys() -> tuple[set[str], set[str]]:
    keys, sections = set(), set()
    for source in UI.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        keys |= set(LITERAL.findall(text))
        sections |= {p.rstrip(".") for p in PREFIX.findall(text)}
    return keys, sections


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_pages_use_strings_and_both_languages_have_them():
    keys, sections = used_keys()
    assert len(keys) > 150 and {"states", "roles", "consent", "stages"} <= sections
    for lang in LANGUAGES:
        table = strings(lang)
        assert not sorted(keys - set(table)), lang
        for section in sections:
            assert any(k.startswith(section + ".") for k in table), (lang, section)


def test_es_and_en_have_the_same_keys_and_placeholders():
    es, en = strings("es"), strings("en")
    assert set(es) == set(en)
    assert [k for k in es if placeholders(es[k]) != placeholders(en[k])] == []
    assert [k for k in es if es[k] == en[k] and len(es[k]) > 12] == []  # nothing left untranslated


def test_every_call_state_consent_and_role_has_a_label():
    from callnotes.security.roles import Role
    from callnotes.store import CallState, Consent

    for section, values in (("states", CallState), ("consent", Consent), ("roles", Role)):
        for value in values:
            for lang in LANGUAGES:
                assert f"{section}.{value.value}" in strings(lang), (lang, section, value)


def test_spanish_is_the_default_and_unknown_languages_fall_back_to_it():
    assert translate("xx", "login.submit") == strings("es")["login.submit"] == "Entrar"
    assert translate("en", "new_call.done", call=3, state="Approved") == "Call 3: Approved."
