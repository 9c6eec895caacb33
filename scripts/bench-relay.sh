#!/usr/bin/env bash
# Prints the relay figures: post -> live push latency, and many live sessions under load
# (release build; the relay runs as its own process on 127.0.0.1 with an SQLite file).
# Usage: bash scripts/bench-relay.sh [connections, default 10000] [seconds, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p harbour-relay -p harbour-bench --bin harbour-relay --bin harbour-relay-bench
# Each session is a socket on both ends, both in this machine.
# 50,000 sessions take 100,000 sockets here: raised as far as allowed (root may raise the hard
# limit up to fs.nr_open).
ulimit -n 262144 2>/dev/null || ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
exec "$target_dir/release/harbour-relay-bench" "$@"
