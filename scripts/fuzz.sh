#!/usr/bin/env bash
# Runs each fuzz target for a bounded time (default 30 s each). cargo-fuzz on the stable toolchain:
# RUSTC_BOOTSTRAP lets it pass its instrumentation flags, and `-s none` skips the sanitizer (which
# needs a nightly runtime); panics, debug assertions and overflow checks still count as crashes.
# Usage: bash scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
seconds="${1:-30}"
cd fuzz
for target in backup_decoder frame_decoder shared_changes; do
  echo "fuzz: $target for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" -s none --debug-assertions -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -4
  # tail hides libFuzzer's long log; pipefail still fails the run on a crash.
done
