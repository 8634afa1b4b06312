"""The open plan's name and unsaved mark; the remembered window state and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from teambuilder.domain.planfile import Plan
from teambuilder.domain.profile import Profile
from teambuilder.domain.userdirs import state_dir
from teambuilder.gui.document import MAX_RECENT, STATE_FILE, PlanDocument, WindowState


def test_a_new_plan_is_untitled_and_clean(qtbot: QtBot) -> None:
    doc = PlanDocument()
    assert doc.path is None and not doc.dirty
    assert doc.window_title() == "Untitled[*] — TeamBuilder"


def test_the_title_follows_the_file_and_the_unsaved_mark(qtbot: QtBot, tmp_path: Path) -> None:
    doc = PlanDocument()
    with qtbot.waitSignal(doc.changed):
        doc.set_dirty()
    assert doc.dirty
    plan = Plan(title="Growth", profile=Profile(size=3, focus="b2c", budget=2000),
                cost_overrides={"currency": "EUR"}, notes="n")
    with qtbot.waitSignal(doc.changed):
        doc.adopt(plan, tmp_path / "bakery.tbplan")
    assert not doc.dirty
    assert doc.window_title() == "bakery[*] — TeamBuilder"
    again = doc.to_plan(plan.profile, "ro")
    assert (again.title, again.notes, again.cost_overrides, again.lang) == (
        "Growth", "n", {"currency": "EUR"}, "ro")
    doc.reset()
    assert doc.path is None and doc.cost_overrides is None and doc.title == ""


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    state = WindowState()
    for name in ("a", "b", "a", "c"):
        state.add_recent(tmp_path / f"{name}.tbplan")
    assert [p.name for p in state.recent_files()] == ["c.tbplan", "a.tbplan", "b.tbplan"]
    for number in range(MAX_RECENT + 3):
        state.add_recent(tmp_path / f"{number}.tbplan")
    assert len(state.recent_files()) == MAX_RECENT
    state.remove_recent(tmp_path / f"{MAX_RECENT + 2}.tbplan")
    assert tmp_path / f"{MAX_RECENT + 2}.tbplan" not in state.recent_files()


def test_state_survives_a_restart_and_lives_in_the_state_folder(tmp_path: Path) -> None:
    state = WindowState()
    state.add_recent(tmp_path / "kept.tbplan")
    state.set_geometry(QByteArray(b"\x01\x02geometry"))
    assert (state_dir() / STATE_FILE).is_file()
    again = WindowState()
    assert again.recent_files() == [tmp_path / "kept.tbplan"]
    assert again.geometry() == QByteArray(b"\x01\x02geometry")


def test_a_damaged_state_file_is_ignored(tmp_path: Path) -> None:
    (state_dir() / STATE_FILE).write_text("{not json", encoding="utf-8")
    state = WindowState()
    assert state.recent_files() == [] and state.geometry() is None
    (state_dir() / STATE_FILE).write_text('{"recent": [1, "", "x.tbplan"], "geometry": 5}',
                                          encoding="utf-8")
    state = WindowState()
    assert state.recent_files() == [Path("x.tbplan")] and state.geometry() is None
    state.clear_recent()
    assert WindowState().recent_files() == []
