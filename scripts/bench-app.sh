#!/usr/bin/env bash
# Figures for the real app (issue 3): cold start to the disguise painted, quick-hide shortcut to the
# disguise painted with the vault locked, idle PSS of the app and its WebKit processes.
# Release build, under Xvfb, with a private keychain. Usage: bash scripts/bench-app.sh [starts] [hides]
set -euo pipefail
cd "$(dirname "$0")/.."
npm --prefix ui run build --silent
cargo build --release --locked --bin pocketcalc -p harbour
cargo build --release --locked --bin harbour-app-bench -p harbour-bench
exec xvfb-run -a -s "-screen 0 1280x1024x24" \
  bash scripts/with-keychain.sh target/release/harbour-app-bench "$PWD/target/release/pocketcalc" "$@"
