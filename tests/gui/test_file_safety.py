"""In the window, a failed save or a bad file never loses work: the old file survives, the
unsaved mark stays, the autosaved copy stays, and the message says what happened and what
to do, in the user's language."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from teambuilder.domain.planfile import CURRENT_SCHEMA, MAX_PLAN_BYTES, load_plan
from teambuilder.domain.profile import Profile
from teambuilder.gui import i18n
from teambuilder.gui.autosave import Autosaver
from teambuilder.gui.formatting import FSI, PDI
from teambuilder.gui.formatting import isolate_always as isolate
from teambuilder.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter

Button = QMessageBox.StandardButton
Box = tuple[str, str]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[Box]:
    """Every message box is answered OK at once; its text and informative text are kept."""
    shown: list[Box] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return int(Button.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def edit(window: MainWindow, size: int) -> None:
    """Change the company size as a person would; the plan becomes unsaved."""
    spin = window.findChild(QSpinBox, "companySize")
    assert isinstance(spin, QSpinBox)
    spin.setValue(size)
    assert window.isWindowModified()


@pytest.fixture
def saved(window: MainWindow, tmp_path: Path) -> Path:
    """The window's plan saved once to ``shop.tbplan``, then changed (unsaved)."""
    path = tmp_path / "shop.tbplan"
    assert window.save_to(path)
    edit(window, 77)
    return path


def raise_os_error(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


# ------------------------------------------------------------------------- failed saves


SAVE_FAULTS: dict[str, tuple[str, int, str]] = {
    # kind: (os function that fails, errno, the advice the message must give)
    "disk full while writing to the disk": ("fsync", errno.ENOSPC, "Free some space"),
    "disk full when the file is made": ("open", errno.ENOSPC, "Free some space"),
    "read-only folder (a locked drive)": ("open", errno.EROFS, "Save the plan in another folder"),
    "no permission to write in the folder": ("open", errno.EACCES,
                                             "Save the plan in another folder"),
    "the rename is refused": ("replace", errno.EACCES, "Save the plan in another folder"),
    "an input/output error": ("fsync", errno.EIO, "Try saving the plan in another folder"),
}


@pytest.mark.parametrize("fault", sorted(SAVE_FAULTS))
def test_a_failed_save_keeps_the_old_file_the_unsaved_mark_and_says_what_to_do(
        fault: str, window: MainWindow, saved: Path, boxes: list[Box],
        monkeypatch: pytest.MonkeyPatch) -> None:
    function, code, advice = SAVE_FAULTS[fault]
    before = snapshot(saved)
    with monkeypatch.context() as patch:
        patch.setattr(os, function, raise_os_error(code))
        assert not window.save()
    assert snapshot(saved) == before  # the previous save survives byte for byte
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]  # no temp file
    assert window.isWindowModified() and window.document.dirty
    assert window.document.path == saved
    assert window.profile_panel.profile().size == 77  # the work is still on screen
    ((text, informative),) = boxes
    assert text == f"The plan could not be saved to “{isolate('shop')}”."
    assert advice in informative
    assert "Your changes are still in the window, not saved yet." in informative
    assert f"{FSI}Cannot save to {saved}: " in informative  # the details name the file
    # Once the fault is gone, the same command saves, and the mark goes.
    assert window.save()
    assert not window.isWindowModified()
    assert load_plan(saved).profile.size == 77


def test_a_real_read_only_folder_refuses_the_save_and_keeps_the_file(
        window: MainWindow, saved: Path, boxes: list[Box]) -> None:
    folder = saved.parent
    before = snapshot(saved)
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:  # root writes anywhere; the simulated faults above cover this case
            probe.unlink()
            pytest.skip("running with privileges that ignore read-only folders")
        assert not window.save()
    finally:
        folder.chmod(0o755)
    assert snapshot(saved) == before
    assert window.isWindowModified()
    ((_text, informative),) = boxes
    assert "permission to write in this folder" in informative


def test_saving_onto_a_folder_is_refused_and_the_plan_keeps_its_own_file(
        window: MainWindow, saved: Path, boxes: list[Box]) -> None:
    folder = saved.parent / "archive.tbplan"
    folder.mkdir()
    assert not window.save_to(folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert window.document.path == saved and window.isWindowModified()
    ((text, informative),) = boxes
    assert isolate("archive") in text
    assert "A folder has this name. Choose a file name instead." in informative


def test_a_read_only_plan_file_is_not_overwritten(window: MainWindow, saved: Path,
                                                   boxes: list[Box]) -> None:
    saved.chmod(0o444)
    before = snapshot(saved)
    try:
        assert not window.save()
    finally:
        saved.chmod(0o644)
    assert snapshot(saved) == before and window.isWindowModified()
    ((_text, informative),) = boxes
    assert "Save the plan under another name." in informative


def test_closing_when_the_save_fails_keeps_the_window_and_the_work(
        window: MainWindow, saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        if "save the changes" in box.text():
            return int(Button.Save.value)  # "Save" in the unsaved-changes question
        return int(Button.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    before = snapshot(saved)
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", raise_os_error(errno.ENOSPC))
        assert not window.close()  # the close is called off
    assert window.isVisible() and window.isWindowModified()
    assert window.profile_panel.profile().size == 77
    assert snapshot(saved) == before
    assert len(asked) == 2 and "could not be saved" in asked[1]


def test_the_autosaved_copy_stays_while_a_save_fails(
        window: MainWindow, saved: Path, boxes: list[Box], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    saver = Autosaver(window, 20)
    edit(window, 78)
    qtbot.waitUntil(lambda: saver.file().exists())
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", raise_os_error(errno.EACCES))
        assert not window.save()
    assert saver.file().exists()  # still the safety net
    kept = json.loads(saver.file().read_text(encoding="utf-8"))
    assert kept["plan"]["profile"]["size"] == 78
    assert window.save()
    assert not saver.file().exists()  # safe now: the copy goes


@pytest.mark.parametrize("lang", ["fa", "ar", "ro", "vi"])
def test_the_save_failure_is_said_in_the_users_language(
        lang: str, qapp: QApplication, window: MainWindow, saved: Path, boxes: list[Box],
        monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.install_language(qapp, lang)
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", raise_os_error(errno.ENOSPC))
        assert not window.save()
    ((text, informative),) = boxes
    english = informative[informative.index(FSI):informative.index(PDI) + 1]
    assert english == isolate(f"Cannot save to {saved}: the disk is full. "
                              "Free some space or choose another drive.")
    translated = text.replace(isolate("shop"), "") + informative.replace(english, "")
    assert "could not" not in translated and "disk" not in translated
    assert translated.count(FSI) == translated.count(PDI) == 0


# ------------------------------------------------------------------ opening a bad file


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _huge(path: Path) -> Path:
    with path.open("wb") as stream:
        stream.truncate(MAX_PLAN_BYTES * 64)  # sparse: large on paper only
    return path


def _good(path: Path) -> Path:
    document = {"schema_version": 1, "profile": {"size": 3, "focus": "b2b", "budget": 1000.0}}
    return _write(path, json.dumps(document).encode())


BROKEN_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    # kind: (make the file at a path, what the window says)
    "empty": (lambda p: _write(p, b""), "damaged or is not a TeamBuilder plan"),
    "truncated": (lambda p: _write(p, _good(p).read_bytes()[:30]), "damaged"),
    "not JSON": (lambda p: _write(p, b"size = 3"), "damaged"),
    "binary": (lambda p: _write(p, b"\x89PNG\r\n\x1a\n\x00\x00"), "damaged"),
    "wrong shape": (lambda p: _write(p, b"[1, 2, 3]"), "damaged"),
    "from the future": (
        lambda p: _write(p, json.dumps({"schema_version": CURRENT_SCHEMA + 1}).encode()),
        "Update TeamBuilder to open it"),
    "negative budget": (
        lambda p: _write(p, _good(p).read_bytes().replace(b"1000.0", b"-5")), "damaged"),
    "size 0": (lambda p: _write(p, _good(p).read_bytes().replace(b'"size": 3', b'"size": 0')),
               "damaged"),
    "very large": (_huge, "far larger than any plan"),
    "a folder": (_folder, "This is a folder, not a plan file."),
    "missing": (lambda p: p, "does not exist any more"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN_FILES))
def test_a_broken_file_leaves_the_window_and_the_file_as_they_were(
        kind: str, window: MainWindow, tmp_path: Path, boxes: list[Box]) -> None:
    profile = Profile(size=41, focus="both", budget=23000)
    window.profile_panel.set_profile(profile)
    window.recompute()
    shown = window.recommendation()
    make, words = BROKEN_FILES[kind]
    path = make(tmp_path / "bad.tbplan")
    before = snapshot(path) if path.is_file() else None
    assert not window.open_plan(path, ask=False)
    ((text, informative),) = boxes
    assert text == f"The plan “{isolate('bad')}” could not be opened."
    assert words in informative
    assert "the plan in the window is kept as it was" in informative
    assert f"{FSI}Cannot open {path}: " in informative
    assert window.profile_panel.profile() == profile
    assert window.recommendation() == shown
    assert window.document.path is None and window.isWindowModified()
    if before is not None:
        assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == (["bad.tbplan"] if kind != "missing"
                                                          else [])


def test_isolates_cannot_be_broken_by_a_hostile_name() -> None:
    assert isolate("a\u2069b\u2068c\u2066d\u2067") == f"{FSI}abcd{PDI}"


def test_saving_then_reopening_after_a_failure_gives_the_work_back(
        window: MainWindow, saved: Path, boxes: list[Box],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", raise_os_error(errno.ENOSPC))
        assert not window.save()
    other = saved.parent / "elsewhere.tbplan"
    assert window.save_to(other)  # the advice followed: another place
    assert load_plan(other).profile.size == 77
    assert load_plan(saved).profile.size != 77  # the old file is still the old plan


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_english_details_from_the_domain_are_isolated_in_translated_messages(
        lang: str, qapp: QApplication, window: MainWindow, tmp_path: Path,
        boxes: list[Box]) -> None:
    """A cost file problem (named file, field and value in English) inside a right-to-left
    sentence keeps its own order: it is wrapped in isolates, the sentence is translated."""
    from teambuilder.domain.planfile import Plan, save_plan

    path = tmp_path / "odd.tbplan"
    save_plan(Plan(profile=Profile(size=5, focus="b2b", budget=3000),
                   cost_overrides={"roles": {"seo_specialist": {"agency": -40}}}), path)
    i18n.install_language(qapp, lang)
    window.set_language(lang)
    assert window.open_plan(path, ask=False)
    message = window.statusBar().currentMessage()
    start, end = message.index(FSI), message.index(PDI)
    english = message[start + 1:end]
    assert str(path) in english and "roles.seo_specialist.agency" in english and "-40" in english
    outside = message[:start] + message[end + 1:]
    assert outside.strip() and not any("a" <= c.lower() <= "z" for c in outside), outside
    assert window.save_to(tmp_path / "saved.tbplan")
    saved = window.statusBar().currentMessage()
    assert isolate(str(tmp_path / "saved.tbplan")) in saved
    window.set_language("en")


OPEN_REASONS = {"missing", "no_read_permission", "folder", "not_a_file", "too_large",
                "unreadable", "newer_version", "damaged"}
SAVE_REASONS = {"disk_full", "read_only_folder", "no_write_permission", "no_folder",
                "read_only_file", "folder", "name_too_long", "too_large", "invalid", "system"}


def test_every_kind_of_file_problem_has_its_own_sentence_in_every_language(
        qapp: QApplication) -> None:
    from teambuilder.domain.planfile import REASONS, PlanFileError
    from teambuilder.gui.file_errors import open_error_texts, save_error_texts

    assert OPEN_REASONS | SAVE_REASONS == REASONS
    for lang in ("en", "fa", "ar", "ro", "vi"):
        i18n.install_language(qapp, lang)
        try:
            def first(texts: tuple[str, str]) -> str:
                return texts[1].split("\n\n")[0]

            opened = {reason: first(open_error_texts(
                PlanFileError("Cannot open p: x.", "p.tbplan", "x", reason)))
                for reason in OPEN_REASONS}
            assert len(set(opened.values())) == len(OPEN_REASONS), (lang, opened)
            saves = {reason: first(save_error_texts(
                PlanFileError("Cannot save to p: x.", "p.tbplan", "x", reason)))
                for reason in SAVE_REASONS - {"invalid"}}  # invalid: the generic advice
            assert len(set(saves.values())) == len(saves), (lang, saves)
        finally:
            i18n.install_language(qapp, "en")
