#!/usr/bin/env bash
# Builds the Linux packages: .deb and .rpm with the Tauri bundler (its prebuilt CLI from npm), and a
# plain .tar.gz (the binary, a .desktop file, the icon and INSTALL.txt) for other distributions.
# AppImage and Flatpak are not made: their tools download more tools at build time.
#
# The build is made to be repeatable: SOURCE_DATE_EPOCH is the commit's time and the build
# folders are mapped to fixed names in the binary (see docs/packaging.md for what is checked).
# Output: target/release/bundle/{deb,rpm,tar}/
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
# Paths of this machine never reach the binary (panic locations, debug strings).
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$root=/build --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
export CARGO_TERM_COLOR=never
[ -x ui/node_modules/.bin/tauri ] || npm --prefix ui ci --silent
ui/node_modules/.bin/tauri build --bundles deb,rpm --ci

target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
bundle="$target_dir/release/bundle"
version="$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')"
# The desktop entry is named after the app's identifier: a desktop portal (for the quick-hide
# shortcut on Wayland) accepts an app only under the name of an installed .desktop file.
app_id="$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["identifier"])')"
entry="$app_id.desktop"

# The bundler stamps each file with the time it was built: the .deb is packed again with every
# time set to the commit's, owned by root, so two builds of one commit give the same bytes.
repack="$(mktemp -d)"
for deb in "$bundle"/deb/*.deb; do
  dpkg-deb -R "$deb" "$repack/root"
  mv "$repack/root/usr/share/applications/"*.desktop "$repack/root/usr/share/applications/$entry"
  find "$repack/root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  dpkg-deb --root-owner-group -Zxz --build "$repack/root" "$deb" >/dev/null
  rm -rf "$repack/root"
done
rm -rf "$repack"

# The same for the .rpm: its files (as the bundler laid them out) and its needs, built again
# with rpmbuild with the commit's time as build time and every file's, and no build host.
for rpm_file in "$bundle"/rpm/*.rpm; do
  repack="$(mktemp -d)"
  mkdir -p "$repack/root"
  # rpm2cpio (rpm 4.18) ends with status 1 even when it wrote the whole payload: the files
  # are checked for instead.
  rpm2cpio "$rpm_file" >"$repack/payload.cpio" || true
  (cd "$repack/root" && cpio -idm --quiet <"$repack/payload.cpio")
  test -x "$repack/root/usr/bin/pocketcalc"
  mv "$repack/root/usr/share/applications/"*.desktop "$repack/root/usr/share/applications/$entry"
  rm "$repack/payload.cpio"
  find "$repack/root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  requires="$(rpm -qp --requires "$rpm_file" | grep -v '^rpmlib(' | paste -sd, -)"
  files="$(cd "$repack/root" && find . -type f | sed 's|^\.||' | sort)"
  cat >"$repack/calculator.spec" <<SPEC
Name: $(rpm -qp --qf '%{NAME}' "$rpm_file")
Version: $version
Release: 1
Summary: Calculator
License: AGPL-3.0-or-later
BuildArch: x86_64
AutoReqProv: no
Requires: $requires

%description
A simple calculator.

%install
cp -a $repack/root/. %{buildroot}/

%files
%defattr(-,root,root,-)
$files
SPEC
  rpmbuild -bb "$repack/calculator.spec" --quiet \
    --define "_topdir $repack/top" --define "_buildhost reproducible" \
    --define "use_source_date_epoch_as_buildtime 1" --define "clamp_mtime_to_source_date_epoch 1" \
    --define "_build_id_links none" --define "debug_package %{nil}" --define "__strip /bin/true" \
    --define "_binary_payload w9.gzdio"
  cp "$repack"/top/RPMS/x86_64/*.rpm "$rpm_file"
  rm -rf "$repack"
done

# The plain archive: the same files as the .deb, under one folder, in a fixed order and time.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
dir="$stage/calculator-$version"
mkdir -p "$dir"
install -m 0755 "$target_dir/release/pocketcalc" "$dir/pocketcalc"
install -m 0644 icons/128x128.png "$dir/pocketcalc.png"
cat >"$dir/$entry" <<DESKTOP
[Desktop Entry]
Categories=Utility;
Comment=Calculator
Exec=pocketcalc
StartupWMClass=pocketcalc
Icon=pocketcalc
Name=Calculator
Terminal=false
Type=Application
DESKTOP
cat >"$dir/INSTALL.txt" <<INSTALL
Calculator

Needs: WebKitGTK 4.1 and GTK 3 (on Fedora: webkit2gtk4.1; on Arch: webkit2gtk-4.1;
on openSUSE: libwebkit2gtk-4_1-0), and tpm2-tss for the security chip.

To install for yourself only:
  mkdir -p ~/.local/bin ~/.local/share/applications ~/.local/share/icons/hicolor/128x128/apps
  cp pocketcalc ~/.local/bin/
  cp $entry ~/.local/share/applications/
  cp pocketcalc.png ~/.local/share/icons/hicolor/128x128/apps/

To remove it: delete those three files.
INSTALL
mkdir -p "$bundle/tar"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -C "$stage" -cf - "calculator-$version" | gzip -n -9 >"$bundle/tar/calculator-$version-x86_64.tar.gz"

for f in "$bundle"/deb/*.deb "$bundle"/rpm/*.rpm "$bundle"/tar/*.tar.gz; do
  printf '%s  %s MiB\n' "$f" "$(python3 -c "import os,sys; print(round(os.path.getsize(sys.argv[1])/1048576, 2))" "$f")"
done
