"""Plain-text and CSV forms of a recommendation (for the terminal, files and spreadsheets)."""

from __future__ import annotations

import csv
import io
import math
import textwrap

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.messages import join_list, text
from teambuilder.domain.money import format_money, format_number, format_percent
from teambuilder.domain.recommendation import Recommendation, TeamLine

WIDTH = 78
"""Line width of the text report."""

CSV_COLUMNS = ("title", "entry_id", "roles", "coverage", "mode", "option", "monthly_cost",
               "currency", "reasons")
"""Columns of :func:`team_csv`, in order."""


def _name(catalogue: Catalogue, entry_id: str) -> str:
    try:
        return catalogue.role(entry_id).name
    except KeyError:
        return entry_id


def _channel(catalogue: Catalogue, channel_id: str) -> str:
    try:
        return catalogue.channel(channel_id).name
    except KeyError:
        return channel_id


def _wrap(body: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(body, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]


def text_report(rec: Recommendation, catalogue: Catalogue, lang: str = "en") -> str:
    """A readable report of a recommendation for a terminal (plain text, 78 columns).

    Every heading and label is a message in ``lang``; numbers, money and percentages are
    written as the interface writes them for that language (:mod:`teambuilder.domain.money`).
    Reasons, steps and notes are taken as the engine wrote them (pass the same ``lang``).
    """

    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    def money(amount: float) -> str:
        return format_money(amount, cur, lang)

    def percent(share: float) -> str:
        return format_percent(share, lang)

    cur = rec.currency
    p = rec.profile
    out: list[str] = [t("report.heading"), "=" * len(t("report.heading"))]
    goals = join_list([t(f"report.goal.{g}") for g in p.goals], lang) or t("report.none")
    out += _wrap(t("report.profile", size=p.size, focus=t(f"report.focus.{p.focus}"),
                   budget=money(p.budget)), "", "  ")
    out += _wrap(t("report.goals", goals=goals, horizon=t(f"report.horizon.{p.horizon}")),
                 "", "  ")
    if p.have:
        out += _wrap(t("report.have", roles=join_list([_name(catalogue, r) for r in p.have],
                                                        lang)), "", "  ")
    if p.digital_products:
        out += _wrap(t("report.digital_products"), "", "  ")
    out.append("")
    out += _wrap(t("report.team", total=money(rec.total_monthly_cost),
                   budget=money(rec.monthly_budget), share=percent(rec.score)), "", "  ")
    if not rec.team:
        out.append("  " + t("report.no_team"))
    for line in rec.team:
        mode = t(f"option.{line.option}") if line.option == "fractional" else t(
            f"mode.{line.mode}")
        out += _wrap(t("report.line", title=line.title, mode=mode,
                       cost=money(line.monthly_cost)), "  * ", "    ")
        if len(line.roles) > 1:
            parts = [t("report.share", role=_name(catalogue, r),
                       share=percent(line.coverage.get(r, 0.0))) for r in line.roles]
            out += _wrap(t("report.covers", roles=join_list(parts, lang)), "    ", "    ")
        for reason in line.reasons:
            out += _wrap(reason, "    - ", "      ")
    out.append("")
    out.append(t("report.deferred"))
    if not rec.deferred:
        out.append("  " + t("report.none"))
    for d in rec.deferred:
        head = t("report.deferred_line", role=_name(catalogue, d.role),
                 cost=money(d.monthly_cost_to_add),
                 option=t(f"option.{d.option_to_add}") if d.option_to_add else "-")
        out += _wrap(head, "  * ", "    ")
        out += _wrap(d.reason, "    ", "    ")
    out.append("")
    out.append(t("report.channels"))
    for i, cid in enumerate(rec.channels, 1):
        out.append(f"  {format_number(i, lang)}. {_channel(catalogue, cid)}")
    out.append("")
    out.append(t("report.next_steps"))
    for step in rec.next_steps:
        out += _wrap(step, "  * ", "    ")
    out.append("")
    out.append(t("report.notes"))
    for note in rec.notes:
        out += _wrap(note, "  * ", "    ")
    return "\n".join(out) + "\n"


def team_csv(rec: Recommendation, catalogue: Catalogue) -> str:
    """The team lines as CSV (one row per line, header first; :data:`CSV_COLUMNS`).

    The file is for spreadsheets and programs, so its shape does not depend on the
    language: the header is always :data:`CSV_COLUMNS` (English ids), roles, modes and
    options are ids, roles are separated by ``;``, coverage is ``role=share;...`` and costs
    are plain numbers written exactly (``1234.5``, never ``1.234,5`` or Persian digits), so
    the file reads back unchanged in any locale. Only the ``title`` and ``reasons`` cells are
    text for people, in the language the recommendation was made in (reasons separated by
    line breaks inside the quoted cell). ``catalogue`` is accepted for symmetry with
    :func:`text_report`.
    """
    del catalogue
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for line in rec.team:
        writer.writerow([
            line.title,
            line.entry_id,
            ";".join(line.roles),
            ";".join(f"{r}={line.coverage[r]!r}" for r in line.roles if r in line.coverage),
            line.mode,
            line.option,
            repr(line.monthly_cost),
            rec.currency,
            "\n".join(line.reasons),
        ])
    return buf.getvalue()


class CsvError(ValueError):
    """A team CSV does not have the expected shape; the message names the row and column."""


def parse_team_csv(data: str) -> tuple[list[TeamLine], str | None]:
    """Read back :func:`team_csv` output: the team lines and the currency (None if empty).

    Raises:
        CsvError: wrong header, a short row, or a value that does not parse.
    """
    rows = list(csv.reader(io.StringIO(data)))
    if not rows or tuple(rows[0]) != CSV_COLUMNS:
        raise CsvError("row 1: the header must be " + ",".join(CSV_COLUMNS))
    lines: list[TeamLine] = []
    currency: str | None = None
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(CSV_COLUMNS):
            raise CsvError(f"row {number}: expected {len(CSV_COLUMNS)} columns, got {len(row)}")
        cell = dict(zip(CSV_COLUMNS, row, strict=True))
        try:
            cost = float(cell["monthly_cost"])
            coverage = {}
            for part in filter(None, cell["coverage"].split(";")):
                role, _, share = part.partition("=")
                coverage[role] = float(share)
            if not math.isfinite(cost) or any(not math.isfinite(v) for v in coverage.values()):
                raise ValueError("not a finite number")
            line = TeamLine.model_validate({
                "title": cell["title"],
                "entry_id": cell["entry_id"],
                "roles": [r for r in cell["roles"].split(";") if r],
                "coverage": coverage,
                "mode": cell["mode"],
                "option": cell["option"],
                "monthly_cost": cost,
                "reasons": cell["reasons"].split("\n") if cell["reasons"] else [],
            })
        except ValueError as exc:
            raise CsvError(f"row {number}: {exc}".splitlines()[0]) from exc
        lines.append(line)
        currency = cell["currency"]
    return lines, currency
