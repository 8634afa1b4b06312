"""The built wheel carries its resources and works from wherever it is installed.

Builds the wheel from a copy of the sources (no network: ``--no-isolation`` uses the
setuptools of this environment, which the dev extra provides), installs it into a private
folder and runs it from another folder with only that folder on PYTHONPATH, so nothing can be
read from the source tree by accident.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

pytestmark = pytest.mark.slow


def resource_files() -> set[str]:
    """Paths of the shipped data files, relative to ``resources/``."""
    return {
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Build the wheel once for this module from a copy of the source tree."""
    if importlib.util.find_spec("build") is None:
        if os.environ.get("CI"):
            pytest.fail("the 'build' package is missing: install the dev extra")
        pytest.skip("the 'build' package is not installed")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for folder in ("teambuilder", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(source)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("teambuilder-*.whl")
    yield built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed with ``pip --target`` into a private folder."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--disable-pip-version-check", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    return target


def run_installed(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python with only ``target`` added to the path, from ``cwd``."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("PYTHON")}
    environment["PYTHONPATH"] = str(target)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, check=False, timeout=120)


def test_wheel_contains_every_resource(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {name.removeprefix("teambuilder/resources/") for name in names
               if name.startswith("teambuilder/resources/")}

    missing = resource_files() - shipped
    assert not missing, f"not in the wheel: {sorted(missing)}"
    for required in ("catalogue/catalogue.json", "icons/teambuilder.svg",
                     "icons/teambuilder-256.png"):
        assert required in shipped
    assert any(name.startswith("costs/") and name.endswith(".json") for name in shipped)
    if (RESOURCES / "messages").is_dir() and any((RESOURCES / "messages").iterdir()):
        assert any(name.startswith("messages/") for name in shipped)
    assert "teambuilder/py.typed" in names
    assert not any(name.startswith(("tests/", "packaging/", "resources/")) for name in names)


def test_installed_wheel_loads_its_catalogue_from_the_install(
    installed: Path, tmp_path: Path
) -> None:
    code = (
        "import json, teambuilder\n"
        "from teambuilder.domain.catalogue import load_catalogue\n"
        "from teambuilder.domain.resources import resource\n"
        "catalogue = load_catalogue('en')\n"
        "print(json.dumps({'package': teambuilder.__file__,\n"
        "                  'catalogue': str(resource('catalogue', 'catalogue.json')),\n"
        "                  'roles': sorted(role.id for role in catalogue.roles)}))\n"
    )
    result = run_installed(installed, tmp_path, "-c", code)

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert Path(report["package"]).is_relative_to(installed)
    assert Path(report["catalogue"]).is_relative_to(installed)
    assert "seo_specialist" in report["roles"]
    assert len(report["roles"]) == 8


def test_installed_wheel_recommends_a_team(installed: Path, tmp_path: Path) -> None:
    if not (installed / "teambuilder" / "cli.py").is_file():
        pytest.skip("the command line (teambuilder/cli.py) is not written yet")
    result = run_installed(
        installed, tmp_path, "-m", "teambuilder", "recommend", "--size", "12", "--focus", "b2b",
        "--budget", "9000", "--json",
    )

    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["team"], "a 9000 budget buys at least one line"
    assert 0 < plan["total_monthly_cost"] <= plan["monthly_budget"] == 9000
    accounted = {role for line in plan["team"] for role in line["roles"]}
    accounted |= {entry["role"] for entry in plan["deferred"]}
    assert "seo_specialist" in accounted
