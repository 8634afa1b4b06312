"""Autosave and crash recovery for the main window (the Qt side of
:mod:`teambuilder.domain.recovery`).

:class:`Autosaver` writes the window's unsaved plan to this process's recovery file a few
seconds after each change (one single-shot timer, restarted by every change, so a burst of
typing is written once), and deletes the file as soon as the work is safe: saved, opened
over, started anew, or discarded at a clean quit. :func:`offer_recovery` asks at start-up
whether to restore the newest copy a crashed TeamBuilder left behind. Copies from other
windows still running are left alone; older orphans are offered at later starts, one at a
time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from teambuilder import APP_NAME
from teambuilder.domain.recovery import (
    Recovery,
    RecoveryError,
    discard,
    find_orphans,
    recovery_file,
    remove_recovery,
    write_recovery,
)
from teambuilder.gui.file_errors import file_label
from teambuilder.gui.formatting import isolate_always
from teambuilder.gui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
"""How long after the last change the unsaved plan is written."""


class Autosaver(QObject):
    """Keeps a recovery copy of the window's unsaved plan.

    Signals:
        saved(Path): a recovery copy was written to this file.
        removed(): the recovery copy was deleted because the work is safe.
    """

    saved = Signal(Path)
    removed = Signal()

    def __init__(self, window: MainWindow, delay_ms: int = AUTOSAVE_DELAY_MS,
                 folder: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("autosaver")
        self._window = window
        self._folder = folder
        self._failed = False
        self._timer = QTimer(self)
        self._timer.setObjectName("autosaveTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        window.profile_panel.profileChanged.connect(self._changed)
        window.recommendationShown.connect(self._changed)  # also costs and language
        window.document.changed.connect(self._document_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.remove)

    def file(self) -> Path:
        """This process's recovery file (it may not exist)."""
        return recovery_file(folder=self._folder)

    def is_pending(self) -> bool:
        """True while a change waits for its autosave."""
        return self._timer.isActive()

    def _changed(self, *_: object) -> None:
        if self._window.document.dirty:
            self._timer.start()

    def _document_changed(self) -> None:
        if self._window.document.dirty:
            self._timer.start()
        else:
            self.remove()

    def save_now(self) -> bool:
        """Write the unsaved plan now (or delete the copy when nothing is unsaved).

        Returns:
            True when a copy was written. A failure is logged and said once in the status
            bar; it never interrupts the user.
        """
        self._timer.stop()
        document = self._window.document
        if not document.dirty:
            self.remove()
            return False
        try:
            plan = document.to_plan(self._window.profile_panel.profile(),
                                    self._window.language())
            file = write_recovery(plan, document.path, folder=self._folder)
        except (RecoveryError, ValueError) as error:
            log.warning("autosave failed: %s", error)
            if not self._failed:
                self._window.statusBar().showMessage(QCoreApplication.translate(
                    "Autosave", "Your changes could not be autosaved: %1").replace(
                        "%1", isolate_always(str(error))))
            self._failed = True
            return False
        self._failed = False
        self.saved.emit(file)
        return True

    def remove(self) -> None:
        """Stop any pending autosave and delete this process's recovery copy."""
        self._timer.stop()
        if remove_recovery(folder=self._folder):
            self.removed.emit()


def _saved_at_text(recovery: Recovery) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(recovery.saved_at.timestamp()))
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def ask_restore(window: MainWindow, recovery: Recovery) -> bool | None:
    """Ask whether to restore ``recovery``: True (Restore), False (Discard), None (later)."""
    tr = QCoreApplication.translate
    box = QMessageBox(window)
    box.setObjectName("recoveryPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    if recovery.original_path is not None:
        text = tr("Autosave", "TeamBuilder did not close properly, but your unsaved changes "
                              "to “%1” were kept (autosaved %2).")
        text = text.replace("%1", file_label(recovery.original_path))
        more = tr("Autosave", "Restore them to go on where you stopped, or discard them "
                              "for good.")
    else:
        text = tr("Autosave", "TeamBuilder did not close properly, but your unsaved plan was "
                              "kept (autosaved %2).")
        more = tr("Autosave", "Restore it to go on where you stopped, or discard it for good.")
    box.setText(text.replace("%2", _saved_at_text(recovery)))
    box.setInformativeText(more)
    restore = box.addButton(tr("Autosave", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard_button = box.addButton(tr("Autosave", "&Discard"),
                                   QMessageBox.ButtonRole.DestructiveRole)
    restore.setObjectName("recoveryRestore")
    discard_button.setObjectName("recoveryDiscard")
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is restore:
        return True
    if clicked is discard_button:
        return False
    return None


def offer_recovery(window: MainWindow, autosaver: Autosaver | None = None,
                   folder: Path | None = None) -> bool:
    """Offer the newest work a crashed TeamBuilder left behind; True when restored.

    Restore shows the plan with its original file, marked modified, and keeps it safe at
    once in this process's own recovery copy before the old copy is deleted. Discard
    deletes the old copy. Closing the question keeps it for the next start.
    """
    orphans = find_orphans(folder)
    if not orphans:
        return False
    newest = orphans[0]
    answer = ask_restore(window, newest)
    if answer is None:
        return False
    if not answer:
        discard(newest)
        return False
    if not window.restore_plan(newest.plan, newest.original_path):
        return False
    if autosaver is not None:
        autosaver.save_now()
    discard(newest)
    return True


def start_autosave(window: MainWindow, folder: Path | None = None,
                   delay_ms: int = AUTOSAVE_DELAY_MS) -> Autosaver:
    """Offer to restore a crashed session's work, then keep the window's work autosaved.

    Call once the window is shown, before the event loop starts.
    """
    autosaver = Autosaver(window, delay_ms, folder)
    offer_recovery(window, autosaver, folder)
    return autosaver
