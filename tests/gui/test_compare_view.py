"""The side-by-side view: the seed table's ratings, the picker and its limits."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue, CombinedRole, load_catalogue
from teambuilder.gui.compare_view import (
    EDGE,
    CompareModel,
    CompareRole,
    CompareView,
    ElidingComboBox,
)
from teambuilder.gui.ratings import RatingMeter

# The offscreen platform warns about window size hints whenever a top-level widget is shown;
# that message is about the test platform, not this view.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue("en")


@pytest.fixture
def view(qtbot: QtBot, catalogue: Catalogue) -> CompareView:
    widget = CompareView()
    qtbot.addWidget(widget)
    widget.set_catalogue(catalogue)
    widget.resize(1024, 700)
    return widget


def _cell(model: CompareModel, attribute: str, entry_id: str, role: int) -> object:
    row = model.attributes().index(attribute)
    col = model.entry_ids().index(entry_id)
    return model.data(model.index(row, col), role)


def test_columns_show_the_seed_tables_ratings(view: CompareView) -> None:
    view.set_selection(["seo_specialist", "paid_media_manager"])
    model = view.model()
    assert model.entry_ids() == ["seo_specialist", "paid_media_manager"]
    display = Qt.ItemDataRole.DisplayRole
    assert _cell(model, "complexity", "seo_specialist", display) == "High"
    assert _cell(model, "resources", "seo_specialist", display) == "Moderate"
    assert _cell(model, "complexity", "paid_media_manager", display) == "Medium"
    assert _cell(model, "resources", "paid_media_manager", display) == "High"
    assert _cell(model, "complexity", "seo_specialist", CompareRole.RATING_LEVEL) == 3
    assert _cell(model, "resources", "seo_specialist", CompareRole.RATING_LEVEL) == 2


def test_every_column_has_the_tables_descriptive_fields(
    view: CompareView, catalogue: Catalogue
) -> None:
    view.set_selection(["analytics_manager", "email_marketing_specialist"])
    model = view.model()
    for rid in model.entry_ids():
        entry = catalogue.role(rid)
        display = Qt.ItemDataRole.DisplayRole
        assert _cell(model, "expected_results", rid, display) == entry.expected_results
        assert _cell(model, "ideal_use_case", rid, display) == entry.ideal_use_case
        assert _cell(model, "key_advantage", rid, display) == entry.key_advantage
        assert _cell(model, "pros", rid, CompareRole.ITEMS) == list(entry.pros)
        assert _cell(model, "cons", rid, CompareRole.ITEMS) == list(entry.cons)
        note = _cell(model, "complexity", rid, CompareRole.NOTE)
        assert note == getattr(entry, "complexity_note", None)


def test_meters_and_words_are_on_screen(view: CompareView) -> None:
    view.set_selection(["seo_specialist", "digital_product_manager"])
    view.show()
    meters = view.findChildren(RatingMeter)
    assert sorted(m.level() for m in meters) == [2, 3, 3, 3]  # moderate, then three highs
    texts = {label.text() for label in view.findChildren(QLabel)}
    assert {"High", "Moderate", "SEO Specialist", "Digital Product Manager"} <= texts
    tips = [m.accessibleName() for m in meters]
    assert any("Implementation complexity: High (3 of 3)" in tip for tip in tips)


def test_combined_role_shows_what_it_merges_and_derived_ratings(
    view: CompareView, catalogue: Catalogue
) -> None:
    view.set_selection(["content_seo_specialist", "seo_specialist"])
    model = view.model()
    assert model.attributes()[0] == "made_of"
    lines = _cell(model, "made_of", "content_seo_specialist", CompareRole.ITEMS)
    assert lines == [
        "Content Marketing Manager: about 60% of its work",
        "SEO Specialist: about 60% of its work",
    ]
    combo = catalogue.role("content_seo_specialist")
    assert isinstance(combo, CombinedRole)
    word = _cell(model, "complexity", "content_seo_specialist", Qt.ItemDataRole.DisplayRole)
    assert word == catalogue.complexity_of(combo).capitalize()
    note = str(_cell(model, "complexity", "content_seo_specialist", CompareRole.NOTE))
    assert note.startswith("Derived from the roles it merges")
    assert "SEO Specialist" in note


def test_single_roles_only_have_no_made_of_row(view: CompareView) -> None:
    view.set_selection(["seo_specialist", "social_media_manager"])
    assert "made_of" not in view.model().attributes()


def test_selection_order_is_preserved(qtbot: QtBot, view: CompareView) -> None:
    ids = ["email_marketing_specialist", "seo_specialist", "performance_marketer"]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.set_selection(ids)
    assert blocker.args == [ids]
    assert view.selection() == ids
    assert view.model().entry_ids() == ids
    combos = view.findChildren(QComboBox)
    assert [c.currentData() for c in combos] == [*ids, None]


def test_more_than_four_keeps_the_first_four_and_says_so(view: CompareView) -> None:
    ids = ["seo_specialist", "paid_media_manager", "analytics_manager",
           "social_media_manager", "email_marketing_specialist"]
    view.set_selection(ids)
    assert view.selection() == ids[:4]
    message = view.findChild(QLabel, "compareMessage")
    assert message is not None
    assert "Email Marketing Specialist" in message.text()
    assert "Up to four roles" in message.text()


def test_fewer_than_two_asks_for_another(view: CompareView) -> None:
    view.set_selection(["seo_specialist"])
    view.show()
    message = view.findChild(QLabel, "compareMessage")
    assert message is not None and message.isVisible()
    assert "at least two" in message.text()
    view.set_selection(["seo_specialist", "analytics_manager"])
    assert not message.isVisible()


def test_unknown_and_repeated_ids_are_skipped(view: CompareView) -> None:
    view.set_selection(["seo_specialist", "nope", "seo_specialist", "analytics_manager"])
    assert view.selection() == ["seo_specialist", "analytics_manager"]
    message = view.findChild(QLabel, "compareMessage")
    assert message is not None and "nope" in message.text()


def test_choosing_in_a_slot_updates_columns(qtbot: QtBot, view: CompareView) -> None:
    view.set_selection(["seo_specialist", "analytics_manager"])
    third = view.findChild(QComboBox, "compareSlot3")
    assert third is not None
    with qtbot.waitSignal(view.selectionChanged):
        third.setCurrentIndex(third.findData("paid_media_manager"))
        third.activated.emit(third.currentIndex())
    assert view.selection() == ["seo_specialist", "analytics_manager", "paid_media_manager"]
    # Choosing a role already shown elsewhere swaps the two columns, never duplicates.
    first = view.findChild(QComboBox, "compareSlot1")
    assert first is not None
    first.setCurrentIndex(first.findData("paid_media_manager"))
    first.activated.emit(first.currentIndex())
    assert view.selection() == ["paid_media_manager", "analytics_manager", "seo_specialist"]
    # Emptying a slot removes that column.
    first.setCurrentIndex(0)
    first.activated.emit(0)
    assert view.selection() == ["analytics_manager", "seo_specialist"]


def test_compare_combined_with_its_roles(qtbot: QtBot, view: CompareView) -> None:
    view.set_selection(["performance_marketer", "seo_specialist"])
    view.show()
    button = view.findChild(QPushButton, "compareMerged1")
    assert button is not None
    with qtbot.waitSignal(view.selectionChanged):
        button.click()
    assert view.selection() == ["performance_marketer", "paid_media_manager", "analytics_manager"]
    view.compare_with_merged("digital_marketing_generalist")
    assert len(view.selection()) == 4
    assert view.selection()[0] == "digital_marketing_generalist"


def test_model_passes_qtmodeltester(qtmodeltester: object, view: CompareView) -> None:
    view.set_selection(["content_seo_specialist", "seo_specialist", "content_marketing_manager"])
    qtmodeltester.check(view.model(), force_py=True)  # type: ignore[attr-defined]


def test_language_change_keeps_selection(view: CompareView, catalogue: Catalogue) -> None:
    view.set_selection(["seo_specialist", "analytics_manager"])
    view.set_catalogue(catalogue)
    assert view.selection() == ["seo_specialist", "analytics_manager"]
    view.retranslate()
    assert view.model().columnCount() == 2


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_four_columns_render_without_cut_text(
    qtbot: QtBot, view: CompareView, size: tuple[int, int]
) -> None:
    view.set_selection(["digital_marketing_generalist", "social_media_manager",
                        "content_marketing_manager", "email_marketing_specialist"])
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    assert not image.isNull()
    for label in view.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.width() > 0:
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, label.text()[:60]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_meter_fills_from_the_reading_start(qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    meter = RatingMeter(1)
    qtbot.addWidget(meter)
    meter.setLayoutDirection(direction)
    meter.resize(60, 20)
    image = meter.grab().toImage()
    highlight = meter.palette().color(meter.palette().ColorRole.Highlight).rgb()
    y = image.height() - 4
    filled = [x for x in range(image.width()) if image.pixelColor(x, y).rgb() == highlight]
    assert filled, "the first step is filled"
    if direction == Qt.LayoutDirection.LeftToRight:
        assert max(filled) < image.width() / 3
    else:
        assert min(filled) > image.width() * 2 / 3


def test_right_to_left_view_renders(qtbot: QtBot, view: CompareView) -> None:
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.set_selection(["content_seo_specialist", "seo_specialist"])
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().toImage().isNull()
    assert view.model().columnCount() == 2


@pytest.mark.parametrize("rtl", [False, True])
def test_bullets_stand_on_the_reading_side(qtbot: QtBot, rtl: bool) -> None:
    from PySide6.QtGui import QTextDocument

    from teambuilder.gui.compare_view import bullet_html

    doc = QTextDocument()
    doc.setTextWidth(300)
    doc.setHtml(bullet_html(["Paid Media Manager: about 65% of its work"], rtl))
    layout = doc.documentLayout()
    bullet = layout.blockBoundingRect(doc.find("\u2022").block())
    text = layout.blockBoundingRect(doc.find("Paid Media").block())
    assert (bullet.left() > text.left()) == rtl


def test_a_long_name_in_a_narrow_picker_ends_with_an_ellipsis(qtbot: QtBot, view: CompareView,
                                                              catalogue: Catalogue) -> None:
    """At 1024 pixels the four pickers share one row: a long name is cut with "…", not
    clipped mid-letter, and a short one is shown whole."""
    view.set_selection(["digital_marketing_generalist", "seo_specialist"])
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    long_name = catalogue.role("digital_marketing_generalist").name
    first, second = view.findChildren(ElidingComboBox)[:2]
    assert first.currentText() == long_name
    shown = first.shown_text()
    assert shown.endswith("\u2026") and long_name.startswith(shown[:-1])
    assert second.shown_text() == catalogue.role("seo_specialist").name


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_text_keeps_clear_of_the_scroll_bar(qtbot: QtBot, view: CompareView,
                                            direction: Qt.LayoutDirection) -> None:
    view.setLayoutDirection(direction)
    view.set_selection(["digital_marketing_generalist", "social_media_manager",
                        "content_marketing_manager"])
    view.resize(1024, 400)
    view.show()
    qtbot.waitExposed(view)
    scroll = view.findChild(QScrollArea, "compareScroll")
    assert scroll is not None
    body = scroll.widget()
    assert body is not None
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    bar_left = bar.mapTo(view, bar.rect().topLeft()).x()
    bar_right = bar.mapTo(view, bar.rect().topRight()).x()
    labels = [label for label in body.findChildren(QLabel) if label.isVisible()]
    assert labels
    for label in labels:
        left = label.mapTo(view, label.rect().topLeft()).x()
        right = label.mapTo(view, label.rect().topRight()).x()
        if direction == Qt.LayoutDirection.LeftToRight:
            assert right + EDGE <= bar_left + 1, label.text()[:40]
        else:
            assert left >= bar_right + EDGE - 1, label.text()[:40]
