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
from PySide6.QtGui import QColor

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
