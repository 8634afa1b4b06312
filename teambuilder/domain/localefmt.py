# ruff: noqa: RUF002  (the docstrings show Persian and Arabic digits and signs on purpose)
"""Numbers, money and percentages written the way each language writes them (no Qt).

The interface formats with ``QLocale``; sentences the domain writes (the engine's reasons,
notes and next steps, the text report, the CLI) must read the same, so this module holds a
small table of each language's conventions, taken from what Qt 6 (CLDR data) does for the
locale the interface uses (``en_US``, ``fa_IR``, ``ar_SA``, ``ro_RO``, ``vi_VN``):

=====  ========  =====  =======  ==============  ================  =========
lang   digits    group  decimal  minus           money             percent
=====  ========  =====  =======  ==============  ================  =========
en     0-9       ,      .        ``-``           ``$4,136``        ``60%``
fa     ۰-۹       ٬      ٫        LRM + ``−``     LRM ``$ ۴٬۱۳۶``   ``۶۰٪``
ar     ٠-٩       ٬      ٫        ALM + ``-``     RLM ``٤٬١٣٦ $``   ``٦٠٪`` ALM
ro     0-9       .      ,        ``-``           ``4.136 $``       ``60%``
vi     0-9       .      ,        ``-``           ``4.136 $``       ``60%``
=====  ========  =====  =======  ==============  ================  =========

(The space in money is a no-break space; LRM, RLM and ALM are the invisible direction marks
U+200E, U+200F and U+061C that Qt puts there so the amount stays whole inside a sentence.)
A test in ``tests/gui/test_localefmt_qt.py`` checks this table against ``QLocale`` itself.
Unknown languages are written as in English.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

LRM = "\u200e"
"""LEFT-TO-RIGHT MARK."""
RLM = "\u200f"
"""RIGHT-TO-LEFT MARK."""
ALM = "\u061c"
"""ARABIC LETTER MARK."""
NBSP = "\u00a0"
"""NO-BREAK SPACE, between an amount and its currency."""

NOT_A_NUMBER = "-"
"""What is written for NaN or infinity (never a real amount)."""


@dataclass(frozen=True)
class NumberConventions:
    """How one language writes numbers.

    Attributes:
        zero: the digit zero of the language's script (the other nine follow it in Unicode).
        group: the thousands separator.
        decimal: the decimal separator.
        minus: what goes before a negative number (with any direction mark).
        money: template of a positive amount, with ``{symbol}`` and ``{number}``.
        negative_money: template of a negative amount (``{number}`` without its sign).
        percent: template of a percentage, with ``{number}``.
    """

    zero: str
    group: str
    decimal: str
    minus: str
    money: str
    negative_money: str
    percent: str

    def digits(self, ascii_digits: str) -> str:
        """Replace ASCII digits with the language's digits."""
        if self.zero == "0":
            return ascii_digits
        base = ord(self.zero)
        return "".join(chr(base + ord(c) - 48) if "0" <= c <= "9" else c for c in ascii_digits)


_EN = NumberConventions(zero="0", group=",", decimal=".", minus="-",
                        money="{symbol}{number}", negative_money="({symbol}{number})",
                        percent="{number}%")

CONVENTIONS: dict[str, NumberConventions] = {
    "en": _EN,
    "fa": NumberConventions(zero="\u06f0", group="\u066c", decimal="\u066b",
                            minus=LRM + "\u2212",
                            money=LRM + "{symbol}" + NBSP + "{number}",
                            negative_money=LRM + "({symbol}" + NBSP + "{number})",
                            percent="{number}\u066a"),
    "ar": NumberConventions(zero="\u0660", group="\u066c", decimal="\u066b", minus=ALM + "-",
                            money=RLM + "{number}" + NBSP + "{symbol}",
                            negative_money=RLM + ALM + "-{number}" + NBSP + "{symbol}",
                            percent="{number}\u066a" + ALM),
    "ro": NumberConventions(zero="0", group=".", decimal=",", minus="-",
                            money="{number}" + NBSP + "{symbol}",
                            negative_money="({number}" + NBSP + "{symbol})",
                            percent="{number}%"),
    "vi": NumberConventions(zero="0", group=".", decimal=",", minus="-",
                            money="{number}" + NBSP + "{symbol}",
                            negative_money="-{number}" + NBSP + "{symbol}",
                            percent="{number}%"),
}
"""Number conventions by language code (the interface's locale for that language)."""

CURRENCY_SYMBOLS: dict[str, str] = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "VND": "₫",
}
"""Currency codes with an unambiguous symbol; any other code is written as the code.

The same table as the interface's (``teambuilder.gui.formatting``), so amounts read alike.
"""


def conventions(lang: str) -> NumberConventions:
    """The conventions of ``lang`` (``fa``, ``fa_IR`` or ``fa-IR``); English if unknown."""
    base = lang.replace("-", "_").split("_")[0].lower()
    return CONVENTIONS.get(base, _EN)


def currency_symbol(code: str) -> str:
    """The symbol written for an ISO 4217 code (the code itself when unsure)."""
    return CURRENCY_SYMBOLS.get(code.upper(), code.upper())


def _plain(value: float | int, decimals: int) -> tuple[bool, str, str]:
    """Sign, integer digits and fraction digits of ``value`` rounded half away from zero.

    Rounds the exact binary value, as Qt does (``0.125`` -> ``0.13``, ``1.005`` -> ``1.00``).
    """
    exact = Decimal(value)
    negative = exact < 0  # -0.0 is written as 0, -0.04 with one decimal as -0.0 (as Qt)
    quantum = Decimal(1).scaleb(-decimals)
    text = f"{abs(exact).quantize(quantum, rounding=ROUND_HALF_UP):f}"
    whole, _, fraction = text.partition(".")
    return negative, whole, fraction


def _group(whole: str, separator: str) -> str:
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
    return separator.join(parts)


def _unsigned(whole: str, fraction: str, conv: NumberConventions) -> str:
    body = _group(whole, conv.group)
    if fraction:
        body += conv.decimal + fraction
    return conv.digits(body)


def format_number(value: float | int, lang: str = "en", decimals: int = 0) -> str:
    """A number with the language's digits and separators, e.g. ``۱۲٬۵۰۰`` or ``1.234,5``.

    Matches ``QLocale(lang).toString(value, "f", decimals)`` (and ``toString(int)``).

    Args:
        value: the number; NaN and infinity are written as ``-``.
        lang: language code.
        decimals: digits after the decimal separator (rounded half away from zero).
    """
    if isinstance(value, float) and not math.isfinite(value):
        return NOT_A_NUMBER
    conv = conventions(lang)
    negative, whole, fraction = _plain(value, max(0, decimals))
    body = _unsigned(whole, fraction, conv)
    return conv.minus + body if negative else body


def format_decimal(value: float | int, lang: str = "en", max_decimals: int = 6) -> str:
    """A number with only the decimals it needs, e.g. ``1.3`` -> ``۱٫۳`` or ``1,3``.

    Args:
        value: the number; NaN and infinity are written as ``-``.
        lang: language code.
        max_decimals: at most this many digits after the decimal separator.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return NOT_A_NUMBER
    conv = conventions(lang)
    negative, whole, fraction = _plain(value, max(0, max_decimals))
    fraction = fraction.rstrip("0")
    if negative and whole.strip("0") == "" and not fraction:
        negative = False  # -0.0001 with two decimals is simply 0
    body = _unsigned(whole, fraction, conv)
    return conv.minus + body if negative else body


def format_money(amount: float, currency: str, lang: str = "en") -> str:
    """A whole-unit amount of money as the interface shows it, e.g. ``$6,400``,
    ``6.400 $`` (ro, vi), ``‎$ ۶٬۴۰۰`` (fa) or ``‏٦٬٤٠٠ $`` (ar).

    Matches ``QLocale(lang).toCurrencyString(float(round(amount)), symbol, 0)``.

    Args:
        amount: the amount; NaN or infinity are written as ``<symbol> -``.
        currency: ISO 4217 code (written as its symbol when it has an unambiguous one).
        lang: language code.
    """
    symbol = currency_symbol(currency)
    conv = conventions(lang)
    if not math.isfinite(amount):
        return conv.money.format(symbol=symbol, number=NOT_A_NUMBER)
    units = round(amount)
    number = _unsigned(str(abs(units)), "", conv)
    template = conv.negative_money if units < 0 else conv.money
    return template.format(symbol=symbol, number=number)


def format_percent(share: float, lang: str = "en") -> str:
    """A share between 0 and 1 as a whole percentage, e.g. ``76%``, ``۷۶٪``, ``٧٦٪``.

    Matches the interface: the rounded number in the locale's digits and its percent sign.

    Args:
        share: the share (1.0 is 100 percent); NaN or infinity are written as ``-``.
        lang: language code.
    """
    if not math.isfinite(share):
        return NOT_A_NUMBER
    return conventions(lang).percent.format(number=format_number(round(share * 100), lang))
