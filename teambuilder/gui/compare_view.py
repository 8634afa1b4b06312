"""Side by side: two to four roles or combined roles in columns.

:class:`CompareView` lets the person pick the roles and lays the
:class:`~teambuilder.gui.compare_model.CompareModel` out as word-wrapped columns in a scroll
area, with the two ratings drawn as meters next to their words and notes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from teambuilder.domain.catalogue import Catalogue, CombinedRole
from teambuilder.gui.compare_model import (
    LIST_ROWS,
    MAX_COLUMNS,
    MIN_COLUMNS,
    RATING_ROWS,
    CompareModel,
    CompareRole,
)
from teambuilder.gui.ratings import (
    STEPS,
    RatingMeter,
)
from teambuilder.gui.rich_text import table_row


def bullet_html(items: list[str], right_to_left: bool = False) -> str:
    """A compact bulleted list as rich text (a table, so wrapped lines hang neatly).

    Qt does not mirror table columns, so right to left puts the bullet cell last.
    """
    rows = "".join(
        table_row(['<td style="padding-right:4px; padding-left:4px">\u2022</td>',
                   f"<td>{html.escape(item)}</td>"], right_to_left)
        for item in items
    )
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def _wrapping_policy() -> QSizePolicy:
    """Equal-width columns whose height follows the wrapped text."""
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


EDGE = 8
"""Room (pixels) between the last column's text and the scroll bar."""


class ElidingComboBox(QComboBox):
    """A combo box that ends a name too long for it with "…" instead of cutting it off.

    The four role pickers share one row; at 1024 pixels a long name such as "Digital
    Marketing Generalist (internet marketer)" does not fit, and QComboBox clips it mid-letter.
    """

    def _text_field(self, option: QStyleOptionComboBox) -> int:
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def shown_text(self) -> str:
        """The current text as drawn: whole when it fits, else cut with "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                             self._text_field(option))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the frame and arrow as usual, then the current text, elided to fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, self._text_field(option))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()


def _secondary_colour(palette: QPalette) -> str:
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    return colour.name()


class CompareView(QWidget):
    """Pick two to four roles and read them side by side.

    Signals:
        selectionChanged(list): the ids being compared changed (by the person or by
            :meth:`set_selection`); carries the new list, in column order.
    """

    selectionChanged = Signal(list)  # noqa: N815 (Qt naming, part of the contract)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._catalogue: Catalogue | None = None
        self._selection: list[str] = []
        self._notice = ""  # a message about the last set_selection, shown inline
        self._model = CompareModel(self)

        self._pick_label = QLabel(self)
        self._combos: list[QComboBox] = []
        pick_row = QHBoxLayout()
        pick_row.addWidget(self._pick_label)
        for i in range(MAX_COLUMNS):
            combo = ElidingComboBox(self)
            combo.setObjectName(f"compareSlot{i + 1}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.activated.connect(lambda _row, slot=i: self._on_slot_activated(slot))
            pick_row.addWidget(combo, 1)
            self._combos.append(combo)
        self._pick_label.setBuddy(self._combos[0])

        self._message = QLabel(self)
        self._message.setObjectName("compareMessage")
        self._message.setWordWrap(True)
        self._message.setVisible(False)

        self._header = QWidget(self)
        self._header_grid = QGridLayout(self._header)
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("compareScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._body)
        self._scroll.verticalScrollBar().rangeChanged.connect(self._align_header)

        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addWidget(self._message)
        layout.addWidget(self._header)
        layout.addWidget(self._scroll, 1)

        self.retranslate()

    # --- public interface ----------------------------------------------------------------

    def model(self) -> CompareModel:
        """The table model behind the columns."""
        return self._model

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show roles from ``catalogue`` (again after a language switch); keeps the selection."""
        self._catalogue = catalogue
        known = set(catalogue.ids())
        self._selection = [i for i in self._selection if i in known]
        self._fill_combos()
        self._refresh()

    def selection(self) -> list[str]:
        """Ids of the roles compared, in column order."""
        return list(self._selection)

    def set_selection(self, ids: list[str]) -> None:
        """Compare these roles, in this order.

        Unknown and repeated ids are skipped and only the first four are kept; the view
        says so in a message above the columns rather than failing.
        """
        known = set(self._catalogue.ids()) if self._catalogue is not None else set()
        chosen: list[str] = []
        unknown: list[str] = []
        for rid in ids:
            if rid not in known:
                unknown.append(rid)
            elif rid not in chosen:
                chosen.append(rid)
        notices = []
        if len(chosen) > MAX_COLUMNS:
            dropped = chosen[MAX_COLUMNS:]
            chosen = chosen[:MAX_COLUMNS]
            assert self._catalogue is not None
            names = self._join([self._catalogue.role(r).name for r in dropped])
            notices.append(
                QCoreApplication.translate(
                    "CompareView",
                    "Up to four roles fit side by side; left out: {names}.",
                ).replace("{names}", names)
            )
        if unknown:
            notices.append(
                QCoreApplication.translate(
                    "CompareView", "Not in the role catalogue, so not shown: {ids}."
                ).replace("{ids}", self._join(unknown))
            )
        self._notice = " ".join(notices)
        self._apply(chosen)

    def compare_with_merged(self, combined_id: str) -> None:
        """Compare a combined role with the roles it merges (the largest shares first)."""
        if self._catalogue is None:
            return
        entry = self._catalogue.role(combined_id)
        if not isinstance(entry, CombinedRole):
            return
        merged = sorted(entry.merges, key=lambda rid: -entry.merges[rid])
        self._notice = ""
        if len(merged) > MAX_COLUMNS - 1:
            names = self._join([self._catalogue.role(r).name for r in merged[MAX_COLUMNS - 1:]])
            self._notice = QCoreApplication.translate(
                "CompareView",
                "It also takes on smaller parts of: {names}. Up to four roles fit side by side.",
            ).replace("{names}", names)
        self._apply([combined_id, *merged[: MAX_COLUMNS - 1]])

    # --- internals ------------------------------------------------------------------------

    def _join(self, parts: list[str]) -> str:
        return QCoreApplication.translate("CompareView", ", ").join(parts)

    def _apply(self, ids: list[str]) -> None:
        changed = ids != self._selection
        self._selection = ids
        self._sync_combos()
        self._refresh()
        if changed:
            self.selectionChanged.emit(list(ids))

    def _fill_combos(self) -> None:
        for slot, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._empty_text(slot), None)
            if self._catalogue is not None:
                for entry in self._catalogue.roles:
                    combo.addItem(entry.name, entry.id)
                combo.insertSeparator(combo.count())
                for combo_entry in self._catalogue.combined_roles:
                    combo.addItem(combo_entry.name, combo_entry.id)
                for row in range(combo.count()):
                    rid = combo.itemData(row)
                    if rid:
                        combo.setItemData(row, self._catalogue.role(rid).summary,
                                          Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        self._sync_combos()

    def _empty_text(self, slot: int) -> str:
        if slot < MIN_COLUMNS:
            return QCoreApplication.translate("CompareView", "Choose a role\u2026")
        return QCoreApplication.translate("CompareView", "(none)")

    def _sync_combos(self) -> None:
        for slot, combo in enumerate(self._combos):
            rid = self._selection[slot] if slot < len(self._selection) else None
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(rid)) if rid else 0)
            combo.blockSignals(False)

    def _on_slot_activated(self, slot: int) -> None:
        rid = self._combos[slot].currentData()
        current = list(self._selection)
        self._notice = ""
        if rid and rid in current and current.index(rid) != slot:
            # Choosing a role shown in another column moves it here (swap), so a role is
            # never shown twice and nothing the person chose disappears.
            other = current.index(rid)
            if slot < len(current):
                current[other], current[slot] = current[slot], current[other]
            else:
                current.pop(other)
                current.append(rid)
        elif rid:
            if slot < len(current):
                current[slot] = rid
            else:
                current.append(rid)
        elif slot < len(current):
            current.pop(slot)
        self._apply(current)

    def _refresh(self) -> None:
        self._model.set_content(self._catalogue, self._selection)
        self._rebuild()
        self._update_message()

    def _update_message(self) -> None:
        text = self._notice
        if len(self._selection) < MIN_COLUMNS and self._catalogue is not None:
            hint = QCoreApplication.translate(
                "CompareView",
                "Choose at least two roles or combined roles to see them side by side.",
            )
            text = f"{text} {hint}".strip()
        self._message.setText(text)
        self._message.setVisible(bool(text))

    @staticmethod
    def _clear(layout: QGridLayout | QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            child = item.layout()
            if child is not None:
                CompareView._clear(child)  # type: ignore[arg-type]

    def _cell_label(self, text: str, rich: bool = False) -> QLabel:
        label = QLabel(self._body)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(_wrapping_policy())
        return label

    def _rebuild(self) -> None:
        self._clear(self._header_grid)
        self._clear(self._body_layout)
        model = self._model
        cols = model.columnCount()
        self._header.setVisible(cols > 0)
        self._scroll.setVisible(cols > 0)
        if cols == 0:
            return
        spacing = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutHorizontalSpacing)
        gap = max(12, spacing * 2)
        self._header_grid.setContentsMargins(0, 0, 0, 0)
        self._header_grid.setHorizontalSpacing(gap)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        muted = _secondary_colour(self.palette())
        for col in range(cols):
            name = self._cell_label(str(model.headerData(col, Qt.Orientation.Horizontal)))
            name.setParent(self._header)
            name.setFont(title_font)
            name.setToolTip(str(model.headerData(col, Qt.Orientation.Horizontal,
                                                 Qt.ItemDataRole.ToolTipRole)))
            self._header_grid.addWidget(name, 0, col)
            combined = bool(model.headerData(col, Qt.Orientation.Horizontal,
                                             CompareRole.IS_COMBINED))
            if combined:
                kind_text = QCoreApplication.translate(
                    "CompareView", "Combined role: one person, several roles"
                )
            else:
                kind_text = QCoreApplication.translate("CompareView", "Role from the seed table")
            kind = self._cell_label(f'<span style="color:{muted}">{html.escape(kind_text)}</span>',
                                    rich=True)
            kind.setParent(self._header)
            self._header_grid.addWidget(kind, 1, col)
            if combined:
                button = QPushButton(self._header)
                button.setText(QCoreApplication.translate("CompareView", "Compare with its roles"))
                button.setObjectName(f"compareMerged{col + 1}")
                button.setToolTip(
                    QCoreApplication.translate(
                        "CompareView",
                        "Show this combined role next to the specialists whose work it takes on.",
                    )
                )
                entry_id = str(model.headerData(col, Qt.Orientation.Horizontal,
                                                CompareRole.ENTRY_ID))
                button.clicked.connect(lambda _=False, rid=entry_id: self.compare_with_merged(rid))
                self._header_grid.addWidget(button, 2, col, Qt.AlignmentFlag.AlignLeading)
            self._header_grid.setColumnStretch(col, 1)

        for row in range(model.rowCount()):
            key = str(model.headerData(row, Qt.Orientation.Vertical, CompareRole.ATTRIBUTE))
            title = QLabel(str(model.headerData(row, Qt.Orientation.Vertical)), self._body)
            title.setObjectName(f"compareRow_{key}")
            bold = QFont(self.font())
            bold.setBold(True)
            title.setFont(bold)
            rule = QFrame(self._body)
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Sunken)
            self._body_layout.addSpacing(6)
            self._body_layout.addWidget(rule)
            self._body_layout.addWidget(title)
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(gap)
            for col in range(cols):
                index = model.index(row, col)
                grid.addWidget(self._cell(index, key), 0, col)
                grid.setColumnStretch(col, 1)
            self._body_layout.addLayout(grid)
        self._body_layout.addStretch(1)
        self._align_header()

    def _cell(self, index: QModelIndex, key: str) -> QWidget:
        model = self._model
        if key in RATING_ROWS:
            box = QWidget(self._body)
            box.setSizePolicy(_wrapping_policy())
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            top = QHBoxLayout()
            level = int(model.data(index, CompareRole.RATING_LEVEL) or 0)  # type: ignore[call-overload]
            meter = RatingMeter(level, box)
            word = QLabel(str(model.data(index, CompareRole.RATING_WORD)), box)
            bold = QFont(self.font())
            bold.setBold(True)
            word.setFont(bold)
            top.addWidget(meter)
            top.addWidget(word)
            top.addStretch(1)
            v.addLayout(top)
            note = self._cell_label(str(model.data(index, CompareRole.NOTE)))
            note.setParent(box)
            v.addWidget(note)
            v.addStretch(1)
            sentence = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
            for widget in (box, meter, word, note):
                widget.setToolTip(sentence)
            meter.setAccessibleName(sentence)
            meter.setAccessibleDescription(
                QCoreApplication.translate("CompareView", "{level} of {steps} steps filled")
                .replace("{level}", str(level)).replace("{steps}", str(STEPS))
            )
            return box
        if key in LIST_ROWS:
            items = model.data(index, CompareRole.ITEMS)
            assert isinstance(items, list)
            if not items:
                return self._cell_label(str(model.data(index)))
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            label = self._cell_label(bullet_html([str(it) for it in items], rtl), rich=True)
            label.setAccessibleName(str(model.data(index, Qt.ItemDataRole.AccessibleTextRole)))
            return label
        return self._cell_label(str(model.data(index)))

    def _align_header(self) -> None:
        # The header sits outside the scroll area so role names stay visible while
        # scrolling; keep its columns over the body's by reserving the scroll bar's width.
        # The body keeps EDGE pixels free on its trailing side, so text never touches the
        # scroll bar; the header reserves the same plus the bar's width.
        bar = self._scroll.verticalScrollBar()
        reserve = EDGE + (bar.sizeHint().width() if bar.maximum() > 0 else 0)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self._body_layout.setContentsMargins(EDGE, 0, 0, 0)
            self._header_grid.setContentsMargins(reserve, 0, 0, 0)
        else:
            self._body_layout.setContentsMargins(0, 0, EDGE, 0)
            self._header_grid.setContentsMargins(0, 0, reserve, 0)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self._pick_label.setText(QCoreApplication.translate("CompareView", "&Compare:"))
        self.setAccessibleName(QCoreApplication.translate("CompareView", "Role comparison"))
        for slot, combo in enumerate(self._combos):
            combo.setAccessibleName(
                QCoreApplication.translate("CompareView", "Role in column {n}")
                .replace("{n}", str(slot + 1))
            )
            combo.setToolTip(
                QCoreApplication.translate(
                    "CompareView", "Choose the role or combined role shown in this column."
                )
            )
            if combo.count():
                combo.setItemText(0, self._empty_text(slot))
        self._model.retranslate()
        self._rebuild()
        self._update_message()

    def changeEvent(self, event: QEvent) -> None:
        """Follow language and palette changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self._rebuild()
        super().changeEvent(event)


__all__ = ["MAX_COLUMNS", "MIN_COLUMNS", "CompareModel", "CompareRole", "CompareView",
           "bullet_html"]
