"""What an indexing run did (Summary), and its record in the index's metadata."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index import manifest
from index.readers import Note, Skipped
from index.store import read_meta, write_meta


@dataclass
class Summary:
    """What an indexing run did."""

    indexed: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    repeated: int = 0
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    # Files and records indexed, but repaired or cut on the way.
    notes: list[Note] = field(default_factory=list)
    seconds: float = 0.0
    # Story groups of more than one article after the run, and the time grouping took.
    stories: int = 0
    grouping_seconds: float = 0.0
    # With optimize: the segments merged into one, and the time that took.
    merged_segments: int = 0
    optimize_seconds: float = 0.0
    # Pages of earlier runs cleaned again (the evidence grew, or the cleaner changed).
    recleaned: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as plain data."""
        return {
            "indexed": self.indexed,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "repeated_ids": self.repeated,
            "files": self.files,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "notes": [{"origin": n.origin, "reason": n.reason} for n in self.notes],
            "seconds": round(self.seconds, 3),
            "stories": self.stories,
            "grouping_seconds": round(self.grouping_seconds, 3),
            "merged_segments": self.merged_segments,
            "optimize_seconds": round(self.optimize_seconds, 3),
            "recleaned": self.recleaned,
        }


def record_run(
    index_dir: Path,
    summary: Summary,
    files_read: set[str],
    paths: list[str | os.PathLike[str]],
) -> None:
    """Remember the run, the files it skipped and the paths it read (`newsarchive stats`)."""
    meta = read_meta(index_dir)
    # A rebuild without paths reads these again (web.cli); a rebuild starts the list anew.
    meta["sources"] = _outermost(
        set(meta.get("sources", [])) | {str(Path(p).resolve()) for p in paths}
    )
    # A file read again replaces what earlier runs said of it ("file.jsonl:7" included).
    for key, items in (("skipped", summary.skipped), ("notes", summary.notes)):
        said = {
            origin: reason
            for origin, reason in meta.get(key, {}).items()
            if origin.rsplit(":", 1)[0] not in files_read and origin not in files_read
        }
        for item in items:
            said[item.origin] = item.reason
        meta[key] = said
    meta["last_indexed"] = datetime.now(UTC).isoformat(timespec="seconds")
    meta["last_run"] = {k: v for k, v in summary.as_dict().items() if k not in ("skipped", "notes")}
    write_meta(index_dir, meta)


def _outermost(paths: set[str]) -> list[str]:
    """Return the paths that lie in no other of them: a file in a folder the index was
    built from is read with the folder, and read twice would count as a repeated id."""
    return sorted(p for p in paths if not any(str(up) in paths for up in Path(p).parents))


def recorded_sources(index_dir: str | os.PathLike[str]) -> list[str]:
    """Return the files and folders the index was built from, as its runs recorded them;
    for an index from before they were, the archive files its segments' manifests name,
    if every segment names them all (else none: what to read again is not known)."""
    meta = read_meta(index_dir)
    if "sources" in meta:
        return list(meta["sources"])
    found: set[str] = set()
    for seg in Path(index_dir).glob("*.seg"):
        kept = manifest.read(index_dir, seg.stem)
        if kept is None or not kept.complete:
            return []
        found.update(kept.sources)
    return sorted(found)
