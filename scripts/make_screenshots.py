"""Regenerate the README screenshots: every view of the app in every language.

Usage::

    python scripts/make_screenshots.py                 # all languages and views
    python scripts/make_screenshots.py --lang fa --view compare
    python scripts/make_screenshots.py --out /tmp/shots

Each picture comes from the app's own launch options (``--screenshot``), run in a fresh
process, offscreen, with a private empty ``TEAMBUILDER_HOME``, so no remembered language,
window state or plan of the person running the script leaks into it. The files are named
``<lang>-<view>.png`` in ``docs/screenshots/`` and show the same business in each: a
25-person company selling to businesses with a monthly budget of 15,000.
``docs/screenshots/main-window.png`` (the README's first picture) is not touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

LANGUAGES: tuple[str, ...] = ("en", "fa", "ar", "ro", "vi")
"""The app's languages, in the order of the README."""
VIEWS: tuple[str, ...] = ("team", "compare", "library")
"""The app's views (tabs)."""
PROFILE: tuple[str, ...] = ("--size", "25", "--focus", "b2b", "--budget", "15000")
"""The business every screenshot shows."""
COMPARED: str = "seo_specialist,content_marketing_manager,digital_marketing_generalist"
"""The roles side by side in the compare view."""


def file_name(lang: str, view: str) -> str:
    """The screenshot's file name, e.g. ``fa-team.png``."""
    return f"{lang}-{view}.png"


def launch_arguments(lang: str, view: str, target: Path) -> list[str]:
    """The ``python -m teambuilder`` options that draw ``view`` in ``lang`` into ``target``."""
    args = ["--lang", lang, "--view", view, *PROFILE]
    if view == "compare":
        args += ["--compare", COMPARED]
    return [*args, "--screenshot", str(target)]


def make(lang: str, view: str, out: Path) -> Path:
    """Draw one screenshot in a fresh process; returns its path."""
    target = out / file_name(lang, view)
    with tempfile.TemporaryDirectory(prefix="teambuilder-shot-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEAMBUILDER_HOME=home,
                   XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
        subprocess.run([sys.executable, "-m", "teambuilder", *launch_arguments(lang, view, target)],
                       check=True, env=env, cwd=ROOT)
    return target


def main(argv: list[str] | None = None) -> int:
    """Draw the requested screenshots and print each file with its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES,
                        help="only this language (repeatable)")
    parser.add_argument("--view", action="append", choices=VIEWS,
                        help="only this view (repeatable)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    ns = parser.parse_args(argv)
    ns.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for lang in ns.lang or LANGUAGES:
        for view in ns.view or VIEWS:
            path = make(lang, view, ns.out)
            size = path.stat().st_size
            total += size
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
                  f"  {size / 1024:.0f} KiB")
    print(f"total {total / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
