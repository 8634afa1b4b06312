"""Money and percentages in text the domain writes (reports, reasons, the CLI).

Written the way the interface writes them with ``QLocale`` for the same language
(:mod:`teambuilder.domain.localefmt` holds the conventions), e.g. ``$6,200`` in English,
``6.200 $`` in Romanian and Vietnamese, Persian and Arabic-Indic digits in Persian and Arabic.
"""

from __future__ import annotations

from teambuilder.domain.localefmt import (
    currency_symbol,
    format_decimal,
    format_money,
    format_number,
    format_percent,
)

__all__ = ["currency_symbol", "format_decimal", "format_money", "format_number",
           "format_percent"]
