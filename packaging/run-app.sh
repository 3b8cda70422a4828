#!/usr/bin/env bash
# Set up everything the app needs, then launch it on the default local workspace.
# Arguments are passed to badgesmith (e.g. --demo, or --workspace DIR).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install $APP_PACKAGES
setup_venv dev
exec "$VENV/bin/badgesmith" "$@"
