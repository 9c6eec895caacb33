#!/usr/bin/env bash
# Checks the packages scripts/package.sh made, as a person's computer would meet them:
#  1. what they tell the world (names, metadata, scripts, .desktop entries, size): package_words.py;
#  2. the .deb installed for real (apt-get install ./file.deb), then the end-to-end smoke steps
#     and the canary sweep run against the installed /usr/bin/pocketcalc under Xvfb;
#  3. removed again (apt-get purge): every file it installed is gone, and it left nothing behind
#     outside the person's own data folder (which a removal rightly keeps).
# Needs root or sudo (it installs a package). Output goes on stdout; exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
bundle="$target_dir/release/bundle"

echo "== packages: what they tell the world"
python3 scripts/package_words.py "$bundle"

deb="$(ls "$bundle"/deb/*.deb)"
name="$(dpkg-deb -f "$deb" Package)"
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
  echo "package-check: $name is already installed here; remove it first" >&2
  exit 1
fi

echo "== packages: installed for real"
before="$(mktemp)"
find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null | sort >"$before"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed="$(mktemp)"
dpkg -L "$name" | sort >"$installed"
test -x /usr/bin/pocketcalc
grep -qx /usr/share/applications/org.pocketcalc.desktop.desktop "$installed"

echo "== packages: the smoke steps against /usr/bin/pocketcalc"
command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked --version '^2'
export WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 WEBKIT_DISABLE_DMABUF_RENDERER=1
export E2E_DRIVER_LOG="$target_dir/e2e-package-driver.log"
export APP_REAL=/usr/bin/pocketcalc
export APP_BINARY="$target_dir/e2e-package-app"
printf '#!/bin/sh\nexec "$APP_REAL" "$@" >>"$E2E_DRIVER_LOG" 2>&1\n' >"$APP_BINARY"
chmod +x "$APP_BINARY"
status=0
E2E_SMOKE=1 xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/with-keychain.sh node --test tests/e2e/ || status=$?

echo "== packages: removed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -qq "$name" >/dev/null
after="$(mktemp)"
find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null | sort >"$after"
left=0
while read -r path; do
  # Folders shared with other packages (/usr/bin, the icon theme) stay, as they should.
  if [ -f "$path" ] || [ -L "$path" ]; then
    echo "left behind: $path" >&2
    left=1
  fi
done <"$installed"
# Anything new outside the person's home that the package or the app made and did not take away.
comm -13 "$before" "$after" | grep -v '^/var/lib/dpkg/info/\(format\|.*\.list-new\)$' >"$after.new" || true
if [ -s "$after.new" ]; then
  echo "new after removal:" >&2
  cat "$after.new" >&2
  left=1
fi
rm -f "$before" "$after" "$after.new" "$installed"
if [ "$status" -ne 0 ]; then
  echo "package-check: the smoke steps failed against the installed app" >&2
  [ -s "$E2E_DRIVER_LOG" ] && tail -n 40 "$E2E_DRIVER_LOG" >&2
  exit "$status"
fi
[ "$left" -eq 0 ] || exit 1
echo "packages: installed, used, removed; nothing left outside the person's data folder"
