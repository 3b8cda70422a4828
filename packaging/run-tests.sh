#!/usr/bin/env bash
# Set up everything the tests need (system packages, .venv, the JavaScript reference verifier
# and Chromium driver), then run the whole test suite offscreen. Arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install $APP_PACKAGES $TEST_PACKAGES
setup_venv dev
setup_node
export QT_QPA_PLATFORM=offscreen
# The whole suite includes building the PyInstaller bundle and running it headless
# one-folder and one-file (--version, selfcheck, a small issue); BADGESMITH_BUNDLE_TEST=0
# leaves that out, =1 builds only the one-folder bundle.
export BADGESMITH_BUNDLE_TEST="${BADGESMITH_BUNDLE_TEST:-all}"
cd "$ROOT"
# The whole suite runs on both engines: SQLite (every workspace a file) and PostgreSQL (every
# workspace a database on a server the tests start: Debian's package, initdb in a temporary
# folder, a Unix socket, no network). BADGESMITH_TEST_ENGINES=sqlite runs one.
status=0
for engine in ${BADGESMITH_TEST_ENGINES:-sqlite postgresql}; do
  log "The test suite on $engine"
  if [ "$engine" = postgresql ]; then
    # the bundle runs the same code on either engine: built and tested once, in the SQLite pass
    BADGESMITH_TEST_ENGINE=$engine BADGESMITH_BUNDLE_TEST=0 "$VENV/bin/python" -m pytest "$@" || status=$?
  else
    BADGESMITH_TEST_ENGINE=$engine "$VENV/bin/python" -m pytest "$@" || status=$?
  fi
done
exit $status
