"""Every language has every piece of content: nothing falls back to English by accident."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree import ElementTree

import pytest

from teambuilder.domain.catalogue import LANGUAGES, load_catalogue
from teambuilder.domain.resources import read_json, resource

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]

_SCALAR = ("name", "summary", "expected_results", "ideal_use_case", "key_advantage",
           "complexity_note", "resources_note")
_LISTS = ("responsibilities", "pros", "cons", "kpis", "tips")


def _missing_in_entry(kind: str, base: dict[str, Any], over: dict[str, Any]) -> list[str]:
    where = f"{kind}.{base['id']}"
    missing: list[str] = []
    for field in _SCALAR:
        if field in base and not str(over.get(field, "")).strip():
            missing.append(f"{where}.{field}")
    for field in _LISTS:
        if field in base:
            got = over.get(field)
            if not isinstance(got, list) or len(got) != len(base[field]):
                missing.append(f"{where}.{field} (needs {len(base[field])} items)")
    examples = base.get("examples") or []
    got_examples = over.get("examples")
    if examples and (not isinstance(got_examples, list) or len(got_examples) != len(examples)
                     or not all(str(e.get("text", "")).strip() for e in got_examples)):
        missing.append(f"{where}.examples (needs {len(examples)} items with text)")
    return missing


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_translation_is_complete(lang: str) -> None:
    english = read_json("catalogue", "catalogue.json")
    overlay_file = resource("catalogue", "l10n", f"{lang}.json")
    assert overlay_file.is_file(), f"resources/catalogue/l10n/{lang}.json is missing"
    overlay = json.loads(overlay_file.read_text(encoding="utf-8"))
    missing: list[str] = []
    for kind in ("roles", "combined_roles"):
        for base in english[kind]:
            missing += _missing_in_entry(kind, base, overlay.get(kind, {}).get(base["id"], {}))
    for channel in english["channels"]:
        if not str(overlay.get("channels", {}).get(channel["id"], {}).get("name", "")).strip():
            missing.append(f"channels.{channel['id']}.name")
    for source in english["sources"]:
        if not str(overlay.get("sources", {}).get(source["id"], {}).get("title", "")).strip():
            missing.append(f"sources.{source['id']}.title")
    assert not missing, f"{lang}: untranslated fields: {missing[:20]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translated_catalogue_keeps_english_structure(lang: str) -> None:
    english = load_catalogue("en")
    translated = load_catalogue(lang)
    assert translated.language == lang
    assert translated.ids() == english.ids()
    for en_entry, tr_entry in zip(english.entries(), translated.entries(), strict=True):
        assert english.complexity_of(en_entry) == translated.complexity_of(tr_entry)
        assert english.resources_of(en_entry) == translated.resources_of(tr_entry)
        assert english.capabilities_of(en_entry) == translated.capabilities_of(tr_entry)
        assert tr_entry.name != en_entry.name, f"{lang}: {en_entry.id} name is still English"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_engine_messages_translation_is_complete(lang: str) -> None:
    english: dict[str, str] = read_json("messages", "en.json")
    path = resource("messages", f"{lang}.json")
    assert path.is_file(), f"resources/messages/{lang}.json is missing"
    translated: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    missing = sorted(k for k in english if not str(translated.get(k, "")).strip())
    assert not missing, f"{lang}: untranslated engine messages: {missing}"
    # Placeholders must match exactly, or rendering would fail or lose a figure.
    import string

    def fields(template: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}

    wrong = sorted(k for k in english if k in translated
                   and fields(english[k]) != fields(translated[k]))
    assert not wrong, f"{lang}: placeholders differ from English in {wrong}"


_WESTERN_NUMBER = re.compile(r"(?<![A-Za-z0-9{%])[0-9]+(?:[.,][0-9]+)*%?(?![A-Za-z0-9}])")
_LATIN_BEFORE = re.compile(r"[A-Za-z]\s*$")


def _western_numbers(text: str) -> list[str]:
    """Numbers written with Western digits, except inside a Latin name (B2B, "License 1.1")
    or a placeholder ({count}, %1)."""
    return [m.group(0) for m in _WESTERN_NUMBER.finditer(text)
            if not _LATIN_BEFORE.search(text[:m.start()])]


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_persian_and_arabic_write_numbers_in_their_own_digits(lang: str) -> None:
    """Source numbers ("source 003"), years and examples read in the language's digits, as
    the amounts and percentages formatted by the app do."""
    texts = (_strings(read_json("messages", f"{lang}.json"))
             + _strings(read_json("catalogue", "l10n", f"{lang}.json")))
    ts = ElementTree.fromstring(resource("i18n", f"teambuilder_{lang}.ts").read_bytes())
    texts += [t.text or "" for t in ts.iter("translation")]
    texts += [t.text or "" for t in ts.iter("numerusform")]
    western = {text[:60]: found for text in texts if (found := _western_numbers(text))}
    assert western == {}
