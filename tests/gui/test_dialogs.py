"""Help dialogs: About names the version and every data source; shortcuts list the keys."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from teambuilder import __version__
from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.costs import load_costs
from teambuilder.gui.dialogs import AboutDialog, ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter


def test_about_names_version_sources_and_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "TeamBuilder" in text
    assert __version__ in text
    for source in load_catalogue("en").sources:
        assert source.title in text
    for cost_source in load_costs().sources:
        assert cost_source.publisher in text
        if cost_source.year is not None:
            assert str(cost_source.year) in text
    assert "GPL-3.0-or-later" in text
    assert "\u0641\u0627\u0631\u0633\u06cc" in text  # the Persian article, named in Persian


def test_shortcuts_from_a_window_skip_actions_without_keys(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    save = QAction("&Save", window)
    save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    export = QAction("Export &PDF...", window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    QAction("No keys", window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("Save", "Ctrl+S"), ("Export PDF", "Ctrl+E")]


def test_shortcuts_given_as_a_list(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(None, [("Quit", "Ctrl+Q"), ("Help", QKeySequence("F1"))])
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("Quit", "Ctrl+Q"), ("Help", "F1")]


def test_dialogs_render(qtbot: QtBot) -> None:
    for dialog in (AboutDialog(), ShortcutsDialog(None, [("Quit", "Ctrl+Q")])):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.grab().toImage().isNull()


def test_about_lists_english_titles_right_to_left_in_a_right_to_left_language(
        qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    body = dialog.findChild(QTextBrowser, "aboutText")
    assert body is not None
    publisher = load_costs().sources[0].publisher  # an English name, first on its line
    block = body.document().find(publisher).block()
    assert block.isValid()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "dir='rtl'" in dialog.text()  # the name and version line up on the right too


def test_about_writes_source_years_in_the_languages_digits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("fa_IR"))
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        text = dialog.text()
    finally:
        QLocale.setDefault(previous)
    assert "(۲۰۲۴)" in text
    assert "(2024)" not in text
