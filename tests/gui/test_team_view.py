"""The team view: a new plan is laid out once and its texts stay selectable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.engine import recommend
from teambuilder.domain.profile import Profile
from teambuilder.gui.main_window import MainWindow
from teambuilder.gui.team_view import TeamView, WrappedLabel

LONG = ("• Takes care of search visibility and content: the demand is about half a person. "
        "• Complements the agency for paid media with 40% of the work, which matters a lot.")


def _geometries(view: TeamView) -> list[tuple[str, object]]:
    return [(w.objectName(), w.geometry().getRect())
            for w in view.findChildren(QWidget) if w.isVisibleTo(view)]


def _enter(label: WrappedLabel) -> None:
    QApplication.sendEvent(label, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))


def test_a_new_plan_is_laid_out_before_it_is_painted(window: MainWindow,
                                                      catalogue: Catalogue) -> None:
    # Left to the event loop, cards, page and scroll area were laid out one after the other
    # with paints in between: the user saw the page jump. Now nothing moves afterwards.
    view = window.team_view
    for budget, size in ((150_000, 6_000), (2_500, 4), (40_000, 900), (1_200, 12)):
        rec = recommend(Profile(size=size, focus="both", budget=budget), catalogue,
                        window.costs())
        view.set_recommendation(rec, catalogue)
        laid_out = _geometries(view)
        for card in view.cards():
            reasons = card.reasons
            assert reasons.height() >= reasons.heightForWidth(reasons.width()), \
                "a card is too short for its reasons"
        QApplication.processEvents()
        assert _geometries(view) == laid_out


def test_a_new_plan_is_measured_only_at_the_width_it_is_shown_at(
        window: MainWindow, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each measure of a wrapped text lays it all out. Preferred sizes used to lay every
    # text of a new plan out again at widths nobody sees (about 80 characters, or the
    # width of a card's title plus its cost), which made re-planning slower.
    view = window.team_view
    asked: list[tuple[WrappedLabel, int]] = []
    measure = WrappedLabel.heightForWidth

    def counting(label: WrappedLabel, width: int) -> int:
        asked.append((label, width))
        return measure(label, width)

    monkeypatch.setattr(WrappedLabel, "heightForWidth", counting)
    for budget, size in ((150_000, 6_000), (2_500, 4), (40_000, 900), (9_000, 12)):
        rec = recommend(Profile(size=size, focus="both", budget=budget), catalogue,
                        window.costs())
        asked.clear()
        view.set_recommendation(rec, catalogue)
        QApplication.processEvents()
        elsewhere = {(label.objectName(), width, label.width()) for label, width in asked
                     if label.isVisible() and width != label.width()}
        assert not elsewhere, "texts measured at a width they are not shown at"
        for card in view.cards():
            reasons = card.reasons
            assert reasons.height() >= reasons.heightForWidth(reasons.width())


def test_cards_follow_the_plan_when_lines_come_and_go(window: MainWindow,
                                                       catalogue: Catalogue) -> None:
    view = window.team_view
    big = recommend(Profile(size=6_000, focus="both", budget=150_000), catalogue,
                    window.costs())
    small = recommend(Profile(size=4, focus="b2c", budget=2_500), catalogue, window.costs())
    assert len(big.team) > len(small.team) >= 1
    for rec in (big, small, big):
        view.set_recommendation(rec, catalogue)
        cards = view.cards()
        assert [c.title.text() for c in cards] == [line.title for line in rec.team]
        assert all(c.isVisibleTo(view) for c in cards)
        assert [c.compare_button.isVisibleTo(c) for c in cards] == [
            view.team_model.is_combined(row) for row in range(len(cards))]
        hidden = [c for c in view.findChildren(QWidget, "teamCard") if c not in cards]
        assert not any(c.isVisibleTo(view) for c in hidden)


def test_a_label_measures_its_new_text_not_the_old_one(qtbot: QtBot) -> None:
    label = WrappedLabel(selectable=True)
    qtbot.addWidget(label)
    label.setText(LONG * 3)
    tall = label.heightForWidth(300)
    label.setText("Short.")
    assert label.heightForWidth(300) < tall
    label.setText(LONG * 3)
    assert label.heightForWidth(300) == tall


def test_the_text_is_selectable_under_the_pointer_and_wraps_the_same(qtbot: QtBot) -> None:
    label = WrappedLabel(selectable=True)
    qtbot.addWidget(label)
    label.setText(LONG)
    label.resize(300, label.heightForWidth(300))
    label.show()
    qtbot.waitExposed(label)
    plain = label.grab().toImage()
    heights = [label.heightForWidth(w) for w in (200, 300, 700)]

    _enter(label)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    label.setSelection(2, 10)
    assert label.hasSelectedText()
    # Selecting must not move anything: the same wrapping and the same pixels.
    label.setSelection(0, 0)
    assert [label.heightForWidth(w) for w in (200, 300, 700)] == heights
    assert label.grab().toImage() == plain

    label.setSelection(2, 10)
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert label.hasSelectedText(), "leaving the label keeps the user's selection"
    label.setSelection(0, 0)
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_only_selectable_labels_become_selectable(qtbot: QtBot) -> None:
    label = WrappedLabel(selectable=False)
    qtbot.addWidget(label)
    label.setText(LONG)
    _enter(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_the_team_texts_are_selectable(window: MainWindow) -> None:
    view = window.team_view
    card = view.cards()[0]
    for label in (card.title, card.mode, card.covers, card.reasons):
        assert label.is_selectable()
    notes = view.findChild(WrappedLabel, "notes")
    assert notes is not None and notes.is_selectable()
