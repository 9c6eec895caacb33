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
# password. gnome-keyring-daemon now and then dies on a GLib trap (dmesg: "trap int3 ... in
# libglib"); D-Bus would then start a fresh one with the keyring locked, and every test after it
# would fail. So the daemon runs in the foreground under a loop that starts it again at once,
# unlocked, replacing any daemon D-Bus started meanwhile; the keyring's file is on disk, so what
# was stored is still there.
# Not exec'd: the trap above must run afterwards to remove the throwaway HOME (and the vaults in it).
dbus-run-session -- bash -c '
  keep_keyring() {
    while :; do
      echo "" | gnome-keyring-daemon --replace --unlock --foreground --components=secrets >/dev/null 2>&1
      sleep 0.1
    done
  }
  keep_keyring &
  keeper=$!
  # Ready when the Secret Service name is taken (before that, a request would start a locked one).
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.05
  done
  status=0
  "$@" || status=$?
  kill "$keeper" 2>/dev/null
  pkill -P "$keeper" 2>/dev/null
  exit "$status"' keychain "$@"
