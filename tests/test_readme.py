"""README's quick-start commands are the ones CI runs, so they keep working on a fresh machine."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_after(label: str) -> str:
    """The one-line shell command in the code block that follows ``label`` in README.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(label) + r"\s*```(?:sh|bash)\n(.+?)\n```", readme)
    assert match, f"README.md has no command block after {label!r}"
    return match.group(1).strip()


def ci_lines() -> list[str]:
    """The command lines of .ci/run, without comments."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def test_ci_runs_the_readme_test_command_and_fails_with_it() -> None:
    command = command_after("Run the tests:")

    assert "pytest" in command
    runs = [line for line in ci_lines() if line == command or line.startswith(command + " ")]
    assert runs, f".ci/run does not run README's test command: {command}"
    # Whatever follows the command may only record its status, never hide a failure.
    assert all(line[len(command):].strip() in ("", "|| status=$?") for line in runs)
    if any(line.endswith("|| status=$?") for line in runs):
        assert any(line.startswith('[ "$status" -eq 0 ] ||') for line in ci_lines())
    assert "set -euo pipefail" in ci_lines()


def test_readme_commands_use_the_same_virtual_environment() -> None:
    app = command_after("Run the app:")
    tests = command_after("Run the tests:")

    assert app.startswith("python3 -m venv .venv && ")
    assert tests.startswith("python3 -m venv .venv && ")
    assert app.endswith(".venv/bin/python -m teambuilder")
