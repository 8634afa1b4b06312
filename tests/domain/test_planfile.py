"""Plan files: round trip, atomic saves under injected faults, and hostile files refused."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teambuilder.domain import planfile
from teambuilder.domain.planfile import (
    CURRENT_SCHEMA,
    MAX_PLAN_BYTES,
    PLAN_SUFFIX,
    Plan,
    PlanFileError,
    load_plan,
    migrate,
    migration,
    plan_from_json,
    plan_to_json,
    save_plan,
)
from teambuilder.domain.profile import MAX_BUDGET, MAX_SIZE, Profile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "plans"

PROFILE = Profile(size=12, focus="b2c", budget=4500.0, goals=("sales",), have=("seo_specialist",))


def make_plan(**changes: Any) -> Plan:
    values: dict[str, Any] = {"title": "Bakery", "profile": PROFILE, "notes": "نان — pâine"}
    values.update(changes)
    return Plan(**values)


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(child.name for child in folder.iterdir() if child.name not in keep)


# ---------------------------------------------------------------------------- round trip


def test_save_then_load_gives_the_same_plan(tmp_path: Path) -> None:
    path = tmp_path / f"bakery{PLAN_SUFFIX}"
    plan = make_plan(cost_overrides={"currency": "EUR", "roles": {"seo_specialist": 3100.5}})
    saved = save_plan(plan, path)
    assert load_plan(path) == saved
    assert saved.model_copy(update={"saved_at": ""}) == plan.model_copy(update={"saved_at": ""})
    assert saved.saved_at  # stamped
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == CURRENT_SCHEMA
    assert leftovers(tmp_path, {path.name}) == []


def test_saving_over_an_existing_plan_replaces_it_and_keeps_its_permissions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.tbplan"
    save_plan(make_plan(title="first"), path)
    path.chmod(0o640)
    save_plan(make_plan(title="second"), path)
    assert load_plan(path).title == "second"
    assert path.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path, {path.name}) == []


def test_saving_through_a_symbolic_link_updates_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real.tbplan"
    save_plan(make_plan(title="first"), real)
    link = tmp_path / "link.tbplan"
    link.symlink_to(real)
    save_plan(make_plan(title="second"), link)
    assert link.is_symlink()
    assert load_plan(real).title == "second"


def test_plan_to_json_and_back_is_exact() -> None:
    plan = make_plan(lang="fa", saved_at="2025-01-01T00:00:00+00:00")
    assert plan_from_json(plan_to_json(plan), "memory") == plan


@settings(max_examples=200, deadline=None)
@given(
    size=st.integers(min_value=1, max_value=MAX_SIZE),
    focus=st.sampled_from(["b2b", "b2c", "both"]),
    budget=st.floats(min_value=0.0, max_value=MAX_BUDGET, exclude_min=True),
    goals=st.lists(st.sampled_from(["awareness", "leads", "sales", "retention"])),
    horizon=st.sampled_from(["quick", "balanced", "long"]),
    have=st.lists(st.text(max_size=30)),
    title=st.text(max_size=200),
    notes=st.text(max_size=500),
)
def test_any_profile_round_trips_exactly(
    size: int,
    focus: Any,
    budget: float,
    goals: list[Any],
    horizon: Any,
    have: list[str],
    title: str,
    notes: str,
) -> None:
    profile = Profile(
        size=size, focus=focus, budget=budget, goals=tuple(goals), horizon=horizon,
        have=tuple(have),
    )
    plan = Plan(title=title, profile=profile, notes=notes)
    again = plan_from_json(plan_to_json(plan), "memory")
    assert again == plan
    assert again.profile.budget == budget  # bit-for-bit, not approximately


# ---------------------------------------------------------------------------- fixtures


def test_there_is_a_fixture_for_every_schema_version_and_a_migration_between_them() -> None:
    versions = range(1, CURRENT_SCHEMA + 1)
    assert sorted(p.name for p in FIXTURES.glob("*.tbplan")) == sorted(
        f"v{n}.tbplan" for n in versions
    )
    assert set(planfile.MIGRATIONS) == set(range(1, CURRENT_SCHEMA))


@pytest.mark.parametrize("version", range(1, CURRENT_SCHEMA + 1))
def test_every_past_plan_format_still_opens(version: int) -> None:
    path = FIXTURES / f"v{version}.tbplan"
    before = snapshot(path)
    plan = load_plan(path)
    assert plan.schema_version == CURRENT_SCHEMA
    assert plan.profile.size == 12
    assert plan.profile.focus == "b2c"
    assert plan.profile.budget == 4500.0
    assert snapshot(path) == before


def test_the_version_1_fixture_keeps_all_its_content() -> None:
    plan = load_plan(FIXTURES / "v1.tbplan")
    assert plan.title == "Bakery growth plan 2025"
    assert plan.profile.goals == ("awareness", "sales")
    assert plan.profile.have == ("social_media_manager",)
    assert plan.lang == "fa"
    assert plan.notes.startswith("برنامه")
    assert plan.cost_overrides is None
    # Saved before the digital-products question existed: the answer is "no".
    assert plan.profile.digital_products is False


def test_the_digital_products_answer_is_saved(tmp_path: Path) -> None:
    profile = Profile(size=40, focus="both", budget=25000, digital_products=True)
    path = tmp_path / "a.tbplan"
    save_plan(Plan(title="App", profile=profile), path)
    again = load_plan(path)
    assert again.profile == profile and again.schema_version == 1


# ---------------------------------------------------------------------------- faults while saving


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    """A folder holding one good plan file, the 'previous save' every fault must spare."""
    path = tmp_path / "plan.tbplan"
    save_plan(make_plan(title="the old plan"), path)
    return path


def fail_with(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


class _HalfWriter:
    """Stands in for the temp file: writes half of the data, then the disk is 'full'."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


REAL_FDOPEN = os.fdopen

FAULTS: dict[str, tuple[str, Callable[..., Any], str]] = {
    # name: (attribute of os to replace, replacement, words the message must contain)
    "write fails half-way, disk full": (
        "fdopen", lambda fd, mode: _HalfWriter(REAL_FDOPEN(fd, mode)), "the disk is full"
    ),
    "fsync fails, disk full": ("fsync", fail_with(errno.ENOSPC), "the disk is full"),
    "fsync fails, i/o error": ("fsync", fail_with(errno.EIO), "the system reported an error"),
    "rename fails, no permission": ("replace", fail_with(errno.EACCES), "permission"),
    "rename fails, read-only": ("replace", fail_with(errno.EROFS), "read-only"),
    "temp file creation fails, no permission": ("open", fail_with(errno.EACCES), "permission"),
    "temp file creation fails, read-only": ("open", fail_with(errno.EROFS), "read-only"),
    "temp file creation fails, disk full": ("open", fail_with(errno.ENOSPC), "the disk is full"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failed_save_leaves_the_old_file_byte_for_byte_and_no_temp_file(
    fault: str, old_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attribute, replacement, words = FAULTS[fault]
    before = snapshot(old_plan)
    monkeypatch.setattr(os, attribute, replacement)
    with pytest.raises(PlanFileError) as caught:
        save_plan(make_plan(title="the new plan"), old_plan)
    monkeypatch.undo()
    message = str(caught.value)
    assert words in message
    assert str(old_plan) in message
    assert "\n" not in message
    assert message.endswith(".")
    assert snapshot(old_plan) == before
    assert load_plan(old_plan).title == "the old plan"
    assert leftovers(old_plan.parent, {old_plan.name}) == []
    # Nothing is stuck: the next save works.
    save_plan(make_plan(title="the new plan"), old_plan)
    assert load_plan(old_plan).title == "the new plan"


def test_an_interrupted_save_removes_its_temp_file_and_lets_the_interrupt_through(
    old_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(old_plan)

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_plan(make_plan(title="new"), old_plan)
    assert snapshot(old_plan) == before
    assert leftovers(old_plan.parent, {old_plan.name}) == []


def test_saving_to_a_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "plans.tbplan"
    folder.mkdir()
    with pytest.raises(PlanFileError, match=r"is a folder\. Choose a file name"):
        save_plan(make_plan(), folder)
    assert folder.is_dir()
    assert leftovers(tmp_path, {folder.name}) == []
    assert list(folder.iterdir()) == []


def test_saving_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "plan.tbplan"
    with pytest.raises(PlanFileError, match=r"the folder does not exist\. Choose another folder"):
        save_plan(make_plan(), path)
    assert not path.parent.exists()


def test_saving_into_a_really_read_only_folder(old_plan: Path) -> None:
    folder = old_plan.parent
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:  # root ignores folder permissions; the simulated faults above cover this case
            probe.unlink()
            pytest.skip("running with privileges that ignore read-only folders")
        before = snapshot(old_plan)
        with pytest.raises(PlanFileError, match="permission"):
            save_plan(make_plan(title="new"), old_plan)
        assert snapshot(old_plan) == before
        assert leftovers(folder, {old_plan.name}) == []
    finally:
        folder.chmod(0o755)


# ---------------------------------------------------------------------------- broken files


def good_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(plan_to_json(make_plan()))
    profile_changes = {k.removeprefix("profile_"): v for k, v in changes.items()
                       if k.startswith("profile_")}
    document["profile"].update(profile_changes)
    document.update({k: v for k, v in changes.items() if not k.startswith("profile_")})
    return document


def as_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


GOOD_TEXT = plan_to_json(make_plan()).encode("utf-8")

BROKEN_CONTENT: dict[str, tuple[bytes, str]] = {
    # kind: (file content, words the message must contain)
    "empty": (b"", "empty"),
    "only blank lines": (b"\n \n\t\n", "empty"),
    "truncated": (GOOD_TEXT[: len(GOOD_TEXT) // 2], "incomplete"),
    "truncated inside a text": (b'{"schema_version": 1, "ti', "incomplete"),
    "not JSON": (b"title = my plan\nbudget = 3000\n", "not valid JSON"),
    "JSON with a syntax error": (b'{"schema_version": 1,, "title": "x"}', "not valid JSON"),
    "binary (PNG header)": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
    "binary zero bytes in UTF-8": (b'{"schema_version": 1}\x00\x00', "binary data"),
    "not UTF-8 (Latin-1)": ('{"title": "Café"}'.encode("latin-1"), "not a text file"),
    "top level is a list": (b"[1, 2, 3]", "found a list"),
    "top level is a text": (b'"a plan"', "found a text"),
    "top level is a number": (b"42", "found a number"),
    "top level is null": (b"null", "found null"),
    "no schema_version": (as_bytes({"title": "x"}), "no schema_version"),
    "schema_version is text": (as_bytes(good_document(schema_version="1")), "whole number"),
    "schema_version is a fraction": (as_bytes(good_document(schema_version=1.5)), "whole number"),
    "schema_version is true": (as_bytes(good_document(schema_version=True)), "whole number"),
    "schema_version from the future": (
        as_bytes(good_document(schema_version=CURRENT_SCHEMA + 1)), "newer version of TeamBuilder"
    ),
    "schema_version zero": (as_bytes(good_document(schema_version=0)), "does not exist"),
    "schema_version negative": (as_bytes(good_document(schema_version=-3)), "does not exist"),
    "no profile": (as_bytes({"schema_version": 1, "title": "x"}), "profile is missing"),
    "profile is a list": (as_bytes(good_document(profile=[1])), "profile must be a group"),
    "profile without budget": (
        as_bytes({"schema_version": 1, "profile": {"size": 3, "focus": "b2b"}}),
        "budget is missing",
    ),
    "unknown field": (as_bytes(good_document(colour="red")), "unknown field 'colour'"),
    "repeated field": (b'{"schema_version": 1, "schema_version": 1}', "appears twice"),
    "negative budget": (as_bytes(good_document(profile_budget=-500)),
                        "budget must be greater than 0"),
    "zero budget": (as_bytes(good_document(profile_budget=0)), "budget must be greater than 0"),
    "absurd budget": (as_bytes(good_document(profile_budget=1e15)), "budget must be at most"),
    "budget is text": (as_bytes(good_document(profile_budget="3000")), "budget must be a number"),
    "budget NaN": (GOOD_TEXT.replace(b'"budget": 4500.0', b'"budget": NaN'), "NaN"),
    "budget Infinity": (GOOD_TEXT.replace(b'"budget": 4500.0', b'"budget": Infinity'),
                        "Infinity"),
    "budget -Infinity": (GOOD_TEXT.replace(b'"budget": 4500.0', b'"budget": -Infinity'),
                         "-Infinity"),
    "budget overflows to infinity": (GOOD_TEXT.replace(b'"budget": 4500.0', b'"budget": 1e999'),
                                     "too large"),
    "number with thousands of digits": (
        GOOD_TEXT.replace(b'"size": 12', b'"size": ' + b"9" * 5000), "too large"
    ),
    "size 0": (as_bytes(good_document(profile_size=0)), "size must be at least 1"),
    "negative size": (as_bytes(good_document(profile_size=-4)), "size must be at least 1"),
    "absurd size": (as_bytes(good_document(profile_size=10**9)), "size must be at most"),
    "size is a fraction": (as_bytes(good_document(profile_size=2.5)), "size must be a whole"),
    "size is true": (as_bytes(good_document(profile_size=True)), "size must be a whole"),
    "unknown market focus": (as_bytes(good_document(profile_focus="b2x")), "focus must be"),
    "unknown goal": (as_bytes(good_document(profile_goals=["fame"])), "goals must be"),
    "title is a number": (as_bytes(good_document(title=5)), "title must be text"),
    "title far too long": (as_bytes(good_document(title="x" * 5000)), "title must have at most"),
    "language code is a path": (as_bytes(good_document(lang="../../etc")), "lang is not a valid"),
    "cost overrides is a list": (as_bytes(good_document(cost_overrides=[1])), "cost_overrides"),
    "nested a million deep": (b"[" * 1_000_000, "nested too deeply"),
    "nested deep inside the cost overrides": (
        as_bytes(good_document(cost_overrides={"a": json.loads("[" * 300 + "]" * 300)})),
        "nested too deeply",
    ),
}


def assert_refused(
    path: Path, words: str, patch_open: Callable[..., Any] | None = None
) -> PlanFileError:
    """Opening ``path`` fails with a one-line message naming it and the problem; no change.

    ``patch_open``, if given, replaces ``Path.open`` while the plan is being opened.
    """
    before = snapshot(path) if path.is_file() else None
    with pytest.raises(PlanFileError) as caught, pytest.MonkeyPatch.context() as patch:
        if patch_open is not None:
            patch.setattr(Path, "open", patch_open)
        load_plan(path)
    message = str(caught.value)
    assert message.startswith(f"Cannot open {path}: ")
    assert words in message
    assert "\n" not in message
    assert "Traceback" not in message and "pydantic" not in message
    assert len(message) < len(str(path)) + 250
    assert caught.value.path == path
    if before is not None:
        assert snapshot(path) == before
    return caught.value


@pytest.mark.parametrize("kind", sorted(BROKEN_CONTENT))
def test_a_broken_file_is_refused_with_a_message_naming_the_problem(
    kind: str, tmp_path: Path
) -> None:
    content, words = BROKEN_CONTENT[kind]
    path = tmp_path / "broken.tbplan"
    path.write_bytes(content)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # a distinctive mtime to compare
    assert_refused(path, words)
    assert leftovers(tmp_path, {path.name}) == []


@pytest.mark.parametrize("ascii_only", [False, True])
def test_every_truncation_of_a_good_plan_is_reported_as_incomplete(ascii_only: bool) -> None:
    overrides = {"on_cost": 1.25e0, "flags": [True, False, None], "delta": -3, "tiny": 1e-7}
    document = json.loads(plan_to_json(make_plan(cost_overrides=overrides)))
    text = json.dumps(document, ensure_ascii=ascii_only, indent=1)  # \u escapes when ascii_only
    assert plan_from_json(text, "whole.tbplan").cost_overrides == overrides
    for cut in range(len(text)):
        with pytest.raises(PlanFileError, match=r"incomplete|empty"):
            plan_from_json(text[:cut], "cut.tbplan")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.tbplan"
    with path.open("wb") as stream:  # sparse: large on paper, no disk used
        stream.truncate(MAX_PLAN_BYTES * 1024)

    def no_reading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the file was opened")

    assert_refused(path, "too large to be a plan (1024.0 MB; the limit is 1.0 MB)", no_reading)


def test_a_file_just_over_the_limit_is_refused_and_one_at_the_limit_is_read(
    tmp_path: Path,
) -> None:
    document = good_document(notes="", title="")
    padding = MAX_PLAN_BYTES - len(as_bytes(document))
    path = tmp_path / "big.tbplan"
    path.write_bytes(as_bytes(document) + b" " * padding)  # exactly the limit
    assert path.stat().st_size == MAX_PLAN_BYTES
    assert load_plan(path).title == ""
    path.write_bytes(path.read_bytes() + b" ")
    assert_refused(path, "too large")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.tbplan"
    folder.mkdir()
    assert_refused(folder, "it is a folder")


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert_refused(tmp_path / "gone.tbplan", "does not exist")
    assert_refused(tmp_path / "no-folder" / "gone.tbplan", "does not exist")


def test_a_special_file_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    pipe = tmp_path / "pipe.tbplan"
    os.mkfifo(pipe)
    assert_refused(pipe, "not a regular file")


def test_a_file_without_read_permission_is_refused(old_plan: Path) -> None:
    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    # Root reads anything, so the refusal is simulated.
    assert_refused(old_plan, "you do not have permission to read it", denied)


def test_an_unreadable_disk_is_refused(old_plan: Path) -> None:
    assert_refused(old_plan, "the system could not read it", fail_with(errno.EIO))


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.tbplan"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT)
    assert load_plan(path) == make_plan()


# ---------------------------------------------------------------------------- migrations


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[int, Any]:
    """An empty migration registry for the test to fill, restored afterwards."""
    migrations: dict[int, Any] = {}
    monkeypatch.setattr(planfile, "MIGRATIONS", migrations)
    return migrations


def test_an_older_plan_opens_through_its_migrations_in_order(
    registry: dict[int, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(planfile, "CURRENT_SCHEMA", 3)

    @migration(2)
    def two_to_three(document: dict[str, Any]) -> dict[str, Any]:
        document["notes"] += " +3"
        return document

    @migration(1)
    def one_to_two(document: dict[str, Any]) -> dict[str, Any]:
        # A typical change: a renamed field.
        document["notes"] = document.pop("memo") + " +2"
        return document

    old = {"schema_version": 1, "profile": PROFILE.model_dump(mode="json"), "memo": "v1"}
    path = tmp_path / "old.tbplan"
    path.write_bytes(as_bytes(old))
    before = snapshot(path)
    plan = load_plan(path)
    assert plan.notes == "v1 +2 +3"
    assert plan.schema_version == 3
    assert snapshot(path) == before  # opening never rewrites the old file
    save_plan(plan, path)
    assert json.loads(path.read_bytes())["schema_version"] == 3


def test_migrate_leaves_the_callers_document_alone(
    registry: dict[int, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planfile, "CURRENT_SCHEMA", 2)

    @migration(1)
    def change(document: dict[str, Any]) -> dict[str, Any]:
        document["profile"]["size"] = 99
        return document

    original = good_document(schema_version=1)
    kept = json.loads(json.dumps(original))
    assert migrate(original)["profile"]["size"] == 99
    assert original == kept


def test_a_migration_that_fails_on_a_hostile_old_file_gives_a_message(
    registry: dict[int, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(planfile, "CURRENT_SCHEMA", 2)

    @migration(1)
    def needs_memo(document: dict[str, Any]) -> dict[str, Any]:
        document["notes"] = document.pop("memo")
        return document

    path = tmp_path / "old.tbplan"
    path.write_bytes(as_bytes(good_document(schema_version=1)))
    assert_refused(path, "could not be upgraded from plan format 1")


def test_a_missing_migration_is_reported(
    registry: dict[int, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(planfile, "CURRENT_SCHEMA", 2)
    path = tmp_path / "old.tbplan"
    path.write_bytes(as_bytes(good_document(schema_version=1)))
    assert_refused(path, "plan format 1 cannot be upgraded")


def test_a_version_cannot_have_two_migrations(registry: dict[int, Any]) -> None:
    migration(1)(lambda document: document)
    with pytest.raises(ValueError, match="already exists"):
        migration(1)(lambda document: document)


def test_a_read_only_file_is_not_overwritten(old_plan: Path) -> None:
    old_plan.chmod(0o444)
    before = snapshot(old_plan)
    with pytest.raises(PlanFileError, match=r"the file is read-only\. Save the plan under"):
        save_plan(make_plan(title="new"), old_plan)
    assert snapshot(old_plan) == before
    assert leftovers(old_plan.parent, {old_plan.name}) == []


def test_a_file_name_too_long_for_the_system_is_reported(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 300 + PLAN_SUFFIX)
    with pytest.raises(PlanFileError, match=r"the file name is too long\. Choose a shorter"):
        save_plan(make_plan(), path)
    assert leftovers(tmp_path, set()) == []


def test_a_plan_too_large_to_reopen_is_not_saved(old_plan: Path) -> None:
    before = snapshot(old_plan)
    huge = make_plan(cost_overrides={"padding": "x" * MAX_PLAN_BYTES})
    with pytest.raises(PlanFileError, match=r"the plan is too large \(1\.0 MB; the limit"):
        save_plan(huge, old_plan)
    assert snapshot(old_plan) == before


def test_a_plan_this_version_could_not_reopen_is_not_saved(old_plan: Path) -> None:
    before = snapshot(old_plan)
    deep: Any = "bottom"
    for _ in range(50):
        deep = [deep]
    with pytest.raises(PlanFileError, match=r"the plan is not valid \(it is nested too deeply"):
        save_plan(make_plan(cost_overrides={"deep": deep}), old_plan)
    assert snapshot(old_plan) == before
    assert leftovers(old_plan.parent, {old_plan.name}) == []


# ---------------------------------------------------------------------------- kinds of problem


def test_every_problem_has_a_kind_a_window_can_translate(
        old_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``PlanFileError.reason`` tells a translated interface what to say; one per case."""

    def reason_of(action: Callable[[], Any]) -> str:
        with pytest.raises(PlanFileError) as caught:
            action()
        assert caught.value.reason in planfile.REASONS
        return caught.value.reason

    folder = tmp_path / "folder.tbplan"
    folder.mkdir()
    huge = tmp_path / "huge.tbplan"
    with huge.open("wb") as stream:
        stream.truncate(MAX_PLAN_BYTES + 1)
    future = tmp_path / "future.tbplan"
    future.write_bytes(as_bytes(good_document(schema_version=CURRENT_SCHEMA + 1)))
    damaged = tmp_path / "damaged.tbplan"
    damaged.write_bytes(GOOD_TEXT[:40])
    opening = {
        "missing": lambda: load_plan(tmp_path / "gone.tbplan"),
        "folder": lambda: load_plan(folder),
        "too_large": lambda: load_plan(huge),
        "newer_version": lambda: load_plan(future),
        "damaged": lambda: load_plan(damaged),
    }
    for expected, action in opening.items():
        assert reason_of(action) == expected
    with monkeypatch.context() as patch:
        patch.setattr(Path, "open", fail_with(errno.EACCES))
        assert reason_of(lambda: load_plan(old_plan)) == "no_read_permission"
        patch.setattr(Path, "open", fail_with(errno.EIO))
        assert reason_of(lambda: load_plan(old_plan)) == "unreadable"
    saving = {
        "disk_full": ("fsync", errno.ENOSPC), "read_only_folder": ("open", errno.EROFS),
        "no_write_permission": ("replace", errno.EACCES), "system": ("fsync", errno.EIO),
    }
    for expected, (attribute, code) in saving.items():
        with monkeypatch.context() as patch:
            patch.setattr(os, attribute, fail_with(code))
            assert reason_of(lambda: save_plan(make_plan(), old_plan)) == expected
    assert reason_of(lambda: save_plan(make_plan(), folder)) == "folder"
    assert reason_of(lambda: save_plan(make_plan(), tmp_path / "no" / "p.tbplan")) == "no_folder"
    assert reason_of(lambda: save_plan(make_plan(), tmp_path / ("x" * 300 + PLAN_SUFFIX))) == (
        "name_too_long")
    big = make_plan(cost_overrides={"padding": "x" * MAX_PLAN_BYTES})
    assert reason_of(lambda: save_plan(big, old_plan)) == "too_large"
    old_plan.chmod(0o444)
    try:
        assert reason_of(lambda: save_plan(make_plan(), old_plan)) == "read_only_file"
    finally:
        old_plan.chmod(0o644)


def test_every_broken_content_is_a_damaged_file_or_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "broken.tbplan"
    for kind, (content, _words) in BROKEN_CONTENT.items():
        path.write_bytes(content)
        with pytest.raises(PlanFileError) as caught:
            load_plan(path)
        expected = "newer_version" if kind == "schema_version from the future" else "damaged"
        assert caught.value.reason == expected, kind
