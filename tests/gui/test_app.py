"""Launch options: checked before Qt starts, one-line errors, and the --screenshot contract."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from teambuilder.app import LaunchOptions, main, parse_options
from teambuilder.domain.planfile import Plan, PlanFileError, save_plan
from teambuilder.domain.profile import Profile
from teambuilder.gui.main_window import MainWindow
from teambuilder.gui.profile_panel import DEFAULT_PROFILE


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
    # A scripted picture keeps the command-line contract for a plan that cannot be opened.
    (["--open", "/no/such/plan.tbplan", "--screenshot", "shot.png"], "the file does not exist"),
    (["/no/such/plan.tbplan", "--focus", "b2x"], "--focus must be b2b, b2c or both"),
    (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["recomend"], "'recomend' is neither a command nor a plan file; the commands are "
                   "compare, recommend, roles, show"),
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
    assert main([str(path), "--screenshot", str(tmp_path / "shot.png")]) == 2
    assert not (tmp_path / "shot.png").exists()
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


# ------------------------------------------------------- a double-clicked plan that is broken


def _broken_plans(folder: Path) -> dict[str, tuple[Path, str]]:
    """Plan files a double-click may hand over: kind -> (path, PlanFileError.reason)."""
    future = folder / "future.tbplan"
    future.write_text('{"schema_version": 99, "profile": {}}', encoding="utf-8")
    not_json = folder / "notes.tbplan"
    not_json.write_text("budget = 3000\n", encoding="utf-8")
    empty = folder / "empty.tbplan"
    empty.write_bytes(b"")
    huge = folder / "huge.tbplan"
    with huge.open("wb") as stream:
        stream.truncate(64 * 1024 * 1024)  # sparse
    a_folder = folder / "folder.tbplan"
    a_folder.mkdir()
    return {"missing": (folder / "gone.tbplan", "missing"),
            "not JSON": (not_json, "damaged"), "empty": (empty, "damaged"),
            "from a newer version": (future, "newer_version"), "huge": (huge, "too_large"),
            "a folder": (a_folder, "folder")}


def test_a_broken_plan_given_at_launch_opens_the_window_with_the_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import teambuilder.app as launcher

    started: list[LaunchOptions] = []
    def run(opts: LaunchOptions) -> int:
        started.append(opts)
        return 0

    monkeypatch.setattr(launcher, "_run", run)
    for kind, (path, reason) in _broken_plans(tmp_path).items():
        started.clear()
        before = path.read_bytes() if path.is_file() else None
        assert main(["--size", "40", str(path)]) == 0, kind  # the window's own status
        (opts,) = started
        assert opts.plan is None and opts.plan_error is not None, kind
        assert opts.plan_error.path == path and opts.plan_error.reason == reason, kind
        assert opts.size == 40  # the other options still apply
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"teambuilder: error: Cannot open {path}")
        if before is not None:
            assert path.read_bytes() == before, kind


def _launch(qapp: QApplication, args: list[str], monkeypatch: pytest.MonkeyPatch,
            look: Callable[[MainWindow], None]) -> tuple[int, list[tuple[str, str, str]]]:
    """Run the real launcher in this process; ``look`` sees the window, then it closes.

    Message boxes are answered at once and returned (their text, informative text and
    object name are copied before they go).
    """
    boxes: list[tuple[str, str, str]] = []

    def answer(box: QMessageBox) -> int:
        boxes.append((box.objectName(), box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)

    def look_and_close() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
        try:
            look(window)
        finally:
            window.document.set_dirty(False)
            window.close()
            window.deleteLater()  # closing the last window ends app.exec()

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.exit(3))
    watchdog.start(60_000)
    QTimer.singleShot(0, look_and_close)
    try:
        code = main(args)
    finally:
        watchdog.stop()
    return code, boxes


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
def test_a_double_clicked_broken_plan_shows_the_window_and_a_clear_message(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shop plan.tbplan"
    path.write_bytes(b'{"schema_version": 1, "profile": {"size": 12, "foc')  # cut short
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    seen: list[tuple[Profile, bool, Path | None]] = []

    def look(window: MainWindow) -> None:
        seen.append((window.profile_panel.profile(), window.document.dirty,
                     window.document.path))

    code, boxes = _launch(qapp, [str(path)], monkeypatch, look)
    assert code == 0
    ((name, text, informative),) = boxes
    assert name == "launchError"
    assert text == "The plan “\u2068shop plan\u2069” could not be opened."
    assert "damaged or is not a TeamBuilder plan" in informative
    assert "TeamBuilder has started with a new plan instead" in informative
    assert f"\u2068Cannot open {path}: it is incomplete" in informative  # the details
    ((profile, dirty, document_path),) = seen
    assert profile == DEFAULT_PROFILE and not dirty and document_path is None
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert "it is incomplete" in capsys.readouterr().err


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_double_clicked_plan_with_unusable_costs_opens_with_the_built_in_figures(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "odd.tbplan"
    profile = Profile(size=7, focus="b2c", budget=4200)
    save_plan(Plan(profile=profile, cost_overrides={"currency": "dollars"}), path)
    before = path.read_bytes()
    seen: list[tuple[Profile, Path | None, str]] = []

    def look(window: MainWindow) -> None:
        seen.append((window.profile_panel.profile(), window.document.path,
                     window.statusBar().currentMessage()))

    code, boxes = _launch(qapp, [str(path)], monkeypatch, look)
    assert code == 0 and boxes == []
    ((shown, document_path, status),) = seen
    assert shown == profile and document_path == path
    assert "built-in figures" in status and "currency" in status and "dollars" in status
    assert path.read_bytes() == before


def test_the_launch_message_is_translated_with_the_english_detail_isolated(
        qtbot: QtBot, tmp_path: Path) -> None:
    from teambuilder.domain.planfile import load_plan
    from teambuilder.gui import i18n
    from teambuilder.gui.launch_error import show_launch_error

    path = tmp_path / "نان.tbplan"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "exec", answer)
        i18n.install_language(app, "fa")
        try:
            show_launch_error(parent, caught.value)
        finally:
            i18n.install_language(app, "en")
    ((text, informative),) = shown
    assert f"\u2068{path.stem}\u2069" in text
    assert not any("a" <= c.lower() <= "z" for c in text)  # the sentence is Persian
    english = f"\u2068{caught.value}\u2069"
    assert english in informative  # the English detail, isolated
    outside = informative.replace(english, "").replace("TeamBuilder", "")
    assert not any("a" <= c.lower() <= "z" for c in outside), outside


def test_the_gui_entry_point_runs_subcommands_like_python_m_teambuilder(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`teambuilder roles --json` (the installed GUI script) answers as the CLI does."""
    assert main(["roles", "--json"]) == 0
    via_app = capsys.readouterr().out
    from teambuilder.cli import main as cli_main

    assert cli_main(["roles", "--json"]) == 0
    assert via_app == capsys.readouterr().out
    assert '"digital_marketing_director"' in via_app
