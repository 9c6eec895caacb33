#!/usr/bin/env bash
# Prints the benchmark figures (release build, real keychain in a private D-Bus session).
# Usage: bash scripts/bench.sh [incidents, default 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p harbour-bench
exec bash scripts/with-keychain.sh target/release/harbour-bench "$@"
