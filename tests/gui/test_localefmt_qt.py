"""Cross-check: the domain writes numbers, money and percentages exactly as the interface
(QLocale) does for each language, so sentences and tables agree.

The domain itself never imports Qt (``tests/domain/test_localefmt.py``); this test does, to
compare the two.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from teambuilder.domain import localefmt
from teambuilder.domain.catalogue import LANGUAGES
from teambuilder.gui import formatting, i18n

WHOLE = (0, 1, 7, 42, 999, 1000, 4136, 12500, 99999, 1234567, 10**9, -5, -1234)
DECIMALS = ((1.29, 2), (0.5, 1), (2.5, 0), (0.125, 2), (1.005, 2), (-0.04, 1), (-0.0, 1),
            (999.5, 0), (1234567.5, 1), (4136.06, 2), (-1234.5, 1), (0.001, 3))
AMOUNTS = (0, 0.4, 1, 840, 4136.06, 8272.12, 12000, 999999.5, 1234567.89, -4136, -0.4)
CURRENCIES = ("USD", "EUR", "GBP", "VND", "RON", "CHF", "eur")
SHARES = (0.0, 0.004, 0.25, 0.43, 0.5, 0.756, 0.995, 1.0, 1.5, 12.34, -0.1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_match_qlocale(lang: str) -> None:
    loc = i18n.locale_for(lang)
    for value in WHOLE:
        assert localefmt.format_number(value, lang) == loc.toString(value), value
    for number, decimals in DECIMALS:
        expected = loc.toString(number, "f", decimals)
        assert localefmt.format_number(number, lang, decimals) == expected, (number, decimals)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_separators_match_qlocale(lang: str) -> None:
    loc = i18n.locale_for(lang)
    conv = localefmt.conventions(lang)
    assert (conv.zero, conv.group, conv.decimal) == (
        loc.zeroDigit(), loc.groupSeparator(), loc.decimalPoint())
    assert conv.minus == loc.negativeSign()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_money_matches_the_interface(lang: str) -> None:
    loc = i18n.locale_for(lang)
    for code in CURRENCIES:
        assert localefmt.currency_symbol(code) == formatting.currency_symbol(code)
        for amount in AMOUNTS:
            assert localefmt.format_money(amount, code, lang) == formatting.format_money(
                amount, code, loc), (code, amount)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_percent_matches_the_interface(qapp: QApplication, lang: str) -> None:
    i18n.install_language(qapp, lang)  # the interface's percent template is translated
    loc = i18n.locale_for(lang)
    for share in SHARES:
        assert localefmt.format_percent(share, lang) == formatting.format_percent(
            share, loc), share
