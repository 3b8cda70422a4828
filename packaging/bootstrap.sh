# Shared setup for run-app.sh, run-tests.sh and .ci/run (sourced, not executed).
# Installs Debian/Ubuntu system packages when missing, creates .venv and installs the project.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"
export LANG="${LANG:-C.UTF-8}"
[ "$LANG" = "C" ] && export LANG=C.UTF-8

# Qt's runtime libraries, a virtual screen, PDF rendering, and PyInstaller's binutils.
APP_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
 libx11-6 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
 libxcb-util1 xvfb xauth python3-venv"
# Tests also drive Debian's Chromium (verify.html), pdftoppm, node for the reference verifier,
# and a real PostgreSQL server (started by the tests themselves in a temporary folder).
TEST_PACKAGES="poppler-utils chromium binutils postgresql"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing system packages: ${missing[*]}"
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "Please install as root: apt-get install ${missing[*]}" >&2; return 1; fi
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    log "Creating the virtual environment in .venv"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
  fi
  local stamp="$VENV/.badgesmith-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    log "Installing Badgesmith and its dependencies ($extras)"
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
    touch "$stamp"
  fi
  # the app's translations: .qm files compiled from the committed .ts (only those that changed)
  "$VENV/bin/python" "$ROOT/packaging/translations.py" build >/dev/null
}

setup_node() {
  for dir in "$ROOT/tests/interop" "$ROOT/tests/browser"; do
    [ -f "$dir/package-lock.json" ] || continue
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
      log "Installing the JavaScript test tools in ${dir#$ROOT/}"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
      touch "$dir/node_modules"
    fi
  done
}
