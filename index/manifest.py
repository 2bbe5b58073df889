"""Keep a manifest beside each segment: its documents, files, checksums and sources.

A segment's files never change once written (deletions are kept in the table of
segments), so the sizes and CRC-32 checksums taken when it was written tell a truncated
or corrupted file for certain, and the source files its articles were read from say what
to index again when it has to be dropped. The manifest is named like the segment's files
(`MAIN_<id>.manifest.json`): it is synced with them before the table of segments naming
them is written, and removed with them.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUFFIX = ".manifest.json"
VERSION = 1
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    """What a segment held when it was written."""

    segment: str
    documents: int
    # file name → (bytes, CRC-32)
    files: dict[str, tuple[int, int]]
    # The archive files its articles were read from; complete is False when some of
    # them are not known (merged from segments written without a manifest).
    sources: tuple[str, ...]
    complete: bool = True


def manifest_path(folder: str | os.PathLike[str], segment_id: str) -> Path:
    """Return the path of a segment's manifest."""
    return Path(folder) / f"{segment_id}{SUFFIX}"


def segment_files(folder: str | os.PathLike[str], segment_id: str) -> list[str]:
    """Return the names of a segment's own files in an index folder (not its manifest)."""
    prefix = f"{segment_id}."
    return sorted(
        name for name in os.listdir(folder) if name.startswith(prefix) and not name.endswith(SUFFIX)
    )


def checksum(path: str | os.PathLike[str]) -> int:
    """Return the CRC-32 of a file's bytes."""
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def write(
    folder: str | os.PathLike[str],
    segment_id: str,
    documents: int,
    sources: Iterable[str],
    complete: bool = True,
) -> Manifest:
    """Describe a segment whose files are written, in its manifest (not yet synced)."""
    files = {}
    for name in segment_files(folder, segment_id):
        path = Path(folder) / name
        files[name] = (path.stat().st_size, checksum(path))
    manifest = Manifest(segment_id, documents, files, tuple(sorted(set(sources))), complete)
    data = {
        "version": VERSION,
        "segment": segment_id,
        "documents": documents,
        "files": {name: {"bytes": b, "crc32": c} for name, (b, c) in files.items()},
        "sources": list(manifest.sources),
        "complete": complete,
    }
    path = manifest_path(folder, segment_id)
    # Written under a name Whoosh's cleanup leaves alone, then renamed: never half there.
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, path)
    return manifest


def read(folder: str | os.PathLike[str], segment_id: str) -> Manifest | None:
    """Read a segment's manifest; None if it has none or it cannot be read."""
    try:
        data: Any = json.loads(manifest_path(folder, segment_id).read_text(encoding="utf-8"))
        files = {
            str(name): (int(entry["bytes"]), int(entry["crc32"]))
            for name, entry in data["files"].items()
        }
        return Manifest(
            segment=str(data["segment"]),
            documents=int(data["documents"]),
            files=files,
            sources=tuple(str(s) for s in data["sources"]),
            complete=bool(data.get("complete", True)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def merged(
    folder: str | os.PathLike[str], segment_id: str, documents: int, parts: Iterable[str]
) -> Manifest:
    """Describe a segment merged from others (by their ids): their sources together."""
    sources: set[str] = set()
    complete = True
    for part in parts:
        found = read(folder, part)
        if found is None:
            complete = False
            continue
        sources.update(found.sources)
        complete = complete and found.complete
    return write(folder, segment_id, documents, sources, complete)


def damage(
    folder: str | os.PathLike[str], manifest: Manifest, checksums: bool = True
) -> list[tuple[str, str]]:
    """Return (file name, what is wrong) for each damaged file of a segment.

    Without checksums only the sizes are compared (a truncated file), which costs no read.
    """
    found = []
    for name, (size, crc) in sorted(manifest.files.items()):
        path = Path(folder) / name
        try:
            actual = path.stat().st_size
        except FileNotFoundError:
            found.append((name, "missing"))
            continue
        if actual != size:
            found.append((name, f"{actual} bytes, {size} when written: truncated or overwritten"))
        elif checksums and checksum(path) != crc:
            found.append((name, "its bytes changed since it was written: corrupted"))
    return found
