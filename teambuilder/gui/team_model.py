"""Thin Qt models over a :class:`Recommendation`: the team lines and the deferred roles.

Views read display text through the usual roles and the underlying values through the
named custom roles (``TeamModel.CostRole`` ...), so no view re-derives anything.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.recommendation import DeferredRole, Recommendation, TeamLine
from teambuilder.gui.formatting import format_money, format_percent, staffing_label

Index = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_LEADING_TOP = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)


def short_role_name(catalogue: Catalogue | None, role_id: str) -> str:
    """A role's name without its parenthesised alias, for compact columns."""
    if catalogue is None:
        return role_id
    try:
        name = catalogue.role(role_id).name
    except KeyError:
        return role_id
    head = name.split(" (", 1)[0].strip()
    return head or name


def covers_text(line: TeamLine, catalogue: Catalogue | None, locale: QLocale) -> str:
    """The roles a line covers, one per text line, with the share for a combined role."""
    parts = []
    for role_id in line.roles:
        name = short_role_name(catalogue, role_id)
        share = line.coverage.get(role_id)
        if share is None or share >= 0.995:
            parts.append(name)
        else:
            template = QCoreApplication.translate(
                "TeamModel", "%1 %2", "role name, then the share of its work, e.g. 'SEO 60%'")
            # Keep the share on the same text line as the end of the name when wrapping.
            template = template.replace("%1 ", "%1\u00a0").replace(" %2", "\u00a0%2")
            parts.append(template.replace("%1", name)
                         .replace("%2", format_percent(share, locale)))
    return "\n".join(parts)


def reasons_text(reasons: list[str]) -> str:
    """Reasons as a bulleted block of text."""
    return "\n".join(f"• {reason}" for reason in reasons)


class TeamModel(QAbstractTableModel):
    """The recommended team: one row per person or service.

    Columns: line, roles covered, mode, monthly cost, reasons.
    """

    class Column(IntEnum):
        """Column numbers."""

        LINE = 0
        COVERS = 1
        MODE = 2
        COST = 3
        REASONS = 4

    LineRole = _USER + 1
    """The :class:`TeamLine` itself."""
    EntryIdRole = _USER + 2
    """Catalogue id of the role or combined role staffed (str)."""
    RoleIdsRole = _USER + 3
    """Ids of the seed roles covered (list[str])."""
    CoverageRole = _USER + 4
    """Share of each covered role's work (dict[str, float])."""
    CostRole = _USER + 5
    """Monthly cost (float)."""
    ModeRole = _USER + 6
    """Staffing mode id (str)."""
    ReasonsRole = _USER + 7
    """Reasons for the line (list[str])."""
    IsCombinedRole = _USER + 8
    """True when the line staffs a combined role (bool)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rec: Recommendation | None = None
        self._catalogue: Catalogue | None = None

    # --- content -----------------------------------------------------------------

    def set_recommendation(self, rec: Recommendation | None,
                           catalogue: Catalogue | None) -> None:
        """Show the lines of ``rec``; ``catalogue`` names the roles they cover."""
        self.beginResetModel()
        self._rec = rec
        self._catalogue = catalogue
        self.endResetModel()

    def recommendation(self) -> Recommendation | None:
        """The recommendation shown."""
        return self._rec

    def line(self, row: int) -> TeamLine:
        """The team line of ``row`` (IndexError when out of range)."""
        if self._rec is None:
            raise IndexError(row)
        return self._rec.team[row]

    def is_combined(self, row: int) -> bool:
        """True when ``row`` staffs a combined role."""
        if self._catalogue is None:
            return False
        try:
            entry = self._catalogue.role(self.line(row).entry_id)
        except KeyError:
            return False
        return entry.kind == "combined"

    # --- QAbstractItemModel --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of team lines (0 under any parent: this is a flat table)."""
        if parent.isValid() or self._rec is None:
            return 0
        return len(self._rec.team)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.Column.LINE: QCoreApplication.translate("TeamModel", "Who"),
            self.Column.COVERS: QCoreApplication.translate("TeamModel", "Roles covered"),
            self.Column.MODE: QCoreApplication.translate("TeamModel", "How"),
            self.Column.COST: QCoreApplication.translate("TeamModel", "Monthly cost"),
            self.Column.REASONS: QCoreApplication.translate("TeamModel", "Why"),
        }
        return titles.get(self.Column(section)) if 0 <= section < len(self.Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text per column, and the line's values through the custom roles."""
        if not index.isValid() or self._rec is None or not 0 <= index.row() < self.rowCount():
            return None
        line = self._rec.team[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return reasons_text(line.reasons) if line.reasons else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.Column.COST:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if role <= _USER:  # Views ask for a dozen standard roles per cell on every paint.
            return None
        # Only the value asked for is made (the lists and dicts are copies).
        if role == self.LineRole:
            return line
        if role == self.EntryIdRole:
            return line.entry_id
        if role == self.RoleIdsRole:
            return list(line.roles)
        if role == self.CoverageRole:
            return dict(line.coverage)
        if role == self.CostRole:
            return line.monthly_cost
        if role == self.ModeRole:
            return line.mode
        if role == self.ReasonsRole:
            return list(line.reasons)
        if role == self.IsCombinedRole:
            return self.is_combined(index.row())
        return None

    def _display(self, line: TeamLine, column: int) -> str | None:
        assert self._rec is not None
        locale = QLocale()
        if column == self.Column.LINE:
            return line.title
        if column == self.Column.COVERS:
            return covers_text(line, self._catalogue, locale)
        if column == self.Column.MODE:
            return staffing_label(line.option, line.mode)
        if column == self.Column.COST:
            return format_money(line.monthly_cost, self._rec.currency, locale)
        if column == self.Column.REASONS:
            return reasons_text(line.reasons)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Names of the custom roles (for QML and for readers of the model)."""
        names = dict(super().roleNames())
        names.update({
            self.LineRole: QByteArray(b"line"),
            self.EntryIdRole: QByteArray(b"entryId"),
            self.RoleIdsRole: QByteArray(b"roleIds"),
            self.CoverageRole: QByteArray(b"coverage"),
            self.CostRole: QByteArray(b"monthlyCost"),
            self.ModeRole: QByteArray(b"mode"),
            self.ReasonsRole: QByteArray(b"reasons"),
            self.IsCombinedRole: QByteArray(b"isCombined"),
        })
        return names


class DeferredModel(QAbstractTableModel):
    """The roles left out of the team: why, and what adding them would cost.

    Columns: role, reason, cost to add.
    """

    class Column(IntEnum):
        """Column numbers."""

        ROLE = 0
        REASON = 1
        COST = 2

    ItemRole = _USER + 1
    """The :class:`DeferredRole` itself."""
    RoleIdRole = _USER + 2
    """Id of the deferred seed role (str)."""
    CostRole = _USER + 3
    """Monthly cost to add the role (float)."""
    ModeRole = _USER + 4
    """Staffing mode the cost assumes (str)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rec: Recommendation | None = None
        self._catalogue: Catalogue | None = None
        self._cells: list[tuple[str, str, str]] = []

    def set_recommendation(self, rec: Recommendation | None,
                           catalogue: Catalogue | None) -> None:
        """Show the deferred roles of ``rec``."""
        self.beginResetModel()
        self._rec = rec
        self._catalogue = catalogue
        self._cells = [self._display(item) for item in self._items()]
        self.endResetModel()

    def _display(self, item: DeferredRole) -> tuple[str, str, str]:
        """The three cells of ``item``'s row, in the current language."""
        assert self._rec is not None
        cost = QCoreApplication.translate(
            "DeferredModel", "%1 a month (%2)",
            "cost to add a role, then how it would be staffed").replace(
            "%1", format_money(item.monthly_cost_to_add, self._rec.currency)).replace(
            "%2", staffing_label(item.option_to_add, item.mode_to_add))
        return short_role_name(self._catalogue, item.role), item.reason, cost

    def _items(self) -> list[DeferredRole]:
        return self._rec.deferred if self._rec else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of deferred roles."""
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.Column.ROLE: QCoreApplication.translate("DeferredModel", "Role"),
            self.Column.REASON: QCoreApplication.translate("DeferredModel", "Why not now"),
            self.Column.COST: QCoreApplication.translate("DeferredModel", "Cost to add"),
        }
        return titles.get(self.Column(section)) if 0 <= section < len(self.Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text per column, and the deferred role through the custom roles.

        The table asks for a dozen roles per cell each time it measures or paints one, so
        the roles it does not use are answered first and the texts are made once, when
        the plan is set.
        """
        if role < _USER and role != _DISPLAY and role != _ALIGNMENT:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._cells) or self._rec is None:
            return None
        if role == _DISPLAY:
            column = index.column()
            return self._cells[row][column] if 0 <= column < len(self.Column) else None
        if role == _ALIGNMENT:
            return _LEADING_TOP
        if role == _USER:
            return None
        item = self._rec.deferred[row]
        values: dict[int, Any] = {
            self.ItemRole: item,
            self.RoleIdRole: item.role,
            self.CostRole: item.monthly_cost_to_add,
            self.ModeRole: item.mode_to_add,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Names of the custom roles."""
        names = dict(super().roleNames())
        names.update({
            self.ItemRole: QByteArray(b"deferred"),
            self.RoleIdRole: QByteArray(b"roleId"),
            self.CostRole: QByteArray(b"costToAdd"),
            self.ModeRole: QByteArray(b"mode"),
        })
        return names
