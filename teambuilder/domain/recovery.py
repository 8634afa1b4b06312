"""Recovery files: an autosaved copy of unsaved work, kept until the work is safe.

While a plan has unsaved changes, the window writes it a few seconds after each change to
``recovery-<pid>.json`` in :func:`~teambuilder.domain.userdirs.autosave_dir`, one file per
running TeamBuilder, so two windows never overwrite each other's copy. A clean quit, a save
or discarding the changes removes the file. A file left behind by a process that is no
longer running is an *orphan*: the work of a crashed (or killed) TeamBuilder, which the next
start offers to restore.

The file is JSON: the plan exactly as a ``.tbplan`` file holds it, with the plan's own file
(if it had one), the time and the process id::

    {"format": "teambuilder-recovery", "version": 1, "pid": 4242,
     "saved_at": "2025-05-01T18:30:00+00:00", "original_path": "/home/me/bakery.tbplan",
     "plan": { ...the plan... }}

It is written like a plan file (temporary file, flush to disk, rename), so a crash while
autosaving leaves the previous copy. A damaged recovery file is never trusted: reading it
raises :class:`RecoveryError`, and :func:`find_orphans` logs it, renames it to
``*.broken`` (kept for a manual rescue, never offered again) and goes on.

Limitation: a process id can be reused. If an unrelated program now runs under the id of
the TeamBuilder that crashed, its copy is not offered until that program ends.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from teambuilder.domain.jsontext import parse_json_text
from teambuilder.domain.planfile import (
    MAX_PLAN_BYTES,
    Plan,
    PlanFileError,
    plan_from_json,
    plan_to_json,
)
from teambuilder.domain.userdirs import autosave_dir

log = logging.getLogger(__name__)

FORMAT = "teambuilder-recovery"
VERSION = 1
PREFIX = "recovery-"
SUFFIX = ".json"
BROKEN_SUFFIX = ".broken"
MAX_RECOVERY_BYTES = MAX_PLAN_BYTES + 64 * 1024
"""A recovery file is a plan plus a few fields; anything bigger is not one of ours."""

_NAME = re.compile(rf"^{PREFIX}(\d{{1,10}}){re.escape(SUFFIX)}$")


class RecoveryError(Exception):
    """A recovery file cannot be written or read; ``str(error)`` names the file and why."""


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy of unsaved work.

    Attributes:
        file: the recovery file itself.
        plan: the plan as it was when autosaved.
        original_path: the plan's own file, or None for a plan never saved.
        saved_at: when the copy was written (timezone-aware).
        pid: the process that wrote it.
    """

    file: Path
    plan: Plan
    original_path: Path | None
    saved_at: datetime
    pid: int


def recovery_file(pid: int | None = None, folder: Path | None = None) -> Path:
    """The recovery file of process ``pid`` (default: this process).

    Args:
        pid: the process id (default ``os.getpid()``).
        folder: the autosave folder (default :func:`autosave_dir`, created if needed).
    """
    where = folder if folder is not None else autosave_dir()
    return where / f"{PREFIX}{os.getpid() if pid is None else pid}{SUFFIX}"


def write_recovery(plan: Plan, original_path: Path | None, *, pid: int | None = None,
                   folder: Path | None = None, now: datetime | None = None) -> Path:
    """Write (or replace) this process's recovery file atomically.

    Args:
        plan: the unsaved plan.
        original_path: the plan's own file, if it has one.
        pid: the process id to name the file by (default this process).
        folder: the autosave folder (default :func:`autosave_dir`).
        now: the time to record (default the current time).

    Returns:
        The recovery file.

    Raises:
        RecoveryError: the folder or the file could not be written; any previous copy is
            left intact.
    """
    process = os.getpid() if pid is None else pid
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    try:
        target = recovery_file(process, folder)
    except OSError as error:
        raise RecoveryError(f"Cannot make the autosave folder: {_why(error)}") from None
    document = {
        "format": FORMAT,
        "version": VERSION,
        "pid": process,
        "saved_at": stamp,
        "original_path": str(original_path) if original_path is not None else None,
        "plan": json.loads(plan_to_json(plan)),
    }
    data = (json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
            + "\n").encode("utf-8")
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise RecoveryError(f"Cannot autosave to {target}: {_why(error)}") from None
    return target


def read_recovery(file: Path) -> Recovery:
    """Read a recovery file without changing it.

    Raises:
        RecoveryError: the file is missing, too large, not JSON, not a recovery file, or
            its plan is not valid; the message names the file and the problem.
    """
    try:
        size = file.stat().st_size
        if size > MAX_RECOVERY_BYTES:
            raise RecoveryError(f"{file}: too large to be a recovery file ({size} bytes)")
        with file.open("rb") as stream:
            raw = stream.read(MAX_RECOVERY_BYTES + 1)
    except OSError as error:
        raise RecoveryError(f"{file}: cannot be read ({_why(error)})") from None
    try:
        data = parse_json_text(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise RecoveryError(f"{file}: not a text file") from None
    except ValueError as error:
        raise RecoveryError(f"{file}: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RecoveryError(f"{file}: not a TeamBuilder recovery file")
    if data.get("version") != VERSION:
        raise RecoveryError(f"{file}: unknown recovery file version {data.get('version')!r}")
    pid = data.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        raise RecoveryError(f"{file}: field pid: not a process id (value {pid!r})")
    stamp = data.get("saved_at")
    try:
        saved_at = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
    except ValueError:
        saved_at = None
    if saved_at is None or saved_at.tzinfo is None:
        raise RecoveryError(f"{file}: field saved_at: not a time (value {stamp!r})")
    original = data.get("original_path")
    if original is not None and (not isinstance(original, str) or not original
                                 or "\0" in original):
        raise RecoveryError(f"{file}: field original_path: not a file name "
                            f"(value {original!r})")
    if not isinstance(data.get("plan"), dict):
        raise RecoveryError(f"{file}: field plan: missing or not a plan")
    try:
        plan = plan_from_json(json.dumps(data["plan"]), file)
    except PlanFileError as error:
        raise RecoveryError(f"{file}: its plan is not valid ({error.problem})") from None
    return Recovery(file=file, plan=plan, original_path=Path(original) if original else None,
                    saved_at=saved_at, pid=pid)


def remove_recovery(pid: int | None = None, folder: Path | None = None) -> bool:
    """Delete the recovery file of ``pid`` (default this process), if there is one.

    Returns:
        True when a file was deleted. A file that cannot be deleted is logged, not raised:
        the work it holds is safe anyway.
    """
    try:
        target = recovery_file(pid, folder)
        target.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        log.warning("cannot remove the recovery file: %s", _why(error))
        return False
    return True


def discard(recovery: Recovery) -> None:
    """Delete a recovery file the user chose not to restore (or has just restored)."""
    try:
        recovery.file.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("cannot remove %s: %s", recovery.file, _why(error))


def find_orphans(folder: Path | None = None, *,
                 alive: Callable[[int], bool] | None = None) -> list[Recovery]:
    """Recovery files left by TeamBuilders that are no longer running, newest first.

    Files of running processes (another open window) are left alone. A damaged file is
    logged and renamed to ``*.broken`` so it is never offered, nor read again.

    Args:
        folder: the autosave folder (default :func:`autosave_dir`).
        alive: a function telling whether a process id is running (default
            :func:`pid_alive`); tests pass their own.
    """
    is_alive = alive if alive is not None else pid_alive
    try:
        where = folder if folder is not None else autosave_dir()
        names = sorted(child for child in where.iterdir() if _NAME.match(child.name))
    except OSError as error:
        log.warning("cannot look for recovery files: %s", _why(error))
        return []
    found: list[Recovery] = []
    for file in names:
        match = _NAME.match(file.name)
        assert match is not None
        pid = int(match.group(1))
        if pid != os.getpid() and is_alive(pid):
            continue  # another TeamBuilder still running owns it
        try:
            found.append(read_recovery(file))
        except RecoveryError as error:
            log.warning("ignoring a damaged recovery file: %s", error)
            with contextlib.suppress(OSError):
                file.replace(file.with_name(file.name + BROKEN_SUFFIX))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (True when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


def _why(error: OSError) -> str:
    return error.strerror or str(error)
