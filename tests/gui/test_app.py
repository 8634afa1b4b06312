"""Launch options: checked before Qt starts, one-line errors, and the --screenshot contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teambuilder.app import main, parse_options
from teambuilder.domain.planfile import Plan, save_plan
from teambuilder.domain.profile import Profile


@pytest.mark.parametrize(("args", "fragment"), [
    (["--size", "abc"], "--size must be a whole number"),
    (["--size", "0"], "--size must be between 1"),
    (["--focus", "b2x"], "--focus must be b2b, b2c or both"),
    (["--budget", "-5"], "--budget must be a positive amount"),
    (["--budget", "lots"], "--budget must be a positive amount"),
    (["--lang", "xx"], "--lang must be one of en, fa, ar, ro, vi"),
    (["--view", "table"], "--view must be team, compare or library"),
    (["--compare", "seo_specialist"], "--compare needs two to four role ids"),
    (["--compare", "seo_specialist,nobody"], "unknown role id 'nobody'"),
    (["--compare", "a,b,c,d,e"], "--compare needs two to four role ids"),
    (["--screenshot", "shot.jpg"], "--screenshot must name a .png file"),
    (["--screenshot", "/no/such/folder/x.png"], "does not exist"),
    (["--open", "/no/such/plan.tbplan"], "the file does not exist"),
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
])
def test_bad_options_give_one_line_and_exit_2(args: list[str], fragment: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("teambuilder: error: ")
    assert fragment in lines[0]


def test_good_options_are_read(tmp_path: Path) -> None:
    plan_path = tmp_path / "p.tbplan"
    save_plan(Plan(profile=Profile(size=5, focus="b2c", budget=3000)), plan_path)
    opts = parse_options(["--size", "40", "--focus", "both", "--budget", "25,000",
                          "--lang", "fa", "--view", "compare",
                          "--compare", "seo_specialist,paid_media_manager",
                          "--screenshot", str(tmp_path / "s.png"), str(plan_path)])
    assert (opts.size, opts.focus, opts.budget, opts.lang, opts.view) == (
        40, "both", 25000.0, "fa", "compare")
    assert opts.compare == ["seo_specialist", "paid_media_manager"]
    assert opts.plan is not None and opts.plan.profile.size == 5


def test_a_plan_with_unusable_cost_assumptions_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.tbplan"
    save_plan(Plan(profile=Profile(size=5, focus="b2c", budget=3000),
                   cost_overrides={"currency": "dollars"}), path)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("teambuilder: error: the plan's cost assumptions cannot be used")
    assert "currency" in err and len(err.strip().splitlines()) == 1


def _run_app(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEAMBUILDER_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "teambuilder", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_screenshot_writes_a_non_blank_png_at_1280x800(tmp_path: Path,
                                                         _private_home: Path) -> None:
    shot = tmp_path / "window.png"
    result = _run_app(["--size", "40", "--focus", "both", "--budget", "25000",
                       "--screenshot", str(shot)], _private_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20  # text, bars, frames: not a blank or single-colour window


@pytest.mark.slow
def test_bad_option_in_a_real_launch_exits_2(_private_home: Path) -> None:
    result = _run_app(["--focus", "everyone"], _private_home)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "teambuilder: error: --focus must be b2b, b2c or both, not 'everyone'")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_screenshot_run_inside_a_running_application_leaves_its_event_loop_working(
        qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """Embedded (as here, or in a test) main() must not end the host's later event loops."""
    shot = tmp_path / "embedded.png"
    assert main(["--size", "8", "--screenshot", str(shot)]) == 0
    assert not QImage(str(shot)).isNull()

    fired: list[bool] = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # timed out when main() used quit()
