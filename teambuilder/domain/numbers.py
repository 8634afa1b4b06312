"""Reading numbers people type: any script's digits, local separators, no surprises.

An owner in Tehran types twelve thousand five hundred in Persian digits with the Arabic
thousands sign, one in Cairo twelve and a half with Arabic-Indic digits and the Arabic decimal
sign, one in Bucharest ``12.500,50`` and one in Hanoi ``12.500``; all mean a plain number.
:func:`parse_amount` turns such text into a float, or raises :class:`AmountError` whose
:attr:`~AmountError.problem` says what is wrong, so the interface can show a translated
message next to the field.

Pure Python (no Qt): the GUI passes the locale's decimal point and group separator.
"""

from __future__ import annotations

import math
import re
import unicodedata
from enum import StrEnum

_ARABIC_DECIMAL = "\u066b"  # ARABIC DECIMAL SEPARATOR
_ARABIC_THOUSANDS = "\u066c"  # ARABIC THOUSANDS SEPARATOR
_MINUS_SIGNS = "\u2212\u2012\u2013\ufe63\uff0d"
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_GROUP_LIKE_SPACES = " \u00a0\u202f\u2009\u2007\u066c'\u2019"
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")


class Problem(StrEnum):
    """Why a typed text is not an acceptable amount."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"


class AmountError(ValueError):
    """The text is not an acceptable amount; :attr:`problem` says why."""

    def __init__(self, problem: Problem, text: str) -> None:
        self.problem = problem
        self.text = text
        super().__init__(f"{text!r}: {problem.value.replace('_', ' ')}")


def normalise_digits(text: str) -> str:
    """Replace every decimal digit of any script with its ASCII digit.

    Persian (U+06F0-U+06F9), Arabic-Indic (U+0660-U+0669) and any other Unicode decimal
    digits become ``0-9``; every other character is kept as it is.
    """
    out = []
    for ch in text:
        if not ch.isascii() and unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(ch)
    return "".join(out)


def _is_grouped(text: str, sep: str) -> bool:
    """True when ``sep`` splits ``text`` into a 1-3 digit head and 3-digit groups."""
    head, *groups = text.lstrip("-").split(sep)
    return 1 <= len(head) <= 3 and head.isdigit() and all(
        len(g) == 3 and g.isdigit() for g in groups
    )


def parse_amount(
    text: str,
    *,
    decimal_point: str = ".",
    group_separator: str = ",",
    allow_negative: bool = False,
    maximum: float = 1e12,
) -> float:
    """Read an amount typed by a person.

    Accepts digits of any script, the locale's separators and the common other convention
    (when both ``.`` and ``,`` appear, the last one is the decimal point), spaces or
    apostrophes as group separators, and the Arabic decimal and thousands signs.
    Exponents, ``nan`` and ``inf`` are not numbers here.

    Args:
        text: what the person typed.
        decimal_point: the locale's decimal point (``QLocale.decimalPoint()``).
        group_separator: the locale's group separator (``QLocale.groupSeparator()``).
        allow_negative: whether a value below zero is acceptable.
        maximum: the largest acceptable value.

    Returns:
        The amount as a finite float.

    Raises:
        AmountError: empty, not a number, negative or above ``maximum``.
    """
    s = normalise_digits(text).strip()
    s = "".join(ch for ch in s if ch not in _BIDI_MARKS)
    if not s:
        raise AmountError(Problem.EMPTY, text)
    s = s.replace(_ARABIC_DECIMAL, "\0")  # always a decimal point; protect it
    for ch in _GROUP_LIKE_SPACES:
        if ch != decimal_point:
            s = s.replace(ch, "")
    for ch in _MINUS_SIGNS:
        s = s.replace(ch, "-")
    s = s.removeprefix("+")
    if decimal_point not in ".,":
        s = s.replace(decimal_point, "\0")
    if group_separator not in ".," and group_separator.strip():
        s = s.replace(group_separator, "")
    if "\0" in s:
        s = s.replace(".", "").replace(",", "").replace("\0", ".")
    elif "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        if not _is_grouped(s[: s.rfind(dec)], grp):
            raise AmountError(Problem.NOT_A_NUMBER, text)
        s = s.replace(grp, "").replace(dec, ".")
    else:
        for sep in ".,":
            count = s.count(sep)
            if not count:
                continue
            is_group = count > 1 or (sep == group_separator and sep != decimal_point)
            if is_group:
                if not _is_grouped(s, sep):
                    raise AmountError(Problem.NOT_A_NUMBER, text)
                s = s.replace(sep, "")
            else:
                s = s.replace(sep, ".")
    if not _PLAIN.fullmatch(s):
        raise AmountError(Problem.NOT_A_NUMBER, text)
    value = float(s)
    if not math.isfinite(value) or value > maximum:
        raise AmountError(Problem.TOO_LARGE, text)
    if value < 0 and not allow_negative:
        raise AmountError(Problem.NEGATIVE, text)
    return value + 0.0  # turn -0.0 into 0.0
