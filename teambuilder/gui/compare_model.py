"""The comparison as a table model: rows are the seed table's attributes, columns the roles.

:class:`CompareModel` adapts chosen catalogue entries for :class:`~teambuilder.gui.compare_view.
CompareView` (and any item view); named custom roles give the rating step, word and note,
and the items of list rows, so views never reach into the catalogue themselves.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from teambuilder.domain.catalogue import Catalogue, CombinedRole, Role
from teambuilder.gui.formatting import format_percent
from teambuilder.gui.ratings import (
    Kind,
    rating_level,
    rating_note,
    rating_text,
    rating_title,
    rating_value,
    rating_word,
)

MIN_COLUMNS = 2
MAX_COLUMNS = 4
"""A comparison shows two to four roles side by side."""

_NO_PARENT = QModelIndex()


class CompareRole(IntEnum):
    """Custom item data roles of :class:`CompareModel`."""

    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    """Catalogue id of the column's role (str)."""
    ATTRIBUTE = Qt.ItemDataRole.UserRole + 2
    """Key of the row's attribute, e.g. ``"complexity"`` (str)."""
    RATING_LEVEL = Qt.ItemDataRole.UserRole + 3
    """Meter step 1-3 for rating rows; None elsewhere."""
    RATING_WORD = Qt.ItemDataRole.UserRole + 4
    """Translated rating word ("High") for rating rows; None elsewhere."""
    NOTE = Qt.ItemDataRole.UserRole + 5
    """The seed table's note for a rating, or how a combined role's rating is derived."""
    ITEMS = Qt.ItemDataRole.UserRole + 6
    """List of strings for list rows (pros, cons, merged roles); None elsewhere."""
    IS_COMBINED = Qt.ItemDataRole.UserRole + 7
    """True when the column's entry is a combined role."""


RATING_ROWS = ("complexity", "resources")
TEXT_ROWS = ("summary", "expected_results", "ideal_use_case", "key_advantage")
LIST_ROWS = ("made_of", "pros", "cons")


def attribute_label(key: str) -> str:
    """Translated label of an attribute row."""
    labels = {
        "made_of": QCoreApplication.translate("CompareView", "Made of"),
        "summary": QCoreApplication.translate("CompareView", "What the role does"),
        "complexity": rating_title("complexity"),
        "resources": rating_title("resources"),
        "expected_results": QCoreApplication.translate("CompareView", "Expected results"),
        "ideal_use_case": QCoreApplication.translate("CompareView", "Ideal use case"),
        "key_advantage": QCoreApplication.translate("CompareView", "Key advantage"),
        "pros": QCoreApplication.translate("CompareView", "Pros"),
        "cons": QCoreApplication.translate("CompareView", "Cons"),
    }
    return labels.get(key, key)


def merged_lines(catalogue: Catalogue, entry: Role | CombinedRole) -> list[str]:
    """For a combined role, one line per merged role with the share of its work taken on."""
    if not isinstance(entry, CombinedRole):
        return []
    template = QCoreApplication.translate("CompareView", "{role}: about {share} of its work")
    ordered = sorted(entry.merges.items(), key=lambda kv: -kv[1])
    return [
        template.replace("{role}", catalogue.role(rid).name).replace("{share}", format_percent(s))
        for rid, s in ordered
    ]


class CompareModel(QAbstractTableModel):
    """Rows are the seed table's attributes, columns the roles being compared.

    The "Made of" row appears only when a combined role is among the columns.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._entries: list[Role | CombinedRole] = []
        self._rows: list[str] = []

    # --- feeding ----------------------------------------------------------------------

    def set_content(self, catalogue: Catalogue | None, ids: list[str]) -> None:
        """Show the entries with these ids (unknown ids are skipped) from ``catalogue``."""
        self.beginResetModel()
        self._catalogue = catalogue
        self._entries = []
        if catalogue is not None:
            known = set(catalogue.ids())
            self._entries = [catalogue.role(i) for i in ids if i in known]
        combined = any(isinstance(e, CombinedRole) for e in self._entries)
        self._rows = [
            *(["made_of"] if combined else []),
            "summary",
            *RATING_ROWS,
            "expected_results",
            "ideal_use_case",
            "key_advantage",
            "pros",
            "cons",
        ]
        self.endResetModel()

    def entry_ids(self) -> list[str]:
        """Ids of the columns, in order."""
        return [e.id for e in self._entries]

    def attributes(self) -> list[str]:
        """Keys of the rows, in order."""
        return list(self._rows)

    def retranslate(self) -> None:
        """Tell views that every label and text changed (language switched)."""
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """Number of attributes (0 under any parent: this is a flat table)."""
        if parent.isValid() or not self._entries:
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """Number of roles compared."""
        if parent.isValid():
            return 0
        return len(self._entries)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Role names across the top; attribute labels down the side."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._entries):
                return None
            entry = self._entries[section]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return entry.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.summary
            if role == CompareRole.ENTRY_ID:
                return entry.id
            if role == CompareRole.IS_COMBINED:
                return isinstance(entry, CombinedRole)
            return None
        if not 0 <= section < len(self._rows):
            return None
        key = self._rows[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return attribute_label(key)
        if role == CompareRole.ATTRIBUTE:
            return key
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The text, rating or list of one attribute of one role."""
        if not index.isValid() or self._catalogue is None:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= col < self.columnCount()):
            return None
        cat, entry, key = self._catalogue, self._entries[col], self._rows[row]
        if role == CompareRole.ENTRY_ID:
            return entry.id
        if role == CompareRole.ATTRIBUTE:
            return key
        if role == CompareRole.IS_COMBINED:
            return isinstance(entry, CombinedRole)
        if key in RATING_ROWS:
            kind: Kind = "complexity" if key == "complexity" else "resources"
            value = rating_value(cat, entry, kind)
            if role == Qt.ItemDataRole.DisplayRole:
                return rating_word(value)
            if role == CompareRole.RATING_LEVEL:
                return rating_level(value)
            if role == CompareRole.RATING_WORD:
                return rating_word(value)
            if role == CompareRole.NOTE:
                return rating_note(cat, entry, kind)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return rating_text(cat, entry, kind)
            return None
        if key in LIST_ROWS:
            if key == "made_of":
                items = merged_lines(cat, entry)
            else:
                items = list(entry.pros if key == "pros" else entry.cons)
            if role == CompareRole.ITEMS:
                return items
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if not items:
                    return QCoreApplication.translate(
                        "CompareView", "Single role."
                    )
                return "\n".join(f"\u2022 {item}" for item in items)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(getattr(entry, key))
        return None
