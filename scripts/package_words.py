#!/usr/bin/env python3
"""What the packages tell the world, read as anyone could read them, with no revealing word.

Reads each package made by scripts/package.sh the way a curious person (or a package manager's
list) would: the .deb's control fields, its file names and maintainer scripts; the .rpm's header
(`rpm -qip`), file list and scripts; the .tar.gz's names and its text files; and the .desktop
entry of each (Name "Calculator", a calculator icon, no keywords). Fails naming what it found.
Also fails a package over 15 MB. The binary's own bytes are not read (its strings are the app's).
"""
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

# The giveaways of tests/neutral_names.rs, and the words of what the app is for.
GIVEAWAYS = re.compile(
    r"harbou?r|safe|safety|abuse|stalk|victim|idva|domestic|violence|vault|evidence|incident|"
    r"police|secret|escape|refuge|help|advocate|panic|crypt|hide|private|marac|dash|risk|"
    r"decoy|duress|shelter|harass|court|order",
    re.IGNORECASE,
)
MAX_BYTES = 15 * 1000 * 1000

problems: list[str] = []


def check(what: str, text: str) -> None:
    for m in GIVEAWAYS.finditer(text):
        line = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
        problems.append(f"{what}: {m.group(0)!r} in …{line}…")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def desktop_entry(what: str, text: str) -> None:
    fields = dict(l.split("=", 1) for l in text.splitlines() if "=" in l)
    if fields.get("Name") != "Calculator":
        problems.append(f"{what}: Name is {fields.get('Name')!r}, not Calculator")
    if fields.get("Icon") != "pocketcalc":
        problems.append(f"{what}: Icon is {fields.get('Icon')!r}")
    if "Keywords" in fields:
        problems.append(f"{what}: has Keywords {fields['Keywords']!r}")
    check(what, text)


def deb(path: Path) -> None:
    check(f"{path.name} control", run("dpkg-deb", "-f", str(path)))
    check(f"{path.name} file names", run("dpkg-deb", "-c", str(path)))
    with tempfile.TemporaryDirectory() as scripts, tempfile.TemporaryDirectory() as files:
        subprocess.run(["dpkg-deb", "-e", str(path), scripts], check=True)
        for f in Path(scripts).iterdir():
            check(f"{path.name} {f.name}", f.read_text(errors="replace"))
        subprocess.run(["dpkg-deb", "-x", str(path), files], check=True)
        entries = list(Path(files).rglob("*.desktop"))
        if len(entries) != 1:
            problems.append(f"{path.name}: {len(entries)} .desktop entries")
        for e in entries:
            desktop_entry(f"{path.name} {e.name}", e.read_text())


def rpm(path: Path) -> None:
    check(f"{path.name} header", run("rpm", "-qip", str(path)))
    check(f"{path.name} file names", run("rpm", "-qlp", str(path)))
    check(f"{path.name} scripts", run("rpm", "-qp", "--scripts", str(path)))
    cpio = subprocess.run(
        f"rpm2cpio '{path}' | cpio -i --to-stdout '*.desktop' 2>/dev/null",
        shell=True, check=True, capture_output=True, text=True,
    ).stdout
    desktop_entry(f"{path.name} .desktop", cpio)


def tgz(path: Path) -> None:
    with tarfile.open(path) as t:
        check(f"{path.name} file names", "\n".join(t.getnames()))
        for m in t.getmembers():
            if m.isfile() and m.name.endswith((".txt", ".desktop")):
                text = t.extractfile(m).read().decode()
                if m.name.endswith(".desktop"):
                    desktop_entry(f"{path.name} {m.name}", text)
                else:
                    check(f"{path.name} {m.name}", text)


def main() -> None:
    bundle = Path(sys.argv[1])
    found = {
        "deb": sorted(bundle.glob("deb/*.deb")),
        "rpm": sorted(bundle.glob("rpm/*.rpm")),
        "tar": sorted(bundle.glob("tar/*.tar.gz")),
    }
    for kind, paths in found.items():
        if len(paths) != 1:
            problems.append(f"expected one {kind} package, found {len(paths)}")
    for p in found["deb"]:
        deb(p)
    for p in found["rpm"]:
        rpm(p)
    for p in found["tar"]:
        tgz(p)
    for p in sum(found.values(), []):
        size = p.stat().st_size
        print(f"{p.name}: {size / 1e6:.2f} MB")
        if size > MAX_BYTES:
            problems.append(f"{p.name} is {size / 1e6:.1f} MB, over 15 MB")
    if problems:
        print("The packages give something away:", *problems, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("packages: nothing revealing in names, metadata, scripts or .desktop entries")


if __name__ == "__main__":
    main()
