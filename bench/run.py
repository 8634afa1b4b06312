"""Benchmark TeamBuilder against floors measured in the same run; print one JSON object.

Usage::

    python bench/run.py [--quick] [--only NAME[,NAME]] [--runs N] [--json-out PATH]
                        [--table | --markdown]

NAME is one of start, memory, headless, engine, gui_update, bundle. The JSON report goes
to stdout and a readable table to stderr (``--table`` prints that table on stdout instead
of the JSON, ``--markdown`` a Markdown table). The exit status is 0 when every measurement
ran, even if targets are missed (the report says which); 1 when a measurement itself
failed; 2 for a bad option.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

if not __package__:  # Run as a script: make ``bench`` importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure
from bench.measure import Settings
from bench.procs import ROOT
from bench.stats import Figure

GROUPS = ("start", "memory", "headless", "engine", "gui_update", "bundle")
"""Names accepted by --only, in the order they run."""

FULL = Settings(runs=7, profiles=1000, changes=200)
QUICK = Settings(runs=3, profiles=200, changes=50)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; ``--only`` is checked against :data:`GROUPS`."""
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Benchmark TeamBuilder against floors measured in the same run.")
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK.runs} runs per command, {QUICK.profiles} profiles, "
                             f"{QUICK.changes} GUI changes (default {FULL.runs}, "
                             f"{FULL.profiles}, {FULL.changes})")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="measure only these: " + ", ".join(GROUPS))
    parser.add_argument("--runs", type=int, help="process runs per command (overrides)")
    parser.add_argument("--json-out", metavar="PATH", type=Path,
                        help="also write the JSON report to PATH")
    parser.add_argument("--table", action="store_true",
                        help="print the table on stdout instead of the JSON")
    parser.add_argument("--markdown", action="store_true",
                        help="print a Markdown table (as in README.md) on stdout instead")
    args = parser.parse_args(argv)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in GROUPS]
        if unknown or not names:
            parser.error(f"--only: unknown name {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(GROUPS)}")
        args.only = names
    else:
        args.only = list(GROUPS)
    if args.runs is not None and args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _commit() -> str | None:
    try:
        # "-dirty" when the working tree (which is what was measured) has changes.
        out = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                             capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def machine() -> dict[str, Any]:
    """Describe where the figures were measured."""
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "python": measure.python_version(),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "pydantic": _version("pydantic"),
        "teambuilder": _version("teambuilder"),
        "commit": _commit(),
    }


def measure_all(only: list[str], settings: Settings,
                progress: Callable[[str], None]) -> tuple[list[Figure], dict[str, str],
                                                          dict[str, str]]:
    """Run the selected measurements.

    Returns:
        The figures, the measurements that failed (name: why) and those skipped.
    """
    figures: list[Figure] = []
    failed: dict[str, str] = {}
    skipped: dict[str, str] = {}

    def attempt(name: str, action: Callable[[], list[Figure]]) -> None:
        try:
            figures.extend(action())
        except Exception as exc:  # Report any failure of a measurement, then go on.
            failed[name] = f"{type(exc).__name__}: {exc}"
            progress(f"{name}: FAILED: {exc}")

    if "engine" in only:
        attempt("engine", lambda: [measure.engine_figure(settings, progress)])
    if "headless" in only:
        attempt("headless", lambda: [measure.headless_figure(settings, progress)])
    if "gui_update" in only:
        attempt("gui_update", lambda: [measure.gui_update_figure(settings, progress)])
    if "start" in only or "memory" in only:
        wanted = [n for n in ("start", "memory") if n in only]
        attempt(",".join(wanted), lambda: [f for f in measure.start_figures(settings, progress)
                                           if f.name in wanted])
    if "bundle" in only:
        if measure.BUNDLE.is_file():
            attempt("bundle", lambda: measure.bundle_figures(settings, progress))
        else:
            skipped["bundle"] = (f"{measure.BUNDLE.relative_to(ROOT)} does not exist; build it "
                                 "with: bash packaging/linux/build.sh")
    return figures, failed, skipped


def report(figures: list[Figure], failed: dict[str, str], skipped: dict[str, str],
           settings: Settings, quick: bool) -> dict[str, Any]:
    """Assemble the JSON report."""
    order = ["start", "memory", "headless", "engine", "gui_update", "bundle_size",
             "bundle_start"]
    figures = sorted(figures, key=lambda f: order.index(f.name) if f.name in order else 99)
    missed = [f.name for f in figures if not f.passed]
    return {
        "benchmark": "teambuilder",
        "schema_version": 1,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": quick,
        "settings": {"runs": settings.runs, "profiles": settings.profiles,
                     "changes": settings.changes, "seed": settings.seed},
        "figures": {f.name: f.to_json() for f in figures},
        "all_targets_met": not missed and not failed,
        "missed": missed,
        "failed": failed,
        "skipped": skipped,
    }


def _number(value: float | None, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return "-"
    if unit == "s":
        return f"{value * 1e3:.0f} ms"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 10 else f"{value:.1f} ms"
    return f"{value:.1f} {unit}"


def table(data: dict[str, Any]) -> str:
    """Render the report as a plain-text table for people."""
    rows = [("figure", "value", "p95", "floor", "ratio", "target", "result")]
    for name, fig in data["figures"].items():
        on = fig["target_on"]
        target = (f"ratio <= {fig['target']}x" if on == "ratio"
                  else f"{on} <= {_number(fig['target'], fig['unit'])}")
        if fig["stretch"] is not None:
            target += f" (stretch {fig['stretch']}x)"
        result = "met" if fig["pass"] else "MISSED"
        if fig["stretch_pass"]:
            result += ", stretch met"
        ratio_text = "-" if fig["ratio"] is None else f"{fig['ratio']:.2f}x"
        rows.append((name, _number(fig["value"], fig["unit"]), _number(fig["p95"], fig["unit"]),
                     _number(fig["floor"], fig["unit"]), ratio_text, target, result))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for name, why in data["failed"].items():
        lines.append(f"{name}: measurement FAILED: {why}")
    for name, why in data["skipped"].items():
        lines.append(f"{name}: skipped: {why}")
    machine_info = data["machine"]
    lines.append(f"{data['date']}, {machine_info['cores']} cores, {machine_info['cpu']}, "
                 f"Python {machine_info['python']}, PySide6 {machine_info['pyside6']}"
                 + (", quick" if data["quick"] else ""))
    return "\n".join(lines)


def markdown(data: dict[str, Any]) -> str:
    """Render the report as the Markdown table README.md shows."""
    lines = ["| figure | TeamBuilder | floor | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for name, fig in data["figures"].items():
        unit, on = fig["unit"], fig["target_on"]
        value = _number(fig["value"], unit)
        if fig["p95"] is not None:
            value = f"p50 {value}, p95 {_number(fig['p95'], unit)}"
        target = (f"<= {fig['target']}x" if on == "ratio"
                  else f"{on} <= {_number(fig['target'], unit)}")
        if fig["stretch"] is not None:
            target += f" (stretch {fig['stretch']}x)"
        ratio_text = "-" if fig["ratio"] is None else f"{fig['ratio']:.2f}x"
        met = "yes" if fig["pass"] else "**no**"
        lines.append(f"| {name} | {value} | {_number(fig['floor'], unit)} | {ratio_text} "
                     f"| {target} | {met} |")
    for name, why in data["failed"].items():
        reason = why.splitlines()[0].split(": /")[0]  # Not the command line.
        notes = [line.strip() for line in why.splitlines()
                 if line.strip().startswith(("Fatal Python error", "the app died"))]
        lines.append(f"| {name} | failed: {'; '.join([reason, *notes])} | | | | **no** |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure, print the JSON report (and the table), return the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    settings = QUICK if args.quick else FULL
    if args.runs is not None:
        settings = Settings(args.runs, settings.profiles, settings.changes, settings.seed)

    def progress(message: str) -> None:
        print(f"bench: {message}", file=sys.stderr, flush=True)

    figures, failed, skipped = measure_all(args.only, settings, progress)
    data = report(figures, failed, skipped, settings, args.quick)
    text = json.dumps(data, indent=2)
    if args.json_out is not None:
        args.json_out.write_text(text + "\n", encoding="utf-8")
    if args.markdown:
        print(table(data), file=sys.stderr)
        print(markdown(data))
    elif args.table:
        print(table(data))
    else:
        print(table(data), file=sys.stderr)
        print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
