#!/usr/bin/env bash
# Build the Linux double-click bundle: dist/teambuilder/, started by dist/teambuilder/teambuilder.
#
# Usage: bash packaging/linux/build.sh
#
# It needs only PyPI (and, for the Qt runtime libraries, Debian's packages; see README.md):
# it creates its own virtual environment build/bundle-venv (kept between runs; delete it to
# start over), installs TeamBuilder into it as a normal (not editable) package with
# PyInstaller (`pip install ".[bundle]"`), and runs PyInstaller on packaging/teambuilder.spec
# from inside build/ so the installed package, not the source tree, is what gets bundled.
#
# Environment (optional):
#   PYTHON       interpreter that creates the build venv (default: python3, >= 3.11)
#   BUILD_VENV   use this virtual environment instead of build/bundle-venv
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
venv="${BUILD_VENV:-$root/build/bundle-venv}"
python="$venv/bin/python"
dist="$root/dist"
bundle="$dist/teambuilder"

echo "== Build environment: $venv"
if [ ! -x "$python" ]; then
  "${PYTHON:-python3}" -m venv "$venv"
fi
"$python" -m pip install --quiet --disable-pip-version-check ".[bundle]"

echo "== PyInstaller: packaging/teambuilder.spec"
mkdir -p "$root/build"
rm -rf "$bundle"
(
  cd "$root/build"
  "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$root/build/pyinstaller" "$root/packaging/teambuilder.spec"
)

echo "== Checking the bundle"
[ -x "$bundle/teambuilder" ] || { echo "build.sh: error: $bundle/teambuilder was not built" >&2; exit 1; }
[ -f "$bundle/_internal/teambuilder/resources/catalogue/catalogue.json" ] ||
  { echo "build.sh: error: the bundle has no teambuilder resources" >&2; exit 1; }
# Every library the bundle ships must find the others; only system libraries may be missing
# (they come from the distribution's packages, see README.md "System packages").
missing="$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
  LD_LIBRARY_PATH="$bundle/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)"
if [ -n "$missing" ]; then
  echo "Libraries not found:"
  echo "$missing"
  if grep -qE 'libQt6|libpyside|libshiboken|libpython' <<<"$missing"; then
    echo "build.sh: error: the bundle is missing its own libraries" >&2
    exit 1
  fi
  echo "(system libraries: install them with apt-get, see README.md)"
fi
size="$(du -sm "$bundle" | cut -f1)"
echo "Built $bundle/teambuilder ($size MB)"
