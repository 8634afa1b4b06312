"""The "Recommended team" view: the plan, why, what it costs, and what comes next.

One scrolling page: a summary sentence, the budget chart, one card per team line (who,
how, cost, roles covered, why), the deferred roles, the channels to favour, the next steps
and the engine's notes. It shows a :class:`Recommendation` (read through
:class:`TeamModel`) and never computes one.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from teambuilder.gui.budget_chart import BudgetChart, series_colour
from teambuilder.gui.formatting import format_money, format_percent, staffing_label
from teambuilder.gui.team_model import DeferredModel, TeamModel, reasons_text


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
        """Fill the whole cell, then draw the text inside the padding.

        What ``QStyledItemDelegate.paint`` does, with the cell read from the model once
        (each read asks the model for a dozen roles).
        """
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, cell, painter, widget)
        pad = self._pad(option)
        cell.rect = option.rect.adjusted(0, pad, 0, -pad)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)


class FittedTable(QTableView):
    """A read-only table as tall as its rows, with wrapped text, for a scrolling page.

    The ``fitted`` columns take what their contents need; each ``capped`` column takes what
    its contents need up to its share of the width left; the ``stretch`` column takes the
    rest, so long text (the reasons) gets the room and short text does not waste it.
    """

    def __init__(self, fitted: tuple[int, ...], capped: dict[int, float], stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = fitted
        self._capped = capped
        self._stretch = stretch
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
        available = max(available, 80 * (len(self._capped) + 1))
        left = available
        for column, cap in self._capped.items():
            width = min(self.sizeHintForColumn(column) + 8, int(available * cap))
            width = max(width, self.horizontalHeader().sectionSizeHint(column))
            self.setColumnWidth(column, width)
            left -= width
        self.setColumnWidth(self._stretch, max(left, int(available * 0.3)))
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(model.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()


class WrappedLabel(QLabel):
    """A word-wrapped plain-text label, cheap to lay out again when its text changes.

    In the page's nested layouts Qt asks a label for its height at a given width many times
    per relayout (the scroll area, the page, the card and the card's top row each ask, at
    the width with and without the scroll bar), and a label lays its whole text out again
    for every question. The answer only changes with the text or the label's font, style
    or direction, so it is kept until then.

    A label whose text the mouse can select measures its text through a whole text
    document, laid out twice per question, which made re-planning several times slower
    (bench/run.py gui_update). So a ``selectable`` label becomes selectable only while the
    pointer is over it, or while it holds a selection: the text can be selected and copied
    as before, and the label measures and wraps its text the same way either way.
    """

    def __init__(self, parent: QWidget | None = None, *, selectable: bool = False) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self._minimum: QSize | None = None
        self._selectable = selectable
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def is_selectable(self) -> bool:
        """True when the user can select the text with the mouse (once the pointer is on
        the label)."""
        return self._selectable

    def setText(self, text: str) -> None:
        """Show ``text`` (nothing is laid out again when it is the text already shown)."""
        if text != self.text():
            self._heights.clear()
            self._minimum = None
            if not self.underMouse():
                self._select(False)  # a new text has no selection to keep
            super().setText(text)

    def clear(self) -> None:
        """Show no text."""
        self.setText("")

    def sizeHint(self) -> QSize:
        """The current width (or about 80 characters), and the height known for it.

        QLabel lays its whole text out one to three times for its preferred size and twice
        more for its minimum size, whenever the text changes. In the page's layouts a
        wrapped label takes the width it is given and the height for that width, so these
        hints only need to be sensible, and cost no layout: the height is the one already
        worked out for the current width, or one line per line of text.
        """
        margins = self.contentsMargins()
        side = margins.left() + margins.right()
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 0
        if width <= side:
            width = self.fontMetrics().averageCharWidth() * 80 + side
        minimum = self.minimumSizeHint()
        return QSize(max(width, minimum.width()),
                     max(self._heights.get(width, 0), minimum.height()))

    def minimumSizeHint(self) -> QSize:
        """As wide as the longest word, as tall as the text's lines without wrapping."""
        if self._minimum is None:
            metrics = self.fontMetrics()
            margins = self.contentsMargins()
            text = self.text()
            longest = max(text.split(), key=len, default="")
            lines = text.count("\n") + 1
            self._minimum = QSize(
                metrics.horizontalAdvance(longest) + margins.left() + margins.right(),
                metrics.height() * lines + margins.top() + margins.bottom())
        return self._minimum

    def heightForWidth(self, width: int) -> int:
        """The height the text needs at ``width`` (laid out once per width and text)."""
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= 16:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        """Forget the heights when the font, style or direction changes."""
        self._heights.clear()
        self._minimum = None
        super().changeEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Let the mouse select the text."""
        self._select(True)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Measure the text the cheap way again, unless some of it is selected."""
        if not self.hasSelectedText():
            self._select(False)
        super().leaveEvent(event)

    def _select(self, on: bool) -> None:
        flags = (Qt.TextInteractionFlag.TextSelectableByMouse if on and self._selectable
                 else Qt.TextInteractionFlag.NoTextInteraction)
        if self.textInteractionFlags() != flags:
            self.setTextInteractionFlags(flags)


def unwrapped_size_hint(widget: QWidget) -> QSize:
    """``widget``'s preferred size from its layout, without laying any text out again.

    A widget with a layout answers ``sizeHint`` with its layout's preferred size and the
    height its texts need at the preferred width, which lays every wrapped text inside it
    out at a width it is never shown at (its parent's layout asks for it whenever a text
    changes). On this page every part takes the width it is given and the height for that
    width, so the preferred size only needs to be sensible: the layout's own.
    """
    layout = widget.layout()
    if layout is None:
        return QSize()
    margins = widget.contentsMargins()
    return layout.sizeHint().grownBy(margins)


class _Page(QWidget):
    """The scrolling page and the cards' box: preferred sizes that lay no text out."""

    def sizeHint(self) -> QSize:
        """The layout's preferred size (see :func:`unwrapped_size_hint`)."""
        return unwrapped_size_hint(self)


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName("")
    return label


def _body(parent: QWidget) -> WrappedLabel:
    return WrappedLabel(parent, selectable=True)


class TeamCard(QFrame):
    """One team line: who and how on top, the cost at the end, then roles covered and why.

    Signals:
        compareRequested(): the line's "Compare with the specialists" button was pressed.
    """

    compareRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        # Preferred, not Maximum: the card's height is the one its texts need at its width
        # (the box gives it no more), and its preferred size lays no text out.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = WrappedLabel(self, selectable=True)
        self.title.setObjectName("lineTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.cost = QLabel(self)
        self.cost.setObjectName("lineCost")
        self.cost.setFont(font)
        self.cost.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
        self.mode = _body(self)
        self.mode.setObjectName("lineMode")
        self.covers = _body(self)
        self.covers.setObjectName("lineCovers")
        self.reasons = _body(self)
        self.reasons.setObjectName("lineReasons")
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.compareRequested)
        self.compare_button.hide()
        self._colour: QColor | None = None

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.cost, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        spacing = self.fontMetrics().height() // 3
        layout.setSpacing(spacing)
        layout.addLayout(top)
        layout.addWidget(self.mode)
        layout.addWidget(self.covers)
        layout.addWidget(self.reasons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def sizeHint(self) -> QSize:
        """The layout's preferred size (see :func:`unwrapped_size_hint`)."""
        return unwrapped_size_hint(self)

    def set_colour(self, colour: QColor | None) -> None:
        """Mark the card with the colour of its bar in the budget chart."""
        if colour != self._colour:  # a card repaints with its texts when they change
            self._colour = colour
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame, plus a stripe in the chart colour along the leading edge.

        What ``QFrame.paintEvent`` does, and the stripe, with one painter.
        """
        painter = QPainter(self)
        self.drawFrame(painter)
        if self._colour is not None:
            inner = self.contentsRect()
            width = max(3, self.fontMetrics().height() // 5)
            x = inner.right() - width + 1 if self.isRightToLeft() else inner.left()
            painter.fillRect(QRect(x, inner.top(), width, inner.height()), self._colour)
        painter.end()

    def show_line(self, model: TeamModel, row: int) -> None:
        """Show row ``row`` of ``model``."""
        tr = QCoreApplication.translate
        column = TeamModel.Column
        index = model.index(row, column.LINE)
        line = index.data(TeamModel.LineRole)
        self.title.setText(str(index.data()))
        self.cost.setText(tr("TeamView", "%1 a month").replace(
            "%1", str(model.index(row, column.COST).data())))
        self.mode.setText(staffing_label(line.option, line.mode))
        # Wrap between roles, never inside a role's name and share.
        covers = " · ".join(part.replace(" ", "\u00a0") for part in
                            str(model.index(row, column.COVERS).data()).splitlines())
        self.covers.setText(tr("TeamView", "Covers: %1").replace("%1", covers))
        self.reasons.setText(str(model.index(row, column.REASONS).data() or ""))
        combined = bool(index.data(TeamModel.IsCombinedRole))
        self.compare_button.setVisible(combined)
        self.compare_button.setText(tr("TeamView", "Compare with the specialists"))
        tip = tr("TeamView", "Compare this combined role with the "
                             "specialist roles it replaces.")
        if self.compare_button.toolTip() != tip:
            self.compare_button.setToolTip(tip)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            "\n".join([self.mode.text(), self.cost.text(), self.covers.text(),
                       reasons_text(list(line.reasons))]))


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
        self._cards: list[TeamCard] = []
        self.team_model = TeamModel(self)
        self.deferred_model = DeferredModel(self)
        self.team_model.modelReset.connect(self._rebuild_cards)

        page = _Page()
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
        self._cards_box = _Page(page)
        self._cards_box.setObjectName("teamCards")
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)

        self._deferred_heading = _heading(page)
        dc = DeferredModel.Column
        self._deferred_table = FittedTable((dc.COST,), {dc.ROLE: 0.3}, dc.REASON, page)
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
        layout.addWidget(self._cards_box)
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
        scroll.setObjectName("teamScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._page = page
        self._scroll = scroll

        self.retranslate()

    # --- content ----------------------------------------------------------------

    def set_recommendation(self, rec: Recommendation | None, catalogue: Catalogue) -> None:
        """Show ``rec``; ``catalogue`` names the roles and channels it refers to."""
        self._rec = rec
        self._catalogue = catalogue
        # Parts are shown or hidden first, while every label still holds its old text:
        # showing a widget lays its ancestors out at once, which is cheap with the sizes
        # Qt already knows and costly after the texts have changed. The new texts are then
        # laid out once, when the event loop handles the layout request.
        self._show_parts()
        self.team_model.set_recommendation(rec, catalogue)
        self.deferred_model.set_recommendation(rec, catalogue)
        self._chart.set_recommendation(rec)
        self._fill()
        self._settle()

    def recommendation(self) -> Recommendation | None:
        """The recommendation shown."""
        return self._rec

    def _settle(self) -> None:
        """Lay the page out for the new texts now, once, so that it is painted once.

        Left to the event loop, each card, the cards' box, the page and the scroll area
        handle their own layout request in turn, each finding out only then that what it
        holds changed size, and a paint can come between two of them: the page is then
        painted two or three times (bench/run.py gui_update). Here the layouts are settled
        from the inside out, so the layout requests still queued find nothing to do.
        """
        if not self.isVisible():
            return  # laid out when shown
        for card in self._cards:
            layout = card.layout()
            if layout is not None and not card.isHidden():
                layout.activate()
        self._cards_layout.activate()
        # The scroll area sizes the page for its new height (and its scroll bar), then the
        # page lays out its parts at that size.
        QCoreApplication.sendEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))
        layout = self._page.layout()
        if layout is not None:
            layout.activate()

    def cards(self) -> list[TeamCard]:
        """The cards of the team lines, in the model's order."""
        return list(self._cards[: self.team_model.rowCount()])

    def _rebuild_cards(self) -> None:
        rows = self.team_model.rowCount()
        combined = [self.team_model.is_combined(row) for row in range(rows)]
        if len(self._cards) < rows or any(
                card.isHidden() != (row >= rows)
                or (row < rows and card.compare_button.isHidden() == combined[row])
                for row, card in enumerate(self._cards)):
            # Showing a card (or a card's button) in a visible box lays the whole page out
            # again, once per card (bench/run.py gui_update); inside a hidden box the page is
            # laid out once, when the box is shown again. Not while a card has the keyboard
            # focus, which hiding would move. Cards still show their old texts here (see
            # set_recommendation).
            box = self._cards_box
            focus = QApplication.focusWidget()
            hide = box.isVisible() and not (focus is not None and box.isAncestorOf(focus))
            if hide:
                box.hide()
            while len(self._cards) < rows:
                card = TeamCard(self._cards_box)
                number = len(self._cards)
                card.compareRequested.connect(lambda n=number: self.compare_line(n))
                self._cards_layout.addWidget(card)
                self._cards.append(card)
            for row, card in enumerate(self._cards):
                card.setVisible(row < rows)
                if row < rows:
                    card.compare_button.setVisible(combined[row])
            if hide:
                box.show()
        palette = self.palette()
        for row in range(rows):
            card = self._cards[row]
            card.show_line(self.team_model, row)
            card.set_colour(series_colour(row, palette))

    def _show_parts(self) -> None:
        """Show the parts of the page the recommendation has, hide the others."""
        rec = self._rec
        has_rec = rec is not None
        team = rec is not None and bool(rec.team)
        parts: list[tuple[QWidget, bool]] = [] if rec is None else [(self._coverage, team)]
        for widget, visible in (
                *parts, (self._chart_heading, team), (self._chart, team),
                (self._team_heading, team), (self._cards_box, team),
                (self._deferred_heading, has_rec),
                (self._deferred_table, rec is not None and bool(rec.deferred)),
                (self._no_deferred, rec is not None and not rec.deferred),
                (self._channels_heading, has_rec), (self._channels, has_rec),
                (self._steps_heading, has_rec), (self._steps, has_rec),
                (self._notes_heading, rec is not None and bool(rec.notes)),
                (self._notes, rec is not None and bool(rec.notes))):
            if widget.isHidden() == visible:
                widget.setVisible(visible)

    def _fill(self) -> None:
        tr = QCoreApplication.translate
        rec = self._rec
        locale = QLocale()
        self._show_parts()
        if rec is None:
            self._summary.setText(tr("TeamView", "Describe your business on the left to see "
                                                 "a recommended team."))
            self._coverage.clear()
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

    # --- compare with the specialists -----------------------------------------------

    def compare_ids(self, row: int) -> list[str]:
        """Ids to compare for a combined line: the combined role, then what it merges."""
        if self._catalogue is None or not self.team_model.is_combined(row):
            return []
        entry = self._catalogue.role(self.team_model.line(row).entry_id)
        shares: dict[str, float] = dict(getattr(entry, "merges", {}))
        # Compare shows up to four columns: keep the roles the person covers most of.
        merged = sorted(shares, key=lambda rid: -shares[rid])
        return [entry.id, *merged[:3]]

    def compare_line(self, row: int) -> None:
        """Ask to compare the combined line ``row`` with the specialists it replaces."""
        ids = self.compare_ids(row)
        if ids:
            self.compareRequested.emit(ids)

    # --- language ---------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        tr = QCoreApplication.translate
        self._chart_heading.setText(tr("TeamView", "Monthly spend against your budget"))
        self._team_heading.setText(tr("TeamView", "Recommended team"))
        self._cards_box.setAccessibleName(tr("TeamView", "Recommended team"))
        self._deferred_heading.setText(tr("TeamView", "Not in the team yet"))
        self._deferred_table.setAccessibleName(tr("TeamView", "Roles not in the team yet"))
        self._no_deferred.setText(tr("TeamView", "Every role is covered."))
        self._channels_heading.setText(tr("TeamView", "Channels to favour"))
        self._steps_heading.setText(tr("TeamView", "Next steps as the budget grows"))
        self._notes_heading.setText(tr("TeamView", "Good to know"))
        # The models' texts (modes, money, headers) are translated too: reset them.
        self.team_model.set_recommendation(self._rec, self._catalogue)
        self.deferred_model.set_recommendation(self._rec, self._catalogue)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes; recolour when the palette changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._rebuild_cards()
        super().changeEvent(event)
