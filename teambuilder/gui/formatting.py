"""Money, percentages and labels formatted for the current language, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_SYMBOLS: dict[str, str] = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "VND": "₫",
}
"""Currency codes with an unambiguous symbol; any other code is shown as the code."""


def currency_symbol(code: str) -> str:
    """The symbol shown for an ISO 4217 currency code (the code itself when unsure)."""
    return _SYMBOLS.get(code.upper(), code.upper())


def format_money(amount: float, currency: str, locale: QLocale | None = None) -> str:
    """A whole-unit amount of money, e.g. ``$6,400`` or ``6.400 RON`` or ``۶٬۴۰۰ $``."""
    loc = locale if locale is not None else QLocale()
    return loc.toCurrencyString(float(round(amount)), currency_symbol(currency), 0)


def format_percent(share: float, locale: QLocale | None = None) -> str:
    """A share between 0 and 1 as a whole percentage in the locale's digits, e.g. ``60%``."""
    loc = locale if locale is not None else QLocale()
    number = loc.toString(round(share * 100))
    template = QCoreApplication.translate("Formatting", "%1%", "a percentage, e.g. 60%")
    # The locale's own percent sign (Persian and Arabic use ٪).
    return template.replace("%1", "\0").replace("%", loc.percent()).replace("\0", number)


def mode_label(mode: str) -> str:
    """The translated name of a staffing mode (``full_time`` -> "Full-time")."""
    labels = {
        "full_time": QCoreApplication.translate("Mode", "Full-time"),
        "part_time": QCoreApplication.translate("Mode", "Part-time"),
        "freelance": QCoreApplication.translate("Mode", "Freelancer"),
        "agency": QCoreApplication.translate("Mode", "Agency"),
    }
    return labels.get(mode, mode)
