"""Per-user folders: platform defaults, and TEAMBUILDER_HOME keeping tests out of them."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from teambuilder.domain import userdirs
from teambuilder.domain.userdirs import (
    HOME_VARIABLE,
    autosave_dir,
    config_dir,
    data_dir,
    home_override,
    state_dir,
)


def test_teambuilder_home_holds_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    assert data_dir() == tmp_path / "data"
    assert config_dir() == tmp_path / "config"
    assert state_dir() == tmp_path / "state"
    assert autosave_dir() == tmp_path / "data" / "autosave"
    for folder in ("data", "config", "state", "data/autosave"):
        assert (tmp_path / folder).is_dir()


def test_folders_are_distinct(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    folders = [data_dir(), config_dir(), state_dir(), autosave_dir()]
    assert len(set(folders)) == len(folders)


def test_folders_are_only_made_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "not yet"
    monkeypatch.setenv(HOME_VARIABLE, str(home))
    assert autosave_dir(create=False) == home / "data" / "autosave"
    assert config_dir(create=False) == home / "config"
    assert not home.exists()


def test_a_relative_home_becomes_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_VARIABLE, "portable")
    assert home_override() == tmp_path / "portable"
    assert data_dir().is_absolute()
    assert (tmp_path / "portable" / "data").is_dir()


@pytest.mark.parametrize("value", [None, "", "   "])
def test_without_teambuilder_home_the_platform_folders_are_used(
    value: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(HOME_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(HOME_VARIABLE, value)
    assert home_override() is None
    # Point the platform's folders at tmp_path so the test never writes to the real ones.
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "d" / a[0]))
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *a, **k: str(tmp_path / "c" / a[0]))
    monkeypatch.setattr(platformdirs, "user_state_dir", lambda *a, **k: str(tmp_path / "s" / a[0]))
    assert data_dir() == tmp_path / "d" / "TeamBuilder"
    assert config_dir() == tmp_path / "c" / "TeamBuilder"
    assert state_dir() == tmp_path / "s" / "TeamBuilder"
    assert autosave_dir() == tmp_path / "d" / "TeamBuilder" / "autosave"
    assert autosave_dir().is_dir()


def test_the_platform_folders_are_named_after_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    for folder in (
        data_dir(create=False), config_dir(create=False), state_dir(create=False)
    ):
        assert folder.is_absolute()
        assert "TeamBuilder" in folder.parts


def test_a_folder_that_cannot_be_made_raises_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(HOME_VARIABLE, str(blocker))
    with pytest.raises(OSError):
        data_dir()
    assert blocker.read_text() == "not a folder"
    assert userdirs.home_override() == blocker
