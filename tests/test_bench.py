"""The benchmark harness: its statistics, its pass/fail logic and its JSON report.

Timing values are never asserted here (the machines are noisy): only that the harness
runs, computes what it says, and reports in the documented shape.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is a folder of the repository, not installed.
    sys.path.insert(0, str(ROOT))

from bench.profiles import random_profiles  # noqa: E402
from bench.run import GROUPS, markdown, parse_args, table  # noqa: E402
from bench.stats import Figure, median, p95, paired_ratios, percentile, ratio  # noqa: E402
from teambuilder.domain.catalogue import ROLE_IDS  # noqa: E402
from teambuilder.domain.profile import Profile  # noqa: E402

FIGURE_KEYS = {"name", "title", "unit", "value", "floor", "floor_label", "ratio", "target",
               "target_on", "stretch", "p95", "details", "pass", "stretch_pass"}


def test_median_of_odd_and_even_counts() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median([7.0]) == 7.0


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(100, 0, -1)]  # 1..100, shuffled order does not matter
    assert p95(values) == 95.0
    assert percentile(values, 50) == 50.0
    assert percentile(values, 100) == 100.0
    assert percentile(values, 0) == 1.0
    # With 20 samples, p95 is the 19th smallest: one sample in twenty may exceed it.
    assert p95([float(v) for v in range(1, 21)]) == 19.0
    assert p95([5.0]) == 5.0


@pytest.mark.parametrize("function", [median, p95])
def test_statistics_of_nothing_are_refused(function: object) -> None:
    with pytest.raises(ValueError):
        function([])  # type: ignore[operator]


def test_percentile_outside_range_is_refused() -> None:
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_ratios_pair_each_run_with_its_floor() -> None:
    assert paired_ratios([2.0, 3.0], [1.0, 2.0]) == [2.0, 1.5]
    assert ratio(1.0, 0.0) == math.inf
    with pytest.raises(ValueError):
        paired_ratios([1.0], [1.0, 2.0])


def _figure(**changes: object) -> Figure:
    base: dict[str, object] = {"name": "start", "title": "t", "unit": "s", "value": 0.5,
                               "floor": 0.4, "ratio": 1.25, "target": 1.3,
                               "target_on": "ratio", "stretch": 1.15}
    base.update(changes)
    return Figure(**base)  # type: ignore[arg-type]


def test_ratio_target_judges_the_ratio_not_the_value() -> None:
    figure = _figure()
    assert figure.passed
    assert figure.stretch_passed is False
    assert not _figure(ratio=1.31).passed
    assert _figure(ratio=1.3).passed  # The target is inclusive: "<= 1.3x".
    assert _figure(ratio=1.1).stretch_passed is True


def test_value_and_p95_targets() -> None:
    engine = _figure(name="engine", unit="ms", value=0.4, p95=2.5, target=2.0,
                     target_on="p95", stretch=None)
    assert not engine.passed  # p50 is fine, but the target is on p95.
    assert engine.stretch_passed is None
    assert _figure(name="bundle_size", unit="MB", value=149.0, floor=None, ratio=None,
                   target=150.0, target_on="value", stretch=None).passed
    assert not _figure(ratio=math.inf).passed
    with pytest.raises(ValueError):
        _ = _figure(target_on="p95").passed


def test_figure_json_has_flags_and_no_infinity() -> None:
    data = _figure(ratio=math.inf).to_json()
    assert set(data) == FIGURE_KEYS
    assert data["ratio"] is None
    assert data["pass"] is False
    json.dumps(data, allow_nan=False)


def test_random_profiles_are_deterministic_and_valid() -> None:
    first = random_profiles(300, 7, ROLE_IDS)
    assert first == random_profiles(300, 7, ROLE_IDS)
    assert first != random_profiles(300, 8, ROLE_IDS)
    profiles = [Profile.model_validate(d) for d in first]
    assert {p.focus for p in profiles} == {"b2b", "b2c", "both"}
    assert min(p.size for p in profiles) < 10 < 10_000 < max(p.size for p in profiles)


def test_only_accepts_the_documented_names() -> None:
    assert parse_args(["--only", "engine,start"]).only == ["engine", "start"]
    assert parse_args([]).only == list(GROUPS)
    with pytest.raises(SystemExit) as exc:
        parse_args(["--only", "startup"])
    assert exc.value.code == 2


def test_table_marks_missed_targets() -> None:
    data = {
        "figures": {"start": _figure(ratio=1.6).to_json(),
                    "engine": _figure(name="engine", unit="ms", value=0.3, p95=0.9,
                                      target=2.0, target_on="p95", stretch=None).to_json()},
        "failed": {}, "skipped": {"bundle": "not built"},
        "machine": {"cores": 2, "cpu": "x", "python": "3.11", "pyside6": "6"},
        "date": "2024-01-01T00:00:00+00:00", "quick": True,
    }
    lines = table(data).splitlines()
    start_line = next(line for line in lines if line.startswith("start"))
    engine_line = next(line for line in lines if line.startswith("engine"))
    assert "MISSED" in start_line and "1.60x" in start_line
    assert "MISSED" not in engine_line and "met" in engine_line
    assert any(line.startswith("bundle: skipped") for line in lines)


def test_markdown_table_has_one_row_per_figure_and_failure() -> None:
    data = {
        "figures": {"start": _figure(ratio=1.6).to_json(),
                    "engine": _figure(name="engine", unit="ms", value=0.3, p95=0.9,
                                      target=2.0, target_on="p95", stretch=None).to_json()},
        "failed": {"gui_update": "MeasurementError: exit status -6\n    details"},
    }
    rows = markdown(data).splitlines()
    assert len(rows) == 2 + 3
    assert rows[2].startswith("| start | 500 ms | 400 ms | 1.60x | <= 1.3x (stretch 1.15x)")
    assert rows[2].endswith("| **no** |")
    assert "p50 0.300 ms, p95 0.900 ms" in rows[3] and rows[3].endswith("| yes |")
    assert rows[4].startswith("| gui_update | failed: MeasurementError: exit status -6 |")


@pytest.mark.slow
def test_engine_benchmark_prints_one_json_report() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "engine"],
        capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # One JSON object and nothing else on stdout.
    assert data["failed"] == {}
    assert data["quick"] is True
    assert list(data["figures"]) == ["engine"]
    engine = data["figures"]["engine"]
    assert set(engine) == FIGURE_KEYS
    assert engine["unit"] == "ms" and engine["target_on"] == "p95" and engine["target"] == 2.0
    assert 0 < engine["value"] <= engine["p95"]
    assert engine["floor"] > 0 and engine["ratio"] > 0
    assert engine["details"]["profiles"] == data["settings"]["profiles"] == 200
    assert engine["details"]["over_budget"] == 0
    assert isinstance(engine["pass"], bool)
    assert data["all_targets_met"] == engine["pass"]
    assert "engine" in result.stderr  # The readable table goes to stderr.


def test_unknown_name_exits_2_without_measuring() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--only", "nothing"],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "--only" in result.stderr and result.stdout == ""


def test_children_use_bytecode_like_an_installed_app(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Floor and subject both write and read compiled bytecode (in a cache private to the
    benchmark run) even when the caller's environment forbids writing it: an installed
    TeamBuilder never compiles its modules from source at every start."""
    from bench.procs import child_env

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = child_env(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    cache = Path(env["PYTHONPYCACHEPREFIX"])
    assert cache.is_dir()
    assert not cache.is_relative_to(ROOT)  # nothing is written into the source tree
    assert child_env(tmp_path / "other")["PYTHONPYCACHEPREFIX"] == str(cache)
