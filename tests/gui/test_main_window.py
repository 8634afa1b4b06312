"""The main window: live updates, the plan's life cycle, views, menus and remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

import teambuilder.domain.engine as engine
from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.planfile import load_plan
from teambuilder.domain.profile import Profile
from teambuilder.gui.main_window import VIEWS, MainWindow
from teambuilder.gui.profile_panel import DEFAULT_PROFILE
from teambuilder.gui.team_model import TeamModel

Button = QMessageBox.StandardButton


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make every message box answer ``button``; returns the texts it was asked."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def _spin(window: MainWindow, name: str) -> QSpinBox:
    widget = window.findChild(QSpinBox, name)
    assert isinstance(widget, QSpinBox)
    return widget


def test_first_start_shows_a_plan_for_the_default_profile(window: MainWindow) -> None:
    rec = window.recommendation()
    assert rec is not None
    assert rec.profile == DEFAULT_PROFILE
    assert rec.team, "the default profile should get at least one team line"
    assert window.team_view.team_model.rowCount() == len(rec.team)
    assert window.windowTitle() == "Untitled[*] — TeamBuilder"
    assert not window.isWindowModified()


def test_contract_object_names_exist(window: MainWindow) -> None:
    for name in ("companySize", "marketFocus", "monthlyBudget", "teamView", "compareView",
                 "roleLibrary"):
        assert isinstance(window.findChild(QWidget, name), QWidget), name


def _shown_budget(window: MainWindow) -> float | None:
    """The budget of the plan the team view shows (None before the first plan)."""
    rec = window.team_view.team_model.recommendation()
    return None if rec is None else rec.monthly_budget


def _shown_size(window: MainWindow) -> int | None:
    rec = window.team_view.recommendation()
    return None if rec is None else rec.profile.size


def test_changing_inputs_updates_the_team_view(window: MainWindow, qtbot: QtBot) -> None:
    budget = _spin(window, "monthlyBudget")
    budget.setValue(30000)
    qtbot.waitUntil(lambda: _shown_budget(window) == 30000)
    size = _spin(window, "companySize")
    size.setValue(80)
    qtbot.waitUntil(lambda: _shown_size(window) == 80)
    assert window.isWindowModified()


def test_rapid_changes_are_coalesced_and_an_unchanged_profile_is_not_recomputed(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Profile] = []
    real = engine.recommend

    def counting(profile: Profile, *args: object, **kwargs: object) -> object:
        calls.append(profile)
        return real(profile, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "recommend", counting)
    size = _spin(window, "companySize")
    for value in (13, 14, 15, 16):  # like holding the arrow key
        size.setValue(value)
    qtbot.waitUntil(lambda: (rec := window.recommendation()) is not None
                    and rec.profile.size == 16)
    assert len(calls) == 1
    window.recompute()  # nothing changed
    size.setValue(17)
    size.setValue(16)  # back where it was before the timer fired
    qtbot.wait(200)
    assert len(calls) == 1


def test_save_then_open_gives_the_same_plan(window: MainWindow, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    profile = Profile(size=30, focus="b2c", budget=15000, goals=("sales",), horizon="quick",
                      have=("seo_specialist",))
    window.profile_panel.set_profile(profile)
    window.recompute()
    before = window.recommendation()
    path = tmp_path / "shop.tbplan"
    assert window.save_to(path)
    assert load_plan(path).profile == profile
    assert window.windowTitle() == "shop[*] — TeamBuilder" and not window.isWindowModified()

    assert window.new_plan()
    assert window.profile_panel.profile() == DEFAULT_PROFILE
    assert window.open_plan(path)
    assert window.profile_panel.profile() == profile
    assert window.recommendation() == before
    assert not window.isWindowModified()
    assert window.document.path == path


def test_a_bad_plan_file_is_refused_and_the_plan_on_screen_kept(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, Button.Ok)
    bad = tmp_path / "broken.tbplan"
    bad.write_text("{not json", encoding="utf-8")
    before = window.recommendation()
    assert not window.open_plan(bad, ask=False)
    assert asked == ["The plan “\u2068broken\u2069” could not be opened."]
    assert window.recommendation() == before
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_unsaved_changes_prompt_cancel_keeps_the_plan(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _spin(window, "companySize").setValue(44)
    assert window.isWindowModified()
    asked = _answer(monkeypatch, Button.Cancel)
    assert not window.new_plan()
    assert asked == ["Do you want to save the changes to “Untitled”?"]
    assert window.profile_panel.profile().size == 44


def test_unsaved_changes_prompt_discard_goes_on(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _spin(window, "companySize").setValue(44)
    _answer(monkeypatch, Button.Discard)
    assert window.new_plan()
    assert window.profile_panel.profile() == DEFAULT_PROFILE
    assert not window.isWindowModified()


def test_unsaved_changes_prompt_save_writes_the_file(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "kept.tbplan"
    assert window.save_to(path)
    _spin(window, "companySize").setValue(45)
    _answer(monkeypatch, Button.Save)
    assert window.new_plan()
    assert load_plan(path).profile.size == 45


def test_closing_with_unsaved_changes_asks_and_can_be_cancelled(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _spin(window, "companySize").setValue(46)
    asked = _answer(monkeypatch, Button.Cancel)
    window.close()
    assert asked and window.isVisible()


def test_no_prompt_without_changes(window: MainWindow,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, Button.Cancel)
    assert window.new_plan()
    assert asked == []


def test_each_view_renders(window: MainWindow, qtbot: QtBot) -> None:
    for view in VIEWS:
        window.show_view(view)
        assert window.current_view() == view
        assert window.view_actions[view].isChecked()
        image = window.grab().toImage()
        assert image.width() >= 1024 and not image.isNull()


def test_view_shortcuts_switch_views(window: MainWindow) -> None:
    window.view_actions["library"].trigger()
    assert window.current_view() == "library"
    assert window.view_actions["compare"].shortcut().toString() == "Ctrl+2"


def test_standard_shortcuts_are_set(window: MainWindow) -> None:
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    assert window.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_a_combined_line_can_be_compared_with_its_specialists(
        window: MainWindow, qtbot: QtBot) -> None:
    rec = window.recommendation()
    assert rec is not None
    model = window.team_view.team_model
    rows = [r for r in range(model.rowCount())
            if model.index(r, 0).data(TeamModel.IsCombinedRole)]
    assert rows, "the default plan should include a combined role"
    card = window.team_view.cards()[rows[0]]
    assert card.compare_button.isVisible()
    qtbot.mouseClick(card.compare_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "compare"
    entry = window.catalogue().role(model.line(rows[0]).entry_id)
    selection = window.compare_view.selection()  # type: ignore[attr-defined]
    assert selection[0] == entry.id
    assert set(selection[1:]) <= set(entry.merges)  # type: ignore[union-attr]
    assert 2 <= len(selection) <= 4


def test_recent_files_and_geometry_are_remembered(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = MainWindow("en")
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 640)
    path = tmp_path / "remember.tbplan"
    assert first.save_to(path)
    first.close()

    second = MainWindow("en")
    qtbot.addWidget(second)
    assert second.height() == 640  # (the offscreen test screen is too narrow to test width)
    second.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in second.recent_menu.actions()]
    assert "&1 remember.tbplan" in texts


def test_tab_moves_through_the_profile_in_reading_order(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    window.activateWindow()
    size = _spin(window, "companySize")
    size.setFocus()
    order = []
    for _ in range(3):
        focused = QApplication.focusWidget()
        while focused is not None and not focused.objectName():
            focused = focused.parentWidget()
        order.append(focused.objectName() if focused else "")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["companySize", "marketFocus", "monthlyBudget"]


def test_switching_language_mirrors_the_window_and_translates_the_plan(
        window: MainWindow) -> None:
    english_title = window.team_view.cards()[0].title.text()
    window.language_actions["fa"].trigger()
    assert window.language() == "fa"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    rec = window.recommendation()
    assert rec is not None
    persian = load_catalogue("fa").role(rec.team[0].entry_id).name
    assert window.team_view.cards()[0].title.text() == rec.team[0].title
    assert persian in rec.team[0].title and rec.team[0].title != english_title
    window.language_actions["en"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.team_view.cards()[0].title.text() == english_title


def _save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_export_csv_and_pdf_from_the_file_menu(window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    rec = window.recommendation()
    assert rec is not None
    _save_dialog_returns(monkeypatch, tmp_path / "team")  # the extension is added
    window.export_csv_action.trigger()
    text = (tmp_path / "team.csv").read_text(encoding="utf-8")
    assert all(line.title in text for line in rec.team)
    _save_dialog_returns(monkeypatch, tmp_path / "report.pdf")
    window.export_pdf_action.trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_cost_assumptions_change_the_plan_and_are_saved_with_it(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teambuilder.gui import cost_dialog

    overrides = {"currency": "EUR"}
    monkeypatch.setattr(cost_dialog.CostDialog, "exec",
                        lambda self: int(cost_dialog.CostDialog.DialogCode.Accepted.value))
    monkeypatch.setattr(cost_dialog.CostDialog, "overrides", lambda self: dict(overrides))
    window.costs_action.trigger()
    rec = window.recommendation()
    assert rec is not None and rec.currency == "EUR"
    assert window.costs().currency == "EUR"
    currency = window.profile_panel.findChild(QLabel, "currencyLabel")
    assert currency is not None and "EUR" in currency.text()
    assert window.isWindowModified()
    path = tmp_path / "euro.tbplan"
    assert window.save_to(path)
    assert load_plan(path).cost_overrides == overrides
    assert window.new_plan()
    assert window.costs().currency == "USD"
    assert window.open_plan(path)
    assert window.costs().currency == "EUR"


def test_help_menu_opens_about_and_shortcuts(window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    def record(dialog: QDialog) -> int:
        shown.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    window.about_action.trigger()
    window.shortcuts_action.trigger()
    assert shown == ["AboutDialog", "ShortcutsDialog"]


def test_a_budget_too_small_for_anyone_says_so(window: MainWindow, qtbot: QtBot) -> None:
    _spin(window, "monthlyBudget").setValue(100)
    qtbot.waitUntil(lambda: (rec := window.recommendation()) is not None
                    and rec.monthly_budget == 100)
    rec = window.recommendation()
    assert rec is not None and not rec.team and rec.deferred
    summary = window.findChild(QLabel, "teamSummary")
    assert summary is not None
    assert summary.text() == "No one fits within a budget of $100 a month yet."
    assert window.team_view.cards() == []
    assert window.team_view.deferred_model.rowCount() == len(rec.deferred)


def test_the_compare_view_starts_from_the_plan(window: MainWindow) -> None:
    rec = window.recommendation()
    assert rec is not None
    window.show_view("compare")
    selection = window.compare_view.selection()  # type: ignore[attr-defined]
    assert 2 <= len(selection) <= 4
    assert selection[0] in {line.entry_id for line in rec.team}
