"""Desktop integration files: one application id everywhere, valid files, clean install/uninstall.

The validators (desktop-file-validate, appstreamcli, update-mime-database) are Debian packages
that .ci/run installs; on a developer machine without them those checks are skipped, in CI
(where the ``CI`` variable is set) a missing tool is a failure.
"""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from teambuilder import APP_ID, __version__
from teambuilder.domain.planfile import PLAN_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
HICOLOR = LINUX / "icons" / "hicolor"
ICON_SVG = ROOT / "resources" / "icons" / "teambuilder.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def require_tool(name: str) -> str:
    """Path of a validator; skip without it, except in CI where it must be installed."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    """The [Desktop Entry] group of a desktop file, keys case-sensitive."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def split_list(value: str) -> list[str]:
    """Split a desktop-file list value (``a;b;``)."""
    return [item for item in value.split(";") if item]


def mime_types() -> dict[str, ET.Element]:
    """The MIME types defined by the shared-mime-info file, by name."""
    tree = ET.parse(MIME)
    return {node.attrib["type"]: node for node in tree.getroot().iter(f"{MIME_NS}mime-type")}


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ---------------------------------------------------------------- ids and content


def test_one_application_id_names_every_file() -> None:
    metainfo = ET.parse(METAINFO).getroot()
    entry = desktop_entry()

    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert metainfo.findtext("icon[@type='stock']") == APP_ID
    assert entry["Icon"] == APP_ID
    for node in mime_types().values():
        assert node.find(f"{MIME_NS}icon").attrib["name"] == APP_ID  # type: ignore[union-attr]
    for size in PNG_SIZES:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_desktop_entry_opens_plans_in_the_office_menu() -> None:
    entry = desktop_entry()

    assert entry["Version"] == "1.4"
    assert entry["Type"] == "Application"
    assert "Office" in split_list(entry["Categories"])
    assert entry["Exec"].split()[0] == "teambuilder"
    assert "%f" in entry["Exec"].split()[1:]
    assert entry["Terminal"] == "false"
    assert sorted(split_list(entry["MimeType"])) == sorted(mime_types())


def test_mime_type_matches_plan_files_and_is_json() -> None:
    types = mime_types()

    assert list(types) == ["application/x-teambuilder-plan"]
    node = types["application/x-teambuilder-plan"]
    assert [glob.attrib["pattern"] for glob in node.iter(f"{MIME_NS}glob")] == [f"*{PLAN_SUFFIX}"]
    assert [sub.attrib["type"] for sub in node.iter(f"{MIME_NS}sub-class-of")] == [
        "application/json"
    ]


def test_metainfo_describes_this_release() -> None:
    root = ET.parse(METAINFO).getroot()

    assert root.attrib["type"] == "desktop-application"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert (root.findtext("summary") or "").strip()
    assert root.find("description/p") is not None
    assert root.find("content_rating").attrib["type"] == "oars-1.1"  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases[0].attrib["version"] == __version__, "add a <release> for the new version"
    assert any(
        r.attrib == {"version": "0.1.0", "date": "2026-11-22"} for r in releases
    )
    images = [i.text or "" for i in root.findall("screenshots/screenshot/image")]
    assert images[0].endswith("docs/screenshots/main-window.png")
    for image in images:  # each one a committed file of this repository, fetched over https
        assert image.startswith("https://raw.githubusercontent.com/teambuilder/teambuilder/main/")
        assert (ROOT / image.split("/main/", 1)[1]).is_file(), image
    # Fully usable at 1024x700: software centres must not hide it from shorter screens.
    assert root.findtext("requires/display_length") == "700"
    assert [m.text for m in root.findall("provides/mediatype")] == list(mime_types())
    assert [b.text for b in root.findall("provides/binary")] == ["teambuilder"]


# ---------------------------------------------------------------- icons


def test_hicolor_pngs_have_the_size_of_their_folder() -> None:
    for size in PNG_SIZES:
        assert png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert png_size(ROOT / "resources" / "icons" / "teambuilder-256.png") == (256, 256)


def test_scalable_icon_is_the_app_svg() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == ICON_SVG.read_bytes(), "run packaging/make_icons.py"
    root = ET.parse(ICON_SVG).getroot()
    assert root.attrib["viewBox"] == "0 0 256 256"


def test_windows_ico_holds_png_images_up_to_256() -> None:
    data = (ROOT / "packaging" / "windows" / "teambuilder.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_is_well_formed() -> None:
    data = (ROOT / "packaging" / "macos" / "teambuilder.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack(
            ">I", data[position + 4 : position + 8]
        )[0]
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


# ---------------------------------------------------------------- validators


def test_desktop_file_validates() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_package_is_accepted_by_update_mime_database(tmp_path: Path) -> None:
    tool = require_tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME, packages / f"{APP_ID}.xml")
    subprocess.run([tool, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"application/x-teambuilder-plan:*{PLAN_SUFFIX}" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert "application/x-teambuilder-plan application/json" in subclasses


# ---------------------------------------------------------------- install / uninstall


def fake_bundle(folder: Path) -> Path:
    """A tiny stand-in for dist/teambuilder: an executable that echoes its arguments."""
    folder.mkdir(parents=True)
    program = folder / "teambuilder"
    program.write_text('#!/bin/sh\necho "fake teambuilder $*"\n', encoding="utf-8")
    program.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "data.txt").write_text("payload\n", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Every path under ``folder`` with its kind and content hash."""
    result: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            result[key] = "link " + str(path.readlink())
        elif path.is_dir():
            result[key] = "dir"
        else:
            result[key] = "file " + hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def run_script(name: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run packaging/linux/<name> with HOME (and the given variables) overridden."""
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith("XDG_") and key not in {"PREFIX", "APPDIR", "DESTDIR", "DATADIR"}
    }
    environment.update(HOME=str(home), **env)
    return subprocess.run(
        ["bash", str(LINUX / name)], env=environment, capture_output=True, text=True,
        check=False, timeout=120,
    )


def test_install_puts_everything_in_the_user_folders_and_uninstall_removes_it(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bundle = fake_bundle(tmp_path / "bundle")

    installed = run_script("install.sh", home, BUNDLE=str(bundle))
    assert installed.returncode == 0, installed.stderr

    local = home / ".local"
    launcher = local / "bin" / "teambuilder"
    assert launcher.is_symlink()
    launched = subprocess.run([str(launcher), "x.tbplan"], capture_output=True, text=True,
                              check=True)
    assert launched.stdout == "fake teambuilder x.tbplan\n"
    assert (local / "opt" / "teambuilder" / "_internal" / "data.txt").is_file()
    share = local / "share"
    entry = desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{local}/opt/teambuilder/teambuilder %f"
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "mime/packages" / f"{APP_ID}.xml").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("update-mime-database"):
        assert "*.tbplan" in (share / "mime" / "globs2").read_text(encoding="utf-8")

    removed = run_script("uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert snapshot(home) == {}


def test_uninstall_keeps_what_was_there_before(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    applications = home / ".local" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\nMimeType=text/plain;\n",
        encoding="utf-8",
    )
    (home / ".local" / "bin").mkdir()
    (home / ".local" / "bin" / "other").write_text("#!/bin/sh\n", encoding="utf-8")
    before = snapshot(home)
    bundle = fake_bundle(tmp_path / "bundle")

    assert run_script("install.sh", home, BUNDLE=str(bundle)).returncode == 0
    entry = desktop_entry(applications / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{home}/.local/opt/teambuilder/teambuilder" %f'
    again = run_script("install.sh", home, BUNDLE=str(bundle))  # an upgrade in place
    assert again.returncode == 0, again.stderr
    if (validator := shutil.which("desktop-file-validate")) is not None:
        subprocess.run([validator, str(applications / f"{APP_ID}.desktop")], check=True)

    # the copy inside the installed bundle works without any variable set
    copy = home / ".local" / "opt" / "teambuilder" / "uninstall.sh"
    assert copy.stat().st_mode & stat.S_IXUSR
    subprocess.run([str(copy)], env={"PATH": os.environ["PATH"], "HOME": str(home)},
                   check=True, capture_output=True)
    assert snapshot(home) == before


def test_install_without_a_bundle_says_how_to_build_one(tmp_path: Path) -> None:
    result = run_script("install.sh", tmp_path, BUNDLE=str(tmp_path / "missing"))

    assert result.returncode != 0
    assert "packaging/linux/build.sh" in result.stderr
    assert snapshot(tmp_path) == {}


def test_staged_tree_validates_with_appstream(tmp_path: Path) -> None:
    tool = require_tool("appstreamcli")
    stage = tmp_path / "stage"
    installed = run_script(
        "install.sh", tmp_path, BUNDLE=str(fake_bundle(tmp_path / "bundle")),
        DESTDIR=str(stage), PREFIX="/usr", APPDIR="/opt/teambuilder",
    )
    assert installed.returncode == 0, installed.stderr
    entry = desktop_entry(stage / "usr/share/applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == "/opt/teambuilder/teambuilder %f"
    assert str((stage / "usr/bin/teambuilder").readlink()) == "/opt/teambuilder/teambuilder"

    result = subprocess.run([tool, "validate-tree", "--no-net", str(stage)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

    removed = run_script("uninstall.sh", tmp_path, DESTDIR=str(stage), PREFIX="/usr",
                         APPDIR="/opt/teambuilder")
    assert removed.returncode == 0, removed.stderr
    assert snapshot(stage) == {}


# ---------------------------------------------------------------- bundle rules (the spec's)


def bundle_rules() -> ModuleType:
    """packaging/bundle_rules.py, which the PyInstaller spec uses."""
    spec = importlib.util.spec_from_file_location(
        "bundle_rules", ROOT / "packaging" / "bundle_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_rules", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("dest", "kept"), [
    # Linux wheel layout
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/translations/qtbase_fa.qm", True),
    ("PySide6/Qt/translations/qtbase_ar.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_fa.qm", False),
    ("teambuilder/resources/catalogue/catalogue.json", True),
    # Windows wheel layout
    ("PySide6\\Qt6Core.dll", True),
    ("PySide6\\Qt6Svg.dll", True),
    ("PySide6\\Qt6SvgWidgets.dll", False),
    ("PySide6\\Qt6Pdf.dll", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
    ("PySide6\\translations\\qtbase_vi.qm", True),
    # macOS wheel layout
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/Resources/Info.plist", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
])
def test_bundle_keeps_only_what_the_app_uses(dest: str, kept: bool) -> None:
    assert bundle_rules().keep(dest) is kept


def test_bundle_keeps_every_qt_module_the_app_imports() -> None:
    rules = bundle_rules()
    imported = rules.imported_qt_modules(ROOT / "teambuilder")

    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert imported <= rules.QT_KEEP, "add the new Qt modules to QT_KEEP"
    assert not any(f"PySide6.{name}" in rules.EXCLUDES for name in rules.QT_KEEP)


def test_bundle_prunes_libraries_only_dropped_plugins_needed() -> None:
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfreetype.so.6"],
        "/src/libfreetype.so.6": [],
        "/src/libssl.so.3": ["libcrypto.so.3"],
        "/src/libcrypto.so.3": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libssl.so.3", "/src/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
    ]
    rules = bundle_rules()

    kept = rules.prune_unreachable(binaries, links.__getitem__)

    assert [dest for dest, _, _ in kept] == [
        "PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6", "libfreetype.so.6",
    ]
    without_gui = [entry for entry in kept if entry[0] != "PySide6/Qt/lib/libQt6Gui.so.6"]
    assert ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK") not in (
        rules.drop_dangling_links(without_gui, without_gui)
    )
    assert rules.drop_dangling_links(kept, kept) == kept


def test_windows_version_numbers() -> None:
    rules = bundle_rules()
    assert rules.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert rules.version_tuple(__version__)[:2] == tuple(
        int(part) for part in __version__.split(".")[:2]
    )
