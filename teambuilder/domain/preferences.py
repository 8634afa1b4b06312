"""Choices the user made that last between runs, such as the interface language.

They live in ``preferences.json`` in the user's configuration folder
(:func:`teambuilder.domain.userdirs.config_dir`), apart from the window state, so clearing
the state never loses a choice. The file is written atomically (a temporary file renamed
over the old one). A missing, unreadable or damaged file is treated as "no choices yet":
the app starts with its defaults, never with an error.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from teambuilder.domain.catalogue import LANGUAGES
from teambuilder.domain.userdirs import config_dir

PREFERENCES_FILE = "preferences.json"
SCHEMA_VERSION = 1


def preferences_path() -> Path:
    """The preferences file (its folder is created if needed)."""
    return config_dir() / PREFERENCES_FILE


def load_preferences() -> dict[str, Any]:
    """Every remembered choice, or an empty dict when there is no usable file."""
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_preferences(changes: dict[str, Any]) -> None:
    """Remember ``changes`` on top of the choices already saved.

    Raises:
        OSError: the file cannot be written; the previous file is left as it was.
    """
    data = load_preferences()
    data.update(changes)
    data["schema_version"] = SCHEMA_VERSION
    path = preferences_path()
    fd, tmp = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=True)
            out.write("\n")
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def remembered_language() -> str | None:
    """The language chosen from the View menu last time, if it is still offered."""
    try:
        lang = load_preferences().get("language")
    except OSError:  # the configuration folder cannot be made
        return None
    return lang if isinstance(lang, str) and lang in LANGUAGES else None


def remember_language(lang: str) -> bool:
    """Save ``lang`` as the language for the next start; False if it could not be saved."""
    try:
        save_preferences({"language": lang})
    except OSError:
        return False
    return True
