"""Headless commands: ``python -m teambuilder roles|compare|recommend|show ...``.

A documented contract (README, "Command line"). Bad input never shows a traceback: the
command prints one line on stderr naming the field and what is allowed, and exits with
status 2. This module must not import Qt.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from teambuilder import __version__

SUBCOMMANDS: frozenset[str] = frozenset({"roles", "compare", "recommend", "show"})
"""Subcommands ``python -m teambuilder`` passes to :func:`main` instead of the window."""

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_PROG = "teambuilder"


class UsageError(Exception):
    """Bad input; the message is one line naming the field and what is allowed."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of printing usage."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


# --- argument types ---------------------------------------------------------------------

def _size(value: str) -> int:
    from teambuilder.domain.profile import MAX_SIZE, MIN_SIZE

    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if number is None or not MIN_SIZE <= number <= MAX_SIZE:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of people from {MIN_SIZE} to {MAX_SIZE} (got {value!r})")
    return number


def _budget(value: str) -> float:
    from teambuilder.domain.profile import MAX_BUDGET

    try:
        number = float(value.strip().replace("_", ""))
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number <= 0 or number > MAX_BUDGET:
        raise argparse.ArgumentTypeError(
            f"must be a monthly amount greater than 0 and at most {MAX_BUDGET:,.0f} "
            f"(got {value!r})")
    return number


def _role_id(value: str) -> str:
    from teambuilder.domain.catalogue import ROLE_IDS

    if value not in ROLE_IDS:
        raise argparse.ArgumentTypeError(
            f"unknown role id {value!r}; allowed: {', '.join(ROLE_IDS)}")
    return value


def _parser() -> _Parser:
    from teambuilder.domain.catalogue import LANGUAGES

    parser = _Parser(prog=_PROG, description="Plan a small business's digital-marketing team.")
    parser.add_argument("--version", action="version", version=f"{_PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser,
                                metavar="{roles,compare,recommend,show}")

    def common(p: argparse.ArgumentParser, lang: bool = True) -> None:
        p.add_argument("--json", action="store_true", help="print JSON instead of text")
        if lang:
            p.add_argument("--lang", choices=LANGUAGES, default="en",
                           help="language of names and explanations (default: en)")

    roles = sub.add_parser("roles", help="list every role and combined role")
    common(roles)

    compare = sub.add_parser("compare", help="show two to four roles side by side")
    compare.add_argument("ids", nargs="+", metavar="ID", help="role or combined-role ids")
    common(compare)

    rec = sub.add_parser("recommend", help="recommend a team for a business profile")
    rec.add_argument("--size", type=_size, required=True, help="head count (1-100000)")
    rec.add_argument("--focus", choices=("b2b", "b2c", "both"), required=True)
    rec.add_argument("--budget", type=_budget, required=True,
                     help="monthly budget for marketing people, in the cost table's currency")
    rec.add_argument("--goal", action="append", default=[],
                     choices=("awareness", "leads", "sales", "retention"),
                     help="a marketing goal (repeatable)")
    rec.add_argument("--horizon", choices=("quick", "balanced", "long"), default="balanced")
    rec.add_argument("--have", action="append", default=[], type=_role_id, metavar="ROLE_ID",
                     help="a role already covered in the company (repeatable)")
    rec.add_argument("--digital-products", action="store_true",
                     help="the business sells or builds digital products or runs an online "
                          "platform (app, software, web service)")
    rec.add_argument("--costs", type=Path, metavar="FILE", help="a JSON cost file")
    rec.add_argument("--save", type=Path, metavar="PATH", help="also save the plan here")
    common(rec)

    show = sub.add_parser("show", help="print the recommendation of a saved plan")
    show.add_argument("path", type=Path, metavar="PATH", help="a .tbplan file")
    common(show, lang=False)
    return parser


# --- output -------------------------------------------------------------------------------

def _emit(data: str, stream: IO[str] | None = None) -> None:
    out = stream or sys.stdout
    try:
        out.write(data)
    except UnicodeEncodeError:
        out.write(data.encode("ascii", "backslashreplace").decode("ascii"))
    out.flush()


def _emit_json(obj: Any) -> None:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    ascii_only = not encoding.startswith("utf")
    _emit(json.dumps(obj, ensure_ascii=ascii_only, indent=2) + "\n")


def _role_json(catalogue: Any, entry: Any) -> dict[str, Any]:
    from teambuilder.domain.catalogue import CombinedRole

    data: dict[str, Any] = entry.model_dump(mode="json")
    data["combined"] = isinstance(entry, CombinedRole)
    data["complexity"] = catalogue.complexity_of(entry)
    data["resources"] = catalogue.resources_of(entry)
    return data


def _role_text(catalogue: Any, entry: Any, lang: str) -> str:
    from teambuilder.domain.catalogue import CombinedRole
    from teambuilder.domain.messages import join_list, text
    from teambuilder.domain.money import format_percent

    combined = isinstance(entry, CombinedRole)
    kind = text("label.kind.combined" if combined else f"label.kind.{entry.level}", lang)
    ratings = text("cli.role.ratings", lang,
                   complexity=_rating(catalogue.complexity_of(entry), lang),
                   resources=_rating(catalogue.resources_of(entry), lang))
    lines = [f"{entry.name} [{entry.id}] ({kind})", f"  {ratings}", f"  {entry.summary}"]
    if combined:
        parts = [text("cli.role.share", lang, role=catalogue.role(r).name,
                      share=format_percent(s, lang)) for r, s in entry.merges.items()]
        lines.append("  " + text("cli.role.made_of", lang, roles=join_list(parts, lang)))
    return "\n".join(lines)


def _rating(value: str, lang: str) -> str:
    """The word for a rating id (``high``) in ``lang``."""
    from teambuilder.domain.messages import text

    return text(f"label.rating.{value}", lang)


_COMPARE_FIELDS = ("complexity", "resources", "expected_results", "ideal_use_case",
                   "key_advantage", "pros", "cons")
"""Rows of the text comparison, in order (headings are the ``label.<field>`` messages)."""


def _compare_text(catalogue: Any, entries: list[Any], lang: str) -> str:
    from teambuilder.domain.messages import text

    rows: list[str] = []
    for field in _COMPARE_FIELDS:
        rows.append(text(f"label.{field}", lang))
        for e in entries:
            if field == "complexity":
                value: Any = _rating(catalogue.complexity_of(e), lang)
            elif field == "resources":
                value = _rating(catalogue.resources_of(e), lang)
            else:
                value = getattr(e, field)
            if isinstance(value, list):
                rows.append(f"  {e.name}:")
                rows.extend(f"    - {v}" for v in value)
            else:
                rows.append(f"  {e.name}: {value}")
        rows.append("")
    return "\n".join(rows)


# --- commands -----------------------------------------------------------------------------

def _catalogue(lang: str) -> Any:
    from teambuilder.domain.catalogue import load_catalogue

    return load_catalogue(lang)


def _cmd_roles(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args.lang)
    entries = catalogue.entries()
    if args.json:
        _emit_json({"roles": [_role_json(catalogue, e) for e in entries]})
    else:
        _emit("\n\n".join(_role_text(catalogue, e, args.lang) for e in entries) + "\n")
    return EXIT_OK


def _cmd_compare(args: argparse.Namespace) -> int:
    catalogue = _catalogue(args.lang)
    ids: list[str] = args.ids
    if not 2 <= len(ids) <= 4:
        raise UsageError(f"{_PROG} compare: give 2 to 4 role ids (got {len(ids)})")
    known = catalogue.ids()
    for rid in ids:
        if rid not in known:
            raise UsageError(f"{_PROG} compare: unknown role id {rid!r}; allowed: "
                             + ", ".join(known))
    entries = [catalogue.role(rid) for rid in ids]
    if args.json:
        _emit_json({"roles": [_role_json(catalogue, e) for e in entries]})
    else:
        _emit(_compare_text(catalogue, entries, args.lang))
    return EXIT_OK


def _print_recommendation(rec: Any, catalogue: Any, as_json: bool, lang: str) -> None:
    if as_json:
        from teambuilder.domain.trusted import dump  # as model_dump, without a serializer

        _emit_json(dump(rec))
    else:
        from teambuilder.domain.report import text_report

        _emit(text_report(rec, catalogue, lang))


def _cmd_recommend(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from teambuilder.domain.costs import (
        CostFileError,
        apply_overrides,
        default_costs,
        read_cost_document,
    )
    from teambuilder.domain.engine import recommend
    from teambuilder.domain.profile import Profile

    try:
        profile = Profile(size=args.size, focus=args.focus, budget=args.budget,
                          goals=tuple(args.goal), horizon=args.horizon, have=tuple(args.have),
                          digital_products=args.digital_products)
    except ValidationError as exc:  # the argument types already checked; belt and braces
        err = exc.errors()[0]
        raise UsageError(f"{_PROG} recommend: --{err['loc'][0]}: {err['msg']}") from exc
    document: Any = None
    costs = default_costs()
    if args.costs is not None:
        try:
            document = read_cost_document(args.costs)
            costs = apply_overrides(costs, document, str(args.costs))
        except CostFileError as exc:
            raise UsageError(f"{_PROG} recommend: --costs: {exc}") from exc
    catalogue = _catalogue(args.lang)
    rec = recommend(profile, catalogue, costs, args.lang)
    if args.save is not None:
        _save(args, profile, document, costs.currency)
    _print_recommendation(rec, catalogue, args.json, args.lang)
    return EXIT_OK


def _save(args: argparse.Namespace, profile: Any, document: Any, currency: str) -> None:
    from teambuilder.domain.messages import text
    from teambuilder.domain.money import format_money
    from teambuilder.domain.planfile import Plan, PlanFileError, save_plan

    title = text("plan.title", args.lang, size=profile.size,
                 focus=profile.focus.upper() if profile.focus != "both" else "B2B+B2C",
                 budget=format_money(profile.budget, currency, args.lang))
    plan = Plan(title=title, profile=profile, cost_overrides=document, lang=args.lang)
    try:
        save_plan(plan, args.save)
    except PlanFileError as exc:
        raise UsageError(f"{_PROG} recommend: --save: {exc}") from exc


def _cmd_show(args: argparse.Namespace) -> int:
    from teambuilder.domain.catalogue import LANGUAGES
    from teambuilder.domain.costs import CostFileError, apply_overrides, default_costs
    from teambuilder.domain.engine import recommend
    from teambuilder.domain.planfile import PlanFileError, load_plan

    try:
        plan = load_plan(args.path)
    except PlanFileError as exc:
        raise UsageError(f"{_PROG} show: {exc}") from exc
    costs = default_costs()
    if plan.cost_overrides is not None:
        try:
            costs = apply_overrides(costs, plan.cost_overrides,
                                    f"{args.path} (cost_overrides)")
        except CostFileError as exc:
            raise UsageError(f"{_PROG} show: {exc}") from exc
    lang = plan.lang if plan.lang in LANGUAGES else "en"
    catalogue = _catalogue(lang)
    try:
        rec = recommend(plan.profile, catalogue, costs, lang)
    except ValueError as exc:
        raise UsageError(f"{_PROG} show: {args.path}: {exc}") from exc
    _print_recommendation(rec, catalogue, args.json, lang)
    return EXIT_OK


_COMMANDS = {
    "roles": _cmd_roles,
    "compare": _cmd_compare,
    "recommend": _cmd_recommend,
    "show": _cmd_show,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; return the exit status (0 ok, 2 bad input).

    Args:
        argv: the arguments after the program name (default: ``sys.argv[1:]``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(arguments)
        return _COMMANDS[args.command](args)
    except UsageError as exc:
        _emit(" ".join(str(exc).split()) + "\n", sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except (BrokenPipeError, KeyboardInterrupt):
        return 1
    except Exception as exc:  # a bug or a broken installation: still one line, no traceback
        from teambuilder.domain.catalogue import CatalogueError

        kind = "the catalogue" if isinstance(exc, CatalogueError) else "an internal error"
        _emit(f"{_PROG}: {kind}: {' '.join(str(exc).split())}\n", sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
