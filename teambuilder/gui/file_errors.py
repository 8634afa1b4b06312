"""What the window says when a plan cannot be opened or saved, in the user's language.

The domain layer explains a file problem in one English sentence (:class:`PlanFileError`),
which the command line prints as it is. The window instead says the kind of problem
(:attr:`PlanFileError.reason`) and what to do in whole translated sentences, and adds the
English sentence only as a detail. Any English or file-name text placed inside a
translated sentence is wrapped in Unicode isolates (U+2068 FIRST STRONG ISOLATE ...
U+2069 POP DIRECTIONAL ISOLATE): a Latin path or message inside a Persian or Arabic
sentence then keeps its own left-to-right order and does not scramble the words around it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from teambuilder.domain.planfile import PLAN_SUFFIX, PlanFileError
from teambuilder.gui.formatting import isolate_always


def file_label(path: Path) -> str:
    """The name the user knows the file by (without ``.tbplan``), isolated."""
    name = path.stem if path.suffix == PLAN_SUFFIX and path.stem else path.name
    return isolate_always(name or str(path))


def details(english: str) -> str:
    """A translated "Details:" line carrying an untranslated (English) explanation."""
    return QCoreApplication.translate("FileErrors", "Details: %1").replace(
        "%1", isolate_always(english))


def _open_reason(reason: str) -> str:
    tr = QCoreApplication.translate
    sentences = {
        "missing": tr("FileErrors", "The file does not exist any more: it may have been "
                                    "moved, renamed or deleted."),
        "no_read_permission": tr("FileErrors", "You do not have permission to read this "
                                               "file."),
        "folder": tr("FileErrors", "This is a folder, not a plan file."),
        "not_a_file": tr("FileErrors", "This is not an ordinary file, so it is not a plan."),
        "too_large": tr("FileErrors", "The file is far larger than any plan, so it was not "
                                      "read."),
        "unreadable": tr("FileErrors", "The system could not read the file. If it is on a "
                                       "removable drive or a network folder, check that it "
                                       "is connected."),
        "newer_version": tr("FileErrors", "It was made by a newer version of TeamBuilder. "
                                          "Update TeamBuilder to open it."),
    }
    return sentences.get(reason, tr("FileErrors", "The file is damaged or is not a "
                                                  "TeamBuilder plan."))


def open_error_texts(error: PlanFileError, *, at_launch: bool = False) -> tuple[str, str]:
    """The main and the informative text of the message saying a plan could not be opened.

    Args:
        error: what went wrong.
        at_launch: the file was given when TeamBuilder started (a double-click), so the
            window shows a new plan instead; otherwise the plan in the window is kept.
    """
    tr = QCoreApplication.translate
    text = tr("FileErrors", "The plan “%1” could not be opened.").replace(
        "%1", file_label(error.path))
    if at_launch:
        outcome = tr("FileErrors", "The file was not changed. TeamBuilder has started with a "
                                   "new plan instead.")
    else:
        outcome = tr("FileErrors", "The file was not changed, and the plan in the window is "
                                   "kept as it was.")
    return text, "\n\n".join((_open_reason(error.reason), outcome, details(str(error))))


def _save_reason(reason: str) -> str:
    tr = QCoreApplication.translate
    sentences = {
        "disk_full": tr("FileErrors", "The disk is full. Free some space, or save the plan "
                                      "on another drive."),
        "read_only_folder": tr("FileErrors", "This folder or drive is read-only. Save the "
                                             "plan in another folder, such as Documents."),
        "no_write_permission": tr("FileErrors", "You do not have permission to write in this "
                                                "folder. Save the plan in another folder, such "
                                                "as Documents."),
        "no_folder": tr("FileErrors", "The folder does not exist any more. Save the plan in "
                                      "another folder."),
        "read_only_file": tr("FileErrors", "The file is read-only. Save the plan under "
                                           "another name."),
        "folder": tr("FileErrors", "A folder has this name. Choose a file name instead."),
        "name_too_long": tr("FileErrors", "The file name is too long. Choose a shorter "
                                          "name."),
        "too_large": tr("FileErrors", "The plan is too large to save. Shorten its notes."),
    }
    return sentences.get(reason, tr("FileErrors", "The system reported an error. Try saving "
                                                  "the plan in another folder."))


def save_error_texts(error: PlanFileError) -> tuple[str, str]:
    """The main and the informative text of the message saying a plan could not be saved."""
    tr = QCoreApplication.translate
    text = tr("FileErrors", "The plan could not be saved to “%1”.").replace(
        "%1", file_label(error.path))
    outcome = tr("FileErrors", "Your changes are still in the window, not saved yet. A file "
                               "saved there before is unchanged.")
    return text, "\n\n".join((_save_reason(error.reason), outcome, details(str(error))))
