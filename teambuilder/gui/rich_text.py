"""Small pieces of rich text shared by the views and the report.

Qt's rich text (the HTML subset :class:`QTextDocument` reads) mirrors paragraphs for a
right-to-left language but not table columns, and numbers ``<ol>`` items with Western
digits on the left whatever the language. These helpers write rows and numbered lists that
read correctly in Persian and Arabic as well as left-to-right languages.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt

RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: starts a line right to left even when its first word is Latin."""


def table_row(cells: list[str], right_to_left: bool, attrs: str = "") -> str:
    """A ``<tr>`` of ``cells`` (each a ``<td>``/``<th>``), first cell on the reading side.

    Qt does not mirror table columns, so right to left writes the cells in reverse order.
    """
    ordered = cells[::-1] if right_to_left else cells
    return f"<tr{attrs}>{''.join(ordered)}</tr>"


def numbered_items(items: list[str], locale: QLocale) -> list[str]:
    """``items`` as "1. item" lines in the locale's digits, plain text (not escaped).

    The "%1. %2" template is translated (context "RichText"), so a language can place or
    punctuate the number its own way; right-to-left lines start with :data:`RLM`, so a
    line whose item is a Latin name (Facebook) still keeps its number on the right.
    """
    template = QCoreApplication.translate("RichText", "%1. %2", "numbered list item")
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    lines = []
    for position, item in enumerate(items, start=1):
        line = template.replace("%1", locale.toString(position)).replace("%2", item)
        lines.append(RLM + line.lstrip(RLM) if rtl else line)
    return lines


def bullet_list(items: list[str], right_to_left: bool) -> str:
    """``items`` (plain text) as an HTML ``<ul>``; right-to-left items start with :data:`RLM`.

    Without the mark, an item that begins with a Latin word would be laid out left to
    right, with its bullet on the wrong side.
    """
    mark = RLM if right_to_left else ""
    rows = "".join(f"<li>{mark}{html.escape(item)}</li>" for item in items)
    return f"<ul>{rows}</ul>"


def numbered_list(items: list[str], locale: QLocale) -> str:
    """``items`` (plain text) as numbered paragraphs in the locale's digits.

    Written as a list without markers holding the numbered lines, because ``<ol>`` always
    numbers with Western digits.
    """
    rows = "".join(f"<li>{html.escape(line)}</li>" for line in numbered_items(items, locale))
    return f'<ul style="list-style-type: none">{rows}</ul>'
