"""scripts/make_screenshots.py draws every view in every language with valid launch options."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from teambuilder import app
from teambuilder.domain.catalogue import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_screenshots",
                                                  ROOT / "scripts" / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_covers_every_language_and_view_of_the_app() -> None:
    shots = _script()
    assert set(shots.LANGUAGES) == set(LANGUAGES)
    assert tuple(shots.VIEWS) == tuple(app.VIEWS)


def test_launch_options_are_ones_the_app_accepts(tmp_path: Path) -> None:
    shots = _script()
    for lang in shots.LANGUAGES:
        for view in shots.VIEWS:
            target = tmp_path / shots.file_name(lang, view)
            opts = app.parse_options(shots.launch_arguments(lang, view, target))
            assert (opts.lang, opts.view, opts.screenshot) == (lang, view, target)
            assert bool(opts.compare) == (view == "compare")


def test_the_committed_set_is_complete() -> None:
    shots = _script()
    missing = [shots.file_name(lang, view) for lang in shots.LANGUAGES for view in shots.VIEWS
               if not (shots.OUT / shots.file_name(lang, view)).is_file()]
    assert missing == [], "run python scripts/make_screenshots.py"
