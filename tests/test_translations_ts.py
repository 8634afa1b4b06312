"""The Qt Linguist files match the code, are fully translated, and ship as built.

``scripts/update_translations.py`` runs ``pyside6-lupdate`` and ``pyside6-lrelease``; these
tests run the same tools into temporary copies and compare with what is committed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_translations.py"

Message = tuple[str, str, str]
"""(context, source text, comment)."""


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ut = _load_script()
LANGS: tuple[str, ...] = ut.TS_LANGUAGES


def ts_messages(path: Path) -> dict[Message, ElementTree.Element]:
    """Every message of a .ts file by (context, source, comment)."""
    found: dict[Message, ElementTree.Element] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def code_messages() -> tuple[set[Message], list[str]]:
    """Strings the code translates, read from its syntax tree, and calls lupdate cannot read.

    Follows what the code does: ``QCoreApplication.translate(ctx, text[, comment])``, local
    aliases of it (``tr = QCoreApplication.translate``), one-argument helpers with a fixed
    context, and ``QT_TRANSLATE_NOOP``.
    """
    found: set[Message] = set()
    unreadable: list[str] = []
    for path in ut.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = ut._aliases(tree)
        helpers = ut._helpers(tree)
        helper_bodies = {id(node.body[-1].value) for node in tree.body
                         if isinstance(node, ast.FunctionDef) and node.name in helpers
                         and isinstance(node.body[-1], ast.Return)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else None
            if ut._is_translate(func) or name in aliases or name == "QT_TRANSLATE_NOOP":
                args = node.args
            elif name in helpers:
                args = [ast.Constant(helpers[name]), *node.args]
            else:
                continue
            if id(node) in helper_bodies:
                continue
            texts = [a.value for a in args[:3]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if len(texts) < 2 or len(texts) < min(len(args), 3):
                unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
                continue
            found.add((texts[0], texts[1], texts[2] if len(texts) > 2 else ""))
    return found, unreadable


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Each committed .ts after lupdate has merged the current code into a copy of it."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for lang in LANGS:
        copies[lang] = folder / ut.ts_path(lang).name
        shutil.copyfile(ut.ts_path(lang), copies[lang])
    ut.lupdate(copies)
    yield copies


def test_every_translated_string_is_a_literal_lupdate_can_read() -> None:
    _, unreadable = code_messages()

    assert unreadable == [], "translate() needs literal strings:\n" + "\n".join(unreadable)


def test_lupdate_finds_exactly_the_strings_the_code_translates(
        fresh: dict[str, Path]) -> None:
    expected, _ = code_messages()

    found = set(ts_messages(fresh["fa"]))

    assert sorted(expected - found) == [], "lupdate misses these"
    assert sorted(found - expected) == [], "lupdate finds strings the code does not translate"


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_is_up_to_date_with_the_code(lang: str, fresh: dict[str, Path]) -> None:
    committed = set(ts_messages(ut.ts_path(lang)))
    current = set(ts_messages(fresh[lang]))

    assert sorted(current - committed) == [], (
        "strings not in the .ts yet: run python scripts/update_translations.py")
    assert sorted(committed - current) == [], (
        "strings no longer in the code: run python scripts/update_translations.py")


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_has_no_unfinished_entries(lang: str) -> None:
    messages = ts_messages(ut.ts_path(lang))
    unfinished = [f"{ctx}: {source!r}" for (ctx, source, _), message in messages.items()
                  if (translation := message.find("translation")) is None
                  or translation.get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(translation.itertext()).strip()]

    assert unfinished == [], (f"{len(unfinished)} of {len(messages)} entries unfinished, "
                              f"e.g. {unfinished[:5]}")


PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = []
    for (ctx, source, _), message in ts_messages(ut.ts_path(lang)).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        text = "".join(translation.itertext())
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            wrong.append(f"{ctx}: {source!r} -> {text!r}")

    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_is_built_from_the_committed_ts(lang: str, tmp_path: Path) -> None:
    built = tmp_path / ut.qm_path(lang).name

    ut.lrelease(ut.ts_path(lang), built)

    assert ut.qm_path(lang).read_bytes() == built.read_bytes(), (
        "run python scripts/update_translations.py --release")
