"""Test set-up shared by every test: headless Qt and a private user folder.

The environment is set here, at import time, before any test module imports Qt, so the
single session-wide QApplication that pytest-qt creates is offscreen, and nothing a test
does can touch the real user's plans, settings or recent files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TEAMBUILDER_HOME", tempfile.mkdtemp(prefix="teambuilder-test-home-"))
# Keep the language deterministic whatever the machine's locale is.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Give every test its own empty TeamBuilder home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TEAMBUILDER_HOME", str(home))
    yield home
