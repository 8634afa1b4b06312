"""Export and print a plan: a PDF report, a CSV of the team lines, or the system printer.

The report is the rich text of :func:`~teambuilder.gui.report_html.report_html`, laid out
on A4 pages with a footer (plan title, date, "page X of Y"), with the budget chart drawn by
:func:`~teambuilder.gui.budget_chart.paint_budget_chart` into a high-resolution image.
Files are written atomically: a failed export never leaves half a file behind. Qt's print
support is imported inside the functions, so it stays off the start-up path.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSaveFile,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtWidgets import QWidget

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.costs import CostTable
from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui.budget_chart import paint_budget_chart, preferred_chart_height
from teambuilder.gui.i18n import is_right_to_left, locale_for
from teambuilder.gui.report_html import CHART_URL, MUTED, RULE, STYLE, report_html

if TYPE_CHECKING:
    from PySide6.QtGui import QPdfWriter

CHART_SCALE = 4
"""The chart image has this many device pixels per CSS pixel, so it stays sharp in print."""

BODY_POINT_SIZE = 9.5
MARGINS_MM = QMarginsF(18, 16, 18, 14)
CLIP_INSET = 0.5
"""Device pixels kept clear at the top and bottom of a page's text when it is painted."""
SHORT_BLOCK = 0.25
"""A paragraph at most this share of a page high is never cut by a page break."""


def print_palette() -> QPalette:
    """Dark text on white, whatever the screen's theme: paper is white."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#1b1f24"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#1b1f24"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2f6fb0"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Mid, QColor(RULE))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    return palette


def _report_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def chart_image(rec: Recommendation, width_px: int, lang: str) -> QImage:
    """The budget chart for ``rec``, ``width_px`` CSS pixels wide, drawn for paper."""
    font = _report_font()
    font.setPixelSize(13)
    height = preferred_chart_height(rec, font)
    image = QImage(width_px * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(CHART_SCALE)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(font)
    paint_budget_chart(painter, QRectF(0, 0, width_px, height), rec, locale_for(lang),
                       print_palette())
    painter.end()
    return image


def build_document(rec: Recommendation, catalogue: Catalogue, costs: CostTable, title: str,
                   lang: str, device: QPagedPaintDevice) -> QTextDocument:
    """The report as a document laid out for ``device``'s pages (footer space kept free)."""
    locale = locale_for(lang)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_report_font())
    doc.setDefaultStyleSheet(STYLE)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    )
    doc.setDefaultTextOption(option)
    layout = doc.documentLayout()
    layout.setPaintDevice(device)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    dpi = device.logicalDpiX()
    footer = _footer_height(device)
    doc.setPageSize(QSizeF(page.width(), page.height() - footer))
    css_width = int(page.width() * 96 / dpi)  # images are sized in 96-dpi pixels
    chart = chart_image(rec, css_width, lang) if rec.team else None
    if chart is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
        size = (css_width, int(chart.height() / CHART_SCALE))
    else:
        size = None
    body = report_html(rec, catalogue, costs, title, locale, size)
    direction = "rtl" if is_right_to_left(lang) else "ltr"
    doc.setHtml(f'<html><body dir="{direction}"><div dir="{direction}">{body}</div></body></html>')
    keep_together(doc, dpi)
    return doc


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _crosses_page(top: float, bottom: float, page_height: float) -> bool:
    """True when a page break falls between ``top`` and ``bottom``.

    A pixel of slack at each end: Qt places a line moved to the next page a fraction of a
    pixel above the page's edge (its positions are rounded to 1/64 pixel).
    """
    return _page(top + 1, page_height) != _page(bottom - 1, page_height)


def _row_cells(table: QTextTable, row: int) -> list[QTextTableCell]:
    """The cells that start in ``row`` (a cell spanning columns is listed once)."""
    cells = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.isValid() and cell.row() == row and cell.column() == column:
            cells.append(cell)
    return cells


def _row_extent(layout: QAbstractTextDocumentLayout, table: QTextTable,
                row: int) -> tuple[float, float]:
    """Top of the first line and bottom of the last line of ``row``, in document pixels."""
    top, bottom = math.inf, -math.inf
    for cell in _row_cells(table, row):
        top = min(top, layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottom = max(bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return top, bottom


def _header_height(layout: QAbstractTextDocumentLayout, table: QTextTable) -> float:
    """Height of the rows Qt repeats at the top of every page the table continues on."""
    rows = table.format().headerRowCount()
    if rows <= 0:
        return 0.0
    top, _ = _row_extent(layout, table, 0)
    _, bottom = _row_extent(layout, table, rows - 1)
    return bottom - top


def _relayout(doc: QTextDocument) -> None:
    """Lay the whole document out again, so what follows is measured where it now lands."""
    doc.markContentsDirty(0, doc.characterCount())


def _lengthen_row(table: QTextTable, row: int, extra: float, device_dpi: int) -> None:
    """Give the cells of ``row`` ``extra`` device pixels more padding at the bottom."""
    css_extra = extra * 96 / device_dpi  # cell padding is in 96-dpi pixels
    for cell in _row_cells(table, row):
        fmt = cell.format().toTableCellFormat()
        base = (fmt.bottomPadding() if fmt.hasProperty(QTextFormat.Property.TableCellBottomPadding)
                else table.format().cellPadding())
        fmt.setBottomPadding(base + css_extra)
        cell.setFormat(fmt)


def _keep_row_together(doc: QTextDocument, table: QTextTable, row: int, dpi: int) -> None:
    """Start ``row`` on the next page when it would be cut by a page break but fits on a page.

    Qt breaks a table row between the lines of its cells. A row that can be kept whole is
    moved down by stretching the row above it to the bottom of the page, as Qt does itself
    when a row's first lines do not fit: its rule then sits at the foot of the page and the
    table's header rows are repeated above the moved row. The first row of a table moves
    the whole table instead.
    """
    layout = doc.documentLayout()
    page_height = doc.pageSize().height()
    first_body_row = max(0, table.format().headerRowCount())
    for _attempt in range(3):
        top, bottom = _row_extent(layout, table, row)
        if not _crosses_page(top, bottom, page_height):
            return
        room = page_height - _header_height(layout, table) - 2 * table.format().cellPadding()
        if bottom - top > room:
            return  # taller than a page: it has to be broken somewhere
        if row <= first_body_row:
            fmt = table.format()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                return
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
        else:
            above_top, above_bottom = _row_extent(layout, table, row - 1)
            if _crosses_page(above_top, above_bottom, page_height):
                return  # the row above is broken itself: stretching it would move its lines
            # Stretch the row above until this row's top edge (above its padding) is a hair
            # above the page's end: none of its first lines fits there, so Qt moves the row
            # to the next page whole. The row above keeps room for its own last line.
            edge = top - table.format().cellPadding() * dpi / 96
            page_end = (_page(top + 1, page_height) + 1) * page_height
            _lengthen_row(table, row - 1, page_end - edge - 2, dpi)
        _relayout(doc)


def _table_of(block: QTextBlock) -> QTextTable | None:
    return QTextCursor(block).currentTable()


def _introduces_list(block: QTextBlock) -> bool:
    """True for a paragraph that leads into a list ("These sources:" and the list)."""
    following = block.next()
    return (block.textList() is None and block.length() > 1 and following.isValid()
            and following.textList() is not None)


def _unit_below(doc: QTextDocument, heading: QTextBlock) -> float | None:
    """Bottom of what must stay on the heading's page: the first lines or row below it."""
    layout = doc.documentLayout()
    block = heading.next()
    while block.isValid() and block.length() <= 1 and _table_of(block) is None:
        block = block.next()  # Qt's empty blocks around tables
    if not block.isValid():
        return None
    table = _table_of(block)
    if table is not None:
        row = min(max(0, table.format().headerRowCount()), table.rows() - 1)
        top, bottom = _row_extent(layout, table, row)
        if bottom - top < doc.pageSize().height() / 2:
            return bottom
        block = table.cellAt(row, 0).firstCursorPosition().block()
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    if lines.lineCount() == 0 or rect.height() <= doc.pageSize().height() * SHORT_BLOCK:
        return rect.bottom()  # a short paragraph is kept whole anyway (_keep_block_together)
    line = lines.lineAt(min(2, lines.lineCount() - 1))  # a few lines of its section
    return rect.top() + line.y() + line.height()


def _keep_block_together(doc: QTextDocument, block: QTextBlock) -> None:
    """Start a short paragraph or list item on the next page rather than cut it in two."""
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
        return
    page_height = doc.pageSize().height()
    rect = doc.documentLayout().blockBoundingRect(block)
    if rect.height() > page_height * SHORT_BLOCK:
        return
    if _crosses_page(rect.top(), rect.bottom(), page_height):
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        _relayout(doc)


def _keep_heading_with_next(doc: QTextDocument, heading: QTextBlock) -> None:
    """Start a heading (or a list's lead-in) on the next page when what follows would not
    fit below it."""
    fmt = heading.blockFormat()
    if fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
        return
    page_height = doc.pageSize().height()
    top = doc.documentLayout().blockBoundingRect(heading).top()
    bottom = _unit_below(doc, heading)
    if bottom is None or bottom - top > page_height:
        return
    if _crosses_page(top, bottom, page_height):
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).setBlockFormat(fmt)
        _relayout(doc)


def keep_together(doc: QTextDocument, dpi: int) -> None:
    """Paginate ``doc`` so that no table row and no heading is cut from what belongs to it.

    Goes from the top of the document down, laying it out again after each move, so every
    later heading and row is measured where it lands. ``dpi`` is the paint device's
    resolution (the document's pixels are device pixels).
    """
    steps: list[tuple[int, QTextBlock | tuple[QTextTable, int]]] = []
    block = doc.begin()
    while block.isValid():
        if _table_of(block) is None:
            steps.append((block.position(), block))
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            first = max(0, frame.format().headerRowCount())
            for row in range(first, frame.rows()):
                cell = frame.cellAt(row, 0)
                steps.append((cell.firstPosition(), (frame, row)))
    steps.sort(key=lambda step: step[0])
    for _position, item in steps:
        if isinstance(item, QTextBlock):
            if item.blockFormat().headingLevel() > 1 or _introduces_list(item):
                _keep_heading_with_next(doc, item)
            else:
                _keep_block_together(doc, item)
        else:
            _keep_row_together(doc, item[0], item[1], dpi)


def _footer_font(device: QPagedPaintDevice) -> QFont:
    font = _report_font()
    font.setPointSizeF(BODY_POINT_SIZE * 0.85)
    return font


def _footer_height(device: QPagedPaintDevice) -> float:
    return QFontMetricsF(_footer_font(device), device).height() * 2.2


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, title: str,
                   lang: str) -> int:
    """Paint ``doc`` page by page on ``device`` with a footer; return the page count.

    Raises:
        OSError: the device cannot be painted on (for example, the file cannot be written).
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Export", "The report could not be started."))
    try:
        locale = locale_for(lang)
        rtl = is_right_to_left(lang)
        page = doc.pageSize()
        full = device.pageLayout().paintRectPixels(device.logicalDpiX())
        pages = doc.pageCount()
        date = locale.toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
        font = _footer_font(device)
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            # A hair inside the page: Qt also draws a line that only touches the clip's
            # edge, which left the last line of a page as hidden text at the top of the
            # next one (and the first line of a page at the foot of the one before).
            doc.drawContents(painter, QRectF(0, number * page.height() + CLIP_INSET,
                                             page.width(), page.height() - 2 * CLIP_INSET))
            painter.restore()
            painter.save()
            painter.setFont(font)
            painter.setPen(QColor(MUTED))
            line_y = full.height() - _footer_height(device) * 0.6
            painter.setPen(QColor(RULE))
            painter.drawLine(0, int(line_y), int(full.width()), int(line_y))
            painter.setPen(QColor(MUTED))
            box = QRectF(0, line_y, full.width(), full.height() - line_y)
            left_text = QCoreApplication.translate("Export", "{title} \u2014 {date}").replace(
                "{title}", title).replace("{date}", date)
            page_text = QCoreApplication.translate("Export", "Page {page} of {pages}").replace(
                "{page}", locale.toString(number + 1)).replace("{pages}", locale.toString(pages))
            start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(box, start | Qt.AlignmentFlag.AlignVCenter, left_text)
            painter.drawText(box, end | Qt.AlignmentFlag.AlignVCenter, page_text)
            painter.restore()
    finally:
        painter.end()
    return pages


def _setup_pages(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def _writer(target: QIODevice, title: str) -> QPdfWriter:
    from PySide6.QtGui import QPdfWriter  # not needed at start-up

    writer = QPdfWriter(target)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("TeamBuilder")
    _setup_pages(writer)
    return writer


def export_pdf(path: str | os.PathLike[str], rec: Recommendation, catalogue: Catalogue,
               costs: CostTable, title: str, lang: str) -> None:
    """Write the plan report as an A4 PDF at ``path``, atomically.

    Raises:
        OSError: the file cannot be written; the message says why.
    """
    target = QSaveFile(os.fspath(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{os.fspath(path)}: {target.errorString()}")
    try:
        writer = _writer(target, title)
        doc = build_document(rec, catalogue, costs, title, lang, writer)
        paint_document(doc, writer, title, lang)
        del writer  # finishes the PDF into the save file
    except BaseException:
        target.cancelWriting()
        target.commit()
        raise
    if not target.commit():
        raise OSError(f"{os.fspath(path)}: {target.errorString()}")


def export_csv(path: str | os.PathLike[str], rec: Recommendation, catalogue: Catalogue) -> None:
    """Write the team lines as CSV (:func:`teambuilder.domain.report.team_csv`), atomically.

    Raises:
        OSError: the file cannot be written; the message says why.
    """
    from teambuilder.domain.report import team_csv

    data = team_csv(rec, catalogue).encode("utf-8")
    target = QSaveFile(os.fspath(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{os.fspath(path)}: {target.errorString()}")
    if target.write(data) != len(data):
        message = target.errorString()
        target.cancelWriting()
        target.commit()
        raise OSError(f"{os.fspath(path)}: {message}")
    if not target.commit():
        raise OSError(f"{os.fspath(path)}: {target.errorString()}")


def print_plan(parent: QWidget | None, rec: Recommendation, catalogue: Catalogue,
               costs: CostTable, title: str, lang: str) -> bool:
    """Print the plan report through the system print dialog; True when it was printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    _setup_pages(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Export", "Print Plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = build_document(rec, catalogue, costs, title, lang, printer)
    try:
        paint_document(doc, printer, title, lang)
    except OSError:
        return False
    return True


__all__ = ["build_document", "chart_image", "export_csv", "export_pdf", "keep_together",
           "paint_document", "print_plan"]
