#!/usr/bin/env bash
# Sets everything up on Debian 12 and launches the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm --prefix ui run build --silent
exec cargo run --release --locked --bin pocketcalc
