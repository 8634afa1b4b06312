"""Exports: the PDF report holds the plan, the CSV round-trips, failures say why."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QPdfWriter, QTextBlock, QTextCursor, QTextDocument

from teambuilder.domain.catalogue import Catalogue, load_catalogue
from teambuilder.domain.costs import CostTable, load_costs
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import DeferredRole, Recommendation, TeamLine
from teambuilder.gui.export import build_document, chart_image, export_csv, export_pdf
from teambuilder.gui.i18n import locale_for

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed, so the PDF's text "
    "cannot be read back"
)


@pytest.fixture(scope="module")
def costs() -> CostTable:
    return load_costs()


@pytest.fixture
def rec() -> Recommendation:
    profile = Profile(size=12, focus="b2b", budget=9000, goals=("leads",))
    team = [
        TeamLine(title="Digital marketing generalist", entry_id="digital_marketing_generalist",
                 roles=["social_media_manager", "content_marketing_manager"],
                 coverage={"social_media_manager": 0.6, "content_marketing_manager": 0.45},
                 mode="full_time", option="full_time", monthly_cost=6000.0,
                 reasons=["One person covers social media and content."]),
        TeamLine(title="SEO agency", entry_id="seo_specialist", roles=["seo_specialist"],
                 mode="agency", option="agency", monthly_cost=1500.0,
                 reasons=["Search matters for B2B buyers."]),
    ]
    deferred = [DeferredRole(role="paid_media_manager", reason="Wait until organic works.",
                             monthly_cost_to_add=1800.0, mode_to_add="agency")]
    return Recommendation(profile=profile, currency="USD", team=team, deferred=deferred,
                          total_monthly_cost=7500.0, monthly_budget=9000.0,
                          channels=["website", "linkedin"], next_steps=["Add paid media."],
                          notes=["Costs include on-costs."], score=0.6)


def _pdf_text(path: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True)
    # Ligatures and Arabic presentation forms back to plain letters; wrapped lines joined.
    text = unicodedata.normalize("NFKC", out.stdout)
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u200e\u200f")
    return " ".join(text.split())


@needs_pdftotext
def test_pdf_contains_the_plan(tmp_path: Path, rec: Recommendation, costs: CostTable) -> None:
    catalogue = load_catalogue("en")
    path = tmp_path / "plan.pdf"
    export_pdf(path, rec, catalogue, costs, "Bakery plan", "en")
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "Bakery plan" in text
    for line in rec.team:
        assert line.title in text
        assert line.reasons[0] in text
    assert "$6,000" in text and "$1,500" in text
    assert "$7,500" in text and "$9,000" in text
    assert "Wait until organic works." in text
    assert "Company website" in text and "LinkedIn" in text
    assert "Add paid media." in text
    # The comparison of the recommended roles, with the seed table's ratings.
    seo = catalogue.role("seo_specialist")
    assert seo.key_advantage in text
    assert "Moderate" in text
    # Sources and page numbers.
    assert "Digital marketing team structure: 8 key roles" in text
    assert "US Bureau of Labor Statistics" in text
    assert "Page 1 of" in text


@needs_pdftotext
def test_pdf_in_persian_uses_persian_text(tmp_path: Path, rec: Recommendation,
                                          costs: CostTable) -> None:
    catalogue = load_catalogue("fa")
    path = tmp_path / "plan-fa.pdf"
    export_pdf(path, rec, catalogue, costs, "plan", "fa")
    text = _pdf_text(path)
    assert catalogue.role("seo_specialist").name.split()[0] in text
    assert "\u06f6" in text  # a Persian digit: money follows the Persian locale


def test_document_is_right_to_left_for_persian(rec: Recommendation, catalogue: Catalogue,
                                               costs: CostTable) -> None:
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    doc = build_document(rec, load_catalogue("fa"), costs, "plan", "fa", writer)
    from PySide6.QtCore import Qt

    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert locale_for("fa").textDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_channels_are_numbered_in_the_language_s_digits_and_direction(
        rec: Recommendation, costs: CostTable, lang: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    catalogue = load_catalogue(lang)
    doc = build_document(rec, catalogue, costs, "plan", lang, writer)
    locale = locale_for(lang)
    rtl = lang != "en"
    blocks = {}
    block = doc.begin()
    while block.isValid():
        blocks[block.text()] = block
        block = block.next()
    for position, channel in enumerate(rec.channels, start=1):
        name = catalogue.channel(channel).name
        number = locale.toString(position)
        line = ("\u200f" if rtl else "") + f"{number}. {name}"
        assert line in blocks, (line, list(blocks))
        direction = blocks[line].textDirection()
        assert (direction == Qt.LayoutDirection.RightToLeft) == rtl
    assert "linkedin" in rec.channels  # a Latin name: its number stays on the reading side


def test_report_years_follow_the_locale(rec: Recommendation, costs: CostTable) -> None:
    from teambuilder.gui.report_html import report_html

    year = next(src.year for src in costs.sources if src.year is not None)
    text = report_html(rec, load_catalogue("fa"), costs, "plan", locale_for("fa"))
    persian = str(year).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert f"({persian})" in text
    assert "<ol>" not in text  # <ol> would number with Western digits


def test_chart_image_is_sharp_and_drawn(rec: Recommendation) -> None:
    image = chart_image(rec, 600, "en")
    assert image.devicePixelRatio() >= 3
    assert image.width() >= 600 * 3
    colours = {image.pixelColor(x, y).rgb()
               for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 2  # bars and labels, not a blank page
    assert QColor("#ffffff").rgb() in colours


def test_unwritable_pdf_path_raises_oserror(tmp_path: Path, rec: Recommendation,
                                            catalogue: Catalogue, costs: CostTable) -> None:
    target = tmp_path / "missing-folder" / "plan.pdf"
    with pytest.raises(OSError, match=r"plan\.pdf"):
        export_pdf(target, rec, catalogue, costs, "plan", "en")
    assert not target.exists()


def test_failed_pdf_keeps_the_old_file(tmp_path: Path, rec: Recommendation,
                                       catalogue: Catalogue, costs: CostTable,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"old report")
    import teambuilder.gui.export as export

    def broken(*_args: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(export, "paint_document", broken)
    with pytest.raises(OSError, match="disk full"):
        export_pdf(path, rec, catalogue, costs, "plan", "en")
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_csv_round_trips(tmp_path: Path, rec: Recommendation, catalogue: Catalogue) -> None:
    from teambuilder.domain.report import parse_team_csv, team_csv

    path = tmp_path / "team.csv"
    export_csv(path, rec, catalogue)
    written = path.read_bytes().decode("utf-8")
    assert written == team_csv(rec, catalogue)
    lines, currency = parse_team_csv(written)
    assert lines == rec.team
    assert currency == rec.currency
    assert [p.name for p in tmp_path.iterdir()] == ["team.csv"]  # no temporary file left


def test_unwritable_csv_path_raises_oserror(tmp_path: Path, rec: Recommendation,
                                            catalogue: Catalogue) -> None:
    with pytest.raises(OSError):
        export_csv(tmp_path / "no" / "team.csv", rec, catalogue)


@needs_pdftotext
def test_print_goes_through_the_print_dialog(tmp_path: Path, rec: Recommendation,
                                             catalogue: Catalogue, costs: CostTable,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6 import QtPrintSupport

    from teambuilder.gui.export import print_plan

    target = tmp_path / "printed.pdf"
    shown: list[str] = []

    class FakePrintDialog:
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, printer: QtPrintSupport.QPrinter, _parent: object) -> None:
            self._printer = printer

        def setWindowTitle(self, title: str) -> None:
            shown.append(title)

        def exec(self) -> object:
            # The person picks "print to file" in the system dialog.
            self._printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            self._printer.setOutputFileName(str(target))
            return QtPrintSupport.QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    assert print_plan(None, rec, catalogue, costs, "Printed plan", "en")
    assert shown == ["Print Plan"]
    text = _pdf_text(target)
    assert "Printed plan" in text and "SEO agency" in text


def test_cancelled_print_prints_nothing(rec: Recommendation, catalogue: Catalogue,
                                        costs: CostTable,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6 import QtPrintSupport

    from teambuilder.gui.export import print_plan

    class CancelledDialog:
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, *_args: object) -> None:
            pass

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> object:
            return QtPrintSupport.QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", CancelledDialog)
    assert not print_plan(None, rec, catalogue, costs, "plan", "en")


# --- Pagination: nothing is cut by a page break where it fits on a page ----------------------

ROLE_IDS = ["seo_specialist", "social_media_manager", "content_marketing_manager",
            "paid_media_manager", "email_marketing_specialist", "analytics_manager"]


def _long_rec() -> Recommendation:
    """A plan whose team table and notes run over several pages.

    Every reason and note is short enough for one printed line and carries a unique token,
    so a line printed twice, or a row cut in two, shows in the PDF's text.
    """
    profile = Profile(size=20000, focus="both", budget=300000)
    team = [
        TeamLine(title=f"Line{n:02d} specialist", entry_id=ROLE_IDS[n % len(ROLE_IDS)],
                 roles=[ROLE_IDS[n % len(ROLE_IDS)]], mode="full_time", option="full_time",
                 monthly_cost=1000.0 + n,
                 reasons=[f"R{n:02d}x{k} short reason" for k in range(4 + n % 6)])
        for n in range(16)
    ]
    notes = [f"N{k:02d}x note that fits on a line." for k in range(70)]
    return Recommendation(profile=profile, currency="USD", team=team, deferred=[],
                          total_monthly_cost=sum(line.monthly_cost for line in team),
                          monthly_budget=300000.0, channels=["website"], next_steps=[],
                          notes=notes, score=1.0)


def _pdf_pages(path: Path) -> list[str]:
    assert PDFTOTEXT is not None
    pages = []
    number = 1
    while True:
        out = subprocess.run([PDFTOTEXT, "-f", str(number), "-l", str(number), str(path), "-"],
                             capture_output=True, text=True)
        if out.returncode != 0 or ("Page" not in out.stdout and "صفحه" not in out.stdout):
            break
        pages.append(" ".join(unicodedata.normalize("NFKC", out.stdout).split()))
        number += 1
    return pages


@needs_pdftotext
@pytest.mark.parametrize("lang", ["en", "fa", "vi"])
def test_pdf_keeps_each_team_row_on_one_page_and_prints_each_line_once(
        tmp_path: Path, costs: CostTable, lang: str) -> None:
    rec = _long_rec()
    path = tmp_path / f"long-{lang}.pdf"
    export_pdf(path, rec, load_catalogue(lang), costs, "Long plan", lang)
    pages = _pdf_pages(path)
    assert len(pages) >= 3
    for n, line in enumerate(rec.team):
        tokens = [f"Line{n:02d}"] + [reason.split()[0] for reason in line.reasons]
        where = {token: [i for i, page in enumerate(pages) if token in page] for token in tokens}
        # Each token is printed once in the whole report (hidden text counts too)...
        assert all(len(found) == 1 for found in where.values()), where
        # ...and a row's title and all its reasons are on the same page.
        assert len({found[0] for found in where.values()}) == 1, where
    for k in range(len(rec.notes)):
        token = f"N{k:02d}x"
        assert sum(page.count(token) for page in pages) == 1, token


def _block_page(doc: QTextDocument, block: QTextBlock) -> tuple[int, int]:
    rect = doc.documentLayout().blockBoundingRect(block)
    height = doc.pageSize().height()
    return int((rect.top() + 1) // height), int((rect.bottom() - 1) // height)


@pytest.mark.parametrize(("size", "budget", "lang"),
                         [(20000, 300000, "en"), (40, 20000, "fa"), (20000, 300000, "vi"),
                          (40, 20000, "en")])
def test_document_rows_and_headings_are_not_cut_by_a_page_break(
        costs: CostTable, size: int, budget: float, lang: str) -> None:
    from PySide6.QtGui import QTextTable

    from teambuilder.domain.engine import recommend

    catalogue = load_catalogue(lang)
    rec = recommend(Profile(size=size, focus="both", budget=budget), catalogue, costs, lang)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _a4_writer(buffer)
    doc = build_document(rec, catalogue, costs, "plan", lang, writer)
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables
    for table in tables:
        for row in range(table.rows()):
            cells = [table.cellAt(row, c) for c in range(table.columns())]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top()
                      for c in cells)
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                         for c in cells)
            assert int((top + 1) // height) == int((bottom - 1) // height), (row, top, bottom)
    block = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            first, last = _block_page(doc, block)
            assert first == last, block.text()  # every paragraph here is short
            if block.blockFormat().headingLevel() > 1:
                following = block.next()
                while following.length() <= 1 and QTextCursor(following).currentTable() is None:
                    following = following.next()
                assert _block_page(doc, following)[0] == first, block.text()
        block = block.next()


def _a4_writer(buffer: QBuffer) -> QPdfWriter:
    from teambuilder.gui.export import _writer

    return _writer(buffer, "plan")
