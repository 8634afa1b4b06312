#!/usr/bin/env bash
# Remove exactly what install.sh added: the bundle, the launcher link, the menu entry, the
# icons, the .tbplan file type and the AppStream metadata, plus any folder or cache that
# install.sh created (folders you have since put other files into are kept).
#
# Usage: bash packaging/linux/uninstall.sh
#    or: ~/.local/opt/teambuilder/uninstall.sh   (the copy install.sh leaves in the bundle)
#
# Environment: the same PREFIX, APPDIR and DESTDIR as given to install.sh (not needed when
# running the copy inside the installed bundle).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_ID="io.github.teambuilder.TeamBuilder"

die() { echo "uninstall.sh: error: $*" >&2; exit 1; }

if [ -z "${APPDIR:-}${PREFIX:-}${DESTDIR:-}" ] && [ -f "$here/install-manifest.txt" ]; then
  manifest="$here/install-manifest.txt"  # the copy inside an installed bundle
  tree="$(sed -n 's/^tree //p' "$manifest")"
  DESTDIR="${here%"$tree"}"
else
  PREFIX="${PREFIX:-$HOME/.local}"
  PREFIX="${PREFIX%/}"
  APPDIR="${APPDIR:-$PREFIX/opt/teambuilder}"
  DESTDIR="${DESTDIR:-}"
  DESTDIR="${DESTDIR%/}"
  manifest="$DESTDIR$APPDIR/install-manifest.txt"
fi

if [ ! -f "$manifest" ]; then
  echo "TeamBuilder is not installed there (no $manifest); nothing to remove."
  exit 0
fi

trees=() links=() files=() dirs=() caches=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in '#'* | '') continue ;; esac
  kind="${line%% *}"
  path="$DESTDIR${line#* }"
  [ "$path" != "$DESTDIR" ] && [ "$path" != "/" ] || die "bad manifest line: $line"
  case "$kind" in
    tree) trees+=("$path") ;;
    link) links+=("$path") ;;
    file) files+=("$path") ;;
    dir) dirs+=("$path") ;;
    cache) caches+=("$path") ;;
    *) die "unknown manifest entry: $line" ;;
  esac
done <"$manifest"

echo "Removing TeamBuilder ($manifest)"
mime_dir="" applications_dir="" hicolor_dir=""
for path in ${links[@]+"${links[@]}"}; do
  if [ -L "$path" ]; then rm -f "$path"; fi
done
for path in ${files[@]+"${files[@]}"}; do
  rm -f "$path"
  case "$path" in
    */mime/packages/"$APP_ID".xml) mime_dir="${path%/packages/*}" ;;
    */applications/"$APP_ID".desktop) applications_dir="${path%/*}" ;;
    */icons/hicolor/*) hicolor_dir="${path%%/icons/hicolor/*}/icons/hicolor" ;;
  esac
done
for path in ${trees[@]+"${trees[@]}"}; do
  [ -f "$path/install-manifest.txt" ] || die "$path does not look like a TeamBuilder bundle"
  rm -rf "$path"
done

# Caches: delete those install.sh created; refresh those that were there before.
created_mime_cache=false created_desktop_cache=false
for path in ${caches[@]+"${caches[@]}"}; do
  case "$path" in
    */mime)
      created_mime_cache=true
      if [ -d "$path" ]; then
        find "$path" -mindepth 1 -maxdepth 1 ! -name packages -exec rm -rf {} +
      fi
      ;;
    */mimeinfo.cache) created_desktop_cache=true; rm -f "$path" ;;
  esac
done
if [ -z "$DESTDIR" ]; then
  if [ -n "$mime_dir" ] && [ -d "$mime_dir" ] && ! $created_mime_cache &&
     command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$mime_dir"
  fi
  if [ -n "$applications_dir" ] && [ -d "$applications_dir" ] && ! $created_desktop_cache &&
     [ -e "$applications_dir/mimeinfo.cache" ] &&
     command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications_dir"
  fi
  if [ -n "$hicolor_dir" ] && [ -d "$hicolor_dir" ]; then
    if [ -e "$hicolor_dir/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
    then
      gtk-update-icon-cache -q -t -f "$hicolor_dir" || true
    else
      touch "$hicolor_dir"
    fi
  fi
fi

# Folders install.sh created, deepest first, if nothing else lives in them now.
for ((index = ${#dirs[@]} - 1; index >= 0; index--)); do
  rmdir "${dirs[index]}" 2>/dev/null || true
done
echo "TeamBuilder has been removed."
