#!/usr/bin/env bash
# Architecture invariant: only the app shell (package `harbour`) depends on tauri. The core crates
# must build and test without it.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
for pkg in $(cargo metadata --no-deps --format-version 1 --locked | python3 -c 'import json,sys; print("\n".join(p["name"] for p in json.load(sys.stdin)["packages"]))'); do
  [ "$pkg" = harbour ] && continue
  if cargo tree --locked -p "$pkg" -e normal,build --prefix none 2>/dev/null | grep -qE '^tauri(-[a-z-]+)? v'; then
    echo "check-deps: $pkg depends on tauri; only the app shell may." >&2
    bad=1
  fi
done
[ $bad -eq 0 ] && echo "check-deps: only the shell depends on tauri"
exit $bad
