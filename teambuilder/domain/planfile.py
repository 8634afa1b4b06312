"""Plan files (``.tbplan``): a saved profile with its cost assumptions, as versioned JSON.

Saving is atomic: the new content goes to a temporary file in the same folder, is flushed
to disk, then renamed over the old file, so a crash or a full disk never leaves a
half-written plan. Opening never trusts the file: size, encoding, JSON syntax, shape and
every value are checked, and any problem becomes a :class:`PlanFileError` whose one-line
message names the file and the problem in plain language.

Format changes go through explicit migrations: to move to schema version N+1, register one
function with :func:`migration` that turns an N document into an N+1 document, raise
:data:`CURRENT_SCHEMA`, and add ``tests/fixtures/plans/vN+1.tbplan``.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import json
import os
import secrets
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError, field_validator

from teambuilder import __version__
from teambuilder.domain.jsontext import (
    describe_validation_error,
    json_kind,
    parse_json_text,
    show_value,
)
from teambuilder.domain.profile import Profile

PLAN_SUFFIX = ".tbplan"
"""File name extension of plan files."""

CURRENT_SCHEMA = 1
"""The schema version this TeamBuilder writes; it reads every version up to this one."""

MAX_PLAN_BYTES = 1024 * 1024
"""Files larger than this are refused before being read: no real plan comes near it."""

MAX_TITLE = 200
MAX_NOTES = 100_000

Document = dict[str, Any]
Migration = Callable[[Document], Document]

MIGRATIONS: dict[int, Migration] = {}
"""Functions turning a schema-version N document into an N+1 document, keyed by N."""


REASONS = frozenset({
    # opening
    "missing", "no_read_permission", "folder", "not_a_file", "too_large", "unreadable",
    "newer_version", "damaged",
    # saving (and "folder", "too_large")
    "disk_full", "read_only_folder", "no_write_permission", "no_folder", "read_only_file",
    "name_too_long", "invalid", "system",
})
"""The kinds of :class:`PlanFileError`: a window can say each in the user's language."""


class PlanFileError(Exception):
    """A plan file could not be saved or opened; ``str(error)`` is a one-line message.

    Attributes:
        path: the file concerned.
        problem: what went wrong, without the file name (English, for the details).
        reason: the kind of problem, one of :data:`REASONS`, so that a translated
            interface can say it (and what to do) in the user's language.
    """

    def __init__(self, message: str, path: str | os.PathLike[str], problem: str,
                 reason: str = "damaged") -> None:
        super().__init__(message)
        self.path = Path(path)
        self.problem = problem
        self.reason = reason if reason in REASONS else "damaged"


class _FileProblemError(ValueError):
    """A plain-language problem with its :data:`REASONS` kind (default: a damaged file)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class Plan(BaseModel):
    """Everything a saved plan holds: the profile and the assumptions behind its numbers.

    Attributes:
        schema_version: format version of the file the plan was read from or is written as.
        title: the name the owner gave the plan.
        profile: the business profile the recommendation is computed from.
        cost_overrides: the user's cost assumptions, the same JSON document a ``--costs``
            file holds, or None for the built-in defaults.
        lang: language the plan was made in.
        notes: free text the owner attached.
        app_version: the TeamBuilder version that last saved the plan.
        saved_at: when the plan was last saved (ISO 8601, informational only).
    """

    # The validator is built when a plan is first opened or saved, not at start.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    schema_version: Annotated[int, Field(ge=1, strict=True)] = CURRENT_SCHEMA
    title: Annotated[str, Field(max_length=MAX_TITLE)] = ""
    profile: Profile
    cost_overrides: dict[str, JsonValue] | None = None
    lang: Annotated[str, Field(pattern=r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")] = "en"
    notes: Annotated[str, Field(max_length=MAX_NOTES)] = ""
    app_version: Annotated[str, Field(max_length=64)] = __version__
    saved_at: Annotated[str, Field(max_length=64)] = ""

    @field_validator("cost_overrides")
    @classmethod
    def _finite_json(cls, value: dict[str, JsonValue] | None) -> dict[str, JsonValue] | None:
        if value is not None:
            try:
                json.dumps(value, allow_nan=False)
            except ValueError:
                raise ValueError("cost_overrides must not contain NaN or Infinity") from None
        return value


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function that turns a ``from_version`` document into the next version's.

    The function gets a private copy of the parsed JSON object and returns the upgraded
    object; :func:`migrate` sets its ``schema_version``.

    Raises:
        ValueError: a migration for ``from_version`` is already registered.
    """

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"a migration from schema version {from_version} already exists")
        MIGRATIONS[from_version] = function
        return function

    return register


def migrate(document: Document) -> Document:
    """Bring a plan document of any supported schema version up to :data:`CURRENT_SCHEMA`.

    Raises:
        ValueError: the version is missing, not a whole number, unknown, from the future,
            or a migration failed; the message is plain language without the file name.
    """
    if "schema_version" not in document:
        raise ValueError("it has no schema_version, so it is not a TeamBuilder plan")
    version = document["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError(f"schema_version must be a whole number (found {show_value(version)})")
    if version > CURRENT_SCHEMA:
        raise _FileProblemError(
            f"it was made by a newer version of TeamBuilder (plan format {version}; "
            f"this version reads up to format {CURRENT_SCHEMA}). Update TeamBuilder to open it",
            "newer_version",
        )
    if version < 1:
        raise ValueError(f"schema_version {version} does not exist")
    result = copy.deepcopy(document)
    while version < CURRENT_SCHEMA:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"plan format {version} cannot be upgraded by this version")
        try:
            result = step(result)
            result["schema_version"] = version + 1
        except Exception:  # a damaged or hostile old file must not crash the upgrade
            raise ValueError(
                f"it could not be upgraded from plan format {version}; it may be damaged"
            ) from None
        version += 1
    return result


def plan_to_json(plan: Plan) -> str:
    """Serialise a plan as the text of a ``.tbplan`` file (UTF-8, stable key order)."""
    data = plan.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def plan_from_json(text: str, label: str | os.PathLike[str] = "the plan") -> Plan:
    """Parse, migrate and validate the text of a plan file.

    Args:
        text: the file's content.
        label: the file name (or a description) used in error messages.

    Raises:
        PlanFileError: the text is not a valid plan of a supported version.
    """
    try:
        return _parse(text)
    except ValueError as error:
        raise _error("Cannot open", label, str(error), "",
                     getattr(error, "reason", "damaged")) from None


def _parse(text: str) -> Plan:
    data = parse_json_text(text)
    if not isinstance(data, dict):
        raise ValueError(f"it does not contain a plan (expected a group of fields, "
                         f"found {json_kind(data)})")
    data = migrate(data)
    try:
        # Strict: a file saying "size": true or "budget": "5" is wrong, not something to guess.
        return Plan.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as error:
        raise ValueError(describe_validation_error(error)) from None


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file, upgrading an older format; never modifies the file.

    Raises:
        PlanFileError: the file is missing, unreadable, too large, or not a valid plan.
    """
    try:
        text = _read_text(Path(path))
    except ValueError as error:
        raise _error("Cannot open", path, str(error), "",
                     getattr(error, "reason", "damaged")) from None
    return plan_from_json(text, path)


def _read_text(path: Path) -> str:
    """The file's text, checking its kind and size before reading at most the limit."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _FileProblemError("it is a folder, not a plan file", "folder")
        if not stat.S_ISREG(info.st_mode):
            raise _FileProblemError("it is not a regular file", "not_a_file")
        if info.st_size > MAX_PLAN_BYTES:
            raise _FileProblemError(
                f"it is too large to be a plan ({_megabytes(info.st_size)}; "
                f"the limit is {_megabytes(MAX_PLAN_BYTES)})", "too_large")
        with path.open("rb") as stream:
            raw = stream.read(MAX_PLAN_BYTES + 1)
    except OSError as error:
        raise _read_problem(error) from None
    if len(raw) > MAX_PLAN_BYTES:  # it grew after the size check
        raise _FileProblemError(f"it is larger than {_megabytes(MAX_PLAN_BYTES)}", "too_large")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("it is not a text file, so it is not a TeamBuilder plan") from None


def _read_problem(error: OSError) -> _FileProblemError:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return _FileProblemError(
            "the file does not exist (it may have been moved or deleted)", "missing")
    if isinstance(error, PermissionError):
        return _FileProblemError("you do not have permission to read it", "no_read_permission")
    if isinstance(error, IsADirectoryError):
        return _FileProblemError("it is a folder, not a plan file", "folder")
    return _FileProblemError(f"the system could not read it ({error.strerror or error})",
                             "unreadable")


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> Plan:
    """Write a plan atomically: the file holds either the old plan or the new one, never a mix.

    The saved copy is stamped with the current schema version, app version and time.

    Returns:
        The plan exactly as saved (what :func:`load_plan` will return for ``path``).

    Raises:
        PlanFileError: the plan could not be written; any previous file is left intact.
    """
    target = Path(os.path.realpath(path))  # saving through a symbolic link updates its target
    saved = plan.model_copy(update={
        "schema_version": CURRENT_SCHEMA,
        "app_version": __version__,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })
    data = _savable_bytes(saved, path, target)
    folder = target.parent
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o666)  # the user's umask applies
    except OSError as error:
        raise _error("Cannot save to", path, *_write_problem(error)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions
            temporary.chmod(stat.S_IMODE(target.stat().st_mode))
        temporary.replace(target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _error("Cannot save to", path, *_write_problem(error)) from None
        raise
    _sync_folder(folder)
    return saved


def _savable_bytes(plan: Plan, path: str | os.PathLike[str], target: Path) -> bytes:
    """The file content for ``plan``, once sure that saving it is allowed and will reopen."""
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None  # a new file, or a name the system refuses: writing will say which
    if mode is not None and stat.S_ISDIR(mode):
        raise _error("Cannot save to", path, "it is a folder", "Choose a file name, not a folder.",
                     "folder")
    if mode is not None and not mode & stat.S_IWUSR:  # the owner marked it read-only
        raise _error("Cannot save to", path, "the file is read-only",
                     "Save the plan under another name.", "read_only_file")
    text = plan_to_json(plan)
    data = text.encode("utf-8")
    if len(data) > MAX_PLAN_BYTES:
        raise _error("Cannot save to", path, f"the plan is too large ({_megabytes(len(data))}; "
                     f"the limit is {_megabytes(MAX_PLAN_BYTES)})", "Shorten its notes.",
                     "too_large")
    try:  # never write a file this version could not open again
        plan_from_json(text, path)
    except PlanFileError as error:
        raise _error("Cannot save to", path, f"the plan is not valid ({error.problem})",
                     "Check its values.", "invalid") from None
    return data


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows opening a folder (not on Windows)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _write_problem(error: OSError) -> tuple[str, str, str]:
    """(problem, advice, reason) for a failed write."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full", "Free some space or choose another drive.", "disk_full"
    if code == errno.EROFS:
        return "the folder is read-only", "Choose another folder.", "read_only_folder"
    if isinstance(error, PermissionError):
        return ("you do not have permission to write in this folder", "Choose another folder.",
                "no_write_permission")
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return "the folder does not exist", "Choose another folder.", "no_folder"
    if isinstance(error, IsADirectoryError):
        return "it is a folder", "Choose a file name, not a folder.", "folder"
    if code == errno.ENAMETOOLONG:
        return "the file name is too long", "Choose a shorter name.", "name_too_long"
    return (f"the system reported an error ({error.strerror or error})", "Try another folder.",
            "system")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _error(
    action: str, path: str | os.PathLike[str], problem: str, advice: str = "",
    reason: str = "damaged",
) -> PlanFileError:
    shown = os.fspath(path).replace("\n", " ")
    return PlanFileError(f"{action} {shown}: {problem}. {advice}".rstrip(), path, problem,
                         reason)
