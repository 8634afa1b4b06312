"""Cost assumptions: figures with sources, checked where typed, returned as overrides."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.costs import CostTable, apply_overrides, load_costs
from teambuilder.gui.cost_dialog import (
    CostColumn,
    CostDialog,
    CostRole,
    check_multiplier,
    check_value,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def defaults() -> CostTable:
    return load_costs()


@pytest.fixture
def dialog(qtbot: QtBot, defaults: CostTable) -> CostDialog:
    widget = CostDialog(defaults, None, None, catalogue=load_catalogue("en"))
    qtbot.addWidget(widget)
    return widget


def _row(dialog: CostDialog, entry_id: str, option: str) -> int:
    row = dialog.model().row_of(entry_id, option)
    assert row >= 0
    return row


def _label(dialog: CostDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label


def test_every_figure_shows_its_source_and_year(dialog: CostDialog, defaults: CostTable) -> None:
    model = dialog.model()
    for row in range(model.rowCount()):
        entry_id = model.data(model.index(row, 0), CostRole.ENTRY_ID)
        option = model.data(model.index(row, 0), CostRole.OPTION)
        figure = defaults.figure(str(entry_id), option)  # type: ignore[arg-type]
        source = model.data(model.index(row, CostColumn.SOURCE))
        assert source, (entry_id, option)
        if figure.source is not None:
            src = defaults.source(figure.source)
            assert src.publisher in str(source)
            assert (str(src.year) if src.year else "undated") in str(source)
            tip = str(model.data(model.index(row, CostColumn.SOURCE), Qt.ItemDataRole.ToolTipRole))
            assert src.title in tip


def test_seo_salary_row_reads_like_the_source(dialog: CostDialog) -> None:
    model = dialog.model()
    row = _row(dialog, "seo_specialist", "full_time")
    assert model.data(model.index(row, CostColumn.ROLE)) == "SEO Specialist"
    assert model.data(model.index(row, CostColumn.FIGURE)) == "$76,950 a year"
    assert model.data(model.index(row, CostColumn.MONTHLY)) == "$8,272"  # 76,950 x 1.29 / 12
    assert model.data(model.index(row, CostColumn.SOURCE)) == "US Bureau of Labor Statistics, 2024"


def test_untouched_dialog_returns_no_overrides(dialog: CostDialog) -> None:
    assert dialog.overrides() is None


def test_editing_figures_returns_overrides_the_domain_accepts(
    dialog: CostDialog, defaults: CostTable
) -> None:
    model = dialog.model()
    salary = model.index(_row(dialog, "seo_specialist", "full_time"), CostColumn.FIGURE)
    agency = model.index(_row(dialog, "seo_specialist", "agency"), CostColumn.FIGURE)
    part = model.index(_row(dialog, "seo_specialist", "part_time"), CostColumn.FIGURE)
    assert model.setData(salary, "60,000")
    assert model.setData(agency, "1\u066c200")  # Arabic thousands sign
    assert model.setData(part, "\u06f4\u06f0")  # forty percent, in Persian digits
    overrides = dialog.overrides()
    assert overrides == {"roles": {"seo_specialist": {
        "full_time": {"annual_salary": 60000.0}, "agency": 1200.0, "part_time": {"fraction": 0.4},
    }}}
    table = apply_overrides(defaults, overrides, "test")
    assert table.monthly("seo_specialist", "agency") == 1200.0
    assert table.monthly("seo_specialist", "full_time") == pytest.approx(60000 * 1.29 / 12)
    assert model.data(agency, CostRole.CHANGED) is True
    assert model.data(model.index(agency.row(), CostColumn.SOURCE)) == "Changed by you"


@pytest.mark.parametrize("text", ["-5", "", "abc", "nan", "0"])
def test_bad_figures_are_refused(dialog: CostDialog, text: str) -> None:
    model = dialog.model()
    index = model.index(_row(dialog, "seo_specialist", "full_time"), CostColumn.FIGURE)
    assert not model.setData(index, text)
    assert dialog.overrides() is None


def test_typing_a_bad_figure_says_why_inline(qtbot: QtBot, dialog: CostDialog) -> None:
    dialog.show()
    view = dialog.findChild(QTableView, "costTable")
    assert view is not None
    index = dialog.model().index(_row(dialog, "seo_specialist", "agency"), CostColumn.FIGURE)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "-300")
    message = _label(dialog, "costFigureMessage")
    assert message.isVisible()
    assert "negative" in message.text()
    assert not editor.hasAcceptableInput()
    editor.clear()
    qtbot.keyClicks(editor, "2,000")
    assert not message.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.overrides() is not None)  # the view commits queued
    assert dialog.overrides() == {"roles": {"seo_specialist": {"agency": 2000.0}}}


def test_multiplier_and_currency_are_checked_where_typed(qtbot: QtBot, dialog: CostDialog) -> None:
    dialog.show()
    multiplier = dialog.findChild(QLineEdit, "costMultiplier")
    assert multiplier is not None
    multiplier.clear()
    qtbot.keyClicks(multiplier, "0.5")
    assert "between 1 and 3" in _label(dialog, "costMultiplierMessage").text()
    ok = dialog.findChild(QComboBox, "costCurrency")
    assert ok is not None
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok_button is not None and not ok_button.isEnabled()
    multiplier.clear()
    qtbot.keyClicks(multiplier, "1.35")
    assert ok_button.isEnabled()
    currency = ok.lineEdit()
    assert currency is not None
    currency.clear()
    qtbot.keyClicks(currency, "E1")
    assert "three-letter" in _label(dialog, "costCurrencyMessage").text()
    assert not ok_button.isEnabled()
    currency.clear()
    qtbot.keyClicks(currency, "ron")
    assert ok_button.isEnabled()
    assert dialog.overrides() == {"on_cost_multiplier": 1.35, "currency": "RON"}
    row = _row(dialog, "seo_specialist", "full_time")
    assert "RON" in str(dialog.model().data(dialog.model().index(row, CostColumn.MONTHLY)))


def test_reset_to_defaults(dialog: CostDialog) -> None:
    model = dialog.model()
    model.setData(model.index(0, CostColumn.FIGURE), "100000")
    model.set_multiplier(1.4)
    assert dialog.overrides() is not None
    dialog.reset_to_defaults()
    assert dialog.overrides() is None
    multiplier = dialog.findChild(QLineEdit, "costMultiplier")
    assert multiplier is not None and multiplier.text() == "1.29"


def test_typing_the_default_back_removes_the_override(dialog: CostDialog) -> None:
    model = dialog.model()
    index = model.index(_row(dialog, "seo_specialist", "full_time"), CostColumn.FIGURE)
    model.setData(index, "70000")
    model.setData(index, "76,950")
    assert dialog.overrides() is None


def test_existing_overrides_are_shown_and_kept(qtbot: QtBot, defaults: CostTable) -> None:
    seo: dict[str, float] = {"agency": 1500}
    given: dict[str, object] = {"roles": {"seo_specialist": seo}, "coverage": {"agency": 0.4}}
    dialog = CostDialog(defaults, given, None, catalogue=load_catalogue("en"))
    qtbot.addWidget(dialog)
    model = dialog.model()
    row = _row(dialog, "seo_specialist", "agency")
    assert model.data(model.index(row, CostColumn.MONTHLY)) == "$1,500"
    assert dialog.overrides() == given
    seo["agency"] = 9  # the dialog keeps its own copy
    assert dialog.overrides() == {"roles": {"seo_specialist": {"agency": 1500}},
                                  "coverage": {"agency": 0.4}}


def test_invalid_stored_overrides_fall_back_to_defaults(qtbot: QtBot, defaults: CostTable) -> None:
    dialog = CostDialog(defaults, {"roles": {"nobody": {"agency": 1}}}, None,
                        catalogue=load_catalogue("en"))
    qtbot.addWidget(dialog)
    assert dialog.overrides() is None


def test_check_helpers_use_the_locale() -> None:
    romanian = QLocale(QLocale.Language.Romanian, QLocale.Country.Romania)
    assert check_value("76.950", "salary", romanian) == 76950.0
    assert check_value("150", "fraction") == "Enter a share between 1 and 100 percent."
    assert check_multiplier("1,3", romanian) == pytest.approx(1.3)
    assert isinstance(check_multiplier("4"), str)


@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_check_value_reads_currency_and_groups_in_every_language(lang: str) -> None:
    from teambuilder.gui.i18n import locale_for

    locale = locale_for(lang)
    money = locale.toCurrencyString(1750.5, "$", 2)  # "$1,750.50" in English
    assert check_value(money, "retainer", locale) == 1750.5, money
    assert check_value("$1,750.50", "retainer", locale) == 1750.5
    assert check_value("1750.5 USD" if locale.decimalPoint() != "," else "1750,5 USD",
                       "hourly", locale) == 1750.5
    too_large = check_value("99999999999999", "retainer", locale)
    assert isinstance(too_large, str)
    assert locale.toString(100_000_000.0, "f", 0) in too_large, too_large
    salary = check_value("99999999999999", "salary", locale)
    assert isinstance(salary, str)
    assert locale.toString(1_200_000_000.0, "f", 0) in salary


def test_model_passes_qtmodeltester(qtmodeltester: object, dialog: CostDialog) -> None:
    qtmodeltester.check(dialog.model(), force_py=True)  # type: ignore[attr-defined]


def test_renders_at_small_screen_size(qtbot: QtBot, dialog: CostDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    assert not dialog.grab().toImage().isNull()


@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_every_column_title_fits_whole(qtbot: QtBot, qapp: QApplication, defaults: CostTable,
                                       lang: str) -> None:
    from teambuilder.gui import i18n

    i18n.install_language(qapp, lang)
    widget = CostDialog(defaults, None, None, catalogue=load_catalogue(lang))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.findChild(QTableView, "costTable")
    assert view is not None
    header = view.horizontalHeader()
    for column in range(header.count()):
        title = widget.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), (lang, title)
    # Amounts are short: their column is no wider than its title or widest amount needs.
    monthly = max(header.sectionSizeHint(CostColumn.MONTHLY),
                  view.sizeHintForColumn(CostColumn.MONTHLY))
    assert header.sectionSize(CostColumn.MONTHLY) == monthly


def test_persian_rows_read_right_to_left_with_persian_years(qtbot: QtBot,
                                                            defaults: CostTable) -> None:
    """Years in Persian digits after the English publisher, and the hourly rate kept whole:
    unisolated, '$ ۲۱' pulled the hours after it into its left-to-right run ('۴۰ $ ۲۱')."""
    QLocale.setDefault(QLocale("fa_IR"))
    widget = CostDialog(defaults, None, None, catalogue=load_catalogue("fa"))
    qtbot.addWidget(widget)
    model = widget.model()
    salary = _row(widget, "seo_specialist", "full_time")
    source = str(model.data(model.index(salary, CostColumn.SOURCE)))
    assert "۲۰۲۴" in source and "2024" not in source
    assert "\u2068US Bureau of Labor Statistics\u2069" in source
    hourly = _row(widget, "seo_specialist", "freelance")
    figure = str(model.data(model.index(hourly, CostColumn.FIGURE)))
    rate = figure[figure.index("\u2068"):figure.index("\u2069") + 1]
    assert "۲۱" in rate and "۴۰" not in rate  # $21 an hour, 40 hours a month
    assert "۴۰" in figure[figure.index("\u2069"):]
