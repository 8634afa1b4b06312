"""Typed amounts: digits of any script, local separators, clear problems."""

from __future__ import annotations

import math

import pytest

from teambuilder.domain.numbers import AmountError, Problem, normalise_digits, parse_amount


def test_persian_and_arabic_indic_digits_become_ascii() -> None:
    persian = "".join(chr(0x06F0 + d) for d in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0))
    arabic_indic = "".join(chr(0x0660 + d) for d in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0))
    assert normalise_digits(persian) == "1234567890"
    assert normalise_digits(arabic_indic) == "1234567890"
    assert normalise_digits("abc 12") == "abc 12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4500", 4500.0),
        ("  4500  ", 4500.0),
        ("4,500", 4500.0),
        ("1,234,567.89", 1234567.89),
        ("12.5", 12.5),
        ("4 500", 4500.0),
        ("4\u00a0500", 4500.0),
        ("+7", 7.0),
        ("0", 0.0),
        ("\u06f1\u06f2\u066c\u06f5\u06f0\u06f0", 12500.0),
        ("\u0661\u0662\u066b\u0665", 12.5),
        ("\u06f1\u06f2\u06f5\u06f0\u06f0", 12500.0),
        ("\u200f\u06f1\u06f2\u066c\u06f5\u06f0\u06f0\u200f", 12500.0),
        ("12.500,50", 12500.5),  # the other convention, read from the last separator
        ("1.234.567", 1234567.0),
    ],
)
def test_english_locale_reads(text: str, expected: float) -> None:
    assert parse_amount(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12.500", 12500.0), ("12,5", 12.5), ("12.500,50", 12500.5), ("1,234.5", 1234.5)],
)
def test_romanian_locale_reads(text: str, expected: float) -> None:
    assert parse_amount(text, decimal_point=",", group_separator=".") == pytest.approx(expected)


def test_persian_locale_separators() -> None:
    text = "\u06f1\u06f2\u066c\u06f5\u06f0\u06f0\u066b\u06f7\u06f5"  # 12,500.75 in Persian
    value = parse_amount(text, decimal_point="\u066b", group_separator="\u066c")
    assert value == pytest.approx(12500.75)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", Problem.EMPTY),
        ("   ", Problem.EMPTY),
        ("-5", Problem.NEGATIVE),
        ("\u22125", Problem.NEGATIVE),
        ("nan", Problem.NOT_A_NUMBER),
        ("inf", Problem.NOT_A_NUMBER),
        ("1e5", Problem.NOT_A_NUMBER),
        ("12abc", Problem.NOT_A_NUMBER),
        ("1,5", Problem.NOT_A_NUMBER),  # ambiguous in an English locale: refuse, don't guess
        ("1.2.3", Problem.NOT_A_NUMBER),
        ("--5", Problem.NOT_A_NUMBER),
        ("9" * 400, Problem.TOO_LARGE),
        ("2000000000000", Problem.TOO_LARGE),
    ],
)
def test_bad_text_names_the_problem(text: str, problem: Problem) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text)
    assert info.value.problem is problem
    assert isinstance(info.value, ValueError)


def test_negative_allowed_when_asked() -> None:
    assert parse_amount("-2.5", allow_negative=True) == -2.5


def test_result_is_always_finite() -> None:
    assert math.isfinite(parse_amount("999,999,999,999"))
