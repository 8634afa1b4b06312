"""Plans opened from the desktop while the app runs (macOS Finder, the Dock).

On macOS a double-clicked or dropped-on-the-Dock file does not arrive as a launch argument
but as a :class:`~PySide6.QtGui.QFileOpenEvent` sent to the application, both at launch and
while the app runs. :class:`FileOpenHandler` catches those events and opens the plan in the
window, asking about unsaved changes first, like File > Open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from teambuilder.gui.main_window import MainWindow


class FileOpenHandler(QObject):
    """Application event filter that opens the plans the system asks the app to open.

    Requests are handled one at a time, after the event that brought them, so a question
    about unsaved changes never runs inside the system's event delivery.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("fileOpenHandler")
        self._window = window
        self._pending: list[Path] = []
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take file-open events; let every other event through."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self._pending.append(Path(name))
                QTimer.singleShot(0, self, self._next)
            return True
        return False

    def _next(self) -> None:
        if self._busy or not self._pending:
            return
        self._busy = True
        try:
            path = self._pending.pop(0)
            # The system brings the app to the front itself; only un-minimise the window.
            if self._window.open_plan(path, ask=True) and self._window.isMinimized():
                self._window.showNormal()
        finally:
            self._busy = False
        if self._pending:
            QTimer.singleShot(0, self, self._next)


def install_file_open_handler(app: QApplication, window: MainWindow) -> FileOpenHandler:
    """Open the plans the system sends to ``app`` in ``window``; returns the handler."""
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    return handler
