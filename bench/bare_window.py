"""The start-up floor: a bare PySide6 main window, shown, grabbed to a PNG, then exit.

Usage: ``python bench/bare_window.py OUT.png``. It does what ``python -m teambuilder
--screenshot OUT.png`` does, minus everything TeamBuilder adds, at the same 1280x800 size.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main(argv: list[str]) -> int:
    """Show a bare 1280x800 main window, save a grab of it to ``argv[0]`` and exit."""
    if len(argv) != 1:
        print("usage: bare_window.py OUT.png", file=sys.stderr)
        return 2
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1280, 800)
    window.show()
    saved: list[bool] = []

    def grab() -> None:
        saved.append(window.grab().save(argv[0]))
        app.quit()

    # Grab once the event loop runs, i.e. once the window has been laid out and shown.
    QTimer.singleShot(0, grab)
    app.exec()
    return 0 if saved and saved[0] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
