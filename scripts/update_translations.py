"""Update the Qt Linguist sources (.ts) from the code and build the binaries (.qm).

Usage::

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # lrelease only (after translating)
    python scripts/update_translations.py --check    # exit 1 if a .ts is out of date

``pyside6-lupdate`` reads every module of ``teambuilder/`` except the domain layer (which
never imports Qt) and merges new and changed source strings into
``resources/i18n/teambuilder_<lang>.ts``, keeping the translations already made.
``pyside6-lrelease`` then compiles each ``.ts`` into ``teambuilder_<lang>.qm`` beside it.
Both the ``.ts`` and the ``.qm`` files are committed, so the wheel and the bundle ship the
``.qm`` as ordinary package data; ``tests/test_translations_ts.py`` checks that they match.

lupdate's Python parser only knows ``QCoreApplication.translate("Context", "text")`` (and
``translate(...)``, ``QT_TRANSLATE_NOOP``). Two common shortcuts in the code base would be
missed or misread: a local alias ``tr = QCoreApplication.translate`` (lupdate reads ``tr(``
as ``self.tr(`` and takes the context for the text) and a one-argument helper such as
``def _tr(text): return QCoreApplication.translate("Report", text)``. The script therefore
hands lupdate a copy of the sources in which calls through such aliases and helpers are
spelt out as ``QCoreApplication.translate("Context", ...)``, on the same lines.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "teambuilder"
I18N = ROOT / "resources" / "i18n"
TS_LANGUAGES: tuple[str, ...] = ("fa", "ar", "ro", "vi")
"""Languages with a translation file (English is the source language)."""
QT_TS_LANGUAGES: tuple[str, ...] = ("ro", "vi")
"""Languages for which Qt ships no ``qtbase_<lang>.qm``: ``resources/i18n/qtbase_<lang>.ts``
holds the standard texts TeamBuilder's dialogs show (buttons, file dialog, edit menus),
translated by hand and compiled here like TeamBuilder's own files."""
TRANSLATE = "QCoreApplication.translate"


class ToolError(RuntimeError):
    """A Qt Linguist tool is missing or failed; the message says which and why."""


def ts_path(lang: str, folder: Path = I18N) -> Path:
    """The translation source file of ``lang``."""
    return folder / f"teambuilder_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N) -> Path:
    """The compiled translation file of ``lang``."""
    return folder / f"teambuilder_{lang}.qm"


def qt_ts_path(lang: str, folder: Path = I18N) -> Path:
    """The hand-made source of Qt's standard texts for ``lang`` (see QT_TS_LANGUAGES)."""
    return folder / f"qtbase_{lang}.ts"


def qt_qm_path(lang: str, folder: Path = I18N) -> Path:
    """The compiled form of :func:`qt_ts_path`."""
    return folder / f"qtbase_{lang}.qm"


def source_files(package: Path = PACKAGE) -> list[Path]:
    """The modules whose strings are translated: all of the package but the domain layer."""
    return sorted(
        path for path in package.rglob("*.py")
        if "domain" not in path.relative_to(package).parts and "__pycache__" not in path.parts
    )


def find_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` (next to the running Python first, then on PATH)."""
    exe = "pyside6-" + name + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).parent / exe
    if beside.is_file():
        return str(beside)
    found = shutil.which("pyside6-" + name)
    if found is None:
        raise ToolError(f"pyside6-{name} was not found: install PySide6 in this environment")
    return found


# --- making the sources readable for lupdate -----------------------------------------------

def _is_translate(node: ast.expr) -> bool:
    """True for ``QCoreApplication.translate`` (or ``X.translate`` of some Qt class)."""
    return isinstance(node, ast.Attribute) and node.attr == "translate" and isinstance(
        node.value, ast.Name) and node.value.id in {"QCoreApplication", "QApplication",
                                                    "QGuiApplication"}


def _aliases(tree: ast.Module) -> set[str]:
    """Names bound to ``QCoreApplication.translate`` anywhere in the module."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _helpers(tree: ast.Module) -> dict[str, str]:
    """One-argument helpers with a fixed context: ``{function name: context}``.

    Recognises ``def _tr(text): return QCoreApplication.translate("Context", text)``.
    """
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr)
                                             and isinstance(s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


def _char_at(text: str, lineno: int, col: int) -> str:
    """The character at an AST position (``col`` counts UTF-8 bytes)."""
    raw = text.splitlines()[lineno - 1].encode("utf-8")
    return raw[col:col + 1].decode("utf-8", errors="replace")


def lupdate_view(text: str) -> str:
    """The module's source with translation shortcuts spelt out for lupdate.

    Lines stay where they are; only the callee of each call through an alias or a
    one-argument helper is rewritten.
    """
    tree = ast.parse(text)
    aliases = _aliases(tree)
    helpers = _helpers(tree)
    if not aliases and not helpers:
        return text
    edits: list[tuple[int, int, int, str]] = []  # line, start col, end col, replacement
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        func = node.func
        if func.end_lineno != func.lineno or func.end_col_offset is None:
            continue
        if func.id in aliases:
            new = TRANSLATE
        elif func.id in helpers:
            # Quote the context as the text is quoted: the call may sit inside an f-string.
            first = node.args[0] if node.args else None
            quote = "'" if (isinstance(first, ast.Constant) and first.lineno == func.lineno
                            and _char_at(text, first.lineno, first.col_offset) == "'") else '"'
            new = f"{TRANSLATE}({quote}{helpers[func.id]}{quote}, "
            # the opening parenthesis follows the name directly in this code base
            edits.append((func.lineno, func.col_offset, func.end_col_offset + 1, new))
            continue
        else:
            continue
        edits.append((func.lineno, func.col_offset, func.end_col_offset, new))
    lines = text.splitlines(keepends=True)
    for lineno, start, end, new in sorted(edits, reverse=True):
        raw = lines[lineno - 1].encode("utf-8")  # AST columns are UTF-8 byte offsets
        lines[lineno - 1] = (raw[:start] + new.encode("utf-8") + raw[end:]).decode("utf-8")
    return "".join(lines)


def _calls_in_fstrings(text: str) -> list[str]:
    """Translate calls written inside f-strings, which lupdate reads as plain text."""
    calls: list[str] = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if (isinstance(inner, ast.Call) and _is_translate(inner.func)
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in inner.args[:3])):
                args = ", ".join(json.dumps(a.value, ensure_ascii=False)
                                 for a in inner.args[:3] if isinstance(a, ast.Constant))
                calls.append(f"{TRANSLATE}({args})\n")
    return calls


def write_lupdate_view(files: Iterable[Path], dest: Path, root: Path = ROOT) -> list[Path]:
    """Copy ``files`` under ``dest`` (same relative paths) as lupdate should read them.

    Calls inside f-strings are repeated in one more file, ``_fstring_calls.py``.
    """
    out = []
    extra: list[str] = []
    for path in files:
        target = dest / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        view = lupdate_view(path.read_text(encoding="utf-8"))
        target.write_text(view, encoding="utf-8")
        extra += _calls_in_fstrings(view)
        out.append(target)
    if extra:
        supplement = dest / "_fstring_calls.py"
        supplement.write_text("".join(extra), encoding="utf-8")
        out.append(supplement)
    return out


# --- the tools -----------------------------------------------------------------------------

def _run(command: Sequence[str]) -> str:
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed ({result.returncode}): "
                        + (result.stderr or result.stdout).strip()[-2000:])
    return result.stdout + result.stderr


def lupdate(ts_files: dict[str, Path], package: Path = PACKAGE, root: Path = ROOT) -> str:
    """Merge the code's strings into each ``.ts`` (``{lang: path}``); created if missing.

    Translations already in the files are kept; strings gone from the code are dropped.
    Returns lupdate's report.
    """
    tool = find_tool("lupdate")
    reports = []
    with tempfile.TemporaryDirectory(prefix="tb-lupdate-") as tmp:
        sources = write_lupdate_view(source_files(package), Path(tmp), root)
        for lang, ts in ts_files.items():
            ts.parent.mkdir(parents=True, exist_ok=True)
            reports.append(_run([
                tool, "-silent", "-locations", "none", "-no-obsolete",
                "-source-language", "en", "-target-language", lang,
                *map(str, sources), "-ts", str(ts),
            ]))
    return "".join(reports)


def lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` into ``qm`` (unfinished entries are left out, so they show English)."""
    return _run([find_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def main(argv: list[str] | None = None) -> int:
    """Run the workflow; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--release", action="store_true",
                       help="only compile the .ts files into .qm files")
    group.add_argument("--check", action="store_true",
                       help="change nothing; exit 1 if a .ts file is not up to date")
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="tb-ts-") as tmp:
                stale = []
                for lang in TS_LANGUAGES:
                    copy = Path(tmp) / ts_path(lang).name
                    if ts_path(lang).is_file():
                        shutil.copyfile(ts_path(lang), copy)
                    lupdate({lang: copy})
                    old = ts_path(lang).read_bytes() if ts_path(lang).is_file() else b""
                    if copy.read_bytes() != old:
                        stale.append(ts_path(lang).name)
            if stale:
                print("out of date: " + ", ".join(stale) + " (run scripts/update_translations.py)")
                return 1
            return 0
        if not args.release:
            lupdate({lang: ts_path(lang) for lang in TS_LANGUAGES})
        for lang in TS_LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
            print(f"{ts_path(lang).relative_to(ROOT)} -> {qm_path(lang).name}")
        for lang in QT_TS_LANGUAGES:
            lrelease(qt_ts_path(lang), qt_qm_path(lang))
            print(f"{qt_ts_path(lang).relative_to(ROOT)} -> {qt_qm_path(lang).name}")
    except ToolError as error:
        print(f"update_translations: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
