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
# Each time it had to be started again is said at the end, with its exit status and last words
# (133 is the known SIGTRAP), so a crash the tests themselves cause is seen, not hidden.
# And D-Bus itself never starts a locked one: its own way of starting the Secret Service is
# replaced (a servicedir listed first wins) by one that only waits, so a request made while the
# loop restarts the daemon is answered by the loop's unlocked one once it is up.
bus_dir="$test_home/dbus"
mkdir -p "$bus_dir/services"
printf '[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/sleep 10\n' \
  >"$bus_dir/services/org.freedesktop.secrets.service"
sed "s#<standard_session_servicedirs />#<servicedir>$bus_dir/services</servicedir>&#" \
  /usr/share/dbus-1/session.conf >"$bus_dir/session.conf"
grep -q "<servicedir>$bus_dir/services</servicedir>" "$bus_dir/session.conf" || {
  echo "with-keychain: could not make the private D-Bus configuration" >&2
  exit 1
}
dbus-run-session --config-file="$bus_dir/session.conf" -- bash -c '
  restarts="$XDG_RUNTIME_DIR/keyring-restarts.log"
  keep_keyring() {
    local first=1
    while :; do
      [ "$first" = 1 ] || echo "gnome-keyring-daemon started again at $(date +%T)" >>"$restarts"
      first=0
      echo "" | gnome-keyring-daemon --replace --unlock --foreground --components=secrets \
        >/dev/null 2>"$XDG_RUNTIME_DIR/keyring.err"
      echo "gnome-keyring-daemon exited with status $? at $(date +%T): $(tail -n 2 "$XDG_RUNTIME_DIR/keyring.err" | tr "\n" " ")" >>"$restarts"
      sleep 0.1
    done
  }
  # In a process group of its own, so the loop and the daemon end together.
  set -m
  keep_keyring &
  keeper=$!
  set +m
  # Ready when the Secret Service name is taken (before that, a request would start a locked one).
  ready=0
  for _ in $(seq 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      ready=1
      break
    fi
    sleep 0.05
  done
  if [ "$ready" != 1 ]; then
    echo "with-keychain: gnome-keyring-daemon did not start" >&2
    kill -- -"$keeper" 2>/dev/null
    exit 1
  fi
  status=0
  "$@" || status=$?
  kill -- -"$keeper" 2>/dev/null
  if [ -s "$restarts" ]; then
    echo "with-keychain: the keychain daemon had to be started again during the run:" >&2
    grep -v "exited with status 143" "$restarts" >&2 || true
  fi
  exit "$status"' keychain "$@"
