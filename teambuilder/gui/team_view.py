"""The "Recommended team" view: the plan, why, what it costs, and what comes next.

One scrolling page: a summary sentence, the budget chart, the team table, the deferred
roles, the channels to favour, the next steps and the engine's notes. It shows a
:class:`Recommendation` and never computes one.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui.budget_chart import BudgetChart
from teambuilder.gui.formatting import format_money, format_percent
from teambuilder.gui.team_model import DeferredModel, TeamModel


class PaddedDelegate(QStyledItemDelegate):
    """Draws cells with breathing room above and below the text."""

    @staticmethod
    def _pad(option: QStyleOptionViewItem) -> int:
        return max(2, option.fontMetrics.height() // 4)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The text's size plus the padding."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * self._pad(option))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill the whole cell, then draw the text inside the padding."""
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        style = full.widget.style() if full.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter,
                            full.widget)
        inner = QStyleOptionViewItem(option)
        pad = self._pad(option)
        inner.rect = option.rect.adjusted(0, pad, 0, -pad)
        super().paint(painter, inner, index)


class FittedTable(QTableView):
    """A read-only table as tall as its rows, with wrapped text, for a scrolling page.

    ``shares`` gives each column a share of the width left after the ``fitted`` columns
    take what their contents need.
    """

    def __init__(self, shares: dict[int, float], fitted: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares = shares
        self._fitted = fitted
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().hide()
        self.setItemDelegate(PaddedDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)

    def refit(self) -> None:
        """Share the width between the columns, then grow to show every row."""
        model = self.model()
        if model is None:
            return
        available = self.viewport().width()
        for column in self._fitted:
            self.resizeColumnToContents(column)
            available -= self.columnWidth(column)
        available = max(available, 60 * len(self._shares))
        for column, share in self._shares.items():
            self.setColumnWidth(column, int(available * share))
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(model.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName("")
    return label


def _body(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TeamView(QWidget):
    """Shows the recommended team.

    Signals:
        compareRequested(list[str]): the user asked to compare these catalogue ids (a
            combined role followed by the roles it merges).
    """

    compareRequested = Signal(list)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamView")
        self._rec: Recommendation | None = None
        self._catalogue: Catalogue | None = None
        self.team_model = TeamModel(self)
        self.deferred_model = DeferredModel(self)

        page = QWidget()
        page.setObjectName("teamPage")
        self._summary = _body(page)
        self._summary.setObjectName("teamSummary")
        summary_font = QFont(self._summary.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.25)
        self._summary.setFont(summary_font)
        self._coverage = _body(page)
        self._coverage.setObjectName("teamCoverage")

        self._chart_heading = _heading(page)
        self._chart = BudgetChart(page)

        self._team_heading = _heading(page)
        tc = TeamModel.Column
        self._team_table = FittedTable(
            {tc.LINE: 0.21, tc.COVERS: 0.33, tc.REASONS: 0.46}, (tc.MODE, tc.COST), page)
        self._team_table.setObjectName("teamTable")
        self._team_table.setModel(self.team_model)
        self._team_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._team_table.customContextMenuRequested.connect(self._team_menu)
        self._compare_action = QAction(self)
        self._compare_action.setObjectName("compareWithSpecialists")
        self._compare_action.setEnabled(False)
        self._compare_action.triggered.connect(self._compare_selected)
        self._compare_button = QPushButton(page)
        self._compare_button.setObjectName("compareButton")
        self._compare_button.setEnabled(False)
        self._compare_button.clicked.connect(self._compare_selected)
        self._team_table.selectionModel().selectionChanged.connect(self._selection_changed)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self._compare_button)
        self._compare_hint = _body(page)
        compare_row.addWidget(self._compare_hint)
        compare_row.addStretch(1)

        self._deferred_heading = _heading(page)
        dc = DeferredModel.Column
        self._deferred_table = FittedTable({dc.ROLE: 0.3, dc.REASON: 0.7}, (dc.COST,), page)
        self._deferred_table.setObjectName("deferredTable")
        self._deferred_table.setModel(self.deferred_model)
        self._no_deferred = _body(page)

        self._channels_heading = _heading(page)
        self._channels = _body(page)
        self._channels.setObjectName("channels")
        self._steps_heading = _heading(page)
        self._steps = _body(page)
        self._steps.setObjectName("nextSteps")
        self._notes_heading = _heading(page)
        self._notes = _body(page)
        self._notes.setObjectName("notes")

        layout = QVBoxLayout(page)
        spacing = self.fontMetrics().height()
        layout.addWidget(self._summary)
        layout.addWidget(self._coverage)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._chart_heading)
        layout.addWidget(self._chart)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._team_heading)
        layout.addWidget(self._team_table)
        layout.addLayout(compare_row)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._deferred_heading)
        layout.addWidget(self._deferred_table)
        layout.addWidget(self._no_deferred)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._channels_heading)
        layout.addWidget(self._channels)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._steps_heading)
        layout.addWidget(self._steps)
        layout.addSpacing(spacing // 2)
        layout.addWidget(self._notes_heading)
        layout.addWidget(self._notes)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.retranslate()
        self._fill()

    # --- content ----------------------------------------------------------------

    def set_recommendation(self, rec: Recommendation | None, catalogue: Catalogue) -> None:
        """Show ``rec``; ``catalogue`` names the roles and channels it refers to."""
        self._rec = rec
        self._catalogue = catalogue
        self.team_model.set_recommendation(rec, catalogue)
        self.deferred_model.set_recommendation(rec, catalogue)
        self._chart.set_recommendation(rec)
        self._fill()

    def recommendation(self) -> Recommendation | None:
        """The recommendation shown."""
        return self._rec

    def _fill(self) -> None:
        tr = QCoreApplication.translate
        rec = self._rec
        locale = QLocale()
        has_rec = rec is not None
        for widget in (self._chart_heading, self._chart, self._team_heading, self._team_table,
                       self._compare_button, self._compare_hint, self._deferred_heading,
                       self._channels_heading, self._channels, self._steps_heading,
                       self._steps):
            widget.setVisible(has_rec)
        if rec is None:
            self._summary.setText(tr("TeamView", "Describe your business on the left to see "
                                                 "a recommended team."))
            self._coverage.clear()
            self._deferred_table.hide()
            self._no_deferred.hide()
            self._notes_heading.hide()
            self._notes.hide()
            return
        if rec.team:
            if rec.total_monthly_cost <= rec.monthly_budget + 0.5:
                template = tr("TeamView", "This team costs %1 a month, within your budget "
                                          "of %2.")
            else:
                template = tr("TeamView", "This team costs %1 a month, over your budget "
                                          "of %2.")
            self._summary.setText(
                template.replace("%1", format_money(rec.total_monthly_cost, rec.currency, locale))
                .replace("%2", format_money(rec.monthly_budget, rec.currency, locale)))
        else:
            self._summary.setText(
                tr("TeamView", "No one fits within a budget of %1 a month yet.")
                .replace("%1", format_money(rec.monthly_budget, rec.currency, locale)))
        self._coverage.setText(
            tr("TeamView", "This team covers about %1 of the marketing work your profile "
                           "calls for.").replace("%1", format_percent(rec.score, locale)))
        self._coverage.setVisible(bool(rec.team))
        self._team_table.setVisible(bool(rec.team))
        self._team_table.refit()
        self._deferred_table.setVisible(bool(rec.deferred))
        self._no_deferred.setVisible(not rec.deferred)
        self._deferred_table.refit()

        catalogue = self._catalogue
        channels = []
        for position, channel_id in enumerate(rec.channels, start=1):
            name = channel_id
            if catalogue is not None:
                with contextlib.suppress(KeyError):
                    name = catalogue.channel(channel_id).name
            channels.append(tr("TeamView", "%1. %2", "numbered list item")
                            .replace("%1", locale.toString(position)).replace("%2", name))
        self._channels.setText("\n".join(channels) if channels else
                               tr("TeamView", "No channel stands out for this profile."))
        self._steps.setText("\n".join(f"• {step}" for step in rec.next_steps) if rec.next_steps
                            else tr("TeamView", "This team already covers every role."))
        self._notes.setText("\n".join(f"• {note}" for note in rec.notes))
        self._notes_heading.setVisible(bool(rec.notes))
        self._notes.setVisible(bool(rec.notes))
        self._selection_changed()

    # --- compare with the specialists -----------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self._team_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def compare_ids(self, row: int) -> list[str]:
        """Ids to compare for a combined line: the combined role, then what it merges."""
        if self._catalogue is None or not self.team_model.is_combined(row):
            return []
        entry = self._catalogue.role(self.team_model.line(row).entry_id)
        merges = list(getattr(entry, "merges", {}))
        # Compare shows up to four columns: keep the roles the person covers most of.
        shares = getattr(entry, "merges", {})
        merges.sort(key=lambda rid: -float(shares[rid]))
        return [entry.id, *merges[:3]]

    def select_line(self, row: int) -> None:
        """Select the team line ``row``."""
        self._team_table.selectRow(row)

    def _combined_rows(self) -> list[int]:
        return [r for r in range(self.team_model.rowCount()) if self.team_model.is_combined(r)]

    def _compare_row(self) -> int | None:
        """The combined line to compare: the selected one, else the first one."""
        combined = self._combined_rows()
        row = self._selected_row()
        if row in combined:
            return row
        return combined[0] if combined else None

    def _selection_changed(self, *_: object) -> None:
        combined = self._combined_rows()
        enabled = self._compare_row() is not None
        self._compare_action.setEnabled(enabled)
        self._compare_button.setEnabled(enabled)
        has_team = self._rec is not None and bool(self._rec.team)
        self._compare_button.setVisible(has_team and bool(combined))
        self._compare_hint.setVisible(has_team and len(combined) > 1)

    def _compare_selected(self) -> None:
        row = self._compare_row()
        if row is not None:
            ids = self.compare_ids(row)
            if ids:
                self.compareRequested.emit(ids)

    def _team_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self._team_table.indexAt(pos)
        if not index.isValid() or not self.team_model.is_combined(index.row()):
            return
        self._team_table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self._compare_action)
        menu.exec(self._team_table.viewport().mapToGlobal(pos))

    def compare_action(self) -> QAction:
        """The "Compare with the specialists" action (enabled for a combined line)."""
        return self._compare_action

    # --- language ---------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        tr = QCoreApplication.translate
        self._chart_heading.setText(tr("TeamView", "Monthly spend against your budget"))
        self._team_heading.setText(tr("TeamView", "Recommended team"))
        self._team_table.setAccessibleName(tr("TeamView", "Recommended team"))
        self._compare_action.setText(tr("TeamView", "Compare with the specialists"))
        self._compare_action.setToolTip(tr("TeamView", "Compare the combined role with the "
                                                       "specialist roles it replaces."))
        self._compare_button.setText(tr("TeamView", "Compare with the specialists"))
        self._compare_button.setToolTip(self._compare_action.toolTip())
        self._compare_hint.setText(tr("TeamView", "Select a combined role to choose which one "
                                                  "to compare."))
        self._deferred_heading.setText(tr("TeamView", "Not in the team yet"))
        self._deferred_table.setAccessibleName(tr("TeamView", "Roles not in the team yet"))
        self._no_deferred.setText(tr("TeamView", "Every role is covered."))
        self._channels_heading.setText(tr("TeamView", "Channels to favour"))
        self._steps_heading.setText(tr("TeamView", "Next steps as the budget grows"))
        self._notes_heading.setText(tr("TeamView", "Good to know"))
        if self._rec is not None:
            self.team_model.set_recommendation(self._rec, self._catalogue)
            self.deferred_model.set_recommendation(self._rec, self._catalogue)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
