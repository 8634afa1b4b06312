# ruff: noqa: RUF001  (expected strings are written in Persian and Arabic-Indic digits)
"""Numbers, money and percentages in domain text follow the language (no Qt here).

The expected strings are what ``QLocale`` writes for the interface's locales; the same values
are checked against Qt itself in ``tests/gui/test_localefmt_qt.py``.
"""

from __future__ import annotations

import math
import re

import pytest

from teambuilder.domain.catalogue import LANGUAGES, load_catalogue
from teambuilder.domain.costs import default_costs
from teambuilder.domain.engine import recommend
from teambuilder.domain.localefmt import (
    ALM,
    LRM,
    NBSP,
    RLM,
    conventions,
    format_decimal,
    format_money,
    format_number,
    format_percent,
)
from teambuilder.domain.messages import text
from teambuilder.domain.numbers import parse_amount
from teambuilder.domain.profile import Profile
from teambuilder.domain.report import text_report

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "4,136"), ("fa", "۴٬۱۳۶"), ("ar", "٤٬١٣٦"), ("ro", "4.136"), ("vi", "4.136"),
])
def test_whole_numbers(lang: str, expected: str) -> None:
    assert format_number(4136, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "1,234,567.5"), ("fa", "۱٬۲۳۴٬۵۶۷٫۵"), ("ar", "١٬٢٣٤٬٥٦٧٫٥"),
    ("ro", "1.234.567,5"), ("vi", "1.234.567,5"),
])
def test_decimals(lang: str, expected: str) -> None:
    assert format_number(1234567.5, lang, decimals=1) == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "$4,136"),
    ("fa", f"{LRM}${NBSP}۴٬۱۳۶"),
    ("ar", f"{RLM}٤٬١٣٦{NBSP}$"),
    ("ro", f"4.136{NBSP}$"),
    ("vi", f"4.136{NBSP}$"),
])
def test_money(lang: str, expected: str) -> None:
    assert format_money(4136.06, "USD", lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "100%"), ("fa", "۱۰۰٪"), ("ar", f"١٠٠٪{ALM}"), ("ro", "100%"), ("vi", "100%"),
])
def test_percent(lang: str, expected: str) -> None:
    assert format_percent(1.0, lang) == expected


def test_negative_numbers_and_money() -> None:
    assert format_number(-1234, "en") == "-1,234"
    assert format_number(-5, "fa") == f"{LRM}\u2212۵"
    assert format_number(-5, "ar") == f"{ALM}-٥"
    assert format_money(-4136, "EUR", "en") == "(€4,136)"
    assert format_money(-4136, "EUR", "vi") == f"-4.136{NBSP}€"
    assert format_money(-4136, "RON", "ar") == f"{RLM}{ALM}-٤٬١٣٦{NBSP}RON"


def test_rounding_is_half_away_from_zero_on_the_exact_value() -> None:
    assert format_number(2.5, "en") == "3"
    assert format_number(0.125, "en", decimals=2) == "0.13"
    assert format_number(1.005, "en", decimals=2) == "1.00"  # 1.005 is a little below
    assert format_number(-0.0, "ro", decimals=1) == "0,0"
    assert format_decimal(1.29, "ro") == "1,29"
    assert format_decimal(1.3, "fa") == "۱٫۳"
    assert format_decimal(2.0, "ar") == "٢"


def test_money_uses_the_symbol_or_the_code() -> None:
    assert format_money(1500, "EUR") == "€1,500"
    assert format_money(1500, "ron", "ro") == f"1.500{NBSP}RON"
    assert format_money(1500, "CHF", "fa") == f"{LRM}CHF{NBSP}۱٬۵۰۰"


def test_not_a_number_is_a_dash() -> None:
    assert format_number(math.nan, "fa") == "-"
    assert format_percent(math.inf, "ar") == "-"
    assert format_money(math.nan, "USD") == "$-"


def test_unknown_and_regional_codes() -> None:
    assert conventions("fa_IR") is conventions("fa") is conventions("FA-ir")
    assert conventions("de") is conventions("en")
    assert format_number(12500, "xx") == "12,500"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_is_written_reads_back(lang: str) -> None:
    conv = conventions(lang)
    for value in (0, 7, 999, 4136, 12500.5, 1234567.25):
        written = format_number(value, lang, decimals=2)
        assert parse_amount(written, decimal_point=conv.decimal,
                            group_separator=conv.group) == value


def test_whole_number_message_parameters_follow_the_language() -> None:
    assert "۳" in text("reason.leader", "fa", count=3)
    assert "٣" in text("reason.leader", "ar", count=3)
    assert "There are 3 other" in text("reason.leader", "en", count=3)


def _rec(lang: str, budget: float = 12000, size: int = 1200) -> tuple[str, list[str]]:
    catalogue = load_catalogue(lang)
    rec = recommend(Profile(size=size, focus="b2b", budget=budget), catalogue, default_costs(),
                    lang)
    sentences = [*rec.notes, *rec.next_steps, *(r for line in rec.team for r in line.reasons),
                 *(d.reason for d in rec.deferred)]
    return text_report(rec, catalogue, lang), sentences


@pytest.mark.parametrize(("lang", "digits"), [("fa", PERSIAN), ("ar", ARABIC_INDIC)])
def test_engine_and_report_use_the_scripts_digits(lang: str, digits: str) -> None:
    report, sentences = _rec(lang)
    joined = "\n".join(sentences)
    assert "USD" not in joined and "USD" not in report
    assert format_money(12000, "USD", lang) in report  # the budget
    assert format_number(1200, lang) in report  # the head count
    assert f"  {digits[1]}. " in report  # channels are numbered in the language's digits
    # Every percentage the engine writes uses the language's digits and sign.
    percent = conventions(lang).percent.format(number="")
    assert percent in joined
    assert not re.search(r"\d+%", joined) and not re.search(r"\d+%", report)
    # Money amounts in sentences: no Western digits next to the currency sign.
    assert not re.search(r"\$\s?[0-9]|[0-9]\s?\$", joined)


@pytest.mark.parametrize("lang", ["ro", "vi"])
def test_engine_uses_dot_grouping_and_symbol_after(lang: str) -> None:
    report, sentences = _rec(lang)
    joined = "\n".join(sentences)
    assert "USD" not in joined
    assert re.search(r"\d{1,3}\.\d{3}\u00a0\$", joined)
    assert not re.search(r"\d,\d{3}", joined + report)
    assert format_money(12000, "USD", lang) in report


def test_english_sentences_keep_english_conventions() -> None:
    report, sentences = _rec("en")
    assert "$12,000" in report and "1,200 people" in report
    assert any(re.search(r"\$\d{1,3}(,\d{3})*", s) for s in sentences)


@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_report_paragraphs_continue_where_they_start(lang: str) -> None:
    """Only a "- " reason hangs its wrapped lines two columns in; the 'covers' paragraph
    under a team line used to do so too, as if it were a list item."""
    report, _ = _rec(lang, budget=15000, size=25)
    lines = report.splitlines()
    hanging = [i for i, line in enumerate(lines) if line.startswith("      ")
               and not line.startswith("       ")]
    assert hanging
    for i in hanging:
        item = next(j for j in range(i, -1, -1) if not lines[j].startswith("      "))
        assert lines[item].startswith("    - "), (lines[item], lines[i])
