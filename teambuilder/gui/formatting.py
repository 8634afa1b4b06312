"""Money, percentages and labels formatted for the current language, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

_SYMBOLS: dict[str, str] = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "VND": "₫",
}
"""Currency codes with an unambiguous symbol; any other code is shown as the code."""

FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes the direction of its first strong letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate."""
_ISOLATE_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def isolate_always(text: str) -> str:
    """``text`` wrapped in a directional isolate, in any language.

    For English or file-name text inside a translated sentence: a Latin path or message
    inside a Persian or Arabic sentence keeps its own order and does not scramble the words
    around it. Isolate marks inside ``text`` are removed first, so a hostile file name
    cannot close the isolate early (or leave one open for the rest of the sentence).
    """
    return f"{FSI}{text.translate(_ISOLATE_MARKS)}{PDI}"


def isolate(text: str, locale: QLocale | None = None) -> str:
    """``text`` as a directional isolate, to insert into a right-to-left sentence.

    A Persian or Arabic amount starts with Qt's LEFT-TO-RIGHT MARK, and an English source
    title is left to right: without the isolate, numbers after them in the same sentence
    ("$ ۴۰، ۲۱ ساعت") join their left-to-right run and come out in the wrong order.
    Left-to-right languages get ``text`` as it is.
    """
    loc = locale if locale is not None else QLocale()
    if loc.textDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return isolate_always(text)


def format_year(year: int, locale: QLocale | None = None) -> str:
    """A year in the locale's digits and without a thousands separator (``۲۰۲۴``)."""
    plain = QLocale(locale if locale is not None else QLocale())
    plain.setNumberOptions(plain.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(year)


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


def _staffing_labels() -> dict[str, str]:
    return {
        "full_time": QCoreApplication.translate("Mode", "Full-time"),
        "part_time": QCoreApplication.translate("Mode", "Part-time"),
        "freelance": QCoreApplication.translate("Mode", "Freelancer"),
        "agency": QCoreApplication.translate("Mode", "Agency"),
        "fractional": QCoreApplication.translate("Mode", "Fractional leader"),
    }


def mode_label(mode: str) -> str:
    """The translated name of a staffing mode (``full_time`` -> "Full-time").

    A team line or deferred role is labelled with :func:`staffing_label` instead: its mode
    alone calls a fractional leader a freelancer.
    """
    return _staffing_labels().get(mode, mode)


def staffing_label(option: str, mode: str) -> str:
    """The translated name of how a line is staffed, from its staffing ``option``.

    The option is what the plan's reasons and costs speak of: a fractional leader (mode
    ``freelance`` in the CLI contract) is "Fractional leader", not "Freelancer". ``mode``
    names it when the option is missing (a deferred role in an older plan file) or unknown.
    """
    labels = _staffing_labels()
    return labels[option] if option in labels else labels.get(mode, mode)
