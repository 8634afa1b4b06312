"""Child process of the GUI update benchmark: input change to team view repainted.

Usage: ``python bench/gui_update_bench.py app|floor COUNT OUT.json`` with offscreen Qt.

``app`` starts TeamBuilder through its own start-up path (``teambuilder.app.main``), but
replaces the event loop with the measurement: once the first plan is on screen it changes
the budget and size inputs ``COUNT`` times through their widgets and times each change
until the team view (``teamView`` or any widget inside it) has been repainted and flushed.
``floor`` measures the same on a bare window where a spin box sets a label's text: the
cost of Qt's own input-to-repaint cycle.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

TIMEOUT_MS = 1000
"""A change that has not repainted the team view after this long counts as not repainted."""
QUIET_MS = 40
"""After the first repaint, keep the loop running this long to catch further repaints."""

BUDGETS = (2_500, 9_000, 40_000, 1_200, 150_000, 18_000, 5_000, 70_000)
SIZES = (4, 40, 900, 12, 6_000, 150, 2, 25_000)


class PaintWatch(QObject):
    """Application-wide event filter that notices repaints of one widget's subtree.

    A *pass* is one round of painting: from the first paint event inside the subtree to
    the end of that event-loop iteration (when the backing store has been flushed).
    """

    def __init__(self, target: QWidget, loop: QEventLoop) -> None:
        """Watch ``target``; quit ``loop`` when a pass ends."""
        super().__init__()
        self._target = target
        self._loop = loop
        self._in_pass = False
        self.armed = False
        self.pass_ends: list[float] = []

    def reset(self) -> None:
        """Forget earlier passes and start watching."""
        self.pass_ends = []
        self._in_pass = False
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Record the start of a paint pass inside the target's subtree."""
        if (
            self.armed
            and not self._in_pass
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._target or self._target.isAncestorOf(watched))
        ):
            self._in_pass = True
            QTimer.singleShot(0, self._pass_ended)
        return False

    def _pass_ended(self) -> None:
        self._in_pass = False
        self.pass_ends.append(time.perf_counter())
        if len(self.pass_ends) == 1:
            self._loop.quit()


def run_loop(loop: QEventLoop, msec: int) -> None:
    """Run ``loop`` until something quits it or ``msec`` have passed."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(msec)
    loop.exec()
    timer.stop()


def setter(widget: QWidget) -> Callable[[float], None]:
    """Return a function that changes ``widget``'s value the way the user's edit would."""
    if isinstance(widget, QSpinBox):
        return lambda value: widget.setValue(round(value))
    if isinstance(widget, QDoubleSpinBox):
        return widget.setValue
    if isinstance(widget, QLineEdit):
        def edit(value: float) -> None:
            text = str(round(value))
            widget.setText(text)
            widget.textEdited.emit(text)
            widget.editingFinished.emit()
        return edit
    if isinstance(widget, QAbstractSpinBox):
        def typed(value: float) -> None:
            edit = widget.findChild(QLineEdit)
            if edit is None:
                raise TypeError(f"cannot set a value on {type(widget).__name__}")
            edit.setText(str(round(value)))
            widget.interpretText()
        return typed
    raise TypeError(f"cannot set a value on {type(widget).__name__}")


def find(window: QWidget, name: str) -> QWidget:
    """Return the widget called ``name`` inside ``window``.

    Raises:
        LookupError: there is none.
    """
    widget = window.findChild(QWidget, name)
    if widget is None:
        raise LookupError(f"no widget with objectName {name!r}")
    return widget


def measure(window: QWidget, count: int, *, with_size: bool,
            partial: Path | None = None) -> dict[str, Any]:
    """Change the inputs of ``window`` ``count`` times and time each repaint of teamView.

    Every 10 changes the samples so far are written to ``partial``, so that a crash of
    the app still leaves what was measured before it.
    """
    loop = QEventLoop()
    target = find(window, "teamView")
    set_budget = setter(find(window, "monthlyBudget"))
    set_size = setter(find(window, "companySize")) if with_size else None
    watch = PaintWatch(target, loop)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(watch)

    first: list[float] = []
    settled: list[float] = []
    passes: list[int] = []
    not_repainted = 0
    none_refs = sys.getrefcount(None)
    budget_changes = size_changes = 0
    for i in range(count):
        if partial is not None and i % 10 == 0:
            partial.write_text(json.dumps({"done": i, "first_ms": first,
                                           "none_refs_left": sys.getrefcount(None)}))
        # Alternate the two inputs; each one steps through its own list, so every change
        # gives a different value from the one before.
        if set_size is not None and i % 2:
            change, value = set_size, float(SIZES[size_changes % len(SIZES)])
            size_changes += 1
        else:
            change, value = set_budget, float(BUDGETS[budget_changes % len(BUDGETS)])
            budget_changes += 1
        watch.reset()
        start = time.perf_counter()
        change(value)
        if not watch.pass_ends:
            run_loop(loop, TIMEOUT_MS)
        if not watch.pass_ends:
            not_repainted += 1
            watch.armed = False
            continue
        run_loop(loop, QUIET_MS)  # Catch repaints that follow the first one.
        watch.armed = False
        first.append((watch.pass_ends[0] - start) * 1e3)
        settled.append((watch.pass_ends[-1] - start) * 1e3)
        passes.append(len(watch.pass_ends))
    app.removeEventFilter(watch)
    # A canary for binding bugs: on Python < 3.12 None is not immortal, and a binding that
    # hands out None without a new reference makes its count fall until Python aborts.
    none_lost = none_refs - sys.getrefcount(None)
    return {
        "count": count,
        "none_refs_lost_per_change": round(none_lost / count, 1) if count else 0.0,
        "none_refs_left": sys.getrefcount(None),
        "first_ms": first,
        "settled_ms": settled,
        "passes": passes,
        "not_repainted": not_repainted,
    }


def settle(app: QCoreApplication, msec: int) -> None:
    """Let start-up work (first plan, deferred timers, first paint) finish."""
    loop = QEventLoop()
    run_loop(loop, msec)
    app.processEvents()


def floor_window() -> QMainWindow:
    """A bare window where a spin box's value is shown by a label (the floor)."""
    window = QMainWindow()
    window.resize(1280, 800)
    central = QWidget()
    layout = QVBoxLayout(central)
    spin = QSpinBox()
    spin.setObjectName("monthlyBudget")
    spin.setRange(0, 10_000_000)
    label = QLabel()
    label.setObjectName("teamView")
    spin.valueChanged.connect(lambda value: label.setText(f"Budget {value}"))
    layout.addWidget(spin)
    layout.addWidget(label, 1)
    window.setCentralWidget(central)
    return window


def main(argv: list[str]) -> int:
    """Run the ``app`` or ``floor`` measurement and write the samples as JSON."""
    mode, count, out = argv[0], int(argv[1]), Path(argv[2])
    results: dict[str, Any] = {}

    if mode == "floor":
        app = QApplication([sys.argv[0]])
        window = floor_window()
        window.show()
        settle(app, 200)
        results = measure(window, count, with_size=False)
    elif mode == "app":
        from teambuilder import app as teambuilder_app

        def bench_instead_of_loop(*_args: object) -> int:
            app = QApplication.instance()
            assert app is not None
            settle(app, 500)
            windows = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w.findChild(QWidget, "teamView") is not None]
            if not windows:
                raise LookupError("no visible window with a teamView")
            results.update(measure(windows[0], count, with_size=True, partial=out))
            return 0

        QApplication.exec = bench_instead_of_loop  # type: ignore[method-assign]
        code = teambuilder_app.main([])
        if code:
            return code
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    out.write_text(json.dumps(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # The samples are written: skip interpreter finalisation, which is not measured here
    # and which PySide6 6.12.0 on Python 3.11 can abort after many None returns (see
    # ``none_refs_lost_per_change`` in the results).
    os._exit(status)
