"""The domain layer and the CLI work with Qt unavailable (they must never import it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is not available here: {name}")
        return None

sys.meta_path.insert(0, NoQt())
import teambuilder.domain
names = ["teambuilder.cli"] + [
    "teambuilder.domain." + m.name for m in pkgutil.iter_modules(teambuilder.domain.__path__)
]
for name in names:
    importlib.import_module(name)
from teambuilder.cli import main
assert main(["recommend", "--size", "5", "--focus", "b2c", "--budget", "3000"]) == 0
assert main(["roles", "--json"]) == 0
leaked = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
assert not leaked, leaked
print("modules:", len(names))
"""


@pytest.mark.slow
def test_domain_and_cli_import_without_qt() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.strip().splitlines()[-1].split()[-1])
    assert count >= 10  # every domain module was imported, not just a few


def test_the_guard_really_blocks_qt() -> None:
    """The finder used above makes a Qt import fail (so the test above can fail)."""
    code = SCRIPT.split("sys.meta_path.insert(0, NoQt())")[0] + (
        "sys.meta_path.insert(0, NoQt())\n"
        "sys.modules.pop('PySide6', None)\n"
        "try:\n    import PySide6.QtCore\nexcept ImportError:\n    print('blocked')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "blocked", result.stderr
