#!/usr/bin/env bash
# Build the Badgesmith bundle with PyInstaller into dist/.
#
#   packaging/build.sh              one folder: dist/badgesmith/badgesmith (the bundle to ship)
#   packaging/build.sh --onefile    one file:   dist/onefile/badgesmith
#   packaging/build.sh --all        both
#
# Uses .venv if it exists (run packaging/run-tests.sh or run-app.sh once to create it), else the
# python3 on PATH (set PYTHON to choose). Prints the build time and the bundle size.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"
  elif [ -x "$ROOT/.venv/Scripts/python.exe" ]; then PYTHON="$ROOT/.venv/Scripts/python.exe"
  else PYTHON=python3; fi
fi

variants=(onedir)
case "${1:-}" in
  "") ;;
  --onefile) variants=(onefile) ;;
  --all) variants=(onedir onefile) ;;
  -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--onefile|--all]" >&2; exit 2 ;;
esac

if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
  echo "PyInstaller needs objdump: apt-get install binutils" >&2; exit 1
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || {
  echo "PyInstaller is missing: $PYTHON -m pip install -e '.[dev]'" >&2; exit 1; }

# The icon set is generated; regenerate it if a file is missing (needs only PySide6 and Pillow).
[ -f resources/icons/badgesmith.ico ] && [ -f resources/icons/badgesmith.icns ] \
  || QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/make_icons.py

# The app's translations are compiled from the .ts files in the repository (not committed as .qm).
"$PYTHON" packaging/translations.py build >/dev/null

size_of() { du -sh "$1" | cut -f1; }

for v in "${variants[@]}"; do
  work="build/pyinstaller-$v"
  rm -rf "$work"
  start=$(date +%s)
  if [ "$v" = onedir ]; then
    rm -rf dist/badgesmith dist/Badgesmith.app
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
      --workpath "$work" --distpath dist packaging/badgesmith.spec
    target=dist/badgesmith
    exe=dist/badgesmith/badgesmith
  else
    rm -rf dist/onefile
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
      --workpath "$work" --distpath dist/onefile packaging/badgesmith.spec -- --onefile
    target=dist/onefile/badgesmith
    exe=$target
  fi
  [ -e "$exe" ] || [ -e "$exe.exe" ] || { echo "build failed: no $exe" >&2; exit 1; }
  secs=$(( $(date +%s) - start ))
  files=$(find "$target" -type f | wc -l | tr -d ' ')
  printf 'Built %s (%s) in %ds: %s, %s files\n' "$target" "$v" "$secs" "$(size_of "$target")" "$files"
done
