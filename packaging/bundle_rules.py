"""What goes into the PyInstaller bundle: the Qt modules, plugins, translations and libraries.

Used by ``teambuilder.spec`` on every system and tested in ``tests/test_packaging.py`` with
Linux, Windows and macOS paths, so the rules are checked even where a bundle cannot be built.
Plain Python: no PyInstaller import here.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]
"""A PyInstaller table-of-contents entry: (destination in the bundle, source, type code)."""

QT_KEEP = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"})
"""Qt modules TeamBuilder uses; every other PySide6 module is excluded."""

QT_LANGUAGES = frozenset({"en", "fa", "ar", "ro", "vi"})
"""Languages whose ``qtbase_<lang>.qm`` is shipped (Qt has none for ro and vi)."""

QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qwayland", "qwayland-egl", "qwayland-generic",
                            "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": None,
    "printsupport": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
"""Plugin folders kept and, within a folder, the only plugins kept (None: all of them)."""

QT_DROP = (
    "Qt3D", "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtNetwork", "QtNfc", "QtPdf", "QtPositioning", "QtQml", "QtQuick", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerial", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWeb", "QtXml",
)
"""Prefixes of Qt libraries never shipped, even when a plugin's hook pulls them in."""

PYSIDE_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml).split(",
]

EXCLUDES = [f"PySide6.{name}" for name in PYSIDE_MODULES if name not in QT_KEEP] + [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff",
    "setuptools", "pkg_resources", "pip", "PyInstaller",
    # TeamBuilder never opens a connection: no TLS (and no OpenSSL, 5 MB); the standard
    # library modules that mention ssl import it optionally.
    "ssl", "_ssl", "_hashlib",
]
"""Python modules PyInstaller must leave out."""


def imported_qt_modules(package_dir: Path) -> set[str]:
    """Names of the Qt modules (``QtGui``, ...) that the Python files of a package import."""
    found: set[str] = set()
    for source in package_dir.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "PySide6":
                    names += [f"PySide6.{alias.name}" for alias in node.names]
            else:
                continue
            found.update(name.split(".")[1] for name in names
                         if name.startswith("PySide6.Qt"))
    return found


def keep(dest: str) -> bool:
    """Whether a collected file, by its destination path in the bundle, belongs in it."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return True
    name = parts[-1]
    stem = re.sub(r"^lib", "", name.split(".")[0])
    if "translations" in parts:
        match = re.fullmatch(r"qtbase_(\w+)\.qm", name)
        return match is not None and match.group(1) in QT_LANGUAGES
    if "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS:
            return False
        wanted = QT_PLUGINS[folder]
        return wanted is None or stem in wanted
    # Qt libraries: libQt6Xxx.so.6, Qt6Xxx.dll, QtXxx.framework/... (whole framework).
    framework = next((part for part in parts if part.endswith(".framework")), None)
    module = re.sub(r"^Qt6?", "Qt", framework.removesuffix(".framework") if framework else stem)
    return not module.startswith(QT_DROP) or module in QT_KEEP


def _is_root(dest: str) -> bool:
    """Python extension modules, Qt plugins and libpython: what the program loads itself."""
    parts = PurePath(dest).parts
    return ("plugins" in parts or "lib-dynload" in parts or parts[-1].startswith("libpython")
            or re.search(r"\.(abi3|cpython-[^.]+)\.so$", parts[-1]) is not None)


def prune_unreachable(
    binaries: Iterable[TocEntry], imports: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """Drop the shared libraries that no kept binary needs (for Linux bundles).

    PyInstaller collects the dependencies of every Qt plugin before :func:`keep` drops most
    plugins; their libraries (GTK, OpenSSL, ...) would stay in the bundle. A library stays
    only if a root (:func:`_is_root`) needs it, directly or through other libraries.

    Args:
        binaries: the Analysis' binaries.
        imports: the names of the libraries a binary file links to (``DT_NEEDED``).
    """
    entries = list(binaries)
    files = [entry for entry in entries if entry[2] != "SYMLINK"]
    sources = {PurePath(dest).name: source for dest, source, _ in files}
    needed: set[str] = set()
    pending = [source for dest, source, _ in files if _is_root(dest)]
    visited: set[str] = set()
    while pending:
        source = pending.pop()
        if source in visited:
            continue
        visited.add(source)
        for name in imports(source):
            base = PurePath(name).name
            if base in sources and base not in needed:
                needed.add(base)
                pending.append(sources[base])
    return [entry for entry in entries if _is_root(entry[0]) or PurePath(entry[0]).name in needed]


def drop_dangling_links(entries: list[TocEntry], files: Iterable[TocEntry]) -> list[TocEntry]:
    """Remove symbolic-link entries whose target is not among ``files``' destinations."""
    present = {PurePath(dest).as_posix() for dest, _, kind in files if kind != "SYMLINK"}
    return [
        (dest, target, kind) for dest, target, kind in entries
        if kind != "SYMLINK"
        or PurePath(os.path.normpath(PurePath(dest).parent / target)).as_posix() in present
    ]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource for a version such as ``0.1.0``."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    first, second, third, fourth = [*numbers, 0, 0, 0, 0][:4]
    return first, second, third, fourth
