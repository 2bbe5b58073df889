"""The index on disk: create, open with a schema-version check, and its metadata file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import Index

from index.schema import SCHEMA_VERSION, build_schema

META_FILE = "newsarchive.json"
DEFAULT_INDEX = "instance/index"


class StoreError(Exception):
    """Base of the errors that opening an index reports to the user."""


class IndexMissing(StoreError):
    """No index exists at the path."""


class IndexVersionMismatch(StoreError):
    """The index was built with another schema version and must be rebuilt."""


def resolve_index_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Choose the index folder: the argument, else $NEWSARCHIVE_INDEX, else instance/index."""
    return Path(path or os.environ.get("NEWSARCHIVE_INDEX") or DEFAULT_INDEX)


def read_meta(index_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the index's metadata file; empty when there is none."""
    try:
        with open(Path(index_dir) / META_FILE, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


def write_meta(index_dir: str | os.PathLike[str], meta: dict[str, Any]) -> None:
    """Replace the metadata file atomically, so a reader never sees half of it."""
    index_dir = Path(index_dir)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".meta-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / META_FILE)


def check_version(index_dir: str | os.PathLike[str]) -> None:
    """Raise IndexVersionMismatch unless the index was built with this schema version."""
    found = read_meta(index_dir).get("schema_version")
    if found != SCHEMA_VERSION:
        raise IndexVersionMismatch(
            f"The index in {index_dir} was built with schema version {found}, this "
            f"newsarchive uses version {SCHEMA_VERSION}: re-index it "
            f"(newsarchive --index {index_dir} index --rebuild PATH...)."
        )


def open_index(index_dir: str | os.PathLike[str]) -> Index:
    """Open an existing index, checking that its schema version is the current one."""
    index_dir = Path(index_dir)
    if not whoosh_index.exists_in(str(index_dir)):
        raise IndexMissing(
            f"No index in {index_dir}: build one with `newsarchive --index {index_dir} "
            "index PATH...`."
        )
    check_version(index_dir)
    return whoosh_index.open_dir(str(index_dir))


def create_or_open(index_dir: str | os.PathLike[str], rebuild: bool = False) -> Index:
    """Open the index for writing, creating it (or recreating it on rebuild) as needed."""
    index_dir = Path(index_dir)
    if rebuild or not whoosh_index.exists_in(str(index_dir)):
        index_dir.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(index_dir), build_schema())
        write_meta(index_dir, {"schema_version": SCHEMA_VERSION, "skipped": {}})
        return ix
    return open_index(index_dir)


def index_size(index_dir: str | os.PathLike[str]) -> int:
    """Return the bytes the index's files take on disk."""
    return sum(p.stat().st_size for p in Path(index_dir).iterdir() if p.is_file())
