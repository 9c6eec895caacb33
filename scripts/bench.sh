#!/usr/bin/env bash
# Prints the benchmark figures (release build, real keychain in a private D-Bus session).
# Usage: bash scripts/bench.sh [incidents, default 100000]; BACKUP_MIB (default 1024) sizes the
# backup/restore vault. The report bench makes a PDF of 1,000 incidents (goal <= 2 s); the import
# bench brings in a 50,000-message chat (goal <= 10 s, <= 200 MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p harbour-bench --bin harbour-bench --bin harbour-backup-bench \
  --bin harbour-report-bench --bin harbour-import-bench
exec bash scripts/with-keychain.sh bash -c \
  'target/release/harbour-bench "$@" && target/release/harbour-report-bench 1000 5 &&
   target/release/harbour-import-bench 50000 &&
   target/release/harbour-backup-bench "${BACKUP_MIB:-1024}"' \
  bench "$@"
