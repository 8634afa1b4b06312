"""The budget chart: bars for every line, mirrored right to left, visible in dark themes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui.budget_chart import BudgetChart, paint_budget_chart, row_labels, series_colour

W, H = 600, 200


def _render(rec: Recommendation, locale: QLocale, palette: QPalette, width: int = W) -> QImage:
    image = QImage(width, H, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_budget_chart(painter, QRectF(0, 0, width, H), rec, locale, palette)
    painter.end()
    return image


def _columns_with(image: QImage, colour: QColor) -> list[int]:
    """x positions where some pixel has (nearly) the given colour."""
    found = []
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) < 4 and abs(pixel.green() - colour.green()) < 4
                    and abs(pixel.blue() - colour.blue()) < 4):
                found.append(x)
                break
    return found


def test_each_line_gets_a_bar_proportional_to_its_cost(sample_rec: Recommendation) -> None:
    palette = QPalette()
    image = _render(sample_rec, QLocale("en_US"), palette)
    first = _columns_with(image, series_colour(0, palette))
    second = _columns_with(image, series_colour(1, palette))
    assert first and second
    # The first line costs 4x the second. Its colour spans its bar (the total's first
    # segment lies on the same columns); the second colour appears twice: its own bar and
    # its segment of the total, each a quarter of the first's width.
    assert 3.5 < len(first) / (len(second) / 2) < 4.5


def test_right_to_left_mirrors_the_bars(sample_rec: Recommendation) -> None:
    palette = QPalette()
    width = 800
    ltr = _columns_with(_render(sample_rec, QLocale("en_US"), palette, width),
                        series_colour(0, palette))
    rtl = _columns_with(_render(sample_rec, QLocale("fa_IR"), palette, width),
                        series_colour(0, palette))
    # Left to right the bar grows rightwards from the end of the labels on the left; right to
    # left it grows leftwards from the labels on the right, at the mirrored position.
    assert abs(max(rtl) - (width - 1 - min(ltr))) <= 2
    assert min(rtl) > min(ltr) + 20


def test_dark_palette_keeps_bars_and_text_visible(sample_rec: Recommendation) -> None:
    palette = QPalette(QColor("#202124"))  # a dark window colour
    assert palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    image = _render(sample_rec, QLocale("en_US"), palette)
    bar = series_colour(0, palette)
    assert bar.lightnessF() > 0.5
    assert _columns_with(image, bar)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert _columns_with(image, text)  # labels drawn in the palette's text colour


def test_an_empty_team_says_so_instead_of_drawing_bars(sample_rec: Recommendation) -> None:
    empty = sample_rec.model_copy(update={"team": [], "total_monthly_cost": 0.0})
    palette = QPalette()
    image = _render(empty, QLocale("en_US"), palette)
    assert not _columns_with(image, series_colour(0, palette))
    assert _columns_with(image, palette.color(QPalette.ColorRole.WindowText))


def test_widget_describes_the_chart_for_screen_readers(qtbot: QtBot,
                                                       sample_rec: Recommendation) -> None:
    chart = BudgetChart()
    qtbot.addWidget(chart)
    chart.set_recommendation(sample_rec)
    assert chart.accessibleDescription() == (
        "The team costs $7,500 a month of a $9,000 monthly budget.")
    assert chart.height() >= chart.fontMetrics().height() * 2 * 3  # two lines and the total
    chart.resize(500, chart.height())
    assert not chart.grab().toImage().isNull()
    assert chart.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_two_lines_of_one_role_are_told_apart_by_how_they_are_staffed(
        sample_rec: Recommendation) -> None:
    seo = sample_rec.team[1]
    in_house = seo.model_copy(update={"mode": "part_time", "option": "part_time"})
    rec = sample_rec.model_copy(update={"team": [*sample_rec.team, in_house]})

    assert row_labels(rec) == ["Digital marketing generalist", "SEO agency (Agency)",
                               "SEO agency (Part-time)"]
    assert row_labels(sample_rec) == ["Digital marketing generalist", "SEO agency"]
