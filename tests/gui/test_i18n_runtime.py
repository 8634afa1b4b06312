"""Every language on screen: glyphs, direction, translated content, runtime switch, memory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFontInfo, QFontMetrics, QImage, QRawFont, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from teambuilder.app import main
from teambuilder.domain import preferences
from teambuilder.domain.catalogue import LANGUAGES, load_catalogue
from teambuilder.domain.resources import resource
from teambuilder.gui import i18n
from teambuilder.gui.main_window import VIEWS, MainWindow

ROOT = Path(__file__).resolve().parents[2]

Text = tuple[QWidget | None, str]
"""A visible text and the widget showing it (None for menu entries)."""


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        return 1


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for column in range(_columns(model, QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            texts.append(header)

    def walk(parent: QModelIndex) -> None:
        if parent.isValid() and parent.column() != 0:
            return
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(_columns(model, parent)):
                value = model.index(row, column, parent).data()
                if isinstance(value, str):
                    texts.append(value)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            texts += _menu_texts(submenu)
        elif not action.isSeparator():
            texts += [action.text(), action.statusTip()]
    return texts


def visible_texts(window: MainWindow) -> list[Text]:
    """What the window shows: menus, tabs, labels, buttons, lists, tables, tooltips."""
    found: list[Text] = [(None, window.windowTitle())]
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [(None, text) for text in _menu_texts(menu)]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        texts = [widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
        found += [(widget, _plain(text)) for text in texts if text]
    return found


def _ignorable(ch: str) -> bool:
    # spaces, line breaks, bidi marks and the Persian half-space are not drawn as glyphs
    return ch.isspace() or unicodedata.category(ch)[0] in "CZ"


def missing_glyphs(texts: list[Text], app_font_window: QWidget) -> list[str]:
    """Characters no font in the fallback chain can draw (they would show as boxes)."""
    missing = []
    for widget, text in texts:
        metrics = QFontMetrics((widget or app_font_window).font())
        bad = {ch for ch in text if not _ignorable(ch) and not metrics.inFontUcs4(ord(ch))}
        if bad:
            missing.append(f"{type(widget).__name__}: {sorted(bad)} in {text[:60]!r}")
    return missing


def is_arabic_script(ch: str) -> bool:
    return "ARABIC" in unicodedata.name(ch, "") or "\u06f0" <= ch <= "\u06f9"


@pytest.fixture
def open_window(qapp: QApplication, qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Open main windows the way the app does (language installed first); closed after."""
    windows: list[MainWindow] = []
    yield windows
    for win in windows:
        win.document.set_dirty(False)
        win.close()
        win.deleteLater()
    # Deleted now, not at some later loop pass: a window left alive would be retranslated
    # by every later language switch.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start(qapp: QApplication, qtbot: QtBot, windows: list[MainWindow], lang: str) -> MainWindow:
    i18n.install_language(qapp, lang)
    win = MainWindow(lang)
    windows.append(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_renders_the_main_views_without_missing_glyphs(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow], lang: str) -> None:
    win = _start(qapp, qtbot, open_window, lang)
    missing = []
    for view in VIEWS:
        win.show_view(view)
        qapp.processEvents()
        image = win.grab().toImage()  # paints every view; a Qt warning fails the test
        assert not image.isNull()
        missing += missing_glyphs(visible_texts(win), win)

    assert missing == []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_persian_and_arabic_are_right_to_left_in_the_shipped_font(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow], lang: str) -> None:
    win = _start(qapp, qtbot, open_window, lang)

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.isRightToLeft() and win.team_view.isRightToLeft()
    assert win.profile_panel.isRightToLeft()
    assert QFontInfo(win.team_view.font()).family() == i18n.ARABIC_SCRIPT_FONT
    # every Arabic-script character on screen is in Vazirmatn itself, not a system fallback
    vazirmatn = QRawFont(str(resource("fonts", i18n.FONT_FILES[0])), 12)
    texts = "".join(text for _, text in visible_texts(win))
    arabic = {ch for ch in texts if is_arabic_script(ch) and not _ignorable(ch)}
    assert arabic, "no Persian or Arabic text on screen"
    assert sorted(ch for ch in arabic if not vazirmatn.supportsCharacter(ord(ch))) == []


@pytest.mark.parametrize(("lang", "digits"), [("fa", "۰۱۲۳۴۵۶۷۸۹"), ("ar", "٠١٢٣٤٥٦٧٨٩")])
def test_numbers_on_screen_use_the_languages_digits(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow], lang: str,
        digits: str) -> None:
    win = _start(qapp, qtbot, open_window, lang)
    budget = win.findChild(QAbstractSpinBox, "monthlyBudget")
    assert budget is not None

    shown = budget.text()
    assert any(ch in digits for ch in shown) and not any(ch in "0123456789" for ch in shown)
    summary = win.team_view.findChildren(QLabel)[0].text()
    assert not any(ch in "0123456789" for ch in _plain(summary))


@pytest.mark.parametrize("lang", ["fa", "ar", "ro", "vi"])
def test_the_team_view_shows_translated_role_names(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow], lang: str) -> None:
    win = _start(qapp, qtbot, open_window, lang)
    rec = win.recommendation()
    assert rec is not None and rec.team
    entry_id = rec.team[0].entry_id
    translated = load_catalogue(lang).role(entry_id).name
    english = load_catalogue("en").role(entry_id).name
    assert translated != english

    shown = "\n".join(text for widget, text in visible_texts(win)
                      if widget is not None and win.team_view.isAncestorOf(widget))

    assert translated in shown
    assert english not in shown


def _pseudo_translator(folder: Path) -> QTranslator:
    """A translator that marks every string of the code with [~ ~], built like the real ones.

    (A Python subclass overriding ``translate`` would do, but PySide6 on Python 3.11 drops a
    reference to None on each such call.)
    """
    tree = ElementTree.parse(ROOT / "resources" / "i18n" / "teambuilder_fa.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = f"[~{source}~]"
        if not forms:
            translation.text = f"[~{source}~]"
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                              / "pyside6-lrelease"),
                    "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def _source_texts() -> set[str]:
    sources = set()
    for message in ElementTree.parse(ROOT / "resources" / "i18n" / "teambuilder_fa.ts").iter(
            "message"):
        source = (message.findtext("source") or "").strip()
        if source and not any(mark in source for mark in ("%", "{")):
            sources.add(source.replace("&", ""))
    return sources


def test_switching_language_at_runtime_retranslates_every_visible_string(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow], tmp_path: Path) -> None:
    win = _start(qapp, qtbot, open_window, "en")
    sources = _source_texts()
    for view in VIEWS:  # every view built and filled once
        win.show_view(view)
    win.show_view("team")
    before = {text.replace("&", "").strip() for _, text in visible_texts(win)}
    assert before & sources, "the English texts should be on screen first"

    pseudo = _pseudo_translator(tmp_path)
    QCoreApplication.installTranslator(pseudo)
    try:
        qapp.processEvents()
        stale = []
        for view in VIEWS:
            win.show_view(view)
            qapp.processEvents()
            stale += [f"{type(widget).__name__} {widget.objectName() if widget else ''}: "
                      f"{text!r}" for widget, text in visible_texts(win)
                      if text.replace("&", "").strip() in sources]
        title = win.file_menu.title()
    finally:
        QCoreApplication.removeTranslator(pseudo)

    assert stale == []
    assert title == "[~&File~]"
    qapp.processEvents()
    assert win.file_menu.title() == "&File"


# The offscreen platform says so whenever a window's minimum size changes (the Persian
# labels and font relayout the window); real platforms do not.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_switching_to_persian_translates_menus_and_headings(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow]) -> None:
    win = _start(qapp, qtbot, open_window, "en")
    heading = QCoreApplication.translate("TeamView", "Recommended team")
    headings = [w for w in win.team_view.findChildren(QLabel) if w.text() == heading]
    assert headings

    win.language_actions["fa"].trigger()
    qapp.processEvents()  # widgets get their LanguageChange event on the next pass

    assert win.file_menu.title() not in ("", "&File")
    assert win.file_menu.title() == QCoreApplication.translate("MainWindow", "&File")
    assert headings[0].text() not in ("", heading)
    assert QLocale().language() == QLocale.Language.Persian
    assert not win.document.dirty  # a language switch is not an edit to the plan
    win.language_actions["en"].trigger()
    qapp.processEvents()
    assert win.file_menu.title() == "&File"
    assert headings[0].text() == heading


def test_qts_own_dialog_texts_follow_the_language(qapp: QApplication) -> None:
    i18n.install_language(qapp, "fa")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")

    assert cancel != "Cancel"  # from qtbase_fa.qm


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_language_chosen_in_the_menu_is_used_on_the_next_start(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow],
        tmp_path: Path) -> None:
    win = _start(qapp, qtbot, open_window, "en")

    win.language_actions["vi"].trigger()

    saved = json.loads(preferences.preferences_path().read_text(encoding="utf-8"))
    assert saved["language"] == "vi"
    assert i18n.choose_language(None) == "vi"
    assert i18n.choose_language("ro") == "ro"  # --lang still wins
    win.close()
    shot = tmp_path / "next.png"
    assert main(["--screenshot", str(shot)]) == 0
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert not QImage(str(shot)).isNull()


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"language": "xx"}',
                                     b'{"language": 3}', b"\xff\xfe"])
def test_a_damaged_preferences_file_is_ignored(content: bytes) -> None:
    preferences.preferences_path().write_bytes(content)

    assert i18n.choose_language(None) == i18n.system_language()
    assert i18n.remember_language("ar")
    assert i18n.choose_language(None) == "ar"


def test_an_unwritable_preferences_folder_does_not_stop_the_switch(
        qapp: QApplication, qtbot: QtBot, open_window: list[MainWindow],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TEAMBUILDER_HOME", str(blocker))
    win = _start(qapp, qtbot, open_window, "en")

    win.language_actions["ro"].trigger()

    assert win.language() == "ro"
    assert QLocale().language() == QLocale.Language.Romanian
