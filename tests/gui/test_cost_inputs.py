"""The cost assumptions editor takes what people type, in any digits, and refuses the
absurd (NaN, infinity, negative, huge, empty) with a message under the table, never with
a dialog, and never lets a refused figure into the plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.costs import apply_overrides, default_costs
from teambuilder.gui.cost_dialog import CostDialog
from teambuilder.gui.cost_model import CostColumn

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A message box or a second dialog would be a dialog storm: fail on any."""

    def refuse(self: QDialog) -> int:
        raise AssertionError(f"a {type(self).__name__} was shown")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def dialog(qtbot: QtBot) -> CostDialog:
    widget = CostDialog(default_costs(), None, None, catalogue=load_catalogue("en"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_figure(qtbot: QtBot, dialog: CostDialog, text: str) -> tuple[QLineEdit, QLabel]:
    """Type ``text`` over the SEO agency figure; returns the editor and the message."""
    model = dialog.model()
    index = model.index(model.row_of("seo_specialist", "agency"), CostColumn.FIGURE)
    view = dialog.findChild(QTableView, "costTable")
    assert isinstance(view, QTableView)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text:
        for char in text:  # as a keyboard sends them (QTest only types Latin-1)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    message = dialog.findChild(QLabel, "costFigureMessage")
    assert isinstance(message, QLabel)
    return editor, message


@pytest.mark.parametrize(("text", "says"), [
    ("$", "enter an amount"),
    ("$ twelve", "not a number"),
    ("NaN", "not a number"),
    ("inf", "not a number"),
    ("1e20", "not a number"),
    ("-0.01", "cannot be negative"),
    ("-\u06f5\u06f0\u06f0", "cannot be negative"),  # -500 in Persian digits
    ("99999999999999", "too large"),
    ("1,000,000,000", "too large"),
    ("0", "more than zero"),
    ("", "enter an amount"),
    ("   ", "enter an amount"),
    ("twelve", "not a number"),
])
def test_a_bad_figure_is_refused_where_it_is_typed(qtbot: QtBot, dialog: CostDialog,
                                                   text: str, says: str) -> None:
    model = dialog.model()
    index = model.index(model.row_of("seo_specialist", "agency"), CostColumn.FIGURE)
    before = index.data(Qt.ItemDataRole.EditRole)
    editor, message = type_figure(qtbot, dialog, text)
    assert message.isVisible() and says in message.text().lower(), message.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert message.isVisible()  # still there to be corrected
    assert index.data(Qt.ItemDataRole.EditRole) == before
    assert dialog.overrides() is None


@pytest.mark.parametrize(("text", "value"), [
    ("\u06f2\u066c\u06f0\u06f0\u06f0", 2000.0),  # Persian digits, Persian separator
    ("\u0663\u0660\u0660\u0660", 3000.0),  # Arabic-Indic digits
    ("\u200f\u06f1\u06f2\u06f0\u06f0\u200f", 1200.0),  # in right-to-left marks, as pasted
    ("2,500", 2500.0),
    ("1,750.50", 1750.5),
    # The forms the budget field takes: a currency sign, code or word, group separators.
    ("$1,750.50", 1750.5),
    ("$12,500", 12500.0),
    ("USD 900", 900.0),
    ("1,750.50 USD", 1750.5),
    ("\u06f1\u06f2\u066c\u06f5\u06f0\u06f0 $", 12500.0),  # Persian digits, then $
])
def test_figures_in_other_digits_are_read(qtbot: QtBot, dialog: CostDialog, text: str,
                                          value: float) -> None:
    editor, message = type_figure(qtbot, dialog, text)
    assert not message.isVisible(), message.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.overrides() is not None)
    overrides = dialog.overrides()
    assert overrides == {"roles": {"seo_specialist": {"agency": value}}}
    table = apply_overrides(default_costs(), overrides, "typed")
    assert table.monthly("seo_specialist", "agency") == value


def test_too_large_says_the_limit_in_the_locale(qtbot: QtBot, dialog: CostDialog) -> None:
    _editor, message = type_figure(qtbot, dialog, "99999999999999")
    assert message.isVisible()
    assert "100,000,000" in message.text(), message.text()
