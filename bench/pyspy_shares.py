"""Shares of a py-spy profile per process: own time by file and function, and inclusive
time of the frames that contain given strings.

Reads py-spy's raw (collapsed) output, one stack a line with its sample count, as written
by `py-spy record --subprocesses -r 50 -f raw -o FILE -- COMMAND` (py-spy is a tool, not a
dependency: install it where you like). A stack under two process frames is a worker's.

Run: .venv/bin/python bench/pyspy_shares.py FILE [MARK ...] [--top 15]
e.g. MARK: "detect_language" "add (index/segment" "finish (index/segment"
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field

_FILE = re.compile(r"\(([^:)]*)")


@dataclass
class Process:
    """The samples of one process."""

    samples: int = 0
    own: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)
    inclusive: Counter[str] = field(default_factory=Counter)


def short_file(frame: str) -> str:
    """Return the file of a frame, shortened to the package or the project's path."""
    found = _FILE.search(frame)
    name = found.group(1) if found else frame
    if "site-packages/" in name:
        return name.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/lib/python3" in name:
        return "stdlib " + name.rsplit("/", 1)[-1]
    return name


def parse(lines: list[str], marks: list[str]) -> dict[str, Process]:
    """Return the samples of each process of a raw py-spy profile."""
    found: dict[str, Process] = {}
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        frames = stack.split(";")
        procs = [f.split(":", 1)[0] for f in frames if f.startswith("process ")]
        frames = [f for f in frames if not f.startswith("process ")]
        name = "one process" if not procs else ("worker " if len(procs) > 1 else "main ")
        name += procs[-1].removeprefix("process ") if procs else ""
        p = found.setdefault(name, Process())
        n = int(count)
        p.samples += n
        leaf = frames[-1] if frames else "(no frame)"
        p.own[leaf] += n
        p.files[short_file(leaf)] += n
        for mark in marks:
            if any(mark in f for f in frames):
                p.inclusive[mark] += n
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("marks", nargs="*")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        found = parse(f.readlines(), args.marks)
    for name, p in sorted(found.items(), key=lambda kv: -kv[1].samples):
        print(f"\n== {name}: {p.samples} samples")
        for title, counts in (("own time by file", p.files), ("own time by function", p.own)):
            print(f" {title}:")
            for key, n in counts.most_common(args.top):
                print(f"   {100 * n / p.samples:5.1f} %  {key[:110]}")
        if args.marks:
            print(" inclusive:")
            for mark in args.marks:
                print(f"   {100 * p.inclusive[mark] / p.samples:5.1f} %  {mark}")


if __name__ == "__main__":
    main()
