"""Keep the terms of analyzed words across processes and runs, in one file per analyzer.

index.terms analyzes each distinct word once per process; this keeps what it learned in
the user's cache folder, so that a worker process, or a later run, analyzes only words
that no process analyzed before. A file is named by a key over everything a word's terms
depend on (the schema version, the source of the analysis code, the analyzer's pipeline,
the versions of Python's Unicode tables, the stemmer, the word list and Whoosh): a
change of any of them names another file, and the old one is no longer read.

A file is written whole, under a lock, merged with what other processes kept meanwhile,
and renamed into place: a process killed while writing leaves the previous file as it
was. A file that is damaged, truncated or of another key is ignored (its words are
analyzed again), never trusted: it carries its key and a checksum of its content.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.compounds import cache_folder
from index.versions import installed

# A word's terms as index.terms caches them: ((term, position offset), ...) and the
# number of positions the word takes; or, for a word of one position that makes one term
# at it (most words), the term alone.
Entry = str | tuple[tuple[tuple[str, int], ...], int]

# Words a file keeps at most, the most recently learned ones (some 150 bytes each on
# disk, 500 in memory).
FILE_LIMIT = 250_000
MAGIC = b"newsarchive-terms 1\n"
# The modules whose code decides a word's terms.
_SOURCES = (
    "analysis.py",
    "word_pattern.py",
    "folding.py",
    "stopwords.py",
    "compounds.py",
    "learn.py",
    "terms.py",
    "wordcache.py",
    "schema.py",
)
_LIBRARIES = ("PyStemmer", "wordfreq", "whoosh-reloaded")


def folder() -> Path:
    """Return the folder of the word caches: $NEWSARCHIVE_TERMS_CACHE or the cache folder."""
    return Path(os.environ.get("NEWSARCHIVE_TERMS_CACHE") or cache_folder())


def _describe(obj: Any) -> str:
    """Describe an analyzer's step by its class and public settings (sets sorted)."""
    settings = []
    for name, value in sorted(vars(obj).items()):
        if name.startswith("_"):
            continue
        if isinstance(value, set | frozenset):
            value = sorted(value)
        settings.append(f"{name}={value!r}")
    return f"{type(obj).__module__}.{type(obj).__qualname__}({', '.join(settings)})"


def analyzer_key(analyzer: Any) -> str:
    """Return the key of an analyzer's word cache: it changes with anything that can
    change the terms the analyzer makes of a word."""
    from index.schema import SCHEMA_VERSION

    digest = hashlib.sha256()
    here = Path(__file__).parent
    parts = [f"schema {SCHEMA_VERSION}", f"python {sys.version_info[:2]}"]
    parts.append(f"unicode {unicodedata.unidata_version}")
    parts += [f"{name} {installed(name)}" for name in _LIBRARIES]
    parts += [_describe(step) for step in getattr(analyzer, "items", [analyzer])]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\n")
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:32]


def path_of(key: str) -> Path:
    """Return the file of the word cache with this key."""
    return folder() / f"terms-{key}.bin"


def load(key: str) -> dict[str, Entry]:
    """Return the words kept under a key; none if there is no file or it is not sound."""
    try:
        data = path_of(key).read_bytes()
    except OSError:
        return {}
    return _decode(data, key)


def _decode(data: bytes, key: str) -> dict[str, Entry]:
    header = MAGIC + key.encode("ascii") + b"\n"
    if not data.startswith(header):
        return {}
    digest, payload = data[len(header) : len(header) + 64], data[len(header) + 65 :]
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        return {}  # truncated or damaged
    try:
        words = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return words if isinstance(words, dict) else {}


def _encode(words: dict[str, Entry], key: str) -> bytes:
    payload = marshal.dumps(words)
    digest = hashlib.sha256(payload).hexdigest().encode("ascii")
    return MAGIC + key.encode("ascii") + b"\n" + digest + b"\n" + payload


def save(key: str, learned: dict[str, Entry]) -> dict[str, Entry]:
    """Add words to the file of a key; return all the file holds now.

    Under the key's lock the file is read again, so that the words other processes kept
    meanwhile stay, and replaced whole. A cache that cannot be written (a read-only
    folder, a full disk) is left as it is: the words are analyzed again next time.
    """
    path = path_of(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(path.with_suffix(".lock")):
            words = load(key)
            for word, entry in learned.items():
                words.pop(word, None)  # moved to the end: learned last, kept longest
                words[word] = entry
            if len(words) > FILE_LIMIT:
                words = dict(list(words.items())[len(words) - FILE_LIMIT :])
            _remove_temp(path)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(_encode(words, key))
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
    except OSError:
        return {}
    return words


def _remove_temp(path: Path) -> None:
    """Remove what writers killed before their rename left (the lock is held)."""
    for leftover in path.parent.glob(f"{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on a file while the block runs (where the system has one)."""
    with open(lock_path, "a+b") as f:
        try:
            import fcntl
        except ImportError:  # not on Unix: writers may race; the last rename wins
            yield
            return
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
