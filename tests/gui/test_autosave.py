"""Autosave and crash recovery: unsaved work is copied a moment after each change, offered
back after a crash (a real process killed with SIGKILL), and removed once it is safe."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from teambuilder import app as launcher
from teambuilder.domain import recovery
from teambuilder.domain.planfile import Plan, load_plan, save_plan
from teambuilder.domain.profile import Profile
from teambuilder.domain.recovery import find_orphans, read_recovery, write_recovery
from teambuilder.domain.userdirs import autosave_dir
from teambuilder.gui.autosave import Autosaver, offer_recovery
from teambuilder.gui.file_open import install_file_open_handler
from teambuilder.gui.main_window import MainWindow
from teambuilder.gui.profile_panel import DEFAULT_PROFILE

QUICK_MS = 20
DEAD = 999_999_999


def run_app_once(qapp: QApplication) -> int:
    """Run the real launcher in this process; a watchdog ends it should the driver fail.

    The driver must end the session by closing the window (never ``quit()`` a second time:
    a stray Quit event would end the next test's event loops at once).
    """
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.exit(3))
    watchdog.start(60_000)
    try:
        return launcher.main([])
    finally:
        watchdog.stop()


def spin(window: MainWindow, name: str) -> QSpinBox:
    widget = window.findChild(QSpinBox, name)
    assert isinstance(widget, QSpinBox)
    return widget


def answer_recovery(monkeypatch: pytest.MonkeyPatch, button: str | None) -> list[str]:
    """Make the recovery question click ``button`` (an object name; None closes it)."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        if button is not None:
            choice = box.findChild(QPushButton, button)
            assert isinstance(choice, QPushButton), button
            choice.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


@pytest.fixture
def saver(window: MainWindow) -> Autosaver:
    return Autosaver(window, QUICK_MS)


def own_file() -> Path:
    return autosave_dir() / f"recovery-{os.getpid()}.json"


# ------------------------------------------------------------------------------ autosave


def test_a_change_is_autosaved_after_the_delay(window: MainWindow, saver: Autosaver,
                                               qtbot: QtBot) -> None:
    assert not saver.is_pending()
    with qtbot.waitSignal(saver.saved, timeout=5000) as blocker:
        spin(window, "companySize").setValue(33)
        assert saver.is_pending()
        assert not own_file().exists()  # not at once: a moment after the change
    assert blocker.args == [own_file()]
    copy = read_recovery(own_file())
    assert copy.plan.profile.size == 33
    assert copy.original_path is None  # an untitled plan is kept too
    assert copy.pid == os.getpid()


def test_a_burst_of_changes_is_written_once(window: MainWindow, saver: Autosaver,
                                            qtbot: QtBot) -> None:
    written: list[Path] = []
    saver.saved.connect(written.append)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        for size in range(20, 30):
            spin(window, "companySize").setValue(size)
    qtbot.wait(5 * QUICK_MS)
    assert len(written) == 1
    assert read_recovery(own_file()).plan.profile.size == 29


def test_the_default_delay_is_a_few_seconds(window: MainWindow) -> None:
    saver = Autosaver(window)
    timer = saver.findChild(QTimer, "autosaveTimer")
    assert isinstance(timer, QTimer)
    assert 1000 <= timer.interval() <= 10000 and timer.isSingleShot()


def test_a_saved_plan_records_its_file_and_saving_removes_the_copy(
        window: MainWindow, saver: Autosaver, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bakery.tbplan"
    assert window.save_to(path)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        spin(window, "monthlyBudget").setValue(12345)
    assert read_recovery(own_file()).original_path == path
    with qtbot.waitSignal(saver.removed, timeout=5000):
        assert window.save_to(path)
    assert not own_file().exists()
    assert load_plan(path).profile.budget == 12345


def test_cost_changes_are_autosaved(window: MainWindow, saver: Autosaver, qtbot: QtBot,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from teambuilder.gui import cost_dialog

    with qtbot.waitSignal(saver.saved, timeout=5000):
        spin(window, "companySize").setValue(40)  # unsaved now: the mark will not change
    monkeypatch.setattr(cost_dialog.CostDialog, "exec",
                        lambda self: cost_dialog.CostDialog.DialogCode.Accepted)
    monkeypatch.setattr(cost_dialog.CostDialog, "overrides",
                        lambda self: {"currency": "EUR"})
    with qtbot.waitSignal(saver.saved, timeout=5000):
        window.edit_costs()
    assert read_recovery(own_file()).plan.cost_overrides == {"currency": "EUR"}


@pytest.mark.parametrize("action", ["new", "open", "discard"])
def test_work_made_safe_or_given_up_removes_the_copy(
        window: MainWindow, saver: Autosaver, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    other = tmp_path / "other.tbplan"
    save_plan(Plan(profile=Profile(size=3, focus="b2c", budget=2000)), other)
    with qtbot.waitSignal(saver.saved, timeout=5000):
        spin(window, "companySize").setValue(77)
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: int(QMessageBox.StandardButton.Discard.value))
    if action == "new":
        assert window.new_plan()
    elif action == "open":
        assert window.open_plan(other)
    else:  # a clean quit after choosing Discard
        window.document.set_dirty(False)
        saver.remove()
    assert not own_file().exists()
    qtbot.wait(5 * QUICK_MS)
    assert not own_file().exists()  # and nothing pending writes it again


def test_a_failed_autosave_is_said_in_the_status_bar_not_raised(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    saver = Autosaver(window, QUICK_MS, folder=blocker)
    spin(window, "companySize").setValue(31)
    with caplog.at_level(logging.WARNING):
        assert not saver.save_now()
    assert "could not be autosaved" in window.statusBar().currentMessage()
    assert "autosave failed" in caplog.text


def test_clean_plan_is_not_autosaved(window: MainWindow, saver: Autosaver) -> None:
    assert not window.document.dirty
    assert not saver.save_now()
    assert not own_file().exists()


# ------------------------------------------------------------------------------ recovery


def orphan(profile: Profile, original: Path | None = None) -> Path:
    return write_recovery(Plan(profile=profile, cost_overrides={"currency": "EUR"}),
                          original, pid=DEAD)


def test_restore_shows_the_plan_modified_with_its_file(
        window: MainWindow, saver: Autosaver, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    lost = Profile(size=33, focus="b2c", budget=7777, goals=("sales",))
    original = tmp_path / "bakery.tbplan"
    old = orphan(lost, original)
    asked = answer_recovery(monkeypatch, "recoveryRestore")
    assert offer_recovery(window, saver)
    assert asked and "“\u2068bakery\u2069”" in asked[0] and "did not close properly" in asked[0]
    assert window.profile_panel.profile() == lost
    assert window.document.dirty and window.isWindowModified()
    assert window.document.path == original
    assert window.windowTitle().startswith("bakery[*]")
    assert window.costs().currency == "EUR"
    rec = window.recommendation()
    assert rec is not None and rec.profile == lost
    assert not old.exists()  # the crashed copy is gone...
    assert read_recovery(own_file()).plan.profile == lost  # ...but the work is kept at once


def test_discard_deletes_the_copy_and_keeps_the_window(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    old = orphan(Profile(size=33, focus="b2c", budget=7777))
    answer_recovery(monkeypatch, "recoveryDiscard")
    assert not offer_recovery(window)
    assert not old.exists()
    assert window.profile_panel.profile() == DEFAULT_PROFILE
    assert not window.document.dirty


def test_closing_the_question_keeps_the_copy_for_later(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    old = orphan(Profile(size=33, focus="b2c", budget=7777))
    answer_recovery(monkeypatch, None)
    assert not offer_recovery(window)
    assert old.exists()
    assert window.profile_panel.profile() == DEFAULT_PROFILE


def test_nothing_to_recover_asks_nothing(window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_recovery(monkeypatch, "recoveryRestore")
    write_recovery(Plan(profile=DEFAULT_PROFILE), None, pid=os.getppid())  # a running one
    assert not offer_recovery(window)
    assert asked == []


def test_a_broken_copy_is_ignored_with_a_log_line(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    broken = autosave_dir() / f"recovery-{DEAD}.json"
    broken.write_text('{"format": "teambuilder-recovery", "version": 1, "pid": 5, "pl')
    asked = answer_recovery(monkeypatch, "recoveryRestore")
    with caplog.at_level(logging.WARNING):
        assert not offer_recovery(window)
    assert asked == []
    assert broken.name in caplog.text
    assert window.profile_panel.profile() == DEFAULT_PROFILE


def test_the_newest_orphan_is_offered(window: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    write_recovery(Plan(profile=Profile(size=5, focus="b2b", budget=1000)), None,
                   pid=DEAD, now=datetime(2025, 1, 1, tzinfo=UTC))
    write_recovery(Plan(profile=Profile(size=6, focus="b2b", budget=1000)), None,
                   pid=DEAD - 1, now=datetime(2025, 2, 1, tzinfo=UTC))
    answer_recovery(monkeypatch, "recoveryRestore")
    assert offer_recovery(window)
    assert window.profile_panel.profile().size == 6
    assert [o.pid for o in find_orphans()] == [DEAD]  # the older one waits for next time


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
def test_recovery_prompt_picture(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                 tmp_path: Path) -> None:
    """The question is readable: both buttons, the plan's name, the time."""
    orphan(Profile(size=33, focus="b2c", budget=7777), tmp_path / "Bakery plan.tbplan")
    shots: list[bool] = []

    def fake_exec(box: QMessageBox) -> int:
        box.show()
        picture = box.grab()
        shots.append(picture.width() > 200 and picture.height() > 80)
        if os.environ.get("TEAMBUILDER_SHOTS"):
            picture.save(str(Path(os.environ["TEAMBUILDER_SHOTS"]) / "recovery.png"))
        names = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
        assert names["recoveryRestore"] == "&Restore"
        assert names["recoveryDiscard"] == "&Discard"
        box.findChild(QPushButton, "recoveryDiscard").click()  # type: ignore[union-attr]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    offer_recovery(window)
    assert shots == [True]


# ------------------------------------------------------------------------------ file open


def test_a_file_open_event_opens_the_plan(window: MainWindow, qapp: QApplication,
                                          qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "from finder.tbplan"
    save_plan(Plan(profile=Profile(size=44, focus="both", budget=5000)), path)
    install_file_open_handler(qapp, window)
    spin(window, "companySize").setValue(45)  # unsaved: the usual question comes first
    asked: list[str] = []

    def discard(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Discard.value)

    monkeypatch.setattr(QMessageBox, "exec", discard)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: window.document.path == path, timeout=5000)
    assert asked and "save the changes" in asked[0]
    assert window.profile_panel.profile().size == 44
    assert not window.document.dirty


def test_a_file_open_event_can_be_cancelled(window: MainWindow, qapp: QApplication,
                                            qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.tbplan"
    save_plan(Plan(profile=Profile(size=44, focus="both", budget=5000)), path)
    install_file_open_handler(qapp, window)
    spin(window, "companySize").setValue(45)
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: int(QMessageBox.StandardButton.Cancel.value))
    QApplication.postEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(path))))
    qtbot.wait(50)
    assert window.profile_panel.profile().size == 45
    assert window.document.path is None and window.document.dirty


def test_other_events_pass_through_the_file_open_handler(window: MainWindow,
                                                         qapp: QApplication) -> None:
    handler = install_file_open_handler(qapp, window)
    assert not handler.eventFilter(qapp, QEvent(QEvent.Type.User))


# ------------------------------------------------------------------------------ kill -9


DRIVER = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QSpinBox
    import teambuilder.gui.autosave as autosave
    from teambuilder import app

    real_start = autosave.start_autosave

    def start(window, *args, **kwargs):
        saver = real_start(window, *args, **kwargs)

        def change():
            window.findChild(QSpinBox, "companySize").setValue(33)

        def crash_when_kept(path):
            print("autosaved", path, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        saver.saved.connect(crash_when_kept)
        QTimer.singleShot(0, change)
        return saver

    autosave.start_autosave = start
    sys.exit(app.main(["--focus", "b2c", "--budget", "7777"]))
""")


@pytest.mark.slow
@pytest.mark.qt_log_ignore("setHighDpiScaleFactorRoundingPolicy")  # the app exists already
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_work_survives_kill_9_and_is_restored_at_the_next_start(
        _private_home: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEAMBUILDER_HOME=str(_private_home))
    child = subprocess.run([sys.executable, "-c", DRIVER], env=env, capture_output=True,
                           text=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "autosaved" in child.stdout
    (left,) = autosave_dir().glob("recovery-*.json")
    assert left.name != own_file().name
    kept = json.loads(left.read_text(encoding="utf-8"))
    assert kept["plan"]["profile"]["size"] == 33

    # The next start, in this process: the question comes, Restore brings the work back.
    asked = answer_recovery(monkeypatch, "recoveryRestore")
    seen: list[tuple[Profile, bool, str]] = []

    def look_and_quit() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
        seen.append((window.profile_panel.profile(), window.document.dirty,
                     window.windowTitle()))
        assert own_file().exists()  # the restored work is kept by this process now
        window.document.set_dirty(False)  # a clean quit
        window.close()
        window.deleteLater()  # closing the last window ends app.exec()

    QTimer.singleShot(0, look_and_quit)
    assert run_app_once(qapp) == 0
    assert len(asked) == 1
    ((profile, dirty, title),) = seen
    assert (profile.size, profile.focus, profile.budget) == (33, "b2c", 7777)
    assert dirty and title.startswith("Untitled[*]")
    assert list(autosave_dir().glob("recovery-*.json")) == []  # a clean quit removes it
    assert recovery.find_orphans() == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
def test_a_file_open_event_after_the_window_is_gone_is_dropped(
        qapp: QApplication, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow("en")
    install_file_open_handler(qapp, window)
    opened: list[Path] = []

    def record(_self: MainWindow, path: Path, ask: bool = True) -> bool:
        opened.append(path)
        return False

    monkeypatch.setattr(MainWindow, "open_plan", record)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "late.tbplan")))
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before it runs
    qtbot.wait(50)  # the queued request must not reach the deleted window
    assert opened == []
