"""A whole session opens no network connection: the app works offline by construction.

The session runs through the real launcher (``teambuilder.app.main``) with the socket API
patched so that any attempt to make a socket, connect or look up a host name fails the
test. Qt's network module is never even loaded.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSpinBox

from teambuilder import app as launcher
from teambuilder.domain.planfile import load_plan
from teambuilder.domain.recovery import recovery_file
from teambuilder.gui.autosave import Autosaver
from teambuilder.gui.file_open import install_file_open_handler
from teambuilder.gui.main_window import MainWindow


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


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way into the network fail loudly, and note each attempt."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{name}{args!r}")
            raise AssertionError(f"the app tried to use the network: {name}{args!r}")
        return refused

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    monkeypatch.setattr(socket, "socketpair", refuse("socket.socketpair"))
    return attempts


def test_the_patch_catches_a_connection(network_attempts: list[str]) -> None:
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("example.org", 80))
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("example.org", 443)
    assert len(network_attempts) == 2
    network_attempts.clear()


@pytest.mark.qt_log_ignore("setHighDpiScaleFactorRoundingPolicy",  # the app exists already
                           "propagateSizeHints")  # offscreen platform chatter
def test_a_full_session_opens_no_socket(network_attempts: list[str], qapp: QApplication,
                                        tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "offline.tbplan"
    pdf = tmp_path / "offline.pdf"
    csv = tmp_path / "offline.csv"
    answers = {".tbplan": plan, ".pdf": pdf, ".csv": csv}

    def save_name(_parent: object, _caption: str, start: str, *_: object) -> tuple[str, str]:
        return str(answers[Path(start).suffix.lower()]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(plan), ""))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: int(QMessageBox.StandardButton.Discard.value))
    done: list[str] = []

    def session() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
        size = window.findChild(QSpinBox, "companySize")
        assert isinstance(size, QSpinBox)
        size.setValue(25)                                   # plan
        window.recompute()
        saver = window.findChild(Autosaver)
        assert isinstance(saver, Autosaver) and saver.save_now()  # autosave
        assert recovery_file().exists()
        window.save_action.trigger()                         # save
        assert load_plan(plan).profile.size == 25
        window.new_action.trigger()                          # new
        window.open_action.trigger()                         # open
        assert window.profile_panel.profile().size == 25
        if sys.platform != "darwin":  # main() installs the handler on macOS only
            install_file_open_handler(qapp, window)
        window.new_action.trigger()
        assert window.profile_panel.profile().size != 25
        QApplication.sendEvent(qapp, QFileOpenEvent(str(plan)))  # open from the desktop
        for _ in range(100):  # the handler opens it on the next turn of the event loop
            QApplication.processEvents()
            if window.profile_panel.profile().size == 25:
                break
        assert window.profile_panel.profile().size == 25
        window.export_pdf_action.trigger()                   # export
        window.export_csv_action.trigger()
        for view in ("compare", "library", "team"):
            window.show_view(view)
        window.set_language("fa")
        window.set_language("en")
        done.append("session")
        window.quit_action.trigger()                         # quit
        window.deleteLater()  # closing the last window ends app.exec()

    QTimer.singleShot(0, session)
    assert run_app_once(qapp) == 0
    assert done == ["session"]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert csv.read_text(encoding="utf-8").count("\n") >= 2  # a header and a team line
    assert not recovery_file().exists()  # a clean quit removes the autosaved copy
    assert network_attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
