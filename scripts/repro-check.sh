#!/usr/bin/env bash
# Are the packages verifiable? Builds one commit twice, from two fresh clones in two different
# folders, each time into an empty target folder at the same place, and compares what came out
# byte for byte (the binary, the .deb, the .rpm and the .tar.gz). Prints the SHA-256 of each,
# whether the two builds match, and for what differs a diffoscope report when diffoscope is
# installed. Two cold release builds: about 20 minutes on two cores; run by hand, not by CI.
# Usage: bash scripts/repro-check.sh [commit, default HEAD]
set -euo pipefail
cd "$(dirname "$0")/.."
commit="$(git rev-parse "${1:-HEAD}")"
work="${REPRO_DIR:-/tmp/harbour-repro}"
target=/tmp/harbour-repro-target
rm -rf "$work" && mkdir -p "$work/out"
for side in a b; do
  echo "== build $side of $commit"
  git clone --quiet --no-local . "$work/src-$side"
  git -C "$work/src-$side" checkout --quiet "$commit"
  rm -rf "$target"
  (cd "$work/src-$side" && npm --prefix ui ci --silent && CARGO_TARGET_DIR="$target" bash scripts/package.sh)
  mkdir -p "$work/out/$side"
  cp "$target/release/pocketcalc" "$target"/release/bundle/deb/*.deb "$target"/release/bundle/rpm/*.rpm \
    "$target"/release/bundle/tar/*.tar.gz "$work/out/$side/"
done
rm -rf "$target"
same=1
for f in "$work"/out/a/*; do
  name="$(basename "$f")"
  a="$(sha256sum <"$f" | cut -d' ' -f1)"
  b="$(sha256sum <"$work/out/b/$name" | cut -d' ' -f1)"
  if [ "$a" = "$b" ]; then
    echo "same       $a  $name"
  else
    same=0
    echo "DIFFERENT  $a / $b  $name"
    if command -v diffoscope >/dev/null 2>&1; then
      diffoscope --text "$work/out/$name.diff.txt" "$f" "$work/out/b/$name" >/dev/null || true
      echo "           diffoscope: $work/out/$name.diff.txt"
    fi
  fi
done
[ "$same" -eq 1 ] && echo "The two builds are identical." || echo "The two builds differ (see above)."
