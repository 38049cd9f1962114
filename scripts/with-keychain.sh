#!/bin/sh
# Runs a command with a Secret Service to talk to, for the keychain tests and the e2e browser
# host: on Linux without a session bus (CI, containers, ssh) it starts a private D-Bus session
# with an unlocked gnome-keyring that both end with the command. Elsewhere, or when a session
# bus exists already (a desktop), the command runs as it is, against the user's own keychain.
#
#   sh scripts/with-keychain.sh vitest run
set -e
if [ "$(uname -s)" != "Linux" ] || [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$@"
fi
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keychain: dbus-run-session or gnome-keyring-daemon is missing (apt install dbus gnome-keyring);" \
    "keychain tests are skipped locally and fail in CI" >&2
  exec "$@"
fi
# A throw-away keyring folder: a login keyring left by an earlier run with another password
# would stay locked. Its password only unlocks this keyring.
keyrings=$(mktemp -d)
status=0
dbus-run-session -- sh -c 'printf storefleet-test | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' "$keyrings" "$@" || status=$?
rm -rf "$keyrings"
exit "$status"
