"""The role library: every role and combined role, searchable, with its full description.

:class:`RoleListModel` is a thin two-level model over the catalogue (the seed table's
roles, then the combined roles); :class:`RoleLibrary` shows it beside a detail page
(:func:`~teambuilder.gui.role_page.role_html`) with responsibilities, KPIs, tips, examples,
channels, pros, cons, ratings and sources.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from teambuilder.domain.catalogue import Catalogue, CombinedRole, Role
from teambuilder.gui.compare_model import MAX_COLUMNS
from teambuilder.gui.role_page import role_html

_NO_PARENT = QModelIndex()
_GROUP_ID = 0  # internal id of the two group rows; children carry their group's row + 1


class LibraryRole(IntEnum):
    """Custom item data roles of :class:`RoleListModel`."""

    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    """Catalogue id of a role row; None on group rows."""
    IS_COMBINED = Qt.ItemDataRole.UserRole + 2
    """True for combined roles."""
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3
    """Name, summary, responsibilities, KPIs and channel names, for the search filter."""


class RoleListModel(QAbstractItemModel):
    """Two groups, the seed table's roles then the combined roles, each with its entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """Show the entries of ``catalogue``."""
        self.beginResetModel()
        self._catalogue = catalogue
        self.endResetModel()

    def retranslate(self) -> None:
        """Group titles changed language."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def _group(self, row: int) -> list[Role] | list[CombinedRole]:
        assert self._catalogue is not None
        return self._catalogue.roles if row == 0 else self._catalogue.combined_roles

    def index_of(self, entry_id: str) -> QModelIndex:
        """The index of the entry with this id (invalid when unknown)."""
        if self._catalogue is None:
            return QModelIndex()
        for group in range(self.rowCount()):
            for row, entry in enumerate(self._group(group)):
                if entry.id == entry_id:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    # --- QAbstractItemModel ---------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT
    ) -> QModelIndex:
        """Index of a group (no parent) or of an entry (under its group)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        """The group of an entry; nothing for a group."""
        if not child.isValid() or child.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _GROUP_ID)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """Two groups at the top; each group's entries below it."""
        if self._catalogue is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return 2
        if parent.internalId() == _GROUP_ID:
            return len(self._group(parent.row()))
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        """One column: the name."""
        return 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Entries are selectable; group titles are not."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Name, tooltip and search text of an entry; title of a group."""
        if not index.isValid() or self._catalogue is None:
            return None
        if index.internalId() == _GROUP_ID:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if index.row() == 0:
                    return QCoreApplication.translate("RoleLibrary", "Roles")
                return QCoreApplication.translate("RoleLibrary", "Combined roles")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if index.row() == 0:
                    return QCoreApplication.translate(
                        "RoleLibrary", "The eight roles of a digital marketing team."
                    )
                return QCoreApplication.translate(
                    "RoleLibrary", "One person taking on parts of several roles."
                )
            return None
        group = self._group(int(index.internalId()) - 1)
        if not 0 <= index.row() < len(group):
            return None
        entry = group[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        if role == LibraryRole.ENTRY_ID:
            return entry.id
        if role == LibraryRole.IS_COMBINED:
            return isinstance(entry, CombinedRole)
        if role == LibraryRole.SEARCH_TEXT:
            channels = [self._catalogue.channel(c).name for c in entry.channels]
            return " ".join(
                [entry.name, entry.summary, *entry.responsibilities, *entry.kpis, *channels]
            )
        return None


class _WrappingDelegate(QStyledItemDelegate):
    """Lets long role names wrap onto a second line instead of being cut off.

    A tree view asks its delegate for a size without telling it the column's width, so the
    width is filled in here from the view.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The size of the item with its text wrapped to the column's width."""
        depth = 1 if index.parent().isValid() else 0
        width = self._view.columnWidth(0) - depth * self._view.indentation()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # The style wraps only inside a valid rectangle, so give it a height too.
        opt.rect = QRect(0, 0, max(40, width), max(1, opt.rect.height()))
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), self._view
        )
        return size.grownBy(QMargins(0, 2, 0, 2))  # a little air between entries


class RoleLibrary(QWidget):
    """Every role and combined role, searchable, with a detail page for the chosen one.

    Signals:
        compareRequested(list): the person asked to compare the shown role; carries the ids
            to compare (a combined role comes with the roles it merges, largest share first).
    """

    compareRequested = Signal(list)  # noqa: N815 (Qt naming, part of the contract)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleLibrary")
        self._catalogue: Catalogue | None = None
        self._current: str | None = None

        self._model = RoleListModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setFilterRole(LibraryRole.SEARCH_TEXT)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._search = QLineEdit(self)
        self._search.setObjectName("roleSearch")
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search)

        self._list = QTreeView(self)
        self._list.setObjectName("roleList")
        self._list.setModel(self._proxy)
        self._list.setHeaderHidden(True)
        self._list.setRootIsDecorated(False)
        self._list.setItemsExpandable(False)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setWordWrap(True)
        self._list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._list.setItemDelegate(_WrappingDelegate(self._list))
        self._list.header().sectionResized.connect(
            lambda *_: self._list.scheduleDelayedItemsLayout()
        )
        self._list.selectionModel().selectionChanged.connect(self._on_selected)

        self._no_match = QLabel(self)
        self._no_match.setWordWrap(True)
        self._no_match.setVisible(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._search)
        left_layout.addWidget(self._list, 1)
        left_layout.addWidget(self._no_match)

        self._detail = QTextBrowser(self)
        self._detail.setObjectName("roleDetail")
        self._detail.setOpenLinks(False)
        self._compare = QPushButton(self)
        self._compare.setObjectName("roleCompare")
        self._compare.setEnabled(False)
        self._compare.clicked.connect(self._on_compare)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self._compare)
        right_layout.addLayout(bar)
        right_layout.addWidget(self._detail, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.setTabOrder(self._search, self._list)
        self.setTabOrder(self._list, self._compare)
        self.setTabOrder(self._compare, self._detail)
        self.retranslate()

    # --- public interface -----------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """List the entries of ``catalogue`` (again after a language switch)."""
        self._catalogue = catalogue
        current = self._current
        self._model.set_catalogue(catalogue)
        self._list.expandAll()
        if current is not None and current in catalogue.ids():
            self.show_role(current)
        elif catalogue.roles:
            self.show_role(catalogue.roles[0].id)

    def show_role(self, entry_id: str) -> None:
        """Select the entry with this id and show its page (the search is cleared if it hid it).

        Unknown ids are ignored.
        """
        source = self._model.index_of(entry_id)
        if not source.isValid():
            return
        index = self._proxy.mapFromSource(source)
        if not index.isValid():
            self._search.clear()
            index = self._proxy.mapFromSource(source)
        self._list.setCurrentIndex(index)
        self._list.scrollTo(index)
        self._show(entry_id)

    def current_role(self) -> str | None:
        """Id of the entry shown, if any."""
        return self._current

    def proxy(self) -> QSortFilterProxyModel:
        """The filtered model the list shows."""
        return self._proxy

    def model(self) -> RoleListModel:
        """The model of every entry."""
        return self._model

    # --- internals ------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        self._list.expandAll()
        matches = sum(
            self._proxy.rowCount(self._proxy.index(g, 0)) for g in range(self._proxy.rowCount())
        )
        self._no_match.setVisible(matches == 0)

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            entry_id = indexes[0].data(LibraryRole.ENTRY_ID)
            if isinstance(entry_id, str):
                self._show(entry_id)

    def _show(self, entry_id: str) -> None:
        if self._catalogue is None:
            return
        self._current = entry_id
        self._render()

    def _render(self) -> None:
        self._compare.setEnabled(self._current is not None)
        if self._catalogue is None or self._current is None:
            self._detail.clear()
            return
        entry = self._catalogue.role(self._current)
        option = self._detail.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        # Break lines between words only: breaking anywhere let the "at a glance" labels
        # split mid-word ("Implementat/ion") in a narrow pane.
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self._detail.document().setDefaultTextOption(option)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._detail.setHtml(role_html(self._catalogue, entry, self.palette(), right_to_left))
        self._detail.setAccessibleDescription(entry.summary)
        self._compare.setToolTip(
            QCoreApplication.translate(
                "RoleLibrary", "Show {name} side by side with other roles."
            ).replace("{name}", entry.name)
        )

    def compare_ids(self) -> list[str]:
        """The ids the Compare button sends for the entry shown."""
        if self._catalogue is None or self._current is None:
            return []
        entry = self._catalogue.role(self._current)
        if isinstance(entry, CombinedRole):
            merged = sorted(entry.merges, key=lambda rid: -entry.merges[rid])
            return [entry.id, *merged[: MAX_COLUMNS - 1]]
        return [entry.id]

    def _on_compare(self) -> None:
        ids = self.compare_ids()
        if ids:
            self.compareRequested.emit(ids)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        tr = QCoreApplication.translate
        self._search.setPlaceholderText(tr("RoleLibrary", "Search roles, tasks, KPIs, channels"))
        self._search.setAccessibleName(tr("RoleLibrary", "Search roles"))
        self._search.setToolTip(
            tr("RoleLibrary", "Type a word to list only the roles that mention it.")
        )
        self._list.setAccessibleName(tr("RoleLibrary", "Roles"))
        self._detail.setAccessibleName(tr("RoleLibrary", "Role description"))
        self._compare.setText(tr("RoleLibrary", "Compare\u2026"))
        self._compare.setAccessibleName(tr("RoleLibrary", "Compare this role"))
        self._no_match.setText(tr("RoleLibrary", "No role mentions that. Try another word."))
        self.setAccessibleName(tr("RoleLibrary", "Role library"))
        self._model.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Follow language, palette and direction changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self._render()
        super().changeEvent(event)
