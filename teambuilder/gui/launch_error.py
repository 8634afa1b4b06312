"""The message shown when TeamBuilder starts with a plan file it cannot open.

Double-clicking a ``.tbplan`` file starts ``teambuilder PATH`` (the desktop file runs
``teambuilder %f``; Windows passes ``"%1"``). Started that way, nobody reads the one-line
error on standard error, so :func:`teambuilder.app.main` opens the window with a new plan
and this module tells the user, in their language, which file could not be opened, why,
and that the file was left as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from teambuilder.domain.planfile import PlanFileError
from teambuilder.gui.file_errors import open_error_texts
from teambuilder.gui.main_window import show_warning


def show_launch_error(window: QWidget, error: PlanFileError) -> None:
    """Say, in a message box over ``window``, that the plan given at launch cannot be opened.

    Args:
        window: the main window, already shown.
        error: why the plan could not be opened.
    """
    show_warning(window, *open_error_texts(error, at_launch=True), name="launchError")
