"""The measurements: each returns figures with their floors measured in the same run."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.procs import (
    BENCH_DIR,
    ROOT,
    MeasurementError,
    Run,
    png_written,
    python,
    run_measured,
)
from bench.stats import Figure, median, p95, paired_ratios, ratio

BUNDLE = ROOT / "dist" / "teambuilder" / "teambuilder"
"""Where ``bash packaging/linux/build.sh`` puts the Linux bundle's executable."""

BARE_WINDOW = python(str(BENCH_DIR / "bare_window.py"), "{out}")
APP_WINDOW = python("-m", "teambuilder", "--screenshot", "{out}")
RECOMMEND = python("-m", "teambuilder", "recommend", "--size", "12", "--focus", "b2b",
                   "--budget", "8000", "--json")
IMPORT_PYDANTIC = python("-c", "import pydantic")
FLOOR_WINDOW_LABEL = "bare PySide6 QMainWindow shown and grabbed to PNG (bench/bare_window.py)"

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Settings:
    """How much to measure.

    Attributes:
        runs: process runs of each command (floor and subject alternate).
        profiles: random profiles for the engine.
        changes: input changes for the GUI update latency.
        seed: seed of the random profiles.
    """

    runs: int
    profiles: int
    changes: int
    seed: int = 20240601


def alternate(
    floor: list[str], subject: list[str], runs: int, progress: Progress, label: str,
    *, check_floor: Callable[[Run, Path], None] | None = None,
    check_subject: Callable[[Run, Path], None] | None = None,
) -> tuple[list[Run], list[Run]]:
    """Run floor and subject alternately ``runs`` times each, after one unmeasured warm-up.

    Alternating spreads the machine's drift (other load, CPU frequency) evenly over both.
    The warm-up pair fills the disk cache and writes bytecode, which a user's second
    launch would also find done.
    """
    run_measured(floor, check=check_floor)
    run_measured(subject, check=check_subject)
    floors: list[Run] = []
    subjects: list[Run] = []
    for i in range(runs):
        progress(f"{label}: run {i + 1}/{runs}")
        floors.append(run_measured(floor, check=check_floor))
        subjects.append(run_measured(subject, check=check_subject))
    return floors, subjects


def _ms(values: list[float]) -> list[float]:
    return [round(v * 1e3, 1) for v in values]


def start_figures(settings: Settings, progress: Progress, subject: list[str] | None = None,
                  name: str = "start") -> tuple[Figure, Figure]:
    """Start to a rendered window with a plan, and its peak memory, against the bare window.

    Returns:
        The start-time figure and the peak-RSS figure, both from the same runs.
    """
    command = subject or APP_WINDOW
    floors, subjects = alternate(BARE_WINDOW, command, settings.runs, progress, name,
                                 check_floor=png_written, check_subject=png_written)
    floor_s = [r.seconds for r in floors]
    subject_s = [r.seconds for r in subjects]
    start = Figure(
        name=name,
        title="start to a rendered main window showing a plan (--screenshot)",
        unit="s",
        value=median(subject_s),
        floor=median(floor_s),
        floor_label=FLOOR_WINDOW_LABEL,
        ratio=median(paired_ratios(subject_s, floor_s)),
        target=1.3,
        stretch=1.15 if name == "start" else None,
        target_on="ratio",
        details={"runs": settings.runs, "command": " ".join(command[1:]),
                 "subject_ms": _ms(subject_s), "floor_ms": _ms(floor_s),
                 "ratio_is": "median of the per-pair ratios (floor and subject alternate)"},
    )
    floor_mb = [r.peak_rss_mb for r in floors]
    subject_mb = [r.peak_rss_mb for r in subjects]
    memory = Figure(
        name="memory" if name == "start" else f"{name}_memory",
        title="peak resident memory (ru_maxrss) of the --screenshot run",
        unit="MB",
        value=median(subject_mb),
        floor=median(floor_mb),
        floor_label=FLOOR_WINDOW_LABEL,
        ratio=median(paired_ratios(subject_mb, floor_mb)),
        target=1.3,
        target_on="ratio",
        details={"runs": settings.runs, "subject_mb": [round(v, 1) for v in subject_mb],
                 "floor_mb": [round(v, 1) for v in floor_mb]},
    )
    return start, memory


def _json_report(run: Run, _out: Path) -> None:
    try:
        data = json.loads(run.stdout)
    except json.JSONDecodeError as exc:
        raise MeasurementError(f"recommend --json printed no JSON ({exc})") from exc
    if not isinstance(data, dict) or "team" not in data:
        raise MeasurementError("recommend --json printed JSON without a 'team'")


def headless_figure(settings: Settings, progress: Progress) -> Figure:
    """Headless ``recommend --json`` as a process against ``python -c "import pydantic"``."""
    floors, subjects = alternate(IMPORT_PYDANTIC, RECOMMEND, settings.runs, progress,
                                 "headless", check_subject=_json_report)
    floor_s = [r.seconds for r in floors]
    subject_s = [r.seconds for r in subjects]
    return Figure(
        name="headless",
        title="headless recommend --json, process start to exit",
        unit="s",
        value=median(subject_s),
        floor=median(floor_s),
        floor_label='python -c "import pydantic"',
        ratio=median(paired_ratios(subject_s, floor_s)),
        target=2.0,
        target_on="ratio",
        details={"runs": settings.runs, "command": " ".join(RECOMMEND[1:]),
                 "subject_ms": _ms(subject_s), "floor_ms": _ms(floor_s)},
    )


def _child_json(command: list[str], what: str) -> dict[str, Any]:
    """Run a benchmark child that writes its samples to ``{json}`` and return them."""
    run = run_measured(command, timeout=600)
    try:
        data = json.loads(run.stdout if "{json}" not in command else run.artifact)
    except json.JSONDecodeError as exc:
        raise MeasurementError(f"{what}: the benchmark child wrote no JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise MeasurementError(f"{what}: the benchmark child wrote {type(data).__name__}")
    return data


def engine_figure(settings: Settings, progress: Progress) -> Figure:
    """``recommend()`` in-process over random profiles, against validating a Profile alone."""
    progress(f"engine: {settings.profiles} random profiles")
    data = _child_json(python(str(BENCH_DIR / "engine_bench.py"), str(settings.profiles),
                              str(settings.seed)), "engine")
    engine_ms: list[float] = data["engine_ms"]
    floor_ms: list[float] = data["floor_ms"]
    return Figure(
        name="engine",
        title="recommend() per profile, in-process (p50; target on p95)",
        unit="ms",
        value=median(engine_ms),
        p95=p95(engine_ms),
        floor=median(floor_ms),
        floor_label="Profile.model_validate() of the same profiles (p50)",
        ratio=ratio(median(engine_ms), median(floor_ms)),
        target=2.0,
        target_on="p95",
        details={
            "profiles": data["count"], "seed": data["seed"],
            "max_ms": round(max(engine_ms), 3),
            "cpu_p50_ms": round(median(data["engine_cpu_ms"]), 3),
            "cpu_p95_ms": round(p95(data["engine_cpu_ms"]), 3),
            "floor_p95_ms": round(p95(floor_ms), 4),
            "first_call_ms": round(data["first_call_ms"], 2),
            "catalogue_and_costs_load_ms": round(data["load_ms"], 2),
            "over_budget": data["over_budget"],
            "ratio_is": "p50 of recommend() / p50 of validating a Profile",
        },
    )


def gui_update_figure(settings: Settings, progress: Progress) -> Figure:
    """Input change to team view repainted in the running app, against a bare label repaint."""
    script = str(BENCH_DIR / "gui_update_bench.py")
    progress(f"gui_update: bare floor, {settings.changes} changes")
    floor = _child_json(python(script, "floor", str(settings.changes), "{json}"),
                        "gui_update floor")
    progress(f"gui_update: app, {settings.changes} changes")
    try:
        subject = _child_json(python(script, "app", str(settings.changes), "{json}"),
                              "gui_update")
    except MeasurementError as error:
        raise MeasurementError(f"{error}{_partial(error.artifact)}") from error
    first: list[float] = subject["first_ms"]
    floor_first: list[float] = floor["first_ms"]
    if not first or not floor_first:
        raise MeasurementError("gui_update: no change repainted the team view")
    passes: list[int] = subject["passes"]
    return Figure(
        name="gui_update",
        title="input change to team view repainted (p50; target on p95)",
        unit="ms",
        value=median(first),
        p95=p95(first),
        floor=median(floor_first),
        floor_label="bare window: QSpinBox change to QLabel repainted (p50)",
        ratio=ratio(median(first), median(floor_first)),
        target=16.0,
        target_on="p95",
        details={
            "changes": subject["count"],
            "not_repainted": subject["not_repainted"],
            "settled_p95_ms": round(p95(subject["settled_ms"]), 2) if first else None,
            "repaint_passes_per_change": round(sum(passes) / len(passes), 2),
            "changes_with_extra_passes": sum(1 for n in passes if n > 1),
            "floor_p95_ms": round(p95(floor_first), 2),
            "inputs": "monthlyBudget and companySize alternately, set through the widgets",
            "none_refs_lost_per_change": subject["none_refs_lost_per_change"],
        },
    )


def _partial(artifact: str) -> str:
    """Summarise the samples a crashed GUI child wrote before it died."""
    try:
        data = json.loads(artifact)
        first: list[float] = data["first_ms"]
        done = int(data["done"])
    except (ValueError, KeyError, TypeError):
        return ""
    if not first:
        return f"\n    the app died within the first {done + 10} changes"
    return (f"\n    the app died after {done}-{done + 10} changes; before that: "
            f"p50 {median(first):.1f} ms, p95 {p95(first):.1f} ms over {len(first)} changes, "
            f"None refcount {data.get('none_refs_left')}")


def folder_size_mb(folder: Path) -> float:
    """Total size of the files under ``folder`` (symbolic links not followed), in MB."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1e6


def bundle_figures(settings: Settings, progress: Progress) -> list[Figure]:
    """The Linux bundle's size on disk and its start time against the bare window."""
    size = Figure(
        name="bundle_size",
        title="Linux bundle dist/teambuilder/ size",
        unit="MB",
        value=folder_size_mb(BUNDLE.parent),
        target=150.0,
        target_on="value",
        details={"path": str(BUNDLE.parent.relative_to(ROOT))},
    )
    start, memory = start_figures(settings, progress, [str(BUNDLE), "--screenshot", "{out}"],
                                  "bundle_start")
    start.title = "bundle start to a rendered main window showing a plan (--screenshot)"
    start.details["peak_rss_mb"] = memory.value
    start.details["floor_peak_rss_mb"] = memory.floor
    return [size, start]


def python_version() -> str:
    """The version of the interpreter that runs every child."""
    return sys.version.split()[0]
