"""Starting pays only for what the first frame shows: views not on screen are built when
first shown, with the window's current catalogue, and then behave as if built at start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import load_catalogue
from teambuilder.gui.compare_view import CompareView
from teambuilder.gui.main_window import MainWindow
from teambuilder.gui.role_library import RoleLibrary


@pytest.fixture
def fresh(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow("en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.set_dirty(False)


def test_views_not_on_screen_are_not_built_at_start(fresh: MainWindow) -> None:
    assert fresh.current_view() == "team"
    assert fresh.findChildren(CompareView) == []
    assert fresh.findChildren(RoleLibrary) == []
    # The window still has widgets by those names (automation finds the tabs at once).
    for name in ("compareView", "roleLibrary"):
        assert isinstance(fresh.findChild(QWidget, name), QWidget), name


@pytest.mark.parametrize(("view", "kind", "name"), [
    ("compare", CompareView, "compareView"),
    ("library", RoleLibrary, "roleLibrary"),
])
def test_a_view_is_built_once_when_first_shown(fresh: MainWindow, qtbot: QtBot, view: str,
                                               kind: type[QWidget], name: str) -> None:
    fresh.show_view(view)
    qtbot.waitUntil(lambda: len(fresh.findChildren(kind)) == 1)
    built = fresh.findChildren(kind)[0]
    assert built.isVisible()
    assert fresh.findChild(QWidget, name) is built
    fresh.show_view("team")
    fresh.show_view(view)
    assert fresh.findChildren(kind) == [built]


def test_a_view_built_after_a_language_change_shows_that_language(fresh: MainWindow,
                                                                   qtbot: QtBot) -> None:
    fresh.set_language("ro")
    try:
        fresh.show_view("library")
        assert isinstance(fresh.role_library, RoleLibrary)
        detail = fresh.role_library.findChild(QTextBrowser, "roleDetail")
        assert isinstance(detail, QTextBrowser)
        first = load_catalogue("ro").roles[0].name
        assert first != load_catalogue("en").roles[0].name
        assert first in detail.toPlainText()
    finally:
        fresh.set_language("en")


def test_asking_for_a_comparison_builds_the_compare_view(fresh: MainWindow) -> None:
    fresh.compare(["seo_specialist", "paid_media_manager"])
    assert fresh.current_view() == "compare"
    view = fresh.compare_view
    assert isinstance(view, CompareView)
    assert view.selection() == ["seo_specialist", "paid_media_manager"]
