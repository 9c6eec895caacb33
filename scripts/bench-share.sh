#!/usr/bin/env bash
# Prints the sharing figures: edit -> visible on the peer through a relay on 127.0.0.1, and the
# merge of two long edit histories (release build, SQLCipher vaults).
# Usage: bash scripts/bench-share.sh [edits per side, default 2000] [latency runs, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p harbour-bench --bin harbour-share-bench
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
exec "$target_dir/release/harbour-share-bench" "${1:-2000}" "${2:-300}"
