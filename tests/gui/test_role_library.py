"""The role library: every role listed, searchable, described in full."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QLineEdit, QPushButton, QTextBrowser, QTreeView
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue, Role, load_catalogue
from teambuilder.gui.role_library import LibraryRole, RoleLibrary

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue("en")


@pytest.fixture
def library(qtbot: QtBot, catalogue: Catalogue) -> RoleLibrary:
    widget = RoleLibrary()
    qtbot.addWidget(widget)
    widget.set_catalogue(catalogue)
    widget.resize(1024, 700)
    return widget


def _listed_ids(library: RoleLibrary) -> list[str]:
    proxy = library.proxy()
    ids = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            ids.append(proxy.index(row, 0, parent).data(LibraryRole.ENTRY_ID))
    return ids


def test_every_role_and_combined_role_is_listed(library: RoleLibrary,
                                                catalogue: Catalogue) -> None:
    assert _listed_ids(library) == catalogue.ids()


def test_detail_shows_the_whole_description(library: RoleLibrary, catalogue: Catalogue) -> None:
    library.show_role("seo_specialist")
    entry = catalogue.role("seo_specialist")
    assert isinstance(entry, Role)
    detail = library.findChild(QTextBrowser, "roleDetail")
    assert detail is not None
    text = detail.toPlainText()
    for part in [entry.name, entry.summary, *entry.responsibilities, *entry.kpis, *entry.tips,
                 *entry.pros, *entry.cons, entry.complexity_note, entry.resources_note,
                 entry.expected_results, entry.ideal_use_case, entry.key_advantage]:
        assert part in text
    for example in entry.examples:
        assert example.name in text
    for channel in entry.channels:
        assert catalogue.channel(channel).name in text
    for source in entry.sources:
        assert catalogue.source(source).title in text
    assert "High" in text and "Moderate" in text


def test_combined_role_page_says_what_it_merges(library: RoleLibrary) -> None:
    library.show_role("performance_marketer")
    detail = library.findChild(QTextBrowser, "roleDetail")
    assert detail is not None
    text = detail.toPlainText()
    assert "Paid Media Manager: about 65% of its work" in text
    assert "Derived from the roles it merges" in text


def test_search_filters_the_list(qtbot: QtBot, library: RoleLibrary) -> None:
    search = library.findChild(QLineEdit, "roleSearch")
    assert search is not None
    qtbot.keyClicks(search, "newsletter")
    listed = _listed_ids(library)
    assert "email_marketing_specialist" in listed
    assert "seo_specialist" not in listed
    search.clear()
    assert len(_listed_ids(library)) == 12


def test_show_role_clears_a_search_that_hides_it(library: RoleLibrary) -> None:
    search = library.findChild(QLineEdit, "roleSearch")
    assert search is not None
    search.setText("newsletter")
    library.show_role("seo_specialist")
    assert search.text() == ""
    assert library.current_role() == "seo_specialist"


def test_selecting_in_the_list_shows_that_role(library: RoleLibrary) -> None:
    source = library.model().index_of("analytics_manager")
    tree = library.findChild(QTreeView, "roleList")
    assert tree is not None
    tree.setCurrentIndex(library.proxy().mapFromSource(source))
    assert library.current_role() == "analytics_manager"


def test_compare_button_emits_ids(qtbot: QtBot, library: RoleLibrary) -> None:
    button = library.findChild(QPushButton, "roleCompare")
    assert button is not None
    library.show_role("seo_specialist")
    with qtbot.waitSignal(library.compareRequested) as blocker:
        button.click()
    assert blocker.args == [["seo_specialist"]]
    library.show_role("performance_marketer")
    with qtbot.waitSignal(library.compareRequested) as blocker:
        button.click()
    assert blocker.args == [["performance_marketer", "paid_media_manager", "analytics_manager"]]


def test_unknown_id_is_ignored(library: RoleLibrary) -> None:
    library.show_role("seo_specialist")
    library.show_role("no_such_role")
    assert library.current_role() == "seo_specialist"


def test_model_passes_qtmodeltester(qtmodeltester: object, library: RoleLibrary) -> None:
    qtmodeltester.check(library.model(), force_py=True)  # type: ignore[attr-defined]


def test_group_rows_are_not_selectable(library: RoleLibrary) -> None:
    model = library.model()
    group = model.index(0, 0, QModelIndex())
    assert model.data(group, LibraryRole.ENTRY_ID) is None
    selectable = Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(group) & selectable
    assert model.flags(model.index(0, 0, group)) & selectable


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_renders(qtbot: QtBot, library: RoleLibrary, size: tuple[int, int]) -> None:
    library.resize(*size)
    library.show_role("digital_marketing_director")
    library.show()
    qtbot.waitExposed(library)
    assert not library.grab().toImage().isNull()


def _block_of(detail: QTextBrowser, text: str) -> QTextBlock:
    cursor = detail.document().find(text)
    assert not cursor.isNull(), text
    return cursor.block()


def _shown_library(qtbot: QtBot, library: RoleLibrary, rtl: bool) -> QTextBrowser:
    if rtl:
        library.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    library.resize(720, 640)  # its size in the main window at 1024x700
    library.show()
    qtbot.waitExposed(library)
    library.show_role("digital_marketing_director")
    detail = library.findChild(QTextBrowser, "roleDetail")
    assert detail is not None
    return detail


def test_the_level_is_said_in_a_whole_sentence(library: RoleLibrary) -> None:
    detail = library.findChild(QTextBrowser, "roleDetail")
    assert detail is not None
    library.show_role("digital_marketing_director")
    assert "Leadership role from the seed table" in detail.toPlainText()
    library.show_role("seo_specialist")
    assert "Specialist role from the seed table" in detail.toPlainText()


def test_at_a_glance_labels_break_only_between_words(qtbot: QtBot, library: RoleLibrary) -> None:
    detail = _shown_library(qtbot, library, rtl=False)
    for label in ("Implementation complexity", "Resource requirements", "Expected results"):
        block = _block_of(detail, label)
        layout = block.layout()
        text = block.text()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            assert text[start - 1].isspace(), (label, text[:start], text[start:])


@pytest.mark.parametrize("rtl", [False, True])
def test_at_a_glance_labels_are_on_the_reading_side(qtbot: QtBot, library: RoleLibrary,
                                                    rtl: bool) -> None:
    detail = _shown_library(qtbot, library, rtl)
    layout = detail.document().documentLayout()
    label = layout.blockBoundingRect(_block_of(detail, "Key advantage"))
    text = layout.blockBoundingRect(_block_of(detail, "Central decision-making"))
    assert (label.left() > text.left()) == rtl
