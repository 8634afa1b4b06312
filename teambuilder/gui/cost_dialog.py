"""Cost assumptions: salaries, rates, on-cost and currency, each with its source, editable.

:class:`CostDialog` shows the figures of a :class:`~teambuilder.gui.cost_model.CostModel`
with the currency and the on-cost multiplier. Every typed value is checked where it is
typed, with the problem said next to the field, never in a message box.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teambuilder.domain.catalogue import Catalogue, CatalogueError, load_catalogue
from teambuilder.domain.costs import CostTable
from teambuilder.gui.cost_model import (
    MAX_MULTIPLIER,
    MIN_MULTIPLIER,
    CostColumn,
    CostModel,
    CostRole,
    check_multiplier,
    check_value,
    option_label,
)
from teambuilder.gui.formatting import format_year, isolate

_CURRENCY = re.compile(r"^[A-Z]{3}$")
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "RON", "VND", "IRR", "SAR", "AED", "EGP")
"""Offered in the currency box; any other three-letter code can be typed."""
_COLUMN_CAPS_EM = {CostColumn.ROLE: 15, CostColumn.OPTION: 11, CostColumn.FIGURE: 14,
                   CostColumn.MONTHLY: 10}
"""Widest each column gets, in ems, before its texts wrap (the source column takes the rest)."""


class _FigureValidator(QValidator):
    """Accepts only a valid figure; anything else stays 'intermediate' so typing goes on."""

    def __init__(self, basis: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._basis = basis

    def validate(self, text: str, pos: int) -> object:
        """Acceptable when :func:`check_value` reads a number."""
        ok = isinstance(check_value(text, self._basis), float)
        return QValidator.State.Acceptable if ok else QValidator.State.Intermediate


class _RoomyDelegate(QStyledItemDelegate):
    """Gives every cell a little vertical room so wrapped rows do not touch."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The usual size plus a few pixels above and below."""
        return super().sizeHint(option, index).grownBy(QMargins(0, 3, 0, 3))


class _FigureDelegate(_RoomyDelegate):
    """Edits a figure in a line edit that says what is wrong while the person types.

    Signals:
        problem(str): the message for the text being typed ("" when it is fine).
    """

    problem = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A line edit with a validator for this figure's kind."""
        editor = QLineEdit(parent)
        basis = str(index.data(CostRole.BASIS))
        editor.setValidator(_FigureValidator(basis, editor))
        editor.setAccessibleName(QCoreApplication.translate("CostDialog", "Figure"))

        def report(text: str) -> None:
            checked = check_value(text, basis)
            self.problem.emit(checked if isinstance(checked, str) else "")

        editor.textEdited.connect(report)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the current number."""
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Store the number; leave the figure unchanged (and say why) when it is invalid."""
        assert isinstance(editor, QLineEdit)
        checked = check_value(editor.text(), str(index.data(CostRole.BASIS)))
        if isinstance(checked, str):
            self.problem.emit(
                QCoreApplication.translate("CostDialog", "Not changed: {problem}").replace(
                    "{problem}", checked)
            )
            return
        model.setData(index, checked, Qt.ItemDataRole.EditRole)
        self.problem.emit("")


class CostDialog(QDialog):
    """Edit the salaries, rates, on-cost multiplier and currency a plan uses.

    After ``exec()`` returns Accepted, :meth:`overrides` gives the override document to
    store in the plan (None when everything is back to the defaults).
    """

    def __init__(self, defaults: CostTable, overrides: dict[str, Any] | None = None,
                 parent: QWidget | None = None, *, catalogue: Catalogue | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costDialog")
        if catalogue is None:
            catalogue = _current_catalogue()
        self._defaults = defaults
        self._model = CostModel(defaults, overrides, catalogue, self)
        self._currency_error = ""
        self._multiplier_error = ""

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)

        self._currency = QComboBox(self)
        self._currency.setObjectName("costCurrency")
        self._currency.setEditable(True)
        self._currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._currency.addItems(list(COMMON_CURRENCIES))
        self._currency.setCurrentText(self._model.currency())
        line = self._currency.lineEdit()
        assert line is not None
        line.setMaxLength(3)
        line.textEdited.connect(self._on_currency_typed)
        self._currency.activated.connect(lambda _i: self._on_currency_typed(
            self._currency.currentText()))
        self._currency_note = QLabel(self)
        self._currency_note.setWordWrap(True)
        self._currency_note.setObjectName("costCurrencyMessage")

        self._multiplier = QLineEdit(self)
        self._multiplier.setObjectName("costMultiplier")
        self._multiplier.setText(QLocale().toString(self._model.multiplier(), "g", 4))
        self._multiplier.textEdited.connect(self._on_multiplier_typed)
        self._multiplier_note = QLabel(self)
        self._multiplier_note.setWordWrap(True)
        self._multiplier_note.setObjectName("costMultiplierMessage")

        self._currency_label = QLabel(self)
        self._currency_label.setBuddy(self._currency)
        self._multiplier_label = QLabel(self)
        self._multiplier_label.setBuddy(self._multiplier)
        field_width = self.fontMetrics().horizontalAdvance("0") * 12
        self._currency.setFixedWidth(field_width)
        self._multiplier.setFixedWidth(field_width)
        form = QGridLayout()
        form.setColumnStretch(2, 1)
        form.addWidget(self._currency_label, 0, 0)
        form.addWidget(self._currency, 0, 1, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self._currency_note, 0, 2)
        form.addWidget(self._multiplier_label, 1, 0)
        form.addWidget(self._multiplier, 1, 1, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self._multiplier_note, 1, 2)

        self._view = QTableView(self)
        self._view.setObjectName("costTable")
        self._view.setModel(self._model)
        self._delegate = _FigureDelegate(self._view)
        self._view.setItemDelegate(_RoomyDelegate(self._view))
        self._view.setItemDelegateForColumn(CostColumn.FIGURE, self._delegate)
        self._delegate.problem.connect(self._on_figure_problem)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self._view.verticalHeader().setVisible(False)
        self._view.setWordWrap(True)
        self._view.setAlternatingRowColors(True)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Rows grow to fit wrapped names and sources, so nothing is cut off.
        self._view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self._figure_message = QLabel(self)
        self._figure_message.setObjectName("costFigureMessage")
        self._figure_message.setWordWrap(True)
        self._figure_message.setVisible(False)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        reset = self._buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        assert reset is not None
        reset.setObjectName("costReset")
        reset.clicked.connect(self.reset_to_defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._figure_message)
        layout.addWidget(self._buttons)

        self.resize(940, 600)
        self.retranslate()

    # --- public interface ------------------------------------------------------------------

    def overrides(self) -> dict[str, Any] | None:
        """The changes as an override document, or None when everything is default."""
        return self._model.overrides()

    def model(self) -> CostModel:
        """The table model of the figures."""
        return self._model

    def reset_to_defaults(self) -> None:
        """Put every figure, the currency and the multiplier back to the built-in values."""
        self._model.reset()
        self._currency.setCurrentText(self._model.currency())
        self._multiplier.setText(QLocale().toString(self._model.multiplier(), "g", 4))
        self._set_message(self._currency_note, "")
        self._set_message(self._multiplier_note, "")
        self._on_figure_problem("")
        self._refresh_notes()
        self._update_ok()

    # --- internals ---------------------------------------------------------------------------

    def _on_currency_typed(self, text: str) -> None:
        code = text.strip().upper()
        if _CURRENCY.match(code):
            self._model.set_currency(code)
            self._currency_error = ""
        else:
            self._currency_error = QCoreApplication.translate(
                "CostDialog", "Enter a three-letter currency code such as USD, EUR or RON."
            )
        self._refresh_notes()
        self._update_ok()

    def _on_multiplier_typed(self, text: str) -> None:
        checked = check_multiplier(text)
        if isinstance(checked, str):
            self._multiplier_error = checked
        else:
            self._multiplier_error = ""
            self._model.set_multiplier(checked)
        self._refresh_notes()
        self._update_ok()

    def _on_figure_problem(self, message: str) -> None:
        self._set_message(self._figure_message, message, error=bool(message))

    def _set_message(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if error:
            label.setStyleSheet("font-weight: bold")
        else:
            label.setStyleSheet("")

    def _refresh_notes(self) -> None:
        tr = QCoreApplication.translate
        if self._currency_error:
            self._set_message(self._currency_note, self._currency_error, error=True)
        else:
            self._set_message(self._currency_note, tr(
                "CostDialog",
                "Changing the currency does not convert the figures: type them in that currency.",
            ))
        if self._multiplier_error:
            self._set_message(self._multiplier_note, self._multiplier_error, error=True)
        else:
            on_cost = self._model.table().on_cost
            if on_cost.source is not None:
                src = self._model.table().source(on_cost.source)
                year = (format_year(src.year) if src.year is not None
                        else tr("CostDialog", "undated"))
                text = tr("CostDialog", "Salary to full employer cost. Source: {publisher}, "
                          "{title} ({year}).")
                text = text.replace("{publisher}", isolate(src.publisher)).replace(
                    "{title}", isolate(src.title)).replace("{year}", year)
            else:
                text = tr("CostDialog", "Salary to full employer cost. Changed by you.")
            self._set_message(self._multiplier_note, text)
            self._multiplier_note.setToolTip(on_cost.note)

    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(not self._currency_error
                      and not self._multiplier_error)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("CostDialog", "Cost Assumptions"))
        self._intro.setText(tr(
            "CostDialog",
            "The plan costs each role with these figures. Each one names its public source "
            "and year; point at a figure for details. Double-click a figure to change it.",
        ))
        self._currency_label.setText(tr("CostDialog", "&Currency:"))
        self._currency.setAccessibleName(tr("CostDialog", "Currency"))
        self._currency.setToolTip(
            tr("CostDialog", "Three-letter code of the currency of every amount.")
        )
        self._multiplier_label.setText(tr("CostDialog", "Employer &on-cost multiplier:"))
        self._multiplier.setAccessibleName(tr("CostDialog", "Employer on-cost multiplier"))
        self._multiplier.setToolTip(tr(
            "CostDialog",
            "An employee costs more than the salary: taxes, insurance and benefits. "
            "1.29 means 29% on top of the salary.",
        ))
        self._view.setAccessibleName(tr("CostDialog", "Cost figures"))
        reset = self._buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        assert reset is not None
        reset.setText(tr("CostDialog", "&Reset to Defaults"))
        reset.setToolTip(
            tr("CostDialog", "Use the built-in figures from the public sources again.")
        )
        self._model.retranslate()
        self._fit_columns()
        self._refresh_notes()

    def _fit_columns(self) -> None:
        """Size each column from its title and contents, wrapping long texts at a cap.

        The title always fits whole (translations are longer or shorter than English); a
        column whose contents are wider than its cap wraps them instead.
        """
        header = self._view.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        for column, cap in _COLUMN_CAPS_EM.items():
            contents = min(self._view.sizeHintForColumn(column), cap * em)
            self._view.setColumnWidth(column, max(header.sectionSizeHint(column), contents))

    def changeEvent(self, event: QEvent) -> None:
        """Follow language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _current_catalogue() -> Catalogue | None:
    """The catalogue in the interface's language, for role names (None if unreadable)."""
    from teambuilder.gui.i18n import normalise

    lang = normalise(QLocale().name()) or "en"
    try:
        return load_catalogue(lang)
    except CatalogueError:
        return None


__all__ = [
    "MAX_MULTIPLIER",
    "MIN_MULTIPLIER",
    "CostColumn",
    "CostDialog",
    "CostModel",
    "CostRole",
    "check_multiplier",
    "check_value",
    "option_label",
]
