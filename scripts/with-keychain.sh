#!/usr/bin/env bash
# Runs a command with a private, unlocked keychain (gnome-keyring's Secret Service on a private
# D-Bus session) and a throwaway HOME, so tests use a real OS keychain without touching yours.
set -euo pipefail
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
test_home="$(mktemp -d -t kc-home.XXXXXX)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home"
export XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config" XDG_CACHE_HOME="$test_home/.cache"
export XDG_RUNTIME_DIR="$test_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty line on stdin unlocks (and, the first time, creates) the login keyring with an empty
# password.
# Not exec'd: the trap above must run afterwards to remove the throwaway HOME (and the vaults in it).
dbus-run-session -- bash -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' keychain "$@"
