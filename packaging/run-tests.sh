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
exec "$VENV/bin/python" -m pytest "$@"
