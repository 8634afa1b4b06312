#!/usr/bin/env bash
# Install the TeamBuilder bundle (dist/teambuilder/) for one user, with its launcher, menu
# entry, icons, .tbplan file type and AppStream metadata.
#
# Usage: bash packaging/linux/install.sh
#
# Environment (all optional):
#   BUNDLE   the built bundle folder          (default: dist/teambuilder next to packaging/)
#   PREFIX   where to install                 (default: $HOME/.local)
#   APPDIR   where the bundle itself goes     (default: $PREFIX/opt/teambuilder)
#   DATADIR  menu entry, icons, MIME type, metadata (default: $PREFIX/share, or
#            $XDG_DATA_HOME when that is set and PREFIX is not)
#   DESTDIR  stage the tree under this folder (default: none); paths written into the files
#            stay those without DESTDIR, and the desktop/MIME/icon caches are not updated.
#
# Files installed (PREFIX=~/.local): ~/.local/opt/teambuilder/ (the bundle),
# ~/.local/bin/teambuilder (a symbolic link), ~/.local/share/applications/<id>.desktop,
# ~/.local/share/icons/hicolor/*/apps/<id>.{png,svg}, ~/.local/share/mime/packages/<id>.xml,
# ~/.local/share/metainfo/<id>.metainfo.xml. Every file and folder it creates is listed in
# $APPDIR/install-manifest.txt, which uninstall.sh (also copied to $APPDIR) reads to remove
# exactly those. Installing again first uninstalls the previous installation.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_ID="io.github.teambuilder.TeamBuilder"
prefix_given="${PREFIX:+yes}"
PREFIX="${PREFIX:-$HOME/.local}"
PREFIX="${PREFIX%/}"
APPDIR="${APPDIR:-$PREFIX/opt/teambuilder}"
if [ -z "${DATADIR:-}" ]; then
  if [ -z "$prefix_given" ] && [ -n "${XDG_DATA_HOME:-}" ]; then
    DATADIR="$XDG_DATA_HOME"
  else
    DATADIR="$PREFIX/share"
  fi
fi
DATADIR="${DATADIR%/}"
DESTDIR="${DESTDIR:-}"
DESTDIR="${DESTDIR%/}"
BUNDLE="${BUNDLE:-$here/../../dist/teambuilder}"

die() { echo "install.sh: error: $*" >&2; exit 1; }

case "$PREFIX" in /*) ;; *) die "PREFIX must be an absolute path (got '$PREFIX')" ;; esac
case "$APPDIR" in /*) ;; *) die "APPDIR must be an absolute path (got '$APPDIR')" ;; esac
case "$DATADIR" in /*) ;; *) die "DATADIR must be an absolute path (got '$DATADIR')" ;; esac
[ -x "$BUNDLE/teambuilder" ] || die "no bundle at $BUNDLE (run: bash packaging/linux/build.sh)"
BUNDLE="$(cd "$BUNDLE" && pwd)"
for asset in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "$APP_ID.mime.xml" icons/hicolor; do
  [ -e "$here/$asset" ] || die "missing $here/$asset"
done

[ -z "$DESTDIR" ] || mkdir -p "$DESTDIR"  # the staging folder itself is not recorded
root="$DESTDIR$PREFIX"
appdir="$DESTDIR$APPDIR"
share="$DESTDIR$DATADIR"
manifest="$appdir/install-manifest.txt"

if [ -e "$manifest" ]; then
  echo "Removing the previous installation first"
  DESTDIR="$DESTDIR" PREFIX="$PREFIX" APPDIR="$APPDIR" bash "$here/uninstall.sh"
fi
[ ! -e "$appdir" ] || die "$appdir exists and is not a TeamBuilder installation; remove it or set APPDIR"
[ ! -e "$root/bin/teambuilder" ] && [ ! -L "$root/bin/teambuilder" ] ||
  die "$root/bin/teambuilder exists and is not TeamBuilder's launcher; remove it or set PREFIX"

entries=()  # manifest lines: "<kind> <path>", kinds: dir, tree, file, link, cache

# Create a folder and its missing parents, remembering each folder this script created.
make_dir() {
  local dir="$1" missing=()
  while [ ! -d "$dir" ]; do
    missing=("$dir" ${missing[@]+"${missing[@]}"})
    dir="$(dirname "$dir")"
  done
  local created
  for created in ${missing[@]+"${missing[@]}"}; do
    mkdir "$created"
    entries+=("dir $created")
  done
}

# Copy one file into place (mode 644) and remember it.
put_file() {
  local source="$1" target="$2"
  make_dir "$(dirname "$target")"
  install -m 644 "$source" "$target"
  entries+=("file $target")
}

# Quote a path for a desktop file's Exec key (Desktop Entry Specification, "Exec key").
exec_quote() {
  local path="$1"
  if [[ "$path" =~ ^[A-Za-z0-9_./+-]+$ ]]; then
    printf '%s' "$path"
  else
    path="${path//\\/\\\\}"; path="${path//\"/\\\"}"; path="${path//\`/\\\`}"; path="${path//\$/\\\$}"
    path="\"$path\""
    printf '%s' "${path//\\/\\\\}"  # then escape backslashes again as a string value
  fi
}

echo "Installing TeamBuilder into $appdir"
make_dir "$(dirname "$appdir")"
cp -a "$BUNDLE" "$appdir"
entries+=("tree $appdir")
install -m 755 "$here/uninstall.sh" "$appdir/uninstall.sh"

make_dir "$root/bin"
ln -s "$APPDIR/teambuilder" "$root/bin/teambuilder"
entries+=("link $root/bin/teambuilder")

desktop="$(mktemp)"
trap 'rm -f "$desktop"' EXIT
executable="$(exec_quote "$APPDIR/teambuilder")"
try_exec="${APPDIR//\\/\\\\}/teambuilder"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "Exec=teambuilder "*) line="Exec=$executable ${line#"Exec=teambuilder "}" ;;
    "TryExec=teambuilder") line="TryExec=$try_exec" ;;
  esac
  printf '%s\n' "$line"
done <"$here/$APP_ID.desktop" >"$desktop"
put_file "$desktop" "$share/applications/$APP_ID.desktop"

for icon in "$here"/icons/hicolor/*/apps/"$APP_ID".*; do
  relative="${icon#"$here/icons/"}"
  put_file "$icon" "$share/icons/$relative"
done
put_file "$here/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
put_file "$here/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"

if [ -z "$DESTDIR" ]; then
  # Caches this step creates (rather than updates) are removed again by uninstall.sh.
  if command -v update-mime-database >/dev/null 2>&1; then
    [ -e "$share/mime/mime.cache" ] || entries+=("cache $share/mime")
    update-mime-database "$share/mime"
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    [ -e "$share/applications/mimeinfo.cache" ] ||
      entries+=("cache $share/applications/mimeinfo.cache")
    update-desktop-database -q "$share/applications"
  fi
  # A user-level icon cache that is not kept up to date hides icons installed later, so only
  # an existing one is refreshed; otherwise the theme folder's time stamp tells the desktop.
  if [ -e "$share/icons/hicolor/icon-theme.cache" ] &&
     command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
  else
    touch "$share/icons/hicolor"
  fi
fi

{
  echo "# TeamBuilder install manifest: read by uninstall.sh; paths without DESTDIR"
  for entry in "${entries[@]}"; do
    kind="${entry%% *}"
    path="${entry#* }"
    echo "$kind ${path#"$DESTDIR"}"
  done
} >"$manifest"

echo "Installed. Start it from the applications menu or with: $PREFIX/bin/teambuilder"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "Note: $PREFIX/bin is not on your PATH; the menu entry works regardless." ;;
esac
