#!/usr/bin/env bash
# Runs every check and test in the workspace, as CI does: formatting, lints, the UI build and the
# Rust tests (with a real keychain in a private D-Bus session), the real window end to end, the
# Linux packages (built, installed, used and removed), and bounded fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# Incremental caches only help a rebuild, and CI builds once: they would take gigabytes of its disk.
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
disk() { df -h --output=used,avail / | tail -1 | awk '{print "   (disk: " $1 " used, " $2 " free)"}'; }
# Each step prints the seconds since the start, so a slow CI run shows where its time went.
step() { echo "== $* [${SECONDS}s]"; }
trap 'echo "== done [${SECONDS}s]"' EXIT

step "ui build and unit tests"
npm --prefix ui run build --silent
(cd ui && npx tsc --noEmit -p tests && npx vitest run)

step "cargo fmt"
cargo fmt --all --check

disk
step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "dependency direction"
bash scripts/check-deps.sh

disk
step "cargo test"
# The chip library (libtss2) would print every refused authorisation of the chip tests. (Not for
# the end-to-end run below: the app quiets it itself, by starting again with it set.)
TSS2_LOG=all+NONE bash scripts/with-keychain.sh bash scripts/with-postgres.sh cargo test --workspace --locked

step "generated UI types match the Rust DTOs"
# ts-rs rewrote ui/src/bindings during the tests; anything changed or new means the committed
# types are stale. Regenerate with `cargo test export_bindings` and commit them.
stale=$(git status --porcelain -- ui/src/bindings)
if [ -n "$stale" ]; then
  echo "ui/src/bindings is out of date with the Rust types:" >&2
  echo "$stale" >&2
  git --no-pager diff -- ui/src/bindings >&2
  exit 1
fi

disk
step "end-to-end (real window under Xvfb)"
bash scripts/e2e.sh

disk
if [ "${CI:-}" = "true" ]; then
  # Nothing after this point uses the debug build (the packages are a release build and the fuzzer
  # has its own target folder): a fresh CI machine does not have the disk for both at once.
  target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
  rm -rf "$target_dir/debug"
  disk
fi

step "packages (.deb, .rpm, .tar.gz): built, read, installed, used, removed"
bash scripts/package.sh
bash scripts/package-check.sh

disk
step "fuzzing (bounded)"
bash scripts/fuzz.sh 30
