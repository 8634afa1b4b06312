"""The budget chart: monthly spend by team line against the budget, drawn with QPainter.

:func:`paint_budget_chart` draws on any painter (a widget, a PDF page, a printer), so the
window and the exported report show the same chart. Colours come from the palette passed
in, so the chart reads in light and dark themes; a right-to-left locale mirrors it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui.formatting import format_money, staffing_label

ROW_FACTOR = 2.0
"""Row height as a multiple of the font's line height."""


def series_colour(index: int, palette: QPalette) -> QColor:
    """Fill colour of the ``index``-th line, derived from the palette's highlight colour.

    Hues are spread by the golden angle so neighbours differ; lightness follows the theme
    so bars stay visible on a dark window as on a light one.
    """
    base = palette.color(QPalette.ColorRole.Highlight)
    hue = base.hslHueF()
    if hue < 0:  # achromatic highlight: start from a calm blue
        hue = 0.58
    hue = (hue + index * 0.381966) % 1.0
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    lightness = 0.62 if dark else 0.50
    return QColor.fromHslF(hue, 0.55, lightness)


def preferred_chart_height(rec: Recommendation | None, font: QFont) -> int:
    """Height in pixels that shows every row of the chart comfortably with ``font``."""
    rows = (len(rec.team) if rec else 0) + 1  # the lines, then the total
    line = QFontMetricsF(font).height()
    return int(line * ROW_FACTOR * rows + line * 2.2)


@dataclass(frozen=True)
class _Layout:
    label_width: float
    bar_left: float
    bar_width: float
    value_left: float
    value_width: float
    top: float
    row_height: float
    scale: float  # pixels per unit of money


def row_labels(rec: Recommendation) -> list[str]:
    """The chart's label for each team line, in order, in the current language.

    Two lines of one role (in-house and outsourced) would read the same, so each of them
    also names how it is staffed, as the cards do.
    """
    titles = [line.title for line in rec.team]
    return [QCoreApplication.translate("BudgetChart", "%1 (%2)").replace("%1", title)
            .replace("%2", staffing_label(line.option, line.mode))
            if titles.count(title) > 1 else title
            for title, line in zip(titles, rec.team, strict=True)]


def _layout(painter: QPainter, rect: QRectF, rec: Recommendation, labels: list[str],
            values: list[str]) -> _Layout:
    fm = QFontMetricsF(painter.font())
    widest_label = max((fm.horizontalAdvance(t) for t in labels), default=0.0)
    label_width = min(widest_label + fm.height() * 0.8, rect.width() * 0.34)
    bold = QFont(painter.font())
    bold.setBold(True)
    widest_value = max((QFontMetricsF(bold).horizontalAdvance(t) for t in values), default=0.0)
    bar_left = rect.left() + label_width
    gap = fm.height() * 0.8
    bar_width = max(10.0, rect.width() - label_width - widest_value - gap)
    value_left = rect.right() - widest_value
    top = rect.top() + fm.height() * 1.6  # room for the budget label above the rows
    rows = len(rec.team) + 1
    row_height = max(fm.height() * 1.3, (rect.bottom() - top) / rows)
    maximum = max(rec.monthly_budget, rec.total_monthly_cost, 1.0)
    return _Layout(label_width, bar_left, bar_width, value_left, widest_value, top, row_height,
                   bar_width / maximum)


def paint_budget_chart(painter: QPainter, rect: QRectF, rec: Recommendation,
                       locale: QLocale, palette: QPalette) -> None:
    """Draw one horizontal bar per team line, a stacked total bar, and the budget line.

    Args:
        painter: an active painter; its font is used for every label.
        rect: where to draw, in the painter's coordinates.
        rec: the recommendation whose lines and budget are drawn.
        locale: formats the money and decides the direction (mirrored right to left).
        palette: colours for text, bars and the budget marker.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    fm = QFontMetricsF(painter.font())

    def flip(r: QRectF) -> QRectF:
        if not rtl:
            return r
        return QRectF(rect.left() + rect.right() - r.right(), r.top(), r.width(), r.height())

    def flip_x(x: float) -> float:
        return rect.left() + rect.right() - x if rtl else x

    if not rec.team:
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         QCoreApplication.translate(
                             "BudgetChart", "No one fits within this budget yet."))
        painter.restore()
        return

    labels = row_labels(rec)
    labels.append(QCoreApplication.translate("BudgetChart", "Total"))
    values = [format_money(line.monthly_cost, rec.currency, locale) for line in rec.team]
    values.append(format_money(rec.total_monthly_cost, rec.currency, locale))
    lay = _layout(painter, rect, rec, labels, values)
    bar_height = min(lay.row_height * 0.62, fm.height() * 1.3)
    label_flags = Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignLeft if not rtl else Qt.AlignmentFlag.AlignRight)

    # Rows: label, bar, value. The last row stacks every line's share of the total.
    for row, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = lay.top + row * lay.row_height
        label_rect = QRectF(rect.left(), y, lay.label_width - fm.height() * 0.4, lay.row_height)
        painter.setPen(text_colour)
        font = painter.font()
        is_total = row == len(rec.team)
        row_fm = fm
        if is_total:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            row_fm = QFontMetricsF(bold)
        shown = row_fm.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
        painter.drawText(flip(label_rect), label_flags, shown)
        bar_top = y + (lay.row_height - bar_height) / 2
        if is_total:
            x = lay.bar_left
            for index, line in enumerate(rec.team):
                width = line.monthly_cost * lay.scale
                painter.fillRect(flip(QRectF(x, bar_top, width, bar_height)),
                                 series_colour(index, palette))
                x += width
        else:
            width = rec.team[row].monthly_cost * lay.scale
            painter.fillRect(flip(QRectF(lay.bar_left, bar_top, width, bar_height)),
                             series_colour(row, palette))
        # Amounts in their own column at the end, so they never collide with the budget line.
        painter.setPen(text_colour)
        value_rect = QRectF(lay.value_left, y, lay.value_width + 1, lay.row_height)
        value_flags = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if not rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(flip(value_rect), value_flags, value)
        painter.setFont(font)

    # The budget: a dashed line across every row, labelled above the first row.
    budget_x = lay.bar_left + rec.monthly_budget * lay.scale
    over = rec.total_monthly_cost > rec.monthly_budget + 0.5
    pen = QPen(text_colour, max(1.0, fm.height() / 10))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    bottom = lay.top + lay.row_height * (len(rec.team) + 1)
    painter.drawLine(QPointF(flip_x(budget_x), lay.top - fm.height() * 0.2),
                     QPointF(flip_x(budget_x), bottom))
    template = (QCoreApplication.translate("BudgetChart", "Budget %1 (over by %2)") if over
                else QCoreApplication.translate("BudgetChart", "Budget %1 (%2 left)"))
    caption = template.replace(
        "%1", format_money(rec.monthly_budget, rec.currency, locale)).replace(
        "%2", format_money(abs(rec.monthly_budget - rec.total_monthly_cost), rec.currency,
                           locale))
    width = fm.horizontalAdvance(caption) + 4
    # Keep the caption inside the chart: anchor its end at the line, or its start if no room.
    left = budget_x - width - fm.height() * 0.3
    if left < lay.bar_left:
        left = min(budget_x + fm.height() * 0.3, rect.right() - width)
    painter.setPen(text_colour)
    painter.drawText(flip(QRectF(left, rect.top(), width, fm.height() * 1.3)),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter, caption)
    painter.restore()


def chart_summary(rec: Recommendation, locale: QLocale | None = None) -> str:
    """One sentence that says what the chart shows, for screen readers and tooltips."""
    loc = locale if locale is not None else QLocale()
    return (QCoreApplication.translate(
        "BudgetChart", "The team costs %1 a month of a %2 monthly budget.")
        .replace("%1", format_money(rec.total_monthly_cost, rec.currency, loc))
        .replace("%2", format_money(rec.monthly_budget, rec.currency, loc)))


class BudgetChart(QWidget):
    """A widget that shows :func:`paint_budget_chart` for the current recommendation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetChart")
        self._rec: Recommendation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)
        self.retranslate()

    def set_recommendation(self, rec: Recommendation | None) -> None:
        """Show ``rec`` (None clears the chart)."""
        self._rec = rec
        self.setFixedHeight(self.sizeHint().height())
        self.retranslate()
        self.update()

    def recommendation(self) -> Recommendation | None:
        """The recommendation shown."""
        return self._rec

    def retranslate(self) -> None:
        """Refresh the accessible texts in the current language."""
        self.setAccessibleName(QCoreApplication.translate("BudgetChart", "Budget chart"))
        summary = chart_summary(self._rec) if self._rec else ""
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)

    def sizeHint(self) -> QSize:
        """Tall enough for every row."""
        return QSize(480, preferred_chart_height(self._rec, self.font()))

    def minimumSizeHint(self) -> QSize:
        """Narrow windows still show bars and labels."""
        return QSize(240, preferred_chart_height(self._rec, self.font()))

    def changeEvent(self, event: QEvent) -> None:
        """Follow language, palette and font changes."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        if kind in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.setFixedHeight(self.sizeHint().height())
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the chart with the widget's palette and the current locale."""
        if self._rec is None:
            return
        painter = QPainter(self)
        margin = self.fontMetrics().height() * 0.5
        area = QRectF(self.rect()).adjusted(margin, margin * 0.5, -margin, -margin * 0.5)
        paint_budget_chart(painter, area, self._rec, QLocale(), self.palette())
        painter.end()
