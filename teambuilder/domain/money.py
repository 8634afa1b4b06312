"""Plain money formatting for text the domain produces (reports, reasons, the CLI).

The GUI formats amounts with QLocale instead; this is the locale-neutral form used in
engine messages, e.g. ``USD 6,200``.
"""

from __future__ import annotations

import math


def format_money(amount: float, currency: str) -> str:
    """Format an amount as ``"<CUR> 1,234"``, rounded to whole units.

    Args:
        amount: a finite amount (NaN or infinity are shown as "-").
        currency: ISO 4217 code.
    """
    if not math.isfinite(amount):
        return f"{currency} -"
    return f"{currency} {round(amount):,}"


def format_percent(share: float) -> str:
    """Format a share between 0 and 1 as a whole percentage, e.g. ``"75%"``."""
    if not math.isfinite(share):
        return "-"
    return f"{round(share * 100)}%"
