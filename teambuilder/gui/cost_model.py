"""The cost figures as a table model: one row per staffing option of each role.

:class:`CostModel` adapts a :class:`~teambuilder.domain.costs.CostTable` and the user's
override document (the shape :func:`~teambuilder.domain.costs.apply_overrides` reads) to a
table with the figure, the monthly cost and the source of every option. The ``check_*``
helpers read typed figures and return a translated sentence when something is wrong.
"""

from __future__ import annotations

import copy
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.costs import (
    MAX_MONTHLY,
    CostFileError,
    CostTable,
    Figure,
    Option,
    apply_overrides,
)
from teambuilder.domain.numbers import AmountError, Problem, parse_amount
from teambuilder.gui.formatting import (
    currency_symbol,
    format_money,
    format_percent,
    format_year,
    isolate,
)
from teambuilder.gui.number_input import number_part

_NO_PARENT = QModelIndex()

MIN_MULTIPLIER, MAX_MULTIPLIER = 1.0, 3.0
OVERRIDES_LABEL = "cost assumptions"
"""How the dialog's changes are named inside the cost table (``Figure.set_by``)."""


class CostColumn(IntEnum):
    """Columns of :class:`CostModel`."""

    ROLE = 0
    OPTION = 1
    FIGURE = 2
    MONTHLY = 3
    SOURCE = 4


class CostRole(IntEnum):
    """Custom item data roles of :class:`CostModel`."""

    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    """Role or combined-role id of the row (str)."""
    OPTION = Qt.ItemDataRole.UserRole + 2
    """Staffing option of the row (str)."""
    BASIS = Qt.ItemDataRole.UserRole + 3
    """How the figure is computed: salary, fraction, hourly, retainer or fixed."""
    VALUE = Qt.ItemDataRole.UserRole + 4
    """The editable number (annual salary, hourly rate, monthly fee, or percent)."""
    MONTHLY = Qt.ItemDataRole.UserRole + 5
    """Fully loaded monthly cost (float)."""
    CHANGED = Qt.ItemDataRole.UserRole + 6
    """True when the user changed this figure."""


def option_label(option: str) -> str:
    """Translated name of a staffing option."""
    labels = {
        "full_time": QCoreApplication.translate("CostDialog", "Full-time employee"),
        "part_time": QCoreApplication.translate("CostDialog", "Part-time employee"),
        "freelance": QCoreApplication.translate("CostDialog", "Freelancer"),
        "agency": QCoreApplication.translate("CostDialog", "Agency"),
        "fractional": QCoreApplication.translate(
            "CostDialog", "Fractional leader (part-time, outside)"
        ),
    }
    return labels.get(option, option)


def problem_text(problem: Problem, maximum: float = MAX_MONTHLY,
                 locale: QLocale | None = None) -> str:
    """A translated sentence for a problem with a typed amount.

    ``maximum`` is the largest acceptable amount, written in ``locale`` (the default
    locale when None) when the amount is too large.
    """
    loc = locale if locale is not None else QLocale()
    texts = {
        Problem.EMPTY: QCoreApplication.translate("CostDialog", "Enter an amount."),
        Problem.NOT_A_NUMBER: QCoreApplication.translate(
            "CostDialog", "That is not a number. Type digits, for example 4500 or 4,500."
        ),
        Problem.NEGATIVE: QCoreApplication.translate("CostDialog", "An amount cannot be negative."),
        Problem.TOO_LARGE: QCoreApplication.translate(
            "CostDialog", "That amount is too large. Enter at most %1."
        ).replace("%1", loc.toString(float(maximum), "f", 0)),
    }
    return texts[problem]


def _value_field(basis: str) -> str:
    return {"salary": "annual_salary", "hourly": "hourly_rate", "fraction": "fraction"}.get(
        basis, "monthly"
    )


def figure_value(figure: Figure) -> float:
    """The number a person edits for a figure (a fraction is shown in percent)."""
    if figure.basis == "salary":
        return float(figure.annual_salary or 0.0)
    if figure.basis == "hourly":
        return float(figure.hourly_rate or 0.0)
    if figure.basis == "fraction":
        return float(figure.fraction or 0.0) * 100.0
    return float(figure.monthly or 0.0)


_MAXIMUM = {"fraction": 100.0, "salary": MAX_MONTHLY * 12}


def _share_message() -> str:
    return QCoreApplication.translate("CostDialog", "Enter a share between 1 and 100 percent.")


def check_value(text: str, basis: str, locale: QLocale | None = None) -> float | str:
    """Read a typed figure; return the number, or a translated sentence saying what is wrong.

    Reads what the budget field reads: digits of any script, group separators and a
    currency sign, code or word before or after the number (``$1,750.50``, ``1.750,50 lei``),
    and decimals as well.
    """
    loc = locale if locale is not None else QLocale()
    maximum = _MAXIMUM.get(basis, MAX_MONTHLY)
    number = number_part(text)
    if not number:
        typed_something = any(ch.isalnum() for ch in text)
        return problem_text(Problem.NOT_A_NUMBER if typed_something else Problem.EMPTY)
    decimal_point, group_separator = loc.decimalPoint(), loc.groupSeparator()
    if decimal_point not in ".,":
        # Persian and Arabic: their own decimal and thousands signs are always read, and
        # Latin separators follow the English convention, as in the budget field
        # ("12,500" is twelve thousand five hundred, not twelve and a half).
        decimal_point, group_separator = ".", ","
    try:
        value = parse_amount(
            number,
            decimal_point=decimal_point,
            group_separator=group_separator,
            maximum=maximum,
        )
    except AmountError as exc:
        if exc.problem is Problem.TOO_LARGE and basis == "fraction":
            return _share_message()
        return problem_text(exc.problem, maximum, loc)
    if value <= 0:
        if basis == "fraction":
            return _share_message()
        return QCoreApplication.translate("CostDialog", "The amount must be more than zero.")
    return value


def check_multiplier(text: str, locale: QLocale | None = None) -> float | str:
    """Read a typed on-cost multiplier; the number, or a sentence saying what is wrong."""
    loc = locale if locale is not None else QLocale()
    message = QCoreApplication.translate(
        "CostDialog",
        "Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.",
    )
    try:
        value = parse_amount(text, decimal_point=loc.decimalPoint(),
                             group_separator=loc.groupSeparator())
    except AmountError as exc:
        return problem_text(exc.problem) if exc.problem is Problem.EMPTY else message
    if not MIN_MULTIPLIER <= value <= MAX_MULTIPLIER:
        return message
    return value


class CostModel(QAbstractTableModel):
    """One row per staffing option of each role; the figure column is editable.

    The model keeps the user's override document and rebuilds the effective table from it
    after each change, so what is shown is always what the engine will use.

    Signals:
        changed(): a figure, the currency or the multiplier changed.
    """

    changed = Signal()

    def __init__(self, defaults: CostTable, overrides: dict[str, Any] | None,
                 catalogue: Catalogue | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._defaults = defaults
        self._catalogue = catalogue
        self._doc: dict[str, Any] = copy.deepcopy(overrides) if overrides else {}
        try:
            self._table = apply_overrides(defaults, self._doc, OVERRIDES_LABEL)
        except CostFileError:
            # A plan with overrides this version cannot apply: start from the defaults
            # rather than refusing to open the dialog.
            self._doc = {}
            self._table = defaults
        self._rows: list[tuple[str, Option]] = []
        self._build_rows()

    def _build_rows(self) -> None:
        order = self._catalogue.ids() if self._catalogue is not None else []
        ids = sorted(self._table.roles, key=lambda r: (order.index(r) if r in order else 99, r))
        self._rows = [(rid, opt) for rid in ids for opt in self._table.options_for(rid)]

    # --- state ---------------------------------------------------------------------------

    def table(self) -> CostTable:
        """The cost table with the current changes applied."""
        return self._table

    def overrides(self) -> dict[str, Any] | None:
        """The override document for the changes, or None when everything is default."""
        return copy.deepcopy(self._doc) if self._doc else None

    def currency(self) -> str:
        """Currency code of every amount."""
        return self._table.currency

    def multiplier(self) -> float:
        """Employer on-cost multiplier."""
        return self._table.on_cost.multiplier

    def row_of(self, entry_id: str, option: str) -> int:
        """Row of one option of one role (-1 if not offered)."""
        try:
            return self._rows.index((entry_id, option))  # type: ignore[arg-type]
        except ValueError:
            return -1

    def _apply(self, doc: dict[str, Any]) -> None:
        table = apply_overrides(self._defaults, doc, OVERRIDES_LABEL)
        self._doc = doc
        self._table = table
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(CostColumn) - 1))
        self.changed.emit()

    def set_currency(self, code: str) -> None:
        """Use this currency code for every amount (amounts are not converted)."""
        doc = copy.deepcopy(self._doc)
        if code == self._defaults.currency:
            doc.pop("currency", None)
        else:
            doc["currency"] = code
        self._apply(doc)

    def set_multiplier(self, value: float) -> None:
        """Use this employer on-cost multiplier."""
        doc = copy.deepcopy(self._doc)
        if abs(value - self._defaults.on_cost.multiplier) < 1e-9:
            doc.pop("on_cost_multiplier", None)
        else:
            doc["on_cost_multiplier"] = value
        self._apply(doc)

    def set_value(self, row: int, value: float) -> None:
        """Change the editable number of a row (percent for a part-time fraction)."""
        entry_id, option = self._rows[row]
        current = self._table.figure(entry_id, option)
        doc = copy.deepcopy(self._doc)
        roles = doc.setdefault("roles", {})
        options = roles.setdefault(entry_id, {})
        default = self._defaults.roles.get(entry_id, {}).get(option)
        if default is not None and default.basis == current.basis and abs(
            figure_value(default) - value
        ) < 1e-9:
            options.pop(option, None)
        elif current.basis in ("retainer", "fixed"):
            options[option] = value
        else:
            field = _value_field(current.basis)
            options[option] = {field: value / 100.0 if field == "fraction" else value}
        if not options:
            roles.pop(entry_id)
        if not roles:
            doc.pop("roles")
        self._apply(doc)

    def reset(self) -> None:
        """Back to the built-in figures."""
        self._apply({})

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """One row per offered option of each role."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """Role, option, figure, monthly cost, source."""
        return 0 if parent.isValid() else len(CostColumn)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """The figure column is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CostColumn.FIGURE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            CostColumn.ROLE: QCoreApplication.translate("CostDialog", "Role"),
            CostColumn.OPTION: QCoreApplication.translate("CostDialog", "Staffing"),
            CostColumn.FIGURE: QCoreApplication.translate("CostDialog", "Figure"),
            CostColumn.MONTHLY: QCoreApplication.translate("CostDialog", "Monthly cost"),
            CostColumn.SOURCE: QCoreApplication.translate("CostDialog", "Source and year"),
        }
        return titles.get(CostColumn(section)) if 0 <= section < len(CostColumn) else None

    def _name(self, entry_id: str) -> str:
        if self._catalogue is not None and entry_id in self._catalogue.ids():
            return self._catalogue.role(entry_id).name
        return entry_id

    def _figure_text(self, figure: Figure) -> str:
        cur = self._table.currency
        tr = QCoreApplication.translate
        if figure.basis == "salary":
            return tr("CostDialog", "{amount} a year").replace(
                "{amount}", format_money(figure.annual_salary or 0.0, cur))
        if figure.basis == "hourly":
            loc = QLocale()
            hourly = float(figure.hourly_rate or 0.0)
            rate = loc.toCurrencyString(hourly, currency_symbol(cur), 2 if hourly % 1 else 0)
            return tr("CostDialog", "{rate} an hour, {hours} hours a month").replace(
                "{rate}", isolate(rate)).replace(
                    "{hours}", loc.toString(round(figure.hours_per_month or 0)))
        if figure.basis == "fraction":
            return tr("CostDialog", "{percent} of the full-time cost").replace(
                "{percent}", format_percent(figure.fraction or 0.0))
        return tr("CostDialog", "{amount} a month").replace(
            "{amount}", format_money(figure.monthly or 0.0, cur))

    def source_text(self, figure: Figure) -> str:
        """Short 'publisher, year' line for a figure, or what else it is."""
        tr = QCoreApplication.translate
        if figure.set_by is not None:
            return tr("CostDialog", "Changed by you")
        if figure.source is not None:
            src = self._table.source(figure.source)
            year = format_year(src.year) if src.year is not None else tr("CostDialog", "undated")
            return tr("CostDialog", "{publisher}, {year}").replace(
                "{publisher}", isolate(src.publisher)).replace("{year}", year)
        if figure.basis == "fraction":
            return tr("CostDialog", "Assumption: share of the full-time cost")
        return tr("CostDialog", "Assumption")

    def source_details(self, figure: Figure) -> str:
        """Everything known about where a figure comes from, for the tooltip."""
        tr = QCoreApplication.translate
        lines = []
        if figure.set_by is not None:
            lines.append(
                tr("CostDialog", "You changed this figure; Reset to Defaults restores it.")
            )
        if figure.source is not None:
            src = self._table.source(figure.source)
            year = format_year(src.year) if src.year is not None else tr("CostDialog", "undated")
            lines.append(f"{isolate(f'{src.publisher}: {src.title}')} ({year})")
            if src.url:
                lines.append(src.url)
        if figure.proxy:
            lines.append(tr("CostDialog", "Stand-in occupation: {proxy}").replace(
                "{proxy}", figure.proxy))
        if figure.note:
            lines.append(figure.note)
        return "\n".join(lines)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Texts, numbers and tooltips of one cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry_id, option = self._rows[index.row()]
        figure = self._table.figure(entry_id, option)
        col = index.column()
        if role == CostRole.ENTRY_ID:
            return entry_id
        if role == CostRole.OPTION:
            return option
        if role == CostRole.BASIS:
            return figure.basis
        if role == CostRole.VALUE:
            return figure_value(figure)
        if role == CostRole.MONTHLY:
            return self._table.monthly(entry_id, option)
        if role == CostRole.CHANGED:
            return figure.set_by is not None
        first_of_role = index.row() == 0 or self._rows[index.row() - 1][0] != entry_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CostColumn.ROLE:
                return self._name(entry_id) if first_of_role else ""
            if col == CostColumn.OPTION:
                return option_label(option)
            if col == CostColumn.FIGURE:
                return self._figure_text(figure)
            if col == CostColumn.MONTHLY:
                return format_money(self._table.monthly(entry_id, option), self._table.currency)
            if col == CostColumn.SOURCE:
                return self.source_text(figure)
        if role == Qt.ItemDataRole.EditRole and col == CostColumn.FIGURE:
            return QLocale().toString(figure_value(figure), "f", 2).rstrip("0").rstrip(
                QLocale().decimalPoint())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == CostColumn.ROLE:
                return self._name(entry_id)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (CostColumn.SOURCE, CostColumn.FIGURE):
                return self.source_details(figure)
            if col == CostColumn.ROLE:
                return self._name(entry_id)
            if col == CostColumn.MONTHLY:
                return QCoreApplication.translate(
                    "CostDialog", "Fully loaded monthly cost used by the plan."
                )
        if role == Qt.ItemDataRole.FontRole and figure.set_by is not None and col in (
            CostColumn.FIGURE, CostColumn.MONTHLY, CostColumn.SOURCE
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CostColumn.MONTHLY:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a figure from a number or from typed text; refuse anything invalid."""
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != CostColumn.FIGURE):
            return False
        basis = str(self.data(index, CostRole.BASIS))
        checked = check_value(str(value), basis) if isinstance(value, str) else value
        if not isinstance(checked, (int, float)) or isinstance(checked, bool):
            return False
        if basis == "fraction" and not 0 < checked <= 100:
            return False
        if checked <= 0:
            return False
        self.set_value(index.row(), float(checked))
        return True

    def retranslate(self) -> None:
        """Texts changed language."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(CostColumn) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CostColumn) - 1)
