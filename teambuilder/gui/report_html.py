"""The plan report as rich text, for the PDF export and for printing.

:func:`report_html` writes the whole report (profile, team, costs against the budget, the
budget chart, the comparison of the recommended roles, deferred roles, channels, next steps,
sources and date) as the HTML subset :class:`QTextDocument` understands. Every label is
translated; numbers, money and dates follow the report language's locale.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from teambuilder import APP_NAME, __version__
from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.costs import CostTable
from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui.formatting import format_money, format_year, isolate, staffing_label
from teambuilder.gui.ratings import Kind, rating_dots, rating_value, rating_word
from teambuilder.gui.rich_text import bullet_list, numbered_list, table_row
from teambuilder.gui.team_model import covers_text

CHART_URL = "teambuilder://budget-chart.png"
"""Name under which the budget chart image is added to the document."""

ACCENT = "#1f4e79"
RULE = "#b8c4d0"
HEAD_BG = "#e8eef4"
MUTED = "#5a6470"

STYLE = f"""
body {{ color: #1b1f24; }}
h1 {{ font-size: 20pt; color: {ACCENT}; margin-bottom: 2px; }}
h2 {{ font-size: 13pt; color: {ACCENT}; margin-top: 16px; margin-bottom: 6px; }}
p.sub {{ color: {MUTED}; margin-top: 0; }}
p.small, td.small, span.small {{ font-size: 8.5pt; color: {MUTED}; }}
th {{ background-color: {HEAD_BG}; font-weight: bold; border-bottom: 1px solid {ACCENT}; }}
td {{ border-bottom: 1px solid {RULE}; }}
table.plain td {{ border-bottom: none; }}
tr.total td {{ font-weight: bold; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _e(text: str) -> str:
    return html.escape(text)


def _focus(focus: str) -> str:
    return {
        "b2b": _tr("Businesses (B2B)"),
        "b2c": _tr("Consumers (B2C)"),
        "both": _tr("Businesses and consumers (B2B and B2C)"),
    }.get(focus, focus)


def _goal(goal: str) -> str:
    return {
        "awareness": _tr("Brand awareness"),
        "leads": _tr("More leads"),
        "sales": _tr("Online sales"),
        "retention": _tr("Keep customers"),
    }.get(goal, goal)


def _horizon(horizon: str) -> str:
    return {
        "quick": _tr("Quick results"),
        "balanced": _tr("Balanced"),
        "long": _tr("Long-term growth"),
    }.get(horizon, horizon)


def _name(catalogue: Catalogue, entry_id: str) -> str:
    try:
        return catalogue.role(entry_id).name
    except KeyError:
        return entry_id


class _Dir(NamedTuple):
    """Direction of the report: where lines start and end, and the HTML ``dir`` value."""

    start: str
    end: str
    dir: str


def _direction(locale: QLocale) -> _Dir:
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        return _Dir("right", "left", "rtl")
    return _Dir("left", "right", "ltr")


def _row(cells: list[str], d: _Dir, attrs: str = "") -> str:
    """A table row; Qt does not mirror table columns, so right to left reverses the cells."""
    return table_row(cells, d.dir == "rtl", attrs)


def _table(headers: list[tuple[str, bool]], rows: list[str], widths: list[int], d: _Dir) -> str:
    head = [
        f'<th width="{w}%" align="{d.end if num else d.start}">{_e(text)}</th>'
        for (text, num), w in zip(headers, widths, strict=True)
    ]
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="5" '
        'style="border-collapse: collapse">'
        f"<thead>{_row(head, d)}</thead>{''.join(rows)}</table>"
    )


def _profile(rec: Recommendation, catalogue: Catalogue, loc: QLocale, d: _Dir) -> str:
    p = rec.profile
    # A head count with no noun after it: "N people" needs plural forms (Arabic has six),
    # which lupdate 6.11 does not extract from a call whose count is not a literal.
    rows = [
        (_tr("People in the company"), loc.toString(p.size)),
        (_tr("Market focus"), _focus(p.focus)),
        (_tr("Monthly budget for marketing people"),
         format_money(rec.monthly_budget, rec.currency, loc)),
        (_tr("Time horizon"), _horizon(p.horizon)),
    ]
    if p.goals:
        rows.append((_tr("Goals"), _tr(", ").join(_goal(g) for g in p.goals)))
    if p.have:
        rows.append((_tr("Roles already covered"),
                     _tr(", ").join(_name(catalogue, r) for r in p.have)))
    if p.digital_products:
        rows.append((_tr("Digital products"),
                     _tr("Sells or builds digital products or runs an online platform")))
    body = "".join(
        _row([f'<td width="38%" align="{d.start}"><b>{_e(k)}</b></td>',
              f'<td align="{d.start}">{_e(v)}</td>'], d)
        for k, v in rows
    )
    return f'<table class="plain" width="100%" cellspacing="0" cellpadding="3">{body}</table>'


def _team(rec: Recommendation, catalogue: Catalogue, loc: QLocale, d: _Dir) -> str:
    rows = []
    for line in rec.team:
        reasons = "".join(f"<br/>\u2022 {_e(r)}" for r in line.reasons)
        covers = _e(covers_text(line, catalogue, loc)).replace("\n", "<br/>")
        rows.append(_row([
            f'<td><b>{_e(line.title)}</b><span class="small">{reasons}</span></td>',
            f"<td>{covers}</td>",
            f"<td>{_e(staffing_label(line.option, line.mode))}</td>",
            f'<td align="{d.end}">{_e(format_money(line.monthly_cost, rec.currency, loc))}</td>',
        ], d))
    if not rec.team:
        rows.append(_row([f'<td colspan="4">{_e(_tr("No one fits within this budget yet."))}'
                          "</td>"], d))
    left = rec.monthly_budget - rec.total_monthly_cost
    totals = [
        (_tr("Total a month"), rec.total_monthly_cost),
        (_tr("Monthly budget"), rec.monthly_budget),
        (_tr("Left in the budget") if left >= 0 else _tr("Over the budget"), abs(left)),
    ]
    for label, amount in totals:
        rows.append(_row([
            f'<td colspan="3"><b>{_e(label)}</b></td>',
            f'<td align="{d.end}"><b>{_e(format_money(amount, rec.currency, loc))}</b></td>',
        ], d, ' class="total"'))
    return _table(
        [(_tr("Person or service"), False), (_tr("Covers"), False), (_tr("Mode"), False),
         (_tr("Monthly cost"), True)],
        rows,
        [44, 28, 13, 15],
        d,
    )


def _comparison(rec: Recommendation, catalogue: Catalogue, d: _Dir) -> str:
    ids: list[str] = []
    for line in rec.team:
        if line.entry_id not in ids and line.entry_id in catalogue.ids():
            ids.append(line.entry_id)
    if not ids:
        return ""
    rows = []
    kinds: tuple[Kind, Kind] = ("complexity", "resources")
    for entry_id in ids:
        entry = catalogue.role(entry_id)
        cells = [f"<td><b>{_e(entry.name)}</b></td>"]
        for kind in kinds:
            value = rating_value(catalogue, entry, kind)
            cells.append(f'<td><font color="{ACCENT}">{rating_dots(value)}</font> '
                         f"{_e(rating_word(value))}</td>")
        cells.append(f"<td>{_e(entry.key_advantage)}</td>")
        rows.append(_row(cells, d))
    return _table(
        [(_tr("Role"), False), (_tr("Implementation complexity"), False),
         (_tr("Resource requirements"), False), (_tr("Key advantage"), False)],
        rows,
        [26, 20, 20, 34],
        d,
    )


def _deferred(rec: Recommendation, catalogue: Catalogue, loc: QLocale, d: _Dir) -> str:
    if not rec.deferred:
        return ""
    rows = []
    for item in rec.deferred:
        cost = _tr("{amount} a month ({mode})").replace(
            "{amount}", format_money(item.monthly_cost_to_add, rec.currency, loc)
        ).replace("{mode}", staffing_label(item.option_to_add, item.mode_to_add))
        rows.append(_row([f"<td><b>{_e(_name(catalogue, item.role))}</b></td>",
                          f"<td>{_e(item.reason)}</td>", f"<td>{_e(cost)}</td>"], d))
    return _table([(_tr("Role"), False), (_tr("Why not now"), False),
                   (_tr("What adding it would cost"), False)], rows, [27, 48, 25], d)


def _sources(catalogue: Catalogue, costs: CostTable, loc: QLocale, d: _Dir) -> str:
    rtl = d.dir == "rtl"
    content = [s.title for s in catalogue.sources]
    cost_items = []
    for src in costs.sources:
        year = format_year(src.year, loc) if src.year is not None else _tr("undated")
        cost_items.append(f"{isolate(f'{src.publisher}: {src.title}', loc)} ({year})")
    return (
        f"<p>{_e(_tr('Roles, ratings and advice come from these articles:'))}</p>"
        f"{bullet_list(content, rtl)}"
        f"<p>{_e(_tr('Cost figures come from these public sources:'))}</p>"
        f"{bullet_list(cost_items, rtl)}"
    )


def report_html(rec: Recommendation, catalogue: Catalogue, costs: CostTable, title: str,
                locale: QLocale, chart_size: tuple[int, int] | None = None) -> str:
    """The whole report as HTML for a :class:`QTextDocument`.

    Args:
        rec: the recommendation to report.
        catalogue: role names and descriptions, in the report's language.
        costs: the cost table the plan used (for its sources).
        title: the plan's title, shown at the top.
        locale: formats numbers, money and the date.
        chart_size: width and height, in CSS pixels, of the budget chart image added to
            the document as :data:`CHART_URL`; None leaves the chart out.
    """
    d = _direction(locale)
    date = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    subtitle = _tr("Digital marketing team plan, {date}").replace("{date}", date)
    parts = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="sub">{_e(subtitle)}</p>',
        f"<h2>{_e(_tr('Your business'))}</h2>",
        _profile(rec, catalogue, locale, d),
        f"<h2>{_e(_tr('Recommended team'))}</h2>",
        _team(rec, catalogue, locale, d),
    ]
    if chart_size is not None and rec.team:
        width, height = chart_size
        parts.append(f"<h2>{_e(_tr('Spending against the budget'))}</h2>")
        parts.append(f'<p><img src="{CHART_URL}" width="{width}" height="{height}" /></p>')
    comparison = _comparison(rec, catalogue, d)
    if comparison:
        parts.append(f"<h2>{_e(_tr('The recommended roles side by side'))}</h2>")
        parts.append(comparison)
    deferred = _deferred(rec, catalogue, locale, d)
    if deferred:
        parts.append(f"<h2>{_e(_tr('Roles left for later'))}</h2>")
        parts.append(deferred)
    channels = [catalogue.channel(c).name for c in rec.channels if _has_channel(catalogue, c)]
    if channels:
        parts.append(f"<h2>{_e(_tr('Channels to favour'))}</h2>")
        parts.append(numbered_list(channels, locale))
    rtl = d.dir == "rtl"
    if rec.next_steps:
        parts.append(f"<h2>{_e(_tr('Next steps as the budget grows'))}</h2>")
        parts.append(bullet_list(rec.next_steps, rtl))
    if rec.notes:
        parts.append(f"<h2>{_e(_tr('Notes'))}</h2>")
        parts.append(bullet_list(rec.notes, rtl))
    parts.append(f"<h2>{_e(_tr('Sources'))}</h2>")
    parts.append(_sources(catalogue, costs, locale, d))
    made = _tr("Made with {app} {version} on {date}. Costs are in {currency}, including "
               "employer on-costs (x{multiplier}).")
    parts.append(
        '<p class="small">'
        + _e(made.replace("{app}", APP_NAME).replace("{version}", __version__)
             .replace("{date}", date).replace("{currency}", rec.currency)
             .replace("{multiplier}", locale.toString(costs.on_cost.multiplier, "g", 3)))
        + "</p>"
    )
    return "".join(parts)


def _has_channel(catalogue: Catalogue, channel_id: str) -> bool:
    try:
        catalogue.channel(channel_id)
    except KeyError:
        return False
    return True
