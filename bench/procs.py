"""Run a child process once and measure its wall time and peak resident memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent

_bytecode: list[tempfile.TemporaryDirectory[str]] = []


def bytecode_cache() -> str:
    """The folder where this benchmark run's children write and read compiled bytecode
    (made on first use, removed at exit); see :func:`child_env`."""
    if not _bytecode:
        _bytecode.append(tempfile.TemporaryDirectory(prefix="teambuilder-bench-bytecode-"))
    return _bytecode[0].name


class MeasurementError(RuntimeError):
    """A measured command did not do what it should (non-zero exit, missing output).

    Attributes:
        artifact: what the child had written to its ``{json}`` file before it failed.
    """

    def __init__(self, message: str, artifact: str = "") -> None:
        """Describe the failure; keep any partial results the child wrote."""
        super().__init__(message)
        self.artifact = artifact


@dataclass(frozen=True)
class Run:
    """One child process run.

    Attributes:
        seconds: wall time from just before the process was spawned until it was reaped.
        peak_rss_mb: the child's peak resident set size (``ru_maxrss``), in MB (10**6 bytes).
        stdout: what the child printed on stdout.
        artifact: what the child wrote to the ``{json}`` file, or "".
    """

    seconds: float
    peak_rss_mb: float
    stdout: str
    artifact: str = ""


def child_env(home: Path) -> dict[str, str]:
    """Return the environment for a measured child: offscreen Qt and a private user folder.

    Every child, floor or subject, gets the same environment, so the comparison is fair.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TEAMBUILDER_HOME"] = str(home)
    # QSettings and platformdirs follow the XDG folders: keep them private too.
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONDEVMODE", None)
    # An installed TeamBuilder runs from compiled bytecode (pip compiles a wheel when it
    # installs it; the bundle ships it), and the warm-up runs are there to write it. So the
    # children write and read bytecode, in a private cache of this benchmark run, even when
    # the caller's environment says not to (PYTHONDONTWRITEBYTECODE): otherwise every
    # measured start would compile the app's modules from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = bytecode_cache()
    return env


def run_measured(
    command: Sequence[str],
    *,
    check: Callable[[Run, Path], None] | None = None,
    timeout: float = 120.0,
) -> Run:
    """Run ``command`` in a fresh private home and return its wall time and peak RSS.

    ``{out}`` and ``{json}`` in an argument are replaced by paths inside that home, for a
    screenshot and for a benchmark child's results (returned as ``Run.artifact``).
    The child is reaped with ``os.wait4``, whose resource usage is the child's own, so its
    peak RSS is measured in the same run as its time.

    Raises:
        MeasurementError: if the command exits non-zero, times out, or ``check`` fails.
    """
    with tempfile.TemporaryDirectory(prefix="teambuilder-bench-") as folder:
        home = Path(folder)
        out = home / "shot.png"
        artifact = home / "result.json"
        argv = [arg.replace("{out}", str(out)).replace("{json}", str(artifact))
                for arg in command]
        stdout_path = home / "stdout.txt"
        stderr_path = home / "stderr.txt"
        with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
            start = time.perf_counter()
            proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
                env=child_env(home), cwd=home,
            )
            # Block in wait4 (no polling that would steal CPU from the child); a timer
            # kills a child that hangs.
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                _pid, status, usage = os.wait4(proc.pid, 0)
            finally:
                killer.cancel()
            seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # Reaped by wait4: stop Popen from waiting again.
        if code == -signal.SIGKILL and seconds >= timeout:
            raise MeasurementError(f"timed out after {timeout:.0f} s: {_show(argv)}")
        if code != 0:
            lines = stderr_path.read_text(errors="replace").strip().splitlines()
            # Keep the interpreter's own verdict (e.g. "Fatal Python error: ...") in view.
            fatal = [line for line in lines[:-5] if line.startswith("Fatal Python error")]
            tail = fatal + lines[-5:]
            raise MeasurementError(
                f"exit status {code}: {_show(argv)}\n" + "\n".join("    " + t for t in tail),
                artifact.read_text(errors="replace") if artifact.is_file() else "",
            )
        # Linux reports ru_maxrss in KiB.
        run = Run(seconds, usage.ru_maxrss * 1024 / 1e6,
                  stdout_path.read_text(errors="replace"),
                  artifact.read_text(errors="replace") if artifact.is_file() else "")
        if check is not None:
            check(run, out)
        return run


def python(*args: str) -> list[str]:
    """Return a command line running this same Python interpreter with ``args``."""
    return [sys.executable, *args]


def png_written(_run: Run, out: Path) -> None:
    """Check that a screenshot command wrote a non-empty PNG.

    Raises:
        MeasurementError: if it did not.
    """
    if not out.is_file() or out.stat().st_size == 0:
        raise MeasurementError("no screenshot was written")
    if out.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise MeasurementError("the screenshot is not a PNG")


def _show(argv: Sequence[str]) -> str:
    return " ".join(argv)
