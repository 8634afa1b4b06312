"""Per-user folders where TeamBuilder keeps autosaves, recent files and preferences.

The folders follow each system's conventions through platformdirs, for example on Linux
``~/.local/share/TeamBuilder`` (data), ``~/.config/TeamBuilder`` (preferences) and
``~/.local/state/TeamBuilder`` (window geometry, recent files). Setting the environment
variable ``TEAMBUILDER_HOME`` puts all of them under one folder instead, as
``$TEAMBUILDER_HOME/data``, ``.../config`` and ``.../state``: tests and portable installs
use it so they never touch the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from teambuilder import APP_NAME

HOME_VARIABLE = "TEAMBUILDER_HOME"
"""Environment variable that, when set and not empty, holds every per-user folder."""


def home_override() -> Path | None:
    """The folder named by ``TEAMBUILDER_HOME`` as an absolute path, or None if unset."""
    value = os.environ.get(HOME_VARIABLE, "").strip()
    if not value:
        return None
    return Path(value).expanduser().absolute()


def _folder(kind: str, create: bool) -> Path:
    home = home_override()
    if home is not None:
        folder = home / kind
    elif kind == "data":
        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    elif kind == "config":
        folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    else:
        folder = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir(*, create: bool = True) -> Path:
    """Folder for the user's data, such as autosaved plans.

    Args:
        create: make the folder (and its parents) if it does not exist yet.

    Raises:
        OSError: ``create`` is true and the folder cannot be made.
    """
    return _folder("data", create)


def config_dir(*, create: bool = True) -> Path:
    """Folder for preferences the user chose (language, cost assumptions, ...).

    Raises:
        OSError: ``create`` is true and the folder cannot be made.
    """
    return _folder("config", create)


def state_dir(*, create: bool = True) -> Path:
    """Folder for what the app remembers by itself: window geometry, recent files.

    Kept apart from preferences, so clearing it never loses a choice the user made.

    Raises:
        OSError: ``create`` is true and the folder cannot be made.
    """
    return _folder("state", create)


def autosave_dir(*, create: bool = True) -> Path:
    """Folder holding autosaved copies of unsaved plans, inside :func:`data_dir`.

    Raises:
        OSError: ``create`` is true and the folder cannot be made.
    """
    folder = data_dir(create=create) / "autosave"
    if create:
        folder.mkdir(exist_ok=True)
    return folder
