"""The open plan (file, unsaved mark, name) and what the window remembers between runs.

:class:`PlanDocument` knows which file the plan in the window belongs to and whether it has
changes not yet saved. :class:`WindowState` keeps the window geometry and the recent files in
``state.json`` in the user's state folder (:func:`teambuilder.domain.userdirs.state_dir`),
apart from preferences, so forgetting it never loses a choice the user made.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Signal

from teambuilder import APP_NAME
from teambuilder.domain.planfile import PLAN_SUFFIX, Plan
from teambuilder.domain.profile import Profile
from teambuilder.domain.userdirs import state_dir

MAX_RECENT = 8
"""How many recent plans File > Open Recent lists."""

STATE_FILE = "state.json"


class PlanDocument(QObject):
    """The plan being edited: its file, its unsaved mark and what it holds besides the profile.

    Signals:
        changed(): the file, the name or the unsaved mark changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._dirty = False
        self.title = ""
        self.notes = ""
        self.cost_overrides: dict[str, Any] | None = None

    @property
    def path(self) -> Path | None:
        """The plan's file, or None for a plan never saved."""
        return self._path

    @property
    def dirty(self) -> bool:
        """True when the plan has changes not saved yet."""
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        """Mark the plan as changed (or as saved)."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.changed.emit()

    def reset(self) -> None:
        """Become a new, empty, unsaved-but-unchanged plan."""
        self._path = None
        self._dirty = False
        self.title = ""
        self.notes = ""
        self.cost_overrides = None
        self.changed.emit()

    def display_name(self) -> str:
        """The name shown in the title bar: the file name without extension, or Untitled."""
        if self._path is not None:
            return self._path.stem if self._path.suffix == PLAN_SUFFIX else self._path.name
        return QCoreApplication.translate("PlanDocument", "Untitled")

    def window_title(self) -> str:
        """``name[*] — TeamBuilder``; Qt shows ``*`` in place of ``[*]`` when modified."""
        return (QCoreApplication.translate("PlanDocument", "%1[*] — %2",
                                           "plan name, then the application name")
                .replace("%1", self.display_name())
                .replace("%2", APP_NAME))

    def to_plan(self, profile: Profile, lang: str) -> Plan:
        """A :class:`Plan` holding ``profile`` and this document's other fields."""
        title = self.title or (self._path.stem if self._path is not None else "")
        return Plan(title=title[:200], profile=profile, cost_overrides=self.cost_overrides,
                    lang=lang, notes=self.notes)

    def adopt(self, plan: Plan, path: Path | None) -> None:
        """Take the file and fields of a plan just opened or saved; the plan is clean."""
        self._path = path
        self.title = plan.title
        self.notes = plan.notes
        self.cost_overrides = dict(plan.cost_overrides) if plan.cost_overrides else None
        self._dirty = False
        self.changed.emit()


class WindowState:
    """Window geometry and recent plans, read once and written on every change.

    A missing or damaged state file is ignored (the window simply opens at its default
    size), and a failure to write it never disturbs the user.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._data: dict[str, Any] = {}
        self._load()

    def _file(self) -> Path:
        folder = self._folder if self._folder is not None else state_dir()
        return folder / STATE_FILE

    def _load(self) -> None:
        try:
            data = json.loads(self._file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict):
            self._data = data

    def _save(self) -> None:
        try:
            target = self._file()
            temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
            temporary.write_text(json.dumps(self._data, indent=1), encoding="utf-8")
            temporary.replace(target)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                temporary.unlink()

    # --- geometry ------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        """The saved window geometry (for ``restoreGeometry``), if any."""
        value = self._data.get("geometry")
        if not isinstance(value, str) or not value:
            return None
        return QByteArray.fromBase64(value.encode("ascii", "ignore"))

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the window geometry (from ``saveGeometry``)."""
        self._data["geometry"] = bytes(geometry.toBase64().data()).decode("ascii")
        self._save()

    def splitter(self) -> QByteArray | None:
        """The saved splitter sizes, if any."""
        value = self._data.get("splitter")
        if not isinstance(value, str) or not value:
            return None
        return QByteArray.fromBase64(value.encode("ascii", "ignore"))

    def set_splitter(self, state: QByteArray) -> None:
        """Remember the splitter sizes."""
        self._data["splitter"] = bytes(state.toBase64().data()).decode("ascii")
        self._save()

    # --- recent files ----------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened or saved plans, most recent first."""
        value = self._data.get("recent")
        if not isinstance(value, list):
            return []
        return [Path(p) for p in value if isinstance(p, str) and p][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        resolved = str(Path(path).absolute())
        recent = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._data["recent"] = [resolved, *recent][:MAX_RECENT]
        self._save()

    def remove_recent(self, path: Path) -> None:
        """Forget ``path`` (for example after it could not be opened)."""
        resolved = str(Path(path).absolute())
        self._data["recent"] = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._save()

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._data["recent"] = []
        self._save()
