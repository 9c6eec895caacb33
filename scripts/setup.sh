#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12: system packages (WebKitGTK,
# Xvfb, gnome-keyring, the security-chip library and a software chip for its tests, ...) and
# the UI's npm packages. Safe to run again; it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config libssl-dev libdbus-1-dev
  libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev
  libayatana-appindicator3-dev libxdo-dev
  xvfb xauth xdotool imagemagick webkit2gtk-driver fonts-dejavu-core
  gnome-keyring dbus-x11 libsecret-tools xclip
  poppler-utils postgresql openssl rpm cpio
  libtss2-dev swtpm swtpm-tools tpm2-tools
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is not installed. Install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node.js 20 or newer (with npm) is needed for the UI. Install it, then run this again." >&2
  exit 1
fi

# npm ci only when the lock file changed since the last install.
stamp=ui/node_modules/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s ui/package-lock.json "$stamp"; then
  echo "setup: installing UI packages"
  npm ci --prefix ui --no-audit --no-fund --loglevel=error
  cp ui/package-lock.json "$stamp"
fi
