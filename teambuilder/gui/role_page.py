"""The role library's detail page: one role or combined role as rich text.

:func:`role_html` writes the page the library's text browser shows: what kind of role it
is, the summary, an "at a glance" table (ratings, expected results, ideal use case, key
advantage), responsibilities, KPIs, tips, examples, channels, pros, cons and sources.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from teambuilder.domain.catalogue import Catalogue, CombinedRole, Role
from teambuilder.gui.compare_model import merged_lines
from teambuilder.gui.ratings import (
    Kind,
    rating_dots,
    rating_note,
    rating_title,
    rating_value,
    rating_word,
)
from teambuilder.gui.rich_text import bullet_list, table_row

LABEL_COLUMN_PERCENT = 30
"""Width of the "at a glance" labels; a label wider than this wraps between words."""


def kind_sentence(entry: Role | CombinedRole) -> str:
    """The line under the title saying what kind of role this is, as a whole sentence."""
    tr = QCoreApplication.translate
    if isinstance(entry, CombinedRole):
        return tr("RoleLibrary", "Combined role: one person taking on parts of several roles")
    if entry.level == "leadership":
        return tr("RoleLibrary", "Leadership role from the seed table")
    if entry.level == "generalist":
        return tr("RoleLibrary", "Generalist role from the seed table")
    return tr("RoleLibrary", "Specialist role from the seed table")


def _section(title: str, body: str) -> str:
    return f"<h3>{html.escape(title)}</h3>{body}"


def _glance_table(catalogue: Catalogue, entry: Role | CombinedRole, accent: str,
                  right_to_left: bool) -> str:
    """Ratings and the seed table's short answers, labels on the reading side."""
    tr = QCoreApplication.translate
    end = "left" if right_to_left else "right"
    start = "right" if right_to_left else "left"
    label_cell = (f'<td width="{LABEL_COLUMN_PERCENT}%" valign="top" align="{start}" '
                  f'style="padding-top:3px; padding-bottom:3px; padding-{end}:12px">')
    text_cell = f'<td valign="top" align="{start}" style="padding-top:3px; padding-bottom:3px">'
    rows = []
    kinds: tuple[Kind, Kind] = ("complexity", "resources")
    for rating in kinds:
        value = rating_value(catalogue, entry, rating)
        rows.append(table_row([
            f"{label_cell}<b>{html.escape(rating_title(rating))}</b></td>",
            f'{text_cell}<span style="color:{accent}">{rating_dots(value)}</span>&nbsp;'
            f"<b>{html.escape(rating_word(value))}</b><br/>"
            f"{html.escape(rating_note(catalogue, entry, rating))}</td>",
        ], right_to_left))
    glance = [
        (tr("RoleLibrary", "Expected results"), entry.expected_results),
        (tr("RoleLibrary", "Ideal use case"), entry.ideal_use_case),
        (tr("RoleLibrary", "Key advantage"), entry.key_advantage),
    ]
    for title, text in glance:
        rows.append(table_row([
            f"{label_cell}<b>{html.escape(title)}</b></td>",
            f"{text_cell}{html.escape(text)}</td>",
        ], right_to_left))
    return f'<table width="100%" cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def role_html(catalogue: Catalogue, entry: Role | CombinedRole, palette: QPalette,
              right_to_left: bool = False) -> str:
    """The detail page of one role as rich text, coloured from ``palette``.

    Args:
        catalogue: the catalogue ``entry`` comes from (channel and source names).
        entry: the role or combined role to describe.
        palette: the colours of muted text and of the rating dots.
        right_to_left: lay the page out for Persian or Arabic (table columns mirrored).
    """
    tr = QCoreApplication.translate
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    accent = palette.color(QPalette.ColorRole.Highlight).name()

    def items(lines: list[str]) -> str:
        return bullet_list(lines, right_to_left)

    parts = [
        f"<h2>{html.escape(entry.name)}</h2>",
        f'<p style="color:{muted}">{html.escape(kind_sentence(entry))}</p>',
        f"<p>{html.escape(entry.summary)}</p>",
    ]
    if isinstance(entry, CombinedRole):
        parts.append(_section(tr("RoleLibrary", "Made of"), items(merged_lines(catalogue, entry))))
    parts.append(_section(tr("RoleLibrary", "At a glance"),
                          _glance_table(catalogue, entry, accent, right_to_left)))
    parts.append(_section(tr("RoleLibrary", "Responsibilities"), items(entry.responsibilities)))
    parts.append(_section(tr("RoleLibrary", "How to measure it (KPIs)"), items(entry.kpis)))
    parts.append(_section(tr("RoleLibrary", "Practical tips"), items(entry.tips)))
    if entry.examples:
        template = tr("RoleLibrary", "{name}: {text}")
        examples = [
            template.replace("{name}", ex.name).replace("{text}", ex.text)
            for ex in entry.examples
        ]
        parts.append(_section(tr("RoleLibrary", "Examples"), items(examples)))
    channels = [catalogue.channel(c).name for c in entry.channels]
    if channels:
        parts.append(
            _section(
                tr("RoleLibrary", "Channels"),
                f"<p>{html.escape(tr('RoleLibrary', ', ').join(channels))}</p>",
            )
        )
    parts.append(_section(tr("RoleLibrary", "Pros"), items(entry.pros)))
    parts.append(_section(tr("RoleLibrary", "Cons"), items(entry.cons)))
    sources = [catalogue.source(s).title for s in entry.sources]
    parts.append(
        f'<div style="color:{muted}">'
        + _section(tr("RoleLibrary", "Sources"), items(sources))
        + "</div>"
    )
    return "".join(parts)
