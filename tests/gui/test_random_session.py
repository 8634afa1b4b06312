"""Property-based GUI exploration: long random sessions survive without an exception or a
Qt warning, and the window always tells the truth.

A Hypothesis state machine drives a real main window the way a person does: it changes
every input (also by pasting odd text), switches views, picks roles to compare, edits the
cost assumptions, saves, opens good and broken files, starts new plans, answers the
unsaved-changes question every way, autosaves, receives files from the desktop and
switches language. After every action it checks:

- the team view shows the plan for exactly the profile in the inputs, within its budget;
- the title and the unsaved mark match the document, and a clean plan has no autosave copy;
- nothing raised inside Qt, and Qt logged no warning.

The run is derandomised (the same sessions every time, so CI never flakes); set
``TEAMBUILDER_RANDOM_EXAMPLES`` to explore more, new sessions included.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QEvent, Qt, QtMsgType
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import LANGUAGES, ROLE_IDS, load_catalogue
from teambuilder.domain.costs import CostFileError, apply_overrides, default_costs
from teambuilder.domain.planfile import MAX_PLAN_BYTES, PLAN_SUFFIX, load_plan
from teambuilder.domain.profile import MAX_BUDGET, MAX_SIZE
from teambuilder.domain.recovery import recovery_file
from teambuilder.gui import cost_dialog
from teambuilder.gui.autosave import Autosaver
from teambuilder.gui.file_open import FileOpenHandler
from teambuilder.gui.main_window import VIEWS, MainWindow
from teambuilder.gui.profile_panel import DEFAULT_PROFILE

SOAK = int(os.environ.get("TEAMBUILDER_RANDOM_EXAMPLES", "0"))
EXAMPLES = SOAK or 16
STEPS = 150
MIN_ACTIONS = 1500
"""The derandomised run performs about this many actions or more; fewer means the
machine stopped exploring (for example a precondition that never holds)."""

Button = QMessageBox.StandardButton
WARNING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
ALL_IDS = tuple(load_catalogue("en").ids())
GOALS = ("awareness", "leads", "sales", "retention")

BROKEN_FILES: dict[str, bytes | None] = {
    "empty": b"",
    "truncated": b'{"schema_version": 1, "profile": {"size": 3',
    "not json": b"plan: yes",
    "binary": bytes(range(256)) * 4,
    "a list": b"[1, 2, 3]",
    "future": json.dumps({"schema_version": 99, "profile": {}}).encode(),
    "negative budget": json.dumps({"schema_version": 1, "profile": {
        "size": 3, "focus": "b2b", "budget": -5}}).encode(),
    "size zero": json.dumps({"schema_version": 1, "profile": {
        "size": 0, "focus": "b2b", "budget": 500}}).encode(),
    "wrong focus": json.dumps({"schema_version": 1, "profile": {
        "size": 3, "focus": "b2x", "budget": 500}}).encode(),
    "too large": b" " * (MAX_PLAN_BYTES + 1),
    "folder": None,
    "missing": None,
}
ODD_COSTS = json.dumps({"schema_version": 1, "profile": {
    "size": 9, "focus": "both", "budget": 4000}, "cost_overrides": {
        "roles": {"seo_specialist": {"agency": -1}}}}).encode()

# What people paste into a number field: numbers in many scripts and styles, and junk.
DIGITS = {"ascii": "0123456789", "persian": "۰۱۲۳۴۵۶۷۸۹", "arabic": "٠١٢٣٤٥٦٧٨٩"}


@st.composite
def typed_numbers(draw: st.DrawFn) -> str:
    value = draw(st.one_of(st.integers(-100, 200_000), st.integers(0, 10**12)))
    grouped = draw(st.booleans())
    text = f"{value:,}" if grouped else str(value)
    text = text.replace(",", draw(st.sampled_from([",", ".", " ", "\u066c", "\u00a0"])))
    script = DIGITS[draw(st.sampled_from(sorted(DIGITS)))]
    text = "".join(script[int(c)] if c.isdigit() else c for c in text)
    return draw(st.sampled_from(["", "$", "€ ", "USD "])) + text + draw(
        st.sampled_from(["", " lei", " تومان", ".50", ",5"]))


PASTED = st.one_of(typed_numbers(), st.text(max_size=30),
                   st.sampled_from(["", "nan", "inf", "1e9", "-0", "--5", "\u066b", "12abc"]))


FIGURE_TEXT = st.one_of(st.integers(-10, 300_000).map(str), st.sampled_from(
    ["", "nan", "-1", "1e400", "12,5", "abc", "\u06f5\u06f0\u06f0\u06f0"]))


def unusable_costs(path: Path) -> bool:
    """True when the plan file's cost assumptions cannot be used (the window falls back)."""
    overrides = load_plan(path).cost_overrides
    if not overrides:
        return False
    try:
        apply_overrides(default_costs(), overrides, str(path))
    except CostFileError:
        return True
    return False


class Answers:
    """What the patched dialogs answer: set by the machine before each action."""

    def __init__(self) -> None:
        self.unsaved = Button.Discard
        self.save_name = "answer"
        self.cost_edits: list[tuple[int, str]] = []
        self.cost_currency: str | None = None
        self.cost_multiplier: str | None = None
        self.cost_accept = True
        self.errors: list[str] = []


def patch_dialogs(monkeypatch: pytest.MonkeyPatch, answers: Answers, folder: Path) -> None:
    def message_box(box: QMessageBox) -> int:
        if box.standardButtons() & Button.Discard:  # the unsaved-changes question
            return int(answers.unsaved.value)
        answers.errors.append(box.text() + " " + box.informativeText())
        return int(Button.Ok.value)

    def cost_exec(dialog: cost_dialog.CostDialog) -> int:
        model = dialog.model()
        for row, text in answers.cost_edits:
            index = model.index(row % model.rowCount(), cost_dialog.CostColumn.FIGURE)
            model.setData(index, text)
        for name, typed in (("costCurrency", answers.cost_currency),
                            ("costMultiplier", answers.cost_multiplier)):
            if typed is None:
                continue
            line = dialog.findChild(QLineEdit, name)
            if line is None:  # the currency box's editor has no name of its own
                combo = dialog.findChild(QComboBox, name)
                assert combo is not None
                line = combo.lineEdit()
            assert line is not None
            line.setText(typed)
            line.textEdited.emit(typed)
        return int((QDialog.DialogCode.Accepted if answers.cost_accept
                    else QDialog.DialogCode.Rejected).value)

    def save_name(*_: object) -> tuple[str, str]:
        return str(folder / f"{answers.save_name}{PLAN_SUFFIX}"), ""

    monkeypatch.setattr(QMessageBox, "exec", message_box)
    monkeypatch.setattr(cost_dialog.CostDialog, "exec", cost_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)


def make_machine(qtbot: QtBot, qapp: QApplication, folder: Path, answers: Answers,
                 qtlog: Any, counter: list[int]) -> type[RuleBasedStateMachine]:
    """The state machine class, bound to this test's Qt application and folder."""

    class Session(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.window = MainWindow("en")
            self.saver = Autosaver(self.window, 3_600_000, folder / "autosave")
            (folder / "autosave").mkdir(exist_ok=True)
            self.handler = FileOpenHandler(self.window)
            qapp.installEventFilter(self.handler)
            self.languages = 0
            self.cost_edits = 0
            self.pictures = 0

        def teardown(self) -> None:
            qapp.removeEventFilter(self.handler)
            self.window.document.set_dirty(False)
            self.window.close()
            self.window.deleteLater()
            qapp.processEvents()

        def _spin(self, name: str) -> QSpinBox:
            widget = self.window.findChild(QSpinBox, name)
            assert isinstance(widget, QSpinBox)
            return widget

        def _step(self) -> None:
            counter[0] += 1

        # --- inputs ------------------------------------------------------------------

        @initialize()
        def start(self) -> None:
            assert self.window.profile_panel.profile() == DEFAULT_PROFILE

        @rule(value=st.integers(1, MAX_SIZE))
        def set_size(self, value: int) -> None:
            self._spin("companySize").setValue(value)
            self._step()

        @rule(value=st.one_of(st.integers(1, 60_000), st.integers(1, int(MAX_BUDGET))))
        def set_budget(self, value: int) -> None:
            self._spin("monthlyBudget").setValue(value)
            self._step()

        @rule(name=st.sampled_from(["companySize", "monthlyBudget"]), text=PASTED,
              finish=st.sampled_from(["return", "interpret", "nothing"]))
        def paste_text(self, name: str, text: str, finish: str) -> None:
            spin = self._spin(name)
            QApplication.clipboard().setText(text)
            line = spin.lineEdit()
            assert line is not None
            line.selectAll()
            line.paste()
            if finish == "return":
                qtbot.keyClick(spin, Qt.Key.Key_Return)
            elif finish == "interpret":
                spin.interpretText()
            self._step()

        @rule(name=st.sampled_from(["companySize", "monthlyBudget"]),
              steps=st.integers(-3, 3))
        def step_spin(self, name: str, steps: int) -> None:
            self._spin(name).stepBy(steps)
            self._step()

        @rule(name=st.sampled_from(["marketFocus", "timeHorizon"]), index=st.integers(0, 2))
        def choose(self, name: str, index: int) -> None:
            combo = self.window.findChild(QComboBox, name)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(index)
            self._step()

        @rule(goal=st.sampled_from(GOALS))
        def toggle_goal(self, goal: str) -> None:
            box = self.window.findChild(QCheckBox, f"goal_{goal}")
            assert isinstance(box, QCheckBox)
            box.toggle()
            self._step()

        @rule(row=st.integers(0, len(ROLE_IDS) - 1))
        def toggle_covered(self, row: int) -> None:
            roles = self.window.findChild(QListWidget, "rolesCovered")
            assert isinstance(roles, QListWidget)
            item = roles.item(row)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self._step()

        # --- views -------------------------------------------------------------------

        @rule(view=st.sampled_from(VIEWS))
        def switch_view(self, view: str) -> None:
            self.window.view_actions[view].trigger()
            assert self.window.current_view() == view
            self._step()

        @rule(ids=st.lists(st.sampled_from(ALL_IDS), min_size=0, max_size=6))
        def compare(self, ids: list[str]) -> None:
            self.window.compare(ids)
            self._step()

        @rule(slot=st.integers(0, 3), index=st.integers(0, 40))
        def pick_in_compare_view(self, slot: int, index: int) -> None:
            combo = self.window.compare_view.findChild(QComboBox, f"compareSlot{slot + 1}")
            assert isinstance(combo, QComboBox)
            if combo.count():
                combo.setCurrentIndex(index % combo.count())
                combo.activated.emit(combo.currentIndex())
            self._step()

        @rule(row=st.integers(0, 6))
        def compare_a_team_line(self, row: int) -> None:
            cards = self.window.team_view.cards()
            if cards:
                cards[row % len(cards)].compareRequested.emit()
            self._step()

        @precondition(lambda self: self.pictures < 2)
        @rule()
        def look(self) -> None:
            """Paint the whole window (every view's drawing code runs)."""
            self.pictures += 1
            assert not self.window.grab().isNull()
            self._step()

        # --- costs -------------------------------------------------------------------

        @precondition(lambda self: self.cost_edits < 4)  # the dialog is slow to build
        @rule(edits=st.lists(st.tuples(st.integers(0, 500), FIGURE_TEXT), max_size=4),
              currency=st.one_of(st.none(), st.sampled_from(["EUR", "ron", "X", "", "US$"])),
              multiplier=st.one_of(st.none(), st.sampled_from(
                  ["1.3", "0.5", "4", "nan", "", "1,25"])),
              accept=st.booleans())
        def edit_costs(self, edits: list[tuple[int, str]], currency: str | None,
                       multiplier: str | None, accept: bool) -> None:
            self.cost_edits += 1
            answers.cost_edits = edits
            answers.cost_currency, answers.cost_multiplier = currency, multiplier
            answers.cost_accept = accept
            self.window.costs_action.trigger()
            self._step()

        # --- files -------------------------------------------------------------------

        @rule(name=st.sampled_from(["a", "b", "c"]))
        def save(self, name: str) -> None:
            path = folder / f"{name}{PLAN_SUFFIX}"
            assert self.window.save_to(path)
            assert not self.window.document.dirty
            assert self.window.document.path == path
            assert load_plan(path).profile == self.window.profile_panel.profile()
            self._step()

        @rule(where=st.sampled_from(["folder", "missing folder"]))
        def save_fails(self, where: str) -> None:
            target = folder / "a folder" if where == "folder" else folder / "no" / "x.tbplan"
            if where == "folder":
                target.mkdir(exist_ok=True)
            dirty, path = self.window.document.dirty, self.window.document.path
            errors = len(answers.errors)
            assert not self.window.save_to(target)
            assert len(answers.errors) == errors + 1
            assert (self.window.document.dirty, self.window.document.path) == (dirty, path)
            self._step()

        @rule(name=st.sampled_from(["a", "b", "c", "odd costs", *sorted(BROKEN_FILES)]),
              answer=st.sampled_from([Button.Discard, Button.Cancel, Button.Save]))
        def open_file(self, name: str, answer: QMessageBox.StandardButton) -> None:
            path = folder / f"{name}{PLAN_SUFFIX}"
            if name == "odd costs":
                path.write_bytes(ODD_COSTS)
            elif name in BROKEN_FILES:
                content = BROKEN_FILES[name]
                if name == "folder":
                    path.mkdir(exist_ok=True)
                elif content is not None:
                    path.write_bytes(content)
            answers.unsaved, answers.save_name = answer, "answer"
            before = (self.window.profile_panel.profile(), self.window.document.path,
                      self.window.document.dirty)
            # Answering Save writes the open plan first, maybe to this very file.
            saves_first = answer == Button.Save and self.window.document.dirty
            snapshot = path.read_bytes() if path.is_file() and not saves_first else None
            opened = self.window.open_plan(path)
            if name in BROKEN_FILES or not path.exists():
                assert not opened
                if answer != Button.Save:
                    assert (self.window.profile_panel.profile(), self.window.document.path,
                            self.window.document.dirty) == before
            if opened:
                assert self.window.document.path == path
                assert self.window.profile_panel.profile() == load_plan(path).profile
                assert self.window.document.dirty == unusable_costs(path)
            if snapshot is not None and path.is_file():
                assert path.read_bytes() == snapshot  # opening never changes a file
            self._step()

        @rule(name=st.sampled_from(["a", "b", "missing"]))
        def file_from_desktop(self, name: str) -> None:
            answers.unsaved = Button.Discard
            QApplication.sendEvent(qapp, QFileOpenEvent(str(folder / f"{name}{PLAN_SUFFIX}")))
            qapp.processEvents()
            self._step()

        @rule(answer=st.sampled_from([Button.Discard, Button.Cancel, Button.Save]))
        def new_plan(self, answer: QMessageBox.StandardButton) -> None:
            answers.unsaved, answers.save_name = answer, "answer"
            was_dirty = self.window.document.dirty
            done = self.window.new_plan()
            if done:
                assert self.window.profile_panel.profile() == DEFAULT_PROFILE
                assert self.window.document.path is None and not self.window.document.dirty
            else:
                assert was_dirty and answer == Button.Cancel
            self._step()

        @rule()
        def autosave(self) -> None:
            kept = self.saver.save_now()
            assert kept == self.window.document.dirty
            if kept:
                copy = json.loads(recovery_file(folder=folder / "autosave").read_text("utf-8"))
                assert copy["plan"]["profile"]["size"] == self.window.profile_panel.profile().size
            self._step()

        @precondition(lambda self: self.languages < 2)
        @rule(lang=st.sampled_from(LANGUAGES))
        def switch_language(self, lang: str) -> None:
            self.languages += 1
            self.window.set_language(lang)
            assert self.window.language() == lang
            self._step()

        # --- what must always hold ---------------------------------------------------------

        @invariant()
        def window_tells_the_truth(self) -> None:
            qapp.processEvents()  # let the coalesced re-plan run, as the event loop would
            # and delete closed dialogs, which the real event loop does on its way back
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            window = self.window
            profile = window.profile_panel.profile()
            rec = window.recommendation()
            assert rec is not None
            assert rec.profile == profile, "the team view shows a plan for other inputs"
            assert rec.total_monthly_cost <= rec.monthly_budget + 0.005
            assert window.team_view.team_model.rowCount() == len(rec.team)
            assert window.isWindowModified() == window.document.dirty
            assert window.windowTitle() == window.document.window_title()
            if window.document.path is not None:
                assert window.windowTitle().startswith(window.document.path.stem)
            if not window.document.dirty:
                assert not recovery_file(folder=folder / "autosave").exists()
            warnings = [r.message for r in qtlog.records if r.type in WARNING_TYPES
                        and "propagateSizeHints" not in r.message]
            assert warnings == [], warnings

    return Session


@pytest.mark.slow
@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
def test_random_sessions_survive(qtbot: QtBot, qapp: QApplication, qtlog: Any,
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 record_property: Any) -> None:
    answers = Answers()
    patch_dialogs(monkeypatch, answers, tmp_path)
    counter = [0]
    machine = make_machine(qtbot, qapp, tmp_path, answers, qtlog, counter)
    with qtbot.captureExceptions() as exceptions:
        run_state_machine_as_test(machine, settings=settings(
            max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
            derandomize=not SOAK, database=None,
            suppress_health_check=list(HealthCheck), print_blob=True,
            # Shrinking a long GUI session takes minutes: only when exploring on purpose.
            phases=list(Phase) if SOAK else [p for p in Phase if p is not Phase.shrink]))
    assert exceptions == []
    record_property("random_actions", counter[0])
    print(f"\nrandom GUI session: {counter[0]} actions survived", file=sys.stderr)
    assert counter[0] >= MIN_ACTIONS


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None on every call that returns nothing; on
    Python 3.11 (None not immortal) a long session then aborts with "deallocating None".
    pyproject.toml excludes that release; this guards against the next one."""
    window = MainWindow("en")
    qtbot.addWidget(window)
    size = window.findChild(QSpinBox, "companySize")
    assert isinstance(size, QSpinBox)
    window.setToolTip("warm-up")
    gc.collect()
    gc.disable()  # freeing unrelated objects would release references to None too
    try:
        before = sys.getrefcount(None)
        for value in range(2, 202):
            window.setToolTip(str(value))
            size.setValue(value)
            window.recompute()
        lost = before - sys.getrefcount(None)
    finally:
        gc.enable()
        window.document.set_dirty(False)  # closing must not ask
    # The faulty binding loses about 70 per plan update; a few freed objects are noise.
    assert lost < 1000, f"{lost} references to None lost in 200 plan updates"
