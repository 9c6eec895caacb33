#!/usr/bin/env bash
# Prints what the security chip adds to an unlock, against a software chip (swtpm) started by the
# bench (release build, real keychain in a private D-Bus session for the guessing count).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p harbour-bench --bin harbour-chip-bench
export TSS2_LOG=all+NONE
exec bash scripts/with-keychain.sh target/release/harbour-chip-bench
