"""Export and print a plan: a PDF report, a CSV of the team lines, or the system printer.

The report is the rich text of :func:`~teambuilder.gui.report_html.report_html`, laid out
on A4 pages with a footer (plan title, date, "page X of Y"), with the budget chart drawn by
:func:`~teambuilder.gui.budget_chart.paint_budget_chart` into a high-resolution image.
Files are written atomically: a failed export never leaves half a file behind. Qt's print
support is imported inside the functions, so it stays off the start-up path.
"""

from __future__ import annotations

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
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
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
    keep_headings_with_text(doc)
    return doc


def keep_headings_with_text(doc: QTextDocument) -> None:
    """Move a heading to the next page when too little room is left below it on its page."""
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        auto = fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
        if fmt.headingLevel() > 1 and auto:
            rect = layout.blockBoundingRect(block)
            room_needed = rect.height() * 3.5  # the heading and a few lines of its section
            if int(rect.top() // page_height) != int((rect.top() + room_needed) // page_height):
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                # Lay the rest out again now, so later headings are measured where they land.
                doc.markContentsDirty(0, doc.characterCount())
        block = block.next()


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
            doc.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                             page.height()))
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


__all__ = ["build_document", "chart_image", "export_csv", "export_pdf", "paint_document",
           "print_plan"]
