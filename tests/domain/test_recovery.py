"""Recovery files: written atomically, read back exactly, damaged ones never trusted."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from teambuilder.domain import recovery
from teambuilder.domain.planfile import Plan
from teambuilder.domain.profile import Profile
from teambuilder.domain.recovery import (
    RecoveryError,
    discard,
    find_orphans,
    pid_alive,
    read_recovery,
    recovery_file,
    remove_recovery,
    write_recovery,
)
from teambuilder.domain.userdirs import autosave_dir

PLAN = Plan(title="Bakery", profile=Profile(size=33, focus="b2c", budget=7777.0,
                                            goals=("sales",)),
            cost_overrides={"currency": "EUR"}, notes="نان")
DEAD = 999_999_999  # no system gives out process ids this large


def dead(_pid: int) -> bool:
    return False


def test_written_copy_reads_back_with_its_original_path_and_time(tmp_path: Path) -> None:
    when = datetime(2025, 5, 1, 18, 30, tzinfo=UTC)
    file = write_recovery(PLAN, Path("/plans/bakery.tbplan"), folder=tmp_path, now=when)
    assert file == tmp_path / f"recovery-{os.getpid()}.json"
    back = read_recovery(file)
    assert back.plan == PLAN
    assert back.original_path == Path("/plans/bakery.tbplan")
    assert back.saved_at == when
    assert back.pid == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == [file.name]  # no temporary left


def test_untitled_plan_has_no_original_path(tmp_path: Path) -> None:
    file = write_recovery(PLAN, None, folder=tmp_path)
    assert read_recovery(file).original_path is None


def test_default_folder_is_the_user_autosave_folder() -> None:
    file = write_recovery(PLAN, None)
    assert file.parent == autosave_dir()
    assert remove_recovery() is True
    assert not file.exists()
    assert remove_recovery() is False


def test_rewriting_replaces_the_copy(tmp_path: Path) -> None:
    write_recovery(PLAN, None, folder=tmp_path)
    later = PLAN.model_copy(update={"title": "Bakery 2"})
    file = write_recovery(later, None, folder=tmp_path)
    assert read_recovery(file).plan.title == "Bakery 2"


def test_failed_write_keeps_the_previous_copy(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    file = write_recovery(PLAN, None, folder=tmp_path)
    before = file.read_bytes()

    def no_fsync(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_fsync)
    with pytest.raises(RecoveryError, match="No space left"):
        write_recovery(PLAN.model_copy(update={"title": "Lost"}), None, folder=tmp_path)
    assert file.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [file.name]


def test_unwritable_folder_is_an_error_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RecoveryError):
        write_recovery(PLAN, None, folder=blocker)


def valid_document() -> dict[str, object]:
    return {"format": "teambuilder-recovery", "version": 1, "pid": DEAD,
            "saved_at": "2025-05-01T18:30:00+00:00", "original_path": None,
            "plan": json.loads(PLAN.model_dump_json())}


BROKEN: dict[str, bytes] = {
    "empty": b"",
    "truncated": json.dumps(valid_document()).encode()[:80],
    "not json": b"hello",
    "binary": bytes(range(256)),
    "a list": b"[]",
    "another format": json.dumps({**valid_document(), "format": "other"}).encode(),
    "future version": json.dumps({**valid_document(), "version": 2}).encode(),
    "pid not a number": json.dumps({**valid_document(), "pid": "12"}).encode(),
    "pid true": json.dumps({**valid_document(), "pid": True}).encode(),
    "no time": json.dumps({**valid_document(), "saved_at": None}).encode(),
    "bad time": json.dumps({**valid_document(), "saved_at": "yesterday"}).encode(),
    "naive time": json.dumps({**valid_document(), "saved_at": "2025-05-01T18:30"}).encode(),
    "original path a number": json.dumps({**valid_document(), "original_path": 3}).encode(),
    "original path empty": json.dumps({**valid_document(), "original_path": ""}).encode(),
    "no plan": json.dumps({**valid_document(), "plan": None}).encode(),
    "plan of wrong shape": json.dumps({**valid_document(), "plan": {"a": 1}}).encode(),
    "negative budget": json.dumps({**valid_document(), "plan": {
        **valid_document()["plan"],  # type: ignore[dict-item]
        "profile": {"size": 3, "focus": "b2b", "budget": -5}}}).encode(),
    "too large": b" " * (recovery.MAX_RECOVERY_BYTES + 1),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_damaged_file_is_refused_with_its_name(tmp_path: Path, kind: str) -> None:
    file = tmp_path / f"recovery-{DEAD}.json"
    file.write_bytes(BROKEN[kind])
    with pytest.raises(RecoveryError, match=str(file).replace("\\", "\\\\")):
        read_recovery(file)
    assert file.read_bytes() == BROKEN[kind]  # reading never changes it


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_orphan_search_skips_and_sets_aside_a_damaged_file(
        tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture) -> None:
    good = write_recovery(PLAN, None, pid=DEAD - 1, folder=tmp_path)
    bad = tmp_path / f"recovery-{DEAD}.json"
    bad.write_bytes(BROKEN[kind])
    with caplog.at_level(logging.WARNING, logger="teambuilder.domain.recovery"):
        orphans = find_orphans(tmp_path, alive=dead)
    assert [o.file for o in orphans] == [good]
    assert "damaged recovery file" in caplog.text and bad.name in caplog.text
    assert not bad.exists()
    assert (tmp_path / (bad.name + ".broken")).read_bytes() == BROKEN[kind]
    assert find_orphans(tmp_path, alive=dead) == orphans  # not reported twice


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RecoveryError, match="cannot be read"):
        read_recovery(tmp_path / "recovery-1.json")


def test_orphans_are_newest_first_and_running_ones_left_alone(tmp_path: Path) -> None:
    old = write_recovery(PLAN, None, pid=101, folder=tmp_path,
                         now=datetime(2025, 1, 1, tzinfo=UTC))
    new = write_recovery(PLAN, None, pid=102, folder=tmp_path,
                         now=datetime(2025, 6, 1, tzinfo=UTC))
    running = write_recovery(PLAN, None, pid=103, folder=tmp_path)
    (tmp_path / "notes.txt").write_text("not ours")
    orphans = find_orphans(tmp_path, alive=lambda pid: pid == 103)
    assert [o.file for o in orphans] == [new, old]
    assert running.exists()


def test_a_copy_under_this_process_id_is_an_orphan(tmp_path: Path) -> None:
    # A crashed TeamBuilder had the id this process now has: nothing of ours is written yet.
    mine = write_recovery(PLAN, None, folder=tmp_path)
    assert [o.file for o in find_orphans(tmp_path, alive=lambda _pid: True)] == [mine]


def test_discard_deletes_the_file(tmp_path: Path) -> None:
    write_recovery(PLAN, None, pid=DEAD, folder=tmp_path)
    (orphan,) = find_orphans(tmp_path, alive=dead)
    discard(orphan)
    assert not orphan.file.exists()
    discard(orphan)  # already gone: fine
    assert find_orphans(tmp_path, alive=dead) == []


def test_missing_folder_finds_nothing(tmp_path: Path) -> None:
    assert find_orphans(tmp_path / "nowhere") == []


def test_recovery_file_names_the_process(tmp_path: Path) -> None:
    assert recovery_file(42, tmp_path) == tmp_path / "recovery-42.json"


def test_pid_alive_tells_running_from_ended_processes() -> None:
    assert pid_alive(os.getpid())
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    assert not pid_alive(int(child.stdout))
    assert not pid_alive(0)
    assert not pid_alive(DEAD)
